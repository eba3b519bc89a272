"""Document-level facts besides dates: language, own address (``Source URL:``), headline."""

from __future__ import annotations

import re

_SOURCE_URL = re.compile(r"Source URL:?\**\s*<?(https?://[^\s>]+)", re.IGNORECASE)
_NOT_LATIN = bytes(c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122))
_URLS = re.compile(r"(?:https?://|www\.)\S+")
_MD = re.compile(r"^[#>*\-\s]+|[*_`]+|\]\([^)]*\)|\[|\s*\(#\)")


# Belarusian sites often type a Latin "i" for "і" ("Беларусi"), and an apostrophe where Russian has "ъ"
_BE_MIXED = re.compile(r"(?<=[а-яёў])[i'’ʼ](?=[а-яёўі])|(?<=[а-яёў])i(?![a-z])|(?<![a-z])i(?=[а-яёў])")
_QUOTED = re.compile(r"«[^«»]{0,800}»|„[^„“”]{0,800}[“”]|“[^“”]{0,800}”")
# when the letters do not tell (a short line without і/ў/и): words and letter pairs only one language has
_BE_WORDS = re.compile(r"(?<!\w)(?:гэта|таксама|сёння|дзе|вельмі|адзін|яго|але|ужо|пасля|падчас|беларусь)(?!\w)|дз|цц|ння"
                       r"|[аяы]га(?!\w)|(?<=[дтрснлзц])э")  # («Лепельскага», «дэлегацыя»: the genitive and the «э» after a
# consonant only Belarusian writes, where «і» and «ў» happen not to occur)
_RU_WORDS = re.compile(r"(?<!\w)(?:это|также|сегодня|где|очень|один|его|но|уже|после|во время)(?!\w)|ть(?!\w)|ого(?!\w)")


def _be_ru(low: str) -> tuple[int, int]:
    be = low.count("і") + low.count("ў")
    ru = low.count("и") + low.count("ъ") + low.count("щ")
    if ru * 25 < len(low) and ("i" in low or "'" in low or "’" in low or "ʼ" in low):  # и is ~6% of Russian
        be += len(_BE_MIXED.findall(low))
    return be, ru


def detect_lang(text: str) -> str:
    """``ru``, ``be`` or ``en`` by letters: Latin against Cyrillic, then і/ў against и/ъ/щ (the main language of a
    release that quotes the other one), then words."""
    sample = text[:4000]
    # no address starts before the first "http" or "www." (the pattern alone was tried at every h and w)
    at = min((i for i in (sample.find("http"), sample.find("www.")) if i >= 0), default=-1)
    if at >= 0:
        sample = sample[:at] + _URLS.sub(" ", sample[at:])
    raw = sample.encode("utf-8", "replace")
    cyr = raw.count(b"\xd0") + raw.count(b"\xd1")  # UTF-8 lead bytes of Cyrillic letters
    lat = len(raw.translate(None, _NOT_LATIN))
    if lat > cyr:
        return "en"
    low = sample.lower()
    be, ru = _be_ru(low)
    if be and ru and ("«" in low or "„" in low or "“" in low):  # a quotation is the speaker's language
        unquoted = _QUOTED.sub(" ", low)
        if sum(unquoted.count(ch) for ch in "аеоіиу") >= 20:
            be, ru = _be_ru(unquoted)
    if be == ru:
        be, ru = len(_BE_WORDS.findall(low)), len(_RU_WORDS.findall(low))
    return "be" if be > ru else "ru"


def find_url(text: str) -> str | None:
    """The document's own address from its ``Source URL:`` line (the last one), else None."""
    at = text.rfind("Source URL")
    if at < 0:
        at = text.lower().rfind("source url")
    m = _SOURCE_URL.match(text, at) if at >= 0 else None
    return m.group(1).rstrip(".,;)") if m else None


