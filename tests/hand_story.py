"""A story made by hand: four documents (one undated, one a copy) and their analyses, as
the analyzer would hand them over; the brief built from them without parsing."""

from __future__ import annotations

from storyline.model import (
    Analysis,
    CopyRelation,
    Document,
    Entity,
    Event,
    Figure,
    Mention,
    Quote,
    Story,
)
from storyline.synthesize import build_brief

A_TEXT = (
    "North Korea plans to send about 12,000 troops to Russia, the National Intelligence "
    "Service said on Friday.\n"
    "About 1,500 have already been deployed to Vladivostok for training as at Oct 8, NIS added.\n"
    "“I don't think an escalation of the conflict on the peninsula is likely,” said Naoko Aoki, "
    "a political scientist at RAND.\n"
    "North Korea blew up sections of inter-Korean roads on Oct 15 in anger over drones.\n"
)
B_TEXT = (
    "North Korea has sent 3,000 soldiers to Russia for training, reports suggest.\n"
    "Officials believe the number of North Korean troops could rise to as many as 12,000.\n"
    "President Yoon Suk Yeol called the move a provocation that threatens global security.\n"
    "North Korea blew up inter-Korean roads on October 15 after drones flew over Pyongyang.\n"
)
C_TEXT = (
    "Russian lawmakers on Thursday voted unanimously to ratify a treaty with North Korea.\n"
    "Zelensky claimed North Korea was training 10,000 troops to support Russia.\n"
    "Mr Yoon Seok Yeol warned Moscow that Seoul will not stand idly by.\n"
    "“South Korea's response will become inevitable, increasing the possibility of an "
    "escalation of the conflict on the peninsula,” said Cho Han-bum.\n"
    "Officials believe North Korea plans to send as many as 12,000 troops to Russia.\n"
)


