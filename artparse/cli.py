"""The command line: thin click wrappers over the library.

Only this module turns ArtparseError into messages and exit codes: 0 every input parsed,
1 some input failed (the others still come out), 2 usage error (nothing was processed),
130 interrupted by Ctrl-C (128 + the signal for SIGTERM), 141 output pipe closed early.
"""

from __future__ import annotations

import contextlib
import json
import os
import select
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from itertools import chain, islice
from typing import IO, Any, NamedTuple, TypeVar

import click

from artparse import __version__
from artparse.batch import CHUNK_SIZE, CHUNKS_PER_WORKER, ExtractOptions, Result, Task, run_batches
from artparse.dates import DATE_ORDERS
from artparse.errors import ArtparseError, OptionError
from artparse.inputs import STDIN, InputItem, iter_inputs
from artparse.io import DEFAULT_MAX_BYTES
from artparse.parser import active_rules
from artparse.render.progress import Status
from artparse.rules import RULE_NAMES, RULES
from artparse.state import ParseOptions

FORMATS = ("auto", "json", "jsonl", "pretty", "parquet")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 128 + signal.SIGINT
EXIT_BROKEN_PIPE = 128 + 13
"""What a shell reports for a writer killed by SIGPIPE (``find … | head -1``)."""
PARALLEL_MIN_FILES = 500
"""Below this many inputs, starting workers (each warms its own caches) costs more than it
saves: --jobs 2 breaks even at about 400 files of the bench corpus."""

F = TypeVar("F", bound=Callable[..., Any])


def _error_line(path: str, message: str) -> str:
    """``artparse: PATH: REASON`` on one line, whatever characters the file name holds."""
    return f"artparse: {_printable(path)}: {message}"


def _printable(path: str) -> str:
    """A file name with its control characters escaped ("a\\nb"), so an error stays one line."""
    if path.isprintable():
        return path
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in path)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# --- shared options ------------------------------------------------------------------------


def input_options(command: F) -> F:
    """Where the inputs come from: paths, ``--glob``, ``--files-from``, ``-0``."""
    for option in reversed(
        (
            click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True)),
            click.option(
                "--glob",
                "pattern",
                default="*.txt",
                show_default=True,
                help="File name pattern to pick files in directories.",
            ),
            click.option(
                "--files-from",
                metavar="FILE",
                type=click.Path(dir_okay=False, allow_dash=True),
                help="Also read input paths from FILE (- for stdin), one per line.",
            ),
            click.option(
                "-0",
                "--null",
                is_flag=True,
                help="--files-from names are separated by NUL, not newline (find -print0).",
            ),
        )
    ):
        command = option(command)
    return command


def parse_options(command: F) -> F:
    """How inputs are read and parsed."""
    for option in reversed(
        (
            click.option(
                "--date-order",
                type=click.Choice(DATE_ORDERS, case_sensitive=False),
                default="auto",
                show_default=True,
                help="How to read numeric dates whose day and month could swap (03.04.2015). "
                "auto: day first for '.', month first for '/' in English.",
            ),
            click.option(
                "--disable",
                "disabled",
                multiple=True,
                metavar="RULE",
                help="Skip a rule (repeatable). `artparse rules` lists them.",
            ),
            click.option(
                "--language", metavar="CODE", help="Force the language (ISO 639-1) instead of guessing."
            ),
            click.option(
                "--encoding",
                metavar="NAME",
                help="Decode inputs with this encoding instead of detecting it (e.g. cp1251).",
            ),
            click.option(
                "--max-bytes",
                type=click.IntRange(min=1),
                default=DEFAULT_MAX_BYTES,
                show_default=True,
                help="Refuse inputs larger than this many bytes.",
            ),
        )
    ):
        command = option(command)
    return command


