# SPDX-License-Identifier: MIT
"""
Since when a person holds an office: a date said to start a tenure, right after a person's title
and name ("Prime Minister Sonexay Siphandone, in office since 2021"; "Chủ tịch nước Lương Cường,
người được bầu vào chức vụ này từ tháng 10/2023"; "ທ່ານ ທອງລຸນ ສີສຸລິດ ເລຂາທິການໃຫຍ່ ນັບແຕ່ປີ
2016"), is compared with the starts of the person's terms in that office.  The dates judge asks
(:func:`of_tenure`) before it looks for an event.

A date starts a tenure when it is "since" a year (``When`` bounds with no end: "since 2021",
"từ năm 2016", "ຕັ້ງແຕ່ປີ 2016"), or a month or day with a word of ``dates.since_words`` right
before it ("từ tháng 10/2023"); it belongs to the title when it stands in the title's sentence
within a few words of it, with no other person, date or event word between.  It is right when
it names the year (and month, when it names one) a term of the office began.

A date right after a title a person is said to have taken on ("Luong Cuong became State
President in October 2024", "được bầu làm Chủ tịch nước vào tháng 10/2024"; the word files'
``titles.became``) is the start of a term in that office too.

The record may not hold a person's every term: a start said before the first it has ("Deputy
Prime Minister since 2016" of one whose record begins in 2021) is a slip only when others held
the office all that time, in an office of one holder at a time (``Term.one_holder``).  Else the
judge leaves the date to the other judges.  After a title taken on, a start after the first the
record has may be a later term it does not hold ("was re-elected President in 2026"), and is
left to them too.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.drafts import _Proto
from vnla.checker.gatherings import LEAD, gathering_after, gathering_before
from vnla.checker.holders import held_by_others
from vnla.checker.judges.titles import _role_words
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _HONORIFICS_ONLY, _LIFE_PRONOUNS, _NOT_THE_ROLE, _TIMELINE_DASH, _any_word
from vnla.lang.words import merged
from vnla.model.records import Event, Person, Precision
from vnla.render.messages import Day, Message, Named, Period, joined

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.drafts import _Match
    from vnla.checker.gatherings import Gathering
    from vnla.checker.mentions import TitleMention
    from vnla.model.records import Office, When

__all__ = ["of_tenure", "told_election"]

#: A word that makes a month or day the start of something ("từ", "since", "ນັບແຕ່").
_SINCE: Final = re.compile(rf"(?:{_any_word(merged('dates', 'since_words')).pattern})\s*$", re.IGNORECASE)
#: The most characters between the end of a title and its name and the date of the tenure.
_REACH: Final = 90
#: Words that say a person took on the title after them ("became", "được bầu làm", "ກາຍເປັນ").
_BECAME: Final = _any_word(merged("titles", "became"))
#: Those words right after a name (spaces between at most).
_BECAME_RIGHT_AFTER: Final = re.compile(rf"\s*+(?:{_BECAME.pattern})", re.IGNORECASE)
#: Between those words and the title: two words at most ("became the State President").
_BEFORE_TITLE: Final = re.compile(r"\s*+(?:[^\W\d][\w'’]*+\s++){0,2}")
#: A title's connector right before it ("... was elected General Secretary in January 2021 and
#: State President in March 2021"; the word files' ``titles.connectors``): the title is taken on
#: by the words before the first.
_AND_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'connectors')).pattern})\s*+$", re.IGNORECASE
)
#: The most characters back from such a joined title to the words that say it was taken on.
_JOINED_REACH: Final = 160
#: The most characters between such a title and the date it began.
_TITLE_TO_DATE: Final = 12
#: The most characters between such a title and the date it began with the title's body between.
_BODY_TO_DATE: Final = 90
#: Between a title and its body's name: the word files' ``titles.qualifiers`` ("ຄະນະບໍລິຫານງານສູນກາງ",
#: Central Committee) and ``titles.of`` ("of the", "của", "ຂອງ"), or nothing ("Tổng Bí thư Ban
#: Chấp hành Trung ương Đảng ...").
_OF_BODY: Final = re.compile(
    rf"\s*+(?:(?:{_any_word(merged('titles', 'qualifiers')).pattern})\s*+)?"
    rf"(?:(?:{_any_word(merged('titles', 'of')).pattern})\s*+)?",
    re.IGNORECASE,
)
#: Between the title and the date it began: spaces, a comma and a short word ("in", "vào", "ໃນ").
_DATE_AFTER: Final = re.compile(r"[\s,]*+(?:\w{1,4}[\s,]*+)?")
#: Words that make the term taken on the first (``titles.first_time``: "for the first time", "lần
#: đầu"), between the title and the date, and the same with the words of :data:`_DATE_AFTER`.
_FIRST_TIME: Final = _any_word(merged("titles", "first_time") or ["(?!)"])
_FIRST_TIME_THEN_DATE: Final = re.compile(
    rf"[\s,]*+(?:{_FIRST_TIME.pattern}){_DATE_AFTER.pattern}", re.IGNORECASE
)
#: Those words and a short word at most right before a date (searched for: no spaces first).
_FIRST_TIME_BEFORE: Final = re.compile(rf"(?:{_FIRST_TIME.pattern}){_DATE_AFTER.pattern}\Z", re.IGNORECASE)
#: Between a person's name and those words: spaces or a comma, or an apposition set off by
#: commas ("Thongloun Sisoulith, Prime Minister from April 2016, was elected ...").
_NAME_THEN: Final = re.compile(r"[\s,]*+|,[^,.;:()\n]{1,60},\s*+")
#: Between a person's name and the words of a title taken on, the next clause's pronoun for the
#: person (the word files' ``dates.life_pronouns``: "he", "ông", "ທ່ານ") after a semicolon.
_PRONOUN_THEN: Final = re.compile(rf"[^\S\n]*+;\s*+(?:{_LIFE_PRONOUNS.pattern})\s++", re.IGNORECASE)
#: Words that say the person titled and named before them took office (``titles.took_office``:
#: "who took office", "người nhậm chức"), right before a date: a short word at most between.
_TOOK_OFFICE: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'took_office') or ['(?!)']).pattern}){_DATE_AFTER.pattern}$",
    re.IGNORECASE,
)


#: The most characters a gathering's words and the lead words before it take between a title (or
#: words of a re-election) and the date after them.
_GATHERING_REACH: Final = 160
#: Words that say the person titled and named before them was elected to that office again
#: (``titles.reelected``: "was re-elected", "được bầu lại"), right before a date: a short word
#: at most between.
_REELECTED: Final = re.compile(
    rf"(?:{_any_word(merged('titles', 'reelected') or ['(?!)']).pattern}){_DATE_AFTER.pattern}$",
    re.IGNORECASE,
)
#: Those words alone.
_REELECTED_WORDS: Final = re.compile(
    _any_word(merged("titles", "reelected") or ["(?!)"]).pattern, re.IGNORECASE
)
#: After such a date in its clause, words that give another office ("... re-elected on 15 March
#: as a deputy"): the date is not the titled office's.
_CAPACITY: Final = _any_word(merged("titles", "capacity") or ["(?!)"])


def of_tenure(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    The verdict on a date said to start a person's tenure of the office titled before it ("in
    office since 2021"), or right after a title the person is said to have taken on ("became
    State President in October 2024"), else ``None``.
    """
    said_of = _said_of(ctx, (start, end), when) or _entry_took_on(ctx, end, when)
    if said_of is None:
        return None
    pid, role, first, became = said_of
    person = ctx.index.records.get(pid)
    offices = [o for o in person.offices if o.role == role] if isinstance(person, Person) else []
    began = sorted({t.start.earliest for o in offices for t in o.terms if t.start and t.start.earliest})
    if not began or not isinstance(person, Person):
        return None
    first_only = _FIRST_TIME_BEFORE.search(ctx.text, max(0, start - 40), start) is not None
    if first_only:
        # "elected ... for the first time in": the first term's start only, and a later one is
        # surely wrong, as the record has an earlier term
        began, became = began[:1], False
    month = when.precision in (Precision.DAY, Precision.MONTH, Precision.RANGE)
    met = [day for day in began if _meets(first, day, month=month)]
    # the days the record knows a term began on, to the day
    days = {
        t.start.earliest for o in offices for t in o.terms if t.start and t.start.precision is Precision.DAY
    }
    if met and (when.precision is not Precision.DAY or first in met or not days.issuperset(met)):
        return _Proto(start, end, "date", Verdict.OK, "dates.tenure", record=person.id)
    if met:
        # the month a term began, another day: a slip, unless the text's is the day after (a
        # swearing-in after the election); the day before is no term's ("re-elected General
        # Secretary on 7 January", elected on the 8th)
        if any((first - day).days == 1 for day in met):
            return None
    elif not _wrong_start(ctx, (person.id, role, offices), (began, first), when, became=became):
        # a term the record may lack (a re-election, or one before the terms it has): the date is
        # the tenure's all the same, not another event's of its sentence
        return _Proto(
            start, end, "date", Verdict.UNKNOWN, "dates.tenure", record=person.id,
            message=Message(
                "the record has {name}'s terms as {title} begin on {starts}; a term it does not hold "
                "may have begun on the text's date",
                **_terms(ctx, person, role, began),
            ),
        )  # fmt: skip
    args = {**_terms(ctx, person, role, began), "said": Period(when) if month else first.year}
    if met:
        message = Message(
            "the record has {name}'s terms as {title} begin on {starts}; the text says the term began on "
            "{said}",
            **args,
        )
    elif became and _just_begun(offices, first, when.latest or first):
        message = Message(
            "the record has {name}'s terms as {title} begin on {starts}: a term begun months before "
            "still ran on {said}, when the text says the term began",
            **args,
        )
    elif became:
        message = Message(
            "the record has {name}'s terms as {title} begin on {starts}, and others in the office in "
            "{said}, when the text says the term began",
            **args,
        )
    elif first_only:
        message = Message(
            "the record has {name}'s first term as {title} begin on {starts}; the text says the first "
            "began {said}",
            **args,
        )
    else:
        message = Message(
            "the record has {name}'s terms as {title} begin on {starts}; the text says since {said}", **args
        )
    return _Proto(
        start,
        end,
        "date",
        Verdict.CONTRADICTION,
        "dates.tenure",
        record=person.id,
        message=message,
        evidence=offices[-1].evidence[:2],
    )


