# SPDX-License-Identifier: MIT
"""
Hypothesis' entry point: register vnla's strategies for ``st.from_type``.

This module must not import :mod:`vnla.testing.strategies` (nor hypothesis) at its
top: hypothesis runs entry points while it is itself being imported, which
happens while ``vnla.testing.strategies`` is being imported when a user imports that
first.  Each registration therefore looks the strategy up by name only when
a test draws from it.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

__all__ = ["STRATEGY_FOR", "_hypothesis_setup_hook"]

#: Model class name -> name of its strategy in :mod:`vnla.testing.strategies`.
STRATEGY_FOR: Final = {
    "Anniversary": "anniversaries",
    "Citation": "citations",
    "Clause": "clauses",
    "Country": "countries",
    "Dataset": "datasets",
    "DateConstraint": "date_constraints",
    "Document": "documents",
    "Erratum": "errata",
    "Event": "events",
    "Evidence": "evidence",
    "Founding": "foundings",
    "FrameworkElement": "framework_elements",
    "FrameworkStage": "framework_stages",
    "Horizon": "horizons",
    "Label": "labels",
    "Mechanism": "mechanisms",
    "Mentions": "mentions",
    "Name": "names",
    "Office": "offices",
    "Organization": "organizations",
    "Participant": "participants",
    "Person": "people",
    "Place": "places",
    "Project": "projects",
    "Source": "sources",
    "Target": "targets",
    "Term": "terms",
    "When": "whens",
}


def _strategy_named(name: str) -> Any:
    def strategy(_cls: type[Any]) -> Any:
        return getattr(importlib.import_module("vnla.testing.strategies"), name)()

    return strategy


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class (and ``Dataset``); calling it again changes nothing."""
    from hypothesis import strategies as st

    from vnla.model import records
    from vnla.record import dataset

    for class_name, strategy_name in STRATEGY_FOR.items():
        cls = dataset.Dataset if class_name == "Dataset" else getattr(records, class_name)
        st.register_type_strategy(cls, _strategy_named(strategy_name))
