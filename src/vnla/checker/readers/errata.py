# SPDX-License-Identifier: MIT
"""The errata reader: passages that reproduce a slip a source made (the matcher finds their quotes)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.mentions import ErratumMention

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[ErratumMention]:
    """
    Each reproduced slip, where the matcher found its quote, or its own words where they are a
    wrong name (:func:`~vnla.checker.index._a_wrong_name`); those inside its quote are the quote's.
    """
    found = ctx.errata
    return [
        ErratumMention((start, end), erratum)
        for start, end, erratum in found
        if not any(
            other is erratum and s <= start and end <= e and (s, e) != (start, end) for s, e, other in found
        )
    ]
