"""What closes an article's last line in flattened text: signatures, sign-offs, copyright.

When paragraph breaks are lost, the sign-off, the agency credit, the copyright notice and
the author's signature run onto the end of the last paragraph. Each is recognised in the
last few hundred characters only (``WINDOW``), so the cost does not grow with the text.
"""

from __future__ import annotations

import re

from artparse.byline import is_name
from artparse.lazyre import lazy_compile
from artparse.model import Cut
from artparse.patterns import (
    AGENCY,
    AGENCY_CASEFOLD,
    AGENCY_LAST_WORDS,
    COPYRIGHT_CUES,
    COPYRIGHT_WORDS,
    FURNITURE_FIRST_WORDS,
    FURNITURE_HEAD,
    PLACE_PREPOSITION,
    SIGN_OFF,
    SIGN_OFF_WORDS,
    SIGNATURE_LABEL,
    SIGNATURE_LABELS,
    alternation,
    is_bare_furniture_word,
    mentions_platform,
    opening_furniture_phrase,
)

WINDOW = 400
"""Closing matter stands in the last few hundred characters of the body."""
RUN_ON_MIN = 600
"""Only a paragraph this long has lost its line breaks: a shorter last line is a paragraph
whose furniture, if any, stood on lines of its own (the furniture rule's)."""
CUE_CHARS = 3
"""A signature label's first letters, searched for before the whole pattern."""
BAR_REACH = 3
"""A share bar is a run of button labels: a bare "Share" counts with another label this
many words on ("Сподели Приятел Tweet"), not as the first word of a sentence."""

_SIGNATURE = lazy_compile(rf"(?:^|(?<=[.!?»”\"] ))(?:{SIGNATURE_LABEL})\s?:\s(?P<name>[^,.]{{3,60}})")
_SIGNATURE_CUE = lazy_compile(alternation(label[:CUE_CHARS] for label in SIGNATURE_LABELS))
"""What every signature label opens with: a plain search for it comes before the pattern."""
_COPYRIGHT = lazy_compile(
    rf"(?:^|(?<=\s))(?:©|\(c\) ?\d{{4}}|(?:{alternation(COPYRIGHT_WORDS)})\b)[^©]{{0,300}}$", re.IGNORECASE
)
_SIGN_OFF = lazy_compile(rf"(?:^|(?<=[.!?»”\"')] ))(?P<word>{SIGN_OFF_WORDS})\.?$")
_DANGLING_LABEL = lazy_compile(r"(?<=[.!?»”\"] )[^\W\d_][\w-]*(?: [\w-]+){0,2}:$")
_AGENCY_CREDIT = lazy_compile(
    rf"(?<=[.!?»”\"] )(?P<agency>{AGENCY})(?:, ?[a-z]{{1,4}})?\.?$|(?<=[.!?»”\"]) ?\((?P<tagged>{AGENCY})\)$"
)
"""An agency closing the text, perhaps with the desk editor's initials: "... ČTK", "... PAP, kw"."""
_CAPITALISED = r"[^\W\d_a-zа-яё][\w'’.-]{1,30}"
_CLOSING_NAME = lazy_compile(
    rf"(?<=[.!?»”\"] )(?:(?i:{PLACE_PREPOSITION}) {_CAPITALISED} )?"
    rf"(?P<name>{_CAPITALISED}(?: {_CAPITALISED}){{1,2}})$"
)
"""A name closing the text, perhaps after the place it was filed from: "Z Londynu Jakub Krupa"."""


def _capitalised(word: str) -> bool:
    """Whether ``word`` opens as ``_CAPITALISED`` does: a letter, not a small Latin or Russian one."""
    first = word[:1]
    if not first.isalnum() or first.isdecimal():  # ``[^\W\d_]``
        return False
    return not ("a" <= first <= "z" or "а" <= first <= "я" or first == "ё")


CLOSING_NAME_REACH = 90
"""The name and its place are the last few words."""
_SENTENCE_END = lazy_compile(r"\.[»”\"]? (?=[^\W\d_])")
"""A full stop (perhaps closing a quote) before the next sentence's first letter. It opens
with a literal, which the regex engine skips to at C speed; a character class (for "!" and
"?" too) it tries at every position, five times as slow."""


def cut_signature(text: str) -> Cut | None:
    """A labelled signature near the end: "Автор: Барбара Везель" (the byline is the name).

    What follows the signature is a disclaimer: "Автор: Барбара Везель, обозреватель DW.
    Этот комментарий ...".
    """
    start = max(0, len(text) - WINDOW)
    if text.find(":", start) < 0 or not _SIGNATURE_CUE.search(text, start):
        return None
    m = _SIGNATURE.search(text, start)
    if m is None:
        return None
    return Cut(kept=text[: m.start()].rstrip(), text=m.group("name").strip())


def cut_dangling_label(text: str) -> Cut | None:
    """The label of a lost list of links: "... Psali jsme:"."""
    m = _DANGLING_LABEL.search(text, max(0, len(text) - 40)) if text.endswith(":") else None
    if m is None:
        return None
    return Cut(kept=text[: m.start()].rstrip(), text=text[m.start() :])


