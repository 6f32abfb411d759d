# SPDX-License-Identifier: MIT
"""
The checks a :class:`~vnla.record.dataset.Dataset` passes as a whole when it is built.

Each record's own fields are checked when the record is made; what only the whole can
show is checked here, in one pass: an id used twice, a reference to no record or to a
record of the wrong kind, a parent chain that loops, a role, topic or metric taken from the
wrong vocabulary.  :func:`index_records` returns the indices the dataset keeps, or raises
one :class:`~vnla.model.errors.DataError` listing every problem with its file and path.
"""

from __future__ import annotations

import functools
import typing
from collections import defaultdict
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs

from vnla.model.collections import COLLECTIONS, Record
from vnla.model.errors import DataError, Problem
from vnla.model.records import HolderList, OfficeTerm, Person, Term, Vocabulary

if TYPE_CHECKING:
    from collections.abc import Iterator, Mapping

    from vnla.record.dataset import Dataset

__all__ = ["Indices", "index_records", "references", "referrers_of"]


class Indices(NamedTuple):
    """What a checked dataset keeps: each record by id, each id's kind, who refers to whom."""

    by_id: dict[str, Record]
    kind: dict[str, str]
    referrers: dict[str, tuple[str, ...]]


def index_records(dataset: Dataset) -> Indices:
    """
    Check ``dataset`` as a whole and index it; :class:`DataError` lists every problem.

    >>> import vnla
    >>> from vnla.record.integrity import index_records
    >>> indices = index_records(vnla.dataset())
    >>> indices.kind["to-lam"], "visit-2025-12-laos" in indices.referrers["to-lam"]
    ('person', True)
    """
    problems: list[Problem] = []
    by_id: dict[str, Record] = {}
    kind: dict[str, str] = {}
    where: dict[str, tuple[str, str]] = {}
    for key, cls, record_kind in COLLECTIONS:
        for i, record in enumerate(getattr(dataset, key)):
            file, path = dataset.origin(key, i)
            if type(record) is not cls:
                problems.append(
                    Problem(
                        file=file,
                        path=path,
                        reason=f"expected a {cls.__name__} in {key}, got {type(record).__name__}",
                    )
                )
                continue
            if record.id in by_id:
                first_file, first_path = where[record.id]
                problems.append(
                    Problem(
                        file=file,
                        path=f"{path}.id",
                        reason=f"duplicate id {record.id!r} (first defined in {first_file} @ {first_path})",
                        value=record.id,
                    )
                )
                continue
            by_id[record.id] = record
            kind[record.id] = record_kind
            where[record.id] = (file, path)
    # dicts as ordered sets: a heavily referenced id (a country) must not cost O(n) per check
    referrers: dict[str, dict[str, None]] = defaultdict(dict)
    for key, _cls, _kind in COLLECTIONS:
        for i, record in enumerate(getattr(dataset, key)):
            file, path = dataset.origin(key, i)
            for at, target, allowed in references(record, path):
                if target not in kind:
                    problems.append(
                        Problem(file=file, path=at, reason=_dangling(target, allowed), value=target)
                    )
                elif "*" not in allowed and kind[target] not in allowed:
                    problems.append(
                        Problem(
                            file=file,
                            path=at,
                            reason=f"{target!r} is a {kind[target]}, expected "
                            + " or ".join(_a(k) for k in allowed),
                        )
                    )
                elif target != record.id:
                    referrers[target][record.id] = None
    problems.extend(_cycles(dataset, by_id))
    problems.extend(_term_kinds(dataset, by_id))
    problems.extend(_holder_lists(dataset, by_id))
    if problems:
        raise DataError(problems)
    return Indices(by_id, kind, {k: tuple(v) for k, v in referrers.items()})


