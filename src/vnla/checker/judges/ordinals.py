# SPDX-License-Identifier: MIT
"""
The ordinals judge: the ordinal of a congress or a term against the recorded congresses of
the party its sentence names, and the ordinal of an anniversary against the year its
founding gives; an ordinal that is part of a recorded name is that record's.
"""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.canonical import _nth
from vnla.checker.captions import caption_date
from vnla.checker.drafts import _Proto
from vnla.checker.index import MEETING_KINDS
from vnla.checker.judges.places import misplaced
from vnla.checker.report import Verdict
from vnla.checker.sentences import bracketed, heading_year, heading_years_from, list_heading
from vnla.checker.vocabulary import (
    _AT_THE_TIME,
    _FORMER,
    _FUTURE,
    _FUTURE_TENSE,
    _JUST_PAST,
    _LAST_YEAR,
    _MARKED,
    _NEXT_IN_LIST,
    _NEXT_YEAR,
    _NOT_MARKED_AFTER,
    _OF_A_LIFE,
    _OF_AFTER,
    _OF_PARTY,
    _OWN_PARTY,
    _POSSESSIVE_BEFORE,
    _THIS_YEAR,
    _UP_TO_NOW,
    _YEAR,
    LOOKS_BACK_BEYOND,
    _any_word,
    founded_ending,
    looks_back,
    own_party_after,
)
from vnla.lang.lao import is_lao, ordinal_text
from vnla.lang.months import named_months
from vnla.lang.parsing import infer_year
from vnla.lang.words import merged
from vnla.model.records import Event, EventKind, Precision
from vnla.render.messages import Day, Message, Named, Ordinal, Period, Quoted
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable

    from vnla.checker.context import Context
    from vnla.lang.parsing import DateMention, OrdinalMention
    from vnla.model.records import Founding, When

__all__ = ["judge"]

#: Why a numbered meeting is not compared: no meeting the record numbers fits its sentence, or several do.
_NO_MEETING: Final = Message(
    "no numbered meeting the record has fits the day its sentence states or a body it names"
)
_SEVERAL_MEETINGS: Final = Message("several numbered meetings the record has fit its sentence")
#: Why an ordinal of another kind is not compared ("the 10th plan", "the 8th plenum").
_NOTHING_NUMBERED: Final = Message("the record numbers nothing of this kind to compare it with")

#: Right before a count of years, the amount files' words that loosen it ("more than 60 years of
#: diplomatic relations", "hơn 60 năm", "nearly 65 years"), each with how (``amounts.qualifiers``).
_QUALIFIERS: Final = {k.lower(): v for k, v in merged("amounts", "qualifiers").items()}
_LOOSE_BEFORE: Final = re.compile(rf"(?:{_any_word(list(_QUALIFIERS)).pattern})\s*+\Z", re.IGNORECASE)
#: How far from a loose count the record's count may be: "about 60" and "nearly 60" years.
_LOOSE_SPREAD: Final = 2

_ORDINAL_RULE: Final = {
    "congress": "ordinals.congress",
    "term": "ordinals.congress",
    "anniversary": "ordinals.anniversary",
    "national-day": "ordinals.anniversary",
    "years": "ordinals.anniversary",
}


def judge(ctx: Context, ordinal: OrdinalMention, out: list[_Proto]) -> None:
    """
    Judge an ordinal against the congresses and foundings of the record; a numbered meeting in
    a sentence that states no date has its place judged too (:func:`_meeting_placed`).
    """
    out.append(_judge(ctx, ordinal))
    if ordinal.noun == "meeting" and not _stated(ctx, ordinal):
        out.extend(_meeting_placed(ctx, ordinal))


def _meeting_placed(ctx: Context, ordinal: OrdinalMention) -> list[_Proto]:
    """
    The places a sentence with no date gives the one numbered meeting its number and its
    mechanism's name name ("Kỳ họp lần thứ 48 Ủy ban liên Chính phủ Việt Nam - Lào tại Hà Nội":
    the 48th met in Vientiane), where it did not take place
    (:func:`~vnla.checker.judges.places.misplaced`); a date would name the meeting to the dates
    judge, which asks the same.
    """
    meetings = _of_named(
        ctx,
        ordinal,
        (
            event
            for kind in MEETING_KINDS
            for event in ctx.index.events_by_kind.get(kind, ())
            if event.ordinal == ordinal.number
        ),
        by_kind=True,
    )
    if len(meetings) != 1 or ctx.scope.other_country(*ordinal.span) is not None:
        return []
    return misplaced(ctx, meetings[0], ctx.sentence(*ordinal.span))


def _judge(ctx: Context, ordinal: OrdinalMention) -> _Proto:
    start, end = ordinal.span
    value = f"{ordinal.number} {ordinal.noun}"
    rule = _ORDINAL_RULE.get(ordinal.noun, "ordinals.other")
    for s, e, rid in ctx.within(ctx.named, max(0, start - 200), end):
        if s <= start and end <= e:
            # the ordinal is part of a recorded name ("the 50th National Day celebration"); a
            # numbered event's ("the 14th National Congress") dated far from its sentence's date
            # is a contradiction
            record = ctx.index.records.get(rid)
            dated = (
                _dated_elsewhere(ctx, ordinal, value, record, rule)
                if isinstance(record, Event) and record.ordinal == ordinal.number
                else None
            )
            return dated or _Proto(start, end, "ordinal", Verdict.OK, rule, record=rid, value=value)
    if ordinal.noun in ("congress", "term"):
        return _congress(ctx, ordinal, value)
    if ordinal.noun in ("anniversary", "national-day", "years") and _in_a_run(ctx, ordinal):
        # a run of counts ("the windows read, in order: 64th, 50th, 51st, ..."): each is its own
        # founding's, in an order the words do not give, not the nearest founding's
        return _unknown_anniversary(
            ordinal, value, Message("it is one of a run of counts, and no founding is named beside it")
        )
    if ordinal.noun in ("anniversary", "national-day", "years"):
        return _loosely(ctx, ordinal, value) or _anniversary(ctx, ordinal, value)
    if ordinal.noun == "meeting":
        return _meeting(ctx, ordinal, value)
    return _Proto(
        start, end, "ordinal", Verdict.UNKNOWN, "ordinals.other", value=value, message=_NOTHING_NUMBERED
    )


def _written(ordinal: OrdinalMention, number: int) -> str:
    """The canonical form of an ordinal, in the language it is written in."""
    return ordinal_text(number, ordinal.noun) if is_lao(ordinal.text[:1]) else _nth(number)


def _meeting(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto:
    """A numbered meeting against the numbered meetings the record has on the day its sentence states."""
    start, end = ordinal.span
    numbered = [e for kind in MEETING_KINDS for e in ctx.index.events_by_kind.get(kind, ()) if e.ordinal]
    # else, in a month or a year the sentence states, a session of a mechanism it names: its
    # sessions are months apart ("In December 2025 the 47th meeting of the ... Committee")
    held = _held_on(ctx, ordinal, numbered) or _held_on(
        ctx, ordinal, _of_named(ctx, ordinal, numbered), in_a_year=True
    )
    if len(held) != 1:
        why = _SEVERAL_MEETINGS if held else _NO_MEETING
        return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.other", value=value, message=why)
    event = held[0]
    if event.ordinal == ordinal.number:
        return _Proto(start, end, "ordinal", Verdict.OK, "ordinals.other", record=event.id, value=value)
    message = Message(
        "the numbered meeting the record has on {when} is the {nth} ({id})",
        when=Period(event.when, iso=True),
        nth=Ordinal(event.ordinal or 0),
        id=event.id,
    )
    return _another_number(ordinal, value, "ordinals.other", event, message)


def _of_named(
    ctx: Context, ordinal: OrdinalMention, events: Iterable[Event], *, by_kind: bool = False
) -> list[Event]:
    """
    The ``events`` an ordinal's sentence names: by name, by its mechanism's or its body's name
    ("the Intergovernmental Committee", its id), or, ``by_kind``, by a word of its kind.
    """
    s, e = ctx.sentence(*ordinal.span)
    named = {rid for _a, _b, rid in ctx.within(ctx.named, s, e)}
    cues = ctx.within(ctx.cues, s, e)
    named.update(i for cue in cues for i in cue[3])
    kinds = {k for cue in cues for k in cue[2]} if by_kind else set()
    return [
        event
        for event in events
        if event.id in named
        or event.mechanism in named
        or event.organization in named
        or event.kind.value in kinds
    ]


def _held_on(
    ctx: Context,
    ordinal: OrdinalMention,
    events: Iterable[Event],
    *,
    in_a_year: bool = False,
    stated: list[When] | None = None,
) -> list[Event]:
    """
    The events held on a day (or days) the sentence of an ordinal states (or ``stated``); with
    ``in_a_year`` (congresses: a party holds one in years, so a year says which), also when its
    only date is a month or a year ("dự kiến diễn ra vào đầu năm 2026", "in January 2021"), in it.
    """
    if stated is None:
        stated = _stated(ctx, ordinal)
    days = [w for w in stated if w.is_exact]
    if in_a_year and not days and len(stated) == 1 and _within_a_year(stated[0]):
        days = stated
    return [event for event in events if any(event.when.overlaps(day) for day in days)]


#: Right before a numbered congress, words that make it the start of a count
#: (``ordinals.count_from_words``: "counting from the 6th National Congress"): the date of its
#: sentence is the count's end.
_COUNTED_FROM: Final = re.compile(
    rf"(?:{_any_word(merged('ordinals', 'count_from_words') or ['(?!)']).pattern})[^\S\n]*+$", re.IGNORECASE
)
_COUNTED_FROM_REACH: Final = max(map(len, merged("ordinals", "count_from_words")), default=0) + 2


#: Right before a congress's ordinal, words of its outcome ("the success of the LPRP's 11th
#: Congress", "thành công của Đại hội XI", "ຜົນສຳເລັດ ຂອງ ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ XI"): the words,
#: a possessor's name at most, and a congress's head words.
_OUTCOME_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('ordinals', 'outcome_words') or ['(?!)']).pattern})"
    r"[^\S\n]*+(?:\w[\w.]*+['’]s?[^\S\n]++)?"
    rf"(?:(?:{_any_word(merged('ordinals', 'outcome_heads') or ['(?!)']).pattern})[^\S\n]*+)?$",
    re.IGNORECASE,
)
_OUTCOME_REACH: Final = 80
#: How long after a congress its outcome is news: half a year.
_OUTCOME_DAYS: Final = 183


