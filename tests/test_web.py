"""The web app over real HTTP: uvicorn on loopback, a real SQLite store holding the seeds."""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import http.client
import re
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from icalendar import Calendar

from scheduler.feeds import build as feeds
from scheduler.feeds.publish import feed_records

from .web_helpers import running_app, seeded_store

NOW = dt.datetime.now(dt.timezone.utc).replace(microsecond=0) + dt.timedelta(hours=1)  # noqa: UP017 -- after ingest


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    path: Path = tmp_path_factory.mktemp("web") / "seeds.db"
    return seeded_store(f"sqlite:///{path}")


@pytest.fixture(scope="module")
def base(store) -> Iterator[str]:  # noqa: ANN001
    with running_app(store, clock=lambda: NOW) as url:
        yield url


def get(url: str, **headers: str) -> httpx.Response:
    return httpx.get(url, headers={"Accept-Encoding": "identity", **headers}, timeout=30)


def raw_get(base: str, path: str) -> int:
    """Send a path exactly as written (httpx would normalise ../)."""
    host, port = base.removeprefix("http://").split(":")
    conn = http.client.HTTPConnection(host, int(port), timeout=30)
    conn.request("GET", path)
    status = conn.getresponse().status
    conn.close()
    return status


# --------------------------------------------------------------------------- feeds over HTTP


@pytest.mark.parametrize("name", feeds.FEED_NAMES)
def test_feed_is_served_with_validators(base: str, store, name: str) -> None:  # noqa: ANN001
    r = get(f"{base}/calendars/{name}.ics", **{"Accept-Encoding": "identity"})
    assert r.status_code == 200
    assert r.headers["content-type"] == "text/calendar; charset=utf-8"
    assert re.fullmatch(r'"[0-9a-f]{32}"', r.headers["etag"])
    records = feed_records(store, NOW)
    assert email.utils.parsedate_to_datetime(r.headers["last-modified"]) == max(feeds.stamp(x) for x in records)
    assert r.content == feeds.build_feed(name, records, now=NOW)
    Calendar.from_ical(r.content)


def test_seed_feed_has_the_seed_events(base: str) -> None:
    cal = Calendar.from_ical(get(f"{base}/calendars/all.ics").content)
    summaries = " ".join(str(ev["SUMMARY"]) for ev in cal.walk("VEVENT"))
    assert "Договора о Союзе России и Беларуси" in summaries
    assert "День единения народов Беларуси и России" in summaries


def test_conditional_get_and_head(base: str) -> None:
    url = f"{base}/calendars/all.ics"
    first = get(url)
    etag, lm = first.headers["etag"], first.headers["last-modified"]
    assert get(url, **{"If-None-Match": etag}).status_code == 304
    assert get(url, **{"If-None-Match": f'"other", {etag}'}).status_code == 304
    assert get(url, **{"If-Modified-Since": lm}).status_code == 304
    stale = get(url, **{"If-None-Match": '"stale"', "If-Modified-Since": lm})
    assert stale.status_code == 200 and stale.content == first.content  # If-None-Match wins over the date
    assert get(url, **{"If-Modified-Since": "Thu, 01 Jan 1970 00:00:00 GMT"}).status_code == 200
    head = httpx.head(url, headers={"Accept-Encoding": "identity"}, timeout=30)
    assert head.status_code == 200 and head.content == b""
    assert head.headers["etag"] == etag and int(head.headers["content-length"]) == len(first.content)
    assert get(url).content == first.content  # deterministic


def test_gzip_has_its_own_etag(base: str) -> None:
    url = f"{base}/calendars/all.ics"
    plain = get(url, **{"Accept-Encoding": "identity"})
    with httpx.Client(timeout=30) as c, c.stream("GET", url, headers={"Accept-Encoding": "gzip"}) as r:
        raw = b"".join(r.iter_raw())
    assert r.headers["content-encoding"] == "gzip" and int(r.headers["content-length"]) == len(raw)
    assert len(raw) < len(plain.content) / 3
    assert gzip.decompress(raw) == plain.content
    assert r.headers["etag"] != plain.headers["etag"]
    assert get(url, **{"Accept-Encoding": "gzip", "If-None-Match": r.headers["etag"]}).status_code == 304


