"""Markdown bodies, read with markdown-it-py, as Lines the rule chain understands.

The Markdown says outright what some blocks are: a heading is a crosshead (or, opening a
post that has no title, the headline), an image with a caption line under it is a caption,
an MDX lead component (react.dev's ``<Intro>``) is the standfirst. Those become Blocks here.
Every other block (paragraph, list item, quoted paragraph) becomes one line of its visible
text (marks removed, link text kept, URLs and images dropped, an ordered item's number kept)
at its first source line, for the rules to judge (bylines, date lines, furniture, captions
with credits). An HTML block's paragraph and heading elements are read as the Markdown's own
(``html_text_lines``); the rest of HTML blocks, comments, rules and shortcodes are blank. Line
numbers stay the source file's.

markdown-it-py is imported when a Markdown body is read, not before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from artparse.fieldkeys import FIGURE_SHORTCODES, LEAD_COMPONENTS
from artparse.lazyre import lazy_compile
from artparse.lines import Line
from artparse.model import Block, Kind
from artparse.rules.caption import split_credit

if TYPE_CHECKING:
    from markdown_it import MarkdownIt
    from markdown_it.token import Token

RULE = "markdown"
"""The rule name of the blocks the Markdown itself decides (``--explain`` shows it; the
front end's ``MARKDOWN_RULE``)."""
MAX_TEMPLATE_TAG = 2000
"""A template tag or shortcode is one call: its closing braces come within this many characters."""

_TEMPLATE_TAG = lazy_compile(
    rf"\{{\{{[<%][^{{}}]{{0,{MAX_TEMPLATE_TAG}}}?[>%]\}}\}}"  # Hugo shortcodes {{< x >}} {{% x %}}
    rf"|\{{%[^{{}}]{{0,{MAX_TEMPLATE_TAG}}}?%\}}"  # Liquid tags {% x %}
    rf"|\{{\{{[^{{}}]{{0,{MAX_TEMPLATE_TAG}}}?\}}\}}"  # Liquid output {{ x }}
    rf"|\{{/\*[^{{}}]{{0,{MAX_TEMPLATE_TAG}}}?\*/\}}"  # MDX comments {/* x */}
    r"|\{:[^{}\n]{0,300}\}"  # kramdown attribute lists {: .note} (Jekyll's default Markdown)
)
"""A tag holds no brace of its own, so a failed match stops at the next one (linear)."""
_SHORTCODE_NAME = lazy_compile(r"^\{[{%][<%]?\s*(\w+)")
_SHORTCODE_CAPTION = lazy_compile(r"""\b(?:caption|title)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_HEADING_ID = lazy_compile(r"\s*\{#[\w:.-]{1,100}\}\s*$")
"""A heading's explicit id (Hugo, kramdown, Pandoc): ``## Day 1 {#day-1}``."""
_COMPONENT_OPEN = lazy_compile(r"^\s*<([A-Za-z][\w.]*)\s*>\s*")
_TAG = lazy_compile(r"<[^<>]{0,2000}>")
_BREAK_TAG = lazy_compile(r"^<br\s*/?>$", re.IGNORECASE)
MAX_HTML_LINE = 20000
"""An HTML paragraph written on one line closes within this many characters."""
_HTML_TEXT_LINE = lazy_compile(
    rf"^\s*<(p|h[1-6])(?:\s[^<>]{{0,500}})?>([^\n]{{0,{MAX_HTML_LINE}}}?)</\1\s*>", re.IGNORECASE
)
"""A line of an HTML block that is one paragraph or heading element: ``<p class="x">Text</p>``."""
_SET_APART = lazy_compile(r"<(/?)(?:blockquote|aside|figure)\b", re.IGNORECASE)
"""Elements whose paragraphs are set apart from the story's (a pull quote, a box, a figure)."""
_INLINE_BREAK = lazy_compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_OPENING = lazy_compile(r"\s*(?:<!--|</?[A-Za-z][\w-]{0,30}[\s/>])")
"""An HTML block's first line opens with a comment or a tag (CommonMark's HTML block starts)."""


class MarkdownBody(NamedTuple):
    """A Markdown body as the rule chain takes it."""

    lines: list[Line]
    """One Line per source line: a block's text at its first line, the rest blank."""
    blocks: list[Block]
    """Blocks the Markdown decides (headings, image captions, the MDX lead)."""
    extents: dict[int, tuple[int, ...]]
    """First line number of each block given to the rules -> all its source line numbers."""
    title: Block | None
    """The body's own headline: a heading opening a post whose title is not given."""


@cache
def _parser() -> MarkdownIt:
    from markdown_it import MarkdownIt

    md = MarkdownIt("commonmark").enable(["table", "strikethrough"])
    # URLs are dropped, never rendered: normalising each link target is wasted work (a
    # sixth of the parse), and a javascript: link is as harmless as any other dropped URL
    md.normalizeLink = _same  # type: ignore[method-assign]
    md.normalizeLinkText = _same  # type: ignore[method-assign,assignment]
    md.validateLink = _any  # type: ignore[method-assign]
    return md


def _same(url: str) -> str:
    return url


def _any(url: str) -> bool:
    return True


def _blank_template_tags(text: str, captions: dict[int, str]) -> str:
    """The text with shortcodes, Liquid tags and MDX comments blanked (line breaks kept).

    A figure shortcode's caption is kept in ``captions`` (by 0-based line index).
    """
    if "{" not in text:
        return text

    def blank(match: re.Match[str]) -> str:
        tag = match.group()
        name = _SHORTCODE_NAME.match(tag)
        if name and name.group(1).casefold() in FIGURE_SHORTCODES:
            caption = _SHORTCODE_CAPTION.search(tag)
            if caption:
                words = " ".join(_TAG.sub(" ", caption.group(1) or caption.group(2) or "").split())
                if words:
                    captions[text.count("\n", 0, match.start())] = words
        return "\n" * tag.count("\n")

    return _TEMPLATE_TAG.sub(blank, text)


def visible_text(inline: Token) -> str:
    """The text a reader sees of an inline token: marks and URLs gone, link text kept."""
    parts: list[str] = []
    for child in inline.children or ():
        kind = child.type
        if kind in ("text", "code_inline"):
            parts.append(child.content)
        elif kind in ("softbreak", "hardbreak") or (
            kind == "html_inline" and _BREAK_TAG.match(child.content.strip())
        ):
            parts.append(" ")
    return " ".join("".join(parts).split())


def _html_words(inner: str) -> str:
    """The text a reader sees of an HTML element's content: tags gone, a line break a space,
    character references read."""
    from html import unescape

    return " ".join(unescape(_TAG.sub("", _INLINE_BREAK.sub(" ", inner))).split())


def html_text_lines(lines: Sequence[str]) -> list[tuple[int, str, str]]:
    """(index, element, visible text) of each line of an HTML block that is one paragraph or
    heading element, outside a pull quote, box or figure.

    A post's body may be HTML inside its Markdown file: CommonMark passes an HTML block to the
    page as it stands, so its ``<p>`` elements are the paragraphs a reader sees and its
    ``<h3>`` the crossheads. Feed items saved as Hexo posts are so (RSSHub's Sina Finance items:
    a ``<div>`` of ``<p>`` lines), and so are posts a Drupal site exported to Markdown (7Days'
    news: ``<p>`` and ``<h3>`` lines). A ``<blockquote>`` set in the post is a pull quote
    (Elixir's case studies), not the story's text.
    """
    found: list[tuple[int, str, str]] = []
    apart = 0
    for index, line in enumerate(lines):
        if "<" not in line:
            continue
        m = _HTML_TEXT_LINE.match(line) if apart == 0 else None
        if m is not None:
            words = _html_words(m.group(2))
            if words:
                found.append((index, m.group(1).casefold(), words))
        for tag in _SET_APART.finditer(line):
            apart = max(0, apart - 1) if tag.group(1) else apart + 1
    return found


def _indented_html(token: Token) -> bool:
    """Whether an indented code block is HTML that a template indented, not code shown.

    Exporters and feed-to-post tools indent the HTML they write: 7Days' Drupal export sets
    four spaces before a post's first ``<p>``, RSSHub's Hexo posts twelve before Sina's app
    banner (an HTML comment, ``<style>``, ``<div>`` s). CommonMark reads four spaces as code,
    yet what the exporter meant is HTML: read as an HTML block (its paragraphs kept, the rest
    dropped). A code sample shown in a post is fenced (the corpus's Markdown posts fence all
    of theirs).
    """
    return (
        bool(token.map)
        and token.content.lstrip()[:1] == "<"
        and _HTML_OPENING.match(token.content) is not None
    )


def _images_only(children: Sequence[Token]) -> bool:
    """Whether inline children are images and nothing a reader sees as text."""
    return any(c.type == "image" for c in children) and all(
        c.type in ("image", "softbreak", "hardbreak", "link_open", "link_close")
        or (c.type == "text" and not c.content.strip())
        for c in children
    )


def _image_then_text(inline: Token) -> str | None:
    """The caption line under an image in one paragraph (``![](x.jpg)`` newline ``Caption``)."""
    children = list(inline.children or ())
    for index, child in enumerate(children):
        if child.type in ("softbreak", "hardbreak"):
            if not _images_only(children[:index]):
                return None
            rest = "".join(c.content if c.type in ("text", "code_inline") else " " for c in children[index:])
            return " ".join(rest.split()) or None
    return None


def _all_emphasis(inline: Token) -> bool:
    """Whether an inline is wholly emphasised (``*A caption.*``, ``_Photo: X_``)."""
    children = inline.children or ()
    return len(children) >= 3 and children[0].type == "em_open" and children[-1].type == "em_close"


def read_markdown(
    source_lines: Sequence[str],
    *,
    first_number: int,
    title: str | None,
) -> MarkdownBody:
    """Read a Markdown body (``source_lines`` numbered from ``first_number``).

    ``title`` is the headline given elsewhere (front matter), if any: a heading repeating it
    is the repeated headline, and no heading becomes the title.
    """
    captions: dict[int, str] = {}
    text = _blank_template_tags("\n".join(source_lines), captions)
    tokens = _parser().parse(text)
    n = len(source_lines)
    texts: list[str] = [""] * n
    blocks: list[Block] = []
    extents: dict[int, tuple[int, ...]] = {}
    body_title: Block | None = None
    title_key = _key(title) if title else None
    seen_content = False
    list_numbers: list[str] = []
    item_first = False
    lead: str | None = None
    pending_image: int | None = None
    """The source index of an image-only paragraph just read (its caption may follow)."""

    def numbers(start: int, end: int) -> tuple[int, ...]:
        return tuple(first_number + i for i in range(start, min(end, n)) if source_lines[i].strip()) or (
            first_number + start,
        )

    def add_block(kind: Kind, start: int, end: int, content: str) -> Block:
        credit = None
        if kind == Kind.CAPTION:
            split = split_credit(content)
            if split is not None:
                content, credit = split
        block = Block(kind=kind, rule=RULE, lines=numbers(start, end), text=content, credit=credit)
        blocks.append(block)
        return block

    def add_text(start: int, end: int, words: str) -> None:
        nonlocal seen_content
        texts[start] = words
        extents[first_number + start] = numbers(start, end)
        seen_content = True

    def add_heading(start: int, end: int, words: str) -> None:
        nonlocal body_title, seen_content, pending_image
        if title_key is not None and _key(words) == title_key and not seen_content:
            add_block(Kind.REPEATED_TITLE, start, end, words)
        elif title is None and body_title is None and not seen_content:
            body_title = add_block(Kind.TITLE, start, end, words)
        else:
            add_block(Kind.CROSSHEAD, start, end, words)
        seen_content = True
        pending_image = None

    for index, token in enumerate(tokens):
        kind = token.type
        if kind == "list_item_open":
            list_numbers.append(token.info)
            item_first = True
        elif kind == "list_item_close":
            list_numbers.pop()
        elif token.map and (kind == "html_block" or (kind == "code_block" and _indented_html(token))):
            content = token.content
            opened = _COMPONENT_OPEN.match(content)
            if opened and opened.group(1).casefold() in LEAD_COMPONENTS:
                inner = " ".join(_TAG.sub(" ", content).split())
                if inner:  # the lead written inside the tags, no blank lines around it
                    add_block(Kind.SUBTITLE, token.map[0], token.map[1], inner)
                else:
                    lead = opened.group(1)
            elif lead and content.strip().casefold() == f"</{lead.casefold()}>":
                lead = None
            elif "<p" in content or "<h" in content or "<P" in content or "<H" in content:
                start = token.map[0]
                for offset, element, words in html_text_lines(content.split("\n")):
                    at = start + offset
                    if at >= n:
                        break
                    if element == "p":
                        add_text(at, at + 1, words)
                    else:
                        add_heading(at, at + 1, words)
                    pending_image = None
        elif kind == "heading_open" and token.map:
            inline = tokens[index + 1]
            words = _HEADING_ID.sub("", visible_text(inline))
            if not words:
                continue
            add_heading(token.map[0], token.map[1], words)
        elif kind == "paragraph_open" and token.map:
            inline = tokens[index + 1]
            start, end = token.map
            if _images_only(inline.children or ()):
                pending_image = start
                continue
            words = visible_text(inline)
            if not words:
                continue
            caption = _image_then_text(inline)
            if caption is not None:
                add_block(Kind.CAPTION, start, end, caption)
                pending_image = None
                continue
            if pending_image is not None and _all_emphasis(inline):
                add_block(Kind.CAPTION, start, end, words)
                pending_image = None
                continue
            pending_image = None
            if lead is not None:
                add_block(Kind.SUBTITLE, start, end, words)
                continue
            if list_numbers and item_first and list_numbers[-1]:
                words = f"{list_numbers[-1]}. {words}"
            item_first = False
            add_text(start, end, words)
        elif kind in ("fence", "code_block") and token.map:
            # code is printed on the page: one paragraph of its text, as a reader copies it
            words = " ".join(token.content.split())
            start, end = token.map
            if words:
                add_text(start, end, words)
            pending_image = None
        elif kind in ("hr", "table_open"):
            pending_image = None
    for index, caption in sorted(captions.items()):
        if index < n and not texts[index]:
            add_block(Kind.CAPTION, index, index + 1, caption)
    lines = [
        Line(first_number + i, t, 0, len(t)) if t else Line(first_number + i, "", 0, 0)
        for i, t in enumerate(texts)
    ]
    return MarkdownBody(lines, blocks, extents, body_title)


def _key(text: str) -> str:
    return "".join(filter(str.isalnum, text.casefold()))
