"""Keys that name an article's fields in structured inputs: front matter and JSON records.

Data only, and of no one language: the keys follow the static-site generators' documented
conventions (Jekyll: ``title``, ``date``, ``author``, ``excerpt``; Hugo: ``description``,
``summary``, ``publishDate``, ``lastmod``; Eleventy and MDX sites likewise), compared
case-blind. The labels of ``Key: value`` header blocks are words of each language: they are
in ``vocab/`` (``header_labels``). (A module of its own, beside ``vocab/``: every module of
that package is one language.)
"""

from __future__ import annotations

from typing import Final

FIELDS: Final = ("title", "subtitle", "date", "updated", "authors", "tags", "url", "publication")
"""The fields a front matter key or a header label can fill (``vocab`` ``header_labels`` keys)."""

FRONT_MATTER_KEYS: Final[dict[str, tuple[str, ...]]] = {
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "dek", "standfirst", "description", "summary"),
    "date": ("date", "published", "publishdate", "publish_date", "pubdate", "published_at", "created"),
    "updated": ("updated", "lastmod", "last_modified", "modified", "updated_at"),
    "authors": ("author", "authors", "byline", "by", "creator", "creators"),
    "tags": ("tags", "keywords"),
    "url": ("url", "canonical_url", "canonicalurl", "permalink", "link"),
    "publication": ("publication", "source", "publisher", "site"),
}
"""Field -> front matter keys (YAML/TOML keys, compared case-blind), the first present wins."""

NESTED_TABLES: Final = ("params", "extra", "taxonomies")
"""Tables where static-site generators put keys of their own (Hugo's ``[params]``, Zola's
``[extra]`` and ``[taxonomies]``): a field not found at the top level is looked for there."""

FALLBACK_KEYS: Final = frozenset({"description", "summary"})
"""Keys that describe the page for indexes and search engines (Hugo's ``description`` and
``summary``): the subtitle only where the post prints it as its lead."""


LEAD_COMPONENTS: Final = frozenset({"intro", "lead", "lede", "standfirst", "dek", "summary", "teaser"})
"""MDX/JSX components that set a post's lead apart (react.dev's ``<Intro>``), compared
case-blind: their paragraph is the subtitle."""

FIGURE_SHORTCODES: Final = frozenset({"figure", "img", "image", "video", "youtube", "vimeo"})
"""Hugo shortcodes and Liquid tags that place an image or a video; their ``caption=`` (or
``title=``) is a caption."""
