"""The batch's voice on stderr: error lines, a progress bar, the closing summary.

rich is imported only when the bar is shown: a batch on a terminal that is still running
after ``BAR_DELAY`` seconds. Short runs, pipes and log files never pay for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import IO, Any

BAR_DELAY = 1.0
"""Seconds a batch runs before the bar appears: a shorter run needs none, and a bar that
flashes up and vanishes is noise."""
BAR_REFRESH = 0.1
"""Seconds between redraws of the bar."""


class Status:
    """Counts the batch's outcomes and reports them on ``stream``."""

    def __init__(self, stream: IO[str], *, bar: bool = False, total: Callable[[], int | None] = lambda: None):
        self.stream = stream
        self.ok = 0
        self.failed = 0
        self.skipped = 0
        self.started = time.monotonic()
        self._bar_wanted = bar
        self._total = total
        self._bar: Any = None
        self._task: Any = None
        self._next_check = self.started + BAR_DELAY

    @property
    def done(self) -> int:
        return self.ok + self.failed + self.skipped

    def error(self, line: str) -> None:
        """One error line (above the bar, when it is shown)."""
        if self._bar is not None:
            self._bar.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            self.stream.write(line + "\n")
            self.stream.flush()

    def advance(self) -> None:
        """Called after each outcome is counted: start or redraw the bar when it is time."""
        if not self._bar_wanted:
            return
        now = time.monotonic()
        if now < self._next_check:
            return
        self._next_check = now + BAR_REFRESH
        if self._bar is None:
            self._start_bar()
        total = self._bar.tasks[0].total
        self._bar.update(self._task, completed=self.done, **self._fields(now, total))
        self._bar.refresh()

    def _start_bar(self) -> None:
        from rich.console import Console
        from rich.progress import BarColumn, Progress, TextColumn

        console = Console(file=self.stream)
        self._bar = Progress(
            TextColumn("artparse"),
            BarColumn(),
            TextColumn("files {task.completed}/{task.fields[of]}"),
            TextColumn("{task.fields[rate]} files/s"),
            TextColumn("elapsed {task.fields[elapsed]}"),
            TextColumn("left {task.fields[left]}"),
            console=console,
            auto_refresh=False,
            transient=True,
        )
        total = self._total()
        self._task = self._bar.add_task("extract", total=total, **self._fields(time.monotonic(), total))
        self._bar.start()

    def _fields(self, now: float, total: int | None) -> dict[str, str]:
        """The bar's labelled figures, timed from the start of the run (not of the bar)."""
        rate = self.rate(now)
        left = "?" if total is None or not rate else _clock(max(0, total - self.done) / rate)
        return {
            "of": "?" if total is None else str(total),
            "rate": f"{rate:.0f}",
            "elapsed": _clock(now - self.started),
            "left": left,
        }

    def rate(self, now: float) -> float:
        """Files per second so far."""
        seconds = now - self.started
        return self.done / seconds if seconds > 0 else 0.0

    def close(self) -> None:
        """Remove the bar (the summary line takes its place)."""
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def summary(self, *, interrupted: bool = False) -> str:
        """``artparse: 2998 ok, 2 failed, 0.54 s, 5551 files/s``."""
        now = time.monotonic()
        parts = [f"{self.ok} ok", f"{self.failed} failed"]
        if self.skipped:
            parts.append(f"{self.skipped} skipped")
        head = "artparse: interrupted: " if interrupted else "artparse: "
        return head + ", ".join(parts) + f", {now - self.started:.2f} s, {self.rate(now):.0f} files/s"


def _clock(seconds: float) -> str:
    """``0:01:05``: hours, minutes, seconds."""
    whole = int(seconds)
    return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
