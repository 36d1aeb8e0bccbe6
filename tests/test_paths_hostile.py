"""Hostile files and paths through the real command: every good record out, one line per bad one."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = (
    "China, Kazakhstan planning new special forces cooperation\n\n14.10.2015\n\nBy Joshua Kucera\n\nBody.\n"
)


def run(args: list[str], cwd: Path, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "artparse", "extract", "--format", "jsonl", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture
def hostile_dir(tmp_path: Path) -> Path:
    (tmp_path / "good one.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "-dash.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "ünïcödé.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03binary" * 100)
    (tmp_path / "loop1.txt").symlink_to("loop2.txt")
    (tmp_path / "loop2.txt").symlink_to("loop1.txt")
    (tmp_path / "dangling.txt").symlink_to("nowhere.txt")
    os.mkfifo(tmp_path / "fifo.txt")
    (tmp_path / "device.txt").symlink_to("/dev/zero")
    (tmp_path / "dir.txt").mkdir()
    (tmp_path / "dir.txt" / "inner.txt").write_text(ARTICLE, encoding="utf-8")
    return tmp_path


def test_a_mixed_batch_keeps_every_good_record(hostile_dir: Path) -> None:
    done = run([str(hostile_dir)], hostile_dir)
    assert done.returncode == 1
    sources = sorted(Path(json.loads(line)["source"]).name for line in done.stdout.splitlines())
    assert sources == ["-dash.txt", "good one.txt", "inner.txt", "ünïcödé.txt"]
    errors = [line for line in done.stderr.splitlines() if line.startswith("artparse: /")]
    bad = {"binary.txt", "loop1.txt", "loop2.txt", "dangling.txt", "fifo.txt", "device.txt"}
    assert {Path(line.split(": ")[1]).name for line in errors} == bad
    assert "Traceback" not in done.stderr


def test_each_bad_file_has_its_reason(hostile_dir: Path) -> None:
    done = run([str(hostile_dir)], hostile_dir)
    reasons = {
        Path(line.split(": ")[1]).name: line.split(": ", 2)[2]
        for line in done.stderr.splitlines()
        if line.startswith("artparse: /")
    }
    assert reasons["binary.txt"] == "binary file"
    assert reasons["fifo.txt"] == "not a regular file"
    assert reasons["device.txt"] == "not a regular file"
    assert "symbolic links" in reasons["loop1.txt"]


def test_a_leading_dash_needs_double_dash(hostile_dir: Path) -> None:
    done = run(["--", "-dash.txt", "missing.txt"], hostile_dir)
    assert done.returncode == 1
    assert [json.loads(line)["source"] for line in done.stdout.splitlines()] == ["-dash.txt"]
    assert "artparse: missing.txt: no such file" in done.stderr


def test_a_fifo_met_in_a_directory_is_not_waited_on(hostile_dir: Path) -> None:
    done = run([str(hostile_dir)], hostile_dir, timeout=20)
    assert done.returncode == 1
    assert f"{hostile_dir / 'fifo.txt'}: not a regular file" in done.stderr


def test_too_large_is_refused(hostile_dir: Path) -> None:
    big = hostile_dir / "big.txt"
    big.write_text(ARTICLE * 100, encoding="utf-8")
    done = run(["--max-bytes", "1000", str(big), str(hostile_dir / "good one.txt")], hostile_dir)
    assert done.returncode == 1
    assert len(done.stdout.splitlines()) == 1
    assert "larger than 1000 bytes" in done.stderr


def test_an_error_names_a_file_with_a_newline_on_one_line(tmp_path: Path) -> None:
    (tmp_path / "new\nline.txt").write_bytes(b"\x00binary\x00" * 10)
    done = run([str(tmp_path)], tmp_path)
    assert done.returncode == 1
    errors = [line for line in done.stderr.splitlines() if "binary file" in line]
    assert len(errors) == 1
    assert errors[0].endswith("new\\nline.txt: binary file")
