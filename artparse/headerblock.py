"""Header blocks: a run of ``Key: value`` lines above the text.

E-mail (RFC 5322, formerly RFC 822: ``Subject:``, ``From:``, ``Date:``) and the archive and
database exports modelled on it (LexisNexis: ``Title:``, ``Byline:``, ``Load-Date:``,
``Length:``, ``Section:``; Factiva, CMS dumps) print the record's fields as labelled lines
before the text. The labels are words of each language (``header_labels`` in ``vocab/``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any, NamedTuple

from artparse.frontend import SECTION_OPENING
from artparse.given import EMPTY, Given, from_mapping
from artparse.lazyre import lazy_compile

MIN_KNOWN_LABELS = 2
"""One ``Label: value`` line can be prose ("Update: ..."); two known labels make a header."""
MAX_HEADER_LINES = 60
"""A header is a few dozen lines at most."""
MAX_LEADING_BLANKS = 3
_LABEL_LINE = lazy_compile(r"^([^\W\d_][^\W_]*(?:[ '’.-][^\W_]+){0,3})[ \t]*:(?:[ \t]+(.*)|)$")
"""``Label: value``: a label of one to four words, a colon, the value (maybe empty)."""
_ADDRESS = lazy_compile(r"\s*<[^<>\s]{1,300}@[^<>\s]{1,300}>\s*|\s*\([^()]{0,100}@[^()]{0,100}\)\s*")
"""An e-mail address after a name: ``Jane Doe <jane@example.org>``."""


class HeaderBlock(NamedTuple):
    """Where the header block is and what it gives."""

    given: Given
    """The fields its labels name."""
    end: int
    """Index (0-based) of its last line."""
    marks: tuple[int, ...] = ()
    """Indices (0-based) of the record's section markers within the body ("[SN]RESTBODY[SN]")."""


@cache
def _labels() -> dict[str, str]:
    """Every language's labels (case-folded) -> the front matter key of their field."""
    from artparse.vocab import load_all

    out: dict[str, str] = {}
    for vocab in load_all().values():
        for name, labels in vocab.header_labels.items():
            for label in labels:
                out.setdefault(label.casefold(), name)
    return out


def read_header_block(lines: Sequence[str], *, language: str | None = None) -> HeaderBlock | None:
    """The header block opening ``lines`` (source lines numbered from 1), or None.

    The block is a run of ``Label: value`` lines (a line starting with white space continues
    the one above, as in RFC 5322) from the first non-blank line to a blank line; at least
    ``MIN_KNOWN_LABELS`` of its labels must name a field, and every line must be a label line.
    """
    labels = _labels()
    start = 0
    while start < len(lines) and start <= MAX_LEADING_BLANKS and not lines[start].strip():
        start += 1
    if start < len(lines) and lines[start].startswith(SECTION_OPENING):
        return _read_sections(lines, start, language)
    values: dict[str, Any] = {}
    lines_of: dict[str, tuple[int, ...]] = {}
    known = 0
    end = start - 1
    current: str | None = None
    for index in range(start, min(len(lines), start + MAX_HEADER_LINES)):
        line = lines[index]
        if not line.strip():
            break
        if line[:1].isspace() and current is not None:
            if current in values:
                values[current] = f"{values[current]} {line.strip()}"
                lines_of[current] += (index + 1,)
            end = index
            continue
        m = _LABEL_LINE.match(line.strip())
        if m is None:
            return None
        field = labels.get(" ".join(m.group(1).split()).casefold())
        current = None
        if field is not None:
            known += 1
            value = (m.group(2) or "").strip()
            if field == "authors":
                value = _ADDRESS.sub(" ", value).strip()
            if value and field not in values:
                values[field] = value
                lines_of[field] = (index + 1,)
                current = field
        end = index
    else:
        if end < start or (end + 1 < len(lines) and lines[end + 1].strip()):
            return None  # ran past the line limit
    if known < MIN_KNOWN_LABELS:
        return None
    given = from_mapping(values, lines_of=lines_of, language=language) if values else EMPTY
    return HeaderBlock(given, end)


_SECTION_MARK = lazy_compile(r"^\[SN\]([A-Z][A-Z-]{0,30})\[SN\]$")
_SECTION_FIELDS = {"URL": "url", "TITLE": "title"}
"""The sections that state a field; the first other section ("FIRST-SENTENCE") opens the body."""


def _read_sections(lines: Sequence[str], start: int, language: str | None) -> HeaderBlock | None:
    """The fields of a record laid out in marked sections, and where its body begins.

    The XSum summarisation set (Narayan et al., 2018: BBC articles, ``bbc-summary-data/*.summary``,
    as its repository EdinburghNLP/XSum and Hugging Face's ``xsum`` loader read them) stores each
    article as sections, each a marker line ("[SN]URL[SN]", "[SN]TITLE[SN]",
    "[SN]FIRST-SENTENCE[SN]", "[SN]RESTBODY[SN]") over its lines: the address and the headline
    are the record's fields, the first sentence (the story's lead, set in bold on the page) and
    the rest are its body. The markers within the body are the record's, not text.
    """
    values: dict[str, Any] = {}
    lines_of: dict[str, tuple[int, ...]] = {}
    index = start
    while index < len(lines):
        m = _SECTION_MARK.match(lines[index].strip())
        if m is None:
            return None
        field = _SECTION_FIELDS.get(m.group(1))
        if field is None:  # the body's first section
            if not values:
                return None
            end = index
            marks = tuple(
                i
                for i in range(end + 1, len(lines))
                if lines[i].startswith(SECTION_OPENING) and _SECTION_MARK.match(lines[i].strip())
            )
            return HeaderBlock(from_mapping(values, lines_of=lines_of, language=language), end, marks)
        index += 1
        taken: list[int] = []
        while index < len(lines) and lines[index].strip():
            taken.append(index)
            index += 1
        if taken:
            values[field] = " ".join(lines[i].strip() for i in taken)
            lines_of[field] = tuple(i + 1 for i in taken)
        while index < len(lines) and not lines[index].strip():
            index += 1
    return None
