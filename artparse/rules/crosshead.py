"""Crossheads: short subheadings between body paragraphs."""

from __future__ import annotations

from artparse.dates import find_date
from artparse.model import Kind
from artparse.patterns import CONTRIBUTOR_PHRASE, SUBJECT_PRONOUNS, VALEDICTIONS
from artparse.state import TRIM_MARKS, State, Wrap
from artparse.vocab import BULLETS, CAPITAL_AFTER_COLON_LANGUAGES, CLAUSE_ENDS, DOUBLE_QUOTES, OPENING_QUOTES

_LINES = Wrap.LINES
"""A local alias (see ``state.PARAGRAPH``)."""
MAX_CROSSHEAD_WORDS = 16
"""A crosshead is a label of a few words, a related story's headline a phrase of up to 16
(CNN's "With storm on the way, Bloomberg tells struggling New Yorkers to get off the road",
The Intercept's); a longer unpunctuated line is a paragraph."""
MAX_CROSSHEAD_CHARS = 100
_CLOSERS = "\"'”’»«“‘)]"


def _kicker_and_headline(text: str, language: str | None) -> bool:
    """ "Analysts: Russia will be big loser": a label, a colon and a headline (no label ends it).

    The label is a word or a short phrase: CNN's "Opinion: Romney couldn't overcome
    contradictions", CNET's "Shame shame: Decade's 10 biggest tech scandals (images)". A headline
    that is a quote is one only when the quote is all of it (``_quote_attributed``: NBC's "More
    tributes stream in: 'Ride, Sally, Ride'"); "He told reporters: “We lost a hero” and then left"
    is prose. The headline after the colon opens with a capital in English and German; the
    other languages write it in small letters (``CAPITAL_AFTER_COLON_LANGUAGES``: the HFPC's
    Polish crosshead "Trybunał w Strasburgu: obowiązkowe szczepienia nie naruszają praw").
    """
    label, _, rest = text.partition(": ")
    if not rest or ":" in rest or label.count(" ") >= MAX_LABEL_WORDS:
        return False
    if not rest[:1].isupper() and (
        language is None or language in CAPITAL_AFTER_COLON_LANGUAGES or not rest[:1].isalpha()
    ):
        return False
    return rest.count(" ") >= MIN_HEADLINE_WORDS - 1 and find_date(rest, fallback=False) is None


_CLOSING_QUOTES = "\"'”“»’‘"


def _quote_attributed(text: str) -> bool:
    """ "Lega e Forza Italia: “Sconcerto”": a headline that gives a quoted phrase to its speaker.

    Headlines attribute a quote with a colon and the quote alone after it (Il Primato
    Nazionale's "Lega e Forza Italia: “Sconcerto”", NBC News' "More tributes stream in: 'Ride,
    Sally, Ride'", Correio Braziliense's "Lira: "Equilíbrio""); a sentence quotes inside itself.
    """
    _, colon, quote = text.rpartition(":")
    quote = quote.strip()
    if not colon or len(quote) < 3 or quote[0] not in OPENING_QUOTES or quote[-1] not in _CLOSING_QUOTES:
        return False
    return not any(ch in DOUBLE_QUOTES for ch in quote[1:-1])


MIN_HEADLINE_WORDS = 3
"""After its label a headline has words to say ("Correction: July 27, 2012" is a note)."""
MAX_LABEL_WORDS = 4
"""A kicker is a word or a short phrase ("Opinion", "More tributes stream in")."""


def _before_tag(text: str) -> str:
    """The line without a closing parenthesis ("... scandals (images)", "... said.(PAP)"):
    a sentence that ends before a tag is still a sentence."""
    if text[-1:] != ")":
        return text
    opening = text.rfind("(")
    return text[:opening].rstrip() if opening > 0 else text


MIN_TEASER_WORDS = 8
"""A teaser is trimmed to a number of words (WordPress: 55 by default, themes set fewer); a
short line closing with an ellipsis is a sentence trailing off ("Но это уже другая история…")."""


def _trimmed_teaser(state: State, text: str, words: list[str]) -> bool:
    """Whether the last line is another story's teaser, trimmed with an ellipsis glued to its
    last word: the mark a CMS appends where it cut the text (WordPress's ``wp_trim_words``
    appends "…"), as under Dobré noviny's scraped story ("... členstvo Britov v EÚ…"). An
    ellipsis after a space or a full stop ("... worked with. ...") closes a sentence."""
    if len(words) < MIN_TEASER_WORDS or not text.endswith(TRIM_MARKS):
        return False
    kept = text.rstrip(".…")
    return kept[-1:].isalnum() and state.next_content(state.pos + 1) is None


MAX_LIST_ITEMS = 12
"""How far up a run of lines a list's introduction is looked for (a list is a handful of items)."""


def _listed(state: State) -> bool:
    """Whether the line is an item of a list its paragraph introduced with a colon.

    A list hangs under the line that introduces it, with no blank line between: AP wire copy's
    "The measures include:" over its items, the BBC News dataset's "The figures show:" over
    one figure a line; such items are the story's lines, not headings.
    """
    lines = state.lines
    stop = max(state.pos - MAX_LIST_ITEMS, -1)
    for i in range(state.pos - 1, stop, -1):
        text = lines[i].text
        if not text:
            return False
        if text.endswith(":"):
            return True
    return False


