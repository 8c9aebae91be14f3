"""The strategies of :mod:`claimkit.testing` under the name ``claimkit.testing.strategies``.

``from claimkit.testing import strategies as cks`` reads like ``hypothesis.strategies``.
"""

from __future__ import annotations

from claimkit.testing import *  # noqa: F403  (one list of names: claimkit.testing.__all__)
from claimkit.testing import __all__ as __all__
