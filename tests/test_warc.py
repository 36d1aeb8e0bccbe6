"""WARC records of a page's text: Common Crawl's WET files (made-up records)."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

from artparse import ParseOptions, parse
from artparse.records import _warc_records
from artparse.warc import read_warc
from tests.conftest import RunCli


def record(fields: list[tuple[str, str]], block: str, *, version: str = "1.0") -> bytes:
    """A WARC record as a writer writes it: CRLF after each field, the block's length in bytes."""
    data = block.encode("utf-8")
    head = f"WARC/{version}\r\n" + "".join(f"{name}: {value}\r\n" for name, value in fields)
    return (head + f"Content-Length: {len(data)}\r\n\r\n").encode() + data + b"\r\n\r\n"


WARCINFO = record(
    [
        ("WARC-Type", "warcinfo"),
        ("WARC-Date", "2026-02-10T08:00:00Z"),
        ("WARC-Filename", "CC-MAIN-20260210-00001.warc.wet.gz"),
        ("WARC-Record-ID", "<urn:uuid:00000000-0000-0000-0000-000000000000>"),
        ("Content-Type", "application/warc-fields"),
    ],
    "Software-Info: made-up-extractor/1.0\r\nExtracted-Date: Tue, 10 Feb 2026 08:00:00 GMT\r\n",
)
FERRY = record(
    [
        ("WARC-Type", "conversion"),
        ("WARC-Target-URI", "https://harbour.example/news/ferry-terminal"),
        ("WARC-Date", "2026-02-10T08:15:00Z"),
        ("WARC-Record-ID", "<urn:uuid:11111111-2222-3333-4444-555555555555>"),
        ("WARC-Refers-To", "<urn:uuid:99999999-2222-3333-4444-555555555555>"),
        ("Content-Type", "text/plain"),
        ("WARC-Identified-Content-Language", "eng"),
    ],
    "Harbour authority approves ferry terminal\n"
    "By Jane Doe\n"
    "January 3, 2026\n"
    "The harbour authority on Saturday approved plans for a new ferry terminal on the eastern quay.\n"
    "Work is to begin in the spring, the authority’s chair told reporters.",
)
BRIDGE = record(
    [
        ("WARC-Type", "conversion"),
        ("WARC-Target-URI", "https://harbour.example/news/bridge"),
        ("WARC-Date", "2026-02-10T08:16:00Z"),
        ("WARC-Record-ID", "<urn:uuid:66666666-2222-3333-4444-555555555555>"),
        ("Content-Type", "text/plain"),
    ],
    "Old bridge reopens to traffic\n"
    "The old bridge over the river reopened to traffic on Friday after a year of repairs.\n"
    "A page about archives may quote one:\n"
    "WARC/1.0\n"
    "WARC-Type: response\n"
    "Drivers welcomed the shorter way into town, the council said.",
)
WET = WARCINFO + FERRY + BRIDGE


def test_a_wet_record_gives_its_text_to_the_rules() -> None:
    """The named fields are no title or paragraphs; the url is WARC-Target-URI; the block's lines
    keep their numbers; WARC-Date (the crawl's) is not the article's date."""
    article = parse(FERRY.decode())
    assert article.title == "Harbour authority approves ferry terminal"
    assert article.url == "https://harbour.example/news/ferry-terminal"
    assert article.date == "2026-01-03"
    assert list(article.authors) == ["Jane Doe"]
    assert list(article.paragraphs) == [
        "The harbour authority on Saturday approved plans for a new ferry terminal on the eastern quay.",
        "Work is to begin in the spring, the authority’s chair told reporters.",
    ]
    assert article.spans["title"] == (11,)
    assert not any("WARC" in p or "urn:uuid" in p for p in article.paragraphs)


def test_the_crawl_date_is_not_the_publication_date() -> None:
    article = parse(BRIDGE.decode())
    assert article.title == "Old bridge reopens to traffic"
    assert article.date is None


def test_one_input_of_many_records_reads_the_first_page_and_warns() -> None:
    """warcinfo is the file's record, not a page; the next records are --input-format warc's."""
    article = parse(WET.decode())
    assert article.title == "Harbour authority approves ferry terminal"
    assert any("--input-format warc" in w for w in article.warnings)


def test_a_wet_file_gives_one_record_per_page_with_its_id(tmp_path: Path, run_cli: RunCli) -> None:
    """.wet files are read a record at a time; warcinfo gives none; each id comes as docno; a
    block's own record-like lines are its text (Content-Length ends it)."""
    path = tmp_path / "CC-MAIN-20260210-00001.warc.wet"
    path.write_bytes(WET)
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"]["docno"] for r in records] == [
        "urn:uuid:11111111-2222-3333-4444-555555555555",
        "urn:uuid:66666666-2222-3333-4444-555555555555",
    ]
    assert [r["url"] for r in records] == [
        "https://harbour.example/news/ferry-terminal",
        "https://harbour.example/news/bridge",
    ]
    assert records[1]["title"] == "Old bridge reopens to traffic"
    assert records[1]["paragraphs"][-1] == "Drivers welcomed the shorter way into town, the council said."
    assert [r["source"].rpartition(":")[2] for r in records] == ["13", "29"]


