# SPDX-License-Identifier: MIT
"""
Check an archive on Dask (needs the ``dask`` extra: ``pip install 'vnla[dask]'``).

The public home of :mod:`vnla.batch.dask`, which holds the code: :func:`check_frame`
checks a text column of a Dask DataFrame with ``map_partitions``, :func:`check_bag` a
bag of texts, dicts or records, and :func:`check_records_on` sends records read here to
a cluster (``vnla check --scheduler``).  Each worker builds its checker once; the result
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

from vnla.batch.dask import check_bag, check_frame, check_records_on

__all__ = ["check_bag", "check_frame", "check_records_on"]
