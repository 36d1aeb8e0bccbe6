"""The library's exceptions. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ArtparseError(Exception):
    """Base of every error artparse raises on purpose."""

    code = "error"
    """A short machine-readable name, used in ``--errors`` records."""


class InputError(ArtparseError):
    """An input could not be read: missing, unreadable, not a regular file."""

    code = "unreadable"


class InputTooLarge(InputError):
    """An input is larger than the ``max_bytes`` limit."""

    code = "too-large"


class BinaryInput(InputError):
    """An input is binary, not text."""

    code = "binary"


class DecodeFailed(InputError):
    """An input's bytes could not be decoded with the encoding asked for."""

    code = "decode"


class OptionError(ArtparseError):
    """An option has a value the library cannot use (e.g. an unknown rule name)."""

    code = "usage"
