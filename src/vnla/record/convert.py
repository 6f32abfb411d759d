# SPDX-License-Identifier: MIT
"""
The one cattrs converter that turns raw data (TOML or JSON) into models and back.

Built like cattrs' ``preconf.json``: :func:`make_converter` creates it and
:func:`configure_converter` adds the hooks that preconf json lacks
(``Decimal``, ``datetime.date``, and vnla's :class:`~vnla.model.records.When`).
Errors are turned into :class:`~vnla.model.errors.Problem` records with paths such
as ``$.events[3].when.end`` by :func:`problems_from`.
"""

from __future__ import annotations

import typing
from datetime import date
from decimal import Decimal
from typing import Any

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)
from cattrs.gen import make_dict_structure_fn

from vnla import model as _model
from vnla.model.errors import Problem
from vnla.model.records import When
from vnla.model.values import (
    FieldError,
    structure_date,
    structure_decimal,
    structure_when,
    unstructure_when,
)

if typing.TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "configure_converter",
    "make_converter",
    "problems_from",
    "structure_date",
    "structure_decimal",
    "structure_when",
    "unstructure_when",
]


def _strict(kind: type[Any], what: str) -> Any:
    """A hook that accepts only values already of ``kind`` (cattrs would coerce 5 to "5")."""

    def hook(value: object, _type: object) -> Any:
        if type(value) is not kind:
            msg = f"expected {what}, got {type(value).__name__} {value!r}"
            raise TypeError(msg)
        return value

    return hook


def _kind_of(value: object) -> str:
    """How a data file calls what ``value`` is: a table, an array, a string…"""
    if isinstance(value, dict):
        return "a table"
    if isinstance(value, list | tuple):
        return "an array"
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"{type(value).__name__} {value!r}"


def _integer(value: object, _type: object) -> int:
    if type(value) is not int:
        msg = f"expected an integer, got {_kind_of(value)}"
        raise TypeError(msg)
    if not -MAX_INTEGER <= value <= MAX_INTEGER:
        msg = f"integer out of range: {value!r} has more than 18 digits"
        raise ValueError(msg)
    return value


#: The largest integer a data file may hold anywhere (18 digits).
MAX_INTEGER = 10**18 - 1


def _array_hook_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Tuples are written as arrays: refuse a table or a string where an array belongs."""

    def factory(tp: Any) -> Any:
        inner = homogenous_tuple_structure_factory(tp, converter)

        def hook(value: object, _type: object) -> Any:
            if not isinstance(value, list | tuple):
                msg = f"expected an array, got {_kind_of(value)}"
                raise TypeError(msg)
            return inner(value, tp)

        return hook

    return factory


def _table_hook_factory(converter: cattrs.Converter) -> Callable[[Any], Any]:
    """Records are written as tables: refuse anything else with a plain message."""

    def factory(tp: Any) -> Any:
        inner = make_dict_structure_fn(tp, converter)

        def hook(value: object, _type: object) -> Any:
            if not isinstance(value, dict):
                msg = f"expected a table, got {_kind_of(value)}"
                raise TypeError(msg)
            return inner(value, tp)

        return hook

    return factory


def _is_homogeneous_tuple(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) is tuple and len(args) == 2 and args[1] is Ellipsis


def configure_converter(converter: cattrs.Converter) -> None:
    """Register vnla's hooks on ``converter``."""
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _integer)
    converter.register_structure_hook_factory(_is_homogeneous_tuple, _array_hook_factory(converter))
    converter.register_structure_hook_factory(attrs.has, _table_hook_factory(converter))
    converter.register_structure_hook(bool, _strict(bool, "true or false"))
    converter.register_structure_hook(date, structure_date)
    converter.register_unstructure_hook(date, date.isoformat)
    converter.register_structure_hook(When, structure_when)
    converter.register_unstructure_hook(When, unstructure_when)
    converter.register_structure_hook(Decimal, structure_decimal)
    converter.register_unstructure_hook(Decimal, str)


def make_converter() -> cattrs.Converter:
    """
    A converter for vnla's models and their JSON/TOML form.

    Unknown keys are refused, defaults are omitted when unstructuring, and
    every error is collected (detailed validation).
    """
    converter = cattrs.Converter(forbid_extra_keys=True, omit_if_default=True)
    configure_converter(converter)
    return converter


def _describe(exc: BaseException) -> str:
    if isinstance(exc, KeyError):
        detail = exc.args[0] if exc.args else ""
        if isinstance(detail, str) and " " in detail:
            return detail
        return "required field missing"
    if isinstance(exc, ForbiddenExtraKeysError):
        return f"unknown field(s) {', '.join(sorted(exc.extra_fields))}"
    text = str(exc)
    if isinstance(exc, ValueError) and " is not a valid " in text:
        # Enum lookups: "'xyz' is not a valid EventKind" -> list what is valid.
        return text + _enum_choices(text)
    if isinstance(exc, TypeError) and "missing" in text and "required" in text:
        return f"required field missing ({text.split(' missing ', 1)[1]})"
    return text or type(exc).__name__


def _enum_choices(text: str) -> str:
    name = text.rsplit(" ", 1)[-1]
    enum_type = getattr(_model, name, None)  # every enum of the model, figures.py's too
    if enum_type is None:
        return ""
    return "; expected one of " + ", ".join(repr(m.value) for m in enum_type)


def problems_from(exc: BaseException, file: str, path: str = "$") -> list[Problem]:
    """Flatten a cattrs validation error tree into :class:`Problem` records."""
    problems: list[Problem] = []
    if isinstance(exc, ClassValidationError):
        with_notes, others = exc.group_exceptions()
        for sub, note in with_notes:
            problems.extend(problems_from(sub, file, f"{path}.{note.name}"))
        for sub in others:
            problems.extend(problems_from(sub, file, path))
    elif isinstance(exc, IterableValidationError):
        with_index, others_i = exc.group_exceptions()
        for sub, inote in with_index:
            idx = inote.index
            where = f"{path}[{idx}]" if isinstance(idx, int) else f"{path}.{idx}"
            problems.extend(problems_from(sub, file, where))
        for sub in others_i:
            problems.extend(problems_from(sub, file, path))
    elif isinstance(exc, BaseValidationError | ExceptionGroup):
        for sub in exc.exceptions:
            problems.extend(problems_from(sub, file, path))
    elif isinstance(exc, FieldError):
        problems.append(Problem(file=file, path=f"{path}.{exc.field}", reason=str(exc)))
    else:
        field = getattr(exc, "vnla_field", None)  # set by the model's field validators
        where = f"{path}.{field}" if isinstance(field, str) else path
        problems.append(Problem(file=file, path=where, reason=_describe(exc)))
    return problems
