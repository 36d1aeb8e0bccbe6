"""Body paragraphs: the catch-all rule, last in the chain."""

from __future__ import annotations

from artparse.lines import TEXT, breaks_word
from artparse.patterns import AD_BREAK_MARKER, AD_BREAK_NOTES
from artparse.state import MIN_WRAP_WIDTH, PARAGRAPH, State, Wrap

_LINES, _INDENT, _HARD = Wrap.LINES, Wrap.INDENT, Wrap.HARD
"""Local aliases (see ``state.PARAGRAPH``)."""
FULL_LINE = 0.6
"""In hard-wrapped text a line this full (of the wrap width) is continued by the next one."""


def paragraph(state: State, silent: bool) -> bool:
    """Claim a paragraph: one line, or hard-wrapped lines joined back together.

    Wire copy marks a paragraph start by indenting it and continues it on flush lines;
    other hard-wrapped text separates paragraphs by blank lines. A short line another rule
    would claim (a sign-off, a caption) ends the paragraph; a line as wide as the wrap is
    prose, whatever it says.
    """
    if silent:
        return True
    lines = state.lines
    start = state.pos
    end = start
    wrap = state.wrap
    if wrap != _LINES:
        full = state.wrap_width * FULL_LINE
        first_indent = lines[start].indent
        i = start + 1
        while i < len(lines):
            ln = lines[i]
            if not ln.text:
                break
            if wrap == _INDENT and (ln.indent >= 2 or (first_indent < 2 and ln.indent)):
                break
            if wrap == _HARD and lines[i - 1].width < full:
                break
            if (ln.width < full or i == state.last_content) and state.would_claim(i, asker="paragraph"):
                break
            end = i
            i += 1
    if end == start:
        text = lines[start].text
    elif state.wrap_width < MIN_WRAP_WIDTH:
        text = _dehyphenated(list(map(TEXT, lines[start : end + 1])))
    else:
        text = " ".join(map(TEXT, lines[start : end + 1]))
    if text[:2] == CONVERTED_ITEM_MARK and lines[start].indent:
        text = text[2:]
    state.claim(PARAGRAPH, "paragraph", end, without_ad_break(text))
    return True


def _dehyphenated(lines: list[str]) -> str:
    """A narrow column's lines joined, a word broken at the line's end ("Tues-" over "day")
    joined back: justified newspaper columns hyphenate to fill their lines, and their OCR or
    pdftotext text keeps the break (a compound broken at its own hyphen loses it too, the
    rarer error). Wider, ragged copy breaks no words: its line-end hyphens are compounds'."""
    out = [lines[0]]
    for line in lines[1:]:
        last = out[-1]
        if breaks_word(last) and line[:1].islower():
            out[-1] = last[:-1] + line
        else:
            out.append(line)
    return " ".join(out)


CONVERTED_ITEM_MARK = "* "
"""The mark a page converter sets before each item of a bulleted list, indented under its
parent: html2text writes ``<li>`` as "  * item" (its README: a star unless ``--dash-unordered-list``;
the Times of Israel's, Wired's pages in the corpus), inscriptis as "* item" indented under the
enclosing block (CBS News', Zeit Online's pages). The page shows a bullet, not an asterisk: an
item of the story's own list is a paragraph without the mark. Flush lines keep theirs, and so
does the dash a plain text writes its own lists with (the BBC's "- Pay $1,000 fine")."""


def without_ad_break(text: str) -> str:
    """A paragraph without the page's note that the story goes on past an advertisement.

    Scraped text runs the note into the paragraph it stood after, at a sentence's end:
    Global News' "... he added. Story continues below advertisement The Charlotte win ..."
    (Canadian Press copy), Rzeczpospolita's "... wybrał ostatecznie Wielką Brytanię. Poniżej
    dalsza część artykułu." (rp.pl, BSNLP). A line that is only the note is furniture.
    """
    for note in AD_BREAK_NOTES:  # a loop, not any() over a generator: asked of every paragraph
        if note in text:
            kept = AD_BREAK_MARKER.sub("", text).rstrip()
            return kept or text
    return text
