"""The standfirst (dek, teaser) under the headline."""

from __future__ import annotations

from artparse.model import Kind
from artparse.rules.caption import opens_with_dateline
from artparse.state import State

MIN_SUBTITLE_WORDS = 6
"""A standfirst is a sentence, not a label."""


def subtitle(state: State, silent: bool) -> bool:
    """Claim a standfirst: a one-line summary between the title block and a datelined lead.

    Wire and news-site layouts print headline, date, a teaser sentence, then the body
    opening with its dateline ("Berlin (dpa) - ...").
    """
    if state.body_started or state.title is None:
        return False
    if not state.at_block_start() or any(b.kind is Kind.SUBTITLE for b in state.blocks):
        return False
    text = state.line.text
    if len(text.split()) < MIN_SUBTITLE_WORDS:
        return False
    nxt = state.next_content(state.pos + 1, limit=4)
    if nxt is None or not opens_with_dateline(state.lines[nxt].text) or opens_with_dateline(text):
        return False
    if not silent:
        state.claim(Kind.SUBTITLE, "subtitle", state.pos, text)
    return True
