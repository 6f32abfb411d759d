# SPDX-License-Identifier: MIT
"""A JSON Schema of the data format, generated from the models so it cannot drift."""

from __future__ import annotations

import enum
import functools
import types
import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs

from vnla.model.records import ID_PATTERN, LANG_PATTERN, When
from vnla.record.dataset import COLLECTIONS

__all__ = ["json_schema"]

_DATE: dict[str, Any] = {"type": "string", "format": "date"}
_WHEN: dict[str, Any] = {
    "description": "A date as precisely as known: a day, a range, a month, a year or bounds.",
    "anyOf": [
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$", "description": "a day"},
        {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$", "description": "a range"},
        {"type": "string", "pattern": r"^\d{4}-\d{2}$", "description": "a month"},
        {"type": "string", "pattern": r"^(?:(?:early|mid|late) )?\d{4}$", "description": "a year"},
        {"type": "integer", "description": "a year"},
        {
            "type": "object",
            "properties": {"start": _DATE, "end": _DATE},
            "required": ["start", "end"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": {"year": {"type": "integer"}, "qualifier": {"enum": ["early", "mid", "late"]}},
            "required": ["year"],
            "additionalProperties": False,
        },
        {
            "type": "object",
            "properties": dict.fromkeys(("after", "before", "not_before", "not_after"), _DATE),
            "minProperties": 1,
            "additionalProperties": False,
        },
    ],
}


def _schema_for(tp: Any, defs: dict[str, Any], field_name: str = "") -> dict[str, Any]:  # noqa: PLR0911
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return _schema_for(options[0], defs, field_name)
        return {"anyOf": [_schema_for(a, defs, field_name) for a in options]}
    if origin is tuple:
        return {"type": "array", "items": _schema_for(typing.get_args(tp)[0], defs, field_name)}
    if tp is str:
        if field_name == "id":
            return {"type": "string", "pattern": ID_PATTERN.pattern}
        if field_name == "lang":
            return {"type": "string", "pattern": LANG_PATTERN.pattern}
        return {"type": "string", "minLength": 1}
    if tp is bool:
        return {"type": "boolean"}
    if tp is int:
        return {"type": "integer", "minimum": 1}
    if tp is Decimal:
        return {
            "description": "an exact amount, written as a string or an integer",
            "anyOf": [
                {"type": "string", "pattern": r"^\d[\d_]*(?:\.\d+)?(?:[eE]\+?\d+)?$"},
                {"type": "integer"},
            ],
        }
    if tp is date:
        return _DATE
    if tp is When:
        return {"$ref": "#/$defs/When"}
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return {"enum": [m.value for m in tp]}
    if isinstance(tp, type) and attrs.has(tp):
        _define(tp, defs)
        return {"$ref": f"#/$defs/{tp.__name__}"}
    return {}


def _define(cls: type[Any], defs: dict[str, Any]) -> None:
    if cls.__name__ in defs:
        return
    defs[cls.__name__] = {}  # placeholder against recursion
    hints = typing.get_type_hints(cls)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for attribute in attrs.fields(cls):
        if not attribute.init:
            continue
        properties[attribute.name] = _schema_for(hints[attribute.name], defs, attribute.name)
        if attribute.default is attrs.NOTHING:
            required.append(attribute.name)
    defs[cls.__name__] = {
        "type": "object",
        "description": (cls.__doc__ or "").strip().split("\n\n")[0],
        "properties": properties,
        "required": required,
        "additionalProperties": False,
    }


@functools.cache
def _cached_schema() -> dict[str, Any]:
    defs: dict[str, Any] = {"When": _WHEN}
    properties: dict[str, Any] = {"schema_version": {"const": 1}}
    for key, cls, _kind in COLLECTIONS:
        _define(cls, defs)
        properties[key] = {"type": "array", "items": {"$ref": f"#/$defs/{cls.__name__}"}}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://vnla.invalid/schema/v1.json",
        "title": "vnla data file",
        "type": "object",
        "properties": properties,
        "additionalProperties": False,
        "$defs": dict(sorted(defs.items())),
    }


def json_schema() -> dict[str, Any]:
    """
    The JSON Schema (draft 2020-12) of a vnla data file or JSON export.

    A fresh copy each call, generated from the model classes.

    >>> import vnla
    >>> schema = vnla.json_schema()
    >>> schema["$defs"]["Target"]["required"]
    ['id', 'metric', 'description', 'horizon']
    """
    import copy

    return copy.deepcopy(_cached_schema())
