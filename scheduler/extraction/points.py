"""The partial calendar points the grammar produces, and reading contract values back.

:class:`Point` (year, month, day, any unknown), :class:`Cand` (one match before normalization),
:class:`Ref` (what dates resolve against); :func:`parse_value` and :func:`month_day` for other modules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from .types import Published


@dataclass(slots=True)
class Point:
    """A partial calendar point: any of year, month, day may be unknown; ``yrel`` is a relative year."""

    y: int | None = None
    m: int | None = None
    d: int | None = None
    yrel: int | None = None


@dataclass(slots=True)
class Cand:
    """One grammar match before normalization."""

    start: int
    end: int
    rule: str
    a: Point | None = None
    b: Point | None = None  # end of an interval
    rel: tuple = ()  # ("day", n) ("year", n) ("month", n) ("week", n) ("weekday", wd) ("week_day", n, wd) ("weekend", n)
    joined_rel: bool = False  # "Сегодня, 20 октября": a relative word fused with its date
    weekday: int | None = None  # "В пятницу, 7 февраля": Monday=0, a check on the year


@dataclass(frozen=True, slots=True)
class Ref:
    """What relative and year-less expressions are resolved against."""

    year: int | None = None
    month: int | None = None
    day: int | None = None

    @property
    def date(self) -> date | None:
        if self.year and self.month and self.day:
            return date(self.year, self.month, self.day)
        return None

    @classmethod
    def of(cls, published: Published | str | None) -> Ref:
        value = published.value if isinstance(published, Published) else published
        if not value:
            return cls()
        parts = value.split("-")
        nums = [None if p.startswith("X") else int(p) for p in parts]
        return cls(*(nums + [None] * (3 - len(nums))))  # type: ignore[arg-type]



def last_day(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y + m // 12, m % 12 + 1, 1) - timedelta(days=1)


VALUE = re.compile(r"^(X{4}|\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _parse_point(v: str) -> tuple[date | None, date | None, str]:
    m = VALUE.match(v.strip())
    if not m:
        raise ValueError(v)
    ys, ms, ds = m.groups()
    if ys == "XXXX":
        if not (ms and ds):
            raise ValueError(v)
        date(2000, int(ms), int(ds))
        return None, None, "yearly"
    y = int(ys)
    if ds:
        d = date(y, int(ms), int(ds))
        return d, d, "day"
    if ms:
        return date(y, int(ms), 1), last_day(y, int(ms)), "month"
    return date(y, 1, 1), date(y, 12, 31), "year"


def parse_value(value: str) -> tuple[date | None, date | None, str]:
    """``(first_day, last_day, precision)`` of a contract value.

    Precision is ``day``, ``month``, ``year`` or ``yearly`` (``XXXX-MM-DD``: both days None, use
    :func:`month_day`). An interval ``A/B`` spans the first day of A to the last day of B with A's precision.
    Raises :class:`~scheduler.errors.UsageError` naming the value when it is malformed or not a real date.
    """
    from ..errors import UsageError

    try:
        if "/" in value:
            left, right = value.split("/", 1)
            a0, _, prec = _parse_point(left)
            _, b1, _ = _parse_point(right)
            if a0 and b1 and b1 < a0:
                raise ValueError(value)
            return a0, b1, prec
        return _parse_point(value)
    except (ValueError, TypeError, AttributeError):
        raise UsageError(f"not a date value: {value!r} (want YYYY-MM-DD, YYYY-MM, YYYY, XXXX-MM-DD or A/B)") from None


def month_day(value: str) -> tuple[int, int] | None:
    """(month, day) of a day value, e.g. ``XXXX-04-02`` -> (4, 2); None for coarser values."""
    m = VALUE.match(value.split("/", 1)[0].strip())
    if not m or not m.group(3):
        return None
    return int(m.group(2)), int(m.group(3))


# and the rarer spaces (no-break, thin, figure, narrow no-break) become " ": lexicon phrases spell one space
_RARE = "\u2010\u2011\u2012\u2212\u2015\u00ad\u00a0\u2007\u2009\u202f"  # found by substring tests (7x a character-class search)
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2212": "-", "\u2015": "—", "\u00ad": "-",
                         "\u00a0": " ", "\u2007": " ", "\u2009": " ", "\u202f": " "})


@lru_cache(maxsize=4)  # the scanner and the publication-date reader lower the same text in turn
def lower(text: str) -> str:
    """``text.lower()`` with the same length, so offsets into one are offsets into the other; the rarer
    dashes (non-breaking hyphen, minus sign, figure dash) become ``-`` so the grammar needs to know only three,
    and no-break and thin spaces a plain space."""
    low = text.lower()
    if len(low) != len(text):  # a few characters (İ) lengthen when lowercased
        low = "".join(ch if len(ch.lower()) != 1 else ch.lower() for ch in text)
    return low.translate(_DASHES) if any(ch in low for ch in _RARE) else low
