"""Web archives: WARC records of a page's text, as Common Crawl's WET files hold them.

WARC, the Web ARChive format (ISO 28500; WARC 1.0 and 1.1, iipc.github.io/warc-specifications),
stores a crawl as records, one after another. A record opens with its version line ("WARC/1.0",
"WARC/1.1"), then named fields ("Name: value") up to a blank line, then a block of
``Content-Length`` bytes, then two blank lines. ``WARC-Type`` says what the block is:

- ``warcinfo`` (about the file), ``request``, ``metadata``, ``revisit`` (no block of its own) and
  ``continuation`` (a segment of another record): no article's text.
- ``response``: the HTTP response (its headers, then the page's HTML: read as a saved web page
  when the file holds no record of text); ``resource``: a resource fetched without a protocol's
  headers (a ``text/plain`` one is text).
- ``conversion``: the page in another form. Common Crawl's WET files (and the CC-News text that
  news-please and other extractors start from) hold one ``text/plain`` conversion per page, the
  page's visible text, after a ``warcinfo`` record; ``WARC-Target-URI`` is the page's address,
  ``WARC-Refers-To`` the response's id, ``WARC-Identified-Content-Language`` the languages found.

What is read: the first conversion (or ``text/plain`` resource) record; its block goes to the rule
chain, line numbers kept; ``WARC-Target-URI`` is given as the url. ``WARC-Date`` is when the page
was fetched, not when it was published: it is no date of the article. ``WARC-Record-ID`` is the
record's id (``input.docno`` when ``--input-format warc`` reads a file a record at a time).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from artparse.archive import Record
from artparse.given import EMPTY, Given, from_mapping
from artparse.lazyre import lazy_compile

VERSION_LINE = lazy_compile(r"WARC/\d{1,2}\.\d{1,2}")
"""A record's first line: "WARC/1.0", "WARC/1.1" (and the drafts' "WARC/0.17", "WARC/0.18")."""
_FIELD = lazy_compile(r"([A-Za-z][\w.-]{0,60}):[ \t]*(.*)")
"""A named field: "WARC-Type: conversion" (names are tokens, read case-blind)."""
MAX_HEADER_LINES = 200
"""A record names a dozen fields or so; a longer run of them is no record's header."""
TEXT_TYPES = frozenset({"conversion", "resource"})
"""The record types whose block can be the page's text (a ``text/plain`` one)."""
UNREAD_TYPES = frozenset({"warcinfo", "request", "metadata", "revisit", "continuation"})
"""The record types that hold no page: the file's, the crawler's, or another record's part."""
TEXT_CONTENT = ("text/plain", "")
"""Content types of a text block (none stated: taken as text)."""


class Warc(NamedTuple):
    """The reading of a file of WARC records: the first record of text, or why there is none."""

    record: Record
    """The fields given and the block's lines (no lines: no record of text)."""
    body_from: int
    """The number of the last line above the text."""
    warnings: tuple[str, ...]
    page: str | None = None
    """The HTML of a ``response`` record's page, when the file holds no record of text (the
    front end reads it as a saved web page)."""


class _Header(NamedTuple):
    fields: dict[str, tuple[str, int]]
    """Field name (lower-cased) -> (value, 0-based line index)."""
    block: int
    """The index of the block's first line."""


def is_version_line(line: str) -> bool:
    return line[:5] == "WARC/" and VERSION_LINE.fullmatch(line.strip()) is not None


def read_warc(lines: Sequence[str], *, language: str | None = None) -> Warc | None:
    """The first record of text in ``lines`` (a WARC or WET file as text), or None when the
    lines do not open with a WARC record."""
    i = next((k for k, line in enumerate(lines) if line.strip()), len(lines))
    found: tuple[_Header, int] | None = None  # the first record of text, and its block's end
    other: tuple[_Header, int] | None = None  # the first record of a page in another form (HTML)
    more = 0
    while i < len(lines) and is_version_line(lines[i]):
        header = _read_header(lines, i)
        if header is None:
            break
        end = _block_end(lines, header)
        kind = header.fields.get("warc-type", ("", 0))[0].casefold()
        if kind in TEXT_TYPES and _content_type(header) in TEXT_CONTENT:
            if found is None:
                found = header, end
            else:
                more += 1
        elif kind not in UNREAD_TYPES and other is None:
            other = header, end
        i = next((k for k in range(end, len(lines)) if lines[k].strip()), len(lines))
    if found is None and other is None:
        if i == next((k for k, line in enumerate(lines) if line.strip()), len(lines)):
            return None  # not a record at all: text that only opens with "WARC/"
        return Warc(Record(EMPTY, (), {}), i, ("no WARC record of text (a WET file's conversion records)",))
    if found is None:
        assert other is not None
        header, end = other
        page = _html_payload(lines, header, end)
        if page is not None:
            return Warc(Record(_given(header, language), (), {}), header.block, (), page)
        kind = header.fields.get("warc-type", ("", 0))[0] or "untyped"
        why = f"a WARC {kind} record holds the page in a form artparse does not read (not HTML text)"
        return Warc(Record(_given(header, language), (), {}), header.block, (why,))
    header, end = found
    body = tuple(k for k in range(header.block, end) if lines[k].strip())
    warnings = (
        (f"{more} more record(s) of text after the first: --input-format warc reads each",) if more else ()
    )
    return Warc(Record(_given(header, language), body, {}), header.block, warnings)


