"""Bylines above the body, and a signature closing the article."""

from __future__ import annotations

from artparse.byline import WIRE, is_name, is_role, opens_name, parse_byline, place_words, split_and
from artparse.dates import DateMatch, find_date
from artparse.lazyre import lazy_compile
from artparse.model import Kind
from artparse.patterns import (
    AFFILIATION_WORDS,
    AGENCY_CASEFOLD,
    ARTICLES,
    AUTHOR_ARCHIVE_BUTTONS,
    BYLINE_FIRST_WORDS,
    BYLINE_PREFIX,
    BYLINE_PREFIX_CASED,
    CREDIT_SOURCE_SET,
    FURNITURE_HEAD,
    PLACE_PREPOSITION,
    ROLE_WORDS,
    TOOL_BAR_LABELS,
    TOOL_BUTTONS,
    UNSPACED_BYLINE_OPENINGS,
    VALEDICTIONS,
    opening_furniture_phrase,
)
from artparse.state import State
from artparse.vocab import AGENCY_ALIASES, CLOSERS

MAX_BYLINE = 120
"""A byline is short: a few names, a role, an outlet, perhaps a date."""
_LEAD_SEPARATOR = lazy_compile(r"\s[♦■●▪|]\s")
MIN_PARAGRAPHS_BEFORE_SIGNATURE = 1
"""A signature closes a text of one paragraph or more (Голас Радзімы signs one-paragraph notes too)."""
MAX_AGENCY_LINE = 30
MAX_SIGNATURE = 60


def _names_outlet(text: str) -> bool:
    """A byline naming an outlet rather than a person: "By NBC News and wire services"."""
    return any(outlet in text.casefold() for outlet in _OUTLETS_IN_BYLINES)


_OUTLETS_IN_BYLINES = tuple(f" {name} " for name in AGENCY_CASEFOLD if " " in name)
"""Outlets of two or more words ("nbc news"), looked for as words inside a byline."""


def _byline_in_body(text: str) -> bool:
    """A "By NAME" line in the body: a byline a copied page printed under its lead (no
    sentence opens with "By" and a person's name alone)."""
    if len(text) > MAX_BYLINE or text.rstrip(CLOSERS)[-1:] in ".!?:;," or not BYLINE_PREFIX_CASED.match(text):
        return False
    return bool(parse_byline(text).names)


def _signature_name(text: str) -> bool:
    """A signature line is a person's name alone: two or three capitalised words, perhaps with
    the agency it wrote for in parentheses ("Marzena Szulc (PAP)"). A tool's link under the
    story is no name, capitalised as it may be: Voice of America's "E-mail This Article" over
    "Print Version", as the Belfast Telegraph's "Print Version" in its tools."""
    if text.casefold() in TOOL_BUTTONS:
        return False
    name = _without_agency(text).rstrip(",")
    return _signed_name(name) and all(w[0].isupper() for w in name.split())


def _without_agency(text: str) -> str:
    """A signature without its trailing "(AGENCY)" (a known agency only)."""
    if text.endswith(")") and " (" in text:
        name, _, tag = text[:-1].rpartition(" (")
        if tag.casefold() in AGENCY_CASEFOLD:
            return name
    return text


