"""Who said what: verbatim quotes by canonical speaker, and speakers' positions side by side.

Quote text is always Document.text[start:end] of the analyzer's span: never rewritten.
Positions: quotes by different speakers that share a topical term (a content word that is no
part of an entity name) and carry a stance cue (unlikely / possible / likely) are shown side
by side under one question. The question is worded plainly from the shared term.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from rapidfuzz import fuzz
from scipy.cluster.hierarchy import DisjointSet
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from storyline.lexicon.nouns import SPOKESPEOPLE
from storyline.lexicon.pronouns import POSSESSIVE_DETERMINERS
from storyline.model import (
    Analysis,
    Citation,
    Document,
    EntityProfile,
    Position,
    Question,
    Quote,
    QuoteItem,
    SpeakerQuotes,
)
from storyline.synthesize.common import cite, count_independent
from storyline.synthesize.speaker_holders import described, holders, named_holder
from storyline.synthesize.speaker_surname import surname_holder
from storyline.synthesize.speaker_texts import text_author
from storyline.synthesize.speaker_things import Things, written_speaker
from storyline.synthesize.speaker_titles import fuller_bodies, sole_bodies, sole_title_holders

# A stance on how likely something is, read only from words that say so: first match wins,
# so "not impossible" is tested before "impossible" and negated forms before "likely". A
# modal ("may", "could", "will") is no stance: "the messaging may be aimed at" hedges a
# reading, it does not rate a likelihood.
STANCES: list[tuple[str, str]] = [
    ("possible", r"\bnot impossible\b|\bcan(no|['’])t be ruled out\b|\bnot be ruled out\b"),
    (
        "unlikely",
        r"\b(unlikely|improbable|impossible)\b|\bnot (be )?likely\b|\bno chance\b"
        r"|\b(don['’]?t|do not|doesn['’]?t|does not|didn['’]?t) (think|believe|expect|see)\b"
        r"|\bhard time seeing\b|\bdoubt(ful)?\b",
    ),
    ("possible", r"\bpossib(le|ility|ilities)\b|\bcould (well )?happen\b"),
    ("likely", r"\b(likely|probable|inevitable|almost certain(ly)?|bound to)\b"),
]
MATTER_WINDOW = 8  # words between the stance cue and the matter it rates
ABSTRACT = re.compile(r"(tion|sion|ment|ance|ence|ity|war|conflict|attack|invasion)$")
MAX_QUESTIONS = 2
# More speakers add the least quoted, the least sure: on the same briefs no cap on speakers
# took junk speakers from 5 to 20 and speaker precision from 0.924 to 0.921.
MAX_SPEAKERS = 50
# Chosen on the development briefs (15 events of the second development set): quote coverage
# 0.830 at 12 quotes, 0.897 at 30, 0.908 with no cap, speaker precision the same at each (the
# most quoted speakers are the surest); only one speaker there has more than 60.
MAX_QUOTES_PER_SPEAKER = 60
# Abstract nouns too broad to make a question of.
VAGUE_MATTERS = {
    "security",
    "situation",
    "ability",
    "capability",
    "capabilities",
    "activity",
    "activities",
    "community",
    "relation",
    "relations",
    "development",
    "government",
    "statement",
    "information",
    "experience",
    "movement",
    "position",
    "administration",
}
MAX_POSITIONS = 6
# Prepositions after a noun that say what it is of: "deployment of troops", "war in Europe".
DETAIL_PREPOSITIONS = {
    "of",
    "on",
    "in",
    "between",
    "against",
    "by",
    "to",
    "from",
    "over",
    "for",
    "into",
}
PHRASE_WORDS = DETAIL_PREPOSITIONS | {"the", "a", "an", "its", "their", "his", "her"}
# A copy's quote is the original's reworded when their TF-IDF cosine reaches this: in the demo
# translations and rewrites score 0.31-0.92, other quotes of the speaker on the page <= 0.15.
REWORDED = 0.3
MIN_EXCERPT = 4  # words of a quote to count as an excerpt of a longer one
SAME_SOURCE = 85  # rapidfuzz token-set ratio of two descriptions of one unnamed source
UNATTRIBUTED = "Unattributed"
KIND_ORDER = {"direct": 0, "partial": 1, "indirect": 2}


@dataclass
class Said:
    speaker: str
    role: str | None
    doc: Document
    quote: Quote
    item: QuoteItem
    named: bool = False  # the speaker is a person or organisation of the who's who


Copy = tuple[Document, Quote, str | None]  # a page giving a quote, with the speaker's role


def stance(text: str) -> str | None:
    for name, pattern in STANCES:
        if re.search(pattern, text, flags=re.IGNORECASE):
            return name
    return None


def _speaker(
    doc_id: str,
    q: Quote,
    index: dict[tuple[str, str], EntityProfile],
    by_alias: dict[str, EntityProfile],
    anonymous: dict[str, str],
    profiles: list[EntityProfile],
) -> tuple[str, str | None]:
    sole = None if q.speaker_key else surname_holder(doc_id, q.speaker or "", profiles, index)
    prof = sole or _profile(doc_id, q, index, by_alias)
    if prof is not None:  # the who's who's role, else the one the quote's words give
        return prof.name, (prof.roles[0] if prof.roles else _own_role(prof, q))
    owner = _spoken_for(q.speaker or "", by_alias)
    if owner is not None:  # "A spokeswoman for the ambulance service": the service speaks
        return owner[0].name, owner[1]
    author = text_author(q.speaker or "")
    if author is not None:  # "A follow-up message from the government": the government
        return author, None
    if q.speaker_key and q.speaker_key in anonymous:  # "Recent reports" = "Reports"
        return anonymous[q.speaker_key], None
    name = _owner_as_listed(q.speaker or UNATTRIBUTED, by_alias)
    return name[:1].upper() + name[1:], None


def _own_role(prof: EntityProfile, q: Quote) -> str | None:
    """A person's description in the quote's words as a role ("spokesman for Varn Water"),
    unless a possessive opens it ("Her husband": whose, only the sentence before says) or it
    holds the name. A body's description is its name's long form or the text it spoke in
    ("A 2019 report by the National Audit Office"), no role."""
    words = (q.speaker_description or "").split()
    if prof.label != "PERSON" or not words or words[0].lower() in POSSESSIVE_DETERMINERS:
        return None
    return None if prof.name.lower() in " ".join(words).lower() else " ".join(words)


_OWNED = re.compile(r"^(?P<owner>.+?)['’]s (?P<rest>.+)$")


def _owner_as_listed(name: str, by_alias: dict[str, EntityProfile]) -> str:
    """ "Ilsa Marenko Dahl's office" with the owner as the who's who lists them ("Ilsa
    Marenko-Dahl's office"), so two pages spelling the owner two ways give one speaker."""
    m = _OWNED.match(name)
    prof = by_alias.get(m.group("owner").lower()) if m else None
    return f"{prof.name}'s {m.group('rest')}" if m and prof else name


