"""Number words, scales and vague counts carry the values figures are read with."""

from storyline.lexicon import numbers


def test_number_words_have_their_values() -> None:
    assert numbers.NUMBER_WORDS["zero"] == 0
    assert numbers.NUMBER_WORDS["twelve"] == 12 and numbers.NUMBER_WORDS["ninety"] == 90
    assert max(numbers.SMALL_COUNTS.values()) <= 10


def test_scales_and_vague_words_do_not_overlap_counts() -> None:
    assert numbers.SCALES["million"] == 1e6 and numbers.SCALES["billion"] == 1e9
    assert numbers.VAGUE_PLURALS["thousands"] == 1e3
    assert not numbers.VAGUE_COUNTS & set(numbers.NUMBER_WORDS)
