"""A named thing given as a speaker: "The company says" that a page's context resolved to a
rocket NER tagged an organisation keeps the words the page wrote; a pronoun, no one."""

from __future__ import annotations

from storyline.model import Analysis, Document, EntityProfile, Quote
from storyline.synthesize.quotes import by_speaker, gather

ROCKET = EntityProfile(
    key="vela-heavy", name="Vela Heavy", label="ORG", aliases=["Vela Heavy rocket"]
)
ACME = EntityProfile(key="acme", name="Acme", label="ORG")

PAGE = (
    "Acme will fly its Vela Heavy rocket in June. The Vela Heavy is three boosters strapped "
    "together. The company says it will lift twice the cargo of any rival. It said the first "
    'flight would carry a piano. "We are ready," it added. Acme said the pad was finished.\n'
)


def _quote(words: str, speaker: str, key: str, cue: str, kind: str = "indirect") -> Quote:
    """A quote whose speaker the page wrote as the first word(s) of ``cue`` (before "said")."""
    written = cue.rsplit(" ", 1)[0]
    start, at = PAGE.index(words), PAGE.index(cue)
    return Quote(
        text=words,
        kind=kind,
        speaker=speaker,
        speaker_key=key,
        start=start,
        end=start + len(words),
        speaker_start=at,
        speaker_end=at + len(written),
    )


def _said() -> dict[str, str]:
    quotes = [
        _quote("it will lift twice the cargo", "Vela Heavy", "vela-heavy", "The company says"),
        _quote("the first flight would carry a piano", "Vela Heavy", "vela-heavy", "It said"),
        _quote("We are ready", "Vela Heavy", "vela-heavy", "it added", kind="direct"),
        _quote("the pad was finished", "Acme", "acme", "Acme said"),
    ]
    doc = Document(id="a", source="a", text=PAGE, published="2031-03-02")
    analysis = Analysis(doc_id="a", version="t", text_hash="x", quotes=quotes)
    index = {("a", p.key): p for p in (ROCKET, ACME)}
    said = gather([doc], {"a": analysis}, index, [ROCKET, ACME], {"a": "a"}, {"a"})
    return {q.text: e.speaker for e in by_speaker(said) for q in e.quotes}


def test_a_firm_noun_resolved_to_a_thing_keeps_its_words() -> None:
    said = _said()
    assert said["it will lift twice the cargo"] == "The company"
    assert "Vela Heavy" not in said.values()


def test_a_pronoun_resolved_to_a_thing_names_no_one() -> None:
    said = _said()
    assert "the first flight would carry a piano" not in said  # reported by no one
    assert said["We are ready"] == "Unattributed"


def test_a_firm_still_speaks() -> None:
    assert _said()["the pad was finished"] == "Acme"
