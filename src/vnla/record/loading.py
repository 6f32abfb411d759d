# SPDX-License-Identifier: MIT
"""
Loading data: the bundled TOML files, a user's own files, and JSON exports.

Nothing here runs at ``import vnla``; the bundled dataset is parsed on the
first call to :func:`dataset` and cached until :func:`clear_caches`.
"""

from __future__ import annotations

import functools
import gc
import json
import os
import stat
import sys
from typing import TYPE_CHECKING, Any, Final

from vnla.model.collections import COLLECTIONS
from vnla.model.errors import DataError, Problem
from vnla.record import snapshot as _snapshot
from vnla.record.dataset import Dataset

if TYPE_CHECKING:
    import cattrs

__all__ = [
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
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
#: The largest data file :func:`load` reads (32 MiB); a larger one is refused with its size.
MAX_FILE_BYTES: Final = 32 * 1024 * 1024
#: How deeply tables and arrays may nest in a data file; the data format needs fewer than 10 levels.
MAX_DEPTH: Final = 48


def _configured() -> cattrs.Converter:
    # Delayed: cattrs and the converter's generated code cost a first load that
    # reads the JSON snapshot and never needs them.
    from vnla.record.convert import make_converter

    conv = make_converter()
    conv.register_unstructure_hook(Dataset, dataset_to_dict)
    conv.register_structure_hook(Dataset, lambda raw, _type: dataset_from_dict(raw, "<json>"))
    return conv


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter vnla itself loads and exports with; private, so that no caller can change it."""
    return _configured()


@functools.cache
def converter() -> cattrs.Converter:
    """
    A converter for vnla's models that is yours to configure (``vnla.converter``).

    Built on first use, configured as vnla's own, and never used by vnla: hooks
    you register on it change what *you* structure and unstructure with it,
    not :func:`to_json`, :func:`from_json`, :func:`load` or ``vnla export``.
    :func:`vnla.record.convert.make_converter` gives a fresh one each call.

    >>> import vnla
    >>> from decimal import Decimal
    >>> vnla.converter.register_unstructure_hook(Decimal, float)
    >>> target = vnla.dataset().get("target-trade-5bn-usd")
    >>> vnla.converter.unstructure(target)["value"], vnla.to_json(target.value)
    (5000000000.0, '"5000000000"')
    """
    return _configured()


def dataset_to_dict(ds: Dataset) -> dict[str, Any]:
    """A dataset as plain data: ``schema_version`` and one list per non-empty collection."""
    conv = _converter()
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
    deep = _too_deep(raw)
    if deep is not None:
        problems.append(
            Problem(file=file, path=deep, reason=f"tables or arrays nested more than {MAX_DEPTH} levels deep")
        )
        return parts, origins, problems
    if not isinstance(raw, dict):
        problems.append(Problem(file=file, path="$", reason=f"expected a table, got {type(raw).__name__}"))
        return parts, origins, problems
    version = raw.get("schema_version", SCHEMA_VERSION)
    if type(version) is not int or version != SCHEMA_VERSION:  # true == 1 in Python, not here
        problems.append(
            Problem(
                file=file,
                path="$.schema_version",
                reason=f"unsupported schema_version {version!r}; this vnla reads {SCHEMA_VERSION}",
            )
        )
    from vnla.record.convert import problems_from  # delayed with cattrs (see converter)

    conv = _converter()
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


def _file_kind(mode: int) -> str:
    for test, name in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO (named pipe)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return name
    return "not a regular file"


def _read_bytes(path: str, label: str) -> tuple[bytes | None, list[Problem]]:  # noqa: PLR0911
    """
    The bytes of a regular file of at most :data:`MAX_FILE_BYTES`, or the problem with it.

    The file is checked with ``os.stat`` before it is opened, so a FIFO is never
    opened (opening one blocks until a writer comes); what was opened is checked again.
    """

    def problem(reason: str) -> tuple[None, list[Problem]]:
        return None, [Problem(file=label, path="$", reason=reason)]

    try:
        info = os.stat(path)
    except OSError as exc:
        return problem(f"cannot read: {exc.strerror or exc}")
    if not stat.S_ISREG(info.st_mode):
        return problem(f"{_file_kind(info.st_mode)}, not a regular file: only regular files are read")
    if info.st_size > MAX_FILE_BYTES:
        limit = f"{MAX_FILE_BYTES:,}"
        return problem(f"too large: {info.st_size:,} bytes; data files are read up to {limit} bytes")
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    except OSError as exc:
        return problem(f"cannot read: {exc.strerror or exc}")
    with open(descriptor, "rb") as handle:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):  # replaced since the check
            return problem("not a regular file: only regular files are read")
        try:
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            return problem(f"cannot read: {exc.strerror or exc}")
    if len(data) > MAX_FILE_BYTES:
        return problem(f"too large: more than {MAX_FILE_BYTES:,} bytes")
    return data, []


def _too_deep(raw: object) -> str | None:
    """The path of the first table or array nested deeper than :data:`MAX_DEPTH`, if any."""
    stack: list[tuple[object, str, int]] = [(raw, "$", 0)]
    while stack:
        value, path, depth = stack.pop()
        if depth > MAX_DEPTH:
            return path
        if isinstance(value, dict):
            stack.extend((v, f"{path}.{k}", depth + 1) for k, v in value.items())
        elif isinstance(value, list):
            stack.extend((v, f"{path}[{i}]", depth + 1) for i, v in enumerate(value))
    return None


def _decode(data: bytes, label: str, *, as_json: bool = False) -> tuple[Any, list[Problem]]:  # noqa: PLR0911
    """Parse a file's bytes as TOML (or JSON, by its name), refusing what would load wrong."""

    def problem(reason: str, path: str = "$") -> tuple[None, list[Problem]]:
        return None, [Problem(file=label, path=path, reason=reason)]

    try:
        # "utf-8-sig": the byte order mark an editor on Windows may write is no part of the data
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return problem(f"not UTF-8 text (byte {exc.start}: {exc.reason})")
    import tomllib  # delayed: the bundled snapshot is JSON, and a first dataset() never parses TOML

    try:
        raw = json.loads(text) if as_json or label.endswith(".json") else tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        return problem(f"invalid TOML: {exc}")
    except json.JSONDecodeError as exc:
        return problem(f"invalid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})")
    except RecursionError:
        return problem(f"tables or arrays nested too deeply to parse (the limit is {MAX_DEPTH} levels)")
    except ValueError as exc:
        if "integer string conversion" in str(exc):
            return problem(
                f"an integer with more than {sys.get_int_max_str_digits()} digits; "
                "numbers in vnla data have at most 18"
            )
        return problem(f"cannot parse: {exc}")
    deep = _too_deep(raw)
    if deep is not None:
        return problem(f"tables or arrays nested more than {MAX_DEPTH} levels deep", deep)
    return raw, []


def _read(path: str, label: str) -> tuple[Any, list[Problem]]:
    data, problems = _read_bytes(path, label)
    if data is None:
        return None, problems
    return _decode(data, label)


def _parse(
    files: list[tuple[str, str]],
    base: Dataset | None = None,
    problems: list[Problem] | None = None,
) -> tuple[dict[str, Any], dict[tuple[str, int], tuple[str, str]]]:
    """
    Read and structure every file; raise one DataError listing every problem.

    ``base`` is the dataset the files will be merged into, so that when some
    records fail, the references of the others are still checked against it;
    ``problems`` are those already found (files refused), reported with the rest.
    """
    problems = list(problems or ())
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
    # The records are thousands of objects kept for the life of the process: the cyclic GC,
    # run by their allocation, would walk them again and again while they are built.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        files: list[tuple[str, bytes]] = []
        for path in _snapshot.data_files():
            with open(path, "rb") as handle:
                files.append((os.path.basename(path), handle.read()))
        snapshot = _snapshot.load_snapshot(files)
        if snapshot is not None:
            return snapshot
        return _build(*_parse([(p, f"vnla/data/{os.path.basename(p)}") for p in _snapshot.data_files()]))
    finally:
        if paused:
            gc.enable()


def load(path: str | os.PathLike[str], *, bundled: bool = True, follow_symlinks: bool = False) -> Dataset:
    """
    Load your own data (a ``.toml`` or ``.json`` file, or a folder of ``.toml`` files).

    By default the result is merged with the bundled dataset, so your
    records may refer to bundled ids; ``bundled=False`` loads your data
    alone.  Any problem anywhere raises one :class:`~vnla.DataError` listing
    every problem with its file and path; no dataset is returned.

    Only regular files are read: a FIFO, a socket or a device gets a problem
    naming it (and is never opened), as does a file larger than
    :data:`MAX_FILE_BYTES` (32 MiB).  In a folder, hidden files (``.x.toml``,
    an editor's copy) are skipped, and a symbolic link that leads out of the
    folder is refused unless ``follow_symlinks=True``.

    Args:
        path: a ``.toml`` or ``.json`` file, or a folder of ``.toml`` files.
        bundled: merge with the bundled dataset (your records may refer to its ids).
        follow_symlinks: read links in the folder that lead outside it.

    Raises:
        DataError: every problem in every file, each with its file and path.

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
    where = os.fspath(path)
    try:
        info = os.stat(where)
    except OSError as exc:
        missing = isinstance(exc, FileNotFoundError)
        reason = "no such file or folder" if missing else f"cannot read: {exc.strerror}"
        raise DataError([Problem(file=where, path="$", reason=reason)]) from None
    problems: list[Problem] = []
    if stat.S_ISDIR(info.st_mode):
        entries, problems = _folder_entries(where, follow_symlinks=follow_symlinks)
        if not entries and not problems:
            raise DataError([Problem(file=where, path="$", reason="no .toml files in this folder")])
    else:
        entries = [(where, where)]
    base = dataset() if bundled else None
    return _build(*_parse(entries, base, problems), base=base)


def _inside(root: str, path: str) -> bool:
    """Whether ``path`` (resolved) lies inside the folder ``root`` (resolved)."""
    return os.path.commonpath([root, path]) == root


def _folder_entries(folder: str, *, follow_symlinks: bool) -> tuple[list[tuple[str, str]], list[Problem]]:
    """The ``.toml`` files of a folder to read, and the problems of those refused."""
    root = os.path.realpath(folder)
    entries: list[tuple[str, str]] = []
    problems: list[Problem] = []
    for name in sorted(os.listdir(folder)):
        if name.startswith(".") or not name.endswith(".toml"):
            continue  # hidden files (editors' copies) and other files are not data
        full = os.path.join(folder, name)
        if not follow_symlinks and os.path.islink(full):
            target = os.path.realpath(full)
            if not _inside(root, target):
                problems.append(
                    Problem(
                        file=full,
                        path="$",
                        reason=f"a symbolic link to {target}, outside the folder: not read "
                        "(load(..., follow_symlinks=True) reads it)",
                    )
                )
                continue
        entries.append((full, full))
    return entries, problems


def to_json(obj: object, *, indent: int | None = 2) -> str:
    """
    Any model object, or a whole dataset, as JSON text (UTF-8, not escaped).

    >>> import vnla
    >>> print(vnla.to_json(vnla.dataset().get("target-trade-5bn-usd").horizon))
    {
      "kind": "near-term"
    }
    """
    return json.dumps(_converter().unstructure(obj), ensure_ascii=False, indent=indent)


def from_json(text: str | bytes, cls: type[Any]) -> Any:
    """
    Read back what :func:`to_json` wrote; ``from_json(to_json(x), type(x)) == x``.

    Errors raise :class:`~vnla.DataError` with the path of every problem.

    >>> import vnla
    >>> t = vnla.dataset().get("target-trade-10bn-usd")
    >>> vnla.from_json(vnla.to_json(t), vnla.model.records.Target) == t
    True
    """
    data = text if isinstance(text, bytes) else text.encode("utf-8", "surrogatepass")
    raw, problems = _decode(data, "<json>", as_json=True)
    if problems:
        raise DataError(problems)
    if cls is Dataset:
        return dataset_from_dict(raw, "<json>")
    from vnla.record.convert import problems_from  # delayed with cattrs (see converter)

    try:
        return _converter().structure(raw, cls)
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

    Sources without a ``file``, or whose file is not there, are left out.  A
    ``file`` must lead to a regular file inside ``folder`` (through links too).

    Raises:
        FileNotFoundError: ``folder`` is not a folder.
        DataError: a source's file leads outside the folder, is not a regular
            file, is larger than :data:`MAX_FILE_BYTES` or is not UTF-8.

    >>> import vnla, tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> source = next(s for s in vnla.dataset().sources if s.file)
    >>> _ = (folder / source.file).write_text("date 2026-01-26 HÀ NỘI —", encoding="utf-8")
    >>> list(texts_from_folder(vnla.dataset(), folder)) == [source.id]
    True
    """
    where = os.fspath(folder)
    if not os.path.isdir(where):
        msg = f"not a folder: {where!r}"
        raise FileNotFoundError(msg)
    root = os.path.realpath(where)
    out: dict[str, str] = {}
    problems: list[Problem] = []
    for source in sorted(dataset.sources, key=lambda s: s.id):
        if not source.file:
            continue
        candidate = os.path.join(where, source.file)
        if not os.path.lexists(candidate):
            continue
        target = os.path.realpath(candidate)
        if not _inside(root, target):
            problems.append(
                Problem(
                    file=candidate,
                    path=f"source {source.id!r}",
                    reason=f"the source's file leads outside {where} (to {target}): not read",
                )
            )
            continue
        data, read_problems = _read_bytes(target, candidate)
        if data is None:
            problems.extend(read_problems)
            continue
        try:
            out[source.id] = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            problems.append(
                Problem(file=candidate, path="$", reason=f"not UTF-8 text (byte {exc.start}: {exc.reason})")
            )
    if problems:
        raise DataError(problems)
    return out
