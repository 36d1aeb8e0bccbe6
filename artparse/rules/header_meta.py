"""Header metadata above the headline in scraped dumps: document ids, language codes, URLs."""

from __future__ import annotations

from artparse.model import Kind
from artparse.patterns import DOC_ID, LANGUAGE_CODE, url_line
from artparse.state import State


def header_meta(state: State, silent: bool) -> bool:
    """Claim an id ("ru-111"), language code ("ru") or URL line standing above the title.

    Dataset and scraper dumps put record fields on their own lines before the headline;
    none of them is ever a headline, so only lines before the title are looked at.
    """
    if state.title is not None:
        return False
    text = state.lines[state.pos].text
    if " " in text:  # each is one token
        return False
    address = url_line(text)
    if len(text) > 2100 or not (address or DOC_ID.match(text) or LANGUAGE_CODE.match(text)):
        return False
    if not silent:
        if state.site_host is None and address:
            state.site_host = url_host(text)
            state.tag_page = is_tag_page(text)
        state.claim(Kind.META, "header_meta", state.pos, text)
    return True


def url_host(url: str) -> str | None:
    """The host of a URL in lower case, without a port or a leading "www." ("lenta.ru")."""
    rest = url.partition("://")[2] or url
    host = rest.partition("/")[0].partition("?")[0].partition("#")[0].rpartition("@")[2].partition(":")[0]
    host = host.casefold().removeprefix("www.")
    return host if "." in host else None


TAG_PAGE_SEGMENTS = frozenset({"tag"})
"""The path segment of a tag's listing page: WordPress's default tag base ("/tag/<name>/",
prorozvytok.com in the BSNLP files) and tyzhden.ua's "/Tag/<name>" (a URL token, not a word)."""


def is_tag_page(url: str) -> bool:
    """Whether a URL's path is a tag's listing page ("https://example.com/tag/politics/")."""
    path = (url.partition("://")[2] or url).partition("?")[0].partition("#")[0]
    return any(segment.casefold() in TAG_PAGE_SEGMENTS for segment in path.split("/")[1:-1])