#: After a date, what sets it off from its sentence's news: a comma, a semicolon, a bracket or a
#: dash ("Luong Cuong, elected in October 2024, met him").
_SET_OFF: Final = re.compile(r"[^\S\n]*+[,;()–—]")


def told_election(ctx: Context, start: int, end: int, when: When) -> bool:
    """
    Whether a tenure's date at ``text[start:end]`` is the day of an election its sentence tells,
    which dates the sentence's other claims too: at a gathering named with it ("elected General
    Secretary at the 11th Congress in January 2021"), or after a title taken on, the date not
    set off after it ("Thongloun Sisoulith, Prime Minister, was elected General Secretary in
    January 2021."); not a start said with "since", nor one set off ("President Luong Cuong,
    elected in October 2024, met him"), nor one of "who took office in".
    """
    if gathering_before(ctx, start) is not None or gathering_after(ctx, end) is not None:
        return True
    if _SET_OFF.match(ctx.text, end) is not None or _took_office(ctx, start) is not None:
        return False
    said = _said_of(ctx, (start, end), when)
    return said is not None and said[3]


def _terms(ctx: Context, person: Person, role: str, began: list[date]) -> dict[str, Any]:
    """A message's words for a person's terms in an office: the name, the title, the starts."""
    return {
        "name": Named(person.id, person.name.preferred("en")),
        "title": _role_words(ctx, role),
        "starts": joined(", ", [Day(day, iso=True) for day in began]),
    }


