"""Inputs of many articles: JSON Lines records, and SGML collection files.

**JSON Lines**: scraped records whose text field holds the article.

Scrapers and dataset exports write one JSON object per line (``{"url": ..., "title": ...,
"text": ...}``). Each record becomes one input: its text field is parsed, its own title, date,
author(s) and url are taken as given (as front matter is), and every other field is passed
through under ``input``. Records are read one line at a time, in the main process; a line
that is not a usable record is that record's error (its line number named), not the run's.

**SGML collections** (TREC, LDC Gigaword and AQUAINT, Reuters-21578: see ``artparse.sgml``)
hold many ``<DOC>`` documents to a file: each becomes one input, read (and decoded) a
document at a time, its id (``DOCNO``, Gigaword's ``id``, Reuters' ``NEWID``) passed through
as ``docno`` under ``input``.

**WARC files** (Common Crawl's WET files: see ``artparse.warc``) hold many records to a file:
each record of a page becomes one input, its block cut by its ``Content-Length``, its
``WARC-Record-ID`` passed through as ``docno``; the file's ``warcinfo`` and the crawler's
``request``, ``metadata``, ``revisit`` and ``continuation`` records are no page and are left out.
"""

from __future__ import annotations

import io
import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from artparse.errors import ArtparseError
from artparse.frontend import DOCUMENT_OPENINGS
from artparse.inputs import STDIN, InputItem, JsonRecord
from artparse.io import GZIP_MAGIC, decode
from artparse.lazyre import lazy_compile

if TYPE_CHECKING:
    from artparse.given import Given

JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""File name endings that ``--input-format auto`` reads as JSON Lines (compared case-blind)."""
SGML_SUFFIXES = (".sgml", ".sgm")
"""File name endings that ``--input-format auto`` reads as SGML collections."""
WARC_SUFFIXES = (".warc", ".wet")
"""File name endings that ``--input-format auto`` reads as WARC files (Common Crawl's
``….warc.wet``, and ``….warc.wet.gz``: a ``.gz`` ending is looked past)."""
RECORD_FORMATS = ("jsonl", "sgml", "warc")
"""The input formats of many articles to an input."""
INPUT_FORMATS = ("auto", "text", *RECORD_FORMATS)
DEFAULT_TEXT_FIELD = "text"
INPUT_KEY = "input"
"""The output key that carries a record's other fields, unchanged."""


def record_format(path: str, input_format: str) -> str | None:
    """``jsonl``, ``sgml`` or ``warc`` when an input holds many articles under ``--input-format``,
    else None."""
    if input_format in RECORD_FORMATS:
        return input_format
    if input_format == "auto":
        name = path.casefold().removesuffix(".gz")  # a compressed file: what it holds
        if name.endswith(JSONL_SUFFIXES):
            return "jsonl"
        if name.endswith(SGML_SUFFIXES):
            return "sgml"
        if name.endswith(WARC_SUFFIXES):
            return "warc"
    return None


def given_of(fields: Mapping[str, Any]) -> tuple[Given, dict[str, Any]]:
    """(the fields a record states, the record's other fields for ``input``)."""
    from artparse.given import from_mapping  # with the parser: after the configuration

    given = from_mapping(fields)
    used = {key.casefold() for key in given.keys}
    rest = {key: value for key, value in fields.items() if str(key).casefold() not in used}
    return given, rest


def _open(path: str) -> tuple[IO[bytes], IO[bytes]]:
    """(the input's bytes as a stream, the file under it to close); a gzip file's (``.warc.wet.gz``,
    ``.jsonl.gz``) bytes uncompressed as they are read (told by its first bytes, not its name)."""
    raw: Any = sys.stdin.buffer if path == STDIN else open(path, "rb")  # noqa: SIM115
    # a stdin that is no buffered reader (an embedding host's) is given one, to peek into
    stream: io.BufferedReader = raw if hasattr(raw, "peek") else io.BufferedReader(raw)
    if stream.peek(2)[:2] == GZIP_MAGIC:
        import gzip

        return gzip.GzipFile(fileobj=stream), raw  # type: ignore[return-value]  # (closing it leaves raw open)
    return stream, raw


