"""Reporting verbs: the named subsets are drawn from the full list's concept."""

from storyline.lexicon import speech


def test_core_verbs_report_speech() -> None:
    assert {"say", "tell"} <= speech.SPEECH_VERBS_CORE
    assert {"say", "tell", "claim"} <= speech.SPEECH_VERBS
    assert "said" in speech.SAID_FORMS


def test_lemmas_are_single_lower_case_words() -> None:
    for verbs in (speech.SPEECH_VERBS, speech.THOUGHT_VERBS, speech.PLAIN_SPEECH_VERBS):
        assert all(v == v.lower() and " " not in v for v in verbs)
