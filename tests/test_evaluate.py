"""``artparse eval``: scoring against gold pairs, the same figures as the reference scorer."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from artparse.errors import OptionError
from artparse.evaluate import FIELDS, compare, evaluate, multiset_f1, parse_floor

ROOT = Path(__file__).parent.parent
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus"
SCORE_PY = SHARED / "eval" / "score.py"
ARTPARSE = Path(sys.executable).parent / "artparse"
"""The installed entry point of the Python running the tests (its virtualenv's)."""

ARTICLE = "Headline {n}\n\n14.10.2015\n\nBy Jane Doe\n\nFirst paragraph of {n}.\n\nSecond paragraph of {n}.\n"


def gold_for(n: str, **changes: Any) -> dict[str, Any]:
    """The gold answer the parser gets right for ``ARTICLE`` (then changed)."""
    gold = {
        "title": f"Headline {n}",
        "subtitle": None,
        "date": "2015-10-14",
        "authors": ["Jane Doe"],
        "dateline": None,
        "agency": None,
        "captions": [],
        "highlights": [],
        "paragraphs": [f"First paragraph of {n}.", f"Second paragraph of {n}."],
        "notes": "ignored",
    }
    return gold | changes


def write_pair(
    folder: Path, name: str, gold: dict[str, Any] | str, text: str | None = None, *, with_text: bool = True
) -> None:
    """NAME.json (a dict as JSON, a string as it is) and NAME.txt (``ARTICLE`` unless given)."""
    folder.mkdir(parents=True, exist_ok=True)
    if with_text:
        (folder / f"{name}.txt").write_text(text if text is not None else ARTICLE.format(n=name))
    data = gold if isinstance(gold, str) else json.dumps(gold)
    (folder / f"{name}.json").write_text(data)


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """Three right articles in two sub-folders, one with a wrong title, one with a layout key."""
    root = tmp_path / "gold"
    write_pair(root / "wire", "a", gold_for("a"))
    write_pair(root / "wire", "b", gold_for("b", title="Another headline"))
    write_pair(root / "web", "c", gold_for("c"))
    write_pair(root / "web", "d", gold_for("d", layout="special", authors=["JANE DOE"]))
    return root


# --- comparing one article --------------------------------------------------------------------


def test_compare_normalises_as_the_gold_format_says() -> None:
    gold = gold_for("x", captions=["A caption", {"text": "Two", "credit": "AP"}], dateline="BERLIN")
    pred = gold_for(
        "x",
        title=" Headline\u00a0 x ",
        date="2015-10-14T09:30",
        authors=["jane doe"],
        dateline="Berlin",
        captions=[{"text": "A caption", "credit": None}, {"text": "Two", "credit": " AP"}],
    )
    assert compare(gold, pred) == dict.fromkeys(FIELDS, 1.0)


def test_compare_scores_paragraphs_by_multiset_f1() -> None:
    gold = gold_for("x", paragraphs=["one", "two", "three"])
    scores = compare(gold, gold_for("x", paragraphs=["one", "two", "four", "five"]))
    assert scores["paragraphs"] == pytest.approx(2 * (2 / 4) * (2 / 3) / (2 / 4 + 2 / 3))
    assert scores["perfect"] == 0.0
    assert multiset_f1([], []) == 1.0
    assert multiset_f1(["a", "a"], ["a"]) == pytest.approx(2 / 3)


def test_parse_floor_takes_fractions_and_percentages() -> None:
    assert parse_floor("title=0.95").value == 0.95
    assert parse_floor("core=95").value == pytest.approx(0.95)
    assert parse_floor("date=1").value == 1.0
    for bad in ("title", "=0.9", "nope=0.9", "title=x", "title=101", "title=-1"):
        with pytest.raises(OptionError):
            parse_floor(bad)


# --- the command on a hand-made gold folder ----------------------------------------------------


def test_eval_table_groups_and_summary(run_cli: Any, gold_dir: Path) -> None:
    result = run_cli(["eval", str(gold_dir)])
    assert result.exit_code == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["layout", "n", *(name[:9] for name in FIELDS)]
    rows = {line.split()[0]: line.split()[1:] for line in lines[1:-1]}
    assert set(rows) == {"special", "web", "wire", "ALL"}
    assert rows["wire"][:2] == ["2", "50.0"]  # b's title is wrong
    assert rows["web"][:2] == ["1", "100.0"]
    assert rows["special"][4] == "100.0"  # authors: case-blind
    assert lines[-1] == (
        "eval: core 95.0% · title 75.0 · date 100.0 · authors 100.0 · captions 100.0 · "
        "paragraphs-F1 100.0 · perfect 75.0 · n=4 missing=0"
    )
    assert result.stderr == ""


def test_eval_shows_mismatches(run_cli: Any, gold_dir: Path) -> None:
    result = run_cli(["eval", "--show", "1", str(gold_dir)])
    assert result.exit_code == 0
    assert '--- title · wire/b\n  gold: "Another headline"\n  got:  "Headline b"\n' in result.stdout
    assert result.stdout.count("--- ") == 1
    assert "--- title" not in run_cli(["eval", str(gold_dir)]).stdout


def test_eval_min_fails_below_a_floor(run_cli: Any, gold_dir: Path) -> None:
    result = run_cli(["eval", "--min", "title=0.9", "--min", "date=90", "--min", "core=95", str(gold_dir)])
    assert result.exit_code == 1
    assert result.stdout.splitlines()[-1].endswith("n=4 missing=0 · BELOW: title<0.9")
    assert run_cli(["eval", "--min", "title=75", "--min", "perfect=0.75", str(gold_dir)]).exit_code == 0


VALID_NAMES = "fields are: title, subtitle, date, authors, dateline, agency, captions, highlights, "


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("titel=0.9", f"unknown field 'titel'; {VALID_NAMES}"),
        ("title", f"'title' is not FIELD=X (e.g. title=0.95); {VALID_NAMES}"),
        ("title=high", "'title=high': 'high' is not a number"),
    ],
)
def test_eval_bad_min_is_a_usage_error(run_cli: Any, gold_dir: Path, spec: str, message: str) -> None:
    result = run_cli(["eval", "--min", spec, str(gold_dir)])
    assert result.exit_code == 2
    assert "Invalid value for '--min'" in result.stderr
    assert message in result.stderr
    assert result.stdout == ""


