"""Features of a date candidate that compare it with the page's other candidate days: how many
kinds of evidence vouch for it, whether it is only ever declared as a modification, whether it
is the earliest or the latest declared day, and what its printed label says of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol


class Candidate(Protocol):
    """What these features read and write of a candidate (``published.DateCandidate``)."""

    day: str
    features: dict[str, float]


DECLARED = ("ld_pub", "ld_page_pub", "meta_pub", "meta_date", "time_pub", "script_pub")
MODIFIED = ("ld_mod", "ld_page_mod", "meta_mod", "time_mod", "script_mod")
# Features that say a day is the publication date: a declaration, a label, a place on the page
# (by the headline, beside the byline, in the URL), agreement between kinds of evidence. The
# fit keeps their weights at zero or above, so that no such evidence counts against a day: a
# negative weight there only undoes another feature that usually comes with it on the pages
# fitted (a <time itemprop=datePublished> printed under the headline), and on a page where it
# comes alone it would push the publication date down. The other features (a modification,
# a date inside a sentence, "Updated", the earliest or latest day) may weigh either way.
PUBLICATION_EVIDENCE = frozenset(
    (
        *DECLARED,
        "ld_page_pub",
        "time_any",
        "url",
        "byline",
        "printed",
        "printed_declared",
        "declared",
        "declared_published_label",
        "kinds",
        "label_published",
        "head_published",
        "head_lead",
        "head_nearest",
        "head_near",
        "head_far",
        "head_first_after",
        "head_first_before",
        "htmldate",
    )
)


def relations(cands: Sequence[Candidate]) -> None:
    """Adds the features that compare each candidate day with the page's other days."""
    declared = sorted(c.day for c in cands if any(k in c.features for k in DECLARED + MODIFIED))
    for cand in cands:
        feats = cand.features
        # How many independent kinds of evidence vouch for the day: what a site declares and
        # prints come from different parts of its software, so their agreement carries from
        # one site to the next better than any one field does.
        kinds = _evidence_kinds(feats)
        feats["kinds"] = kinds / 3
        feats["one_kind"] = float(kinds == 1)
        n = sum(feats.get(k, 0.0) for k in DECLARED)
        feats["declared"] = min(n, 3.0) / 3.0
        feats["only_modified"] = float(n == 0 and any(k in feats for k in MODIFIED))
        feats["printed_declared"] = float(
            "printed" in feats and any(k in feats for k in DECLARED + MODIFIED)
        )
        # A printed "Updated" date that only the modified fields declare: the gold takes it
        # about two times in three over the declared publication date.
        feats["printed_modified"] = feats["printed_declared"] * feats["only_modified"]
        feats["declared_published_label"] = float(
            n > 0 and ("label_published" in feats or "head_published" in feats)
        )
        # A declared publication date that the page prints after an "Updated" label is the
        # date of a change, whatever the field is called.
        feats["declared_updated_label"] = float(
            n > 0 and ("label_updated" in feats or "head_updated" in feats)
        )
        if len(set(declared)) > 1 and cand.day in declared:
            feats["earliest"] = float(cand.day == declared[0])
            feats["latest"] = float(cand.day == declared[-1])
        for key, value in list(feats.items()):
            if key != "declared":
                feats[key] = min(value, 1.0)


def _evidence_kinds(feats: dict[str, float]) -> int:
    """Of declared fields (JSON-LD, meta, <time>), the URL and the printed text, how many
    vouch for a day (htmldate, which reads all three, is a feature of its own)."""
    declared = any(k.startswith(("ld_", "meta_", "time_", "script_")) for k in feats)
    printed = "printed" in feats or any(k.startswith(("head_", "label_")) for k in feats)
    return int(declared) + int("url" in feats) + int(printed)
