"""The front end before the rule chain: front matter, header blocks and Markdown bodies.

A file can state some of its fields outright (YAML/TOML front matter, a ``Key: value``
header block) and mark up its body (Markdown). This stage recognises them and gives the
rule chain what it understands: the given values (laid over the rules' findings when the
Article is built), the body as Lines (source line numbers kept), and the blocks the markup
itself decides. Plain text gets ``None``: the rule chain reads it as before, and the modules
that read structure (PyYAML and markdown-it-py with them) are not even imported.
"""

from __future__ import annotations

import dataclasses
import re
from typing import TYPE_CHECKING, NamedTuple

from artparse.lazyre import lazy_compile
from artparse.lines import Line, split_lines
from artparse.model import Block, Kind
from artparse.state import text_key

if TYPE_CHECKING:
    from artparse.archive import Record
    from artparse.given import Given
    from artparse.headerblock import HeaderBlock

MARKDOWN_SUFFIXES = (".md", ".markdown", ".mdx")
"""File name endings of Markdown files (compared case-blind)."""
FRONT_MATTER_RULE = "front_matter"
ARCHIVE_RULE = "archive_record"
HTML_RULE = "html_page"
HEADER_RULE = "header_block"
MARKDOWN_RULE = "markdown"


class Stage(NamedTuple):
    """One part of the front end: a public name, as a rule's (``--explain``, ``--disable``)."""

    name: str
    doc: str


FRONT_END: tuple[Stage, ...] = (
    Stage(FRONT_MATTER_RULE, "YAML or TOML front matter opening a file: the fields its keys name."),
    Stage(
        ARCHIVE_RULE,
        "A LexisNexis or Factiva record, a TREC, LDC, Reuters-21578 SGML or NITF document, or a"
        " WARC (WET) record: the fields around the text (headline, date, byline, dateline, source, url).",
    ),
    Stage(
        HTML_RULE,
        "A saved web page (a whole HTML document, or a body exported as an HTML fragment): the text"
        " of its story, and the fields its head states (Open Graph, schema.org JSON-LD).",
    ),
    Stage(
        HEADER_RULE,
        "A run of Key: value lines above the text, or an XSum file's marked sections ([SN]TITLE[SN]):"
        " the fields they name.",
    ),
    Stage(
        MARKDOWN_RULE,
        "A Markdown body read by markdown-it-py: headings, image captions, an MDX lead, the markup it drops.",
    ),
)
"""The front end's parts, before the rule chain; ``--disable NAME`` turns one off."""
FRONT_END_NAMES = tuple(stage.name for stage in FRONT_END)


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
    body_from: int = 0
    """The number of the last line above the body (front matter or header block), 0: none."""
    head_rule: str = HEADER_RULE
    """The rule name of the lines above the body: ``front_matter`` or ``header_block``."""
    shown: str | None = None
    """The text the rules read in place of the file's (a web page's text): its lines are the
    ones the spans count."""


def is_markdown_name(source: str | None) -> bool:
    """Whether a file name says Markdown (``.md``, ``.markdown``, ``.mdx``)."""
    return bool(source) and str(source).casefold().endswith(MARKDOWN_SUFFIXES)


def _blank(lines: list[Line], upto: int, marks: tuple[int, ...] = ()) -> list[Line]:
    """The lines with the first ``upto`` + 1 blanked (their content is stated elsewhere), and
    the record's markers among the rest."""
    return [Line(ln.number, "", 0, 0) if i <= upto or i in marks else ln for i, ln in enumerate(lines)]


def _title_block(given: Given, rule: str) -> list[Block]:
    if given.title is None:
        return []
    lines = given.spans.get("title", ())
    return [Block(kind=Kind.TITLE, rule=rule, lines=tuple(lines), text=given.title)]


