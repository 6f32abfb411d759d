# SPDX-License-Identifier: MIT
"""
The dates judge: a date next to an event word or name against the recorded event, a date in
a sentence about a dated target or an anniversary against it, a weekday against the calendar,
and the date line read as the publication date.
"""

from __future__ import annotations

import bisect
import contextlib
import re
from datetime import timedelta
from operator import itemgetter
from typing import TYPE_CHECKING, Any, Final

from babel.dates import get_day_names

from vnla.checker.canonical import render_when
from vnla.checker.context import _years_long
from vnla.checker.drafts import _Match, _Proto
from vnla.checker.index import MEETING_KINDS
from vnla.checker.judges.document_names import far_from, meant, past_parties
from vnla.checker.judges.event_edges import edge_slip
from vnla.checker.judges.participants import misled
from vnla.checker.judges.places import misplaced, nearest_date, place_of, placed
from vnla.checker.judges.tenure import of_tenure, told_election
from vnla.checker.judges.term_spans import of_term_span
from vnla.checker.judges.year_slips import year_slip
from vnla.checker.report import Verdict
from vnla.checker.sentences import bracketed, semicolon_part
from vnla.checker.tables import row_at
from vnla.checker.unrecorded_places import unrecorded_place
from vnla.checker.vocabulary import (
    _ADDED,
    _AFTER_PLACE,
    _ANNIVERSARY_WORDS,
    _DOCUMENT_DATE,
    _FOUNDED_BEFORE,
    _LOCATIVE_BEFORE,
    _NEW_ELEMENT,
    _NEXT_IN_LIST,
    _YEAR_IS,
    _alternation,
    _any_word,
    _reports_speech,
    founded_ending,
    in_a_fields_head,
    in_a_message_head,
    own_party_after,
    words_end,
)
from vnla.lang.lao import unspaced
from vnla.lang.months import named_months
from vnla.lang.parsing import _eras
from vnla.lang.words import merged
from vnla.model.records import Document, DocumentKind, Event, EventKind, Person, Precision, When
from vnla.render.messages import Day, Message, Named, Period, Quoted, Weekday, horizon_message
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from datetime import date

    from vnla.checker.context import Context
    from vnla.lang.parsing import DateMention, OrdinalMention

__all__ = ["judge"]


#: Explanations without arguments, made once (the checker gives them to many dates).
_NO_EVENT: Final = Message("no recorded event")
_DATE_LINE: Final = Message("the date line")
_NO_YEAR: Final = Message("a date without a year: give the publication date to read it")
_STAMP: Final = Message("the time the text was posted or updated, no event's date")

#: The word files' ``dates.stamp_labels``, in lower case: right before a date, they make it the
#: text's own time stamp ("Cập nhật 28/01/2026 08:15", "ອັບເດດ ວັນພຸດ ທີ 3 ທັນວາ 2025").
_STAMP_LABELS: Final = tuple(
    sorted({w.lower() for w in merged("dates", "stamp_labels")}, key=len, reverse=True)
)
#: What may stand before such a label, which opens its line or a part of it.
_STAMP_OPENERS: Final = "\n(|[–—-·:,;"
#: How far before a date such a label is looked for.
_STAMP_REACH: Final = max(map(len, _STAMP_LABELS), default=0) + 4

#: The word files' ``dates.subject_words``, right before an event's name: what another event of
#: the sentence is about ("a conference on the results of the LPRP's 12th Congress").
_SUBJECT_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'subject_words')).pattern})\s*+$", re.IGNORECASE
)
#: Between such an event's name and a date after it, what makes the date the event's own:
#: ``dates.subject_clause`` or a comma ("..., which met in Vientiane from 5 to 8 January"); not
#: such a word after ``dates.subject_clause_nouns``, which make it another event's noun ("phục vụ
#: cuộc họp giao ban ... sáng 9/2/2026", for the meeting of 9 February).
_SUBJECT_CLAUSE: Final = re.compile(
    ",|"
    + "".join(rf"(?<!\b{re.escape(w)} )" for w in merged("dates", "subject_clause_nouns"))
    + rf"(?:{_any_word(merged('dates', 'subject_clause')).pattern})",
    re.IGNORECASE,
)
#: How far before an event's name such words are looked for.
_SUBJECT_REACH: Final = max(map(len, merged("dates", "subject_words")), default=0) + 4
#: Those words' last letters, in lower case: a look at what stands before a name first, at the
#: speed of ``str.endswith`` (a search of the pattern tries every character).
_SUBJECT_ENDINGS: Final = tuple({w.lower()[-2:] for w in merged("dates", "subject_words")})


#: Between a date and an event named after it, words that set the date's subject beside the
#: event (``dates.alongside_words``: "at the same time as", "ໃນໄລຍະດຽວກັນກັບ").
_ALONGSIDE: Final = re.compile(
    _any_word(merged("dates", "alongside_words") or ["(?!)"]).pattern, re.IGNORECASE
)


def _subject_before(text: str, at: int) -> bool:
    """
    Whether ``dates.subject_words`` end right before ``text[at]`` (spaces between at most, or
    an owner's words with "'s": "the outcomes of his Party's congress").

    >>> _subject_before("briefed them on the outcomes of his Party's congress", 44)
    True
    """
    owner = _OWNER_BEFORE.search(text, max(0, at - 40), at)
    if owner is not None and owner.start() < at:
        at = owner.start()
    lo = max(0, at - _SUBJECT_REACH)
    if not text[lo:at].rstrip().lower().endswith(_SUBJECT_ENDINGS):
        return False
    return _SUBJECT_BEFORE.search(text, lo, at) is not None


#: Right before an event's word, an owner's words with "'s", a word before them at most ("his
#: Party's", "the LPRP's").
_OWNER_BEFORE: Final = re.compile(r"(?<!\S)(?:[\w-]++[^\S\n]++)?[\w-]++['’]s[^\S\n]++\Z")


#: How near in time (days) a recorded event must be to a stated date to be the one meant.
_EVENT_WINDOW: Final = 10
#: Dates precise enough to compare with an event: a year or a span of years may mean anything in it.
_EVENT_PRECISIONS: Final = (Precision.DAY, Precision.RANGE, Precision.MONTH)  # a tuple: no enum hashed

#: Words of a coming back (``dates.return_words``): a day after them may be another occasion than
#: an event's named before them.
_RETURN: Final = _any_word(merged("dates", "return_words") or ["(?!)"])
#: Between a date and a numbered meeting or congress, words that open a phrase of another time
#: (``dates.sequence_words``: "after", "sau khi", "ຫຼັງຈາກ").
_SEQUENCE: Final = re.compile(_any_word(merged("dates", "sequence_words") or ["(?!)"]).pattern, re.IGNORECASE)
#: The most characters from such a word (or :data:`_AWAY`'s) to the later of the date and the event.
_SEQUENCE_REACH: Final = 120
#: What ends such a phrase: a clause's or a sentence's mark.
_PHRASE_END: Final = re.compile(r"[,;:.!?()\n]")


def judge(ctx: Context, mention: DateMention, out: list[_Proto]) -> None:
    """
    Judge a date; a weekday that is not the date's adds a contradiction before it.  A date
    wrong for a record with a day of its own leaves that day to date its sentence
    (:attr:`Context.corrected_days`).
    """
    found = _judge(ctx, mention, out)
    if found.rule == "dates.tenure":
        # an election's day its sentence tells dates the sentence ("Thongloun Sisoulith, Prime
        # Minister, was elected General Secretary at the 11th Congress in January 2021")
        if mention.when is None or not told_election(ctx, *mention.span, mention.when):
            ctx.tenure_dates.add(mention.span[0])
    elif found.rule == "dates.founding":
        ctx.founding_days[mention.span[0]] = found.record
    elif found.rule == "dates.event" and found.record is not None:
        ctx.event_dates[mention.span[0]] = found.record
    elif found.record is None and _a_life_day(ctx.text, mention.span[0]):
        # "... and his wife, who was born on 19 May 1931": a life's day, of no one recorded; it
        # dates no title of its sentence
        ctx.founding_days[mention.span[0]] = None
    if found.verdict is Verdict.CONTRADICTION and found.record is not None:
        days = _days_of(ctx.index.records.get(found.record))
        if days is not None:
            ctx.corrected_days[mention.span[0]] = days
    out.append(found)


#: The explanation of a birth's or a death's day that no recorded life was read for.
_UNREAD_LIFE: Final = Message("the day of a birth or a death the record holds for no one named with it")


def _of_an_unread_life(ctx: Context, start: int, end: int) -> _Proto | None:
    """
    A date right after birth or death words that no reading tied to a recorded life ("Nguyen
    Phu Trong (General Secretary until his death on 19 July 2024)"): `unknown`, never an event's
    day, wherever the sentence names events.
    """
    if not _a_life_day(ctx.text, start):
        return None
    return _Proto(start, end, "date", Verdict.UNKNOWN, "dates.founding", message=_UNREAD_LIFE)


def _a_life_day(text: str, start: int) -> bool:
    """
    Whether birth or death words stand right before the date at ``start``.

    >>> _a_life_day("his wife, who was born on 19 May 1931", 26), _a_life_day("signed on 18 July 1977", 10)
    (True, False)
    """
    if not founded_ending(text, start):
        return False  # most dates (asked at C speed first)
    words = _FOUNDED_BEFORE.search(text, max(0, start - 40), start)
    return words is not None and (words["born"] is not None or words["died"] is not None)


def _stamped(text: str, start: int) -> bool:
    """
    Whether a label of the text's own time stamp stands right before the date at ``start``
    (a colon, a dash or spaces between): "Updated: December 3, 2025", "– cập nhật 28/11/2025".

    >>> _stamped("Photos - Updated: 3 December 2025", 18), _stamped("He updated 3 December 2025", 11)
    (True, False)
    """
    reach = max(0, start - _STAMP_REACH)
    before = text[reach:start].rstrip(" \t:–-").lower()
    if not before.endswith(_STAMP_LABELS):  # one look for them all: most dates have none
        return False
    for label in _STAMP_LABELS:
        if before.endswith(label):
            # the label opens its line or a part of it: "the story was updated 3 December" is no stamp
            lead = text[max(0, start - 80) : reach + len(before) - len(label)].rstrip(" \t")
            return not lead or lead[-1] in _STAMP_OPENERS
    return False


#: Between a date that heads its line and the snippet after it: a dash between spaces.
_SNIPPET_DASH: Final = re.compile(r"[^\S\n]++[–—-][^\S\n]++")
#: What ends the first sentence of a snippet.
_SNIPPET_STOP: Final = re.compile(r"[.;!?\n]")


