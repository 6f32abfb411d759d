# SPDX-License-Identifier: MIT
"""
vnla: the Vietnam–Laos relationship as typed, sourced, immutable data.

>>> import vnla
>>> ds = vnla.dataset()
>>> visit = ds.get("visit-2025-12-laos")
>>> visit.start, visit.end, ds.get(visit.place).name.preferred("lo")
(datetime.date(2025, 12, 1), datetime.date(2025, 12, 2), 'ວຽງຈັນ')

Importing vnla reads no file and imports neither babel nor hypothesis: the
names below are loaded on first use (PEP 562).
"""

from __future__ import annotations

import gc as _gc
import importlib as _importlib
import typing as _typing
import warnings as _warnings

if _typing.TYPE_CHECKING:
    from typing import Any

    from cattrs import Converter

    from vnla import checker as checker
    from vnla import lang as lang
    from vnla import model as model
    from vnla import names as names
    from vnla import record as record
    from vnla import render as render
    from vnla import rules as rules
    from vnla.checker import check_text as check_text
    from vnla.lang.fold import fold as fold
    from vnla.model.collections import Record
    from vnla.model.errors import AmbiguousName as AmbiguousName
    from vnla.model.errors import DataError as DataError
    from vnla.model.errors import Problem as Problem
    from vnla.model.errors import Unknown as Unknown
    from vnla.model.errors import UnknownId as UnknownId
    from vnla.model.errors import UnknownLanguage as UnknownLanguage
    from vnla.model.errors import UnknownName as UnknownName
    from vnla.model.errors import VnlaError as VnlaError
    from vnla.names.index import Match
    from vnla.record.dataset import Dataset as Dataset
    from vnla.record.loading import clear_caches as clear_caches
    from vnla.record.loading import dataset as dataset
    from vnla.record.loading import from_json as from_json
    from vnla.record.loading import load as load
    from vnla.record.loading import to_json as to_json
    from vnla.record.schema import json_schema as json_schema
    from vnla.render.formatting import to_text as to_text
    from vnla.rules.checks import check as check
    from vnla.testing.assertions import assert_consistent as assert_consistent

    converter: Converter
    __version__: str

__all__ = [
    "AmbiguousName",
    "DataError",
    "Dataset",
    "Problem",
    "Unknown",
    "UnknownId",
    "UnknownLanguage",
    "UnknownName",
    "VnlaError",
    "__version__",
    "assert_consistent",
    "check",
    "check_text",
    "checker",
    "clear_caches",
    "converter",
    "dataset",
    "fold",
    "from_json",
    "json_schema",
    "lang",
    "load",
    "model",
    "names",
    "record",
    "render",
    "resolve",
    "rules",
    "search",
    "to_json",
    "to_text",
]

#: Where each lazily loaded public name lives.  The rooms (subpackages) are
#: listed in the order their imports point: each imports only from those above it.
_LAZY: dict[str, tuple[str, str | None]] = {
    "model": ("vnla.model", None),
    "lang": ("vnla.lang", None),
    "names": ("vnla.names", None),
    "rules": ("vnla.rules", None),
    "record": ("vnla.record", None),
    "render": ("vnla.render", None),
    "checker": ("vnla.checker", None),
    "AmbiguousName": ("vnla.model.errors", "AmbiguousName"),
    "DataError": ("vnla.model.errors", "DataError"),
    "Problem": ("vnla.model.errors", "Problem"),
    "Unknown": ("vnla.model.errors", "Unknown"),
    "UnknownId": ("vnla.model.errors", "UnknownId"),
    "UnknownLanguage": ("vnla.model.errors", "UnknownLanguage"),
    "UnknownName": ("vnla.model.errors", "UnknownName"),
    "VnlaError": ("vnla.model.errors", "VnlaError"),
    "Dataset": ("vnla.record.dataset", "Dataset"),
    "clear_caches": ("vnla.record.loading", "clear_caches"),
    "dataset": ("vnla.record.loading", "dataset"),
    "from_json": ("vnla.record.loading", "from_json"),
    "load": ("vnla.record.loading", "load"),
    "to_json": ("vnla.record.loading", "to_json"),
    "json_schema": ("vnla.record.schema", "json_schema"),
    "check_text": ("vnla.checker", "check_text"),
    "check": ("vnla.rules.checks", "check"),
    "assert_consistent": ("vnla.testing.assertions", "assert_consistent"),
    "fold": ("vnla.lang.fold", "fold"),
    "to_text": ("vnla.render.formatting", "to_text"),
    # Old module paths, kept one release: importing them warns.
    "models": ("vnla.models", None),
    "formatting": ("vnla.formatting", None),
    "checks": ("vnla.checks", None),
    "parsing": ("vnla.parsing", None),
    "text": ("vnla.text", None),
}


def resolve(
    name: str, *, kind: str | tuple[str, ...] | None = None, dataset: Dataset | None = None
) -> Record:
    """
    The entity ``name`` names in the bundled dataset (or in ``dataset``).

    Any language, spelling or short form, with or without a title in front.

    >>> import vnla
    >>> vnla.resolve("National Assembly Chairman Tran Thanh Man").id
    'tran-thanh-man'
    >>> vnla.resolve("ທອງລຸນ ສີສຸລິດ").id
    'thongloun-sisoulith'
    >>> vnla.resolve("Hà Nội").name.display("lo")
    'ຮ່າໂນ້ຍ'

    Raises:
        UnknownName: no entity has this name (with "did you mean" suggestions).
        AmbiguousName: several do (with the candidates).
    """
    from vnla.names.index import resolve as resolve_in
    from vnla.record.loading import dataset as bundled

    found: Record = resolve_in(dataset if dataset is not None else bundled(), name, kind=kind)
    return found


def search(query: str, *, kind: str | tuple[str, ...] | None = None, limit: int = 10) -> tuple[Match, ...]:
    """
    Entities whose names match ``query``, best first (exact, then prefix, then fuzzy).

    >>> import vnla
    >>> [m.id for m in vnla.search("Thong", kind="person")][0]
    'thongloun-sisoulith'
    """
    from vnla.names.index import search as search_in
    from vnla.record.loading import dataset as bundled

    return search_in(bundled(), query, kind=kind, limit=limit)


def __getattr__(name: str) -> Any:
    if name == "converter":
        from vnla.record.loading import converter

        return converter()
    if name == "__version__":
        return _version()
    if name == "format":  # the 0.1 name, which shadowed the builtin; kept one release
        _warnings.warn(
            "vnla.format is renamed vnla.to_text (it shadowed the builtin format); "
            "vnla.format goes in the next release",
            DeprecationWarning,
            stacklevel=2,
        )
        from vnla.render.formatting import to_text

        return to_text
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        msg = f"module 'vnla' has no attribute {name!r}"
        raise AttributeError(msg) from None
    # Importing a room creates thousands of objects that live as long as the process (the model's
    # classes are most of a first vnla.dataset()); the cyclic GC would walk them again and again.
    paused = _gc.isenabled()
    if paused:
        _gc.disable()
    try:
        module = _importlib.import_module(module_name)
    finally:
        if paused:
            _gc.enable()
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    # The public names and the module's dunders; not the helpers (_importlib, TYPE_CHECKING).
    return sorted(set(__all__) | {n for n in globals() if n.startswith("__") and n.endswith("__")})


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vnla")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"
