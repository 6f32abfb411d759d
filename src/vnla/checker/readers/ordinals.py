# SPDX-License-Identifier: MIT
"""
The ordinals reader: ordinals and anniversaries ("50th National Day", "Đại hội XIV",
"40 years of Đổi mới"), read around digits and ordinal words and heads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.lang.lao import has_lao, regions
from vnla.lang.parsing import _lao_ordinals, _ordinals

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.lang.parsing import OrdinalMention

__all__ = ["read"]


def read(ctx: Context) -> list[OrdinalMention]:
    """Every ordinal of the chunk, once each, in order; kept on ``ctx`` for the judges that ask."""
    text = ctx.text
    found: list[OrdinalMention] = []
    for lo, hi in windows(ctx, anchors(ctx)["ordinal"], "ordinal"):
        found += _ordinals(text[lo:hi], lo)
    # Lao ordinals start at their head, which the windows may not reach
    if not ctx.scan.lao_free and has_lao(text):
        for lo, hi in regions(text):
            found += _lao_ordinals(text[lo:hi], lo)
    ctx.ordinals = sorted(_unique(found), key=lambda o: o.span)
    ctx.ordinal_starts = [o.span[0] for o in ctx.ordinals]
    return ctx.ordinals
