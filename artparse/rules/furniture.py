"""Page furniture: share and follow lines, adverts, "Read more" links, copyright, sign-offs."""

from __future__ import annotations

import re

from artparse.byline import is_name, split_and
from artparse.lazyre import lazy_compile
from artparse.model import Kind
from artparse.patterns import (
    ANSWER_BUTTONS,
    BYLINE_FIRST_WORDS,
    BYLINE_PREFIX,
    BYLINE_PREFIX_CASED,
    COMMENTS_HEADING,
    COMMENTS_HEADINGS,
    COPYRIGHT_CUES,
    CREDIT_SOURCE_SET,
    EDITORS_NOTE_LABEL,
    EDITORS_NOTE_LABELS,
    FOLLOW_CALL,
    FURNITURE_FIRST_WORDS,
    FURNITURE_HEAD,
    FURNITURE_INSIDE,
    LINK_LABEL_WORDS,
    LIST_LABELS,
    MAX_ANSWER_BUTTONS,
    MAX_SPONSOR_LABEL,
    MAX_TOOL_BAR_LABEL_WORDS,
    MAX_TOOL_BUTTON,
    NAVIGATION_CUES,
    PAYWALL_NOTES,
    SHARE_COUNT,
    SIGN_OFF,
    SPONSOR_LABELS,
    TOOL_BAR_LABELS,
    TOOL_BAR_OPENINGS,
    TOOL_BUTTONS,
    VIEW_COUNT,
    VIEW_COUNT_FIRST_WORDS,
    is_bare_furniture_word,
    mentions_platform,
    opening_furniture_phrase,
    url_line,
)
from artparse.rules.highlight import LONGEST_LABEL, highlights_label
from artparse.rules.kicker import MIN_LEAD, topic_label
from artparse.state import LIST_MARKS, State, Wrap, list_item, standfirst_copy
from artparse.vocab import CLAUSE_ENDS, DASHES, END_MARKS, SHARE_TARGETS

MAX_FURNITURE = 200
"""Furniture lines are short; a long line that opens with "Share" is prose."""
MAX_LABEL_WORDS = 4
"""Above the headline only a label ("Advertisement", "Story highlights") is furniture:
a longer line opening with "Comments ..." is the headline."""
_SYMBOLS_ONLY = lazy_compile(r"^[\W_]{1,200}$")
_COMMENTS_MARKER = lazy_compile(
    rf"^(?:[\W_]{{3,}}\s*)?(?:\d+\s+)?(?:{COMMENTS_HEADING})\s*(?:\(\d+\)|\d+)?\s*:?$", re.IGNORECASE
)
"""A comments heading is only that: "Comments", "12 comments", "!@#$%^&*() COMMENTS"."""


def _heading_end(text: str) -> str:
    """The text up to its last word, a count and a colon after it left off ("Comments (12):")."""
    end = len(text)
    while end and (text[end - 1].isdecimal() or text[end - 1].isspace() or text[end - 1] in "():"):
        end -= 1
    return text[:end]


def _last_word(text: str) -> str:
    """The heading's last word, a count and a colon after it and marks glued before it left off
    ("!@#$%COMMENTS (12):" -> "COMMENTS")."""
    words = _heading_end(text).split()
    last = words[-1] if words else ""
    start = 0
    while start < len(last) and not last[start].isalnum():
        start += 1
    return last[start:]


_COMMENTS_LAST_WORDS = frozenset(_last_word(heading) for heading in COMMENTS_HEADINGS)
"""The last word of every comments heading (case-folded): the test before ``_COMMENTS_MARKER``."""


def _comments_heading(folded: str) -> bool:
    """Whether a case-folded line is a comments heading: ``_COMMENTS_MARKER`` is asked only of a
    line whose last word (a count and a colon aside) ends one."""
    return _last_word(folded) in _COMMENTS_LAST_WORDS and _COMMENTS_MARKER.match(folded) is not None


MAX_MARKER = 60
_LONGEST_SIGN_OFF = max(map(len, SIGN_OFF), default=0)
_EDITORS_NOTE = lazy_compile(rf"^(?:{EDITORS_NOTE_LABEL})\s?:", re.IGNORECASE)


def _byline_under_note(state: State, index: int) -> bool:
    """Whether line ``index`` of an editors' note's block is the byline that follows the note:
    the AP wire files the note ("Eds: LEADS with ...", its HEAD element) and then the byline
    ("By JOHN DOE" and "Associated Press Writer", its BYLINE elements) without a blank line
    between them (AP89 records; AP's filing-the-wire guide sets the note above the byline)."""
    text = state.lines[index].text
    if len(text) > MAX_NOTE_BYLINE or text.partition(" ")[0].casefold() not in BYLINE_FIRST_WORDS:
        return False
    m = BYLINE_PREFIX_CASED.match(text)
    return m is not None and all(is_name(part.split()) for part in split_and(text[m.end() :]))


MAX_NOTE_BYLINE = 80
"""A byline line is a few names; a longer line opening "By" goes on the note."""


