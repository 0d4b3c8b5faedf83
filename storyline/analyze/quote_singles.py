"""Reported speech inside words quoted in single marks is no one's statement of its own.

Pages that quote with single marks ("announced on Twitter: 'General Manager Tom Reck has
informed Lars Engel that he will not be returning.'") hold reported speech inside the quoted
words. Straight single marks are not read as quotes (``marks.STRAIGHT_SINGLES``: apostrophes
make them unsafe), so nothing masks those words, and the cue inside them ("has informed ...
that") would credit the tweet's words to the person they mention ("Tom Reck"), or a tweet that
paraphrases a rival ("'Premier Brun just stated that the Button is on his desk'") to the rival.
Dropping such a record loses no one's statement: the words are the quote's author's.
Used by ``storyline.analyze.quotes``; a pure function of the text.
"""

from __future__ import annotations

import re

from storyline.analyze.speaker_names import Record

# A single mark that opens quoted words: at a paragraph's start or after a colon, a comma or a
# space, before a capital ("'Varnby Wolves ...", ": 'We will ..."), not an apostrophe in a word.
_OPENING = re.compile(r"(?:^|(?<=[\s:,(]))['‘](?=[A-Z])")
# A single mark that closes: after a letter or punctuation, before a space, punctuation or the
# end; not an apostrophe inside a word ("Reck's").
_CLOSING = re.compile(r"(?<=[\w.,!?])['’](?=[\s,.;:!?)]|$)")


def in_single_quotes(text: str, pos: int) -> bool:
    """Whether ``pos`` lies inside words a single mark opened earlier in its paragraph and a
    single mark closes later in it."""
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    b = len(text) if b < 0 else b
    before = text[a:pos]
    marks = sorted(
        [(m.start(), 1) for m in _OPENING.finditer(before)]
        + [(m.start(), -1) for m in _CLOSING.finditer(before)]
    )
    depth = 0
    for _, step in marks:  # "'Brun stated that the 'Button is on his desk.' Will ...": nested
        depth = max(0, depth + step)
    if depth == 0:
        return False  # "'We will rebuild,' she said": the quote closed before the cue
    return _CLOSING.search(text[pos:b]) is not None


def cued_in_single_quotes(text: str, record: Record) -> bool:
    """Reported speech whose cue lies inside single-quoted words."""
    return in_single_quotes(text, record.cue.idx if record.cue is not None else record.start)
