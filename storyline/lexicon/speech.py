"""Verbs that report speech, writing or thought: lemmas for stages that read a parse, inflected
forms for stages that match words without one. One list per concept; a stage that needs fewer
takes a named subset (every subset is drawn from the full list, as a test checks)."""

from __future__ import annotations

# Verbs that report speech or writing: cues for quotes in marks and for reported speech.
SPEECH_VERBS: frozenset[str] = frozenset(
    """
say tell add write claim warn state note explain argue insist declare announce report stress
emphasize emphasise suggest observe remark reply respond answer ask acknowledge admit concede
confirm deny predict recall reiterate repeat assert contend caution complain comment continue
hint editorialize editorialise tweet post testify boast vow pledge promise lament agree disclose
reveal indicate mention quip joke muse shout yell chant whisper allege conclude speculate propose
recommend point charge counter retort concur accuse advise inform assure urge demand
tout signal estimate cite quote
""".split()
)
# Verbs of judgement that attribute a quoted phrase ("called it a 'blood alliance'"), and of
# memory that attribute a quoted sentence ('"I froze," she remembers'), never a clause of
# reported speech on their own ("she remembers that day" reports nothing said).
QUOTE_ONLY_VERBS: frozenset[str] = frozenset(
    """
call describe dismiss brand term dub express rubbish praise slam blast criticize criticise
denounce condemn hail welcome characterize characterise question decry mock remember
""".split()
)
# Verbs of thought that papers use to report a position ("Doo believes that ...").
THOUGHT_VERBS: frozenset[str] = frozenset(
    "believe think expect fear hope worry doubt suspect feel".split()
)
# Verbs of taking a side ("Ana Ruiz opposed the idea. “…”"): a sentence with one introduces
# the quote after it as its subject's words, as a verb of speech would.
STANCE_VERBS: frozenset[str] = frozenset("oppose support disagree object reject".split())
# Verbs of reckoning that give a number a source ("put the toll at 40", "estimated 3,000").
RECKON_VERBS: frozenset[str] = frozenset("assess reckon put brief calculate count".split())

# ------------------------------------------------------------------ named subsets (lemmas)

# The plainest reporting verbs: in the present tense they report, never schedule ("says
# Monday" is no plan).
PLAIN_SPEECH_VERBS: frozenset[str] = frozenset("say tell claim note add write".split())
# Reporting verbs whose clause reports an event told elsewhere ("said troops left" reports the
# leaving): the events and times analyzers date the reported event, not the saying.
SPEECH_VERBS_CORE: frozenset[str] = PLAIN_SPEECH_VERBS - {"write"} | frozenset(
    "report announce confirm state insist deny warn explain".split()
)
# Verbs whose subject gives a figure ("officials said 40 died", "analysts estimate"):
# reporting verbs, two of thought and the verbs of reckoning.
FIGURE_SOURCE_VERBS: frozenset[str] = (
    PLAIN_SPEECH_VERBS
    | frozenset(
        """estimate report confirm state announce warn insist allege argue disclose reveal
        cite tweet testify suggest assert""".split()
    )
    | frozenset({"believe", "think"})
    | RECKON_VERBS
)

# ------------------------------------------------------------------ inflected forms

# The commonest forms: in news they carry no topic (stop words for clustering).
SAID_FORMS: tuple[str, ...] = ("said", "says", "told")
# Past forms before the day of the saying ("said on Monday", "announced Tuesday").
SAID_PAST_FORMS: tuple[str, ...] = (
    "said",
    "announced",
    "confirmed",
    "stated",
    "added",
    "reported",
    "wrote",
    "warned",
    "insisted",
    "admitted",
    "denied",
)
# Forms before a figure's "as of" day ("said on Friday", "reported this week").
SAID_ON_FORMS: tuple[str, ...] = (
    "said",
    "says",
    "told",
    "reported",
    "announced",
    "confirmed",
    "added",
    "stated",
)
# Forms after a name that show it names someone who speaks or acts in public ("Okafor said",
# "Okafor visited"): speech verbs and public acts (met, visited, toured, signed, ordered).
ACTOR_VERB_FORMS: tuple[str, ...] = (
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "argued",
    "argues",
    "claimed",
    "claims",
    "stated",
    "states",
    "noted",
    "notes",
    "explained",
    "wrote",
    "writes",
    "announced",
    "insisted",
    "urged",
    "urges",
    "denied",
    "confirmed",
    "accused",
    "praised",
    "called",
    "asked",
    "met",
    "visited",
    "spoke",
    "speaks",
    "toured",
    "tours",
    "signed",
    "ordered",
    "vowed",
    "pledged",
    "admitted",
    "replied",
    "responded",
    "acknowledged",
    "reported",
    "reports",
    "testified",
    "tweeted",
    "posted",
    "recalled",
)

# Verbs that refuse the saying they govern ("declined to say whether"): no words reported.
REFUSING_VERBS = frozenset("decline refuse".split())
# Verbs that make someone say something ("which led Ana Ruiz to say", "prompted her to
# remark"): the one made to speak did speak. Not "urged X to say", "asked X to explain": the
# words asked for may never have been said.
CAUSING_VERBS = frozenset("lead prompt spur force drive cause move inspire compel provoke".split())

# Cues whose object is who hears the words, never who speaks them ("told the paper").
LISTENER_VERBS = frozenset({"tell", "inform", "assure", "remind", "brief"})

# Labels of an interview's turns ("Q: ...", "Interviewer: ...", "A: ..."): who asks and who
# answers, by the page's format (lower case; the speaker of an answer is named by the intro).
QUESTION_LABELS = frozenset({"q", "question", "interviewer", "host", "moderator"})
ANSWER_LABELS = frozenset({"a", "answer"})
