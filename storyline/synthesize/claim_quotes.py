"""The quotations inside a sentence: what its speaker said in their own words, apart from the
frame that attributes it ("..., Ms. Holm said."). Claim matching (``claims.py``) and the
summary (``summary.py``) read them: two sentences that quote different words report two
sayings, however alike their frames."""

from __future__ import annotations

import re

# Quoted text: from an opening mark (not an apostrophe inside a word) to its closing mark, or
# to the end of the sentence when the quote runs on.
QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–:-]))[“\"‘'](.+?)(?:[”\"’'](?=[\s,.;:!?)\]—–-]|$)|$)")
_ORPHAN_CLOSE = re.compile(r"([^“\"‘]+?)([”\"])(?=[\s,.;:!?)\]—–-]|$)")
QUOTE_WORD = re.compile(r"[^\W_]+")
QUOTE_RUN = 5  # words in a row that two sentences quote alike: one quotation, not a phrase


def quoted_spans(text: str) -> list[str]:
    """The texts inside the sentence's quotation marks, and the end of a quotation that opened
    in the sentence before ("... holds for now,” she added.")."""
    spans = [m.group(1) for m in QUOTED.finditer(text)]
    orphan = _orphan_close(text)
    if orphan:
        spans.append(orphan.group(1))
    return spans


def _orphan_close(text: str) -> re.Match[str] | None:
    """The end of a quotation that opened in the sentence before: words up to a closing mark
    that no opening mark of this sentence pairs with."""
    orphan = _ORPHAN_CLOSE.match(text)
    if orphan and (orphan.group(2) == "”" or text.count('"') % 2 == 1):
        return orphan
    return None


def quoted_runs(text: str, run: int = QUOTE_RUN) -> set[tuple[str, ...]]:
    """Every run of ``run`` words inside the sentence's quotation marks, case-folded."""
    runs: set[tuple[str, ...]] = set()
    for span in quoted_spans(text):
        said = [w.casefold() for w in QUOTE_WORD.findall(span)]
        runs.update(tuple(said[i : i + run]) for i in range(len(said) - run + 1))
    return runs


def unquoted(text: str) -> str:
    """The sentence with its quotations blanked out: the frame that says who speaks."""
    out = QUOTED.sub(" ", text)
    orphan = _orphan_close(out)
    return " " + out[orphan.end() :] if orphan else out
