"""Dates: a fast path of compiled patterns for numeric and month-name forms, dateparser for the rest.

``find_date`` is the one way in. dateparser is imported only when the fast path misses on a
line that looks like a date, always with a language hint and pinned settings.
"""

from __future__ import annotations

import datetime as _dt
import re
from functools import lru_cache
from typing import Any, NamedTuple

from artparse.lazyre import lazy_compile
from artparse.model import DateValue
from artparse.patterns import (
    DATE_JOINER,
    MONTHS,
    MONTHS_BY_LANGUAGE,
    ORDINAL_SUFFIX,
    PUBLISHED_LABEL,
    UPDATED_LABEL,
    WEEKDAY_NUMBERS,
    WORD_MARKS,
    alternation,
    fold_homoglyphs,
)

_ISO = lazy_compile(r"(?<!\d)(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")
_NUMERIC = lazy_compile(r"(?<![\d.])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)")
_SPACED_NUMERIC = lazy_compile(r"(?<![\d.])(\d{1,2})(\.) (\d{1,2})\. (\d{4})(?!\d)")
"""A numeric date with a space after each dot, as Czech and Slovak orthography writes it in
running text ("7. 3. 1978": the EU's Interinstitutional Style Guide, Czech edition, 10.5) and
German papers print it (the taz's "13. 1. 2020" under its stories). Day first, as every dotted
date."""
_MONTH_WORD = rf"(?:{alternation(m for m in MONTHS if ' ' in m or len(m) < 3)}|[^\W\d_]{{3,12}})"
"""A month name is checked against the vocabulary after matching: an alternation of every
language's month names would be tried at every position. Only the names a word of three to
twelve letters is not are spelled out: the Levant's two-word "تشرين الأول" and short "آب"."""
_DAY_MONTH = lazy_compile(
    rf"(?<!\d)(\d{{1,2}})(?:{ORDINAL_SUFFIX}|\.)? ?(?:(?:{DATE_JOINER}) )?({_MONTH_WORD})\.?,?"
    rf"(?: (?:{DATE_JOINER}))? ?(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
_CJK = lazy_compile(r"(\d{4}) ?[年년] ?(\d{1,2}) ?[月월] ?(\d{1,2}) ?[日일]")
"""The date as Chinese, Japanese and Korean print it: "2026年12月3日", "2026년 12월 3일"."""
_CJK_YEAR = ("年", "년")
_MONTH_DAY = lazy_compile(rf"(?<!\w)({_MONTH_WORD})\.? (\d{{1,2}})(?:{ORDINAL_SUFFIX})?,? (\d{{4}})(?!\d)")
_TIME = lazy_compile(
    r"(?<![\d:.])([01]?\d|2[0-3])(?:[:h]|\.(?=[0-5]\d ?(?:[AaPp]\.?[Mm]|[A-Z]{2,4}\b)))"
    r"([0-5]\d)(?::([0-5]\d))?(?!\d) ?(?:([AaPp])\.?[Mm]\.?(?!\w))?"
)
_ZONE = lazy_compile(
    r" ?\(?(?:(?P<name>[A-Z]{1,5})(?![\w])(?: ?(?P<sign>[+-])(?P<hh>\d{1,2})(?::?(?P<mm>\d{2}))?)?"
    r"|(?P<bare_sign>[+-])(?P<bare_hh>\d{2}):?(?P<bare_mm>\d{2})(?!\d))\)?"
)
"""A time zone after a time: a name ("EDT", "GMT"), a name with an offset ("GMT+3", "UTC -05:00")
or an offset alone ("+03:00", "-0500")."""
ZONE_OFFSETS: dict[str, int] = {
    "Z": 0,
    "UTC": 0,
    "GMT": 0,
    "UT": 0,
    "WET": 0,
    "WEST": 60,
    "BST": 60,
    "CET": 60,
    "CEST": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "AKDT": -480,
    "HST": -600,
    "JST": 540,
    "KST": 540,
    "AEST": 600,
    "AEDT": 660,
    "NZST": 720,
    "NZDT": 780,
}
"""Minutes east of UTC of the zone abbreviations news sites print after a time (RFC 822 and
the US and European zones); an ambiguous one (IST: India, Ireland or Israel) is left out."""
_LOOKS_DATED = lazy_compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_HAS_WORD = lazy_compile(rf"[^\W\d_](?:[^\W\d_]|[{WORD_MARKS}]){{2}}")
"""A word of three letters or more, counting the marks that the Indic scripts (Devanagari to
Sinhala) and Thai write between letters ("अक्टूबर": its virama and vowel signs are no letters)."""

MAX_FALLBACK_CHARS = 60
"""dateparser sees only short lines: a date line is short, and prose is where it misfires."""


class DateMatch(NamedTuple):
    """A date found in a string, with where it was."""

    value: DateValue
    start: int
    end: int


def _valid(year: int, month: int, day: int) -> bool:
    if not 1000 <= year <= 2999:
        return False
    try:
        _dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _month_number(name: str, language: str | None) -> int | None:
    key = fold_homoglyphs(name.casefold().rstrip("."))
    if language and language in MONTHS_BY_LANGUAGE:
        found = MONTHS_BY_LANGUAGE[language].get(key)
        if found:
            return found
    return MONTHS.get(key)


def _numeric_order(sep: str, order: str, language: str | None) -> str:
    if order in ("DMY", "MDY"):
        return order
    if order == "YMD":
        return "DMY"  # a year-last form cannot be year-first; fall back to the auto rule
    return "MDY" if sep == "/" and language in (None, "en") else "DMY"


_SEPARATORS = frozenset("-/.")
"""A numeric date's year stands next to one (2015-10-14, 14.10.2015): else no numeric form fits."""
_YEAR = lazy_compile(r"(?:1[89]|2[01])\d\d(?!\d)")
"""A year from 1800 to 2199. That no digit stands before it is checked on each match: with a
look-behind first, the regex engine tries every position instead of skipping to a 1 or a 2
(three times as slow on a headline)."""
BEFORE_YEAR = 40
"""Every form ends with its year or starts with it: look this far before a year."""
AFTER_YEAR = 8
MAX_YEARS = 3
"""Years tried per string: a date line has one or two, prose has many."""


def _fast(text: str, order: str, language: str | None) -> tuple[int, int, int, int, int, bool] | None:
    """(year, month, day, start, end, ambiguous) from the first date the patterns find.

    Every fast-path form carries a four-digit year, so the patterns only run in a small
    window around each year: the cost does not grow with the length of the line.
    """
    for start, end in years(text)[:MAX_YEARS]:
        found = _fast_window(text, start, end, order, language)
        if found is not None:
            return found
    return None


def years(text: str) -> list[tuple[int, int]]:
    """(start, end) of each four-digit year in ``text`` that is not part of a longer number."""
    return [
        year.span()
        for year in _YEAR.finditer(text)
        if not (year.start() and text[year.start() - 1].isdecimal())  # isdecimal: what \d matches
    ]


def _fast_window(
    text: str, year_start: int, year_end: int, order: str, language: str | None
) -> tuple[int, int, int, int, int, bool] | None:
    """The date around the year at ``year_start:year_end``."""
    start, end = max(0, year_start - BEFORE_YEAR), year_end + AFTER_YEAR
    m = _ISO.search(text, start, end) if text[year_end : year_end + 1] in _SEPARATORS else None
    if m:
        y, mo, d = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if _valid(y, mo, d):
            return y, mo, d, m.start(), m.end(), False
    if text[year_end : year_end + 2].lstrip()[:1] in _CJK_YEAR:
        m = _CJK.match(text, year_start)
        if m and _valid(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            return int(m.group(1)), int(m.group(2)), int(m.group(3)), m.start(), m.end(), False
    before = text[year_start - 2 : year_start]
    if before[-1:] in _SEPARATORS:
        m = _NUMERIC.search(text, start, end)
    else:
        m = _SPACED_NUMERIC.search(text, start, end) if before == ". " else None
    if m:
        a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
        first = _numeric_order(m.group(2), order, language)
        d, mo = (a, b) if first == "DMY" else (b, a)
        if not _valid(y, mo, d):
            d, mo = mo, d
        if _valid(y, mo, d):
            ambiguous = a <= 12 and b <= 12 and a != b
            if ambiguous:
                weekday = _printed_weekday(text, m.start())
                if (
                    weekday is not None
                    and _dt.date(y, d, mo).weekday() == weekday != _dt.date(y, mo, d).weekday()
                ):
                    d, mo, ambiguous = mo, d, False  # the weekday printed beside it says which
                elif weekday is not None and _dt.date(y, mo, d).weekday() == weekday:
                    ambiguous = False
            return y, mo, d, m.start(), m.end(), ambiguous
    candidates = []
    for m in _DAY_MONTH.finditer(text, start, end):
        mo_n = _month_number(m.group(2), language)
        if mo_n and _valid(int(m.group(3)), mo_n, int(m.group(1))):
            candidates.append((m.start(), int(m.group(3)), mo_n, int(m.group(1)), m.end()))
            break
    for m in _MONTH_DAY.finditer(text, start, end):
        mo_n = _month_number(m.group(1), language)
        if mo_n and _valid(int(m.group(3)), mo_n, int(m.group(2))):
            candidates.append((m.start(), int(m.group(3)), mo_n, int(m.group(2)), m.end()))
            break
    if candidates:
        first_start, y, mo, d, first_end = min(candidates)
        return y, mo, d, first_start, first_end, False
    return None


WEEKDAY_REACH = 20
"""A weekday printed before a date stands this close to it ("Monday, 11.05.2012")."""


def _printed_weekday(text: str, date_start: int) -> int | None:
    """The weekday (0 Monday) named just before a date, if any: it tells an ambiguous numeric
    date's order ("Monday, 11.05.2012" is 5 November: 11 May 2012 was a Friday)."""
    words = text[max(0, date_start - WEEKDAY_REACH) : date_start].replace(",", " ").split()
    return WEEKDAY_NUMBERS.get(words[-1].casefold()) if words else None


TIME_REACH = 25
"""A time belongs to a date when it stands this close after (or before) it."""


def _time_near(text: str, start: int, end: int) -> tuple[str, int, int]:
    """(ISO time suffix, span start, span end) of the time printed next to a date, if any."""
    m = _TIME.search(text, end, end + TIME_REACH)
    if m is None:
        m = _TIME.search(text, max(0, start - TIME_REACH), start)
    if m is None:
        return "", start, end
    hour, minute = int(m.group(1)), int(m.group(2))
    ampm = (m.group(4) or "").lower()
    if ampm == "p" and hour < 12:
        hour += 12
    elif ampm == "a" and hour == 12:
        hour = 0
    out = f"T{hour:02d}:{minute:02d}:{int(m.group(3) or 0):02d}"
    span_end = m.end()
    zone = _ZONE.match(text, m.end())
    offset = _zone_offset(zone) if zone is not None else None
    if zone is not None and offset is not None:
        sign, minutes = ("-" if offset < 0 else "+"), abs(offset)
        out += f"{sign}{minutes // 60:02d}:{minutes % 60:02d}"
        span_end = zone.end()
    return out, min(start, m.start()), max(end, span_end)


def _zone_offset(zone: re.Match[str]) -> int | None:
    """Minutes east of UTC that a zone match says, or None (an unknown name says nothing)."""
    if zone.group("bare_sign"):
        sign, hh, mm = zone.group("bare_sign", "bare_hh", "bare_mm")
    else:
        base = ZONE_OFFSETS.get(zone.group("name"))
        if base is None:
            return None
        if not zone.group("sign"):
            return base
        sign, hh, mm = zone.group("sign", "hh", "mm")
    minutes = int(hh) * 60 + int(mm or 0)
    if minutes > 14 * 60:  # no zone is further from UTC
        return None
    return -minutes if sign == "-" else minutes


@lru_cache(maxsize=64)
def find_date(
    text: str,
    *,
    language: str | None = None,
    order: str = "auto",
    fallback: bool = True,
) -> DateMatch | None:
    """Find a publication-style date (day, month and year) in a short string.

    ``order`` resolves numeric dates whose day and month could swap: ``auto`` reads ``.``
    dates day-first and ``/`` dates month-first in English, day-first elsewhere.
    ``fallback`` lets dateparser try a string the fast path misses, if it has a year and a
    word (the fast path reads every numeric form, so only a month name it lacks is left).
    Memoised: a rule looking ahead and the rule that claims the line ask the same question.
    """
    found = _fast(text, order, language)
    if found:
        y, mo, d, start, end, ambiguous = found
        suffix, shown_start, shown_end = _time_near(text, start, end)
        iso = f"{y:04d}-{mo:02d}-{d:02d}" + suffix
        shown = text[shown_start:shown_end].strip(" ,")
        return DateMatch(DateValue(iso=iso, text=shown, ambiguous=ambiguous), start, end)
    if fallback and len(text) <= MAX_FALLBACK_CHARS and _LOOKS_DATED.search(text) and _HAS_WORD.search(text):
        label = PUBLISHED_LABEL.match(text) or UPDATED_LABEL.match(text)  # "Közzétéve 2026. december 6."
        parsed = _dateparser(text[label.end() :] if label else text, language, order)
        if parsed is not None:
            iso = parsed.strftime("%Y-%m-%d")
            if parsed.hour or parsed.minute:
                iso += parsed.strftime("T%H:%M:%S")
            return DateMatch(DateValue(iso=iso, text=text.strip()), 0, len(text))
    return None


def _dateparser(text: str, language: str | None, order: str) -> _dt.datetime | None:
    import dateparser  # slow to import: only when the fast path misses

    settings: dict[str, Any] = {
        "REQUIRE_PARTS": ["day", "month", "year"],
        "PARSERS": ["custom-formats", "absolute-time"],
        "RETURN_AS_TIMEZONE_AWARE": False,
        "STRICT_PARSING": False,
    }
    if order in ("DMY", "MDY", "YMD"):
        settings["DATE_ORDER"] = order
    languages = [language] if language else None
    try:
        result = dateparser.parse(text, languages=languages, settings=settings)
    except (ValueError, OverflowError, TypeError, KeyError, RecursionError):
        return None
    if result is None or not 1000 <= result.year <= 2999:
        return None
    assert isinstance(result, _dt.datetime)
    return result
