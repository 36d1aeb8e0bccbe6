"""Processing inputs: one input -> one Result; many inputs -> Results in input order.

``run`` is the one way in for a batch. With one job it works in this process; with more it
hands chunks of inputs to worker processes, keeps a bounded window of chunks in flight
(memory stays flat however many inputs there are), and yields the Results in input order.
Workers send back one compact JSON line per input (or nothing, when they wrote the file
themselves), never the input text. No exception a worker meets is lost: it becomes that
input's error Result, and a worker that dies is replaced and its inputs retried one by one.
"""

from __future__ import annotations

import os
import signal
import sys
from collections import deque
from collections.abc import Generator, Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING, Any, NamedTuple

from artparse.display import source_name
from artparse.errors import ArtparseError, InputTooLarge
from artparse.inputs import InputItem, JsonRecord
from artparse.io import DEFAULT_MAX_BYTES, read_text
from artparse.lazyre import compile_all
from artparse.output import OutputError
from artparse.render.formats import Layout, document, select
from artparse.render.json import json_document_bytes, json_line_bytes
from artparse.state import ParseOptions

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor
    from multiprocessing.process import BaseProcess as _Process

    from artparse.output import AtomicWriter

CHUNK_SIZE = 48
"""Inputs per task sent to a worker: enough to make the hand-over cost small, few enough
that the first records come out at once and an interrupt waits for little."""
CHUNKS_PER_WORKER = 4
"""Chunks in flight per worker: keeps every worker busy while the head chunk is written out."""
SHUTDOWN_GRACE = 2.0
"""Seconds an interrupted run waits for workers to finish their chunk before ending them."""


class ExtractOptions(NamedTuple):
    """Everything one extraction needs besides the input; built once by the CLI."""

    parse: ParseOptions = ParseOptions()
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    output_dir: str | None = None
    """Write one JSON file per input under this directory instead of returning records."""
    layout: Layout = Layout()
    """The fields kept, and how each file under ``output_dir`` is written (format, indentation)."""


class Task(NamedTuple):
    """One input to process, and the file its JSON goes to (None: return the record)."""

    item: InputItem
    target: str | None = None
    refused: str | None = None
    """Why the output cannot be written, when that is known before reading (``output`` error)."""


class Result(NamedTuple):
    """The outcome for one input: a JSON record (or a written file), or an error."""

    item: InputItem
    record: bytes | None = None
    """The article as one line of JSON in UTF-8 (None when it was written to a file, or on error)."""
    error_code: str | None = None
    """The error's short name (``ArtparseError.code``), None on success."""
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.error_code is None


Outcome = tuple[bytes | None, str | None, str | None]
"""What a worker sends back per input: (record, error_code, message)."""

_writers: dict[str, AtomicWriter] = {}
"""This process's output-file writers, by output directory, made on first use."""


def _file_writer(root: str) -> AtomicWriter:
    writer = _writers.get(root)
    if writer is None:
        from artparse.output import AtomicWriter

        writer = _writers[root] = AtomicWriter(root)
    return writer


def _outcome(
    path: str,
    target: str | None,
    options: ExtractOptions,
    *,
    named: bool = True,
    json_record: JsonRecord | None = None,
) -> Outcome:
    """Read, decode, parse one input and write or return its JSON; errors become an Outcome.

    ``named``: the user named the path (read whatever it is); else it was found in a directory.
    ``json_record``: the input is this JSON Lines record (``path`` is ``PATH:LINE``), not a file.
    """
    from artparse.parser import parse  # imported at the first input: the vocabulary may be extended till then

    try:
        layout = options.layout
        if json_record is not None:
            record = _record_of_json(path, json_record, options)
        else:
            decoded = read_text(path, encoding=options.encoding, max_bytes=options.max_bytes, named=named)
            source, name_warning = source_name(path)
            warnings = decoded.warnings if name_warning is None else (*decoded.warnings, name_warning)
            record = parse(
                decoded.text,
                source=source,
                options=options.parse,
                encoding=decoded.encoding,
                warnings=warnings,
            ).to_dict()
            record = select(record, layout.fields)
        if target is None:
            return json_line_bytes(record), None, None
        if layout.fmt == "json" and layout.indent is not None:
            data = json_document_bytes(record, indent=layout.indent)
        elif layout.fmt in ("json", "jsonl"):
            data = json_line_bytes(record) + b"\n"
        else:
            data = document(record, layout).encode("utf-8")
        root = options.output_dir or os.path.dirname(target)
        _file_writer(root).write(target, data)
    except ArtparseError as exc:
        return None, exc.code, exc.reason
    except Exception as exc:  # a bug must cost one input, not the batch
        return None, "internal", f"internal error: {type(exc).__name__}: {exc}"
    return None, None, None


