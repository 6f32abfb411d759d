# SPDX-License-Identifier: MIT
"""
The errata judge: a passage that reproduces a recorded slip is reported, and the
contradictions inside it are taken back: the words of a slip are not a mistake of their own.
A passage the source wrote, reproduced whole, is the source's (a variant, at the level of
information: the source itself, or a text that copies it).  A slip's own words alone are
quoted inside quotation marks (``ok``: "the English text calls it the "Ministry of History"");
outside them the text says them in its own words, and repeats the mistake (a contradiction,
at the level of a warning, with the correction as the canonical form).  It runs after the
other judges, whose drafts it revises.
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto, revised_starts
from vnla.checker.report import Verdict
from vnla.checker.sentences import quotations
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
    args = {
        "source": erratum.source,
        "says": Quoted(erratum.says, said_in),
        "correction": Quoted(erratum.correction, said_in),
    }
    verdict, severity, message = _reproduced(ctx.text, (start, end), erratum.says, args)
    proto = _Proto(
        start,
        end,
        "erratum",
        verdict,
        "errata.reproduced",
        record=erratum.id,
        canonical=erratum.correction,
        value=erratum.says,
        message=message,
        evidence=(erratum.quoted, *erratum.evidence[:2]),
        severity=severity,
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


def _reproduced(
    text: str, span: tuple[int, int], says: str, args: dict[str, object]
) -> tuple[Verdict, Severity, Message]:
    """
    The verdict, severity and message of a slip reproduced at ``span``: the source's passage
    whole, the slip's own words (``says``) quoted, or said as the text's own.
    """
    start, end = span
    if len(" ".join(text[start:end].split())) > len(says) + 2:
        return (
            Verdict.VARIANT,
            Severity.INFO,
            Message("reproduces a slip of {source}: {says!r} means {correction!r}", **args),
        )
    if _quoted(text, start, end):
        return (
            Verdict.OK,
            Severity.INFO,
            Message("quotes a slip of {source}: {says!r} means {correction!r}", **args),
        )
    return (
        Verdict.CONTRADICTION,
        Severity.WARNING,
        Message("repeats a slip of {source} in its own words: {says!r} means {correction!r}", **args),
    )


def _quoted(text: str, start: int, end: int) -> bool:
    """
    Whether ``text[start:end]`` stands inside quotation marks, in its paragraph (quotations
    span no blank line: :func:`~vnla.checker.sentences.quotations`).

    >>> text = 'It calls the body the "International Mekong Commission".'
    >>> _quoted(text, 23, 54), _quoted("the International Mekong Commission", 4, 35)
    (True, False)
    """
    lo = text.rfind("\n\n", 0, start) + 1
    hi = text.find("\n\n", end)
    hi = len(text) if hi < 0 else hi
    return any(s <= start - lo and end - lo <= e for s, e in quotations(text[lo:hi]))
