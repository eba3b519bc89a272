"""presscal sources / watch (issue 14): local press sites, the watcher, its manners and its failures."""

from __future__ import annotations

import datetime as dt
import json
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from scheduler import __version__
from scheduler.errors import UsageError
from scheduler.rules.parties import is_belarusian
from scheduler.sources import registry
from scheduler.sources.http import Fetcher
from scheduler.sources.links import find_date
from scheduler.sources.listing import read_listing, sniff
from scheduler.sources.policy import next_check, parse_every, retry_after
from scheduler.sources.watch import MAX_ATTEMPTS, Watcher
from scheduler.store.reading import Store, open_store

from .fixtures_sites import (
    Page,
    Site,
    article_page,
    articles,
    atom,
    fifty_mb,
    listing_cards,
    listing_list,
    once_then,
    redirect_loop,
    reset,
    rss,
    sitemap,
    slow,
)

UTC = dt.UTC
NOW = dt.datetime(2026, 1, 10, 9, 0, tzinfo=UTC)
ART = {a.slug.split("-")[0]: a for a in articles()}  # "000" … "004" (seeds), "new" clashes: use by index
ALL = articles()
SEEDS, NEW = ALL[:5], ALL[5:]


@pytest.fixture
def sites() -> Iterator[Callable[..., Site]]:
    made: list[Site] = []

    def make(host: str = "127.0.0.1") -> Site:
        made.append(Site(host))
        return made[-1]

    yield make
    for s in made:
        s.close()


@pytest.fixture
def store(sqlite_url: str) -> Iterator[Store]:
    s = open_store(sqlite_url)
    yield s
    s.close()


def watcher(store: Store, delay: float = 0.0, **kw: object) -> Watcher:
    return Watcher(store, fetcher=Fetcher(delay=delay), rand=lambda: 0.5, **kw)  # type: ignore[arg-type]


def publish(site: Site, prefix: str, arts: list) -> list[tuple[str, object]]:
    items = [(f"{prefix}{a.slug}.html", a) for a in arts]
    for path, a in items:
        site.put(path, article_page(a))
    return items


def article_hits(site: Site) -> dict[str, int]:
    return {h.path: sum(1 for x in site.log if x.path == h.path) for h in site.log if h.path.endswith(".html")}


# --------------------------------------------------------------------------- pure parts


@pytest.mark.parametrize("layout", [listing_list, listing_cards], ids=["list-with-sidebar", "cards-with-tags"])
def test_article_links_found_by_their_place_on_two_layouts(layout: Callable) -> None:
    items = [(f"/news/{a.slug}.html", a) for a in NEW[:4]]
    listing = read_listing(layout(items).encode(), "http://127.0.0.9/news/")
    assert [(e.url, e.title, e.date[:10]) for e in listing.entries] == [
        (f"http://127.0.0.9{p}", a.title, a.day.isoformat()) for p, a in items]


def test_a_page_with_no_news_list_is_an_error_not_an_empty_source() -> None:
    with pytest.raises(Exception, match="without a feed link or a list of news"):
        read_listing(article_page(NEW[0]).encode(), "http://127.0.0.9/news/x.html")


