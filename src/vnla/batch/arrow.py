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

    from vnla.batch.records import FindingRow

__all__ = ["SCHEMA_NAME", "SCHEMA_VERSION", "findings_schema", "rows_to_table"]

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