def cut_run_on_furniture(text: str) -> Cut | None:
    """A share bar, "read more" link or source line run onto a flattened paragraph's end."""
    if len(text) < RUN_ON_MIN:
        return None
    start = _run_on_furniture(text)
    if start == len(text):
        return None
    return Cut(kept=text[:start].rstrip(), text=text[start:])


def cut_copyright(text: str) -> Cut | None:
    """A copyright notice at the end: "©2010 The Associated Press. All rights reserved."."""
    start = max(0, len(text) - WINDOW)
    window = text[start:].casefold()
    if not any(cue in window for cue in COPYRIGHT_CUES):
        return None
    m = _COPYRIGHT.search(text, start)
    if m is None or m.start() == 0:
        return None
    return Cut(kept=text[: m.start()].rstrip(), text=text[m.start() :])


def cut_sign_off(text: str) -> Cut | None:
    """A wire sign-off ending the paragraph: "... said. Enditem"."""
    if _last_word(text) not in SIGN_OFF:
        return None
    m = _SIGN_OFF.search(text, max(0, len(text) - 40))
    if m is None or m.start() == 0:
        return None
    return Cut(kept=text[: m.start()].rstrip(), text=text[m.start() :])


def cut_agency_credit(text: str) -> Cut | None:
    """An agency credit closing the text: "... отставку. РИА Новости.", with the desk editor's
    initials as Polish and Czech wire copy signs it: "... Wintershall. PAP, kw", "... ČTK", or
    in parentheses after the last full stop: "... podsumowuje Ernst.(PAP)"."""
    last = _last_word(text).rpartition("(")[2].strip(")")
    if last not in AGENCY_LAST_WORDS and not (last.isalpha() and last.islower() and len(last) <= 4):
        return None
    m = _AGENCY_CREDIT.search(text, max(0, len(text) - 60))
    if m is None:
        return None
    agency = m.group("agency") or m.group("tagged")
    return Cut(kept=text[: m.start()].rstrip(), text=text[m.start() :].strip(), agency=agency)


def cut_closing_name(text: str) -> Cut | None:
    """The author's name alone closing the text, run onto its last sentence.

    Newspapers sign articles with the author's name after the last sentence (Kommersant:
    "... по всей Европе. Алена Миклашевская"), a correspondent with the place filed from
    (PAP: "... Estonii. Z Londynu Jakub Krupa"); flattened text runs it onto the paragraph.
    Some close the signature with a full stop, as a sentence (Bankier.pl: "... biuro prasowe
    Ryanaira. Weronika Szkwarek."); the stop is no part of the name.
    """
    body = text[:-1] if text[-1:] == "." and text[-2:-1].isalpha() else text
    if body[-1:] in '.!?»”")' or not body[-1:].isalpha():
        return None
    last_words = body.rsplit(" ", 2)
    if len(last_words) < 3 or not (_capitalised(last_words[1]) and _capitalised(last_words[2])):
        return None  # the pattern's name ends in two capitalised words at least
    m = _CLOSING_NAME.search(body, max(0, len(body) - CLOSING_NAME_REACH))
    if m is None or m.start() == 0:
        return None
    words = m.group("name").split()
    if not is_name(words) or any(w.casefold() in AGENCY_CASEFOLD for w in words):
        return None
    if body is not text and any("." in w for w in words):
        return None  # "... Mr. Smith." or initials: a sentence's end, not a signature
    return Cut(kept=text[: m.start()].rstrip(), text=m.group("name"))


def _run_on_furniture(text: str) -> int:
    """Where page furniture run onto the end of a flattened paragraph begins (else its length).

    Scraped pages that lose their line breaks run the share bar, the "read more" links and
    the source line onto the last sentence: "... Канада. Сподели Приятел Tweet Абонамент
    ...", "... 2015-2020. Zdroj: Teraz.sk , ...". The furniture opens a sentence; a phrase
    or a label is enough, a bare word ("Share", "Anzeige") only in a bar of such words.
    """
    before = -1  # where the sentence before the cursor's begins (-1: not in the window)
    for m in _SENTENCE_END.finditer(text, max(0, len(text) - WINDOW)):
        start, lead_in = m.end(), before
        before = start
        opening = text[start : start + FURNITURE_HEAD]
        first = opening.partition(" ")[0].casefold().rstrip(":,.!")
        if first not in FURNITURE_FIRST_WORDS:  # a cheap test before the phrases
            continue
        head = opening.casefold()
        phrase = opening_furniture_phrase(head)
        if phrase is None:
            continue
        if is_bare_furniture_word(phrase) and not any(
            opening_furniture_phrase(w) for w in head[len(phrase) :].split()[:BAR_REACH]
        ):
            continue
        if lead_in >= 0 and _promo_lead_in(text[lead_in:start]):
            return lead_in
        return start
    return len(text)


MAX_LEAD_IN_WORDS = 10


def _promo_lead_in(sentence: str) -> bool:
    """A promotion's first sentence, naming the platform the call after it asks readers to
    follow the outlet on: Korrespondent.net's "Новости от X в Telegram. Подписывайтесь на наш
    канал"; UNIAN's call opens with its own line, "Залишайтеся в курсі ...! Підписуйтесь на наш
    канал в Telegram" (a furniture phrase itself)."""
    return sentence.count(" ") < MAX_LEAD_IN_WORDS and mentions_platform(sentence)


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :].strip(".").casefold()
