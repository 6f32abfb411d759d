# SPDX-License-Identifier: MIT
"""
The years a person held an office, said as a span right after the title: "Kaysone Phomvihane
served as Prime Minister from 1975 to 1991", "Kaysone Phomvihane (Prime Minister 1975-1991)",
"Choummaly Sayasone là Tổng Bí thư từ năm 2006 đến năm 2016", "ທ່ານ ເປັນ ນາຍົກລັດຖະມົນຕີ ປີ
2016 ຫາ 2021".  The dates judge asks (:func:`of_term_span`) before it looks for an event.

The span belongs to the title when it follows it closely: the title and its person read as one
(:func:`~vnla.checker.judges.tenure`'s chains: "as Prime Minister", "Prime Minister Kaysone
Phomvihane (1975-1991)"), or a title of one office right after a name and words that say the
person held it (the word files' ``titles.past_predicates``: "was", "served as", "làm", "ເປັນ"),
with at most a short word ("from", "từ", "ປີ") or the title's body between the title and the
span.  A span said of a term of a body ("the 2021-2026 term", "nhiệm kỳ 2021-2026": the word
files' ``titles.term_words``) is the body's, not the person's.

A span is right when a run of the person's terms in the office begins in its first year and ends
in its last (a term with no end recorded runs to the next holder's start).  It is wrong only in
an office of one holder at a time, and only when the record has others in the office over all
the years of the span the person's terms do not cover: the record may lack a term of the
person's, never one that others held.  Else it is unknown, with the terms the record has.
"""

from __future__ import annotations

import bisect
import re
from datetime import date
from typing import TYPE_CHECKING, Final

from vnla.checker.drafts import _Proto
from vnla.checker.holders import held_by_others
from vnla.checker.judges.tenure import _one_role, _title_before
from vnla.checker.judges.titles import _role_words
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _NOT_THE_ROLE, _QUALIFIER_WORDS, _alternation, _any_word
from vnla.lang.words import merged
from vnla.model.records import Person, Precision
from vnla.render.messages import Message, Named, joined

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.model.records import Office, When

__all__ = ["of_term_span"]

#: Between a title (or its body) and the span: spaces, a comma, an opening bracket or a colon,
#: and a short word at most ("from", "từ năm", "ປີ").
_TO_SPAN: Final = re.compile(r"[\s,(:]*+(?:[^\W\d_]{1,4}+(?:[^\S\n][^\W\d_]{1,3}+)?[\s,]*+)?")
#: Between a title and the name of its body or country: the titles' ``of`` words ("of", "của").
_OF: Final = re.compile(rf"\s*+(?:{_any_word(merged('titles', 'of')).pattern})?\s*+", re.IGNORECASE)
#: Between a name and a title it held: a comma or a bracket, the word files'
#: ``titles.past_predicates`` ("was", "served as", "làm", "ເປັນ"), an article and a country's
#: adjective at most.
_HELD: Final = re.compile(
    rf"\s*+(?:[,(]\s*+|(?:{_any_word(merged('titles', 'past_predicates') or ['(?!)']).pattern})\s*+)"
    rf"(?:(?:{_alternation(merged('dates', 'name_articles'))})\s++)?"
    rf"(?:(?:{_alternation(_QUALIFIER_WORDS)})\s*+)?",
    re.IGNORECASE,
)
#: Words of a body's term ("term", "nhiệm kỳ", "ສະໄໝ"), right before or after a span.
_TERM_WORDS: Final = _any_word(merged("titles", "term_words") or ["(?!)"]).pattern
_TERM_BEFORE: Final = re.compile(rf"(?:{_TERM_WORDS})[\s,]*+(?:[^\W\d_]{{1,4}}+\s*+)?$", re.IGNORECASE)
_TERM_AFTER: Final = re.compile(rf"[\s,]*+(?:{_TERM_WORDS})", re.IGNORECASE)
#: The most characters between a title and the span said of it.
_REACH: Final = 48


