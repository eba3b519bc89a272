"""What the index page lists, arranged once per store version from the records the feeds read anyway (issue 13):
a page then takes only what it shows -- the next occurrences, one page of the history, the nearest
anniversaries and plan deadlines, one month -- so building it costs the same on 1,000 events or 100,000.

Every record a page looks at is counted in ``PageIndex.touched`` (the tests compare it across store sizes). The lists give what ``Store.upcoming``,
``Store.records`` and ``feeds.upcoming_derived`` give for the same store (a test compares them).
"""

from __future__ import annotations

import bisect
import datetime as dt
import heapq
from collections.abc import Iterable, Iterator, Sequence
from itertools import islice
from operator import attrgetter, itemgetter
from typing import Any

from ..feeds.ru_numbers import anniversary_title
from ..records import EventRecord
from ..rules.anniversaries import anniversary_on
from ..rules.deadlines import plan_last_day, plan_name
from ..rules.parties import region_list
from ..store.merging import YEARLY_YEAR, date_range
from ..store.reading import UPCOMING_LOOKBACK, Occurrence
from ..store.to_records import in_year4, yearly_days

LONG = 31  # days: day- or month-precise events longer than this are kept apart for the month grid

class _Lists:
    """One kind of record (a type, and a party or all) sorted the ways the page reads them."""

    def __init__(self) -> None:
        self.dated: list[tuple[dt.date, str, EventRecord, dt.date, str]] = []  # (start, uid, r, end, precision)
        self.undated: list[EventRecord] = []
        self.yearly: list[tuple[dt.date, str, EventRecord]] = []  # (month-day in year 4, uid, r)
        self.long: list[tuple[dt.date, str, EventRecord, dt.date]] = []
        self.derived: list[tuple[dt.date, int, int, int, str, EventRecord]] = []  # (day, seq, kind, years, name, r)
        self.under_way: list[tuple[dt.date, str, Occurrence]] = []

    def add(self, r: EventRecord, first: dt.date | None, last: dt.date | None, precision: str) -> None:
        if first is None or last is None:
            self.undated.append(r)
        elif r.recurrence == "yearly" or precision == "yearly":
            self.yearly.append((in_year4(first), r.uid, r))
        else:
            self.dated.append((first, r.uid, r, last, precision))
            if precision in ("day", "month") and (last - first).days > LONG:
                self.long.append((first, r.uid, r, last))

    def sort(self) -> None:
        self.dated.sort(key=itemgetter(0, 1))
        self.yearly.sort(key=itemgetter(0, 1))
        self.undated.sort(key=lambda r: r.uid)
        self.derived.sort(key=itemgetter(0, 1))
        self.starts = [d[0] for d in self.dated]
        self.yearly_days = [y[0] for y in self.yearly]


