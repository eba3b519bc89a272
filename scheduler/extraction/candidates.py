"""One grammar match -> one candidate: its groups read into partial points or a relative unit, and the checks
that tell a date from a look-alike (a street named after a day, a title ending in «сегодня», a copyright notice,
generic «сегодня», a count from an event rather than from today). No resolution yet; :mod:`scanner` decides
where rules are tried and which candidates are kept.
"""

from __future__ import annotations

import re

from . import lexicon as lx
from .grammar import NTH_WEEKDAY, PART_ORDINALS
from .points import Cand, Point


def _month(tok: str | None) -> int | None:
    if not tok:
        return None
    t = tok.lower().rstrip(".")
    return lx.MONTHS.get(t) or lx.MONTH_ABBR.get(t)


def _int(s: str | None) -> int | None:
    return int(s) if s else None


def _rel_year(g: dict, n: str = "") -> int | None:
    if g.get(f"rga{n}"):
        return 0 if g[f"rga{n}"] == "т" else -1  # "т.г.", "п.г."
    w = g.get(f"rg{n}") or g.get(f"rge{n}")
    return lx.RELATIVE_ADJ.get(w.lower()) if w else None


# past forms by their endings; consonant stems too: "прошла", "пришёл", "прайшлі", "выросли"
PAST_VERB = re.compile(r"\b[а-яёіў]{2,}[аеиоуыяюэі](?:л|ла|ло|ли|лі|лся|лась|лось|лись|лася|лося|ліся|ўся)\b|\b\w+ed\b"
                        r"|\b[а-яёіў]*(?:шл[аоиі]|ш[её]л|(?:рос|вез|нес|мог|стиг)л[аоиі]|(?:вы|воз|под)рос|(?:по|с)мог)(?:сь|ся)?\b"
                        r"|\b(?:was|were|took|held|met|came|went|began|gave|made|became|brought|spoke|sent|led|"
                        r"был|была|было|были|быў|былі)\b",
                        re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.!?;:,\n—–]|\s-\s")
_INFINITIVE = re.compile(r"[а-яё]+(?:ть|ти|чь|ться)\s*$", re.IGNORECASE)


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    """The clause before and after a span (up to punctuation, at most 150 characters)."""
    left = text[max(0, start - 150):start]
    cut = max((m.end() for m in _CLAUSE_END.finditer(left)), default=0)
    right = text[end:end + 150]
    m = _CLAUSE_END.search(right, 1 if right[:1] == "," else 0)  # "Сегодня, ...", "Today, the work will begin"
    return left[cut:], right[: m.start()] if m else right


def _today_is_a_day(text: str, start: int, end: int) -> bool:
    """Generic "Сегодня Беларусь является..." (nowadays) is no date; "Сегодня состоялась..." is."""
    before, after = _clause(text, start, end)
    if _INFINITIVE.search(before):  # "право жить сегодня"
        return False
    clause = (before + " " + after).lower()
    return bool(PAST_VERB.search(clause)) or any(s in clause for s in lx.EVENT_VERB_STEMS)


def _year_of(y: str | None) -> int | None:
    if not y:
        return None
    n = int(y)
    if len(y) == 2:
        return 2000 + n if n <= 50 else 1900 + n
    return n


def _english_lowercase(m: re.Match[str], g: dict, text: str) -> bool:
    """An English month written in lower case ("may", "march") is a verb, not a month (but a day number right
    before it, "13 april", makes it one; "may" and "march" stay verbs: "the 2 may meet", "5 march")."""
    for grp in ("m1", "m2"):
        tok = g.get(grp)
        if tok and tok[0].isascii() and tok[0].isalpha() and not text[m.start(grp)].isupper() \
                and not (tok.lower() not in _VERB_MONTHS and _DAY_BEFORE.search(text, max(0, m.start(grp) - 4),
                                                                                  m.start(grp))):
            return True
    return False


_VERB_MONTHS = frozenset({"may", "march"})
_DAY_BEFORE = re.compile(r"(?<!\d)\d{1,2}\s$")


