"""Worker side of the Dask engine: one partition of inputs in, one part file (and errors) out.

Runs on the workers: reads each input (local path or URL), decodes and parses it exactly as
the local engine does, and writes ``part-NNNNN.jsonl`` or ``.parquet`` and, when some input
failed, ``_errors-NNNNN.jsonl``. A failing input is an error entry, never a failed task. Every
file appears whole under its final name or not at all, and the errors file is written before
the part: a part that exists is a finished partition.
"""

from __future__ import annotations

import contextlib
import io
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from artparse.display import source_name
from artparse.dist_inputs import Work, chunks, is_url
from artparse.errors import ArtparseError, InputError
from artparse.io import DEFAULT_MAX_BYTES, decode, input_error, limited, read_bytes
from artparse.parser import parse
from artparse.render.json import json_line_bytes
from artparse.state import ParseOptions

PART_FORMATS = {"jsonl": "jsonl", "parquet": "parquet"}
"""Output format -> part file extension."""
ATOMIC_PUT_PROTOCOLS = frozenset({"s3", "s3a", "gs", "gcs", "abfs", "az", "adl", "memory"})
"""Stores where an object appears only once it is written whole (no temporary name needed)."""
FETCH_BATCH = 64
"""URL inputs fetched together: enough round trips in flight to hide the latency of object
storage, few enough (64 articles, a few hundred KB) to keep a worker's memory small."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadSettings:
    """How a worker reads and parses inputs (one record, sent once per task)."""

    parse: ParseOptions = field(default_factory=ParseOptions)
    """Parser options, as the local engine takes them."""
    encoding: str | None = None
    """Decode with this encoding instead of detecting it."""
    max_bytes: int = DEFAULT_MAX_BYTES
    """Refuse inputs larger than this."""
    storage_options: dict[str, Any] = field(default_factory=dict)
    """fsspec options for URL inputs and outputs (credentials, ``endpoint_url``...)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PartSettings:
    """Where and how a worker writes its part."""

    output_dir: str
    """A local directory or an fsspec URL."""
    fmt: str = "jsonl"
    """``jsonl`` or ``parquet``."""
    read: ReadSettings = field(default_factory=ReadSettings)
    """How the inputs are read and parsed."""


@dataclass(frozen=True, slots=True, kw_only=True)
class PartReport:
    """What a worker sends back for one partition: counts and the (small) error entries."""

    index: int
    """The partition number (the NNNNN of ``part-NNNNN``)."""
    records: int
    """Records written."""
    errors: tuple[dict[str, str], ...] = ()
    """``{"source", "error", "message"}`` per failed input, as the local ``--errors`` has them."""


def part_name(index: int, fmt: str) -> str:
    """``part-00042.jsonl``."""
    return f"part-{index:05d}.{PART_FORMATS[fmt]}"


def errors_name(index: int) -> str:
    """``_errors-00042.jsonl``."""
    return f"_errors-{index:05d}.jsonl"


def outcome(
    work: Work, settings: ReadSettings, *, fetched: bytes | BaseException | None = None
) -> tuple[dict[str, Any] | None, dict[str, str] | None]:
    """(record, None) or (None, error entry) for one input; never raises for a bad input.

    As the local engine: ``source`` is the name with undecodable bytes shown ``\\xNN`` (and a
    warning says so), an error's message is its reason. ``fetched``: the input's bytes when
    already fetched; an input whose fetch failed is read again on its own (a ranged read of an
    empty object is refused where a plain read is not), so its error is the one reading it
    alone gives.
    """
    source, name_warning = source_name(work.source)
    try:
        if work.error is not None:
            raise InputError(work.error)
        data = limited(fetched, settings.max_bytes) if isinstance(fetched, bytes) else _read(work, settings)
        decoded = decode(data, encoding=settings.encoding)
        warnings = decoded.warnings if name_warning is None else (*decoded.warnings, name_warning)
        article = parse(
            decoded.text,
            source=source,
            options=settings.parse,
            encoding=decoded.encoding,
            warnings=warnings,
        )
        return article.to_dict(), None
    except ArtparseError as exc:
        return None, {"source": source, "error": exc.code, "message": exc.reason}
    except Exception as exc:  # a bug must cost one input, not the partition
        message = f"internal error: {type(exc).__name__}: {exc}"
        return None, {"source": source, "error": "internal", "message": message}


