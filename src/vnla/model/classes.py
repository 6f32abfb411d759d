# SPDX-License-Identifier: MIT
"""
How the model's record classes are made: :func:`attrs.frozen`, minus the code a first load does not need.

attrs writes each class's methods as Python source and compiles it when the class
is created, in every process: for the model's forty-odd classes that compiling was
the largest single cost of a first :func:`vnla.dataset` after importing attrs itself.
:func:`frozen` here is :func:`attrs.frozen` with three changes, none of which a
user of the classes can see:

* no generated ``__repr__`` (``repr=False``): every record class gets a one-line
  repr of its own from :mod:`vnla.model.records` (attrs' repr of the joint
  statement ran to 34,000 characters), so the generated one was compiled to be replaced;
* ``__eq__`` and ``__hash__`` are shared functions reading the fields through one
  :func:`operator.attrgetter` per class, instead of compiled per class: the same
  meaning as attrs' (equal when of the same class with equal fields, fields marked
  ``eq=False`` left out, a hash from the fields that take part in it), and no slower;
* each converter is wrapped once in an :class:`attrs.Converter`, shared by every
  field that converts with it: attrs wraps a plain function in a new one per field,
  reading its signature each time (:func:`inspect.signature`, 75 times in the model);
  the builtin :class:`tuple` is first replaced by a Python function that calls it,
  whose signature is read without parsing text.  The generated ``__init__`` is the same.

The classes stay frozen, slotted, keyword-only attrs classes (:func:`attrs.has`,
:func:`attrs.fields`, :func:`attrs.evolve` and cattrs work as before) and pickle
with the standard library.  Type checkers see :func:`attrs.frozen` itself, so its
mypy plugin types the constructors.

>>> @frozen(kw_only=True)
... class Point:
...     x: int
...     y: int = 0
>>> Point(x=1) == Point(x=1, y=0), Point(x=1) == Point(x=2), hash(Point(x=1)) == hash(Point(x=1))
(True, False, True)
>>> attrs.has(Point), attrs.fields(Point).y.default
(True, 0)
"""

from __future__ import annotations

import operator
from typing import TYPE_CHECKING, Any

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["frozen"]


def _as_tuple(value: Any) -> tuple[Any, ...]:
    """``tuple(value)``, as a Python function (attrs reads its signature without parsing text)."""
    return tuple(value)


#: One :class:`attrs.Converter` per converter function, shared by every field that converts with it.
_CONVERTERS: dict[Callable[[Any], Any], attrs.Converter[Any, Any]] = {}


def _shared_converter(function: Callable[[Any], Any]) -> attrs.Converter[Any, Any]:
    """The one :class:`attrs.Converter` of ``function`` (whose signature attrs reads once, here)."""
    found = _CONVERTERS.get(function)
    if found is None:
        found = _CONVERTERS[function] = attrs.Converter(function)
    return found


def _transform(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    out: list[attrs.Attribute[Any]] = []
    for a in fields:
        converter: Any = a.converter
        if converter is not None and not isinstance(converter, attrs.Converter):
            converter = _shared_converter(_as_tuple if converter is tuple else converter)
            a = a.evolve(converter=converter)  # noqa: PLW2901
        out.append(a)
    return out


def _getter(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving the values of ``names`` of an object, as a tuple."""
    if len(names) > 1:
        getter: Callable[[Any], tuple[Any, ...]] = operator.attrgetter(*names)
        return getter
    if names:
        one = operator.attrgetter(names[0])
        return lambda obj: (one(obj),)
    return lambda _obj: ()


def _add_eq_and_hash(cls: type[Any]) -> None:
    fields = attrs.fields(cls)
    compared = _getter([a.name for a in fields if a.eq])
    hashed = _getter([a.name for a in fields if (a.eq if a.hash is None else a.hash)])
    seed = hash(f"{cls.__module__}.{cls.__qualname__}")

    def __eq__(self: Any, other: object) -> bool:  # noqa: N807 - installed as the class's method
        if other.__class__ is not self.__class__:
            return NotImplemented
        return compared(self) == compared(other)

    def __hash__(self: Any) -> int:  # noqa: N807
        return hash((seed, *hashed(self)))

    for method in (__eq__, __hash__):
        method.__qualname__ = f"{cls.__qualname__}.{method.__name__}"
        method.__module__ = cls.__module__
        setattr(cls, method.__name__, method)


def _frozen(maybe_cls: type[Any] | None = None, /, **options: Any) -> Any:
    """:func:`attrs.frozen` without the generated repr, eq and hash (see the module's docstring)."""
    if options.pop("eq", True) is not True or "repr" in options or "field_transformer" in options:
        msg = f"vnla.model.classes.frozen decides eq, repr and field_transformer itself, got {options}"
        raise TypeError(msg)

    def wrap(cls: type[Any]) -> type[Any]:
        # A class that writes its own __eq__ or __hash__ keeps them, as attrs' auto_detect would.
        own = "__eq__" in vars(cls) or "__hash__" in vars(cls)
        made: type[Any] = attrs.frozen(cls, repr=False, eq=False, field_transformer=_transform, **options)
        if not own:
            _add_eq_and_hash(made)
        return made

    return wrap if maybe_cls is None else wrap(maybe_cls)


if TYPE_CHECKING:
    from attrs import frozen
else:
    frozen = _frozen
