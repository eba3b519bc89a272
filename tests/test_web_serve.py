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
        other = _outward_address()
        if other is not None:  # bound to loopback only: this machine's other address is refused
            with pytest.raises(httpx.ConnectError):
                httpx.get(f"http://{other}:{port}/healthz", timeout=3)
    finally:
        proc.send_signal(signal.SIGINT)
        out, _ = proc.communicate(timeout=30)
    assert "ingested" in out and "reminder scheduler running" in out, out
    assert proc.returncode == 0, out


def _outward_address() -> str | None:
    """This machine's non-loopback IPv4 address, if it has one (a UDP "connect" sends nothing)."""
    import socket

    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.connect(("192.0.2.1", 9))
            addr = s.getsockname()[0]
        except OSError:
            return None
    return None if addr.startswith("127.") or addr == "0.0.0.0" else addr


def test_serve_rejects_a_bad_port(env: dict[str, str], tmp_path: Path) -> None:
    r = presscal("serve", "--port", "70000", "--db", f"sqlite:///{tmp_path / 'x.db'}", "--no-scheduler", env=env)
    assert r.returncode == 2 and "70000" in r.stderr and r.stderr.count("\n") == 1


def test_serve_on_a_port_in_use_says_so_in_one_line_before_doing_anything(env: dict[str, str], tmp_path: Path) -> None:
    import socket

    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen(1)
        port = taken.getsockname()[1]
        r = presscal("serve", "--port", str(port), "--db", f"sqlite:///{tmp_path / 'x.db'}", env=env)
    assert r.returncode == 1, r.stderr
    assert r.stderr.strip() == f"presscal: error: cannot listen on 127.0.0.1:{port}: Address already in use"
    assert not (tmp_path / "x.db").exists()  # nothing seeded, no scheduler started


@pytest.mark.parametrize(("args", "needle"), [(("--host", "no-such-host.invalid"), "--host 'no-such-host.invalid'"),
                                              (("--base-url", "javascript:alert(1)"), "--base-url"),
                                              (("--base-url", "http://x\r\nSet-Cookie: a=b"), "--base-url")])
def test_serve_refuses_bad_addresses(env: dict[str, str], tmp_path: Path, args: tuple[str, ...], needle: str) -> None:
    r = presscal("serve", *args, "--port", str(free_port()), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                 "--no-scheduler", env=env)
    assert r.returncode == 2 and r.stderr.count("\n") == 1 and needle in r.stderr, r.stderr


def test_serve_refuses_a_bad_sender_before_serving(env: dict[str, str], tmp_path: Path) -> None:
    r = presscal("serve", "--port", str(free_port()), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                 env={**env, "PRESSCAL_MAIL_FROM": "presscal <bad address>"})
    assert r.returncode == 2 and "PRESSCAL_MAIL_FROM" in r.stderr and "Traceback" not in r.stderr, r.stderr
    assert not (tmp_path / "x.db").exists()  # refused before the seeds were ingested
    r = presscal("serve", "--port", str(free_port()), "--db", f"sqlite:///{tmp_path / 'x.db'}",
                 env={**env, "PRESSCAL_SMTP_URL": "mailto:admin"})
    assert r.returncode == 2 and "PRESSCAL_SMTP_URL" in r.stderr and not (tmp_path / "x.db").exists(), r.stderr


def test_publish_writes_every_feed_once(tmp_path: Path, env: dict[str, str]) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert presscal("ingest", "seeds", "--db", db, "--quiet", env=env).returncode == 0
    out = tmp_path / "cal"
    first = presscal("publish", "--db", db, "--out", str(out), env=env)
    regions = sum("/region/" in line for line in first.stdout.splitlines())
    assert first.returncode == 0 and first.stdout.count("written") == 10 + regions and regions >= 5, first.stderr
    before = {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    second = presscal("publish", "--db", db, "--out", str(out), env=env)
    assert second.stdout.count("unchanged") == 10 + regions
    assert {p.name: p.read_bytes() for p in out.rglob("*") if p.is_file()} == before
    assert not [p for p in out.rglob(".*")]  # no temporary files left
