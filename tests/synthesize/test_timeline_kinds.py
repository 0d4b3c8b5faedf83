"""The timeline: one event several outlets tell in their own words, by words of one kind
("searched", "raided"; "a car bomb exploded", "a blast tore through"), is one entry; different
events of one day (an arrest and a search; a stabbing and a bombing) stay apart."""

from __future__ import annotations

from storyline.synthesize.event_kinds import kind_words
from tests.synthesize.timeline_pages import on_day
from tests.synthesize.timeline_pages import timeline as timeline_of


def test_words_of_one_kind_name_one_event() -> None:
    derailed = kind_words(frozenset({"derail"}), "A tram derailed on Tuesday.", False)
    toppled = kind_words(frozenset({"toppl"}), "The tram toppled over on Tuesday.", False)
    tracks = kind_words(frozenset({"track"}), "A tram came off the tracks on Tuesday.", False)
    assert derailed and derailed == toppled == tracks
    detained = kind_words(frozenset({"detain"}), "The driver was detained on Tuesday.", False)
    custody = kind_words(frozenset({"custodi"}), "He was taken into custody on Tuesday.", False)
    assert detained and detained == custody
    hearing = kind_words(frozenset({"hear"}), "At a hearing on Tuesday, he was charged.", False)
    assert hearing and not hearing & detained and not hearing & derailed


def test_a_sentence_dated_by_a_word_of_no_kind_takes_the_kind_it_names() -> None:
    blast = "On Saturday evening, a blast tore through a checkpoint north of the city."
    assert kind_words(frozenset({"tore"}), blast, False) == kind_words(
        frozenset({"explod"}), "A car bomb exploded at a checkpoint on Saturday.", False
    )
    # a statement is about the event, not the event; two kinds tell how two events relate
    claim = "The Front claimed responsibility on Sunday for the car bombing."
    assert not kind_words(frozenset({"respons"}), claim, True)
    both = "Crews worked for hours on Tuesday to rescue passengers after the tram overturned."
    assert not kind_words(frozenset({"work"}), both, False)
    # a participle after an article describes a thing, not the sentence's event
    cut = "Crews cut trapped passengers out of the overturned carriage and rescued them on Tuesday."
    assert kind_words(frozenset({"cut"}), cut, False) == {"kind:rescue"}
    assert "kind:protest" not in kind_words(frozenset(), "March 3 saw a blast downtown.", False)


def test_a_search_told_as_a_raid_is_one_entry_apart_from_the_arrest(nlp) -> None:
    pages = [
        (
            "a",
            "Investigators searched the offices of Dalmark Shipping on Monday afternoon, "
            "carrying away computers and boxes of files.\n"
            "Separately, the firm's founder was arrested at his home on Monday morning.",
            "2025-06-03",
        ),
        (
            "b",
            "Detectives raided the headquarters of the shipping company on Monday, "
            "a spokesman for the prosecutor said.",
            "2025-06-04",
        ),
    ]
    monday = on_day(timeline_of(nlp, pages, {"Dalmark Shipping": "ORG"}), "2025-06-02")
    search = [e for e in monday if any("raided" in c.text for c in e.citations)]
    assert len(search) == 1, [e.text for e in monday]
    assert {c.doc_id for c in search[0].citations} == {"a", "b"}
    assert not any("arrested" in c.text for c in search[0].citations)


def test_a_bombing_retold_is_one_entry_and_a_stabbing_another(nlp) -> None:
    pages = [
        (
            "a",
            "A man stabbed two shoppers in the central market of Qorvan on Saturday morning.\n"
            "Hours later, a car bomb exploded at an army checkpoint on the northern road on "
            "Saturday, killing six soldiers.",
            "2025-08-10",
        ),
        (
            "b",
            "On Saturday evening, a blast tore through a military checkpoint north of Qorvan, "
            "killing six soldiers, officials said.",
            "2025-08-10",
        ),
    ]
    saturday = on_day(timeline_of(nlp, pages), "2025-08-09")
    assert len(saturday) == 2, [e.text for e in saturday]
    bombing = [e for e in saturday if any("blast" in c.text for c in e.citations)]
    assert len(bombing) == 1 and {c.doc_id for c in bombing[0].citations} == {"a", "b"}
    assert not any("stabbed" in c.text for c in bombing[0].citations)


def test_a_rescue_worded_like_the_wreck_stays_apart_from_it(nlp) -> None:
    pages = [
        (
            "a",
            "A passenger ferry capsized off Vell Island on Friday night with 80 people on board.",
            "2025-10-04",
        ),
        ("b", "Rescuers saved 71 of the 80 people on board on Friday night.", "2025-10-04"),
    ]
    friday = on_day(timeline_of(nlp, pages), "2025-10-03")
    assert len(friday) == 2, [e.text for e in friday]


def test_a_moment_of_another_kind_than_the_days_main_event_is_its_own_entry(nlp) -> None:
    pages = [
        ("a", "A tram derailed in Vossa on Wednesday, injuring 12 passengers.", "2025-02-13"),
        ("b", "A Vossa tram came off the tracks on Wednesday, hurting 12 people.", "2025-02-13"),
        ("c", "Police arrested the driver of the tram at 4pm on Wednesday.", "2025-02-13"),
    ]
    wednesday = on_day(timeline_of(nlp, pages), "2025-02-12")
    assert len(wednesday) == 2, [e.text for e in wednesday]
    crash = [e for e in wednesday if any("derailed" in c.text for c in e.citations)]
    assert {c.doc_id for c in crash[0].citations} == {"a", "b"}


def test_a_moment_naming_the_main_event_by_its_word_joins_it_whatever_else_it_recalls(
    nlp,
) -> None:
    # "Tuesday's indictment" names the day's indictment; the arrest the sentence recalls gives
    # it a kind of its own words that the main entry's ("court") does not share
    pages = [
        (
            "a",
            "A military court in Darnow on Tuesday indicted a teenage activist who was filmed "
            "last month shouting at border guards.\n"
            "Her father called Tuesday's indictment a show trial meant to justify her arrest.",
            "2025-03-05",
        ),
        (
            "b",
            "A military court indicted the 17-year-old activist on Tuesday on charges "
            "including assault.",
            "2025-03-05",
        ),
    ]
    tuesday = on_day(timeline_of(nlp, pages), "2025-03-04")
    assert len(tuesday) == 1, [e.text for e in tuesday]
    assert any("show trial" in c.text for c in tuesday[0].citations)


def test_entries_of_different_kinds_naming_one_place_stay_apart(nlp) -> None:
    pages = [
        (
            "a",
            "The Ostel parliament passed the water bill on Wednesday by 140 votes to 120.",
            "2025-06-12",
        ),
        (
            "b",
            "The water reform was adopted by parliament on Wednesday after a long debate.\n"
            "Thousands of farmers marched on parliament on Wednesday, chanting against it.",
            "2025-06-12",
        ),
    ]
    wednesday = on_day(timeline_of(nlp, pages), "2025-06-11")
    vote = [e for e in wednesday if any("140 votes" in c.text for c in e.citations)]
    assert len(vote) == 1 and not any("marched" in c.text for c in vote[0].citations)


def test_phrases_of_rescue_and_release_name_their_kind() -> None:
    pulled = "Boats pulled 60 people from the water overnight on Friday."
    saved = kind_words(frozenset({"save"}), "Rescuers saved 60 people on Friday.", False)
    assert saved and kind_words(frozenset({"pull"}), pulled, False) == saved
    handed = "The six were handed over to officials at a border post on Tuesday."
    assert "kind:release" in kind_words(frozenset({"post"}), handed, False)