def _read(work: Work, settings: ReadSettings) -> bytes:
    if not is_url(work.source):
        return read_bytes(work.source, max_bytes=settings.max_bytes, named=work.named)
    from fsspec.core import url_to_fs

    try:
        fs, path = url_to_fs(work.source, **settings.storage_options)
        with fs.open(path, "rb") as handle:
            data: bytes = handle.read(settings.max_bytes + 1)
    except OSError as exc:
        raise input_error(exc) from None
    return limited(data, settings.max_bytes)


def _fetch_urls(work: list[Work], settings: ReadSettings) -> dict[str, bytes | BaseException]:
    """The first ``max_bytes + 1`` bytes of every URL input, fetched concurrently.

    On object storage a read is a round trip of tens of milliseconds: one at a time, a
    worker would wait on the network rather than parse. ``cat_ranges`` sends them together
    (s3fs, gcsfs: asynchronously); an error is returned in place of that input's bytes.
    """
    from fsspec.core import url_to_fs

    by_protocol: dict[str, list[str]] = {}
    for item in work:
        if item.error is None and is_url(item.source):
            by_protocol.setdefault(item.source.split("://", 1)[0], []).append(item.source)
    fetched: dict[str, bytes | BaseException] = {}
    end = settings.max_bytes + 1
    for urls in by_protocol.values():
        fs, _ = url_to_fs(urls[0], **settings.storage_options)
        try:
            results = fs.cat_ranges(urls, [0] * len(urls), [end] * len(urls), on_error="return")
        except Exception:  # a store that cannot batch: read them one by one in ``outcome``
            continue
        fetched.update(zip(urls, results, strict=True))
    return fetched


def records_and_errors(
    work: Iterable[Work], settings: ReadSettings
) -> tuple[list[dict[str, Any]], list[dict[str, str]]]:
    """The records of the inputs that parsed and the error entries of those that did not."""
    records: list[dict[str, Any]] = []
    errors: list[dict[str, str]] = []
    for batch in chunks(work, FETCH_BATCH):
        fetched = _fetch_urls(batch, settings)
        for item in batch:
            record, error = outcome(item, settings, fetched=fetched.get(item.source))
            if record is not None:
                records.append(record)
            elif error is not None:
                errors.append(error)
    return records, errors


def write_partition(index: int, work: list[Work], *, settings: PartSettings) -> PartReport:
    """Parse one partition and write its errors file (if any input failed), then its part."""
    from fsspec.core import url_to_fs

    records, errors = records_and_errors(work, settings.read)
    fs, root = url_to_fs(settings.output_dir, **settings.read.storage_options)
    errors_path = f"{root}/{errors_name(index)}"
    if errors:
        write_atomic(fs, errors_path, json_lines(errors))
    else:  # an earlier run's failures of this partition are no longer true
        with contextlib.suppress(FileNotFoundError):
            fs.rm_file(errors_path)
    data = to_parquet(records) if settings.fmt == "parquet" else json_lines(records)
    write_atomic(fs, f"{root}/{part_name(index, settings.fmt)}", data)
    return PartReport(index=index, records=len(records), errors=tuple(errors))


def json_lines(records: Iterable[dict[str, Any]]) -> bytes:
    """JSON Lines in UTF-8 (a file name's undecodable bytes go out as they came)."""
    return b"".join(json_line_bytes(record) + b"\n" for record in records)


def to_parquet(records: list[dict[str, Any]]) -> bytes:
    """One Parquet file of records in the schema derived from the output contract."""
    import pyarrow.parquet as pq

    from artparse.dist_schema import record_table

    buffer = io.BytesIO()
    pq.write_table(record_table(records), buffer, compression="zstd")
    return buffer.getvalue()


def _protocols(fs: Any) -> set[str]:
    return {fs.protocol} if isinstance(fs.protocol, str) else set(fs.protocol)


def writes_in_place(fs: Any) -> bool:
    """Does ``fs`` publish a file only once it is written whole (an object store)?"""
    return bool(_protocols(fs) & ATOMIC_PUT_PROTOCOLS)


def write_atomic(fs: Any, path: str, data: bytes) -> None:
    """Write ``data`` so that ``path`` never holds a part of it.

    Object stores publish an object only once its upload completes; elsewhere the data goes
    to a hidden temporary name beside ``path`` and is renamed over it.
    """
    if writes_in_place(fs):
        fs.pipe_file(path, data)
        return
    directory, _, name = path.rpartition("/")
    temp = f"{directory}/.{name}.{uuid.uuid4().hex}.tmp"
    fs.pipe_file(temp, data)
    try:
        if "file" in _protocols(fs):
            os.replace(temp, path)  # a rename: fs.mv would move it into a directory of that name
        else:
            fs.mv(temp, path)
    except BaseException:
        fs.rm(temp)
        raise
