# SPDX-License-Identifier: MIT
"""Every script in ``examples/`` runs as a user would run it, exits 0 and prints what it promises."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))

#: A line each script must print; a new script needs only to exit 0 and print something.
KEY_LINES = {
    "timeline.py": "Dec 1\u2009–\u20092, 2025                      State visit of General Secretary To Lam to Laos (Vientiane)",
    "names_table.py": "Vientiane",
}


def test_there_are_examples() -> None:
    assert {p.name for p in SCRIPTS} >= set(KEY_LINES)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_example_runs(script: Path, tmp_path: Path) -> None:
    # Run from an empty folder with UTF-8 output, as a copied script would run.
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, str(script)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        cwd=tmp_path,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip(), "the example printed nothing"
    key = KEY_LINES.get(script.name)
    if key is not None:
        assert key in result.stdout


def test_names_table_shows_three_scripts() -> None:
    result = subprocess.run(
        [sys.executable, str(EXAMPLES / "names_table.py")],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=True,
        timeout=120,
    )
    rows = {line.split()[0]: line for line in result.stdout.splitlines() if line.startswith("Vientiane ")}
    assert "Viêng Chăn" in rows["Vientiane"]
    assert "ວຽງຈັນ" in rows["Vientiane"]
