"""Refit the story join model on newscluster and write storyline/stories/join_model.json.

    python -m storyline.eval.refit_stories [--data DIR] [--out FILE]

The fitting itself is ``storyline.stories.train`` (no evaluation code there); this script only
reads the benchmark, so the stories stage never imports the evaluations.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from storyline.stories.cluster import FEATURES, MODEL_FILE
from storyline.stories.train import fit_model


def main(argv: list[str] | None = None) -> None:
    from storyline.eval import bench_root
    from storyline.eval.newscluster import load_docs, pairwise_f1
    from storyline.stories.cluster import featurize

    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--data", type=Path, default=bench_root() / "newscluster")
    parser.add_argument("--out", type=Path, default=MODEL_FILE)
    args = parser.parse_args(argv)
    docs, gold = load_docs(args.data)
    stream = [featurize(d) for d in docs]
    weights, threshold, c = fit_model(stream, gold, pairwise_f1)
    payload = {
        "features": [*FEATURES, "bias"],
        "weights": [round(w, 4) for w in weights],
        "threshold": threshold,
        "C": c,
        "fitted_on": f"newscluster, {len(docs)} documents, {len(set(gold.values()))} events",
    }
    args.out.write_text(json.dumps(payload, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.out}: {payload}")


if __name__ == "__main__":
    main()