def byline(state: State, silent: bool) -> bool:
    """Claim a byline: "By X", "Von X", "Автор: X" above the body, with a role line after it.

    Also claims two conventions seen in real articles: a byline run into the lead with a
    separator glyph ("Par X, essayiste ♦ La nomination ..."; the lead stays body), and a
    signature closing the article (a last line that is only a person's name, as Eastern
    European newspapers sign articles; two co-authors sign on two lines); and, under the
    headline, a line that is only the wire agency ("Associated Press"), the byline of
    unsigned wire stories; in a converted page, a line that is only links to writers' pages
    (``markup.author_links``); and names with the date run on after them and no "By", under
    the headline or the first paragraph or two (``_names_then_date``).
    """
    text = state.head_text()
    linked = state.marks.authors.get(state.pos) if state.marks.authors else None
    if linked:
        if not silent:
            state.claim(Kind.BYLINE, "byline", state.pos, text, names=list(linked))
        return True
    if not state.body_started:
        if text[:1] == "（" and text[-1:] == "）":  # a Chinese byline in parentheses: "（记者 王明）"
            text = text[1:-1]
        first = text[: text.find(" ")].casefold().rstrip(":") if " " in text else ""
        opens = first in BYLINE_FIRST_WORDS or text.startswith(UNSPACED_BYLINE_OPENINGS)
        m = BYLINE_PREFIX.match(text) if opens else None
        if m is None and state.title is not None:
            listed = text != state.lines[state.pos].text  # a list item: a breadcrumb, not a name
            if len(text) <= MAX_SIGNATURE and (
                _agency_line(state, silent, text)
                or (
                    not listed
                    and (_name_by_date(state, silent, text) or _name_then_role(state, silent, text))
                )
            ):
                return True
            if (
                not listed
                and len(text) <= MAX_BYLINE
                and _BAR in text
                and _name_bar_place(state, silent, text)
            ):
                return True
            if len(text) > MAX_BYLINE or not first[:1].isalnum():
                return False
            found = find_date(text, language=state.language, order=state.options.date_order, fallback=False)
            return found is not None and (
                _date_then_byline(state, silent, text, found)
                or (_under_last_block(state) and _names_then_date(state, silent, text, found))
            )
        if m is None or m.end() >= len(text) or not opens_name(text[m.end()]):
            return False
        tail = None
        if len(text) > MAX_BYLINE:
            sep = _LEAD_SEPARATOR.search(text, 0, MAX_BYLINE)
            if sep is None:
                return False
            text, tail = text[: sep.start()], text[sep.end() :]
        parsed = parse_byline(text, language=state.language)
        named = parsed.names or parsed.agency is not None or is_role(text[m.end() :]) or _names_outlet(text)
        if not named and not text[m.end() :].isupper():  # "By ABC NEWS": an outlet, still a byline
            return False
        if silent:
            return True
        end = _role_line_end(state)
        agency = parsed.agency
        if agency is None and end != state.pos:
            agency = _role_agency(state.lines[end].text)
        state.claim(
            Kind.BYLINE,
            "byline",
            end,
            text,
            names=parsed.names,
            agency=agency,
            date=parsed.date,
            tail=tail,
        )
        return True
    if (
        text[-1:].isalnum()
        and len(text) <= MAX_BYLINE
        and _DIGIT.search(text, max(0, len(text) - MAX_DATE_TAIL)) is not None
        and not state.date_found
        and state.counts.get(Kind.PARAGRAPH, 0) <= MAX_PARAGRAPHS_OVER_BYLINE
        and opens_name(text[:1])
    ):  # "Jane Roe, THE DAILY 3:53 p.m. EST May 2, 2014" under a video's description
        found = find_date(text, language=state.language, order=state.options.date_order, fallback=False)
        if found is not None and found.start > 0 and _names_then_date(state, silent, text, found):
            return True
    if _byline_in_body(text):  # "By Electronista Staff" under the first paragraphs of a copied page
        if not silent:
            parsed = parse_byline(text, language=state.language)
            state.claim(Kind.BYLINE, "byline", state.pos, text, names=parsed.names, agency=parsed.agency)
        return True
    if len(text) > MAX_SIGNATURE:
        return False
    if _under_valediction(state, text):
        if not silent:
            names = parse_byline(text, language=state.language).names
            state.claim(Kind.BYLINE, "byline", state.last_content, text, names=names)
        return True
    if not _signature_name(text):
        return False
    rest = state.next_content(state.pos + 1)
    if rest is not None and (rest != state.last_content or not _signature_name(state.lines[rest].text)):
        return False
    paragraphs = state.counts.get(Kind.PARAGRAPH, 0)
    if paragraphs < MIN_PARAGRAPHS_BEFORE_SIGNATURE:
        return False
    if not silent:
        end = state.last_content
        signed = [
            parse_byline(ln.text, language=state.language)
            for ln in state.lines[state.pos : end + 1]
            if ln.text
        ]
        names = tuple(n for found in signed for n in found.names)
        agency = next((found.agency for found in signed if found.agency), None)
        state.claim(Kind.BYLINE, "byline", end, text, names=names, agency=agency)
    return True


