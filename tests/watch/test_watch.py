"""The watch package: following sources in rounds, above the one library entry point."""

from __future__ import annotations

import storyline.watch
from storyline.pipeline import Pipeline
from storyline.watch import rounds, sources


def test_the_package_says_what_it_is_for():
    assert storyline.watch.__doc__ and "rounds" in storyline.watch.__doc__.lower()


def test_the_watcher_takes_in_through_the_pipeline():
    # The CLI, web server and watcher must all call the pipeline: the poller is built on it.
    assert sources.Pipeline is Pipeline
    assert callable(rounds.Watcher) and callable(sources.Poller)
