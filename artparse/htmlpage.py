"""Saved web pages: a whole HTML document read to the text a reader sees, and its head's metadata.

A page saved from a browser (or fetched with ``curl``) is HTML: the article is in its
``<body>`` among the site's navigation, and its head states fields outright in two documented
vocabularies:

- **The Open Graph protocol** (ogp.me), whose ``article`` type names ``og:title``,
  ``article:published_time`` and ``article:author``; and the HTML ``<meta name="author">``.
- **schema.org's NewsArticle** (and its parents ``Article``, ``BlogPosting``), given as
  JSON-LD in ``<script type="application/ld+json">``: ``headline``, ``datePublished``,
  ``author`` (a Person, its ``name``), as Google's article structured data asks of news sites.

The body is read with the standard library's ``html.parser`` into lines of text, as the
HTML-to-Markdown converters (html2text, markdownify) print a page: a block element (``p``,
``div``, ``li``, ``br``, headings, ``blockquote``, ``figcaption``, sections) ends a line; an
``<h1>`` is a ``# `` line (``## `` an ``<h2>``…); a list's items follow each other, marked as
inscriptis and html2text mark them (``  * `` in a ``<ul>``, ``  1. `` in an ``<ol>``); a link
is ``[text](target)`` and an image in a ``<figure>`` ``![alt](src)``, its ``<figcaption>``
the line under it; scripts, styles, ``noscript``, ``template``, ``svg`` and the head print
nothing; entities are read and spaces collapsed. So the converted-page conventions
(``markup.py``: the marked headline, author links, a caption under its image) read the page
as they read a converted one. Where the page marks
its story as a schema.org article item in microdata (``itemscope`` and an ``itemtype`` of
NewsArticle or another article type, which holds the headline and date where an ``<article>``
may hold the body only) or as an ``<article>`` (the one with the most text, where teasers are
articles too), only its text is read: the navigation, footer and lists around it are the site's; else the
``<main>``; else the whole body (readability's and trafilatura's first cut).

The text is new lines, not the file's: the rules read it, and the spans and ``--explain``
count its lines (1 the first line of the page's text), as for a collection document the
reader's text stands for the tagged lines. A value the head states has no span: no line of
the text states it.
"""

from __future__ import annotations

import json
from html.parser import HTMLParser
from typing import Any, NamedTuple

from artparse.given import EMPTY, Given, from_mapping
from artparse.lazyre import lazy_compile

