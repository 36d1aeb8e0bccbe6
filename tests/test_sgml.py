"""Collection documents: TREC, LDC (Gigaword, AQUAINT), Reuters-21578 SGML and NITF (made-up texts)."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from artparse import ParseOptions, parse
from artparse.sgml import read_document
from tests.conftest import RunCli

GIGAWORD = """\
<DOC id="XYZ_ENG_20260103.0042" type="story" >
<HEADLINE>
Harbour authority approves new ferry terminal
</HEADLINE>
<DATELINE>
PORTVILLE, Jan 3 (XYZ)
</DATELINE>
<TEXT>
<P>
The harbour authority on Saturday approved plans for a new ferry terminal on the
eastern quay, ending two years of debate over its cost &amp; its size.
</P>
<P>
Work is to begin in the spring and the terminal should open the year after, the
authority's chairman told reporters.
</P>
</TEXT>
</DOC>
"""

TREC_LA = """\
<DOC>
<DOCNO> LA030326-0001 </DOCNO>
<DOCID> 1 </DOCID>
<DATE>
<P>
March 3, 2026, Tuesday, Home Edition
</P>
</DATE>
<SECTION>
<P>
Metro; Part B; Page 1; Metro Desk
</P>
</SECTION>
<HEADLINE>
<P>
COUNCIL PASSES LIBRARY BUDGET
</P>
</HEADLINE>
<BYLINE>
<P>
By JANE DOE, TIMES STAFF WRITER
</P>
</BYLINE>
<TEXT>
<P>
The city council passed the library budget on Monday after a debate that lasted most of the night.
</P>
<P>
Branches will keep their Sunday hours, the council's president said.
</P>
</TEXT>
</DOC>
"""

REUTERS = """\
<!DOCTYPE lewis SYSTEM "lewis.dtd">
<REUTERS TOPICS="YES" LEWISSPLIT="TRAIN" NEWID="17">
<DATE>26-FEB-2026 15:01:01.79</DATE>
<TOPICS><D>grain</D></TOPICS>
<PLACES><D>freedonia</D></PLACES>
<UNKNOWN>
&#5;&#5;&#5;C T
u f BC-GRAIN-REVIEW   02-26 0105</UNKNOWN>
<TEXT>&#2;
<TITLE>FREEDONIA GRAIN REVIEW</TITLE>
<DATELINE>    PORTVILLE, Feb 26 - </DATELINE><BODY>Rain fell throughout the week in the
grain belt, ending the drought that had lasted since early
January.
    Traders said they expect the harvest to be large, with
shipments of more than one mln tonnes this season.
 Reuter
&#3;</BODY></TEXT>
</REUTERS>
"""

AQUAINT = """\
<DOC>
<DOCNO> XYZ20260604.0001 </DOCNO>
<DOCTYPE> NEWS STORY </DOCTYPE>
<DATE_TIME> 2026-06-04 09:30:00 </DATE_TIME>
<BODY>
<SLUG> BC-Ferry-Terminal </SLUG>
<HEADLINE>
Ferry terminal opens
</HEADLINE>
<TEXT>
<P>
The new ferry terminal opened on Thursday, a year after the harbour authority approved it.
</P>
</TEXT>
</BODY>
<TRAILER>
XYZ-06-04-26 0930EDT
</TRAILER>
</DOC>
"""


NITF = """\
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE nitf SYSTEM "http://www.nitf.org/IPTC/NITF/3.3/specification/dtd/nitf-3-3.dtd">
<nitf change.date="June 10, 2005" change.time="19:30" version="-//IPTC//DTD NITF 3.3//EN">
  <head>
    <title>Council Passes Library Budget</title>
    <meta content="3" name="publication_day_of_month"/>
    <docdata>
      <doc-id id-string="1000001"/>
      <doc.copyright holder="The Daily Courier" year="2026"/>
      <identified-content>
        <classifier class="indexing_service" type="descriptor">Libraries</classifier>
      </identified-content>
    </docdata>
    <pubdata date.publication="20260303T000000" name="The Daily Courier" unit-of-measure="word"/>
  </head>
  <body>
    <body.head>
      <hedline>
        <hl1>Council Passes Library Budget</hl1>
        <hl2>Branches keep their Sunday hours</hl2>
      </hedline>
      <byline class="print_byline">By JANE DOE</byline>
      <byline class="normalized_byline">Doe, Jane</byline>
      <dateline>SPRINGFIELD, March 2</dateline>
      <abstract>
        <p>City council passes library budget; branches keep Sunday hours.</p>
      </abstract>
    </body.head>
    <body.content>
      <block class="lead_paragraph">
        <p>The city council passed the library budget on Monday after a debate that lasted all night.</p>
      </block>
      <block class="full_text">
        <p>The city council passed the library budget on Monday after a debate that lasted all night.</p>
        <p>Branches will keep their Sunday hours, the council's president said.</p>
      </block>
    </body.content>
  </body>
