# SPDX-License-Identifier: MIT
"""
The framework reader: the wordings of the relationship framework are names the matcher finds;
this reader reads their listings, and a listing of three or more elements that ends with a
wording no element has.  It also reads the wordings whose sentence may be about another
country's relations ("Vietnam and the United States upgraded ties to a comprehensive
strategic partnership"), which the record's framework is not.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.mentions import UnknownWordingMention, WordingElsewhereMention
from vnla.checker.vocabulary import _LIST_SEP, _NEXT_ELEMENT

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[UnknownWordingMention | WordingElsewhereMention]:
    """
    The wordings that end a listing of three or more elements and are no element's, and the
    recorded wordings in a sentence that names another country (in order of position).
    """
    out: list[UnknownWordingMention | WordingElsewhereMention] = []
    run: list[tuple[int, int, str]] = []
    text = ctx.text
    scope = ctx.scope
    sentence_end, others = -1, False
    for item in [*ctx.framework, (len(text) + 1, len(text) + 1, "")]:
        if item[2]:
            if item[0] >= sentence_end:  # a new sentence: does it name another country at all?
                s, sentence_end = ctx.sentence(item[0], item[1])
                others = bool(scope.others_in(s, sentence_end))
            country = scope.other_country_of_wording(item[0], item[1]) if others else None
            if country is not None:
                out.append(WordingElsewhereMention((item[0], item[1]), item[2], country))
        if run and item[2] and _LIST_SEP.fullmatch(text, run[-1][1], item[0]):
            run.append(item)
            continue
        if len({r[2] for r in run}) >= 3:
            unknown = _unknown_element(ctx, run[-1][1])
            if unknown is not None:
                out.append(unknown)
        run = [item] if item[2] else []
    out.sort(key=lambda m: m.span)
    return out


def _unknown_element(ctx: Context, at: int) -> UnknownWordingMention | None:
    m = _NEXT_ELEMENT.match(ctx.text, at)
    if m is None:
        return None
    start, end = m.span(1)
    if any(s <= start < e for s, e, _r in ctx.framework):
        return None
    return UnknownWordingMention((start, end), m[1])
