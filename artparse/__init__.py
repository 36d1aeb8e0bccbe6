"""artparse: split raw article text files into title, date, authors, dateline, captions and body.

>>> import artparse
>>> art = artparse.parse("Headline\\n\\n14.10.2015\\n\\nBy Jane Doe\\n\\nFirst paragraph.")
>>> art.title, art.date, art.authors
('Headline', '2015-10-14', ('Jane Doe',))
"""

from __future__ import annotations

import os

from artparse.errors import ArtparseError, BinaryInput, DecodeFailed, InputError, InputTooLarge
from artparse.io import DEFAULT_MAX_BYTES, read_text
from artparse.model import Article, Block, Caption, Kind
from artparse.parser import parse
from artparse.state import ParseOptions

__version__ = "0.1.0"
__all__ = [
    "Article",
    "ArtparseError",
    "BinaryInput",
    "Block",
    "Caption",
    "DecodeFailed",
    "InputError",
    "InputTooLarge",
    "Kind",
    "ParseOptions",
    "__version__",
    "parse",
    "parse_file",
]


def parse_file(
    path: str | os.PathLike[str],
    *,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read, decode and parse one article file (``-`` reads stdin)."""
    decoded = read_text(path, encoding=encoding, max_bytes=max_bytes)
    return parse(
        decoded.text,
        source=os.fspath(path),
        options=options or ParseOptions(),
        encoding=decoded.encoding,
        warnings=decoded.warnings,
    )
