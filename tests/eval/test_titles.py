"""The titles evaluation: per-set title match beside another system, and which candidate the
gold follows where the h1 and the declared title differ."""

from __future__ import annotations

from storyline.clean.htmlmeta.fit import GoldPage
from storyline.eval.titles import h1_or_declared, score
from storyline.progress import silent


def _page(pid: str, h1: str, declared: str) -> GoldPage:
    html = (
        f"<html><head><title>{declared} | Harbour Notes</title></head><body><article>"
        f"<h1>{h1}</h1><p>Keepers lit the old lamp again on Tuesday after a dark winter.</p>"
        "</article></body></html>"
    )
    return GoldPage(pid, f"https://harbour.example/{pid}", html, {})


def test_score_counts_matches_per_set_ignoring_case_and_spaces() -> None:
    pages = [_page("2", "A", "A"), _page("4", "B", "B")]
    sets = {"wcxb_even": [(pages[0], "Lamp  lit"), (pages[1], "Fog horn")], "wcxb_odd": []}
    sets["trafeval"] = [(pages[0], "Keepers’ vote")]
    answers = {"2": "lamp lit", "4": "Fog"}
    got = score(sets, lambda page: answers[page.id], silent, "test")
    assert got["wcxb_even"] == 0.5 and got["wcxb_odd"] == 0.0 and got["wcxb_all"] == 0.5
    assert got["trafeval"] == 0.0


def test_folded_score_forgives_curly_quotes() -> None:
    page = _page("2", "A", "A")
    sets = {"wcxb_even": [(page, "Keepers’ vote")], "wcxb_odd": [], "trafeval": []}
    got = score(sets, lambda _: "Keepers' vote", silent, "test")
    assert got["wcxb_even"] == 0.0 and got["wcxb_even_folded"] == 1.0


def test_h1_or_declared_counts_only_pages_where_they_differ() -> None:
    same = _page("1", "Lamp Lit Again", "Lamp Lit Again")
    differ = _page("2", "Lamp Lit Again", "Keepers Relight Varrow Point Lamp")
    other = _page("3", "Lamp Lit Again", "Keepers Relight Varrow Point Lamp")
    counts = h1_or_declared(
        [
            (same, "Lamp Lit Again"),
            (differ, "Keepers Relight Varrow Point Lamp"),
            (other, "Fog Horn Sounds"),
        ]
    )
    assert counts == {"pages": 2, "gold_is_declared": 1, "gold_is_neither": 1}


def test_titles_evaluation_is_registered() -> None:
    from storyline.eval import REGISTRY, load

    module = load("titles")
    assert "titles" in REGISTRY and module.DATA == "trafeval" and callable(module.evaluate)
