"""Date lines: where a page prints the publication date, and which of its dates that is.

The top of a page (its first 1200 characters, or down to the first paragraph when menus fill them) and the
last lines before ``Source URL``. Each date there is scored by what stands around it on its line: a label
("Опубликовано", "Published") or a time ("15:48 03 November 2022", glued "09:4102.03.2021") above a city or
agency ("МИНСК, 24 ноя (БЕЛТА)"), above a short line; a masthead's today (a weekday or "Сегодня:" before it),
a side-bar's current issue and the dates listed under a side-bar heading lose to the article's own line.
A library's bibliographic record ("// Зямля і людзі. — 2019. — 23 студзеня. — С. 1.") gives the date outright.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from . import lexicon as lx
from .dates import Cand, Point
from .gazetteer import town
from .lang import STAMP_LINE, stamps
from .normalize import tense
from .published_year import iso_date
from .types import Published

_TIME_AFTER = re.compile(r"^\s*(?:г\.|года)?\W{0,4}(?:в\s*)?\d{1,2}:\d\d(?!\d)")
# a rubric after the time of a date line: «10 Ноября 2009 г. в 18:59 : Политика, власть, оппозиция», "| Society"
_RUBRIC_AFTER = re.compile(r"\s*[:|•·/–—-]\s")
# "15:48 03 November 2022", "09:41, 2 марта 2021", and glued "09:4102.03.2021" (the header lexer finds that one)
_TIME_BEFORE = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3]):[0-5]\d\W{0,4}$")
_TIME_LINE = re.compile(r"\n\W{0,4}(?:[01]?\d|2[0-3]):[0-5]\d\W{0,4}(?:\n|$)")
# A masthead's "today" ("Flag Saturday, 25 May 2024", "Пятница, 5 марта 2021"): a weekday name before the date
_WEEKDAYS = ("понедельник|вторник|среда|четверг|пятница|суббота|воскресенье|панядзелак|аўторак|серада|чацвер|пятніца"
             "|субота|нядзеля|monday|tuesday|wednesday|thursday|friday|saturday|sunday")
_WEEKDAY_BEFORE = re.compile(rf"(?:^|[^\w])(?:{_WEEKDAYS})\W*$", re.I)
# … or a weekday after it, as a site's clock prints the day: «26 апреля 2024, ПТ, 00:06», "25 May 2024, Sat"
_WEEKDAY_AFTER = re.compile(rf"\W{{0,3}}(?:пн|вт|ср|чт|пт|сб|вс|аўт|чц|нд|mon|tue|wed|thu|fri|sat|sun|{_WEEKDAYS})\b", re.I)
# "Сегодня: 25 мая 2024", "Today: 25 May 2024" on a line of its own: the site's today, as with a weekday
_TODAY_LABEL = re.compile(r"(?:^|[^\w])(?:сегодня|сёння|today|today\s+is)\s*[:,\-–—]?\s*$", re.I)
# "Текущий номер: № 12 от 5 марта 2024", "Current issue 5 March 2024": a side-bar's issue, never the article's date
_ISSUE_WORDS = re.compile("номер|выпуск|нумар|[Ii]ssue|[Ee]dition")  # a fast test before _ISSUE_LABEL
_ISSUE_LABEL = re.compile(r"(?:текущ|свеж|последн|актуальн|current|latest|recent|апошн|бягуч|цяперашн)\w*"
                          r"\s+(?:номер|выпуск|issue|edition|нумар|выпуск)", re.I)
_CITY_BEFORE = re.compile(r"(?:^|\n)\W*(?:[A-ZА-ЯЁІЎ][A-ZА-ЯЁІЎ\-]{2,}(?:\s[A-ZА-ЯЁІЎ\-]{2,})?|"
                          r"(?:[A-ZА-ЯЁІЎ][a-zа-яёіў\-]{2,}\s)?(?P<word>[A-ZА-ЯЁІЎ][a-zа-яёіў\-]{2,})),\s*$")
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
_NUMERIC_DATE = re.compile(r"\d{1,2}([./])\d{1,2}\1\d{4}")
_SENTENCE_AFTER = re.compile(r"^\s*(?:г\.|г(?=\s)|года?\b)?\s*[A-ZА-ЯЁІЎ](?:[a-zа-яёіў]|\s)")  # (the next sentence begins at once)
_DASH_AFTER = re.compile(r"^\s*[-–—]\s")
_AGENCY_AFTER = re.compile(r"^\s*(?:\((?:BelTA|БЕЛТА|Sputnik)\)|[-–—]\s*(?:РИА|Sputnik|БЕЛТА|BelTA|ТАСС"
                           r"|[A-ZА-ЯЁ][A-ZА-ЯЁ0-9]{3,}(?![a-zа-яё]))"  # (any agency in capitals: «- DIXINEWS.», «— REGNUM»)
                           r"|(?:\s*(?:года?|г))?\.?\s*(?:ИНТЕРФАКС|INTERFAX|Интерфакс|Interfax)(?:[-.][A-ZА-ЯЁ\w.]+)?\s*[-–—])")  # «Брест. 15 июня.
# ИНТЕРФАКС - …», Interfax's own date line

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
# a date line glued to the next one, the year run into the day after it: «27 июня 202427 июн 2024» (a page's date and
# its card's), "5 March 20245 Mar 2024"; tried only where a year runs into more digits
_YEAR_GLUED = re.compile(r"(?<![\d.])([12]\d|3[01]|0?[1-9])\s+([^\W\d_]{3,9})\.?,?\s+((?:19|20)\d\d)(?=\d{1,2}\s)")
_GLUED_AT = re.compile(r"(?:19|20)\d\d\d{1,2}\s")


def masthead_today(text: str, c: Cand) -> bool:
    """Whether ``c`` is a masthead's today: a weekday right before or after it, or «Сегодня:», "Today:" before it on
    its line («Субота 18 Мая 2024 года», «26 апреля 2024, ПТ, 00:06») — the day the page was seen, no year of it."""
    if c.a is None or c.a.y is None or c.start > 400:
        return False
    ls = text.rfind("\n", 0, c.start) + 1
    label = text[max(ls, c.start - 20): c.start]
    return bool(_WEEKDAY_BEFORE.search(label) or _TODAY_LABEL.search(label) or _WEEKDAY_AFTER.match(text, c.end))


_WEEKDAY_WORD = re.compile(rf"(?:{_WEEKDAYS})", re.I)


def header_day_of(text: str, cands: list[Cand], year: int, month: int) -> Cand | None:
    """A date of ``year`` and ``month`` standing alone on a line at the top, a weekday at most beside it («понедельник,
    апреля 25, 2022», a blog's header over its post), when the address names that month: the address says the page
    is of that month, so the weekday is the post's day, not a masthead's today seen on a later visit."""
    for c in cands:
        if c.start > 400 or c.a is None or c.b is not None or c.rel or (c.a.y, c.a.m) != (year, month) or not c.a.d:
            continue
        ls = text.rfind("\n", 0, c.start) + 1
        le = text.find("\n", c.end)
        rest = _WEEKDAY_WORD.sub("", text[ls:c.start] + text[c.end: len(text) if le < 0 else le])
        if not re.sub(r"\W", "", rest):
            return c
    return None


def _city_before(before: str) -> bool:
    """Whether a town heads the line before a date ("ГОМЕЛЬ, 5 марта", «Минск, 5 марта»). A word in capitals is
    taken as it is; a capitalised Cyrillic word must be a town, not «Напомним, 2 сентября …» or «Кстати, …»: the
    gazetteer knows it, or the dictionary knows it as a place name (guesses are not enough: Belarusian words such
    as «Дарэчы» parse as unknown nouns)."""
    m = _CITY_BEFORE.search(before)
    if m is None:
        return False
    word = m.group("word")
    if word is None or word.isascii() or town(word):
        return True
    from .event_text import morph

    return any(p.is_known and "Geox" in p.tag for p in morph().parse(word))


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
    for glued in _GLUED_AT.finditer(text, lo, hi):
        m = _YEAR_GLUED.search(text, max(lo, glued.start() - 16), glued.end())
        if m and m.end() == glued.start() + 4 and (month := _month_word(m.group(2))):
            yield m.start(1), m.end(3), int(m.group(3)), month, int(m.group(1))
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


def zones(text: str) -> tuple[int, int, int]:
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


def header_cands(text: str, cands: list[Cand], zones: tuple[int, int, int]) -> list[Cand]:
    """Date lines in the top and the tail that the mention grammar does not read (see ``_header_dates``)."""
    top, tail_lo, tail_end = zones
    taken = {(c.start, c.end) for c in cands}
    out = []
    for lo, hi in ((0, top), (tail_lo, tail_end)):
        for start, end, y, mo, d in _header_dates(text, lo, hi):
            if (start, end) not in taken and not any(c.start <= start < c.end and c.end >= end for c in cands):
                # (a date the grammar read short, «27 июня» of «27 июня 202427 июн 2024», is read whole here)
                out.append(Cand(start, end, "header", Point(y, mo, d)))
    return out


def _month_word(word: str) -> int | None:
    w = word.lower()
    return lx.MONTHS.get(w) or lx.MONTH_ABBR.get(w) or _EN_MONTHS.get(w[:3] if w.isascii() else w)


def from_citation(text: str) -> Published | None:
    """The date a bibliographic record at the top gives its article ("— 2019. — 23 студзеня."): a day, else a year."""
    m = _CITATION.search(text, 0, _TOP)
    if m is None:
        return None
    y = int(m.group("y"))
    month = _month_word(m.group("m")) if m.group("m") else None
    v = iso_date(y, month, int(m.group("d"))) if month else None
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


def dateline(text: str, cands: list[Cand], zones: tuple[int, int, int]) -> tuple[Cand, int] | None:
    """The best date line in the top or the tail (:func:`zones`)."""
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
        if STAMP_LINE.match(text, ls, le) and len(stamps(text, 0 if in_top else tail_lo, top if in_top else tail_end)) >= 3:
            continue  # «05.07.2025 - 17:50», «30.06.2025 - 12:16», …: the stamps of a list of other news
        if _UPD_LABEL.search(label):
            score = 1  # "Обновлено 02.07.2024": any other date line is the publication
        elif _PUB_LABEL.search(label):
            score = 5
        elif _WEEKDAY_AFTER.match(after):
            continue  # a masthead's today, its weekday after it (GUIDE §1)
        elif (t_after := _TIME_AFTER.match(after)) and (len(after[t_after.end():].strip()) <= 20
                                                       or _RUBRIC_AFTER.match(after, t_after.end())) \
                or _TIME_BEFORE.search(label[-12:]) or (not after.strip() and _TIME_LINE.match(text, le)):
            score = 4  # (but «21 сентября в 15:30 в пресс-центре пройдет пресс-конференция» is a sentence's hour)
        elif c.weekday is not None or _WEEKDAY_BEFORE.search(label[-20:]) \
                or (_TODAY_LABEL.search(label) and len(after.strip()) < 20):
            continue  # a masthead's today: the day the page was seen, never its publication (GUIDE §1)
        elif _city_before(text[max(0, c.start - 40):c.start]) or _CITY_AFTER.match(after) \
                or _AGENCY_AFTER.match(after) or (not after.strip() and _AGENCY_BEFORE.search(label)):
            score = 3
        elif _LABEL_BEFORE.search(before):
            score = 3
        elif len(before.strip()) + len(after.strip()) <= 30:
            score = 2
        elif in_top and not re.sub(r"\W", "", before) and _DASH_AFTER.match(after):
            score = 3  # "June 27, 2024 — The delegation ..."
        elif in_top and a.y is not None and not re.sub(r"\W", "", before) and _NUMERIC_DATE.fullmatch(text, c.start, c.end) \
                and _SENTENCE_AFTER.match(after):
            score = 2  # «07.09.2021 г.У мэтах развіцця …»: a date of digits standing apart from the sentence after it
        elif in_top and a.y is None and not re.sub(r"\W", "", before) and tense(text, c.start, c.end) != "future":
            score = 1  # "11 февраля в Орловской области находится..." opening a report (but «26 сентября … посетит
            # фестиваль» announces that day, it is not the day of the text)
        if score == 0:
            continue
        key = (score, 1 if a.y else 0, -c.start)
        if best is None or key > best[0]:
            best = (key, c)
    return (best[1], best[0][0]) if best else None



_CHROME_SEP = re.compile(r"\s[|›»•·/]\s|\s[|›»•·/]$|^[|›»•·/]\s")  # "Политика | 5 марта 2019 | Просмотров: 12"

def chrome_date(text: str, cands: list[Cand], top: int) -> Cand | None:
    """A full date among page-chrome separators above the first paragraph ("Главная › Новости › 5 марта 2019 ›
    Просмотров: 12"): a date line however long, for when no line scores (the caller checks its year)."""
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
        return c
    return None
