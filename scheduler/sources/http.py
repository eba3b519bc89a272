"""Polite fetching for the watcher (I/O): robots.txt, one request per host at a time, a delay between
requests to a host, and a host that answered 429/503 left alone until its Retry-After has passed.

Every request goes through :func:`scheduler.store.ingest.http_get`, so the limits are those of ``ingest URL``
(http/https only, 5 redirects, size, timeouts). The user agent is ``presscal/VERSION (+base URL)``.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
import urllib.robotparser
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from ..errors import FetchError
from ..store.ingest import FETCH_MAX_BYTES, FETCH_TIMEOUT, Fetched, http_get
from .policy import retry_after

ROBOTS_TTL = 3600.0  # seconds a host's robots.txt is trusted
ROBOTS_MAX_BYTES = 512 * 1024
MAX_CRAWL_DELAY = 60.0


class Disallowed(FetchError):
    """robots.txt forbids this address to our user agent."""


class HostBusy(FetchError):
    """The host asked us to wait (429 or 503, Retry-After); ``until`` is when to come back (aware UTC)."""

    def __init__(self, message: str, until: dt.datetime) -> None:
        super().__init__(message)
        self.until = until


@dataclass
class _Host:
    lock: threading.Lock = field(default_factory=threading.Lock)
    ready_at: float = 0.0  # monotonic: not before this
    busy_until: dt.datetime | None = None
    robots: Any = None
    robots_at: float = -1e18
    delay: float = 0.0


def user_agent(base_url: str | None = None) -> str:
    import os

    from .. import __version__
    from ..reminders.mail import DEFAULT_BASE_URL

    return f"presscal/{__version__} (+{base_url or os.environ.get('PRESSCAL_BASE_URL') or DEFAULT_BASE_URL})"


class Fetcher:
    """One HTTP client for a watcher's life; thread-safe (a lock per host)."""

    def __init__(self, *, delay: float = 1.0, timeout: float = FETCH_TIMEOUT, max_bytes: int = FETCH_MAX_BYTES,
                 agent: str | None = None) -> None:
        import httpx

        self.agent = agent or user_agent()
        self.delay, self.timeout, self.max_bytes = delay, timeout, max_bytes
        self.client = httpx.Client(timeout=timeout, follow_redirects=False, headers={"User-Agent": self.agent},
                                   limits=httpx.Limits(max_connections=32, max_keepalive_connections=32))
        self._hosts: dict[str, _Host] = {}
        self._lock = threading.Lock()
        self.requests = 0

    def close(self) -> None:
        self.client.close()

    def _host(self, url: str) -> tuple[str, _Host]:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}".lower()
        with self._lock:
            return key, self._hosts.setdefault(key, _Host(delay=self.delay))

    def get(self, url: str, *, headers: dict[str, str] | None = None, now: dt.datetime | None = None) -> Fetched:
        """GET ``url`` politely. Disallowed when robots.txt forbids it, HostBusy while the host asked us to wait
        (and when it answers 429 or 503 now); other statuses are returned to the caller."""
        now = now or dt.datetime.now(dt.UTC)
        origin, host = self._host(url)
        with host.lock:
            if host.busy_until is not None and now < host.busy_until:
                raise HostBusy(f"{url}: the host asked to wait until {host.busy_until:%Y-%m-%d %H:%M:%S}Z",
                               host.busy_until)
            self._robots(origin, host)
            if not host.robots.can_fetch(self.agent, url):
                raise Disallowed(f"{url}: disallowed by {origin}/robots.txt for {self.agent.split(' ')[0]}")
            got = self._request(host, url, headers)
            if got.status in (429, 503):
                wait = retry_after(got.headers.get("retry-after"), now)
                wait = max(wait if wait is not None else 60.0 * (1 if got.status == 429 else 5), 1.0)
                host.busy_until = now + dt.timedelta(seconds=wait)
                raise HostBusy(f"{url}: HTTP {got.status}, retry after {wait:g} s", host.busy_until)
            return got

    def _request(self, host: _Host, url: str, headers: dict[str, str] | None, max_bytes: int | None = None) -> Fetched:
        pause = host.ready_at - time.monotonic()
        if pause > 0:
            time.sleep(pause)
        try:
            self.requests += 1
            return http_get(url, client=self.client, headers=headers, timeout=self.timeout,
                            max_bytes=max_bytes or self.max_bytes)
        finally:
            host.ready_at = time.monotonic() + host.delay

    def _robots(self, origin: str, host: _Host) -> None:
        """Read the host's robots.txt (RFC 9309: a 4xx means no rules; a 5xx or no answer means try later)."""
        if host.robots is not None and time.monotonic() - host.robots_at < ROBOTS_TTL:
            return
        parser = urllib.robotparser.RobotFileParser(f"{origin}/robots.txt")
        try:
            got = self._request(host, f"{origin}/robots.txt", None, ROBOTS_MAX_BYTES)
        except FetchError as e:
            raise FetchError(f"{origin}/robots.txt could not be read, so nothing is fetched there yet: {e}") from None
        if got.status >= 500 or got.status == 429:
            raise FetchError(f"{origin}/robots.txt: HTTP {got.status}, so nothing is fetched there yet")
        parser.parse(got.body.decode("utf-8", errors="replace").splitlines() if got.status < 300 else [])
        delay = parser.crawl_delay(self.agent)
        host.delay = max(self.delay, min(float(delay), MAX_CRAWL_DELAY)) if delay else self.delay
        host.robots, host.robots_at = parser, time.monotonic()
