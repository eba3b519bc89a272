"""The HTML pages of the web app (Russian): index with upcoming events and a month view, one
event with its evidence highlighted in the source text, and the one-click unsubscribe page.

Jinja2 with autoescape on for every template; the only script is static/copy.js (the CSP
forbids inline scripts).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from typing import Any
from urllib.parse import quote, urlencode

from jinja2 import Environment, FileSystemLoader, select_autoescape
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.templating import Jinja2Templates

from ..errors import NotFound, UsageError
from ..feeds import build as feeds
from ..records import EVENT_TYPES, EventRecord
from ..rules.parties import party_by
from .params import parse_filters

UPCOMING_DAYS = 365
INDEX_CACHE_CONTROL = "public, max-age=60"  # the same page for everyone; a minute old is fine
HISTORY_LIMIT = 200  # events a page of the history shows
UPCOMING_SHOWN = 30  # the next occurrences shown
DERIVED_SHOWN = 60  # the nearest anniversaries and plan deadlines shown
MONTHS_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
              "ноября", "декабря")
MONTHS_NOM = ("Январь", "Февраль", "Март", "Апрель", "Май", "Июнь", "Июль", "Август", "Сентябрь", "Октябрь",
              "Ноябрь", "Декабрь")
WEEKDAYS = ("Пн", "Вт", "Ср", "Чт", "Пт", "Сб", "Вс")
TYPE_NAMES = {"meeting": "Встречи", "visit": "Визиты", "fair": "Выставки", "festival": "Фестивали",
              "commemoration": "Памятные даты", "agreement": "Подписания", "plan": "Планы", "other": "Другое"}
_BLANKS = re.compile(r"\n\s*\n(\s*\n)+")  # runs of blank lines shown as one
_HOST = re.compile(r"^[A-Za-z0-9.\-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


def templates() -> Jinja2Templates:
    env = Environment(loader=FileSystemLoader(str(feeds_dir())), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.globals.update(human_date=human_date, occurrence_date=occurrence_date, type_label=feeds.TYPE_LABELS.get,
                       type_names=TYPE_NAMES)
    env.filters["http_url"] = http_url
    return Jinja2Templates(env=env)


def http_url(url: str | None) -> str | None:
    """Only http(s) addresses become links (a javascript: URL from a document never does)."""
    return url if url and url.startswith(("http://", "https://")) else None


def feeds_dir() -> Any:
    from pathlib import Path

    return Path(__file__).resolve().parent / "templates"


def human_date(record: EventRecord, day: dt.date | None = None) -> str:
    """'29 июня 2017', '10–13 июня 2025', 'июнь 2022', '2023 год', '2023–2025 гг.', 'ежегодно 2 апреля';
    with ``day``, that day (an anniversary's or a deadline's)."""
    if day is not None:
        return f"{day.day} {MONTHS_GEN[day.month - 1]} {day.year}"
    span = feeds.parse_span(record.start, record.end)
    if span is None:
        return "дата не указана"
    a, b = span.first, span.last
    if span.precision == "yearly" or record.recurrence == "yearly":
        return f"ежегодно {a.day} {MONTHS_GEN[a.month - 1]}"
    if span.precision == "year":
        return f"{a.year} год" if a.year == b.year else f"{a.year}–{b.year} гг."
    if span.precision == "month":
        first = f"{MONTHS_NOM[a.month - 1].lower()} {a.year}"
        return first if (a.year, a.month) == (b.year, b.month) else f"{first} – {MONTHS_NOM[b.month - 1].lower()} {b.year}"
    text = f"{a.day} {MONTHS_GEN[a.month - 1]} {a.year}"
    if b != a:
        same_month = (a.year, a.month) == (b.year, b.month)
        text = (f"{a.day}–{b.day} {MONTHS_GEN[a.month - 1]} {a.year}" if same_month
                else f"{text} – {b.day} {MONTHS_GEN[b.month - 1]} {b.year}")
    return text + (f", {record.time}" if record.time else "")


def occurrence_date(record: EventRecord, day: dt.date) -> str:
    """The date of an occurrence on the upcoming list: its day, unless the event is known only to the month
    or year -- then «июнь 2027», «2023 год», never the first day of the period."""
    span = feeds.parse_span(record.start, record.end)
    if span is not None and span.precision in ("month", "year") and record.recurrence != "yearly":
        return human_date(record)
    return human_date(record, day)


def base_url(request: Request) -> str:
    """The address subscribers use: --base-url when given; else the request's Host when it is one of
    --allowed-host; else the address the server listens on -- never a Host header nobody vouched for."""
    if request.app.state.base_url:
        return request.app.state.base_url
    host = request.headers.get("host", "")
    name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
    if _HOST.match(host) and name.lower() in request.app.state.allowed_hosts:
        return f"{request.url.scheme}://{host}"
    server = request.scope.get("server") or ("127.0.0.1", 80)
    addr = f"[{server[0]}]" if ":" in str(server[0]) else str(server[0])
    return f"{request.url.scheme}://{addr}" + (f":{server[1]}" if server[1] not in (None, 80, 443) else "")


def subscribe_links(base: str, types: tuple[str, ...]) -> list[dict[str, str]]:
    out = []
    for name, (title, _) in feeds.FEEDS.items():
        url = f"{base}/calendars/{name}.ics"
        webcal = re.sub(r"^https?://", "webcal://", url)
        out.append({"name": name, "title": title, "url": url, "webcal": webcal,
                    "google": "https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe="")})
    return out


def region_links(base: str, party: str, slug: str) -> dict[str, str]:
    """The subscribe buttons of one region's calendar."""
    url = f"{base}/calendars/region/{slug}.ics"
    webcal = re.sub(r"^https?://", "webcal://", url)
    return {"name": slug, "title": party, "url": url, "webcal": webcal,
            "google": "https://calendar.google.com/calendar/r?cid=" + quote(webcal, safe="")}


