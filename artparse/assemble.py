"""Blocks -> Article: pick each field from the blocks that carry it, keeping provenance."""

from __future__ import annotations

from collections.abc import Sequence

from artparse.byline import desk_name, parse_byline
from artparse.dateline import colon_dateline, parse_dateline
from artparse.dates import find_date
from artparse.model import Article, Block, Caption, Kind, read_only_spans
from artparse.state import PARAGRAPH
from artparse.steps import is_body


class _Body:
    """The body paragraphs, and what their first lines and the steps' cuts said about the article."""

    __slots__ = (
        "agency",
        "bylines",
        "closing_agency",
        "dateline",
        "dateline_date",
        "first_lines",
        "lines",
        "paragraphs",
    )

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[int] = []
        self.first_lines: tuple[int, ...] = ()
        self.bylines: list[str] = []
        """Bylines the steps cut from the body: glued to the lead, or a signature closing it."""
        self.dateline: str | None = None
        self.dateline_date: str | None = None
        """The date a dateline prints with its year: the date of a release that prints no other."""
        self.agency: str | None = None
        self.closing_agency: str | None = None


def _body(blocks: Sequence[Block], cuts: Sequence[Block], language: str | None) -> _Body:
    """Paragraphs in order (with text that other blocks left for the body), and what was cut from them."""
    body = _Body()
    openings: list[tuple[str, tuple[int, ...]]] = []
    for b in blocks:
        if is_body(b):
            text = b.text if b.kind == PARAGRAPH else b.tail or ""
            body.paragraphs.append(text)
            body.lines.extend(b.lines)
            if text and len(openings) < DATELINE_REACH:
                openings.append((text, b.lines[:1]))
    stamp_agency = None
    for cut in cuts:
        if cut.kind == Kind.BYLINE:
            body.bylines.append(cut.text)
        elif cut.kind == Kind.STAMP:
            stamp_agency = cut.agency
        elif cut.agency is not None:
            body.closing_agency = cut.agency
    body.paragraphs = [p for p in body.paragraphs if p]
    if body.paragraphs:
        body.first_lines = openings[0][1]
        for text, first_lines in openings:  # the story opens with the dateline; page matter may stand above
            opening = parse_dateline(text)
            if opening.place is not None or opening.agency is not None:
                body.dateline, body.agency, body.first_lines = opening.place, opening.agency, first_lines
                body.dateline_date = opening.date
                break
        else:
            following = "".join(body.paragraphs[1:2])
            body.dateline = colon_dateline(body.paragraphs[0], following, language=language)
        body.agency = body.agency or stamp_agency
    return body


DATELINE_REACH = 3
"""The dateline opens the story's first paragraph; a copy-paste of a page may put a caption,
a standfirst or a link line above it in the body: the first paragraphs are read for it."""


def _dates(blocks: Sequence[Block]) -> tuple[Block | None, Block | None]:
    """(the block giving the publication date, the block giving an update date).

    A date line wins; then a date printed in a byline, then one glued to the headline; an
    "updated" stamp stands in only when nothing else is printed.
    """
    published = updated = in_byline = in_title = None
    for b in blocks:
        if b.kind == PARAGRAPH:
            continue
        if b.kind == Kind.DATE:
            if b.date is None:  # a dateline on a line of its own, no date in it
                continue
            if b.updated:
                updated = updated or b
            else:
                published = published or b
                if b.update is not None and updated is None:
                    updated = b._replace(date=b.update, updated=True)
        elif b.date is not None and b.kind == Kind.BYLINE:
            in_byline = in_byline or b
            if b.update is not None and updated is None:
                updated = b._replace(date=b.update, updated=True)
        elif b.date is not None and b.kind == Kind.TITLE:
            in_title = b
    return published or in_byline or in_title or updated, updated


def _once(captions: list[Block]) -> list[Block]:
    """Each caption once: a page prints its lead photo's caption again in a sticky header or a
    share card (The Intercept's), a gallery repeats the captions of the photos it shows (the
    Evening Standard's); the same words and credit are one photo's caption."""
    seen: set[tuple[str, str | None]] = set()
    unique = []
    for b in captions:
        key = (b.text, b.credit)
        if key not in seen:
            seen.add(key)
            unique.append(b)
    return unique


