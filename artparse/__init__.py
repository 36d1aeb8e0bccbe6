"""artparse: split raw article text files into title, date, authors, dateline, captions and body.

>>> import artparse
>>> art = artparse.parse("Headline\\n\\n14.10.2015\\n\\nBy Jane Doe\\n\\nFirst paragraph.")
>>> art.title, art.date, art.authors
('Headline', '2015-10-14', ('Jane Doe',))
"""

from __future__ import annotations

import importlib
import os
from typing import TYPE_CHECKING, Any

from artparse.errors import ArtparseError, BinaryInput, DecodeFailed, InputError, InputTooLarge, OptionError
from artparse.io import DEFAULT_MAX_BYTES
from artparse.output import OutputError, WriteFailed

if TYPE_CHECKING:
    from artparse.config import ConfigError
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
    "ConfigError",
    "DecodeFailed",
    "InputError",
    "InputTooLarge",
    "Kind",
    "OptionError",
    "OutputError",
    "ParseOptions",
    "WriteFailed",
    "__version__",
    "parse",
    "parse_file",
]

_LAZY = {
    "Article": "artparse.model",
    "Block": "artparse.model",
    "Caption": "artparse.model",
    "Kind": "artparse.model",
    "ConfigError": "artparse.config",
    "ParseOptions": "artparse.state",
    "parse": "artparse.parser",
}
"""Names imported when first used: the parser builds its patterns from the vocabulary, which a
user's configuration may extend first (``artparse.vocab.extend_vocabulary``)."""


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'artparse' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value


def parse_file(
    path: str | os.PathLike[str],
    *,
    options: ParseOptions | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Article:
    """Read, decode and parse one article file (``-`` reads stdin).

    A file name's undecodable bytes are shown as ``\\xNN`` in ``source``, with a warning.
    """
    from artparse.display import source_name
    from artparse.io import read_text
    from artparse.parser import parse
    from artparse.state import ParseOptions

    decoded = read_text(path, encoding=encoding, max_bytes=max_bytes)
    source, name_warning = source_name(os.fspath(path))
    return parse(
        decoded.text,
        source=source,
        options=options or ParseOptions(),
        encoding=decoded.encoding,
        warnings=decoded.warnings if name_warning is None else (*decoded.warnings, name_warning),
    )