_WORDS = re.compile(r"[^\W\d_]{2,}")
_LEAD_DATE = re.compile(r"^\W*(?:date\s+)?\d{4}-\d\d-\d\d\s+")
_DATEISH = re.compile(r"\d{1,4}[./:\-]\d{1,2}|\b\d{1,2}\s+[^\W\d]{3,}\s+\d{4}\b|^\W*\d{1,2}\s+[^\W\d]+\W*$")
_CHROME_WORDS = ("сайт", "главная", "галоўная", "меню", "лента новостей", "©", "executive committee",
                 "подписаться", "subscribe", "street", "факс", "⚠", "увага!", "внимание!", "главные новости")
_CHROME_START = ("новости ", "фото", "photo", "источник")
_CHROME = re.compile(r"\s[/|]\s|\d{6}|,\s*\d{3,4}$|\bmain\b|\bsite\b|\bул\.|\bтел\.|\bfax")  # on lowercase


def _chrome(line: str) -> bool:
    """A menu, site name, address, phone line or image caption rather than a headline."""
    low = line.lower()
    return low.startswith(_CHROME_START) or any(w in low for w in _CHROME_WORDS) or bool(_CHROME.search(low))


_AGENCIES = ("БЕЛТА", "BelTA", "БелТА", "РИА Новости", "Sputnik", "белта")
_AGENCY = re.compile("|".join(re.escape(k) for k in _AGENCIES))


def _md_changes(s: str) -> bool:
    """Whether ``_MD`` and the strip after it can change the stripped line ``s``: substring tests first (a
    paragraph with a bracket in it paid for the pattern, tried at each of its characters)."""
    return s[0] in "#>*-[]" or s[-1] in "*#[]" or "*" in s or "_" in s or "`" in s or "[" in s or "](" in s \
        or "(#)" in s