def _profile(
    doc_id: str,
    q: Quote,
    index: dict[tuple[str, str], EntityProfile],
    by_alias: dict[str, EntityProfile],
) -> EntityProfile | None:
    """The story's entity a quote's speaker names, if any."""
    prof = index.get((doc_id, q.speaker_key)) if q.speaker_key else None
    if prof is None and q.speaker:
        prof = by_alias.get(q.speaker.lower())
    return prof


_FOR_WHOM = re.compile(
    r"^(?:an?|the|one)?\s*(?P<role>[\w -]*?\b(?:spokes\w+|representatives?|officials?|"
    r"statement|report))\s+(?:for|of|from|at|by)\s+(?:the\s+)?(?P<owner>.+)$",
    re.IGNORECASE,
)


def _spoken_for(
    speaker: str, by_alias: dict[str, EntityProfile]
) -> tuple[EntityProfile, str] | None:
    """The organisation an unnamed spokesperson, official or text speaks for, when it is one
    of the story's ("a spokeswoman for the London ambulance service"), with the role; a
    person's spokesperson or representative speaks for that person ("a representative for
    Moore" is Mandy Moore's words), as the page's own "Through a representative, Moore said"
    does."""
    m = _FOR_WHOM.match(speaker.strip())
    prof = by_alias.get(m.group("owner").lower()) if m else None
    if m is None or prof is None:
        return None
    role = m.group("role").strip()
    if prof.label == "ORG" or (prof.label == "PERSON" and role.split()[-1].lower() in SPOKESPEOPLE):
        return prof, role
    return None


