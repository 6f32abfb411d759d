# SPDX-License-Identifier: MIT
"""
The registry of fact kinds: for each, the reader that turns the matcher's candidates into
mentions and the judge that compares each mention with the record.

A new fact kind is a reader module (``readers/``), a judge module (``judges/``) and one
:class:`Stage` here.  A reader is ``read(ctx) -> list of mentions`` (each with a ``span``);
a judge is ``judge(ctx, mention, out)`` and appends its draft findings to ``out``.  Every
reader runs before any judge, so that a judge may ask the context what another reader read
(the dates of a sentence, its ordinals).  The stage marked ``first`` (the dates) is judged
before all others, as what it finds dates their claims; the stages marked ``by_position``
are judged together in order of position; the others after them, stage by stage, in the
order below.

Names (people and titles' holders, bodies and places, framework wordings) are the
matcher's own candidates and are judged as they are selected, by
:class:`~vnla.checker.judges.names.NameJudge`: they are most of the findings.

>>> [stage.kind for stage in STAGES]  # doctest: +NORMALIZE_WHITESPACE
['date', 'amount', 'ordinal', 'title', 'first-holder', 'framework', 'place', 'venue', 'period',
 'denial', 'reported', 'spouse', 'erratum']
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any, Final

from attrs import frozen

from vnla.checker.context import Context
from vnla.checker.drafts import _Proto
from vnla.checker.judges import amounts as judge_amounts
from vnla.checker.judges import dates as judge_dates
from vnla.checker.judges import denials as judge_denials
from vnla.checker.judges import errata as judge_errata
from vnla.checker.judges import first_holders as judge_first_holders
from vnla.checker.judges import framework as judge_framework
from vnla.checker.judges import ordinals as judge_ordinals
from vnla.checker.judges import periods as judge_periods
from vnla.checker.judges import places as judge_places
from vnla.checker.judges import reported as judge_reported
from vnla.checker.judges import spouses as judge_spouses
from vnla.checker.judges import titles as judge_titles
from vnla.checker.judges import venues as judge_venues
from vnla.checker.readers import (
    amounts,
    dates,
    denials,
    errata,
    first_holders,
    framework,
    ordinals,
    periods,
    places,
    reported,
    spouses,
    titles,
    venues,
)

__all__ = ["STAGES", "Stage", "run", "run_all"]


@frozen
class Stage:
    """One fact kind: its reader, its judge, and whether it is judged in order of position."""

    kind: str
    read: Callable[[Context], Sequence[Any]]
    judge: Callable[[Context, Any, list[_Proto]], None]
    #: judged with the other such stages in order of position (neighbours share a sentence)
    by_position: bool = False
    #: judged before every other stage: what it finds dates the others' claims (the dates
    #: judge's :attr:`Context.corrected_days` and :attr:`Context.tenure_dates`)
    first: bool = False


STAGES: Final[tuple[Stage, ...]] = (
    Stage("date", dates.read, judge_dates.judge, first=True),
    Stage("amount", amounts.read, judge_amounts.judge, by_position=True),
    Stage("ordinal", ordinals.read, judge_ordinals.judge, by_position=True),
    Stage("title", titles.read, judge_titles.judge),
    Stage("first-holder", first_holders.read, judge_first_holders.judge),
    Stage("framework", framework.read, judge_framework.judge),
    Stage("place", places.read, judge_places.judge),
    Stage("venue", venues.read, judge_venues.judge),
    Stage("period", periods.read, judge_periods.judge),
    Stage("denial", denials.read, judge_denials.judge),
    Stage("reported", reported.read, judge_reported.judge),
    Stage("spouse", spouses.read, judge_spouses.judge),
    Stage("erratum", errata.read, judge_errata.judge),
)


def run(ctx: Context, stages: Sequence[Stage] = STAGES) -> list[_Proto]:
    """Run every reader, then every judge; the drafts are ``ctx.drafts``, which this returns."""
    run_all((ctx,), stages)
    return ctx.drafts


def run_all(contexts: Sequence[Context], stages: Sequence[Stage] = STAGES) -> None:
    """
    Run each reader over every context, one reader after another, then each context's judges.

    Each context gets the drafts :func:`run` would give it alone: a reader reads only its own
    context, and the judges of a context run in the same order.  Reading a group of short texts
    reader by reader keeps each reader's code and tables warm (:mod:`vnla.checker.many`).
    """
    reads: list[list[Sequence[Any]]] = [[] for _ in contexts]
    for stage in stages:
        read = stage.read
        for mentions, ctx in zip(reads, contexts, strict=True):
            mentions.append(read(ctx))
    for ctx, mentions in zip(contexts, reads, strict=True):
        _judge(ctx, stages, mentions)


def _judge(ctx: Context, stages: Sequence[Stage], read: list[Sequence[Any]]) -> None:
    """
    A context's judges: those marked ``first``, then those judged in order of position, by
    position, then the others, each stage in turn.
    """
    out = ctx.drafts
    for stage, mentions in zip(stages, read, strict=True):
        if stage.first:
            judge = stage.judge
            for mention in mentions:
                judge(ctx, mention, out)
    ordered = [
        (mention.span[0], rank, mention, stage.judge)
        for rank, (stage, mentions) in enumerate(zip(stages, read, strict=True))
        if stage.by_position
        for mention in mentions
    ]
    ordered.sort(key=itemgetter(0, 1))
    for _start, _rank, mention, judge in ordered:
        judge(ctx, mention, out)
    for stage, mentions in zip(stages, read, strict=True):
        if not stage.by_position and not stage.first:
            judge = stage.judge
            for mention in mentions:
                judge(ctx, mention, out)
