# SPDX-License-Identifier: MIT
"""Shared fixtures and hypothesis profiles (``FAST=1`` for a quick local run)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("default", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", deadline=None, max_examples=200, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile(
    "fast", deadline=None, max_examples=20, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("fast" if os.environ.get("FAST") else "ci" if os.environ.get("CI") else "default")

FIXTURES = Path(__file__).parent / "fixtures"
SEEDS = FIXTURES / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five source documents by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def reference_text() -> str:
    """
    The project's notes on web pages, the only copy we have of their words: shared/REFERENCE.md
    as received, then the research notes of issue 15 (offices, delegations, births), of
    issue 14 (names in three languages) and those made since.
    """
    notes = ("REFERENCE.md", "issue15-research.md", "issue14-names-research.md", "research-notes.md")
    return "\n".join((FIXTURES / name).read_text(encoding="utf-8") for name in notes)