def _record_of_json(path: str, json_record: JsonRecord, options: ExtractOptions) -> dict[str, Any]:
    """The output record of one JSON Lines record: its article, and its other fields as ``input``."""
    from artparse.parser import parse
    from artparse.records import INPUT_KEY, given_of

    if len(json_record.text.encode("utf-8", "surrogatepass")) > options.max_bytes:
        raise InputTooLarge(f"the text is larger than {options.max_bytes} bytes")
    source, name_warning = source_name(path)
    given, rest = given_of(json_record.fields)
    record = parse(
        json_record.text,
        source=source,
        options=options.parse,
        warnings=() if name_warning is None else (name_warning,),
        given=given,
    ).to_dict()
    return {**select(record, options.layout.fields), INPUT_KEY: rest}


def process(item: InputItem, options: ExtractOptions, *, target: str | None = None) -> Result:
    """Read, decode and parse one input; every failure becomes an error Result."""
    if item.error:
        return Result(item, error_code="unreadable", message=item.error)
    record, code, message = _outcome(item.path, target, options, named=item.named, json_record=item.record)
    return Result(item, record, code, message)


def process_task(task: Task, options: ExtractOptions) -> Result:
    """``process`` for a task, whose output may be refused before any reading."""
    if task.refused is not None:
        return Result(task.item, error_code=OutputError.code, message=task.refused)
    return process(task.item, options, target=task.target)


def run(
    tasks: Iterable[Task], options: ExtractOptions, *, jobs: int = 1, chunk_size: int = CHUNK_SIZE
) -> Generator[Result, None, None]:
    """Results for ``tasks`` in their order, with ``jobs`` worker processes (1: in this process).

    Workers get ``chunk_size`` inputs at a time.
    Closing the iterator early (or an exception while it waits, such as KeyboardInterrupt)
    stops the workers: queued chunks are cancelled, running ones get a grace period.
    """
    batches = run_batches(tasks, options, jobs=jobs, chunk_size=chunk_size)
    try:
        for batch in batches:
            yield from batch
    finally:
        batches.close()


def run_batches(
    tasks: Iterable[Task], options: ExtractOptions, *, jobs: int = 1, chunk_size: int = CHUNK_SIZE
) -> Generator[list[Result], None, None]:
    """Like ``run``, but Results come in lists: those that became ready together.

    One at a time in this process; a worker's whole chunk at once. A writer flushes after
    each list: every record goes out as soon as it is ready, with one write per list.
    """
    if jobs <= 1:
        for task in tasks:
            yield [process_task(task, options)]
        return
    pool = _Pool(jobs, options, chunk_size)
    try:
        yield from pool.batches(tasks)
    finally:
        pool.close()


def _chunks(tasks: Iterable[Task], size: int) -> Iterator[list[Task]]:
    iterator = iter(tasks)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _local(task: Task) -> bool:
    """Inputs a worker cannot or need not read: stdin, pipes and devices named by the user
    (``/dev/fd/N`` is this process's), and inputs already known to fail."""
    return task.item.stream or task.item.error is not None or task.refused is not None


Work = tuple[str, "str | None", bool, "JsonRecord | None"]
"""What a worker gets per input: (path, target, named, JSON Lines record)."""


def _work(chunk: list[Task]) -> list[Work]:
    return [(t.item.path, t.target, t.item.named, t.item.record) for t in chunk]


def _work_chunk(work: list[Work]) -> list[Outcome]:
    """Worker side: one Outcome per (path, target, named, record)."""
    options = _worker_options
    if options is None:  # not an assert: must hold under python -O
        raise RuntimeError("worker used before _init_worker")
    return [
        _outcome(path, target, options, named=named, json_record=record)
        for path, target, named, record in work
    ]


_worker_options: ExtractOptions | None = None


def _init_worker(options: ExtractOptions) -> None:
    """Worker set-up: the options, and signals left to the main process.

    Ctrl-C reaches the whole process group; the main process decides what happens, so
    workers ignore SIGINT (no tracebacks from them). SIGTERM or SIGHUP ends a worker at once,
    removing any half-written output file first.
    """
    global _worker_options
    _worker_options = options
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), _end_worker)


def _end_worker(signum: int, _frame: object) -> None:
    from artparse.output import remove_quietly

    for writer in _writers.values():
        if writer.temp is not None:
            remove_quietly(writer.temp)
    os._exit(128 + signum)


