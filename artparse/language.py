"""Guess an article's language from its script and its most frequent words."""

from __future__ import annotations

import re

from artparse.patterns import VOCABS

_WORD = re.compile(r"[^\W\d_]{1,20}")
_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
SAMPLE_CHARS = 800
"""Enough text to tell languages apart; more only costs time."""

_CYRILLIC = ("ru", "uk", "be", "bg")
_LATIN = tuple(c for c in VOCABS if c not in _CYRILLIC)
_STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _code, _vocab in VOCABS.items():
    for _word in _vocab.stop_words:
        _STOP_INDEX[_word] = (*_STOP_INDEX.get(_word, ()), _code)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when there are no words."""
    sample = text[:SAMPLE_CHARS].lower()
    words = _WORD.findall(sample)
    if not words:
        return None
    cyrillic = len(_CYRILLIC_LETTER.findall(sample))
    if cyrillic * 2 > len(sample) - sample.count(" "):
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
    scores: dict[str, int] = dict.fromkeys(candidates, 0)
    index = _STOP_INDEX
    for w in words:
        codes = index.get(w)
        if codes:
            for code in codes:
                scores[code] = scores.get(code, 0) + 1
    best = max(candidates, key=lambda c: scores[c])
    return best if scores[best] else candidates[0]
