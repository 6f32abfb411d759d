# SPDX-License-Identifier: MIT
"""
The titles judge: each title of a chain against the offices the person held on the day its
sentence states (or the publication day), and a title before a name no record has.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.canonical import _office_title
from vnla.checker.captions import caption_date, heading_date
from vnla.checker.context import _CACHE_SIZE
from vnla.checker.drafts import _Proto
from vnla.checker.founding_dates import _RELATIVE
from vnla.checker.holders import held_by_others
from vnla.checker.mentions import TitleMention, UnknownPersonMention
from vnla.checker.report import Verdict
from vnla.checker.sentences import semicolon_part
from vnla.checker.vocabulary import _AT_THE_TIME, _FORMER, _NOT_THE_ROLE, _YEAR, _any_word, looks_back
from vnla.lang.dates import format_when
from vnla.lang.words import merged
from vnla.model.records import Evidence, Office, OfficeTerm, Person, Sighting, When
from vnla.render.messages import Day, English, Localized, Message, Named, Period, Quoted, joined
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Sequence

    from vnla.checker.context import Context

__all__ = ["judge", "modified_role", "modifier_prefix"]


def judge(ctx: Context, mention: TitleMention | UnknownPersonMention, out: list[_Proto]) -> None:
    """Judge a chain of titles against a person's offices; a title before an unknown name is unknown."""
    if isinstance(mention, UnknownPersonMention):
        start, end = mention.span
        name = ctx.text[start:end]
        said_in = ctx.lang_at(start, end)
        out.append(
            _Proto(
                start,
                end,
                "person",
                Verdict.UNKNOWN,
                "names.unknown-person",
                value=mention.title,
                message=Message(
                    "{name}, called {title}, is not in the record",
                    name=Quoted(name, said_in),
                    title=Quoted(mention.title, said_in),
                ),
            )
        )
        return
    first, end = mention.span
    text = ctx.text
    day, guessed = _set_off_after(ctx, end) or ctx.sentence_day(first, end)
    titles: list[tuple[str, str | None, bool]] = []
    befores = ctx.caches.befores
    for start, country, role in reversed(mention.titles):
        before = text[max(0, start - 24) : start]
        known = befores.get(before)
        if known is None:
            if len(befores) > _CACHE_SIZE:
                befores.clear()
            # (the modifier of a deputy's or an acting officer's title, a former title)
            found = _NOT_THE_ROLE.search(before)
            known = befores[before] = (
                modifier_prefix(found[0]) if found is not None else None,
                _FORMER.search(before) is not None,
                _AT_THE_TIME.search(before) is not None,
            )
        if role:
            # "then Acting Foreign Minister": that day's title where the sentence states a day
            former = known[1] or (known[2] and not _dated(ctx, first, end))
            titles.append((modified_role(role, known[0]), country, former))
    if titles and titles[0][2]:  # "former General Secretary and President X": the whole chain
        titles = [(role, country, True) for role, country, _former in titles]
    if not titles:  # "Chairman X", "NA President X": the head of a body the record does not name
        out.append(
            _Proto(
                first,
                end,
                "title",
                Verdict.UNKNOWN,
                "titles.office",
                record=mention.person,
                message=Message(
                    "the title does not say which office it is (the head of what body?): "
                    "no office of the record to compare"
                ),
            )
        )
        return
    pid = mention.person
    # titles joined by "and" may be two people's ("Thủ tướng Lào và Chủ tịch Quốc hội Lào X")
    two = len(titles) > 1 and _AND.search(text, first, end) is not None
    # a capacity or a title said of the name ("visited Hanoi as President", "là Chủ tịch nước")
    # claims the office: no late leader's honorific
    asserted = mention.at_the_time or mention.said
    judged = _judged(ctx, pid, tuple(titles), day, "en", two=two, asserted=asserted)
    # "In July 2024, President To Lam ...": a title the day does not bear out, in a sentence
    # dated by a month or a year before the text, is that time's (looked up only then: most
    # titles are right on the day)
    # a capacity ("as General Secretary") is the title of the time the sentence states; and a
    # month or a year nearer the title than the day its sentence states is the title's time
    # ("... To Lam's state visit to Laos in July 2024 and ... the meeting ... on 2 December 2025")
    period = None
    if judged.verdict is not Verdict.OK or mention.at_the_time or _late_undated(ctx, pid, day):
        period = ctx.sentence_period(first, end)
    else:
        # a month or a year nearer the title than the day its sentence states; or a month its
        # sentence states with no day ("In July 2024, General Secretary To Lam visited Laos": he
        # was General Secretary from August 2024), as a day so stated is
        nearer = ctx.sentence_period(first, end)
        dated = day != ctx.published
        period = (
            nearer
            if nearer is not None
            and _a_month_or_year(nearer, dated)
            and (dated or _in_its_part(ctx, (first, end), nearer))
            else None
        )
    if period is not None:
        judged = _judged(ctx, pid, tuple(titles), day, "en", period=period, two=two, asserted=asserted)
    if judged.verdict is Verdict.CONTRADICTION:
        why = _maybe_of_another_day(
            ctx, pid, tuple(titles), (first, end), (day, guessed, period), capacity=mention.at_the_time
        )
        if why is not None:
            out.append(_Proto(first, end, "title", Verdict.UNKNOWN, "titles.office", record=pid, message=why))
            return
    if judged.canonical is not None:
        # the canonical form is written in the sentence's language, which is read only here:
        # most titles are right, and need none
        lang = ctx.lang_at(first, end)
        if lang != "en":
            judged = _judged(ctx, pid, tuple(titles), day, lang, period=period, two=two, asserted=asserted)
    out.append(judged.at(first, end))


