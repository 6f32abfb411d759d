# SPDX-License-Identifier: MIT
"""
The framework judge: a wording that ends a listing of the framework but is no element's is
unknown; so is a recorded wording in a sentence that may be about another country's
relations, whose verdict as a name (``ok``, or a translation variant's ``variant``) this
replaces.  (Other recorded wordings are names, judged with them.)
"""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import _Proto
from vnla.checker.judges.dates import _compatible
from vnla.checker.judges.document_names import meant
from vnla.checker.mentions import (
    AddedElementMention,
    FieldWordingMention,
    ListingMention,
    SwappedWordingMention,
    WordingElsewhereMention,
)
from vnla.checker.report import Verdict
from vnla.checker.sentences import semicolon_part
from vnla.checker.vocabulary import _ADDED, _NEW_ELEMENT, _any_word
from vnla.lang.words import merged
from vnla.model.records import Event, FrameworkStage, Precision
from vnla.render.messages import Day, Message, Named, Quoted, joined
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import UnknownWordingMention
    from vnla.model.records import When

__all__ = ["judge"]

#: Terms of other relations that texts put in the place of the framework's last element.
_CONFUSED: Final = frozenset(" ".join(w.lower().split()) for w in merged("framework", "confused_wordings"))
#: Farther before a listing than this, a date is in another sentence (news sentences are shorter).
_SENTENCE_REACH: Final = 1000


def judge(
    ctx: Context,
    mention: AddedElementMention
    | UnknownWordingMention
    | WordingElsewhereMention
    | FieldWordingMention
    | ListingMention
    | SwappedWordingMention,
    out: list[_Proto],
) -> None:
    """
    An unknown wording ending a listing, a wording about another country or of a field:
    ``unknown``; an element listed when the framework did not hold it, or a wording that swaps
    two elements' words: a contradiction.
    """
    if isinstance(mention, ListingMention):
        _listing(ctx, mention, out)
        return
    if isinstance(mention, SwappedWordingMention):
        _swapped(ctx, mention, out)
        return
    if isinstance(mention, AddedElementMention):
        _added(ctx, mention, out)
        return
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
        _in_the_last_place(ctx, mention)
        or _Proto(
            start,
            end,
            "framework",
            Verdict.UNKNOWN,
            "framework.unknown-wording",
            message=Message("ends a listing of the framework, but no framework element has this wording"),
        )
    )


def _swapped(ctx: Context, mention: SwappedWordingMention, out: list[_Proto]) -> None:
    """
    A wording of a listing that joins one element's own word with another's qualifier ("special
    friendship"): a slip (a warning), its canonical form the element whose word it has, the
    one in force on the listing's day when two have it (great friendship, not traditional).
    """
    start, end = mention.span
    _days, stages = _stages(ctx, start, end)
    held = [e for e in mention.elements if any(e in stage.elements for stage in stages)]
    records = ctx.index.records
    candidates = held or list(mention.elements)
    element = candidates[-1] if candidates else None
    if element is None or element not in records:
        return
    lang = ctx.lang_at(start, end)
    out.append(
        _Proto(
            start, end, "framework", Verdict.CONTRADICTION, "framework.wording", record=element,
            canonical=records[element].name.preferred(lang) or str(records[element]),
            message=Message(
                "no element of the framework has this wording: it joins {element}'s own word with "
                "another element's qualifier",
                element=Named(element, str(records[element])),
            ),
            severity=Severity.WARNING,
        )
    )  # fmt: skip


