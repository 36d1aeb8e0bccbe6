"""The output contract as JSON Schema (draft 2020-12), made from the record definition.

One source of truth: the schema is built at run time from the ``Article`` dataclass (its
fields, their type hints, the docstring under each field), so a field added there is in the
schema with nothing else to edit. Only the standard library is needed (``artparse schema``
works without jsonschema, which the tests use to check records against it).

A field with ``compare=False`` (``Article.blocks``) is working state, not part of the record's
value, and is left out, as ``to_dict()`` leaves it out.
"""

from __future__ import annotations

import ast
import collections.abc
import dataclasses
import enum
import inspect
import itertools
import textwrap
import types
import typing
from typing import Any, Union

from artparse.errors import ArtparseError
from artparse.model import Article
from artparse.records import INPUT_KEY

DIALECT = "https://json-schema.org/draft/2020-12/schema"

_SIMPLE_TYPES: dict[object, str] = {
    str: "string",
    bool: "boolean",
    int: "integer",
    float: "number",
    type(None): "null",
}


class SchemaError(ArtparseError):
    """A type in the record definition has no JSON Schema counterpart here."""

    code = "schema"


def article_schema() -> dict[str, Any]:
    """The JSON Schema of one output record (``Article.to_dict()``, a line of JSON Lines)."""
    definitions: dict[str, dict[str, Any]] = {}
    root = _dataclass_schema(Article, definitions)
    root["properties"][INPUT_KEY] = {
        "type": "object",
        "description": "JSON Lines input only (not required): the input record's other fields, unchanged.",
    }
    schema: dict[str, Any] = {"$schema": DIALECT, "title": Article.__name__, **root}
    if definitions:
        schema["$defs"] = dict(sorted(definitions.items()))
    return schema


def serialised_fields(cls: type) -> list[dataclasses.Field[Any]]:
    """The fields of a record dataclass that its JSON holds: all but ``compare=False`` ones."""
    return [f for f in dataclasses.fields(cls) if f.compare]


def field_docs(cls: type) -> dict[str, str]:
    """The docstring under each field of a class, by field name ({} when the source is not shipped)."""
    try:
        source = textwrap.dedent(inspect.getsource(cls))
    except (OSError, TypeError):
        return {}
    body = ast.parse(source).body
    if not body or not isinstance(body[0], ast.ClassDef):
        return {}
    docs: dict[str, str] = {}
    statements = body[0].body
    for statement, following in itertools.pairwise(statements):
        if (
            isinstance(statement, ast.AnnAssign)
            and isinstance(statement.target, ast.Name)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            docs[statement.target.id] = inspect.cleandoc(following.value.value)
    return docs


def _dataclass_schema(cls: type, definitions: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """An object schema: every serialised field a required property, nothing else allowed."""
    hints = typing.get_type_hints(cls)
    docs = field_docs(cls)
    properties: dict[str, Any] = {}
    for field in serialised_fields(cls):
        prop = _type_schema(hints[field.name], definitions, where=f"{cls.__name__}.{field.name}")
        if field.name in docs:
            prop = {"description": docs[field.name], **prop}
        properties[field.name] = prop
    schema: dict[str, Any] = {}
    if cls.__doc__:
        schema["description"] = inspect.cleandoc(cls.__doc__)
    schema |= {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }
    return schema


def _type_schema(hint: Any, definitions: dict[str, dict[str, Any]], *, where: str) -> dict[str, Any]:
    """The schema of a value of type ``hint`` as ``to_dict()`` writes it."""
    if hint in _SIMPLE_TYPES:
        return {"type": _SIMPLE_TYPES[hint]}
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_schema([member.value for member in hint])
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        if hint.__name__ not in definitions:
            definitions[hint.__name__] = {}  # reserved first: a dataclass may refer to itself
            definitions[hint.__name__] = _dataclass_schema(hint, definitions)
        return {"$ref": f"#/$defs/{hint.__name__}"}
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin is typing.Literal:
        return _enum_schema(list(args))
    if origin in (Union, types.UnionType):
        return _union_schema(args, definitions, where=where)
    if origin in (list, tuple) and (origin is list or (len(args) == 2 and args[1] is Ellipsis)):
        return {"type": "array", "items": _type_schema(args[0], definitions, where=where)}
    if origin is tuple:
        items = [_type_schema(arg, definitions, where=where) for arg in args]
        return {"type": "array", "prefixItems": items, "items": False, "minItems": len(items)}
    if origin in (dict, collections.abc.Mapping) and args and args[0] is str:
        return {"type": "object", "additionalProperties": _type_schema(args[1], definitions, where=where)}
    raise SchemaError(f"{where}: no JSON Schema for the type {hint!r}")


def _union_schema(
    args: tuple[Any, ...], definitions: dict[str, dict[str, Any]], *, where: str
) -> dict[str, Any]:
    """``X | None`` as ``{"type": [X, "null"]}`` where X is a plain type, else ``anyOf``."""
    members = [_type_schema(arg, definitions, where=where) for arg in args]
    if all(set(member) == {"type"} and isinstance(member["type"], str) for member in members):
        return {"type": [member["type"] for member in members]}
    return {"anyOf": members}


def _enum_schema(values: list[Any]) -> dict[str, Any]:
    kinds = {_SIMPLE_TYPES.get(type(value)) for value in values}
    schema: dict[str, Any] = {"enum": values}
    if len(kinds) == 1 and None not in kinds:
        schema = {"type": kinds.pop(), **schema}
    return schema
