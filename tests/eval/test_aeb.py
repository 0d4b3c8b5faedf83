"""The AEB evaluation scores the HTML extractor well on a few pages of its sample."""

from __future__ import annotations

import pytest

from storyline.clean.html import extract_html


@pytest.mark.slow
def test_aeb_sample_scores_well(bench_dir) -> None:
    from storyline.eval import aeb

    data = bench_dir / aeb.DATA
    if not (data / "ground-truth.json").exists():
        pytest.skip("aeb data not here")
    pages = aeb.load_pages(data, limit=5)
    counts = [aeb.page_counts(gold, extract_html(html, url).text) for _, url, html, gold in pages]
    assert aeb.score(counts)["f1"] >= 0.9
