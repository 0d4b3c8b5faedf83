"""Key figures: values each page lists together; the whole toll of a recalled event."""

from __future__ import annotations

from storyline.model import Analysis, Document, TimeExpression
from storyline.synthesize.figures import key_figures
from tests.synthesize.figure_pages import placed

PUBLISHED = "2025-05-02"


def _story(pages: list[tuple[str, list[tuple], list[tuple[str, str]]]]):
    """Pages of (text, [(figure surface, value, unit, predicate[, bound])], [(time words, ISO)])."""
    docs, analyses = [], {}
    for i, (text, figures, times) in enumerate(pages):
        doc = Document(
            id=f"p{i}", source=f"p{i}", text=text, published=PUBLISHED, published_source="meta"
        )
        tx = [
            TimeExpression(text=w, start=text.index(w), end=text.index(w) + len(w), value=v)
            for w, v in times
        ]
        figs = [placed(text, *f[:4]) for f in figures]
        figs = [  # a fifth element is the bound ("more than 200": more_than)
            fig.model_copy(update={"bound": f[4]}) if len(f) > 4 else fig
            for fig, f in zip(figs, figures, strict=True)
        ]
        docs.append(doc)
        analyses[doc.id] = Analysis(
            doc_id=doc.id, version="t", text_hash="x", figures=figs, times=tx
        )
    return key_figures(docs, analyses, {d.id: d.id for d in docs})


def test_values_every_page_lists_together_are_different_referents():
    groups = _story(
        [
            (
                "The levy is 12 percent for savings in cash and 6 percent for savings in land.",
                [("12 percent", 12, "percent", None), ("6 percent", 6, "percent", None)],
                [],
            ),
            (
                "Cash savings are taxed at 12 percent, while savings in land face 6 percent.",
                [("12 percent", 12, "percent", None), ("6 percent", 6, "percent", None)],
                [],
            ),
        ]
    )
    [levy] = [g for g in groups if {v.value for v in g.values} == {12, 6}]
    assert levy.verdict == "different_referents"


def test_values_of_separate_sentences_are_not_called_different_referents():
    groups = _story(
        [
            (
                "The new levy is 12 percent, the ministry said.",
                [("12 percent", 12, "percent", None)],
                [],
            ),
            ("The new levy is 6 percent, a union said.", [("6 percent", 6, "percent", None)], []),
        ]
    )
    [levy] = groups
    assert levy.verdict != "different_referents"


def test_a_recalled_sentence_carries_its_whole_toll():
    groups = _story(
        [
            (
                "5 people were killed when the bridge collapsed on Monday.",
                [("5 people", 5, "people", "kill")],
                [],
            ),
            (
                "Two robbers stormed a bank in Dunmore in March 2019 and gunned down 4 guards, "
                "wounding 7 others.",
                [("4 guards", 4, "guards", "gun"), ("7 others", 7, "others", "wound")],
                [("March 2019", "2019-03")],
            ),
        ]
    )
    own = [g for g in groups if "2019" not in g.quantity]
    recalled = [g for g in groups if "2019" in g.quantity]
    assert [{v.value for v in g.values} for g in own] == [{5}]
    assert sorted(v.value for g in recalled for v in g.values) == [4, 7]
    assert all(g.verdict != "conflict" for g in groups)


def _ferry(aboard: str, value: float, bound: str = "about"):
    return _story(
        [
            (
                "The ferry carried 226 passengers when it left the port.",
                [("226 passengers", 226, "passengers", "carry")],
                [],
            ),
            (
                f"{aboard} were on board the ferry, the operator said.",
                [(aboard, value, "passengers", "be", bound)],
                [],
            ),
        ]
    )


def test_a_rounded_count_joins_the_exact_count_it_rounds():
    groups = _ferry("More than 200 passengers", 200, "more_than")
    assert [sorted(v.value for v in g.values) for g in groups] == [[200, 226]]
    assert groups[0].verdict != "conflict"


