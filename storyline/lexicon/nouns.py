"""Language data: the English nouns that can head a speaker's noun phrase, by class.

A quote's speaker is a person, a group of people, an organisation, or a text that speaks for
one (a statement, a report, the media); never a time, a place noun or an object ("An
encounter", "A police cordon", "the tram"). Nouns ending in -ist, -man, -woman, -person count
as people too. Lemmas, lower case. ``storyline.analyze.entities`` reads the role nouns and the
heads of organisation names from here, and the who's who (``storyline.synthesize.who``) the
relations and role nouns, so the list lives in the lexicon, which imports no stage.
"""

from __future__ import annotations

# Nouns of roles and occupations: an apposition "X, a researcher at ..." makes X a person.
# Sports positions too: "the shortstop said" is the player the paragraph is about.
ROLE_NOUNS = frozenset(
    """
expert researcher fellow analyst professor spokesman spokeswoman spokesperson director minister
president leader diplomat scientist specialist official member lawmaker sister brother wife
husband son daughter mother father head chief chairman chairwoman editor correspondent reporter
author founder executive officer general commander ambassador secretary adviser advisor
economist historian scholar lecturer student envoy governor mayor senator negotiator strategist
associate partner ceo cfo coo cto chair dean colonel veteran journalist politician activist lawyer
attorney judge farmer teacher worker writer owner manager speaker investor doctor actor actress
photographer designer engineer hydrologist consultant candidate deputy aide resident survivor
victim advocate
player athlete coach captain skipper rookie pitcher catcher shortstop outfielder infielder
baseman slugger hitter batter reliever right-hander left-hander quarterback striker midfielder
goalkeeper mvp mp cfo boss
""".split()
)
# "-er"/"-or" is left out: carrier, manufacturer, operator, provider name companies too.
ROLE_SUFFIXES = ("ist", "man", "woman", "person")

# Words that follow the noun they qualify in a title ("professor emeritus", "president
# elect", "ambassador designate"): the role's head is the noun before them.
POSTPOSITIVE_TITLE_WORDS = frozenset("emeritus emerita elect designate".split())

# Role and people nouns that are also first names or surnames: before a name at a sentence's
# start they are the name's own word ("Dean Hale said"), not an occupation.
NAME_LIKE_NOUNS = frozenset("dean fellow general chief head major member partner".split())

# Occupations that open a sentence before a person's name ("Producer Tom Brandt said",
# "Model Ana Ruiz tweeted") that no other list holds as a person: they name companies or
# things elsewhere ("a steel producer", "the new model"), so only that place reads them so.
OCCUPATIONS_BEFORE_NAMES = frozenset(
    "producer model singer rapper comedian musician artist chef dancer star designer".split()
)

# Short English words hyphenated onto a name that are no part of it ("Obama-era", "Hale-led").
NAME_SUFFIX_WORDS = frozenset("era led run ish age man men".split())

# Nouns that end an organisation's name: "St Brendan's Hospital" is a hospital, not a person
# called Hospital; "Varnby Water Board" an organisation even where NER says otherwise.
ORG_HEADS = frozenset(
    """
hospital clinic college university school academy institute institution foundation trust
church cathedral chapel mosque synagogue temple museum gallery library society club council
board committee commission authority agency service bureau department ministry office court
police brigade union association federation company corporation group bank fc
""".split()
)

# Words that say what kind of body an organisation is, at the end of its name ("Islamic
# State", "Labour Party"): alone, such a word is not a short name of the organisation.
ORG_KIND_WORDS = ORG_HEADS | frozenset(
    """
state party army front movement republic network alliance coalition force forces guard
government brotherhood league council regime
""".split()
)

# Kin and counsel: "his wife", "the family's lawyer". Also used by the who's who, where a
# relation before a name shows the name is a person's.
RELATIONS = frozenset(
    """
wife husband son daughter mother father brother sister widow widower girlfriend boyfriend
fiancee fiancé fiancée grandson granddaughter grandmother grandfather uncle aunt nephew niece
cousin lawyer attorney parents spouse partner
""".split()
)

# Kin nouns by generation: a name after one of these ("his son, Lukas Vale") is the younger
# or the elder of two relatives who share a surname ("the younger Vale").
CHILD_NOUNS = frozenset("son daughter grandson granddaughter nephew niece child".split())
PARENT_NOUNS = frozenset("father mother grandfather grandmother uncle aunt parent".split())