def _late_undated(ctx: Context, pid: str, day: date | None) -> bool:
    """
    Whether a title is judged on the publication day (its sentence states no day) of a person
    dead by then: right as an honorific on that day, it is the title of any month or year its
    sentence states ("In 1979, President Kaysone Phomvihane ...": he was President from 1991).
    """
    person = ctx.index.records.get(pid)
    published = ctx.published
    return (
        isinstance(person, Person) and published is not None and day == published and _late(person, published)
    )


def _a_month_or_year(period: When, dated: bool) -> bool:
    """
    Whether a sentence's period dates its titles besides the day judged: a month or a year
    where the sentence states a day too (``dated``), else a month alone.
    """
    if dated:
        return not period.is_exact
    first, last = period.earliest, period.latest
    return first is not None and last is not None and (first.year, first.month) == (last.year, last.month)


def _in_its_part(ctx: Context, span: tuple[int, int], period: When) -> bool:
    """Whether a date of ``period`` stands in the title's part of its sentence, between semicolons."""
    lo, hi = semicolon_part(ctx.text, *ctx.sentence(*span), *span)
    first = bisect.bisect_left(ctx.date_starts, lo)
    return any(m.when == period for m in ctx.dates[first : bisect.bisect_left(ctx.date_starts, hi, first)])


#: Roles a modifier and a role make under another name ("Vice Prime Minister" is a deputy prime minister).
_ROLE_ALIASES: Final = {
    "vice-prime-minister": "deputy-prime-minister",
    "deputy-president": "vice-president",
    "deputy-national-assembly-chairman": "national-assembly-vice-chairman",
    "vice-national-assembly-chairman": "national-assembly-vice-chairman",
}


def modifier_prefix(words: str) -> str:
    """
    The prefix a modifier before a title gives its role: "Deputy " -> "deputy", "Permanent " -> "standing".

    A modifier outside English ("Phó") is a deputy's.

    >>> modifier_prefix("Deputy "), modifier_prefix("Permanent "), modifier_prefix("Ph\u00f3 ")
    ('deputy', 'standing', 'deputy')
    """
    word = words.strip(" -\t\n").split()[-1].lower()
    if not word.isascii():
        return "deputy"
    return "standing" if word == "permanent" else word


def modified_role(role: str, prefix: str | None) -> str:
    """
    The role a title names with its modifier: a deputy's, an acting officer's office is an office of its own.

    >>> modified_role("prime-minister", "deputy"), modified_role("president", "vice")
    ('deputy-prime-minister', 'vice-president')
    >>> modified_role("president", None)
    'president'
    """
    if prefix is None:
        return role
    composed = f"{prefix}-{role}"
    return _ROLE_ALIASES.get(composed, composed)


def _office_title_of(ctx: Context, offices: Sequence[Office], lang: str) -> str | None:
    """The canonical form of a title written in ``lang``: the offices held."""
    return _office_title(offices, lang, ctx.index.role_titles) or None


#: Between titles and the days set off right after them: a comma, spaces.
_SET_OFF: Final = re.compile(r"[^\S\n]*+,[^\S\n]*+")


def _set_off_after(ctx: Context, end: int) -> tuple[date, bool] | None:
    """
    The first day of the days set off right after a chain of titles ending at ``end`` ("- Vo Van
    Thuong: Prime Minister, 2 March 2023 to 21 March 2024"), when they are exact: the titles'
    time, whatever else the sentence dates; else ``None``.
    """
    when = _date_right_after(ctx, end, _SET_OFF)
    if when is None or not when.is_exact or when.earliest is None:
        return None
    return when.earliest, False


def _date_right_after(ctx: Context, end: int, between: re.Pattern[str]) -> When | None:
    """The time of the first date after ``end`` when only ``between`` stands before it and it has its year."""
    i = bisect.bisect_left(ctx.date_starts, end)
    if i == len(ctx.dates) or between.fullmatch(ctx.text, end, ctx.date_starts[i]) is None:
        return None
    return None if ctx.dates[i].needs_year else ctx.dates[i].when


def _since_after(ctx: Context, end: int) -> tuple[date, When] | None:
    """
    The last day of the month or the day a chain of titles ending at ``end`` is said held since,
    right after it ("To Lam, General Secretary since August 2024"; the word files'
    ``dates.since_words``), by when the titles were held, and that month or day; else ``None``.
    A year, or a span ("from 2016 to 2021"), is too long to say so.
    """
    when = _date_right_after(ctx, end, _HELD_SINCE)
    if when is None or when.earliest is None or when.latest is None:
        return None
    first, last = when.earliest, when.latest
    if (first.year, first.month) != (last.year, last.month):
        return None
    return last, when


#: Between titles and the time they are held since: "since", "từ", "ຕັ້ງແຕ່" (``dates.since_words``).
_HELD_SINCE: Final = re.compile(
    rf"(?<![^\S\n])[^\S\n]*+(?:{_any_word(merged('dates', 'since_words')).pattern})[^\S\n]*+", re.IGNORECASE
)


def _dated(ctx: Context, start: int, end: int) -> bool:
    """Whether the sentence of ``text[start:end]`` states its own day, month or year."""
    return ctx.sentence_date(start, end) != ctx.published or ctx.sentence_period(start, end) is not None