def test_eval_reports_broken_gold_files_and_scores_the_rest(run_cli: Any, gold_dir: Path) -> None:
    write_pair(gold_dir, "no-text", gold_for("x"), with_text=False)
    write_pair(gold_dir, "bad-json", '{"title": "x",')
    write_pair(gold_dir, "a-list", "[]")
    result = run_cli(["eval", str(gold_dir)])
    assert result.exit_code == 1
    errors = result.stderr.splitlines()
    assert f"artparse: {gold_dir / 'a-list.json'}: not a JSON object" in errors
    assert any(
        e.startswith(f"artparse: {gold_dir / 'bad-json.json'}: not a readable JSON file: ") for e in errors
    )
    assert f"artparse: {gold_dir / 'no-text.json'}: no no-text.txt beside it" in errors
    assert len(errors) == 3
    assert result.stdout.splitlines()[-1].endswith("n=4 missing=0")


def test_eval_counts_an_unreadable_text_as_missing(run_cli: Any, gold_dir: Path) -> None:
    (gold_dir / "web" / "c.txt").write_bytes(b"\x00\x01binary")
    result = run_cli(["eval", str(gold_dir)])
    assert result.exit_code == 1
    assert result.stderr == f"artparse: {gold_dir / 'web' / 'c.txt'}: binary file\n"
    assert result.stdout.splitlines()[-1].endswith("perfect 50.0 · n=4 missing=1")


