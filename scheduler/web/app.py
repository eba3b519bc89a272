"""The web app of ``presscal serve``: iCalendar feeds over HTTP and a Russian web page (Starlette).

Routes: ``/`` (upcoming events, a month view, type filters, a region picker, subscribe buttons), ``/event/{id}``
(the evidence highlighted in its source text), ``/calendars/{name}.ics`` (the feeds; ``?party=`` narrows
each to one region), ``/calendars/region/{slug}.ics`` (a region's own calendar),
``GET/POST /unsubscribe/{token}`` (one-click unsubscribe of reminder emails), ``/static``.

Feeds are built in memory (never read from disk: no path can escape), cached per store version
and day, and served with a strong ETag (hash of the bytes), Last-Modified, 304 on
If-None-Match / If-Modified-Since, HEAD, and a precompressed gzip variant with its own ETag.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import logging
import re
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from ..errors import NotFound, PresscalError, UsageError
from ..feeds import build as feeds
from ..rules.parties import party_by
from .flights import Busy, Flights
from .params import parse_day, parse_filters

HERE = Path(__file__).resolve().parent
MINSK = ZoneInfo("Europe/Minsk")
UTC = dt.timezone.utc  # noqa: UP017 (Python 3.10)
VERSION_TTL = 1.0  # seconds a store version is trusted before asking the database again
FILTERED_CACHE = 64  # filtered feed variants kept in memory
CACHE_BYTES = 256 * 1024 * 1024  # and at most this many bytes of them (least recently used go first)
FEED_RE = re.compile(r"^([a-z]+)\.ics$")
REGION_RE = re.compile(r"^([a-z0-9]+(?:-[a-z0-9]+)*)\.ics$")  # a slug: no dot, no slash, nothing to traverse
SECURITY_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", b"default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                 b"frame-ancestors 'none'; base-uri 'none'; form-action 'self'"),
]


@dataclass(frozen=True, slots=True)
class Feed:
    """One built feed and its two encodings."""

    body: bytes
    gz: bytes
    etag: str  # strong, of the identity body
    etag_gz: str  # strong, of the gzip body
    last_modified: dt.datetime
    chunks: tuple[bytes, ...] = ()  # the identity body in CHUNK slices, cut once (each request sends these)
    gz_chunks: tuple[bytes, ...] = ()
    heads: dict[tuple[str, bool], tuple[list, list]] = field(default_factory=dict, compare=False)
    # ^ (file name, gzip) -> (200 headers, 304 headers) as raw ASGI lists, made on the first request


CHUNK = 1024 * 1024  # a cached body goes to the server in slices of this size (one 9 MB send was slower; 256 KB and 4 MB slices too)


def slices(body: bytes) -> tuple[bytes, ...]:
    return tuple(body[i:i + CHUNK] for i in range(0, len(body), CHUNK)) or (b"",)


class FeedCache:
    """Feeds by (name, filters), rebuilt when the store's version or the day changes."""

    def __init__(self, store: Any, clock: Callable[[], dt.datetime], flights: Flights | None = None) -> None:
        self.store, self.clock = store, clock
        self._version: tuple[float, str] = (0.0, "")
        self._feeds: OrderedDict[tuple, Feed] = OrderedDict()
        self._last: OrderedDict[tuple, tuple[str, dt.datetime]] = OrderedDict()  # last (etag, date) per variant
        self._lock = threading.Lock()
        self._index_lock = threading.Lock()  # one index built at a time; the others wait for it
        self._parties: tuple[str, list[str]] = ("", [])
        self._regions: tuple[str, list[tuple[str, str, int]]] = ("", [])
        self._records: tuple[tuple, list] = ((), [])  # (version, day) -> the records the feeds are built from
        self._index: tuple[tuple, Any] = ((), None)  # (version, day) -> the page's PageIndex
        self.version_ttl = VERSION_TTL
        self._stale: OrderedDict[tuple, Feed] = OrderedDict()  # the newest build of each variant, any version
        self.flights = flights or Flights()

    def version(self) -> str:
        at, v = self._version
        if time.monotonic() - at >= self.version_ttl:
            v = self.store.version()
            self._version = (time.monotonic(), v)
        return v

    def parties(self) -> list[str]:
        """The parties that have events, read again only when the store's version changes (a 304 stays cheap)."""
        version = self.version()
        if self._parties[0] != version:
            self._parties = (version, [p for p, _, _ in self.regions()])
        return self._parties[1]

    def regions(self) -> list[tuple[str, str, int]]:
        """(party, slug, events) of the parties that have events, read once per store version."""
        version = self.version()
        if self._regions[0] != version:
            self._regions = (version, self.store.parties())
        return self._regions[1]

    def records(self) -> list:
        """The records feeds are built from (shown ones, and those hidden in the last CANCELLED_DAYS), read once
        per store version and day and shared by every feed and the page's index."""
        now = self.clock()
        key = (self.version(), now.date())
        with self._lock:
            if self._records[0] == key:
                return self._records[1]
        records = self.store.records(include_hidden=False, hidden_since=now - dt.timedelta(days=feeds.CANCELLED_DAYS))
        with self._lock:
            self._records = (key, records)
        return records

    def page_index(self, today: dt.date, days: int) -> Any:
        """The page's :class:`~scheduler.web.page_index.PageIndex` of this store version and day, made once."""
        from .page_index import PageIndex

        key = (self.version(), today, days)
        with self._index_lock:
            if self._index[0] != key:
                self._index = (key, PageIndex(self.records(), today, days))
            return self._index[1]

    def peek(self, name: str, types: tuple[str, ...], since: dt.date | None, party: str | None = None) -> Feed | None:
        return self._feeds.get((self.version(), self.clock().date(), name, types, since, party))

    def get(self, name: str, types: tuple[str, ...], since: dt.date | None, party: str | None = None) -> Feed:
        """The feed, built here if need be (blocking; the web route uses :meth:`fetch`)."""
        key = (self.version(), self.clock().date(), name, types, since, party)
        with self._lock:
            if key in self._feeds:
                self._feeds.move_to_end(key)
                return self._feeds[key]
        return self._build_and_keep(key)

    def _build_and_keep(self, key: tuple) -> Feed:
        feed = self._build(*key[2:])
        with self._lock:
            for old in [k for k in self._feeds if k[:2] != key[:2]]:  # another store version or day
                del self._feeds[old]
            self._feeds[key] = feed
            self._stale[key[2:]] = feed
            self._stale.move_to_end(key[2:])
            while len(self._stale) > FILTERED_CACHE + len(feeds.FEED_NAMES):
                self._stale.popitem(last=False)
            size = sum(len(f.body) + len(f.gz) for f in self._feeds.values())
            while len(self._feeds) > 1 and (size > CACHE_BYTES or len(self._feeds) > FILTERED_CACHE + len(feeds.FEED_NAMES)):
                _, dropped = self._feeds.popitem(last=False)
                size -= len(dropped.body) + len(dropped.gz)
        return feed

    async def fetch(self, name: str, types: tuple[str, ...], since: dt.date | None, party: str | None = None) -> Feed:
        """The feed for a request, built through :class:`Flights` (single flight, bounded, stale while
        rebuilding: after a store change or at midnight the variant's previous bytes)."""
        key = (self.version(), self.clock().date(), name, types, since, party)
        feed = self._feeds.get(key)
        if feed is not None:
            return feed
        return await self.flights.get(key, lambda: self._build_and_keep(key), self._stale.get(key[2:]))

    def _build(self, name: str, types: tuple[str, ...], since: dt.date | None, party: str | None) -> Feed:
        now = self.clock()
        records = self.records()
        body = feeds.build_feed(name, records, now=now, types=types or None, since=since, party=party)
        if party is not None:
            records = [r for r in records if party in r.parties]
        lm = max((feeds.stamp(r) for r in records), default=feeds.EPOCH)
        etag = '"' + hashlib.sha256(body).hexdigest()[:32] + '"'
        prev = self._last.get((name, types, since, party))
        if prev is not None and prev[0] != etag and lm <= prev[1]:
            lm = now.astimezone(UTC).replace(microsecond=0)  # content changed without a newer record (a drop)
        self._last[(name, types, since, party)] = (etag, lm)
        if len(self._last) > 4 * FILTERED_CACHE:
            self._last.popitem(last=False)
        gz = gzip.compress(body, compresslevel=6, mtime=0)
        return Feed(body, gz, etag, etag[:-1] + '-gz"', lm, slices(body), slices(gz))


