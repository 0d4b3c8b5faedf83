"""Titles and honorifics: courtesy titles are honorifics; speaker titles include roles."""

from storyline.lexicon import titles


def test_courtesy_titles_are_honorifics() -> None:
    assert set(titles.COURTESY_TITLES) <= set(titles.HONORIFICS)
    assert {"mr", "mrs", "dr"} <= set(titles.HONORIFICS)


def test_title_lists_are_lower_case() -> None:
    for words in (titles.ROLE_TITLES, titles.TITLE_MODIFIERS, titles.SPEAKER_TITLES):
        assert all(w == w.lower() for w in words)
