"""The Dask engine: parse many articles on a Dask cluster, from and to any fsspec storage.

>>> import artparse.distributed as ad                                     # doctest: +SKIP
>>> bag = ad.extract("s3://news-raw/2019/**/*.txt", storage_options={})   # doctest: +SKIP
>>> df = ad.to_dataframe(bag)                                             # doctest: +SKIP

``run`` writes one part per partition of inputs (``part-NNNNN.jsonl`` or ``.parquet``), the
failures of each partition beside it (``_errors-NNNNN.jsonl``) and a ``_manifest.json``. It
streams the input listing into a bounded window of tasks, so the client holds neither the
listing nor the records. ``run_cli`` is what ``artparse extract --engine dask`` calls.

Importing this module imports no Dask; each entry point imports it (``pip install
'artparse[dask]'``) and says so clearly when it is missing.
"""

from __future__ import annotations

import errno
import itertools
import json
import re
import signal
import sys
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from typing import IO, TYPE_CHECKING, Any

from artparse.display import safe_text
from artparse.errors import OptionError
from artparse.inputs import DEFAULT_PATTERN
from artparse.io import DEFAULT_MAX_BYTES
from artparse.state import ParseOptions

if TYPE_CHECKING:
    import dask.bag
    import dask.dataframe
    from distributed import Client

    from artparse.dist_inputs import Work
    from artparse.dist_parts import PartReport, ReadSettings

DEFAULT_PARTITION_SIZE = 1000
"""Inputs per part: a part takes a worker about a second (a few MB of records), enough that
scheduling costs little and few enough that a lost worker redoes little."""
TASKS_PER_THREAD = 2
"""Partitions in flight per worker thread: every thread has its next partition waiting."""
TASK_RETRIES = 2
"""Retries of a partition whose task raised (a storage hiccup on writing its part)."""
MANIFEST = "_manifest.json"
"""Beginning with ``_``, as the errors files: dataset readers (Spark, pyarrow, pandas, Dask)
skip such names, so the output directory reads as a dataset of its parts alone."""
EXTRA_HINT = "pip install 'artparse[dask]'"
EXIT_OK, EXIT_FAILED = 0, 1
RESUME_KEYS = ("inputs", "pattern", "partition_size", "format")
"""Manifest entries a resumed run must share with the run it resumes (they fix the parts)."""


class EngineMissing(OptionError):
    """The Dask engine's libraries are not installed."""


def require_engine() -> None:
    """Raise ``EngineMissing`` unless dask, distributed, fsspec and pyarrow import."""
    missing = []
    for module in ("dask.bag", "distributed", "fsspec", "pyarrow"):
        try:
            __import__(module)
        except ImportError:
            missing.append(module.split(".")[0])
    if missing:
        raise EngineMissing(f"the Dask engine needs {', '.join(missing)}: {EXTRA_HINT}")


# --- the library: a bag of records ---------------------------------------------------------


def _read_settings(
    options: ParseOptions | None, encoding: str | None, max_bytes: int, storage_options: dict[str, Any] | None
) -> ReadSettings:
    from artparse.dist_parts import ReadSettings

    return ReadSettings(
        parse=options or ParseOptions(),
        encoding=encoding,
        max_bytes=max_bytes,
        storage_options=dict(storage_options or {}),
    )


def extract(
    urlpath: str | Sequence[str],
    *,
    storage_options: dict[str, Any] | None = None,
    pattern: str = DEFAULT_PATTERN,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    keep_errors: bool = False,
) -> dask.bag.Bag:
    """A dask.bag of records (``Article.to_dict()``), one per input, read on the workers.

    ``urlpath``: paths, directories (files matching ``pattern``), globs or fsspec URLs.
    Failed inputs are left out, unless ``keep_errors``: then their ``{"source", "error",
    "message"}`` entries are in the bag too. The listing is made here, on the client.
    """
    require_engine()
    import dask.bag as db

    from artparse.dist_inputs import iter_work

    names = [urlpath] if isinstance(urlpath, str) else list(urlpath)
    work = list(iter_work(names, pattern=pattern, storage_options=storage_options))
    settings = _read_settings(options, encoding, max_bytes, storage_options)
    bag = db.from_sequence(work, partition_size=max(1, partition_size))
    return bag.map_partitions(_bag_partition, settings=settings, keep_errors=keep_errors)


