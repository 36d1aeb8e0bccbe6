"""``--files-from``: input names read from a file or stdin, one per line or NUL-separated."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from typing import BinaryIO

READ_BLOCK = 64 * 1024


def read_names(source: str, *, null: bool = False) -> Iterator[str]:
    """The names listed in ``source`` (``-``: stdin), streamed in order.

    Newline-separated by default (a trailing carriage return is dropped, empty lines are
    skipped); NUL-separated with ``null`` (``find -print0``), so any name works. Names are
    decoded like the operating system's own (undecodable bytes survive, as in ``os.listdir``).
    Raises OSError when the list cannot be opened.
    """
    if source == "-":
        yield from _split(sys.stdin.buffer, null=null)
        return
    with open(source, "rb") as handle:
        yield from _split(handle, null=null)


def is_rereadable(source: str) -> bool:
    """Can the list be read a second time (a regular file, not stdin or a pipe)?"""
    if source == "-":
        return False
    try:
        return stat.S_ISREG(os.stat(source).st_mode)
    except OSError:
        return False


def _split(handle: BinaryIO, *, null: bool) -> Iterator[str]:
    separator = b"\0" if null else b"\n"
    read = getattr(handle, "read1", handle.read)  # what is there now: a pipe's names as they come
    pending = b""
    while block := read(READ_BLOCK):
        parts = (pending + block).split(separator)
        pending = parts.pop()
        for part in parts:
            name = _name(part, null=null)
            if name:
                yield name
    name = _name(pending, null=null)
    if name:
        yield name


def _name(raw: bytes, *, null: bool) -> str:
    if not null and raw.endswith(b"\r"):
        raw = raw[:-1]
    return os.fsdecode(raw)
