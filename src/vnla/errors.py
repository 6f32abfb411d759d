# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.model.errors`. Works, with a warning, until the next release."""

from vnla._moved import alias

alias(
    "vnla.errors",
    globals(),
    {
        "AmbiguousName": "vnla.model.errors",
        "DataError": "vnla.model.errors",
        "Problem": "vnla.model.errors",
        "UnknownName": "vnla.model.errors",
        "VnlaError": "vnla.model.errors",
    },
)
