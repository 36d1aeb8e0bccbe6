"""Reading inputs: bytes from a path or stdin, then text in the right encoding."""

from __future__ import annotations

import codecs
import functools
import os
import stat
import sys
from typing import NamedTuple

from artparse.errors import BinaryInput, DecodeFailed, InputError, InputTooLarge
from artparse.vocab import load_all

DEFAULT_MAX_BYTES = 10 * 1024 * 1024
"""Inputs above 10 MB are refused: no article is that large, a database dump is."""
BINARY_SAMPLE = 8192
"""Bytes looked at for a NUL, which no text holds (as git and grep tell binary files)."""
CONTROL_SAMPLE = 2048
"""Bytes whose control characters are counted: counting costs ten instructions a byte, a NUL
search a fraction of one, and a file of control codes shows them from its first bytes."""
MAX_BAD_FRACTION = 0.01
"""UTF-8 with at most this share of broken bytes is read as UTF-8 with replacements."""

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_BOM_FIRST_BYTES = frozenset(bom[:1] for bom, _ in _BOMS)
"""What every byte-order mark begins with: most files begin otherwise and skip the five tests."""


class Decoded(NamedTuple):
    """Text decoded from bytes, with how."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_CLOEXEC", 0)
_WALKED_FLAGS = _OPEN_FLAGS | getattr(os, "O_NONBLOCK", 0)
"""A file met while walking a directory is opened non-blocking, so a FIFO found there never
waits for a writer (it is then refused as not a regular file)."""


def read_bytes(
    path: str | os.PathLike[str], *, max_bytes: int = DEFAULT_MAX_BYTES, named: bool = True
) -> bytes:
    """Read an input (``-`` for stdin), refusing what is too large.

    A path the user ``named`` is read as ``cat`` reads it, whatever it is: a regular file, a
    FIFO or a shell's process substitution (``<(zcat a.txt.gz)``, a ``/dev/fd/N`` pipe), a
    device. A path met while walking a directory must be a regular file.
    """
    if str(path) == "-":
        if sys.stdin is None:  # started with stdin closed (<&-)
            raise InputError("stdin is closed")
        return limited(sys.stdin.buffer.read(max_bytes + 1), max_bytes)
    try:
        fd = os.open(path, _OPEN_FLAGS if named else _WALKED_FLAGS)
    except OSError as exc:
        raise input_error(exc) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a directory")
        if stat.S_ISREG(info.st_mode):
            if info.st_size > max_bytes:
                raise InputTooLarge(f"larger than {max_bytes} bytes ({info.st_size} bytes)")
            data = _read_all(fd, info.st_size, max_bytes + 1)
        elif named:
            data = _read_stream(fd, max_bytes + 1)
        else:
            raise InputError("not a regular file")
    except OSError as exc:
        raise InputError(exc.strerror or str(exc)) from None
    finally:
        os.close(fd)
    return gunzipped(limited(data, max_bytes), max_bytes)


GZIP_MAGIC = b"\x1f\x8b"
"""How a gzip file opens (RFC 1952): a crawl's ``.warc.wet.gz``, a dump's ``.jsonl.gz``."""


def gunzipped(data: bytes, max_bytes: int) -> bytes:
    """What a gzip file holds (``data`` itself when it is not one), refused past ``max_bytes``
    uncompressed as an input that large is: a compressed input is read as its contents."""
    if data[:2] != GZIP_MAGIC:
        return data
    import gzip
    import io
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as compressed:
            return limited(compressed.read(max_bytes + 1), max_bytes)
    except (OSError, EOFError, zlib.error) as exc:
        raise InputError(f"not a readable gzip file ({exc})") from None


def input_error(exc: OSError) -> InputError:
    """The one-line reason an input could not be opened or read, for any engine."""
    if isinstance(exc, FileNotFoundError):
        return InputError("no such file")
    if isinstance(exc, IsADirectoryError):
        return InputError("is a directory")
    if isinstance(exc, PermissionError):
        return InputError("permission denied")
    return InputError(exc.strerror or str(exc))


def limited(data: bytes, max_bytes: int) -> bytes:
    """Bytes read (at most ``max_bytes + 1`` of them), refused when over ``max_bytes``."""
    if len(data) > max_bytes:
        raise InputTooLarge(f"larger than {max_bytes} bytes")
    return data


def _read_stream(fd: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of a pipe or device: read until its end (an empty read)."""
    parts: list[bytes] = []
    total = 0
    while total < limit:
        chunk = os.read(fd, min(1 << 16, limit - total))
        if not chunk:
            break
        parts.append(chunk)
        total += len(chunk)
    return b"".join(parts)


def _read_all(fd: int, size: int, limit: int) -> bytes:
    """Up to ``limit`` bytes of a regular file of (about) ``size`` bytes.

    One read when the file has not grown: a short read of a regular file is its end.
    """
    parts: list[bytes] = []
    total = 0
    want = min(size + 1, limit)
    while want > 0:
        chunk = os.read(fd, want)
        parts.append(chunk)
        total += len(chunk)
        if len(chunk) < want:
            break
        want = min(1 << 16, limit - total)
    return parts[0] if len(parts) == 1 else b"".join(parts)


