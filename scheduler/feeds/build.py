"""The iCalendar feeds: EventRecords and a clock in, bytes out (pure, deterministic).

Feeds (see docs/feeds.md):

- ``all.ics``: every event; ``<type>.ics`` for each type (meeting, visit, fair, festival,
  commemoration, agreement, plan);
- ``anniversaries.ics``: one event a year for each signing (type agreement) and each
  commemoration with a known origin year, titled "30-летие …" / "6-я годовщина …";
- ``deadlines.ics``: the last day of each action plan and its lead-up (90, 30 and 7 days before);
- ``region/<slug>.ics`` (``build_feed("region", …, party=…)``): one party's events, anniversaries and
  plan deadlines; ``party=`` narrows any other feed to one party's events the same way.

Dates: a day-precise event is an all-day event (exclusive DTEND), or a timed one in
Europe/Minsk (one hour) when the text gives a time. A yearly day ("XXXX-MM-DD") repeats by
RRULE. An event known only to the month or year does not pretend to a day: it is an all-day
marker on the first day of that month/year with the precision in the summary
("… (июнь 2022, день не указан)"). A hidden event stays as STATUS:CANCELLED for
``CANCELLED_DAYS`` after it was hidden, then drops out. Everything that varies (DTSTAMP,
LAST-MODIFIED, SEQUENCE, UID) comes from the record; identical input gives identical bytes.
"""

from __future__ import annotations

import datetime as dt
import gc
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache
from operator import itemgetter
from urllib.parse import quote
from zoneinfo import ZoneInfo

from ..errors import FeedError
from ..records import EventRecord
from ..rules.anniversaries import (
    ANNIVERSARY_AFTER,
    ANNIVERSARY_BEFORE,
    anchor_year,
    anniversaries_between,
    anniversary_origin,
    present_year,
    yearly_day,
)
from ..rules.deadlines import DEADLINE_LEADS, plan_last_day, plan_name
from ..rules.parties import region_list
from ..rules.spans import Span, parse_span
from .ics import Prop, calendar_bytes, component_fast
from .ru_numbers import anniversary_title, days_phrase, is_jubilee, years_phrase

TZID = "Europe/Minsk"
MINSK = ZoneInfo(TZID)
UTC = dt.timezone.utc  # noqa: UP017 (Python 3.10)
PRODID = "-//presscal//presscal 0.1//RU"
REFRESH = dt.timedelta(hours=6)
CANCELLED_DAYS = 30
TIMED_DURATION = dt.timedelta(hours=1)
EPOCH = dt.datetime(2000, 1, 1, tzinfo=UTC)  # DTSTAMP of a record that carries no change time

TYPE_LABELS = {
    "meeting": "Встреча", "visit": "Визит", "fair": "Выставка", "festival": "Фестиваль",
    "commemoration": "Памятная дата", "agreement": "Подписание", "plan": "План мероприятий", "other": "Событие",
}
TYPE_FEEDS = ("meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan")
FEEDS: dict[str, tuple[str, str]] = {
    "all": ("Беларусь и регионы России: все события", "Встречи, визиты, выставки, фестивали, памятные даты, подписания и планы"),
    "meeting": ("Встречи и заседания", "Заседания рабочих групп, переговоры, встречи"),
    "visit": ("Визиты делегаций", "Визиты официальных делегаций"),
    "fair": ("Выставки и ярмарки", "Выставки, ярмарки, форумы"),
    "festival": ("Фестивали", "Фестивали и праздники"),
    "commemoration": ("Памятные даты", "Памятные и праздничные дни"),
    "agreement": ("Подписания соглашений", "Подписания договоров, соглашений, меморандумов"),
    "plan": ("Планы мероприятий", "Начало периода действия планов и программ сотрудничества"),
    "anniversaries": ("Годовщины", "Годовщины подписаний и памятных событий"),
    "deadlines": ("Сроки планов", "Окончание планов мероприятий и напоминания о подготовке новых"),
}
FEED_NAMES = tuple(FEEDS)

_MONTHS = ("январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь",
           "ноябрь", "декабрь")


