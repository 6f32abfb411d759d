# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.rules`. This path works, with a warning, until the next release."""

from vnla._moved import alias

alias(
    "vnla.checks",
    globals(),
    {
        "Finding": "vnla.rules.checks",
        "Report": "vnla.rules.checks",
        "Rule": "vnla.rules.checks",
        "Severity": "vnla.rules.checks",
        "assert_consistent": "vnla.testing.assertions",
        "check": "vnla.rules.checks",
        "rules": "vnla.rules.checks",
        "texts_from_folder": "vnla.record.loading",
    },
)
