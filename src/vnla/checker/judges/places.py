# SPDX-License-Identifier: MIT
"""
Places: whether a recorded event may have taken place where a sentence says, and the
contradiction of a place a sentence gives to an event it names surely ("Kỳ họp lần thứ 48
... tại Hà Nội": the 48th meeting was in Vientiane), which the dates judge, finding the
event, asks for (``places.event``); and the judge of the place stage, a place said to lie in
another region than the record's ("cửa khẩu Thanh Thủy ở Hà Tĩnh", ``places.within``).
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any, Final

from vnla.checker.drafts import _Proto
from vnla.checker.report import Verdict
from vnla.checker.vocabulary import _any_word
from vnla.lang.words import merged
from vnla.model.records import Event, Place
from vnla.render.messages import Message, Named, Quoted

if TYPE_CHECKING:
    from vnla.checker.context import Context
    from vnla.checker.mentions import PlaceInMention

__all__ = ["judge", "misplaced", "nearest_date", "place_of", "placed"]

#: A locative word right before a place ("in", "tại", "ທີ່"; the word files' ``places.locatives``).
_LOCATIVE: Final = re.compile(rf"(?:{_any_word(merged('places', 'locatives')).pattern})\s*$", re.IGNORECASE)


def placed(ctx: Context, candidate: Any, places: set[str], *, loose: bool = True) -> bool:
    """
    Whether an event may have taken place at one of ``places``: it has no known place (its
    own or its visit's), or one of them is it, holds it or lies in it ("Hanoi" for talks at
    the Party's headquarters in Hanoi, "Vientiane" for a visit to Vientiane); a visit, or an
    event of its with no place of its own, may have been anywhere in its place's country
    (unless not ``loose``).
    """
    place = place_of(ctx, candidate)
    if place is None:
        return True
    records = ctx.index.records
    if bool(_enclosing(records, place) & places) or any(place in _enclosing(records, p) for p in places):
        return True
    # a visit's place is where it was based: the visit, and its events of no place of their own,
    # may have gone anywhere in that country ("the state visit of 5 February 2026, in Luang
    # Prabang": the record has Vientiane, and cannot say the visit kept to it)
    if loose and isinstance(candidate, Event) and (candidate.kind.is_visit or candidate.place is None):
        country = _country(records, place)
        return country is not None and any(_country(records, p) == country for p in places)
    return False


def judge(ctx: Context, mention: PlaceInMention, out: list[_Proto]) -> None:
    """
    A place said to lie in a region of the kind the record puts it in, but another (a
    province for a province): a contradiction of the region, which replaces the name's own
    finding.  A region of a kind its chain does not hold (a country, where the record stops
    at the province) is left to the name.  A place said to lie in a region of another country
    than the record's is a contradiction too ("the Unknown Martyrs Memorial in Hanoi": the
    memorial is in Laos).
    """
    records = ctx.index.records
    inner, outer = records.get(mention.inner), records.get(mention.outer)
    if not isinstance(inner, Place) or not isinstance(outer, Place):
        return
    where = _region_instead(records, inner, outer)
    if where is None:
        return
    start, end = mention.span
    region = records.get(where)
    message = Message(
        "{place} lies in {where}; the text says {said}",
        place=Named(inner.id, inner.name.preferred("en")),
        where=Named(where, region.name.preferred("en") if region is not None else where),
        said=Quoted(ctx.text[start:end], ctx.lang_at(start, end)),
    )
    out.append(_wrong_place(ctx, mention.span, ("places.within", inner.id, where), message, inner.evidence))


def _region_instead(records: Any, inner: Place, outer: Place) -> str | None:
    """
    The region the record puts ``inner`` in where the text puts it in ``outer``, when that is
    another: its country, when the two are of two countries; else the place of ``outer``'s kind
    its ``within`` chain holds.  ``None`` when ``outer`` holds it or the record has no such region.
    """
    if inner.country and outer.country and inner.country != outer.country:
        return inner.country
    if inner.within is None:
        return None
    chain = _enclosing(records, inner.within)
    if outer.id in chain or inner.id in _enclosing(records, outer.id):
        return None
    same_kind = [p for p in chain if isinstance(records.get(p), Place) and records[p].kind is outer.kind]
    return same_kind[0] if same_kind else None


def misplaced(
    ctx: Context, event: Any, sentence: tuple[int, int], dated: tuple[int, int] | None = None
) -> list[_Proto]:
    """
    A contradiction for each place the sentence names right after a locative word ("tại Hà
    Nội") where ``event``, which the sentence names by its date or number, did not take
    place; the name's own finding is left out (the place is a recorded place, rightly named).

    A place set off right beside that date, a comma between, names the event's place too (see
    :func:`_beside`: "Kỳ họp lần thứ 48 ..., 03/12/2025, Hà Nội", "(ຮ່າໂນ້ຍ, 3 ທັນວາ 2025)").
    With ``dated``, the span of the date that named the event, a place nearer another date of
    the sentence is that date's ("expected in Hanoi on 26-27 January ..., his first since the
    12th Congress (6-8 January)": Hanoi is not the congress's place).
    """
    where = place_of(ctx, event)
    if where is None:
        return []
    s, e = sentence
    text, kinds, records = ctx.text, ctx.index.kinds, ctx.index.records
    out: list[_Proto] = []
    for ps, pe, pid in ctx.within(ctx.named, s, e):
        if (
            kinds.get(pid) != "place"
            or (_LOCATIVE.search(text, max(s, ps - 12), ps) is None and not _beside(ctx, (ps, pe), dated))
            or placed(ctx, event, {pid})
            or (dated is not None and nearest_date(ctx, (ps, pe), sentence) != dated[0])
        ):
            continue
        args = {
            "event": Named(event.id, event.title),
            "id": event.id,
            "where": Named(where, records[where].name.preferred("en")),
            "said": Quoted(text[ps:pe], ctx.lang_at(ps, pe)),
        }
        message = (
            Message("{event} ({id}) took place in {where}; the text says {said}", **args)
            if isinstance(event, Event)
            else Message("{event} ({id}) was signed in {where}; the text says {said}", **args)
        )
        evidence = event.date_evidence or event.evidence
        out.append(_wrong_place(ctx, (ps, pe), ("places.event", event.id, where), message, evidence))
    return out


def _beside(ctx: Context, place: tuple[int, int], dated: tuple[int, int] | None) -> bool:
    """
    Whether a place is set off right beside the date at ``dated``, a comma between and nothing
    else: after it, closing its clause ("..., 03/12/2025, Hà Nội."), or before it inside a
    bracket ("(ຮ່າໂນ້ຍ,3ທັນວາ2025)", "(Hanoi, 3 December 2025)"), or before it between commas,
    the date closing its clause ("... the 12th National Congress of the Lao People's
    Revolutionary Party, Hanoi, January 2026.").  A place before a date at the head of a line is
    a dateline's, where the news was sent from, not where the event was.
    """
    if dated is None:
        return False
    text = ctx.text
    (ps, pe), (ds, de) = place, dated
    if ps >= de:
        return _CLAUSE_CLOSES.match(text, pe) is not None and (
            _SET_OFF.fullmatch(text, de, ps) is not None or _ends_its_entry(text, (ds, de), ps)
        )
    if pe > ds or _SET_OFF.fullmatch(text, pe, ds) is None:
        return False
    if text[max(0, ps - 1) : ps] == "(":
        return text[de : de + 1] == ")"
    return (
        _COMMA_BEFORE.search(text, max(0, ps - 4), ps) is not None
        and _CLAUSE_CLOSES.match(text, de) is not None
    )


def _ends_its_entry(text: str, dated: tuple[int, int], ps: int) -> bool:
    """
    Whether a place at ``ps`` ends, after a comma, the entry of a timeline that the date at
    ``dated`` opens ("· 3 December 2025: Intergovernmental Committee, 48th meeting, Hanoi"),
    on one line: the entry's place, as a dateline's is its news's.
    """
    ds, de = dated
    line = text.rfind("\n", 0, ds) + 1
    return (
        _ENTRY_HEAD.fullmatch(text, line, ds) is not None
        and _ENTRY_MARK.match(text, de) is not None
        and "\n" not in text[de:ps]
        and _COMMA_BEFORE.search(text, max(0, ps - 4), ps) is not None
    )


#: What may open a timeline's line before its date: spaces, a bullet.
_ENTRY_HEAD: Final = re.compile(r"[^\S\n]*+(?:[-–•·*▪][^\S\n]*+)?")
#: Right after an entry's date: a colon or a dash.
_ENTRY_MARK: Final = re.compile(r"[^\S\n]*+[:–—-]")
#: Between a date and a place set off beside it: a comma, and spaces.
_SET_OFF: Final = re.compile(r"[^\S\n]*+,[^\S\n]*+")
#: Right before a place set off before a date: a comma after words of its line.
_COMMA_BEFORE: Final = re.compile(r"[^\s,],[^\S\n]*+$")
#: After a place set off after a date: what closes its clause.
_CLAUSE_CLOSES: Final = re.compile(r"[^\S\n]*+(?:[.;)\]]|$)", re.MULTILINE)


def nearest_date(ctx: Context, span: tuple[int, int], sentence: tuple[int, int]) -> int | None:
    """Where the date of ``sentence`` nearest to the words at ``span`` starts (the first of a tie)."""
    s, e = sentence
    i = bisect.bisect_left(ctx.date_starts, s)
    best: tuple[int, int] | None = None
    while i < len(ctx.dates) and ctx.date_starts[i] < e:
        ds, de = ctx.dates[i].span
        gap = ds - span[1] if ds >= span[1] else max(0, span[0] - de)
        if best is None or gap < best[0]:
            best = (gap, ds)
        i += 1
    return None if best is None else best[1]


def _wrong_place(
    ctx: Context, span: tuple[int, int], what: tuple[str, str, str], message: Message, evidence: Any
) -> _Proto:
    """
    The contradiction of a place named at ``span``, in place of the name's own finding:
    ``what`` is the rule, the record it is about and the place the record has.
    """
    start, end = span
    rule, record, where = what
    ctx.judge_name_again(start, end)
    return _Proto(
        start,
        end,
        "place",
        Verdict.CONTRADICTION,
        rule,
        record=record,
        canonical=ctx.index.records[where].name.preferred(ctx.lang_at(start, end)),
        message=message,
        evidence=tuple(evidence)[:2],
    )


def place_of(ctx: Context, event: Any) -> str | None:
    """
    Where an event took place: its own place, or its visit's (a sub-event's); where a document
    was signed, for its signing's date (the dates judge's dated document has the ``place``).
    """
    if not isinstance(event, Event):
        place = getattr(event, "place", None)
        return place if isinstance(place, str) else None
    records = ctx.index.records
    current: Any = event
    while current is not None and current.place is None and current.parent is not None:
        current = records.get(current.parent)
    return current.place if isinstance(current, Event) else None


def _country(records: Any, place: str) -> str | None:
    """The country a place lies in: its own, or the nearest its ``within`` chain gives."""
    seen: set[str] = set()
    current: str | None = place
    while current is not None and current not in seen:
        seen.add(current)
        record = records.get(current)
        if not isinstance(record, Place):
            return None
        if record.country:
            return record.country
        current = record.within
    return None


def _enclosing(records: Any, place: str) -> set[str]:
    """A place and every place it lies in (its ``within`` chain)."""
    found: set[str] = set()
    current: str | None = place
    while current is not None and current not in found:
        found.add(current)
        record = records.get(current)
        current = record.within if isinstance(record, Place) else None
    return found
