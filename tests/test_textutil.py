"""The shared regex sentence splitter (textutil.sentence_spans) and the stages that read it."""

from __future__ import annotations

import pytest

from storyline.textutil import sentence_spans


def split(text: str, **options) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text, **options)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops crossed the river. Talks resumed.",
            ["Troops crossed the river.", "Talks resumed."],
        ),
        # a closing quote or bracket stays with the sentence it closes
        ('He said "we will stay." Then he left.', ['He said "we will stay."', "Then he left."]),
        ("It rained (again.) The match went on.", ["It rained (again.)", "The match went on."]),
        # a sentence may open with a digit, an opening quote or a bracket
        ("It ended. 2024 was worse.", ["It ended.", "2024 was worse."]),
        ('She waited. "Nobody came," she said.', ["She waited.", '"Nobody came," she said.']),
        ("Really?! Yes… It happened.", ["Really?!", "Yes…", "It happened."]),
        # no split before a lower-case word or inside a number
        (
            "The rate rose to 3.5 percent. e.g. not here.",
            ["The rate rose to 3.5 percent. e.g. not here."],
        ),
        # titles, short forms and initials
        (
            "Mr. Smith met Dr. Lee in the U.S. Senate on Jan. 5. They spoke.",
            ["Mr. Smith met Dr. Lee in the U.S. Senate on Jan. 5.", "They spoke."],
        ),
        ("Jong U. Kim arrived. He spoke.", ["Jong U. Kim arrived.", "He spoke."]),
        # a line break always ends a sentence, with or without a full stop
        (
            "Floods in the north\nRescuers arrived at dawn\n\n  More rain is due. ",
            ["Floods in the north", "Rescuers arrived at dawn", "More rain is due."],
        ),
        ("", []),
        (" \n\n ", []),
    ],
)
def test_sentence_spans(text: str, expected: list[str]):
    assert split(text) == expected


def test_abbreviations_can_be_turned_off():
    text = "Mr. Smith met Walter F. Williams. They spoke."
    assert split(text) == ["Mr. Smith met Walter F. Williams.", "They spoke."]
    assert split(text, abbreviations=False) == [
        "Mr.",
        "Smith met Walter F.",
        "Williams.",
        "They spoke.",
    ]


def test_lead_skips_a_dateline_and_its_full_stops():
    text = "WASHINGTON, D.C. (AP) — The vote passed. More followed.\nNext line."
    dateline = "WASHINGTON, D.C. (AP) — "

    def lead(text: str, start: int, end: int) -> int:
        return start + len(dateline) if text.startswith(dateline, start) else start

    assert split(text, lead=lead) == ["The vote passed.", "More followed.", "Next line."]


def test_spans_are_trimmed_and_in_order():
    text = "  One here.   Two there.\n\tThree.  "
    spans = sentence_spans(text)
    assert spans == sorted(spans)
    for s, e in spans:
        assert text[s:e] == text[s:e].strip()


def test_stages_share_the_splitter():
    from storyline.stories.text import sentences
    from storyline.synthesize.common import sentence_around
    from storyline.synthesize.common import sentence_spans as brief_spans

    text = "Mr. Vorn said the U.S. team left. It was late.\nKESSVIK (AFP) — Rain fell. It stopped."
    assert sentences(text) == [
        "Mr. Vorn said the U.S. team left.",
        "It was late.",
        "KESSVIK (AFP) — Rain fell.",
        "It stopped.",
    ]
    brief = [text[s:e] for s, e in brief_spans(text)]
    assert brief == [
        "Mr. Vorn said the U.S. team left.",
        "It was late.",
        "Rain fell.",
        "It stopped.",
    ]
    at = text.index("team")
    assert sentence_around(text, at, at + 4) == brief_spans(text)[0]