MAX_SIGNATURE_BLOCK = 2
"""A letter's signature block: the name, and perhaps a title or an organisation under it."""
_SENTENCE_ENDS = ".!?:;"


def _under_valediction(state: State, text: str) -> bool:
    """A letter's signature: the last line or two, under a line that is only the letter's
    complimentary close ("Sincerely,", "Mit freundlichen Grüßen", "С уважением,"), whatever
    form the name takes ("Yukihiro Matsumoto, a.k.a. Matz"; "Jane Doe" over "Chair, Friends
    of the Park").

    The business letter's format sets the signature block directly under the complimentary
    close (letter-writing guides, e.g. Purdue OWL's "Writing the Basic Business Letter"), and
    letters published as posts and articles keep it: open letters, ruby-lang.org's news posts
    ("Best regards,", "Sincerely," over the writer's name). The close itself stays a paragraph.
    """
    prev = state.prev_block()
    if (
        prev is None
        or prev.kind != Kind.PARAGRAPH
        or len(prev.lines) != 1
        or prev.text.rstrip(" ,").casefold() not in VALEDICTIONS
        or not opens_name(text[:1])
        or state.last_content - state.pos > 2 * MAX_SIGNATURE_BLOCK  # the end is near (blank lines between)
    ):
        return False
    signed = [ln.text for ln in state.lines[state.pos : state.last_content + 1] if ln.text]
    return len(signed) <= MAX_SIGNATURE_BLOCK and all(
        len(line) <= MAX_SIGNATURE and line[-1] not in _SENTENCE_ENDS for line in signed
    )


def _agency_line(state: State, silent: bool, text: str) -> bool:
    folded = text.casefold().strip(" .")
    agency = AGENCY_ALIASES.get(folded) or (AGENCY_CASEFOLD[folded] if folded in WIRE else None)
    if agency is None:
        return False
    if not silent:
        state.claim(Kind.BYLINE, "byline", state.pos, text, agency=agency)
    return True


_IN_PLACE = lazy_compile(
    rf"^(?P<names>.{{3,60}}?) (?:{PLACE_PREPOSITION}) (?P<place>[A-Z\u0400-\u042f][\w .'-]{{1,30}})$"
)


def _name_by_date(state: State, silent: bool, text: str) -> bool:
    """A byline with no "By" stands next to the date stamp: "John Hooper in Rome" over
    "guardian.co.uk, Tuesday 24 July 2012 06.00 BST" (names, "and" or commas between them, as
    a "By" line joins them: the Intercept's "Ibtisam Mahdi, Ruwaida Kamal Amer"); or, a
    person's name alone, right under the headline (BBC Future, Wired: "Sharon Weinberger")."""
    if text.casefold() in CREDIT_SOURCE_SET:  # "Getty Images" under a caption credits the photo
        return False
    if text.casefold() in TOOL_BUTTONS:  # a carousel's "Previous Next" is two buttons, not a name
        return False
    if all(word in TOOL_BAR_LABELS for word in text.casefold().split()):
        return False  # share links side by side: France Culture's "Facebook Twitter Mail" under its date
    if opening_furniture_phrase(text[:FURNITURE_HEAD].casefold()):  # "FOR IMMEDIATE RELEASE"
        return False
    text = _without_archive_button(text)
    m = _IN_PLACE.match(text)
    names_text = m.group("names") if m else _without_affiliation(text)
    people = _people(names_text)  # "A, B and C"
    if not people or not all(_signature_name(p) for p in people):
        return False
    prev = state.prev_block()
    under_headline = prev is not None and prev.kind in _HEADLINE_KINDS and m is None and len(people) == 1
    if not (prev is not None and prev.kind == Kind.DATE) and not under_headline and not _date_follows(state):
        return False
    if not silent:
        names = tuple(n for p in people for n in parse_byline(p, language=state.language).names)
        state.claim(Kind.BYLINE, "byline", _role_line_end(state), text, names=names)
    return True


