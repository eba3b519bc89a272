"""The outbox: one row per (event occurrence, lead, recipient), the unit of at-least-once delivery.

States: ``pending`` (planned, waiting for its time) → ``sending`` (claimed by the active scheduler) →
``sent``; a 4xx or a connection error → ``retry`` (with ``next_attempt_at``, backoff and jitter) →
``sending`` again; a 5xx to RCPT TO, a rejected address or too many attempts → ``dead``; a failure of
the server (connection, TLS, AUTH, MAIL FROM, DATA) → ``retry`` without counting an attempt; a reminder whose
``send_before`` has passed (planner or SMTP down too long) → ``missed``, never sent late.

Claiming is a compare-and-set ``UPDATE … WHERE state IN ('pending','retry')`` per row, so two
dispatchers can never both own a row; a row left in ``sending`` by a killed process goes back to
``retry`` (:func:`recover`) and is sent again with the same Message-ID.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import random
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from sqlalchemy import and_, func, or_, select, update

from ..store.tables import Outbox
from .planning import DueGroup
from .subscriptions import aware, utc

UTC = dt.timezone.utc  # noqa: UP017 -- Python 3.10
T = Outbox.__table__  # type: ignore[attr-defined]
BATCH = 2000
MAX_ATTEMPTS = 8
BACKOFF = dt.timedelta(seconds=60)
BACKOFF_CAP = dt.timedelta(hours=2)


def _event_json(ev: Any) -> dict[str, Any]:
    d = dataclasses.asdict(ev)
    for k in ("created", "last_modified", "hidden_at"):
        if d.get(k):
            d[k] = d[k].isoformat()
    d["participants"] = list(d["participants"])
    d["parties"] = list(d["parties"])
    return d


def rows(groups: Iterable[DueGroup], now: dt.datetime) -> Iterator[dict[str, Any]]:
    """Outbox rows of planned groups: the fan-out, one dict per recipient."""
    snap: dict[str, str] = {}
    for g in groups:
        occ = g.occurrence
        ev = occ.event
        if ev.uid not in snap:
            snap[ev.uid] = json.dumps(_event_json(ev), ensure_ascii=False)
        head = json.dumps({"kind": occ.kind, "day": occ.day.isoformat(), "n": occ.n, "lead": g.lead,
                           "jubilee": occ.jubilee, "send_before": g.send_before.isoformat()})
        payload = head[:-1] + ', "event": ' + snap[ev.uid] + "}"
        state = "missed" if g.missed else "pending"
        for sub in g.recipients:
            yield {
                "key": g.key(sub.email), "event_uid": ev.uid, "occurrence": occ.day, "lead_days": g.lead,
                "kind": occ.kind, "recipient": sub.email, "due_at": utc(g.due_at), "state": state,
                "attempts": 0, "next_attempt_at": utc(g.due_at), "subject": "", "message_id": "",
                "payload": payload, "created_at": utc(now),
                "last_error": f"not planned before {g.send_before:%Y-%m-%d %H:%M} UTC" if g.missed else None,
            }


def _insert_ignore(engine: Any) -> Any:
    from sqlalchemy.dialects import postgresql, sqlite

    dialect: Any = postgresql if engine.dialect.name == "postgresql" else sqlite
    return dialect.insert(T).on_conflict_do_nothing(index_elements=["key"])


def enqueue(engine: Any, groups: Iterable[DueGroup], now: dt.datetime,
            after_batch: Callable[[], object] | None = None) -> tuple[int, int]:
    """Insert planned rows, ignoring keys already there; returns (new rows to send, new missed rows).

    ``after_batch`` runs after each committed batch (the scheduler renews its lease there).
    """
    stmt = _insert_ignore(engine).returning(T.c.state)  # conflicts return nothing (rowcount is -1 on psycopg)
    new = missed = 0
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal new, missed
        if not batch:
            return
        with engine.begin() as c:
            for (state,) in c.execute(stmt, batch):  # one multi-row INSERT a batch (insertmanyvalues)
                if state == "missed":
                    missed += 1
                else:
                    new += 1
        batch.clear()
        if after_batch is not None:
            after_batch()

    for r in rows(groups, now):
        batch.append(r)
        if len(batch) >= BATCH:
            flush()
    flush()
    return new, missed


def claim(engine: Any, now: dt.datetime, holder: str, limit: int = 100) -> list[dict[str, Any]]:
    """Take up to ``limit`` rows whose time has come; each row is owned by exactly one claimer."""
    n = utc(now)
    # next_attempt_at is set on every insert, retry and recovery, so its index serves this query
    ready = and_(T.c.state.in_(("pending", "retry")), T.c.next_attempt_at <= n)
    with engine.begin() as c:
        ids = [r[0] for r in c.execute(select(T.c.id).where(ready).order_by(T.c.next_attempt_at, T.c.id).limit(limit))]
        got = []
        for i in ids:
            res = c.execute(update(T).where(T.c.id == i, T.c.state.in_(("pending", "retry")))
                            .values(state="sending", claimed_at=n, claimed_by=holder))
            if res.rowcount:
                got.append(i)
        if not got:
            return []
        return [dict(r._mapping) for r in c.execute(select(T).where(T.c.id.in_(got)).order_by(T.c.due_at, T.c.id))]


def _set(engine: Any, row_id: int, holder: str, **values: Any) -> bool:
    with engine.begin() as c:
        res = c.execute(update(T).where(T.c.id == row_id, T.c.state == "sending", T.c.claimed_by == holder)
                        .values(**values))
        return bool(res.rowcount)


def mark_sent(engine: Any, row: dict[str, Any], holder: str, now: dt.datetime, subject: str, mid: str) -> bool:
    return _set(engine, row["id"], holder, state="sent", sent_at=utc(now), subject=subject, message_id=mid,
                attempts=row["attempts"] + 1, last_error=None)


def mark_final(engine: Any, row: dict[str, Any], holder: str, state: str, error: str, attempts: int = 0) -> bool:
    return _set(engine, row["id"], holder, state=state, last_error=error[:2000], attempts=row["attempts"] + attempts)


def backoff(attempts: int, rng: random.Random | None = None) -> dt.timedelta:
    """Exponential backoff (1, 2, 4 … minutes, at most 2 hours) with ±25 % jitter."""
    base = min(BACKOFF * (2 ** max(attempts - 1, 0)), BACKOFF_CAP)
    return base * (rng or random).uniform(0.75, 1.25)


def mark_retry(engine: Any, row: dict[str, Any], holder: str, now: dt.datetime, error: str,
               count: bool = True, delay: dt.timedelta | None = None) -> str:
    """Schedule another attempt, or give up (``dead``) after MAX_ATTEMPTS counted ones; returns the new
    state. ``count=False`` (the server's fault, not this row's) never brings a row nearer to ``dead``."""
    attempts = row["attempts"] + (1 if count else 0)
    if count and attempts >= MAX_ATTEMPTS:
        mark_final(engine, row, holder, "dead", f"gave up after {attempts} attempts: {error}", 1)
        return "dead"
    _set(engine, row["id"], holder, state="retry", attempts=attempts, last_error=error[:2000],
         next_attempt_at=utc(now + (delay if delay is not None else backoff(max(attempts, 1)))))
    return "retry"


REFUSED = "recipient refused: "  # how a dead row refused at RCPT TO starts its last_error
SERVER_FAULT = "server fault: "  # how a row kept back by a server-side failure starts its last_error


def refusal_days(engine: Any, recipient: str) -> int:
    """On how many distinct (UTC) days this address was refused at RCPT TO since it last received a message."""
    with engine.connect() as c:
        last_sent = c.execute(select(func.max(T.c.sent_at)).where(T.c.recipient == recipient,
                                                                   T.c.state == "sent")).scalar()
        q = select(T.c.claimed_at).where(T.c.recipient == recipient, T.c.state == "dead",
                                         T.c.last_error.like(REFUSED + "%"), T.c.claimed_at.is_not(None))
        if last_sent is not None:
            q = q.where(T.c.claimed_at > last_sent)
        return len({aware(t).date() for (t,) in c.execute(q)})  # type: ignore[union-attr]


def server_fault(engine: Any) -> tuple[int, str] | None:
    """Rows held back by a server-side SMTP failure and the newest such error, for ``presscal outbox``."""
    cond = and_(T.c.state == "retry", T.c.last_error.like(SERVER_FAULT + "%"))
    with engine.connect() as c:
        n = c.execute(select(func.count()).where(cond)).scalar() or 0
        if not n:
            return None
        last = c.execute(select(T.c.last_error).where(cond).order_by(T.c.next_attempt_at.desc()).limit(1)).scalar()
        return int(n), str(last)


def kill_recipient(engine: Any, recipient: str, error: str) -> int:
    """A permanently refused address: its other waiting rows are dead too (never retried)."""
    with engine.begin() as c:
        return c.execute(update(T).where(T.c.recipient == recipient, T.c.state.in_(("pending", "retry")))
                         .values(state="dead", last_error=error[:2000])).rowcount


IN_FLIGHT = dt.timedelta(minutes=5)  # how long a message may be on its way to the SMTP server


def begin_send(conn: Any, row: dict[str, Any], holder: str, now: dt.datetime) -> bool:
    """Within the transaction that renewed the lease: mark the row in flight (its ``next_attempt_at``
    becomes the time by which the send is over); False when the row is no longer this claim's."""
    return bool(conn.execute(update(T).where(T.c.id == row["id"], T.c.state == "sending", T.c.claimed_by == holder)
                             .values(next_attempt_at=utc(now + IN_FLIGHT))).rowcount)