BLOCK_TAGS = frozenset(
    {
        *("p", "div", "li", "ul", "ol", "tr", "table", "figure", "figcaption", "blockquote"),
        *("section", "article", "header", "footer", "main", "aside", "nav", "dl", "dt", "dd"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "pre", "hr", "address", "body", "form"),
    }
)
"""Elements that end the line before and after them (``br`` ends the line it is in)."""
HEADINGS = {f"h{level}": "#" * level + " " for level in range(1, 7)}
"""A heading's line opens with the converters' marker: ``# `` for ``<h1>``."""
LIST_TAGS = frozenset({"ul", "ol"})
ITEM_MARK = "  * "
"""A bulleted item's mark, as inscriptis and html2text print a ``<li>`` of a ``<ul>``: the
rules' bullet conventions (highlights under the headline, a tag list) read it."""
SIDE_BY_SIDE_TAGS = frozenset({"span", "a"})
"""Inline elements that a page's style sets apart when one follows another with no space
between them in the markup: a caption's text and its credit (USA Today's ``<span
class="cutline">`` then ``<span class="credit">``, France Culture's caption, bullet and
"Crédits" spans), a writer's name and the button beside it (AutoIndustriya's name link, then
its "View More Articles" link). inscriptis's default ("relaxed") CSS profile puts a space
between span elements for this reason ("preventing cases where two words stick together");
a word's own letters in an element (a drop cap's ``<span>T</span>urkey``) are no element
following another and stay joined."""
SILENT_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "object"})
"""Elements whose content a reader does not see."""
VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
)
"""Elements with no end tag: they never hold text."""
ARTICLE_TYPES = ("article", "posting", "report")
"""schema.org types whose fields are the page's: NewsArticle, ReportageNewsArticle, Article,
BlogPosting, SocialMediaPosting, Report (compared case-blind, as an ending)."""
META_KEYS = {
    "og:title": "title",
    "article:published_time": "date",
    "article:author": "author",
    "author": "author",
}
"""Open Graph properties and meta names -> the field they state."""
PUBLISHER_KEYS = frozenset({"og:site_name", "publisher"})
"""Properties and meta names that name the site or its publisher (Open Graph's ``og:site_name``;
the ``publisher`` meta name): an author meta naming the same is the outlet, not a writer."""
_DOMAIN = lazy_compile(r"^[\w-]+(?:\.[a-z]{2,})+$")
"""A bare domain name, as a site's template writes its own into the author meta ("elmundo.es")."""
MAX_TAG_CHARS = 4000
"""A tag closes within this many characters; a ``<`` with no ``>`` before the next ``<`` or
within them is text (``html.parser`` of Python before 3.13.4 scans to the end for each
unfinished tag: quadratic on a page of them)."""
_UNFINISHED = lazy_compile(rf"<(?![^<>]{{0,{MAX_TAG_CHARS}}}>)")
MAX_JSON_LD_CHARS = 200_000
"""A page's JSON-LD is a few kilobytes; a longer script is not read."""


class Page(NamedTuple):
    """A page's reading: the text of its story and what its head states."""

    text: str
    """The lines of text, blank lines between blocks, as a converter prints them."""
    given: Given
    """The fields its head states (no spans: they are no line of the text)."""


def read_page(text: str, *, language: str | None = None) -> Page:
    """The page's text and the fields its head states."""
    reader = _Reader()
    reader.feed(_UNFINISHED.sub("&lt;", _without_comments(text)))
    reader.close()
    reader.flush()
    return Page(reader.story(), _given(reader, language))


def _without_comments(text: str) -> str:
    """The text without its comments; an unclosed one hides the rest, as in a browser (read in
    one pass: ``html.parser`` looks for the end of each unclosed one again)."""
    if "<!--" not in text:
        return text
    parts = []
    at = 0
    while (start := text.find("<!--", at)) >= 0:
        parts.append(text[at:start])
        end = text.find("-->", start + 4)
        if end < 0:
            return "".join(parts)
        at = end + 3
    parts.append(text[at:])
    return "".join(parts)


def _given(reader: _Reader, language: str | None) -> Given:
    values: dict[str, Any] = {}
    for key, value in _json_ld(reader.scripts).items():
        values.setdefault(key, value)
    for field, value in reader.meta.items():
        if field == "author" and _publisher(value, reader.publishers):
            continue
        values.setdefault(field, value)  # Open Graph fills what the article's JSON-LD leaves out
    if values.get("title"):
        values["title"] = _headline(values["title"], reader.headings, language)
    values = {k: v for k, v in values.items() if v}
    if not values:
        return EMPTY
    return from_mapping(values, lines_of=dict.fromkeys(values, ()), language=language)


_TITLE_SEPARATORS = "|-–—:·•/»"
"""What stands between a headline and the site's or section's name in a page's title."""


