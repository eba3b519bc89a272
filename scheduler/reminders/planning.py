"""Reminder rules, pure: events, subscriptions and ``now`` in, due reminders out.

Kinds of reminder (one *occurrence* = one day a reminder is about):

- ``anniversary`` -- yearly on the day of a signing (agreement) or a commemoration, ``n`` years on from
  ``rules.anniversaries.anniversary_on`` (so emails and ``anniversaries.ics`` agree: none for a signed plan
  whose period is over); jubilees (n a multiple of 5) get the long leads; 29 February falls on 28 February in
  other years. A recurring day (Unity Day) is reminded as the day itself, like an upcoming event, without a number.
- ``jubilee-year`` -- an agreement/commemoration known only to the year (or month): once, on the first
  working day of a jubilee year (or of that month in a jubilee year).
- ``deadline`` -- the last day of an action plan (31 December of its end year).
- ``overdue`` -- once, on the first working day after a plan's deadline, when no later plan of the same
  parties is stored (see :func:`partners`).
- ``upcoming`` -- meetings, visits, fairs and festivals with a known day.

Timing: a lead of L days is due at the subscriber's local hour on the day L days before, moved back to
the previous working day of the subscriber's country (``holidays``: BY/RU, with their day transfers).
Year starts and overdue notices move forward to the next working day instead.

After downtime: a planning run covers the window (``since``, ``now``]; of an occurrence's leads only the
latest one already due is produced (an earlier one is superseded, never sent "in 7 days" the day before);
it is ``missed`` when ``now`` is past its ``send_before`` (due + grace, the next lead's due time, or the
occurrence itself, whichever is first).  The caller records missed ones; it sends the rest.

Fan-out: timing depends only on a subscriber's *profile* (leads, country, hour, zone), so the planner works
per (occurrence, lead, profile) once and yields :class:`DueGroup` s holding the matching subscribers.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from zoneinfo import ZoneInfo

from ..records import EventRecord
from ..rules.anniversaries import anniversary_on, anniversary_origin
from ..rules.days import MAX_SHIFT, MONTH, YEAR, at, last_day, on, parse_point, working_day

UTC = dt.timezone.utc  # noqa: UP017 -- dt.UTC needs 3.11; we support 3.10
LONG_LEADS = (90, 30, 7, 1)  # plan deadlines and jubilees
SHORT_LEADS = (30, 7, 1)  # everything else
GRACE = dt.timedelta(days=1)  # a due reminder may still go out this long after its time
OVERDUE_GRACE = dt.timedelta(days=14)
LOOKBACK = dt.timedelta(days=14)  # how far back a run after downtime looks (older: not even recorded)

ANNIVERSARY_TYPES = frozenset({"agreement", "commemoration"})
UPCOMING_TYPES = frozenset({"meeting", "visit", "fair", "festival"})



@dataclass(frozen=True, slots=True)
class Subscriber:
    """What the planner needs of a subscription."""

    email: str
    types: frozenset[str] = frozenset()  # empty: all types
    leads: tuple[int, ...] | None = None  # None: the defaults (LONG_LEADS / SHORT_LEADS)
    country: str = "BY"
    hour: int = 9
    tz: str = "Europe/Minsk"
    token: str = ""
    parties: frozenset[str] = frozenset()  # empty: every party's events

    @property
    def profile(self) -> Profile:
        return Profile(self.leads, self.country, self.hour, self.tz)


@dataclass(frozen=True, slots=True)
class Profile:
    """The subscription settings that decide *when* a reminder is due."""

    leads: tuple[int, ...] | None
    country: str
    hour: int
    tz: str

    def leads_for(self, long: bool) -> tuple[int, ...]:
        if self.leads is not None:
            return tuple(sorted(set(self.leads), reverse=True))
        return LONG_LEADS if long else SHORT_LEADS


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One day a reminder is about."""

    event: EventRecord
    kind: str  # anniversary | jubilee-year | deadline | overdue | upcoming
    day: dt.date
    n: int | None = None  # years since the signing / first observance
    jubilee: bool = False


