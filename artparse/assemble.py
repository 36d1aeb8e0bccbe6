"""Blocks -> Article: pick each field from the blocks that carry it, keeping provenance."""

from __future__ import annotations

from collections.abc import Sequence

from artparse.byline import parse_byline
from artparse.closing import split_closing
from artparse.dateline import parse_dateline, split_glued_byline, strip_stamp
from artparse.model import Article, Block, Caption, Kind


def assemble(
    blocks: Sequence[Block],
    *,
    source: str | None,
    language: str | None,
    encoding: str | None,
    warnings: tuple[str, ...],
) -> Article:
    """Build the Article from the rule chain's blocks."""
    spans: dict[str, list[int]] = {}

    def first(kind: Kind) -> Block | None:
        return next((b for b in blocks if b.kind is kind), None)

    title = first(Kind.TITLE)
    subtitle = first(Kind.SUBTITLE)
    date_block = next((b for b in blocks if b.kind is Kind.DATE and not b.updated), None)
    updated_block = next((b for b in blocks if b.kind is Kind.DATE and b.updated), None)
    bylines = [b for b in blocks if b.kind is Kind.BYLINE]
    if date_block is None:
        date_block = next((b for b in bylines if b.date is not None), None)
    if date_block is None and title is not None and title.date is not None:
        date_block = title
    if date_block is None:
        date_block = updated_block

    authors: list[str] = []
    agency = None
    for b in bylines:
        for name in b.names:
            if name not in authors:
                authors.append(name)
        agency = agency or b.agency
    paragraphs: list[str] = []
    paragraph_lines: list[int] = []
    first_paragraph: Block | None = None
    for b in blocks:
        if b.kind is Kind.PARAGRAPH or b.tail:
            paragraphs.append(b.text if b.kind is Kind.PARAGRAPH else b.tail or "")
            paragraph_lines.extend(b.lines)
            if first_paragraph is None:
                first_paragraph = b
    dateline = None
    byline_text = bylines[0].text if bylines else None
    if paragraphs:
        paragraphs[0], stamp_agency = strip_stamp(paragraphs[0])
        glued, rest = split_glued_byline(paragraphs[0])
        if glued is not None:
            paragraphs[0] = rest
            byline_text = byline_text or glued
            authors.extend(n for n in parse_byline(glued, language=language).names if n not in authors)
        closing = split_closing(paragraphs[-1])
        paragraphs[-1] = closing.text
        if closing.signature is not None:
            names = parse_byline(closing.signature, language=language).names
            byline_text = byline_text or closing.signature
            authors.extend(n for n in names if n not in authors)
        agency = agency or closing.agency
        paragraphs = [p for p in paragraphs if p]
        opening = parse_dateline(paragraphs[0]) if paragraphs else parse_dateline("")
        dateline = opening.place
        agency = opening.agency or stamp_agency or agency
    if dateline is None and date_block is not None and date_block.place:
        dateline = date_block.place
        agency = agency or date_block.agency
        if (dateline or opening.agency) and first_paragraph is not None:
            spans["dateline"] = list(first_paragraph.lines[:1])
    captions = [b for b in blocks if b.kind is Kind.CAPTION]
    highlights = [b for b in blocks if b.kind is Kind.HIGHLIGHT]

    for name, found in (
        ("title", [title]),
        ("subtitle", [subtitle]),
        ("date", [date_block]),
        ("updated", [updated_block]),
        ("byline", bylines),
        ("captions", captions),
        ("highlights", highlights),
    ):
        numbers = [n for b in found if b is not None for n in b.lines]
        if numbers:
            spans[name] = numbers
    if paragraph_lines:
        spans["paragraphs"] = paragraph_lines

    date_value = date_block.date if date_block is not None else None
    updated_value = updated_block.date if updated_block is not None else None
    return Article(
        source=source,
        title=title.text if title else None,
        subtitle=subtitle.text if subtitle else None,
        date=date_value.iso if date_value else None,
        date_text=date_value.text if date_value else None,
        date_ambiguous=date_value.ambiguous if date_value else False,
        updated=updated_value.iso if updated_value else None,
        authors=tuple(authors),
        byline=byline_text,
        dateline=dateline,
        agency=agency,
        captions=tuple(Caption(text=b.text, credit=b.credit) for b in captions),
        highlights=tuple(b.text for b in highlights),
        paragraphs=tuple(paragraphs),
        language=language,
        encoding=encoding,
        warnings=warnings,
        spans=spans,
        blocks=tuple(blocks),
    )
