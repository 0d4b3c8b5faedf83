"""One-line promotions, disclaimers and staff credits: the furniture a news page's text keeps
between and after its paragraphs once the page is flattened, judged on the line alone.

Each rule pairs a phrase that only furniture uses with a shape guard (a word limit, where
the phrase stands in the line, an address to the reader), so that a sentence of the article
using the same words ("Follow the money", a story about a newsletter, a company saying its
views were misrepresented) stays:

* **staff credits**: "(Reporting by A; Editing by B)", "Additional reporting by A", "A
  contributed to this report", "— With assistance by A", "This article originally appeared
  on X", editors' initials over the agencies ("ab/cd (AFP, dpa)"), a print edition's stamp
  ("(The Daily 10/03/2017 page4)");
* **update notes**: "This story has been updated ...", "An earlier version of this article
  ...", "This is a developing story";
* **appeals to the reader**: "Our journalism relies on ...", "Follow us on ...", "Like us on
  Facebook", "Click here to ...", "Read more about it here", app downloads, paywall prompts;
* **disclaimers**: "The views expressed ...", "... not responsible for the content of
  external sites";
* **captions run into one line**: an agency photo's caption block ("FILE - In this ... file
  photo, ... (Photographer/Agency)"), captions separated by their credits, a caption that
  opens with its credit ("Jane Doe / Reuters ...") or ends with it ("... ©Jane Doe (AFP)");
* **widget leftovers**: "Advertisement - Continue reading below", dropdowns ("Select
  Category", "Select Month"), lines with no letter or digit ("___", "***").
"""

from __future__ import annotations

import re

from storyline.clean.lines import (
    AD,
    CAPTION,
    CHROME,
    COPYRIGHT,
    NEWSLETTER,
    PHOTO_CREDIT,
    ends_sentence,
    n_words,
    phrase_rule,
)
from storyline.clean.outlets import PHOTO_AGENCIES, PROSE_AGENCIES, agency_pattern

PROMO = "promotion, appeal or disclaimer"
STAFF_CREDIT = "reporting or editing credit"
UPDATE_NOTE = "update or correction note"

# Word limits: a credit or a note is a line of its own, short; a sentence of the article that
# happens to hold the phrase is longer, or the phrase is not where furniture puts it.
CREDIT_WORDS = 30
NOTE_WORDS = 40
APPEAL_WORDS = 60
SOCIAL_WORDS = 25
# A caption block (caption, then the story's own summary, then the credit) is long.
CAPTION_BLOCK_WORDS = 160


_AGENCIES = agency_pattern()


# The credit's opening words; what follows them must be names (see ``_names_only``), so that
# "Produced by the studio, the film ..." stays.
_STAFF_OPEN = phrase_rule(
    r"^[\s(\[—–-]*(?:with\s+)?(?:(?:additional|original|further)\s+)?"
    r"(?:reporting|writing|editing|research|compiled|produced|translated|fact-checking)\s+by\s+"
    r"|^[\s(\[—–-]*additional reporting from\s+"
    r"|^[\s—–-]*with (?:assistance|reporting|contributions) (?:by|from)\s+"
)
_STAFF_INNER = phrase_rule(r";\s*(?:editing|writing|additional reporting)\s+by\s+\S")
# "Jane Doe contributed to this report.": the names come first.
_CONTRIBUTED = phrase_rule(
    r"\s+contributed (?:reporting |additional reporting )?(?:to|for) (?:this|the) "
    r"(?:report|story|article|post|piece|reporting|coverage)\W*$"
)
_ORIGINALLY = phrase_rule(
    r"^(?:this|the) (?:article|story|post|piece|report) (?:\w+ )?(?:originally |first )"
    r"(?:appeared|ran|was published) (?:on|in|at)\b"
)
_NAME_GLUE = frozenset(
    "and in from at of the with by editing writing reporting additional research graphics "
    "data video photography staff".split()
)
# "ab/cd (AFP, dpa)": editors' initials, then the agencies the story draws on.
_INITIALS = re.compile(r"^[a-z]{2,4}(?:/[a-z]{2,4})+\s*(?:\([^()]{2,60}\))?\s*$")
# "(The Daily 10/03/2017 page4)": the print edition a web story was taken from.
_PRINT_STAMP = phrase_rule(r"^\([^()]{2,60}\bpage\s*[a-z]?\d+\)$")

