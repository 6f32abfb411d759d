# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.render`. This path works, with a warning, until the next release."""

from vnla._moved import alias

alias(
    "vnla.formatting",
    globals(),
    {
        "format": "vnla.render.formatting",
        "format_money": "vnla.render.formatting",
    },
)
