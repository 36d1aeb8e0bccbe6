"""Datelines: where a story was filed from, and the agency that filed it.

A dateline opens the first paragraph and is read left to right from a few small anchored
patterns (an agency in parentheses, a place, a short date, a dash or full stop), so every
step is linear and bounded by ``HEAD``. The paragraph text itself is left as printed, except
for the scraped remnant of a stamp (see ``cut_stamp``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from artparse.byline import opens_name
from artparse.lazyre import lazy_compile
from artparse.model import Cut
from artparse.patterns import (
    AFFILIATION,
    AGENCY,
    AGENCY_CASEFOLD,
    ARTICLE,
    DISPATCH_WORDS,
    LEAD_BYLINE_PREFIX,
    LEAD_BYLINE_PREFIXES,
    MONTHS,
    OUTLET_NOUN,
    ROLE_WORDS_AS_PRINTED,
    SIGNATURE_LABEL,
    WORD_MARKS,
    alternation,
    fold_homoglyphs,
    lead_labels,
)
from artparse.vocab import BRACKET_WIRES, COLON_DATELINE_LANGUAGES

HEAD = 160
"""A dateline is read from this many characters at most."""
MAX_PLACE_WORDS = 4

_PAREN = lazy_compile(r" ?\((?P<agency>[^\W\d_][^()]{0,39})\)")
_SLASHED = lazy_compile(r" ?/(?P<agency>[^\W\d_][^/]{0,29})/\.?")
_WORD = rf"[^\W\d_][\w'’.{WORD_MARKS}-]{{0,30}}"
_JOIN = r"(?:/|(?<!\.) |(?<=\bS[Tt]\.) )"
_PLACE = lazy_compile(rf"(?P<city>{_WORD}(?:{_JOIN}{_WORD}){{0,3}})(?:, ?(?P<region>{_WORD}(?: {_WORD})?))?")
_DATE = lazy_compile(
    rf"(?:,? |\. )(?:\d{{1,2}}\.? (?P<m1>[^\W\d_](?:[^\W\d_]|[{WORD_MARKS}]){{2,11}})\.?|(?P<m2>[^\W\d_]{{3,12}})\.? \d{{1,2}}\b)"
    r"(?:,? \d{4})?(?:,? \d{1,2}:\d{2})?"
)
_DASH = lazy_compile(r" ?[-–—_]{1,2} | ?(?:--) |—(?=[^\W\d_])")
"""The dash after a dateline: spaced, or an em dash set close ("BEIJING—Manufacturing", as the
Wall Street Journal prints it)."""
_STOP = lazy_compile(r" ?[.।] ")
"""The full stop after a dateline, or the danda that is Hindi's ("(आईएएनएस)। ": IANS' Hindi copy)."""
_AGENCY_WORDS = lazy_compile(rf"(?P<agency>{_WORD}(?: {_WORD}){{0,2}}?) ?(?:\. | ?[-–—] )")
_WEB_AGENCY = lazy_compile(
    r"(?P<agency>[^\W\d_][\w-]{1,30}\.(?:[Nn]et|[Rr][Uu]|[Cc]om|[Oo]rg|[Ii]nfo)) ?[-–—] "
)
WEB_AGENCY_REACH = 32
"""The full stop of a web agency's name ("PanARMENIAN.Net - ") stands within its first 32 characters."""
_WEB_NAME = lazy_compile(r"[^\W\d_][\w-]{1,30}\.(?:[Nn]et|[Rr][Uu]|[Cc]om|[Oo]rg|[Ii]nfo)")
"""A web agency's name alone: the site's name and its domain ("KOMPAS.com", "INTERFAX.RU")."""
_STAMP = lazy_compile(
    rf"[.,] (?:\d{{1,2}}\. [^\W\d_]{{3,12}} \d{{4}},? )?(?:\d{{1,2}}:\d{{2}} )?(?:(?:{SIGNATURE_LABEL}): )?"
    r"(?P<agency>[^\W\d_](?:[\w-]|\.(?=\w)){1,30})\.? (?=[^\W\d_])"
)


class Dateline(NamedTuple):
    """What a paragraph's opening says about where and who filed it."""

    place: str | None = None
    agency: str | None = None
    date: str | None = None
    """The date the dateline prints with its year ("AUSTIN, Texas, Dec. 3, 2026 /PRNewswire/ --")."""