</nitf>
"""


RCV1 = """\
<?xml version="1.0" encoding="iso-8859-1" ?>
<newsitem itemid="424242" id="root" date="2026-03-04" xml:lang="en">
<title>USA: Harbour ferry terminal opens.</title>
<headline>Harbour ferry terminal opens.</headline>
<byline>Jane Doe</byline>
<dateline>SPRINGFIELD 2026-03-04</dateline>
<text>
<p>The new ferry terminal opened on Thursday, a year after the harbour authority approved it.</p>
<p>Ferries will leave every half hour, the authority said.</p>
</text>
<copyright>(c) Example Newswire 2026</copyright>
<metadata>
<codes class="bip:countries:1.0">
  <code code="USA">
    <editdetail attribution="Example" action="confirmed" date="2026-03-04"/>
  </code>
</codes>
<dc element="dc.date.created" value="2026-03-04"/>
</metadata>
</newsitem>
"""


def test_a_gigaword_document() -> None:
    """The date from the LDC id, the dateline and agency from their tags, a <P>'s lines one paragraph."""
    article = parse(GIGAWORD)
    assert article.title == "Harbour authority approves new ferry terminal"
    assert article.date == "2026-01-03"
    assert (article.dateline, article.agency) == ("PORTVILLE", "XYZ")
    assert list(article.paragraphs) == [
        "The harbour authority on Saturday approved plans for a new ferry terminal on the eastern "
        "quay, ending two years of debate over its cost & its size.",
        "Work is to begin in the spring and the terminal should open the year after, the "
        "authority's chairman told reporters.",
    ]


def test_a_trec_document() -> None:
    """Tags around <P>s: the headline, date and byline given; the section is bookkeeping."""
    article = parse(TREC_LA)
    assert article.title == "COUNCIL PASSES LIBRARY BUDGET"
    assert article.date == "2026-03-03"
    assert list(article.authors) == ["Jane Doe"]
    assert len(article.paragraphs) == 2
    assert not any("Metro" in p for p in article.paragraphs)


def test_a_reuters_21578_document() -> None:
    """The dateline runs into the body's line, paragraphs are indented, "Reuter" signs off."""
    article = parse(REUTERS)
    assert article.title == "FREEDONIA GRAIN REVIEW"
    assert article.date == "2026-02-26T15:01:01"
    assert article.dateline == "PORTVILLE"
    assert list(article.paragraphs) == [
        "PORTVILLE, Feb 26 - Rain fell throughout the week in the grain belt, ending the drought "
        "that had lasted since early January.",
        "Traders said they expect the harvest to be large, with shipments of more than one mln "
        "tonnes this season.",
    ]


def test_an_aquaint_document_leaves_slug_and_trailer_out() -> None:
    article = parse(AQUAINT)
    assert article.title == "Ferry terminal opens"
    assert article.date == "2026-06-04T09:30:00"
    assert list(article.paragraphs) == [
        "The new ferry terminal opened on Thursday, a year after the harbour authority approved it."
    ]


def test_an_nitf_document() -> None:
    """The New York Times corpus' NITF: metadata in <head>, the date in an attribute, <hl1>/<hl2>,
    the printed byline (not its normalised copy), and the full text (not the lead block it repeats)."""
    article = parse(NITF)
    assert article.title == "Council Passes Library Budget"
    assert article.subtitle == "Branches keep their Sunday hours"
    assert article.date == "2026-03-03"
    assert list(article.authors) == ["Jane Doe"]
    assert article.dateline == "SPRINGFIELD"
    assert list(article.paragraphs) == [
        "The city council passed the library budget on Monday after a debate that lasted all night.",
        "Branches will keep their Sunday hours, the council's president said.",
    ]


