"""Articles that arrive with structure: front matter, Markdown bodies, header blocks, JSON Lines.

Golden files in ``tests/golden_structured/``: each input (``.md``, ``.txt``) parses to the
Article dict in ``NAME.json``; ``scraped.jsonl`` gives the JSON Lines in
``scraped.expected.jsonl``. ``pytest --update-golden`` rewrites them; review the diff.

Where the samples come from: ``react-blog-mdx.md`` and ``ruby-news-jekyll.md`` are real posts
of the dev corpus (react.dev, ruby-lang.org); ``jekyll-new-yaml.md`` is the post Jekyll's
``jekyll new`` template writes (author and tags added); ``hugo-docs-toml.md`` opens with the
TOML front matter of Hugo's front matter documentation; ``email-rfc5322.txt`` is RFC 5322's
Appendix A.1.1 message. The others (``markdown-features.md``, ``broken-front-matter.md``,
the ``export-header-*`` files and ``scraped.jsonl``) are written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artparse import parse, parse_file
from artparse.frontend import read_front
from artparse.frontmatter import read_front_matter
from artparse.given import from_mapping, given_date, given_names, given_tags
from artparse.headerblock import read_header_block
from artparse.markup import looks_like_markdown
from artparse.mdbody import read_markdown
from artparse.model import Kind

HERE = Path(__file__).parent / "golden_structured"
INPUTS = sorted(p for p in HERE.iterdir() if p.suffix in (".md", ".txt"))


def parsed_dict(path: Path) -> dict[str, Any]:
    data = parse_file(path).to_dict()
    data["source"] = path.name
    return data


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.name)
def test_structured_golden(path: Path, update_golden: bool) -> None:
    expected_path = path.with_suffix(".json")
    got = parsed_dict(path)
    if update_golden:
        expected_path.write_text(json.dumps(got, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        return
    assert got == json.loads(expected_path.read_text(encoding="utf-8"))


def test_the_golden_inputs_cover_every_input_kind() -> None:
    names = {p.name for p in INPUTS}
    assert {"jekyll-new-yaml.md", "hugo-docs-toml.md", "react-blog-mdx.md"} <= names
    assert {"export-header-en.txt", "export-header-de.txt", "export-header-ru.txt"} <= names
    assert (HERE / "scraped.jsonl").exists()


def test_jsonl_golden(run_cli: Any, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(HERE)
    result = run_cli(["extract", "-q", "-f", "jsonl", "scraped.jsonl"])
    assert result.exit_code == 1  # one record lacks its text field
    assert result.stderr == "artparse: scraped.jsonl:2: the text field 'text' is missing\n"
    expected = HERE / "scraped.expected.jsonl"
    if update_golden:
        expected.write_text(result.stdout, encoding="utf-8")
        return
    got = [json.loads(line) for line in result.stdout.splitlines()]
    assert got == [json.loads(line) for line in expected.read_text(encoding="utf-8").splitlines()]


# --- front matter ---------------------------------------------------------------------------


def test_yaml_front_matter_fields_and_spans() -> None:
    text = (
        "---\ntitle: 'A title'\nauthor: Maria Lopez\ndate: 2026/02/24\ntags: [a, b]\n"
        "url: https://example.org/x\nsource: The Gazette\nlayout: post\n---\n\nBody text here.\n"
    )
    article = parse(text)
    assert article.title == "A title"
    assert article.authors == ("Maria Lopez",)
    assert article.date == "2026-02-24"
    assert article.tags == ("a", "b")
    assert article.url == "https://example.org/x"
    assert article.publication == "The Gazette"
    assert article.paragraphs == ("Body text here.",)
    assert article.spans["title"] == (2,)
    assert article.spans["date"] == (4,)


def test_toml_front_matter() -> None:
    text = '+++\ntitle = "T"\ndate = 2024-02-08\nauthors = ["A B", "C D"]\n+++\n\nBody.\n'
    article = parse(text)
    assert (article.title, article.date, article.authors) == ("T", "2024-02-08", ("A B", "C D"))


def test_broken_front_matter_is_a_warning_and_the_file_is_read_as_text() -> None:
    article = parse("---\ntitle: [unclosed\n---\n\nHeadline\n\nBody text of the story.\n")
    assert any(w.startswith("front matter (YAML) not read") for w in article.warnings)
    assert article.paragraphs[-1] == "Body text of the story."


def test_front_matter_that_is_not_a_mapping_is_a_warning() -> None:
    found = read_front_matter(["---", "- a list", "---"])
    assert found is not None
    assert not found.given
    assert found.warning == "front matter (YAML) is not a set of keys"


def test_unclosed_fence_is_not_front_matter() -> None:
    assert read_front_matter(["---", "title: x", "no closing fence"]) is None


def test_impossible_yaml_timestamp_is_a_warning_not_an_error() -> None:
    found = read_front_matter(["---", "date: 2020-13-45", "---"])
    assert found is not None and found.warning is not None


def test_yaml_never_builds_python_objects() -> None:
    found = read_front_matter(["---", "title: !!python/object/apply:os.system ['echo hi']", "---"])
    assert found is not None and found.warning is not None  # safe_load refuses the tag


def test_front_matter_values_win_over_the_body() -> None:
    text = "---\ntitle: Given title\nauthor: Given Name\n---\n\nMay 22, 2024 by Other Person.\n\nBody.\n"
    article = parse(text)
    assert article.title == "Given title"
    assert article.authors == ("Given Name",)
    assert article.date == "2024-05-22"  # the body's date, since none is given
    assert article.paragraphs == ("Body.",)


def test_description_is_the_subtitle_only_where_the_post_prints_it() -> None:
    head = "---\ntitle: T\ndescription: The council voted for bike lanes.\n---\n\n"
    unprinted = parse(head + "Body paragraph.\n", source="a.md")
    assert (unprinted.subtitle, unprinted.paragraphs) == (None, ("Body paragraph.",))
    printed = parse(head + "The council voted\nfor bike lanes.\n\nBody paragraph.\n", source="a.md")
    assert (printed.subtitle, printed.paragraphs) == (
        "The council voted for bike lanes.",
        ("Body paragraph.",),
    )
    assert (printed.spans["subtitle"], printed.spans["paragraphs"]) == ((6, 7), (9,))
    with_lead = head + "<Intro>\n\nThe printed lead.\n\n</Intro>\n\nBody.\n"
    assert parse(with_lead, source="a.md").subtitle == "The printed lead."
    explicit = parse("---\ntitle: T\nsubtitle: A dek.\n---\n\nBody.\n")
    assert explicit.subtitle == "A dek."


def test_hugo_params_and_zola_extra_tables() -> None:
    hugo = parse("+++\ntitle = 'T'\n[params]\n  author = 'John Smith'\n+++\n\nBody.\n")
    assert hugo.authors == ("John Smith",)
    zola = parse("+++\ntitle = 'T'\n[taxonomies]\ntags = ['x']\n[extra]\nauthor = 'Ann Lee'\n+++\n\nBody.\n")
    assert (zola.authors, zola.tags) == (("Ann Lee",), ("x",))


@pytest.mark.parametrize(
    ("value", "iso"),
    [
        (dt.date(2024, 5, 22), "2024-05-22"),
        (dt.datetime(2013, 6, 30, 23, 59, 59, tzinfo=dt.UTC), "2013-06-30T23:59:59+00:00"),
        ("2026/02/24", "2026-02-24"),
        ("May 22, 2024", "2024-05-22"),
        ("not a date", None),
        (None, None),
        (["2024-01-01"], None),
    ],
)
def test_given_dates(value: Any, iso: str | None) -> None:
    found = given_date(value)
    assert (found.iso if found else None) == iso


@pytest.mark.parametrize(
    ("value", "names"),
    [
        (
            "Dan Abramov, Lauren Tan, and Sebastian Markbage",
            ("Dan Abramov", "Lauren Tan", "Sebastian Markbage"),
        ),
        ("shyouhei", ("shyouhei",)),
        (["Ann Lee", "A Chen"], ("Ann Lee", "A Chen")),
        ([{"name": "Ann Lee"}, {"name": "Bo Chen", "url": "x"}], ("Ann Lee", "Bo Chen")),
        ({"name": "JOSH BOAK"}, ("Josh Boak",)),
        (42, ("42",)),
        ([], ()),
    ],
)
def test_given_names(value: Any, names: tuple[str, ...]) -> None:
    assert given_names(value) == names


def test_given_tags() -> None:
    assert given_tags("openchain compliance") == ("openchain", "compliance")
    assert given_tags("a, b c") == ("a", "b c")
    assert given_tags(["x", "x", None]) == ("x",)


def test_from_mapping_reads_keys_case_blind_and_ignores_unknown_ones() -> None:
    got = from_mapping({"Title": "T", "PublishDate": "2024-01-02", "weight": 3})
    assert (got.title, got.date and got.date.iso, got.keys) == ("T", "2024-01-02", ("Title", "PublishDate"))


def test_a_records_html_body_keeps_its_first_paragraph_under_the_records_title() -> None:
    """A JSON record's title field over a body exported as HTML: the body's first paragraph is
    no headline (the record states it)."""
    text = "<p><strong>PORTVILLE, 9 March - Coast News.</strong> The bridge will close.</p>\n"
    text += "<p>Ferries run.</p>"
    got = parse(text, given=from_mapping({"title": "Bridge to close"})).to_dict()
    assert got["title"] == "Bridge to close"
    assert got["paragraphs"] == [
        "PORTVILLE, 9 March - Coast News. The bridge will close.",
        "Ferries run.",
    ]


# --- Markdown bodies ------------------------------------------------------------------------


def markdown(text: str, title: str | None = None) -> tuple[list[str], list[tuple[str, str]]]:
    body = read_markdown(text.split("\n"), first_number=1, title=title)
    return [ln.text for ln in body.lines if ln.text], [(b.kind, b.text) for b in body.blocks]


def test_headings_are_crossheads_and_the_first_one_the_title() -> None:
    lines, blocks = markdown("# Title\n\nBody one.\n\n## Part two {#part-two}\n\nBody two.")
    assert lines == ["Body one.", "Body two."]
    assert blocks == [(Kind.TITLE, "Title"), (Kind.CROSSHEAD, "Part two")]


def test_a_heading_repeating_the_given_title() -> None:
    _, blocks = markdown("# The Title\n\nBody.", title="The title")
    assert blocks == [(Kind.REPEATED_TITLE, "The Title")]


def test_image_with_caption_line_and_image_alone() -> None:
    lines, blocks = markdown("![alt text](a.jpg)\n*The caption.*\n\n![only alt](b.jpg)\n\nBody.")
    assert lines == ["Body."]
    assert blocks == [(Kind.CAPTION, "The caption.")]
    _, blocks = markdown("![alt](a.jpg)\n\n_A caption in its own paragraph._\n\nBody.")
    assert blocks == [(Kind.CAPTION, "A caption in its own paragraph.")]


def test_links_html_comments_shortcodes() -> None:
    lines, _ = markdown(
        "See [the docs](https://x.org) and [ref][1].\n\n<!-- hidden -->\n\n<div>\n<p>raw</p>\n</div>\n\n"
        "{{< youtube abc >}}\n\n{% include x.html %}\n\nEnd {{ site.url }}.\n\n[1]: https://y.org"
    )
    assert lines == ["See the docs and ref.", "raw", "End ."]  # an HTML paragraph is shown text


def test_list_items_are_paragraphs_and_ordered_ones_keep_their_numbers() -> None:
    lines, _ = markdown("Intro:\n\n* one\n* two\n\n3. three\n4. four")
    assert lines == ["Intro:", "one", "two", "3. three", "4. four"]


def test_mdx_lead_component_is_the_subtitle() -> None:
    _, blocks = markdown("<Intro>\n\nThe lead.\n\n</Intro>\n\nBody.")
    assert blocks == [(Kind.SUBTITLE, "The lead.")]
    _, blocks = markdown("<Intro>\nThe lead, tight.\n</Intro>\n\nBody.")
    assert blocks == [(Kind.SUBTITLE, "The lead, tight.")]


def test_figure_shortcode_caption() -> None:
    _, blocks = markdown('{{< figure src="a.jpg" caption="Crowds at the fair." >}}\n\nBody.')
    assert blocks == [(Kind.CAPTION, "Crowds at the fair.")]


def test_markdown_keeps_source_line_numbers() -> None:
    text = "---\ntitle: T\n---\n\nFirst paragraph\nwrapped over two lines.\n\n## Head\n\nSecond.\n"
    article = parse(text, source="post.md")
    assert article.paragraphs == ("First paragraph wrapped over two lines.", "Second.")
    assert article.spans["paragraphs"] == (5, 6, 10)
    assert [b.rule for b in article.blocks if 8 in b.lines] == ["markdown"]


@pytest.mark.parametrize(
    "text",
    [
        "Headline\n\nThe price rose 5 * 3 percent, #1 in the region.\n",
        "Headline\n\n#MeToo spread quickly.\n\nA * marks the footnote.\n",
        "Headline\n\nRated *** by critics.\n",
    ],
)
def test_plain_text_with_an_asterisk_or_a_hash_is_not_markdown(text: str) -> None:
    assert not looks_like_markdown(text)
    assert read_front(text, source="story.txt") is None
    assert parse(text, source="story.txt").paragraphs[0] == text.split("\n")[2]


def test_markdown_file_name_says_markdown() -> None:
    front = read_front("Title\n\nBody *one*.\n", source="notes.MD")
    assert front is not None and front.markdown


def test_front_matter_under_a_blank_line() -> None:
    """Hexo reads front matter below blank lines (its separators are optional above the data)."""
    text = (
        "\n---\ntitle: 'Harbour bridge to close'\nauthor: Harbour Desk\n"
        "date: Sat, 05 Mar 2022 06:50:55 GMT\n---\n\nThe council voted to close the bridge.\n"
    )
    article = parse(text)
    assert (article.title, article.date, article.authors) == (
        "Harbour bridge to close",
        "2022-03-05T06:50:55+00:00",
        ("Harbour Desk",),
    )
    assert article.paragraphs == ("The council voted to close the bridge.",)
    assert article.spans["title"] == (3,)


def test_a_rule_under_a_blank_line_is_not_front_matter() -> None:
    text = "\n---\nThe council voted to close the bridge.\n---\n\nWork begins in March.\n"
    article = parse(text)
    assert not article.warnings
    assert article.paragraphs[-1] == "Work begins in March."
    assert read_front(text, source="story.txt") is None


def test_an_unclosed_rule_under_a_blank_line_leaves_an_html_fragment_to_the_html_reader() -> None:
    """A "---" under a blank line that no second one closes is no front matter: the text under it
    is read as it would be without the rule (here an exported fragment of <p> elements)."""
    text = (
        "\n---\n<p>The council voted on Tuesday to close the harbour bridge for repairs.</p>\n"
        "<p>Work begins in March &amp; lasts six months.</p>\n"
    )
    article = parse(text)
    assert article.paragraphs[-1] == "Work begins in March & lasts six months."
    assert not any("<p>" in p for p in article.paragraphs)


HTML_BODY = (
    "---\ntitle: Harbour bridge to close\n---\n\n"
    "The council voted on Tuesday to close the bridge.\n\n"
    "    <p>Work will begin in <b>March</b> and last six months.</p>\n"
    "<h3>Ferries</h3>\n"
    '<p class="body">Extra ferries will run <a href="/ferry">every hour</a> &amp; at night.</p>\n'
    "<p><strong>Cost</strong><br>The works cost 4 million euros.</p>\n"
    "<blockquote>\n<p>It is the right time to do it.</p>\n</blockquote>\n\n"
    "            <!-- app banner -->\n"
    '            <div class="promo">Get the app</div>\n'
)


def test_a_markdown_posts_html_paragraphs_are_its_paragraphs() -> None:
    """A post's body written in HTML (feed items saved as Hexo posts, a Drupal export)."""
    article = parse(HTML_BODY)
    assert article.paragraphs == (
        "The council voted on Tuesday to close the bridge.",
        "Work will begin in March and last six months.",
        "Extra ferries will run every hour & at night.",
        "Cost The works cost 4 million euros.",
    )
    assert [b.text for b in article.blocks if b.kind == Kind.CROSSHEAD] == ["Ferries"]