def furniture(state: State, silent: bool) -> bool:
    """Claim a furniture line; a comments heading claims everything after it.

    Conventions: site boilerplate opens with set phrases (per language in the vocabulary);
    wire copy ends with a sign-off alone on the last line ("Reuter", "(AP)"); an AP
    editors' note ("Eds: LEADS with 6 grafs ...") runs to the next blank line; a line that
    is only a link, or points at a video or gallery ("click on the video", "in the video
    below"), is navigation; lines of only symbols are separators; reader comments follow a
    "Comments" heading to the end; an embedded post (``markup.embedded_posts``) is the
    post's, not the article's. Above the body, a line that is only a picture agency's name
    is the lead photo's credit with its caption lost ("NASA" in R7's pages, "Getty Images" in
    the Evening Standard's). Near the end, the writer's bio that opens with a byline's name
    ("Jane Doe is a ...", ``_author_bio``) is the page's, and so are the cards of other stories
    under a list's heading that close it (``_story_cards_end``). In a converted page, the lists of
    other stories the page closes with (``_label_over_story_links``), a share bar's counter, a
    bracketed aside between the paragraphs (``_bracketed_aside``) and a template's unfilled
    placeholders (``_template_placeholder``) are the page's too. A Markdown table's rows
    (``markup.table_rows``) are data set out in cells, not the story's text.
    """
    text = state.lines[state.pos].text
    if state.pos in state.marks.table_rows:  # a Markdown table's row: data, not the story's text
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if len(text) <= LONGEST_LABEL and state.title is not None and highlights_label(state, text):
        return False  # the highlights' heading: the highlight rule's, with its bullets
    embed_end = state.marks.embeds.get(state.pos) if state.marks.embeds else None
    if embed_end is not None:  # an embedded post, quoted with its signature
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", embed_end, text)
        return True
    if state.author_names and state.body_started and _author_bio(state, text):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.body_started and text[:1] in _ASIDE_CLOSERS and _bracketed_aside(text):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.standfirst is not None and state.body_started and _standfirst_again(state, text):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.pos in state.marks.trust_marks or state.pos in state.marks.script_links:
        # the outlet's statement, not the story's; a page's script buttons
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.body_started and state.pos in state.marks.labelled_links and _labelled_link(text):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if (
        state.lines[state.pos].indent
        and len(text) <= MAX_NESTED_TITLE
        and state.title is not None
        and state.wrap == Wrap.LINES
        and _nested_title(state, text)
    ):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.body_started and len(text) <= MAX_FURNITURE and _printed_twice(text):
        if not silent:  # a link's or a button's text printed twice: the page's, not the story's
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if len(text) > MAX_FURNITURE:
        if not (state.body_started and len(text) <= MAX_REFERENCE and _labelled_reference(text)):
            return False
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if (
        _markup_line(text)
        or _share_button(state, text)
        or _template_placeholder(text)
        or (
            len(text) <= MAX_TOOL_BAR
            and _tool_bar(text)
            and (state.title is not None or _headline_below(state))
        )
    ):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.pos, text)
        return True
    if state.title is not None and text.rstrip(":").casefold() in LIST_LABELS:
        box_end = _link_box_end(state)
        if box_end is not None:
            if not silent:
                state.claim(Kind.FURNITURE, "furniture", _listed_links_end(state, box_end), text)
            return True
    if state.title is not None:
        # a page's lists: a share bar ("* Share", "* Tweet"), "* Print", "* Link Copied"
        text = list_item(text) or text
        if (
            (text[:1].isdigit() and len(text) <= MAX_SHARE_COUNT and SHARE_COUNT.match(text))
            or (len(text) <= MAX_SHARE_COUNT and _view_count(text))
            or (not state.body_started and len(text) <= MAX_BARE_COUNT and _head_counter(state, text))
            or (len(text) <= MAX_TOOL_BUTTON + 1 and text.removesuffix(":").casefold() in TOOL_BUTTONS)
            or (
                (text[:1] in _EMPHASIS_MARKS or text[-1:] in _EMPHASIS_MARKS)
                and len(text) <= MAX_TOOL_BUTTON + _MARKS_AROUND
                and _marked_tool_button(text)
            )
            or (len(text) <= MAX_SPONSOR_LABEL + 1 and text.rstrip(":").casefold() in SPONSOR_LABELS)
            or _answer_buttons(text)
            or (not state.body_started and _label_over_byline(state, text))
        ):
            # a share bar's counter: "* 75,345 shares" (the Times of Israel; the Shared Counts
            # WordPress plugin's "N Shares" total beside its buttons); a view counter: "Hits: 314"
            # (Joomla's article info), "Visto 314 veces" (Ultima Hora); in the head, a counter
            # whose icon the copy dropped: Substack's likes and comments ("12" over "3" over
            # "Share"), Medium's claps ("1.2K"); a tool button alone: "* Imprimer", "* Haut de
            # page" (Le Figaro), "* Artikel drucken" (Zeit Online), "Follow" (Medium, X), a tool's
            # label with its colon, its buttons images the copy dropped (the Province's "Font:"); a
            # partner's or sponsor's credit whose logo the converter dropped: "In partnership
            # with" (The Intercept), "Supported by" (the New York Times); a form's yes and no
            # buttons (``_answer_buttons``); a button or label over the byline
            if not silent:
                state.claim(Kind.FURNITURE, "furniture", state.pos, text)
            return True
    if state.title is None and text.count(" ") >= MAX_LABEL_WORDS:
        return False
    end = state.pos
    if state.body_started and _closing_notice(state, text):
        if not silent:
            state.claim(Kind.FURNITURE, "furniture", state.last_content, text)
        return True
    if (
        (state.body_started or state.title is not None)
        and len(text) <= MAX_MARKER
        and _comments_heading(text.casefold())
    ):
        if not silent:  # the comments under the story, or the head's counter alone (``_comments_end``)
            state.claim(Kind.FURNITURE, "furniture", _comments_end(state), text)
        return True
    first = text.partition(" ")[0][:FURNITURE_HEAD].casefold()
    list_label = state.body_started and text.rstrip(":").casefold() in LIST_LABELS
    cards_end = _story_cards_end(state) if list_label and not _list_follows(state) else None
    if (
        len(text) <= _LONGEST_SIGN_OFF + _DASH_BEFORE
        and _sign_off(text)
        and (
            state.pos == state.last_content
            or (text in END_MARKS and _contacts_after(state))
            or _tools_after(state)
        )
    ):
        end = state.last_content  # the sign-off, or a release's end mark and the contacts under it
    elif not state.body_started and state.title is not None and text.casefold() in CREDIT_SOURCE_SET:
        pass  # a picture's credit alone, its caption lost: "NASA" (R7), "Getty Images" (Evening Standard)
    elif first.rstrip(":") in EDITORS_NOTE_LABELS and not state.body_started and _EDITORS_NOTE.match(text):
        while (
            end + 1 < len(state.lines)
            and state.lines[end + 1].text
            and not _byline_under_note(state, end + 1)
        ):
            end += 1
    elif not (
        (
            (first.rstrip(":,.!") in FURNITURE_FIRST_WORDS or first[:1] in FURNITURE_FIRST_WORDS)
            and _furniture_phrase(text[:FURNITURE_HEAD].casefold(), text)
        )
        or url_line(text)
        or (first in TOOL_BUTTONS and _buttons_run_together(text))
        or (not text[0].isalnum() and _SYMBOLS_ONLY.match(text))
        or _points_away(text.casefold())
        or (state.body_started and social_promo(text))
        or (list_label and (cards_end is not None or _list_follows(state)))
        or (
            state.body_started
            and text.endswith(":")
            and first in LINK_LABEL_WORDS
            and _label_over_headlines(state, text)
        )
        or (state.body_started and state.marks.linked and _label_over_story_links(state))
    ):
        return False
    elif text.endswith(":") and state.body_started:
        end = _linked_headlines_end(state, end)
    if state.body_started or text.endswith(":") or text.casefold() in LIST_LABELS:
        # a label's list, in the head too: "Valorar:", and a box of links to other stories
        # between the byline and the body (Businessweek's "Related Items", as the Intercept's
        # and the Vancouver Sun's "Related" lists in the body)
        end = _listed_links_end(state, end)
    if cards_end is not None:  # no list under the heading: its story cards
        end = max(end, cards_end)
    if state.body_started and _paywall(text):
        end = max(end, _wall_end(state))
    if not silent:
        state.claim(Kind.FURNITURE, "furniture", end, text)
    return True


