"""Quotations and reported speech, each with its speaker.

``find_quotes(sdoc, entities)`` works on the one spaCy parse the analyze stage makes per
document. It combines two views of the text because neither is enough on its own:

* **Quotation marks**, scanned per paragraph (one line of ``Document.text``), with the newsroom
  conventions: curly or straight marks, an opening mark that is never closed (the quote runs to the
  end of the paragraph, and a paragraph that opens with a mark continues it), a stray closing mark
  with no opening one (the quote is taken from the start of its sentence), inner quotes of another
  mark family kept inside the outer quote, "NAME:" labels of transcripts. Each span in marks becomes
  a *direct* quote (it stands as its own sentence or clause) or a *partial* one (a phrase embedded
  in the writer's sentence); short quoted terms need a cue that governs them, titles are skipped.
* **The dependency parse**, for the attribution: a cue verb (said, told, added, wrote, warned,
  claimed, believes ... or "according to") whose subject is the speaker. For marked quotes the cue
  is searched in the writer's text around the marks in the same sentence; a quote with no cue of
  its own inherits the speaker of the previous attribution in its paragraph, or of the previous
  paragraph when it opens the paragraph (multi-paragraph quotes). Reported speech (*indirect*) is
  a cue verb's clausal complement ("Nah said Seoul's deployment would ...", "X told reporters it
  is ..."), a "..., analysts say" parenthetical, or the clause around "according to X". When
  reported speech contains quoted words, the whole clause is one *partial* (mixed) quote.

Who speaks is decided in ``storyline.analyze.speakers`` (names, pronouns, roles, continuations).
The scan of quotation marks is in ``storyline.analyze.marks``.

Everything here is a pure function of the parse and the entity list: no global state beyond
constant word lists.
"""

from __future__ import annotations

import re

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token

from storyline.analyze.cue_clauses import (
    LISTENER_VERBS,
    across_lines,
    bracketed_by,
    cited_as,
    colon_verb,
    dateline_subject,
    described_subject,
    displayed_by,
    labels_a_noun,
    line_head,
    no_one_speaks,
    quoted_as,
    reported_clause,
    role_head,
    split_apposition,
    text_author,
    unsaid,
    unsaid_subject,
)
from storyline.analyze.marks import (
    Marked,
    line_bounds,
    line_of,
    looks_like_title,
    quoted_mask,
    scan_marks,
    token_at,
    tokens,
)
from storyline.analyze.nlp import doc_text, lemma_of, where
from storyline.analyze.quote_interview import interview_records
from storyline.analyze.quote_nesting import drop_nested
from storyline.analyze.quote_nickname import past_nickname
from storyline.analyze.quote_records import (
    dangling,
    holds_quoted_words,
    is_quoted,
    keep_record,
    outermost,
    strip_span,
    to_quote,
)
from storyline.analyze.quote_singles import cued_in_single_quotes as cued_in_singles
from storyline.analyze.speaker_acronym import (
    possessed_role,
    reported_name_end,
    role_after_name,
)
from storyline.analyze.speaker_clauses import depicted_speaker, listed_antecedent, past_aside
from storyline.analyze.speaker_lead import introduced_above, lead_in
from storyline.analyze.speaker_names import TRANSCRIPT_LABEL, person_head
from storyline.analyze.speakers import EntityIndex, Record, resolve_speakers
from storyline.analyze.statement_owner import statement_owner, verbless_statement
from storyline.clean.leads import lead_end
from storyline.lexicon import QUOTE_ONLY_VERBS, SPEECH_VERBS, THOUGHT_VERBS
from storyline.lexicon.nouns import is_source_noun
from storyline.model import Entity, Quote

# Verbs that report speech or writing (quotes in marks and reported speech), verbs of
# judgement that only attribute a quoted phrase, and verbs of thought that report a position.
SPEECH_CUES = SPEECH_VERBS
QUOTE_ONLY_CUES = QUOTE_ONLY_VERBS
THOUGHT_CUES = THOUGHT_VERBS

DIRECT_CUES = SPEECH_CUES | QUOTE_ONLY_CUES | THOUGHT_CUES
INDIRECT_CUES = SPEECH_CUES | THOUGHT_CUES

_SENT_END = frozenset({".", "!", "?"})


# ------------------------------------------------------------------ public entry point


