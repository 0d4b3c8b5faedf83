"""Names from capitalised words, counted across title and body."""

from __future__ import annotations


def test_cap_entities_names() -> None:
    from storyline.stories.text import cap_entities

    text = (
        "Executives on Equifax Inc.'s first earnings call on Monday said the breach cost "
        "more. Atlanta-based Equifax hired Mandiant. The firm said Equifax's clients stayed."
    )
    names = cap_entities(text, "Equifax Apologizes For Security Breach As It Reports Earnings")
    assert names["equifax"] == 4  # three spellings in the body, once more in the title
    assert "mandiant" in names
    assert not {"monday", "equifax apologizes", "security breach"} & set(names)
