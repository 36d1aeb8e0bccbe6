"""The headline printed a second time."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State, text_key


def repeated_title(state: State, silent: bool) -> bool:
    """Claim a line above the body that repeats the headline, in any case or punctuation.

    Site templates often print the headline twice (once in Title Case); the repeat is
    neither a subtitle nor a paragraph.
    """
    if state.body_started:
        return False
    text = state.lines[state.pos].text
    if not repeats_title(state, text):
        return False
    if not silent:
        state.claim(Kind.REPEATED_TITLE, "repeated_title", state.pos, text)
    return True


MAX_TITLE_SLACK = 8
"""A repeat differs from the headline by a few characters at most (case, punctuation, a site's
name cleaned off the title)."""


def repeats_title(state: State, text: str) -> bool:
    """Whether a line says the headline again, in any case or punctuation."""
    title = state.title
    if title is None or abs(len(text) - len(title.text)) > MAX_TITLE_SLACK:
        return False
    if state.title_key is None:  # made when first needed: most articles never repeat the headline
        state.title_key = text_key(title.text)
    return text_key(text) == state.title_key
