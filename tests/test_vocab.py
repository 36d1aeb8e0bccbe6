"""The vocabulary: every language gives every category, and patterns refuse empty groups."""

from __future__ import annotations

import pkgutil
import re

import pytest

from artparse import vocab
from artparse.patterns import alternation
from artparse.vocab import Vocab, load_all

MODULES = sorted(m.name for m in pkgutil.iter_modules(vocab.__path__))
FIELDS = Vocab._fields


def test_every_module_is_a_language_found_by_load_all() -> None:
    assert sorted(load_all()) == MODULES
    assert all(re.fullmatch(r"[a-z]{2}", name) for name in MODULES)


def test_every_category_is_required() -> None:
    """A language module that leaves a category out fails at import, not silently."""
    assert Vocab._field_defaults == {}
    with pytest.raises(TypeError):
        Vocab(rank=99)  # type: ignore[call-arg]


def test_a_language_gives_each_category_or_names_it_as_none() -> None:
    en = load_all()["en"]
    given = {f: getattr(en, f) for f in FIELDS}
    assert Vocab.of(none="", **given) == en
    with pytest.raises(TypeError, match="articles is neither given nor named as none"):
        Vocab.of(none="", **{k: v for k, v in given.items() if k != "articles"})
    with pytest.raises(TypeError, match="articles is given and named as none"):
        Vocab.of(none="articles", **given)
    with pytest.raises(TypeError, match="artikles is not a category"):
        Vocab.of(none="artikles", **given)
    emptied = Vocab.of(
        none="articles months stop_words letters",
        **{k: v for k, v in given.items() if k not in ("articles", "months", "stop_words", "letters")},
    )
    assert (emptied.articles, emptied.months, emptied.stop_words, emptied.letters) == (
        (),
        {},
        frozenset(),
        "",
    )


@pytest.mark.parametrize("code", MODULES)
def test_each_language_provides_every_category(code: str) -> None:
    """Each category is given with its type: words as a tuple of non-blank strings (``()``
    says the language has none), months as a dict, stop words as a frozenset."""
    lang = load_all()[code]
    for f in FIELDS:
        value = getattr(lang, f)
        if f == "months":
            assert isinstance(value, dict) and all(isinstance(n, int) for n in value.values())
        elif f == "stop_words":
            assert isinstance(value, frozenset) and value
        elif f == "telltales":
            assert all(isinstance(letters, str) and letters for letters, _ in value)
        elif f == "header_labels":
            assert isinstance(value, dict), (code, f)
            assert all(
                isinstance(labels, tuple) and all(lb.strip() for lb in labels) for labels in value.values()
            )
        elif f in ("rank", "script", "letters", "frequent_vowels"):
            continue
        else:
            assert isinstance(value, tuple), (code, f)
            assert all(isinstance(w, str) and w.strip() for w in value), (code, f)
    assert lang.script in (
        "latin",
        "cyrillic",
        "greek",
        "georgian",
        "arabic",
        "devanagari",
        "hangul",
        "han",
        "kana",
    )


def test_ranks_are_distinct() -> None:
    ranks = [v.rank for v in load_all().values()]
    assert len(set(ranks)) == len(ranks)


def test_alternation_refuses_an_empty_group() -> None:
    with pytest.raises(ValueError, match="empty"):
        alternation([])
    with pytest.raises(ValueError, match="empty"):
        alternation(iter(()))


def test_alternation_tries_the_longest_word_first() -> None:
    pattern = re.compile(f"(?:{alternation(['Autor', 'Autorka', 'a.b'])})")
    assert pattern.match("Autorka:").group() == "Autorka"
    assert pattern.match("axb") is None
