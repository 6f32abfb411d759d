# SPDX-License-Identifier: MIT
"""
Loading data: the bundled TOML files, a user's own files, and JSON exports.

Nothing here runs at ``import vnla``; the bundled dataset is parsed on the
first call to :func:`dataset` and cached until :func:`clear_caches`.
"""

from __future__ import annotations

import functools
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from vnla.model.collections import COLLECTIONS
from vnla.model.errors import DataError, Problem
from vnla.record import snapshot as _snapshot
from vnla.record.dataset import Dataset

if TYPE_CHECKING:
    import os
    from importlib.resources.abc import Traversable

    import cattrs

__all__ = [
    "SCHEMA_VERSION",
    "clear_caches",
    "converter",
    "dataset",
    "dataset_from_dict",
    "dataset_to_dict",
    "from_json",
    "load",
    "texts_from_folder",
    "to_json",
]

#: The version of the data format this release reads and writes.
SCHEMA_VERSION: Final = 1
_KEYS: Final = {key: cls for key, cls, _kind in COLLECTIONS}


@functools.cache
def converter() -> cattrs.Converter:
    """The shared converter (built on first use)."""
    # Delayed: cattrs and the converter's generated code cost a first load that
    # reads the JSON snapshot and never needs them.
    from vnla.record.convert import make_converter

    conv = make_converter()
    conv.register_unstructure_hook(Dataset, dataset_to_dict)
    conv.register_structure_hook(Dataset, lambda raw, _type: dataset_from_dict(raw, "<json>"))
    return conv


def dataset_to_dict(ds: Dataset) -> dict[str, Any]:
    """A dataset as plain data: ``schema_version`` and one list per non-empty collection."""
    conv = converter()
    out: dict[str, Any] = {"schema_version": ds.schema_version}
    for key, cls, _kind in COLLECTIONS:
        records = getattr(ds, key)
        if records:
            out[key] = [conv.unstructure(r, cls) for r in records]
    return out


def _records_from_dict(
    raw: object, file: str
) -> tuple[dict[str, Any], dict[tuple[str, int], tuple[str, str]], list[Problem]]:
    """Structure one file's top-level table, collecting every problem."""
    problems: list[Problem] = []
    parts: dict[str, Any] = {key: [] for key in _KEYS}
    origins: dict[tuple[str, int], tuple[str, str]] = {}
    if not isinstance(raw, dict):
        problems.append(Problem(file=file, path="$", reason=f"expected a table, got {type(raw).__name__}"))
        return parts, origins, problems
    version = raw.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        problems.append(
            Problem(
                file=file,
                path="$.schema_version",
                reason=f"unsupported schema_version {version!r}; this vnla reads {SCHEMA_VERSION}",
            )
        )
    from vnla.record.convert import problems_from  # delayed with cattrs (see converter)

    conv = converter()
    for key, value in raw.items():
        if key == "schema_version":
            continue
        cls = _KEYS.get(key)
        if cls is None:
            known = ", ".join(sorted(_KEYS))
            problems.append(
                Problem(
                    file=file,
                    path=f"$.{key}",
                    reason=f"unknown top-level key {key!r}; expected one of {known}",
                )
            )
            continue
        if not isinstance(value, list):
            problems.append(
                Problem(
                    file=file,
                    path=f"$.{key}",
                    reason=f"expected an array of tables, got {type(value).__name__}",
                )
            )
            continue
        for i, item in enumerate(value):
            path = f"$.{key}[{i}]"
            try:
                record = conv.structure(item, cls)
            except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
                problems.extend(problems_from(exc, file, path))
                continue
            origins[(key, len(parts[key]))] = (file, path)
            parts[key].append(record)
    return parts, origins, problems


def dataset_from_dict(raw: object, file: str = "<data>") -> Dataset:
    """Build a :class:`Dataset` from plain data (a parsed TOML file or a JSON export)."""
    parts, origins, problems = _records_from_dict(raw, file)
    if problems:
        raise DataError(problems)
    return Dataset(**parts, origins=origins)


