# SPDX-License-Identifier: MIT
"""
Who led a recorded event.  A sentence whose date names an event of the record may say who led
it: a person right before the words of leading ("To Lam held talks", "A và B đồng chủ trì"; the
word files' ``dates.leader_words``), or right after them, titles between at most,
with others in a list ("talks with Thongloun Sisoulith", "co-chaired by Pham Minh Chinh and
...": ``dates.leader_words_before``).  Where the record names who led the event (its
principals) and the words name its kind, a leader of the record (a person with an office) it
does not have take part is a contradiction, on the name.

Words that name no leader ("attended", "met", "hosted a banquet") are not read: anyone may do
those, and the record lists no event's every guest.  Words of welcoming a visitor ("welcomed",
"đón", "ຕ້ອນຮັບ"; ``dates.welcome_words``) are read only of a person the record has dead before
the visit: many living welcome one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.drafts import _Proto
from vnla.checker.judges.places import nearest_date
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _COMMA_AND, _HONORIFICS_ONLY, _NEXT_IN_LIST, _alternation
from vnla.lang.lao import unspaced
from vnla.lang.words import merged
from vnla.model.records import Event, Person
from vnla.render.messages import Message, Named, Quoted, joined

if TYPE_CHECKING:
    from vnla.checker.context import Context

__all__ = ["misled"]


def _kinds(key: str) -> dict[str, frozenset[str]]:
    """The word files' table ``dates.<key>``, by the words in lower case (Lao ones without spaces too)."""
    out: dict[str, frozenset[str]] = {}
    for words, kinds in merged("dates", key).items():
        for form in {" ".join(words.lower().split()), unspaced(words.lower())}:
            out[form] = out.get(form, frozenset()) | frozenset(kinds)
    return out


#: Words of leading right after a name, and before one; the kinds of event each names.
_AFTER_KINDS: Final = _kinds("leader_words")
_BEFORE_KINDS: Final = _kinds("leader_words_before")
_WELCOME_KINDS: Final = _kinds("welcome_words")


def _right_after(table: dict[str, frozenset[str]]) -> re.Pattern[str]:
    """The words of ``table``, whole (a Lao word may run on), to be matched right after a name."""
    return re.compile(rf"({_alternation(table)})(?:(?!\w)|(?<=[\u0e80-\u0eff]))", re.IGNORECASE)


_WELCOME: Final = _right_after(_WELCOME_KINDS)
_AFTER: Final = _right_after(_AFTER_KINDS)
_BEFORE: Final = re.compile(
    rf"(?:(?<!\w)|(?<=[\u0e80-\u0eff]))({_alternation(_BEFORE_KINDS)})", re.IGNORECASE
)


def misled(ctx: Context, event: Any, part: tuple[int, int], dated: tuple[int, int]) -> list[_Proto]:
    """
    A contradiction for each leader the sentence's ``part`` (not past a semicolon) names as
    leading ``event``, which its date at ``dated`` names, whom the record does not have take
    part in it; a name nearer another date of the sentence, or parted from the date by a comma
    and "and", which open another clause, is not its ("cuộc gặp ngày 2/12/2025 do ... Thongloun
    Sisoulith đồng chủ trì, và Kỳ họp lần thứ 48 ... ngày 3/12/2025").
    """
    if not isinstance(event, Event):
        return []
    index = ctx.index
    principals = index.principals_of.get(event.id)
    if not principals:
        return []
    # (a leader of the visit may have led other talks of it: "President Luong Cuong held talks
    # with Thongloun Sisoulith" on 26 January 2026, of the visit whose talks the record has)
    # words of leading say of a meeting, a briefing or a speech that the person chaired or gave
    # it: its principals alone, not one who attended ("do Tổng Bí thư Tô Lâm và Thủ tướng
    # Sonexay Siphandone đồng chủ trì": the Prime Minister attended the Parties' meeting)
    taking_part = index.visit_people[event.id] if event.kind.value in _OF_MANY else principals
    kind = event.kind.value
    s, e = part
    if kind in _VISITS and _another_country(ctx, event, part, principals):
        return []  # "..., while Luong Cuong paid a state visit to Cambodia": another visit
    text = ctx.text
    out: list[_Proto] = []
    names = ctx.within(ctx.persons, s, e)
    afters = [_led_after(text, ne) for _ns, ne, _pid in names]
    for i in range(len(names) - 2, -1, -1):
        # a list of names before the words of leading leads too ("A và B đồng chủ trì")
        if not afters[i] and afters[i + 1] and _in_list(ctx, names[i][1], names[i + 1][0]):
            afters[i] = afters[i + 1]
    listed: tuple[int, frozenset[str]] | None = None  # the end of the last name of a list, its kinds
    for (ns, ne, pid), after in zip(names, afters, strict=True):
        # a name the words after it make a subject is no list's ("talks with A, and B welcomed")
        before = frozenset() if after else _led_before(ctx, (s, ns), listed)
        listed = (ne, before) if before else None
        person = index.records.get(pid)
        kinds = after or before or _welcomed_dead(text, ne, person, event)
        if (
            kind not in kinds
            or pid in taking_part
            or not isinstance(person, Person)
            or not person.offices
            or ctx.judged_again(ns, ne)  # judged for another date of the sentence
            or nearest_date(ctx, (ns, ne), ctx.sentence(ns, ne)) != dated[0]
            or _COMMA_AND.search(text, min(ne, dated[1]), max(ns, dated[0])) is not None
        ):
            continue
        ctx.judge_name_again(ns, ne)
        attended = pid in index.people_of[event.id]
        out.append(_not_a_leader(ctx, event, (ns, ne), (pid, attended), sorted(principals)))
    return out


