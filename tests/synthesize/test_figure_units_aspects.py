"""A top speed and a sprint from standstill are two speeds; a payload to orbit and one to Mars
are two masses: each its own group, named by what it measures."""

from __future__ import annotations

from tests.synthesize.test_figures_units import _pages, _with


def test_top_speed_and_sprint_are_two_groups():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The Vexa roadster goes from 0 to 60 mph in 2.1 seconds and has a top speed of "
                "250 mph.",
                [("60 mph", 60, "mph", None), ("250 mph", 250, "mph", None)],
            ),
            (
                "2031-04-03",
                "The Vexa roadster has a top speed of 240 mph, its maker said.",
                [("240 mph", 240, "mph", None)],
            ),
        ]
    )
    top = _with(groups, 250)
    assert {v.value for v in top.values} == {250, 240}
    assert top.quantity.endswith("(top speed)")
    assert {v.value for v in _with(groups, 60).values} == {60}


def test_payload_to_orbit_and_to_mars_are_two_groups():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The Orla rocket can carry 60,000 kg to low Earth orbit and 16,000 kg to Mars.",
                [("60,000 kg", 60000, "kg", "carry"), ("16,000 kg", 16000, "kg", "carry")],
            ),
            (
                "2031-04-03",
                "The Orla rocket will lift 58,000 kg to low Earth orbit, or 15,000 kg to Mars.",
                [("58,000 kg", 58000, "kg", "lift"), ("15,000 kg", 15000, "kg", "lift")],
            ),
        ]
    )
    orbit, mars = _with(groups, 60000), _with(groups, 16000)
    assert {v.value for v in orbit.values} == {60000, 58000}
    assert {v.value for v in mars.values} == {16000, 15000}
    assert orbit.quantity == "kg (to low earth orbit)" and mars.quantity == "kg (to mars)"


def test_where_a_thing_landed_is_no_distance_it_flew():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The Orla rocket flew 2,700 km and fell into the sea 1,200 km east of Cape Vell.",
                [("2,700 km", 2700, "km", "fly"), ("1,200 km", 1200, "km", "fall")],
            ),
            (
                "2031-04-03",
                "The Orla rocket travelled about 1,680 miles, landing 750 miles (1,207 km) off "
                "the coast of Cape Vell.",
                [("about 1,680 miles", 1680, "miles", "travel"), ("750 miles", 750, "miles", None)],
            ),
        ]
    )
    flown, away = _with(groups, 2700), _with(groups, 1200)
    assert {v.value for v in flown.values} == {2700, 1680}
    assert {v.value for v in away.values} == {1200, 750}
    assert away.quantity == "km (away)" and flown.verdict == "agree"


def test_how_far_a_missile_can_fly_is_its_range():
    groups = _pages(
        [
            (
                "2031-04-02",
                "The Tarn missile flew 900 km. Older Vell missiles can fly about 1,000 km.",
                [("900 km", 900, "km", "fly"), ("about 1,000 km", 1000, "km", "fly")],
            ),
            (
                "2031-04-03",
                "The Tarn missile travelled 560 miles before it fell.",
                [("560 miles", 560, "miles", "travel")],
            ),
        ]
    )
    assert {v.value for v in _with(groups, 900).values} == {900, 560}
    assert _with(groups, 1000).quantity == "km (range)"
