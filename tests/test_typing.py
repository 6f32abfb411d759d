# SPDX-License-Identifier: MIT
"""Typical user code passes ``mypy --strict`` and every revealed type is the precise one expected."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import pytest

from vnla.model.collections import Record

USER_CODE = Path(__file__).parent / "typing" / "user_code.py"
EXPECT = re.compile(r"reveal_type\(.*\)\s+# expect: (.+)$")


def expectations() -> dict[int, str]:
    record = " | ".join(f"{cls.__module__}.{cls.__qualname__}" for cls in typing.get_args(Record))
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    return {
        n: re.sub(r"\bRecord\b", record, m[1].strip())
        for n, line in enumerate(lines, 1)
        if (m := EXPECT.search(line))
    }


def test_user_code_type_checks_with_precise_types() -> None:
    api = pytest.importorskip("mypy.api")
    stdout, stderr, status = api.run(
        ["--strict", "--no-incremental", "--cache-dir=/dev/null", "--show-traceback", str(USER_CODE)]
    )
    revealed: dict[int, str] = {}
    errors = []
    for line in stdout.splitlines():
        m = re.match(r".*user_code\.py:(\d+): (note|error): (.*)$", line)
        if m is None:
            continue
        number, kind, text = int(m[1]), m[2], m[3]
        if kind == "note" and text.startswith("Revealed type is "):
            # mypy before 2.0 writes builtins in full ("builtins.str"), 2.0 and later do not
            revealed[number] = text.removeprefix("Revealed type is ").strip('"').replace("builtins.", "")
        elif kind == "error":
            errors.append(line)
    # reveal_type is itself not an error for mypy; anything else is
    assert not errors, "\n".join(errors) + stderr
    expected = expectations()
    assert len(expected) >= 20
    assert revealed == expected
    assert status in (0, 1), stderr  # 0 (notes only) or 1 (some mypy versions count reveal_type)
    assert "Any" not in " ".join(revealed.values())
