"""Who's who without a video player's or a gallery's buttons: a plain word set in capitals is
no organisation, while an acronym stays (our own fictional sentences)."""

from __future__ import annotations

from tests.synthesize.who_entities import ent, who


def test_a_player_button_is_no_organisation_and_an_acronym_stays() -> None:
    text = (
        "Skip in Skip x Embed x Share REPLAY\n"
        "ORSTA said the ferry would close for a week. ORSTA staff will replay the drill.\n"
    )
    per_doc = [("a", [ent(text, "REPLAY", "ORG"), ent(text, "ORSTA", "ORG")])]
    names = who(per_doc, {"a": text})
    assert "ORSTA" in names
    assert "REPLAY" not in names


def test_names_in_a_video_playlist_are_furniture_and_a_poll_is_not() -> None:
    slides = " ".join(
        f"{name} has more. Wirenet {i} of 12 Skip in Skip x Embed x Share"
        for i, name in enumerate(["Ana Ruiz", "Per Ek", "Tove Lind"], start=3)
    )
    text = (
        "Brask Holm said the ferry would sail. Ida Berg, its pilot, said 6 of 10 crew were "
        "ready, 8 of 10 had trained and 7 of 10 would sail.\n" + slides + "\n"
    )
    names = ["Brask Holm", "Ida Berg", "Ana Ruiz", "Per Ek", "Tove Lind"]
    per_doc = [("a", [ent(text, n, "PERSON") for n in names])]
    found = who(per_doc, {"a": text})
    assert {"Brask Holm", "Ida Berg"} <= set(found)
    assert not {"Ana Ruiz", "Per Ek", "Tove Lind"} & set(found)


def test_a_bylines_follow_prompt_names_no_actor() -> None:
    text = "Brask Holm said the ferry would sail on Monday.\nFollow Tove Lind on Chirper: @tlind\n"
    per_doc = [("a", [ent(text, "Brask Holm", "PERSON"), ent(text, "Tove Lind", "PERSON")])]
    names = who(per_doc, {"a": text})
    assert "Brask Holm" in names and "Tove Lind" not in names
