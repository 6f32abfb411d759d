# SPDX-License-Identifier: MIT
"""
The Arrow schema of finding rows, and rows to Arrow tables (``pyarrow``, the ``arrow`` extra).

:func:`findings_schema` is the published schema: the columns of
:data:`~vnla.batch.records.COLUMNS`, in that order, then one nullable string
column per metadata key.  Its metadata says which schema it is
(``vnla.findings`` version 1), so a reader can tell.

>>> schema = findings_schema(meta=["outlet"])
>>> schema.names[:4], schema.names[-1]
(['id', 'finding', 'kind', 'verdict'], 'outlet')

.. versionadded:: 0.2
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any, Final

from vnla.batch.records import COLUMNS

if TYPE_CHECKING:
    from collections.abc import Iterable, Sequence

    from vnla.batch.records import FindingColumns, FindingRow

__all__ = [
    "SCHEMA_NAME",
    "SCHEMA_VERSION",
    "columns_to_arrays",
    "columns_to_table",
    "findings_schema",
    "rows_to_table",
]

#: The name and version written into the schema's metadata; the version changes only
#: when a column is removed or changes meaning.
SCHEMA_NAME: Final = "vnla.findings"
SCHEMA_VERSION: Final = 1


def _pyarrow() -> Any:
    """``pyarrow``, or an error that says how to install it."""
    try:
        # only here: an extra, slow to import, and without type information
        return importlib.import_module("pyarrow")
    except ImportError:
        msg = "Arrow and Parquet need pyarrow: pip install 'vnla[arrow]'"
        raise ImportError(msg) from None


def findings_schema(meta: Iterable[str] = ()) -> Any:
    """
    The ``pyarrow.Schema`` of finding rows, with a string column for each metadata key in ``meta``.

    Raises:
        ValueError: a metadata key has the name of a finding column, or comes twice.
        ImportError: pyarrow is not installed.
    """
    pa = _pyarrow()
    evidence = pa.list_(
        pa.struct(
            [
                pa.field("source", pa.string(), nullable=False),
                pa.field("quote", pa.string(), nullable=False),
                pa.field("note", pa.string()),
            ]
        )
    )
    types = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64(), "date32": pa.date32()}
    fields = [
        pa.field(name, evidence if name == "evidence" else types[kind], nullable=name != "id")
        for name, (kind, _meaning) in COLUMNS.items()
    ]
    seen: set[str] = set()
    for name in meta:
        if name in COLUMNS or name in seen:
            msg = f"metadata column {name!r} " + (
                "has the name of a finding column" if name in COLUMNS else "is named twice"
            )
            raise ValueError(msg)
        seen.add(name)
        fields.append(pa.field(name, pa.string()))
    metadata = {"vnla.schema": SCHEMA_NAME, "vnla.schema.version": str(SCHEMA_VERSION)}
    return pa.schema(fields, metadata=metadata)


def rows_to_table(rows: Sequence[FindingRow], schema: Any) -> Any:
    """A ``pyarrow.Table`` of ``rows`` in ``schema`` (a metadata key a row lacks is null)."""
    pa = _pyarrow()
    return pa.Table.from_pylist(list(rows), schema=schema)


def columns_to_table(gathered: FindingColumns, schema: Any) -> Any:
    """
    The rows gathered column-wise by a :class:`~vnla.batch.records.FindingColumns` as a ``pyarrow.Table``.

    The same table as :func:`rows_to_table` of the rows :func:`~vnla.batch.records.rows_of`
    gives for the same records; ``schema`` is :func:`findings_schema` of ``gathered.meta``.

    >>> from vnla.batch.records import FindingColumns, Record
    >>> from vnla.checker import Checker
    >>> gathered = FindingColumns()
    >>> gathered.add(Checker(), Record(id="a", text="strategic bond"))
    >>> columns_to_table(gathered, findings_schema()).column("canonical").to_pylist()
    ['strategic cohesion']
    """
    return _pyarrow().Table.from_arrays(columns_to_arrays(gathered, schema), schema=schema)


def columns_to_arrays(gathered: FindingColumns, schema: Any) -> list[Any]:
    """The arrays of :func:`columns_to_table`, one per field of ``schema`` (for a ``RecordBatch``)."""
    pa = _pyarrow()
    columns = gathered.columns()
    arrays = []
    for f in schema:
        if f.name == "evidence":
            parts = f.type.value_type
            entries = pa.StructArray.from_arrays(
                [
                    pa.array(gathered.sources, type=pa.string()),
                    pa.array(gathered.quotes, type=pa.string()),
                    pa.array(gathered.notes, type=pa.string()),
                ],
                fields=list(parts),
            )
            mask = None
            if gathered.null:
                flags = [False] * len(gathered)
                for place in gathered.null:
                    flags[place] = True
                mask = pa.array(flags, type=pa.bool_())
            arrays.append(
                pa.ListArray.from_arrays(
                    pa.array(gathered.offsets, type=pa.int32()), entries, type=f.type, mask=mask
                )
            )
        else:
            arrays.append(pa.array(columns[f.name], type=f.type))
    return arrays
