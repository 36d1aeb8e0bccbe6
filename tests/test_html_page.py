"""Saved web pages: a whole HTML document read to its story's text, its head's fields given."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest

from artparse import ParseOptions, parse
from artparse.frontend import shown_text

PAGE = """\
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Ferry service returns to the island | The Harbour Gazette</title>
<meta property="og:title" content="Ferry service returns to the island">
<meta name="author" content="Mara Lindqvist">
<meta property="article:published_time" content="2024-05-07T09:30:00+02:00">
<style>p { color: red }</style>
<script>var tracker = "Subscribe now";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/local">Local news</a></li></ul></nav>
<header><p>The Harbour Gazette &ndash; your local paper</p></header>
<article>
<h1>Ferry service returns to the island</h1>
<p class="byline">By <a href="/author/mara-lindqvist">Mara Lindqvist</a></p>
<figure><img src="/img/ferry.jpg" alt="A ferry at the pier">
<figcaption>The ferry leaves the pier on Monday. Photo: Jon Berg</figcaption></figure>
<p>PORTVIK &mdash; The ferry to the island ran again on Monday after a   winter
   in which storms kept it in port for weeks.</p>
<p>Residents said the crossing &amp; the road to the pier had been repaired.</p>
<noscript><p>Please enable JavaScript.</p></noscript>
</article>
<aside><article><h2><a href="/other">Another story</a></h2></article></aside>
<footer><p>&copy; 2024 The Harbour Gazette. All rights reserved.</p></footer>
</body></html>
"""


def test_a_page_gives_its_article_only() -> None:
    article = parse(PAGE, source="ferry.html")
    assert article.title == "Ferry service returns to the island"
    assert article.authors == ("Mara Lindqvist",)
    assert article.date == "2024-05-07T09:30:00+02:00"
    assert article.dateline == "PORTVIK"
    assert article.paragraphs == (
        "PORTVIK — The ferry to the island ran again on Monday after a winter in which storms kept it"
        " in port for weeks.",
        "Residents said the crossing & the road to the pier had been repaired.",
    )
    assert [c.text for c in article.captions] == ["The ferry leaves the pier on Monday."]


def test_the_spans_count_the_lines_of_the_page_text() -> None:
    text = shown_text(PAGE)
    assert text.split("\n")[0] == "# Ferry service returns to the island"
    article = parse(PAGE, source="ferry.html")
    lines = text.split("\n")
    assert all(lines[n - 1] for n in article.spans["paragraphs"])
    assert article.spans["title"] == (1,)  # the heading that says the head's title
    assert "date" not in article.spans  # the head states it: no line of the text does


JSON_LD_ONLY = """\
<html>
<head>
<script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "name": "Valley Post"},
  {"@type": "NewsArticle", "headline": "Orchard harvest starts early",
   "datePublished": "2023-08-21T06:00:00Z",
   "author": [{"@type": "Person", "name": "Ines Alvarez"}, {"@type": "Person", "name": "Tom Reyes"}]}
]}
</script>
</head>
<body>
<main>
<h1>Orchard harvest starts early</h1>
<p>Growers in the valley began picking apples two weeks earlier than usual this year.</p>
<p>A warm spring brought the fruit on, they said.</p>
</main>
<div class="footer">Valley Post &middot; Contact us</div>
</body>
</html>
"""


def test_a_page_with_json_ld_only() -> None:
    article = parse(JSON_LD_ONLY, source="orchard.htm")
    assert article.title == "Orchard harvest starts early"
    assert article.date == "2023-08-21T06:00:00+00:00" or article.date == "2023-08-21T06:00:00Z"
    assert article.authors == ("Ines Alvarez", "Tom Reyes")
    assert article.paragraphs == (
        "Growers in the valley began picking apples two weeks earlier than usual this year.",
        "A warm spring brought the fruit on, they said.",
    )


OG_ONLY = """\
<!doctype html>
<html><head>
<meta property="og:title" content="Library opens on Sundays">
<meta property="article:author" content="https://example.org/people/noor-haddad">
<meta property="article:author" content="Noor Haddad">
<meta property="article:published_time" content="2022-02-13">
</head><body>
<div class="menu"><a href="/">Front page</a></div>
<div class="story"><h1>Library opens on Sundays</h1>
<p>The town library will open on Sundays from March, the council said on Friday.</p>
<p>Volunteers will staff the desk in the afternoon.</p></div>
</body></html>
"""


def test_a_page_with_open_graph_only() -> None:
    article = parse(OG_ONLY, source="library.html")
    assert article.title == "Library opens on Sundays"
    assert article.authors == ("Noor Haddad",)  # the profile's address is no name
    assert article.date == "2022-02-13"
    assert article.paragraphs[-2:] == (
        "The town library will open on Sundays from March, the council said on Friday.",
        "Volunteers will staff the desk in the afternoon.",
    )


def test_a_headline_in_h1_with_no_head_fields() -> None:
    page = (
        "<html><body><article><h1>Bridge reopens after repairs</h1>"
        "<p>The bridge over the river opened again on Tuesday, a month late.</p></article></body></html>"
    )
    article = parse(page)
    assert article.title == "Bridge reopens after repairs"
    assert article.paragraphs == ("The bridge over the river opened again on Tuesday, a month late.",)


def test_prose_that_mentions_html_is_text() -> None:
    text = (
        "Web pages begin with a tag\n\n"
        "Every page opens with <html> and closes with </html>, a teacher told the class on Monday.\n"
    )
    assert shown_text(text) == text
    article = parse(text)
    assert article.title == "Web pages begin with a tag"
    assert "<html>" in article.paragraphs[0]


def test_disabled_the_page_is_read_as_text() -> None:
    article = parse(PAGE, options=ParseOptions(disabled_rules=frozenset({"html_page"})))
    assert article.date is None
    assert any("<" in p for p in (article.title or "", *article.paragraphs))


HOSTILE_PAGES = {
    "nested": "<!DOCTYPE html><html><body>" + "<div><section><a href='x'><span><b>" * 30_000 + "word",
    "unclosed": "<html>" + "<span><b>bold &amp; <i>" * 40_000,
    "brackets": "<html>" + "<" * 1_000_000,
    "unfinished": "<html><body>" + "<a " * 330_000,
    "comments": "<html><body>" + "<!--<p>" * 140_000,
}
"""About 1 MB of tags that never close, or of tags and comments that never finish (Python's
``html.parser`` before 3.13.4 took minutes on those)."""


@pytest.mark.parametrize("page", list(HOSTILE_PAGES.values()), ids=list(HOSTILE_PAGES))
def test_hostile_markup_parses_in_linear_time(page: str) -> None:
    assert len(page) > 900_000
    start = time.perf_counter()
    parse(page)
    assert time.perf_counter() - start < 2.0


def test_explain_shows_the_page_text(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(PAGE, encoding="utf-8")
    rows = run_cli(["extract", "--explain", str(path)]).stdout.splitlines()[1:]
    assert rows[0].split()[:2] == ["1", "title"]  # the rules read the heading in its place
    assert "# Ferry service returns to the island" in rows[0]
    assert not any("<" in row for row in rows)  # the page's text, not its tags


BROKEN_LINES = """\
<!DOCTYPE html><html><body><article>
<h1>Snow closes the pass</h1>
<p>The mountain pass closed on Sunday.<br>It will open again when the snow stops.</p>
<p>Teams cleared the road <!-- a note for the editor --> through the night.</p>
</article></body></html>
"""


def test_a_break_ends_a_line_and_a_comment_prints_nothing() -> None:
    lines = shown_text(BROKEN_LINES).split("\n")
    assert "The mountain pass closed on Sunday." in lines
    assert "It will open again when the snow stops." in lines
    assert "Teams cleared the road through the night." in lines


def test_the_articles_json_ld_wins_over_open_graph() -> None:
    """og:title is the title for sharing; the article's JSON-LD headline is its headline."""
    page = (
        '<!DOCTYPE html><html><head><meta property="og:title" content="Share this ferry story">'
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Ferry terminal opens"}</script></head>'
        "<body><p>The harbour authority opened the new ferry terminal on Saturday.</p></body></html>"
    )
    assert parse(page).title == "Ferry terminal opens"


