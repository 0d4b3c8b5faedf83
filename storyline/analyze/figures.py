"""Numbers with what they count, how firm they are, who gives them and when they hold.

A figure is a run of number tokens ("12,000", "1.3 million", "a few thousand", "six", "$1.5
billion", "5%"). For each we find:

- value: digits, number words and multipliers; vague quantities get a value and a bound:
  "a few"/"several" = 3 (about; "a few thousand" = 3,000), "a dozen" = 12 (about), "dozens" = 24,
  "hundreds" = 200, "thousands" = 2,000, "tens of thousands" = 20,000, "millions" = 2,000,000
  (all at_least: the plural means at least two of them);
- bound: from the words before it (about, around, approximately, some -> about; up to; as many
  as; at least, no fewer than; nearly, almost, close to; more than, over; less than, fewer than,
  under), else exact;
- unit: percent, currency or a measure when marked; else the noun it modifies, on the same line,
  with its lowercase modifiers ("500 officers", "1.3 million active personnel"; a proper noun
  only when it names a group: "six North Koreans"), the noun after "of" ("12,000 of its special
  forces"), the noun of "number of X" / "X number ..." in the sentence, or, for a bare number, the
  head noun of an earlier figure: in the same sentence, or in the previous one when the number is
  a subject ("About 1,500 have been deployed" after "12,000 members"); spelled-out numbers that
  count nothing ("not zero") are dropped;
- attribution: "according to X", else the subject of the nearest speech verb ("said", "told",
  "estimates", "believe" ...) governing the number, when it is an entity, an agent noun
  ("officials", "military") or he/she (the last person named), else the speaker of a quote that
  contains it (not "Reports"); entities are given by canonical name;
- as_of: the date after "as at" or "as of" in the same sentence, from `times`; after "by" or
  "until" only in a sentence without a modal ("should be done by Friday" is a target) and not
  before a possessive ("by Tuesday's order").

Not figures: years, dates and times (spaCy's DATE/TIME or a time expression), ordinals, labels
("Article 4", "F-16"), a small spelled-out number after a determiner ("the two Koreas"), and
the numbers of a map or chart label or a table row (a short line with no verb, or one in
capitals: "KURSK 120 KM"). A "£" is sterling; a bare "pounds" is sterling in a sentence about
money, a weight ("lb") in one about weight, else just "pounds": a price never joins a weight.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import ORTH
from spacy.tokens import Doc, Span, Token

from storyline.analyze.figure_attribution import Names, attribution, entity_names
from storyline.analyze.figure_counted import counted_by_context, counted_on, figure_owner
from storyline.analyze.figure_labels import label_number
from storyline.analyze.figure_shapes import (
    below_zero,
    duration,
    frequency,
    rate,
    size_of,
    tally,
    temperature,
    without_conversions,
)
from storyline.analyze.figure_words import (
    AS_OF,
    BOUNDS,
    COUNT_NOUNS,
    CURRENCY_SYMBOLS,
    CURRENCY_WORDS,
    DETERMINERS,
    DIGITS,
    DIMENSIONS,
    FEW,
    FRACTIONS,
    GOVERNED,
    LIGHT_VERBS,
    MEASURES,
    NAMED,
    POUNDS_FORCE,
    POUNDS_MONEY,
    POUNDS_WEIGHT,
    SAY_VERBS,
    UNIT_SKIP,
    VAGUE,
    WORD_VALUES,
    YEAR,
    is_number_word,
    may_open_figure,
)
from storyline.analyze.nlp import doc_ents, doc_text, where
from storyline.lexicon import SCALE_ABBREVIATIONS, SCALE_WORDS, SCALES
from storyline.model import Bound, Entity, Figure, Quote, TimeExpression

# A capitalised word, perhaps with an apostrophe or hyphen inside ("Chang'e", "Soyuz-MS").
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['’-][^\W\d_]+)*$")
LABEL_TOKENS = 12  # a line this short with no verb is a label, not a sentence


@dataclass
class _Run:
    start: int  # token index of the first number token (after any currency symbol)
    end: int  # exclusive
    value: float
    bound: Bound
    currency: str | None = None


# ------------------------------------------------------------------ public


def find_figures(
    sdoc: Doc,
    entities: list[Entity],
    times: list[TimeExpression],
    quotes: list[Quote] | None = None,
) -> list[Figure]:
    """Figures in document order. `quotes` (optional) lend their speaker as a last resort."""
    blocked = _blocked_chars(sdoc, times)
    names = entity_names(entities)
    keys = {e.key: e.name for e in entities}
    sents = list(sdoc.sents)  # Token.sent walks every sentence again: look them up instead
    starts = [s.start for s in sents]
    figures: list[Figure] = []
    last_heads: list[tuple[int, str]] = []  # (sentence start, head noun) of earlier figures
    for run in _runs(sdoc, blocked):
        k = bisect.bisect_right(starts, run.start) - 1
        previous_start = starts[max(k - 1, 0)]
        if _label(sents[k]):
            continue
        figure = _figure(
            sdoc, run, sents[k], previous_start, names, keys, times, quotes or [], last_heads
        )
        if figure is not None:
            figures.append(figure)
    if len(figures) < 2:
        return figures
    return without_conversions(doc_text(sdoc), _ranges(doc_text(sdoc), figures))


def _scale_of(text: str) -> float:
    """The multiplier word in a figure's text: "6 billion" -> 1e9; 1 when there is none."""
    found = re.search(
        rf"\b({'|'.join(SCALE_WORDS)})\b|\d({'|'.join(SCALE_ABBREVIATIONS)})\b", text.lower()
    )
    if not found:
        return 1.0
    return SCALES[found.group(1) or found.group(2)]