_UPDATE = phrase_rule(
    r"^(?:[*\[(]?\s*(?:update[sd]?|editor'?s note|correction|clarification)\s*"
    r"(?:\d[\w :,.]*)?[:\-–—)\]]\s*)?"
    r"(?:this (?:story|article|post|report|piece|page)(?: \w+){0,2} "
    r"(?:has been|had been|was|will be|is being|is) (?:updated|corrected|amended|revised|"
    r"changed|edited)\b"
    r"|an? (?:earlier|previous) version of this (?:story|article|post|report|piece)\b)"
    r"|^(?:this is a developing (?:news )?story|this (?:story|article) is developing|"
    r"check back (?:later |soon )?for (?:more |further )?updates|"
    r"(?:more|further) (?:details|updates|information) (?:to come|to follow|soon)|"
    r"refresh (?:this page )?for (?:the latest )?updates)\b"
)

_APPEAL = phrase_rule(
    r"\b(?:our|independent|quality|local|this) journalism (?:relies|depends|is funded|needs)\b"
    r"|\bsupport (?:our|independent|quality|local|trusted) (?:journalism|reporting|newsroom)\b"
    r"|\bmake a (?:one-off |one-time |monthly )?(?:contribution|donation)\b"
    r"|\bbecome a (?:member|supporter|subscriber|patron)\b"
    r"|\bnewsletter\b.{0,200}\bsubscribe\b|\bsubscribe\b.{0,200}\bnewsletter\b"
    r"|\b(?:sign up|subscribe|register) (?:now |today )?(?:for|to) (?:get |receive )?"
    r"(?:our|unlimited)\b"
)
_YOU = phrase_rule(r"\b(?:you|your|yours)\b")
_SOCIAL = phrase_rule(
    r"^(?:follow|like|find|join|connect with|subscribe to)\s+(?:\S+\s+){0,6}?on\s+"
    r"(?:twitter|x|facebook|instagram|linkedin|youtube|tiktok|threads|bluesky|snapchat|"
    r"telegram|whatsapp|flipboard|google news|apple news)\b"
    # nothing after the platform but a handle ("Follow Jane Doe on Twitter: @janedoe")
    r"\s*(?:(?:at|:)\s*)?(?:@\w+)?\W*$"
    r"|\b(?:like|follow|find|join) us on (?:twitter|facebook|instagram|linkedin|youtube|"
    r"tiktok|threads|bluesky|snapchat)\b"
)
_CLICK = phrase_rule(
    r"(?:^|[.!?]\s+|[—–-]\s*)(?:please )?(?:click|tap) (?:here|this link|the link|on the link|"
    r"to (?:read|watch|see|view|subscribe|download|upload|sign|learn|find|get|listen|continue|"
    r"register|share))\b"
)
# "Read more about the letter here.", "Watch the full interview here."
_HERE_LINK = phrase_rule(r"^(?:read|see|watch|listen to|view|find|check out)\b.{0,100}\bhere\W*$")
_READ_LABEL = phrase_rule(
    r"^(?:read more|read also|also read|read next|related|see also|more|watch|listen|"
    r"recommended|trending)\s*[:：|»]\s*\S"
)
_APP = phrase_rule(
    r"^(?:download|get|install|try) (?:the |our )?(?:free |new |latest )?(?:[\w'’&.-]+ ){0,3}"
    r"apps?\b|\b(?:download|get|install) our (?:[\w'’&-]+ ){0,3}apps?\b"
    r"|^\W*(?:app store|google play)\W*$"
)
_COOKIES = phrase_rule(
    r"\bby (?:continuing to (?:use|browse)|using) (?:this|our) (?:site|website|service)\b"
    r"|\b(?:accept|allow|consent to|agree to) (?:the use of |our use of |all )?cookies\b"
    r"|\bthis (?:site|website) uses cookies\b"
)
_PAYWALL = phrase_rule(
    r"\b(?:digital (?:access|subscription|subscriber)|"
    r"subscribe to (?:read|continue|unlock|keep reading)|"
    r"you (?:have|'ve) (?:reached|read) (?:your|the|all) (?:\w+ ){0,3}(?:free )?articles?)\b"
)
_IMPERATIVE = phrase_rule(r"^(?:get|sign up|subscribe|re-enter|already|log in|start)\b")
_DISCLAIMER = phrase_rule(
    r"^(?:the )?(?:views|opinions)(?: and opinions)? expressed\b"
    r"|\b(?:views|opinions) expressed (?:in this|here|by the)\b.{0,80}\b(?:author|writer|"
    r"columnist|contributor)s?\b"
    r"|\bnot responsible for the content of (?:external|third[- ]party|linked)\b"
)

