"""Normalization: candidates -> contract values, against the publication date (:class:`Ref`).

Year-less dates take the year that puts them nearest the reference, in the direction the sentence's
tense points (a report looks back, an announcement ahead); relative words count from the reference.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from .candidates import alone
from .points import VALUE, Cand, Point, Ref, last_day
from .tense import TenseCache, tense, tenses_of
from .types import Mention

_YEARLY_CUE = re.compile(r"(?:ежегодно|каждый год|ежегодный|штогод|every year|annually|each year)\W+(?:\w+\W+)?$",
                         re.IGNORECASE)


def _ok(y: int | None, m: int | None, d: int | None) -> bool:
    if m is None:
        return y is None or 1000 <= y <= 2100
    if not 1 <= m <= 12:
        return False
    if d is None:
        return True
    try:
        date(y or 2000, m, d)
    except ValueError:
        return False
    return y is None or 1000 <= y <= 2100


def _choose_year(m: int, d: int | None, ref: date, tense: str | None) -> int | None:
    """The year that puts a year-less day (or month) nearest the reference, respecting the tense; a phrase with
    no context at all ("10 мая" typed on its own: tense ``"phrase"``) is read in the reference's own year."""
    if tense == "phrase" and _ok(ref.year, m, d):
        return ref.year
    options = []
    years = [ref.year - 1, ref.year, ref.year + 1]
    if m == 2 and d == 29:  # "29 февраля": only leap years have it
        years = [y for y in range(ref.year - 4, ref.year + 5) if y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)]
    for y in years:
        if not 1000 <= y <= 2100:
            continue
        if d is not None:
            if not _ok(y, m, d):
                continue
            lo = hi = date(y, m, d)
        else:
            lo, hi = date(y, m, 1), last_day(y, m)
        dist = 0 if lo <= ref <= hi else min(abs((lo - ref).days), abs((hi - ref).days))
        fits = tense is None or (tense == "past" and lo <= ref + timedelta(days=3)) or (
            tense == "future" and hi >= ref - timedelta(days=3))
        options.append((dist, y, fits))
    if not options:
        return None  # no year near the reference has this day: leave it XXXX
    fitting = [o for o in options if o[2] and o[0] <= 300]
    return min(fitting or options)[1]


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str:
    s = "XXXX" if y is None else f"{y:04d}"
    if m is not None:
        s += f"-{m:02d}"
        if d is not None:
            s += f"-{d:02d}"
    return s


def _fill_year(p: Point, ref: Ref, tense: str | None) -> tuple[int | None, bool]:
    """(year, known) for a point; ``known`` False means the year stays XXXX."""
    if p.y is not None:
        return p.y, True
    if p.yrel is not None:
        return (ref.year + p.yrel, True) if ref.year else (None, False)
    if ref.year is None:
        return None, False
    rd = ref.date
    if rd is not None and p.m is not None:
        y = _choose_year(p.m, p.d, rd, tense)
        return y, y is not None
    if not _ok(ref.year, p.m, p.d):
        return None, False  # "29 февраля" in a text of 2025
    return ref.year, True


def _rel_value(rel: tuple, ref: Ref, tense_of) -> tuple[str, str] | None:
    try:
        v = _rel_value_unchecked(rel, ref, tense_of)
    except (ValueError, OverflowError):
        return None
    if v is not None and not all(VALUE.match(p) and not p.startswith(("0", "3", "4", "5", "6", "7", "8", "9"))
                                 for p in v[0].split("/")):
        return None  # outside the years a press release can mean (1000-2999)
    return v