def uid_of(record: EventRecord, suffix: str = "") -> str:
    """The feed UID: the record's stable uid (plus a suffix for derived events), with a domain."""
    local, _, domain = record.uid.partition("@")
    return f"{local}{suffix}@{domain or 'presscal'}"


def stamp(record: EventRecord) -> dt.datetime:
    """DTSTAMP of a record's events: its last change (or hiding), UTC, whole seconds; never the clock."""
    times = [_utc(t) for t in (record.last_modified, record.created, record.hidden_at if record.hidden else None) if t]
    return max(times) if times else EPOCH


@lru_cache(maxsize=65536)
def _utc(t: dt.datetime) -> dt.datetime:
    return t.astimezone(UTC).replace(microsecond=0)


def _precision_note(span: Span) -> str:
    if span.precision == "month":
        months = _MONTHS[span.first.month - 1]
        if (span.first.year, span.first.month) != (span.last.year, span.last.month):
            months = f"{months} {span.first.year} – {_MONTHS[span.last.month - 1]} {span.last.year}"
            return f"{months}, день не указан"
        return f"{months} {span.first.year}, день не указан"
    if span.first.year != span.last.year:
        return f"{span.first.year}–{span.last.year} гг., дата не указана"
    return f"{span.first.year} год, дата не указана"


def _description(record: EventRecord, lead: str = "", brief: bool = False) -> str:
    """Lead line, the evidence sentence, participants and sources (``brief``: lead and sources only)."""
    lines = [lead] if lead else []
    if brief:
        return "\n".join(lines + [f"Источник: {record.public_source}"] if record.sources else lines)
    if record.evidence:
        lines.append(f"«{record.evidence.strip()}»")
    if record.participants:
        lines.append("Участники: " + ", ".join(record.participants))
    for s in record.sources:
        where = s.public  # the address, else the file's name: never a local folder
        lines.append(f"Источник: {where}" + (f" ({s.published})" if s.published else ""))
    return "\n".join(lines)


_URL_SAFE = ":/?#[]@!$&'()*+,;=%~"  # reserved characters stay; other non-ASCII is percent-encoded (RFC 3986)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _clean(text: str) -> str:
    """Text safe for a content line: control characters (other than line breaks and tab) become spaces."""
    return _CONTROL.sub(" ", text) if _CONTROL.search(text) else text


def _common(record: EventRecord, uid: str, summary: str, categories: list[str], description: str) -> list[Prop]:
    summary, description = _clean(summary), _clean(description)
    props: list[Prop] = [("UID", uid), ("DTSTAMP", stamp(record)), ("SEQUENCE", record.sequence)]
    props.append(("SUMMARY", ("Отменено: " + summary) if record.hidden else summary))
    if record.last_modified:
        props.append(("LAST-MODIFIED", _utc(record.last_modified)))
    if record.created:
        props.append(("CREATED", _utc(record.created)))
    if record.location:
        props.append(("LOCATION", _clean(record.location)))
    url = record.url
    if url and url.startswith(("http://", "https://")) and not re.search(r"\s", url):
        props.append(("URL", url if url.isascii() else quote(url, safe=_URL_SAFE)))
    props.append(("CATEGORIES", categories))
    if description:
        props.append(("DESCRIPTION", description))
    props.append(("STATUS", "CANCELLED" if record.hidden else "CONFIRMED"))
    return props


def _all_day(first: dt.date, last: dt.date) -> list[Prop]:
    return [("DTSTART", first), ("DTEND", last + dt.timedelta(days=1)), ("TRANSP", "TRANSPARENT")]


