"""Photo captions, with the credit split off."""

from __future__ import annotations

import re

from artparse.dateline import opens_with_dateline
from artparse.dates import find_date
from artparse.lazyre import lazy_compile
from artparse.model import Block, Kind
from artparse.patterns import (
    ABBREVIATED_CREDIT_END,
    ABBREVIATED_LABEL_MID,
    ABBREVIATED_LABELS,
    AGENCY_CASEFOLD,
    BYLINE_FIRST_WORDS,
    CAPTION_LABEL,
    CAPTION_LABEL_WORDS,
    CREDIT_ARCHIVE_WORDS,
    CREDIT_LINE,
    CREDIT_SOURCE_SET,
    ENLARGE_LABELS,
    IMAGE_CAPTION_LABEL,
    IMAGE_SOURCE,
    IMAGE_SOURCE_FIRST_WORDS,
    LABEL_AFTER_CAPTION,
    LABEL_CREDIT_END,
    LABEL_CREDIT_MID,
    LABEL_CREDIT_ONLY,
    LABEL_CREDIT_START,
    LABEL_CREDIT_THEN_TEXT,
    PAREN_AGENCY_CREDIT,
    PAREN_CREDIT,
    PHOTO_CUE,
    PLACE_PREPOSITION,
    SLASH_CREDIT_END,
    SLASHED_SOURCE_SET,
    UPPER,
)
from artparse.rules.date_line import MAX_TIME_STAMP, time_stamp
from artparse.state import State, Wrap
from artparse.vocab import DASHES

MAX_CAPTION = 600
"""Captions are a sentence or two; longer lines are paragraphs."""
MIN_LEAD_CAPTION = 20
"""A lead photo's caption is a sentence, not a label."""
MAX_CAPTION_ABOVE_CREDIT = 200
"""A caption above its "Фото: X" credit line is a sentence; a longer line is a paragraph."""
MAX_CREDIT_LINE = 100
"""A line that is only a credit is short."""
MAX_CAPTION_UNDER_CREDIT = 300
"""A caption under its credit line is a sentence or two (NBC News' and the AP's under "Name /
Agency": 44 to 195 characters; the longest caption the dev corpus prints runs 306 with its
credit): a longer line after a lone credit is the body's first paragraph, and the photo printed
its credit alone, as The Atlantic's "Noah Berger / AP" and Correio Braziliense's placeholder do."""
CREDIT_MID_REACH = 320
"""A caption run into the next paragraph carries its credit within its first sentence."""
CREDIT_TAIL = 140
"""A trailing credit is read from the last characters of a line only."""
LABEL_REACH = 25
"""How far before its colon a credit label ("Photograph", "Снимка") can start."""
MAX_SOURCE_WORDS = 3
"""A photo source's name is a word to three ("Ройтерс", "Getty Images", "Agence France-Presse")."""
MIN_DESCRIPTION_WORDS = 2
MAX_DESCRIPTION_WORDS = 8
"""A photo's description run onto its caption is a name or a short phrase ("File photo of ...")."""
MIN_DESCRIBED_CAPTION_WORDS = 5
"""The caption after it is a sentence, not a label."""
SLASH_REACH = 55
"""How far before its slash a "Name/Agency" credit can start."""


def split_credit(text: str) -> tuple[str, str] | None:
    """(caption, credit) when the line ends or starts with a photo credit, else None.

    Each pattern is tried only where its punctuation is (the last "(", ":" or "/"), so a
    line costs a few short matches whatever its length; and a line without that punctuation
    (most lines) costs a few substring tests, each far cheaper than a call with arguments.
    """
    length = len(text)
    tail = length - CREDIT_TAIL if length > CREDIT_TAIL else 0
    has_colon = ":" in text
    if text[-1:] == ")":
        opening = text.rfind("(", tail)
        if opening > 0:
            found = _credit_at(PAREN_CREDIT, text, opening - 1) or _credit_at(
                PAREN_AGENCY_CREDIT, text, opening - 1
            )
            if found is not None:
                return found
    colon = text.rfind(":", tail) if has_colon else -1
    if colon > 0 and _word_before(text, colon) in CAPTION_LABEL_WORDS:
        found = _credit_at(LABEL_CREDIT_END, text, max(0, colon - LABEL_REACH))
        if found is not None:
            return found
    for label in ABBREVIATED_LABELS:
        if label in text and text.find(label, tail) >= 0:
            found = _credit_at(ABBREVIATED_CREDIT_END, text, tail)
            if found is not None:
                return found
            break
    slash = max(text.rfind("/", tail), text.rfind("—", tail)) if "/" in text or "—" in text else -1
    if slash > 0 and text[slash + 1 :].strip().casefold() in CREDIT_ARCHIVE_WORDS:
        slash = text.rfind("/", tail, slash)  # "... Ana Ruiz/EPA/Archivo": the agency's slash
    if slash > 0 and _credit_source_tail(text[slash + 1 :]):
        found = _credit_at(SLASH_CREDIT_END, text, max(0, slash - SLASH_REACH))
        if found is not None:
            return found
    if has_colon and _label_first(text):
        m = LABEL_CREDIT_THEN_TEXT.match(text) or LABEL_CREDIT_START.match(text)
        if m is not None:
            return m.group("text").strip(), m.group("credit").strip()
    return None


