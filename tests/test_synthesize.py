"""The brief from hand-made documents and analyses: dates, summary, figures, who's who,
quotes, positions, timeline, sources; and the seeds brief end to end when the stages exist."""

from __future__ import annotations

import pytest

from storyline.dating import story_dates
from storyline.model import (
    Analysis,
    Citation,
    CopyRelation,
    Document,
    Entity,
    Event,
    Figure,
    Mention,
    Quote,
    QuoteItem,
    Story,
)
from storyline.synthesize import build_brief, merge_entities

A_TEXT = (
    "North Korea plans to send about 12,000 troops to Russia, the National Intelligence "
    "Service said on Friday.\n"
    "About 1,500 have already been deployed to Vladivostok for training as at Oct 8, NIS added.\n"
    "“I don't think an escalation of the conflict on the peninsula is likely,” said Naoko Aoki, "
    "a political scientist at RAND.\n"
    "North Korea blew up sections of inter-Korean roads on Oct 15 in anger over drones.\n"
)
B_TEXT = (
    "North Korea has sent 3,000 soldiers to Russia for training, reports suggest.\n"
    "Officials believe the number of North Korean troops could rise to as many as 12,000.\n"
    "President Yoon Suk Yeol called the move a provocation that threatens global security.\n"
    "North Korea blew up inter-Korean roads on October 15 after drones flew over Pyongyang.\n"
)
C_TEXT = (
    "Russian lawmakers on Thursday voted unanimously to ratify a treaty with North Korea.\n"
    "Zelensky claimed North Korea was training 10,000 troops to support Russia.\n"
    "Mr Yoon Seok Yeol warned Moscow that Seoul will not stand idly by.\n"
    "“South Korea's response will become inevitable, increasing the possibility of an "
    "escalation of the conflict on the peninsula,” said Cho Han-bum.\n"
    "Officials believe North Korea plans to send as many as 12,000 troops to Russia.\n"
)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def ent(text: str, name: str, label: str, *surfaces: str, descriptors=()) -> Entity:
    mentions = []
    for s in surfaces or (name,):
        a, b = span(text, s)
        mentions.append(Mention(text=s, start=a, end=b))
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label=label,
        aliases=[s for s in surfaces if s != name],
        descriptors=list(descriptors),
        mentions=mentions,
    )


def fig(text: str, surface: str, value: float, unit: str, bound="exact", **kw) -> Figure:
    a, b = span(text, surface)
    return Figure(text=surface, value=value, unit=unit, bound=bound, start=a, end=b, **kw)


def event(text: str, date: str, sentence: str) -> Event:
    a, b = span(text, sentence)
    return Event(date=date, precision="day", sentence=sentence, start=a, end=b)


def quote(text: str, words: str, speaker: str, key: str, kind="direct") -> Quote:
    a, b = span(text, words)
    return Quote(text=words, kind=kind, speaker=speaker, speaker_key=key, start=a, end=b)