MAX_NESTED_TITLE = 100
"""A video's title is a headline's length."""


def _printed_twice(text: str) -> bool:
    """Whether the line is one phrase printed twice back to back: a widget's text doubled.

    A page states a link's or a button's text twice, as the visible text and as the label read
    to screen readers (or an image's title over its link), and a copy that flattens the page
    glues the two: the Evening Standard's comment buttons ("Delete commentDelete comment",
    "Flag commentFlag comment"), Freedom Outpost's poll question ("Will ...? Will ...?") and a
    French news site's related-story link ("Comment l’Ukraine peut-elle entrer dans
    l’OTAN?Comment l’Ukraine peut-elle entrer dans l’OTAN?", in the SemEval-2023 task 3 files). A
    sentence of the story is never itself twice over; a phrase of one word doubled ("Bora Bora",
    "Walla Walla") is a name.
    """
    size = len(text)
    half = size // 2
    if size < MIN_PRINTED_TWICE or text[0] != text[size - half]:  # most lines: two look-ups decide
        return False
    first = text[:half]
    if size % 2 and text[half] != " ":
        return False
    return " " in first and first == text[size - half :]


MIN_PRINTED_TWICE = 2 * len("Flag it")
"""A doubled phrase has at least two words ("Flag comment"); shorter doubles are names or cries."""


def _nested_title(state: State, text: str) -> bool:
    """A bare title set deeper than the lines around it: an embedded video's, in its player.

    inscriptis indents the content of nested containers past the article's paragraphs, and
    a page's video player prints its video's title as a line of its own, with no caption:
    CBS News' player under the share bar ("    * Email" over "        Title" over "    The
    stakes ..."), La Stampa's between two paragraphs indented two spaces. Such a line is
    headline-shaped (capitalised, no closing punctuation) and stands alone, deeper than both
    the content line above it and the one below it; the player's, not the text's.
    """
    indent = state.lines[state.pos].indent
    if not text[:1].isupper() or text.endswith(CLAUSE_ENDS) or " " not in text:
        return False
    lines, pos = state.lines, state.pos
    if pos == 0 or lines[pos - 1].text or pos + 1 >= len(lines) or lines[pos + 1].text:
        return False  # alone between blank lines
    nxt = state.next_content(pos + 1)
    if nxt is None or lines[nxt].indent >= indent:
        return False
    above = pos - 1
    while above >= 0 and not lines[above].text:
        above -= 1
    return above >= 0 and lines[above].indent < indent


_MARKS_AROUND = 6
"""Emphasis marks and spaces a converter leaves around a button's label ("__Prev Next __")."""
_EMPHASIS_MARKS = "_*"


def _marked_tool_button(text: str) -> bool:
    """Whether the line is only a tool button's label (``TOOL_BUTTONS``) between emphasis marks.

    html2text writes an emphasis mark for each opening and closing ``<i>``, including the empty
    ones icon fonts draw their arrows with (Font Awesome's ``<i class="fa ...">``), so the
    labels of a carousel's arrows come out between stray marks: "__Prev Next __".
    """
    text = " ".join(text.strip(_EMPHASIS_MARKS + " ").split())
    return len(text) <= MAX_TOOL_BUTTON and text.casefold() in TOOL_BUTTONS


_ASIDE_CLOSERS = {"(": ")", "[": "]"}
MAX_ASIDE = 400
"""An aside is a sentence or two; a longer bracketed paragraph is a document quoted whole."""


def _bracketed_aside(text: str) -> bool:
    """A paragraph wholly in brackets or parentheses: the page's aside pointing elsewhere.

    Pages set their promotions between the paragraphs as a bracketed note (the Tagesspiegel's
    "[Alle aktuellen Entwicklungen ... finden Sie hier in unserem Newsblog.]", its newsletter
    note; IBNLive's "(For updates you can share with your friends, follow IBNLive on
    Facebook, ...)"); the text's own words are not bracketed whole. One pair of brackets
    holds the whole line: "(a) ... (b)" is a list, not an aside.
    """
    closer = _ASIDE_CLOSERS[text[0]]
    return len(text) <= MAX_ASIDE and text.find(closer) == len(text) - 1 and " " in text


MAX_REFERENCE = 1000
"""A paper's reference is a citation: its authors, title, journal and DOI."""