def _label_first(text: str) -> bool:
    """Whether a caption label's last word stands before the line's first colon, near its start,
    as a credit that opens the line has it ("Photo: Reuters. Protesters ...")."""
    colon = text.find(":", 0, LABEL_REACH)
    return colon > 0 and _word_before(text, colon) in CAPTION_LABEL_WORDS


def _credit_source_tail(tail: str) -> bool:
    """Whether what follows a credit's last slash is a picture or wire agency, perhaps marked as an
    archive picture ("Getty Images", "Reuters files", "EPA/Archivo")."""
    folded = tail.strip().casefold()
    if folded in SLASHED_SOURCE_SET:
        return True
    cut = max(folded.rfind(" "), folded.rfind("/"))
    return folded[cut + 1 :] in CREDIT_ARCHIVE_WORDS and folded[:cut].strip() in SLASHED_SOURCE_SET


def _credit_at(pattern: re.Pattern[str], text: str, start: int) -> tuple[str, str] | None:
    """(caption, credit) when ``pattern`` finds a credit from ``start`` with a caption before it.

    The dash a template sets between the caption and its credit is neither's: G1 prints
    "Variação do PIB por estado — Foto: Economia G1", as the templates that join a figure's
    caption and credit with " - " (``_empty_credit``: Trinidad and Tobago Newsday,
    herschel666/photoblog's figcaption).
    """
    m = pattern.search(text, start)
    if m is not None:
        caption = text[: m.start()].rstrip(" ©")  # "... teuer. © Ben Stansall/AFP/Getty Images"
        if caption[-1:] in DASHES and caption[-2:-1] == " ":
            caption = caption[:-2].rstrip()
        if caption:
            return caption, m.group("credit").strip()
    return None


def _word_before(text: str, end: int) -> str:
    """The word before ``end``; a converter glues a label to the caption's full stop
    ("... in an hour.Photograph: Getty Images", "... tragen.Foto: Swen Pfoertner/Reuters")."""
    words = text[max(0, end - LABEL_REACH) : end].split()
    return words[-1].casefold().rstrip(".").rpartition(".")[2] if words else ""


