"""Processing inputs: one input -> one Result; many inputs -> Results in input order."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from artparse.errors import ArtparseError
from artparse.inputs import InputItem
from artparse.io import DEFAULT_MAX_BYTES, read_text
from artparse.parser import parse
from artparse.render.json import to_json_line
from artparse.state import ParseOptions


@dataclass(frozen=True, slots=True, kw_only=True)
class ExtractOptions:
    """Everything one extraction needs besides the input; built once by the CLI."""

    parse: ParseOptions = field(default_factory=ParseOptions)
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class Result:
    """The outcome for one input: a JSON record, or an error."""

    item: InputItem
    record: str | None = None
    """The article as one line of JSON."""
    error_code: str | None = None
    message: str | None = None

    @property
    def ok(self) -> bool:
        return self.record is not None


def process(item: InputItem, options: ExtractOptions) -> Result:
    """Read, decode and parse one input; every expected failure becomes an error Result."""
    if item.error:
        return Result(item, error_code="unreadable", message=item.error)
    try:
        decoded = read_text(item.path, encoding=options.encoding, max_bytes=options.max_bytes)
        article = parse(
            decoded.text,
            source=item.path,
            options=options.parse,
            encoding=decoded.encoding,
            warnings=decoded.warnings,
        )
    except ArtparseError as exc:
        return Result(item, error_code=exc.code, message=str(exc))
    return Result(item, record=to_json_line(article))


def process_all(items: Iterable[InputItem], options: ExtractOptions) -> Iterator[Result]:
    """Results in input order."""
    for item in items:
        yield process(item, options)