def find_quotes(sdoc: Doc, entities: list[Entity]) -> list[Quote]:
    """All direct, partial and indirect quotes of one parsed document, in text order."""
    text = doc_text(sdoc)
    lines = line_bounds(text)
    marked = scan_marks(sdoc, text, lines)
    quoted = quoted_mask(len(text), marked)
    index = EntityIndex(entities)

    records = _marked_records(sdoc, text, marked, quoted, lines)
    found = _indirect_records(sdoc, text, quoted, lines)  # none inside single-quoted words:
    indirect = [r for r in found if not is_quoted(r, records) and not cued_in_singles(text, r)]
    # "The victory continued what Ruiz described as "..."": a thing reports no one's words
    indirect = [r for r in indirect if r.subject is None or not _a_thing(r.subject)]
    for r in indirect:
        for m in marked:  # the parser may leave the end of a quote out of the clause
            joined = (  # "said the tram sped up and "everyone went flying"": one quote
                r.end <= m.outer_start
                and not text[r.end : m.outer_start].strip()
                and dangling(text[r.start : r.end])
            )
            if (r.start <= m.start < r.end < m.end or joined) and m.line == r.line:
                r.end = m.end
        if holds_quoted_words(sdoc, text, r, marked):
            r.kind = "partial"  # reported speech with quoted words in it: one mixed quote
    records = drop_nested(records, indirect, text) + indirect
    records.sort(key=lambda r: (r.start, r.end))
    resolve_speakers(sdoc, text, records, index, lines)
    answers = interview_records(text, lines, index)
    if answers:  # a Q&A page: each answer is its speaker's, whatever was found inside it
        records = [r for r in records if not _inside_any(r, answers)] + answers
        records.sort(key=lambda r: (r.start, r.end))
    return [to_quote(text, r) for r in records if keep_record(r)]


def _inside_any(r: Record, spans: list[Record]) -> bool:
    return any(s.start <= r.start < s.end or r.start <= s.start < r.end for s in spans)


# ------------------------------------------------------------------ cues and subjects


def _is_cue(tok: Token, cues: frozenset[str], quoted: bytearray) -> bool:
    if quoted[tok.idx]:
        return False
    if tok.lower_ == "called" and tok.i > 0 and tok.nbor(-1).lower_ == "so":
        return False  # "so called": an adjective, no one speaks
    if tok.lower_ == "according" and any(c.lower_ == "to" for c in tok.children):
        return True
    return (tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB")) and (
        tok.lemma_.lower() in cues or tok.lower_ in cues
    )


def _maybe_cues(sdoc: Doc, cues: frozenset[str]) -> list[int]:
    """The tokens ``_is_cue`` can accept, in order: a cue word or lemma, or "according" (a
    few per page, so the page's other words need no Token to be turned down)."""
    words = where(sdoc, LOWER, lambda low: low in cues or low == "according")
    lemmas = where(sdoc, LEMMA, lambda lemma: lemma.lower() in cues)
    return sorted(set(words).union(lemmas))