class _Fields:
    """Every field of the Article, picked from the blocks."""

    __slots__ = (
        "agency",
        "authors",
        "byline",
        "captions",
        "date",
        "date_ambiguous",
        "date_text",
        "dateline",
        "highlights",
        "paragraphs",
        "spans",
        "subtitle",
        "title",
        "updated",
    )

    def __init__(self, blocks: Sequence[Block], cuts: Sequence[Block], language: str | None) -> None:
        by_kind: dict[str, list[Block]] = {}
        for b in blocks:
            if b.kind != PARAGRAPH:  # the body is gathered by _body
                by_kind.setdefault(b.kind, []).append(b)
        titles = by_kind.get(Kind.TITLE, [])[:1]
        subtitles = by_kind.get(Kind.SUBTITLE, [])[:1]
        if not subtitles and titles and titles[0].dek is not None:  # a standfirst run on after the headline
            subtitles = [titles[0]._replace(text=titles[0].dek)]
        bylines = by_kind.get(Kind.BYLINE, [])
        self.captions = captions = _once(by_kind.get(Kind.CAPTION, []))
        self.highlights = highlights = by_kind.get(Kind.HIGHLIGHT, [])
        date_block, updated_block = _dates(blocks)
        body = _body(blocks, cuts, language)

        authors: list[str] = []
        agency = None
        for b in bylines:
            authors.extend(n for n in b.names if n not in authors)
            agency = agency or b.agency
        for text in body.bylines:
            authors.extend(n for n in parse_byline(text, language=language).names if n not in authors)
        if len(authors) > 1:
            people = [n for n in authors if desk_name(n) is None]
            authors = people or authors
        self.authors = authors
        self.byline = bylines[0].text if bylines else (body.bylines[0] if body.bylines else None)

        dateline = body.dateline
        agency = body.agency or agency or body.closing_agency
        spans: dict[str, list[int]] = {}
        if dateline or body.agency:
            spans["dateline"] = list(body.first_lines)
        else:
            placed = next(
                (
                    b
                    for b in blocks
                    if (b.kind == Kind.DATE and (b.place or b.agency)) or (b.kind == Kind.BYLINE and b.place)
                ),
                None,
            )
            if placed is not None:
                dateline, agency = placed.place, agency or placed.agency
                spans["dateline"] = list(placed.lines)
        self.dateline, self.agency = dateline, agency

        for name, found in (
            ("title", titles),
            ("subtitle", subtitles),
            ("date", [date_block] if date_block else []),
            ("updated", [updated_block] if updated_block else []),
            ("byline", bylines),
            ("captions", captions),
            ("highlights", highlights),
        ):
            if found:
                spans[name] = [n for b in found for n in b.lines]
        if body.lines:
            spans["paragraphs"] = body.lines
        self.spans = spans
        self.title = titles[0].text if titles else None
        self.subtitle = subtitles[0].text if subtitles else None
        date = date_block.date if date_block is not None else None
        if date is None and body.dateline_date is not None:
            printed = find_date(body.dateline_date, language=language, fallback=False)
            if printed is not None:
                date = printed.value
                spans["date"] = list(body.first_lines)
        self.date = date.iso if date else None
        self.date_text = date.text if date else None
        self.date_ambiguous = date.ambiguous if date else False
        self.updated = updated_block.date.iso if updated_block is not None and updated_block.date else None
        self.paragraphs = body.paragraphs


def assemble(
    blocks: Sequence[Block],
    cuts: Sequence[Block] = (),
    *,
    source: str | None,
    language: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
) -> Article:
    """Build the Article from the rule chain's blocks and the steps' cuts."""
    f = _Fields(blocks, cuts, language)
    return Article(
        source=source,
        title=f.title,
        subtitle=f.subtitle,
        date=f.date,
        date_text=f.date_text,
        date_ambiguous=f.date_ambiguous,
        updated=f.updated,
        authors=tuple(f.authors),
        byline=f.byline,
        dateline=f.dateline,
        agency=f.agency,
        captions=tuple(Caption(text=b.text, credit=b.credit) for b in f.captions),
        highlights=tuple(b.text for b in f.highlights),
        paragraphs=tuple(f.paragraphs),
        language=language,
        encoding=encoding,
        warnings=warnings,
        spans=read_only_spans(f.spans.items()),
        blocks=tuple(blocks),
        cuts=tuple(cuts),
    )
