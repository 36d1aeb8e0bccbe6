"""Collection documents: a news article as a test collection's SGML marks its fields.

The corpora that retrieval and NLP research run on hold newswire as SGML documents, many to
a file, each a ``<DOC>`` with its fields tagged:

- **TREC** (the ad hoc collections of disks 1-5: AP, WSJ, LA Times, Financial Times, FBIS):
  ``<DOCNO>``, ``<HEADLINE>`` (``<HL>``, ``<HEAD>``, FBIS ``<TI>``), ``<DATE>``
  (WSJ ``<DD>``, FBIS ``<DATE1>``), ``<BYLINE>``, ``<DATELINE>``, ``<TEXT>`` (WSJ also
  ``<LP>``, its lead paragraphs), paragraphs as ``<P>`` or indented lines.
- **LDC newswire** (English Gigaword, AQUAINT, TDT): ``<DOC id="AFP_ENG_20050101.0001"
  type="story">`` or ``<DOCNO> APW19980601.0001 </DOCNO>`` (the id holds the date:
  ``YYYYMMDD`` before ``.NNNN``), ``<HEADLINE>``, ``<DATELINE>``, ``<TEXT>`` of ``<P>``
  paragraphs; AQUAINT's ``<BODY>`` adds ``<SLUG>`` and ``<TRAILER>``.
- **Reuters-21578**: ``<REUTERS ...>`` with ``<DATE>``, ``<TITLE>``, ``<DATELINE>`` run into
  ``<BODY>`` on one line, and ``&#2;``/``&#3;`` around the text.
- **RCV1 and RCV2** (the Reuters Corpus, English and thirteen other languages: a document a
  file, ``<newsitem itemid="2286" date="1996-08-20" xml:lang="en">``): ``<headline>``,
  ``<byline>``, ``<dateline>`` (the place and the filing date: "SPRINGFIELD 1996-08-20"),
  ``<text>`` of ``<p>``; ``<title>`` repeats the headline after a country code ("USA: ..."),
  and ``<copyright>`` and ``<metadata>`` (topic, country and industry codes) are bookkeeping;
  the date and the language are the ``<newsitem>``'s attributes.
- **NITF** (the IPTC's News Industry Text Format: the New York Times Annotated Corpus, wire
  feeds): ``<nitf>``, ``<head>`` of metadata, ``<hedline>`` with ``<hl1>`` and ``<hl2>``,
  ``<byline>``, ``<dateline>``, ``<body.content>`` of ``<p>``; the date in an attribute
  (``date.publication``, ``date.issue norm=``). The Times' corpus prints its lead paragraphs
  twice (``<block class="lead_paragraph">`` and ``"full_text"``) and its byline twice (as printed,
  then normalised): the full text and the first byline are the article's.

Readers of the formats: Pyserini's and Anserini's TREC/Gigaword/NYT collection readers,
ir_datasets, NLTK's Reuters reader. What the tags state is given; the text of ``<TEXT>`` and
``<BODY>`` goes to the rule chain, one source line for one line (a line of tags alone is a
blank one, which parts ``<P>`` paragraphs). Other tags are the collection's bookkeeping.
"""

from __future__ import annotations

import dataclasses
import html
from collections.abc import Sequence

from artparse.archive import Record, record_given, without_filing_date
from artparse.frontend import DOCUMENT_OPENINGS
from artparse.given import Given
from artparse.lazyre import lazy_compile