def _added(ctx: Context, mention: AddedElementMention, out: list[_Proto]) -> None:
    """
    An element said to be the one the framework gained ("the addition of special solidarity to
    the formula in December 2025"), against what the stage its sentence dates added: a slip (a
    warning) when it added another.  The stage is the one whose start, or the event that agreed
    it, each date of the sentence may mean, or whose document the sentence names (in the part
    of the sentence between its semicolons); of the newest element, the one in force on those
    dates (or on the publication day, the sentence stating none).  Only a stage dated by its
    document is so judged (the earlier are dated by when a source first attests them); a date
    that may mean no such stage is another thing's, and leaves the claim to the other rules.
    """
    start, end = mention.span
    s, e = semicolon_part(ctx.text, *ctx.sentence(start, end), start, end)
    all_stages = ctx.index.framework_stages
    dated = [stage for stage in all_stages if stage.document is not None and stage.began is not None]
    found: set[str] = set()
    first = bisect.bisect_left(ctx.date_starts, s)
    for date_mention in ctx.dates[first : bisect.bisect_left(ctx.date_starts, e, first)]:
        when = date_mention.when
        if when is None or when.earliest is None:
            return
        meant_stages = _in_force(all_stages, when) if mention.newest else _begun(ctx, dated, when)
        if not meant_stages:
            return
        found |= meant_stages
    named = {rid for a, b, rid in ctx.within(ctx.named, s, e) if meant(ctx, (rid,), (a, b))}
    found |= {stage.id for stage in dated if stage.document in named}
    if not found and mention.newest and ctx.published is not None:
        current = FrameworkStage.in_force(all_stages, ctx.published)
        found = {current.id} if current is not None else set()
    stage = next((x for x in dated if {x.id} == found), None)
    if stage is None:
        return
    began = stage.began or date.min
    earlier = FrameworkStage.in_force(all_stages, began - timedelta(days=1)) if began > date.min else None
    gained = [x for x in stage.elements if earlier is None or x not in earlier.elements]
    records = ctx.index.records
    if not gained or mention.element in gained or mention.element not in records:
        return
    ctx.judge_name_again(start, end)
    lang = ctx.lang_at(start, end)
    one = records[gained[0]] if len(gained) == 1 else None
    out.append(
        _Proto(
            start, end, "framework", Verdict.CONTRADICTION, "framework.added", record=mention.element,
            canonical=None if one is None else one.name.preferred(lang) or str(one),
            message=Message(
                "on {day} the framework gained {gained} ({stage}), not {element}",
                day=Day(began),
                gained=joined(", ", [Named(x, str(records[x])) for x in gained]),
                stage=stage.id,
                element=Named(mention.element, str(records[mention.element])),
            ),
            severity=Severity.WARNING,
        )
    )  # fmt: skip


def _in_force(stages: tuple[FrameworkStage, ...] | list[FrameworkStage], when: When) -> set[str]:
    """The stages in force on the first and on the last day of a date's period."""
    days = [day for day in (when.earliest, when.latest) if day is not None]
    return {stage.id for day in days if (stage := FrameworkStage.in_force(stages, day)) is not None}


def _begun(ctx: Context, stages: list[FrameworkStage], when: When) -> set[str]:
    """The stages whose start, or the days of the event that agreed them, a date may mean."""
    out = set()
    for stage in stages:
        agreed = ctx.index.records.get(stage.event) if stage.event else None
        if _compatible(when, stage.since) or (isinstance(agreed, Event) and _compatible(when, agreed.when)):
            out.add(stage.id)
    return out


def _in_the_last_place(ctx: Context, mention: UnknownWordingMention) -> _Proto | None:
    """
    A term of other relations, in the place of the framework's last element: after all the
    others in order, on a day when one stage was in force ("great friendship, special solidarity,
    comprehensive cooperation and strategic trust" in 2026: strategic cohesion is the fourth).
    The terms are the word files' ``framework.confused_wordings``; any other wording may be a
    rendering of the element the record lacks ("gắn bó chiến lược"), and stays unknown.
    """
    start, end = mention.span
    days, stages = _stages(ctx, start, end)
    if len({stage.id for stage in stages}) != 1 or not mention.after:
        return None
    stage = stages[0]
    elements = stage.elements
    if list(elements[:-1]) != list(mention.after) or " ".join(mention.text.lower().split()) not in _CONFUSED:
        return None  # a wording of its own, perhaps a rendering the record lacks: unknown
    records = ctx.index.records
    last = elements[-1]
    return _Proto(
        start, end, "framework", Verdict.CONTRADICTION, "framework.wording", record=last,
        canonical=records[last].name.preferred(ctx.lang_at(start, end)) or str(records[last]),
        message=Message(
            "on {day} the framework's elements were {elements} ({stage}): the last is {element}, not {said}",
            day=Day(days[-1]),
            elements=joined(", ", [Named(x, str(records[x])) for x in elements]),
            stage=stage.id,
            element=Named(last, str(records[last])),
            said=Quoted(mention.text, ctx.lang_at(start, end)),
        ),
        severity=Severity.WARNING,
    )  # fmt: skip