def event_props(record: EventRecord) -> tuple[dt.date, list[Prop]] | None:
    """The VEVENT of one record (its first day for sorting), or None when it has no day at all."""
    span = parse_span(record.start, record.end)
    if span is None:
        return None
    summary = record.title.strip() or TYPE_LABELS.get(record.type, "Событие")
    lead = ""
    if record.type == "plan" and span.precision in ("month", "year"):
        period = _precision_note(span).split(",")[0]
        summary = f"{summary} (действует: {period})"
        lead = f"Период действия плана: {period}; отмечено начало периода."
    elif span.precision in ("month", "year"):
        note = _precision_note(span)
        summary = f"{summary} ({note})"
        lead = f"Точная дата в источнике не указана ({note}); событие отмечено на первый день периода."
    cats = [TYPE_LABELS.get(record.type, "Событие")]
    props = _common(record, uid_of(record), summary, cats, _description(record, lead))
    if span.precision == "yearly" or (record.recurrence == "yearly" and span.precision == "day"):
        year = anchor_year(record, span.first)
        first = yearly_day(year, span.first.month, span.first.day)
        props += _all_day(first, first)
        rule: dict[str, object] = {"FREQ": "YEARLY"}
        if (span.first.month, span.first.day) == (2, 29):
            rule.update({"BYMONTH": 2, "BYMONTHDAY": -1})  # 28 February in common years
        props.append(("RRULE", rule))
        return first, props
    if span.precision == "day" and span.first == span.last and record.time and _time(record.time):
        start = dt.datetime.combine(span.first, _time(record.time), MINSK)  # type: ignore[arg-type]
        props += [("DTSTART", start), ("DTEND", start + TIMED_DURATION)]
        return span.first, props
    if span.precision == "day":
        props += _all_day(span.first, span.last)
    else:
        props += _all_day(span.first, span.first)
    return span.first, props


def _time(value: str) -> dt.time | None:
    m = re.fullmatch(r"(\d{1,2}):(\d{2})", value.strip())
    if not m or int(m.group(1)) > 23 or int(m.group(2)) > 59:
        return None
    return dt.time(int(m.group(1)), int(m.group(2)))


# --------------------------------------------------------------------------- derived feeds


def anniversary_events(records: Sequence[EventRecord]) -> list[tuple[dt.date, list[Prop]]]:
    """One VEVENT per year around the newest date in the store, with the Russian ordinal
    (``rules.anniversaries.anniversaries_between``: one per day and origin, none for a recurring day)."""
    horizon = present_year(records)
    if horizon is None:
        return []
    out: list[tuple[dt.date, list[Prop]]] = []
    first = dt.date(max(1, horizon - ANNIVERSARY_BEFORE), 1, 1)
    last = dt.date(min(9998, horizon + ANNIVERSARY_AFTER), 12, 31)
    for day, n, name, r in anniversaries_between(records, first, last):
        origin = anniversary_origin(r)
        day0 = origin[0] if origin else day
        cats = ["Годовщина", TYPE_LABELS[r.type]] + (["Юбилей"] if is_jubilee(n) else [])
        lead = f"{years_phrase(n)} со дня {day0:%d.%m.%Y}."
        props = _common(r, uid_of(r, f"-anniversary-{day.year}"), anniversary_title(n, name), cats,
                        _description(r, lead, brief=True))
        out.append((day, props + _all_day(day, day)))
    return out


def deadline_events(records: Sequence[EventRecord]) -> list[tuple[dt.date, list[Prop]]]:
    """The last day of each action plan, and reminders 90, 30 and 7 days before it."""
    out: list[tuple[dt.date, list[Prop]]] = []
    for r in records:
        last = plan_last_day(r)
        if last is None:
            continue
        cats = ["Срок", TYPE_LABELS["plan"]]
        name = plan_name(r)
        summary = f"Истекает срок: {name}"
        lead = f"Последний день действия плана: {last:%d.%m.%Y}."
        try:
            items = [(last, _common(r, uid_of(r, "-deadline"), summary, cats, _description(r, lead))
                      + _all_day(last, last))]
            for days in DEADLINE_LEADS:
                day = last - dt.timedelta(days=days)
                summary = f"До окончания плана {days_phrase(days)}: {name}"
                lead = f"План действует до {last:%d.%m.%Y}; пора готовить новый план."
                props = _common(r, uid_of(r, f"-deadline-{days}"), summary, cats, _description(r, lead))
                items.append((day, props + _all_day(day, day)))
        except OverflowError:  # a plan ending on 9999-12-31 or starting in year 1: no feed can say it
            continue
        out.extend(items)
    return out


# --------------------------------------------------------------------------- feeds