class _Pool:
    """Worker processes, a bounded window of chunks in flight, Results in order."""

    def __init__(self, jobs: int, options: ExtractOptions, chunk_size: int) -> None:
        self.jobs = jobs
        self.options = options
        self.chunk_size = chunk_size
        self.executor: ProcessPoolExecutor | None = None
        self.window: deque[tuple[list[Task], Future[list[Outcome]] | None]] = deque()
        self.collected = 0
        """Chunks taken off the window."""
        self.delivered = 0
        """Chunks whose Results reached the caller (equal to ``collected`` unless one was cut off)."""
        self._children_before: set[int | None] = set()
        """This process's children before the pool started: the ones after it are its workers."""

    def _start(self) -> ProcessPoolExecutor:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # fork: workers inherit the compiled patterns instead of importing and compiling
        # them again; elsewhere the platform's default start method (fork is unsafe on macOS).
        fork = sys.platform == "linux"
        if fork:
            compile_all()
        context = multiprocessing.get_context("fork" if fork else None)
        self._children_before = {p.pid for p in multiprocessing.active_children()}
        self.executor = ProcessPoolExecutor(
            self.jobs, mp_context=context, initializer=_init_worker, initargs=(self.options,)
        )
        return self.executor

    def _submit(self, chunk: list[Task]) -> Future[list[Outcome]] | None:
        """Hand a chunk to the workers; None for a local chunk, run here when its turn comes."""
        if _local(chunk[0]):
            return None
        executor = self.executor or self._start()
        return executor.submit(_work_chunk, _work(chunk))

    def batches(self, tasks: Iterable[Task]) -> Iterator[list[Result]]:
        """Each chunk's Results, in order, as soon as it and every chunk before it are done.

        Interrupted (KeyboardInterrupt) while waiting, it still yields the chunks already
        finished, then lets the interrupt go on.
        """
        limit = self.jobs * CHUNKS_PER_WORKER
        try:
            for chunk in self._split_local(_chunks(tasks, self.chunk_size)):
                self.window.append((chunk, self._submit(chunk)))
                while self.window and (len(self.window) >= limit or self._head_done()):
                    yield self._collect()
                    self.delivered += 1
            while self.window:
                yield self._collect()
                self.delivered += 1
        except KeyboardInterrupt:
            # only while nothing was lost in between: the output stays a prefix, in order
            while (
                self.collected == self.delivered
                and self.window
                and self._head_done()
                and self.window[0][1] is not None
            ):
                yield self._collect()
                self.delivered += 1
            raise

    def _head_done(self) -> bool:
        future = self.window[0][1]
        return future is None or future.done()

    @staticmethod
    def _split_local(chunks: Iterable[list[Task]]) -> Iterator[list[Task]]:
        """Chunks whose inputs are all local or all for workers (order kept)."""
        for chunk in chunks:
            if not any(_local(t) for t in chunk):
                yield chunk
                continue
            run: list[Task] = []
            for task in chunk:
                if _local(task):
                    if run:
                        yield run
                        run = []
                    yield [task]
                else:
                    run.append(task)
            if run:
                yield run

    def _collect(self) -> list[Result]:
        """Results of the oldest chunk in flight (waiting for it if need be).

        The chunk leaves the window last, so an interrupt while waiting leaves it in place.
        """
        from concurrent.futures.process import BrokenProcessPool

        chunk, future = self.window[0]
        if future is None:
            results = [process_task(task, self.options) for task in chunk]
        else:
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                outcomes = self._recover(chunk)
            results = [
                Result(task.item, record, code, message)
                for task, (record, code, message) in zip(chunk, outcomes, strict=True)
            ]
        self.collected += 1
        self.window.popleft()
        return results

    def _recover(self, chunk: list[Task]) -> list[Outcome]:
        """A worker died: retry the chunk one input at a time in a new pool, then resubmit the rest.

        An input that kills a worker again is reported as failed; the others get their results.
        """
        from concurrent.futures.process import BrokenProcessPool

        self._restart()
        outcomes: list[Outcome] = []
        for task in chunk:
            try:
                outcomes.extend(self._restarted_submit([task]).result())
            except BrokenProcessPool:
                outcomes.append((None, "internal", "internal error: the worker process died on this input"))
                self._restart()
        head, *rest = self.window  # the head is this chunk: _collect takes it off
        self.window = deque([head, *((c, None if f is None else self._restarted_submit(c)) for c, f in rest)])
        return outcomes

    def _restarted_submit(self, chunk: list[Task]) -> Future[list[Outcome]]:
        executor = self.executor or self._start()
        return executor.submit(_work_chunk, _work(chunk))

    def _restart(self) -> None:
        if self.executor is not None:
            self.executor.shutdown(wait=True, cancel_futures=True)
            self.executor = None

    def close(self) -> None:
        """Stop the workers: cancel what has not started, give running chunks a grace period,
        then end the workers still busy (public APIs only: ``terminate_workers`` where Python
        has it, 3.14; else SIGTERM to this process's children started with the pool, whose
        handler removes a half-written output file first)."""
        from concurrent.futures import wait

        executor, self.executor = self.executor, None
        futures = [future for _, future in self.window if future is not None]
        self.window.clear()
        if executor is None:
            return
        for future in futures:
            future.cancel()
        _, busy = wait(futures, timeout=SHUTDOWN_GRACE)
        if busy:
            terminate_workers = getattr(executor, "terminate_workers", None)
            if terminate_workers is not None:
                terminate_workers()
            else:
                for worker in self._workers():
                    worker.terminate()
        executor.shutdown(wait=True, cancel_futures=True)  # its thread reaps every worker

    def _workers(self) -> list[_Process]:
        """The pool's worker processes: this process's children started with it."""
        import multiprocessing

        return [p for p in multiprocessing.active_children() if p.pid not in self._children_before]
