"""Crossheads: short subheadings between body paragraphs."""

from __future__ import annotations

from artparse.dates import find_date
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


def _kicker_and_headline(text: str) -> bool:
    """ "Analysts: Russia will be big loser": a label, a colon and a headline (no label ends it)."""
    label, _, rest = text.partition(": ")
    if not rest or ":" in rest or " " in label.strip() or not rest[:1].isupper():
        return False
    return rest.count(" ") >= MIN_HEADLINE_WORDS - 1 and find_date(rest, fallback=False) is None


_OPENING_QUOTES = "\"'“„«‘‚"
_CLOSING_QUOTES = "\"'”“»’‘"
_DOUBLE_QUOTES = frozenset('"“”„«»')
"""Quotation marks that never stand for an apostrophe ("L'Italia", "Un’altra")."""


def _quote_attributed(text: str) -> bool:
    """ "Lega e Forza Italia: “Sconcerto”": a headline that gives a quoted phrase to its speaker.

    Headlines attribute a quote with a colon and the quote alone after it (Il Primato
    Nazionale's "Lega e Forza Italia: “Sconcerto”", NBC News' "More tributes stream in: 'Ride,
    Sally, Ride'", Correio Braziliense's "Lira: "Equilíbrio""); a sentence quotes inside itself.
    """
    _, colon, quote = text.rpartition(":")
    quote = quote.strip()
    if not colon or len(quote) < 3 or quote[0] not in _OPENING_QUOTES or quote[-1] not in _CLOSING_QUOTES:
        return False
    return not any(ch in _DOUBLE_QUOTES for ch in quote[1:-1])


MIN_HEADLINE_WORDS = 3
"""After its label a headline has words to say ("Correction: July 27, 2012" is a note)."""


def crosshead(state: State, silent: bool) -> bool:
    """Claim a subheading inside the body: a short line with no sentence punctuation.

    Web pages break long stories with crossheads ("Competition frees up market",
    "'Competently serviced'", a line in capitals) and with the headlines of related stories
    ("Analysts: Russia will be big loser if Assad falls", ``_quote_attributed``); they are not
    paragraphs. A line
    that introduces a list ("The government had claimed tobacco firms" before "- ..."
    items), the last line, and labels ending in a colon stay body.
    """
    if not state.body_started or state.wrap != _LINES or state.pos == state.last_content:
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_CROSSHEAD_CHARS:
        return False
    words = text.split()
    if len(words) > MAX_CROSSHEAD_WORDS or text.startswith(BULLETS):
        return False
    if ":" in text and not (_kicker_and_headline(text) or _quote_attributed(text)):
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