def _headline(title: str, headings: list[str], language: str | None) -> str:
    """The headline a page's title states: the page's heading where the title is that heading
    and the site's or section's name after a separator ("Headline | Site", "Site - Headline"),
    else the title cleaned as the rules clean a title line (``clean_title``).

    Page titles name the site after the headline (the HTML standard asks a title to identify
    the document "even when they are used out of context", so sites add their name; Open
    Graph's ``og:title`` is often the same string); Mozilla's Readability takes the headline
    from the title by its separators and the page's ``<h1>`` the same way.
    """
    folded = title.casefold()
    for heading in headings:
        key = heading.casefold()
        if not key or key == folded:
            continue
        if folded.startswith(key):
            after = folded[len(key) :]
            if after[:1].isspace() and after.strip()[:1] in _TITLE_SEPARATORS:
                return heading
        elif folded.endswith(key):
            before = folded[: -len(key)]
            if before[-1:].isspace() and before.strip()[-1:] in _TITLE_SEPARATORS:
                return heading
    from artparse.rules.title import clean_title

    return clean_title(title, language=language)[0] or title


def _json_ld(scripts: list[str]) -> dict[str, Any]:
    """headline, datePublished, author names of the first article object the scripts hold."""
    for script in scripts:
        if len(script) > MAX_JSON_LD_CHARS:
            continue
        try:
            data = json.loads(script)
        except ValueError:
            continue
        for item in _objects(data):
            kinds = item.get("@type")
            kinds = kinds if isinstance(kinds, list) else [kinds]
            if not any(isinstance(k, str) and k.casefold().endswith(ARTICLE_TYPES) for k in kinds):
                continue
            return {
                "title": item.get("headline"),
                "date": item.get("datePublished"),
                "author": _names(item.get("author")),
            }
    return {}


def _objects(data: Any) -> list[dict[str, Any]]:
    """The objects of a JSON-LD value: itself, a list's items, a ``@graph``'s items."""
    items = data if isinstance(data, list) else [data]
    out: list[dict[str, Any]] = []
    for item in items[:50]:
        if isinstance(item, dict):
            out.append(item)
            graph = item.get("@graph")
            if isinstance(graph, list):
                out.extend(x for x in graph[:50] if isinstance(x, dict))
    return out


def _names(value: Any) -> list[str]:
    """A Person's name, or each of a list's; an address is no name, and an Organization (a
    newsroom or agency credited as the author: "Reuters") no person."""
    values = value if isinstance(value, list) else [value]
    names = []
    for item in values[:50]:
        if isinstance(item, dict) and "organization" in str(item.get("@type", "")).casefold():
            continue
        name = item.get("name") if isinstance(item, dict) else item
        if isinstance(name, str) and not _is_address(name):
            names.append(name)
    return names


def _publisher(author: str, publishers: list[str]) -> bool:
    """Whether an author meta names the outlet rather than a writer: site templates fill it with
    the site's domain ("elmundo.es"; Deutsche Welle's "Deutsche Welle (www.dw.com)") or its
    publisher, the name ``og:site_name`` gives too (El País' "Ediciones El País" by "EL PAÍS")."""
    folded = author.casefold()
    if _DOMAIN.match(folded) or "www." in folded:
        return True
    return any(len(name) >= MIN_SITE_NAME and (name in folded or folded in name) for name in publishers)


MIN_SITE_NAME = 3
"""A site name shorter than this ("X") would be found inside any name."""


def _is_address(value: str) -> bool:
    """An ``article:author`` given as the writer's page (ogp.me allows a profile's URL)."""
    return "://" in value or value.startswith(("/", "www."))