def _subject(cue: Token, quoted: bytearray, depth: int = 0) -> Token | None:
    """The speaker's head token for a cue verb (or the object of "according to")."""
    if no_one_speaks(cue):
        return None
    if cue.lower_ == "according":
        to = next((c for c in cue.children if c.lower_ == "to"), None)
        return next((c for c in to.children if c.dep_ == "pobj"), None) if to else None
    # Of several subjects the parser may offer, a word (not a dash) outside the quote, nearest.
    subjects = [
        c
        for c in cue.children
        if c.dep_ == "nsubj" and not quoted[c.idx] and any(ch.isalpha() for ch in c.text)
    ]
    # "Moon Jae-in said": the tokenizer cuts the name at its hyphen and the parser may make
    # the tail a subject of its own; the name's head is the subject.
    subjects = [c for c in subjects if not split_apposition(c, subjects)]
    subjects = [c for c in subjects if not _hyphen_tail(c)] or subjects
    if any(across_lines(c, cue) for c in subjects):
        # the parser ran the previous paragraph on into this one ("Hide Caption 25 of 25 /
        # One man ... told"): the subject is the head of this paragraph's own words
        subjects = [c for c in subjects if not across_lines(c, cue)]
        subjects = subjects or [t for t in [line_head(cue)] if t is not None]
    subject = min(subjects, key=lambda c: abs(c.i - cue.i)) if subjects else None
    if subject is not None:
        subject = statement_owner(subject) or dateline_subject(subject) or subject  # datelines
        subject = role_after_name(subject) or possessed_role(subject) or subject
    relayed = _relayed_source(cue, quoted)
    if relayed is not None:
        return relayed  # "Wirenet cited the Varn ministry": the ministry's words
    if subject is not None and cue.tag_ == "VBG" and subject.i > cue.i:
        subject = None  # "calling the North a ...": an object, not the speaker
    if subject is not None and subject.tag_ in ("WDT", "WP") and cue.dep_ == "relcl":
        # "the agency, which added that ..."; "Ann Crane and Nina Ford, who joked": Ford
        return described_subject(listed_antecedent(subject, cue.head))
    if subject is not None:
        return subject
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and (found := text_author(cue.head)) is not None:
        return found  # "Obama issued a statement saying ...": Obama's words
    if (found := depicted_speaker(cue)) is not None:
        return found  # "the channel aired a video of Arden saying ..."
    if cue.tag_ == "VBG" and cue.dep_ == "acl" and cue.head.pos_ in ("PROPN", "NOUN"):
        return cue.head  # "footage of Trump saying ..."
    if cue.tag_ == "VBG" and (found := quoted_as(cue.head)) is not None:
        return found  # "Ryabkov was quoted by RIA Novosti saying ..."
    if cue.tag_ == "VBG" and (found := _with_subject(cue)) is not None:
        return found  # "..., with Seoul and Washington saying ..."
    if cue.tag_ == "VBG" and cue.dep_ == "pcomp" and depth < 3:
        return _subject(cue.head.head, quoted, depth + 1)  # "before asking her, ..."
    after = _inverted_subject(cue, quoted) or unsaid_subject(cue, quoted)
    if after is not None:
        return after
    return _climbed_subject(cue, quoted, depth)


def _climbed_subject(cue: Token, quoted: bytearray, depth: int) -> Token | None:
    """The speaker of a cue that governs no subject of its own, from the verb it hangs on."""
    # "..., saying that" / "rubbished the talk and called": the subject of the governing verb.
    # A quoted clause's own verb is no speaker either: climb past it to the cue that governs it.
    climb = (
        (cue.dep_ == "advcl" and cue.tag_ == "VBG")
        or cue.dep_ in ("conj", "xcomp")
        or (cue.dep_ == "ccomp" and quoted[cue.idx])
    )
    if depth < 3 and climb and cue.head.i != cue.i:
        head = past_aside(cue)
        if (  # "X said the hospitals were full and added:": X adds, not the hospitals
            cue.dep_ == "conj"
            and head.dep_ == "ccomp"
            and not _is_cue(head, DIRECT_CUES, quoted)
            and _is_cue(head.head, DIRECT_CUES, quoted)
            and head.head.i < head.i  # not "X ordered A and said B, the agency said"
        ):
            head = head.head
        return _subject(head, quoted, depth + 1)
    return None


def _relayed_source(cue: Token, quoted: bytearray) -> Token | None:
    """The source an outlet relays: the object of "cited" or "quoted" ("Wirenet cited the
    Varn ministry", "the paper quoted Ana Ruiz as saying"): its words, not the outlet's."""
    if cue.lemma_.lower() not in ("cite", "quote") or cited_as(cue):
        return None
    obj = next((c for c in cue.children if c.dep_ == "dobj" and not quoted[c.idx]), None)
    # "the article said, quoting him as saying": the one quoted is the speaker, named or a
    # him/her the speaker resolution traces back, not the text that quotes him
    person = obj is not None and obj.lower_ in ("him", "her")
    if obj is None or not (
        person or obj.pos_ == "PROPN" or obj.ent_type_ or is_source_noun(obj.lemma_.lower())
    ):
        return None
    return obj


def _hyphen_tail(tok: Token) -> bool:
    """The word after a hyphen inside one written word ("in" of "Jae-in")."""
    return (
        tok.i >= 2
        and tok.nbor(-1).text in ("-", "‐")
        and not tok.nbor(-1).whitespace_
        and not tok.nbor(-2).whitespace_
    )


def _with_subject(cue: Token) -> Token | None:
    """The noun right before a participle cue, when "with" governs it: "with X saying"."""
    if cue.i == 0:
        return None
    tok = cue.doc[cue.i - 1]
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "with" and tok.pos_ in ("PROPN", "NOUN"):
        return tok
    return None