def visible(records: Iterable[EventRecord], now: dt.datetime) -> list[EventRecord]:
    """Records a feed shows: shown ones, and hidden ones for CANCELLED_DAYS after hiding."""
    limit = now.astimezone(UTC) - dt.timedelta(days=CANCELLED_DAYS)
    out = []
    for r in records:
        if r.hidden:
            when = r.hidden_at or r.last_modified
            if when is None or when.astimezone(UTC) < limit:
                continue
        out.append(r)
    return out


def feed_items(name: str, records: Sequence[EventRecord], now: dt.datetime) -> list[tuple[dt.date, list[Prop]]]:
    """The (first day, properties) of every VEVENT of a feed, unsorted."""
    if name not in FEEDS:
        raise FeedError(f"unknown feed {name!r}; feeds: {', '.join(FEED_NAMES)}")
    if now.tzinfo is None:
        raise FeedError(f"now must be an aware datetime, got {now.isoformat()}")
    shown = visible(records, now)
    if name == "anniversaries":
        return anniversary_events(shown)
    if name == "deadlines":
        return deadline_events(shown)
    if name != "all":
        shown = [r for r in shown if r.type == name]
    return [item for r in shown if (item := _props_or_none(r)) is not None]


def _props_or_none(record: EventRecord) -> tuple[dt.date, list[Prop]] | None:
    """``event_props``, or None for a day at the calendar's very end (DTEND would be past 9999-12-31):
    one such record, written before corrected dates were bounded, must not break the whole feed."""
    try:
        return event_props(record)
    except OverflowError:
        return None


def region_title(party: str) -> tuple[str, str]:
    """The name and description of a region's calendar."""
    return (f"{party}: события, годовщины и сроки планов",
            f"Сотрудничество Беларуси и регионов России — {party}: события, годовщины подписаний и сроки планов")


def regions(records: Iterable[EventRecord]) -> list[tuple[str, str, int]]:
    """(party, slug, number of events) of every party that has a shown event, by name."""
    return region_list(records)


def build_feed(name: str, records: Sequence[EventRecord], *, now: dt.datetime,
               types: Sequence[str] | None = None, since: dt.date | None = None,
               source_url: str | None = None, party: str | None = None) -> bytes:
    """The bytes of one feed, optionally only some types, one party's events and events ending on/after ``since``.

    ``name`` is a feed of FEED_NAMES or ``"region"``: one party's events, their anniversaries and its plans'
    deadlines in one calendar (``party`` required).

    The cyclic garbage collector is paused meanwhile: building allocates millions of small
    acyclic objects, and its passes cost a fifth of the time of a 100,000-event feed.
    """
    paused = gc.isenabled()
    gc.disable()
    try:
        return _build_feed(name, records, now, types, since, source_url, party)
    finally:
        if paused:
            gc.enable()


# A VEVENT ready to join a feed: (first day, UID, bytes, DTSTART's day if timed, last day, recurring)
Item = tuple[dt.date, str, bytes, "dt.date | None", dt.date, bool]
SERIALIZED_MAX = 500_000  # events whose serialized VEVENT is kept (about 600 bytes each); beyond, start again
_serialized: dict[str, tuple[int, EventRecord, Item | None]] = {}  # uid -> (sequence, record, its VEVENT)


def _item(day: dt.date, props: list[Prop]) -> Item:
    timed = props[-2][1].date() if type(props[-2][1]) is dt.datetime else None  # event_props ends with DTSTART, DTEND
    return (day, props[0][1], component_fast(props), timed, _last_day(props), any(k == "RRULE" for k, _ in props))


def event_item(record: EventRecord) -> Item | None:
    """The serialized VEVENT of one record, kept by uid and sequence: a feed built again after one change
    serializes only that event (a 100,000-event feed in well under a second). A record of the same uid and
    sequence but other content (tests build such) is serialized anew: the entry keeps the record it is of."""
    entry = _serialized.get(record.uid)
    if entry is not None and entry[0] == record.sequence and (entry[1] is record or entry[1] == record):
        return entry[2]
    found = _props_or_none(record)
    item = _item(*found) if found is not None else None
    if len(_serialized) >= SERIALIZED_MAX:
        _serialized.clear()
    _serialized[record.uid] = (record.sequence, record, item)
    return item


