"""``presscal watch``: poll the due sources, fetch new or changed articles, ingest them (I/O).

One :class:`Watcher` per process. It polls only while it holds the ``sources`` lease (the same
:class:`scheduler.reminders.subscriptions.Lease` the reminder scheduler takes, under its own name), so of two
``presscal serve`` on one store exactly one polls. A check never loses an article: one that fails is
kept as ``retry`` (at most MAX_ATTEMPTS times), one not reached (a 429, the per-check cap) stays
unknown, and the listing's ETag is kept only after a complete check, so the next one reads it again.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import random
import threading
from collections.abc import Callable
from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait
from dataclasses import dataclass, field
from typing import Any

from ..errors import PresscalError
from ..reminders.subscriptions import Lease, holder_id
from ..store.ingest import ingest_fetched
from . import registry
from .http import Disallowed, Fetcher, HostBusy
from .listing import Entry, Listing, SourceError, read_listing
from .models import Source
from .policy import next_check

log = logging.getLogger("presscal.sources")
UTC = dt.UTC
LEASE_NAME = "sources"
MAX_ARTICLES = 100  # articles fetched in one check of one source; the rest in the next
MAX_ATTEMPTS = 3  # an article that keeps failing is given up (state failed) after this many tries
MAX_CHILD_SITEMAPS = 50
MAX_PAGES = 20  # older pages of a paged listing read in one check while walking back to --since
INGEST_BATCH = 10  # articles a write transaction: an interrupted check keeps what it finished


@dataclass
class CheckReport:
    """What one check of one source did (``pending``: what a dry run would ingest)."""

    url: str
    kind: str = ""
    status: str = "ok"  # ok | not modified | wait | error
    listed: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    known: int = 0
    failed: int = 0
    left: int = 0  # not reached in this check (cap or a 429): the next check takes them
    error: str | None = None
    pending: list[Entry] = field(default_factory=list)
    complete: bool = True

    def line(self) -> str:
        if self.status == "not modified":
            return f"{self.url}: not modified"
        head = f"{self.url}: {self.kind or '?'}, {self.listed} listed: {self.new} new, {self.updated} updated, " \
               f"{self.unchanged} unchanged, {self.known} known, {self.failed} failed"
        if self.left:
            head += f", {self.left} left for the next check"
        return head + (f"; {self.error}" if self.error else "")


def _conditional(etag: str | None, last_modified: str | None) -> dict[str, str]:
    h = {}
    if etag:
        h["If-None-Match"] = etag
    if last_modified:
        h["If-Modified-Since"] = last_modified
    return h


class Watcher:
    """Checks sources of one store; every method takes ``now`` (aware UTC) from the caller."""

    def __init__(self, store: Any, *, fetcher: Fetcher | None = None, holder: str | None = None,
                 workers: int | None = None, rand: Callable[[], float] = random.random,
                 lease_seconds: float | None = None) -> None:
        from ..reminders.jobs import env_seconds

        self.store = store
        self.fetcher = fetcher or Fetcher(delay=env_seconds("PRESSCAL_HOST_DELAY_SECONDS", 1.0))
        self.holder = holder or holder_id()
        self.workers = workers or int(os.environ.get("PRESSCAL_WATCH_WORKERS") or 4)
        self.rand = rand
        ttl = lease_seconds or env_seconds("PRESSCAL_LEASE_SECONDS", 90)
        self.lease = Lease(store, self.holder, dt.timedelta(seconds=ttl), name=LEASE_NAME)
        self.active = False
        self._inflight: set[str] = set()  # articles another source's check is fetching now (a shared feed)
        self._inflight_lock = threading.Lock()

    def close(self) -> None:
        if self.active:
            self.lease.release()
            self.active = False
        self.fetcher.close()

    def heartbeat(self) -> bool:
        was, self.active = self.active, self.lease.acquire()
        if self.active and not was:
            log.info("source watcher %s active on %s", self.holder, self.store)
        elif was and not self.active:
            log.warning("source watcher %s lost the lease; standing by", self.holder)
        return self.active

    # ------------------------------------------------------------------ polling

    def poll(self, now: dt.datetime) -> list[CheckReport] | None:
        """Check every due source (sources on different hosts side by side); None when another process
        holds the lease."""
        if not self.heartbeat():
            return None
        todo = registry.due(self.store, now)
        reports: list[CheckReport] = []
        renew = self.lease.ttl.total_seconds() / 3
        with ThreadPoolExecutor(max(1, min(self.workers, len(todo) or 1))) as pool:
            pending = {pool.submit(self.check, src, now) for src in todo}
            while pending:
                done, pending = wait(pending, timeout=renew, return_when=FIRST_COMPLETED)
                reports += [f.result() for f in done]
                if pending and not self.heartbeat():  # lost the lease: leave the rest to the new holder
                    for f in pending:
                        f.cancel()
                    reports += [f.result() for f in pending if not f.cancelled()]
                    break
        return reports

    def check(self, src: Source, now: dt.datetime, *, dry_run: bool = False) -> CheckReport:
        """Check one source: read its listing, then fetch and ingest what is new or changed (unless ``dry_run``)."""
        report = CheckReport(src.url, src.kind)
        try:
            self._check(src, now, report, dry_run)
        except HostBusy as e:
            report.status, report.error, report.complete = "wait", str(e), False
            if not dry_run:
                self._record(src, now, report, until=e.until)
            return report
        except PresscalError as e:
            report.status, report.error = "error", str(e)
        except Exception as e:  # noqa: BLE001 -- one source's bug must not stop the others
            log.exception("checking %s failed", src.url)
            report.status, report.error = "error", f"{src.url}: unexpected {type(e).__name__}: {e}"
        if not dry_run:
            self._record(src, now, report)
        return report

    def _record(self, src: Source, now: dt.datetime, report: CheckReport, until: dt.datetime | None = None) -> None:
        assert src.id is not None
        failed = report.status == "error"
        failures = src.failures + 1 if failed else (src.failures if until else 0)
        fields: dict[str, Any] = {"kind": report.kind or src.kind, "last_check_at": now, "failures": failures,
                                  "last_result": report.line()[len(src.url) + 2:][:256]}
        if until is not None:
            fields.update(next_check_at=until, last_error=report.error)
        else:
            fields["next_check_at"] = next_check(now, src.every_seconds, failures, self.rand())
            fields["last_error"] = report.error if failed else None
            if not failed:
                fields["last_ok_at"] = now
        registry.save_check(self.store, src.id, **fields)

    def _check(self, src: Source, now: dt.datetime, report: CheckReport, dry_run: bool) -> None:
        url = src.feed_url or src.url
        walking = src.backfill not in (None, "done")  # the first page must be read to walk on from the cursor
        headers = {} if dry_run or walking else _conditional(src.etag, src.last_modified)
        got = self.fetcher.get(url, headers=headers, now=now)
        if got.status == 304:
            report.status = "not modified"
            return
        if got.status >= 300:
            raise SourceError(f"{url}: HTTP {got.status}")
        listing = read_listing(got.body, got.url, got.headers.get("content-type", ""), lang=src.lang)
        feed_url = src.feed_url
        if listing.feed_url:  # a page naming its feed: the feed is what is polled from now on
            feed_url = listing.feed_url
            got = self.fetcher.get(feed_url, now=now)
            if got.status >= 300:
                raise SourceError(f"{feed_url} (the feed {url} names): HTTP {got.status}")
            listing = read_listing(got.body, got.url, got.headers.get("content-type", ""), lang=src.lang)
            if listing.feed_url:
                raise SourceError(f"{feed_url}: the feed {url} names is an HTML page again")
        report.kind = listing.kind
        entries = self._expand(src, listing, now, report, dry_run)
        cursor = src.backfill
        if listing.next_page and src.since and src.backfill != "done":
            older, cursor = self._walk_back(src, listing, now)
            have = {x.url for x in entries}
            entries += [e for e in older if e.url not in have]
        report.listed = len(entries)
        self._articles(src, entries, now, report, dry_run)
        if not dry_run:
            assert src.id is not None
            complete = report.complete and not report.left
            registry.save_check(self.store, src.id, feed_url=feed_url,
                                etag=got.headers.get("etag") if complete else None,
                                last_modified=got.headers.get("last-modified") if complete else None,
                                backfill=cursor if complete else src.backfill)  # unfinished: walk the same pages again

    def _walk_back(self, src: Source, listing: Listing, now: dt.datetime) -> tuple[list[Entry], str]:
        """A paged listing's older pages, from where the last walk stopped, until one reaches back before
        ``since`` (at most MAX_PAGES a check); the page to continue from, or "done"."""
        since = src.since.isoformat() if src.since else ""
        page: str | None = src.backfill or listing.next_page
        seen = {src.feed_url or src.url}
        out: list[Entry] = []
        for _ in range(MAX_PAGES):
            if page is None or page in seen:
                return out, "done"
            seen.add(page)
            got = self.fetcher.get(page, now=now)
            if got.status in (404, 410):
                return out, "done"  # the pager pointed past the last page
            if got.status >= 300:
                raise SourceError(f"{page} (an older page of {src.url}): HTTP {got.status}")
            try:
                older = read_listing(got.body, got.url, got.headers.get("content-type", ""), lang=src.lang)
            except SourceError:
                return out, "done"  # past the last page of news
            out += [e for e in older.entries if not (e.date and e.date[:10] < since)]
            if older.kind != "html" or any(e.date and e.date[:10] < since for e in older.entries):
                return out, "done"
            page = older.next_page
        return out, page or "done"

    def _expand(self, src: Source, listing: Listing, now: dt.datetime, report: CheckReport,
                dry_run: bool) -> list[Entry]:
        """The articles of a listing: a sitemap index's changed child sitemaps are read too."""
        assert src.id is not None
        since = src.since.isoformat() if src.since else ""
        articles = [e for e in listing.entries if e.kind == "article" and not (since and e.date and e.date[:10] < since)]
        children = [e for e in listing.entries if e.kind == "sitemap"
                    and not (since and e.date and e.date[:10] < since)][:MAX_CHILD_SITEMAPS]
        seen = registry.known(self.store, src.id) if children else {}
        for child in children:
            k = seen.get(child.url)
            if k is not None and k.state == "ok" and k.marker == child.date and child.date:
                continue  # its lastmod says nothing changed
            got = self.fetcher.get(child.url, now=now)
            if got.status >= 300:
                raise SourceError(f"{child.url} (in the sitemap index {src.url}): HTTP {got.status}")
            inner = read_listing(got.body, got.url, got.headers.get("content-type", ""))
            articles += [e for e in inner.entries if e.kind == "article"
                         and not (since and e.date and e.date[:10] < since)]
            if not dry_run:
                registry.save_articles(self.store, src.id, [{"url": child.url, "kind": "sitemap", "marker": child.date,
                                                             "state": "ok", "fetched_at": now}])
        unique: dict[str, Entry] = {}
        for e in articles:
            unique.setdefault(e.url, e)
        return list(unique.values())

    def _articles(self, src: Source, entries: list[Entry], now: dt.datetime, report: CheckReport,
                  dry_run: bool) -> None:
        assert src.id is not None
        seen = registry.known(self.store, src.id)
        todo: list[Entry] = []
        for e in entries:
            k = seen.get(e.url)
            if k is None or k.state in ("new", "retry") or k.marker != e.date[:64]:
                todo.append(e)
            else:
                report.known += 1
        if dry_run:
            stored = self._stored([e.url for e in todo if e.url not in seen])
            report.known += len(stored)
            report.pending = [e for e in todo if e.url not in stored]
            return
        with self._inflight_lock:  # another source has it in hand: this one takes it from the store next time
            batch = [e for e in todo if e.url not in self._inflight][:MAX_ARTICLES]
            self._inflight.update(e.url for e in batch)
        report.left = len(todo) - len(batch)
        report.complete = report.complete and not report.left
        try:
            stored = self._stored([e.url for e in batch if e.url not in seen])  # after the claim: no race
            report.known += len(stored)
            registry.save_articles(self.store, src.id, [{"url": e.url, "marker": e.date[:64], "state": "ok",
                                                         "fetched_at": now} for e in batch if e.url in stored])
            self._fetch_articles(src, [e for e in batch if e.url not in stored], seen, now, report)
        finally:
            with self._inflight_lock:
                self._inflight.difference_update(e.url for e in batch)

    def _stored(self, urls: list[str]) -> set[str]:
        """Which of these addresses are documents already (ingested by another source or ``ingest URL``)."""
        out: set[str] = set()
        for i in range(0, len(urls), 500):
            out.update(self.store.content_hashes(urls[i:i + 500]))
        return out

    def _fetch_articles(self, src: Source, batch: list[Entry], seen: dict[str, registry.Known], now: dt.datetime,
                        report: CheckReport) -> None:
        pages: list[tuple[str, bytes]] = []
        rows: dict[str, dict[str, Any]] = {}
        try:
            for i, e in enumerate(batch):
                k = seen.get(e.url)
                row = rows[e.url] = {"url": e.url, "marker": e.date[:64], "fetched_at": now, "last_error": None}
                try:
                    got = self.fetcher.get(e.url, now=now, headers=_conditional(k.etag, k.last_modified)
                                           if k is not None and k.state == "ok" else None)
                except Disallowed as x:
                    row.update(state="robots", last_error=str(x))
                    report.failed += 1
                    continue
                except HostBusy:
                    del rows[e.url]  # not tried: stays unknown (or as it was), so the next check takes it
                    report.left += len(batch) - i
                    raise
                except PresscalError as x:
                    self._failed(row, k, str(x), report)
                    continue
                if got.status == 304:
                    row["state"] = "ok"
                    report.unchanged += 1
                elif got.status >= 300:
                    self._failed(row, k, f"{e.url}: HTTP {got.status}", report, final=got.status in (404, 410))
                else:
                    row.update(etag=got.headers.get("etag"), last_modified=got.headers.get("last-modified"))
                    pages.append((e.url, got.body))
                    if len(pages) >= INGEST_BATCH:
                        self._ingest(src, pages, rows, report)
        finally:
            self._ingest(src, pages, rows, report)

    def _failed(self, row: dict[str, Any], k: registry.Known | None, message: str, report: CheckReport,
                final: bool = False) -> None:
        attempts = (k.attempts if k is not None and k.state == "retry" else 0) + 1
        state = "failed" if final or attempts >= MAX_ATTEMPTS else "retry"
        row.update(state=state, attempts=attempts, last_error=message)
        report.failed += 1
        if state == "retry":
            report.complete = False

    def _ingest(self, src: Source, pages: list[tuple[str, bytes]], rows: dict[str, dict[str, Any]],
                report: CheckReport) -> None:
        assert src.id is not None
        if pages:
            for status, url, message in ingest_fetched(self.store, pages, party=src.party):
                row = rows[url]
                if status == "failed":
                    row.update(state="failed", attempts=1, last_error=message)
                    report.failed += 1
                else:
                    row.update(state="ok", attempts=0)
                    setattr(report, status, getattr(report, status) + 1)
            pages.clear()
        registry.save_articles(self.store, src.id, rows.values())
        rows.clear()