def month_grid(index: Any, month: dt.date, types: tuple[str, ...], party: str | None = None) -> dict[str, Any]:
    """Weeks of the month (Monday first) with the events of each day, and the month's undated events."""
    first = month.replace(day=1)
    last = month.replace(day=_cal.monthrange(month.year, month.month)[1])
    days: dict[dt.date, list[EventRecord]] = {}
    vague: list[EventRecord] = []
    for r in index.month(first, last, types, party):
        span = feeds.parse_span(r.start, r.end)
        if span is None:
            continue
        if span.precision == "yearly" or r.recurrence == "yearly":
            if span.first.month == month.month and (span.first.day <= last.day):
                days.setdefault(month.replace(day=span.first.day), []).append(r)
        elif span.precision == "day":
            d = max(span.first, first)
            while d <= min(span.last, last):
                days.setdefault(d, []).append(r)
                d += dt.timedelta(days=1)
        elif span.precision == "month":
            vague.append(r)
    weeks = _cal.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
    prev = (first - dt.timedelta(days=1)).replace(day=1)
    nxt = last + dt.timedelta(days=1)
    return {"weeks": weeks, "days": days, "vague": vague, "month": first, "title": f"{MONTHS_NOM[month.month - 1]} {month.year}",
            "prev": prev.strftime("%Y-%m"), "next": nxt.strftime("%Y-%m"), "weekdays": WEEKDAYS}


def _page_params(request: Request) -> tuple[tuple[str, ...], dt.date, dt.date, str, int]:
    """The page's validated ``type`` values, its month, today (Minsk), the ``party`` asked for (a slug or a
    name, "" for all) and the page of the history (1 first); UsageError for a bad query."""
    today = request.app.state.clock().astimezone(feeds.MINSK).date()
    types, other = parse_filters(request, ("month", "party", "page"))
    month = today.replace(day=1)
    if "month" in other:
        m = re.fullmatch(r"(\d{4})-(\d{2})", other["month"])
        if not m or not 1 <= int(m.group(2)) <= 12 or not 1900 <= int(m.group(1)) <= 2200:
            raise UsageError(f"month={other['month'][:20]!r} is not YYYY-MM")
        month = dt.date(int(m.group(1)), int(m.group(2)), 1)
    page = other.get("page", "1").strip()
    if not page.isdigit() or not 1 <= int(page) <= 100_000:
        raise UsageError(f"page={page[:20]!r} is not a page number")
    return types, month, today, other.get("party", "").strip(), int(page)


