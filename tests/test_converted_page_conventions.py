"""Conventions of news pages converted to text (html2text, inscriptis): fixtures of made-up pages.

Each case is a small page as a converter prints it, and the facts a real page of that
convention requires; ``check`` is the per-rule fixtures' helper.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.test_rules import check, fixture

BODY = (
    "The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
    "Work will begin in March and last about six months, officials said.\n\n"
)

LISTS_UNDER_LABELS = [
    fixture(
        "related stories listed under a label after the body",
        "Harbour bridge to close for repairs\n\n" + BODY + "Related\n\n"
        "  * Ferry timetable changes for the summer\n"
        "  * New cycle lane opens on the quay\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "tags listed under a tags label",
        "Harbour bridge to close for repairs\n\n" + BODY + "Tags\n\n  * [harbour](/tag/harbour)\n\n"
        "  * [bridges](/tag/bridges)\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a share bar's buttons under its label, one a bare mark",
        "Harbour bridge to close for repairs\n\n" + BODY + "### Share this:\n\n"
        "  * [Click to share on Facebook (Opens in new window)](https://example.com/share)\n"
        "  * [Click to print (Opens in new window)](https://example.com/print)\n"
        "  * \n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a list under a sentence stays in the body",
        "Harbour bridge to close for repairs\n\n" + BODY + "The works include:\n\n"
        "  * new railings\n  * a wider footpath\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The works include:",
                "new railings",
                "a wider footpath",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTS_UNDER_LABELS)
def test_lists_under_labels(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


SHARE_BUTTONS = [
    fixture(
        "a print button whose target escapes its brackets",
        "# Harbour bridge to close for repairs\n\n" + BODY + "  * [Print](javascript:window.print\\(\\))\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a share button in a list in the body",
        "Harbour bridge to close for repairs\n\n" + BODY + "    * Share\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "icon links (html2text's empty emphasis) before a comment counter",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe | 08/01/2014\n\n"
        "[__](/bridge.html#media)[__](/bridge.html#comments)[7](/bridge.html#comments)\n\n" + BODY,
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a link to the front page with icon fonts around its label",
        "# Harbour bridge to close for repairs\n\n" + BODY + "[ __ Back to homepage  __](/)\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "strong emphasis with underscores is text",
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "The mayor said the bridge would __never__ close.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The mayor said the bridge would never close.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_BUTTONS)
def test_share_buttons(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


HEAD_ORDER = [
    fixture(
        "a dek over a button and the byline",
        "# Harbour bridge to close for repairs\n\n"
        "Drivers face a long detour while the works go on until the autumn\n\nClose\n\nBy\n\n"
        "[Jane Roe](/author/jane-roe)\n\n" + BODY,
        {
            "subtitle": "Drivers face a long detour while the works go on until the autumn",
            "authors": ["Jane Roe"],
        },
    ),
    fixture(
        "a dek over the writers' names and the date",
        "Harbour bridge to close for repairs\n\n"
        "With the old span worn out, the council has little choice but to shut it.\n\n"
        "Jane Roe, Richard Miles\n\nNovember 8 2023, 3:18 p.m.\n\n" + BODY,
        {"subtitle": "With the old span worn out, the council has little choice but to shut it."},
    ),
    fixture(
        "a lead paragraph over a crosshead and the next paragraph",
        "Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
        "Six months of works\n\n"
        "Work will begin in March and last about six months, officials said, and cost far more.\n",
        {"subtitle": None},
    ),
    fixture(
        "a second line in headline case is no dek",
        "The World in Their Wake\nHarbour Bridge Closure Will Continue Into Spring\n"
        "Illustration by Sam Lee/The Daily Post\nBy JANE ROE\nPublished: July 23, 2012\n\n" + BODY,
        {"subtitle": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HEAD_ORDER)
def test_head_order(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


SIDE_BY_SIDE_STAMPS = [
    fixture(
        "published and updated stamps with only a space between",
        "Ponte del porto chiuso per lavori\n\n"
        "Il consiglio ha deciso di chiudere il vecchio ponte per sei mesi di lavori.\n\n"
        "Pubblicato il 19 Febbraio 2020 Ultima modifica 20 Febbraio 2020 12:02\n\n"
        "I lavori cominceranno a marzo e dureranno circa sei mesi, hanno detto i funzionari.\n\n"
        "Il ponte era stato chiuso l'ultima volta nel 1998.\n",
        {
            "date": "2020-02-19",
            "subtitle": "Il consiglio ha deciso di chiudere il vecchio ponte per sei mesi di lavori.",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SIDE_BY_SIDE_STAMPS)
def test_side_by_side_stamps(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CAPTION_CREDITS = [
    fixture(
        "the page's credit label before the credit's own",
        "Harbour bridge to close for repairs\n\n"
        "The old harbour bridge seen from the quay on Monday Credit : Photo: Harbour Press\n\n" + BODY,
        {
            "captions": [
                {"text": "The old harbour bridge seen from the quay on Monday", "credit": "Harbour Press"}
            ]
        },
    ),
    fixture(
        "a French plural credit label, spaced before its colon",
        "Le pont du port fermé pour travaux\n\n"
        "Le vieux pont du port, vu depuis le quai Crédits photo : Jean DUPONT/Le Quotidien\n\n"
        "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux.\n\n"
        "Les travaux commenceront en mars et dureront environ six mois.\n",
        {
            "captions": [
                {"text": "Le vieux pont du port, vu depuis le quai", "credit": "Jean DUPONT/Le Quotidien"}
            ]
        },
    ),
    fixture(
        "a credit marked as an archive picture after the caption's full stop",
        "Harbour bridge to close for repairs\n\n"
        "The old harbour bridge seen from the quay at dawn. Sam Lee/Reuters files\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "The old harbour bridge seen from the quay at dawn.",
                    "credit": "Sam Lee/Reuters files",
                }
            ]
        },
    ),
    fixture(
        "a Spanish archive credit",
        "El puente del puerto cerrará por obras\n\n"
        "El viejo puente del puerto, visto desde el muelle. Ana Ruiz/EPA/Archivo\n\n"
        "El ayuntamiento votó el martes cerrar el viejo puente del puerto para repararlo.\n\n"
        "Las obras empezarán en marzo y durarán unos seis meses.\n",
        {
            "captions": [
                {
                    "text": "El viejo puente del puerto, visto desde el muelle.",
                    "credit": "Ana Ruiz/EPA/Archivo",
                }
            ]
        },
    ),
    fixture(
        "a credit naming the agency in full, and a picture library's",
        "Harbour bridge to close for repairs\n\n"
        "The old harbour bridge seen from the quay at dawn. Sam Lee/Associated Press\n\n"
        + BODY
        + "The new deck will be lighter. Ana Ruiz/ZUMA Press\n\nThe bridge last closed in 1998.\n",
        {
            "captions": [
                {
                    "text": "The old harbour bridge seen from the quay at dawn.",
                    "credit": "Sam Lee/Associated Press",
                },
                {"text": "The new deck will be lighter.", "credit": "Ana Ruiz/ZUMA Press"},
            ]
        },
    ),
    fixture(
        "a paragraph signed off by a wire in parentheses stays body",
        "Il ponte del porto chiude per lavori\n\n"
        "Il consiglio comunale ha deciso martedì di chiudere il vecchio ponte del porto. (ANSA)\n\n"
        "I lavori cominceranno a marzo e dureranno circa sei mesi.\n",
        {"captions": []},
    ),
    fixture(
        "a sentence ending in files and a slash is no credit",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "The clerk keeps the plans and/or the old files\n\n"
        "The bridge last closed in 1998.\n",
        {"captions": []},
    ),
    fixture(
        "a bare photographer / library / agency credit under a caption sentence",
        "# Le pont du port fermé pour travaux\n\n"
        "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux.\n\n"
        "![Pont](/img/pont.jpg)\n\n"
        "Le vieux pont du port, vu depuis le quai au lever du jour.\n\n"
        "Jean Dupont / Photothèque / AFP\n\n"
        "Les travaux commenceront en mars et dureront environ six mois, selon la mairie.\n",
        {
            "captions": [
                {
                    "text": "Le vieux pont du port, vu depuis le quai au lever du jour.",
                    "credit": "Jean Dupont / Photothèque / AFP",
                }
            ]
        },
    ),
    fixture(
        "a bare credit under a paragraph, not a figure's caption, is the credit of the caption below it",
        "Harbour bridge to close for repairs\n\n" + BODY + "The ferry will run every twenty minutes.\n\n"
        "Sam Lee / AP\n\nThe old harbour bridge seen from the quay at dawn\n\n"
        "The bridge last closed in 1998, when its deck was replaced.\n",
        {
            "captions": [
                {"text": "The old harbour bridge seen from the quay at dawn", "credit": "Sam Lee / AP"}
            ],
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The ferry will run every twenty minutes.",
                "The bridge last closed in 1998, when its deck was replaced.",
            ],
        },
    ),
    fixture(
        "a bare credit under a line with no full stop is the credit of the caption below it",
        "Harbour bridge to close for repairs\n\nBy Jane Roe\n\nSam Lee / AP\n\n"
        "The old harbour bridge seen from the quay at dawn\n\n" + BODY,
        {
            "captions": [
                {"text": "The old harbour bridge seen from the quay at dawn", "credit": "Sam Lee / AP"}
            ]
        },
    ),
    fixture(
        "inscriptis' figcaption: a caption sentence, its bare credit, then the text goes on",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "Workers inspect the old harbour bridge on Monday.\n\n"
        "Sam Lee / AP\n\nThe bridge last closed in 1998.\n",
        {
            "captions": [
                {"text": "Workers inspect the old harbour bridge on Monday.", "credit": "Sam Lee / AP"}
            ],
            "paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."],
        },
    ),
    fixture(
        "a bare credit under a long paragraph is still the credit of the caption below it",
        "Harbour bridge to close for repairs\n\n" + BODY + "The ferry will run every twenty minutes while "
        "the bridge is closed, and the council will add two extra boats at rush hour, a spokesman said, "
        "adding that cyclists may take their bicycles on board free of charge until the work is done.\n\n"
        "Sam Lee / AP\n\nThe old harbour bridge seen from the quay at dawn.\n\n"
        "The bridge last closed in 1998, when its deck was replaced.\n",
        {
            "captions": [
                {"text": "The old harbour bridge seen from the quay at dawn.", "credit": "Sam Lee / AP"}
            ]
        },
    ),
    fixture(
        "a labelled credit in parentheses with no caption above it is dropped (Portuguese)",
        "Ponte do porto fecha para obras\n\n(crédito: Ana Souza/Diário do Porto)\n\n"
        "A câmara votou na terça-feira o fecho da velha ponte do porto para obras.\n\n"
        "As obras começam em março e duram cerca de seis meses.\n",
        {
            "captions": [],
            "paragraphs": [
                "A câmara votou na terça-feira o fecho da velha ponte do porto para obras.",
                "As obras começam em março e duram cerca de seis meses.",
            ],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTION_CREDITS)
def test_caption_credits(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


EMBEDDED_POSTS = [
    fixture(
        "an embedded post quoted with its signature",
        "# Harbour bridge to close for repairs\n\n" + BODY + "The mayor wrote on Twitter:\n\n"
        "> The bridge will be safe again by the autumn. <https://t.co/abc>\n> \n"
        "> — Jane Roe (@mayor_roe) [March 3, 2020](https://twitter.com/mayor_roe/status/1)\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The mayor wrote on Twitter:",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a quotation without a post's signature stays",
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "> The bridge will be safe again by the autumn.\n"
        "> — the [mayor](/mayor), in March\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The bridge will be safe again by the autumn.",
                "— the mayor, in March",
                "The bridge last closed in 1998.",
            ]
        },
    ),
]


UNMARKED_POSTS = [
    fixture(
        "inscriptis' embedded post: its paragraph and its signature, no quote marks",
        "Harbour bridge to close for repairs\n\n" + BODY + "The mayor wrote on Twitter:\n\n"
        "The bridge will be safe again by the autumn. pic.twitter.com/abc\n\n"
        "— Jane Roe (@mayor_roe) March 3, 2020\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor wrote on Twitter:",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a quotation closed by a dash and a name with no handle stays",
        "Harbour bridge to close for repairs\n\n" + BODY + "The bridge will be safe again by the autumn.\n\n"
        "— Jane Roe, the mayor, in March\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The bridge will be safe again by the autumn.",
                "— Jane Roe, the mayor, in March",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a post run onto one line with its signature and date (one line a block)",
        "Harbour bridge to close for repairs\n" + BODY.replace("\n\n", "\n") + "The mayor wrote on Twitter.\n"
        "The bridge will be safe again by the autumn pic.twitter.com/abc"
        " — Jane Roe (@mayor_roe) March 3, 2020\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor wrote on Twitter.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a post run onto one line, its date in the page's language with the year's mark (ru)",
        "Harbour bridge to close for repairs\n" + BODY.replace("\n\n", "\n") + "The mayor wrote on Twitter.\n"
        "The bridge will be safe again by the autumn pic.twitter.com/abc"
        " — Jane Roe (@mayor_roe) 3 марта 2020 г.\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor wrote on Twitter.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a post run onto one line, its date in Lithuanian with the year's mark",
        "Harbour bridge to close for repairs\n" + BODY.replace("\n\n", "\n") + "The mayor wrote on Twitter.\n"
        "The bridge will be safe again by the autumn pic.twitter.com/abc"
        " — Jane Roe (@mayor_roe) 2020 m. kovo 3 d. 2020 m.\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor wrote on Twitter.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a sentence naming a handle after a dash and closing on a year and a full stop stays",
        "Harbour bridge to close for repairs\n" + BODY.replace("\n\n", "\n") + "The plan was first floated"
        " — Jane Roe (@mayor_roe) wrote of it in March 2020.\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The plan was first floated — Jane Roe (@mayor_roe) wrote of it in March 2020.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a sentence naming a handle after a dash, with no date at its end, stays",
        "Harbour bridge to close for repairs\n\n" + BODY + "The bridge will reopen — Jane Roe (@mayor_roe) "
        "promised on Tuesday.\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The bridge will reopen — Jane Roe (@mayor_roe) promised on Tuesday.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a sentence naming a handle in brackets stays",
        "Harbour bridge to close for repairs\n\n" + BODY + "The mayor (@mayor_roe) wrote that the bridge "
        "will be safe again by the autumn.\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor (@mayor_roe) wrote that the bridge will be safe again by the autumn.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
]


PRINTED_TWICE = [
    fixture(
        "a related story's link printed twice (link text and title) between the paragraphs",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "Will the ferry run all summer?Will the ferry run all summer?\n\n"
        "The bridge last closed in 1998.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    ),
    fixture(
        "a poll's question printed twice with a space between",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "Should the bridge be rebuilt? Should the bridge be rebuilt?\n\n"
        "The bridge last closed in 1998.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    ),
    fixture(
        "a line repeating a phrase with more after it stays",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "Close the bridge, close the bridge, they chanted.\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Close the bridge, close the bridge, they chanted.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a one-word cry doubled stays",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "The ferry to Bora Bora runs daily.\n\nEncore! Encore!\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The ferry to Bora Bora runs daily.",
                "Encore! Encore!",
                "The bridge last closed in 1998.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PRINTED_TWICE)
def test_printed_twice(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), UNMARKED_POSTS)
def test_unmarked_embedded_posts(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), EMBEDDED_POSTS)
def test_embedded_posts(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


NAMES_BY_DATE = [
    fixture(
        "co-authors joined by a comma over the date",
        "Harbour bridge to close for repairs\n\n"
        "With the old span worn out, the council has little choice but to shut it.\n\n"
        "Jane Roe, Richard Alan Miles\n\nNovember 8 2023, 3:18 p.m.\n\n" + BODY,
        {"authors": ["Jane Roe", "Richard Alan Miles"], "date": "2023-11-08T15:18:00"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_BY_DATE)
def test_names_by_date(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


LEAD_PHOTO_AND_BYLINE = [
    fixture(
        "a caption over its credit in parentheses",
        "Harbour bridge to close for repairs\n\n"
        "The old harbour bridge seen from the quay last week.\n\n"
        "(Sam Lee / The Daily Post)\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "The old harbour bridge seen from the quay last week.",
                    "credit": "Sam Lee / The Daily Post",
                }
            ],
        },
    ),
    fixture(
        "a linked byline with the writer's role",
        "# Harbour bridge to close for repairs\n\n"
        "By [Jane Roe](https://example.com/people/jane-roe)Staff Writer\n\n" + BODY,
        {"authors": ["Jane Roe"]},
    ),
]


VIDEO_CAPTIONS = [
    fixture(
        "the sentence under a video player's embed code, over the datelined story, is its caption",
        "Harbour bridge to close for six months\n\nBy Jane Roe\nMonday, March 2, 2020 6:10AM\n"
        "EMBED <>More Videos\n"
        '<iframe width="476" height="267" src="https://example.com/video/embed/?pid=1"></iframe>\n\n'
        "The old harbour bridge will close for six months of repairs, the council said.\n\n"
        "PORT TOWN (KXXX) -- The council voted on Tuesday to close the old harbour bridge.\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {
            "captions": [
                {
                    "text": "The old harbour bridge will close for six months of repairs, the council said.",
                    "credit": None,
                }
            ],
            "paragraphs": [
                "PORT TOWN (KXXX) -- The council voted on Tuesday to close the old harbour bridge.",
                "Work will begin in March and last about six months, officials said.",
            ],
        },
    ),
    fixture(
        "without a player above it the same sentence opens the story",
        "Harbour bridge to close for six months\n\nBy Jane Roe\nMonday, March 2, 2020 6:10AM\n\n"
        "The old harbour bridge will close for six months of repairs, the council said.\n\n"
        "PORT TOWN (KXXX) -- The council voted on Tuesday to close the old harbour bridge.\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {"captions": []},
    ),
    fixture(
        "a player inside the story: the sentence under it is the story's",
        "Harbour bridge to close for six months\n\nBy Jane Roe\n\n" + BODY + '<iframe width="476" '
        'height="267" src="https://example.com/video/embed/?pid=1"></iframe>\n\n'
        "The mayor said the ferry would run every twenty minutes while the bridge is shut.\n\n"
        "PORT TOWN (KXXX) -- Detours will be signposted from the ring road.\n",
        {"captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIDEO_CAPTIONS)
def test_video_captions(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), LEAD_PHOTO_AND_BYLINE)
def test_lead_photo_and_byline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CLOSING_NOTICE = [
    fixture(
        "what follows the page's copyright notice is the page's",
        "Harbour bridge to close for repairs\n\n" + BODY + "© 2020 Daily Post Media Ltd.\n\n"
        "Citation: Harbour bridge to close for repairs (2020, March 3) retrieved 4 March 2020 from the Daily "
        "Post's site, where the full list of works and the detours is also published for readers.\n\n"
        "This document is subject to copyright. No part may be reproduced without the written permission.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a photo's credit without a year is no closing notice",
        "Harbour bridge to close for repairs\n\n" + BODY + "© Daily Post\n\n"
        "The bridge last closed in 1998, when its deck was replaced.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The bridge last closed in 1998, when its deck was replaced.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CLOSING_NOTICE)
def test_closing_notice(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_credit_over_bare_list_marks_has_no_caption() -> None:
    """A lead photo's credit line over a share bar whose buttons lost their icons."""
    check(
        "Harbour bridge to close for repairs\n\nMarch 3, 2020\n\nSam Lee / AP\n\n  * \n  * \n\n" + BODY,
        {"captions": []},
    )