def test_a_fenced_html_sample_is_code_shown() -> None:
    text = "---\ntitle: T\n---\n\nWrite a paragraph so:\n\n```html\n<p>Hello</p>\n```\n\n    x = 1\n"
    assert parse(text).paragraphs == ("Write a paragraph so:", "<p>Hello</p>", "x = 1")


# --- header blocks --------------------------------------------------------------------------


def test_header_block_needs_two_known_labels() -> None:
    assert read_header_block(["Update: the vote was moved.", "", "Body."]) is None
    assert read_header_block(["Title: T", "Notalabel here", "", "Body."]) is None
    found = read_header_block(["Title: T", "Date: 2024-01-02", "", "Body."])
    assert found is not None and found.end == 1
    assert found.given.title == "T"


def test_header_block_folded_lines_and_other_languages() -> None:
    found = read_header_block(["Subject: A long", "  subject line", "From: Ann Lee <ann@x.org>", "", "Hi."])
    assert found is not None
    assert (found.given.title, found.given.authors) == ("A long subject line", ("Ann Lee",))
    pl = read_header_block(["Tytuł: Nowe ścieżki", "Autor: Jan Kowalski", "Źródło: Gazeta", "", "Tekst."])
    assert pl is not None and pl.given.publication == "Gazeta"


