"""Rules that judge one line by its own words: the phrases only page furniture uses (log-in
forms, comment widgets, "Related", tags, newsletter and terms lines, photo credits, copyright,
share bars) and ``line_reason``, which applies them after the metadata parsers.

``storyline.clean.text`` runs ``line_reason`` on every line before its position rules.
"""

from __future__ import annotations

import re

from storyline.clean.lines import (
    AD,
    BYLINE,
    CAPTION,
    CHROME,
    COMMENTS,
    COPYRIGHT,
    DATE_LINE,
    LOGIN,
    NAVIGATION,
    NEWSLETTER,
    PHOTO_CREDIT,
    SHARE,
    TAGS,
    TEASER,
    WIRE_CREDIT,
    ends_sentence,
    is_sentence,
    n_words,
    phrase_rule,
)
from storyline.clean.outlets import PHOTO_AGENCIES, agency_pattern
from storyline.clean.promos import promo_reason
from storyline.clean.textmeta import parse_byline, parse_date_line, parse_wire_credit

# ------------------------------------------------------------------ phrase rules

# One-word agencies as a credit prints them in capitals ("REUTERS/Name", "Name/AFP").
_CAPS_AGENCIES = agency_pattern({a.upper() for a in PHOTO_AGENCIES if " " not in a})