_COPYRIGHT = re.compile(r"(?:©|\([cCсС]\)|[Cc]opyright|&copy;)\s*$")
_FULL_YEAR_WORD = re.compile(r"г[оа]д")
_AS_OF = re.compile(r"(?<!\w)(?:на|до|по|as of|until|till|to)\s+$", re.IGNORECASE)
_CLAUSE_END_AFTER = re.compile(r"\s*(?:[.!?;]|$)")
_DIGIT_MONTH_RULES = ("num", "iso", "numrange", "numdrange", "year", "yrange", "eyear", "ryear", "nameyear", "yenum", "yhead",
                      "yslash")
_Y1_RULES = ("year", "yrange", "iso", "eyear", "ryear", "yenum", "yhead", "yslash")
_NAMED_DAY_RULES = ("dmy", "drange", "denum", "dhead", "dword")
_PLACE_WORDS = frozenset(lx.NAME_PLACE_WORDS)
_QUOTES_OPEN, _QUOTES_CLOSE = "«\"“„", "»\"”“"


def _word_before(text: str, s: int) -> str:
    """The word before ``s``, past spaces and a dot: "ул" of "ул. 8", "пр-т" of "пр-т 8"."""
    i = s
    while i > 0 and text[i - 1] in " \t\u00a0.":
        i -= 1
    j = i
    while j > 0 and (text[j - 1].isalpha() or text[j - 1] == "-"):
        j -= 1
    return text[j:i].lower()


def _names_a_place(rule: str, m: re.Match[str], text: str, s: int, e: int) -> bool:
    """"ул. 8 Марта", "площади 1 Мая", "фабрика «8 Марта»": a day and month that name something
    (a quoted date in lower case, «1 апреля», is an example of a date, not a name)."""
    if _word_before(text, s) in _PLACE_WORDS:
        return True
    return (rule == "dmy" and 0 < s and e < len(text) and text[s - 1] in _QUOTES_OPEN and text[e] in _QUOTES_CLOSE
            and text[m.start("m1")].isupper())


_WORD_BEFORE = re.compile(r"[^\W\d_][^\S\n]+$")


def _titles_a_name(text: str, s: int, e: int) -> bool:
    """"«Беларусь сегодня»", "«Россия сегодня»", "Russia Today": a relative word closing a title."""
    after = text[e:e + 1]
    if not _WORD_BEFORE.search(text[max(0, s - 3):s]):
        return False
    if after != "" and after in _QUOTES_CLOSE:  # (a name's opening quote close before: not a quoted sentence's end,
        return any(q in text[max(0, s - 20):s] for q in "«\"“„")  # «"Документ будет подписан сегодня", — написал»)
    return text[s].isupper() and text[s].isascii()


_ALONE_BEFORE = re.compile(r"[^\w]*(?:(?:в|во|к|на|с|со|до|по|у|ў|on|in)\s+)?", re.IGNORECASE)
_ALONE_AFTER = re.compile(r"[^\w]*")


def alone(text: str, s: int, e: int, whole: bool = False) -> bool:
    """The span stands by itself on its line (a headline «Сегодня», a heading «Март», a lone «Пятница»), or
    with ``whole`` is the whole text (a phrase typed on its own, «15.02»): nothing but punctuation and maybe a
    preposition around it."""
    a = 0 if whole else text.rfind("\n", 0, s) + 1
    b = len(text) if whole else (text.find("\n", e) if "\n" in text[e:] else len(text))
    return _ALONE_BEFORE.fullmatch(text, a, s) is not None and _ALONE_AFTER.fullmatch(text, e, b) is not None


_SINGULAR_UNITS = frozenset({"год", "неделю", "неделя", "месяц", "день", "сутки", "полгода", "паўгода", "тыдзень",
                             "year", "week", "month", "day"})
_AFTER_EVENT = re.compile(r"\s+(?:после|с\s+момента|пасля|after|since)(?!\w)", re.IGNORECASE)
_WEEKDAY_ANY = {**lx.WEEKDAYS_NOM, **lx.WEEKDAYS, **lx.WEEKDAYS_GEN}


