"""Reading inputs: bytes from a path or stdin, then text in the right encoding."""

from __future__ import annotations

import codecs
import os
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

from artparse.errors import BinaryInput, DecodeFailed, InputError, InputTooLarge

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Inputs above 10 MB are refused: no article is that large, a database dump is."""
BINARY_SAMPLE = 8192
"""Bytes looked at to tell text from binary."""
MAX_BAD_FRACTION = 0.01
"""UTF-8 with at most this share of broken bytes is read as UTF-8 with replacements."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class Decoded:
    """Text decoded from bytes, with how."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def read_bytes(path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """Read a regular file (or ``-`` for stdin), refusing what is not one or is too large."""
    if str(path) == "-":
        data = sys.stdin.buffer.read(max_bytes + 1)
        if len(data) > max_bytes:
            raise InputTooLarge(f"larger than {max_bytes} bytes")
        return data
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except FileNotFoundError:
        raise InputError("no such file") from None
    except PermissionError:
        raise InputError("permission denied") from None
    except IsADirectoryError:
        raise InputError("is a directory") from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    with os.fdopen(fd, "rb") as handle:
        info = os.fstat(handle.fileno())
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory")
        if not stat.S_ISREG(info.st_mode):
            raise InputError("not a regular file")
        if info.st_size > max_bytes:
            raise InputTooLarge(f"larger than {max_bytes} bytes ({info.st_size} bytes)")
        try:
            data = handle.read(max_bytes + 1)
        except OSError as exc:
            raise InputError(exc.strerror or str(exc)) from None
    if len(data) > max_bytes:
        raise InputTooLarge(f"larger than {max_bytes} bytes")
    return data


def _looks_binary(data: bytes) -> bool:
    sample = data[:BINARY_SAMPLE]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13, 27))
    return controls > len(sample) * 0.1


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode bytes: BOM, then strict UTF-8, then legacy-encoding detection.

    ``encoding`` forces one. Mostly-valid UTF-8 decodes with replacement characters and a
    warning; binary data raises ``BinaryInput``.
    """
    if encoding:
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
        except LookupError:
            raise DecodeFailed(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeFailed(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name.replace("-sig", "")), name)
            except UnicodeDecodeError:
                break
    if _looks_binary(data):
        raise BinaryInput("binary file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = sum(1 for b in data if b >= 0x80)
    if bad <= max(1, len(data) * MAX_BAD_FRACTION) and bad * 4 < max(high, 1):
        return Decoded(text, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced",))
    return _detect(data)


def _detect(data: bytes) -> Decoded:
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        return Decoded(
            data.decode("cp1252", errors="replace"),
            "cp1252",
            ("encoding not detected; read as cp1252",),
        )
    name = codecs.lookup(best.encoding).name
    return Decoded(str(best), name)


def read_text(
    path: str | os.PathLike[str], *, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Decoded:
    """Read and decode one input."""
    return decode(read_bytes(path, max_bytes=max_bytes), encoding=encoding)


def display_path(path: str | os.PathLike[str]) -> str:
    """The path as the user gave it, for messages and the ``source`` field."""
    return os.fspath(path) if not isinstance(path, Path) else str(path)
