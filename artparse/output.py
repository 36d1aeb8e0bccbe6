"""Where results go: the ``--output-dir`` tree (one JSON file per input, written atomically)."""

from __future__ import annotations

import contextlib
import errno
import os

from artparse.errors import ArtparseError

OUTPUT_SUFFIX = ".json"
_TEMP_PREFIX = "."
_TEMP_SUFFIX = ".tmp"


class OutputError(ArtparseError):
    """An output file or directory cannot be written (this input's failure)."""

    code = "output"


class WriteFailed(OutputError):
    """The output device itself failed (full, read-only, quota, I/O error): the run stops."""

    code = "write-failed"


DEVICE_ERRORS = frozenset(
    getattr(errno, name) for name in ("ENOSPC", "EDQUOT", "EROFS", "EIO", "EFBIG") if hasattr(errno, name)
)
"""Errors of the device rather than of one file: every later write would fail the same way."""


def write_error(what: str, exc: OSError) -> OutputError:
    """The OutputError for an OSError met writing ``what``."""
    kind = WriteFailed if exc.errno in DEVICE_ERRORS else OutputError
    return kind(f"cannot write {what}: {exc.strerror or exc}")


def prepare_output_dir(path: str) -> None:
    """Create ``path`` if missing and prove it is a writable directory.

    Called once before any work starts, so a bad ``--output-dir`` fails fast.
    """
    if os.path.exists(path) and not os.path.isdir(path):
        raise OutputError("exists and is not a directory")
    try:
        os.makedirs(path, exist_ok=True)
        probe = os.path.join(path, f"{_TEMP_PREFIX}artparse-probe.{os.getpid()}{_TEMP_SUFFIX}")
        os.close(_create(probe))
        os.unlink(probe)
    except OSError as exc:
        raise OutputError(f"not writable ({exc.strerror or exc})") from None


def output_relative(path: str) -> str:
    """The relative path an input given by ``path`` takes under the output directory.

    Lexical, like ``rsync --relative`` and ``tar``: the path as given, normalised, with any
    root and leading ``..`` removed, so no name can climb out of the output directory.
    """
    normal = os.path.normpath(os.path.splitdrive(path)[1])
    parts = [p for p in normal.split(os.sep) if p and p != os.curdir]
    while parts and parts[0] == os.pardir:
        parts.pop(0)
    return os.path.join(*parts) if parts else "stdin"


def output_target(out_dir: str, relative: str, suffix: str = OUTPUT_SUFFIX) -> str:
    """``out_dir/relative`` with the input's extension replaced by ``suffix`` (``.json``)."""
    stem = os.path.splitext(output_relative(relative))[0]
    return os.path.join(out_dir, stem + suffix)


class AtomicWriter:
    """Writes files under one directory: to a temporary name, then moved into place.

    A reader never sees a half-written file, and an interrupted run leaves none behind
    (the temporary file is removed on any exception, including KeyboardInterrupt). What
    stands at the output name is replaced by the rename, never written through: a file of
    an earlier run, a symlink, a FIFO.
    """

    __slots__ = ("_last_parent", "root", "temp")

    def __init__(self, root: str) -> None:
        self.root = os.path.realpath(root)
        self.temp: str | None = None
        """The temporary file being written, for a signal handler to remove."""
        self._last_parent = ""

    def _ensure_parent(self, target: str) -> str:
        parent = os.path.dirname(target)
        if parent == self._last_parent:
            return parent
        try:
            os.makedirs(parent, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"cannot create {parent}: {exc.strerror or exc}") from None
        real = os.path.realpath(parent)
        if real != self.root and not real.startswith(self.root + os.sep):
            raise OutputError(f"{parent} leads outside the output directory")
        self._last_parent = parent
        return parent

    def write(self, target: str, data: bytes) -> None:
        """Write ``data`` to ``target`` atomically."""
        parent = self._ensure_parent(target)
        temp = os.path.join(parent, f"{_TEMP_PREFIX}{os.path.basename(target)}.{os.getpid()}{_TEMP_SUFFIX}")
        try:  # from before the file exists: an interrupt can come as soon as it does
            fd = _create(temp)
            self.temp = temp
            try:
                view = memoryview(data)
                while view:
                    view = view[os.write(fd, view) :]
            finally:
                os.close(fd)
            os.replace(temp, target)
        except OSError as exc:
            remove_quietly(temp)
            raise write_error(target, exc) from None
        except BaseException:
            remove_quietly(temp)
            raise
        finally:
            self.temp = None


_CREATE_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
)


def _create(temp: str) -> int:
    """Open a new temporary file (mode 0666 less the umask, like any output file).

    The name is unique to this process; one left by a killed process with the same id is replaced.
    """
    try:
        return os.open(temp, _CREATE_FLAGS, 0o666)
    except FileExistsError:
        remove_quietly(temp)
        return os.open(temp, _CREATE_FLAGS, 0o666)


def remove_quietly(path: str) -> None:
    """Remove a file if it is there."""
    with contextlib.suppress(OSError):
        os.unlink(path)
