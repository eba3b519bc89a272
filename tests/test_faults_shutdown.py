"""Issue 13, point 6: SIGTERM or SIGINT to `presscal serve` and `presscal remind` (real processes) ends
the message in flight, gives the lease and the claimed rows back and exits 0 within 5 seconds.

The outbox is filled with rows due now and the SMTP server (aiosmtpd) takes 0.3 s a message, so a backlog
of 40 would take 12 s: the signal comes while it is being sent.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import update

from scheduler.records import EventRecord
from scheduler.reminders import outbox
from scheduler.reminders import subscriptions as rs
from scheduler.reminders.planning import plan
from scheduler.store.reading import open_store

from .conftest import ROOT, need
from .web_helpers import free_port

pytestmark = [pytest.mark.smtp, pytest.mark.faults, pytest.mark.slow]
MINSK = ZoneInfo("Europe/Minsk")
UTC = dt.timezone.utc  # noqa: UP017
N = 40


class SlowBox:
    def __init__(self) -> None:
        self.messages: list[bytes] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        await asyncio.sleep(0.3)
        self.messages.append(envelope.content)
        return "250 Message accepted"

    def ids(self) -> list[str]:
        return [str(message_from_bytes(m, policy=policy.default)["Message-ID"]) for m in self.messages]


@pytest.fixture
def slow_smtp():
    import importlib.util

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed (pip install -e '.[test]')")
    from aiosmtpd.controller import Controller

    box, port = SlowBox(), free_port()
    ctl = Controller(box, hostname="127.0.0.1", port=port)
    ctl.start()
    yield box, f"smtp://127.0.0.1:{port}"
    ctl.stop()


def _backlog(db: str) -> None:
    """N subscribers and a reminder each, due now (planned for a past day, then moved to the present)."""
    store = open_store(db)
    subs = []
    for i in range(N):
        rs.subscribe(store, f"q{i:03d}@example.org", leads="1")
        subs.append(rs.as_subscriber(rs.subscriptions(store)[-1]))
    then = dt.datetime(2026, 5, 19, 9, 0, tzinfo=MINSK)
    groups = list(plan([EventRecord(1, "m-1", "meeting", "Заседание рабочей группы", "2026-05-20")],
                       [rs.as_subscriber(s) for s in rs.subscriptions(store)], then))
    assert outbox.enqueue(store.engine, groups, then) == (N, 0)
    now = dt.datetime.now(UTC)
    with store.engine.begin() as c:
        for (row_id, payload) in c.execute(outbox.T.select().with_only_columns(outbox.T.c.id, outbox.T.c.payload)):
            p = json.loads(payload)
            p["send_before"] = (now + dt.timedelta(days=1)).isoformat()
            c.execute(update(outbox.T).where(outbox.T.c.id == row_id).values(
                due_at=now - dt.timedelta(minutes=1), next_attempt_at=now - dt.timedelta(minutes=1),
                payload=json.dumps(p, ensure_ascii=False)))
    store.close()


def _env(tmp_path: Path, smtp_url: str) -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCAL_")}
    e.update(XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path), PRESSCAL_SMTP_URL=smtp_url,
             PRESSCAL_TICK_SECONDS="0.2", PRESSCAL_PLAN_SECONDS="3600", PYTHONPATH=str(ROOT))
    return e


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
@pytest.mark.parametrize("command", ["serve", "remind"])
def test_issue_13_a_signal_finishes_the_message_in_flight_and_gives_the_lease_back(
        tmp_path: Path, slow_smtp, command: str, sig: int) -> None:
    box, url = slow_smtp
    db = f"sqlite:///{tmp_path / 'p.db'}"
    _backlog(db)
    (tmp_path / "empty").mkdir()
    args = ["serve", "--port", str(free_port()), "--seeds", str(tmp_path / "empty")] if command == "serve" else ["remind"]
    proc = subprocess.Popen([sys.executable, "-m", "scheduler", *args, "--db", db], cwd=ROOT,
                            env=_env(tmp_path, url), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while len(box.messages) < 3:
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate(timeout=5)[0]
            time.sleep(0.05)
        t0 = time.monotonic()
        proc.send_signal(sig)
        out, _ = proc.communicate(timeout=30)
        took = time.monotonic() - t0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == 0, out
    assert took < 5, (took, out)
    store = open_store(db)
    assert rs.Lease(store, "observer").current() is None, out  # given back: a stand-in starts at once
    counts = outbox.counts(store.engine)
    assert "sending" not in counts and counts.get("sent", 0) == len(box.messages) < N, (counts, out)
    assert counts.get("retry", 0) + counts.get("pending", 0) + counts["sent"] == N
    ids = box.ids()
    assert len(ids) == len(set(ids)), Counter(ids).most_common(2)