def _ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """ "10,000 to 12,000 troops", "between 10,000 and 12,000", "roughly 10 to 30": the low end
    is at_least, the high end up_to, and both count what the second counts."""
    out = list(figures)
    for k in range(len(out) - 1):
        low, high = out[k], out[k + 1]
        gap = text[low.end : high.start].strip().lower()
        between = text[max(0, low.start - 8) : low.start].lower().rstrip().endswith("between")
        if not (gap in ("to", "-", "–", "—") or (gap == "and" and between)):
            continue
        if low.bound not in ("exact", "about") or high.bound != "exact":
            continue
        # "$5-6 billion": the low end shares the high end's multiplier
        value = low.value * _scale_of(high.text) if _scale_of(low.text) == 1 else low.value
        if value >= high.value:
            continue
        # "10 to 30 miles per second": the low end is a rate too
        unit = high.unit if high.unit.startswith(f"{low.unit} per ") else low.unit
        out[k] = low.model_copy(
            update={"bound": "at_least", "unit": unit or high.unit, "value": value}
        )
        out[k + 1] = high.model_copy(update={"bound": "up_to", "unit": high.unit or low.unit})
    return out


def parse_number(words: list[str]) -> tuple[float, Bound] | None:
    """Value of number words/digits: ["1.3", "million"] -> 1.3e6; ["a", "few", "thousand"] ->
    (3000, "about"); ["thousands"] -> (2000, "at_least")."""
    total, current, seen = 0.0, 0.0, False
    bound: Bound = "exact"
    for raw in words:
        w = raw.lower().replace("-", "")
        digits = DIGITS.match(w)
        if w in ("a", "an", "of") and not seen:
            continue
        if w in ("of", "and", ""):
            continue
        if digits:
            current += float(digits.group(1).replace(",", ""))
            if digits.group(2):
                total += current * SCALES[digits.group(2).lower()]
                current = 0.0
        elif w in WORD_VALUES:
            value = WORD_VALUES[w]
            current = current * value if w == "dozen" and current else current + value
            if w == "dozen" and len(words) <= 2:
                bound = "about"
        elif w in FEW:
            current += FEW[w]
            bound = "about"
        elif w in VAGUE:  # "thousands" = 2 x 1,000; "tens of thousands" = 2 x 10 x 1,000
            scale = VAGUE[w]
            current = current * scale if current else 2 * scale
            bound = "at_least"
        elif w in SCALES and w not in ("k", "m", "b"):
            scale = SCALES[w]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0.0
        else:
            return None
        seen = True
    value = total + current
    return (value, bound) if seen else None