def read_front(
    text: str,
    *,
    source: str | None = None,
    given: Given | None = None,
    markdown: bool | None = None,
    language: str | None = None,
    disabled: frozenset[str] = frozenset(),
) -> Front | None:
    """The front end's reading of normalised ``text``, or None for plain text.

    ``given`` holds values stated outside the text (a JSON record's fields); they win over
    the text's own. ``markdown`` forces the body to be read as Markdown (or not); by default a
    Markdown file name or front matter says so. ``disabled`` names the parts to leave out.
    """
    fence_at = _front_matter_start(text) if FRONT_MATTER_RULE not in disabled else None
    fenced = fence_at is not None
    asked_markdown, asked_given = markdown, given
    if markdown is None:
        markdown = is_markdown_name(source)
    markdown = markdown and MARKDOWN_RULE not in disabled
    headed = HEADER_RULE not in disabled and _may_open_with_header(text)
    if HTML_RULE not in disabled and given_page(text):
        return _html_page(text, given, language)
    archived = ARCHIVE_RULE not in disabled and not fenced and looks_archived(text)
    if archived:
        record = _archive_record(text, given, language, html=HTML_RULE not in disabled)
        if record is not None:
            return record
    fragment = HTML_RULE not in disabled and not (fenced or markdown or archived) and given_fragment(text)
    if fragment and (not headed or _header_block(text, language) is None):  # a header block's fields first
        return _html_page(text, given, language)
    if not (fenced or markdown or given or headed):
        return None  # plain text, told by its first line: the file is not split twice
    from artparse.frontmatter import read_front_matter
    from artparse.given import EMPTY, merge
    from artparse.headerblock import read_header_block
    from artparse.mdbody import read_markdown

    given = given or EMPTY
    if fenced or markdown:
        raw = text.split("\n")
        if len(raw) > 1 and not raw[-1]:
            raw.pop()
    else:  # only a header block to look for: its lines are at the top
        raw = text.split("\n", HEADER_SCAN_LINES)[:HEADER_SCAN_LINES]
    warnings: list[str] = []
    marks: tuple[int, ...] = ()
    front = read_front_matter(raw, language=language, start=fence_at or 0) if fenced else None
    if fence_at and (front is None or front.warning):  # a rule under blank lines, not front matter
        unfenced = disabled | {FRONT_MATTER_RULE}
        return read_front(
            text,
            source=source,
            given=asked_given,
            markdown=asked_markdown,
            language=language,
            disabled=unfenced,
        )
    if front is not None and front.warning:
        warnings.append(front.warning)
        front = None
    if front is not None:
        markdown = MARKDOWN_RULE not in disabled  # front matter is the static sites': Markdown follows
        stated = merge(given, front.given) if given else front.given
        body_from = front.end + 1
        rule = FRONT_MATTER_RULE
    else:
        header = read_header_block(raw, language=language) if headed else None
        if header is None and not markdown and not given and not warnings:
            return None
        found = header.given if header is not None else EMPTY
        stated = merge(given, found) if given else found
        body_from = header.end + 1 if header is not None else 0
        marks = header.marks if header is not None else ()
        rule = HEADER_RULE
    blocks = _title_block(stated, rule)
    if not markdown:
        shown = _page_below(text, body_from) if fragment and body_from else None
        lines = _blank(split_lines(shown or text), body_from - 1, marks)
        return Front(stated, lines, blocks, {}, False, tuple(warnings), body_from, rule, shown)
    body = read_markdown(raw[body_from:], first_number=body_from + 1, title=stated.title)
    head = [Line(i + 1, "", 0, 0) for i in range(body_from)]
    return Front(
        stated, head + body.lines, blocks + body.blocks, body.extents, True, tuple(warnings), body_from, rule
    )


MAX_BLANKS_ABOVE_FRONT_MATTER = 3
"""Blank lines a feed-to-post tool leaves above a post's front matter."""
_FENCE_BELOW_BLANKS = lazy_compile(
    rf"(?:[ \t]*\n){{1,{MAX_BLANKS_ABOVE_FRONT_MATTER}}}(?=(?:---|\+\+\+)[ \t]*\n)"
)


def _front_matter_start(text: str) -> int | None:
    """The index of the line opening the text's front matter fence (0: the first line), or None.

    Jekyll and Hugo read front matter on the file's first line; Hexo's parser (hexo-front-matter,
    whose README says "Prefixing separators are optional") reads the data up to the first
    ``---`` line, so a post opening with a blank line keeps its front matter: RSSHub's feeds
    saved as Hexo posts open so. Only blank lines may stand above the fence here, and what
    they open must read as a set of keys (``read_front``), or the fence is a rule.
    """
    if text[:3] in ("---", "+++"):
        return 0
    if text[:1] not in ("\n", " ", "\t"):
        return None
    m = _FENCE_BELOW_BLANKS.match(text)
    return text.count("\n", 0, m.end()) if m else None


