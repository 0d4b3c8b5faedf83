"""Name particles and the small words inside names are lower case and short."""

from storyline.lexicon import names


def test_particles_and_small_words_are_lower_case() -> None:
    assert {"van", "de", "bin"} <= set(names.NAME_PARTICLES)
    for word in (*names.NAME_PARTICLES, *names.NAME_SMALL_WORDS):
        assert word == word.lower() and " " not in word
