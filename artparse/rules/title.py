"""The headline."""

from __future__ import annotations

from artparse.dateline import opens_with_dateline
from artparse.dates import find_date
from artparse.lazyre import lazy_compile
from artparse.model import Kind
from artparse.state import State

_LEADING_TIME = lazy_compile(r"^(?:[01]?\d|2[0-3]):[0-5]\d\s+(?=\S)")
_TRAILING_DATE = lazy_compile(r"\s+\d{1,2}\.\d{1,2}\.\d{4}(?:,?\s+\d{1,2}:\d{2})?$")
_TRAILING_COUNT = lazy_compile(r"\s+(\d{1,6})$")
_SITE_SUFFIX = lazy_compile(r"\s[-|–—]\s[\w-]{1,40}\.[a-z]{2,6}$")
_CAPS_KICKER = lazy_compile(r"^((?:[^\W\d_a-z]+\s+){3,6})(?=[^\W\d_][^\W\d_]*[a-zа-яё])")
SITE_SUFFIX_REACH = 50
"""A site suffix (" - 24hod.sk") is in the last characters of the headline."""
MIN_WORDS_BEFORE_COUNT = 4
"""A counter follows a real headline; a short title ending in a number means the number."""


def clean_title(text: str, *, scraped: bool = False) -> tuple[str, str | None]:
    """Strip what news feeds and scrapers glue to a headline; return (title, date text or None).

    Conventions: a feed's time of day before the headline ("18:29 Глава МИД ..."), a date
    after it ("... в Лондоне 10.07.2018"), a view or comment counter after it ("... 176"),
    a rubric in capitals before it ("O TYM SIĘ MÓWI Asia Bibi ..."), and the site's domain
    after it ("... - 24hod.sk"). A trailing counter is only stripped from ``scraped`` dumps
    (record fields above the title): elsewhere "dies aged 61" means the number.
    """
    date_text = None
    if text[:1].isdigit():
        text = _LEADING_TIME.sub("", text, count=1)
    m = _TRAILING_DATE.search(text) if text[-1:].isdigit() else None
    if m and m.start() > 0:
        date_text, text = m.group().strip(), text[: m.start()]
    if "." in text[-SITE_SUFFIX_REACH:]:
        text = _SITE_SUFFIX.sub("", text)
    m = _TRAILING_COUNT.search(text) if scraped else None
    if m and not 1800 <= int(m.group(1)) <= 2100 and len(text.split()) > MIN_WORDS_BEFORE_COUNT:
        text = text[: m.start()]
    m = _CAPS_KICKER.match(text)
    if m and m.group(1).isupper():
        text = text[m.end() :]
    return text.strip(), date_text


MAX_TITLE = 250
"""Longer than any headline: a first line this long is the lead (story files with no title)."""


def title(state: State, silent: bool) -> bool:
    """Claim the first content line no header rule wanted: articles open with their headline.

    Story files that carry no headline open with the lead instead: a first line that is
    paragraph-long, or that opens with a dateline ("(CNN) -- ..."), is left to the body.
    """
    if state.title is not None or state.body_started:
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_TITLE or ((text[:1] in "(" or " (" in text[:60]) and opens_with_dateline(text)):
        return False
    if not silent:
        scraped = Kind.META in state.counts
        text, date_text = clean_title(text, scraped=scraped)
        date = None
        if date_text and not state.date_found:
            found = find_date(date_text, language=state.language, order=state.options.date_order)
            date = found.value if found else None
        state.title = state.claim(Kind.TITLE, "title", state.pos, text, date=date)
    return True
