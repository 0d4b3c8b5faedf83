"""A speaker described as someone's relative or representative ("Her father said" -> "Ana Vorn's
father") is the person another page of the story introduces so ("Her father Tomas said")."""

from __future__ import annotations

import re

from storyline.model import Analysis, Document, Entity, EntityProfile, Mention, Quote
from storyline.synthesize.quotes import by_speaker, gather

ANA = EntityProfile(key="ana-vorn", name="Ana Vorn", label="PERSON", aliases=["Vorn"])
TOMAS = EntityProfile(key="tomas", name="Tomas", label="PERSON")
EVA = EntityProfile(key="eva-lind", name="Eva Lind", label="PERSON", aliases=["Lind"])
PAUL = EntityProfile(key="paul-mero", name="Paul Mero", label="PERSON", aliases=["Mero"])

Page = tuple[str, list[Quote], list[EntityProfile]]


def _quote(
    text: str, words: str, speaker: str, key: str | None = None, desc: str | None = None
) -> Quote:
    """A quote of ``words`` by a named speaker the page describes as ``desc``, or by an unnamed
    one ("Ana Vorn's father") the page wrote with a pronoun ("Her father")."""
    start = text.index(words)
    written = desc or _written(text, speaker)
    at = text.find(written) if written else -1
    return Quote(
        text=words,
        kind="indirect",
        speaker=speaker,
        speaker_key=key,
        speaker_description=desc,
        start=start,
        end=start + len(words),
        speaker_start=at if written and at >= 0 else None,
        speaker_end=at + len(written) if written and at >= 0 else None,
    )


def _written(text: str, speaker: str) -> str | None:
    noun = speaker.split()[-1]
    return next(
        (f"{p} {noun}" for p in ("Her", "her", "His", "his") if f"{p} {noun}" in text), None
    )


def _entity(text: str, prof: EntityProfile) -> Entity:
    """The page's entity of a profile, with a mention wherever one of its names is written."""
    names = "|".join(
        re.escape(n) for n in sorted([prof.name, *prof.aliases], key=len, reverse=True)
    )
    found = [
        Mention(text=m.group(0), start=m.start(), end=m.end()) for m in re.finditer(names, text)
    ]
    return Entity(key=prof.key, name=prof.name, label="PERSON", mentions=found)


def _speakers(pages: dict[str, Page]) -> set[str]:
    docs = [
        Document(id=d, source=d, text=t, published="2031-03-02") for d, (t, _, _) in pages.items()
    ]
    analyses = {
        d: Analysis(
            doc_id=d, version="t", text_hash="x", quotes=q, entities=[_entity(t, p) for p in profs]
        )
        for d, (t, q, profs) in pages.items()
    }
    index = {(d, p.key): p for d, (_, _, profs) in pages.items() for p in profs}
    profiles = list({p.key: p for _, _, profs in pages.values() for p in profs}.values())
    said = gather(docs, analyses, index, profiles, {d: d for d in pages}, set(pages))
    return {s.speaker for s in by_speaker(said)}


def test_a_relative_named_on_another_page_is_named() -> None:
    one = "Ana Vorn was charged on Monday. Her father Tomas said she was calm.\n"
    two = "Ana Vorn, 17, was charged. Her father said the girl had done nothing wrong.\n"
    pages = {
        "a": (one, [_quote(one, "she was calm", "Tomas", "tomas", "Her father")], [ANA, TOMAS]),
        "b": (two, [_quote(two, "the girl had done nothing wrong", "Ana Vorn's father")], [ANA]),
    }
    assert _speakers(pages) == {"Tomas"}


# A page where only "her lawyer" speaks for Ana Vorn.
_TWO = "Ana Vorn was sentenced on Friday, her lawyer said.\n"
SENTENCED = (_TWO, [_quote(_TWO, "Ana Vorn was sentenced on Friday", "Ana Vorn's lawyer")], [ANA])


def test_a_lawyer_named_with_the_owner_is_named() -> None:
    one = "Vorn's lawyer Eva Lind said an appeal would follow.\n"
    pages = {
        "a": (
            one,
            [_quote(one, "an appeal would follow", "Eva Lind", "eva-lind", "Vorn's lawyer")],
            [ANA, EVA],
        ),
        "b": SENTENCED,
    }
    assert _speakers(pages) == {"Eva Lind"}


def test_two_lawyers_or_another_owners_lawyer_keep_the_description() -> None:
    one = "Vorn's lawyer Eva Lind said an appeal would follow. Vorn's lawyer Paul Mero agreed.\n"
    both = [
        _quote(one, "an appeal would follow", "Eva Lind", "eva-lind", "Vorn's lawyer"),
        _quote(one, "agreed", "Paul Mero", "paul-mero", "Vorn's lawyer"),
    ]
    pages = {
        "a": (one, both, [ANA, EVA, PAUL]),
        "b": SENTENCED,
    }
    assert _speakers(pages) == {"Eva Lind", "Paul Mero", "Ana Vorn's lawyer"}
    other = "Mero's lawyer Eva Lind said an appeal would follow.\n"
    pages = {
        "a": (
            other,
            [_quote(other, "an appeal would follow", "Eva Lind", "eva-lind", "Mero's lawyer")],
            [PAUL, EVA],
        ),
        "b": SENTENCED,
    }
    assert _speakers(pages) == {"Eva Lind", "Ana Vorn's lawyer"}


def test_his_relative_is_not_her_relative() -> None:
    one = "Paul Mero spoke for Ana Vorn. His brother Tomas said the family was calm.\n"
    two = "Ana Vorn was charged. Her brother said she was calm.\n"
    pages = {
        "a": (
            one,
            [_quote(one, "the family was calm", "Tomas", "tomas", "His brother")],
            [ANA, PAUL, TOMAS],
        ),
        "b": (two, [_quote(two, "she was calm", "Ana Vorn's brother")], [ANA]),
    }
    assert _speakers(pages) == {"Tomas", "Ana Vorn's brother"}


def test_her_lawyer_on_a_page_about_someone_else_is_not_named() -> None:
    one = (
        "Paul Mero was fined. Mero said he would pay. Mero left the court.\n"
        "Ana Vorn watched.\n"
        "Her lawyer Eva Lind said little.\n"
    )
    pages = {
        "a": (one, [_quote(one, "little", "Eva Lind", "eva-lind", "Her lawyer")], [ANA, PAUL, EVA]),
        "b": SENTENCED,
    }
    # "Her" may be Ana Vorn's, but the paragraph names no one and the page is about Paul Mero
    assert _speakers(pages) == {"Eva Lind", "Ana Vorn's lawyer"}
