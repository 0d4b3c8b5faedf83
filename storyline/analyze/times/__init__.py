"""Time expressions: a rule-based recogniser and normaliser (HeidelTime-style) for English news.

``find_times`` finds dates, times, durations and sets and gives each a TimeML/ISO value:
``2024-10-15``, ``2024-10``, ``2024``, ``2024-W42``, ``2024-Q3``, ``P3D``,
``2024-10-14/2024-10-20``.
Relative expressions ("on Thursday", "Oct 15", "in June", "last week", "three years ago") are
resolved against ``reference`` (the publication date); the direction of an ambiguous weekday or
month comes from the verb that governs the expression in the parse: a modal, "going to", "is to",
a verb of planning or a simple present in running text ("the deadline expires on Sunday": a
scheduled event) point ahead; the past tense and present perfect point back, and so does a day
with no cue, as news reports the past week. Headlines and photo captions tell past news in the
present and get no forward reading. Anaphoric phrases count from
the text, not the reference: "the following month" from the last month named up to four
sentences back, "the quarter" of an earnings report from the last quarter it named.

Without a reference, absolute expressions keep their value and relative ones are kept with a
TimeML underspecified value in which ``X`` stands for what is unknown: ``XXXX-10-15`` (Oct 15),
``XXXX-06`` (June), ``XXXX-WXX-4`` (Thursday), ``XXXX-XX-XX`` (yesterday), ``XXXX-WXX`` (this
week), ``XXXX`` (last year). A value containing ``X`` is never a resolved date.

``estimate_published`` guesses a page's date from its content when no date is stated.


The package, by stage of the work:

- ``lexicon``: the words and patterns of time (month and weekday names, units, number words,
  the verbs that plan, report or set deadlines);
- ``calendar``: date arithmetic and the precision of a value;
- ``context``: the text, its reference date, its parse and sentences, and the dates found;
- ``tense``: whether an expression's clause points ahead or back (from the parse, else words);
- ``resolve``: a named month, day, weekday, quarter or season as a value near the reference,
  and the dates anchored phrases count from;
- ``recognise``: the rules, each a pattern and the handler that gives its value;
- ``selection``: which matches become expressions (longest first), and the entry points;
- ``timeml``: an expression as TimeML annotates it (``timex3``): "two days after the vote"
  keeps the day it points to in ``value`` and its length in ``duration``; TimeML reads it as
  the DURATION "two days".
"""

from storyline.analyze.times.calendar import resolved_date
from storyline.analyze.times.context import sentence_spans
from storyline.analyze.times.selection import estimate_published, find_times
from storyline.analyze.times.timeml import timex3

__all__ = ["estimate_published", "find_times", "resolved_date", "sentence_spans", "timex3"]