def _inverted_subject(cue: Token, quoted: bytearray) -> Token | None:
    """ "..., said Caddell" when the parser did not make Caddell the subject."""
    doc = cue.doc
    if cue.tag_ == "VBG":
        return None  # "calling the North ...": what follows a participle is its object
    if cue.lemma_.lower() in LISTENER_VERBS:
        return None  # '"...," a local councillor, Ana Ruiz, told Radio Varn': the listener
    j = cue.i + 1
    while j < len(doc) and doc[j].dep_ in ("advmod", "npadvmod") and doc[j].pos_ == "ADV":
        j += 1
    if j >= len(doc) or doc[j].pos_ not in ("PROPN", "PRON", "DET") or quoted[doc[j].idx]:
        return None
    if doc[j].ent_type_ in ("DATE", "TIME"):
        return None  # 'said Thursday morning on ...'

    if cue.i == 0 or not (doc[cue.i - 1].is_punct or quoted[doc[cue.i - 1].idx]):
        return None
    head = doc[j]
    while (
        head.head.i != head.i
        and head.head.i > cue.i
        and head.dep_ in ("compound", "det", "flat", "amod", "poss", "case")
    ):
        head = head.head
    return head if head.pos_ in ("PROPN", "PRON", "NOUN") else None


def _cue_text(cue: Token) -> str:
    if cue.lower_ == "according":
        return "according to"
    particle = next((c.text for c in cue.children if c.dep_ == "prt" and c.i == cue.i + 1), "")
    return f"{cue.lower_} {particle.lower()}".strip()


# ------------------------------------------------------------------ quotes in marks


def _frame(
    sdoc: Doc, m: Marked, quoted: bytearray, lines: list[tuple[int, int]], before: bool
) -> list[Token]:
    """The writer's own words next to a quote, up to the sentence end or the next quote."""
    a, b = lines[m.line]
    out: list[Token] = []
    if before:
        first = token_at(sdoc, m.outer_start)
        i = (first.i if first is not None else 0) - 1
        while i >= 0 and sdoc[i].idx >= a and not quoted[sdoc[i].idx]:
            if sdoc[i].text in _SENT_END:
                break
            out.append(sdoc[i])
            i -= 1
        return out[::-1]
    last = token_at(sdoc, max(m.outer_end - 1, m.start))
    i = (last.i if last is not None else len(sdoc)) + 1
    while i < len(sdoc) and sdoc[i].idx < b:
        if quoted[sdoc[i].idx]:
            past = past_nickname(sdoc, i, quoted)
            if past is None:
                break
            i = past
            continue
        out.append(sdoc[i])
        if sdoc[i].text in _SENT_END:
            break
        i += 1
    return out


def _find_cue(
    frame: list[Token], quoted: bytearray, near_end: bool, after: bool = False
) -> tuple[Token, Token] | None:
    """The cue in ``frame`` that has a speaker, nearest to the quote, with that speaker."""
    order = frame[::-1] if near_end else frame
    for n, tok in enumerate(order):
        if not _is_cue(tok, DIRECT_CUES, quoted):
            continue
        subject = _subject(tok, quoted)
        if subject is None and after:
            subject = _lead_name(order[:n])
        if subject is not None:
            return tok, subject
    return None


def _lead_name(tokens: list[Token]) -> Token | None:
    """'"...," Flynn, a top Trump surrogate, said' when the parse lost the subject: the first
    name between the quote and the cue."""
    for n, tok in enumerate(tokens):
        if tok.dep_ == "poss" and tok.head.i > tok.i and role_head(tok.head):
            return tok.head  # "Hale's lawyer, Paul Baker, said": the lawyer speaks
        if tok.pos_ in ("PROPN", "PRON") and tok.ent_type_ not in ("DATE", "TIME"):
            while n + 1 < len(tokens) and tokens[n + 1].pos_ == "PROPN":
                n += 1
            return tokens[n]
    return None