_PLACE_JOIN = "="


def _caseless_name(words: list[str]) -> bool:
    """Whether words are a name in a script without capitals (Hangul "홍길동"), which a name's
    capitals cannot tell from other words: only the role word after it can."""
    return all(w[0].isalpha() and not w[0].isupper() and not w[0].islower() for w in words) and is_name(words)


def _name_then_role(state: State, silent: bool, text: str) -> bool:
    """A byline with no "By" in a script without capitals, which sets the writer's role after the
    name with no comma: the Korean papers' "홍길동 기자" ("reporter") under the headline or next
    to the date (Chosun Ilbo's; Yonhap's and News1's "(서울=연합뉴스) 홍길동 기자 =" lead and
    "홍길동 기자" close, ``vocab/ko.py``), several reporters parted by commas ("A 기자, B 기자").
    A place joined to the line by "=" is where the story was filed, as the wires join the place to
    their name ("(서울=연합뉴스)"): Chosun's "진천=조백건 기자" is the dateline 진천."""
    if text[-1:].isascii() or " " not in text:  # cheap: a role word of such a script closes the line
        return False
    place, joined, names_text = text.partition(_PLACE_JOIN)
    if not joined:
        place, names_text = "", text
    elif not place or " " in place or not _caseless_name([place]):
        return False
    people = []
    for part in names_text.split(", "):
        words = part.split()
        if len(words) < 2 or words[-1].casefold() not in ROLE_WORDS or not _caseless_name(words[:-1]):
            return False
        people.append(" ".join(words[:-1]))
    prev = state.prev_block()
    if not (prev is not None and prev.kind in (*_HEADLINE_KINDS, Kind.DATE)) and not _date_follows(state):
        return False
    if not silent:
        state.claim(Kind.BYLINE, "byline", state.pos, text, names=tuple(people), place=place or None)
    return True


def _people(names_text: str) -> list[str]:
    """The names of a byline with no "By": commas and "and" between them ("A, B and C"), and
    no outlet after them. A paper's name opens with its article, which no person's name does:
    canada.com signs "Jason Botchford, The Province", syndicated copy "Jane Doe, The Washington
    Post" (as ``parse_byline`` reads a "By" line)."""
    people = [p for part in names_text.split(", ") for p in split_and(part)]
    return people[:1] + [p for p in people[1:] if p.partition(" ")[0].casefold() not in ARTICLES]


_BAR = " | "


def _name_bar_place(state: State, silent: bool, text: str) -> bool:
    """A byline with no "By" that sets the writer's name, the place the story was filed from
    and perhaps the date apart with bars, next to the date: Ultima Hora's "Patricio Candia |
    Palma de Mallorca | 08/01/2014", El Mundo's "Ángeles Escrivá | Madrid" over its
    "Actualizado" stamp (the Spanish papers' signature: name, city, date). The place is the
    story's dateline; an agency or a picture source after the bar is no place."""
    parts = [part.strip() for part in text.split(_BAR)]
    if not 2 <= len(parts) <= 3 or not _place_name(parts[1]):
        return False
    people = _people(parts[0])
    if not people or not all(_signature_name(p) for p in people):
        return False
    date = None
    if len(parts) == 3:
        found = find_date(parts[2], language=state.language, order=state.options.date_order, fallback=False)
        if found is None or found.start > 0 or found.end < len(parts[2]):
            return False
        date = found.value
    elif not _date_follows(state):
        return False
    if not silent:
        if date is not None:
            state.date_found = True
        names = tuple(n for p in people for n in parse_byline(p, language=state.language).names)
        state.claim(Kind.BYLINE, "byline", state.pos, text, names=names, date=date, place=parts[1])
    return True


