"""Pull quotes: a passage of the article set again, large, between its paragraphs."""

from __future__ import annotations

from artparse.model import Kind
from artparse.state import State, Wrap
from artparse.vocab import DOUBLE_QUOTES

_OPENING = '"“„«'
"""Double quotation marks a pull quote opens with (straight, English, German, French)."""
_CLOSING = '"”“»'
PULL_QUOTE_WORDS = 8
"""The opening words compared: enough to name one passage, few enough that the editor's cut
(the attribution left out, a comma made a full stop) falls after them."""
PULL_QUOTE_REACH = 40
"""Lines above and below searched for the passage: a pull quote stands near the paragraph it
repeats (a bounded window keeps the rule linear)."""
MAX_PULL_QUOTE = 400
"""A pull quote is a sentence or two; a longer quoted line is a paragraph of quotation."""


def pull_quote(state: State, silent: bool) -> bool:
    """Claim a pull quote: one quotation alone on its line, repeating a passage of a longer paragraph nearby.

    Magazines and papers set a sentence of the story again in large type between its
    paragraphs (WIRED's "“The concern is that machine-learning algorithms ... longer and
    longer.”" under the paragraph that says it; El País' "cita" block; The Intercept's quotes
    repeated beside the paragraph that attributes them), and a converter keeps it as a line
    of its own. It is the page's display, not a paragraph of the text: the line is one
    quotation (its marks open and close it and no other mark stands inside), and its opening
    words stand in a longer line within ``PULL_QUOTE_REACH`` lines.
    """
    if not state.body_started:
        return False
    lines = state.lines
    text = lines[state.pos].text
    if text[:1] not in _OPENING or len(text) > MAX_PULL_QUOTE:  # most lines: one character decides
        return False
    inner = text[1:].rstrip(".")
    if inner[-1:] not in _CLOSING or any(char in DOUBLE_QUOTES for char in inner[:-1]):
        return False
    nxt = state.pos + 1
    if state.wrap != Wrap.LINES and nxt < len(lines) and lines[nxt].text:
        return False  # hard-wrapped: the line opens a paragraph that goes on
    words = inner[:-1].split()
    if len(words) < PULL_QUOTE_WORDS:
        return False
    # from the second letter on: a quote set mid-sentence may be capitalised in the display
    # only, and a plain search (no case-folded copy of each line) keeps the window cheap
    opening = " ".join(words[:PULL_QUOTE_WORDS]).rstrip(",.;:!?")[1:]
    start = max(0, state.pos - PULL_QUOTE_REACH)
    end = min(len(lines), state.pos + PULL_QUOTE_REACH + 1)
    for index in range(start, end):
        other = lines[index].text
        if index != state.pos and len(other) > len(text) and opening in other:
            if not silent:
                state.claim(Kind.FURNITURE, "pull_quote", state.pos, text)
            return True
    return False
