"""Text from input files made safe to show: on a terminal, and as a file name in a record.

An article or a file name can hold escape sequences (``ESC ] 0 ; title BEL`` sets a
terminal's title, ``ESC [ 2 J`` clears it, ``ESC [ 6 n`` makes it type an answer) and other
control characters. Nothing read from an input reaches a terminal as one: C0 and C1 controls,
DEL, the bidirectional-text controls (which reorder what is shown, "Trojan Source") and the
line and paragraph separators are shown escaped, as Python's ``repr`` and ``ls -b`` show them.
A file name's undecodable bytes (kept by Python as lone surrogates) are shown as ``\\xNN``.
"""

from __future__ import annotations

import re

from artparse.lazyre import lazy_compile

_UNSAFE = lazy_compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]"
)
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}
_SURROGATE_ESCAPES = range(0xDC80, 0xDD00)
"""Where Python's ``surrogateescape`` puts a file name's undecodable bytes 0x80-0xFF."""


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if char in _NAMED:
        return _NAMED[char]
    if code in _SURROGATE_ESCAPES:
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def safe_text(text: str) -> str:
    """``text`` with every control character shown escaped (``\\x1b``), never sent raw."""
    if text.isascii() and text.isprintable():  # most text: one C-speed test
        return text
    return _UNSAFE.sub(_escape, text)


def safe_lines(text: str) -> str:
    """``safe_text`` for a message of several lines: its line breaks stay line breaks."""
    return "\n".join(map(safe_text, text.split("\n")))


def has_undecodable_bytes(path: str) -> bool:
    """Whether a file name holds bytes that are not UTF-8 (lone surrogates in Python)."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def source_name(path: str) -> tuple[str, str | None]:
    """(the name a record gives as ``source``, a warning or None).

    JSON output must be valid UTF-8: a name's undecodable bytes are written ``\\xNN``, and
    the warning says so, so the user can still find the file (``ls -b`` shows it the same way).
    """
    if not has_undecodable_bytes(path):
        return path, None
    shown = "".join(f"\\x{ord(ch) - 0xDC00:02x}" if ord(ch) in _SURROGATE_ESCAPES else ch for ch in path)
    shown = shown.encode("utf-8", "replace").decode("utf-8")  # any other lone surrogate
    return shown, "file name is not valid UTF-8: its undecodable bytes are shown as \\xNN in source"