def forget_serialized() -> None:
    """Drop every kept VEVENT (bench/serve.py times a build from nothing)."""
    _serialized.clear()


def _items(name: str, records: Sequence[EventRecord], now: dt.datetime) -> list[Item]:
    """The VEVENTs of one feed of FEED_NAMES: the events' own from the kept bytes, derived ones made here."""
    if name in ("anniversaries", "deadlines"):
        return [_item(d, p) for d, p in feed_items(name, records, now)]
    feed_items(name, (), now)  # checks the name and the clock
    shown = visible(records, now)
    if name != "all":
        shown = [r for r in shown if r.type == name]
    return [item for r in shown if (item := event_item(r)) is not None]


def _build_feed(name: str, records: Sequence[EventRecord], now: dt.datetime, types: Sequence[str] | None,
                since: dt.date | None, source_url: str | None, party: str | None) -> bytes:
    if types:
        records = [r for r in records if r.type in types]
    if party is not None:
        records = [r for r in records if party in r.parties]
    if name == "region":
        if party is None:
            raise FeedError("a region's feed needs a party")
        items = [it for n in ("all", "anniversaries", "deadlines") for it in _items(n, records, now)]
        title, desc = region_title(party)
    else:
        items = _items(name, records, now)
        title, desc = FEEDS[name]
    if since is not None:
        items = [it for it in items if it[4] >= since or it[5]]
    items.sort(key=itemgetter(0, 1))  # (first day, UID)
    timed = [it[3] for it in items if it[3] is not None]
    header: list[Prop] = [
        ("VERSION", "2.0"), ("PRODID", PRODID), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH"),
        ("NAME", title), ("X-WR-CALNAME", title), ("DESCRIPTION", desc), ("X-WR-CALDESC", desc),
        ("REFRESH-INTERVAL", REFRESH), ("X-PUBLISHED-TTL", "PT6H"), ("X-WR-TIMEZONE", TZID),
    ]
    if source_url:
        header.append(("SOURCE", source_url))
    tz_first = dt.date(min(timed).year, 1, 1) if timed else None
    return calendar_bytes(header, map(itemgetter(2), items), tz_first)


def _last_day(props: list[Prop]) -> dt.date:
    end = next((v for k, v in props if k == "DTEND"), None)
    if isinstance(end, dt.datetime):
        return end.date()
    if isinstance(end, dt.date):
        return end - dt.timedelta(days=1)
    return next(v for k, v in props if k == "DTSTART")


def build_all(records: Sequence[EventRecord], *, now: dt.datetime) -> dict[str, bytes]:
    """Every feed by file name ("all.ics" …)."""
    return {f"{name}.ics": build_feed(name, records, now=now) for name in FEED_NAMES}


def event_calendar(record: EventRecord) -> bytes:
    """One event as a METHOD:PUBLISH calendar (same UID as in the feeds), e.g. for an email attachment."""
    item = event_props(record)
    if item is None:
        raise FeedError(f"event {record.id} ({record.uid}) has no day to put in a calendar: start={record.start!r}")
    _, props = item
    timed = [v.date() for k, v in props if k == "DTSTART" and isinstance(v, dt.datetime)]
    header: list[Prop] = [("VERSION", "2.0"), ("PRODID", PRODID), ("CALSCALE", "GREGORIAN"), ("METHOD", "PUBLISH")]
    return calendar_bytes(header, [component_fast(props)], dt.date(timed[0].year, 1, 1) if timed else None)


def upcoming_derived(records: Sequence[EventRecord], today: dt.date, days: int) -> list[tuple[dt.date, str, EventRecord]]:
    """Anniversaries and plan deadlines in [today, today + days): (day, title, record), for the web page."""
    until = today + dt.timedelta(days=days)
    shown = [r for r in records if not r.hidden]
    out: list[tuple[dt.date, str, EventRecord]] = [
        (day, anniversary_title(n, name), r)
        for day, n, name, r in anniversaries_between(shown, today, until - dt.timedelta(days=1))]
    for r in shown:
        last = plan_last_day(r)
        if last is not None and today <= last < until:
            out.append((last, f"Истекает срок: {plan_name(r)}", r))
    out.sort(key=lambda x: (x[0], x[1]))
    return out
