"""JSON and JSON Lines."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from artparse.model import Article


def _orjson_dumps() -> Callable[[Any], bytes] | None:
    try:
        from orjson import dumps
    except ImportError:  # no orjson for this Python (it is built for CPython): the same bytes, slower
        return None
    return dumps


_fast_dumps = _orjson_dumps()

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""Built once: ``json.dumps`` with options makes a new encoder for every record."""


def to_json_line(article: Article | dict[str, Any]) -> str:
    """One compact JSON object, no newline (JSON Lines record)."""
    return _COMPACT.encode(article.to_dict() if isinstance(article, Article) else article)


def json_line_bytes(article: Article | dict[str, Any]) -> bytes:
    """One compact JSON record as UTF-8 bytes, no newline: what a batch writes.

    orjson encodes an article about twelve times faster than the standard library's C
    encoder (which took a tenth of the time per file) and gives the same bytes as
    ``to_json_line(article).encode()``. It refuses lone surrogates, which only a source path
    brings (Python keeps a file name's undecodable bytes as surrogates): that record takes
    the standard library's encoder, and the name goes out as its own bytes.
    """
    data = article.to_dict() if isinstance(article, Article) else article
    if _fast_dumps is not None:
        try:
            return _fast_dumps(data)
        except TypeError:  # orjson.JSONEncodeError: a lone surrogate
            pass
    return to_json_line(data).encode("utf-8", "surrogateescape")


def to_json(article: Article | dict[str, Any], *, indent: int = 2) -> str:
    """Indented JSON for one article."""
    data = article.to_dict() if isinstance(article, Article) else article
    return json.dumps(data, ensure_ascii=False, indent=indent)
