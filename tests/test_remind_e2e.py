"""End to end: the seeds in a real store, a real SMTP server (aiosmtpd on loopback), the real CLI.

The server's handler answers 451/550 on demand per recipient, can hold DATA (to kill a scheduler
mid-delivery) and can be stopped (SMTP down). Duplicates are counted by Message-ID.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from scheduler.cli import main
from scheduler.reminders import outbox
from scheduler.reminders import subscriptions as rs
from scheduler.reminders.jobs import Reminders
from scheduler.reminders.mail import SmtpTransport
from scheduler.store.reading import open_store

from .conftest import ROOT, need

pytestmark = pytest.mark.smtp
MINSK = ZoneInfo("Europe/Minsk")
DEADLINE_NOW = "2025-12-01T09:00"
# a self-signed certificate for 127.0.0.1 valid until 2126, for the STARTTLS test only (made with openssl req -x509)
TEST_CERT = """-----BEGIN CERTIFICATE-----
MIIBjjCCATagAwIBAgIUcsxCWblxYYNhaYeQi89bBQw2gbowCgYIKoZIzj0EAwIw
FDESMBAGA1UEAwwJMTI3LjAuMC4xMCAXDTI2MTEyMjA4MjczMFoYDzIxMjYxMDI5
MDgyNzMwWjAUMRIwEAYDVQQDDAkxMjcuMC4wLjEwWTATBgcqhkjOPQIBBggqhkjO
PQMBBwNCAARmAwj5NLAv3D/SObZ029lU6xdgQAumyNTnvP8+L1iXOsZYAQIU5mce
F1XnVTssvSm1JuYdi9t9Lf8zEKYo5TUxo2QwYjAdBgNVHQ4EFgQUKjTvtMxRYG6B
yyJ74ChjOyLePNowHwYDVR0jBBgwFoAUKjTvtMxRYG6ByyJ74ChjOyLePNowDwYD
VR0TAQH/BAUwAwEB/zAPBgNVHREECDAGhwR/AAABMAoGCCqGSM49BAMCA0YAMEMC
IBEhmvkhSkdnnh+3yj4J2hF/nDSZZwu6ssMtgrdYGO9EAh9qBXRR5xG1VgAojr6U
oRygYfQsL/Yapt5iW4ERh+Ek
-----END CERTIFICATE-----"""
TEST_KEY = """-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgUXPaczRvzd50+4DL
e/u1A7dsEJeMembJtDdgjRb/utahRANCAARmAwj5NLAv3D/SObZ029lU6xdgQAum
yNTnvP8+L1iXOsZYAQIU5mceF1XnVTssvSm1JuYdi9t9Lf8zEKYo5TUx
-----END PRIVATE KEY-----"""
UNITY_NOW = "2026-04-01T09:00"


class Box:
    """An SMTP handler that keeps what it accepts and answers scripted codes per recipient."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, bytes]] = []
        self.script: dict[str, list[int]] = {}
        self.hold = threading.Event()
        self.hold.set()
        self.in_data = threading.Event()

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        codes = self.script.get(address)
        if codes:
            code = codes.pop(0)
            return f"{code} {'4.3.0 try again later' if code < 500 else '5.1.1 no such user'}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        self.in_data.set()
        while not self.hold.is_set():
            await asyncio.sleep(0.02)
        if server.transport is None or server.transport.is_closing():
            return "421 client gone"  # the sender was killed before the end of the transaction
        for rcpt in envelope.rcpt_tos:
            self.messages.append((rcpt, envelope.content))
        return "250 Message accepted"

    def subjects(self) -> list[str]:
        return sorted(str(message_from_bytes(m, policy=policy.default)["Subject"]) for _, m in self.messages)

    def ids(self) -> list[str]:
        return [str(message_from_bytes(m, policy=policy.default)["Message-ID"]) for _, m in self.messages]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self) -> None:
        self.box, self.port, self.ctl = Box(), free_port(), None

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self.ctl = Controller(self.box, hostname="127.0.0.1", port=self.port)
        self.ctl.start()

    def stop(self) -> None:
        if self.ctl is not None:
            self.ctl.stop()
            self.ctl = None

    @property
    def url(self) -> str:
        return f"smtp://127.0.0.1:{self.port}"


@pytest.fixture
def smtp() -> Server:
    import importlib.util

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed (pip install -e '.[test]')")
    srv = Server()
    srv.start()
    yield srv
    srv.stop()


