"""The engine's dispatch: skipping rules by line length is an optimisation, never a change."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings
from test_properties import article_like

import artparse.parser as parser_module
from artparse.io import read_text
from artparse.parser import parse
from artparse.rules import BODY_LINE_LIMITS, LINE_LIMITS

ROOT = Path(__file__).resolve().parent.parent
INPUTS = sorted([*(ROOT / "samples").glob("*.txt"), *(ROOT / "tests" / "golden").glob("*.txt")])


@contextmanager
def every_rule_asked() -> Iterator[None]:
    """Parse with the length limits switched off: every rule is asked about every line."""
    saved = dict(LINE_LIMITS), dict(BODY_LINE_LIMITS)
    LINE_LIMITS.clear()
    BODY_LINE_LIMITS.clear()
    parser_module._chains.cache_clear()
    try:
        yield
    finally:
        LINE_LIMITS.update(saved[0])
        BODY_LINE_LIMITS.update(saved[1])
        parser_module._chains.cache_clear()


def _blocks(text: str) -> tuple[object, ...]:
    return parse(text).blocks


@pytest.mark.parametrize("path", INPUTS, ids=[p.stem for p in INPUTS])
def test_length_limits_change_no_parse(path: Path) -> None:
    text = read_text(path).text
    gated = _blocks(text)
    with every_rule_asked():
        ungated = _blocks(text)
    assert gated == ungated


@given(article_like())
@settings(max_examples=150, deadline=None)
def test_length_limits_change_no_parse_of_article_shaped_text(text: str) -> None:
    gated = _blocks(text)
    with every_rule_asked():
        assert _blocks(text) == gated


LIMITED = [(LINE_LIMITS, n) for n in LINE_LIMITS] + [(BODY_LINE_LIMITS, n) for n in BODY_LINE_LIMITS]


@pytest.mark.parametrize(("limits", "name"), LIMITED)
def test_limited_rules_are_in_the_chain(limits: dict[str, int], name: str) -> None:
    assert name in parser_module.RULE_NAMES
    assert limits[name] > 0
