"""The standfirst (dek, teaser) under the headline."""

from __future__ import annotations

from artparse.dateline import opens_with_dateline
from artparse.dates import find_date
from artparse.model import Block, Kind
from artparse.patterns import (
    BYLINE_PREFIX,
    FURNITURE_HEAD,
    MAX_TOOL_BUTTON,
    TOOL_BUTTONS,
    opening_furniture_phrase,
)
from artparse.rules.caption import looks_like_caption, opens_byline
from artparse.state import LIST_MARKS, State, list_item, standfirst_copy, text_key
from artparse.vocab import CLOSERS

MIN_SUBTITLE_WORDS = 6
"""A standfirst is a sentence, not a label."""
MAX_SUBTITLE = 400
"""A standfirst is one or two sentences; a longer line is the lead paragraph."""
MAX_SET_APART = 800
"""A bold lead set apart from the body by a wider gap may run to a short paragraph."""


_HEAD_KINDS = (Kind.TITLE, Kind.DATE, Kind.BYLINE, Kind.REPEATED_TITLE)


def subtitle(state: State, silent: bool) -> bool:
    """Claim a standfirst: a sentence under the headline block, before the body proper.

    Wire and news-site layouts print headline, date or byline, then a summary sentence,
    then either the body opening with its dateline ("Berlin (dpa) - ...") or more header
    matter: the lead photo's caption, the byline, the date. A scraped remnant of
    punctuation before it (". Дипломаты ...") is not part of it.
    """
    if state.body_started or state.title is None or not state.at_block_start():
        return False
    prev = state.prev_block()
    if prev is None:
        return False
    if Kind.SUBTITLE in state.counts or state.title.dek is not None:
        return False
    if prev.kind not in _HEAD_KINDS:
        if prev.kind == Kind.CAPTION:
            return _copied_under_caption(state, silent)
        return prev.kind == Kind.FURNITURE and _under_head_furniture(state, silent)
    text = state.lines[state.pos].text
    if state.pos == state.marks.dek:  # a converted page's <h2> under its <h1>
        if not silent:
            _claim(state, text)
        return True
    if prev.kind == Kind.TITLE and _record_text_under_title(state):
        return False
    spaces = text.count(" ")
    if (  # a dek, short ones too: the head's byline or date under it says so
        prev.kind == Kind.TITLE
        and spaces >= MIN_HEAD_DEK_WORDS - 1
        and (spaces < MIN_SUBTITLE_WORDS - 1 or len(text) <= MAX_DEK)
        and _over_head_matter(state, text)
    ):
        if not silent:
            _claim(state, text)
        return True
    if len(text) > MAX_SET_APART or spaces < MIN_SUBTITLE_WORDS - 1:
        return False
    nxt = state.next_content(state.pos + 1, limit=MAX_GAP + 1)
    while nxt is not None and nxt in state.marks.table_rows:  # a table of the item's fields: head matter
        nxt = state.next_content(nxt + 1, limit=MAX_GAP + 1)
    if nxt is None or opens_with_dateline(text):
        return False
    if not opens_with_dateline(state.lines[nxt].text):
        follower = _header_follows(state, nxt) if nxt - state.pos <= 4 else None
        if (
            follower == "caption"
            and _sentences(text) > MAX_STANDFIRST_SENTENCES
            and not _repeated_below(state, nxt, text)
        ):
            return False
        if follower is None and not (
            _set_apart(state, nxt)
            or _under_wider_gap(state, nxt, text)
            or _repeated_below(state, nxt, text)
            or _dek(state, nxt, text)
            or _above_share_bar(state, nxt)
            or _tight_under_headline(state, nxt)
            or _above_head_label(state, prev, nxt, text)
            or _over_caption_and_byline(state, nxt, text)
        ):
            return False
    if len(text) > MAX_SUBTITLE and not (_set_apart(state, nxt) or _on_byline(state, nxt)):
        return False
    if not silent:
        _claim(state, text.removeprefix(". ").removeprefix(", "))
    return True


MAX_GAP = 6
"""Blank lines a scraped page can leave between its blocks."""