def _heads_a_snippet(ctx: Context, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` heads its line before a dash and a snippet whose
    first sentence dates what it tells by another date ("6 February 2026 — Yesterday, 5
    February 2026, To Lam held talks ...", a search result's or a news listing's): the date
    the item was posted, no event's.  A timeline's entry ("18 July 1977 – The Treaty ... is
    signed") dates its event by the date that heads it, and none after.
    """
    text = ctx.text
    dash = _SNIPPET_DASH.match(text, end)
    if dash is None or text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # most dates (asked at C speed first)
    stop = _SNIPPET_STOP.search(text, dash.end())
    first = ctx.first_date_in(dash.end(), len(text) if stop is None else stop.start())
    return first is not None


def _no_events_day(ctx: Context, start: int, end: int) -> Message | None:
    """
    Why the date at ``text[start:end]`` is no event's day, if it is none: the text's own time
    stamp, a record's field, a snippet's or a cell's posting day, or a log entry's day.
    """
    if (
        (_stamped(ctx.text, start) and not _of_document(ctx, start))
        or _record_field(ctx.text, start, end)
        or _heads_a_snippet(ctx, start, end)
        or _cell_beside_dated(ctx, start, end)
    ):
        return _STAMP
    return _ENTRY_DAY if _heads_a_dated_entry(ctx, start, end) else None


def _heads_a_dated_entry(ctx: Context, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` is a field of a log entry's head ("Flight 6 · 7
    February 2026 · A320 · Vientiane-Hanoi", :func:`~vnla.checker.vocabulary.in_a_fields_head`)
    or a chat message's day beside its time ("[8 May, 21:30] Minh: ...",
    :func:`~vnla.checker.vocabulary.in_a_message_head`) whose body's first sentence dates what it
    tells by another date ("To Lam came to Vientiane again on 6 February 2026, ..."): the day of
    the entry (a flight's, a shift's, a message's), no event's.
    """
    text = ctx.text
    near = text[max(0, start - 30) : start]
    if "·" not in near and "[" not in near:
        return False  # most dates (asked at C speed first)
    if not in_a_fields_head(text, start, end) and not in_a_message_head(text, start, end):
        return False
    stop = _BODY_STOP.search(text, end)
    return ctx.first_date_in(end, len(text) if stop is None else stop.start()) is not None


#: What ends the first sentence of a log entry's body (its head's line break is none).
_BODY_STOP: Final = re.compile(r"[.;!?]|\n[^\S\n]*\n")
#: The explanation of the day a log's entry gives in its head.
_ENTRY_DAY: Final = Message("the day of a log's entry, given in its head; its body dates what it tells")


def _of_document(ctx: Context, start: int) -> bool:
    """
    Whether the label of a time stamp before the date at ``start`` opens a part set off after a
    document's name: "The Joint Statement, issued on 1 December 2025, ..." dates the document.
    """
    line = ctx.text.rfind("\n", 0, start) + 1
    comma = ctx.text.rfind(",", line, start)
    if comma < 0:
        return False
    return any(
        ctx.index.kinds.get(rid) == "document" and not ctx.text[name_end:comma].strip()
        for _s, name_end, rid in ctx.within(ctx.named, max(line, comma - 160), comma)
    )


#: Between the fields of a data row: a comma, a tab or a semicolon.
_FIELD_MARKS: Final = ",\t;"


def _record_field(text: str, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` fills a field of its own in a data row (an export of
    a news database: ``10481,30/01/2026,"Đối ngoại","..."``): the second field of a line of at
    least four, one of them quoted (or tab-separated), the first a short word or number; that is
    the row's own date, when it was posted, no event's.

    >>> _record_field('10481,30/01/2026,"A","B, c"', 6, 16), _record_field("On 30/01/2026, a, b, c", 3, 13)
    (True, False)
    """
    mark = text[end : end + 1]
    if not mark or mark not in _FIELD_MARKS or text[start - 1 : start] != mark:
        return False  # most dates: not between two marks (asked before the line is looked at)
    # the first field, a short word or number, opens the line ("Ngày 3/12, ..." opens with its date)
    line_start = text.rfind("\n", max(0, start - 23), start) + 1
    first = text[line_start : start - 1]
    if (line_start == 0 and start > 22) or not first or any(c.isspace() or c in _FIELD_MARKS for c in first):
        return False
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    # at least four fields, one of them quoted text or the marks tabs
    return text.count(mark, line_start, line_end) >= 3 and (mark == "\t" or f'{mark}"' in text[end:line_end])


def _cell_beside_dated(ctx: Context, start: int, end: int) -> bool:
    """
    Whether the date at ``text[start:end]`` fills a table's cell in a row whose other cell
    dates its own words ("| …the 48th meeting on 3 December 2025 stressed … | news_0320 |
    05/12/2025": the row's own date, a source's, no event's).
    """
    text = ctx.text
    if "|" not in text[start - 3 : start] and "|" not in text[end : end + 3]:
        return False  # most dates: no table bar by them (asked before the row is read)
    row = row_at(text, start)
    i = row.cell_at(start) if row is not None else None
    if row is None or i is None or text[slice(*row.cells[i])].strip() != text[start:end]:
        return False
    return any(
        j != i
        and any(
            a <= d.span[0] and d.span[1] <= b for d in ctx.dates[bisect.bisect_left(ctx.date_starts, a) :][:8]
        )
        for j, (a, b) in enumerate(row.cells)
    )


#: How far before a date the words of an element's joining may stand.
_ADDED_REACH: Final = 80
#: The elements a sentence names that make a listing of the framework, judged at the sentence's
#: date by the framework judge when no word singles out its newest element.
_LISTING: Final = 3


def _of_framework_addition(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    The date an element joined the framework, as the words before it say ("strategic
    connectivity, added only in 2024", "bổ sung 'gắn kết chiến lược' vào khuôn khổ quan hệ từ
    tháng 10/2025", "ອົງປະກອບທີສີ່ໄດ້ຖືກເພີ່ມເຂົ້າໃນປີ 2024"), against the framework's stage
    that first holds it: right when it meets the stage's day or the days of the event that agreed
    it, else a slip.  The element is one the sentence names, or the newest ("the fourth
    element"); only a stage the record dates by its document is compared (the earlier ones are
    dated by when a source first attests them, not by when they began).
    """
    s, e = ctx.sentence(start, end)
    text = ctx.text
    lo = max(s, start - _ADDED_REACH)
    if _ADDED.search(text, lo, start) is None:
        return None  # most dates: no words of an element's joining before them (asked at C speed)
    if when.latest is None and when.earliest is not None:
        # "xác lập từ năm 2019" (set since 2019): the year it was set
        when = When.in_year(when.earliest.year)
    added = max(_ADDED.finditer(text, lo, start), key=lambda m: m.end())
    stages = ctx.index.framework_stages
    # an aside's date, or a person's between: another thing's ("(2016-2021)"); or a document's
    # ("... the wording set out in the Vietnam–Laos Joint Statement issued in Vientiane on 1
    # December 2025"), which the document's own reading judges
    if (
        not stages
        or bracketed(text, (start, end))
        # a semicolon between: another fact's part of a digest's sentence ("... bổ sung 'gắn kết
        # chiến lược' vào khuôn khổ quan hệ; tháng 1/2026, ... đón Thongloun Sisoulith")
        or ";" in text[added.end() : start]
        or ctx.within(ctx.persons, added.end(), start)
        or any(
            ctx.index.kinds.get(rid) == "document"
            for _a, _b, rid in ctx.within(ctx.named, added.end(), start)
        )
    ):
        return None
    first: dict[str, Any] = {}
    for stage in stages:
        for element in stage.elements:
            first.setdefault(element, stage)
    named = {element for a, _b, element in ctx.framework if s <= a < e and element}
    meant = {first[el].id: first[el] for el in named if el in first and first[el] is not stages[0]}
    newest = _NEW_ELEMENT.search(text, s, e) is not None
    if newest:
        meant[stages[-1].id] = stages[-1]
    dated = [stage for stage in meant.values() if stage.document is not None]
    if len(dated) != 1:
        return None
    stage = dated[0]
    record = ctx.index.records.get(stage.document)
    agreed = ctx.index.records.get(stage.event) if stage.event else None
    if _compatible(when, stage.since) or (isinstance(agreed, Event) and _compatible(when, agreed.when)):
        return _Proto(start, end, "date", Verdict.OK, "dates.framework", record=stage.id)
    if len(named) >= _LISTING and not newest:
        # a listing of the elements said to be set up then ("... mà hai nước xác lập từ năm
        # 2019"): the framework judge weighs its wording at this date, and one slip is one finding
        return None
    title = record.name.preferred("en") if isinstance(record, Document) else stage.id
    written_by = Named(stage.document or stage.id, title)
    return _misdated(
        ctx,
        (start, end),
        ("dates.framework", stage.id, written_by),
        (stage.since, when),
        tuple(stage.evidence)[:2],
    )


def _restated_in_era(ctx: Context, mention: DateMention, when: When) -> _Proto | None:
    """
    A year of another era in brackets right after a date, which says that date's year again
    ("18 ກໍລະກົດ 1977 (ພ.ສ. 2520)"): right when the two years are one, else a slip of the text's
    own, whatever the record holds ("1977 (ພ.ສ. 2521)": B.E. 2521 is 1978).  ``None`` for any
    other date.
    """
    start, end = mention.span
    text = ctx.text
    if "(" not in text[max(0, start - 2) : start] or when.year is None:
        return None
    era = _era_of(mention.text)
    i = bisect.bisect_left(ctx.date_starts, start) - 1
    if era is None or i < 0:
        return None
    before = ctx.dates[i]
    stated = before.when.year if before.when is not None else None
    if stated is None or text[before.span[1] : start].strip() != "(":
        return None
    if stated == when.year:
        return _Proto(start, end, "date", Verdict.OK, "dates.era")
    words, shift = era
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.era",
        canonical=f"{words} {stated - shift}",
        message=Message(
            "{said} is the year {year}, not {stated}, the year of the date before it",
            said=Quoted(mention.text, ctx.lang_at(start, end)),
            year=when.year,
            stated=stated,
        ),
    )


def _era_of(written: str) -> tuple[str, int] | None:
    """The words of another era a date is written with, as written, and what they add to a year."""
    lowered = written.lower()
    for words, shift in _eras()[1].items():
        at = lowered.find(words)
        if at >= 0:
            return written[at : at + len(words)], shift
    return None


def _days_of(record: object) -> tuple[date, date] | None:
    """The first and last day of a record's date: an event's, a founding's, a document's signing."""
    for attribute in ("when", "signed"):
        when = getattr(record, attribute, None)
        if isinstance(when, When) and when.earliest is not None:
            return when.earliest, when.latest or when.earliest
    return None


def _judge(ctx: Context, mention: DateMention, out: list[_Proto]) -> _Proto:
    start, end = mention.span
    when = mention.when
    value = "" if when is None else str(when)
    if mention.weekday is not None and not mention.relative and when is not None:
        _weekday(ctx, mention, when, out)
    if ctx.dateline is not None and ctx.dateline[0] <= start < ctx.dateline[1]:
        return _Proto(start, end, "date", Verdict.OK, "dates.published", value=value, message=_DATE_LINE)
    why = _no_events_day(ctx, start, end)
    if why is not None:
        return _Proto(start, end, "date", Verdict.UNKNOWN, "dates.date", value=value, message=why)
    if when is None:
        return _Proto(
            start,
            end,
            "date",
            Verdict.UNKNOWN,
            "dates.date",
            message=_NO_YEAR,
        )
    counted = _DAYS_FROM.match(ctx.text, end)  # "on 25 January, a day before the talks"
    # "from 5 September 1962 to the signing of the Treaty ...": what is named after "to" ends
    # the span; it is no founding or event of the date's
    spanned = _span_to_named(ctx.text, start, end)
    # "on 3 February, days after its Congress closed"
    apart = counted or _APART.match(ctx.text, end) or spanned
    found = (
        (_days_from(ctx, mention, when, counted) if counted is not None else None)
        or _restated_in_era(ctx, mention, when)
        or of_tenure(ctx, start, end, when)
        or _of_life(ctx, start, end, when)  # "(1920-1992)" after a name: its life, before its terms
        or of_term_span(ctx, start, end, when)
        or (None if spanned else _of_founding(ctx, start, end, when, yearless=_yearless(mention, ctx.text)))
        or _founded_on_its_day(ctx, start, end, when)
        or _of_an_unread_life(ctx, start, end)
        or _of_framework_addition(ctx, start, end, when)
        or _of_plan_period(ctx, start, end, when)
        or _of_anniversary_span(ctx, start, end, when)
        or _of_event(
            ctx,
            start,
            end,
            when,
            bare_weekday=mention.weekday is not None and mention.relative,
            relative=mention.relative,
            out=out,
            # the events named after such words are not the date's own; a date that answers a
            # question is of the events the question names
            cues_in=_cues_in(ctx, start, end, apart),
        )
        or _of_target(ctx, start, end, when)
        or _of_anniversary(ctx, start, end, when)
        or (None if mention.needs_year or mention.relative else year_slip(ctx, start, end, when))
    )
    if found is not None and found.verdict is Verdict.CONTRADICTION and found.rule == "dates.event":
        found = _of_container(ctx, mention, found, out)
    if ctx.ordinals and (
        found is None or (found.verdict is not Verdict.OK and found.rule in ("dates.event", "dates.date"))
    ):
        # a day right after an anniversary that is its founding's day and month is the
        # anniversary's, not the day of an event the sentence names later, nor of none
        found = _anniversary_day_after(ctx, start, end, when) or found
    if found is not None:
        found.value = value
        if found.verdict is Verdict.CONTRADICTION and mention.needs_year and not mention.relative:
            found = _of_event_in_another_year(ctx, mention, found, _cues_in(ctx, start, end, apart)) or found
            _in_another_year(ctx, found, when)
        if found.verdict is Verdict.CONTRADICTION and _a_week(when):
            # "last week" is said loosely, and of more events than the record holds: a week that
            # misses the event found is no slip, only unknown
            found.verdict, found.severity = Verdict.UNKNOWN, None
            found.message = Message(
                "{said} (a week, said loosely: {text!r} read against the publication date)",
                said=found.message,
                text=Quoted(mention.text, ctx.lang_at(start, end)),
            )
            return found
        if found.verdict is Verdict.CONTRADICTION and mention.relative:
            _counted_from(ctx, mention, found)
        return found
    return _Proto(start, end, "date", Verdict.UNKNOWN, "dates.date", value=value, message=_NO_EVENT)


def _counted_from(ctx: Context, mention: DateMention, found: _Proto) -> None:
    """
    A contradiction of a word of a day counted from the publication (``mention``), said so:
    ``unknown`` where a date of its own stands right after the word ("Tomorrow, 3 December" in a
    log's entry: the date says the day, the word may count from another); else a warning, read
    against the day it counts from ("today" and "tomorrow" may mean "of our time").
    """
    start, end = mention.span
    if _beside_a_date(ctx, mention):
        found.verdict, found.severity = Verdict.UNKNOWN, None
        found.message = Message(
            "{said}, but the date right after {text!r} says the day: the word may count from "
            "another day than the publication's",
            said=found.message,
            text=Quoted(mention.text, ctx.lang_at(start, end)),
        )
        return
    if mention.weekday is not None:
        return
    found.severity = Severity.WARNING
    spoken = ctx.speech_days.get(mention.span)
    against = (
        Message("the date of its entry {day}", day=Day(spoken, iso=True))
        if spoken and mention.span in ctx.entry_days
        else Message("the date of the speech {day}", day=Day(spoken, iso=True))
        if spoken
        else Message(
            "the publication date {day}", day=Day(ctx.published, iso=True) if ctx.published else None
        )
    )
    found.message = Message(
        "{said} (reading {text!r} against {against})",
        said=found.message,
        text=Quoted(mention.text, ctx.lang_at(start, end)),
        against=against,
    )


def _beside_a_date(ctx: Context, mention: DateMention) -> bool:
    """
    Whether a date of its own stands right after a word of a day counted from the publication,
    set off by a comma, a colon or a bracket at most ("Tomorrow, 3 December", "ມື້ອື່ນ ວັນທີ 3
    ທັນວາ"): the date says which day the word means.
    """
    end = mention.span[1]
    i = bisect.bisect_left(ctx.date_starts, end)
    if i == len(ctx.date_starts):
        return False
    after = ctx.dates[i]
    return not after.relative and _SET_BESIDE.fullmatch(ctx.text, end, after.span[0]) is not None


#: Between a day word and the date beside it: spaces, a comma, a colon, a dash or a bracket.
_SET_BESIDE: Final = re.compile(r"[^\S\n]*+[,:(–—-]?[^\S\n]*+")


#: Right after a date, words that date it by its distance in days from an event named after them
#: (the word files' ``dates.days_from_words``: "on 25 January, a day before the talks").
_DAYS_FROM_WORDS: Final = {
    " ".join(w.lower().split()): n for w, n in merged("dates", "days_from_words").items()
}
_DAYS_FROM: Final = re.compile(
    rf"[^\S\n]*+,?[^\S\n]*+({_alternation(_DAYS_FROM_WORDS) or '(?!)'})(?![^\W\u0e80-\u0eff])", re.IGNORECASE
)


def _words_right_before(key: str) -> re.Pattern[str]:
    """The word files' ``dates.<key>`` words and a short word at most, right before a date (at the end)."""
    return re.compile(
        rf"(?:{_any_word(merged('dates', key) or ['(?!)']).pattern})[^\S\n]*+(?:\w{{1,5}}[^\S\n]++)?\Z",
        re.IGNORECASE,
    )


#: Right before a date, words of a founding and a short word at most ("founded on", "thành lập ngày").
_FOUNDED_ON: Final = _words_right_before("founded_words")


def _founded_on_its_day(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A day after words of a founding that is exactly one recorded founding's day, whatever the
    founded thing is called ("the Lao ruling party, founded on 22 March 1955, marks its 70th
    anniversary"): that founding's date, ok, and so the founding an anniversary after it counts
    from.  A day that is no founding's is left to the other readings.
    """
    if when.precision is not Precision.DAY or when.earliest is None:
        return None
    if _FOUNDED_ON.search(ctx.text, max(0, start - 24), start) is None:
        return None  # most dates: no words of a founding right before them
    day = when.earliest
    found = [
        fid
        for fid, founding in ctx.index.foundings.items()
        if founding.when.precision is Precision.DAY
        and founding.when.earliest == day
        and founding.person is None
    ]
    if len(found) != 1:
        return None
    founding = ctx.index.foundings[found[0]]
    named = Named(found[0], founding.name.preferred("en"))
    return _Proto(
        start,
        end,
        "date",
        Verdict.OK,
        "dates.founding",
        record=found[0],
        message=Message("{founding} ({when})", founding=named, when=Period(founding.when, iso=True)),
    )


#: Right before a date, words of a start (``dates.since_words``: "from", "từ", "ນັບແຕ່").
_FROM_BEFORE: Final = _words_right_before("since_words")
#: Right after such a date, words that end its span at something named, a word next, no digit
#: (``dates.span_to_words``: "to", "đến", "ຫາ").
_TO_NAMED: Final = re.compile(
    rf"[^\S\n]*+(?:{_any_word(merged('dates', 'span_to_words') or ['(?!)']).pattern})[^\S\n]++(?=[^\W\d_])",
    re.IGNORECASE,
)


def _span_to_named(text: str, start: int, end: int) -> re.Match[str] | None:
    """
    The words after a date said to start a span that ends at something named, not a date ("từ
    ngày 5/9/1962 đến lễ ký Hiệp ước ... ngày 18/7/1977"): the events named after them are the
    span's end, not the date's own.
    """
    if _FROM_BEFORE.search(text, max(0, start - 16), start) is None:
        return None  # most dates: no words of a start before them
    return _TO_NAMED.match(text, end)


#: Right after a date, words that put an event named after them some time away from it (the word
#: files' ``dates.apart_words``: "days after", "ngay sau"; two words before them at most, "just
#: two weeks after", "chỉ hai tuần sau"), or make the date a report's (``dates.report_words``:
#: "a daily of 3 December 2025, reporting the ..."): that event is not the date's own.
_APART_WORDS: Final = (
    _alternation((*merged("dates", "apart_words"), *merged("dates", "report_words"))) or "(?!)"
)
_APART: Final = re.compile(
    rf"[^\S\n]*+,?[^\S\n]*+(?:[^\W\d_]++[^\S\n]++){{0,2}}?(?:{_APART_WORDS})(?![^\W\u0e80-\u0eff])",
    re.IGNORECASE,
)
#: Between an event word and a date after it, words that put the event some time away from what
#: the date is of (``dates.days_from_words`` and ``dates.apart_words``: "the visit falls two days
#: after the founding anniversary of the CPV on 3 February").
_AWAY_WORDS: Final = _alternation((*_DAYS_FROM_WORDS, *merged("dates", "apart_words"))) or "(?!)"
_AWAY: Final = re.compile(
    rf"(?<![^\W\u0e80-\u0eff])(?:{_AWAY_WORDS})(?![^\W\u0e80-\u0eff])",
    re.IGNORECASE,
)


def _days_from(ctx: Context, mention: DateMention, when: When, counted: re.Match[str]) -> _Proto | None:
    """
    A day dated by its distance (``counted``: the words) from an event named after it ("arrived
    on 25 January, a day before the talks"): ``ok`` when an event named after the words is on
    the day that distance on.  Else ``None``: the day is judged against the events named before
    the words, if any ("co-chaired the 48th meeting on December 4, the day after the Parties'
    meeting"), or is unknown.
    """
    start, end = mention.span
    days = _DAYS_FROM_WORDS.get(" ".join(counted[1].lower().split()))
    if days is None or when.precision is not Precision.DAY or when.earliest is None:
        return None
    moved = When.on(when.earliest + timedelta(days=days))
    event = _of_event(ctx, start, end, moved, cues_in=(counted.end(), ctx.sentence(start, end)[1]))
    if event is None or event.verdict is not Verdict.OK:
        return None
    event.message = Message(
        "{words} {event}", words=Quoted(counted[1], ctx.lang_at(start, end)), event=event.message
    )
    return event


def _cues_in(ctx: Context, start: int, end: int, apart: re.Match[str] | None) -> tuple[int, int] | None:
    """
    Where the event words a date may be of stand, when not its whole sentence: before words that
    set it apart from what follows (``apart``), or in the question it answers or the label it is
    quoted in.
    """
    if apart is not None:
        return ctx.sentence(start, end)[0], apart.start()
    return _asked(ctx, start, end) or _quoted_label(ctx, start, end)


def _of_event_in_another_year(
    ctx: Context, mention: DateMention, found: _Proto, cues_in: tuple[int, int] | None
) -> _Proto | None:
    """
    The event a day given without its year is of in the year before or after the one it was
    read in, when it is right there and ``found`` (in the year read) is a contradiction of
    another: "held its 12th Congress in Vientiane (6–8 January), the Communist Party of Vietnam
    its 14th ..." in November 2026 is the LPRP's congress of January 2026, not the CPV's misdated.
    """
    when = mention.when
    if found.rule != "dates.event" or when is None or when.earliest is None:
        return None
    start, end = mention.span
    for year in (when.earliest.year - 1, when.earliest.year + 1):
        moved = when.moved_to(year)
        if moved is None:
            continue
        again = _of_event(ctx, start, end, moved, cues_in=cues_in)
        if again is not None and again.verdict is Verdict.OK and again.record is not None:
            event = ctx.index.records.get(again.record)
            title = event.title if isinstance(event, Event) else again.record
            again.message = _in_year(again.record, title, year)
            again.value = found.value
            return again
    return None


def _in_another_year(ctx: Context, found: _Proto, when: When) -> None:
    """
    Revise to ``ok`` the contradiction ``found`` of a day given without its year (``when``),
    where its day and month fall within the dates of the event it is of in a year or two before
    or after the one it was read in ("on 3 December", of a meeting of a year ago; "10-13
    September", of a visit of two years ago, found by its days, :func:`_slipped`): the text did
    not say the year.
    """
    if found.rule != "dates.event" or found.record is None or when.earliest is None:
        return
    event = ctx.index.records.get(found.record)
    if not isinstance(event, Event):
        return
    first, last = event.when.earliest, event.when.latest
    if first is None or last is None:
        return
    for year in (when.earliest.year + d for d in (-1, 1, -2, 2)):
        moved = when.moved_to(year)
        if (
            moved is not None
            and moved.earliest is not None
            and moved.latest is not None
            and first <= moved.earliest
            and moved.latest <= last
        ):
            found.verdict, found.severity = Verdict.OK, None
            found.message = _in_year(event.id, event.title, year)
            return


def _in_year(rid: str, title: str, year: int) -> Message:
    """Why a day given without its year is right: the record's event is on that day in ``year``."""
    return Message(
        "a day given without its year: the record dates {event} on that day in {year}",
        event=Named(rid, title),
        year=year,
    )


def _a_week(when: When) -> bool:
    """Whether a date is some day of a week ("last week", "tuần trước": bounds seven days apart)."""
    first, last = when.earliest, when.latest
    return (
        when.precision is Precision.BOUNDS
        and first is not None
        and last is not None
        and (last - first).days == 6
    )


def _weekday(ctx: Context, mention: DateMention, when: When, out: list[_Proto]) -> None:
    """A weekday named with a date ("Tuesday, December 2, 2025") must be that date's."""
    day = when.earliest
    if day is None or mention.weekday is None or day.weekday() == mention.weekday:
        return
    start, end = mention.span
    out.append(
        _Proto(
            start,
            end,
            "date",
            Verdict.CONTRADICTION,
            "dates.weekday",
            canonical=get_day_names("wide", locale=ctx.lang_at(start, end))[day.weekday()],
            value=str(when),
            message=Message(
                "{day} is a {real}, not a {said}",
                day=Day(day),
                real=Weekday(day.weekday()),
                said=Weekday(mention.weekday),
            ),
        )
    )


#: The longest quotation read as a label of its own (a caption, a pin's, a card's).
_LABEL_LENGTH: Final = 100


def _quoted_label(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """
    The quotation a date stands in, when it is a short label of one phrase with an event word
    of its own ("the pin for "48th Intergovernmental Committee session, 3 December 2025" sits on
    ..."): the date is that word's, whatever the words outside it name.  ``None`` else.
    """
    quote = ctx.quote_around(start, end)
    if quote is None or quote[1] - quote[0] > _LABEL_LENGTH or _SENTENCE_STOP.search(ctx.text, *quote):
        return None
    return quote if ctx.within(ctx.cues, *quote) else None


#: A sentence's stop inside a quotation: it quotes sentences, not a label.
_SENTENCE_STOP: Final = re.compile(r"[.!?。](?:\s|$)")


def _of_other_parts(ctx: Context, sentence: tuple[int, int], span: tuple[int, int], cues: list[_Cue]) -> bool:
    """
    Whether every event word of ``cues`` lies in another part of the sentence, parted by
    semicolons, that is another entry: a later part that holds its own date ("Theo Tuyên bố chung
    ngày 2/12/2025, ...; tại Kỳ họp lần thứ 49 ... ngày 3/12/2025": the session is not the Joint
    Statement's day's), or, in a list whose entries open with their dates, as the date at ``span``
    opens its own, any other entry: in a calendar's "19-23 January, the 14th Congress (Hanoi);
    26-27 January, Thongloun Sisoulith in Hanoi", the Congress is the first entry's, and the
    second date is no slip of its.  Such words may still say which event a date is ("Tô Lâm thăm
    cấp Nhà nước Lào (11-12/7/2024); Thongloun thăm Việt Nam (10-13/9/2024)": the second visit is
    a state visit too), never that it is wrong; nor is an earlier part that goes on with its event
    ("6-8 Jan 2026. The 12th Congress in Vientiane; Thongloun re-elected on 9 January": the day of
    the Congress's election) such an entry.
    """
    text, (s, e) = ctx.text, sentence
    a, b = semicolon_part(text, s, e, *span)
    if a == s and b == e:
        return False  # no semicolon around the date
    opens = _opens(text, a, span[0])
    for cue in cues:
        if a <= cue[0] < b:
            return False
        ca, cb = semicolon_part(text, s, e, cue[0], cue[1])
        first = ctx.first_date_in(ca, cb)
        if first is None or not ((ca >= b) or (opens and _opens(text, ca, first))):
            return False
    return True


def _opens(text: str, start: int, at: int) -> bool:
    """
    Whether what stands at ``at`` opens the part of a sentence that starts at ``start``: only
    spaces before it, or a label's colon ("Calendar: 19-23 January, ...").

    >>> _opens("x; 26 Jan, y", 2, 3), _opens("Calendar: 19 Jan", 0, 10), _opens("re-elected on 9 Jan", 0, 14)
    (True, True, False)
    """
    before = text[start:at].strip()
    return not before or (before.endswith(":") and ":" not in before[:-1] and len(before) <= _LABEL)


#: The longest label before a list's first date ("Calendar:", "Lịch công tác:").
_LABEL: Final = 40


def _numbered_near(ctx: Context, sentence: tuple[int, int], span: tuple[int, int]) -> list[Event]:
    """
    The events a sentence's numbered meetings and congresses name ("the 48th meeting"); of
    several, those of the date's own part of a digest's sentence, if it numbers any ("Đại hội
    XIV ... từ ngày 19/1 tới, Đài xin điểm lại: Đại hội ... lần thứ XII ... từ ngày 6 đến 8/1");
    none numbered behind a semicolon from the date.
    """
    s, e = sentence
    # not a number in a phrase of another time than the date's ("on 5 February, ... after being
    # re-elected at the 14th National Congress")
    # nor one that is what another event of the sentence is about, after the date ("On 5 February
    # To Lam briefed them on the outcomes of the 14th Congress": the briefing's date)
    ordinals = [
        o
        for o in ctx.ordinals_in(s, e)
        if not _sequenced(ctx.text, o.span, span)
        and not (o.span[0] >= span[1] and _subject_before(ctx.text, o.span[0]))
    ]
    numbered = _numbered(ctx, ordinals)
    if len(numbered) > 1:
        own = _numbered(ctx, ctx.ordinals_in(*_parts(ctx.text, s, e, *span)))
        numbered = own or numbered
    if numbered:
        # a number behind a semicolon numbers its own clause's event ("... at the party's 11th
        # Congress; he is elected President in March 2021": the March is no congress's)
        ps, pe = semicolon_part(ctx.text, s, e, *span)
        numbered = [
            n for n in numbered if any(ps <= o.span[0] < pe and o.number == n.ordinal for o in ordinals)
        ]
        # the meeting numbered right before the date, in its clause, is the date's: one the record
        # does not hold ("the 48th session ... was preceded by the 47th session in January 2025")
        # leaves the date to none of the others
        last = max((o for o in ordinals if o.span[1] <= span[0]), key=lambda o: o.span[0], default=None)
        if (
            last is not None
            and last.noun in ("meeting", "congress")
            and ctx.sentences.same_clause(last.span, span)
            and not any(n.ordinal == last.number for n in numbered)
        ):
            return []
    return numbered


def _elsewhere(ctx: Context, elsewhere: list[str], span: tuple[int, int]) -> _Proto | None:
    """
    A date's ``unknown`` when its day is one event's and the place its sentence names another's
    (``elsewhere``: the events of that day, found elsewhere), else ``None``.
    """
    if not elsewhere:
        return None
    other = ctx.index.records[elsewhere[0]]
    return _unknown_event(
        span,
        other.id,
        Message(
            "on that day the record has {event}, in another place than the sentence names: "
            "the day or the place may be the slip",
            event=Named(other.id, getattr(other, "title", other.id)),
        ),
    )


def _unknown_event(span: tuple[int, int], record: str | None, message: Message) -> _Proto:
    """A date's ``unknown`` about the event ``record``, with the reason."""
    return _Proto(*span, "date", Verdict.UNKNOWN, "dates.event", record=record, message=message)


def _parts(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int]:
    """
    The part of a sentence ``(s, e)`` around ``text[start:end]`` between semicolons and colons
    that open a list (followed by a space): a digest's facts, each with its own number.

    >>> _parts("XIV from 19/1, we recall: XII from 6 to 8/1; c", 0, 46, 9, 13)
    (0, 24)
    """
    a, b = semicolon_part(text, s, e, start, end)
    colon = text.rfind(": ", a, start)
    a = a if colon < 0 else colon + 1
    colon = text.find(": ", end, b)
    return a, b if colon < 0 else colon


def _of_event(
    ctx: Context,
    start: int,
    end: int,
    when: When,
    *,
    bare_weekday: bool = False,
    relative: bool = False,
    out: list[_Proto] | None = None,
    cues_in: tuple[int, int] | None = None,
) -> _Proto | None:
    """
    A date next to an event word or name, against the events it may mean (:func:`_of_words`);
    but a slip found after words of a coming back between an event word and the date
    (``dates.return_words``: "attended the ceremony ...; he came back on 5 February") is
    ``unknown``: the day is another occasion, maybe of another kind (the events of that kind on
    the day are still found right).
    """
    found = _of_words(
        ctx, start, end, when, bare_weekday=bare_weekday, relative=relative, out=out, cues_in=cues_in
    )
    if found is None or found.verdict is not Verdict.CONTRADICTION:
        return found
    text = ctx.text
    lo = cues_in[0] if cues_in is not None else ctx.sentence(start, end)[0]
    back = next(
        (
            m
            for c in ctx.within(ctx.cues, lo, start)
            if c[1] <= start and (m := _RETURN.search(text, c[1], start))
        ),
        None,
    )
    if back is None:
        return found
    return _unknown_event(
        (start, end),
        found.record,
        Message(
            "after words of a coming back ({words}), the day may be another occasion than the event "
            "named before them",
            words=Quoted(back[0], ctx.lang_at(start, end)),
        ),
    )


def _of_words(
    ctx: Context,
    start: int,
    end: int,
    when: When,
    *,
    bare_weekday: bool = False,
    relative: bool = False,
    out: list[_Proto] | None = None,
    cues_in: tuple[int, int] | None = None,
) -> _Proto | None:
    """
    A date next to an event word or name, against the events it may mean (those named in
    ``text[cues_in[0]:cues_in[1]]``, when given).

    A place said of the event where it did not take place adds its contradiction to ``out``
    (:func:`vnla.checker.judges.places.misplaced`).  A bare weekday ("on Tuesday", read
    against the publication date) is an event's only in the event word's clause: in
    "officials said on Tuesday, meeting a goal" it is the day of the saying, not of a meeting.
    Any word of a day counted from the publication (``relative``: "today", "hôm nay") with a
    word of saying between it and the event word is the day of the saying ("Hôm nay chúng ta
    vui mừng được biết: thứ Hai tuần tới, Tổng Bí thư sẽ thăm Lào").
    """
    s, e = ctx.sentence(start, end)
    cues = [
        c
        for c in _not_set_apart(
            ctx.text,
            _not_subjects(ctx.text, ctx.within(ctx.cues, *(cues_in or (s, e))), start),
            when if cues_in is None else None,
            end,
        )
        if not _away(ctx.text, c[1], start)
    ]
    same_clause = ctx.sentences.same_clause
    if bare_weekday:
        # "On Thursday, To Lam held talks": a weekday that opens its sentence, set off by a
        # comma, is the main clause's
        opening = not ctx.text[s:start].strip() and ctx.text.startswith(",", end)
        anchor = (end + 1, end + 1) if opening else (start, end)
        # ... but not an event said to have happened ("On Tuesday, officials said the talks ...",
        # "An article on Monday said the visit began ..."): a word of saying between the weekday
        # and the event word makes the weekday the day of the saying
        cues = [
            c
            for c in cues
            if same_clause(anchor, (c[0], c[1]))
            and not _reports_speech(ctx.text, min(end, c[1]), max(start, c[0]))
        ]
    elif relative:
        cues = [c for c in cues if not _reports_speech(ctx.text, min(end, c[1]), max(start, c[0]))]
    if (when.precision not in _EVENT_PRECISIONS and not _a_week(when)) or _years_long(when):
        # a year or a span of years, or days a year or more apart ("22/3/1955-22/3/2026", a
        # founding's day and its anniversary's): only for a record whose name holds it ("the
        # period 2022 - 2027") or a year named for the relations whose name it follows ("Năm Đoàn
        # kết hữu nghị Việt Nam – Lào 2027"), not an event of days
        cues = [
            c
            for c in cues
            if c[3]
            and (
                (c[0] <= start and end <= c[1])
                or _names_its_year(ctx, c, start, end)
                or _year_of_document(ctx, c, start, when)
            )
        ]
    if not cues:
        return None
    persons = {pid for _s, _e, pid in ctx.within(ctx.persons, s, e)}
    # the anniversaries of the sentence that may name an event word's record, looked up once
    counted = [o for o in ctx.ordinals_in(s, e) if o.noun in ("anniversary", "national-day")]
    # the events the sentence's numbered meetings and congresses name ("the 48th meeting"), and
    # its parties and places, looked up when an event is first a candidate
    numbered = _numbered_near(
        ctx,
        # (before the sentence, a question's; inside it, a quoted label's)
        cues_in if cues_in is not None and (cues_in[1] <= s or cues_in[0] > s) else (s, e),
        (start, end),
    )
    looked: dict[str, set[str]] = {}
    # the nearest event word of the date's own clause, then the nearest of its sentence (each
    # cue's clause test made once, for the order and the walk)
    before, after = ctx.sentences.clause(start, end)  # looked up once for all the cues
    ranked = []
    for cue in cues:
        if counted:
            cue = _named_by_anniversary(ctx, cue, counted)  # noqa: PLW2901 (the cue as the anniversary names it)
        same = cue[0] < after if end <= cue[0] else cue[1] > before  # same_clause((start, end), cue)
        ranked.append(((not same, min(abs(cue[0] - end), abs(start - cue[1]))), cue, same))
    ranked.sort(key=itemgetter(0))  # a stable sort on the key alone: ties keep the text's order
    seen: list[tuple[int, Any]] = []
    in_clause = False  # whether the events seen are those of the date's own clause
    # What an event word may mean depends only on its kinds and ids: a word already walked
    # (a nearer one, or an equally near one earlier in the text) adds nothing, so each is
    # walked once: "visited ... and visited ..." costs one look-up per kind of word, not per word.
    walked: set[tuple[frozenset[str], tuple[str, ...]]] = set()
    for rank, (_key, (cue_start, cue_end, kinds, ids), same) in enumerate(ranked):
        if in_clause and not same:
            break  # the date's own clause named events, none of them on that day: never a farther one
        if (kinds, ids) in walked:
            continue
        if ids and not _belongs(ctx, ids, (cue_start, cue_end), (start, end)):
            continue
        walked.add((kinds, ids))
        candidates = _narrowed(
            ctx,
            _candidates(ctx, kinds, ids, when, persons),
            cue=(kinds, ids),
            when=when,
            numbered=numbered,
            looked=looked,
            sentence=cues_in or (s, e),  # the parties and places of the part the cues are in
            persons=persons,
            date_span=(start, end),
        )
        seen.extend((rank, c) for c in candidates)
        in_clause = in_clause or (same and bool(candidates))
        # an event the record dates to the day first, then one it dates only on one side
        best = min(
            (c for c in candidates if _compatible(when, c.when)),
            key=lambda c: c.when.earliest is None or c.when.latest is None,
            default=None,
        )
        if best is not None and _part_of(best, seen, rank):
            # a nearer word named a part of it on other days ("an official welcome on 27 January
            # at the start of his state visit"): that part is the one dated, and misdated
            seen = [(r, c) for r, c in seen if c is not best]
            break
        if best is not None and out is not None:
            out.extend(
                _said_of(
                    ctx, best, when, ((start, end), (s, e)), elsewhere=best.id in looked.get("misplaced", ())
                )
            )
        if best is not None and (best.when.earliest is None or best.when.latest is None):
            # an event the record dates only on one side ("not after 2 December 2025"): the
            # text's date may be its, or another's of its kind and place
            return _unknown_event(
                (start, end),
                best.id,
                Message(
                    "the record dates {event} only {recorded}, which does not fix its day",
                    event=Named(best.id, best.title),
                    recorded=Period(best.when),
                ),
            )
        if best is not None:
            slip = edge_slip(ctx, best, when, (start, end), cue_end)  # "closed on" a day not its last
            if slip is not None:
                return slip
            return _Proto(
                start,
                end,
                "date",
                Verdict.OK,
                "dates.event",
                record=best.id,
                message=Message(
                    "{event} ({when})", event=Named(best.id, best.title), when=Period(best.when, iso=True)
                ),
            )
    if not seen or (
        cues_in is None and _of_other_parts(ctx, (s, e), (start, end), [ranked[r][1] for r, _c in seen])
    ):
        # no event word named an event; or only another entry's words, which may say the date is
        # its event's, never that it is wrong
        return None if seen else _elsewhere(ctx, sorted(looked.get("elsewhere", ())), (start, end))
    event = min(
        seen,
        key=lambda rc: (
            _gap(when, rc[1].when),
            _length_gap(when, rc[1].when),
            not rc[1].when.is_exact,
            # a document named is what its event word did ("The joint statement was signed on
            # ...": the statement's signing, not another signing of its day)
            not isinstance(rc[1], _DatedDocument),
            rc[0],
            rc[1].id,
        ),
    )[1]
    several = len({rank for rank, _c in seen}) > 1 or bool(counted)
    return _named_before(ctx, [ranked[r][1] for r, _c in seen], when, ((start, end), (s, e))) or _missed(
        ctx,
        event,
        when,
        ((start, end), (s, e)),
        several=several,
        exactly=lambda: _exactly(ctx, ranked, when, persons),
        another=_another_meant(
            ctx,
            event,
            ((start, end), (s, e)),
            when=when,
            cues=[ranked[r][1] for r, _c in seen],
            by_people=bool(persons or numbered),
        ),
    )


def _said_of(
    ctx: Context, event: Any, when: When, where: tuple[tuple[int, int], tuple[int, int]], *, elsewhere: bool
) -> list[_Proto]:
    """
    The contradictions of what the part of a date's sentence says of ``event``, the one its date
    names (``where``: the date's span and its sentence's): the place it names, if ``elsewhere``
    (a week is said loosely: its event's place is not held against the text), and who led it.
    """
    (start, end), (s, e) = where
    part = semicolon_part(ctx.text, s, e, start, end)
    out = misplaced(ctx, event, part, (start, end)) if elsewhere and not _a_week(when) else []
    return out + misled(ctx, event, part, (start, end))


def _asked(ctx: Context, start: int, end: int) -> tuple[int, int] | None:
    """
    The question a date at ``text[start:end]`` answers, whose events are the date's, when the
    date's own sentence names none (:meth:`~vnla.checker.answered_dates.AnsweredDates.question_of`).
    """
    if ctx.text.rfind("?", max(0, start - 400), start) < 0:
        return None  # most dates: no question before them
    asked = ctx.founding_dates.answered.question_of(start)
    return None if asked is None or ctx.within(ctx.cues, *ctx.sentence(start, end)) else asked


def _named_before(
    ctx: Context, cues: list[_Cue], when: When, where: tuple[tuple[int, int], tuple[int, int]]
) -> _Proto | None:
    """
    The date's ``ok`` for the event the sentence before names by its number, when the date meets
    its days and the date's own event words are bare and stand in that event's words ("... ປິດ
    ກອງປະຊຸມ ໃຫຍ່ ຄັ້ງທີ XIV ... ວັນທີ 23 ມັງກອນ. ກອງປະຊຸມ ເລີ່ມ ວັນທີ 19 ມັງກອນ": the congress began
    on 19 January); else ``None``.  ``where``: the date's span and its sentence's.
    """
    (start, end), (s, _e) = where
    if s < 2 or "\n\n" in ctx.text[max(0, s - 3) : s] or any(ids for _a, _b, _k, ids in cues):
        return None  # a paragraph's first sentence, or a word of a named event
    ps, pe = ctx.sentence(s - 2, s - 2)
    words = {unspaced(" ".join(ctx.text[a:b].lower().split())) for a, b, _k, _ids in cues}
    for ordinal in ctx.ordinals_in(ps, pe):
        named = unspaced(" ".join(ctx.text[max(ps, ordinal.span[0] - 40) : ordinal.span[1]].lower().split()))
        if ordinal.noun not in _NUMBERED_KINDS or not any(w in named for w in words):
            continue
        for event in _numbered(ctx, [ordinal]):
            if _compatible(when, event.when):
                said = Message(
                    "{event} ({when})", event=Named(event.id, event.title), when=Period(event.when, iso=True)
                )
                return _Proto(start, end, "date", Verdict.OK, "dates.event", record=event.id, message=said)
    return None


def _another_meant(
    ctx: Context,
    event: Event,
    where: tuple[tuple[int, int], tuple[int, int]],
    *,
    when: When,
    cues: list[_Cue],
    by_people: bool,
) -> Message | None:
    """
    Why a date that meets none of its sentence's events may be another event's than ``event``,
    the nearest in time, or ``None``: its sentence numbers a meeting or a congress the date
    fits, of another kind than its words ("the 14th Congress, which met ..."), or one the record does
    not hold ("the 12th meeting of the border committee was held on 4 December 2025"), or its
    words name an event anyone may hold and no one who took part is named near it ("Officials
    visited the site on 3 December 2025" may be any visit, unless ``by_people``: the sentence
    names who took part, or a meeting the record numbers).  ``where``: the date's span and its
    sentence's; ``cues``: the words of the events it may be.
    """
    span, sentence = where
    far = far_from(ctx, event, when, cues) or _numbered_fits(ctx, event, when, where)
    if far is not None:
        return far
    unrecorded = _unrecorded_number(ctx, span, sentence)
    if unrecorded is not None:
        return Message(
            "its sentence names a meeting or a congress the record does not hold ({what}): the date "
            "may be that one's, not {event}'s ({recorded})",
            what=Quoted(unrecorded.text, ctx.lang_at(*unrecorded.span)),
            event=Named(event.id, event.title),
            recorded=Period(event.when),
        )
    elsewhere = unrecorded_place(ctx, *semicolon_part(ctx.text, *sentence, *span))
    if elsewhere is not None and place_of(ctx, event) is not None:
        return Message(
            "its sentence places it in {place}, which the record does not hold: it may be another "
            "event than {event} ({recorded})",
            place=Quoted(elsewhere, ctx.lang_at(*span)),
            event=Named(event.id, event.title),
            recorded=Period(event.when),
        )
    office = None if by_people else _others_by_office(ctx, event, sentence)
    if office is not None:
        return Message(
            "its sentence names people by an office ({said}) that none of those at {event} "
            "({recorded}) held: it may be another event, theirs",
            said=Quoted(office, ctx.lang_at(*span)),
            event=Named(event.id, event.title),
            recorded=Period(event.when),
        )
    return None if by_people else _of_a_kind(ctx, event, when, cues, sentence)


def _of_a_kind(
    ctx: Context, event: Event, when: When, cues: list[_Cue], sentence: tuple[int, int]
) -> Message | None:
    """
    Why a date whose sentence names no one who took part may be another event of its kind than
    ``event``: its day is to come (:func:`_to_come`), or its words name an event anyone may hold.
    """
    if ctx.published is not None and _to_come(ctx.published, event, when, cues):
        return Message(
            "its day is still to come at the text's publication ({published}), and {event} "
            "({recorded}) was held before it, and its words name no event of the record: it may be "
            "another of its kind",
            published=Day(ctx.published, iso=True),
            event=Named(event.id, event.title),
            recorded=Period(event.when),
        )
    if _by_anyone(ctx, cues, sentence):
        return Message(
            "its words name an event anyone may hold, and the text names no one near it who "
            "took part: it may be another than {event} ({recorded})",
            event=Named(event.id, event.title),
            recorded=Period(event.when),
        )
    return None


def _to_come(published: date, event: Event, when: When, cues: list[_Cue]) -> bool:
    """
    Whether a date is after the ``published`` day and ``event``, held before it, is only one of the
    kind its words name (no name or number of a record among ``cues``): "Background note for the
    business matchmaking session of 12 December", written on 8 December, is of a session to come,
    not the Intergovernmental Committee's meeting of 3 December misdated.
    """
    return (
        when.earliest is not None
        and when.earliest > published
        and event.when.latest is not None
        and event.when.latest < published
        and all(not ids for _a, _b, _kinds, ids in cues)
    )


def _numbered_fits(
    ctx: Context, event: Event, when: When, where: tuple[tuple[int, int], tuple[int, int]]
) -> Message | None:
    """
    Why a date may be a numbered event's of its sentence rather than ``event``'s: the date fits
    that one's days ("the 14th Congress, which met from 19 to 23 January 2026": the congress's
    days, which the word "met" does not make another meeting's), or ``None``.
    """
    span, sentence = where
    fits = [n for n in _numbered_near(ctx, sentence, span) if n.id != event.id and _compatible(when, n.when)]
    if not fits:
        return None
    return Message(
        "its sentence numbers {other}, whose days the date fits: the date may be that one's, "
        "not {event}'s ({recorded})",
        other=Named(fits[0].id, fits[0].title),
        event=Named(event.id, event.title),
        recorded=Period(event.when),
    )


#: The fewest days of a span that holds an event's and is no event's own dates, but a period's.
_WINDOW_DAYS: Final = 7


def _a_window(event: Event, when: When) -> Message | None:
    """
    Why days that hold all of ``event``'s and more on both sides, a week or more and twice its
    days at least, are no slip of its dates: a period the text speaks of ("Window: 24 Jan – 9
    Feb 2026"), not the event's days.
    """
    first, last, held = when.earliest, when.latest, event.when
    if first is None or last is None or held.earliest is None or held.latest is None:
        return None
    days, its_days = (last - first).days + 1, (held.latest - held.earliest).days + 1
    if days < max(_WINDOW_DAYS, 2 * its_days) or not (first < held.earliest and held.latest < last):
        return None  # (days said wrong at one end are a slip: "19-25 January" for a congress of 19-23)
    return Message(
        "the days the text gives ({said}) hold all of {event}'s ({recorded}): a period, not its dates",
        said=Period(when),
        event=Named(event.id, event.title),
        recorded=Period(event.when),
    )


def _planned_message(
    ctx: Context, event: Event, sentence: tuple[int, int], span: tuple[int, int]
) -> Message | None:
    """Why a date of ``event`` its sentence gives with a word of a plan before it took place is unknown."""
    plan = _planned(ctx, sentence, event)
    if plan is None or ctx.published is None:
        return None
    return Message(
        "the text was published on {published}, before {event} ({recorded}), and its sentence "
        "gives a plan ({word}): plans change",
        published=Day(ctx.published),
        event=Named(event.id, event.title),
        recorded=Period(event.when),
        word=Quoted(plan, ctx.lang_at(*span)),
    )


#: The kinds of event held between people, each of whom meets others too.
_MEETINGS_OF_PEOPLE: Final = frozenset({EventKind.MEETING, EventKind.COURTESY_VISIT})


def _one_side_named(ctx: Context, event: Any, sentence: tuple[int, int]) -> Message | None:
    """
    Why a date that misses ``event`` may be another meeting's, or ``None``: ``sentence`` names
    one person alone, one of the two or more of a meeting (or a courtesy visit), and no office's
    title standing alone ("Lao Prime Minister Sonexay Siphandone met Vietnamese businesses on 3
    December 2025": he meets others than To Lam, whom he met on 1 or 2 December).
    """
    if not isinstance(event, Event) or event.kind not in _MEETINGS_OF_PEOPLE:
        return None
    people = ctx.index.people_of.get(event.id, frozenset())
    if len(people) < 2:
        return None
    named = {pid for _s, _e, pid in ctx.within(ctx.persons, *sentence)}
    if len(named) != 1 or not named <= people:
        return None
    if _standing_roles(ctx, sentence):
        return None  # a title standing alone names someone too: "the two Prime Ministers met"
    return Message(
        "its sentence names one person alone of {event} ({recorded}): it may be another "
        "meeting of that person's, which the record does not hold",
        event=Named(event.id, event.title),
        recorded=Period(event.when),
    )


def _standing_roles(ctx: Context, sentence: tuple[int, int]) -> list[_Match]:
    """The titles of ``sentence`` that stand alone, no person's ("the two foreign ministers met")."""
    titles = [m.span for m in ctx.titles]
    return [
        r
        for a, b, kind, r in ctx.within(ctx.titled, *sentence)
        if kind == "role" and not any(ts <= a and b <= te for ts, te in titles)
    ]


def _others_by_office(ctx: Context, event: Any, sentence: tuple[int, int]) -> str | None:
    """
    The words of an office that ``sentence``, naming no person, names its people by, when none
    of ``event``'s people ever held it ("On 3 December 2025 the two foreign ministers met in
    Vientiane": not To Lam's visit to former leaders); else ``None``, as for a record that
    names no people (a document: "Tuyên bố chung ký ngày 3/12/2025" after "Hai Tổng Bí thư hội
    đàm", whose signers the record does not list).
    """
    people = ctx.index.people_of.get(event.id, frozenset())
    if not people or ctx.within(ctx.persons, *sentence):
        return None
    roles = _standing_roles(ctx, sentence)
    if not roles or any(m.pat.role is None or not m.pat.role[0] for m in roles):
        return None  # (a head of a body the words do not say: "Chủ tịch")
    records = ctx.index.records
    held = {office.role for pid in people for office in getattr(records.get(pid), "offices", ())}
    if any(m.pat.role[0] in held for m in roles if m.pat.role is not None):
        return None
    return ctx.text[roles[0].start : roles[0].end]


def _unrecorded_number(
    ctx: Context, span: tuple[int, int], sentence: tuple[int, int]
) -> OrdinalMention | None:
    """
    A meeting or a congress numbered in the part of a date's sentence (not past a semicolon;
    ``span``: the date's) with a number no recorded event of its kind has, where that part numbers
    none the record holds; or ``None``.
    """
    ordinals = [
        o for o in ctx.ordinals_in(*semicolon_part(ctx.text, *sentence, *span)) if o.noun in _NUMBERED_KINDS
    ]
    if not ordinals or _numbered(ctx, ordinals):
        return None
    return ordinals[0]


#: The words that name an event only by who took part (``dates.people_cues``: "visited", "met",
#: "thăm", "ຢ້ຽມຢາມ"), in lower case, Lao ones without their spaces.
_PEOPLE_CUES: Final = frozenset(unspaced(" ".join(w.lower().split())) for w in merged("dates", "people_cues"))
#: An indefinite article right before an event word, a word between at most (``dates.indefinite_before``:
#: "a visit", "a study visit", "một chuyến thăm"): an event of that kind, not the one the text is of.
_INDEFINITE_BEFORE: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(merged('dates', 'indefinite_before') or ['(?!)'])})\s++(?:[\w-]++\s++)?\Z",
    re.IGNORECASE,
)
#: How far before an event word such an article is looked for.
_INDEFINITE_REACH: Final = 24
#: How far before a sentence a person named may be the one its words of a visit are of ("To Lam
#: flew in that morning. He visited ... on 5 February").
_PEOPLE_REACH: Final = 400


def _by_anyone(ctx: Context, cues: list[_Cue], sentence: tuple[int, int]) -> bool:
    """
    Whether ``cues`` (the event words whose events a date in ``sentence`` missed) are
    all words of an event anyone may hold (:data:`_PEOPLE_CUES`), with no person named in the sentence
    or in the :data:`_PEOPLE_REACH` characters before it, nor an office's title in the sentence; or
    all words after an indefinite article (:data:`_INDEFINITE_BEFORE`), with no person or title in
    the sentence.
    """
    s, e = sentence
    if not cues or any(kind == "role" for _a, _b, kind, _r in ctx.within(ctx.titled, s, e)):
        return False  # its people named by their offices ("hai Tổng Bí thư", the two General Secretaries)
    text = ctx.text
    if all(
        not ids and _INDEFINITE_BEFORE.search(text, max(s, cs - _INDEFINITE_REACH), cs) is not None
        for cs, _ce, _k, ids in cues
    ):
        # "A trade delegation made a visit to Vientiane on 3 December 2025": one of its kind,
        # whoever the text named before, unless its sentence names who took part
        return not ctx.within(ctx.persons, s, e)
    if ctx.within(ctx.persons, max(0, s - _PEOPLE_REACH), s):
        return False
    return all(
        not ids and unspaced(" ".join(text[cs:ce].lower().split())) in _PEOPLE_CUES
        for cs, ce, _k, ids in cues
    )


def _part_of(event: Any, seen: list[tuple[int, Any]], rank: int) -> bool:
    """Whether an event a nearer word than the one of rank ``rank`` named is a part of ``event``."""
    return any(r < rank and isinstance(c, Event) and c.parent == event.id for r, c in seen)


def _visit_of(ctx: Context, event: Event, when: When) -> Event | None:
    """The visit (or other event) ``event`` was part of, if it was held on exactly the days ``when``."""
    parent = ctx.index.records.get(event.parent) if event.parent is not None else None
    if not isinstance(parent, Event):
        return None
    days = parent.when
    return parent if (days.earliest, days.latest) == (when.earliest, when.latest) else None


def _missed(
    ctx: Context,
    event: Event,
    when: When,
    where: tuple[tuple[int, int], tuple[int, int]],
    *,
    several: bool,
    exactly: Callable[[], Event | None],
    another: Message | None = None,
) -> _Proto:
    """
    A date that meets none of the events its sentence's words may mean, against the nearest in
    time, ``event``: a slip, unless it holds that event's one day and more, or is its
    anniversary's day (``where``: the date's span and its sentence's; ``several``: the sentence
    names several events or an anniversary; ``exactly``: an event held on exactly those days),
    or its words name an event anyone may hold and no one who took part is named near
    (``another``: why it may be another event, :func:`_another_meant`).
    """
    (start, end), (s, e) = where
    if another is not None:
        return _unknown_event((start, end), event.id, another)
    one_day = event.when.earliest is not None and event.when.earliest == event.when.latest
    # days that hold a one-day event's, and more
    holds_its_day = one_day and event.when.within(when) and not when.within(event.when)
    if holds_its_day:
        # days holding a one-day event's that are exactly those of an event another word of the
        # sentence names ("went again on 26-27 January, and held talks with To Lam": the visit's)
        # (or the visit the event was part of: "26-27/1/2026: Thongloun sang Việt Nam, hội đàm ở Hà
        # Nội", the talks of the 26th within the state visit of the 26th and 27th)
        exact = exactly() or _visit_of(ctx, event, when)
        if exact is not None:
            return _Proto(
                start, end, "date", Verdict.OK, "dates.event", record=exact.id,
                message=Message(
                    "{event} ({when})", event=Named(exact.id, exact.title), when=Period(exact.when, iso=True)
                ),
            )  # fmt: skip
    if one_day and _its_anniversary(ctx, (s, e), when, event.when):
        # "• 3 December: the first anniversary of the 48th meeting ... (3 December 2025)": the
        # day of an anniversary of the event, in another year
        return _unknown_event(
            (start, end),
            event.id,
            Message("the day of an anniversary of {event}", event=Named(event.id, event.title)),
        )
    if several and holds_its_day:
        # days that hold a one-day event's, said of several events or of an anniversary too ("on
        # 1-2 December he attended the anniversary and co-chaired the meeting"): the days of
        # them all, maybe a visit's (the days of a visit itself, said wrong, stay a slip)
        return _unknown_event(
            (start, end),
            event.id,
            Message(
                "the days the text gives hold those of the events it names; "
                "the record dates {event!r} {recorded}",
                event=Named(event.id, event.title),
                recorded=Period(event.when),
            ),
        )
    why = (
        _one_side_named(ctx, event, (s, e))
        or _planned_message(ctx, event, (s, e), (start, end))
        or _a_window(event, when)
        or _listed_with_its_month(ctx, event, when, start)
    )
    if why is not None:
        return _unknown_event((start, end), event.id, why)
    return _misdated(
        ctx,
        (start, end),
        ("dates.event", event.id, Named(event.id, event.title)),
        (event.when, when),
        (event.date_evidence or event.evidence)[:3],
        severity=None if event.when.is_exact else Severity.WARNING,
    )


def _listed_with_its_month(ctx: Context, event: Event, when: When, start: int) -> Message | None:
    """
    Why a month that misses ``event`` is no slip of it: it ends a list of months, named before it
    without their year and joined to it by commas or "and" ("in January and February 2026"),
    one of which holds the event's first day in the date's year (the list is the time the
    sentence tells of, the event in one of its months); ``None`` else.
    """
    first = event.when.earliest
    if when.precision is not Precision.MONTH or first is None or first.year != when.year:
        return None
    text = ctx.text
    at = start
    listed: list[int] = []
    for month, a, b in reversed(named_months(text, max(0, start - _LISTED_REACH), start)):
        if _NEXT_IN_LIST.fullmatch(text, b, at) is None:
            break
        listed.append(month)
        at = a
    if first.month not in listed:
        return None
    return Message(
        "it ends a list of months, one of which holds {event} ({recorded}): the list is the time "
        "the sentence tells of",
        event=Named(event.id, event.title),
        recorded=Period(event.when),
    )


#: How far before a month the months listed with it are looked for.
_LISTED_REACH: Final = 60

#: The words of a plan (``dates.plan_words``: "expected", "dự kiến", "ຄາດວ່າ").
_PLAN: Final = _any_word(merged("dates", "plan_words") or ["(?!)"])


def _planned(ctx: Context, sentence: tuple[int, int], event: Event) -> str | None:
    """
    The plan word of a sentence in a text published before ``event`` began, if any: the days it
    gives are the plan of the time ("Đại hội XIV (dự kiến từ 19 đến 25/01/2026)", published on
    12 January; the congress closed on the 23rd).
    """
    began = event.when.earliest
    if ctx.published is None or began is None or ctx.published >= began:
        return None
    found = _PLAN.search(ctx.text, *sentence)
    return None if found is None else found[0]


def _misdated(
    ctx: Context,
    span: tuple[int, int],
    what: tuple[str, str, Named],
    dates: tuple[When, When],
    evidence: Any,
    *,
    severity: Severity | None = None,
) -> _Proto:
    """
    The contradiction of a date said of a record the record dates otherwise (``what``: the
    rule, the record's id and its name; ``dates``: the record's date and the text's).
    """
    start, end = span
    rule, record, named = what
    recorded, said = dates
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        rule,
        record=record,
        canonical=render_when(recorded, ctx.lang_at(start, end)),
        message=Message(
            "the record dates {event!r} ({id}) {recorded}; the text says {said}",
            event=named,
            id=named.record,
            recorded=Period(recorded),
            said=Period(said),
        ),
        evidence=evidence,
        severity=severity,
    )


_Cue = tuple[int, int, frozenset[str], tuple[str, ...]]


def _its_anniversary(ctx: Context, sentence: tuple[int, int], stated: When, recorded: When) -> bool:
    """
    Whether a day on a one-day event's day of the year, in another year, stands in a sentence
    that counts an anniversary.
    """
    day, on = stated.earliest, recorded.earliest
    return (
        day is not None
        and on is not None
        and stated.latest == day
        and (day.month, day.day) == (on.month, on.day)
        and day.year != on.year
        and _ANNIVERSARY_WORDS.search(ctx.text, *sentence) is not None
    )


def _not_set_apart(text: str, cues: list[_Cue], when: When | None, end: int) -> list[_Cue]:
    """
    The cues less those after a day (ending at ``end``) that words set before or after it, in a
    phrase of its own: the day is not their event's ("On 2 February, before the visit, we
    interviewed ...", "Thứ Hai 2/2: bài trước chuyến thăm"; ``dates.sequence_words``).  A month
    or a year may hold both; and a day counted from the event ("25 January, a day before the
    talks", ``when`` ``None``) is judged so elsewhere.
    """
    if when is None or when.precision is not Precision.DAY:
        return cues
    return [c for c in cues if not (end <= c[0] and _opens_a_phrase(_SEQUENCE, text, end, c[0]))]


def _not_subjects(text: str, cues: list[_Cue], start: int) -> list[_Cue]:
    """
    The cues of a sentence less the events named or spoken of after the words of what another
    event is about (``dates.subject_words``): in "a conference on the results of the LPRP's 12th
    Congress ... on January 26" and "Hội nghị thông báo kết quả Đại hội XII ... ngày 26/1" the
    date is the conference's, not the congress's.  A date after a comma or a relative word after
    the event is in a clause of the event's own ("the results of the 12th Congress, which met in
    Vientiane from 5 to 8 January", "kết quả Đại hội XII ..., họp tại Hà Nội từ 6 đến 8/1",
    "ຜົນສຳເລັດ ຂອງ ກອງປະຊຸມໃຫຍ່ ... ທີ່ໄດ້ເປີດຂຶ້ນ ... ແຕ່ວັນທີ 6-8 ມັງກອນ"), and the event's still.
    A date in brackets right after the event's name is the event's too.  Less too the events
    named after the date and words that set its subject beside them
    (``dates.alongside_words``: "from 25 to 28 January, at the same time as the state visit").
    The date is at ``text[start:]``.
    """
    return [
        cue
        for cue in cues
        if (
            (cue[1] <= start and _SUBJECT_CLAUSE.search(text, cue[1], start))
            or (cue[1] <= start and _BRACKET_AFTER.fullmatch(text, cue[1], start) is not None)
            or not _subject_before(text, cue[0])
        )
        and (cue[0] < start or not _ALONGSIDE.search(text, start, cue[0]))
    ]


def _of_container(ctx: Context, mention: DateMention, found: _Proto, out: list[_Proto]) -> _Proto:
    """
    ``found``, a contradiction against an event named after the words of what another event is
    about, in a clause after it ("the briefing on the outcomes of the LPRP's 12th National
    Congress, held in Vientiane on 26 January"), or the verdict against the events named before
    those words when that one is ok: the clause may be the other event's, and the date is its day.
    """
    start, end = mention.span
    s, _e = ctx.sentence(start, end)
    subjects = [
        at
        for c in ctx.within(ctx.cues, s, start)
        if c[1] <= start and _subject_before(ctx.text, at := _named_from(ctx, c))
    ]
    if not subjects or mention.when is None:
        return found
    said: list[_Proto] = []  # what the other event's reading says of it, kept only if it is taken
    container = _of_event(ctx, start, end, mention.when, out=said, cues_in=(s, subjects[0]))
    if container is None or container.verdict is not Verdict.OK:
        return found
    out.extend(said)
    return container


def _named_from(ctx: Context, cue: _Cue) -> int:
    """
    Where the name of a numbered event whose word is ``cue`` starts: at its number ("12th
    National Congress"), and at the body named before it with "'s" ("the LPRP's 12th National
    Congress").
    """
    at = cue[0]
    for ordinal in ctx.ordinals_in(max(0, at - 40), at + 1):
        if ordinal.span[0] <= at < ordinal.span[1] + 1 and ordinal.span[1] >= cue[1] - 1:
            at = min(at, ordinal.span[0])
    body = ctx.within(ctx.named, max(0, at - 60), at)
    if body and _POSSESSIVE.fullmatch(ctx.text, body[-1][1], at):
        at = body[-1][0]
    return at


#: Between a body's name and what it holds: "'s" ("the LPRP's 12th Congress").
_POSSESSIVE: Final = re.compile(r"['’]s?[^\S\n]++")


def _away(text: str, cue_end: int, start: int) -> bool:
    """
    Whether an event word ending at ``cue_end`` is put some time away from a date after it, at
    ``start``, by words between them in one phrase (:data:`_AWAY`: "the visit falls two days after
    the founding anniversary of the CPV on 3 February"): the date is another thing's.
    """
    return cue_end <= start and _opens_a_phrase(_AWAY, text, cue_end, start)


def _sequenced(text: str, cue: tuple[int, int], date_span: tuple[int, int]) -> bool:
    """
    Whether words of ``dates.sequence_words`` stand between a numbered meeting or congress at
    ``cue`` and the date at ``date_span`` and open a phrase that holds the later of the two: the
    number names an event at another time than the date's ("the welcome at the airport on 5
    February, when To Lam made his first trip abroad after being re-elected at the 14th National
    Congress"), which a number would otherwise name wherever the sentence puts it.  The event
    named in the phrase with the date keeps it: "since the 14th Congress, which closed on January
    23".
    """
    (a, b), (start, end) = cue, date_span
    lo, hi = (end, a) if end <= a else (b, start) if b <= start else (0, 0)
    return hi > lo and _opens_a_phrase(_SEQUENCE, text, lo, hi)


def _opens_a_phrase(words: re.Pattern[str], text: str, lo: int, hi: int) -> bool:
    """
    Whether the last of ``words`` in ``text[lo:hi]`` (its last :data:`_SEQUENCE_REACH`
    characters) opens a phrase that runs on to ``hi``: no clause or sentence mark after it.
    """
    opened = None
    for m in words.finditer(text, max(lo, hi - _SEQUENCE_REACH), hi):
        opened = m
    return opened is not None and not _PHRASE_END.search(text, opened.end(), hi)


#: Between an event's name and its date in brackets right after it ("the outcomes of the 14th
#: National Congress ... (19–25 January 2026)"): the date is the event's own.
_BRACKET_AFTER: Final = re.compile(r"[^\S\n]*+\([^\S\n]*+")


def _exactly(ctx: Context, ranked: list[Any], when: When, persons: set[str]) -> Event | None:
    """An event that a word of the sentence may name, held on exactly the days ``when`` gives."""
    for _key, (_cs, _ce, kinds, ids), _same in ranked:
        for event in _candidates(ctx, kinds, ids, when, persons):
            if isinstance(event, Event) and event.when == when:
                return event
    return None


def _named_by_anniversary(ctx: Context, cue: _Cue, counted: list[OrdinalMention]) -> _Cue:
    """
    An event word that an anniversary of its clause names, as that anniversary's recorded event.

    "the ceremony marking the 50th National Day" is the ceremony the record holds for that
    anniversary, on its own day, not any ceremony of the visit: the visit's other ceremonies
    are recorded only within its bounds, which would let a wrong day pass.  ``counted`` are
    the sentence's ordinals of anniversaries and national days.
    """
    cue_start, cue_end, kinds, ids = cue
    if ids or not kinds:
        return cue
    index = ctx.index
    for ordinal in counted:
        if not ctx.sentences.same_clause((cue_start, cue_end), ordinal.span):
            continue
        for fid in ctx.foundings.near(ordinal):
            anniversary = index.anniversaries.get((fid, ordinal.number))
            event = index.records.get(anniversary.event) if anniversary and anniversary.event else None
            if isinstance(event, Event) and event.kind.value in kinds:
                return (cue_start, cue_end, frozenset(), (event.id,))
    return cue


#: Between a plan's name and its period: "(", "for the period", or nothing.
_PLAN_GAP: Final = re.compile(
    rf"[\s,(]*+(?:(?:{_alternation(merged('dates', 'plan_period_gap'))})\s++)?", re.IGNORECASE
)


def _of_plan_period(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A span of years right after a plan's name is its period: "the 10th five-year socio-economic
    development plan (2021-2025)" is a contradiction when the record has 2026-2030.
    """
    first, last = when.earliest, when.latest
    if first is None or last is None or first.year == last.year or when.precision is not Precision.BOUNDS:
        return None
    s, _e = ctx.sentence(start, end)
    for _cue_start, cue_end, _kinds, ids in reversed(ctx.within(ctx.cues, s, start)):
        if cue_end > start or start - cue_end > 30 or _PLAN_GAP.fullmatch(ctx.text, cue_end, start) is None:
            continue
        for rid in ids:
            plan = ctx.index.records.get(rid)
            if not isinstance(plan, Document) or plan.kind is not DocumentKind.PLAN:
                continue
            period = plan.period
            if period is None or period.earliest is None or period.latest is None:
                continue
            name = plan.name.preferred("en")
            recorded, said = f"{period.earliest.year}–{period.latest.year}", f"{first.year}–{last.year}"
            if (period.earliest.year, period.latest.year) == (first.year, last.year):
                return _Proto(
                    start,
                    end,
                    "date",
                    Verdict.OK,
                    "dates.event",
                    record=rid,
                    message=Message(
                        "{plan} ({period})", plan=Named(rid, name), period=Period(period, iso=True)
                    ),
                )
            return _Proto(
                start,
                end,
                "date",
                Verdict.CONTRADICTION,
                "dates.event",
                record=rid,
                canonical=recorded,
                message=Message(
                    "the record's period of {plan!r} ({id}) is {recorded}; the text says {said}",
                    plan=Named(rid, name),
                    id=rid,
                    recorded=recorded,
                    said=said,
                ),
                evidence=plan.evidence[:2],
            )
    return None


#: Words of a target's horizon before a year (``horizons.by_year``: "by 2045", "đến năm 2045",
#: "ຮອດ ປີ 2055"), a word at most between.
_BY_YEAR: Final = re.compile(
    rf"(?:{_any_word(merged('horizons', 'by_year') or ['(?!)']).pattern})[^\d\n]{{0,8}}\d", re.IGNORECASE
)


#: The words of a dated target's deed, by its metric (``horizons.deed_words``: "start building",
#: "khởi công", "ເລີ່ມ"); a metric with none needs none.
_DEED_WORDS: Final = {
    metric: _any_word(words) for metric, words in merged("horizons", "deed_words").items() if words
}


def _deed_said(ctx: Context, metric: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence says the deed of a dated target of ``metric`` (any, for a metric with no words)."""
    words = _DEED_WORDS.get(metric)
    return words is None or words.search(ctx.text, *sentence) is not None


def _of_target(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A date in a sentence that names what a dated target is about: its project, its anniversary.
    A day is no target's: targets are dated by a year or a part of one ("Issued: 3 February 2025"
    under "95th anniversary of the founding of the Communist Party of Vietnam" dates the issue).
    """
    if when.precision in (Precision.DAY, Precision.RANGE):
        return None
    s, e = ctx.sentence(start, end)
    named = ctx.within(ctx.named, s, e)
    ids = {rid for _s, _e, rid in named}
    candidates = []
    counts = ctx.index.target_counts
    # the anniversaries the sentence counts: one of another count is not a target's ("the 71st
    # anniversary of the founding of the LPRP in 2026", beside the goal due by its 100th)
    counted = {o.number for o in ctx.ordinals_in(s, e) if o.noun in ("anniversary", "national-day")}
    horizon: bool | None = None  # whether words of a horizon stand right before the date (asked once)
    for target, links, enough in ctx.index.dated_targets:
        if target.id in counts and counts[target.id] not in counted:
            if counted:
                continue  # another anniversary's count
            if not target.projects:
                # a target due by an anniversary, of no project, in a sentence that counts none:
                # its founding named with a year that no words of a horizon lead is no target's
                # ("the National Day of Vietnam" beside "the Treaty ... of 1977")
                horizon = (
                    _BY_YEAR.search(ctx.text, max(0, start - 24), end) is not None
                    if horizon is None
                    else horizon
                )
                if not horizon:
                    continue
        if (len(ids & links) >= enough or not ids.isdisjoint(target.projects)) and _deed_said(
            ctx, target.metric, (s, e)
        ):
            distance = min(min(abs(ns - end), abs(start - ne)) for ns, ne, rid in named if rid in links)
            candidates.append((distance, target))
    for _distance, target in candidates:
        if target.horizon.when is not None and _same_year(when, target.horizon.when):
            return _Proto(start, end, "date", Verdict.OK, "dates.target", record=target.id)
    if candidates:
        target = min(candidates, key=lambda c: (c[0], c[1].id))[1]
        recorded = target.horizon.when
        assert recorded is not None
        first, last = bisect.bisect_left(ctx.date_starts, s), bisect.bisect_left(ctx.date_starts, e)
        if any(
            d.when is not None and d.span[0] != start and _same_year(d.when, recorded)
            for d in ctx.dates[first:last]
        ):
            # "upper-middle income by 2030 ... and high income by 2045": another date of the
            # sentence is the target's, and this one another goal's
            return _Proto(
                start, end, "date", Verdict.UNKNOWN, "dates.target", record=target.id,
                message=Message(
                    "another date of its sentence is the target {id}'s: this one may be another goal's",
                    id=target.id,
                ),
            )  # fmt: skip
        return _Proto(
            start,
            end,
            "date",
            Verdict.CONTRADICTION,
            "dates.target",
            record=target.id,
            canonical=render_when(recorded, ctx.lang_at(start, end)),
            message=Message(
                "the record's target {id} is {horizon}: {description}",
                id=target.id,
                horizon=horizon_message(target.horizon),
                description=Named(target.id, target.description),
            ),
            evidence=target.evidence[:2],
        )
    return None


def _misdated_founding(
    ctx: Context, ordinal: OrdinalMention, span: tuple[int, int], first: date, last: date
) -> _Proto | None:
    """
    The contradiction of a founding's day misdated in an anniversary's span whose last day is
    the anniversary's ("kỷ niệm 50 năm Quốc khánh Lào (2/12/1976 – 2/12/2025)": founded in
    1975); ``None`` when the founding the ordinal counts from has no such day.
    """
    for fid in ctx.foundings.near(ordinal):
        founding = ctx.index.foundings[fid]
        day = founding.when.earliest
        if (
            day is None
            or not founding.when.is_exact
            or (day.month, day.day) != (first.month, first.day)
            or (day.month, day.day) != (last.month, last.day)
            or day.year + ordinal.number != last.year
        ):
            continue
        message = Message(
            "the record dates {founding!r} ({id}) {recorded}; the text says {said}",
            founding=Named(fid, founding.name.preferred("en")),
            id=fid,
            recorded=Period(founding.when),
            said=Day(first),
        )
        return _Proto(
            *span, "date", Verdict.CONTRADICTION, "dates.anniversary", record=fid, message=message,
            canonical=render_when(When.between(day, last), ctx.lang_at(*span)),
            evidence=founding.evidence[:2],
        )  # fmt: skip
    return None


def _of_life(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A person's life as a span of days in brackets right after the name ("Souphanouvong (13
    July 1909 – 9 January 1996)"): its first day the birth, its last the death.  A span one of
    whose days is the record's (birth or death) is the life, and the other day must be the
    record's too; a span neither of whose days is may be another (a term of office), and is
    left to the other judges.
    """
    first, last = when.earliest, when.latest
    person = _right_after_a_person(ctx, start, end) if when.precision is Precision.RANGE else None
    if person is None or first is None or last is None:
        return None
    born, died = _exact_day(person.born), _exact_day(person.died)
    said: Period | str = Period(when)
    if (
        (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
        and born is not None
        and died is not None
    ):
        # a life's years ("(1909-1995)"): the birth's year and the death's
        said = f"{first.year}–{last.year}"
        first, last = (born if first.year == born.year else first), (died if last.year == died.year else last)
    if (first != born and last != died) or (first.month, first.day) == (last.month, last.day):
        return None  # no life, or an anniversary's span ("(19/5/1890 – 19/5/2026)": the 136th birthday)
    name = Named(person.id, person.name.preferred("en"))
    if first == born and last == died and born is not None and died is not None:
        message = Message(
            "the life of {name}: born on {born}, died on {died}", name=name, born=Day(born), died=Day(died)
        )
        return _Proto(start, end, "date", Verdict.OK, "dates.founding", record=person.id, message=message)
    if (born is None or first == born) and (died is None or last == died):
        return None  # a day the record does not hold
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.founding",
        record=person.id,
        message=Message(
            "the record has {name} born on {born} and died on {died}; the text says {said}",
            name=name,
            born=Day(born) if born is not None else Message("a day not recorded"),
            died=Day(died) if died is not None else Message("a day not recorded"),
            said=said,
        ),
        evidence=person.evidence[:2],
    )


def _right_after_a_person(ctx: Context, start: int, end: int) -> Person | None:
    """
    The person whose name stands right before the bracket a date at ``text[start:end]`` fills
    (or the name and a short apposition: "Souphanouvong, the Red Prince (1909-1995)"),
    or right before the date itself when a mark or the line's end closes it (a legend's "Kaysone
    Phomvihane 13.12.1920 - 21.11.1992 /").
    """
    text = ctx.text
    bracket = text.rfind("(", max(0, start - 4), start)
    if (
        bracket >= 0
        and not text[bracket + 1 : start].strip()
        and text[end : end + 4].lstrip().startswith(")")
    ):
        pid = ctx.person_before(bracket)  # the name, or the name and a short apposition
    elif _CLOSED_AFTER.match(text, end) and text[start - 1 : start] in (" ", "\t"):
        at = words_end(text, start)
        pid = ctx.person_ending(at)
    else:
        return None
    person = ctx.index.records.get(pid) if pid is not None else None
    return person if isinstance(person, Person) else None


#: What closes a life's days written right after a name: a mark, or the end of the line.
_CLOSED_AFTER: Final = re.compile(r"[^\S\n]*+(?:[/;,.\"”)]|$)", re.MULTILINE)


#: Four digits in a row, of any script's digits: a year written in a date's own words.
_WRITTEN_YEAR: Final = re.compile(r"\d{4}")
#: A short aside in brackets right after a date.
_ASIDE_AFTER: Final = re.compile(r"[^\S\n]*+\([^()\n]{0,24}\)")


def _yearless(mention: DateMention, text: str) -> bool:
    """
    Whether a date's own words give no year ("ngày 5/9", "on 22 March"), though the reader may
    have given it one from the story around it: a founding's day of the year, said so, is its
    anniversary's day in any year.  A year in brackets right after it is its own ("ວັນທີ 18
    ກໍລະກົດ (ພ.ສ. 2521)").
    """
    if mention.relative:
        return False
    if mention.needs_year:
        return True
    start, end = mention.span
    bracket = _ASIDE_AFTER.match(text, end)
    return _WRITTEN_YEAR.search(text, start, bracket.end() if bracket else end) is None


def _exact_day(when: When | None) -> date | None:
    """The day of a date known to the day, else ``None``."""
    return when.earliest if when is not None and when.precision is Precision.DAY else None


def _of_founding(ctx: Context, start: int, end: int, when: When, *, yearless: bool = False) -> _Proto | None:
    """
    The date of a founding, a birth or a death the record holds, as the words right before it
    say (:meth:`~vnla.checker.founding_dates.FoundingDates.of_date`): right when it may mean the
    recorded date, a contradiction when the two do not meet, else unknown.  A day the text
    gives no year (``yearless``: "- 2 December: Lao National Day (1975)") is its day of the
    year, compared in the founding's year.
    """
    fid = ctx.founding_dates.of_date(
        start,
        end,
        year=when.year,
        now=ctx.published.year if ctx.published is not None else None,
        yearless=yearless,
    )
    if fid is None:
        return None
    founding = ctx.index.foundings[fid]
    if yearless and founding.when.year is not None:
        when = when.moved_to(founding.when.year) or when
    named = Named(fid, founding.name.preferred("en"))
    if _compatible(when, founding.when):
        return _Proto(
            start, end, "date", Verdict.OK, "dates.founding", record=fid,
            message=Message("{founding} ({when})", founding=named, when=Period(founding.when, iso=True)),
        )  # fmt: skip
    if when.overlaps(founding.when):
        return _Proto(
            start, end, "date", Verdict.UNKNOWN, "dates.founding", record=fid,
            message=Message(
                "the record dates {founding} {recorded}, which the text's date does not fix",
                founding=named,
                recorded=Period(founding.when),
            ),
        )  # fmt: skip
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.founding",
        record=fid,
        canonical=render_when(founding.when, ctx.lang_at(start, end)),
        message=Message(
            "the record dates {founding} {recorded}; the text says {said}",
            founding=named,
            recorded=Period(founding.when),
            said=Period(when),
        ),
        evidence=founding.evidence[:3],
    )


def _of_anniversary(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A date in a sentence that counts an anniversary: ok on its day, or on its ceremony's.

    A date that is neither is left unknown: an anniversary is marked on many days
    (receptions, exhibitions), and the record holds only its day and its main ceremony.
    """
    s, e = ctx.sentence(start, end)
    index = ctx.index
    for ordinal in ctx.ordinals_in(s, e):
        if ordinal.noun not in ("anniversary", "national-day"):
            continue
        for fid in ctx.foundings.near(ordinal):
            anniversary = index.anniversaries.get((fid, ordinal.number))
            day = index.foundings[fid].when.earliest
            if anniversary is None or day is None or not index.foundings[fid].when.is_exact:
                continue
            with contextlib.suppress(ValueError):  # the anniversary of a 29 February
                if when == When.on(day.replace(year=anniversary.year)):
                    record = anniversary.id
                    return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=record)
            ceremony = index.records.get(anniversary.event) if anniversary.event else None
            if isinstance(ceremony, Event) and _compatible(when, ceremony.when):
                return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=ceremony.id)
    return None


#: The most characters between an anniversary's ordinal and the day right after it.
_RIGHT_AFTER_ORDINAL: Final = 3


def _anniversary_day_after(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A day right after an anniversary's ordinal that is its founding's day and month ("...
    ພັກກອມມູນິດຫວຽດນາມຄົບຮອບ 96 ປີວັນທີ 3 ກຸມພາ 2026 ແລະ ... ກອງປະຊຸມໃຫຍ່ ..."): the anniversary's
    day, not an event's that the sentence names later; the ordinal is judged on its own.
    """
    day = when.earliest
    if when.precision is not Precision.DAY or day is None:
        return None
    s, _e = ctx.sentence(start, end)
    for ordinal in ctx.ordinals_in(s, start):
        if (
            ordinal.noun not in ("anniversary", "national-day")
            or not 0 <= start - ordinal.span[1] <= _RIGHT_AFTER_ORDINAL
        ):
            continue
        for fid in ctx.foundings.near(ordinal):
            founded = ctx.index.foundings[fid].when
            if (
                founded.precision is Precision.DAY
                and founded.earliest is not None
                and (founded.earliest.month, founded.earliest.day) == (day.month, day.day)
            ):
                return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=fid)
    return None


def _of_anniversary_span(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    A founding's day and its anniversary, stated with the ordinal: "50th anniversary (2 December
    1975 - 2 December 2025)", "ຄົບຮອບ 50 ປີ (2 ທັນວາ 1975 - 2 ທັນວາ 2025)".

    The span must cover as many years as the ordinal counts; the founding is the one the
    anniversary names, or the one of the span's first year.  Both ends must be its day.
    """
    first, last = when.earliest, when.latest
    if first is None or last is None or first.year == last.year or when.precision is not Precision.RANGE:
        return None
    s, e = ctx.sentence(start, end)
    index = ctx.index
    for ordinal in ctx.ordinals_in(s, e):
        if ordinal.noun not in ("anniversary", "national-day"):
            continue
        if last.year - first.year != ordinal.number:
            misdated = _misdated_founding(ctx, ordinal, (start, end), first, last)
            if misdated is not None:
                return misdated
            continue
        dated = [fid for fid, f in index.foundings.items() if f.when.year == first.year]
        for fid in dict.fromkeys([*ctx.foundings.near(ordinal), *dated]):
            founding = index.foundings[fid]
            day = founding.when.earliest
            if day is None or not founding.when.is_exact or day.year != first.year:
                continue
            with contextlib.suppress(ValueError):  # the anniversary of a 29 February
                right = When.between(day, day.replace(year=last.year))
                if when == right:
                    return _Proto(start, end, "date", Verdict.OK, "dates.anniversary", record=fid)
                return _Proto(
                    start,
                    end,
                    "date",
                    Verdict.CONTRADICTION,
                    "dates.anniversary",
                    record=fid,
                    canonical=render_when(right, ctx.lang_at(start, end)),
                    message=Message(
                        "the record dates {founding!r} ({id}) {recorded}; the text says {first} and its "
                        "{years} years to {last}",
                        founding=Named(fid, founding.name.preferred("en")),
                        id=fid,
                        recorded=Period(founding.when),
                        first=Day(first),
                        years=ordinal.number,
                        last=Day(last),
                    ),
                    evidence=founding.evidence[:2],
                )
    return None


def _belongs(ctx: Context, ids: tuple[str, ...], cue: tuple[int, int], span: tuple[int, int]) -> bool:
    """
    Whether a date belongs to a named record: any event's in its part of the sentence (not past a
    semicolon), a year named for the relations' in its clause ("2027 is the Solidarity Year, and
    the council will submit a plan in December 2026": the plan's); a document's only if next to it.
    """
    (cue_start, cue_end), (start, end) = cue, span
    kinds = {ctx.index.kinds.get(i) for i in ids}
    if kinds - {"document"}:
        named_year = bool(ctx.index.named_years.intersection(ids))
        return (
            # in its clause, or set off right after it ("the Solidarity Year, 2028, will ...")
            ctx.sentences.same_clause(cue, span)
            or (start >= cue_end and not ctx.text[cue_end:start].strip(" ,"))
            if named_year
            else ";" not in ctx.text[min(cue_end, end) : max(cue_start, start)]
        )
    if cue_start <= start and end <= cue_end:
        return True
    if cue_end <= start:
        cue_end = past_parties(ctx, ids, cue_end, start)  # "ຖະແຫຼງການຮ່ວມ ລາວ-ຫວຽດນາມ ລົງວັນທີ ..."
    text = ctx.text
    if start < cue_end or start - cue_end > _DOCUMENT_DATE_GAP or not meant(ctx, ids, cue):
        # before its name, or far after it; or another document of its kind ("the Vietnam–Cambodia
        # Joint Statement", "a joint statement", "the 2019 one")
        return False
    if (start - cue_end <= 24 and _DOCUMENT_DATE.fullmatch(text, cue_end, start) is not None) or _dated_after(
        ctx, cue_end, start
    ):
        return True
    # the place of its signing between: "ký tại Viêng Chăn ngày 3/12/2025", "signed in Vientiane
    # on 3 December 2025"
    places = [n for n in ctx.within(ctx.named, cue_end, start) if ctx.index.kinds.get(n[2]) == "place"]
    if len(places) != 1:
        return False
    place_start, place_end, _rid = places[0]
    locative = _LOCATIVE_BEFORE.search(text, max(cue_end, place_start - 16), place_start)
    lead = locative.start() if locative is not None else place_start
    return (
        _DOCUMENT_DATE.fullmatch(text, cue_end, lead) is not None
        and _AFTER_PLACE.fullmatch(text, place_end, start) is not None
    )


def _dated_after(ctx: Context, cue_end: int, start: int) -> bool:
    """
    Whether a phrase of a document's own that names nothing stands between its name (ending at
    ``cue_end``) and a date at ``start``, then a comma and the words of its date ("the Joint
    Statement with his Lao counterpart, dated 3 December 2025").
    """
    text = ctx.text
    comma = text.rfind(",", cue_end, start)
    return (
        comma > cue_end
        and _DATED_AFTER_COMMA.fullmatch(text, comma, start) is not None
        and not any(c in text[cue_end:comma] for c in ".;:!?\n")
        and not ctx.within(ctx.named, cue_end, comma)
    )


def _year_of_document(ctx: Context, cue: _Cue, start: int, when: When) -> bool:
    """
    Whether a year at ``start`` is that of the document named right before it ("the Treaty of
    Amity and Cooperation of 1977", "Tuyên bố chung năm 2025"): the document's words, then the
    word files' ``dates.document_date_words`` at most.
    """
    return (
        when.precision is Precision.YEAR
        and cue[1] <= start <= cue[1] + 24
        and all(ctx.index.kinds.get(rid) == "document" for rid in cue[3])
        and _DOCUMENT_DATE.fullmatch(ctx.text, cue[1], start) is not None
    )


#: A comma and the words of a document's date right before it (``dates.document_date_words``, one
#: at least: ", dated ", ", ký ngày ").
_DATED_AFTER_COMMA: Final = re.compile(
    rf",[^\S\n]*+(?:{_alternation(merged('dates', 'document_date_words'))})[^\S\n]*+", re.IGNORECASE
)
#: How far after a document's name its date may stand, with the place of its signing between.
_DOCUMENT_DATE_GAP: Final = 64


def _names_its_year(
    ctx: Context, cue: tuple[int, int, frozenset[str], tuple[str, ...]], start: int, end: int
) -> bool:
    """
    Whether ``cue`` is the name of a year named for the relations ("Vietnam - Laos Solidarity
    Year") and the date at ``text[start:end]`` is its year: written right after it ("... in
    2026", "... vào năm 2027"), or before it and a copula ("2027 is the ... Solidarity Year",
    "Năm 2027 là Năm Đoàn kết ...", "ປີ 2027 ແມ່ນປີສາມັກຄີ ...").
    """
    if not ctx.index.named_years.intersection(cue[3]):
        return False
    if cue[1] <= start:
        return _AFTER_PLACE.fullmatch(ctx.text, cue[1], start) is not None
    return end <= cue[0] and _YEAR_IS.fullmatch(ctx.text, end, cue[0]) is not None


def _candidates(
    ctx: Context, kinds: frozenset[str], ids: tuple[str, ...], when: When, persons: set[str]
) -> list[Any]:
    """The dated records an event word or name may mean, near ``when`` and with the people named."""
    index = ctx.index
    key = (kinds, ids, when.earliest, when.latest)
    cached = ctx.caches.near.get(key)
    if cached is None:
        pool: list[Any] = []
        for rid in ids:
            record = index.records.get(rid)
            if isinstance(record, Event):
                pool.append(record)
            elif index.kinds.get(rid) == "mechanism":
                pool.extend(index.events_by_mechanism.get(rid, ()))
            elif isinstance(record, Document):
                pool.extend(
                    _DatedDocument(record, d) for d in (record.signed, record.period) if d is not None
                )
        for kind in sorted(kinds):  # in a fixed order: a set's order changes with the hash seed
            pool.extend(index.events_by_kind.get(kind, ()))
        near = [
            c
            for c in {id(c): c for c in pool}.values()
            if _gap(when, c.when) <= _EVENT_WINDOW or _slipped(when, c.when)
        ]
        described = not near and bool(ids) and not kinds
        if described:
            # a recorded event's title far from the date may describe another of its kind
            # ("Tổng Bí thư Tô Lâm hội đàm với ... Thongloun Sisoulith", the title of the talks
            # of January 2026, on 1 December 2025): the events of that kind near the date
            alike = sorted({c.kind.value for c in pool if isinstance(c, Event)})
            near = [
                c
                for k in alike
                for c in index.events_by_kind.get(k, ())
                if _gap(when, c.when) <= _EVENT_WINDOW
            ]
        cached = (near, described)
        if len(ctx.caches.near) < 10_000:
            ctx.caches.near[key] = cached
    near, described = cached
    if persons and (kinds or described):
        # an event with one of the people named; or one whose unnamed people (a country as a
        # participant: "meets other Vietnamese leaders") may be all the people named, on a day
        # it may have been held: any of that country's leaders may have met anyone on another
        # day, so such an event names no slip
        # (but not an event the people named only attended, with someone it did not have:
        # "Trần Thanh Mẫn và Xaysomphone Phomvihane hội đàm" are not the General Secretaries'
        # talks that Trần Thanh Mẫn attended)
        people, unnamed, country = index.people_of, index.unnamed_of, index.person_country
        principals = index.principals_of
        near = [
            c
            for c in near
            if not isinstance(c, Event)
            or (
                not persons.isdisjoint(people[c.id])
                and (persons <= people[c.id] or not persons.isdisjoint(principals[c.id]))
            )
            or (
                unnamed[c.id]
                and all(country.get(p) in unnamed[c.id] for p in persons)
                and _compatible(when, c.when)
            )
        ]
    return near


def _narrowed(
    ctx: Context,
    candidates: list[Any],
    *,
    cue: tuple[frozenset[str], tuple[str, ...]],
    when: When,
    numbered: list[Event],
    looked: dict[str, set[str]],
    sentence: tuple[int, int],
    persons: set[str],
    date_span: tuple[int, int],
) -> list[Any]:
    """
    What an event word's ``candidates`` may be, given the sentence: another party's congress
    is not the one meant ("the LPRP's 11th Congress" in January 2021); the meeting or congress
    a number names is, wherever the text places it (:func:`_by_number`); else an event
    elsewhere is not ("in Hanoi"), unless it is the one event the date names, named surely
    (:func:`_named_surely`).  Such an event said to be elsewhere is put in
    ``looked["misplaced"]``, for the place's contradiction.  The parties and places are
    looked up once a sentence (``looked``).  A congress the sentence numbers that the date (at
    ``date_span``) does not fit, with a person between them, leaves the date to no congress
    (:func:`_another_congress_numbered`).
    """
    s, e = sentence
    if (candidates or numbered) and "parties" not in looked:
        # not a party named in a clause about another subject ("..., while the LPRP held ...")
        lo, hi = ctx.scope.contrast_part(*date_span)
        part = ctx.within(ctx.named, max(s, lo), min(e, hi))
        looked["parties"] = {
            rid for _s, _e, rid in part if rid in ctx.index.congresses
        } | _parties_by_country(ctx, part)
        if any(  # "Đại hội XIV của Đảng ta": the writer's party too
            o.noun == "congress" and own_party_after(ctx.text, o.span[1]) for o in ctx.ordinals_in(s, e)
        ):
            own = ctx.writers_party(s, e)
            if own is not None:
                looked["parties"].add(own)
    parties = looked.get("parties")
    if parties:
        # (an event the word names by its own name is meant, whatever party the sentence names:
        # "... the LPRP ... met 6-8 January and the Vietnamese 14th National Party Congress 19-23 January")
        candidates = [c for c in candidates if _of_parties(c, parties) or c.id in cue[1]]
        if len(parties) > 1:
            # "a meeting between the CPV and the LPRP": the parties', not a session of a committee
            # the sentence does not name
            here = {rid for _a, _b, rid in ctx.within(ctx.named, s, e)}
            candidates = [
                c
                for c in candidates
                if not (isinstance(c, Event) and c.kind is EventKind.COMMITTEE_SESSION)
                or c.id in cue[1]
                or c.organization in here
            ]
    named = _by_number(numbered, cue, parties, when, candidates=candidates, cycle=ctx.index.congress_cycle)
    if named and not _compatible(when, named[0].when) and _dated_apart(ctx, named[0], sentence, date_span):
        # "the 48th meeting (3 December 2025) and the mechanism agreed on 5 February 2026": the
        # meeting the word and its number name has its own date in the sentence; this date is
        # another thing's, which the word does not name
        return []
    if not named and _another_congress_numbered(ctx, (numbered, parties), when, candidates, date_span):
        # "On 26 January 2026 To Lam recalled the 13th Congress": the congress the number names
        # is not the date's, and no congress is; the date is not another congress's misdated
        candidates = [c for c in candidates if not (isinstance(c, Event) and c.kind is EventKind.CONGRESS)]
    if (candidates or named) and "places" not in looked:
        kind_of = ctx.index.kinds
        looked["places"] = {rid for _s, _e, rid in ctx.within(ctx.named, s, e) if kind_of.get(rid) == "place"}
    places = looked.get("places")
    if named:
        # the places of this date, where the sentence has others ("... in Vientiane on 2 December
        # 2025, and the next day the 48th meeting ..., held in Hanoi on 3 December 2025")
        near = _places_near(ctx, sentence, date_span) if places else set()
        if near and not placed(ctx, named[0], near):
            looked.setdefault("misplaced", set()).add(named[0].id)
        return named
    if places:
        # the places nearest this date, where the sentence has others ("the 48th meeting held in
        # Hanoi on 3 December 2025, and the visit to Vientiane on 5 February 2026"); none, where
        # each is nearer another date
        places = _places_near(ctx, sentence, date_span)
    if places:
        strict = [c for c in candidates if placed(ctx, c, places, loose=False)]
        # a visit, or its event of no place of its own, may have gone to a place of its country,
        # unless another event of the day was held there ("met the Prime Minister, and laid
        # wreaths at the Unknown Martyrs Memorial": the wreath-laying's day)
        loose = [c for c in candidates if c not in strict and placed(ctx, c, places)]
        kept = strict + ([] if loose and _held_there(ctx, when, places) else loose)
        dated = [c for c in candidates if _compatible(when, c.when)]
        if (
            len(dated) == 1
            and not any(_compatible(when, c.when) for c in kept)
            and _named_surely(ctx, dated[0], cue, persons, (when, sentence))
        ):
            # the one event the date names, surely, took place elsewhere: the place is the slip
            looked.setdefault("misplaced", set()).add(dated[0].id)
            return dated
        if dated and kept and not any(_compatible(when, c.when) for c in kept):
            # the day is one event's and the place another's ("on 26 January ... held talks in
            # Vientiane": talks in Hanoi that day, in Vientiane on 5 February): either may be
            # the slip, and the text does not say which
            looked.setdefault("elsewhere", set()).update(c.id for c in dated)
            return []
        candidates = kept
    return candidates


def _held_there(ctx: Context, when: When, places: set[str]) -> bool:
    """Whether the record has an event of a day ``when`` allows held at one of ``places``."""
    return any(
        _compatible(when, event.when)
        and place_of(ctx, event) is not None
        and placed(ctx, event, places, loose=False)
        for events in ctx.index.events_by_kind.values()
        for event in events
    )


def _places_near(ctx: Context, sentence: tuple[int, int], date_span: tuple[int, int]) -> set[str]:
    """
    The places a sentence names nearer the date at ``date_span`` than any other of its dates
    (all of them, in a sentence of one date).
    """
    s, e = sentence
    kinds = ctx.index.kinds
    return {
        rid
        for ps, pe, rid in ctx.within(ctx.named, s, e)
        if kinds.get(rid) == "place" and nearest_date(ctx, (ps, pe), sentence) == date_span[0]
    }


def _named_surely(
    ctx: Context,
    event: Any,
    cue: tuple[frozenset[str], tuple[str, ...]],
    persons: set[str],
    dated: tuple[When, tuple[int, int]],
) -> bool:
    """
    Whether a sentence names ``event`` beyond its kind and day: by its own name (the cue's
    ids), or with two or more people (``persons``, the sentence's), all of them its own (two
    leaders are not at two talks in two cities on a day), or, on a day the date names (``dated``:
    the date and its sentence), with the event it was about, named or numbered in the sentence
    ("a briefing on the outcomes of the LPRP's 12th Congress" on 26 January; in January, the
    party may have briefed others elsewhere).  One
    person's meeting that day may be another, which the record does not hold ("Pham Minh
    Chinh chaired a government meeting" on the day of a party meeting he attended).
    """
    people = ctx.index.people_of.get(event.id, frozenset())
    if event.id in cue[1] or (len(persons) >= 2 and persons <= people):
        return True
    subject = getattr(event, "subject", None)
    when, (s, e) = dated
    if subject is None or when.precision is not Precision.DAY:
        return False
    return any(n.id == subject for n in _numbered(ctx, ctx.ordinals_in(s, e))) or any(
        rid == subject for _a, _b, rid in ctx.within(ctx.named, s, e)
    )


#: The kinds of recorded event a numbered meeting or congress may be.
_NUMBERED_KINDS: Final = {"meeting": MEETING_KINDS, "congress": ("congress",)}


def _numbered(ctx: Context, ordinals: list[OrdinalMention]) -> list[Event]:
    """The recorded meetings and congresses with the numbers of a sentence's ``ordinals`` of them."""
    out: list[Event] = []
    for ordinal in ordinals:
        for kind in _NUMBERED_KINDS.get(ordinal.noun, ()):
            out.extend(e for e in ctx.index.events_by_kind.get(kind, ()) if e.ordinal == ordinal.number)
    return out


def _by_number(
    numbered: list[Event],
    cue: tuple[frozenset[str], tuple[str, ...]],
    parties: set[str] | None,
    when: When,
    *,
    candidates: list[Any],
    cycle: int,
) -> list[Event]:
    """
    The one event of an event word's kinds or names (``cue``; and of the ``parties`` named)
    that the sentence's number names, when it is what the date is of: the date fits it, or fits none
    of the ``candidates`` either ("Đại hội VI ... vào tháng 12/1987": the 6th, misdated).
    When the date fits another candidate whose date has a first day, or is more than half a
    ``cycle`` (the days between two congresses) from a congress, the number may be the slip
    ("the 12th Congress ... in January 2021", the 11th's month): the ordinals judge says so,
    and nothing is returned.
    """
    kinds, ids = cue
    mine = [
        e
        for e in numbered
        if (e.kind.value in kinds or e.id in ids)
        and (not parties or e.kind is not EventKind.CONGRESS or e.organization in parties)
    ]
    if len(mine) != 1:
        return []
    if _compatible(when, mine[0].when):
        return mine
    # (a candidate dated only "not after" some day fits any day before it, and says nothing)
    if any(c.when.earliest is not None and _compatible(when, c.when) for c in candidates) or (
        mine[0].kind is EventKind.CONGRESS and _gap(when, mine[0].when) > cycle // 2
    ):
        return []  # another event of the day, or another congress misnumbered (the ordinals judge's)
    return mine


#: A party's word right before a country's name, or right after it (``dates.party_before_country``,
#: ``party_after_country``: "ພັກລາວ", "Đảng bạn Lào", "the Lao party"): the country's party.
_PARTY_BEFORE_COUNTRY: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'party_before_country') or ['(?!)']).pattern})\s*+$", re.IGNORECASE
)
_PARTY_AFTER_COUNTRY: Final = re.compile(
    rf"\s*+(?:{_any_word(merged('dates', 'party_after_country') or ['(?!)']).pattern})", re.IGNORECASE
)


def _parties_by_country(ctx: Context, named: Sequence[tuple[int, int, str]]) -> set[str]:
    """The parties named by a party's word and a country's name ("ກອງປະຊຸມໃຫຍ່ຂອງພັກລາວ": the LPRP)."""
    text, index = ctx.text, ctx.index
    return {
        party
        for ns, ne, rid in named
        if index.kinds.get(rid) == "country"
        and (party := index.party_of_country.get(rid)) is not None
        and (
            _PARTY_BEFORE_COUNTRY.search(text, max(0, ns - 16), ns) is not None
            or _PARTY_AFTER_COUNTRY.match(text, ne) is not None
        )
    }


def _dated_apart(ctx: Context, event: Any, sentence: tuple[int, int], date_span: tuple[int, int]) -> bool:
    """
    Whether another date of the sentence than the one at ``date_span`` fits ``event``, given in
    brackets, as a name's own date is ("the 48th meeting (3 December 2025)"), or right after a
    numbered event's words that follow the date ("... on 3 August 2024 and was re-elected at the
    14th Congress in January 2026"; not "held its 12th Congress from 6 to 8 January 2026 and
    re-elected him on 10 January", the congress's).  Two dates said in
    words of one event ("opened on January 19 and closed on January 25") are both its.
    """
    s, e = sentence
    # (or right after a numbered event's words after the date: "succeeded him on 3 August 2024
    # and was re-elected at the 14th Congress in January 2026")
    ends = [
        o.span[1] for o in ctx.ordinals_in(s, e) if o.noun in _NUMBERED_KINDS and date_span[1] <= o.span[0]
    ]
    i = bisect.bisect_left(ctx.date_starts, s)
    while i < len(ctx.dates) and ctx.date_starts[i] < e:
        mention = ctx.dates[i]
        if (
            mention.span != date_span
            and mention.when is not None
            and _compatible(mention.when, event.when)
            and (
                bracketed(ctx.text, mention.span)
                or any(0 <= mention.span[0] - end <= _RIGHT_AFTER_EVENT for end in ends)
            )
        ):
            return True
        i += 1
    return False


#: The most characters between a numbered event's words and a date right after them, its own.
_RIGHT_AFTER_EVENT: Final = 8


def _another_congress_numbered(
    ctx: Context,
    numbers: tuple[list[Event], set[str] | None],
    when: When,
    candidates: list[Any],
    dated: tuple[int, int],
) -> bool:
    """
    Whether the sentence numbers a congress (of its parties, if it names any; ``numbers``: the
    events its numbers name, and the parties) that the date at ``dated`` does not fit, with a
    person named between them, and no congress among the ``candidates`` fits it either: the date
    is of what the person did ("On 26 January 2026 To Lam recalled the 13th Congress").  With
    no person between, the date may be another congress's, misdated ("the 11th Congress of his
    party, which re-elected him on January 9").
    """
    numbered, parties = numbers
    numbers_of = {
        e.ordinal
        for e in numbered
        if e.kind is EventKind.CONGRESS and (not parties or e.organization in parties)
    }
    if not numbers_of or any(
        _compatible(when, c.when)
        for c in (*numbered, *candidates)
        if isinstance(c, Event) and c.kind is EventKind.CONGRESS
    ):
        return False
    return any(
        o.noun == "congress" and o.number in numbers_of and ctx.person_between(dated, o.span)
        for o in ctx.ordinals_in(*ctx.sentence(*dated))
    )


def _of_parties(candidate: Any, parties: set[str]) -> bool:
    """
    Whether a record may be what a sentence that names ``parties`` dates: a congress only if
    it is one of theirs ("the 11th Congress of the LPRP" is not the CPV's 13th of the same
    month), any other record.  The congress's number is the ordinals judge's to compare.
    """
    if not isinstance(candidate, Event) or candidate.kind is not EventKind.CONGRESS:
        return True
    return not candidate.organization or candidate.organization in parties


class _DatedDocument:
    """A document's signing or period as something a date may be compared with."""

    __slots__ = ("date_evidence", "evidence", "id", "place", "title", "when")

    def __init__(self, document: Document, when: When) -> None:
        self.id = document.id
        self.title = document.name.preferred("en")
        self.when = when
        self.evidence = document.evidence
        self.date_evidence = document.evidence
        #: where it was signed, for its signing's date (a period has no place)
        self.place = document.place if when == document.signed else None

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _DatedDocument) and (self.id, self.when) == (other.id, other.when)

    def __hash__(self) -> int:
        return hash((self.id, self.when))


def _compatible(stated: When, recorded: When) -> bool:
    """
    Whether a stated date may mean a recorded one.

    A day or range inside the recorded bounds may ("on December 1" for a visit
    of December 1 to 2); so may a month or a year that holds the recorded date
    ("in December 2025") or a part of it ("in January 2021" for a congress of January 25
    to February 1); a range that reaches beyond the recorded one may not.
    """
    if stated.within(recorded):
        return True
    if stated.precision in (Precision.MONTH, Precision.YEAR) and stated.overlaps(recorded):
        return True  # "the congress held in January 2021": it met from January 25 to February 1
    return recorded.within(stated) and stated.precision is Precision.BOUNDS


def _slipped(stated: When, recorded: When) -> bool:
    """
    Whether stated days are recorded ones with the month slipped by one or two ("10-13/10/2024"
    for a visit of 10-13 September 2024, "11 June" for the first day of a visit of 11-12 July)
    or the day and month swapped ("7/11" for 11 July), in the same year; or days of two or more
    that are the recorded ones to the day, in a year one or two off ("11-12 July 2023" for a
    visit of 11-12 July 2024: no two visits fall on the same days of two years): a slip of the
    event meant, however far from it in time.  One day in another year may be its anniversary.

    >>> from datetime import date
    >>> visit = When.between(date(2024, 9, 10), date(2024, 9, 13))
    >>> _slipped(When.between(date(2024, 10, 10), date(2024, 10, 13)), visit)
    True
    >>> _slipped(When.on(date(2024, 11, 7)), When.on(date(2024, 7, 11)))
    True
    >>> _slipped(When.on(date(2024, 8, 12)), visit)
    True
    >>> _slipped(When.between(date(2024, 12, 10), date(2024, 12, 13)), visit)
    False
    >>> _slipped(When.between(date(2025, 9, 10), date(2025, 9, 13)), visit)
    True
    >>> _slipped(When.between(date(2025, 9, 10), date(2025, 9, 12)), visit)
    False
    """
    a, b, c, d = stated.earliest, stated.latest, recorded.earliest, recorded.latest
    if a is None or b is None or c is None or d is None or not stated.is_exact:
        return False
    if a.year != c.year:
        return (
            a != b
            and b.year == a.year
            and d.year == c.year
            and 0 < abs(a.year - c.year) <= 2
            and (a.month, a.day, b.month, b.day) == (c.month, c.day, d.month, d.day)
        )
    # the stated days a month or two off: within the recorded ones? (only a shift that brings the
    # first stated month to a recorded one may)
    for months in {c.month - a.month, d.month - a.month} & {-2, -1, 1, 2}:
        if 1 <= a.month + months <= 12 and 1 <= b.month + months <= 12:
            try:
                moved = (a.replace(month=a.month + months), b.replace(month=b.month + months))
            except ValueError:  # no such day in that month
                continue
            if c <= moved[0] <= moved[1] <= d:
                return True
    return a == b and c == d and (a.day, a.month) == (c.month, c.day) and a != c


def _length_gap(stated: When, recorded: When) -> int:
    """How different two dates' lengths are, in days (open bounds count as long)."""

    def days(when: When) -> int:
        if when.earliest is None or when.latest is None:
            return 10**6
        return (when.latest - when.earliest).days

    return abs(days(stated) - days(recorded))


def _gap(stated: When, recorded: When) -> int:
    """Days between two dates' bounds (0 when they overlap); open bounds count as far."""
    if stated.overlaps(recorded):
        return 0
    if stated.latest is not None and recorded.earliest is not None and stated.latest < recorded.earliest:
        return (recorded.earliest - stated.latest).days
    if recorded.latest is not None and stated.earliest is not None and recorded.latest < stated.earliest:
        return (stated.earliest - recorded.latest).days
    return 10**6


def _same_year(stated: When, recorded: When) -> bool:
    """Whether a stated year ("by 2045", "early 2026") is a target's: the same year, the same part of it."""

    def year(when: When) -> int | None:
        if when.precision is Precision.BOUNDS:
            return when.latest.year if when.latest is not None else None
        return when.year

    if year(stated) != year(recorded) or year(stated) is None:
        return False
    return stated.qualifier is None or recorded.qualifier is None or stated.qualifier == recorded.qualifier
