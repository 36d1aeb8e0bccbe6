"""The headline printed a second time."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State, text_key


def repeated_title(state: State, silent: bool) -> bool:
    """Claim a line above the body that repeats the headline, in any case or punctuation.

    Site templates often print the headline twice (once in Title Case); the repeat is
    neither a subtitle nor a paragraph.
    """
    if state.title is None or state.body_started:
        return False
    text = state.lines[state.pos].text
    if abs(len(text) - len(state.title.text)) > 8:
        return False
    if state.title_key is None:  # made when first needed: most articles never repeat the headline
        state.title_key = text_key(state.title.text)
    if text_key(text) != state.title_key:
        return False
    if not silent:
        state.claim(Kind.REPEATED_TITLE, "repeated_title", state.pos, text)
    return True
