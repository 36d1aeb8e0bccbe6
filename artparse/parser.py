"""The way through: text -> normalised Lines -> rule chain -> Blocks -> Article."""

from __future__ import annotations

from collections.abc import Sequence

from artparse.assemble import assemble
from artparse.errors import OptionError
from artparse.language import guess_language
from artparse.lines import Line, split_lines
from artparse.markup import looks_like_markdown, strip_markdown
from artparse.model import Article, Block
from artparse.normalize import normalize
from artparse.rules import BODY_RULES, RULE_NAMES, RULES
from artparse.state import ParseOptions, Rule, State, Wrap

HARD_WRAP_MAX = 100
"""Hard-wrapped text keeps (nearly) every line under this width; paragraph-per-line text does not."""
MIN_LINES_FOR_WRAP = 4
MIN_WRAP_WIDTH = 50
"""Text is hard-wrapped at 60-80 columns; lines that all stay short are separate lines."""
DEFAULT_OPTIONS = ParseOptions()
MAX_HEAD_BLOCKS = 40
"""An article's head (headline, dates, bylines, captions) is a handful of blocks; past this
many the body has begun, whatever the lines look like (and head rules stop being asked)."""


def active_rules(disabled: frozenset[str]) -> tuple[tuple[str, Rule], ...]:
    """The rule chain less the disabled rules; unknown names are an error."""
    unknown = sorted(disabled - set(RULE_NAMES))
    if unknown:
        raise OptionError(f"unknown rule {', '.join(unknown)}; rules are: {', '.join(RULE_NAMES)}")
    if "paragraph" in disabled:
        raise OptionError("the paragraph rule cannot be disabled: it claims what no rule does")
    return tuple((name, rule) for name, rule in RULES if name not in disabled)


def detect_wrap(lines: Sequence[Line]) -> tuple[Wrap, int]:
    """How the body lays paragraphs on lines, and the wrap width of hard-wrapped text."""
    widths = sorted(ln.width for ln in lines if ln.text)
    if len(widths) < MIN_LINES_FOR_WRAP:
        return Wrap.LINES, widths[-1] if widths else 0
    p90 = widths[(len(widths) * 9) // 10]
    if p90 > HARD_WRAP_MAX or p90 < MIN_WRAP_WIDTH:
        return Wrap.LINES, p90
    indented = continued = 0
    prev_text = False
    for ln in lines:
        if ln.text:
            if ln.indent >= 2:
                indented += 1
            elif prev_text:
                continued += 1
        prev_text = bool(ln.text)
    if indented >= 2 and continued >= indented // 2:
        return Wrap.INDENT, p90
    if continued * 3 >= len(widths):
        return Wrap.HARD, p90
    return Wrap.LINES, p90


def run_rules(lines: list[Line], *, options: ParseOptions, language: str | None) -> list[Block]:
    """Run the rule chain over the lines; every non-blank line ends in exactly one block."""
    rules = active_rules(options.disabled_rules)
    wrap, width = detect_wrap(lines)
    state = State(lines, options=options, language=language, rules=rules, wrap=wrap, wrap_width=width)
    body_rules = tuple((name, rule) for name, rule in rules if name in BODY_RULES)
    n = len(lines)
    chain = rules
    while state.pos < n:
        if not lines[state.pos].text:
            state.pos += 1
            continue
        if state.body_started:
            chain = body_rules
        elif len(state.blocks) >= MAX_HEAD_BLOCKS:
            state.body_started = True
            chain = body_rules
        for _name, rule in chain:
            if rule(state, False):
                break
    return state.blocks


def parse(
    text: str,
    *,
    source: str | None = None,
    options: ParseOptions = DEFAULT_OPTIONS,
    encoding: str | None = None,
    warnings: Sequence[str] = (),
) -> Article:
    """Parse an article's text into an Article."""
    text = normalize(text)
    lines = split_lines(text)
    if looks_like_markdown(text):
        lines = strip_markdown(lines)
    language = options.language or guess_language(text)
    blocks = run_rules(lines, options=options, language=language)
    return assemble(blocks, source=source, language=language, encoding=encoding, warnings=tuple(warnings))