def caption(state: State, silent: bool) -> bool:
    """Claim a photo caption.

    Conventions: a credit at the end ("(photo: akorda.kz)", "(Matt Sayles/AP Photo)",
    "Photo: Reuters", "Jim Craven/Getty Images") or first ("Photo: X. Text", "Foto: X
    Popisek: Text"); a credit on a line of its own, above the caption ("Jim Craven/ NBC News",
    the BBC's "Image source, X" / "Image caption, Y") or, labelled, below it ("Фото: Алексей
    БУЛАТОВ"; a labelled credit with no caption above it is dropped as furniture);
    a caption and credit run into the next paragraph ("X. Фото: AP Photo. Полный ...", the
    rest stays body); and, on web pages, the lead photo's caption standing between the
    headline or byline and a datelined first paragraph (a video's, under its player's embed
    code). A bare "Name / Agency" line is the credit of the caption above it when that caption
    is a figure's, right under an image; elsewhere, of the caption below it.
    """
    if state.title is None and not state.body_started:  # the headline comes first
        return _caption_above_headline(state, silent)
    text = state.lines[state.pos].text
    if len(text) > MAX_CAPTION:
        run_on = _run_on_caption(text)
        if run_on is None:
            return False
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, run_on[0], credit=run_on[1], tail=run_on[2])
        return True
    alt = state.marks.alt_captions.get(state.pos) if state.marks.alt_captions else None
    found: tuple[str, str | None] | None = _alt_caption(text, alt) if alt is not None else None
    if found is None:
        found = split_credit(text)
    if found is None and state.marks.captioned_images and state.pos in state.marks.captioned_images:
        found = _credit_after_sentence(text) or (text, None)  # the text an image opens
    if found is None and text[-1:] in _CREDIT_DASHES and text[-2:-1] == " ":
        found = _empty_credit(state, text)
    if found is not None:
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, found[0], credit=found[1])
        return True
    if len(text) > MAX_CAPTION_ABOVE_CREDIT:  # a caption and an abbreviated credit run into a paragraph
        run_on = _run_on_abbreviated(text)
        if run_on is not None:
            if not silent:
                state.claim(Kind.CAPTION, "caption", state.pos, run_on[0], credit=run_on[1], tail=run_on[2])
            return True
    image = text.startswith(IMAGE_SOURCE_FIRST_WORDS)
    if state.body_started and len(text) > MAX_CAPTION_ABOVE_CREDIT and not image:
        return False  # in the body, a line this long is a caption only with its credit on it
    bare = len(text) <= MAX_BARE_CREDIT and _bare_credit(text, last=state.pos == state.last_content)
    if bare or _labelled_credit(text):  # a credit whose caption, if any, was above
        if not silent:
            state.claim(Kind.FURNITURE, "caption", state.pos, text)
        return True
    nxt = state.next_content(state.pos + 1, limit=2)
    following = state.lines[nxt].text if nxt is not None else ""
    credit_only = None
    if image:
        credit_only = IMAGE_SOURCE.match(text)
    elif len(text) <= MAX_CREDIT_LINE and "/" in text:
        credit_only = CREDIT_LINE.match(text)
    if credit_only is not None:
        if nxt is None or len(following) > MAX_CAPTION:
            return False
        if len(following) > MAX_CAPTION_UNDER_CREDIT or not any(c.isalpha() for c in following):
            # a credit over a share bar's bare marks, or over the body's first paragraph: the
            # photo printed no caption (TIME's "Mandel Ngan / AFP / Getty Images" over its lead)
            if not silent:
                state.claim(Kind.FURNITURE, "caption", state.pos, text)
            return True
        if not silent:
            credit = credit_only.group("credit") if "credit" in credit_only.re.groupindex else text
            credit = credit.removeprefix("©").strip()
            body = IMAGE_CAPTION_LABEL.sub("", following)
            state.claim(Kind.CAPTION, "caption", nxt, body, credit=credit.strip())
        return True
    if nxt is not None and len(text) <= MAX_CAPTION_ABOVE_CREDIT and _under_enlarge_link(state):
        bare_below = len(following) <= MAX_BARE_CREDIT and _bare_credit(
            following, last=nxt == state.last_content
        )
        if not silent:
            end, credit = (nxt, following) if bare_below else (state.pos, None)
            state.claim(Kind.CAPTION, "caption", end, text, credit=credit)
        return True
    credit_below = (
        _credit_below(
            following,
            figure=text[-1:] in _FULL_STOPS
            and (state.pos in state.marks.under_images or _figcaption_order(state, text, nxt)),
        )
        if nxt is not None
        else None
    )
    if (
        credit_below is not None
        and nxt is not None
        and len(text) <= MAX_CAPTION_ABOVE_CREDIT
        and not text.endswith(":")
        and not opens_with_dateline(text)
    ):
        if not silent:
            state.claim(Kind.CAPTION, "caption", nxt, text, credit=credit_below)
        return True
    if (
        nxt is not None
        and not state.body_started
        and state.title is not None
        and MIN_LEAD_CAPTION <= len(text) <= MAX_CAPTION_ABOVE_CREDIT
        and len(following) <= MAX_BARE_CREDIT
        and _bare_credit(following, last=nxt == state.last_content)
        and following.casefold() not in AGENCY_CASEFOLD  # "Reuters" under a dek: the wire's byline
    ):  # the lead photo's caption over its credit line: "... in Chicago." / "Getty Images"
        if not silent:
            state.claim(Kind.CAPTION, "caption", nxt, text, credit=following)
        return True
    if state.body_started and text[-1:] == "." and _set_apart(state) and not opens_with_dateline(text):
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, text)
        return True
    described = (  # a line that ends a sentence (most) is not asked
        _described_caption(text) if state.wrap == Wrap.LINES and text[-1] not in _SENTENCE_END else None
    )
    if described is not None:
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, described)
        return True
    if (
        state.body_started
        and text[-1:].isalnum()
        and state.wrap == Wrap.LINES
        and (_unstopped_caption(text) or _story_file_caption(state, text))
        and state.pos not in state.marks.embeds  # an embedded post's date closes its signature
    ):
        if not silent:
            state.claim(Kind.CAPTION, "caption", state.pos, text)
        return True
    if state.body_started or state.title is None or len(text) < MIN_LEAD_CAPTION:
        return False
    if not state.at_block_start() or not _lead_caption_position(state):
        return False
    nxt = state.next_content(state.pos + 1, limit=5)
    if nxt is not None and len(state.lines[nxt].text) <= MAX_TIME_STAMP and time_stamp(state.lines[nxt].text):
        # "Updated at 11:31 a.m. ET" (CBS) between the caption and the body
        nxt = state.next_content(nxt + 1, limit=5)
    # the line's own dateline first: it is asked again (standfirst, body), the next line's may not be
    if nxt is None or opens_with_dateline(text):
        return False
    prev = state.prev_block()
    if prev is not None and prev.kind == Kind.SUBTITLE and _byline_follows(state, nxt):
        # between the standfirst and the byline: the head goes on, so the line is no lead
        if text.rstrip(_CLOSING_QUOTES)[-1:] not in _SENTENCE_END or len(text) < MIN_CAPTION_ABOVE_BYLINE:
            return False
    elif not (
        opens_with_dateline(state.lines[nxt].text)
        or (opens_byline(state.lines[nxt].text) and _byline_follows(state, nxt))
    ) or not (looks_like_caption(text) or _under_player(prev) or _under_repeated_title(state, prev)):
        return False  # over the body or a "By" line: a line that says it is a caption, or is under a player
    if not silent:
        state.claim(Kind.CAPTION, "caption", state.pos, text)
    return True


