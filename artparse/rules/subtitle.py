"""The standfirst (dek, teaser) under the headline."""

from __future__ import annotations

from artparse.dateline import opens_with_dateline
from artparse.model import Kind
from artparse.state import State

MIN_SUBTITLE_WORDS = 6
"""A standfirst is a sentence, not a label."""
MAX_SUBTITLE = 400
"""A standfirst is one or two sentences; a longer line is the lead paragraph."""


_HEAD_KINDS = (Kind.TITLE, Kind.DATE, Kind.BYLINE, Kind.REPEATED_TITLE)


def subtitle(state: State, silent: bool) -> bool:
    """Claim a standfirst: a sentence under the headline block, before the body proper.

    Wire and news-site layouts print headline, date or byline, then a summary sentence,
    then either the body opening with its dateline ("Berlin (dpa) - ...") or more header
    matter: the lead photo's caption, the byline, the date. A scraped remnant of
    punctuation before it (". Дипломаты ...") is not part of it.
    """
    if state.body_started or state.title is None or not state.at_block_start():
        return False
    prev = state.prev_block()
    if prev is None or prev.kind not in _HEAD_KINDS:
        return False
    if Kind.SUBTITLE in state.counts:
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_SUBTITLE or text.count(" ") < MIN_SUBTITLE_WORDS - 1:
        return False
    nxt = state.next_content(state.pos + 1, limit=4)
    if nxt is None or opens_with_dateline(text):
        return False
    if not opens_with_dateline(state.lines[nxt].text):
        follower = _header_follows(state, nxt)
        if follower is None or (follower == "caption" and ". " in text.rstrip(".")):
            return False
    if not silent:
        state.claim(Kind.SUBTITLE, "subtitle", state.pos, text.removeprefix(". ").removeprefix(", "))
    return True


def _header_follows(state: State, index: int) -> str | None:
    """The header rule that would claim line ``index``, if any.

    Before a caption only a one-sentence standfirst counts: a lead paragraph of several
    sentences can stand above a photo too.
    """
    return state.would_claim(index, asker="subtitle")