def _wire_row(state: State) -> bool:
    """Whether the line is a row of wire copy's table, indented right under the row above.

    Wire copy opens each paragraph with an indent and sets no blank line between them; its
    tables hang row under row, each row a figure or a label with no sentence's end (Reuters-21578's
    earnings tables, "Shr 15 cts vs 10 cts" / "Net 1,200,000 vs 900,000" / "Year" under the
    datelined first row "CHICAGO, March 3 - Shr ..."; its results under the dateline alone,
    "LONDON, MARCH 3 -"; the financial wires carry companies' earnings tables in the releases
    they move, as Business Wire's guidance on earnings releases documents). Such rows are body
    lines. A heading follows a paragraph that ended its sentence, so a short line under a
    finished sentence is asked as before; and wire copy sets no heading at all, so under a page's
    heading (a converted page's "À écouter aussi" over its cards, "55 min") lines are asked as before.
    """
    lines = state.lines
    pos = state.pos
    if pos == 0 or not lines[pos].indent or Kind.CROSSHEAD in state.counts:
        return False
    above = lines[pos - 1]
    if (
        not above.text
        or above.indent != lines[pos].indent
        or above.text.rstrip(_CLOSERS).endswith(CLAUSE_ENDS)
    ):
        return False
    return state.block_above(Kind.PARAGRAPH)  # the row above is the story's too: a heading's run is no table


def crosshead(state: State, silent: bool) -> bool:
    """Claim a subheading inside the body: a short line with no sentence punctuation.

    Web pages break long stories with crossheads ("Competition frees up market",
    "'Competently serviced'", a line in capitals) and with the headlines of related stories
    ("Analysts: Russia will be big loser if Assad falls", a quote given to its speaker:
    ``_quote_attributed``); they are not paragraphs. A
    copied page often ends with such a link under the last paragraph (CNN's "Five things we
    learned on Election Night", "$50K to help 'Kliptown kids' rise up") or an image's credit
    (VentureBeat's "Courtroom image via Shutterstock"): a story's last paragraph ends its
    sentence, so a last line that does not is no paragraph either. A line that introduces a list
    ("The government had claimed tobacco firms" before "- ..." items), a line holding a
    sentence's end, and labels ending in a colon stay body, and so does the line crediting the
    story's contributors that closes many stories without a full stop (CNN's "CNN's ... contributed
    to this report", the New York Times' "... contributed research", Reuters' "Additional reporting
    by ...", "Mit Material von dpa": ``CONTRIBUTOR_PHRASE``), a paragraph of the story, as does a
    letter's complimentary close printed without a comma ("Mit freundlichen Grüßen"), as does a
    line opening with a third-person subject pronoun and a verb ("He reiterated that ...",
    Newsday's paragraph that lost its full stop): a heading stands on its own and names whom it
    is about, a pronoun refers back to the text above (no headline of the corpus's 278
    articles, from some 60 outlets, opens so). A line the Markdown marks as a subheading is one
    whatever its words (``markup.marked_headings``: a list article's "### 1. ..." heads).
    """
    if not state.body_started or state.wrap != _LINES or _wire_row(state):
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_CROSSHEAD_CHARS:
        return False
    if state.pos in state.marks.headings:  # the markup says heading, whatever its words
        if not silent:
            state.claim(Kind.CROSSHEAD, "crosshead", state.pos, text)
        return True
    words = text.split()
    if len(words) > MAX_CROSSHEAD_WORDS or text.startswith(BULLETS):
        return False
    quoted = ":" in text and _quote_attributed(text)  # may hold a sentence's end before its colon
    if ". " in text and not quoted:
        return False
    if ":" in text and not (quoted or _kicker_and_headline(text, state.language)):
        return False
    shouting = text.isupper() and len(words) >= 2
    ended = (
        _before_tag(text).rstrip(_CLOSERS).endswith(CLAUSE_ENDS) or not text.rstrip(_CLOSERS)[-1:].isalnum()
    )
    if ended and not shouting and not _trimmed_teaser(state, text, words):  # a teaser's ellipsis ends nothing
        return False
    nxt = state.next_content(state.pos + 1)
    if nxt is None and len(words) < MIN_HEADLINE_WORDS:  # the last line: a headline, not a date or a name
        return False
    if nxt is not None and state.lines[nxt].text.startswith(BULLETS):
        return False
    if CONTRIBUTOR_PHRASE.search(text) or _listed(state) or text.casefold() in VALEDICTIONS:
        return False
    if words[0] in SUBJECT_PRONOUNS.get(state.language or "", ()) and words[1:2] and words[1][:1].islower():
        return False  # "He reiterated that ...": a sentence referring back, its full stop lost
    if not silent:
        state.claim(Kind.CROSSHEAD, "crosshead", state.pos, text)
    return True
