"""A derailment at Lakeville written five ways: the original, a wire repost cut short, a
paraphrase, an independent report, and an unrelated page."""

from __future__ import annotations

from storyline.model import Document

ORIGINAL = """LAKEVILLE — A freight train carrying grain left the tracks near the Lakeville \
river bridge early on Tuesday, spilling several wagons into a field, the regional rail \
operator said.
No one was hurt in the derailment, which happened shortly after 5 a.m. as the train slowed for \
the bridge, according to a statement from Northline Rail.
Eleven of the train's forty wagons overturned, and crews worked through the morning to stop \
grain from reaching the river, the operator said.
"We are very lucky that this happened in an empty field and not on the bridge itself," said \
Marta Quill, the operator's head of safety.
Passenger services between Lakeville and Dunmore were suspended for the day, and buses were \
put on for travellers.
Investigators from the national transport board arrived in the afternoon to examine the track \
and the wagons' brakes.
Local farmer Peter Olwen said he heard a long screech and then a sound like thunder.
"The ground shook, and when I came out there was grain everywhere," he said.
The line is expected to reopen on Thursday once the wagons have been lifted, Northline said."""

WIRE_REPOST = "\n".join(ORIGINAL.splitlines()[:6])  # cut short, new outlet, new headline

PARAPHRASE = """LAKEVILLE — Early on Tuesday a grain freight train came off the rails close to the \
river bridge at Lakeville, and several of its wagons fell into a field, the regional rail company \
reported.
Nobody was injured in the accident, which took place just after 5 a.m. while the train was \
slowing down for the bridge, a Northline Rail statement said.
Crews spent the morning trying to keep the grain out of the river after eleven of the forty \
wagons overturned, according to the company.
"We are very lucky that this happened in an empty field and not on the bridge itself," said \
Marta Quill, who heads safety at the operator.
Passenger trains from Lakeville to Dunmore were cancelled for the day and replacement buses \
were provided for travellers.
In the afternoon investigators of the national transport board came to inspect the track and \
the brakes of the wagons.
"The ground shook, and when I came out there was grain everywhere," said Peter Olwen, a local \
farmer, who heard a long screech followed by a noise like thunder.
Northline expects the line to reopen on Thursday after the wagons are lifted."""

INDEPENDENT = """Rail services between Lakeville and Dunmore remained suspended on Tuesday evening \
after a grain train derailed near the river crossing.
Commuters described long waits for the replacement buses at Dunmore station.
"I have been standing here for an hour," said one student, who did not want to be named.
Northline Rail said it was too early to say what caused the accident and that the national \
transport board would lead the inquiry.
The derailment is the second on the regional network this year; in March a maintenance train \
came off the tracks near Hollin.
Union representatives said they had raised concerns about the condition of the bridge approach \
last autumn, a claim the company did not address.
Marta Quill, the operator's head of safety, told reporters the track had been inspected \
in January."""

UNRELATED = """The city council of Brenmouth voted on Monday to extend the opening hours of its \
three public libraries from next spring.
The change, which costs about 400,000 crowns a year, will keep the central library open until \
10 p.m. on weekdays.
Councillor Ada Frey said students had asked for quieter places to work in the evening.
Opposition members argued the money would be better spent on repairing the library roofs.
The new hours will be reviewed after one year."""


def _doc(
    doc_id: str, text: str, title: str, published: str | None, outlet: str, wire: str | None = None
) -> Document:
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=title,
        published=published,
        outlet=outlet,
        wire=wire,
        text=text,
    )


def lakeville_docs() -> dict[str, Document]:
    """The five pages, and a wire repost of the original under another outlet."""
    return {
        "orig": _doc(
            "orig",
            ORIGINAL,
            "Grain train derails near Lakeville bridge",
            "2025-05-06T09:00:00",
            "Lakeville Courier",
        ),
        "dupe": _doc(
            "dupe",
            ORIGINAL + "\nShare this article",
            "Grain train derails near Lakeville bridge",
            "2025-05-06T11:00:00",
            "Lakeville Courier",
        ),
        "wire": _doc(
            "wire",
            WIRE_REPOST,
            "Freight wagons overturn in Lakeville derailment",
            "2025-05-06T12:00:00",
            "Dunmore Post",
        ),
        "para": _doc(
            "para",
            PARAPHRASE,
            "Grain train comes off rails at Lakeville",
            "2025-05-06T15:00:00",
            "Valley Daily",
        ),
        "indep": _doc(
            "indep",
            INDEPENDENT,
            "Lakeville commuters stranded after derailment",
            "2025-05-06T19:00:00",
            "Regional Radio",
        ),
        "other": _doc(
            "other",
            UNRELATED,
            "Brenmouth libraries to open later",
            "2025-05-05T10:00:00",
            "Brenmouth Gazette",
        ),
    }
