"""Guess an article's language from its script and its most frequent words."""

from __future__ import annotations

from collections import Counter
from itertools import chain

from artparse.lazyre import lazy_compile
from artparse.patterns import VOCABS
from artparse.vocab import OWN_SCRIPTS, UNSPACED_SCRIPTS

SAMPLE_CHARS = 600
"""Enough text to tell languages apart; more only costs time."""
MIN_STOP_WORDS = 2
"""One shared short word ("ve", "a") is chance; two make a language."""
MAX_WORDS = 100
"""Words counted against the stop-word lists."""
MIN_SHARE = 1 / 20
"""The share of the words counted that must be the language's stop words: in the dev corpus
every article in a language with a vocabulary has 7.8 % or more, while Turkish, which has none,
shares 1-3 % by chance with French or Czech ("et", "ve")."""

_BY_SCRIPT: dict[str, tuple[str, ...]] = {}
"""The languages written in each alphabet, in rank order."""
for _code, _vocab in VOCABS.items():
    _BY_SCRIPT[_vocab.script] = (*_BY_SCRIPT.get(_vocab.script, ()), _code)
_TELLTALES = tuple(
    (code, letters, absent)
    for code in _BY_SCRIPT.get("cyrillic", ())
    for letters, absent in VOCABS[code].telltales
)
"""(language, letters, absent letters) of the Cyrillic languages, in rank order."""
_LATIN_TELLTALES = tuple(
    (code, letters) for code in _BY_SCRIPT.get("latin", ()) for letters, _ in VOCABS[code].telltales
)
"""(language, letters) of the Latin-script languages that have letters of their own ("ı" Turkish)."""
MIN_TELLTALE_LETTERS = 5
"""How many of a language's own letters a sample holds when it is in that language (a
Turkish sample of 600 characters has dozens of "ı"); a name or two quoted in another language
("Erdoğan", "Kılıçdaroğlu") has fewer."""
_ALPHABETS = (
    ("cyrillic", lazy_compile("[\u0400-\u052f]")),
    ("greek", lazy_compile("[\u0370-\u03ff\u1f00-\u1fff]")),
    ("georgian", lazy_compile("[\u10a0-\u10ff\u1c90-\u1cbf]")),
    ("arabic", lazy_compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")),
    ("devanagari", lazy_compile("[\u0900-\u097f\ua8e0-\ua8ff]")),
    ("hangul", lazy_compile("[\uac00-\ud7af\u1100-\u11ff\u3130-\u318f]")),
    ("kana", lazy_compile("[\u3040-\u30ff]")),
    ("han", lazy_compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")),
    ("latin", lazy_compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")),
)
"""The Unicode blocks of the alphabets whose letters take two or three bytes in UTF-8, and
last the Latin letters: a text dense with Latin letters that take two or three bytes, as
Vietnamese's tone-marked ones do ("ạ", "ế", "ữ"), is in Latin script."""
_KANA = dict(_ALPHABETS)["kana"]
"""Japanese kana: Japanese text mixes them into its Chinese characters, Chinese text has none."""
MIN_ALPHABET_SHARE = 1 / 4
"""The share of a sample's characters an alphabet's letters make when the text is in it."""
_STOP_WORDS: dict[str, tuple[str, ...]] = {}
"""Each stop word, as written in lower case, capitalised or in capitals, to the languages
that have it (looked up as the text has them: "The", "THE" and "the" count; "tHe" does not)."""
for _code, _vocab in VOCABS.items():
    for _word in _vocab.stop_words:
        for _form in {_word, _word.capitalize(), _word.upper()}:
            _STOP_WORDS[_form] = (*_STOP_WORDS.get(_form, ()), _code)


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the most likely language, or None when no vocabulary fits.

    Cyrillic letters take two bytes in UTF-8 and Latin ones one, so the encoded length of
    the sample tells the script (a URL or an id above the title does not outweigh it).

    None (rather than a default) lets the date fallback detect a language artparse has no
    vocabulary for ("14 Ekim 2015") instead of being told the wrong one.
    """
    sample = text[:SAMPLE_CHARS]
    words = sample.split()
    if not words:
        return None
    if len(sample.encode("utf-8")) - len(sample) > len(sample) // 3:  # multi-byte letters abound
        script = _alphabet(sample)
        if script == "cyrillic":
            for code, letters, absent in _TELLTALES:
                if any(_has(sample, c) for c in letters) and not any(_has(sample, c) for c in absent):
                    return code
        candidates = _BY_SCRIPT.get(script, ())
        if not candidates:
            return None
        if script in UNSPACED_SCRIPTS:  # no word to count: the script tells the language
            if script == "han" and _KANA.search(sample):  # Japanese mixes kana into its characters
                return next(iter(_BY_SCRIPT.get("kana", ())), None)
            return candidates[0]
        if script in OWN_SCRIPTS:
            return candidates[0]
    else:
        candidates = _BY_SCRIPT["latin"]
    counts = Counter(chain.from_iterable(filter(None, map(_STOP_WORDS.get, words[:MAX_WORDS]))))
    best = max(candidates, key=counts.__getitem__)  # a tie goes to the lower rank
    enough = max(MIN_STOP_WORDS, MIN_SHARE * min(len(words), MAX_WORDS))
    if counts[best] >= enough:
        return best
    return _own_letters(sample) if candidates is _BY_SCRIPT["latin"] else None


def _own_letters(sample: str) -> str | None:
    """The Latin-script language whose own letters the sample has several of, when its stop words
    are too few to tell (a headline repeated, names and figures): Turkish's dotless "ı" and "ğ".
    Asked only then, so a text whose stop words tell its language keeps it. The letters are
    looked up as written: the capital of "ı" is the ASCII "I"."""
    for code, letters in _LATIN_TELLTALES:
        if sum(map(sample.count, letters)) >= MIN_TELLTALE_LETTERS:
            return code
    return None


def _alphabet(sample: str) -> str:
    """The alphabet of ``_ALPHABETS`` a sample of multi-byte letters is in, or ``other``
    (Hebrew, Armenian, Thai …): the first that makes a good share of its characters."""
    for name, letters in _ALPHABETS:
        if len(letters.findall(sample)) >= len(sample) * MIN_ALPHABET_SHARE:
            return name
    return "other"


def _has(sample: str, letter: str) -> bool:
    """Whether the sample holds the letter in either case."""
    return letter in sample or letter.upper() in sample
