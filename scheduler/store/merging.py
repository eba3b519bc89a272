"""Pure rules of the store: date values to day ranges, title stems, merge keys, UIDs, the merge rule.

Two extracted events are the same event when (see DESIGN.md, "Cross-document merge rule"):

1. they have the same merge key (type + date value + sorted title stems) -- an exact re-report; or
2. they have the same type, compatible dates -- the same day, or one's range contains the other's
   ("в 2022 году" contains "12 мая 2022") -- and similar titles: at least half of the shorter
   title's stems occur in the other (``MIN_OVERLAP``); for yearly days (``XXXX-MM-DD``) the same day
   and a third of the stems suffice (``MIN_OVERLAP_YEARLY``).

Stems are lower-cased word prefixes (``STEM``) of words spelt alike in Belarusian and Russian
(``_fold``), so the ru and be versions of one release and the announced and reported forms of a visit
share them.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from ..rules.parties import is_belarusian

STEM = 5
MIN_OVERLAP = 0.5
MIN_OVERLAP_YEARLY = 0.34
YEARLY_YEAR = 4  # start_date of a yearly day is stored in year 4 (a leap year), so 29 February fits

# Belarusian and Russian spellings of one word meet: і/ы→и, ў→у, э/ё→е, о→а (akanye), дз→д, doubled letters once
_FOLD = str.maketrans({"і": "и", "ы": "и", "ў": "у", "ё": "е", "э": "е", "о": "а", "'": "", "’": "", "ʼ": ""})
_DOUBLE = re.compile(r"([^\W\d_])\1")
_WORD = re.compile(r"[^\W\d_]{3,}|\d{2,4}", re.UNICODE)


def _fold(text: str) -> str:
    return _DOUBLE.sub(r"\1", text.lower().translate(_FOLD).replace("дз", "д"))


_STOP = frozenset(_fold(w) for w in (
    "это для при под над про или как так что чтобы его еще ещё the and for with of"
    " года году годы годов гады гадоў".split()))
_DAY = re.compile(r"^(\d{4}|XXXX)-(\d{2})-(\d{2})$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_TIME = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
PRECISION_RANK = {"day": 3, "yearly": 3, "month": 2, "year": 1, "none": 0}


def parse_point(value: str) -> tuple[dt.date, dt.date, str]:
    """First day, last day and precision of one date value (no interval). Raises ValueError."""
    m = _DAY.match(value)
    if m:
        yearly = m.group(1) == "XXXX"
        year = YEARLY_YEAR if yearly else int(m.group(1))
        d = dt.date(year, int(m.group(2)), int(m.group(3)))
        return d, d, "yearly" if yearly else "day"
    m = _MONTH.match(value)
    if m:
        y, mo = int(m.group(1)), int(m.group(2))
        return dt.date(y, mo, 1), dt.date(y, mo, calendar.monthrange(y, mo)[1]), "month"
    m = _YEAR.match(value)
    if m:
        y = int(m.group(1))
        return dt.date(y, 1, 1), dt.date(y, 12, 31), "year"
    raise ValueError(f"not a date value: {value!r} (expected YYYY-MM-DD, YYYY-MM, YYYY or XXXX-MM-DD)")


def parse_value(value: str) -> tuple[dt.date, dt.date, str]:
    """Like :func:`parse_point`, also for ``A/B`` intervals (precision of the coarser end)."""
    if "/" in value:
        a, _, b = value.partition("/")
        a0, _, pa = parse_point(a)
        _, b1, pb = parse_point(b)
        if b1 < a0:
            raise ValueError(f"interval ends before it starts: {value!r}")
        return a0, b1, pa if PRECISION_RANK[pa] <= PRECISION_RANK[pb] else pb
    return parse_point(value)


def date_range(start: str | None, end: str | None) -> tuple[dt.date | None, dt.date | None, str]:
    """(start_date, end_date, precision) of an event's start/end values; ``none`` when undated."""
    if not start:
        return None, None, "none"
    try:
        first, last, precision = parse_value(start)
        if end:
            _, last2, p2 = parse_value(end)
            if (p2 == "yearly") == (precision == "yearly") and last2 >= first:
                last = last2
    except ValueError:
        return None, None, "none"
    return first, last, precision


def valid_time(value: str) -> bool:
    return bool(_TIME.match(value))


