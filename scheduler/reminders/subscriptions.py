"""The database side of reminders, apart from the outbox: subscriptions, the scheduler lease, the watermark.

Times are stored as aware UTC (SQLModel's UTCDateTime; SQLite keeps UTC text) and handed back aware. The lease is wall-clock time (it is about live processes); the planning watermark is the
scheduler's clock (``--now`` moves it), kept as a SchedulerLock row named ``plan-watermark``.
"""

from __future__ import annotations

import datetime as dt
import os
import secrets
import socket
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from ..errors import NotFound, UsageError
from ..store.tables import SchedulerLock, Subscription
from .mail import check_address
from .planning import Subscriber

UTC = dt.timezone.utc  # noqa: UP017 -- Python 3.10
EVENT_TYPES = ("meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan", "other")
WATERMARK = "plan-watermark"


def utc(t: dt.datetime) -> dt.datetime:
    """Aware UTC, as SQLModel's UTCDateTime columns want it (SQLite keeps it as UTC text)."""
    return t.astimezone(UTC)


def aware(t: dt.datetime | None) -> dt.datetime | None:
    if t is None:
        return None
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def _rowcount(result: Any) -> int:
    return int(result.rowcount)


# --------------------------------------------------------------------------- subscriptions


def _csv_types(value: str | None) -> str:
    types = [t.strip() for t in (value or "").split(",") if t.strip()]
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise UsageError(f"unknown event type {bad[0]!r} in --types {value!r}; types: {', '.join(EVENT_TYPES)}")
    return ",".join(sorted(set(types)))


def _csv_leads(value: str | None) -> str:
    if not value:
        return ""
    try:
        leads = sorted({int(x) for x in value.split(",") if x.strip()}, reverse=True)
    except ValueError:
        raise UsageError(f"--lead {value!r}: expected comma-separated whole days, e.g. 30,7,1") from None
    if not leads or any(n < 0 or n > 366 for n in leads):
        raise UsageError(f"--lead {value!r}: days must be between 0 and 366")
    return ",".join(map(str, leads))


def subscribe(store: Any, email: str, *, types: str | None = None, leads: str | None = None,
              country: str = "BY", hour: int = 9, tz: str = "Europe/Minsk",
              parties: list[str] | None = None) -> Subscription:
    """Create or update (and re-activate) a subscription; ``parties``: only these sides' events (names or
    slugs of parties that have events, or Russian names), None or [] for all."""
    email = check_address(email.strip())
    if country not in ("BY", "RU"):
        raise UsageError(f"--country {country!r}: BY or RU")
    if not 0 <= hour <= 23:
        raise UsageError(f"--hour {hour}: 0..23")
    t, ld = _csv_types(types), _csv_leads(leads)
    ps = ";".join(_parties(store, parties or []))
    with Session(store.engine) as s:
        sub = s.execute(select(Subscription).where(_same_address(email))).scalars().first()
        if sub is None:
            sub = Subscription(email=email, token="")
        # a fresh unsubscribe token every time: a link from an older email (or a leaked one) stops working
        sub.token = secrets.token_urlsafe(24)
        sub.types, sub.leads, sub.country, sub.hour, sub.tz, sub.active = t, ld, country, hour, tz, True
        sub.parties = ps
        s.add(sub)
        s.commit()
        s.refresh(sub)
        return sub


def _same_address(email: str) -> Any:
    """Addresses are compared without regard to case (``A@example.org`` is ``a@example.org``): mail
    systems treat them as one mailbox, and one person must not become two subscriptions."""
    return func.lower(col(Subscription.email)) == email.lower()


def _parties(store: Any, wanted: list[str]) -> list[str]:
    """Each wanted party as a stored name: a known party by name or slug, else a Russian name as given."""
    from ..rules.parties import party_by, valid_party

    known = [p for p, _, _ in store.parties()] if wanted else []
    out: list[str] = []
    for w in wanted:
        name = party_by(known, w) or " ".join(w.split())
        if not valid_party(name) or (name.isascii() and name not in known):
            names = "; ".join(known) or "none yet"
            raise UsageError(f"--party {w!r}: no events of such a party; parties: {names}")
        if name not in out:
            out.append(name)
    return out


def unsubscribe(store: Any, email: str) -> None:
    email = check_address(email.strip())
    with Session(store.engine) as s:
        n = _rowcount(s.execute(update(Subscription).where(_same_address(email)).values(active=False)))
        s.commit()
    if not n:
        raise NotFound(f"no subscription for {email}")


def unsubscribe_token(store: Any, token: str) -> bool:
    """The one-click unsubscribe of ``/unsubscribe/{token}``: True when a subscription was switched off."""
    if not token or len(token) > 64:
        return False
    with Session(store.engine) as s:
        n = _rowcount(s.execute(update(Subscription).where(col(Subscription.token) == token).values(active=False)))
        s.commit()
    return bool(n)


def subscriptions(store: Any) -> list[Subscription]:
    with Session(store.engine) as s:
        return list(s.execute(select(Subscription).order_by(col(Subscription.email))).scalars())


def subscribers(store: Any) -> dict[str, tuple[Subscriber, Subscription]]:
    """Active subscriptions as planner input, by email."""
    out = {}
    for sub in subscriptions(store):
        if sub.active:
            out[sub.email] = (as_subscriber(sub), sub)
    return out