def _outcome_of_an_earlier(ctx: Context, party: str, ordinal: OrdinalMention, value: str) -> _Proto | None:
    """
    A contradiction when a congress's outcome is hailed or briefed on ("welcomed the success of
    the 11th Congress of the LPRP", "thông báo kết quả Đại hội XI") on a day (the sentence's,
    else the publication's) less than half a year after the party's latest congress, which has
    another number, and the sentence states no year of the congress of the number it gives.
    ``None`` otherwise.
    """
    start, end = ordinal.span
    s, _e = ctx.sentence(start, end)
    if _OUTCOME_BEFORE.search(ctx.text, max(s, start - _OUTCOME_REACH), start) is None:
        return None
    day = ctx.sentence_date(start, end)
    if day is None:
        return None
    congresses = ctx.index.congresses[party]
    held = [
        (c.when.latest, c) for c in congresses.values() if c.when.latest is not None and c.when.latest <= day
    ]
    if not held:
        return None
    ended, latest = max(held, key=lambda pair: pair[0])
    if latest.ordinal is None or latest.ordinal <= ordinal.number or (day - ended).days > _OUTCOME_DAYS:
        return None
    said = congresses.get(ordinal.number)
    years = {m.when.year for m in _stated_mentions(ctx, ordinal) if m.when is not None}
    if said is not None and said.when.year in years:
        return None
    message = Message(
        "the {party}'s latest congress by {day} is the {nth} ({id}, {when}), the one whose outcome "
        "is news then; the text says the {said}",
        party=Named(party, ctx.index.records[party].name.preferred("en")),
        day=Day(day),
        nth=Ordinal(latest.ordinal),
        id=latest.id,
        when=Period(latest.when, iso=True),
        said=Ordinal(ordinal.number),
    )
    return _another_number(ordinal, value, "ordinals.congress", latest, message)


def _dated_elsewhere(
    ctx: Context, ordinal: OrdinalMention, value: str, event: Event, rule: str
) -> _Proto | None:
    """
    A contradiction when the only date of a congress's sentence is more than half the time
    between two congresses from the recorded congress of that number: "the 12th Congress of
    the Lao party took place in January 2021" (the 12th met in January 2026), another
    congress.  ``None`` otherwise: nearer, it is that congress misdated ("Đại hội VI ... vào
    tháng 12/1987"), which the dates judge reports on the date.
    """
    start, end = ordinal.span
    stated = _stated_mentions(ctx, ordinal)
    said = stated[0].when if len(stated) == 1 else None
    if said is None or not _within_a_year(said) or not event.when.is_exact:
        return None
    if _COUNTED_FROM.search(ctx.text, max(0, start - _COUNTED_FROM_REACH), start) is not None:
        return None  # "40 years this December, counting from the 6th Congress": the count's end
    span = stated[0].span
    if (
        _another_events(ctx, span[0], event, ordinal)
        or ctx.person_between(span, ordinal.span)
        or _a_year_said_in_words(ctx, ordinal, said)
    ):
        return None
    assert said.earliest is not None
    assert said.latest is not None
    recorded = event.when
    if recorded.earliest is None or recorded.latest is None:
        return None
    gap = max((recorded.earliest - said.latest).days, (said.earliest - recorded.latest).days)
    if gap <= ctx.index.congress_cycle // 2:
        return None  # the congress of its number, misdated: the dates judge says so of the date
    return _Proto(
        start, end, "ordinal", Verdict.CONTRADICTION, rule, record=event.id, value=value,
        message=Message(
            "the record dates the {nth} ({id}) {recorded}; the text says {said}",
            nth=Ordinal(ordinal.number), id=event.id, recorded=Period(recorded), said=Period(said),
        ),
        evidence=(event.date_evidence or event.evidence)[:2],
    )  # fmt: skip


def _a_year_said_in_words(ctx: Context, ordinal: OrdinalMention, said: When) -> bool:
    """
    Whether the sentence of an ordinal also names a year in words ("this year", "năm ngoái",
    "ປີ ນີ້") that ``said`` does not hold: "Early this year I heard of the 12th Congress on the
    radio I listened to in 1975" dates the congress by the words, not by the year its clause gives.
    """
    s, e = ctx.sentence(*ordinal.span)
    said_years = {d.year for d in (said.earliest, said.latest) if d is not None}
    return bool(_years_in_words(ctx, (s, e), e) - said_years)


def _years_stated(ctx: Context, sentence: tuple[int, int], cut: int) -> set[int]:
    """
    The years the part of a sentence ``sentence`` (its start, and the sentence's end) states
    before ``cut``, in dates, alone or in words.  A life's or a term's years ("(13 December
    1920 – 21 November 1992)") are left out: from one day to another of the year, not from a
    founding to its anniversary; but a year another date states too is stated ("from 2019 to
    2025 ... (2 December 1975 – 2 December 2025)").  "this year", "last year" count; "next year"
    only before ``cut`` ("after the 49th anniversary's celebrations, preparations began for next
    year's" speaks of another).
    """
    lo, e = sentence
    first, last = bisect.bisect_left(ctx.date_starts, lo), bisect.bisect_left(ctx.date_starts, cut)
    years = _explicit_years(ctx, lo, cut)
    dated = [m.when for m in ctx.dates[first:last] if m.when is not None and not _yearless(ctx, m)]
    lives = [_lifes_years(when) for when in dated]
    years -= {y for life in lives for y in life}
    years |= {y for when, life in zip(dated, lives, strict=True) if not life for y in _years_of(when)}
    return years | _years_in_words(ctx, (lo, e), cut)


def _years_of(when: When) -> tuple[int, ...]:
    """The year a date is of, or both ends' of a span of years."""
    if when.year is not None:
        return (when.year,)
    if when.earliest is not None and when.latest is not None:
        return (when.earliest.year, when.latest.year)
    return ()


def _years_in_words(ctx: Context, sentence: tuple[int, int], next_until: int) -> set[int]:
    """
    The years a sentence names in words, counted from the publication's: "this year", "last
    year", and "next year" before ``next_until`` (a later clause's is another thing's).
    """
    if ctx.published is None:
        return set()
    s, e = sentence
    year, text = ctx.published.year, ctx.text
    said = {year} if _THIS_YEAR.search(text, s, e) else set()
    said |= {year - 1} if _LAST_YEAR.search(text, s, e) else set()
    said |= {year + 1} if _NEXT_YEAR.search(text, s, next_until) else set()
    after = next(
        (
            m
            for m in _THE_YEAR_AFTER.finditer(text, s, next_until)
            if not _COUNT_BEFORE.search(text, s, m.start())
        ),
        None,
    )
    if after is not None:
        # "the year after" the one its sentence states before it, or the publication's
        before = _explicit_years(ctx, s, after.start())
        said.add((before.pop() if len(before) == 1 else year) + 1)
    if _THAT_YEAR.search(text, s, next_until) is not None and s >= 2:
        # "that year": the one the sentence before states ("We first met in 2017. That year ...")
        ps, _pe = ctx.sentence(s - 2, s - 1)
        before = _explicit_years(ctx, ps, s)
        said |= before if len(before) == 1 else set()
    return said


def _explicit_years(ctx: Context, lo: int, hi: int) -> set[int]:
    """
    The years the dates in ``text[lo:hi]`` are of (those a year holds whole, and both ends of a
    span of years, in any digits: "໕ກັນຍາ໑໙໖໒-໕ກັນຍາ໒໐໒໖"), and its bare years.
    """
    first, last = bisect.bisect_left(ctx.date_starts, lo), bisect.bisect_left(ctx.date_starts, hi)
    years = {
        y
        for m in ctx.dates[first:last]
        if m.when is not None and not _yearless(ctx, m)
        for y in _years_of(m.when)
    }
    return years | {int(y) for y in _YEAR.findall(ctx.text, lo, hi)}  # and bare years ("a set for 2027")


def _yearless(ctx: Context, mention: DateMention) -> bool:
    """
    Whether a date is written without its year ("5 September") and read in the one nearest the
    publication, a guess that states no year: its month is named without one.  One the dates
    reader moved by the tense of its clause ("On 5 September they will mark ...": the coming
    one) states its year.
    """
    when, published = mention.when, ctx.published
    if (
        not mention.needs_year
        or mention.relative
        or when is None
        or when.earliest is None
        or published is None
    ):
        return False
    day = when.earliest
    return when.earliest.year == infer_year(day.month, min(day.day, 28), published)


