# SPDX-License-Identifier: MIT
"""
The bundled data's JSON snapshot: a derived, verified cache of ``data/*.toml``.

The TOML files are the source of truth and are what people edit.  Parsing
them with the pure-Python ``tomllib`` and structuring them with freshly
generated cattrs code costs most of a first :func:`vnla.dataset` call, so
``data/bundled.json`` keeps the same records as plain JSON.  Its first line is
a header; the rest, the body, holds the records and where each came from::

    {"about": "...", "format": 2, "toml": "crc32:…", "body": "crc32:…"}
    {"origins": {...}, "data": {...}}

The loader uses the snapshot only when both checks pass: the checksum of the
TOML files it ships with is the one the header names (else the snapshot is
*stale*, and the TOML is parsed: slower, same result), and the checksum of the
body is the one the header names (else the snapshot was *changed* after it was
written: a :class:`SnapshotWarning` says so and the TOML is parsed).  Both are
CRC-32 over every byte, not file sizes or times: an edit anywhere is seen.  A
CRC is no defence against a deliberate forgery, and needs none: whoever can
rewrite the package's data can rewrite its code.  (SHA-256 would need
``hashlib``, whose OpenSSL costs a first load more than reading the data.)

A snapshot that passes both checks holds, byte for byte, what
``python -m vnla.record.refresh`` wrote from a dataset that passed every check
of :class:`~vnla.record.dataset.Dataset`, so its records are rebuilt without
running the model's validators again; ``tests/test_snapshot.py`` checks that
the snapshot equals the dataset the TOML gives, and fails while it is stale.
Regenerate it after editing the data::

    python -m vnla.record.refresh

Like babel's pickled CLDR data, a cache of data that is built elsewhere — but
JSON, so it needs no trust and shows in a diff.
"""

from __future__ import annotations

import enum
import functools
import json
import os
import typing
import warnings
import zlib
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnla.model.collections import COLLECTIONS
from vnla.model.fields import field_types, optional_inner
from vnla.model.records import Precision, When
from vnla.record.dataset import Dataset

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = [
    "DATA_DIR",
    "FORMAT",
    "SNAPSHOT_NAME",
    "SnapshotWarning",
    "data_files",
    "load_snapshot",
    "snapshot_bytes",
    "toml_digest",
]

SNAPSHOT_NAME: Final = "bundled.json"
#: The version of the snapshot's layout; a snapshot of another layout is not used.
FORMAT: Final = 2
#: The folder of the bundled data (found next to this package, without importlib.resources).
DATA_DIR: Final = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "data")


class SnapshotWarning(UserWarning):
    """The bundled snapshot failed its own check; the TOML files were read instead."""


def data_files() -> list[str]:
    """The paths of the bundled TOML files, sorted by name (hidden files left out)."""
    names = sorted(n for n in os.listdir(DATA_DIR) if n.endswith(".toml") and not n.startswith("."))
    return [os.path.join(DATA_DIR, n) for n in names]


def _crc(parts: list[bytes]) -> str:
    crc = 0
    size = 0
    for part in parts:
        crc = zlib.crc32(part, crc)
        size += len(part)
    return f"crc32:{crc:08x}:{size}"


def toml_digest(files: list[tuple[str, bytes]]) -> str:
    """The checksum of the TOML files: CRC-32 and length over their names and bytes."""
    parts: list[bytes] = []
    for name, data in files:
        parts += [name.encode("utf-8"), b"\0", data, b"\0"]
    return _crc(parts)


def snapshot_bytes(
    data: dict[str, Any], origins: dict[str, list[tuple[str, str]]], files: list[tuple[str, bytes]]
) -> bytes:
    """The snapshot file's bytes: the header line, then the body."""
    body = (
        json.dumps({"origins": origins, "data": data}, ensure_ascii=False, separators=(",", ":")).encode(
            "utf-8"
        )
        + b"\n"
    )
    header = {
        "about": "Derived from data/*.toml by `python -m vnla.record.refresh`; edit the TOML, not this file.",
        "format": FORMAT,
        "toml": toml_digest(files),
        "body": _crc([body]),
    }
    return json.dumps(header, ensure_ascii=False).encode("utf-8") + b"\n" + body


