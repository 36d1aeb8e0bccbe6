"""Turning the paths a user gives into the list of inputs, in a stable order."""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator, Sequence
from typing import NamedTuple

STDIN = "-"


class InputItem(NamedTuple):
    """One input to process."""

    path: str
    """The path as given or as found under a directory (``-`` for stdin)."""
    relative: str
    """The path relative to the directory it was found under (the name for a file given)."""
    error: str | None = None
    """Why the input cannot be read, when that is known before reading."""


def iter_inputs(paths: Sequence[str], *, pattern: str = "*.txt") -> Iterator[InputItem]:
    """Files as given, and files matching ``pattern`` under directories, sorted, depth first.

    Symlinked directories are not followed (no loops); a path that does not exist is
    yielded with its error so it is reported in order.
    """
    for path in paths:
        if path == STDIN:
            yield InputItem(STDIN, "stdin")
        elif os.path.isdir(path):
            yield from _walk(path, pattern)
        else:
            yield InputItem(path, os.path.basename(path) or path)


def _walk(root: str, pattern: str) -> Iterator[InputItem]:
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
            elif fnmatch.fnmatchcase(entry.name, pattern):
                yield InputItem(entry.path, _relative(entry.path, root))
        stack.extend(reversed(subdirs))


def _relative(path: str, root: str) -> str:
    """``path`` below ``root`` (found by walking it): the prefix cut off, no relpath system calls."""
    prefix = root if root.endswith(os.sep) else root + os.sep
    return path[len(prefix) :] if path.startswith(prefix) else os.path.relpath(path, root)