@pytest.mark.parametrize(("body", "kind"), [
    (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "feed"),
    (b'\xef\xbb\xbf<?xml version="1.0"?><!-- c --><feed xmlns="http://www.w3.org/2005/Atom"/>', "feed"),
    (b'<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"/>', "feed"),
    (b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>', "sitemap"),
    (b"<sitemapindex/>", "sitemap"),
    (b"<!DOCTYPE html>\n<html><body>news</body></html>", "html"),
    (b"plain words", "html"),
], ids=["rss", "atom-bom-comment", "rdf", "urlset", "sitemapindex", "html", "text"])
def test_sniff_tells_the_kind_from_the_body(body: bytes, kind: str) -> None:
    assert sniff(body) == kind


@pytest.mark.parametrize(("text", "day"), [("12.11.2025 Визит", "2025-11-12"), ("2025-11-03T10:00", "2025-11-03"),
                                          ("3 октября 2025 года", "2025-10-03"), ("5 снежня 2025", "2025-12-05"),
                                          ("нет даты", "")], ids=["dmy", "iso", "ru-month", "be-month", "none"])
def test_block_dates(text: str, day: str) -> None:
    assert find_date(text) == day


@pytest.mark.parametrize(("value", "seconds"), [("30m", 1800), ("2h", 7200), ("1d", 86400), ("90s", 90), ("45", 2700)])
def test_parse_every(value: str, seconds: int) -> None:
    assert parse_every(value) == seconds


@pytest.mark.parametrize("value", ["", "0m", "8d", "soon", "-5m"])
def test_parse_every_refuses(value: str) -> None:
    with pytest.raises(Exception, match="--every"):
        parse_every(value)


@pytest.mark.parametrize(("failures", "r", "minutes"), [(0, 0.5, 30), (0, 0.0, 27), (0, 0.999999, 33), (1, 0.5, 60),
                                                       (3, 0.5, 240), (12, 0.5, 1440)],
                         ids=["on-time", "jitter-early", "jitter-late", "one-failure", "three", "capped-at-a-day"])
def test_next_check_backs_off_with_jitter(failures: int, r: float, minutes: int) -> None:
    got = next_check(NOW, 1800, failures, r)
    assert abs((got - NOW).total_seconds() - minutes * 60) < 1


def test_retry_after_seconds_or_date() -> None:
    assert retry_after("120", NOW) == 120
    assert retry_after("Sat, 10 Jan 2026 09:05:00 GMT", NOW) == 300
    assert retry_after("soon", NOW) is None and retry_after(None, NOW) is None
    assert retry_after("99999999", NOW) == 86400


# --------------------------------------------------------------------------- the watcher on real sites


def test_watcher_finds_every_article_ingests_each_once_and_picks_up_a_new_one(db_url: str, sites: Callable) -> None:
    store = open_store(db_url)
    a, b, c = sites("127.0.0.1"), sites("127.0.0.2"), sites("127.0.0.3")
    in_rss = publish(a, "/news/", [SEEDS[0], SEEDS[1], NEW[0]])
    a.put("/rss.xml", rss(a, [*in_rss, in_rss[2]]), "application/rss+xml")  # NEW[0] listed twice
    a.put("/atom.xml", atom(a, publish(a, "/press/", [SEEDS[2], SEEDS[3]])), "application/atom+xml")
    old, new = publish(a, "/arch/", [SEEDS[4], NEW[1]]), publish(a, "/arch/", [NEW[2]])
    a.put("/sitemap-2024.xml", sitemap(a, [(p, "2024-12-01") for p, _ in old]), "application/xml")
    a.put("/sitemap-2025.xml", sitemap(a, [(p, "2025-11-03") for p, _ in new]), "application/xml")
    a.put("/sitemap.xml", sitemap(a, [("/sitemap-2024.xml", "2024-12-01"), ("/sitemap-2025.xml", "2025-11-03")],
                                  index=True), "application/xml")
    a.put("/", '<html><head><link rel="alternate" type="application/rss+xml" href="/rss.xml"></head>'
               "<body>Главная</body></html>")
    b.put("/news/", listing_list(publish(b, "/news/", NEW[3:6])))
    c.put("/press/", listing_cards(publish(c, "/press/", [NEW[6], NEW[7], SEEDS[0]])))  # a reposted seed
    urls = [a.url("/rss.xml"), a.url("/atom.xml"), a.url("/sitemap.xml"), b.url("/news/"), c.url("/press/"), a.url("/")]
    for u in urls:
        registry.add_source(store, u, every=1800)
    w = watcher(store)
    try:
        reports = w.poll(NOW)
        assert reports is not None and all(r.status == "ok" and not r.error for r in reports), [r.line() for r in reports]
        assert store.counts()["document"] == 14  # 5 seeds + 8 new texts + the seed reposted at another address
        kinds = {s.url: (s.kind, s.feed_url) for s in registry.sources(store)}
        assert kinds == {urls[0]: ("rss", None), urls[1]: ("atom", None), urls[2]: ("sitemap", None),
                         urls[3]: ("html", None), urls[4]: ("html", None), urls[5]: ("rss", urls[0])}
        for site in (a, b, c):
            assert set(article_hits(site).values()) == {1}, article_hits(site)  # each article fetched once

        again = w.poll(NOW + dt.timedelta(minutes=31))  # nothing new: conditional requests answered 304
        assert again is not None and not any(r.new or r.error for r in again)
        # (the two sources sharing /rss.xml: the one that left the other's articles to it reads the feed again)
        assert sum(r.status == "not modified" for r in again) >= 5
        for path in ("/atom.xml", "/sitemap.xml"):
            last = a.hits(path)[-1]
            assert last.status == 304 and last.headers.get("if-none-match"), path
        assert b.hits("/news/")[-1].status == 304 and c.hits("/press/")[-1].status == 304
        assert store.counts()["document"] == 14

        added = publish(a, "/news/", [NEW[8]])  # a release published while the watcher runs
        a.put("/rss.xml", rss(a, [*added, *in_rss]), "application/rss+xml")
        third = w.poll(NOW + dt.timedelta(minutes=62))
        assert third is not None
        assert store.counts()["document"] == 15
        # the new release is ingested once, by one of the two sources reading /rss.xml (whichever polled first)
        found = {r.url: r.new for r in third if r.new}
        assert list(found.values()) == [1] and set(found) <= {urls[0], urls[5]}, found
        assert set(article_hits(a).values()) == {1}
        titles = {d for (d,) in store._query([("SELECT title FROM document", {})])[0]}
        assert NEW[8].title in titles
    finally:
        w.close()
        store.close()


def test_sitemap_index_rereads_only_the_child_whose_lastmod_changed(store: Store, sites: Callable) -> None:
    a = sites()
    one, two = publish(a, "/a/", [SEEDS[0]]), publish(a, "/b/", [SEEDS[1]])
    a.put("/s1.xml", sitemap(a, [(p, "2025-01-01") for p, _ in one]), "application/xml")
    a.put("/s2.xml", sitemap(a, [(p, "2025-02-01") for p, _ in two]), "application/xml")
    a.put("/index.xml", sitemap(a, [("/s1.xml", "2025-01-01"), ("/s2.xml", "2025-02-01")], index=True), "text/xml")
    registry.add_source(store, a.url("/index.xml"))
    w = watcher(store)
    w.poll(NOW)
    more = publish(a, "/b/", [NEW[0]])
    a.put("/s2.xml", sitemap(a, [(p, "2025-02-01") for p, _ in two] + [(p, "2025-11-30") for p, _ in more]), "text/xml")
    a.put("/index.xml", sitemap(a, [("/s1.xml", "2025-01-01"), ("/s2.xml", "2025-11-30")], index=True), "text/xml")
    (r,) = w.poll(NOW + dt.timedelta(hours=1)) or []
    w.close()
    assert (r.new, r.known, len(a.hits("/s1.xml")), len(a.hits("/s2.xml"))) == (1, 1, 1, 2)


def test_a_changed_article_is_re_extracted_and_an_unchanged_one_is_not(store: Store, sites: Callable) -> None:
    import dataclasses

    a = sites()
    art = SEEDS[0]
    a.put("/rss.xml", rss(a, publish(a, "/n/", [art])), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"))
    w = watcher(store)
    (r,) = w.poll(NOW) or []
    assert r.new == 1
    changed = dataclasses.replace(art, text=art.text + "\nДополнено: визит перенесен на 25 декабря 2025 года.",
                                  day=art.day + dt.timedelta(days=1))
    a.put("/rss.xml", rss(a, publish(a, "/n/", [changed])), "application/rss+xml")
    (r,) = w.poll(NOW + dt.timedelta(minutes=31)) or []
    assert (r.new, r.updated) == (0, 1)
    (text,) = store._query([("SELECT text FROM document", {})])[0][0]
    assert "перенесен на 25 декабря" in text
    version = store.version()
    moved = dataclasses.replace(changed, day=art.day + dt.timedelta(days=2))  # only the feed's date moves
    a.put("/rss.xml", rss(a, [(f"/n/{art.slug}.html", moved)]), "application/rss+xml")
    (r,) = w.poll(NOW + dt.timedelta(minutes=62)) or []
    w.close()
    last = a.hits(f"/n/{art.slug}.html")[-1]
    assert (r.unchanged, last.status, store.version()) == (1, 304, version)  # asked conditionally: not read again


def test_since_leaves_older_articles_out(store: Store, sites: Callable) -> None:
    a = sites()
    a.put("/rss.xml", rss(a, publish(a, "/n/", [SEEDS[0], NEW[0]])), "application/rss+xml")  # 1 and 6 November
    registry.add_source(store, a.url("/rss.xml"), since=dt.date(2025, 11, 5))
    w = watcher(store)
    (r,) = w.poll(NOW) or []
    w.close()
    assert (r.listed, r.new, store.counts()["document"]) == (1, 1, 1)


def paged(site: Site) -> None:
    """/news/ and two older pages, newest first: NEW[8..6] (14-12 Nov), NEW[5..3], NEW[2..0] (8-6 Nov)."""
    pages = [("/news/", NEW[8:5:-1], "/news/?page=2"), ("/news/?page=2", NEW[5:2:-1], "/news/?page=3"),
             ("/news/?page=3", NEW[2::-1], None)]
    for path, arts, following in pages:
        site.put(path, listing_list(publish(site, "/news/", list(arts)), following))


def test_sources_add_since_walks_a_paged_listing_back(sqlite_url: str, sites: Callable,
                                                      capsys: pytest.CaptureFixture,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from scheduler.cli import main

    monkeypatch.setenv("PRESSCAL_HOST_DELAY_SECONDS", "0.1")
    a = sites()
    paged(a)
    assert main(["sources", "add", a.url("/news/"), "--since", "2025-11-07", "--db", sqlite_url]) == 0
    assert "walked back to 2025-11-07: 8 articles ingested, 0 failed" in capsys.readouterr().out
    store = open_store(sqlite_url)
    (src,) = registry.sources(store)
    assert store.counts()["document"] == 8 and src.backfill == "done"
    assert not a.hits(f"/news/{NEW[0].slug}.html")  # 6 November: before --since
    store.close()


def test_a_walk_back_resumes_where_it_stopped(store: Store, sites: Callable, monkeypatch: pytest.MonkeyPatch) -> None:
    from scheduler.sources import watch

    monkeypatch.setattr(watch, "MAX_PAGES", 1)
    a = sites()
    paged(a)
    registry.add_source(store, a.url("/news/"), since=dt.date(2025, 11, 1))
    w = watcher(store)
    w.poll(NOW)
    (src,) = registry.sources(store)
    assert (store.counts()["document"], src.backfill) == (6, a.url("/news/?page=3"))
    w.poll(NOW + dt.timedelta(minutes=31))
    (src,) = registry.sources(store)
    assert (store.counts()["document"], src.backfill) == (9, "done")
    w.poll(NOW + dt.timedelta(minutes=62))  # walked: a conditional request, 304
    w.close()
    assert a.hits("/news/")[-1].status == 304 and len(a.hits("/news/?page=2")) == 1


def test_robots_txt_is_obeyed(store: Store, sites: Callable) -> None:
    a = sites()
    a.put("/robots.txt", "User-agent: presscal\nDisallow: /private/\nDisallow: /closed.xml\n", "text/plain")
    items = publish(a, "/private/", [SEEDS[0]]) + publish(a, "/open/", [SEEDS[1]])
    a.put("/rss.xml", rss(a, items), "application/rss+xml")
    a.put("/closed.xml", rss(a, items), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"))
    registry.add_source(store, a.url("/closed.xml"))
    w = watcher(store)
    reports = {r.url: r for r in w.poll(NOW) or []}
    w.close()
    assert (reports[a.url("/rss.xml")].new, reports[a.url("/rss.xml")].failed) == (1, 1)
    assert "disallowed by" in (reports[a.url("/closed.xml")].error or "")
    assert not a.hits(f"/private/{SEEDS[0].slug}.html") and not a.hits("/closed.xml")
    (src,) = [s for s in registry.sources(store) if s.url.endswith("/rss.xml")]
    states = {u.rsplit("/", 2)[1]: k.state for u, k in registry.known(store, src.id or 0).items()}
    assert states == {"private": "robots", "open": "ok"}
    assert len(a.hits("/robots.txt")) == 1  # read once per host, not per request
    assert a.log[0].path == "/robots.txt" and a.log[0].headers["user-agent"].startswith(f"presscal/{__version__} (+http")


def test_429_with_retry_after_on_the_feed_waits_then_ingests(store: Store, sites: Callable) -> None:
    a = sites()
    items = publish(a, "/n/", [SEEDS[0]])
    a.put("/rss.xml", once_then((429, {"Retry-After": "120"}), Page(rss(a, items).encode(), "application/rss+xml")))
    registry.add_source(store, a.url("/rss.xml"))
    w = watcher(store)
    (r,) = w.poll(NOW) or []
    (src,) = registry.sources(store)
    assert r.status == "wait" and "HTTP 429, retry after 120 s" in (src.last_error or "")
    assert registry.aware(src.next_check_at) == NOW + dt.timedelta(seconds=120) and src.failures == 0
    assert w.poll(NOW + dt.timedelta(seconds=60)) == []  # not due, nothing asked
    assert len(a.hits("/rss.xml")) == 1
    (r,) = w.poll(NOW + dt.timedelta(seconds=121)) or []
    w.close()
    (src,) = registry.sources(store)
    assert (r.status, r.new, src.last_error) == ("ok", 1, None)


def test_503_on_an_article_leaves_the_rest_for_later_and_loses_nothing(store: Store, sites: Callable) -> None:
    a = sites()
    items = publish(a, "/n/", SEEDS[:3])
    later = items[1][0]
    a.put(later, once_then((503, {"Retry-After": "30"}), Page(article_page(SEEDS[1]).encode())))
    a.put("/rss.xml", rss(a, items), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"))
    w = watcher(store)
    (r,) = w.poll(NOW) or []
    assert (r.status, r.new, r.left, store.counts()["document"]) == ("wait", 1, 2, 1)
    (r,) = w.poll(NOW + dt.timedelta(seconds=31)) or []
    w.close()
    assert (r.status, r.new, r.known, store.counts()["document"]) == ("ok", 2, 1, 3)
    assert len(a.hits(items[0][0])) == 1


def test_articles_that_404_loop_or_are_too_large_get_a_clear_state(store: Store, sites: Callable) -> None:
    a = sites()
    good = publish(a, "/n/", [SEEDS[0]])
    a.put("/n/loop.html", redirect_loop)
    a.put("/n/big.html", fifty_mb)
    fake = [("/n/gone.html", NEW[0]), ("/n/loop.html", NEW[1]), ("/n/big.html", NEW[2])]
    a.put("/rss.xml", rss(a, good + fake), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"))
    w = watcher(store)
    w.fetcher.max_bytes = 2 * 1024 * 1024
    for i in range(MAX_ATTEMPTS):
        (r,) = w.poll(NOW + dt.timedelta(hours=i)) or []
        assert r.status == "ok" and r.error is None  # the source itself is fine
    w.close()
    (src,) = registry.sources(store)
    k = {u.rsplit("/", 1)[1]: k for u, k in registry.known(store, src.id or 0).items()}
    assert {n: (x.state, x.attempts) for n, x in k.items()} == {
        f"{SEEDS[0].slug}.html": ("ok", 0), "gone.html": ("failed", 1), "loop.html": ("failed", 3),
        "big.html": ("failed", 3)}
    assert "HTTP 404" in (k["gone.html"].last_error or "") and "redirects" in (k["loop.html"].last_error or "")
    assert "too large" in (k["big.html"].last_error or "")
    assert len(a.hits("/n/gone.html")) == 1 and store.counts()["document"] == 1
    assert registry.counts(store)[src.id or 0] == {"ok": 1, "failed": 3}


def test_a_failing_source_backs_off_and_recovers(store: Store, sites: Callable) -> None:
    a = sites()
    a.put("/big.xml", fifty_mb)
    a.put("/broken.xml", '<?xml version="1.0"?><rss version="2.0"><channel><item><title>Визит</ti', "application/rss+xml")
    registry.add_source(store, a.url("/big.xml"), every=600)
    registry.add_source(store, a.url("/broken.xml"), every=600)
    w = watcher(store)
    w.fetcher.max_bytes = 1024 * 1024
    w.poll(NOW)  # failed once: the next check in 2 x 10 minutes
    assert w.poll(NOW + dt.timedelta(minutes=11)) == []
    w.poll(NOW + dt.timedelta(minutes=21))  # failed twice: in 4 x 10 minutes
    big, broken = registry.sources(store)
    assert "too large" in (big.last_error or "") and "malformed feed" in (broken.last_error or "")
    assert (big.failures, registry.aware(big.next_check_at)) == (2, NOW + dt.timedelta(minutes=21 + 40))
    a.put("/broken.xml", rss(a, publish(a, "/n/", [SEEDS[0]])), "application/rss+xml")  # the site fixes its feed
    assert w.poll(NOW + dt.timedelta(minutes=50)) == []  # backing off: not due yet
    (r,) = [x for x in w.poll(NOW + dt.timedelta(minutes=62)) or [] if x.url.endswith("broken.xml")]
    w.close()
    broken = registry.sources(store)[1]
    assert (r.new, broken.failures, broken.last_error) == (1, 0, None)


def test_a_host_that_resets_and_a_slow_host(store: Store, sites: Callable) -> None:
    a, b = sites("127.0.0.1"), sites("127.0.0.2")
    a.put("/rss.xml", reset)
    items = publish(b, "/n/", [SEEDS[0]])
    b.put("/n/slow.html", slow(3, Page(article_page(SEEDS[1]).encode())))
    b.put("/rss.xml", rss(b, [*items, ("/n/slow.html", SEEDS[1])]), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"))
    registry.add_source(store, b.url("/rss.xml"))
    w = Watcher(store, fetcher=Fetcher(delay=0.0, timeout=1.0), rand=lambda: 0.5)
    reports = {r.url: r for r in w.poll(NOW) or []}
    w.close()
    reset_source, fine = registry.sources(store)
    assert reports[a.url("/rss.xml")].status == "error" and reset_source.failures == 1
    assert reset_source.last_error and a.url("/rss.xml") in reset_source.last_error
    assert (reports[b.url("/rss.xml")].new, fine.last_error) == (1, None)
    slow_row = registry.known(store, fine.id or 0)[b.url("/n/slow.html")]
    assert slow_row.state == "retry" and "timed out" in (slow_row.last_error or "")


def test_one_request_per_host_at_a_time_with_a_delay(store: Store, sites: Callable) -> None:
    a = sites()
    for i in range(3):
        a.put(f"/f{i}.xml", rss(a, publish(a, f"/n{i}/", [SEEDS[i]])), "application/rss+xml")
        registry.add_source(store, a.url(f"/f{i}.xml"))
    w = watcher(store, delay=0.2, workers=3)
    w.poll(NOW)
    w.close()
    hits = sorted(a.log, key=lambda h: h.start)
    assert len(hits) == 7  # robots.txt, 3 feeds, 3 articles
    gaps = [later.start - earlier.end for earlier, later in zip(hits, hits[1:], strict=False)]
    assert min(gaps) >= 0.18, gaps


def test_two_watchers_on_one_store_poll_each_source_once(db_url: str, sites: Callable) -> None:
    store = open_store(db_url)
    a = sites()
    for i in range(4):
        a.put(f"/f{i}.xml", rss(a, []), "application/rss+xml")
        registry.add_source(store, a.url(f"/f{i}.xml"))
    one, two = watcher(store), watcher(open_store(db_url))
    results: list[object] = []
    threads = [threading.Thread(target=lambda w=w: results.append(w.poll(NOW))) for w in (one, two)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    try:
        assert sorted(len(r) if r is not None else -1 for r in results) == [-1, 4]  # type: ignore[arg-type]
        assert all(len(a.hits(f"/f{i}.xml")) == 1 for i in range(4))
    finally:
        one.close()
        two.close()
        store.close()


def test_polling_beside_the_web_app_picks_up_a_release_within_one_interval(store: Store, sites: Callable) -> None:
    from scheduler.sources.watch import start_background

    a = sites()
    a.put("/rss.xml", rss(a, publish(a, "/n/", [SEEDS[0]])), "application/rss+xml")
    registry.add_source(store, a.url("/rss.xml"), every=1)
    handle = start_background(store.url, tick=0.2, watcher=watcher(store))

    def documents(n: int) -> bool:
        for _ in range(150):  # 30 s at most
            if store.counts()["document"] >= n:
                return True
            time.sleep(0.2)
        return False

    try:
        assert documents(1)
        a.put("/rss.xml", rss(a, publish(a, "/n/", [SEEDS[1], SEEDS[0]])), "application/rss+xml")
        t0 = time.monotonic()
        assert documents(2)
        assert time.monotonic() - t0 < 10
    finally:
        handle.stop()
    assert store.counts()["document"] == 2


# --------------------------------------------------------------------------- store, command line, web page


def test_migration_keeps_an_existing_store(db_url: str) -> None:
    import sqlalchemy as sa
    from alembic import command
    from alembic.config import Config

    from scheduler.store.reading import PKG, head_revision

    s = Store(db_url)
    cfg = Config(str(PKG / "alembic.ini"))
    cfg.set_main_option("script_location", str(PKG / "migrations"))
    with s.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0001")
        conn.execute(sa.text("INSERT INTO document (source, content_hash, lang, text, extractor_version, ingested_at,"
                             " updated_at) VALUES ('a.txt', 'h', 'ru', 'текст', '', :t, :t)"), {"t": NOW})
    assert s.revision() == "0001"
    s.close()
    store = open_store(db_url)
    try:
        assert store.revision() == head_revision() >= "0002"  # 0003 (parties, issue 12) follows
        assert store.counts()["document"] == 1
        registry.add_source(store, "http://127.0.0.1:9/rss.xml")
        assert [x.url for x in registry.sources(store)] == ["http://127.0.0.1:9/rss.xml"]
    finally:
        store.close()


def test_command_line_add_list_check_watch_remove(sqlite_url: str, sites: Callable, capsys: pytest.CaptureFixture,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from scheduler.cli import main

    monkeypatch.setenv("PRESSCAL_HOST_DELAY_SECONDS", "0.1")
    a = sites()
    a.put("/news/", listing_list(publish(a, "/news/", NEW[:3])))
    url = a.url("/news/")
    assert main(["sources", "add", url, "--name", "Облисполком", "--every", "45m", "--since", "2025-01-01",
                 "--no-backfill", "--db", sqlite_url]) == 0
    assert main(["sources", "add", url, "--db", sqlite_url]) == 2  # already there
    assert main(["sources", "add", "ftp://x/", "--db", sqlite_url]) == 2
    capsys.readouterr()
    assert main(["sources", "check", url, "--db", sqlite_url]) == 0
    out = capsys.readouterr().out
    assert all(f"/news/{x.slug}.html" in out for x in NEW[:3]) and "3 would be ingested" in out
    assert "nothing written" in out and open_store(sqlite_url).counts()["document"] == 0
    assert main(["watch", "--once", "--db", sqlite_url]) == 0
    assert "3 new" in capsys.readouterr().out
    assert main(["sources", "list", "--json", "--db", sqlite_url]) == 0
    row = json.loads(capsys.readouterr().out)
    assert (row["name"], row["kind"], row["every"], row["since"], row["articles"], row["last_error"]) == (
        "Облисполком", "html", "45m", "2025-01-01", 3, None)
    assert row["last_check"] and row["next_check"]
    assert main(["sources", "list", "--db", sqlite_url]) == 0
    assert "Облисполком" in capsys.readouterr().out
    assert main(["sources", "remove", url, "--db", sqlite_url]) == 0
    assert main(["sources", "remove", url, "--db", sqlite_url]) == 1
    assert open_store(sqlite_url).counts()["document"] == 3  # what it brought in stays


def test_a_sources_party_joins_the_events_that_name_none_of_its_side(db_url: str, sites: Callable) -> None:
    """Issue 14: ``sources add --party``: a site speaking for one side adds it to its releases' events that name
    no party of that side, and leaves those that do as they are."""
    store = open_store(db_url)
    try:
        a = sites()
        a.put("/rss.xml", rss(a, publish(a, "/news/", SEEDS[:3])), "application/rss+xml")
        registry.add_source(store, a.url("/rss.xml"), party="Гомельская область")
        with pytest.raises(UsageError):
            registry.add_source(store, a.url("/other.xml"), party="Гомельская; область")
        w = watcher(store)
        try:
            assert all(r.status == "ok" for r in w.poll(NOW) or [])
        finally:
            w.close()
        events = [e for e in store.records() if e.type != "commemoration"]
        assert events
        for e in events:  # every event names a Belarusian side now; the Gomel one where it named none
            assert any(is_belarusian(p) for p in e.parties), (e.title, e.parties)
        assert any("Гомельская область" in e.parties for e in events)
        assert [x.party for x in registry.sources(store)] == ["Гомельская область"]
    finally:
        store.close()


def test_with_party_adds_only_a_missing_side() -> None:
    from scheduler.extraction import extract_text
    from scheduler.store.ingest import with_party

    doc = extract_text("12 мая губернатор Брянской области провел встречу в Брянске.", published="2024-05-13")
    (e,) = with_party(doc, "Гомельская область").events
    assert e.parties == ("Гомельская область", "Брянская область")
    doc = extract_text("12 мая в Минске прошла встреча с делегацией Брянской области.", published="2024-05-13")
    got = with_party(doc, "Гомельская область").events
    assert got and all("Гомельская область" not in e.parties for e in got)  # the Belarusian side was named already


def test_web_page_lists_sources_with_last_check_and_error_read_only(store: Store) -> None:
    from starlette.testclient import TestClient

    from scheduler.web.app import create_app

    src = registry.add_source(store, "http://127.0.0.1:9/rss.xml", name="Министерство связи")
    registry.save_check(store, src.id or 0, last_check_at=NOW, last_error="http://127.0.0.1:9/rss.xml: HTTP 500",
                        failures=1)
    client = TestClient(create_app(store, clock=lambda: NOW))
    page = client.get("/").text
    assert "Министерство связи" in page and "2026-01-10 09:00" in page and "HTTP 500" in page
    assert client.post("/").status_code == 405


@pytest.mark.slow
def test_two_serve_processes_on_one_store_poll_each_source_from_one_only(db_url: str, sites: Callable,
                                                                         tmp_path: Path) -> None:
    """Real ``presscal serve`` processes: the one holding the ``sources`` lease polls (its user agent names
    its base URL), the other stands by -- and takes over when the first stops."""
    import os
    import signal
    import subprocess
    import sys

    import httpx

    from .web_helpers import ROOT, free_port

    store = open_store(db_url)
    a = sites()
    for i in range(3):
        a.put(f"/f{i}.xml", rss(a, []), "application/rss+xml")
        registry.add_source(store, a.url(f"/f{i}.xml"), every=1)
    store.close()
    (tmp_path / "empty").mkdir()
    procs: dict[str, tuple[subprocess.Popen, int]] = {}
    for name in ("one", "two"):
        env = {k: v for k, v in os.environ.items() if not k.startswith("PRESSCAL_")}
        env.update(XDG_DATA_HOME=str(tmp_path / name), HOME=str(tmp_path), PRESSCAL_TICK_SECONDS="3600",
                   PRESSCAL_WATCH_TICK_SECONDS="0.3", PRESSCAL_HOST_DELAY_SECONDS="0.1", PRESSCAL_LEASE_SECONDS="5",
                   PRESSCAL_BASE_URL=f"http://{name}.test")
        port = free_port()
        procs[name] = (subprocess.Popen([sys.executable, "-m", "scheduler", "serve", "--db", db_url, "--port",
                                         str(port), "--seeds", str(tmp_path / "empty")], cwd=ROOT, env=env,
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL), port)

    def agents() -> set[str]:
        return {h.headers.get("user-agent", "").rsplit("//", 1)[-1].rstrip(")").removesuffix(".test") for h in list(a.log)
                if h.path.startswith("/f")}

    def wait_for(pred: Callable[[], bool], seconds: float = 60) -> bool:
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            if pred():
                return True
            time.sleep(0.2)
        return False

    def healthy(port: int) -> bool:
        try:
            return httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=1).status_code == 200
        except httpx.HTTPError:
            return False

    try:
        assert wait_for(lambda: all(healthy(port) for _, port in procs.values()), 120)
        assert wait_for(lambda: len([h for h in a.log if h.path.startswith("/f")]) >= 9)
        time.sleep(2)  # both have ticked many times by now
        (holder,) = agents()
        assert all(a.hits(f"/f{i}.xml") for i in range(3))
        procs[holder][0].send_signal(signal.SIGINT)  # stops cleanly, releasing the lease
        procs[holder][0].wait(60)
        other = "two" if holder == "one" else "one"
        assert wait_for(lambda: agents() == {holder, other}, 30)
    finally:
        for proc, _ in procs.values():
            if proc.poll() is None:
                proc.send_signal(signal.SIGINT)
                proc.wait(60)
