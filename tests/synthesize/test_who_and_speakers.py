"""The who's who keeps the story's actors, quoted ones first, and the brief's speakers are
grouped as one source per speaker; invented texts and analyses."""

from __future__ import annotations

from storyline.model import Analysis, Document, Entity, Mention, Quote
from storyline.synthesize.entities import merge_and_propagate, merge_entities
from storyline.synthesize.quotes import by_speaker, gather
from storyline.synthesize.who import who_is_who


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def ent(text: str, name: str, label: str, *, every: bool = True) -> Entity:
    """An entity with a mention at each occurrence of its name (or the first only)."""
    mentions, start = [], -1
    while True:
        start = text.find(name, start + 1)
        if start < 0:
            break
        mentions.append(Mention(text=name, start=start, end=start + len(name)))
        if not every:
            break
    return Entity(key=name.lower().replace(" ", "-"), name=name, label=label, mentions=mentions)


TEXT = (
    "The ferry ran from Holm Quay to Varnby via Ostby Point when it tipped over.\n"
    "Passengers on a bus to Holm Quay saw it happen.\n"
    "Ferrolink said the crew had been trained; Tarkan analyst Ida Berg disagreed.\n"
    "Thieves stole Civic Fund numbers, and Varn Trust Bank froze cards.\n"
    "“There is no Grand Union of ferries here,” said Ida Berg.\n"
)


def test_route_stops_title_words_modifiers_and_quoted_names_are_no_actors() -> None:
    entities = [
        ent(TEXT, "Holm Quay", "ORG"),
        ent(TEXT, "Ostby Point", "ORG"),
        ent(TEXT, "Ferrolink", "ORG", every=False),
        ent(TEXT, "Tarkan", "ORG"),
        ent(TEXT, "Ida Berg", "PERSON"),
        ent(TEXT, "Civic Fund", "ORG"),
        ent(TEXT, "Varn Trust Bank", "ORG"),
        ent(TEXT, "Grand Union", "ORG"),
    ]
    per_doc = [("d", entities)]
    profiles, _ = merge_and_propagate(per_doc, {"d": TEXT})
    names = {p.name for p in who_is_who(profiles, per_doc, {"d": TEXT}, {"Ida Berg"})}
    assert {"Ferrolink", "Ida Berg", "Varn Trust Bank"} <= names
    assert not names & {"Holm Quay", "Ostby Point", "Tarkan", "Civic Fund", "Grand Union"}


def test_the_cap_never_drops_the_quoted_and_the_most_named_lead() -> None:
    text = "Aron Lie met Bo Ek and Cy Dahl. Aron Lie left. Bo Ek left. Dina Moe said no.\n"
    entities = [ent(text, n, "PERSON") for n in ("Aron Lie", "Bo Ek", "Cy Dahl", "Dina Moe")]
    per_doc = [("d", entities)]
    profiles, _ = merge_and_propagate(per_doc, {"d": text})
    assert profiles[0].name != "Dina Moe"  # mentioned least
    top = who_is_who(profiles, per_doc, {"d": text}, {"Dina Moe"}, limit=2)
    assert "Dina Moe" in [p.name for p in top]  # quoted: kept under the cap
    assert top[0].name == "Aron Lie"  # shown by salience: the most mentioned first


def test_a_name_spelled_joined_or_apart_and_a_mixed_case_acronym_merge() -> None:
    a = "First Line runs the ferries for Transport for Varnby."
    b = "FirstLine said TfV had asked for a report."
    per_doc = [
        ("a", [ent(a, "First Line", "ORG"), ent(a, "Transport for Varnby", "ORG")]),
        ("b", [ent(b, "FirstLine", "ORG"), ent(b, "TfV", "ORG")]),
    ]
    names = {p.name: p for p in merge_entities(per_doc)}
    assert len(names) == 2
    firm = names.get("First Line") or names["FirstLine"]
    assert {firm.name, *firm.aliases} == {"First Line", "FirstLine"}
    assert "TfV" in names["Transport for Varnby"].aliases


def _doc(doc_id: str, text: str, quotes: list[Quote]) -> tuple[Document, Analysis]:
    doc = Document(id=doc_id, source=doc_id, text=text, published="2031-03-02")
    return doc, Analysis(doc_id=doc_id, version="t", text_hash="x", quotes=quotes)


def _quote(text: str, words: str, speaker: str | None, key: str | None = None, kind="direct"):
    a, b = span(text, words)
    return Quote(text=words, kind=kind, speaker=speaker, speaker_key=key, start=a, end=b)


