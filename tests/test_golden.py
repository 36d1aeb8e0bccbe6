"""Golden files: each ``tests/golden/NAME.txt`` parses to the Article dict in ``NAME.json``.

``pytest --update-golden`` rewrites the JSON from the current output; review the diff.
The reference article also has its own test with the exact facts the issue asks for.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from artparse import parse_file

GOLDEN_DIR = Path(__file__).parent / "golden"
GOLDEN_TEXTS = sorted(GOLDEN_DIR.glob("*.txt"))
REFERENCE = GOLDEN_DIR / "seed-kazakhstan-china.txt"


def parsed_dict(path: Path) -> dict[str, Any]:
    """The Article dict for a golden text, with ``source`` reduced to the file name."""
    data = parse_file(path).to_dict()
    data["source"] = path.name
    return data


def test_golden_folder_covers_every_layout_family() -> None:
    names = {p.stem for p in GOLDEN_TEXTS}
    assert len(names) >= 12
    assert REFERENCE.exists()
    # One or more of each layout family of the dev corpus.
    for prefix in (
        "seed",
        "bbc-",
        "reuters-",
        "ap-",
        "dragnet-",
        "kpcrowd-",
        "-bsnlp-",
        "-semeval-",
        "-dpa-",
    ):
        assert any(prefix in n for n in names), prefix
    assert any(n.startswith("be-holas") for n in names)  # Windows-1251 newspaper


@pytest.mark.parametrize("path", GOLDEN_TEXTS, ids=lambda p: p.stem)
def test_golden(path: Path, update_golden: bool) -> None:
    expected_path = path.with_suffix(".json")
    got = parsed_dict(path)
    if update_golden:
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    if not expected_path.exists():
        pytest.fail(f"{expected_path.name} missing: run pytest --update-golden and review it")
    expected = json.loads(expected_path.read_text(encoding="utf-8"))
    assert got == expected


def test_golden_json_has_no_orphans() -> None:
    for json_path in GOLDEN_DIR.glob("*.json"):
        assert json_path.with_suffix(".txt").exists(), json_path.name


def test_reference_article() -> None:
    article = parse_file(REFERENCE)
    title = "China, Kazakhstan planning new special forces cooperation"
    assert article.title == title
    assert article.date == "2015-10-14"
    assert article.date_text == "14.10.2015"
    assert article.date_ambiguous is False
    assert article.authors == ("Joshua Kucera",)
    assert [c.to_dict() for c in article.captions] == [
        {
            "text": "Kazakhstan President Nursultan Nazarbayev meets with Chinese defense minister "
            "Chang Wanquan in Astana.",
            "credit": "akorda.kz",
        }
    ]
    assert len(article.paragraphs) == 7
    assert article.paragraphs[0].startswith("China is giving new military aid")
    assert article.paragraphs[-1].endswith("according to Eurasianet.")
    # The headline printed again in Title Case (line 5) is neither subtitle nor body.
    assert article.subtitle is None
    repeated = "China, Kazakhstan Planning New Special Forces Cooperation"
    assert all(repeated.casefold() not in p.casefold() for p in article.paragraphs)
    assert [b.rule for b in article.blocks if 5 in b.lines] == ["repeated_title"]
    assert article.byline == "By Joshua Kucera"
    assert article.dateline is None
    assert article.agency is None
    assert article.highlights == ()
    assert article.language == "en"
    assert article.encoding == "utf-8"
    assert article.spans["title"] == (1,)
    assert article.spans["date"] == (3,)
    assert article.spans["byline"] == (4,)
    assert article.spans["captions"] == (6,)
    assert article.spans["paragraphs"] == tuple(range(7, 14))
