# SPDX-License-Identifier: MIT
"""
The dataset as flat tables: one row per record, columns a spreadsheet or a data frame can hold.

Every collection of the dataset (``people``, ``events``…) is a table with one
row per record, and what a record holds several of gets a table of its own,
keyed by the record's id:

======================  ==========================================================
table                   one row per
======================  ==========================================================
a collection            record; ``id`` first
``names``               name of any record (``record``, ``lang``, ``kind``, ``text``)
``offices``             office a person held (``record`` is the person)
``participants``        participant of an event (``record`` is the event)
``clauses``             numbered clause of a document (``record`` is the document)
``changes``             stated change of a figure (``record`` is the figure)
``date_constraints``    date constraint of a source or an event
``evidence``            quote behind any fact: ``record``, ``path`` in the record
                        (``$.names[0].evidence[0]``), ``source``, ``quote``, ``note``
======================  ==========================================================

How a field becomes columns:

* an id, a text, a number: one column of the field's name; an amount is an
  exact :class:`~decimal.Decimal` (a ``number`` in the Data Package);
* an enum: its value (``"state-visit"``);
* names: ``name_en``, ``name_vi``, ``name_lo``, the preferred name in each language
  (every name, variants included, is in the ``names`` table);
* a date (:class:`~vnla.model.records.When`): ``start``, ``end``, ``earliest``,
  ``latest``, ``precision`` and ``qualifier``, prefixed by the field's name unless
  it is ``when`` (``signed_earliest``, ``period_latest``); ``start``/``end`` are
  empty unless the days are known exactly, ``earliest``/``latest`` are the
  inclusive bounds;
* a list of ids: the ids joined by ``;`` (``"to-lam;thongloun-sisoulith"``);
* a nested value (a target's ``horizon``, a clause's ``mentions``): its fields,
  prefixed (``horizon_kind``, ``mentions_people``).

>>> import vnla
>>> row = rows(vnla.dataset(), "events")[0]
>>> row["id"], row["kind"], row["start"], row["end"], row["precision"]
('visit-2025-12-laos', 'state-visit', datetime.date(2025, 12, 1), datetime.date(2025, 12, 2), 'range')
>>> [c.name for c in columns("people")][:5]
['id', 'name_en', 'name_vi', 'name_lo', 'country']

.. versionadded:: 0.2
"""

from __future__ import annotations

import enum
import functools
import typing
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs
from attrs import frozen

from vnla.model.coerce import suggest
from vnla.model.collections import COLLECTIONS
from vnla.model.records import Evidence, Name, NameKind, When

if TYPE_CHECKING:
    from collections.abc import Iterator

    import pandas
    import pyarrow

    from vnla.record.dataset import Dataset

__all__ = [
    "Column",
    "arrow_schema",
    "columns",
    "rows",
    "table_names",
    "to_arrow",
    "to_frame",
]

#: The languages whose preferred names get a column each.
LANGUAGES: Final = ("en", "vi", "lo")
#: What joins a list of ids in one cell.
SEPARATOR: Final = ";"
#: The tables of what a record holds several of: (table, field name), in output order.
_CHILD_FIELDS: Final = ("offices", "participants", "clauses", "changes", "date_constraints")
_DATE_PARTS: Final = ("start", "end", "earliest", "latest", "precision", "qualifier")


@frozen
class Column:
    """
    One column of a table: its name, its Table Schema type, and what it holds.

    ``type`` is a Frictionless Table Schema type (``string``, ``integer``,
    ``number``, ``boolean``, ``date``); ``values`` the allowed values of an enum
    column; ``ref`` the collection a column of ids points at (a foreign key),
    when it points at one kind of record.
    """

    name: str
    type: str
    description: str = ""
    values: tuple[str, ...] = ()
    ref: str | None = None
    required: bool = False


_COLLECTION_OF_KIND: Final = {kind: key for key, _cls, kind in COLLECTIONS}
_CLASS_OF_TABLE: Final = {key: cls for key, cls, _kind in COLLECTIONS}


def table_names() -> tuple[str, ...]:
    """Every table: the collections in loading order, then the tables of nested values."""
    return (*(key for key, _cls, _kind in COLLECTIONS), "names", *_CHILD_FIELDS, "evidence")


def _check_table(table: str) -> None:
    if table not in table_names():
        hint = suggest(table, table_names(), limit=1)
        near = f"; did you mean {hint[0]!r}?" if hint else ""
        msg = f"unknown table {table!r}{near} Valid: {', '.join(table_names())}"
        raise ValueError(msg)