def test_input_format_warc_reads_a_stream(run_cli: RunCli) -> None:
    """Common Crawl's files come gzipped: ``zcat … | artparse extract --input-format warc -``."""
    result = run_cli(["extract", "--input-format", "warc", "--format", "jsonl", "-"], input=WET * 2)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 4


def response(url: str, http_headers: str, body: str) -> bytes:
    """A crawl's response record: the HTTP status line and headers, then the page."""
    return record(
        [("WARC-Type", "response"), ("WARC-Target-URI", url), ("WARC-Record-ID", f"<urn:{url}>")],
        f"HTTP/1.1 200 OK\r\n{http_headers}\r\n{body}",
    )


PAGE = (
    '<!DOCTYPE html><html><head><meta property="og:title" content="Ferry terminal opens">'
    '<meta property="article:published_time" content="2026-02-03T08:00:00Z"></head>'
    "<body><nav><a href='/'>Home</a></nav><article><h1>Ferry terminal opens</h1><p>By Jane Doe</p>"
    "<p>The harbour authority on Saturday opened the new ferry terminal on the eastern quay.</p>"
    "<p>Work took a year.</p></article><footer>Harbour News</footer></body></html>"
)


def test_a_response_records_html_page_is_read_as_a_saved_page() -> None:
    """Common Crawl's WARC files (and CC-News) hold each page as the HTTP response: its HTML is
    read as a saved web page is (``html_page``), the url from WARC-Target-URI."""
    raw = response("https://harbour.example/ferry", "Content-Type: text/html; charset=utf-8\r\n", PAGE)
    article = parse(raw.decode())
    assert (article.title, article.date, article.authors) == (
        "Ferry terminal opens",
        "2026-02-03T08:00:00+00:00",
        ("Jane Doe",),
    )
    assert article.url == "https://harbour.example/ferry"
    assert list(article.paragraphs) == [
        "The harbour authority on Saturday opened the new ferry terminal on the eastern quay.",
        "Work took a year.",
    ]
    assert not article.warnings


@pytest.mark.parametrize(
    "http_headers",
    [
        "Content-Type: text/html\r\nContent-Encoding: gzip\r\n",  # the payload as sent, compressed
        "Content-Type: image/jpeg\r\n",  # no page
    ],
)
def test_a_response_that_holds_no_html_text_gives_a_warning(http_headers: str) -> None:
    article = parse(response("https://harbour.example/x", http_headers, "binary").decode())
    assert article.title is None
    assert not article.paragraphs
    assert article.url == "https://harbour.example/x"
    assert any("response" in w for w in article.warnings)


def test_a_response_with_the_html_reader_turned_off_warns() -> None:
    raw = response("https://harbour.example/ferry", "Content-Type: text/html\r\n", PAGE)
    article = parse(raw.decode(), options=ParseOptions(disabled_rules=frozenset({"html_page"})))
    assert not article.paragraphs
    assert any("html_page" in w for w in article.warnings)


def test_a_stream_of_response_records_gives_a_record_per_page(run_cli: RunCli) -> None:
    stream = WARCINFO + response("https://harbour.example/a", "Content-Type: text/html\r\n", PAGE) * 2
    result = run_cli(["extract", "--input-format", "warc", "--format", "jsonl", "-"], input=stream.decode())
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Ferry terminal opens"] * 2


def test_prose_that_mentions_warc_is_text() -> None:
    """Only a version line over named fields opens a record: an article about the format is text."""
    text = (
        "WARC/1.0 turns twenty\n\n"
        "Archivists marked the anniversary of WARC/1.0, the format that stores the web's pages.\n\n"
        "The standard was revised as WARC/1.1 in 2017.\n"
    )
    assert read_warc(text.split("\n")) is None
    article = parse(text)
    assert article.title == "WARC/1.0 turns twenty"
    assert "archive_record" not in {b.rule for b in article.blocks}


def test_a_disabled_stage_reads_the_record_as_text() -> None:
    article = parse(FERRY.decode(), options=ParseOptions(disabled_rules=frozenset({"archive_record"})))
    assert article.url is None


MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "WARC/1.0\n" + "WARC-Type: conversion\n" * (MB // 22),
        "WARC/1.0\nWARC-Type: conversion\nContent-Length: 99999999\n\n" + "WARC/1.0\n" * (MB // 9),
        ("WARC/1.0\nWARC-Type: conversion\n\n" + "word\n" * 20) * (MB // 130),
    ],
    ids=["a megabyte of fields", "version lines in a block", "many records"],
)
def test_a_megabyte_shaped_like_records_is_read_in_linear_time(text: str) -> None:
    start = time.perf_counter()
    read_warc(text.split("\n"))
    list(_warc_records(io.BytesIO(text.encode())))
    assert time.perf_counter() - start < 2.0