def accepts_gzip(header: str | None) -> bool:
    """Whether an Accept-Encoding value allows gzip (RFC 9110 §12.5.3): listed (or ``x-gzip``, or ``*`` when
    gzip is not named) with a q-value above zero; ``gzip;q=0`` refuses it."""
    star: bool | None = None
    for part in (header or "").split(","):
        coding, _, params = part.partition(";")
        coding = coding.strip().lower()
        q = 1.0
        for param in params.split(";"):
            k, _, v = param.partition("=")
            if k.strip().lower() == "q":
                try:
                    q = float(v.strip())
                except ValueError:
                    q = 0.0
        if coding in ("gzip", "x-gzip"):
            return q > 0
        if coding == "*":
            star = q > 0
    return bool(star)


class AcceptEncoding:
    """Shows the app only a gzip it may use: a request whose Accept-Encoding refuses gzip (``gzip;q=0``)
    reaches the rest (Starlette's GZipMiddleware looks for the word "gzip" only) as ``identity``."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http":
            headers = scope["headers"]
            for i, (k, v) in enumerate(headers):
                if k == b"accept-encoding":
                    if b"gzip" in v and not accepts_gzip(v.decode("latin-1")):
                        headers = list(headers)
                        headers[i] = (k, b"identity")
                        scope = dict(scope, headers=headers)
                    break
        await self.app(scope, receive, send)


def _http_date(t: dt.datetime) -> str:
    return email.utils.format_datetime(t.astimezone(UTC), usegmt=True)


def _not_modified(request: Request, etag: str, last_modified: dt.datetime) -> bool:
    return not_modified(request.headers.get("if-none-match"), request.headers.get("if-modified-since"), etag,
                        last_modified)


def not_modified(inm: str | None, ims: str | None, etag: str, last_modified: dt.datetime) -> bool:
    """RFC 9110 §13.1: If-None-Match decides when present (weak comparison), else If-Modified-Since."""
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or etag in tags
    if ims:
        try:
            since = email.utils.parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return last_modified <= since
    return False


def _party(cache: FeedCache, wanted: str) -> str | None:
    """The party a slug (or a name) of a URL names, among those that have events; None if none."""
    return party_by(cache.parties(), wanted)


async def region_feed(request: Request) -> Response:
    """``/calendars/region/<slug>.ics``: one party's events, anniversaries and plan deadlines."""
    m = REGION_RE.match(request.path_params["name"])
    party = await run_in_threadpool(_party, request.app.state.feeds, m.group(1)) if m else None
    if party is None:
        return PlainTextResponse("нет такого региона; регионы и их календари перечислены на главной странице\n",
                                 status_code=404)
    return await feed(request, "region", party)