_LOGIN = phrase_rule(
    r"\b(?:log ?in|log ?out|sign ?in|sign ?out|register|registration|create an account|"
    r"forgot(?:ten)? (?:your )?password|username|user name|password|remember me|my account|"
    r"captcha|anmelden|registrieren|passwort|benutzername|connexion|s'inscrire|mot de passe|"
    r"iniciar sesión|registrarse|contraseña|войти|регистрация|пароль)\b"
    r"|用户名|邮箱|密码|验证码|登录|登錄|注册|註冊|换一张|看不清|로그인|회원가입|비밀번호|ログイン|"
    r"会員登録|パスワード"
)
_NAVIGATION = phrase_rule(
    r"^(?:you are here|your location|current location|skip to (?:main )?content|back to top|"
    r"previous (?:post|article|story)|next (?:post|article|story)|jump to|toggle navigation)\b"
    r"|^(?:您的位置|当前位置|你的位置|所在位置|位置)\s*[:：]|首页|首頁|返回顶部|滚动新闻|上一篇|下一篇"
)
_UI_WORDS = {
    "close",
    "menu",
    "search",
    "home",
    "back",
    "next",
    "previous",
    "more",
    "share",
    "print",
    "email",
    "e-mail",
    "reply",
    "subscribe",
    "login",
    "log in",
    "sign in",
    "sign up",
    "register",
    "loading",
    "loading...",
    "open menu",
    "close menu",
    "main menu",
    "accept",
    "accept all",
    "manage preferences",
    "name",
    "website",
    "submit",
    "send",
    "go",
    "top",
    "skip",
    "read more",
    "continue reading",
    "show more",
    "load more",
    "view all",
    "see all",
    "follow us",
    "contact",
    "contact us",
    "about",
    "about us",
    "donate",
    "newsletter",
    "schließen",
    "suche",
    "fermer",
    "rechercher",
    "cerrar",
    "buscar",
    "关闭",
    "搜索",
    "更多",
}
_COMMENTS = phrase_rule(
    r"^(?:no|\d+|one|two|three)\s+(?:comments?|responses?|replies|reactions?)\b"
    r"|^(?:post|add|leave|write|submit|show|view|hide|load)\s+(?:a\s+|your\s+|all\s+)?"
    r"(?:comment|reply|response)s?\b"
    r"|^comments?\s*(?:\(\d+\)|\d+|[:：]|$)|^comments are closed"
    r"|^join the (?:discussion|conversation)"
    r"|^kommentare?\b|^commentaires?\b|^comentarios?\b|^reply$"
    r"|评论|發表評論|댓글|コメント"
)
# A reader's comment: "Marit S. says: Thank you ..." (not "He says: “...”", which is a quote).
_COMMENT_BY = phrase_rule(
    r"^(?!(?:he|she|they|it|who|one)\b)[\w.\- ]{1,30} says:\s+(?![\"“‘'])"
    r"|^[\w.\- ]{1,30} on \w+ \d{1,2}, \d{4} at "
)
_NEWSLETTER_STRONG = phrase_rule(
    r"^(?:by (?:signing up|subscribing|registering|clicking|continuing|submitting)|"
    r"subscribe (?:to|now|for|today)|sign up (?:for|to|now|today)|newsletter\b|"
    r"get (?:the|our) [\w' ]{0,30}(?:newsletter|briefing|digest)|"
    r"already a subscriber|become a (?:member|subscriber)|support (?:our|independent) journalism)"
    r"|\bterms (?:&|and) conditions\b|\bterms of (?:use|service)\b|\bprivacy (?:policy|notice|"
    r"statement)\b|\bnewsletter\b|\bin your inbox\b|\bcancel anytime\b|\bunsubscribe\b|"
    r"\bwe use cookies\b|\bcookie (?:policy|settings)\b|abonnieren|datenschutz|"
    r"s'abonner|suscríbete|订阅|訂閱"
)
# The labels that open a list of other stories ("Related", "Read also", "Lesen Sie auch").
RELATED_LABELS = (
    r"(?:related(?: articles?| stories| news| coverage| content| posts| reading| topics)?|"
    r"read (?:more|also|next|this)|also read|see also|more (?:from|on|about|stories|news|"
    r"in)\b[\w ]{0,30}|more(?=\s*[:：])|you (?:may|might) (?:also )?(?:like|be interested in)|"
    r"recommended(?: for you| stories| reading)?|most (?:read|popular|viewed|shared)|"
    r"trending(?: now| stories)?|"
    r"other topics of interest|further reading|editor'?s picks|popular (?:stories|posts|now)|"
    r"what to read next|top stories|latest (?:news|stories)|das könnte sie auch interessieren|"
    r"lesen sie auch|mehr zum thema|weitere artikel|à lire aussi|lire aussi|sur le même sujet|"
    r"te puede interesar|lee también|相关(?:新闻|阅读|文章|报道)|推荐阅读|延伸阅读|"
    r"热门(?:新闻|文章)|"
    r"관련 기사|関連記事)"
)
RELATED = phrase_rule(rf"^{RELATED_LABELS}(?P<rest>\s*(?:[:：|»>-]\s*.*)?)$")
_TAGS = phrase_rule(
    r"^(?:tags?|tagged|keywords?|key words|topics?|categories|category|filed under|"
    r"schlagwörter|stichwörter|themen|mots[- ]clés|étiquettes|etiquetas|palabras clave|"
    r"标签|標籤|关键词|關鍵詞|关键字|태그|키워드|キーワード|タグ)\s*[:：]"
)
_CAPTION = phrase_rule(
    r"\bin this (?:\w+ ){0,2}(?:photo|picture|image|screen|screenshot|screen grab|screengrab|"
    r"still|video|footage|handout|file)\b"
    r"|\((?:photo|picture|image|foto|file photo)s?(?:\s+credit)?\s*[:：]|\bgetty images\b|"
    r"\b(?:image|media|video) (?:copyright|caption)\b|\bhide caption\b|"
    r"\bshutterstock\b|\bvia reuters\b|\bvia getty\b|\bap photo\b|\bepa-efe\b|\bfile photo\b|"
    r"^(?:pictured|main image|main picture)\s*[:,]"
    # agency photo credits are written in capitals ("REUTERS/Kim Hong-Ji", "Name/AFP"), unlike
    # "the Reuters/Ipsos poll"
    rf"|(?-i:\b(?:{_CAPS_AGENCIES})/[A-Z]|\w/\s?(?:{_CAPS_AGENCIES}|Reuters)\b"
    r"(?!\s*(?:/|poll|survey)))"
)
_PHOTO_CREDIT = phrase_rule(
    r"^(?:photo|photos|picture|image|foto|fotos|photograph|credit|photo credit|image credit|"
    r"image source|bild|bildquelle|crédit photo|图片来源|图片|사진|写真)\s*[:：/]"
)
# "Copyright" opens a notice when a mark, a year, a name or the end of the line follows it
# ("Copyright 2024 Acme Media", "Copyright © The Herald", "COPYRIGHT"); followed by a lower-case
# word it opens a sentence ("Copyright lawyers for the owner declined to comment").
_COPYRIGHT = phrase_rule(
    r"^\W*(?:©|\(c\)|copyright\b(?!-)(?=\s*(?:$|[©(\d:|,.-]|by\b|(?-i:[A-Z]))))|"
    r"©\s*\d{4}|\d{4}\s*©|\ball rights reserved\b|版权所有|저작권"
)
_SHARE = phrase_rule(
    r"^(?:share|tweet|print|email|e-mail|whatsapp|facebook|twitter|x|linkedin|telegram|reddit|"
    r"copy link|pinterest|messenger)(?:\s+(?:this|on|via|article|story|page|to)\b[\w ]{0,20})?"
    r"(?:\s*[|·•/,]\s*(?:share (?:on|via) )?(?:share|tweet|print|email|e-mail|whatsapp|facebook|"
    r"twitter|x|linkedin|telegram|reddit|copy link|pinterest|messenger))*\s*$"
    r"|^follow us\b|^share this\b|^分享到|^공유"
    # "Follow Jane Doe on Twitter: @janedoe"
    r"|^follow\s+(?:\S+\s+){0,4}on\s+(?:twitter|x|facebook|instagram|threads|bluesky|tiktok)\b"
)
_TIME_AGO = phrase_rule(
    r"^(?:updated |published |posted )?\d+\s*(?:s|m|h|d|w|secs?|seconds?|mins?|"
    r"minutes?|hrs?|hours?|days?|weeks?)\s+ago$"
)
_AD = phrase_rule(
    r"^(?:advertisement|advertising|sponsored(?: content)?|anzeige|publicité|publicidad|"
    r"广告|광고|ad|promoted|partner content)$"
)
# Substrings without which the caption / newsletter patterns cannot match (a fast gate).
_CAPTION_KEYS = (
    "photo",
    "pictur",
    "image",
    "screen",
    "still",
    "video",
    "footage",
    "handout",
    "file",
    "getty",
    "shutterstock",
    "/",
    "epa",
    "caption",
)
_NEWSLETTER_KEYS = (
    "sign",
    "subscri",
    "regist",
    "click",
    "continu",
    "submit",
    "newsletter",
    "briefing",
    "digest",
    "member",
    "journalism",
    "terms",
    "privacy",
    "inbox",
    "cancel",
    "cookie",
    "abonn",
    "datenschutz",
    "suscr",
    "订阅",
    "訂閱",
)