def _bag_partition(
    work: Iterable[Work], *, settings: ReadSettings, keep_errors: bool
) -> list[dict[str, Any]]:
    from artparse.dist_parts import records_and_errors

    records, errors = records_and_errors(work, settings)
    return [*records, *errors] if keep_errors else records


def to_dataframe(bag: dask.bag.Bag) -> dask.dataframe.DataFrame:
    """A dask.dataframe of a bag of records, with the Parquet schema's types (Arrow-backed)."""
    require_engine()
    import dask
    import dask.dataframe as dd

    from artparse.dist_schema import record_schema

    meta = _frame(record_schema().empty_table())
    parts = [dask.delayed(_records_frame)(part) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=meta, verify_meta=False)


def _records_frame(records: list[dict[str, Any]]) -> Any:
    from artparse.dist_schema import record_table

    return _frame(record_table(records))


def _frame(table: Any) -> Any:
    import pandas as pd

    return table.to_pandas(types_mapper=pd.ArrowDtype)


# --- the engine: parts in an output directory ----------------------------------------------


@dataclass(frozen=True, slots=True, kw_only=True)
class RunSettings:
    """One run of the engine, built once by the caller."""

    inputs: tuple[str, ...]
    """Paths, directories, globs or URLs, as the user named them."""
    output_dir: str
    """A local directory or an fsspec URL for the parts."""
    fmt: str = "jsonl"
    """``jsonl`` or ``parquet``."""
    pattern: str = DEFAULT_PATTERN
    """File name patterns (comma-separated) for files in directories."""
    partition_size: int = DEFAULT_PARTITION_SIZE
    """Inputs per part."""
    skip_existing: bool = False
    """Leave partitions whose part exists (resume a run with the same settings)."""
    options: ParseOptions = field(default_factory=ParseOptions)
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    storage_options: dict[str, Any] = field(default_factory=dict)
    """fsspec options for the inputs and the output directory."""
    files_from: Callable[[], Iterator[str]] | None = None
    """More input names, read lazily (``--files-from``)."""


@dataclass(slots=True, kw_only=True)
class RunReport:
    """What a run did (filled in as parts finish)."""

    parts: int = 0
    """Partitions of the inputs."""
    written: int = 0
    """Parts written by this run."""
    skipped_parts: int = 0
    skipped_files: int = 0
    records: int = 0
    failed: int = 0
    """Inputs that failed (their entries are in ``_errors-NNNNN.jsonl``)."""
    missing: dict[int, str] = field(default_factory=dict)
    """Partitions whose part could not be written, with why."""
    first_part_seconds: float | None = None
    """Seconds from the start to the first part written."""

    @property
    def complete(self) -> bool:
        return not self.missing


