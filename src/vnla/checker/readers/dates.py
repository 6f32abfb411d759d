# SPDX-License-Identifier: MIT
"""The dates reader: dates and ranges of dates, read around their anchors (vnla.lang.parsing)."""

from __future__ import annotations

import bisect
import itertools
import re
from datetime import date
from typing import TYPE_CHECKING, Final

import attrs

from vnla.checker.readers.figures import _unique, anchors, windows
from vnla.checker.readers.memo import Memo
from vnla.checker.sentences import heading_year, heading_years_from, list_heading, quotations
from vnla.checker.vocabulary import (
    _FUTURE_TENSE,
    _LAST_YEAR,
    _NEXT_YEAR,
    _THIS_YEAR,
    _YEAR_IS,
    _YEAR_LINK,
    LOOKS_BACK_BEYOND,
    _alternation,
    _any_word,
    _reports_speech,
    in_a_fields_head,
    looks_back,
    words_end,
)
from vnla.lang.lao import has_lao, regions
from vnla.lang.parsing import (
    DateMention,
    _calendar,
    _coming_weekday,
    _dates,
    _lao_dates,
    _overlaps_any,
    infer_year,
)
from vnla.lang.words import merged
from vnla.model.records import Precision, When

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["read"]


def read(ctx: Context) -> list[DateMention]:
    """Every date of the chunk, once each, in order; kept on ``ctx`` for the judges that ask."""
    text = ctx.text
    found: list[DateMention] = []
    day_first = ctx.lang == "vi"  # "(2/12/1975)": Vietnamese writes the day first, English may not
    # where the matcher found a day word, a weekday or a relative month ("weekday" anchors): the
    # windows anchored by digits alone hold none, and are read for dates with digits only
    worded = sorted(start for start, _end, anchor in ctx.scan.anchors if anchor == "weekday")
    for lo, hi in windows(ctx, anchors(ctx)["date"], "date"):
        i = bisect.bisect_left(worded, lo)
        has_words = i < len(worded) and worded[i] < hi
        found += _read_window(text[lo:hi], ctx.published, lo, day_first=day_first, worded=has_words)
    # Lao dates, spaced or not: the Lao grammar's reading wins where both read (a chunk whose
    # folded copy is ASCII has no Lao, known without a look at its characters)
    if not ctx.scan.lao_free and has_lao(text):
        lao = [d for lo, hi in regions(text) for d in _lao_dates(text[lo:hi], ctx.published, lo)]
        spans = sorted(d.span for d in lao)
        starts = [a for a, _b in spans]
        reach = list(itertools.accumulate((b for _a, b in spans), max))  # the furthest end so far
        found = [d for d in found if not _overlaps(starts, reach, d.span)] + lao
    if ctx.index.named_years:
        found += _named_years(ctx, found)
    if ctx.cues and _ADJECTIVE_WORDS:
        found += _adjective_years(ctx, found)
    if "(" in text:
        found += _years_in_brackets(ctx, found)
    found += _line_years(text, found)
    if day_first and ctx.published is not None and "/" in text:
        found += _line_days(text, found, ctx.published)
    found = _unique(found)
    if any(d.weekday is not None and not d.relative for d in found):
        found = _weekdays_of_the_date_before(ctx.text, found)
    if any(d.relative for d in found):
        found = _in_speech(ctx, found)
        found = [_coming(ctx, d) if d.weekday is not None and d.relative else d for d in found]
        found = _named_days(ctx.text, found)
    if any(d.needs_year and not d.relative for d in found):
        found = _year_in_brackets(text, found)
        found = _year_before_brackets(text, found)
        found = _year_of_the_calendar(text, found)
        if ctx.published is not None:
            found = _year_in_words(text, found, ctx.published.year)
            found = _the_coming_day(text, found, ctx.published)
            found = _year_of_the_heading(text, found, ctx.published.year)
            found = _year_of_the_story(text, found, ctx.published)
    if ctx.published is not None and any(d.needs_year and not d.relative for d in found):
        found, of_entries = _years_of_entries(ctx, found)
        tensed = [_ahead(ctx, d) if _loose(d, of_entries) else d for d in found]
        tensed = [_behind(ctx, d) if _loose(d, of_entries) else d for d in tensed]
        found = _years_of_siblings(ctx, found, tensed, of_entries)
    ctx.dates = found
    ctx.date_starts = [d.span[0] for d in ctx.dates]
    return ctx.dates


#: A copula right before a weekday (the word files' ``dates.copulas``: "is", "là", "ແມ່ນ").
_COPULA_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'copulas')).pattern})[^\S\n]*+$", re.IGNORECASE
)


