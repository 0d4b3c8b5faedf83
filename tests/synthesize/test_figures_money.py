"""Key figures of money and shares: a sign names the unit as plainly as the word does."""

from __future__ import annotations

from tests.synthesize.test_figures_groups import _story


def test_a_sum_written_with_a_currency_sign_is_a_key_figure():
    groups = _story(
        [
            (
                "Orvel Bank expects to take a $4 billion hit to profits, it said.",
                [("$4 billion", 4e9, "dollars", "take")],
                [],
            ),
            (
                "The lender will take a $4 billion hit from the new levy.",
                [("$4 billion", 4e9, "dollars", "take")],
                [],
            ),
        ]
    )
    assert [(g.verdict, {v.value for v in g.values}) for g in groups] == [("agree", {4e9})]


def test_a_share_written_with_a_percent_sign_is_a_key_figure():
    groups = _story(
        [
            ("Shares of Orvel Bank fell 3% on Monday.", [("3%", 3, "percent", "fall")], []),
            ("Orvel Bank shares fell 3% in early trading.", [("3%", 3, "percent", "fall")], []),
        ]
    )
    assert len(groups) == 1 and groups[0].verdict == "agree"


def test_a_sum_or_a_share_takes_no_stage_of_a_movement():
    from storyline.synthesize.figures import status_of

    assert status_of("had been expected to post net income of $2 billion", "$2 billion") is None
    assert status_of("is expected to fall to 21 percent", "21 percent", "percent") is None
    assert status_of("plans to send 4,000 troops", "4,000 troops", "troops") == "planned"


def _priced(pages):
    """Pages of (text, figure surface, value, [company names]) with one figure each."""
    from storyline.model import Analysis, Document, Entity, Mention
    from storyline.synthesize.figures import key_figures
    from tests.synthesize.figure_pages import placed

    docs, analyses = [], {}
    for i, (text, surface, value, names) in enumerate(pages):
        doc = Document(id=f"p{i}", source=f"p{i}", text=text, published="2031-03-02")
        ents = [
            Entity(
                key=f"org:{n.lower()}",
                name=n,
                label="ORG",
                mentions=[Mention(text=n, start=text.index(n), end=text.index(n) + len(n))],
            )
            for n in names
        ]
        figs = [placed(text, surface, value, "dollars", "trade")]
        analyses[doc.id] = Analysis(
            doc_id=doc.id, version="t", text_hash="x", figures=figs, entities=ents
        )
        docs.append(doc)
    return key_figures(docs, analyses, {d.id: d.id for d in docs})


def test_prices_of_two_companies_shares_are_no_conflict():
    groups = _priced(
        [
            ("Velko shares were trading at $119 on Monday.", "$119", 119, ["Velko"]),
            ("Arden's stock was trading at $55 before the bid.", "$55", 55, ["Arden"]),
        ]
    )
    assert [g.verdict for g in groups] == ["different_referents"]


def test_one_companys_share_price_given_twice_can_still_conflict():
    groups = _priced(
        [
            ("Velko shares were trading at $119 on Monday.", "$119", 119, ["Velko"]),
            ("Velko shares were trading at $55 on Monday.", "$55", 55, ["Velko"]),
        ]
    )
    assert [g.verdict for g in groups] == ["conflict"]


def _staffed(pages):
    """Pages of (text, figure surface, value, owner) with one staff count each, no names."""
    from storyline.model import Analysis, Document
    from storyline.synthesize.figures import key_figures
    from tests.synthesize.figure_pages import placed

    docs, analyses = [], {}
    for i, (text, surface, value, owner) in enumerate(pages):
        doc = Document(id=f"p{i}", source=f"p{i}", text=text, published="2031-03-02")
        fig = placed(text, surface, value, "people", "employ").model_copy(update={"owner": owner})
        analyses[doc.id] = Analysis(doc_id=doc.id, version="t", text_hash="x", figures=[fig])
        docs.append(doc)
    return key_figures(docs, analyses, {d.id: d.id for d in docs})


def test_staff_of_different_employers_are_no_conflict():
    # The owner (the subject of "employ") is all that tells these counts apart: the merged
    # firm, the buyer and the target each employ a different number of people.
    groups = _staffed(
        [
            ("The merged group would employ 21,000.", "21,000", 21000, "merged group"),
            ("Velko, which employs 15,000 people, said so.", "15,000 people", 15000, "Velko"),
        ]
    )
    assert [g.verdict for g in groups] == ["different_referents"]
    groups = _staffed(
        [
            ("Velko employs 21,000 people, it said.", "21,000 people", 21000, "Velko"),
            ("Velko, which employs 15,000 people, said so.", "15,000 people", 15000, "Velko"),
        ]
    )
    assert [g.verdict for g in groups] == ["conflict"]
