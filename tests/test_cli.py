"""The command line: exit codes, output formats, stdin, a batch with broken files, options.

Most tests run in-process with click's CliRunner (the ``run_cli`` fixture; its stdin and
stdout are not terminals, so ``--format auto`` behaves as when piped). A few run the real
``python -m artparse`` in a subprocess, to check what a shell user sees.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import artparse
from artparse.frontend import FRONT_END_NAMES
from artparse.rules import RULE_NAMES
from artparse.steps import STEP_NAMES

ARTICLE = (
    "Headline here\n\n14.10.2015\n\nBy Jane Doe\n\nThe first paragraph of the story.\n\nThe second one.\n"
)
"""A small article whose whole output is known."""


def expected_record(source: str) -> dict[str, Any]:
    """The exact output for ARTICLE read from ``source``."""
    return {
        "source": source,
        "title": "Headline here",
        "subtitle": None,
        "date": "2015-10-14",
        "date_text": "14.10.2015",
        "date_ambiguous": False,
        "updated": None,
        "authors": ["Jane Doe"],
        "byline": "By Jane Doe",
        "dateline": None,
        "agency": None,
        "captions": [],
        "highlights": [],
        "paragraphs": ["The first paragraph of the story.", "The second one."],
        "publication": None,
        "tags": [],
        "url": None,
        "language": "en",
        "encoding": "utf-8",
        "warnings": [],
        "spans": {"title": [1], "date": [3], "byline": [5], "paragraphs": [7, 9]},
    }


def jsonl(text: str) -> list[dict[str, Any]]:
    """Parse JSON Lines strictly: one object per line, every line ends with a newline."""
    assert text == "" or text.endswith("\n")
    lines = text.splitlines()
    assert all(line.strip() for line in lines), "blank line in JSON Lines"
    records = [json.loads(line) for line in lines]
    assert all(isinstance(r, dict) for r in records)
    return records


def error_lines(stderr: str, *names: str) -> list[str]:
    """The stderr lines that name one of the files ``names`` (a closing summary may follow)."""
    return [line for line in stderr.splitlines() if any(name in line for name in names)]


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


BATCH_FILES = ("a.txt", "b.txt", "c.txt", "d.txt", "e.txt", "notes.md")


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """A folder of three good articles and two that cannot be read, sorted by name.

    ``b.txt`` is a dangling symlink and ``d.txt`` is binary (tests run as root, and root
    reads a chmod-000 file, so permissions cannot make a file unreadable here).
    """
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.replace("Headline here", "First headline"), encoding="utf-8")
    (folder / "b.txt").symlink_to(folder / "missing.txt")
    (folder / "c.txt").write_text(ARTICLE.replace("Headline here", "Second headline"), encoding="utf-8")
    (folder / "d.txt").write_bytes(b"\x00\x01\x02\x03binary\x00" * 50)
    (folder / "e.txt").write_text(ARTICLE.replace("Headline here", "Third headline"), encoding="utf-8")
    (folder / "notes.rst").write_text("Not an article\n\nSkipped: not text or Markdown.\n", encoding="utf-8")
    return folder


# --- formats -----------------------------------------------------------------------------


def test_json_single_file_is_an_array_of_one(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "--format", "json", str(article)])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [expected_record(str(article))]
    assert result.stdout == json.dumps([expected_record(str(article))], ensure_ascii=False, indent=2) + "\n"
    assert result.stderr == ""


def test_jsonl_single_file_exact(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "--format", "jsonl", str(article)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert jsonl(result.stdout) == [expected_record(str(article))]


def test_json_several_files_is_an_array(run_cli: Any, tmp_path: Path) -> None:
    paths = []
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run_cli(["extract", "-f", "json", *paths])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [expected_record(p) for p in paths]


def test_jsonl_several_files_in_input_order(run_cli: Any, tmp_path: Path) -> None:
    paths = []
    for name in ("zz.txt", "aa.txt"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
        paths.append(str(tmp_path / name))
    result = run_cli(["extract", "-f", "jsonl", *paths])
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [expected_record(p) for p in paths]


def test_non_ascii_is_written_as_utf8(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "ru.txt"
    path.write_text(
        "Власти Москвы объявили о мерах\n\nАвтор: Иван Петров\n\nВласти города объявили.\n", "utf-8"
    )
    for fmt in ("json", "jsonl"):
        result = run_cli(["extract", "-f", fmt, str(path)])
        assert result.exit_code == 0
        assert "Иван Петров" in result.stdout
        record = json.loads(result.stdout)
        assert (record[0] if fmt == "json" else record)["authors"] == ["Иван Петров"]


def test_auto_single_file_piped_is_one_json_line(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", str(article)])
    assert result.exit_code == 0
    assert result.stdout.count("\n") == 1
    assert json.loads(result.stdout) == expected_record(str(article))


def test_auto_several_inputs_piped_are_json_lines(run_cli: Any, article: Path, tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    result = run_cli(["extract", str(article), str(other)])
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [expected_record(str(article)), expected_record(str(other))]


def test_auto_directory_piped_is_json_lines_even_with_one_file(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", str(article.parent)])
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert len(records) == 1
    assert records[0]["title"] == "Headline here"
    assert Path(records[0]["source"]).name == "article.txt"


def test_pretty_format(run_cli: Any, article: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    result = run_cli(["extract", "--format", "pretty", str(article)])
    assert result.exit_code == 0
    assert "Headline here" in result.stdout
    assert "Jane Doe" in result.stdout
    assert "The first paragraph of the story." in result.stdout
    assert "\x1b[" not in result.stdout
    with pytest.raises(json.JSONDecodeError):
        json.loads(result.stdout)


# --- stdin -------------------------------------------------------------------------------


def test_stdin_dash(run_cli: Any) -> None:
    result = run_cli(["extract", "-f", "json", "-"], input=ARTICLE)
    assert result.exit_code == 0
    assert json.loads(result.stdout) == [expected_record("-")]


def test_stdin_without_a_path(run_cli: Any) -> None:
    result = run_cli(["extract", "-f", "jsonl"], input=ARTICLE.encode("utf-8"))
    assert result.exit_code == 0
    assert jsonl(result.stdout) == [expected_record("-")]


def test_stdin_legacy_encoding(run_cli: Any) -> None:
    text = "Власти Москвы объявили о мерах\n\nВласти города объявили о мерах, которые вступят в силу.\n"
    result = run_cli(["extract", "-f", "jsonl", "--encoding", "cp1251", "-"], input=text.encode("cp1251"))
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["title"] == "Власти Москвы объявили о мерах"
    assert record["encoding"] == "cp1251"


# --- exit codes and failures -------------------------------------------------------------


def test_batch_with_unreadable_files(run_cli: Any, batch: Path) -> None:
    result = run_cli(["extract", "-f", "jsonl", str(batch)])
    assert result.exit_code == 1
    records = jsonl(result.stdout)
    assert [r["title"] for r in records] == ["First headline", "Second headline", "Third headline"]
    assert [Path(r["source"]).name for r in records] == ["a.txt", "c.txt", "e.txt"]
    errors = error_lines(result.stderr, *BATCH_FILES)
    assert len(errors) == 2, result.stderr
    assert "b.txt" in errors[0] and "d.txt" in errors[1]
    assert all(line.startswith("artparse: ") for line in errors)
    assert "Traceback" not in result.stderr


def test_batch_as_json_array_still_valid(run_cli: Any, batch: Path) -> None:
    result = run_cli(["extract", "-f", "json", str(batch)])
    assert result.exit_code == 1
    assert [r["title"] for r in json.loads(result.stdout)] == [
        "First headline",
        "Second headline",
        "Third headline",
    ]
    assert len(error_lines(result.stderr, *BATCH_FILES)) == 2


def test_missing_file_beside_a_good_one(run_cli: Any, article: Path, tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    result = run_cli(["extract", "-f", "jsonl", str(missing), str(article)])
    assert result.exit_code == 1
    assert jsonl(result.stdout) == [expected_record(str(article))]
    errors = error_lines(result.stderr, "missing.txt", "article.txt")
    assert len(errors) == 1
    assert str(missing) in errors[0]


def test_only_input_unreadable(run_cli: Any, tmp_path: Path) -> None:
    binary = tmp_path / "image.txt"
    binary.write_bytes(bytes(range(256)) * 4)
    result = run_cli(["extract", "-f", "json", str(binary)])
    assert result.exit_code == 1
    assert result.stdout.strip() in ("", "[]")
    assert len(error_lines(result.stderr, "image.txt")) == 1


def test_too_large(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "--max-bytes", "10", str(article)])
    assert result.exit_code == 1
    assert str(article) in result.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["extract", "--no-such-option", "x.txt"], id="unknown option"),
        pytest.param(["extract", "--format", "xml", "x.txt"], id="bad format"),
        pytest.param(["extract", "--date-order", "DDMM", "x.txt"], id="bad date order"),
        pytest.param(["extract", "--max-bytes", "0", "x.txt"], id="bad max bytes"),
        pytest.param(["extract", "--disable", "paragraph", "x.txt"], id="paragraph cannot be disabled"),
        pytest.param(["no-such-command"], id="unknown command"),
    ],
)
def test_usage_errors_exit_2(run_cli: Any, args: list[str]) -> None:
    result = run_cli(args)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


def test_unknown_rule_names_the_valid_ones(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "--disable", "no_such_rule", str(article)])
    assert result.exit_code == 2
    assert "no_such_rule" in result.stderr
    for name in (*RULE_NAMES, *STEP_NAMES):
        assert name in result.stderr
    assert result.stdout == ""


# --- options -----------------------------------------------------------------------------


def test_disable_rule(run_cli: Any, article: Path) -> None:
    result = run_cli(
        ["extract", "-f", "jsonl", "--disable", "byline", "--disable", "date_line", str(article)]
    )
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert record["authors"] == []
    assert record["date"] is None


@pytest.mark.parametrize(
    ("order", "date"),
    [("auto", "2015-03-10"), ("DMY", "2015-03-10"), ("MDY", "2015-10-03"), ("mdy", "2015-10-03")],
)
def test_date_order(run_cli: Any, tmp_path: Path, order: str, date: str) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("Headline here\n\n10.03.2015\n\nThe first paragraph of the story.\n", encoding="utf-8")
    result = run_cli(["extract", "-f", "jsonl", "--date-order", order, str(path)])
    assert result.exit_code == 0
    record = json.loads(result.stdout)
    assert (record["date"], record["date_ambiguous"], record["date_text"]) == (date, True, "10.03.2015")


def test_date_order_unambiguous_date(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "-f", "jsonl", "--date-order", "MDY", str(article)])
    record = json.loads(result.stdout)
    assert (record["date"], record["date_ambiguous"]) == ("2015-10-14", False)


def test_language_forced(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "-f", "jsonl", "--language", "de", str(article)])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["language"] == "de"


def test_glob_pattern(run_cli: Any, batch: Path) -> None:
    result = run_cli(["extract", "-f", "jsonl", "--glob", "*.rst", str(batch)])
    assert result.exit_code == 0
    records = jsonl(result.stdout)
    assert [r["title"] for r in records] == ["Not an article"]


def test_explain_names_the_rule_of_each_line(run_cli: Any, article: Path) -> None:
    result = run_cli(["extract", "--explain", str(article)])
    assert result.exit_code == 0
    out = result.stdout
    assert str(article) in out
    rows = {}
    for row in out.splitlines():
        parts = row.split()
        if parts and parts[0].isdigit():
            rows[int(parts[0])] = parts[1]
    assert rows[1] == "title"
    assert rows[3] == "date_line"
    assert rows[5] == "byline"
    assert rows[7] == "paragraph"
    assert rows[9] == "paragraph"
    assert set(rows.values()) - {"-"} <= set(RULE_NAMES)


def test_explain_shows_what_a_step_cut_under_its_line(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "signed.txt"
    path.write_text("Titulek\n\nPrvní odstavec je tady.\n\nDruhý odstavec. Autor: Jan Novák\n", "utf-8")
    result = run_cli(["extract", "--explain", str(path)])
    assert result.exit_code == 0
    rows = [row.split(maxsplit=2) for row in result.stdout.splitlines()[1:]]
    assert rows[-2:] == [
        ["5", "paragraph", "Druhý odstavec. Autor: Jan Novák"],
        ["5", "signature", "✂ Jan Novák"],
    ]


def test_disable_a_step(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "signed.txt"
    path.write_text("Titulek\n\nPrvní odstavec je tady.\n\nDruhý odstavec. Autor: Jan Novák\n", "utf-8")
    on = json.loads(run_cli(["extract", "-f", "jsonl", str(path)]).stdout)
    off = json.loads(run_cli(["extract", "-f", "jsonl", "--disable", "signature", str(path)]).stdout)
    assert (on["authors"], on["paragraphs"][-1]) == (["Jan Novák"], "Druhý odstavec.")
    assert (off["authors"], off["paragraphs"][-1]) == ([], "Druhý odstavec. Autor: Jan Novák")


def test_explain_with_a_broken_input(run_cli: Any, batch: Path) -> None:
    result = run_cli(["extract", "--explain", str(batch)])
    assert result.exit_code == 1
    assert "First headline" in result.stdout and "Third headline" in result.stdout
    assert "b.txt" in result.stderr and "d.txt" in result.stderr


def test_version(run_cli: Any) -> None:
    result = run_cli(["--version"])
    assert result.exit_code == 0
    assert artparse.__version__ in result.stdout
    assert result.stdout.startswith("artparse")


def test_rules_command_lists_every_rule_then_every_step_in_order(run_cli: Any) -> None:
    result = run_cli(["rules"])
    assert result.exit_code == 0
    names = [line.split()[0] for line in result.stdout.splitlines() if line.strip()]
    assert names == [*FRONT_END_NAMES, *RULE_NAMES, *STEP_NAMES]
    assert all(len(line.split()) > 1 for line in result.stdout.splitlines() if line.strip())


# --- real subprocess runs ----------------------------------------------------------------


def run_module(
    *args: str, stdin: bytes | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    return subprocess.run(
        [sys.executable, "-m", "artparse", *args],
        input=stdin,
        capture_output=True,
        timeout=120,
        cwd=cwd,
        env=env,
        check=False,
    )


def test_subprocess_file_piped(article: Path) -> None:
    proc = run_module("extract", str(article))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8")) == expected_record(str(article))
    assert proc.stderr == b""


def test_subprocess_stdin_piped() -> None:
    proc = run_module("extract", stdin=ARTICLE.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout.decode("utf-8")) == expected_record("-")


def test_subprocess_batch_with_broken_files(batch: Path) -> None:
    proc = run_module("extract", "batch", cwd=batch.parent)
    assert proc.returncode == 1
    records = jsonl(proc.stdout.decode("utf-8"))
    assert [r["title"] for r in records] == ["First headline", "Second headline", "Third headline"]
    errors = error_lines(proc.stderr.decode("utf-8"), *BATCH_FILES)
    assert len(errors) == 2 and "b.txt" in errors[0] and "d.txt" in errors[1]
    assert "Traceback" not in proc.stderr.decode("utf-8")


def test_subprocess_usage_error() -> None:
    proc = run_module("extract", "--format", "yaml", "x.txt")
    assert proc.returncode == 2
    assert proc.stdout == b""
    assert b"Traceback" not in proc.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_subprocess_no_input_on_a_terminal_is_a_usage_error() -> None:
    primary, secondary = os.openpty()
    try:
        proc = subprocess.run(
            [sys.executable, "-m", "artparse", "extract"],
            stdin=secondary,
            capture_output=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(primary)
        os.close(secondary)
    assert proc.returncode == 2
    assert proc.stdout == b""


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pseudo-terminal")
def test_subprocess_auto_format_on_a_terminal_is_pretty(article: Path) -> None:
    primary, secondary = os.openpty()
    try:
        proc = subprocess.Popen(
            [sys.executable, "-m", "artparse", "extract", str(article)],
            stdin=subprocess.DEVNULL,
            stdout=secondary,
            stderr=subprocess.PIPE,
        )
        os.close(secondary)
        chunks = []
        while True:
            try:
                chunk = os.read(primary, 65536)
            except OSError:  # EIO once the child has closed the terminal
                break
            if not chunk:
                break
            chunks.append(chunk)
        proc.wait(timeout=120)
        assert proc.stderr is not None
        proc.stderr.close()
    finally:
        os.close(primary)
    out = b"".join(chunks).decode("utf-8", errors="replace")
    assert proc.returncode == 0
    assert "Headline here" in out and "Jane Doe" in out
    assert not out.lstrip().startswith("{")


def test_rules_lists_each_rules_whole_first_sentence(run_cli: Any) -> None:
    from artparse.parser import first_sentence

    result = run_cli(["rules"])
    rows = dict(line.split(None, 1) for line in result.stdout.splitlines())
    assert rows["copyright"].endswith('"©2010 The Associated Press. All rights reserved.".')
    assert rows["story_header"].endswith('A man has been ...".')
    assert all(text.rstrip('"').endswith((".", "?", "!")) for text in rows.values())
    assert first_sentence("One line\n    continued. Second sentence.") == "One line continued."
