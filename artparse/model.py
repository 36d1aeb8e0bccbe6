"""Records: the blocks the rule chain produces and the Article assembled from them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NamedTuple


class Kind(StrEnum):
    """What a block of source lines is."""

    META = "meta"
    """Header metadata above the title: ids, language codes, URLs."""
    TITLE = "title"
    SUBTITLE = "subtitle"
    DATE = "date"
    BYLINE = "byline"
    REPEATED_TITLE = "repeated_title"
    CAPTION = "caption"
    HIGHLIGHT = "highlight"
    FURNITURE = "furniture"
    """Page furniture: share lines, adverts, copyright, wire sign-offs."""
    CROSSHEAD = "crosshead"
    """A subheading between body paragraphs."""
    PARAGRAPH = "paragraph"
    STAMP = "stamp"
    """The scraped remnant of a dateline stamp opening the body (cut by a step)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class DateValue:
    """A date as found in the text."""

    iso: str
    """ISO 8601: ``YYYY-MM-DD``, or ``YYYY-MM-DDTHH:MM[:SS][+HH:MM]`` when a time is printed."""
    text: str
    """The date as printed."""
    ambiguous: bool = False
    """True when day and month could swap and the date order decided."""


class Block(NamedTuple):
    """A run of source lines claimed by one rule (or cut from one by a step)."""

    kind: Kind
    """What the lines are."""
    rule: str
    """The name of the rule that claimed them."""
    lines: tuple[int, ...]
    """1-based source line numbers."""
    text: str
    """The block's text, whitespace collapsed (for a caption: without its credit)."""
    credit: str | None = None
    """A caption's credit."""
    date: DateValue | None = None
    """A date block's value; also set on bylines that print a date."""
    updated: bool = False
    """A date block that is an "updated"/"last modified" stamp."""
    update: DateValue | None = None
    """An update date printed on the same line as the publication date."""
    names: tuple[str, ...] = ()
    """A byline's person names."""
    agency: str | None = None
    """A byline's wire agency, if it names one."""
    place: str | None = None
    """A dateline place printed on a date line ("PHILADELPHIA July 24, 2012 (AP)") or set apart
    in a byline ("Jane Roe | Madrid")."""
    tail: str | None = None
    """Body text run on after a byline on the same line ("Par X ♦ La nomination ...")."""
    dek: str | None = None
    """A headline's standfirst run on after it on the same line (``title.split_run_on_dek``)."""


class Cut(NamedTuple):
    """What a step cut from one end of a body paragraph."""

    kept: str
    """The paragraph without it."""
    text: str
    """What was cut, as the field it fills takes it (a signature: the name alone)."""
    agency: str | None = None
    """The agency it names, if any (a stamp, an agency credit)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Caption:
    """A photo caption."""

    text: str
    """The caption without its credit."""
    credit: str | None = None
    """The photo credit, e.g. ``akorda.kz`` or ``Getty Images``."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "credit": self.credit}


def read_only_spans(items: Iterable[tuple[str, Iterable[int]]]) -> Mapping[str, tuple[int, ...]]:
    """Spans as the Article keeps them: a read-only mapping of tuples (hashable Articles)."""
    return MappingProxyType({name: tuple(numbers) for name, numbers in items})


def _no_spans() -> Mapping[str, tuple[int, ...]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A parsed article. ``to_dict()`` gives the JSON output contract."""

    source: str | None = None
    """The path as given (``-`` for stdin), or None for text parsed directly."""
    title: str | None = None
    """The headline as printed."""
    subtitle: str | None = None
    """Standfirst or dek, if the layout has one."""
    date: str | None = None
    """Publication date, ISO 8601."""
    date_text: str | None = None
    """The publication date as printed."""
    date_ambiguous: bool = False
    """True when the date's day and month could swap and ``--date-order`` decided."""
    updated: str | None = None
    """A printed "updated" date, ISO 8601."""
    authors: tuple[str, ...] = ()
    """Person names from the byline."""
    byline: str | None = None
    """The byline as printed."""
    dateline: str | None = None
    """The place the story was filed from, e.g. ``CALEXICO, Calif.``."""
    agency: str | None = None
    """A wire agency printed in the dateline or byline, e.g. ``AP``."""
    captions: tuple[Caption, ...] = ()
    """Photo captions, in order."""
    highlights: tuple[str, ...] = ()
    """Bullet highlights."""
    paragraphs: tuple[str, ...] = ()
    """Body paragraphs, in order."""
    publication: str | None = None
    """The publication the article comes from, as a header block or front matter names it."""
    tags: tuple[str, ...] = ()
    """Tags or keywords given by front matter or a JSON record."""
    url: str | None = None
    """The article's address, as given by a header block, front matter or a JSON record."""
    language: str | None = None
    """ISO 639-1 guess."""
    encoding: str | None = None
    """The encoding the file was decoded with."""
    warnings: tuple[str, ...] = ()
    """Problems met while reading, e.g. undecodable bytes replaced."""
    spans: Mapping[str, tuple[int, ...]] = field(default_factory=_no_spans, hash=False)
    """For each field, the 1-based source line numbers it came from."""
    blocks: tuple[Block, ...] = field(default=(), compare=False, repr=False)
    """The blocks the rule chain produced (for ``--explain``); not serialised."""
    cuts: tuple[Block, ...] = field(default=(), compare=False, repr=False)
    """What the steps cut from the body's ends, one block each (for ``--explain``); not serialised."""

    def to_dict(self) -> dict[str, Any]:
        """The JSON output contract: flat keys, always present."""
        return {
            "source": self.source,
            "title": self.title,
            "subtitle": self.subtitle,
            "date": self.date,
            "date_text": self.date_text,
            "date_ambiguous": self.date_ambiguous,
            "updated": self.updated,
            "authors": list(self.authors),
            "byline": self.byline,
            "dateline": self.dateline,
            "agency": self.agency,
            "captions": [c.to_dict() for c in self.captions],
            "highlights": list(self.highlights),
            "paragraphs": list(self.paragraphs),
            "publication": self.publication,
            "tags": list(self.tags),
            "url": self.url,
            "language": self.language,
            "encoding": self.encoding,
            "warnings": list(self.warnings),
            "spans": {k: list(v) for k, v in self.spans.items()},
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an Article from ``to_dict()`` output."""
        return cls(
            source=data.get("source"),
            title=data.get("title"),
            subtitle=data.get("subtitle"),
            date=data.get("date"),
            date_text=data.get("date_text"),
            date_ambiguous=bool(data.get("date_ambiguous", False)),
            updated=data.get("updated"),
            authors=tuple(data.get("authors") or ()),
            byline=data.get("byline"),
            dateline=data.get("dateline"),
            agency=data.get("agency"),
            captions=tuple(
                Caption(text=c["text"], credit=c.get("credit")) for c in data.get("captions") or ()
            ),
            highlights=tuple(data.get("highlights") or ()),
            paragraphs=tuple(data.get("paragraphs") or ()),
            publication=data.get("publication"),
            tags=tuple(data.get("tags") or ()),
            url=data.get("url"),
            language=data.get("language"),
            encoding=data.get("encoding"),
            warnings=tuple(data.get("warnings") or ()),
            spans=read_only_spans((data.get("spans") or {}).items()),
        )
