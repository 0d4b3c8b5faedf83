"""Who said what: verbatim quotes by canonical speaker, and speakers' positions side by side.

Quote text is always Document.text[start:end] of the analyzer's span: never rewritten.
Positions: quotes by different speakers that share a topical term (a content word that is no
part of an entity name) and carry a stance cue (unlikely / possible / likely) are shown side
by side under one question. The question is worded plainly from the shared term.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

from storyline.model import (
    Analysis,
    Document,
    EntityProfile,
    Position,
    Question,
    Quote,
    QuoteItem,
    SpeakerQuotes,
)
from storyline.synthesize.common import cite, count_independent

# First match wins: negated and doubtful forms must be tested before "likely"/"will".
STANCES: list[tuple[str, str]] = [
    ("unlikely", r"\bunlikely\b|\bnot (be )?likely\b"
                 r"|\b(don['’]?t|do not|doesn['’]?t|does not) think\b"
                 r"|\bhard time\b|\bwould not\b|\bwouldn['’]?t\b|\bwill not\b|\bwon['’]?t\b"
                 r"|\bnot (be )?a significant\b|\bdoubt\b|\bnot that many\b|\bnot\b.*\bbig\b"),
    ("possible", r"\bpossib\w*|\bcould\b|\bmight\b|\bmay\b|\brisks?\b"),
    ("likely", r"\blikely\b|\binevitable\b|\bcertainly\b|\bwill\b"),
]
ABSTRACT = re.compile(r"(tion|sion|ment|ance|ence|ity|war|conflict|attack|invasion)$")
MAX_QUESTIONS = 2
MAX_SPEAKERS = 50
MAX_QUOTES_PER_SPEAKER = 12
# Abstract nouns too broad to make a question of.
VAGUE_MATTERS = {"security", "situation", "ability", "capability", "capabilities", "activity",
                 "activities", "community", "relation", "relations", "development", "government",
                 "statement", "information", "experience", "movement", "position"}
MAX_POSITIONS = 6


@dataclass
class Said:
    speaker: str
    role: str | None
    doc: Document
    quote: Quote
    item: QuoteItem
    named: bool = False  # the speaker is a person or organisation of the who's who


def stance(text: str) -> str | None:
    for name, pattern in STANCES:
        if re.search(pattern, text, flags=re.IGNORECASE):
            return name
    return None


def _speaker(doc_id: str, q: Quote, index: dict[tuple[str, str], EntityProfile],
             by_alias: dict[str, EntityProfile]) -> tuple[str, str | None]:
    prof = index.get((doc_id, q.speaker_key)) if q.speaker_key else None
    if prof is None and q.speaker:
        prof = by_alias.get(q.speaker.lower())
    if prof is not None:
        return prof.name, (prof.roles[0] if prof.roles else None)
    name = q.speaker or q.speaker_description or "Unattributed"
    return name[:1].upper() + name[1:], None


def gather(docs: list[Document], analyses: dict[str, Analysis],
           index: dict[tuple[str, str], EntityProfile], profiles: list[EntityProfile],
           groups: dict[str, str], originals: set[str]) -> list[Said]:
    """Every quote once per speaker: copies of the same words count as more sources."""
    by_alias = {}
    for prof in profiles:
        for name in [*prof.aliases, prof.name]:
            by_alias.setdefault(name.lower(), prof)
    names = {p.name for p in profiles if p.label in ("PERSON", "ORG")}
    found: dict[tuple[str, str], list[tuple[Document, Quote, str | None]]] = defaultdict(list)
    order = sorted(docs, key=lambda d: d.id not in originals)
    for doc in order:
        analysis = analyses.get(doc.id)
        for q in analysis.quotes if analysis else []:
            if not 0 <= q.start < q.end <= len(doc.text):
                continue
            speaker, role = _speaker(doc.id, q, index, by_alias)
            words = re.sub(r"\W+", " ", doc.text[q.start:q.end].lower()).strip()
            found[(speaker, words)].append((doc, q, role))
    out: list[Said] = []
    for (speaker, _), copies in found.items():
        doc, q, role = copies[0]
        citation = cite(doc, q.start, q.end)
        item = QuoteItem(text=citation.text, kind=q.kind, citation=citation,
                         independent_sources=count_independent({d.id for d, _, _ in copies},
                                                                groups))
        out.append(Said(speaker, role, doc, q, item, named=speaker in names))
    return out


def by_speaker(said: list[Said]) -> list[SpeakerQuotes]:
    table: dict[str, SpeakerQuotes] = {}
    for s in said:
        entry = table.setdefault(s.speaker, SpeakerQuotes(speaker=s.speaker, role=s.role))
        entry.role = entry.role or s.role
        entry.quotes.append(s.item)
    order = sorted(table.values(), key=lambda e: (-sum(q.independent_sources for q in e.quotes),
                                                  -len(e.quotes), e.speaker))
    for entry in order:
        entry.quotes.sort(key=lambda q: (q.kind != "direct", -q.independent_sources))
        del entry.quotes[MAX_QUOTES_PER_SPEAKER:]
    return order[:MAX_SPEAKERS]  # a story of hundreds of pages: the most quoted speakers


def _terms(text: str, name_words: set[str]) -> dict[str, str]:
    """Topical stems of a quote -> the first full word seen for each."""
    out: dict[str, str] = {}
    for word in re.findall(r"[a-z][a-z-]{4,}", text.lower()):
        if word in ENGLISH_STOP_WORDS or word in name_words:
            continue
        out.setdefault(word[:6], word)
    return out


def positions(said: list[Said], profiles: list[EntityProfile]) -> list[Question]:
    """Named speakers' stances on the same matter, side by side.

    The matter is an abstract noun (escalation, deployment, war ...) that quotes of two or
    more named speakers share, shown where their stances differ.
    """
    name_words = {w.lower() for p in profiles for n in [p.name, *p.aliases]
                  for w in re.findall(r"\w+", n)}
    name_words |= {w + "n" for w in name_words} | {w + "s" for w in name_words}
    stems: dict[str, dict[str, tuple[Said, str]]] = defaultdict(dict)
    words: dict[str, Counter[str]] = defaultdict(Counter)
    for s in said:
        cue = stance(s.item.text)
        if cue is None or not s.named:
            continue
        for stem, word in _terms(s.item.text, name_words).items():
            if ABSTRACT.search(word) and word not in VAGUE_MATTERS:
                stems[stem].setdefault(s.speaker, (s, cue))
                words[stem][word] += 1
    ranked = sorted((st for st in stems if len(stems[st]) >= 2),
                    key=lambda st: (-len({c for _, c in stems[st].values()}), -len(stems[st]),
                                    st))
    questions: list[Question] = []
    used: set[int] = set()
    for stem in ranked:
        chosen = [(s, c) for s, c in stems[stem].values() if id(s) not in used][:MAX_POSITIONS]
        if len(chosen) < 2 or len({c for _, c in chosen}) < 2:
            continue  # side by side only where the speakers differ
        word = words[stem].most_common(1)[0][0]
        questions.append(Question(question=f"How likely is {word}?", positions=[
            Position(speaker=s.speaker, stance=c, quote=s.item) for s, c in chosen]))
        used |= {id(s) for s, _ in chosen}
        if len(questions) >= MAX_QUESTIONS:
            break
    return questions
