"""Text normalisation: one newline, one kind of space, no invisible characters, NFC."""

from __future__ import annotations

import unicodedata

_NEWLINES = "\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1d", "\x1e"
_SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

_REPLACEMENT = {
    **dict.fromkeys(_SPACES, " "),
    **dict.fromkeys(_INVISIBLE, ""),
    **{ch: "\n" for ch in _NEWLINES if len(ch) == 1},
}
_ODD_CHARS = tuple(_REPLACEMENT)
"""The characters to replace. Text rarely holds more than one or two kinds, and a substring
test per kind is a C-speed scan: thirty of them cost less than one regular-expression scan."""
_ASCII_ODD = tuple(ch for ch in _REPLACEMENT if ch.isascii())


def _replace_all(text: str) -> str:
    """Replace every odd character present, one C-speed ``str.replace`` per kind of character."""
    for ch in _ODD_CHARS:
        if ch in text:
            text = text.replace(ch, _REPLACEMENT[ch])
    return text


def normalize(text: str) -> str:
    """Return ``text`` with every line break as ``\\n``, every space as U+0020, and NFC.

    Indentation survives (a no-break space becomes a space, not nothing), so rules can
    still see that a line was indented. Idempotent: normalising twice changes nothing.
    """
    if "\r" in text:
        text = text.replace("\r\n", "\n")
    if text.isascii():  # only the ASCII control characters can need replacing
        for ch in _ASCII_ODD:
            if ch in text:
                text = text.replace(ch, _REPLACEMENT[ch])
        return text
    text = _replace_all(text)
    if not unicodedata.is_normalized("NFC", text):
        text = _replace_all(unicodedata.normalize("NFC", text))
    return text