def _offset(g: dict, text: str, s: int, e: int, sign: int) -> Cand | None:
    """"через 3 года", "две недели назад", "неделю тому назад": a count of units from the publication day."""
    unit = g["u"].lower()
    n_s = (g.get("n") or "").lower()
    if not n_s:
        if unit not in _SINGULAR_UNITS:
            return None  # "лет назад" of "2000 лет назад", "несколько лет назад"
        before = text[max(0, s - 12):s].rstrip()
        if before[-1:].isdigit():
            return None
        n = 1
    elif n_s in ("полтора", "паўтара"):
        if lx.OFFSET_UNITS[unit][0] != "year":
            return None
        return Cand(s, e, "offset", rel=("month", sign * 18))
    else:
        n = lx.number_value(n_s) or 0
    if sign > 0 and _AFTER_EVENT.match(text, e):
        return None  # "через два года после войны": counted from an event, not from today
    kind, k = lx.OFFSET_UNITS[unit]
    if not 1 <= n <= (400 if kind == "day" else 100):
        return None
    return Cand(s, e, "offset", rel=(kind, sign * n * k))


def _consecutive(first: int, mid: str | None, last: int) -> bool:
    """"27, 28 и 29": every number one more than the one before."""
    nums = [first, *(int(x) for x in re.findall(r"\d+", mid or "")), last]
    return all(b == a + 1 for a, b in zip(nums, nums[1:], strict=False))


