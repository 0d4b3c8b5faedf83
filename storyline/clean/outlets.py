"""Known mastheads, news domains and wire services, and the look-ups over them.

The tables are deliberately small and factual (an outlet's names in the scripts it is printed
in, its domains). Unknown outlets still get a name: from the page's site name, a masthead-like
line or copyright holder (see ``textmeta``), or their url's domain.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from urllib.parse import urlsplit

# Canonical name -> other names it appears under (native script, short forms, section suffixes
# are handled by the matcher). Several scripts on purpose: aggregators translate or reprint.
MASTHEADS: dict[str, tuple[str, ...]] = {
    "The Straits Times": ("Straits Times", "海峡时报", "海峽時報"),
    "Lianhe Zaobao": ("联合早报", "聯合早報", "Zaobao"),
    "The Chosun Ilbo": ("Chosun Ilbo", "朝鲜日报", "朝鮮日報", "조선일보", "Chosun"),
    "JoongAng Ilbo": ("Korea JoongAng Daily", "中央日报", "中央日報", "중앙일보"),
    "The Dong-A Ilbo": ("Dong-A Ilbo", "东亚日报", "東亞日報", "동아일보"),
    "The Hankyoreh": ("Hankyoreh", "韩民族日报", "한겨레"),
    "The Korea Herald": ("Korea Herald", "코리아헤럴드"),
    "The Korea Times": ("Korea Times", "코리아타임스"),
    "Yonhap News Agency": ("Yonhap", "韩联社", "韓聯社", "연합뉴스"),
    "NK News": ("NKNews",),
    "Daily NK": (),
    "Nikkei Asia": ("Nikkei", "日本経済新聞", "日经中文网"),
    "The Japan Times": ("Japan Times",),
    "Asahi Shimbun": ("朝日新聞", "朝日新闻"),
    "Yomiuri Shimbun": ("読売新聞", "读卖新闻"),
    "Kyodo News": ("共同社", "共同通信"),
    "South China Morning Post": ("SCMP", "南华早报", "南華早報"),
    "Global Times": ("环球时报", "環球時報"),
    "China Daily": ("中国日报", "中國日報"),
    "People's Daily": ("人民日报", "人民日報"),
    "Xinhua": ("Xinhua News Agency", "新华社", "新華社"),
    "Channel NewsAsia": ("CNA", "亚洲新闻台"),
    "The New York Times": ("New York Times", "NYTimes", "纽约时报", "紐約時報"),
    "The Washington Post": ("Washington Post",),
    "The Wall Street Journal": ("Wall Street Journal", "WSJ", "华尔街日报"),
    "The Guardian": ("Guardian",),
    "BBC News": ("BBC",),
    "CNN": (),
    "CNBC": (),
    "NBC News": (),
    "Reuters": ("路透社",),
    "Associated Press": ("AP News",),
    "Agence France-Presse": ("AFP", "法新社"),
    "Al Jazeera": ("الجزيرة",),
    "Deutsche Welle": ("DW",),
    "France 24": (),
    "Radio Free Asia": ("RFA",),
    "Voice of America": ("VOA", "美国之音"),
    "The Diplomat": (),
    "Kyiv Independent": ("The Kyiv Independent",),
    "Kyiv Post": (),
    "Ukrainska Pravda": (),
    "The Moscow Times": ("Moscow Times",),
    "TASS": ("ТАСС",),
    "RIA Novosti": ("РИА Новости",),
}

DOMAINS: dict[str, str] = {
    "straitstimes.com": "The Straits Times",
    "zaobao.com": "Lianhe Zaobao",
    "zaobao.com.sg": "Lianhe Zaobao",
    "chosun.com": "The Chosun Ilbo",
    "joongang.co.kr": "JoongAng Ilbo",
    "koreajoongangdaily.joins.com": "JoongAng Ilbo",
    "donga.com": "The Dong-A Ilbo",
    "hani.co.kr": "The Hankyoreh",
    "koreaherald.com": "The Korea Herald",
    "koreatimes.co.kr": "The Korea Times",
    "yna.co.kr": "Yonhap News Agency",
    "en.yna.co.kr": "Yonhap News Agency",
    "nknews.org": "NK News",
    "dailynk.com": "Daily NK",
    "asia.nikkei.com": "Nikkei Asia",
    "japantimes.co.jp": "The Japan Times",
    "asahi.com": "Asahi Shimbun",
    "yomiuri.co.jp": "Yomiuri Shimbun",
    "kyodonews.net": "Kyodo News",
    "scmp.com": "South China Morning Post",
    "globaltimes.cn": "Global Times",
    "chinadaily.com.cn": "China Daily",
    "people.com.cn": "People's Daily",
    "xinhuanet.com": "Xinhua",
    "news.cn": "Xinhua",
    "channelnewsasia.com": "Channel NewsAsia",
    "nytimes.com": "The New York Times",
    "washingtonpost.com": "The Washington Post",
    "wsj.com": "The Wall Street Journal",
    "theguardian.com": "The Guardian",
    "bbc.com": "BBC News",
    "bbc.co.uk": "BBC News",
    "cnn.com": "CNN",
    "cnbc.com": "CNBC",
    "nbcnews.com": "NBC News",
    "reuters.com": "Reuters",
    "apnews.com": "Associated Press",
    "afp.com": "Agence France-Presse",
    "france24.com": "France 24",
    "aljazeera.com": "Al Jazeera",
    "dw.com": "Deutsche Welle",
    "rfa.org": "Radio Free Asia",
    "voanews.com": "Voice of America",
    "thediplomat.com": "The Diplomat",
    "kyivindependent.com": "Kyiv Independent",
    "kyivpost.com": "Kyiv Post",
    "pravda.com.ua": "Ukrainska Pravda",
    "themoscowtimes.com": "The Moscow Times",
    "tass.com": "TASS",
    "ria.ru": "RIA Novosti",
}

# Who a news photo's credit names ("Name/Getty Images", "(AP Photo/Name)", "REUTERS/Name"): the
# wires and the picture agencies. One list for every caption rule of the cleaner.
PHOTO_AGENCIES: tuple[str, ...] = (
    "AP Photo",
    "AP",
    "Associated Press",
    "AFP",
    "Reuters",
    "EPA",
    "PA",
    "Getty Images",
    "Bloomberg",
    "Xinhua",
    "Yonhap",
    "Kyodo",
    "Pool",
    "Shutterstock",
)
# Credits that also stand in running prose between a lower-case word and a capital ("told the
# AP Friday", "the swimming Pool The ..."), so they never mark where two captions meet.
PROSE_AGENCIES = frozenset({"AP", "Pool", "Associated Press"})


def agency_pattern(names: Iterable[str] = PHOTO_AGENCIES) -> str:
    """An alternation of agency names, longest first so "AP Photo" wins over "AP"."""
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


# Canonical wire name -> the forms a credit uses. Matching is case-sensitive for the short
# acronyms ("AP", "dpa") so that ordinary words never count as a credit.
WIRES: dict[str, tuple[str, ...]] = {
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Xinhua": ("Xinhua", "XINHUA", "Xinhua News Agency"),
    "Yonhap": ("Yonhap", "YONHAP", "Yonhap News Agency"),
    "Kyodo": ("Kyodo", "KYODO", "Kyodo News"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANI": ("ANI", "Asian News International"),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "Bernama": ("Bernama", "BERNAMA"),
    "ANSA": ("ANSA",),
    "TASS": ("TASS",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "UPI": ("UPI", "United Press International"),
    "KCNA": ("KCNA", "Korean Central News Agency"),
    "CNA": ("Central News Agency",),
}


def _norm(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().casefold()


def _variants() -> list[tuple[str, str]]:
    pairs = [(canon, canon) for canon in MASTHEADS]
    pairs += [(alias, canon) for canon, aliases in MASTHEADS.items() for alias in aliases]
    # Longest first, so "Korea JoongAng Daily" wins over "JoongAng".
    return sorted(pairs, key=lambda p: -len(p[0]))


_VARIANTS = _variants()
_LOOKUP = {_norm(alias): canon for alias, canon in _VARIANTS}


def canonical_outlet(name: str | None) -> str | None:
    """The canonical name of a known outlet, or the name as given (tidied)."""
    if not name:
        return None
    tidy = re.sub(r"\s+", " ", name).strip(" -|·:")
    return _LOOKUP.get(_norm(tidy), tidy) or None


def find_masthead(line: str) -> str | None:
    """A known masthead named in a short line of page chrome ("海峡时报-亚洲", "© The Straits
    Times"). Only meant for lines already judged not to be article text: in the article a
    masthead is usually just a mention ("told The Straits Times")."""
    for alias, pattern, canon in _masthead_patterns():
        if alias in line if pattern is None else pattern.search(line):
            return canon
    return None


@lru_cache(maxsize=1)
def _masthead_patterns() -> list[tuple[str, re.Pattern[str] | None, str]]:
    """(alias, word-bounded pattern or None for a plain substring test, canonical name), in
    _VARIANTS order; compiled once, as find_masthead runs on every chrome line of every page.
    Names in CJK or other non-Latin scripts have no word spaces, so a substring is the test;
    Latin-script aliases under 4 letters ("AA", "CNA") are too ambiguous and left out."""
    out: list[tuple[str, re.Pattern[str] | None, str]] = []
    for alias, canon in _VARIANTS:
        if _is_cjk(alias) or _is_other_script(alias):
            out.append((alias, None, canon))
        elif len(alias) >= 4:
            out.append((alias, re.compile(rf"(?<![\w-]){re.escape(alias)}(?![\w-])"), canon))
    return out


def domain_of(url: str | None) -> str | None:
    if not url:
        return None
    try:
        host = urlsplit(url if "//" in url else f"//{url}").hostname
    except ValueError:
        return None
    if not host:
        return None
    return host.removeprefix("www.").removeprefix("m.").lower()


def outlet_from_url(url: str | None) -> str | None:
    """Known outlet for the url's domain (or a parent domain), else the bare domain."""
    host = domain_of(url)
    if not host:
        return None
    parts = host.split(".")
    for i in range(len(parts) - 1):
        known = DOMAINS.get(".".join(parts[i:]))
        if known:
            return known
    return host


def wire_names() -> dict[str, str]:
    """Every credit form -> canonical wire name."""
    return {form: canon for canon, forms in WIRES.items() for form in forms}


def _is_cjk(text: str) -> bool:
    return any("\u3040" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in text)


def _is_other_script(text: str) -> bool:
    return any(ord(ch) > 0x024F for ch in text if ch.isalpha())
