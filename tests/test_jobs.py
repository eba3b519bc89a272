"""The database side of reminders on real SQLite files and PostgreSQL: subscriptions, outbox, lease."""

from __future__ import annotations

import datetime as dt
import random
import subprocess
import sys
import threading
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scheduler.errors import NotFound, UsageError
from scheduler.records import EventRecord
from scheduler.reminders import outbox
from scheduler.reminders import subscriptions as rs
from scheduler.reminders.jobs import Reminders
from scheduler.reminders.mail import MaildirTransport
from scheduler.reminders.planning import plan
from scheduler.store.reading import open_store

MINSK = ZoneInfo("Europe/Minsk")
NOW = dt.datetime(2026, 5, 19, 9, 0, tzinfo=MINSK)
MEETING = EventRecord(1, "meet-1", "meeting", "Заседание совместной рабочей группы", "2026-05-20")
PLAN = EventRecord(2, "plan-1", "plan", "План мероприятий на 2023-2025 годы", "2023", "2025")


class HandStore:
    """A real store whose events are hand-made records (the rules are tested on them, not on extraction)."""

    def __init__(self, url: str, records: list[EventRecord]) -> None:
        self.inner = open_store(url)
        self.engine = self.inner.engine
        self._records = records

    def records(self) -> list[EventRecord]:
        return self._records

    def __repr__(self) -> str:
        return f"HandStore({self.inner.url})"


@pytest.fixture
def store(db_url: str) -> HandStore:
    return HandStore(db_url, [MEETING, PLAN])


def test_subscriptions(store: HandStore) -> None:
    sub = rs.subscribe(store, "A@Example.ORG", types="meeting,plan", leads="7,30,1", country="RU", hour=10)
    assert (sub.email, sub.types, sub.leads, sub.country, sub.hour) == ("A@example.org", "meeting,plan", "30,7,1", "RU", 10)
    again = rs.subscribe(store, "A@example.org")  # an update, not a second row
    assert again.id == sub.id and again.token != sub.token and again.types == ""  # a fresh token (issue 13)
    assert rs.unsubscribe_token(store, sub.token) is False
    sub = again
    assert rs.unsubscribe_token(store, sub.token) is True
    assert rs.unsubscribe_token(store, "nope") is False
    assert [s.active for s in rs.subscriptions(store)] == [False]
    with pytest.raises(NotFound):
        rs.unsubscribe(store, "other@example.org")
    with pytest.raises(UsageError, match="unknown event type 'party'"):
        rs.subscribe(store, "b@example.org", types="party")
    with pytest.raises(UsageError, match="--lead"):
        rs.subscribe(store, "b@example.org", leads="7,x")
    with pytest.raises(UsageError, match="invalid email address"):
        rs.subscribe(store, "b@example.org\r\nBcc: c@example.org")


def test_enqueue_is_idempotent_by_key(store: HandStore) -> None:
    rs.subscribe(store, "a@example.org")
    rs.subscribe(store, "b@example.org")
    subs = [s for s, _ in rs.subscribers(store).values()]
    groups = list(plan(store.records(), subs, NOW))
    assert outbox.enqueue(store.engine, groups, NOW) == (2, 0)
    assert outbox.enqueue(store.engine, groups, NOW) == (0, 0)
    assert outbox.counts(store.engine) == {"pending": 2}


def test_claim_gives_each_row_to_one_claimer(store: HandStore) -> None:
    for i in range(40):
        rs.subscribe(store, f"u{i}@example.org")
    subs = [s for s, _ in rs.subscribers(store).values()]
    outbox.enqueue(store.engine, plan(store.records(), subs, NOW), NOW)
    got: dict[str, list[int]] = {"x": [], "y": []}

    def worker(name: str) -> None:
        while batch := outbox.claim(store.engine, NOW, name, limit=3):
            got[name] += [r["id"] for r in batch]

    threads = [threading.Thread(target=worker, args=(n,)) for n in got]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not set(got["x"]) & set(got["y"])
    assert len(got["x"]) + len(got["y"]) == 40


def test_lease_one_holder_at_a_time(store: HandStore) -> None:
    a = rs.Lease(store, "host-a:1:aa", dt.timedelta(seconds=30))
    b = rs.Lease(store, "host-b:2:bb", dt.timedelta(seconds=30))
    assert a.acquire() and a.acquire()  # renewal
    assert not b.acquire()
    a.release()
    assert b.acquire() and not a.acquire()
    short = rs.Lease(store, "host-c:3:cc", dt.timedelta(seconds=-1))  # a lease that has already lapsed
    b.release()
    assert short.acquire()
    assert a.acquire()  # taken over after expiry


def test_lease_of_a_killed_process_on_this_host_is_taken_at_once(store: HandStore) -> None:
    import socket

    p = subprocess.Popen([sys.executable, "-c", "pass"])
    p.wait()
    dead = rs.Lease(store, f"{socket.gethostname()}:{p.pid}:dead00", dt.timedelta(minutes=10))
    assert dead.acquire()
    assert rs.Lease(store, "me:1:x").acquire()


def test_stuck_sending_rows_are_recovered_and_sent(store: HandStore, tmp_path: Path) -> None:
    rs.subscribe(store, "a@example.org")
    r1 = Reminders(store, MaildirTransport(tmp_path / "md"), holder="h1")
    assert r1.heartbeat(NOW)
    r1.plan(NOW)
    assert len(outbox.claim(store.engine, NOW, "h1")) == 1  # ... and h1 dies here
    r1.lease.release()
    r2 = Reminders(store, MaildirTransport(tmp_path / "md"), holder="h2")
    rep = r2.run_once(NOW + dt.timedelta(seconds=5))
    assert rep is not None and rep.sent == 1
    assert outbox.counts(store.engine) == {"sent": 1}
    assert len(list((tmp_path / "md" / "new").iterdir())) == 1