def _html_payload(lines: Sequence[str], header: _Header, end: int) -> str | None:
    """The HTML page a ``response`` record holds: its HTTP response's body, after the status
    line and the HTTP headers, when they say it is HTML and not compressed (a payload kept as
    sent, gzipped, is no text). Common Crawl's WARC files and CC-News hold pages so."""
    if header.fields.get("warc-type", ("", 0))[0].casefold() != "response":
        return None
    start = header.block
    if start >= end or not lines[start].startswith("HTTP/"):
        return None
    html = False
    for k in range(start + 1, min(end, start + 1 + MAX_HEADER_LINES)):
        line = lines[k].strip()
        if not line:
            return "\n".join(lines[k + 1 : end]) if html else None
        name, _, value = line.partition(":")
        name, value = name.strip().casefold(), value.strip().casefold()
        if name == "content-type":
            html = "html" in value
        elif name == "content-encoding" and value not in ("", "identity"):
            return None
    return None


def _read_header(lines: Sequence[str], start: int) -> _Header | None:
    """The named fields under the version line at ``start``, up to the blank line; None when a
    line is not a field or there are too many, or ``WARC-Type`` is missing."""
    fields: dict[str, tuple[str, int]] = {}
    last = ""
    stop = min(len(lines), start + 1 + MAX_HEADER_LINES)
    for k in range(start + 1, stop):
        line = lines[k]
        if not line.strip():
            return _Header(fields, k + 1) if "warc-type" in fields else None
        if line[:1] in (" ", "\t") and last:  # a folded value goes on
            value, at = fields[last]
            fields[last] = f"{value} {line.strip()}", at
            continue
        field = _FIELD.fullmatch(line.rstrip())
        if field is None:
            return None
        last = field.group(1).casefold()
        fields.setdefault(last, (field.group(2).strip(), k))
    if stop == len(lines) and "warc-type" in fields:  # a record with no block at the file's end
        return _Header(fields, len(lines))
    return None


def _block_end(lines: Sequence[str], header: _Header) -> int:
    """The index after the block's last line: where its ``Content-Length`` bytes end (each line
    counted with its newline) when the next record or the file's end follows there; else (the
    newlines or the encoding changed since the length was written) before the next record's
    version line."""
    value = header.fields.get("content-length", ("", 0))[0]
    if value.isdigit():
        length, count = int(value), 0
        for k in range(header.block, len(lines)):
            line = lines[k]
            count += (len(line) if line.isascii() else len(line.encode("utf-8", "surrogatepass"))) + 1
            if count >= length:
                after = next((j for j in range(k + 1, len(lines)) if lines[j].strip()), len(lines))
                if count - length <= 1 and (after == len(lines) or is_version_line(lines[after])):
                    return k + 1
                break
        else:
            if length <= count + 1:
                return len(lines)
    for k in range(header.block, len(lines)):
        if lines[k][:5] == "WARC/" and is_version_line(lines[k]) and _FIELD.fullmatch(_next(lines, k)):
            return k
    return len(lines)


def _next(lines: Sequence[str], k: int) -> str:
    return lines[k + 1].rstrip() if k + 1 < len(lines) else ""


def _content_type(header: _Header) -> str:
    return header.fields.get("content-type", ("", 0))[0].partition(";")[0].strip().casefold()


def _given(header: _Header, language: str | None) -> Given:
    """The url, from ``WARC-Target-URI`` (WARC 1.0's writers put it in angle brackets)."""
    found = header.fields.get("warc-target-uri")
    if found is None or not found[0].strip("<> "):
        return EMPTY
    return from_mapping({"url": found[0].strip("<> ")}, lines_of={"url": (found[1] + 1,)}, language=language)


def record_id(header_text: str) -> str | None:
    """The ``WARC-Record-ID`` of a record's header lines, its angle brackets off ("urn:uuid:...")."""
    for line in header_text.split("\n", MAX_HEADER_LINES)[:MAX_HEADER_LINES]:
        field = _FIELD.fullmatch(line.rstrip())
        if field is not None and field.group(1).casefold() == "warc-record-id":
            return field.group(2).strip().strip("<>").strip() or None
        if not line.strip():
            break
    return None