def _labelled_reference(text: str) -> bool:
    """The reference of the paper a science story reports, under a furniture label and with its
    DOI, however long: phys.org's "More information: Marcel J. L. Th. Niekus et al. ... DOI:
    10.1073/pnas.1907828116", ScienceDaily's "Journal Reference: ... DOI: 10.1038/...".
    """
    if "DOI" not in text and "doi" not in text:  # most lines: two plain searches decide
        return False
    phrase = opening_furniture_phrase(text[:FURNITURE_HEAD].casefold())
    return phrase is not None and phrase.endswith(":")


MAX_AFTER_BIO = 3
"""Content lines a page prints under the writer's closing bio (a share bar, a link, a notice)."""
MIN_BIO_NAME_WORDS = 2
MAX_BIO_NAME_WORDS = 6
"""A person's full name as a byline gives it: two words or more, six at most."""


def _author_bio(state: State, text: str) -> bool:
    """The writer's bio closing the text: a line that opens with a byline's full name and goes
    on in lower case ("Leah C. Stokes is an assistant professor of political science ...",
    The Atlantic; the New York Times' and the Guardian's "Jane Doe is a ..." under an opinion
    piece), one of the last few lines. The text does not name its writer in the third person.
    """
    if text.partition(" ")[0] not in state.author_first_names:  # most lines: one lookup decides
        return False
    words = text.split(" ", MAX_BIO_NAME_WORDS + 1)
    for count in range(MIN_BIO_NAME_WORDS, min(MAX_BIO_NAME_WORDS, len(words) - 1) + 1):
        # the name looked up, not searched for: a page of many bylines stays linear
        if words[count][:1].islower() and " ".join(words[:count]) in state.author_names:
            return _few_lines_after(state, MAX_AFTER_BIO)
    return False


MAX_LINKED_HEADLINES = 6
MAX_LINKED_HEADLINE_WORDS = 20
_SENTENCE_ENDS = (".", "!", "…", ";")


def _linked_headlines_end(state: State, end: int) -> int:
    """The last line of the related stories a "Read also:" label lists (R7 and Globo's "Leia
    também:", CNN's "More Q&As from top 10 Heroes:"): the headlines on the lines right under
    it, each a clause that ends no sentence. A converter that leaves a blank line between the
    label and the first headline leaves one between the headlines too (La Stampa's "Leggi
    anche:" over a headline and its writer's name): then blank lines may part them."""
    lines = state.lines
    first = state.next_content(end + 1, limit=MAX_LISTED_GAP + 1)
    gap = MAX_LISTED_GAP + 1 if first is not None and first > end + 1 else 1
    for _ in range(MAX_LINKED_HEADLINES):
        nxt = state.next_content(end + 1, limit=gap)
        if nxt is None or nxt > state.last_content:
            break
        text = lines[nxt].text
        if text.rstrip("\"'”’»)").endswith(_SENTENCE_ENDS) or text.count(" ") >= MAX_LINKED_HEADLINE_WORDS:
            break
        if text.casefold() in LIST_LABELS:  # another list's heading: its list is its own
            break
        end = nxt
    return end


MAX_LINK_LABEL_WORDS = 10
MIN_LINKED_HEADLINE_WORDS = 4


def _label_over_headlines(state: State, text: str) -> bool:
    """A link label the vocabulary does not know, known by what stands under it.

    Related stories are listed under a label ending with a colon, the headlines on the lines
    right under it and a blank line after them: R7 and Globo's "Leia também:", CNN's "More
    Q&As from top 10 Heroes:" and "Read the full story on CNN Hero Catalina Escobar:". A line
    of a few words opening as such labels open ("More", "Read", "See", "Leia") and ending
    with a colon, over headlines of four words or more that end no sentence, with a blank
    line or the end after them, is such a label. A sentence's colon introducing a quote is
    followed by a sentence, which ends the run before it starts. A converter may set the label
    apart as a heading, a blank line under it, and print the headlines as a list (inscriptis
    under TIME's "Read Other Related Stories About This:", the blank lines La Stampa's "Leggi
    anche:" leaves): the first headline is the first content line, its list mark aside.
    """
    if text.count(" ") >= MAX_LINK_LABEL_WORDS or ". " in text:
        return False
    lines = state.lines
    nxt = state.next_content(state.pos + 1, limit=MAX_LISTED_GAP + 1)
    if nxt is None or nxt > state.last_content:
        return False
    headline = list_item(lines[nxt].text) or lines[nxt].text
    opening = headline.lstrip("\"'“‘«")[:1]
    if headline.count(" ") < MIN_LINKED_HEADLINE_WORDS - 1 or not (opening.isupper() or opening.isdigit()):
        return False
    end = _linked_headlines_end(state, state.pos)
    return end > state.pos and (end >= state.last_content or not lines[end + 1].text)


MAX_LISTED_GAP = 2
"""Blank lines a converter leaves between a label and its list, or between the list's items."""


def _listed_links_end(state: State, end: int) -> int:
    """The last line of the list a furniture label in the body stands over (else ``end``).

    A page's related stories, tags and share buttons are a list of links under a label, and
    converters keep both: "Related" over "* headline" lines (the Evening Standard, the
    Vancouver Sun), "read more:" over topic links (the Times of Israel), "Share this:" over
    "* Click to share on Facebook" (the Boston Herald), "Tags" and "Saiba Mais" over links
    (Correio Braziliense). The label says what the items are, so the items are the label's.
    """
    lines = state.lines
    cards = state.marks.link_only
    while True:
        nxt = state.next_content(end + 1, limit=MAX_LISTED_GAP + 1)
        if nxt is None or not (_list_line(lines[nxt].text) or nxt in cards):
            return end
        end = nxt


MAX_STORY_LABEL_WORDS = 6
"""A list's heading is a label: "Trending Nationally", "More Great WIRED Stories"."""
MIN_STORY_LINKS = 3
"""A page's list of other stories offers a few; two linked items may be an article's own list."""
_STORY_LABEL_ENDS = (".", "!", "?", ";", ",", "…")


