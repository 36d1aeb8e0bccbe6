"""The rule chain: its order is declared once, here, as data.

Every rule has the signature ``rule(state, silent) -> bool``: it looks at the line at
``state.pos`` and either claims lines (records a Block, advances the cursor, returns True)
or returns False. In silent mode it only answers whether it would claim the line, so a
paragraph can end where another rule would begin. Rule names are public: ``--explain``
prints them and ``--disable`` takes them.
"""

from __future__ import annotations

from artparse.rules.byline import MAX_SIGNATURE, byline
from artparse.rules.caption import caption
from artparse.rules.crosshead import MAX_CROSSHEAD_CHARS, crosshead
from artparse.rules.date_line import MAX_DATE_LINE, date_line
from artparse.rules.furniture import MAX_FURNITURE, furniture
from artparse.rules.header_meta import header_meta
from artparse.rules.highlight import MARKER, highlight
from artparse.rules.paragraph import paragraph
from artparse.rules.repeated_title import repeated_title
from artparse.rules.story_header import story_header
from artparse.rules.subtitle import subtitle
from artparse.rules.title import title
from artparse.state import Rule

RULES: tuple[tuple[str, Rule], ...] = (
    ("story_header", story_header),
    ("date_line", date_line),
    ("header_meta", header_meta),
    ("byline", byline),
    ("caption", caption),
    ("furniture", furniture),
    ("title", title),
    ("repeated_title", repeated_title),
    ("highlight", highlight),
    ("subtitle", subtitle),
    ("crosshead", crosshead),
    ("paragraph", paragraph),
)
"""(name, rule) in the order they are tried at each line."""

RULE_NAMES = tuple(name for name, _ in RULES)

BODY_RULES = frozenset({"date_line", "byline", "furniture", "caption", "highlight", "crosshead", "paragraph"})
"""Rules that can claim a line once the body has begun; the others only look at the head
(the engine stops asking them, which halves the work per body line)."""

LINE_LIMITS: dict[str, int] = {"date_line": MAX_DATE_LINE, "furniture": MAX_FURNITURE}
"""The longest line each of these rules can claim anywhere: the engine does not ask them
about a longer one (each rule also checks for itself)."""
BODY_LINE_LIMITS: dict[str, int] = {
    **LINE_LIMITS,
    "byline": MAX_SIGNATURE,
    "crosshead": MAX_CROSSHEAD_CHARS,
    "highlight": len(MARKER),
}
"""The same once the body has begun, when most rules only claim short lines (a signature,
a crosshead, a "@highlight" marker): a paragraph-long line is asked of two or three rules."""
