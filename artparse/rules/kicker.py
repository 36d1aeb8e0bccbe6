"""Kickers: section, rubric and navigation labels standing above the headline."""

from __future__ import annotations

from collections.abc import Callable

from artparse.dateline import opens_with_dateline
from artparse.lines import breaks_word
from artparse.model import Kind
from artparse.patterns import HOME_LABEL_FIRST_WORDS, HOME_LABELS
from artparse.rules.repeated_title import repeats_title
from artparse.state import State, list_item
from artparse.vocab import BULLETS, CLAUSE_ENDS, CLOSERS

MAX_KICKER_WORDS = 3
"""A kicker or section label is a word or three ("Ideas", "Media Industry", "CAMBIO CLIMÁTICO")."""
MAX_KICKER_CHARS = 40
MAX_CRUMB_WORDS = 6
"""A breadcrumb item ("* Climate") is a label too, a few words at most."""
MIN_HEADLINE_WORDS = 4
"""The headline below a kicker says something: a clause, not a label."""
MAX_HEADLINE = 150
"""A headline is a line of a few words; a longer one is a standfirst or the lead."""
LOOK_DOWN = 3
"""Lines below a kicker in which its headline stands (a second label may come between)."""


def kicker(state: State, silent: bool) -> bool:
    """Claim a label above the headline: a kicker, section or rubric name, a breadcrumb item
    or a navigation word, when a headline-shaped line stands right below it.

    Web pages print the section ("Ideas", "Local News", "Poder"), a topic kicker ("CAMBIO
    CLIMÁTICO") or a breadcrumb ("* Climate") above the headline; copied or converted to
    text they come first. A short first line is the headline itself when nothing longer and
    headline-shaped follows it ("Kaeser verarscht Neubauer" over its standfirst). The page's
    date stamp may stand between the label and the headline, short ("14 October 2015") or
    the published and updated stamps side by side (Demokraatti's "Talous" over "18.2.2026
    13:33 ・ Päivitetty: 18.2.2026 13:43" over the headline). Under the
    headline block, a label right above the lead is the story's topic or kind
    (``_label_over_body``).

    In a page converted to Markdown whose headline is marked (``markup.page_headline``),
    every line above it that no rule before this one wanted is the page's: labels, share
    bars, "Continue reading the main story", a pull-quote kicker.
    """
    if state.body_started:
        return False
    if state.title is not None:
        prev = state.prev_block()
        if prev is None:
            return False
        if prev.kind in _OVER_MENU and _menu_over_headline(state, silent):
            return True
        if prev.kind not in _UNDER_HEADLINE:
            return False
        return _trail_under_headline(state, silent) or _label_over_body(state, silent)
    marked = state.marks.headline
    if marked is not None and state.pos < marked:
        if not silent:
            state.claim(Kind.FURNITURE, "kicker", state.pos, state.lines[state.pos].text)
        return True
    text = state.lines[state.pos].text
    if not _label(text) and not _trail(text):
        return False
    crumbs = _crumb(text)
    headline = _run_down(
        state,
        LOOK_DOWN,
        ends=lambda i: (
            _headline_shaped(state.lines[i].text, crumbs=crumbs)
            and not _runs_on(state, i)
            and state.would_claim(i, asker="kicker") is None
        ),
        passes=lambda i: _label(state.lines[i].text) or state.would_claim(i, asker="kicker") == "date_line",
    )
    if headline is None:
        return False
    if not silent:
        state.claim(Kind.FURNITURE, "kicker", state.pos, text)
    return True


_UNDER_HEADLINE = (Kind.TITLE, Kind.DATE, Kind.BYLINE, Kind.SUBTITLE)
MIN_LEAD = 80
"""The lead under such a label is a paragraph, longer than any headline-block line."""


def _label_over_body(state: State, silent: bool) -> bool:
    """A section or topic label between the headline block and the body: CBS News prints the
    story's topic ("Murdoch in Crisis") and NBC News the column's kind ("ANALYSIS") there; a
    few words with no sentence punctuation, right above the lead paragraph, or above the rest
    of the head (a byline or date line: pages set the label on either side of them). Asked
    by ``kicker`` under the headline block, as ``_trail_under_headline`` is."""
    text = state.lines[state.pos].text
    if not topic_label(text):
        return False
    nxt = state.next_content(state.pos + 1, limit=3)
    if nxt is None:
        return False
    if len(state.lines[nxt].text) < MIN_LEAD and state.would_claim(nxt, asker="kicker") not in _HEAD_RULES:
        return False
    if not silent:
        state.claim(Kind.FURNITURE, "kicker", state.pos, text)
    return True


_HEAD_RULES = ("byline", "date_line")


def topic_label(text: str) -> bool:
    """A topic or kind label as ``_label_over_body`` reads one: a few words ending in a letter
    or digit, no breadcrumb item ("WASHINGTON --" opens the lead)."""
    return text[-1:].isalnum() and _label(text) and not _crumb(text)


_TRAIL_ARROWS = (" > ", " » ", " › ", " >> ")
"""Separators of a breadcrumb trail: Google's documented "Books › Science Fiction", Yoast's
default "Home » Blog", the plain "Home > News > World", and the doubled ">>" (UI5's documented
``DoubleGreaterThan`` separator; the Khaleej Times' "Khaleej Times Online >> News >> THE
U.A.E")."""
_BAR = " | "
MIN_BAR_ITEMS = 3
"""A menu bar ("Home | News | Sport") has three items or more; "Headline | Site" is a title."""