#: The kinds of event a visit may hold several of, by different leaders (talks with the host's
#: General Secretary, then with its President), of which the record may hold one: a leader of
#: the visit may have led another; a meeting's or a briefing's co-chairs are its only ones.
_OF_MANY: Final = frozenset({"talks", "meeting", "state-visit", "official-visit", "welcome-ceremony"})


#: The kinds of a visit, whose visitor words of a state visit name (``dates.leader_words``).
_VISITS: Final = frozenset({"state-visit", "official-visit"})


def _another_country(ctx: Context, event: Event, part: tuple[int, int], principals: frozenset[str]) -> bool:
    """
    Whether a sentence's ``part`` names a country other than the visit ``event``'s host and its
    leaders' (``principals``): its visit words may be of a visit there.
    """
    index = ctx.index
    own = {event.host_country, *(index.person_country.get(p) for p in principals)}
    return any(
        index.kinds.get(rid) == "country" and rid not in own for _a, _b, rid in ctx.within(ctx.named, *part)
    )


def _welcomed_dead(text: str, end: int, person: object, event: Event) -> frozenset[str]:
    """
    The kinds of event the words of welcoming right after a name ending at ``end`` say it
    received ("Tổng Bí thư Nguyễn Phú Trọng đón ..."), when the record has the person dead before
    the event: many living welcome a visit, no dead one.
    """
    died = person.died if isinstance(person, Person) else None
    first = event.when.earliest
    if died is None or died.latest is None or first is None or died.latest >= first:
        return frozenset()
    return _kinds_after(_WELCOME, _WELCOME_KINDS, text, end)


def _led_after(text: str, end: int) -> frozenset[str]:
    """The kinds of event the words right after a name ending at ``end`` say it led, if any."""
    return _kinds_after(_AFTER, _AFTER_KINDS, text, end)


def _kinds_after(
    pattern: re.Pattern[str], table: dict[str, frozenset[str]], text: str, end: int
) -> frozenset[str]:
    """The kinds of event of the table's words right after ``end`` (spaces between at most), if any."""
    at = end
    while at < len(text) and text[at] in " \t":
        at += 1
    words = pattern.match(text, at)
    return frozenset() if words is None else table.get(" ".join(words.group(1).lower().split()), frozenset())


def _led_before(
    ctx: Context, where: tuple[int, int], listed: tuple[int, frozenset[str]] | None
) -> frozenset[str]:
    """
    The kinds of event the words before a name say it led (``where``: its sentence's start and
    the name's): words of leading, titles and countries between at most ("talks with Lao Prime
    Minister ..."); or the list of names they open, a name right before this one and a comma or
    "and" between.
    """
    s, start = where
    text = ctx.text
    if listed is not None and _in_list(ctx, listed[0], start):
        return listed[1]
    last = None
    for last in _BEFORE.finditer(text, max(s, start - 80), start):  # noqa: B007 (the last one)
        pass
    if last is None or not _titles_only(ctx, last.end(), start):
        return frozenset()
    return _BEFORE_KINDS.get(" ".join(last.group(1).lower().split()), frozenset())


def _in_list(ctx: Context, end: int, start: int) -> bool:
    """Whether names ending at ``end`` and starting at ``start`` are of one list: a comma or "and", titles."""
    link = _NEXT_IN_LIST.match(ctx.text, end)
    return link is not None and _titles_only(ctx, link.end(), start)


def _titles_only(ctx: Context, lo: int, hi: int) -> bool:
    """Whether ``text[lo:hi]`` holds titles, honorifics and the names of countries only."""
    at = lo
    for cs, ce, rid in ctx.within(ctx.named, lo, hi):
        if ctx.index.kinds.get(rid) != "country" or _HONORIFICS_ONLY.fullmatch(ctx.text, at, cs) is None:
            return False
        at = ce
    return _HONORIFICS_ONLY.fullmatch(ctx.text, at, hi) is not None


def _not_a_leader(
    ctx: Context, event: Event, span: tuple[int, int], who: tuple[str, bool], principals: list[str]
) -> _Proto:
    """
    The contradiction of a person named at ``span`` as leading ``event``, which they had no part
    in, or only attended (``who``: the person, and whether the record has them take part).
    """
    start, end = span
    records = ctx.index.records
    pid, attended = who
    args = {
        "event": Named(event.id, event.title),
        "id": event.id,
        "leaders": joined(", ", [Named(p, records[p].name.preferred("en")) for p in principals]),
        "said": Quoted(ctx.text[start:end], ctx.lang_at(start, end)),
    }
    message = (
        Message("the record has {event} ({id}) led by {leaders}; {said} took part without leading it", **args)
        if attended
        else Message(
            "the record has {event} ({id}) led by {leaders}; it does not have {said} take part", **args
        )
    )
    return _Proto(
        start,
        end,
        "person",
        Verdict.CONTRADICTION,
        "people.event",
        record=pid,
        message=message,
        evidence=tuple(event.evidence)[:2],
    )