def _anonymous_names(analyses: dict[str, Analysis]) -> dict[str, str]:
    """anon:noun key -> the shortest wording of that unnamed source ("Reports")."""
    forms: dict[str, list[str]] = defaultdict(list)
    for analysis in analyses.values():
        for q in analysis.quotes:
            if q.speaker and q.speaker_key and q.speaker_key.startswith("anon:"):
                forms[q.speaker_key].append(q.speaker)
    out = {}
    for key, names in forms.items():
        best = min(names, key=lambda n: (_unnatural(n), len(n.split()), len(n), n))
        out[key] = best[:1].upper() + best[1:]
    return out


def _unnatural(name: str) -> bool:
    """A wording that reads as a name in a list of speakers: a bare singular ("airline" of a
    headline's "airline says" reads as a firm called Airline; "An airline" does not) or a
    plural with an article ("The reports" where "Reports" says it)."""
    words = name.lower().split()
    plural = words[-1].endswith("s")
    return (words[0] in ("a", "an", "the", "one")) == plural


def gather(
    docs: list[Document],
    analyses: dict[str, Analysis],
    index: dict[tuple[str, str], EntityProfile],
    profiles: list[EntityProfile],
    groups: dict[str, str],
    originals: set[str],
) -> list[Said]:
    """Every quote once per speaker: copies of the same words count as more sources, and so do
    a shorter excerpt of a longer quote and a copy's reworded version (translation, rewrite)
    of an original's quote (see ``versions``)."""
    by_alias: dict[str, EntityProfile] = {}
    for prof in profiles:
        for name in [*prof.aliases, prof.name]:
            by_alias.setdefault(name.lower(), prof)
    names = {p.name for p in profiles if p.label in ("PERSON", "ORG")}
    # A bare surname the page's NER missed ("Reinholt told Nordwire") is the story's one
    # person of that surname; the story's aliases come first.
    # So is an office alone ("the governor said") that one person of the story holds.
    surnames = _sole_surnames(profiles)
    by_name = {**surnames, **sole_bodies(profiles), **sole_title_holders(profiles), **by_alias}
    index = {key: _surname_person(prof, surnames) for key, prof in index.items()}
    anonymous = _anonymous_names(analyses)
    fuller = fuller_bodies([q.speaker for a in analyses.values() for q in a.quotes if q.speaker])
    kin = holders(docs, analyses, index, by_alias)
    things = Things({d.id: d.text for d in docs})
    found: dict[tuple[str, str], list[Copy]] = defaultdict(list)
    order = sorted(docs, key=lambda d: d.id not in originals)
    for doc in order:
        analysis = analyses.get(doc.id)
        for q in analysis.quotes if analysis else []:
            if not 0 <= q.start < q.end <= len(doc.text):
                continue
            if q.speaker is None and q.kind != "direct":
                continue  # reported speech with no one to report it is no one's quote
            speaker, role = _speaker(doc.id, q, index, by_name, anonymous, profiles)
            if speaker.lower() in fuller and speaker not in names:  # "the agency": its full words
                speaker = fuller[speaker.lower()][:1].upper() + fuller[speaker.lower()][1:]
            said_by = _profile(doc.id, q, index, by_name)
            if said_by is not None and things(said_by):  # "The company says" resolved to a rocket
                written = written_speaker(doc, q, said_by)
                if written is None and q.kind != "direct":
                    continue  # reported speech with no one to report it
                speaker, role = written or UNATTRIBUTED, None
            want = described(doc, q, by_alias) if speaker not in names else None
            holder = named_holder(want, kin) if want else None
            if holder is not None:  # "Ana Ruiz's father": the father another page names
                speaker, role = holder.name, role or q.speaker
            found[(speaker, _words(doc.text[q.start : q.end]))].append((doc, q, role))
    return _said(found, groups, originals, names)


def _said(
    found: dict[tuple[str, str], list[Copy]],
    groups: dict[str, str],
    originals: set[str],
    names: set[str],
) -> list[Said]:
    """One item per speaker's words, cited at its first copy, counting every copy's source."""
    out: list[Said] = []
    for speaker, copies in versions(list(found.items()), groups, originals, names):
        doc, q, role = copies[0]
        role = role or next((r for _, _, r in copies if r), None)
        citation = cite(doc, q.start, q.end)
        item = QuoteItem(
            text=citation.text,
            kind=q.kind,
            citation=citation,
            independent_sources=count_independent({d.id for d, _, _ in copies}, groups),
            versions=_other_citations(copies),
        )
        out.append(Said(speaker, role, doc, q, item, named=speaker in names))
    return out