_NOT_CONTROL = bytes(b for b in range(256) if b >= 32 or b in (9, 10, 12, 13, 27))
"""Bytes that are not control characters (tab, newlines, form feed and escape count as text)."""


def _looks_binary(data: bytes) -> bool:
    if b"\x00" in data[:BINARY_SAMPLE]:
        return True
    sample = data[:CONTROL_SAMPLE]
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > len(sample) * 0.1


def decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """Decode bytes: BOM, then strict UTF-8, then legacy-encoding detection.

    ``encoding`` forces one. The encoding is named as Python's codec registry names it
    (``utf-8``, ``cp1251``, ``koi8-r``, ``iso8859-2``).
    """
    decoded = _decode(data, encoding=encoding)
    name = codecs.lookup(decoded.encoding).name
    return decoded if name == decoded.encoding else decoded._replace(encoding=name)


def check_encoding(name: str) -> str:
    """Python's name for the encoding ``name``; ``DecodeFailed`` when Python knows none."""
    try:
        return codecs.lookup(name).name
    except LookupError:
        raise DecodeFailed(f"unknown encoding {name!r}") from None


def _decode(data: bytes, *, encoding: str | None = None) -> Decoded:
    """``decode``: mostly-valid UTF-8 decodes with replacement characters and a warning;
    binary data raises ``BinaryInput``."""
    if encoding:
        try:
            return Decoded(data.decode(encoding), codecs.lookup(encoding).name)
        except LookupError:
            raise DecodeFailed(f"unknown encoding {encoding!r}") from None
        except UnicodeDecodeError as exc:
            raise DecodeFailed(f"not valid {encoding}: {exc.reason} at byte {exc.start}") from None
    for bom, name in _BOMS if data[:1] in _BOM_FIRST_BYTES else ():
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name.replace("-sig", "")), name)
            except UnicodeDecodeError:
                if name == "utf-8-sig":  # text joined onto a UTF-8 file: the mark is no text
                    data = data[len(bom) :]
                break
    if _looks_binary(data):
        raise BinaryInput("binary file")
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    high = data.translate(None, _ASCII)
    if bad <= max(1, len(data) * MAX_BAD_FRACTION) and bad * 4 < max(len(high), 1):
        return Decoded(text, "utf-8", (f"{bad} invalid UTF-8 byte sequence(s) replaced",))
    return _detect(data, high)


_ASCII = bytes(range(128))
WESTERN_SHARE = 0.2
"""Western text is mostly ASCII: when under this share of its bytes are high, cp1252 is tried first."""
_WESTERN = frozenset(
    "ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿ"
    "–—‘’‚“”„•…€£©®°±²³´µ·¹º»«¼½¾¿¡¢¤¥¦§¨ª¬\xa0×÷ŒœŠšŽžŸƒ†‡‰‹›˜™"
)
"""What the high bytes of Western European text decode to in cp1252: letters, quotes, signs."""
LEGACY_ENCODINGS = (
    "cp1252",
    "cp1251",
    "koi8_r",
    "koi8_u",
    "cp1250",
    "iso8859_2",
    "cp866",
    "iso8859_5",
    "mac_cyrillic",
    "latin_1",
    "iso8859_15",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_7",
    "cp1256",
    "iso8859_6",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "euc_kr",
)
"""The encodings detection chooses among (legacy encodings articles are found in)."""


def _western(data: bytes, high: bytes) -> str | None:
    """The text as cp1252 when its few high bytes are all Western letters and punctuation.

    Statistical detection is unreliable on text with a handful of non-ASCII bytes (a pound
    sign, two curly quotes): it guesses Shift JIS or cp850. Western newspapers' files are
    cp1252, and when every high byte reads as a Latin letter or typographic sign, they are.
    """
    if not high or len(high) > len(data) * WESTERN_SHARE:
        return None
    try:
        decoded = high.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return data.decode("cp1252") if _WESTERN.issuperset(decoded) else None


CYRILLIC_ENCODINGS = ("cp1251", "koi8_r", "koi8_u", "cp866", "iso8859_5", "mac_cyrillic")
"""The single-byte Cyrillic encodings, most common first (the first wins a tie)."""
CYRILLIC_SHARE = 0.3
"""Cyrillic text is mostly letters, each one high byte: at least this share of its bytes."""
MIN_LOWER_SHARE = 0.6
CYRILLIC_SAMPLE = 2048
"""High bytes weighed: a page of text tells the encoding."""
MIN_VOWEL_SHARE = 0.25


