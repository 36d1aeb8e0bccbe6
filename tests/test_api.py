"""The Python API as a user meets it: clear errors, immutable records, every exception exported."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

import artparse
from artparse.errors import ArtparseError

TEXT = "Headline here\n\n14.10.2015\n\nBy Jane Doe\n\nThe first paragraph.\n"


def test_parse_refuses_bytes_naming_the_type() -> None:
    with pytest.raises(TypeError, match="takes the article as str, not bytes"):
        artparse.parse(TEXT.encode())  # type: ignore[arg-type]


def test_every_public_exception_is_exported() -> None:
    import artparse.config
    import artparse.errors
    import artparse.output

    public = {
        name
        for module in (artparse.errors, artparse.output, artparse.config)
        for name, value in vars(module).items()
        if inspect.isclass(value) and issubclass(value, ArtparseError) and not name.startswith("_")
    }
    assert public <= set(artparse.__all__)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"date_order": "dmy"}, "date_order 'dmy' is not one of auto, DMY, MDY, YMD"),
        ({"disabled_rules": {"caption"}}, "disabled_rules must be a frozenset"),
        ({"disabled_rules": frozenset({"nope"})}, "unknown rule nope; rules are: story_header"),
        ({"language": "English"}, "language 'English' is not an ISO 639-1 code"),
    ],
)
def test_parse_options_validates_its_values(options: dict[str, object], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        artparse.ParseOptions(**options)  # type: ignore[arg-type]
    with pytest.raises(artparse.OptionError):
        artparse.ParseOptions(**options)  # type: ignore[arg-type]


def test_an_article_is_immutable_and_hashable() -> None:
    article = artparse.parse(TEXT)
    again = artparse.Article.from_dict(article.to_dict())
    assert article == again and hash(article) == hash(again)
    assert len({article, again}) == 1
    with pytest.raises(TypeError):
        article.spans["title"] = (9,)  # type: ignore[index]
    with pytest.raises(AttributeError):
        article.title = "changed"  # type: ignore[misc]
    assert isinstance(article.authors, tuple) and isinstance(article.spans["title"], tuple)


def test_an_empty_input_and_a_bare_text_carry_warnings(tmp_path: Path) -> None:
    assert artparse.parse("  \n\n").warnings == ("no text: the input is empty or blank",)
    bare = artparse.parse("word " * 80 + "end.")
    assert bare.warnings == ("only paragraphs found: no headline, date, byline or other part of an article",)
    assert artparse.parse(TEXT).warnings == ()
