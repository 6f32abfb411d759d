# SPDX-License-Identifier: MIT
"""
Old import paths that still work for one release, with a :class:`DeprecationWarning`.

In 0.2 the package was laid out in rooms (``vnla.model``, ``vnla.record``,
``vnla.rules``, ``vnla.checker``…).  Each old module is now a few lines that
call :func:`alias`; they go in the release after.
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

__all__ = ["alias"]


def alias(old: str, namespace: dict[str, Any], new: dict[str, str]) -> None:
    """
    Make module ``old`` (whose globals are ``namespace``) forward each name in ``new`` to its module.

    ``new`` maps each public name to the module that holds it now.  Importing
    the old module warns once, naming where its names went.
    """
    homes = sorted(set(new.values()))
    warnings.warn(
        f"{old} is deprecated and will be removed in the next release; import from {', '.join(homes)}",
        DeprecationWarning,
        stacklevel=3,
    )

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module-level hook of PEP 562
        try:
            home = new[name]
        except KeyError:
            msg = f"module {old!r} has no attribute {name!r}"
            raise AttributeError(msg) from None
        return getattr(importlib.import_module(home), name)

    namespace["__getattr__"] = __getattr__
    namespace["__all__"] = sorted(new)