def span(text: str, part: str, nth: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(nth + 1):
        start = text.index(part, start + 1)
    return start, start + len(part)


def ent(text: str, name: str, label: str, *surfaces: str, descriptors=()) -> Entity:
    mentions = []
    for s in surfaces or (name,):
        a, b = span(text, s)
        mentions.append(Mention(text=s, start=a, end=b))
    return Entity(
        key=name.lower().replace(" ", "-"),
        name=name,
        label=label,
        aliases=[s for s in surfaces if s != name],
        descriptors=list(descriptors),
        mentions=mentions,
    )


def fig(text: str, surface: str, value: float, unit: str, bound="exact", **kw) -> Figure:
    a, b = span(text, surface)
    return Figure(text=surface, value=value, unit=unit, bound=bound, start=a, end=b, **kw)


def event(text: str, date: str, sentence: str) -> Event:
    a, b = span(text, sentence)
    return Event(date=date, precision="day", sentence=sentence, start=a, end=b)


def quote(text: str, words: str, speaker: str, key: str, kind="direct") -> Quote:
    a, b = span(text, words)
    return Quote(text=words, kind=kind, speaker=speaker, speaker_key=key, start=a, end=b)


def make_story():
    """A four-document story: c has no date, d is a copy of a."""
    a = Document(
        id="a",
        source="a.txt",
        title="North Korea to send 12,000 troops, NIS says",
        published="2024-10-22",
        published_source="meta",
        outlet="Times",
        text=A_TEXT,
        language="en",
    )
    d = a.model_copy(update={"id": "d", "source": "d.txt", "outlet": "Copycat"})
    b = Document(
        id="b",
        source="b.txt",
        title="South Korea alarmed",
        published="2024-10-25",
        published_source="meta",
        text=B_TEXT,
        language="en",
    )
    c = Document(id="c", source="c.txt", title="Analysts weigh risks", text=C_TEXT, language="en")
    an_a = Analysis(
        doc_id="a",
        version="t",
        text_hash="x",
        reference_date="2024-10-22",
        entities=[
            ent(
                A_TEXT,
                "National Intelligence Service",
                "ORG",
                "National Intelligence Service",
                "NIS",
            ),
            ent(A_TEXT, "Naoko Aoki", "PERSON", descriptors=["a political scientist at RAND"]),
            ent(A_TEXT, "Vladivostok", "GPE"),
            ent(A_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(A_TEXT, "about 12,000 troops", 12000, "troops", "about", attribution="NIS"),
            fig(
                A_TEXT,
                "About 1,500",
                1500,
                "troops",
                "about",
                attribution="NIS",
                as_of="2024-10-08",
            ),
        ],
        quotes=[
            quote(
                A_TEXT,
                "I don't think an escalation of the conflict on the peninsula is likely",
                "Naoko Aoki",
                "naoko-aoki",
            )
        ],
        events=[
            event(
                A_TEXT,
                "2024-10-15",
                "North Korea blew up sections of inter-Korean "
                "roads on Oct 15 in anger over drones.",
            )
        ],
    )
    an_d = an_a.model_copy(update={"doc_id": "d"})
    an_b = Analysis(
        doc_id="b",
        version="t",
        text_hash="x",
        entities=[
            ent(B_TEXT, "Yoon Suk Yeol", "PERSON", descriptors=["President"]),
            ent(B_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(B_TEXT, "3,000 soldiers", 3000, "soldiers"),
            fig(B_TEXT, "as many as 12,000", 12000, "troops", "as_many_as"),
        ],
        events=[
            event(
                B_TEXT,
                "2024-10-15",
                "North Korea blew up inter-Korean roads on "
                "October 15 after drones flew over Pyongyang.",
            )
        ],
    )
    an_c = Analysis(
        doc_id="c",
        version="t",
        text_hash="x",
        entities=[
            ent(C_TEXT, "Yoon Seok Yeol", "PERSON"),
            ent(C_TEXT, "Zelensky", "PERSON"),
            ent(C_TEXT, "Cho Han-bum", "PERSON"),
            ent(C_TEXT, "Russia", "GPE"),
        ],
        figures=[
            fig(C_TEXT, "10,000 troops", 10000, "troops", attribution="Zelensky"),
            fig(C_TEXT, "as many as 12,000 troops", 12000, "troops", "as_many_as"),
        ],
        quotes=[
            quote(
                C_TEXT,
                "South Korea's response will become inevitable, increasing the "
                "possibility of an escalation of the conflict on the peninsula",
                "Cho Han-bum",
                "cho-han-bum",
            )
        ],
        events=[
            event(
                C_TEXT,
                "2024-10-17",
                "Russian lawmakers on Thursday voted unanimously "
                "to ratify a treaty with North Korea.",
            )
        ],
    )
    relations = [CopyRelation(doc_id="d", of_id="a", kind="copy_of", score=0.99)]
    story = Story(id="s1", label="north korea troops", doc_ids=["a", "b", "c", "d"])
    return story, [a, b, c, d], [an_a, an_b, an_c, an_d], relations


def build_offline(story, docs, analyses, relations):
    """build_brief never parses: it reads the analyses as given."""
    return build_brief(story, docs, analyses, relations)


def reresolved(analyses):
    """The analyses as the pipeline hands them over: the undated page "c" re-analyzed against
    its story's date, so "on Thursday" resolves from 2024-10-25."""
    c = analyses[2]
    moved = c.events[0].model_copy(update={"date": "2024-10-24"})
    return (
        analyses[:2]
        + [c.model_copy(update={"events": [moved], "reference_date": "2024-10-25"})]
        + analyses[3:]
    )


# A hostile page: markup and script where a page's text should be.
EVIL = (
    "<script>alert('x')</script> Officials said <img src=x onerror=alert(1)> North Korea "
    "plans to send about 12,000 troops to Russia, the agency reported on Friday.\n"
    '"><svg onload=alert(2)> The troops are expected to arrive in Russia within weeks.\n'
)