def run(
    settings: RunSettings,
    *,
    client: Client,
    on_part: Callable[[PartReport], None] | None = None,
    on_skip: Callable[[int], None] | None = None,
) -> RunReport:
    """Parse every input on ``client``'s cluster into parts under ``settings.output_dir``.

    Raises ``OptionError`` when the output directory holds a run with other settings and
    ``skip_existing`` asks to resume it. A partition whose task fails for good (its workers
    keep dying) is reported in ``RunReport.missing``; the others are still written.
    """
    import uuid

    from distributed import as_completed

    from artparse.dist_inputs import chunks, iter_work
    from artparse.dist_parts import PartSettings, part_name, write_atomic, write_partition

    started = time.monotonic()
    fs, root = prepare_output(settings)
    manifest = _manifest_base(settings)
    done = _finished_parts(fs, root, settings) if settings.skip_existing else set()
    write_atomic(fs, f"{root}/{MANIFEST}", _json({**manifest, "complete": False}))

    part_settings = PartSettings(
        output_dir=settings.output_dir,
        fmt=settings.fmt,
        read=_read_settings(
            settings.options, settings.encoding, settings.max_bytes, settings.storage_options
        ),
    )
    window = max(2, TASKS_PER_THREAD * max(1, sum(client.nthreads().values())))
    token = uuid.uuid4().hex[:8]
    report = RunReport()
    indexes: dict[str, int] = {}
    pending = as_completed()

    def collect(future: Any) -> None:
        index = indexes.pop(future.key)
        if future.status == "finished":
            part: PartReport = future.result()
            report.written += 1
            report.records += part.records
            report.failed += len(part.errors)
            if report.first_part_seconds is None:
                report.first_part_seconds = time.monotonic() - started
            if on_part is not None:
                on_part(part)
        else:
            report.missing[index] = _failure(future)
        future.release()

    work = iter_work(settings.inputs, pattern=settings.pattern, storage_options=settings.storage_options)
    if settings.files_from is not None:
        listed = iter_work(
            settings.files_from(),
            pattern=settings.pattern,
            storage_options=settings.storage_options,
            listed=True,
        )
        work = itertools.chain(work, listed)
    for index, chunk in enumerate(chunks(work, settings.partition_size)):
        report.parts += 1
        if part_name(index, settings.fmt) in done:
            report.skipped_parts += 1
            report.skipped_files += len(chunk)
            if on_skip is not None:
                on_skip(len(chunk))
            continue
        future = client.submit(
            write_partition,
            index,
            chunk,
            settings=part_settings,
            key=f"artparse-part-{index:05d}-{token}",
            retries=TASK_RETRIES,
            pure=False,
        )
        indexes[future.key] = index
        pending.add(future)
        while pending.count() >= window:
            collect(next(pending))
    for future in pending:
        collect(future)

    final = {
        **manifest,
        "complete": report.complete,
        "parts": report.parts,
        "parts_written": report.written,
        "parts_skipped": report.skipped_parts,
        "records": report.records,
        "errors": report.failed,
        "files_skipped": report.skipped_files,
        "missing_parts": [part_name(i, settings.fmt) for i in sorted(report.missing)],
        "seconds": round(time.monotonic() - started, 3),
    }
    if report.complete:
        _remove_stale_parts(fs, root, report.parts)
    write_atomic(fs, f"{root}/{MANIFEST}", _json(final))
    _remove_stale_temporaries(fs, root)
    return report


_NUMBERED = re.compile(r"(?:part|_errors)-(\d+)\.(?:jsonl|parquet)")


def _remove_stale_parts(fs: Any, root: str, parts: int) -> None:
    """Parts and errors numbered beyond this run's last, left by an earlier run over more
    inputs in the same directory: kept, they would add its records to this run's."""
    for path in fs.ls(root, detail=False):
        match = _NUMBERED.fullmatch(path.rsplit("/", 1)[-1])
        if match and int(match.group(1)) >= parts:
            fs.rm_file(path)


def prepare_output(settings: RunSettings) -> tuple[Any, str]:
    """(filesystem, root) of the output directory, created if missing.

    Raises ``OptionError`` when it cannot be created, or when ``skip_existing`` would resume
    a run made with other settings: both before any work.
    """
    from fsspec.core import url_to_fs

    try:
        fs, root = url_to_fs(settings.output_dir, **settings.storage_options)
        root = root.rstrip("/") or root
        fs.makedirs(root, exist_ok=True)
        if fs.isfile(root):
            raise NotADirectoryError(errno.ENOTDIR, "not a directory")
    except (OSError, ValueError) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise OptionError(f"--output-dir: {settings.output_dir}: {reason}") from None
    if settings.skip_existing:
        _finished_parts(fs, root, settings)
    return fs, root


def _remove_stale_temporaries(fs: Any, root: str) -> None:
    """Temporary part files left by workers that died while writing (none is running now)."""
    from artparse.dist_parts import writes_in_place

    if writes_in_place(fs):
        return  # no temporary names there, and no listing to pay for
    for temp in fs.glob(f"{root}/.*.tmp"):
        fs.rm(temp)