def _wrong_start(
    ctx: Context,
    held: tuple[str, str, list[Office]],
    days: tuple[list[date], date],
    when: When,
    *,
    became: bool,
) -> bool:
    """
    Whether a start said in another month (or year) than any term's of ``held`` (the person, the
    role and their offices of it) is surely wrong: before every start the record has, when others
    held the office all that time; after the first, not of a title taken on ("re-elected" may
    start a later term the record does not hold).  ``days``: the terms' starts, in order, and the
    first day of the start said.
    """
    pid, role, offices = held
    began, first = days
    month = when.precision in (Precision.DAY, Precision.MONTH, Precision.RANGE)
    said = (first.year, first.month if month else 0)
    earliest = (began[0].year, began[0].month if month else 0)
    if became and said > earliest:
        # a later term the record may lack, unless a term it has had begun only months before and
        # still ran ("elected State President on 21 November 2024", a month after his election)
        return _just_begun(offices, first, when.latest or first)
    if said >= earliest:
        return True
    last = when.latest if month and when.latest is not None else date(first.year, 12, 31)
    return any(
        held_by_others(ctx.index.holders.get((role, body), []), pid, first, last)
        for body in {o.organization for o in offices}
    )


#: How long after a term began no new term of the office begins (unless the record ends it before).
_NEW_TERM_GAP: Final = 183


