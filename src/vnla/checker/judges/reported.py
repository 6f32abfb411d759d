# SPDX-License-Identifier: MIT
"""
The reported judge: a sentence that says what another text said ("A report of 27 January gave
the dates of the visit as 25-26 January.") and is followed by sentences that say the same thing
of the same record rightly ("The visit took place on 26-27 January 2026.") is a correction, as a
corrections column writes it: the claims it reports are the other text's, which the text sets
right, not its own slips.  A contradiction there is revised to ``ok``, with its reason; one the
next sentences do not set right stays a slip, as a report of a wrong figure is one.  It runs
after the judges of the claims, whose drafts it revises.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import CLAIMS, _Proto, revised_starts
from vnla.checker.report import Verdict
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
    later = [
        d for d in out[bisect.bisect_left(starts, e) : bisect.bisect_left(starts, after)] if d.kind in CLAIMS
    ]
    # set right: the same record judged right, or the right value as the slip's correction words
    # it ("It was the 48th meeting", of a "47th meeting")
    right = {d.record for d in later if d.verdict is Verdict.OK}
    said = {
        (d.kind, ctx.text[d.start : d.end].lower()) for d in later if d.verdict is not Verdict.CONTRADICTION
    }
    for slip in slips:
        canonical = (slip.canonical or "").lower()
        if slip.record in right or (
            canonical and any(kind == slip.kind and canonical in words for kind, words in said)
        ):
            slip.verdict, slip.severity = Verdict.OK, Severity.INFO
            slip.message = Message(
                "the text reports another text's claim and sets it right after: {said}", said=slip.message
            )


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
