"""CSV and JSON downloads: a cell that a spreadsheet would run as a formula is defused."""

from __future__ import annotations

import csv
import io
import json

from storyline.web.export import csv_response, json_response


def test_csv_download_defuses_formulas_and_writes_lists_as_json() -> None:
    rows = [
        {"name": '=HYPERLINK("http://evil.example")', "aliases": ["Vorn", "A. Vorn"]},
        {"name": "-2+3", "aliases": None},
        {"name": "Kessvik – Brimor", "aliases": []},
    ]
    response = csv_response(rows, ["name", "aliases"], "entities")
    assert response.headers["content-disposition"] == 'attachment; filename="entities.csv"'
    assert response.media_type.startswith("text/csv")
    table = list(csv.reader(io.StringIO(response.body.decode())))
    assert table == [
        ["name", "aliases"],
        ['\'=HYPERLINK("http://evil.example")', '["Vorn", "A. Vorn"]'],
        ["'-2+3", ""],
        ["Kessvik – Brimor", "[]"],
    ]


def test_json_download_keeps_the_text_as_written() -> None:
    response = json_response({"name": "Zürich"}, "story")
    assert json.loads(response.body) == {"name": "Zürich"}
    assert "Zürich" in response.body.decode()
    assert response.headers["content-disposition"] == 'attachment; filename="story.json"'