class _Reader(HTMLParser):
    """One pass over the page: its lines (each with the article it is in) and its head's fields."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int, bool, int]] = []
        """(text, article number or 0, in ``<main>``, article item number or 0) of each line."""
        self.parts: list[str] = []
        self.prefix = ""
        self.silent = 0
        self.article = 0
        self.article_depth = 0
        self.articles = 0
        self.main_depth = 0
        self.item = 0
        self.item_tag = ""
        """The element of the schema.org article item the reader is in ('' outside one)."""
        self.item_depth = 0
        self.items = 0
        self.link: str | None = None
        self.link_at = 0
        self.closed = False
        """Whether the last thing read was the end of an element of ``SIDE_BY_SIDE_TAGS``."""
        self.figure = 0
        self.lists: list[int] = []
        """Each open list's next item number (0 in a ``<ul>``: its items are bulleted)."""
        self.script_parts: list[str] | None = None
        self.scripts: list[str] = []
        self.meta: dict[str, str] = {}
        self.headings: list[str] = []
        """The text of each first-level heading, without its link's markup."""
        self.publishers: list[str] = []
        """The names the head gives the site or its publisher (``PUBLISHER_KEYS``)."""

    def flush(self, *, blank: bool = True) -> None:
        """End the line (and the block, with a blank line after it)."""
        if self.link and self.link_at < len(self.parts) and self.parts[self.link_at] == "[":
            self.parts[self.link_at] = ""  # a link around blocks: their text, no link
            self.link = None
        text = " ".join("".join(self.parts).split())
        if text and self.prefix == HEADINGS["h1"]:
            shown = (part for part in self.parts if part != "[" and not part.startswith("]("))
            self.headings.append(" ".join("".join(shown).split()))
        self.parts = []
        self.closed = False
        if text:
            self.lines.append((self.prefix + text, self.article, self.main_depth > 0, self.item))
            if blank:
                self.lines.append(("", self.article, self.main_depth > 0, self.item))
        elif blank and self.lines and self.lines[-1][0]:
            self.lines.append(("", self.article, self.main_depth > 0, self.item))
        self.prefix = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            self._meta(attrs)
            return
        if tag == "script" and ("type", "application/ld+json") in attrs:
            self.script_parts = []
        if tag in SILENT_TAGS:
            if tag not in VOID_TAGS:
                self.silent += 1
            return
        if self.silent:
            return
        if tag == self.item_tag:
            self.item_depth += 1
        elif not self.item_tag and tag not in VOID_TAGS and _article_item(attrs):
            self.flush()
            self.items += 1
            self.item, self.item_tag, self.item_depth = self.items, tag, 1
        if tag == "article":
            if not self.article_depth:
                self.flush()
                self.articles += 1
                self.article = self.articles
            self.article_depth += 1
        elif tag == "main":
            self.flush()
            self.main_depth += 1
        if tag in SIDE_BY_SIDE_TAGS and self.closed:
            self.closed = False
            if self.parts and not self.parts[-1][-1:].isspace():
                self.parts.append(" ")  # "<span>caption</span><span>(Photo: X)</span>": two pieces
        if tag in BLOCK_TAGS:
            # a block opening an item before its text (<li><p>) is the item's: it keeps the mark
            opening = tag != "li" and tag not in HEADINGS and not "".join(self.parts).split()
            held = self.prefix if opening and _item_mark(self.prefix) else ""
            self.flush(blank=tag != "li")  # a list's items follow each other, as converters print them
            self.prefix = self._item_mark() if tag == "li" else held or HEADINGS.get(tag, "")
            if tag == "figure":
                self.figure += 1
            elif tag in LIST_TAGS:
                self.lists.append(int(tag == "ol"))
        elif tag == "br":
            self.flush(blank=False)
        elif tag == "a":
            self.link = _target(attrs)
            if self.link:
                self.link_at = len(self.parts)
                self.parts.append("[")
        elif tag == "img" and self.figure:
            source = _target(attrs, "src")
            if source:
                alt = " ".join((dict(attrs).get("alt") or "").split()).replace("]", "")
                self.flush()
                self.parts.append(f"![{alt}]({source})")
                self.flush()

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self.script_parts is not None:
            self.scripts.append("".join(self.script_parts))
            self.script_parts = None
        if tag in SILENT_TAGS:
            if tag not in VOID_TAGS and self.silent:
                self.silent -= 1
            return
        if self.silent:
            return
        if tag in BLOCK_TAGS:
            self.flush(blank=tag != "li")
            if tag == "figure" and self.figure:
                self.figure -= 1
            elif tag in LIST_TAGS and self.lists:
                self.lists.pop()
        elif tag == "a" and self.link:
            shown = self.parts[self.link_at + 1 :]
            if self.link_at < len(self.parts) and self.parts[self.link_at] == "[":
                if "".join(shown).strip():
                    self.parts.append(f"]({self.link})")
                else:  # a link of no text (an icon): nothing to show
                    del self.parts[self.link_at]
            self.link = None
        if tag in SIDE_BY_SIDE_TAGS:
            self.closed = True
        if tag == self.item_tag:
            self.item_depth -= 1
            if not self.item_depth:
                self.flush()
                self.item, self.item_tag = 0, ""
        if tag == "article" and self.article_depth:
            self.article_depth -= 1
            if not self.article_depth:
                self.flush()
                self.article = 0
        elif tag == "main" and self.main_depth:
            self.flush()
            self.main_depth -= 1

    def _item_mark(self) -> str:
        """A list item's mark as the converters print it: "  * " in a ``<ul>`` (inscriptis and
        html2text both), "  1. " (its number) in an ``<ol>``."""
        if not self.lists or not self.lists[-1]:
            return ITEM_MARK
        number = self.lists[-1]
        self.lists[-1] += 1
        return f"  {number}. "

    def handle_data(self, data: str) -> None:
        if self.script_parts is not None:
            self.script_parts.append(data)
        elif not self.silent:
            self.parts.append(data)
            self.closed = False

    def _meta(self, attrs: list[tuple[str, str | None]]) -> None:
        found = dict(attrs)
        key = (found.get("property") or found.get("name") or "").casefold()
        field = META_KEYS.get(key)
        content = " ".join((found.get("content") or "").split())
        if field and content and not (field == "author" and _is_address(content)):
            self.meta.setdefault(field, content)
        elif key in PUBLISHER_KEYS and content:
            self.publishers.append(content.casefold())

    def story(self) -> str:
        """The text of the page's story: its longest schema.org article item, else its longest
        ``<article>``, else ``<main>``, else all."""
        lines = self.lines
        for of_item, count in ((True, self.items), (False, self.articles)):
            if not count:
                continue
            numbers = [line[3] if of_item else line[1] for line in lines]
            sizes: dict[int, int] = {}
            for number, line in zip(numbers, lines, strict=True):
                if number:
                    sizes[number] = sizes.get(number, 0) + len(line[0])
            best = max(sizes, key=sizes.__getitem__, default=0)
            if best:
                lines = [line for number, line in zip(numbers, lines, strict=True) if number == best]
                break
        if lines is self.lines and any(line[2] for line in lines):
            lines = [line for line in lines if line[2]]
        texts = [line[0] for line in lines]
        while texts and not texts[-1]:
            texts.pop()
        return "\n".join(texts) + "\n" if texts else ""


def _article_item(attrs: list[tuple[str, str | None]]) -> bool:
    """Whether an element is a schema.org article item in microdata: ``itemscope`` and an
    ``itemtype`` of an article type ("http://schema.org/NewsArticle"), which marks the story's
    whole container (headline, date, body) where an ``<article>`` may hold its body only."""
    found = dict(attrs)
    kind = found.get("itemtype") or ""
    return "itemscope" in found and kind.rstrip("/ ").casefold().endswith(ARTICLE_TYPES)


def _item_mark(prefix: str) -> bool:
    """Whether a line's prefix is a list item's mark ("  * ", "  3. ")."""
    return prefix == ITEM_MARK or (prefix.endswith(". ") and prefix.strip()[:-1].isdigit())


def _target(attrs: list[tuple[str, str | None]], name: str = "href") -> str | None:
    """A link's or image's address, as Markdown can hold it (no spaces, no parentheses)."""
    value = dict(attrs).get(name)
    if not value or value.startswith("#") or (name != "href" and value.startswith("javascript:")):
        return None  # a script's link stays one, as html2text writes it: a button ("Print")
    return value.strip().replace(" ", "%20").replace("(", "%28").replace(")", "%29") or None
