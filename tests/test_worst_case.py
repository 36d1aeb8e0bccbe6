"""Worst-case text for the rules' patterns: parsing time stays linear.

Each case is about 1 MB built here; its parse time is compared with parsing 1 MB of
ordinary article text on the same machine, so the bound is a ratio, not a number of seconds.
A catastrophic-backtracking pattern makes such a case thousands of times slower, far past
the generous bound.
"""

from __future__ import annotations

import time
from collections.abc import Callable

import pytest

import artparse

MB = 1_000_000
ORDINARY_PARAGRAPH = (
    "The city council approved the new budget on Tuesday after a long debate, officials said, "
    "and the mayor promised that spending on schools and roads would rise by five percent. "
)
ORDINARY = "City council approves budget\n\nMarch 3, 2015\n\nBy Jane Doe\n\n" + (
    ORDINARY_PARAGRAPH * 3 + "\n\n"
) * (MB // (len(ORDINARY_PARAGRAPH) * 3 + 2))
MAX_RATIO = 20
"""Slower than ordinary text by this factor means a super-linear rule."""
MAX_GROWTH_MANY_LINES = 8
"""Four times the lines may take up to twice the four times that linear cost gives (noise);
a rule quadratic in the number of lines takes sixteen times."""


def _seconds(parse: Callable[[], object], *, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        parse()
        best = min(best, time.perf_counter() - start)
    return best


@pytest.fixture(scope="module")
def ordinary_seconds() -> float:
    return _seconds(lambda: artparse.parse(ORDINARY))


CASES = {
    "By x 330,000": "By " * (MB // 3),
    "open parens": "(" * MB,
    "50,000 spaces between words": ("word" + " " * 50_000) * 20,
    "14.10. repeated": "14.10." * (MB // 6),
    "a 1 MB word": "a" * MB,
    "no-break space runs": "x" + "\u00a0" * MB,
    "link brackets": "[a](" * (MB // 4),
    "emphasis stars": "**a " * (MB // 4),
    "dateline shapes": "MOSCOW, 12 May - (AP) _ " * (MB // 24),
    "credit shapes": "Photo: Jim Craven/Getty Images (AP Photo) " * (MB // 42),
    "a 1 MB line of prose": ORDINARY_PARAGRAPH * (MB // len(ORDINARY_PARAGRAPH)),
    "title, then 1 MB of colons": "Title\n\n" + ": " * (MB // 2),
    "slashes": "A/" * (MB // 2),
    "pipes": " | " * (MB // 3),
}


@pytest.mark.parametrize("text", list(CASES.values()), ids=list(CASES))
def test_worst_case_text_parses_in_linear_time(text: str, ordinary_seconds: float) -> None:
    seconds = _seconds(lambda: artparse.parse(text))
    assert seconds < MAX_RATIO * ordinary_seconds + 0.05


@pytest.mark.parametrize(
    "line",
    ["x\n", "By Jane Doe\n", "Photo: Reuters\n"],
    ids=["one-letter lines", "byline lines", "credit lines"],
)
def test_many_short_lines_cost_each_the_same(line: str) -> None:
    """100,000 short lines take four times what 25,000 take (a rule that looked back over
    the lines before it would take sixteen). Each line is asked of every rule that can
    claim a short line, so against prose the cost per byte is high, and the ratio to
    ordinary text depends on the machine: the lines are compared with fewer of themselves."""
    quarter = _seconds(lambda: artparse.parse(line * 25_000))
    whole = _seconds(lambda: artparse.parse(line * 100_000), runs=1)
    assert whole < MAX_GROWTH_MANY_LINES * quarter + 0.05
