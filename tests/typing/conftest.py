# SPDX-License-Identifier: MIT
"""user_code.py is type-checked by tests/test_typing.py, not imported by pytest's doctest collection."""

collect_ignore = ["user_code.py"]
