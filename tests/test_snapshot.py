# SPDX-License-Identifier: MIT
"""The JSON snapshot is a faithful, fresh cache of the TOML files."""

from __future__ import annotations

import subprocess
import sys

import vnla
from vnla.record import snapshot as _snapshot
from vnla.record.loading import _build, _parse


def toml_dataset() -> vnla.Dataset:
    return _build(*_parse([(e, f"vnla/data/{e.name}") for e in _snapshot.data_files()]))


def test_snapshot_is_fresh() -> None:
    files = [(e.name, e.read_bytes()) for e in _snapshot.data_files()]
    assert _snapshot.load_snapshot(files) is not None, (
        "run `python -m vnla.record.snapshot` after editing data/*.toml"
    )


def test_snapshot_equals_the_toml() -> None:
    from_toml = toml_dataset()
    files = [(e.name, e.read_bytes()) for e in _snapshot.data_files()]
    from_snapshot = _snapshot.load_snapshot(files)
    assert from_snapshot == from_toml
    assert vnla.to_json(from_snapshot) == vnla.to_json(from_toml)
    assert dict(from_snapshot.origins) == dict(from_toml.origins)


def test_stale_snapshot_is_ignored() -> None:
    files = [(e.name, e.read_bytes()) for e in _snapshot.data_files()]
    files[0] = (files[0][0], files[0][1] + b"\n# edited\n")
    assert _snapshot.load_snapshot(files) is None


def test_bundled_load_needs_neither_cattrs_nor_tomllib() -> None:
    code = "import sys, vnla; vnla.dataset(); print('cattrs' in sys.modules, 'tomllib' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]