# ------------------------------------------------------------------ number runs


def _blocked_chars(sdoc: Doc, times: list[TimeExpression]) -> set[int]:
    """Tokens inside dates, times and ordinals."""
    blocked = {t.i for e in doc_ents(sdoc) if e.label_ in ("DATE", "TIME", "ORDINAL") for t in e}
    for time in times:
        span = sdoc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None:
            blocked.update(range(span.start, span.end))
    return blocked


def _runs(sdoc: Doc, blocked: set[int]) -> list[_Run]:
    """The runs ``_run_at`` finds from the start on, each tried after the last one's end. A
    run opens only at a number word or at a vague quantity's first word ("a few", "several
    million"), both told by the word alone, so only those tokens are tried."""
    runs: list[_Run] = []
    end = 0
    for i in where(sdoc, ORTH, lambda text: may_open_figure(sdoc.vocab[text])):
        run = _run_at(sdoc, i, blocked) if i >= end else None
        if run is not None:
            runs.append(run)
            end = run.end
    return runs


def _run_at(sdoc: Doc, i: int, blocked: set[int]) -> _Run | None:
    tok = sdoc[i]
    start = i
    fuzzy = (
        tok.lower_ in ("a", "an")
        and i + 1 < len(sdoc)
        and (sdoc[i + 1].lower_ in ("few", "dozen") or sdoc[i + 1].lower_ in SCALE_WORDS)
    )
    fuzzy = fuzzy or (tok.lower_ in FEW and i + 1 < len(sdoc) and sdoc[i + 1].lower_ in SCALES)
    if not (fuzzy or is_number_word(tok)) or i in blocked:
        return None
    if tok.lower_ in SCALES and tok.lower_ not in SCALE_WORDS:
        return None
    end = i + 1
    words = [tok.text]
    while (
        end < len(sdoc)
        and end not in blocked
        and (
            is_number_word(sdoc[end])
            or sdoc[end].lower_ in FEW
            or (
                sdoc[end].text == "-"
                and end + 1 < len(sdoc)
                and not sdoc[end - 1].whitespace_
                and sdoc[end + 1].lower_ in WORD_VALUES
            )
            or (
                sdoc[end].lower_ == "of"
                and sdoc[end - 1].lower_ == "tens"
                and end + 1 < len(sdoc)
                and sdoc[end + 1].lower_ in VAGUE
            )
        )
    ):
        if DIGITS.match(sdoc[end].text) and DIGITS.match(sdoc[end - 1].text):
            if not _thousands_group(sdoc, end):
                break  # "2024 12,000": two numbers
            words[-1] += sdoc[end].text  # "40 000": a thousands group
        else:
            words.append(sdoc[end].text)
        end += 1
    parsed = parse_number([w for w in words if w != "-"])
    if parsed is None or _excluded(sdoc, start, end):
        return None
    value, bound = parsed
    currency = None
    if start > 0 and sdoc[start - 1].lower_ in CURRENCY_SYMBOLS:
        currency = CURRENCY_SYMBOLS[sdoc[start - 1].lower_]
    else:
        symbol = re.match(r"^(us\$|[$€£¥₩₽₹])", tok.lower_)
        currency = CURRENCY_SYMBOLS[symbol.group(1)] if symbol else None
    return _Run(start, end, value, bound, currency)


def _thousands_group(sdoc: Doc, i: int) -> bool:
    """ "40 000": three digits after a 1-3 digit group, one space apart."""
    prev = sdoc[i - 1]
    return (
        len(sdoc[i].text) == 3
        and sdoc[i].text.isdigit()
        and prev.whitespace_ == " "
        and re.fullmatch(r"\d{1,3}(?:\d{3})*", prev.text) is not None
        and (i < 2 or not sdoc[i - 2].text.isdigit() or len(prev.text) == 3)
    )


