"""Lines that print the publication (or update) date above the body."""

from __future__ import annotations

import re
from collections.abc import Iterable

from artparse.byline import place_words
from artparse.dateline import parse_dateline
from artparse.dates import DateMatch, find_date
from artparse.lazyre import lazy_compile
from artparse.model import Kind
from artparse.patterns import (
    AND_WORDS,
    BYLINE_FIRST_WORDS,
    BYLINE_PREFIX,
    COMMENTS_HEADING,
    HANDLE,
    LABEL_FIRST_WORDS,
    MONTHS,
    PUBLISHED_LABEL,
    RELATIVE_DAY,
    RELATIVE_DAY_FIRST_WORDS,
    UPDATED_LABEL,
    UPDATED_LABEL_AFTER,
    WEEKDAYS,
    url_line,
)
from artparse.state import State, list_item
from artparse.vocab import DASHES

MAX_DATE_LINE = 120
"""A date line is short; longer lines are prose that happens to hold a date."""
MAX_RESIDUE = 6
"""Letters a date line may hold beside its date, time and label (time zones, "at", "Uhr")."""
MAX_MASTHEAD_RESIDUE = 24
"""Above the headline a masthead names the paper beside the date; a headline has more words."""
MAX_PIECE = 12
"""Longest line of a date split over several lines ("24" / "Jul" / "2012" / "9:49am, EDT")."""
MAX_PIECES = 4
MIN_MONTH = min(map(len, MONTHS))
"""The shortest month name ("May", "maj"): a shorter first piece without a digit begins no date."""

_PLACE_BEFORE = lazy_compile(
    r"^(?P<place>(?P<city>[^\W\d_a-z][^\W\da-z]{1,25}(?: [^\W\da-z]{2,25}){0,2})"
    r"(?:, (?:[^\W\d_a-z][\w.]{1,12}))?),? $"
)
"""A dateline's place in capitals, perhaps with its state or country as AP abbreviates it:
"PHILADELPHIA", "WESTPORT, Wash.", "WILSON, N.Y."."""
_AGENCY_AFTER = lazy_compile(r"^ ?\((?P<agency>[^\W\d_][^()]{0,30})\)$")
_DIGIT = lazy_compile(r"\d")
_DOMAIN = lazy_compile(
    r"\b[\w-]{1,40}(?:\.[\w-]{1,20}){1,3}\.[a-z]{2,6}\b|\b[\w-]{1,40}\.(?:com|org|net|co\.uk|de|ru|fr)\b"
)
"""A site's domain printed beside its date stamp ("guardian.co.uk, Tuesday 24 July 2012"); so
is a social account's handle (``HANDLE``): Twitter's follow button reads "Follow @handle" (its
documented text), which CNET prints beside the date stamp. Neither is a word of the date line."""
_RESIDUE = lazy_compile(r"(?<![\d:])\d{1,2}[:.h]\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?|[\W\d_]+", re.I)


def _too_much_residue(text: str, match: DateMatch, limit: int) -> bool:
    """Whether more than ``limit`` letters are left once the date, times, labels and weekdays go.

    The words that are letters alone give a lower bound in a split and a few C calls;
    only a line under the limit by that bound has its letters counted exactly.
    """
    rest = (text[: match.start] + " " + text[match.end :]).strip()
    if rest[:1].isalpha():  # every date label opens with a letter: a bare date's rest holds none
        rest = UPDATED_LABEL.sub("", PUBLISHED_LABEL.sub("", rest))
    if "." in rest:
        rest = _DOMAIN.sub(" ", rest)
    if "@" in rest:  # the follow button beside the stamp: "July 24, 2012 7:26 AM PDT Follow @lancewhit"
        rest = HANDLE.sub(" ", rest)
    if _residue_over(rest, limit):
        counted = _COMMENT_COUNT.sub(" ", rest)  # only for a line that would be turned away
        return counted == rest or _residue_over(counted, limit)
    return False


def _residue_over(rest: str, limit: int) -> bool:
    if _letters(w for w in rest.split() if w.isalpha() and w.casefold() not in _MERIDIEM) > limit:
        return True
    return _letters(_RESIDUE.sub(" ", rest).split()) > limit