def _record_text_under_title(state: State) -> bool:
    """A scraped record's text, written on the line right under its title field: the lead.

    Dataset dumps (record fields above the title, ``header_meta``) write the page's text after
    the title field; where it follows on the next line, with no blank line, nothing of the
    page's layout set it apart, and its first line is the lead: the BSNLP dumps of hrt.hr,
    narod.hr, mk.ru, kommersant.ru, 24hod.sk and teraz.sk print it so. A standfirst there
    stands in a block of its own, under a blank line (vecer.com, slovenskenovice.si, aif.ru).
    """
    return Kind.META in state.counts and not _gap_before(state, state.pos)


def _claim(state: State, text: str) -> None:
    state.claim(Kind.SUBTITLE, "subtitle", state.pos, text)
    state.standfirst = text


def _on_byline(state: State, below: int) -> bool:
    """The standfirst set tight on the byline, in a page whose body is set off by blank lines.

    As a headline block set tight shows its dek (``_tight_under_headline``: the Dragnet copies
    of Ars Technica and NBC News pages, the News Articles in Brazilian Portuguese files), a dek
    and byline set tight, the body under a blank line, are the head's, whatever the dek's
    length: msnbc.com's "First Thoughts" print a run of teasers over 400 characters so.
    """
    if below != state.pos + 1 or state.would_claim(below, asker="subtitle") != "byline":
        return False
    body = state.next_content(below + 1)
    return body is not None and _gap_before(state, body) > 0


def _above_share_bar(state: State, body: int) -> bool:
    """Under a converted page's marked headline (``markup.page_headline``) and its byline or
    date, the sentence that the page's tools follow is the dek: WIRED and the New York Times
    print the share bar ("* Facebook", "* Twitter") between the dek and the lead photo or the
    body, Sciences et Avenir its comment link ("réagir", a tool button alone on its line) under
    the chapô, as Threatpost ("Write a comment") and the Vancouver Sun ("Share Adjust Comment
    Print") set a comment link among the head's tools. A button is a label: a sentence that
    introduces a list (its colon) and the list's items of a sentence each are the body's."""
    marked = state.marks.headline
    if marked is None or state.title is None or state.lines[marked].number != state.title.lines[0]:
        return False
    if state.lines[state.pos].text.endswith(":"):
        return False
    following = state.lines[body].text
    icon_only = len(following) == 1 and following in LIST_MARKS  # "*": a button with no text left
    if icon_only:
        return True
    item = list_item(following)
    if item is not None:
        return len(item) <= MAX_HEAD_LABEL
    return len(following) <= MAX_TOOL_BUTTON and following.casefold() in TOOL_BUTTONS


MAX_HEAD_LABEL = 60
"""A byline, a genre label or a button under the dek is a few words."""


def _above_head_label(state: State, headline: Block, nxt: int, text: str) -> bool:
    """Right under the headline, a sentence that a short label follows is the dek.

    News pages print the head in the order headline, dek, then the byline and the page's
    buttons, and the body only after them: "Close" under the Evening Standard's dek, the
    names under the Intercept's, "Eine Analyse von ..." under Zeit Online's, each with more of
    the head (the date, "By") under it. A lead paragraph is followed by the next paragraph, or
    by a crosshead and then a paragraph: two short lines, the first ending no sentence and no
    furniture, the second a label or a date, are head matter.
    """
    if headline.kind not in (Kind.TITLE, Kind.REPEATED_TITLE) or text.count(" ") < MIN_DEK_WORDS - 1:
        return False
    if _headline_case(text):  # a second headline (or the real one under a kicker), not a dek
        return False
    following = state.lines[nxt].text
    if len(following) > MAX_HEAD_LABEL or following.rstrip(CLOSERS)[-1:] in _SENTENCE_END:
        return False
    if not following[:1].isalpha() or opening_furniture_phrase(following[:FURNITURE_HEAD].casefold()):
        return False
    after = state.next_content(nxt + 1, limit=MAX_GAP + 1)
    if after is None:
        return False
    head = state.lines[after].text  # a label, a name, or a date (digits, perhaps "p.m.")
    return len(head) <= MAX_HEAD_LABEL and (
        head.rstrip(CLOSERS)[-1:] not in _SENTENCE_END or any(c.isdigit() for c in head)
    )