@pytest.mark.parametrize("path", ["/calendars/nosuch.ics", "/calendars/all.txt", "/calendars/ALL.ics",
                                  "/calendars/..%2F..%2Fetc%2Fpasswd", "/calendars/%2e%2e/pyproject.toml",
                                  "/calendars/../../pyproject.toml", "/calendars/../scheduler/feeds/build.py",
                                  "/static/../feeds.py", "/static/..%2Ffeeds.py", "/calendars/"])
def test_unknown_names_and_traversal_are_404(base: str, path: str) -> None:
    assert raw_get(base, path) == 404


@pytest.mark.parametrize("query", ["type=bogus", "type=meeting,nope", "from=2024-13-01", "from=yesterday",
                                   "from=2024-1-1", "colour=red"])
def test_bad_query_is_400_with_a_reason(base: str, query: str) -> None:
    r = get(f"{base}/calendars/all.ics?{query}")
    assert r.status_code == 400
    assert r.text.strip() and "\n" not in r.text.strip()


def test_type_and_from_filters(base: str) -> None:
    r = get(f"{base}/calendars/all.ics?type=agreement&type=plan&from=2017-01-01")
    assert r.status_code == 200
    evs = list(Calendar.from_ical(r.content).walk("VEVENT"))
    assert evs
    assert {str(ev["CATEGORIES"].cats[0]) for ev in evs} <= {"Подписание", "План мероприятий"}
    assert all(ev["DTSTART"].dt >= dt.date(2017, 1, 1) for ev in evs)
    assert get(f"{base}/calendars/all.ics?type=agreement,plan&from=2017-01-01").content == r.content


def test_store_change_rebuilds_the_feed(tmp_path: Path) -> None:
    store = seeded_store(f"sqlite:///{tmp_path / 's.db'}")
    target = next(r for r in store.records() if r.type == "meeting")
    with running_app(store, clock=lambda: NOW) as url:
        before = get(f"{url}/calendars/meeting.ics")
        store.edit(target.id, title="Заседание рабочей группы, исправлено; вручную")
        after = get(f"{url}/calendars/meeting.ics", **{"If-None-Match": before.headers["etag"]})
        assert after.status_code == 200 and after.headers["etag"] != before.headers["etag"]
        old = {str(e["UID"]): e for e in Calendar.from_ical(before.content).walk("VEVENT")}
        new = {str(e["UID"]): e for e in Calendar.from_ical(after.content).walk("VEVENT")}
        assert old.keys() == new.keys()
        uid = next(u for u, e in new.items() if "исправлено" in str(e["SUMMARY"]))
        assert int(new[uid]["SEQUENCE"]) > int(old[uid]["SEQUENCE"])
        store.hide(target.id)
        hidden = Calendar.from_ical(get(f"{url}/calendars/meeting.ics").content)
        assert {str(e["UID"]): str(e["STATUS"]) for e in hidden.walk("VEVENT")}[uid] == "CANCELLED"


# --------------------------------------------------------------------------- pages


def test_index_lists_seed_events_and_feeds(base: str) -> None:
    r = get(f"{base}/")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    assert '<html lang="ru">' in html
    assert "Подписание Договора о Союзе России и Беларуси" in html
    for name in feeds.FEED_NAMES:
        webcal = f"webcal://{base.removeprefix('http://')}/calendars/{name}.ics"
        assert f'href="{webcal}"' in html
    assert "calendar.google.com/calendar/r?cid=webcal%3A%2F%2F" in html
    assert "default-src 'self'" in r.headers["content-security-policy"]
    assert r.headers["x-content-type-options"] == "nosniff"


def test_index_type_filter_and_month(base: str) -> None:
    html = get(f"{base}/?type=agreement&month=2017-06").text
    kinds = set(re.findall(r'<article class="event type-(\w+)', html))
    assert kinds == {"agreement"}
    assert "Июнь 2017" in html
    assert re.search(r'class="dot type-agreement" href="/event/\d+"', html)  # 29 June 2017 in the month grid
    assert get(f"{base}/?month=2017-13").status_code == 400
    assert get(f"{base}/?type=<script>").status_code == 400