_NEWSWIRE = lazy_compile(
    r"(?P<place>[^\W\d_][^()\n]{1,58}?)--\((?P<agency>[^\W\d_][^()]{1,39})\)--"
    r"(?:(?P<date>[^\W\d_]{3,9}\.? \d{1,2}, \d{4})--)?"
)
"""Business Wire's dateline: "SPRINGFIELD, Ill.--(BUSINESS WIRE)--Nov. 5, 2026--Globex ..."."""
_YEAR = lazy_compile(r"\d{4}")
DISPATCH_REACH = 24
"""A Chinese dispatch line is short: the agency, a place, a date and "电" in its first characters."""
_DISPATCH = lazy_compile(
    rf"(?P<agency>{AGENCY})(?P<place>[^\W\d_]{{1,10}}?)(?:\d{{1,2}}月)?\d{{1,2}}日(?:{alternation(DISPATCH_WORDS)})"
)
"""The Chinese wire dateline, the agency, place and date run together and closed by "电"
(cabled): "新华社北京10月14日电" (Xinhua), "中新社北京10月14日电" (China News Service), "中央社台北14日電"
(CNA); the month and day as ``dates`` reads Chinese dates ("10月14日")."""


def _short_date(head: str, pos: int) -> re.Match[str] | None:
    """A day and month ("Feb 26", "31 октября") at ``pos``; the month name checked in the vocabulary."""
    m = _DATE.match(head, pos)
    if m is None:
        return None
    # Latin look-alikes typed in a Cyrillic month ("cен") are folded in the month alone:
    # the patterns match Latin and Cyrillic letters alike, so the line needs no folding
    month = fold_homoglyphs(m.group("m1") or m.group("m2")).casefold()
    return m if month in MONTHS or month.rstrip(".") in MONTHS else None


def _capitalised(text: str) -> bool:
    words = text.replace("/", " ").split()
    if not 0 < len(words) <= MAX_PLACE_WORDS:
        return False
    # a loop, not all() over a generator: most places asked are prose, failing at the second word
    for word in words:  # noqa: SIM110
        if not opens_name(word[0]):  # a capital, or a letter of a script without capitals ("القاهرة")
            return False
    return True


def _is_agency(name: str) -> bool:
    return name.casefold() in AGENCY_CASEFOLD


def _known_agency(name: str) -> bool:
    """A known agency, one of its services ("Reuters Health"), or agencies joined by a slash
    ("CBS/AP": a network's copy of a wire story)."""
    if "/" in name:
        return any(_known_agency(part.strip()) for part in name.split("/"))
    return _is_agency(name) or _is_agency(name.split(" ", 1)[0])


def _agency_like(name: str) -> bool:
    """An agency named after the dash: known, in capitals, or one token ("АиФ-Москва")."""
    return _is_agency(name) or name.isupper() or " " not in name


MIN_STOPPED_PLACE = 4
"""A place set off by a full stop alone is a name, not an abbreviation ("Dr.", "Gov.", "Sen.")."""


def _place_and_stop(head: str, city: str, pos: int) -> bool:
    """A place in small letters set off by a full stop alone, then the lead's first sentence.

    Bulgarian papers open the lead with the place and a full stop, no date or agency: Focus
    News Agency's "София. На 26 април ..." (BSNLP), Standart's "София. Синдикатите предлагат
    ..." (as Interfax's "Москва. 10 августа. INTERFAX.RU - " adds the date). One word, a
    sentence after it: a capitalised word, then one in small letters or a number (a title
    before a name, "Prof. Jane Roe", is followed by two capitalised words).
    """
    if " " in city or "/" in city or len(city.rstrip(".")) < MIN_STOPPED_PLACE or head[pos - 2 : pos] != ". ":
        return False
    words = head[pos:].split(" ", 2)
    return len(words) == 3 and words[0][:1].isupper() and not words[1][:1].isupper()


def parse_dateline(text: str) -> Dateline:
    """Read a dateline from the opening of a paragraph (memoised: several rules ask)."""
    return _parse_dateline(text[:HEAD])


