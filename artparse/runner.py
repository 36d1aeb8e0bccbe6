"""Running a batch from the command line: stop signals, the output sinks, the report on stderr.

Exit statuses: 0 every input parsed, 1 some input failed (the others still came out), 74
the output could not be written (``EX_IOERR``: full disk, failing device, closed stdout),
128 + the signal when stopped by Ctrl-C, SIGTERM or SIGHUP, 141 when the reader closed the
pipe (as a shell reports a writer ended by SIGPIPE).
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import IO, Any, NamedTuple, TypeVar

from artparse.batch import CHUNK_SIZE, CHUNKS_PER_WORKER, ExtractOptions, Result, Task, run_batches
from artparse.display import safe_text, source_name
from artparse.output import OutputError, WriteFailed
from artparse.render.formats import Layout
from artparse.render.progress import Status
from artparse.sinks import ErrorLog, RecordSink

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_WRITE_FAILED = 74
"""sysexits.h's EX_IOERR: the output could not be written; what came out is incomplete."""
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a writer killed by SIGPIPE (``find … | head -1``)."""
PARALLEL_MIN_FILES = 500
"""Below this many inputs, starting workers (each warms its own caches) costs more than it
saves: --jobs 2 breaks even at about 400 files of the bench corpus."""


def error_line(path: str, message: str) -> str:
    """``artparse: PATH: REASON`` on one line, with nothing a terminal would act on."""
    return f"artparse: {safe_text(path)}: {safe_text(message)}"


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


class BatchSettings(NamedTuple):
    """How the CLI runs a batch and reports on it (built once from the flags)."""

    fmt: str
    """``pretty`` (the terminal view) or one of ``render.formats.FORMATS``."""
    layout: Layout
    several: bool
    jobs: int
    fail_fast: bool = False
    quiet: bool = False
    skip_existing: bool = False
    output_dir: str | None = None
    errors_path: str | None = None


class Signalled(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP while a batch runs: stop cleanly, exit 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class StopSignals:
    """The batch's handler for stop signals: raise ``Signalled`` at once, except inside
    ``with signals:`` (bookkeeping that must not be cut in two), where it waits for the end.

    Blocking waits stay outside such blocks, so a stop is never held up by a stalled reader.
    """

    SIGNALS = tuple(getattr(signal, n) for n in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, n))

    def __init__(self) -> None:
        self.depth = 0
        self.pending: int | None = None
        self._previous: dict[int, Any] = {}

    def install(self) -> None:
        self._previous = {signum: signal.signal(signum, self._handle) for signum in self.SIGNALS}

    def uninstall(self) -> None:
        for signum, handler in self._previous.items():
            signal.signal(signum, handler)

    def _handle(self, signum: int, _frame: object) -> None:
        if self.depth:
            self.pending = signum
            return
        raise Signalled(signum)

    def __enter__(self) -> None:
        self.depth += 1

    def __exit__(self, *_exc: object) -> None:
        self.depth -= 1
        if not self.depth and self.pending is not None:
            signum, self.pending = self.pending, None
            raise Signalled(signum)


T = TypeVar("T")


def _peek(iterable: Iterable[T], n: int) -> tuple[list[T], Iterator[T]]:
    """The first ``n`` elements, and an iterator over all of them."""
    iterator = iter(iterable)
    head = list(islice(iterator, n))
    return head, chain(head, iterator)


def plan_jobs(tasks: Iterator[Task], requested: int) -> tuple[Iterator[Task], int, int]:
    """(tasks, jobs, chunk size). --jobs 0 takes one worker per core, for a batch large enough.

    Only the first inputs are looked at, so a long list is never held in memory.
    """
    jobs = requested or default_jobs()
    if jobs == 1:
        return tasks, 1, CHUNK_SIZE
    full_window = jobs * CHUNKS_PER_WORKER * CHUNK_SIZE
    enough = full_window if requested else max(PARALLEL_MIN_FILES, full_window)
    head, tasks = _peek(tasks, enough)
    if len(head) == enough:
        return tasks, jobs, CHUNK_SIZE
    if not requested and len(head) < PARALLEL_MIN_FILES:
        return tasks, 1, CHUNK_SIZE
    jobs = max(1, min(jobs, len(head)))
    return tasks, jobs, max(1, min(CHUNK_SIZE, len(head) // (jobs * CHUNKS_PER_WORKER)))


def stderr() -> IO[str]:
    """The stream for messages: stderr, or nowhere when the process was started without one."""
    return sys.stderr if sys.stderr is not None else open(os.devnull, "w", encoding="utf-8")


def run_batch(
    make_tasks: Callable[[Status], Iterator[Task]],
    options: ExtractOptions,
    settings: BatchSettings,
    *,
    count: Callable[[], int | None],
    error_log: ErrorLog | None,
) -> int:
    """Run every input, write records and errors as they come; returns the exit status."""
    # the bar needs a terminal of its own: records printed to the same one would tear it
    out = sys.stdout
    messages = stderr()
    records_on_terminal = settings.output_dir is None and out is not None and out.isatty()
    show_bar = settings.several and not settings.quiet and messages.isatty() and not records_on_terminal
    status = Status(messages, bar=show_bar, total=count)
    signals = StopSignals()
    stopped_by: int | None = None
    failure: OutputError | None = None
    sink: RecordSink | None = None
    signals.install()
    try:
        try:
            if settings.output_dir is None:
                if out is None:
                    raise WriteFailed("cannot write to stdout: it is closed")
                sink = RecordSink(out, None if settings.fmt == "pretty" else settings.layout, signals)
            tasks, jobs, chunk = plan_jobs(make_tasks(status), settings.jobs)
            batches = run_batches(tasks, options, jobs=jobs, chunk_size=chunk)
            try:
                for batch in batches:
                    if not _take(batch, status, sink, error_log, signals, fail_fast=settings.fail_fast):
                        break
            finally:
                with signals:  # stopping the workers is bounded (a grace period): let it end
                    batches.close()
        except KeyboardInterrupt as exc:
            stopped_by = exc.signum if isinstance(exc, Signalled) else signal.SIGINT
        except OutputError as exc:
            failure = exc
        for closing in (sink, error_log):  # what came out so far goes out, whatever stopped the run
            if closing is not None:
                try:
                    closing.close()
                except OutputError as exc:
                    failure = failure or exc
        status.close()
        if failure is not None:
            silence_streams(stdout=True, stderr=False)
            status.error(f"artparse: {safe_text(str(failure))}")
        if settings.several and not settings.quiet:
            status.error(status.summary(interrupted=stopped_by is not None))
    except BrokenPipeError:
        status.close()
        silence_streams(stdout=True, stderr=True)
        return EXIT_BROKEN_PIPE
    finally:
        signals.uninstall()
    if failure is not None:
        return EXIT_WRITE_FAILED
    if stopped_by is not None:
        return 128 + stopped_by
    return EXIT_FAILED if status.failed else EXIT_OK


def _take(
    batch: list[Result],
    status: Status,
    sink: RecordSink | None,
    error_log: ErrorLog | None,
    signals: StopSignals,
    *,
    fail_fast: bool,
) -> bool:
    """Count, write and report results that became ready together; False to stop (--fail-fast).

    An output the device refused (full, read-only) stops the run: every later one would fail too.
    """
    go_on = True
    for result in batch:
        if result.ok:
            with signals:  # a record is counted if and only if it goes out
                if sink is not None and result.record is not None:
                    sink.write(result.record)
                status.ok += 1
        else:
            if result.error_code == WriteFailed.code:
                raise WriteFailed(result.message or "cannot write the output")
            status.failed += 1
            _report(result, status, error_log)
            if fail_fast:
                go_on = False
                break
    if sink is not None:
        sink.flush()
    status.advance()
    return go_on


def _report(result: Result, status: Status, error_log: ErrorLog | None) -> None:
    message = result.message or "failed"
    status.error(error_line(result.item.path, message))
    if error_log is not None:
        error_log.write(source_name(result.item.path)[0], result.error_code or "error", message)


def silence_streams(*, stdout: bool, stderr: bool) -> None:
    """Point stdout (and stderr) at /dev/null: the reader went away or the device failed, and
    the interpreter's last flush of what is still buffered must not fail with a traceback."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for wanted, stream in ((stdout, sys.stdout), (stderr, sys.stderr)):
        if wanted and stream is not None:
            with contextlib.suppress(OSError, ValueError):  # CliRunner's streams have no descriptor
                os.dup2(devnull, stream.fileno())
    os.close(devnull)
