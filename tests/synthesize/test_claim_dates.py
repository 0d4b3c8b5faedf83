"""Two sentences that date what they tell on different days state two claims (a ferry that ran
aground on Tuesday and another on Friday), however alike their words; the day a claim was
told ("the harbour office said Wednesday") and a date compared with ("the first since 2011")
do not date the claim."""

from __future__ import annotations

from datetime import date

from storyline.model import Analysis, Document, TimeExpression
from storyline.synthesize.claim_dates import days_clash, interval, sentence_days
from storyline.synthesize.claims import ClaimMatcher
from storyline.synthesize.summary import SentenceIndex, claims


def _analysis(doc_id: str, text: str, dated: dict[str, str]) -> Analysis:
    times = []
    for phrase, value in dated.items():
        at = text.index(phrase)
        times.append(TimeExpression(text=phrase, start=at, end=at + len(phrase), value=value))
    return Analysis(doc_id=doc_id, version="t", text_hash="t", times=times)


def _days(text: str, dated: dict[str, str]):
    return sentence_days(_analysis("a", text, dated), text, [(0, len(text))])[0]


def test_intervals_of_days_weeks_months_and_years():
    assert interval("2031-03-04") == (date(2031, 3, 4), date(2031, 3, 4))
    assert interval("2031-03") == (date(2031, 3, 1), date(2031, 3, 31))
    assert interval("2031-W10")[0] == date(2031, 3, 3)
    assert interval("2031") == (date(2031, 1, 1), date(2031, 12, 31))
    assert interval("PRESENT_REF") is None and interval("2031-13") is None


def test_different_days_clash_and_overlapping_ones_do_not():
    tuesday = _days("The ferry ran aground on Tuesday.", {"Tuesday": "2031-03-04"})
    friday = _days("A ferry ran aground on Friday.", {"Friday": "2031-03-07"})
    march = _days("A ferry ran aground in March.", {"March": "2031-03"})
    assert days_clash(tuesday, friday)
    assert not days_clash(tuesday, march)  # the month holds the day
    assert not days_clash(tuesday, ())  # an undated sentence may tell either


def test_the_day_it_was_told_and_a_date_compared_with_do_not_date_the_claim():
    told = _days(
        "The ferry ran aground, the harbour office said Wednesday.", {"Wednesday": "2031-03-05"}
    )
    told_on = _days(
        "The ferry ran aground, the harbour office told reporters on Wednesday.",
        {"Wednesday": "2031-03-05"},
    )
    compared = _days("It was the worst grounding since 2011.", {"2011": "2011"})
    estimated = _days(
        "Port analysts estimated on March 2 that traffic would fall 8 percent next year.",
        {"March 2": "2031-03-02", "next year": "2032"},
    )
    assert told == () and told_on == () and compared == ()
    assert estimated == ((date(2032, 1, 1), date(2032, 12, 31)),)  # when traffic falls


def test_matcher_keeps_claims_of_different_days_apart():
    texts = [
        "The ferry ran aground near the pier on Tuesday.",
        "The ferry ran aground near the pier on Friday.",
    ]
    days = [((date(2031, 3, 4), date(2031, 3, 4)),), ((date(2031, 3, 7), date(2031, 3, 7)),)]
    assert ClaimMatcher(texts).same(0, 1, wording=0.9)
    assert not ClaimMatcher(texts, days=days).same(0, 1, wording=0.9)


def _doc(i: str, text: str) -> Document:
    return Document(id=i, source=i, text=text, published="2031-03-08", published_source="meta")


def test_a_claim_cites_no_source_telling_another_days_event():
    pages = {
        "a": (
            "The Lornholm ferry ran aground near the northern pier of Skarre on Tuesday morning. "
            "Nobody on board was hurt, the harbour office said.",
            {"Tuesday morning": "2031-03-04"},
        ),
        "b": (
            "A Lornholm ferry ran aground near the northern pier of Skarre on Tuesday morning. "
            "Divers checked the hull for damage.",
            {"Tuesday morning": "2031-03-04"},
        ),
        "c": (
            "A Lornholm ferry ran aground near the northern pier of Skarre on Friday morning. "
            "Tugs pulled the vessel free within hours.",
            {"Friday morning": "2031-03-07"},
        ),
    }
    docs = [_doc(i, text) for i, (text, _) in pages.items()]
    analyses = {i: _analysis(i, text, dated) for i, (text, dated) in pages.items()}
    index = SentenceIndex(docs)
    groups = {d.id: d.id for d in docs}
    originals = set(groups)
    undated = claims(index, groups, originals, encoder=None)
    dated = claims(index, groups, originals, encoder=None, analyses=analyses)

    def cited(found) -> set[str]:
        lead = next(c for c in found if "Tuesday" in c.sentence.text)
        return {x.doc_id for x in lead.citations}

    assert cited(undated) == {"a", "b", "c"}  # words alone cannot tell the two groundings
    assert cited(dated) == {"a", "b"}
