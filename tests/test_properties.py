"""Property tests: invariants of the parser for any input text.

Example counts are bounded so the file runs in seconds; the article-like strategy mixes the
shapes the rules look for (headlines, dates, bylines, captions, bullets, indentation, wire
sign-offs, Cyrillic) so the rules actually fire, not only the paragraph catch-all.
"""

from __future__ import annotations

import json
import platform
from collections import Counter
from unittest import mock

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from artparse import Article, ParseOptions, parse
from artparse.frontend import FRONT_END_NAMES
from artparse.lines import split_lines
from artparse.normalize import normalize
from artparse.render import json as render_json
from artparse.render.json import json_line_bytes, to_json_line
from artparse.rules import RULE_NAMES
from artparse.steps import STEP_NAMES
from artparse.vocab import load_all

CONTRACT_KEYS = {
    "source",
    "title",
    "subtitle",
    "date",
    "date_text",
    "date_ambiguous",
    "updated",
    "authors",
    "byline",
    "dateline",
    "agency",
    "captions",
    "highlights",
    "paragraphs",
    "publication",
    "tags",
    "url",
    "language",
    "encoding",
    "warnings",
    "spans",
}
STRING_FIELDS = (
    "title",
    "subtitle",
    "date",
    "date_text",
    "updated",
    "byline",
    "dateline",
    "agency",
    "publication",
    "url",
)
LIST_FIELDS = ("authors", "highlights", "paragraphs", "tags", "warnings")

SETTINGS = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
"""Hypothesis' default number of examples; ``tests/fuzz_parse.py`` runs the same property as long as
you like."""

LINE_PIECES = [
    "China, Kazakhstan planning new special forces cooperation",
    "14.10.2015",
    "10/03/2015",
    "July 24, 2012 6:00 AM",
    "31 октября 2018",
    "пятніца, 11 студзеня, 2008",
    "3. März 2020",
    "Updated: 14.10.2015",
    "24",
    "Jul",
    "2012",
    "By Joshua Kucera",
    "By JOSH BOAK, AP Economics Writer",
    "AP Economics Writer",
    "Von Hans Müller und Eva Schmidt",
    "Автор: Иван Петров",
    "Par Jean Dupont, essayiste ♦ La nomination du nouveau directeur a provoqué un débat.",
    "Kazakhstan President meets the minister in Astana. (photo: akorda.kz)",
    "Президент выступает на форуме. Фото: ТАСС",
    "Jim Craven/ NBC News",
    "Image source, Getty Images",
    "Image caption, A man waits",
    "• Central bank lifts rates by a quarter point",
    "- a b",
    "Advertisement",
    "Share this article",
    "Comments",
    "Reuter",
    "(AP)",
    "* * *",
    "ru-197",
    "ru",
    "https://example.com/a",
    "CALEXICO, Calif. (AP) _ A woman and her three children suffocated",
    "Berlin (dpa) - Die Regierung hat am Dienstag neue Steuern angekündigt.",
    "МОСКВА, 15 янв – РИА Новости. Президент заявил.",
    "China is giving new military aid to Kazakhstan.",
    "in the back of a pickup truck as the family was driving home from",
    "18:29 Глава МИД Британии подал в отставку",
    "",
    "",
]

indent = st.sampled_from(["", "", "", "  ", "    ", "\u00a0 \u00a0 ", "\t"])
line = st.one_of(st.sampled_from(LINE_PIECES), st.text(max_size=80))
newline = st.sampled_from(["\n", "\n", "\n", "\r\n", "\r", "\u2028"])


@st.composite
def article_like(draw: st.DrawFn) -> str:
    """Text shaped like an article: a few lines from real layouts, mixed with noise."""
    lines = draw(st.lists(st.tuples(indent, line), max_size=25))
    sep = draw(newline)
    return sep.join(i + t for i, t in lines) + draw(st.sampled_from(["", "\n", "\n\n"]))


any_text = st.one_of(st.text(max_size=400), article_like())
options = st.builds(
    ParseOptions,
    date_order=st.sampled_from(["auto", "DMY", "MDY", "YMD"]),
    disabled_rules=st.frozensets(
        st.sampled_from([n for n in (*RULE_NAMES, *STEP_NAMES) if n != "paragraph"]), max_size=3
    ),
)