def _maybe_of_another_day(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    span: tuple[int, int],
    dated: tuple[date | None, bool, When | None],
    *,
    capacity: bool = False,
) -> Message | None:
    """
    Why titles that do not fit their sentence's day may be another day's (``dated``: the day,
    whether the text gave its year, the sentence's period), or ``None``: a capacity (``capacity``)
    in a sentence that tells of the past and states no date, of a title the person once held ("To
    Lam came to Laos as President": when, it does not say); a question that gives no
    date, of a title the person once held ("Chủ tịch nước Tô Lâm thăm cấp Nhà nước Lào khi
    nào?"); a year written outside any date, in a name ("Năm Đoàn kết hữu nghị 2017, khi Tổng Bí
    thư ... Bounnhang Vorachith thăm Việt Nam"); a day without its year ("President To Lam in
    Vientiane on 11-12 July", under a heading of 2024), whose year nearest the publication is a
    guess; a title said held since a month or a day when it fits ("and To Lam, General Secretary
    since August 2024", after another clause's years); a sentence that states no date, under a
    heading line that does ("Entry 3 | 11-12 July 2024").
    """
    day, guessed, period = dated
    why = (
        (_past_capacity(ctx, pid, titles, span, day) if capacity and period is None else None)
        or _said_in_a_clause(ctx, pid, titles, span, period or day)
        or (_undated_words(ctx, pid, titles, span, day) if period is None else None)
    )
    if why is not None:
        return why
    since = _since_after(ctx, span[1])
    if since is not None and _fits(ctx, pid, titles, When.on(since[0])):
        return Message(
            "the text says the title was held since {when}, when it fits; its sentence's other "
            "time may be another clause's",
            when=Period(since[1]),
        )
    fits = _fits_a_year_before(ctx, pid, titles, day) if guessed and day is not None else None
    if fits is not None:
        return Message(
            "the text gives no year for its sentence's day; the title fits it in {year}", year=fits
        )
    heading = heading_date(ctx, span) if period is None else None
    if heading is not None and _fits(ctx, pid, titles, heading):
        return Message(
            "the line before, a heading, dates it {when}, when the title fits", when=Period(heading)
        )
    dateline = caption_date(ctx, span) if period is None and not _dated(ctx, *span) else None
    if dateline is not None and _fits(ctx, pid, titles, dateline):
        return Message(
            "the sentence before, a place and a date alone, dates it {when}, when the title fits",
            when=Period(dateline),
        )
    return None


def _past_capacity(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    span: tuple[int, int],
    day: date | None,
) -> Message | None:
    """
    Why a capacity in a sentence that states no date may be another day's: the sentence tells
    of the past ("To Lam came to Laos as President"), and the person once held the office.
    """
    if _dated(ctx, *span) or not looks_back(ctx.text, ctx.sentence(*span)[0], span[0]):
        return None
    if not _once_held(ctx, pid, titles, day):
        return None
    return Message(
        "said as the capacity in which the person acted, in a sentence that tells of the past and "
        "states no date: the person held the office at another time"
    )


def _once_held(
    ctx: Context, pid: str, titles: tuple[tuple[str, str | None, bool], ...], day: date | None
) -> bool:
    """Whether the person held the ``titles`` by ``day``, or before it (each read as a former title)."""
    once = tuple((role, country, True) for role, country, _former in titles)
    return _judged(ctx, pid, once, day, "en").verdict is Verdict.OK


def _undated_words(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    span: tuple[int, int],
    day: date | None,
) -> Message | None:
    """
    Why titles in a sentence that states no period may be another day's (see
    :func:`_maybe_of_another_day`): a question or quoted words, of a title the person once held;
    a year named outside any date, in which the title fits.
    """
    undated = _asks_undated(ctx, *span) or _quoted_words(ctx, *span) or _quotes_a_date(ctx, *span)
    if undated is not None and _once_held(ctx, pid, titles, day):
        return undated
    named = _fits_a_year_named(ctx, pid, titles, span, day)
    if named is not None:
        return Message("its sentence names the year {year}, in which the title fits", year=named)
    return None


#: Right after a person's name, the words that open a clause of that person's own ("Luong Cuong,
#: who has been State President since ...", "người", "ເຊິ່ງ": the founding dates' relative words).
_WHO_AFTER: Final = re.compile(rf"[^\S\n]*+,?[^\S\n]*+(?:{_RELATIVE.pattern})", re.IGNORECASE)


def _said_in_a_clause(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    span: tuple[int, int],
    when: date | When | None,
) -> Message | None:
    """
    Why a title may be of another day than its sentence's (``when``: the day or period judged),
    or ``None``: every date of that time after the title stands in a relative clause opened
    right after another person's name ("General Secretary To Lam and Luong Cuong, who has been
    State President since October 2023": October 2023 is Luong Cuong's), or after the title's
    own name where the publication's day does not refute the title ("General Secretary To Lam,
    who visited Laos in July 2024": the visit's time, not the title's, which is the writer's).
    """
    if when is None:
        return None
    _s, e = ctx.sentence(*span)
    first = bisect.bisect_left(ctx.date_starts, span[1])
    mentions = [
        m
        for m in ctx.dates[first : bisect.bisect_left(ctx.date_starts, e, first)]
        if m.when is not None and (m.when == when if isinstance(when, When) else m.when.earliest == when)
    ]
    if not mentions:
        return None
    own = False  # whether a date stands in the name's own clause alone
    for m in mentions:
        others = [ne for _ns, ne, other in ctx.within(ctx.persons, span[1], m.span[0]) if other != pid]
        if any(_WHO_AFTER.match(ctx.text, end) for end in others):
            continue
        if _WHO_AFTER.match(ctx.text, span[1]) is None:
            return None
        own = True
    if own and _judged(ctx, pid, titles, ctx.published, "en").verdict is Verdict.CONTRADICTION:
        return None
    return Message(
        "the time its sentence states ({when}) is said in a clause opened after a person's name, "
        "not of the title",
        when=Period(mentions[0].when) if mentions[0].when is not None else "",
    )