def test_event_page_highlights_the_evidence(base: str, store) -> None:  # noqa: ANN001
    rec = next(r for r in store.records() if r.evidence and r.sources[0].document_id)
    html = get(f"{base}/event/{rec.id}").text
    m = re.search(r'<mark id="evidence">(.*?)</mark>', html, re.S)
    assert m and m.group(1).strip()
    import html as html_mod

    assert html_mod.unescape(m.group(1)) == rec.evidence
    assert get(f"{base}/event/999999").status_code == 404
    for huge in ("9223372036854775808", "99999999999999999999"):  # beyond SQLite's integers: 404, not 500
        assert get(f"{base}/event/{huge}").status_code == 404


def test_titles_are_escaped(tmp_path: Path) -> None:
    store = seeded_store(f"sqlite:///{tmp_path / 's.db'}")
    target = store.records()[0]
    store.edit(target.id, title='<script>alert("x")</script>')
    with running_app(store, clock=lambda: NOW) as url:
        for page in ("/", f"/event/{target.id}"):
            html = get(url + page).text
            assert "<script>alert" not in html and "&lt;script&gt;alert" in html


def test_unsubscribe_one_click(tmp_path: Path) -> None:
    from scheduler.reminders.subscriptions import subscribe, subscriptions

    store = seeded_store(f"sqlite:///{tmp_path / 's.db'}")
    subscribe(store, "reader@example.org")
    token = subscriptions(store)[0].token
    with running_app(store, clock=lambda: NOW) as url:
        form = get(f"{url}/unsubscribe/{token}")
        assert form.status_code == 200 and 'method="post"' in form.text
        assert subscriptions(store)[0].active  # a GET (mail scanners) changes nothing
        done = httpx.post(f"{url}/unsubscribe/{token}", timeout=30)
        assert done.status_code == 200 and "Вы отписаны" in done.text
        assert httpx.post(f"{url}/unsubscribe/nosuchtoken", timeout=30).status_code == 404
    assert not subscriptions(store)[0].active


@pytest.mark.postgres
def test_feeds_and_pages_on_postgresql(pg_url: str) -> None:
    store = seeded_store(pg_url)
    rec = next(r for r in store.records() if r.evidence and r.sources[0].document_id)
    with running_app(store, clock=lambda: NOW) as url:
        feed = get(f"{url}/calendars/all.ics")
        assert feed.status_code == 200
        assert feed.content == feeds.build_feed("all", feed_records(store, NOW), now=NOW)
        assert get(f"{url}/calendars/all.ics", **{"If-None-Match": feed.headers["etag"]}).status_code == 304
        assert '<mark id="evidence">' in get(f"{url}/event/{rec.id}").text
        assert "Подписание Договора о Союзе России и Беларуси" in get(f"{url}/").text


def test_feed_cache_keeps_only_the_current_version_and_a_byte_budget(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from scheduler.web import app as web

    store = seeded_store(f"sqlite:///{tmp_path / 's.db'}")
    cache = web.FeedCache(store, lambda: NOW)
    cache.version_ttl = 0
    first = cache.get("all", (), None)
    assert cache.get("all", (), None) is first
    store.edit(store.records()[0].id, title="Новое название")
    second = cache.get("all", (), None)
    assert second.etag != first.etag and len(cache._feeds) == 1  # the old version's feeds are gone
    monkeypatch.setattr(web, "CACHE_BYTES", len(second.body) + len(second.gz) + 10)
    cache.get("meeting", (), None)
    assert len(cache._feeds) == 1 and cache.peek("all", (), None) is None


def test_a_broken_store_gives_a_plain_error_page_without_internals(tmp_path: Path) -> None:
    """The database failing under the app: a 500 page with the CSP, no SQL, no traceback, no path."""
    import sqlite3

    path = tmp_path / "s.db"
    store = seeded_store(f"sqlite:///{path}")
    with running_app(store, clock=lambda: NOW) as url:
        assert get(url + "/").status_code == 200
        store.close()
        with sqlite3.connect(path) as c:
            c.execute("DROP TABLE eventsource")
            c.execute("DROP TABLE event")
        store._records.clear()
        for page in ("/", "/event/1", "/calendars/all.ics?from=2020-01-02"):
            r = get(url + page)
            assert r.status_code == 500, (page, r.status_code)
            assert "content-security-policy" in r.headers
            for leak in ("no such table", "Traceback", "sqlite", str(tmp_path), "File \""):
                assert leak not in r.text, (page, leak)
