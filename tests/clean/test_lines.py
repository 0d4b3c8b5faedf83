"""Line shapes the cleaner and the metadata parsers share: words, sentence ends, prose."""

from __future__ import annotations

from storyline.clean.lines import TEASER, Line, ends_sentence, is_sentence, n_words


def test_words_count_cjk_characters_in_pairs() -> None:
    assert n_words("The union's deal, signed on 4.6.2024, ends the strike.") == 9
    assert n_words("渡轮罢工结束") == 3
    assert n_words("Port Alden 渡轮罢工") == 4


def test_sentence_ends_behind_quotes_and_brackets() -> None:
    assert ends_sentence("“We did not get everything.”")
    assert ends_sentence("罢工结束了。") and ends_sentence("(More to come…)")
    assert not ends_sentence("Ferry strike ends") and not ends_sentence("")


def test_prose_is_six_words_ending_like_a_sentence() -> None:
    assert is_sentence("The union agreed to end the strike.")
    assert not is_sentence("Ferry strike ends at Port Alden today")  # a headline
    assert not is_sentence("Strike ends.")


def test_a_line_is_kept_until_given_a_reason() -> None:
    assert Line("The union agreed.").kept
    assert not Line("You may also like", TEASER).kept
