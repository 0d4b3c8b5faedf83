"""The timeline: what a page recalls of an earlier month is one entry, not one per sentence."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of


def test_a_pages_account_of_an_earlier_month_is_one_event(nlp) -> None:
    text = (
        "In August, when the water board first noticed that dozens of meters had been "
        "tampered with, it called in auditors.\n"
        "Ms. Orla Brandt, an engineer, told the Courier in August that the seals were cut."
    )
    timeline = timeline_of(nlp, [("a", text, "2025-11-04")])
    august = [e for e in timeline if e.date == "2025-08"]
    assert len(august) == 1 and len(august[0].citations) == 2


def test_months_of_different_pages_stay_apart_unless_alike(nlp) -> None:
    timeline = timeline_of(
        nlp,
        [
            (
                "a",
                "In August, the water board hired a new chief engineer for the plant.",
                "2025-11-04",
            ),
            (
                "b",
                "The harbour was dredged in August after years of delays, the port said.",
                "2025-11-04",
            ),
        ],
    )
    assert len([e for e in timeline if e.date == "2025-08"]) == 2


def test_the_current_month_is_the_storys_news_not_background(nlp) -> None:
    text = (
        "The water board hired a new chief engineer in November.\n"
        "The harbour was dredged in November after years of delays, the port said."
    )
    timeline = timeline_of(nlp, [("a", text, "2025-11-20")])
    assert len([e for e in timeline if e.date == "2025-11"]) == 2


def test_ledes_of_one_day_are_one_event_in_any_words(nlp) -> None:
    ledes = [
        "Flood barriers gave way at Kessel Reach on Sunday, forcing 900 residents to flee.",
        "Hundreds of families were evacuated from their homes on Sunday when the river wall "
        "at Kessel Reach collapsed.",
        "Rescue crews spent Sunday ferrying people out of the waterlogged estate by boat.",
    ]
    pages = [
        (name, lede + "\nThe county has promised an inquiry into the defences.", "2025-03-11")
        for name, lede in zip("abc", ledes, strict=True)
    ]
    sunday = [e for e in timeline_of(nlp, pages) if e.date == "2025-03-09"]
    assert len(sunday) == 1 and {c.doc_id for c in sunday[0].citations} == {"a", "b", "c"}


def test_a_later_sentence_of_the_same_day_keeps_its_own_entry(nlp) -> None:
    text = (
        "Flood barriers gave way at Kessel Reach on Sunday, forcing 900 residents to flee.\n"
        "The county council separately approved a new library budget on Sunday evening."
    )
    other = "Hundreds of families fled Kessel Reach on Sunday as the river wall collapsed."
    timeline = timeline_of(nlp, [("a", text, "2025-03-11"), ("b", other, "2025-03-11")])
    sunday = [e for e in timeline if e.date == "2025-03-09"]
    assert len(sunday) == 2


def test_pages_recalling_one_earlier_day_tell_one_event(nlp) -> None:
    recalls = [
        ("a", "The miners were trapped on 2 March when a shaft collapsed at the Orvik pit."),
        (
            "b",
            "Forty men have been underground since the roof of the Orvik mine caved in on 2 March.",
        ),
        ("c", "Rescuers first heard tapping on 2 March, hours after the collapse at Orvik."),
    ]
    pages = [(n, f"Crews drilled a new rescue bore.\n{t}", "2025-04-20") for n, t in recalls]
    march = [e for e in timeline_of(nlp, pages) if e.date == "2025-03-02"]
    assert len(march) == 1 and {c.doc_id for c in march[0].citations} == {"a", "b", "c"}


def test_a_later_page_recalling_the_news_day_joins_its_entry(nlp) -> None:
    news = "Fourteen hostages were freed on Tuesday after talks brokered by church leaders."
    later = (
        "The mayor opened a memorial garden on Saturday.\n"
        "Kidnappers let the captives go on 4 March, ending a two-year ordeal, officials said."
    )
    timeline = timeline_of(nlp, [("a", news, "2025-03-05"), ("b", later, "2025-05-20")])
    freed = [e for e in timeline if e.date == "2025-03-04"]
    assert len(freed) == 1 and {c.doc_id for c in freed[0].citations} == {"a", "b"}


def test_pages_recalling_a_month_long_ago_tell_one_event(nlp) -> None:
    recalls = [
        ("a", "Gunmen seized the 40 students from their dormitory in Tarven in May 2023."),
        ("b", "The students were abducted in May 2023 during a night raid on the college."),
    ]
    pages = [(n, f"Families gathered at the gates.\n{t}", "2025-02-18") for n, t in recalls]
    may = [e for e in timeline_of(nlp, pages) if e.date == "2023-05"]
    assert len(may) == 1 and {c.doc_id for c in may[0].citations} == {"a", "b"}
