"""The publication date of a document, in the contract's order of precedence.

1. ``given`` (``--published`` or a caller); 2. ``meta`` (HTML meta, ``<time>``, front matter);
3. ``url`` (``/2022/06/09/``, ``/20251124/``, ``/news/08-06-2022-7910``, ``?date=...``);
4. ``dateline`` (a date line at the top or bottom: "23.04.2024, 17:36", "МИНСК, 24 ноя", "28 сентября, Брест");
5. ``inferred`` from the text: "Сегодня, 20 октября" with the year the text settles -- anniversaries
   (lexicon.BASE_DATES), numbered recurring events, "за 18 лет" after "в 2002 году", else the newest year named.

Returns the :class:`Published` (or None) and the :class:`Ref` that dates resolve against, which may
know a day without its year (a dateline "7 февраля 13:10") -- then relative days become ``XXXX-MM-DD``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from datetime import date, timedelta
from typing import Any

from . import lexicon as lx
from .dates import Cand, Point, Ref
from .normalize import tense
from .published_year import _iso, infer_year
from .types import Published

_URL_DATES = [
    # /2022/06/09/, /2022-07-12/, 2022_06_09, 2022.06.09 (separated: a date wherever it stands)
    re.compile(r"(?<!\d)((?:19|20)\d\d)([/\-_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"),
    # /news/08-06-2022-7910, date=09.06.2022, /27.06.2024/
    re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])([\-_.])(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?!\d)"),
]
# compact /20251124/slug: a date only as a path segment that goes on, under a date key, or with its time
# ("news-202406271234"); an 8-digit number ending the address ("tass.ru/politika/20240627", "?id=20240627")
# is more likely an article number
_URL_COMPACT = re.compile(r"([/_\-]|[?&](?:date|day|pubdate|d)=)((?:19|20)\d\d)(0[1-9]|1[0-2])"
                          r"(0[1-9]|[12]\d|3[01])(?:(?=[/_\-][^/?#])|(?<==\d{8})(?=[&#]|$)|(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d))", re.I)
_URL_YEAR = re.compile(
    # "...-590709-2023", "/news/2024", "/2024/" -- not "strategiya-do-2030" nor the end of "plan-2024-2026"
    r"(?<!\bdo)(?<!\bpo)(?<!\bto)(?<!\bby)(?<![^\d](?:19|20)\d\d)[\-_/]((?:19|20)\d\d)(?:/|\.html?|\.php)?/?$"
    # "/2024/06/", "/news/2024/slug"
    r"|/((?:19|20)\d\d)/(?:0[1-9]|1[0-2])/|/((?:19|20)\d\d)/(?=[^/\d]*[a-z][^/]*/?$)", re.I)
_TIME_AFTER = re.compile(r"^\W{0,4}(?:в\s*)?\d{1,2}:\d\d(?!\d)")
# "15:48 03 November 2022", "09:41, 2 марта 2021", and glued "09:4102.03.2021" (the header lexer finds that one)
_TIME_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d\W{0,4}$")
_TIME_LINE = re.compile(r"\n\W{0,4}(?:[01]?\d|2[0-3]):[0-5]\d\W{0,4}(?:\n|$)")
# A masthead's "today" ("Flag Saturday, 25 May 2024", "Пятница, 5 марта 2021"): a weekday name before the date
_WEEKDAY_BEFORE = re.compile(r"(?:^|[^\w])(?:понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|"
                             r"панядзелак|аўторак|серада|чацвер|пятніца|субота|нядзеля|"
                             r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\W*$", re.I)
# "Сегодня: 25 мая 2024", "Today: 25 May 2024" on a line of its own: the site's today, as with a weekday
_TODAY_LABEL = re.compile(r"(?:^|[^\w])(?:сегодня|сёння|today|today\s+is)\s*[:,\-–—]?\s*$", re.I)
# "Текущий номер: № 12 от 5 марта 2024", "Current issue 5 March 2024": a side-bar's issue, never the article's date
_ISSUE_WORDS = re.compile("номер|выпуск|нумар|[Ii]ssue|[Ee]dition")  # a fast test before _ISSUE_LABEL
_ISSUE_LABEL = re.compile(r"(?:текущ|свеж|последн|актуальн|current|latest|recent|апошн|бягуч|цяперашн)\w*"
                          r"\s+(?:номер|выпуск|issue|edition|нумар|выпуск)", re.I)
_CITY_BEFORE = re.compile(r"(?:^|\n)\W*(?:[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ\-]{2,}(?:\s[A-ZА-ЯЁІЎ\-]{2,})?|"
                          r"[A-ZА-ЯЁІЎ][a-zа-яёіў\-]{2,}(?:\s[A-ZА-ЯЁІЎ][a-zа-яёіў\-]{2,})?),\s*$")
_CITY_AFTER = re.compile(r"^,\s+[A-ZА-ЯЁІЎ][\w\-]+\s*(?:/|\(|[-–—])")
_LABEL_BEFORE = re.compile(r"^\W*(?:date|дата)\W*$", re.I)
# a publication label right before the date wins over everything; an update label loses to anything
_PUB_LABEL = re.compile(r"(?:^|[^\w])(?:дата\s+(?:публикации|размещения|публікацыі)|опубликован[оа]?|размещен[оа]?|"
                        r"published(?:\s+on)?|posted(?:\s+on)?|publication\s+date|date\s+published|"
                        r"апублікаван[аы]?|змешчана|дадзена)\W*$", re.I)
_UPD_LABEL = re.compile(r"(?:^|[^\w])(?:обновлен[оа]?|изменен[оа]?|отредактирован[оа]?|дата\s+(?:обновления|изменения|"
                        r"абнаўлення)|последнее\s+(?:обновление|изменение)|updated(?:\s+on)?|last\s+(?:updated|modified)|"
                        r"modified|абноўлен[аы]?|зменена)\W*(?:в\s+|at\s+)?(?:\d{1,2}:\d\d\W*)?$", re.I)
# "… подписали программу - РИА Новости, 24.11.2025": a headline, its agency and the date ending the line
_AGENCY_BEFORE = re.compile(r"(?:РИА\s+Новости|Sputnik(?:\s+[A-ZА-ЯЁІЎ]\w+)?|БЕЛТА|BelTA|ТАСС|TASS|Интерфакс|Interfax|"
                            r"REGNUM|Белта|Газета\.ru|ИА\s+[«\"]?\w+[»\"]?)\s*,\s*$")
_DASH_AFTER = re.compile(r"^\s*[-–—]\s")
_AGENCY_AFTER = re.compile(r"^\s*(?:\((?:BelTA|БЕЛТА|Sputnik)\)|[-–—]\s*(?:РИА|Sputnik|БЕЛТА|BelTA|ТАСС))")
_META_ISO = re.compile(r"\s*((?:19|20)\d\d)[-/.](\d\d?)[-/.](\d\d?)(?!\d)|\s*((?:19|20)\d\d)(\d\d)(\d\d)(?:$|T|\s)")
_META_DMY = re.compile(r"\s*(?:\w+,?\s+)?(\d\d?)[.\-/\s]+(\d\d?|[a-zа-яё]{3,})\.?[.\-/\s]+((?:19|20)\d\d)(?!\d)", re.I)
_META_MDY = re.compile(r"\s*(?:\w+,?\s+)?([a-z]{3,})\.?\s+(\d\d?)(?:st|nd|rd|th)?,?\s+((?:19|20)\d\d)(?!\d)", re.I)
_MONTH_ABBR = {m: i + 1 for i, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
                                                "nov", "dec"))}
_MONTH_ABBR.update({m: i + 1 for i, m in enumerate(("янв", "фев", "мар", "апр", "ма", "июн", "июл", "авг", "сен",
                                                     "окт", "ноя", "дек"))})


def _month(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    w = word.lower()
    return _MONTH_ABBR.get(w[:3]) or (5 if w.startswith(("ма", "may")) else None)


def meta_date(raw: str) -> str | None:
    """A markup date ("2024-06-27T10:15:00+03:00", "27.06.2024", "Thu, 27 Jun 2024 10:15:00 +0300") as ISO."""
    m = _META_ISO.match(raw)
    if m:
        y, mo, d = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        return _iso(int(y), int(mo), int(d))
    m = _META_DMY.match(raw)
    if m:
        mo = _month(m.group(2))
        return _iso(int(m.group(3)), mo, int(m.group(1))) if mo else None
    m = _META_MDY.match(raw)
    if m:
        mo = _month(m.group(1))
        return _iso(int(m.group(3)), mo, int(m.group(2))) if mo else None
    return None


def from_meta(meta: Mapping[str, Any] | None) -> Published | None:
    raw = (meta or {}).get("published")
    if not raw:
        return None
    v = meta_date(str(raw))
    return Published(v, "meta", str(raw)[:80]) if v else None


def from_url(url: str | None) -> Published | None:
    if not url:
        return None
    for i, rx in enumerate(_URL_DATES):
        for m in rx.finditer(url):
            y, mo, d = (m.group(1), m.group(3), m.group(4)) if i == 0 else (m.group(4), m.group(3), m.group(1))
            v = _iso(int(y), int(mo), int(d))
            if v and 1990 <= int(y) <= 2100:
                return Published(v, "url", m.group(0))
    for m in _URL_COMPACT.finditer(url):
        v = _iso(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        if v and int(m.group(2)) >= 1995:
            return Published(v, "url", m.group(0))
    return None


def _url_year(url: str | None) -> int | None:
    m = _URL_YEAR.search(url or "")
    return int(m.group(1) or m.group(2) or m.group(3)) if m else None


# Date lines the mention grammar leaves alone and a header still shows: a time glued to the date
# ("09:4102.03.2021", "02.03.202109:41") and an English month in lower case with its day and year
# ("5 march, 2019", "march 5, 2019"; in running text "may" and "march" are verbs, in a date line they are not).
# Both are tried only where they can stand -- at a colon, at a month's first letters -- so they cost nothing else.
_TIME_DATE = re.compile(r"(?:[01]?\d|2[0-3]):[0-5]\d(0[1-9]|[12]\d|3[01])([./-])(0[1-9]|1[0-2])\2((?:19|20)?\d\d)(?!\d)")
_DATE_TIME = re.compile(r"(0[1-9]|[12]\d|3[01])([./-])(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?:[01]\d|2[0-3]):[0-5]\d")
_EN_MONTHS = {m: i + 1 for i, m in enumerate(lx.ENGLISH_MONTHS)} | {m[:3]: i + 1 for i, m in enumerate(lx.ENGLISH_MONTHS)}
_EN_MONTHS["sept"] = 9
_MONTH_ON = re.compile(r"([a-z]{3,9})\.?(?:,?\s+((?:19|20)\d\d)|\s+([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?,?\s+"
                       r"((?:19|20)\d\d))(?!\d)")
_MONTH_START = re.compile("|".join(m[:3] for m in lx.ENGLISH_MONTHS))  # lower case only: the scan reads the rest
_DAY_BEFORE = re.compile(r"(?<![\d.])([12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\s+(?:of\s+)?$")


def _header_dates(text: str, lo: int, hi: int) -> Iterator[tuple[int, int, int, int, int]]:
    """(start, end, year, month, day) of the date lines in ``text[lo:hi]`` that ``_TIME_DATE``, ``_DATE_TIME``
    and a lower-case English month describe."""
    at = text.find(":", lo, hi)
    while at >= 0:
        for back in (2, 1):
            m = _TIME_DATE.match(text, at - back, hi)
            if m and (at - back == 0 or not text[at - back - 1].isdigit()):
                y = int(m.group(4))
                yield m.start(1), m.end(4), y + 2000 if y < 100 else y, int(m.group(3)), int(m.group(1))
                break
        m = _DATE_TIME.match(text, at - 12, hi) if at >= 12 else None
        if m and (at == 12 or not text[at - 13].isdigit()):
            yield m.start(1), m.end(4), int(m.group(4)), int(m.group(3)), int(m.group(1))
        at = text.find(":", at + 1, hi)
    for start in _MONTH_START.finditer(text, lo, hi):
        at = start.start()
        m = _MONTH_ON.match(text, at, hi) if at == 0 or not text[at - 1].isalpha() else None
        month = _EN_MONTHS.get(m.group(1)) if m else None
        if m and month:
            day = _DAY_BEFORE.search(text, max(0, at - 16), at) if m.group(2) else None
            if day:
                yield day.start(1), m.end(2), int(m.group(2)), month, int(day.group(1))
            elif m.group(3):
                yield at, m.end(4), int(m.group(4)), month, int(m.group(3))


# A library's record of the article (GOST 7.1): "… // Зямля і людзі. — 2019. — 23 студзеня. — С. 1.",
# "// Звязда. — 2019. — № 5. — С. 2." (the year only), "— 2020. — 5–11 сакавіка" (a weekly: its first day)
_CITATION = re.compile(r"//[^\n]{1,200}?\s[—–-]\s*(?P<y>(?:19|20)\d\d)\s*\.(?:\s*[—–-]\s*(?:№\s*\d+\s*[.,]?\s*)?"
                       r"(?P<d>[12]\d|3[01]|0?[1-9])(?:\s*[-–—]\s*\d{1,2})?\s+(?P<m>[^\W\d_]{3,})\.?)?"
                       r"[^\n]{0,40}?[—–-]\s*(?:С|Стр|P|S|pp?)\.\s*\d")  # it ends with its page: "— С. 1"
# A side-bar's heading, a line of its own: the dates under it belong to other news ("Recent news", «Читайте также»)
_SIDEBAR = re.compile(
    r"^[^\w\n]*(?:(?:последние|другие|похожие|популярные|главные|свежие|читаемые|апошнія|іншыя|падобныя|папулярныя|"
    r"галоўныя|recent|latest|other|related|popular|top|more)\s+(?:новости|материалы|публикации|навіны|матэрыялы|news|"
    r"stories|articles|posts)(?:\s+(?:по\s+теме|па\s+тэме|from\s+[\w ]{2,20}))?|(?:новости|навіны|материалы)\s+"
    r"(?:по\s+теме|па\s+тэме)|читайте\s+также|смотрите\s+также|см\.\s+также|самое\s+(?:читаемое|популярное)|"
    r"популярное|чытайце\s+таксама|глядзіце\s+таксама|read\s+(?:also|more)|see\s+also|most\s+(?:read|popular))"
    r"[^\w\n]*$", re.I)
_TOP, _TAIL = 1200, 400  # where date lines stand: the first characters, the last before ``Source URL``
_TOP_MAX, _PARAGRAPH = 3000, 200  # menus may push the header further: up to the first paragraph, so far at most


def _zones(text: str) -> tuple[int, int, int]:
    """(end of the top, start and end of the tail): the top is the first 1200 characters, or more when lines of
    menus fill them -- up to the first paragraph (a line of 200 characters or more), at most 3000; the tail is
    the last 400 characters before ``Source URL``."""
    tail_end = text.rfind("Source URL")
    tail_end = len(text) if tail_end < 0 else tail_end
    at = 0
    limit = min(_TOP_MAX, tail_end)
    while at < limit:
        nl = text.find("\n", at, limit)
        nl = limit if nl < 0 else nl
        if nl - at >= _PARAGRAPH:
            break
        at = nl + 1
    top = min(max(_TOP, at), limit)
    return top, max(top, tail_end - _TAIL), tail_end


def _header_cands(text: str, cands: list[Cand], zones: tuple[int, int, int]) -> list[Cand]:
    """Date lines in the top and the tail that the mention grammar does not read (see ``_header_dates``)."""
    top, tail_lo, tail_end = zones
    taken = {(c.start, c.end) for c in cands}
    out = []
    for lo, hi in ((0, top), (tail_lo, tail_end)):
        for start, end, y, mo, d in _header_dates(text, lo, hi):
            if (start, end) not in taken and not any(c.start <= start < c.end for c in cands):
                out.append(Cand(start, end, "header", Point(y, mo, d)))
    return out


def _month_word(word: str) -> int | None:
    w = word.lower()
    return lx.MONTHS.get(w) or lx.MONTH_ABBR.get(w) or (_month(w) if w.isascii() else None)


def from_citation(text: str) -> Published | None:
    """The date a bibliographic record at the top gives its article ("— 2019. — 23 студзеня."): a day, else a year."""
    m = _CITATION.search(text, 0, _TOP)
    if m is None:
        return None
    y = int(m.group("y"))
    month = _month_word(m.group("m")) if m.group("m") else None
    v = _iso(y, month, int(m.group("d"))) if month else None
    evidence = text[m.start("y"):m.end("m") if m.group("m") else m.end("y")]
    return Published(v or str(y), "dateline", evidence)


def _sidebars(text: str, zones: tuple[int, int, int]) -> list[int]:
    """Where the side-bar headings in the top and the tail end (short lines only are tried)."""
    top, tail_lo, tail_end = zones
    out = []
    for lo, hi in ((0, top), (max(top, tail_lo - 300), tail_end)):
        at = lo
        for line in text[lo:hi].split("\n"):
            if 6 < len(line) < 48 and _SIDEBAR.match(line):
                out.append(at + len(line))
            at += len(line) + 1
    return out


def _under_sidebar(text: str, at: int, sidebars: list[int]) -> bool:
    """Whether a date stands in the list under a side-bar heading: before the list's first blank line."""
    head = max((end for end in sidebars if end <= at), default=None)
    if head is None or at - head > 600:
        return False
    gap = text.find("\n\n", head + 1, at)
    return gap < 0 or not text[head:gap].strip()


