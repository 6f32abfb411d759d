# SPDX-License-Identifier: MIT
"""
Hypothesis' entry point: register vnla's strategies for ``st.from_type``, at no cost to bystanders.

Hypothesis runs its entry points in every process that imports it, whether or
not the process uses vnla.  So the hook imports nothing of vnla's model: it
registers the strategies *when* the model is imported, by whoever imports it.

* If ``vnla.model.records`` (or ``vnla.record.dataset``) is already imported,
  its classes are registered at once.
* Otherwise a small finder on :data:`sys.meta_path` waits for those two
  modules; when one of them has finished executing, its classes are
  registered, and the finder removes itself once both are done.

The model room knows nothing of this: the testing room (the top) watches the
import of a room below it, so imports still point one way and no module
imports one above it.  Each registration looks its strategy up by name in
:mod:`vnla.testing.strategies` only when a test draws from it, because this
module may run while that one is being imported.

``benchmarks/bench_entrypoint.py`` measures what a bystander pays.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.abc
import sys
import threading
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from importlib.machinery import ModuleSpec
    from types import ModuleType

__all__ = ["STRATEGY_FOR", "_hypothesis_setup_hook"]

#: Model class name -> name of its strategy in :mod:`vnla.testing.strategies`.
STRATEGY_FOR: Final = {
    "Agreement": "agreements",
    "Anniversary": "anniversaries",
    "Change": "changes",
    "Citation": "citations",
    "Clause": "clauses",
    "Country": "countries",
    "Dataset": "datasets",
    "DateConstraint": "date_constraints",
    "Document": "documents",
    "Erratum": "errata",
    "Event": "events",
    "Evidence": "evidence",
    "Figure": "figures",
    "FirstVisit": "first_visits",
    "Founding": "foundings",
    "FrameworkElement": "framework_elements",
    "FrameworkStage": "framework_stages",
    "HolderList": "holder_lists",
    "Horizon": "horizons",
    "Invitation": "invitations",
    "Label": "labels",
    "Mechanism": "mechanisms",
    "Mentions": "mentions",
    "Name": "names",
    "Office": "offices",
    "OfficeTerm": "office_terms",
    "Sighting": "sightings",
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
#: The modules that define the classes, and the classes each defines.
_HOMES: Final = {
    "vnla.model.records": tuple(name for name in STRATEGY_FOR if name not in {"Dataset", "Change", "Figure"}),
    "vnla.model.figures": ("Change", "Figure"),
    "vnla.record.dataset": ("Dataset",),
}
_LOCK: Final = threading.Lock()


def _strategy_named(name: str) -> Any:
    def strategy(_cls: type[Any]) -> Any:
        return getattr(importlib.import_module("vnla.testing.strategies"), name)()

    return strategy


def _register(module: ModuleType) -> None:
    """Register a strategy for each class of ``module`` (one of :data:`_HOMES`)."""
    from hypothesis import strategies as st

    for class_name in _HOMES[module.__name__]:
        st.register_type_strategy(getattr(module, class_name), _strategy_named(STRATEGY_FOR[class_name]))


class _Loader(importlib.abc.Loader):
    """The real loader of a watched module, with a call after the module has run."""

    def __init__(self, inner: importlib.abc.Loader, then: Callable[[ModuleType], None]) -> None:
        self._inner = inner
        self._then = then

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        return self._inner.create_module(spec)

    def exec_module(self, module: ModuleType) -> None:
        self._inner.exec_module(module)
        self._then(module)

    def __getattr__(self, name: str) -> Any:  # get_source, get_code...: the real loader's
        return getattr(self._inner, name)


class _Watch(importlib.abc.MetaPathFinder):
    """Calls back when a watched module has been imported; finds nothing itself."""

    def __init__(self, names: set[str], then: Callable[[ModuleType], None]) -> None:
        self.waiting = set(names)
        self._then = then

    def find_spec(
        self, fullname: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if fullname not in self.waiting:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(fullname, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is not None and hasattr(spec.loader, "exec_module"):
            spec.loader = _Loader(spec.loader, self._done)
        return spec

    def _done(self, module: ModuleType) -> None:
        self.waiting.discard(module.__name__)
        if not self.waiting:
            with _LOCK, contextlib.suppress(ValueError):
                sys.meta_path.remove(self)
        self._then(module)


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every model class (and ``Dataset``), now or when vnla's model is imported."""
    pending = set()
    for name in _HOMES:
        module = sys.modules.get(name)
        if module is not None:
            _register(module)
        else:
            pending.add(name)
    if not pending:
        return
    with _LOCK:
        if not any(isinstance(finder, _Watch) for finder in sys.meta_path):
            sys.meta_path.insert(0, _Watch(pending, _register))