def _colon_cue(
    sdoc: Doc, text: str, m: Marked, quoted: bytearray, lines: list[tuple[int, int]]
) -> tuple[Token, Token] | None:
    """ "Caddell continued:" at the end of the previous paragraph introduces this quote."""
    n = m.line - 1
    while n > 0 and not text[lines[n][0] : lines[n][1]].strip():
        n -= 1  # paragraphs apart by a blank line: "Abe also said: ¶ ¶ “…”"
    if n < 0:
        return None
    a, b = lines[n]
    stripped = text[a:b].rstrip()
    if not stripped.endswith(":"):
        return None
    span = tokens(sdoc, a, a + len(stripped))
    if span is None:
        return None
    root = span[-1].sent.root
    subject = _subject(root, quoted)
    if subject is None or quoted[root.idx]:
        return None
    named = subject.ent_type_ == "PERSON"  # "Sanders made the following comment:"
    if n < m.line - 1 and not (_is_cue(root, DIRECT_CUES, quoted) or person_head(subject) or named):
        return None  # across a blank line only "X said:" or a person ("the Core is likely:")
    return root, subject


def _marked_records(
    sdoc: Doc, text: str, marked: list[Marked], quoted: bytearray, lines: list[tuple[int, int]]
) -> list[Record]:
    records = []
    for m in marked:
        before = _frame(sdoc, m, quoted, lines, before=True)
        after = _frame(sdoc, m, quoted, lines, before=False)
        found = _pick_cue(text, m, before, after, quoted)
        if found is None and not before and m.opened:
            found = (
                _colon_cue(sdoc, text, m, quoted, lines)
                or lead_in(sdoc, m, quoted, lines)
                or introduced_above(sdoc, m, quoted, lines)
            )
        found = found or verbless_statement(before, after)  # "X's statement on the vote: "..."
        shown = displayed_by(before)  # '"...," Hale said. The scoreboard read: "..."'
        found = shown if shown is not None and (found is None or found[0].i < shown[0].i) else found
        cue, subject = found if found is not None else (None, None)
        named_before = bracketed_by(before)
        if named_before is not None:  # 'Tove Lind ("Nobody asked the crews")': her words
            cue, subject = None, named_before
        words = len(text[m.start : m.end].split())
        if words <= 2 and (cue is None or not _governs(cue, sdoc, m)):
            continue  # a scare-quoted term or a title, not speech
        if labels_a_noun(before[-1] if before else None, after[0] if after else None):
            continue  # 'his bold "sail first, ask later" tactics': a slogan
        if (cue is None or before) and looks_like_title(text, m, cue is None):
            continue
        kind = _direct_or_partial(text, m, before, after, cue)
        record = Record(
            m.start,
            m.end,
            kind,
            m.line,
            cue,
            _cue_text(cue) if cue is not None else None,
            subject,
            open_end=not m.closed,
        )
        label = TRANSCRIPT_LABEL.match(text, m.start, m.end)
        if cue is None and label is not None:
            record.label = (label.start(1), label.end(1))
            record.start = label.end()
        signed = _DASH_NAME.match(text, m.outer_end, lines[m.line][1])
        if cue is None and signed is not None:
            name = signed.group(1).rstrip(" .,")  # '"..." ― Sonya Herridge'
            record.label = (signed.start(1), signed.start(1) + len(name))

        records.append(record)
    return records


_DASH_NAME = re.compile(r"\s*[―—–-]+\s*((?:[A-Z][\w'’.\-]*\s?){1,5}?)[\s.,]*$")


def _pick_cue(
    text: str, m: Marked, before: list[Token], after: list[Token], quoted: bytearray
) -> tuple[Token, Token] | None:
    """The cue and subject for a quote in marks. A cue whose subject is a thing ('The victory
    signals "a new era," according to Brennan', 'The win continued what Ruiz described as
    "..."') yields to another cue of the sentence that names someone."""
    found = _nearest_cue(text, m, before, after, quoted)
    if found is not None and _a_thing(found[1]):
        for named in (
            _find_cue(before, quoted, near_end=True),  # "... continued what X described as"
            _find_cue(after[:12], quoted, near_end=False, after=True),
        ):
            if named is not None and named[0].i != found[0].i and not _a_thing(named[1]):
                return named
    return found


def _a_thing(subject: Token) -> bool:
    """A common noun in lower case that names no one who can speak ("the victory", "the
    deal"), with no name set beside it ("the largest shareholder, the fund CalTeach")."""
    return (
        subject.pos_ == "NOUN"
        and subject.text[:1].islower()
        and not subject.ent_type_
        and not is_source_noun(lemma_of(subject))
        and not any(c.dep_ in ("appos", "conj") for c in subject.children)
    )


