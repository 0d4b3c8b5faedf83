"""A page rewritten the morning after it was first put up is read against that morning."""

from __future__ import annotations

from storyline.dating import next_morning, story_dates
from storyline.model import Analysis, Document, Event, TimeExpression


def _doc(doc_id: str, day: str) -> Document:
    return Document(id=doc_id, source=doc_id, text="x", published=day, published_source="meta")


def _analysis(doc_id: str, ref: str, times=(), own_days=()) -> Analysis:
    events = [
        Event(date=d, precision="day", sentence="x", start=0, end=1, anchor="main")
        for d in own_days
    ]
    return Analysis(
        doc_id=doc_id,
        version="t",
        text_hash="x",
        reference_date=ref,
        times=list(times),
        events=events,
    )


def _said(text: str, value: str) -> TimeExpression:
    return TimeExpression(text=text, start=0, end=len(text), value=value, relative=True)


def _story(morning_times):
    # Two pages date the dam's breach to Thursday 8 May; the third, put up that evening,
    # tells it as "last night" (rewritten on Friday morning).
    docs = [_doc("a", "2031-05-08"), _doc("b", "2031-05-08"), _doc("c", "2031-05-08")]
    analyses = {
        "a": _analysis("a", "2031-05-08", own_days=["2031-05-08"]),
        "b": _analysis("b", "2031-05-08", own_days=["2031-05-08"]),
        "c": _analysis("c", "2031-05-08", morning_times),
    }
    return docs, analyses


def test_news_told_as_last_night_moves_the_page_to_the_next_morning() -> None:
    said = [_said("last night", "2031-05-07TNI"), _said("yesterday", "2031-05-07")]
    docs, analyses = _story(said)
    assert story_dates(docs, analyses).reanalyze == {"c": "2031-05-09"}
    # once read against that morning, the decision stands (no endless re-analysis)
    moved = [_said("last night", "2031-05-08TNI"), _said("yesterday", "2031-05-08")]
    docs, analyses = _story(moved)
    analyses["c"].reference_date = "2031-05-09"
    assert story_dates(docs, analyses).reanalyze == {}


def test_one_mention_or_a_day_other_pages_tell_keeps_the_stated_day() -> None:
    docs, analyses = _story([_said("last night", "2031-05-07TNI")])
    assert story_dates(docs, analyses).reanalyze == {}
    told = {"2031-05-08": 2, "2031-05-07": 1}  # another page dates something to the day before
    said = [_said("last night", "2031-05-07TNI"), _said("yesterday", "2031-05-07")]
    page = _analysis("c", "2031-05-08", said)
    assert next_morning(_doc("c", "2031-05-08"), page, told) is None


def test_one_last_night_moves_a_page_stamped_in_the_evening() -> None:
    # stamped at 23:00 on the day the others date the breach to, it tells it as "last night"
    told = {"2031-05-08": 2}
    said = [_said("last night", "2031-05-07TNI")]
    evening = Document(
        id="c", source="c", text="x", published="2031-05-08T23:00:00", published_source="meta"
    )
    assert next_morning(evening, _analysis("c", "2031-05-08", said), told) == "2031-05-09"
    morning = evening.model_copy(update={"published": "2031-05-08T07:00:00"})
    assert next_morning(morning, _analysis("c", "2031-05-08", said), told) is None


def _morning_page(doc_id: str, sentence: str, expression: str) -> Analysis:
    at = sentence.index(expression)
    event = Event(
        date="2031-05-08",
        precision="day",
        sentence=sentence,
        start=100,
        end=100 + len(sentence),
        anchor="main",
        time_start=100 + at,
        time_end=100 + at + len(expression),
    )
    return Analysis(
        doc_id=doc_id, version="t", text_hash="x", reference_date="2031-05-08", events=[event]
    )


def test_news_of_a_morning_told_as_last_night_keeps_the_stated_day() -> None:
    # Other pages put the breach in Thursday's small hours; a page further west stamped that
    # afternoon tells it as "last night": its night was their morning, not a rewrite.
    docs, analyses = _story([_said("last night", "2031-05-07TNI")])
    early, morning = "The dam breached early on Thursday.", "The dam gave way Thursday morning."
    analyses["a"] = _morning_page("a", early, "Thursday")
    analyses["b"] = _morning_page("b", morning, "Thursday morning")
    docs[2] = docs[2].model_copy(update={"published": "2031-05-08T17:00:00"})
    assert story_dates(docs, analyses).reanalyze == {}
    # told without a morning, the same page was rewritten the next morning
    analyses["a"] = _morning_page("a", "The dam at Vellin breached on Thursday.", "Thursday")
    analyses["b"] = _morning_page("b", "The Vellin dam gave way on Thursday.", "Thursday")
    assert story_dates(docs, analyses).reanalyze == {"c": "2031-05-09"}