def test_unnamed_sources_are_one_speaker_and_spokespeople_speak_for_their_body() -> None:
    t = (
        "Recent media reports said the fleet had sailed. Reports said the crew was tired. "
        "A spokeswoman for the harbour authority said the port was open. "
        "Someone said the ferry was late."
    )
    quotes = [
        _quote(t, "the fleet had sailed", "Recent media reports", "anon:report", "indirect"),
        _quote(t, "the crew was tired", "Reports", "anon:report", "indirect"),
        _quote(
            t,
            "the port was open",
            "A spokeswoman for the harbour authority",
            kind="indirect",
        ),
        _quote(t, "the ferry was late", None, kind="indirect"),
    ]
    doc, analysis = _doc("d", t, quotes)
    harbour = ent(t, "harbour authority", "ORG")
    harbour.name = "Harbour Authority"
    profiles = merge_entities([("d", [harbour])])
    said = gather([doc], {"d": analysis}, {}, profiles, {"d": "d"}, {"d"})
    speakers = {q.speaker: q for q in by_speaker(said)}
    assert set(speakers) == {"Reports", "Harbour Authority"}
    assert len(speakers["Reports"].quotes) == 2
    assert speakers["Harbour Authority"].role == "spokeswoman"


def test_a_town_taken_for_an_organisation_is_no_actor() -> None:
    text = (
        "Gunmen took the pupils from Orsa in March. The Orsa pupils were freed on Monday.\n"
        "Parents in Orsa wept. Varn Council said it would pay for their schooling.\n"
    )
    entities = [ent(text, "Orsa", "ORG"), ent(text, "Varn Council", "ORG")]
    per_doc = [("d", entities)]
    profiles, _ = merge_and_propagate(per_doc, {"d": text})
    names = {p.name for p in who_is_who(profiles, per_doc, {"d": text})}
    assert names == {"Varn Council"}


def test_a_surname_tagged_as_an_organisation_joins_its_person() -> None:
    a = "Ada Okoro, the school's head, met the parents. Okoro said the pupils were safe."
    b = "Ada Okoro spoke on the radio."
    per_doc = [
        ("a", [ent(a, "Ada Okoro", "PERSON"), ent(a, "Okoro", "ORG")]),
        ("b", [ent(b, "Ada Okoro", "PERSON")]),
    ]
    profiles = {p.name: p for p in merge_entities(per_doc)}
    assert set(profiles) == {"Ada Okoro"}
    assert "Okoro" in profiles["Ada Okoro"].aliases


def test_a_persons_representative_speaks_for_that_person_and_a_lawyer_does_not() -> None:
    t = (
        "Dara Voss and Tom Brask are to divorce. A representative for Voss said the parting "
        "was amicable. A lawyer for Voss said the papers were filed."
    )
    quotes = [
        _quote(t, "the parting was amicable", "A representative for Voss", kind="indirect"),
        _quote(t, "the papers were filed", "A lawyer for Voss", kind="indirect"),
    ]
    doc, analysis = _doc("d", t, quotes)
    profiles = merge_entities([("d", [ent(t, "Dara Voss", "PERSON"), ent(t, "Voss", "PERSON")])])
    said = gather([doc], {"d": analysis}, {}, profiles, {"d": "d"}, {"d"})
    speakers = {q.speaker: q for q in by_speaker(said)}
    assert set(speakers) == {"Dara Voss", "A lawyer for Voss"}
    assert speakers["Dara Voss"].role == "representative"


def test_a_speaker_without_a_listed_role_takes_the_role_the_quote_gives() -> None:
    t = (
        "A spokesman for Varn Water, Aron Bell, said repairs would take a week. "
        "Her husband, Ivo Tosh, said the family would leave."
    )
    quotes = [
        _quote(t, "repairs would take a week", "Aron Bell", "aron-bell", "indirect"),
        _quote(t, "the family would leave", "Ivo Tosh", "ivo-tosh", "indirect"),
    ]
    quotes[0].speaker_description = "spokesman for Varn Water"
    quotes[1].speaker_description = "Her husband"
    doc, analysis = _doc("d", t, quotes)
    people = [ent(t, "Aron Bell", "PERSON"), ent(t, "Ivo Tosh", "PERSON")]
    profiles = merge_entities([("d", people)])
    said = gather([doc], {"d": analysis}, {}, profiles, {"d": "d"}, {"d"})
    speakers = {q.speaker: q for q in by_speaker(said)}
    assert speakers["Aron Bell"].role == "spokesman for Varn Water"
    assert speakers["Ivo Tosh"].role is None  # whose husband only the sentence before says