_CREDIT_DASHES = "-–"
MAX_DASHED_CAPTION = 120
"""A caption whose credit is missing is a name or a short phrase, not a paragraph."""


def _empty_credit(state: State, text: str) -> tuple[str, None] | None:
    """(caption, None) for a caption printed with its separator but no credit after it: "Jane Roe -".

    Templates join a figure's caption and its credit with " - " and print the dash even when
    the credit field is empty: Trinidad and Tobago Newsday's photo captions ("Name -" under
    the picture), the figcaption of herschel666/photoblog's template (its issue #65, "Remove
    dash from figcaption when no description is given"). Such a line stands alone between
    the paragraphs of a text of one paragraph a line; a line in capitals or of one word over its
    dash is a dateline ("WASHINGTON -", "Berlin -"), and so is a line opening with one ("Berlin
    (dpa) -").
    """
    caption = text[:-2].rstrip()
    if (
        state.title is None
        or state.wrap != Wrap.LINES
        or not caption[-1:].isalnum()
        or " " not in caption  # a place alone over its dash is a dateline: "Berlin -"
        or len(caption) > MAX_DASHED_CAPTION
        or caption.isupper()
        or not state.at_block_start()
        or (state.pos + 1 < len(state.lines) and state.lines[state.pos + 1].text)
        or opens_with_dateline(text + " ")
    ):
        return None
    return caption, None


SET_APART = 2
"""Blank lines on each side of a line a copied page set apart from its paragraphs."""


def _caption_above_headline(state: State, silent: bool) -> bool:
    """The lead photo's caption printed above the headline, its credit on it.

    Some templates set the featured image, with its caption, before the post's title: Salon
    ("... freeway near Los Angeles International Airport(Getty/Kevork Djansezian)" over the
    "# headline"), the single-post template of Anders Norén's WordPress themes (the
    ``featured-media`` block and its ``media-caption`` above the ``post-title`` heading). Only
    where the page's markup marks the headline below (``markup.page_headline``) is the line
    known to stand above it, and only a sentence with a picture credit is taken (a kicker is
    a label: "World", "Opinion").
    """
    headline = state.marks.headline
    if headline is None or state.pos >= headline:
        return False
    text = state.lines[state.pos].text
    if len(text) < MIN_LEAD_CAPTION or len(text) > MAX_CAPTION:
        return False
    found = split_credit(text)
    if found is None or len(found[0]) < MIN_LEAD_CAPTION:
        return False
    if not silent:
        state.claim(Kind.CAPTION, "caption", state.pos, found[0], credit=found[1])
    return True


def _set_apart(state: State) -> bool:
    """Whether the line stands apart from the body: wider gaps on both sides of it than the
    single blank line between the paragraphs under it.

    A browser's copy of a page keeps a picture as an empty line, so the caption under it, or
    a related link's box, is set off from the paragraphs by two blank lines or more on each
    side, where the paragraphs stand one blank line apart (the New York Times' "Mr. X was
    named ... on Tuesday." between the first two paragraphs, CBS News' related-video title
    "Quest to solve the Amelia Earhart mystery"). Such a line that is a sentence is the
    picture's caption; a heading set so is left to the crosshead rule. In text that sets
    every paragraph two blank lines apart, the paragraph under the line is too: no caption.
    """
    lines, pos = state.lines, state.pos
    if (
        state.wrap != Wrap.LINES
        or not state.marks.spaced
        or pos < SET_APART
        or pos + SET_APART + 1 >= len(lines)
    ):
        return False
    if any(lines[pos - k].text or lines[pos + k].text for k in range(1, SET_APART + 1)):
        return False
    nxt = state.next_content(pos + 1)
    return nxt is not None and nxt + 2 < len(lines) and not lines[nxt + 1].text and bool(lines[nxt + 2].text)


