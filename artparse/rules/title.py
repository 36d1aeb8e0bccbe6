"""The headline."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State, text_key


def title(state: State, silent: bool) -> bool:
    """Claim the first content line no header rule wanted: articles open with their headline."""
    if state.title is not None or state.body_started:
        return False
    if not silent:
        text = state.line.text
        state.title = state.claim(Kind.TITLE, "title", state.pos, text)
        state.title_key = text_key(text)
    return True