HEADLINE_CASE_SHARE = 0.7
"""In headline case ("Rivalry Will Continue in London") most words are capitalised; a
sentence capitalises its first word and names (German its nouns: still under this share)."""


def _headline_case(text: str) -> bool:
    words = text.split()
    return sum(w[:1].isupper() for w in words) >= HEADLINE_CASE_SHARE * len(words)


MIN_WIDER_GAP = 2
"""A standfirst set apart from the body stands two or more blank lines above it."""
BODY_GAPS_LOOKED_AT = 6
MIN_DEK_WORDS = 6
_SENTENCE_END = ".!?…:;"


def _gap_before(state: State, index: int) -> int:
    """Blank lines right above line ``index``."""
    gap = 0
    while index - gap - 1 >= 0 and not state.lines[index - gap - 1].text:
        gap += 1
    return gap


def _set_apart(state: State, body: int) -> bool:
    """The standfirst is set apart from the body by a wider gap than the body's paragraphs.

    Scraped news pages keep the bold lead's own block: two or more blank lines under it, and
    fewer between the paragraphs that follow (the BSNLP dumps of wyborcza.pl, svoboda.org,
    korrespondent.net and irozhlas.cz all print it so).
    """
    gap = _gap_before(state, body)
    if gap < MIN_WIDER_GAP:
        return False
    index = body
    for _ in range(BODY_GAPS_LOOKED_AT):
        nxt = state.next_content(index + 1)
        if nxt is None:
            break
        if _gap_before(state, nxt) >= gap:
            return False
        index = nxt
    return True


_INNER_SENTENCE_ENDS = (". ", "! ", "? ")
MIN_SPACED_PARAGRAPHS = 3
"""Body paragraphs, each after a blank line, that show the body is laid out with gaps."""


def _tight_under_headline(state: State, body: int) -> bool:
    """The standfirst stands right under the headline, with no blank line, in a text whose
    body paragraphs are each set off by one: the headline block is the headline and its dek,
    one or two sentences (``MAX_STANDFIRST_SENTENCES``: G1's "Entre os estados, ... (4,3%).
    Apenas Sergipe teve queda no PIB." as the Guardian's and CNET's two-sentence deks), two
    only over a longer first paragraph, as a standfirst set apart is read
    (``_under_wider_gap``); a lead of three or more set tight under the headline stays body.

    Copy-paste of news pages (the Dragnet pages of Ars Technica and NBC News) and the
    News Articles in Brazilian Portuguese files (R7, G1, EL PAÍS Brasil) print the dek so.
    """
    prev = state.prev_block()
    if prev is None or prev.kind != Kind.TITLE or _gap_before(state, state.pos):
        return False
    if not _gap_before(state, body):
        return False
    text = state.lines[state.pos].text
    if find_date(text, fallback=False) is not None:  # a date and byline line the rules missed
        return False
    inner_ends = sum(text.count(end) for end in _INNER_SENTENCE_ENDS)
    if inner_ends >= MAX_STANDFIRST_SENTENCES:
        return False  # a lead of three or more sentences set tight under the headline
    if inner_ends and len(state.lines[body].text) <= len(text):
        return False  # two sentences over a shorter paragraph: the lead, as ``_under_wider_gap`` reads it
    gaps = _gaps_below(state, body)
    return gaps is not None and all(gaps)


def _under_wider_gap(state: State, body: int, text: str) -> bool:
    """The standfirst stands in a block of its own between the head and the body: wider gaps
    above it than between it and the body's paragraphs, one or two sentences over a longer
    lead (Threatpost's intro under the share bar, WIRED UK's standfirst under the byline: the
    converter leaves the blank lines of the head's and the standfirst's containers). The
    body's first paragraph under the head shows the same gap; it is several sentences.
    """
    above = _gap_before(state, state.pos)
    if above < MIN_WIDER_GAP or _gap_before(state, body) >= above:
        return False
    if _sentences(text) > MAX_STANDFIRST_SENTENCES or len(state.lines[body].text) <= len(text):
        return False
    gaps = _gaps_below(state, body)  # the body's next paragraphs, before any photo
    return gaps is not None and max(gaps) < above