def of_term_span(ctx: Context, start: int, end: int, when: When) -> _Proto | None:
    """
    The verdict on a span of years (``when``, at ``text[start:end]``) said of a person's
    office right before it, else ``None``.
    """
    years = _years(when)
    if years is None:
        return None
    text = ctx.text
    if _TERM_BEFORE.search(text, max(0, start - 24), start) or _TERM_AFTER.match(text, end):
        return None  # "nhiệm kỳ 2021-2026": a body's term
    held = _held(ctx, start)
    if held is None:
        return None
    person, role, offices, runs = held
    pid = person.id
    first, last = years
    now = ctx.published.year if ctx.published is not None else None
    if any(a == first and (b == last or (b is None and now is not None and last >= now)) for a, b in runs):
        return _Proto(start, end, "date", Verdict.OK, "dates.term", record=pid)
    args = {
        "name": Named(pid, person.name.preferred("en")),
        "title": _role_words(ctx, role),
        "runs": joined(", ", [_shown(a, b) for a, b in runs]),
        "said": f"{first}\u2013{last}",
    }
    outside = _outside(runs, first, last)
    bodies = {o.organization for o in offices}
    others = next(
        (y for stretch in outside if (y := _a_year_of_others(ctx, pid, role, bodies, stretch))), None
    )
    if others is not None:
        return _Proto(
            start,
            end,
            "date",
            Verdict.CONTRADICTION,
            "dates.term",
            record=pid,
            message=Message(
                "the record has {name} as {title} in {runs}; the text says {said}, and the record has "
                "others in the office all through {year}",
                year=others,
                **args,
            ),
            evidence=offices[-1].evidence[:2],
        )
    return _Proto(
        start,
        end,
        "date",
        Verdict.UNKNOWN,
        "dates.term",
        record=pid,
        message=Message(
            "the record has {name} as {title} in {runs}; the text says {said}, which the record "
            "neither matches nor rules out",
            **args,
        ),
    )


def _held(ctx: Context, start: int) -> tuple[Person, str, list[Office], list[tuple[int, int | None]]] | None:
    """
    The person, the office of one holder at a time, the person's offices of it and their runs
    of terms (:func:`_runs`) that the span at ``start`` is said of, if any.
    """
    held = _titled(ctx, start) or _predicated(ctx, start)
    if held is None:
        return None
    pid, role = held
    person = ctx.index.records.get(pid)
    if not isinstance(person, Person) or role not in ctx.index.one_holder:
        return None
    offices = [o for o in person.offices if o.role == role]
    runs = _runs(ctx, pid, role, [o.organization for o in offices])
    return (person, role, offices, runs) if runs else None


def _years(when: When) -> tuple[int, int] | None:
    """The first and last year of a span of two or more years, else ``None``."""
    first, last = when.earliest, when.latest
    if first is None or last is None or first.year >= last.year:
        return None
    whole = (first.month, first.day, last.month, last.day) == (1, 1, 12, 31)
    return (first.year, last.year) if when.precision is Precision.BOUNDS and whole else None


def _titled(ctx: Context, start: int) -> tuple[str, str] | None:
    """The person and office of a chain of titles the span follows closely ("as Prime Minister from")."""
    titled = _title_before(ctx, start)
    if titled is None or titled.person is None or start - titled.span[1] > _REACH:
        return None
    role = _one_role(titled)
    if role is None or not _links(ctx, titled.span[1], start):
        return None
    return titled.person, role


