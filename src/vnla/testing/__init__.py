# SPDX-License-Identifier: MIT
"""
Testing helpers for users' own suites: hypothesis strategies, the pytest plugin, the
hypothesis entry point and :func:`assert_consistent`. The top room, with the CLI.
"""

from __future__ import annotations

__all__: list[str] = []