def _nearest_cue(
    text: str, m: Marked, before: list[Token], after: list[Token], quoted: bytearray
) -> tuple[Token, Token] | None:
    ends_sentence = text[m.start : m.end].rstrip().endswith((".", "…"))
    words = [t for t in before if not t.is_space]
    if words and (words[-1].text in (":", ",") or _is_cue(words[-1], DIRECT_CUES, quoted)):
        found = _find_cue(words[-8:], quoted, near_end=True)  # 'said: "...', 'He stated, "...'
        if found is not None:
            return found
    found = _reporting_cue(words, m, quoted)
    if found is not None and not (words[-1].text == ":" and _in_relative_clause(found[0])):
        return found  # not "X, which analysts believe is ..., issued a directive: "...""
    if not (ends_sentence and _new_sentence(after, quoted)):
        found = _find_cue(after[:12], quoted, near_end=False, after=True)
        if found is not None:
            return found
    if words and words[-1].text == ":":
        found = colon_verb(words, quoted)  # 'Khan paid tribute on Twitter: "...'
        if found is not None:
            return found
    found = _find_cue(before, quoted, near_end=True)
    if found is not None or ends_sentence:
        return found
    return _find_cue(after, quoted, near_end=False)


def _reporting_cue(before: list[Token], m: Marked, quoted: bytearray) -> tuple[Token, Token] | None:
    """A cue before the quote whose clause holds it ('X said the tram sped up and "everyone
    went flying," the agency reports'): X speaks, the agency only relays."""
    if not before:
        return None
    span = tokens(before[0].doc, m.start, m.end)
    if span is None:
        return None
    ancestors = {t.i for t in span.root.ancestors}
    for tok in reversed(before):
        if tok.i in ancestors and _is_cue(tok, INDIRECT_CUES, quoted):
            subject = _subject(tok, quoted)
            if subject is not None:
                return tok, subject
    return None


def _in_relative_clause(tok: Token) -> bool:
    return any(t.dep_ == "relcl" for t in [tok, *tok.ancestors])


def _new_sentence(after: list[Token], quoted: bytearray) -> bool:
    """What follows a quote that ends with a full stop is a new sentence ('"... carnage."
    Police have confirmed a man was arrested'), unless it is only an attribution ('"..."
    Smith said in a statement.'): its cue then reports nothing of its own."""
    words = [t for t in after if not t.is_space and not t.is_punct]
    if not words or not words[0].text[:1].isupper() or _is_cue(words[0], DIRECT_CUES, quoted):
        return False
    end = next((k for k, t in enumerate(after) if t.text in _SENT_END), len(after))
    cues = [t for t in after[:end] if _is_cue(t, DIRECT_CUES, quoted)]
    return not cues or any(c.dep_ == "ccomp" and c.i > cues[0].i for c in cues[0].children)


def _governs(cue: Token, sdoc: Doc, m: Marked) -> bool:
    """A short quoted term is attributed only when it is the cue's own object or complement."""
    span = tokens(sdoc, m.start, m.end)
    if span is None:
        return False
    tok = span.root
    for _ in range(8):
        if tok.i == cue.i:
            return True
        if tok.head.i == tok.i or (tok.i != span.root.i and tok.pos_ in ("VERB", "AUX")):
            return False
        tok = tok.head
    return False


def _direct_or_partial(
    text: str, m: Marked, before: list[Token], after: list[Token], cue: Token | None
) -> str:
    words = [t for t in before if not t.is_space]
    inner = text[m.start : m.end].strip()
    raw = text[m.start : m.outer_end].rstrip("\"”’'» ")
    if (
        after
        and raw[-1:].isalnum()
        and after[0].is_lower
        and after[0].is_alpha
        and (cue is None or after[0].i != cue.i)
    ):
        return "partial"  # '"I have admiration for the mechanics" of the plan, he said'
    if not words or not m.opened:
        return "direct"
    if len(inner.split()) <= 4 and not inner.endswith((".", "?", "!")):
        return "partial"  # a quoted phrase inside the writer's sentence
    last = words[-1]
    if last.text == ":":
        return "direct"
    if (
        cue is not None
        and cue.idx < m.start
        and (last.i == cue.i or (last.text == "," and last.i - cue.i <= 8))
    ):
        return "direct"
    return "partial"


# ------------------------------------------------------------------ reported speech


