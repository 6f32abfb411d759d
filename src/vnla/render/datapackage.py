# SPDX-License-Identifier: MIT
"""
The dataset as a Frictionless Data Package: a folder of CSV tables and a ``datapackage.json``.

Each table of :mod:`vnla.record.tables` is one CSV file (UTF-8, a header row,
empty cells for missing values) described in ``datapackage.json`` by a Table
Schema: its columns' types, the allowed values of enum columns, its primary key
(``id``; ``record`` and ``position`` or ``path`` for the nested tables) and its
foreign keys (a column of ids pointing at one collection).  ``frictionless
validate datapackage.json`` checks all of it, references included.  Specification:
https://specs.frictionlessdata.io/data-package/ and
https://specs.frictionlessdata.io/table-schema/.

Every file is written atomically (:func:`vnla.record.atomic.atomic_writer`):
each file is whole, new or old, and ``datapackage.json`` is written last, so a
package that has its descriptor has all its tables.

>>> import json, pathlib, tempfile, vnla
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> written = write_datapackage(vnla.dataset(), folder)
>>> descriptor = json.loads((folder / "datapackage.json").read_text())
>>> [r["name"] for r in descriptor["resources"]][:3]
['sources', 'terms', 'countries']

.. versionadded:: 0.2
"""

from __future__ import annotations

import csv
import json
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vnla.record.atomic import WriteError, atomic_writer
from vnla.record.tables import columns, rows, table_names

if TYPE_CHECKING:
    import os

    from vnla.record.dataset import Dataset

__all__ = ["descriptor", "table_schema", "write_csv", "write_datapackage", "write_parquet"]

#: The package's name in its descriptor.
NAME: Final = "vnla"
_LICENSE: Final = {"name": "MIT", "path": "https://opensource.org/licenses/MIT", "title": "MIT License"}


def _primary_key(table: str) -> list[str]:
    names = [c.name for c in columns(table)]
    if names[0] == "id":
        return ["id"]
    return ["record", "path"] if table == "evidence" else ["record", "position"]


def table_schema(table: str) -> dict[str, Any]:
    """The Frictionless Table Schema of one table."""
    fields: list[dict[str, Any]] = []
    foreign: list[dict[str, Any]] = []
    for column in columns(table):
        spec: dict[str, Any] = {"name": column.name, "type": column.type}
        if column.description:
            spec["description"] = column.description
        constraints: dict[str, Any] = {}
        if column.values:
            constraints["enum"] = list(column.values)
        if column.required:
            constraints["required"] = True
        if constraints:
            spec["constraints"] = constraints
        fields.append(spec)
        if column.ref is not None:
            foreign.append({"fields": column.name, "reference": {"resource": column.ref, "fields": "id"}})
    schema: dict[str, Any] = {"fields": fields, "primaryKey": _primary_key(table), "missingValues": [""]}
    if foreign:
        schema["foreignKeys"] = foreign
    return schema


def descriptor(ds: Dataset) -> dict[str, Any]:
    """The ``datapackage.json`` descriptor of the package :func:`write_datapackage` writes."""
    del ds  # the descriptor depends on the tables' shapes only
    return {
        "name": NAME,
        "title": "The Vietnam–Laos relationship as typed, sourced records",
        "licenses": [_LICENSE],
        "resources": [
            {
                "name": table,
                "path": f"{table}.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "mediatype": "text/csv",
                "encoding": "utf-8",
                "schema": table_schema(table),
            }
            for table in table_names()
        ],
    }


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value)


def _folder(path: str | os.PathLike[str]) -> Path:
    folder = Path(path)
    if folder.exists() and not folder.is_dir():
        msg = f"{folder}: not a folder; a Data Package is written into a folder"
        raise WriteError(msg)
    if not folder.exists():
        if not folder.parent.is_dir():
            msg = f"{folder}: the folder {folder.parent} does not exist"
            raise WriteError(msg)
        try:
            folder.mkdir()
        except OSError as error:
            msg = f"{folder}: cannot make the folder ({error.strerror or error})"
            raise WriteError(msg) from error
    return folder


def write_datapackage(ds: Dataset, path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """
    Write the dataset as a Data Package into the folder ``path`` (made if missing); the files written.

    Raises:
        WriteError: the folder cannot be made or a file cannot be written (named).
    """
    folder = _folder(path)
    written = []
    for table in table_names():
        names = [c.name for c in columns(table)]
        target = folder / f"{table}.csv"
        with atomic_writer(target) as handle:
            writer = csv.writer(handle, lineterminator="\n")
            writer.writerow(names)
            for row in rows(ds, table):
                writer.writerow([_text(row[name]) for name in names])
        written.append(target)
    target = folder / "datapackage.json"
    with atomic_writer(target) as handle:
        json.dump(descriptor(ds), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    written.append(target)
    return tuple(written)


def write_csv(ds: Dataset, path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """The same as :func:`write_datapackage`: CSV tables, described by their ``datapackage.json``."""
    return write_datapackage(ds, path)


def write_parquet(ds: Dataset, path: str | os.PathLike[str]) -> tuple[Path, ...]:
    """
    Write each table as a Parquet file (``people.parquet``…) into the folder ``path`` (needs pyarrow).

    The column types are those of :func:`vnla.record.tables.to_arrow`.  Each file is
    written to a temporary name and renamed, so it is whole or absent.
    """
    import os
    import tempfile

    # Delayed: pyarrow is an optional extra, and heavy.
    import pyarrow.parquet as pq

    from vnla.record.tables import to_arrow

    folder = _folder(path)
    written = []
    for table in table_names():
        target = folder / f"{table}.parquet"
        descriptor_, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        os.close(descriptor_)
        try:
            pq.write_table(to_arrow(ds, table), temporary)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        written.append(target)
    return tuple(written)
