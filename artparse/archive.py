"""Archive exports: an article as a newspaper database prints it to text, its record's fields around it.

Researchers hold most of their news from two databases, and both export an article as a
record: labelled fields above and below the text.

- **LexisNexis** (LexisNexis Academic's TXT download, and Nexis Uni's documents turned to
  text): the publication, its date line ("December 3, 2026 Thursday") and edition, the
  headline, then labelled fields (``BYLINE:``, ``SECTION:``, ``LENGTH:``, ``DATELINE:``,
  ``HIGHLIGHT:``) before the text and others after it (``LOAD-DATE:``, ``LANGUAGE:``,
  ``PUBLICATION-TYPE:``, ``URL:``). The Academic download opens each record with "12 of 100
  DOCUMENTS"; Nexis Uni puts the headline first, the fields in title case, "Body" above the
  text and "End of Document" below it. Readers of the format: LexisNexisTools (R,
  ``lnt_read``), tm.plugin.lexisnexis, INCA's LexisNexis importer.
- **Factiva** (Dow Jones): a field code of two or three capitals opens each field, on a
  line of its own or before the value: ``HD`` headline, ``BY`` byline, ``PD`` date, ``ET``
  time, ``SN`` source, ``LP`` lead paragraphs, ``TD`` the text, then the codes of the
  classification (``CO``, ``IN``, ``NS``, ``RE``, ``AN`` …). Readers: tm.plugin.factiva,
  factiva-parser.

What the fields state is given (as front matter's is); the text between them goes to the
rule chain, which still finds captions, crossheads and closing matter in it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any, NamedTuple

from artparse.byline import parse_byline
from artparse.dates import find_date
from artparse.given import EMPTY, Given, from_mapping
from artparse.lazyre import lazy_compile

_BANNER = lazy_compile(r"^\s*\d{1,6} of \d{1,6} DOCUMENTS?\s*$", 0)
"""LexisNexis Academic's first line of a record: "12 of 100 DOCUMENTS"."""
_LABEL = lazy_compile(r"^([A-Za-z][A-Za-z-]{1,24}(?: [A-Za-z][A-Za-z-]{1,24})?):(?:\s+(.*)|\s*)$")
"""A LexisNexis field line: "BYLINE: By JANE DOE", "Load-Date: December 3, 2026"."""
NEXIS_FIELDS = {
    "byline": "authors",
    "dateline": "dateline",
    "highlight": "subtitle",
    "url": "url",
    "section": "",
    "length": "",
    "edition": "",
    "graphic": "",
    "type": "",
    "correction-date": "",
}
"""Fields printed above the text (and ``URL`` and ``GRAPHIC`` below it), by the Article field
they fill ("" for none)."""
NEXIS_AFTER = frozenset(
    {
        "load-date",
        "language",
        "publication-type",
        "document-type",
        "journal-code",
        "subject",
        "organization",
        "geographic",
        "person",
        "company",
        "ticker",
        "industry",
        "classification",
        "notes",
    }
)
"""Fields printed below the text: the first of them ends it."""
NEXIS_MARKS = frozenset({"body", "classification", "end of document"})
"""Nexis Uni's lines marking where the text begins and ends."""

FACTIVA_FIELDS = {"HD": "title", "BY": "authors", "PD": "date", "SN": "publication", "ET": "time"}
"""Factiva codes whose value fills an Article field."""
FACTIVA_TEXT = frozenset({"LP", "TD"})
"""The codes of the lead paragraphs and of the rest of the text."""
FACTIVA_CODES = frozenset(
    {
        *FACTIVA_FIELDS,
        *FACTIVA_TEXT,
        *("CLM", "SE", "HLP", "WC", "SC", "ED", "PG", "VOL", "LA", "CY", "CR", "CT", "RF"),
        *("CO", "IN", "NS", "RE", "IPC", "IPD", "PUB", "AN", "ART", "NGC"),
    }
)
"""Field codes of Factiva's export (its data dictionary)."""


class Record(NamedTuple):
    """An archive record's reading: the fields it states and where its text is."""

    given: Given
    body: tuple[int, ...]
    """Indices (0-based) of the lines holding the article's text."""
    texts: dict[int, str]
    """The text of body lines that open with a field's code, without it."""


def read_record(lines: Sequence[str], *, language: str | None = None) -> Record | None:
    """The LexisNexis or Factiva record in ``lines``, or None when they are not one."""
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        return None
    if lines[first].strip()[:2] == "HD":
        return _factiva(lines, first, language)
    return _nexis(lines, first, language)


def _label(line: str) -> tuple[str, str] | None:
    m = _LABEL.match(line.strip())
    if m is None:
        return None
    name = m.group(1).casefold()
    if name not in NEXIS_FIELDS and name not in NEXIS_AFTER:
        return None
    return name, (m.group(2) or "").strip()


