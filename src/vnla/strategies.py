# SPDX-License-Identifier: MIT
"""
Hypothesis strategies for every model class and for whole datasets (needs the ``hypothesis`` extra).

The public home of :mod:`vnla.testing.strategies`, which holds the code.

>>> from vnla import strategies
>>> callable(strategies.datasets)
True
"""

from vnla.testing import strategies as _impl
from vnla.testing.strategies import *  # noqa: F403 - the public path of the testing room's strategies

__all__ = _impl.__all__
