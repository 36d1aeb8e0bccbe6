"""Lines that print the publication (or update) date above the body."""

from __future__ import annotations

import re

from artparse.dates import DateMatch, find_date
from artparse.model import Kind
from artparse.patterns import PUBLISHED_LABEL, UPDATED_LABEL, WEEKDAYS
from artparse.state import State

MAX_DATE_LINE = 120
"""A date line is short; longer lines are prose that happens to hold a date."""
MAX_RESIDUE = 6
"""Letters a date line may hold beside its date, time and label (time zones, "at", "Uhr")."""
MAX_MASTHEAD_RESIDUE = 24
"""Above the headline a masthead names the paper beside the date; a headline has more words."""
MAX_PIECE = 12
"""Longest line of a date split over several lines ("24" / "Jul" / "2012" / "9:49am, EDT")."""
MAX_PIECES = 4

_RESIDUE = re.compile(r"(?<![\d:])\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|[\W\d_]+", re.I)


def _residue(text: str, match: DateMatch) -> int:
    """How many letters are left once the date, times, labels and weekdays are removed."""
    rest = text[: match.start] + " " + text[match.end :]
    rest = UPDATED_LABEL.sub("", PUBLISHED_LABEL.sub("", rest.strip()))
    words = [w for w in _RESIDUE.sub(" ", rest).split() if w.casefold() not in WEEKDAYS]
    return sum(len(w) for w in words if not (w.isupper() and len(w) <= 4))


def date_line(state: State, silent: bool) -> bool:
    """Claim a line (or a date split over a few short lines) that is a date.

    Above the title a short line carrying a full date and a few words is a masthead
    ("«Голас Радзімы», №.1 (3073), пятніца, 11 студзеня, 2008"); after it, the line must be
    the date and little else ("14.10.2015", "July 24, 2012 6:00 AM", "Updated: ...").
    Dates in the body are never publication dates, so the rule stops at the first paragraph.
    """
    if state.body_started:
        return False
    text = state.line.text
    if len(text) > MAX_DATE_LINE:
        return False
    if len(text) > MAX_PIECE and not any(ch.isdigit() for ch in text):
        return False
    end = state.pos
    lang, order = state.language, state.options.date_order
    match = find_date(text, language=lang, order=order, fallback=len(text) <= 40)
    if match is None and len(text) <= MAX_PIECE:
        pieces = [text]
        i = state.pos + 1
        while i < len(state.lines) and len(pieces) < MAX_PIECES:
            piece = state.lines[i].text
            if not piece or len(piece) > MAX_PIECE:
                break
            pieces.append(piece)
            i += 1
        if len(pieces) < 2:
            return False
        joined = " ".join(pieces)
        match = find_date(joined, language=lang, order=order, fallback=False)
        if match is None:
            return False
        text, end = joined, i - 1
    if match is None:
        return False
    limit = MAX_RESIDUE if state.title is not None else MAX_MASTHEAD_RESIDUE
    if _residue(text, match) > limit:
        return False
    if not silent:
        state.date_found = True
        updated = bool(UPDATED_LABEL.match(text))
        state.claim(Kind.DATE, "date_line", end, text, date=match.value, updated=updated)
    return True
