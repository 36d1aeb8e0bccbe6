"""Markdown markup in article text: headings, emphasis, links and images, taken off the lines.

Articles saved from CMSs, note apps and LLM pipelines arrive as Markdown ("# Title",
"**By Jane Doe**", "[link](url)"). The markers are not part of the words: they are removed
before the rules run, so "# Title" is a headline and "*March 3, 2015*" a date line. Text
without Markdown is returned untouched (one search decides).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from artparse.byline import MAX_NAME_WORDS, is_name
from artparse.lazyre import lazy_compile
from artparse.lines import Line
from artparse.patterns import AGENCY_CASEFOLD, BYLINE_FIRST_WORDS, ROLE_MODIFIERS, ROLE_WORDS
from artparse.state import Marks
from artparse.vocab import TRUST_MARKS

_LOOKS_MARKDOWN = lazy_compile(r"^#{1,6} \S|\*\*[^\s*]|\]\(\S", re.MULTILINE)
"""An ATX heading, strong emphasis opening on a word (not a run of asterisks: "Rated ***"),
or a link target."""
_HEADING = lazy_compile(r"^#{1,6}\s+(.*?)(?:\s+#+)?$")
_QUOTE = lazy_compile(r"^(?:>\s?)+")
_URL = r"\([^()\s\[\]\\]{0,2000}(?:\\\S[^()\s\[\]\\]{0,2000}){0,20}(?:\s\"[^\"()]{0,200}\")?\)"
"""A link target: it cannot hold brackets, so a failed match stops at the next one (linear).
A bracket escaped with a backslash is part of it: html2text writes ``javascript:print()`` as
``[Print](javascript:window.print\\(\\))`` (the LA Times', the Times of Israel's print buttons).
Written as runs of plain characters between escapes (one character class repeated, which the
regex engine runs at C speed), not as a choice made at every character: 2 % of a batch over
the dev corpus."""
_IMAGE = lazy_compile(rf"!\[([^\[\]]{{0,500}})\]{_URL}")
_LINK = lazy_compile(rf"\[([^\[\]]{{0,500}})\]({_URL})")
"""A link; one with no text (an image link whose image is dropped) leaves nothing."""
MAX_EMPHASIS = 2000
"""Characters an emphasised run may hold: a paragraph's. Markdown sets no bound (CommonMark's
delimiter runs pair across any length of inline text) and html2text wraps a whole ``<em>`` in
one pair of marks ("<em>Zed's</em>" gives "_Zed's_", its README), so a quotation set in
italics (Sciences et Avenir's run over 300 characters) is one run; the bound only keeps a stray
marker from pairing with another one a page away."""
_STRONG = lazy_compile(
    rf"\*\*(?=\S)([^*\n]{{0,{MAX_EMPHASIS - 1}}}?[^\s*])(?:\*\*| \*\*(?!\S))"
    rf"|__(?=\S)([^_\n]{{1,{MAX_EMPHASIS}}}?)(?<=\S)__"
)
"""Strong emphasis. Closing asterisks may follow a space where they end the line or a word run:
html2text keeps a space that stood inside the tag ("<b><a>X</a> </b>" gives "**X **", its
issue #371), as html-to-markdown did before its pull request #83 ("**bold **text"); the page
shows the words in bold."""
_EMPHASIS = lazy_compile(
    rf"(?<![\w*])\*(?=[^\s*])([^*\n]{{1,{MAX_EMPHASIS}}}?)(?<=[^\s*])\*(?![\w*])"
    rf"|(?<![\w_])_(?=[^\s_])([^_\n]{{1,{MAX_EMPHASIS}}}?)(?<=[^\s_])_(?![\w_])"
)
"""Emphasis cannot hold its own marker, so a failed match stops at the next one (linear)."""

_EMPTY_EMPHASIS = "__"
"""What html2text prints for an empty ``<em>`` or ``<i>``: an icon font's element
(``<i class="fa fa-facebook"></i>`` before "Facebook", an icon link's only content) shows no
text, so its two marks stand alone (fox13now's "__Prev Next __", Ultima Hora's "[__](...)"
links, WirtschaftsWoche's "__ Facebook __ Twitter" share bar)."""
_EMPTY_MARKS = lazy_compile(r"(?<!_)__(?!_)")
_ICON_MARKS = lazy_compile(r"(?<!\S)__(?!\S)")
"""Empty emphasis standing as a word of its own: an icon's element as html2text prints it, which
no writer types (a Python name's underscores, "__init__", are inside a word)."""


_ABBREVIATION = lazy_compile(r"^\*\[[^\[\]]{1,100}\]:")
"""An abbreviation's definition, "*[CET]: Central European Time": PHP Markdown Extra's syntax
(Python-Markdown's and mistune's abbr extensions read it), which html2text writes for each
``<abbr title>`` of the page (El País' time zones). It defines a tooltip, not shown text."""


_ESCAPE = lazy_compile(r"\\([!-/:-@\[-`{-~])")
"""A backslash escape: CommonMark (0.31, section 2.4) lets any ASCII punctuation character be
escaped, and the escaped character shows as itself. Converters write them into visible text
(html2text's ``escape_md_section`` escapes brackets, asterisks, a full stop after a number
opening a line), and so do digests that save feed items as Markdown (Kompas items saved with
``\\"`` around quotes, ``\\[embed.1\\]``, ``\\@name``)."""
_PROTECTED = 0xE000
"""Escaped characters are held as private-use characters while the markers are read, so an
escaped asterisk or bracket is no marker (a line that holds such characters of its own, an
icon font's glyphs, keeps its escapes: ``_HELD``)."""
_UNPROTECT = {_PROTECTED + c: c for c in range(0x21, 0x7F)}
_HELD = lazy_compile("[\ue021-\ue07e]")


def _protect(match: re.Match[str]) -> str:
    return chr(_PROTECTED + ord(match.group(1)))


def _inner(match: re.Match[str]) -> str:
    return match.group(1) or match.group(2) or ""


def looks_like_markdown(text: str) -> bool:
    """Whether the text uses Markdown headings, strong emphasis or links."""
    # C-speed tests first: one character is found faster than two
    if "#" not in text and "*" not in text and "]" not in text:
        return False
    if "# " not in text and "**" not in text and "](" not in text:
        return False
    return _LOOKS_MARKDOWN.search(text) is not None


def strip_markup(text: str) -> str:
    """One line without its Markdown markers: a link gives its text, an image nothing.

    An image's alt text is not shown on the page (html2text and markdownify keep it in
    ``![alt](src)``); its visible caption, if any, is a line of its own.
    """
    if text[:2] == "*[" and _ABBREVIATION.match(text):
        return ""
    escaped = "\\" in text and _HELD.search(text) is None
    if escaped:
        text = _ESCAPE.sub(_protect, text)
    if text.startswith("#"):
        m = _HEADING.match(text)
        if m:
            text = m.group(1)
    if text.startswith(">"):
        text = _QUOTE.sub("", text)
    if "](" in text:
        if "[__](" in text:  # an icon's link: nothing to show
            text = text.replace("[__](", "[](")
        text = _LINK.sub(r"\1", _IMAGE.sub("", text))
    if "*" in text or "_" in text:
        text = _EMPHASIS.sub(_inner, _STRONG.sub(_inner, text))
        if _EMPTY_EMPHASIS in text:
            text = " ".join(_EMPTY_MARKS.sub("", text).split())
    if escaped:
        text = text.translate(_UNPROTECT)
    return text.strip()


HEADLINE_REACH = 15
"""Content lines a converted page prints above its headline at most (labels, share bars, dates)."""
MAX_ABOVE_HEADLINE = 200
"""A line above the headline is a label, a byline or a stamp: a longer one is text, and the
page's first-level heading below it is a section of the article, not its headline."""
_FIRST_LEVEL = lazy_compile(r"^# \S")


def read_marks(lines: list[Line], *, converted: bool = False) -> Marks:
    """The headline, its dek and the author links a page's markup marks (``converted``: the
    text is a page's for certain, as the front end read it from HTML)."""
    headline = page_headline(lines, converted=converted)
    linked, link_only, labelled = linked_lines(lines)
    captioned, alts, under = image_marks(lines)
    return Marks(
        headline=headline,
        authors=author_links(lines),
        dek=marked_dek(lines, headline),
        headings=marked_headings(lines),
        table_rows=table_rows(lines),
        captioned_images=captioned,
        alt_captions=alts,
        under_images=under,
        embeds=embedded_posts(lines),
        linked=linked,
        link_only=link_only,
        labelled_links=labelled,
        trust_marks=trust_marks(lines, linked),
        script_links=script_links(lines, linked),
    )


def linked_lines(lines: list[Line]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """Lines that hold a link, lines that are one link and nothing else, and lines that are a
    short label and one link (``LABELLED_LINK``).

    Once the markers are stripped, a link's text reads as any text: the lists a page prints
    under its stories (related, trending, more-stories lists) are known by their links, and
    html2text writes a story card as its heading then its link ("* ### Headline" over
    "[Headline](url)", the Boston Herald). An image alone is not a link to anything.
    """
    linked = set()
    only = set()
    labelled = set()
    for index, ln in enumerate(lines):
        text = ln.text
        if "](" not in text:  # most lines: one search decides
            continue
        if "![" in text and "](" not in _IMAGE.sub("", text):
            continue
        linked.add(index)
        if text[:1] == "[" and text[-1:] == ")" and text.count("](") == 1:
            only.add(index)
        elif text[-1:] in ")*_" and text.count("](") == 1 and LABELLED_LINK.match(text):
            labelled.add(index)
    return frozenset(linked), frozenset(only), frozenset(labelled)


def trust_marks(lines: list[Line], linked: frozenset[int]) -> frozenset[int]:
    """Lines holding a news consortium's mark: an image or link named for the Trust Project.

    The Trust Project's news partners set its "Trust Mark" logo on their article pages, linked
    to their standards (the consortium's FAQ; El País' "Se adhiere a los criterios de [![The
    Trust Project](...)](...) [Más información >](...)" under its stories). The line is the
    page's statement about the outlet, not the story's text; only the link's markup names it.
    """
    found = set()
    for index in linked:
        text = lines[index].text
        if "rust" not in text and "RUST" not in text:  # most linked lines: two searches decide
            continue
        folded = text.casefold()
        if any(mark in folded for mark in TRUST_MARKS):
            found.add(index)
    return frozenset(found)


_SCRIPT_TARGET = "](javascript:"
_LIST_MARK_OR_SPACE = lazy_compile(r"^[\s*+\-|·•]*$")


def script_links(lines: list[Line], linked: frozenset[int]) -> frozenset[int]:
    """Lines that are only links to a ``javascript:`` target: a page's tool buttons.

    A link whose target is a script runs something on the page (print it, send it, resize its
    text) and leads to no text: html2text keeps the target, "[Print](javascript:window.print\\(\\))"
    (the LA Times', the Times of Israel's print buttons), "[Disminuye el tamaño del
    texto](javascript:disminuyeLetra\\(\\))" (El Mundo's text-size buttons); the HTML front end
    drops such links for the same reason (``htmlpage``). A line of them and list marks is the
    page's, whatever its words say.
    """
    found = set()
    for index in linked:
        text = lines[index].text
        if _SCRIPT_TARGET not in text:  # most linked lines: one search decides
            continue
        if text.count("](") != text.count(_SCRIPT_TARGET):
            continue
        if _LIST_MARK_OR_SPACE.match(_LINK.sub("", text)):
            found.add(index)
    return frozenset(found)


LABELLED_LINK = lazy_compile(
    r"^[*_]{0,3}[^\W\d_]+(?: [^\W\d_]+){0,2} ?:[*_]{0,3} ?[*_]{0,3}\[[^\]]+\]\([^)\s]*\)[*_]{0,3}$"
)
"""A label of a word or three and its colon, perhaps in bold, then one link that ends the line:
"**MORE:[headline](url)**", "Leia mais: [headline](url)". The label's words are the rule's to
judge (``furniture``); a sentence going on after the link is no such line."""


_IMAGE_FIRST = lazy_compile(rf"^\[?!\[[^\[\]]{{0,500}}\]{_URL}(?:\]{_URL})?")
"""An image (perhaps linked) at the start of a line."""


MIN_ALT_WORDS = 4
"""An image's alt text that is a caption is a clause; "photo", "Ivan Penn" or "preload" is a label."""
ALT_CAPTION_GAP = 3
"""Lines from an image to the caption under it (blank lines a converter leaves between)."""
_BACKSLASH_ESCAPE = lazy_compile(r"\\(?=[^\w\s])")


def image_marks(lines: list[Line]) -> tuple[frozenset[int], Mapping[int, str], frozenset[int]]:
    """Where a page's figures put their captions, in one pass over the lines: (lines that open
    with an image and go on with text, lines under an image that repeat its alt text -> that
    alt text, the first line under each line that is only an image).

    - A figure whose ``<img>`` and ``<figcaption>`` share a block comes out of html2text as one
      line, the image then its caption ("![...](...) Un grupo de pingüinos ... EFE", El País;
      "![...](...)Cambridge Police Commissioner ... said ...", the Boston Herald).
    - When html2text prints the ``<img>`` and the ``<figcaption>`` apart, the caption is the
      first line under the image-only line.
    - Newsroom systems write the photo's caption into the image's alt text as well as under it
      (the New York Times, the Times of Israel, Correio Braziliense), and html2text keeps both:
      "![The grid control center ...](...)" over "The grid control center ...Credit...Rich
      Pedroncelli/Associated Press". The line that repeats the alt text is the caption; what
      follows the alt text on it is the credit. A caption of a few words is one too when the
      line repeats the whole alt text, its full stop with it (El Mundo's portrait captioned
      "Izaskun Lesaka."); a label ("Photo") ends with none.
    """
    captioned: set[int] = set()
    alts: dict[int, str] = {}
    under: set[int] = set()
    for index, ln in enumerate(lines):
        text = ln.text
        if text[:2] != "![" and text[:3] != "[![":
            if "![" in text:
                alt = _alt_repeated_after(text)
                if alt is not None:
                    alts[index] = alt
            continue
        m = _IMAGE_FIRST.match(text)
        if m is None:
            continue
        if m.end() != len(text):
            if strip_markup(text[m.end() :]):
                captioned.add(index)
            continue
        nxt = next(
            (i for i in range(index + 1, min(len(lines), index + ALT_CAPTION_GAP + 1)) if lines[i].text), None
        )
        if nxt is None:
            continue
        under.add(nxt)
        image = _IMAGE.search(text)
        alt = " ".join(_BACKSLASH_ESCAPE.sub("", image.group(1)).split()) if image else ""
        long_alt = alt.count(" ") >= MIN_ALT_WORDS - 1
        if not long_alt and alt[-1:] != ".":  # a label: no caption can repeat it
            continue
        below = " ".join(strip_markup(lines[nxt].text).split())
        if (
            below.startswith(alt) if long_alt else below == alt
        ):  # a short one repeated whole: "Izaskun Lesaka."
            alts[nxt] = alt
    return frozenset(captioned), MappingProxyType(alts), frozenset(under)


_IMAGE_IN_LINE = lazy_compile(rf"\[?!\[([^\[\]]{{0,500}})\]{_URL}(?:\]{_URL})?")
"""An image (perhaps linked) anywhere in a line."""


def _alt_repeated_after(text: str) -> str | None:
    """The alt text of an image inside a line when the text right after the image repeats it.

    The same convention on one line: a page's lead figure printed after the author's link
    ("[Jane Roe](...) [![The old bridge ...](...)](...)The old bridge ...Foto: Sam Lee/AP",
    the Tagesspiegel): the caption starts where the alt text is repeated.
    """
    m = _IMAGE_IN_LINE.search(text)
    if m is None:
        return None
    alt = " ".join(_BACKSLASH_ESCAPE.sub("", m.group(1)).split())
    if alt.count(" ") < MIN_ALT_WORDS - 1:
        return None
    after = " ".join(strip_markup(text[m.end() :]).split())
    return alt if after.startswith(alt) else None


_POST_SIGNATURE = lazy_compile(r"^(?:>\s?)+[—–-]\s?[^()\n]{1,80}\(@\w{1,30}\)")
"""The signature closing an embedded post: "> — SMN Argentina (@SMN_Argentina) [February 6, 2020](...)"."""


def embedded_posts(lines: list[Line]) -> Mapping[int, int]:
    """Each line of a quote that is an embedded social-media post -> the quote's last line.

    Twitter's embed code is a blockquote of the post's text closed by "&mdash; Name (@handle)"
    and the linked date, and converters keep it as a Markdown quote ("> ... > — Elon Musk
    (@elonmusk) [March 16, 2020](...)": El País, Sciences et Avenir, the Times of Israel).
    It is the post's words, shown beside the article, not the article's.
    """
    found: dict[int, int] = {}
    start = None
    for index, ln in enumerate(lines):
        quoted = ln.text.startswith(">")
        if quoted and start is None:
            start = index
        if start is not None and (not quoted or index == len(lines) - 1):
            end = index if quoted else index - 1
            if "(@" in lines[end].text and _POST_SIGNATURE.match(lines[end].text):
                for n in range(start, end + 1):
                    found[n] = end
            start = None
    return MappingProxyType(found)


_PLAIN_SIGNATURE = lazy_compile(r"^[—–]\s?[^()\n]{1,80}\(@\w{1,30}\)")
"""The same signature where a converter marks no quotes: "— SMN Argentina (@SMN_Argentina) ..."."""


_GLUED_SIGNATURE = lazy_compile(r"\s[—–]\s?[^()\n—–]{1,80}\(@\w{1,30}\)\s[^()\n]{3,30}\d{4}(?:\s\w{1,2}\.)?$")
"""The signature and date run on after the post's words: "... pic.twitter.com/x — TODAY
(@TODAYshow) June 4, 2018". The embed prints its date in the language the page asks for (X's
embedded-post parameter reference: ``lang`` "loads text components in the specified
language"), in that language's long date form, where the year may take a short word after it
(CLDR: Russian and Bulgarian "31 декабря 2018 г.", Ukrainian "2018 р.", Lithuanian "2018 m."),
as in Sputnik's English page of the SemEval-2023 task 3 files, set in Russian. A bare full stop
after the year is not taken: "... (@handle) wrote in March 2020." is a sentence."""


def unmarked_posts(lines: list[Line]) -> Mapping[int, int]:
    """Each line of an embedded post in a text that marks no quotes -> its signature line.

    Twitter's embed code is a blockquote of one paragraph, the post's words, closed by
    "&mdash; Name (@handle)" and the linked date (``embedded_posts`` reads it where html2text
    marks the quote with ">"). Inscriptis prints a blockquote with no mark: the post's
    paragraph, a blank line, then the signature line. The post is the signature and the one
    line of text right above it (a blank line between them at most). A scrape that gives each
    block a line runs the blockquote onto one: the post's words, then the signature and its
    date (the Daily Mail's pages in the SemEval-2023 task 3 files): that line is the post.
    """
    found: dict[int, int] = {}
    for index, ln in enumerate(lines):
        if "(@" not in ln.text:
            continue
        if _GLUED_SIGNATURE.search(ln.text):
            found[index] = index
            continue
        if not _PLAIN_SIGNATURE.match(ln.text):
            continue
        found[index] = index
        for above in (index - 1, index - 2):
            if above >= 0 and lines[above].text:
                if above not in found:
                    found[above] = index
                break
    return MappingProxyType(found)


_SECOND_LEVEL = lazy_compile(r"^## \S")


def marked_dek(lines: list[Line], headline: int | None) -> int | None:
    """Index of the dek a converted page marks: a ``## `` line that is the first under its
    marked headline. News pages set the standfirst as the ``<h2>`` under the ``<h1>`` (El País,
    Correio Braziliense, the Times of Israel), and html2text writes it as ``## ``."""
    if headline is None:
        return None
    for index in range(headline + 1, min(len(lines), headline + HEADLINE_REACH)):
        text = lines[index].text
        if text:
            return index if _SECOND_LEVEL.match(text) and text.count(" ") >= MIN_DEK_WORDS else None
    return None


MIN_DEK_WORDS = 4
"""A dek is a clause; a short ``##`` line under the headline is a section label."""

_TABLE_DELIMITER = lazy_compile(r"^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?$")
"""A table's delimiter row under its header row: ``|---|:--:|`` or ``---|---`` (GFM's tables)."""


def table_rows(lines: list[Line]) -> frozenset[int]:
    """Index of each line of a pipe table: its header row, delimiter row and the rows under it.

    A table is data set out in cells, not the story's sentences: the Markdown path reads it so
    (markdown-it's GFM table gives no paragraph), and a text written in Markdown holds it the
    same way (GFM's table extension; html2text writes a page's ``<table>`` so; a news digest
    saves each feed item's fields as a ``| Field | Value |`` table above the item's text).
    """
    rows: set[int] = set()
    for index, ln in enumerate(lines):
        text = ln.text
        if "|" not in text or "-" not in text or index == 0 or "|" not in lines[index - 1].text:
            continue
        if _TABLE_DELIMITER.match(text) is None:
            continue
        rows.update((index - 1, index))
        below = index + 1
        while below < len(lines) and "|" in lines[below].text:
            rows.add(below)
            below += 1
    return frozenset(rows)


_SUBHEADING = lazy_compile(r"^#{2,6}[ \t]+\S")
"""A second- to sixth-level ATX heading (a first-level one is the page's headline)."""


def marked_headings(lines: list[Line]) -> frozenset[int]:
    """Index of each line the markup marks as a subheading (``##`` to ``######``).

    The mark says what the words do not: a list article's numbered heads ("### 1. Hitam dan
    abu-abu", Kompas items saved as Markdown; the numbered ``##`` heads of Elixir's posts)
    read like a list item's sentence, yet they head a section and are no paragraph. html2text
    writes each ``<h2>``..``<h6>`` so; none of the 39 such lines of the corpus's converted
    pages is a paragraph of its article.
    """
    return frozenset(i for i, ln in enumerate(lines) if ln.text[:2] == "##" and _SUBHEADING.match(ln.text))


AUTHOR_PAGE = lazy_compile(
    r"[/?](?:authors?|autor(?:es|en)?|auteurs?|contributors?|people|writers?|journalists?|redakteur(?:e|in)?)[/?=]",
    re.IGNORECASE,
)
"""A link target that is a writer's page: WIRED ``/contributor/``, Threatpost and the Evening
Standard ``/author/``, El País ``/autor/``, the Times of Israel ``/writers/``, the LA Times ``/people/``;
or the page asked for by a query: WordPress's author archive without pretty permalinks
(``/?author=12``, its documented default), Correio Braziliense's ``/autor?termo=NAME``."""
AUTHOR_REACH = 60
"""Lines of a page's head in which its byline links stand."""
_JOINERS = frozenset({"and", "&", "|", "·", ",", "/"})


def author_links(lines: list[Line]) -> Mapping[int, tuple[str, ...]]:
    """Lines of the head that are only links to writers' pages (and "By", "and", a label such as
    "Author:", the writer's role as bylines print it: "Staff Writer"): their names.

    News sites link each byline name to the writer's page, and a converter keeps the link
    (``[Will Knight](/contributor/will-knight)``, ``By [Evan Halper](/people/evan-halper)``):
    the target says the words are a name, where the text alone ("Will Knight") could be a
    label or a headline. The words must still be shaped as a name: the writer's page is also
    the target of the buttons beside the byline (the New York Post's author menu "View author
    archive"; WordPress's Twenty Eleven author box, "View all posts by Jane Roe →", and the
    many themes that print the same words as their author link).
    """
    found: dict[int, tuple[str, ...]] = {}
    for index, ln in enumerate(lines[:AUTHOR_REACH]):
        if "](" not in ln.text:
            continue
        text = _IMAGE.sub("", ln.text)
        names = []
        rest = text
        for m in _LINK.finditer(text):
            name = " ".join(m.group(1).split())
            if not name or not is_name(name.split()):  # "[View author archive](/author/x/)": a button
                continue
            if AUTHOR_PAGE.search(m.group(2)) or _after_byline_word(text, m.start(), name):
                names.append(name)
                rest = rest.replace(m.group(0), ",", 1)
        if not names:
            continue
        words = rest.replace(",", " , ").split()
        if all(
            w.casefold() in _JOINERS
            or w.endswith(":")
            or w.casefold() in BYLINE_FIRST_WORDS
            or w.casefold() in ROLE_WORDS
            or w.casefold() in ROLE_MODIFIERS
            for w in words
        ):
            found[index] = tuple(names)
            if len(names) == 1 and _initials(names[0]):
                _name_under_avatar(lines, index, names[0], found)
    return MappingProxyType(found)


MAX_INITIALS = 3


def _initials(text: str) -> bool:
    """An avatar's letters: "LP" for a writer with no photo."""
    return 2 <= len(text) <= MAX_INITIALS and text.isalpha() and text.isupper()


def _name_under_avatar(
    lines: list[Line], index: int, initials: str, found: dict[int, tuple[str, ...]]
) -> None:
    """An avatar linked to the writer's page, then the name on the next line: a writer with no
    photo gets the name's initials ("LP" over "Luana Patriolino", Correio Braziliense's
    bylines), as the photo avatar over the name of the ABC stations' and Threatpost's. The
    name, whose initials the avatar's letters are, is the author on both lines."""
    for below in range(index + 1, min(index + 3, len(lines))):
        text = lines[below].text.strip()
        if not text:
            continue
        words = text.split()
        if "".join(w[:1] for w in words) == initials and all(w[:1].isupper() for w in words):
            found[index] = found[below] = (text,)
        return


def _after_byline_word(text: str, start: int, name: str) -> bool:
    """A link that opens the line after a byline's first word ("By", "Von", "Par") is the
    writer's name whatever its target (a station's ``/about/newsteam/`` page), printed with or
    without a space: blog and news templates write ``By<a href=...>Name</a>`` with none (the
    ABC stations' bylines, the post-meta of widely copied Bootstrap blog themes), and the
    converter keeps it glued, ``By[J.R. Stone](...)``. A name, not an agency's link."""
    before = text[:start].strip()
    if before.casefold().rstrip(":") not in BYLINE_FIRST_WORDS or not before[:1].isupper():
        return False
    return (
        name[:1].isupper() and name.casefold() not in AGENCY_CASEFOLD and len(name.split()) <= MAX_NAME_WORDS
    )


def _converter_trace(text: str) -> bool:
    """Whether a line shows a converter's hand: a link or image target (``](``), or an icon's
    empty emphasis (``_EMPTY_EMPHASIS``: the "* __" items of a share bar of icons, 24horas.cl's;
    WirtschaftsWoche's "__ Facebook __ Twitter"; fox13now's "__Prev Next __")."""
    return "](" in text or (_EMPTY_EMPHASIS in text and _ICON_MARKS.search(text) is not None)


def page_headline(lines: list[Line], *, converted: bool = False) -> int | None:
    """Index of the headline a page converted to Markdown marks as its heading, or None.

    html2text and markdownify turn the page's ``<h1>`` into a ``# `` line, and news pages mark
    the headline as their one ``<h1>`` (abc7news, fox13now, nytimes, timesofisrael, WIRED):
    whatever the converter printed above it (section labels, share bars, "Advertisement",
    a quote kicker) is the page's, not the headline. Only a converted text says so: it
    carries link or image targets (``](``) or an icon's empty marks (``_converter_trace``); a
    note's "# Heading" under its own title does not.
    A page the front end read from HTML (``converted``) is a converted page, links or none.
    """
    seen = 0
    for index, ln in enumerate(lines):
        if not ln.text:
            continue
        if _FIRST_LEVEL.match(ln.text):
            converted = converted or any(
                _converter_trace(other.text) for other in lines[: index + HEADLINE_REACH]
            )
            return index if converted else None
        seen += 1
        if seen > HEADLINE_REACH or len(strip_markup(ln.text)) > MAX_ABOVE_HEADLINE:
            return None
    return None


SETEXT_UNDERLINE_MIN = 3
"""An underline is a run of three signs or more: a lone "-" is an empty list item (CommonMark
4.3), "--" a signature's separator."""


def has_setext_underline(text: str) -> bool:
    """Whether a line of the text may underline a heading (one search each for the two signs)."""
    return "\n===" in text or "\n---" in text


def setext_headings(lines: list[Line]) -> list[Line] | None:
    """The lines with each setext heading written the ATX way ("Title" over "=====" gives
    "# Title", over "-----" "## Title", the underline blank), or None when there is none.

    CommonMark (section 4.3) underlines a first- or second-level heading with a run of "=" or
    "-" under its text, and converters write headings so (markdownify's default heading style,
    UNDERLINED; Aspose's Setext option): Yle's plain-language news pages scraped to Markdown set
    the bulletin's headline over "===" and each story's heading over "---". Only a one-line
    heading standing apart counts (a blank line or the text's start above it, the underline's
    line ending the block), so front matter's closing "---" under its last key, which a key
    line stands over, stays a delimiter, and a rule under a paragraph's run of lines is a rule.
    """
    out: list[Line] | None = None
    for i in range(1, len(lines)):
        under = lines[i].text
        if len(under) < SETEXT_UNDERLINE_MIN or under[0] not in "=-" or under.strip(under[0]):
            continue
        above = lines[i - 1].text
        if not above or above[0] in "#->*|" or (i >= 2 and lines[i - 2].text) or lines[i - 1].indent > 3:
            continue
        if i + 1 < len(lines) and lines[i + 1].text:
            continue
        if out is None:
            out = list(lines)
        marker = "# " if under[0] == "=" else "## "
        out[i - 1] = lines[i - 1]._replace(text=marker + above)
        out[i] = Line(lines[i].number, "", 0, 0)
    return out


def strip_markdown(lines: list[Line]) -> list[Line]:
    """The lines with their Markdown markers removed (a line of only markers becomes blank)."""
    out = []
    for ln in lines:
        if not ln.text:
            out.append(ln)
            continue
        text = strip_markup(ln.text)
        out.append(ln._replace(text=text) if text else Line(ln.number, "", 0, 0))
    return out
