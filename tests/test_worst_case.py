"""Worst-case text for the rules' patterns parses within a generous time bound.

A catastrophic-backtracking pattern takes minutes on such input, not seconds; the bound is
in seconds, far above what any machine needs (ratios to ordinary text are measured by
``benchmarks/worst_case.py``, outside the test suite).
"""

from __future__ import annotations

import time

import pytest
from hostile import CASES, SHORT_LINES

import artparse

MAX_SECONDS = 2.0
"""About 1 MB of any hostile input parses in well under a second on a laptop."""


def _parse_seconds(text: str) -> float:
    start = time.perf_counter()
    artparse.parse(text)
    return time.perf_counter() - start


@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_hostile_text_parses_within_the_bound(text: str) -> None:
    assert _parse_seconds(text) < MAX_SECONDS


MANY_LINES = 50_000
"""Enough short lines that work growing with the lines before each one (quadratic) takes
seconds: 50,000 byline lines took over 2 s when each byline's names were copied onto all the
names before them (25,000 took 0.8 s, under the bound); linear, they take a quarter second."""


@pytest.mark.parametrize("line", list(SHORT_LINES.values()), ids=list(SHORT_LINES))
def test_many_short_lines_parse_within_the_bound(line: str) -> None:
    assert _parse_seconds(line * MANY_LINES) < MAX_SECONDS


STORY_LISTS = 2_000
"""Headings over lists of links, one under the other: asking whether furniture follows each list
must not recurse down the page (a thousand lists exhausted the stack) nor walk to its end
from every heading (quadratic)."""


def test_many_lists_of_links_parse_within_the_bound() -> None:
    section = "Elsewhere Today\n\n* [Market hall reopens](u)\n* [Tax to rise](u)\n* [A record crowd](u)\n\n"
    assert (
        _parse_seconds("# Title\n\nThe council met on Monday, officials said.\n\n" + section * STORY_LISTS)
        < MAX_SECONDS
    )