MAX_STORY_LISTS = 4
"""Lists of other stories a page closes with, one under the other ("Most Popular", "Trending")."""


def _label_over_story_links(state: State) -> bool:
    """A heading the vocabulary does not know, over a list of links to other stories that
    closes the page.

    Pages close with lists of their other stories under a heading in the site's own words
    (the Boston Herald's "Trending Nationally", WIRED's "More Great WIRED Stories"), which a
    converter keeps as a label line over list items that are links. The heading ends no
    sentence; every item holds a link and ends no sentence (a headline; "Read the report
    [here](...)." is an article's own list item); and the list ends the page, or furniture or
    another such list follows it. An article's own list goes on with a paragraph, or its items
    are not links.
    """
    index = state.pos
    for _ in range(MAX_STORY_LISTS):  # a bounded walk: each line is looked at a few times at most
        end = _story_links_end(state, index)
        if end is None:
            return False
        after = state.next_content(end + 1)
        if after is None or _known_furniture_at(state, after):
            return True
        index = after
    return False


def _story_links_end(state: State, label: int) -> int | None:
    """The last line of the linked headlines listed under the label line ``label`` (else None)."""
    lines = state.lines
    raw = lines[label].text
    if raw.count(" ") >= MAX_STORY_LABEL_WORDS or raw.endswith(_STORY_LABEL_ENDS) or list_item(raw):
        return None
    first = state.next_content(label + 1, limit=MAX_LISTED_GAP + 1)
    if first is None or list_item(lines[first].text) is None:  # most lines: the next line decides
        return None
    linked = state.marks.linked
    cards = state.marks.link_only
    index = first
    items = 0
    while True:
        text = lines[index].text
        if index not in linked or text.rstrip("\"'”’»)").endswith(_SENTENCE_ENDS):
            return None
        items += 1
        nxt = state.next_content(index + 1, limit=MAX_LISTED_GAP + 1)
        if nxt is None or not (_list_line(lines[nxt].text) or nxt in cards):
            break
        index = nxt
    return index if items >= MIN_STORY_LINKS else None


def _known_furniture_at(state: State, index: int) -> bool:
    """Whether this rule would claim line ``index`` (asked in silent mode) by the vocabulary and
    the page's conventions, not as a list of other stories: the parse's marks are lent without
    their links for the question, so the asking does not recurse down the page."""
    saved_pos, saved_marks = state.pos, state.marks
    state.pos = index
    state.marks = saved_marks._replace(linked=frozenset())
    try:
        return furniture(state, True)
    finally:
        state.pos, state.marks = saved_pos, saved_marks


MAX_WALL_LINES = 4
"""A paywall's box: its offer's lines, a sign-in prompt, a teaser of the readers' letters."""


def _paywall(text: str) -> bool:
    """Whether a furniture line is a paywall's, where it cut the story: its note ("Il vous reste
    80% de cet article à lire") or its trial's offer ("Drei Wochen kostenlos lesen")."""
    folded = text.casefold()
    return any(note in folded for note in PAYWALL_NOTES)


def _wall_end(state: State) -> int:
    """The last line of a paywall's box: the lines under its note or offer, when the page's
    furniture or its end comes within ``MAX_WALL_LINES`` (the story was cut: what stands
    between the wall and the page's next furniture is the wall's offer, its sign-in prompt, a
    teaser of what is behind it). Le Monde prints its note over "Lecture du Monde en cours sur
    un autre appareil" and the sign-in lines; junge Welt its trial's offer over two paragraphs
    praising the paper and a reader's letter, over "Mehr aus: ..."."""
    end = index = state.pos
    for _ in range(MAX_WALL_LINES + 1):
        nxt = state.next_content(index + 1)
        if nxt is None or _known_furniture_at(state, nxt):
            return end
        end = index = nxt
    return state.pos


MAX_BOX_LINK = 120
"""A link in a box of other stories is a headline."""
MAX_BOX_LINES = 16
"""Links a box inside the story holds (two lists of a few links, each under its heading)."""
_LINK_END_MARKS = (".", ":", ";", "!")
"""How a paragraph's line ends and a headline's does not (a headline may ask a question)."""


def _link_box_end(state: State) -> int | None:
    """The last link of a box of other stories set inside the story, under its heading (else None).

    A copy of a news page takes the box that the page sets between the story's paragraphs or
    under its byline: a heading ("Related Stories", "Related Links", "Related Articles"), then a
    headline a line, set tight, the story going on under the box: ABC News' "Related Stories"
    and "Top Entertainment stories" between its second and third paragraphs, Times Online's
    "Related Links" and the Mirror's "Related Articles" (the 2008 Google News pages). The box
    ends at a blank line or at the paragraph under it (a long line, or one that ends a sentence).
    """
    lines = state.lines
    end = None
    for index in range(state.pos + 1, min(state.pos + 1 + MAX_BOX_LINES, len(lines))):
        text = lines[index].text
        if not text or len(text) > MAX_BOX_LINK or text.endswith(_LINK_END_MARKS):
            break
        end = index
    return end


MAX_CARD_LINE = 200
"""A card's line is a headline, a name, a date or a teaser of a sentence or two."""
MAX_CARD_LINES = 40
"""Lines of the card lists a page closes with (a few cards of four lines each, their headings)."""