@lru_cache(maxsize=1 << 16)
def stems(title: str) -> frozenset[str]:
    words = _WORD.findall(_fold(title))
    return frozenset(w[:STEM] for w in words if w not in _STOP)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of the smaller stem set found in the other (1.0: one title's words all in the other)."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def merge_key(type_: str, start: str | None, title: str) -> str:
    """A short hex key: sha1 of type, date value and sorted title stems."""
    text = "|".join((type_, start or "", " ".join(sorted(stems(title)))))
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def make_uid(key: str) -> str:
    """The event's UID: derived from its first merge key, never changed afterwards."""
    return f"{key[:24]}@presscal"


@dataclass(frozen=True, slots=True)
class Canon:
    """The store's view of one extracted event: what matching needs."""

    type: str
    title: str
    start: str | None
    end: str | None
    start_date: dt.date | None
    end_date: dt.date | None
    precision: str
    recurrence: str | None
    key: str
    stems: frozenset[str]


def canon(type_: str, title: str, start: str | None, end: str | None, recurrence: str | None) -> Canon:
    first, last, precision = date_range(start, end)
    if precision == "yearly":
        recurrence = "yearly"
    if recurrence == "yearly" and first is not None:
        first = last = first.replace(year=YEARLY_YEAR)  # a yearly day is stored by its month-day
    return Canon(type_, title, start, end, first, last, precision, recurrence,
                 merge_key(type_, start, title), stems(title))


def compatible(a: Canon, b_start: dt.date | None, b_end: dt.date | None, b_recurrence: str | None) -> bool:
    """Same day, or one date range contains the other; yearly days only match the same day."""
    if a.start_date is None or b_start is None or b_end is None or a.end_date is None:
        return False
    if (a.recurrence == "yearly") != (b_recurrence == "yearly"):
        return False
    if a.recurrence == "yearly":
        return (a.start_date.month, a.start_date.day) == (b_start.month, b_start.day)
    inside = b_start <= a.start_date and a.end_date <= b_end
    contains = a.start_date <= b_start and b_end <= a.end_date
    return inside or contains


def parties_agree(a: Iterable[str], b: Iterable[str]) -> bool:
    """Two events can be one unless both name a Russian region and they share none: a Kursk plan and a
    Bryansk plan of the same years are two plans, however alike their titles."""
    return regions_agree(russian_regions(a), russian_regions(b))


def russian_regions(parties: Iterable[str]) -> frozenset[str]:
    """The parties :func:`parties_agree` compares: the Russian ones below the federation."""
    return frozenset(p for p in parties if not is_belarusian(p) and p != "Российская Федерация")


def regions_agree(ru_a: frozenset[str], ru_b: frozenset[str]) -> bool:
    return not (ru_a and ru_b) or bool(ru_a & ru_b)


def similar(a: Canon, title: str) -> float:
    """Title similarity used by the merge rule; 0 when below the threshold for the event's kind."""
    score = overlap(a.stems, stems(title))
    need = MIN_OVERLAP_YEARLY if a.recurrence == "yearly" else MIN_OVERLAP
    return score if score >= need else 0.0


def content_hash(fields: dict) -> str:
    """Hash of an event's published fields: a change of it is a real change (SEQUENCE bump)."""
    return hashlib.sha256(json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str).encode()).hexdigest()


def bucket(start_date: dt.date | None, end_date: dt.date | None, recurrence: str | None) -> str:
    """The smallest aligned span holding an extraction's days (stored as ``eventsource.bucket``, migration 0005):
    ``YYYY-MM``, ``YYYY``, ``YYYx`` (a decade), ``*`` (wider), ``XXXX`` (a yearly day), ``''`` (undated).
    A range containing another lies in one of the buckets :func:`enclosing` the other's."""
    if start_date is None or end_date is None:
        return ""
    if recurrence == "yearly":
        return "XXXX"
    if (start_date.year, start_date.month) == (end_date.year, end_date.month):
        return f"{start_date:%Y-%m}"
    if start_date.year == end_date.year:
        return f"{start_date.year:04d}"
    if start_date.year // 10 == end_date.year // 10:
        return f"{start_date.year // 10:03d}x"
    return "*"


def enclosing(key: str) -> tuple[str, ...]:
    """A bucket and the coarser ones holding it: ``2025-05`` → 2025-05, 2025, 202x, *."""
    if key in ("", "XXXX"):
        return (key,)
    if key == "*":
        return ("*",)
    if key.endswith("x"):
        return (key, "*")
    year = key[:4]
    chain = (year, f"{year[:3]}x", "*")
    return (key, *chain) if len(key) > 4 else chain
