"""Records as documents: JSON, JSON Lines, CSV/TSV rows, Markdown, plain text.

A record is the dict ``Article.to_dict()`` gives. ``Layout`` says how records are written:
the format, the fields kept (``--fields``) and the JSON indentation (``--indent``,
``--compact``). Each format has a head (written once before the first record), the record
itself, a separator between records and a tail, so a stream of any number of records is one
valid document: a JSON array, a CSV table with one header row, Markdown documents split by
rules, text documents split by form feeds.
"""

from __future__ import annotations

import io
import json
from collections.abc import Sequence
from typing import Any, NamedTuple

from artparse.model import Article

RECORD_FIELDS: tuple[str, ...] = tuple(Article().to_dict())
"""Every key of a record, in the order records give them (the output contract)."""
FORMATS = ("jsonl", "json", "csv", "tsv", "markdown", "text")
"""Formats a record can be written in (the terminal's pretty view is ``render.pretty``)."""
SUFFIXES = {
    "jsonl": ".json",
    "json": ".json",
    "csv": ".csv",
    "tsv": ".tsv",
    "markdown": ".md",
    "text": ".txt",
}
"""The file name ending of each format under ``--output-dir``."""
LIST_SEPARATOR = "; "
"""CSV/TSV cells join a list of strings (authors, highlights, paragraphs, warnings) with this;
a list of objects (captions) or an object (spans) is written as JSON text."""


class Layout(NamedTuple):
    """How records are written: format, fields kept, JSON indentation (None: compact)."""

    fmt: str = "jsonl"
    fields: tuple[str, ...] = RECORD_FIELDS
    indent: int | None = 2


def parse_fields(text: str) -> tuple[str, ...]:
    """``"title,date,authors"`` -> the fields, in that order; ValueError naming the valid ones."""
    fields = tuple(name.strip() for name in text.split(",") if name.strip())
    unknown = [name for name in fields if name not in RECORD_FIELDS]
    if unknown or not fields:
        what = f"unknown field {', '.join(unknown)}" if unknown else "no field named"
        raise ValueError(f"{what}; fields are: {', '.join(RECORD_FIELDS)}")
    return tuple(dict.fromkeys(fields))


def select(record: dict[str, Any], fields: Sequence[str]) -> dict[str, Any]:
    """The record with only ``fields``, in their order."""
    if len(fields) == len(RECORD_FIELDS) and tuple(fields) == RECORD_FIELDS:
        return record
    return {name: record[name] for name in fields}


def head(layout: Layout) -> str:
    """What a stream of records opens with."""
    if layout.fmt == "json":
        return "["
    if layout.fmt in ("csv", "tsv"):
        return _csv_line(list(layout.fields), layout.fmt)
    return ""


def separator(layout: Layout) -> str:
    """What stands between two records of a stream."""
    return {"json": ",", "markdown": "\n---\n\n", "text": "\f\n"}.get(layout.fmt, "")


def tail(layout: Layout, count: int) -> str:
    """What a stream of ``count`` records closes with."""
    if layout.fmt != "json":
        return ""
    if layout.indent is None:
        return "]\n"
    return "\n]\n" if count else "]\n"


def in_stream(record: dict[str, Any], layout: Layout) -> str:
    """One record as an element of a stream (a JSON array element is indented one level)."""
    if layout.fmt == "json":
        if layout.indent is None:
            return json.dumps(record, ensure_ascii=False, separators=(",", ":"))
        text = json.dumps(record, ensure_ascii=False, indent=layout.indent)
        pad = " " * layout.indent
        return "\n" + pad + text.replace("\n", "\n" + pad)
    return document(record, layout)


def document(record: dict[str, Any], layout: Layout) -> str:
    """One record as a whole document (a line of JSON Lines, a file under ``--output-dir``)."""
    fmt = layout.fmt
    if fmt == "jsonl" or (fmt == "json" and layout.indent is None):
        return json.dumps(record, ensure_ascii=False, separators=(",", ":")) + "\n"
    if fmt == "json":
        return json.dumps(record, ensure_ascii=False, indent=layout.indent) + "\n"
    if fmt in ("csv", "tsv"):
        return _csv_line([_cell(record[name]) for name in layout.fields], fmt)
    if fmt == "markdown":
        return to_markdown(record)
    return to_text(record)


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return LIST_SEPARATOR.join(value)
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _csv_line(cells: list[str], fmt: str) -> str:
    import csv  # only the csv and tsv formats pay for it

    buffer = io.StringIO()
    writer = csv.writer(buffer, dialect="excel-tab" if fmt == "tsv" else "excel", lineterminator="\n")
    writer.writerow(cells)
    return buffer.getvalue()


_MARKDOWN_SPECIAL = str.maketrans({ch: "\\" + ch for ch in "\\`*_[]<>|"})
_BLOCK_OPENERS = ("#", ">", "-", "+", "=", "~")


def _md(text: str) -> str:
    """Text as Markdown shows it: inline markers escaped, and a line that would open a block
    (a heading, a quote, a list item, ``1.``) escaped at its start."""
    text = text.translate(_MARKDOWN_SPECIAL)
    if text.startswith(_BLOCK_OPENERS):
        return "\\" + text
    number, dot, _ = text.partition(". ")
    if dot and number.isdigit():
        return f"{number}\\. {text[len(number) + 2 :]}"
    return text


_MARKDOWN_META = (("Date", "date"), ("Updated", "updated"), ("Dateline", "dateline"), ("Agency", "agency"))


def to_markdown(record: dict[str, Any]) -> str:
    """The article as a clean Markdown document: ``# title``, metadata, captions, paragraphs."""
    blocks: list[str] = []
    if record.get("title"):
        blocks.append("# " + _md(record["title"]))
    if record.get("subtitle"):
        blocks.append("*" + _md(record["subtitle"]) + "*")
    meta = []
    for label, key in (
        ("Date", "date"),
        ("Updated", "updated"),
        ("Dateline", "dateline"),
        ("Agency", "agency"),
    ):
        if record.get(key):
            meta.append(f"- **{label}:** {_md(str(record[key]))}")
    if record.get("authors"):
        meta.append("- **Authors:** " + ", ".join(map(_md, record["authors"])))
    if record.get("source"):
        meta.append(f"- **Source:** {_md(record['source'])}")
    if meta:
        blocks.append("\n".join(meta))
    if record.get("highlights"):
        blocks.append("\n".join("- " + _md(h) for h in record["highlights"]))
    for caption in record.get("captions") or ():
        credit = caption.get("credit")
        title = ' "' + credit.replace('"', '\\"') + '"' if credit else ""
        blocks.append(f"![{_md(caption['text'])}](<>{title})")
    blocks.extend(_md(p) for p in record.get("paragraphs") or ())
    return "\n\n".join(blocks) + "\n"


def to_text(record: dict[str, Any]) -> str:
    """The clean body for NLP pipelines: the title, a blank line, the paragraphs."""
    blocks = [record["title"]] if record.get("title") else []
    blocks.extend(record.get("paragraphs") or ())
    return "\n\n".join(blocks) + "\n"