def _dateline(text: str, cands: list[Cand], zones: tuple[int, int, int]) -> tuple[Cand, int] | None:
    """The best date line in the top or the tail (:func:`_zones`)."""
    top, tail_lo, tail_end = zones
    best: tuple[tuple[int, int, int], Cand] | None = None
    sidebars: list[int] | None = None  # found when a date line first needs them
    for c in cands:
        a = c.a
        in_top, in_tail = c.start < top, tail_lo <= c.start < tail_end
        if a is None or c.b is not None or a.d is None or c.rel or a.yrel is not None or not (in_top or in_tail):
            continue
        if a.y is not None and a.y < 1995:
            continue  # "9 мая 1945 года" heading an article is history, not when it was published
        if c.rule == "joined" and not text[c.start].isdigit() and a.y is None:
            continue  # "Сегодня, 20 октября" is inference, not a dateline
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        le = len(text) if le < 0 else le
        before, after = text[ls:c.start], text[c.end:le]
        score = 0
        label = before[-48:]  # the labels end right before the date
        if sidebars is None:
            sidebars = _sidebars(text, zones)
        if _under_sidebar(text, c.start, sidebars) or (_ISSUE_WORDS.search(label) and _ISSUE_LABEL.search(label)):
            continue
        if _UPD_LABEL.search(label):
            score = 1  # "Обновлено 02.07.2024": any other date line is the publication
        elif _PUB_LABEL.search(label):
            score = 5
        elif _TIME_AFTER.match(after) or _TIME_BEFORE.search(label[-12:]) \
                or (not after.strip() and _TIME_LINE.match(text, le)):
            score = 4
        elif c.weekday is not None or _WEEKDAY_BEFORE.search(label[-20:]) \
                or (_TODAY_LABEL.search(label) and len(after.strip()) < 20):
            score = 1  # a masthead's today: any other date line is the article's
        elif _CITY_BEFORE.search(text[max(0, c.start - 40):c.start]) or _CITY_AFTER.match(after) \
                or _AGENCY_AFTER.match(after) or (not after.strip() and _AGENCY_BEFORE.search(label)):
            score = 3
        elif _LABEL_BEFORE.search(before):
            score = 3
        elif len(before.strip()) + len(after.strip()) <= 30:
            score = 2
        elif in_top and not re.sub(r"\W", "", before) and _DASH_AFTER.match(after):
            score = 3  # "June 27, 2024 — The delegation ..."
        elif in_top and a.y is None and not re.sub(r"\W", "", before):
            score = 1  # "11 февраля в Орловской области находится..." opening a report
        if score == 0:
            continue
        key = (score, 1 if a.y else 0, -c.start)
        if best is None or key > best[0]:
            best = (key, c)
    return (best[1], best[0][0]) if best else None



