"""The clean stage in worker processes gives what it gives in one process."""

from __future__ import annotations

import pytest

import storyline.clean.stage as clean_stage
from storyline.clean import clean_documents
from storyline.clean.lines import REPEATED_OUTLET
from storyline.model import Document, Failure, RawDocument

STORIES = ["Ferry strike", "Storm damage", "Bridge closure", "Harbour fire", "Water cuts"]


def _page(n: int) -> RawDocument:
    story = STORIES[n % len(STORIES)]
    html = (
        f"<html><head><title>{story} {n}</title></head><body><article><h1>{story} {n}</h1>"
        f"<p>Officials said on day {n} that the {story.lower()} had cost Port Alden dearly, "
        f"and that the council would meet again before the end of the week to decide.</p>"
        f"<p>Residents described long queues and empty shelves across the town on day {n}, "
        f"while traders said the {story.lower()} had halved their takings.</p>"
        "<p>Support the Gazette: become a friend of local news today</p>"
        "</article></body></html>"
    )
    return RawDocument(
        source=f"{n}.html", content=html.encode(), format="html", outlet="Harbour Gazette"
    )


def test_workers_give_the_same_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    # Small thresholds, so a few pages take both parallel passes (the first pass, then the
    # pages finished again once their outlet's repeated lines are known).
    monkeypatch.setattr(clean_stage, "PARALLEL_MIN_PAGES", 4)
    monkeypatch.setattr(clean_stage, "PAGES_PER_TASK", 2)
    raws = [_page(n) for n in range(10)] + [
        RawDocument(source="empty.html", content=b"<html><body></body></html>", format="html")
    ]
    one = clean_documents(raws)
    two = clean_documents(raws, workers=2)
    assert [d.model_dump() for d in two] == [d.model_dump() for d in one]
    docs = [d for d in two if isinstance(d, Document)]
    assert len(docs) == 10 and isinstance(two[-1], Failure)
    for doc in docs:
        assert "Support the Gazette" not in doc.text
        assert REPEATED_OUTLET in {r.reason for r in doc.removed}


def test_the_analyzers_light_helpers_load_without_the_clean_stage() -> None:
    """`storyline.clean.leads` (imported by the analyzers) leaves trafilatura and the stage
    unloaded; the stage's names are still there on first use."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from storyline.clean.leads import lead_end\n"
        "print('trafilatura' in sys.modules, 'storyline.clean.stage' in sys.modules)\n"
        "from storyline.clean import clean_documents, lines\n"
        "import storyline.clean.stage as stage\n"
        "print(clean_documents is stage.clean_documents, lines.__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    assert done.stdout.split("\n")[:2] == ["False False", "True storyline.clean.lines"]


def test_the_package_offers_the_names_its_stage_exports() -> None:
    """``storyline.clean`` lists the stage's names without loading it: the two lists agree."""
    import storyline.clean as package

    assert package.__all__ == clean_stage.__all__
    assert all(getattr(package, name) is getattr(clean_stage, name) for name in package.__all__)


def test_the_pipeline_starts_workers_early_for_as_many_pages_as_the_stage_shares() -> None:
    from storyline.pipeline import EARLY_WORKERS_MIN_INPUTS

    assert EARLY_WORKERS_MIN_INPUTS == clean_stage.PARALLEL_MIN_PAGES