def _surname_person(prof: EntityProfile, surnames: dict[str, EntityProfile]) -> EntityProfile:
    """A one-word organisation that is the surname of the story's one person of that surname
    is that person: the small NER model often tags a surname alone as an organisation
    ("Okonkwo said in a statement", about chief executive Lars Okonkwo)."""
    if prof.label == "ORG" and len(prof.name.split()) == 1:
        return surnames.get(prof.name.lower(), prof)
    return prof


def _sole_surnames(profiles: list[EntityProfile]) -> dict[str, EntityProfile]:
    """Surname (lower case) -> the one person of the story whose full name ends in it; a
    surname two people share names neither."""
    found: dict[str, list[EntityProfile]] = defaultdict(list)
    for prof in profiles:
        words = prof.name.split()
        if prof.label == "PERSON" and len(words) > 1 and words[-1][:1].isupper():
            found[words[-1].lower()].append(prof)
    return {name: people[0] for name, people in found.items() if len(people) == 1}


def _words(text: str) -> str:
    return re.sub(r"\W+", " ", text.lower()).strip()


def _other_citations(copies: list[Copy]) -> list[Citation]:
    """One citation per other page that gives the quote, in any wording."""
    seen = {copies[0][0].id}
    out = []
    for doc, q, _ in copies[1:]:
        if doc.id not in seen:
            seen.add(doc.id)
            out.append(cite(doc, q.start, q.end))
    return out


def versions(
    found: list[tuple[tuple[str, str], list[Copy]]],
    groups: dict[str, str],
    originals: set[str],
    named: set[str],
) -> list[tuple[str, list[Copy]]]:
    """Quotes that are one quote: (speaker, copies of the representative first).

    Two entries of one speaker join when the words of one run inside the other's (a shorter
    excerpt, on any page), or when a page copies the other's page (one independent source)
    and the two quotes read alike (TF-IDF cosine over the story's quotes, one match per
    quote): a translation or rewrite words a quote differently. The representative is the
    original page's wording, the longest first.
    """
    sets = DisjointSet(range(len(found)))
    for i, j in [*_contained(found), *_reworded(found, groups, originals, named)]:
        sets.merge(i, j)
    members: dict[int, list[int]] = defaultdict(list)
    for i in range(len(found)):
        members[sets[i]].append(i)
    out = []
    for idx in members.values():
        best = min(
            idx, key=lambda i: (found[i][1][0][0].id not in originals, -len(found[i][0][1]), i)
        )
        copies = list(found[best][1]) + [c for i in idx if i != best for c in found[i][1]]
        out.append((found[best][0][0], copies))
    return out


def _contained(found: list[tuple[tuple[str, str], list[Copy]]]) -> list[tuple[int, int]]:
    """(longer, shorter) pairs of one speaker where the shorter's words, MIN_EXCERPT or more,
    run inside the longer's."""
    by_speaker: dict[str, list[int]] = defaultdict(list)
    for i, ((speaker, _), _) in enumerate(found):
        by_speaker[speaker].append(i)
    pairs = []
    for idx in by_speaker.values():
        idx = sorted(idx, key=lambda i: -len(found[i][0][1]))
        for k, j in enumerate(idx):
            short = found[j][0][1]
            if len(short.split()) < MIN_EXCERPT:
                continue
            host = next((i for i in idx[:k] if f" {short} " in f" {found[i][0][1]} "), None)
            if host is not None:
                pairs.append((host, j))
    return pairs