def _read(file: Path | Traversable, label: str) -> tuple[Any, list[Problem]]:
    try:
        data = file.read_bytes()
    except OSError as exc:
        return None, [Problem(file=label, path="$", reason=f"cannot read: {exc.strerror or exc}")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, [
            Problem(file=label, path="$", reason=f"not UTF-8 text (byte {exc.start}: {exc.reason})")
        ]
    import tomllib

    try:
        if label.endswith(".json"):
            return json.loads(text), []
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        return None, [Problem(file=label, path="$", reason=f"invalid TOML: {exc}")]
    except json.JSONDecodeError as exc:
        return None, [
            Problem(
                file=label,
                path="$",
                reason=f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
            )
        ]


def _parse(
    files: list[tuple[Path | Traversable, str]],
    base: Dataset | None = None,
) -> tuple[dict[str, Any], dict[tuple[str, int], tuple[str, str]]]:
    """
    Read and structure every file; raise one DataError listing every problem.

    ``base`` is the dataset the files will be merged into, so that when some
    records fail, the references of the others are still checked against it.
    """
    problems: list[Problem] = []
    parts: dict[str, Any] = {key: [] for key in _KEYS}
    origins: dict[tuple[str, int], tuple[str, str]] = {}
    failed_ids: set[str] = set()
    for file, label in files:
        raw, read_problems = _read(file, label)
        problems.extend(read_problems)
        if read_problems:
            continue
        file_parts, file_origins, file_problems = _records_from_dict(raw, label)
        problems.extend(file_problems)
        if file_problems:
            failed_ids |= _ids_of_failed(raw, file_parts)
        for (key, index), origin in file_origins.items():
            origins[(key, len(parts[key]) + index)] = origin
        for key, records in file_parts.items():
            parts[key].extend(records)
    if problems:
        # Report the reference problems of the records that did load as well,
        # except references to records that failed (they exist, just broken).
        try:
            _build(parts, origins, base)
        except DataError as error:
            problems.extend(
                p for p in error.problems if not (p.reason.startswith("dangling") and p.value in failed_ids)
            )
        raise DataError(problems)
    return parts, origins


def _ids_of_failed(raw: object, loaded: dict[str, Any]) -> set[str]:
    if not isinstance(raw, dict):
        return set()
    loaded_ids = {r.id for records in loaded.values() for r in records}
    return {
        item["id"]
        for value in raw.values()
        if isinstance(value, list)
        for item in value
        if isinstance(item, dict) and isinstance(item.get("id"), str) and item["id"] not in loaded_ids
    }


def _build(
    parts: dict[str, Any],
    origins: dict[tuple[str, int], tuple[str, str]],
    base: Dataset | None = None,
) -> Dataset:
    """A dataset of ``parts``, after ``base``'s records when given (so ids may refer to them)."""
    if base is None:
        return Dataset(**parts, origins=origins)
    values: dict[str, Any] = {}
    combined: dict[tuple[str, int], tuple[str, str]] = {}
    for key in _KEYS:
        ours = getattr(base, key)
        values[key] = ours + tuple(parts[key])
        for i in range(len(ours)):
            combined[(key, i)] = base.origins.get((key, i), ("vnla/data", f"$.{key}[{i}]"))
        for i in range(len(parts[key])):
            combined[(key, len(ours) + i)] = origins[(key, i)]
    return Dataset(**values, origins=combined)


@functools.cache
def dataset() -> Dataset:
    """
    The bundled dataset, parsed on the first call and cached.

    The same immutable object is returned on every call; nothing a caller
    does to what it receives can change it.

    >>> import vnla
    >>> vnla.dataset() is vnla.dataset()
    True
    >>> len(vnla.dataset().people) > 5
    True
    """
    entries = _snapshot.data_files()
    snapshot = _snapshot.load_snapshot([(e.name, e.read_bytes()) for e in entries])
    if snapshot is not None:
        return snapshot
    return _build(*_parse([(entry, f"vnla/data/{entry.name}") for entry in entries]))


def load(path: str | os.PathLike[str], *, bundled: bool = True) -> Dataset:
    """
    Load your own data (a ``.toml`` or ``.json`` file, or a folder of ``.toml`` files).

    By default the result is merged with the bundled dataset, so your
    records may refer to bundled ids; ``bundled=False`` loads your data
    alone.  Any problem anywhere raises one :class:`~vnla.DataError` listing
    every problem with its file and path; no dataset is returned.

    >>> import vnla, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "mine.toml").write_text(
    ...     '''
    ... [[events]]
    ... id = "my-meeting"
    ... kind = "meeting"
    ... title = "A meeting I am tracking"
    ... when = "2026-03"
    ... place = "vientiane"
    ... ''',
    ...     encoding="utf-8",
    ... )
    >>> vnla.load(folder).get("my-meeting").latest
    datetime.date(2026, 3, 31)
    """
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.toml"))
        if not files:
            raise DataError([Problem(file=str(p), path="$", reason="no .toml files in this folder")])
        entries: list[tuple[Path | Traversable, str]] = [(f, str(f)) for f in files]
    elif p.exists():
        entries = [(p, str(p))]
    else:
        raise DataError([Problem(file=str(p), path="$", reason="no such file or folder")])
    base = dataset() if bundled else None
    return _build(*_parse(entries, base), base=base)


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """
    Any model object, or a whole dataset, as JSON text (UTF-8, not escaped).

    >>> import vnla
    >>> print(vnla.to_json(vnla.dataset().get("target-trade-5bn-usd").horizon))
    {
      "kind": "near-term"
    }
    """
    return json.dumps(converter().unstructure(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[Any]) -> Any:
    """
    Read back what :func:`to_json` wrote; ``from_json(to_json(x), type(x)) == x``.

    Errors raise :class:`~vnla.DataError` with the path of every problem.

    >>> import vnla
    >>> t = vnla.dataset().get("target-trade-10bn-usd")
    >>> vnla.from_json(vnla.to_json(t), vnla.model.records.Target) == t
    True
    """
    try:
        raw = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DataError(
            [
                Problem(
                    file="<json>",
                    path="$",
                    reason=f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})",
                )
            ]
        ) from None
    if cls is Dataset:
        return dataset_from_dict(raw, "<json>")
    from vnla.record.convert import problems_from  # delayed with cattrs (see converter)

    try:
        return converter().structure(raw, cls)
    except DataError:
        raise
    except Exception as exc:  # noqa: BLE001 - every failure becomes a Problem
        raise DataError(problems_from(exc, "<json>")) from None