def _photo_source(name: str) -> bool:
    """A picture agency, or a news agency crediting its own photo ("Foto: TASR")."""
    folded = name.casefold()
    return folded in CREDIT_SOURCE_SET or folded in AGENCY_CASEFOLD


def _label_before_colon(text: str) -> bool:
    """Whether a caption label's last word stands before one of the line's colons, as both
    patterns of a run-on caption need ("... Фото: AP Photo. ..."): a few substring searches and
    set lookups, where most long lines with a colon hold no label at all."""
    colon = text.find(":", 1)  # a colon opening the line has no word before it
    while colon > 0:
        if _word_before(text, colon) in CAPTION_LABEL_WORDS:
            return True
        colon = text.find(":", colon + 1)
    return False


def _run_on_caption(text: str) -> tuple[str, str, str] | None:
    """(caption, credit, rest of the paragraph) when a caption and its credit open a long line.

    Scraped pages flatten the lead photo into the first paragraph: "X. Фото: AP Photo.
    Полный ..." (the caption a sentence, the credit closed by a full stop), or with no full
    stops at all, "Дъщерите на Асия Биби държат нейна снимка Снимка: Ройтерс Франция е ...",
    where only a known photo source ends the credit, and the paragraph opens after it with
    a capital. A label that is an abbreviation needs no colon: "Dr X Uniwersytet Y fot. mat.
    prasowe. Koncepcję ..." (``_run_on_abbreviated``).
    """
    if text.find(":", 0, CREDIT_MID_REACH) <= 0 or not _label_before_colon(text):
        return _run_on_abbreviated(text)
    m = LABEL_CREDIT_MID.match(text)
    if m is not None:
        return m.group("text").strip(), m.group("credit").strip(), text[m.start("rest") :]
    m = LABEL_AFTER_CAPTION.match(text)
    if m is None:
        return None
    words = text[m.end() :].split(" ", MAX_SOURCE_WORDS)
    for n in range(1, min(MAX_SOURCE_WORDS, len(words) - 1) + 1):
        credit = " ".join(words[:n]).rstrip(".,")
        if _photo_source(credit) and words[n][:1].isupper():
            return m.group("text").strip(), credit, " ".join(words[n:])
    return None


_ABBREVIATED_NEEDLES = tuple({f" {form} " for label in ABBREVIATED_LABELS for form in (label, label.lower())})
"""An abbreviated label as a word, as printed or in small letters ("Fot.", "fot.")."""


def _run_on_abbreviated(text: str) -> tuple[str, str, str] | None:
    """(caption, credit, rest of the paragraph) when a caption and a credit under an abbreviated
    label ("Fot.", "fot.") open a long line and the paragraph follows the credit's full stop.

    Polish pages credit a photo with the abbreviation and no colon ("fot. PAP", "Fot. Jan
    Kowalski/Agencja X" as the University of Wrocław's style sheet writes it); scraped, the
    lead photo runs into the paragraph as the colon-labelled credits of Bulgarian and Slovak
    pages do (``_run_on_caption``). The credit ends at the first full stop before a capital (its
    own abbreviations, "mat. prasowe", go on in small letters), after two letters or more (an
    initial, "J. Kowalski", goes on).
    """
    if not any(text.find(needle, 0, CREDIT_MID_REACH) >= 0 for needle in _ABBREVIATED_NEEDLES):
        return None
    m = ABBREVIATED_LABEL_MID.match(text)
    if m is None:
        return None
    return m.group("text").strip(), m.group("credit").strip(), text[m.start("rest") :]


_SENTENCE_END = ".!?:;…"
_FULL_STOPS = ".!?"
_CLOSING_QUOTES = "'\"’”»)"
_POSSESSIVE = ("'s", "’s", "'", "’")


