# SPDX-License-Identifier: MIT
"""
Plain-data forms of dates, :class:`~vnla.model.records.When` and amounts, both ways.

Used by the cattrs converter (for users' files, with error paths) and by the
snapshot loader (for the bundled data, without importing cattrs).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Final

from vnla.model.arithmetic import _AMOUNT, _AMOUNT_CHARS
from vnla.model.records import Precision, When

__all__ = [
    "FieldError",
    "structure_date",
    "structure_decimal",
    "structure_when",
    "unstructure_when",
]

# ASCII digits only ("[0-9]", not "\\d", which takes "٢٠٢٦" for 2026), matched with fullmatch.
_ISO_DAY: Final = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_ISO_MONTH: Final = re.compile(r"([0-9]{4})-([0-9]{2})")
_ISO_YEAR: Final = re.compile(r"([0-9]{4})")
_QUALIFIED_YEAR: Final = re.compile(r"(early|mid|late) ([0-9]{4})")
_ISO_RANGE: Final = re.compile(r"([0-9]{4}-[0-9]{2}-[0-9]{2})/([0-9]{4}-[0-9]{2}-[0-9]{2})")
_BOUND_KEYS: Final = frozenset({"after", "before", "not_before", "not_after"})


def structure_date(value: object, _type: object = date) -> date:
    """A ``date`` from a TOML date or an ISO ``YYYY-MM-DD`` string."""
    if isinstance(value, datetime):
        msg = f"expected a date without a time, got {value!r}"
        raise TypeError(msg)
    if isinstance(value, date):
        return value
    if isinstance(value, str) and _ISO_DAY.fullmatch(value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            msg = f"bad date {value!r}: no such day"
            raise ValueError(msg) from None
    msg = f"bad date {value!r}: expected YYYY-MM-DD"
    raise ValueError(msg)


class FieldError(ValueError):
    """A problem with one key of a date table; ``field`` extends the error's path."""

    def __init__(self, message: str, field: str) -> None:
        super().__init__(message)
        self.field = field


def _field_error(exc: Exception, name: str) -> FieldError:
    text = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
    return FieldError(str(text), name)


def structure_when(value: object, _type: object = When) -> When:  # noqa: PLR0911, PLR0912, PLR0915
    """A :class:`When` from any of the forms the data format allows."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return When.on(value)
    if isinstance(value, int) and not isinstance(value, bool):
        if not 1 <= value <= 9999:
            msg = f"bad year {value!r}: expected 1 to 9999"
            raise ValueError(msg)
        return When.in_year(value)
    if isinstance(value, str):
        if _ISO_DAY.fullmatch(value):
            return When.on(structure_date(value))
        if m := _ISO_RANGE.fullmatch(value):
            return When.between(structure_date(m[1]), structure_date(m[2]))
        if m := _ISO_MONTH.fullmatch(value):
            month = int(m[2])
            if not 1 <= month <= 12:
                msg = f"bad month {value!r}"
                raise ValueError(msg)
            return When.in_month(int(m[1]), month)
        if m := _ISO_YEAR.fullmatch(value):
            return When.in_year(int(m[1]))
        if m := _QUALIFIED_YEAR.fullmatch(value):
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
            if not isinstance(year, int) or isinstance(year, bool) or not 1 <= year <= 9999:
                raise _field_error(TypeError(f"year must be an integer from 1 to 9999, got {year!r}"), "year")
            qualifier = value.get("qualifier")
            if qualifier is not None and qualifier not in ("early", "mid", "late"):
                err = ValueError(f"qualifier must be 'early', 'mid' or 'late', got {qualifier!r}")
                raise _field_error(err, "qualifier")
            return When.in_year(year, qualifier=qualifier)
        if keys == {"month"}:
            month = value["month"]
            if not isinstance(month, str) or not _ISO_MONTH.fullmatch(month):
                raise _field_error(ValueError(f"a month is written 'YYYY-MM', got {month!r}"), "month")
            return structure_when(month)
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
        if abs(value) >= 10**30:
            msg = f"bad amount {value!r}: more than 30 digits"
            raise ValueError(msg)
        return Decimal(value)
    if isinstance(value, str):
        if not _AMOUNT.fullmatch(value) or len(value) > _AMOUNT_CHARS:
            msg = f"bad amount {value!r}: expected ASCII digits like '10000000000' or '10_000_000_000'"
            raise ValueError(msg)
        try:
            result = Decimal(value.replace("_", ""))
        except InvalidOperation:
            msg = f"bad amount {value!r}: expected digits like '10000000000'"
            raise ValueError(msg) from None
        if not result.is_finite() or result.adjusted() > 30:
            msg = f"bad amount {value!r}: must be finite and at most 30 digits before the point"
            raise ValueError(msg)
        return result
    msg = f"bad amount {value!r}"
    raise TypeError(msg)