def output_options(command: F) -> F:
    """Where results and errors go."""
    for option in reversed(
        (
            click.option(
                "--format",
                "-f",
                "fmt",
                type=click.Choice(FORMATS),
                default="auto",
                show_default=True,
                help="Output format. auto: pretty on a terminal, JSON when piped, "
                "JSON Lines when several inputs are piped.",
            ),
            click.option(
                "--output-dir",
                "-o",
                metavar="DIR",
                type=click.Path(file_okay=False),
                help="Write one NAME.json per input under DIR (created if missing), mirroring "
                "the inputs' paths, instead of writing to stdout. Files appear whole or not at all.",
            ),
            click.option(
                "--skip-existing",
                is_flag=True,
                help="With --output-dir: leave inputs whose NAME.json exists (resume a run).",
            ),
            click.option(
                "--errors",
                "errors_path",
                metavar="FILE",
                type=click.Path(dir_okay=False),
                help='Also write failures to FILE as JSON Lines: {"source", "error", "message"}.',
            ),
        )
    ):
        command = option(command)
    return command


def batch_options(command: F) -> F:
    """How a batch runs."""
    for option in reversed(
        (
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(min=0),
                default=0,
                help="Worker processes. 0 (default): one per core when there are enough files "
                "to pay for them, else 1. Output order never depends on it.",
            ),
            click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
            click.option(
                "--quiet",
                "-q",
                is_flag=True,
                help="No progress bar and no summary line (errors are still reported).",
            ),
        )
    ):
        command = option(command)
    return command


def engine_options(command: F) -> F:
    """Which engine runs a batch: this machine, or a Dask cluster (``artparse.distributed``)."""
    for option in reversed(
        (
            click.option(
                "--engine",
                type=click.Choice(("local", "dask")),
                default="local",
                show_default=True,
                help="dask: run on a Dask cluster, inputs and --output-dir may be URLs (s3://...); "
                "writes part-NNNNN.jsonl (or .parquet with --format parquet). Needs "
                "pip install 'artparse[dask]'.",
            ),
            click.option(
                "--scheduler",
                metavar="ADDRESS",
                help="With --engine dask: the scheduler of an existing cluster (tcp://HOST:8786); "
                "default: a local cluster, --jobs workers (one per core).",
            ),
            click.option(
                "--partition-size",
                type=click.IntRange(min=1),
                help="With --engine dask: inputs per part file (default: 1,000).",
            ),
        )
    ):
        command = option(command)
    return command


# --- commands ------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="artparse")
def cli() -> None:
    """Split raw article text files into structured data: title, date, authors,
    dateline, captions, body paragraphs.

    \b
    Examples:
      artparse extract article.txt
      artparse extract corpus/ --format jsonl | jq -r .title
      cat article.txt | artparse extract -
    """


class InputSpec(NamedTuple):
    """The inputs as the user named them."""

    paths: tuple[str, ...]
    files_from: str | None = None
    null: bool = False
    pattern: str = "*.txt"

    @property
    def several(self) -> bool:
        """A batch (JSON Lines, a summary) rather than one file."""
        one = len(self.paths) == 1 and (self.paths[0] == STDIN or not os.path.isdir(self.paths[0]))
        return self.files_from is not None or not one

    @property
    def rereadable(self) -> bool:
        """Can the inputs be listed a second time (to count them for the progress bar)?"""
        from artparse.filelist import is_rereadable

        return STDIN not in self.paths and (self.files_from is None or is_rereadable(self.files_from))


class BatchSettings(NamedTuple):
    """How the CLI runs a batch and reports on it (built once from the flags)."""

    fmt: str
    several: bool
    jobs: int
    fail_fast: bool = False
    quiet: bool = False
    skip_existing: bool = False
    output_dir: str | None = None
    errors_path: str | None = None


