"""A short, seeded run of every fuzz target (``make fuzz`` runs them for minutes)."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz_targets import TARGETS, Target


@pytest.mark.filterwarnings("ignore::DeprecationWarning")  # feedparser's, on every feed
@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_fuzz_target(target: Target) -> None:
    run = settings(
        max_examples=target.quick_examples,
        derandomize=True,  # the same examples every run: a failure here is reproducible
        database=None,
        deadline=None,
        suppress_health_check=list(HealthCheck),
    )(given(target.strategy)(target.check))
    run()