def _place_name(text: str) -> bool:
    """A city's or region's name: one to three capitalised words, short particles between them
    ("Palma de Mallorca"), no agency or picture source."""
    words = text.split()
    if not place_words(words):
        return False
    if not all(w.replace("-", "").replace("'", "").isalpha() for w in words):
        return False
    folded = text.casefold()
    return folded not in AGENCY_CASEFOLD and folded not in CREDIT_SOURCE_SET


MAX_ROLE_LINE = 60
"""A writer's role line is a job title, perhaps with its desk or school."""


def _role_line_end(state: State) -> int:
    """The byline's last line: the role line under the name if there is one ("Staff Writer";
    The Atlantic's "Assistant professor of political science at UC Santa Barbara" under a name
    with no "By", as The Conversation's author lines set a writer's post under the name), else
    the name's own line."""
    nxt = state.next_content(state.pos + 1, limit=2)
    if nxt is not None and len(state.lines[nxt].text) <= MAX_ROLE_LINE and is_role(state.lines[nxt].text):
        return nxt
    return state.pos


def _role_agency(role: str) -> str | None:
    """The wire a role line under the name works for: the AP's own byline sets "Associated Press
    Writer" under "By JANE DOE" (its wire copy; the AP stories of McClatchy's pages), or a beat
    before it ("AP Economics Writer"); the agency is the byline's, as "By Jane Doe, Associated
    Press" is."""
    folded = role.casefold()
    for alias, name in AGENCY_ALIASES.items():
        if folded.startswith(alias) and folded[len(alias) : len(alias) + 1] == " ":
            return name
    first = folded.partition(" ")[0]
    return AGENCY_CASEFOLD[first] if first in WIRE and " " in folded else None


MAX_DATE_LABEL = 20
"""How far into the line the date of a "Posted on DATE by NAME" line may start."""


def _date_then_byline(state: State, silent: bool, text: str, found: DateMatch) -> bool:
    """A blog's date-and-author line under the headline: "May 22, 2024 by Ricky Hanlon."

    Blog engines print the post's date, then "by" and the author (WordPress's "Posted on
    DATE by NAME", Jekyll and Docusaurus themes' "DATE by NAME"), the date perhaps with its
    time (WordPress's default formats: "October 29, 2012 at 10:45 am by Todd Bishop", as
    GeekWire prints it); the names follow a byline prefix, so the prefix words are every
    language's.
    """
    if found.start > MAX_DATE_LABEL:
        return False
    shown = text.find(found.value.text, found.start)  # the date with its time, as printed
    end = max(found.end, shown + len(found.value.text)) if shown >= 0 else found.end
    rest = text[end:].lstrip(" ,·|-–—")
    if not BYLINE_PREFIX.match(rest):
        return False
    parsed = parse_byline(rest.rstrip("."), language=state.language)
    if not parsed.names:
        return False
    if not silent:
        state.date_found = True
        state.claim(Kind.BYLINE, "byline", state.pos, text, names=parsed.names, date=found.value)
    return True


MAX_DATE_TAIL = 30
"""How far from the end of a "NAMES DATE" line the date's digits lie (a time zone may follow)."""
_DIGIT = lazy_compile(r"\d")
MAX_PARAGRAPHS_OVER_BYLINE = 2
"""A page may print the dek or the lead video's description as a paragraph or two over the byline."""
_NAMES_SEPARATOR = " / "