def test_an_rcv1_document() -> None:
    """The Reuters Corpus (RCV1, RCV2): the date an attribute of <newsitem>, the headline its own
    (not <title>'s "USA: ..." copy), the filing date off the dateline, the codes no text."""
    article = parse(RCV1)
    assert article.title == "Harbour ferry terminal opens."
    assert article.date == "2026-03-04"
    assert list(article.authors) == ["Jane Doe"]
    assert article.dateline == "SPRINGFIELD"
    assert list(article.paragraphs) == [
        "The new ferry terminal opened on Thursday, a year after the harbour authority approved it.",
        "Ferries will leave every half hour, the authority said.",
    ]


def test_rcv1_documents_in_one_stream_are_records_with_their_item_ids(run_cli: RunCli) -> None:
    stream = RCV1 + RCV1.replace('itemid="424242"', 'itemid="424243"').replace("<?xml", "<?xml", 1)
    result = run_cli(["extract", "--input-format", "sgml", "--format", "jsonl", "-"], input=stream)
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"]["docno"] for r in records] == ["424242", "424243"]
    assert {r["title"] for r in records} == {"Harbour ferry terminal opens."}


def test_an_xml_file_of_another_kind_is_read_as_text() -> None:
    text = '<?xml version="1.0"?>\n<rss><channel><item>Harbour news</item></channel></rss>\n'
    article = parse(text)
    assert "archive_record" not in {b.rule for b in article.blocks}


def test_a_disabled_stage_reads_the_document_as_text() -> None:
    article = parse(GIGAWORD, options=ParseOptions(disabled_rules=frozenset({"archive_record"})))
    assert "archive_record" not in {b.rule for b in article.blocks}
    assert article.date is None


def test_text_with_angle_brackets_is_not_a_document() -> None:
    """Only a document's opening tag makes one: "<b>" or a tagless "<DOC>" with no text is text."""
    assert read_document(["<DOC>", "<DOCNO> X1 </DOCNO>", "</DOC>"]) is None
    article = parse("<b>Headline in bold</b>\n\nThe story says what happened.\n\nIt goes on.\n")
    assert "archive_record" not in {b.rule for b in article.blocks}


def test_a_collection_file_gives_one_record_per_document(tmp_path: Path, run_cli: RunCli) -> None:
    """.sgml and .sgm files are read a document at a time; each id comes through as docno."""
    path = tmp_path / "collection.sgml"
    path.write_text(GIGAWORD + TREC_LA + AQUAINT, encoding="utf-8")
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["input"]["docno"] for r in records] == [
        "XYZ_ENG_20260103.0042",
        "LA030326-0001",
        "XYZ20260604.0001",
    ]
    assert [r["source"].rpartition(":")[2] for r in records] == ["1", "19", "51"]
    assert records[1]["title"] == "COUNCIL PASSES LIBRARY BUDGET"


def test_input_format_sgml_reads_a_collection_from_stdin(run_cli: RunCli) -> None:
    """Collections come without a suffix (TREC's "LA010189") or compressed: ``zcat … | artparse``."""
    result = run_cli(["extract", "--input-format", "sgml", "--format", "jsonl", "-"], input=GIGAWORD * 3)
    assert result.exit_code == 0, result.stderr
    assert len(result.stdout.splitlines()) == 3


def test_one_input_of_several_documents_warns(tmp_path: Path) -> None:
    from artparse import parse_file

    path = tmp_path / "LA030326"
    path.write_text(TREC_LA + GIGAWORD, encoding="utf-8")
    article = parse_file(path)
    assert article.title == "COUNCIL PASSES LIBRARY BUDGET"
    assert any("--input-format sgml" in w for w in article.warnings)


def test_a_document_in_a_legacy_encoding_is_its_own_error_or_text(tmp_path: Path, run_cli: RunCli) -> None:
    """Each document is decoded alone: a cp1252 one among UTF-8 ones is read, not the run's error."""
    path = tmp_path / "mixed.sgm"
    path.write_bytes(GIGAWORD.encode() + GIGAWORD.replace("cost", "coût").encode("cp1252"))
    result = run_cli(["extract", "--format", "jsonl", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "coût" in result.stdout


MB = 1_000_000


@pytest.mark.parametrize(
    "text",
    ["<DOC>\n<TEXT>\n<P>\n" + "word word\n" * (MB // 10), "<DOC>\n" + "<A>" * (MB // 3) + "</B>" * (MB // 4)],
    ids=["one long paragraph", "deep tags"],
)
def test_a_megabyte_shaped_like_a_document_is_read_in_linear_time(text: str) -> None:
    lines = text.split("\n")
    start = time.perf_counter()
    read_document(lines)
    assert time.perf_counter() - start < 2.0
