"""An unnamed source listed under one wording that does not read as a name: "An airline" for a
headline's bare "airline says", "Reports" for "Recent media reports"."""

from __future__ import annotations

from storyline.model import Analysis, Document, Quote
from storyline.synthesize.quotes import by_speaker, gather


def _said(text: str, words: str, speaker: str, key: str | None) -> Quote:
    start = text.index(words)
    return Quote(
        text=words,
        kind="indirect",
        speaker=speaker,
        speaker_key=key,
        start=start,
        end=start + len(words),
    )


def _speakers(text: str, quotes: list[Quote]) -> set[str]:
    doc = Document(id="d", source="d", text=text, published="2031-03-02")
    analysis = Analysis(doc_id="d", version="t", text_hash="x", quotes=quotes)
    said = gather([doc], {"d": analysis}, {}, [], {"d": "d"}, {"d"})
    return {s.speaker for s in by_speaker(said)}


def test_a_bare_singular_source_keeps_its_article() -> None:
    text = (
        "Crew found a passenger on the wrong ferry, airline says.\n"
        "An airline says a ferry turned back after the crew found the passenger.\n"
    )
    quotes = [
        _said(text, "Crew found a passenger on the wrong ferry", "airline", "anon:airline"),
        _said(text, "a ferry turned back after the crew", "An airline", "anon:airline"),
    ]
    assert _speakers(text, quotes) == {"An airline"}


def test_a_plural_source_is_listed_without_an_article() -> None:
    text = "The reports said the fleet had sailed. Reports said the crew was tired.\n"
    quotes = [
        _said(text, "the fleet had sailed", "The reports", "anon:report"),
        _said(text, "the crew was tired", "Reports", "anon:report"),
    ]
    assert _speakers(text, quotes) == {"Reports"}


def test_a_bare_surname_the_page_did_not_tag_is_the_storys_one_person_of_that_name() -> None:
    from storyline.model import EntityProfile

    text = "“My client is innocent,” Reinholt told reporters. Halberg said he would appeal.\n"
    quotes = [
        _said(text, "My client is innocent", "Reinholt", None),
        _said(text, "he would appeal", "Halberg", None),
    ]
    doc = Document(id="d", source="d", text=text, published="2031-03-02")
    analysis = Analysis(doc_id="d", version="t", text_hash="x", quotes=quotes)
    profiles = [
        EntityProfile(key="p:or", name="Oskar Reinholt", label="PERSON"),
        EntityProfile(key="p:ah", name="Anton Halberg", label="PERSON"),
        EntityProfile(key="p:lh", name="Lukas Halberg", label="PERSON"),  # two Halbergs
    ]
    said = gather([doc], {"d": analysis}, {}, profiles, {"d": "d"}, {"d"})
    assert {s.speaker for s in by_speaker(said)} == {"Oskar Reinholt", "Halberg"}
