# SPDX-License-Identifier: MIT
"""
Refresh ``data/bundled.json`` from ``data/*.toml``: ``python -m vnla.record.refresh``.

Run it after editing the bundled TOML files; ``tests/test_snapshot.py`` fails
while the snapshot is stale.  The file is replaced atomically: a failed write
leaves the old snapshot as it was.
"""

from __future__ import annotations

import os

from vnla.model.collections import COLLECTIONS
from vnla.record.atomic import write_text_atomic
from vnla.record.loading import _build, _parse, dataset_to_dict
from vnla.record.snapshot import DATA_DIR, SNAPSHOT_NAME, data_files, snapshot_bytes

__all__ = ["write_snapshot"]


def write_snapshot(path: str | None = None) -> str:
    """Parse and check the TOML files, write the snapshot (default ``data/bundled.json``), return its path."""
    paths = data_files()
    parts, origins = _parse([(p, f"vnla/data/{os.path.basename(p)}") for p in paths])
    ds = _build(parts, origins)
    per_key: dict[str, list[tuple[str, str]]] = {}
    for key, _cls, _kind in COLLECTIONS:
        entries = [
            (origins[(key, i)][0].removeprefix("vnla/data/"), origins[(key, i)][1])
            for i in range(len(getattr(ds, key)))
        ]
        if entries:
            per_key[key] = entries
    files = []
    for p in paths:
        with open(p, "rb") as handle:
            files.append((os.path.basename(p), handle.read()))
    target = path or os.path.join(DATA_DIR, SNAPSHOT_NAME)
    write_text_atomic(target, snapshot_bytes(dataset_to_dict(ds), per_key, files).decode("utf-8"))
    return target


if __name__ == "__main__":
    print(f"wrote {write_snapshot()}")
