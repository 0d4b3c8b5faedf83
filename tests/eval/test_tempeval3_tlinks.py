"""TempEval-3 event anchoring: reading a TimeML file's events, dates and at-time links, and
the candidate dates, on an invented file."""

from __future__ import annotations

from storyline.eval.tempeval3_tlinks import Tally, candidates, load_documents, read_tml

TML = """<?xml version="1.0" ?>
<TimeML>
<DOCID>invented</DOCID>
<DCT>
<TIMEX3 tid="t0" type="DATE" value="2026-03-10" functionInDocument="CREATION_TIME">
2026-03-10</TIMEX3></DCT>
<TEXT>
The mill <EVENT eid="e1" class="OCCURRENCE">closed</EVENT>
on <TIMEX3 tid="t1" type="DATE" value="2026-03-09">Monday</TIMEX3>,
a year after it <EVENT eid="e2" class="OCCURRENCE">opened</EVENT>
in <TIMEX3 tid="t2" type="DATE" value="2025-03">March 2025</TIMEX3> &amp;
<TIMEX3 tid="t3" type="DURATION" value="P1Y">a year</TIMEX3> later
<TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>
<TIMEX3 tid="t5" type="TIME" value="2026-03-09T10:00">10 am</TIMEX3>.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" />
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="PAST" />
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="INCLUDES" timeID="t2" relatedToEventInstance="ei2" />
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t5" />
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToEventInstance="ei2" />
</TimeML>
"""


def _doc(tmp_path):
    path = tmp_path / "mill.tml"
    path.write_text(TML, encoding="utf-8")
    return read_tml(path, "dev")


def test_read_tml_gives_text_offsets_and_at_time_links(tmp_path):
    doc = _doc(tmp_path)
    assert doc.name == "mill" and doc.half == "dev" and doc.reference == "2026-03-10"
    s, e = doc.events["e1"]
    assert doc.text[s:e] == "closed"
    s, e, value, type_ = doc.timexes["t2"]
    assert doc.text[s:e] == "March 2025" and value == "2025-03" and type_ == "DATE"
    assert "&amp;" not in doc.text and " &\n" in doc.text
    # IS_INCLUDED as written; INCLUDES written time-first is turned round; BEFORE is no
    # at-time relation; an event-event link is not a date link.
    assert doc.links == {("e1", "t1"), ("e2", "t2")}


def test_candidates_are_calendar_dates_with_their_precision(tmp_path):
    doc = _doc(tmp_path)
    found = candidates(doc)
    assert set(found) == {"t1", "t2", "t5"}  # not the duration, not PRESENT_REF
    assert found["t1"].precision == "day" and found["t1"].text == "Monday"
    assert found["t2"].precision == "month" and found["t2"].value == "2025-03"
    assert found["t5"].value == "2026-03-09" and found["t5"].precision == "day"


def test_load_documents_splits_each_subset_by_sorted_position(tmp_path):
    for subset in ("TimeBank", "AQUAINT"):
        (tmp_path / subset).mkdir()
        for name in ("a", "b", "c"):
            (tmp_path / subset / f"{name}.tml").write_text(TML, encoding="utf-8")
    docs = load_documents(tmp_path)
    assert [d.half for d in docs] == ["dev", "test", "dev"] * 2


def test_tally_metrics():
    tally = Tally(items=4, right=2, wrong=1, abstain=1, choice_items=2, choice_right=1)
    got = tally.metrics()
    assert got["accuracy"] == 0.5
    assert abs(got["precision"] - 2 / 3) < 1e-3
    assert got["choice_accuracy"] == 0.5
    assert got["abstain"] == 1
