"""Refitting the story join model writes a model file of the shape the stories stage reads."""

from __future__ import annotations

import json

from storyline.eval.refit_stories import main
from storyline.stories.cluster import FEATURES

EVENTS = {
    "1": ("Harbour crane collapses in Velport",
          "A harbour crane collapsed in Velport on Monday, injuring two dock workers. "
          "The Velport port authority closed the quay while inspectors examined the crane."),
    "2": ("Orchard frost ruins Dalby apple harvest",
          "A late frost destroyed most of the apple blossom in Dalby orchards this week. "
          "Growers in Dalby said the harvest would be the smallest in twenty years."),
}  # fmt: skip


def test_main_fits_on_a_folder_and_writes_the_model(tmp_path, capsys):
    data = tmp_path / "newscluster"
    data.mkdir()
    n = 0
    for event, (title, text) in EVENTS.items():
        for day in range(1, 4):
            n += 1
            record = {
                "url": f"https://news{n}.example/{event}",
                "title": title,
                "text": f"{text} Update {day}: {text}",
                "date_publish": f"2026-04-0{day} 10:00:00",
                "source_domain": f"news{n}.example",
                "newsCluster": {"EventId": event},
            }
            (data / f"{n}.json").write_text(json.dumps(record), encoding="utf-8")
    out = tmp_path / "model.json"
    main(["--data", str(data), "--out", str(out)])
    model = json.loads(out.read_text(encoding="utf-8"))
    assert model["features"] == [*FEATURES, "bias"]
    assert len(model["weights"]) == len(FEATURES) + 1
    assert isinstance(model["threshold"], float | int) and model["C"] > 0
    assert model["fitted_on"] == "newscluster, 6 documents, 2 events"
    assert "wrote" in capsys.readouterr().out