_TAG = lazy_compile(r"(<(/?)([A-Za-z][\w.:-]{0,30})(?:\s[^<>]{0,300})?/?>)")
FIELD_TAGS = {
    **dict.fromkeys(("HEADLINE", "HL", "HEAD", "TITLE", "TI", "HL1"), "title"),
    "HL2": "subtitle",
    **dict.fromkeys(("DATE", "DATE_TIME", "DD", "DATE1"), "date"),
    **dict.fromkeys(("BYLINE", "BY", "AUTHOR", "AU"), "authors"),
    **dict.fromkeys(("DATELINE", "DL"), "dateline"),
    **dict.fromkeys(("TEXT", "BODY", "LP", "LEADPARA", "BODY.CONTENT"), "text"),
}
"""Tags whose content fills a field, or is the article's text (``text``)."""
RCV_TAGS = {**FIELD_TAGS, "TITLE": ""}
"""In RCV1's ``<newsitem>`` the headline is ``<headline>``; ``<title>`` is "USA: " and it again."""
NITF_TAGS = {**FIELD_TAGS, "HEAD": "", "BODY": ""}
"""In NITF ``<head>`` holds the metadata and ``<body>`` the head and abstract too: the headline
is ``<hl1>`` (or ``<title>``), the text ``<body.content>``."""
OTHER_TAGS = frozenset(
    {
        *("DOC", "REUTERS", "DOCNO", "DOCID", "DOCTYPE", "FILEID", "FIRST", "SECOND", "SLUG"),
        *("TRAILER", "NOTE", "SECTION", "LENGTH", "GRAPHIC", "TYPE", "PAGE", "PROFILE", "PUB"),
        *("SO", "IN", "CO", "DESCRIPT", "G", "TOPICS", "PLACES", "PEOPLE", "ORGS", "EXCHANGES"),
        *("COMPANIES", "UNKNOWN", "MKNOTE", "CORRECTION", "KEYWORD", "SUBJECT", "HEADER", "H2"),
        *("NITF", "DOCDATA", "ABSTRACT", "SERIES", "BODY.END", "TAGLINE", "MEDIA", "IDENTIFIED-CONTENT"),
        *("NEWSITEM", "COPYRIGHT", "METADATA", "CODES", "CODE", "DC"),
    }
)
"""The collections' bookkeeping: ids, classification, section, page (its text is no field)."""
MAX_DEPTH = 32
"""The collections nest their tags three or four deep; a deeper stack is no document's."""
_LDC_ID_DATE = lazy_compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})\.\d")
"""The date in an LDC document id: "AFP_ENG_20050101.0001", "APW19980601.0001"."""
_RCV_DATE = lazy_compile(r"\bdate=\"((?:19|20)\d{2})-(\d{2})-(\d{2})\"")
"""RCV1's date, the ``<newsitem>``'s attribute: ``date="1996-08-20"``."""
_RCV_DATELINE_DATE = lazy_compile(r"\s+(?:19|20)\d{2}-\d{2}-\d{2}$")
"""The filing date RCV1 closes its dateline with: "SPRINGFIELD 1996-08-20"."""
_NITF_DATE = lazy_compile(
    r"\bdate\.(?:publication|issue|release)(?:=\"|[^<>]{0,80}?\bnorm=\")((?:19|20)\d{2})(\d{2})(\d{2})"
)
"""NITF's dates, in attributes: ``<pubdata date.publication="20000101T000000">``, ``<date.issue
norm="20000101T000000">`` (the IPTC standard's ISO 8601 basic form)."""