_CHROME_SEP = re.compile(r"\s[|›»•·/]\s|\s[|›»•·/]$|^[|›»•·/]\s")  # "Политика | 5 марта 2019 | Просмотров: 12"


def _header_line(text: str, cands: list[Cand], top: int, url: str | None) -> tuple[Cand, int] | None:
    """No line scores as a date line: a full date among page-chrome separators above the first paragraph
    ("Главная › Новости › 5 марта 2019 › Просмотров: 12") -- unless the address or the text settles a later year."""
    for c in sorted(cands, key=lambda c: c.start):
        a = c.a
        if c.start >= top or a is None or c.b or c.rel or not (a.y and a.m and a.d) or a.y < 1995 or a.yrel:
            continue
        ls, le = text.rfind("\n", 0, c.start) + 1, text.find("\n", c.end)
        le = len(text) if le < 0 else le
        if any(len(line) >= _PARAGRAPH for line in text[:ls].split("\n")):
            return None  # below the first paragraph: the body
        if not (_CHROME_SEP.search(text[ls:c.start]) or _CHROME_SEP.search(text[c.end:le])):
            continue
        later = _url_year(url)
        inferred = infer_year(text, cands)
        if (later and later != a.y) or (inferred and inferred[0] > a.y):
            return None
        return c, 1
    return None


