"""Lazily compiled patterns behave as compiled ones, and compile once."""

from __future__ import annotations

import re

import pytest

from artparse import lazyre
from artparse.lazyre import compile_all, lazy_compile


def test_a_lazy_pattern_answers_as_a_compiled_one() -> None:
    lazy = lazy_compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.", re.IGNORECASE)
    real = re.compile(r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})\.", re.IGNORECASE)
    text = "Astana, 14.10.2015 and 1.2.2016"
    found, expected = lazy.search(text), real.search(text)
    assert found is not None and expected is not None
    assert found.group("day") == expected.group("day") == "14"
    assert lazy.match(text) is None
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("<>", text) == real.sub("<>", text)
    assert lazy.split(text) == real.split(text)
    assert lazy.groupindex == real.groupindex
    assert lazy.pattern == real.pattern


def test_compiled_once_then_methods_are_the_compiled_patterns(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    compile_ = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        calls.append(pattern)
        return compile_(pattern, flags)

    monkeypatch.setattr(lazyre.re, "compile", counting)
    lazy = lazy_compile(r"ab+c")
    assert calls == []  # nothing compiled at definition
    assert lazy.search("xabbc") is not None
    assert lazy.search("xac") is None
    assert lazy.sub("-", "abc abbc") == "- -"
    assert calls == [r"ab+c"]


def test_compile_all_compiles_every_pattern_made() -> None:
    lazy = lazy_compile(r"zz+")
    assert "search" not in vars(lazy)
    compile_all()
    assert "search" in vars(lazy)
    assert lazy.search("azzz") is not None