def _listing(ctx: Context, mention: ListingMention, out: list[_Proto]) -> None:
    """
    The elements of a listing against the framework in force on its sentence's day (a day it
    states, or the publication's).  An element a later stage replaced at its place is a variant,
    the later wording its canonical form ("traditional friendship" in a listing of 2026: great
    friendship since October 2019), or a contradiction, a warning, when the listing names beside
    it an element no stage ever held with it ("traditional friendship, ..., and strategic
    cohesion": right on no day); one the stage then did not hold at all is a contradiction, a
    warning ("strategic cohesion" in a listing of July 2024).  A sentence dated by a month or
    a year ("In 2017, ...") may mean any stage in force then.
    """
    start, end = mention.span
    days, stages = _stages(ctx, start, end)
    if not stages:
        return  # no date, or before the first stage the record holds
    held = {element for stage in stages for element in stage.elements}
    stage, day = stages[-1], days[-1]
    records = ctx.index.records
    _left_out(ctx, mention, stages, day, out)
    _given_as_current(ctx, mention, stages, day, out)
    for s, e, element in mention.items:
        if element in held or element not in records:
            continue
        ctx.judge_name_again(s, e)
        successor = _successor(ctx, element, stage)
        if successor is not None:
            lang = ctx.lang_at(s, e)
            # with an element no stage ever held beside it ("traditional friendship ... and strategic
            # cohesion"), the listing is right on no day: a contradiction; else a dated wording
            mixed = _never_beside(ctx, element, [x for _s, _e, x in mention.items])
            out.append(
                _Proto(
                    s, e, "framework", Verdict.CONTRADICTION if mixed else Verdict.VARIANT,
                    "framework.wording", record=element,
                    canonical=records[successor].name.preferred(lang) or str(records[successor]),
                    message=Message(
                        "an earlier wording of the framework: on {day} its place was {successor}'s ({stage})",
                        day=Day(day),
                        successor=Named(successor, str(records[successor])),
                        stage=stage.id,
                    ),
                    severity=Severity.WARNING if mixed else None,
                )
            )  # fmt: skip
            continue
        out.append(
            _Proto(
                s, e, "framework", Verdict.CONTRADICTION, "framework.wording", record=element,
                message=Message(
                    "on {day} the framework's elements were {elements} ({stage}): not {element}",
                    day=Day(day),
                    elements=joined(", ", [Named(x, str(records[x])) for x in stage.elements]),
                    stage=stage.id,
                    element=Named(element, str(records[element])),
                ),
                severity=Severity.WARNING,
            )
        )  # fmt: skip


def _left_out(
    ctx: Context, mention: ListingMention, stages: list[FrameworkStage], day: date, out: list[_Proto]
) -> None:
    """
    A listing that names the first and the last element of the framework of its day, and
    leaves out one between, is a slip (a warning): "ມິດຕະພາບອັນຍິ່ງໃຫຍ່, ຄວາມສາມັກຄີພິເສດ ແລະ
    ຜູກມັດຍຸດທະສາດ" in December 2025 has no comprehensive cooperation.  A listing of the first
    elements only ("great friendship, special solidarity and comprehensive cooperation") names
    an earlier stage's whole framework, or part of this one's, and is not one.
    """
    if len({stage.id for stage in stages}) != 1:
        return  # a year or a month in which the framework changed: either stage may be meant
    elements = stages[0].elements
    listed = {element for _s, _e, element in mention.items}
    missing = [element for element in elements if element not in listed]
    if not missing or not listed <= set(elements) or {elements[0], elements[-1]} - listed:
        return
    records = ctx.index.records
    start, end = mention.span
    out.append(
        _Proto(
            start, end, "framework", Verdict.CONTRADICTION, "framework.listing",
            record=stages[0].id,
            message=Message(
                "on {day} the framework's elements were {elements} ({stage}): it leaves out {missing}",
                day=Day(day),
                elements=joined(", ", [Named(x, str(records[x])) for x in elements]),
                stage=stages[0].id,
                missing=joined(", ", [Named(x, str(records[x])) for x in missing]),
            ),
            severity=Severity.WARNING,
        )
    )  # fmt: skip