def _unwrap(tp: Any) -> tuple[Any, bool]:
    """The type inside ``X | None``, and whether ``None`` was allowed."""
    args = typing.get_args(tp)
    if args and type(None) in args:
        rest = [a for a in args if a is not type(None)]
        if len(rest) == 1:
            return rest[0], True
    return tp, False


def _child_class(cls: type[Any], field_name: str) -> type[Any] | None:
    hint = typing.get_type_hints(cls).get(field_name)
    args = typing.get_args(hint)
    return args[0] if args and attrs.has(args[0]) else None


@functools.cache
def _owners(field_name: str) -> tuple[tuple[str, type[Any]], ...]:
    """The collections whose records have a tuple of nested records called ``field_name``."""
    out = []
    for key, cls, _kind in COLLECTIONS:
        if any(a.name == field_name for a in attrs.fields(cls)) and _child_class(cls, field_name):
            out.append((key, cls))
    return tuple(out)


def _field_columns(cls: type[Any], prefix: str = "") -> Iterator[tuple[Column, tuple[str, ...], str]]:
    """``(column, attribute path, how)`` for each flat column of ``cls``; ``how`` says how to read it."""
    hints = typing.get_type_hints(cls)
    for attribute in attrs.fields(cls):
        name = attribute.name
        tp, optional = _unwrap(hints[name])
        refs = attribute.metadata.get("ref", ())
        ref = _COLLECTION_OF_KIND.get(refs[0]) if len(refs) == 1 and refs[0] != "*" else None
        origin = typing.get_origin(tp)
        label = f"{prefix}{name}"
        if name == "names":
            for lang in LANGUAGES:
                yield Column(f"{prefix}name_{lang}", "string", f"preferred name in {lang!r}"), (name,), lang
            continue
        if origin is tuple:
            inner = typing.get_args(tp)[0]
            if inner is str:
                yield Column(label, "string", f"ids joined by {SEPARATOR!r}"), (name,), "ids"
            continue  # evidence and nested records: tables of their own
        if tp is When:
            stem = "" if name == "when" else f"{label}_"
            if name == "when" and prefix:
                stem = prefix
            for part in _DATE_PARTS:
                kind = "date" if part in ("start", "end", "earliest", "latest") else "string"
                values = (
                    tuple(p.value for p in type(When.on(date.min).precision)) if part == "precision" else ()
                )
                yield Column(f"{stem}{part}", kind, f"{name}: {part}", values), (name,), part
            continue
        if isinstance(tp, type) and attrs.has(tp):
            for column, path, how in _field_columns(tp, f"{label}_"):
                yield column, (name, *path), how
            continue
        required = not optional and attribute.default is attrs.NOTHING
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            values = tuple(str(m.value) for m in tp)
            yield Column(label, "string", tp.__name__, values, required=required), (name,), "enum"
        elif tp is bool:
            yield Column(label, "boolean", required=required), (name,), "plain"
        elif tp is int:
            yield Column(label, "integer", required=required), (name,), "plain"
        elif tp is Decimal:
            yield Column(label, "number", "exact decimal", required=required), (name,), "plain"
        else:
            yield Column(label, "string", ref=ref, required=required), (name,), "plain"


@functools.cache
def _plan(table: str) -> tuple[tuple[Column, tuple[str, ...], str], ...]:
    if table in _CLASS_OF_TABLE:
        cls = _CLASS_OF_TABLE[table]
        plan = list(_field_columns(cls))
        plan[0] = (attrs.evolve(plan[0][0], required=True), *plan[0][1:])
        return tuple(plan)
    record = (Column("record", "string", "id of the record it belongs to", required=True), (), "record")
    position = (
        Column("position", "integer", "its place in the record's list, from 0", required=True),
        (),
        "i",
    )
    if table == "names":
        return (record, position, *_field_columns(Name))
    if table == "evidence":
        path = (Column("path", "string", "where in the record, as $.field[i]", required=True), (), "path")
        return (record, path, *_field_columns(Evidence))
    owners = _owners(table)
    child = _child_class(owners[0][1], table)
    assert child is not None
    if len(owners) == 1:
        record = (attrs.evolve(record[0], ref=owners[0][0]), (), "record")
    return (record, position, *_field_columns(child))


