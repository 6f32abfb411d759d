# SPDX-License-Identifier: MIT
"""
The ordinals reader: ordinals and anniversaries ("50th National Day", "Đại hội XIV",
"40 years of Đổi mới"), read around digits and ordinal words and heads.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.checker.readers.memo import Memo
from vnla.lang.lao import has_lao, regions
from vnla.lang.parsing import OrdinalMention, _lao_ordinals, _ordinals, _overlaps_any, _roman_congresses

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[OrdinalMention]:
    """Every ordinal of the chunk, once each, in order; kept on ``ctx`` for the judges that ask."""
    text = ctx.text
    found: list[OrdinalMention] = []
    for lo, hi in windows(ctx, anchors(ctx)["ordinal"], "ordinal"):
        found += _read_window(text[lo:hi], lo)
    # a Roman numeral before a congress ("the LPRP's XII Congress"), which no anchor marks
    roman = _roman_congresses(text)
    if roman:
        taken = [o.span for o in found]
        found += [o for o in roman if not _overlaps_any(taken, o.span)]
    # Lao ordinals start at their head, which the windows may not reach
    if not ctx.scan.lao_free and has_lao(text):
        for lo, hi in regions(text):
            found += _lao_ordinals(text[lo:hi], lo)
    ctx.set_ordinals(sorted(_unique(found), key=lambda o: o.span))
    return ctx.ordinals


#: The ordinals of windows of text, by the window's words (spans from its start): news repeat
#: "the 50th anniversary of ..." and "Đại hội XIV" with the same words around them.  An ordinal
#: depends on nothing but the words.  Emptied when full.
_READ: Memo[str, list[tuple[int, str, int, int, str]]] = Memo(4096)


def _read_window(window: str, shift: int) -> list[OrdinalMention]:
    """:func:`vnla.lang.parsing._ordinals` of a window, read once per window's words."""
    read = _READ.get(window)
    if read is None:
        read = _READ.keep(window, [(o.number, o.noun, *o.span, o.text) for o in _ordinals(window)])
    return [
        OrdinalMention(number=number, noun=noun, span=(start + shift, end + shift), text=words)
        for number, noun, start, end, words in read
    ]