def test_an_organization_credited_as_author_is_no_person() -> None:
    page = (
        '<!DOCTYPE html><html><head><script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Ferry terminal opens", "author": '
        '[{"@type": "Person", "name": "Jane Doe"},'
        ' {"@type": "NewsMediaOrganization", "name": "Harbour Wire"}]}</script></head>'
        "<body><p>The harbour authority opened the new ferry terminal on Saturday.</p></body></html>"
    )
    assert parse(page).authors == ("Jane Doe",)


OUTLET_AUTHOR_PAGE = """\
<html><head><meta name="author" content="{author}">{site}
<meta property="og:title" content="Ferry service returns to the island"></head><body><article>
<h1>Ferry service returns to the island</h1>
<p>The ferry to the island ran again on Monday after a winter in which storms kept it in port.</p>
<p>Residents said the road to the pier had been repaired.</p>
</article></body></html>
"""


@pytest.mark.parametrize(
    ("author", "site", "authors"),
    [
        pytest.param("harbourgazette.example", "", (), id="the site's domain"),
        pytest.param("The Gazette (www.harbourgazette.example)", "", (), id="a name with the site's address"),
        pytest.param(
            "Ediciones Harbour Gazette",
            '<meta property="og:site_name" content="HARBOUR GAZETTE">',
            (),
            id="the publisher of the site name",
        ),
        pytest.param(
            "Mara Lindqvist",
            '<meta property="og:site_name" content="Harbour Gazette">',
            ("Mara Lindqvist",),
            id="a writer beside the site name stays",
        ),
    ],
)
def test_an_author_meta_naming_the_outlet_is_no_writer(
    author: str, site: str, authors: tuple[str, ...]
) -> None:
    article = parse(OUTLET_AUTHOR_PAGE.format(author=author, site=site), source="ferry.html")
    assert article.authors == authors


