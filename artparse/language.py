"""Guess an article's language from its script and its most frequent words."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from artparse.patterns import VOCABS

SAMPLE_CHARS = 600
"""Enough text to tell languages apart; more only costs time."""
MIN_STOP_WORDS = 2
"""One shared short word ("ve", "a") is chance; two make a language."""
MAX_WORDS = 100
"""Words counted against the stop-word lists."""

_CYRILLIC = ("ru", "uk", "be", "bg")
_LATIN = tuple(c for c in VOCABS if c not in _CYRILLIC)
_STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _code, _vocab in VOCABS.items():
    for _word in _vocab.stop_words:
        _STOP_INDEX[_word] = (*_STOP_INDEX.get(_word, ()), _code)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when no vocabulary fits.

    Cyrillic letters take two bytes in UTF-8 and Latin ones one, so the encoded length of
    the sample tells the script (a URL or an id above the title does not outweigh it).

    None (rather than a default) lets the date fallback detect a language artparse has no
    vocabulary for ("14 Ekim 2015") instead of being told the wrong one.
    """
    sample = text[:SAMPLE_CHARS].lower()
    words = sample.split()
    if not words:
        return None
    if len(sample.encode("utf-8")) - len(sample) > len(sample) // 3:  # two-byte letters abound
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
    # counted in C: the stop-word lists each word is in, flattened
    scores = Counter(chain.from_iterable(filter(None, map(_STOP_INDEX.get, words[:MAX_WORDS]))))
    best = max(candidates, key=scores.__getitem__)
    return best if scores[best] >= MIN_STOP_WORDS else None
