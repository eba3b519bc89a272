"""The publication date of a document, in the contract's order of precedence.

1. ``given`` (``--published`` or a caller); 2. ``meta`` (HTML meta, ``<time>``, front matter);
3. ``url`` (``/2022/06/09/``, ``/20251124/``, ``/news/08-06-2022-7910``, ``?date=...``);
4. ``dateline`` (a date line at the top or bottom: "23.04.2024, 17:36", "МИНСК, 24 ноя", "28 сентября, Брест";
   a library's record of the article), found and weighed in :mod:`.datelines`;
5. ``inferred`` from the text: "Сегодня, 20 октября", the n-th day of an event "today", with the year the text
   settles (:mod:`.published_year`: anniversaries, numbered recurring events, "за 18 лет" after "в 2002 году",
   "next year" beside an announced year, a finished year's figures, else the newest year named).

Returns the :class:`Published` (or None) and the :class:`Ref` that dates resolve against, which may
know a day without its year (a dateline "7 февраля 13:10") -- then relative days become ``XXXX-MM-DD``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, timedelta
from typing import Any

from .datelines import (
    chrome_date,
    dateline,
    from_citation,
    header_cands,
    header_day_of,
    masthead_today,
    zones,
)
from .dates import Cand, Ref
from .normalize import tense
from .points import lower
from .published_year import after_finished, infer_year, iso_date
from .types import Published

_URL_DATES = [
    # /2022/06/09/, /2022-07-12/, 2022_06_09, 2022.06.09 (separated: a date wherever it stands)
    re.compile(r"(?<!\d)((?:19|20)\d\d)([/\-_.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)"),
    # /news/08-06-2022-7910, date=09.06.2022, /27.06.2024/, /14/03/2022/ (the day first, as these sites write it)
    re.compile(r"(?<!\d)(0[1-9]|[12]\d|3[01])([\-_./])(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?!\d)"),
    # /2025/9/5/: path segments whose month and day are not padded (the year first, as the first pattern)
    re.compile(r"/((?:19|20)\d\d)(/)(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/"),
]
# compact /20251124/slug: a date only as a path segment that goes on, under a date key, or with its time
# ("news-202406271234"); an 8-digit number ending the address ("tass.ru/politika/20240627", "?id=20240627")
# is more likely an article number; WordPress's day archive, "?m=20230403", is a date key
_URL_COMPACT = re.compile(r"([/_\-]|[?&](?:date|day|pubdate|d|m)=)((?:19|20)\d\d)(0[1-9]|1[0-2])"
                          r"(0[1-9]|[12]\d|3[01])(?:(?=[/_\-][^/?#])|(?<==\d{8})(?=[&#]|$)|(?:[01]\d|2[0-3])[0-5]\d(?:[0-5]\d)?(?!\d))", re.I)
# a whole time stamp glued to the slug: "…_fonda_mira20180404162003/" (date and time, fourteen digits)
_URL_STAMP = re.compile(r"(?<=[a-z])((?:19|20)\d\d)(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:[01]\d|2[0-3])[0-5]\d[0-5]\d(?!\d)")
_URL_YEAR = re.compile(
    # "...-590709-2023", "/news/2024", "/2024/" -- not "strategiya-do-2030" nor the end of "plan-2024-2026"
    r"(?<!\bdo)(?<!\bpo)(?<!\bto)(?<!\bby)(?<![^\d](?:19|20)\d\d)[\-_/]((?:19|20)\d\d)(?:/|\.html?|\.php)?/?$"
    # "/2024/06/", "/news/2024/slug"
    r"|/((?:19|20)\d\d)/(?:0[1-9]|1[0-2])/|/((?:19|20)\d\d)/(?=[^/\d]*[a-z][^/]*/?$)"
    # "/belarusnews/042011/5.html": a month and its year run together, an archive's folder
    r"|/(?:0[1-9]|1[0-2])((?:19|20)\d\d)/", re.I)
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
        return iso_date(int(y), int(mo), int(d))
    m = _META_DMY.match(raw)
    if m:
        mo = _month(m.group(2))
        return iso_date(int(m.group(3)), mo, int(m.group(1))) if mo else None
    m = _META_MDY.match(raw)
    if m:
        mo = _month(m.group(1))
        return iso_date(int(m.group(3)), mo, int(m.group(2))) if mo else None
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
    if "%" in url:  # "?news_date=07%2F07%2F2024": the address as its site wrote it
        from urllib.parse import unquote

        url = unquote(url)
    for i, rx in enumerate(_URL_DATES):
        for m in rx.finditer(url):
            y, mo, d = (m.group(1), m.group(3), m.group(4)) if i != 1 else (m.group(4), m.group(3), m.group(1))
            v = iso_date(int(y), int(mo), int(d))
            if v and 1990 <= int(y) <= 2100:
                return Published(v, "url", m.group(0))
    for m in _URL_COMPACT.finditer(url):
        v = iso_date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        if v and int(m.group(2)) >= 1995:
            return Published(v, "url", m.group(0))
    for m in _URL_STAMP.finditer(url):
        v = iso_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if v and int(m.group(1)) >= 1995:
            return Published(v, "url", m.group(0))
    if "?" in url and (keys := _URL_KEYS.findall(url.partition("?")[2])):  # "?year=2024&month=07&day=07"
        got = {k.lower()[0]: int(v) for k, v in keys}
        if {"y", "m", "d"} <= got.keys() and 1995 <= got["y"] <= 2100 and (v := iso_date(got["y"], got["m"], got["d"])):
            return Published(v, "url", "&".join(f"{k}={n}" for k, n in keys))
    return None


# "/2018/10/remarks.html": a blog's month folder names the month of its posts (not an upload folder's: a picture's)
_URL_MONTH = re.compile(r"(?<!upload)(?<!uploads)(?<!files)(?<!images)(?<!wp-content)(?<!media)"
                        r"/((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?!\d)"
                        r"|/(?P<m>0[1-9]|1[0-2])(?P<y>(?:19|20)\d\d)/")  # ("/belarusnews/042011/": April 2011)
_URL_KEYS = re.compile(r"(?:^|&)(year|month|day)=(\d{1,4})(?=&|#|$)", re.I)


# a month named in the title's words before the year: "…-days-in-april-2023", "…-v-aprele-2023" (what the news announces)
_SLUG_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                "november", "december", "janvare", "fevrale", "marte", "aprele", "mae", "iyune", "iyule", "avguste",
                "sentyabre", "oktyabre", "noyabre", "dekabre")


def _url_year(url: str | None) -> int | None:
    m = _URL_YEAR.search(url or "")
    if m and m.group(1) and (url or "")[: m.start()].lower().endswith(_SLUG_MONTHS):
        m = None
    if m:
        return int(m.group(1) or m.group(2) or m.group(3) or m.group(4))
    year = next((int(v) for k, v in _URL_KEYS.findall((url or "").partition("?")[2]) if k.lower() == "year"), None)
    return year if year and 1995 <= year <= 2100 else None  # "?year=2024&month=7"




_EPOCH = re.compile(r"(?<![\d.])(1[0-9]{9})(?![\d.])")  # ten digits: a Unix time from 2001 to 2033


def _epoch_year(url: str | None, month: int, day: int) -> int | None:
    """The year of a Unix time in the address, where that time falls on the text's own day (in UTC or Minsk and
    Moscow time): a number that only looks like one (an id) is not taken on its own."""
    from datetime import UTC, datetime

    for m in _EPOCH.finditer(url or ""):
        at = datetime.fromtimestamp(int(m.group(1)), tz=UTC)
        for when in (at, at + timedelta(hours=3)):
            if (when.month, when.day) == (month, day) and 2001 <= when.year <= 2033:
                return when.year
    return None


_YEARS_SPAN = re.compile(r"\d{4}\s*[-–—]\s*\d{4}")
_CRAWL_LINE = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\b")  # a crawler's stamp opening the page


def crawl_stamp(text: str) -> int:
    """The end of a crawler's stamp opening the page (« date 2019-12-13»), else 0."""
    m = _CRAWL_LINE.match(text)
    return m.end() if m else 0