def load_snapshot(files: list[tuple[str, bytes]], path: str | None = None) -> Dataset | None:
    """
    The dataset from the snapshot, or ``None`` when it is missing, stale or changed.

    ``files`` are the TOML files' names and bytes; ``path`` the snapshot (default:
    the bundled one).  A snapshot that fails its own check warns (:class:`SnapshotWarning`).
    """
    path = path or os.path.join(DATA_DIR, SNAPSHOT_NAME)
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError:
        return None
    end = raw.find(b"\n")
    try:
        header = json.loads(raw[:end] if end >= 0 else raw)
    except ValueError:
        header = None
    if not isinstance(header, dict) or header.get("format") != FORMAT:
        _warn(path, "its header is not one this vnla writes")
        return None
    if header.get("toml") != toml_digest(files):
        return None  # stale: the TOML was edited after the snapshot was written
    body = raw[end + 1 :]
    if header.get("body") != _crc([body]):
        _warn(path, "its content does not match its checksum (was it edited?)")
        return None
    try:
        return _dataset(json.loads(body))
    except Exception as exc:  # noqa: BLE001 - any failure to rebuild means: use the TOML
        _warn(path, f"it cannot be read ({type(exc).__name__}: {str(exc)[:200]})")
        return None


def _warn(path: str, why: str) -> None:
    warnings.warn(
        f"the bundled snapshot {path} is not used: {why}; reading the TOML files instead "
        "(run `python -m vnla.record.refresh` to rewrite it)",
        SnapshotWarning,
        stacklevel=4,
    )


def _dataset(body: dict[str, Any]) -> Dataset:
    raw = body["data"]
    known = {key for key, _cls, _kind in COLLECTIONS}
    if set(raw) - known - {"schema_version"}:
        msg = f"unknown collections {sorted(set(raw) - known)}"
        raise ValueError(msg)
    parts: dict[str, Any] = {
        key: tuple([_build(cls, item) for item in raw.get(key, ())]) for key, cls, _kind in COLLECTIONS
    }
    origins = {
        (key, i): (f"vnla/data/{file}", where)
        for key, entries in body["origins"].items()
        for i, (file, where) in enumerate(entries)
    }
    return Dataset._unchecked(schema_version=raw.get("schema_version", 1), **parts, origins=origins)


# --------------------------------------------------------------------------- building
# The body was written by the converter from a dataset that passed every check,
# and its checksum says it is unchanged, so records are rebuilt by a plan
# computed once per class from the field types: no cattrs code generation, no
# validators.  An __attrs_post_init__ runs only where it has fields to set (those
# with init=False): the model's classes are slotted, so one that sets none can
# only check what was checked when the snapshot was written.
def _when(value: Any) -> When:
    """A :class:`When` from the forms :func:`vnla.model.values.unstructure_when` writes."""
    if isinstance(value, str):
        if len(value) == 10:
            day = date.fromisoformat(value)
            return When(precision=Precision.DAY, earliest=day, latest=day)
        if len(value) == 7:
            return When.in_month(int(value[:4]), int(value[5:]))
        return When.in_year(int(value))
    if "start" in value:
        start, end = date.fromisoformat(value["start"]), date.fromisoformat(value["end"])
        return When(precision=Precision.RANGE, earliest=start, latest=end)
    if "year" in value:
        return When.in_year(value["year"], qualifier=value.get("qualifier"))
    lo, hi = value.get("not_before"), value.get("not_after")
    return When(
        precision=Precision.BOUNDS,
        earliest=date.fromisoformat(lo) if lo is not None else None,
        latest=date.fromisoformat(hi) if hi is not None else None,
    )