def referrers_of(dataset: Dataset, kinds: Mapping[str, str]) -> dict[str, tuple[str, ...]]:
    """Who refers to whom, for a dataset built unchecked (the referrer index on first use)."""
    referrers: dict[str, dict[str, None]] = defaultdict(dict)
    for key, _cls, _kind in COLLECTIONS:
        for record in getattr(dataset, key):
            for _at, target, _allowed in references(record, ""):
                if target != record.id and target in kinds:
                    referrers[target][record.id] = None
    return {k: tuple(v) for k, v in referrers.items()}


def _cycles(dataset: Dataset, by_id: Mapping[str, Record]) -> Iterator[Problem]:
    """
    Records whose parent chain loops, in linear time.

    Each record is reported with the first id its chain meets twice, as a
    walk from it would find; what is learnt of a chain is kept, so no
    chain is walked twice (a chain of 16,000 nested places costs 16,000 steps).
    """
    for key, attr in (
        ("events", "parent"),
        ("organizations", "parent"),
        ("projects", "parent"),
        ("places", "within"),
    ):
        # id -> the first id met twice on the walk from it ("" when the chain ends)
        repeat: dict[str, str] = {}
        for record in getattr(dataset, key):
            path: list[str] = []
            on_path: dict[str, int] = {}
            current: str | None = record.id
            found = ""
            while current is not None:
                if current in repeat:
                    found = repeat[current]
                    break
                if current in on_path:  # a loop: path[on_path[current]:] goes round it
                    start = on_path[current]
                    for node in path[start:]:
                        repeat[node] = node
                    del path[start:]
                    found = current
                    break
                on_path[current] = len(path)
                path.append(current)
                current = getattr(by_id.get(current), attr, None)
            for node in reversed(path):  # the ones leading to where the walk stopped
                repeat[node] = found
        for i, record in enumerate(getattr(dataset, key)):
            if repeat.get(record.id):
                file, path_in_file = dataset.origin(key, i)
                yield Problem(
                    file=file,
                    path=f"{path_in_file}.{attr}",
                    reason=f"{attr} chain of {record.id!r} loops back to {repeat[record.id]!r}",
                )


def _term_kinds(dataset: Dataset, by_id: Mapping[str, Record]) -> Iterator[Problem]:
    """Roles, topics and metrics must come from the right vocabulary; a deputy's head must be one."""
    expected: tuple[tuple[str, str, Vocabulary], ...] = (
        ("people", "offices", Vocabulary.ROLE),
        ("documents", "clauses", Vocabulary.TOPIC),
        ("targets", "metric", Vocabulary.METRIC),
    )
    for key, attr, vocabulary in expected:
        for i, record in enumerate(getattr(dataset, key)):
            file, path = dataset.origin(key, i)
            if attr == "offices":
                pairs = [(f"{path}.offices[{j}].role", o.role) for j, o in enumerate(record.offices)]
            elif attr == "clauses":
                pairs = [
                    (f"{path}.clauses[{j}].topics[{k}]", t)
                    for j, c in enumerate(record.clauses)
                    for k, t in enumerate(c.topics)
                ]
            else:
                pairs = [(f"{path}.metric", record.metric)]
            for at, term_id in pairs:
                term = by_id.get(term_id)
                if isinstance(term, Term) and term.vocabulary is not vocabulary:
                    yield Problem(
                        file=file,
                        path=at,
                        reason=f"{term_id!r} is {_a(term.vocabulary.value)}, expected {_a(vocabulary.value)}",
                    )
    for i, term in enumerate(dataset.terms):
        head = by_id.get(term.deputy_of) if term.deputy_of is not None else None
        if isinstance(head, Term) and not head.head:
            file, path = dataset.origin("terms", i)
            yield Problem(
                file=file,
                path=f"{path}.deputy_of",
                reason=f"{term.deputy_of!r} is not the head of a body (head = true), so no deputy's role",
            )


