# SPDX-License-Identifier: MIT
"""
The bundled data's JSON snapshot: a derived, verified cache of ``data/*.toml``.

The TOML files are the source of truth and are what people edit.  Parsing
them with the pure-Python ``tomllib`` and structuring them with freshly
generated cattrs code costs most of a first :func:`vnla.dataset` call, so
``data/bundled.json`` keeps the same records as plain JSON.  Its first line is
a header; the rest, the body, holds the records and where each came from::

    {"about": "...", "format": 3, "toml": "crc32:…", "body": "crc32:…"}
    {"origins": {...}, "shapes": {"Person": [["id", "names", …], …], …}, "data": {...}}

A record is written as an array of its values followed by the number of its
*shape*: the list of the keys it has, among its class's shapes.  The keys are
those :func:`vnla.to_json` writes (fields left at their default are left out),
and a hundred shapes serve the two thousand records, so the keys are read once
per shape instead of once per record: JSON objects cost a parser twice what
arrays of the same values do.  ``[["Thongloun Sisoulith", "en", 0], 2]`` is
a record of shape 2 whose second value is a record of shape 0.

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

import builtins
import enum
import functools
import json
import os
import sys
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
FORMAT: Final = 3
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
    """
    The snapshot file's bytes: the header line, then the body.

    ``data`` holds each collection's records as :func:`vnla.to_json` writes them
    (tables of the keys that are not at their default); they are written as shaped arrays.
    """
    shapes = _Shapes()
    encoded = {
        key: value
        if key not in _COLLECTION_CLASSES
        else [shapes.encode(_COLLECTION_CLASSES[key], t) for t in value]
        for key, value in data.items()
    }
    body = (
        json.dumps(
            {"origins": origins, "shapes": shapes.keys, "data": encoded},
            ensure_ascii=False,
            separators=(",", ":"),
        ).encode("utf-8")
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
    if set(raw) - _COLLECTION_CLASSES.keys() - {"schema_version"}:
        msg = f"unknown collections {sorted(set(raw) - _COLLECTION_CLASSES.keys())}"
        raise ValueError(msg)
    builder = _Builder(body["shapes"])
    parts: dict[str, Any] = {
        key: tuple(map(builder.of(cls), raw.get(key, ()))) for key, cls, _kind in COLLECTIONS
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
# computed once per class from the field types, and once per shape from its keys:
# no cattrs code generation, no validators.  An __attrs_post_init__ runs only where
# it has fields to set (those with init=False): the model's classes are slotted, so
# one that sets none can only check what was checked when the snapshot was written.
_COLLECTION_CLASSES: Final[dict[str, type[Any]]] = {key: cls for key, cls, _kind in COLLECTIONS}


def _when(value: Any) -> When:
    """A :class:`When` from the forms :func:`vnla.model.values.unstructure_when` writes."""
    if isinstance(value, str):
        if len(value) == 10:  # a day, the most common form: set as the records are, unchecked
            day = date.fromisoformat(value)
            when = object.__new__(When)
            _WHEN_PRECISION(when, Precision.DAY)
            _WHEN_EARLIEST(when, day)
            _WHEN_LATEST(when, day)
            _WHEN_QUALIFIER(when, None)
            return when
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


class _Nested:
    """Marks a field that holds records of ``cls``: a tuple of them when ``many``, else one (or ``None``)."""

    __slots__ = ("cls", "many")

    def __init__(self, cls: type[Any], *, many: bool) -> None:
        self.cls = cls
        self.many = many


def _builder(tp: Any) -> Callable[[Any], Any] | _Nested | None:
    """How a value of type ``tp`` is rebuilt from its JSON form; ``None``: it is used as it is."""
    tp = optional_inner(tp)
    if typing.get_origin(tp) is tuple:
        item_type = typing.get_args(tp)[0]
        if isinstance(item_type, type) and attrs.has(item_type):
            return _Nested(item_type, many=True)
        item = _builder(item_type)
        if item is None:
            return tuple
        if isinstance(item, _Nested):  # a tuple of optional records: not a form the model has
            msg = f"no snapshot builder for {tp!r}"
            raise TypeError(msg)
        return lambda values: tuple(map(item, values))
    found = _builder_of_class(tp)
    if found is not _UNKNOWN:
        return found  # type: ignore[no-any-return]
    if tp is Any or typing.get_origin(tp) is None:
        return None
    msg = f"no snapshot builder for {tp!r}"
    raise TypeError(msg)


_UNKNOWN: Final[Any] = object()


def _builder_of_class(tp: Any) -> Any:  # noqa: PLR0911
    """:func:`_builder` of a class (not a generic), or ``_UNKNOWN``."""
    if tp is When:
        return _when
    if tp is Decimal:
        return Decimal
    if tp is date:
        return date.fromisoformat
    if tp in (str, int, bool):
        return None
    if isinstance(tp, type):
        if issubclass(tp, enum.Enum):
            # The members by value, looked up directly: calling the enum costs ten times as much.
            return tp._value2member_map_.__getitem__
        if attrs.has(tp):
            return _Nested(tp, many=False)
    return _UNKNOWN


def _builder_of_text(text: str, namespace: dict[str, Any]) -> Any:
    """
    :func:`_builder` of an annotation as the model writes it (``"tuple[Name, ...]"``,
    ``"date | None"``, ``"str"``), read without making the type; ``_UNKNOWN`` for any other form.

    The model's annotations are text (``from __future__ import annotations``); making each one a
    type and taking it apart again with :mod:`typing` cost a first load more than the types' uses.
    """
    text = text.removesuffix(" | None")
    many = text.startswith("tuple[") and text.endswith(", ...]")
    if many:
        text = text[len("tuple[") : -len(", ...]")]
    if not text.isidentifier():
        return _UNKNOWN
    tp = namespace.get(text, _UNKNOWN)
    if tp is _UNKNOWN:
        tp = vars(builtins).get(text, _UNKNOWN)
    item = _builder_of_class(tp)
    if not many or item is _UNKNOWN:
        return item
    if isinstance(item, _Nested):
        return _Nested(item.cls, many=True)
    if item is None:
        return tuple
    return lambda values: tuple(map(item, values))


def _setter(cls: Any, name: str) -> Callable[[Any, Any], None]:
    """A function setting field ``name`` on a record of ``cls``: its slot's own setter when it has one."""
    for base in cls.__mro__:
        slot = vars(base).get(name)
        if slot is not None and type(slot).__name__ == "member_descriptor":
            setter: Callable[[Any, Any], None] = slot.__set__  # twice as fast as object.__setattr__
            return setter
    return lambda record, value: object.__setattr__(record, name, value)


