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

    from vnla import models as models
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
    "clear_caches",
    "converter",
    "dataset",
    "from_json",
    "json_schema",
    "load",
    "models",
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
}


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
