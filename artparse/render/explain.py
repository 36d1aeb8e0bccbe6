"""--explain: every source line with the rule that claimed it."""

from __future__ import annotations

from artparse.display import safe_text
from artparse.lines import Line
from artparse.model import Article

PREVIEW = 90


def explain_lines(article: Article, lines: list[Line]) -> list[str]:
    """``NUMBER  RULE  TEXT`` for each source line.

    The first line of a block names its rule; the block's further lines show ``│``, so
    joined paragraphs are visible. Blank lines show ``-``.
    """
    owner: dict[int, str] = {}
    for block in article.blocks:
        for i, number in enumerate(block.lines):
            owner[number] = block.rule if i == 0 else "│"
    width = max((len(b.rule) for b in article.blocks), default=5)
    out = []
    for ln in lines:
        rule = owner.get(ln.number, "-")
        text = ln.text if len(ln.text) <= PREVIEW else ln.text[: PREVIEW - 1] + "…"
        text = safe_text(text)
        out.append(f"{ln.number:>5}  {rule:<{width}}  {text}".rstrip())
    return out
