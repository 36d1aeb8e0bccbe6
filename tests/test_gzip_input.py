"""Compressed inputs: a gzip file is read as what it holds (a crawl's .warc.wet.gz, a .txt.gz)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from tests.conftest import RunCli

ARTICLE = (
    "Harbour authority approves ferry terminal\n\n14.10.2015\n\n"
    "The harbour authority on Saturday approved plans for a new ferry terminal on the eastern quay.\n"
)
WET = (
    "WARC/1.0\r\nWARC-Type: conversion\r\nWARC-Target-URI: https://harbour.example/a\r\n"
    "WARC-Record-ID: <urn:uuid:1>\r\nContent-Type: text/plain\r\nContent-Length: {n}\r\n\r\n{block}\r\n\r\n"
)


def wet_record(block: str) -> str:
    return WET.format(n=len(block.encode()), block=block)


def test_a_compressed_article_is_read_as_its_text(tmp_path: Path, run_cli: RunCli) -> None:
    path = tmp_path / "story.txt.gz"
    path.write_bytes(gzip.compress(ARTICLE.encode()))
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    record = json.loads(result.stdout)
    assert (record["title"], record["date"]) == ("Harbour authority approves ferry terminal", "2015-10-14")


def test_a_compressed_wet_file_is_read_a_record_at_a_time(tmp_path: Path, run_cli: RunCli) -> None:
    """Common Crawl ships its WET files gzipped: ``.warc.wet.gz`` is read as ``.wet``."""
    path = tmp_path / "CC-MAIN-1.warc.wet.gz"
    path.write_bytes(gzip.compress((wet_record(ARTICLE) * 2).encode()))
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["title"] for r in records] == ["Harbour authority approves ferry terminal"] * 2
    assert {r["url"] for r in records} == {"https://harbour.example/a"}


def test_a_compressed_stream_on_stdin(run_cli: RunCli) -> None:
    data = gzip.compress((wet_record(ARTICLE) * 3).encode())
    result = run_cli(["extract", "--input-format", "warc", "--format", "jsonl", "-"], input=data)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_a_cut_gzip_file_is_its_own_one_line_error(tmp_path: Path, run_cli: RunCli) -> None:
    """A truncated download fails with a line naming the file; the other inputs' results stay."""
    cut = tmp_path / "cut.txt.gz"
    cut.write_bytes(gzip.compress(ARTICLE.encode() * 50)[:60])
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", "--format", "jsonl", str(cut), str(good)])
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 1
    errors = [line for line in result.stderr.splitlines() if "cut.txt.gz" in line]
    assert len(errors) == 1 and "gzip" in errors[0]
    assert "Traceback" not in result.stderr


def test_a_gzip_file_that_opens_into_more_than_max_bytes_is_refused(tmp_path: Path, run_cli: RunCli) -> None:
    """The size limit holds for what the file holds, not for its compressed bytes (a gzip bomb)."""
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 200_000))
    result = run_cli(["extract", "--max-bytes", "10000", "--format", "jsonl", str(path)])
    assert result.exit_code == 1
    assert "larger than 10000 bytes" in result.stderr
