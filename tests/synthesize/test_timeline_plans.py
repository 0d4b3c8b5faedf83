"""A dated plan stays in the timeline, marked planned; a happening is never marked; a plan
and its telling as done on one day are one entry (``timeline_done``)."""

from __future__ import annotations

from tests.synthesize.timeline_pages import on_day, timeline


def _one(nlp, text: str, day: str = "2031-04-07") -> list[tuple[str, bool]]:
    return [(e.text, e.planned) for e in timeline(nlp, [("p1", text, day)])]


def test_will_and_scheduled_to_are_planned(nlp):
    text = (
        "The Harbor Board will gather an emergency council on Friday to review the spill. "
        "The ferry Marlowe is scheduled to depart from Port Ilsen on Thursday."
    )
    found = _one(nlp, text)
    assert found and all(planned for _, planned in found), found


def test_done_acts_are_not_planned(nlp):
    text = (
        "The Harbor Board gathered an emergency council on Friday to review the spill. "
        "Ilsen Shipping did not apologize, in a statement on Monday."
    )
    found = _one(nlp, text, "2031-04-12")
    assert found and not any(planned for _, planned in found), found


def test_one_page_telling_it_done_makes_it_a_happening(nlp):
    pages = [
        (
            "p1",
            "The Harbor Board will meet in Ilsen on Friday, April 11, to review the spill.",
            "2031-04-08",
        ),
        (
            "p2",
            "The Harbor Board met in Ilsen on Friday, April 11, to review the spill.",
            "2031-04-12",
        ),
    ]
    found = timeline(nlp, pages)
    meeting = [e for e in found if e.date == "2031-04-11"]
    assert len(meeting) == 1 and not meeting[0].planned, found


def test_would_is_planned_only_as_said(nlp):
    said = _one(nlp, "Harbor officials said the hearing would most likely be held on Friday.")
    assert said and all(planned for _, planned in said), said
    after = _one(nlp, "The Ilsen council would meet later on Friday, harbor officials said.")
    assert after and all(planned for _, planned in after), after
    habit = _one(nlp, "Each spring the Ilsen ferry would sail on Friday with the whole crew.")
    assert habit and not any(planned for _, planned in habit), habit


def test_set_for_a_day_is_planned_but_set_on_fire_is_done(nlp):
    hearing = _one(nlp, "The hearing is set for Tuesday in Ilsen, the court clerk confirmed.")
    assert hearing and all(planned for _, planned in hearing), hearing
    fire = _one(nlp, "The Ilsen fire was set on Monday by two teenagers, police said.")
    assert fire and not any(planned for _, planned in fire), fire


def test_a_plan_and_its_telling_as_done_on_one_day_are_one_entry(nlp) -> None:
    before = (
        "a",
        "Rain closed the harbour road in Varnholm on Thursday.\n\n"
        "The club said a victory parade would be held through the old town on Saturday.",
        "2027-05-20",
    )
    after = (
        "b",
        "About 90,000 people lined the streets of Varnholm on Saturday for the parade "
        "celebrating the club's cup win.",
        "2027-05-23",
    )
    saturday = on_day(timeline(nlp, [before, after]), "2027-05-22")
    assert len(saturday) == 1
    assert not saturday[0].planned
    assert saturday[0].text.startswith("About 90,000 people lined the streets")
    assert len(saturday[0].citations) == 2


def test_a_forecast_joins_the_happening_it_names_by_a_light_verbs_noun(nlp) -> None:
    forecast = (
        "a",
        "Rain closed the harbour road in Varnholm on Tuesday.\n\n"
        "Forecasters said the storm was expected to make landfall near Kell on Thursday night, "
        "with winds of up to 190 km/h.",
        "2027-09-14",
    )
    happened = (
        "b",
        "Storm Odra made landfall near Kell late on Thursday night, tearing roofs from 300 houses.",
        "2027-09-17",
    )
    thursday = on_day(timeline(nlp, [forecast, happened]), "2027-09-16")
    assert len(thursday) == 1
    assert thursday[0].text.startswith("Storm Odra made landfall")
