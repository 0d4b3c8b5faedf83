"""Language data of the key figures: units that are one thing, the verbs and cues that say
what a figure says of what it counts (planned, already there, killed, injured, a part)."""

from __future__ import annotations

import re

from storyline.lexicon import PLAIN_SPEECH_VERBS, SAID_ON_FORMS, SCALES
from storyline.model import Figure
from storyline.synthesize.figure_units import money_or_share

UNIT_CLASSES = {
    "troops": {
        "troop",
        "troops",
        "soldier",
        "soldiers",
        "forces",
        "force",
        "members",
        "member",
        "personnel",
        "servicemen",
        "fighters",
        "men",
        "special forces",
        "military",
    },
    "people": {
        "people",
        "person",
        "persons",
        "residents",
        "civilians",
        "individuals",
        "inhabitants",
        "villagers",
        "citizens",
    },
    "percent": {"percent", "per cent", "%", "pct", "percentage points"},
    "dollars": {"dollars", "dollar", "usd", "$", "us$"},
    "m": {"m", "metre", "metres", "meter", "meters"},  # "60-metre" and "60 metres"
    "km": {"km", "kilometre", "kilometres", "kilometer", "kilometers"},
}

# Frames: what a figure says of the thing it counts (see the module docstring).
MOVEMENT = "movement"
PHASES = {"planned", "covered", "already", "training"}
MOVEMENT_VERBS = {
    "send",
    "deploy",
    "dispatch",
    "leave",
    "flee",
    "evacuate",
    "arrive",
    "move",
    "relocate",
    "displace",
    "cover",
    "order",
    "plan",
    "train",
    "station",
    "transfer",
    "mobilise",
    "mobilize",
    "withdraw",
    "return",
    "enter",
    "prepare",
    "rescue",
    "shelter",
}
# "gunned down 14 people" and "murdered nine" are tolls of the killed as much as "killed".
KILLED_VERBS = {"kill", "die", "murder", "slay", "massacre", "gun"}
INJURED_VERBS = {"injure", "wound", "hurt", "hospitalise", "hospitalize"}
# Verbs of saying tell nothing of what is counted ("40 people said ..."); "added 40 jobs" and
# "claimed 40 lives" do.
SAYING = PLAIN_SPEECH_VERBS - {"add", "claim"}
# Verbs that say nothing of the counted thing's state: the status cues decide.
GENERIC_VERBS = {
    "be",
    "have",
    "include",
    "reach",
    "number",
    "total",
    "stand",
    "rise",
    "grow",
    "climb",
    "increase",
    "fall",
    "drop",
    "top",
    "exceed",
    "pass",
    "become",
    "remain",
    "make",
    "give",
    "put",
    "see",
    "know",
    "estimate",
    "hit",
    "count",
    "bring",
    "take",
    "do",
}
# A count so far is dated by the day it was given: "said on Friday that 15,000 had now left".
SO_FAR = re.compile(r"\b(now|so far|to date|thus far)\b", re.IGNORECASE)
SAID_ON = re.compile(
    rf"\b({'|'.join(SAID_ON_FORMS)})"
    r"(\s+\S+){0,3}?\s*(on|this|last)?\s*$",
    re.IGNORECASE,
)
# English verbs whose past participle is not the lemma plus -ed (language data: complete for
# the verbs news uses; the rules in ``_participle`` cover the regular ones). Verbs of saying
# are no frame of a count (``SAYING``), so they need no participle here.
IRREGULAR = {
    "arise": "arisen",
    "awake": "awoken",
    "bear": "borne",
    "beat": "beaten",
    "become": "become",
    "begin": "begun",
    "bend": "bent",
    "bet": "bet",
    "bid": "bid",
    "bind": "bound",
    "bite": "bitten",
    "bleed": "bled",
    "blow": "blown",
    "break": "broken",
    "breed": "bred",
    "bring": "brought",
    "broadcast": "broadcast",
    "build": "built",
    "burn": "burnt",
    "burst": "burst",
    "buy": "bought",
    "cast": "cast",
    "catch": "caught",
    "choose": "chosen",
    "cling": "clung",
    "come": "come",
    "cost": "cost",
    "creep": "crept",
    "cut": "cut",
    "deal": "dealt",
    "dig": "dug",
    "do": "done",
    "draw": "drawn",
    "drink": "drunk",
    "drive": "driven",
    "eat": "eaten",
    "fall": "fallen",
    "feed": "fed",
    "feel": "felt",
    "fight": "fought",
    "find": "found",
    "flee": "fled",
    "fling": "flung",
    "fly": "flown",
    "forbid": "forbidden",
    "forecast": "forecast",
    "forget": "forgotten",
    "forgive": "forgiven",
    "freeze": "frozen",
    "get": "got",
    "give": "given",
    "go": "gone",
    "grind": "ground",
    "grow": "grown",
    "hang": "hung",
    "have": "had",
    "hear": "heard",
    "hide": "hidden",
    "hit": "hit",
    "hold": "held",
    "hurt": "hurt",
    "keep": "kept",
    "know": "known",
    "lay": "laid",
    "lead": "led",
    "leave": "left",
    "lend": "lent",
    "let": "let",
    "lie": "lain",
    "light": "lit",
    "lose": "lost",
    "make": "made",
    "mean": "meant",
    "meet": "met",
    "mislead": "misled",
    "overcome": "overcome",
    "overtake": "overtaken",
    "overthrow": "overthrown",
    "pay": "paid",
    "put": "put",
    "quit": "quit",
    "read": "read",
    "rebuild": "rebuilt",
    "rid": "rid",
    "ride": "ridden",
    "ring": "rung",
    "rise": "risen",
    "run": "run",
    "see": "seen",
    "seek": "sought",
    "sell": "sold",
    "send": "sent",
    "set": "set",
    "shake": "shaken",
    "shed": "shed",
    "shoot": "shot",
    "show": "shown",
    "shrink": "shrunk",
    "shut": "shut",
    "sing": "sung",
    "sink": "sunk",
    "sit": "sat",
    "slay": "slain",
    "sleep": "slept",
    "slide": "slid",
    "speak": "spoken",
    "spend": "spent",
    "spin": "spun",
    "split": "split",
    "spread": "spread",
    "spring": "sprung",
    "stand": "stood",
    "steal": "stolen",
    "stick": "stuck",
    "sting": "stung",
    "strike": "struck",
    "strive": "striven",
    "swear": "sworn",
    "sweep": "swept",
    "swim": "swum",
    "swing": "swung",
    "take": "taken",
    "teach": "taught",
    "tear": "torn",
    "think": "thought",
    "throw": "thrown",
    "thrust": "thrust",
    "undergo": "undergone",
    "understand": "understood",
    "undertake": "undertaken",
    "upset": "upset",
    "uphold": "upheld",
    "wake": "woken",
    "wear": "worn",
    "win": "won",
    "withdraw": "withdrawn",
    "withhold": "withheld",
}
HUMAN_UNITS = {"people", "troops"}