def _described_caption(text: str) -> str | None:
    """The caption of a line that is a photo's description followed by its caption.

    BBC pages copied from a browser put the picture's description (its alt text) and its
    caption on one line: "David Birrell David Birrell's lawyer said the actor's eye had been
    left 'shrunken and unsightly'", "File photo of Nasa astronaut Sally Ride Ride also found
    time to write five children's science books". The caption opens by naming again whom
    the description ends with (a name, in capitals, possessive or not) and, like every BBC
    caption, ends without a full stop; the description is dropped. Such pages give each
    paragraph a line (in hard-wrapped text a line is part of a sentence): ``caption`` asks
    only there.
    """
    if len(text) > MAX_CAPTION_ABOVE_CREDIT or text.rstrip(_CLOSING_QUOTES)[-1:] in _SENTENCE_END:
        return None  # most lines: they end a sentence (and a line of quotes: "" is in any string)
    words = text.count(" ") + 1
    if words < MIN_DESCRIPTION_WORDS + MIN_DESCRIBED_CAPTION_WORDS:
        return None
    w = text.split(" ", MAX_DESCRIPTION_WORDS + 2)  # the words a description can take, and one more
    last = min(MAX_DESCRIPTION_WORDS, words - MIN_DESCRIBED_CAPTION_WORDS)
    for i in range(MIN_DESCRIPTION_WORDS, last + 1):
        word = w[i]
        if word == w[i - 2]:  # "David Birrell David Birrell's"
            if _unpossessive(w[i + 1]) == w[i - 1] and _is_name(word) and _is_name(w[i - 1]):
                return " ".join(w[i:])
        elif word.startswith(w[i - 1]) and _unpossessive(word) == w[i - 1] and _is_name(w[i - 1]):
            return " ".join(w[i:])  # "Sally Ride Ride"
    return None


MIN_UNSTOPPED_CAPTION_WORDS = 12
"""A caption that says whom the photo shows, and what they do, is a long sentence; a shorter
line with no stop is a heading (nd's "nd Journalismus von links lebt vom Engagement ...",
where "links" is no photo's left)."""


def _unstopped_caption(text: str) -> bool:
    """Whether a body line with no closing stop is a photo's caption that says it is one.

    Where each paragraph has a line, the Daily Mail's captions stand between the paragraphs
    with no full stop ("Clinton, pictured denying ... for his lothario habits", "Theresa May
    (pictured delivering her New Year message) has been battling ..." in the SemEval-2023
    task 3 files), as the BBC's do (``_described_caption``); a caption says what the picture
    shows (``looks_like_caption``: "pictured", "(L)", "file photo"). A paragraph ends its
    sentence; one that lost its full stop seldom speaks of a photo.
    """
    return text.count(" ") + 1 >= MIN_UNSTOPPED_CAPTION_WORDS and looks_like_caption(text)


MIN_STORY_CAPTION_WORDS = 8
"""A story file's caption with no label says who and what: a sentence's length."""
MAX_CAPTION_LABEL_WORDS = 3


def _story_file_caption(state: State, text: str) -> bool:
    """Whether a body line with no closing stop is a caption in a Daily Mail story file.

    The CNN/Daily Mail story files keep the photos' captions among the paragraphs, and they
    are the lines with no full stop: the datasets' loaders say so where they add one ("many
    image captions don't end in periods; consequently they end up in the body of the article
    as run-on sentences": See et al.'s ``make_datafiles.py``, Hugging Face's ``cnn_dailymail``
    loader), and the Daily Mail's pages scraped for the SemEval-2023 task 3 files print them
    so (``_unstopped_caption``). The Daily Mail's captions open with a label ("Closed: The
    branch ...", "Tragic: ..."), or say who and what at a sentence's length. The file is told
    by its header (``story_header``: "By", the writer, "PUBLISHED:", ...).
    """
    if not state.blocks or state.blocks[0].rule != "story_header":  # a headline above: a page, no story file
        return False
    label, colon, rest = text.partition(": ")
    if colon and label[:1].isupper() and label.count(" ") < MAX_CAPTION_LABEL_WORDS and rest[:1].isupper():
        return True
    return text.count(" ") + 1 >= MIN_STORY_CAPTION_WORDS


def _unpossessive(word: str) -> str:
    for ending in _POSSESSIVE:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)]
    return word


def _is_name(word: str) -> bool:
    return len(word) > 1 and word.istitle() and word.isalpha()


MAX_CREDIT_WORDS = 4
"""A credit is a name or an agency: a few words."""


_CREDIT_SEPARATORS = " .…:|-–—"
_LEADING_LABEL = lazy_compile(rf"^(?:{CAPTION_LABEL})[\s.…:|]+", re.IGNORECASE)
"""What stands between a caption and its credit: a space, a colon, dots ("Credit..."), a bar."""


