"""What closes an article's last line in flattened text: signatures, sign-offs, copyright.

When paragraph breaks are lost, the sign-off, the agency credit, the copyright notice and
the author's signature run onto the end of the last paragraph. Each is recognised in the
last few hundred characters only (``WINDOW``), so the cost does not grow with the text.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from artparse.lazyre import lazy_compile
from artparse.patterns import AGENCY, AGENCY_LAST_WORDS, SIGN_OFF, SIGN_OFF_WORDS

WINDOW = 400
"""Closing matter stands in the last few hundred characters of the body."""

_SIGNATURE = lazy_compile(
    r"(?:^|(?<=[.!?»”\"] ))(?:Автор|Аўтар|Autor|Author|Auteur|Autore)\s?:\s(?P<name>[^,.]{3,60})"
)
_SIGNATURE_CUE = lazy_compile(r"Aut|Авт|Аўт")
"""What every signature label opens with: a plain search for it comes before the pattern."""
_COPYRIGHT = lazy_compile(r"(?:^|(?<=\s))(?:©|\(c\) ?\d{4}|Copyright\b)[^©]{0,300}$", re.IGNORECASE)
_SIGN_OFF = lazy_compile(rf"(?:^|(?<=[.!?»”\"')] ))(?P<word>{SIGN_OFF_WORDS})\.?$")
_DANGLING_LABEL = lazy_compile(r"(?<=[.!?»”\"] )[^\W\d_][\w-]*(?: [\w-]+){0,2}:$")
_AGENCY_CREDIT = lazy_compile(rf"(?<=[.!?»”\"] )(?P<agency>{AGENCY})\.$")


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


def _last_word(text: str) -> str:
    return text[text.rfind(" ") + 1 :].strip(".").casefold()