def test_expired_rows_are_missed_not_sent_late(store: HandStore, tmp_path: Path) -> None:
    rs.subscribe(store, "a@example.org")
    r = Reminders(store, MaildirTransport(tmp_path / "md"), holder="h1")
    assert r.heartbeat(NOW)
    r.plan(NOW)  # the 1-day reminder of the meeting, due now
    rep = r.dispatch(dt.datetime(2026, 5, 20, 0, 1, tzinfo=MINSK))  # the meeting day has begun
    assert (rep.sent, rep.expired) == (0, 1)
    (row,) = outbox.listing(store.engine, "missed")
    assert "not sent before" in row["last_error"]


def test_watermark_and_backoff(store: HandStore) -> None:
    assert rs.watermark(store) is None
    rs.set_watermark(store, NOW, "h")
    assert rs.watermark(store) == NOW
    rng = random.Random(1)
    delays = [outbox.backoff(n, rng).total_seconds() for n in (1, 2, 3, 20)]
    assert 45 <= delays[0] <= 75 and 90 <= delays[1] <= 150 and 180 <= delays[2] <= 300
    assert delays[3] <= 2 * 3600 * 1.25


def test_the_index_is_rebuilt_only_when_the_store_changes(db_url: str, tmp_path: Path) -> None:
    from scheduler.store.ingest import ingest

    from .conftest import SEEDS

    store = open_store(db_url)
    r = Reminders(store, MaildirTransport(tmp_path / "md"), holder="h")
    first = r.index(NOW)
    assert r.index(NOW + dt.timedelta(minutes=1)) is first  # nothing changed: the same index
    assert r.index(NOW + dt.timedelta(days=1)) is not first  # a new day moves the window
    again = r.index(NOW)
    ingest(store, [str(SEEDS / sorted(p.name for p in SEEDS.iterdir())[3])], workers=1)
    rebuilt = r.index(NOW)
    assert rebuilt is not again and rebuilt.yearly  # the Unity Day release added yearly days


def test_a_catch_up_is_planned_a_day_at_a_time_with_the_same_result(store: HandStore, tmp_path: Path) -> None:
    """After a 5-day outage the planner walks the window in day-long pieces, each committed with its watermark."""
    from scheduler.reminders.planning import Subscriber

    rs.subscribe(store, "a@example.org")
    meetings = [EventRecord(10 + i, f"m{i}", "meeting", f"Заседание {i}", f"2026-05-{20 + i:02d}") for i in range(8)]
    store._records = meetings
    rs.set_watermark(store, NOW - dt.timedelta(days=5), "earlier")
    r = Reminders(store, MaildirTransport(tmp_path / "md"), holder="h")
    assert r.heartbeat(NOW)
    rep = r.plan(NOW)
    assert rs.watermark(store) == NOW
    whole = list(plan(meetings, [Subscriber("a@example.org")], NOW, NOW - dt.timedelta(days=5)))
    expected = {(g.occurrence.event.uid, g.lead, g.missed) for g in whole}
    got = {(row["event_uid"], row["lead_days"], row["state"] == "missed") for row in outbox.listing(store.engine)}
    assert got == expected and rep.planned + rep.missed == len(expected) > 0


@pytest.mark.parametrize(("env", "value", "needle"), [
    ("PRESSCAL_MAIL_FROM", "not an address", "PRESSCAL_MAIL_FROM"),
    ("PRESSCAL_MAIL_FROM", "presscal <p@example.org>\r\nBcc: x@example.org", "PRESSCAL_MAIL_FROM"),
    ("PRESSCAL_BASE_URL", "javascript:alert(1)", "PRESSCAL_BASE_URL"),
    ("PRESSCAL_BASE_URL", "http://cal.example.org\r\nBcc: x@example.org", "PRESSCAL_BASE_URL"),
    ("PRESSCAL_BASE_URL", "https://cal.example.org/?a=<b>", "PRESSCAL_BASE_URL"),
    ("PRESSCAL_LEASE_SECONDS", "abc", "PRESSCAL_LEASE_SECONDS 'abc'"),
    ("PRESSCAL_TICK_SECONDS", "-5", "PRESSCAL_TICK_SECONDS '-5'"),
    ("PRESSCAL_PLAN_SECONDS", "0", "PRESSCAL_PLAN_SECONDS '0'"),
    ("PRESSCAL_TICK_SECONDS", "nan", "PRESSCAL_TICK_SECONDS 'nan'"),
])
def test_a_bad_sender_or_base_url_stops_the_scheduler_before_any_row_dies(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, env: str, value: str, needle: str) -> None:
    """Else every delivery would be marked dead for the sender's fault, or carry a broken unsubscribe link."""
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    monkeypatch.setenv(env, value)
    with pytest.raises(UsageError, match=needle):
        Reminders(store, MaildirTransport(tmp_path / "md"), holder="h")
    assert not rs.subscriptions(store)


@pytest.mark.parametrize(("value", "norm"), [("https://cal.example.org/", "https://cal.example.org"),
                                             ("http://127.0.0.1:8000", "http://127.0.0.1:8000"),
                                             ("https://example.org/presscal", "https://example.org/presscal")])
def test_good_base_urls(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, value: str, norm: str) -> None:
    monkeypatch.setenv("PRESSCAL_BASE_URL", value)
    monkeypatch.setenv("PRESSCAL_MAIL_FROM", "Календарь <cal@example.org>")
    r = Reminders(open_store(f"sqlite:///{tmp_path / 's.db'}"), MaildirTransport(tmp_path / "md"), holder="h")
    assert r.base_url == norm and r.sender == "Календарь <cal@example.org>"
