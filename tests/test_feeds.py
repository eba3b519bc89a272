"""feeds.py and ics.py: the tricky cases of iCalendar output, on records built here (no store)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random

import pytest
from dateutil.rrule import rrulestr
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar, Event, vText

from scheduler.errors import FeedError
from scheduler.feeds.build import (
    CANCELLED_DAYS,
    FEED_NAMES,
    build_all,
    build_feed,
    event_calendar,
    event_props,
    feed_items,
)
from scheduler.feeds.ics import component_fast, component_reference, escape_char, fold
from scheduler.records import EventRecord, SourceRef

UTC = dt.timezone.utc  # noqa: UP017
T0 = dt.datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
NOW = dt.datetime(2025, 3, 10, 12, 0, tzinfo=UTC)
SRC = (SourceRef("seeds/a.txt", "https://mpt.gov.by/ru/news/1", "2025-02-20", "Стороны подписали договор."),)


def rec(id: int, type: str, title: str, start: str | None, **kw: object) -> EventRecord:
    kw.setdefault("sources", SRC)
    kw.setdefault("created", T0)
    kw.setdefault("last_modified", T0)
    return EventRecord(id, f"evt-{id}", type, title, start, **kw)  # type: ignore[arg-type]


def vevents(data: bytes) -> list:
    return list(Calendar.from_ical(data).walk("VEVENT"))


def physical_lines(data: bytes) -> list[bytes]:
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    return data.split(b"\r\n")[:-1]


# --------------------------------------------------------------------------- folding and escaping


def test_cyrillic_folds_at_75_octets_without_splitting_a_character() -> None:
    title = "Заседание Совета по межрегиональному сотрудничеству Беларуси и Курской области " * 3
    data = build_feed("all", [rec(1, "meeting", title.strip(), "2025-06-26")], now=NOW)
    lines = physical_lines(data)
    assert max(len(line) for line in lines) <= 75
    for line in lines:
        line.decode("utf-8")  # raises if a fold split a two-byte letter
    folded = [line for line in lines if line.startswith(b" ")]
    assert folded, "a long Cyrillic summary must be folded"
    assert vevents(data)[0]["SUMMARY"] == title.strip()


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("aбЖ€😀\\^;,: ё1"), min_size=0, max_size=400))
def test_fold_and_escape_equal_icalendar(text: str) -> None:
    assert escape_char(text) == vText(text).to_ical().decode()
    ev = Event()
    ev.add("description", text)
    assert component_fast([("DESCRIPTION", text)]) == ev.to_ical()
    for part in fold("DESCRIPTION:" + escape_char(text)).split(b"\r\n"):
        assert len(part) <= 75
        part.decode("utf-8")


def test_commas_semicolons_newlines_are_escaped() -> None:
    title = "Форум: наука, образование; культура\nи спорт \\ итоги"
    data = build_feed("all", [rec(1, "fair", title, "2025-06-10", location="Минск, пр-т Победителей; 111")], now=NOW)
    text = data.decode().replace("\r\n ", "")
    assert "SUMMARY:Форум: наука\\, образование\\; культура\\nи спорт \\\\ итоги" in text
    assert "LOCATION:Минск\\, пр-т Победителей\\; 111" in text
    ev = vevents(data)[0]
    assert str(ev["SUMMARY"]) == title
    assert str(ev["LOCATION"]) == "Минск, пр-т Победителей; 111"


# --------------------------------------------------------------------------- identity and change


def test_edited_event_keeps_uid_and_gets_higher_sequence() -> None:
    before = rec(7, "meeting", "Заседание рабочей группы", "2025-06-26", sequence=1)
    after = dataclasses.replace(before, title="Заседание совместной рабочей группы", start="2025-06-27", sequence=2,
                                last_modified=T0 + dt.timedelta(days=2))
    (a,), (b,) = vevents(build_feed("all", [before], now=NOW)), vevents(build_feed("all", [after], now=NOW))
    assert a["UID"] == b["UID"] == "evt-7@presscal"
    assert int(b["SEQUENCE"]) > int(a["SEQUENCE"])
    assert b["DTSTAMP"].dt > a["DTSTAMP"].dt
    assert b["LAST-MODIFIED"].dt == T0 + dt.timedelta(days=2)


def test_hidden_event_is_cancelled_then_dropped() -> None:
    hidden_at = dt.datetime(2025, 3, 5, tzinfo=UTC)
    r = rec(3, "visit", "Визит делегации", "2025-04-01", hidden=True, hidden_at=hidden_at, sequence=1)
    (ev,) = vevents(build_feed("visit", [r], now=NOW))
    assert ev["STATUS"] == "CANCELLED"
    assert ev["DTSTAMP"].dt == hidden_at
    later = hidden_at + dt.timedelta(days=CANCELLED_DAYS + 1)
    assert vevents(build_feed("visit", [r], now=later)) == []


def test_rebuild_is_byte_identical_whatever_the_input_order() -> None:
    records = generated(300, seed=5)
    first = build_all(records, now=NOW)
    shuffled = records[:]
    random.Random(1).shuffle(shuffled)
    assert build_all(shuffled, now=NOW) == first
    assert build_all(records, now=NOW + dt.timedelta(hours=3)) == first  # the clock only moves cancellations


def test_dtstamp_comes_from_the_record_not_the_clock() -> None:
    (ev,) = vevents(build_feed("all", [rec(1, "fair", "Ярмарка", "2025-06-10")], now=NOW))
    assert ev["DTSTAMP"].dt == T0


# --------------------------------------------------------------------------- dates


def test_all_day_multi_day_has_exclusive_end() -> None:
    (ev,) = vevents(build_feed("fair", [rec(1, "fair", "Ярмарка", "2025-06-10", end="2025-06-13")], now=NOW))
    assert ev["DTSTART"].dt == dt.date(2025, 6, 10) and ev["DTEND"].dt == dt.date(2025, 6, 14)


def test_timed_event_in_minsk_with_vtimezone() -> None:
    data = build_feed("meeting", [rec(1, "meeting", "Встреча", "2025-06-26", time="11:00")], now=NOW)
    (ev,) = vevents(data)
    assert ev["DTSTART"].dt == dt.datetime(2025, 6, 26, 11, 0, tzinfo=ev["DTSTART"].dt.tzinfo)
    assert ev["DTSTART"].dt.utcoffset() == dt.timedelta(hours=3)
    assert b"DTSTART;TZID=Europe/Minsk:20250626T110000" in data and b"BEGIN:VTIMEZONE\r\nTZID:Europe/Minsk" in data


@pytest.mark.parametrize(
    ("start", "end", "day", "note"),
    [("2022-06", None, dt.date(2022, 6, 1), "(июнь 2022, день не указан)"),
     ("2022", None, dt.date(2022, 1, 1), "(2022 год, дата не указана)"),
     ("2021", "2022", dt.date(2021, 1, 1), "(2021–2022 гг., дата не указана)")],
    ids=["month", "year", "years"],
)
def test_month_or_year_only_is_a_marker_on_the_first_day(start: str, end: str | None, day: dt.date, note: str) -> None:
    (ev,) = vevents(build_feed("visit", [rec(1, "visit", "Визит делегации", start, end=end)], now=NOW))
    assert ev["DTSTART"].dt == day and ev["DTEND"].dt == day + dt.timedelta(days=1)
    assert str(ev["SUMMARY"]) == f"Визит делегации {note}"
    assert "Точная дата в источнике не указана" in str(ev["DESCRIPTION"])


def test_event_without_a_day_is_left_out() -> None:
    assert vevents(build_feed("all", [rec(1, "other", "Что-то", None), rec(2, "other", "x", "весной")], now=NOW)) == []


def test_yearly_day_repeats_by_rrule() -> None:
    r = rec(2, "commemoration", "День единения народов Беларуси и России", "XXXX-04-02", recurrence="yearly",
            first_year=1996)
    (ev,) = vevents(build_feed("commemoration", [r], now=NOW))
    assert ev["DTSTART"].dt == dt.date(1996, 4, 2)
    rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=dt.datetime(1996, 4, 2, tzinfo=UTC))
    assert rule.after(dt.datetime(2026, 1, 1, tzinfo=UTC)) == dt.datetime(2026, 4, 2, tzinfo=UTC)


def test_29_february_yearly_day_falls_on_28_february_in_common_years() -> None:
    r = rec(2, "commemoration", "День памяти", "XXXX-02-29", recurrence="yearly", first_year=2001)
    (ev,) = vevents(build_feed("commemoration", [r], now=NOW))
    assert ev["DTSTART"].dt == dt.date(2000, 2, 29)  # the last leap year not after 2001
    rule = rrulestr(ev["RRULE"].to_ical().decode(), dtstart=dt.datetime(2000, 2, 29, tzinfo=UTC))
    days = [d.date() for d in rule.between(dt.datetime(2023, 1, 1, tzinfo=UTC), dt.datetime(2025, 12, 31, tzinfo=UTC))]
    assert days == [dt.date(2023, 2, 28), dt.date(2024, 2, 29), dt.date(2025, 2, 28)]


def test_29_february_anniversaries() -> None:
    signing = rec(4, "agreement", "Подписание Соглашения о сотрудничестве", "2020-02-29")
    evs = vevents(build_feed("anniversaries", [signing, rec(5, "meeting", "x", "2026-05-05")], now=NOW))
    by_year = {ev["DTSTART"].dt.year: ev for ev in evs}
    assert by_year[2025]["DTSTART"].dt == dt.date(2025, 2, 28)
    assert by_year[2027]["DTSTART"].dt == dt.date(2027, 2, 28)
    assert by_year[2024]["DTSTART"].dt == dt.date(2024, 2, 29)
    assert by_year[2028]["DTSTART"].dt == dt.date(2028, 2, 29)
    assert str(by_year[2025]["SUMMARY"]) == "5-летие подписания Соглашения о сотрудничестве"
    assert str(by_year[2024]["SUMMARY"]) == "4-я годовщина подписания Соглашения о сотрудничестве"
    assert len({ev["UID"] for ev in evs}) == len(evs)


def test_anniversaries_of_a_treaty_and_a_commemoration() -> None:
    treaty = rec(1, "agreement", "Договор о Сообществе Беларуси и России", "1996-04-02")
    battle = rec(2, "commemoration", "80-летие Курской битвы", "2023-08-23", first_year=1943, base="Курская битва")
    summaries = {str(ev["SUMMARY"]) for ev in vevents(build_feed("anniversaries", [treaty, battle], now=NOW))}
    assert "30-летие Договора о Сообществе Беларуси и России" in summaries
    assert "28-я годовщина Договора о Сообществе Беларуси и России" in summaries
    assert "85-летие Курской битвы" in summaries and "81-я годовщина Курской битвы" in summaries
    assert "77-я годовщина Курской битвы" not in summaries  # 2020: before the window (newest year 2023 - 2)
    # 2023: the event itself is that year's anniversary, in all.ics that day: no second entry (issue 12)
    assert "80-летие Курской битвы" not in summaries


def test_deadlines_of_a_plan() -> None:
    plan = rec(9, "plan", "План мероприятий на 2023–2025 годы", "2023", end="2025")
    evs = {ev["UID"]: ev for ev in vevents(build_feed("deadlines", [plan], now=NOW))}
    assert evs["evt-9-deadline@presscal"]["DTSTART"].dt == dt.date(2025, 12, 31)
    assert evs["evt-9-deadline-30@presscal"]["DTSTART"].dt == dt.date(2025, 12, 1)
    assert str(evs["evt-9-deadline-90@presscal"]["SUMMARY"]).startswith("До окончания плана 90 дней:")


# --------------------------------------------------------------------------- feed shape


def test_every_feed_has_the_calendar_properties_and_no_alarm() -> None:
    feeds = build_all(generated(200, seed=2), now=NOW)
    assert sorted(feeds) == sorted(f"{n}.ics" for n in FEED_NAMES)
    for name, data in feeds.items():
        cal = Calendar.from_ical(data)
        for prop in ("VERSION", "PRODID", "CALSCALE", "METHOD", "NAME", "X-WR-CALNAME", "REFRESH-INTERVAL",
                     "X-PUBLISHED-TTL"):
            assert prop in cal, (name, prop)
        assert cal["METHOD"] == "PUBLISH"
        assert b"REFRESH-INTERVAL;VALUE=DURATION:PT6H" in data
        assert b"VALARM" not in data
        assert (b";TZID=Europe/Minsk:" in data) == (b"BEGIN:VTIMEZONE" in data), name
        uids = [str(ev["UID"]) for ev in cal.walk("VEVENT")]
        assert len(uids) == len(set(uids)), name


def test_type_feeds_hold_only_their_type() -> None:
    records = generated(200, seed=3)
    data = build_feed("visit", records, now=NOW)
    assert {str(ev["CATEGORIES"].cats[0]) for ev in vevents(data)} == {"Визит"}


def test_filters_by_type_and_since() -> None:
    records = generated(200, seed=4)
    data = build_feed("all", records, now=NOW, types=["fair"], since=dt.date(2025, 1, 1))
    evs = vevents(data)
    assert evs and all(str(ev["CATEGORIES"].cats[0]) == "Выставка" for ev in evs)
    for ev in evs:
        end = ev["DTEND"].dt
        assert (end.date() if isinstance(end, dt.datetime) else end) > dt.date(2025, 1, 1) or "RRULE" in ev


def test_errors_name_the_value() -> None:
    with pytest.raises(FeedError, match="nosuch"):
        build_feed("nosuch", [], now=NOW)
    with pytest.raises(FeedError, match="aware"):
        build_feed("all", [], now=dt.datetime(2025, 1, 1))  # noqa: DTZ001
    with pytest.raises(FeedError, match="no day"):
        event_calendar(rec(1, "other", "x", None))


def test_event_calendar_has_the_feed_uid() -> None:
    r = rec(5, "meeting", "Встреча", "2025-06-26")
    (ev,) = vevents(event_calendar(r))
    assert ev["UID"] == vevents(build_feed("all", [r], now=NOW))[0]["UID"]


# --------------------------------------------------------------------------- fast path == icalendar


def test_fast_serializer_equals_icalendar_on_every_feed() -> None:
    records = generated(400, seed=11)
    for name in FEED_NAMES:
        for _, props in feed_items(name, records, NOW):
            assert component_fast(props) == component_reference(props), name


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=200),
       st.text(alphabet="абв,;\\\n xyz😀", max_size=120), st.sampled_from(["2025-06-26", "2024-02", "XXXX-02-29", "2020"]))
def test_fast_serializer_equals_icalendar_on_any_text(title: str, place: str, start: str) -> None:
    r = rec(1, "meeting", title, start, location=place or None, recurrence="yearly" if start.startswith("X") else None)
    item = event_props(r)
    assert item is not None
    assert component_fast(item[1]) == component_reference(item[1])


# --------------------------------------------------------------------------- data


TITLES = ["Заседание рабочей группы по сотрудничеству", "Визит делегации Курской области в Гомель",
          "Выставка «Беларусь — Россия», итоги; перспективы", "Фестиваль «Славянский базар»",
          "День единения народов Беларуси и России", "Подписание Соглашения о торгово-экономическом сотрудничестве",
          "План мероприятий на 2023–2025 годы", "Форум регионов"]
TYPES = ["meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan", "other"]


def generated(n: int, seed: int = 0) -> list[EventRecord]:
    """Varied records: all types, day/month/year/yearly dates, times, hidden ones, long Cyrillic text."""
    rnd = random.Random(seed)
    out = []
    for i in range(n):
        k = rnd.randrange(len(TYPES))
        y = rnd.randint(2015, 2027)
        m, d = rnd.randint(1, 12), rnd.randint(1, 28)
        kind = rnd.random()
        start, end, rec_, time = f"{y}-{m:02d}-{d:02d}", None, None, None
        if TYPES[k] == "plan":
            start, end = str(y), str(y + 2)
        elif kind < 0.1:
            start = f"{y}-{m:02d}"
        elif kind < 0.15:
            start, rec_ = f"XXXX-{m:02d}-{d:02d}", "yearly"
        elif kind < 0.3:
            end = f"{y}-{m:02d}-{min(28, d + 3):02d}"
        elif kind < 0.5:
            time = f"{rnd.randint(8, 18):02d}:{rnd.choice([0, 30]):02d}"
        hidden = rnd.random() < 0.03
        out.append(rec(i + 1, TYPES[k], f"{TITLES[k]} №{i}", start, end=end, time=time, recurrence=rec_,
                       location=rnd.choice([None, "Минск", "Курск, Дом Советов", "Гомель; облисполком"]),
                       participants=tuple(rnd.sample(["Иванов И.И.", "Петров П.П.", "Сидоров"], rnd.randint(0, 2))),
                       sequence=rnd.randint(0, 3), hidden=hidden, hidden_at=NOW - dt.timedelta(days=2) if hidden else None,
                       first_year=y - 50 if TYPES[k] == "commemoration" and rnd.random() < 0.5 else None))
    return out


def test_control_characters_never_reach_a_content_line() -> None:
    data = build_feed("all", [rec(1, "meeting", "Встреча\x0b\x00 итоги\r\nдня", "2025-06-26", location="Минск\x1f")], now=NOW)
    for line in physical_lines(data):
        assert not any(b < 0x20 and b != 0x09 for b in line)
    assert str(vevents(data)[0]["SUMMARY"]) == "Встреча   итоги\nдня"


def test_upcoming_derived_lists_anniversaries_and_deadlines() -> None:
    from scheduler.feeds.build import upcoming_derived

    treaty = rec(1, "agreement", "Договор о Сообществе Беларуси и России", "1996-04-02")
    plan = rec(2, "plan", "План мероприятий на 2024–2026 годы", "2024", end="2026")
    got = upcoming_derived([treaty, plan], dt.date(2026, 3, 1), 365)
    assert got[0][:2] == (dt.date(2026, 4, 2), "30-летие Договора о Сообществе Беларуси и России")
    assert got[1][:2] == (dt.date(2026, 12, 31), "Истекает срок: План мероприятий на 2024–2026 годы")
    assert len(got) == 2


def test_url_is_ascii_and_http_only() -> None:
    cyr = (SourceRef("s", "https://mpt.gov.by/organizaciya-vzaimovыgodnogo?a=1,2", None, "x"),)
    (ev,) = vevents(build_feed("all", [rec(1, "fair", "Ярмарка", "2025-06-10", sources=cyr)], now=NOW))
    assert str(ev["URL"]) == "https://mpt.gov.by/organizaciya-vzaimov%D1%8Bgodnogo?a=1,2"
    bad = (SourceRef("s", "javascript:alert(1)", None, "x"),)
    (ev,) = vevents(build_feed("all", [rec(1, "fair", "Ярмарка", "2025-06-10", sources=bad)], now=NOW))
    assert "URL" not in ev


def test_anniversary_window_follows_the_newest_press_release_not_the_furthest_plan() -> None:
    treaty = rec(1, "agreement", "Договор о Сообществе Беларуси и России", "1996-04-02")
    plan = rec(2, "plan", "План мероприятий на 2026–2030 годы", "2026", end="2030")  # published 2025-02-20
    years = {ev["DTSTART"].dt.year for ev in vevents(build_feed("anniversaries", [treaty, plan], now=NOW))}
    assert years == set(range(2023, 2034))  # 2025 - 2 … 2025 + 8


def test_a_day_at_the_end_of_the_calendar_is_left_out_not_a_broken_feed() -> None:
    """A store written before corrected dates were bounded may hold 9999-12-31 (DTEND would be 10000-01-01):
    that one event is left out; the feed and every other event are served."""
    fine = rec(1, "meeting", "Заседание рабочей группы", "2025-06-26")
    last_day = rec(2, "meeting", "Опечатка в дате", "9999-12-31")
    plan = rec(3, "plan", "План до конца времён", "9998", end="9999")
    first_day = rec(4, "plan", "План с начала времён", "0001-01-01", end="0001-01-02")
    treaty = rec(5, "agreement", "Подписание договора", "9999-12-31", sources=(
        SourceRef("a.txt", None, "9999-01-01", "Подписали договор."),))
    for name in ("all", "meeting", "plan", "deadlines", "anniversaries"):
        build_feed(name, [fine, last_day, plan, first_day, treaty], now=NOW)  # no OverflowError
    assert [str(e["SUMMARY"]) for e in vevents(build_feed("meeting", [fine, last_day], now=NOW))] == [
        "Заседание рабочей группы"]
    deadlines = {str(e["UID"]) for e in vevents(build_feed("deadlines", [plan, first_day], now=NOW))}
    assert "evt-3-deadline@presscal" not in deadlines and "evt-3-deadline-90@presscal" not in deadlines


def test_issue_13_a_feed_built_again_after_one_change_serializes_only_that_event() -> None:
    """Each event's VEVENT is kept by uid and sequence: after one change only that event is serialized anew,
    and the bytes equal a build from nothing."""
    from scheduler.feeds import build as feeds

    records = generated(3000, seed=5)
    feeds.forget_serialized()
    first = build_feed("all", records, now=NOW)
    kept = {uid: entry[2] for uid, entry in feeds._serialized.items()}
    changed = dataclasses.replace(records[100], title="Переименовано", sequence=records[100].sequence + 1)
    again = [*records[:100], changed, *records[101:]]
    second = build_feed("all", again, now=NOW)
    assert second != first and "Переименовано".encode() in second
    fresh = [uid for uid, entry in feeds._serialized.items() if entry[2] is not kept.get(uid)]
    assert fresh == [changed.uid]
    feeds.forget_serialized()
    assert build_feed("all", again, now=NOW) == second
    # the same uid and sequence with other content (another store, a test): serialized anew, never stale
    other = dataclasses.replace(changed, title="Другое название")
    assert "Другое".encode() in build_feed("all", [other], now=NOW)
