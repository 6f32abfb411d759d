# SPDX-License-Identifier: MIT
"""
The errata judge: a passage that reproduces a recorded slip is reported (a variant, at the
level of information), and the contradictions inside it are taken back: the words of a slip
are not the text's own mistake.  It runs after the other judges, whose drafts it revises.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto, revised_starts
from vnla.checker.report import Verdict
from vnla.render.messages import Message, Quoted
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import ErratumMention

__all__ = ["judge"]


def judge(ctx: Context, mention: ErratumMention, out: list[_Proto]) -> None:
    """Report a reproduced slip, and take back the contradictions inside it."""
    starts = revised_starts(ctx, out)
    start, end = mention.span
    erratum = mention.erratum
    said_in = ctx.lang_at(start, end)  # the slip and its correction are in the text's language
    proto = _Proto(
        start,
        end,
        "erratum",
        Verdict.VARIANT,
        "errata.reproduced",
        record=erratum.id,
        canonical=erratum.correction,
        value=erratum.says,
        message=Message(
            "reproduces a slip of {source}: {says!r} means {correction!r}",
            source=erratum.source,
            says=Quoted(erratum.says, said_in),
            correction=Quoted(erratum.correction, said_in),
        ),
        evidence=(erratum.quoted, *erratum.evidence[:2]),
        severity=Severity.INFO,
    )
    proto.erratum = erratum.id
    inside = out[bisect.bisect_left(starts, start) : bisect.bisect_left(starts, end)]
    out.append(proto)
    for other in inside:
        if other.verdict is Verdict.CONTRADICTION and other.end <= end:
            other.verdict = Verdict.VARIANT
            other.severity = Severity.INFO
            other.erratum = erratum.id
            other.message = Message(
                "{said} (a recorded erratum, {id}: {correction})",
                said=other.message,
                id=erratum.id,
                correction=Quoted(erratum.correction, said_in),
            )