HTML_SCAN_CHARS = 1000
"""A page's doctype or ``<html>`` comes within this many characters (blank lines before it)."""


def given_page(text: str) -> bool:
    """Whether the text opens as a whole HTML document: a cheap test before ``artparse.htmlpage``
    is imported."""
    first = text[:1]
    if first != "<" and not first.isspace():  # most texts: one character decides
        return False
    return text[:HTML_SCAN_CHARS].lstrip()[:14].casefold().startswith(("<!doctype html", "<html"))


_FRAGMENT_BLOCK = lazy_compile(r"^[ \t]*<(?:p|div|h[1-6]|blockquote)[\s>]", re.MULTILINE | re.IGNORECASE)
"""A line opening with a block element's tag."""


def given_fragment(text: str) -> bool:
    """Whether the text is marked up as an HTML fragment: a line near its top opens with a block
    element's tag (``<p>``, ``<div>``, ``<h2>``) and some element is closed.

    The body a news site's content system stores and exports is such a fragment, with no
    document around it: the database dumps of news sites (a ``<p><strong>МОСКВА, 8 авг — РИА
    Новости.</strong> ...</p>`` text column) and WordPress's ``post_content`` (paragraph blocks
    as ``<p>`` elements); the fields of a JSON record often hold the same.
    """
    head = text[:HTML_SCAN_CHARS]
    return "<" in head and _FRAGMENT_BLOCK.search(head) is not None and "</" in text


def shown_text(text: str, disabled: frozenset[str] = frozenset(), source: str | None = None) -> str:
    """The text the rules read of normalised ``text``: a web page's text, else the text itself."""
    front = read_front(text, source=source, disabled=disabled)
    return front.shown if front is not None and front.shown is not None else text


def _page_below(text: str, body_from: int) -> str:
    """The text with its body, an HTML fragment under a header block, read as a page's text."""
    from artparse.htmlpage import read_page

    parts = text.split("\n", body_from)
    body = parts[body_from] if len(parts) > body_from else ""
    return "\n".join(parts[:body_from]) + "\n" + read_page(body).text


def _header_block(text: str, language: str | None) -> HeaderBlock | None:
    """The header block opening the text, if any."""
    from artparse.headerblock import read_header_block

    return read_header_block(text.split("\n", HEADER_SCAN_LINES)[:HEADER_SCAN_LINES], language=language)


def _html_page(text: str, given: Given | None, language: str | None) -> Front:
    """A web page's reading: its story's text for the rules, its head's fields given.

    The headline's heading stays in the text for the rules to read in its place: what a page
    prints around it (a kicker above, summary bullets, the byline and the date under it) is
    read as it is around a converted page's marked headline. The head's title is the value,
    the heading that says it its span."""
    from artparse.given import merge
    from artparse.htmlpage import read_page

    page = read_page(text, language=language)
    stated = merge(given, page.given) if given else page.given
    lines = split_lines(page.text)
    blocks: list[Block] = []
    if stated.title is not None:  # the page's heading that says it is the headline's line
        key = text_key(stated.title)
        for ln in lines:
            if ln.text[:2] == "# " and text_key(ln.text) == key:
                stated = dataclasses.replace(stated, spans={**stated.spans, "title": (ln.number,)})
                break
        else:
            if (
                given is not None and given.title is not None
            ):  # a record's field: the text holds the body only
                blocks = _title_block(stated, HTML_RULE)
    return Front(stated, lines, blocks, {}, False, (), 0, HTML_RULE, page.text)


def looks_archived(text: str) -> bool:
    """Whether the text opens (or, for Nexis Uni, ends) as an archive record, a collection's
    SGML document or a WARC record: a cheap test before ``artparse.archive`` is imported."""
    start = text.lstrip()[:40]
    return (
        start[:2] == "HD"
        or start[:5] == WARC_OPENING
        or "DOCUMENTS" in start
        or start[:15].upper().startswith(SGML_OPENINGS)
        or text.rstrip()[-15:].casefold() == "end of document"
    )


