"""The parser state the rules look at and advance."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Final, NamedTuple

from artparse.lines import NUMBER, TEXT, Line
from artparse.model import Block, Kind
from artparse.vocab import CLOSERS


def text_key(text: str) -> str:
    """Case- and punctuation-blind form of a line, to recognise a repeated headline.

    Its letters and digits, case-folded: no pattern to compile, and no faster with one.
    """
    return "".join(filter(str.isalnum, text.casefold()))


TRIM_MARKS = ("…", "...")
"""The mark a CMS appends where it cut a teaser (WordPress's ``wp_trim_words`` appends "…")."""
MIN_COPIED_STANDFIRST = 30
"""Characters a cut copy keeps before its trim mark for the cut to say whose copy it is."""


def standfirst_copy(line: str, standfirst: str) -> bool:
    """Whether a line is a copy of the standfirst: the same text, or its opening cut with a
    trim mark (a teaser trimmed to a number of words)."""
    if line == standfirst:
        return True
    if len(line) >= len(standfirst) or not line.endswith(TRIM_MARKS):
        return False
    stem = line.rstrip(".…").rstrip()
    return len(stem) >= MIN_COPIED_STANDFIRST and standfirst.startswith(stem)


class Wrap(StrEnum):
    """How the body's paragraphs are laid out on lines."""

    LINES = "lines"
    """One paragraph per line (BBC, the reference layout, most copy-paste)."""
    INDENT = "indent"
    """Hard-wrapped; an indented line starts a paragraph, flush lines continue it (wire copy)."""
    HARD = "hard"
    """Hard-wrapped; paragraphs are separated by blank lines."""


MIN_WRAP_WIDTH = 50
"""Text is hard-wrapped at 60-80 columns; lines that all stay short are separate lines, or a
printed page's narrow column (see ``parser.detect_wrap``)."""


DATE_ORDERS = ("auto", "DMY", "MDY", "YMD")
"""How numeric dates whose day and month could swap are read (``ParseOptions.date_order``)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ParseOptions:
    """Options for one parse, built once by the caller (the CLI builds one from its flags)."""

    date_order: str = "auto"
    """How to read numeric dates whose day and month could swap: auto, DMY, MDY or YMD."""
    disabled_rules: frozenset[str] = frozenset()
    """Names of rules and steps to skip."""
    language: str | None = None
    """Force a language (an ISO 639-1 code) instead of guessing it."""

    def __post_init__(self) -> None:
        """Refuse values no parse can use (``OptionError``, a ``ValueError``), naming the valid ones."""
        from artparse.errors import OptionError

        if self.date_order not in DATE_ORDERS:
            raise OptionError(f"date_order {self.date_order!r} is not one of {', '.join(DATE_ORDERS)}")
        if not isinstance(self.disabled_rules, frozenset) or not all(
            isinstance(name, str) for name in self.disabled_rules
        ):
            raise OptionError("disabled_rules must be a frozenset of rule and step names")
        if self.disabled_rules:
            from artparse.parser import active_rules

            active_rules(self.disabled_rules)  # unknown names: an OptionError listing the valid ones
        if self.language is not None and not (
            isinstance(self.language, str)
            and self.language.isascii()
            and self.language.isalpha()
            and self.language.islower()
            and 2 <= len(self.language) <= 3
        ):
            raise OptionError(f"language {self.language!r} is not an ISO 639-1 code such as 'en'")


LIST_MARKS = "*+•-"
"""Marks that open a list item in text a converter made from a page."""


def list_item(text: str) -> str | None:
    """The text of a list item without its mark ("* Share" -> "Share"), or None for other lines."""
    return text[2:] if text[:1] in LIST_MARKS and text[1:2] == " " else None


class Marks(NamedTuple):
    """What a converted page's markup says before it is stripped (``markup.read_marks``)."""

    headline: int | None = None
    """Index of the line marked as the page's headline (``markup.page_headline``)."""
    authors: Mapping[int, tuple[str, ...]] = MappingProxyType({})
    """Index of a line that is only links to writers' pages -> the names (``markup.author_links``)."""
    dek: int | None = None
    """Index of the second-level heading right under the marked headline (``markup.marked_dek``)."""
    headings: frozenset[int] = frozenset()
    """Index of each line marked as a subheading, ``##`` to ``######`` (``markup.marked_headings``)."""
    table_rows: frozenset[int] = frozenset()
    """Index of each line of a pipe table (``markup.table_rows``)."""
    captioned_images: frozenset[int] = frozenset()
    """Index of each line that opens with an image and goes on with text (``markup.image_marks``)."""
    alt_captions: Mapping[int, str] = MappingProxyType({})
    """Index of a line under an image that repeats its alt text -> the alt text (``markup.image_marks``)."""
    under_images: frozenset[int] = frozenset()
    """Index of the line under each line that is only an image (``markup.image_marks``)."""
    embeds: Mapping[int, int] = MappingProxyType({})
    """Index of each line of an embedded post's quote -> the quote's last line (``markup.embedded_posts``)."""
    spaced: bool = True
    """Whether the blank lines are the source's own, so their number tells how far a line is set
    apart; not so where the front end left a block's text at its first line and blanked the rest
    (Markdown, ``mdbody``)."""
    linked: frozenset[int] = frozenset()
    """Index of each line that holds a link (``markup.linked_lines``)."""
    link_only: frozenset[int] = frozenset()
    """Index of each line that is one link and nothing else (``markup.linked_lines``)."""
    labelled_links: frozenset[int] = frozenset()
    """Index of each line that is a short label, its colon and one link (``markup.LABELLED_LINK``)."""
    trust_marks: frozenset[int] = frozenset()
    """Index of each line holding the Trust Project's mark (``markup.trust_marks``)."""
    script_links: frozenset[int] = frozenset()
    """Index of each line that is only links running a page's script (``markup.script_links``)."""


NO_MARKS = Marks()
BLOCKS_MARKED = Marks(spaced=False)
"""The marks of a text whose blocks its markup delimits (Markdown)."""

PARAGRAPH: Final = Kind.PARAGRAPH
"""A local alias: looking a member up on an Enum class costs as much as the comparison eight times."""
_SENTENCE_ENDS = frozenset(".!?…")
"""What ends a sentence of the story's text (a closing quotation mark read past)."""

Rule = Callable[["State", bool], bool]
Chain = tuple[tuple[str, Rule], ...]
"""(name, rule) pairs in the order they are asked."""


class State:
    """Lines, a cursor, and what the rules have found so far."""

    __slots__ = (
        "askers",
        "author_first_names",
        "author_names",
        "blocks",
        "body_sentence",
        "body_started",
        "counts",
        "date_found",
        "language",
        "last_content",
        "lines",
        "marks",
        "options",
        "pos",
        "site_host",
        "standfirst",
        "tag_page",
        "title",
        "title_key",
        "wrap",
        "wrap_width",
    )

    def __init__(
        self,
        lines: list[Line],
        *,
        options: ParseOptions,
        language: str | None,
        askers: Mapping[str, Chain],
        wrap: Wrap,
        wrap_width: int,
    ) -> None:
        self.lines = lines
        self.options = options
        self.language = language
        self.askers = askers
        """For each rule that looks ahead, the rules it asks in silent mode (``RuleSpec.terminates``)."""
        self.wrap = wrap
        self.wrap_width = wrap_width
        self.pos = 0
        self.blocks: list[Block] = []
        self.title: Block | None = None
        self.site_host: str | None = None
        """The host a header line's URL names, without "www." ("lenta.ru"): ``header_meta`` sets it."""
        self.tag_page = False
        """The header line's URL is a tag's listing page ("/tag/<name>/"): ``header_meta`` sets it."""
        self.standfirst: str | None = None
        """The standfirst's text once claimed (a page may print it again: ``standfirst_copy``)."""
        self.title_key: str | None = None
        self.body_started = False
        self.body_sentence = False
        """A body paragraph ending a sentence has been claimed: the story's text is under way."""
        self.counts: dict[Kind, int] = {}
        """How many blocks of each kind have been claimed (rules ask this, never scan blocks)."""
        self.date_found = False
        self.author_names: set[str] = set()
        """The person names the bylines claimed so far gave (a closing bio opens with one)."""
        self.author_first_names: set[str] = set()
        """Their first words: a line opening with none of them opens with no such name."""
        self.marks = NO_MARKS
        """What a converted page's markup marked: its headline, dek and byline links."""
        last = len(lines) - 1
        while last >= 0 and not lines[last].text:
            last -= 1
        self.last_content = last
        """Index of the last non-blank line (-1: none)."""

    def head_text(self) -> str:
        """The line's text; in the head without a list mark ("+ Par X", "* Share"): a page's
        lists above the body (bylines, stamps, share bars) keep their marks in a converted text."""
        text = self.lines[self.pos].text
        item = None if self.body_started else list_item(text)
        return text if item is None else item

    def next_content(self, index: int, *, limit: int = 1_000_000) -> int | None:
        """Index of the first non-blank line at or after ``index`` (at most ``limit`` lines on).

        A scan: the rules ask from a content line, and blank runs between content lines are
        disjoint, so the scans of a whole parse add up to the number of lines.
        """
        lines = self.lines
        end = index + limit
        if end > len(lines):
            end = len(lines)
        while index < end:
            if lines[index].text:
                return index
            index += 1
        return None

    def at_block_start(self) -> bool:
        """Whether the cursor line starts a block: after a blank line or a claimed block.

        False while a paragraph looks ahead at its own continuation lines.
        """
        if self.pos == 0 or not self.lines[self.pos - 1].text:
            return True
        return bool(self.blocks) and self.blocks[-1].lines[-1:] == (self.lines[self.pos - 1].number,)

    def prev_block(self) -> Block | None:
        return self.blocks[-1] if self.blocks else None

    def block_above(self, kind: Kind) -> bool:
        """Whether the last block is a ``kind`` one that ends on the line right above the cursor."""
        prev = self.prev_block()
        return (
            prev is not None
            and prev.kind == kind
            and self.pos > 0
            and prev.lines[-1] == self.lines[self.pos - 1].number
        )

    def claim(self, kind: Kind, rule: str, end: int, text: str, **fields: Any) -> Block:
        """Record a block for the lines from the cursor to ``end`` (inclusive) and move past them."""
        if end == self.pos:
            numbers: tuple[int, ...] = (self.lines[end].number,)
        else:
            numbers = tuple(map(NUMBER, filter(TEXT, self.lines[self.pos : end + 1])))
        block = Block(kind, rule, numbers, text, **fields)
        if block.names:
            self.author_names.update(block.names)
            self.author_first_names.update(name.partition(" ")[0] for name in block.names)
        self.blocks.append(block)
        counts = self.counts
        counts[kind] = counts.get(kind, 0) + 1
        self.pos = end + 1
        if kind == PARAGRAPH or block.tail:
            self.body_started = True
            if kind == PARAGRAPH and text.rstrip(CLOSERS)[-1:] in _SENTENCE_ENDS:
                self.body_sentence = True
        return block

    def would_claim(self, index: int, *, asker: str) -> str | None:
        """The first rule that ``asker`` looks ahead to that would claim line ``index`` (silent mode)."""
        saved = self.pos
        self.pos = index
        try:
            return next((name for name, rule in self.askers.get(asker, ()) if rule(self, True)), None)
        finally:
            self.pos = saved