@cli.command()
@input_options
@output_options
@batch_options
@parse_options
@engine_options
@click.option(
    "--explain",
    is_flag=True,
    help="Print each source line with the rule that claimed it (for debugging rules).",
)
def extract(
    paths: tuple[str, ...],
    pattern: str,
    files_from: str | None,
    null: bool,
    fmt: str,
    output_dir: str | None,
    skip_existing: bool,
    errors_path: str | None,
    jobs: int,
    fail_fast: bool,
    quiet: bool,
    date_order: str,
    disabled: tuple[str, ...],
    language: str | None,
    encoding: str | None,
    max_bytes: int,
    engine: str,
    scheduler: str | None,
    partition_size: int | None,
    explain: bool,
) -> None:
    """Extract articles from files, directories (recursing into *.txt) or stdin (-).

    Several inputs come out in input order (directories walked sorted) as JSON Lines, each
    record written as soon as it is ready; failures are reported on stderr, one line each,
    and the run goes on (exit 1 at the end).

    \b
    Examples:
      artparse extract samples/kazakhstan-china.txt
      artparse extract article.txt | jq .authors
      artparse extract --format jsonl corpus/ > out.jsonl
      artparse extract corpus/ --output-dir out/ --skip-existing
      find corpus -name '*.txt' -print0 | artparse extract --files-from - -0 > out.jsonl
      artparse extract --jobs 4 --errors failed.jsonl corpus/ > out.jsonl
      cat article.txt | artparse extract -
      artparse extract --explain article.txt
      artparse extract --date-order MDY us-articles/
      artparse extract --engine dask 's3://news-raw/2019/**/*.txt' -o s3://news-parsed/2019/
      artparse extract --engine dask --scheduler tcp://10.0.0.5:8786 corpus/ -o out/ --format parquet
    """
    order = date_order.upper() if date_order.lower() != "auto" else "auto"
    parse_opts = ParseOptions(date_order=order, disabled_rules=frozenset(disabled), language=language)
    try:
        active_rules(parse_opts.disabled_rules)
    except OptionError as exc:
        raise click.UsageError(str(exc)) from None
    if engine != "local" or scheduler or partition_size or fmt == "parquet":
        from artparse.distributed import run_cli

        try:
            sys.exit(
                run_cli(
                    paths,
                    engine=engine,
                    scheduler=scheduler,
                    partition_size=partition_size,
                    jobs=jobs,
                    fmt=fmt,
                    output_dir=output_dir,
                    skip_existing=skip_existing,
                    errors_path=errors_path,
                    quiet=quiet,
                    options=parse_opts,
                    encoding=encoding,
                    max_bytes=max_bytes,
                    pattern=pattern,
                    files_from=files_from,
                    null=null,
                    explain=explain,
                    fail_fast=fail_fast,
                )
            )
        except OptionError as exc:
            raise click.UsageError(str(exc)) from None
    if files_from == STDIN and STDIN in paths:
        raise click.UsageError("stdin cannot be both an input (-) and the --files-from list")
    if files_from not in (None, STDIN):
        try:
            open(files_from, "rb").close()  # an unreadable list is a usage error before any work
        except OSError as exc:
            raise click.BadParameter(
                f"{files_from}: {exc.strerror or exc}", param_hint="'--files-from'"
            ) from None
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")
    if output_dir and (explain or fmt == "pretty"):
        what = "--explain" if explain else "--format pretty"
        raise click.UsageError(f"{what} writes to the terminal; it cannot go to --output-dir")
    if not paths and files_from is None:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give files or directories, or - for stdin")
        paths = (STDIN,)

    spec = InputSpec(paths=paths, files_from=files_from, null=null, pattern=pattern)
    if fmt == "auto" and output_dir:
        fmt = "json"  # one indented JSON document per file
    elif fmt == "auto":
        fmt = "pretty" if sys.stdout.isatty() else ("jsonl" if spec.several else "json")
    options = ExtractOptions(
        parse=parse_opts,
        encoding=encoding,
        max_bytes=max_bytes,
        output_dir=_prepared_output_dir(output_dir),
        file_indent=None if fmt == "jsonl" else 2,
    )
    if explain:
        sys.exit(_explain(_items(spec), options))
    settings = BatchSettings(
        fmt=fmt,
        several=spec.several,
        jobs=jobs,
        fail_fast=fail_fast,
        quiet=quiet,
        skip_existing=skip_existing,
        output_dir=options.output_dir,
        errors_path=errors_path,
    )
    sys.exit(_run_batch(spec, options, settings))


