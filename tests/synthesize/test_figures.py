"""Key figures: groups by referent, verdicts (times, conflict, referents), frames, names."""

from __future__ import annotations

from storyline.model import (
    Analysis,
    Document,
    Figure,
    Story,
)
from tests.hand_story import (
    build_offline,
    fig,
    span,
)


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