_CAPTION_OPEN = re.compile(
    r"^(?:FILE(?: PHOTO)?\s*[-–—:]|In this \S+(?: \S+){0,6} (?:photo|image)\b)"
)
# "(AP Photo/Jane Doe, File)", "(Jane Doe, File/Associated Press)", "(Jane Doe/Getty Images)"
_CREDIT_CLOSE = re.compile(
    r"\((?:[^()]{0,60}\b(?:Photo|Photograph|Images?|Pool|File)\b[^()]{0,60}/[^()]{2,60}|"
    rf"[^()]{{2,60}}/\s?(?:{_AGENCIES})[^()]{{0,20}})\)\.?\s*$"
)
# "... in Pasadena on Jan 1. [Photo/Agency]", "(Jane Doe / The Gazette)" closing a caption.
_CREDIT_TAG = re.compile(
    r"(?:[\[(](?:photo|image|picture|video)s?\s*/\s*[^\])]{1,40}[\])]"
    r"|[.!?][\"”’]?\s*\((?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+ / "
    r"(?:The )?(?:[A-Z][\w.'’&-]+ ?){1,4}\))"
    r"\W*$",
    re.IGNORECASE,
)
# "Jane Doe Photographer: Ola Brenn/Bloomberg"
_PHOTOGRAPHER = phrase_rule(r"\b(?:photographer|photo credit|image credit|photograph by)\s*:")
# A credit alone on its line: "Jane Doe/The Gazette", "Twitter/handle via Agency".
_NAME_SLASH_OUTLET = re.compile(
    r"^(?:[A-Z][\w.'’-]+ ){1,3}[A-Z][\w.'’-]+/"
    r"(?:The )?[A-Z][\w.'’&-]*(?: [A-Z][\w.'’&-]*){0,3}$"
    r"|^[A-Z]\w+/@?\w+ via [A-Z][\w ]{1,30}$"
)
# A picture's or a map's label left on its line: "Enlarge Image Agency", "Slideshow (2 Images)",
# "Outlet Map", "Scroll for video".
_MEDIA_LABEL = phrase_rule(
    r"^(?:enlarge (?:this )?image\b.*"
    r"|(?:slideshow|gallery|photos|images)\s*\(\d+ (?:images?|photos?)\)"
    r"|(?-i:[A-Z]{2,5}) (?:map|graphic|chart)|scroll (?:down )?for (?:video|more|photos))$"
)

# Two agency credits or more in one line: a gallery's captions run together.
# Each credit stands between one caption's last word and the next caption's first ("... in the
# city Getty Images There were ..."), unlike an agency named in a sentence ("by Thomson Reuters
# and").
_AGENCY = re.compile(
    rf"(?:^|[a-z]\s)(?:{agency_pattern(set(PHOTO_AGENCIES) - PROSE_AGENCIES)})\s[A-Z]"
)
# "Jane Doe / Reuters The council said ...": a credit leading its caption.
_CREDIT_LEAD = re.compile(
    r"^(?!(?:The|A|An|In|On|At|But|And|Its|His|Her|Their)\b)"
    rf"(?:[A-Z][\w.'’-]+ ){{1,3}}[A-Z][\w.'’-]+\s?/\s?(?:{_AGENCIES})\b(?!/)"
)
# "... on July 15, 2016 ©Jane Doe (AFP)": a caption closing with its copyright credit.
_CREDIT_MARK_END = re.compile(r"©\s*[^\W\d_][^©.!?]{1,50}(?:\([A-Za-z. ]{2,20}\))?\s*$")

# A sign-up form flattened into one line ("Newsletter Sign Up ... Please verify you're not a
# robot ... Thank you for subscribing"): it opens with the form's label and stacks its cues.
_FORM_OPEN = phrase_rule(
    r"^\W*(?:newsletters?\b|sign up\b|subscribe\b|get (?:the|our) \w+ (?:newsletter|briefing))"
)
_FORM_CUES = phrase_rule(
    r"sign up|subscrib|newsletter|inbox|e-?mail address|privacy|verify you|thank you for|"
    r"terms of|special offers|opt out"
)
FORM_CUES = 3
# "Copyright 2017 The Daily. All rights reserved. The content ... shall not be republished":
# a notice with its licence text, longer than the copyright phrase rule reads.
_NOTICE = phrase_rule(r"^\W*(?:©|\(c\)|copyright\b).{0,80}\ball rights reserved\b")
NOTICE_WORDS = 120

