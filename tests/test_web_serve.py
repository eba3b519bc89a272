"""`presscal serve` and `presscal publish` as a user runs them (real processes, real HTTP)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from .web_helpers import ROOT, free_port


def presscal(*args: str, env: dict[str, str] | None = None, **kw: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scheduler", *args], capture_output=True, text=True, cwd=ROOT,
                          env=env, timeout=300, **kw)  # type: ignore[call-overload]


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """A private data directory (the maildir of the reminder scheduler lands there), no SMTP."""
    e = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCAL_")}
    e.update(XDG_DATA_HOME=str(tmp_path / "data"), HOME=str(tmp_path), PRESSCAL_TICK_SECONDS="3600")
    return e


def test_serve_seeds_an_empty_store_and_serves_the_calendar(tmp_path: Path, env: dict[str, str]) -> None:
    port = free_port()
    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    proc = subprocess.Popen([sys.executable, "-m", "scheduler", "serve", "--db", db, "--port", str(port)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 120
        while True:
            try:
                if httpx.get(f"{base}/healthz", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            assert time.monotonic() < deadline, "presscal serve did not answer"
            time.sleep(0.2)
        page = httpx.get(f"{base}/", timeout=30).text
        assert "День единения народов Беларуси и России" in page
        feed = httpx.get(f"{base}/calendars/all.ics", timeout=30)
        assert feed.status_code == 200 and b"BEGIN:VEVENT" in feed.content
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert "ingested" in out and "reminder scheduler running" in out, out
    assert proc.returncode == 0, out


def test_serve_rejects_a_bad_port(env: dict[str, str], tmp_path: Path) -> None:
    r = presscal("serve", "--port", "70000", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--no-scheduler", env=env)
    assert r.returncode == 2 and "70000" in r.stderr and r.stderr.count("\n") == 1


def test_publish_writes_every_feed_once(tmp_path: Path, env: dict[str, str]) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert presscal("ingest", "seeds", "--db", db, "--quiet", env=env).returncode == 0
    out = tmp_path / "cal"
    first = presscal("publish", "--db", db, "--out", str(out), env=env)
    assert first.returncode == 0 and first.stdout.count("written") == 10, first.stderr
    before = {p.name: p.read_bytes() for p in out.iterdir()}
    second = presscal("publish", "--db", db, "--out", str(out), env=env)
    assert second.stdout.count("unchanged") == 10
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left
