# SPDX-License-Identifier: MIT
"""
The venues judge: a place said to be where an event named right before it was held, against
the event's recorded place (:func:`~vnla.checker.judges.places.misplaced`): a contradiction
where it was not held there, unless the dates judge, finding the event by its date, said so.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.judges.places import misplaced

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.drafts import _Proto
    from vnla.checker.mentions import VenueMention

__all__ = ["judge"]


def judge(ctx: Context, mention: VenueMention, out: list[_Proto]) -> None:
    """Judge the place of an event named right before it (see the module's summary)."""
    start, end = mention.span
    if any(d.start == start and d.end == end and d.rule == "places.event" for d in out):
        return  # the dates judge found the event by its date, and its place with it
    event = ctx.index.records[mention.event]
    out.extend(misplaced(ctx, event, (mention.locative, end)))
