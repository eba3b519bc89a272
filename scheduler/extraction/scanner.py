"""Scanning: the grammar's rules tried where they can start (a lexicon word, a digit run), each match turned
into a candidate (:mod:`candidates`), and the longest non-overlapping ones kept. No resolution yet."""

from __future__ import annotations

import bisect
import re
from itertools import repeat

from . import grammar
from . import lexicon as lx
from .candidates import alone, cand
from .points import Cand, lower


def _overlaps(chosen: list[tuple[int, int]], s: int, e: int) -> bool:
    i = bisect.bisect_left(chosen, (s, s))
    if i < len(chosen) and chosen[i][0] < e:
        return True
    return i > 0 and chosen[i - 1][1] > s


_DIGITS = re.compile(r"\d\d*")  # not "\d+": a pattern opening with a repeat has no first character for re to scan ahead for
_DAY_RULES = ("drange", "dmy_apos", "dmy", "numdrange", "offset_back", "later", "dmy_short")  # "7–10 июня", "29 июня", "25–26.07.2024"
_NUM_RULES = ("numrange", "numdrange", "num", "dm")  # "29.06.2017", "05/07/2024", "14./15.10.", "10.12."
_DASHED_DATE = re.compile(r"-\d{1,2}-(?:19|20)\d\d(?![\d-])")  # «12-03-2024» after its day
_ALONE_RULES = ("month", "weekday")  # "Март", "Пятница" on a line of their own
_YEAR_RULES = ("iso", "yrange", "year", "eyear", "ryear")
# enumerations are tried only where a list goes on: "28 и 29", "27, 28", "2022 и 2023", "2019, 2020"
_ENUM_NEXT = re.compile(r"(?:-?(?:ого|его|ому|ему|го|ое|му|е|th|st|nd|rd))?(?:\s*,|\s+(?:и|і|and|&)\s)")


_ENUM_FIRST = frozenset(", -")


def _list_goes_on(low: str, i: int) -> bool:
    """An enumeration continues at ``i``: ", 28", " и 29", "-го и" (cheap character tests first)."""
    c = low[i:i + 1]
    if c == " ":
        if low[i + 1:i + 2] not in ("и", "і", "a", "&"):
            return False
    elif c not in (",", "-"):
        return False
    return _ENUM_NEXT.match(low, i) is not None

_DAY_ENUM_RULES = ("denum", "dhead")
_LATIN = frozenset("abcdefghijklmnopqrstuvwxyz")
_YEAR_ENUM_RULES = ("yenum", "yhead")
_CENTURIES = {"17", "18", "19", "20"}
_DASHES = "-–—"


def scan(text: str) -> list[Cand]:
    """Every calendar expression in ``text``, unresolved, longest non-overlapping first, sorted by start."""
    low = lower(text)
    # no address starts before the first "http" or "www." (the pattern alone was tried at every h and w)
    at_url = min((i for i in (low.find("http"), low.find("www.")) if i >= 0), default=-1)
    urls = [m.span() for m in grammar.URL_RE.finditer(low, at_url)] if at_url >= 0 else []
    found: list[tuple[int, int, Cand]] = []
    trigger = grammar.trigger()
    by_word = grammar.word_rules()
    starts: dict[str, list[int]] = {}  # word rule -> where a word that may start it stands
    for t in trigger.finditer(" " + low):  # the word's start in ``low`` is the match's start (see grammar.trigger)
        w_at, w_end, w = t.start(), t.end() - 1, t.group()[1:]
        for name in by_word.get(w, ()):
            starts.setdefault(name, []).append(w_at)
        if low[w_end:w_end + 1] == " " and w in lx.MONTHS and _list_goes_on(low, w_end):  # "мае и августе 2023 года"
            starts.setdefault("mhead", []).append(w_at)
    # and the digit runs that may start a date or a year, gathered by kind and handed to each rule of the kind
    day_at: list[int] = []
    num_at: list[int] = []
    enum_at: list[int] = []
    year_at: list[int] = []
    for t in _DIGITS.finditer(low):
        p, e = t.span()
        n = e - p
        if n <= 2:
            nxt = low[e:e + 1]
            (num_at if nxt in "./" or nxt == "-" and _DASHED_DATE.match(low, e) else day_at).append(p)
            if nxt in _ENUM_FIRST and _list_goes_on(low, e):
                enum_at.append(p)
        elif n == 4 and low[p:p + 2] in _CENTURIES:
            year_at.append(p)
            nxt = low[e:e + 1]
            if nxt == "/":
                starts.setdefault("yslash", []).append(p)
            elif nxt in _ENUM_FIRST and _list_goes_on(low, e):
                for name in _YEAR_ENUM_RULES:
                    starts.setdefault(name, []).append(p)
            if p and low[p - 1] in _DASHES:
                starts.setdefault("nameyear", []).append(p - 1)
            elif p > 1 and low[p - 1] == " " and low[p - 2] in _DASHES:
                starts.setdefault("nameyear", []).append(p - 2)
            elif p > 2 and low[p - 1] == " " and low[p - 2] == " " and low[p - 3] in _DASHES:  # "— 2025" spaced twice
                starts.setdefault("nameyear", []).append(p - 3)
            elif p > 3 and low[p - 1] == " " and text[p - 4:p - 1].isalpha() and text[p - 4:p - 1].isupper() \
                    and not text[p - 5:p - 4].isdigit():
                starts.setdefault("nameyear", []).append(p - 1)  # «ЮГАГРО 2024», "INNOPROM 2024"
        elif n == 4 and low[p] in "12":
            starts.setdefault("year", []).append(p)  # "1000 год": other centuries only with the word
    for names, kind_at in ((_DAY_RULES, day_at), (_NUM_RULES, num_at), (_DAY_ENUM_RULES, enum_at),
                           (_YEAR_RULES, year_at)):
        if kind_at:
            for name in names:
                starts[name] = starts[name] + kind_at if name in starts else kind_at
    for prio, rule in enumerate(grammar.rules()):
        at = starts.get(rule.name)
        if not at:
            continue
        rx, before = grammar.patterns(rule)
        # anchored where a word or number that may start it stands: far cheaper than trying every position
        for m in map(rx.match, repeat(low), at):
            if m is None:
                continue
            pre = None
            if before is not None:
                ms = m.start()
                if rule.name == "eyear" and low[ms - 2:ms - 1] not in _LATIN:
                    continue  # only English words come before a bare year ("in 2014", "mid-2020")
                if ms and (low[ms - 1].isspace() or rule.name == "nameyear"
                           or (low[ms - 1] == "-" and rule.name in ("emonth", "eyear"))):  # "mid-June"
                    bm = before.search(low, max(0, ms - 40), ms)
                else:
                    bm = None
                if bm is None and rule.required and not (rule.name in _ALONE_RULES and alone(text, m.start(), m.end())):
                    continue
                pre = bm.group(0) if bm is not None and rule.join else None
            c = cand(rule.name, m, text, pre)
            if c is not None and c.end > c.start:
                found.append((-(c.end - c.start), prio, c))
    found.sort(key=lambda t: (t[0], t[1], t[2].start))
    chosen: list[tuple[int, int]] = sorted(urls)
    out: list[Cand] = []
    for _, _, c in found:
        if not _overlaps(chosen, c.start, c.end):
            bisect.insort(chosen, (c.start, c.end))
            out.append(c)
    out.sort(key=lambda c: c.start)
    return out