def _prepared_output_dir(output_dir: str | None) -> str | None:
    """Create and check ``--output-dir`` before any work starts (a usage error when unusable)."""
    if output_dir is None:
        return None
    from artparse.output import OutputError, prepare_output_dir

    try:
        prepare_output_dir(output_dir)
    except OutputError as exc:
        raise click.BadParameter(f"{output_dir}: {exc}", param_hint="'--output-dir'") from None
    return output_dir


# --- inputs --------------------------------------------------------------------------------


def _named(spec: InputSpec) -> Iterator[str]:
    """Every name the user gave: the arguments, then the ``--files-from`` list."""
    yield from spec.paths
    if spec.files_from is not None:
        from artparse.filelist import read_names

        try:
            for name in read_names(spec.files_from, null=spec.null):
                # a listed "-" is a file of that name, not stdin
                yield os.path.join(os.curdir, name) if name == STDIN else name
        except OSError as exc:
            raise click.BadParameter(
                f"{spec.files_from}: {exc.strerror or exc}", param_hint="'--files-from'"
            ) from None


def _items_with_relative(spec: InputSpec) -> Iterator[tuple[InputItem, str]]:
    """Each input, with the path it takes under --output-dir.

    Files found in a directory keep their path below it (``rsync dir/ out/``); a file named
    directly keeps the path as given (``rsync --relative``), so names from different places
    do not collide.
    """
    for name in _named(spec):
        walked = name != STDIN and os.path.isdir(name)
        for item in iter_inputs([name], pattern=spec.pattern):
            yield item, item.relative if walked or name == STDIN else name


def _items(spec: InputSpec) -> Iterator[InputItem]:
    return (item for item, _ in _items_with_relative(spec))


def _tasks(spec: InputSpec, settings: BatchSettings, status: Status) -> Iterator[Task]:
    """The work: each input with its output file; finished ones left out with --skip-existing."""
    if settings.output_dir is None:
        yield from (Task(item) for item in _items(spec))
        return
    from artparse.output import output_target

    for item, relative in _items_with_relative(spec):
        target = output_target(settings.output_dir, relative)
        if settings.skip_existing and os.path.exists(target):
            status.skipped += 1
            continue
        yield Task(item, target)


T = TypeVar("T")


def _peek(iterable: Iterable[T], n: int) -> tuple[list[T], Iterator[T]]:
    """The first ``n`` elements, and an iterator over all of them."""
    iterator = iter(iterable)
    head = list(islice(iterator, n))
    return head, chain(head, iterator)


# --- running a batch -----------------------------------------------------------------------


class _Signalled(KeyboardInterrupt):
    """Ctrl-C, SIGTERM or SIGHUP while a batch runs: stop cleanly, exit 128 + the signal."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


class _StopSignals:
    """The batch's handler for stop signals: raise ``_Signalled`` at once, except inside
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
        raise _Signalled(signum)

    def __enter__(self) -> None:
        self.depth += 1

    def __exit__(self, *_exc: object) -> None:
        self.depth -= 1
        if not self.depth and self.pending is not None:
            signum, self.pending = self.pending, None
            raise _Signalled(signum)


FILE_BLOCK = 1 << 16
"""Bytes of records gathered before a send when the output is a file."""


