# SPDX-License-Identifier: MIT
"""A downstream project's tests: its own data checked against vnla's rules and bundled facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest
from hypothesis import given

from vnla.strategies import datasets, datasets_with_violation
from vnla.testing.pytest_plugin import assert_consistent

if TYPE_CHECKING:
    import vnla


def test_my_data_is_consistent(vnla_dataset: vnla.Dataset, vnla_texts: dict[str, str]) -> None:
    # One line: every rule over my records and the bundled ones, every quote found in my texts.
    assert_consistent(vnla_dataset, texts=vnla_texts)


def test_my_forum_is_part_of_the_visit(vnla_dataset: vnla.Dataset) -> None:
    forum = vnla_dataset["my-business-forum-2026-01-27"]
    assert forum in vnla_dataset.subevents("visit-2026-01-vietnam")


def export_rows(ds: vnla.Dataset) -> list[tuple[str, str, str]]:
    """Stands for this project's own code: one row per event, in time order."""
    return [(str(e.when), e.kind.value, e.title) for e in ds.timeline()]


@given(datasets())
def test_export_handles_any_consistent_dataset(ds: vnla.Dataset) -> None:
    rows = export_rows(ds)
    assert len(rows) == len(ds.events)
    assert [r[0] for r in rows] == [str(e.when) for e in ds.timeline()]


@given(datasets_with_violation("dates.subevent-within-parent"))
def test_the_checks_catch_a_meeting_outside_its_visit(ds: vnla.Dataset) -> None:
    with pytest.raises(AssertionError, match=r"dates\.subevent-within-parent"):
        assert_consistent(ds)
