"""The rule chain: everything about a rule is declared once, in its row of ``RULES``.

Every rule has the signature ``rule(state, silent) -> bool``: it looks at the line at
``state.pos`` and either claims lines (records a Block, advances the cursor, returns True)
or returns False. In silent mode it only answers whether it would claim the line, so a
paragraph can end where another rule would begin. Rule names are public: ``--explain``
prints them and ``--disable`` takes them.
"""

from __future__ import annotations

from typing import NamedTuple

from artparse.rules.byline import byline
from artparse.rules.caption import caption
from artparse.rules.crosshead import crosshead
from artparse.rules.date_line import date_line
from artparse.rules.furniture import furniture
from artparse.rules.header_meta import header_meta
from artparse.rules.highlight import highlight
from artparse.rules.kicker import kicker
from artparse.rules.paragraph import paragraph
from artparse.rules.pull_quote import pull_quote
from artparse.rules.repeated_title import repeated_title
from artparse.rules.story_header import story_header
from artparse.rules.subtitle import subtitle
from artparse.rules.title import title
from artparse.state import Rule


class RuleSpec(NamedTuple):
    """One rule of the chain (markdown-it-py's ``(name, function, alt)`` row).

    A NamedTuple, as the rows of the steps and the vocabulary: defined at every start-up, a
    frozen dataclass costs about a millisecond, 2 % of a one-file run. Build it with keywords.
    """

    name: str
    """The public name: ``--explain`` prints it, ``--disable`` takes it."""
    claim: Rule
    """The rule itself: ``claim(state, silent) -> bool``."""
    in_body: bool
    """Whether the rule can claim a line once the body has begun (else only the head asks it)."""
    terminates: tuple[str, ...] = ()
    """The rules that ask this one, in silent mode, whether it would claim a line: a
    paragraph ends where it would, a standfirst is one when it would claim the next line."""


RULES: tuple[RuleSpec, ...] = (
    RuleSpec(name="story_header", claim=story_header, in_body=False),
    RuleSpec(name="date_line", claim=date_line, in_body=True, terminates=("subtitle", "byline", "kicker")),
    RuleSpec(name="header_meta", claim=header_meta, in_body=False),
    RuleSpec(
        name="byline", claim=byline, in_body=True, terminates=("paragraph", "subtitle", "caption", "kicker")
    ),
    RuleSpec(name="caption", claim=caption, in_body=True, terminates=("paragraph", "subtitle", "kicker")),
    RuleSpec(name="furniture", claim=furniture, in_body=True, terminates=("paragraph",)),
    RuleSpec(name="pull_quote", claim=pull_quote, in_body=True),
    RuleSpec(name="kicker", claim=kicker, in_body=False),
    RuleSpec(name="title", claim=title, in_body=False),
    RuleSpec(name="repeated_title", claim=repeated_title, in_body=False),
    RuleSpec(name="highlight", claim=highlight, in_body=True),
    RuleSpec(name="subtitle", claim=subtitle, in_body=False),
    RuleSpec(name="crosshead", claim=crosshead, in_body=True),
    RuleSpec(name="paragraph", claim=paragraph, in_body=True),
)
"""The rules in the order they are tried at each line."""

RULE_NAMES = tuple(spec.name for spec in RULES)
