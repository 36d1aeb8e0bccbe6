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
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from artparse.errors import ArtparseError
from artparse.frontend import DOCUMENT_OPENINGS
from artparse.inputs import STDIN, InputItem, JsonRecord
from artparse.io import decode
from artparse.lazyre import lazy_compile

if TYPE_CHECKING:
    from artparse.given import Given

JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""File name endings that ``--input-format auto`` reads as JSON Lines (compared case-blind)."""
SGML_SUFFIXES = (".sgml", ".sgm")
"""File name endings that ``--input-format auto`` reads as SGML collections."""
RECORD_FORMATS = ("jsonl", "sgml")
"""The input formats of many articles to an input."""
INPUT_FORMATS = ("auto", "text", *RECORD_FORMATS)
DEFAULT_TEXT_FIELD = "text"
INPUT_KEY = "input"
"""The output key that carries a record's other fields, unchanged."""


def record_format(path: str, input_format: str) -> str | None:
    """``jsonl`` or ``sgml`` when an input holds many articles under ``--input-format``, else None."""
    if input_format in RECORD_FORMATS:
        return input_format
    if input_format == "auto":
        name = path.casefold()
        if name.endswith(JSONL_SUFFIXES):
            return "jsonl"
        if name.endswith(SGML_SUFFIXES):
            return "sgml"
    return None


def given_of(fields: Mapping[str, Any]) -> tuple[Given, dict[str, Any]]:
    """(the fields a record states, the record's other fields for ``input``)."""
    from artparse.given import from_mapping  # with the parser: after the configuration

    given = from_mapping(fields)
    used = {key.casefold() for key in given.keys}
    rest = {key: value for key, value in fields.items() if str(key).casefold() not in used}
    return given, rest


def _open(path: str) -> IO[bytes]:
    if path == STDIN:
        return sys.stdin.buffer
    return open(path, "rb")


def read_records(
    item: InputItem, *, text_field: str = DEFAULT_TEXT_FIELD, kind: str = "jsonl"
) -> Iterator[InputItem]:
    """One input per line of a JSON Lines file (blank lines skipped), or per document of an
    SGML collection (``kind`` ``sgml``), streaming.

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
        stream = _open(item.path)
    except OSError as exc:
        yield item._replace(error=exc.strerror or str(exc))
        return
    try:
        pieces = _documents(stream) if kind == "sgml" else enumerate(stream, 1)
        for number, raw in pieces:
            if not raw.strip():
                continue
            path, relative = f"{item.path}:{number}", f"{stem}-{number}"
            record, error = _document(raw) if kind == "sgml" else _record(raw, text_field)
            yield InputItem(path, relative, error, named=True, record=record)
    except OSError as exc:
        yield item._replace(error=exc.strerror or str(exc))
    finally:
        if stream is not sys.stdin.buffer:
            stream.close()


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


def _document(raw: bytes) -> tuple[JsonRecord | None, str | None]:
    """(record, None) of one collection document, or (None, why it cannot be read)."""
    try:
        text = decode(raw).text
    except ArtparseError as exc:
        return None, str(exc)
    found = _DOC_ID.search(text)
    docno = next((group for group in found.groups() if group), None) if found else None
    return JsonRecord(text, {"docno": docno} if docno else {}), None
