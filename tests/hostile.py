"""Hostile inputs for the rules' patterns: about 1 MB each (shared by the test and the benchmark)."""

from __future__ import annotations

MB = 1_000_000
ORDINARY_PARAGRAPH = (
    "The city council approved the new budget on Tuesday after a long debate, officials said, "
    "and the mayor promised that spending on schools and roads would rise by five percent. "
)
ORDINARY = "City council approves budget\n\nMarch 3, 2015\n\nBy Jane Doe\n\n" + (
    ORDINARY_PARAGRAPH * 3 + "\n\n"
) * (MB // (len(ORDINARY_PARAGRAPH) * 3 + 2))

CASES = {
    "By x 330,000": "By " * (MB // 3),
    "open parens": "(" * MB,
    "50,000 spaces between words": ("word" + " " * 50_000) * 20,
    "14.10. repeated": "14.10." * (MB // 6),
    "a 1 MB word": "a" * MB,
    "no-break space runs": "x" + "\u00a0" * MB,
    "link brackets": "[a](" * (MB // 4),
    "emphasis stars": "**a " * (MB // 4),
    "dateline shapes": "MOSCOW, 12 May - (AP) _ " * (MB // 24),
    "credit shapes": "Photo: Jim Craven/Getty Images (AP Photo) " * (MB // 42),
    "a 1 MB line of prose": ORDINARY_PARAGRAPH * (MB // len(ORDINARY_PARAGRAPH)),
    "title, then 1 MB of colons": "Title\n\n" + ": " * (MB // 2),
    "slashes": "A/" * (MB // 2),
    "pipes": " | " * (MB // 3),
}
"""Text shaped to make a backtracking pattern try every split."""

SHORT_LINES = {
    "one-letter lines": "x\n",
    "byline lines": "By Jane Doe\n",
    "credit lines": "Photo: Reuters\n",
}
"""Lines each rule that claims short lines is asked about (repeated to about 1 MB)."""