# Ordered: the first status whose cue occurs near the figure wins.
STATUS_CUES: list[tuple[str, str]] = [
    # A bare "toll" is the death toll in news usage ("put the toll at three", "the toll rose to
    # 43"), not an injury toll nor a road's charge ("toll road", "toll-free").
    (
        "killed",
        r"\b(killed|killing|kills|dead|died|deaths?|fatalit\w*|(?<!injury )toll"
        r"(?![\s-]+(?:of\s+(?:the\s+)?(?:injur|wound|hurt|missing)|roads?|booths?|plazas?|free|"
        r"bridges?|lanes?|charges?|"
        r"gates?|collectors?)))\b",
    ),
    ("injured", r"\b(injur\w*|wounded|hurt|hospitali[sz]ed|(taken|rushed) to hospitals?)\b"),
    # Missing after a disaster is a casualty count of its own, not the people rescued beside it.
    ("missing", r"\b(missing|unaccounted)\b"),
    # When in the course of events a count holds: at first, or what is left of it later.
    ("initially", r"\b(initially|at first|originally)\b"),
    ("remaining", r"\b(still|remain(s|ed|ing)?)\b"),
    (
        "already",
        r"\b(already|now|ha(ve|s|d) (been|sent|left|fled|arrived|moved)|arrived|"
        r"are in|were in|evacuated)\b",
    ),
    # Not "train": "to train all 120,000 employees" is a plan for them, not where they are.
    ("training", r"\b(training|trained)\b(?!\s+(base|centre|center|camp))"),
    ("covered", r"\b(covered|covers?|covering|ordered|order)\b"),
    (
        "planned",
        r"\b(plans?|planned|planning|preparing|prepares?|intend\w*|eventual\w*|"
        r"expected to|set to|to send|to deploy|threat(?:en(?:s|ed|ing)?)? to)\b",
    ),
]
CLAUSE_EDGE = re.compile(r"[,;:—–](\s|$)|\s(and|but|while|when|after|which|who)\s")
DONE_VERB = re.compile(r"\b(deployed|sent|left|fled|evacuated|arrived|moved|killed)\b", re.I)
STATUS_WORDS = {
    "planned": "is the planned total",
    "covered": "is the total covered",
    "already": "already",
    "training": "were training",
    "killed": "were killed",
    "injured": "were injured",
    "missing": "were missing",
    "initially": "at first",
    "remaining": "remained",
}
CASUALTIES = {"killed", "injured", "missing"}
RECALLED = "recalled "  # frame prefix of the figures of an earlier event a page recalls
NUMBER_WORDS = re.compile(rf"\d[\d,.]*(?:\s*(?:{'|'.join(SCALES)})\b)?", re.I)
# A part of a count ("20 of those injured", "including 500 officers", "10 of them Britons"):
# the words right after the number, or right before it.
PART_AFTER = re.compile(
    r"^\s*(?:[\w-]+\s+)?(?:of|among)\s+(?:those|them|whom|these|which|"
    r"the\s+(?:dead|injured|wounded|victims|casualties|total|passengers|people))\b",
    re.I,
)
# A clause that hangs on the date before it: "since 1959, when two passengers died".
WHEN_LINK = re.compile(r"\s*\b(?:when|in which|during which)(?:\s*$|\s)", re.I)
PART_BEFORE = re.compile(r"\b(?:including|among them|among those|of whom|of which)\s*$", re.I)
BOUND_WORDS = {
    "about": "about ",
    "up_to": "up to ",
    "as_many_as": "as many as ",
    "at_least": "at least ",
    "nearly": "nearly ",
    "more_than": "more than ",
    "less_than": "fewer than ",
    "exact": "",
}