def _excluded(sdoc: Doc, start: int, end: int) -> bool:
    first, last = sdoc[start], sdoc[end - 1]
    text = sdoc[start:end].text
    if tally(sdoc, start, end) or label_number(sdoc, start, end):
        return True
    if end - start == 1 and YEAR.match(text) and not _counts_something(sdoc, end):
        return True
    prev = sdoc[start - 1] if start else None
    glued = prev is not None and not prev.whitespace_ and prev.text not in CURRENCY_SYMBOLS
    if (
        glued
        and prev is not None
        and (prev.is_alpha or (prev.text in "-/" and start > 1 and not sdoc[start - 2].like_num))
    ):
        return True  # "F-16", "G7", "Covid-19"; "5-6 billion" is a range
    if glued and prev is not None and prev.text in ("*", "×") and start > 1:
        return True  # "1024*768": a screen size, not a count
    if (
        prev is not None
        and DIGITS.match(first.text)
        and prev.text[0].isupper()
        and _NAME_WORD.match(prev.text)
        and not prev.is_sent_start
        and (prev.pos_ in ("PROPN", "NOUN") or not prev.is_alpha)
        and prev.lower_ not in BOUND_WORDS
    ):
        return True  # "Article 4", "Boeing 737", "AngoSat 1", "Chang'e 4" (a parser may miss it)
    if (
        prev is not None
        and prev.lower_ in DETERMINERS
        and first.lower_ in WORD_VALUES
        and (WORD_VALUES.get(first.lower_, 99) <= 12)
    ):
        return True  # "the two Koreas", "both ..."
    if first.lower_ in ("one", "a", "an") and end - start == 1:
        return True  # "one of them", "no one"
    nxt = sdoc[end] if end < len(sdoc) else None
    if nxt is not None and nxt.text in (":", "/") and not nxt.whitespace_:
        return True  # times, fractions, scores
    if (
        nxt is not None
        and not last.whitespace_
        and nxt.is_alpha
        and nxt.is_upper
        and len(nxt.text) <= 3
        and nxt.lower_ not in MEASURES
        and nxt.lower_ not in SCALE_ABBREVIATIONS
        and not any(t.text in CURRENCY_SYMBOLS for t in sdoc[max(0, start - 1) : start + 1])
    ):
        return True  # "5G", "4G phones", "3D": a name written with a number
    if nxt is not None and nxt.text == "-" and end + 1 < len(sdoc):
        nxt = sdoc[end + 1]  # "two-thirds"
    if nxt is not None and nxt.lower_ in FRACTIONS:
        return True  # "two thirds of the charge"
    return last.lower_ in ("half",) and end - start == 1


BOUND_WORDS = {w for phrase, _ in BOUNDS for w in phrase}


def _counts_something(sdoc: Doc, end: int) -> bool:
    return end < len(sdoc) and sdoc[end].tag_ == "NNS"


# ------------------------------------------------------------------ one figure