@dataclass(frozen=True, slots=True)
class DueGroup:
    """One (occurrence, lead) due for every subscriber in ``recipients``."""

    occurrence: Occurrence
    lead: int  # days before the occurrence; -1 for an overdue notice, 0 for a year start
    due_at: dt.datetime  # UTC
    send_before: dt.datetime  # UTC
    missed: bool
    recipients: tuple[Subscriber, ...] = field(repr=False)

    def key(self, email: str) -> str:
        return outbox_key(self.occurrence.event.uid, self.occurrence.day, self.occurrence.kind, self.lead, email)


def outbox_key(uid: str, day: dt.date, kind: str, lead: int, email: str) -> str:
    """The idempotency key of one delivery: (event occurrence, lead, recipient)."""
    raw = f"{uid}|{day.isoformat()}|{kind}|{lead}|{email.strip().lower()}"
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:40]


def partners(ev: EventRecord) -> frozenset[str]:
    """Who a plan is with: its parties (stored, merged across sources, correctable). A plan's successor is a
    later plan of the same parties; a plan with no parties is never anyone's successor."""
    return frozenset(ev.parties)


# --------------------------------------------------------------------------- the index


class EventIndex:
    """Events arranged by the days they can be reminded of. Built once per planning run, O(events)."""

    def __init__(self, events: Iterable[EventRecord], after: dt.date | None = None) -> None:
        """``after``: one-off days before it are not kept (a planner never looks back that far)."""
        self.after = after or dt.date.min
        self.yearly: dict[tuple[int, int], list[tuple[EventRecord, int | None, str]]] = defaultdict(list)
        self.by_day: dict[dt.date, list[EventRecord]] = defaultdict(list)
        # known only to the year (month 1) or month: (month, year % 5) → [(event, year)]
        self.coarse: dict[tuple[int, int], list[tuple[EventRecord, int]]] = defaultdict(list)
        self.deadlines: dict[dt.date, list[EventRecord]] = defaultdict(list)
        # the latest deadline of the plans of each set of parties (plans with no parties are left out)
        self.latest_plan: dict[frozenset[str], dt.date] = {}
        for ev in events:
            if not ev.hidden:
                self._add(ev)

    def _add(self, ev: EventRecord) -> None:
        y, m, d = parse_point(ev.start)
        if ev.type == "plan":
            period = ev.end or ev.start or ""
            coarse = bool(ev.end) or "/" in period or bool(YEAR.match(period) or MONTH.match(period))
            end = last_day(period) if coarse else None
            if end is not None:
                if end >= self.after:
                    self.deadlines[end].append(ev)
                who = partners(ev)
                if who and end > self.latest_plan.get(who, dt.date.min):
                    self.latest_plan[who] = end
            return
        yearly = ev.recurrence == "yearly"
        if ev.type in ANNIVERSARY_TYPES:
            origin = anniversary_origin(ev)  # the calendar's rule: anniversaries.ics and the emails agree
            if origin is not None:
                day0 = origin[0]
                self._yearly(ev, day0.month, day0.day, day0.year, "anniversary")
            elif yearly and m is not None and d is not None:
                self._yearly(ev, m, d, None, "upcoming")  # a yearly day with no known first year
            elif y is not None and (m is None or d is None):
                self.coarse[(m or 1, y % 5)].append((ev, y))
            return
        if yearly and ev.type in UPCOMING_TYPES and m is not None and d is not None:
            self._yearly(ev, m, d, None, "upcoming")
            return
        if ev.type in UPCOMING_TYPES and y is not None and m is not None and d is not None:
            day = on(y, m, d)
            if day is not None and day >= self.after:
                self.by_day[day].append(ev)

    def _yearly(self, ev: EventRecord, month: int, day: int, base: int | None, kind: str) -> None:
        self.yearly[(month, day)].append((ev, base, kind))
        if (month, day) == (2, 29):  # 28 February in common years, like the feeds
            self.yearly[(2, 28)].append((ev, base, kind + "-leap"))

    def newer_plan(self, deadline: dt.date, who: frozenset[str]) -> bool:
        """A plan of the same parties ends after ``deadline`` (never for a plan with no parties)."""
        return bool(who) and self.latest_plan.get(who, dt.date.min) > deadline

    def on_day(self, day: dt.date) -> Iterator[Occurrence]:
        """Occurrences reminded of by leads counted back from ``day``."""
        for ev in self.by_day.get(day, ()):
            yield Occurrence(ev, "upcoming", day)
        for ev in self.deadlines.get(day, ()):
            yield Occurrence(ev, "deadline", day)
        for ev, base, kind in self.yearly.get((day.month, day.day), ()):
            if kind.endswith("-leap"):
                if calendar.isleap(day.year):
                    continue
                kind = kind[:-5]
            if base is not None and day.year <= base:
                continue  # an anniversary starts the year after
            if kind == "anniversary" and anniversary_on(ev, day.year) is None:
                continue  # a signed plan's period is over, or the event itself marks this year's
            n = None if base is None else day.year - base
            yield Occurrence(ev, kind, day, n, kind == "anniversary" and n is not None and n % 5 == 0)

    def on_anchor(self, anchor: dt.date) -> Iterator[Occurrence]:
        """Occurrences whose single reminder is anchored at ``anchor`` and moves forward."""
        for ev in self.deadlines.get(anchor - dt.timedelta(days=1), ()):
            if not self.newer_plan(anchor - dt.timedelta(days=1), partners(ev)):
                yield Occurrence(ev, "overdue", anchor - dt.timedelta(days=1))
        if anchor.day == 1:
            for ev, y in self.coarse.get((anchor.month, anchor.year % 5), ()):
                n = anchor.year - y
                if n > 0:
                    yield Occurrence(ev, "jubilee-year", anchor, n, True)