SUMMARY_BULLETS_PAGE = """\
<html><head><meta charset="utf-8">
<meta property="og:title" content="Storm cuts power to the coast">
</head><body><div class="story">
<p class="kicker">After the gale</p>
<h1>Storm cuts power to the coast</h1>
<div class="summary"><ul>
<li>Thousands of homes were without power on Sunday night</li>
<li>Crews expect to restore the lines by Tuesday</li>
</ul></div>
<p class="byline">Lena Ortiz | Valencia</p>
<p>Updated Sunday 14/01/2024 21:40</p>
<p>The storm brought down power lines along the coast on Sunday, leaving thousands of homes
in the dark, the grid operator said.</p>
<p>Repair crews were out through the night, and schools in three towns stayed shut.</p>
<ol><li>First step</li><li>Second step</li></ol>
</div></body></html>
"""


def test_list_items_keep_their_marks() -> None:
    lines = shown_text(SUMMARY_BULLETS_PAGE).split("\n")
    start = lines.index("  * Thousands of homes were without power on Sunday night")
    assert lines[start + 1] == "  * Crews expect to restore the lines by Tuesday"  # items follow each other
    assert lines[-3:-1] == ["  1. First step", "  2. Second step"]  # an ordered list's numbers


def test_summary_bullets_under_the_headline_are_highlights() -> None:
    article = parse(SUMMARY_BULLETS_PAGE, source="storm.html")
    assert article.title == "Storm cuts power to the coast"
    assert article.highlights == (
        "Thousands of homes were without power on Sunday night",
        "Crews expect to restore the lines by Tuesday",
    )
    assert article.authors == ("Lena Ortiz",)
    assert (article.date or "").startswith("2024-01-14")
    assert article.paragraphs[0].startswith("The storm brought down power lines")


def test_a_list_in_the_body_stays_body() -> None:
    page = (
        "<html><body><article><h1>How to pot a fern</h1>"
        "<p>Ferns like shade and a damp pot, and they grow fast once they settle in.</p>"
        "<p>Most garden shops sell them in spring, when the new fronds unroll.</p>"
        "<p>Pick a pot with a hole in the bottom and fill it with loose, rich soil.</p>"
        "<ul><li>Water the fern twice a week in summer, less in winter.</li>"
        "<li>Keep it out of the afternoon sun on the balcony.</li></ul>"
        "<p>A fern kept this way will live for years, gardeners say.</p></article></body></html>"
    )
    article = parse(page)
    assert article.highlights == ()
    assert "Water the fern twice a week in summer, less in winter." in article.paragraphs


TITLED_PAGE = """\
<html><head><meta property="og:title" content="{title}"></head><body><div class="story">
{heading}
<p>The council voted on Thursday to spend more on the harbour walls after the winter storms.</p>
<p>Work will start in May, a spokeswoman said.</p>
</div></body></html>
"""


@pytest.mark.parametrize(
    ("title", "heading", "expected"),
    [
        pytest.param(
            "Harbour walls to be raised - Gazette of the Coast",
            "<h1>Harbour walls to be raised</h1>",
            "Harbour walls to be raised",
            id="the site's name after the heading",
        ),
        pytest.param(
            "Harbour walls to be raised | Gazette of the Coast",
            "<h1><a href='/harbour-walls'>Harbour walls to be raised</a></h1>",
            "Harbour walls to be raised",
            id="after a linked heading",
        ),
        pytest.param(
            "Gazette of the Coast » Harbour walls to be raised",
            "<h1>Harbour walls to be raised</h1>",
            "Harbour walls to be raised",
            id="the site's name before the heading",
        ),
        pytest.param(
            "Harbour walls to be raised after winter storms - Politics",
            "<p><b>Harbour walls to be raised after winter storms</b></p>",
            "Harbour walls to be raised after winter storms",
            id="no heading: cleaned as a title line",
        ),
    ],
)
def test_the_page_title_without_the_sites_name(title: str, heading: str, expected: str) -> None:
    page = TITLED_PAGE.format(title=title, heading=heading)
    assert parse(page, source="walls.html").title == expected


