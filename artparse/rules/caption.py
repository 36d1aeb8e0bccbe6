"""Photo captions, with the credit split off."""

from __future__ import annotations

import re

from artparse.dateline import parse_dateline
from artparse.model import Kind
from artparse.patterns import (
    CREDIT_LINE,
    IMAGE_SOURCE,
    LABEL_CREDIT_END,
    LABEL_CREDIT_START,
    PAREN_AGENCY_CREDIT,
    PAREN_CREDIT,
    SLASH_CREDIT_END,
)
from artparse.state import State

MAX_CAPTION = 600
"""Captions are a sentence or two; longer lines are paragraphs."""
MIN_LEAD_CAPTION = 20
_CAPTION_LABEL_LINE = re.compile(r"^Image caption\s*,?\s*", re.IGNORECASE)


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the line ends or starts with a photo credit, else None."""
    for pattern in (PAREN_CREDIT, PAREN_AGENCY_CREDIT, LABEL_CREDIT_END, SLASH_CREDIT_END):
        m = pattern.search(text, max(0, len(text) - 140))
        if m is not None:
            caption = text[: m.start()].strip()
            if caption:
                return caption, m.group("credit").strip()
    m = LABEL_CREDIT_START.match(text)
    if m is not None:
        return m.group("text").strip(), m.group("credit").strip()
    return None


def opens_with_dateline(text: str) -> bool:
    """Whether a paragraph opens with a dateline ("(AP) HONOLULU - ", "Berlin (dpa) - ")."""
    found = parse_dateline(text)
    return found.place is not None or found.agency is not None


def caption(state: State, silent: bool) -> bool:
    """Claim a photo caption.

    Conventions: a credit at the end ("(photo: akorda.kz)", "(Matt Sayles/AP Photo)",
    "Photo: Reuters", "Jim Craven/Getty Images") or first ("Photo: X. Text"); a line that is
    only a credit, above the caption it belongs to ("Jim Craven/ NBC News"), or the BBC's
    "Image source, X" / "Image caption, Y" pair; and, on web pages, the lead photo's caption
    standing between the headline (or byline) and a datelined first paragraph.
    """
    text = state.line.text
    if len(text) > MAX_CAPTION:
        return False
    found = split_credit(text)
    if found is not None:
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, found[0], credit=found[1])
        return True
    credit_only = IMAGE_SOURCE.match(text) or CREDIT_LINE.match(text)
    if credit_only is not None:
        nxt = state.next_content(state.pos + 1, limit=2)
        if nxt is None or len(state.lines[nxt].text) > MAX_CAPTION:
            return False
        if not silent:
            credit = credit_only.group("credit") if "credit" in credit_only.re.groupindex else text
            body = _CAPTION_LABEL_LINE.sub("", state.lines[nxt].text)
            state.claim(Kind.CAPTION, "caption", nxt, body, credit=credit.strip())
        return True
    if state.body_started or state.title is None or len(text) < MIN_LEAD_CAPTION:
        return False
    if not state.at_block_start():
        return False
    if not _lead_caption_position(state):
        return False
    nxt = state.next_content(state.pos + 1, limit=5)
    if nxt is None or not opens_with_dateline(state.lines[nxt].text) or opens_with_dateline(text):
        return False
    if not silent:
        state.claim(Kind.CAPTION, "caption", state.pos, text)
    return True


def _lead_caption_position(state: State) -> bool:
    """A lead caption follows a byline, or a headline that had its date printed above it."""
    prev = state.prev_block()
    if prev is None:
        return False
    if prev.kind is Kind.BYLINE:
        return True
    return prev.kind is Kind.TITLE and state.date_found