def read_document(lines: Sequence[str], *, language: str | None = None) -> Record | None:
    """The first collection document in ``lines``, or None when there is none or it has no text."""
    stack: list[str] = []
    values: dict[str, list[str]] = {}
    lines_of: dict[str, list[int]] = {}
    body: list[int] = []
    texts: dict[int, str] = {}
    doc_id = ""
    tags = FIELD_TAGS
    finished: set[str] = set()  # fields whose first element closed: a second is a copy's
    lead: list[int] = []  # lines of the New York Times' lead block, which its full text repeats
    in_lead = full_text = False
    ended = False
    in_paragraph = False
    paragraph: int | None = None  # the line that holds the open <P>'s text
    joined: dict[int, list[str]] = {}  # that line's text and its paragraph's next lines
    for i, line in enumerate(lines):
        if ended:
            break
        parts: dict[str, list[str]] = {}
        opened_first = False  # a <P> opens on this line before any text
        pieces = _TAG.split(line)  # text, then (tag, "/" or "", name, text) for each tag
        for k in range(0, len(pieces) - 1, 4):
            chunk = pieces[k]
            if chunk and not chunk.isspace():
                _add(parts, _field_of(stack, tags), chunk)
            tag, closing, name = pieces[k + 1], pieces[k + 2], pieces[k + 3].upper()
            if name == "NITF":
                tags = NITF_TAGS
            elif name == "NEWSITEM" and not closing:
                tags = RCV_TAGS
                dated = _RCV_DATE.search(tag)
                if dated is not None and "date" not in values:
                    values["date"], lines_of["date"] = ["-".join(dated.groups())], [i + 1]
            elif name == "BLOCK":  # NITF's blocks; the NYT's "lead_paragraph" comes again in "full_text"
                in_lead = not closing and "lead_paragraph" in tag
                full_text = full_text or "full_text" in tag
            if not closing and "date." in tag and "date" not in values:
                dated = _NITF_DATE.search(tag)
                if dated is not None:
                    values["date"], lines_of["date"] = ["-".join(dated.groups())], [i + 1]
            if name == "P":
                opened_first = opened_first or (not closing and "text" not in parts)
                in_paragraph = not closing
            elif closing:
                if name in stack:
                    del stack[len(stack) - 1 - stack[::-1].index(name) :]
                if tags.get(name) in values:
                    finished.add(tags[name])
                if name in ("DOC", "REUTERS", "NEWSITEM"):
                    ended = True
                    break
            elif len(stack) < MAX_DEPTH:  # deeper tags are read as text's markup
                if name in ("DOC", "REUTERS", "NEWSITEM") and not doc_id:
                    doc_id = tag
                stack.append(name)
        else:
            _add(parts, _field_of(stack, tags), pieces[-1])
        if "dateline" in parts and "text" in parts:  # Reuters: the dateline opens the text's line
            parts["text"] = [*parts.pop("dateline"), *parts["text"]]
        for field, chunks in parts.items():
            text = _clean(" ".join(chunks))
            if field == "text":
                body.append(i)
                if in_lead:
                    lead.append(i)
                if paragraph is not None and not opened_first:  # a <P>'s lines are one paragraph
                    joined[paragraph].append(text)
                    texts[i] = ""
                else:
                    indent = len(chunks[0]) - len(chunks[0].lstrip())
                    texts[i] = " " * indent + text if len(pieces) > 1 and indent else text
                    paragraph = i
                    joined[i] = [texts[i]]
            elif field == "id":
                doc_id += " " + text
            elif text and field not in finished:
                values.setdefault(field, []).append(text)
                lines_of.setdefault(field, []).append(i + 1)
        if not in_paragraph:
            paragraph = None
        if stack and _field_of(stack, tags) == "text" and i not in texts:
            body.append(i)
            texts[i] = ""
    if full_text and lead:
        dropped = set(lead)
        body = [i for i in body if i not in dropped]
        texts = {i: text for i, text in texts.items() if i not in dropped}
    if not any(texts.values()):
        return None
    texts.update((i, " ".join(parts)) for i, parts in joined.items() if len(parts) > 1)
    fields = {name: " ".join(chunks) for name, chunks in values.items()}
    if "date" not in fields:
        dated = _LDC_ID_DATE.search(doc_id)
        if dated is not None:
            fields["date"] = "-".join(dated.groups())
            lines_of["date"] = []
    dateline = fields.pop("dateline", None)
    given = record_given(fields, {k: tuple(v) for k, v in lines_of.items()}, language)
    if dateline:
        given = _with_dateline(given, dateline, tuple(lines_of["dateline"]))
    return Record(given, tuple(body), texts)


def more_documents(lines: Sequence[str]) -> int:
    """How many documents the lines open after their first (a collection file read as one
    input), told as ``records`` tells them apart."""
    opened = sum(line.lstrip()[:9].upper().startswith(DOCUMENT_OPENINGS) for line in lines)
    return max(0, opened - 1)


def _field_of(stack: list[str], tags: dict[str, str]) -> str:
    """The field the innermost known tag gives its text: a field's name, ``text``, ``id`` or ``""``."""
    for name in reversed(stack):
        if name in tags:
            return tags[name]
        if name == "DOCNO":
            return "id"
        if name in OTHER_TAGS:
            return ""
    return ""


def _add(parts: dict[str, list[str]], field: str, chunk: str) -> None:
    if field and chunk.strip():
        parts.setdefault(field, []).append(chunk)


def _clean(text: str) -> str:
    """Entities read ("&amp;", Reuters' "&#2;"), control characters dropped, spaces collapsed."""
    text = html.unescape(text) if "&" in text else text
    return " ".join(text.translate(_CONTROLS).split())


_CONTROLS = dict.fromkeys(c for c in range(32) if c != ord("\t"))
"""The control characters but the tab, to delete (Reuters' "&#2;" and "&#3;" read as them)."""


def _with_dateline(given: Given, text: str, lines: tuple[int, ...]) -> Given:
    """The place (a filing date after its comma dropped) and the agency in parentheses."""
    text = text.strip(" -–—_")
    agency = None
    if text.endswith(")") and "(" in text:
        text, _, agency = text[:-1].rpartition("(")
        text, agency = text.strip(" ,"), agency.strip() or None
    text = without_filing_date(_RCV_DATELINE_DATE.sub("", text))
    spans = {**given.spans, "dateline": lines}
    if agency:
        spans["agency"] = lines
    return dataclasses.replace(given, dateline=text or None, agency=agency, spans=spans)
