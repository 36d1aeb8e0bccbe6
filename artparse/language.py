"""Guess an article's language from its script and its most frequent words."""

from __future__ import annotations

import re

from artparse.patterns import VOCABS

_WORD = re.compile(r"[^\W\d_]{1,20}")
SAMPLE_CHARS = 3000
"""Enough text to tell languages apart; more only costs time."""

_CYRILLIC = ("ru", "uk", "be", "bg")
_LATIN = tuple(c for c in VOCABS if c not in _CYRILLIC)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when there are no words."""
    sample = text[:SAMPLE_CHARS]
    words = _WORD.findall(sample.lower())
    if not words:
        return None
    cyrillic = sum(1 for w in words if "\u0400" <= w[0] <= "\u04ff")
    if cyrillic * 2 > len(words):
        if "ў" in sample:
            return "be"
        if "ї" in sample or "є" in sample or "ґ" in sample:
            return "uk"
        if "ы" not in sample and "э" not in sample and "ъ" in sample:
            return "bg"
        if "і" in sample and "и" not in sample:
            return "be"
        candidates: tuple[str, ...] = _CYRILLIC
    else:
        candidates = _LATIN
    scores = {c: sum(1 for w in words if w in VOCABS[c].stop_words) for c in candidates}
    best = max(candidates, key=lambda c: scores[c])
    return best if scores[best] else candidates[0]
