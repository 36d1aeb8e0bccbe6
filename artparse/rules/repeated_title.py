"""The headline printed a second time."""

from __future__ import annotations

from artparse.model import Kind
from artparse.rules.title import clean_title
from artparse.state import State, text_key


def repeated_title(state: State, silent: bool) -> bool:
    """Claim a line above the body that repeats the headline, in any case or punctuation.

    Site templates often print the headline twice (once in Title Case); the repeat is
    neither a subtitle nor a paragraph.
    """
    if state.body_started:
        return False
    text = state.lines[state.pos].text
    if not repeats_title(state, text):
        return False
    if not silent:
        state.claim(Kind.REPEATED_TITLE, "repeated_title", state.pos, text)
    return True


MIN_PAGE_TITLE_PREFIX = 20
"""A page title opens with the headline: its first characters are the cheap test."""
MAX_TITLE_SLACK = 8
"""A repeat differs from the headline by a few characters at most (case, punctuation, a site's
name cleaned off the title)."""


def repeats_title(state: State, text: str) -> bool:
    """Whether a line says the headline again, in any case or punctuation.

    The repeat may be the page's title, the headline with the site's name after it that the
    title line has lost or never had: Dnevnik's "Headline | Dnevnik" over the body (dnevnik.si),
    as Dnevno.hr's title line prints "Headline | Dnevno.hr" over its repeat (hr-bsnlp-002);
    such a line is cleaned as a title line is (``clean_title``) before it is compared.
    """
    title = state.title
    if title is None:
        return False
    if abs(len(text) - len(title.text)) > MAX_TITLE_SLACK:
        if len(text) < len(title.text) or not text.startswith(title.text[:MIN_PAGE_TITLE_PREFIX]):
            return False
        text = clean_title(text, language=state.language, host=state.site_host)[0]
        if abs(len(text) - len(title.text)) > MAX_TITLE_SLACK:
            return False
    if state.title_key is None:  # made when first needed: most articles never repeat the headline
        state.title_key = text_key(title.text)
    return text_key(text) == state.title_key