def test_eval_json_output(run_cli: Any, gold_dir: Path) -> None:
    result = run_cli(["eval", "--format", "json", "--show", "2", "--min", "title=1", str(gold_dir)])
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["n"] == 4 and report["missing"] == 0
    assert report["fields"]["title"] == 0.75
    assert report["core"] == pytest.approx(0.95)
    assert report["groups"]["wire"] == {
        "n": 2,
        "fields": {**dict.fromkeys(FIELDS, 1.0), "title": 0.5, "perfect": 0.5},
    }
    assert report["mismatches"] == [
        {"field": "title", "name": "wire/b", "gold": "Another headline", "got": "Headline b"}
    ]
    assert report["below"] == ["title<1"]
    assert report["problems"] == []
    assert report["summary"].startswith("eval: core 95.0% · title 75.0 ·")


def test_eval_only_and_top_level_group(run_cli: Any, tmp_path: Path) -> None:
    write_pair(tmp_path, "x", gold_for("x"))
    write_pair(tmp_path, "y", gold_for("y", date=None))
    (tmp_path / "ADDED.list").write_text("y.txt\n\n")
    result = run_cli(["eval", "--only", str(tmp_path / "ADDED.list"), str(tmp_path)])
    assert result.exit_code == 0
    assert result.stdout.splitlines()[1].split()[:4] == ["?", "1", "100.0", "100.0"]
    assert " date 0.0 " in result.stdout.splitlines()[-1]


def test_eval_without_pairs_is_a_usage_error(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "lonely.txt").write_text("text")
    result = run_cli(["eval", str(tmp_path)])
    assert result.exit_code == 2
    assert "no NAME.txt + NAME.json pairs" in result.stderr


def test_eval_jobs_gives_the_same_figures(gold_dir: Path) -> None:
    one, two = evaluate(gold_dir, jobs=1), evaluate(gold_dir, jobs=2)
    assert one.totals == two.totals and [a.scores for a in one.articles] == [a.scores for a in two.articles]


# --- the dev corpus: the same figures as score.py --------------------------------------------


@pytest.mark.skipif(not (CORPUS.is_dir() and SCORE_PY.is_file()), reason="dev corpus not beside the repo")
@pytest.mark.parametrize("extra", [[], ["--show", "3"]], ids=["table", "show"])
def test_eval_matches_score_py_on_the_dev_corpus(run_cli: Any, extra: list[str]) -> None:
    cmd = f"{ARTPARSE} extract --format jsonl"
    reference = subprocess.run(
        [sys.executable, str(SCORE_PY), "--cmd", cmd, *extra, str(CORPUS)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert reference.returncode == 0, reference.stderr
    ours = run_cli(["eval", *extra, str(CORPUS)])
    assert ours.exit_code == 0, ours.stderr
    expected = reference.stdout.splitlines()
    got = ours.stdout.splitlines()
    assert expected[-1].startswith("score: core ") and got[-1].startswith("eval: core ")
    assert got[-1].removeprefix("eval: ") == expected[-1].removeprefix("score: ")
    assert got[:-1] == expected[:-1]  # the table per layout, and the mismatches


def test_eval_escapes_control_characters_of_file_names(run_cli: Any, tmp_path: Path) -> None:
    write_pair(tmp_path, "x", gold_for("x"))
    write_pair(tmp_path, "evil\x1b]0;owned\x07", gold_for("y"), with_text=False)
    result = run_cli(["eval", str(tmp_path)])
    assert result.exit_code == 1
    assert (
        result.stderr
        == f"artparse: {tmp_path}/evil\\x1b]0;owned\\x07.json: no evil\\x1b]0;owned\\x07.txt beside it\n"
    )
    assert "\x1b" not in result.stdout + result.stderr


def test_eval_only_list_that_cannot_be_read_is_a_usage_error(run_cli: Any, gold_dir: Path) -> None:
    listed = gold_dir / "list"
    listed.write_bytes(b"\xff\xfe not utf-8")
    result = run_cli(["eval", "--only", str(listed), str(gold_dir)])
    assert result.exit_code == 2
    assert str(listed) in result.stderr
