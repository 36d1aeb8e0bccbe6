"""Conventions of news pages copied from a browser (the ``web-copypaste`` layout family).

Each case is a small made-up article in one convention seen on two or more outlets; the
fields it names are what a real article of that convention requires. (Issue 13: related-story
lines, reader call-outs, stamps, standfirsts, captions and bylines of copied pages.)
"""

from __future__ import annotations

from typing import Any

import pytest

from artparse import parse
from artparse.rules.kicker import topic_label
from tests.test_rules import check

LEAD = "WASHINGTON (CNN) -- The first paragraph of the story says what happened on Tuesday."
SECOND = "The second paragraph of the story says more about it, and quotes an official."
THIRD = "The third paragraph closes the story with a last word from the officials."


def story(*lines: str) -> str:
    """A headline, then the lines as blocks separated by blank lines."""
    return "Officials weigh the plan for the harbour\n\n" + "\n\n".join(lines) + "\n"


# --- related stories' headlines in the body ------------------------------------------------

RELATED = [
    pytest.param(
        story(LEAD, SECOND, THIRD, "Five things we learned on election night"),
        {"paragraphs": [LEAD, SECOND, THIRD]},
        id="a link closing the copied page: the last line ends no sentence",
    ),
    pytest.param(
        story(LEAD, "More tributes stream in: 'Ride, Sally, Ride'", SECOND, THIRD),
        {"paragraphs": [LEAD, SECOND, THIRD]},
        id="a kicker of a few words and a quoted headline",
    ),
    pytest.param(
        story(LEAD, "With storm on the way, mayor tells tired residents to get off the road", SECOND, THIRD),
        {"paragraphs": [LEAD, SECOND, THIRD]},
        id="a related story's headline of fourteen words",
    ),
    pytest.param(
        story(LEAD, SECOND, "The panel reports in February. (Editing by Jane Roe)"),
        {"paragraphs": [LEAD, SECOND, "The panel reports in February. (Editing by Jane Roe)"]},
        id="guard: a last line holding a sentence's end stays body",
    ),
    pytest.param(
        story(LEAD, SECOND, "He said it was over."),
        {"paragraphs": [LEAD, SECOND, "He said it was over."]},
        id="guard: a short last sentence stays body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATED)
def test_related_story_lines(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- reader call-outs -------------------------------------------------------------------------

CALL_OUTS = [
    pytest.param(
        "Residents dig in as the storm hits\nBy Jane Roe, CNN\n\n"
        "Affected by the storm? Share your story with us on CNN iReport.\n\n"
        + story(LEAD, SECOND).partition("\n\n")[2],
        {"subtitle": None, "paragraphs": [LEAD, SECOND]},
        id="a call-out under the byline is no standfirst",
    ),
    pytest.param(
        story(LEAD, "Who's your hero of the year? Cast your vote!", SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="a call-out between paragraphs is no paragraph",
    ),
    pytest.param(
        story(LEAD, "Have you ever worked through a holiday? Leave a comment below.", SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="a question to the reader and a request to comment",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CALL_OUTS)
def test_reader_call_outs(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- date and author on one line --------------------------------------------------------------

DATE_BY = [
    pytest.param(
        "Phone maker adds a mode for children\nOctober 29, 2012 at 10:45 am by Jane Roe\n\n" + LEAD + "\n",
        {"authors": ["Jane Roe"], "date": "2012-10-29T10:45:00", "paragraphs": [LEAD]},
        id="a blog's date with its time, then by and the author",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATE_BY)
def test_date_then_byline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- date stamps with the page's furniture ----------------------------------------------------

HEADLINE = "Harbour plan approved after a long debate\n"
STAMPS = [
    pytest.param(
        HEADLINE + "Tuesday, 11.06.2012 / 11:00 AM / Prospects\nBy Jane Roe\n\n" + LEAD + "\n",
        {"date": "2012-11-06", "subtitle": None, "authors": ["Jane Roe"], "paragraphs": [LEAD]},
        id="date, time and the section's label, split by slashes",
    ),
    pytest.param(
        HEADLINE + "Features | 24 July 2012\nJane Roe\n\n" + LEAD + "\n",
        {"date": "2012-07-24", "paragraphs": [LEAD]},
        id="the column's name and the date, split by a bar",
    ),
    pytest.param(
        HEADLINE + "By Jane Roe\nNovember 6, 2012 |\n12:37 pm |\n\n" + LEAD + "\n",
        {"date": "2012-11-06", "authors": ["Jane Roe"], "paragraphs": [LEAD]},
        id="the date's time on a line of its own",
    ),
    pytest.param(
        HEADLINE + "by Jane Roe\nJuly 24, 2012 7:26 AM PDT Follow @janeroe\n\n" + LEAD + "\n",
        {"date": "2012-07-24T07:26:00-07:00", "paragraphs": [LEAD]},
        id="a follow button beside the stamp",
    ),
    pytest.param(
        HEADLINE + "By Jane Roe|Posted Tuesday, Nov. 13, 2012, at 2:50 PM ET\n\n" + LEAD + "\n",
        {"authors": ["Jane Roe"], "date": "2012-11-13T14:50:00", "paragraphs": [LEAD]},
        id="guard: a byline beside the stamp is no section label",
    ),
    pytest.param(
        HEADLINE + "Jane Roe | July 24, 2012\n\n" + LEAD + "\n",
        {"date": None},
        id="guard: a name beside the date is no section label",
    ),
    pytest.param(
        HEADLINE + "By Jane Roe\n14. Januar 2020, 9:21 Uhr 57 Kommentare\n\n" + LEAD + "\n",
        {"date": "2020-01-14T09:21:00", "paragraphs": [LEAD]},
        id="the count of comments beside the stamp",
    ),
    pytest.param(
        HEADLINE + "By Jane Roe\nJuly 24, 2012 | 5 Comments\n\n" + LEAD + "\n",
        {"date": "2012-07-24", "paragraphs": [LEAD]},
        id="a blog's post meta: the date and its comment count",
    ),
    pytest.param(
        HEADLINE + "By Jane Roe\n\nOn July 24, 2012 the council read 57 comments\n\n" + LEAD + "\n",
        {"date": None},
        id="guard: a line that counts comments in words is no stamp",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STAMPS)
def test_date_stamps(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- lead photo captions with no credit -------------------------------------------------------

CAPTIONS = [
    pytest.param(
        "July 24, 2012 10:09 AM\n\nExplosion levels home in a lakeside town\n\n"
        "Firefighters work the scene after an explosion July 24, 2012, in Wilson, N.Y.\n"
        "Updated at 11:31 a.m. ET\n\n"
        "(AP) WILSON, N.Y. - An early morning blast leveled a house on Tuesday, officials said.\n",
        {
            "captions": [
                {
                    "text": "Firefighters work the scene after an explosion July 24, 2012, in Wilson, N.Y.",
                    "credit": None,
                }
            ],
            "subtitle": None,
            "date": "2012-07-24T10:09:00",
            "dateline": "WILSON, N.Y.",
            "paragraphs": [
                "(AP) WILSON, N.Y. - An early morning blast leveled a house on Tuesday, officials said."
            ],
        },
        id="an AP caption ends with the photo's date and place; an update stamp under it",
    ),
]


PICTURED = "The president, pictured with supporters in Chicago on Wednesday night."
PLAIN = "The president thanked his supporters in Chicago on Wednesday night."
CAPTIONS += [
    pytest.param(
        f"Obama wins second term as voters reject Romney\n\n{PICTURED}\nBy Jane Roe\n\n{SECOND}\n",
        {"captions": [{"text": PICTURED, "credit": None}], "subtitle": None, "authors": ["Jane Roe"]},
        id="a caption over the byline, with no standfirst",
    ),
    pytest.param(
        f"Obama wins second term as voters reject Romney\n\n{PLAIN}\nBy Jane Roe\n\n{SECOND}\n",
        {"captions": [], "subtitle": PLAIN, "authors": ["Jane Roe"]},
        id="guard: a line over the byline that does not say it is a caption is the standfirst",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS)
def test_lead_captions(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- standfirst or lead above the lead photo -------------------------------------------------

DEK = "Police are still searching for the harbour master. The mayor expects news soon."
PHOTO = "The harbour at dawn on Monday. Photograph: Jane Roe/Getty Images"
BODY = "As police continue to investigate, the town council met on Monday evening to discuss it."
STANDFIRSTS = [
    pytest.param(
        f"Search for harbour master goes on\n\n{DEK}\n\n{PHOTO}\n\n{BODY}\n",
        {"subtitle": DEK, "paragraphs": [BODY]},
        id="a standfirst of two sentences over the lead photo's caption",
    ),
    pytest.param(
        f"Search for harbour master goes on\n\n{DEK} A third sentence says more.\n\n{PHOTO}\n\n{BODY}\n",
        {"subtitle": None, "paragraphs": [f"{DEK} A third sentence says more.", BODY]},
        id="guard: a lead of three sentences over the photo stays body",
    ),
]


CHEERS = "President Barack Obama waves to supporters in Chicago on Wednesday, November 7, 2012."
STANDFIRSTS += [
    pytest.param(
        "Obama wins second term as voters reject Romney\n"
        "Voters rejected the challenger in a close race across the swing states.\n\n"
        f"{CHEERS}\n"
        f"By Jane Roe, CNN\nupdated 5:15 PM EST, Wed November 7, 2012\n\n{LEAD}\n",
        {
            "subtitle": "Voters rejected the challenger in a close race across the swing states.",
            "captions": [{"text": CHEERS, "credit": None}],
            "authors": ["Jane Roe"],
            "date": "2012-11-07T17:15:00-05:00",
            "paragraphs": [LEAD],
        },
        id="a standfirst over the lead photo's caption and the byline under it",
    ),
    pytest.param(
        f"Obama wins second term as voters reject Romney\n{DEK}\n\n{BODY}\nBy Jane Roe\n\n{SECOND}\n",
        {"subtitle": None, "paragraphs": [DEK, BODY, SECOND]},
        id="guard: the lead over a paragraph and a byline stays body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), STANDFIRSTS)
def test_standfirst_over_the_lead_photo(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a section or topic label between the headline block and the body ------------------------

LONG_LEAD = (
    "While relatives of the victims look for answers, the trial will ask what the accused knew and when."
)
LABELS = [
    pytest.param(
        "July 24, 2012 7:07 AM\n\nTwo former editors charged in the hacking scandal\n\n\n"
        f"Hacking in Crisis\n\n{LEAD}\n\n{SECOND}\n",
        {"paragraphs": [LEAD, SECOND], "subtitle": None},
        id="the story's topic under the headline",
    ),
    pytest.param(
        "Trial may not shed much light on the motive\nBy Jane Roe, NBC News contributor\n\n"
        f"ANALYSIS\n\n{LONG_LEAD}\n",
        {"paragraphs": [LONG_LEAD], "authors": ["Jane Roe"]},
        id="the column's kind under the byline",
    ),
    pytest.param(
        f"Trial may not shed much light on the motive\nBy Jane Roe\n\nDENVER --\n\n{LONG_LEAD}\n",
        {"paragraphs": [LONG_LEAD], "dateline": "DENVER"},
        id="guard: a dateline on its own line is no label, but the dateline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELS)
def test_label_over_the_body(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a credit-only line under a caption -------------------------------------------------------

WAVES = "The president waves to supporters in Chicago on Wednesday night."
CREDIT_LINES = [
    pytest.param(
        f"Obama wins a second term\n\n{WAVES}\nGetty Images\n\n{LEAD}\n",
        {"captions": [{"text": WAVES, "credit": "Getty Images"}], "authors": [], "subtitle": None},
        id="the lead photo's caption over a picture agency's line",
    ),
    pytest.param(
        story(LEAD, WAVES, "AFP via Getty Images", SECOND),
        {"paragraphs": [LEAD, WAVES, SECOND]},
        id="guard: a picture agency's line in the body is no paragraph",
    ),
    pytest.param(
        f"Obama wins a second term\n\n{WAVES}\nReuters\n\n{SECOND}\n",
        {"captions": [], "agency": "Reuters"},
        id="guard: a wire agency's line under the dek is the wire's byline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_LINES)
def test_credit_only_lines(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- navigation above the headline ------------------------------------------------------------

HEADED = "Obama wins second term as voters reject Romney\nBy Jane Roe\n\n" + SECOND + "\n"
NAVIGATION = [
    pytest.param(
        "Home > News > World\n\n" + HEADED,
        {"title": "Obama wins second term as voters reject Romney", "paragraphs": [SECOND]},
        id="a breadcrumb trail",
    ),
    pytest.param(
        "Home | News | Sport | Weather\n\n" + HEADED,
        {"title": "Obama wins second term as voters reject Romney", "paragraphs": [SECOND]},
        id="a menu bar",
    ),
    pytest.param(
        "Obama wins second term | Daily Courier\n\n" + SECOND + "\n",
        {"title": "Obama wins second term"},
        id="guard: a page title with its site is the headline, not a menu",
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAVIGATION)
def test_navigation_above_the_headline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a feed's desk credit over the story's own byline -----------------------------------------

DESKS = [
    pytest.param(
        story("By: Harbour Wire", "Posted at 2013-12-30T14:42:01-0700", "By Jane Roe", LEAD, SECOND),
        {"authors": ["Jane Roe"]},
        id="a feed's credit over the writer's byline",
    ),
    pytest.param(
        story("By: Harbour Wire", "Posted at 2013-12-30T14:42:01-0700", LEAD, SECOND),
        {"authors": ["Harbour Wire"]},
        id="a feed's credit alone signs the story",
    ),
    pytest.param(
        story("By Jane Roe and Harbour Desk", LEAD, SECOND),
        {"authors": ["Jane Roe"]},
        id="a desk beside a person on one byline",
    ),
    pytest.param(
        story("By Jane Roe and Tom Wire", LEAD, SECOND),
        {"authors": ["Jane Roe", "Tom Wire"]},
        id="two people, one surnamed like a desk noun, are both authors",
        marks=pytest.mark.xfail(strict=True, reason="a surname that is a desk noun reads as a desk"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), DESKS)
def test_desk_credits(text: str, expected: dict[str, Any]) -> None:
    """A station page carrying a wire story prints the feed's credit ("By: CNN Wire") over the
    story's own byline: a desk stands as the author only when no byline names a person."""
    check(text, expected)


# --- a standfirst in a block of its own between the head and the body ---------------------------

INTRO = "A new scheme will let residents borrow bicycles from the harbour office for free."
LONGER = (
    "The council approved the scheme on Monday after a trial last summer. Forty bicycles will be "
    "kept at the office, and residents can borrow one for a day with a library card."
)
MORE = "The office opens at eight and closes at six, every day except Sunday."
WIDER_GAP = [
    pytest.param(
        story("By Jane Roe") + f"\n\n\n{INTRO}\n\n{LONGER}\n\n{MORE}\n\n{THIRD}\n",
        {"subtitle": INTRO, "authors": ["Jane Roe"], "paragraphs": [LONGER, MORE, THIRD]},
        id="a standfirst under the byline, set off by a wider gap",
    ),
    pytest.param(
        story("By Jane Roe", "July 30, 2019", "Write a comment", "Share this article:")
        + f"\n\n{INTRO}\n\n{LONGER}\n\n{MORE}\n\n{THIRD}\n",
        {"subtitle": INTRO, "paragraphs": [LONGER, MORE, THIRD]},
        id="a standfirst under the head's buttons, set off by a wider gap",
    ),
    pytest.param(
        story("By Jane Roe") + f"\n\n\n{LONGER}\n\n{MORE}\n\n{THIRD}\n",
        {"subtitle": None, "paragraphs": [LONGER, MORE, THIRD]},
        id="guard: a lead of several sentences under the wider gap stays body",
    ),
    pytest.param(
        story("By Jane Roe") + f"\n\n\n{INTRO}\n\n{MORE}\n\n{THIRD}\n",
        {"subtitle": None, "paragraphs": [INTRO, MORE, THIRD]},
        id="guard: a one-sentence lead over a shorter paragraph stays body",
    ),
    pytest.param(
        story("By Jane Roe") + f"\n\n\n{INTRO}\n\n{LONGER}\n\n\n\n{MORE}\n\n\n\n{THIRD}\n",
        {"subtitle": None, "paragraphs": [INTRO, LONGER, MORE, THIRD]},
        id="guard: a body whose paragraphs all stand under wide gaps has no standfirst",
    ),
]


@pytest.mark.parametrize(("text", "expected"), WIDER_GAP)
def test_standfirst_under_a_wider_gap(text: str, expected: dict[str, Any]) -> None:
    """Threatpost and WIRED UK set the standfirst in a container of its own between the head
    and the body: the converter leaves a wider gap above it than between the paragraphs."""
    check(text, expected)


# --- a byline of several names under the lead ------------------------------------------------

BYLINES_UNDER_LEAD = [
    pytest.param(
        story(LEAD + "\nBy CNN's Jane Roe, Tom Miles, Ann Marie Poe, and Richard Alan Miles", SECOND),
        {
            "authors": ["Jane Roe", "Tom Miles", "Ann Marie Poe", "Richard Alan Miles"],
            "paragraphs": [LEAD, SECOND],
        },
        id="four writers and the serial comma under the lead",
    ),
    pytest.param(
        story(LEAD, "By Tuesday the Harbour Office and the Ferry Desk expect to open the new quay", SECOND),
        {"authors": []},
        id="guard: a line opening with by in a sentence names nobody",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BYLINES_UNDER_LEAD)
def test_a_byline_under_the_lead(text: str, expected: dict[str, Any]) -> None:
    """NBC's and Electronista's copied pages print the byline under the lead paragraph; a long
    one lists several writers, the last after a serial comma's "and"."""
    check(text, expected)


# --- a line set apart from the paragraphs by wider gaps ----------------------------------------

NAMED = "Jane Roe was named harbour master by the town council on Tuesday."
SET_APART = [
    pytest.param(
        "Officials weigh the plan for the harbour\n\n"
        + LEAD
        + "\n\n\n"
        + NAMED
        + "\n\n\n"
        + SECOND
        + "\n\n"
        + THIRD
        + "\n",
        {"captions": [{"text": NAMED, "credit": None}], "paragraphs": [LEAD, SECOND, THIRD]},
        id="a sentence two blank lines away on each side, paragraphs one apart: the picture's caption",
    ),
    pytest.param(
        "Officials weigh the plan for the harbour\n\n"
        + LEAD
        + "\n\n"
        + NAMED
        + "\n\n"
        + SECOND
        + "\n\n"
        + THIRD
        + "\n",
        {"captions": [], "paragraphs": [LEAD, NAMED, SECOND, THIRD]},
        id="guard: the same sentence one blank line away is a paragraph",
    ),
    pytest.param(
        "Officials weigh the plan for the harbour\n\n\n" + "\n\n\n".join((LEAD, NAMED, SECOND, THIRD)) + "\n",
        {"captions": [], "paragraphs": [LEAD, NAMED, SECOND, THIRD]},
        id="guard: in text that sets every paragraph two blank lines apart, a paragraph",
    ),
    pytest.param(
        "---\ntitle: Officials weigh the plan for the harbour\n---\n\n"
        + LEAD
        + "\n\n"
        + NAMED.replace(" by ", "\nby ")
        + "\n\n"
        + SECOND
        + "\n\n"
        + THIRD
        + "\n",
        {"captions": [], "paragraphs": [LEAD, NAMED, SECOND, THIRD]},
        id="guard: a Markdown paragraph's wrapped lines are no gap",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SET_APART)
def test_set_apart_captions(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- calls to follow the outlet on a social platform ------------------------------------------

FOLLOW_US = [
    pytest.param(
        story(LEAD, SECOND, "(For the latest updates, follow the Courier on Facebook and Twitter.)", THIRD),
        {"paragraphs": [LEAD, SECOND, THIRD]},
        id="a call in parentheses after a clause",
    ),
    pytest.param(
        story(LEAD, "Все новости в Телеграме — следите за нами!", SECOND, THIRD),
        {"paragraphs": [LEAD, SECOND, THIRD]},
        id="a call between paragraphs, the platform in Cyrillic and inflected",
    ),
    pytest.param(
        story(LEAD, SECOND, "Fans were told to follow the singer on Instagram."),
        {"paragraphs": [LEAD, SECOND, "Fans were told to follow the singer on Instagram."]},
        id="guard: a sentence that reports a following is body",
    ),
    pytest.param(
        story(LEAD, SECOND, "Facebook and Twitter did not reply, and neither would follow up."),
        {"paragraphs": [LEAD, SECOND, "Facebook and Twitter did not reply, and neither would follow up."]},
        id="guard: platforms named in a sentence with no call",
    ),
    pytest.param(
        story(LEAD, SECOND, "Follow-up surveys of Facebook users found the same."),
        {"paragraphs": [LEAD, SECOND, "Follow-up surveys of Facebook users found the same."]},
        id="guard: a call's word inside a longer word is no call",
    ),
]


@pytest.mark.parametrize(("text", "expected"), FOLLOW_US)
def test_calls_to_follow_the_outlet(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a long standfirst set tight on the byline ----------------------------------------------------

_TEASERS = " ".join(
    f"Item {n}: the council weighs another part of the harbour plan before the vote…" for n in range(1, 7)
)
_BYLINE = "By Jane Roe, Tom Miles and Ann Poe"

LONG_DEK_ON_BYLINE = [
    pytest.param(
        f"Morning notes: the harbour vote\n\n{_TEASERS}\n{_BYLINE}\n\n{SECOND}\n\n{THIRD}\n",
        {
            "subtitle": _TEASERS,
            "paragraphs": [SECOND, THIRD],
            "authors": ["Jane Roe", "Tom Miles", "Ann Poe"],
        },
        id="a run of teasers over 400 characters directly on the byline",
    ),
    pytest.param(
        f"Morning notes: the harbour vote\n\n{_TEASERS}\n\n{_BYLINE}\n\n{SECOND}\n\n{THIRD}\n",
        {"subtitle": None, "paragraphs": [_TEASERS, SECOND, THIRD]},
        id="guard: a long line set apart from the byline stays the lead",
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONG_DEK_ON_BYLINE)
def test_long_standfirst_on_the_byline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- the writer's contact link after the byline's name ------------------------------------------

CONTACT_LINKS = [
    pytest.param(
        story("    By Jane RoeEmail Author\n    May 3, 2012 |", LEAD, SECOND),
        {"authors": ["Jane Roe"]},
        id="an email link glued to the name",
    ),
    pytest.param(
        "Der Hafen bekommt eine neue Brücke\n\nVon Anna BergerE-Mail an die Autorin\n\n"
        "Die Stadt hat am Dienstag den Bau einer neuen Brücke über den Hafen beschlossen.\n\n"
        "Die Arbeiten sollen im März beginnen und etwa sechs Monate dauern.\n",
        {"authors": ["Anna Berger"]},
        id="a German contact link glued to the name",
    ),
    pytest.param(
        story("By Jane Roe", LEAD, "The harbour office named the engineer who wrote to Jane Roe", SECOND),
        {"authors": ["Jane Roe"]},
        id="a byline without the link is read as before",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONTACT_LINKS)
def test_contact_links_after_the_byline(text: str, expected: dict[str, Any]) -> None:
    """Pages set a link to write to the writer right after the byline's name (Wired's "Email
    Author", Search Engine Journal's author box): the link's words are no part of the name."""
    check(text, expected)


# --- a partner's or sponsor's credit whose logo was dropped ---------------------------------------

SPONSOR_LABELS = [
    pytest.param(
        story("By Jane Roe", LEAD, "In partnership with", SECOND, THIRD),
        {"rules": ["title", "byline", "paragraph", "furniture", "paragraph", "paragraph"]},
        id="a partner credit alone between the paragraphs",
    ),
    pytest.param(
        "Der Hafen bekommt eine neue Brücke\n\nVon Anna Berger\n\nIn Zusammenarbeit mit:\n\n"
        "Die Stadt hat am Dienstag den Bau einer neuen Brücke über den Hafen beschlossen.\n\n"
        "Die Arbeiten sollen im März beginnen und etwa sechs Monate dauern.\n",
        {
            "paragraphs": [
                "Die Stadt hat am Dienstag den Bau einer neuen Brücke über den Hafen beschlossen.",
                "Die Arbeiten sollen im März beginnen und etwa sechs Monate dauern.",
            ]
        },
        id="a German partner credit with its colon",
    ),
    pytest.param(
        story(
            "By Jane Roe", LEAD, "In partnership with the port authority, the city will run a ferry.", SECOND
        ),
        {"paragraphs": [LEAD, "In partnership with the port authority, the city will run a ferry.", SECOND]},
        id="a sentence opening with the words stays text",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SPONSOR_LABELS)
def test_sponsor_labels_without_their_logo(text: str, expected: dict[str, Any]) -> None:
    """A partner's or sponsor's credit whose name is a logo stands alone once the logo is dropped
    (The Intercept's "In partnership with", the New York Times' "Supported by"): the page's."""
    check(text, expected)


@pytest.mark.parametrize(
    "note",
    [
        "Reprinted with permission from the Harbour Courier.",
        "Article posted with permission from Jane Roe",
        "Republished with permission of the author.",
    ],
)
def test_a_reprint_permission_note_is_the_pages(note: str) -> None:
    """Syndicated and reprinted pieces close with the credit their terms ask for."""
    check(story(LEAD, SECOND, note), {"paragraphs": [LEAD, SECOND]})


def test_a_sentence_about_permission_stays_body() -> None:
    line = "The mayor said the festival was reprinted in the programme with permission from the council."
    check(story(LEAD, SECOND, line), {"paragraphs": [LEAD, SECOND, line]})


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            HEADLINE
            + "Analysis\n\nBy Jane Roe\n\n"
            + "Updated 5:15 PM EST, Wed November 7, 2012\n\n"
            + LEAD
            + "\n",
            {"authors": ["Jane Roe"], "date": "2012-11-07T17:15:00-05:00", "paragraphs": [LEAD]},
            id="a genre label above the byline and the date",
        ),
        pytest.param(
            HEADLINE + "Opinion\n\n" + LEAD + "\n",
            {"paragraphs": [LEAD]},
            id="a genre label above the lead",
        ),
        pytest.param(
            HEADLINE + "He said no.\n\nBy Jane Roe\n\n" + LEAD + "\n",
            {"paragraphs": ["He said no.", LEAD]},
            id="guard: a sentence above the byline is no label",
        ),
    ],
)
def test_a_label_in_the_head(text: str, expected: dict[str, Any]) -> None:
    """NBC News' "ANALYSIS", CNN's "Analysis", the Guardian's "Opinion": a genre label under the
    headline, over the lead or over the rest of the head (byline, date)."""
    check(text, expected)


SECTION_STAMP_HEADLINE = (
    "The city council approved a new bridge over the river on Tuesday evening after a long debate."
)


@pytest.mark.parametrize(
    ("stamps", "date", "update"),
    [
        ("14.10.2015 13:33 · Updated: 14.10.2015 13:43", "2015-10-14T13:33:00", "2015-10-14T13:43:00"),
        ("14.10.2015 13:33 ・ Päivitetty: 14.10.2015 13:43", "2015-10-14T13:33:00", "2015-10-14T13:43:00"),
        ("Published July 7, 2015 • Updated March 26, 2016", "2015-07-07", "2016-03-26"),
    ],
)
def test_a_section_over_stamps_split_by_a_middle_dot(stamps: str, date: str, update: str) -> None:
    """Blog and magazine themes set the published and updated stamps side by side split by a
    middle dot or a bullet ("Published July 7, 2015 · Updated March 26, 2026"; Demokraatti's
    "13:33 ・ Päivitetty: …"), under the section's label and over the headline."""
    text = f"Politics\n{stamps}\nCity council approves a new bridge\n{SECTION_STAMP_HEADLINE}\n"
    check(
        text,
        {
            "title": "City council approves a new bridge",
            "date": date,
            "updated": update,
            "rules": ["kicker", "date_line", "title", "paragraph"],
        },
    )


def test_a_middle_dot_in_a_sentence_is_no_stamp_split() -> None:
    text = (
        "City council approves a new bridge\n\nIt costs 10 · 2 million, said the mayor on 14.10.2015 13:33.\n"
    )
    check(text, {"date": None, "rules": ["title", "paragraph"]})


@pytest.mark.parametrize(
    ("caption", "credit"),
    [
        (
            "The new bridge will stand in the city centre. MATTI VIRTANEN / LEHTIKUVA",
            "MATTI VIRTANEN / LEHTIKUVA",
        ),
        ("The new bridge will stand in the city centre. Kari Nordmann / NTB", "Kari Nordmann / NTB"),
        ("The new bridge will stand in the city centre. Mario Rossi/ANSA", "Mario Rossi/ANSA"),
    ],
)
def test_a_photographers_credit_naming_a_wire_or_national_picture_agency(caption: str, credit: str) -> None:
    """Finnish papers credit "EMMI KORHONEN / STT-LEHTIKUVA" in capitals, the Nordic wires'
    picture services ("/ NTB", "/TT", Ritzau Scanpix) and the wires themselves ("Name/ANSA",
    "Name/EFE") close captions as Getty and Reuters do."""
    text = f"City council approves a new bridge\n\n{caption}\n\n{SECTION_STAMP_HEADLINE}\n"
    check(text, {"captions": [{"text": "The new bridge will stand in the city centre.", "credit": credit}]})


POST_LEAD = "The old bridge over the river was built in 1955 and closes for weeks every winter."


@pytest.mark.parametrize(
    "head",
    [
        "Jane Doe\nOct 14, 2015\n12\n3\nShare\n",  # Substack: likes, comments, the share button
        "Jane Doe\nFollow\n5 min read\n·\nOct 14, 2015\n1.2K\n",  # Medium: follow button, claps
    ],
)
def test_a_blog_platforms_counters_and_follow_button_in_the_head(head: str) -> None:
    """Substack sets the likes and comments counts under the date, Medium the writer's
    "Follow" button and the claps: copied without their icons they are bare numbers and a
    word, the page's, not the story's."""
    text = f"Why the city needs a new bridge\n{head}\n{POST_LEAD}\n"
    check(text, {"authors": ["Jane Doe"], "date": "2015-10-14", "paragraphs": [POST_LEAD]})


def test_a_number_going_on_from_the_line_above_is_no_counter() -> None:
    """Guard: a hard-wrapped lead may carry a year onto a line of its own."""
    text = (
        "Bank extends loans\n\n"
        "CHICAGO, March 2 - The company said its bank lenders agreed\n"
        "to extend its secured loan agreement through June 30,\n"
        "1987.\n"
        "The agreement covers about 9.5 mln dlrs in short term\n"
        "debt, the company said in a statement on Monday night.\n"
    )
    assert "1987." in parse(text).paragraphs[0]


@pytest.mark.parametrize(
    ("bar", "language_lead"),
    [
        ("Share this article\nFacebook\nTwitter\n", POST_LEAD),
        (
            "Dela artikeln\nFacebook\nX\n",
            "Regeringen satsar tre miljarder kronor på en ny järnväg i norra Sverige.",
        ),
        (
            "Deel artikel:\nWhatsApp\nE-mail\n",
            "Het kabinet trekt 300 miljoen euro extra uit voor een nieuwe spoorlijn.",
        ),
    ],
)
def test_a_share_bars_buttons_without_list_marks(bar: str, language_lead: str) -> None:
    """Copied share bars keep each button's label on its own line under the bar's label."""
    check(f"Headline of the story\n\n{language_lead}\n\n{bar}", {"paragraphs": [language_lead]})


def test_a_platforms_name_in_the_story_stays_body() -> None:
    """Guard: a platform's name on its own line under a paragraph is no share button."""
    text = f"Headline of the story\n\n{POST_LEAD}\n\nFacebook\n\nThe company said it would look into it.\n"
    kinds = {block.text: block.kind for block in parse(text).blocks}
    assert kinds["Facebook"] != "furniture"


WALL_LEAD = "Le conseil municipal a voté mardi la construction d'un nouveau pont sur le fleuve."


WALL_LEAD_DE = "Der Stadtrat hat am Dienstag den Bau einer neuen Brücke über den Fluss beschlossen."


@pytest.mark.parametrize(
    ("lead", "wall"),
    [
        (  # Le Monde: its note over its sign-in lines
            WALL_LEAD,
            "Il vous reste 74.1% de cet article à lire. La suite est réservée aux abonnés.\n\n"
            "Vous lisez déjà ce journal sur un autre appareil.\n\nContinuer à lire ici\n",
        ),
        (  # junge Welt: an offer's heading, a paragraph praising the paper, the trial's terms
            WALL_LEAD_DE,
            "Vier Wochen kostenlos lesen\n\n"
            "Unsere Zeitung berichtet jeden Tag aus der Stadt und aus aller Welt, unabhängig.\n\n"
            "Testen Sie uns jetzt vier Wochen lang, danach endet das Probeabo automatisch.\n",
        ),
    ],
)
def test_a_paywalls_note_or_offer_and_the_lines_under_it_are_the_pages(lead: str, wall: str) -> None:
    """A paywall prints its note ("Il vous reste N% de cet article à lire") or its trial's offer
    where it cut the story; the lines under it, to the page's end, are the wall's."""
    check(f"Headline of the story\n\n{lead}\n\n{wall}", {"paragraphs": [lead]})


def test_an_offer_in_the_middle_of_a_story_takes_only_its_line() -> None:
    """Guard: an offer's heading with the story going on under it is one line of furniture."""
    lead = WALL_LEAD_DE
    rest = [f"Der {n}. Absatz erzählt die Geschichte der Brücke weiter, Satz für Satz." for n in range(2, 8)]
    text = (
        f"Neue Brücke über den Fluss\n\n{lead}\n\nVier Wochen kostenlos lesen\n\n" + "\n\n".join(rest) + "\n"
    )
    check(text, {"paragraphs": [lead, *rest]})


@pytest.mark.parametrize(
    ("menu", "rules"),
    [
        ("Home\nLocal\nSports\n", ["kicker"] * 3),
        ("Skip to main content\nMenu\nSearch\nSign in\nSubscribe\nNews\n", ["furniture", *["kicker"] * 5]),
    ],
)
def test_a_sites_menu_between_the_pages_title_and_the_headline(menu: str, rules: list[str]) -> None:
    """A whole page's text (Common Crawl's WET records, a select-all copy) opens with the
    page's <title>, then the menu's items and tools, then the headline again."""
    text = (
        f"Ferry service resumes after storms | Harbour News\n{menu}"
        "Ferry service resumes after storms\nBoats are running again after a week of gales\nBy Jane Roe\n\n"
        "The ferry service resumed on Tuesday after a week of storms, the operator said.\n"
    )
    check(
        text,
        {
            "title": "Ferry service resumes after storms",
            "subtitle": "Boats are running again after a week of gales",
            "authors": ["Jane Roe"],
            "paragraphs": ["The ferry service resumed on Tuesday after a week of storms, the operator said."],
            "rules": ["title", *rules, "repeated_title", "subtitle", "byline", "paragraph"],
        },
    )


def test_short_lines_under_the_title_with_no_headline_again_stay() -> None:
    """Guard: short lines under a title that is not repeated are no menu."""
    text = "Ferry service resumes\nHome\nLocal\n\nThe ferry service resumed on Tuesday, the operator said.\n"
    assert parse(text).title == "Ferry service resumes"
    assert "kicker" not in {b.rule for b in parse(text).blocks if b.text == "Local"}


@pytest.mark.parametrize("button", ["Copy Link copied", "* Copy Link URLCopied!", "Link Copied"])
def test_a_copy_link_button_with_its_confirmation(button: str) -> None:
    """AP's "Copy Link copied", the LA Times' "Copy Link URLCopied!": the button and the
    confirmation it shows once pressed, under the share bar's label."""
    text = f"Headline of the story\n\n{POST_LEAD}\n\nShare\n{button}\nEmail\n"
    check(text, {"paragraphs": [POST_LEAD]})


# --- a story's tools box, a short dek over the head, a box of links, a dashed sign-off ----------

TOOLS_LEAD = "The ferry service resumed on Tuesday after a week of storms, the operator said."
TOOLS_SECOND = "Passengers queued from dawn, and the first crossing left on time."

TOOLS = [
    pytest.param(
        "Ferry service resumes after storms\nBy Jane Roe\nEmail story\nPrint\nChoose text size\n"
        f"Report typo or correction\n\n{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n",
        {"paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="a tools box, one button a line (Toronto Star)",
    ),
    pytest.param(
        f"Ferry service resumes after storms\nBy Jane Roe\nEmail|Print| Text size – +\n\n{TOOLS_LEAD}\n\n"
        f"{TOOLS_SECOND}\n",
        {"paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="a tool bar between pipes (Boston Globe)",
    ),
    pytest.param(
        "Updated: Monday, 14 January 2008, 17:52 GMT\nE-mail this to a friend\tPrintable version\n"
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n",
        {"title": "Ferry service resumes after storms", "paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="a tool bar of two table cells is no headline (BBC)",
    ),
    pytest.param(
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\n\nEmail print shops were shut for the week.\n",
        {"paragraphs": [TOOLS_LEAD, "Email print shops were shut for the week."]},
        id="guard: a sentence that opens with button words stays body",
    ),
    pytest.param(
        story(LEAD, SECOND, THIRD, "E-mail This Article\nPrint Version"),
        {"authors": [], "paragraphs": [LEAD, SECOND, THIRD]},
        id="the e-mail and print links under the story sign nothing (Voice of America)",
    ),
    pytest.param(
        story(LEAD, SECOND, THIRD, "Jane Roe\nJohn Doe"),
        {"authors": ["Jane Roe", "John Doe"], "paragraphs": [LEAD, SECOND, THIRD]},
        id="guard: two names closing the story still sign it",
    ),
    pytest.param(
        story(LEAD, SECOND, "More Articles in Business »"),
        {"paragraphs": [LEAD, SECOND]},
        id="a section's box of other stories under the story (New York Times, Belfast Telegraph)",
    ),
    pytest.param(
        story(LEAD, "Editors ran more articles in Business this year than in any year before."),
        {"paragraphs": [LEAD, "Editors ran more articles in Business this year than in any year before."]},
        id="guard: a sentence with the words inside it stays body",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOOLS)
def test_a_storys_tools_box(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CAPTION_LINE = (
    "Workers load the first ferry at the harbour on Tuesday as passengers wait in line. (Jim Roe/Staff)"
)
HEADLINE = "Ferry service resumes on the coast"
SHORT_DEK = [
    pytest.param(
        f"{HEADLINE}\nOperator blames the storms\n{CAPTION_LINE}\nEmail|Print\nBy Jane Roe\n\n"
        f"{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n",
        {
            "subtitle": "Operator blames the storms",
            "authors": ["Jane Roe"],
            "paragraphs": [TOOLS_LEAD, TOOLS_SECOND],
        },
        id="a short dek over the caption, the tools and the byline (Boston Globe)",
    ),
    pytest.param(
        f"{HEADLINE}\nOperator Blames The Storms\n{CAPTION_LINE}\nBy Jane Roe\n\n{TOOLS_LEAD}\n",
        {"subtitle": None},
        id="guard: a line in headline case under the headline is no dek",
    ),
    pytest.param(
        f"{HEADLINE}\nThe operator blames the storms.\n\n{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n",
        {"subtitle": None},
        id="guard: a short sentence over the body, no byline under it, is no dek",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_DEK)
def test_a_short_dek_over_the_rest_of_the_head(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_role_and_date_line_is_no_caption() -> None:
    """Guard: "Staff / date" under the byline ends with a date but says nothing a photo shows."""
    text = (
        f"Ferry service resumes on the coast\nOperator blames the storms\n{CAPTION_LINE}\nBy Jane Roe\n"
        f"Herald Staff / January 15, 2008\n\n{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n"
    )
    assert [c["text"] for c in parse(text).to_dict()["captions"]] == [CAPTION_LINE.rpartition(" (")[0]]


BOX = [
    pytest.param(
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\n\nRelated Stories\nCan the ferries cope?\n"
        f"Storm closes the harbour\nMost read\nHarbour fees go up\n{TOOLS_SECOND}\n",
        {"paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="a box of links set tight between two paragraphs (ABC News)",
    ),
    pytest.param(
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\nRelated Links\nStorm closes the harbour\n\n"
        f"{TOOLS_SECOND}\n",
        {"paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="a box of one link over a blank line (Times Online), as before",
    ),
    pytest.param(
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\n\nRelated\n{TOOLS_SECOND}\n",
        {"paragraphs": [TOOLS_LEAD, TOOLS_SECOND]},
        id="guard: a heading with a paragraph under it keeps the paragraph",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BOX)
def test_a_box_of_links_inside_the_story(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


SIGN_OFFS = [
    pytest.param(
        "- REUTERS\n\nEmail this story Print this story\n",
        [TOOLS_LEAD, TOOLS_SECOND],
        id="over the tools (NZ Herald)",
    ),
    pytest.param("- AAP\n", [TOOLS_LEAD, TOOLS_SECOND], id="the last line (The Australian)"),
    pytest.param("-- Reuters\n", [TOOLS_LEAD, TOOLS_SECOND], id="after a double dash"),
    pytest.param(
        "- AP\n\nThe harbour reopens on Friday.\n",
        [TOOLS_LEAD, TOOLS_SECOND, "- AP", "The harbour reopens on Friday."],
        id="guard: a dashed name with the story going on under it stays",
    ),
]


@pytest.mark.parametrize(("tail", "paragraphs"), SIGN_OFFS)
def test_a_wire_sign_off_after_a_dash(tail: str, paragraphs: list[str]) -> None:
    check(
        f"Ferry service resumes after storms\n\n{TOOLS_LEAD}\n\n{TOOLS_SECOND}\n\n{tail}",
        {"paragraphs": paragraphs},
    )


# --- a tool bar's labels on one line (held-out 2008 pages: BBC, McClatchy, Reuters, News Ltd) ---

LONG_LEAD = "The ferry service resumed on Tuesday after a week of storms that kept every boat in the harbour."

TOOL_BARS = [
    pytest.param(
        "E-mail this to a friend \tPrintable version\nFerry fares to rise in the spring\n\n"
        + LEAD
        + "\n\n"
        + SECOND
        + "\n",
        {"title": "Ferry fares to rise in the spring", "paragraphs": [LEAD, SECOND]},
        id="the page's e-mail and print tools over the headline are no headline",
    ),
    pytest.param(
        "print email\nDigg it del.icio.us AIM\nResize text\n"
        "Ferry fares to rise in the spring\nBy JANE ROE\n\n" + LEAD + "\n",
        {"title": "Ferry fares to rise in the spring", "authors": ["Jane Roe"], "paragraphs": [LEAD]},
        id="tool and bookmark bars and a sizer's label over the headline",
    ),
    pytest.param(
        "Updated: Friday, 3 May 2009, 08:10 GMT\nE-mail this to a friend\tPrintable version\n"
        "Ferry fares to rise in the spring\nAudio clip\n" + LONG_LEAD + "\n\n" + TOOLS_SECOND + "\n",
        {"title": "Ferry fares to rise in the spring", "paragraphs": [LONG_LEAD, TOOLS_SECOND]},
        id="tools over a headline run on into a media label over the lead",
    ),
    pytest.param(
        "Print this article Email this article\nFerry fares to rise in the spring\n3 May 2009 – "
        + LONG_LEAD
        + "\n\n"
        + TOOLS_SECOND
        + "\n",
        {
            "title": "Ferry fares to rise in the spring",
            "paragraphs": ["3 May 2009 – " + LONG_LEAD, TOOLS_SECOND],
        },
        id="tools over a headline with the lead right under it (UN News Centre)",
    ),
    pytest.param(
        "Print shops email their customers\nFerry fares to rise in the spring\n" + LONG_LEAD + "\n",
        {"title": "Print shops email their customers"},
        id="guard: a headline opening with button words over a line and the lead is kept",
    ),
    pytest.param(
        story("Email | Print | Share | Reprints | Single Page |", "[-] Text [+]", LEAD, SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="a bar of tools between bars, and a text sizer",
    ),
    pytest.param(
        story("Font Size: Decrease Increase", "Print Page: Print", LEAD, SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="tools after their labels",
    ),
    pytest.param(
        story(LEAD, "Font:", "*", "*", SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="a text sizer's label with its colon, its buttons images",
    ),
    pytest.param(
        story(LEAD, "Schrift:", SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="a text sizer's label with its colon, in German",
    ),
    pytest.param(
        story(LEAD, "Font: Garamond, as the printer chose it.", SECOND),
        {"paragraphs": [LEAD, "Font: Garamond, as the printer chose it.", SECOND]},
        id="guard: a label with its value is the text's",
    ),
    pytest.param(
        story(LEAD, "Print the forms and email them to the council by Friday.", SECOND),
        {"paragraphs": [LEAD, "Print the forms and email them to the council by Friday.", SECOND]},
        id="guard: a sentence that opens with a tool's word stays body",
    ),
    pytest.param(
        story(LEAD, "Share prices rise", SECOND),
        {"paragraphs": [LEAD, SECOND]},
        id="guard: a short line of other words is no tool bar (a related link here)",
    ),
]


@pytest.mark.parametrize(("text", "expected"), TOOL_BARS)
def test_tool_bars(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_guard_a_run_on_caption_or_a_stopped_line_is_no_topic_label() -> None:
    """Under the tools and the headline, only a label of a few words lets the bar go: a longer
    line run on into the lead (BBC Sport's caption) or a sentence is none."""
    assert topic_label("Audio clip")
    assert not topic_label("Harbour boats wait for the tide at dusk")
    assert not topic_label("Tides turned.")


def test_a_breadcrumb_with_doubled_arrows_is_no_headline() -> None:
    """The Khaleej Times' "Site >> News >> Section" over the headline (UI5 documents ">>" as a
    breadcrumb separator)."""
    text = "Harbour News Online >> News >> LOCAL\nFerry fares to rise in the spring\n\n" + LEAD + "\n"
    check(text, {"title": "Ferry fares to rise in the spring", "paragraphs": [LEAD]})


def test_guard_a_headline_with_doubled_arrows_in_it_stays() -> None:
    text = "Ferry fares >> bus fares, council finds in a long study of the harbour\n\n" + LEAD + "\n"
    check(text, {"title": "Ferry fares >> bus fares, council finds in a long study of the harbour"})


DASHED_SIGN_OFFS = [
    pytest.param(story(LEAD, SECOND, "- AAP"), {"paragraphs": [LEAD, SECOND], "agency": "CNN"}, id="- AAP"),
    pytest.param(story(LEAD, SECOND, "— Reuters"), {"paragraphs": [LEAD, SECOND]}, id="em dash Reuters"),
    pytest.param(
        story(LEAD, "- AAP", SECOND),
        {"paragraphs": [LEAD, "- AAP", SECOND]},
        id="guard: a dashed wire name between paragraphs is no sign-off",
    ),
]


@pytest.mark.parametrize(("text", "expected"), DASHED_SIGN_OFFS)
def test_a_wire_sign_off_after_a_dash_on_a_page(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_an_outlet_after_a_bare_byline_is_no_author() -> None:
    """canada.com's "Jason Botchford, The Province" (no "By"): a paper's name opens with its
    article, as the syndicated "By Jane Doe, The Washington Post" credit's does."""
    text = (
        "Ferry fares to rise in the spring\nJane Roe, The Harbour Courier\n"
        "Published: Friday, January 18, 2008\n\n" + LEAD + "\n"
    )
    check(text, {"authors": ["Jane Roe"], "date": "2008-01-18"})


def test_guard_two_bare_names_stay_authors() -> None:
    text = (
        "Ferry fares to rise in the spring\nJane Roe, Theo Doe\nPublished: Friday, January 18, 2008\n\n"
        + LEAD
        + "\n"
    )
    check(text, {"authors": ["Jane Roe", "Theo Doe"]})


def test_a_caption_under_a_photos_enlarge_link_takes_its_credit() -> None:
    """canada.com's "View Larger Image" over the caption and its credit line, mid-body; the New
    York Times' "Enlarge This Image" over its credit and caption."""
    caption = "A ferry waits at the pier as the storm passes over the harbour."
    text = story(LEAD, SECOND, " View Larger Image\n" + caption + "\nReuters", THIRD)
    check(text, {"captions": [{"text": caption, "credit": "Reuters"}], "paragraphs": [LEAD, SECOND, THIRD]})


def test_guard_a_short_paragraph_over_a_wire_name_stays_body() -> None:
    text = story(
        LEAD, SECOND, "A ferry waits at the pier as the storm passes over the harbour.\nReuters", THIRD
    )
    got = parse(text)
    assert "A ferry waits at the pier as the storm passes over the harbour." in got.paragraphs
    assert got.captions == ()


def test_the_wire_of_an_ap_role_line_under_the_byline() -> None:
    """AP's byline sets "Associated Press Writer" under "By JANE ROE" (its wire copy, the AP
    stories on McClatchy's pages): the byline's agency."""
    text = (
        "Ferry fares to rise in the spring\nBy JANE ROE\nAssociated Press Writer\n\nRENO, Nev. --\n"
        + SECOND
        + "\n"
    )
    check(text, {"authors": ["Jane Roe"], "agency": "AP"})


def test_guard_a_staff_role_line_names_no_wire() -> None:
    text = "Ferry fares to rise in the spring\nBy JANE ROE\nStaff Writer\n\n" + SECOND + "\n"
    check(text, {"authors": ["Jane Roe"], "agency": None})


def test_a_long_related_list_goes_whole() -> None:
    """A related-stories list longer than a box inside the story is still the label's to its end."""
    items = "\n".join(f"* Harbour story number {n} with a few more words" for n in range(1, 21))
    text = (
        "Ferry service resumes after storms\n\nBy Jane Roe\n\n"
        "The ferry service resumed on Tuesday after a week of storms, the operator said.\n\n"
        f"Related\n{items}\n\n"
        "Passengers queued from dawn, and the first crossing left on time.\n"
    )
    assert parse(text).paragraphs == (
        "The ferry service resumed on Tuesday after a week of storms, the operator said.",
        "Passengers queued from dawn, and the first crossing left on time.",
    )
