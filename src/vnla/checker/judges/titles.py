# SPDX-License-Identifier: MIT
"""
The titles judge: each title of a chain against the offices the person held on the day its
sentence states (or the publication day), and a title before a name no record has.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.checker.canonical import _office_title
from vnla.checker.context import _CACHE_SIZE
from vnla.checker.drafts import _Proto
from vnla.checker.mentions import TitleMention, UnknownPersonMention
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _FORMER, _NOT_THE_ROLE
from vnla.model.records import Office, Person
from vnla.rules.checks import Severity

if TYPE_CHECKING:
    from collections.abc import Sequence
    from datetime import date

    from vnla.checker.context import Context

__all__ = ["judge"]


def judge(ctx: Context, mention: TitleMention | UnknownPersonMention, out: list[_Proto]) -> None:
    """Judge a chain of titles against a person's offices; a title before an unknown name is unknown."""
    if isinstance(mention, UnknownPersonMention):
        start, end = mention.span
        out.append(
            _Proto(
                start,
                end,
                "person",
                Verdict.UNKNOWN,
                "names.unknown-person",
                message=f"called {mention.title}, but not in the record",
            )
        )
        return
    first, end = mention.span
    text = ctx.text
    day = ctx.sentence_date(first, end)
    titles: list[tuple[str, str | None, bool]] = []
    befores = ctx.caches.befores
    for start, country, role in reversed(mention.titles):
        before = text[max(0, start - 24) : start]
        known = befores.get(before)
        if known is None:
            if len(befores) > _CACHE_SIZE:
                befores.clear()
            # (a deputy's title, a former title): a deputy is not the role
            known = befores[before] = (
                _NOT_THE_ROLE.search(before) is not None,
                _FORMER.search(before) is not None,
            )
        if role and not known[0]:
            titles.append((role, country, known[1]))
    pid = mention.person
    judged = _judged(ctx, pid, tuple(titles), day, "en")
    if judged.canonical is not None:
        # the canonical form is written in the sentence's language, which is read only here:
        # most titles are right, and need none
        lang = ctx.lang_at(first, end)
        if lang != "en":
            judged = _judged(ctx, pid, tuple(titles), day, lang)
    out.append(judged.at(first, end))


def _office_title_of(ctx: Context, offices: Sequence[Office], lang: str) -> str | None:
    """The canonical form of a title written in ``lang``: the offices held."""
    return _office_title(offices, lang, ctx.index.role_titles) or None


def _judged(
    ctx: Context, pid: str, titles: tuple[tuple[str, str | None, bool], ...], day: date | None, lang: str
) -> _Proto:
    """:meth:`judge_titles`, cached by the checker."""
    key = (pid, titles, day, lang)
    judged = ctx.caches.titles.get(key)
    if judged is None:
        if len(ctx.caches.titles) > _CACHE_SIZE:
            ctx.caches.titles.clear()
        judged = ctx.caches.titles[key] = _titles(ctx, pid, list(titles), day, lang)
    return judged


def _titles(
    ctx: Context, pid: str, titles: list[tuple[str, str | None, bool]], day: date | None, lang: str
) -> _Proto:
    """The verdict on a person's titles on a day: the first contradiction, else unknown, else ok."""
    person = ctx.index.records.get(pid)
    if not isinstance(person, Person) or not titles:
        return _Proto(0, 0, "title", Verdict.UNKNOWN, "titles.office", record=pid)
    verdicts = [
        _office(ctx, person, role, country, day, former=former, lang=lang) for role, country, former in titles
    ]
    for verdict in (Verdict.CONTRADICTION, Verdict.UNKNOWN):
        for proto in verdicts:
            if proto.verdict is verdict:
                return proto
    roles = ", ".join(dict.fromkeys(role for role, _c, _f in titles))
    return _Proto(0, 0, "title", Verdict.OK, "titles.office", record=pid, value=roles)


def _office(
    ctx: Context,
    person: Person,
    role: str,
    country: str | None,
    day: date | None,
    *,
    former: bool,
    lang: str,
) -> _Proto:
    """The verdict on one title of a person on a day (placed by the caller, with `_Proto.at`)."""
    start = end = 0
    index = ctx.index
    spells = [o for o in person.offices if o.role == role]
    role_name = index.role_names.get(role, role)
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
                message=f"{person.name.preferred('en')}'s {role_name} office in the record is in "
                f"{where}, not {country}",
                evidence=spells[0].evidence[:2],
            )
        spells = here
    if former or day is None:
        if spells:
            return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
    elif any(o.held is None or o.held.contains(day) for o in spells) or _bridged(spells, day):
        return _Proto(start, end, "title", Verdict.OK, "titles.office", record=person.id, value=role)
    elif spells:
        when = "; ".join(str(o.held) for o in spells)
        return _Proto(
            start,
            end,
            "title",
            Verdict.CONTRADICTION,
            "titles.office",
            record=person.id,
            canonical=_office_title_of(ctx, person.offices_on(day), lang),
            value=role,
            message=f"the record shows {person.name.preferred('en')} as {role_name} only {when}, "
            f"not on {day}",
            evidence=tuple(e for o in spells for e in o.evidence[:1]),
            severity=Severity.WARNING,
        )
    if day is not None and not former and _active(ctx, person, day):
        held = person.offices_on(day)
        shown = ", ".join(dict.fromkeys(o.title for o in held)) or "no office"
        return _Proto(
            start,
            end,
            "title",
            Verdict.CONTRADICTION,
            "titles.office",
            record=person.id,
            canonical=_office_title_of(ctx, held, lang),
            value=role,
            message=f"the record has no {role_name} office for {person.name.preferred('en')}; "
            f"on {day} the record has: {shown}",
            evidence=tuple(e for o in held for e in o.evidence[:1])[:3],
        )
    return _Proto(
        start,
        end,
        "title",
        Verdict.UNKNOWN,
        "titles.office",
        record=person.id,
        value=role,
        message=f"the record has no {role_name} office for {person.name.preferred('en')}",
    )


def _active(ctx: Context, person: Person, day: date) -> bool:
    """Whether the record knows what ``person`` did around ``day``: a dated office, or an event."""
    if any(o.held is not None and o.held.contains(day) for o in person.offices):
        return True
    return any(abs((d - day).days) <= 366 for d in ctx.index.active.get(person.id, ()))


def _bridged(spells: Sequence[Office], day: date) -> bool:
    """Whether ``day`` falls between two spells of the same office (a re-election the sources skip)."""
    before = any(o.held is not None and o.held.latest is not None and o.held.latest < day for o in spells)
    after = any(o.held is not None and o.held.earliest is not None and o.held.earliest > day for o in spells)
    return before and after
