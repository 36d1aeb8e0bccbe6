"""The library's exceptions. Only the CLI turns them into messages and exit codes."""

from __future__ import annotations


class ArtparseError(Exception):
    """Base of every error artparse raises on purpose."""

    code = "error"
    """A short machine-readable name, used in ``--errors`` records."""

    @property
    def reason(self) -> str:
        """What went wrong, without naming the input (the CLI prints ``PATH: REASON``)."""
        return str(self)


class InputError(ArtparseError):
    """An input could not be read: missing, unreadable, not a regular file.

    ``path`` names the input when known, and the message says it: ``a.txt: no such file``.
    """

    code = "unreadable"

    def __init__(self, reason: str, *, path: str | None = None) -> None:
        super().__init__(reason if path is None else f"{path}: {reason}")
        self._reason = reason
        self.path = path
        """The input's path, or None."""

    @property
    def reason(self) -> str:
        return self._reason

    def at(self, path: str) -> InputError:
        """The same error, naming the input it is about."""
        return type(self)(self._reason, path=path)

    def __reduce__(self) -> tuple[object, ...]:
        return (_rebuild, (type(self), self._reason, self.path))


def _rebuild(kind: type[InputError], reason: str, path: str | None) -> InputError:
    return kind(reason, path=path)


class InputTooLarge(InputError):
    """An input is larger than the ``max_bytes`` limit."""

    code = "too-large"


class BinaryInput(InputError):
    """An input is binary, not text."""

    code = "binary"


class DecodeFailed(InputError):
    """An input's bytes could not be decoded with the encoding asked for."""

    code = "decode"


class OptionError(ArtparseError, ValueError):
    """An option has a value the library cannot use (e.g. an unknown rule name)."""

    code = "usage"