async def feed(request: Request, region: str | None = None, party: str | None = None) -> Response:
    cache: FeedCache = request.app.state.feeds
    m = FEED_RE.match(request.path_params["name"])
    if region is None and (not m or m.group(1) not in feeds.FEEDS):
        return PlainTextResponse(f"нет такого календаря; есть: {', '.join(n + '.ics' for n in feeds.FEED_NAMES)}\n",
                                 status_code=404)
    try:
        types, other = parse_filters(request, ("from", "party"))
        since = parse_day(other["from"], "from") if "from" in other else None
    except UsageError as e:
        return PlainTextResponse(f"{e}\n", status_code=400)
    if "party" in other:
        party = await run_in_threadpool(_party, cache, other["party"])
        if party is None:
            return PlainTextResponse("нет событий такого региона (party)\n", status_code=404)
    name = region or m.group(1)  # type: ignore[union-attr]
    try:
        built = await cache.fetch(name, types, since, party)  # built off the event loop, one build per variant
    except Busy as e:
        return PlainTextResponse(f"{e}\n", status_code=503, headers={"Retry-After": "10"})
    use_gz = accepts_gzip(request.headers.get("accept-encoding"))
    etag = built.etag_gz if use_gz else built.etag
    headers = {"ETag": etag, "Last-Modified": _http_date(built.last_modified), "Vary": "Accept-Encoding",
               "Cache-Control": "public, max-age=300", "Content-Disposition": f'inline; filename="{request.path_params["name"]}"'}
    if _not_modified(request, etag, built.last_modified):
        return Response(status_code=304, headers=headers)
    if use_gz:
        headers["Content-Encoding"] = "gzip"
    chunks = built.gz_chunks if use_gz else built.chunks
    return ChunkedBody(chunks if request.method != "HEAD" else (b"",), len(built.gz if use_gz else built.body),
                       headers, media_type="text/calendar; charset=utf-8")


