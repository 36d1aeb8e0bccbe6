"""Output shapes: one shape per format whatever the number of inputs; CSV/TSV, Markdown and
text documents; --fields, --indent and --compact.

``tests/golden_formats/NAME.md`` and ``NAME.text`` are the Markdown and text documents of
``samples/NAME.txt``; ``pytest --update-golden`` rewrites them (review the diff).
"""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from artparse.render.formats import RECORD_FIELDS

SAMPLES = Path(__file__).parent.parent / "samples"
GOLDEN = Path(__file__).parent / "golden_formats"
ARTICLE = (
    'Budget, "finally", passed\n\n14.10.2015\n\nBy Jane Doe and John Roe\n\nFirst paragraph.\n\nSecond one.\n'
)


@pytest.fixture
def two(tmp_path: Path) -> list[str]:
    paths = []
    for name in ("one.txt", "two.txt"):
        (tmp_path / name).write_text(ARTICLE.replace("Budget", name), encoding="utf-8")
        paths.append(str(tmp_path / name))
    return paths


def test_piped_output_is_json_lines_for_one_input_or_many(run_cli: Any, two: list[str]) -> None:
    one = run_cli(["extract", two[0]])
    many = run_cli(["extract", *two])
    assert one.stdout.count("\n") == 1 and many.stdout.count("\n") == 2
    assert json.loads(one.stdout)["title"] == 'one.txt, "finally", passed'
    assert [json.loads(line)["source"] for line in many.stdout.splitlines()] == two


def test_appending_one_file_at_a_time_makes_valid_json_lines(tmp_path: Path, two: list[str]) -> None:
    out = tmp_path / "out.jsonl"
    for path in two:
        with open(out, "ab") as handle:
            subprocess.run([sys.executable, "-m", "artparse", "extract", path], stdout=handle, check=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert [json.loads(line)["source"] for line in lines] == two


def test_json_is_always_one_array(run_cli: Any, two: list[str]) -> None:
    one = run_cli(["extract", "-f", "json", two[0]])
    many = run_cli(["extract", "-f", "json", *two])
    assert [r["source"] for r in json.loads(one.stdout)] == two[:1]
    assert [r["source"] for r in json.loads(many.stdout)] == two
    assert many.stdout.startswith("[\n  {\n    ")


def test_json_of_no_record_is_an_empty_array(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli(["extract", "-f", "json", str(tmp_path / "missing.txt")])
    assert result.exit_code == 1
    assert json.loads(result.stdout) == []


@pytest.mark.parametrize("args", [["--compact"], ["-c"], ["--indent", "0"]])
def test_compact_json(run_cli: Any, two: list[str], args: list[str]) -> None:
    result = run_cli(["extract", "-f", "json", *args, *two])
    assert result.stdout.count("\n") == 1
    assert len(json.loads(result.stdout)) == 2


def test_indent(run_cli: Any, two: list[str]) -> None:
    result = run_cli(["extract", "-f", "json", "--indent", "4", two[0]])
    assert result.stdout.startswith('[\n    {\n        "source"')


def _table(text: str, dialect: str = "excel") -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def test_csv_survives_commas_quotes_and_newlines(run_cli: Any, two: list[str]) -> None:
    result = run_cli(["extract", "-f", "csv", *two])
    rows = _table(result.stdout)
    assert result.stdout.splitlines()[0] == ",".join(RECORD_FIELDS)  # one header row
    assert [row["title"] for row in rows] == ['one.txt, "finally", passed', 'two.txt, "finally", passed']
    assert rows[0]["authors"] == "Jane Doe; John Roe"
    assert rows[0]["paragraphs"] == "First paragraph.; Second one."
    assert rows[0]["date_ambiguous"] == "false" and rows[0]["subtitle"] == ""
    assert json.loads(rows[0]["spans"])["title"] == [1]


def test_tsv_with_fields(run_cli: Any, two: list[str]) -> None:
    result = run_cli(["extract", "-f", "tsv", "--fields", "date,title", *two])
    assert result.stdout.splitlines()[0] == "date\ttitle"
    assert _table(result.stdout, "excel-tab")[1] == {
        "date": "2015-10-14",
        "title": 'two.txt, "finally", passed',
    }


def test_csv_of_no_record_is_its_header(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli(["extract", "-f", "csv", "--fields", "title", str(tmp_path / "missing.txt")])
    assert result.stdout == "title\n"


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "markdown", "text"])
def test_fields_apply_to_every_format(run_cli: Any, two: list[str], fmt: str) -> None:
    result = run_cli(["extract", "-f", fmt, "--fields", "title,date", two[0]])
    assert result.exit_code == 0
    assert "First paragraph." not in result.stdout
    assert "finally" in result.stdout


def test_fields_in_order_for_json(run_cli: Any, two: list[str]) -> None:
    result = run_cli(["extract", "--fields", "date,title", two[0]])
    assert list(json.loads(result.stdout)) == ["date", "title"]


def test_an_unknown_field_is_a_usage_error_naming_the_valid_ones(run_cli: Any, two: list[str]) -> None:
    result = run_cli(["extract", "--fields", "title,headline", two[0]])
    assert result.exit_code == 2
    assert "unknown field headline; fields are: source, title" in result.stderr


@pytest.mark.parametrize(("fmt", "suffix"), [("csv", ".csv"), ("markdown", ".md"), ("text", ".txt")])
def test_output_dir_files_take_the_format(
    run_cli: Any, two: list[str], tmp_path: Path, fmt: str, suffix: str
) -> None:
    out = tmp_path / "out"
    result = run_cli(["extract", "-f", fmt, "-o", str(out), *two])
    assert result.exit_code == 0
    assert sorted(p.name for p in out.iterdir()) == ["one" + suffix, "two" + suffix]


def test_markdown_documents_are_separated_and_escaped(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "md.txt"
    path.write_text("# not a heading *really*\n\nBody with [brackets] and 1. numbers.\n", encoding="utf-8")
    result = run_cli(["extract", "-f", "markdown", "--fields", "title,paragraphs", str(path), str(path)])
    assert result.stdout.count("\n---\n") == 1
    assert "\\[brackets\\]" in result.stdout


@pytest.mark.parametrize("sample", ["kazakhstan-china", "ap-wire"])
@pytest.mark.parametrize("fmt", ["markdown", "text"])
def test_golden_documents(run_cli: Any, sample: str, fmt: str, update_golden: bool) -> None:
    result = run_cli(
        [
            "extract",
            "-f",
            fmt,
            "--fields",
            ",".join(f for f in RECORD_FIELDS if f != "source"),
            str(SAMPLES / f"{sample}.txt"),
        ]
    )
    assert result.exit_code == 0
    golden = GOLDEN / f"{sample}.{'md' if fmt == 'markdown' else 'text'}"
    if update_golden:
        golden.write_text(result.stdout, encoding="utf-8")
    assert result.stdout == golden.read_text(encoding="utf-8")


def test_output_dir_json_files_are_the_standard_librarys_bytes(
    run_cli: Any, two: list[str], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    for indent in ("2", "3"):
        assert run_cli(["extract", "-o", str(out), "--indent", indent, two[0]]).exit_code == 0
        written = (out / "one.json").read_text(encoding="utf-8")
        assert written == json.dumps(json.loads(written), ensure_ascii=False, indent=int(indent)) + "\n"
