# SPDX-License-Identifier: MIT
"""
The model: frozen attrs classes for every kind of record (here), the error types
(:mod:`vnla.model.errors`) and value parsing. The bottom room: it imports nothing else of vnla.

>>> from vnla.model import When
>>> str(When.in_month(2025, 12))
'2025-12'
"""

from __future__ import annotations

from vnla.model.arithmetic import Qualifier as Qualifier
from vnla.model.figures import Change as Change
from vnla.model.figures import ChangeKind as ChangeKind
from vnla.model.figures import Figure as Figure
from vnla.model.figures import FigureStatus as FigureStatus
from vnla.model.figures import Metric as Metric
from vnla.model.records import Agreement as Agreement
from vnla.model.records import Anniversary as Anniversary
from vnla.model.records import Citation as Citation
from vnla.model.records import Clause as Clause
from vnla.model.records import Country as Country
from vnla.model.records import DateConstraint as DateConstraint
from vnla.model.records import Document as Document
from vnla.model.records import DocumentKind as DocumentKind
from vnla.model.records import Erratum as Erratum
from vnla.model.records import ErratumKind as ErratumKind
from vnla.model.records import Event as Event
from vnla.model.records import EventKind as EventKind
from vnla.model.records import Evidence as Evidence
from vnla.model.records import FirstVisit as FirstVisit
from vnla.model.records import Founding as Founding
from vnla.model.records import FrameworkElement as FrameworkElement
from vnla.model.records import FrameworkStage as FrameworkStage
from vnla.model.records import HolderList as HolderList
from vnla.model.records import Horizon as Horizon
from vnla.model.records import HorizonKind as HorizonKind
from vnla.model.records import Invitation as Invitation
from vnla.model.records import Label as Label
from vnla.model.records import Mechanism as Mechanism
from vnla.model.records import MechanismKind as MechanismKind
from vnla.model.records import Mentions as Mentions
from vnla.model.records import Name as Name
from vnla.model.records import NameKind as NameKind
from vnla.model.records import NameOrder as NameOrder
from vnla.model.records import Office as Office
from vnla.model.records import OfficeTerm as OfficeTerm
from vnla.model.records import Organization as Organization
from vnla.model.records import OrgKind as OrgKind
from vnla.model.records import Participant as Participant
from vnla.model.records import ParticipantRole as ParticipantRole
from vnla.model.records import Person as Person
from vnla.model.records import Place as Place
from vnla.model.records import PlaceKind as PlaceKind
from vnla.model.records import Precision as Precision
from vnla.model.records import Project as Project
from vnla.model.records import ProjectKind as ProjectKind
from vnla.model.records import Side as Side
from vnla.model.records import Sighting as Sighting
from vnla.model.records import Source as Source
from vnla.model.records import SourceKind as SourceKind
from vnla.model.records import Target as Target
from vnla.model.records import Term as Term
from vnla.model.records import Vocabulary as Vocabulary
from vnla.model.records import When as When
from vnla.model.records import iter_fields as iter_fields

__all__ = [
    "Agreement",
    "Anniversary",
    "Change",
    "ChangeKind",
    "Citation",
    "Clause",
    "Country",
    "DateConstraint",
    "Document",
    "DocumentKind",
    "Erratum",
    "ErratumKind",
    "Event",
    "EventKind",
    "Evidence",
    "Figure",
    "FigureStatus",
    "FirstVisit",
    "Founding",
    "FrameworkElement",
    "FrameworkStage",
    "HolderList",
    "Horizon",
    "HorizonKind",
    "Invitation",
    "Label",
    "Mechanism",
    "MechanismKind",
    "Mentions",
    "Metric",
    "Name",
    "NameKind",
    "NameOrder",
    "Office",
    "OfficeTerm",
    "OrgKind",
    "Organization",
    "Participant",
    "ParticipantRole",
    "Person",
    "Place",
    "PlaceKind",
    "Precision",
    "Project",
    "ProjectKind",
    "Qualifier",
    "Side",
    "Sighting",
    "Source",
    "SourceKind",
    "Target",
    "Term",
    "Vocabulary",
    "When",
    "iter_fields",
]