def _story_cards_end(state: State) -> int | None:
    """The last line of the story cards under a list's heading that close the page (else None).

    Pages close with cards of their other stories under a heading ("Related", "Latest
    Stories", "Promoted Content"): each card a headline, the writer's name, a date ("- Nov.
    8") and a teaser, which a converter prints as short lines of their own, with no list marks
    (inscriptis) or as links (html2text): The Intercept's "Related" and "Latest Stories", the
    Times of Israel's "Promoted Content" over a linked headline and teaser; trafilatura drops
    such boxes by their "related-stories", "most-popular" and "teaser" classes. The cards run
    to the page's end, to the furniture under them (a newsletter box, the comments) or to the
    next list's heading (each heading's cards are judged by themselves, so the walks do not
    overlap and a page of many headings costs one walk over its lines); one
    paragraph-long line among them, a sentence right under the heading, lines that are mostly
    sentences (short paragraphs), or a walk longer than a few cards, are the article's text.
    """
    lines = state.lines
    end = None
    index = state.pos + 1
    cards = sentences = 0
    for _ in range(MAX_CARD_LINES):
        nxt = state.next_content(index)
        if nxt is None or nxt > state.last_content:
            break
        text = lines[nxt].text
        if len(text) > MAX_CARD_LINE or (end is None and text.endswith(_SENTENCE_ENDS)):
            return None  # a paragraph, or a sentence where the first card's headline stands
        if text.casefold() in LIST_LABELS or _known_furniture_at(state, nxt):
            break  # the furniture under the cards, or the next list's heading over its own
        cards += 1
        sentences += text.endswith(_SENTENCE_ENDS)
        end = index = nxt
        index += 1
    else:
        return None
    return end if sentences * 2 <= cards else None  # cards are mostly headlines, names, dates


def _list_follows(state: State) -> bool:
    """Whether a list item is the next content line (within a converter's gap)."""
    nxt = state.next_content(state.pos + 1, limit=MAX_LISTED_GAP + 1)
    return nxt is not None and _list_line(state.lines[nxt].text)


def _list_line(text: str) -> bool:
    """A list item, or a bare list mark (an item whose only content, an icon, was dropped)."""
    return list_item(text) is not None or (len(text) == 1 and text in LIST_MARKS)


MAX_AFTER_NOTICE = 12
"""Lines a page prints under its copyright notice (share buttons, a citation, a newsletter box)."""
_YEAR = lazy_compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_NOTICE_OPENINGS = (*COPYRIGHT_CUES, "™ & ©")
"""How a notice opens: the sign, or a word for it, or the trademark-and-copyright form of the
networks and studios ("™ & © 2013 Cable News Network, Inc.", CNN; "™ & © 2010 Twentieth
Century Fox", on the studios' releases)."""
_NOTICE_FIRST_CHARS = frozenset(opening[:1] for opening in _NOTICE_OPENINGS)
"""The first character of every notice opening (case-folded): built from the openings themselves."""


def _closing_notice(state: State, text: str) -> bool:
    """A copyright notice with its year near the end of the page: the article is over.

    A page's footer opens with the notice, and what a converter prints under it is the
    page's, not the article's: share buttons (CBS News, "© 2020 CBS Interactive Inc."), the
    citation and reuse terms (Phys.org, "© 2019 Science X Network"), a newsletter box (WSVN,
    "Copyright 2023 Sunbeam Television Corp."), related links (the Vancouver Sun, "©
    Thomson Reuters 2020"). A photo's "© AFP" in the body has no year and text after it.
    """
    if text[:1].casefold() not in _NOTICE_FIRST_CHARS:  # most lines: a cheap test first
        return False
    if not text.casefold().startswith(_NOTICE_OPENINGS) or not _YEAR.search(text):
        return False
    return _few_lines_after(state, MAX_AFTER_NOTICE)


def _few_lines_after(state: State, most: int) -> bool:
    """Whether at most ``most`` lines of text follow the line: it stands near the page's end."""
    left = 0
    for index in range(state.pos + 1, state.last_content + 1):
        if state.lines[index].text:
            left += 1
            if left > most:
                return False
    return True


_PLACEHOLDERS = lazy_compile(r"^(?:\{\{[^{}]{1,80}\}\}\s?)+$")


def _template_placeholder(text: str) -> bool:
    """A line that is only a page template's unfilled placeholders: "{{message}}".

    Pages built in the browser from Mustache, Handlebars or AngularJS templates hold
    ``{{name}}`` placeholders that a script fills in; a page saved or converted without
    running it shows them raw (what AngularJS's ``ngCloak`` exists to hide): the Evening
    Standard's newsletter box "{{message}}", its trending list "[{{title}}]({{link}})".
    """
    return text[:2] == "{{" and _PLACEHOLDERS.match(text) is not None


def _labelled_link(text: str) -> bool:
    """A link to another story set between the paragraphs under a short label, its colon
    running into the link or not (``markup.LABELLED_LINK``): the ABC stations'
    "**MORE:[headline](url)**" (abc7news.com), the WordPress pages of anewmode.com
    ("<strong>MORE: <a href=...>headline</a></strong>", a paragraph of its own). The label
    opens as link labels open ("more", "read", "leia": the vocabulary's ``link_label_words``),
    where "Said:" or "Source:" over a link does not.
    """
    return text.partition(":")[0].partition(" ")[0].casefold() in LINK_LABEL_WORDS


def _markup_line(text: str) -> bool:
    """A line that is only an HTML element, as text converters leave embeds."""
    return text[:1] == "<" and text[-1:] == ">" and text[1:2].isalpha() and " " in text[:12]


def _comments_end(state: State) -> int:
    """The last line a comments heading claims: the page's, the readers' comments following the
    story, once its text is under way (a paragraph has ended a sentence). Above that, a heading
    like "Comentarios 15" is the head's comment counter, a link to them (El Mundo prints it over
    its lead photo, El País its "Ver comentarios" over the byline, Zeit Online its "571
    Kommentare" by the date), and the story still follows it: the line alone."""
    return len(state.lines) - 1 if state.body_sentence else state.pos


MAX_AFTER_END_MARK = 8
"""Lines of contacts a release prints under its end mark: a name, a telephone, an address."""


def _contacts_after(state: State) -> bool:
    """Whether only a few short lines (the media contacts) follow the line, none a paragraph."""
    after = state.lines[state.pos + 1 : state.last_content + 1]
    return _few_lines_after(state, MAX_AFTER_END_MARK) and all(len(ln.text) <= MAX_FURNITURE for ln in after)