# --- properties -----------------------------------------------------------------------------

_front_text = st.lists(
    st.sampled_from([*"abc:-[]{}\"'#=+ \n\t!&*|>0129.,/@`%", "title: ", "date = ", "author:", "\n  - "]),
    max_size=80,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(fence=st.sampled_from(["---", "+++"]), inner=_front_text, body=st.text(max_size=100))
def test_any_front_matter_never_raises(fence: str, inner: str, body: str) -> None:
    for text in (f"{fence}\n{inner}\n{fence}\n{body}", f"{fence}\n{inner}"):
        article = parse(text, source="post.md")
        data = article.to_dict()
        assert all(isinstance(w, str) for w in data["warnings"])
        assert all(isinstance(t, str) for t in data["tags"])


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=300))
def test_any_markdown_never_raises(text: str) -> None:
    article = parse(text, source="post.md")
    assert isinstance(article.to_dict()["paragraphs"], list)


@settings(max_examples=100, deadline=None)
@given(lines=st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=40), max_size=8))
def test_any_header_block_never_raises(lines: list[str]) -> None:
    read_header_block(lines)
    parse("\n".join(lines))


# --- JSON Lines input on the command line ---------------------------------------------------

RECORDS = (
    '{"id": 1, "headline_src": "x", "body": "Headline one\\n\\nThe first story, in full."}\n'
    "\n"
    '{"id": 2, "title": "Given title", "url": "https://example.org/2", "body": "Second story text."}\n'
    '{"id": 3, "body": 42}\n'
    "[1, 2]\n"
)


