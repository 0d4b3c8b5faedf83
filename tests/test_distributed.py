"""The Ray engine in local mode: the same documents and analyses as the local pipeline."""

from __future__ import annotations

import pytest

from storyline import distributed
from storyline.pipeline import Pipeline
from storyline.store import Store

pytestmark = pytest.mark.skipif(not distributed.available(), reason="extra [ray] not installed")


@pytest.fixture(scope="module")
def ray_local():
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    ray.shutdown()


def test_ray_shards_load_like_the_local_pipeline(ray_local, demo_dir, tmp_path):
    bad = tmp_path / "empty.txt"
    bad.write_text("")
    out = distributed.run([str(demo_dir), str(bad)], tmp_path / "shards")
    with Store(tmp_path / "ray.db") as store:
        report = distributed.load_shards(out, store)
        from_ray = {d.id: d for d in store.documents()}
        ray_analyses = {i: store.get_analysis(i) for i in from_ray}
    with Store(tmp_path / "local.db") as store:
        pipe = Pipeline(store, workers=1)
        local = pipe.ingest([str(demo_dir)]).documents
        analyses = pipe.analyze(local)
    assert len(report.documents) == len(local) == len(from_ray)
    assert [f.source for f in report.failures] == [str(bad)]
    for doc in local:
        assert from_ray[doc.id] == doc
        assert ray_analyses[doc.id] == analyses[doc.id]
