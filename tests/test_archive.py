"""Archive records: LexisNexis and Factiva exports, their fields given and only their text parsed."""

from __future__ import annotations

import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from artparse import ParseOptions, parse
from artparse.archive import read_record

ACADEMIC = """\
                               12 of 100 DOCUMENTS

                           The Evening Courier

                       December 3, 2026 Thursday
                          Late Edition - Final

City Council Approves New Budget After Long Debate

BYLINE: By JANE DOE

SECTION: Section A; Column 0; Metropolitan Desk; Pg. 21

LENGTH: 412 words

DATELINE: RIVERTON, Dec. 2


The City Council approved a budget on Wednesday after a debate that lasted into the night.

The budget adds money for libraries and parks, which the mayor had proposed to cut.

URL: https://courier.example/2026/12/03/budget.html

LOAD-DATE: December 3, 2026

LANGUAGE: ENGLISH

PUBLICATION-TYPE: Newspaper

Copyright 2026 The Evening Courier
"""

NEXIS_UNI = """\
Bundestag beschließt neues Klimagesetz
Die Morgenzeitung
3. Dezember 2026 Donnerstag
Ausgabe Bayern

Copyright 2026 Die Morgenzeitung GmbH Alle Rechte vorbehalten
Section: POLITIK; S. 5
Length: 312 words
Byline: Von Anna Müller
Highlight: Die Opposition stimmt dagegen

Body


Der Bundestag hat am Donnerstag das neue Klimagesetz beschlossen.

Die Regierung spricht von einem großen Schritt. Verbände halten das Gesetz für zu schwach.


Classification

Language: GERMAN

Publication-Type: Zeitung

Load-Date: December 3, 2026

End of Document
"""

FACTIVA_CODES_ON_THEIR_LINES = """\
HD
Bank raises interest rates again
BY
Peter Hall
WC
250 words
PD
5 November 2026
SN
The Business Daily
LA
English
LP
LONDON -- The central bank raised its main interest rate on Thursday for the third time.

Economists had expected the move.
TD
IN its statement, the bank said inflation remained too high.
NS
ecat : Economic News
AN
Document BUSDLY0020261105
"""

FACTIVA_CODES_BEFORE_VALUES = """\
HD Bank raises interest rates again
BY By Peter Hall
WC 250 words
PD 5 November 2026
ET 07:30
SN The Business Daily
CY (c) 2026 The Business Daily. All rights reserved
LP LONDON -- The central bank raised its main interest rate on Thursday for the third time.

Economists had expected the move.
TD IN its statement, the bank said inflation remained too high.
CO cbank : Central Bank
AN Document BUSDLY0020261105
"""


def test_a_lexisnexis_academic_record() -> None:
    article = parse(ACADEMIC)
    assert article.title == "City Council Approves New Budget After Long Debate"
    assert article.date == "2026-12-03"
    assert article.authors == ("Jane Doe",)
    assert article.dateline == "RIVERTON"
    assert article.publication == "The Evening Courier"
    assert article.url == "https://courier.example/2026/12/03/budget.html"
    assert article.paragraphs == (
        "The City Council approved a budget on Wednesday after a debate that lasted into the night.",
        "The budget adds money for libraries and parks, which the mayor had proposed to cut.",
    )
    assert article.spans["title"] == (8,)
    assert {b.rule for b in article.blocks} <= {"archive_record", "paragraph"}


def test_a_nexis_uni_record() -> None:
    article = parse(NEXIS_UNI)
    assert article.title == "Bundestag beschließt neues Klimagesetz"
    assert article.publication == "Die Morgenzeitung"
    assert article.date == "2026-12-03"
    assert article.authors == ("Anna Müller",)
    assert article.subtitle == "Die Opposition stimmt dagegen"
    assert article.paragraphs == (
        "Der Bundestag hat am Donnerstag das neue Klimagesetz beschlossen.",
        "Die Regierung spricht von einem großen Schritt. Verbände halten das Gesetz für zu schwach.",
    )


def test_factiva_records_with_codes_on_their_lines_or_before_values() -> None:
    for text in (FACTIVA_CODES_ON_THEIR_LINES, FACTIVA_CODES_BEFORE_VALUES):
        article = parse(text)
        assert article.title == "Bank raises interest rates again"
        assert article.authors == ("Peter Hall",)
        assert article.publication == "The Business Daily"
        assert article.dateline == "LONDON"
        lead = "LONDON -- The central bank raised its main interest rate on Thursday for the third time."
        assert article.paragraphs == (
            lead,
            "Economists had expected the move.",
            "IN its statement, the bank said inflation remained too high.",
        )
    assert parse(FACTIVA_CODES_ON_THEIR_LINES).date == "2026-11-05"
    assert parse(FACTIVA_CODES_BEFORE_VALUES).date == "2026-11-05T07:30:00"


def test_text_that_only_opens_like_a_record_is_read_as_text() -> None:
    for text in (
        "HDMI cables get cheaper\n\nPrices fell again this year, a survey says.\n",
        "HD Radio comes to the city\n\nThe station starts broadcasting in HD next week.\n",
        "12 of 100 DOCUMENTS were lost\n\nThe archive said on Monday that files were missing.\n",
    ):
        article = parse(text)
        assert article.title == text.split("\n", 1)[0]
        assert article.paragraphs == (text.split("\n")[2],)


def test_a_disabled_archive_record_is_read_as_text() -> None:
    article = parse(ACADEMIC, options=ParseOptions(disabled_rules=frozenset({"archive_record"})))
    assert "archive_record" not in {b.rule for b in article.blocks}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(["HD", "LP", "TD", "PD 1 May 2020", "x", "", "IN 2 : y"]), max_size=12))
def test_any_code_soup_never_raises(lines: list[str]) -> None:
    read_record(lines)
    parse("\n".join(lines))


MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    [
        "1 of 1 DOCUMENTS\n\n" + "December 3, 2026\n" * (MB // 17),
        "1 of 1 DOCUMENTS\n\nPaper\n\nMay 1, 2020\n\n" + "BYLINE: By A\n" * (MB // 13) + "Text.\n",
        "HD\n" + "LP\nTD x\nPD 1 May 2020\n" * (MB // 25),
        "Body\n" * (MB // 5) + "End of Document",
    ],
    ids=["head without fields", "fields without end", "code soup", "marks only"],
)
def test_a_megabyte_shaped_like_a_record_is_read_in_linear_time(text: str) -> None:
    """Each line is looked at a bounded number of times: 1 MB in well under the 2 s bound."""
    lines = text.split("\n")
    start = time.perf_counter()
    read_record(lines)
    assert time.perf_counter() - start < 2.0