def give_back(engine: Any, rows: Iterable[dict[str, Any]], holder: str, now: dt.datetime, why: str) -> int:
    """Claimed rows not sent (the lease was lost, or the process is stopping) go back to ``retry`` at once,
    no attempt counted; only rows still this claim's and ``sending``."""
    ids = [r["id"] for r in rows]
    if not ids:
        return 0
    with engine.begin() as c:
        return c.execute(update(T).where(T.c.id.in_(ids), T.c.state == "sending", T.c.claimed_by == holder)
                         .values(state="retry", next_attempt_at=utc(now), last_error=why)).rowcount


def recover(engine: Any, now: dt.datetime, holder: str, stuck_after: dt.timedelta | None,
            keep_in_flight: bool = True) -> int:
    """Rows left in ``sending`` by another (dead or stood-down) holder, or for too long, go back to retry.

    Called when a scheduler becomes active (``stuck_after=None``: every row not claimed by itself) and
    then periodically. A row another holder has in flight (:func:`begin_send`, until its ``next_attempt_at``)
    is left to it unless ``keep_in_flight`` is false (that holder's process is known to be gone): so a
    stand-in never re-sends what a slow old holder is sending. Rows are sent again with the same
    Message-ID: at least once.
    """
    cond = T.c.state == "sending"
    others = or_(T.c.claimed_by.is_(None), T.c.claimed_by != holder)
    idle = or_(T.c.next_attempt_at.is_(None), T.c.next_attempt_at <= utc(now))
    if stuck_after is None:
        cond = and_(cond, others, idle) if keep_in_flight else and_(cond, others)
    else:
        cond = and_(cond, or_(T.c.claimed_at < utc(now - stuck_after), and_(others, idle)))
    with engine.begin() as c:
        return c.execute(update(T).where(cond).values(state="retry", next_attempt_at=utc(now),
                                                      last_error="recovered: the sender stopped mid-delivery")).rowcount


def listing(engine: Any, state: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    q = select(T.c.id, T.c.key, T.c.state, T.c.kind, T.c.event_uid, T.c.occurrence, T.c.lead_days, T.c.recipient,
               T.c.due_at, T.c.attempts, T.c.next_attempt_at, T.c.sent_at, T.c.message_id, T.c.subject,
               T.c.last_error).order_by(T.c.due_at, T.c.id)
    if state:
        q = q.where(T.c.state == state)
    if limit:
        q = q.limit(limit)
    with engine.connect() as c:
        out = []
        for r in c.execute(q):
            d = dict(r._mapping)
            for k in ("due_at", "next_attempt_at", "sent_at"):
                d[k] = aware(d[k])
            out.append(d)
        return out


def counts(engine: Any) -> dict[str, int]:
    with engine.connect() as c:
        return {s: n for s, n in c.execute(select(T.c.state, func.count()).group_by(T.c.state))}