_AD_CONTINUE = phrase_rule(
    r"^(?:advertisement|advert|ad|sponsored)?\s*[-–—:|]?\s*(?:continue reading(?: (?:below|"
    r"the main story|after (?:the )?advert(?:isement)?))?|story continues (?:below|after)\b.*|"
    r"article continues (?:below|after)\b.*|scroll (?:down )?to continue(?: reading)?)\W*$"
)
_DROPDOWN = phrase_rule(r"\bselect (?:category|month|a category|a month|language|edition|region)\b")
_LONE_MEDIA = {
    "photo",
    "photos",
    "video",
    "videos",
    "image",
    "images",
    "audio",
    "graphic",
    "gallery",
    "slideshow",
    "interactive",
    "watch",
    "listen",
    "play",
}


def promo_reason(line: str) -> str:
    """The reason a line on its own is a promotion, a note, a credit or a caption block the
    phrase rules of ``linerules`` miss, else ""."""
    text = line.strip()
    if not text:
        return ""
    if not any(c.isalnum() for c in text):
        return CHROME  # "___", "***", "…": a separator
    words = n_words(text)
    low = text.casefold().strip(" .:!|•·-–—>»")
    if low in _LONE_MEDIA:
        return CHROME  # a player's or a picture's label left alone on its line
    if words <= CREDIT_WORDS and _staff_credit(text):
        return STAFF_CREDIT
    if words <= NOTE_WORDS and _UPDATE.search(text):
        return UPDATE_NOTE
    return _appeal_reason(text, words) or _caption_reason(text, words) or _widget(text, words)


def _staff_credit(text: str) -> bool:
    if _INITIALS.match(text) or _PRINT_STAMP.match(text) or _ORIGINALLY.match(text):
        return True
    if _STAFF_INNER.search(text):
        return True
    m = _STAFF_OPEN.match(text)
    if m:
        return _names_only(text[m.end() :])
    tail = _CONTRIBUTED.search(text)
    return tail is not None and _names_only(text[: tail.start()])


def _names_only(part: str) -> bool:
    """Names joined by commas, "and", "in City": every word capitalised or a joining word."""
    found = re.findall(r"[^\W\d_][\w.'’-]*", part)
    return bool(found) and all(w[0].isupper() or w.casefold() in _NAME_GLUE for w in found)


def _appeal_reason(text: str, words: int) -> str:
    if words <= APPEAL_WORDS and _APPEAL.search(text) and _YOU.search(text):
        return PROMO
    if words <= SOCIAL_WORDS and (_SOCIAL.search(text) or _CLICK.search(text)):
        return PROMO
    if words <= SOCIAL_WORDS and (_HERE_LINK.match(text) or _READ_LABEL.match(text)):
        return PROMO
    if words <= SOCIAL_WORDS and (_APP.search(text) or _COOKIES.search(text)):
        return NEWSLETTER
    if words <= 20 and _PAYWALL.search(text) and (_YOU.search(text) or _IMPERATIVE.match(text)):
        return NEWSLETTER
    if words <= APPEAL_WORDS and _DISCLAIMER.search(text):
        return PROMO
    return ""


def _caption_reason(text: str, words: int) -> str:
    if words > CAPTION_BLOCK_WORDS:
        return ""
    if _CREDIT_TAG.search(text) or (words <= 15 and _PHOTOGRAPHER.search(text)):
        return CAPTION
    if words <= 6 and _NAME_SLASH_OUTLET.match(text):
        return PHOTO_CREDIT
    if words <= 6 and _MEDIA_LABEL.match(text):
        return CAPTION
    if _CAPTION_OPEN.match(text) and (_CREDIT_CLOSE.search(text) or words <= 60):
        return CAPTION
    if _CREDIT_CLOSE.search(text) and not _quotes_someone(text):
        return CAPTION
    if len(_AGENCY.findall(text)) >= 2 and not ends_sentence(text):
        return CAPTION
    if _CREDIT_LEAD.match(text) or (words <= 80 and _CREDIT_MARK_END.search(text)):
        return CAPTION
    return ""


def _quotes_someone(text: str) -> bool:
    """A paragraph that quotes someone is the article's, whatever closes it."""
    return bool(re.search(r"[\"“”]", text)) and bool(re.search(r"\bsaid\b|\bsays\b", text))


def _widget(text: str, words: int) -> str:
    if words <= CAPTION_BLOCK_WORDS and _FORM_OPEN.match(text):
        if len({m.casefold() for m in _FORM_CUES.findall(text)}) >= FORM_CUES:
            return NEWSLETTER
    if words <= NOTICE_WORDS and _NOTICE.match(text):
        return COPYRIGHT
    if words <= 12 and _AD_CONTINUE.match(text):
        return AD
    if _DROPDOWN.search(text) and not ends_sentence(text):
        return CHROME
    return ""
