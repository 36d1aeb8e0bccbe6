"""Field values an article states outright (front matter, header block, JSON record fields).

Structured inputs name their fields: ``title: ...``, ``Author: ...``, ``{"date": ...}``.
Those values are taken as given: converted to artparse's forms here (ISO dates, a tuple of
names), and laid over what the rules found when the Article is built (``apply_given``), with
``spans`` pointing at the lines that stated them.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from artparse.byline import natural_case, split_and
from artparse.dates import find_date
from artparse.fieldkeys import FALLBACK_KEYS, FRONT_MATTER_KEYS, NESTED_TABLES
from artparse.model import Article, DateValue, Kind, read_only_spans
from artparse.patterns import AND_WORDS
from artparse.state import text_key

MAX_GIVEN_CHARS = 2000
"""A given title, name or date is short; a longer value is not what its key says."""
MAX_NAMES = 50
"""More names than any byline prints: the value is not a list of authors."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Given:
    """The fields a structured input states, each with the source lines it came from."""

    title: str | None = None
    """The headline as given."""
    subtitle: str | None = None
    """The standfirst as given."""
    subtitle_if_printed: bool = False
    """The subtitle came from a page description: the subtitle only where the page prints it."""
    date: DateValue | None = None
    """The publication date."""
    updated: DateValue | None = None
    """The update date."""
    authors: tuple[str, ...] = ()
    """Author names."""
    tags: tuple[str, ...] = ()
    """Tags or keywords."""
    url: str | None = None
    """The article's address."""
    publication: str | None = None
    """The publication (newspaper, site, source) the article comes from."""
    dateline: str | None = None
    """The place the story was filed from, as an archive record's field states it."""
    agency: str | None = None
    """The agency a collection document's dateline names ("COLOMBO, Jan 1 (AFP)")."""
    spans: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """For each field given, the 1-based source line numbers that state it (none for a
    JSON record's fields)."""
    keys: tuple[str, ...] = ()
    """The keys the values were taken from, as written."""

    def __bool__(self) -> bool:
        return bool(self.spans)


EMPTY = Given()


def _text(value: Any) -> str | None:
    """A scalar value as one line of text (whitespace collapsed), or None."""
    if value is None or isinstance(value, bool | dict | list | tuple):
        return None
    text = " ".join(str(value).split())
    return text[:MAX_GIVEN_CHARS] or None


def given_date(value: Any, *, language: str | None = None) -> DateValue | None:
    """A date value as artparse prints dates: ``YYYY-MM-DD`` or with ``THH:MM:SS[+HH:MM]``.

    YAML and TOML give ``datetime``/``date`` objects; strings ("2026/02/24",
    "2013-06-30 23:59:59 +0000", "May 3, 2024") are read by ``find_date``.
    """
    if isinstance(value, _dt.datetime):
        return DateValue(iso=value.isoformat(timespec="seconds"), text=str(value))
    if isinstance(value, _dt.date):
        return DateValue(iso=value.isoformat(), text=str(value))
    text = _text(value)
    if text is None:
        return None
    found = find_date(text[:200], language=language)
    return found.value if found else None


def _names_of(value: Any) -> list[str]:
    """Names from a string ("A, B and C"), a list of strings, or a list of {name: ...} objects."""
    if isinstance(value, Mapping):
        name = value.get("name") or value.get("display_name") or value.get("title")
        return _names_of(name) if isinstance(name, str) else []
    if isinstance(value, list | tuple):
        return [name for item in value[:MAX_NAMES] for name in _names_of(item)]
    text = _text(value)
    if text is None:
        return []
    names: list[str] = []
    for index, part in enumerate(text.replace(";", ",").split(",")):
        words = part.split()
        if index and words and words[0].islower() and words[0] in AND_WORDS:  # "A, B, and C"
            part = " ".join(words[1:])
        names.extend(split_and(part))
    return [natural_case(name) if name.isupper() else name for name in names]


def given_names(value: Any) -> tuple[str, ...]:
    """Author names, each once, in order."""
    return tuple(dict.fromkeys(name for name in _names_of(value) if name))[:MAX_NAMES]


def given_tags(value: Any) -> tuple[str, ...]:
    """Tags from a list, or a string of comma- or space-separated words (Jekyll's ``tags: a b``)."""
    if isinstance(value, list | tuple):
        items = [_text(v) for v in value[:MAX_NAMES]]
        return tuple(dict.fromkeys(t for t in items if t))
    text = _text(value)
    if text is None:
        return ()
    parts = text.split(",") if "," in text else text.split()
    return tuple(dict.fromkeys(p.strip() for p in parts if p.strip()))