def read_records(
    item: InputItem, *, text_field: str = DEFAULT_TEXT_FIELD, kind: str = "jsonl"
) -> Iterator[InputItem]:
    """One input per line of a JSON Lines file (blank lines skipped), per document of an
    SGML collection (``kind`` ``sgml``) or per record of a page of a WARC file (``warc``),
    streaming.

    Each has ``path`` ``PATH:LINE`` and ``relative`` ``NAME-LINE`` (its ``--output-dir`` name;
    the line a document opens on); a line that is not a JSON object with a string text field,
    or a document that cannot be decoded, is an input with that error. A file that cannot be
    opened is one failed input.
    """
    if item.error:
        yield item
        return
    stem = os.path.splitext(item.relative)[0] if item.path != STDIN else "stdin"
    try:
        stream, underlying = _open(item.path)
    except OSError as exc:
        yield item._replace(error=exc.strerror or str(exc))
        return
    try:
        if kind == "sgml":
            pieces = _documents(stream)
        elif kind == "warc":
            pieces = _warc_records(stream)
        else:
            pieces = enumerate(stream, 1)
        for number, raw in pieces:
            if not raw.strip():
                continue
            path, relative = f"{item.path}:{number}", f"{stem}-{number}"
            if kind == "jsonl":
                record, error = _record(raw, text_field)
            else:
                record, error = _document(raw, warc=kind == "warc")
            yield InputItem(path, relative, error, named=True, record=record)
    except EOFError as exc:  # a gzip stream cut short
        yield item._replace(error=f"not a readable gzip file ({exc})")
    except OSError as exc:
        yield item._replace(error=exc.strerror or str(exc))
    finally:
        if underlying is not sys.stdin.buffer:
            stream.close()
            underlying.close()


def _record(raw: bytes, text_field: str) -> tuple[JsonRecord | None, str | None]:
    """(record, None), or (None, why the line is not a usable record)."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        return None, f"not a JSON record: {exc}"
    if not isinstance(data, dict):
        return None, "not a JSON object"
    text = data.get(text_field)
    if not isinstance(text, str):
        why = "is not a string" if text_field in data else "is missing"
        return None, f"the text field {text_field!r} {why}"
    fields = {key: value for key, value in data.items() if key != text_field}
    return JsonRecord(text, fields), None


_OPENINGS = tuple(opening.encode() for opening in DOCUMENT_OPENINGS)
_CLOSINGS = (b"</DOC>", b"</REUTERS>", b"</NEWSITEM>")
_DOC_ID = lazy_compile(
    r"<DOCNO>\s*([^<\s]+)|<DOC\s[^>]*?\bid=\"([^\"]+)\"|\bNEWID=\"(\d+)\"|<newsitem\s[^>]*?\bitemid=\"(\d+)\"",
    re.IGNORECASE,
)


def _documents(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(the line it opens on, its bytes) for each document of an SGML collection file."""
    lines: list[bytes] = []
    start = 0
    for number, raw in enumerate(stream, 1):
        if raw.lstrip()[:9].upper().startswith(_OPENINGS):
            if lines:  # the one before was never closed
                yield start, b"".join(lines)
            lines, start = [], number
        if start:
            lines.append(raw)
        if lines and raw.rstrip().upper().endswith(_CLOSINGS):
            yield start, b"".join(lines)
            lines, start = [], 0
    if lines:
        yield start, b"".join(lines)


def _document(raw: bytes, *, warc: bool = False) -> tuple[JsonRecord | None, str | None]:
    """(record, None) of one collection document or WARC record, or (None, why it cannot be read)."""
    try:
        text = decode(raw).text
    except ArtparseError as exc:
        return None, str(exc)
    if warc:
        from artparse.warc import record_id

        docno = record_id(text)
    else:
        found = _DOC_ID.search(text)
        docno = next((group for group in found.groups() if group), None) if found else None
    return JsonRecord(text, {"docno": docno} if docno else {}), None


def _warc_records(stream: IO[bytes]) -> Iterator[tuple[int, bytes]]:
    """(the line it opens on, its bytes) for each record of a WARC file that may hold a page.

    A record's block is its ``Content-Length`` bytes (the text may hold lines that look like
    a record's); without a usable length it runs to the next version line.
    """
    from artparse.warc import UNREAD_TYPES, is_version_line

    unread = {kind.encode() for kind in UNREAD_TYPES}  # records that hold no page

    def opens(line: bytes) -> bool:
        return line[:5] == b"WARC/" and is_version_line(line.decode("latin-1"))

    number = 0
    line = stream.readline()
    while line:
        number += 1
        if not opens(line):
            line = stream.readline()
            continue
        start, head, length, kind = number, [line], -1, b""
        while line := stream.readline():
            number += 1
            head.append(line)
            if not line.strip():
                break
            name, _, value = line.partition(b":")
            name, value = name.strip().lower(), value.strip()
            if name == b"content-length" and value.isdigit():
                length = int(value)
            elif name == b"warc-type":
                kind = value.lower()
        if length >= 0:
            block = stream.read(length)
            number += block.count(b"\n")
            line = stream.readline()
        else:
            lines: list[bytes] = []
            while (line := stream.readline()) and not opens(line):
                number += 1
                lines.append(line)
            block = b"".join(lines)
        if kind not in unread:
            yield start, b"".join(head) + block
