"""JSON Lines input: scraped records whose text field holds the article.

Scrapers and dataset exports write one JSON object per line (``{"url": ..., "title": ...,
"text": ...}``). Each record becomes one input: its text field is parsed, its own title, date,
author(s) and url are taken as given (as front matter is), and every other field is passed
through under ``input``. Records are read one line at a time, in the main process; a line
that is not a usable record is that record's error (its line number named), not the run's.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator, Mapping
from typing import IO, TYPE_CHECKING, Any

from artparse.inputs import STDIN, InputItem, JsonRecord

if TYPE_CHECKING:
    from artparse.given import Given

JSONL_SUFFIXES = (".jsonl", ".ndjson")
"""File name endings that ``--input-format auto`` reads as JSON Lines (compared case-blind)."""
INPUT_FORMATS = ("auto", "text", "jsonl")
DEFAULT_TEXT_FIELD = "text"
INPUT_KEY = "input"
"""The output key that carries a record's other fields, unchanged."""


def is_jsonl(path: str, input_format: str) -> bool:
    """Whether an input is read as JSON Lines under ``--input-format``."""
    if input_format == "jsonl":
        return True
    return input_format == "auto" and path.casefold().endswith(JSONL_SUFFIXES)


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


def read_records(item: InputItem, *, text_field: str = DEFAULT_TEXT_FIELD) -> Iterator[InputItem]:
    """One input per line of a JSON Lines file (blank lines skipped), streaming.

    Each has ``path`` ``PATH:LINE`` and ``relative`` ``NAME-LINE`` (its ``--output-dir`` name);
    a line that is not a JSON object with a string text field is an input with that error.
    A file that cannot be opened is one failed input.
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
        for number, raw in enumerate(stream, 1):
            if not raw.strip():
                continue
            path, relative = f"{item.path}:{number}", f"{stem}-{number}"
            record, error = _record(raw, text_field)
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
