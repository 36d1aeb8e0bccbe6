"""Crossheads: short subheadings between body paragraphs."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State, Wrap
from artparse.vocab import BULLETS

_LINES = Wrap.LINES
"""A local alias (see ``state.PARAGRAPH``)."""
MAX_CROSSHEAD_WORDS = 12
"""A crosshead is a label of a few words; a longer unpunctuated line is a paragraph."""
MAX_CROSSHEAD_CHARS = 100
_SENTENCE_END = tuple(".!?…:;,")
_CLOSERS = "\"'”’»«“‘)]"


def crosshead(state: State, silent: bool) -> bool:
    """Claim a subheading inside the body: a short line with no sentence punctuation.

    Web pages break long stories with crossheads ("Competition frees up market",
    "'Competently serviced'", a line in capitals); they are not paragraphs. A line that
    introduces a list ("The government had claimed tobacco firms" before "- ..." items),
    the last line, and labels with a colon stay body.
    """
    if not state.body_started or state.wrap != _LINES or state.pos == state.last_content:
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_CROSSHEAD_CHARS:
        return False
    words = text.split()
    if len(words) > MAX_CROSSHEAD_WORDS or ":" in text or text.startswith(BULLETS):
        return False
    shouting = text.isupper() and len(words) >= 2
    if not shouting and text.rstrip(_CLOSERS).endswith(_SENTENCE_END):
        return False
    if not shouting and not text.rstrip(_CLOSERS)[-1:].isalnum():
        return False
    nxt = state.next_content(state.pos + 1)
    if nxt is not None and state.lines[nxt].text.startswith(BULLETS):
        return False
    if not silent:
        state.claim(Kind.CROSSHEAD, "crosshead", state.pos, text)
    return True