class PresscalApp(Starlette):
    """The Starlette app, with the feeds the cache holds answered before Starlette and its middleware run:
    a 304, or a 200 (gzip or identity, GET or HEAD), with header lists made once per (feed, file name,
    encoding) and the body sent in the slices cut when it was built. Everything else (a query string, a
    variant not built yet or of an older store version, a host not vouched for, the pages) goes on to
    Starlette, whose middleware would only redo this work: the security headers are in the lists, feeds are
    gzipped once, at build. It answers as :func:`feed` would (a test compares both). If working out the answer
    raises (a store gone, a bug), the visitor gets the 500 page with the security headers, as from
    :class:`SecurityHeaders`, and the traceback goes to the log."""

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/calendars/") and not scope["query_string"] \
                and scope["method"] in ("GET", "HEAD"):
            try:
                answer = cached_answer(self.state, scope)
            except Exception:
                logging.getLogger("presscal.web").exception("%s %s failed", scope["method"], scope["path"])
                await send_error_page(scope, send)
                return
            if answer is not None:
                status, headers, chunks = answer
                await send({"type": "http.response.start", "status": status, "headers": headers})
                last = len(chunks) - 1
                for i, chunk in enumerate(chunks):
                    await send({"type": "http.response.body", "body": chunk, "more_body": i < last})
                return
        await super().__call__(scope, receive, send)


_GZIP_OK: dict[bytes, bool] = {}  # Accept-Encoding values seen -> whether gzip may be sent (a few distinct ones)


def cached_answer(state: Any, scope: Any) -> tuple[int, list, tuple[bytes, ...] | list[bytes]] | None:
    """(status, headers, body slices) of a feed request the cache can answer; None if it does not hold the feed.
    Nothing is sent here, so an error leaves the response to be made."""
    host = accept = inm = ims = None
    for k, v in scope["headers"]:
        if k == b"accept-encoding":
            accept = v
        elif k == b"if-none-match":
            inm = v
        elif k == b"if-modified-since":
            ims = v
        elif k == b"host":
            host = v
    if state.allowed_hosts and (host or b"").decode("latin-1").split(":")[0] not in state.allowed_hosts:
        return None  # TrustedHostMiddleware decides
    hit = _cached(state.feeds, scope["path"])
    if hit is None:
        return None
    feed, filename = hit
    state.fast_answers += 1
    use_gz = _GZIP_OK.get(accept or b"")
    if use_gz is None:
        use_gz = accepts_gzip((accept or b"").decode("latin-1"))
        if len(_GZIP_OK) < 256:
            _GZIP_OK[accept or b""] = use_gz
    h200, h304 = feed.heads.get((filename, use_gz)) or _heads(feed, filename, use_gz)
    etag = feed.etag_gz if use_gz else feed.etag
    if inm is not None or ims:
        if inm is not None and inm == h304[0][1]:  # the usual case: the one ETag the client was given
            fresh = True
        else:
            fresh = not_modified(None if inm is None else inm.decode("latin-1"), ims.decode("latin-1") if ims else None,
                                 etag, feed.last_modified)
        if fresh:
            return 304, h304, (b"",)
    chunks = feed.gz_chunks if use_gz else feed.chunks
    return 200, h200, (b"",) if scope["method"] == "HEAD" else chunks


