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