def _fits(ctx: Context, pid: str, titles: tuple[tuple[str, str | None, bool], ...], when: When) -> bool:
    """Whether the titles fit the person in the dates ``when`` gives."""
    if when.earliest is None:
        return False
    return _judged(ctx, pid, titles, when.earliest, "en", period=when).verdict is Verdict.OK


def _quotes_a_date(ctx: Context, start: int, end: int) -> Message | None:
    """
    Why ``text[start:end]`` may be of another day: its sentence quotes a date alone, words cited
    ('dated the set for President To Lam's state visit to "July 2023". That was a keying error'),
    which dates nothing, and states no other.
    """
    s, e = ctx.sentence(start, end)
    starts = ctx.date_starts[bisect.bisect_left(ctx.date_starts, s) : bisect.bisect_left(ctx.date_starts, e)]
    if not starts or not all(ctx.quoted_alone(d) for d in starts):
        return None
    return Message(
        "its sentence quotes a date, words cited, and states no other: the person held the title once"
    )


def _asks_undated(ctx: Context, start: int, end: int) -> Message | None:
    """Why ``text[start:end]`` may be of another day: a question ("...?") that states no date."""
    s, e = ctx.sentence(start, end)
    if not ctx.text[s:e].rstrip().endswith(("?", "？")) or _dated(ctx, start, end):
        return None
    return Message("a question that gives no date: the person held the title at a time it may ask of")


#: The most characters a quotation may hold besides a title and its name (quotes, a mark).
_QUOTED_BESIDES: Final = 3
#: A sentence's stop in a quotation: it quotes a sentence, a claim, not a title's words.
_QUOTED_STOP: Final = re.compile(r"[.!?。]")


def _quoted_words(ctx: Context, start: int, end: int) -> Message | None:
    """
    Why ``text[start:end]`` (a title and its name) may be of another day: it is quoted alone, as
    words said or written, in a sentence that states no date ('A listener asked why we said
    "President To Lam" in episode 61.'): words quoted so are of the time they were said.
    """
    quote = ctx.quote_around(start, end)
    if (
        quote is None
        or (quote[1] - quote[0]) - (end - start) > _QUOTED_BESIDES
        # (a quoted sentence is a claim: 'CLAIM 3: "To Lam is State President."')
        or _QUOTED_STOP.search(ctx.text, *quote)
        or _dated(ctx, start, end)
    ):
        return None
    after = ctx.sentence(start, end)[1]
    if _SET_RIGHT_AFTER.search(ctx.text, after, after + _SET_RIGHT_REACH):
        # quoted to be set right ('as "President To Lam". That is not right: ...', '... The
        # applicant corrected this ...'): a claim the text rejects, which the denials judge revises
        return None
    return Message("the title and name are quoted alone, as words said, in a sentence that states no date")


#: In the words after a sentence, those that say it was wrong, set it right or rate it ("That is
#: not right", "Correction:", "corrected", "RATING:": the word files' ``sentences.denying_sentences``,
#: ``error_sentences``, ``correction_words`` and ``rating_labels``), and how far after it they are
#: looked for.
_SET_RIGHT_REACH: Final = 40
_SET_RIGHT_AFTER: Final = re.compile(
    r"(?:"
    + _any_word(
        merged("sentences", "denying_sentences")
        + merged("sentences", "error_sentences")
        + merged("sentences", "correction_words")
        + merged("sentences", "rating_labels")
        or ["(?!)"]
    ).pattern
    + ")",
    re.IGNORECASE,
)


#: How many years before a day given without its year a title is tried on that day.
_YEARS_BACK: Final = 2


def _fits_a_year_before(
    ctx: Context, pid: str, titles: tuple[tuple[str, str | None, bool], ...], day: date
) -> int | None:
    """The nearest of the years before ``day``'s in which the titles fit its day and month, if any."""
    for back in range(1, _YEARS_BACK + 1):
        try:
            earlier = day.replace(year=day.year - back)
        except ValueError:  # 29 February
            continue
        if _judged(ctx, pid, titles, earlier, "en").verdict is Verdict.OK:
            return earlier.year
    return None


def _fits_a_year_named(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    span: tuple[int, int],
    day: date | None,
) -> int | None:
    """
    A year written in the sentence of a title at ``span`` that no date of it gives (a year in a
    name: "Năm Đoàn kết hữu nghị 2017") in which the titles fit, if any.
    """
    s, e = ctx.sentence(*span)
    first, last = bisect.bisect_left(ctx.date_starts, s), bisect.bisect_left(ctx.date_starts, e)
    dated = [m.span for m in ctx.dates[first:last]]
    for found in _YEAR.finditer(ctx.text, s, e):
        if any(a <= found.start() < b for a, b in dated):
            continue  # a date's year: judged with its date
        year = int(found[0])
        if _judged(ctx, pid, titles, day, "en", period=When.in_year(year)).verdict is Verdict.OK:
            return year
    return None


