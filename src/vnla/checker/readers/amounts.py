# SPDX-License-Identifier: MIT
"""The amounts reader: sums of money with their horizon, read where a currency is near a number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.lang.parsing import _amounts

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.lang.parsing import Amount

__all__ = ["read"]


def read(ctx: Context) -> list[Amount]:
    """Every amount of the chunk, once each, in order."""
    text = ctx.text
    found: list[Amount] = []
    for lo, hi in windows(ctx, anchors(ctx)["amount"], "amount"):
        found += _amounts(text[lo:hi], lo)
    return _unique(found)