#: Words that give a listing as the whole framework of its day (``framework.current_words``).
_CURRENT: Final = _any_word(merged("framework", "current_words") or ["(?!)"])


def _given_as_current(
    ctx: Context, mention: ListingMention, stages: list[FrameworkStage], day: date, out: list[_Proto]
) -> None:
    """
    A listing of a whole earlier framework that its sentence gives as the current or official one
    (``framework.current_words``: "hữu nghị vĩ đại, đoàn kết đặc biệt và hợp tác toàn diện hiện
    nay", in 2026), or as what the document that made the framework of its day set out
    (:func:`_made_by_named`), is a slip: the framework of its day has more elements.  Without such words a
    listing of the first elements may describe the relationship in part, and is none.
    """
    if len({stage.id for stage in stages}) != 1:
        return  # a year or a month in which the framework changed: either stage may be meant
    stage = stages[0]
    listed = {element for _s, _e, element in mention.items}
    earlier = [
        other
        for other in ctx.index.framework_stages
        if other.id != stage.id
        and other.began is not None
        and other.began < day
        and set(other.elements) == listed
    ]
    if not earlier or listed == set(stage.elements):
        return
    s, e = ctx.sentence(*mention.span)
    if _NEW_ELEMENT.search(ctx.text, s, mention.span[0]) is not None:
        return  # "the fourth element, written into the Joint Statement ... after ...": what it joined
    records = ctx.index.records
    missing = [element for element in stage.elements if element not in listed]
    if (
        _CURRENT.search(ctx.text, s, e) is None
        and not _made_by_named(ctx, stage, (s, e), missing, before=mention.span[0])
        and not _made_on_its_day(ctx, stage, (s, mention.span[0]), missing)
    ):
        return
    start, end = mention.span
    out.append(
        _Proto(
            start, end, "framework", Verdict.CONTRADICTION, "framework.listing",
            record=stage.id,
            message=Message(
                "on {day} the framework's elements were {elements} ({stage}): the text gives the "
                "earlier {earlier} as current, without {missing}",
                day=Day(day),
                elements=joined(", ", [Named(x, str(records[x])) for x in stage.elements]),
                stage=stage.id,
                earlier=earlier[-1].id,
                missing=joined(", ", [Named(x, str(records[x])) for x in missing]),
            ),
            severity=Severity.WARNING,
        )
    )  # fmt: skip


#: Words of a start (``dates.since_words``), looked for right before a date or at its head (a
#: Lao date may hold the end of them: "ນັບ|ແຕ່ວັນທີ2ທັນວາ2025").
_SINCE: Final = _any_word(merged("dates", "since_words") or ["(?!)"])
#: How far before a date's start, and into it, words of a start are looked for.
_SINCE_BACK: Final = 16
_SINCE_INTO: Final = 6


