# SPDX-License-Identifier: MIT
"""
The consistency rules: each rule reads a dataset through its queries and reports findings.
:meth:`vnla.Dataset.check` and ``vnla validate`` run them.
"""

from __future__ import annotations

from vnla.rules.checks import Finding as Finding
from vnla.rules.checks import Report as Report
from vnla.rules.checks import Rule as Rule
from vnla.rules.checks import Severity as Severity
from vnla.rules.checks import check as check
from vnla.rules.checks import rules as rules

__all__ = [
    "Finding",
    "Report",
    "Rule",
    "Severity",
    "check",
    "rules",
]