#: The setters of a When's fields (see _when).
_WHEN_PRECISION, _WHEN_EARLIEST, _WHEN_LATEST, _WHEN_QUALIFIER = (
    _setter(When, name) for name in ("precision", "earliest", "latest", "qualifier")
)


class _Fields:
    """How the records of one class are rebuilt, whatever their shape: computed once per class."""

    __slots__ = ("by_key", "defaults", "nested", "post_init", "required")

    def __init__(self, cls: Any) -> None:
        namespace = vars(sys.modules[cls.__module__])
        #: key -> (setter, builder or None when the JSON value is used as it is, or records)
        self.by_key: dict[str, tuple[Callable[[Any, Any], None], Callable[[Any], Any] | _Nested | None]] = {}
        #: the keys every table must have (fields without a default)
        self.required: set[str] = set()
        #: the fields with a default: (setter, key or "" when not an argument, default, factory?)
        self.defaults: list[tuple[Callable[[Any, Any], None], str, Any, bool]] = []
        for a in attrs.fields(cls):
            default = a.default
            factory = isinstance(default, attrs.Factory)  # type: ignore[arg-type]
            if factory and default.takes_self:
                msg = f"{cls.__name__}.{a.name}: a default that takes self"
                raise TypeError(msg)
            setter = _setter(cls, a.name)
            if a.init:
                how = _builder_of_text(a.type, namespace) if isinstance(a.type, str) else _UNKNOWN
                if how is _UNKNOWN:
                    how = _builder(field_types(cls)[a.name])
                self.by_key[a.alias] = (setter, how)
            if default is attrs.NOTHING:
                if a.init:
                    self.required.add(a.alias)
                continue  # else set by __attrs_post_init__
            self.defaults.append(
                (setter, a.alias if a.init else "", default.factory if factory else default, factory)
            )
        #: key -> the class of the records it holds, and whether a tuple of them
        self.nested = {k: how for k, (_s, how) in self.by_key.items() if isinstance(how, _Nested)}
        sets_fields = (
            any(not a.init for a in attrs.fields(cls)) or cls.__dictoffset__ != 0
        )  # instances with a __dict__
        self.post_init: Callable[[Any], None] | None = (
            getattr(cls, "__attrs_post_init__", None) if sets_fields else None
        )


@functools.cache
def _fields(cls: Any) -> _Fields:
    return _Fields(cls)