def columns(table: str) -> tuple[Column, ...]:
    """
    The columns of a table, in order (see the module's documentation for how fields map to columns).

    Raises:
        ValueError: ``table`` is not one of :func:`table_names` (with the nearest one).
    """
    _check_table(table)
    return tuple(column for column, _path, _how in _plan(table))


def _cell(value: Any, how: str) -> object:  # noqa: PLR0911 - one return per kind of cell
    if how == "plain":
        return value
    if value is None:
        return None
    if how == "enum":
        return value.value
    if how == "ids":
        return SEPARATOR.join(value) if value else None
    if how in LANGUAGES:
        found = [n.text for n in value if n.kind is NameKind.PREFERRED and n.lang == how]
        return found[0] if found else None
    when: When = value
    if how == "precision":
        return when.precision.value
    return getattr(when, how)


def _row(
    obj: object, plan: tuple[tuple[Column, tuple[str, ...], str], ...], **fixed: object
) -> dict[str, object]:
    row: dict[str, object] = {}
    for column, path, how in plan:
        if not path:
            row[column.name] = fixed.get(how)
            continue
        value: Any = obj
        for step in path:
            value = getattr(value, step) if value is not None else None
        row[column.name] = _cell(value, how)
    return row


def rows(ds: Dataset, table: str) -> list[dict[str, object]]:
    """
    The rows of a table, as dictionaries of column name to value (``None`` for empty).

    Raises:
        ValueError: ``table`` is not one of :func:`table_names` (with the nearest one).
    """
    _check_table(table)
    plan = _plan(table)
    if table in _CLASS_OF_TABLE:
        return [_row(record, plan) for record in getattr(ds, table)]
    out: list[dict[str, object]] = []
    if table == "evidence":
        for citation in ds.citations():
            out.append(_row(citation.evidence, plan, record=citation.record, path=citation.path))
        return out
    owners = _owners(table) if table != "names" else tuple((k, c) for k, c, _ in COLLECTIONS)
    for key, _cls in owners:
        for record in getattr(ds, key):
            for i, item in enumerate(getattr(record, table, ())):
                out.append(_row(item, plan, record=record.id, i=i))
    return out


def to_frame(ds: Dataset, table: str) -> pandas.DataFrame:
    """
    A :class:`pandas.DataFrame` of a table (needs the ``pandas`` extra).

    Dates are ``datetime.date`` objects and amounts exact ``Decimal`` ones (object
    columns): ``frame["value"].astype(float)`` for arithmetic.

    Raises:
        ModuleNotFoundError: pandas is not installed (``pip install 'vnla[pandas]'``).
    """
    # Delayed: pandas is an optional extra, and heavy.
    try:
        import pandas as pd
    except ModuleNotFoundError as error:
        msg = "to_frame needs pandas: pip install 'vnla[pandas]'"
        raise ModuleNotFoundError(msg, name="pandas") from error
    names = [c.name for c in columns(table)]
    frame = pd.DataFrame(rows(ds, table), columns=names)
    for column in columns(table):
        if column.type == "integer":
            frame[column.name] = frame[column.name].astype("Int64")
        elif column.type == "boolean":
            frame[column.name] = frame[column.name].astype("boolean")
    return frame


_ARROW_TYPES: Final = ("string", "integer", "number", "boolean", "date")


def arrow_schema(table: str) -> pyarrow.Schema:
    """The :class:`pyarrow.Schema` of a table: strings, 64-bit integers, decimals, booleans, dates."""
    import pyarrow as pa

    kinds = {
        "string": pa.string(),
        "integer": pa.int64(),
        "number": pa.decimal128(38, 8),
        "boolean": pa.bool_(),
        "date": pa.date32(),
    }
    return pa.schema(
        [
            pa.field(c.name, kinds[c.type], nullable=not c.required, metadata={"description": c.description})
            for c in columns(table)
        ]
    )


def to_arrow(ds: Dataset, table: str) -> pyarrow.Table:
    """
    A :class:`pyarrow.Table` of a table (needs the ``arrow`` extra).

    Amounts are ``decimal128(38, 8)``: exact, as the data writes them.

    Raises:
        ModuleNotFoundError: pyarrow is not installed (``pip install 'vnla[arrow]'``).
    """
    # Delayed: pyarrow is an optional extra, and heavy.
    try:
        import pyarrow as pa
    except ModuleNotFoundError as error:
        msg = "to_arrow needs pyarrow: pip install 'vnla[arrow]'"
        raise ModuleNotFoundError(msg, name="pyarrow") from error
    return pa.Table.from_pylist(rows(ds, table), schema=arrow_schema(table))