@lru_cache(maxsize=64)
def _parse_dateline(text: str) -> Dateline:
    """Read a dateline from the opening of a paragraph.

    Forms of real wire and news copy: "(CBS News) YOUNGSTOWN, Ohio - ", "(AP) - ",
    "CALEXICO, Calif. (AP) _ ", "Belfast/Prag (dpa) - ", "SOFIA, Nov 7 (Reuters) - ",
    "Brusel 16. novembra (TASR) - ", "МОСКВА, 15 янв – РИА Новости. ", "Москва. 10 августа.
    INTERFAX.RU - ", "КИЇВ. 18 листопада. УНН . ", "БРЮССЕЛЬ. КАЗИНФОРМ - ", "ТАСС, 24 ноября. ",
    "PanARMENIAN.Net - ", "JAKARTA, KOMPAS.com - ", "NAIROBI, Kenya – ", "МОСКВА, 12 марта. /ТАСС/. ", and with the agency
    set off by a slash as TASS sets it in two, "МОСКВА, 8 июля/ Радио Sputnik. " (Sputnik).
    Press-release wires print the year in it, which then dates a release that prints no other
    date: PR Newswire ("AUSTIN, Texas, Dec. 3, 2026 /PRNewswire/ -- "), GlobeNewswire ("NEW
    YORK, Dec. 03, 2026 (GLOBE NEWSWIRE) -- "), Business Wire ("SPRINGFIELD, Ill.--(BUSINESS
    WIRE)--Nov. 5, 2026--"). A known agency alone before the dash is the agency, with no place:
    the Times of Israel's "JTA — " and "AFP — " on the stories it takes from the wires, as the
    parenthesised "(AP) — " the AP's own web copy prints. Korean wires join the place and the
    agency in the parentheses: "(서울=연합뉴스)" (Yonhap), "(서울=뉴스1)" (News1).
    """
    head = text[:HEAD]

    def grab(match: re.Match[str], group: str | int = 0) -> str:
        return head[match.start(group) : match.end(group)].strip()

    # each pattern is asked only when the characters it opens with are there (most
    # paragraphs open with prose, and a pattern call costs several substring tests)
    if head[:1] == "【":
        return _bracketed(head)
    m = _PAREN.match(head) if head[:1] == "(" or head[:2] == " (" else None
    if m is not None:
        tag = grab(m, "agency")
        if "=" in tag:  # "(서울=연합뉴스)": the place and the agency, as Korean wires print them
            slot, _, wire = tag.partition("=")
            return Dateline(slot.strip(), wire.strip()) if _is_agency(wire.strip()) else Dateline()
        if not _known_agency(tag):  # "(CNN) --", "(CBS News) YOUNGSTOWN, Ohio -": a known name
            return Dateline()
        rest = m.end()
        place_m = _PLACE.match(head, rest + 1) if head[rest : rest + 1] == " " else None
        if place_m and _DASH.match(head, place_m.end()) and _capitalised(place_m.group("city")):
            return Dateline(grab(place_m), tag)
        return Dateline(None, tag)
    if any(word in head[:DISPATCH_REACH] for word in DISPATCH_WORDS):
        m = _DISPATCH.match(head)
        if m is not None:
            return Dateline(grab(m, "place"), grab(m, "agency"))
    if "--(" in head:
        m = _NEWSWIRE.match(head)
        if m is not None and _capitalised(grab(m, "place").split(",")[0]):
            return Dateline(grab(m, "place"), grab(m, "agency"), m.group("date"))
    m = _WEB_AGENCY.match(head) if "." in head[:WEB_AGENCY_REACH] else None
    if m is not None:
        return Dateline(None, grab(m, "agency"))
    if "(" in head[:DATE_FIRST_REACH]:
        dated = _date_first(head)
        if dated is not None:
            return dated
    place_m = _PLACE.match(head)
    if place_m is None:
        return Dateline()
    city: str = place_m.group("city")
    if not _capitalised(city):  # prose: "The president said ..."
        return Dateline()
    region: str | None = place_m.group("region")
    outlet = None
    if region is not None and "." in region and _WEB_NAME.fullmatch(region) is not None:
        # "JAKARTA, KOMPAS.com - ": the news site named by its domain after the place, its
        # dateline as Interfax's "Москва. 10 августа. INTERFAX.RU - " after place and date
        outlet, region = region, None
    pos = place_m.end()
    date_m = _short_date(head, pos)
    if date_m is None and region is not None:
        # "SOFIA, Nov 7": the date was read as a region; read it again as a date
        date_m = _short_date(head, place_m.end("city"))
        if date_m is not None:
            region = None
    if date_m is not None:
        pos = date_m.end()
    place = grab(place_m, "city").rstrip(".") if region is None else grab(place_m)
    if region is not None and not region[0].isupper():
        return Dateline()
    agency = outlet
    paren = _PAREN.match(head, pos) or _SLASHED.match(head, pos) if outlet is None else None
    if paren is not None:
        agency = grab(paren, "agency")
        if not (_known_agency(agency) or city.isupper() or date_m is not None):
            return Dateline()  # "Angela Merkel (CDU) - ": a party, not an agency after a place
        pos = paren.end()
    dash = _DASH.match(head, pos)
    if dash is not None and paren is None and date_m is None and region is None and _is_agency(place):
        return Dateline(None, place)  # "AFP — ", "JTA — ": an agency alone in the slot, no place
    if dash is not None:
        pos = dash.end()
    else:
        stop = _STOP.match(head, pos)
        if stop is not None:
            pos = stop.end()
        elif head[pos - 1 : pos + 1] == ". ":  # the place or date took the full stop
            if head[pos + 1 : pos + 2].islower():
                # the stop closes an initialism and the sentence goes on in small letters: "U.S.
                # officials said", "A U.S. judge on Wednesday" (Reuters' leads; the AP Stylebook
                # sets two-letter abbreviations with periods), where a dateline's stop is followed
                # by the lead's capital or set off by a dash
                return Dateline()
            pos += 1
        elif paren is not None and date_m is not None and _known_agency(agency or ""):
            pass  # "Brusel 8. decembra (TASR) Európska ...": place, date and agency, the dash lost
        elif date_m is not None and head[pos : pos + 1] in (" ", ",", "/"):  # "БРЮССЕЛЬ, 26 сен ПРАЙМ. "
            slashed = head[pos] == "/"  # "МОСКВА, 8 июля/ Радио Sputnik. ": the agency after a slash
            words = _AGENCY_WORDS.match(head, pos + (2 if head[pos : pos + 2] in (", ", "/ ") else 1))
            if words is None or not (
                words.group("agency").isupper() or (slashed and _known_agency(words.group("agency")))
            ):
                return Dateline()
            agency, pos = grab(words, "agency"), words.end()
        else:
            return Dateline()
    if agency is None and date_m is None and not city.isupper():
        if dash is None and paren is None and region is None and _place_and_stop(head, city, pos):
            return Dateline(place, None)  # "София. На 26 април ...": the place alone, a full stop
        return Dateline()
    if agency is None and (date_m is not None or city.isupper()):
        words = _AGENCY_WORDS.match(head, pos)
        if words is not None and _agency_like(grab(words, "agency")):
            agency = grab(words, "agency")
    if _is_agency(grab(place_m, "city")) and date_m is not None and agency is None:
        return Dateline(None, grab(place_m, "city"))
    printed = grab(date_m).lstrip(", .") if date_m is not None and _YEAR.search(date_m.group()) else None
    return Dateline(place, agency, printed)