def as_subscriber(sub: Subscription) -> Subscriber:
    leads = tuple(int(x) for x in sub.leads.split(",") if x) if sub.leads else None
    types = frozenset(t for t in sub.types.split(",") if t)
    parties = frozenset(p for p in (sub.parties or "").split(";") if p)
    return Subscriber(sub.email, types, leads, sub.country, sub.hour, sub.tz, sub.token, parties)


def deactivate(store: Any, email: str) -> None:
    with Session(store.engine) as s:
        s.execute(update(Subscription).where(col(Subscription.email) == email).values(active=False))
        s.commit()


# --------------------------------------------------------------------------- the lease


def holder_id() -> str:
    return f"{socket.gethostname()}:{os.getpid()}:{secrets.token_hex(3)}"


def _dead_here(holder: str) -> bool:
    """The holder ran on this host and its process is gone (``kill -9``): no need to wait for expiry."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


@dataclass
class Lease:
    """One active scheduler per store: a row that its holder renews; others stand by until it lapses.

    Each acquisition (not a renewal) writes a fresh fencing ``token`` (``holder/nnnnnn``) into the row; the
    outbox rows claimed under it carry it in ``claimed_by``, so a holder that lost the lease -- even one
    that later takes it again -- can neither send nor mark what it claimed before (issue 13).
    ``previous`` says how the last acquisition found the row: ``free``, ``expired`` (its holder may be
    alive and mid-send) or ``dead`` (its process is gone).
    """

    store: Any
    holder: str
    ttl: dt.timedelta = dt.timedelta(seconds=30)
    name: str = "scheduler"
    token: str = ""
    previous: str = "free"

    def __post_init__(self) -> None:
        self.token = self.token or self.holder

    def acquire(self) -> bool:
        """Take or renew the lease; False while another live holder has it."""
        now = dt.datetime.now(UTC)
        try:
            with Session(self.store.engine) as s:
                q = select(SchedulerLock).where(col(SchedulerLock.name) == self.name)
                if not self.store.engine.dialect.name == "sqlite":
                    q = q.with_for_update()
                row = s.execute(q).scalars().first()
                if row is None:
                    self._new_token("free")
                    s.add(SchedulerLock(name=self.name, holder=self.token, expires_at=utc(now + self.ttl),
                                        heartbeat_at=utc(now)))
                elif row.holder == self.token and aware(row.expires_at) >= now:  # type: ignore[operator]
                    row.expires_at, row.heartbeat_at = utc(now + self.ttl), utc(now)
                    s.add(row)
                elif aware(row.expires_at) < now or _dead_here(row.holder) or row.holder == self.token:  # type: ignore[operator]
                    self._new_token("dead" if _dead_here(row.holder) else "expired")
                    row.holder, row.expires_at, row.heartbeat_at = self.token, utc(now + self.ttl), utc(now)
                    s.add(row)
                else:
                    return False
                s.commit()
                return True
        except IntegrityError:
            return False  # another process inserted the row first

    def _new_token(self, previous: str) -> None:
        self.token, self.previous = f"{self.holder}/{secrets.token_hex(3)}", previous

    def renew(self, conn: Any) -> bool:
        """Within ``conn``'s transaction: extend the lease if this token still holds it and it has not
        lapsed; False means the lease is lost (stop sending at once)."""
        t = SchedulerLock.__table__  # type: ignore[attr-defined]
        now = dt.datetime.now(UTC)
        q = select(t.c.holder, t.c.expires_at).where(t.c.name == self.name)
        if conn.dialect.name != "sqlite":
            q = q.with_for_update()
        row = conn.execute(q).first()
        if row is None or row.holder != self.token or aware(row.expires_at) <= now:  # type: ignore[operator]
            return False
        res = conn.execute(update(t).where(t.c.name == self.name, t.c.holder == self.token)
                           .values(expires_at=utc(now + self.ttl), heartbeat_at=utc(now)))
        return bool(res.rowcount)

    def current(self) -> tuple[str, dt.datetime] | None:
        with Session(self.store.engine) as s:
            row = s.get(SchedulerLock, self.name)
            return (row.holder, aware(row.expires_at)) if row else None  # type: ignore[return-value]

    def release(self) -> None:
        with Session(self.store.engine) as s:
            s.execute(delete(SchedulerLock).where(col(SchedulerLock.name) == self.name,
                                                  col(SchedulerLock.holder) == self.token))
            s.commit()


def watermark(store: Any) -> dt.datetime | None:
    with Session(store.engine) as s:
        row = s.get(SchedulerLock, WATERMARK)
        return aware(row.expires_at) if row else None


def set_watermark(store: Any, when: dt.datetime, holder: str) -> None:
    with Session(store.engine) as s:
        row = s.get(SchedulerLock, WATERMARK)
        if row is None:
            row = SchedulerLock(name=WATERMARK, holder=holder, expires_at=utc(when))
        row.expires_at, row.holder, row.heartbeat_at = utc(when), holder, utc(dt.datetime.now(UTC))
        s.add(row)
        s.commit()


def base_url_notice(env: dict[str, str] | None = None) -> str | None:
    """The warning said at start when ``PRESSCAL_BASE_URL`` is not set (like the SMTP setting's): the emails'
    unsubscribe links would point at this machine's loopback address, which recipients cannot open."""
    env = dict(os.environ) if env is None else env
    if env.get("PRESSCAL_BASE_URL", "").strip():
        return None
    from .mail import DEFAULT_BASE_URL

    return (f"PRESSCAL_BASE_URL is not set: the unsubscribe links in reminder emails point at {DEFAULT_BASE_URL}, "
            "which recipients cannot open; set it to the calendar's public address")
