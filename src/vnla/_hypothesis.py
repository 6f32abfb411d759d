# SPDX-License-Identifier: MIT
"""
Hypothesis' entry point: register vnla's strategies for ``st.from_type``.

This module must not import :mod:`vnla.strategies` (nor hypothesis) at its
top: hypothesis runs entry points while it is itself being imported, which
happens while ``vnla.strategies`` is being imported when a user imports that
first.  Each registration therefore looks the strategy up by name only when
a test draws from it.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

__all__ = ["STRATEGY_FOR", "_hypothesis_setup_hook"]

#: Model class name -> name of its strategy in :mod:`vnla.strategies`.
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
        return getattr(importlib.import_module("vnla.strategies"), name)()

    return strategy


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class (and ``Dataset``); calling it again changes nothing."""
    from hypothesis import strategies as st

    from vnla import _dataset, models

    for class_name, strategy_name in STRATEGY_FOR.items():
        cls = _dataset.Dataset if class_name == "Dataset" else getattr(models, class_name)
        st.register_type_strategy(cls, _strategy_named(strategy_name))
