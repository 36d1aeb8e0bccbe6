"""Highlights: bullet summaries above the body, and the CNN/Daily Mail "@highlight" lines."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State
from artparse.vocab import BULLETS

MIN_WORDS = 3
"""A highlight is a sentence; a bullet with fewer words is a list item or furniture."""
MARKER = "@highlight"
"""The CNN/Daily Mail story files put each highlight after a line of its own with this marker."""


def highlight(state: State, silent: bool) -> bool:
    """Claim a highlight.

    Conventions: a bullet line ("• Rates rise again") between the headline and the body (a
    story-highlights box), and, anywhere, a "@highlight" marker line with the highlight on
    the next line (the CNN/Daily Mail story files list them after the body).
    """
    text = state.lines[state.pos].text
    if text == MARKER:
        nxt = state.next_content(state.pos + 1)
        if nxt is None or state.lines[nxt].text == MARKER:
            if not silent:
                state.claim(Kind.FURNITURE, "highlight", state.pos, text)
            return True
        if not silent:
            state.claim(Kind.HIGHLIGHT, "highlight", nxt, state.lines[nxt].text)
        return True
    if state.body_started or state.title is None:
        return False
    if not text.startswith(BULLETS) or len(text) < 3 or text[1] != " ":
        return False
    body = text[2:].strip()
    if len(body.split()) < MIN_WORDS:
        return False
    if not silent:
        state.claim(Kind.HIGHLIGHT, "highlight", state.pos, body)
    return True