def _names_then_date(state: State, silent: bool, text: str, found: DateMatch) -> bool:
    """A byline with no "By" that runs the date (perhaps with its time) on after the names, to
    the end of the line: USA Today's "Jane Roe, USA TODAY 3:53 p.m. EST May 2, 2014" (the
    paper's own name after a comma, in capitals, is no person), El País's "Ana Ruiz / Luis
    de Mora Madrid 27 OCT 2012 - 12:14 CET" (co-authors set apart with a slash, then the
    place the story was filed from and the date: the Spanish papers' signature of name, city
    and date, as ``_name_bar_place`` reads it with bars). The place is split off only where
    the last name would otherwise be longer than a signed name is (``_signed_name``)."""
    if not text.endswith(found.value.text):  # the date as printed, with its time before or after it
        return False
    shown = len(text) - len(found.value.text)
    if shown <= 0:
        return False
    head = text[:shown].rstrip()
    if not head[-1:].isalpha():  # "Jane Roe | May 2, 2014": set apart with a bar, a stamp of its own
        return False
    name_part, comma, outlet = head.rpartition(", ")
    if comma and outlet.isupper() and not name_part.isupper():  # "Jane Roe, USA TODAY"
        head = name_part
    people = [p for part in head.split(_NAMES_SEPARATOR) for p in _people(part)]
    place = None
    if people and not _signed_name(people[-1]):
        last, _, place = people[-1].rpartition(" ")
        if not _place_name(place):
            return False
        people[-1] = last
    if not people or not all(_signed_name(p) for p in people):
        return False
    if not silent:
        state.date_found = True
        names = tuple(n for p in people for n in parse_byline(p, language=state.language).names)
        state.claim(Kind.BYLINE, "byline", state.pos, text, names=names, date=found.value, place=place)
    return True


def _under_last_block(state: State) -> bool:
    """Whether the line stands right under the head's last block, no unread line between: a
    names-and-date line asked about from a line above it (a dek's lookahead) is not yet known
    to be the head's; once that line is read as the body's, the byline is read under it."""
    prev = state.prev_block()
    if prev is None:
        return False
    index = state.pos - 1
    while index >= 0 and not state.lines[index].text:
        index -= 1
    return index >= 0 and state.lines[index].number == prev.lines[-1]


def _signed_name(text: str) -> bool:
    """A signed name: two or three words, capitalised at both ends, a particle perhaps between
    ("Luis de Mora")."""
    words = text.split()
    return 2 <= len(words) <= 3 and is_name(words) and words[0][:1].isupper() and words[-1][:1].isupper()


def _without_archive_button(text: str) -> str:
    """ "Jane Roe View More Articles" -> "Jane Roe": the author box's link to the writer's
    other stories, run into the name by the converter (inscriptis prints the box's two links
    on one line). The convention of author boxes: AutoIndustriya's "View More Articles" beside
    the name, the New York Post's "View author archive" under it, WordPress's Twenty Eleven
    "View all posts by" (``AUTHOR_ARCHIVE_BUTTONS``). Only a name may stand before it."""
    folded = text.casefold()
    for button in AUTHOR_ARCHIVE_BUTTONS:  # a handful, longest first
        if folded.endswith(button) and len(folded) > len(button) and folded[-len(button) - 1] == " ":
            return text[: -len(button) - 1].rstrip(" |·-")
    return text


def _without_affiliation(text: str) -> str:
    """ "Sofia Pilagallo, do R7*" -> "Sofia Pilagallo": the outlet a byline adds after a comma."""
    name, comma, rest = text.partition(", ")
    if comma and rest.split(" ", 1)[0].casefold() in AFFILIATION_WORDS:
        return name
    return text


_HEADLINE_KINDS = (Kind.TITLE, Kind.SUBTITLE)


def _date_follows(state: State) -> bool:
    nxt = state.next_content(state.pos + 1, limit=2)
    if nxt is None:
        return False
    return state.would_claim(nxt, asker="byline") is not None