def _just_begun(offices: list[Office], first: date, last: date) -> bool:
    """
    Whether a term of ``offices`` began less than half a year before the days ``first`` to
    ``last`` (all of them) and had not ended by then: no new term began then ("re-elected"
    months later is a slip; "in 2023" after a start on 30 December 2022 may be a year on).
    """
    for office in offices:
        for term in office.all_terms:
            begun = term.start.earliest if term.start is not None else None
            ended = term.end.earliest if term.end is not None else None
            if (
                begun is not None
                and begun < first
                and (last - begun).days <= _NEW_TERM_GAP
                and (ended is None or ended >= first)
            ):
                return True
    return False


def _entry_took_on(ctx: Context, end: int, when: When) -> tuple[str, str, date, bool] | None:
    """
    Whose term in which office a timeline's date at the head of its entry starts: the date, a
    dash or a colon, a person's name, the words of ``titles.became`` and a title of one office
    ("Aug 13, 2024 – To Lam is elected General Secretary", "3/8/2024: Tô Lâm được bầu làm Tổng
    Bí thư").
    """
    text = ctx.text
    dash = _TIMELINE_DASH.match(text, end)
    if dash is None or when.earliest is None or when.precision is Precision.BOUNDS:
        return None
    persons = ctx.within(ctx.persons, dash.end(), dash.end() + _REACH)
    if not persons or not _HONORIFICS_ONLY.fullmatch(text, dash.end(), persons[0][0]):
        return None
    _ps, pe, pid = persons[0]
    became = _BECAME_RIGHT_AFTER.match(text, pe)
    if became is None:
        return None
    i = bisect.bisect_left(ctx.roles, became.end(), key=_start_of)
    m = ctx.roles[i] if i < len(ctx.roles) else None
    if (
        m is None
        or not (m.pat.role and m.pat.role[0])
        or _BEFORE_TITLE.fullmatch(text, became.end(), m.start) is None
        or _NOT_THE_ROLE.search(text, max(became.end(), m.start - 24), m.start) is not None
    ):
        return None
    return pid, m.pat.role[0], when.earliest, True


def _said_of(ctx: Context, span: tuple[int, int], when: When) -> tuple[str, str, date, bool] | None:
    """
    Whose start of a term in which office a date at ``span`` says, and its first day: after a
    title and name ("since 2021"), or after a title taken on (then ``True``: "became ... in",
    "was re-elected on").
    """
    start, end = span
    first = _start_said(ctx, start, when)
    titled = None if first is None else _title_before(ctx, start)
    if first is not None and titled is not None:
        role = _one_role(titled)
        # several offices in one chain: which one the date starts is not said
        return None if role is None else (titled.person, role, first, False)
    taken = _took_on(ctx, start) or _took_office(ctx, start) or _reelected(ctx, start, end)
    if taken is None or when.earliest is None or when.precision is Precision.BOUNDS:
        return None
    return taken[0], taken[1], when.earliest, True


def _start_said(ctx: Context, start: int, when: When) -> date | None:
    """The first day of a date said to start something ("since 2021", "từ tháng 10/2023"), else ``None``."""
    if when.earliest is None:
        return None
    if when.precision is Precision.BOUNDS:
        return when.earliest if when.latest is None else None
    if when.precision in (Precision.MONTH, Precision.DAY) and _SINCE.search(
        ctx.text, max(0, start - 16), start
    ):
        return when.earliest
    return None


def _took_on(ctx: Context, start: int) -> tuple[str, str] | None:
    """
    The person and the role of "PERSON became TITLE" right before a date at ``start`` ("Luong
    Cuong became State President in October 2024", "Lương Cường được bầu làm Chủ tịch nước vào
    tháng 10/2024"): a role word of one office (no deputy's), a date at most a short word after
    it, the words of ``titles.became`` a few words before it, and a person's name right before.
    """
    text = ctx.text
    m = _role_right_before(ctx, start)
    if m is None:
        return None  # most dates: no title of one office right before them
    role = m.pat.role[0] if m.pat.role else ""
    s, _e = ctx.sentence(start, start + 1)
    if m.start < s or _NOT_THE_ROLE.search(text, max(s, m.start - 24), m.start) is not None:
        return None
    joined = _AND_BEFORE.search(text, max(s, m.start - 8), m.start) is not None
    became = None
    for found in _BECAME.finditer(text, max(s, m.start - (_JOINED_REACH if joined else 40)), m.start):
        became = found
    if became is None:
        return None
    if _BEFORE_TITLE.fullmatch(text, became.end(), m.start) is None and (
        # "... was elected General Secretary ... in January 2021 and State President in March
        # 2021": a title joined to the one taken on, with no other person between
        not joined or ctx.within(ctx.persons, became.end(), m.start)
    ):
        return None
    persons = ctx.within(ctx.persons, s, became.start())
    if not persons or not (
        _NAME_THEN.fullmatch(text, persons[-1][1], became.start())
        # the name, then a semicolon and a pronoun for it ("... là ông Thongloun Sisoulith; ông
        # được bầu làm Tổng Bí thư ...")
        or _PRONOUN_THEN.fullmatch(text, persons[-1][1], became.start())
    ):
        return None
    return persons[-1][2], role


