"""Benchmark of the feeds: build time of a 100,000-event feed, and requests per second for all.ics
(200 and 304) from a load generator on loopback against one uvicorn worker holding 10,000 events.

    .venv/bin/python bench/serve.py [--events 10000] [--build 100000] [--seconds 10] [--connections 32]

The server is the real `presscal serve --no-scheduler` in a subprocess; the load generator is
`wrk` when installed (apt-get install wrk), else an httpx asyncio client. Targets: build < 3 s,
304 >= 2,000/s, 200 >= 300/s. Prints the figures; nothing is asserted.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scheduler.feeds import build as feeds  # noqa: E402
from scheduler.store import writing as writer  # noqa: E402
from scheduler.store.reading import open_store  # noqa: E402
from tests.test_feeds import generated  # noqa: E402
from tests.web_helpers import free_port, generated_documents  # noqa: E402

UTC = dt.timezone.utc  # noqa: UP017


def build_time(n: int) -> tuple[float, float, int]:
    records = generated(n, seed=1)
    now = dt.datetime.now(UTC)
    times = []
    for _ in range(3):
        t = time.perf_counter()
        data = feeds.build_feed("all", records, now=now)
        times.append(time.perf_counter() - t)
    return min(times), max(times), len(data)


def make_store(url: str, events: int) -> int:
    store = open_store(url)
    seed = 0
    while store.counts()["event"] < events:
        docs = generated_documents(200, 10, seed=seed)
        docs = [d.__class__(**{**{f: getattr(d, f) for f in d.__dataclass_fields__}, "source": f"gen{seed}/{d.source}"})
                for d in docs]
        writer.add_documents(store, [(d, None) for d in docs])
        seed += 1
    return store.counts()["event"]


def start_server(db: str, port: int) -> subprocess.Popen:
    env = {**os.environ, "PRESSCAL_DB": db}
    proc = subprocess.Popen([sys.executable, "-m", "scheduler", "serve", "--no-scheduler", "--port", str(port)],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=ROOT)
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200:
                return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit(f"server did not start: {proc.stderr.read().decode()[-2000:] if proc.stderr else ''}")


def wrk(url: str, headers: dict[str, str], seconds: int, connections: int) -> tuple[float, str]:
    cmd = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency"]
    for k, v in headers.items():
        cmd += ["-H", f"{k}: {v}"]
    out = subprocess.run(cmd + [url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    p50 = re.search(r"^\s+50%\s+(\S+)", out, re.M)
    return rps, f"p50 {p50.group(1) if p50 else '?'}" + (f", {non2xx.group(1)} non-2xx/3xx" if non2xx else "")


async def _httpx_load(url: str, headers: dict[str, str], seconds: int, connections: int) -> tuple[float, str]:
    import httpx

    count, statuses = 0, set()
    stop = time.monotonic() + seconds
    limits = httpx.Limits(max_connections=connections, max_keepalive_connections=connections)
    async with httpx.AsyncClient(limits=limits, timeout=30) as client:
        async def worker() -> None:
            nonlocal count
            while time.monotonic() < stop:
                r = await client.get(url, headers=headers)
                await r.aread()
                statuses.add(r.status_code)
                count += 1
        t = time.monotonic()
        await asyncio.gather(*(worker() for _ in range(connections)))
        return count / (time.monotonic() - t), f"statuses {sorted(statuses)}"


def load(url: str, headers: dict[str, str], seconds: int, connections: int) -> tuple[float, str, str]:
    if shutil.which("wrk"):
        return (*wrk(url, headers, seconds, connections), "wrk")
    return (*asyncio.run(_httpx_load(url, headers, seconds, connections)), "httpx")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=10_000)
    ap.add_argument("--build", type=int, default=100_000)
    ap.add_argument("--seconds", type=int, default=10)
    ap.add_argument("--connections", type=int, default=32)
    args = ap.parse_args()

    best, worst, size = build_time(args.build)
    print(f"build all.ics of {args.build:,} events: {best:.2f} s best of 3 (worst {worst:.2f} s), "
          f"{size / 1e6:.1f} MB  [target < 3 s]")

    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        t = time.perf_counter()
        n = make_store(db, args.events)
        print(f"store: {n:,} events generated in {time.perf_counter() - t:.1f} s")
        port = free_port()
        proc = start_server(db, port)
        try:
            import httpx

            url = f"http://127.0.0.1:{port}/calendars/all.ics"
            t = time.perf_counter()
            first = httpx.get(url, headers={"Accept-Encoding": "identity"}, timeout=120)
            cold = time.perf_counter() - t
            gz = httpx.get(url, headers={"Accept-Encoding": "gzip"}, timeout=60)
            print(f"all.ics: {len(first.content) / 1e6:.1f} MB ({gz.headers.get('content-length', '?')} bytes gzip), "
                  f"first request (store read + build + gzip) {cold:.2f} s")
            cases = [
                ("304 If-None-Match", {"If-None-Match": first.headers["etag"], "Accept-Encoding": "identity"}, 2000),
                ("200 gzip", {"Accept-Encoding": "gzip"}, 300),
                ("200 identity", {"Accept-Encoding": "identity"}, 300),
            ]
            for label, headers, target in cases:
                rps, detail, tool = load(url, headers, args.seconds, args.connections)
                print(f"{label:<18} {rps:8.0f} req/s  ({tool}, {args.connections} connections, {detail})  "
                      f"[target >= {target}/s]")
        finally:
            proc.terminate()
            proc.wait(10)


if __name__ == "__main__":
    main()
