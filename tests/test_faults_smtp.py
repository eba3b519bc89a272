"""Issue 13, point 1: SMTP verdicts by phase, against a real SMTP server (aiosmtpd on loopback).

Only a 5xx to RCPT TO is about the recipient. A failure at the greeting, AUTH, MAIL FROM or DATA (a wrong
password, a rejected sender, «554 relay denied») is the server's: the batch stops, every row is kept without
an attempt counted, nobody is unsubscribed, and once the server is fixed everything goes out once.
"""

from __future__ import annotations

import datetime as dt
import socket
import threading
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest

from scheduler.cli import main
from scheduler.records import EventRecord
from scheduler.reminders import outbox
from scheduler.reminders import subscriptions as rs
from scheduler.reminders.jobs import REFUSAL_DAYS, Reminders
from scheduler.reminders.mail import SmtpTransport

from .conftest import need
from .test_jobs import HandStore
from .web_helpers import free_port

pytestmark = [pytest.mark.smtp, pytest.mark.faults]
MINSK = ZoneInfo("Europe/Minsk")
NOW = dt.datetime(2026, 5, 19, 9, 0, tzinfo=MINSK)
MEETINGS = [EventRecord(i, f"meet-{i}", "meeting", f"Заседание рабочей группы № {i}", f"2026-05-{20 + i:02d}")
            for i in range(5)]


class PhaseBox:
    """An aiosmtpd handler that answers a scripted reply at a chosen phase and keeps what it accepts."""

    def __init__(self) -> None:
        self.fail: dict[str, str] = {}  # phase (MAIL, RCPT, DATA) -> reply
        self.refuse: set[str] = set()  # recipients refused at RCPT TO with 550
        self.messages: list[tuple[str, bytes]] = []

    async def handle_MAIL(self, server, session, envelope, address, mail_options):  # noqa: ANN001, ANN201, N802
        if "MAIL" in self.fail:
            return self.fail["MAIL"]
        envelope.mail_from = address
        return "250 OK"

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):  # noqa: ANN001, ANN201, N802
        if "RCPT" in self.fail:
            return self.fail["RCPT"]
        if address in self.refuse:
            return "550 5.1.1 no such user"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):  # noqa: ANN001, ANN201, N802
        if "DATA" in self.fail:
            return self.fail["DATA"]
        for rcpt in envelope.rcpt_tos:
            self.messages.append((rcpt, envelope.content))
        return "250 Message accepted"

    def ids(self) -> list[str]:
        return [str(message_from_bytes(m, policy=policy.default)["Message-ID"]) for _, m in self.messages]


class SmtpServer:
    """aiosmtpd with AUTH (password "right"); ``password_ok`` switches a wrong-password fault on and off."""

    def __init__(self) -> None:
        from aiosmtpd.controller import Controller
        from aiosmtpd.smtp import AuthResult

        self.box, self.port, self.password_ok = PhaseBox(), free_port(), True

        def authenticator(server, session, envelope, mechanism, data):  # noqa: ANN001, ANN202
            return AuthResult(success=self.password_ok and data.password == b"right", handled=False)

        self.ctl = Controller(self.box, hostname="127.0.0.1", port=self.port, authenticator=authenticator,
                              auth_require_tls=False)
        self.url = f"smtp://presscal:right@127.0.0.1:{self.port}"

    def __enter__(self) -> SmtpServer:
        self.ctl.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.ctl.stop()


