"""The Parquet schema of a record, derived from the ``Article`` dataclass (the output contract).

No second hand-written column list: every key of ``Article.to_dict()`` becomes a column whose
type comes from the field's annotation (``str | None`` a string, ``tuple[str, ...]`` a list of
strings, a tuple of dataclasses a list of structs, ``dict`` the JSON text of the mapping). A new
field with a type this module cannot map fails loudly (``TypeError``) instead of going missing.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import functools
import json
import types
import typing
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from artparse.model import Article

JSON_TEXT_FIELDS_KEY = b"artparse.json_text"
"""Schema metadata: the comma-separated columns that hold JSON text (a mapping such as ``spans``)."""

_SCALARS: dict[Any, Any] = {str: pa.string(), bool: pa.bool_(), int: pa.int64(), float: pa.float64()}


def contract_keys() -> tuple[str, ...]:
    """The record's keys, in order: those of ``Article.to_dict()``."""
    return tuple(Article().to_dict())


def _arrow_type(annotation: Any, json_text: list[str], name: str) -> Any:
    """The Arrow type for a field's annotation; mappings are recorded in ``json_text``."""
    origin = typing.get_origin(annotation)
    args = typing.get_args(annotation)
    if origin in (typing.Union, types.UnionType):
        present = [arg for arg in args if arg is not type(None)]
        if len(present) == 1:
            return _arrow_type(present[0], json_text, name)
    elif annotation in _SCALARS:
        return _SCALARS[annotation]
    elif origin in (tuple, list) and args:
        return pa.list_(_arrow_type(args[0], json_text, name))
    elif origin in (dict, collections.abc.Mapping):
        json_text.append(name)
        return pa.string()
    elif dataclasses.is_dataclass(annotation):
        return _struct(annotation)
    raise TypeError(f"no Parquet column type for the record field {name!r}: {annotation!r}")


def _struct(cls: Any) -> Any:
    hints = typing.get_type_hints(cls)
    fields = [pa.field(f.name, _arrow_type(hints[f.name], [], f.name)) for f in dataclasses.fields(cls)]
    return pa.struct(fields)


@functools.cache
def record_schema() -> Any:
    """The Arrow schema of a record: one column per ``to_dict()`` key, typed from ``Article``."""
    hints = typing.get_type_hints(Article)
    json_text: list[str] = []
    fields = []
    for key in contract_keys():
        if key not in hints:
            raise TypeError(f"record key {key!r} is not a field of Article: no type for its column")
        fields.append(pa.field(key, _arrow_type(hints[key], json_text, key)))
    return pa.schema(fields, metadata={JSON_TEXT_FIELDS_KEY: ",".join(json_text).encode()})


def json_text_columns(schema: Any) -> tuple[str, ...]:
    """The columns of ``schema`` that hold JSON text."""
    value = (schema.metadata or {}).get(JSON_TEXT_FIELDS_KEY, b"")
    return tuple(name for name in value.decode().split(",") if name)


def record_table(records: Iterable[dict[str, Any]]) -> Any:
    """An Arrow table of records (``to_dict()`` output) in the record schema.

    A record whose keys are not exactly the schema's is refused (``ValueError``): a field
    added to ``to_dict()`` must not be dropped silently on its way to Parquet.
    """
    schema = record_schema()
    names = set(schema.names)
    as_json = json_text_columns(schema)
    rows = []
    for record in records:
        if record.keys() != names:
            extra, missing = sorted(record.keys() - names), sorted(names - record.keys())
            raise ValueError(f"record keys differ from the Parquet schema: extra {extra}, missing {missing}")
        row = dict(record)
        for name in as_json:
            row[name] = json.dumps(row[name], ensure_ascii=False, sort_keys=False)
        rows.append(row)
    return pa.Table.from_pylist(rows, schema=schema)


def table_records(table: Any) -> list[dict[str, Any]]:
    """Records back from a table written by ``record_table`` (JSON text columns decoded)."""
    as_json = json_text_columns(record_schema())
    records = table.to_pylist()
    for record in records:
        for name in as_json:
            if record.get(name) is not None:
                record[name] = json.loads(record[name])
    return list(records)