def _gaps_below(state: State, body: int) -> list[int] | None:
    """The blank lines above each of the next paragraphs under the body's first (as many as
    show how the body is spaced), or None when the text ends before them."""
    gaps = []
    index = body
    for _ in range(MIN_SPACED_PARAGRAPHS - 1):
        nxt = state.next_content(index + 1)
        if nxt is None:
            return None
        gaps.append(_gap_before(state, nxt))
        index = nxt
    return gaps


def _under_head_furniture(state: State, silent: bool) -> bool:
    """Under the head's furniture (a share bar, "Write a comment" under the byline and the
    date), a standfirst set off by a wider gap (``_under_wider_gap``); asked by ``subtitle``
    once it knows the headline has no standfirst yet and the line opens a block."""
    head = next((b for b in reversed(state.blocks) if b.kind != Kind.FURNITURE), None)
    if head is None or head.kind not in (Kind.DATE, Kind.BYLINE):
        return False
    text = state.lines[state.pos].text
    if len(text) > MAX_SUBTITLE or text.count(" ") < MIN_SUBTITLE_WORDS - 1 or opens_with_dateline(text):
        return False
    nxt = state.next_content(state.pos + 1, limit=MAX_GAP + 1)
    if nxt is None or opens_with_dateline(state.lines[nxt].text) or not _under_wider_gap(state, nxt, text):
        return False
    if not silent:
        _claim(state, text)
    return True


def _repeated_below(state: State, body: int, text: str) -> bool:
    """The standfirst (perex) is printed apart and again further down the page.

    News sites that set their perex above the text also keep it as the text's opening
    (dnevno.hr, dobrenoviny.sk in the BSNLP dumps): the line's words recur below it. Or the
    page's forms print it again on a line of its own, whole or cut with a trim mark, as the
    teaser of a share or e-mail form filled in with the headline and the standfirst (Le
    Figaro's "Envoyer par mail" form prints both twice; ``_copied_below``).
    """
    key = text_key(text)
    if len(key) < MIN_REPEATED_KEY:
        return False
    index: int | None = body
    for _ in range(2):
        if index is None:
            return False
        if key in text_key(state.lines[index].text):
            return True
        index = state.next_content(index + 1)
    return _copied_below(state, text)


def _copied_below(state: State, text: str) -> bool:
    """Whether a line under the cursor is a copy of ``text`` (``standfirst_copy``): one pass
    over the lines, asked of a standfirst's candidate only, once the head's other evidence
    is in."""
    first = text[0]
    lines = state.lines
    for index in range(state.pos + 1, len(lines)):
        line = lines[index].text
        if line[:1] == first and standfirst_copy(line, text):
            return True
    return False


def _copied_under_caption(state: State, silent: bool) -> bool:
    """Under the lead photo's caption, a sentence the page prints again further down is the
    standfirst (``_repeated_below``): Le Figaro sets its teaser under the photo."""
    text = state.lines[state.pos].text
    if len(text) > MAX_SUBTITLE or text.count(" ") < MIN_SUBTITLE_WORDS - 1 or opens_with_dateline(text):
        return False
    if len(text_key(text)) < MIN_REPEATED_KEY or not _copied_below(state, text):
        return False
    if not silent:
        _claim(state, text)
    return True


MIN_REPEATED_KEY = 30
"""Letters a standfirst needs before its recurrence below means anything."""


def _dek(state: State, body: int, text: str) -> bool:
    """A dek: one phrase right under the headline (or its date) that ends without a full stop,
    above a body paragraph that is a longer sentence (vecer.com, bostonherald.com, salon.com print the dek
    so; a first paragraph ends its sentence). Not a line cut off where a link was dropped
    (it holds a sentence's end), a date or byline line, or a photo's caption."""
    prev = state.prev_block()
    if prev is None or prev.kind not in (Kind.TITLE, Kind.REPEATED_TITLE, Kind.DATE):
        return False
    if text.rstrip(CLOSERS)[-1:] in _SENTENCE_END or text.count(" ") < MIN_DEK_WORDS - 1:
        return False
    if len(text) > MAX_DEK or ". " in text or BYLINE_PREFIX.match(text) or looks_like_caption(text):
        return False
    if find_date(text, fallback=False) is not None:
        return False
    following = state.lines[body].text
    return len(following) > len(text) and following.rstrip(CLOSERS)[-1:] in _SENTENCE_END