def _rel_value_unchecked(rel: tuple, ref: Ref, tense_of) -> tuple[str, str] | None:
    kind = rel[0]
    rd = ref.date
    if kind == "day":
        if rd is not None:
            return (rd + timedelta(days=rel[1])).isoformat(), "relative"
        if ref.month and ref.day:  # the day is known but not its year: XXXX-MM-DD
            x = date(2000, ref.month, ref.day) + timedelta(days=rel[1])
            return _fmt(None, x.month, x.day), "relative"
        if ref.year and -3 <= rel[1] < 0:  # only the year is known: "вчера" is a day of it, most likely
            return _fmt(ref.year), "relative"  # (GUIDE §1: the finest value both readings share)
        return None
    if kind == "year":
        return (_fmt(ref.year + rel[1]), "relative") if ref.year else None
    if kind == "nth_weekday":  # the n-th (or last) such weekday of the month, in the year given or the text's
        _, nth, wd, month, year = rel
        year = year or ref.year
        if not (year and month):
            return None
        if nth > 0:
            first = date(year, month, 1)
            day = first + timedelta(days=(wd - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = last_day(year, month)
            day = last - timedelta(days=(last.weekday() - wd) % 7)
        return (day.isoformat(), "date") if day.month == month else None
    if kind == "month":
        if not (ref.year and ref.month):
            return None
        k = ref.year * 12 + ref.month - 1 + rel[1]
        return _fmt(k // 12, k % 12 + 1), "relative"
    if rd is None:
        return None
    monday = rd - timedelta(days=rd.weekday())
    if kind == "week":
        a = monday + timedelta(days=7 * rel[1])
        return f"{a.isoformat()}/{(a + timedelta(days=6)).isoformat()}", "relative"
    if kind == "weekend":  # Saturday and Sunday: the last ones before, this week's, the next ones after
        sat = monday + timedelta(days=5)
        if rel[1] < 0 and sat >= rd:
            sat -= timedelta(days=7)
        elif rel[1] > 0 and rd > sat:
            sat += timedelta(days=7)
        elif rel[1] == 0 and rd.weekday() <= 2 and tense_of() == "past":
            sat -= timedelta(days=7)  # «в эти выходные прошел праздник» told on a Monday: the weekend just gone
            # (told on a Thursday or Friday, «на этих выходных» is the one ahead, whatever the clause's verbs)
        return f"{sat.isoformat()}/{(sat + timedelta(days=1)).isoformat()}", "relative"
    if kind == "week_day":
        return (monday + timedelta(days=7 * rel[1] + rel[2])).isoformat(), "relative"
    if kind == "weekday_adj":  # the last one before, this week's, the next one after
        mode, wd = rel[1], rel[2]
        delta = wd - rd.weekday()
        if mode < 0 and delta >= 0:
            delta -= 7
        elif mode > 0 and delta <= 0:
            delta += 7
        return (rd + timedelta(days=delta)).isoformat(), "relative"
    if kind == "weekday_range":  # the week of its last day, found as a weekday is; its first day before it
        got = _rel_value_unchecked(("weekday", rel[2]), ref, tense_of)
        if got is None:
            return None
        end = date.fromisoformat(got[0])
        return f"{(end - timedelta(days=(rel[2] - rel[1]) % 7)).isoformat()}/{end.isoformat()}", "relative"
    if kind == "weekday":
        delta = rel[1] - rd.weekday()
        t = tense_of()
        if t == "phrase":  # "понедельник", "во вторник" on their own: the next one (a week on, if it is today)
            delta += 7 if delta <= 0 else 0
        elif delta != 0:
            future = t == "future"
            if delta > 0 and not future:
                delta -= 7
            elif delta < 0 and future:
                delta += 7
        return (rd + timedelta(days=delta)).isoformat(), "relative"
    return None


_WORD_TENSE = {"emonth_last": "past", "emonth_next": "future"}


def _value(c: Cand, text: str, ref: Ref, tenses: TenseCache | None = None) -> tuple[str, str] | None:
    tense_cache: list[str | None] = [_WORD_TENSE[c.rule]] if c.rule in _WORD_TENSE else []  # ("last July": past)

    def tense_of() -> str | None:
        if not tense_cache:
            t = tenses.tense(c.start, c.end) if tenses else tense(text, c.start, c.end)
            # the expression is the whole text (a search box, a quick-add field): no context at all
            tense_cache.append("phrase" if t is None and alone(text, c.start, c.end, whole=True) else t)
        return tense_cache[0]

    if c.rel:
        if c.rule == "offset" and c.rel[1] > 0 and tense_of() == "past":
            return None  # "Уже через год, 2 апреля 1997 г., был подписан": a year after the last event, not today
        return _rel_value(c.rel, ref, tense_of)
    a, b = c.a, c.b
    assert a is not None
    yearly = a.y is None and _YEARLY_CUE.search(text[max(0, c.start - 40):c.start]) is not None
    if b is None:
        if not _ok(a.y, a.m, a.d):
            return None
        if yearly and a.d is not None:
            return _fmt(None, a.m, a.d), "yearly"
        need_tense = a.y is None and a.yrel is None and ref.date is not None
        y, known = _fill_year(a, ref, tense_of() if need_tense else None)
        if not known and a.d is None:
            return None  # a month with no year: nothing to say
        kind = "date" if a.d is not None else "month" if a.m is not None else "year"
        return _fmt(y, a.m, a.d), kind
    # intervals
    if a.m is None and b.m is not None:
        a.m = b.m
    if not (_ok(a.y, a.m, a.d) and _ok(b.y, b.m, b.d)):
        return None
    if a.y is None and a.yrel is None and b.y is None and b.yrel is None and ref.date is not None \
            and tense_of() == "phrase" and a.m is not None:
        a.y = _choose_year(a.m, a.d, ref.date, "phrase")  # "14. - 15.10." on its own starts in the reference year
    if b.y is None and b.yrel is None and a.y is not None:
        b.y = a.y + (1 if (b.m or 0, b.d or 0) < (a.m or 0, a.d or 0) else 0)
    need_tense = b.y is None and b.yrel is None and ref.date is not None
    yb, known = _fill_year(b, ref, tense_of() if need_tense else None)
    if not known and b.d is None and b.m is not None:
        return None
    ya = a.y
    if ya is None and yb is not None:
        ya = yb - (1 if (a.m or 0, a.d or 0) > (b.m or 0, b.d or 0) else 0)
    if not (_ok(ya, a.m, a.d) and _ok(yb, b.m, b.d)):
        return None
    if ya is not None and yb is not None and (ya, a.m or 0, a.d or 0) >= (yb, b.m or 0, b.d or 0):
        return None
    return f"{_fmt(ya, a.m, a.d)}/{_fmt(yb, b.m, b.d)}", "interval"


_GAP = re.compile(r"[^\S\n]*,?[^\S\n]*(?:[^\W\d_]+[^\S\n]+){0,4}", re.IGNORECASE)  # a few words, no punctuation
_GAP_AFTER = re.compile(r"[ ,]*(?:(?:в|во|у|ў|in)\s+)?")  # "14 декабря в 1989 году"
_IN_YEAR_BEFORE = re.compile(r"(?<!\w)(?:в|во|у|ў|in|during|конце|начале|середине|канцы|пачатку|напрыканцы)\s+$",
                             re.IGNORECASE)
_LOCATIVE_YEAR = re.compile(r"(?:году|годзе|year|летась|сёлета)$", re.IGNORECASE)


def _year_of_context(text: str, cands: list[Cand], i: int, ref: Ref) -> int | None:
    """The year a year-less day or month borrows from a year next to it in its clause: "В прошлом году в
    сентябре", "Летась у верасні", "in September last year", "в 2019 году 5 июня" (not "по итогам 2023 года
    5 февраля": only a year that says *in* which year)."""
    c = cands[i]
    for j, after in ((i - 1, False), (i + 1, True)):
        if not 0 <= j < len(cands):
            continue
        o = cands[j]
        gap = text[c.end:o.start] if after else text[o.end:c.start]
        if after and _GAP_AFTER.fullmatch(gap) is None or not after and (len(gap) > 40 or _GAP.fullmatch(gap) is None):
            continue
        if o.rel:
            if o.rel[0] != "year":
                continue
            y = ref.year + o.rel[1] if ref.year else None
        elif o.a is not None and o.b is None and o.a.m is None and o.a.y is not None:
            y = o.a.y
        else:
            continue
        span = text[o.start:o.end]
        if _LOCATIVE_YEAR.search(span) or span[:3].lower() in ("в ", "во ", "у ", "ў ", "in ") \
                or _IN_YEAR_BEFORE.search(text, max(0, o.start - 12), o.start):
            return y
    return _frame_year(text, cands, i, ref)


_SENTENCE_BREAK = re.compile(r"[.!?…](?=\s)|\n")
_OPENING = re.compile(r"[\s«\"„“(—–-]*(?:(?:в|во|у|ў|in)\s+)?", re.IGNORECASE)


def _frame_year(text: str, cands: list[Cand], i: int, ref: Ref) -> int | None:
    """The year that opens a sentence frames every year-less month of it, where no other year is named between:
    «В прошлом году гомельская делегация посетила Брянск в апреле, а брянская приехала в Гомель в сентябре», "Last
    year, … in April, and … in September" (not a month of what the sentence announces ahead, unless the year is ahead
    too: «Сёлета ў снежні адбылася сустрэча, а ў студзені адбудзецца пасяджэнне» is next January)."""
    c = cands[i]
    for j in range(i - 1, -1, -1):
        o = cands[j]
        if c.start - o.end > 300 or _SENTENCE_BREAK.search(text, o.end, c.start):
            return None
        if o.rel and o.rel[0] != "year" or o.a is None and not o.rel:
            continue
        if not o.rel and o.a is not None and o.a.y is None:
            continue  # a year-less month or day before: it borrows too («в апреле»)
        if o.rel:
            y = ref.year + o.rel[1] if ref.year else None
        elif o.b is None and o.a is not None and o.a.m is None:
            y = o.a.y
        else:
            return None  # a finer date with its year: the frame is that, not a year
        begin = max((m.end() for m in _SENTENCE_BREAK.finditer(text, max(0, o.start - 400), o.start)), default=0)
        if y is None or _OPENING.fullmatch(text, begin, o.start) is None \
                or ref.year and y <= ref.year and tense(text, c.start, c.end) == "future":
            return None
        return y
    return None


def _with_year(c: Cand, y: int) -> Cand:
    a = c.a if c.a is None or c.a.y is not None or c.a.yrel is not None else replace(c.a, y=y)
    b = c.b if c.b is None or c.b.y is not None or c.b.yrel is not None else replace(c.b, y=y)
    if a is not None and b is not None and a.y == b.y and (a.m or 0, a.d or 0) > (b.m or 0, b.d or 0):
        b = replace(b, y=y + 1)  # "в 2023 году с 28 декабря по 3 января" starts in 2023
    return replace(c, a=a, b=b)


# the first day of the days just told: «В первый день …», «У першы дзень …», "On the first day …"
_FIRST_DAY = re.compile(r"(?i)\b(?:в|у|ў|on)\s+(?:the\s+)?(?:первый|першы|first)\s+(?:день|дзень|day)\b")


_EXACTLY = re.compile(r"(?i)(?:ровно|роўна|exactly|precisely)\s+$")
# «Год спустя, этим же днём …», «праз год, у той жа дзень», "a year later to the day": the day told, that many years on
_SAME_DAY_AFTER = re.compile(r"(?i)\s*,?\s*(?:(?:этим|тем) же дн[её]м|в (?:тот|этот) же день|день в день|гэтым жа днём"
                             r"|у (?:той|гэты) жа дзень|to the day|on the same day)")


def resolve(text: str, cands: list[Cand], ref: Ref) -> list[Mention]:
    """Normalize scanned candidates against ``ref``; those that name no real date are dropped."""
    out = []
    anchor = ref  # with only a year known, "на этой неделе" leans on the last full day named before it
    told: tuple[int, Ref] | None = None  # the last day the text names outright (its end), for «Накануне …»
    span: tuple[int, Ref] | None = None  # the last span of days named outright (its end, its first day)
    tenses = tenses_of(text)
    for i, c in enumerate(cands):
        use = anchor if (c.rel and ref.date is None and ref.year) else ref
        if c.rule == "eve" and told is not None and c.start - told[0] < 400 and ref.date and told[1].date \
                and told[1].date < ref.date and "\n\n\n" not in text[told[0]: c.start]:
            use = told[1]  # «17 мая … побывал глава … Накануне в Гродно прошла конференция»: the day before the day
            # just told, not the day before the report (18 May)
        anchored = c.rule == "later" or (c.rule == "offset" and c.rel[1] > 0 and told is not None
                                         and told[1].year is not None and ref.year is not None
                                         and told[1].year < ref.year - 1 and c.start - told[0] < 300)
        if anchored:  # «2 апреля 1996 года … а ровно через год — Договор о Союзе», "a year later": after the day told
            if told is None or c.start - told[0] > 400:
                continue  # ("a year later" with no day before it: after what, the text does not say)
            if i + 1 < len(cands) and cands[i + 1].a is not None and 0 <= cands[i + 1].start - c.end <= 3:
                continue  # «Уже через год, 2 апреля 1997 г., был подписан …»: the date right after it says it
            use = told[1]
        if c.rule == "next_day":
            if span is not None and (told is None or told[0] < span[0]) and c.start - span[0] < 600 \
                    and _FIRST_DAY.search(text, span[0], c.start):
                told = span  # «находился с визитом 8–9 сентября. В первый день … На следующий день …»: 9 September
            if told is None or c.start - told[0] > 600:
                continue  # «на следующий день» with no day told before it: the day after which, the text does not say
            use = told[1]  # «17 мая делегация прибыла … На следующий день прошли переговоры»: 18 May
        last = c.b or c.a
        if last is not None and last.y is None and last.yrel is None and last.m is not None:
            y = _year_of_context(text, cands, i, ref)
            if y is not None:
                c = _with_year(c, y)
        v = _rel_value(c.rel, use, None) if anchored else _value(c, text, use, tenses)
        if anchored and v is not None and c.rel[0] == "year" and use.date is not None \
                and (_EXACTLY.search(text, max(0, c.start - 12), c.start) or _SAME_DAY_AFTER.match(text, c.end)):
            v = (_fmt(use.year + c.rel[1], use.month, use.day), "relative")  # «ровно через год»: that very day
        if v is not None and ref.date is None and ref.year and v[1] == "date" and v[0][:4] == str(ref.year):
            anchor = Ref(ref.year, int(v[0][5:7]), int(v[0][8:10]))
        if v is not None:
            out.append(Mention(text[c.start:c.end], c.start, c.end, v[0], v[1]))
            if not c.rel and v[1] == "date" and len(v[0]) == 10 and v[0][:4].isdigit():
                told = (c.end, Ref(int(v[0][:4]), int(v[0][5:7]), int(v[0][8:10])))
            elif not c.rel and len(v[0]) == 10 and v[0].startswith("XXXX-") and v[0][5:10] not in ("02-28", "02-29"):
                told = (c.end, Ref(None, int(v[0][5:7]), int(v[0][8:10])))  # «3 июля … На следующий день» of no
                # known year: XXXX-07-04 (not from 28 or 29 February: the year decides the day after those)
            elif not c.rel and len(v[0]) == 21 and v[0][:4].isdigit() and v[0][10] == "/":
                span = (c.end, Ref(int(v[0][:4]), int(v[0][5:7]), int(v[0][8:10])))  # (its first day)
    return out