def _its_days(ctx: Context, founding: Founding, sentence: tuple[int, int]) -> set[int]:
    """
    The years of the days of ``sentence`` that are ``founding``'s day and month, in another year
    written out (not a day without its year): the days its anniversaries fall on.
    """
    day = founding.when.earliest
    if day is None or founding.when.precision is not Precision.DAY:
        return set()
    s, e = sentence
    first, last = bisect.bisect_left(ctx.date_starts, s), bisect.bisect_left(ctx.date_starts, e)
    return {
        m.when.earliest.year
        for m in ctx.dates[first:last]
        if m.when is not None
        and m.when.precision is Precision.DAY
        and m.when.earliest is not None
        and not m.needs_year
        and (m.when.earliest.month, m.when.earliest.day) == (day.month, day.day)
        and m.when.earliest.year != day.year
    }


def _yearless_months(ctx: Context, lo: int, hi: int) -> set[int]:
    """The months of the dates written without their year in ``text[lo:hi]``."""
    first, last = bisect.bisect_left(ctx.date_starts, lo), bisect.bisect_left(ctx.date_starts, hi)
    return {
        m.when.earliest.month
        for m in ctx.dates[first:last]
        if m.when is not None and m.when.earliest is not None and _yearless(ctx, m)
    }


#: "that year", "năm đó", "ປີນັ້ນ" (the word files' ``ordinals.that_year_words``).
_THAT_YEAR: Final = _any_word(merged("ordinals", "that_year_words"))
#: "the year after", "năm sau" (the word files' ``ordinals.year_after_words``).
_THE_YEAR_AFTER: Final = _any_word(merged("ordinals", "year_after_words"))
#: A count right before such words, which makes them a span of years ("Mười lăm năm sau", fifteen
#: years later; "15 ປີຕໍ່ມາ"): digits, ``amounts.number_words`` or ``ordinals.count_words``.
_COUNT_BEFORE: Final = re.compile(
    rf"(?:\d|{_any_word([*merged('amounts', 'number_words'), *merged('ordinals', 'count_words')]).pattern})"
    r"[^\S\n]*+\Z",
    re.IGNORECASE,
)


def _stated(ctx: Context, ordinal: OrdinalMention) -> list[When]:
    """
    The dates the sentence of an ordinal states, in order, but for those that start a person's
    tenure (the dates judge, judged first, marks them): "At the 13th Congress, General Secretary
    To Lam, in office since 3 August 2024, ..." dates no congress.
    """
    return [m.when for m in _stated_mentions(ctx, ordinal) if m.when is not None]


def _stated_mentions(ctx: Context, ordinal: OrdinalMention) -> list[DateMention]:
    """The date mentions :func:`_stated` reads the dates of."""
    s, e = ctx.sentence(*ordinal.span)
    first, last = bisect.bisect_left(ctx.date_starts, s), bisect.bisect_left(ctx.date_starts, e)
    return [m for m in ctx.dates[first:last] if m.when is not None and not ctx.of_no_event(m.span[0])]


def _another_events(ctx: Context, at: int, event: Event, ordinal: OrdinalMention) -> bool:
    """
    Whether the date at ``at`` is another event's than the congress ``event``, as the dates
    judge found: an event of another kind (a visit: "... on 26-27 January 2026, his first trip
    abroad after the 11th Congress"), or a congress of the same party the sentence numbers itself
    ("At its 14th Congress in January 2026, the CPV reviewed the years since the 13th").  A congress found by
    the word alone may be the one the number misnames ("the 11th Congress of his party, which
    re-elected him on January 8").
    """
    found = ctx.index.records.get(ctx.event_dates.get(at, ""))
    if not isinstance(found, Event) or found.id == event.id:
        return False
    if found.kind is not EventKind.CONGRESS:
        return True
    if found.organization != event.organization:
        return False  # "after the CPV's 13th and the LPRP's 12th Congress in January 2026": both dated
    return any(
        o is not ordinal and o.noun == "congress" and o.number == found.ordinal
        for o in ctx.ordinals_in(*ctx.sentence(*ordinal.span))
    )


def _within_a_year(when: When) -> bool:
    """Whether ``when`` has both bounds, at most a year apart."""
    return when.earliest is not None and when.latest is not None and (when.latest - when.earliest).days <= 366


def _another_number(ordinal: OrdinalMention, value: str, rule: str, event: Event, message: Message) -> _Proto:
    """A contradiction: the numbered event the record has on the sentence's day is ``event``."""
    start, end = ordinal.span
    return _Proto(
        start,
        end,
        "ordinal",
        Verdict.CONTRADICTION,
        rule,
        record=event.id,
        canonical=_written(ordinal, event.ordinal or 0),
        value=value,
        message=message,
        evidence=event.evidence[:2],
    )


def _party_named(ctx: Context, end: int, start: int | None = None) -> str | None:
    """
    The party a congress's ordinal is attached to: "13th National Congress of the LPRP",
    "Đại hội XIII Đảng Nhân dân Cách mạng Lào", "Đại hội XIV của Đảng ta" (our Party, in a
    Vietnamese text the CPV's), "the CPV's 15th National Congress"; no other party of the
    sentence is meant.
    """
    index = ctx.index
    parties = set(index.party_of_country.values())

    def party_of(rid: str) -> str | None:
        """The party ``rid`` is, or the party of the country it is."""
        return rid if rid in parties else index.party_of_country.get(rid)

    for ns, _ne, rid in ctx.within(ctx.named, end, end + 24):
        if _OF_PARTY.fullmatch(ctx.text, end, ns) is None:
            break
        if (party := party_of(rid)) is not None:
            if start is not None and "," in ctx.text[end:ns]:
                # past a comma, a party may open the next clause ("Đảng Nhân dân Cách mạng Lào họp
                # Đại hội XII, Đảng Cộng sản Việt Nam họp Đại hội XIV"): the one its clause names
                # before it is the congress's
                before, _after = ctx.sentences.clause(start, end)
                own = [p for _a, _b, r in ctx.within(ctx.named, before, start) if (p := party_of(r))]
                return own[-1] if own else party
            return party
    if own_party_after(ctx.text, end):
        return _own_party(ctx, end, start, party_of)
    if start is not None:
        # "the CPV's 15th National Congress", "Laos' 12th Congress": the possessor right before it
        near = ctx.within(ctx.named, max(0, start - 48), start)
        if near and _POSSESSOR.fullmatch(ctx.text, near[-1][1], start) and (party := party_of(near[-1][2])):
            return party
    if start is not None and _POSSESSIVE_BEFORE.search(ctx.text, max(0, start - 12), start):
        # "the Communist Party of Vietnam gathers for its 15th National Congress": the subject's
        before, _after = ctx.sentences.clause(start, end)
        for _ns, _ne, rid in reversed(ctx.within(ctx.named, max(0, before + 1), start)):
            if (party := party_of(rid)) is not None:
                return party
    return None


def _own_party(
    ctx: Context, end: int, start: int | None, party_of: Callable[[str], str | None]
) -> str | None:
    """
    The party "the Party" after a congress's ordinal ending at ``end`` is: the writer's ("Đại hội
    XIV của Đảng ta", our Party), or, said alone, the one its sentence named last, if any ("...
    ພັກກອມມູນິດ ຫວຽດນາມ; ກອງປະຊຸມໃຫຍ່ ຄັ້ງທີ 14 ຂອງ ພັກ (19-23 ມັງກອນ 2026)": the CPV's).
    """
    of = _OF_PARTY.match(ctx.text, end)
    if of is not None and _OWN_PARTY.match(ctx.text, of.end()) is None:
        s, _e = ctx.sentence(end, end)
        named = [p for _a, _b, r in ctx.within(ctx.named, s, start or end) if (p := party_of(r))]
        if named:
            return named[-1]
    return ctx.writers_party(end, end + 1)


def _another_partys(ctx: Context, party: str, ordinal: OrdinalMention) -> Event | None:
    """
    The congress of that number of another party than ``party``, when ``party`` has held none
    of it nor of the number before it (a miscount is one off: "the 13th" of a party whose latest
    is the 12th is a slip of its own), or ``None``.  A term is its congress's ("Tổng Bí thư khóa
    XIV" near Laos's name: the CPV's 14th term, not a slip of the LPRP's).
    """
    latest = max(ctx.index.congresses[party], default=0)
    if ordinal.noun not in ("congress", "term") or ordinal.number <= latest + 1:
        return None
    others = [
        event
        for other, congresses in ctx.index.congresses.items()
        if other != party and (event := congresses.get(ordinal.number)) is not None
    ]
    return others[0] if len(others) == 1 else None


