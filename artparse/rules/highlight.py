"""Bullet highlights above the body."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State
from artparse.vocab import BULLETS

MIN_WORDS = 3
"""A highlight is a sentence; a bullet with fewer words is a list item or furniture."""


def highlight(state: State, silent: bool) -> bool:
    """Claim a bullet line ("• Rates rise again") above the body: story-highlight boxes."""
    if state.body_started or state.title is None:
        return False
    text = state.line.text
    if not text.startswith(BULLETS) or len(text) < 3 or text[1] != " ":
        return False
    body = text[2:].strip()
    if len(body.split()) < MIN_WORDS:
        return False
    if not silent:
        state.claim(Kind.HIGHLIGHT, "highlight", state.pos, body)
    return True