def _judged(
    ctx: Context,
    pid: str,
    titles: tuple[tuple[str, str | None, bool], ...],
    day: date | None,
    lang: str,
    *,
    period: When | None = None,
    two: bool = False,
    asserted: bool = False,
) -> _Proto:
    """
    :meth:`judge_titles`, cached by the checker: by the day and period too, by whether the
    person had died by the publication date (a late leader's title may be an honorific, unless
    ``asserted``: a capacity or a title said of the name), and by whether "and" joins the titles
    (``two``: they may be two people's).
    """
    person = ctx.index.records.get(pid)
    published = ctx.published
    late = not asserted and isinstance(person, Person) and published is not None and _late(person, published)
    key = (pid, titles, day, lang, period, late, two)
    judged = ctx.caches.titles.get(key)
    if judged is None:
        if len(ctx.caches.titles) > _CACHE_SIZE:
            ctx.caches.titles.clear()
        judged = ctx.caches.titles[key] = _titles(
            ctx, pid, list(titles), day, lang, period=period, two=two, honorific=late
        )
    return judged


def _titles(
    ctx: Context,
    pid: str,
    titles: list[tuple[str, str | None, bool]],
    day: date | None,
    lang: str,
    *,
    period: When | None = None,
    two: bool = False,
    honorific: bool = True,
) -> _Proto:
    """
    The verdict on a person's titles on a day: the first contradiction, else unknown, else ok
    (``honorific``: a title may be the one a late leader is remembered by).
    """
    person = ctx.index.records.get(pid)
    if not isinstance(person, Person) or not titles:
        return _Proto(0, 0, "title", Verdict.UNKNOWN, "titles.office", record=pid)
    verdicts = [
        _office(ctx, person, role, country, day, former=former, lang=lang, period=period, honorific=honorific)
        for role, country, former in titles
    ]
    if len(verdicts) > 1:
        # "Deputy Prime Minister and Foreign Minister X", the record holding the second: a
        # person holds several offices, and the record may lack one it never lists at all
        # (not a title of one holder at a time that someone else held that day: "Tổng Bí thư,
        # Thủ tướng Tô Lâm" in September 2024, when Pham Minh Chinh was Prime Minister)
        on = period.latest if period is not None and period.latest is not None else day
        never = [
            _never_held(person, role) and (two or not _held_by_another(ctx, person, (role, country), on))
            for role, country, _f in titles
        ]
        if any(
            v.verdict is not Verdict.CONTRADICTION and not n for v, n in zip(verdicts, never, strict=True)
        ):
            verdicts = [
                _not_listed(ctx, person, role) if n and v.verdict is Verdict.CONTRADICTION else v
                for v, n, (role, _c, _f) in zip(verdicts, never, titles, strict=True)
            ]
    for verdict in (Verdict.CONTRADICTION, Verdict.UNKNOWN):
        for proto in verdicts:
            if proto.verdict is verdict:
                return proto
    roles = ", ".join(dict.fromkeys(role for role, _c, _f in titles))
    return _Proto(0, 0, "title", Verdict.OK, "titles.office", record=pid, value=roles)


#: "And" between titles (the word files' ``countries.joiners``): they may be two people's.
_AND: Final = re.compile(_any_word(merged("countries", "joiners")).pattern, re.IGNORECASE)


def _held_by_another(
    ctx: Context,
    person: Person,
    title: tuple[str, str | None],
    day: date | None,
    *,
    since: date | None = None,
) -> bool:
    """
    Whether someone other than ``person`` held an office of one holder at a time of ``title``'s
    role (in its country, else the person's) on ``day``, as the record has it (every day from
    ``since``, if given: a period's).
    """
    role, country = title
    country = country or person.country
    if day is None or role not in ctx.index.one_holder or country is None:
        return False
    country_of = ctx.index.country_of
    return any(
        held_by_others(terms, person.id, since or day, day)
        for (held, body), terms in ctx.index.holders.items()
        if held == role and country_of.get(body) == country
    )


def _never_held(person: Person, role: str) -> bool:
    """Whether the record lists no office of ``role`` for the person, on any day."""
    return all(o.role != role for o in person.offices)


def _not_listed(ctx: Context, person: Person, role: str) -> _Proto:
    """A title the record lists for the person nowhere, beside one it does: ``unknown``, saying so."""
    return _Proto(
        0,
        0,
        "title",
        Verdict.UNKNOWN,
        "titles.office",
        record=person.id,
        value=role,
        message=Message(
            "the record lists another of these titles for {name}, but no {role} office: it may be "
            "one the record lacks",
            name=Named(person.id, person.name.preferred("en")),
            role=_role_words(ctx, role),
        ),
    )


def _role_words(ctx: Context, role: str) -> Localized:
    """A role's title in each language the record or the word files give (an explanation's words)."""
    index = ctx.index
    return Localized(
        index.role_names.get(role, role),
        tuple((code, t) for code in ("vi", "lo") if (t := index.role_titles.get((role, code)))),
    )