def _url_unless_later(url: str | None, text: str, cands: list[Cand]) -> Published | None:
    """The address's date, unless the text reports a later year as done: «index.php/2015-12-19-18-17-38/item/…» over
    «27 июня 2023 года … состоялось» is a site section's date, not the article's."""
    pub = from_url(url)
    if pub is None:
        return None
    year = int(pub.value[:4])
    later = any(c.a and c.a.y and c.a.m and c.a.y > year and c.b is None and not c.rel
                and tense(text, c.start, c.end) == "past" for c in cands)
    # (a month or a day of that later year: «перспектив взаимодействия в 2022 году вошли в повестку» of «/2021/12/01/»
    # names the year ahead the agenda was about, no day the text reports)
    return None if later else pub


def find_published(text: str, cands: list[Cand], *, given: str | None = None,
                   meta: Mapping[str, Any] | None = None, url: str | None = None) -> tuple[Published | None, Ref]:
    """The publication date and the reference that dates resolve against."""
    pub = (Published(given, "given", "given") if given else None) or from_meta(meta) or _url_unless_later(url, text, cands) \
        or from_citation(text)
    if pub:
        return pub, Ref.of(pub)
    where = zones(text)
    plain = [c for c in cands if not masthead_today(text, c)]  # (the years inferred: not a masthead's today's)
    header = header_cands(text, cands, where)
    dl = dateline(text, cands + header, where)
    chrome = chrome_date(text, cands + header, where[0]) if dl is None else None
    if chrome and chrome.a and chrome.a.y:  # unless the address or the text settles another, later year
        later, inferred = _url_year(url), infer_year(text, plain)
        if not (later and later != chrome.a.y) and not (inferred and inferred[0] > chrome.a.y):
            dl = chrome, 1
    if dl and dl[0].a and dl[0].a.y and _CRAWL_LINE.match(text, text.rfind("\n", 0, dl[0].start) + 1) \
            and (inferred := after_finished(text, lower(text)) or infer_year(text, plain)) and inferred[0] > dl[0].a.y \
            and not _YEARS_SPAN.search(inferred[1]):  # (a plan's «2026-2027 годы» is ahead, no year of writing)
        dl = None  # " date 2019-12-13" over «In 2023, the trade turnover exceeded …»: the crawler's stamp, not the
        # day of a text that reports a later year as past
    if dl and dl[0].a and dl[0].a.y:
        c, a = dl[0], dl[0].a
        v = iso_date(a.y, a.m, a.d)  # type: ignore[arg-type]
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
                    v = iso_date(c.a.y, c.a.m, c.a.d)
                    if v:
                        pub = Published(v, "inferred", text[c.start:c.end])
                        return pub, Ref.of(pub)
                day = (c.a.m, c.a.d, text[c.start:c.end], "inferred")
                break
    if day is None:
        day = _today_nth_day(text, cands) or _today_then_day(text, cands)
    year: tuple[int, str] | None = None
    uy = _url_year(url)
    if not uy and url and _EPOCH.search(url):
        # ".../vstrecha-…-1711369535": a Unix time in the address whose day is one the text names (its date line's,
        # else the first days it names: "met … on 25 March")
        days = [day[:2]] if day else [(c.a.m, c.a.d) for c in cands[:8] if c.a and c.a.m and c.a.d and not c.a.y]
        for m, d in days:
            if (stamped := _epoch_year(url, m, d)) and (v := iso_date(stamped, m, d)):
                pub = Published(v, "url", url)
                return pub, Ref.of(pub)
    if uy:
        year = (uy, url or "")
        if not day:  # the address names the year ("...-590709-2023") or its month ("/2018/10/") only
            month = _URL_MONTH.search(url or "")
            got = (month.group(1) or month.group("y"), month.group(2) or month.group("m")) if month else None
            value = f"{uy}-{got[1]}" if got and int(got[0]) == uy else str(uy)
            pub = Published(value, "url", url or "")
            if len(value) == 7 and (top := header_day_of(text, cands, uy, int(value[5:]))) and top.a and top.a.d \
                    and (v := iso_date(uy, int(value[5:]), top.a.d)):
                pub = Published(v, "dateline", text[top.start:top.end])  # "/2022/04/" over «понедельник, апреля 25, 2022»
            return pub, Ref.of(pub)
    year = year or infer_year(text, plain)
    if day and year and not uy and any(c.a and c.a.y == year[0] and c.a.m and c.a.m < day[0] and not c.rel
                                       and tense(text, c.start, c.end) == "future" for c in cands):
        # "12:15, 24 November … St. Petersburg Days will be held in Minsk in April 2023": a day that comes before a
        # month the text still announces is in the year before it
        year = (year[0] - 1, year[1])
    if day and year and not uy and any(
            c.a and c.a.y == year[0] and c.a.m and c.a.m > day[0] and not c.rel and c.start > text.find(day[2])
            and tense(text, c.start, c.end) == "past" for c in cands):
        # «2 апреля Тверь и Орша отмечают … в ноябре 2023 года прошёл …»: a day before a month the text reports as
        # past is in some later year, which nothing names
        year = None
    if day and year:
        v = iso_date(year[0], day[0], day[1])
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