def _indirect_records(
    sdoc: Doc, text: str, quoted: bytearray, lines: list[tuple[int, int]]
) -> list[Record]:
    records = []
    for tok in (sdoc[i] for i in _maybe_cues(sdoc, INDIRECT_CUES)):
        if not _is_cue(tok, INDIRECT_CUES, quoted):
            continue
        subject = _subject(tok, quoted)
        if subject is None or _relays_quoted(tok, quoted) or unsaid(tok):
            continue
        bounds = _content_of(tok, quoted)
        if bounds is None:
            continue
        name_end = reported_name_end(subject, tok)  # "... for Vesk, a spokesman said"
        bounds = (bounds[0], max(bounds[1], name_end or 0))
        line = line_of(lines, tok.idx)
        a, b = lines[line]  # the parser's sentences may run across paragraphs
        a, b = _sentence_around(sdoc, tok, quoted, a, b)
        a = lead_end(text, a, b)  # "VARNBY (Agency) - 40 died, police said": from "40"
        if text[a:b].rstrip().endswith("?"):
            continue  # "Do we expect him to speak tonight?": a question reports no one's words
        start, end = strip_span(text, max(bounds[0], a), min(bounds[1], b))
        if end - start < 8 or len(text[start:end].split()) < 3:
            continue
        records.append(Record(start, end, "indirect", line, tok, _cue_text(tok), subject))
    return outermost(records)


def _relays_quoted(cue: Token, quoted: bytearray) -> bool:
    """ "According to the student paper, the university stated that some "750 ..."": words
    in quotation marks are the university's own; the paper only relays them."""
    head = cue.head
    if cue.lower_ != "according" or head.i == cue.i or not _is_cue(head, INDIRECT_CUES, quoted):
        return False
    comp = next((c for c in head.children if c.dep_ == "ccomp"), None)
    if comp is None or _subject(head, quoted) is None:
        return False
    span = cue.doc[comp.left_edge.i : comp.right_edge.i + 1]
    return any(quoted[t.idx] for t in span)


def _sentence_around(sdoc: Doc, cue: Token, quoted: bytearray, a: int, b: int) -> tuple[int, int]:
    """Bounds of the writer's sentence holding the cue: full stops outside quotes end it, even
    where the parser ran two sentences together."""
    i = cue.i - 1
    while i >= 0 and sdoc[i].idx >= a:
        if sdoc[i].text in _SENT_END and not quoted[sdoc[i].idx]:
            a = sdoc[i].idx + 1
            break
        i -= 1
    i = cue.i + 1
    while i < len(sdoc) and sdoc[i].idx < b:
        if sdoc[i].text in _SENT_END and not quoted[sdoc[i].idx]:
            b = sdoc[i].idx + 1
            break
        i += 1
    return a, b


def _content_of(cue: Token, quoted: bytearray) -> tuple[int, int] | None:
    """Character bounds of what the cue reports, without a further cue's own clause
    ("said X, adding that Y": X for "said", Y for "adding")."""
    doc = cue.doc
    if cue.lower_ == "according":
        span = _beside(cue)
    else:
        comp = reported_clause(cue)
        if comp is not None and comp.i < cue.i and ";" in doc[comp.right_edge.i : cue.i].text:
            return None  # "X is killed; he pledges allegiance": two clauses, nothing reported
        if comp is not None:
            span = doc[comp.left_edge.i : comp.right_edge.i + 1]
        elif cue.dep_ == "parataxis":  # "North Korea, analysts say, would not ..."
            span = _beside(cue)
        else:
            return None
    if span is None or not len(span):
        return None
    start, end = span.start_char, span.end_char
    for tok in span:
        if (
            tok.i > span.start
            and tok.dep_ in ("advcl", "conj")
            and _is_cue(tok, INDIRECT_CUES, quoted)
            and tok.head.i != cue.i
        ):
            end = min(end, doc[tok.left_edge.i].idx)
    return start, end


def _beside(cue: Token) -> Span | None:
    """The larger part of the governing clause left when the attribution phrase is cut out."""
    doc = cue.doc
    head = cue.head
    if head.i == cue.i:
        return None
    left, right = head.left_edge.i, head.right_edge.i + 1
    lo, hi = cue.left_edge.i, cue.right_edge.i + 1
    if cue.lower_ != "according":
        lo = min(lo, next((c.left_edge.i for c in cue.children if c.dep_ == "nsubj"), lo))
    return doc[left:lo] if lo - left >= right - hi else doc[hi:right]
