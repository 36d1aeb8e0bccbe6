"""Front matter: the YAML (``---``) or TOML (``+++``) block that opens static-site posts.

Jekyll, Hugo, Eleventy, Astro and MDX sites open a post with its metadata between two fence
lines (Jekyll's and Hugo's documented formats). It is parsed with a real parser
(``yaml.safe_load``, ``tomllib``), imported only when a file has front matter. Broken front
matter is a warning, not an error: the file is then read as text.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from artparse.given import EMPTY, Given, from_mapping
from artparse.lazyre import lazy_compile

MAX_FRONT_MATTER_LINES = 400
"""Front matter is a few dozen keys; a fence with no closing fence this far on is a rule line."""

_FENCES = {"---": "yaml", "+++": "toml"}
_CLOSERS = {"yaml": ("---", "..."), "toml": ("+++",)}
_TOP_KEY = lazy_compile(r"^([^\s:=#\[\]'\"-][^:=]{0,80}?)\s*[:=]")
"""A top-level key at the start of a line: ``title:`` (YAML) or ``title =`` (TOML)."""
_TABLE = lazy_compile(r"^\[([\w.-]{1,80})\]\s*$")
"""A TOML table header: ``[params]``; its keys' lines are the table's."""


class FrontMatter(NamedTuple):
    """Where the front matter is and what it gives."""

    given: Given
    """The fields it names."""
    end: int
    """Index (0-based) of the closing fence line: the body starts after it."""
    warning: str | None
    """Why it could not be read, if it could not (``given`` is then empty)."""


def find_fence(lines: Sequence[str], start: int = 0) -> tuple[str, int] | None:
    """(format, index of the closing fence) when the lines open with front matter at ``start``."""
    if len(lines) <= start:
        return None
    kind = _FENCES.get(lines[start].rstrip())
    if kind is None:
        return None
    closers = _CLOSERS[kind]
    for index in range(start + 1, min(len(lines), start + MAX_FRONT_MATTER_LINES + 1)):
        if lines[index].rstrip() in closers:
            return kind, index
    return None


def key_lines(lines: Sequence[str], *, first_number: int) -> dict[str, tuple[int, ...]]:
    """Each top-level key (lower-cased) and the source line numbers its value takes."""
    out: dict[str, list[int]] = {}
    current: list[int] | None = None
    for offset, line in enumerate(lines):
        number = first_number + offset
        if not line.strip():
            continue
        m = _TOP_KEY.match(line) or _TABLE.match(line)
        if m is not None:
            current = out.setdefault(m.group(1).strip().strip("\"'").casefold(), [])
            current.append(number)
        elif current is not None:  # an indented, listed or continued value, or a table's key
            current.append(number)
    return {key: tuple(numbers) for key, numbers in out.items()}


def load(kind: str, text: str) -> Any:
    """The front matter's data. Raises ``ValueError`` when it cannot be parsed."""
    if kind == "toml":
        import tomllib

        return tomllib.loads(text)  # TOMLDecodeError is a ValueError
    import yaml

    # the safe loader, in libyaml's C where PyYAML was built with it (four times faster)
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(text, Loader=loader)  # a safe loader (SafeLoader or its C twin) only
    except yaml.YAMLError as exc:
        raise ValueError(str(exc).splitlines()[0] if str(exc) else "invalid YAML") from exc


def read_front_matter(
    lines: Sequence[str], *, language: str | None = None, start: int = 0
) -> FrontMatter | None:
    """The front matter opening ``lines`` (source lines, numbered from 1) at index ``start``
    (below blank lines), or None if none.

    Never raises on what the file holds: a parse failure, or data that is not a mapping,
    gives a warning and an empty ``Given``.
    """
    fence = find_fence(lines, start)
    if fence is None:
        return None
    kind, end = fence
    inner = lines[start + 1 : end]
    try:
        data = load(kind, "\n".join(inner))
    except (ValueError, TypeError, OverflowError, RecursionError) as exc:
        # PyYAML raises ValueError for impossible timestamps (2020-13-45), tomllib its
        # TOMLDecodeError; nesting deep enough exhausts the recursion limit
        return FrontMatter(EMPTY, end, f"front matter ({kind.upper()}) not read: {exc}")
    if data is None:
        return FrontMatter(EMPTY, end, None)
    if not isinstance(data, Mapping):
        return FrontMatter(EMPTY, end, f"front matter ({kind.upper()}) is not a set of keys")
    given = from_mapping(data, lines_of=key_lines(inner, first_number=start + 2), language=language)
    return FrontMatter(given, end, None)
