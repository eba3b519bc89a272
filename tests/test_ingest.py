"""Ingest on real files, a real HTTP server on loopback and both databases."""

from __future__ import annotations

import shutil
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from scheduler.errors import FetchError
from scheduler.store.ingest import fetch, ingest
from scheduler.store.reading import Store, open_store

from .conftest import SEEDS


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    d = tmp_path / "corpus"
    shutil.copytree(SEEDS, d)
    return d


def keyset(store: Store) -> list[tuple]:
    return sorted((r.uid, r.type, r.title, r.start, r.end, len(r.sources)) for r in store.records(include_hidden=True))


def test_seeds_ingest_once_then_nothing_changes(store: Store, corpus: Path) -> None:
    n = len(list(corpus.glob("*.txt")))
    s1 = ingest(store, [str(corpus)], workers=2)
    assert (s1.new, s1.updated, s1.unchanged, s1.failed) == (n, 0, 0, 0)
    assert s1.events > 0 and store.counts()["event"] > 0
    before, version = keyset(store), store.version()
    s2 = ingest(store, [str(corpus)], workers=1)
    assert (s2.new, s2.updated, s2.unchanged, s2.events) == (0, 0, n, 0)
    assert keyset(store) == before and store.version() == version


def test_changed_document_is_reextracted_and_correction_survives(store: Store, corpus: Path) -> None:
    ingest(store, [str(corpus)], workers=1)
    target = next(r for r in store.records() if r.sources)
    fixed = store.edit(target.id, title="Исправленное название", location="Курск")
    path = Path(target.sources[0].source)
    path.write_text(path.read_text(encoding="utf-8") + "\n\nДополнение к новости.\n", encoding="utf-8")
    s = ingest(store, [str(corpus)], workers=1)
    assert (s.updated, s.new) == (1, 0)
    after = store.record(target.id)
    assert (after.uid, after.title, after.location) == (target.uid, "Исправленное название", "Курск")
    assert after.sequence >= fixed.sequence
    assert str(path) in {src.source for src in after.sources}