@pytest.fixture(scope="module")
def seeded_sqlite(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds ingested once; each test copies the file."""
    from scheduler.store.ingest import ingest

    path = tmp_path_factory.mktemp("seeded") / "seeds.db"
    store = open_store(f"sqlite:///{path}")
    ingest(store, [str(ROOT / "seeds")], workers=1)
    store.close()
    return path


@pytest.fixture
def seeded(seeded_sqlite: Path, tmp_path: Path) -> str:
    dst = tmp_path / "presscal.db"
    shutil.copy(seeded_sqlite, dst)
    return f"sqlite:///{dst}"


def at(s: str) -> dt.datetime:
    return dt.datetime.fromisoformat(s).replace(tzinfo=MINSK)


def env_for(db: str, smtp: Server, **extra: str) -> dict[str, str]:
    return dict(os.environ, PRESSCAL_DB=db, PRESSCAL_SMTP_URL=smtp.url, PYTHONPATH=str(ROOT), **extra)


def test_seeds_send_the_plan_deadline_then_unity_day_once(seeded: str, smtp: Server, monkeypatch, capsys) -> None:
    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    assert main(["subscribe", "a@example.org", "--db", seeded]) == 0
    assert main(["remind", "--once", "--now", DEADLINE_NOW, "--db", seeded]) == 0
    assert smtp.box.subjects() == ["Через 30 дней истекает срок: План мероприятий Беларусь — Курская область на 2023–2025 годы"]
    assert main(["remind", "--once", "--now", DEADLINE_NOW, "--db", seeded]) == 0
    assert len(smtp.box.messages) == 1  # the same again: nothing new
    assert main(["remind", "--once", "--now", UNITY_NOW, "--db", seeded]) == 0
    unity = [s for s in smtp.box.subjects() if "единения народов Беларуси и России" in s]
    # one digest for the morning's three reminders (issue 12); the day itself, no ordinal
    assert len(unity) == 1 and unity[0].startswith("3 напоминания на 01.04.2026: Завтра, 02.04.2026: День единения")
    n = len(smtp.box.messages)
    assert main(["remind", "--once", "--now", UNITY_NOW, "--db", seeded]) == 0
    assert len(smtp.box.messages) == n == 2
    assert len(set(smtp.box.ids())) == n
    capsys.readouterr()
    assert main(["outbox", "--json", "--db", seeded]) == 0
    assert capsys.readouterr().out.count('"state": "sent"') == 1 + 3  # idempotent per item


def _runner(db: str, smtp: Server, holder: str = "test") -> Reminders:
    return Reminders(open_store(db), SmtpTransport(smtp.url), holder=holder)


def test_451_then_success_after_retry(seeded: str, smtp: Server) -> None:
    store = open_store(seeded)
    rs.subscribe(store, "later@example.org")
    smtp.box.script["later@example.org"] = [451]
    r = _runner(seeded, smtp)
    rep = r.run_once(at(DEADLINE_NOW))
    assert rep is not None and (rep.sent, rep.retry) == (0, 1)
    (row,) = outbox.listing(store.engine, "retry")
    assert "451" in row["last_error"] and row["next_attempt_at"] > at(DEADLINE_NOW)
    assert r.dispatch(at(DEADLINE_NOW) + dt.timedelta(seconds=30)).sent == 0  # backoff not over yet
    assert r.dispatch(row["next_attempt_at"]).sent == 1
    (sent,) = outbox.listing(store.engine, "sent")
    assert sent["attempts"] == 2 and len(smtp.box.messages) == 1


def test_550_marks_the_row_dead_and_does_not_retry_it(seeded: str, smtp: Server) -> None:
    """A 5xx to RCPT TO kills that reminder; one day of refusals does not switch the address off (issue 13)."""
    store = open_store(seeded)
    rs.subscribe(store, "gone@example.org")
    rs.subscribe(store, "ok@example.org")
    smtp.box.script["gone@example.org"] = [550, 550, 550, 550]
    r = _runner(seeded, smtp)
    rep = r.run_once(at(UNITY_NOW))
    assert rep is not None
    dead = outbox.listing(store.engine, "dead")
    assert dead and {d["recipient"] for d in dead} == {"gone@example.org"}
    assert all("550" in d["last_error"] for d in dead)
    assert {s.email: s.active for s in rs.subscriptions(store)} == {"gone@example.org": True, "ok@example.org": True}
    assert r.dispatch(at(UNITY_NOW) + dt.timedelta(hours=2)).sent == 0
    assert len(dead) == 3  # the morning's three reminders, one digest (issue 12), asked exactly once
    assert len(smtp.box.script["gone@example.org"]) == 4 - 1
    assert {rcpt for rcpt, _ in smtp.box.messages} == {"ok@example.org"}


def test_smtp_down_for_a_while_loses_nothing(seeded: str, smtp: Server) -> None:
    store = open_store(seeded)
    for i in range(3):
        rs.subscribe(store, f"u{i}@example.org")
    smtp.stop()
    r = _runner(seeded, smtp)
    rep = r.run_once(at(UNITY_NOW))
    assert rep is not None and rep.sent == 0 and rep.retry == rep.planned and "connect" in (rep.server_error or "")
    waiting = outbox.listing(store.engine, "retry")
    assert len(waiting) == rep.planned  # every planned row waits, no try counted: the server's fault
    assert {w["attempts"] for w in waiting} == {0}
    assert r.dispatch(at(UNITY_NOW) + dt.timedelta(minutes=5)).sent == 0  # still down
    smtp.start()
    later = at(UNITY_NOW) + dt.timedelta(minutes=30)
    assert r.dispatch(later).sent == rep.planned
    assert outbox.counts(store.engine) == {"sent": rep.planned}
    assert len(smtp.box.messages) == len(set(smtp.box.ids())) == 3  # one digest a person


def _remind(db: str, smtp: Server, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "scheduler", "remind", *args], env=env_for(db, smtp, **env),
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=ROOT)


@pytest.mark.slow
def test_kill_9_between_claiming_and_sending_loses_nothing(seeded: str, smtp: Server) -> None:
    store = open_store(seeded)
    for i in range(3):
        rs.subscribe(store, f"k{i}@example.org")
    smtp.box.hold.clear()  # the first DATA hangs: rows are claimed, the message not yet accepted
    p = _remind(seeded, smtp, "--once", "--now", UNITY_NOW)
    assert smtp.box.in_data.wait(60), p.communicate(timeout=5)[0]
    os.kill(p.pid, signal.SIGKILL)
    p.wait(10)
    assert outbox.counts(store.engine).get("sending", 0) >= 1
    smtp.box.hold.set()
    time.sleep(0.2)
    assert smtp.box.messages == []
    p2 = _remind(seeded, smtp, "--once", "--now", UNITY_NOW)
    out = p2.communicate(timeout=120)[0].decode()
    assert p2.returncode == 0, out
    counts = outbox.counts(store.engine)
    assert set(counts) == {"sent"}, counts
    assert 3 * len(smtp.box.messages) == counts["sent"] and len(smtp.box.messages) == len(set(smtp.box.ids())) == 3


def _two_schedulers(db: str, smtp: Server) -> None:
    store = open_store(db)
    for i in range(4):
        rs.subscribe(store, f"s{i}@example.org")
    start = (dt.datetime(2026, 4, 1, 9, 0, tzinfo=MINSK) - dt.timedelta(seconds=3)).isoformat()
    env = {"PRESSCAL_TICK_SECONDS": "0.5", "PRESSCAL_PLAN_SECONDS": "0.5", "PRESSCAL_LEASE_SECONDS": "3"}
    procs = [_remind(db, smtp, "--now", start, **env) for _ in range(2)]
    try:
        deadline = time.monotonic() + 90
        expected = None
        while time.monotonic() < deadline:
            counts = outbox.counts(store.engine)  # missed: older leads found by the first run's lookback
            if counts.get("sent") and not set(counts) - {"sent", "missed"}:
                expected = counts["sent"]
                break
            time.sleep(0.3)
        assert expected, outbox.counts(store.engine)
        time.sleep(2.0)  # both keep ticking: nothing more may go out
    finally:
        for p in procs:
            p.send_signal(signal.SIGTERM)
        outs = [p.communicate(timeout=30)[0].decode() for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert sum("active on" in o for o in outs) == 1, outs  # the other one stood by all along
    ids = smtp.box.ids()
    # 3 reminders on 1-2 April for 4 people: one digest each
    assert len(ids) == len(set(ids)) == 4 and expected == 4 * 3, (ids, outs)


@pytest.mark.slow
def test_two_schedulers_on_sqlite_send_each_reminder_once(seeded: str, smtp: Server) -> None:
    _two_schedulers(seeded, smtp)


@pytest.mark.slow
@pytest.mark.postgres
def test_two_schedulers_on_postgresql_send_each_reminder_once(pg_url: str, smtp: Server) -> None:
    from scheduler.store.ingest import ingest

    ingest(open_store(pg_url), [str(ROOT / "seeds")], workers=1)
    _two_schedulers(pg_url, smtp)


@pytest.mark.slow
def test_the_standby_takes_over_when_the_active_scheduler_is_killed(seeded: str, smtp: Server) -> None:
    store = open_store(seeded)
    for i in range(2):
        rs.subscribe(store, f"f{i}@example.org")
    start = (dt.datetime(2026, 4, 1, 9, 0, tzinfo=MINSK) - dt.timedelta(seconds=8)).isoformat()
    env = {"PRESSCAL_TICK_SECONDS": "0.5", "PRESSCAL_PLAN_SECONDS": "0.5", "PRESSCAL_LEASE_SECONDS": "60"}  # takeover by dead pid, not expiry
    procs = {p.pid: p for p in (_remind(seeded, smtp, "--now", start, **env) for _ in range(2))}
    lease = rs.Lease(store, "observer")
    try:
        holder = None
        for _ in range(200):
            cur = lease.current()
            if cur and cur[0].split(":")[1].isdigit() and int(cur[0].split(":")[1]) in procs:
                holder = int(cur[0].split(":")[1])
                break
            time.sleep(0.1)
        assert holder, "no scheduler became active"
        # (the reminders fall due a few seconds after start: normally nothing has been sent yet)
        os.kill(holder, signal.SIGKILL)
        procs.pop(holder).wait(10)
        for _ in range(300):
            counts = outbox.counts(store.engine)
            if counts.get("sent") and not set(counts) - {"sent", "missed"}:
                break
            time.sleep(0.2)
        (survivor,) = procs.values()
        assert int(lease.current()[0].split(":")[1]) == survivor.pid
    finally:
        for p in procs.values():
            p.send_signal(signal.SIGTERM)
            p.communicate(timeout=30)
    ids = smtp.box.ids()
    assert len(ids) == len(set(ids)) == 2  # 3 reminders each, one digest a person
    assert outbox.counts(store.engine).get("sent") == 2 * 3


def test_starttls_and_login_from_the_smtp_url(seeded: str, tmp_path: Path) -> None:
    """smtp://user:pass@host:port?starttls=true against a server that demands TLS before AUTH."""
    import importlib.util
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_text(TEST_CERT + "\n")
    key.write_text(TEST_KEY + "\n")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, data):  # noqa: ANN001, ANN202
        logins.append((data.login, data.password))
        return AuthResult(success=data.login == b"rem@x" and data.password == b"p:ss w")

    box, port = Box(), free_port()
    ctl = Controller(box, hostname="127.0.0.1", port=port, tls_context=ctx, require_starttls=True,
                     authenticator=authenticator, auth_require_tls=True)
    ctl.start()
    try:
        store = open_store(seeded)
        rs.subscribe(store, "tls@example.org")
        url = f"smtp://rem%40x:p%3Ass%20w@127.0.0.1:{port}?starttls=true"
        untrusted = Reminders(store, SmtpTransport(url), holder="t1").run_once(at(DEADLINE_NOW))
        assert untrusted is not None and untrusted.retry == 1  # an unverifiable certificate is refused
        r = Reminders(store, SmtpTransport(url, cafile=str(cert)), holder="t2")
        r.heartbeat(at(DEADLINE_NOW))
        assert r.dispatch(at(DEADLINE_NOW) + dt.timedelta(hours=1)).sent == 1
        assert logins == [(b"rem@x", b"p:ss w")] and len(box.messages) == 1
    finally:
        ctl.stop()


def test_start_background_runs_beside_a_web_app_and_stops(seeded: str, smtp: Server, monkeypatch) -> None:
    """The interface `presscal serve` uses: one BackgroundScheduler; a second one on the store stands by."""
    from scheduler.reminders.jobs import start_background

    monkeypatch.setenv("PRESSCAL_SMTP_URL", smtp.url)
    store = open_store(seeded)
    rs.subscribe(store, "web@example.org")
    now = at(DEADLINE_NOW) - dt.timedelta(seconds=1)
    first = start_background(seeded, now=now, interval=0.3, plan_interval=0.3)
    second = start_background(seeded, now=now, interval=0.3, plan_interval=0.3)
    try:
        for _ in range(100):
            if smtp.box.messages:
                break
            time.sleep(0.1)
        time.sleep(1.0)
        assert smtp.box.subjects() == ["Через 30 дней истекает срок: План мероприятий Беларусь — Курская область на 2023–2025 годы"]
        assert [first.runner.active, second.runner.active].count(True) == 1
    finally:
        first.stop()
        second.stop()
    assert rs.Lease(store, "after").current() is None  # the active one gave the lease back