_DATELINE_HEAD = re.compile(r"^.{0,80}?(?:/(?:корр\.\s*)?белта/|\((?:belta|белта)\)|[-–—]\s*риа новости|"
                            r"[-–—]\s*sputnik)\.?\s*[-–—]?\s*", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[А-ЯЁA-ZІЎ«\"])")


def _lines(text: str) -> list[str]:
    """The first lines of the text without markdown, crawl dates and agency datelines."""
    out = []
    for raw in text[:5000].split("\n")[:40]:
        s = raw.strip()
        if not s:
            continue
        if any(ch in s for ch in "#*[]_`(") and _md_changes(s):
            s = _MD.sub("", s).strip(" *#[]")
        if s[:1].isdigit() or s.startswith("date"):
            s = _LEAD_DATE.sub("", s)
        if _AGENCY.search(s, 0, 100):
            s = _DATELINE_HEAD.sub("", s, count=1)
        if s and not s.startswith(("Source URL", "http", "**Source URL")):
            out.append(s)
    return out


def _good(s: str) -> bool:
    return (len(s) <= 300 and len(_WORDS.findall(s)) >= 4 and not _chrome(s)
            and not (len(s.split()) <= 6 and _DATEISH.search(s)))


def find_title(text: str) -> str | None:
    """The headline: a line repeated near the top (pages print it twice), else the first line of four or more
    words that is no menu, site name, address or date line; else the first sentence of the first paragraph."""
    lines = _lines(text)
    seen: set[str] = set()
    for s in lines[:25]:
        if s in seen and _good(s):
            return s
        seen.add(s)
    for i, s in enumerate(lines):
        if len(s) > 300:  # no headline: the first sentence of the first paragraph
            head = _SENTENCE_END.split(s, 1)[0]
            return head if len(head) <= 300 else None
        if _good(s):
            if i < 3 and _SITE_NAME.search(s) and not _TOLD.search(s) \
                    and (after := next((x for x in lines[i + 1:i + 8] if _good(x) and not _SITE_NAME.search(x)), None)):
                return after if len(after) <= 200 else _SENTENCE_END.split(after, 1)[0]  # (the site's name over it)
            return s if len(s) <= 200 else _SENTENCE_END.split(s, 1)[0]
    return None


# a site's own name over the page: «Могилевский областной исполнительный комитет», «Міністэрства адукацыі Рэспублікі
# Беларусь», "Ministry of Industry of the Republic of Belarus", "… — Official Information Portal"
_SITE_NAME = re.compile(r"(?i)^(?:официальный сайт|афіцыйны сайт|official (?:web)?site|министерство|міністэрства|ministry"
                        r"|правительство|government|администрация|адміністрацыя|administration)\b"
                        r"|(?:исполнительный комитет|выканаўчы камітэт|executive committee|official (?:information )?portal"
                        r"|официальный (?:интернет-)?портал|афіцыйны партал)$")
# … but not a headline that tells what such a body did: «Министерство образования подписало соглашение»
_TOLD = re.compile(r"(?i)[.!?:«»\"“”]|\b\w+(?:ло|ла|ли|лі|ў|ed)\b")


# a heading over a list of other news: «Читайте также», «Другие материалы», "Other materials of …", "Related news"
_RELATED = re.compile(r"^[ \t#*]*(?:Читайте также|Смотрите также|Другие (?:новости|материалы)|Похожие (?:новости|материалы)"
                      r"|Новости по теме|Материалы по теме|Последние новости|Чытайце таксама|Іншыя (?:навіны|матэрыялы)"
                      r"|Навіны па тэме|Яшчэ навіны|Read also|See also|Other (?:news|materials)|Related (?:news|articles|materials)"
                      r"|More news|(?:(?:Также|Таксама)\s+)?(?:вам\s+)?(?:также\s+)?(?:может быть интересно|можа быць цікава)"
                      r"|Вас может заинтересовать|Ещ[её] (?:по теме|новости)|You may also (?:like|be interested)"
                      r"|You might also like)\b[^\n]{0,60}$"
                      # the reuse notice that closes an article: what follows is the site's, not the article's
                      r"|^[ \t#*©]*(?:При (?:полном или частичном )?использовании (?:материалов|информации)"
                      r"|Пры (?:поўным або частковым )?выкарыстанні матэрыялаў|Перепечатка[^\n]{0,40}(?:запрещен|разрешен)"
                      r"|When using (?:the )?materials|All rights reserved|Все права защищены|Усе правы абаронены)"
                      r"[^\n]{0,200}$", re.M | re.I)


# a line that holds nothing but a date (and a time): «05.07.2025 - 17:50»
STAMP_LINE = re.compile(r"^[^\w\n]*\d{1,2}[./]\d{1,2}[./]\d{4}[^\w\n]*(?:\d{1,2}:\d\d)?[^\w\n]*$", re.M)


def stamps(text: str, lo: int, hi: int) -> list[int]:
    """Where the lines between ``lo`` and ``hi`` that hold nothing but a date (and a time) begin."""
    return [m.start() for m in STAMP_LINE.finditer(text, lo, hi)]


def related_start(text: str) -> int:
    """Where a block of other news begins (a heading alone on its line, the list after it, a reuse notice, or a
    run of three or more date stamps, each a line of its own: «05.07.2025 - 17:50»): the page's furniture, which
    dates no event and not the page; ``len(text)`` when there is none."""
    third = len(text) // 3  # (after the article's first third: a menu at the top of a page has headings too)
    run = stamps(text, third, len(text)) if text.count(".20") >= 3 else []
    at = run[0] if len(run) >= 3 else len(text)
    if not any(w in text for w in ("также", "таксама", "материал", "матэрыял", "новост", "навін", "also", "other",
                                   "Other", "Related", "related", "news", "News", "рава", "rights", "ерепечатк",
                                   "using", "нтересн", "цікав", "аинтерес", "Ещ", "may also", "might also")):
        return at
    m = _RELATED.search(text, third, at)
    return m.start() if m else at