def _reworded(
    found: list[tuple[tuple[str, str], list[Copy]]],
    groups: dict[str, str],
    originals: set[str],
    named: set[str],
) -> list[tuple[int, int]]:
    """(original's quote, copy's quote) pairs of copy-related pages that read alike, best
    match first: a copy's quote joins one quote, a quote takes one version per copying page."""
    if len(found) < 2:
        return []
    texts = [words for (_, words), _ in found]
    try:
        vectors = TfidfVectorizer(sublinear_tf=True).fit_transform(texts)
    except ValueError:  # no words at all
        return []
    by_group: dict[str, set[int]] = defaultdict(set)  # copy group -> entries on its pages
    for i, (_, copies) in enumerate(found):
        for doc, _, _ in copies:
            by_group[groups.get(doc.id, doc.id)].add(i)
    candidates = []
    for j, ((speaker_j, _), copies_j) in enumerate(found):
        if any(doc.id in originals for doc, _, _ in copies_j):
            continue  # only a copy's wording joins another
        near = set().union(*(by_group[groups.get(d.id, d.id)] for d, _, _ in copies_j)) - {j}
        for i in sorted(near):
            if not _same_speaker(found[i][0][0], speaker_j, named):
                continue
            sim = float(vectors[i].multiply(vectors[j]).sum())  # rows are L2-normalised
            if sim >= REWORDED:
                candidates.append((sim, i, j))
    pairs, joined, taken = [], set(), set()
    for _, i, j in sorted(candidates, reverse=True):
        page = found[j][1][0][0].id  # a quote takes one version from each copying page
        if j not in joined and (i, page) not in taken:
            joined.add(j)
            taken.add((i, page))
            pairs.append((i, j))
    return pairs


def _same_speaker(a: str, b: str, named: set[str]) -> bool:
    """One speaker, or two descriptions of one unnamed source ("A 2019 report by the National
    Audit Office", "A report from 2019 of the National Audit Office")."""
    if a == b:
        return True
    return a not in named and b not in named and fuzz.token_set_ratio(a, b) >= SAME_SOURCE


def by_speaker(said: list[Said]) -> list[SpeakerQuotes]:
    """One entry per speaker, the ``MAX_SPEAKERS`` first kept: those whose own words the pages
    quote most (sources of direct and partial quotes), then those reported most, a speaker of
    the who's who before an unnamed source at equal counts. A speaker with one verbatim quote
    thus outranks one only reported in paraphrase ("A witness" said that ...)."""
    table: dict[str, SpeakerQuotes] = {}
    named = {s.speaker for s in said if s.named}
    for s in said:
        entry = table.setdefault(s.speaker, SpeakerQuotes(speaker=s.speaker, role=s.role))
        entry.role = entry.role or s.role
        entry.quotes.append(s.item)

    def rank(e: SpeakerQuotes) -> tuple[int, int, bool, int, str]:
        verbatim = sum(q.independent_sources for q in e.quotes if q.kind != "indirect")
        reported = sum(q.independent_sources for q in e.quotes)
        return (-verbatim, -reported, e.speaker not in named, -len(e.quotes), e.speaker)

    order = sorted(table.values(), key=rank)
    for entry in order:
        # Verbatim words first: direct quotes, then reported speech holding quoted words,
        # then paraphrase.
        entry.quotes.sort(key=lambda q: (KIND_ORDER[q.kind], paraphrase(q), -q.independent_sources))
        del entry.quotes[MAX_QUOTES_PER_SPEAKER:]
    return order[:MAX_SPEAKERS]  # a story of hundreds of pages: the most quoted speakers


# A quotation mark inside reported speech: one opening the span or after a space or a bracket
# ("chosen as a 'red car for a red moon'"), not an apostrophe inside a word ("Ruiz's").
QUOTED_WORDS = re.compile(r"[“”«»\"]|(?:^|(?<=[\s(]))['‘]|['’](?=\s|$)")


def paraphrase(q: QuoteItem) -> bool:
    """Reported speech holding no quoted words."""
    return q.kind == "indirect" and not QUOTED_WORDS.search(q.text)