class _RecordSink:
    """Records to stdout in the chosen format; ``flush`` sends those written since the last.

    JSON is sent with ``os.write`` and what is still unsent is kept: a send cut short by
    Ctrl-C is finished by ``close``, so the output never ends in the middle of a record.
    """

    def __init__(self, out: IO[str], fmt: str, several: bool, signals: _StopSignals) -> None:
        self.out = out
        self.fmt = fmt
        self.several = several
        self.signals = signals
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
        """Output to a file, where no reader waits on each record: it is sent in blocks."""
        self._pending = 0

    def write(self, record: bytes) -> None:
        """Take one record: a JSON line in UTF-8, a file name's undecodable bytes as they came."""
        self._pending += len(record)
        if self.fmt == "jsonl":
            self._parts += record, b"\n"
        elif self.fmt == "json":
            text = json.dumps(_load(record), ensure_ascii=False, indent=2)
            if self.several:
                text = ("[\n" if self.count == 0 else ",\n") + text
            else:
                text += "\n"
            self._parts.append(text.encode("utf-8", "surrogateescape"))
        else:
            from artparse.render.pretty import render_pretty

            self._console = self._console or _console(self.out)
            render_pretty(_load(record), self._console)
        self.count += 1

    def flush(self, *, force: bool = False) -> None:
        """Send the records written since the last flush.

        To a pipe or a terminal every record goes out as soon as it is ready (a reader may
        be waiting on it); to a file they go out in blocks of ``FILE_BLOCK`` characters, as
        any buffered writer sends them, and all of them at ``close``.
        """
        if self._to_file and not force and self._pending < FILE_BLOCK:
            return
        self._pending = 0
        if self._parts:
            with self.signals:
                data = b"".join(self._parts)
                self._parts.clear()
                self._unsent = memoryview(bytes(self._unsent) + data if self._unsent else data)
            self._send_unsent()
        self.out.flush()

    def _send_unsent(self) -> None:
        if self._fd is None:
            with self.signals:
                self.out.write(bytes(self._unsent).decode("utf-8", "surrogateescape"))
                self._unsent = memoryview(b"")
            return
        self.out.flush()
        while self._unsent:
            if self._may_block:
                select.select([], [self._fd], [])  # a stop while the reader stalls ends the wait here
            with self.signals:  # what os.write sent is always taken off, even if a stop comes
                self._unsent = self._unsent[os.write(self._fd, self._unsent) :]

    def close(self) -> None:
        """Finish an interrupted send; close the JSON array of a batch (valid even then)."""
        self._send_unsent()
        if self.fmt == "json" and self.several:
            self._parts.append(b"\n]\n" if self.count else b"[]\n")
        self.flush(force=True)


def _load(record: bytes) -> Any:
    return json.loads(record.decode("utf-8", "surrogateescape"))


def _may_block(fd: int) -> bool:
    """Can a write to ``fd`` wait for a reader (a pipe, a socket, a terminal), unlike a file?"""
    mode = os.fstat(fd).st_mode
    return stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or os.isatty(fd)


def _open_errors(path: str | None) -> IO[str] | None:
    if path is None:
        return None
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise click.BadParameter(f"{path}: {exc.strerror or exc}", param_hint="'--errors'") from None


def _plan_jobs(tasks: Iterator[Task], requested: int) -> tuple[Iterator[Task], int, int]:
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


def _run_batch(spec: InputSpec, options: ExtractOptions, settings: BatchSettings) -> int:
    """Run every input, write records and errors as they come; returns the exit status."""
    # the bar needs a terminal of its own: records printed to the same one would tear it
    records_on_terminal = settings.output_dir is None and sys.stdout.isatty()
    show_bar = settings.several and not settings.quiet and sys.stderr.isatty() and not records_on_terminal

    def count() -> int | None:
        return sum(1 for _ in _items(spec)) if spec.rereadable else None

    status = Status(sys.stderr, bar=show_bar, total=count)
    error_log = _open_errors(settings.errors_path)
    signals = _StopSignals()
    sink = None if settings.output_dir else _RecordSink(sys.stdout, settings.fmt, settings.several, signals)
    stopped_by: int | None = None
    signals.install()
    try:
        try:
            tasks, jobs, chunk = _plan_jobs(_tasks(spec, settings, status), settings.jobs)
            batches = run_batches(tasks, options, jobs=jobs, chunk_size=chunk)
            try:
                for batch in batches:
                    if not _take(batch, status, sink, error_log, signals, fail_fast=settings.fail_fast):
                        break
            finally:
                with signals:  # stopping the workers is bounded (a grace period): let it end
                    batches.close()
        except KeyboardInterrupt as exc:
            stopped_by = exc.signum if isinstance(exc, _Signalled) else signal.SIGINT
        if sink is not None:
            sink.close()
        status.close()
        if settings.several and not settings.quiet:
            status.error(status.summary(interrupted=stopped_by is not None))
    except BrokenPipeError:
        status.close()
        _silence_closed_streams()
        return EXIT_BROKEN_PIPE
    finally:
        signals.uninstall()
        if error_log is not None:
            error_log.close()
    if stopped_by is not None:
        return 128 + stopped_by
    return EXIT_FAILED if status.failed else EXIT_OK