CAPTIONED_IMAGES = [
    fixture(
        "the text an image opens is its caption, a bare credit after its last sentence",
        "# Harbour bridge to close for repairs\n\n" + BODY + "![bridge](https://example.com/b.jpg) "
        "Workers inspect the old harbour bridge on Monday. Sam Lee\n\n"
        "The bridge last closed in 1998.\n",
        {
            "captions": [{"text": "Workers inspect the old harbour bridge on Monday.", "credit": "Sam Lee"}],
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The bridge last closed in 1998.",
            ],
        },
    ),
    fixture(
        "an image alone on its line leaves the next paragraph in the body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "![bridge](https://example.com/b.jpg)\n\n"
        "The bridge last closed in 1998. Sam Lee\n",
        {"captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONED_IMAGES)
def test_captioned_images(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_german_byline_after_its_genre() -> None:
    """Zeit Online and the taz put the piece's genre before "von" and the writer's name."""
    check(
        "Die Brücke am Hafen wird gesperrt\n\nEine Analyse von Jana Beispiel\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke für Reparaturen zu sperren.\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n",
        {"authors": ["Jana Beispiel"]},
    )


PULL_QUOTES = [
    fixture(
        "a pull quote under the paragraph it repeats",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "“The bridge has carried more traffic than it was ever "
        "built for, and the steel is tired,” said Ana Ruiz, the city engineer, at the meeting.\n\n"
        "“The bridge has carried more traffic than it was ever built for.”\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "“The bridge has carried more traffic than it was ever built for, and the steel is tired,” "
                "said Ana Ruiz, the city engineer, at the meeting.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a pull quote above the paragraph it repeats, in French marks",
        "Le pont du port fermé pour travaux\n\n"
        "Le conseil municipal a voté mardi la fermeture du vieux pont du port.\n\n"
        "« Le pont a porté plus de trafic qu'il ne pouvait en supporter »\n\n"
        "Les travaux commencent en mars. « Le pont a porté plus de trafic qu'il ne pouvait en supporter, "
        "et l'acier est fatigué », a déclaré l'ingénieure de la ville.\n",
        {
            "paragraphs": [
                "Le conseil municipal a voté mardi la fermeture du vieux pont du port.",
                "Les travaux commencent en mars. « Le pont a porté plus de trafic qu'il ne pouvait en "
                "supporter, et l'acier est fatigué », a déclaré l'ingénieure de la ville.",
            ]
        },
    ),
    fixture(
        "a quoted paragraph whose words stand nowhere else is the text's",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "“The bridge has carried more traffic than it was ever "
        "built for.”\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.split("\n\n")[:2],
                "“The bridge has carried more traffic than it was ever built for.”",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a quotation with its attribution is a paragraph even when a pull quote repeats it",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "“They just want to help us with the repairs and not "
        "the ferry,” he said, “or the harbour.”\n\n"
        "“It is not enough. They just want to help us with the repairs and not the ferry.”\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.split("\n\n")[:2],
                "“They just want to help us with the repairs and not the ferry,” he said, “or the harbour.”",
                "“It is not enough. They just want to help us with the repairs and not the ferry.”",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a pull quote whose marks were drawn, its citation under it, repeating a paragraph",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "The steel has carried more traffic than it was ever built for and it is tired.\n"
        "City engineer\n\n"
        "The engineer told the meeting: “The steel has carried more traffic than it was ever built "
        "for and it is tired.”\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.split("\n\n")[:2],
                "The engineer told the meeting: “The steel has carried more traffic than it was ever built "
                "for and it is tired.”",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "guard: a paragraph over a short line, its words nowhere else, stays the text's",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "The steel has carried more traffic than it was ever built for, the engineer said.\n"
        "She was right\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.split("\n\n")[:2],
                "The steel has carried more traffic than it was ever built for, the engineer said.",
                "She was right",
                "The bridge last closed in 1998.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PULL_QUOTES)
def test_pull_quotes(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


ALT_TEXT_CAPTIONS = [
    fixture(
        "the line under an image that repeats its alt text is the caption, the rest of it the credit",
        "# Harbour bridge to close for repairs\n\n"
        "![Workers inspect the old harbour bridge on Monday. The bridge opened in 1931.]"
        "(https://example.com/b.jpg)\n\n"
        "Workers inspect the old harbour bridge on Monday. The bridge opened in 1931."
        "Credit...Sam Lee/City Times\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "Workers inspect the old harbour bridge on Monday. The bridge opened in 1931.",
                    "credit": "Sam Lee/City Times",
                }
            ],
            "paragraphs": BODY.strip().split("\n\n"),
        },
    ),
    fixture(
        "a caption with no credit under an image with the same alt text, between paragraphs",
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "[![Workers inspect the old harbour bridge as the council prepares to close it]"
        "(https://example.com/b.jpg)](https://example.com/b.jpg)\n\n"
        "Workers inspect the old harbour bridge as the council prepares to close it\n\n"
        "The bridge last closed in 1998.\n",
        {
            "captions": [
                {
                    "text": "Workers inspect the old harbour bridge as the council prepares to close it",
                    "credit": None,
                }
            ],
            "paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."],
        },
    ),
    fixture(
        "a short alt text names the picture and says nothing of the line under it",
        "# Harbour bridge to close for repairs\n\n![The bridge](https://example.com/b.jpg)\n\n"
        "The bridge last closed in 1998, for six weeks.\n\n" + BODY,
        {"captions": []},
    ),
    fixture(
        "an image after the author's link, its alt text repeated right after it: the caption starts there",
        "# Hafenbrücke wird für Reparaturen gesperrt\n\n"
        "[Jana Roth](/autoren/jana-roth) [![Arbeiter prüfen am Montag die alte Hafenbrücke.](/img/b.jpg)]"
        '(/img/b-gross.jpg "Bild vergrößern")Arbeiter prüfen am Montag die alte Hafenbrücke.'
        "Foto: Sam Lee/AP\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n",
        {"captions": [{"text": "Arbeiter prüfen am Montag die alte Hafenbrücke.", "credit": "Sam Lee/AP"}]},
    ),
    fixture(
        "an alt text that only opens the caption: the caption goes on to its own credit",
        "# Harbour bridge to close for repairs\n\n![Workers inspect the old harbour bridge]"
        "(https://example.com/b.jpg)\n\n"
        "Workers inspect the old harbour bridge on Monday morning. Photo: Sam Lee/City Times\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "Workers inspect the old harbour bridge on Monday morning.",
                    "credit": "Sam Lee/City Times",
                }
            ],
            "paragraphs": BODY.strip().split("\n\n"),
        },
    ),
    fixture(
        "an alt text followed by a lower-case credit with no sentence in it keeps that credit",
        "# Harbour bridge to close for repairs\n\n![Workers inspect the old harbour bridge]"
        "(https://example.com/b.jpg)\n\n"
        "Workers inspect the old harbour bridge via City Times\n\n" + BODY,
        {"captions": [{"text": "Workers inspect the old harbour bridge", "credit": "via City Times"}]},
    ),
    fixture(
        "an image inside a paragraph whose words go on otherwise says nothing of it",
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "The plans [![Workers inspect the old harbour bridge](/img/b.jpg)](/img/b.jpg) were shown to "
        "the council on Tuesday.\n",
        {"captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ALT_TEXT_CAPTIONS)
def test_alt_text_captions(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


ES_BODY = (
    "El ayuntamiento votó el martes cerrar el viejo puente del puerto para repararlo.\n\n"
    "Las obras empezarán en marzo y durarán unos seis meses, según el consistorio.\n\n"
)
ES_PARAGRAPHS = ES_BODY.strip().split("\n\n")

LIST_HEADINGS = [
    fixture(
        "the page's most-read stories listed under their heading after the body",
        "Harbour bridge to close for repairs\n\n" + BODY + "Most Read\n\n"
        "  * [Ferry timetable changes for the summer](/news/ferry)\n"
        "  * [New cycle lane opens on the quay](/news/lane)\n\n"
        "The bridge last closed in 1998.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    ),
    fixture(
        "Spanish topic links under 'Archivado en:' and related stories under 'Más información'",
        "El puente del puerto cerrará por obras\n\n" + ES_BODY + "Archivado en:\n\n"
        "  * [Puertos](/tag/puertos/)\n  * [Obras públicas](/tag/obras/)\n\n### Más información\n\n"
        "  * [Cambia el horario del ferri](/ferri/)\n  * [Abre un carril bici en el muelle](/carril/)\n",
        {"paragraphs": ES_PARAGRAPHS},
    ),
    fixture(
        "a Spanish share bar under the headline",
        "El puente del puerto cerrará por obras\n\nCompartir en Facebook Compartir en Twitter\n\n" + ES_BODY,
        {"subtitle": None, "paragraphs": ES_PARAGRAPHS},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LIST_HEADINGS)
def test_list_headings(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_sentence_on_what_a_video_shows_is_text() -> None:
    """A TV station's story tells what its video shows ("In the video, he says ...", ABC13):
    only a line pointing at the video ("Watch it in the video below") is navigation."""
    check(
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "In the video, the engineer says the steel is tired.\n\n"
        "Watch the inspection in the video below\n\nThe bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "In the video, the engineer says the steel is tired.",
                "The bridge last closed in 1998.",
            ]
        },
    )


def test_related_stories_under_a_portuguese_heading() -> None:
    """Correio Braziliense heads its related stories "Saiba mais" in the body."""
    check(
        "Ponte do porto fecha para obras\n\n"
        "A câmara votou na terça-feira o fechamento da velha ponte do porto para reparos.\n\n"
        "A ponte foi aberta em 1931.\n\n#### Saiba Mais\n\n  * [Política Muda o horário da balsa](/balsa/)\n"
        "  * [Política Abre ciclovia no cais](/ciclovia/)\n\n"
        "As obras começam em março e duram cerca de seis meses.\n",
        {
            "paragraphs": [
                "A câmara votou na terça-feira o fechamento da velha ponte do porto para reparos.",
                "A ponte foi aberta em 1931.",
                "As obras começam em março e duram cerca de seis meses.",
            ]
        },
    )


def test_a_reading_time_without_its_number_and_a_comment_link() -> None:
    """A page's head under the byline: a reading time whose number a script fills in ("minute
    read") and the link to the comments ("Write a comment"), both the page's (Threatpost)."""
    check(
        "# Harbour bridge to close for repairs\n\nBy Jane Doe\n\nJuly 30, 2019\n\nminute read\n\n"
        "Write a comment\n\n" + BODY,
        {"paragraphs": BODY.strip().split("\n\n")},
    )


def test_a_writers_post_under_a_name_with_no_by() -> None:
    """The Atlantic sets the writer's post under the name ("Assistant professor of political
    science at UC Santa Barbara"): the byline's, not the text's."""
    check(
        "Harbour bridge to close for repairs\n\nAugust 23, 2020\nJane Doe\n"
        "Assistant professor of engineering at Portsmouth\n\n" + BODY,
        {"authors": ["Jane Doe"], "paragraphs": BODY.strip().split("\n\n")},
    )


def test_a_call_for_letters_and_a_pressed_copy_link_button() -> None:
    """The call for readers' letters under the text (The Atlantic's "We want to hear what you
    think about this article", the New York Times' "We'd like to hear what you think") and a
    share bar's copy-link button once pressed ("* Link Copied") are the page's."""
    check(
        "Harbour bridge to close for repairs\n\n" + BODY + "  * Facebook\n  * Link Copied\n\n"
        "The bridge last closed in 1998.\n\n"
        "We want to hear what you think about this article. Write to letters@example.com.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    )


AUTHOR_BIOS = [
    fixture(
        "the writer's bio closing the text is the page's",
        "Harbour bridge to close for repairs\n\nBy Jane Doe\n\n"
        + BODY
        + "The bridge last closed in 1998.\n\n"
        "Jane Doe is a reporter covering transport. She is the author of a book on bridges.\n",
        {
            "authors": ["Jane Doe"],
            "paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."],
        },
    ),
    fixture(
        "someone else's name opening the last line is the text's",
        "Harbour bridge to close for repairs\n\nBy Jane Doe\n\n"
        + BODY
        + "The bridge last closed in 1998.\n\n"
        "Ana Ruiz is the city engineer and will oversee the work.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The bridge last closed in 1998.",
                "Ana Ruiz is the city engineer and will oversee the work.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_BIOS)
def test_author_bios(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_papers_reference_under_a_label() -> None:
    """A science story closes with the paper's reference under a label, with its DOI, however
    long (phys.org's "More information:", ScienceDaily's "Journal Reference:")."""
    reference = (
        "Journal Reference: Jane Doe, Ana Ruiz, Sam Lee, Tom Roe et al. Fatigue in riveted steel bridges of "
        "the early twentieth century: a survey of two hundred spans in southern England and northern France. "
        "Journal of Bridge Engineering, 2019; 24 (3): 112-130. DOI: 10.1000/jbe.2019.0042"
    )
    check(
        "Harbour bridge to close for repairs\n\n" + BODY + reference + "\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    )


IT_BODY = (
    "Il consiglio comunale ha votato martedì la chiusura del vecchio ponte del porto.\n\n"
    "I lavori inizieranno a marzo e dureranno circa sei mesi, secondo il comune.\n\n"
)


def test_related_headlines_a_converter_parted_with_blank_lines() -> None:
    """La Stampa's "Leggi anche:" over a headline and its writer's name, each a block of its
    own in a converted page: blank lines part them, and they are the label's."""
    check(
        "Il ponte del porto chiude per lavori\n\n" + IT_BODY + "Leggi anche:\n\n"
        "La grande sete: due mesi senza pioggia, mai così dal 1878\n\nmario rossi\n\n"
        "Il ponte è stato chiuso l'ultima volta nel 1998.\n",
        {"paragraphs": [*IT_BODY.strip().split("\n\n"), "Il ponte è stato chiuso l'ultima volta nel 1998."]},
    )


def test_related_headlines_right_under_their_label_end_at_a_blank_line() -> None:
    """Headlines set right under their label end at the first blank line: what follows is text."""
    check(
        "Il ponte del porto chiude per lavori\n\n" + IT_BODY + "Leggi anche:\n"
        "La grande sete: due mesi senza pioggia, mai così dal 1878\n\n"
        "Il ponte è stato chiuso l'ultima volta nel 1998: chi pagherà i lavori questa volta?\n",
        {
            "paragraphs": [
                *IT_BODY.strip().split("\n\n"),
                "Il ponte è stato chiuso l'ultima volta nel 1998: chi pagherà i lavori questa volta?",
            ]
        },
    )


def test_a_republished_storys_note() -> None:
    """A story republished from a partner closes with the note its terms ask for (Salon's
    "This post originally appeared on Grist.", The Conversation's, ProPublica's)."""
    check(
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "This story was originally published by City Times.\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    )


def test_a_caption_printed_twice_is_one_caption() -> None:
    """A page prints its lead photo's caption again (The Intercept's sticky header, a gallery):
    the same words and credit are one photo's caption."""
    caption = "Workers inspect the old harbour bridge on Monday. Photo: Sam Lee/City Times"
    check(
        "Harbour bridge to close for repairs\n\n" + caption + "\n\n" + BODY + caption + "\n\n"
        "The bridge last closed in 1998.\n",
        {
            "captions": [
                {"text": "Workers inspect the old harbour bridge on Monday.", "credit": "Sam Lee/City Times"}
            ]
        },
    )


def test_an_abbreviations_definition_is_no_text() -> None:
    """html2text writes each ``<abbr title>`` as a definition in PHP Markdown Extra's syntax
    ("*[CET]: Central European Time", El País): a tooltip, not shown text."""
    check(
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "The [bridge](/bridge) last closed at 10:00 CET in 1998.\n\n"
        "  *[CET]: Central European Time\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed at 10:00 CET in 1998."]},
    )


GLUED_BYLINES = [
    fixture(
        "a byline word glued to the link of a station's news-team page",
        "# Harbour bridge to close for repairs\n\nBy[K.L. Marsh](https://example.com/about/newsteam/kl-marsh)\n\n"
        "Thursday, November 9, 2023 7:35AM\n\n" + BODY,
        {"authors": ["K.L. Marsh"], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a German byline word glued to its link",
        "# Brücke am Hafen wird gesperrt\n\nVon[Jana Beispiel](https://example.com/team/jana-beispiel)\n\n"
        "Der Rat hat am Dienstag beschlossen, die alte Brücke am Hafen zu sperren.\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n",
        {"authors": ["Jana Beispiel"]},
    ),
    fixture(
        "a sentence opening with a link is not a byline",
        "# Harbour bridge to close for repairs\n\n"
        "[Harbour Trust](https://example.com/trust) says the bridge has needed work for years.\n\n" + BODY,
        {"authors": []},
    ),
    fixture(
        "a link after a byline word that names an agency is not a person",
        "# Harbour bridge to close for repairs\n\nBy[Reuters](https://example.com/reuters)\n\n" + BODY,
        {"authors": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_BYLINES)
def test_a_byline_word_glued_to_its_link(text: str, expected: dict[str, Any]) -> None:
    """Templates that write ``By<a href>Name</a>`` with no space (the ABC stations, blog themes'
    post-meta): the link after the byline word is the writer's name, whatever its target."""
    check(text, expected)


TRAILS_WITHOUT_SEPARATORS = [
    fixture(
        "a trail under the headline whose separators the stylesheet drew",
        "Harbour bridge to close for repairs\n\n  * Home NEWS Transport\n  * \n    + By Jane Roe\n\n" + BODY,
        {"highlights": [], "authors": ["Jane Roe"], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a French trail above the headline",
        "Accueil ÉCONOMIE Entreprises Transports\n\nLe pont du port fermé pour travaux cet été\n\n"
        "Le conseil a voté mardi la fermeture du vieux pont du port pour des travaux.\n\n"
        "Les travaux commenceront en mars et dureront environ six mois.\n",
        {"title": "Le pont du port fermé pour travaux cet été"},
    ),
    fixture(
        "a highlight that opens with the word home is a highlight",
        "Harbour bridge to close for repairs\n\n  * Home owners near the quay face a long detour\n\n" + BODY,
        {"highlights": ["Home owners near the quay face a long detour"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRAILS_WITHOUT_SEPARATORS)
def test_a_breadcrumb_trail_without_its_separators(text: str, expected: dict[str, Any]) -> None:
    """A breadcrumb whose separators CSS draws (Bootstrap's, most themes') reaches the text as
    its labels alone, opening with the home label: the page's, not a highlight or a title."""
    check(text, expected)


AVATARS = [
    fixture(
        "a writer's initials linked to the page asked by a query, then the name",
        "# Harbour bridge to close for repairs\n\n"
        "[ JR ](https://example.com/autor?termo=jane-roe)\n\nJane Roe\n\n"
        "[ TM ](https://example.com/autor?termo=tom-miles)\n\nTom Miles\n\n" + BODY,
        {"authors": ["Jane Roe", "Tom Miles"], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a WordPress author archive without pretty permalinks",
        "# Harbour bridge to close for repairs\n\n[Jane Roe](https://example.com/?author=12)\n\n" + BODY,
        {"authors": ["Jane Roe"]},
    ),
    fixture(
        "letters that are not the next line's initials name nobody",
        "# Harbour bridge to close for repairs\n\n[ JR ](https://example.com/autor?termo=jane-roe)\n\n"
        "Harbour Works\n\n" + BODY,
        {"authors": ["JR"]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AVATARS)
def test_a_writers_avatar_over_the_name(text: str, expected: dict[str, Any]) -> None:
    """A writer with no photo gets an avatar of the name's initials linked to the writer's
    page (Correio Braziliense), the name under it: the name is the author."""
    check(text, expected)


STORY_LINKS = [
    fixture(
        "a list of linked headlines under a heading of the site's own words closes the page",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Popular Around the Coast\n\n"
        "  * [Ferry timetable changes for the summer](https://example.com/ferry)\n"
        "  * Where to [eat by the quay this weekend](https://example.com/eat)\n"
        "  * [Is the old lighthouse worth a visit?](https://example.com/lighthouse)\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "story cards: a heading item over the headline's link, then another list",
        "# Harbour bridge to close for repairs\n\n" + BODY + "## Most Popular\n\n"
        "  * ### Ferry timetable changes for the summer\n\n"
        "[Ferry timetable changes for the summer](https://example.com/ferry)\n\n"
        "  * ### New cycle lane opens on the quay\n\n"
        "[New cycle lane opens on the quay](https://example.com/lane)\n\n"
        "## Elsewhere Today\n\n"
        "  * [Market hall reopens after a fire](https://example.org/market)\n"
        "  * [Council tax to rise by two per cent](https://example.org/tax)\n"
        "  * [A record crowd for the regatta](https://example.org/regatta)\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "an article's own linked list with text after it stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Documents published\n\n"
        "  * [The engineers' survey](https://example.com/survey)\n"
        "  * [The council's decision](https://example.com/decision)\n"
        "  * [The contract with the builder](https://example.com/contract)\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Documents published",
                "The engineers' survey",
                "The council's decision",
                "The contract with the builder",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "an article's closing list of sentences with links stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "How to take part\n\n"
        "  * Read the plans [online](https://example.com/plans).\n"
        "  * Send comments to the [council](https://example.com/council).\n"
        "  * Attend the meeting on 4 March at the [town hall](https://example.com/hall).\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "How to take part",
                "Read the plans online.",
                "Send comments to the council.",
                "Attend the meeting on 4 March at the town hall.",
            ]
        },
    ),
    fixture(
        "a closing list without links stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Key facts\n\n"
        "  * The bridge opened in 1932\n  * It carries 9,000 cars a day\n  * Repairs cost four million\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Key facts",
                "The bridge opened in 1932",
                "It carries 9,000 cars a day",
                "Repairs cost four million",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_LINKS)
def test_lists_of_other_stories_closing_the_page(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


DE_BODY = (
    "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.\n\n"
    "Die Arbeiten beginnen im März und dauern etwa sechs Monate, hieß es.\n\n"
)
FR_BODY = (
    "Le conseil municipal a voté mardi la fermeture du vieux pont du port.\n\n"
    "Les travaux commenceront en mars et dureront environ six mois.\n\n"
)

PAGE_TOOLS = [
    fixture(
        "a multi-page story's next-page link over its page list, then a share bar under its label",
        "Die Hafenbrücke wird gesperrt\n\n" + DE_BODY + "Nächste Seite Wer die Arbeiten bezahlt\n"
        "  * Seite\n  * 1\n  * 2\n  * Artikel auf einer Seite lesen\n\n"
        "  Jetzt teilen auf:\n\n  * Facebook\n  * Twittern\n  * Mailen\n  * Artikel drucken\n",
        {"paragraphs": DE_BODY.strip().split("\n\n")},
    ),
    fixture(
        "print and back-to-top buttons",
        "Le pont du port fermé pour travaux\n\n" + FR_BODY + "  * Imprimer\n  * Haut de page\n",
        {"paragraphs": FR_BODY.strip().split("\n\n")},
    ),
    fixture(
        "the writer's contact line over the names",
        "Harbour bridge to close for repairs\n\n" + BODY + "Contact the author:\n\n  Sam Lee\n  Jo Park\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a sentence holding the same words stays body",
        "Harbour bridge to close for repairs\n\n" + BODY + "The next page of the plan: a new ferry pier, "
        "which the council will discuss in May, officials said on Tuesday evening.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The next page of the plan: a new ferry pier, which the council will discuss in May, "
                "officials said on Tuesday evening.",
            ]
        },
    ),
]


PAGE_TOOLS.append(
    fixture(
        "a topic label over its tag link, both list items",
        "Die Hafenbrücke wird gesperrt\n\n" + DE_BODY + "  * Thema:\n  * [Verkehr](/themen/verkehr/)\n",
        {"paragraphs": DE_BODY.strip().split("\n\n")},
    )
)


PAGE_TOOLS.append(
    fixture(
        "a sentence opening with a tool button's words stays body",
        "Die Hafenbrücke wird gesperrt\n\n" + DE_BODY + "Nach oben korrigiert hat die Stadt die Kosten.\n\n"
        "Drucken lassen will sie die Pläne erst im Mai.\n",
        {
            "paragraphs": [
                *DE_BODY.strip().split("\n\n"),
                "Nach oben korrigiert hat die Stadt die Kosten.",
                "Drucken lassen will sie die Pläne erst im Mai.",
            ]
        },
    )
)


PAGE_TOOLS.extend(
    [
        fixture(
            "a share bar's toggle over the networks it hides, a line between the buttons",
            "El puente del puerto cerrará por obras\n\nCompartir en Facebook Compartir en Twitter\n\n"
            "Otros\n\nCompartir en Linkedin Compartir en Pinterest\n\n" + ES_BODY,
            {"paragraphs": ES_PARAGRAPHS},
        ),
        fixture(
            "a share bar's toggle as a list item under its buttons",
            "Harbour bridge to close for repairs\n\n  * [ Facebook ](https://example.com/share)\n"
            "  * Show more sharing options\n\n" + BODY,
            {"paragraphs": BODY.strip().split("\n\n"), "highlights": []},
        ),
        fixture(
            "a sentence opening with the toggle's word stays body",
            "El puente del puerto cerrará por obras\n\n"
            + ES_BODY
            + "Otros vecinos pidieron un puente nuevo.\n",
            {"paragraphs": [*ES_PARAGRAPHS, "Otros vecinos pidieron un puente nuevo."]},
        ),
    ]
)


FR_HEAD = (
    "# Le pont du port fermé pour travaux\n\nPar [Jeanne Dupont](/auteurs/jeanne-dupont/) le 3 mars 2021\n\n"
)
FR_DEK = "La mairie ferme le vieux pont pour six mois de travaux, et les habitants du quai s'inquiètent."

EN_DEK = "The old bridge shuts for six months of repairs, and the quay's residents worry about it."

DEKS_OVER_HEAD_TOOLS = [
    fixture(
        "the chapô under the byline, over the comment link",
        FR_HEAD + FR_DEK + "\n\nréagir\n\n" + FR_BODY,
        {"subtitle": FR_DEK, "paragraphs": FR_BODY.strip().split("\n\n")},
    ),
    fixture(
        "the dek under the byline, over the share bar",
        "# Harbour bridge to close for repairs\n\nBy [Jane Doe](/writer/jane-doe)\n\n" + EN_DEK + "\n\n"
        "  * [Facebook](https://example.com/share)\n  * [Twitter](https://example.com/tweet)\n\n" + BODY,
        {
            "subtitle": EN_DEK,
            "paragraphs": BODY.strip().split("\n\n"),
        },
    ),
    fixture(
        "a lead under the byline over a list of sentences stays body",
        "# Harbour bridge to close for repairs\n\nBy [Jane Doe](/writer/jane-doe)\n\n" + EN_DEK + "\n\n"
        "  * The ferry will run every twenty minutes while the bridge is shut for repairs.\n"
        "  * Cyclists can use the temporary footbridge next to the old customs house.\n\n" + BODY,
        {"subtitle": None},
    ),
    fixture(
        "a lead under the byline that introduces a list stays body",
        "# Harbour bridge to close for repairs\n\nBy [Jane Doe](/writer/jane-doe)\n\n"
        "The council set out what changes for the quay's residents:\n\n  * Ferries\n  * Buses\n\n" + BODY,
        {"subtitle": None},
    ),
    fixture(
        "a lead under the byline, over the next paragraph, stays body",
        FR_HEAD + FR_DEK + "\n\n" + FR_BODY,
        {"subtitle": None, "paragraphs": [FR_DEK, *FR_BODY.strip().split("\n\n")]},
    ),
]


ES_MARKED_HEAD = (
    "# El puente del puerto cerrará por obras\n\n"
    "## El ayuntamiento cierra el puente seis meses y los vecinos protestan\n\n"
)

BUTTONS_OVER_BYLINES = [
    fixture(
        "a close button and the byline's label apart from the writer's link",
        "[News](/news)\n\n# Harbour bridge to close for repairs\n\n" + EN_DEK + "\n\nClose\n\nBy \n\n"
        "[Jane Doe](/author/jane-doe)\n\n" + BODY,
        {"subtitle": EN_DEK, "authors": ["Jane Doe"], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a comment link and a save button over the byline",
        ES_MARKED_HEAD + "Ver comentarios\n\nGuardar\n\n[Ana Ruiz](/autor/ana_ruiz/)\n\n" + ES_BODY,
        {"authors": ["Ana Ruiz"], "paragraphs": ES_PARAGRAPHS},
    ),
    fixture(
        "a dateline over the byline stays the story's",
        "Harbour bridge to close for repairs\n\nLONDON —\n\nBy Jane Doe\n\n" + BODY,
        {"paragraphs": ["LONDON —", *BODY.strip().split("\n\n")]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BUTTONS_OVER_BYLINES)
def test_buttons_over_bylines(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


@pytest.mark.parametrize(("text", "expected"), DEKS_OVER_HEAD_TOOLS)
def test_deks_over_head_tools(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


FR_CAPTION_HEAD = (
    "Le pont du port fermé pour travaux\n\n    + Par Jeanne Dupont\n    + Publié le 03/03/2021 à 10:00\n\n"
    "    Le vieux pont du port, vu du quai Crédits photo : Paul Martin/Le Journal\n\n"
)
FR_TEASER = "La mairie ferme le vieux pont pour six mois de travaux, et les habitants du quai s'inquiètent."

STANDFIRSTS_PRINTED_AGAIN = [
    fixture(
        "the teaser under the photo, printed again in the e-mail form under the story",
        FR_CAPTION_HEAD + FR_TEASER + "\n\n" + FR_BODY + "        * Envoyer par mail\n\n"
        "              Le pont du port fermé pour travaux\n\n              " + FR_TEASER + "\n",
        {"subtitle": FR_TEASER, "paragraphs": FR_BODY.strip().split("\n\n")},
    ),
    fixture(
        "the teaser printed again cut with a trim mark",
        FR_CAPTION_HEAD
        + FR_TEASER
        + "\n\n"
        + FR_BODY
        + "La mairie ferme le vieux pont pour six mois de travaux…\n",
        {"subtitle": FR_TEASER, "paragraphs": FR_BODY.strip().split("\n\n")},
    ),
    fixture(
        "the dek under the byline, printed again in the share form under the story",
        "Harbour bridge to close for repairs\n\nBy Jane Doe\n\n"
        + EN_DEK
        + "\n\n"
        + BODY
        + "Share this story\n\n    Harbour bridge to close for repairs\n\n    "
        + EN_DEK
        + "\n",
        {"subtitle": EN_DEK, "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a lead under the photo, not printed again, stays body",
        FR_CAPTION_HEAD + FR_TEASER + "\n\n" + FR_BODY,
        {"subtitle": None, "paragraphs": [FR_TEASER, *FR_BODY.strip().split("\n\n")]},
    ),
    fixture(
        "a paragraph opening with the teaser's words, not cut, stays body",
        FR_CAPTION_HEAD + FR_TEASER + "\n\n" + FR_BODY + "La mairie ferme le vieux pont pour six mois.\n\n"
        "              " + FR_TEASER + "\n",
        {
            "subtitle": FR_TEASER,
            "paragraphs": [*FR_BODY.strip().split("\n\n"), "La mairie ferme le vieux pont pour six mois."],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), STANDFIRSTS_PRINTED_AGAIN)
def test_standfirsts_printed_again(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


ANSWER_BUTTONS = [
    fixture(
        "a newsletter opt-in's yes and no buttons under the story",
        "Le pont du port fermé pour travaux\n\n"
        + FR_BODY
        + "J'accepte de recevoir la newsletter du Journal\n\n"
        "                    Oui Non\n        * Imprimer\n",
        {"paragraphs": FR_BODY.strip().split("\n\n")},
    ),
    fixture(
        "an article-vote widget's question and buttons",
        "Harbour bridge to close for repairs\n\n" + BODY + "Was this article helpful? Yes No\n  * Print\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a question and its answer in the story stay body",
        "Harbour bridge to close for repairs\n\n" + BODY + "Will the ferry run? Yes, no change there.\n\n"
        "Will it cost more? Not yes, not no.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Will the ferry run? Yes, no change there.",
                "Will it cost more? Not yes, not no.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ANSWER_BUTTONS)
def test_answer_buttons(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


PAGE_TOOLS.extend(
    [
        fixture(
            "a panel's close button alone under the story",
            "Harbour bridge to close for repairs\n\n" + BODY + "Close\n",
            {"paragraphs": BODY.strip().split("\n\n")},
        ),
        fixture(
            "a close button run together with the share buttons it closes",
            "El puente del puerto cerrará por obras\n\nCompartir en Facebook Compartir en Twitter\n\n"
            "Cerrar Compartir en Linkedin Compartir en Pinterest\n\n" + ES_BODY,
            {"paragraphs": ES_PARAGRAPHS},
        ),
        fixture(
            "sentences opening with the close button's word stay body",
            "El puente del puerto cerrará por obras\n\n"
            + ES_BODY
            + "Cerrar el puente costará dos millones.\n\n"
            "Close to the quay, the ferry waits.\n",
            {
                "paragraphs": [
                    *ES_PARAGRAPHS,
                    "Cerrar el puente costará dos millones.",
                    "Close to the quay, the ferry waits.",
                ]
            },
        ),
    ]
)


@pytest.mark.parametrize(("text", "expected"), PAGE_TOOLS)
def test_page_tools_after_the_text(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


READER_WIDGETS = [
    fixture(
        "a comment form under its button's verb, its rules and the comments",
        "El puente del puerto cerrará por obras\n\n" + ES_BODY + "## Comentar\n\n"
        "Normas de uso\n\n  * Los comentarios son la opinión de los usuarios.\n\n"
        "Nombre (*):\n\nComentario:\n\nJuanito\n\nHace 2 horas\n\nQué vergüenza de puente.\n\n"
        "Valoración: 3menosmas\n",
        {"paragraphs": ES_BODY.strip().split("\n\n")},
    ),
    fixture(
        "a star rating's label over its stars",
        "El puente del puerto cerrará por obras\n\n" + ES_BODY + "Valorar:\n\n"
        "  * Puntuada con 3 estrellas\n  * Puntúa 1 estrella\n  * Puntúa 2 estrellas\n",
        {"paragraphs": ES_BODY.strip().split("\n\n")},
    ),
    fixture(
        "a newsletter box and its consent line",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "Join Our Newsletter Harbour news every morning.\n\n"
        "Become a member By signing up, I agree to receive emails from City Times.\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a template's unfilled placeholders",
        "# Harbour bridge to close for repairs\n\n" + BODY + "{{message}}\n\n{{ title }} {{date}}\n\n"
        "The bridge last closed in 1998.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    ),
    fixture(
        "a sentence about a newsletter or braces stays body",
        "Harbour bridge to close for repairs\n\n" + BODY + "Residents can join our newsletter, the council "
        "said.\n\nThe sign read {{closed}} all week.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Residents can join our newsletter, the council said.",
                "The sign read {{closed}} all week.",
            ]
        },
    ),
]


READER_WIDGETS += [
    fixture(
        "a share bar's counter under its buttons",
        "# Harbour bridge to close for repairs\n\n" + BODY + "  * [ Facebook ](https://example.com/share)\n"
        "  * 12,345 shares\n\n  * 1.2K Shares\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a list item with a number of shares in a sentence stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "The council sold:\n\n"
        "  * 500 shares in the ferry company, at a loss\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The council sold:",
                "500 shares in the ferry company, at a loss",
            ]
        },
    ),
]


READER_WIDGETS += [
    fixture(
        "a page's view counter under the headline (Joomla's 'Hits:', Ultima Hora's 'Visto N veces')",
        "# Harbour bridge to close for repairs\n\nHits: 2,718\n\n" + BODY + "Visto 95 veces\n\n"
        "Zugriffe: 1.204\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a sentence opening with a counter's label stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Viewed 40 times from the pier, the bridge "
        "looked fragile.\n\nHits: 3 of the 12 pylons were struck.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Viewed 40 times from the pier, the bridge looked fragile.",
                "Hits: 3 of the 12 pylons were struck.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), READER_WIDGETS)
def test_reader_widgets_and_promos(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


ASIDES = [
    fixture(
        "a bracketed promotion between the paragraphs",
        "Die Hafenbrücke wird gesperrt\n\n" + DE_BODY + "_[Alle Neuigkeiten zur Brücke lesen Sie "
        "[hier in unserem Blog](https://example.com/blog).]_\n\nDie Brücke wurde zuletzt 1998 gesperrt.\n",
        {"paragraphs": [*DE_BODY.strip().split("\n\n"), "Die Brücke wurde zuletzt 1998 gesperrt."]},
    ),
    fixture(
        "a parenthesised follow-us note",
        "Harbour bridge to close for repairs\n\n" + BODY + "(For more updates, follow City Times on "
        "Facebook and Twitter. Our newsletter arrives every morning.)\n\nThe bridge last closed in 1998.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    ),
    fixture(
        "a paragraph that opens and closes with brackets of two asides stays body",
        "Harbour bridge to close for repairs\n\n" + BODY + "(a) The north span will close first. Then "
        "the south span will follow, officials said (b)\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "(a) The north span will close first. Then the south span will follow, officials said (b)",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), ASIDES)
def test_bracketed_asides(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_trademark_and_copyright_notice_closes_the_text() -> None:
    """The networks' and studios' notice opens with the trademark sign: "™ & © 2013 ..."."""
    check(
        "Harbour bridge to close for repairs\n\n" + BODY + "™ & © 2021 City Television Network, Inc. "
        "All rights reserved.\n\n  * Share\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    )


def test_comment_rules_and_a_consent_box() -> None:
    """A newsletter form's consent box, and the comment rules' heading with all under it."""
    check(
        "Harbour bridge to close for repairs\n\n" + BODY + "City Times would like to send you news and "
        "offers by email, please tick the box if you agree\n\nThe bridge last closed in 1998.\n\n"
        "COMMUNITY GUIDELINES\n\n  * Please be respectful to other readers.\n\nSam: Good news at last.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998."]},
    )


def test_a_sentence_on_ticking_a_box_stays_body() -> None:
    """The phrase is the form's: a sentence on voting by ticking a box is text."""
    check(
        "Harbour bridge to close for repairs\n\n" + BODY + "Voters must tick the box next to the plan "
        "they support, officials said.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Voters must tick the box next to the plan they support, officials said.",
            ]
        },
    )


def test_a_rating_widget_in_the_head_is_the_pages() -> None:
    """A star-rating label in the head ("Rate this:", WordPress.com; "Valorar:", Última Hora)
    takes the list of stars under it: no highlights."""
    text = (
        "### Council approves the harbour plan after a long debate\n\n"
        "Rate this:\n\n"
        "* Rated 1 star out of 5\n"
        "* Rate 1 star\n"
        "* Rate 2 stars\n\n"
        "The council approved the harbour plan on Monday after a debate that lasted all night.\n\n"
        "Work on the new quay is to start in the spring, the mayor said afterwards.\n"
    )
    check(
        text,
        {
            "highlights": [],
            "paragraphs": [
                "The council approved the harbour plan on Monday after a debate that lasted all night.",
                "Work on the new quay is to start in the spring, the mayor said afterwards.",
            ],
        },
    )


# --- a dateline on a line of its own above the lead --------------------------------------------

_LEAD = "The city council voted on Tuesday to approve the new harbour plans after a long debate.\n\n"
_NEXT = "Objectors said they would take the case to the courts next month.\n"

LONE_DATELINE = [
    fixture(
        "a place in capitals and its dash alone on the line",
        "# Harbour plans approved after long debate\n\nBy Jane Doe\n\nMarch 3, 2026\n\nBOSTON — \n\n"
        + _LEAD
        + _NEXT,
        {
            "dateline": "BOSTON",
            "paragraphs": [_LEAD.strip(), _NEXT.strip()],
            "date": "2026-03-03",
        },
    ),
    fixture(
        "a place with its state and an agency",
        "# Harbour plans approved after long debate\n\nBy Jane Doe\n\nSALEM, Ore. (AP) —\n\n" + _LEAD + _NEXT,
        {"dateline": "SALEM, Ore.", "agency": "AP", "paragraphs": [_LEAD.strip(), _NEXT.strip()]},
    ),
    fixture(
        "an agency alone and its dash",
        "# Harbour plans approved after long debate\n\nBy Jane Doe\n\n(AP) —\n\n" + _LEAD + _NEXT,
        {"dateline": None, "agency": "AP", "paragraphs": [_LEAD.strip(), _NEXT.strip()]},
    ),
    fixture(
        "a short line ending in a dash over a short line stays body",
        "# Harbour plans approved after long debate\n\nBy Jane Doe\n\n"
        + _LEAD
        + "NEXT WEEK —\n\nMore to come.\n",
        {"dateline": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LONE_DATELINE)
def test_lone_dateline(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


LABELLED_LINKS = [
    fixture(
        "a bold label glued to its link between the paragraphs",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge.\n\n"
        "**MORE:[Ferry timetable changes for the summer months](https://example.com/news/ferry/)**\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a Spanish label, bold, over a spaced link",
        "# El puente del puerto cierra por obras\n\n"
        "El ayuntamiento votó el martes cerrar el viejo puente del puerto.\n\n"
        "**Más:** [El transbordador de la isla cambia su horario durante los meses de verano, "
        "anuncia la naviera](https://example.com/noticias/ferry/)\n\n"
        "Las obras empezarán en marzo y durarán unos seis meses, según el ayuntamiento.\n",
        {
            "paragraphs": [
                "El ayuntamiento votó el martes cerrar el viejo puente del puerto.",
                "Las obras empezarán en marzo y durarán unos seis meses, según el ayuntamiento.",
            ]
        },
    ),
    fixture(
        "a sentence going on after a labelled link stays text",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge.\n\n"
        "More: [the council's report](https://example.com/report.pdf) lists the repairs.\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge.",
                "More: the council's report lists the repairs.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
    fixture(
        "a link after a colon of another word stays text",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge.\n\n"
        "Mayor Jane Doe: [statement on the bridge](https://example.com/statement)\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge.",
                "Mayor Jane Doe: statement on the bridge",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_LINKS)
def test_labelled_links(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CAPTIONS_ABOVE_HEADLINES = [
    fixture(
        "the lead photo's caption and credit above the marked headline",
        "Boats wait at the entrance of the old harbour on a grey morning (Getty/Jane Roe)\n\n"
        "# Harbour bridge to close for repairs\n\n[Jane Doe](/writer/jane-doe)\n\n" + BODY,
        {
            "title": "Harbour bridge to close for repairs",
            "captions": [
                {
                    "text": "Boats wait at the entrance of the old harbour on a grey morning",
                    "credit": "Getty/Jane Roe",
                }
            ],
        },
    ),
    fixture(
        "a bold caption whose closing marks follow a space",
        "**Boats wait at the entrance of the old harbour on a grey morning(Getty/Jane Roe) **\n\n"
        "# Harbour bridge to close for repairs\n\n[Jane Doe](/writer/jane-doe)\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "Boats wait at the entrance of the old harbour on a grey morning",
                    "credit": "Getty/Jane Roe",
                }
            ],
        },
    ),
    fixture(
        "a section label above the marked headline is no caption",
        "[World](/world/)\n\n# Harbour bridge to close for repairs\n\nBy Jane Doe\n\n" + BODY,
        {"title": "Harbour bridge to close for repairs", "captions": []},
    ),
    fixture(
        "a line with a credit over an unmarked headline is the headline",
        "Boats wait at the entrance of the old harbour (Getty/Jane Roe)\n\nBy Jane Doe\n\n" + BODY,
        {"title": "Boats wait at the entrance of the old harbour (Getty/Jane Roe)", "captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAPTIONS_ABOVE_HEADLINES)
def test_captions_above_headlines(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_bold_closed_after_a_space() -> None:
    """html2text leaves a space that stood inside a bold tag before the closing marks ("**X **",
    its issue #371): the page shows the words in bold, so they read without the marks; asterisks
    around spaced operands are no emphasis."""
    check(
        "# Harbour bridge to close for repairs\n\n[Jane Doe](/writer/jane-doe)\n\n"
        + BODY
        + "**The council will meet again in May to set the dates. **\n\n"
        "The toll is 2 ** 3 pence per crossing, the council wrote in its notice.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The council will meet again in May to set the dates.",
                "The toll is 2 ** 3 pence per crossing, the council wrote in its notice.",
            ]
        },
    )


def test_long_italic_quotation() -> None:
    """html2text wraps a whole ``<em>`` in one pair of marks: a quotation set in italics reads
    without them however long it runs (a paragraph's length; Markdown sets no bound), and so does
    one opening after a spaced quotation mark or glued to a full stop."""
    quote = (
        "Nous avons vu le pont vieillir année après année, sans que personne ne vienne le réparer, "
        "alors que les camions y passaient chaque matin et chaque soir, dit une habitante du quai."
    )
    more = (
        "Les travaux prévus au printemps dureront six mois, mais la mairie promet de garder une "
        "passerelle ouverte aux piétons et aux vélos pendant toute la durée du chantier, afin que "
        "les écoliers du quartier puissent continuer à rejoindre leur école sans faire un long "
        "détour par le pont de la gare, qui est déjà très encombré aux heures de pointe.»"
    )
    check(
        "# Le pont du port fermé pour travaux\n\n[Jeanne Dupont](/auteurs/jeanne-dupont)\n\n"
        + FR_BODY
        + "« _"
        + quote
        + "_ Et elle ajoute._"
        + more
        + "_\n",
        {"paragraphs": [*FR_BODY.strip().split("\n\n"), "« " + quote + " Et elle ajoute." + more]},
    )


TRUST_MARKS = [
    fixture(
        "the Trust Project's mark under the story",
        "# El puente del puerto cierra por obras\n\n[Ana Ruiz](/autor/ana_ruiz/)\n\n"
        "El ayuntamiento votó el martes cerrar el viejo puente del puerto.\n\n"
        "Las obras empezarán en marzo y durarán unos seis meses, según el ayuntamiento.\n\n"
        "Cumple los criterios de [![The Trust Project](/t.gif)](/estaticos/que-es-the-trust-project/) "
        "[Saber más >](/estaticos/codigo/)\n",
        {
            "paragraphs": [
                "El ayuntamiento votó el martes cerrar el viejo puente del puerto.",
                "Las obras empezarán en marzo y durarán unos seis meses, según el ayuntamiento.",
            ]
        },
    ),
    fixture(
        "a paragraph on trust with a link stays text",
        "# Harbour bridge to close for repairs\n\n[Jane Doe](/writer/jane-doe)\n\n"
        + BODY
        + "The harbour trust projected [a rise in traffic](/report/) once the bridge reopens.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The harbour trust projected a rise in traffic once the bridge reopens.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TRUST_MARKS)
def test_trust_marks(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CONVERTED_LIST_ITEMS = [
    fixture(
        "html2text's list items in the body are paragraphs without the converter's star",
        "# Harbour bridge to close for repairs\n\n" + BODY + "The council listed its reasons:\n\n"
        "  * The deck has rusted through in two places.\n"
        "  * The railings no longer meet the safety code.\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The council listed its reasons:",
                "The deck has rusted through in two places.",
                "The railings no longer meet the safety code.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "inscriptis' list items, indented under the body's paragraphs, lose their star",
        "   Hafenbrücke wird für Reparaturen gesperrt\n\n"
        "   Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.\n\n"
        "   Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n\n"
        "     * Die Fahrbahn ist an zwei Stellen durchgerostet.\n"
        "     * Das Geländer entspricht nicht mehr den Vorschriften.\n\n"
        "   Zuletzt war die Brücke 1998 gesperrt.\n",
        {
            "paragraphs": [
                "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.",
                "Die Arbeiten beginnen im März und dauern etwa sechs Monate.",
                "Die Fahrbahn ist an zwei Stellen durchgerostet.",
                "Das Geländer entspricht nicht mehr den Vorschriften.",
                "Zuletzt war die Brücke 1998 gesperrt.",
            ]
        },
    ),
    fixture(
        "a flush line opening with a star in plain text keeps it",
        "Harbour bridge to close for repairs\n\n" + BODY + "* The deck has rusted through in two places.\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "* The deck has rusted through in two places.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
    fixture(
        "a plain text's own dash list keeps its dashes",
        "Harbour bridge to close for repairs\n\n"
        + BODY
        + "  - The deck has rusted through in two places.\n\n"
        "The bridge last closed in 1998.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "- The deck has rusted through in two places.",
                "The bridge last closed in 1998.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CONVERTED_LIST_ITEMS)
def test_converted_list_items(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


DATES_UNDER_LATE_BYLINES = [
    fixture(
        "a date alone under a byline that a teaser with a dateline put after the body's start",
        "Verkehr\n\nHafenbrücke wird für Reparaturen gesperrt\n\n"
        "Hamburg. Pendler müssen sich auf längere Wege einstellen. Die Fähren fahren öfter.\n\n"
        "  Von Jana Roth\n\n12.03.2022, 14:05 Uhr\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n",
        {
            "date": "2022-03-12T14:05:00",
            "authors": ["Jana Roth"],
            "paragraphs": [
                "Hamburg. Pendler müssen sich auf längere Wege einstellen. Die Fähren fahren öfter.",
                "Die Arbeiten beginnen im März und dauern etwa sechs Monate.",
            ],
        },
    ),
    fixture(
        "a date alone under a paragraph of the body is no publication date",
        "Harbour bridge to close for repairs\n\n" + BODY + "12.03.2022\n\nThe bridge last closed in 1998.\n",
        {"date": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), DATES_UNDER_LATE_BYLINES)
def test_dates_under_late_bylines(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


BODY_LINES = BODY.strip().split("\n\n")

STORY_CARDS = [
    fixture(
        "cards of other stories under their headings close a page converted without marks",
        "Harbour bridge to close for repairs\n\n" + BODY + "      Related\n\n"
        "          Ferry timetable changes for the summer season\n\n"
        "          New cycle lane opens on the quay after two years\n\n"
        "      Latest Stories\n\n"
        "              Port workers vote to accept the new pay offer\n\n"
        "              Jane Roe\n\n"
        "              - Mar. 4\n\n"
        "          The union said the deal ends a dispute that lasted most of the winter.\n\n"
        "        Join Our Newsletter Good reporting on the harbour. Delivered to you.\n",
        {"paragraphs": BODY_LINES},
    ),
    fixture(
        "a sponsor's linked headline and teaser under their heading, over the comments",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Promoted Content\n\n"
        "[A weekend of seafood on the quay](https://example.com/promo)\n\n"
        "[You are invited to taste the catch of the day at the harbour's oldest inn](https://example.com/promo)\n\n"
        "##### comments\n",
        {"paragraphs": BODY_LINES, "rules": ["title", "paragraph", "paragraph", *["furniture"] * 4]},
    ),
    fixture(
        "guard: a sentence under the heading is the article's",
        "Harbour bridge to close for repairs\n\n" + BODY + "Related\n\n"
        "The bridge last closed in 1998.\n\nIt reopened a year later.\n",
        {"paragraphs": [*BODY_LINES, "The bridge last closed in 1998.", "It reopened a year later."]},
    ),
    fixture(
        "guard: short paragraphs under a headline under the heading stay the article's",
        "Harbour bridge to close for repairs\n\n" + BODY + "Related\n\n"
        "Ferry timetable changes for the summer season\n\n"
        "The bridge last closed in 1998.\n\nIt reopened a year later.\n",
        {"paragraphs": [*BODY_LINES, "The bridge last closed in 1998.", "It reopened a year later."]},
    ),
    fixture(
        "guard: a paragraph among the lines under the heading stays the article's",
        "Harbour bridge to close for repairs\n\n" + BODY + "Latest news\n\n"
        "Ferry timetable changes for the summer season\n\n"
        + "The council said the ferry will run every half hour while the bridge is closed, and that "
        "the fares will stay as they are for residents of the harbour district, who will be given "
        "passes at the town hall from the first of March.\n",
        {
            "paragraphs": [
                *BODY_LINES,
                "The council said the ferry will run every half hour while the bridge is closed, and that "
                "the fares will stay as they are for residents of the harbour district, who will be given "
                "passes at the town hall from the first of March.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), STORY_CARDS)
def test_story_cards_under_a_heading(text: str, expected: dict[str, Any]) -> None:
    """Pages close with cards of their other stories (a headline, a name, a date, a teaser)
    under a heading: The Intercept's "Related" and "Latest Stories", the Times of Israel's
    "Promoted Content"; trafilatura drops such boxes by class."""
    check(text, expected)


PROMOTIONS = [
    fixture(
        "a newsletter offer and its button between the paragraphs",
        "# Harbour bridge to close for repairs\n\n" + BODY_LINES[0] + "\n\n"
        "[ Get the Courier's Morning Briefing by email ](/signup/) [ Free Sign Up ](/signup/)\n\n"
        + BODY_LINES[1]
        + "\n",
        {"paragraphs": BODY_LINES, "rules": ["title", "paragraph", "furniture", "paragraph"]},
    ),
    fixture(
        "a newsletter's tagline under its heading",
        "Harbour bridge to close for repairs\n\n" + BODY_LINES[0] + "\n\nJoin Our Newsletter\n\n"
        "Good reporting on the harbour. Delivered to you.\n\n" + BODY_LINES[1] + "\n",
        {"paragraphs": BODY_LINES},
    ),
    fixture(
        "a support button alone on its line",
        "Harbour bridge to close for repairs\n\n" + BODY_LINES[0] + "\n\nDonate\n\n" + BODY_LINES[1] + "\n",
        {"paragraphs": BODY_LINES, "rules": ["title", "paragraph", "furniture", "paragraph"]},
    ),
    fixture(
        "a German subscription's free trial and the home link",
        "# Die Hafenbrücke wird gesperrt\n\n"
        "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate.\n\n"
        "[ Neu: Kurier Plus jetzt gratis testen! ](https://abo.example.de/plus) [zur Startseite](/)\n",
        {
            "paragraphs": [
                "Der Stadtrat hat am Dienstag beschlossen, die alte Hafenbrücke zu sperren.",
                "Die Arbeiten beginnen im März und dauern etwa sechs Monate.",
            ],
            "rules": ["title", "paragraph", "paragraph", "furniture"],
        },
    ),
    fixture(
        "guard: sentences on donations and deliveries stay text",
        "Harbour bridge to close for repairs\n\n" + BODY_LINES[0] + "\n\n"
        "Donate what you can, the mayor told residents.\n\n"
        "The parcels were delivered to your neighbours, the firm said.\n",
        {
            "paragraphs": [
                BODY_LINES[0],
                "Donate what you can, the mayor told residents.",
                "The parcels were delivered to your neighbours, the firm said.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PROMOTIONS)
def test_newsletter_and_subscription_promotions(text: str, expected: dict[str, Any]) -> None:
    """A newsletter's or subscription's offer, its tagline, and a support button are the page's
    (The Intercept's box and "Donate", the Times of Israel's sign-up, the Tagesspiegel's Plus)."""
    check(text, expected)


FR_PAGE = (
    "# Le pont du port fermé pour travaux\n\n"
    "Le conseil municipal a voté mardi la fermeture du vieux pont du port.\n\n"
    "Les travaux commenceront en mars et dureront environ six mois.\n\n"
)


def test_a_paywalls_prompt_is_the_pages() -> None:
    """A paywall's prompt over a subscriber's story ("Déjà abonné ? Se connecter") is the
    page's; a sentence on a service kept for subscribers with more to say stays text."""
    check(
        FR_PAGE + "Cet article est réservé aux abonnés. Déjà abonné ? Se connecter\n",
        {"rules": ["title", "paragraph", "paragraph", "furniture"]},
    )


def test_a_sentence_on_subscribers_stays_text() -> None:
    """Guard: words about subscribers in the story's own sentence are text."""
    check(
        FR_PAGE + "Les abonnés du réseau de bus pourront prendre le bac gratuitement, a précisé le maire.\n",
        {"rules": ["title", "paragraph", "paragraph", "paragraph"]},
    )


CAROUSEL_CONTROLS = [
    fixture(
        "a gallery's previous and next arrows, between the marks of their empty icon elements",
        "# Harbour bridge to close for repairs\n\n__Prev Next __\n\n" + BODY,
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a carousel's controls in French, plain, under the headline (no writer's name)",
        "# Le pont du port fermé pour travaux\n\nPrécédent Suivant\n\n" + FR_BODY,
        {"paragraphs": FR_BODY.strip().split("\n\n"), "authors": []},
    ),
    fixture(
        "a sentence holding the same words stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "_Previous next steps were agreed in May._\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "Previous next steps were agreed in May."]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), CAROUSEL_CONTROLS)
def test_carousel_controls(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


JOINED_UPDATE_STAMPS = [
    fixture(
        "the update stamp joined to the posted stamp by 'and', each on its line",
        "# Harbour bridge to close for repairs\n\nBy: Harbour Wire\n\n"
        "Posted at 2019-03-04T09:15:00-0700\n\nand last updated 2019-03-04 11:20:00-05\n\n" + BODY,
        {"date": "2019-03-04T09:15:00-07:00", "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a line opening with 'and' and a date under no stamp stays body",
        "# Harbour bridge to close for repairs\n\n" + BODY + "and updated plans on 2019-03-04 were shown.\n",
        {"paragraphs": [*BODY.strip().split("\n\n"), "and updated plans on 2019-03-04 were shown."]},
    ),
]


@pytest.mark.parametrize(("text", "expected"), JOINED_UPDATE_STAMPS)
def test_joined_update_stamps(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


EMPTY_CREDITS = [
    fixture(
        "a photo's caption printed with its separator and no credit after it",
        "Harbour bridge to close for repairs\n\nSam Lee\n\nJane Roe -\n\n" + BODY + "Tom Poe -\n\n"
        "The bridge last closed in 1998, officials said.\n",
        {
            "captions": [{"text": "Jane Roe", "credit": None}, {"text": "Tom Poe", "credit": None}],
            "paragraphs": [*BODY.strip().split("\n\n"), "The bridge last closed in 1998, officials said."],
        },
    ),
    fixture(
        "a dateline in capitals over its dash is no caption",
        "Harbour bridge to close for repairs\n\n" + BODY + "HARBOUR CITY -\n\n"
        "The bridge last closed in 1998, officials said.\n",
        {"captions": []},
    ),
    fixture(
        "a place alone over its dash is a dateline, no caption",
        "Harbour bridge to close for repairs\n\n" + BODY + "Harbourton -\n\n"
        "The bridge last closed in 1998, officials said.\n",
        {"captions": []},
    ),
    fixture(
        "a wrapped paragraph's line ending in a dash is no caption",
        "Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge for repairs, a move\n"
        "that officials said was overdue -\n"
        "the bridge had not been repaired since it was built.\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {"captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), EMPTY_CREDITS)
def test_captions_with_an_empty_credit(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


INDENTED_BODY = (
    "    The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
    "    Work will begin in March and last about six months, officials said.\n"
)

VIDEO_TITLES = [
    fixture(
        "an embedded video's bare title, deeper than the share list and the body under it",
        "Harbour bridge to close for repairs\n\n    * Share\n    * Email\n\n"
        "        Harbour bridge closure explained\n\n" + INDENTED_BODY,
        {"captions": [], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "an embedded video's bare title between two paragraphs",
        "Harbour bridge to close for repairs\n\n"
        "  The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
        "      Dr. Lee on the harbour bridge closure\n\n"
        "  Work will begin in March and last about six months, officials said.\n\n"
        "  The bridge last closed in 1998, officials said.\n",
        {
            "captions": [],
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The bridge last closed in 1998, officials said.",
            ],
        },
    ),
    fixture(
        "a quoted sentence set deeper stays body",
        "Harbour bridge to close for repairs\n\n"
        "  The council voted on Tuesday to close the old harbour bridge for repairs.\n\n"
        "      The bridge will reopen before the summer.\n\n"
        "  Work will begin in March and last about six months, officials said.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "The bridge will reopen before the summer.",
                "Work will begin in March and last about six months, officials said.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), VIDEO_TITLES)
def test_embedded_video_titles(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


LONG_LEAD = (
    "The council voted on Tuesday to close the old harbour bridge for repairs after engineers found "
    "cracks in two of its steel girders during a routine inspection last month. Officials said the "
    "work would take about six months and cost more than the town had set aside, and the ferry "
    "company agreed to run extra boats across the harbour while the bridge is shut to all traffic."
)

BAR_BYLINES = [
    fixture(
        "name, place and date set apart with bars under the headline",
        "# Harbour bridge to close for repairs\n\n**Jane Roe** | Valencia | 28/01/2014\n\n" + BODY,
        {"authors": ["Jane Roe"], "date": "2014-01-28", "dateline": "Valencia"},
    ),
    fixture(
        "name and a place of three words, the date stamp on the next line",
        "# Harbour bridge to close for repairs\n\n_Jane Roe_ | Palma de Mallorca\n\n"
        "Actualizado domingo 28/10/2012 03:21 horas\n\n" + BODY,
        {"authors": ["Jane Roe"], "date": "2012-10-28T03:21:00", "dateline": "Palma de Mallorca"},
    ),
    fixture(
        "a menu bar under the headline names no writer",
        "# Harbour bridge to close for repairs\n\nHome | News | Sport\n\nMarch 3, 2020\n\n" + BODY,
        {"authors": [], "dateline": None},
    ),
    fixture(
        "a name over an agency after the bar gives no place",
        "# Harbour bridge to close for repairs\n\nJane Roe | Reuters\n\nMarch 3, 2020\n\n" + BODY,
        {"dateline": None},
    ),
    fixture(
        "a name and a place with no date near them stay body",
        "# Harbour bridge to close for repairs\n\nJane Roe | Valencia\n\n" + BODY,
        {"authors": [], "dateline": None},
    ),
]


@pytest.mark.parametrize(("text", "expected"), BAR_BYLINES)
def test_bylines_set_apart_with_bars(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


SCRIPT_LINKS = [
    fixture(
        "a page's script buttons under the byline",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\n"
        '  * [Smaller text](javascript:shrinkText\\(\\) "Smaller text")\n'
        "  * [Larger text](javascript:growText\\(\\))\n\n" + BODY,
        {"highlights": [], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a sentence with a script link in it stays body",
        "# Harbour bridge to close for repairs\n\n"
        + BODY
        + "Readers can [print the form](javascript:print\\(\\)) and send it to the council by Friday.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "Readers can print the form and send it to the council by Friday.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), SCRIPT_LINKS)
def test_script_links(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


CREDIT_ALONE = [
    fixture(
        "a lone credit over the first paragraph: no caption",
        "Harbour bridge to close for repairs\n\nBy: Jane Roe\n\nSam Lee / AFP / Getty Images\n\n"
        + LONG_LEAD
        + "\n\n"
        + BODY,
        {"captions": [], "paragraphs": [LONG_LEAD, *BODY.strip().split("\n\n")]},
    ),
    fixture(
        "a credit over a short caption is the caption's",
        "Harbour bridge to close for repairs\n\nBy: Jane Roe\n\nSam Lee / AFP / Getty Images\n\n"
        "Workers inspect the old harbour bridge on Monday.\n\n" + BODY,
        {
            "captions": [
                {
                    "text": "Workers inspect the old harbour bridge on Monday.",
                    "credit": "Sam Lee / AFP / Getty Images",
                }
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDIT_ALONE)
def test_a_credit_alone_over_the_lead(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


LISTED_HEADLINES = [
    fixture(
        "a heading-like label set apart over a list of other stories",
        "Harbour bridge to close for repairs\n\n" + BODY + "    Read Other Stories About the Harbour:\n\n"
        "      * Ferry timetable changes for the summer ( Daily Post )\n"
        "      * New cycle lane opens on the quay ( Harbour Times )\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a colon introducing a quoted sentence stays body",
        "Harbour bridge to close for repairs\n\n" + BODY + "The mayor read out the engineers' advice:\n\n"
        "  * The bridge must close before the winter storms arrive.\n",
        {
            "paragraphs": [
                *BODY.strip().split("\n\n"),
                "The mayor read out the engineers' advice:",
                "The bridge must close before the winter storms arrive.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), LISTED_HEADLINES)
def test_headlines_listed_under_a_label_set_apart(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


COMMENT_COUNTERS = [
    fixture(
        "the head's comment counter over the lead photo",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\nComments 15\n\n" + BODY,
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a comment counter under summary lines that end no sentence",
        "Harbour bridge to close for repairs\n\nThe span has stood since 1931\n\n"
        "Repairs start in March\n\nComentarios 15\n\n" + BODY,
        {
            "paragraphs": [
                "Repairs start in March",
                *BODY.strip().split("\n\n"),
            ]
        },
    ),
    fixture(
        "a comments heading under the story still takes the comments",
        "Harbour bridge to close for repairs\n\n" + BODY + "Comments 2\n\n"
        "Harbourfan: About time they fixed it.\n\nBob: The ferry will be packed.\n",
        {"paragraphs": BODY.strip().split("\n\n")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMENT_COUNTERS)
def test_comment_counters_in_the_head(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_a_button_to_the_writers_page_is_no_name() -> None:
    """The author menu beside a linked byline links to the writer's page too (a page read without
    its list marks prints each button on a line of its own)."""
    check(
        "# Harbour bridge to close for repairs\n\nBy [Jane Roe](https://example.com/author/jane-roe/)\n\n"
        "[View author archive](https://example.com/author/jane-roe/)\n\n" + BODY,
        {"authors": ["Jane Roe"]},
    )


def test_a_linked_name_to_the_writers_page_is_the_byline() -> None:
    check(
        "# Harbour bridge to close for repairs\n\n[Jane Roe](https://example.com/author/jane-roe/)\n\n"
        + BODY,
        {"authors": ["Jane Roe"]},
    )


HIGHLIGHT_BOXES = [
    fixture(
        "a story-highlights box under the lead video's description",
        "Harbour bridge to close for repairs\n\n"
        "    Watch the mayor explain why the old bridge must close for half a year.\n\n"
        "    Jane Roe, Harbour Gazette 4:10 p.m. EST March 3, 2021\n\n"
        "        Story Highlights\n\n"
        "          * The bridge will close in March for six months\n"
        "          * Ferries will run every half hour while it is shut\n\n" + BODY,
        {
            "highlights": [
                "The bridge will close in March for six months",
                "Ferries will run every half hour while it is shut",
            ],
        },
    ),
    fixture(
        "a German box under its heading",
        "# Hafenbrücke wird gesperrt\n\n"
        "Die Stadt sperrt die alte Brücke am Hafen für ein halbes Jahr, sagte der Bürgermeister.\n\n"
        "Das Wichtigste in Kürze\n\n"
        "  * Die Brücke wird im März gesperrt\n"
        "  * Fähren fahren alle dreißig Minuten\n\n"
        "Die Arbeiten beginnen im März und dauern etwa sechs Monate, sagte die Stadt am Dienstag.\n",
        {
            "highlights": ["Die Brücke wird im März gesperrt", "Fähren fahren alle dreißig Minuten"],
        },
    ),
    fixture(
        "a highlights heading over short items is no box",
        "# Harbour bridge to close for repairs\n\n" + BODY + "Highlights\n\n  * Video\n  * Photos\n",
        {"highlights": []},
    ),
    fixture(
        "bullets in the body with no heading stay the body's",
        "# Harbour bridge to close for repairs\n\n" + BODY + "The council listed the works:\n\n"
        "  * new steel beams under the old deck\n  * a wider path for the cyclists\n",
        {"highlights": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), HIGHLIGHT_BOXES)
def test_highlight_boxes(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


AUTHOR_BOX_BUTTONS = [
    fixture(
        "the author box's archive link run into the name under the headline (inscriptis)",
        "  Harbour bridge to close for repairs\n\n      Jane Roe View More Articles\n\n"
        "    The old crossing shuts for half a year while crews replace its deck\n\n"
        "    March 3, 2021 10:15\n\n" + BODY,
        {
            "authors": ["Jane Roe"],
            "subtitle": "The old crossing shuts for half a year while crews replace its deck",
            "date": "2021-03-03T10:15:00",
        },
    ),
    fixture(
        "the New York Post's wording of the button",
        "  Harbour bridge to close for repairs\n\n      Jane Roe View author archive\n\n"
        "    The old crossing shuts for half a year while crews replace its deck\n\n" + BODY,
        {"authors": ["Jane Roe"]},
    ),
    fixture(
        "a line that only ends with the words, no name before them, stays what it was",
        "# Harbour bridge to close for repairs\n\nThe council has published all articles\n\n" + BODY,
        {"authors": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), AUTHOR_BOX_BUTTONS)
def test_author_box_buttons_beside_the_name(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


RELATED_BOXES_IN_THE_HEAD = [
    fixture(
        "a related-stories box between the byline and the body is no highlights",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\n#### Related Items\n\n"
        "  * [Ferry timetable changes for the summer](/news/ferry-timetable)\n"
        "  * [New cycle lane opens on the quay](/news/cycle-lane)\n\n" + BODY,
        {"highlights": [], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a highlights box in the same place stays highlights",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\nStory highlights\n\n"
        "  * The bridge will close in March for six months\n"
        "  * Ferries will run every half hour while it is shut\n\n" + BODY,
        {
            "highlights": [
                "The bridge will close in March for six months",
                "Ferries will run every half hour while it is shut",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RELATED_BOXES_IN_THE_HEAD)
def test_related_boxes_in_the_head(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


UPDATE_STAMPS_AFTER_THE_DATE = [
    fixture(
        "the update after a spaced dash, its time on the 24-hour clock in two zones",
        "  Harbour bridge to close for repairs\n\n      By Jane Roe, Harbour Gazette\n"
        "      March 3, 2021 -- Updated 0415 GMT (1215 HKT)\n\n" + BODY,
        {"date": "2021-03-03"},
    ),
    fixture(
        "the update after a comma",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\nMarch 3, 2021, Updated 4:15 PM\n\n" + BODY,
        {"date": "2021-03-03"},
    ),
    fixture(
        "a date in a sentence followed by the word stays the body's",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\nMarch 3, 2021\n\n"
        "The plan of 2019 -- updated twice since -- was approved by the council on Tuesday.\n\n" + BODY,
        {
            "date": "2021-03-03",
            "paragraphs": [
                "The plan of 2019 -- updated twice since -- was approved by the council on Tuesday.",
                *BODY.strip().split("\n\n"),
            ],
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), UPDATE_STAMPS_AFTER_THE_DATE)
def test_update_stamps_after_the_date(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


ICON_SHARE_BARS = [
    fixture(
        "a share bar of icons (html2text's empty emphasis) under the lead marks a converted page",
        "(C) Harbour Photo Agency\n\n# Harbour bridge to close for repairs\n\n"
        "The old crossing shuts for half a year while crews replace its worn deck.\n\n"
        "  * __\n  * __\n  * __\n\n**Agencia EFE**   \n03.03.2021\n\n" + BODY,
        {
            "subtitle": "The old crossing shuts for half a year while crews replace its worn deck.",
            "agency": "EFE",
            "authors": [],
            "date": "2021-03-03",
        },
    ),
    fixture(
        "a Python name's underscores are no icon: a note's heading stays the note's",
        "Notes on the build\n\nThe module defines __init__ and little else.\n\n# Setup\n\n"
        "Install the package and run the tests before you change anything.\n",
        {"title": "Notes on the build"},
    ),
]


@pytest.mark.parametrize(("text", "expected"), ICON_SHARE_BARS)
def test_icon_share_bars(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


def test_an_agency_signing_with_its_full_name_is_the_agency() -> None:
    """EFE signs as "Agencia EFE" (its name), which its clients print in the byline."""
    check(
        "# Harbour bridge to close for repairs\n\nPor Agencia EFE\n\n" + BODY,
        {"agency": "EFE", "authors": []},
    )


SHORT_CAPTIONS_REPEATING_THE_ALT = [
    fixture(
        "a portrait's short caption repeats the image's alt text whole",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\n"
        "![Marta Ruiz.](https://example.com/img/ruiz.jpg)\n\nMarta Ruiz.\n\n" + BODY,
        {"captions": [{"text": "Marta Ruiz.", "credit": None}], "paragraphs": BODY.strip().split("\n\n")},
    ),
    fixture(
        "a label under an image with the same alt text is no caption",
        "# Harbour bridge to close for repairs\n\nBy Jane Roe\n\n"
        + BODY
        + "![Gallery](https://example.com/img/g.jpg)\n\nGallery\n\n"
        "The new deck will be laid in three stages over the summer months.\n",
        {"captions": []},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_CAPTIONS_REPEATING_THE_ALT)
def test_short_captions_repeating_the_alt(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- Markdown escapes and marked subheadings (markup) ---------------------------------------

MARKED_TEXT = [
    fixture(
        "backslash escapes show the character itself",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on Tuesday to close the old harbour bridge, **officials** said.\n\n"
        '\\"We have no choice,\\" the mayor wrote to \\@harbourtown on Tuesday.\n\n'
        "\\[embed\\] Work will begin in March and last about six months\\.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge, officials said.",
                '"We have no choice," the mayor wrote to @harbourtown on Tuesday.',
                "[embed] Work will begin in March and last about six months.",
            ]
        },
    ),
    fixture(
        "an escaped asterisk is no emphasis mark",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on **Tuesday** to close the old harbour bridge for repairs.\n\n"
        "Tolls rise by 5\\* for vans and 3\\* for cars, the notice said\\*.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Tolls rise by 5* for vans and 3* for cars, the notice said*.",
            ]
        },
    ),
    fixture(
        "a backslash before a letter is text (a path), not an escape",
        "# Harbour bridge to close for repairs\n\n"
        "The council voted on **Tuesday** to close the old harbour bridge for repairs.\n\n"
        "The plans are filed under C:\\Harbour\\bridge on the town's server.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "The plans are filed under C:\\Harbour\\bridge on the town's server.",
            ]
        },
    ),
    fixture(
        "numbered subheadings of a list article are headings",
        "# Five bridges worth a walk\n\n" + BODY + "## The five bridges\n\n"
        "### 1. Harbour bridge\n\n"
        "The oldest crossing was built in 1898 and still carries the tram.\n\n"
        "### 2. Mill bridge \n\n"
        "A footbridge over the weir, rebuilt after the flood of 1953.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The oldest crossing was built in 1898 and still carries the tram.",
                "A footbridge over the weir, rebuilt after the flood of 1953.",
            ]
        },
    ),
    fixture(
        "a numbered line with no heading mark stays a paragraph",
        "# Five bridges worth a walk\n\n"
        + BODY
        + "1. Harbour bridge. The oldest crossing was built in 1898.\n\n"
        "A footbridge over the weir was rebuilt after the flood of 1953.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "1. Harbour bridge. The oldest crossing was built in 1898.",
                "A footbridge over the weir was rebuilt after the flood of 1953.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), MARKED_TEXT)
def test_marked_text(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- Markdown tables (markup.table_rows) ------------------------------------------------------

TABLES = [
    fixture(
        "a table of the item's fields between the dek and the text",
        "# Harbour bridge to close for repairs\n\n"
        "The old crossing shuts in March for half a year of works on its deck.\n\n"
        "| Field | Value |\n|-------|-------|\n| author | Jane Roe |\n| editor | John Doe |\n\n"
        "**HARBOURTOWN, HarbourNews.com** - The council voted on Tuesday to close the bridge.\n\n"
        "Work will begin in March and last about six months, officials said.\n",
        {
            "subtitle": "The old crossing shuts in March for half a year of works on its deck.",
            "dateline": "HARBOURTOWN",
            "agency": "HarbourNews.com",
            "paragraphs": [
                "HARBOURTOWN, HarbourNews.com - The council voted on Tuesday to close the bridge.",
                "Work will begin in March and last about six months, officials said.",
            ],
        },
    ),
    fixture(
        "a table of results in the body is data",
        "# Harbour regatta ends in a tie\n\n" + BODY + "Team | Points\n---|---\nHarbour | 12\nQuay | 12\n\n"
        "The final will be sailed again on Sunday.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "The final will be sailed again on Sunday.",
            ]
        },
    ),
    fixture(
        "lines with a bar but no delimiter row stay text",
        "# Harbour regatta ends in a tie\n\n" + BODY + "Harbour | 12 points, the best score of the day.\n\n"
        "Quay | 12 points after a late surge on the last leg.\n",
        {
            "paragraphs": [
                "The council voted on Tuesday to close the old harbour bridge for repairs.",
                "Work will begin in March and last about six months, officials said.",
                "Harbour | 12 points, the best score of the day.",
                "Quay | 12 points after a late surge on the last leg.",
            ]
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLES)
def test_tables(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- setext headings: a heading underlined with "===" or "---" --------------------------------

SETEXT_HEADINGS = [
    pytest.param(
        "Harbour ferry returns\n=====================\n\nThe ferry sails again from Monday.\n\n"
        "New timetable\n-------------\n\nBoats leave every half hour.\n\n"
        "Fares\n-----\n\nA single ticket costs two euros.\n",
        {
            "title": "Harbour ferry returns",
            "paragraphs": [
                "The ferry sails again from Monday.",
                "Boats leave every half hour.",
                "A single ticket costs two euros.",
            ],
        },
        id="'===' and '---' underlines make the headline and crossheads",
    ),
    pytest.param(
        "---\ntitle: Harbour ferry returns\n---\n\nThe ferry sails again from Monday.\n\n"
        "Boats leave every half hour.\n",
        {
            "title": "Harbour ferry returns",
            "paragraphs": ["The ferry sails again from Monday.", "Boats leave every half hour."],
        },
        id="front matter's closing '---' under its last key underlines no heading",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SETEXT_HEADINGS)
def test_setext_headings(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)


# --- a share bar's links under the date are no byline ------------------------------------------

_SHARE_HEAD = "# Speaking up\n\n14/01/2020\n\n"
_SHARE_BODY = (
    "Citizens are asked for their opinion more and more often, from national debates to ethics panels.\n\n"
    "The philosopher sees the endless consultation as a retreat of political decision.\n"
)

SHARE_BAR_UNDER_DATE = [
    pytest.param(
        _SHARE_HEAD + "[Facebook](https://example.com/share?u=x) [Twitter](https://example.com/tweet?u=x) "
        "[Mail](mailto:?subject=x)\n\n" + _SHARE_BODY,
        {"authors": [], "date": "2020-01-14"},
        id="share targets' links side by side under the date",
    ),
    pytest.param(
        _SHARE_HEAD + "Jane Roe\n\n" + _SHARE_BODY,
        {"authors": ["Jane Roe"], "date": "2020-01-14"},
        id="guard: a name under the date is the byline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHARE_BAR_UNDER_DATE)
def test_share_bar_under_date(text: str, expected: dict[str, Any]) -> None:
    check(text, expected)