def clear_caches() -> None:
    """Forget the parsed bundled dataset and every cache built from it."""
    dataset.cache_clear()
    # Name indices exist only if vnla.names.index was imported; importing it to clear nothing is waste.
    names = sys.modules.get("vnla.names.index")
    if names is not None:
        names.clear_caches()


def texts_from_folder(dataset: Dataset, folder: str | os.PathLike[str]) -> dict[str, str]:
    """
    The full texts of the sources whose ``file`` is in ``folder``, by source id.

    Sources without a ``file``, or whose file is not there, are left out.

    Raises:
        FileNotFoundError: ``folder`` is not a folder.

    >>> import vnla, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> source = next(s for s in vnla.dataset().sources if s.file)
    >>> _ = (folder / source.file).write_text("date 2026-01-26 HÀ NỘI —", encoding="utf-8")
    >>> list(texts_from_folder(vnla.dataset(), folder)) == [source.id]
    True
    """
    root = Path(folder)
    if not root.is_dir():
        msg = f"not a folder: {str(root)!r}"
        raise FileNotFoundError(msg)
    out: dict[str, str] = {}
    for source in sorted(dataset.sources, key=lambda s: s.id):
        if source.file and (root / source.file).is_file():
            out[source.id] = (root / source.file).read_text(encoding="utf-8")
    return out
