"""Shared fixtures; hypothesis profiles: ``ci`` (thorough) and ``dev`` (quick, the default).

Select one with ``HYPOTHESIS_PROFILE=ci``; ``.ci/run`` does.
"""

from __future__ import annotations

import os
import signal
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


@pytest.fixture
def alarm(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail the test with TimeoutError after the module's ``BOUND_SECONDS`` (60 when unset): a
    generous guard against a quadratic path on hostile input, not a timing assertion."""
    bound = int(getattr(request.module, "BOUND_SECONDS", 60))

    def fail(signum: int, frame: object) -> None:
        raise TimeoutError(f"{request.node.name} took longer than {bound} s: not linear?")

    previous = signal.signal(signal.SIGALRM, fail)
    signal.alarm(bound)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