def test_a_failing_document_is_reported_and_skipped(store: Store, corpus: Path) -> None:
    (corpus / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00" * 200)
    (corpus / "empty.html").write_text("<html><body><script>x()</script></body></html>", encoding="utf-8")
    s = ingest(store, [str(corpus), str(corpus / "missing.txt"), "ftp://example.org/x.txt"], workers=1)
    assert s.failed == 4 and s.new == len(list(corpus.glob("*.txt"))) - 1
    text = "\n".join(s.errors)
    for name in ("broken.txt", "empty.html", "missing.txt", "ftp://example.org/x.txt"):
        assert name in text
    assert store.counts()["document"] == s.new


_REDIRECTS = {"/redirect": "/release.html", "/to-file": "file:///etc/passwd", "/to-ftp": "ftp://127.0.0.1/x.txt",
              "/loop": "/loop"}


class _Pages(BaseHTTPRequestHandler):
    pages: dict[str, tuple[int, bytes, str]] = {}

    def do_GET(self) -> None:  # noqa: N802
        status, body, ctype = self.pages.get(self.path, (404, b"not found", "text/plain"))
        if self.path in _REDIRECTS:
            self.send_response(302)
            self.send_header("Location", _REDIRECTS[self.path])
            self.end_headers()
            return
        if self.path in ("/fifty-mb", "/trickle"):  # no Content-Length: only counting stops them
            self.send_response(200)
            self.send_header("Content-Type", "text/plain; charset=utf-8")
            self.end_headers()
            try:
                for _ in range(800 if self.path == "/fifty-mb" else 200):
                    self.wfile.write(b"a" * 65536 if self.path == "/fifty-mb" else "день ".encode())
                    self.wfile.flush()
                    if self.path == "/trickle":
                        time.sleep(0.2)
            except OSError:  # the client gave up: that is the point
                pass
            return
        if self.path == "/hang":
            time.sleep(10)
            return
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_base() -> Iterator[str]:
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_text(encoding="utf-8")
    html = "<html><head><title>Пресс-релиз</title></head><body><article>" + "".join(
        f"<p>{p}</p>" for p in text.split("\n\n")) + "</article></body></html>"
    _Pages.pages = {
        "/release.html": (200, html.encode("utf-8"), "text/html; charset=utf-8"),
        "/big.txt": (200, b"a" * (11 * 1024 * 1024), "text/plain"),
        "/gone.html": (410, b"gone", "text/plain"),
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_urls_are_fetched_with_limits(store: Store, http_base: str) -> None:
    s = ingest(store, [f"{http_base}/release.html", f"{http_base}/redirect", f"{http_base}/gone.html",
                       f"{http_base}/big.txt"], workers=1)
    assert (s.new, s.failed) == (2, 2), s.errors
    assert any("HTTP 410" in e for e in s.errors) and any("too large" in e for e in s.errors)
    assert any(src.source.startswith(http_base) for r in store.records() for src in r.sources)
    again = ingest(store, [f"{http_base}/release.html"], workers=1)
    assert again.unchanged == 1


def test_fetch_refuses_other_schemes_and_dead_ports() -> None:
    with pytest.raises(FetchError, match="only http"):
        fetch("file:///etc/passwd")
    with pytest.raises(FetchError):
        fetch("http://127.0.0.1:9/nothing", timeout=2)


def test_redirects_to_other_schemes_are_refused_by_name(http_base: str) -> None:
    with pytest.raises(FetchError, match=r"/to-file: redirected to file:/+etc/passwd: only http and https"):
        fetch(f"{http_base}/to-file")
    with pytest.raises(FetchError, match=r"/to-ftp: redirected to ftp://127\.0\.0\.1/x\.txt: only http and https"):
        fetch(f"{http_base}/to-ftp")
    with pytest.raises(FetchError, match="more than 5 redirects"):
        fetch(f"{http_base}/loop")


def test_a_big_download_without_length_stops_at_the_limit(http_base: str) -> None:
    t = time.monotonic()
    with pytest.raises(FetchError, match="too large"):
        fetch(f"{http_base}/fifty-mb", max_bytes=1024 * 1024)
    assert time.monotonic() - t < 10


def test_hanging_and_trickling_servers_time_out(http_base: str) -> None:
    t = time.monotonic()
    with pytest.raises(FetchError, match=r"/hang: timed out after 1 s"):
        fetch(f"{http_base}/hang", timeout=1)
    with pytest.raises(FetchError, match=r"/trickle: download took longer than 1 s"):
        fetch(f"{http_base}/trickle", timeout=5, deadline=1)  # every read is quick; the whole is not
    assert time.monotonic() - t < 8


def test_failed_urls_are_reported_per_address_and_the_rest_stored(store: Store, http_base: str) -> None:
    s = ingest(store, [f"{http_base}/to-file", "http://127.0.0.1:1/", f"{http_base}/release.html"], workers=1)
    assert (s.new, s.failed) == (1, 2), s.errors
    assert any("/to-file: redirected to file:" in e for e in s.errors)
    assert any(e.startswith("http://127.0.0.1:1/: ") and "refused" in e.lower() for e in s.errors)
    assert all("\n" not in e for e in s.errors)


@pytest.mark.parametrize(("url", "why"), [("http://", "no host"), ("http://user@/x", "no host"),
                                          ("http://[::1", "not a valid address"),
                                          ("http://a\r\nb/", "not a valid address")])
def test_a_malformed_address_fails_alone(store: Store, corpus: Path, url: str, why: str) -> None:
    s = ingest(store, [url, str(corpus)], workers=2)
    assert s.failed == 1 and s.new == len(list(corpus.glob("*.txt"))), s.errors
    assert s.errors[0].startswith(f"{url}: ") and why in s.errors[0]


def test_an_address_with_credentials_is_refused_and_never_stored(store: Store, http_base: str) -> None:
    url = http_base.replace("http://", "http://anna:s3cret@") + "/release.html"
    s = ingest(store, [url], workers=1)
    assert (s.new, s.failed) == (0, 1)
    assert "user name or password" in s.errors[0] and "s3cret" not in s.errors[0]
    assert store.counts()["document"] == 0