_COMMENT_COUNT = lazy_compile(rf"(?<!\w)\d{{1,6}} (?:{COMMENTS_HEADING})(?!\w)", re.IGNORECASE)
"""The count of readers' comments printed after the stamp, a link to them: Zeit Online's
"14. Januar 2020, 9:21 Uhr 571 Kommentare", WordPress themes' post meta ("June 1, 2010 |
5 Comments": ``comments_popup_link``'s documented "% Comments"). It is no word of the date."""


_MERIDIEM = frozenset({"am", "pm"})
"""Letters a time can take with it ("6:00 pm"): left out of the lower bound."""


def _letters(words: Iterable[str]) -> int:
    """Letters in the words that are not weekdays or short abbreviations in capitals ("EST")."""
    return sum(len(w) for w in words if not (w.isupper() and len(w) <= 4) and w.casefold() not in WEEKDAYS)


MAX_PLACE = 30


def _place_before_date(text: str, match: DateMatch) -> bool:
    """Whether the line is the place it was written in, a comma, then the date (and at most a
    time): the letter heading's order that papers and agencies print above the text, "Jakarta,
    14 Oktober 2015" (Kompas, Antara), "Москва, 14 октября 2015", "Madrid, 14 de octubre de
    2015". A place of any length: its one to three capitalised words are no prose."""
    head = text[: match.start].rstrip()
    if not head.endswith(",") or len(head) > MAX_PLACE:
        return False
    words = head[:-1].split()
    if not place_words(words):
        return False
    if words[0].casefold() in BYLINE_FIRST_WORDS or any(w.casefold() in WEEKDAYS for w in words):
        return False  # "By Jane Roe, Tuesday, Nov. 13": a byline, a weekday, not a place
    if not all(w.replace("-", "").replace("'", "").replace(".", "").isalpha() for w in words):
        return False
    return not _too_much_residue(
        text[match.start :], match._replace(start=0, end=match.end - match.start), MAX_RESIDUE
    )


def _dateline_parts(text: str, match: DateMatch) -> tuple[str, str | None] | None:
    """(place, agency) when a date line is a dateline: "PHILADELPHIA July 24, 2012 (AP)"."""
    place = _PLACE_BEFORE.match(text[: match.start].rstrip() + " ")
    after = text[match.end :].strip()
    agency = _AGENCY_AFTER.match(after) if after else None
    if place is None or (after and agency is None) or not place.group("city").isupper():
        return None
    return place.group("place"), agency.group("agency") if agency else None


STAMP_DOTS = (" · ", " • ", " ・ ")
_STAMP_SPLIT = lazy_compile(rf"\||\(|\)$| / |{'|'.join(STAMP_DOTS)}")
"""Between published and updated stamps: a bar, parentheses, a spaced slash
("postado em 04/05/2022 05:49 / atualizado em 04/05/2022 05:50") or a spaced middle dot or
bullet, as blog and magazine themes print them ("Published July 7, 2015 · Updated March 26,
2026"; Redis's blog; Demokraatti's "18.2.2026 13:33 ・ Päivitetty: 18.2.2026 13:43")."""


def _stamps(state: State, silent: bool, text: str) -> bool:
    """ "PUBLISHED: 12:01 EST, 24 July 2012 | UPDATED: 12:30 EST, 24 July 2012": every part a
    date, or the time of the date before it, or once the section's label (NHL.com's "Monday,
    11.05.2012 / 11:00 AM / Prospects"; BBC Future's "In Depth | 24 July 2012" stands above the
    headline, where a masthead's words are allowed anyway).

    The update stamp may follow with only a space, as La Stampa prints it ("Pubblicato il 19
    Febbraio 2020 Ultima modifica 19 Febbraio 2020 12:02"): the same two stamps.
    """
    published = updated = None
    labelled = False
    for part in _STAMP_SPLIT.split(UPDATED_LABEL_AFTER.sub("|", text)):
        part = part.strip()
        if not part:
            continue
        match = find_date(part, language=state.language, order=state.options.date_order, fallback=False)
        if match is None:
            if (published or updated) and (_TIME_OF_DAY.match(part) or time_stamp(part)):
                continue  # the time of the date before, or the update's time alone ("Updated 0203 GMT")
            if not labelled and _section_label(part):
                labelled = True
                continue
            return False
        if _too_much_residue(part, match, MAX_RESIDUE):
            return False
        if UPDATED_LABEL.match(part):
            updated = updated or match.value
        else:
            published = published or match.value
    if published is None and updated is None:
        return False
    if not silent:
        state.date_found = True
        date = published or updated
        state.claim(
            Kind.DATE, "date_line", state.pos, text, date=date, updated=published is None, update=updated
        )
    return True


