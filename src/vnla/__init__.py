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

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from cattrs import Converter

    from vnla import checks as checks
    from vnla import formatting as formatting
    from vnla import models as models
    from vnla import names as names
    from vnla import parsing as parsing
    from vnla import text as text
    from vnla._data import (
        clear_caches as clear_caches,
    )
    from vnla._data import (
        dataset as dataset,
    )
    from vnla._data import (
        from_json as from_json,
    )
    from vnla._data import (
        load as load,
    )
    from vnla._data import (
        to_json as to_json,
    )
    from vnla._dataset import Dataset as Dataset
    from vnla._schema import json_schema as json_schema
    from vnla.checks import assert_consistent as assert_consistent
    from vnla.checks import check as check
    from vnla.errors import (
        AmbiguousName as AmbiguousName,
    )
    from vnla.errors import (
        DataError as DataError,
    )
    from vnla.errors import (
        Problem as Problem,
    )
    from vnla.errors import (
        UnknownName as UnknownName,
    )
    from vnla.errors import (
        VnlaError as VnlaError,
    )
    from vnla.formatting import format as format
    from vnla.names import fold as fold
    from vnla.text import check_text as check_text

    converter: Converter
    __version__: str

__all__ = [
    "AmbiguousName",
    "DataError",
    "Dataset",
    "Problem",
    "UnknownName",
    "VnlaError",
    "__version__",
    "assert_consistent",
    "check",
    "check_text",
    "checks",
    "clear_caches",
    "converter",
    "dataset",
    "fold",
    "format",
    "formatting",
    "from_json",
    "json_schema",
    "load",
    "models",
    "names",
    "parsing",
    "resolve",
    "search",
    "text",
    "to_json",
]

#: Where each lazily loaded public name lives.
_LAZY: dict[str, tuple[str, str | None]] = {
    "AmbiguousName": ("vnla.errors", "AmbiguousName"),
    "DataError": ("vnla.errors", "DataError"),
    "Problem": ("vnla.errors", "Problem"),
    "UnknownName": ("vnla.errors", "UnknownName"),
    "VnlaError": ("vnla.errors", "VnlaError"),
    "Dataset": ("vnla._dataset", "Dataset"),
    "clear_caches": ("vnla._data", "clear_caches"),
    "dataset": ("vnla._data", "dataset"),
    "from_json": ("vnla._data", "from_json"),
    "load": ("vnla._data", "load"),
    "to_json": ("vnla._data", "to_json"),
    "json_schema": ("vnla._schema", "json_schema"),
    "models": ("vnla.models", None),
    "names": ("vnla.names", None),
    "formatting": ("vnla.formatting", None),
    "checks": ("vnla.checks", None),
    "parsing": ("vnla.parsing", None),
    "text": ("vnla.text", None),
    "check_text": ("vnla.text", "check_text"),
    "check": ("vnla.checks", "check"),
    "assert_consistent": ("vnla.checks", "assert_consistent"),
    "fold": ("vnla.names", "fold"),
    "format": ("vnla.formatting", "format"),
}


def resolve(name: str, *, kind: str | tuple[str, ...] | None = None, dataset: Dataset | None = None) -> Any:
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
    from vnla import names
    from vnla._data import dataset as bundled

    return names.resolve(dataset if dataset is not None else bundled(), name, kind=kind)


def search(query: str, *, kind: str | tuple[str, ...] | None = None, limit: int = 10) -> Any:
    """
    Entities whose names match ``query``, best first (exact, then prefix, then fuzzy).

    >>> import vnla
    >>> [m.id for m in vnla.search("Thong", kind="person")][:2]
    ['thongloun-sisoulith', 'thongsavanh-phomvihane']
    """
    from vnla import names
    from vnla._data import dataset as bundled

    return names.search(bundled(), query, kind=kind, limit=limit)


def __getattr__(name: str) -> Any:
    if name == "converter":
        from vnla._data import converter

        return converter()
    if name == "__version__":
        return _version()
    try:
        module_name, attribute = _LAZY[name]
    except KeyError:
        msg = f"module 'vnla' has no attribute {name!r}"
        raise AttributeError(msg) from None
    module = importlib.import_module(module_name)
    value = module if attribute is None else getattr(module, attribute)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("vnla")
    except PackageNotFoundError:  # running from a source tree that is not installed
        return "0+unknown"
