"""Quotes and reported speech with speakers: each attribution pattern on sentences written here,
then every longer direct quote of the seed pages with its speaker."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language

from storyline.analyze.entities import find_entities
from storyline.analyze.quotes import find_quotes
from storyline.model import Quote


def run(nlp: Language, text: str) -> list[Quote]:
    sdoc = nlp(text)
    return find_quotes(sdoc, find_entities(sdoc))


def one(quotes: list[Quote], words: str) -> Quote:
    found = [q for q in quotes if words in q.text]
    assert found, f"no quote with {words!r} in {[q.text for q in quotes]}"
    return found[0]


def test_said_name_with_apposition(nlp: Language) -> None:
    q = one(
        run(
            nlp,
            "“We will not send troops to the front,” said Jane Smith, a researcher at "
            "the Institute of Peace Studies.",
        ),
        "We will not send troops",
    )
    assert (q.kind, q.speaker, q.cue) == ("direct", "Jane Smith", "said")
    assert q.speaker_description and q.speaker_description.startswith("a researcher at")
    assert q.text == "We will not send troops to the front"
    q = one(
        run(
            nlp,
            "“The alliance is purely transactional,” Lee Min, a senior fellow at the "
            "Asan Institute, wrote on Tuesday.",
        ),
        "purely transactional",
    )
    assert (q.speaker, q.cue) == ("Lee Min", "wrote")
    assert q.speaker_description == "a senior fellow at the Asan Institute"


def test_name_said_colon_and_straight_marks(nlp: Language) -> None:
    quotes = run(
        nlp,
        'Jane Smith said: "The talks failed because nobody came prepared."\n'
        '"We have no plans to leave the city," Tom Hart told reporters.\n'
        "''This is not tax reform,'' said Leonard Burman, an economist.",
    )
    assert one(quotes, "not tax reform").speaker == "Leonard Burman"
    assert one(quotes, "talks failed").speaker == "Jane Smith"
    hart = one(quotes, "no plans to leave")
    assert (hart.speaker, hart.cue, hart.kind) == ("Tom Hart", "told", "direct")


def test_premodifier_role_and_indirect_told(nlp: Language) -> None:
    q = run(
        nlp,
        "Kremlin spokesman Dmitry Peskov told reporters it is a sovereign decision "
        "for both countries.",
    )[0]
    assert (q.kind, q.speaker, q.speaker_description) == (
        "indirect",
        "Dmitry Peskov",
        "Kremlin spokesman",
    )
    assert q.text.startswith("it is a sovereign decision")


def test_indirect_said_and_according_to(nlp: Language) -> None:
    quotes = run(
        nlp,
        "Nah said Seoul's deployment of observers would not be a significant "
        "escalation.\nAccording to the defence ministry, about 1,500 soldiers "
        "arrived in Vladivostok last week.",
    )
    nah = one(quotes, "would not be a significant escalation")
    assert (nah.kind, nah.speaker) == ("indirect", "Nah")
    assert nah.text.startswith("Seoul")
    ministry = one(quotes, "1,500 soldiers")
    assert ministry.cue == "according to" and "defence ministry" in (ministry.speaker or "")


def test_partial_quote_needs_a_cue(nlp: Language) -> None:
    quotes = run(
        nlp,
        "The North amended its constitution to label the South a “hostile state”.\n"
        "It sent elite forces known as the “storm corps.”\n"
        "Kim Yo Jong, the leader's sister, called both countries “lunatics”.\n"
        "The minister described the agreement as a “historic step for both "
        "countries” on Friday.",
    )
    texts = [q.text for q in quotes]
    assert not any("hostile state" in t or "storm corps" in t for t in texts)
    kim = one(quotes, "lunatics")
    assert (kim.kind, kim.speaker) == ("partial", "Kim Yo Jong")
    minister = one(quotes, "historic step")
    assert (minister.kind, minister.speaker) == ("partial", "The minister")


def test_quote_continues_over_paragraphs(nlp: Language) -> None:
    text = (
        "“We were surprised,” said Anna Berg, a historian at Lund University. “The numbers "
        "were far higher than anyone expected.\n"
        "“Nobody in the ministry had planned for an outcome like this one.”\n"
        "The report will be published in May."
    )
    quotes = run(nlp, text)
    second = one(quotes, "far higher")
    assert second.speaker == "Anna Berg" and second.kind == "direct"
    assert text[second.end - 9 : second.end] == "expected."  # an unclosed quote ends with its line
    third = one(quotes, "Nobody in the ministry")
    assert third.speaker == "Anna Berg"
    assert not any("published in May" in q.text for q in quotes)


def test_pronoun_resolves_to_the_previous_person(nlp: Language) -> None:
    text = (
        "Peter Novak, the mayor of Brno, opened the meeting on Monday.\n"
        "“We will rebuild the bridge within a year,” he said."
    )
    q = one(run(nlp, text), "rebuild the bridge")
    assert q.speaker == "Peter Novak"
    assert text[q.speaker_start : q.speaker_end] == "he"  # the attribution itself is cited


def test_organisation_speakers(nlp: Language) -> None:
    quotes = run(
        nlp,
        "Yonhap reported that the army had moved two divisions to the border.\n"
        "NATO said on Monday that talks with Moscow had stalled. “We remain open to "
        "dialogue with every member of the council,” it said.",
    )
    assert one(quotes, "moved two divisions").speaker == "Yonhap"
    assert one(quotes, "remain open to dialogue").speaker == "NATO"


def test_anonymous_source_is_kept_as_written(nlp: Language) -> None:
    quotes = run(
        nlp,
        "“The missiles were moved overnight to a new base,” a government source "
        "told reporters.\nAn unnamed official dismissed the report as “groundless "
        "rumours spread by our enemies”.",
    )
    assert one(quotes, "missiles were moved").speaker == "a government source"
    assert one(quotes, "groundless rumours").speaker == "An unnamed official"


def test_stray_closing_mark(nlp: Language) -> None:
    text = (
        "“The messaging may be aimed at discouraging a deployment,” said Maria Lopez, an "
        "analyst. We do not know yet how that will happen.” RAND."
    )
    quotes = run(nlp, text)
    q = one(quotes, "We do not know yet")
    assert q.speaker == "Maria Lopez" and q.kind == "direct"
    assert "RAND" not in q.text


def test_signed_and_transcript_quotes(nlp: Language) -> None:
    quotes = run(
        nlp,
        "“He cannot even answer a simple question.” ― Pamela Padilla\n"
        '"WALLACE: Will the governor be at the debate tomorrow night?"\n'
        "“The mayor has not decided yet,” Tulsa police Chief Chuck Jordan said.",
    )
    assert one(quotes, "simple question").speaker == "Pamela Padilla"
    wallace = one(quotes, "Will the governor")
    assert (wallace.speaker or "").lower() == "wallace" and not wallace.text.startswith("WALLACE")
    assert one(quotes, "has not decided").speaker == "Chuck Jordan"


def test_headline_in_marks_is_not_a_quote(nlp: Language) -> None:
    assert run(nlp, "“No triple alliance”\nThe summit opened on Tuesday.") == []


# Every direct quote of more than three words in the seed pages, with its speaker (read by hand).
SEED_QUOTES = [
    ("000", "who can analyze North Korea", "Yonhap"),
    ("000", "I don’t think the Yoon administration", "Nah Liang Tuang"),
    ("000", "The messaging we are seeing", "Aoki"),
    ("000", "We don’t know yet how that will happen", "Aoki"),
    ("000", "significantly complicate the situation", "Aoki"),
    ("000", "In such a case, the South Korean military", "Nah"),
    ("000", "North Korea would not want to wage a war", "Aoki"),
    ("000", "Pyongyang assesses that the blowback", "Nah"),
    ("000", "I think that Kim Jong-un sees", "Nah"),
    ("002", "While we have maintained our principle", "Yoon"),
    ("003", "growing military collusion", "Lee Sung-yoon"),
    ("003", "sow long-term security concerns", "Lee Sung-yoon"),
    ("003", "North Korea is a struggling country", "Doo Jin-ho"),
    ("003", "Historically, Russia has maintained", "Doo"),
    ("003", "Russia significantly scales up its help", "Ramon Pacheco Pardo"),
    ("003", "any transfer of Russian military technology", "Cho Han-bum"),
    ("003", "groundless rumours", "unnamed North Korean representative"),
    ("003", "North Korea’s participation in the Ukraine war", "Cho"),
    ("004", "The conflict is becoming international", "Dayez-Burgeon"),
    ("004", "I actually have a hard time", "Dayez-Burgeon"),
    ("004", "We are no longer in a conflict", "Dumoulin"),
    ("004", "I don’t think that sending a few thousand", "Dumoulin"),
    ("004", "In any case, 10,000 soldiers", "Isabelle Facon"),
    ("004", "There is no Triple Alliance", "Dayez-Burgeon"),
    ("004", "That would certainly be the case", "Dayez-Burgeon"),
    ("004", "The Ukrainian theater risks", "Darcie Draudt-Vejares"),
    ("004", "This development could fundamentally shift", "Darcie Draudt-Vejares"),
    ("004", "But what we do and how we do it", "Putin"),
    ("004", "Unlike Beijing, Moscow is ready", "Andrew Yeo"),
    ("004", "Russia is more isolated than China", "Andrew Yeo"),
]


def test_seed_quotes_have_their_speakers(nlp: Language, seeds_dir: Path) -> None:
    found: dict[str, list[Quote]] = {}
    for path in sorted(seeds_dir.glob("*.txt")):
        sdoc = nlp(path.read_text(encoding="utf-8"))
        found[path.name[:3]] = find_quotes(sdoc, find_entities(sdoc))
    wrong = []
    for seed, words, speaker in SEED_QUOTES:
        hits = [q for q in found[seed] if words in q.text]
        if not any(speaker in (q.speaker or "") for q in hits):
            wrong.append((seed, words, [q.speaker for q in hits]))
    assert not wrong
    # Scare quotes and headings in marks are no quotes.
    texts = [q.text for quotes in found.values() for q in quotes]
    assert not any(
        t.strip('“”" .') in ("hostile state", "storm corps", "No triple alliance") for t in texts
    )


def test_a_saying_the_sentence_denies_reports_no_words(nlp: Language) -> None:
    for text in (
        "Its largest shareholder, the fund Kestrel Vale, has not said how it will vote.",
        "The minister declined to say whether the plant would close.",
        "The mayor never said that the bridge was safe.",
    ):
        assert run(nlp, text) == [], text
    # A denial inside what was said is still said.
    assert [q.speaker for q in run(nlp, "The mayor said that the bridge was not safe.")] == [
        "The mayor"
    ]


def test_reported_speech_starts_after_the_dateline(nlp: Language) -> None:
    text = "PORT VELLA (Orsa Post) - Forty people died when the bridge fell, officials said."
    [quote] = run(nlp, text)
    assert quote.text.startswith("Forty people died") and quote.speaker == "officials"


def test_a_that_clause_hung_on_a_noun_after_told_is_what_was_told(nlp: Language) -> None:
    # The parser makes "that the bank would close ..." a relative clause of "call"; it fills
    # no gap there, so it is what she told them.
    text = "Sofie Aaland told analysts on a call that the bank would close 90 branches."
    found = [q for q in run(nlp, text) if "90 branches" in q.text]
    assert found and found[0].speaker == "Sofie Aaland"
    # a real relative clause after "told ... about" is no report
    text = "Sofie Aaland told analysts about a call that lasted an hour."
    assert not [q for q in run(nlp, text) if "lasted" in q.text]