MAX_SECTION_LABEL_WORDS = 3
MAX_SECTION_LABEL = 24
"""A section's label is a word or a short name ("Prospects", "In depth")."""


def _section_label(part: str) -> bool:
    """A section or column name printed beside the date stamp: a few words, no digits, no
    byline ("By Fritz Allhoff|Posted Tuesday, Nov. 13, 2012": Slate's byline and stamp), and
    not shaped like a person's name (capitalised words: "Jane Roe | July 24, 2012" names the
    writer, whom a date line would hide)."""
    words = part.split()
    return (
        len(part) <= MAX_SECTION_LABEL
        and len(words) <= MAX_SECTION_LABEL_WORDS
        and part[:1].isupper()
        and not any(char.isdigit() for char in part)
        and (len(words) == 1 or not all(word[:1].isupper() for word in words))
        and BYLINE_PREFIX.match(part) is None
    )


def _time_under_date(state: State, text: str) -> bool:
    """The time of the date line above, on a line of its own: Wired prints "November 6, 2012 |"
    over "12:37 pm |", as a date split over lines ends with its time ("24" / "Jul" / "2012" /
    "9:49am, EDT")."""
    prev = state.prev_block()
    if prev is None or prev.kind != Kind.DATE or not _DIGIT.search(text):
        return False
    return _TIME_OF_DAY.match(text.strip(" |,·")) is not None


MAX_TIME_STAMP = 40
"""A label and a time of day, with its zone: the stamp is short."""
_TIME_OF_DAY = lazy_compile(
    r"(?:\d{1,2}[:.h]\d{2}(?:\s?[ap]\.?m\.?)?(?:\s[A-Z]{1,5})?|[0-2]\d[0-5]\d\s(?-i:[A-Z]{2,4}))\.?$",
    re.IGNORECASE,
)
"""A time of day: "11:31 a.m. ET", "9.21", "15h30"; or four digits of the 24-hour clock and the
zone, as the wires and the BBC write times ("0400 GMT", Reuters' and the BBC's style; CNN's
stamp "Updated 0203 GMT (1003 HKT)"): the zone in capitals, so that a year ("2013") is no time."""


def time_stamp(text: str) -> bool:
    """A published or updated label and only a time of day: "Updated at 11:31 a.m. ET" (CBS);
    or the word for today or yesterday and the time, labelled or not, as sites print a stamp of
    the same or the day before ("Publicerad i dag" / "Publicerad i går" in a Swedish site's date
    formatter, "updated today at 2:41 PM" / "updated yesterday at 9:03 AM" in a page's stamp
    script; "Vandaag, 08:12"): a stamp with no date to read."""
    if len(text) > MAX_TIME_STAMP:
        return False
    first = text.partition(" ")[0].casefold().rstrip(":,")
    if first in RELATIVE_DAY_FIRST_WORDS:
        day = RELATIVE_DAY.match(text)
        return day is not None and _TIME_OF_DAY.match(text, day.end()) is not None
    if first not in LABEL_FIRST_WORDS:
        return False
    label = UPDATED_LABEL.match(text) or PUBLISHED_LABEL.match(text)
    if label is None:
        return False
    rest = text[label.end() :]
    day = (
        RELATIVE_DAY.match(rest)
        if rest.partition(" ")[0].casefold().rstrip(",") in RELATIVE_DAY_FIRST_WORDS
        else None
    )
    if day is not None:
        rest = rest[day.end() :]
    elif rest[:1].isalpha():
        rest = rest.partition(" ")[2]  # a particle: "at", "um", "à"
    return _TIME_OF_DAY.match(rest) is not None


PAGE_HEAD_REACH = 30
"""Lines under a converted page's marked headline in which its date stands (after the dek,
the share bar, the lead photo and its caption, the byline)."""
MAX_PAGE_DATE = 40