def _office(  # noqa: PLR0911 - one return per verdict and reason
    ctx: Context,
    person: Person,
    role: str,
    country: str | None,
    day: date | None,
    *,
    former: bool,
    lang: str,
    period: When | None = None,
    honorific: bool = True,
) -> _Proto:
    """
    The verdict on one title of a person on a day (placed by the caller, with `_Proto.at`); in
    a ``period`` the sentence states (a month, a year), ``ok`` when the office was held on its
    first, middle or last day, else ``unknown``: a term may begin or end inside it.
    """
    start = end = 0
    index = ctx.index
    # the day the title is said of: a period's last, else the sentence's
    on = period.latest if period is not None and period.latest is not None else day
    spells = [o for o in person.offices if o.role == role]
    role_words = _role_words(ctx, role)
    name = person.name.preferred("en")
    if country is not None and spells:
        here = [o for o in spells if index.country_of.get(o.organization) == country]
        if not here:
            where = index.country_of.get(spells[0].organization, "?")
            return _Proto(
                start,
                end,
                "title",
                Verdict.CONTRADICTION,
                "titles.office",
                record=person.id,
                canonical=spells[0].title,
                value=role,
                message=Message(
                    "{name}'s {role} office in the record is in {where}, not {country}",
                    name=Named(person.id, name),
                    role=role_words,
                    where=Named(where, where),
                    country=Named(country, country),
                ),
                evidence=_evidence(spells[0], day)[:2],
            )
        spells = here
    # an office several people hold at once (a deputy's) may be one the record lacks, unless the
    # person then headed a body, which no deputy does
    several = role not in index.one_holder  # (and the person heads no body that day: asked when needed)
    if not spells:
        open_list = several and not _heading_then(ctx, person, day, period, role)
        unlisted = _outside_the_list(ctx, person, (role, country), day, period) if open_list else None
        if unlisted is not None:
            return unlisted
        if person.offices and open_list:
            # a deputy's or a vice-president's office: the record lists the offices sources gave
            # it, and a person holds several such in a career
            return _unknown(
                person.id,
                role,
                Message(
                    "the record has no {role} office for {name}, but an office several people hold "
                    "at once may be one the record lacks",
                    role=role_words,
                    name=Named(person.id, name),
                ),
            )
        if person.offices:
            # the record lists the person's offices: a title of one holder at a time that the
            # person never held is wrong on any day
            # (a sentence dated by a period: the offices of its last day)
            held = person.offices_on(on) if on is not None else person.offices
            titles = ", ".join(dict.fromkeys(o.title for o in held))
            shown = English(titles) if titles else Message("no office")
            args = {"role": role_words, "name": Named(person.id, name), "shown": shown}
            return _Proto(
                start,
                end,
                "title",
                Verdict.CONTRADICTION,
                "titles.office",
                record=person.id,
                canonical=_office_title_of(ctx, held, lang),
                value=role,
                message=Message(
                    "the record has no {role} office for {name}; in {period} the record has: {shown}",
                    period=Period(period),
                    **args,
                )
                if period is not None
                else Message(
                    "the record has no {role} office for {name}; on {day} the record has: {shown}",
                    day=Day(day),
                    **args,
                )
                if day is not None
                else Message("the record has no {role} office for {name}; the record has: {shown}", **args),
                evidence=tuple(e for o in held for e in _evidence(o, on)[:1])[:3],
            )
        if (
            not several
            and not former
            # (a spouse named beside the office holder: the title may be the holder's, "Thongloun
            # Sisoulith with his wife Naly Sisoulith, as General Secretary and President")
            and person.spouse is None
            and on is not None
            and _held_by_another(ctx, person, (role, country), on, since=period.earliest if period else None)
        ):
            # no office of the person's in the record, but the office, of one holder at a time,
            # was someone else's that day ("Phet Phomphiphak, Prime Minister of Laos" in 2026)
            return _Proto(
                start,
                end,
                "title",
                Verdict.CONTRADICTION,
                "titles.office",
                record=person.id,
                value=role,
                message=Message(
                    "the record has no office for {name}, and on {day} the {role} office, of one holder "
                    "at a time, was another's",
                    name=Named(person.id, name),
                    day=Day(on),
                    role=role_words,
                ),
            )
        return _unknown(
            person.id, role, Message("the record has no office for {name}", name=Named(person.id, name))
        )
    # (a sentence dated by a period: the person dead by its last day, not by the publication's)
    if former or day is None or _late(person, on or day):
        return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
    if period is not None:
        judged = _in_period(person, spells, role, role_words, period)
        if judged.verdict is not Verdict.UNKNOWN or period.latest is None or not _outside(spells, period):
            return judged
        day = period.latest  # no day of the period is in a term: judged as on its last
    statuses = [o.status(day, write=format_when) for o in spells]
    if any(state == "held" for state, _why in statuses):
        return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
    if several and _before_the_first(spells, day) and not _heading(ctx, person, day):
        return _unknown(
            person.id,
            role,
            Message(
                "{name} as {role} on {day}: before the first term the record has ({terms}), and an "
                "office several people hold at once may have had an earlier term the record lacks",
                name=Named(person.id, name),
                role=role_words,
                day=Day(day),
                terms=joined("; ", [_term(t) for o in spells for t in o.all_terms]),
            ),
        )
    if honorific and _honorific(ctx, person, spells, day):
        return _unknown(
            person.id,
            role,
            Message(
                "{name} held the {role} office later ({terms}); texts give a late leader an office "
                "once held at any date",
                name=Named(person.id, name),
                role=role_words,
                terms=joined("; ", [_term(t) for o in spells for t in o.all_terms]),
            ),
        )
    if all(state == "not-held" for state, _why in statuses):
        return _Proto(
            start,
            end,
            "title",
            Verdict.CONTRADICTION,
            "titles.office",
            record=person.id,
            canonical=_office_title_of(ctx, person.offices_on(day), lang),
            value=role,
            message=Message(
                "{name} was not {role} on {day}: {reasons}",
                name=Named(person.id, name),
                role=role_words,
                day=Day(day),
                reasons=joined("; ", [_why(o, "not-held") for o in spells]),
            )
            if period is None
            else Message(
                "{name} was not {role} in {period}: {reasons}",
                name=Named(person.id, name),
                role=role_words,
                period=Period(period),
                reasons=joined("; ", [_why(o, "not-held") for o in spells]),
            ),
            evidence=tuple(e for o in spells for e in _evidence(o, day)[:1])[:3],
            severity=Severity.WARNING,
        )
    open_term = next((t for o in spells if (t := o.open_term(day)) is not None), None)
    if open_term is not None and open_term.start is not None:
        # the record cannot say whether the term still ran: said in the reader's words
        seen = [w for o in spells if (w := o.last_seen()) is not None]
        last = max(seen, key=lambda w: w.latest or day, default=None)
        said: dict[str, Any] = {
            "name": Named(person.id, name),
            "role": role_words,
            "day": Day(day),
            "begun": Period(open_term.start),
        }
        return _unknown(
            person.id,
            role,
            Message(
                "{name} as {role} on {day}: the term begun {begun} has no recorded end, and no source "
                "shows the office held after {last}",
                last=Period(last),
                **said,
            )
            if last is not None
            else Message("{name} as {role} on {day}: the term begun {begun} has no recorded end", **said),
        )
    unknown = [o for o, (state, _why) in zip(spells, statuses, strict=True) if state == "unknown"]
    return _unknown(
        person.id,
        role,
        Message(
            "{name} as {role} on {day}: {reasons}",
            name=Named(person.id, name),
            role=role_words,
            day=Day(day),
            reasons=joined("; ", [_why(o, "unknown") for o in unknown]),
        ),
    )


