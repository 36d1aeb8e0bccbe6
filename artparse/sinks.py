"""Where a batch's records and failures go: stdout in the chosen format, the ``--errors`` file.

Every write failure (a full disk, a failing device, a closed stream) becomes an
``OutputError`` naming what could not be written; a reader that went away
(``BrokenPipeError``) is left to the caller, which ends quietly as ``find | head`` does.
"""

from __future__ import annotations

import json
import os
import select
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from typing import IO, Any, Protocol

from artparse.display import safe_lines, safe_text
from artparse.output import WriteFailed, write_error
from artparse.render import formats
from artparse.render.formats import Layout

FILE_BLOCK = 1 << 16
"""Bytes of records gathered before a send when the output is a file."""
STDOUT = "stdout"
JSON_FORMATS = ("json", "jsonl")


class Guard(Protocol):
    """A ``with`` block that a stop signal does not cut in two (``runner.StopSignals``)."""

    def __enter__(self) -> None: ...
    def __exit__(self, *exc: object) -> None: ...


class RecordSink:
    """Records to stdout in the chosen format; ``flush`` sends those written since the last.

    Whatever the number of records, the output is one document of its format: JSON Lines, a
    JSON array, a CSV/TSV table with one header row, Markdown or text documents one after
    another (``render.formats``). It is sent with ``os.write`` and what is still unsent is
    kept: a send cut short by Ctrl-C is finished by ``close``, so the output never ends in
    the middle of a record. ``pretty`` is the terminal view (``render.pretty``).
    """

    def __init__(self, out: IO[str], layout: Layout | None, guard: Guard) -> None:
        self.out = out
        self.layout = layout
        """How records are written; None for the terminal view."""
        self.guard = guard
        self.count = 0
        self._parts: list[bytes] = []
        self._unsent = memoryview(b"")
        self._console: Any = None
        try:
            self._fd: int | None = out.fileno()
        except (AttributeError, OSError, ValueError):  # a replaced stdout (tests, redirect_stdout)
            self._fd = None
        self._may_block = self._fd is not None and os.name == "posix" and _may_block(self._fd)
        self._to_file = self._fd is not None and not self._may_block
        self._on_terminal = self._fd is not None and os.isatty(self._fd)
        """Output to a file, where no reader waits on each record: it is sent in blocks."""
        self._pending = 0

    def write(self, record: bytes) -> None:
        """Take one record: a JSON line in UTF-8."""
        self._pending += len(record)
        layout = self.layout
        if layout is None:
            from artparse.render.pretty import console_for, render_pretty

            self._console = self._console or console_for(self.out)
            with _writing_stdout():
                render_pretty(json.loads(record), self._console)
        elif layout.fmt == "jsonl":
            self._parts += record, b"\n"
        else:
            text = formats.in_stream(json.loads(record), layout)
            opening = formats.head(layout) if self.count == 0 else formats.separator(layout)
            text = opening + text
            if self._on_terminal and layout.fmt not in JSON_FORMATS:  # JSON escapes controls itself
                text = safe_lines(text)
            self._parts.append(text.encode("utf-8"))
        self.count += 1

    def flush(self, *, force: bool = False) -> None:
        """Send the records written since the last flush.

        To a pipe or a terminal every record goes out as soon as it is ready (a reader may
        be waiting on it); to a file they go out in blocks of ``FILE_BLOCK`` bytes, as any
        buffered writer sends them, and all of them at ``close``.
        """
        if self._to_file and not force and self._pending < FILE_BLOCK:
            return
        self._pending = 0
        if self._parts:
            with self.guard:
                data = b"".join(self._parts)
                self._parts.clear()
                self._unsent = memoryview(bytes(self._unsent) + data if self._unsent else data)
            self._send_unsent()
        with _writing_stdout():
            self.out.flush()

    def _send_unsent(self) -> None:
        if self._fd is None:
            with self.guard, _writing_stdout():
                self.out.write(bytes(self._unsent).decode("utf-8"))
                self._unsent = memoryview(b"")
            return
        with _writing_stdout():
            self.out.flush()
        while self._unsent:
            if self._may_block:
                select.select([], [self._fd], [])  # a stop while the reader stalls ends the wait here
            try:
                with self.guard, _writing_stdout():  # what os.write sent is always taken off
                    self._unsent = self._unsent[os.write(self._fd, self._unsent) :]
            except BlockingIOError:  # a stdout inherited in non-blocking mode: wait, then again
                self._may_block = True

    def close(self) -> None:
        """Finish an interrupted send; close the document (a JSON array is valid even then)."""
        self._send_unsent()
        if self.layout is not None:
            closing = (formats.head(self.layout) if self.count == 0 else "") + formats.tail(
                self.layout, self.count
            )
            if closing:
                self._parts.append(closing.encode("utf-8"))
        self.flush(force=True)


@contextmanager
def _writing_stdout() -> Iterator[None]:
    """Turn an OSError while writing stdout into WriteFailed (a closed pipe stays itself)."""
    try:
        yield
    except (BrokenPipeError, BlockingIOError):
        raise
    except OSError as exc:
        raise WriteFailed(f"cannot write to {STDOUT}: {exc.strerror or exc}") from None


def _may_block(fd: int) -> bool:
    """Can a write to ``fd`` wait for a reader (a pipe, a socket, a terminal), unlike a file?"""
    mode = os.fstat(fd).st_mode
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or os.isatty(fd)


class ErrorLog:
    """``--errors FILE``: each failure as a JSON line ``{"source", "error", "message"}``."""

    def __init__(self, path: str) -> None:
        self.path = path
        self._file: IO[str] = open(path, "w", encoding="utf-8")  # noqa: SIM115 - closed by close()

    def write(self, source: str, code: str, message: str) -> None:
        entry = {"source": source, "error": code, "message": message}
        try:
            self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._file.flush()
        except OSError as exc:
            raise write_error(f"the --errors file {safe_text(self.path)}", exc) from None

    def close(self) -> None:
        try:
            self._file.close()
        except OSError as exc:  # what was still buffered could not be written
            raise write_error(f"the --errors file {safe_text(self.path)}", exc) from None


def open_error_log(path: str | None) -> ErrorLog | None:
    """The ``--errors`` file, opened before any work (an OSError here is a usage error)."""
    return None if path is None else ErrorLog(path)