def _in_page_head(state: State, text: str) -> bool:
    """Whether a short line under a converted page's marked headline may be its date.

    A page converted to text prints the date among the head's parts, often after the lead
    photo and its caption or a share bar, which read as the body's first lines ("Feb. 19,
    2020" in the LA Times, "01 October 2020" in the Evening Standard, "* Aug. 16, 2020" in the
    New York Times): until a date is found, a line there that is a date and little else is it.
    So is such a line right under a byline that stands after the body's first lines: pages set
    the byline and the date together (the Evening Standard's writers over "01 October 2020";
    the New York Times' "By KAREN CROUSE" over "Published: July 23, 2012" under its dek), and
    a teaser opening with its dateline ("Berlin. ...") reads as the lead above them.
    """
    if state.date_found or len(text) > MAX_PAGE_DATE:
        return False
    marked = state.marks.headline
    if marked is not None and 0 < state.pos - marked <= PAGE_HEAD_REACH:
        return True
    prev = state.prev_block()
    return prev is not None and prev.kind == Kind.BYLINE


def _stamp_over_headline(state: State, silent: bool, text: str) -> bool:
    """A page's header line: its date stamp, then the headline repeated at the line's end.

    Templates print the post's head on one line, stamp first and headline last, and text
    dumps keep it as the line under the headline: "23 Giu 2022 L'esercito ucraino e ..." (an
    Italian blog, SemEval-2023 task 3), "11 вересня 2018, вівторок, 12:43 3 БЕЗКАРНІСТЬ: Чому
    ...? Ryanair оголошує ..." (ukranews.com, BSNLP: a counter and another story's teaser
    between). What stands between the stamp and the headline is the page's furniture.
    """
    headline = state.title.text if state.title is not None else ""
    if not headline or len(text) <= len(headline) or not text.endswith(headline):
        return False
    stamp = text[: len(text) - len(headline)]
    if stamp[-1:] != " ":
        return False
    match = find_date(stamp, language=state.language, order=state.options.date_order, fallback=False)
    if match is None or match.start != 0:
        return False
    if not silent:
        state.date_found = True
        state.claim(Kind.DATE, "date_line", state.pos, text, date=match.value)
    return True


MAX_LONE_DATELINE = 60
"""A dateline on a line of its own is a place (and its state or country), an agency, a dash."""


def _lone_dateline(state: State, silent: bool, text: str) -> bool:
    """A dateline set on a line of its own above the lead, its dash ending the line.

    Pages print the dateline in a span of its own, which a converted or copied page keeps as
    a line: the Los Angeles Times' "WASHINGTON — " over the story's first paragraph, as ABC
    News prints the AP's "PHILADELPHIA July 24, 2012 (AP)" over it (``_dateline_parts``). It
    is read as the dateline of a paragraph (``parse_dateline``: a place in capitals, or an
    agency) under the headline and over a paragraph-long line, and the line is no paragraph.
    Wire copy's tables hang their short rows right under it, indented as it is: Reuters-21578's
    earnings reports break the dateline element off its first row ("WHITE PLAINS, N.Y., March 2 -"
    over "Shr 1.65 dlrs vs 1.50 dlrs").
    """
    if state.title is None or len(text) > MAX_LONE_DATELINE or text.rstrip()[-1:] not in DASHES:
        return False
    lead = state.next_content(state.pos + 1)
    if lead is None:
        return False
    lines = state.lines
    row = lead == state.pos + 1 and 0 < lines[lead].indent == lines[state.pos].indent
    if len(lines[lead].text) <= MAX_LONE_DATELINE and not row:  # the lead is a paragraph, or a row
        return False
    found = parse_dateline(text.rstrip() + " ")
    if found.place is None and found.agency is None:
        return False
    if not silent:
        state.claim(Kind.DATE, "date_line", state.pos, text, place=found.place, agency=found.agency)
    return True


def _joined_update(text: str) -> str:
    """The update stamp without the "and" that joins it to the publication stamp above.

    Pages print both stamps as one phrase, "Posted at 2:42 PM and last updated 4:42 PM" (the
    Scripps stations' pages, fox13now.com; ABC News' "posted 7 minutes ago and updated 8
    minutes ago"), and a converted page keeps each stamp's element as a line, the second
    opening with the joining word. Under a date line (the caller's test), the rest of such a
    line is the update stamp; any other line is left as it is.
    """
    rest = text.partition(" ")[2]
    return rest if UPDATED_LABEL.match(rest) else text