def _take(
    batch: list[Result],
    status: Status,
    sink: _RecordSink | None,
    error_log: IO[str] | None,
    signals: _StopSignals,
    *,
    fail_fast: bool,
) -> bool:
    """Count, write and report results that became ready together; False to stop (--fail-fast)."""
    go_on = True
    for result in batch:
        if result.ok:
            with signals:  # a record is counted if and only if it goes out
                if sink is not None and result.record is not None:
                    sink.write(result.record)
                status.ok += 1
        else:
            status.failed += 1
            _report(result, status, error_log)
            if fail_fast:
                go_on = False
                break
    if sink is not None:
        sink.flush()
    status.advance()
    return go_on


def _report(result: Result, status: Status, error_log: IO[str] | None) -> None:
    message = result.message or "failed"
    status.error(_error_line(result.item.path, message))
    if error_log is not None:
        entry = {"source": result.item.path, "error": result.error_code, "message": message}
        error_log.write(json.dumps(entry, ensure_ascii=False) + "\n")
        error_log.flush()


def _silence_closed_streams() -> None:
    """The reader went away: point stdout and stderr at /dev/null so exit flushes stay quiet."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):  # CliRunner's streams have no descriptor
            os.dup2(devnull, stream.fileno())
    os.close(devnull)


def _console(out: IO[str]) -> Any:
    from rich.console import Console

    return Console(file=out, no_color=bool(os.environ.get("NO_COLOR")) or None)


def _explain(items: Iterable[InputItem], options: ExtractOptions) -> int:
    from artparse.io import read_text
    from artparse.lines import split_lines
    from artparse.normalize import normalize
    from artparse.parser import parse
    from artparse.render.explain import explain_lines

    failed = 0
    for item in items:
        try:
            if item.error:
                raise ArtparseError(item.error)
            decoded = read_text(item.path, encoding=options.encoding, max_bytes=options.max_bytes)
        except ArtparseError as exc:
            failed += 1
            click.echo(_error_line(item.path, str(exc)), err=True)
            continue
        article = parse(decoded.text, source=item.path, options=options.parse, encoding=decoded.encoding)
        click.echo(f"== {item.path} ({decoded.encoding}, {article.language or '?'})")
        for row in explain_lines(article, split_lines(normalize(decoded.text))):
            click.echo(row)
    return EXIT_FAILED if failed else EXIT_OK


@cli.command("rules")
def rules_command() -> None:
    """List the rules in the order they are tried, with what each claims.

    \b
    Example:
      artparse rules
      artparse extract --disable caption article.txt
    """
    width = max(len(n) for n in RULE_NAMES)
    for name, rule in RULES:
        doc = (rule.__doc__ or "").strip().splitlines()[0]
        click.echo(f"{name:<{width}}  {doc}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(prog_name="artparse")
    except KeyboardInterrupt:  # Ctrl-C outside a batch (a batch handles its own)
        sys.exit(EXIT_INTERRUPTED)
    except ArtparseError as exc:  # pragma: no cover - the commands convert their own errors
        click.echo(f"artparse: {exc}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, OptionError) else EXIT_FAILED)
