"""The data model every stage reads and returns.

ingest -> RawDocument; clean -> Document; analyze -> Analysis; stories -> Story and
CopyRelation; synthesize -> Brief. All are pydantic models so they serialise to JSON for the
store, the CLI's ``--json`` output and worker processes alike.

Offsets (``start``/``end``) are always character offsets into ``Document.text``.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import (
    BaseModel,
    Field,
    SerializerFunctionWrapHandler,
    model_serializer,
    model_validator,
)

# ---------------------------------------------------------------- ingest / clean


RawFormat = Literal["html", "text", "jsonl", "warc", "feed"]


class RawDocument(BaseModel):
    """One input item before cleaning: the bytes plus whatever the container told us."""

    source: str  # file path, "path#line", "warc-path#record" or URL it came from
    content: bytes
    format: RawFormat = "text"
    url: str | None = None
    title: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    # A jsonl/feed item may carry ready text instead of bytes to decode.
    text: str | None = None
    html: str | None = None


class RemovedLine(BaseModel):
    line: str
    reason: str


# Where `Document.published` came from: page metadata (jsonld, meta, url, a printed date-line,
# htmldate), a text's dateline, the container (feed, input), estimated from content or
# story, or none.
PublishedSource = Literal[
    "jsonld", "meta", "url", "date-line", "htmldate", "dateline", "feed", "input", "estimated",
    "none",
]  # fmt: skip


class Document(BaseModel):
    """A cleaned article with its metadata."""

    id: str  # stable, from content
    source: str
    url: str | None = None
    title: str | None = None
    published: str | None = None  # ISO 8601 date or datetime
    published_source: PublishedSource = "none"
    outlet: str | None = None
    authors: list[str] = Field(default_factory=list)
    wire: str | None = None  # AFP, Reuters, AP, Xinhua ... when the page is a wire copy
    language: str | None = None
    text: str = ""
    removed: list[RemovedLine] = Field(default_factory=list)
    # Input characters not kept as article text: page markup text dropped by HTML extraction
    # plus the removed lines. Feeds the "boilerplate removed" share of the sources table.
    removed_chars: int = 0
    format: RawFormat = "text"


class Failure(BaseModel):
    """A bad input: reported in one line, never aborts a batch."""

    source: str
    error: str

    def line(self) -> str:
        return f"{self.source}: {self.error}"


# ---------------------------------------------------------------- analyze

EntityLabel = Literal["PERSON", "ORG", "GPE", "LOC", "NORP", "OTHER"]


class Mention(BaseModel):
    text: str
    start: int
    end: int


class Entity(BaseModel):
    """A person, organisation, place or group within one document (or merged across many)."""

    key: str  # canonical key, unique within its scope
    name: str  # canonical name, honorifics stripped
    label: EntityLabel
    aliases: list[str] = Field(default_factory=list)
    descriptors: list[str] = Field(default_factory=list)  # "Kremlin spokesman", "a researcher at"
    mentions: list[Mention] = Field(default_factory=list)
    # What the page says of a person that its name does not: "m"/"f" from an honorific or a
    # kin noun ("Mrs Vale", "her son Tom Vale"), and ``alone`` when the page introduces them by
    # one bare name ("Aisha, 19,", "another pupil, Grace"): someone other than any fuller name.
    gender: str = ""
    alone: bool = False


QuoteKind = Literal["direct", "partial", "indirect"]


class Quote(BaseModel):
    text: str
    kind: QuoteKind
    speaker: str | None = None  # canonical in-document name, or the anonymous description
    speaker_description: str | None = None
    speaker_key: str | None = None  # Entity.key of the speaker, when known; "anon:report" for
    # an unnamed source by its noun ("Reports", "Recent media reports" are one source)
    cue: str | None = None
    start: int
    end: int
    speaker_start: int | None = None
    speaker_end: int | None = None


Bound = Literal[
    "exact", "about", "up_to", "as_many_as", "at_least", "nearly", "more_than", "less_than"
]


class Figure(BaseModel):
    text: str  # surface form, "about 12,000 members"
    value: float
    unit: str  # what it counts: troops, soldiers, km, dollars, percent ...
    bound: Bound = "exact"
    attribution: str | None = None  # "NIS", "Zelensky"
    as_of: str | None = None  # ISO date the figure refers to
    sentence: str = ""
    start: int
    end: int
    # Lemma of the verb that governs what is counted ("leave" in "9,000 people had left",
    # "supply" in "supplies water to 200,000 people"): tells apart figures that count the
    # same noun in different states (evacuated, at risk, supplied).
    predicate: str | None = None
    # Whose figure it is: the subject of that verb when it is not what is counted ("Talvik" in
    # "Talvik employs 6,000 people", "combined company" in "the combined company would employ
    # 21,000"): two companies' staff are two counts, never a conflict.
    owner: str | None = None


TimeType = Literal["DATE", "TIME", "DURATION", "SET"]
TimePrecision = Literal["day", "month", "year", "week", "time", "range", "duration", "other"]
Precision = TimePrecision  # the name the times package uses


class TimeExpression(BaseModel):
    text: str
    start: int
    end: int
    type: TimeType = "DATE"
    value: str  # ISO: 2024-10-15, 2024-10, 2024, 2024-W42, P3D, 2024-10-14/2024-10-20
    precision: TimePrecision = "day"
    relative: bool = False  # resolved against a reference date
    # A phrase counted from another moment ("two days after the vote", "a week later") names a
    # length of time, as TimeML annotates it (P2D, a DURATION), while ``value`` is the day it
    # points to, which timelines need. None for every other expression.
    duration: str | None = None


# The precision of a timeline event dated by its page's publication date, because its
# sentence names no date for its own main event. Written by synthesize, read by render.
PAGE_DATE: Literal["page date"] = "page date"
# A timeline event's precision: its time expression's, or PAGE_DATE.
EventPrecision = Literal[TimePrecision, "page date"]
MAIN_ANCHORS = ("main", "reported")  # Event.anchor values that date the sentence's own event
# Event.anchor of a past clause's own day told beside a plan (``analyze.event_prior``)
PRIOR_ANCHOR = "prior"


class Event(BaseModel):
    date: str
    precision: EventPrecision
    sentence: str
    start: int
    end: int
    entities: list[str] = Field(default_factory=list)  # Entity.key
    # How the parse dated it: the time expression's offsets, the verb it hangs on, and that
    # verb's place ("main", "reported", "relative", "since", "after", "before", "noun",
    # "clause"); "" when no parse was at hand (the timeline then reads the sentence's words).
    time_start: int | None = None
    time_end: int | None = None
    verb: str | None = None
    verb_start: int | None = None
    anchor: str = ""
    # When the sentence's dates belong to other events (anchor since/after/noun/clause): the
    # tense of its undated main clause, "past", "present", "future" or "state" ("" unknown).
    main_tense: str = ""
    # Where the event's own words end when it is a relative clause and the sentence goes on.
    cite_end: int | None = None
    # The sentence refers to an event told elsewhere rather than telling one: its date owns a
    # noun ("Wednesday's derailment") or hangs on a verb of mere happening ("what happened
    # yesterday", "the crash, which occurred at 6am").
    refers: bool = False
    # The act is told in the past perfect ("had announced", for a sentence dated by another event:
    # its main clause): it came before its page's time (``storyline.analyze.event_perfect``).
    perfect: bool = False
    # That past perfect is a reported clause's ("told the chamber that 11,500 had now left"):
    # reported speech shifts the present perfect back, so the act holds as of the telling.
    backshift: bool = False


class Analysis(BaseModel):
    doc_id: str
    version: str
    text_hash: str
    reference_date: str | None = None  # the date relative expressions were resolved against
    published_estimate: str | None = None  # set when the document had no stated date
    entities: list[Entity] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    figures: list[Figure] = Field(default_factory=list)
    times: list[TimeExpression] = Field(default_factory=list)
    events: list[Event] = Field(default_factory=list)
    # Named things outside `entities` (products, works, events, untagged proper nouns), for
    # the cross-story entity index only: the brief's stages read `entities`.
    other_entities: list[Entity] = Field(default_factory=list)


# ---------------------------------------------------------------- stories


CopyKind = Literal["duplicate", "copy_of", "derived_from"]
# How each kind reads in the sources table: "copy of <doc id>".
COPY_WORDS: dict[CopyKind, str] = {
    "duplicate": "duplicate of",
    "copy_of": "copy of",
    "derived_from": "derived from",
}
_COPY_KINDS = {words: kind for kind, words in COPY_WORDS.items()}


class CopyRelation(BaseModel):
    doc_id: str
    of_id: str  # the earlier / original document
    kind: CopyKind
    score: float = 0.0
    evidence: list[str] = Field(default_factory=list)  # shared passages, wire credit


class Story(BaseModel):
    id: str
    label: str
    doc_ids: list[str] = Field(default_factory=list)
    start: str | None = None
    end: str | None = None


# ---------------------------------------------------------------- synthesize


class Citation(BaseModel):
    doc_id: str
    start: int
    end: int
    text: str  # the cited passage, verbatim from Document.text[start:end]


class Point(BaseModel):
    """A statement of the brief with the passages that support it."""

    text: str
    citations: list[Citation] = Field(default_factory=list)
    independent_sources: int = 0


class FigureValue(BaseModel):
    doc_id: str
    value: float
    bound: Bound
    unit: str
    attribution: str | None = None
    as_of: str | None = None
    text: str
    citation: Citation
    independent_sources: int = 1


class FigureGroup(BaseModel):
    quantity: str  # what is counted, "North Korean troops"
    values: list[FigureValue] = Field(default_factory=list)
    # "unresolved": the values differ and nothing shows that they count the same thing, so
    # no conflict is claimed (a conflict must be earned: see synthesize/figures.py).
    verdict: Literal[
        "agree", "different_referents", "different_times", "conflict", "single", "unresolved"
    ]
    explanation: str = ""


class EntityProfile(BaseModel):
    key: str
    name: str
    label: str
    aliases: list[str] = Field(default_factory=list)
    roles: list[str] = Field(default_factory=list)
    mentions_by_source: dict[str, int] = Field(default_factory=dict)
    citations: list[Citation] = Field(default_factory=list)


class QuoteItem(BaseModel):
    text: str
    kind: QuoteKind
    citation: Citation
    independent_sources: int = 1
    # The same quote on other pages: copies, a translation's or rewrite's wording, a shorter
    # excerpt. `citation` is the original's wording; these count in independent_sources.
    versions: list[Citation] = Field(default_factory=list)


class SpeakerQuotes(BaseModel):
    speaker: str
    role: str | None = None
    quotes: list[QuoteItem] = Field(default_factory=list)


class Position(BaseModel):
    speaker: str
    stance: str  # e.g. "likely", "unlikely"
    quote: QuoteItem


class Question(BaseModel):
    question: str
    positions: list[Position] = Field(default_factory=list)


class TimelineEvent(BaseModel):
    date: str
    precision: EventPrecision
    text: str
    citations: list[Citation] = Field(default_factory=list)
    independent_sources: int = 1
    # Every source tells it as still to come ("will meet on Friday", "is scheduled to sail"):
    # the date is a plan's, and the brief shows it as planned, not as done.
    planned: bool = False


PublishedStatus = Literal["stated", "estimated", "unknown"]


class SourceRow(BaseModel):
    doc_id: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    published_status: PublishedStatus = "unknown"
    wire: str | None = None
    # The page's copy relation to an earlier page (None: an original). In JSON these two are
    # written as the one `copy_status` string below, as before, and read back from it.
    copy_kind: CopyKind | None = Field(default=None, exclude=True)
    copy_of: str | None = Field(default=None, exclude=True)
    removed_lines: int = 0
    removed_share: float = 0.0  # share of input characters removed as boilerplate
    # True when an HTML extractor left page text out, beyond the removed_lines.
    html_extracted: bool = False
    language: str | None = None

    @property
    def copy_status(self) -> str:
        """ "original", or "duplicate of ID", "copy of ID", "derived from ID"."""
        if self.copy_kind is None or self.copy_of is None:
            return "original"
        return f"{COPY_WORDS[self.copy_kind]} {self.copy_of}"

    @model_serializer(mode="wrap")
    def _write_copy_status(self, handler: SerializerFunctionWrapHandler) -> dict[str, Any]:
        """The JSON as it always was: `copy_status` right after `wire` (stored briefs'
        digests, and readers of the brief's JSON, see no change)."""
        out: dict[str, Any] = {}
        for key, value in handler(self).items():
            out[key] = value
            if key == "wire":
                out["copy_status"] = self.copy_status
        out.setdefault("copy_status", self.copy_status)
        return out

    @model_validator(mode="before")
    @classmethod
    def _read_copy_status(cls, data: Any) -> Any:
        """A row read from JSON (a stored brief, a --format json file) carries the relation as
        its `copy_status` string only."""
        if not isinstance(data, dict) or "copy_status" not in data:
            return data
        data = dict(data)
        status = data.pop("copy_status")
        if "copy_kind" not in data and isinstance(status, str):
            words, _, of_id = status.rpartition(" ")
            kind = _COPY_KINDS.get(words)
            if kind is not None and of_id:
                data["copy_kind"], data["copy_of"] = kind, of_id
        return data


class Brief(BaseModel):
    story_id: str
    headline: str
    generated_at: str
    summary: list[Point] = Field(default_factory=list)
    takeaways: list[Point] = Field(default_factory=list)
    figures: list[FigureGroup] = Field(default_factory=list)
    entities: list[EntityProfile] = Field(default_factory=list)
    quotes: list[SpeakerQuotes] = Field(default_factory=list)
    questions: list[Question] = Field(default_factory=list)
    timeline: list[TimelineEvent] = Field(default_factory=list)
    sources: list[SourceRow] = Field(default_factory=list)


# ---------------------------------------------------------------- living stories

ChangeKind = Literal["source", "figure", "quote", "speaker", "event", "entity", "claim"]


class ChangeItem(BaseModel):
    """One thing a newer brief of a story has that an earlier one did not.

    ``citations`` cite the pages it comes from (for an added item, only pages the earlier
    brief did not cover). A changed item also says what it was and what it is now.
    """

    kind: ChangeKind
    text: str
    citations: list[Citation] = Field(default_factory=list)
    before: str | None = None
    after: str | None = None
    before_citations: list[Citation] = Field(default_factory=list)
    in_brief: bool = True  # False: a new page's figure, quote or event the brief has no room for


class ChangeReport(BaseModel):
    """What changed in a story between an earlier brief (``since``) and a newer one."""

    story_id: str
    version: int  # the newer brief's version
    since: str | None = None  # "v1", or the date asked for; None: compared with nothing
    since_version: int | None = None
    since_built_at: str | None = None
    new_doc_ids: list[str] = Field(default_factory=list)  # pages the earlier brief lacked
    added: list[ChangeItem] = Field(default_factory=list)
    changed: list[ChangeItem] = Field(default_factory=list)
    removed: list[ChangeItem] = Field(default_factory=list)  # sources no longer in the story


class BriefVersion(BaseModel):
    """A stored brief of a story: numbered 1, 2 ... per story, with the pages it covered."""

    story_id: str
    version: int
    built_at: str  # ISO datetime (UTC)
    headline: str
    lead_doc_id: str | None = None  # the page the headline is the title of
    doc_ids: list[str] = Field(default_factory=list)
    digest: str = ""  # of the brief without its build time: an unchanged rebuild is not stored
    added: int = 0  # items added and changed since the previous version
    changed: int = 0


class StoryLink(BaseModel):
    """A story that merged into another, or split off from one."""

    old_id: str
    new_id: str
    kind: Literal["merged", "split"]  # merged: old_id now lives on as new_id; split: new_id
    at: str  # came out of old_id, which lives on