def _took_office(ctx: Context, start: int) -> tuple[str, str] | None:
    """
    The person and the role of "TITLE PERSON, who took office" right before a date at ``start``
    ("Lao Prime Minister Sonexay Siphandone, who took office in 2022", "Thủ tướng Lào Sonexay
    Siphandone, người nhậm chức năm 2022"): the words of ``titles.took_office``, a short word at
    most between them and the date, and a chain of one office's titles with its person before them.
    """
    found = _TOOK_OFFICE.search(ctx.text, max(0, start - 40), start)
    if found is None:
        return None  # most dates: no such words before them
    titled = _title_before(ctx, found.start())
    role = None if titled is None else _one_role(titled)
    return None if titled is None or role is None else (titled.person, role)


def _reelected(ctx: Context, start: int, end: int) -> tuple[str, str] | None:
    """
    The person and the role of "TITLE PERSON was re-elected" right before a date at
    ``text[start:end]`` ("General Secretary To Lam was re-elected on 23 January 2026", "Tổng Bí
    thư Tô Lâm được bầu lại ngày 23/1"): the words of ``titles.reelected``, a short word at most
    between them and the date (or a gathering: "was re-elected at the 14th Congress on"), right
    after a chain of one office's titles and its person; not when the date's clause goes on to
    another office ("... on 15 March as a deputy").  With no title, a recorded gathering before
    or after the date gives the role: the one office whose term began at it, of the one person
    the sentence names before ("To Lam ... after being re-elected on 21 January at the 14th
    National Congress").
    """
    text = ctx.text
    found = _REELECTED.search(text, max(0, start - 48), start)
    gathering = None
    if found is None:
        # a gathering between the words and the date, looked for only where the words are near
        lo = max(0, start - _GATHERING_REACH - 60)
        gathering = gathering_before(ctx, start) if _REELECTED_WORDS.search(text, lo, start) else None
        found = _reelected_words_before(text, gathering[0]) if gathering is not None else None
    if found is None:
        return None  # most dates: no such words before them
    titled = _title_before(ctx, found.start())
    role = None if titled is None else _one_role(titled)
    if titled is not None and role is not None and _NAME_THEN.fullmatch(text, titled.span[1], found.start()):
        held: tuple[str, str] | None = (titled.person, role)
    else:
        held = _held_from(ctx, found.start(), gathering or gathering_after(ctx, end))
    if held is None:
        return None
    _before, after = ctx.sentences.clause(start, end)
    _s, e = ctx.sentence(start, end)
    rest = (end, min(after, e))
    if any(rest[0] <= m.start < rest[1] for m in ctx.roles) or _CAPACITY.search(text, *rest):
        return None
    return held


def _reelected_words_before(text: str, at: int) -> re.Match[str] | None:
    """The words of ``titles.reelected`` right before a gathering at ``at``, two short words between."""
    found = None
    for words in _REELECTED_WORDS.finditer(text, max(0, at - 60), at):
        if LEAD.fullmatch(text, words.end(), at) is not None:
            found = words
    return found


def _held_from(ctx: Context, at: int, gathering: Gathering | None) -> tuple[str, str] | None:
    """
    The one person the sentence names before ``at`` and the one office of theirs whose term
    began at the recorded event ``gathering`` names, if so.
    """
    if gathering is None or gathering[2] is None:
        return None
    event = ctx.index.records.get(gathering[2])
    s, _e = ctx.sentence(at, at + 1)
    pids = {pid for _a, _b, pid in ctx.within(ctx.persons, s, at)}
    person = ctx.index.records.get(pids.pop()) if len(pids) == 1 else None
    if not isinstance(event, Event) or not isinstance(person, Person):
        return None
    first, last = event.when.earliest, event.when.latest or event.when.earliest
    if first is None or last is None:
        return None
    roles = {
        office.role
        for office in person.offices
        for term in office.terms
        if term.start is not None and term.start.earliest is not None and first <= term.start.earliest <= last
    }
    return (person.id, roles.pop()) if len(roles) == 1 else None


