# SPDX-License-Identifier: MIT
"""
The periods judge: a document's name written with another span of years than the one it covers
("Protocol on training cooperation between the two governments for the period 2021 - 2027", of
the protocol for 2022 - 2027) is a slip where the span shares its first or its last year with the
recorded one, or two years or more of it (no two protocols of one kind run at once); a span that
shares neither, and a year at most, may name another document of the same kind (the protocol for
2017 - 2022 came before), and is ``unknown``.  The recorded span is the name's own, and the
matcher's; a shorter form of the name with it ("Protocol on training cooperation for 2022 -
2027") is ``ok`` here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.model.records import Document
from vnla.render.messages import Message, Named

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import PeriodNameMention

__all__ = ["judge"]

#: The years two documents of one kind may share: one's last and the next one's first at most
#: (the protocol for 2017 - 2022, then the one for 2022 - 2027); a span sharing more is the
#: recorded one's slip.
_OVERLAP: Final = 2


def judge(ctx: Context, mention: PeriodNameMention, out: list[_Proto]) -> None:
    """Compare the span of years a document's name is written with against the one it covers."""
    document = ctx.index.records.get(mention.document)
    if not isinstance(document, Document) or document.period is None:
        return
    period = document.period
    if period.earliest is None or period.latest is None:
        return
    recorded = (period.earliest.year, period.latest.year)
    first, last = mention.years
    start, end = mention.span
    args = {
        "document": Named(document.id, document.name.preferred("en")),
        "recorded": f"{recorded[0]}–{recorded[1]}",
        "said": f"{first}–{last}",
    }
    if (first, last) == recorded:
        if mention.short:  # (the recorded name is the matcher's)
            out.append(
                _Proto(
                    start,
                    end,
                    "document",
                    Verdict.OK,
                    "documents.period",
                    record=document.id,
                    message=Message("the record's {document} covers {recorded}", **args),
                    evidence=document.evidence[:2],
                )
            )
        return
    overlap = min(last, recorded[1]) - max(first, recorded[0]) + 1
    if first == recorded[0] or last == recorded[1] or overlap >= _OVERLAP:
        out.append(
            _Proto(
                start,
                end,
                "document",
                Verdict.CONTRADICTION,
                "documents.period",
                record=document.id,
                canonical=f"{recorded[0]} - {recorded[1]}",
                message=Message("the record's {document} covers {recorded}; the text says {said}", **args),
                evidence=document.evidence[:2],
            )
        )
        return
    out.append(
        _Proto(
            start,
            end,
            "document",
            Verdict.UNKNOWN,
            "documents.period",
            record=document.id,
            message=Message(
                "the record's {document} covers {recorded}; {said} may be another of its kind", **args
            ),
        )
    )
