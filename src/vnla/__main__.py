# SPDX-License-Identifier: MIT
"""``python -m vnla``: the same as the ``vnla`` command."""

from vnla.cli import main

raise SystemExit(main())
