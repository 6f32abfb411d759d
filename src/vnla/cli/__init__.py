# SPDX-License-Identifier: MIT
"""
The command line: ``vnla summary``, ``show``, ``events``, ``export``, ``validate``, ``schema``
and ``check``. The top room, with the testing helpers.
"""

from __future__ import annotations

from vnla.cli.app import main as main

__all__ = [
    "main",
]