MAX_DEK = 200
"""A dek is a phrase, not a paragraph."""


MAX_STANDFIRST_SENTENCES = 2
"""A standfirst is one or two sentences (the Guardian's "Liberals question why ... services.
The real story, Gary Younge finds, is much more complicated", CNET's two-sentence deks over
the lead photo); a lead paragraph of three or more can stand above a photo too."""


def _sentences(text: str) -> int:
    """How many sentences a line holds, counted at a full stop before a space."""
    return text.rstrip(".").count(". ") + 1


def _over_caption_and_byline(state: State, below: int, text: str) -> bool:
    """The standfirst over the lead photo's caption and the byline under it: msnbc.com and
    wired.com print headline, standfirst, the lead photo's caption, then the byline (the
    caption rule takes the caption once the standfirst is claimed). A standfirst of one or
    two sentences; the caption says it is one (``looks_like_caption``)."""
    after = state.next_content(below + 1, limit=2)
    if after is None or not opens_byline(state.lines[after].text):
        return False  # a "By" line: a cheap test before the rules are asked
    if _sentences(text) > MAX_STANDFIRST_SENTENCES or not looks_like_caption(state.lines[below].text):
        return False
    return state.would_claim(after, asker="subtitle") == "byline"


MIN_HEAD_DEK_WORDS = 4
"""A dek the head's byline or date follows may be a short phrase ("Leader memorialized at
prayer service"); a label of three words or fewer is a kicker's or a section's."""
HEAD_MATTER_LOOKED_AT = 3
"""Lines under the dek in which the head's byline or date stands: a caption, a credit or the
tools may come between."""


def _over_head_matter(state: State, text: str) -> bool:
    """Right under the headline, a phrase that ends no sentence, over the rest of the head: the
    byline or the date line follows within ``HEAD_MATTER_LOOKED_AT`` lines, only the lead photo's
    caption and short lines (a credit, the tools) between them. News pages print the head in the
    order headline, dek, lead photo, byline and date, the body after them, and a copy of the page
    keeps that order: msnbc.com's dek over the photo's caption and the byline (Dragnet), the
    Boston Globe's over its caption, its "Email|Print" tools and "By ..." (a 2008 Google News
    page). A phrase, not a sentence: a lead paragraph ends its sentence; not in headline case
    (the real headline under a kicker: the New York Times' "Lochte-Phelps Rivalry Will Continue
    in London" under "The World in Their Wake"); not a byline, a date, a dateline or a caption
    itself."""
    if text.rstrip(CLOSERS)[-1:] in _SENTENCE_END or ". " in text:
        return False
    if _headline_case(text):  # the real headline under a kicker, as ``_above_head_label`` reads it
        return False
    if BYLINE_PREFIX.match(text) or looks_like_caption(text) or opens_with_dateline(text):
        return False
    if find_date(text, fallback=False) is not None:
        return False
    index = state.pos
    for _ in range(HEAD_MATTER_LOOKED_AT):
        nxt = state.next_content(index + 1, limit=MAX_GAP + 1)
        if nxt is None:
            return False
        claimer = state.would_claim(nxt, asker="subtitle")
        if claimer in ("byline", "date_line"):
            return True
        following = state.lines[nxt].text
        if claimer != "caption" and (
            len(following) > MAX_HEAD_LABEL or following.rstrip(CLOSERS)[-1:] in _SENTENCE_END
        ):
            return False
        index = nxt
    return False


def _header_follows(state: State, index: int) -> str | None:
    """The header rule that would claim line ``index``, if any.

    Before a caption only a standfirst of one or two sentences counts.
    """
    return state.would_claim(index, asker="subtitle")
