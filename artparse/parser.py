"""The way through: text -> normalised Lines -> rule chain -> Blocks -> Article."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from artparse.assemble import assemble
from artparse.errors import OptionError
from artparse.frontend import FRONT_END, FRONT_END_NAMES, MARKDOWN_RULE, Front, read_front
from artparse.language import guess_language
from artparse.lines import WIDTH, Line, split_lines
from artparse.markup import (
    has_setext_underline,
    looks_like_markdown,
    read_marks,
    setext_headings,
    strip_markdown,
    unmarked_posts,
)
from artparse.model import Article, Block, Kind
from artparse.normalize import normalize
from artparse.rules import RULE_NAMES, RULES, RuleSpec
from artparse.state import (
    BLOCKS_MARKED,
    MIN_WRAP_WIDTH,
    NO_MARKS,
    Chain,
    Marks,
    ParseOptions,
    Rule,
    State,
    Wrap,
)
from artparse.steps import STEP_NAMES, STEPS, StepSpec, run_steps

if TYPE_CHECKING:
    from artparse.given import Given

HARD_WRAP_MAX = 100
"""Hard-wrapped text keeps (nearly) every line under this width; paragraph-per-line text does not."""
MIN_LINES_FOR_WRAP = 4
NEAR_WRAP = 0.8
"""A wrapped line ends within a word of the wrap width: at 60-80 columns, within a fifth."""
MIN_NARROW_BREAKS = 3
"""Narrow columns (a newspaper page's OCR text, as Chronicling America's and the other digitised
newspaper archives give it; pdftotext of a printed page) wrap at 25-45 characters: such short
lines are hard-wrapped when at least this many, and half the lines that go on from another,
go on with a sentence in lower case."""
MIN_WRAPPED_LINES = 2
"""Hard-wrapped text breaks more than one sentence at its width, or one where the next line goes
on in lower case; a long sentence over a short one is two paragraphs of a short story laid one
per line."""
_SENTENCE_END = tuple(".!?…:;\"'”’»)")
DEFAULT_OPTIONS = ParseOptions()
MAX_HEAD_BLOCKS = 40
"""An article's head (headline, dates, bylines, captions) is a handful of blocks; past this
many the body has begun, whatever the lines look like (and head rules stop being asked)."""


def active_rules(disabled: frozenset[str]) -> tuple[RuleSpec, ...]:
    """The rule chain less the disabled rules; a name that is no rule, step or front-end part
    is an error."""
    unknown = sorted(disabled - set(RULE_NAMES) - set(STEP_NAMES) - set(FRONT_END_NAMES))
    if unknown:
        raise OptionError(
            f"unknown rule {', '.join(unknown)}; rules are: {', '.join(RULE_NAMES)}; "
            f"steps are: {', '.join(STEP_NAMES)}; the front end's parts are: {', '.join(FRONT_END_NAMES)}"
        )
    if "paragraph" in disabled:
        raise OptionError("the paragraph rule cannot be disabled: it claims what no rule does")
    return tuple(spec for spec in RULES if spec.name not in disabled)


def rule_listing() -> list[tuple[str, str]]:
    """(name padded to one width, first line of its doc) of the front end's parts, every rule,
    then every step."""
    rows: list[tuple[str, str | None]] = [(stage.name, f"(front end) {stage.doc}") for stage in FRONT_END]
    rows += [(spec.name, spec.claim.__doc__) for spec in RULES]
    rows += [
        (spec.name, f"(step, the body's {'opening' if spec.opening else 'closing'}) {spec.cut.__doc__}")
        for spec in STEPS
    ]
    width = max(len(name) for name, _ in rows)
    return [(f"{name:<{width}}", first_sentence(doc or "")) for name, doc in rows]


def first_sentence(doc: str) -> str:
    """The whole first sentence of a docstring (its lines joined; a full stop inside quotes,
    as in a quoted example, does not end it)."""
    paragraph = " ".join(doc.strip().split("\n\n", 1)[0].split())
    quoted = False
    for i, char in enumerate(paragraph):
        if char in '"“”':
            quoted = not quoted if char == '"' else char == "“"
        elif char == "." and not quoted and paragraph[i + 1 : i + 2] in ("", " "):
            return paragraph[: i + 1]
    return paragraph


@lru_cache(maxsize=16)
def active_steps(disabled: frozenset[str]) -> tuple[StepSpec, ...]:
    """The steps less the disabled ones."""
    return tuple(spec for spec in STEPS if spec.name not in disabled)


def detect_wrap(lines: Sequence[Line]) -> tuple[Wrap, int]:
    """How the body lays paragraphs on lines, and the wrap width of hard-wrapped text.

    Wire copy indents each paragraph's first line and continues it on flush lines (TREC's AP
    and Reuters-21578 records; the AP Stylebook's agate and the Reuters earnings reports set
    one figure row, list item or table line per indented line). A short indented line is a
    paragraph that never reached the wrap, so only the indented lines as wide as a wrapped
    line are expected to go on; a table of short rows under a wrapped lead is still indented
    copy, whose width is that of the lines it wrapped.

    Hard wrapping breaks sentences at the wrap width, wherever they stand (the wire's 65-69
    columns in TREC AP89 and Reuters-21578); text laid one paragraph per line (the BBC News
    dataset, SemEval-2023 task 3 files, the YABC newspaper files) ends its lines at sentence
    ends. A short story of a few such lines, all under the wrap limit, is not hard-wrapped
    unless its lines break sentences; nor are lines shorter than a wire's, unless most of them
    break sentences (``MIN_NARROW_BREAKS``).
    """
    widths = sorted(filter(None, map(WIDTH, lines)))  # blank lines have width 0
    if len(widths) < MIN_LINES_FOR_WRAP:
        return Wrap.LINES, widths[-1] if widths else 0
    p90 = widths[(len(widths) * 9) // 10]
    if p90 > HARD_WRAP_MAX:
        return Wrap.LINES, p90
    indented = wide_starts = continued = wrapped_at_width = mid_sentence = 0
    wrapped_width = 0
    near_wrap = p90 * NEAR_WRAP
    prev: Line | None = None
    for ln in lines:
        if ln.text:
            if ln.indent >= 2:
                indented += 1
                wide_starts += ln.width >= MIN_WRAP_WIDTH
            elif prev is not None:
                continued += 1
                if prev.width >= near_wrap and not prev.text.endswith(_SENTENCE_END):
                    wrapped_at_width += 1
                    mid_sentence += ln.text[:1].islower()
                if prev.indent >= 2 and prev.width >= MIN_WRAP_WIDTH:
                    wrapped_width = max(wrapped_width, prev.width)
        prev = ln if ln.text else None
    if indented >= 2 and wrapped_width and continued >= wide_starts // 2:
        return Wrap.INDENT, max(p90, wrapped_width)
    if p90 < MIN_WRAP_WIDTH and not (mid_sentence >= MIN_NARROW_BREAKS and mid_sentence * 2 >= continued):
        return Wrap.LINES, p90
    if continued * 3 >= len(widths) and (wrapped_at_width >= MIN_WRAPPED_LINES or mid_sentence):
        return Wrap.HARD, p90
    return Wrap.LINES, p90


class _Chains(NamedTuple):
    """The active rules as the engine asks them, derived from the rule table."""

    head: tuple[Rule, ...]
    """Every rule, for a line above the body."""
    body: tuple[Rule, ...]
    """The rules that run in the body."""
    askers: dict[str, Chain]
    """For each rule that looks ahead, the rules it asks (those whose row names it)."""


@lru_cache(maxsize=16)
def _chains(disabled: frozenset[str]) -> _Chains:
    specs = active_rules(disabled)
    askers: dict[str, Chain] = {}
    for spec in specs:
        for asker in spec.terminates:
            askers[asker] = (*askers.get(asker, ()), (spec.name, spec.claim))
    return _Chains(
        head=tuple(spec.claim for spec in specs),
        body=tuple(spec.claim for spec in specs if spec.in_body),
        askers=askers,
    )


def run_rules(
    lines: list[Line],
    *,
    options: ParseOptions,
    language: str | None,
    decided: Sequence[Block] = (),
    wrap: Wrap | None = None,
    marks: Marks = NO_MARKS,
) -> list[Block]:
    """Run the rule chain over the lines; every non-blank line ends in exactly one block.

    ``decided`` are blocks the front end decided before the chain (a given headline, Markdown
    headings): the rules count them (a given headline is the title they work under) but do
    not return them. ``wrap`` overrides the detected layout. ``marks`` are what a converted
    page's markup said before it was stripped: its headline and author links.
    """
    chains = _chains(options.disabled_rules)
    detected, width = detect_wrap(lines)
    state = State(
        lines,
        options=options,
        language=language,
        askers=chains.askers,
        wrap=wrap or detected,
        wrap_width=width,
    )
    state.marks = marks
    for block in decided:
        state.counts[block.kind] = state.counts.get(block.kind, 0) + 1
        if block.kind == Kind.TITLE and state.title is None:
            state.title = block
    n = len(lines)
    while state.pos < n:
        text = lines[state.pos].text
        if not text:
            state.pos += 1
            continue
        if not state.body_started and len(state.blocks) >= MAX_HEAD_BLOCKS:
            state.body_started = True
        for rule in chains.body if state.body_started else chains.head:
            if rule(state, False):
                break
    return state.blocks


def _read(
    text: str, options: ParseOptions, *, source: str | None, given: Given | None
) -> tuple[list[Block], str | None, Front | None]:
    """(blocks, language, front end's reading) of an article's text: all but the assembling."""
    text = normalize(text)
    language = options.language or guess_language(text)
    front = read_front(text, source=source, given=given, language=language, disabled=options.disabled_rules)
    if front is None:
        lines, marks = _unmarked(split_lines(text), text)
        return run_rules(lines, options=options, language=language, marks=marks), language, None
    if front.markdown:
        markdown_options = dataclasses.replace(
            options, disabled_rules=options.disabled_rules | MARKDOWN_DECIDES
        )
        blocks = run_rules(
            front.lines,
            options=markdown_options,
            language=language,
            decided=front.blocks,
            wrap=Wrap.LINES,
            marks=BLOCKS_MARKED,
        )
    else:
        shown = front.shown if front.shown is not None else text
        lines, marks = _unmarked(front.lines, shown, converted=front.shown is not None)
        blocks = run_rules(lines, options=options, language=language, decided=front.blocks, marks=marks)
        text = shown
    return _with_decided(blocks, front, text), language, front


def _unmarked(lines: list[Line], text: str, *, converted: bool = False) -> tuple[list[Line], Marks]:
    """The lines without the Markdown markers plain text may carry, and what the markers said
    (``converted``: the text is a page's, converted by the front end)."""
    if has_setext_underline(text):
        underlined = setext_headings(lines)
        if underlined is not None:
            return strip_markdown(underlined), read_marks(underlined, converted=converted)
    if not looks_like_markdown(text):
        if "(@" not in text:  # most texts: one search decides
            return lines, NO_MARKS
        embeds = unmarked_posts(lines)
        return lines, Marks(embeds=embeds) if embeds else NO_MARKS
    return strip_markdown(lines), read_marks(lines, converted=converted)


MARKDOWN_DECIDES = frozenset({"crosshead"})
"""Rules whose question the Markdown answers itself (a heading is marked as one)."""


def _with_decided(blocks: list[Block], front: Front, text: str) -> list[Block]:
    """The chain's blocks and the front end's, in line order, Markdown blocks at full extent.

    Lines the front end read and no block shows (front matter and header lines stating a
    value, HTML blocks, comments, link definitions, image-only lines) become blocks too, so
    every line is claimed once: a run above the body is ``meta``, one in the body
    ``furniture``, each under the front end's rule name.
    """
    extents = front.extents
    if extents:
        blocks = [
            b._replace(lines=tuple(n for line in b.lines for n in extents.get(line, (line,))))
            if any(line in extents for line in b.lines)
            else b
            for b in blocks
        ]
    merged = [*front.blocks, *blocks]
    claimed = {n for b in merged for n in b.lines}
    run: list[int] = []
    for ln in split_lines(text):
        if ln.text and ln.number not in claimed:
            run.append(ln.number)
        elif ln.text and run:
            merged.append(_unshown(run, front))
            run = []
    if run:
        merged.append(_unshown(run, front))
    merged.sort(key=lambda b: b.lines[0] if b.lines else 0)
    return merged


def _unshown(numbers: list[int], front: Front) -> Block:
    """A block for a run of source lines the front end read and nothing shows."""
    head = numbers[0] <= front.body_from
    kind = Kind.META if head else Kind.FURNITURE
    rule = front.head_rule if head or not front.markdown else MARKDOWN_RULE
    return Block(kind=kind, rule=rule, lines=tuple(numbers), text="")


def parse(
    text: str,
    *,
    source: str | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
    encoding: str | None = None,
    warnings: Sequence[str] = (),
    given: Given | None = None,
) -> Article:
    """Parse an article's text into an Article.

    ``given`` holds field values stated outside the text (a JSON record's own fields); they
    win over what the text says, as front matter does. ``text`` is the article as text
    (``str``); bytes are refused with a ``TypeError`` (decode them first, or use ``parse_file``).
    """
    if not isinstance(text, str):
        raise TypeError(
            f"parse() takes the article as str, not {type(text).__name__}; "
            "decode bytes first (artparse.io.decode) or use artparse.parse_file"
        )
    blocks, language, front = _read(text, options, source=source, given=given)
    blocks, cuts = run_steps(blocks, active_steps(options.disabled_rules))
    if front is None:
        notes = (*warnings, *_parse_warnings(text, blocks))
        return assemble(blocks, cuts, source=source, language=language, encoding=encoding, warnings=notes)
    shown = front.shown or text  # a web page's text, or the file's
    found = _parse_warnings(shown, blocks) if not front.given else ()  # a given headline is a part
    notes = (*warnings, *front.warnings, *found)
    article = assemble(blocks, cuts, source=source, language=language, encoding=encoding, warnings=notes)
    from artparse.given import apply_given  # imported with the front end's other parts

    return apply_given(article, front.given)


NO_TEXT = "no text: the input is empty or blank"
ONLY_PARAGRAPHS = "only paragraphs found: no headline, date, byline or other part of an article"


def _parse_warnings(text: str, blocks: Sequence[Block]) -> tuple[str, ...]:
    """What the user should know about a parse that found (almost) nothing."""
    if not text.strip():
        return (NO_TEXT,)
    if blocks and all(block.kind == Kind.PARAGRAPH for block in blocks):
        return (ONLY_PARAGRAPHS,)
    return ()
