"""PolNeAR (dev): quotations and reported speech with their speakers.

Data: ``text/<name>.txt`` and brat standoff ``attributions/<name>_<annotator>.ann`` with Source,
Cue and Content spans (possibly in several fragments) joined by ``Attribution`` relations
(``Attribution-no-source`` when the source is implicit). Most documents have one annotator; the few
with several (annotator-agreement documents) are read with the alphabetically first annotator id,
always the same rule.

Units and metric (defined here, as the README leaves the details open):

* A gold unit is one attribution's Content (the union of its fragments). It is a **direct
  quotation** when it lies inside quotation marks: it starts with an opening mark (or right after
  one, or after a transcript label like 'WALLACE:' inside an open quote) and ends with a closing
  mark or at the end of its paragraph (multi-paragraph quotes); two apostrophes ('') count as a
  double mark, as in the NYT archive copy here. Mixed contents ('that Trump is
  "unfit"') are not direct. Our units: for the direct rows, quotes of kind ``direct`` (partial
  quotes are quoted phrases inside the writer's sentence, the mixed case); for the
  all-attribution rows, every quote.
* Characters are compared as the set of letter/digit positions, so marks, commas and spaces at the
  edges do not matter. A prediction and a gold unit **overlap** when they share at least half of the
  smaller one's letters/digits. Overlap precision = predictions overlapping some gold unit /
  predictions; recall = gold units overlapped by some prediction / gold units. A quote the paper
  interrupts ("A," said X. "B.") is one gold unit in two fragments and usually two predictions:
  both count.
* **Exact**: a gold unit is found exactly when the predictions overlapping it together cover
  exactly its letters/digits; a prediction is exact when it lies inside such a unit.
* **Speaker** accuracy over gold direct quotations that have a Source and an overlapping
  prediction (the one overlapping most is judged): right when the predicted speaker's span
  overlaps the gold Source span, or when the gold Source head (the root token of the Source span in
  our parse) is one of the words of the predicted canonical name (the same person named
  elsewhere, "Caddell" for "Pat Caddell"). A gold pronoun source is only matched by span:
  PolNeAR has no coreference, and our speaker span is the attribution mention itself ("he").

Our quotes get their entities from the pipeline's ``storyline.analyze.entities.find_entities``;
the all-attribution speaker column
uses the same speaker rule on every matched attribution.

textacy's ``direct_quotations`` runs on the same spaCy parses in the same run (kind "measured");
it raises on documents with an odd number of quotation marks, which are counted and score nothing.
Documents are split in two halves (even/odd position in name order) and scored separately too, so
that any threshold chosen on one half can be checked on the other.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from spacy.tokens import Doc

from storyline.analyze.nlp import load_nlp
from storyline.analyze.quotes import find_quotes
from storyline.eval import Counts, Report, Row, f1, ratio
from storyline.model import Entity, Mention, Quote
from storyline.textutil import HONORIFICS

DATA = "polnear/dev"
OPENING = '“"‘«„'
CLOSING = '”"’»'
# Words cut from a name: courtesy titles and the role titles common in US politics.
NOT_NAME = HONORIFICS.keys() | {"sen", "rep", "gov", "president"}


@dataclass
class Gold:
    content: list[tuple[int, int]]
    source: list[tuple[int, int]] | None
    direct: bool = False


@dataclass
class Pred:
    start: int
    end: int
    speaker_span: tuple[int, int] | None
    speaker_name: str | None


@dataclass
class Tally(Counts):
    """Counts summed over documents for one system and one kind of unit."""

    pred: int = 0
    pred_ok: int = 0
    pred_exact: int = 0
    gold: int = 0
    gold_ok: int = 0
    gold_exact: int = 0
    speaker_n: int = 0
    speaker_ok: int = 0
    errors: int = 0

    def metrics(self, prefix: str) -> dict[str, float | int | None]:
        # A system that predicts nothing has no precision rather than precision 0.
        p, r = ratio(self.pred_ok, self.pred, None), ratio(self.gold_ok, self.gold, None)
        pe = ratio(self.pred_exact, self.pred, None)
        re_ = ratio(self.gold_exact, self.gold, None)
        return {
            f"{prefix}_P": p,
            f"{prefix}_R": r,
            f"{prefix}_F1": f1(p, r),
            f"{prefix}_exact_F1": f1(pe, re_),
            f"{prefix}_speaker": ratio(self.speaker_ok, self.speaker_n, None),
        }


# ------------------------------------------------------------------ reading the data


def read_ann(path: Path, text: str) -> list[Gold]:
    spans: dict[str, list[tuple[int, int]]] = {}
    golds: list[Gold] = []
    relations: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            _, _, offsets = parts[1].partition(" ")
            spans[parts[0]] = [tuple(map(int, f.split())) for f in offsets.split(";")]  # type: ignore[misc]
        elif line.startswith("E") and len(parts) >= 2:
            relations.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if not content:
            continue
        source = spans.get(rel.get("Source", ""))
        golds.append(Gold(sorted(content), source, _is_direct(text, sorted(content))))
    return golds


def _is_direct(text: str, content: list[tuple[int, int]]) -> bool:
    """Inside quotation marks: the content starts inside an open quotation of its paragraph
    (right after the mark, or after a transcript label such as 'WALLACE:') and a mark or the
    paragraph end closes it."""
    start, end = content[0][0], content[-1][1]
    inner = text[start:end]
    para = text[text.rfind("\n", 0, start) + 1 : start]
    lead = para.rstrip(" \t")
    labelled = _open_marks(para) > 0 and _LABEL.fullmatch(para) is not None
    opens = _opening(inner.lstrip()) or _closing_end(lead, OPENING) or labelled
    tail = inner.rstrip(" \t.,;:!?…")
    after = text[end:].lstrip(" \t.,;:!?…")
    closes = _closing_end(tail, CLOSING) or _opening(after, CLOSING) or after[:1] in ("\n", "")
    return opens and closes


_LABEL = re.compile(r".*[“\"]\s*[A-Z][A-Za-z.' -]{1,30}:\s*")


def _opening(s: str, marks: str = OPENING) -> bool:
    """``s`` starts with a mark; two apostrophes ('') serve as one in some archive copy."""
    return (s[:1] != "" and s[0] in marks) or s.startswith("''")


def _closing_end(s: str, marks: str) -> bool:
    return (s[-1:] != "" and s[-1] in marks) or s.endswith("''")


def _open_marks(para: str) -> int:
    return para.count("“") - para.count("”") + para.count('"') % 2


def documents(data: Path) -> list[tuple[str, str, Path]]:
    """(name, text, annotation file) per document, one annotator per document."""
    out = []
    for txt in sorted((data / "text").glob("*.txt")):
        anns = sorted((data / "attributions").glob(f"{txt.stem}_*.ann"))
        if anns:
            out.append((txt.stem, txt.read_text(encoding="utf-8"), anns[0]))
    return out


# ------------------------------------------------------------------ a stand-in entity list


def simple_entities(sdoc: Doc) -> list[Entity]:
    """Entities straight from spaCy NER, a surname folded into the full name it shortens.

    A stand-in for storyline.analyze.entities in this evaluation, so that quotes are
    measured on their own."""
    labels = {
        "PERSON": "PERSON",
        "ORG": "ORG",
        "GPE": "GPE",
        "NORP": "NORP",
        "LOC": "LOC",
        "FAC": "LOC",
    }
    groups: dict[str, Entity] = {}
    for ent in sdoc.ents:
        if ent.label_ not in labels:
            continue
        name = re.sub(r"(’s|'s)$", "", ent.text).strip()
        name = re.sub(r"^(the|The)\s+", "", name)
        words = [w for w in name.split() if w.lower().strip(".") not in NOT_NAME] or [name]
        name = " ".join(words)
        label = labels[ent.label_] if labels[ent.label_] != "LOC" else "OTHER"
        key = name.lower()
        entity = groups.setdefault(key, Entity(key=key, name=name, label=label))  # type: ignore[arg-type]
        entity.mentions.append(Mention(text=ent.text, start=ent.start_char, end=ent.end_char))
    people = [e for e in groups.values() if e.label == "PERSON" and " " in e.name]
    for key, entity in list(groups.items()):
        if entity.label != "PERSON" or " " in entity.name:
            continue
        full = [
            p
            for p in people
            if p.name.split()[-1].lower() == key or p.name.split()[0].lower() == key
        ]
        if len(full) == 1:
            full[0].mentions += entity.mentions
            del groups[key]
    return list(groups.values())


# ------------------------------------------------------------------ scoring


def _chars(text: str, spans: Iterable[tuple[int, int]]) -> frozenset[int]:
    return frozenset(i for a, b in spans for i in range(a, b) if text[i].isalnum())


def _overlaps(p: frozenset[int], g: frozenset[int]) -> bool:
    if not p or not g:
        return False
    return len(p & g) >= 0.5 * min(len(p), len(g))


def score(text: str, golds: list[Gold], preds: list[Pred], sdoc: Doc) -> Tally:
    tally = Tally(pred=len(preds), gold=len(golds))
    g_sets = [_chars(text, g.content) for g in golds]
    p_sets = [_chars(text, [(p.start, p.end)]) for p in preds]
    exact_gold: set[int] = set()
    for gi, g_set in enumerate(g_sets):
        hits = [pi for pi, p_set in enumerate(p_sets) if _overlaps(p_set, g_set)]
        if not hits:
            continue
        tally.gold_ok += 1
        if frozenset().union(*(p_sets[pi] for pi in hits)) == g_set:
            tally.gold_exact += 1
            exact_gold.add(gi)
        if golds[gi].source:
            best = max(hits, key=lambda pi: len(p_sets[pi] & g_set))
            tally.speaker_n += 1
            tally.speaker_ok += _speaker_right(golds[gi], preds[best], sdoc)
    for p_set in p_sets:
        matched = [gi for gi, g_set in enumerate(g_sets) if _overlaps(p_set, g_set)]
        tally.pred_ok += bool(matched)
        tally.pred_exact += any(gi in exact_gold and p_set <= g_sets[gi] for gi in matched)
    return tally


def _speaker_right(gold: Gold, pred: Pred, sdoc: Doc) -> bool:
    assert gold.source is not None
    if pred.speaker_span is not None:
        a, b = pred.speaker_span
        if any(s < b and a < e for s, e in gold.source):
            return True
    if not pred.speaker_name:
        return False
    s, e = gold.source[0]
    span = sdoc.char_span(s, e, alignment_mode="expand")
    if span is None or not len(span):
        return False
    head = span.root.lower_
    return head in {w.lower() for w in re.findall(r"[\w’'-]+", pred.speaker_name)}


def _ours(quotes: list[Quote], kinds: set[str]) -> list[Pred]:
    return [
        Pred(
            q.start,
            q.end,
            (q.speaker_start, q.speaker_end)
            if q.speaker_start is not None and q.speaker_end is not None
            else None,
            q.speaker,
        )
        for q in quotes
        if q.kind in kinds
    ]


def _textacy(sdoc: Doc) -> list[Pred]:
    from textacy.extract.triples import direct_quotations

    out = []
    for triple in direct_quotations(sdoc):
        content = triple.content
        start, end = content.start_char, content.end_char
        if content[0].is_quote:
            start = content[0].idx + len(content[0])
        if content[-1].is_quote:
            end = content[-1].idx
        speaker = triple.speaker
        span = (speaker[0].idx, speaker[-1].idx + len(speaker[-1])) if speaker else None
        out.append(Pred(start, end, span, " ".join(t.text for t in speaker) or None))
    return out


# ------------------------------------------------------------------ the run


def evaluate(data: Path, track: Callable | None = None) -> Report:
    docs = documents(data)
    from storyline.analyze.entities import find_entities as entities

    nlp = load_nlp()
    track = track or (lambda items, description, total=None: items)
    halves = [{"ours_direct": Tally(), "ours_all": Tally(), "textacy": Tally()} for _ in range(2)]
    stats: dict[str, int] = {
        "documents": len(docs),
        "gold_direct": 0,
        "gold_all": 0,
        "ours_failed": 0,
    }
    texts = (text for _, text, _ in docs)
    for n, (sdoc, (_name, text, ann)) in enumerate(
        zip(track(nlp.pipe(texts, batch_size=8), "polnear", total=len(docs)), docs, strict=True)
    ):
        golds = read_ann(ann, text)
        direct = [g for g in golds if g.direct]
        stats["gold_direct"] += len(direct)
        stats["gold_all"] += len(golds)
        half = halves[n % 2]
        try:
            quotes = find_quotes(sdoc, entities(sdoc))
        except Exception:  # one bad document must not stop the evaluation
            stats["ours_failed"] += 1
            quotes = []
        half["ours_direct"].add(score(text, direct, _ours(quotes, {"direct"}), sdoc))
        half["ours_all"].add(
            score(text, golds, _ours(quotes, {"direct", "partial", "indirect"}), sdoc)
        )
        try:
            preds = _textacy(sdoc)
        except ValueError:  # raised on an odd number of quotation marks
            half["textacy"].errors += 1
            preds = []
        half["textacy"].add(score(text, direct, preds, sdoc))
    return _report(data, halves, stats, f"{entities.__module__}.{entities.__name__}")


def _report(
    data: Path, halves: list[dict[str, Tally]], stats: dict[str, int], entities: str
) -> Report:
    total = {k: Tally() for k in halves[0]}
    for half in halves:
        for k, t in half.items():
            total[k].add(t)
    ours = total["ours_direct"].metrics("direct") | total["ours_all"].metrics("all")
    textacy = total["textacy"].metrics("direct") | {"errors": total["textacy"].errors}
    rows = [
        Row("storyline quotes", ours),
        Row(
            "textacy direct_quotations",
            textacy,
            kind="measured",
            note=f"raised on {total['textacy'].errors} documents",
        ),
        Row(
            "textacy (bench README)",
            {"direct_F1": 0.53, "direct_speaker": 0.79},
            kind="published",
            note="measured by the bench authors on this dev set",
        ),
        Row(
            "Gender Gap Tracker",
            {"direct_F1": 0.837, "direct_speaker": 0.865},
            kind="published",
            note="own data",
        ),
        Row(
            "CofeNet",
            {"all_exact_F1": 0.729},
            kind="published",
            note="supervised BERT, PolNeAR test, exact content",
        ),
    ]
    split = {
        f"half{i}": halves[i]["ours_direct"].metrics("direct")
        | halves[i]["ours_all"].metrics("all")
        for i in range(2)
    }
    extra: dict[str, object] = {**stats, "entities": entities, **split}
    extra["annotator"] = "alphabetically first annotator id per document"
    return Report(
        name="polnear",
        data=str(data),
        rows=rows,
        targets={"direct_F1": 0.85, "direct_speaker": 0.90},
        extra=extra,
    )