@SETTINGS
@given(text=any_text, opts=options)
def test_parse_never_raises_and_claims_every_line_once(text: str, opts: ParseOptions) -> None:
    article = parse(text, options=opts)
    assert isinstance(article, Article)
    content = {ln.number for ln in split_lines(normalize(text)) if ln.text}
    claimed = Counter(n for b in article.blocks for n in b.lines)
    assert set(claimed) == content
    assert all(count == 1 for count in claimed.values()), claimed
    assert {b.rule for b in article.blocks} <= set(RULE_NAMES) | set(FRONT_END_NAMES) - opts.disabled_rules
    assert {c.rule for c in article.cuts} <= set(STEP_NAMES) - opts.disabled_rules
    assert {n for c in article.cuts for n in c.lines} <= content


@SETTINGS
@given(text=any_text)
def test_dict_round_trip(text: str) -> None:
    article = parse(text, source="x.txt", encoding="utf-8", warnings=("w",))
    data = article.to_dict()
    assert Article.from_dict(data) == article
    # and through JSON, as a consumer of the output would read it
    assert Article.from_dict(json.loads(json.dumps(data))) == article


@SETTINGS
@given(text=any_text, source=st.text(max_size=40))
def test_json_line_is_what_json_dumps_gives(text: str, source: str) -> None:
    """The JSON line is what ``json.dumps`` gives with compact separators, byte for byte.

    ``st.text`` draws lone surrogates and control characters, which the source path keeps.
    """
    article = parse(text, source=source, warnings=('w\x00"',))
    expected = json.dumps(article.to_dict(), ensure_ascii=False, separators=(",", ":"))
    assert to_json_line(article) == expected
    assert to_json_line(article.to_dict()) == expected


escaped_bytes = st.sampled_from([chr(c) for c in range(0xDC80, 0xDD00)])
file_names = st.text(alphabet=st.characters(blacklist_categories=("Cs",)) | escaped_bytes, max_size=40)
"""Paths as Python gives them: an undecodable byte is a surrogate from U+DC80 to U+DCFF."""


@SETTINGS
@given(text=any_text, source=file_names, fast=st.booleans())
def test_json_line_bytes_are_the_json_line_in_utf8(text: str, source: str, fast: bool) -> None:
    """The batch's encoder (orjson, or the standard library's without it) changes no byte,
    and a file name's undecodable bytes go out as they were."""
    article = parse(text, source=source, warnings=('w\x00"',))
    expected = to_json_line(article).encode("utf-8", "surrogateescape")
    with mock.patch.object(render_json, "_fast_dumps", render_json._fast_dumps if fast else None):
        assert json_line_bytes(article) == expected


def test_orjson_encodes_records_on_cpython() -> None:
    """A declared dependency on CPython: without it, a batch encodes twelve times slower."""
    if platform.python_implementation() == "CPython":
        import orjson

        assert render_json._fast_dumps is orjson.dumps


@SETTINGS
@given(text=any_text)
def test_output_contract(text: str) -> None:
    article = parse(text)
    data = article.to_dict()
    assert set(data) == CONTRACT_KEYS
    json.dumps(data, allow_nan=False)
    for key in STRING_FIELDS:
        assert data[key] is None or (isinstance(data[key], str) and data[key]), key
    for key in LIST_FIELDS:
        assert isinstance(data[key], list) and all(isinstance(v, str) for v in data[key]), key
    assert isinstance(data["date_ambiguous"], bool)
    assert all(set(c) == {"text", "credit"} for c in data["captions"])
    assert data["language"] is None or data["language"] in load_all()
    n_lines = len(split_lines(normalize(text)))
    for key, numbers in data["spans"].items():
        assert key in CONTRACT_KEYS, key
        assert numbers and all(1 <= n <= n_lines for n in numbers), key
    if data["date"] is not None:
        assert data["date"][:4].isdigit() and data["date"][4] == "-"
        assert data["date_text"]


@SETTINGS
@given(text=any_text)
def test_output_strings_have_no_line_breaks_or_edge_space(text: str) -> None:
    data = parse(text).to_dict()
    strings = [data[k] for k in STRING_FIELDS if data[k]]
    strings += [s for k in ("authors", "highlights", "paragraphs") for s in data[k]]
    strings += [c["text"] for c in data["captions"]]
    for s in strings:
        assert "\n" not in s and "\r" not in s
        assert s == s.strip()


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(st.text(), article_like()))
def test_normalize_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once
    assert "\r" not in once
    assert "\u00a0" not in once


@SETTINGS
@given(text=any_text)
def test_parse_is_deterministic(text: str) -> None:
    first, second = parse(text), parse(text)
    assert first == second
    assert first.blocks == second.blocks


@SETTINGS
@given(text=article_like())
def test_normalizing_first_changes_nothing(text: str) -> None:
    assert parse(normalize(text)) == parse(text)
