"""Split normalised text into Lines: the unit every rule looks at."""

from __future__ import annotations

from typing import NamedTuple


class Line(NamedTuple):
    """One source line (a NamedTuple: one is built per line, cheaply)."""

    number: int
    """1-based line number in the source."""
    text: str
    """The line with runs of whitespace collapsed to one space and ends stripped."""
    indent: int
    """How many whitespace characters the raw line starts with."""
    width: int
    """Length of the raw line without trailing whitespace (for hard-wrap detection)."""

    @property
    def blank(self) -> bool:
        return not self.text


def split_lines(text: str) -> list[Line]:
    """Split normalised text into Lines (a trailing newline does not make an empty last line)."""
    out: list[Line] = []
    append = out.append
    for number, raw in enumerate(text.split("\n"), 1):
        stripped = raw.rstrip()
        content = stripped.lstrip()
        if not content:
            append(Line(number, "", 0, 0))
            continue
        collapsed = " ".join(content.split()) if "  " in content or "\t" in content else content
        append(Line(number, collapsed, len(stripped) - len(content), len(stripped)))
    if out and out[-1].blank and text.endswith("\n"):
        out.pop()
    return out
