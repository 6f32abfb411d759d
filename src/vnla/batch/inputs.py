# SPDX-License-Identifier: MIT
"""
Read an archive as records: text files, a JSON Lines file, or a Parquet file with named columns.

Every reader yields :class:`~vnla.batch.records.Record` lazily, so an archive
larger than memory can be checked.  What cannot be read in one record (a line
that is not JSON, a text that is not a string, a date that is not a date)
becomes a record with ``error`` set, named by file and line or row, and the
other records are still read.  What makes the whole input unusable (a missing
file, a column that is not there) raises :class:`InputFormatError`, naming the
file and what is wrong.

Each reader takes the names of the columns (JSON keys) that hold each part of an
article as a :class:`~vnla.batch.columns.Columns` (``columns=``) or as its
keyword arguments (``text_column="body"``, ``date_column=...``; see
:class:`~vnla.batch.columns.ColumnNames`).

>>> import pathlib, tempfile
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> _ = (folder / "a.jsonl").write_text(
...     '{"id": 1, "body": "Lào", "date": "2026-02-05", "outlet": "X"}\\n{"id": 2, "body": 5}\\n',
...     encoding="utf-8",
... )
>>> for r in read_jsonl(folder / "a.jsonl", text_column="body", date_column="date", meta_columns=["outlet"]):
...     print(r.id, repr(r.text), r.published, dict(r.meta), r.error)
1 'Lào' 2026-02-05 {'outlet': 'X'} None
2 '' None {'outlet': None} line 2: 'body' is not a string (int)
>>> from vnla.batch import Columns
>>> [(r.id, r.text) for r in read_jsonl(folder / "a.jsonl", columns=Columns(text="body"))][0]
('1', 'Lào')

.. versionadded:: 0.2
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Final

from vnla.batch.columns import Columns
from vnla.batch.records import Record
from vnla.checker.source import HTML_SUFFIXES, markup_of

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator
    from typing import Unpack

    from vnla.batch.columns import ColumnNames

__all__ = ["InputFormatError", "read_input", "read_jsonl", "read_parquet", "read_text_files"]


class InputFormatError(ValueError):
    """An input that cannot be read at all: the message names the file and says why."""


def _columns(name: str, columns: Columns | None, names: ColumnNames) -> Columns:
    """The columns asked for, refused up front (naming the file) when a metadata column is a finding's."""
    try:
        return Columns.of(columns, **names)
    except ValueError as error:
        msg = f"{name}: {error}"
        raise InputFormatError(msg) from None


def read_jsonl(
    path: str | os.PathLike[str], *, columns: Columns | None = None, **names: Unpack[ColumnNames]
) -> Iterator[Record]:
    """
    The records of a JSON Lines file: one JSON object per line (blank lines are skipped).

    A record's id is its id column (default, when missing: ``"<file>:<line>"``);
    the metadata columns are copied into every row of the record.

    Raises:
        InputFormatError: the file cannot be opened or is not UTF-8.
    """
    name = os.fspath(path)
    wanted = _columns(name, columns, names)
    try:
        # "utf-8-sig": a byte order mark, which some Windows tools write, is no part of the first line
        handle = open(name, encoding="utf-8-sig")  # noqa: SIM115 - closed below, after the last record
    except OSError as error:
        msg = f"{name}: cannot read: {error.strerror or error}"
        raise InputFormatError(msg) from error
    with handle:
        number = 0
        try:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                where = f"line {number}"
                try:
                    values = json.loads(line)
                except json.JSONDecodeError as error:
                    yield Record(id=f"{name}:{number}", error=f"{where}: not JSON ({error.msg})")
                    continue
                if not isinstance(values, dict):
                    kind = type(values).__name__
                    yield Record(id=f"{name}:{number}", error=f"{where}: not a JSON object ({kind})")
                    continue
                yield wanted.record(values, where=where, default_id=f"{name}:{number}")
        except UnicodeDecodeError as error:
            msg = f"{name}: line {number + 1}: not UTF-8 ({error.reason})"
            raise InputFormatError(msg) from None


