# SPDX-License-Identifier: MIT
"""
Names: resolving and searching any spelling, language or titled form of a record's name.
Built on :mod:`vnla.lang.fold`; reads a dataset's records, not its loading.
"""

from __future__ import annotations

from vnla.lang.fold import FoldedText as FoldedText
from vnla.lang.fold import fold as fold
from vnla.lang.fold import fold_with_offsets as fold_with_offsets
from vnla.model.records import display as display
from vnla.names.index import Match as Match
from vnla.names.index import clear_caches as clear_caches
from vnla.names.index import resolve as resolve
from vnla.names.index import search as search

__all__ = [
    "FoldedText",
    "Match",
    "clear_caches",
    "display",
    "fold",
    "fold_with_offsets",
    "resolve",
    "search",
]
