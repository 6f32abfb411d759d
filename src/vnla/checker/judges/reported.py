# SPDX-License-Identifier: MIT
"""
The reported judge: a sentence that says what another text said ("A report of 27 January gave
the dates of the visit as 25-26 January.") and is followed by sentences that say the same thing
of the same record rightly ("The visit took place on 26-27 January 2026.", or a later clause of
its own sentence) is a correction, as a
corrections column writes it: the claims it reports are the other text's, which the text sets
right, not its own slips.  A contradiction there is revised to ``ok``, with its reason; one the
next sentences do not set right stays a slip, as a report of a wrong figure is one.  It runs
after the judges of the claims, whose drafts it revises.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import CLAIMS, _Proto, revised_starts
from vnla.checker.report import Verdict
from vnla.lang.lao import to_ascii_digits
from vnla.render.messages import Message
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import ReportedMention

__all__ = ["judge"]

#: How many sentences after the reported one may set its claims right.
_AFTER: Final = 2


def judge(ctx: Context, mention: ReportedMention, out: list[_Proto]) -> None:
    """Revise the contradictions of a reported sentence that the sentences after it set right."""
    starts = revised_starts(ctx, out)
    s, e = mention.span
    slips = [
        d
        for d in out[bisect.bisect_left(starts, s) : bisect.bisect_left(starts, e)]
        if d.kind in CLAIMS and d.verdict is Verdict.CONTRADICTION and d.record is not None
    ]
    if not slips:
        return
    after = _following(ctx, e)
    for slip in slips:
        # set right after it, in a later clause of its sentence ("the author writes 1978; the
        # right date is 18 July 1977") or the sentences after: the same record judged right in a
        # claim of the same kind (a visit's days by its days, not by its count of projects), or
        # the right value as the slip's correction words it ("It was the 48th meeting", of a
        # "47th meeting")
        later = [
            d
            for d in out[bisect.bisect_left(starts, slip.end) : bisect.bisect_left(starts, after)]
            if d.kind in CLAIMS and d.start >= slip.end
        ]
        right = {(d.kind, d.record) for d in later if d.verdict is Verdict.OK}
        said = {
            (d.kind, to_ascii_digits(ctx.text[d.start : d.end]).lower())
            for d in later
            if d.verdict is not Verdict.CONTRADICTION
        }
        canonical = to_ascii_digits(slip.canonical or "").lower()
        if (
            (slip.kind, slip.record) in right
            or (canonical and any(kind == slip.kind and canonical in words for kind, words in said))
            or _dated_right(ctx, slip, later)
            or _ordinal_written(ctx, slip, canonical, after)
        ):
            slip.verdict, slip.severity = Verdict.OK, Severity.INFO
            slip.message = Message(
                "the text reports another text's claim and sets it right after: {said}", said=slip.message
            )


def _ordinal_written(ctx: Context, slip: _Proto, canonical: str, after: int) -> bool:
    """
    Whether the right ordinal of a wrong one is written after it, up to ``after``, as a word of
    its own where no reader took it for a claim ("Amend to 12th?", "the Party's 12th").
    """
    if slip.kind != "ordinal" or not canonical:
        return False
    words = to_ascii_digits(ctx.text[slip.end : after]).lower()
    return re.search(rf"(?<!\w){re.escape(canonical)}(?!\w)", words) is not None


def _dated_right(ctx: Context, slip: _Proto, later: list[_Proto]) -> bool:
    """Whether a wrong date of a record is followed by a date that is the record's, in any words."""
    if slip.kind != "date" or slip.record is None:
        return False
    record = ctx.index.foundings.get(slip.record) or ctx.index.records.get(slip.record)
    when = getattr(record, "when", None) or getattr(record, "signed", None)  # an event's, a document's
    return when is not None and any(d.kind == "date" and d.value == str(when) for d in later)


def _following(ctx: Context, e: int) -> int:
    """Where the :data:`_AFTER` sentences after the one ending at ``e`` end, within its paragraph."""
    text = ctx.text
    paragraph = text.find("\n\n", e)
    limit = len(text) if paragraph < 0 else paragraph
    end = e
    for _ in range(_AFTER):
        at = end
        while at < limit and text[at].isspace():
            at += 1
        if at >= limit:
            break
        end = min(ctx.sentence(at, at + 1)[1], limit)
    return end
