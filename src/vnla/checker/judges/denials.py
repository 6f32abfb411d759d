# SPDX-License-Identifier: MIT
"""
The denials judge: a claim the text denies ("The visit took place from January 26 to 27, not
from January 25 to 26 as first reported") is not the text's claim.  Where the record
contradicts it, the text agrees with the record (``ok``); where the record holds it, the
text denies what the record holds, which is left ``unknown`` with its reason rather than
called a slip: the reach of a denial is read from a few words, not understood.  A fact
check's false rating ("RATING: FALSE") so revises every claim of the line it rates.  Words
that correct what was said before ("Correction:", "Xin phép đính chính") followed by a claim of
a record the record holds (``ok``) take back an earlier contradiction of the same record: the
text has set itself right.  A question that asks whether it is so ("..., is that right?")
makes no claim: its contradictions are ``unknown``; nor does a line a diff removes, whose
contradictions are ``ok``.  It runs after the judges of the claims, whose drafts it revises.
"""

from __future__ import annotations

import bisect
import re
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import CLAIMS, _Proto, revised_starts
from vnla.checker.mentions import AskedMention, CorrectionMention, RatingMention, RemovedMention
from vnla.checker.report import Verdict
from vnla.model.figures import Figure
from vnla.render.messages import Message, Quoted
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import DenialMention

__all__ = ["judge"]

#: Between a denial and the claim it denies: spaces and at most two words, no punctuation but
#: an opening quotation mark ("not from", "not held on", 'not "January 25 to 27"'; Lao writes
#: no spaces).
_GAP: Final = re.compile(r"\s*+(?:[\"“‘«]\s*+)?(?:[^\W\d_]++\s*+){0,2}(?:[\"“‘«]\s*+)?")
#: The most characters a denial may stand before what it denies.
_REACH: Final = 24
#: The most characters before a correction where the slip it sets right may stand.
_CORRECTED_REACH: Final = 3000


def judge(
    ctx: Context,
    mention: DenialMention | RatingMention | CorrectionMention | AskedMention | RemovedMention,
    out: list[_Proto],
) -> None:
    """
    Revise the verdict of the claim right after a denial, of each claim a false rating rates, of
    the earlier slips a correction sets right, of the slips a question asks about, or of those of
    a line a diff removes.
    """
    starts = revised_starts(ctx, out)
    start, end = mention.span
    text = ctx.text
    word = Quoted(text[start:end], ctx.lang_at(start, end))
    if isinstance(mention, CorrectionMention):
        _corrected(ctx, mention, out, starts, word)
        return
    if isinstance(mention, (RemovedMention, AskedMention)):
        lo, hi = mention.claim
        for draft in out[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
            if draft.kind in CLAIMS and draft.verdict is Verdict.CONTRADICTION:
                _not_claimed(draft, word, removed=isinstance(mention, RemovedMention))
        return
    if isinstance(mention, RatingMention):
        lo, hi = mention.claim
        for draft in out[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]:
            if draft.kind in CLAIMS:
                _denied(draft, word)
        return
    for draft in out[bisect.bisect_left(starts, end) : bisect.bisect_right(starts, end + _REACH)]:
        if draft.kind not in CLAIMS or _GAP.fullmatch(text, end, draft.start) is None:
            continue
        _denied(draft, word)
        break  # a denial denies the first claim after it


def _not_claimed(draft: _Proto, word: Quoted, *, removed: bool) -> None:
    """
    A slip the text does not claim: a line a diff removes (``ok``, as the record would have
    it), or a question that asks whether it is so (``unknown``: the text makes no claim).
    """
    said = draft.message
    if removed:
        draft.verdict, draft.severity = Verdict.OK, Severity.INFO
        draft.message = Message(
            "a line the text removes ({word}), as the record would: {said}", word=word, said=said
        )
    else:
        draft.verdict, draft.severity = Verdict.UNKNOWN, None
        draft.message = Message(
            "the text asks whether it is so ({word}) rather than saying it: {said}", word=word, said=said
        )


def _corrected(
    ctx: Context, mention: CorrectionMention, out: list[_Proto], starts: list[int], word: Quoted
) -> None:
    """
    The slips before a correction of the same records its line states rightly ("Đại hội XIV ...
    diễn ra từ 19 đến 25/1." ... "Xin phép đính chính cho chính xác: Đại hội XIV ... bế mạc ngày
    23/1"): ``ok``, as the text now says.
    """
    lo, hi = mention.sentence
    stated = out[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)]
    right = {
        _claimed(ctx, d.kind, d.record)
        for d in stated
        if d.kind in CLAIMS and d.record is not None and d.verdict is Verdict.OK
    }
    # sums the line restates without naming what they are ("It now reads US$2.2 billion.")
    sums = [s for d in stated if d.kind == "amount" and (s := _sum(d.value)) is not None]
    if not right and not sums:
        return
    first = bisect.bisect_left(starts, mention.span[0] - _CORRECTED_REACH)
    for draft in out[first : bisect.bisect_left(starts, mention.span[0])]:
        if draft.verdict is not Verdict.CONTRADICTION:
            continue
        if _claimed(ctx, draft.kind, draft.record) in right or _restated(ctx, draft, sums):
            draft.verdict = Verdict.OK
            draft.severity = Severity.INFO
            draft.message = Message(
                "the text corrects it later ({word}), as the record has it: {said}",
                word=word,
                said=draft.message,
            )


def _sum(value: str | None) -> tuple[Decimal, str] | None:
    """The number and unit of a sum's draft value ("2200000000 USD"), if it is one."""
    number, _space, unit = (value or "").partition(" ")
    try:
        return Decimal(number), unit
    except ArithmeticError:  # decimal.InvalidOperation: no number
        return None


def _restated(ctx: Context, draft: _Proto, sums: list[tuple[Decimal, str]]) -> bool:
    """
    Whether one of ``sums`` is a value the record holds for the metric and period of the figure
    a wrong sum (``draft``) was judged against: the line restates the sum rightly.
    """
    figure = ctx.index.records.get(draft.record or "")
    if draft.kind != "amount" or not sums or not isinstance(figure, Figure):
        return False
    return any(
        isinstance(other, Figure)
        and other.metric == figure.metric
        and other.period == figure.period
        and unit == other.unit
        and other.value <= value <= (other.upper or other.value)
        for other in ctx.index.records.values()
        for value, unit in sums
    )


def _claimed(ctx: Context, kind: str, record: str | None) -> tuple[str, ...]:
    """
    What a claim is of, for a correction to set it right: its kind and record, or for a figure
    its metric and period, which the record's figures that differ (sources that disagree on a
    sum) share.
    """
    found = ctx.index.records.get(record or "")
    if isinstance(found, Figure):
        return ("figure", found.metric.value, str(found.period))
    return (kind, record or "")


def _denied(draft: _Proto, word: Quoted) -> None:
    """A denied claim: ``ok`` where the record contradicts it, ``unknown`` where the record holds it."""
    if draft.verdict is Verdict.CONTRADICTION:
        draft.verdict = Verdict.OK
        draft.severity = Severity.INFO
        draft.message = Message(
            "the text denies it ({word}), as the record does: {said}", word=word, said=draft.message
        )
    elif draft.verdict is Verdict.OK:
        draft.verdict = Verdict.UNKNOWN
        draft.message = Message(
            "the text denies it ({word}), while the record holds it: read the sentence", word=word
        )
