"""MEANTIME cross-document entity coreference, scored with CoNLL F1 (mean of MUC, B-cubed and
CEAF-e F1) over the annotated NAMED entity mentions (syntactic_type="NAM") of each topic
(airbus, apple); the reported numbers are the mean over the two topics.

Our system finds mentions itself: spaCy NER through ``find_entities`` (plus spaCy's product and
other named spans, which MEANTIME annotates too), ``propagate_mentions`` (known names NER
missed) and ``merge_with_index`` across the topic's documents: the brief's who's-who merge. A
gold mention takes the entity of the system mention that covers its head word (the name in
"aircraft manufacturer Boeing"), the best token overlap first; a gold mention we do not cover
is scored as a singleton; system mentions without a gold mention are not scored (evaluation on
gold mentions). Nested gold mentions are distinct mentions. Gold mentions with no REFERS_TO
link are entities of their own.

Baselines, computed in the same run from the gold mention strings: exact string match, and
"a shorter name joins the longest (then most frequent) longer name holding all its words".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Hashable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from scipy.optimize import linear_sum_assignment

from storyline.eval import Report, Row, f1
from storyline.model import Entity
from storyline.progress import Tracker, silent

DATA = "meantime"
TOPICS = ("airbus", "apple")
MIN_OVERLAP = 0.5
NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "'s", "’s", "'", "n't", "%"}
NO_SPACE_AFTER = {"(", "[", "{", "$"}

Clusters = list[set[Hashable]]


# ------------------------------------------------------------------ scorers


def muc(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def side(a: Clusters, b: Clusters) -> float:
        where = {m: i for i, c in enumerate(b) for m in c}
        num = den = 0
        for c in a:
            parts = {where.get(m, ("alone", m)) for m in c}
            num += len(c) - len(parts)
            den += len(c) - 1
        return num / den if den else 0.0

    p, r = side(response, key), side(key, response)
    return p, r, f1(p, r)


def b_cubed(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    def side(a: Clusters, b: Clusters) -> float:
        where = {m: c for c in b for m in c}
        total = n = 0.0
        for c in a:
            for m in c:
                other = where.get(m, {m})
                total += len(c & other) / len(c)
                n += 1
        return total / n if n else 0.0

    p, r = side(response, key), side(key, response)
    return p, r, f1(p, r)


def ceaf_e(key: Clusters, response: Clusters) -> tuple[float, float, float]:
    if not key or not response:
        return 0.0, 0.0, 0.0
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in response] for k in key])
    rows, cols = linear_sum_assignment(-sim)
    best = sim[rows, cols].sum()
    p, r = best / len(response), best / len(key)
    return p, r, f1(p, r)


def conll(key: Clusters, response: Clusters) -> dict[str, float]:
    scores = {
        "muc": muc(key, response),
        "b3": b_cubed(key, response),
        "ceafe": ceaf_e(key, response),
    }
    out = {f"{name}_f1": s[2] for name, s in scores.items()}
    out["conll_f1"] = sum(s[2] for s in scores.values()) / 3
    return out


# ------------------------------------------------------------------ data


@dataclass
class GoldMention:
    doc: str
    tokens: list[int]  # token indexes in the document
    text: str
    instance: str


@dataclass
class Article:
    name: str
    text: str
    token_spans: list[tuple[int, int]]  # char span of each token
    mentions: list[GoldMention] = field(default_factory=list)


def read_article(path: Path) -> Article:
    root = ET.parse(path).getroot()
    tokens = root.findall("token")
    index = {t.get("t_id"): i for i, t in enumerate(tokens)}
    text, spans, last_sentence = "", [], None
    for tok in tokens:
        word = tok.text or ""
        sentence = tok.get("sentence")
        if last_sentence is not None and sentence != last_sentence:
            text += "\n"
        elif text and not text.endswith(("\n", *NO_SPACE_AFTER)) and word not in NO_SPACE_BEFORE:
            text += " "
        spans.append((len(text), len(text) + len(word)))
        text += word
        last_sentence = sentence
    article = Article(path.stem, text, spans)
    markables = root.find("Markables")
    relations = root.find("Relations")
    instance_of: dict[str, str] = {}
    targets = (
        {el.get("m_id"): el.get("instance_id") for el in markables.iter("ENTITY")}
        if markables is not None
        else {}
    )
    for rel in relations.iter("REFERS_TO") if relations is not None else []:
        target = rel.find("target")
        inst = targets.get(target.get("m_id")) if target is not None else None
        for src in rel.findall("source"):
            if inst:
                instance_of[src.get("m_id", "")] = inst
    for el in markables.iter("ENTITY_MENTION") if markables is not None else []:
        if el.get("syntactic_type") != "NAM":
            continue
        toks = sorted(index[a.get("t_id")] for a in el.findall("token_anchor"))
        if not toks:
            continue
        m_id = el.get("m_id", "")
        surface = " ".join(tokens[i].text or "" for i in toks)
        inst = instance_of.get(m_id, f"{article.name}#{m_id}")  # unlinked: its own entity
        article.mentions.append(GoldMention(article.name, toks, surface, inst))
    return article


def read_topic(folder: Path) -> list[Article]:
    return [read_article(p) for p in sorted(folder.glob("*.xml"))]


# ------------------------------------------------------------------ systems


def _key(m: GoldMention) -> tuple[str, tuple[int, ...]]:
    """Mentions nest ("Airbus" inside "Airbus parent company ..."): the key is the whole span."""
    return (m.doc, tuple(m.tokens))


def gold_clusters(articles: list[Article]) -> Clusters:
    groups: dict[str, set[Hashable]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            groups[m.instance].add(_key(m))
    return list(groups.values())


def _words(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"\w+", text.lower()))


def exact_baseline(articles: list[Article]) -> Clusters:
    groups: dict[str, set[Hashable]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            groups[m.text].add(_key(m))
    return list(groups.values())


def containment_baseline(articles: list[Article]) -> Clusters:
    """A name joins the longest (then most frequent) longer name holding all its words."""
    counts = Counter(m.text for a in articles for m in a.mentions)
    names = sorted(counts, key=lambda n: (-len(_words(n)), -counts[n]))
    home: dict[str, str] = {}
    for name in names:
        words = set(_words(name))
        home[name] = next(
            (
                home[other]
                for other in names
                if len(_words(other)) > len(_words(name)) and words and words <= set(_words(other))
            ),
            name,
        )
    groups: dict[str, set[Hashable]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            groups[home[m.text]].add(_key(m))
    return list(groups.values())


def system_entities(
    articles: list[Article], track: Tracker = silent
) -> list[tuple[str, list[Entity]]]:
    """find_entities on each article, plus the named things it leaves out (products, untagged
    proper nouns: ``storyline.analyze.names``, which the analyze stage stores too)."""
    from storyline.analyze.entities import find_entities
    from storyline.analyze.names import other_names
    from storyline.analyze.nlp import load_nlp

    nlp = load_nlp()
    out = []
    texts = [a.text for a in articles]
    for article, sdoc in track(
        zip(articles, nlp.pipe(texts), strict=True), "Entities", total=len(articles)
    ):
        ents = find_entities(sdoc)
        out.append((article.name, ents + other_names(sdoc, ents)))
    return out


def system_clusters(articles: list[Article], per_doc: list[tuple[str, list[Entity]]]) -> Clusters:
    """Each gold mention takes the entity of the system mention that overlaps it best
    (token Jaccard), or stays alone."""
    from storyline.synthesize.entities import merge_and_propagate, propagate_mentions

    texts = {a.name: a.text for a in articles}
    _, index = merge_and_propagate(per_doc, texts)
    per_doc = propagate_mentions(per_doc, texts)  # the same mentions, to align with gold
    found = [
        (doc_id, index[(doc_id, ent.key)].key, m.start, m.end)
        for doc_id, ents in per_doc
        for ent in ents
        if (doc_id, ent.key) in index
        for m in ent.mentions
    ]
    return assign_mentions(articles, found)


def assign_mentions(articles: list[Article], found: list[tuple[str, str, int, int]]) -> Clusters:
    """Gold mentions grouped by the entity of the system mention (article, entity key, start,
    end) that covers each best, or alone."""
    by_name = {a.name: a for a in articles}
    best: dict[Hashable, tuple[float, str]] = {}
    for doc_id, key, start, end in found:
        article = by_name[doc_id]
        toks = _tokens(article, start, end)
        for gm in article.mentions:
            gold = set(gm.tokens)
            if toks & gold:
                # Covering the name's head word first ("Airbus" in "European
                # airframer Airbus", not "European"), then token Jaccard.
                score = (_head(article, gm) in toks) + len(toks & gold) / len(toks | gold)
                k = _key(gm)
                if score >= 1 and score > best.get(k, (0.0, ""))[0]:
                    best[k] = (score, key)
    groups: dict[str, set[Hashable]] = defaultdict(set)
    for a in articles:
        for m in a.mentions:
            k = _key(m)
            groups[best[k][1] if k in best else f"alone:{k}"].add(k)
    return list(groups.values())


def _head(article: Article, gm: GoldMention) -> int:
    """The token naming the entity: the last one, unless a comma or bracket follows a proper
    name ("San Francisco , California", "Joe Leonard , Chairman of ...", "Singapore Airlines
    ( SIA"); after a common noun the name comes last ("Irish low cost airline , Ryanair")."""
    words = [article.text[slice(*article.token_spans[i])] for i in gm.tokens]
    for j, w in enumerate(words[1:], 1):
        if w in {",", "("}:
            return gm.tokens[j - 1] if words[j - 1][:1].isupper() else gm.tokens[-1]
    return gm.tokens[-1]


def _tokens(article: Article, start: int, end: int) -> set[int]:
    return {i for i, (s, e) in enumerate(article.token_spans) if s < end and start < e}


def product_clusters(articles: list[Article]) -> Clusters:
    """The product's own output: each article ingested as a text file into a fresh store and
    its entities listed with their mentions, through the library entry point that the CLI's
    `storyline ingest` and `storyline entities --json` call; mention offsets into the stored
    text (and title mentions into the title: cleaning makes the headline line the title) are
    mapped back onto the article's text."""
    import tempfile

    from storyline.entityindex import entities
    from storyline.pipeline import Pipeline
    from storyline.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        folder.mkdir()
        for a in articles:
            (folder / f"{a.name}.txt").write_text(a.text + "\n", encoding="utf-8")
        with Store(str(Path(tmp) / "store.db")) as store:
            pipe = Pipeline(store)
            pipe.ingest([str(folder)])
            pipe.index_entities(analyze=True)
            records = [ent.record() for ent in entities(store, None, with_mentions=True)]
            stored = {d.id: (Path(d.source).stem, d.text, d.title or "") for d in store.documents()}
    texts = {a.name: a.text for a in articles}
    maps = {
        (part, doc_id): (name, _offsets(text if part == "mentions" else title, texts[name]))
        for doc_id, (name, text, title) in stored.items()
        for part in ("mentions", "title_mentions")
    }
    found = []
    for record in records:
        for part in ("mentions", "title_mentions"):
            for m in record.get(part, []):
                name, where = maps[(part, m["doc_id"])]
                start, end = where[m["start"]], where[m["end"] - 1]
                if start is not None and end is not None:
                    found.append((name, record["key"], start, end + 1))
    return assign_mentions(articles, found)


def _body_only(articles: list[Article]) -> list[Article]:
    """The articles with only the gold mentions after their second line."""
    out = []
    for a in articles:
        cut = a.text.find("\n", a.text.find("\n") + 1) + 1
        kept = [m for m in a.mentions if a.token_spans[m.tokens[0]][0] >= cut]
        out.append(Article(a.name, a.text, a.token_spans, kept))
    return out


def _restrict(clusters: Clusters, articles: list[Article]) -> Clusters:
    keep = {_key(m) for a in articles for m in a.mentions}
    return [c & keep for c in clusters if c & keep]


def _rounded(scores: dict[str, float]) -> dict[str, float]:
    return {k: round(float(v), 4) for k, v in scores.items()}


def _offsets(stored: str, original: str) -> list[int | None]:
    """For each character of the stored text, its offset in the original (None if added)."""
    from difflib import SequenceMatcher

    out: list[int | None] = [None] * (len(stored) + 1)
    matcher = SequenceMatcher(None, stored, original, autojunk=False)
    for a, b, n in matcher.get_matching_blocks():
        for i in range(n):
            out[a + i] = b + i
    return out


# ------------------------------------------------------------------ harness


def evaluate(data: Path, track: Tracker = silent) -> Report:
    report = Report(name="meantime-coref", data=str(data), targets={"conll_f1": 0.85})
    per_system: dict[str, list[dict[str, float]]] = defaultdict(list)
    counts: dict[str, int] = {}
    for topic in TOPICS:
        folder = next((p for p in data.glob(f"*{topic}*") if p.is_dir()), None)
        if folder is None:
            continue
        articles = read_topic(folder)
        gold = gold_clusters(articles)
        counts[topic] = sum(len(c) for c in gold)
        ours = system_clusters(articles, system_entities(articles, track))
        product = product_clusters(articles)
        # Diagnostic: ingesting makes each article's first two lines (headline, date line) the
        # document's metadata, so their names are not in the stored text the index covers.
        body = _body_only(articles)
        body_gold = gold_clusters(body)
        report.extra[f"{topic}: body mentions only (headline and date line left out)"] = {
            "gold_named_mentions": sum(len(c) for c in body_gold),
            "storyline entities --json": _rounded(conll(body_gold, _restrict(product, body))),
            "storyline merge_entities": _rounded(conll(body_gold, _restrict(ours, body))),
        }
        for system, response in (
            ("storyline merge_entities", ours),
            ("storyline entities --json (ingested)", product),
            ("exact string (gold strings)", exact_baseline(articles)),
            ("containment (gold strings)", containment_baseline(articles)),
        ):
            scores = {k: round(float(v), 4) for k, v in conll(gold, response).items()}
            per_system[system].append(scores)
            report.extra[f"{topic}: {system}"] = scores
    for i, (system, runs) in enumerate(per_system.items()):
        mean = {m: round(float(np.mean([r[m] for r in runs])), 4) for m in runs[0]}
        report.rows.append(
            Row(
                system,
                mean,
                kind="ours" if i < 2 else "measured",
                note=("", "product output")[i] if i < 2 else "baseline",
            )
        )
    report.extra["gold_named_mentions"] = counts
    report.extra["anchors"] = "lead's estimate: exact string about 0.71, containment about 0.79"
    return report