def _figure(
    sdoc: Doc,
    run: _Run,
    sent: Span,
    previous_start: int,
    names: Names,
    keys: dict[str, str],
    times: list[TimeExpression],
    quotes: list[Quote],
    last_heads: list[tuple[int, str]],
) -> Figure | None:
    bound, bound_start = _bound(sdoc, run)
    unit, unit_end, head = _unit(sdoc, run, sent, previous_start, last_heads)
    per = rate(sdoc, max(unit_end, run.end), sent.end) if unit else None
    if per is not None and DIMENSIONS.get(unit) != "money" and unit != "percent":
        unit, unit_end = f"{unit} {per[0]}", per[1]
    if not unit and not any(t.is_digit or DIGITS.match(t.text) for t in sdoc[run.start : run.end]):
        return None  # "not zero", "one of them": words, not figures
    if duration(unit) or below_zero(sdoc, run.start, unit) or size_of(sdoc, run.end, unit):
        return None
    if frequency(sdoc, max(unit_end, run.end), unit):
        return None
    if head:
        last_heads.append((sent.start, head))
    start = min(bound_start, run.start - (1 if _symbol_before(sdoc, run) else 0))
    if any(t.like_num for t in sdoc[run.end : unit_end - 1]):
        unit_end = run.end  # "between 10,000 and 12,000 troops": the text stops at 10,000
    end = max(run.end, unit_end)
    first, last = sdoc[start], sdoc[end - 1]
    char_start, char_end = first.idx, last.idx + len(last.text)
    verb = _predicate_verb(sdoc, run)
    return Figure(
        text=sdoc[start:end].text,
        value=run.value,
        unit=unit,
        bound=bound,
        attribution=attribution(sdoc, run.start, run.end, sent, names, quotes, keys),
        as_of=_as_of(sent, times) or counted_on(verb, times),
        sentence=sent.text.strip(),
        start=char_start,
        end=char_end,
        predicate=verb.lemma_.lower() if verb is not None else None,
        owner=figure_owner(verb, _counted_token(sdoc, run), names),
    )


def _symbol_before(sdoc: Doc, run: _Run) -> bool:
    return run.start > 0 and sdoc[run.start - 1].lower_ in CURRENCY_SYMBOLS


def _bound(sdoc: Doc, run: _Run) -> tuple[Bound, int]:
    start = run.start - (1 if _symbol_before(sdoc, run) else 0)
    if sdoc[run.start].lower_ in ("a", "an"):
        start = run.start
    for phrase, bound in BOUNDS:
        n = len(phrase)
        if start - n < 0:
            continue
        window = tuple(t.lower_ for t in sdoc[start - n : start])
        if window == phrase:
            return (run.bound if bound == "exact" else bound), start - n
    return run.bound, start


# ------------------------------------------------------------------ unit


def _unit(
    sdoc: Doc, run: _Run, sent: Span, previous_start: int, last_heads: list[tuple[int, str]]
) -> tuple[str, int, str]:
    """(unit, end token of the figure's text, head noun to lend to a later bare number)."""
    nxt = sdoc[run.end] if run.end < len(sdoc) else None
    if nxt is not None and (nxt.text == "%" or nxt.lower_ in ("percent", "pct")):
        return "percent", run.end + 1, ""
    if (
        nxt is not None
        and nxt.lower_ == "per"
        and run.end + 1 < len(sdoc)
        and sdoc[run.end + 1].lower_ == "cent"
    ):
        return "percent", run.end + 2, ""
    if run.currency:
        return run.currency, run.end, ""
    if nxt is not None and nxt.lower_ in CURRENCY_WORDS:
        return _pounds(CURRENCY_WORDS[nxt.lower_], sdoc, run), run.end + 1, ""
    speed = _glued_measure(sdoc, run.end) or temperature(sdoc, run.end)
    if speed:
        return speed
    if nxt is not None and nxt.lower_ in MEASURES:
        return MEASURES[nxt.lower_], run.end + 1, ""
    head = _head_noun(sdoc, run)
    if head is not None:
        return _noun_phrase(sdoc, run.end, head), head.i + 1, head.lower_
    by_context = counted_by_context(sdoc[run.end - 1], sent)
    if by_context:
        return by_context, run.end, ""
    counted = _counted_in_sentence(run, sent)
    if counted is not None:
        return _noun_phrase(sdoc, counted.left_edge.i, counted), run.end, counted.lower_
    # A bare number counts what the figure before it counted: as a subject or conjunct within
    # two sentences ("About 1,500 have been deployed"), or anywhere in the same sentence ("11,500
    # people had left, out of the roughly 40,000 covered").
    dep = sdoc[run.end - 1].dep_
    for sent_start, noun in reversed(last_heads):
        if (
            sent_start >= previous_start and dep in ("nsubj", "nsubjpass", "conj", "appos")
        ) or sent_start == sent.start:
            return noun, run.end, ""
    return "", run.end, ""