def make_story():
    """A four-document story: c has no date, d is a copy of a."""
    a = Document(
        id="a",
        source="a.txt",
        title="North Korea to send 12,000 troops, NIS says",
        published="2024-10-22",
        published_source="meta",
        outlet="Times",
        text=A_TEXT,
        language="en",
    )
    d = a.model_copy(update={"id": "d", "source": "d.txt", "outlet": "Copycat"})
    b = Document(
        id="b",
        source="b.txt",
        title="South Korea alarmed",
        published="2024-10-25",
        published_source="meta",
        text=B_TEXT,
        language="en",
    )
    c = Document(id="c", source="c.txt", title="Analysts weigh risks", text=C_TEXT, language="en")
    an_a = Analysis(
        doc_id="a",
        version="t",
        text_hash="x",
        reference_date="2024-10-22",
        entities=[
            ent(
                A_TEXT,
                "National Intelligence Service",
                "ORG",
                "National Intelligence Service",
                "NIS",
            ),
            ent(A_TEXT, "Naoko Aoki", "PERSON", descriptors=["a political scientist at RAND"]),
            ent(A_TEXT, "Vladivostok", "GPE"),
            ent(A_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(A_TEXT, "about 12,000 troops", 12000, "troops", "about", attribution="NIS"),
            fig(
                A_TEXT,
                "About 1,500",
                1500,
                "troops",
                "about",
                attribution="NIS",
                as_of="2024-10-08",
            ),
        ],
        quotes=[
            quote(
                A_TEXT,
                "I don't think an escalation of the conflict on the peninsula is likely",
                "Naoko Aoki",
                "naoko-aoki",
            )
        ],
        events=[
            event(
                A_TEXT,
                "2024-10-15",
                "North Korea blew up sections of inter-Korean "
                "roads on Oct 15 in anger over drones.",
            )
        ],
    )
    an_d = an_a.model_copy(update={"doc_id": "d"})
    an_b = Analysis(
        doc_id="b",
        version="t",
        text_hash="x",
        entities=[
            ent(B_TEXT, "Yoon Suk Yeol", "PERSON", descriptors=["President"]),
            ent(B_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(B_TEXT, "3,000 soldiers", 3000, "soldiers"),
            fig(B_TEXT, "as many as 12,000", 12000, "troops", "as_many_as"),
        ],
        events=[
            event(
                B_TEXT,
                "2024-10-15",
                "North Korea blew up inter-Korean roads on "
                "October 15 after drones flew over Pyongyang.",
            )
        ],
    )
    an_c = Analysis(
        doc_id="c",
        version="t",
        text_hash="x",
        entities=[
            ent(C_TEXT, "Yoon Seok Yeol", "PERSON"),
            ent(C_TEXT, "Zelensky", "PERSON"),
            ent(C_TEXT, "Cho Han-bum", "PERSON"),
            ent(C_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(C_TEXT, "10,000 troops", 10000, "troops", attribution="Zelensky"),
            fig(C_TEXT, "as many as 12,000 troops", 12000, "troops", "as_many_as"),
        ],
        quotes=[
            quote(
                C_TEXT,
                "South Korea's response will become inevitable, increasing the "
                "possibility of an escalation of the conflict on the peninsula",
                "Cho Han-bum",
                "cho-han-bum",
            )
        ],
        events=[
            event(
                C_TEXT,
                "2024-10-17",
                "Russian lawmakers on Thursday voted unanimously "
                "to ratify a treaty with North Korea.",
            )
        ],
    )
    relations = [CopyRelation(doc_id="d", of_id="a", kind="copy_of", score=0.99)]
    story = Story(id="s1", label="north korea troops", doc_ids=["a", "b", "c", "d"])
    return story, [a, b, c, d], [an_a, an_b, an_c, an_d], relations


@pytest.fixture()
def story_parts():
    return make_story()


def build_offline(story, docs, analyses, relations):
    """build_brief never parses: it reads the analyses as given."""
    return build_brief(story, docs, analyses, relations)


def reresolved(analyses):
    """The analyses as the pipeline hands them over: the undated page "c" re-analyzed against
    its story's date, so "on Thursday" resolves from 2024-10-25."""
    c = analyses[2]
    moved = c.events[0].model_copy(update={"date": "2024-10-24"})
    return (
        analyses[:2]
        + [c.model_copy(update={"events": [moved], "reference_date": "2024-10-25"})]
        + analyses[3:]
    )


@pytest.fixture()
def brief(story_parts):
    story, docs, analyses, relations = story_parts
    return build_brief(story, docs, reresolved(analyses), relations)


def test_story_dates_asks_to_reanalyze_the_undated_page(story_parts):
    _, docs, analyses, relations = story_parts
    dated = story_dates(docs, {a.doc_id: a for a in analyses}, relations)
    assert dated.reanalyze == {"c": "2024-10-25"}
    assert dated.estimated == {"c"}
    assert next(d for d in dated.docs if d.id == "c").published == "2024-10-25"
    # once re-analyzed against that day, nothing more is asked
    again = story_dates(docs, {a.doc_id: a for a in reresolved(analyses)}, relations)
    assert again.reanalyze == {}


def test_undated_doc_takes_latest_story_date(brief):
    row = next(r for r in brief.sources if r.doc_id == "c")
    assert row.published == "2024-10-25" and row.published_status == "estimated"
    assert next(r for r in brief.sources if r.doc_id == "a").published_status == "stated"
    assert [e.date for e in brief.timeline if "ratify" in e.text] == ["2024-10-24"]


def test_every_citation_is_verbatim(brief, story_parts):
    from storyline.render.labels import all_citations

    texts = {d.id: d.text for d in story_parts[1]}
    cites = all_citations(brief)
    assert cites
    for c in cites:
        assert texts[c.doc_id][c.start : c.end] == c.text


def test_summary_cites_and_counts_independent_sources(brief):
    assert 5 <= len(brief.summary) <= 8 or len(brief.summary) >= 4
    texts = [p.text for p in brief.summary]
    assert len(texts) == len(set(texts))
    copied = [p for p in brief.summary if "12,000 troops to Russia, the National" in p.text]
    if copied:  # the copy d is cited but counts with a as one source
        ids = {c.doc_id for c in copied[0].citations}
        assert {"a", "d"} <= ids
        assert copied[0].independent_sources == len(ids) - 1


def test_figures_distinguish_referents(brief):
    troops = brief.figures[0]
    assert troops.verdict == "different_referents"
    values = {v.value for v in troops.values}
    assert {12000, 1500, 3000, 10000} <= values
    twelve = [v for v in troops.values if v.value == 12000]
    assert {v.doc_id for v in twelve} == {"a", "b", "c", "d"}
    assert all(v.independent_sources == 3 for v in twelve)  # d copies a
    text = troops.explanation
    assert "about 12,000 is the planned total (3 independent sources)" in text
    # Attributed under the canonical name, though this page says "NIS".
    assert (
        "National Intelligence Service said about 1,500 were already in Vladivostok, "
        "as of 2024-10-08"
    ) in text
    assert "3,000 were already in Russia" in text
    assert "Zelensky said 10,000 were training" in text


def test_who_is_who_merges_variants(brief):
    names = {p.name: p for p in brief.entities}
    yoon = names["Yoon Suk Yeol"]
    assert "Yoon Seok Yeol" in yoon.aliases and set(yoon.mentions_by_source) == {"b", "c"}
    assert "President" in yoon.roles
    nis = names["National Intelligence Service"]
    assert "NIS" in nis.aliases
    assert "Yoon Seok Yeol" not in names


def test_quotes_and_positions(brief):
    speakers = {s.speaker: s for s in brief.quotes}
    aoki = speakers["Naoko Aoki"]
    assert aoki.role == "a political scientist at RAND"
    assert aoki.quotes[0].independent_sources == 1  # the copy is not a second source
    assert brief.questions
    q = brief.questions[0]
    assert q.question == "How likely is escalation of the conflict on the peninsula?"
    stances = {p.speaker: p.stance for p in q.positions}
    assert stances == {"Naoko Aoki": "unlikely", "Cho Han-bum": "possible"}


def _positions_of(*quotes: tuple[str, str]):
    from storyline.synthesize.quotes import Said, positions

    doc = Document(id="q", source="q", text="\n".join(q for _, q in quotes))
    said = []
    for speaker, words in quotes:
        a, b = span(doc.text, words)
        citation = Citation(doc_id="q", start=a, end=b, text=words)
        item = QuoteItem(text=words, kind="direct", citation=citation)
        quote = Quote(text=words, kind="direct", speaker=speaker, start=a, end=b)
        said.append(Said(speaker, None, doc, quote, item, True))
    return positions(said, [])


def test_positions_only_where_quotes_answer_one_question():
    # The same noun said of different things: no question.
    apart = _positions_of(
        (
            "Ana Berg",
            "I don't think the deployment of troops for combat on Ukrainian soil is likely",
        ),
        ("Tom Vale", "A deployment of North Korean troops to Ukraine is likely by winter"),
    )
    assert apart == []
    # "may" rates no likelihood; a bare noun pins nothing down.
    assert (
        _positions_of(
            ("Ana Berg", "The messaging may be aimed at discouraging the deployment of troops"),
            ("Tom Vale", "A deployment of troops to the border is unlikely"),
        )
        == []
    )
    assert (
        _positions_of(
            ("Ana Berg", "I don't think escalation is likely"),
            ("Tom Vale", "Escalation is possible"),
        )
        == []
    )
    same = _positions_of(
        ("Ana Berg", "A deployment of troops to the border is unlikely this year"),
        ("Tom Vale", "The deployment of troops to the border is likely, in my view"),
    )
    assert [p.stance for p in same[0].positions] == ["unlikely", "likely"]


def test_timeline_merges_same_event(brief):
    roads = [e for e in brief.timeline if e.date == "2024-10-15"]
    assert len(roads) == 1
    assert {c.doc_id for c in roads[0].citations} == {"a", "b", "d"}
    assert roads[0].independent_sources == 2
    assert [e.date for e in brief.timeline] == sorted(e.date for e in brief.timeline)


def test_sources_table_copy_status(brief):
    rows = {r.doc_id: r for r in brief.sources}
    assert rows["d"].copy_status == "copy of a"
    assert rows["a"].copy_status == "original"


def test_merge_entities_spelling_acronym_and_ambiguous_surname():
    def e(name, label="PERSON", aliases=()):
        return Entity(key=name, name=name, label=label, aliases=list(aliases))

    profiles = merge_entities(
        [
            ("1", [e("Kim Jong-un"), e("Kim Yo Jong"), e("NIS", "ORG")]),
            ("2", [e("Kim Jong Un"), e("Kim"), e("National Intelligence Service", "ORG")]),
            ("3", [e("Nah Liang Tuang"), e("Kim Jong Un")]),
            ("4", [e("Nah"), e("Mr Putin"), e("Vladimir Putin")]),
        ]
    )
    names = {p.name: p for p in profiles}
    assert names["Kim Jong Un"].aliases == ["Kim Jong-un"]
    assert "Kim" in names and "Kim Yo Jong" in names  # "Kim" alone is ambiguous
    assert names["National Intelligence Service"].aliases == ["NIS"]
    assert names["Nah Liang Tuang"].aliases == ["Nah"]
    assert "Putin" in names["Vladimir Putin"].aliases[0]
    assert len({p.key for p in profiles}) == len(profiles)


def test_coreference_scorers_on_a_hand_example():
    from storyline.eval.meantime_coref import b_cubed, ceaf_e, conll, muc

    key = [{"a", "b", "c"}, {"d", "e"}]
    response = [{"a", "b"}, {"c", "d", "e"}]
    # MUC: recall (1 + 1) / (2 + 1) = 2/3; precision (1 + 1) / (1 + 2) = 2/3.
    assert muc(key, response)[:2] == pytest.approx((2 / 3, 2 / 3))
    # B-cubed: precision (1 + 1 + 1/3 + 2/3 + 2/3) / 5; recall (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
    assert b_cubed(key, response)[:2] == pytest.approx((11 / 15, 11 / 15))
    # CEAF-e: best alignment {abc}-{ab} phi 0.8 and {de}-{cde} phi 0.8: P = R = 1.6 / 2.
    assert ceaf_e(key, response)[:2] == pytest.approx((0.8, 0.8))
    perfect = conll(key, key)
    assert perfect["conll_f1"] == pytest.approx(1.0)
    # A gold mention nobody covers is its own cluster: all singletons score MUC 0.
    singles = [{m} for c in key for m in c]
    assert muc(key, singles)[2] == 0.0


def _figure_story(
    sentences: list[tuple[str, str, float, str | None]], predicate: str | None = None
):
    """One document per (text, figure surface, value, as_of); ``predicate`` is the verb the
    analyzer finds governing each figure."""
    docs, analyses = [], []
    for i, (text, surface, value, as_of) in enumerate(sentences):
        doc = Document(
            id=f"d{i}", source=f"d{i}", text=text, published="2025-03-14", published_source="meta"
        )
        a, b = span(text, surface)
        fig = Figure(
            text=surface,
            value=value,
            unit="people",
            start=a,
            end=b,
            as_of=as_of,
            predicate=predicate,
            bound="at_least" if surface.startswith("at least") else "exact",
        )
        docs.append(doc)
        analyses.append(Analysis(doc_id=doc.id, version="t", text_hash="x", figures=[fig]))
    story = Story(id="f", label="f", doc_ids=[d.id for d in docs])
    return build_offline(story, docs, analyses, [])


def test_figure_verdicts_times_conflict_and_referents():
    rising = _figure_story(
        [
            (
                "By Wednesday 9,000 people had left the valley, the agency said.",
                "9,000 people",
                9000,
                "2025-03-12",
            ),
            (
                "By Friday 15,000 people had left the valley, the agency said.",
                "15,000 people",
                15000,
                "2025-03-14",
            ),
        ]
    )
    assert rising.figures[0].verdict == "different_times"
    clash = _figure_story(
        [
            (
                "The flood forced 9,000 people from the valley, the agency said.",
                "9,000 people",
                9000,
                None,
            ),
            (
                "The flood forced 15,000 people from the valley, the agency said.",
                "15,000 people",
                15000,
                None,
            ),
        ],
        predicate="force",
    )
    assert clash.figures[0].verdict == "conflict"  # the same verb of the same people


def test_a_conflict_must_be_earned():
    # Nothing says the two counts count the same thing: no status cue, no telling verb.
    loose = _figure_story(
        [
            ("Reporters saw 9,000 people at the stadium.", "9,000 people", 9000, None),
            ("There were 15,000 people at the stadium.", "15,000 people", 15000, None),
        ]
    )
    assert loose.figures[0].verdict == "unresolved"
    # Bounds that can both hold are no conflict: "at least 5" and 7.
    bounds = _figure_story(
        [
            ("Police said at least 5 people were killed.", "at least 5 people", 5, None),
            ("Police said 7 people were killed.", "7 people", 7, None),
        ]
    )
    assert bounds.figures[0].verdict != "conflict"
    apart = _figure_story(
        [
            (
                "The flood forced 9,000 people from the valley, the agency said.",
                "9,000 people",
                9000,
                None,
            ),
            (
                "The dam supplies drinking water to 15,000 people in the region.",
                "15,000 people",
                15000,
                None,
            ),
        ]
    )
    assert apart.figures[0].verdict == "different_referents"
    assert "(“" in apart.figures[0].explanation  # an unexplained value shows its own words


EVAC = [  # (published, text, [(figure surface, value, predicate, as_of)], [(time text, value)])
    (
        "2025-03-12",
        "Officials widened an evacuation that could cover about 40,000 people.\n"
        "The agency said 9,000 residents had left as of Wednesday morning.\n"
        "The dam supplies drinking water to about 200,000 people.\n",
        [
            ("about 40,000 people", 40000, "cover", None),
            ("9,000 residents", 9000, "leave", "2025-03-12"),
            ("about 200,000 people", 200000, "supply", None),
        ],
        [],
    ),
    (
        "2025-03-13",
        "The minister said 11,500 people had now left their homes, out of the roughly 40,000 "
        "covered by the order.\n"
        "Lund claimed that as many as 60,000 people live in areas that could flood.\n",
        [
            ("11,500 people", 11500, "leave", None),
            ("roughly 40,000", 40000, "cover", None),
            ("as many as 60,000 people", 60000, "live", None),
        ],
        [],
    ),
    (
        "2025-03-14",
        "The agency said on Friday that 15,000 people had now left the valley.\n"
        "The order covers about 40,000 people.\n",
        [("15,000 people", 15000, "leave", None), ("about 40,000 people", 40000, "cover", None)],
        [("on Friday", "2025-03-14")],
    ),
]


def _evacuation_figures():
    from storyline.model import TimeExpression
    from storyline.synthesize.figures import key_figures

    docs, analyses = {}, {}
    for i, (published, text, figures, times) in enumerate(EVAC):
        doc = Document(
            id=f"e{i}", source=f"e{i}", text=text, published=published, published_source="meta"
        )
        figs = [
            fig(text, s, v, "residents" if "residents" in s else "people", predicate=p, as_of=as_of)
            for s, v, p, as_of in figures
        ]
        stamps = [
            TimeExpression(text=t, start=span(text, t)[0], end=span(text, t)[1], value=value)
            for t, value in times
        ]
        docs[doc.id] = doc
        analyses[doc.id] = Analysis(
            doc_id=doc.id, version="t", text_hash="x", figures=figs, times=stamps
        )
    return key_figures(list(docs.values()), analyses, {d: d for d in docs})


def test_figures_grouped_by_referent_with_a_rising_count():
    groups = _evacuation_figures()
    by_values = {frozenset(v.value for v in g.values): g for g in groups}
    evacuation = by_values[frozenset({40000, 9000, 11500, 15000})]
    text = evacuation.explanation
    assert text.startswith("40,000 is the total covered (3 independent sources); ")
    assert "the number who had already left rose over time: 9,000 as of 2025-03-12" in text
    assert text.index("11,500 as of 2025-03-13") < text.index("15,000 as of 2025-03-14")
    dates = {v.value: v.as_of for v in evacuation.values}
    assert dates[15000] == "2025-03-14"  # "said on Friday that ... had now left"
    assert dates[11500] == "2025-03-13"  # "had now left": the page's date
    # What else counts people is said of other people: each its own group, named apart.
    assert by_values[frozenset({60000})].quantity == "people who live"
    assert by_values[frozenset({200000})].quantity == "people supplied"
    assert evacuation.quantity == "people"


def test_frames():
    from storyline.synthesize.figures import frame_of

    assert frame_of("leave", "already") == frame_of("cover", "covered") == "movement"
    assert frame_of("send", None) == frame_of(None, "planned") == "movement"
    assert frame_of("be", "training") == "movement"  # a plain verb: the status decides
    assert frame_of("live", None) == "live" and frame_of("supply", "already") == "supply"
    assert frame_of("kill", None) == frame_of(None, "killed") == "killed"
    assert frame_of(None, None) == frame_of("be", None) == ""


WHO_TEXT = (
    "Water rose in the Seravin valley and the river Seravin burst its banks near the Seravin "
    "River bridge.\n"
    "Interior minister Aleksander Vorn said the wall held.\n"
    "Jon Brask, a farmer from Little Brenn, left the towns of Orsa and Little Brenn on Monday.\n"
    "Ms Okesola said she was anxious, and Yonhap said troops had moved, Yonhap News reported.\n"
    "Buses left Little Brenn at dawn.\n"
    "Its editor at Yonhap News agreed.\n"
    "Kyiv's partners were silent.\n"
)


def test_who_is_who_drops_places_and_title_fragments():
    from storyline.synthesize.entities import merge_and_propagate
    from storyline.synthesize.who import who_is_who

    t = WHO_TEXT
    entities = [
        Entity(
            key="seravin",
            name="Seravin",
            label="PERSON",
            descriptors=["river"],
            mentions=[
                Mention(text="Seravin", start=a, end=a + 7)
                for a in (span(t, "Seravin")[0], span(t, "Seravin", 1)[0])
            ],
        ),
        ent(t, "Seravin River", "LOC"),
        ent(t, "Interior", "ORG"),
        ent(t, "Aleksander Vorn", "PERSON", descriptors=["Interior minister"]),
        ent(t, "Jon Brask", "PERSON", descriptors=["farmer from Little Brenn"]),
        ent(t, "Little Brenn", "PERSON"),
        Entity(
            key="orsa",
            name="Orsa and Little Brenn",
            label="GPE",
            mentions=[
                Mention(
                    text="Orsa and Little Brenn",
                    start=span(t, "Orsa and Little Brenn")[0],
                    end=span(t, "Orsa and Little Brenn")[1],
                )
            ],
        ),
        Entity(
            key="lb",
            name="Little Brenn",
            label="GPE",
            mentions=[
                Mention(
                    text="Little Brenn",
                    start=span(t, "Little Brenn", 2)[0],
                    end=span(t, "Little Brenn", 2)[1],
                )
            ],
        ),
        ent(t, "Okesola", "PERSON"),
        ent(t, "Yonhap", "PERSON"),
        Entity(
            key="yn",
            name="Yonhap News",
            label="ORG",
            mentions=[
                Mention(text="Yonhap News", start=a, end=a + 11)
                for a in (span(t, "Yonhap News")[0], span(t, "Yonhap News", 1)[0])
            ],
        ),
        ent(t, "Kyiv", "PERSON"),
    ]
    per_doc = [("w", entities)]
    profiles, _ = merge_and_propagate(per_doc, {"w": t})
    names = {p.name for p in who_is_who(profiles, per_doc, {"w": t})}
    assert {"Aleksander Vorn", "Jon Brask", "Okesola", "Yonhap News"} <= names
    assert not names & {"Seravin", "Little Brenn", "Interior", "Yonhap", "Kyiv"}
    assert len(who_is_who(profiles, per_doc, {"w": t}, limit=2)) == 2


# ---------------------------------------------------------------- datelines, dating, takeaways


def test_sentences_start_after_dateline_byline_and_photo_credit():
    from storyline.synthesize.common import sentence_spans

    text = (
        "KESSVIK, Norvania (AFP) — Thousands fled the valley. More left later.\n"
        "WASHINGTON, D.C. (AP) — The US said so today.\n"
        "By Anna Kiel KESSVIK — Engineers lost their fight.\n"
        "(Photo: AFP) Rescue teams arrived at dawn.\n"
        "US - China talks resumed on Monday.\n"
        "SHAPIRO: What happened tonight?\n"
        "(CNN) Chaos broke out in Nice.\n"
    )
    got = [text[s:e] for s, e in sentence_spans(text)]
    assert got == [
        "Thousands fled the valley.",
        "More left later.",
        "The US said so today.",
        "Engineers lost their fight.",
        "Rescue teams arrived at dawn.",
        "US - China talks resumed on Monday.",
        "SHAPIRO: What happened tonight?",
        "Chaos broke out in Nice.",
    ]


def _dated(sentence: str, *expressions: tuple[str, str, str]):
    """A document of one sentence, its event as the analyzer makes it without a parse (the
    sentence's words decide whose date each expression is) and its time expressions."""
    from storyline.analyze.events import find_events
    from storyline.model import TimeExpression

    doc = Document(
        id="x", source="x", text=sentence, published="2025-03-14", published_source="meta"
    )
    times = []
    for words, value, precision in expressions:
        s, e = span(sentence, words)
        times.append(TimeExpression(text=words, start=s, end=e, value=value, precision=precision))
    (ev,) = find_events(sentence, times, [])
    return doc, ev, times


@pytest.mark.parametrize(
    ("sentence", "expressions", "date", "precision", "cut"),
    [
        # "since": when a state began, not when the sentence's event happened.
        (
            "Ms Marenko-Dahl met volunteers in Kessvik, where most of the town has been sleeping "
            "since Tuesday night.",
            [("Tuesday night", "2025-03-11", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # "a day after X" dates X; the vote is the page's day.
        (
            "The vote, which passed by 141 to 9, came just one day after a portion of the spillway "
            "collapsed.",
            [("one day after", "2025-03-13", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        (
            "Thousands have fled the valley after the spillway collapsed on Wednesday, officials "
            "said.",
            [("Wednesday", "2025-03-12", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # A day-name owning a noun dates the noun.
        (
            "Vorn told the chamber that 11,500 had left, out of the 40,000 covered by Tuesday’s "
            "order.",
            [("Tuesday", "2025-03-11", "day")],
            "2025-03-14",
            "page date",
            None,
        ),
        # The main clause's own date wins over the one of a relative clause before it.
        (
            "Halvard Construction, which repaired the dam on Monday, said on Thursday "
            "it would help.",
            [("Monday", "2025-03-10", "day"), ("Thursday", "2025-03-13", "day")],
            "2025-03-13",
            "day",
            None,
        ),
        # A dated relative clause in mid-sentence is its own event, cited up to its end.
        (
            "Interior Minister Aleksander Vorn, who ordered the evacuation on Tuesday, "
            "said the wall was holding.",
            [("Tuesday", "2025-03-11", "day")],
            "2025-03-11",
            "day",
            "Interior Minister Aleksander Vorn, who ordered the evacuation on Tuesday",
        ),
        # Main-clause dates stay as they were.
        (
            "Inspectors reported cracks on Monday, after eleven days of rain.",
            [("Monday", "2025-03-10", "day")],
            "2025-03-10",
            "day",
            None,
        ),
    ],
)
def test_timeline_dates_the_main_clause(sentence, expressions, date, precision, cut):
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(sentence, *expressions)
    found = redate(doc, ev, "2025-03-14")
    assert found is not None
    got, start, end = found
    assert (got.date, got.precision) == (date, precision)
    assert doc.text[start:end] == (cut or sentence)


def test_an_event_without_a_page_day_is_left_out():
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(
        "Troops crossed the border after the talks ended on Monday.",
        ("Monday", "2025-03-10", "day"),
    )
    assert ev.anchor == "after"
    assert redate(doc, ev, None) is None  # a past event, no page day to stand in


def test_timeline_event_starts_after_the_dateline():
    from storyline.synthesize.timeline import redate

    doc, ev, _times = _dated(
        "KESSVIK — Engineers lost their fight on Wednesday afternoon.",
        ("Wednesday afternoon", "2025-03-12", "day"),
    )
    found = redate(doc, ev, "2025-03-14")
    assert found is not None
    got, start, end = found
    assert got.date == "2025-03-12"
    assert doc.text[start:end] == "Engineers lost their fight on Wednesday afternoon."


def test_takeaways_do_not_repeat_the_summary(brief):
    summary_cites = {(c.doc_id, c.start) for p in brief.summary for c in p.citations}
    for p in brief.takeaways:
        if p.text.split(":")[0] in {fg.quantity for fg in brief.figures}:
            continue  # a key figure's line, not a sentence
        assert not {(c.doc_id, c.start) for c in p.citations} & summary_cites, p.text


def test_claims_read_a_rewrite_in_its_originals_words():
    from storyline.synthesize.summary import SentenceIndex, claims

    original = Document(
        id="o",
        source="o",
        text=(
            "The dam, completed in 1987 by Halvard Construction, supplies drinking water to about "
            "200,000 people in the region.\n"
            "Engineers lost their fight to save the spillway of the dam on Wednesday afternoon.\n"
        ),
    )
    rewrite = Document(
        id="r",
        source="r",
        text=(
            "The dam, finished 1987 by Halvard Construction, supplies about 200 000 people in the "
            "region with drinking water.\n"
            "Farmers in the lower valley say the water reached their fields within an hour.\n"
        ),
    )
    got = claims(SentenceIndex([original, rewrite]), {"o": "g", "r": "g"}, {"o"})
    texts = [c.sentence.text for c in got]
    assert any(t.startswith("The dam, completed in 1987") for t in texts)
    assert not any(t.startswith("The dam, finished 1987") for t in texts)
    assert any(t.startswith("Farmers in the lower valley") for t in texts)  # its own claim


@pytest.mark.parametrize(
    ("sentence", "words", "why"),
    [
        ("Troops arrived before dawn on Monday, officials said.", "Monday", None),
        ("Shortly after 10 am on Monday, troops crossed the river.", "Monday", None),
        ("Talks ran from Monday to Friday in Geneva.", "Monday", None),
        ("It received word of a deployment from Nov 1.", "Nov 1", "since"),
        ("After the talks ended on Monday, the ministers flew home.", "Monday", "after"),
        ("Broadcom went after Qualcomm’s business model on Monday in its slides.", "Monday", None),
        ("Friday's missile flew the furthest of any so far.", "Friday", None),  # the topic
        ("The town has been sleeping in the hall since Tuesday night.", "Tuesday night", "since"),
        ("Halvard, which built the dam in June, said it would help.", "June", "relative"),
        ("The order covers 40,000 people, out of Tuesday’s total.", "Tuesday", "noun"),
    ],
)
def test_which_dates_belong_to_another_event(sentence, words, why):
    from storyline.analyze.events import subordinate

    start = sentence.index(words)
    assert subordinate(sentence, start, start + len(words)) == why


# ---------------------------------------------------------------- copies' wordings


def _quote_doc(doc_id: str, text: str, quotes: list[tuple[str, str]]):
    doc = Document(
        id=doc_id, source=doc_id, text=text, published="2025-03-12", published_source="meta"
    )
    qs = [
        Quote(text=w, kind="direct", speaker=who, start=span(text, w)[0], end=span(text, w)[1])
        for w, who in quotes
    ]
    return doc, Analysis(doc_id=doc_id, version="t", text_hash="x", quotes=qs)


def test_a_quote_and_its_translation_are_one_quote():
    from storyline.synthesize.common import copy_groups
    from storyline.synthesize.quotes import gather

    orig = (
        "“The wall is sound, the spillway is not, and we will not gamble with lives,” "
        "Vorn said. “A spillway is the dam's safety valve,” Reyl said."
    )
    trans = (
        "“The wall is healthy, the spillway is not, and we will not play with the lives "
        "of people,” Vorn said. “A spillway is the safety valve of the dam,” Reyl said."
    )
    wire = "“The wall is sound, the spillway is not,” Vorn told reporters."
    other = "“The wall is sound but the spillway gave way,” Vorn said on Friday."
    parts = [
        _quote_doc(
            "o",
            orig,
            [
                (
                    "The wall is sound, the spillway is not, and we will not gamble with lives",
                    "Vorn",
                ),
                ("A spillway is the dam's safety valve", "Reyl"),
            ],
        ),
        _quote_doc(
            "t",
            trans,
            [
                (
                    "The wall is healthy, the spillway is not, and we will not "
                    "play with the lives of people",
                    "Vorn",
                ),
                ("A spillway is the safety valve of the dam", "Reyl"),
            ],
        ),
        _quote_doc("w", wire, [("The wall is sound, the spillway is not", "Vorn")]),
        _quote_doc("x", other, [("The wall is sound but the spillway gave way", "Vorn")]),
    ]
    docs = [d for d, _ in parts]
    relations = [CopyRelation(doc_id="t", of_id="o", kind="derived_from", score=0.6)]
    groups = copy_groups([d.id for d in docs], relations, docs)
    said = gather(docs, {a.doc_id: a for _, a in parts}, {}, [], groups, {"o", "w", "x"})
    by_text = {s.item.text: s.item for s in said}
    wall = by_text["The wall is sound, the spillway is not, and we will not gamble with lives"]
    # The translation (a copy: the same source) and the shorter excerpt (another source).
    assert {c.doc_id for c in wall.versions} == {"t", "w"}
    assert wall.independent_sources == 2
    assert by_text["A spillway is the dam's safety valve"].versions[0].doc_id == "t"
    # Alike words on an unrelated page are another statement, not a version of this one.
    assert "The wall is sound but the spillway gave way" in by_text
    assert len(said) == 3


def test_a_figure_group_is_named_in_the_originals_words():
    from storyline.synthesize.figures import key_figures

    texts = {
        "o": "Lund claimed that as many as 60,000 people live in areas that could flood.",
        "r": "Lund claimed that as many as 60,000 people reside in areas at risk.",
        "s": "The dam supplies drinking water to about 200,000 people.",
    }
    verbs = {
        "o": ("as many as 60,000 people", 60000, "live"),
        "r": ("as many as 60,000 people", 60000, "reside"),
        "s": ("about 200,000 people", 200000, "supply"),
    }
    docs, analyses = [], {}
    for doc_id, text in texts.items():
        # The rewrite comes first by date and by id: only its copy status puts it second.
        published = "2025-03-12" if doc_id == "r" else "2025-03-13"
        docs.append(Document(id=doc_id, source=doc_id, text=text, published=published))
        surface, value, verb = verbs[doc_id]
        analyses[doc_id] = Analysis(
            doc_id=doc_id,
            version="t",
            text_hash="x",
            figures=[fig(text, surface, value, "people", predicate=verb)],
        )
    docs.sort(key=lambda d: d.id != "r")
    groups = key_figures(docs, analyses, {"o": "o", "r": "o", "s": "s"})
    at_risk = next(g for g in groups if g.values[0].value == 60000)
    assert at_risk.quantity == "people who live"


PLACE_TEXT = (
    "KESSVIK, Norvania (AFP) — Thousands fled the valley in southern Norvania.\n"
    "Norvania's parliament approved a fund. Norvania, a country of 5 million, has no army.\n"
    "The Kremlin said on Monday that Kremlin officials met in the Kremlin.\n"
    "Republicans in Congress objected. Congress passed the bill and Congress adjourned.\n"
)


def test_a_country_tagged_as_an_organisation_is_a_place():
    from storyline.synthesize.entities import merge_and_propagate

    t = PLACE_TEXT

    def org(name: str, n: int) -> Entity:
        return Entity(
            key=name.lower(),
            name=name,
            label="ORG",
            mentions=[
                Mention(text=name, start=span(t, name, i)[0], end=span(t, name, i)[1])
                for i in range(n)
            ],
        )

    profiles, _ = merge_and_propagate(
        [("p", [org("Norvania", 4), org("Kremlin", 3), org("Congress", 3)])], {"p": t}
    )
    labels = {p.name: p.label for p in profiles}
    assert labels == {"Norvania": "GPE", "Kremlin": "ORG", "Congress": "ORG"}


def test_place_cues():
    from storyline.synthesize.entities import place_cue

    t = PLACE_TEXT
    assert place_cue(t, *span(t, "Norvania")) == 1.0  # dateline
    assert place_cue(t, *span(t, "Norvania", 1)) == 1.0  # "southern Norvania"
    assert place_cue(t, *span(t, "Norvania", 2)) == 1.0  # "Norvania's parliament"
    assert place_cue(t, *span(t, "Norvania", 3)) == 1.0  # "Norvania, a country"
    assert place_cue(t, *span(t, "Congress")) == 0.5  # "in Congress": organisations too
    assert place_cue(t, *span(t, "Kremlin", 2)) == 0.0  # "in the Kremlin"


def test_copy_groups_join_pages_of_one_wire_credit() -> None:
    from storyline.model import Document
    from storyline.synthesize.common import copy_groups, count_independent

    docs = [
        Document(id=i, source=f"{i}.txt", text="text", wire=w, published=p)
        for i, w, p in (
            ("a", "AFP", "2025-03-12"),
            ("b", "afp", "2025-03-13"),
            ("c", None, "2025-03-12"),
        )
    ]
    groups = copy_groups(["a", "b", "c"], [], docs)
    assert groups["a"] == groups["b"] == "a"  # the earlier AFP page is the original
    assert count_independent(["a", "b", "c"], groups) == 2


def test_a_role_naming_what_someone_is_comes_before_an_affiliation() -> None:
    from storyline.model import Entity, Mention
    from storyline.synthesize.entities import profile

    def ent(roles: list[str]) -> Entity:
        return Entity(
            key="reyl",
            name="Tomas Reyl",
            label="PERSON",
            descriptors=roles,
            mentions=[Mention(text="Tomas Reyl", start=0, end=10)],
        )

    prof = profile(
        [
            ("a", ent(["of the University of Kessvik"])),
            ("b", ent(["of the University of Kessvik"])),
            ("c", ent(["hydrologist at the University of Kessvik"])),
        ],
        "reyl",
    )
    assert prof.roles[0] == "hydrologist at the University of Kessvik"
