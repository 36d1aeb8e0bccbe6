"""What users expect of the command line: inputs and options checked once, before any work;
a readable pretty view; a progress bar that says what its figures are."""

from __future__ import annotations

import io
import itertools
import json
import re
import time
from pathlib import Path
from typing import Any

import pytest

from artparse.render.progress import Status

ARTICLE = "Headline\n\n14.10.2015\n\nBy Jane Doe\n\nFirst paragraph.\n\nSecond paragraph.\n"


def test_a_directory_with_no_files_is_one_error_and_exit_1(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "notes.rst").write_text("x", encoding="utf-8")
    result = run_cli(["extract", "-q", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"artparse: {tmp_path}: no files matching '*.txt,*.md,*.markdown,*.mdx'"


def test_directories_give_text_and_markdown_files(run_cli: Any, tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.MARKDOWN", "d.mdx", "e.rst", "f.json"):
        (tmp_path / name).write_text("Headline\n\nA paragraph of the story.\n", encoding="utf-8")
    result = run_cli(["extract", "-q", str(tmp_path)])
    assert result.exit_code == 0
    names = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    assert names == ["a.txt", "b.md", "c.MARKDOWN", "d.mdx"]


def test_glob_takes_several_patterns(run_cli: Any, tmp_path: Path) -> None:
    for name in ("a.txt", "b.md", "c.rst"):
        (tmp_path / name).write_text("Headline\n\nA paragraph of the story.\n", encoding="utf-8")
    result = run_cli(["extract", "-q", "--glob", "*.rst, *.md", str(tmp_path)])
    names = [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()]
    assert names == ["b.md", "c.rst"]


def test_the_glob_takes_either_case(run_cli: Any, tmp_path: Path) -> None:
    for name in ("a.txt", "B.TXT", "c.Txt", "d.text"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", str(tmp_path)])
    assert [Path(json.loads(line)["source"]).name for line in result.stdout.splitlines()] == [
        "B.TXT",
        "a.txt",
        "c.Txt",
    ]
    every = run_cli(["extract", "--glob", "*", str(tmp_path)])
    assert len(every.stdout.splitlines()) == 4


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--encoding", "foo"], "Invalid value for '--encoding': unknown encoding 'foo'"),
        (["--language", "xx"], "Invalid value for '--language': unknown language 'xx'"),
    ],
)
def test_options_are_checked_once_before_any_work(
    run_cli: Any, tmp_path: Path, args: list[str], message: str
) -> None:
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", *args, str(tmp_path)])
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count(message) == 1


@pytest.mark.parametrize("code", ["de", "tr", "DE"])
def test_a_known_language_is_taken(run_cli: Any, tmp_path: Path, code: str) -> None:
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", "--language", code, "--fields", "language", str(tmp_path / "a.txt")])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == {"language": code.lower()}


def test_encoding_names_are_pythons_canonical_names(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes("Заголовок\n\nТекст статьи.\n".encode("koi8_r"))
    result = run_cli(["extract", "--encoding", "KOI8_R", "--fields", "encoding", str(tmp_path / "a.txt")])
    assert json.loads(result.stdout) == {"encoding": "koi8-r"}


def test_the_pretty_view_has_no_doubled_blank_lines(run_cli: Any, tmp_path: Path, monkeypatch: Any) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", "-f", "pretty", str(tmp_path / "a.txt")])
    inside = [line.strip("│ ") for line in result.stdout.splitlines()[1:-1]]
    assert "Headline" in inside and "First paragraph." in inside
    assert not any(a == b == "" for a, b in itertools.pairwise(inside))
    assert inside[inside.index("First paragraph.") + 1] == ""


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_the_progress_bar_labels_its_figures_and_times_the_whole_run() -> None:
    stream = _Terminal()
    status = Status(stream, bar=True, total=lambda: 10)
    status.started -= 65  # the run began before the bar could show
    status._next_check = 0
    status.ok = 4
    status.advance()
    status._bar.refresh()
    shown = stream.getvalue()
    status.close()
    assert "files 4/10" in shown
    assert re.search(r"elapsed 0:01:0[5-9]", shown)
    assert "files/s" in shown and "left " in shown
    assert time.monotonic() - status.started >= 65
