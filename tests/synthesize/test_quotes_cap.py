"""Which speakers the brief keeps when a story has more than ``MAX_SPEAKERS``: those whose own
words pages quote come before those only reported in paraphrase, so a quote credited to its
speaker is not hidden behind unnamed sources of reported speech."""

from __future__ import annotations

from storyline.model import Document, Quote, QuoteItem, QuoteKind
from storyline.synthesize.common import cite
from storyline.synthesize.quotes import MAX_QUOTES_PER_SPEAKER, MAX_SPEAKERS, Said, by_speaker


def _said(doc: Document, n: int, kind: QuoteKind, speaker: str, named: bool) -> Said:
    start = doc.text.index(f"line {n} ")
    quote = Quote(text="words", kind=kind, speaker=speaker, start=start, end=start + 6)
    item = QuoteItem(text="words", kind=kind, citation=cite(doc, start, start + 6))
    return Said(speaker, None, doc, quote, item, named=named)


def test_a_verbatim_quote_outranks_reported_speech_at_the_cap() -> None:
    total = MAX_SPEAKERS + 5
    text = "".join(f"line {n} words.\n" for n in range(total + 3))
    doc = Document(id="d", source="d", text=text, published="2031-03-02")
    said = []
    for n in range(total):  # unnamed sources, each reported twice in paraphrase
        said += [_said(doc, n, "indirect", f"Witness {n:03d}", False)] * 2
    said.append(_said(doc, total, "direct", "A neighbour", False))
    said.append(_said(doc, total + 1, "direct", "Lena Holt", True))
    kept = [e.speaker for e in by_speaker(said)]
    assert len(kept) == MAX_SPEAKERS
    assert kept[:2] == ["Lena Holt", "A neighbour"]


def test_reported_speech_holding_quoted_words_outranks_paraphrase() -> None:
    lines = [f"Holt said plan {n} was late." for n in range(MAX_QUOTES_PER_SPEAKER + 2)]
    lines.append("Holt said the pier was 'a scar on the bay'.")
    text = "\n".join(lines)
    doc = Document(id="d", source="d", text=text, published="2031-03-02")
    said = []
    for line in lines:
        start = text.index(line) + len("Holt said ")
        end = text.index(line) + len(line) - 1
        quote = Quote(
            text=text[start:end], kind="indirect", speaker="Lena Holt", start=start, end=end
        )
        item = QuoteItem(text=text[start:end], kind="indirect", citation=cite(doc, start, end))
        said.append(Said("Lena Holt", None, doc, quote, item, named=True))
    (entry,) = by_speaker(said)
    assert len(entry.quotes) == MAX_QUOTES_PER_SPEAKER
    assert entry.quotes[0].text == "the pier was 'a scar on the bay'"