def test_a_rounding_that_does_not_admit_the_count_stays_apart():
    groups = _ferry("About 400 passengers", 400)
    assert sorted(sorted(v.value for v in g.values) for g in groups) == [[226], [400]]
    groups = _ferry("Exactly 200 passengers", 200, "exact")  # no rounding: nothing to admit
    assert sorted(sorted(v.value for v in g.values) for g in groups) == [[200], [226]]


def test_a_rounded_count_never_joins_a_toll():
    groups = _story(
        [
            ("The blast killed 59 people.", [("59 people", 59, "people", "kill")], []),
            (
                "About 65 people were at the depot that night.",
                [("About 65 people", 65, "people", "be")],
                [],
            ),
        ]
    )
    assert sorted(sorted(v.value for v in g.values) for g in groups) == [[59], [65]]


def test_a_share_joins_only_a_share_of_the_same_thing():
    groups = _story(
        [
            ("Acme shares fell 4 percent on Monday.", [("4 percent", 4, "percent", None)], []),
            ("Acme shares fell 6 percent by noon.", [("6 percent", 6, "percent", None)], []),
            (
                "The bid is a 30 percent premium to the Acme price.",
                [("30 percent", 30, "percent", None)],
                [],
            ),
            (
                "Acme reported a 12 percent drop in income.",
                [("12 percent", 12, "percent", None)],
                [],
            ),
        ]
    )
    values = sorted(sorted(v.value for v in g.values) for g in groups)
    assert values == [[4, 6], [12], [30]]


def test_a_restated_count_stands_beside_the_count_it_restates():
    text = (
        "The mayor said the storm had destroyed at least 80 barns. "
        "The county's fire chief put the figure at 65 barns and 12 sheds."
    )
    groups = _story(
        [
            (
                text,
                [
                    ("at least 80 barns", 80, "barns", "destroy"),
                    ("65 barns", 65, "barns", None),
                    ("12 sheds", 12, "sheds", None),
                ],
                [],
            )
        ]
    )
    [barns] = [g for g in groups if 80 in {v.value for v in g.values}]
    assert {v.value for v in barns.values} == {80, 65}
    assert barns.verdict != "conflict"  # one page, two officials: nothing earned across sources


def test_a_count_without_a_restating_phrase_keeps_no_frame_of_its_own():
    text = "The storm destroyed at least 80 barns. The county has 65 barns on its register."
    groups = _story(
        [
            (
                text,
                [("at least 80 barns", 80, "barns", "destroy"), ("65 barns", 65, "barns", None)],
                [],
            )
        ]
    )
    assert not any({v.value for v in g.values} == {80, 65} for g in groups)


def test_a_relative_clause_on_an_earlier_dated_event_recalls_its_figures():
    text = (
        "The blaze is the worst since the Marsh fire of 2019, which burned 9,000 acres "
        "and killed three people. The new fire has burned 4,000 acres."
    )
    groups = _story(
        [
            (
                text,
                [
                    ("9,000 acres", 9000, "acres", "burn"),
                    ("three people", 3, "people", "kill"),
                    ("4,000 acres", 4000, "acres", "burn"),
                ],
                [("2019", "2019")],
            )
        ]
    )
    own = [g for g in groups if 4000 in {v.value for v in g.values}]
    assert own and all(9000 not in {v.value for v in g.values} for g in own)
    recalled = [g for g in groups if 9000 in {v.value for v in g.values}]
    assert recalled and "2019" in recalled[0].quantity


def test_a_group_is_named_by_the_word_right_after_its_figure():
    groups = _story(
        [
            (
                "The company offered a 9 percent raise. The council backed a 30 percent cut.",
                [("9 percent", 9, "percent", "raise"), ("30 percent", 30, "percent", "cut")],
                [],
            ),
            (
                "The strike left 60 ships waiting. 12 ships sank in the storm.",
                [("60 ships", 60, "ships", "wait"), ("12 ships", 12, "ships", "sink")],
                [],
            ),
        ]
    )
    names = {g.quantity for g in groups}
    assert {"percent raise", "percent cut", "ships waiting"} <= names
