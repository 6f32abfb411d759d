# SPDX-License-Identifier: MIT
"""The one line a downstream test suite needs: :func:`assert_consistent`."""

from __future__ import annotations

from typing import TYPE_CHECKING

from vnla.record.dataset import Dataset
from vnla.record.loading import load
from vnla.rules.checks import Report, Severity, check

if TYPE_CHECKING:
    import os
    from collections.abc import Iterable, Mapping

__all__ = ["assert_consistent"]


def assert_consistent(
    data: Dataset | str | os.PathLike[str],
    *,
    rules: Iterable[str] | str | None = None,
    texts: Mapping[str, str] | None = None,
    bundled: bool = True,
    warnings: bool = False,
) -> Report:
    """
    Check a dataset, or a data file or folder, and raise :class:`AssertionError` on errors.

    The one line a downstream test needs.  A path is loaded with
    :func:`vnla.load` (merged with the bundled data unless ``bundled=False``).
    The message lists every error (and warning, with ``warnings=True``) with
    its sources and quotes.

    Returns:
        The :class:`Report`, when it passes.

    >>> import vnla
    >>> assert_consistent(vnla.dataset(), rules="dates").ok
    True
    """
    __tracebackhide__ = True  # pytest shows the findings, not this frame
    dataset = data if isinstance(data, Dataset) else load(data, bundled=bundled)
    report = check(dataset, rules=rules, texts=texts)
    failing = report.errors + (report.warnings if warnings else ())
    if failing:
        worst = Severity.WARNING if warnings else Severity.ERROR
        msg = (
            f"{len(failing)} consistency problem{'s' if len(failing) != 1 else ''} in the data:\n"
            + report.to_text(min_severity=worst)
        )
        raise AssertionError(msg)
    return report
