# SPDX-License-Identifier: MIT
"""
Refresh ``data/bundled.json`` from ``data/*.toml``: ``python -m vnla.record.refresh``.

Run it after editing the bundled TOML files; ``tests/test_snapshot.py`` fails
while the snapshot is stale.
"""

from __future__ import annotations

import json
from importlib import resources

from vnla.model.collections import COLLECTIONS
from vnla.record.loading import _build, _parse, dataset_to_dict
from vnla.record.snapshot import SNAPSHOT_NAME, data_files, toml_digest

__all__ = ["write_snapshot"]


def write_snapshot() -> str:
    """Parse the TOML files and write ``data/bundled.json``; return its path."""
    entries = data_files()
    parts, origins = _parse([(e, f"vnla/data/{e.name}") for e in entries])
    ds = _build(parts, origins)
    per_key: dict[str, list[tuple[str, str]]] = {}
    for key, _cls, _kind in COLLECTIONS:
        per_key[key] = [
            (origins[(key, i)][0].removeprefix("vnla/data/"), origins[(key, i)][1])
            for i in range(len(getattr(ds, key)))
        ]
    wrapper = {
        "about": "Derived from data/*.toml by `python -m vnla.record.refresh`; edit the TOML, not this file.",
        "toml_sha256": toml_digest([(e.name, e.read_bytes()) for e in entries]),
        "origins": {k: v for k, v in per_key.items() if v},
        "data": dataset_to_dict(ds),
    }
    target = resources.files("vnla") / "data" / SNAPSHOT_NAME
    path = str(target)
    with open(path, "w", encoding="utf-8") as handle:
        json.dump(wrapper, handle, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
        handle.write("\n")
    return path


if __name__ == "__main__":
    print(f"wrote {write_snapshot()}")