def _trail(text: str) -> bool:
    """A breadcrumb trail or a menu bar: labels of a few words between separators."""
    if len(text) > MAX_TRAIL:
        return False
    items = None
    for arrow in _TRAIL_ARROWS:
        if arrow in text:
            items = text.split(arrow)
            break
    if items is None:
        if _BAR not in text or text.count(_BAR) < MIN_BAR_ITEMS - 1:
            return _home_trail(list_item(text) or text)
        items = text.split(_BAR)
    return all(item and _label(item.strip()) for item in items)


MAX_TRAIL = 120
MAX_SECTIONS = 4
"""Sections a trail names after its home label ("Home ECONOMIE Conjoncture"): a few."""


def _home_trail(text: str) -> bool:
    """A breadcrumb trail whose separators the stylesheet drew: the home label, then a few
    capitalised section labels and nothing else ("Home ECONOMIE Conjoncture").

    Bootstrap's breadcrumb ("Home / Library / Data") and most CMS themes draw the separators
    with CSS (``::before``), so a converter keeps only the labels; the trail opens with the
    site's home label (``home_labels``). A bullet "Home prices rise again" is a sentence.
    """
    words = text.split()
    if len(words) < 2 or words[0].casefold() not in HOME_LABEL_FIRST_WORDS:  # most lines: one lookup
        return False
    for size in (1, 2):
        if " ".join(words[:size]).casefold() in HOME_LABELS:
            sections = words[size:]
            if 1 <= len(sections) <= MAX_SECTIONS and all(
                w[:1].isupper() and w[-1:].isalnum() for w in sections
            ):
                return True
    return False


def _trail_under_headline(state: State, silent: bool) -> bool:
    """A breadcrumb trail under the headline: Le Figaro prints it between the headline and
    the byline; it is the page's, not a highlight of the story."""
    text = state.lines[state.pos].text
    if len(text) > MAX_TRAIL or not _trail(list_item(text) or text):
        return False
    if not silent:
        state.claim(Kind.FURNITURE, "kicker", state.pos, text)
    return True


MAX_MENU_ITEMS = 12
"""A site's main menu: a dozen sections at most."""
MAX_MENU_WORDS = 3


_OVER_MENU = (Kind.TITLE, Kind.FURNITURE)
"""What stands right above a menu's item: the page's title, or the page's tools ("Skip to main
content", "Subscribe")."""


def _menu_over_headline(state: State, silent: bool) -> bool:
    """A site's menu between the page's title and the story's headline: a whole page's text
    (Common Crawl's WET records, which open with the page's <title> and go on with all its
    text; a browser's select-all copy) prints the title ("Headline | Site"), the menu's items
    ("Home", "Local", "Sports"), then the headline again. Items of a few words each, and the
    page's tools among them ("Skip to main content", "Subscribe"), up to the line that repeats
    the title, are the page's."""
    if not _menu_item(state.lines[state.pos].text):
        return False
    last = _run_down(
        state,
        MAX_MENU_ITEMS,
        ends=lambda i: repeats_title(state, state.lines[i].text),
        passes=lambda i: (
            _menu_item(state.lines[i].text) or state.would_claim(i, asker="kicker") == "furniture"
        ),
    )
    if last is None:
        return False
    if not silent:
        state.claim(Kind.FURNITURE, "kicker", last, state.lines[state.pos].text)
    return True


def _run_down(
    state: State, reach: int, *, ends: Callable[[int], bool], passes: Callable[[int], bool]
) -> int | None:
    """The last line of the run from the cursor down when the line under it ``ends`` it within
    ``reach`` lines, every line between one that ``passes`` (blank gaps of two lines at most);
    else None."""
    index = state.pos
    for _ in range(reach):
        nxt = state.next_content(index + 1, limit=3)
        if nxt is None:
            return None
        if ends(nxt):
            return index
        if not passes(nxt):
            return None
        index = nxt
    return None


def _menu_item(text: str) -> bool:
    return text.count(" ") < MAX_MENU_WORDS and _label(text)


def _label(text: str) -> bool:
    """A few words with no sentence punctuation, or a short breadcrumb item."""
    if _crumb(text):
        return text.count(" ") <= MAX_CRUMB_WORDS
    words = text.split()
    if len(words) > MAX_KICKER_WORDS or len(text) > MAX_KICKER_CHARS:
        return False
    return not text.rstrip(CLOSERS).endswith(CLAUSE_ENDS) or text.endswith(":")


def _crumb(text: str) -> bool:
    return text.startswith(BULLETS) and text[1:2] == " "


def _runs_on(state: State, index: int) -> bool:
    """Whether the line is the first of a hard-wrapped paragraph, not a headline: it breaks a
    word with a hyphen, or the line right under it goes on in lower case. Wire copy (Reuters,
    AP) and scanned pages wrap their paragraphs under a short capitals headline ("BAHIA COCOA
    REVIEW"), which is then no kicker; a headline stands on its line alone."""
    text = state.lines[index].text
    if breaks_word(text):
        return True
    if index + 1 >= len(state.lines):
        return False
    below = state.lines[index + 1].text
    return below[:1].islower()


def _headline_shaped(text: str, *, crumbs: bool) -> bool:
    """One clause of four or more words that ends no sentence with a full stop and opens with
    no dateline (a date line, a byline or a caption there is the head's, asked apart). The
    last item of a breadcrumb is often the headline itself ("* We Need Geoengineering ..."); under
    a headline, bullets are its highlights."""
    if _crumb(text):
        if not crumbs:
            return False
        text = text[2:]
    if len(text) > MAX_HEADLINE or ". " in text:
        return False
    if text.count(" ") < MIN_HEADLINE_WORDS - 1 or text.rstrip(CLOSERS).endswith("."):
        return False
    return not opens_with_dateline(text)
