"""Words that mark a sentence as furniture around a story rather than a telling of it: photo and
video captions ("In this Dec. 3 file photo, ...") and commemorations ("Sunday
marks the third anniversary of ..."). A caption's date is when a picture was taken, and an
anniversary is a day of the calendar: neither is an event of the story."""

from __future__ import annotations

import re

# A picture's credit closing its caption: "[Photo/Agency]", "(AP Photo/A. Name)", "(Photo:
# Agency)", or a copyright sign before the photographer: "©Boris Horvat (AFP)".
_CREDIT = r"(?:[\[(]\s*(?:[A-Za-z]{2,}\s+)?(?:[Pp]hoto|[Pp]icture|[Ii]mage)s?\s*[/:]|©\s*[A-Z])"
# "In this Oct. 2, 2019, file photo", "in this image taken from video on", "Photo taken on May 1",
# "Pictured: ...". A word of the list alone ("photo") is no caption:
# "released a photo on Monday" is an event.
CAPTION = re.compile(
    r"(?i)(?:^\W*in\s+th(?:is|ese)\b[^.]{0,60}?\b(?:file\s+)?(?:photos?|images?|pictures?|"
    r"frame\s+grab|screen\s*(?:shot|grab)|video\s+(?:still|grab)|handout)\b"
    r"|\b(?:file|handout|stock)\s+(?:photo|image|picture)\b"
    r"|\b(?:photo|picture|image)\s+(?:taken|dated|shot)\s+(?:on|in)\b"
    r"|^\W*pictured\b"
    # "Photos: Storm hits Kessel ...", a gallery's heading
    r"|^\W*(?:photos?|pictures|gallery|in\s+pictures)\s*:|\bPhotos:\s|\bhide\s+caption\b"
    rf"|{_CREDIT})"
)
# The credit closing a caption, in the sentence or right after it (its own "sentence")
CREDITED = re.compile(rf"\s*{_CREDIT}")
# An embedded social-media post's signature: "— A Name (@handle) December 31, 2017", or its
# picture link: the date is the post's, told again by the page's own sentences if it matters.
SOCIAL_POST = re.compile(r"(?i)[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)|\bpic\.twitter\.com/")
# What a page says of a request for comment: no event of the story ("did not respond to a
# request for comment on Friday", "declined to comment Tuesday", "could not be reached").
NO_COMMENT = re.compile(
    r"(?i)\brequests?\s+for\s+comments?\b|\bdeclined\s+to\s+comment\b"
    r"|\bcould\s+not\s+(?:immediately\s+)?be\s+reached\b"
    # "did not immediately return messages left early Friday", "didn't respond to calls"
    r"|\b(?:did\s+not|didn['’]t)\s+(?:immediately\s+)?(?:return|respond\s+to)\s+(?:\w+\s+)?"
    r"(?:messages?|calls?|e-?mails?|inquiries|queries)\b"
)
# Nouns of a day observed again: a sentence whose main verb only marks one tells no event.
COMMEMORATIONS = frozenset("anniversary anniversaries birthday centenary jubilee".split())
# Verbs that hold such a noun without acting ("Sunday marks the anniversary", "it is the
# anniversary of"): lemmas.
MARK_VERBS = frozenset("be mark commemorate observe".split())
