"""JSON and JSON Lines."""

from __future__ import annotations

import json
from typing import Any

from artparse.model import Article

_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))
"""Built once: ``json.dumps`` with options makes a new encoder for every record."""


def to_json_line(article: Article | dict[str, Any]) -> str:
    """One compact JSON object, no newline (JSON Lines record)."""
    data = article.to_dict() if isinstance(article, Article) else article
    return _COMPACT.encode(data)


def to_json(article: Article | dict[str, Any], *, indent: int = 2) -> str:
    """Indented JSON for one article."""
    data = article.to_dict() if isinstance(article, Article) else article
    return json.dumps(data, ensure_ascii=False, indent=indent)
