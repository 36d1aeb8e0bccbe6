"""The JSON Schema of the output: made from the model, and every record we produce fits it."""

from __future__ import annotations

import dataclasses
import enum
import json
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any, Literal

import jsonschema
import pytest

from artparse import Article, Caption, parse_file
from artparse.errors import ArtparseError
from artparse.schema import SchemaError, _dataclass_schema, article_schema

ROOT = Path(__file__).parent.parent
SAMPLES = sorted((ROOT / "samples").glob("*.txt"))
GOLDEN = sorted((ROOT / "tests" / "golden").glob("*.txt"))
TEXTS = SAMPLES + GOLDEN


@pytest.fixture(scope="module")
def validator() -> jsonschema.Draft202012Validator:
    schema = article_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_schema_is_draft_2020_12_and_closed() -> None:
    schema = article_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["additionalProperties"] is False
    # every key but a JSON Lines record's "input" is always there
    assert schema["required"] == [key for key in schema["properties"] if key != "input"]
    caption = schema["$defs"]["Caption"]
    assert caption["additionalProperties"] is False
    assert caption["required"] == ["text", "credit"]


def test_schema_keys_are_exactly_the_to_dict_keys() -> None:
    schema = article_schema()
    keys = [*Article().to_dict(), "input"]  # "input": JSON Lines input's pass-through fields
    assert sorted(schema["properties"]) == sorted(keys), "schema and Article.to_dict() disagree on keys"
    assert "blocks" not in schema["properties"]
    caption_keys = Caption(text="x").to_dict()
    assert sorted(schema["$defs"]["Caption"]["properties"]) == sorted(caption_keys)


def test_every_property_has_the_field_docstring_as_description() -> None:
    schema = article_schema()
    for name, prop in schema["properties"].items():
        assert prop.get("description"), f"Article.{name} has no docstring"
    assert schema["properties"]["title"]["description"] == "The headline as printed."
    assert schema["properties"]["spans"] == {
        "description": "For each field, the 1-based source line numbers it came from.",
        "type": "object",
        "additionalProperties": {"type": "array", "items": {"type": "integer"}},
    }
    assert schema["properties"]["captions"]["items"] == {"$ref": "#/$defs/Caption"}


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_parsed_records_fit_the_schema(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(parse_file(path).to_dict())


@pytest.mark.parametrize("path", [p.with_suffix(".json") for p in GOLDEN], ids=lambda p: p.stem)
def test_golden_files_fit_the_schema(path: Path, validator: jsonschema.Draft202012Validator) -> None:
    validator.validate(json.loads(path.read_text(encoding="utf-8")))


def test_schema_rejects_what_breaks_the_contract(validator: jsonschema.Draft202012Validator) -> None:
    good = Article(title="T", captions=(Caption(text="c"),), spans={"title": [1]}).to_dict()
    validator.validate(good)
    for broken in (
        {**good, "extra": 1},
        {k: v for k, v in good.items() if k != "title"},
        {**good, "authors": "Jane Doe"},
        {**good, "captions": [{"text": "c"}]},
        {**good, "spans": {"title": ["1"]}},
        {**good, "date_ambiguous": None},
    ):
        assert not validator.is_valid(broken), broken


class Colour(enum.Enum):
    RED = "red"
    BLUE = "blue"


@dataclasses.dataclass(frozen=True, kw_only=True)
class Inner:
    """An inner record."""

    size: int | None = None
    """How big."""


@dataclasses.dataclass(frozen=True, kw_only=True)
class Outer:
    colour: Colour = Colour.RED
    """An Enum: its values."""
    mode: Literal["a", "b"] = "a"
    inners: tuple[Inner, ...] = ()
    pair: tuple[str, float] = ("x", 1.0)
    scratch: list[str] = dataclasses.field(default_factory=list, compare=False)
    """Working state: not serialised."""


def test_generator_follows_any_dataclass() -> None:
    defs: dict[str, Any] = {}
    schema = _dataclass_schema(Outer, defs)
    assert schema["required"] == ["colour", "mode", "inners", "pair"]
    props = schema["properties"]
    assert props["colour"] == {
        "description": "An Enum: its values.",
        "type": "string",
        "enum": ["red", "blue"],
    }
    assert props["mode"] == {"type": "string", "enum": ["a", "b"]}
    assert props["inners"] == {"type": "array", "items": {"$ref": "#/$defs/Inner"}}
    assert props["pair"]["prefixItems"] == [{"type": "string"}, {"type": "number"}]
    assert defs["Inner"]["properties"]["size"] == {"description": "How big.", "type": ["integer", "null"]}


def test_an_unmapped_type_is_a_library_error() -> None:
    @dataclasses.dataclass
    class Odd:
        when: complex

    with pytest.raises(SchemaError, match=r"Odd\.when") as info:
        _dataclass_schema(Odd, {})
    assert isinstance(info.value, ArtparseError)


def test_schema_command_prints_the_schema(run_cli: Any) -> None:
    result = run_cli(["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout) == article_schema()


def test_schema_works_from_an_installed_wheel(tmp_path: Path) -> None:
    """Built as a wheel and run from it (not this checkout): no file outside the package needed."""
    source = tmp_path / "source"  # a copy: building writes build/ beside the sources
    shutil.copytree(ROOT / "artparse", source / "artparse", ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", str(tmp_path), str(source)],
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        pytest.skip(f"cannot build a wheel here: {build.stderr[-300:]}")
    (wheel,) = tmp_path.glob("artparse-*.whl")
    site = tmp_path / "site"
    with zipfile.ZipFile(wheel) as archive:
        assert "artparse/schema.py" in archive.namelist()
        archive.extractall(site)
    code = "import artparse, sys; sys.stderr.write(artparse.__file__); from artparse.cli import main; main()"
    run = subprocess.run(
        [sys.executable, "-c", code, "schema"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"},
    )
    assert run.returncode == 0, run.stderr
    assert run.stderr.startswith(str(site))  # the wheel's copy ran
    assert json.loads(run.stdout) == article_schema()


CORPUS = ROOT.parent / "shared" / "corpus"


@pytest.mark.skipif(not CORPUS.is_dir(), reason="dev corpus not beside the repo")
def test_dev_corpus_records_fit_the_schema(validator: jsonschema.Draft202012Validator) -> None:
    from artparse.batch import ExtractOptions, Task, run
    from artparse.inputs import iter_inputs

    results = list(run((Task(item) for item in iter_inputs([str(CORPUS)])), ExtractOptions()))
    assert len(results) > 200
    for result in results:
        assert result.record is not None, result.message
        validator.validate(json.loads(result.record))