def social_promo(text: str) -> bool:
    """Whether a short line asks readers to follow the outlet on a social platform.

    Pages close or break a story with the call, naming the platform: IBNLive's "(For updates
    you can share with your friends, follow X on Facebook, Twitter ...)", Korrespondent.net's
    "Новости от X в Telegram. Подписывайтесь на наш канал", UNIAN's "Підписуйтесь на наш канал
    в Telegram". The call stands where an imperative does, opening a clause: "fans follow him
    on Twitter" reports, it does not ask.
    """
    return mentions_platform(text) and FOLLOW_CALL.search(text) is not None


def _points_away(folded: str) -> bool:
    """Whether a case-folded line holds a navigation phrase ("click here", "video below"):
    the pattern of them all (``FURNITURE_INSIDE``) is asked only of a line that holds one of
    their longest words (``NAVIGATION_CUES``)."""
    for cue in NAVIGATION_CUES:  # a loop, not any() over a generator: most lines hold no cue
        if cue in folded:
            return FURNITURE_INSIDE.search(folded) is not None
    return False


MAX_BARE_WORD_LINE = 5
"""A one-word furniture phrase ("Copyright", "Tweet") opens furniture only on a short line or
before a year or symbol; "Copyright reform passed the parliament." is a sentence."""
_AFTER_BARE_WORD = lazy_compile(r"[\s:]*(?:[©\d(|]|$)")


def _share_button(state: State, text: str) -> bool:
    """A share bar's button: a list item that is only its target ("* Facebook", "* Email", as
    the converters print the bar's list), or, where the list's marks were not kept (a browser's
    copy keeps the buttons' labels, not the marks), a line that is only one right under the
    bar's label or another button ("Share this article" over "Facebook" over "Twitter"). The
    copy-link button keeps the confirmation it shows once pressed: AP's "Copy Link copied", the
    LA Times' "Copy Link URLCopied!", The Atlantic's "Link Copied"."""
    if len(text) > MAX_SHARE_BUTTON:
        return False
    item = list_item(text)
    if item is None:
        if not state.block_above(Kind.FURNITURE):
            return False
        item = text
    folded = item.strip().casefold()
    return folded in SHARE_TARGETS or _COPIED.sub("", folded) in SHARE_TARGETS


def _answer_buttons(text: str) -> bool:
    """A form's yes and no buttons (``ANSWER_BUTTONS``), the whole line ("Oui Non" under Le
    Figaro's newsletter opt-in) or after the question they answer ("Was this article helpful?
    Yes No": the article-vote widget of Zendesk's and HubSpot's help pages)."""
    if len(text) <= MAX_ANSWER_BUTTONS:
        return text.casefold() in ANSWER_BUTTONS
    tail = text[-MAX_ANSWER_BUTTONS - 2 :]
    return "? " in tail and tail.rpartition("? ")[2].casefold() in ANSWER_BUTTONS


def _standfirst_again(state: State, text: str) -> bool:
    """A line in the body that is the standfirst again, whole or cut with a trim mark, is the
    page's copy: a share or e-mail form filled in with the teaser (Le Figaro's), a teaser
    trimmed for a card (``subtitle._repeated_below``); the story does not print it twice."""
    standfirst = state.standfirst
    return (
        standfirst is not None
        and len(text) <= len(standfirst)
        and text[:1] == standfirst[:1]
        and standfirst_copy(text, standfirst)
    )


MAX_SHARE_BUTTON = 24
_COPIED = lazy_compile(r"\s*(?:url)?copied!?$")
"""The copy-link button's confirmation after its label ("copied", "URLCopied!")."""
MAX_SHARE_COUNT = 40
"""A counter is a number and a word or two."""
MAX_BARE_COUNT = 8
_BARE_COUNT = lazy_compile(r"\d(?:[\d.,]{0,4}\d)?[KkMm]?")
"""A counter without its word, its icon dropped: "12", "1.2K"."""


def _head_counter(state: State, text: str) -> bool:
    """A counter on a line of its own in the head (not a number going on from the line above:
    "through June 30," over "1987.")."""
    return _BARE_COUNT.fullmatch(text) is not None and state.at_block_start()


MAX_HEAD_BUTTON_WORDS = 2
"""A button's or a label's words ("Ver comentarios", "Guardar", "By"); three may be a phrase."""
BYLINE_REACH = 3
"""Content lines a button over the byline stands above it at most (the rest of the page's tools)."""


def _label_over_byline(state: State, text: str) -> bool:
    """Under the headline and its dek, a button or a label a few content lines over the
    byline is the page's, not the story's opening: El País prints its comment link and its
    save button ("Ver comentarios", "Guardar") over the byline, the Evening Standard its
    "Close" button and the byline's "By" apart from the names' links. A few words that end
    no sentence and no dateline ("WASHINGTON —" over a date line is the story's)."""
    if text.count(" ") >= MAX_HEAD_BUTTON_WORDS or not text[-1:].isalnum():
        return False
    index = state.pos
    for _ in range(BYLINE_REACH):
        nxt = state.next_content(index + 1)
        if nxt is None:
            return False
        if state.would_claim(nxt, asker="subtitle") == "byline":
            return True
        index = nxt
    return False


MAX_TOOL_BAR = 100
"""A tool bar is a handful of short labels."""
_TOOL_BAR_SPLIT = lazy_compile(r"[\s|•·:/]+")
"""What stands between a bar's labels in a browser's copy: spaces, tabs, bars, bullets, and the
colon after a tool's label ("Print Page: Print"), the slash between two (the BBC's "E-mail this to
a friend / Printable version")."""
_SIZE_CONTROLS = frozenset(("[-]", "[+]", "a-", "a+", "-", "–", "+"))
"""A text sizer's minus and plus buttons (Reuters' "[-] Text [+]", the Boston Globe's "Text size – +")."""


MAX_BARS_OVER_HEADLINE = 3
"""Tool bars stacked over a headline: a few."""


