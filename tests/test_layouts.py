"""Whole-article tests for layouts beyond the golden corpus: story files, Markdown, web pages.

Each case is a small article written in the convention it names, with the fields that
convention decides asserted exactly.
"""

from __future__ import annotations

from typing import Any

import pytest

import artparse

CASES: list[tuple[str, str, dict[str, Any]]] = [
    (
        "CNN story file: no headline, @highlight lines after the body",
        "(CNN) -- A gunman opened fire at a movie theater in Aurora, Colorado, early Friday.\n\n"
        "Police said 12 people were killed.\n\n@highlight\n\nPolice say the suspect was arrested\n\n"
        "@highlight\n\n12 people were killed\n",
        {
            "title": None,
            "agency": "CNN",
            "highlights": ["Police say the suspect was arrested", "12 people were killed"],
            "paragraphs": [
                "(CNN) -- A gunman opened fire at a movie theater in Aurora, Colorado, early Friday.",
                "Police said 12 people were killed.",
            ],
        },
    ),
    (
        "Daily Mail story file: byline and stamps run into the first line",
        "By . Daily Mail Reporter . PUBLISHED: . 12:58 EST, 3 February 2013 . | . UPDATED: . "
        "13:01 EST, 3 February 2013 . A man has been arrested.\n\nPolice said more.\n",
        {
            "title": None,
            "date": "2013-02-03T12:58:00-05:00",
            "updated": "2013-02-03T13:01:00-05:00",
            "authors": [],
            "byline": "By Daily Mail Reporter",
            "paragraphs": ["A man has been arrested.", "Police said more."],
        },
    ),
    (
        "Daily Mail story file as stored: the header's fields one a line, no headline",
        "By\nDaily Mail Reporter\n\nPUBLISHED:\n12:58 EST, 3 February 2013\n|\nUPDATED:\n"
        "13:01 EST, 3 February 2013\n\nA man has been arrested after a long chase through the town.\n\n"
        "Police said more.\n\n@highlight\n\nMan arrested after chase\n",
        {
            "title": None,
            "date": "2013-02-03T12:58:00-05:00",
            "updated": "2013-02-03T13:01:00-05:00",
            "authors": [],
            "byline": "By Daily Mail Reporter",
            "highlights": ["Man arrested after chase"],
            "paragraphs": [
                "A man has been arrested after a long chase through the town.",
                "Police said more.",
            ],
        },
    ),
    (
        "Daily Mail story file: the captions are the lines with no full stop; the video pointer is furniture",
        "By\nJane Doe\n\nPUBLISHED:\n09:15 EST, 4 June 2014\n\n"
        "A rare owl has been seen in a city park for the first time in forty years.\n\n"
        "Scroll down for video\n\nSpotted: The owl was seen on a branch near the pond\n\n"
        "Birdwatchers gathered by the hundred on Sunday.\n\n"
        "The park's keeper said the bird had been there for weeks and looked healthy\n\n"
        "She asked visitors to keep their distance.\n",
        {
            "title": None,
            "authors": ["Jane Doe"],
            "captions": [
                {"text": "Spotted: The owl was seen on a branch near the pond", "credit": None},
                {
                    "text": "The park's keeper said the bird had been there for weeks and looked healthy",
                    "credit": None,
                },
            ],
            "paragraphs": [
                "A rare owl has been seen in a city park for the first time in forty years.",
                "Birdwatchers gathered by the hundred on Sunday.",
                "She asked visitors to keep their distance.",
            ],
        },
    ),
    (
        "A page's stacked byline under its headline makes no story file: its crosshead stays one",
        "Harbour bridge to close for repairs\n\nBy\nJane Doe\n\nPublished:\n9 March 2021\n\n"
        "The bridge will close for two weeks from Monday, the council said.\n\n"
        "Analysis: What the closure means for the ferry services\n\n"
        "Ferries will run every hour, the operator said on Sunday.\n\n"
        "The council will review the works in a month, its leader said.\n",
        {"authors": ["Jane Doe"], "captions": []},
    ),
    (
        "Outside a story file, a line with no full stop is no caption for want of one",
        "Rare owl seen in city park\n\n"
        "A rare owl has been seen in a city park for the first time in forty years.\n\n"
        "Spotted: The owl was seen on a branch near the pond\n\n"
        "Birdwatchers gathered by the hundred on Sunday.\n",
        {"captions": []},
    ),
    (
        "XSum summary file: marked sections, the address and headline its fields, the rest the body",
        "[SN]URL[SN]\nhttp://www.bbc.co.uk/news/science-00000001\n\n"
        "[SN]TITLE[SN]\nRare owl returns to city park\n\n[SN]FIRST-SENTENCE[SN]\n"
        "A rare owl has been seen in a city park for the first time in forty years.\n\n"
        "[SN]RESTBODY[SN]\nBirdwatchers gathered by the hundred on Sunday.\n"
        "The park's keeper asked visitors to keep their distance.\n",
        {
            "title": "Rare owl returns to city park",
            "subtitle": None,
            "url": "http://www.bbc.co.uk/news/science-00000001",
            "paragraphs": [
                "A rare owl has been seen in a city park for the first time in forty years.",
                "Birdwatchers gathered by the hundred on Sunday.",
                "The park's keeper asked visitors to keep their distance.",
            ],
        },
    ),
    (
        "A headline opening with a bracketed label is no marked section",
        "[Updated] Council votes to close library\n\nThe council voted on Tuesday to close the branch.\n",
        {
            "title": "[Updated] Council votes to close library",
            "url": None,
            "paragraphs": ["The council voted on Tuesday to close the branch."],
        },
    ),
    (
        "A content system's export: the headline over the body as an HTML fragment",
        "Harbour bridge to close for repairs\n\n"
        "<p><strong>PORTVILLE, 9 March &mdash; Coast News.</strong>"
        " The bridge will close for two weeks.</p>\n"
        "<p>Ferries will run&nbsp;every hour.</p>\n",
        {
            "title": "Harbour bridge to close for repairs",
            "dateline": "PORTVILLE",
            "paragraphs": [
                "PORTVILLE, 9 March — Coast News. The bridge will close for two weeks.",
                "Ferries will run every hour.",
            ],
        },
    ),
    (
        "A header block over a body exported as HTML: the fields, then the body's text",
        "Title: Harbour bridge to close\nDate: 2021-03-09\nAuthor: Jane Doe\n\n"
        "<p>The bridge will close for two weeks.</p>\n<p>Ferries will run.</p>\n",
        {
            "title": "Harbour bridge to close",
            "date": "2021-03-09",
            "authors": ["Jane Doe"],
            "paragraphs": ["The bridge will close for two weeks.", "Ferries will run."],
        },
    ),
    (
        "A tag named in prose is no HTML fragment",
        "How to mark up a paragraph\n\nWrap each paragraph in <p> and </p> tags, as the guide says.\n",
        {"paragraphs": ["Wrap each paragraph in <p> and </p> tags, as the guide says."]},
    ),
    (
        "A label on its own line over its value, under a headline",
        "Harbour bridge to close for repairs\n\nBy\nJane Doe\n\nPublished:\n9 March 2021\n\n"
        "The bridge will close for two weeks from Monday.\n",
        {
            "title": "Harbour bridge to close for repairs",
            "date": "2021-03-09",
            "authors": ["Jane Doe"],
            "paragraphs": ["The bridge will close for two weeks from Monday."],
        },
    ),
    (
        "A lone By over a sentence is no byline",
        "By\n\nThe new rules took effect in March.\n\nMore followed.\n",
        {"authors": [], "paragraphs": ["The new rules took effect in March.", "More followed."]},
    ),
    (
        "Daily Mail page: PUBLISHED | UPDATED on one line",
        "Woman, 92, runs marathon\n\nBy Daily Mail Reporter\n\n"
        "PUBLISHED: 12:01 EST, 24 July 2012 | UPDATED: 12:30 EST, 24 July 2012\n\n"
        "A 92-year-old woman finished a marathon.\n",
        {"date": "2012-07-24T12:01:00-05:00", "updated": "2012-07-24T12:30:00-05:00", "authors": []},
    ),
    (
        "Markdown: heading, bold byline, italic date, image (alt text unseen) with a credit only, crosshead",
        "# Scientists find water on Mars\n\n**By Jane Doe**\n\n*March 3, 2015*\n\n"
        "![A view of the Martian surface](https://example.com/mars.jpg)\n*Photo: NASA/JPL*\n\n"
        "Scientists said on **Tuesday** they had found [liquid water](https://nasa.gov) on Mars.\n\n"
        "## What it means\n\nThe discovery raises hopes of finding life.\n",
        {
            "title": "Scientists find water on Mars",
            "date": "2015-03-03",
            "authors": ["Jane Doe"],
            "captions": [],
            "paragraphs": [
                "Scientists said on Tuesday they had found liquid water on Mars.",
                "The discovery raises hopes of finding life.",
            ],
        },
    ),
    (
        "Guardian page: standfirst, byline without 'By' beside the date stamp",
        "Venice cruise liner row escalates\n\n"
        "Pro-tourism demonstrators plan rally but locals protest against vessels\n\n"
        "John Hooper in Rome\nguardian.co.uk, Tuesday 24 July 2012 06.00 BST\n\n"
        "A row in Venice over the cruise liners has intensified.\n",
        {
            "subtitle": "Pro-tourism demonstrators plan rally but locals protest against vessels",
            "date": "2012-07-24T06:00:00+01:00",
            "authors": ["John Hooper"],
            "paragraphs": ["A row in Venice over the cruise liners has intensified."],
        },
    ),
    (
        "CNN page: byline with a role, an updated stamp, a dateline with '--'",
        "Obama heads to Colorado\nBy Jessica Yellin, CNN Chief White House Correspondent\n"
        "updated 10:32 AM EDT, Tue July 24, 2012\n\n"
        "Aurora, Colorado (CNN) -- President Barack Obama traveled to Colorado on Sunday.\n",
        {
            "authors": ["Jessica Yellin"],
            "date": "2012-07-24T10:32:00-04:00",
            "updated": "2012-07-24T10:32:00-04:00",
            "dateline": "Aurora, Colorado",
            "agency": "CNN",
        },
    ),
    (
        "wire byline with a plural role line",
        "Kenya's farmers count cost of drought\nBy JOHN SMITH and MARY JONES\nAssociated Press Writers\n\n"
        "   NAIROBI, Kenya (AP) _ Farmers in Kenya are counting the cost of a drought\n"
        "that has withered crops across the country this year, officials said.\n"
        "   Second paragraph of the story begins here and is wrapped too.\n",
        {
            "authors": ["John Smith", "Mary Jones"],
            "dateline": "NAIROBI, Kenya",
            "agency": "AP",
            "paragraphs": [
                "NAIROBI, Kenya (AP) _ Farmers in Kenya are counting the cost of a drought "
                "that has withered crops across the country this year, officials said.",
                "Second paragraph of the story begins here and is wrapped too.",
            ],
        },
    ),
    (
        "TASS dateline with the agency between slashes, under a scraped header with a long URL",
        "ru-55\nru\n2018-11-02\nhttps://www.example.ru/politics/2018/11/02/may-zayavila-o-gotovnosti-k-"
        "peregovoram-po-brexit-s-evrosoyuzom-i-parlamentom.html\n"
        "Мэй заявила о готовности к переговорам\n\n"
        "ЛОНДОН, 2 ноября. /ТАСС/. Премьер-министр Великобритании заявила о готовности.\n",
        {"date": "2018-11-02", "dateline": "ЛОНДОН", "agency": "ТАСС", "language": "ru"},
    ),
    (
        "a language without vocabulary: dateparser reads its month",
        "Uudise pealkiri täna\n\n14. oktoober 2015\n\nSee artikkel selgitab, mis eile õhtul linnas juhtus.\n",
        {"date": "2015-10-14", "language": None},
    ),
    (
        "short lines under the headline are separate paragraphs, not wrapped text",
        "BRIEF: Markets rally\n\nStocks rose sharply on Monday.\nInvestors cheered the news.\n"
        "Oil prices fell.\n",
        {
            "paragraphs": [
                "Stocks rose sharply on Monday.",
                "Investors cheered the news.",
                "Oil prices fell.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[n for n, _, _ in CASES])
def test_layout(text: str, expected: dict[str, Any]) -> None:
    got = artparse.parse(text).to_dict()
    assert {key: got[key] for key in expected} == expected


@pytest.mark.parametrize(
    "lead",
    [
        "Angela Merkel (CDU) - die Kanzlerin sagte es.",
        "In Berlin (the capital) - officials met.",
        "(Ivaco Inc) said",
    ],
)
def test_a_party_or_an_aside_in_parentheses_is_no_dateline(lead: str) -> None:
    article = artparse.parse(f"Headline of the story\n\n{lead}\n")
    assert (article.dateline, article.agency) == (None, None)


def test_polish_abbreviated_photo_label() -> None:
    article = artparse.parse(
        "Nagłówek artykułu\n\nPrezydent w Warszawie. Fot. PAP\n\nTreść artykułu tutaj.\n"
    )
    assert [c.to_dict() for c in article.captions] == [{"text": "Prezydent w Warszawie.", "credit": "PAP"}]


def test_a_markdown_files_html_block_is_not_a_fragment() -> None:
    """Markdown allows raw HTML blocks; a .md file stays Markdown."""
    text = (
        '# Harbour bridge to close\n\n<div align="center">Map of the route</div>\n\nThe bridge will close.\n'
    )
    got = artparse.parse(text, source="post.md").to_dict()
    assert got["title"] == "Harbour bridge to close"
    assert got["paragraphs"][-1] == "The bridge will close."
