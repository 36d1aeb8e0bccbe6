"""--explain: every source line with the rule that claimed it, and what the steps cut from it."""

from __future__ import annotations

from artparse.display import safe_text
from artparse.lines import Line
from artparse.model import Article

PREVIEW = 90
CUT_MARK = "✂ "
"""Opens the text of a row that shows what a step cut from the line above."""


def _preview(text: str) -> str:
    """The start of a line's text, with nothing a terminal would act on."""
    return safe_text(text if len(text) <= PREVIEW else text[: PREVIEW - 1] + "…")


def explain_lines(article: Article, lines: list[Line]) -> list[str]:
    """``NUMBER  RULE  TEXT`` for each source line, then ``NUMBER  STEP  ✂ CUT`` for each cut.

    The first line of a block names its rule; the block's further lines show ``│``, so
    joined paragraphs are visible. Blank lines show ``-``. A step that cut matter off the
    body's ends (a signature, a sign-off) adds a row under the line it cut from.
    """
    owner: dict[int, str] = {}
    for block in article.blocks:
        for i, number in enumerate(block.lines):
            owner[number] = block.rule if i == 0 else "│"
    width = max((len(b.rule) for b in (*article.blocks, *article.cuts)), default=5)
    cuts: dict[int, list[str]] = {}
    for cut in article.cuts:
        number = cut.lines[0]
        row = f"{number:>5}  {cut.rule:<{width}}  {CUT_MARK}{_preview(cut.text)}"
        cuts.setdefault(number, []).append(row)
    out = []
    for ln in lines:
        rule = owner.get(ln.number, "-")
        out.append(f"{ln.number:>5}  {rule:<{width}}  {_preview(ln.text)}".rstrip())
        out.extend(cuts.get(ln.number, ()))
    return out