def _pounds(unit: str, sdoc: Doc, run: _Run) -> str:
    """A bare "pounds": sterling among words about money, a weight among words about weight
    (the few words around the number: one sentence may hold both)."""
    if unit != "pounds":
        return unit
    sent = sdoc[run.start].sent
    near = sdoc[max(sent.start, run.start - 6) : min(sent.end, run.end + 6)].text
    if POUNDS_FORCE.search(near):
        return "lbf"
    if POUNDS_WEIGHT.search(near):
        return "lb"
    return "pounds sterling" if POUNDS_MONEY.search(near) else unit


def _glued_measure(sdoc: Doc, i: int) -> tuple[str, int, str] | None:
    """A measure written over several tokens right after the number: "20km/h", "50 km / h"."""
    text = ""
    for j in range(i, min(i + 3, len(sdoc))):
        text += sdoc[j].text.lower()
        if text in MEASURES and "/" in text:
            return MEASURES[text], j + 1, ""
        if sdoc[j].whitespace_ and j > i:
            break
    return None


def _label(sent: Span) -> bool:
    """A map or chart label, a table row: a short line with no verb, or one in capitals
    ("KURSK 120 KM"). Its numbers are no figures of the story."""
    words = [t for t in sent if t.is_alpha]
    if any(t.pos_ in ("VERB", "AUX") for t in sent):
        return sum(t.is_upper and len(t) > 1 for t in words) > 0.6 * max(1, len(words))
    return len(sent) <= LABEL_TOKENS or sent.text.strip() == sent.text.strip().upper()


def _head_noun(sdoc: Doc, run: _Run) -> Token | None:
    head = _head_candidate(sdoc, run)
    if head is None or "\n" in sdoc[run.end - 1 : head.i].text_with_ws:
        return None  # "59\nPhotos": a counter above a gallery caption
    if head.pos_ == "PROPN" and head.ent_type_ != "NORP" and head.tag_ != "NNPS":
        return None  # "41 Skip": page furniture; "six North Koreans" stays
    return head


def _head_candidate(sdoc: Doc, run: _Run) -> Token | None:
    last = sdoc[run.end - 1]
    # "12,000 of its special forces", "thousands of North Korean soldiers"
    if run.end < len(sdoc) and sdoc[run.end].lower_ == "of":
        objs = [c for c in sdoc[run.end].children if c.dep_ == "pobj"]
        if objs and objs[0].pos_ in ("NOUN", "PROPN") and objs[0].ent_type_ not in ("GPE", "ORG"):
            return objs[0]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "amod", "compound")
        and head.i >= run.end
        and head.pos_ in ("NOUN", "PROPN")
        and head.i - run.end <= 4
    ):
        if head.lemma_ in COUNT_NOUNS:
            return None  # "forces number at least 40,000": counted elsewhere
        return head
    if (
        run.end < len(sdoc)
        and sdoc[run.end].tag_ in ("NNS", "NN")
        and sdoc[run.end].lemma_ not in ("number", "total")
    ):
        return sdoc[run.end]
    return None


def _noun_phrase(sdoc: Doc, start: int, head: Token) -> str:
    """The head noun with the lowercase modifiers between `start` and it."""
    if head.pos_ == "PROPN" or head.ent_type_ == "NORP":
        first = head.i
        while (
            first > start
            and sdoc[first - 1].ent_type_ == head.ent_type_
            and sdoc[first - 1].pos_ in ("PROPN", "ADJ")
        ):
            first -= 1
        return sdoc[first : head.i + 1].text
    run_start: int | None = None  # first token of the run of modifiers that reaches the head
    for tok in sdoc[max(start, head.left_edge.i) : head.i]:
        modifier = (
            tok.pos_ in ("ADJ", "NOUN", "VERB")
            and tok.text.islower()
            and tok.lower_ not in UNIT_SKIP
            and tok.ent_type_ not in NAMED
            and tok.i < tok.head.i <= head.i
        )
        glue = tok.text == "-" and run_start is not None  # "long-range rockets"
        if modifier or glue:
            run_start = tok.i if run_start is None else run_start
        else:
            run_start = None
    return sdoc[head.i if run_start is None else run_start : head.i + 1].text.lower()


