# SPDX-License-Identifier: MIT
"""
Consistent datasets built fact by fact, and inconsistencies planted in them: the engine of
:func:`vnla.strategies.datasets` and :func:`vnla.strategies.datasets_with_violation`.

Nothing here imports hypothesis: the strategies draw the parameters (a dict, see
``_world_parameters`` in :mod:`vnla.testing.strategies`) and a :class:`World` builds them.

>>> from datetime import date
>>> p = {
...     "prefix": "w",
...     "start": date(2025, 12, 1),
...     "length": 1,
...     "subevents": [0],
...     "styles": [0],
...     "people": [0],
...     "native": ["Tô Lâm"],
...     "roles": ["gs"],
...     "office_from": date(2020, 1, 1),
...     "relative": False,
...     "report_lag": 0,
...     "report_day": date(2025, 12, 5),
...     "partial": False,
...     "congresses": 1,
...     "first_ordinal": 13,
...     "founded": date(1930, 2, 3),
...     "archive_day": date(2025, 11, 1),
...     "targets": ["near"],
...     "values": [5],
...     "place": 0,
...     "place_vi": "Viêng Chăn",
...     "trade": None,
... }
>>> ds = World(p).build().dataset()
>>> ds.get("w-visit").evidence[0].quote
'General Secretary To Lam paid a state visit to Vientiane from December 1 to 2, 2025'
>>> from vnla.rules.checks import check
>>> check(ds).findings
()
>>> world = World(p).build()
>>> PLANTS["dates.weekday-matches"](world)
>>> sorted({f.rule for f in check(world.dataset()).findings})
['dates.weekday-matches']
"""

from __future__ import annotations

from vnla.testing.world.core import World
from vnla.testing.world.plants import PLANTS

__all__ = ["PLANTS", "World"]