def _holder_lists(dataset: Dataset, by_id: Mapping[str, Record]) -> Iterator[Problem]:
    """
    A body's list of the holders of a role names roles only, and people the record has in an
    office of that role in that body.
    """
    for i, org in enumerate(dataset.organizations):
        file, path = dataset.origin("organizations", i)
        for j, listed in enumerate(org.holder_lists):
            at = f"{path}.holder_lists[{j}]"
            term = by_id.get(listed.role)
            if isinstance(term, Term) and term.vocabulary is not Vocabulary.ROLE:
                yield Problem(
                    file=file,
                    path=f"{at}.role",
                    reason=f"{listed.role!r} is {_a(term.vocabulary.value)}, expected a role",
                )
            others = sorted(
                p.id
                for p in dataset.people
                if p.id not in listed.holders
                and any(
                    o.role == listed.role
                    and o.organization == org.id
                    and any(_overlaps(t, listed) for t in o.all_terms)
                    for o in p.offices
                )
            )
            if others:
                yield Problem(
                    file=file,
                    path=f"{at}.holders",
                    reason=f"{', '.join(others)} held {listed.role!r} in {org.id!r} in the span, unlisted",
                    value=others[0],
                )
            for k, pid in enumerate(listed.holders):
                person = by_id.get(pid)
                if isinstance(person, Person) and not any(
                    o.role == listed.role and o.organization == org.id for o in person.offices
                ):
                    yield Problem(
                        file=file,
                        path=f"{at}.holders[{k}]",
                        reason=f"{pid!r} has no {listed.role!r} office in {org.id!r} to be a listed holder",
                        value=pid,
                    )


def _overlaps(term: OfficeTerm, listed: HolderList) -> bool:
    """Whether a term surely runs on a day of a list's span, as its known start and end allow."""
    begun = term.start.latest if term.start is not None else None
    ended = term.end.earliest if term.end is not None else None
    lo, hi = listed.start.latest, listed.end.earliest
    if begun is None or lo is None or hi is None:
        return False
    return begun <= hi and (begun >= lo or (ended is not None and ended > lo))


@functools.cache
def _reference_plan(
    cls: Any,
) -> tuple[tuple[str, tuple[str, ...] | None, bool], ...]:
    """
    Per class, the fields worth visiting for references.

    Each entry is ``(name, allowed kinds or None, holds nested records)``;
    computed once from the field metadata and types, so validating a
    dataset does not walk every string of every record.
    """
    hints = typing.get_type_hints(cls)
    plan = []
    for attribute in attrs.fields(cls):
        allowed = attribute.metadata.get("ref")
        nested = _holds_records(hints[attribute.name])
        if allowed or nested:
            plan.append((attribute.name, allowed, nested))
    return tuple(plan)


def _holds_records(tp: Any) -> bool:
    args = typing.get_args(tp)
    if args:
        return any(_holds_records(a) for a in args if a is not Ellipsis)
    return isinstance(tp, type) and attrs.has(tp) and bool(_reference_plan(tp))


def references(record: object, path: str) -> Iterator[tuple[str, str, tuple[str, ...]]]:
    """
    Every ``(path, referenced id, allowed kinds)`` inside ``record``.

    >>> import vnla
    >>> from vnla.record.integrity import references
    >>> ("$.place", "vientiane", ("place",)) in list(references(vnla.dataset()["visit-2025-12-laos"], "$"))
    True
    """
    cls: Any = type(record)
    for name, allowed, nested in _reference_plan(cls):
        value = getattr(record, name)
        if value is None:
            continue
        here = f"{path}.{name}"
        if allowed:
            if isinstance(value, tuple):
                for j, target in enumerate(value):
                    yield f"{here}[{j}]", target, allowed
            else:
                yield here, value, allowed
        elif nested:
            if isinstance(value, tuple):
                for j, item in enumerate(value):
                    yield from references(item, f"{here}[{j}]")
            else:
                yield from references(value, here)


def _a(noun: str) -> str:
    return f"an {noun}" if noun[0] in "aeiou" else f"a {noun}"


def _dangling(target: str, allowed: tuple[str, ...]) -> str:
    what = "record" if "*" in allowed else " or ".join(allowed)
    return f"dangling reference: no {what} with id {target!r}"
