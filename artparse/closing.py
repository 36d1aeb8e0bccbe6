"""What closes an article's last line in flattened text: signatures, sign-offs, copyright.

When paragraph breaks are lost, the sign-off, the agency credit, the copyright notice and
the author's signature run onto the end of the last paragraph. Each is recognised in the
last few hundred characters only (``WINDOW``), so the cost does not grow with the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from artparse.lazyre import lazy_compile
from artparse.patterns import (
    AGENCY,
    AGENCY_LAST_WORDS,
    FURNITURE_FIRST_WORDS,
    FURNITURE_HEAD,
    SIGN_OFF,
    SIGN_OFF_WORDS,
    is_bare_furniture_word,
    opening_furniture_phrase,
)

WINDOW = 400
"""Closing matter stands in the last few hundred characters of the body."""
RUN_ON_MIN = 600
"""Only a paragraph this long has lost its line breaks: a shorter last line is a paragraph
whose furniture, if any, stood on lines of its own (the furniture rule's)."""
BAR_REACH = 3
"""A share bar is a run of button labels: a bare "Share" counts with another label this
many words on ("Сподели Приятел Tweet"), not as the first word of a sentence."""

_SIGNATURE = lazy_compile(
    r"(?:^|(?<=[.!?»”\"] ))(?:Автор|Аўтар|Autor|Author|Auteur|Autore)\s?:\s(?P<name>[^,.]{3,60})"
)
_SIGNATURE_CUE = lazy_compile(r"Aut|Авт|Аўт")
"""What every signature label opens with: a plain search for it comes before the pattern."""
_COPYRIGHT = lazy_compile(r"(?:^|(?<=\s))(?:©|\(c\) ?\d{4}|Copyright\b)[^©]{0,300}$", re.IGNORECASE)
_SIGN_OFF = lazy_compile(rf"(?:^|(?<=[.!?»”\"')] ))(?P<word>{SIGN_OFF_WORDS})\.?$")
_DANGLING_LABEL = lazy_compile(r"(?<=[.!?»”\"] )[^\W\d_][\w-]*(?: [\w-]+){0,2}:$")
_AGENCY_CREDIT = lazy_compile(rf"(?<=[.!?»”\"] )(?P<agency>{AGENCY})\.$")
_SENTENCE_END = lazy_compile(r"\.[»”\"]? (?=[^\W\d_])")
"""A full stop (perhaps closing a quote) before the next sentence's first letter. It opens
with a literal, which the regex engine skips to at C speed; a character class (for "!" and
"?" too) it tries at every position, five times as slow."""


class Closing(NamedTuple):
    """The last paragraph without its closing matter, and what that matter named."""

    text: str
    signature: str | None = None
    agency: str | None = None


def split_closing(text: str) -> Closing:
    """Strip closing matter from the end of a paragraph, outermost first.

    "Автор: Барбара Везель, обозреватель DW. Этот комментарий ..." (a labelled signature;
    what follows it is a disclaimer), "©2010 The Associated Press. All rights reserved.",
    a wire sign-off ("Enditem", "Reuter"), the label of a lost list of links ("Psali jsme:"),
    an agency credit ("... отставку. РИА Новости.").
    """
    start = max(0, len(text) - WINDOW)
    signature = agency = None
    if ":" in text and text.find(":", start) >= 0:
        m = _SIGNATURE.search(text, start) if _SIGNATURE_CUE.search(text, start) else None
        if m is not None:
            signature = m.group("name").strip()
            text = text[: m.start()].rstrip()
        m = _DANGLING_LABEL.search(text, max(0, len(text) - 40)) if text.endswith(":") else None
        if m is not None:
            text = text[: m.start()].rstrip()
    if len(text) >= RUN_ON_MIN:
        text = text[: _run_on_furniture(text)].rstrip()
    window = text[max(0, len(text) - WINDOW) :]
    if "©" in window or "opyright" in window or "(c)" in window or "(C)" in window:
        m = _COPYRIGHT.search(text, max(0, len(text) - WINDOW))
        if m is not None and m.start() > 0:
            text = text[: m.start()].rstrip()
    last = _last_word(text)
    if last in SIGN_OFF:
        m = _SIGN_OFF.search(text, max(0, len(text) - 40))
        if m is not None and m.start() > 0:
            text = text[: m.start()].rstrip()
            last = _last_word(text)
    if text[-1:] == "." and last in AGENCY_LAST_WORDS:
        m = _AGENCY_CREDIT.search(text, max(0, len(text) - 60))
        if m is not None:
            agency = m.group("agency")
            text = text[: m.start()].rstrip()
    return Closing(text, signature, agency)


def _run_on_furniture(text: str) -> int:
    """Where page furniture run onto the end of a flattened paragraph begins (else its length).

    Scraped pages that lose their line breaks run the share bar, the "read more" links and
    the source line onto the last sentence: "... Канада. Сподели Приятел Tweet Абонамент
    ...", "... 2015-2020. Zdroj: Teraz.sk , ...". The furniture opens a sentence; a phrase
    or a label is enough, a bare word ("Share", "Anzeige") only in a bar of such words.
    """
    for m in _SENTENCE_END.finditer(text, max(0, len(text) - WINDOW)):
        start = m.end()
        opening = text[start : start + FURNITURE_HEAD]
        first = opening.partition(" ")[0].casefold().rstrip(":,.!")
        if first not in FURNITURE_FIRST_WORDS:  # a cheap test before the phrases
            continue
        head = opening.casefold()
        phrase = opening_furniture_phrase(head)
        if phrase is None:
            continue
        if not is_bare_furniture_word(phrase):
            return start
        words = head[len(phrase) :].split()[:BAR_REACH]
        if any(opening_furniture_phrase(w) for w in words):
            return start
    return len(text)


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :].strip(".").casefold()