def positions(said: list[Said], profiles: list[EntityProfile]) -> list[Question]:
    """Named speakers' stances on the same matter, side by side.

    A quote takes a stance on a matter when a likelihood cue (``STANCES``) stands within
    ``MATTER_WINDOW`` words of an abstract noun (escalation, deployment ...) in one sentence.
    Two quotes answer the same question only when they rate the same noun said of the same
    thing: the words that pin it down ("of troops for combat", "on the peninsula") must
    agree, names and nationalities included. When unsure, nothing is shown: a bare noun
    ("escalation") could be anyone's escalation of anything.
    """
    name_words = {
        w.lower() for p in profiles for n in [p.name, *p.aliases] for w in re.findall(r"\w+", n)
    }
    name_words |= {w + "n" for w in name_words} | {w + "s" for w in name_words}
    rated: list[tuple[Said, str, Matter]] = []
    for s in said:
        if s.named:
            rated += [(s, cue, m) for cue, m in _rated(s.item.text, name_words)]
    questions: list[Question] = []
    used: set[int] = set()
    for group in _same_questions(rated):
        chosen: dict[str, tuple[Said, str]] = {}
        for s, cue, _ in group:
            if id(s) not in used:
                chosen.setdefault(s.speaker, (s, cue))
        picked = list(chosen.values())[:MAX_POSITIONS]
        if len(picked) < 2 or len({c for _, c in picked}) < 2:
            continue  # side by side only where the speakers differ
        questions.append(
            Question(
                question=f"How likely is {group[0][2].phrase}?",
                positions=[Position(speaker=s.speaker, stance=c, quote=s.item) for s, c in picked],
            )
        )
        used |= {id(s) for s, _ in picked}
        if len(questions) >= MAX_QUESTIONS:
            break
    return questions


@dataclass(frozen=True)
class Matter:
    """What a stance rates: an abstract noun, the words that pin it down, and the phrase."""

    stem: str
    detail: frozenset[str]
    phrase: str


def _rated(text: str, name_words: set[str]) -> list[tuple[str, Matter]]:
    """(stance, matter) pairs of a quote: a likelihood cue near an abstract noun."""
    out = []
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        cue = stance(sentence)
        found = _cue_at(sentence)
        if cue is None or found is None:
            continue
        words = list(re.finditer(r"[A-Za-z][\w'’-]*", sentence))
        at = next((k for k, w in enumerate(words) if w.start() >= found[0]), len(words))
        for k, w in enumerate(words):
            low = w.group().lower()
            if abs(k - at) > MATTER_WINDOW or len(low) < 5 or found[0] <= w.start() < found[1]:
                continue  # too far, too short, or the cue itself ("possibility")
            if low in ENGLISH_STOP_WORDS or low in name_words or low in VAGUE_MATTERS:
                continue
            if ABSTRACT.search(low):
                out.append((cue, _matter(sentence, words, k)))
    return out


def _cue_at(sentence: str) -> tuple[int, int] | None:
    for _, pattern in STANCES:
        m = re.search(pattern, sentence, flags=re.IGNORECASE)
        if m:
            return m.start(), m.end()
    return None


def _matter(sentence: str, words: list[re.Match[str]], k: int) -> Matter:
    """The noun at words[k] with what pins it down: the names and adjectives just before it
    and the prepositional phrases after it ("of North Korean troops", "on the peninsula")."""
    noun = words[k].group().lower()
    before = [
        w
        for w in words[max(0, k - 2) : k]
        if w.group().lower() not in ENGLISH_STOP_WORDS
        and (w.group()[:1].isupper() or w.group().lower().endswith(("ean", "ian", "al")))
    ]
    detail = {w.group().lower() for w in before}
    start = before[0].start() if before else words[k].start()
    end = words[k].end()
    if k + 1 < len(words) and words[k + 1].group().lower() in DETAIL_PREPOSITIONS:
        for w in words[k + 1 : k + 9]:
            low = w.group().lower()
            if re.search(r"[,;:.!?]", sentence[end : w.start()]):
                break
            if low in ENGLISH_STOP_WORDS and low not in PHRASE_WORDS:
                break  # "... on the peninsula is likely": the phrase ends at the verb
            if low not in ENGLISH_STOP_WORDS:
                detail.add(low)
                end = w.end()
    return Matter(noun[:6], frozenset(detail), sentence[start:end])


def _same_questions(rated: list[tuple[Said, str, Matter]]) -> list[list[tuple[Said, str, Matter]]]:
    """Quotes that rate the same matter: the same noun, and details that agree (neither is
    bare, and each detail word of one is in the other, or half of them are shared)."""
    groups: list[list[tuple[Said, str, Matter]]] = []
    for item in rated:
        m = item[2]
        if not m.detail:
            continue  # unsure what is rated
        for group in groups:
            ref = group[0][2]
            shared = len(m.detail & ref.detail)
            if ref.stem == m.stem and shared * 2 >= max(len(m.detail), len(ref.detail)):
                group.append(item)
                break
        else:
            groups.append([item])
    groups.sort(
        key=lambda g: (-len({s.speaker for s, _, _ in g}), -len(g[0][2].detail), g[0][2].stem)
    )
    return groups