# --------------------------------------------------------------------------- planning


def index_after(now: dt.datetime, lookback: dt.timedelta = LOOKBACK) -> dt.date:
    """The first day an index for planning at ``now`` must keep one-off events from."""
    return (now - lookback).date() - dt.timedelta(days=MAX_SHIFT + 2)


def _groups(subs: Iterable[Subscriber]) -> dict[Profile, dict[str | None, tuple[Subscriber, ...]]]:
    """profile → event type → the subscribers of that profile who want that type."""
    out: dict[Profile, dict[str, list[Subscriber]]] = defaultdict(lambda: defaultdict(list))
    for s in subs:
        wanted = s.types or frozenset(("meeting", "visit", "fair", "festival", "commemoration", "agreement",
                                       "plan", "other"))
        for t in wanted:
            out[s.profile][t].append(s)
    return {p: {t: tuple(v) for t, v in by_t.items()} for p, by_t in out.items()}


def window_start(now: dt.datetime, since: dt.datetime | None, lookback: dt.timedelta = LOOKBACK) -> dt.datetime:
    """Where planning at ``now`` begins: ``since`` (the previous run's end) clamped to the lookback."""
    return now - lookback if since is None or since < now - lookback or since > now else since


def plan(
    events: EventIndex | Iterable[EventRecord],
    subscribers: Iterable[Subscriber],
    now: dt.datetime,
    since: dt.datetime | None = None,
    *,
    until: dt.datetime | None = None,
    grace: dt.timedelta = GRACE,
    lookback: dt.timedelta = LOOKBACK,
) -> Iterator[DueGroup]:
    """Yield the reminders that fell due in the window (``since``, ``until`` or ``now``], by profile.

    ``since`` is the end of the previous planning run (None: ``now - lookback``), clamped to that
    lookback so a long outage records at most ``lookback`` of missed reminders. Whether a reminder is
    superseded or missed is judged at ``now``; ``until`` lets a caller walk a long window in pieces.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    index = events if isinstance(events, EventIndex) else EventIndex(events, index_after(now, lookback))
    start = window_start(now, since, lookback)
    end = now if until is None else min(until, now)
    if start >= end:
        return
    for profile, by_type in _groups(subscribers).items():
        yield from _plan_profile(index, profile, by_type, now, (start, end), grace)


def _theirs(subs: tuple[Subscriber, ...], ev: EventRecord) -> tuple[Subscriber, ...]:
    """The subscribers who want this event's parties (those who chose none want every party's)."""
    if not any(s.parties for s in subs):
        return subs
    return tuple(s for s in subs if not s.parties or not s.parties.isdisjoint(ev.parties))


def _plan_profile(
    index: EventIndex,
    prof: Profile,
    by_type: dict[str | None, tuple[Subscriber, ...]],
    now: dt.datetime,
    span: tuple[dt.datetime, dt.datetime],
    grace: dt.timedelta,
) -> Iterator[DueGroup]:
    tz = ZoneInfo(prof.tz)
    first = span[0].astimezone(tz).date()
    last = span[1].astimezone(tz).date()
    # leads counted back from a day, moved to the previous working day
    all_leads = sorted(set(prof.leads_for(True)) | set(prof.leads_for(False)))
    for lead in all_leads:
        for off in range((last - first).days + MAX_SHIFT + 1):
            day = first + dt.timedelta(days=lead + off)
            for occ in index.on_day(day):
                leads = prof.leads_for(occ.kind == "deadline" or occ.jubilee)
                if lead not in leads:
                    continue
                g = _due(occ, lead, leads, prof, by_type, now, span, grace)
                if g is not None:
                    yield g
    # single reminders anchored at a day and moved forward (overdue notices, jubilee-year starts)
    for off in range(-MAX_SHIFT, (last - first).days + 1):
        anchor = first + dt.timedelta(days=off)
        for occ in index.on_anchor(anchor):
            subs = _theirs(by_type.get(occ.event.type, ()), occ.event)
            if not subs:
                continue
            due = at(working_day(anchor, prof.country, forward=True), prof.hour, prof.tz)
            if not (span[0] < due <= span[1]):
                continue
            lead = -1 if occ.kind == "overdue" else 0
            before = due + (OVERDUE_GRACE if occ.kind == "overdue" else grace)
            yield DueGroup(occ, lead, due, before, now >= before, subs)


def _due(
    occ: Occurrence,
    lead: int,
    leads: tuple[int, ...],
    prof: Profile,
    by_type: dict[str | None, tuple[Subscriber, ...]],
    now: dt.datetime,
    span: tuple[dt.datetime, dt.datetime],
    grace: dt.timedelta,
) -> DueGroup | None:
    subs = _theirs(by_type.get(occ.event.type, ()), occ.event)
    if not subs:
        return None

    def due_of(lead_: int) -> dt.datetime:
        return at(working_day(occ.day - dt.timedelta(days=lead_), prof.country), prof.hour, prof.tz)

    due = due_of(lead)
    if not (span[0] < due <= span[1]):
        return None
    later = [x for x in leads if x < lead]  # smaller leads come later
    nxt = due_of(max(later)) if later else None
    if nxt is not None and nxt <= now:
        return None  # superseded by a later lead that is already due
    # never "tomorrow" on the day itself: a lead > 0 expires when its day begins, a lead 0 when it ends
    day_begins = at(occ.day + dt.timedelta(days=0 if lead > 0 else 1), 0, prof.tz)
    before = min(due + grace, day_begins)
    if nxt is not None:
        before = min(before, nxt)
    return DueGroup(occ, lead, due, before, now >= before, subs)
