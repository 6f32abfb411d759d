# SPDX-License-Identifier: MIT
"""
The article checker: a pipeline that reads news text, turns what it says into typed mentions
and judges them against the record.
"""

from __future__ import annotations

from vnla.checker.engine import CheckConfig as CheckConfig
from vnla.checker.engine import Checker as Checker
from vnla.checker.engine import ConfigError as ConfigError
from vnla.checker.engine import InputError as InputError
from vnla.checker.engine import RunReport as RunReport
from vnla.checker.engine import TextFinding as TextFinding
from vnla.checker.engine import TextReport as TextReport
from vnla.checker.engine import Verdict as Verdict
from vnla.checker.engine import check_file as check_file
from vnla.checker.engine import check_files as check_files
from vnla.checker.engine import check_text as check_text
from vnla.checker.engine import load_config as load_config
from vnla.checker.engine import rules as rules

__all__ = [
    "CheckConfig",
    "Checker",
    "ConfigError",
    "InputError",
    "RunReport",
    "TextFinding",
    "TextReport",
    "Verdict",
    "check_file",
    "check_files",
    "check_text",
    "load_config",
    "rules",
]