# The same gates as one search each: any key in the line (a loop over the keys cost more
# than the patterns it spares).
_CAPTION_GATE = re.compile("|".join(map(re.escape, _CAPTION_KEYS)))
_NEWSLETTER_GATE = re.compile("|".join(map(re.escape, _NEWSLETTER_KEYS)))


def line_reason(line: str) -> str:
    """The reason a line is boilerplate judged on its own, or "" when it may be article text.

    Order matters: metadata lines first (so a date line with a masthead is read as a date
    line), then furniture phrases, then shape. Cheap gates (word counts, plain substrings)
    run before the long case-insensitive patterns, which cost most of the time."""
    words = n_words(line)
    low = line.casefold().strip(" .:!|•·-–—>»")
    if parse_date_line(line):
        return DATE_LINE
    if parse_byline(line):
        return BYLINE
    if parse_wire_credit(line):
        return WIRE_CREDIT
    if words <= 15 and _PHOTO_CREDIT.search(line):
        return PHOTO_CREDIT
    if words <= 60 and _CAPTION_GATE.search(low) and _CAPTION.search(line):
        return CAPTION
    if (
        words <= 12
        and _LOGIN.search(line)
        and (words <= 6 or len(set(_LOGIN.findall(line.casefold()))) >= 2)
    ):
        return LOGIN
    if words <= 15 and _NAVIGATION.search(line):
        return NAVIGATION
    if low in _UI_WORDS or _TIME_AGO.match(low):
        return CHROME
    if _AD.match(low):
        return AD
    if words <= 30 and (
        (_COMMENTS.search(line) and (words <= 4 or not ends_sentence(line)))
        or _COMMENT_BY.match(line)
    ):
        return COMMENTS  # "No comment, the minister said." is a sentence, not a widget
    if words <= 8 and not ends_sentence(line) and _SHARE.search(line):
        return SHARE
    if _TAGS.search(line) and not is_sentence(line):
        return TAGS
    if RELATED.match(line) and words <= 25 and not ends_sentence(line):
        return TEASER
    if words <= 60 and _NEWSLETTER_GATE.search(low) and _newsletter(line):
        return NEWSLETTER
    if (
        words <= 25
        and ("©" in line or "(c)" in low or "right" in low or "版权" in line or "저작권" in line)
        and _COPYRIGHT.search(line)
    ):
        return COPYRIGHT
    if _breadcrumb(line):
        return NAVIGATION
    return promo_reason(line)


def _newsletter(line: str) -> bool:
    """One strong cue in a short line, or two cues anywhere (an article about a privacy policy
    mentions it once; a sign-up box stacks "subscribe", "terms", "privacy")."""
    hits = {h.casefold() for h in _NEWSLETTER_STRONG.findall(line)}
    words = n_words(line)
    starts = bool(_NEWSLETTER_STRONG.match(line)) and words <= 30
    short_label = words <= 12 and not is_sentence(line)
    return len(hits) >= 2 or (len(hits) == 1 and (short_label or starts))


_CRUMB_MARK = re.compile(r"[>»›|/]")


def _breadcrumb(line: str) -> bool:
    """Statistical: three or more short segments joined by > » › ("Home > News > Regions"),
    or by | / when one segment is a menu word ("Home | About | Contact"): a flattened table
    row ("Rank | State | Score") has no menu word, and no segment with digits counts."""
    if not _CRUMB_MARK.search(line):  # no separator: one segment
        return False
    parts = re.split(r"\s+[>»›|/]\s+|\s*[>»›]\s*", line)
    if len(parts) < 3 or not all(
        0 < n_words(p) <= 3 and not ends_sentence(p) and not re.search(r"\d", p) for p in parts
    ):
        return False
    return bool(re.search(r"[>»›]", line)) or any(
        p.strip().casefold() in _MENU_WORDS for p in parts
    )


_MENU_WORDS = {
    "home",
    "news",
    "world",
    "about",
    "about us",
    "contact",
    "contact us",
    "donate",
    "sport",
    "sports",
    "opinion",
    "business",
    "politics",
    "weather",
    "login",
    "log in",
    "sign in",
    "register",
    "subscribe",
    "search",
    "menu",
    "startseite",
    "accueil",
    "inicio",
    "首页",
    "首頁",
}
