"""Highlights: bullet summaries above the body, and the CNN/Daily Mail "@highlight" lines."""

from __future__ import annotations

from artparse.model import Kind
from artparse.patterns import HIGHLIGHT_LABELS
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
    if state.title is None:
        return False
    short = len(text) <= LONGEST_LABEL
    if state.body_started and not short and (not state.blocks or state.blocks[-1].rule != "highlight"):
        return False  # most lines of the body: one comparison each
    if short and highlights_label(state, text):
        if not silent:
            state.claim(Kind.FURNITURE, "highlight", state.pos, text)
        return True
    if state.body_started and not _under_label(state):
        return False
    body = _bullet(text)
    if body is None:
        return False
    if not silent:
        state.claim(Kind.HIGHLIGHT, "highlight", state.pos, body)
    return True


def _bullet(text: str) -> str | None:
    """A bullet line's text when it is a sentence's length, else None.

    A dash opening a line of two sentences or more is a quotation's, not a bullet: Polish,
    Swedish and the other languages that open direct speech with a dash print a quoted lead
    right under the headline ("– Nie zostaliśmy ... Nie wiem, kiedy ...", a Polish paper's in the
    BSNLP set; "– Inflationsbekämpningen ger resultat. Vi ser ...", the Swedish government's
    releases), while a highlights box gives each bullet one sentence (CNN's, USA Today's, El
    Mundo's boxes)."""
    if not text.startswith(BULLETS) or len(text) < 3 or text[1] != " ":
        return None
    body = text[2:].strip()
    if text[0] in QUOTATION_DASHES and _two_sentences(body):
        return None
    return body if len(body.split()) >= MIN_WORDS else None


QUOTATION_DASHES = "–—"
"""The dashes that open direct speech (en dash in Polish and Swedish, em dash in Russian)."""


def _two_sentences(text: str) -> bool:
    """Whether a sentence ends inside the text: a full stop, question or exclamation mark, then
    a space and a capital."""
    for mark in ".?!":
        at = text.find(mark + " ")
        while 0 <= at < len(text) - 2:
            if text[at + 2].isupper():
                return True
            at = text.find(mark + " ", at + 2)
    return False


LONGEST_LABEL = max(map(len, HIGHLIGHT_LABELS)) + 1
"""The longest highlights heading with its colon: a longer line is none (one comparison)."""
MAX_LABEL_GAP = 2
"""Blank lines between a highlights label and its first bullet."""


def highlights_label(state: State, text: str) -> bool:
    """A heading over the story's highlights ("Story highlights", ``highlight_labels``) with a
    bullet of a sentence's length under it: USA Today and CNN print the box under the byline,
    after the lead photo or video, where the body may seem to have begun."""
    if len(text) > LONGEST_LABEL or text.rstrip(":").casefold() not in HIGHLIGHT_LABELS:
        return False
    nxt = state.next_content(state.pos + 1, limit=MAX_LABEL_GAP + 1)
    return nxt is not None and _bullet(state.lines[nxt].text) is not None


def _under_label(state: State) -> bool:
    """Whether the line continues a highlights box: under its label or its last bullet."""
    if not state.blocks:
        return False
    last = state.blocks[-1]
    if last.rule != "highlight":
        return False
    return last.kind == Kind.HIGHLIGHT or last.text.rstrip(":").casefold() in HIGHLIGHT_LABELS
