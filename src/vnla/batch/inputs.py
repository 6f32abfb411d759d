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

.. versionadded:: 0.2
"""

from __future__ import annotations

import importlib
import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnla.batch.records import COLUMNS, Record, as_date

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Mapping

__all__ = ["InputFormatError", "read_input", "read_jsonl", "read_parquet", "read_text_files"]


class InputFormatError(ValueError):
    """An input that cannot be read at all: the message names the file and says why."""


def _record(
    values: Mapping[str, Any],
    where: str,
    default_id: str,
    *,
    id_column: str | None,
    text_column: str,
    date_column: str | None,
    lang_column: str | None,
    meta_columns: Iterable[str],
) -> Record:
    """One record from one row; what is wrong with the row is the record's ``error``."""
    raw_id = values.get(id_column) if id_column else None
    record_id = default_id if raw_id is None else str(raw_id)
    meta = {k: values.get(k) for k in meta_columns}
    text = values.get(text_column)
    problem = None
    if text is None:
        problem = f"{where}: no {text_column!r}"
    elif not isinstance(text, str):
        problem = f"{where}: {text_column!r} is not a string ({type(text).__name__})"
    published = None
    if date_column and problem is None:
        try:
            published = as_date(values.get(date_column))
        except ValueError as error:
            problem = f"{where}: {error}"
    lang = values.get(lang_column) if lang_column else None
    if lang is not None and not isinstance(lang, str):
        problem = problem or f"{where}: {lang_column!r} is not a string ({type(lang).__name__})"
        lang = None
    if problem is not None:
        return Record(id=record_id, meta=meta, error=problem)
    assert isinstance(text, str)
    return Record(id=record_id, text=text, published=published, lang=lang or None, meta=meta)


def _meta_names(name: str, columns: Iterable[str]) -> tuple[str, ...]:
    """The metadata columns asked for, refused up front when one has the name of a finding column."""
    names = tuple(columns)
    for column in names:
        if column in COLUMNS:
            msg = f"{name}: metadata column {column!r} has the name of a finding column; rename it"
            raise InputFormatError(msg)
    return names


def read_jsonl(
    path: str | os.PathLike[str],
    *,
    id_column: str | None = "id",
    text_column: str = "text",
    date_column: str | None = None,
    lang_column: str | None = None,
    meta_columns: Iterable[str] = (),
) -> Iterator[Record]:
    """
    The records of a JSON Lines file: one JSON object per line (blank lines are skipped).

    A record's id is its ``id_column`` (default, when missing: ``"<file>:<line>"``);
    the keys in ``meta_columns`` are copied into every row of the record.

    Raises:
        InputFormatError: the file cannot be opened or is not UTF-8.
    """
    name = os.fspath(path)
    meta = _meta_names(name, meta_columns)
    try:
        handle = open(name, encoding="utf-8")  # noqa: SIM115 - closed below, after the last record
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
                yield _record(
                    values,
                    where,
                    f"{name}:{number}",
                    id_column=id_column,
                    text_column=text_column,
                    date_column=date_column,
                    lang_column=lang_column,
                    meta_columns=meta,
                )
        except UnicodeDecodeError as error:
            msg = f"{name}: line {number + 1}: not UTF-8 ({error.reason})"
            raise InputFormatError(msg) from None


def read_parquet(
    path: str | os.PathLike[str],
    *,
    id_column: str | None = "id",
    text_column: str = "text",
    date_column: str | None = None,
    lang_column: str | None = None,
    meta_columns: Iterable[str] = (),
    batch_size: int = 1024,
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
    try:
        data = pads.dataset(name, format="parquet")
    except (OSError, ValueError) as error:  # pyarrow's ArrowInvalid is a ValueError
        msg = f"{name}: cannot read as Parquet: {error}"
        raise InputFormatError(msg) from error
    present = list(data.schema.names)
    for role, column in (
        ("id", id_column),
        ("text", text_column),
        ("date", date_column),
        ("lang", lang_column),
    ):
        if column is not None and column not in present:
            msg = f"{name}: no {role} column {column!r} (columns: {', '.join(present)})"
            raise InputFormatError(msg)
    named = {id_column, text_column, date_column, lang_column}
    meta = _meta_names(name, meta_columns)
    missing = [c for c in meta if c not in present]
    if missing:
        msg = f"{name}: no column {missing[0]!r} (columns: {', '.join(present)})"
        raise InputFormatError(msg)
    wanted = [c for c in present if c in named or c in meta]
    number = 0
    for batch in data.to_batches(columns=wanted, batch_size=batch_size):
        for values in batch.to_pylist():
            number += 1
            yield _record(
                values,
                f"row {number}",
                f"{name}:{number}",
                id_column=id_column,
                text_column=text_column,
                date_column=date_column,
                lang_column=lang_column,
                meta_columns=meta,
            )


def read_text_files(paths: Iterable[str | os.PathLike[str]], *, root: str | None = None) -> Iterator[Record]:
    """
    One record per UTF-8 text file, its id the path (relative to ``root`` if given).

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
        yield Record(id=record_id, text=text)


def read_input(
    path: str | os.PathLike[str],
    *,
    id_column: str | None = "id",
    text_column: str = "text",
    date_column: str | None = None,
    lang_column: str | None = None,
    meta_columns: Iterable[str] = (),
) -> Iterator[Record]:
    """
    The records of a folder of text files (``*.txt``, ``*.md``), a ``.jsonl`` file or a ``.parquet`` file.

    Raises:
        InputFormatError: the path is missing, or is a file of another kind.
    """
    name = os.fspath(path)
    columns: dict[str, Any] = {
        "id_column": id_column,
        "text_column": text_column,
        "date_column": date_column,
        "lang_column": lang_column,
        "meta_columns": meta_columns,
    }
    if os.path.isdir(name):
        if any(p.suffix == ".parquet" for p in Path(name).iterdir()):
            return read_parquet(name, **columns)
        files = sorted(
            str(p)
            for p in Path(name).rglob("*")
            if p.suffix in (".txt", ".md")
            and p.is_file()
            and not any(part.startswith(".") for part in p.relative_to(name).parts)
        )
        return read_text_files(files, root=name)
    if not os.path.exists(name):
        msg = f"{name}: no such file or folder"
        raise InputFormatError(msg)
    if name.endswith((".jsonl", ".ndjson")):
        return read_jsonl(name, **columns)
    if name.endswith(".parquet"):
        return read_parquet(name, **columns)
    return read_text_files([name])
