# SPDX-License-Identifier: MIT
"""
Record the golden outputs of ``vnla check`` in tests/golden/out/, one JSON file per input.

They were recorded with the checker as it was before the pipeline rebuild, so that
every difference the rebuild makes is seen (tests/test_golden.py).  Run from the
repository, with the vnla whose outputs are to be recorded first on the path::

    PYTHONPATH=/work/old/src python tests/golden/record.py

Files of inputs that are no longer listed are removed.  Re-record only after
reading the differences the test shows and deciding they are intended.

The test against that same old checkout, while the installed vnla's entry points
name modules the old code does not have (vnla.testing.*), needs them switched off::

    HYPOTHESIS_NO_PLUGINS=1 PYTHONPATH=/work/old/src python -m pytest -q tests/test_golden.py \
        -p no:cacheprovider -p no:vnla
"""

from __future__ import annotations

import importlib.util
import sys
from collections import Counter
from pathlib import Path
from types import ModuleType


def _load_produce() -> ModuleType:
    """tests/golden/_produce.py, loaded by its path as tests/test_golden.py loads it."""
    path = Path(__file__).resolve().parent / "_produce.py"
    spec = importlib.util.spec_from_file_location("vnla_golden_produce", path)
    if spec is None or spec.loader is None:
        msg = f"cannot load {path}"
        raise ImportError(msg)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> int:
    """Write every golden file; print what was recorded."""
    import vnla

    golden = _load_produce()
    golden.OUT.mkdir(parents=True, exist_ok=True)
    print(f"recording with vnla from {Path(vnla.__file__).parent}", file=sys.stderr)
    totals: Counter[str] = Counter()
    written = set()
    for case in golden.cases():
        document = golden.produce(case)
        target = golden.OUT / f"{case.name}.json"
        target.write_text(golden.dumps(document), encoding="utf-8", newline="\n")
        written.add(target.name)
        [file] = document["report"]["files"]
        totals.update(file["counts"])
        counts = ", ".join(f"{n} {v}" for v, n in file["counts"].items())
        print(f"{target.name}: {counts} (exit {document['exit_status']})")
    for stale in sorted(golden.OUT.glob("*.json")):
        if stale.name not in written:
            stale.unlink()
            print(f"removed {stale.name}: no longer an input")
    print(f"total: {len(written)} files: " + ", ".join(f"{n} {v}" for v, n in totals.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