def read_parquet(
    path: str | os.PathLike[str],
    *,
    columns: Columns | None = None,
    batch_size: int = 1024,
    **names: Unpack[ColumnNames],
) -> Iterator[Record]:
    """
    The records of a Parquet file (or folder of Parquet files), read a batch of rows at a time.

    Needs ``pyarrow`` (``pip install 'vnla[arrow]'``).  Columns as for
    :func:`read_jsonl`; a record's default id is ``"<file>:<row>"`` (rows from 1).

    Raises:
        InputFormatError: the file cannot be read as Parquet, or a named column is not in it.
    """
    from vnla.batch.arrow import _pyarrow

    _pyarrow()
    pads = importlib.import_module("pyarrow.dataset")  # only here: pyarrow is an extra

    name = os.fspath(path)
    wanted = _columns(name, columns, names)
    try:
        data = pads.dataset(name, format="parquet")
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        msg = f"{name}: cannot read as Parquet: {error}"
        raise InputFormatError(msg) from error
    present = list(data.schema.names)
    missing = wanted.missing(present)
    if missing is not None:
        msg = f"{name}: {missing} (columns: {', '.join(present)})"
        raise InputFormatError(msg)
    read = wanted.wanted()
    number = 0
    for batch in data.to_batches(columns=[c for c in present if c in read], batch_size=batch_size):
        for values in batch.to_pylist():
            number += 1
            yield wanted.record(values, where=f"row {number}", default_id=f"{name}:{number}")


#: The files a folder stands for: texts, and pages (read as HTML).
TEXT_SUFFIXES: Final = (".txt", ".md", *HTML_SUFFIXES)


def read_text_files(paths: Iterable[str | os.PathLike[str]], *, root: str | None = None) -> Iterator[Record]:
    """
    One record per UTF-8 text file, its id the path (relative to ``root`` if given); a file
    named ``*.html``, ``*.htm`` or ``*.xhtml`` is a page (``markup="html"``).

    A file that cannot be read, is not UTF-8 or holds a NUL byte is a record with ``error`` set.
    """
    for path in paths:
        name = os.fspath(path)
        record_id = os.path.relpath(name, root) if root else name
        try:
            data = Path(name).read_bytes()
        except OSError as error:
            yield Record(id=record_id, error=error.strerror or str(error))
            continue
        if b"\x00" in data[:8192]:
            yield Record(id=record_id, error="a binary file, not text")
            continue
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            yield Record(id=record_id, error=f"not UTF-8 (byte {error.start})")
            continue
        yield Record(id=record_id, text=text, markup=markup_of(name))


def read_input(
    path: str | os.PathLike[str], *, columns: Columns | None = None, **names: Unpack[ColumnNames]
) -> Iterator[Record]:
    """
    The records of a folder of text files (``*.txt``, ``*.md``) and pages (``*.html``, ``*.htm``,
    ``*.xhtml``), a ``.jsonl`` file or a ``.parquet`` file.

    Columns as for :func:`read_jsonl` (text files have none: a file is a record).

    Raises:
        InputFormatError: the path is missing, or is a file of another kind.
    """
    name = os.fspath(path)
    wanted = _columns(name, columns, names)
    if os.path.isdir(name):
        if any(p.suffix == ".parquet" for p in Path(name).iterdir()):
            return read_parquet(name, columns=wanted)
        files = sorted(
            str(p)
            for p in Path(name).rglob("*")
            if p.suffix.lower() in TEXT_SUFFIXES
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(name).parts)
        )
        return read_text_files(files, root=name)
    if not os.path.exists(name):
        msg = f"{name}: no such file or folder"
        raise InputFormatError(msg)
    if name.endswith((".jsonl", ".ndjson")):
        return read_jsonl(name, columns=wanted)
    if name.endswith(".parquet"):
        return read_parquet(name, columns=wanted)
    return read_text_files([name])