def cand(rule: str, m: re.Match[str], text: str, pre: str | None) -> Cand | None:
    """A candidate from one match; ``pre`` is the word before it that joins the span ("с", "в начале")."""
    g = m.groupdict()
    s, e = m.span()
    if pre:
        s -= len(pre)
    if rule not in _DIGIT_MONTH_RULES and _english_lowercase(m, g, text):
        return None
    if rule in _Y1_RULES and not 1700 <= int(g["y1"]) <= 2099 and not (
            rule == "year" and 1000 <= int(g["y1"]) <= 2999 and _FULL_YEAR_WORD.search(g.get("yw") or "")):
        return None  # "1000 год" names a year; "1500 г" may be grams
    if rule in _Y1_RULES and _COPYRIGHT.search(text, max(0, s - 12), s):
        return None  # "© 2009–2026", "Copyright 2024": the site's notice, not a date of the text
    if rule == "num" and len(g["y1"]) == 2 and (len(g["d1"]) != 2 or len(g["m1"]) != 2):
        return None  # "3.2.15" is a section number; "24.01.17" is a date
    if rule in _NAMED_DAY_RULES and _names_a_place(rule, m, text, s, e):
        return None
    if rule == "joined_en":
        rule = "joined"
    if rule == "denum":  # "28 и 29 сентября" is one interval; "5 и 12 июня" two days (dhead and dmy)
        if not (pre or _consecutive(int(g["d1"]), g["mid"], int(g["d2"]))) or int(g["d1"]) >= int(g["d2"]):
            return None
        mon = _month(g["m2"])
        return Cand(s, e, rule, Point(None, mon, int(g["d1"])),
                    Point(_year_of(g.get("y2")), mon, int(g["d2"]), _rel_year(g, "2")))
    if rule == "joined_denum":  # two weekdays and their two days: consecutive, one interval
        if int(g["d2"]) - int(g["d1"]) != 1:
            return None
        mon = _month(g["m2"])
        return Cand(s, e, rule, Point(None, mon, int(g["d1"])),
                    Point(_year_of(g.get("y2")), mon, int(g["d2"]), _rel_year(g, "2")))
    if rule == "dhead":
        if int(g["d1"]) >= int(g["d2"]):
            return None  # enumerations run forward: "3 и 2 мая" is no list of days
        return Cand(s, e, rule, Point(_year_of(g.get("y2")), _month(g["m2"]), int(g["d1"]), _rel_year(g, "2")))
    if rule == "yenum":
        if not _consecutive(int(g["y1"]), g["mid"], int(g["y2"])):
            return None
        return Cand(s, e, rule, Point(int(g["y1"])), Point(int(g["y2"])))
    if rule == "yhead":
        return Cand(s, e, rule, Point(int(g["y1"]))) if int(g["y1"]) < int(g["y2"]) else None
    if rule == "yslash":  # "2023/2024 учебный год", "2023/24"
        y1, y2s = int(g["y1"]), g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        return Cand(s, e, rule, Point(y1), Point(y2)) if y2 == y1 + 1 else None
    if rule == "dword":
        day = lx.ORDINAL_DAYS[g["dw"].lower()]
        if g.get("tens"):
            if day >= 10:
                return None
            day += lx.ORDINAL_TENS[g["tens"].lower()]
        return Cand(s, e, rule, Point(_year_of(g.get("y1")), _month(g["m1"]), day, _rel_year(g, "1")))
    if rule in ("dmy_short", "dmy_apos", "mdy_ru"):
        return Cand(s, e, rule, Point(_year_of(g["y1"]), _month(g["m1"]), int(g["d1"])))
    if rule == "dm":  # "10.12." closed by a dot; "15.02", "15.2" only as the whole text
        d, mon = int(g["d1"]), int(g["m1"])
        closed = bool(g.get("dot")) and len(g["d1"]) == 2 and len(g["m1"]) == 2
        if not (1 <= d <= 31 and 1 <= mon <= 12) or not (closed or alone(text, s, e, whole=True)):
            return None
        return Cand(s, e, rule, Point(None, mon, d))
    if rule == "year_first":
        return Cand(s, e, rule, Point(int(g["y1"])))
    if rule == "offset_ahead":
        return _offset(g, text, s, e, 1)
    if rule == "offset_in":  # "in a week", "in two days"
        return _offset({**g, "n": "1" if g["n"].lower() in ("a", "one") else g["n"]}, text, s, e, 1)
    if rule == "offset_back":
        return _offset(g, text, s, e, -1)
    if rule == "later":  # "a year later": counted from the day just told (normalize.resolve)
        c = _offset({**g, "n": "1" if (g.get("n") or "").lower() in ("a", "an") else g.get("n")}, text, s, e, 1)
        if c is not None:
            c.rule = "later"
        return c
    if rule == "this_month":
        return Cand(s, e, rule, Point(None, _month(g["m1"]), None, 0))
    if rule in ("dmy", "mdy", "num", "iso", "joined"):
        mon = _month(g["m1"]) if rule not in ("num", "iso") else _int(g["m1"])
        p = Point(_year_of(g.get("y1")), mon, int(g["d1"]), _rel_year(g, "1"))
        c = Cand(s, e, rule, p)
        if rule == "joined":  # "вчера, 3 октября", "В пятницу, 7 февраля": one mention; "Сегодня, ..." dates the text
            c.joined_rel = bool(g.get("rw")) and lx.RELATIVE_DAYS[g["rw"].lower()] == 0
            if g.get("wd"):
                c.weekday = lx.WEEKDAYS.get(g["wd"]) if g["wd"] in lx.WEEKDAYS else lx.WEEKDAYS_NOM.get(g["wd"])
        return c
    if rule in ("numrange", "numdrange"):
        # without a year, only "14.10. - 15.10.", "14. - 15.10." (dots close the numbers) or a phrase of its own
        if not g.get("y2") and not ((g.get("dot1") and (g.get("dot2") or rule == "numdrange"))
                                    or (rule == "numdrange" and g.get("dot2")) or alone(text, s, e, whole=True)):
            return None
        m2 = int(g["m2"])
        return Cand(s, e, rule, Point(_year_of(g.get("y1")), _int(g.get("m1")) or m2, int(g["d1"])),
                    Point(_year_of(g.get("y2")), m2, int(g["d2"])))
    if rule in ("drange", "erange"):
        mon_a, mon_b = _month(g.get("m1")), _month(g.get("m2"))
        mon_a, mon_b = mon_a or mon_b, mon_b or mon_a
        if g.get("and") and (mon_a != mon_b or int(g["d2"]) != int(g["d1"]) + 1):
            return None  # "June 7 and 8" is an interval, "June 7 and 14" two days
        y_end = _year_of(g.get("y2"))
        return Cand(s, e, rule, Point(_year_of(g.get("y1")), mon_a, int(g["d1"])),
                    Point(y_end, mon_b, int(g["d2"]), _rel_year(g, "2")))
    if rule == "mrange":
        if g.get("and") and _month(g["m2"]) != (_month(g["m1"]) or 0) + 1:
            return None  # "в мае и июне" is an interval, "в мае и августе" two months
        if pre and re.search(r"[-–—‒]", text[m.end("m1"):m.start("m2")]):
            s = m.start("m1")  # "с январем-августом 2016 г.": "с" means "compared with" here
        return Cand(s, e, rule, Point(None, _month(g["m1"])), Point(_year_of(g.get("y2")), _month(g["m2"]),
                                                                      None, _rel_year(g, "2")))
    if rule == "ypart":  # «в первом полугодии 2025 года» → 2025-01/2025-06, "the third quarter" → 07/09
        n = PART_ORDINALS[g["part"].lower()]
        size = 3 if g["unit"].lower().startswith(("квартал", "quarter")) else 6
        if n * size > 12:
            return None  # «третьем полугодии»: no such half
        y, rel = _year_of(g.get("y1")), _rel_year(g)
        return Cand(s, e, rule, Point(y, (n - 1) * size + 1, None, rel), Point(y, n * size, None, rel))
    if rule == "my":
        return Cand(s, e, rule, Point(_year_of(g.get("y1")), _month(g["m1"]), None, _rel_year(g)))
    if rule == "mhead":
        if _month(g["m2"]) == (_month(g["m1"]) or 0) + 1:
            return None  # "в мае и июне 2024 года" is one interval (mrange)
        return Cand(s, e, rule, Point(_year_of(g.get("y2")), _month(g["m1"]), None, _rel_year(g)))
    if rule in ("month", "emonth"):
        return Cand(s, e, rule, Point(None, _month(g["m1"])))
    if rule == "emonth_rel":  # "last July": the tense is the word's (normalize)
        return Cand(s, e, "emonth_last" if g["adj"].lower() == "last" else "emonth_next", Point(None, _month(g["m1"])))
    if rule == "yrange":
        y1, y2s = int(g["y1"]), g["y2"]
        y2 = int(y2s) if len(y2s) == 4 else (y1 // 100) * 100 + int(y2s)
        if len(y2s) == 2 and y2 <= y1:
            y2 += 100
        if not (0 < y2 - y1 <= 50):
            return None
        if not g.get("yw") and (len(y2s) == 2 or not (g.get("dash") or pre)):
            return None
        if g.get("yw1") and (len(y2s) == 2 or not pre or g.get("sw") not in ("по", "до", "па", "to", "till", "until", "through")):
            return None  # "с 2010 года по 2015 год"; not "в 2023 году - 2024 ..." or "2023 году по 24"
        return Cand(s, e, rule, Point(y1), Point(y2))
    if rule in ("year", "eyear", "ryear", "nameyear"):
        return Cand(m.start("y1") if rule == "nameyear" else s, e, rule, Point(int(g["y1"])))
    if rule == "weekend":
        return Cand(s, e, rule, rel=("weekend", lx.WEEKEND_ADJ[g["adj"]]))
    if rule == "weekday_adj":
        return Cand(s, e, rule, rel=("weekday_adj", lx.WEEKDAY_ADJ[g["adj"]], _WEEKDAY_ANY[g["wd"]]))
    if rule == "weekday_week":
        wd = 4 if g.get("last") else lx.WEEKDAYS[g["wd"].lower()]
        return Cand(s, e, rule, rel=("week_day", lx.RELATIVE_ADJ[g["adj"].lower()], wd))
    if rule == "rel_unit":
        unit = g["unit"].lower()
        off = lx.RELATIVE_ADJ[g["adj"].lower()]
        kind = "year" if unit in lx.YEAR_NOUNS else "month" if unit in lx.MONTH_NOUNS else "week"
        if (g["adj"].lower() in lx.FEMININE_ADJ) != (unit in ("неделя", "неделю")):
            return None  # the adjective agrees with its noun: "эта неделя", not "эту году" or "этот неделю"
        return Cand(s, e, rule, rel=(kind, off))
    if rule == "rel_year_word":
        return Cand(s, e, rule, rel=("year", lx.RELATIVE_YEAR_WORDS[g["w"].lower()]))
    if rule == "weekday_range":
        return Cand(s, e, rule, rel=("weekday_range", _WEEKDAY_ANY[g["wd"].lower()], _WEEKDAY_ANY[g["wd2"].lower()]))
    if rule in ("weekday", "weekday_until"):
        return Cand(s, e, rule, rel=("weekday", _WEEKDAY_ANY[g["wd"].lower()]))
    if rule == "next_day":  # «на следующий день»: a day after the one just told (normalize anchors it)
        if not pre and m.group().lower().startswith(("другой", "другі", "following", "следующий", "наступны ")):
            return None  # («в другой день», "a following day": not the day after; «на …», "the …" makes it one)
        return Cand(s, e, rule, rel=("day", 1))
    if rule == "nth_weekday":  # «в первое воскресенье июля»: a day of a month, its year the text's or the one given
        return Cand(s, e, rule, rel=("nth_weekday", NTH_WEEKDAY[g["nth"].lower()],
                                     _WEEKDAY_ANY[g["wd"].lower()], _month(g["m1"]), _year_of(g.get("y1"))))
    if rule == "rel_day":
        w = g["w"].lower()
        if _titles_a_name(text, s, e):
            return None
        as_of = _AS_OF.search(text, max(0, s - 6), s) and not _CLAUSE_END_AFTER.match(text, e)
        if w in lx.TODAY_WORDS and not alone(text, s, e) and (as_of or not _today_is_a_day(text, s, e)):
            return None  # "на сегодня работает 5 предприятий": as of now; "назначена на сегодня." is a day
        return Cand(s, e, rule, rel=("day", lx.RELATIVE_DAYS[w]))
    if rule == "today_adj":
        if _AS_OF.search(text, max(0, s - 6), s) or text[e:e + 6].lower().lstrip().startswith("дн"):
            return None  # "на сегодняшний день", "до сегодняшнего дня"
        return Cand(s, e, rule, rel=("day", 0))
    if rule in ("eve_en", "eve_ru"):  # "the day before", «днём ранее»: as «накануне»
        return Cand(s, e, "eve", rel=("day", -1))
    if rule == "eve":
        nxt = _NEXT_WORD.match(text, e)
        if nxt and nxt.group(1)[:1].isupper() and _GENITIVE_END.search(nxt.group(1)):
            return None  # «накануне Дня Победы»: the eve of a day, not the day before publication
        if nxt and nxt.group(1)[:1].islower() and not _EVE_NEXT.fullmatch(nxt.group(1).lower()) and not (
                not _GENITIVE_END.search(nxt.group(1)) and (verb := _NEXT_WORD.match(text, nxt.end()))
                and _PAST_VERB.fullmatch(verb.group(1).lower())) and not _AGENTS.match(nxt.group(1).lower()):
            return None  # «накануне праздника прошел …»: the same (but «Накануне губернатор провёл …»: a subject in
            # the nominative, then its verb in the past, is the day before)
        return Cand(s, e, rule, rel=("day", -1))
    return None


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_GENITIVE_END = re.compile(r"(?:а|я|и|ы|ей|ов|ев)$")
# people as the subject right after «накануне»: «Накануне ректоры университетов подписали …», «Напярэдадні госці …»
# (not the eve of an event: «накануне визита», «напярэдадні свята»)
_AGENTS = re.compile(f"(?:{lx.EVE_SUBJECTS})")
_PAST_VERB = re.compile(r"[а-яёіў]+(?:л|ла|ли|лі|ло|лся|лась|лось|лись|лася|лося|ў|ўся)")  # «провёл», «состоялось», «адбылася»
_EVE_NEXT = re.compile(r"вечером|утром|днем|днём|в|во|на|с|со|у|ў|из|з|и|і|он|она|они|мы|ён|яна|яны|уже|ужо|также"
                       r"|таксама|же|было|были|был|была|быў|былі|" + _PAST_VERB.pattern)
