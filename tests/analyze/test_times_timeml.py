"""Phrases counted from another moment: the day they point to for the pipeline, the length of
time they name for TimeML (``timex3``)."""

from __future__ import annotations

from spacy.language import Language

from storyline.analyze.times import find_times, timex3
from storyline.model import Analysis, TimeExpression

REF = "2025-03-13"  # a Thursday


def _by_text(text: str, nlp: Language) -> dict[str, TimeExpression]:
    return {t.text: t for t in find_times(nlp(text), REF)}


def test_counted_from_an_event_keeps_its_day_and_names_its_length(nlp: Language) -> None:
    found = _by_text(
        "Parliament on Thursday approved the fund, a day after the dam collapsed.", nlp
    )
    counted = found["a day after"]
    assert (counted.type, counted.value, counted.duration) == ("DATE", "2025-03-12", "P1D")
    as_timex = timex3(counted)
    assert (as_timex.text, as_timex.type, as_timex.value) == ("a day", "DURATION", "P1D")
    assert as_timex.end == counted.start + len("a day")
    assert as_timex.precision == "duration" and as_timex.duration is None


def test_later_counts_a_length_and_earlier_names_a_date(nlp: Language) -> None:
    found = _by_text("The vote was on Monday. Results came three days later.", nlp)
    assert found["three days later"].value == "2025-03-13"
    assert timex3(found["three days later"]).value == "P3D"
    found = _by_text("Sales rose 4% in March. A year earlier they had fallen.", nlp)
    earlier = found["A year earlier"]
    assert earlier.duration is None and timex3(earlier) == earlier  # TimeML: the year before


def test_other_expressions_read_the_same_in_timeml(nlp: Language) -> None:
    for t in find_times(nlp("The strike lasted two weeks and ended on Friday, 12 days ago."), REF):
        assert timex3(t) == t


def test_length_survives_the_stored_analysis() -> None:
    t = TimeExpression(text="two weeks later", start=0, end=15, value="2025-03-27", duration="P2W")
    analysis = Analysis(doc_id="d1", version="v", text_hash="h", times=[t])
    assert Analysis.model_validate_json(analysis.model_dump_json()).times[0].duration == "P2W"
    old = '{"text": "May", "start": 0, "end": 3, "value": "2025-05", "precision": "month"}'
    assert TimeExpression.model_validate_json(old).duration is None  # stored before the field