def _nexis(lines: Sequence[str], first: int, language: str | None) -> Record | None:
    banner = bool(_BANNER.match(lines[first]))
    start = first + 1 if banner else first
    fields_at = next((i for i in range(start, len(lines)) if _label(lines[i])), None)
    if fields_at is None:
        return None
    # the lines above the fields, in runs between blank lines: "The New York Times" /
    # "December 3, 2026 Thursday", "Late Edition - Final" / "Headline" (Academic), or
    # "Headline", "The New York Times", "December 3, 2026 Thursday" / "Copyright ..." (Uni)
    runs: list[list[int]] = [[]]
    for i in range(start, fields_at):
        if not lines[i].strip():
            runs.append([])
        elif not lines[i].strip().casefold().startswith("copyright"):
            runs[-1].append(i)
    runs = [run for run in runs if run]
    dated = next(
        ((r, k) for r, run in enumerate(runs) for k, i in enumerate(run) if _date_line(lines[i])), None
    )
    if dated is None:
        return None
    r, k = dated
    date_at = runs[r][k]
    publication_at: int | None
    if k >= 1:  # Nexis Uni: headline, publication, date
        title_at, publication_at = runs[r][: k - 1], runs[r][k - 1]
    else:  # Academic: publication / date / headline
        title_at = runs[r + 1] if r + 1 < len(runs) else []
        publication_at = runs[r - 1][-1] if r >= 1 else None
    values: dict[str, str] = {"date": lines[date_at].strip()}
    lines_of: dict[str, tuple[int, ...]] = {"date": (date_at + 1,)}
    if title_at:
        values["title"] = " ".join(lines[i].strip() for i in title_at)
        lines_of["title"] = tuple(i + 1 for i in title_at)
    if publication_at is not None:
        values["publication"] = lines[publication_at].strip()
        lines_of["publication"] = (publication_at + 1,)
    body_start = body_end = None
    for i in range(fields_at, len(lines)):
        stripped = lines[i].strip()
        label = _label(lines[i])
        if label is not None:
            name, value = label
            if body_start is not None and (name in NEXIS_AFTER or name in ("url", "graphic")):
                body_end = i
                break
            field = NEXIS_FIELDS.get(name)
            if field and value and field not in values:
                values[field], lines_of[field] = value, (i + 1,)
        elif stripped.casefold() in NEXIS_MARKS:
            if body_start is not None:
                body_end = i
                break
        elif stripped and body_start is None:
            body_start = i
    if body_start is None:
        return None
    stop = body_end if body_end is not None else len(lines)
    # what the fields below the text state: the address
    for i in range(stop, len(lines)):
        label = _label(lines[i])
        if label is not None and label[0] == "url" and label[1] and "url" not in values:
            values["url"], lines_of["url"] = label[1], (i + 1,)
    return Record(record_given(values, lines_of, language), tuple(range(body_start, stop)), {})


def _date_line(line: str) -> bool:
    """A short line that is a date ("December 3, 2026 Thursday", "3 décembre 2026 jeudi")."""
    text = line.strip()
    return len(text) <= 60 and find_date(text) is not None


def record_given(values: dict[str, str], lines_of: dict[str, tuple[int, ...]], language: str | None) -> Given:
    """The Given of a record's fields; a byline read as a byline line is ("By JANE DOE")."""
    dateline = values.pop("dateline", None)
    byline = values.pop("authors", None)
    given = from_mapping(values, lines_of=lines_of, language=language) if values else EMPTY
    more: dict[str, Any] = {}
    if dateline:
        more["dateline"] = without_filing_date(dateline)
    if byline:
        names = parse_byline(byline, language=language).names
        if names:
            more["authors"] = names
    if not more:
        return given
    spans = {**given.spans, **{name: lines_of[name] for name in more}}
    return dataclasses.replace(given, **more, spans=spans)


def without_filing_date(dateline: str) -> str:
    """The place of a dateline that names the day it was filed after a comma ("NEW YORK, Dec. 2")."""
    place, comma, rest = dateline.rpartition(",")
    return place.strip() if comma and find_date(f"{rest.strip()} 2000") is not None else dateline


def _factiva(lines: Sequence[str], first: int, language: str | None) -> Record | None:
    """A Factiva record: each field opened by its code, on the code's line or the lines after."""
    fields: list[tuple[str, int, list[int]]] = []  # (code, line of the code, lines of the value)
    for i in range(first, len(lines)):
        stripped = lines[i].strip()
        code, _, rest = stripped.partition(" ")
        if code in FACTIVA_CODES and (not fields or _opens_field(code, rest, fields[-1][0])):
            fields.append((code, i, [i] if rest.strip() else []))
        elif fields and stripped:
            fields[-1][2].append(i)
    codes = {code for code, _, _ in fields}
    if not fields or fields[0][0] != "HD" or not codes & FACTIVA_TEXT or not codes & {"PD", "SN"}:
        return None
    values: dict[str, str] = {}
    lines_of: dict[str, tuple[int, ...]] = {}
    text_lines: list[int] = []
    texts: dict[int, str] = {}
    for code, at, value_lines in fields:
        field = FACTIVA_FIELDS.get(code)
        if code in FACTIVA_TEXT:
            text_lines.extend(value_lines)
            if value_lines and value_lines[0] == at:
                texts[at] = _value(lines[at], code)
        elif field and field not in values:
            value = " ".join(_value(lines[i], code if i == at else "") for i in value_lines).strip()
            if value:
                values[field], lines_of[field] = value, (at + 1, *(i + 1 for i in value_lines if i != at))
    if not text_lines:
        return None
    time = values.pop("time", None)
    if time and "date" in values:
        values["date"] = f"{values['date']} {time}"
    return Record(record_given(values, lines_of, language), tuple(text_lines), texts)


def _opens_field(code: str, rest: str, current: str) -> bool:
    """Whether a line opening with a code opens a field, not a line of text ("IN 2019, …").

    A code alone on its line opens one; so does a code before its value, except inside the
    text, where only the text's second part (``TD`` after ``LP``) and a classification code in
    Factiva's "code : Name" form do.
    """
    if not rest.strip() or current not in FACTIVA_TEXT or (current, code) == ("LP", "TD"):
        return True
    return " : " in rest or (code == "AN" and rest.startswith("Document "))


def _value(line: str, code: str) -> str:
    text = line.strip()
    return text[len(code) :].strip() if code else text
