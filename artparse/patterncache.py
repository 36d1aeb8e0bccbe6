"""Compiled regular expressions kept between runs, as Python keeps compiled modules.

Python's regular-expression compiler is written in Python: compiling artparse's patterns
takes about 50 ms, a quarter of a batch's start-up and as long as parsing seventy articles.
What it produces for each pattern is a program for the C engine (a list of integers, with
the group names); the programs are kept in one file in the user's cache directory and
given to the engine directly on later runs, 1.5 ms for all of them.

The file is named for the Python build and the engine's version (``_sre.MAGIC``), and each
program is filed under its pattern's text and flags, so an edited pattern or another Python
never reads a program made for something else; the engine checks every program it is given.
The first pattern missing from the file compiles them all and rewrites it (written to a
temporary file and renamed: runs in parallel never read half a file). Anything unexpected
(no cache directory, a corrupt or unwritable file, another Python implementation, compiler
internals that changed) falls back to ``re.compile``, silently: a cache only saves time.
``ARTPARSE_CACHE_DIR`` moves the cache; set to an empty string, it turns it off.
"""

from __future__ import annotations

import contextlib
import marshal
import os
import re
import sys
from collections.abc import Callable, Iterable
from typing import Any

ENV_CACHE_DIR = "ARTPARSE_CACHE_DIR"
MAX_PROGRAMS = 1000
"""Programs of other pattern sets (another artparse installed beside this one) are kept in
the file up to this many in all (artparse has about a hundred patterns)."""

Key = tuple[str, int]
Program = tuple[int, list[int], int, dict[str, int], tuple[str | None, ...]]
"""(flags, code, groups, group index, index group): ``_sre.compile``'s arguments after the text."""


def cache_dir() -> str | None:
    """``$ARTPARSE_CACHE_DIR``, else ``artparse`` in the platform's user cache directory."""
    configured = os.environ.get(ENV_CACHE_DIR)
    if configured is not None:
        return configured or None
    if sys.platform == "win32":
        base = os.environ.get("LOCALAPPDATA", "")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Caches")
    else:  # XDG: a relative XDG_CACHE_HOME is to be ignored
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
    return os.path.join(base, "artparse") if os.path.isabs(base) else None


def _engine() -> tuple[Any, Callable[[Any, int], list[int]], Callable[[str, int], Any]] | None:
    """(_sre, the compiler's code generator, its parser): CPython's internals ``re.compile`` uses."""
    if sys.implementation.name != "cpython":
        return None
    try:
        import _sre  # type: ignore[import-not-found]

        try:
            from re import _compiler, _parser  # type: ignore[attr-defined]  # Python 3.11+
        except ImportError:  # Python 3.10
            import sre_compile as _compiler
            import sre_parse as _parser
        return _sre, _compiler._code, _parser.parse
    except (ImportError, AttributeError):
        return None


class PatternCache:
    """Programs for the engine by (pattern, flags), read from and written to one file.

    ``everything`` lists every pattern the program may compile: a miss compiles them all,
    so the file written is complete and a later run compiles none.
    """

    def __init__(self, directory: str | None, everything: Callable[[], Iterable[Key]]) -> None:
        self._everything = everything
        self._engine = _engine()
        self.path: str | None = None
        if directory and self._engine is not None:
            tag = f"{sys.implementation.cache_tag}-{sys.hexversion:x}-{self._engine[0].MAGIC}"
            self.path = os.path.join(directory, f"re-{tag}.marshal")
        self._programs: dict[Key, Program] | None = None
        self._refreshed = False

    def compile(self, source: str, flags: int) -> re.Pattern[str]:
        """``re.compile(source, flags)``, from the cached program when there is one."""
        if self.path is None or self._engine is None:
            return re.compile(source, flags)
        if self._programs is None:
            self._programs = self._load(self.path)
        program = self._programs.get((source, flags))
        if program is not None:
            with contextlib.suppress(Exception):  # the engine refused it: compile it afresh
                return self._engine[0].compile(source, *program)  # type: ignore[no-any-return]
        if not self._refreshed:
            self._refreshed = True
            self._refresh(self.path, self._programs)
        return re.compile(source, flags)

    @staticmethod
    def _load(path: str) -> dict[Key, Program]:
        try:
            with open(path, "rb") as f:
                programs = marshal.loads(f.read())  # marshal.load reads a file in small pieces
        except Exception:  # no file yet, or not one this Python can read: start afresh
            return {}
        return programs if isinstance(programs, dict) else {}

    def _refresh(self, path: str, old: dict[Key, Program]) -> None:
        """Compile every pattern, check the programs against ``re.compile``'s, write the file."""
        try:
            fresh = {key: self._program(*key) for key in self._everything()}
        except Exception:  # the compiler's internals are not what they were: no cache
            self.path = None
            return
        kept = {k: v for k, v in old.items() if k not in fresh}
        programs = {**kept, **fresh} if len(kept) + len(fresh) <= MAX_PROGRAMS else fresh
        self._programs = programs
        import tempfile  # only when writing (a module the start-up of most runs need not load)

        with contextlib.suppress(OSError, ValueError):
            directory = os.path.dirname(path)
            os.makedirs(directory, exist_ok=True)
            fd, temp = tempfile.mkstemp(prefix=".re-", suffix=".tmp", dir=directory)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(marshal.dumps(programs))
                os.replace(temp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(temp)
                raise

    def _program(self, source: str, flags: int) -> Program:
        """What ``re.compile`` gives the engine for this pattern, checked against its result."""
        assert self._engine is not None
        sre, code, parse = self._engine
        parsed = parse(source, flags)
        state = parsed.state
        index_of: dict[str, int] = dict(state.groupdict)
        names: list[str | None] = [None] * state.groups
        for name, index in index_of.items():
            names[index] = name
        program: Program = (
            int(flags | state.flags),
            [int(word) for word in code(parsed, flags)],
            state.groups - 1,
            index_of,
            tuple(names),
        )
        if sre.compile(source, *program) != re.compile(source, flags):
            raise ValueError(f"a program unlike re.compile's for {source!r}")
        return program
