# SPDX-License-Identifier: MIT
"""
The bundled data's JSON snapshot: a derived cache of ``data/*.toml``.

The TOML files are the source of truth and are what people edit.  Parsing
them with the pure-Python ``tomllib`` and structuring them with freshly
generated cattrs code costs most of a first :func:`vnla.dataset` call, so
``data/bundled.json`` keeps the same records as plain JSON together with the
SHA-256 of the TOML files it was made from.  The loader uses the snapshot
only when that hash matches the TOML files it ships with; otherwise it parses
the TOML (slower, same result).  ``tests/test_snapshot.py`` fails when the
snapshot is stale.  Regenerate it after editing the data::

    python -m vnla.record.refresh

Like babel's pickled CLDR data, a cache of data that is built elsewhere — but
JSON, so it needs no trust and shows in a diff.
"""

from __future__ import annotations

import enum
import functools
import hashlib
import json
import types
import typing
from datetime import date
from decimal import Decimal
from importlib import resources
from typing import TYPE_CHECKING, Any, Final

import attrs

from vnla.model.records import When
from vnla.model.values import structure_date, structure_decimal, structure_when
from vnla.record.dataset import COLLECTIONS, Dataset

if TYPE_CHECKING:
    from collections.abc import Callable
    from importlib.resources.abc import Traversable

__all__ = ["SNAPSHOT_NAME", "build_trusted", "data_files", "load_snapshot", "toml_digest"]

SNAPSHOT_NAME: Final = "bundled.json"


def data_files() -> list[Traversable]:
    """The bundled TOML files, sorted by name."""
    root = resources.files("vnla") / "data"
    return sorted((e for e in root.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)


def toml_digest(files: list[tuple[str, bytes]]) -> str:
    """SHA-256 over the names and bytes of the TOML files."""
    digest = hashlib.sha256()
    for name, data in files:
        digest.update(name.encode("utf-8") + b"\0" + data + b"\0")
    return digest.hexdigest()


# --------------------------------------------------------------------------- building
# The snapshot was written by the cattrs converter from validated data, so it
# is structured here by a plan computed once per class from the field types,
# without cattrs' per-class code generation.  Model validators still run.
def _identity(value: Any) -> Any:
    return value


def _builder(tp: Any) -> Callable[[Any], Any]:  # noqa: PLR0911
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        (inner,) = (a for a in typing.get_args(tp) if a is not type(None))
        return _builder(inner)
    if origin is tuple:
        item = _builder(typing.get_args(tp)[0])
        if item is _identity:
            return tuple
        return lambda values: tuple([item(v) for v in values])
    if tp is When:
        return structure_when
    if tp is Decimal:
        return structure_decimal
    if tp is date:
        return structure_date
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return tp
    if isinstance(tp, type) and attrs.has(tp):
        return functools.partial(build_trusted, tp)
    return _identity


@functools.cache
def _plan(cls: Any) -> tuple[tuple[str, Callable[[Any], Any]], ...]:
    hints = typing.get_type_hints(cls)
    return tuple((a.name, _builder(hints[a.name])) for a in attrs.fields(cls) if a.init)


def build_trusted(cls: Any, raw: dict[str, Any]) -> Any:
    """Build ``cls`` from data the converter itself unstructured."""
    return cls(**{name: build(raw[name]) for name, build in _plan(cls) if name in raw})


def load_snapshot(files: list[tuple[str, bytes]]) -> Dataset | None:
    """The dataset from the snapshot, or ``None`` when it is missing or stale."""
    snapshot = resources.files("vnla") / "data" / SNAPSHOT_NAME
    try:
        wrapper = json.loads(snapshot.read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(wrapper, dict) or wrapper.get("toml_sha256") != toml_digest(files):
        return None
    raw = wrapper["data"]
    parts: dict[str, Any] = {
        key: [build_trusted(cls, item) for item in raw.get(key, ())] for key, cls, _kind in COLLECTIONS
    }
    origins = {
        (key, i): (f"vnla/data/{file}", path)
        for key, entries in wrapper.get("origins", {}).items()
        for i, (file, path) in enumerate(entries)
    }
    return Dataset(**parts, origins=origins)