def _made_on_its_day(
    ctx: Context, stage: FrameworkStage, before: tuple[int, int], missing: list[str]
) -> bool:
    """
    Whether a listing is given as what the framework became on the day ``stage`` began: that
    day stated before it in its sentence (``before``: from the sentence's start to the listing),
    right after words of a start, or with words of adding or of an upgrade before the listing
    ("On 2 December 2025 the relationship was upgraded to ...", "ນັບແຕ່ວັນທີ2ທັນວາ2025ເປັນຕົ້ນມາ,
    ສອງຝ່າຍເອີ້ນສາຍພົວພັນ ... ວ່າ ..."), and none of the ``missing`` elements named in the
    sentence (not "added strategic cohesion to the familiar formula of ...").
    """
    s, at = before
    first = bisect.bisect_left(ctx.date_starts, s)
    last = bisect.bisect_left(ctx.date_starts, at, first)
    text = ctx.text
    days = [
        m.span[0]
        for m in ctx.dates[first:last]
        if m.when is not None and m.when.precision is Precision.DAY and m.when.earliest == stage.began
    ]
    if not days or not (
        any(_SINCE.search(text, max(s, d - _SINCE_BACK), d + _SINCE_INTO) for d in days)
        or _ADDED.search(text, s, at)
    ):
        return False
    e = ctx.sentence(s, at)[1]
    said = text[s:e].casefold()
    records = ctx.index.records
    return not any(
        name.text.casefold() in said for element in missing for name in getattr(records[element], "names", ())
    )


def _made_by_named(
    ctx: Context, stage: FrameworkStage, sentence: tuple[int, int], missing: list[str], *, before: int
) -> bool:
    """
    Whether the sentence names the document that made ``stage`` (the Joint Statement of 2
    December 2025) before a listing at ``before``, in its part of the sentence, and none of the
    ``missing`` elements in any of their wordings: it gives the listing as what that document
    set out ("The Vietnam–Laos Joint Statement of 2 December 2025 set out 'great friendship,
    special solidarity and comprehensive cooperation'"), not as what it added to, nor as what it
    corrects ("Dự thảo còn dùng '...'; đề nghị cập nhật theo Tuyên bố chung ...").
    """
    s, e = sentence
    if stage.document is None or not any(
        rid == stage.document and ";" not in ctx.text[b:before] and meant(ctx, (rid,), (a, b))
        for a, b, rid in ctx.within(ctx.named, s, before)
    ):
        return False
    said = ctx.text[s:e].casefold()
    records = ctx.index.records
    return not any(
        name.text.casefold() in said for element in missing for name in getattr(records[element], "names", ())
    )


def _stages(ctx: Context, start: int, end: int) -> tuple[list[date], list[FrameworkStage]]:
    """The days a listing at ``text[start:end]`` may be of (:func:`_days_before`), and the stages in force."""
    days = _days_before(ctx, start, end)
    all_stages = ctx.index.framework_stages
    # a sentence that names the document that made a stage speaks of that stage too, whatever
    # day it gives the document ("the Joint Statement signed on 1/12 added ...": it is dated 2/12)
    s, e = ctx.sentence(start, end)
    named = {rid for a, b, rid in ctx.within(ctx.named, s, e) if meant(ctx, (rid,), (a, b))}
    days += [
        stage.began
        for stage in all_stages
        if stage.document in named and stage.began is not None and stage.began not in days
    ]
    return days, [stage for day in days if (stage := FrameworkStage.in_force(all_stages, day)) is not None]


def _days_before(ctx: Context, start: int, end: int) -> list[date]:
    """
    The days a listing at ``text[start:end]`` may be of: the last date its sentence states
    before it ("In 2017, the two sides ...": the first and last day of 2017; "since 2019": that
    year's, see :func:`_span_days`; for a day the dates judge found wrong, the day of the
    record it is wrong for), else the publication day.  A date after it is another clause's
    ("..., the last element having been added in 2024"), unless a bracket right after the
    listing holds it; so is one before a semicolon ('"..." (used in 2017); "..." (since
    10/2019)').
    """
    published = [ctx.published] if ctx.published is not None else []
    after = _day_after(ctx, start, end)
    if after is not None:
        return after
    last = bisect.bisect_left(ctx.date_starts, start) - 1
    if last < 0 or ctx.date_starts[last] < start - _SENTENCE_REACH:
        return published  # most listings: no date shortly before them, seen without their sentence
    s, _e = ctx.sentence(start, end)
    s = max(s, ctx.text.rfind(";", s, start) + 1)  # a date before a semicolon is another part's
    i = bisect.bisect_left(ctx.date_starts, s)
    stated: list[date] = []
    while i < len(ctx.dates) and ctx.date_starts[i] < start:
        when = ctx.dates[i].when
        corrected = ctx.corrected_days.get(ctx.date_starts[i])
        if corrected is not None:  # days found wrong for their record: the record's days
            stated = list(dict.fromkeys(corrected))
        elif when is not None and when.earliest is not None:
            stated = _span_days(ctx, when)
        i += 1
    return stated or published


