"""The front end before the rule chain: front matter, header blocks and Markdown bodies.

A file can state some of its fields outright (YAML/TOML front matter, a ``Key: value``
header block) and mark up its body (Markdown). This stage recognises them and gives the
rule chain what it understands: the given values (laid over the rules' findings when the
Article is built), the body as Lines (source line numbers kept), and the blocks the markup
itself decides. Plain text gets ``None``: the rule chain reads it as before.
"""

from __future__ import annotations

from typing import NamedTuple

from artparse.frontmatter import read_front_matter
from artparse.given import EMPTY, Given, merge
from artparse.headerblock import read_header_block
from artparse.lines import Line, split_lines
from artparse.mdbody import read_markdown
from artparse.model import Block, Kind

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
"""File name endings of Markdown files (compared case-blind)."""
FRONT_MATTER_RULE = "front_matter"
HEADER_RULE = "header_block"


class Front(NamedTuple):
    """What the front end found, for the rule chain and the assembling."""

    given: Given
    """Field values stated outright."""
    lines: list[Line]
    """The Lines for the rule chain (stated and decided lines blank)."""
    blocks: list[Block]
    """Blocks decided before the chain (a given headline, Markdown headings, captions)."""
    extents: dict[int, tuple[int, ...]]
    """First line of a multi-line Markdown block -> all its source lines (for spans)."""
    markdown: bool
    """The body is Markdown, read by markdown-it-py."""
    warnings: tuple[str, ...]
    """Problems met, e.g. front matter that could not be parsed."""


def is_markdown_name(source: str | None) -> bool:
    """Whether a file name says Markdown (``.md``, ``.markdown``, ``.mdx``)."""
    return bool(source) and str(source).casefold().endswith(MARKDOWN_SUFFIXES)


def _blank(lines: list[Line], upto: int) -> list[Line]:
    """The lines with the first ``upto`` + 1 blanked (their content is stated elsewhere)."""
    return [Line(ln.number, "", 0, 0) if i <= upto else ln for i, ln in enumerate(lines)]


def _title_block(given: Given, rule: str) -> list[Block]:
    if given.title is None:
        return []
    lines = given.spans.get("title", ())
    return [Block(kind=Kind.TITLE, rule=rule, lines=tuple(lines), text=given.title)]


def read_front(
    text: str,
    *,
    source: str | None = None,
    given: Given = EMPTY,
    markdown: bool | None = None,
    language: str | None = None,
) -> Front | None:
    """The front end's reading of normalised ``text``, or None for plain text.

    ``given`` holds values stated outside the text (a JSON record's fields); they win over
    the text's own. ``markdown`` forces the body to be read as Markdown (or not); by default a
    Markdown file name or front matter says so.
    """
    raw = text.split("\n")
    if len(raw) > 1 and not raw[-1]:
        raw.pop()
    warnings: list[str] = []
    front = read_front_matter(raw, language=language) if raw[:1] and raw[0][:3] in ("---", "+++") else None
    if front is not None and front.warning:
        warnings.append(front.warning)
        front = None
    if markdown is None:
        markdown = front is not None or is_markdown_name(source)
    if front is not None:
        stated = _merge_given(given, front.given)
        body_from = front.end + 1
        rule = FRONT_MATTER_RULE
    else:
        header = read_header_block(raw, language=language) if ":" in text[:4000] else None
        if header is None and not markdown and not given and not warnings:
            return None
        stated = _merge_given(given, header.given if header is not None else EMPTY)
        body_from = header.end + 1 if header is not None else 0
        rule = HEADER_RULE
    blocks = _title_block(stated, rule)
    if not markdown:
        lines = _blank(split_lines(text), body_from - 1)
        return Front(stated, lines, blocks, {}, False, tuple(warnings))
    body = read_markdown(raw[body_from:], first_number=body_from + 1, title=stated.title)
    head = [Line(i + 1, "", 0, 0) for i in range(body_from)]
    return Front(stated, head + body.lines, blocks + body.blocks, body.extents, True, tuple(warnings))


def _merge_given(first: Given, second: Given) -> Given:
    return merge(first, second) if first else second
