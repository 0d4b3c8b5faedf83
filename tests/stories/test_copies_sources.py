"""Copies and independent sources: one original per page, evidence beyond a shared statement,
and counts of independent sources that adding pages never lowers without a proven copy."""

from __future__ import annotations

import random
from itertools import combinations

from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.model import CopyRelation, Document
from storyline.stories import StoriesState, cluster_documents, compare, independent_groups

WORDS = (
    "harbour council ferry engineers inspection cracks pier storm tide budget vote mayor "
    "residents crane cargo delay repairs contract tender union strike shipyard lantern beacon "
    "channel dredging silt permit hearing minister report audit pension timber quay warehouse "
    "lighthouse keeper fishermen trawler quota market auction salt brine kelp oyster mussel "
    "canal lock sluice barge tow rope anchor chain hull rivet welder foreman apprentice"
).split()
NAMES = ["Orla Venn", "Tamsin Rook", "Port Halden", "Greywick Council", "Ebba Marr", "Lowmere"]


def paragraph(rng: random.Random, n_words: int = 45) -> str:
    """A paragraph of fictional words: its 5-word sequences are its own."""
    words = [rng.choice(WORDS) for _ in range(n_words)]
    for i in range(0, n_words, 12):
        words[i] = rng.choice(NAMES)
    return " ".join(words).capitalize() + "."


def page(doc_id: str, paragraphs: list[str], day: int, outlet: str, wire: str | None = None):
    return Document(
        id=doc_id,
        source=f"{doc_id}.txt",
        title=f"Harbour report {doc_id}",
        text="\n".join(paragraphs),
        published=f"2025-04-{day:02d}",
        outlet=outlet,
        wire=wire,
    )


# ---------------------------------------------------------------- one original, real evidence


def test_a_page_built_from_two_originals_copies_only_its_best_match() -> None:
    rng = random.Random(3)
    a_pars = [paragraph(rng) for _ in range(5)]
    b_pars = [paragraph(rng) for _ in range(5)]
    a = page("a", a_pars, 1, "Halden Post")
    b = page("b", b_pars, 2, "Greywick Echo")
    # a later page reusing four paragraphs of a (in order) and two of b
    mixed = page("m", a_pars[:4] + b_pars[:2] + [paragraph(rng)], 3, "Coast Digest")
    _, relations = cluster_documents([a, b, mixed], None)
    mine = [r for r in relations if r.doc_id == "m"]
    assert len(mine) == 1 and mine[0].of_id == "a"
    groups = independent_groups(["a", "b", "m"], relations)
    assert groups["a"] != groups["b"]  # a and b stay two sources


def test_one_shared_statement_is_no_copy() -> None:
    """Two independent reports that both carry a long statement (unquoted, as pasted from a
    press release) are not copies; reuse of several passages in the same order is."""
    rng = random.Random(5)
    statement = paragraph(rng, 70)
    own_a = [paragraph(rng) for _ in range(4)]
    own_b = [paragraph(rng) for _ in range(4)]
    a = page("a", own_a[:2] + [statement] + own_a[2:], 1, "Halden Post")
    b = page("b", own_b[:1] + [statement] + own_b[1:], 2, "Greywick Echo")
    assert compare(b, a) is None
    reused = page("r", [own_a[0], paragraph(rng), own_a[2], paragraph(rng)] + own_b, 2, "Quay")
    rel = compare(reused, a)
    assert rel is not None and rel.kind == "copy_of" and rel.of_id == "a"


def test_relations_from_an_older_release_still_count_one_original() -> None:
    old = [
        CopyRelation(doc_id="m", of_id="a", kind="copy_of", score=0.9, evidence=[]),
        CopyRelation(doc_id="m", of_id="b", kind="copy_of", score=0.375, evidence=[]),
    ]
    groups = independent_groups(["a", "b", "m"], old)
    assert groups["m"] == groups["a"] != groups["b"]


# ---------------------------------------------------------------- the property


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[Document], int]:
    """Pages made of fresh paragraphs, copies of earlier pages (cut, reordered, topped with a
    line), pages mixing two earlier ones, pages sharing one statement, some wire-credited; and
    where the stream is cut into an earlier and a later batch."""
    rng = random.Random(draw(st.integers(0, 10_000)))
    n = draw(st.integers(4, 9))
    pages: list[list[str]] = []
    docs = []
    for i in range(n):
        kind = rng.choice(["fresh", "copy", "mix", "statement"]) if pages else "fresh"
        if kind == "fresh":
            pars = [paragraph(rng) for _ in range(rng.randint(3, 5))]
        elif kind == "copy":
            pars = list(rng.choice(pages))[: rng.randint(2, 5)]
            pars = ([paragraph(rng)] if rng.random() < 0.5 else []) + pars
        elif kind == "mix":
            one, two = rng.choice(pages), rng.choice(pages)
            pars = one[:2] + two[:2] + [paragraph(rng)]
        else:
            pars = [paragraph(rng), rng.choice(rng.choice(pages)), paragraph(rng), paragraph(rng)]
        pages.append(pars)
        wire = rng.choice([None, None, "AFP"])
        day = rng.randint(1, 9)  # dates out of arrival order happen: originals found late
        docs.append(page(f"p{i}", pars, day, rng.choice(["Post", "Echo", "Digest"]), wire))
    return docs, draw(st.integers(1, n - 1))


@settings(max_examples=25, deadline=None)
@given(corpora())
def test_adding_pages_never_lowers_an_independent_source_count(
    corpus: tuple[list[Document], int],
) -> None:
    """Two earlier pages counted as two sources stay two after more pages arrive, unless a
    relation found later shows one of the earlier pages (of their groups) to be a copy."""
    docs, cut = corpus
    earlier, later = docs[:cut], docs[cut:]
    state = StoriesState()
    _, first = cluster_documents(earlier, None, state=state)
    _, second = cluster_documents(later, None, state=state)
    by_id = {d.id: d for d in docs}
    old_ids = [d.id for d in earlier]
    before = independent_groups(old_ids, first, by_id)
    after = independent_groups([d.id for d in docs], first + second, by_id)
    members: dict[str, set[str]] = {}
    for doc_id, group in before.items():
        members.setdefault(group, set()).add(doc_id)
    for x, y in combinations(old_ids, 2):
        if before[x] != before[y] and after[x] == after[y]:
            touched = members[before[x]] | members[before[y]]
            assert any(r.doc_id in touched for r in second), (x, y, first, second)
    assert len({r.doc_id for r in first + second}) == len(first + second)  # one original each
