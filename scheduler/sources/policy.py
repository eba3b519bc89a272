"""When to poll a source next, and how long a server asked us to wait (pure: the clock is passed in)."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from ..errors import UsageError

JITTER = 0.1  # each interval is stretched or shrunk by up to 10 %, so sources added together drift apart
MAX_BACKOFF = 24 * 3600  # a failing source is still tried once a day
MAX_RETRY_AFTER = 24 * 3600
MIN_EVERY, MAX_EVERY = 1, 7 * 24 * 3600
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
_EVERY = re.compile(r"^\s*(\d+)\s*([smhd]?)\s*$", re.I)


def parse_every(value: str) -> int:
    """``30m``, ``2h``, ``1d``, ``90s`` (a bare number is minutes) → seconds, 1 s to 7 days."""
    m = _EVERY.match(value or "")
    if not m:
        raise UsageError(f"--every {value!r}: expected a duration such as 30m, 2h, 1d or 90s")
    seconds = int(m.group(1)) * _UNITS[(m.group(2) or "m").lower()]
    if not MIN_EVERY <= seconds <= MAX_EVERY:
        raise UsageError(f"--every {value!r}: between 1s and 7d")
    return seconds


def format_every(seconds: int) -> str:
    for unit in ("d", "h", "m"):
        if seconds % _UNITS[unit] == 0:
            return f"{seconds // _UNITS[unit]}{unit}"
    return f"{seconds}s"


def next_check(now: dt.datetime, every: int, failures: int, r: float) -> dt.datetime:
    """The next poll: ``every`` seconds on, doubled for each failure in a row (at most a day), ± JITTER.

    ``r`` is a random number in [0, 1) from the caller, so the same inputs give the same time."""
    base = float(every) * (2 ** min(failures, 20)) if failures else float(every)
    base = min(base, float(max(MAX_BACKOFF, every)))
    return now + dt.timedelta(seconds=base * (1 + JITTER * (2 * r - 1)))


def retry_after(value: str | None, now: dt.datetime) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (seconds or an HTTP date), at most a day; None if absent
    or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(min(int(value), MAX_RETRY_AFTER))
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    return min(max((when - now).total_seconds(), 0.0), float(MAX_RETRY_AFTER))