DATE_FIRST_REACH = 20
"""The agency's parenthesis after a date with no place stands within the first characters."""
_DATE_FIRST = lazy_compile(r"(?:\d{1,2}\.? (?P<m1>[^\W\d_]{3,12})\.?|(?P<m2>[^\W\d_]{3,12})\.? \d{1,2}\b)")


MAX_BRACKETED = 24
"""A bracketed dateline is a place and a name or an agency: a few characters."""


def _bracketed(head: str) -> Dateline:
    """The Japanese papers' dateline in lenticular brackets: "【ワシントン＝山田太郎】" (the place and
    the paper's correspondent: Yomiuri, Nikkei), "【北京共同】" / "【ワシントン時事】" (the place and
    the wire: Kyodo, Jiji as the regional papers carry them), "【東京】" (the place)."""
    end = head.find("】", 1, MAX_BRACKETED)
    if end < 0:
        return Dateline()
    inner = head[1:end].strip()
    place, equals, who = inner.partition("＝")
    if equals:
        who = who.strip()
        return Dateline(place.strip() or None, who if _is_agency(who) else None)
    for agency in BRACKET_WIRES:
        if inner.endswith(agency) and len(inner) > len(agency):
            return Dateline(inner[: -len(agency)], agency)
    return Dateline(inner or None, None)


