"""Regular expressions compiled on first use.

artparse holds about a hundred patterns, many of them for layouts a given article does not
have; compiling them all at import was about a quarter of a one-file run's start-up. A lazy
pattern compiles itself the first time one of its methods is looked up and then keeps the
compiled pattern's bound methods as its own attributes, so later calls cost what a compiled
pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, cast

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")


class _LazyPattern:
    def __init__(self, pattern: str, flags: int) -> None:
        self._source = pattern
        self._flags = flags
        _ALL.append(self)

    def _compile(self) -> re.Pattern[str]:
        compiled = re.compile(self._source, self._flags)
        for method in _METHODS:
            setattr(self, method, getattr(compiled, method))
        self.__dict__.update(
            pattern=compiled.pattern,
            flags=compiled.flags,
            groups=compiled.groups,
            groupindex=compiled.groupindex,
        )
        return compiled

    def __getattr__(self, name: str) -> Any:
        """Only reached before the first compile (afterwards the methods are attributes)."""
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._compile(), name)

    def __repr__(self) -> str:
        return f"lazy_compile({self._source!r}, {self._flags})"


_ALL: list[_LazyPattern] = []


def compile_all() -> None:
    """Compile every lazy pattern now: before forking workers, which then share them."""
    for pattern in _ALL:
        if "search" not in pattern.__dict__:
            pattern._compile()


def lazy_compile(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """``re.compile``, deferred until the pattern is first used (typed as the compiled pattern)."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, int(flags)))
