# SPDX-License-Identifier: MIT
"""
Check an archive on Dask (needs the ``dask`` extra: ``pip install 'vnla[dask]'``).

The public home of :mod:`vnla.batch.dask`, which holds the code: :func:`check_frame`
checks a text column of a Dask DataFrame with ``map_partitions``, :func:`check_bag` a
bag of texts, dicts or records, and :func:`check_records_on` sends records read here to
a cluster (``vnla check --scheduler``).  Each worker builds its checker once: in its
first task, or as it starts when it preloads this module (``dask worker ... --preload
vnla.dask``, which calls :func:`dask_setup`).  :data:`~vnla.batch.dask.QUIET_CONFIG`
turns off what Dask runs for its dashboard and a long check does not need.  The result
is a Dask DataFrame in the findings schema (:func:`vnla.batch.findings_schema`) that
``to_parquet`` writes.  Importing this module imports no Dask: that happens on first use.

>>> import dask.dataframe as dd, pandas as pd
>>> from vnla.dask import check_frame
>>> articles = dd.from_pandas(pd.DataFrame({"id": ["a"], "text": ["strategic bond"]}), npartitions=1)
>>> check_frame(articles).compute(scheduler="sync")[["id", "verdict", "canonical"]].values.tolist()
[['a', 'variant', 'strategic cohesion']]

.. versionadded:: 0.2
"""

from __future__ import annotations

from vnla.batch.dask import QUIET_CONFIG, check_bag, check_frame, check_records_on, dask_setup

__all__ = ["QUIET_CONFIG", "check_bag", "check_frame", "check_records_on", "dask_setup"]