DOCUMENT_OPENINGS = ("<DOC>", "<DOC ", "<REUTERS", "<NEWSITEM")
"""How a collection's document opens its line (upper-cased): TREC's and LDC's ``<DOC>``,
Reuters-21578's ``<REUTERS``, RCV1's and RCV2's ``<newsitem``; a file holds many, one after
the other (RCV1's own files hold one each)."""
SGML_OPENINGS = (*DOCUMENT_OPENINGS, "<!DOCTYPE LEWIS", "<NITF", "<!DOCTYPE NITF", "<?XML")
"""How a collection's file opens: a document, Reuters-21578's doctype line, NITF's ``<nitf>``
(after an XML declaration: an XML file of another kind has no text the reader knows, and is
read as text)."""


WARC_OPENING = "WARC/"
"""How a WARC record opens: its version line ("WARC/1.0", "WARC/1.1")."""


def _archive_record(
    text: str, given: Given | None, language: str | None, *, html: bool = True
) -> Front | None:
    """The front end's reading of an archive record or a collection's document: only its text
    goes to the rules."""
    from artparse.given import merge

    lines = split_lines(text)
    warnings: tuple[str, ...] = ()
    body_from: int | None = None
    record: Record | None
    if text.lstrip()[:5] == WARC_OPENING:  # a WARC record: its named fields, then its block
        from artparse.warc import read_warc

        warc = read_warc(text.split("\n"), language=language)
        if warc is None:
            return None
        if warc.page is not None and html:  # a crawl's response: the page's HTML, as a saved page
            return _html_page(
                warc.page, merge(given, warc.record.given) if given else warc.record.given, language
            )
        record, body_from, warnings, page = warc
        if page is not None:  # the page's HTML, its reader turned off
            warnings = (
                "a WARC response record holds the page's HTML, which --disable html_page leaves unread",
            )
    elif text.lstrip()[:1] == "<":  # a collection's SGML document: its tags' spacing kept
        from artparse.sgml import more_documents, read_document

        raw = text.split("\n")
        record = read_document(raw, language=language)
        more = more_documents(raw)
        if more:
            warnings = (f"{more} more document(s) after the first: --input-format sgml reads each",)
    else:
        from artparse.archive import read_record

        record = read_record([ln.text for ln in lines], language=language)
    if record is None:
        return None
    stated = merge(given, record.given) if given else record.given
    body = set(record.body)
    shown = [  # the text's lines (a field code or tags taken off), the fields' lines blank
        Line(ln.number, "", 0, 0) if i not in body else _shown(ln, record.texts.get(i, ln.text))
        for i, ln in enumerate(lines)
    ]
    if body_from is None:
        body_from = min(body)
    return Front(
        stated, shown, _title_block(stated, ARCHIVE_RULE), {}, False, warnings, body_from, ARCHIVE_RULE
    )


def _shown(line: Line, text: str) -> Line:
    """The line with the record's text of it; spaces before the text (after tags) are its indent."""
    if text is line.text:  # most lines: the record leaves them as they are
        return line
    stripped = text.lstrip(" ")
    if len(stripped) == len(text):
        return line._replace(text=text)
    return line._replace(text=stripped, indent=len(text) - len(stripped))


MAX_LABEL_CHARS = 60
"""A header label and its colon come within this many characters of a line's start."""


SECTION_OPENING = "[SN]"
"""How a section marker of the XSum files opens (``headerblock._read_sections``)."""
HEADER_SCAN_LINES = 64
"""Lines read to look for a header block: more than ``headerblock`` takes (60, after 3 blank)."""
_FIRST_CONTENT = lazy_compile(r"\S")


def _may_open_with_header(text: str) -> bool:
    """Whether the first non-blank line has a colon near its start (a header block's first label) or
    opens a marked section ("[SN]URL[SN]")."""
    first = _FIRST_CONTENT.search(text)
    if first is None:
        return False
    head = text[first.start() : first.start() + MAX_LABEL_CHARS + 1]
    return ":" in head.partition("\n")[0] or head.startswith(SECTION_OPENING)