def _day_after(ctx: Context, start: int, end: int) -> list[date] | None:
    """
    The days of a date right after a listing at ``text[start:end]`` in its own clause (no comma
    between: "the new framework of '...' being read out last December"), which date it rather
    than a date of another clause before it; or ``None``.
    """
    i = bisect.bisect_left(ctx.date_starts, end)
    if i >= len(ctx.dates) or ctx.date_starts[i] - end > _AFTER_REACH:
        return None
    mention = ctx.dates[i]
    when = mention.when
    if (
        when is None
        or when.earliest is None
        or mention.span[1] > ctx.sentence(start, end)[1]
        or not (
            ctx.sentences.same_clause((start, end), mention.span)
            or _BRACKET_AFTER.fullmatch(ctx.text, end, mention.span[0]) is not None
        )
    ):
        return None
    if ctx.date_starts[i] in ctx.corrected_days:
        return list(dict.fromkeys(ctx.corrected_days[ctx.date_starts[i]]))
    return _span_days(ctx, when)


def _span_days(ctx: Context, when: When) -> list[date]:
    """
    The first and last days of a date's period; of an open span ("since 2019", "used from 2019
    onward"), those of the period it starts in (the year 2019), and the first day of each later
    stage whose start the record knows only roughly ("2019-10", attested by then): a listing
    said to hold since then held at its start, or maybe soon after, but an element added on a
    known day later ("since 2019 ... and strategic cohesion", added on 2 December 2025) did not.
    """
    first, last = when.earliest, when.latest
    if first is None:
        return []
    if last is not None:
        return list(dict.fromkeys((first, last)))
    if (first.month, first.day) == (1, 1):
        last = date(first.year, 12, 31)
    elif first.day == 1:
        last = date(first.year + first.month // 12, first.month % 12 + 1, 1) - timedelta(days=1)
    else:
        last = first
    now = ctx.published or date.max
    rough = [
        stage.began
        for stage in ctx.index.framework_stages
        if stage.began is not None
        and last < stage.began <= now
        and stage.since.precision is not Precision.DAY
    ]
    return list(dict.fromkeys((first, last, *rough)))


#: How far after a listing a date of its own clause may start.
_AFTER_REACH: Final = 40
#: Between a listing and a date in a bracket right after it, a note on the listing ('"..."
#: (có trong văn kiện từ tháng 10/2019)'): a closing quote, the bracket and a few words.
_BRACKET_AFTER: Final = re.compile(r"[\"”’']?[^\S\n]*+\([^()\n;]{0,32}")


def _never_beside(ctx: Context, element: str, listed: list[str]) -> bool:
    """Whether ``listed`` names an element that no stage holding ``element`` held too."""
    with_it = {x for st in ctx.index.framework_stages if element in st.elements for x in st.elements}
    return any(x in ctx.index.records and x not in with_it for x in listed)


def _successor(ctx: Context, element: str, stage: FrameworkStage) -> str | None:
    """The element of ``stage`` at the place ``element`` held in an earlier stage, if another."""
    began = stage.began or date.max
    for earlier in ctx.index.framework_stages:
        if (earlier.began or date.max) < began and element in earlier.elements:
            place = earlier.elements.index(element)
            if place < len(stage.elements) and stage.elements[place] != element:
                return stage.elements[place]
    return None


def _instead_of_the_name(
    ctx: Context, span: tuple[int, int], record: str, message: Message, out: list[_Proto]
) -> None:
    """An ``unknown`` wording, with its reason, in place of its verdict as a name."""
    ctx.judge_name_again(*span)
    out.append(
        _Proto(*span, "framework", Verdict.UNKNOWN, "framework.wording", record=record, message=message)
    )
