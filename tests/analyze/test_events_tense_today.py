"""Which day a sentence's event falls on: "today" before a present passive is nowadays, and a
date in a clause the main verb is about dates the act in its page's week."""

from __future__ import annotations

from spacy.tokens import Doc

from storyline.analyze.event_tense import dangling_gerund
from storyline.analyze.events import find_events
from storyline.analyze.times import find_times
from storyline.dating import event_date


def _events(nlp, text: str, ref: str = "2025-03-14"):
    sdoc = nlp(text)
    return find_events(sdoc, find_times(sdoc, ref), [])


def test_today_before_a_present_passive_is_nowadays(nlp) -> None:
    text = (
        "The mill ground grain for a century. But today it is used as a concert hall by the town."
    )
    assert _events(nlp, text) == []


def test_a_present_passive_closed_today_is_the_days_news(nlp) -> None:
    (event,) = _events(nlp, "The bridge over the Orve is closed today after the ferry crash.")
    assert event.date == "2025-03-14"


def test_a_date_in_what_the_act_was_about_dates_the_act_in_its_week(nlp) -> None:
    text = (
        "The singer posted about enduring her cancelled flight Tuesday night after the plane "
        "turned back to Orvik."
    )
    (event,) = _events(nlp, text, "2025-03-12")  # a Wednesday page
    assert event_date(event, "2025-03-12") == ("2025-03-11", "day")


def _parsed(nlp, words, tags, heads, deps):
    return Doc(nlp.vocab, words=words, tags=tags, heads=heads, deps=deps)


def test_a_gerund_root_after_a_comma_is_a_lost_participle_clause(nlp) -> None:
    # the small model's misparse: the main verb read as a modifier, the participle as the root
    words = ["Lund", "voiced", "anger", "on", "Friday", ",", "pointedly", "noting", "floods"]
    tags = ["NNP", "VBN", "NN", "IN", "NNP", ",", "RB", "VBG", "NNS"]
    heads = [7, 2, 7, 2, 3, 7, 7, 7, 7]
    deps = ["nsubj", "amod", "dobj", "prep", "pobj", "punct", "advmod", "ROOT", "dobj"]
    assert dangling_gerund(_parsed(nlp, words, tags, heads, deps)[7])
    # a headline's gerund follows no comma; a progressive has its auxiliary
    words = ["Police", "hunting", "gunman"]
    doc = _parsed(nlp, words, ["NNS", "VBG", "NN"], [1, 1, 1], ["nsubj", "ROOT", "dobj"])
    assert not dangling_gerund(doc[1])
    words = ["Lund", ",", "who", "won", ",", "is", "noting", "floods"]
    tags = ["NNP", ",", "WP", "VBD", ",", "VBZ", "VBG", "NNS"]
    heads = [6, 0, 3, 0, 0, 6, 6, 6]
    deps = ["nsubj", "punct", "nsubj", "relcl", "punct", "aux", "ROOT", "dobj"]
    assert not dangling_gerund(_parsed(nlp, words, tags, heads, deps)[6])