PEOPLE = frozenset(
    """
person people man woman men women boy girl child children kid teenager family relative friend
neighbour neighbor colleague parent mum mom dad official source insider witness bystander
onlooker resident local villager citizen voter passenger driver rider pilot crew survivor
victim customer consumer client shopper shopkeeper user fan supporter critic opponent protester
demonstrator campaigner organiser organizer observer investigator prosecutor detective officer
eyewitness
police policeman firefighter paramedic rescuer medic nurse surgeon doctor physician staff
employee worker staffer executive boss chief manager director chairman president minister
secretary lawmaker legislator senator congressman congresswoman mp politician mayor governor
diplomat ambassador envoy negotiator mediator aide adviser advisor counsel spokesman spokeswoman
spokesperson representative agent soldier troop commander general admiral captain coach player
teammate athlete striker midfielder defender goalkeeper winger skipper jockey sprinter swimmer
boxer golfer owner founder partner investor trader banker broker economist analyst expert
scientist researcher academic scholar professor teacher student pupil priest bishop imam rabbi
pastor judge juror defendant plaintiff suspect lawyer attorney reporter journalist correspondent
editor columnist writer author commentator presenter host anchor blogger inventor developer
engineer designer architect farmer fisherman miner nobody everyone someone anyone somebody
everybody others militant insurgent rebel fighter kidnapper abductor captor gunman attacker
terrorist extremist guerrilla hostage captive prisoner detainee inmate refugee migrant volunteer
crowd mob gang
""".split()
)

ORGANISATIONS = frozenset(
    """
government administration authority ministry department office agency bureau service council
committee commission board court tribunal parliament congress senate assembly cabinet
regulator watchdog police force army military navy command company firm business group
corporation conglomerate operator carrier airline bank lender insurer retailer manufacturer
maker producer supplier provider network union federation association organisation
organization foundation institute university school hospital charity club team league party
campaign coalition alliance embassy consulate mission delegation prosecution defence defense
family household state country nation regime junta kremlin presidency secretariat
headquarters sect faction movement militia cell caucus society
""".split()
)

# Nouns for one person ("a shopkeeper", "the driver"), not a body: in apposition to a name they
# make it a person's name. Who's-who roles and speaker descriptions read the same set.
PERSON_NOUNS = (ROLE_NOUNS | PEOPLE) - ORGANISATIONS

# Person nouns that name a group or nobody in particular: "X, a crew" or "X, the staff" is no
# one's description.
GROUP_PEOPLE = frozenset(
    """
crew staff crowd mob gang troop nobody everyone someone anyone somebody everybody
""".split()
)

# Roles that make an unnamed person a source a reader can weigh ("an official said", "a
# police source said", "an analyst at ..."): authority, office, expertise or having seen it.
# An unnamed person described by any other trade ("a local teacher", "one negotiator") is, like
# "one man", no source: the quote is listed as unattributed.
SOURCE_ROLES = frozenset(
    """
official spokesman spokeswoman spokesperson representative source insider expert analyst
scientist researcher economist professor officer policeman investigator prosecutor diplomat
aide adviser advisor correspondent reporter journalist witness eyewitness resident leader
member lawmaker legislator senator minister executive director chief commander general envoy
ambassador
""".split()
)

# Things that display words someone wrote on them, whose wearer or holder is not their speaker
# ("His sign read: ...", "a banner reading ...", "a cap emblazoned with ...").
DISPLAYS = frozenset(
    """
sign placard banner poster billboard sticker badge button shirt t-shirt tee jersey cap hat
scarf flag mural graffiti tattoo plaque wreath balloon cake wall scoreboard marquee screen card
inscription
""".split()
)

TEXTS = frozenset(
    """
statement report study survey poll audit review analysis assessment letter memo document
filing complaint lawsuit suit petition release notice announcement communique communiqué
declaration post tweet message email e-mail note website site page blog video footage
recording transcript interview affidavit indictment ruling verdict order decree guidance
bill law proposal plan agreement deal data figure result evidence record finding estimate
book ad advertisement commercial speech remark testimony
media medium newspaper paper magazine outlet broadcaster channel network wire agency press tabloid
daily radio television tv
""".split()
)

SOURCE_NOUNS = ROLE_NOUNS | RELATIONS | PEOPLE | ORGANISATIONS | TEXTS

# Made things: a name described as one, or ending in one ("the Vela X phone", "a custom
# chip"), is a product, and a product is no actor of a story (its maker is).
PRODUCT_NOUNS = frozenset(
    """
chip chipset processor phone smartphone handset tablet laptop computer console device gadget
camera sensor app software feature technique algorithm engine car vehicle aircraft plane jet
drone robot headset product version edition silicon piece glasses spectacles specs goggles
smartglasses smartwatch earbuds headphones
rocket missile satellite spacecraft capsule launcher booster roadster sedan truck lorry
helicopter airliner jetliner rifle gun pistol handgun shotgun firearm bomb
""".split()
)

