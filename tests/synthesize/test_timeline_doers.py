"""The timeline: the doer of a sentence whose subject an appositive describes is that person,
though the description names an organisation last; one person's telling of a day is one entry."""

from __future__ import annotations

from tests.synthesize.timeline_pages import timeline as timeline_of

ACTORS = {"Mr Vance": "PERSON", "Orrin": "ORG", "Vantor": "ORG"}


def test_a_person_described_by_an_appositive_is_the_doer(nlp) -> None:
    pages = [
        (
            "a",
            "The Kessel dock reopened on Monday. Mr Vance, the chief of Orrin and Vantor, said "
            "on Friday that the hull was sound after weeks of careful inspection by divers.",
            "2025-03-16",
        ),
        (
            "b",
            "Crews in Kessel cleared the dock on Tuesday. On Friday, Mr Vance revealed pictures "
            "of the repaired ship and its new engines in a long blog post for investors.",
            "2025-03-15",
        ),
    ]
    friday = [e for e in timeline_of(nlp, pages, ACTORS) if e.date == "2025-03-14"]
    assert len(friday) == 1 and {c.doc_id for c in friday[0].citations} == {"a", "b"}