def _date_first(head: str) -> Dateline | None:
    """ "Feb 9 (Reuters) - ", "Jan. 3 (UPI) -- ": a wire story filed with no place opens with
    its date and the agency (Reuters' and UPI's web copy print it so)."""
    m = _DATE_FIRST.match(head)
    if m is None:
        return None
    month = fold_homoglyphs(m.group("m1") or m.group("m2")).casefold()
    if month not in MONTHS and month.rstrip(".") not in MONTHS:
        return None
    paren = _PAREN.match(head, m.end())
    if paren is None or not _known_agency(paren.group("agency")) or _DASH.match(head, paren.end()) is None:
        return None
    return Dateline(None, paren.group("agency").strip())


COLON_PLACE_REACH = 34
"""A place set off by a colon is a word or two: its colon stands within the first characters."""
MAX_COLON_PLACE_SPACES = 1
"""A place of a word or two ("Kolkata", "New Delhi"); two places are joined by a slash."""
MAX_COLON_LABEL_WORDS = 3
"""A speaker's name before a colon is a word to three, as a place is ("SMITH:", "New Delhi/Mumbai:")."""
MIN_LEAD_WORDS = 8
"""The lead after a place and a colon is a sentence; a topic over a headline ("Brexit: What
comes next", a link to another story) is shorter."""
MIN_COLON_PLACE = 3
"""A place is longer than the letters that label an interview's lines ("Q:", "A:")."""
_INNER_MARKS = str.maketrans("", "", "'’-")


def _colon_label(text: str) -> str | None:
    """The words before a colon opening a paragraph ("Kolkata: ", "SMITH: "), if any: a word to
    three of letters (an apostrophe or hyphen inside), joined by spaces or a slash.

    String tests, not a pattern: the lead of every article is asked, and a pattern of words in
    every script costs more to compile than all the asking.
    """
    end = text.find(": ", 0, COLON_PLACE_REACH)
    if end <= 0:
        return None
    label = text[:end]
    words = label.replace("/", " ").split(" ")
    if len(words) > MAX_COLON_LABEL_WORDS:
        return None
    for word in words:
        if not (word[:1].isalpha() and word.translate(_INNER_MARKS).isalpha()):
            return None
    return label


def colon_dateline(lead: str, following: str, *, language: str | None = None) -> str | None:
    """The place set off by a colon that opens the lead, as South Asian English papers print it.

    The Times of India ("New Delhi: The government on Monday ..."), Dawn ("ISLAMABAD: As many
    as ...", "QUETTA: An anti-terrorism court ..."), IBNLive ("Kolkata: Trinamool Congress
    chief ..."): a place of a word or two, capitalised, a colon and the lead's first sentence;
    two places joined by a slash when the story was filed from both ("BANGALORE/KARWAR: ").
    Not a label the vocabulary knows ("Update:", "Note:", "Q:"), not an agency, and not a
    speaker: an interview labels the next paragraph so too ("SMITH: ... / JONES: ...").
    Only in a language whose papers print it so (``COLON_DATELINE_LANGUAGES``), or when the
    language is not known.
    """
    if language is not None and language not in COLON_DATELINE_LANGUAGES:
        return None
    place = _colon_label(lead)
    if place is None or len(place) < MIN_COLON_PLACE or not lead[len(place) + 2 :][:1].isupper():
        return None
    if not _capitalised(place) or place.count(" ") > MAX_COLON_PLACE_SPACES:
        return None
    if lead.count(" ", len(place) + 2) + 1 < MIN_LEAD_WORDS:
        return None
    if place.casefold() in lead_labels() or _known_agency(place) or _colon_label(following) is not None:
        return None
    return place


@lru_cache(maxsize=64)
def opens_with_dateline(text: str) -> bool:
    """Whether a paragraph opens with a dateline ("(AP) HONOLULU - ", "Berlin (dpa) - ")."""
    found = parse_dateline(text)
    return found.place is not None or found.agency is not None