def _one_role(titled: TitleMention) -> str | None:
    """The one office a chain of titles names, or ``None`` for several."""
    roles = {role for _s, _c, role in titled.titles if role}
    return roles.pop() if len(roles) == 1 else None


def _role_right_before(ctx: Context, start: int) -> _Match | None:
    """
    The role word of one office that ends at most a short word before ``start``, if any, or
    whose body named after it does ("General Secretary of the Communist Party of Vietnam on"),
    or a gathering named between them ("re-elected General Secretary at its 12th National
    Congress on 6 January 2026": the election's), looked for only where a role word is near.
    """
    found = _role_ending(ctx, start, _DATE_AFTER)
    if found is not None:
        return found
    i = bisect.bisect_left(ctx.roles, start, key=_start_of) - 1
    if i < 0 or start - ctx.roles[i].end > _BODY_TO_DATE + _GATHERING_REACH:
        return None  # most dates: no role word near enough for a gathering between
    gathering = gathering_before(ctx, start)
    return None if gathering is None else _role_ending(ctx, gathering[0], LEAD)


def _role_ending(ctx: Context, start: int, between: re.Pattern[str]) -> _Match | None:
    """The role word (or its body's name) that ends right before ``start``, ``between`` them."""
    i = bisect.bisect_left(ctx.roles, start, key=_start_of) - 1
    m = ctx.roles[i] if i >= 0 else None
    if m is None or not (m.pat.role and m.pat.role[0]) or not 0 <= start - m.end <= _BODY_TO_DATE:
        return None
    end = m.end
    if start - end > _TITLE_TO_DATE and not _FIRST_TIME_THEN_DATE.fullmatch(ctx.text, end, start):
        of = _OF_BODY.match(ctx.text, end, start)  # matches anywhere: its parts are optional
        at = of.end() if of is not None else end
        bodies = ctx.within(ctx.named, at, start)
        if not bodies or bodies[0][0] != at or ctx.index.kinds.get(bodies[0][2]) != "organization":
            return None
        end = bodies[0][1]
    return (
        m
        if between.fullmatch(ctx.text, end, start) or _FIRST_TIME_THEN_DATE.fullmatch(ctx.text, end, start)
        else None
    )


def _start_of(m: _Match) -> int:
    return m.start


def _title_before(ctx: Context, start: int) -> TitleMention | None:
    """
    The chain of titles and its person that a date at ``start`` follows closely in its sentence,
    with no other person, date, event word or title between them.
    """
    titles = ctx.titles
    # a chain may end right where the date starts (unspaced Lao: "...ພັກປະຊາຊົນປະຕິວັດລາວນັບແຕ່ປີ 2016")
    i = bisect.bisect_right(titles, start, key=lambda m: m.span[1]) - 1
    if i < 0:
        return None
    titled = titles[i]
    gap = titled.span[1]
    s, _e = ctx.sentence(start, start + 1)
    if gap < s or start - gap > _REACH:
        return None
    if any(a >= gap for a, _b, _p in ctx.within(ctx.persons, gap, start)):
        return None
    # (nor another office named between with no name: "... as General Secretary; he remains
    # President of the Lao PDR, an office he has held since March 2021": the date is that office's)
    i = bisect.bisect_left(ctx.roles, gap, key=_start_of)
    if (
        ctx.within(ctx.cues, gap, start)
        or any(gap <= d.span[0] < start for d in ctx.dates)
        or (i < len(ctx.roles) and ctx.roles[i].start < start)
    ):
        return None
    # a title in quotation marks is words quoted, not the office of the clause the date is in
    # ('đã sửa thành "Tổng Bí thư Tô Lâm", vì từ ngày 21/10/2024 Chủ tịch nước là ...')
    if any(mark in ctx.text[gap:start] for mark in _CLOSING_QUOTES):
        return None
    return titled


#: Marks that close a quotation.
_CLOSING_QUOTES: Final = ('"', "”", "»", "’")


def _meets(said: date, began: date, *, month: bool) -> bool:
    """Whether a start said (its year, and its month when ``month``) is a term's start."""
    return said.year == began.year and (not month or said.month == began.month)
