# SPDX-License-Identifier: MIT
"""
The one cattrs converter that turns raw data (TOML or JSON) into models and back.

Built like cattrs' ``preconf.json``: :func:`make_converter` creates it and
:func:`configure_converter` adds the hooks that preconf json lacks
(``Decimal``, ``datetime.date``, and vnla's :class:`~vnla.models.When`).
Errors are turned into :class:`~vnla.errors.Problem` records with paths such
as ``$.events[3].when.end`` by :func:`problems_from`.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Final

import cattrs
from cattrs.errors import (
    AttributeValidationNote,
    BaseValidationError,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
)

from vnla.errors import Problem
from vnla.models import Precision, When

__all__ = ["configure_converter", "make_converter", "problems_from"]

_ISO_DAY: Final = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_ISO_MONTH: Final = re.compile(r"^(\d{4})-(\d{2})$")
_ISO_YEAR: Final = re.compile(r"^(\d{4})$")
_QUALIFIED_YEAR: Final = re.compile(r"^(early|mid|late) (\d{4})$")
_ISO_RANGE: Final = re.compile(r"^(\d{4}-\d{2}-\d{2})/(\d{4}-\d{2}-\d{2})$")
_BOUND_KEYS: Final = frozenset({"after", "before", "not_before", "not_after"})


def structure_date(value: object, _type: object = date) -> date:
    """A ``date`` from a TOML date or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, datetime):
        msg = f"expected a date without a time, got {value!r}"
        raise TypeError(msg)
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            msg = f"bad date {value!r}: no such day"
            raise ValueError(msg) from None
    msg = f"bad date {value!r}: expected YYYY-MM-DD"
    raise ValueError(msg)


def _field_error(exc: Exception, name: str) -> ClassValidationError:
    exc.__notes__ = [AttributeValidationNote(f"Structuring When @ attribute {name}", name, date)]
    return ClassValidationError(f"While structuring When ({name})", [exc], When)


def structure_when(value: object, _type: object = When) -> When:  # noqa: PLR0911, PLR0912
    """A :class:`When` from any of the forms the data format allows."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return When.on(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return When.in_year(value)
    if isinstance(value, str):
        if _ISO_DAY.match(value):
            return When.on(structure_date(value))
        if m := _ISO_RANGE.match(value):
            return When.between(structure_date(m[1]), structure_date(m[2]))
        if m := _ISO_MONTH.match(value):
            month = int(m[2])
            if not 1 <= month <= 12:
                msg = f"bad month {value!r}"
                raise ValueError(msg)
            return When.in_month(int(m[1]), month)
        if m := _ISO_YEAR.match(value):
            return When.in_year(int(m[1]))
        if m := _QUALIFIED_YEAR.match(value):
            return When.in_year(int(m[2]), qualifier=m[1])
        msg = (
            f"bad date {value!r}: expected YYYY-MM-DD, YYYY-MM, YYYY, "
            "'early YYYY', or a table with start/end or bounds"
        )
        raise ValueError(msg)
    if isinstance(value, dict):
        keys = set(value)
        if keys <= {"start", "end"} and keys:
            missing = {"start", "end"} - keys
            if missing:
                raise _field_error(KeyError(f"a range needs {missing.pop()!r}"), missing.pop())
            start = structure_date(value["start"])
            try:
                end = structure_date(value["end"])
            except (TypeError, ValueError) as exc:
                raise _field_error(exc, "end") from None
            if end < start:
                err = ValueError(f"end before start: {end.isoformat()} < {start.isoformat()}")
                raise _field_error(err, "end")
            return When.between(start, end)
        if keys <= {"year", "qualifier"} and "year" in keys:
            year = value["year"]
            if not isinstance(year, int) or isinstance(year, bool):
                raise _field_error(TypeError(f"year must be an integer, got {year!r}"), "year")
            return When.in_year(year, qualifier=value.get("qualifier"))
        if keys == {"month"}:
            return structure_when(str(value["month"]))
        if keys and keys <= _BOUND_KEYS:
            bounds = {}
            for key in sorted(keys):
                try:
                    bounds[key] = structure_date(value[key])
                except (TypeError, ValueError) as exc:
                    raise _field_error(exc, key) from None
            return When.bounded(**bounds)
        msg = (
            f"bad date table with keys {sorted(keys)}: expected start/end, year/qualifier, "
            "month, or bounds (after, before, not_before, not_after)"
        )
        raise ValueError(msg)
    msg = f"bad date {value!r}"
    raise TypeError(msg)


def unstructure_when(when: When) -> object:
    """The most compact form that :func:`structure_when` reads back to the same value."""
    lo, hi = when.earliest, when.latest
    if when.precision is Precision.DAY and lo is not None:
        return lo.isoformat()
    if when.precision is Precision.RANGE and lo is not None and hi is not None:
        return {"start": lo.isoformat(), "end": hi.isoformat()}
    if when.precision is Precision.MONTH and lo is not None:
        return f"{lo.year:04d}-{lo.month:02d}"
    if when.precision is Precision.YEAR and lo is not None:
        if when.qualifier:
            return {"year": lo.year, "qualifier": when.qualifier}
        return f"{lo.year:04d}"
    bounds = {}
    if lo is not None:
        bounds["not_before"] = lo.isoformat()
    if hi is not None:
        bounds["not_after"] = hi.isoformat()
    return bounds


def structure_decimal(value: object, _type: object = Decimal) -> Decimal:
    """An exact ``Decimal`` from a string or an integer; floats are refused as lossy."""
    if isinstance(value, bool | float):
        msg = f"amounts must be written as strings or integers to stay exact, got {value!r}"
        raise TypeError(msg)
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, str):
        try:
            result = Decimal(value.replace("_", ""))
        except InvalidOperation:
            msg = f"bad amount {value!r}: expected digits like '10000000000'"
            raise ValueError(msg) from None
        if not result.is_finite():
            msg = f"bad amount {value!r}: must be finite"
            raise ValueError(msg)
        return result
    msg = f"bad amount {value!r}"
    raise TypeError(msg)


def _strict(kind: type[Any], what: str) -> Any:
    """A hook that accepts only values already of ``kind`` (cattrs would coerce 5 to "5")."""

    def hook(value: object, _type: object) -> Any:
        if type(value) is not kind:
            msg = f"expected {what}, got {type(value).__name__} {value!r}"
            raise TypeError(msg)
        return value

    return hook


def configure_converter(converter: cattrs.Converter) -> None:
    """Register vnla's hooks on ``converter``."""
    converter.register_structure_hook(str, _strict(str, "a string"))
    converter.register_structure_hook(int, _strict(int, "an integer"))
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
    from vnla import models

    name = text.rsplit(" ", 1)[-1]
    enum_type = getattr(models, name, None)
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
    else:
        problems.append(Problem(file=file, path=path, reason=_describe(exc)))
    return problems