@functools.cache
def _cyrillic_bytes(encoding: str) -> tuple[bytes, bytes, bytes]:
    """The high bytes that are NOT lowercase, NOT uppercase and NOT vowel letters in ``encoding``.

    Deleting them with ``bytes.translate`` counts letters at C speed.
    """
    cyrillic = [v for v in load_all().values() if v.script == "cyrillic"]
    letters = frozenset("".join(v.letters for v in cyrillic))
    capitals = frozenset("".join(letters).upper())
    frequent = frozenset("".join(v.frequent_vowels for v in cyrillic))
    """The commonest vowels of the Cyrillic languages: a third of their letters."""
    lower, upper, vowels = bytearray(), bytearray(), bytearray()
    for byte in range(128, 256):
        ch = bytes([byte]).decode(encoding, errors="replace")
        if ch not in letters:
            lower.append(byte)
        if ch not in capitals:
            upper.append(byte)
        if ch not in frequent:
            vowels.append(byte)
    return bytes(lower), bytes(upper), bytes(vowels)


def _cyrillic(data: bytes, high: bytes) -> tuple[str, str] | None:
    """(text, encoding) when the bytes are Cyrillic text in one single-byte encoding.

    Running text is mostly lowercase, and the single-byte Cyrillic encodings put lowercase
    letters at different byte values (cp1251: 0xE0-0xFF; KOI8-R: 0xC0-0xDF; cp866: 0xA0-0xAF
    and 0xE0-0xEF): read in the right one, most high bytes are lowercase Cyrillic letters,
    and a third of those are the vowels о а е и і ы (Greek misread as Cyrillic has few).
    Statistical detection reaches the same answer at a hundred times the cost.
    """
    if len(high) < len(data) * CYRILLIC_SHARE:
        return None
    high = high[:CYRILLIC_SAMPLE]
    best, best_score, best_lower = "", 0, 0
    for name in CYRILLIC_ENCODINGS:
        not_lower, not_upper, _ = _cyrillic_bytes(name)
        lower = len(high.translate(None, not_lower))
        score = 2 * lower + len(high.translate(None, not_upper))
        if score > best_score:
            best, best_score, best_lower = name, score, lower
    if best_lower < len(high) * MIN_LOWER_SHARE:
        return None
    if len(high.translate(None, _cyrillic_bytes(best)[2])) < best_lower * MIN_VOWEL_SHARE:
        return None
    try:
        return data.decode(best), best
    except UnicodeDecodeError:
        return None


@functools.cache
def _latin_legacy() -> dict[str, tuple[tuple[str, ...], frozenset[str]]]:
    """Latin-script languages whose legacy files are not cp1252: their encodings and letters."""
    return {
        code: (v.legacy_encodings, frozenset(v.letters))
        for code, v in load_all().items()
        if v.script == "latin" and v.legacy_encodings and v.legacy_encodings[0] != "cp1252"
    }


def _latin_by_language(data: bytes, high: bytes) -> Decoded | None:
    """The text in its language's own legacy encoding, when that is not cp1252.

    Central European files (Czech, Slovak, Polish, Slovene, Croatian, Hungarian, Romanian)
    are cp1250 or ISO-8859-2, Turkish ones cp1254 or ISO-8859-9; their high bytes also read
    as letters in cp1252 ("předseda" as "pøedseda", "kararını" as "kararýný"). Their ASCII
    stop words ("a", "na", "se"; "ve", "bir", "bu") tell the language whatever the reading,
    and of the language's encodings the one that reads the most high bytes as its own
    letters is right (ISO-8859-2's "š" is cp1250's "ą"; the first wins a tie).
    """
    from artparse.language import guess_language

    try:
        text = data.decode("cp1250")
    except UnicodeDecodeError:
        return None
    legacy = _latin_legacy().get(guess_language(text) or "")
    if legacy is None:
        return None
    encodings, alphabet = legacy
    best = max(encodings, key=lambda name: _letters(high.decode(name, errors="replace"), alphabet))
    return Decoded(text if best == "cp1250" else data.decode(best, errors="replace"), best)


def _letters(chars: str, alphabet: frozenset[str]) -> int:
    """How many of ``chars`` are letters of ``alphabet`` (either case)."""
    return sum(map(alphabet.__contains__, chars.lower()))


def _detect(data: bytes, high: bytes) -> Decoded:
    """Legacy encodings: ``high`` is the data's non-ASCII bytes, which tell them apart."""
    western = _western(data, high)
    if western is not None:
        return _latin_by_language(data, high) or Decoded(western, "cp1252")
    cyrillic = _cyrillic(data, high)
    if cyrillic is not None:
        return Decoded(*cyrillic)
    from charset_normalizer import from_bytes  # only for files that are not UTF-8

    best = from_bytes(data, cp_isolation=list(LEGACY_ENCODINGS)).best()
    if best is None or best.encoding is None:
        return Decoded(
            data.decode("cp1252", errors="replace"),
            "cp1252",
            ("encoding not detected; read as cp1252",),
        )
    name = codecs.lookup(best.encoding).name
    return Decoded(str(best), name)


def read_text(
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    named: bool = True,
) -> Decoded:
    """Read and decode one input (``named``: see ``read_bytes``); an ``InputError`` names it."""
    try:
        return decode(read_bytes(path, max_bytes=max_bytes, named=named), encoding=encoding)
    except InputError as exc:
        raise exc.at(os.fspath(path)) from None