def _headline_below(state: State) -> bool:
    """Above the headline, a tool bar is the page's when the headline under it stands apart,
    a blank line or the byline after it (the BBC's tools over its headline and a blank line,
    McClatchy's over "Bush declares ..." over "By JANE DOE"), or a topic label over the lead
    under it (``kicker.topic_label``: CBS News and NBC News set one between the headline block
    and the body; the BBC's "Video extract" link over its lead), or the lead itself right under
    it (the UN News Centre's "Print this article Email this article" over its headline over the
    dated lead: a line of a paragraph's length under a headline is no headline's). A headline
    run on into a caption and the lead (BBC Sport's) is left alone: with the bar taken away, the
    kicker rule would read the headline as a kicker over the caption."""
    nxt = state.next_content(state.pos + 1, limit=3)
    for _ in range(MAX_BARS_OVER_HEADLINE):  # past the other bars: "print email" over "Digg it ..."
        if nxt is None or not _tool_bar(state.lines[nxt].text):
            break
        nxt = state.next_content(nxt + 1, limit=3)
    if nxt is None or nxt + 1 >= len(state.lines):
        return False
    after = state.lines[nxt + 1].text
    if not after or len(after) >= MIN_LEAD or BYLINE_PREFIX.match(after) is not None:
        return True
    if not topic_label(after):
        return False
    lead = state.next_content(nxt + 2, limit=3)
    return lead is not None and len(state.lines[lead].text) >= MIN_LEAD


def _tool_bar(text: str) -> bool:
    """A line that is only the labels of the page's tools and share buttons, side by side.

    A news page sets its article tools in a bar over or under the story, and a browser's copy
    (or a converter that prints inline elements on one line) keeps the labels as one line: the
    BBC's "E-mail this to a friend / Printable version", McClatchy's "print email" and "Digg it
    del.icio.us AIM", Reuters' "Email | Print | Share | Reprints | Single Page |" and "[-] Text
    [+]", News Ltd's "Font Size: Decrease Increase" and "Print Page: Print", the Vancouver Sun's
    "Share Adjust Comment Print". The line is read as a run of known labels (``TOOL_BAR_LABELS``:
    the tool buttons and the share targets), longest first; any other word makes it prose. One
    label of two words or more is a tool's too, above the headline as well ("Resize text" over
    McClatchy's headline); a one-word label alone is left to the single-button test under it.
    """
    first = text.partition(" ")[0]
    if first not in TOOL_BAR_OPENINGS and first.partition("|")[0] not in TOOL_BAR_OPENINGS:
        return False  # most lines: a lookup or two, no case-folded copy
    words = [w for w in _TOOL_BAR_SPLIT.split(text.casefold()) if w]
    pos = 0
    while pos < len(words):
        if words[pos] in _SIZE_CONTROLS:
            size = 1
        else:
            size = next(
                (
                    n
                    for n in range(min(MAX_TOOL_BAR_LABEL_WORDS, len(words) - pos), 0, -1)
                    if " ".join(words[pos : pos + n]) in TOOL_BAR_LABELS
                ),
                0,
            )
            if not size:
                return False
        pos += size
    return len(words) > 1  # two labels or more, or one label of words ("Resize text"); one word
    # alone is the single-button test's (``TOOL_BUTTONS``)


def _buttons_run_together(text: str) -> bool:
    """A tool button run together on one line with the share bar's buttons that follow it: a
    converter prints a widget's inline buttons on one line, and only the first is asked of
    the line's opening (El País' "Cerrar Compartir en Linkedin Compartir en Pinterest"; the
    Vancouver Sun's "Share Adjust Comment Print", the LA Times' "Share Close extra sharing
    options" open with the share button)."""
    rest = text.partition(" ")[2]
    return bool(rest) and _furniture_phrase(rest[:FURNITURE_HEAD].casefold(), rest)


_DASH_BEFORE = 3
"""Room for the dash a newspaper sets before the wire's sign-off ("- ", "-- ")."""


MAX_TOOLS_AFTER = 2
"""Lines of tools a page prints under the story's last line (an email link, a print link)."""


def _tools_after(state: State) -> bool:
    """Whether only the page's tools follow the line: a sign-off closes the story, and a copy
    of the page may take the tool bar under it too (the New Zealand Herald's "Email this story
    Print this story" under "- REUTERS"), as the corpus copies end with "Print" or "Share"."""
    index = state.pos
    for _ in range(MAX_TOOLS_AFTER):
        nxt = state.next_content(index + 1)
        if nxt is None:
            return index != state.pos
        text = state.lines[nxt].text
        if not (len(text) <= MAX_TOOL_BAR and (_tool_bar(text) or text.casefold() in TOOL_BUTTONS)):
            return False
        index = nxt
    return state.next_content(index + 1) is None


def _sign_off(text: str) -> bool:
    """Whether the line is a wire sign-off (``SIGN_OFF``), perhaps after a dash: a newspaper
    that runs wire copy signs it off with the agency's name after a dash (the New Zealand
    Herald's "- REUTERS", The Australian's "- AAP" on the 2008 Google News pages)."""
    if text.casefold() in SIGN_OFF:
        return True
    if text[:1] not in DASHES:
        return False
    signed = text.lstrip(DASHES).lstrip()
    return signed != text and signed[:1].isalpha() and signed.casefold() in SIGN_OFF


def _furniture_phrase(head: str, text: str) -> bool:
    phrase = opening_furniture_phrase(head)
    if phrase is None:
        return False
    if not is_bare_furniture_word(phrase):
        return True
    return text.count(" ") < MAX_BARE_WORD_LINE or _AFTER_BARE_WORD.match(head, len(phrase)) is not None


def _view_count(text: str) -> bool:
    """A page's view counter alone on its line: a label, then the number ("Hits: 314")."""
    first = text.partition(" ")[0].casefold()
    return first in VIEW_COUNT_FIRST_WORDS and VIEW_COUNT.match(text) is not None
