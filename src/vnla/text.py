# SPDX-License-Identifier: MIT
"""Deprecated: moved to :mod:`vnla.checker`. This path works, with a warning, until the next release."""

from vnla._moved import alias

alias(
    "vnla.text",
    globals(),
    {
        "CheckConfig": "vnla.checker",
        "Checker": "vnla.checker",
        "ConfigError": "vnla.checker",
        "InputError": "vnla.checker",
        "RunReport": "vnla.checker",
        "TextFinding": "vnla.checker",
        "TextReport": "vnla.checker",
        "Verdict": "vnla.checker",
        "check_file": "vnla.checker",
        "check_files": "vnla.checker",
        "check_text": "vnla.checker",
        "load_config": "vnla.checker",
        "rules": "vnla.checker",
    },
)
