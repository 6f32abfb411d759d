# SPDX-License-Identifier: MIT
"""
The article checker: a pipeline that reads news text, turns what it says into typed mentions
and judges them against the record (source, scan, sentences, readers, judges, report).
"""

from __future__ import annotations

from vnla.checker.api import Checker as Checker
from vnla.checker.api import check_file as check_file
from vnla.checker.api import check_files as check_files
from vnla.checker.api import check_text as check_text
from vnla.checker.config import CheckConfig as CheckConfig
from vnla.checker.config import ConfigError as ConfigError
from vnla.checker.config import load_config as load_config
from vnla.checker.report import RunReport as RunReport
from vnla.checker.report import TextFinding as TextFinding
from vnla.checker.report import TextReport as TextReport
from vnla.checker.report import Verdict as Verdict
from vnla.checker.report import rules as rules
from vnla.checker.source import InputError as InputError

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