def test_a_dash_inside_the_headline_stays() -> None:
    title = "Harbour walls - and the road - to be raised"
    page = TITLED_PAGE.format(title=title, heading=f"<h1>{title}</h1>")
    assert parse(page, source="walls.html").title == title


MICRODATA_PAGE = """\
<html><body>
<article class="weather"><p>Sunny, 21 degrees</p></article>
<div class="story" itemscope itemtype="{itemtype}">
<h1 itemprop="headline">Night trains return to the valley line</h1>
<p class="stamp">03.06.2024, 18:05</p>
<article><div itemprop="articleBody">
<p>The night train from the city to the valley towns will run again from July, the rail company
said on Monday, after a break of four years.</p>
<p>Tickets go on sale next week.</p>
</div></article>
</div>
<footer><p>Read more stories from the region every morning in our newsletter.</p></footer>
</body></html>
"""


def test_a_schema_org_article_item_is_the_story() -> None:
    page = MICRODATA_PAGE.format(itemtype="https://schema.org/NewsArticle")
    article = parse(page, source="trains.html")
    assert article.title == "Night trains return to the valley line"  # outside the body's <article>
    assert (article.date or "").startswith("2024-06-03")
    assert article.paragraphs[-1] == "Tickets go on sale next week."


def test_an_item_of_another_type_leaves_the_article_element() -> None:
    page = MICRODATA_PAGE.format(itemtype="https://schema.org/Place")
    text = shown_text(page)
    assert "Night trains" not in text  # the longest <article> is read, as before
    assert "Tickets go on sale next week." in text


def test_a_scripts_link_stays_a_link_as_html2text_writes_it() -> None:
    page = SUMMARY_BULLETS_PAGE.replace(
        "<p>Updated Sunday",
        '<ul><li><a href="javascript:textSize(1)">Make the text of this page larger</a></li>'
        '<li><a href="javascript:textSize(-1)">Make the text of this page smaller</a></li></ul>'
        "<p>Updated Sunday",
    )
    assert "  * [Make the text of this page larger](javascript:textSize%281%29)" in shown_text(page)
    article = parse(page, source="storm.html")
    assert article.highlights == (  # the tools' buttons are no highlights
        "Thousands of homes were without power on Sunday night",
        "Crews expect to restore the lines by Tuesday",
    )


def test_a_list_items_paragraph_keeps_the_items_mark() -> None:
    """<li><p>…</p></li>: the paragraph is the item's text, printed with its mark."""
    from artparse.htmlpage import read_page

    text = read_page("<html><body><ul><li><p>Point one</p></li><li>Point two</li></ul></body></html>").text
    assert [line for line in text.splitlines() if line] == ["  * Point one", "  * Point two"]


SIDE_BY_SIDE = (
    "<html><body><article>\n<h1>Harbor cranes get a robotic upgrade</h1>\n"
    '<h4><a class="name" href="/author/jane-roe.html">Jane Roe</a>'
    '<a class="more" href="/author/jane-roe.html"><span>View More Articles</span></a></h4>\n'
    '<figure><img src="/img/crane.jpg" alt="">\n'
    '<figcaption><span class="caption">A new crane at the north pier</span>'
    '<span class="sep">&bull;</span><span class="credit">Photo: Lee Park</span></figcaption></figure>\n'
    "<p>The port installed twelve new cranes this winter, its director said on Monday.</p>\n"
    '<p>They will be tested until May, when the <span class="dc">s</span>hips return.</p>\n'
    "</article></body></html>\n"
)


def test_elements_side_by_side_are_set_apart() -> None:
    text = shown_text(SIDE_BY_SIDE)
    assert "Jane Roe](/author/jane-roe.html) [View More Articles]" in text
    assert "A new crane at the north pier • Photo: Lee Park" in text
    article = parse(SIDE_BY_SIDE, source="cranes.html")
    assert article.authors == ("Jane Roe",)


def test_an_element_inside_a_word_stays_joined() -> None:
    assert "when the shps return" not in shown_text(SIDE_BY_SIDE)
    assert "when the ships return." in shown_text(SIDE_BY_SIDE)