class RefusingGreeting:
    """A TCP server that greets every connection with «554 no SMTP service here» and hangs up."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                conn.sendall(b"554 5.3.2 no SMTP service here\r\n")

    def close(self) -> None:
        self.sock.close()


@pytest.fixture
def smtp() -> SmtpServer:
    import importlib.util

    need(importlib.util.find_spec("aiosmtpd") is not None, "aiosmtpd is not installed (pip install -e '.[test]')")
    with SmtpServer() as srv:
        yield srv


def _store(db_url: str, n: int = 12) -> HandStore:
    store = HandStore(db_url, MEETINGS[:1])
    for i in range(n):
        rs.subscribe(store, f"u{i:02d}@example.org", leads="1")
    return store


FAULTS = [
    ("AUTH", None, "535"),  # a wrong SMTP password
    ("MAIL", "553 5.7.1 sender address rejected", "553"),
    ("DATA", "554 5.7.1 relay access denied", "554"),
    ("DATA", "452 4.3.1 insufficient system storage", "452"),
    ("RCPT", "554 5.7.1 relay access denied", "554"),  # the same refusal for every address: the server's
]


@pytest.mark.parametrize(("phase", "reply", "code"), FAULTS, ids=[f"{p}-{c}" for p, _, c in FAULTS])
def test_issue_13_a_server_side_smtp_error_unsubscribes_nobody(db_url: str, smtp: SmtpServer, phase: str,
                                                                reply: str | None, code: str, capsys) -> None:
    store = _store(db_url)
    if phase == "AUTH":
        smtp.password_ok = False
    else:
        smtp.box.fail[phase] = reply  # type: ignore[assignment]
    r = Reminders(store, SmtpTransport(smtp.url), holder="t")
    rep = r.run_once(NOW)
    assert rep is not None and rep.sent == 0 and rep.dead == 0 and code in (rep.server_error or "")
    rows = outbox.listing(store.engine)
    assert len(rows) == 12 and {row["state"] for row in rows} == {"retry"}
    assert all(row["attempts"] == 0 and code in row["last_error"] for row in rows)
    assert all(s.active for s in rs.subscriptions(store))
    # the error is shown by `presscal outbox`
    assert main(["outbox", "--db", store.inner.url]) == 0
    err = capsys.readouterr().err
    assert "SMTP server failure: 12 rows waiting" in err and code in err
    # the next tick backs off instead of hammering the server
    assert r.dispatch(NOW + dt.timedelta(seconds=20)).retry == 0
    # the server is fixed: everything goes out, once
    smtp.password_ok = True
    smtp.box.fail.clear()
    later = NOW + dt.timedelta(hours=1)
    assert r.dispatch(later).sent == 12
    assert outbox.counts(store.engine) == {"sent": 12}
    ids = smtp.box.ids()
    assert len(ids) == len(set(ids)) == 12


def test_issue_13_a_refused_greeting_is_the_servers_fault(db_url: str) -> None:
    store = _store(db_url, 3)
    server = RefusingGreeting()
    try:
        rep = Reminders(store, SmtpTransport(f"smtp://127.0.0.1:{server.port}"), holder="t").run_once(NOW)
    finally:
        server.close()
    assert rep is not None and "554" in (rep.server_error or "") and "connect" in (rep.server_error or "")
    assert outbox.counts(store.engine) == {"retry": 3}
    assert all(s.active for s in rs.subscriptions(store))


def test_issue_13_an_address_is_switched_off_only_after_refusals_on_several_days(db_url: str, smtp: SmtpServer) -> None:
    store = HandStore(db_url, MEETINGS)  # a meeting a day: a reminder a day
    rs.subscribe(store, "gone@example.org", leads="1")
    rs.subscribe(store, "ok@example.org", leads="1")
    smtp.box.refuse.add("gone@example.org")
    r = Reminders(store, SmtpTransport(smtp.url), holder="t")
    for day in range(REFUSAL_DAYS):
        now = NOW + dt.timedelta(days=day + 1)
        active = {s.email: s.active for s in rs.subscriptions(store)}
        assert active == {"gone@example.org": True, "ok@example.org": True}, day
        rep = r.run_once(now)
        assert rep is not None and rep.server_error is None
    dead = outbox.listing(store.engine, "dead")
    assert {d["recipient"] for d in dead} == {"gone@example.org"}
    refused = [d for d in dead if d["last_error"].startswith(outbox.REFUSED)]
    # refused on REFUSAL_DAYS different mornings (a morning's reminders go as one digest, all refused together)
    assert len({str(d["next_attempt_at"] or d["due_at"])[:10] for d in refused}) == REFUSAL_DAYS, refused
    assert all("550" in d["last_error"] for d in refused)
    others = [d["last_error"] for d in dead if d not in refused]  # switched off: never tried
    assert all(f"refused on {REFUSAL_DAYS} days" in e or e == "unsubscribed" for e in others), others
    assert {s.email: s.active for s in rs.subscriptions(store)} == {"gone@example.org": False, "ok@example.org": True}
    assert {rcpt for rcpt, _ in smtp.box.messages} == {"ok@example.org"}


def test_issue_13_a_delivery_between_refusals_starts_the_count_again(db_url: str, smtp: SmtpServer) -> None:
    store = HandStore(db_url, MEETINGS)
    rs.subscribe(store, "flaky@example.org", leads="1")
    r = Reminders(store, SmtpTransport(smtp.url), holder="t")
    for day in range(REFUSAL_DAYS + 1):
        if day == 1:
            smtp.box.refuse.discard("flaky@example.org")  # one day the mailbox works
        else:
            smtp.box.refuse.add("flaky@example.org")
        r.run_once(NOW + dt.timedelta(days=day + 1))
    assert outbox.counts(store.engine) == {"dead": REFUSAL_DAYS, "sent": 1}
    assert [s.active for s in rs.subscriptions(store)] == [True]
