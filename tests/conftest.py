"""Shared fixtures; hypothesis profiles: ``ci`` (thorough) and ``dev`` (quick, the default).

Select one with ``HYPOTHESIS_PROFILE=ci``; ``.ci/run`` does.
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=40, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))


@pytest.fixture
def fresh_plugins(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Reload plugins from scratch for one test, and again after it, so no state leaks."""
    from claimkit import _plugins

    _plugins.reset()
    try:
        yield
    finally:
        monkeypatch.undo()
        _plugins.reset()
