"""Numbers that are no count of their own: part of a name, a fraction, a conversion."""

from __future__ import annotations

import pytest

from tests.analyze.test_figures import figures


@pytest.mark.parametrize(
    "text",
    [
        "The company that built the NordSat 2 satellite said its engineers reached the craft.",
        "Engineers checked the SkyLift 9 booster before the launch on Friday.",
        "The carriers will sell phones for networks called 5G, which promise faster data.",
        "The museum bought 3D printers for its workshop.",
        "The first part of the Tor'ava 4 space mission will launch in June.",
        "The Tor’ava 3 probe is pictured on its pad.",
        "Note: browsers with 1024*768 or higher resolution are suggested for this site.",
    ],
)
def test_a_number_in_a_name_is_no_figure(nlp, text: str) -> None:
    assert figures(nlp, text) == []


def test_a_count_after_a_name_is_still_a_figure(nlp) -> None:
    [f] = figures(nlp, "The NordSat company said 40 engineers worked on the craft.")
    assert (f.value, f.unit) == (40, "engineers")


@pytest.mark.parametrize(
    "text",
    [
        "The harbour board said two thirds of the repair bill would fall on the town.",
        "About three-quarters of the ferry crews voted to strike on Monday.",
    ],
)
def test_a_fraction_is_a_share_not_a_count(nlp, text: str) -> None:
    assert all(f.unit not in ("thirds", "quarters") for f in figures(nlp, text))


@pytest.mark.parametrize(
    "text,kept",
    [
        ("The ferry sailed 120 km (about 75 miles) before the storm.", [(120, "km")]),
        ("The new pier cost $2 million (£1.6 million) to build.", [(2e6, "dollars")]),
        (
            "The ferry carried 300 people (120 children) across the bay.",
            [(300, "people"), (120, "children")],
        ),
    ],
)
def test_a_conversion_in_brackets_is_the_same_figure(nlp, text: str, kept: list) -> None:
    assert [(f.value, f.unit) for f in figures(nlp, text)] == kept


@pytest.mark.parametrize(
    "text",
    [
        "The harbour club ended the season with a 9-3 record.",
        "Varnby's 26-24 win over Tarn came in the last minute.",
        "The keeper finished with a 50-32-1 record in goal.",
        "The council voted 7-4 to rebuild the pier.",
    ],
)
def test_scores_and_records_are_no_figures(nlp, text: str) -> None:
    assert figures(nlp, text) == []


def test_a_range_with_a_dash_is_still_a_figure(nlp) -> None:
    found = figures(nlp, "Officials said 10-12 ferries were damaged in the storm.")
    assert [(f.value, f.unit) for f in found] == [(10, "ferries"), (12, "ferries")]
