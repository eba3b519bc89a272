"""Reminder benchmark: planning for 1,000,000 events × 10,000 subscriptions, and dispatch to local SMTP.

    .venv/bin/python bench/remind.py [--events 1000000] [--subs 10000] [--messages 2000]

Planning streams generated events into the index (one-off days older than the planning window are
not kept), then plans one scheduler tick (a minute) and one first run (the 14-day lookback) and counts
the fan-out without materializing it. Dispatch: outbox rows for N subscribers on a real SQLite store,
sent over one SMTP connection to aiosmtpd on loopback. Prints figures; asserts nothing.
Targets (issue 6): planning < 30 s and < 1 GB; dispatch ≥ 100 messages/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scheduler.records import EventRecord  # noqa: E402
from scheduler.reminders.planning import EventIndex, Subscriber, index_after, plan  # noqa: E402

MINSK = ZoneInfo("Europe/Minsk")
TYPES = ["meeting"] * 30 + ["visit"] * 20 + ["agreement"] * 15 + ["fair"] * 8 + ["festival"] * 7 + \
    ["commemoration"] * 5 + ["plan"] * 5 + ["other"] * 10
REGIONS = ["Курской", "Брянской", "Смоленской", "Псковской", "Калужской", "Тульской", "Орловской", "Московской"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def events(n: int, seed: int = 1) -> Iterator[EventRecord]:
    rng = random.Random(seed)
    base = dt.date(1990, 1, 1).toordinal()
    span = dt.date(2030, 12, 31).toordinal() - base
    for i in range(n):
        t = rng.choice(TYPES)
        region = rng.choice(REGIONS)
        day = dt.date.fromordinal(base + rng.randrange(span))
        if t == "plan":
            y = day.year
            yield EventRecord(i, f"ev{i}", t, f"План мероприятий на {y}-{y + 2} годы с {region} областью", str(y), str(y + 2))
        elif t == "commemoration" and rng.random() < 0.5:
            yield EventRecord(i, f"ev{i}", t, f"День памяти №{i % 500}", f"XXXX-{day:%m-%d}", recurrence="yearly",
                              first_year=day.year)
        elif rng.random() < 0.1:
            yield EventRecord(i, f"ev{i}", t, f"Событие {i} с {region} областью", str(day.year))  # year only
        else:
            yield EventRecord(i, f"ev{i}", t, f"Событие {i} с {region} областью", day.isoformat(),
                              location=f"г. {region[:-3]}")


def subscribers(n: int, seed: int = 2) -> list[Subscriber]:
    rng = random.Random(seed)
    type_sets = [frozenset(), frozenset({"plan"}), frozenset({"agreement", "commemoration"}),
                 frozenset({"meeting", "visit"}), frozenset({"fair", "festival"})]
    leads = [None, None, None, (30, 7, 1), (14, 1), (7,)]
    return [Subscriber(f"user{i}@example.org", rng.choice(type_sets), rng.choice(leads), rng.choice(["BY", "RU"]),
                       rng.choice([8, 9, 9, 9, 10]), "Europe/Minsk", f"t{i}") for i in range(n)]


def bench_planning(n_events: int, n_subs: int) -> None:
    now = dt.datetime(2026, 4, 1, 9, 0, 30, tzinfo=MINSK)
    t0 = time.perf_counter()
    index = EventIndex(events(n_events), index_after(now))
    t1 = time.perf_counter()
    subs = subscribers(n_subs)
    jan = dt.datetime(2026, 1, 5, 9, 0, 30, tzinfo=MINSK)  # overdue plans and jubilee years fall due
    for label, when, since in (("one tick (1 min)", now, now - dt.timedelta(minutes=1)),
                               ("one tick on 5 January", jan, jan - dt.timedelta(minutes=1)),
                               ("first run (last day)", now, now - dt.timedelta(days=1)),
                               ("after a 14-day outage", now, None)):
        t2 = time.perf_counter()
        groups = rows = missed = 0
        for g in plan(index, subs, when, since):
            groups += 1
            rows += len(g.recipients)
            missed += len(g.recipients) if g.missed else 0
        t3 = time.perf_counter()
        print(f"planning {label}: {n_events:,} events × {n_subs:,} subscriptions: index {t1 - t0:.1f} s, "
              f"plan {t3 - t2:.2f} s; {groups:,} (occurrence, lead, profile) groups → {rows:,} deliveries "
              f"({missed:,} missed)")
    print(f"planning peak RSS: {rss_mb():.0f} MB")
    bench_enqueue(index, subs, now)


def bench_enqueue(index: EventIndex, subs: list[Subscriber], now: dt.datetime, limit: int = 100_000) -> None:
    """The fan-out written: the first ``limit`` outbox rows of one tick into a SQLite store."""
    from scheduler.reminders import outbox
    from scheduler.store.reading import open_store

    def first_groups() -> Iterator:
        n = 0
        for g in plan(index, subs, now, now - dt.timedelta(minutes=1)):
            yield g
            n += len(g.recipients)
            if n >= limit:
                return

    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(f"sqlite:///{tmp}/enqueue.db")
        t0 = time.perf_counter()
        new, _ = outbox.enqueue(store.engine, first_groups(), now)
        t1 = time.perf_counter()
        print(f"outbox insert (SQLite): {new:,} rows of that tick in {t1 - t0:.1f} s = {new / (t1 - t0):,.0f} rows/s")


def bench_dispatch(n: int) -> None:
    import socket
    import subprocess

    from scheduler.reminders import outbox
    from scheduler.reminders import subscriptions as rs
    from scheduler.reminders.jobs import Reminders
    from scheduler.reminders.mail import SmtpTransport
    from scheduler.store.reading import open_store

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    # the server in its own process (as a real one would be), so it does not share our GIL
    server = subprocess.Popen([sys.executable, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{port}",
                               "-c", "aiosmtpd.handlers.Sink"])
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            time.sleep(0.1)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            store = open_store(f"sqlite:///{tmp}/bench.db")

            class Hand:
                engine = store.engine

                def records(self) -> list[EventRecord]:
                    return [EventRecord(1, "unity", "commemoration", "День единения народов Беларуси и России",
                                        "XXXX-04-02", recurrence="yearly", first_year=1996)]

                def __repr__(self) -> str:
                    return "bench store"

            hand = Hand()
            for i in range(n):
                rs.subscribe(store, f"user{i}@example.org")
            now = dt.datetime(2026, 4, 1, 9, 0, tzinfo=MINSK)
            r = Reminders(hand, SmtpTransport(f"smtp://127.0.0.1:{port}"), holder="bench")
            r.heartbeat(now)
            t0 = time.perf_counter()
            r.plan(now, None)
            t1 = time.perf_counter()
            rep = r.dispatch(now)
            t2 = time.perf_counter()
            print(f"outbox: {n:,} rows planned and inserted in {t1 - t0:.2f} s ({n / (t1 - t0):,.0f} rows/s)")
            print(f"dispatch: {rep.sent:,} messages to aiosmtpd on loopback in {t2 - t1:.2f} s = "
                  f"{rep.sent / (t2 - t1):,.0f} messages/s (outbox states {outbox.counts(store.engine)})")
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--subs", type=int, default=10_000)
    ap.add_argument("--messages", type=int, default=2_000)
    a = ap.parse_args()
    bench_planning(a.events, a.subs)
    bench_dispatch(a.messages)


if __name__ == "__main__":
    main()
