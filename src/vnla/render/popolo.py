# SPDX-License-Identifier: MIT
"""
People, organizations, posts and memberships in the Popolo data specification's JSON form.

Popolo (http://www.popoloproject.com/specs/) is the common shape of data about
people in public office, read by tools built for parliaments and governments.
The export holds four lists:

``persons``
    every person: ``id``, ``name`` (the English preferred name), ``given_name``,
    ``family_name``, ``other_names`` (every other name, with its ``lang`` and its
    kind as ``note``), ``birth_date``/``death_date`` when known to the day, month or
    year, and ``sources`` (the addresses of the sources that cite them).
``organizations``
    every organization: ``classification`` is its kind (``party``, ``ministry``…),
    ``parent_id`` the body it belongs to, ``founding_date`` from its founding.
``posts``
    one per role in a body that someone held (``general-secretary@cpv-central-committee``):
    ``label`` is the title the sources use, ``role`` the role's English name.
``memberships``
    one per office a person held: ``person_id``, ``organization_id``, ``post_id``,
    ``role`` (the title), and ``start_date``/``end_date`` only when a source gives
    them to the day, month or year.  A date known only by its bounds is left out:
    Popolo has no way to say "not before", and vnla never writes a date more
    precisely than its sources.

>>> import vnla
>>> popolo = to_popolo(vnla.dataset())
>>> [p["name"] for p in popolo["persons"]][:2]
['To Lam', 'Pham Minh Chinh']
>>> sorted(popolo)
['memberships', 'organizations', 'persons', 'posts']

.. versionadded:: 0.2
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from vnla.model.records import Name, NameKind, Precision, When
from vnla.record.atomic import atomic_writer

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable

    from vnla.model.records import Evidence, Office
    from vnla.record.dataset import Dataset

__all__ = ["popolo_date", "to_popolo", "write_popolo"]


def popolo_date(when: When | None, end: bool = False) -> str | None:
    """
    A Popolo date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) for what ``when`` states, or ``None``.

    A day, a month and a year are written as they are; a range gives its first day
    (its last with ``end=True``); bounds give nothing.

    >>> from datetime import date
    >>> popolo_date(When.in_month(2024, 8)), popolo_date(When.bounded(not_before=date(2024, 8, 3)))
    ('2024-08', None)
    """
    if when is None or when.earliest is None or when.latest is None:
        return None
    lo, hi = when.earliest, when.latest
    if when.precision is Precision.DAY:
        return lo.isoformat()
    if when.precision is Precision.RANGE:
        return (hi if end else lo).isoformat()
    if when.precision is Precision.MONTH:
        return f"{lo.year:04d}-{lo.month:02d}"
    if when.precision is Precision.YEAR:
        return f"{lo.year:04d}"
    return None


def _other_names(names: Iterable[Name]) -> list[dict[str, Any]]:
    out = []
    for name in names:
        if name.kind is NameKind.PREFERRED and name.lang == "en":
            continue
        if name.kind is NameKind.MISSPELLING:
            continue  # a slip of a source: resolvable in vnla, never shown
        out.append({"name": name.text, "lang": name.lang, "note": name.kind.value})
    return out


def _sources(ds: Dataset, evidence: Iterable[Evidence]) -> list[dict[str, str]]:
    urls: dict[str, None] = {}
    for item in evidence:
        source = ds.get(item.source)
        url = getattr(source, "url", None)
        if isinstance(url, str) and url.startswith(("http://", "https://")):
            urls[url] = None
    return [{"url": url} for url in urls]


def _dated(record: dict[str, Any], **dates: str | None) -> dict[str, Any]:
    record.update({key: value for key, value in dates.items() if value is not None})
    return record


def _post_id(office: Office) -> str:
    return f"{office.role}@{office.organization}"


def _office_span(office: Office) -> tuple[When | None, When | None]:
    """The start and the end of an office as the sources give them: its terms', else ``held``."""
    terms = getattr(office, "terms", ())
    if terms:
        return terms[0].start, terms[-1].end
    return office.held, office.held


def to_popolo(ds: Dataset) -> dict[str, list[dict[str, Any]]]:
    """The Popolo export of a dataset: ``persons``, ``organizations``, ``posts``, ``memberships``."""
    persons = []
    memberships = []
    posts: dict[str, dict[str, Any]] = {}
    for person in ds.people:
        entry: dict[str, Any] = {"id": person.id, "name": person.name.preferred("en")}
        if person.given_name:
            entry["given_name"] = person.given_name
        if person.family_name:
            entry["family_name"] = person.family_name
        entry["other_names"] = _other_names(person.names)
        _dated(
            entry,
            birth_date=popolo_date(person.born),
            death_date=popolo_date(getattr(person, "died", None)),
        )
        entry["sources"] = _sources(ds, ds.evidence_for(person.id))
        persons.append(entry)
        for i, office in enumerate(person.offices):
            post_id = _post_id(office)
            if post_id not in posts:
                role = ds.get(office.role)
                posts[post_id] = {
                    "id": post_id,
                    "label": office.title,
                    "role": role.name.preferred("en")
                    if role is not None and hasattr(role, "name")
                    else office.role,
                    "organization_id": office.organization,
                }
            start, end = _office_span(office)
            membership: dict[str, Any] = {
                "id": f"{person.id}/{i}",
                "person_id": person.id,
                "organization_id": office.organization,
                "post_id": post_id,
                "role": office.title,
            }
            if office.term:
                membership["label"] = f"{office.title}, {office.term}"
            _dated(membership, start_date=popolo_date(start), end_date=popolo_date(end, end=True))
            nested = [c.evidence for c in ds.citations(person.id) if c.path.startswith(f"$.offices[{i}]")]
            membership["sources"] = _sources(ds, nested)
            memberships.append(membership)
    organizations = []
    for organization in ds.organizations:
        entry = {
            "id": organization.id,
            "name": organization.name.preferred("en"),
            "other_names": _other_names(organization.names),
            "classification": organization.kind.value,
        }
        if organization.parent is not None:
            entry["parent_id"] = organization.parent
        founding = ds.get(organization.founding) if organization.founding else None
        _dated(entry, founding_date=popolo_date(getattr(founding, "when", None)))
        entry["sources"] = _sources(ds, organization.evidence)
        organizations.append(entry)
    return {
        "persons": persons,
        "organizations": organizations,
        "posts": list(posts.values()),
        "memberships": memberships,
    }


def write_popolo(ds: Dataset, path: str | os.PathLike[str]) -> None:
    """Write :func:`to_popolo` as JSON to ``path``, atomically (whole or not at all)."""
    with atomic_writer(path) as handle:
        json.dump(to_popolo(ds), handle, ensure_ascii=False, indent=2)
        handle.write("\n")
