# SPDX-License-Identifier: MIT
"""
The types of a model class's fields, resolved without :func:`typing.get_type_hints`.

The model modules use ``from __future__ import annotations``, so every field's
type is a string such as ``"tuple[Evidence, ...]"`` or ``"When | None"``.
:func:`typing.get_type_hints` evaluates each one by compiling it, which costs a
first :func:`vnla.dataset` more than reading the data.  The forms the models use
are few (a name, ``X | None``, ``tuple[X, ...]``); they are read here by looking
names up in the class's module, and anything else falls back to
:func:`typing.get_type_hints`.

>>> from vnla.model.records import Evidence, Name
>>> field_types(Name)["evidence"]
tuple[vnla.model.records.Evidence, ...]
>>> field_types(Evidence)["note"]
str | None
"""

from __future__ import annotations

import builtins
import functools
import sys
import types
import typing
from types import MappingProxyType
from typing import Any

import attrs

if typing.TYPE_CHECKING:
    from collections.abc import Mapping

__all__ = ["field_types", "optional_inner"]

_UNRESOLVED: Any = object()


def _name(text: str, namespace: dict[str, Any]) -> Any:
    if text == "None":
        return type(None)
    if text.isidentifier():
        found = namespace.get(text, _UNRESOLVED)
        if found is _UNRESOLVED:
            found = getattr(builtins, text, _UNRESOLVED)
        return found if isinstance(found, type) or found is Any else _UNRESOLVED
    return _UNRESOLVED


def _parse(text: str, namespace: dict[str, Any]) -> Any:
    text = text.strip()
    if text.startswith("tuple[") and text.endswith(", ...]"):
        inner = _parse(text[len("tuple[") : -len(", ...]")], namespace)
        return _UNRESOLVED if inner is _UNRESOLVED else tuple[inner, ...]  # type: ignore[valid-type]
    if "|" in text and "[" not in text:
        parts = [_name(part.strip(), namespace) for part in text.split("|")]
        if _UNRESOLVED in parts:
            return _UNRESOLVED
        return functools.reduce(lambda a, b: a | b, parts)
    return _name(text, namespace)


@functools.cache
def field_types(cls: type[Any]) -> Mapping[str, Any]:
    """
    Each field's type, by field name: the same as :func:`typing.get_type_hints` gives.

    Cached per class, as a read-only mapping.
    """
    namespace = vars(sys.modules[cls.__module__])
    out: dict[str, Any] = {}
    for attribute in attrs.fields(cls):
        tp = attribute.type
        resolved = _parse(tp, namespace) if isinstance(tp, str) else tp
        if resolved is _UNRESOLVED:
            return MappingProxyType(typing.get_type_hints(cls))
        out[attribute.name] = resolved
    return MappingProxyType(out)


def optional_inner(tp: Any) -> Any:
    """``X`` for ``X | None``; ``tp`` itself otherwise."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        options = [a for a in typing.get_args(tp) if a is not type(None)]
        if len(options) == 1:
            return options[0]
    return tp
