# SPDX-License-Identifier: MIT
"""The record collections of a dataset: their keys, model classes and record kinds, in loading order."""

from __future__ import annotations

from typing import Any, Final

from vnla.model.figures import Figure
from vnla.model.records import (
    Anniversary,
    Country,
    Document,
    Erratum,
    Event,
    Founding,
    FrameworkElement,
    FrameworkStage,
    Mechanism,
    Organization,
    Person,
    Place,
    Project,
    Source,
    Target,
    Term,
)

__all__ = ["COLLECTIONS", "Record"]

Record = (
    Source
    | Term
    | Country
    | Organization
    | Person
    | Place
    | FrameworkElement
    | FrameworkStage
    | Mechanism
    | Event
    | Document
    | Target
    | Figure
    | Project
    | Founding
    | Anniversary
    | Erratum
)

#: (top-level key, model class, record kind) in loading order.
COLLECTIONS: Final[tuple[tuple[str, type[Any], str], ...]] = (
    ("sources", Source, "source"),
    ("terms", Term, "term"),
    ("countries", Country, "country"),
    ("organizations", Organization, "organization"),
    ("people", Person, "person"),
    ("places", Place, "place"),
    ("framework_elements", FrameworkElement, "framework-element"),
    ("framework_stages", FrameworkStage, "framework-stage"),
    ("mechanisms", Mechanism, "mechanism"),
    ("events", Event, "event"),
    ("documents", Document, "document"),
    ("targets", Target, "target"),
    ("figures", Figure, "figure"),
    ("projects", Project, "project"),
    ("foundings", Founding, "founding"),
    ("anniversaries", Anniversary, "anniversary"),
    ("errata", Erratum, "erratum"),
)
