"""The Daily Mail story-file header: byline and date stamps run into the first line."""

from __future__ import annotations

from artparse.byline import parse_byline
from artparse.dates import find_date
from artparse.model import DateValue, Kind
from artparse.patterns import (
    LEAD_BYLINE_PREFIXES,
    PUBLISHED_LABEL,
    STORY_HEADER_LABELS,
    STORY_HEADER_OPENINGS,
    UPDATED_LABEL,
)
from artparse.state import State
from artparse.vocab import CLAUSE_ENDS

FIELD_SEPARATOR = " . "
"""The story files close each header field with a full stop standing alone."""
MAX_FIELD = 80
"""A header field (a name, a stamp) is short; a longer one is the body."""
_OPENINGS = (
    *(f"{prefix}{FIELD_SEPARATOR.rstrip()}" for prefix in sorted(LEAD_BYLINE_PREFIXES)),
    *STORY_HEADER_OPENINGS,
)
"""A header opens with a byline field ("By .") or a date label."""


def story_header(state: State, silent: bool) -> bool:
    """Claim "By . Daily Mail Reporter . PUBLISHED: . 12:58 EST, 3 February 2013 . | .
    UPDATED: . 13:01 EST, 3 February 2013 . A man has been ...".

    The fields are read while they are a byline ("By . Name"), a label ("PUBLISHED:",
    "UPDATED:"), a bar, or a date stamp ("Last updated at 9:28 AM on 26th November 2011");
    the rest of the line is the body's first paragraph.

    The story files as stored hold the same fields one a line ("By", "Daily Mail Reporter",
    "PUBLISHED:", "12:58 EST, 3 February 2013", "|", ...): the datasets' loaders (the CNN/Daily
    Mail summarisation sets, after See et al.'s ``make_datafiles.py``) add the " ." to every
    line lacking a full stop and join the lines, which makes the form above. A label stacked
    over its value so is the page's too: the Evening Standard's converted pages print "By" on
    its own line over the writers' names.
    """
    if state.body_started:
        return False
    text = state.lines[state.pos].text
    headed = state.pos > 0 and state.title is not None
    if text.strip() in LEAD_BYLINE_PREFIXES or _label_only(text.strip()):
        fields, where = _stacked(state)
    elif not headed and FIELD_SEPARATOR in text[:MAX_FIELD] and text.startswith(_OPENINGS):
        fields, where = text.split(FIELD_SEPARATOR), []  # a story file's: it prints no headline
    else:
        return False
    names: tuple[str, ...] = ()
    byline = None
    published: DateValue | None = None
    updated: DateValue | None = None
    pending_update = False
    used = 0
    for i, raw in enumerate(fields):
        part = raw.strip()
        if len(part) > MAX_FIELD:
            break
        if part in LEAD_BYLINE_PREFIXES and i + 1 < len(fields) and len(fields[i + 1]) <= MAX_FIELD:
            continue
        if i > 0 and fields[i - 1].strip() in LEAD_BYLINE_PREFIXES:
            if where and part.endswith(CLAUSE_ENDS):  # "By" over a sentence is no byline
                break
            byline = f"{fields[i - 1].strip()} {part}"
            names = parse_byline(byline, language=state.language).names
        elif part == "|":
            pass
        elif _label_only(part):
            pending_update = bool(UPDATED_LABEL.match(part))
        else:
            found = find_date(part, language=state.language, order=state.options.date_order, fallback=False)
            if found is None:
                break
            if pending_update or (UPDATED_LABEL.match(part) and not PUBLISHED_LABEL.match(part)):
                updated = updated or found.value
            else:
                published = published or found.value
            pending_update = False
        used = i + 1
    if used == 0 or (byline is None and published is None and updated is None):
        return False
    if not silent:
        tail = None if where else FIELD_SEPARATOR.join(fields[used:]).strip() or None
        state.date_found = state.date_found or published is not None or updated is not None
        state.claim(
            Kind.BYLINE if byline else Kind.DATE,
            "story_header",
            where[used - 1] if where else state.pos,
            byline or text,
            names=names,
            date=published or updated,
            updated=published is None and byline is None,
            update=updated if published else None,
            tail=tail,
        )
        if where and not headed:  # a story file prints no headline: what follows is the body
            state.body_started = True
    return True


def _label_only(part: str) -> bool:
    """Whether a field is only a date label: "PUBLISHED:", "UPDATED :", "Last updated"."""
    label = part[:-1] if part.endswith(":") else part
    if label[-1:].isspace():
        label = label[:-1]
    return label in STORY_HEADER_LABELS


MAX_STACKED_FIELDS = 8
"""The longest header: "By", a name, "PUBLISHED:", a stamp, "|", "UPDATED:", a stamp."""


def _stacked(state: State) -> tuple[list[str], list[int]]:
    """The header's fields one a line: the short lines from the cursor on (blank lines between
    them skipped), and the index of each."""
    fields: list[str] = []
    where: list[int] = []
    index: int | None = state.pos
    while index is not None and len(fields) < MAX_STACKED_FIELDS:
        text = state.lines[index].text
        if len(text) > MAX_FIELD:
            break
        fields.append(text)
        where.append(index)
        index = state.next_content(index + 1, limit=3)
    return fields, where
