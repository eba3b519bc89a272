"""Reminder rules, pure: hand-made events and subscribers, the clock passed in."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from scheduler.records import EventRecord
from scheduler.reminders.planning import EventIndex, Subscriber, partners, plan, working_day

MINSK = ZoneInfo("Europe/Minsk")
UTC = dt.timezone.utc  # noqa: UP017


def at(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=MINSK)


def ev(id_: int, type_: str, title: str, start: str | None, end: str | None = None, **kw: object) -> EventRecord:
    return EventRecord(id_, f"uid-{id_}", type_, title, start, end, **kw)  # type: ignore[arg-type]


KURSK = ("Республика Беларусь", "Курская область")
PLAN = ev(1, "plan", "План мероприятий на 2023-2025 годы с Курской областью", "2023", "2025", parties=KURSK)
UNITY = ev(2, "commemoration", "День единения народов Беларуси и России", "XXXX-04-02", recurrence="yearly",
           first_year=1996)
TREATY = ev(3, "agreement", "Подписание Соглашения о сотрудничестве", "2020-09-29")
OLD = ev(4, "agreement", "Подписание соглашения о сотрудничестве с Курской областью", "2002")
MEETING = ev(5, "meeting", "Заседание совместной рабочей группы", "2026-05-20")
SUB = Subscriber("a@example.org")


def due(events: list[EventRecord], now: str, subs: tuple[Subscriber, ...] = (SUB,), since: str | None = None):
    return [(g.occurrence.kind, g.occurrence.event.id, g.occurrence.day.isoformat(), g.lead, g.missed)
            for g in plan(events, subs, at(now), at(since) if since else None)]


@pytest.mark.parametrize(("now", "expected"), [
    ("2025-10-02T09:00", [("deadline", 1, "2025-12-31", 90, False)]),
    ("2025-12-01T09:00", [("deadline", 1, "2025-12-31", 30, False)]),
    ("2025-12-24T09:00", [("deadline", 1, "2025-12-31", 7, False)]),
    ("2025-12-30T09:00", [("deadline", 1, "2025-12-31", 1, False)]),
    ("2025-12-30T08:59", []),  # the hour has not come (first run: nothing earlier left to send)
    # overdue: 1 and 2 January are holidays in Belarus, then a weekend: Monday the 5th
    ("2026-01-05T09:00", [("overdue", 1, "2025-12-31", -1, False)]),
], ids=["90d", "30d", "7d", "1d", "before-hour", "overdue-next-working-day"])
def test_plan_deadline_leads(now: str, expected: list) -> None:
    got = [d for d in due([PLAN], now, since=None) if not d[4]]
    assert got == expected


def test_overdue_is_silenced_by_a_later_plan_of_the_same_parties_only() -> None:
    newer = ev(9, "plan", "План мероприятий на 2026-2028 годы", "2026", "2028", parties=KURSK)
    other = ev(10, "plan", "План мероприятий на 2026-2028 годы", "2026", "2028",
               parties=("Витебская область", "Брянская область"))
    nobody = ev(11, "plan", "План мероприятий на 2026-2028 годы", "2026", "2028")
    assert partners(PLAN) == partners(newer) and partners(PLAN) != partners(other)
    assert [d[0] for d in due([PLAN, newer], "2026-01-05T09:00") if not d[4]] == []
    assert [d[0] for d in due([PLAN, other], "2026-01-05T09:00") if not d[4]] == ["overdue"]
    assert [d[0] for d in due([PLAN, nobody], "2026-01-05T09:00") if not d[4]] == ["overdue"]
    # two plans with no parties: neither is the other's successor
    alone = ev(12, "plan", "План мероприятий на 2023-2025 годы", "2023", "2025")
    assert [d[:2] for d in due([alone, nobody], "2026-01-05T09:00") if not d[4]] == [("overdue", 12)]


def test_unity_day_is_reminded_as_the_day_itself() -> None:
    # a recurring day has no ordinal (issue 12): «День единения…», the short leads of an upcoming day
    assert due([UNITY], "2026-04-01T09:00") == [("upcoming", 2, "2026-04-02", 1, False)]
    assert due([UNITY], "2026-03-26T09:00") == [("upcoming", 2, "2026-04-02", 7, False)]
    assert due([UNITY], "2025-12-31T09:00") == []  # no 90-day lead: it is no anniversary


def test_no_anniversary_of_a_signed_plan_whose_period_is_over() -> None:
    signed = ev(6, "agreement", "Подписание Плана мероприятий на 2017-2019 годы", "2017-06-29")
    assert due([signed], "2019-06-28T09:00") == [("anniversary", 6, "2019-06-29", 1, False)]
    assert due([signed], "2020-06-26T09:00") == []  # 26 June 2020 is a Friday: the 1-day lead of the 29th


def test_year_only_agreement_reminds_at_the_start_of_a_jubilee_year() -> None:
    # 2027 - 2002 = 25; 1 January 2027 is a Friday holiday, then a weekend: Monday the 4th
    assert due([OLD], "2027-01-04T09:00") == [("jubilee-year", 4, "2027-01-01", 0, False)]
    assert due([OLD], "2026-01-05T09:00") == []  # 24 years: not a jubilee


@pytest.mark.parametrize(("country", "day", "expected"), [
    ("BY", "2026-01-11", "2026-01-09"),  # Sunday → Friday
    ("RU", "2026-01-11", "2025-12-30"),  # Russia rests 31 December 2025 – 11 January 2026
    ("BY", "2026-01-07", "2026-01-06"),  # Orthodox Christmas
    ("BY", "2025-12-20", "2025-12-20"),  # a Saturday worked in Belarus (transfer for 26 December)
], ids=["by-weekend", "ru-new-year", "by-christmas", "by-working-saturday"])
def test_working_day_moves_back_over_holidays_and_transfers(country: str, day: str, expected: str) -> None:
    assert working_day(dt.date.fromisoformat(day), country).isoformat() == expected


def test_country_and_hour_of_the_subscriber_decide_the_time() -> None:
    ru = Subscriber("r@example.org", country="RU", hour=10, tz="Europe/Moscow")
    meeting = ev(6, "meeting", "Заседание", "2026-01-12")  # lead 1 → 11 Jan, a Sunday in the RU holidays
    got = list(plan([meeting], [ru], at("2025-12-30T10:00")))
    assert [(g.lead, g.due_at.astimezone(ZoneInfo("Europe/Moscow")).isoformat()) for g in got] == [
        (1, "2025-12-30T10:00:00+03:00")]


def test_after_downtime_only_the_latest_lead_and_never_late_without_saying_so() -> None:
    # scheduler down from before D-30 to D-5: the 30-day one is superseded, the 7-day one is two days late
    assert due([MEETING], "2026-05-15T09:00") == [("upcoming", 5, "2026-05-20", 7, True)]
    # a subscriber with leads 30,7 only, back the day before: "in 7 days" is never sent the day before
    two = Subscriber("b@example.org", leads=(30, 7))
    assert due([MEETING], "2026-05-19T09:00", (two,)) == [("upcoming", 5, "2026-05-20", 7, True)]
    # within grace it still goes
    assert due([MEETING], "2026-05-13T20:00") == [("upcoming", 5, "2026-05-20", 7, False)]


def test_rerun_with_the_same_window_gives_nothing() -> None:
    assert due([PLAN], "2025-12-01T09:00", since="2025-12-01T09:00") == []
    assert due([PLAN], "2025-12-01T09:00", since="2025-12-01T08:00") == [("deadline", 1, "2025-12-31", 30, False)]


def test_types_hidden_and_fan_out_by_profile() -> None:
    only_plans = Subscriber("p@example.org", types=frozenset({"plan"}))
    assert due([UNITY], "2026-04-01T09:00", (only_plans,)) == []
    hidden = ev(7, "meeting", "Скрытое", "2026-05-20", hidden=True)
    assert due([hidden], "2026-05-19T09:00") == []
    subs = (SUB, Subscriber("c@example.org"), Subscriber("d@example.org", hour=11))
    groups = list(plan([MEETING], subs, at("2026-05-19T12:00"), at("2026-05-19T08:00")))
    assert sorted(len(g.recipients) for g in groups) == [1, 2]  # one group a profile, not one a person
    keys = {g.key(s.email) for g in groups for s in g.recipients}
    assert len(keys) == 3


def test_february_29_falls_on_28_in_common_years() -> None:
    leap = ev(8, "agreement", "Подписание Соглашения", "2016-02-29")
    assert due([leap], "2027-02-26T09:00") == [("anniversary", 8, "2027-02-28", 1, False)]  # Sat 27 → Fri 26
    assert due([leap], "2028-02-28T09:00") == [("anniversary", 8, "2028-02-29", 1, False)]


def test_upcoming_in_the_past_or_without_a_day_is_not_reminded() -> None:
    vague = ev(11, "visit", "Визит", "2026-05")
    assert due([vague, MEETING], "2026-05-19T09:00") == [("upcoming", 5, "2026-05-20", 1, False)]
    assert due([MEETING], "2026-07-01T09:00") == []


@settings(max_examples=40, deadline=None)
@given(day=st.dates(dt.date(2025, 1, 20), dt.date(2027, 12, 1)), step_h=st.integers(1, 12),
       country=st.sampled_from(["BY", "RU"]))
def test_ticking_through_time_sends_every_lead_exactly_once(day: dt.date, step_h: int, country: str) -> None:
    """Consecutive windows (since = the previous now) partition time: each lead at most once, none missed.

    Two leads moved onto the same working day (e.g. 7 and 1 days before 6 January in Russia) collapse
    into the later one: one email that morning, not two.
    """
    meeting = ev(12, "meeting", "Заседание", day.isoformat())
    sub = Subscriber("t@example.org", country=country)
    index = EventIndex([meeting])
    now = dt.datetime.combine(day - dt.timedelta(days=50), dt.time(0), MINSK)
    since = None
    got = []
    while now.date() <= day:
        got += [(g.lead, g.missed, g.due_at) for g in plan(index, [sub], now, since)]
        since, now = now, now + dt.timedelta(hours=step_h)
    leads = [g[0] for g in got]
    assert leads in ([30, 7, 1], [30, 1], [7, 1], [1]) and leads[-1] == 1
    assert not any(g[1] for g in got)
    assert len({g[2] for g in got}) == len(got)