def _predicated(ctx: Context, start: int) -> tuple[str, str] | None:
    """
    The person and office of a title of one office right before the span, held by the name right
    before it ("Kaysone Phomvihane was Prime Minister from 1975 to 1991").
    """
    text = ctx.text
    i = bisect.bisect_left(ctx.roles, start, key=lambda m: m.start) - 1
    m = ctx.roles[i] if i >= 0 else None
    if m is None or not (m.pat.role and m.pat.role[0]) or not 0 <= start - m.end <= _REACH:
        return None
    if not _links(ctx, m.end, start):
        return None
    s, _e = ctx.sentence(start, start + 1)
    if m.start < s or _NOT_THE_ROLE.search(text, max(s, m.start - 24), m.start) is not None:
        return None
    persons = ctx.within(ctx.persons, s, m.start)
    if not persons or _HELD.fullmatch(text, persons[-1][1], m.start) is None:
        return None
    return persons[-1][2], m.pat.role[0]


def _links(ctx: Context, at: int, start: int) -> bool:
    """Whether only a short word, or a body's or country's name after "of", stands from ``at`` to the span."""
    text = ctx.text
    if _TO_SPAN.fullmatch(text, at, start):
        return True
    of = _OF.match(text, at, start)
    after = of.end() if of else at
    named = ctx.within(ctx.named, after, start)
    return bool(named) and named[0][0] == after and bool(_TO_SPAN.fullmatch(text, named[0][1], start))


def _runs(ctx: Context, pid: str, role: str, bodies: list[str]) -> list[tuple[int, int | None]]:
    """
    The years of the person's runs of terms in the office, in order: a term with no end recorded
    runs to the next start the record has of the office (``None``: none, it may still run).
    """
    spans: list[tuple[int, int | None]] = []
    for body in dict.fromkeys(bodies):
        terms = ctx.index.holders.get((role, body), [])
        starts = sorted(s.earliest for _p, s, _e in terms if s is not None and s.earliest is not None)
        for holder, begun, ended in terms:
            if holder != pid or begun is None or begun.earliest is None:
                continue
            if ended is not None and ended.latest is not None:
                stop: int | None = ended.latest.year
            else:
                later = [day for day in starts if day > begun.earliest]
                stop = later[0].year if later else None
            spans.append((begun.earliest.year, stop))
    runs: list[tuple[int, int | None]] = []
    for a, b in sorted(spans, key=lambda r: r[0]):
        if runs and (runs[-1][1] is None or a <= runs[-1][1]):
            before = runs[-1]
            runs[-1] = (before[0], None if before[1] is None or b is None else max(before[1], b))
        else:
            runs.append((a, b))
    return runs


def _outside(runs: list[tuple[int, int | None]], first: int, last: int) -> list[tuple[int, int]]:
    """
    The stretches of years from ``first`` to ``last`` that no run covers.

    >>> _outside([(1991, 1992)], 1975, 1991), _outside([(2006, 2016)], 2006, 2018)
    ([(1975, 1990)], [(2017, 2018)])
    >>> _outside([(2016, None)], 2016, 2021)
    []
    """
    out: list[tuple[int, int]] = []
    year = first
    for a, b in runs:
        if year > last:
            break
        if a > year:
            out.append((year, min(last, a - 1)))
        year = max(year, (b if b is not None else last) + 1)
    if year <= last:
        out.append((year, last))
    return out


def _a_year_of_others(
    ctx: Context, pid: str, role: str, bodies: set[str], stretch: tuple[int, int]
) -> int | None:
    """
    The first year of ``stretch`` (years the person's terms leave out) that the record has
    others in one of the person's ``bodies``' office all through, from the first start it has of
    the office at the earliest: the person held it in no day of that year, whatever the record
    knows of the others. ``None`` when there is none.
    """
    for body in bodies:
        terms = ctx.index.holders.get((role, body), [])
        starts = [s.latest for _p, s, _e in terms if s is not None and s.latest is not None]
        if not starts:
            continue
        for year in range(max(stretch[0], min(starts).year + 1), stretch[1] + 1):
            if held_by_others(terms, pid, date(year, 1, 1), date(year, 12, 31)):
                return year
    return None


def _shown(first: int, last: int | None) -> str:
    """A run of years as a message shows it ("1975–1991", "2021–")."""
    return f"{first}\u2013{last}" if last is not None else f"{first}\u2013"