class PageIndex:
    """The shown records of one store version and day, in lists by (type, party) -- and by type for all
    parties -- each sorted the ways the page reads them, so any filter merges a few lists and takes its page."""

    def __init__(self, records: Iterable[EventRecord], today: dt.date, days: int) -> None:
        self.today, self.until = today, today + dt.timedelta(days=days)
        self.touched = 0
        shown = [r for r in records if not r.hidden]
        self.regions = region_list(shown)
        self.lists: dict[tuple[str, str | None], _Lists] = {}
        for r in shown:
            first, last, precision = date_range(r.start, r.end)
            for key in ((r.type, None), *((r.type, p) for p in dict.fromkeys(r.parties))):
                self.lists.setdefault(key, _Lists()).add(r, first, last, precision)
        for seq, item in enumerate(self._all_derived(shown)):
            day, kind, n, name, r = item
            for key in ((r.type, None), *((r.type, p) for p in dict.fromkeys(r.parties))):
                self.lists[key].derived.append((day, seq, kind, n, name, r))
        lb = today - dt.timedelta(days=UPCOMING_LOOKBACK)
        for x in self.lists.values():
            x.sort()
            rows = islice(x.dated, bisect.bisect_left(x.starts, lb), bisect.bisect_left(x.starts, today))
            x.under_way = [(sd, uid, Occurrence(sd, ed if ed != sd else None, r)) for sd, uid, r, ed, p in rows
                           if p == "day" and ed >= today]  # multi-day events begun before today, not over

    def _of(self, types: Sequence[str], party: str | None) -> list[_Lists]:
        kinds = types or sorted({t for t, _ in self.lists})
        return [self.lists[(t, party)] for t in kinds if (t, party) in self.lists]

    def _counted(self, rows: Iterable[Any]) -> Iterator[Any]:
        for row in rows:
            self.touched += 1
            yield row

    @staticmethod
    def take(rows: Iterable, n: int, offset: int = 0) -> list:
        """The first ``n`` items after ``offset`` of a lazy list (nothing after them is looked at)."""
        return list(islice(rows, offset, offset + n))

    def total(self, types: Sequence[str], party: str | None) -> int:
        """How many shown events the filters keep."""
        return sum(len(x.dated) + len(x.yearly) + len(x.undated) for x in self._of(types, party))

    def history(self, types: Sequence[str], party: str | None) -> Iterator[EventRecord]:
        """Newest first, as ``reversed(Store.records(...))``: undated ones, then by (start day, uid) descending."""
        lists = self._of(types, party)
        undated = heapq.merge(*(reversed(x.undated) for x in lists), key=attrgetter("uid"), reverse=True)
        dated = heapq.merge(*(reversed(x.dated) for x in lists), *(reversed(x.yearly) for x in lists),
                            key=itemgetter(0, 1), reverse=True)
        return self._counted(_chain(undated, (row[2] for row in dated)))

    def upcoming(self, types: Sequence[str], party: str | None) -> Iterator[Occurrence]:
        """As ``Store.upcoming(today=, days=)``: occurrences starting in the window, multi-day events under way,
        yearly days expanded; sorted by (date, uid)."""
        parts = [g for x in self._of(types, party) for g in (self._starting(x), self._under_way(x), self._yearly(x))]
        return self._counted(o for _, _, o in heapq.merge(*parts, key=itemgetter(0, 1)))

    def _starting(self, x: _Lists) -> Iterator[tuple[dt.date, str, Occurrence]]:
        for sd, uid, r, ed, _ in islice(x.dated, bisect.bisect_left(x.starts, self.today), None):
            if sd >= self.until:
                return
            yield sd, uid, Occurrence(sd, ed if ed != sd else None, r)

    def _under_way(self, x: _Lists) -> Iterator[tuple[dt.date, str, Occurrence]]:
        return iter(x.under_way)

    def _yearly(self, x: _Lists) -> Iterator[tuple[dt.date, str, Occurrence]]:
        today, last = self.today, self.until - dt.timedelta(days=1)
        a = bisect.bisect_left(x.yearly_days, in_year4(today))
        pending: list[tuple[dt.date, str, Occurrence]] = []
        for i in _chain(range(a, len(x.yearly)), range(a)):  # from today's month-day, round the year
            md, uid, r = x.yearly[i]
            while pending and pending[0][0] < _next_on(md, today):  # no later record falls before it
                yield heapq.heappop(pending)
            first = date_range(r.start, r.end)[0]
            if first is None:
                continue
            since = r.first_year or (first.year if first.year != YEARLY_YEAR else None)
            for d in yearly_days(first.month, first.day, today, last):
                if since is None or d.year >= since:
                    heapq.heappush(pending, (d, uid, Occurrence(d, None, r)))
        while pending:
            yield heapq.heappop(pending)

    def derived(self, types: Sequence[str], party: str | None) -> Iterator[tuple[dt.date, str, EventRecord]]:
        """As ``feeds.upcoming_derived`` over the filtered records: anniversaries (one per day and name, the
        smallest uid) and plan deadlines in the window, sorted by (day, title)."""
        rows = self._counted(heapq.merge(*(x.derived for x in self._of(types, party)), key=itemgetter(0, 1)))
        day_items: list[tuple[str, int, EventRecord]] = []
        seen: set[str] = set()
        current: dt.date | None = None
        for day, _, kind, n, name, r in rows:
            if day != current:
                yield from ((current, t, x) for t, _, x in sorted(day_items, key=itemgetter(0, 1)))  # type: ignore[misc]
                day_items, seen, current = [], set(), day
            if kind == 0:
                if name.casefold() in seen:
                    continue
                seen.add(name.casefold())
                day_items.append((anniversary_title(n, name), len(day_items), r))
            else:
                day_items.append((f"Истекает срок: {plan_name(r)}", len(day_items), r))
        yield from ((current, t, x) for t, _, x in sorted(day_items, key=itemgetter(0, 1)))  # type: ignore[misc]

    def _all_derived(self, shown: list[EventRecord]) -> list[tuple[dt.date, int, int, str, EventRecord]]:
        """(day, 0 anniversary / 1 deadline, years, name, record) of every record, in the order
        ``upcoming_derived`` breaks ties in: anniversaries by uid, then deadlines in (start day, uid) order."""
        out: list[tuple[dt.date, int, int, str, EventRecord]] = []
        last = self.until - dt.timedelta(days=1)
        for r in sorted(shown, key=lambda r: r.uid):
            if r.type not in ("agreement", "commemoration"):
                continue
            for year in range(self.today.year, last.year + 1):
                got = anniversary_on(r, year)
                if got is not None and self.today <= got[0] <= last:
                    out.append((got[0], 0, got[1], got[2], r))
        for r in sorted((r for r in shown if r.type == "plan"), key=lambda r: (_start(r), r.uid)):
            end = plan_last_day(r)
            if end is not None and self.today <= end < self.until:
                out.append((end, 1, 0, "", r))
        out.sort(key=itemgetter(0))  # stable: the order above within a day
        return out

    # ------------------------------------------------------------------ the month grid

    def month(self, first: dt.date, last: dt.date, types: Sequence[str], party: str | None) -> list[EventRecord]:
        """The records ``Store.records(start=first, end=last)`` gives, in its order, for the month grid
        (year-precise ones and other months' yearly days left out: the grid does not show them)."""
        found: list[tuple[dt.date, str, EventRecord]] = []
        for x in self._of(types, party):
            lo = bisect.bisect_left(x.starts, first - dt.timedelta(days=LONG))
            near = {uid for _, uid, _, _ in x.long}
            for sd, uid, r, ed, p in self._counted(islice(x.dated, lo, bisect.bisect_right(x.starts, last))):
                if ed >= first and p != "year" and uid not in near:
                    found.append((sd, uid, r))
            found += [(sd, uid, r) for sd, uid, r, ed in self._counted(x.long) if sd <= last and ed >= first]
            a = bisect.bisect_left(x.yearly_days, dt.date(YEARLY_YEAR, first.month, 1))
            for md, uid, r in self._counted(islice(x.yearly, a, None)):
                if md.month != first.month:
                    break
                found.append((md, uid, r))
        return [r for _, _, r in sorted(found, key=itemgetter(0, 1))]


def _chain(*its: Iterable) -> Iterator:
    for it in its:
        yield from it


def _start(r: EventRecord) -> dt.date:
    first, _, precision = date_range(r.start, r.end)
    if first is None:
        return dt.date.max
    return in_year4(first) if r.recurrence == "yearly" or precision == "yearly" else first


def _next_on(md: dt.date, today: dt.date) -> dt.date:
    """The first day on or after ``today`` with the month-day of ``md`` (29 February: the 28th in common years)."""
    for year in (today.year, today.year + 1, today.year + 2):
        try:
            d = dt.date(year, md.month, md.day)
        except ValueError:
            d = dt.date(year, md.month, 28)
        if d >= today:
            return d
    return today