def _builder(tp: Any) -> Callable[[Any], Any] | None:  # noqa: PLR0911
    """How a value of type ``tp`` is rebuilt from its JSON form; ``None``: it is used as it is."""
    tp = optional_inner(tp)
    if typing.get_origin(tp) is tuple:
        item = _builder(typing.get_args(tp)[0])
        if item is None:
            return tuple
        return lambda values: tuple(map(item, values))
    if tp is When:
        return _when
    if tp is Decimal:
        return Decimal
    if tp is date:
        return date.fromisoformat
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        # The members by value, looked up directly: calling the enum costs ten times as much.
        return tp._value2member_map_.__getitem__
    if isinstance(tp, type) and attrs.has(tp):
        return functools.partial(_build, tp)
    if tp in (str, int, bool, Any) or typing.get_origin(tp) is None:
        return None
    msg = f"no snapshot builder for {tp!r}"
    raise TypeError(msg)


_NO_DEFAULT: Final = object()


def _setter(cls: Any, name: str) -> Callable[[Any, Any], None]:
    """A function setting field ``name`` on a record of ``cls``: its slot's own setter when it has one."""
    for base in cls.__mro__:
        slot = vars(base).get(name)
        if slot is not None and type(slot).__name__ == "member_descriptor":
            setter: Callable[[Any, Any], None] = slot.__set__  # twice as fast as object.__setattr__
            return setter
    return lambda record, value: object.__setattr__(record, name, value)


class _Plan(typing.NamedTuple):
    """How the records of one class are rebuilt, computed once per class from its fields."""

    #: key in the raw table -> (setter, builder or None when the JSON value is used as it is)
    by_key: dict[str, tuple[Callable[[Any, Any], None], Callable[[Any], Any] | None]]
    #: the keys a table must have (fields without a default)
    required: frozenset[str]
    #: the fields with a default: (setter, key or "" when not an argument, default, factory?)
    defaults: tuple[tuple[Callable[[Any, Any], None], str, Any, bool], ...]
    #: how many fields ``__init__`` sets
    fields: int
    post_init: Callable[[Any], None] | None


@functools.cache
def _plan(cls: Any) -> _Plan:
    types = field_types(cls)
    by_key: dict[str, tuple[Callable[[Any, Any], None], Callable[[Any], Any] | None]] = {}
    required: set[str] = set()
    defaults: list[tuple[Callable[[Any, Any], None], str, Any, bool]] = []
    count = 0
    for a in attrs.fields(cls):
        default = a.default
        factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
        if factory and default.takes_self:
            msg = f"{cls.__name__}.{a.name}: a default that takes self"
            raise TypeError(msg)
        setter = _setter(cls, a.name)
        if a.init:
            by_key[a.alias] = (setter, _builder(types[a.name]))
        if default is attrs.NOTHING:
            if a.init:
                required.add(a.alias)
                count += 1
            continue  # else set by __attrs_post_init__
        defaults.append((setter, a.alias if a.init else "", default.factory if factory else default, factory))
        count += 1
    sets_fields = any(not a.init for a in attrs.fields(cls)) or "__dict__" in dir(cls)
    post_init = getattr(cls, "__attrs_post_init__", None) if sets_fields else None
    return _Plan(by_key, frozenset(required), tuple(defaults), count, post_init)


def _build(cls: Any, raw: dict[str, Any]) -> Any:
    """A record of ``cls`` from a table of the verified snapshot, without its validators."""
    by_key, required, defaults, fields, post_init = _plan(cls)
    record = object.__new__(cls)
    for key, value in raw.items():
        try:
            setter, build = by_key[key]
        except KeyError:
            msg = f"{cls.__name__} with unknown field {key!r}"
            raise ValueError(msg) from None
        setter(record, value if build is None else build(value))
    if len(raw) < fields:  # the writer leaves out what has its default
        if not required <= raw.keys():
            msg = f"{cls.__name__} without {sorted(required - raw.keys())}"
            raise KeyError(msg)
        for setter, key, default, factory in defaults:
            if key not in raw:
                setter(record, default() if factory else default)
    if post_init is not None:
        post_init(record)
    return record
