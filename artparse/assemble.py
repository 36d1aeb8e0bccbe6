"""Blocks -> Article: pick each field from the blocks that carry it, keeping provenance."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from artparse.byline import parse_byline
from artparse.closing import split_closing
from artparse.dateline import parse_dateline, split_glued_byline, strip_stamp
from artparse.model import Article, Block, Caption, Kind


class _Body:
    """The body paragraphs, and what their first and last lines said about the article."""

    __slots__ = ("agency", "bylines", "closing_agency", "dateline", "first_lines", "lines", "paragraphs")

    def __init__(self) -> None:
        self.paragraphs: list[str] = []
        self.lines: list[int] = []
        self.first_lines: tuple[int, ...] = ()
        self.bylines: list[str] = []
        """Bylines run into the body: glued to the lead, or a signature closing it."""
        self.dateline: str | None = None
        self.agency: str | None = None
        self.closing_agency: str | None = None


def _body(blocks: Sequence[Block]) -> _Body:
    """Paragraphs in order (with text that other blocks left for the body), cleaned at both ends."""
    body = _Body()
    for b in blocks:
        if b.kind == Kind.PARAGRAPH or b.tail:
            body.paragraphs.append(b.text if b.kind == Kind.PARAGRAPH else b.tail or "")
            body.lines.extend(b.lines)
            if not body.first_lines:
                body.first_lines = b.lines[:1]
    if not body.paragraphs:
        return body
    paragraphs = body.paragraphs
    paragraphs[0], stamp_agency = strip_stamp(paragraphs[0])
    glued, paragraphs[0] = split_glued_byline(paragraphs[0])
    if glued is not None:
        body.bylines.append(glued)
    closing = split_closing(paragraphs[-1])
    paragraphs[-1] = closing.text
    if closing.signature is not None:
        body.bylines.append(closing.signature)
    body.closing_agency = closing.agency
    body.paragraphs = [p for p in paragraphs if p]
    if body.paragraphs:
        opening = parse_dateline(body.paragraphs[0])
        body.dateline = opening.place
        body.agency = opening.agency or stamp_agency
    return body


def _dates(blocks: Sequence[Block]) -> tuple[Block | None, Block | None]:
    """(the block giving the publication date, the block giving an update date).

    A date line wins; then a date printed in a byline, then one glued to the headline; an
    "updated" stamp stands in only when nothing else is printed.
    """
    published = updated = in_byline = in_title = None
    for b in blocks:
        if b.kind == Kind.DATE:
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


class _Fields:
    """Every field of the Article, picked from the blocks (``assemble`` and ``assemble_record``
    then lay them out as an Article or as its JSON record)."""

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

    def __init__(self, blocks: Sequence[Block], language: str | None) -> None:
        by_kind: dict[str, list[Block]] = {}
        for b in blocks:
            if b.kind != Kind.PARAGRAPH:  # the body is gathered by _body
                by_kind.setdefault(b.kind, []).append(b)
        titles = by_kind.get(Kind.TITLE, [])[:1]
        subtitles = by_kind.get(Kind.SUBTITLE, [])[:1]
        bylines = by_kind.get(Kind.BYLINE, [])
        self.captions = captions = by_kind.get(Kind.CAPTION, [])
        self.highlights = highlights = by_kind.get(Kind.HIGHLIGHT, [])
        date_block, updated_block = _dates(blocks)
        body = _body(blocks)

        authors: list[str] = []
        agency = None
        for b in bylines:
            authors.extend(n for n in b.names if n not in authors)
            agency = agency or b.agency
        for text in body.bylines:
            authors.extend(n for n in parse_byline(text, language=language).names if n not in authors)
        self.authors = authors
        self.byline = bylines[0].text if bylines else (body.bylines[0] if body.bylines else None)

        dateline = body.dateline
        agency = body.agency or agency or body.closing_agency
        spans: dict[str, list[int]] = {}
        if dateline or body.agency:
            spans["dateline"] = list(body.first_lines)
        elif date_block is not None and date_block.place:
            dateline, agency = date_block.place, agency or date_block.agency
            spans["dateline"] = list(date_block.lines)
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
        self.date = date.iso if date else None
        self.date_text = date.text if date else None
        self.date_ambiguous = date.ambiguous if date else False
        self.updated = updated_block.date.iso if updated_block is not None and updated_block.date else None
        self.paragraphs = body.paragraphs


def assemble(
    blocks: Sequence[Block],
    *,
    source: str | None,
    language: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
) -> Article:
    """Build the Article from the rule chain's blocks."""
    f = _Fields(blocks, language)
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
        spans=f.spans,
        blocks=tuple(blocks),
    )


def assemble_record(
    blocks: Sequence[Block],
    *,
    source: str | None,
    language: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
) -> dict[str, Any]:
    """``assemble(...).to_dict()``, laid out directly: the record a batch writes.

    Building a frozen dataclass of nineteen fields and reading it back into a dict cost
    four times what encoding the record does; a batch never needs the Article itself.
    """
    f = _Fields(blocks, language)
    return {
        "source": source,
        "title": f.title,
        "subtitle": f.subtitle,
        "date": f.date,
        "date_text": f.date_text,
        "date_ambiguous": f.date_ambiguous,
        "updated": f.updated,
        "authors": f.authors,
        "byline": f.byline,
        "dateline": f.dateline,
        "agency": f.agency,
        "captions": [{"text": b.text, "credit": b.credit} for b in f.captions],
        "highlights": [b.text for b in f.highlights],
        "paragraphs": f.paragraphs,
        "publication": None,
        "tags": [],
        "url": None,
        "language": language,
        "encoding": encoding,
        "warnings": list(warnings),
        "spans": f.spans,
    }