def _failure(future: Any) -> str:
    if future.status == "cancelled":
        return "cancelled"
    exc = future.exception()
    return f"{type(exc).__name__}: {exc}"


def _json(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8", "surrogateescape")


def _manifest_base(settings: RunSettings) -> dict[str, Any]:
    from artparse import __version__

    return {
        "artparse_version": __version__,
        "engine": "dask",
        "inputs": list(settings.inputs),
        "files_from": settings.files_from is not None,
        "pattern": settings.pattern,
        "partition_size": settings.partition_size,
        "format": settings.fmt,
        "parse_options": {
            k: sorted(v) if isinstance(v, frozenset) else v for k, v in asdict(settings.options).items()
        },
    }


def _finished_parts(fs: Any, root: str, settings: RunSettings) -> set[str]:
    """Names of the parts already in ``root``, after checking it holds the same run."""
    try:
        previous = json.loads(fs.cat_file(f"{root}/{MANIFEST}"))
    except FileNotFoundError:
        previous = None
    if previous is not None:
        current = _manifest_base(settings)
        for key in RESUME_KEYS:
            if previous.get(key) != current[key]:
                raise OptionError(
                    f"--skip-existing: {settings.output_dir} holds a run with another {key} "
                    f"({previous.get(key)!r}, not {current[key]!r}); resume with the same settings"
                )
    try:
        names = fs.ls(root, detail=False)
    except FileNotFoundError:
        return set()
    return {name.rsplit("/", 1)[-1] for name in names if name.rsplit("/", 1)[-1].startswith("part-")}


@contextmanager
def connect(scheduler: str | None = None, *, workers: int = 0) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a LocalCluster (``workers`` processes,
    0: one per core, one thread each), closed on exit."""
    import logging

    from distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    from artparse.runner import default_jobs

    n_workers = workers or default_jobs()
    with (
        LocalCluster(
            n_workers=n_workers,
            threads_per_worker=1,
            processes=True,
            silence_logs=logging.ERROR,
            preload=["artparse.dist_worker"],
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def dashboard(client: Client) -> str | None:
    """The address of the cluster's dashboard, if it serves one."""
    services = client.scheduler_info().get("services", {})
    return str(client.dashboard_link) if "dashboard" in services else None


# --- the command line ----------------------------------------------------------------------


def check_cli(
    paths: Sequence[str],
    *,
    engine: str,
    scheduler: str | None,
    fmt: str,
    output_dir: str | None,
    partition_size: int | None = None,
    explain: bool = False,
    fail_fast: bool = False,
    fields: str | None = None,
) -> str:
    """The part format for a ``--engine dask`` command line; ``OptionError`` for a usage error."""
    if engine != "dask":
        if fmt == "parquet":
            raise OptionError("--format parquet needs --engine dask")
        if scheduler:
            raise OptionError("--scheduler needs --engine dask")
        if partition_size:
            raise OptionError("--partition-size needs --engine dask")
    if not output_dir:
        raise OptionError("--engine dask writes parts: give --output-dir DIR (a directory or a URL)")
    if fmt not in ("auto", "jsonl", "parquet"):
        raise OptionError(f"--engine dask writes jsonl or parquet parts, not {fmt}")
    for flag, given in (("--explain", explain), ("--fail-fast", fail_fast), ("--fields", fields is not None)):
        if given:
            raise OptionError(f"{flag} is not available with --engine dask: parts hold whole records")
    if "-" in paths:
        raise OptionError("--engine dask reads files, not stdin (-)")
    require_engine()
    return "parquet" if fmt == "parquet" else "jsonl"


def run_cli(
    paths: Sequence[str],
    *,
    engine: str,
    scheduler: str | None,
    partition_size: int | None,
    jobs: int,
    fmt: str,
    output_dir: str | None,
    skip_existing: bool,
    errors_path: str | None,
    quiet: bool,
    options: ParseOptions,
    encoding: str | None,
    max_bytes: int,
    pattern: str,
    files_from: str | None = None,
    null: bool = False,
    explain: bool = False,
    fail_fast: bool = False,
    fields: str | None = None,
) -> int:
    """``artparse extract --engine dask``: run, report on stderr, return the exit status.

    ``partition_size`` None: ``DEFAULT_PARTITION_SIZE``. Raises ``OptionError`` for a usage
    error (the CLI turns it into exit 2).
    """
    part_format = check_cli(
        paths,
        engine=engine,
        scheduler=scheduler,
        fmt=fmt,
        output_dir=output_dir,
        partition_size=partition_size,
        explain=explain,
        fail_fast=fail_fast,
        fields=fields,
    )
    if not paths and files_from is None:
        raise OptionError("no input: give files, directories, globs or URLs")
    assert output_dir is not None  # check_cli refused its absence
    names_from = None
    if files_from is not None:
        from artparse.filelist import read_names

        list_path = files_from

        def names_from() -> Iterator[str]:
            return read_names(list_path, null=null)

    settings = RunSettings(
        inputs=tuple(paths),
        output_dir=output_dir,
        fmt=part_format,
        pattern=pattern,
        partition_size=partition_size or DEFAULT_PARTITION_SIZE,
        skip_existing=skip_existing,
        options=options,
        encoding=encoding,
        max_bytes=max_bytes,
        files_from=names_from,
    )
    prepare_output(settings)
    error_log = _open_errors(errors_path)
    try:
        return _run_reporting(settings, scheduler=scheduler, jobs=jobs, quiet=quiet, error_log=error_log)
    finally:
        if error_log is not None:
            error_log.close()


STOP_SIGNALS = tuple(getattr(signal, n) for n in ("SIGTERM", "SIGHUP") if hasattr(signal, n))
"""Signals that stop a run as Ctrl-C does: the cluster is closed, the exit is 128 + the signal."""


class _Stopped(KeyboardInterrupt):
    """SIGTERM or SIGHUP during a run."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum


def _stop(signum: int, _frame: object) -> None:
    raise _Stopped(signum)


def _open_errors(path: str | None) -> IO[str] | None:
    if path is None:
        return None
    try:
        return open(path, "w", encoding="utf-8")
    except OSError as exc:
        raise OptionError(f"--errors: {path}: {exc.strerror or exc}") from None


def _run_reporting(
    settings: RunSettings, *, scheduler: str | None, jobs: int, quiet: bool, error_log: IO[str] | None
) -> int:
    from artparse.render.progress import Status

    status = Status(sys.stderr, bar=not quiet and sys.stderr.isatty())

    def on_part(part: PartReport) -> None:
        status.ok += part.records
        status.failed += len(part.errors)
        for entry in part.errors:
            status.error(f"artparse: {safe_text(entry['source'])}: {entry['message']}")
            if error_log is not None:
                error_log.write(json.dumps(entry, ensure_ascii=False) + "\n")
        if error_log is not None:
            error_log.flush()
        status.advance()

    def on_skip(files: int) -> None:
        status.skipped += files

    stopped_by: int | None = None
    report = RunReport()
    previous = {signum: signal.signal(signum, _stop) for signum in STOP_SIGNALS}
    try:
        with connect(scheduler, workers=jobs) as client:
            link = dashboard(client)
            if link and not quiet:
                status.error(f"artparse: dask dashboard: {link}")
            report = run(settings, client=client, on_part=on_part, on_skip=on_skip)
    except KeyboardInterrupt as exc:  # the cluster is closed on the way out
        stopped_by = exc.signum if isinstance(exc, _Stopped) else signal.SIGINT
    except OSError as exc:  # the scheduler or the output directory cannot be reached
        status.close()
        status.error(f"artparse: {exc}")
        return EXIT_FAILED
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)
    status.close()
    if not quiet:
        status.error(status.summary(interrupted=stopped_by is not None))
    if stopped_by is not None:
        return 128 + stopped_by
    if report.missing:
        names = ", ".join(f"part-{i:05d} ({why})" for i, why in sorted(report.missing.items()))
        status.error(f"artparse: the run is incomplete; parts not written: {names}")
    return EXIT_FAILED if report.missing or report.failed else EXIT_OK