def test_jsonl_from_stdin_with_a_text_field(run_cli: Any) -> None:
    result = run_cli(["extract", "-q", "--input-format", "jsonl", "--text-field", "body", "-"], input=RECORDS)
    assert result.exit_code == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == ["-:1", "-:3"]
    assert [r["title"] for r in records] == ["Headline one", "Given title"]
    assert records[0]["input"] == {"id": 1, "headline_src": "x"}
    assert records[1]["input"] == {"id": 2}
    assert records[1]["url"] == "https://example.org/2"
    assert result.stderr.splitlines() == [
        "artparse: -:4: the text field 'body' is not a string",
        "artparse: -:5: not a JSON object",
    ]


def test_jsonl_is_picked_by_name_and_text_is_the_default_otherwise(run_cli: Any, tmp_path: Path) -> None:
    line = '{"text": "Headline\\n\\nA story."}\n'
    (tmp_path / "a.ndjson").write_text(line, encoding="utf-8")
    (tmp_path / "b.log").write_text(line, encoding="utf-8")
    by_name = run_cli(["extract", "-q", "-f", "jsonl", str(tmp_path / "a.ndjson")])
    assert json.loads(by_name.stdout)["title"] == "Headline"
    as_text = run_cli(["extract", "-q", "-f", "jsonl", str(tmp_path / "b.log")])
    assert json.loads(as_text.stdout)["title"] == line.strip()
    forced = run_cli(["extract", "-q", "-f", "json", "--input-format", "jsonl", str(tmp_path / "b.log")])
    assert [r["title"] for r in json.loads(forced.stdout)] == ["Headline"]


