"""Worst-case text for the rules' patterns, timed against ordinary text (not run by pytest).

Each case is about 1 MB (``tests/hostile.py``); its parse time is printed as a ratio to
parsing 1 MB of ordinary article text on the same machine, and short lines are timed at
25,000 and 100,000 lines (a rule that looked back over the lines before it would take
sixteen times, not four). The test suite only bounds each case in seconds
(``tests/test_worst_case.py``); this script shows how far from linear they are::

    python benchmarks/worst_case.py
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from hostile import CASES, ORDINARY, SHORT_LINES

import artparse


def _seconds(parse: Callable[[], object], *, runs: int = 2) -> float:
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        parse()
        best = min(best, time.perf_counter() - start)
    return best


def main() -> None:
    ordinary = _seconds(lambda: artparse.parse(ORDINARY))
    print(f"{'1 MB of ordinary article text':<36} {ordinary:7.3f} s")
    for name, text in CASES.items():
        seconds = _seconds(lambda text=text: artparse.parse(text))
        print(f"{name:<36} {seconds:7.3f} s  {seconds / ordinary:6.2f} x ordinary")
    for name, line in SHORT_LINES.items():
        quarter = _seconds(lambda line=line: artparse.parse(line * 25_000))
        whole = _seconds(lambda line=line: artparse.parse(line * 100_000), runs=1)
        print(f"{name:<36} {whole:7.3f} s  {whole / quarter:6.2f} x a quarter of them (4 is linear)")


if __name__ == "__main__":
    main()