def find_published(text: str, cands: list[Cand], *, given: str | None = None,
                   meta: Mapping[str, Any] | None = None, url: str | None = None) -> tuple[Published | None, Ref]:
    """The publication date and the reference that dates resolve against."""
    pub = (Published(given, "given", "given") if given else None) or from_meta(meta) or from_url(url) \
        or from_citation(text)
    if pub:
        return pub, Ref.of(pub)
    zones = _zones(text)
    header = _header_cands(text, cands, zones)
    dl = _dateline(text, cands + header, zones)
    if dl is None:
        dl = _header_line(text, cands + header, zones[0], url)
    if dl and dl[0].a and dl[0].a.y:
        c, a = dl[0], dl[0].a
        v = _iso(a.y, a.m, a.d)  # type: ignore[arg-type]
        if v:
            pub = Published(v, "dateline", text[c.start:c.end])
            return pub, Ref.of(pub)
    day: tuple[int, int, str, str] | None = None  # (month, day, evidence, how)
    if dl:
        c = dl[0]
        assert c.a is not None and c.a.m is not None and c.a.d is not None  # _dateline keeps only days
        day = (c.a.m, c.a.d, text[c.start:c.end], "dateline")
    else:
        for c in cands:
            if c.joined_rel and c.a and c.a.d and c.a.m and not text[c.start].isdigit():
                if c.a.y:
                    v = _iso(c.a.y, c.a.m, c.a.d)
                    if v:
                        pub = Published(v, "inferred", text[c.start:c.end])
                        return pub, Ref.of(pub)
                day = (c.a.m, c.a.d, text[c.start:c.end], "inferred")
                break
    if day is None:
        day = _today_nth_day(text, cands) or _today_then_day(text, cands)
    year: tuple[int, str] | None = None
    uy = _url_year(url)
    if uy:
        year = (uy, url or "")
        if not day:  # the address names the year only ("/2024/06/", "...-590709-2023")
            pub = Published(str(uy), "url", url or "")
            return pub, Ref.of(pub)
    year = year or infer_year(text, cands)
    if day and year:
        v = _iso(year[0], day[0], day[1])
        if v:
            pub = Published(v, day[3], f"{day[2]} … {year[1]}")
            return pub, Ref.of(pub)
    if year:
        pub = Published(str(year[0]), "inferred", year[1])
        return pub, Ref.of(pub)
    if day:
        return None, Ref(None, day[0], day[1])
    return None, Ref()


