"""Turning the paths a user gives into the list of inputs, in a stable order."""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

STDIN = "-"
DEFAULT_PATTERN = "*.txt,*.md,*.markdown,*.mdx"
"""The files taken from a directory: plain text and Markdown."""


class JsonRecord(NamedTuple):
    """One JSON Lines record, as a task carries it to a worker (``artparse.records``)."""

    text: str
    """The article text (the record's text field)."""
    fields: dict[str, Any]
    """The record's other fields."""


class InputItem(NamedTuple):
    """One input to process."""

    path: str
    """The path as given or as found under a directory (``-`` for stdin)."""
    relative: str
    """The path relative to the directory it was found under (the name for a file given)."""
    error: str | None = None
    """Why the input cannot be read, when that is known before reading."""
    named: bool = False
    """Named by the user (an argument or a ``--files-from`` line), not found by walking a
    directory: read whatever it is, as ``cat`` would (a FIFO, ``/dev/fd/N``, a device)."""
    stream: bool = False
    """Named, and not a regular file (a pipe, a device): read in this process, in input
    order, never by a worker (a ``/dev/fd/N`` is this process's own descriptor)."""
    record: JsonRecord | None = None
    """A JSON Lines record read from ``path`` (``PATH:LINE``): its text is the input."""


def iter_inputs(paths: Sequence[str], *, pattern: str = DEFAULT_PATTERN) -> Iterator[InputItem]:
    """Files as given, and files matching ``pattern`` under directories, sorted, depth first.

    ``pattern`` is one or more shell patterns, comma-separated (``*.txt,*.md``).

    A directory with no matching file is an input that failed (``no files matching``).

    Symlinked directories are not followed (no loops); a path that does not exist is
    yielded with its error so it is reported in order. In a directory only regular files
    are taken: a FIFO, socket or device found there is reported, never opened.
    """
    for path in paths:
        if path == STDIN:
            yield InputItem(STDIN, "stdin", named=True, stream=True)
            continue
        try:
            mode = os.stat(path).st_mode
        except OSError:
            mode = 0  # reading it tells why (no such file, permission denied, a loop)
        if stat.S_ISDIR(mode):
            found = False
            for item in _walk(path, pattern):
                found = True
                yield item
            if not found:
                yield InputItem(path, os.path.basename(path), f"no files matching {pattern!r}", named=True)
        else:
            stream = bool(mode) and not stat.S_ISREG(mode)
            yield InputItem(path, os.path.basename(path) or path, named=True, stream=stream)


def name_matcher(pattern: str) -> Callable[[str], object]:
    """Whether a file name matches one of ``pattern``'s comma-separated shell patterns, in
    either case (``*.txt`` takes ``A.TXT``): the local and the Dask engines' one test."""
    either = "|".join(fnmatch.translate(p.strip()) for p in pattern.split(",") if p.strip())
    return re.compile(either or fnmatch.translate(pattern), re.IGNORECASE | re.DOTALL).match


def _walk(root: str, pattern: str) -> Iterator[InputItem]:
    """Files matching ``pattern`` under ``root``."""
    matches = name_matcher(pattern)
    stack = [root]
    while stack:
        current = stack.pop()
        try:
            with os.scandir(current) as it:
                entries = sorted(it, key=lambda e: e.name)
        except OSError as exc:
            yield InputItem(current, _relative(current, root), exc.strerror or str(exc))
            continue
        subdirs = []
        for entry in entries:
            try:
                is_dir = entry.is_dir(follow_symlinks=False)
            except OSError:
                is_dir = False
            if is_dir:
                subdirs.append(entry.path)
            elif matches(entry.name):
                error = None if _is_file(entry) else "not a regular file"
                yield InputItem(entry.path, _relative(entry.path, root), error)
        stack.extend(reversed(subdirs))


def _is_file(entry: os.DirEntry[str]) -> bool:
    """A regular file, or a link to one; a dangling link counts (reading it says why)."""
    try:
        return entry.is_file() or not os.path.exists(entry.path)
    except OSError:
        return True


def _relative(path: str, root: str) -> str:
    """``path`` below ``root`` (found by walking it): the prefix cut off, no relpath system calls."""
    prefix = root if root.endswith(os.sep) else root + os.sep
    return path[len(prefix) :] if path.startswith(prefix) else os.path.relpath(path, root)
