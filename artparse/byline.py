"""Bylines: who wrote it, from "By JOSH BOAK, AP Economics Writer" to "Автор: Иван Петров"."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from artparse.dates import find_date
from artparse.lazyre import lazy_compile
from artparse.model import DateValue
from artparse.patterns import (
    AFFILIATION,
    AGENCY_CASEFOLD,
    AND_WORDS,
    ARTICLE,
    ARTICLES,
    BYLINE_PREFIX,
    CONTACT_LINK_LAST_WORDS,
    DATE_LABEL,
    DESK_NOUNS,
    EMAIL,
    HANDLE,
    LABEL_LAST_WORDS,
    NAME_PARTICLES,
    OUTLET_NOUNS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
    TRAILING_CONTACT_LINK,
    WORD_MARKS,
)
from artparse.vocab import AGENCY_ALIASES, WIRE_AGENCIES

_TRAILING_LABEL = lazy_compile(
    rf"[\s|,]*(?:{DATE_LABEL})\s*:?\s*$",
    re.IGNORECASE,
)
"""A date label left at the end once the date is cut off: "By SARAH LYALL Published:"."""
_LEADING_LABEL = lazy_compile(rf"(?:{DATE_LABEL})\b", re.IGNORECASE)
"""A date label opening a part: "By Fritz Allhoff|Posted Tuesday, Nov. 13, 2012" (the weekday stays)."""
_URL = lazy_compile(r"(?:https?://|www\.)\S{1,300}", re.IGNORECASE)
_AFFILIATION = lazy_compile(rf"\s(?:{AFFILIATION})\s(?=(?:(?:{ARTICLE})\s)?[A-Z])")
_SPLIT = lazy_compile(r"\s*(?:[,;|/·•、，]|\s&\s|\s\+\s|\s[-–—]\s)\s*")
"""Where a byline's parts part: commas, bars, slashes, "&", and a spaced dash before a role
("By Arpon Basu - Managing Editor LNH.com" on NHL.com; "Jane Doe - Staff Writer" among the
bylines a news-submission site's journalist index splits, api/lib-journalists.php's tests); and
Chinese text's commas, the enumeration comma "、" among them ("记者 王明、李华")."""
_CHINESE_NAME = lazy_compile(r"(?:[\u3400-\u4dbf\u4e00-\u9fff]|[\uac00-\ud7a3]){2,4}$")
"""A Chinese or Korean name: a surname and a given name, two to four characters or Hangul
syllables and no space, so names a byline sets side by side are parted by spaces ("记者 王明
李华": Xinhua, People's Daily; "홍길동 김철수 기자": Yonhap, News1)."""
_NAME_WORD = lazy_compile(rf"^[^\W\d_][\w'’.{WORD_MARKS}-]{{0,30}}$")
MAX_NAME_WORDS = 5
"""Longer runs of capitalised words are a title or an organisation, not a person."""
WIRE = frozenset(a.casefold() for a in WIRE_AGENCIES)


class Byline(NamedTuple):
    """What a byline says."""

    names: tuple[str, ...]
    agency: str | None
    date: DateValue | None


def natural_case(name: str) -> str:
    """ "JOSH BOAK" -> "Josh Boak"; names printed in mixed case stay as printed."""
    if not name.isupper():
        return name
    return name.title()


def opens_name(char: str) -> bool:
    """Whether a character can open a name: a capital, or a letter of a script without capitals
    (Arabic "أحمد", Chinese "王明"); not a lower-case letter, a digit or a sign."""
    return char.isupper() or (char.isalpha() and not char.islower())


MAX_PLACE_WORDS = 3
MAX_PLACE_PARTICLE = 3


def place_words(words: list[str]) -> bool:
    """Whether words are shaped as a place's name: one to three, the first and last capitalised,
    any between them capitalised or a short particle ("Palma de Mallorca", "Frankfurt am Main")."""
    if not 0 < len(words) <= MAX_PLACE_WORDS or not (opens_name(words[0][0]) and opens_name(words[-1][0])):
        return False
    return all(opens_name(w[0]) or len(w) <= MAX_PLACE_PARTICLE for w in words)


def is_name(words: list[str]) -> bool:
    """Whether words look like a person's name: 1-5 capitalised words (particles allowed)."""
    if not words or len(words) > MAX_NAME_WORDS:
        return False
    capitalised = 0
    for w in words:
        if not _NAME_WORD.match(w):
            return False
        if opens_name(w[0]):
            capitalised += 1
        elif w.casefold() not in NAME_PARTICLES:
            return False
    return capitalised >= 1


def is_role(text: str) -> bool:
    """Whether a byline part is a job title or desk ("AP Economics Writer", "Staff Writer")."""
    words = text.casefold().replace("-", " ").split()
    if any(w in ROLE_WORDS for w in words):
        return True
    return bool(words) and all(w in ROLE_MODIFIERS or w in AGENCY_CASEFOLD for w in words) and len(words) > 1


def _strip_outlet(words: list[str]) -> list[str]:
    """Drop a trailing outlet name with no comma before it: "Mike Whalley BBC Sport"."""
    for k in (3, 2, 1):
        if len(words) > k and " ".join(words[-k:]).casefold() in AGENCY_CASEFOLD:
            return words[:-k]
    return words


@lru_cache(maxsize=64)
def parse_byline(text: str, *, language: str | None = None) -> Byline:
    """Split a byline into person names, a wire agency and a printed date.

    Memoised: a rule looking ahead and the rule that claims the line ask the same question.
    """
    body = BYLINE_PREFIX.sub("", text, count=1) if BYLINE_PREFIX.match(text) else text
    date = None
    found = find_date(body, language=language, fallback=False)
    if found is not None:
        date = found.value
        body = body[: found.start]
    if "@" in body:
        body = HANDLE.sub("", EMAIL.sub("", body))
    if "://" in body or "." in body:  # every URL the pattern takes has one or the other
        body = _URL.sub("", body)
    words = body.split()
    if words and words[-1].casefold() in CONTACT_LINK_LAST_WORDS:
        # the writer's contact link after the name, a copy gluing it on: "By Jane DoeEmail Author"
        body = TRAILING_CONTACT_LINK.sub("", body)
        words = body.split()
    if words and words[-1].casefold().strip("|,:") in LABEL_LAST_WORDS:
        body = _TRAILING_LABEL.sub("", body)
    names: list[str] = []
    desks: list[str] = []
    agency = None
    if body.endswith(")") and " (" in body:  # "Marzena Szulc (PAP)": the agency it wrote for
        rest, _, tag = body[:-1].rpartition(" (")
        if tag.casefold() in AGENCY_CASEFOLD:
            body, agency = rest, AGENCY_ALIASES.get(tag.casefold(), tag)
    for n, part in enumerate(_SPLIT.split(body)):
        part = _without_outlet_possessive(_AFFILIATION.split(part, maxsplit=1)[0].strip(" .:-–—()·•：（）"))
        if part.casefold() not in AGENCY_CASEFOLD:
            part = _drop_trailing_lowercase(part)
        if not part or (
            n > 0 and " " not in part and part.casefold() not in AGENCY_CASEFOLD and not _chinese_name(part)
        ):
            continue  # after a comma a single word is a place or a desk ("Von Anna Müller, Berlin")
        if n > 0 and _LEADING_LABEL.match(part):
            continue
        folded = part.casefold()
        if folded in AGENCY_ALIASES:
            agency = agency or AGENCY_ALIASES[folded]
            continue
        if folded in AGENCY_CASEFOLD:
            if folded in WIRE and agency is None:
                agency = part
            continue
        desk = desk_name(part)
        if desk is not None:
            desks.append(desk)
            continue
        if is_role(part):
            continue
        if (
            n > 0
            and " " in part
            and (
                part.rpartition(" ")[2].casefold() in OUTLET_NOUNS
                or part.partition(" ")[0].casefold() in ARTICLES
                or part.partition(" ")[0].casefold() in AGENCY_CASEFOLD
            )
        ):
            # the outlet after the names: "By Mary Murray, NBC News", "... | Financial Times"; a
            # paper's name opens with its article ("By Jane Doe, The Washington Post", as
            # syndicated copy credits its source) or a network's ("By Jane Doe, CNN Money"),
            # which no person's name does
            continue
        for piece in split_and(part):
            words = _strip_outlet(piece.split())
            if len(words) > 1 and all(map(_chinese_name, words)):
                names.extend(words)
            elif is_name(words):
                names.append(natural_case(" ".join(words)))
    return Byline(tuple(names or desks), agency, date)


def _chinese_name(word: str) -> bool:
    """Whether a word is a Chinese name (``_CHINESE_NAME``); an ASCII word holds none of its
    characters, and is not asked."""
    return not word.isascii() and _CHINESE_NAME.match(word) is not None


def _without_outlet_possessive(part: str) -> str:
    """ "NBC's Kristen Welker" -> "Kristen Welker": an outlet naming its reporter in the
    possessive (NBC, CNN and BBC bylines); no person's name holds a possessive word."""
    words = part.split()
    for i, word in enumerate(words[:-1]):
        if word.endswith(("'s", "’s")) and word[:1].isupper():
            return " ".join(words[i + 1 :])
    return part


def desk_name(part: str) -> str | None:
    """A desk signing for no one person, "the CNN Wire Staff" -> "CNN Wire Staff": capitalised
    words ending in a desk noun. It stands as the author only when the bylines name no person:
    a station page carrying a wire story prints its feed's credit ("By: CNN Wire") over the
    story's own byline ("By Jane Doe"), and the person is the author."""
    words = part.split()
    if words and words[0].casefold() in ARTICLES:
        words = words[1:]
    if len(words) < 2 or words[-1].casefold() not in DESK_NOUNS:
        return None
    return " ".join(words) if all(w[:1].isupper() for w in words) else None


def _drop_trailing_lowercase(part: str) -> str:
    """ "Max Fisher on" -> "Max Fisher", "Marie Dupont le" -> "Marie Dupont": connectors left
    where a date was cut off (a name particle opens a surname, it never ends a name); and a
    role run on without a comma, "Alan Boyle Science editor" -> "Alan Boyle"."""
    words = part.split()
    while words and words[-1][0].islower():
        if words[-1].casefold() in ROLE_WORDS:
            while len(words) > 2 and words[-2].casefold() in ROLE_MODIFIERS:
                words.pop(-2)
        words.pop()
    name = " ".join(words).strip(" :-–—,")
    last = name.rpartition(" ")[2]
    if (
        len(last) == 2 and last[0].isupper() and last[1] == "."
    ):  # an initial keeps its stop: "Nicolas Gutierrez C."
        return name
    return name.rstrip(" .")


def split_and(part: str) -> list[str]:
    """ "Jane Doe and John Roe" -> ["Jane Doe", "John Roe"] (every language's "and"); the
    serial comma's "and" opens the last part of a list ("Jane Doe, John Roe, and Max Poe")."""
    words = part.split()
    out: list[list[str]] = [[]]
    for w in words:
        if w.casefold() not in AND_WORDS or not (out[-1] or w.islower()):  # "A Chen": an initial
            out[-1].append(w)
        elif out[-1]:
            out.append([])
    return [" ".join(ws) for ws in out if ws]
