"""Story clustering that holds on pages never seen: placed by content, small stores, merges."""

from __future__ import annotations

import random

import numpy as np

from storyline.dating import content_date
from storyline.model import Document
from storyline.stories import StoriesState, cluster_documents
from storyline.stories.cluster import StoryIndex, featurize

LEAD = """Engineers at the Varrow hydro plant in Kelmsfjord shut two turbines on Tuesday after \
sensors on the upper penstock recorded a pressure surge, the operator Nordvatn Energi said.
Plant manager Idun Salte said the surge lasted forty seconds and that no water escaped.
Kelmsfjord's mayor, Rasmus Otterdal, said households downstream had been warned by text message \
and that the river path below the dam would stay closed until Friday.
The regulator sent two inspectors, who will check the penstock welds and the valve house.
"We shut the turbines because that is what the procedure says, not because anyone was in \
danger," Salte told reporters at the gate."""

FOLLOW_UP = """Inspectors at the Varrow plant found a cracked weld on the upper penstock, the \
regulator said on Thursday, two days after Nordvatn Energi shut two turbines in Kelmsfjord.
Idun Salte, the plant manager, said repairs would take about three weeks and that the other \
turbines would run at reduced load meanwhile.
Mayor Rasmus Otterdal said the river path below the dam would reopen on Friday as planned.
The regulator said it would publish its report on the pressure surge within a month."""

YEARS_LATER = """Nordvatn Energi shut two turbines at the Varrow hydro plant in Kelmsfjord on \
Tuesday after sensors on the upper penstock recorded a pressure surge, the operator said.
Idun Salte, who manages the plant, said no water escaped and inspectors were on their way.
Mayor Rasmus Otterdal closed the river path below the dam until further notice."""

OTHER = """The Brenmouth city council voted to extend the opening hours of its three public \
libraries from next spring, at a cost of about 400,000 crowns a year.
Councillor Ada Frey said students had asked for quiet places to work in the evening.
Opposition members argued the money would be better spent on repairing the library roofs."""


def doc(doc_id: str, text: str, published: str, title: str = "") -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=title or text.split(".")[0][:70],
        text=text,
        published=published,
    )


def test_a_repost_dated_a_year_later_is_placed_by_content() -> None:
    """A re-post carries the day it was put up again; it still joins its story."""
    pages = [
        doc("lead", LEAD, "2024-03-05T09:00:00"),
        doc("follow", FOLLOW_UP, "2024-03-07T12:00:00"),
        doc("other", OTHER, "2024-03-06T10:00:00"),
        doc("repost", "Archive.\n" + LEAD, "2025-03-20T08:00:00"),
    ]
    stories, _ = cluster_documents(pages, None)
    story_of = {d: s.id for s in stories for d in s.doc_ids}
    assert story_of["repost"] == story_of["lead"] == story_of["follow"]
    assert story_of["other"] != story_of["lead"]


def test_content_date_when_the_stated_date_conflicts() -> None:
    written = "On March 5, 2024, engineers shut two turbines. A review followed on 7 March 2024."
    repost = doc("r", written, "2025-03-20")
    assert content_date(repost) == "2024-03-07"
    assert content_date(doc("n", written, "2024-03-08")) is None  # close enough: no conflict
    assert content_date(doc("u", "No dates written here at all.", "2025-03-20")) is None


def test_topic_words_outweigh_common_words_from_the_first_page() -> None:
    """With one page stored, its own counts cannot tell its topic from common words; the
    background of general English does."""
    index = StoryIndex()
    index.add(featurize(doc("lead", LEAD, "2024-03-05")))
    ids = np.asarray([index.vocab[w] for w in ("penstock", "turbine", "reporter", "message")])
    penstock, turbine, reporter, message = index.idf()[ids]
    assert min(penstock, turbine) > max(reporter, message)


def _paragraph(rng: random.Random, words: list[str], n: int = 40) -> str:
    return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."


def test_a_one_page_story_joins_the_story_it_comes_to_match() -> None:
    """A page that matched nothing when it came (its story's other angle had not been told
    yet) is folded into the story once a page tying both angles joins it."""
    rng = random.Random(1)
    vocab_a = "turbine penstock weld valve surge sensor inspector regulator pressure".split()
    vocab_b = "river path downstream households warning text mayor gate closure".split()
    names = " Varrow Kelmsfjord Nordvatn Salte Otterdal."
    a = _paragraph(rng, vocab_a) + names + "\n" + _paragraph(rng, vocab_a) + names
    b = _paragraph(rng, vocab_b) + names + "\n" + _paragraph(rng, vocab_b) + names
    both = a + "\n" + b
    state = StoriesState()
    pages = [doc("a", a, "2024-03-05T08:00"), doc("b", b, "2024-03-05T09:00")]
    first, _ = cluster_documents(pages, None, state=state)
    later, _ = cluster_documents([doc("c", both, "2024-03-05T10:00")], None, state=state)
    assert len(first) == 2  # apart, each matched nothing
    assert len(later) == 1 and sorted(later[0].doc_ids) == ["a", "b", "c"]
    assert len(state.stories.merges) == 1


def test_merged_story_is_gone_from_the_store(tmp_path) -> None:
    from storyline.store import Store

    rng = random.Random(1)
    vocab_a = "turbine penstock weld valve surge sensor inspector regulator pressure".split()
    vocab_b = "river path downstream households warning text mayor gate closure".split()
    names = " Varrow Kelmsfjord Nordvatn Salte Otterdal."
    a = _paragraph(rng, vocab_a) + names + "\n" + _paragraph(rng, vocab_a) + names
    b = _paragraph(rng, vocab_b) + names + "\n" + _paragraph(rng, vocab_b) + names
    with Store(tmp_path / "s.db") as store:
        cluster_documents([doc("a", a, "2024-03-05T08:00"), doc("b", b, "2024-03-05T09:00")], store)
        cluster_documents([doc("c", a + "\n" + b, "2024-03-05T10:00")], store)
        stories = store.stories()
        assert len(stories) == 1 and sorted(stories[0].doc_ids) == ["a", "b", "c"]
        assert {store.story_of(d) for d in "abc"} == {stories[0].id}


def test_years_later_only_a_repost_joins_a_dormant_story() -> None:
    """The same people and place years apart are another story; a re-post of one of the
    story's pages, however late, is still that story."""
    pages = [
        doc("lead", LEAD, "2019-03-05T09:00:00"),
        doc("follow", FOLLOW_UP, "2019-03-07T12:00:00"),
        doc("years", YEARS_LATER, "2024-06-01T08:00:00"),
        doc("repost", "From our archive.\n" + LEAD, "2024-06-02T08:00:00"),
    ]
    stories, _ = cluster_documents(pages, None)
    story_of = {d: s.id for s in stories for d in s.doc_ids}
    assert story_of["repost"] == story_of["lead"] == story_of["follow"]
    assert story_of["years"] != story_of["lead"]
