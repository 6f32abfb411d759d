# SPDX-License-Identifier: MIT
"""
Where each part of an article is in an input's rows: :class:`Columns`, declared once for every reader.

The JSON Lines and Parquet readers, the Dask frame and the PySpark batches all
read rows the same way: the text from one column, the id, date and language
from others, and metadata columns copied into every finding row.
:class:`Columns` names them, checks them against the columns an input has,
and turns one row into a :class:`~vnla.batch.records.Record`.  The readers
also take the names as the keyword arguments of :class:`ColumnNames`
(``text_column="body"`` and so on), which :meth:`Columns.of` turns into a
``Columns``.

>>> columns = Columns(text="body", date="day", meta=["outlet"])
>>> columns
Columns(text='body', id='id', date='day', lang=None, meta=('outlet',))
>>> Columns.of(text_column="body", date_column="day", meta_columns=["outlet"]) == columns
True
>>> columns.missing(["id", "body", "outlet"])
"no date column 'day'"
>>> record = columns.record({"id": 7, "body": "Lào", "day": "2026-02-05", "outlet": "X"}, default_id="r1")
>>> record.id, record.text, record.published, dict(record.meta)
('7', 'Lào', datetime.date(2026, 2, 5), {'outlet': 'X'})
>>> columns.record({"body": 5}, where="line 2", default_id="r2").error
"line 2: 'body' is not a string (int)"

.. versionadded:: 0.2
"""

from __future__ import annotations

from collections.abc import Iterable  # noqa: TC003 - get_type_hints(ColumnNames) reads it at run time
from typing import TYPE_CHECKING, Any, TypedDict

from attrs import evolve, field, frozen

from vnla.batch.records import COLUMNS, Record, _missing, as_date, not_unicode

if TYPE_CHECKING:
    from collections.abc import Collection, Mapping
    from typing import Unpack

__all__ = ["ColumnNames", "Columns"]


class ColumnNames(TypedDict, total=False):
    """The column names as keyword arguments: ``read_jsonl(path, text_column="body")`` and the like."""

    text_column: str
    id_column: str | None
    date_column: str | None
    lang_column: str | None
    meta_columns: Iterable[str]


#: Each keyword of :class:`ColumnNames` and the field of :class:`Columns` it sets.
_KEYWORDS = {
    "text_column": "text",
    "id_column": "id",
    "date_column": "date",
    "lang_column": "lang",
    "meta_columns": "meta",
}


def _meta(names: Iterable[str]) -> tuple[str, ...]:
    if isinstance(names, str):  # one name, not its letters
        names = (names,)
    out = tuple(names)
    for name in out:
        if name in COLUMNS:
            msg = f"metadata column {name!r} has the name of a finding column; rename it"
            raise ValueError(msg)
    return out


@frozen(kw_only=True)
class Columns:
    """
    Which column (or JSON key) holds each part of an article.

    ``text`` is required in every row; ``id`` (default ``"id"``), ``date`` and
    ``lang`` are read when named (``None``: not read); the ``meta`` columns are
    copied, as strings, into every finding row of the article.

    Raises:
        ValueError: a metadata column has the name of a finding column.
    """

    text: str = "text"
    id: str | None = "id"
    date: str | None = None
    lang: str | None = None
    meta: tuple[str, ...] = field(default=(), converter=_meta)

    @classmethod
    def of(cls, columns: Columns | None = None, /, **names: Unpack[ColumnNames]) -> Columns:
        """
        ``columns`` (default: the defaults) with the names given as keyword arguments.

        Raises:
            TypeError: a keyword is not one of :class:`ColumnNames`.
        """
        unknown = sorted(set(names) - set(_KEYWORDS))
        if unknown:
            msg = f"unknown column keyword {unknown[0]!r} (expected one of {', '.join(_KEYWORDS)})"
            raise TypeError(msg)
        changes: dict[str, Any] = {_KEYWORDS[key]: value for key, value in names.items()}
        return evolve(columns if columns is not None else cls(), **changes)

    def named(self) -> tuple[tuple[str, str], ...]:
        """Each role read (id, text, date, lang) and its column, in that order."""
        roles = (("id", self.id), ("text", self.text), ("date", self.date), ("lang", self.lang))
        return tuple((role, column) for role, column in roles if column is not None)

    def wanted(self) -> frozenset[str]:
        """Every column read: the named ones and the metadata."""
        return frozenset(column for _, column in self.named()) | frozenset(self.meta)

    def missing(self, present: Collection[str]) -> str | None:
        """What is missing from an input with the ``present`` columns, said in words, or ``None``."""
        for role, column in self.named():
            if column not in present:
                return f"no {role} column {column!r}"
        for column in self.meta:
            if column not in present:
                return f"no metadata column {column!r}"
        return None

    def record(self, values: Mapping[str, Any], *, where: str | None = None, default_id: str) -> Record:
        """
        One record from one row; what is wrong with the row is the record's ``error``.

        ``where`` (``"line 4"``, ``"row 12"``) starts the error message; ``default_id``
        is the id of a row whose id column is missing or empty.
        """
        raw_id = values.get(self.id) if self.id else None
        if isinstance(raw_id, float) and raw_id.is_integer():
            # an integer id in a float column (pandas' integers with a missing value): "7", not "7.0"
            raw_id = int(raw_id)
        record_id = default_id if _missing(raw_id) else str(raw_id)
        meta = {k: values.get(k) for k in self.meta}
        text = values.get(self.text)
        lang = values.get(self.lang) if self.lang else None
        lang = None if _missing(lang) or lang == "" else lang
        problem = None
        published = None
        if isinstance(raw_id, (bool, list, tuple, dict, set, bytes, bytearray)):
            # no id a reader of the rows could match: a JSON true, array or object, or bytes
            problem = f"{self.id!r} is not a string or a number ({type(raw_id).__name__})"
            record_id = default_id
        elif _missing(text):
            problem = f"no {self.text!r}"
        elif not isinstance(text, str):
            problem = f"{self.text!r} is not a string ({type(text).__name__})"
        elif self.date:
            try:
                published = as_date(values.get(self.date))
            except ValueError as error:
                problem = str(error)
        if problem is None and lang is not None and not isinstance(lang, str):
            problem = f"{self.lang!r} is not a string ({type(lang).__name__})"
        if problem is None:
            assert isinstance(text, str)
            try:
                return Record(id=record_id, text=text, published=published, lang=lang, meta=meta)
            except ValueError:
                # a lone surrogate (from a JSON escape) that no output could write, looked for only
                # now: the record is refused, naming the column
                problems = self._not_unicode(record_id, text, meta)
                if not problems:
                    raise
                column, reason = next(iter(problems.items()))
                problem = f"{column!r} holds {reason}"
        else:
            problems = self._not_unicode(record_id, None, meta)  # the row that says why is written too
        if self.id in problems:
            record_id = default_id
        meta = {k: None if k in problems else v for k, v in meta.items()}
        return Record(id=record_id, meta=meta, error=f"{where}: {problem}" if where else problem)

    def _not_unicode(self, record_id: str, text: Any, meta: Mapping[str, Any]) -> dict[str, str]:
        """The columns whose strings hold a lone surrogate (id, text, metadata), and what is wrong."""
        named = ((self.id, record_id), (self.text, text), *meta.items())
        return {
            column: problem
            for column, value in named
            if column is not None and isinstance(value, str) and (problem := not_unicode(value)) is not None
        }
