"""Split normalised text into Lines: the unit every rule looks at."""

from __future__ import annotations

from operator import attrgetter
from typing import NamedTuple


class Line(NamedTuple):
    """One source line."""

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


NUMBER = attrgetter("number")
TEXT = attrgetter("text")
WIDTH = attrgetter("width")
"""A field of every line at C speed, for ``map`` and ``filter``."""


def split_lines(text: str) -> list[Line]:
    """Split normalised text into Lines (a trailing newline does not make an empty last line)."""
    raw_lines = text.split("\n")
    if len(raw_lines) > 1 and not raw_lines[-1]:
        raw_lines.pop()
    out: list[Line] = []
    append = out.append
    for number, raw in enumerate(raw_lines, 1):
        lead = raw.strip()
        if not lead:
            append(Line(number, "", 0, 0))
            continue
        if len(lead) == len(raw):  # most lines: no space at either end
            width, indent = len(raw), 0
        else:
            width = len(raw.rstrip())
            indent = width - len(lead)
        content = " ".join(lead.split()) if "  " in lead or "\t" in lead else lead
        append(Line(number, content, indent, width))
    return out


def breaks_word(text: str) -> bool:
    """Whether a line ends in a word broken by a hyphen ("Tues-"): hard-wrapped text goes on."""
    return text[-1:] == "-" and text[-2:-1].isalpha()
