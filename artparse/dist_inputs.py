"""Inputs for the Dask engine: local paths, directories, globs and fsspec URLs, listed lazily.

The client only lists names; workers read the files. A directory or a glob is walked one
directory at a time (``fs.walk``), each directory's entries sorted, so the order is the same
on every run (``--skip-existing`` relies on it) and no full listing is held in memory.
Local paths without a glob go through ``artparse.inputs.iter_inputs``, so their ``source``
is exactly the local engine's.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from artparse.inputs import DEFAULT_PATTERN, iter_inputs, name_matcher

GLOB_CHARS = re.compile(r"[*?\[]")


class Work(NamedTuple):
    """One input for a worker: its ``source`` (a local path or a URL) and a known error."""

    source: str
    error: str | None = None
    named: bool = True
    """Named by the user rather than found in a directory (read as the local engine reads it)."""


def is_url(name: str) -> bool:
    """An fsspec URL (``s3://``, ``memory://``, ``file://``) rather than a local path."""
    return "://" in name


def iter_work(
    names: Iterable[str],
    *,
    pattern: str = DEFAULT_PATTERN,
    storage_options: dict[str, Any] | None = None,
    listed: bool = False,
) -> Iterator[Work]:
    """Every input named: files as given, files matching ``pattern`` in directories, glob matches.

    ``listed``: the names come from a list of files (``--files-from``, an S3 Inventory): a URL
    among them is a file, taken without a request to the store (millions of them cost nothing).
    """
    for name in names:
        if listed and is_url(name):
            yield Work(name)
        elif not is_url(name) and not GLOB_CHARS.search(name):
            for item in iter_inputs([name], pattern=pattern):
                yield Work(item.path, item.error, item.named)
        else:
            yield from _fsspec_work(name, pattern, storage_options or {})


def _fsspec_work(name: str, pattern: str, storage_options: dict[str, Any]) -> Iterator[Work]:
    from fsspec.core import url_to_fs

    fs, path = url_to_fs(name, **storage_options)
    url = is_url(name)

    def source(found: str) -> str:
        if url:
            return str(fs.unstrip_protocol(found))
        return _local_name(found, relative=not os.path.isabs(name))

    wanted_name = name if GLOB_CHARS.search(path) else pattern
    if GLOB_CHARS.search(path):
        matches: Iterable[str] = _glob(fs, path)
    elif fs.isdir(path):
        wanted = name_matcher(pattern)
        matches = (found for found in _walk(fs, path) if wanted(found.rsplit("/", 1)[-1]))
    else:
        yield Work(name if url else source(path))
        return
    found = False
    for match in matches:
        found = True
        yield Work(source(match), named=False)
    if not found:  # as the local engine reports a directory with no matching file
        yield Work(name, f"no files matching {wanted_name!r}")


def _local_name(path: str, *, relative: bool) -> str:
    """A path found by fsspec (absolute), relative to the working directory if the user's was."""
    if not relative:
        return path
    cwd = os.getcwd().rstrip(os.sep) + os.sep
    return path[len(cwd) :] if path.startswith(cwd) else path


def _walk(fs: Any, root: str, maxdepth: int | None = None) -> Iterator[str]:
    """Files under ``root``, depth first, each directory's entries sorted."""
    for directory, subdirs, files in fs.walk(root, maxdepth=maxdepth, topdown=True):
        subdirs.sort()
        base = directory.rstrip("/")
        for name in sorted(files):
            yield f"{base}/{name}"
        fs.invalidate_cache(directory)  # object stores cache listings: keep only what is walked


def _glob(fs: Any, path: str) -> Iterator[str]:
    """Matches of a glob (``**`` for any depth), walking only below its literal prefix."""
    from fsspec.utils import glob_translate

    parts = path.split("/")
    literal = next(i for i, part in enumerate(parts) if GLOB_CHARS.search(part))
    root = "/".join(parts[:literal]) or fs.root_marker or "/"
    depth = None if "**" in path else len(parts) - literal
    matcher = re.compile(glob_translate(path))
    if not fs.isdir(root):
        return
    for found in _walk(fs, root, maxdepth=depth):
        if matcher.match(found):
            yield found


def chunks(work: Iterable[Work], size: int) -> Iterator[list[Work]]:
    """``work`` in lists of ``size`` (the last shorter), read lazily."""
    chunk: list[Work] = []
    for item in work:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk
