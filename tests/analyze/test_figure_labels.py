"""A number that names, ranks or numbers one thing (a model, a seed, a rank, a jersey) is no
figure; the counts around it stay."""

from __future__ import annotations

import pytest

from tests.analyze.test_figures import figures


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The Orvel airline flew a 747 jet to the coast with 500 passengers.", [500]),
        ("Crews loaded an 880 lorry with 40 crates of apples.", [40]),
        ("The Wildcats, the No. 2 seed, beat the Hawks before 40,000 fans.", [40000]),
        ("The Hawks, ranked No. 5 in the league, lost by a wide margin.", []),
        ("Tom Brandt, who wears No. 23, scored twice before 18,000 people.", [18000]),
        ("The striker, in the number 9 shirt, was booed by 2,000 supporters.", [2000]),
        ("Central State was seeded 4 in a field of 64 teams.", [64]),
        ("The driver of the No. 48 car finished ahead of 39 rivals.", [39]),
        ("She wore the 7 jersey and scored 31 points.", [31]),
        ("The model 3 sedan sold 40,000 units last year.", [40000]),
        ("The Tarn rocket could lift a fully booked 737 jet and 30 cars.", [30]),
        ("An estimated 500 people and a record 300 boats left the port.", [500, 300]),
    ],
)
def test_models_ranks_and_jerseys_are_no_figures(nlp, text: str, kept: list[float]) -> None:
    assert [f.value for f in figures(nlp, text)] == kept


@pytest.mark.parametrize(
    "text,value",
    [
        ("The quake struck with a 7 magnitude jolt near the harbour.", 7),
        ("Rebels said a 500 strong force crossed the river.", 500),
        ("The board passed the plan by a 5 to 2 vote on Monday.", 5),
        ("Officials said the number of displaced people rose to 9 on Monday.", 9),
        ("Rebel forces number 4,000 in the hills, officials said.", 4000),
        ("The crew walked a 100 metres to the shore.", 100),
    ],
)
def test_counts_and_measures_after_an_article_or_a_rank_word_stay(
    nlp, text: str, value: float
) -> None:
    assert value in [f.value for f in figures(nlp, text)]