def status_of(words: str, figure_text: str = "", unit_class: str = "") -> str | None:
    """The status a figure's clause ``words`` gives what it counts; none for a sum of money or
    a share (see ``figure_units.money_or_share``)."""
    if money_or_share(figure_text, unit_class):
        return None
    for status, pattern in STATUS_CUES:
        if re.search(pattern, words, flags=re.IGNORECASE):
            return status
    return None


def participle(lemma: str) -> str:
    if lemma in IRREGULAR:
        return IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if re.search(r"[^aeiou]y$", lemma):
        return lemma[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnprt]", lemma):
        return lemma + lemma[-1] + "ed"  # one syllable: "trapped", "planned"
    return lemma + "ed"


# A casualty count told by how bad it is ("four people with serious injuries", "20 others were
# slightly hurt", "three critically injured") is a part of the toll, not a rival of it.
PART_SEVERITY = re.compile(
    r"^[^,;.:]{0,45}?\b(?:serious(?:ly)?|critical(?:ly)?|severe(?:ly)?|slight(?:ly)?|minor|"
    r"light(?:ly)?|life-threatening)\s+(?:\w+\s+)?(?:injur\w*|hurt|wounded|wounds|condition)",
    re.I,
)


def part_of_count(text: str, sentence: tuple[int, int], fig: Figure) -> bool:
    """The figure counts a part of a count: "20 of those injured", "including 500 officers",
    "four with serious injuries"."""
    s, e = sentence
    after = text[fig.end : e]
    return bool(
        PART_AFTER.match(after)
        or PART_BEFORE.search(text[s : fig.start])
        or PART_SEVERITY.match(after)
    )


def qualifier(fig: Figure) -> str:
    """Capitalised words between the number and what is counted: "UK" in "fewer than 400,000
    UK consumers" (who is counted, when the figure says)."""
    numbers = list(NUMBER_WORDS.finditer(fig.text))
    if not numbers:
        return ""
    unit = set(fig.unit.lower().split())
    tail = re.findall(r"[A-Za-z][\w.’'-]*", fig.text[numbers[-1].end() :])
    return " ".join(w for w in tail if w[:1].isupper() and w.lower() not in unit)