def test_jsonl_records_go_to_name_line_files(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text(RECORDS.replace('"body"', '"text"'), encoding="utf-8")
    out = tmp_path / "out"
    result = run_cli(["extract", "-q", "-o", str(out), str(tmp_path / "in.jsonl")])
    assert result.exit_code == 1
    assert sorted(p.name for p in out.iterdir()) == ["in-1.json", "in-3.json"]
    assert json.loads((out / "in-3.json").read_text(encoding="utf-8"))["input"] == {"id": 2}


def test_jsonl_explain_reads_the_text_field(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"text": "Headline\\n\\nA story."}\n', encoding="utf-8")
    result = run_cli(["extract", "--explain", str(tmp_path / "in.jsonl")])
    assert result.exit_code == 0
    assert "title      Headline" in result.stdout


def test_jsonl_through_a_real_pipe(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "artparse", "extract", "--input-format", "jsonl", "-"],
        input='{"text": "Headline\\n\\nA story.", "lang": "en"}\n{"no": 1}\n',
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 1
    (record,) = [json.loads(line) for line in proc.stdout.splitlines()]
    assert (record["source"], record["input"]) == ("-:1", {"lang": "en"})
    assert "artparse: -:2: the text field 'text' is missing" in proc.stderr


def test_a_jsonl_record_fits_the_schema(run_cli: Any) -> None:
    import jsonschema

    from artparse.schema import article_schema

    result = run_cli(
        ["extract", "-q", "--input-format", "jsonl", "-"], input='{"text": "T\\n\\nBody.", "k": [1]}\n'
    )
    record = json.loads(result.stdout)
    jsonschema.Draft202012Validator(article_schema()).validate(record)
    assert "input" not in article_schema()["required"]


def test_every_language_has_header_labels_for_every_field() -> None:
    from artparse.fieldkeys import FIELDS
    from artparse.vocab import load_all

    languages = load_all()
    assert len(languages) >= 16
    for code, vocab in languages.items():
        assert set(vocab.header_labels) == set(FIELDS), code
        assert all(vocab.header_labels[name] for name in FIELDS), code


WORST_CASES = {
    "open braces": "{{" * 50_000,
    "unclosed Liquid tag": "{% " + "a" * 100_000,
    "unclosed shortcodes": ("{{< " + "a" * 1990 + "\n") * 50,
    "unclosed links": "[a](" * 25_000,
    "unclosed emphasis": "*a " * 33_000,
    "deep lists": "".join("  " * i + "- x\n" for i in range(500)),
    "html lines": "<div>\n" * 20_000,
    "deep front matter": "---\n" + "a: [" * 5_000 + "\n---\nbody",
    "long front matter": "---\n" + "k: v\n" * 20_000 + "---\nbody",
    "long header block": "Title: x\n" * 30_000 + "\nbody",
}
MAX_SECONDS = 20
"""A generous bound per 100 KB input: catastrophic backtracking takes minutes, not seconds."""


@pytest.mark.parametrize("text", WORST_CASES.values(), ids=WORST_CASES.keys())
def test_worst_case_structured_inputs_stay_fast(text: str) -> None:
    import time

    start = time.perf_counter()
    parse(text, source="post.md")
    parse(text, source="story.txt")
    assert time.perf_counter() - start < MAX_SECONDS


def test_front_end_parts_can_be_disabled_by_name() -> None:
    from artparse import ParseOptions

    post = "---\ntitle: Given\n---\n\n## A heading\n\nBody text of the post.\n"
    assert parse(post, source="p.md").title == "Given"
    no_front = parse(post, source="p.md", options=ParseOptions(disabled_rules=frozenset({"front_matter"})))
    assert no_front.title != "Given"
    no_markdown = parse(post, options=ParseOptions(disabled_rules=frozenset({"markdown"})))
    assert no_markdown.title == "Given"  # the front matter still read; the body as text
    assert not any(b.rule == "markdown" for b in no_markdown.blocks)
    header = "Title: T\nAuthor: Ann Lee\n\nBody text.\n"
    assert parse(header).title == "T"
    assert parse(header, options=ParseOptions(disabled_rules=frozenset({"header_block"}))).title != "T"


def test_every_line_a_front_end_reads_is_claimed_once() -> None:
    from collections import Counter

    for path in INPUTS:
        article = parse_file(path)
        text = path.read_text(encoding="utf-8")
        content = {n for n, line in enumerate(text.split("\n"), 1) if line.strip()}
        claimed = Counter(n for b in article.blocks for n in b.lines)
        assert set(claimed) == content, path.name
        assert all(count == 1 for count in claimed.values()), path.name


def test_jsonl_input_is_for_the_local_engine(run_cli: Any, tmp_path: Path) -> None:
    (tmp_path / "in.jsonl").write_text('{"text": "T"}\n', encoding="utf-8")
    result = run_cli(["extract", "--engine", "dask", "-o", str(tmp_path / "out"), str(tmp_path / "in.jsonl")])
    assert result.exit_code == 2
    assert "need --engine local" in result.stderr


def test_the_header_scan_covers_what_a_header_block_may_take() -> None:
    from artparse.frontend import HEADER_SCAN_LINES
    from artparse.headerblock import MAX_HEADER_LINES, MAX_LEADING_BLANKS

    assert HEADER_SCAN_LINES > MAX_HEADER_LINES + MAX_LEADING_BLANKS
