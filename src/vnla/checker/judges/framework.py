# SPDX-License-Identifier: MIT
"""
The framework judge: a wording that ends a listing of the framework but is no element's is
unknown; so is a recorded wording in a sentence that may be about another country's
relations, whose verdict as a name (``ok``, or a translation variant's ``variant``) this
replaces.  (Other recorded wordings are names, judged with them.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto
from vnla.checker.mentions import FieldWordingMention, WordingElsewhereMention
from vnla.checker.report import Verdict
from vnla.render.messages import Message, Quoted

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import UnknownWordingMention

__all__ = ["judge"]


def judge(
    ctx: Context,
    mention: UnknownWordingMention | WordingElsewhereMention | FieldWordingMention,
    out: list[_Proto],
) -> None:
    """An unknown wording ending a listing, a wording about another country or of a field: ``unknown``."""
    start, end = mention.span
    if isinstance(mention, FieldWordingMention):
        message = Message(
            "limited to a field ({field!r}), with no other element of the framework in its "
            "sentence: it may be a partnership in that field, not the framework's element",
            field=Quoted(mention.field, ctx.lang_at(start, end)),
        )
        _instead_of_the_name(ctx, mention.span, mention.record, message, out)
        return
    if isinstance(mention, WordingElsewhereMention):
        message = Message(
            "its sentence names {country}: the wording may be of that country's relations, "
            "and the record holds only the framework of Vietnam and Laos",
            country=Quoted(mention.country, ctx.lang_at(start, end)),
        )
        _instead_of_the_name(ctx, mention.span, mention.record, message, out)
        return
    out.append(
        _Proto(
            start,
            end,
            "framework",
            Verdict.UNKNOWN,
            "framework.unknown-wording",
            message=Message("ends a listing of the framework, but no framework element has this wording"),
        )
    )


def _instead_of_the_name(
    ctx: Context, span: tuple[int, int], record: str, message: Message, out: list[_Proto]
) -> None:
    """An ``unknown`` wording, with its reason, in place of its verdict as a name."""
    ctx.judge_name_again(*span)
    out.append(
        _Proto(*span, "framework", Verdict.UNKNOWN, "framework.wording", record=record, message=message)
    )
