"""The README's rule table lists every rule of the chain, in the order the chain runs them."""

from __future__ import annotations

import re
from pathlib import Path

from artparse.rules import RULE_NAMES

README = Path(__file__).resolve().parent.parent / "README.md"


def test_readme_lists_the_rules_in_chain_order() -> None:
    text = README.read_text(encoding="utf-8")
    section = text[text.index("| rule | claims |") :]
    section = section[: section.find("\n\n")]
    assert re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE) == list(RULE_NAMES)
