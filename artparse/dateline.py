"""Datelines: where a story was filed from, and the agency that filed it."""

from __future__ import annotations

from artparse.patterns import (
    AGENCY_CASEFOLD,
    DATELINE_AGENCY_AFTER,
    DATELINE_AGENCY_FIRST,
    DATELINE_CAPS,
    DATELINE_DATED,
)

MAX_AGENCY_WORDS = 4


def _place_ok(place: str, *, caps: bool = False) -> bool:
    """A dateline place is one to four capitalised words (in capitals for a bare dateline)."""
    city = place.split(",")[0].strip()
    words = city.split()
    if not words or len(words) > MAX_AGENCY_WORDS:
        return False
    if caps:
        return city.isupper() and sum(ch.isalpha() for ch in city) >= 3
    return all(w[0].isupper() for w in words)


def _agency_ok(agency: str) -> bool:
    words = agency.split()
    if not words or len(words) > MAX_AGENCY_WORDS:
        return False
    return agency.casefold() in AGENCY_CASEFOLD or agency[0].isupper() or agency.islower()


def parse_dateline(text: str) -> tuple[str | None, str | None]:
    """(place, agency) from the opening of a paragraph, or (None, None).

    Forms: "(CBS News) YOUNGSTOWN, Ohio - ", "CALEXICO, Calif. (AP) _ ", "Berlin (dpa) - ",
    "MONTREAL, Feb 26 - ", "Моcква, 31 октября - АиФ-Москва. ", "КИЇВ. 18 листопада. УНН . ",
    "NAIROBI, Kenya – ". The paragraph's text is left as printed.
    """
    head = text[:160]
    m = DATELINE_AGENCY_FIRST.match(head)
    if m and _place_ok(m.group("place")) and _agency_ok(m.group("agency")):
        return _clean(m.group("place")), m.group("agency").strip()
    m = DATELINE_AGENCY_AFTER.match(head)
    if m and _place_ok(m.group("place")) and _agency_ok(m.group("agency")):
        return _clean(m.group("place")), m.group("agency").strip()
    m = DATELINE_DATED.match(head)
    if m and _place_ok(m.group("place")):
        agency = m.group("agency2") or m.group("agency")
        if agency and not _agency_ok(agency.strip()):
            agency = None
        return _clean(m.group("place")), agency.strip() if agency else None
    m = DATELINE_CAPS.match(head)
    if m and _place_ok(m.group("place"), caps=True):
        agency = m.group("agency")
        return _clean(m.group("place")), agency.strip() if agency else None
    return None, None


def _clean(place: str) -> str:
    place = place.strip()
    if place.endswith(".") and "," not in place:
        place = place[:-1]
    return place