class _Shapes:
    """The writer's side: records as shaped arrays, and each class's shapes (its lists of keys)."""

    def __init__(self) -> None:
        #: class name -> its shapes, numbered by their place in the list
        self.keys: dict[str, list[list[str]]] = {}
        self._numbers: dict[tuple[str, tuple[str, ...]], int] = {}
        self._classes: dict[str, type[Any]] = {}

    def encode(self, cls: Any, table: Any) -> list[Any]:
        """``table``'s values, each nested record encoded too, then the number of its shape."""
        if not isinstance(table, dict):
            msg = f"a {cls.__name__} must be a table, got {type(table).__name__}"
            raise TypeError(msg)
        name = cls.__name__
        known: Any = self._classes.setdefault(name, cls)
        if known is not cls:
            msg = f"two record classes named {name}: {known!r} and {cls!r}"
            raise TypeError(msg)
        keys = tuple(table)
        number = self._numbers.get((name, keys))
        if number is None:
            shapes = self.keys.setdefault(name, [])
            number = self._numbers[(name, keys)] = len(shapes)
            shapes.append(list(keys))
        nested = _fields(cls).nested
        values: list[Any] = []
        for key, value in table.items():
            how = nested.get(key)
            if how is None or value is None:
                values.append(value)
            elif how.many:
                values.append([self.encode(how.cls, item) for item in value])
            else:
                values.append(self.encode(how.cls, value))
        values.append(number)
        return values


class _Shape:
    """How the records of one shape of one class are rebuilt."""

    __slots__ = ("builders", "defaults", "factories", "setters", "width")

    def __init__(self, cls: Any, keys: list[str], builders_of: Callable[[type[Any]], Any]) -> None:
        fields = _fields(cls)
        present = set(keys)
        unknown = [k for k in keys if k not in fields.by_key]
        if unknown:
            msg = f"{cls.__name__} with unknown field {unknown[0]!r}"
            raise ValueError(msg)
        if not fields.required <= present:
            msg = f"{cls.__name__} without {sorted(fields.required - present)}"
            raise KeyError(msg)
        if len(present) != len(keys):
            msg = f"{cls.__name__} with a key twice in {keys}"
            raise ValueError(msg)
        setters: list[Callable[[Any, Any], None]] = []
        builders: list[Callable[[Any], Any] | None] = []
        for key in keys:
            setter, how = fields.by_key[key]
            setters.append(setter)
            builders.append(_records_builder(how, builders_of) if isinstance(how, _Nested) else how)
        self.setters = tuple(setters)
        self.builders = tuple(builders)
        #: the values an array of this shape has: one per key, then the shape's number
        self.width = len(keys) + 1
        missing = [
            (setter, default, factory)
            for setter, key, default, factory in fields.defaults
            if key not in present
        ]
        #: the fields left at their default: (setter, value), and (setter, factory) for a default factory
        self.defaults = tuple((setter, default) for setter, default, factory in missing if not factory)
        self.factories = tuple((setter, default) for setter, default, factory in missing if factory)


def _records_builder(how: _Nested, builders_of: Callable[[type[Any]], Any]) -> Callable[[Any], Any]:
    one: Callable[[Any], Any] = builders_of(how.cls)
    if how.many:
        return lambda values: tuple(map(one, values))
    return lambda value: None if value is None else one(value)


class _Builder:
    """The reader's side: a function per class rebuilding its records from one snapshot's shaped arrays."""

    def __init__(self, shapes: dict[str, list[list[str]]]) -> None:
        self._shapes = shapes
        self._functions: dict[type[Any], Callable[[list[Any]], Any]] = {}

    def of(self, cls: type[Any]) -> Callable[[list[Any]], Any]:
        """The function that rebuilds a record of ``cls`` from its array."""
        found = self._functions.get(cls)
        if found is None:
            found = self._functions[cls] = self._make(cls)
        return found

    def _make(self, cls: Any) -> Callable[[list[Any]], Any]:
        shapes: list[_Shape] = []  # filled below, after this class's function is known (records may nest)
        post_init = _fields(cls).post_init
        new = object.__new__

        def build(values: list[Any]) -> Any:
            shape = shapes[values[-1]]
            if len(values) != shape.width:
                msg = f"{cls.__name__}: {len(values) - 1} values for a shape of {shape.width - 1} keys"
                raise ValueError(msg)
            record = new(cls)
            # Not strict: the array's last value is its shape's number, which has no setter.  Nor
            # strict=False: zip() with a keyword parses it (PyArg_ParseTupleAndKeywords) on every call,
            # once per record, a thousand instructions each.
            for setter, builder, value in zip(shape.setters, shape.builders, values):  # noqa: B905
                setter(record, value if builder is None else builder(value))
            for setter, default in shape.defaults:
                setter(record, default)
            for setter, factory in shape.factories:
                setter(record, factory())
            if post_init is not None:
                post_init(record)
            return record

        self._functions[cls] = build
        shapes.extend(_Shape(cls, keys, self.of) for keys in self._shapes.get(cls.__name__, ()))
        return build


def _build(cls: type[Any], table: dict[str, Any]) -> Any:
    """
    A record of ``cls`` from a table as :func:`vnla.to_json` writes it, the way the loader builds it.

    Without its validators; its ``__attrs_post_init__`` runs only where it sets fields.
    """
    shapes = _Shapes()
    values = shapes.encode(cls, table)
    return _Builder(shapes.keys).of(cls)(values)
