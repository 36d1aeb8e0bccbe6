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
    if text[:1] not in _OPENING:
        return _cited_quote(state, silent)
    if len(text) > MAX_PULL_QUOTE:  # most lines: one character decides
        return False
    inner = text[1:].rstrip(".")
    if inner[-1:] not in _CLOSING or any(char in DOUBLE_QUOTES for char in inner[:-1]):
        return False
    nxt = state.pos + 1
    if state.wrap != Wrap.LINES and nxt < len(lines) and lines[nxt].text:
        return False  # hard-wrapped: the line opens a paragraph that goes on
    if _repeated_nearby(state, inner[:-1].split(), len(text)):
        if not silent:
            state.claim(Kind.FURNITURE, "pull_quote", state.pos, text)
        return True
    return False


def _repeated_nearby(state: State, words: list[str], length: int) -> bool:
    """Whether the opening of a quote's ``words`` (``PULL_QUOTE_WORDS`` of them at least) stands in a
    line longer than ``length`` within ``PULL_QUOTE_REACH`` lines."""
    if len(words) < PULL_QUOTE_WORDS:
        return False
    # from the second letter on: a quote set mid-sentence may be capitalised in the display
    # only, and a plain search (no case-folded copy of each line) keeps the window cheap
    opening = " ".join(words[:PULL_QUOTE_WORDS]).rstrip(",.;:!?")[1:]
    lines = state.lines
    start = max(0, state.pos - PULL_QUOTE_REACH)
    end = min(len(lines), state.pos + PULL_QUOTE_REACH + 1)
    return any(
        index != state.pos and len(lines[index].text) > length and opening in lines[index].text
        for index in range(start, end)
    )


MAX_CITATION = 60
"""A pull quote's citation is a name or a role ("Foreign Office spokesman"), not a sentence."""


def _cited_quote(state: State, silent: bool) -> bool:
    """A pull quote whose marks the page drew, its citation on the line under it: the quote and
    the name or role of who said it, set off together between the paragraphs.

    WordPress's pullquote block is a ``<blockquote>`` of the quote's ``<p>`` and a ``<cite>``,
    the quotation marks the theme's stylesheet draws; the BBC's 2007 pages set their quote
    boxes so (a quote of the story over "Foreign Office spokesman"), their marks images. A
    copy of the page keeps the quote and the citation as two lines and no blank line between
    them, in a text of blank-separated paragraphs; the quote's opening words stand again in
    a longer paragraph nearby (its attribution lost, perhaps, its full stop dropped).
    """
    if state.wrap != Wrap.LINES:
        return False
    lines = state.lines
    below = state.pos + 1
    if below + 1 >= len(lines) or not lines[below].text or lines[below + 1].text:
        return False  # most lines: a blank line under them, or a run of lines
    text = lines[state.pos].text
    citation = lines[below].text
    if len(citation) > MAX_CITATION or len(text) > MAX_PULL_QUOTE or not citation[-1:].isalpha():
        return False
    if not _repeated_nearby(state, text.split(), len(text)):
        return False
    if not silent:
        state.claim(Kind.FURNITURE, "pull_quote", below, text)
    return True
