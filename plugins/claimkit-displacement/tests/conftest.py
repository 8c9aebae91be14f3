"""Hypothesis profiles for the plugin's tests: ``dev`` (quick, the default) and ``ci``
(thorough); ``HYPOTHESIS_PROFILE=ci`` selects the second, as claimkit's own CI does."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, settings

settings.register_profile("ci", max_examples=200, deadline=None,
                          suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("dev", max_examples=40, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "dev"))