def _counted_in_sentence(run: _Run, sent: Span) -> Token | None:
    """ "the number of North Korean troops could rise to 12,000"; "forces number 40,000"."""
    for tok in sent:
        if tok.lemma_ in COUNT_NOUNS and tok.i < run.start:
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ == "of":
                    objs = [c for c in prep.children if c.dep_ == "pobj"]
                    if objs:
                        return objs[0]
            # "forces number 40,000": the tagger often calls "forces" a verb here
            subjects = [
                c
                for c in tok.children
                if c.dep_ in ("compound", "nsubj")
                and c.pos_ in ("NOUN", "VERB")
                and c.text.islower()
            ]
            if subjects:
                return subjects[0]
    return None


# ------------------------------------------------------------------ predicate


def _predicate_verb(sdoc: Doc, run: _Run) -> Token | None:
    """The verb that says what happens to the counted thing: "leave" in "9,000
    people had left", "cover" in "the 40,000 covered by the order", "supply" in "supplies
    water to 200,000 people". None when the figure sits in a noun phrase ("a country of 5.2
    million people") or only a speech verb governs it."""
    counted = _counted_token(sdoc, run)
    verb = next(
        (c for c in counted.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"), None
    ) or _governor(counted)
    for _ in range(3):  # "may have to leave", "is expected to reach": the content verb
        if verb is None or verb.lemma_.lower() not in LIGHT_VERBS:
            break
        complement = next(
            (c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None
        )
        if complement is None:
            break
        verb = complement
    if verb is None or verb.lemma_.lower() in SAY_VERBS:
        return None
    return verb


def _counted_token(sdoc: Doc, run: _Run) -> Token:
    """The noun the number counts when it is right after it, else the number itself."""
    last = sdoc[run.end - 1]
    head = last.head
    if (
        last.dep_ in ("nummod", "quantmod", "compound", "amod")
        and run.end <= head.i <= run.end + 4
        and head.pos_ in ("NOUN", "PROPN")
    ):
        return head
    return last


def _governor(tok: Token) -> Token | None:
    """The verb whose subject or object `tok` is, through prepositions and conjunctions."""
    for _ in range(8):
        head = tok.head
        if head.i == tok.i:
            return None
        if tok.dep_ in ("pobj", "pcomp", "conj", "appos"):
            tok = head
            continue
        if head.pos_ not in ("VERB", "AUX"):
            return None  # inside a noun phrase: "a country of 5.2 million people"
        if tok.dep_ not in GOVERNED:
            return None
        if (
            head.tag_ == "VBG"
            and head.head.pos_ == "VERB"
            and any(c.dep_ == "dobj" and c.i == head.i + 1 != tok.i for c in head.children)
        ):  # (not "killing 14 of the 162 people": the number is the participle's own object)
            return head.head  # "supplies drinking water to ...": a modifier, not the verb
        return head
    return None


# ------------------------------------------------------------------ as of


def _as_of(sent: Span, times: list[TimeExpression]) -> str | None:
    """ "as at Oct 8", "as of Wednesday"; "by"/"until" only in a sentence without a modal
    ("should be complete by Friday" is a target) and not before a possessive ("by Tuesday's
    order")."""
    text = sent.text
    modal = any(t.tag_ == "MD" for t in sent)
    for time in times:
        if not (sent.start_char <= time.start < sent.end_char) or time.precision not in (
            "day",
            "month",
            "year",
            "week",
        ):
            continue
        before = text[: time.start - sent.start_char].rstrip().lower().split()
        after = text[time.end - sent.start_char :]
        for phrase in AS_OF:
            if tuple(before[-len(phrase) :]) != phrase:
                continue
            loose = phrase in (("by",), ("until",), ("through",))
            if loose and (modal or after.startswith(("'s", "’s"))):
                continue
            return time.value
    return None
