# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.lang.parsing`. This path works, with a warning, until the next release."""

from vnla._moved import alias

alias(
    "vnla.parsing",
    globals(),
    {
        "Amount": "vnla.lang.parsing",
        "DateMention": "vnla.lang.parsing",
        "OrdinalMention": "vnla.lang.parsing",
        "infer_year": "vnla.lang.parsing",
        "parse_amounts": "vnla.lang.parsing",
        "parse_dates": "vnla.lang.parsing",
        "parse_horizons": "vnla.lang.parsing",
        "parse_ordinals": "vnla.lang.parsing",
        "roman_to_int": "vnla.lang.parsing",
    },
)
