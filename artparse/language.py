"""Guess an article's language from its script and its most frequent words."""

from __future__ import annotations

from artparse.patterns import VOCABS

SAMPLE_CHARS = 800
"""Enough text to tell languages apart; more only costs time."""
MIN_STOP_WORDS = 2
"""One shared short word ("ve", "a") is chance; two make a language."""
SCRIPT_CHARS = 300
"""Characters looked at to tell Cyrillic (two bytes a letter in UTF-8) from Latin script."""
MAX_WORDS = 150
"""Words counted against the stop-word lists."""

_CYRILLIC = ("ru", "uk", "be", "bg")
_LATIN = tuple(c for c in VOCABS if c not in _CYRILLIC)
_STOP_INDEX: dict[str, tuple[str, ...]] = {}
for _code, _vocab in VOCABS.items():
    for _word in _vocab.stop_words:
        _STOP_INDEX[_word] = (*_STOP_INDEX.get(_word, ()), _code)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when no vocabulary fits.

    None (rather than a default) lets the date fallback detect a language artparse has no
    vocabulary for ("14 Ekim 2015") instead of being told the wrong one.
    """
    sample = text[:SAMPLE_CHARS].lower()
    words = sample.split()
    if not words:
        return None
    head = sample[:SCRIPT_CHARS]
    if len(head.encode("utf-8")) - len(head) > len(head) // 2:  # mostly two-byte letters
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
    scores = dict.fromkeys(candidates, 0)
    index = _STOP_INDEX
    for word in words[:MAX_WORDS]:
        codes = index.get(word)
        if codes is not None:
            for code in codes:
                if code in scores:
                    scores[code] += 1
    best = max(candidates, key=scores.__getitem__)
    return best if scores[best] >= MIN_STOP_WORDS else None