# Events and awards a name ends in ("the Tarn Cup Final", "the Varnby Marathon", "the Orsa
# Trophy"): an occasion or a prize, not an actor of the story, whatever NER tagged it. Not
# "games" (a studio's name ends in it) nor "conference" (a league of teams is one).
EVENT_NAME_ENDS = frozenset(
    """
game series championship championships cup tournament olympics awards summit festival
marathon parade playoffs playoff final finals bowl election referendum trophy prize award
medal
""".split()
)

# People described only by sex, age, kinship, affiliation or circumstance: "one man", "some
# passengers", "his wife", "a militant" name no source a reader can weigh (unlike officials,
# witnesses, experts: the sources by function that newsrooms cite unnamed).
ANONYMOUS_PEOPLE = frozenset(
    """
man woman men women boy girl child children kid teenager person people passenger rider
survivor victim customer consumer shopper user fan local villager citizen voter bystander
onlooker neighbour neighbor friend relative family colleague parent mum mom dad one another
someone somebody anyone anybody everyone everybody nobody other others insider militant
insurgent rebel fighter kidnapper abductor captor gunman attacker terrorist extremist guerrilla
hostage captive prisoner detainee inmate refugee migrant volunteer crowd mob gang
""".split()
) | (RELATIONS - {"lawyer", "attorney", "partner"})

# Unnamed speakers that stand for the organisation named just before them: "Acme confirmed
# the closure. A spokesman added: ...", "... the statement said".
SPOKES_NOUNS = frozenset(
    """
spokesman spokeswoman spokesperson spokespeople representative statement release communique
communiqué
""".split()
)
# The spokes nouns that are one person: who speaks for a principal ("the spokesman said" is
# the person described so, or the principal a tie names: ``analyze.speaker_principal``).
SPOKESPEOPLE = SPOKES_NOUNS & PEOPLE
# "the company said" after "Acme ...": the organisation of the paragraph.
# Also a firm named by its trade ("the airline said" after "Acme Air ...").
FIRM_NOUNS = frozenset(
    "company firm airline carrier bank lender insurer retailer automaker manufacturer".split()
)
# People named by the side they take ("Critics say", "Opponents argue"): in the plural, the
# usual attribution of a position, which the brief sets beside the other side's.
STANCE_PEOPLE = frozenset("critic opponent supporter".split())
# Firms by their trade, in the plural a kind of business rather than a body that speaks:
# "Airlines said", "Major banks said", "Producers said" (see ``analyze.speaker_generic``).
FIRM_KINDS = FIRM_NOUNS | frozenset(
    "business corporation conglomerate operator maker producer supplier provider".split()
)
# Words a firm's own name holds when it is of that trade: "the airline said" after "Brask
# Airways" and a news agency stands for the airline, not for the agency.
FIRM_NAME_WORDS = {
    "airline": frozenset("air airline airlines airways aviation".split()),
    "carrier": frozenset("air airline airlines airways aviation".split()),
    "bank": frozenset("bank banking".split()),
    "lender": frozenset("bank banking".split()),
    "insurer": frozenset("insurance assurance".split()),
    "automaker": frozenset("motor motors auto automotive".split()),
}
# "This country has warned", "the nation said": the country of the paragraph.
COUNTRY_NOUNS = frozenset("country nation".split())
# Bodies a page names by what they are to an organisation it is about ("the team" of a club):
# "the team said" is that organisation, whatever its name holds. Not "the board": a story of a
# bid has two firms with boards, and the firm last named is often the other one.
MEMBER_BODIES = frozenset("team squad side club".split())
# Words that label a picture's credit in a caption ("Photographer: Ana Ruiz/Agency", "(File
# photo/Agency)"): the names beside them are page furniture.
CREDIT_WORDS = frozenset(
    "photo photos photograph photographer picture pictures image images credit file".split()
)


# Nouns that say whether a person is a man or a woman ("his mother, Jane"; "Another man,
# James Tofield"): a later he or she can then only be the one it fits.
FEMALE_NOUNS = frozenset(
    """
woman women girl mother wife daughter sister widow girlfriend fiancee fiancée grandmother
granddaughter aunt niece mum mom lady queen princess actress waitress
""".split()
)
MALE_NOUNS = frozenset(
    """
man men boy father husband son brother widower boyfriend fiancé grandfather grandson uncle
nephew dad king prince actor waiter
""".split()
)


def noun_gender(lemma: str) -> str:
    """ "f", "m" or "" for a person noun (lemma, lower case)."""
    if lemma in FEMALE_NOUNS or lemma.endswith("woman"):
        return "f"
    if lemma in MALE_NOUNS or (lemma.endswith("man") and len(lemma) > 5 and lemma != "human"):
        return "m"
    return ""


def is_source_noun(lemma: str) -> bool:
    """Whether a noun (lemma, lower case) can head a speaker's noun phrase."""
    return lemma in SOURCE_NOUNS or (lemma.endswith(ROLE_SUFFIXES) and len(lemma) > 5)