# --------------------------------------------------------------------------- running it


_WATCHERS: dict[str, tuple[Watcher, Callable[[], dt.datetime]]] = {}
_LOCK = threading.Lock()


def watch_job(watcher_id: str) -> None:
    """The polling job (module level, plain argument, as the reminder jobs)."""
    entry = _WATCHERS.get(watcher_id)
    if entry is None:
        return
    watcher, clock = entry
    with _LOCK:
        try:
            reports = watcher.poll(clock())
            for r in reports or ():
                if r.status != "not modified":
                    (log.warning if r.error else log.info)("%s", r.line())
        except Exception:  # noqa: BLE001 -- a failing run must not kill the scheduler; the next one retries
            log.exception("source watch job failed")


@dataclass
class Handle:
    scheduling: Any
    watcher: Watcher

    def stop(self) -> None:
        self.scheduling.stop()
        _WATCHERS.pop(self.watcher.holder, None)
        self.watcher.close()


def start_background(store_url: str | None, *, clock: Callable[[], dt.datetime] | None = None,
                     tick: float | None = None, watcher: Watcher | None = None) -> Handle:
    """Poll due sources every PRESSCAL_WATCH_TICK_SECONDS (default 30 s) beside the web app; stands by while
    another process holds the lease."""
    from ..reminders.jobs import ApsScheduling, env_seconds
    from ..store.reading import open_store

    watcher = watcher or Watcher(open_store(store_url))
    _WATCHERS[watcher.holder] = (watcher, clock or (lambda: dt.datetime.now(UTC)))
    sched = ApsScheduling()
    sched.every(tick or env_seconds("PRESSCAL_WATCH_TICK_SECONDS", 30), watch_job, "sources-watch",
                (watcher.holder,))
    sched.start()
    return Handle(sched, watcher)


def run_forever(watcher: Watcher) -> int:
    """``presscal watch`` without ``--once``: poll until SIGTERM or Ctrl-C."""
    import signal

    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    handle = start_background(None, watcher=watcher)
    log.info("source watcher %s started on %s", watcher.holder, watcher.store)
    try:
        while not stop.wait(1.0):
            pass
    except KeyboardInterrupt:
        pass
    finally:
        handle.stop()
    return 0