def _weekdays_of_the_date_before(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    A weekday said of the date before it, a copula between, and read as the next date's
    ("ຖ້າ ວັນທີ 5 ກຸມພາ 2026 ແມ່ນ ວັນພະຫັດ, ວັນທີ 26 ມັງກອນ ແມ່ນ ວັນ ຫຍັງ": if 5 February is a
    Thursday, what is 26 January?): the weekday is the date before's, not the next one's.
    """
    ends = {d.span[1] for d in found}
    out = []
    for d in found:
        start = d.span[0]
        copula = _COPULA_BEFORE.search(text, max(0, start - 16), start) if d.weekday is not None else None
        said_before = copula is not None and not d.relative and words_end(text, copula.start()) in ends
        out.append(attrs.evolve(d, weekday=None) if said_before else d)
    return out


#: A year written right after a name (a comma between at most): "Năm Đoàn kết hữu nghị Việt
#: Nam – Lào 2027".
_YEAR_RIGHT_AFTER: Final = re.compile(rf"{_YEAR_LINK.pattern}((?:19|20)\d\d)(?![\d.,/-]\d)(?!\d)")


#: A bare year said to be the name right after it ("2027 is the Vietnam - Laos Solidarity Year").
_YEAR_SAID_TO_BE: Final = re.compile(rf"(?<![\w.,/-])((?:19|20)\d\d)(?:{_YEAR_IS.pattern})$", re.IGNORECASE)


def _named_years(ctx: Context, found: list[DateMention]) -> list[DateMention]:
    """
    The bare years written right after the name of a year named for the relations ("Năm Đoàn
    kết hữu nghị Việt Nam – Lào 2027"), or right before it with a copula ("2027 is the Vietnam -
    Laos Solidarity Year"), which no other date reading takes: they date it.
    """
    named, text = ctx.index.named_years, ctx.text
    taken = [d.span for d in found]
    out = []
    for s, e, _kinds, ids in ctx.cues:
        if not named.intersection(ids):
            continue
        year = _YEAR_RIGHT_AFTER.match(text, e) or _YEAR_SAID_TO_BE.search(text, max(0, s - 24), s)
        if year is not None and not any(a <= year.start(1) < b for a, b in taken):
            span = (year.start(1), year.end(1))
            out.append(DateMention(when=When.in_year(int(year[1])), span=span, text=year[1]))
    return out


_ADJECTIVE_WORDS: Final = merged("dates", "year_as_adjective")
#: A year as an event's adjective, the words of the event right after it: "the 2019 visit",
#: "Laos's 2016 congress" (the word files' ``dates.year_as_adjective`` before it).
_YEAR_AS_ADJECTIVE: Final = re.compile(
    rf"(?:(?<!\w)(?:{_alternation(w for w in _ADJECTIVE_WORDS if w[0].isalpha()) or '(?!)'})"
    rf"|{_alternation(w for w in _ADJECTIVE_WORDS if not w[0].isalpha()) or '(?!)'})"
    r"[^\S\n]++((?:19|20)\d\d)[^\S\n]++$",
    re.IGNORECASE,
)


def _adjective_years(ctx: Context, found: list[DateMention]) -> list[DateMention]:
    """
    The years that stand before the words of an event as their adjective ("the 2019 visit of
    Prime Minister ...", :data:`_YEAR_AS_ADJECTIVE`), which no other date reading takes: they
    date the event, and its sentence.
    """
    text = ctx.text
    taken = [d.span for d in found]
    out = []
    for s, _e, kinds, _ids in ctx.cues:
        if not kinds:
            continue
        year = _YEAR_AS_ADJECTIVE.search(text, max(0, s - 24), s)
        if year is not None and not _overlaps_any(taken, year.span(1)):
            out.append(DateMention(when=When.in_year(int(year[1])), span=year.span(1), text=year[1]))
    return out


#: A year that heads its line, a bullet before it at most, and a colon or a dash after it: a
#: timeline's entry ("- 1963: diplomatic relations established (5 September)", "1977 – ...").
_LINE_YEAR: Final = re.compile(
    r"[^\S\n]*+(?:[-–•*▪◦·][^\S\n]*+)?((?:1[89]|20)\d\d)[^\S\n]*+[:–—-][^\S\n]++(?!\d)"
)
#: The same after a line break: a pattern that opens with a character is searched at C speed
#: (one that opens with a line start is tried at every place).
_LINE_YEAR_AFTER_BREAK: Final = re.compile("\n" + _LINE_YEAR.pattern)


def _line_years(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    The years that head their lines as a timeline's entries (:data:`_LINE_YEAR`), which no
    other date reading takes: they date the entry.

    >>> [d.text for d in _line_years("Timeline\\n- 1962: ties\\n1977 – treaty\\n2026 in figures", [])]
    ['1962', '1977']
    """
    taken = [d.span for d in found]
    out = []
    for m in _line_heads(text, _LINE_YEAR, _LINE_YEAR_AFTER_BREAK):
        a, b = m.span(1)
        if not _overlaps_any(taken, (a, b)):
            out.append(DateMention(when=When.in_year(int(m[1])), span=(a, b), text=m[1]))
    return out


def _line_heads(text: str, head: re.Pattern[str], after_break: re.Pattern[str]) -> list[re.Match[str]]:
    """Where ``head`` opens a line of ``text``: its first line, and each after a line break."""
    first = head.match(text)
    return ([first] if first is not None else []) + list(after_break.finditer(text))


#: A day and month heading a line of a calendar, a list's entry in a text that writes the day
#: first: "- 22/3: ngày thành lập Đảng ...", "b) 18/7 – ký Hiệp ước ..." (its bullet or its
#: letter, then the day, then a colon or a dash and a space); its spaces from their first.
_LINE_DAY: Final = re.compile(
    r"(?<![^\S\n])[^\S\n]*+(?:(?:[-–•*▪◦·]|[^\W\d_]\)|\d{1,2}[.)])[^\S\n]*+)?(\d{1,2})/(\d{1,2})(?![/\d])"
    r"[^\S\n]*+[:–—-][^\S\n]++(?!\d)"
)
#: The same after a line break (searched at C speed, as :data:`_LINE_YEAR_AFTER_BREAK`).
_LINE_DAY_AFTER_BREAK: Final = re.compile("\n" + _LINE_DAY.pattern)


def _line_days(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    r"""
    The days without a year that head their lines as a calendar's entries
    (:data:`_LINE_DAY`), which no other date reading takes: of the year nearest the
    publication, as any day without a year (a day alone may be a fraction elsewhere: "1/2").

    >>> from datetime import date
    >>> text = "Lịch\n- 22/3: thành lập Đảng\nb) 18/7 – ký Hiệp ước\n1/2 số"
    >>> [d.text for d in _line_days(text, [], date(2026, 5, 1))]
    ['22/3', '18/7']
    """
    taken = [d.span for d in found]
    out = []
    for m in _line_heads(text, _LINE_DAY, _LINE_DAY_AFTER_BREAK):
        a, b = m.start(1), m.end(2)
        day, month = int(m[1]), int(m[2])
        if _overlaps_any(taken, (a, b)) or not 1 <= month <= 12:
            continue
        try:
            when = When.on(date(infer_year(month, day, published), month, day))
        except ValueError:
            continue  # no such day (31/4; 29/2 in no leap year near)
        out.append(DateMention(when=when, span=(a, b), text=text[a:b], needs_year=True))
    return out


#: A year alone in brackets ("Đại hội XIII của Đảng Cộng sản Việt Nam (2021)"), or two joined
#: by a dash ("Souphanouvong (1909-1995)"), in Arabic or Lao digits (``int`` reads both).
_BRACKETED_YEAR: Final = re.compile(
    r"\(((?:[1\u0ed1][89\u0ed8\u0ed9]|[2\u0ed2][0\u0ed0])\d\d)"
    r"(?:[^\S\n]*+[-–—][^\S\n]*+((?:[1\u0ed1][89\u0ed8\u0ed9]|[2\u0ed2][0\u0ed0])\d\d))?\)"
)


def _years_in_brackets(ctx: Context, found: list[DateMention]) -> list[DateMention]:
    """
    The years alone in brackets ("(2021)") that no other date reading takes, a year each; and
    the span of two years in brackets right after a person's name, a life's years ("President
    Souphanouvong (1909-1995)").
    """
    text = ctx.text
    taken = {d.span[0] for d in found}
    out = []
    for m in _BRACKETED_YEAR.finditer(text):
        if m.start(1) in taken:
            continue
        if m[2] is None:
            said = text[m.start(1) : m.end(1)]
            out.append(DateMention(when=When.in_year(int(m[1])), span=(m.start(1), m.end(1)), text=said))
        elif ctx.person_before(m.start()) is not None and int(m[1]) < int(m[2]):
            first, last = When.in_year(int(m[1])), When.in_year(int(m[2]))
            assert first.earliest is not None
            assert last.latest is not None
            span = When.between(first.earliest, last.latest)
            out.append(DateMention(when=span, span=(m.start(1), m.end(2)), text=text[m.start(1) : m.end(2)]))
    return out


def _coming(ctx: Context, mention: DateMention) -> DateMention:
    """
    A bare weekday after a verb in the future in its clause ("will hold talks on Thursday"):
    the coming one, not the last.  One with a word of its own week ("last", "next") is kept.
    """
    start, end = mention.span
    s, _e = ctx.sentence(start, end)
    before, _after = ctx.sentences.clause(start, end)  # in its own clause: "To Lam, who will ..., met"
    published = ctx.speech_days.get(mention.span, ctx.published)
    words = mention.text.split()
    prefix = words[0].lower() if len(words) > 1 else ""
    if (
        published is None
        or mention.weekday is None
        or _calendar().prefixes.get(prefix, 0) != 0
        or not _FUTURE_TENSE.search(ctx.text, max(s, before + 1), start)
    ):
        return mention
    return attrs.evolve(mention, when=_coming_weekday(mention.weekday, published))


def _named_days(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    A day word or a day, and the weekday set off after it ("Yesterday, Wednesday, ...", "hôm
    qua, thứ Tư", "ມື້ວານນີ້, ວັນພຸດ"; "5 February 2026, a Wednesday", "ngày 5/2/2026 (thứ
    Sáu)", a table's "2026-12-02  Thursday") are one date: the day's, with the weekday said, which
    must be its own.  A weekday of another week ("5 February, last Wednesday") is not set off so.
    """
    out: list[DateMention] = []
    for d in found:
        last = out[-1] if out else None
        if (
            last is not None
            and d.weekday is not None
            and d.relative
            and last.weekday is None
            and last.when is not None
            and (
                (last.relative and _SET_OFF.fullmatch(text, last.span[1], d.span[0]) is not None)
                or (
                    last.when.precision is Precision.DAY
                    and (
                        _SET_OFF_DAY.fullmatch(text, last.span[1], d.span[0]) is not None
                        or _in_columns(text, last, d)
                    )
                    and not _OTHER_WEEK.search(d.text)
                )
            )
        ):
            out[-1] = attrs.evolve(
                last, span=(last.span[0], d.span[1]), text=text[last.span[0] : d.span[1]], weekday=d.weekday,
                relative=False,
            )  # fmt: skip
            continue
        if last is not None and _spelt_out(text, last, d):
            # "ມື້ວານ ວັນທີ 5 ກຸມພາ 2026" (yesterday, 5 February 2026): the day it spells out, which
            # a clipping's "yesterday" is of, whenever the text that quotes it was published
            out[-1] = attrs.evolve(d, span=(last.span[0], d.span[1]), text=text[last.span[0] : d.span[1]])
            continue
        out.append(d)
    return out


def _in_columns(text: str, day: DateMention, weekday: DateMention) -> bool:
    """Whether a weekday stands in the column after an ISO day's ("2026-12-02  Thursday", a table's)."""
    return (
        bool(_ISO_DAY.fullmatch(day.text))
        and _COLUMNS.fullmatch(text, day.span[1], weekday.span[0]) is not None
    )


#: A day written as ISO 8601 does ("2026-12-02"), and the spaces between columns after it.
_ISO_DAY: Final = re.compile(r"\d{4}-\d{2}-\d{2}")
_COLUMNS: Final = re.compile(r"[^\S\n]++")
#: Between a day word and its weekday: a comma, or an opening bracket.
_SET_OFF: Final = re.compile(r"\s*+[,(]\s*+")
#: Between a day word and the day it spells out: a comma or a bracket, or spaces alone.
_SPELT_OUT: Final = re.compile(r"[^\S\n]*+[,(]?[^\S\n]*+")


def _spelt_out(text: str, last: DateMention, d: DateMention) -> bool:
    """
    Whether ``d``, a day with its year, spells out the day word ``last`` right before it
    ("yesterday, 5 February 2026", "ມື້ວານ ວັນທີ 5 ກຸມພາ 2026").
    """
    return (
        last.relative
        and last.weekday is None
        and not d.relative
        and not d.needs_year
        and d.when is not None
        and d.when.precision is Precision.DAY
        and _SPELT_OUT.fullmatch(text, last.span[1], d.span[0]) is not None
    )


#: Between a day and its weekday: a comma, an opening bracket or a copula (``dates.copulas``:
#: "5 February 2026 is a Thursday", "ວັນທີ 5 ກັນຍາ 2026 ກົງກັບວັນອາທິດ"), then an article at
#: most (the word files' ``dates.weekday_articles``: "5 February 2026, a Wednesday").
_SET_OFF_DAY: Final = re.compile(
    rf"\s*+(?:[,(]|(?:{_alternation(merged('dates', 'copulas'))})(?![^\W\u0e80-\u0eff]))\s*+"
    rf"(?:(?:{_alternation(merged('dates', 'weekday_articles'))})\s++)?",
    re.IGNORECASE,
)
#: The words that put a weekday in another week than the nearest ("last", "next"; the word
#: files' ``dates.weekday_prefixes`` that count a week or more).
_OTHER_WEEK: Final = re.compile(
    rf"(?<!\w)(?:{_alternation(w for w, n in merged('dates', 'weekday_prefixes').items() if n)})(?!\w)",
    re.IGNORECASE,
)


#: How far (days) from the publication day a story's dates must lie for a day without a year to
#: take their year rather than the one nearest the publication ("6-8 Jan 2026. ... re-elected on
#: 8 January." in an almanac of November 2026: January 2026, not 2027); four times as far at
#: most: older dates are a founding's or a birth's, recalled ("founded on 22/3/1955. On 2/9 ...").
_A_STORY_OF_THE_PAST: Final = 183
#: How far before a day without a year the dated day it goes on from may stand (on its line).
_STORY_REACH: Final = 400


def _year_of_the_story(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """
    Days without a year on a line whose last dated day before them lies more than half a year
    (and at most two years) from the publication day: of the year that puts them nearest that
    day, as a story of the past goes on, not of the one nearest the publication (a calendar's
    next line, "• 13 December: ...", is another entry's).  A day named with its weekday (which
    fixes its year) or on the dated day's day of the year (an anniversary of it) keeps its year.
    """
    out = list(found)
    story: date | None = None
    story_end = -1
    for i, mention in enumerate(found):
        when = mention.when
        if when is None or when.earliest is None or when.latest is None or mention.relative:
            continue
        if not mention.needs_year:
            if when.precision in _STORY_PRECISIONS:
                story, story_end = when.earliest, mention.span[1]
            continue
        first = when.earliest
        if (
            story is None
            or mention.weekday is not None
            or (first.month, first.day) == (story.month, story.day)
            or mention.span[0] - story_end > _STORY_REACH
            or "\n" in text[story_end : mention.span[0]]
            or not _A_STORY_OF_THE_PAST < abs((story - published).days) <= _A_STORY_OF_THE_PAST * 4
        ):
            continue
        told = story
        moved = [m for y in (told.year - 1, told.year, told.year + 1) if (m := when.moved_to(y)) is not None]
        if moved:
            nearest = min(moved, key=lambda m: abs((m.earliest or told) - told).days)
            out[i] = attrs.evolve(mention, when=nearest, needs_year=False)
    return out


#: A year right before an opening bracket, as the bracket's end: "2021 (CPV 13th Congress, ...".
_YEAR_OPENS: Final = re.compile(r"(?<!\d)((?:19|20)\d\d)[^\S\n]*+\($")


def _year_before_brackets(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    Days without a year inside brackets that a year opens ("in 2021 (CPV 13th Congress, 25
    January–1 February; LPRP 11th Congress, 13–15 January)"): of that year, not of the one
    nearest the publication day.
    """
    out = list(found)
    for i, mention in enumerate(found):
        if not mention.needs_year or mention.relative or mention.when is None:
            continue
        start = mention.span[0]
        line = text.rfind("\n", 0, start) + 1
        opening = text.rfind("(", line, start)
        if opening < 0 or ")" in text[opening:start]:
            continue  # not inside a bracket on its line
        year = _YEAR_OPENS.search(text, max(line, opening - 8), opening + 1)
        moved = None if year is None else mention.when.moved_to(int(year[1]))
        if moved is not None:
            out[i] = attrs.evolve(mention, when=moved, needs_year=False)
    return out


#: A calendar's or a year's plan's words, then its year in the same clause ("desk calendar 2027",
#: "Lịch kỷ niệm năm 2027", "ປະຕິທິນຕັ້ງໂຕະປີ2027"), or the year right before them ("a 2027
#: desk calendar"): the word files' ``dates.calendar_words``.
_CALENDAR_WORDS: Final = _any_word(merged("dates", "calendar_words") or ["(?!)"]).pattern
_CALENDAR_YEAR: Final = re.compile(
    rf"(?:{_CALENDAR_WORDS})[^\n.;!?]{{0,40}}?(?<!\d)((?:19|20|\u0ed1\u0ed9|\u0ed2\u0ed0)\d\d)(?!\d)"
    rf"|(?<![\d.,])((?:19|20|\u0ed1\u0ed9|\u0ed2\u0ed0)\d\d)[^\S\n]++(?:[^\W\d_]++[^\S\n]++)?(?:{_CALENDAR_WORDS})",
    re.IGNORECASE,
)


def _calendar_year(text: str, at: int) -> int | None:
    """
    The year of the calendar whose entry the day at ``at`` is: a year that heads its line as a
    timeline's entry does, a calendar's words and year before it on its line, or on the line that
    heads the list its line is an entry of (else on the line right above: "Desk calendar 2027\nKey
    dates: 22 March ..."); or the one year a list's lead names before its colon.
    """
    line = text.rfind("\n", 0, at) + 1
    head = _LINE_YEAR.match(text, line)
    if head is not None and head.end() <= at:
        return int(head[1])  # a timeline's entry: "- 1963: diplomatic relations established (5 September)"
    above = text.rfind("\n", 0, line - 1) + 1 if line else line  # the line right above
    heading = list_heading(text, at)
    for lo, hi in ((line, at), heading or (above, line)):
        found = [int(m[1] or m[2]) for m in _CALENDAR_YEAR.finditer(text, lo, hi)]
        if found:
            return found[-1]
    if heading is not None and text[heading[0] : heading[1]].rstrip().endswith(":"):
        # a list's lead that names one year ("2025 was a year of many anniversaries:")
        return heading_year(text, heading)
    return None


def _year_of_the_calendar(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    Days without a year in a calendar of a year ("Desk calendar 2027: 22 March (...), 5 September
    (...)", or the entries of a list a calendar's heading names): of that year, not of the one
    nearest the publication day.
    """
    out = list(found)
    for i, mention in enumerate(found):
        if not mention.needs_year or mention.relative or mention.when is None:
            continue
        year = _calendar_year(text, mention.span[0])
        moved = None if year is None else mention.when.moved_to(year)
        if moved is not None:
            out[i] = attrs.evolve(mention, when=moved, needs_year=False)
    return out


#: Right after a day without its year, words that give the year ("2 December last year", "ngày
#: 2/12 năm ngoái", "ວັນທີ 2 ທັນວາ ປີກາຍ"): the publication's year, the one before or the one after.
_YEAR_IN_WORDS: Final = tuple(
    (re.compile(rf"(?<![^\S\n])[^\S\n]*+,?[^\S\n]*+(?:{pattern.pattern})", re.IGNORECASE), shift)
    for pattern, shift in ((_LAST_YEAR, -1), (_THIS_YEAR, 0), (_NEXT_YEAR, 1))
)


def _year_of_the_heading(text: str, found: list[DateMention], published: int) -> list[DateMention]:
    """
    Days without a year in the entries of a list whose lead names the year in words of the
    publication's ("Important days of this year:\n- 2 December: ..."): of that year, not of the
    one nearest the publication day.
    """
    out = list(found)
    for i, mention in enumerate(found):
        if not mention.needs_year or mention.relative or mention.when is None:
            continue
        heading = list_heading(text, mention.span[0])
        if heading is None or not text[heading[0] : heading[1]].rstrip().endswith(":"):
            continue
        shift = heading_years_from(text, heading)
        moved = None if shift is None else mention.when.moved_to(published + shift)
        if moved is not None:
            out[i] = attrs.evolve(mention, when=moved, needs_year=False)
    return out


def _year_in_words(text: str, found: list[DateMention], published: int) -> list[DateMention]:
    """
    Days without a year followed by words that say it ("On 2 December last year"): of that
    year, not of the one nearest the publication day.
    """
    out = list(found)
    for i, mention in enumerate(found):
        if not mention.needs_year or mention.relative or mention.when is None:
            continue
        for pattern, shift in _YEAR_IN_WORDS:
            if pattern.match(text, mention.span[1]):
                moved = mention.when.moved_to(published + shift)
                if moved is not None:
                    out[i] = attrs.evolve(mention, when=moved, needs_year=False)
                break
    return out


#: Right after a day without its year, words that make it the next one ("ngày 5/9 tới", "ວັນທີ 5
#: ກັນຍາ ທີ່ຈະມາເຖິງ"; the word files' ``dates.coming_after``), unless a word of
#: ``dates.coming_not_after`` or a digit follows them ("từ ngày 2/9 tới nay", since 2 September);
#: and right before it, ``dates.coming_before`` ("this coming 18 July").
_COMING_AFTER: Final = re.compile(
    rf"[^\S\n]*+,?[^\S\n]*+(?:{_any_word(merged('dates', 'coming_after') or ['(?!)']).pattern})"
    rf"(?![^\S\n]*+(?:\d|{_any_word(merged('dates', 'coming_not_after') or ['(?!)']).pattern}))",
    re.IGNORECASE,
)
_COMING_BEFORE: Final = re.compile(
    rf"(?:{_any_word(merged('dates', 'coming_before') or ['(?!)']).pattern})[^\S\n]++\Z",
    re.IGNORECASE,
)


def _the_coming_day(text: str, found: list[DateMention], published: date) -> list[DateMention]:
    """
    Days without a year that words around them make the next one ("vào ngày 18/7 tới", "this
    coming 18 July"): of the publication's year when the day is still to come in it, not of the
    one nearest the publication day.
    """
    out = list(found)
    for i, mention in enumerate(found):
        when = mention.when
        if not mention.needs_year or mention.relative or when is None or when.earliest is None:
            continue
        start, end = mention.span
        before = _COMING_BEFORE.search(text, max(0, start - 20), start)
        if before is None and _COMING_AFTER.match(text, end) is None:
            continue
        day = when.earliest
        if (day.month, day.day) < (published.month, published.day):
            # past in the publication's year: the next is a year off, and more often the day is
            # the slip ("Đại hội XIV ... diễn ra từ ngày 9/1 tới", published on 15 January)
            continue
        moved = when.moved_to(published.year)
        if moved is not None:
            out[i] = attrs.evolve(mention, when=moved, needs_year=False)
    return out


#: The dates a story goes on from: a day, days or a month.
_STORY_PRECISIONS: Final = (Precision.DAY, Precision.RANGE, Precision.MONTH)


def _year_in_brackets(text: str, found: list[DateMention]) -> list[DateMention]:
    """
    Days without a year that a year in brackets right after them dates ("ວັນທີ 18 ກໍລະກົດ (ພ.ສ.
    2520)", "18 July (2025)"): of that year, not of the one nearest the publication day.
    """
    out = list(found)
    for i, (mention, after) in enumerate(itertools.pairwise(found)):
        when, year = mention.when, after.when
        if (
            not mention.needs_year
            or mention.relative
            or when is None
            or year is None
            or year.precision is not Precision.YEAR
            or year.year is None
            or text[mention.span[1] : after.span[0]].strip() != "("
        ):
            continue
        moved = when.moved_to(year.year)
        if moved is not None:
            out[i] = attrs.evolve(mention, when=moved, needs_year=False)
    return out


def _years_of_siblings(
    ctx: Context, nearest: list[DateMention], tensed: list[DateMention], of_entries: set[tuple[int, int]]
) -> list[DateMention]:
    """
    ``tensed`` (the dates without a year, each moved by the tense of its clause from the year
    nearest the publication day, ``nearest``), with a date its clause gave no tense (a verb left
    out: "The LPRP held its congress from 6 to 8 January, and the CPV its 14th from 19 to 23
    January") in the year of the one before it in its sentence that its tense moved.
    """
    out: list[DateMention] = []
    year_of_sentence: tuple[tuple[int, int], int] | None = None  # the sentence, the year tense gave
    for before, after in zip(nearest, tensed, strict=True):
        if not _loose(before, of_entries) or after.when is None or after.when.earliest is None:
            out.append(after)
            continue
        sentence = ctx.sentence(*after.span)
        if after.when != before.when:  # its tense moved it
            year_of_sentence = (sentence, after.when.earliest.year)
        elif year_of_sentence is not None and year_of_sentence[0] == sentence:
            moved = after.when.moved_to(year_of_sentence[1])
            if moved is not None and after.when.earliest.year != year_of_sentence[1]:
                after = attrs.evolve(after, when=moved)  # noqa: PLW2901 (the sibling's year)
        out.append(after)
    return out


def _loose(mention: DateMention, of_entries: set[tuple[int, int]]) -> bool:
    """Whether a date's year is still the one nearest the publication day, to be set by its tense."""
    return mention.needs_year and not mention.relative and mention.span not in of_entries


def _years_of_entries(
    ctx: Context, found: list[DateMention]
) -> tuple[list[DateMention], set[tuple[int, int]]]:
    """
    The days without a year that stand in a log's entry (:func:`_entry_day`) in the year nearest
    the entry's day, not the publication day's: "[Thứ Sáu, 16/01/2026] ... Thứ Hai 19/1 lớp sẽ
    xem ..." in a message export published in February is January 2026's Monday; and the spans
    of those so read, whose year their tense no longer moves.
    """
    exact = _exact_days(found)
    out: list[DateMention] = []
    moved: set[tuple[int, int]] = set()
    for mention in found:
        when = mention.when
        day = _entry_day(ctx.text, mention, exact) if mention.needs_year and not mention.relative else None
        if day is None or day == ctx.published or when is None or when.earliest is None:
            out.append(mention)
            continue
        years = [w for y in (day.year - 1, day.year, day.year + 1) if (w := when.moved_to(y)) is not None]
        nearest = min(years, key=lambda w: abs(((w.earliest or day) - day).days), default=when)
        out.append(attrs.evolve(mention, when=nearest))
        moved.add(mention.span)
    return out, moved


def _ahead(ctx: Context, mention: DateMention) -> DateMention:
    """
    A day without a year, read as the nearest to the publication day, that is past but said to
    come: after a verb in the future in its clause, or opening its clause with one after it
    ("On 5 September we will mark the 64th anniversary", published in February: this
    September's, not last year's).  "The talks on 26 January will be followed by ..." keeps its day.
    """
    when, published = mention.when, ctx.published
    if when is None or published is None or when.latest is None or when.latest >= published:
        return mention
    start, end = mention.span
    lo, hi = _clause_of(ctx, start, end)
    ahead = _FUTURE_TENSE.search(ctx.text, lo, start) or (
        _OPENS_CLAUSE.fullmatch(ctx.text, lo, start) and _FUTURE_TENSE.search(ctx.text, end, hi)
    )
    if not ahead or when.earliest is None:
        return mention
    moved = when.moved_to(when.earliest.year + 1)
    return mention if moved is None else attrs.evolve(mention, when=moved)


def _behind(ctx: Context, mention: DateMention) -> DateMention:
    """
    A day without a year, read as the nearest to the publication day, that is still to come (by
    more than :data:`LOOKS_BACK_BEYOND`) but told of in the past, in its clause or in the one it
    opens (:func:`looks_back`): the last one ("On 5 February, To Lam paid a visit", published in
    November: that February's, not the next).  "The visit was to take place on 5 February"
    keeps its day.
    """
    when, published = mention.when, ctx.published
    if (
        when is None
        or published is None
        or when.earliest is None
        or when.earliest <= published + LOOKS_BACK_BEYOND
    ):
        return mention
    start, end = mention.span
    lo, hi = _clause_of(ctx, start, end)
    if not looks_back(ctx.text, lo, hi):
        return mention
    moved = when.moved_to(when.earliest.year - 1)
    return (
        mention
        if moved is None or moved.latest is None or moved.latest > published
        else attrs.evolve(mention, when=moved)
    )


def _clause_of(ctx: Context, start: int, end: int) -> tuple[int, int]:
    """The clause of the date at ``text[start:end]``, with the next one where the date opens its own."""
    before, after = ctx.sentences.clause(start, end)
    s, e = ctx.sentence(start, end)
    lo, hi = max(s, before + 1), min(after, e)
    if not ctx.text[end:hi].strip(" ,"):  # "On 5 September, we will ...": the clause the date opens
        hi = min(ctx.sentences.clause(hi + 1, hi + 1)[1], e)
    return lo, hi


#: Before a date that opens its clause: at most one word ("On 5 September", "Vào ngày").
_OPENS_CLAUSE: Final = re.compile(r"\s*+(?:[^\W\d_]++\s++)?")


#: The dates of windows of text, by the window's words and the publication date (which dates
#: without a year and weekdays are read against), with spans from the window's start: news
#: repeat their datelines and the same dates with the same words around them.  Emptied when full.
_READ: Memo[
    tuple[str, date | None, bool, bool], list[tuple[When | None, int, int, str, int | None, bool, bool]]
] = Memo(4096)


def _read_window(
    window: str, published: date | None, shift: int, *, day_first: bool, worded: bool
) -> list[DateMention]:
    """:func:`vnla.lang.parsing._dates` of a window, read once per window's words and publication date."""
    key = (window, published, day_first, worded)
    read = _READ.get(key)
    if read is None:
        read = _READ.keep(
            key,
            [
                (d.when, *d.span, d.text, d.weekday, d.needs_year, d.relative)
                for d in _dates(window, published, day_first=day_first, worded=worded)
            ],
        )
    return [
        DateMention(
            when=when,
            span=(start + shift, end + shift),
            text=words,
            weekday=weekday,
            needs_year=needs_year,
            relative=relative,
        )
        for when, start, end, words, weekday, needs_year, relative in read
    ]


def _in_speech(ctx: Context, found: list[DateMention]) -> list[DateMention]:
    """
    Day words ("today", "hôm nay", "ມື້ນີ້") and bare weekdays inside reported speech, read against
    the day of the speech when the text gives it, not against the publication date.

    The speech is a quotation whose lead-in (from the start of its sentence) or whose sentence
    after it states an exact date ("The joint statement issued on 2 December 2025 said: 'Today
    ...'"), or the rest of a sentence after a speech word with an exact date before it ("Speaking
    on 2 December 2025, he said the visit today ..."); else, against the day of the entry of a
    log they stand in (:func:`_entry_day`). The days are kept on ``ctx.speech_days``, and the
    entries' spans on ``ctx.entry_days``.
    """
    text = ctx.text
    exact = _exact_days(found)
    if not exact:
        return found
    quotes = quotations(text)
    out: list[DateMention] = []
    for mention in found:
        day = _speech_day(ctx, mention, exact, quotes) if mention.relative else None
        if mention.relative and day is None:
            day = _entry_day(text, mention, exact)
            if day is not None:
                ctx.entry_days.add(mention.span)
        if day is None or day == ctx.published:
            out.append(mention)
            continue
        start, end = mention.span
        again = [d for d in _dates(text[start:end], day, start) if d.span == mention.span and d.relative]
        if again and again[0].when is not None:
            ctx.speech_days[mention.span] = day
            out.append(again[0])
        else:
            out.append(mention)
    return out


def _speech_day(
    ctx: Context,
    mention: DateMention,
    exact: list[tuple[tuple[int, int], date | None]],
    quotes: list[tuple[int, int]],
) -> date | None:
    """The day of the speech a relative date stands in, when the text states it."""
    start, end = mention.span
    i = bisect.bisect_right(quotes, (start, len(ctx.text)))
    if i and quotes[i - 1][0] <= start and end <= quotes[i - 1][1]:
        q_start, q_end = quotes[i - 1]
        lead = ctx.sentence(max(0, q_start - 1), q_start)[0]
        before = _last_within(exact, lead, q_start)
        if before is not None:
            return before
        return _first_within(exact, q_end, ctx.sentence(q_end, q_end + 1)[1])
    s, _e = ctx.sentence(start, end)
    day = _last_within(exact, s, start)  # a bisection first: most sentences state no day before it
    if day is None or not _reports_speech(ctx.text, s, start):
        return None
    return day


def _exact_days(found: list[DateMention]) -> list[tuple[tuple[int, int], date | None]]:
    """The exact days ``found`` states, each with its span, in order: what relative dates are read from."""
    return [
        (d.span, d.when.earliest) for d in found if not d.relative and d.when is not None and d.when.is_exact
    ]


def _entry_day(
    text: str, mention: DateMention, exact: list[tuple[tuple[int, int], date | None]]
) -> date | None:
    """
    The day of the entry a relative date stands in, in a log or a diary whose entries open with
    a line that is a date alone ("Monday 19 January\\n07:00 ... opened today"), or with a head of
    fields set apart by middle dots, the date among them ("Flight 3 · 3 December 2025 ·
    A320 · ... The meeting opens today"): the last such line before it, within
    :data:`_ENTRY_REACH` characters.

    >>> from datetime import date
    >>> text = "Monday 19 January\\n07:00 The congress opened today."
    >>> mention = DateMention(when=None, span=(44, 49), text="today", relative=True)
    >>> _entry_day(text, mention, [((0, 17), date(2026, 1, 19))])
    datetime.date(2026, 1, 19)
    """
    start = mention.span[0]
    i = bisect.bisect_left(exact, (start, -1), key=_span) - 1  # the last exact date before it
    while i >= 0 and exact[i][0][0] >= start - _ENTRY_REACH:  # an entry is short: no scan of the text
        (a, b), day = exact[i]
        line = text.rfind("\n", 0, a) + 1
        end = text.find("\n", b)
        end = len(text) if end < 0 else end
        if b <= start and (
            (_ENTRY_HEAD.fullmatch(text, line, a) and _ENTRY_TAIL.fullmatch(text, b, end))
            or _entry_line(text, (line, a, b, end), start)
            or (start < end and in_a_fields_head(text, a, b))
        ):
            return day
        i -= 1
    return None


def _entry_line(text: str, line: tuple[int, int, int, int], start: int) -> bool:
    """
    Whether the line ``(line start, date start, date end, line end)`` opens a log's entry in
    the way a site diary or a message export writes it, with the day's weekday, time or weather
    after its date ("Ngày 23/01/2026 (thứ Năm) - Nắng, gió nhẹ", "[Thứ Sáu, 12/12/2025 - 17:10]"),
    and a relative date at ``start`` stands in that entry: on a later line of the same block,
    no blank line between.  Not a list's item ("- 5/2/2026: ..."), which a paragraph may follow.
    """
    line_start, a, b, end = line
    return (
        end < start
        and _ENTRY_OPEN.fullmatch(text, line_start, a) is not None
        and _ENTRY_AFTER.fullmatch(text, b, end) is not None
        and "\n\n" not in text[end:start]  # (the normal form leaves no space on a blank line)
    )


#: How far before a relative date the date line of its entry is looked for.
_ENTRY_REACH: Final = 2000
#: Before and after a date that opens an entry of a log, alone on its line: a bullet, a heading's
#: marks, a colon or a dash at most.
_ENTRY_HEAD: Final = re.compile(r"[^\S\n]*+(?:[#*•>-]+[^\S\n]*+)?")
_ENTRY_TAIL: Final = re.compile(r"[^\S\n]*+[:–—-]?[^\S\n]*+")
#: Before the date of an entry's line as a site diary or a message export writes it: a bracket
#: at most ("[Thứ Sáu, 12/12/2025 - 17:10]").
_ENTRY_OPEN: Final = re.compile(r"[^\S\n]*+[\[(]?")
#: After it: the weekday in brackets, a time, a closing bracket, then a short note after a dash
#: or a colon at most ("(thứ Năm) - Nắng, gió nhẹ", " - 17:10]").
_ENTRY_AFTER: Final = re.compile(
    r"[^\S\n]*+(?:\([^()\n]{1,24}\)[^\S\n]*+)?(?:[-–—,]?[^\S\n]*+\d{1,2}[:h]\d\d[^\S\n]*+)?[\])]?"
    r"[^\S\n]*+(?:[:–—|-][^\n.!?]{0,40})?"
)


def _span(dated: tuple[tuple[int, int], date | None]) -> tuple[int, int]:
    return dated[0]


def _last_within(exact: list[tuple[tuple[int, int], date | None]], lo: int, hi: int) -> date | None:
    """The day of the last exact date in ``[lo, hi)`` (the dates sorted, none overlapping): a bisection."""
    i = bisect.bisect_left(exact, (hi, -1), key=_span) - 1  # the last that starts before hi
    while i >= 0 and exact[i][0][0] >= lo:
        if exact[i][0][1] <= hi:
            return exact[i][1]
        i -= 1
    return None


def _first_within(exact: list[tuple[tuple[int, int], date | None]], lo: int, hi: int) -> date | None:
    """The day of the first exact date that lies in ``[lo, hi)``."""
    i = bisect.bisect_left(exact, (lo, -1), key=_span)  # the first that starts at lo or later
    if i < len(exact) and exact[i][0][1] <= hi:
        return exact[i][1]
    return None


def _overlaps(starts: list[int], reach: list[int], span: tuple[int, int]) -> bool:
    """
    Whether ``span`` overlaps one of the spans sorted by start (``starts``, and ``reach``, the
    furthest end among the first ones): a bisection, not a scan of every span (quadratic).
    """
    before = bisect.bisect_left(starts, span[1])  # the spans that start before it ends
    return before > 0 and reach[before - 1] > span[0]