def cut_stamp(text: str) -> Cut | None:
    """The scraped remnant of a dateline stamp opening the body: ". 3. listopadu 2018, 15:53 Autor: ČTK."

    Scrapers that drop the place leave its punctuation and the rest of the stamp at the
    start of the body (". 3. listopadu 2018, 15:53 Autor: ČTK. Právní ...", ", 11:10 REGNUM
    Верховный ..."); the cut names the stamp's agency, if it is one. A page's numeric date
    stamp run onto the lead is cut too (". 11.02.2018 09.42 Икономиката ...", dnesplus.bg;
    "09.01.2018 Свят Следващият ...", tvevropa.com): no sentence opens with a bare date.
    """
    m = _DATE_STAMP.match(text, 0, HEAD) if text[:1].isdigit() or text[2:3].isdigit() else None
    if m is not None:
        return Cut(kept=text[m.end() :], text=text[: m.end()].strip(" .,"))
    if not text.startswith((". ", ", ")):
        return None
    m = _STAMP.match(text, 0, HEAD)
    if m is None:
        return Cut(kept=text[2:], text=text[:1])
    agency = m.group("agency")
    if not (_is_agency(agency) or agency.isupper()):
        return Cut(kept=text[2:], text=text[:1])
    return Cut(kept=text[m.end() :], text=text[: m.end()].strip(), agency=agency)


_DATE_STAMP = lazy_compile(r"(?:[.,] )?\d{1,2}\.\d{1,2}\.\d{4},? (?:\d{1,2}[:.]\d{2} )?(?=[^\W\d_])")
"""A numeric date, perhaps with the time, opening the body's text: a page's stamp."""

_GLUED_NAME = r"(?P<name>(?:[A-Z][a-z][\w'’.-]{0,25} ){1,4})"
_GLUED_BYLINE = lazy_compile(rf"(?P<byline>(?:{LEAD_BYLINE_PREFIX}) {_GLUED_NAME})(?=[A-Z]{{2,}}[ ,])")
_GLUED_AFFILIATION = lazy_compile(
    rf"(?P<byline>(?:{LEAD_BYLINE_PREFIX}) {_GLUED_NAME}(?:{AFFILIATION}) (?:(?:{ARTICLE}) )?"
    rf"(?:[A-Z][\w.&-]{{0,25}} ){{1,3}}(?:{OUTLET_NOUN}))\.? (?=[A-Z])"
)
_LEAD_BYLINE_OPENINGS = tuple(f"{prefix} " for prefix in sorted(LEAD_BYLINE_PREFIXES))
"""How both forms open: a cheap test before the patterns."""


_REPORTER = lazy_compile(
    r"(?P<dateline>\([^()=]{1,20}=[^()]{1,20}\)) (?P<names>[^\W\d_]{2,4}(?: [^\W\d_]{2,4}){0,3})"
    rf" (?:{alternation(ROLE_WORDS_AS_PRINTED)}) ?= "
)


def cut_reporter(text: str) -> Cut | None:
    """The reporters set between a Korean wire dateline and the lead: "(서울=연합뉴스) 홍길동 기자 = ...".

    Yonhap ("(서울=연합뉴스) 홍길동 기자 = "), News1 ("(서울=뉴스1) 홍길동 기자 = ") and Newsis print
    the place and the agency joined by "=" in parentheses, the reporters' names with their role
    ("기자", reporter; "특파원", correspondent) and an "=" before the text. The dateline is kept
    (it names the place and the agency); the names are the authors.
    """
    if text[:1] != "(" or "= " not in text[:HEAD]:
        return None
    m = _REPORTER.match(text, 0, HEAD)
    if m is None or parse_dateline(text).agency is None:
        return None
    return Cut(kept=f"{m.group('dateline')} {text[m.end() :]}", text=m.group("names"))


def cut_glued_byline(text: str) -> Cut | None:
    """A byline run straight into the lead: "By Alison McCook NEW YORK (Reuters Health) - ...".

    Flattened text loses the line break after the byline: "By Alison McCook NEW YORK
    (Reuters Health) - ..." (the rest opens with a dateline) or "By Eugenie Samuel Reich of
    Nature magazine Neutrinos have ..." (an affiliation closed by an outlet noun).
    """
    if not text.startswith(_LEAD_BYLINE_OPENINGS):
        return None
    m = _GLUED_BYLINE.match(text, 0, HEAD)
    if m is not None and parse_dateline(text[m.end() :]).place is not None:
        return Cut(kept=text[m.end() :], text=m.group("byline").strip())
    m = _GLUED_AFFILIATION.match(text, 0, HEAD)
    if m is not None:
        return Cut(kept=text[m.end() :], text=m.group("byline").strip())
    return None
