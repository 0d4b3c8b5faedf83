"""Place nouns: the narrower lists are drawn from what places are."""

from storyline.lexicon import places


def test_place_lists_are_lower_case_nouns() -> None:
    for words in (places.PLACE_NOUNS, places.SETTLEMENT_NOUNS, places.POLITY_NOUNS):
        assert words and all(w == w.lower() for w in words)
    assert "city" in places.PLACE_NOUNS or "city" in places.SETTLEMENT_NOUNS