def _congress(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto:
    start, end = ordinal.span
    index = ctx.index
    named = _party_named(ctx, end, start)
    # not a party named in a clause about another subject ("..., còn Đảng NDCM Lào họp Đại hội XII")
    part = ctx.scope.contrast_part(start, end)
    parties = (
        [named]
        if named is not None
        else [
            index.party_of_country[c]
            for c in ctx.scope.countries_near(start, end, after=part[0], before=part[1])
            if c in index.party_of_country and index.party_of_country[c] not in _others_parties(ctx, ordinal)
        ]
    )
    for party in parties:
        event = index.congresses[party].get(ordinal.number)
        if event is not None:
            return (
                _congress_on_a_stated_day(ctx, party, ordinal, value, numbered=event)
                or (
                    _outcome_of_an_earlier(ctx, party, ordinal, value) if ordinal.noun == "congress" else None
                )
                # a term runs from its congress to the next: the congress's days do not date it
                or (
                    _term_of_a_title(ctx, party, ordinal, value)
                    if ordinal.noun == "term"
                    else _dated_elsewhere(ctx, ordinal, value, event, "ordinals.congress")
                )
                or _Proto(
                    start, end, "ordinal", Verdict.OK, "ordinals.congress", record=event.id, value=value
                )
            )
    if len(parties) != 1:
        why = (
            Message("no party whose congresses the record holds is named with it")
            if not parties
            else Message("it may be the congress of either party its sentence names")
        )
        return _Proto(start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value, message=why)
    party = parties[0]
    dated = _congress_on_a_stated_day(ctx, party, ordinal, value) if ordinal.noun == "congress" else None
    if dated is not None:
        return dated
    other = _another_partys(ctx, party, ordinal) if named is None else None
    if other is not None:
        # "Lào là nước đầu tiên Tổng Bí thư đến thăm sau Đại hội XIV": a country named with a
        # number its party has not reached, another party's congress: the country need not be
        # the congress's
        return _Proto(
            start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value,
            message=Message(
                "no party is named with it, and {party} has held no congress of that number; "
                "it may be {other}",
                party=Named(party, index.records[party].name.preferred("en")),
                other=Named(other.id, other.title),
            ),
        )  # fmt: skip
    day = ctx.sentence_date(start, end)
    held = [e for e in index.congresses[party].values() if day is None or (e.when.earliest or day) <= day]
    name = ctx.index.records[party].name.preferred("en")
    latest = max(held, key=lambda x: x.ordinal or 0) if held else None
    reason = _not_compared(ctx, ordinal, Named(party, name), latest)
    if reason is not None or latest is None:
        return _Proto(
            start, end, "ordinal", Verdict.UNKNOWN, "ordinals.congress", value=value, message=reason or ""
        )
    return _Proto(
        start,
        end,
        "ordinal",
        Verdict.CONTRADICTION,
        "ordinals.congress",
        record=latest.id,
        canonical=_written(ordinal, latest.ordinal or 0),
        value=value,
        message=Message(
            "the latest congress of the {party} the record has by {day} is the {nth} ({id}, {when})",
            party=Named(party, name),
            day=Day(day),
            nth=Ordinal(latest.ordinal or 0),
            id=latest.id,
            when=Period(latest.when),
        )
        if day is not None
        else Message(
            "the latest congress of the {party} the record has is the {nth} ({id}, {when})",
            party=Named(party, name),
            nth=Ordinal(latest.ordinal or 0),
            id=latest.id,
            when=Period(latest.when),
        ),
        evidence=latest.evidence[:2],
        severity=Severity.WARNING,
    )


def _others_parties(ctx: Context, ordinal: OrdinalMention) -> set[str]:
    """
    The parties the sentence's other congresses are attached to, and which hold no congress of
    this one's number ("The 14th Congress opened days after the LPRP's 12th Congress": the LPRP
    is the 12th's, and held no 14th), which say nothing of this congress's party.  A party that
    held one may be meant ('"Đại hội XIII của Đảng NDCM Lào" ... sửa thành Đại hội XII').
    """
    if ordinal.noun != "congress":
        return set()
    return {
        party
        for o in ctx.ordinals_in(*ctx.sentence(*ordinal.span))
        if o is not ordinal
        and o.noun == "congress"
        and (party := _party_named(ctx, o.span[1], o.span[0])) is not None
        and ordinal.number not in ctx.index.congresses[party]
    }


#: The titles whose holder a party's congress elects for its term ("Tổng Bí thư khóa XIV").
#: Between a possessor's name and the ordinal it owns: "'s" or an apostrophe, then spaces.
_POSSESSOR: Final = re.compile(r"['’]s?\s+")
_TERM_ROLES: Final = frozenset({"general-secretary"})
#: How far before a term's number its leader's title may stand ("Tổng Bí thư Ban Chấp hành Trung
#: ương Đảng khóa XIII"), and how far after it ("his 13th term as party chief").
_TITLE_BEFORE_TERM: Final = 48
_TITLE_AFTER_TERM: Final = 12
#: What parts a title from a term's number: the end of a sentence or of a clause.
_PARTED: Final = re.compile(r"[.,;:!?()\n]")


def _beside(
    text: str, titled: list[tuple[int, int, str, Any]], title: tuple[int, int], term: tuple[int, int]
) -> bool:
    """
    Whether a title stands near enough before a term's number, or right after it, in its clause;
    before it, the bodies the title names between count for nothing ("ເລຂາທິການໃຫຍ່
    ຄະນະບໍລິຫານງານສູນກາງພັກກອມມູນິດຫວຽດນາມ ສະໄໝທີ XIII").
    """
    (a, b), (start, end) = title, term
    if b <= start:
        bodies = sum(y - x for x, y, kind, _match in titled if kind == "entity" and b <= x and y <= start)
        return start - b - bodies <= _TITLE_BEFORE_TERM and not _PARTED.search(text, b, start)
    return end <= a <= end + _TITLE_AFTER_TERM and not _PARTED.search(text, end, a)


def _term_of_a_title(ctx: Context, party: str, ordinal: OrdinalMention, value: str) -> _Proto | None:
    """
    The term a party leader's title names ("Tổng Bí thư khóa XIII", "To Lam's 13th term as party
    chief", "ເລຂາທິການໃຫຍ່ ... ສະໄໝທີ XIII") against the term in office on its sentence's day: the
    one the party's latest congress that had closed by then elected.  ``None`` when it is that
    one, or when the day cannot say: a sentence dated by a month or a year, a day within a
    congress, a day the record's congresses leave a gap before, a term said to come or a title
    once held ("former", "then"); and a term with no leader's title beside it ("Hội nghị Trung
    ương 8 khóa XIII" names a plenum of that term at any date).
    """
    start, end = ordinal.span
    text = ctx.text
    s, e = ctx.sentence(start, end)
    titled = ctx.within(ctx.titled, s, min(e, end + _TITLE_AFTER_TERM))
    bound = [
        a
        for a, b, kind, match in titled
        if kind == "role"
        and match.pat.role is not None
        and match.pat.role[0] in _TERM_ROLES
        and _beside(text, titled, (a, b), ordinal.span)
    ]
    if not bound or _FUTURE.search(text, s, e) or ctx.sentence_period(start, end) is not None:
        return None
    before = text[max(0, bound[0] - 24) : bound[0]]
    if _FORMER.search(before) or _AT_THE_TIME.search(before):
        return None
    day = ctx.sentence_date(start, end)
    congresses = ctx.index.congresses[party]
    if day is None or any(
        (c.when.earliest or day) <= day <= (c.when.latest or day) for c in congresses.values()
    ):
        return None
    closed = [c for c in congresses.values() if c.when.latest is not None and c.when.latest < day]
    if not closed:
        return None
    current = max(closed, key=lambda c: c.ordinal or 0)
    number = current.ordinal or 0
    # the term in office is the closed congress's only when the record holds the next, or none later
    if number == ordinal.number or (number + 1 not in congresses and number < max(congresses)):
        return None
    message = Message(
        "on {day} the {party}'s leaders held office for the {nth} term, which its {nth} Congress "
        "elected ({id}, {when})",
        day=Day(day),
        party=Named(party, ctx.index.records[party].name.preferred("en")),
        nth=Ordinal(number),
        id=current.id,
        when=Period(current.when, iso=True),
    )
    return _another_number(ordinal, value, "ordinals.congress", current, message)


def _not_compared(
    ctx: Context, ordinal: OrdinalMention, party: Named, latest: Event | None
) -> Message | None:
    """
    Why a congress's number is not compared with the latest the record holds by its day
    (``latest``): a congress to come, one before the record's first, or an earlier one.
    """
    start, end = ordinal.span
    s, e = ctx.sentence(start, end)
    future = _FUTURE.search(ctx.text, s, e)
    if future is not None:
        return Message(
            "its sentence says {word!r}: it may be a congress still to come",
            word=Quoted(future[0], ctx.lang_at(start, end)),
        )
    if latest is None:
        return Message("before the first congress of the {party} the record holds", party=party)
    if ordinal.number <= (latest.ordinal or 0):
        return Message(
            "an earlier congress of the {party} than the {nth}, which the record does not hold",
            party=party,
            nth=Ordinal(latest.ordinal or 0),
        )
    return None


def _congress_on_a_stated_day(
    ctx: Context, party: str, ordinal: OrdinalMention, value: str, *, numbered: Event | None = None
) -> _Proto | None:
    """
    The party's congress the record has on a day the sentence states, when its number is
    another: "the close of the 11th Congress of the LPRP in Vientiane on January 8" (2026)
    names the 12th.  ``None`` when the sentence states no such day.  A day of another event
    (:func:`_another_events`; ``numbered``: the congress of the ordinal's number, if the record
    has it), or with a person named between it and the congress, is not the congress's.
    """
    mentions = [
        m
        for m in _stated_mentions(ctx, ordinal)
        if m.when is not None
        and _within_a_year(m.when)  # not a span of years ("(22/3/1955 – 22/3/2025)")
        and not (numbered is not None and _another_events(ctx, m.span[0], numbered, ordinal))
        and not ctx.person_between(m.span, ordinal.span)
    ]
    own = [m for m in mentions if _own_bracket(ctx, ordinal, m.span)] if len(mentions) > 1 else []
    stated = [m.when for m in (own if len(own) == 1 else mentions) if m.when is not None]
    held = _held_on(ctx, ordinal, ctx.index.congresses[party].values(), in_a_year=True, stated=stated)
    if len(held) != 1 or held[0].ordinal == ordinal.number:
        return None
    event = held[0]
    message = Message(
        "the congress of the {party} the record has on {when} is the {nth} ({id})",
        party=Named(party, ctx.index.records[party].name.preferred("en")),
        when=Period(event.when, iso=True),
        nth=Ordinal(event.ordinal or 0),
        id=event.id,
    )
    return _another_number(ordinal, value, "ordinals.congress", event, message)


def _own_bracket(ctx: Context, ordinal: OrdinalMention, span: tuple[int, int]) -> bool:
    """
    Whether a date at ``span`` is in the bracket right after a numbered event's name, its own date:
    "Đại hội lần thứ XIII của Đảng Cộng sản Việt Nam (tháng 1/2026) và Đại hội ... XII của Đảng
    Nhân dân Cách mạng Lào (tháng 1/2026)": the first month is the first congress's.
    """
    text, end = ctx.text, ordinal.span[1]
    between = text[end : span[0]]
    opening = between.rfind("(")
    return (
        opening >= 0
        and len(between) <= _OWN_BRACKET_REACH
        and not any(mark in between for mark in ");\n")
        and bracketed(text, span)
        and not any(end <= o.span[0] < span[0] for o in ctx.ordinals_in(end, span[0]))
    )


#: The most characters between a numbered event's ordinal and the bracket of its own date (its
#: party's name between them: "Đại hội XIII của Đảng Cộng sản Việt Nam (").
_OWN_BRACKET_REACH: Final = 80


def _anniversary(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto:
    start, end = ordinal.span
    foundings = (
        ctx.foundings.near(ordinal)
        or _dated_before(ctx, ordinal)
        or _dated_after(ctx, ordinal)
        or _dated_before(ctx, ordinal, back=True)
    )
    if not foundings:
        return _no_founding(ctx, ordinal, value)
    s, e = ctx.sentence(start, end)
    # the years it states: before the ordinal, or after it in its clause (with its asides in
    # brackets); a later clause's are another thing's ("..., and days after the Party closed its
    # congress on January 23"; "... và hướng tới Năm Đoàn kết hữu nghị 2027")
    cut = _aside_of_another(ctx, end, _clause_end(ctx, end, e))
    stated = _years_stated(ctx, (s, e), cut)
    published = ctx.published.year if ctx.published else None
    # an entry of a list under a heading of its year ("LỊCH KỶ NIỆM NĂM 2026") that states none,
    # or a sentence after a caption's place and date ("Vientiane, 2 December 2025. Ceremony for the
    # 50th anniversary of the Lao National Day.")
    caption = caption_date(ctx, (start, end)) if not stated else None
    heading = _heading_years(ctx, s) or {y for y in [caption.year if caption else None] if y}
    # (or its years counted up to now, in a sentence that states no year: "Tròn 47 năm đã trôi
    # qua", "it has been 49 years so far")
    just_past = _JUST_PAST.search(ctx.text, end, cut) is not None or (
        not stated and _UP_TO_NOW.search(ctx.text, s, cut) is not None
    )
    # a month named with no year ("In July came the 47th anniversary"): the founding's month
    # nearest the publication, as a day given without a year is; also beside a year that is the
    # founding's own ("in May, the 136th anniversary of his birth (19 May 1890)")
    months = (
        {m for m, a, _b in named_months(ctx.text, s, cut) if not ctx.in_a_date(a)} if ctx.published else set()
    )
    # a day given without its year ("- 2 December: the 51st Lao National Day"): see _yearless_year
    yearless = _yearless_months(ctx, s, cut) if ctx.published else set()
    # said to be marked: by the publication day, give or take the celebrations ahead of it (looked
    # at when first asked, for an anniversary of a year after the publication's: it may be one only)
    marked_by = _Once(lambda: _marked_by(ctx, s, e, cut))
    checked: list[tuple[str, Founding, int, set[int]]] = []
    for fid in foundings:
        founding = ctx.index.foundings[fid]
        year = founding.when.year
        if year is None:
            continue
        expected = year + ordinal.number
        # a year nearer the founding's than the anniversary's is a date of the founding ("founded
        # on March 22, 1955, marks its 71st anniversary this month"; "ວັນຊາດ, ວັນທີ 2 ທັນວາ 1976,
        # ປີນີ້ ຄົບຮອບ 50 ປີ", however misdated), not the anniversary's
        marked = {y for y in stated if 2 * (y - year) > ordinal.number}
        if not marked:
            marked = {y for y in heading if 2 * (y - year) > ordinal.number}
        if not marked:
            # a day of its sentence, in another clause, that is the founding's day of another year:
            # the anniversary's day ("Nhân dịp kỷ niệm 52 năm Quốc khánh ..., bảo tàng mở cửa ...
            # ngày 2/12/2026")
            marked = {y for y in _its_days(ctx, founding, (s, e)) if 2 * (y - year) > ordinal.number}
        # "kỷ niệm 71 năm Ngày thành lập Đảng (22/3) vừa qua": that year's, whatever else
        recent = _just_past(ctx, founding) if just_past else None
        if recent is not None:
            marked = {recent}
        elif (
            not marked
            and (months or yearless)
            and (
                near := _in_the_month(founding, months, ctx.published)
                or _yearless_year(ctx, founding, yearless, (s, cut))
            )
        ):
            # told of in the past ("In February he attended the ... 96th", published in
            # November): the month's last, not its next
            back = _after_publication(founding, near, ctx.published) and looks_back(ctx.text, s, cut)
            marked = {near - 1 if back else near}
        elif not marked and months and (told := _by_tense(ctx, founding, months, (s, cut))) is not None:
            # the month about as far before the publication as after it: the next one in a
            # sentence in the future ("will mark ... in September"), the last one in the past
            marked = {told}
        elif not marked and months:
            # the month's within a year of the publication, either way: a count of another year
            # is not it ("in September ... the 65th anniversary" in March 2026: September 2025 or
            # 2026, never 2027)
            marked = _out_of_the_months_reach(founding, months, ctx.published, expected)
        checked.append((fid, founding, expected, marked))
        if expected in marked or (
            not marked
            and published is not None
            and abs(expected - published) <= 1
            and not (expected > published and _falls_after(founding, expected, marked_by()))
            and not (expected < published and _come_again(founding, expected, ctx.published))
        ):
            record = ctx.index.anniversaries.get((fid, ordinal.number))
            return _Proto(
                start, end, "ordinal", Verdict.OK, "ordinals.anniversary",
                record=record.id if record else fid, value=value,
            )  # fmt: skip
    if not checked:
        return _unknown_anniversary(
            ordinal, value, Message("the record has no year for the founding it counts from")
        )
    # of several foundings (either country's national day), the one whose anniversary of that
    # count falls nearest the year the text means
    nearest = min(checked, key=lambda c: abs(c[2] - (max(c[3]) if c[3] else (published or c[2]))))
    _fid, founding, expected, marked = nearest
    if (
        not marked
        and published is not None
        and expected > published
        and _falls_after(founding, expected, marked_by())
    ):
        return _not_yet_marked(ctx, ordinal, value, nearest)
    if not marked and published is not None and expected > published and _to_come(ctx, s, e):
        # "The LPRP will mark its 100th anniversary", "... ຈະຄົບຮອບ 100 ປີໃນປີໃດ?": a year to
        # come, which the sentence does not state
        return _unknown_anniversary(
            ordinal,
            value,
            Message(
                "its sentence speaks of a time to come or asks, and states no year: the {nth} "
                "anniversary falls in {year}",
                nth=Ordinal(ordinal.number),
                year=expected,
            ),
        )
    # the years of its own part of the sentence and the one before it, between semicolons: a
    # list's other entries ("135 năm Ngày sinh ... (19/5/1890 - ...); 80 năm ...; 65 năm ...
    # (22/3/1955 - 22/3/2025)") date other things, whose years say nothing of this count
    part = ctx.text.rfind(";", s, start)
    lo = s if part < 0 else ctx.text.rfind(";", s, part) + 1 or s
    return _dated_by_the_text(ctx, ordinal, value, _years_stated(ctx, (lo, e), cut)) or _another_year(
        ordinal, value, nearest, published
    )


def _in_a_run(ctx: Context, ordinal: OrdinalMention) -> bool:
    """
    Whether an anniversary's count is one of a run of :data:`_RUN` or more in its sentence, each
    after the last but a comma or "and" ("64th, 50th, 51st, 71st ... and 136th").
    """
    counts = [o for o in ctx.ordinals_in(*ctx.sentence(*ordinal.span)) if o.noun == ordinal.noun]
    if len(counts) < _RUN:
        return False
    runs, run = [], [counts[0]]
    for before, after in itertools.pairwise(counts):
        if _NEXT_IN_LIST.fullmatch(ctx.text, before.span[1], after.span[0]):
            run.append(after)
        else:
            runs.append(run)
            run = [after]
    runs.append(run)
    return any(len(r) >= _RUN and ordinal in r for r in runs)


#: The fewest counts in a run of them.
_RUN: Final = 3


def _loosely(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto | None:
    """
    A count of years said loosely, after a qualifier ("more than 60 years of" diplomatic
    relations in 2026, "hơn 60 năm", "gần 65 năm"): ``ok`` where the record's count in a year
    the sentence states (else the publication's) fits the qualifier (``over``: at least the
    number; ``under``: at most; ``almost``: at most, and :data:`_LOOSE_SPREAD` below it at
    least; ``about``: that near), else ``unknown``: a loose count is no exact one to refute.
    ``None`` for a count said exactly, or of no founding named with it.
    """
    start, end = ordinal.span
    s, e = ctx.sentence(start, end)
    loose = _LOOSE_BEFORE.search(ctx.text, max(s, start - 24), start)
    foundings = (ctx.foundings.near(ordinal) or _dated_before(ctx, ordinal)) if loose is not None else []
    if loose is None or not foundings:
        return None
    qualifier = _QUALIFIERS.get(" ".join(loose[0].lower().split()), "about")
    said = Quoted(" ".join(ctx.text[loose.start() : end].split()), ctx.lang_at(start, end))
    years = _years_stated(ctx, (s, e), _clause_end(ctx, end, e)) or (
        {ctx.published.year} if ctx.published else set()
    )
    n = ordinal.number
    counts: list[int] = []
    for fid in foundings:
        year = ctx.index.foundings[fid].when.year
        counts += [y - year for y in years if year is not None and 2 * (y - year) > n]
    if any(_fits(qualifier, c, n) for c in counts):
        return _Proto(start, end, "ordinal", Verdict.OK, "ordinals.anniversary", value=value)
    return _unknown_anniversary(
        ordinal,
        value,
        Message(
            "a count of years said loosely ({said}), and the record counts {count}: no exact count to refute",
            said=said,
            count=min(counts, key=lambda c: abs(c - n)),
        )
        if counts
        else Message("a count of years said loosely ({said}), in no year the text states", said=said),
    )


def _fits(qualifier: str, count: int, n: int) -> bool:
    """Whether a ``count`` of years fits ``n`` said with a ``qualifier`` (see :func:`_loosely`)."""
    if qualifier == "over":
        return count >= n
    if qualifier == "under":
        return count <= n
    if qualifier == "almost":
        return n - _LOOSE_SPREAD <= count <= n
    return abs(count - n) <= _LOOSE_SPREAD


def _lifes_years(when: When) -> tuple[int, ...]:
    """
    The first and last years of days that run over years from one day of the year to another (a
    life, a term), which count no anniversary; none for other dates.

    >>> from datetime import date
    >>> from vnla.model.records import When
    >>> _lifes_years(When.between(date(1920, 12, 13), date(1992, 11, 21)))
    (1920, 1992)
    >>> _lifes_years(When.between(date(1975, 12, 2), date(2025, 12, 2)))
    ()
    """
    first, last = when.earliest, when.latest
    if (
        first is None
        or last is None
        or last.year - first.year < 2
        or (first.month, first.day) == (last.month, last.day)
    ):
        return ()
    return (first.year, last.year)


#: The longest heading read for its year.
_HEADING_LENGTH: Final = 100


def _heading_years(ctx: Context, at: int) -> set[int]:
    """
    The year of the heading over the list whose entry the sentence at ``at`` is in, ``{year}``
    ("5. LỊCH KỶ NIỆM NĂM 2026" over "- 5/9: 63 năm Ngày thiết lập ..."; "Important days of
    this year:" in a text published in 2026), when it is short and names one year; else no year.
    """
    heading = list_heading(ctx.text, at)
    if heading is None or heading[1] - heading[0] > _HEADING_LENGTH:
        return set()
    year = heading_year(ctx.text, heading)
    if year is None and ctx.published is not None:
        shift = heading_years_from(ctx.text, heading)
        year = None if shift is None else ctx.published.year + shift
    return set() if year is None else {year}


class _Once:
    """A value made when first asked for, then kept (a cheaper ``functools.cache`` of one call)."""

    __slots__ = ("made", "make", "value")

    def __init__(self, make: Callable[[], date | None]) -> None:
        self.make = make
        self.made = False
        self.value: date | None = None

    def __call__(self) -> date | None:
        if not self.made:
            self.value, self.made = self.make(), True
        return self.value


#: How long before an anniversary's day it may be marked (ceremonies, conferences, greetings):
#: a text that says an anniversary was marked, published earlier than that, speaks of another.
_CELEBRATED_AHEAD: Final = timedelta(days=62)


def _marked_by(ctx: Context, s: int, e: int, cut: int) -> date | None:
    """
    The last day an anniversary may fall on that the sentence at ``text[s:e]`` says was marked
    ("Laos celebrated the 72nd anniversary", "đã kỷ niệm", "ໄດ້ສະເຫຼີມສະຫຼອງ", in its clause by
    ``cut``), as published: :data:`_CELEBRATED_AHEAD` after the publication day; ``None`` when
    it says no such thing, has a verb in the future or asks, or the publication day is unknown.
    """
    if ctx.published is None or _to_come(ctx, s, e):
        return None
    text = ctx.text
    for m in _MARKED.finditer(text, s, cut):
        if not _NOT_MARKED_AFTER.search(text, max(s, m.start() - 12), m.start()):
            return ctx.published + _CELEBRATED_AHEAD
    return None


def _anniversary_day(founding: Founding, year: int) -> date | None:
    """The day of ``founding``'s anniversary in ``year`` (28 February for a 29th); ``None`` without a day."""
    day = founding.when.earliest
    if day is None or founding.when.precision is not Precision.DAY:
        return None
    if (day.month, day.day) == (2, 29):
        return date(year, 2, 28)
    return day.replace(year=year)


#: How far from the publication a month named with no year may be for its year to be the nearest's.
_NEAREST_MONTH: Final = timedelta(days=150)
#: How near the publication a day given without its year is read as the nearest one's, whatever
#: the tense (farther, a list of days may mean the next ones, or the last).
_NEAR_DAY: Final = timedelta(days=45)


def _in_the_month(
    founding: Founding,
    months: set[int],
    published: date | None,
    within: timedelta = _NEAREST_MONTH,
    *,
    ahead: timedelta | None = None,
) -> int | None:
    """
    The year of ``founding``'s anniversary in a month its sentence names with no year (one of
    ``months``): the one nearest the publication, ``within`` it (:data:`_NEAREST_MONTH`), as a
    day given without a year is read (:func:`~vnla.lang.parsing.infer_year`), or the next one
    ``ahead`` of it at most; ``None`` for another month, or one about as far before the
    publication as after it.
    """
    day = _its_day_in(founding, months, published)
    if day is None or published is None:
        return None
    year = infer_year(day.month, min(day.day, 28), published)
    if abs(date(year, day.month, min(day.day, 28)) - published) <= within:
        return year
    if ahead is not None:
        following = year if date(year, day.month, min(day.day, 28)) > published else year + 1
        if date(following, day.month, min(day.day, 28)) - published <= ahead:
            return following
    return None


def _out_of_the_months_reach(
    founding: Founding, months: set[int], published: date | None, expected: int
) -> set[int]:
    """
    The years whose day of ``founding`` in one of ``months`` lies within a year of the
    publication, when the year of the count (``expected``) is none of them; else none.
    """
    day = _its_day_in(founding, months, published)
    if day is None or published is None:
        return set()
    reach = {
        y
        for y in (published.year - 1, published.year, published.year + 1)
        if abs(date(y, day.month, min(day.day, 28)) - published) <= _A_YEAR
    }
    return reach if reach and expected not in reach else set()


#: The farthest a month named with no year lies from the publication.
_A_YEAR: Final = timedelta(days=366)


def _its_day_in(founding: Founding, months: set[int], published: date | None) -> date | None:
    """``founding``'s day (or month's), when it falls in one of ``months`` and a publication day is known."""
    day = founding.when.earliest
    if published is None or day is None or founding.when.precision not in (Precision.DAY, Precision.MONTH):
        return None
    return day if day.month in months else None


def _yearless_year(ctx: Context, founding: Founding, months: set[int], clause: tuple[int, int]) -> int | None:
    """
    The year of ``founding``'s anniversary on a day its sentence gives without a year, in one of
    ``months``: the last one by the publication day when ``text[clause]`` tells of the past
    ("On 3 February the Embassy marked the 95th anniversary"); else the next one when it comes
    within :data:`_NEAREST_MONTH`, or the last when it came within :data:`_NEAR_DAY`; else
    ``None``, either: a list of days to come, published in February, may mean the next December
    ("- 2 December: the 51st Lao National Day").
    """
    published = ctx.published
    day = _its_day_in(founding, months, published)
    if day is None or published is None:
        return None
    if looks_back(ctx.text, *clause):
        passed = (day.month, day.day) <= (published.month, published.day)
        return published.year if passed else published.year - 1
    return _in_the_month(founding, months, published, _NEAR_DAY, ahead=_NEAREST_MONTH)


def _by_tense(ctx: Context, founding: Founding, months: set[int], clause: tuple[int, int]) -> int | None:
    """
    The year of ``founding``'s anniversary in its month, one of ``months`` its sentence names
    with no year, by the tense of ``text[clause]``: the first after the publication day for a
    verb in the future ("will mark ... in September", "Expect flags in September"), the last by
    it for one in the past; ``None`` for neither, another month or no publication day.
    """
    published = ctx.published
    day = _its_day_in(founding, months, published)
    if day is None or published is None:
        return None
    passed = (day.month, day.day) <= (published.month, published.day)
    if _FUTURE_TENSE.search(ctx.text, *clause) is not None:
        return published.year + 1 if passed else published.year
    if looks_back(ctx.text, *clause):
        return published.year if passed else published.year - 1
    return None


def _after_publication(founding: Founding, year: int, published: date | None) -> bool:
    """
    Whether ``founding``'s anniversary (its month's first day, without a day) of ``year`` falls
    after ``published``, by more than :data:`LOOKS_BACK_BEYOND`.
    """
    day = founding.when.earliest
    if published is None or day is None:
        return False
    first = 1 if founding.when.precision is Precision.MONTH else min(day.day, 28)
    return date(year, day.month, first) > published + LOOKS_BACK_BEYOND


def _come_again(founding: Founding, year: int, published: date | None) -> bool:
    """
    Whether the anniversary after ``founding``'s of ``year`` had come by the publication day: a
    sentence that states no year then speaks of that one ("In July came the 47th anniversary of
    the Treaty", published in August 2025, when the 48th had come on 18 July).
    """
    day = _anniversary_day(founding, year + 1)
    return day is not None and published is not None and day <= published


def _falls_after(founding: Founding, year: int, marked_by: date | None) -> bool:
    """
    Whether ``founding``'s anniversary of ``year`` falls after ``marked_by`` (never after
    ``None``), in a year after the publication's: a jubilee is marked all through its year
    ("the 50th anniversary of the National Day" in September 2025, for 2 December).
    """
    if marked_by is None or year <= (marked_by - _CELEBRATED_AHEAD).year:
        return False
    day = _anniversary_day(founding, year)
    return day is not None and day > marked_by


def _not_yet_marked(
    ctx: Context, ordinal: OrdinalMention, value: str, checked: tuple[str, Founding, int, set[int]]
) -> _Proto:
    """
    An anniversary the text says was marked, whose day was still to come when it was published
    (with :data:`_CELEBRATED_AHEAD` to spare): a contradiction, a warning as only the
    publication day says so; the right ordinal is that of the last anniversary by then.
    """
    fid, founding, expected, _marked = checked
    published = ctx.published
    assert published is not None  # (only asked with a publication day)
    last = (published + _CELEBRATED_AHEAD).year
    if _falls_after(founding, last, published + _CELEBRATED_AHEAD):
        last -= 1
    message = Message(
        "{founding} is dated {when}, so its {nth} anniversary falls on {day}: the text, published "
        "on {published}, says it was marked",
        founding=Named(fid, founding.name.preferred("en")),
        when=Period(founding.when, iso=True),
        nth=Ordinal(ordinal.number),
        day=Day(_anniversary_day(founding, expected) or published, iso=True),
        published=Day(published, iso=True),
    )
    return _slip(
        ordinal, value, (fid, founding), last - (founding.when.year or 0), message, severity=Severity.WARNING
    )


def _slip(
    ordinal: OrdinalMention,
    value: str,
    counted: tuple[str, Founding] | None,
    right: int,
    message: Message,
    *,
    severity: Severity | None,
) -> _Proto:
    """
    An anniversary's ordinal that its founding's year, or the span of years written beside it
    (``counted`` ``None``), does not give (``right``: the one it does).
    """
    start, end = ordinal.span
    return _Proto(
        start,
        end,
        "ordinal",
        Verdict.CONTRADICTION,
        "ordinals.anniversary",
        record=counted[0] if counted else None,
        canonical=_written(ordinal, right) if right > 0 else None,
        value=value,
        message=message,
        evidence=counted[1].evidence[:2] if counted else (),
        severity=severity,
    )


def _to_come(ctx: Context, s: int, e: int) -> bool:
    """Whether the sentence at ``text[s:e]`` has a verb in the future ("will", "sẽ", "ຈະ") or asks."""
    return _FUTURE_TENSE.search(ctx.text, s, e) is not None or ctx.text[s:e].rstrip().endswith("?")


def _just_past(ctx: Context, founding: Founding) -> int | None:
    """
    The year of the last anniversary of ``founding`` by the publication day, for an ordinal said
    to be just past in its clause ("vừa qua", "ທີ່ຜ່ານມາ"); ``None`` without a day to count.
    """
    day = founding.when.earliest
    if ctx.published is None or day is None or founding.when.precision is not Precision.DAY:
        return None
    passed = (day.month, day.day) <= (ctx.published.month, ctx.published.day)
    return ctx.published.year if passed else ctx.published.year - 1


def _clause_end(ctx: Context, at: int, e: int) -> int:
    """
    Where the clause going on at ``text[at]`` ends, by ``e``: at a comma, a semicolon, a colon or
    a dash outside brackets ("kỷ niệm 95 năm ... (3/2/1930 – 3/2/2026)" is one clause) and
    outside a name ("quan hệ ngoại giao Việt Nam – Lào năm 2026" is one too).
    """
    text = ctx.text
    names = [(s, n) for s, n, _rid in ctx.within(ctx.named, at, e)]
    depth = 0
    for i in range(at, e):
        char = text[i]
        if names and char in _CLAUSE_ENDS and any(s <= i < n for s, n in names):
            continue
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif depth == 0 and char in _CLAUSE_ENDS:
            return i
    return e


def _aside_of_another(ctx: Context, end: int, cut: int) -> int:
    """
    ``cut``, or sooner where a bracket after an ordinal ending at ``end`` opens on another
    ordinal ("the 51st anniversary ... [VN: and looking ahead to the 65th anniversary of our
    diplomatic ties in 2027]": the year is the 65th's): at the bracket.
    """
    i = bisect.bisect_right(ctx.ordinal_starts, end)
    if i >= len(ctx.ordinal_starts) or ctx.ordinal_starts[i] >= cut:
        return cut
    text, at = ctx.text, ctx.ordinal_starts[i]
    opening = max(text.rfind("(", end, at), text.rfind("[", end, at))
    # (a bracket still open at the other ordinal: not the first's own aside, closed before it)
    return opening if opening >= 0 and not any(mark in text[opening:at] for mark in ")]") else cut


#: What ends a clause outside brackets (see :func:`_clause_end`).
_CLAUSE_ENDS: Final = frozenset(",;:–—")


#: Articles that open a noun phrase (``ordinals.subject_articles``).
_SUBJECT_ARTICLE: Final = _any_word(merged("ordinals", "subject_articles") or ["(?!)"])
#: Words right by an anniversary that make it a person's birth's or death's (``ordinals.life_words``).
_LIFE_WORDS: Final = _any_word(merged("ordinals", "life_words"))
#: How far from an anniversary they stand.
_LIFE_REACH: Final = 24


def _life_words_by(text: str, start: int, end: int) -> bool:
    """Whether words of a life stand by the anniversary at ``text[start:end]``."""
    return _LIFE_WORDS.search(text, max(0, start - _LIFE_REACH), end + _LIFE_REACH) is not None


def _dated_before(ctx: Context, ordinal: OrdinalMention, *, back: bool = False) -> list[str]:
    """
    The founding an anniversary that names nothing counts from when its sentence dates one
    before it ("diplomatic relations were established on 5 September 1962, which makes this
    September the 63rd anniversary"): the one founding the dates judge found a date of there,
    with nothing named between that date and the anniversary, which is of nothing after it
    ("the 63rd anniversary of ..."). A birth or a death is one only where words of a life stand
    by the anniversary ("his 105th birth anniversary", not "Kaysone Phomvihane, born in 1920,
    would have marked the 60th anniversary").  With ``back``, the sentence before dates it, where
    the anniversary's own names nothing before it ("The Lao PDR was proclaimed on 2 December 1975.
    This December brings its 52nd anniversary.").
    """
    start, end = ordinal.span
    if ordinal.noun != "anniversary" or (
        _OF_AFTER.match(ctx.text, end) and not _OF_A_LIFE.match(ctx.text, end)
    ):
        return []
    s, _e = ctx.sentence(start, end)
    if back:
        if s < 2 or ctx.within(ctx.named, s, start):
            return []
        s = ctx.sentence(s - 2, s - 1)[0]
    elif (semi := ctx.text.rfind(";", s, start)) >= 0 and any(
        d.span[0] in ctx.founding_days or d.span[0] in ctx.event_dates
        for d in ctx.dates[
            bisect.bisect_left(ctx.date_starts, semi) : bisect.bisect_left(ctx.date_starts, start)
        ]
    ):
        # the part of a sentence after its last semicolon before the anniversary, when it dates
        # a founding of its own, as a list of foundings writes each with its count ("X ... 5 ກັນຍາ
        # 1962, ... ຄົບຮອບ 64 ປີ; Y ... 18 ກໍລະກົດ 1977, ... ຄົບຮອບ 49 ປີ; ..."); not "The Lao PDR
        # was proclaimed on 2 December 1975; its 50th anniversary falls this December", nor "...
        # thành lập ngày 22/3/1955; năm 2025 kỷ niệm 70 năm"
        s = semi + 1
    index = ctx.index
    found: set[str] = set()
    last = s
    first, until = bisect.bisect_left(ctx.date_starts, s), bisect.bisect_left(ctx.date_starts, start)
    for mention in ctx.dates[first:until]:
        at, stop = mention.span
        rid = ctx.founding_days.get(at) or ctx.event_dates.get(at)
        if rid is not None:
            founding = index.founding_of(rid) if stop <= start else None
        elif stop > start or (founding := _founding_on(ctx, mention)) is None:
            # (a founding's day whose founding its sentence does not name, "He was born on 13
            # December 1920", is the day's own)
            continue
        record = index.foundings.get(founding or "")
        if record is not None and (
            (record.person is None and record.death_of is None) or _life_words_by(ctx.text, start, end)
        ):
            found.add(record.id)
            last = max(last, stop)
    if (
        len(found) != 1
        or ctx.within(ctx.named, last, start)
        # another founding's date between: another thing's ("..., and the company, founded in
        # 2006, marks its 20th anniversary"); a noun phrase: another subject's ("...; the
        # university marks its 20th anniversary"), but not "its" alone ("The Lao PDR was
        # proclaimed on 2 December 1975; its 50th anniversary falls this December")
        or any(
            last <= m.span[0] < start and founded_ending(ctx.text, m.span[0]) for m in ctx.dates[first:until]
        )
        or (_another_subject(ctx.text, last, start) and not _life_words_by(ctx.text, start, end))
    ):
        return []
    if back and _dated_before_that(ctx, s, found):
        # "... established diplomatic relations on 5/9/1962. In 1977 they also signed the Treaty
        # on 18/7. In 2027 that friendship turns 65": the sentence before that dates another
        # founding, which the anniversary may count from as well
        return []
    return sorted(found)


#: The most characters between an anniversary and the day right after it that dates what it
#: counts from (:func:`_dated_after`).
_AFTER_REACH: Final = 80
#: What the words between them may not hold: a clause's or a sentence's mark, a digit (another
#: number), or a word that joins another thing ("and", "và", "ແລະ").
_NOT_OF_THE_SAME: Final = re.compile(
    rf"[;:.!?\n\d]|{_any_word(merged('countries', 'joiners') or ['(?!)']).pattern}", re.IGNORECASE
)


def _dated_after(ctx: Context, ordinal: OrdinalMention) -> list[str]:
    """
    The founding an anniversary that names none counts from when the date right after it, in
    its own phrase, is that founding's very day ("the 63rd anniversary of the diplomatic ties
    the two countries set up on 5 September 1962", "95 năm ngày thành lập Đảng (3/2/1930)"):
    :data:`_AFTER_REACH` characters at most between them, with no clause's mark, number,
    joining word or named thing.  A birth or a death is one only where words of a life stand
    by the anniversary, as in :func:`_dated_before`.
    """
    start, end = ordinal.span
    if ordinal.noun != "anniversary":
        return []
    i = bisect.bisect_left(ctx.date_starts, end)
    if i >= len(ctx.dates):
        return []
    mention = ctx.dates[i]
    at = mention.span[0]
    gap = ctx.text[end:at]
    if len(gap) > _AFTER_REACH or _NOT_OF_THE_SAME.search(gap) or ctx.within(ctx.named, end, at):
        return []
    rid = ctx.founding_days.get(at) or ctx.event_dates.get(at)
    founding = ctx.index.founding_of(rid) if rid is not None else _founding_on(ctx, mention)
    record = ctx.index.foundings.get(founding or "")
    if record is None or (
        (record.person is not None or record.death_of is not None)
        and not _life_words_by(ctx.text, start, end)
    ):
        return []
    return [record.id]


def _founding_on(ctx: Context, mention: DateMention) -> str | None:
    """
    The founding the record dates to the very day a date gives, whatever its sentence says of it
    ("Officially since 5 September 1962. Last Saturday was the 65th anniversary."): an anniversary
    counted from that day falls in the same year whatever the day saw, so the count can be checked
    against it.  The first such founding by id where several share the day; ``None`` where the
    date is not one day or no founding has it.
    """
    when = mention.when
    if (
        when is None
        or when.precision is not Precision.DAY
        or when.earliest is None
        or when.earliest != when.latest
    ):
        return None
    day = when.earliest
    return next(
        (
            fid
            for fid, f in sorted(ctx.index.foundings.items())
            if f.when.precision is Precision.DAY and f.when.earliest == day
        ),
        None,
    )


def _dated_before_that(ctx: Context, s: int, found: set[str]) -> bool:
    """Whether the sentence before the one starting at ``s`` dates a founding other than ``found``'s."""
    if s < 2:
        return False
    ps = ctx.sentence(s - 2, s - 1)[0]
    first, until = bisect.bisect_left(ctx.date_starts, ps), bisect.bisect_left(ctx.date_starts, s)
    days = {
        (f.when.earliest.month, f.when.earliest.day): fid
        for fid, f in ctx.index.foundings.items()
        if f.when.precision is Precision.DAY and f.when.earliest is not None and fid not in found
    }
    for mention in ctx.dates[first:until]:
        rid = ctx.founding_days.get(mention.span[0]) or ctx.event_dates.get(mention.span[0])
        founding = ctx.index.founding_of(rid) if rid is not None else None
        day = mention.when.earliest if mention.when is not None else None
        # (or a day that is another founding's, however its sentence names it: "từ ngày 5/9/1962,
        # khi hai nước thiết lập quan hệ ngoại giao")
        if (founding is not None and founding not in found) or (
            day is not None
            and mention.when is not None
            and mention.when.precision is Precision.DAY
            and (day.month, day.day) in days
        ):
            return True
    return False


def _another_subject(text: str, lo: int, start: int) -> bool:
    """
    Whether a noun phrase opens between a founding's date (ending at ``lo``) and an anniversary
    at ``start``, other than right before its number (``ordinals.subject_articles``: "..., and
    the hospital celebrates the 20th anniversary", not "..., which makes this September the 63rd").
    """
    return any(text[m.end() : start].strip() for m in _SUBJECT_ARTICLE.finditer(text, lo, start))


def _no_founding(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto:
    """
    An anniversary named with no founding the record holds: unknown, unless it miscounts the
    years written beside it.
    """
    start, end = ordinal.span
    other = ctx.scope.other_country(start, end) if ordinal.noun != "years" else None
    beside = _miscounted_beside(ctx, ordinal, value) if other is None else None
    if beside is not None:
        return beside
    return _unknown_anniversary(
        ordinal,
        value,
        Message(
            "its sentence names {country}: it may be that country's anniversary, and the record "
            "holds only Vietnam's and Laos's foundings",
            country=Quoted(other, ctx.lang_at(start, end)),
        )
        if other is not None
        else Message("no founding the record holds is named with it"),
    )


def _miscounted_beside(ctx: Context, ordinal: OrdinalMention, value: str) -> _Proto | None:
    """
    The contradiction of an anniversary whose span of years stands in brackets right after it in
    its clause, from the same day of the year to the same day ("kỷ niệm 62 năm Ngày thiết lập quan
    hệ ngoại giao (5/9/1962 - 5/9/2025)"), where its number is not the years between them: the
    text counts against itself, whatever it counts from.  ``None`` where none stands there or
    the number fits.
    """
    start, end = ordinal.span
    text = ctx.text
    _s, e = ctx.sentence(start, end)
    cut = min(_clause_end(ctx, end, e), end + _BESIDE)
    lo, hi = bisect.bisect_left(ctx.date_starts, end), bisect.bisect_left(ctx.date_starts, cut)
    for mention in ctx.dates[lo:hi]:
        when = mention.when
        if (
            when is None
            or when.earliest is None
            or when.latest is None
            or "(" not in text[end : mention.span[0]]
        ):
            continue
        first, last = when.earliest, when.latest
        years = last.year - first.year
        if years < 2 or (first.month, first.day) != (last.month, last.day):
            continue
        if years == ordinal.number:
            return None  # its own span fits: one after it is the next anniversary's ("... và 49 năm (...)")
        message = Message(
            "the years written beside it, {first} to {last}, make it the {nth} anniversary",
            first=first.year,
            last=last.year,
            nth=Ordinal(years),
        )
        return _slip(ordinal, value, None, years, message, severity=None)
    return None


#: How far after an anniversary its span of years may stand.
_BESIDE: Final = 120


def _unknown_anniversary(ordinal: OrdinalMention, value: str, message: Message) -> _Proto:
    start, end = ordinal.span
    return _Proto(
        start, end, "ordinal", Verdict.UNKNOWN, "ordinals.anniversary", value=value, message=message
    )


def _dated_by_the_text(ctx: Context, ordinal: OrdinalMention, value: str, stated: set[int]) -> _Proto | None:
    """The verdict when the text dates what it counts from itself ("(1962 - 2025)"); else ``None``."""
    for year in sorted(stated):
        if year + ordinal.number in stated:
            dated = [f for f in ctx.index.foundings.values() if f.when.year == year]
            if dated:
                start, end = ordinal.span
                return _Proto(
                    start, end, "ordinal", Verdict.OK, "ordinals.anniversary", record=dated[0].id, value=value
                )
            return _unknown_anniversary(
                ordinal,
                value,
                Message("the text counts it from {year}, a year no founding the record holds has", year=year),
            )
    return None


def _another_year(
    ordinal: OrdinalMention,
    value: str,
    checked: tuple[str, Founding, int, set[int]],
    published: int | None,
) -> _Proto:
    """
    An anniversary the text puts in another year than its founding's gives: a contradiction
    (a warning when only the publication year says so); ``unknown`` when the text states no
    year and the anniversary is past, which it may recall.
    """
    fid, founding, expected, marked = checked
    if marked:
        said = min(marked, key=lambda y: abs(y - expected))
        severity = None
    elif published is not None and expected > published + 1:
        said, severity = published, Severity.WARNING
    else:
        return _unknown_anniversary(
            ordinal,
            value,
            Message(
                "the text states no year, and the {nth} anniversary of {founding} fell in {expected}: "
                "it may recall that one",
                nth=Ordinal(ordinal.number),
                founding=Named(fid, founding.name.preferred("en")),
                expected=expected,
            ),
        )
    right = said - (founding.when.year or 0)
    args = {
        "founding": Named(fid, founding.name.preferred("en")),
        "when": Period(founding.when, iso=True),
        "nth": Ordinal(ordinal.number),
        "expected": expected,
        "said": said,
    }
    message = (
        Message("{founding} is dated {when}, so its {nth} year falls in {expected}, not {said}", **args)
        if ordinal.noun == "years"
        else Message(
            "{founding} is dated {when}, so its {nth} anniversary falls in {expected}, not {said}", **args
        )
    )
    return _slip(ordinal, value, (fid, founding), right, message, severity=severity)