def _alt_caption(text: str, alt: str) -> tuple[str, str | None] | None:
    """(caption, credit) of a line that repeats the alt text of the image above it
    (``markup.image_marks``): the alt text is the caption, what follows it the credit, its
    label dropped (the New York Times' "...Credit...Rich Pedroncelli/Associated Press").

    Not when the alt text only opens the caption's sentence: alt text is a short description of
    the image, the caption a longer text beside it (accessibility guides: Bolt's "A11y Pro Tips"
    wiki, the zmarkdown issue #497), so the caption may go on past the alt's words in lower case
    to its full stop ("Boats wait [alt] in the port on Tuesday. Photo: ..."); the line is then an
    ordinary caption with its own credit.
    """
    text = " ".join(text.split())
    start = text.find(alt)  # after the author's link on the Tagesspiegel (``markup.image_marks``)
    rest = text[max(start, 0) + len(alt) :].strip(_CREDIT_SEPARATORS)
    if not rest:
        return split_credit(alt) or (alt, None)
    label = _LEADING_LABEL.match(rest)
    if label is not None:
        rest = rest[label.end() :]
    elif rest[:1].islower() and (". " in rest or rest.endswith(".")):
        return None  # the alt text is the caption's opening words, the sentence goes on
    if not rest or rest.count(" ") >= MAX_ALT_CREDIT_WORDS:
        return None
    return alt, rest


MAX_ALT_CREDIT_WORDS = 8
"""A credit after the caption is a name and an agency: "Rich Pedroncelli/Associated Press"."""


def _credit_after_sentence(text: str) -> tuple[str, str] | None:
    """(caption, credit) when a caption's last sentence is followed by a bare credit: a name or
    an agency in capitalised words, with no label ("... el 11 de febrero pasado. EFE", "... la
    península antártica. Camila Buvinic": El País's figures). Asked only of the text an image
    opens (``markup.image_marks``), which is a caption whatever it ends with."""
    end = text.rfind(". ")
    if end <= 0:
        return None
    credit = text[end + 2 :].strip()
    words = credit.split()
    if not words or len(words) > MAX_CREDIT_WORDS or credit[-1:] in _SENTENCE_END:
        return None
    if not all(w[:1].isupper() for w in words):
        return None
    return text[: end + 1], credit


def _figcaption_order(state: State, text: str, credit: int) -> bool:
    """A caption sentence, its bare credit, then a sentence of the text: a ``<figcaption>``'s
    caption and credit in page order, as a converter that marks no images prints them
    (inscriptis gives each its line: "... in Denver on Friday." / "Jane Roe/AP"; Sciences et
    Avenir's "Nathan Alliard / Photononstop / AFP" under its caption). A page that prints the
    credit first (msnbc.com's "Jim Craven/ NBC News" over "Margaret Wambui speaks on her cell
    phone outside her") has its caption under the credit, cut short with no full stop, or a
    paragraph of the text (longer than a caption) above it: those are not this order."""
    if len(text) > MAX_CAPTION_ABOVE_CREDIT:
        return False
    after = state.next_content(credit + 1, limit=3)
    return after is None or state.lines[after].text.rstrip(_CLOSING_QUOTES)[-1:] in _FULL_STOPS


def _credit_below(text: str, *, figure: bool) -> str | None:
    """The credit of a line under a caption that is only a credit: labelled ("Фото: Алексей
    БУЛАТОВ") or, as a credit closing a caption is, in parentheses ("(Elizabeth Conley /
    Houston Chronicle)", the LA Times), or bare but ending with a picture agency under a
    ``figure``'s caption: a sentence right under an image ("Nathan Alliard / Photononstop /
    AFP" under its caption on Sciences et Avenir). Elsewhere a bare credit is the credit of
    the caption below it ("Jim Craven/ NBC News", msnbc.com)."""
    labelled = _labelled_credit(text)
    if labelled is not None:
        return labelled.group("credit").strip()
    if "/" not in text or len(text) > MAX_CREDIT_LINE:
        return None
    if text[:1] == "(" and text[-1:] == ")":
        inner = text[1:-1].strip()
        if CREDIT_LINE.match(inner):
            return inner
    elif figure and _credit_source_tail(text[text.rfind("/") + 1 :]) and CREDIT_LINE.match(text):
        return text
    return None


MAX_BARE_CREDIT = 40
_VIA = " via "


MAX_ENLARGE_LABEL = max(map(len, ENLARGE_LABELS), default=0)


def _under_enlarge_link(state: State) -> bool:
    """Whether the line stands right under a photo's enlarge link (``ENLARGE_LABELS``): the
    New York Times prints "Enlarge This Image" over the photo's credit and caption, canada.com
    "View Larger Image" over the caption and its credit line ("Reuters"). The link marks the
    photo, so the line under it is its caption, in the body too, and a picture agency's name
    under that is the credit, even a wire's ("Reuters" under a dek is the wire's byline)."""
    above = state.pos - 1
    if above >= 0 and not state.lines[above].text:
        above -= 1
    if above < 0:
        return False
    label = state.lines[above].text
    return len(label) <= MAX_ENLARGE_LABEL and label.casefold() in ENLARGE_LABELS