# "итоги первого дня", "во второй день форума", "першы дзень", "the first day", "on the final day": the noun is
# looked for (a fast search), then the ordinal before it
_DAY_NOUN = re.compile(r"(?:[Dd]ay|дн[яюе]|день|дзень|дні)(?!\w)")
_NTH_BEFORE = re.compile(r"(?<!\w)(перв|втор|трет|четв[её]рт|перш|друг|трэц|чацв[её]рт|first|second|third|fourth|"
                         r"заключительн|последн|апошн|final|last)\w*\s+$", re.I)
_TODAY_TAILS = ("егодня", "ёння", "oday")  # "Сегодня", "сёння", "Today": found by their tails (fast), then checked


def _today_words(text: str) -> list[tuple[int, int]]:
    out = []
    for tail in _TODAY_TAILS:
        at = text.find(tail)
        while at > 0:
            if text[at - 1] in "СсTt" and (at == 1 or not text[at - 2].isalpha()):
                out.append((at - 1, at + len(tail)))
            at = text.find(tail, at + 1)
    return out


_NTH = {"перв": 1, "втор": 2, "трет": 3, "четв": 4, "перш": 1, "друг": 2, "трэц": 3, "чацв": 4, "firs": 1, "seco": 2,
        "thir": 3, "four": 4}


