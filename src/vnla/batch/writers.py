# SPDX-License-Identifier: MIT
"""
Write finding rows as they come: JSON Lines (no extra) or Parquet (``pyarrow``), whole or not at all.

Both writers take an iterable of rows (such as :func:`~vnla.batch.run.check_records`
yields) and hold at most one batch of rows in memory.  :func:`write_parquet` reads
the rows of :func:`~vnla.batch.run.check_records` (a
:class:`~vnla.batch.run.FindingRows` not yet read) as the Arrow record batches
its workers built, so writing costs this process nothing per row.  The file is written under
a temporary name in the target's folder and renamed only when every row is
written: an error or Ctrl-C on the way leaves no partial file (and an older
file of that name as it was).

A JSON Lines row has the keys of :data:`~vnla.batch.records.COLUMNS` in order,
then the metadata; ``published`` is an ISO date and ``evidence`` a list of
objects, as in the JSON that ``vnla check --format json`` writes.

>>> import json, pathlib, tempfile
>>> from vnla.batch import Record, check_records
>>> target = pathlib.Path(tempfile.mkdtemp()) / "findings.jsonl"
>>> write_jsonl(check_records([Record(id="a", text="strategic bond")]), target)
1
>>> row = json.loads(target.read_text(encoding="utf-8"))
>>> row["id"], row["verdict"], row["canonical"], row["published"], list(row)[:4]
('a', 'variant', 'strategic cohesion', None, ['id', 'finding', 'kind', 'verdict'])

.. versionadded:: 0.2
"""

from __future__ import annotations

import importlib
import itertools
import os
from typing import TYPE_CHECKING, Any, Final

from vnla.batch.arrow import _pyarrow, findings_schema
from vnla.batch.jsonl import json_line
from vnla.batch.records import COLUMNS
from vnla.batch.run import FindingRows
from vnla.record.atomic import atomic_writer, binary_atomic_writer

if TYPE_CHECKING:
    from collections.abc import Iterable
    from typing import TextIO

    from vnla.batch.records import FindingRow

__all__ = ["binary_atomic_writer", "json_line", "write_jsonl", "write_parquet"]

#: Rows written to Parquet at a time: one row group each.
_BATCH: Final = 20_000


def write_jsonl(rows: Iterable[FindingRow], path: str | os.PathLike[str] | TextIO) -> int:
    """
    Write ``rows`` as JSON Lines to ``path``, atomically; return how many rows were written.

    ``path`` may also be an open text file (standard output), written as the rows come.  Given
    the unread :class:`~vnla.batch.run.FindingRows` of :func:`~vnla.batch.run.check_records`,
    it writes the text of each chunk's lines as it was made where the chunk was checked
    (:meth:`~vnla.batch.run.FindingRows.lines`): with ``jobs`` > 1 the workers encode the JSON,
    not this process.  The lines are the same.

    Raises:
        WriteError: the file cannot be written (its folder is missing, it is a folder, ...).
    """
    try:
        if not isinstance(path, (str, os.PathLike)):
            return _write_lines(rows, path)
        with atomic_writer(path) as handle:
            return _write_lines(rows, handle)
    finally:
        _close(rows)


def _write_lines(rows: Iterable[FindingRow], handle: TextIO) -> int:
    count = 0
    if isinstance(rows, FindingRows) and not rows.started:
        for text in rows.lines():
            handle.write(text)
            count += text.count("\n")  # a row is one line: JSON escapes the line breaks inside
        return count
    for row in rows:
        handle.write(json_line(row))
        handle.write("\n")
        count += 1
    return count


def _close(rows: Iterable[Any]) -> None:
    """
    End a run of :func:`~vnla.batch.run.check_records` here, whether it was read to its end
    or stopped (Ctrl-C, a full disk): its workers are stopped in this thread, not later
    wherever the collector finds the run.
    """
    if isinstance(rows, FindingRows):
        rows.close()


def write_parquet(
    rows: Iterable[FindingRow],
    path: str | os.PathLike[str],
    *,
    meta: Iterable[str] = (),
    compression: str = "zstd",
) -> int:
    """
    Write ``rows`` to a Parquet file in :func:`~vnla.batch.arrow.findings_schema`, atomically.

    Rows go out in row groups of about 20,000, so memory stays bounded.  Returns how many rows were written.
    Given the unread :class:`~vnla.batch.run.FindingRows` of
    :func:`~vnla.batch.run.check_records`, it writes their record batches as they
    come (no Python object per row here); the file is the same.

    Raises:
        ImportError: pyarrow is not installed (``pip install 'vnla[arrow]'``).
        WriteError: the file cannot be written.
    """
    pa = _pyarrow()
    pq = importlib.import_module("pyarrow.parquet")  # only here: an extra

    schema = findings_schema(meta)
    count = 0
    iterator = iter(rows)
    try:
        with (
            binary_atomic_writer(path) as handle,
            pq.ParquetWriter(handle, schema, compression=compression) as out,
        ):
            if isinstance(rows, FindingRows) and not rows.started:
                return _write_batches(pa, rows.batches(schema.names[len(COLUMNS) :]), schema, out)
            while batch := list(itertools.islice(iterator, _BATCH)):
                out.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
    finally:
        _close(rows)
    return count


def _write_batches(pa: Any, batches: Iterable[Any], schema: Any, out: Any) -> int:
    """Write record batches in ``schema`` to a ``ParquetWriter``, a row group of about 20,000 rows each."""
    count = 0
    held: list[Any] = []
    size = 0
    for batch in batches:
        held.append(batch)
        size += batch.num_rows
        if size >= _BATCH:
            out.write_table(pa.Table.from_batches(held, schema=schema))
            count += size
            held, size = [], 0
    if held:
        out.write_table(pa.Table.from_batches(held, schema=schema))
        count += size
    return count