def _cached(cache: FeedCache, path: str) -> tuple[Feed, str] | None:
    """(feed, file name) when the cache holds the feed ``path`` names, in its plain form."""
    rest = path[len("/calendars/"):]
    if rest.startswith("region/"):
        filename = rest[len("region/"):]
        m = REGION_RE.match(filename)
        if m is None or cache._parties[0] != cache.version():  # the parties are not read here, on the loop
            return None
        party = party_by(cache._parties[1], m.group(1))
        found = cache.peek("region", (), None, party) if party is not None else None
    else:
        m = FEED_RE.match(rest)
        if m is None or m.group(1) not in feeds.FEEDS:
            return None
        found, filename = cache.peek(m.group(1), (), None), rest
    return (found, filename) if found is not None and found.chunks else None


def _heads(feed: Feed, filename: str, use_gz: bool) -> tuple[list, list]:
    """The raw header lists of a feed's 200 and 304, made once per (feed, file name, encoding)."""
    common = [(b"etag", (feed.etag_gz if use_gz else feed.etag).encode()),
              (b"last-modified", _http_date(feed.last_modified).encode()), (b"vary", b"Accept-Encoding"),
              (b"cache-control", b"public, max-age=300"),
              (b"content-disposition", f'inline; filename="{filename}"'.encode("latin-1"))]
    length = len(feed.gz if use_gz else feed.body)
    h200 = common + ([(b"content-encoding", b"gzip")] if use_gz else []) + [
        (b"content-length", str(length).encode()), (b"content-type", b"text/calendar; charset=utf-8")]
    heads = (h200 + SECURITY_HEADERS, common + SECURITY_HEADERS)
    if len(feed.heads) < 64:  # file names come from the URL: a bounded number per feed
        feed.heads[(filename, use_gz)] = heads
    return heads


class PageGzip:
    """Starlette's GZipMiddleware for everything but the feeds, which are compressed once when built (it
    would only add a second ``Vary: Accept-Encoding`` to them)."""

    def __init__(self, app: Any, minimum_size: int = 800) -> None:
        self.app, self.gzip = app, GZipMiddleware(app, minimum_size=minimum_size)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] == "http" and scope["path"].startswith("/calendars/"):
            await self.app(scope, receive, send)
        else:
            await self.gzip(scope, receive, send)


class ChunkedBody(Response):
    """A Response that hands a big cached body to the server in the slices cut when it was built.

    One 10 MB ``send`` makes the HTTP layer copy the whole body into its write buffer at once;
    slices let the transport's flow control pace the copy (about twice the throughput on loopback).
    """

    def __init__(self, chunks: tuple[bytes, ...], length: int, headers: dict[str, str], media_type: str) -> None:
        super().__init__(b"", headers={**headers, "Content-Length": str(length)}, media_type=media_type)
        self.chunks = chunks

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": self.status_code, "headers": self.raw_headers})
        last = len(self.chunks) - 1
        for i, chunk in enumerate(self.chunks):
            await send({"type": "http.response.body", "body": chunk, "more_body": i < last})


