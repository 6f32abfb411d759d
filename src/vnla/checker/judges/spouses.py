# SPDX-License-Identifier: MIT
"""
The spouses judge: a person named as another's spouse against the spouse the record holds
(the rule ``people.spouse``).  The record holds a spouse for a few people only, with no dates:
where it holds one for either person, the pair is judged (on the name of the one the text
calls the spouse); where it holds none for both, it does not know.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.model.records import Evidence, Person
from vnla.render.messages import Message, Named, Quoted

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import SpouseMention

__all__ = ["judge"]


def judge(ctx: Context, mention: SpouseMention, out: list[_Proto]) -> None:
    """Compare the spouse a text gives a person with the record's."""
    index = ctx.index
    records = index.records
    partner, spouse = records.get(mention.partner[2]), records.get(mention.spouse)
    if not isinstance(partner, Person) or not isinstance(spouse, Person):
        return
    start, end = mention.span
    named = {
        "partner": Named(partner.id, partner.name.preferred("en")),
        "spouse": Named(spouse.id, spouse.name.preferred("en")),
    }
    partners, spouses = index.spouses.get(partner.id), index.spouses.get(spouse.id)
    if partners == spouse.id:
        message = Message("{spouse} is the spouse of {partner}", **named)
        out.append(
            _Proto(start, end, "person", Verdict.OK, "people.spouse", record=spouse.id, message=message)
        )
        return
    other = partners if partners is not None else spouses
    if other is None:
        message = Message("the record holds no spouse of {partner} or of {spouse}", **named)
        out.append(_Proto(start, end, "person", Verdict.UNKNOWN, "people.spouse", message=message))
        return
    held = records[other]
    canonical: str | None = None
    if partners is not None:  # the partner's spouse is another
        message = Message(
            "the record has {recorded} as the spouse of {partner}; the text gives {said}",
            recorded=Named(held.id, held.name.preferred("en")),
            said=Quoted(ctx.text[start:end], ctx.lang_at(start, end)),
            **named,
        )
        canonical = held.name.preferred(ctx.lang_at(start, end))
    else:  # the one called the spouse is another's
        message = Message(
            "the record has {spouse} as the spouse of {recorded}, not of {partner}",
            recorded=Named(held.id, held.name.preferred("en")),
            **named,
        )
    evidence = (*partner.evidence, *spouse.evidence, *held.evidence)
    out.append(
        _Proto(
            start,
            end,
            "person",
            Verdict.CONTRADICTION,
            "people.spouse",
            record=held.id,
            canonical=canonical,
            message=message,
            evidence=tuple(e for e in evidence if _of_spouse(e))[:2] or evidence[:2],
        )
    )


def _of_spouse(evidence: Evidence) -> bool:
    """Whether a piece of evidence speaks of a spouse (its quote or note says so)."""
    words = f"{evidence.quote or ''} {evidence.note or ''}".lower()
    return any(w in words for w in ("spouse", "wife", "husband"))
