"""Issue 13: a feed the cache holds is answered before Starlette and its middleware (PresscalApp), with precomputed
headers and pre-cut bodies, exactly as the route answers it; one ``Vary``. Real uvicorn on loopback."""

from __future__ import annotations

import httpx
import pytest

from .web_helpers import generated_store, running_app, utc

NOW = utc(2026, 5, 10, 9)
VOLATILE = {"date"}
CASES = [("gzip", {"Accept-Encoding": "gzip"}), ("identity", {"Accept-Encoding": "identity"}),
         ("refused gzip", {"Accept-Encoding": "gzip;q=0, identity"})]


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return generated_store(f"sqlite:///{tmp_path_factory.mktemp('fast') / 'p.db'}", 400)  # ~4,000 events: > 1 MB


def _headers(r: httpx.Response) -> list[tuple[str, str]]:
    return sorted((k, v) for k, v in r.headers.multi_items() if k not in VOLATILE)


@pytest.mark.parametrize(("label", "accept"), CASES, ids=[c[0] for c in CASES])
@pytest.mark.parametrize("path", ["/calendars/all.ics", "/calendars/region/kurskaya-oblast.ics"])
def test_issue_13_a_cached_feed_is_answered_ahead_of_the_middleware_as_the_route_answers(
        store, path: str, label: str, accept: dict[str, str]) -> None:  # noqa: ANN001
    with running_app(store, clock=lambda: NOW, version_ttl=60) as base, httpx.Client(base_url=base, timeout=60) as c:
        first = c.get(path, headers=accept)  # the route builds it (cache miss)
        assert first.status_code == 200
        again = c.get(path, headers=accept)
        assert again.status_code == 200
        assert again.content == first.content and _headers(again) == _headers(first)
        assert len(first.content) > (1024 * 1024 if "all" in path else 100_000)  # all.ics: several slices
        assert again.headers.get_list("vary") == ["Accept-Encoding"]
        assert again.headers.get("content-encoding") == ("gzip" if label == "gzip" else None)
        body = again.content
        assert body.startswith(b"BEGIN:VCALENDAR") and body.endswith(b"END:VCALENDAR\r\n")
        assert "nosniff" in again.headers["x-content-type-options"] and "content-security-policy" in again.headers
        head = c.head(path, headers=accept)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-length"] == first.headers["content-length"]
        for cond in ({"If-None-Match": first.headers["etag"]}, {"If-Modified-Since": first.headers["last-modified"]}):
            nm = c.get(path, headers={**accept, **cond})
            assert nm.status_code == 304 and nm.content == b""
            assert nm.headers.get_list("vary") == ["Accept-Encoding"]
            assert nm.headers["etag"] == first.headers["etag"]
            assert "content-security-policy" in nm.headers
        stale = c.get(path, headers={**accept, "If-None-Match": '"0000"'})
        assert stale.status_code == 200 and stale.content == first.content


def test_issue_13_the_fast_path_answers_only_what_the_cache_holds(store) -> None:  # noqa: ANN001
    with running_app(store, clock=lambda: NOW, version_ttl=60, allowed_hosts=["calendar.example.org"]) as base, \
            httpx.Client(base_url=base, timeout=60) as c:
        host = {"Host": "calendar.example.org"}
        assert c.get("/calendars/visit.ics", headers=host).status_code == 200
        assert c.get("/calendars/visit.ics", headers=host).status_code == 200
        assert c.get("/calendars/visit.ics", headers={"Host": "evil.example"}).status_code == 400  # still refused
        assert c.get("/calendars/visit.ics?type=visit", headers=host).status_code == 200  # the route: a query
        assert c.get("/calendars/nosuch.ics", headers=host).status_code == 404
        assert c.get("/calendars/region/nowhere.ics", headers=host).status_code == 404


def test_issue_13_the_fast_path_counts_its_answers(store) -> None:  # noqa: ANN001
    import threading

    import uvicorn

    from scheduler.web.app import create_app

    from .web_helpers import free_port

    app = create_app(store, clock=lambda: NOW)
    app.state.feeds.version_ttl = 60
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        import time

        while not server.started:
            time.sleep(0.02)
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as c:
            first = c.get("/calendars/all.ics")
            assert app.state.fast_answers == 0  # a miss: built by the route
            for _ in range(3):
                assert c.get("/calendars/all.ics", headers={"If-None-Match": first.headers["etag"]}).status_code == 304
            assert c.get("/calendars/all.ics").status_code == 200
            assert app.state.fast_answers == 4
            assert c.get("/calendars/all.ics?from=2026-01-01").status_code == 200
            assert c.get("/").status_code == 200
            assert app.state.fast_answers == 4  # a query string and the page go through the app
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_issue_13_the_fast_path_failing_answers_500_with_the_security_headers(tmp_path, method: str) -> None:  # noqa: ANN001
    """A cached feed, then a store that fails underneath (a table gone): the fast path's error is a 500 page that
    carries the same security headers as every other answer, not the server's bare one."""
    import sqlite3

    from scheduler.web.app import ERROR_PAGE, SECURITY_HEADERS

    db = tmp_path / "broken.db"
    store = generated_store(f"sqlite:///{db}", 20)
    with running_app(store, clock=lambda: NOW, version_ttl=0) as base, httpx.Client(base_url=base, timeout=60) as c:
        assert c.get("/calendars/all.ics").status_code == 200  # built by the route, now in the cache
        with sqlite3.connect(db) as con:
            con.execute("ALTER TABLE correction RENAME TO correction_gone")  # Store.version() reads it
        r = c.request(method, "/calendars/all.ics")
        assert r.status_code == 500
        for name, value in SECURITY_HEADERS:
            assert r.headers[name.decode()] == value.decode()
        assert r.headers["content-type"] == "text/html; charset=utf-8"
        assert r.content == (ERROR_PAGE if method == "GET" else b"")