def date_line(state: State, silent: bool) -> bool:
    """Claim a line (or a date split over a few short lines) that is a date.

    Above the title a short line carrying a full date and a few words is a masthead
    ("«Голас Радзімы», №.1 (3073), пятніца, 11 студзеня, 2008"); after it, the line must be
    the date and little else ("14.10.2015", "July 24, 2012 6:00 AM", "Updated: ...", or
    published and updated stamps side by side, split by "|"), or a
    dateline with its date ("PHILADELPHIA July 24, 2012 (AP)"), or without it, ending in its dash
    ("WASHINGTON — ", ``_lone_dateline``). Dates in the body are never
    publication dates, so in the body only a labelled republication note counts
    ("erschienen am 7. Juli 2022 auf ...", "Originally published on ..."), and, under a
    converted page's marked headline, a line that is only a date (``_in_page_head``).
    A URL line is a record's field, never a date line, though its path may hold a date: the
    BSNLP headers' URL under an empty date field (mk.ru's ".../2016/12/19/...", Lenta.ru's
    "/news/2016/12/18/", FSFinalWord's "?day=2016-01-29") prints no publication date.
    """
    text = state.head_text()
    lang, order = state.language, state.options.date_order
    if state.blocks and state.blocks[-1].kind == Kind.DATE and text.partition(" ")[0].casefold() in AND_WORDS:
        text = _joined_update(text)
    if state.title is not None and not state.body_started and _stamp_over_headline(state, silent, text):
        return True
    if len(text) > MAX_DATE_LINE:
        return False
    if url_line(text):  # a record's URL: its path's date is printed nowhere
        return False
    if text[-1:] in DASHES and _lone_dateline(state, silent, text):
        return True
    page_date = state.body_started and _in_page_head(state, text)
    if page_date:
        text = list_item(text) or text
    if state.body_started and not page_date:
        # a label first; its date needs digits, which find_date looks for
        first, space, _ = text.partition(" ")
        folded = first.casefold()
        if not space or (
            folded.rstrip(":") not in LABEL_FIRST_WORDS and folded.rstrip(",") not in RELATIVE_DAY_FIRST_WORDS
        ):
            return False
        if time_stamp(text):  # "Updated at 11:31 a.m. ET", "I dag 08:12"
            if not silent:
                state.claim(Kind.FURNITURE, "date_line", state.pos, text)
            return True
        if not PUBLISHED_LABEL.match(text):
            return False
        match = find_date(text, language=lang, order=order, fallback=False)
        if match is None:
            return False
        if not silent:
            state.claim(Kind.DATE, "date_line", state.pos, text, date=match.value)
        return True
    if len(text) > MAX_PIECE and not _DIGIT.search(text):
        return False
    if len(text) <= MAX_TIME_STAMP and (
        (len(text) <= MAX_PIECE and _time_under_date(state, text)) or time_stamp(text)
    ):
        if not silent:
            state.claim(Kind.FURNITURE, "date_line", state.pos, text)
        return True
    stamps = (
        "|" in text
        or " / " in text
        or (text.endswith(")") and "(" in text)
        or any(d in text for d in STAMP_DOTS)
    )
    if (  # "Published X Updated Y", side by side: a labelled stamp first, or a bare date
        # and its update after a comma or a dash ("November 28, 2013 -- Updated 0203 GMT", CNN)
        not stamps
        and _DIGIT.search(text)  # the update follows a year or a time: no digit, no stamps
        and UPDATED_LABEL_AFTER.search(text)
    ):
        stamps = True
    if stamps and _stamps(state, silent, text):
        return True
    end = state.pos
    match = find_date(text, language=lang, order=order, fallback=len(text) <= 40)
    if match is None and len(text) <= MAX_PIECE and (len(text) >= MIN_MONTH or _DIGIT.search(text)):
        # a date split over lines begins with a number or a month name ("24" / "Jul" / "2012")
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
        if match is None or match.start >= len(text):  # the date must begin on this line
            return False
        text, end = joined, i - 1
    if match is None:
        return False
    place = agency = None
    limit = MAX_RESIDUE if state.title is not None else MAX_MASTHEAD_RESIDUE
    if _too_much_residue(text, match, limit):
        parts = _dateline_parts(text, match) if state.title is not None else None
        if parts is None:
            if state.title is None or not _place_before_date(text, match):
                return False
        else:
            place, agency = parts
    if not silent:
        state.date_found = True
        updated = text[:1].isalpha() and UPDATED_LABEL.match(text) is not None  # a label opens with a letter
        state.claim(
            Kind.DATE, "date_line", end, text, date=match.value, updated=updated, place=place, agency=agency
        )
    return True