def _bare_credit(text: str, *, last: bool) -> bool:
    """A line that is only a picture agency's name, as pages print a photo's credit under its
    caption ("Reuters", "AFP via Getty Images", the credit form Getty Images asks for, under
    each of the Evening Standard's captions): a credit, never a byline or a paragraph. Not the
    ``last`` line, where "Reuters" alone is the wire's sign-off."""
    if len(text) > MAX_BARE_CREDIT or last:
        return False
    folded = text.casefold()
    return folded in CREDIT_SOURCE_SET or (_VIA in folded and folded.rpartition(_VIA)[2] in CREDIT_SOURCE_SET)


def _labelled_credit(text: str) -> re.Match[str] | None:
    """A line that is only a labelled credit ("Фото: Алексей БУЛАТОВ"), cheaply."""
    if len(text) > MAX_CREDIT_LINE or (
        text.find(":", 0, LABEL_REACH) < 0 and text.find("：", 0, LABEL_REACH) < 0
    ):
        return None
    return LABEL_CREDIT_ONLY.match(text)


def looks_like_caption(text: str) -> bool:
    """Photo captions say so ("file photo", "pictured", "(L)") or end with the photo's date,
    perhaps then its place, as AP captions do ("... sworn in, Monday, January 6, 2020, in
    Olympia, Washington." in the Times of Israel, "... an explosion July 24, 2012, in Wilson,
    N.Y." on CBS News)."""
    if PHOTO_CUE.search(text.casefold()):
        return True
    tail = text[-DATE_AND_PLACE_TAIL:]
    found = find_date(tail, fallback=False)
    if found is None:
        return False
    if text[: len(text) - len(tail) + found.start].count(" ") < MIN_WORDS_BEFORE_DATE:
        return False  # little but the date: a date line ("Globe Staff / December 31, 2007")
    return found.start >= len(tail) - DATE_TAIL or _PLACE_AFTER_DATE.match(tail, found.end) is not None


MIN_WORDS_BEFORE_DATE = 4
"""An AP caption says what the photo shows, then its date: a few words come before the date."""


DATE_TAIL = 24
"""A caption's closing date stands in its last characters."""
DATE_AND_PLACE_TAIL = 64
"""A date and the place after it ("July 24, 2012, in Wilson, N.Y.")."""
_PLACE_AFTER_DATE = lazy_compile(rf",? (?:{PLACE_PREPOSITION}) [{UPPER}][\w.,'’ -]{{1,40}}$")


MIN_CAPTION_ABOVE_BYLINE = 60
"""A caption above the byline describes a picture in a sentence or more; a shorter line there
is a label."""


def opens_byline(text: str) -> bool:
    """Whether a line opens with a byline prefix's first word ("By", "Von"): a cheap test
    before asking the byline rule."""
    return text.partition(" ")[0].casefold().rstrip(":") in BYLINE_FIRST_WORDS


def _byline_follows(state: State, index: int) -> bool:
    """Whether the byline rule would claim line ``index``: a line above it is still head matter
    (msnbc.com, wired.com print the lead photo's caption between standfirst and byline)."""
    return state.would_claim(index, asker="caption") == "byline"


_PLAYER_TAGS = ("<iframe", "<video", "<embed", "<object")
"""The HTML elements of an embedded player, as a converter leaves its embed code."""


def _under_player(prev: Block | None) -> bool:
    """Whether the block above is an embedded player's code: the sentence under a player is
    its video's caption, as under a figure's image (the ABC stations' pages print the
    player's "<iframe ...>" embed code, then the caption, then the datelined story;
    WordPress's ``core/embed`` block sets its ``figcaption`` right after the ``iframe``)."""
    return prev is not None and prev.kind == Kind.FURNITURE and prev.text.startswith(_PLAYER_TAGS)


def _under_repeated_title(state: State, prev: Block | None) -> bool:
    """Whether the line is indented right under the headline's indented repetition: in the
    reference layout (headline, date, then indented byline, headline again, the lead photo's
    caption and the paragraphs) that slot is the caption's, its "(photo: ...)" credit or not,
    when a datelined paragraph follows (CBS's AP story "This undated file photo ..." over
    "(AP) HONOLULU -", USA Today's video caption over "ANAHEIM, Calif. —", both laid out so)."""
    return (
        prev is not None
        and prev.kind == Kind.REPEATED_TITLE
        and state.lines[state.pos].indent > 0
        and state.lines[prev.lines[0] - 1].indent > 0
    )


def _lead_caption_position(state: State) -> bool:
    """A lead caption stands in the head, after the headline block."""
    prev = state.prev_block()
    return prev is not None and prev.kind != Kind.PARAGRAPH