def _today_nth_day(text: str, cands: list[Cand]) -> tuple[int, int, str, str] | None:
    """"The forum is held on June 27 and 28 … the results of the first day … signed today": the day the text
    calls today is the n-th of the days it names (the last for "заключительный день")."""
    today = next((c for c in cands if c.rule == "rel_day" and c.rel == ("day", 0)), None)
    # "today" as the scan read it, or the bare word close to the phrase ("Сегодня, во второй день форума")
    todays = [(today.start, today.end, 600)] if today else []
    todays += [(start, end, 150) for start, end in _today_words(text)]
    nth = next(((o, text[t0:t1]) for t0, t1, reach in sorted(todays)
                for d in _DAY_NOUN.finditer(text, max(0, t0 - reach), t1 + reach)
                if (o := _NTH_BEFORE.search(text, max(0, d.start() - 20), d.start()))), None)
    if nth is None:
        return None
    ordinal, said = nth
    noun_end = text.find(" ", ordinal.end())
    phrase = text[ordinal.start():noun_end if noun_end > 0 else len(text)].rstrip(".,;:")  # "первого дня"
    spans = [c for c in cands if c.a and c.b and c.a.d and c.b.d and c.b.m and not c.rel]
    span = min(spans, key=lambda c: abs(c.start - ordinal.start()), default=None)
    if span is None or abs(span.start - ordinal.start()) > 1000:
        return None
    a, b = span.a, span.b
    assert a is not None and b is not None and a.d is not None and b.d is not None and b.m is not None
    first = date(a.y or b.y or 2000, a.m or b.m, a.d)  # a leap year when none is named: 29 February stays a day
    last = date(b.y or a.y or 2000, b.m, b.d)
    k = _NTH.get(ordinal.group(1).lower()[:4])
    day = last if k is None else first + timedelta(days=k - 1)
    if not first <= day <= last:
        return None
    evidence = f"{text[span.start:span.end]} … {phrase} … {said}"
    return day.month, day.day, evidence, "inferred"


def _today_then_day(text: str, cands: list[Cand]) -> tuple[int, int, str, str] | None:
    """A report that says "Сегодня состоялась..." and then names one year-less day: that day."""
    today = next((c for c in cands if c.rule == "rel_day" and c.rel == ("day", 0)), None)
    if today is None:
        return None
    for c in cands:
        if c.start > today.start and c.start - today.start < 600 and c.a and c.b is None and c.a.d \
                and c.a.y is None and c.a.yrel is None and c.a.m and tense(text, c.start, c.end) != "future":
            return c.a.m, c.a.d, f"{text[today.start:today.end]} … {text[c.start:c.end]}", "inferred"
    return None
