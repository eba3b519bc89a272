"""Source watcher benchmark: N sources on local press sites, polled once for their ETags, then polled
again when every answer is a 304.

    .venv/bin/python bench/watch.py [--sources 1000] [--hosts 50] [--delay 0.1] [--workers 16] [--db URL]

The sites are real HTTP servers on 127.0.0.1 … 127.0.0.N (each its own host, with its own robots.txt,
lock and delay); each source is an RSS feed there. Prints the time and memory of each poll (peak
Python allocations by tracemalloc, and the process's peak RSS); asserts nothing.
Target (issue 14): 1,000 sources polled with 304s in under 30 s, memory flat from one poll to the next.
"""

from __future__ import annotations

import argparse
import datetime as dt
import resource
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from scheduler.sources import registry  # noqa: E402
from scheduler.sources.http import Fetcher  # noqa: E402
from scheduler.sources.watch import Watcher  # noqa: E402
from scheduler.store.reading import open_store  # noqa: E402
from tests.fixtures_sites import Site, rss  # noqa: E402


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sources", type=int, default=1000)
    ap.add_argument("--hosts", type=int, default=50)
    ap.add_argument("--delay", type=float, default=0.1, help="seconds between two requests to one host")
    ap.add_argument("--workers", type=int, default=16)
    ap.add_argument("--db", help="store URL (default: a SQLite file in a temporary folder)")
    args = ap.parse_args()
    tmp = tempfile.TemporaryDirectory()
    store = open_store(args.db or f"sqlite:///{tmp.name}/bench.db")
    sites = [Site(f"127.0.0.{i + 1}") for i in range(args.hosts)]
    for i in range(args.sources):
        site = sites[i % len(sites)]
        path = f"/feed/{i}.xml"
        site.put(path, rss(site, []), "application/rss+xml")
        registry.add_source(store, site.url(path), every=1800)
    watcher = Watcher(store, fetcher=Fetcher(delay=args.delay), workers=args.workers, rand=lambda: 0.5)
    now = dt.datetime.now(dt.UTC)
    print(f"{args.sources} sources on {args.hosts} hosts, {args.delay:g} s between requests to a host, "
          f"{args.workers} workers, {store.url.split(':')[0]}")
    try:
        for label, at in (("first poll (200s, ETags stored)", now), ("second poll (304s)", now + dt.timedelta(hours=1)),
                          ("third poll (304s)", now + dt.timedelta(hours=2))):
            tracemalloc.start()
            t0 = time.perf_counter()
            reports = watcher.poll(at) or []
            took = time.perf_counter() - t0
            _, peak = tracemalloc.get_traced_memory()
            tracemalloc.stop()
            statuses: dict[str, int] = {}
            for r in reports:
                statuses[r.status] = statuses.get(r.status, 0) + 1
            print(f"{label:34} {took:6.2f} s  {len(reports) / took:7.1f} sources/s  peak Python allocations "
                  f"{peak / 2**20:6.1f} MB  peak RSS {rss_mb():6.1f} MB  {statuses}")
    finally:
        watcher.close()
        for s in sites:
            s.close()
        store.close()
        tmp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main())