def _region(request: Request, wanted: str) -> tuple[list[tuple[str, str, int]], str | None, str | None]:
    """The parties that have events, and the (party, slug) ``wanted`` names; NotFound for an unknown one."""
    regions = request.app.state.feeds.regions()  # read once per store version
    if not wanted:
        return regions, None, None
    party = party_by([p for p, _, _ in regions], wanted)
    if party is None:
        raise NotFound(f"no region {wanted[:40]!r}")
    return regions, party, next(s for p, s, _ in regions if p == party)


def _page_data(store: Any, index: Any, today: dt.date, types: tuple[str, ...], month: dt.date,
               party: str | None = None, page: int = 1) -> dict[str, Any]:
    """What one page shows, taken from the store version's :class:`~scheduler.web.page_index.PageIndex`:
    only as many records as it shows are looked at, whatever the store's size."""
    total = index.total(types, party)
    return {"today": today, "types": types, "all_types": EVENT_TYPES, "party": party,
            "upcoming": index.take(index.upcoming(types, party), UPCOMING_SHOWN),
            "derived": index.take(index.derived(types, party), DERIVED_SHOWN + 1),
            "history": index.take(index.history(types, party), HISTORY_LIMIT, (page - 1) * HISTORY_LIMIT),
            "history_total": total, "page": page, "pages": max(1, -(-total // HISTORY_LIMIT)),
            "grid": month_grid(index, month, types, party), "month_param": month.strftime("%Y-%m"),
            "derived_shown": DERIVED_SHOWN, "sources": watched_sources(store)}


def watched_sources(store: Any) -> list[dict[str, Any]]:
    """The watched press sites for the page (read-only): name, address, last check, last error."""
    from ..sources.registry import aware, sources

    return [{"name": s.name or s.url, "url": s.url, "kind": s.kind, "last_check": aware(s.last_check_at),
             "last_error": s.last_error, "last_result": s.last_result} for s in sources(store)]


class PageCache:
    """Rendered index pages by (store version, day, types, month, base address, region): a page is built once
    per store change however many visitors ask (through web.Flights: single flight, bounded, the previous
    bytes while a changed store's page is rebuilt), so `/` costs a dictionary lookup between changes."""

    SIZE = 64

    def __init__(self, flights: Any) -> None:
        from collections import OrderedDict

        self.flights = flights
        self._pages: OrderedDict[tuple, bytes] = OrderedDict()
        self._stale: OrderedDict[tuple, bytes] = OrderedDict()

    async def get(self, key: tuple, build: Any) -> bytes:
        page = self._pages.get(key)
        if page is not None:
            return page
        return await self.flights.get(("page", *key), lambda: self._keep(key, build()), self._stale.get(key[2:]))

    def _keep(self, key: tuple, page: bytes) -> bytes:
        for cache in (self._pages, self._stale):
            cache[key if cache is self._pages else key[2:]] = page
            while len(cache) > self.SIZE:
                cache.popitem(last=False)
        for old in [k for k in self._pages if k[:2] != key[:2]]:  # another store version or day
            self._pages.pop(old, None)
        return page


def _render(request: Request, types: tuple[str, ...], month: dt.date, today: dt.date, base: str,
            region: tuple[list[tuple[str, str, int]], str | None, str | None], page: int = 1) -> bytes:
    regions, party, slug = region
    index = request.app.state.feeds.page_index(today, UPCOMING_DAYS)
    data = _page_data(request.app.state.store, index, today, types, month, party, page)
    near = [("party", slug)] if slug else []

    def with_types(ts: tuple[str, ...]) -> str:
        q = urlencode(near + [("type", t) for t in ts] + [("month", data["month_param"])])
        return f"/?{q}"

    toggles = [{"type": t, "label": TYPE_NAMES[t], "active": t in data["types"],
                "href": with_types(tuple(x for x in data["types"] if x != t) if t in data["types"] else (*data["types"], t))}
               for t in EVENT_TYPES]
    links = subscribe_links(base, data["types"])
    return bytes(request.app.state.templates.TemplateResponse(request, "index.html", {
        **data, "toggles": toggles, "feeds": links, "clear_href": with_types(()), "regions": regions,
        "region_feed": region_links(base, party, slug) if party and slug else None,
        "month_href": lambda m: "/?" + urlencode(near + [("type", t) for t in data["types"]] + [("month", m)]),
        "page_href": lambda n: "/?" + urlencode(near + [("type", t) for t in data["types"]]
                                                 + [("month", data["month_param"]), ("page", str(n))]) + "#history"}).body)


async def index(request: Request) -> Response:
    from .flights import Busy

    types, month, today, wanted, page = _page_params(request)
    region = await run_in_threadpool(_region, request, wanted)  # before any build: an unknown region is a 404
    base = base_url(request)
    key = (request.app.state.feeds.version(), today, types, month, base, region[2], page)
    try:
        body = await request.app.state.pages.get(key, lambda: _render(request, types, month, today, base, region,
                                                                      page))
    except Busy as e:
        return HTMLResponse(f"<h1>503</h1><p>{e}</p>", status_code=503, headers={"Retry-After": "10"})
    return HTMLResponse(body, headers={"Cache-Control": INDEX_CACHE_CONTROL})


def _document_text(store: Any, document_id: int | None) -> str | None:
    if document_id is None:
        return None
    try:
        return store.document(document_id)["text"]
    except NotFound:
        return None


def _sources(store: Any, record: EventRecord) -> list[dict[str, Any]]:
    out = []
    for s in record.sources:
        text = _document_text(store, s.document_id) or ""
        a, b = s.evidence_start, s.evidence_end
        if a is None or b is None or text[a:b] != s.evidence:
            a = text.find(s.evidence) if s.evidence else -1
            b = a + len(s.evidence) if a >= 0 else -1
        parts = (text[:a], text[a:b], text[b:]) if a >= 0 and b > a else (text, "", "")
        parts = (_BLANKS.sub("\n\n", parts[0].lstrip()), parts[1], _BLANKS.sub("\n\n", parts[2].rstrip()))
        url = s.url if s.url and s.url.startswith(("http://", "https://")) else None
        out.append({"source": s.public, "url": url, "published": s.published, "evidence": s.evidence,
                    "before": parts[0], "mark": parts[1], "after": parts[2]})
    return out


async def event(request: Request) -> Response:
    store = request.app.state.store
    record = await run_in_threadpool(store.record, request.path_params["id"])
    sources = await run_in_threadpool(_sources, store, record)
    return request.app.state.templates.TemplateResponse(request, "event.html", {"r": record, "sources": sources})


async def unsubscribe(request: Request) -> Response:
    """GET shows a button (mail scanners follow links); POST switches the subscription off."""
    token = request.path_params["token"]
    done = None
    if request.method == "POST":
        from ..reminders.subscriptions import unsubscribe_token

        done = await run_in_threadpool(unsubscribe_token, request.app.state.store, token)
    return request.app.state.templates.TemplateResponse(request, "unsubscribe.html", {"token": token, "done": done},
                                                        status_code=404 if done is False else 200,
                                                        headers={"Cache-Control": "no-store"})  # carries a token


async def not_found(request: Request, exc: Exception) -> Response:
    return _message(request, "Не найдено", "Такой страницы или события нет.", 404)


async def bad_request(request: Request, exc: Exception) -> Response:
    return _message(request, "Неверный запрос", str(exc), 400)


async def unavailable(request: Request, exc: Exception) -> Response:
    """The store failed (down, locked, damaged): said in the server's log, not to the visitor."""
    import logging

    logging.getLogger("presscal.web").error("%s %s: %s", request.method, request.url.path, exc)
    return _message(request, "Календарь временно недоступен", "Попробуйте позже.", 503)


def _message(request: Request, title: str, text: str, status: int) -> Response:
    try:
        return request.app.state.templates.TemplateResponse(request, "message.html", {"title": title, "text": text},
                                                            status_code=status)
    except Exception:  # noqa: BLE001 - the error page must not fail
        return HTMLResponse(f"<h1>{status}</h1>", status_code=status)