def _outside(spells: list[Office], period: When) -> bool:
    """
    Whether no day of ``period`` can be in a term of the offices ``spells``: each office's terms
    all known, and the period wholly before the first one's earliest start or after the last
    one's latest end.
    """
    first, last = period.earliest, period.latest
    if first is None or last is None:
        return False
    for office in spells:
        span = office.span
        if span is None or not office.all_terms:
            return False
        lo, hi = span.earliest, span.latest
        if not ((lo is not None and last < lo) or (hi is not None and first > hi)):
            return False
    return True


def _heading_then(ctx: Context, person: Person, day: date | None, period: When | None, role: str) -> bool:
    """
    Whether the record has the person heading a body on the sentence's ``day``, or on the first
    and the last day of its ``period`` ("In 2025, ... Xaysomphone Phomvihane ..."): on every
    day between, as a head holds one term at a time. Or heading the body of the deputy's
    ``role`` (``Term.deputy_of``) in a term begun by then whose end the record lacks: a head is
    not taken to have become the deputy of the body they were last seen heading.
    """
    if period is not None and period.earliest is not None and period.latest is not None:
        first = period.earliest
        held = _heading(ctx, person, first) and _heading(ctx, person, period.latest)
    elif day is None:
        return False
    else:
        first = day
        held = _heading(ctx, person, day)
    head = ctx.index.deputy_of.get(role)
    return held or any(
        o.role == head and (o.status(first)[0] == "held" or o.open_term(first) is not None)
        for o in person.offices
    )


def _heading(ctx: Context, person: Person, day: date) -> bool:
    """Whether the record has the person heading a body on ``day`` (a ``Term.head`` office held)."""
    heads = ctx.index.heads
    return any(o.role in heads and o.status(day)[0] == "held" for o in person.offices)


def _before_the_first(spells: list[Office], day: date) -> bool:
    """Whether ``day`` comes before every start the record has of the offices ``spells``."""
    starts = [t.start.earliest for o in spells for t in o.all_terms if t.start is not None]
    return bool(starts) and None not in starts and day < min(d for d in starts if d is not None)


def _and(parts: list[Message]) -> Message:
    """Messages joined by the reader's "and", two by two (:func:`joined` takes punctuation only)."""
    out = parts[0]
    for part in parts[1:]:
        out = Message("{a} and {b}", a=out, b=part)
    return out


def _term(term: OfficeTerm) -> Message:
    """A term in the reader's words, its label (as sources name it) marked as English."""
    if term.start is None:
        span = (
            Message("until {end}", end=Period(term.end))
            if term.end is not None
            else Message("dates not recorded")
        )
    elif term.end is None:
        span = Message("{start} to end not recorded", start=Period(term.start))
    else:
        span = Message("{start} to {end}", start=Period(term.start), end=Period(term.end))
    return Message("{label} ({span})", label=English(term.label), span=span) if term.label else span


