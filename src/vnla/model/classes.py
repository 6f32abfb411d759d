# SPDX-License-Identifier: MIT
"""
How the model's record classes are made: :func:`attrs.frozen`, minus the code a first load does not need.

attrs writes each class's methods as Python source and compiles it when the class
is created, in every process: for the model's forty-odd classes that compiling was
the largest single cost of a first :func:`vnla.dataset` after importing attrs itself.
:func:`frozen` here is :func:`attrs.frozen` with four changes, and :func:`field` is
:func:`attrs.field` with the two that are made field by field; none of them changes
what the classes do, and one shows in introspection (``attrs.fields(cls).x.validator`` is
the class's combined validator on its first validated field and ``None`` on the others):

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
  whose signature is read without parsing text.  The generated ``__init__`` is the same;
* the validators of a class's fields run as one (:class:`FieldValidators`): attrs
  writes a line of ``__init__`` per validated field, a third of the code it compiled
  for the model, and compiling it was the largest part of importing the model.  Each
  validator is still called with its own field and value, in field order, by
  ``__init__``, :func:`attrs.evolve` and :func:`attrs.validate`, and not when
  :func:`attrs.validators.disabled` turns validators off.  :func:`field` keeps a
  field's validator in its metadata (:data:`VALIDATOR`) for :func:`frozen` to gather,
  so the class's Attributes change once per class, not once per field
  (:meth:`attrs.Attribute.evolve` copies through :mod:`copy`).

The classes stay frozen, slotted, keyword-only attrs classes (:func:`attrs.has`,
:func:`attrs.fields`, :func:`attrs.evolve` and cattrs work as before) and pickle
with the standard library.  Type checkers see :func:`attrs.frozen` and
:func:`attrs.field` themselves, so attrs' mypy plugin types the constructors.
A field made by :func:`field` must be in a class made by :func:`frozen`, which runs its
validator (``tests/test_model_classes.py`` checks every class of vnla).

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
from typing import TYPE_CHECKING, Any, Final

import attrs

if TYPE_CHECKING:
    from collections.abc import Callable, Mapping

__all__ = ["FieldValidators", "VALIDATOR", "field", "frozen"]  # noqa: RUF022 - plain sorted(), which tests/test_api.py checks


def _as_tuple(value: Any) -> tuple[Any, ...]:
    """``tuple(value)``, as a Python function (attrs reads its signature without parsing text)."""
    return tuple(value)


#: One :class:`attrs.Converter` per converter function, shared by every field that converts with it.
_CONVERTERS: dict[Callable[[Any], Any], attrs.Converter[Any, Any]] = {}


def _shared_converter(function: Callable[[Any], Any]) -> attrs.Converter[Any, Any]:
    """
    The one :class:`attrs.Converter` of ``function`` (whose signature attrs reads once, here);
    the builtin :class:`tuple` is first replaced by :func:`_as_tuple`.
    """
    if function is tuple:
        function = _as_tuple
    found = _CONVERTERS.get(function)
    if found is None:
        found = _CONVERTERS[function] = attrs.Converter(function)
    return found


#: The metadata key under which :func:`field` keeps a field's validator for :func:`frozen` to run.
VALIDATOR: Final = "vnla.validator"


class FieldValidators:
    """
    The validators of a class's own fields, run as one validator carried by the first of them.

    attrs writes a line of ``__init__`` for each field with a validator; a class made by
    :func:`frozen` has one such line, whose validator calls each field's validators in
    field order, with the field and its value, as attrs' lines would.  It is what
    :func:`attrs.fields` shows as the first validated field's validator (the others show
    none; each field's own is in its metadata under :data:`VALIDATOR`); it runs when
    :func:`attrs.validate` runs validators, and not when :func:`attrs.validators.disabled`
    turns them off.

    >>> from vnla.model.records import Name
    >>> attrs.fields(Name).text.validator, attrs.fields(Name).lang.validator
    (<validators of the fields text, lang>, None)
    """

    __slots__ = ("_checks", "names", "validators")

    def __init__(self, names: tuple[str, ...], validators: tuple[Any, ...]) -> None:
        #: the fields' names and their validators, in field order
        self.names = names
        self.validators = validators
        self._checks: tuple[tuple[attrs.Attribute[Any], Any], ...] = ()

    def bind(self, fields: Any) -> None:
        """Pass each validator its field as the class has it (called once the class is made)."""
        self._checks = tuple(
            (getattr(fields, n), v) for n, v in zip(self.names, self.validators, strict=True)
        )

    def __call__(self, instance: Any, _attribute: attrs.Attribute[Any], _value: Any) -> None:
        for attribute, validator in self._checks:
            validator(instance, attribute, getattr(instance, attribute.name))

    def __repr__(self) -> str:
        return f"<validators of the fields {', '.join(self.names)}>"


def _field(
    *,
    validator: Any = None,
    converter: Any = None,
    metadata: Mapping[Any, Any] | None = None,
    **options: Any,
) -> Any:
    """:func:`attrs.field`, its converter shared, its validator kept for :func:`frozen` (see the module)."""
    if converter is not None and not isinstance(converter, (attrs.Converter, list, tuple)):
        converter = _shared_converter(converter)
    if validator is not None:
        if isinstance(validator, (list, tuple)):
            validator = attrs.validators.and_(*validator)
        metadata = {**(metadata or {}), VALIDATOR: validator}
    return attrs.field(converter=converter, metadata=metadata, **options)


def _transform(_cls: type, fields: list[attrs.Attribute[Any]]) -> list[attrs.Attribute[Any]]:
    # The class's own validated fields, each with its validators in attrs' order: field(validator=)
    # first, then those added by the @x.validator decorator (on the field itself).
    own: list[tuple[attrs.Attribute[Any], tuple[Any, ...]]] = []
    for a in fields:
        if a.inherited:  # type: ignore[attr-defined] # attrs' stubs leave it out
            continue
        found = tuple(v for v in (a.metadata.get(VALIDATOR), a.validator) if v is not None)
        if found:
            own.append((a, found))
    combined = FieldValidators(
        tuple(a.name for a, found in own for _v in found), tuple(v for _a, found in own for v in found)
    )
    carrier = own[0][0] if own else None
    out: list[attrs.Attribute[Any]] = []
    for a in fields:
        changes: dict[str, Any] = {}
        converter: Any = a.converter
        if converter is not None and not isinstance(converter, attrs.Converter):  # set by attrs.field
            changes["converter"] = _shared_converter(converter)
        if a is carrier:
            changes["validator"] = combined
        elif a.validator is not None and not a.inherited:  # type: ignore[attr-defined]
            changes["validator"] = None
        out.append(a.evolve(**changes) if changes else a)
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
        fields = attrs.fields(made)
        for a in fields:
            if isinstance(a.validator, FieldValidators) and not a.inherited:
                a.validator.bind(fields)
        if not own:
            _add_eq_and_hash(made)
        return made

    return wrap if maybe_cls is None else wrap(maybe_cls)


if TYPE_CHECKING:
    from attrs import field, frozen
else:
    field = _field
    frozen = _frozen
