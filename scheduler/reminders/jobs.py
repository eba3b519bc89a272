"""The reminder scheduler: planning and dispatch jobs under APScheduler 3.x, one active process per store.

- :class:`Reminders` does the work over one store: ``plan(now)`` (rules → outbox rows, by idempotent key)
  and ``dispatch(now)`` (claim due rows, compose, send, record the outcome).
- :class:`Scheduling` is the small interface the rest depends on (``every`` a periodic job, ``start``,
  ``stop``); :class:`ApsScheduling` implements it with a ``BackgroundScheduler`` (explicit time zone,
  ``coalesce=True``, one instance a job) running two module-level jobs, :func:`plan_job` and
  :func:`dispatch_job`. A missed run is harmless: the outbox and the planning window catch up. Enqueueing a delivery is :func:`scheduler.reminders.outbox.enqueue`. A distributed engine can replace
  both without touching the rules.
- A lease (:class:`scheduler.reminders.subscriptions.Lease`) makes one process active; another scheduler on the
  same store renews nothing and stands by, taking over when the lease lapses or its holder died.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from ..errors import UsageError
from . import outbox
from . import subscriptions as rs
from .mail import (
    DEFAULT_BASE_URL,
    DEFAULT_SENDER,
    PermanentError,
    ServerError,
    TransientError,
    Transport,
    check_base_url,
    check_sender,
    digest,
    letter,
    message,
    message_id,
)
from .planning import GRACE, EventIndex, index_after, plan, window_start

log = logging.getLogger("presscal.jobs")
UTC = dt.timezone.utc  # noqa: UP017 -- Python 3.10
TZ = "Europe/Minsk"
STUCK_AFTER = dt.timedelta(minutes=10)
REFUSAL_DAYS = 3  # an address refused at RCPT TO on this many days, nothing delivered since: switched off
REFUSAL_STREAK = 3  # this many different addresses refused in a row, none accepted: the server's fault
PLAN_CHUNK = dt.timedelta(days=1)  # a catch-up after an outage is planned and committed a day at a time


@dataclass
class Report:
    planned: int = 0
    missed: int = 0
    sent: int = 0
    retry: int = 0
    dead: int = 0
    expired: int = 0
    server_error: str | None = None  # a failure of the SMTP server (not of an address) that stopped dispatch
    lines: list[str] = field(default_factory=list)


def env_seconds(name: str, default: float) -> float:
    """A duration setting from the environment: a number of seconds, 0.1 to a day (a UsageError otherwise;
    zero or a negative interval would spin the scheduler)."""
    value = os.environ.get(name, "").strip()
    if not value:
        return float(default)
    try:
        seconds = float(value)
    except ValueError:
        seconds = float("nan")
    if not 0.1 <= seconds <= 86400:  # also false for nan
        raise UsageError(f"{name} {value!r}: expected a number of seconds from 0.1 to 86400 (default {default:g})")
    return seconds


class Reminders:
    """Planning and dispatch over one store; every method takes ``now`` (the scheduler's clock)."""

    def __init__(self, store: Any, transport: Transport, *, holder: str | None = None,
                 sender: str | None = None, base_url: str | None = None) -> None:
        self.store, self.transport = store, transport
        self.holder = holder or rs.holder_id()
        # Checked here, before any row is claimed: a bad From would otherwise kill every delivery as "dead".
        self.sender = check_sender(sender or os.environ.get("PRESSCAL_MAIL_FROM") or DEFAULT_SENDER)
        self.base_url = check_base_url(base_url or os.environ.get("PRESSCAL_BASE_URL") or DEFAULT_BASE_URL)
        self.lease = rs.Lease(store, self.holder, dt.timedelta(seconds=env_seconds("PRESSCAL_LEASE_SECONDS", 90)))
        env_seconds("PRESSCAL_TICK_SECONDS", 15), env_seconds("PRESSCAL_PLAN_SECONDS", 60)  # refuse a bad one now
        self.active = False
        self._stop = threading.Event()
        self._server_failures = 0  # consecutive server-side failures: the backoff grows with them
        self._hold_until: dt.datetime | None = None  # no dispatch before this (the server failed)
        self._index_key: tuple[Any, dt.date] | None = None
        self._index: EventIndex | None = None

    # ------------------------------------------------------------------ lease

    @property
    def fence(self) -> str:
        """The fencing token of the current lease: what this process's claims carry in ``claimed_by``."""
        return self.lease.token

    def request_stop(self) -> None:
        """Ask a running plan or dispatch to stop after the message in flight (SIGTERM, Ctrl-C)."""
        self._stop.set()

    @property
    def stopping(self) -> bool:
        return self._stop.is_set()

    def heartbeat(self, now: dt.datetime) -> bool:
        """Take or renew the lease; on becoming active, recover rows a previous holder left in ``sending``
        (a message the previous holder has in flight is left to it unless its process is gone)."""
        token = self.lease.token
        was, self.active = self.active, self.lease.acquire()
        if self.active and (not was or self.lease.token != token):
            n = outbox.recover(self.store.engine, now, self.fence, None, keep_in_flight=self.lease.previous != "dead")
            log.info("scheduler %s active on %s%s", self.holder, self.store, f"; recovered {n} rows" if n else "")
        elif was and not self.active:
            log.warning("scheduler %s lost the lease; standing by", self.holder)
        return self.active

    # ------------------------------------------------------------------ planning

    def due(self, now: dt.datetime, since: dt.datetime | None = None,
            until: dt.datetime | None = None) -> Iterator[Any]:
        """The reminder groups due in (since, until or now] -- nothing is written."""
        subs = [s for s, _ in rs.subscribers(self.store).values()]
        return plan(self.index(now), subs, now, since, until=until)

    def index(self, now: dt.datetime) -> EventIndex:
        """The events arranged for planning, rebuilt only when the store changed or the day turned."""
        version = self.store.version() if hasattr(self.store, "version") else None
        key = (version, index_after(now))
        if version is None or key != self._index_key or self._index is None:
            self._index = EventIndex(self.store.records(), key[1])
            self._index_key = key
        return self._index

    def plan(self, now: dt.datetime, report: Report | None = None, *, describe: bool = False) -> Report:
        """Plan from the watermark to ``now`` a day at a time (each day committed with its watermark, so
        a long catch-up makes progress and keeps its lease); ``describe``: one report line a group."""
        report = report or Report()
        since = rs.watermark(self.store)
        if since is None:  # the first run ever: what fell due before it existed was not missed by it
            since = now - GRACE
        start = window_start(now, since)
        while start < now and not self.stopping:
            until = min(now, start + PLAN_CHUNK)
            groups: Iterable[Any] = self.due(now, start, until)
            if describe:
                groups = list(groups)
                report.lines += self.describe(groups)
            new, missed = outbox.enqueue(self.store.engine, groups, now, lambda: self.active and self.lease.acquire())
            rs.set_watermark(self.store, until, self.holder)
            report.planned += new
            report.missed += missed
            start = until
        return report

    @staticmethod
    def describe(groups: list[Any]) -> list[str]:
        """One line a due group: state, due time (Minsk), kind, lead, day, title, recipients."""
        out = []
        for g in groups:
            who = ", ".join(s.email for s in g.recipients[:5]) + (" …" if len(g.recipients) > 5 else "")
            state = "missed" if g.missed else "due"
            out.append(f"{state:6} {g.due_at.astimezone(ZoneInfo(TZ)):%Y-%m-%d %H:%M} {g.occurrence.kind:12} "
                       f"lead {g.lead:>3} {g.occurrence.day} {g.occurrence.event.title[:60]!r} → {who}")
        return out

    # ------------------------------------------------------------------ dispatch

    def dispatch(self, now: dt.datetime, report: Report | None = None, limit: int = 200) -> Report:
        """Send every row whose time has come, batch after batch, until none is left or SMTP is down."""
        report = report or Report()
        if self._hold_until is not None and now < self._hold_until:
            return report  # the server failed a moment ago: back off (every row is kept)
        self._letters: dict[tuple[str, dt.date], Any] = {}
        outbox.recover(self.store.engine, now, self.fence, STUCK_AFTER)
        subs = rs.subscribers(self.store)
        try:
            while not self.stopping:
                if self.active and not self.heartbeat(now):
                    break  # the lease lapsed during a long dispatch: leave the rest to the new holder
                batch = outbox.claim(self.store.engine, now, self.fence, limit)
                if not batch:
                    break
                if not self._send_batch(batch, now, subs, report):
                    break
        finally:
            self.transport.close()
        return report

    def _send_batch(self, batch: list[dict[str, Any]], now: dt.datetime, subs: dict[str, Any], report: Report) -> bool:
        """Send one claimed batch; False when dispatch must stop (the server failed or is deferring).

        One message per recipient (issue 12): the recipient's rows of the batch go out as one digest when
        there are several (one .ics per item), each row keeping its own outcome, so delivery stays
        idempotent per item. Verdicts follow the phase of the SMTP transaction (RFC 5321): only a reply to
        RCPT TO is about the recipient. A refusal is settled (the rows ``dead``) once another message is
        accepted or the batch ends; refusals of REFUSAL_STREAK different addresses in a row, none accepted,
        are taken as the server's fault instead (a relay refusal at RCPT looks like that), and those rows are kept.
        """
        import json

        eng = self.store.engine
        groups: dict[str, list[dict[str, Any]]] = {}
        for row in batch:
            groups.setdefault(row["recipient"], []).append(row)
        order = list(groups.values())
        refused: list[tuple[dict[str, Any], PermanentError]] = []
        for g, rows in enumerate(order):
            later = [r for rest in order[g + 1:] for r in rest]
            ready: list[tuple[dict[str, Any], dict[str, Any]]] = []
            for i, row in enumerate(rows):
                if not self._may_send(row, now):  # lost the lease, or stopping: not one more message
                    self._settle_refusals(refused, now, subs, report)
                    why = "stopping" if self.stopping else "lease lost"
                    n = outbox.give_back(eng, [r for r, _ in ready] + rows[i:] + later, self.fence, now,
                                         f"not tried: {why}")
                    log.warning("scheduler %s: %s; %d claimed rows given back", self.holder, why, n)
                    return False
                payload = json.loads(row["payload"])
                if now >= dt.datetime.fromisoformat(payload["send_before"]):
                    outbox.mark_final(eng, row, self.fence, "missed",
                                      f"not sent before {payload['send_before']} (grace over or a later reminder is due)")
                    report.expired += 1
                elif row["recipient"] not in subs:
                    outbox.mark_final(eng, row, self.fence, "dead", "unsubscribed")
                    report.dead += 1
                else:
                    ready.append((row, payload))
            if not ready:
                continue
            sent = [r for r, _ in ready]
            try:
                let, mid = self._compose(ready, now, subs[sent[0]["recipient"]][0])
                self.transport.send(let[1], self.sender, sent[0]["recipient"])
            except PermanentError as e:
                refused += [(r, e) for r in sent]
                if len({r["recipient"] for r, _ in refused}) >= REFUSAL_STREAK:
                    fault = ServerError(f"{len({r['recipient'] for r, _ in refused})} different recipients refused "
                                        f"in a row, none accepted; the last: {e}", "RCPT TO", e.code)
                    self._server_fault([r for r, _ in refused] + later, now, fault, report)
                    return False
            except ServerError as e:
                self._server_fault([r for r, _ in refused] + sent + later, now, e, report)
                return False
            except TransientError as e:  # a 4xx to RCPT TO: this recipient later; the server is unwell
                self._settle_refusals(refused, now, subs, report)
                for r in sent:
                    state = outbox.mark_retry(eng, r, self.fence, now, str(e))
                    report.retry += state == "retry"
                    report.dead += state == "dead"
                log.warning("%s: %s -- will retry", sent[0]["recipient"], e)
                for rest in later:  # put the rest back without counting a try
                    outbox.mark_retry(eng, rest, self.fence, now, f"not tried: {e}", count=False)
                return False
            except UsageError as e:  # a recipient address that can never be valid
                for r in sent:
                    outbox.mark_final(eng, r, self.fence, "dead", str(e), 1)
                report.dead += len(sent)
            else:
                self._settle_refusals(refused, now, subs, report)
                self._server_failures, self._hold_until = 0, None
                for r in sent:
                    outbox.mark_sent(eng, r, self.fence, now, let[0].subject, mid)
                report.sent += len(sent)
        self._settle_refusals(refused, now, subs, report)
        return True

    def _compose(self, ready: list[tuple[dict[str, Any], dict[str, Any]]], now: dt.datetime, sub: Any
                 ) -> tuple[tuple[Any, Any], str]:
        """(letter, MIME message) and Message-ID for one recipient's rows: the reminder itself, or a digest of
        them; a resend of the same rows carries the same Message-ID (derived from their keys)."""
        import hashlib

        today = now.astimezone(ZoneInfo(sub.tz)).date()
        lets = []
        for row, payload in ready:
            let = self._letters.get((row["payload"], today))  # the same reminder to many people: compose once
            if let is None:
                let = self._letters[(row["payload"], today)] = letter(payload, today=today)
            lets.append(let)
        one = lets[0] if len(lets) == 1 else digest(lets, today)
        keys = sorted(row["key"] for row, _ in ready)
        key = keys[0] if len(keys) == 1 else hashlib.sha256("|".join(keys).encode()).hexdigest()[:40]
        mid = message_id(key, self.sender)
        recipient = ready[0][0]["recipient"]
        msg = message(one, sender=self.sender, recipient=recipient, message_id=mid, now=now,
                      unsubscribe_url=f"{self.base_url}/unsubscribe/{sub.token}")
        return (one, msg), mid

    def _may_send(self, row: dict[str, Any], now: dt.datetime) -> bool:
        """Before each message, in one transaction: renew the lease (its fencing token must still hold
        it) and mark the row in flight under that token. With an ``active`` flag off (a direct
        ``dispatch`` without a lease, as tests do) only the row's claim is checked."""
        if self.stopping:
            return False
        with self.store.engine.begin() as c:
            if self.active and not self.lease.renew(c):
                self.active = False
                return False
            return outbox.begin_send(c, row, self.fence, now)

    def _settle_refusals(self, refused: list[tuple[dict[str, Any], PermanentError]], now: dt.datetime,
                         subs: dict[str, Any], report: Report) -> None:
        """Refused rows become ``dead``; an address refused on REFUSAL_DAYS days, nothing delivered to it
        since, is switched off (one refusal may be a server's mistake or a full mailbox)."""
        eng = self.store.engine
        for row, e in refused:
            outbox.mark_final(eng, row, self.fence, "dead", f"{outbox.REFUSED}{e}", 1)
            report.dead += 1
            days = outbox.refusal_days(eng, row["recipient"])
            if days >= REFUSAL_DAYS and row["recipient"] in subs:
                n = outbox.kill_recipient(eng, row["recipient"], f"address refused on {days} days: {e}")
                rs.deactivate(self.store, row["recipient"])
                subs.pop(row["recipient"], None)
                report.dead += n
                log.error("%s: %s -- refused on %d days, subscription switched off", row["recipient"], e, days)
            else:
                log.warning("%s: %s -- refused (day %d of %d before the subscription is switched off)",
                            row["recipient"], e, days, REFUSAL_DAYS)
        refused.clear()

    def _server_fault(self, rows: list[dict[str, Any]], now: dt.datetime, e: ServerError, report: Report) -> None:
        """The server failed, not an address: keep every row (no attempt counted) and back off."""
        self._server_failures += 1
        delay = outbox.backoff(self._server_failures)
        self._hold_until = now + delay
        for r in rows:
            outbox.mark_retry(self.store.engine, r, self.fence, now, f"{outbox.SERVER_FAULT}{e}", count=False,
                              delay=delay)
        report.retry += len(rows)
        report.server_error = str(e)
        log.error("SMTP server failure at %s: %s -- %d rows kept, next try in %ds", e.phase, e, len(rows),
                  delay.total_seconds())

    def run_once(self, now: dt.datetime, *, describe: bool = False) -> Report | None:
        """Plan and dispatch once; None when another scheduler holds the lease (stand by)."""
        if not self.heartbeat(now):
            return None
        report = self.plan(now, describe=describe)
        return self.dispatch(now, report)


# --------------------------------------------------------------------------- scheduling


class Scheduling(Protocol):
    """What reminders need of a scheduler; a distributed engine can implement the same three calls."""

    def every(self, seconds: float, fn: Callable[..., None], name: str, args: tuple = ()) -> None: ...

    def start(self) -> None: ...

    def stop(self) -> None: ...


class ApsScheduling:
    def __init__(self, tz: str = TZ) -> None:
        from apscheduler.schedulers.background import BackgroundScheduler

        self._s = BackgroundScheduler(timezone=ZoneInfo(tz), job_defaults={
            "coalesce": True, "max_instances": 1, "misfire_grace_time": 60})

    def every(self, seconds: float, fn: Callable[..., None], name: str, args: tuple = ()) -> None:
        self._s.add_job(fn, "interval", seconds=seconds, id=name, name=name, args=list(args),
                        next_run_time=dt.datetime.now(UTC), replace_existing=True)

    def start(self) -> None:
        self._s.start()

    def stop(self) -> None:
        self._s.shutdown(wait=True)


_RUNNERS: dict[str, tuple[Reminders, Callable[[], dt.datetime]]] = {}
_LOCK = threading.Lock()


def plan_job(runner_id: str) -> None:
    """The planning job (module level, plain argument): heartbeat; if active, rules → outbox."""
    _run(runner_id, "plan")


def dispatch_job(runner_id: str) -> None:
    """The dispatch job: heartbeat; if active, send what is due."""
    _run(runner_id, "dispatch")


def _run(runner_id: str, what: str) -> None:
    entry = _RUNNERS.get(runner_id)
    if entry is None:
        return  # stopped meanwhile
    runner, clock = entry
    with _LOCK:  # the two jobs of one process take turns (they share the lease and the index)
        if runner.stopping:
            return
        now = clock()
        try:
            if not runner.heartbeat(now):
                return
            r = runner.plan(now) if what == "plan" else runner.dispatch(now)
            if r.planned or r.sent or r.retry or r.dead or r.missed or r.expired:
                log.info("reminders %s: planned %d, sent %d, retry %d, dead %d, missed %d", what,
                         r.planned, r.sent, r.retry, r.dead, r.missed + r.expired)
        except Exception:  # noqa: BLE001 -- a failing run must not kill the scheduler; the next one retries
            log.exception("reminder %s job failed", what)


def _schedule(runner: Reminders, clock: Callable[[], dt.datetime], interval: float | None,
              plan_interval: float | None) -> tuple[ApsScheduling, str]:
    """Register the runner and its two jobs: dispatch every PRESSCAL_TICK_SECONDS (default 15 s), planning
    every PRESSCAL_PLAN_SECONDS (default 60 s)."""
    rid = runner.holder
    _RUNNERS[rid] = (runner, clock)
    tick = interval or env_seconds("PRESSCAL_TICK_SECONDS", 15)
    every_plan = plan_interval or env_seconds("PRESSCAL_PLAN_SECONDS", 60)
    sched = ApsScheduling()
    sched.every(every_plan, plan_job, "reminders-plan", (rid,))
    sched.every(tick, dispatch_job, "reminders-dispatch", (rid,))
    return sched, rid


def make_clock(now: dt.datetime | None) -> Callable[[], dt.datetime]:
    """The real clock, or one that started at ``now`` and runs on (``--now`` without ``--once``)."""
    if now is None:
        return lambda: dt.datetime.now(UTC)
    offset = now - dt.datetime.now(UTC)
    return lambda: dt.datetime.now(UTC) + offset


@dataclass
class Handle:
    scheduling: Scheduling
    runner: Reminders
    runner_id: str

    def stop(self) -> None:
        """Finish the message in flight, stop both jobs, give the lease back (a stand-in takes over at once)."""
        self.runner.request_stop()
        self.scheduling.stop()
        _RUNNERS.pop(self.runner_id, None)
        if self.runner.active:
            self.runner.lease.release()
            self.runner.active = False


def start_background(store_url: str | None, *, now: dt.datetime | None = None, interval: float | None = None,
                     plan_interval: float | None = None, transport: Transport | None = None) -> Handle:
    """Start the scheduler beside a web app (``presscal serve``); it stands by if another holds the lock."""
    from ..store.reading import open_store
    from .mail import transport_from_env

    store = open_store(store_url)
    runner = Reminders(store, transport or transport_from_env())
    sched, rid = _schedule(runner, make_clock(now), interval, plan_interval)
    sched.start()
    return Handle(sched, runner, rid)


def run_forever(runner: Reminders, clock: Callable[[], dt.datetime], interval: float | None = None) -> int:
    """``presscal remind`` without ``--once``: tick until SIGTERM or Ctrl-C, then finish the message in
    flight, give the claimed rows and the lease back and return 0."""
    import signal

    stop = threading.Event()

    def on_signal(signum: int, _frame: Any) -> None:
        log.info("signal %d: stopping after the message in flight", signum)
        runner.request_stop()
        stop.set()

    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, on_signal)
    sched, rid = _schedule(runner, clock, interval, None)
    sched.start()
    log.info("reminder scheduler %s started on %s (sending via %s)", rid, runner.store, runner.transport.name)
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        Handle(sched, runner, rid).stop()
    return 0