ERROR_PAGE = ('<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Ошибка сервера</title></head>'
              "<body><h1>Ошибка сервера</h1><p>Что-то пошло не так; попробуйте позже.</p></body></html>\n").encode()


class SecurityHeaders:
    """Adds nosniff, CSP and friends to every response (plain ASGI: no per-request overhead to speak of).

    It also answers an unexpected error (a database gone, a bug) with a plain 500 page carrying the same
    headers -- Starlette's own error page would be sent outside this middleware, without them; the
    traceback goes to the server's log only."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def wrapped(message: Any) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + SECURITY_HEADERS
            await send(message)

        try:
            await self.app(scope, receive, wrapped)
        except Exception:
            logging.getLogger("presscal.web").exception("%s %s failed", scope.get("method"), scope.get("path"))
            if started:
                raise
            await send_error_page(scope, send)


async def send_error_page(scope: Any, send: Any) -> None:
    """The plain 500 page, with the security headers."""
    await send({"type": "http.response.start", "status": 500,
                "headers": [(b"content-type", b"text/html; charset=utf-8"),
                            (b"content-length", str(len(ERROR_PAGE)).encode()), *SECURITY_HEADERS]})
    await send({"type": "http.response.body", "body": ERROR_PAGE if scope.get("method") != "HEAD" else b""})


async def healthz(request: Request) -> Response:
    """On the event loop (a sync endpoint would wait for a worker thread, all of them busy under load)."""
    return PlainTextResponse("ok\n")


def create_app(store: Any, *, clock: Callable[[], dt.datetime] | None = None, base_url: str | None = None,
               allowed_hosts: list[str] | None = None) -> Starlette:
    """The ASGI app over a Store (or a store URL). ``clock`` returns an aware now (tests pin it).

    Links and redirects never carry a Host header nobody vouched for: with ``base_url`` they use it;
    with ``allowed_hosts`` a request for any other host is refused (400) and an allowed one is used;
    with neither, they use the address the server listens on."""
    from . import pages

    if store is None or isinstance(store, str):
        from ..store.reading import open_store

        store = open_store(store)
    clock = clock or (lambda: dt.datetime.now(UTC))
    routes = [
        Route("/", pages.index, methods=["GET", "HEAD"]),
        Route("/event/{id:int}", pages.event, methods=["GET", "HEAD"]),
        Route("/calendars/{name}", feed, methods=["GET", "HEAD"]),
        Route("/calendars/region/{name}", region_feed, methods=["GET", "HEAD"]),
        Route("/unsubscribe/{token}", pages.unsubscribe, methods=["GET", "POST"]),
        Route("/healthz", healthz, methods=["GET", "HEAD"]),
        Mount("/static", app=StaticFiles(directory=HERE / "static"), name="static"),
    ]
    hosts = [h.lower() for h in allowed_hosts or ()]
    if hosts and base_url:
        hosts.append((urlsplit(base_url).hostname or "").lower())
    middleware = [Middleware(SecurityHeaders)]
    if hosts:
        from starlette.middleware.trustedhost import TrustedHostMiddleware

        middleware.append(Middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False))
    middleware += [Middleware(AcceptEncoding), Middleware(PageGzip, minimum_size=800)]
    app = PresscalApp(routes=routes, middleware=middleware,
                    exception_handlers={NotFound: pages.not_found, UsageError: pages.bad_request,
                                        PresscalError: pages.unavailable, 404: pages.not_found})
    app.state.store = store
    app.state.clock = clock
    app.state.base_url = base_url.rstrip("/") if base_url else None
    app.state.allowed_hosts = frozenset(hosts)
    app.router.redirect_slashes = False  # its redirect is built from the Host header
    flights = Flights()
    app.state.feeds = FeedCache(store, clock, flights)
    app.state.fast_answers = 0  # feed requests answered before Starlette (answer_cached) (the tests read it)
    app.state.pages = pages.PageCache(flights)
    app.state.templates = pages.templates()
    return app
