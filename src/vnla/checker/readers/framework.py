# SPDX-License-Identifier: MIT
"""
The framework reader: the wordings of the relationship framework are names the matcher finds;
this reader reads their listings, and a listing of three or more elements that ends with a
wording no element has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.mentions import UnknownWordingMention
from vnla.checker.vocabulary import _LIST_SEP, _NEXT_ELEMENT

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[UnknownWordingMention]:
    """The wordings that end a listing of three or more elements and are no element's."""
    out: list[UnknownWordingMention] = []
    run: list[tuple[int, int, str]] = []
    text = ctx.text
    for item in [*ctx.framework, (len(text) + 1, len(text) + 1, "")]:
        if run and item[2] and _LIST_SEP.fullmatch(text, run[-1][1], item[0]):
            run.append(item)
            continue
        if len({r[2] for r in run}) >= 3:
            unknown = _unknown_element(ctx, run[-1][1])
            if unknown is not None:
                out.append(unknown)
        run = [item] if item[2] else []
    return out


def _unknown_element(ctx: Context, at: int) -> UnknownWordingMention | None:
    m = _NEXT_ELEMENT.match(ctx.text, at)
    if m is None:
        return None
    start, end = m.span(1)
    if any(s <= start < e for s, e, _r in ctx.framework):
        return None
    return UnknownWordingMention((start, end), m[1])
