"""Issue 13, points 7-10 and 12 against the real server and store: trusted hosts and Cache-Control,
control characters, gzip q-values, addresses and tokens, a store on read-only media."""

from __future__ import annotations

import datetime as dt
import http.client
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from scheduler.cli import main
from scheduler.reminders import subscriptions as rs
from scheduler.store.reading import open_store
from scheduler.web.app import accepts_gzip

from .conftest import ROOT, SEEDS, need
from .web_helpers import running_app, seeded_store

pytestmark = pytest.mark.faults
NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=1)  # noqa: UP017
EVIL_HOST = "evil.example.net"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return seeded_store(f"sqlite:///{tmp_path_factory.mktemp('small') / 'seeds.db'}")


@pytest.fixture(scope="module")
def base(store) -> Iterator[str]:  # noqa: ANN001
    with running_app(store, clock=lambda: NOW) as url:
        yield url


def raw(base: str, method: str, path: str, headers: dict[str, str]) -> tuple[int, dict[str, str], bytes]:
    """One request with exactly these headers (httpx would set Host and Accept-Encoding itself)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
    for k, v in headers.items():
        conn.putheader(k, v)
    conn.endheaders()
    r = conn.getresponse()
    out = (r.status, {k.lower(): v for k, v in r.getheaders()}, r.read())
    conn.close()
    return out


# --------------------------------------------------------------------------- 7: Host header, Cache-Control


def test_issue_13_an_arbitrary_host_header_never_reaches_links(base: str) -> None:
    status, headers, body = raw(base, "GET", "/", {"Host": EVIL_HOST, "Accept-Encoding": "identity"})
    assert status == 200 and EVIL_HOST.encode() not in body
    assert base.removeprefix("http://").encode() + b"/calendars/all.ics" in body  # the address served on
    status, headers, body = raw(base, "GET", "/calendars/all.ics/", {"Host": EVIL_HOST})
    assert EVIL_HOST not in headers.get("location", "") and status == 404  # no redirect built from Host


def test_issue_13_allowed_hosts_and_base_url(store) -> None:  # noqa: ANN001
    with running_app(store, clock=lambda: NOW, allowed_hosts=["calendar.example.org"]) as url:
        status, _, body = raw(url, "GET", "/", {"Host": "calendar.example.org:8443"})
        assert status == 200 and b"http://calendar.example.org:8443/calendars/all.ics" in body
        status, _, body = raw(url, "GET", "/", {"Host": EVIL_HOST})
        assert status == 400 and EVIL_HOST.encode() not in body
    with running_app(store, clock=lambda: NOW, base_url="https://cal.example.org") as url:
        status, _, body = raw(url, "GET", "/", {"Host": EVIL_HOST})
        assert status == 200 and b"https://cal.example.org/calendars/all.ics" in body and EVIL_HOST.encode() not in body


def test_issue_13_the_page_has_cache_control(base: str) -> None:
    r = httpx.get(f"{base}/", timeout=30)
    assert r.status_code == 200 and "max-age" in r.headers["cache-control"]


# --------------------------------------------------------------------------- 9: q-values


@pytest.mark.parametrize(("header", "gz"), [
    ("gzip", True), ("gzip;q=0", False), ("gzip; q=0.0, identity", False), ("GZIP;Q=0.5", True),
    ("br, *;q=0", False), ("*", True), ("identity", False), ("", False), ("x-gzip", True), ("gzip;q=x", False),
    ("deflate, gzip;q=0, *;q=1", False),
], ids=lambda v: repr(v))
def test_issue_13_accept_encoding_q_values(header: str, gz: bool) -> None:
    assert accepts_gzip(header) is gz


@pytest.mark.parametrize("path", ["/", "/calendars/all.ics"])
def test_issue_13_gzip_q_0_gets_no_gzip(base: str, path: str) -> None:
    status, headers, body = raw(base, "GET", path, {"Host": "127.0.0.1", "Accept-Encoding": "gzip;q=0"})
    assert status == 200 and "content-encoding" not in headers and not body.startswith(b"\x1f\x8b")
    status, headers, body = raw(base, "GET", path, {"Host": "127.0.0.1", "Accept-Encoding": "gzip"})
    assert status == 200 and headers["content-encoding"] == "gzip" and body.startswith(b"\x1f\x8b")


# --------------------------------------------------------------------------- 8: control characters

ESCAPES = "\x1b]0;pwned\x07\x1b[2J\x1b[31m\x9b31m\x9d8;;http://evil\x9c"


def test_issue_13_control_characters_are_dropped_at_ingest(tmp_path: Path, capsys) -> None:
    src = tmp_path / "docs"
    src.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        text = f.read_text(encoding="utf-8")
        (src / f.name).write_text("\n".join(ESCAPES + line for line in text.split("\n")), encoding="utf-8")
    db = f"sqlite:///{tmp_path / 'c.db'}"
    assert main(["ingest", str(src), "--db", db, "--workers", "1", "--quiet"]) == 0
    store = open_store(db)
    texts = [store.document(i)["text"] for i in (1, 2)]
    assert all("\x1b" not in t and "\x9b" not in t and "\x07" not in t for t in texts)
    assert "pwned" in texts[0]  # the printable rest stays: a reader sees what was there
    capsys.readouterr()
    assert main(["events", "--db", db]) == 0
    out = capsys.readouterr().out
    assert out and not any(c in out for c in "\x1b\x07\x9b\x9d\x9c")


def test_issue_13_control_characters_already_stored_never_reach_the_terminal(tmp_path: Path, capsys) -> None:
    from dataclasses import replace

    from scheduler.store import writing as writer

    from .web_helpers import generated_documents

    db = f"sqlite:///{tmp_path / 'old.db'}"
    store = open_store(db)
    doc = generated_documents(1, 1)[0]
    ev = replace(doc.events[0], title=f"Заседание{ESCAPES}\tрабочей\nгруппы", location=f"Минск{ESCAPES}")
    writer.add_documents(store, [(replace(doc, events=(ev,)), None)])  # as a store from before the fix holds it
    capsys.readouterr()
    assert main(["events", "--db", db]) == 0
    tsv = capsys.readouterr().out
    assert tsv.count("\n") == 1 and tsv.count("\t") == 4  # one row, five fields
    assert main(["event", "show", "1", "--db", db]) == 0
    shown = capsys.readouterr().out
    for out in (tsv, shown):
        assert "Заседание" in out and not any(c in out for c in "\x1b\x07\x9b\x9d\x9c")


# --------------------------------------------------------------------------- 10: addresses and tokens


def test_issue_13_addresses_are_one_whatever_their_case_and_each_subscribe_gets_a_fresh_token(tmp_path: Path) -> None:
    store = open_store(f"sqlite:///{tmp_path / 's.db'}")
    first = rs.subscribe(store, "Anna.Petrova@Example.org")
    second = rs.subscribe(store, "anna.petrova@example.org", leads="1")
    assert [s.email for s in rs.subscriptions(store)] == ["Anna.Petrova@example.org"]
    assert second.id == first.id and second.token != first.token
    assert rs.unsubscribe_token(store, first.token) is False  # an old link no longer works
    rs.unsubscribe(store, "ANNA.PETROVA@EXAMPLE.ORG")
    assert [s.active for s in rs.subscriptions(store)] == [False]
    assert rs.subscribe(store, "anna.petrova@example.org").token not in (first.token, second.token)


# --------------------------------------------------------------------------- 12: read-only media


@pytest.mark.parametrize("wal", [False, True], ids=["checkpointed", "wal-without-shm"])
def test_issue_13_a_store_on_read_only_media_can_be_read(tmp_path: Path, wal: bool) -> None:
    """The folder is bind-mounted read-only in a private mount namespace (unshare), as a CD or a
    read-only snapshot would be: no -shm can be made beside the WAL database. With ``wal`` the last
    event was committed to the -wal file only (copied while a writer had it open): it must be seen."""
    import sqlite3

    ok = shutil.which("unshare") is not None and subprocess.run(
        ["unshare", "-r", "-m", "true"], capture_output=True).returncode == 0
    need(ok, "unshare -r -m (a private mount namespace) is not available here")
    media = tmp_path / "media"
    media.mkdir()
    db = media / "presscal.db"
    s = seeded_store(f"sqlite:///{db}")
    s.close()
    conn = sqlite3.connect(db)
    if wal:
        conn.execute("PRAGMA wal_autocheckpoint=0")
        conn.execute("UPDATE event SET title = 'Только в WAL' WHERE id = (SELECT max(id) FROM event)")
        conn.commit()
        shutil.copy(f"{db}-wal", tmp_path / "wal")
    expected = conn.execute("SELECT count(*) FROM event WHERE NOT hidden AND merged_into IS NULL").fetchone()[0]
    conn.close()  # (the last connection checkpoints and removes -wal and -shm)
    for extra in ("-wal", "-shm"):
        Path(f"{db}{extra}").unlink(missing_ok=True)
    if wal:
        shutil.copy(tmp_path / "wal", f"{db}-wal")
    script = (f"mount --bind -o ro {media} {media} && touch {media}/probe 2>/dev/null && exit 9; "
              f"exec {sys.executable} -m scheduler events --json --db sqlite:///{db}")
    r = subprocess.run(["unshare", "-r", "-m", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=120)
    assert r.returncode == 0, r.stderr
    assert len(r.stdout.splitlines()) == expected > 0
    assert ("Только в WAL" in r.stdout) is wal