def _why(office: Office, state: str) -> Message:
    """
    Why ``office`` was not held (``state`` "not-held"), or may not have been ("unknown"), as
    :meth:`Office.status` says it, in the reader's words.
    """
    terms = office.all_terms
    shown = [
        Message("{day}", day=Period(on)) for on in dict.fromkeys(s.on for s in office.seen if s.on.is_exact)
    ]
    if state == "not-held" or not shown:
        if terms:
            return Message("terms: {terms}", terms=joined("; ", [_term(t) for t in terms]))
        return Message("dates not recorded")
    days = _and(shown)
    if terms:
        return Message(
            "held on {days}; terms: {terms}", days=days, terms=joined("; ", [_term(t) for t in terms])
        )
    return Message("held on {days}; term dates not recorded", days=days)


def _outside_the_list(
    ctx: Context, person: Person, said: tuple[str, str | None], day: date | None, period: When | None
) -> _Proto | None:
    """
    A contradiction when the record lists every holder of the ``said`` role in the body of the
    title's country (the person's, when the title names none) over the sentence's ``day`` (or
    its whole ``period``) and the person is not among them ("Vice President Vilay Lakhamphong"
    in 2025: Laos' were Bounthong Chitmany and Pany Yathotou); else ``None`` (placed by the
    caller).
    """
    role, country = said
    country = country or ctx.index.person_country.get(person.id)
    days = (
        (period.earliest, period.latest)
        if period is not None and period.earliest is not None and period.latest is not None
        else (day,)
        if day is not None
        else ()
    )
    for body, listed in ctx.index.holder_lists.get((role, country or ""), ()):
        if days and all(listed.covers(d) for d in days) and person.id not in listed.holders:
            names = [
                p for p in (ctx.index.records.get(pid) for pid in listed.holders) if isinstance(p, Person)
            ]
            org = ctx.index.records.get(body)
            return _Proto(
                0, 0, "title", Verdict.CONTRADICTION, "titles.office", record=person.id, value=role,
                message=Message(
                    "the record lists every {role} of {body} from {start} to {end}: {holders}; {name} "
                    "is not among them",
                    role=_role_words(ctx, role),
                    body=Named(body, org.name.preferred("en") if org is not None else body),
                    start=Period(listed.start),
                    end=Period(listed.end),
                    holders=joined(", ", [Named(p.id, p.name.preferred("en")) for p in names]),
                    name=Named(person.id, person.name.preferred("en")),
                ),
                evidence=listed.evidence[:2],
            )  # fmt: skip
    return None


def _unknown(person: str, role: str, message: Message) -> _Proto:
    """A title the record cannot judge, and why (placed by the caller)."""
    return _Proto(0, 0, "title", Verdict.UNKNOWN, "titles.office", record=person, value=role, message=message)


def _in_period(
    person: Person, spells: list[Office], role: str, role_words: Localized, period: When
) -> _Proto:
    """A title in a sentence dated by a month or a year: held on a day of it, or unknown."""
    first, last = period.earliest, period.latest
    assert first is not None  # Context.sentence_period gives bounded ones
    assert last is not None
    days = (first, first + (last - first) / 2, last)
    if any(o.status(d, write=format_when)[0] == "held" for o in spells for d in days):
        return _Proto(0, 0, "title", Verdict.OK, "titles.office", record=person.id, value=role)
    return _unknown(
        person.id,
        role,
        Message(
            "{name} as {role} in {period}: the sentence is dated by a period, and the record does "
            "not show the office held on its first, middle or last day",
            name=Named(person.id, person.name.preferred("en")),
            role=role_words,
            period=Period(period),
        ),
    )


def _evidence(office: Office, day: date | None) -> tuple[Evidence, ...]:
    """The office's evidence, the sighting nearest ``day`` first, then its terms', then its own."""

    def distance(sighting: Sighting) -> int:
        shown = sighting.on.earliest or sighting.on.latest
        return abs((shown - day).days) if shown is not None and day is not None else 0

    seen = sorted(office.seen, key=distance)
    return (
        *(e for s in seen for e in s.evidence),
        *(e for t in office.all_terms for e in t.evidence),
        *office.evidence,
    )


def _honorific(ctx: Context, person: Person, spells: list[Office], day: date) -> bool:
    """
    Whether a title is a late leader's, given before its term: the person had died by the
    publication date and held the office after ``day`` ("President Kaysone Phomvihane" of the
    Treaty of 1977; he was President from 1991), as texts name the founders.
    """
    published = ctx.published
    if published is None or not _late(person, published) or not _last_held(person, spells):
        return False
    starts = [t.start.earliest for o in spells for t in o.all_terms if t.start and t.start.earliest]
    return bool(starts) and day < min(starts)


def _last_held(person: Person, spells: list[Office]) -> bool:
    """
    Whether one of ``spells`` is an office the person held last (a term ending no earlier than
    any other's; one with no recorded end runs to the death): the office a late leader is named
    by ("President Kaysone Phomvihane", President until his death), not an earlier or a middle
    one ("President Nguyen Phu Trong" of 2017: he was President only from 2018 to 2021, and
    General Secretary until his death).
    """
    died = person.died.latest if person.died is not None else None

    def last_day(office: Office) -> date | None:
        ends = [
            (t.end.latest if t.end is not None else died) or date.max
            for t in office.all_terms
            if t.start is not None
        ]
        return max(ends) if ends else None

    held = [day for office in person.offices if (day := last_day(office)) is not None]
    if not held:
        return False
    latest = max(held)
    return any(last_day(office) == latest for office in spells)


def _late(person: Person, day: date) -> bool:
    """Whether ``person`` had died by ``day``: a title then is one once held ("President Ho Chi Minh")."""
    died = person.died
    return died is not None and died.latest is not None and died.latest < day