def from_mapping(
    data: Mapping[str, Any],
    *,
    lines_of: Mapping[str, tuple[int, ...]] | None = None,
    language: str | None = None,
) -> Given:
    """The Given of a key-value mapping (front matter, a JSON record), keys read case-blind.

    ``lines_of`` gives each key's source lines (by its lower-cased name); unknown keys are
    ignored. For each field the first of its keys (``FRONT_MATTER_KEYS`` order) with a usable
    value wins.
    """
    lowered: dict[str, Any] = {}
    written: dict[str, str] = {}
    for key, value in data.items():
        lowered.setdefault(str(key).casefold(), value)
        written.setdefault(str(key).casefold(), str(key))
    for table in NESTED_TABLES:
        nested = lowered.get(table)
        if isinstance(nested, Mapping):
            for key, value in nested.items():
                lowered.setdefault(str(key).casefold(), value)
                written.setdefault(str(key).casefold(), table)
    lines_of = lines_of or {}
    values: dict[str, Any] = {}
    spans: dict[str, tuple[int, ...]] = {}
    used: list[str] = []
    for name, keys in FRONT_MATTER_KEYS.items():
        for key in keys:
            if key not in lowered:
                continue
            value = _convert(name, lowered[key], language)
            if value is None or value == ():
                continue
            values[name] = value
            spans[name] = lines_of.get(key) or lines_of.get(written[key].casefold(), ())
            used.append(written[key])
            if name == "subtitle":
                values["subtitle_if_printed"] = key in FALLBACK_KEYS
            break
    return Given(**values, spans=spans, keys=tuple(used))


def _convert(name: str, value: Any, language: str | None) -> Any:
    """A raw value as the field's type, or None when it cannot be one."""
    if name in ("date", "updated"):
        return given_date(value, language=language)
    if name == "authors":
        return given_names(value)
    if name == "tags":
        return given_tags(value)
    return _text(value)


def merge(first: Given, second: Given) -> Given:
    """``first`` with the fields it lacks taken from ``second``."""
    values: dict[str, Any] = {}
    spans = dict(second.spans)
    for f in dataclasses.fields(Given):
        if f.name in ("spans", "keys"):
            continue
        mine = getattr(first, f.name)
        values[f.name] = mine if f.name in first.spans or f.name == "subtitle_if_printed" else None
    for name in second.spans:
        if name not in first.spans:
            values[name] = getattr(second, name)
            if name == "subtitle":
                values["subtitle_if_printed"] = second.subtitle_if_printed
    spans.update(first.spans)
    keys = tuple(dict.fromkeys((*first.keys, *second.keys)))
    return Given(**{k: v for k, v in values.items() if v is not None}, spans=spans, keys=keys)


def _span(lines: Iterable[int]) -> tuple[int, ...]:
    return tuple(sorted(set(lines)))


def apply_given(article: Article, given: Given) -> Article:
    """The Article with the given values laid over what the rules found ("given wins").

    A page description (``subtitle_if_printed``: Hugo's ``description``, ``summary``) is
    metadata for indexes and search engines, as Jekyll's ``excerpt`` is: it is the subtitle
    only where the post prints it as its lead (its first paragraph says the same), and never
    over a lead the body sets apart itself.
    """
    if not given:
        return article
    changes: dict[str, Any] = {}
    spans: dict[str, tuple[int, ...]] = dict(article.spans)
    for name in given.spans:
        value = getattr(given, name)
        if name == "subtitle" and given.subtitle_if_printed:
            lead = None if article.subtitle else _printed_lead(article, value)
            if lead is not None:
                changes["subtitle"] = value
                changes["paragraphs"] = article.paragraphs[1:]
                spans["paragraphs"] = tuple(n for n in spans.get("paragraphs", ()) if n not in lead)
                spans["subtitle"] = tuple(sorted(lead))
            continue
        if isinstance(value, DateValue):
            changes[name] = value.iso
            if name == "date":
                changes["date_text"] = value.text
                changes["date_ambiguous"] = value.ambiguous
        else:
            changes[name] = value
        if given.spans[name]:
            spans[name] = _span(given.spans[name])
        else:  # stated outside the text: no line of it says so
            spans.pop(name, None)
    return dataclasses.replace(article, **changes, spans=read_only_spans(spans.items()))


def _printed_lead(article: Article, text: str) -> set[int] | None:
    """The source lines of the first paragraph when it says ``text``, else None."""
    if not article.paragraphs or text_key(article.paragraphs[0]) != text_key(text):
        return None
    first = next((b for b in article.blocks if b.kind == Kind.PARAGRAPH), None)
    return set(first.lines) if first is not None else set()
