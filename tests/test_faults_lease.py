"""Issue 13, point 3: a dispatch that outlasts the lease sends no email twice (fencing).

Two schedulers on one store (a real SQLite file and PostgreSQL), a real SMTP server that is slow
(aiosmtpd holding DATA) and a lease of one second: the active one renews the lease before every message
and marks it in flight under its fencing token; when a message stalls past the lease the stand-in takes
over, leaves that message to its sender and sends the rest; the old holder stops at once.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import threading
import time
from collections import Counter
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from scheduler.records import EventRecord
from scheduler.reminders import outbox
from scheduler.reminders import subscriptions as rs
from scheduler.reminders.jobs import Reminders
from scheduler.reminders.mail import SmtpTransport

from .conftest import need
from .test_jobs import HandStore
from .web_helpers import free_port

pytestmark = [pytest.mark.smtp, pytest.mark.faults]
MINSK = ZoneInfo("Europe/Minsk")
NOW = dt.datetime(2026, 5, 19, 9, 0, tzinfo=MINSK)
MEETING = EventRecord(1, "meet-1", "meeting", "Заседание рабочей группы", "2026-05-20")


class SlowBox:
    """Accepts every message after ``delay`` seconds; the ``stall_at``-th message waits ``stall`` seconds."""

    def __init__(self, delay: float, stall_at: int | None = None, stall: float = 0.0) -> None:
        self.delay, self.stall_at, self.stall = delay, stall_at, stall
        self.messages: list[bytes] = []
        self.started = 0

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.started += 1
        await asyncio.sleep(self.stall if self.started == self.stall_at else self.delay)
        self.messages.append(envelope.content)
        return "250 Message accepted"

    def ids(self) -> list[str]:
        return [str(message_from_bytes(m, policy=policy.default)["Message-ID"]) for m in self.messages]


def _scheduler(r: Reminders, stop: threading.Event, t0: float, activity: list[str]) -> None:
    """What the plan and dispatch jobs do, every 0.1 s, with a clock that runs from NOW."""
    while not stop.is_set():
        now = NOW + dt.timedelta(seconds=time.monotonic() - t0)
        if r.heartbeat(now):
            activity.append(r.holder)
            r.plan(now)
            r.dispatch(now)
        time.sleep(0.1)


def _run_two(db_url: str, box: SlowBox, n: int, lease_seconds: float) -> tuple[HandStore, list[str]]:
    from aiosmtpd.controller import Controller

    store = HandStore(db_url, [MEETING])
    for i in range(n):
        rs.subscribe(store, f"p{i:03d}@example.org", leads="1")
    port = free_port()
    ctl = Controller(box, hostname="127.0.0.1", port=port)
    ctl.start()
    stop, activity = threading.Event(), []
    runners = []
    for name in ("first", "second"):
        r = Reminders(store, SmtpTransport(f"smtp://127.0.0.1:{port}", timeout=10), holder=f"test:{name}")
        r.lease.ttl = dt.timedelta(seconds=lease_seconds)
        runners.append(r)
    t0 = time.monotonic()
    threads = [threading.Thread(target=_scheduler, args=(r, stop, t0, activity)) for r in runners]
    try:
        for t in threads:
            t.start()
            time.sleep(0.05)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if outbox.counts(store.engine).get("sent") == n:
                break
            time.sleep(0.2)
        time.sleep(1.5)  # both keep ticking: nothing more may go out
    finally:
        stop.set()
        for t in threads:
            t.join(30)
        ctl.stop()
    return store, activity


@pytest.fixture
def aiosmtpd() -> None:
    import importlib.util

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed (pip install -e '.[test]')")


def test_issue_13_a_slow_server_and_a_short_lease_send_nothing_twice(db_url: str, aiosmtpd: None) -> None:
    box = SlowBox(delay=0.05)
    n = 40  # ~2 s of sending in one batch under a 0.5 s lease: renewed per message, never lapses
    store, activity = _run_two(db_url, box, n, lease_seconds=0.5)
    ids = box.ids()
    assert outbox.counts(store.engine) == {"sent": n}
    assert len(ids) == n and not [k for k, v in Counter(ids).items() if v > 1]
    assert len(set(activity)) == 1, Counter(activity)  # the stand-in never took over


def test_issue_13_a_message_stalled_past_the_lease_is_left_to_its_sender(db_url: str, aiosmtpd: None) -> None:
    box = SlowBox(delay=0.02, stall_at=5, stall=2.5)  # the 5th message outlasts a 1 s lease
    n = 30
    store, activity = _run_two(db_url, box, n, lease_seconds=1.0)
    ids = box.ids()
    assert outbox.counts(store.engine) == {"sent": n}
    assert len(ids) == n and not [k for k, v in Counter(ids).items() if v > 1], Counter(ids).most_common(3)
    assert len(set(activity)) == 2, Counter(activity)  # the stand-in took over; the old holder stopped sending
