"""Local press sites for the source watcher's tests (and bench/watch.py): real HTTP servers on 127.0.0.x.

A :class:`Site` serves what a test puts at a path -- a page, a feed, or a behaviour (429, a redirect loop,
50 MB of bytes) -- answers conditional requests (ETag and Last-Modified) with 304, and logs every request.
The articles are the seeds and the texts in tests/data/sites/, written in the same genre.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import hashlib
import html
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
TEXTS = sorted((HERE.parent / "seeds").glob("*.txt")) + sorted((HERE / "data" / "sites").glob("*.txt"))
LAST_MODIFIED = email.utils.format_datetime(dt.datetime(2025, 11, 1, tzinfo=dt.UTC), usegmt=True)


@dataclass
class Page:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] | None = None
    conditional: bool = True  # ETag and Last-Modified, 304 when they match


Behaviour = Callable[[BaseHTTPRequestHandler], None]


@dataclass
class Hit:
    path: str
    headers: dict[str, str]
    status: int
    start: float
    end: float


class Site:
    """One press site on ``host``: ``put(path, ...)``, ``url(path)``, ``hits(path)``."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.routes: dict[str, Page | Behaviour] = {}
        self.log: list[Hit] = []
        self._lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:  # noqa: N802 -- http.server's name
                start = time.monotonic()
                status = site.serve(self)
                with site._lock:
                    site.log.append(Hit(self.path, {k.lower(): v for k, v in self.headers.items()}, status, start,
                                        time.monotonic()))

        self.server = ThreadingHTTPServer((host, 0), Handler)
        self.server.daemon_threads = True
        self.base = f"http://{host}:{self.server.server_port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def url(self, path: str) -> str:
        return self.base + path

    def put(self, path: str, body: bytes | str | Behaviour, content_type: str = "text/html; charset=utf-8",
            **kw: Any) -> str:
        if callable(body):
            self.routes[path] = body
        else:
            self.routes[path] = Page(body.encode() if isinstance(body, str) else body, content_type, **kw)
        return self.url(path)

    def hits(self, path: str) -> list[Hit]:
        with self._lock:
            return [h for h in self.log if h.path == path]

    def serve(self, h: BaseHTTPRequestHandler) -> int:
        route = self.routes.get(h.path)
        if route is None and h.path == "/robots.txt":
            route = Page(b"", "text/plain", status=404)
        if route is None:
            route = Page(b"<h1>404</h1>", status=404)
        if callable(route):
            route(h)
            return 0
        headers = dict(route.headers or {})
        if route.conditional and route.status == 200:
            etag = '"' + hashlib.sha256(route.body).hexdigest()[:16] + '"'
            headers.update({"ETag": etag, "Last-Modified": LAST_MODIFIED})
            if h.headers.get("If-None-Match") == etag:
                send(h, 304, b"", headers)
                return 304
        send(h, route.status, route.body, {"Content-Type": route.content_type, **headers})
        return route.status


def send(h: BaseHTTPRequestHandler, status: int, body: bytes, headers: dict[str, str] | None = None) -> None:
    h.send_response(status)
    for k, v in (headers or {}).items():
        h.send_header(k, v)
    if status != 304:
        h.send_header("Content-Length", str(len(body)))
    h.end_headers()
    if status != 304:
        h.wfile.write(body)


# --------------------------------------------------------------------------- behaviours


def redirect_loop(h: BaseHTTPRequestHandler) -> None:
    send(h, 302, b"", {"Location": h.path})


def fifty_mb(h: BaseHTTPRequestHandler) -> None:
    """50 MB of a never-ending page, no Content-Length: the reader must stop at its limit."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Connection", "close")
    h.end_headers()
    chunk = b"<p>" + b"x" * 65_533
    try:
        for _ in range(50 * 16):
            h.wfile.write(chunk)
    except OSError:
        pass
    h.close_connection = True


def once_then(first: tuple[int, dict[str, str]], then: Page) -> Behaviour:
    """The first request gets ``first`` (status, headers), later ones the page."""
    calls = [0]

    def behave(h: BaseHTTPRequestHandler) -> None:
        calls[0] += 1
        if calls[0] == 1:
            send(h, first[0], b"busy", first[1])
        else:
            send(h, then.status, then.body, {"Content-Type": then.content_type})

    return behave


# --------------------------------------------------------------------------- content


@dataclass(frozen=True)
class Article:
    slug: str
    title: str
    text: str
    day: dt.date


def articles() -> list[Article]:
    """The seeds and the new texts as articles, each with a title and a day (the n-th: 1 Nov 2025 + n)."""
    out = []
    for i, f in enumerate(TEXTS):
        lines = [x.strip() for x in f.read_text(encoding="utf-8").splitlines() if x.strip()]
        title = lines[0].removeprefix("[").split("](")[0]
        out.append(Article(f.stem.split("_")[0] + "-" + f.stem.split("_")[1][:6], title, "\n".join(lines[1:]),
                           dt.date(2025, 11, 1) + dt.timedelta(days=i)))
    return out


CHROME_TOP = """<header class="site-header"><nav><ul class="menu">
<li><a href="/">Главная страница сайта</a></li><li><a href="/about/">Об области и ее районах</a></li>
<li><a href="/news/">Новости и пресс-релизы</a></li><li><a href="/docs/">Документы и постановления</a></li>
</ul></nav></header>"""
CHROME_BOTTOM = """<footer class="site-footer"><ul>
<li><a href="/contacts/">Контакты приемной облисполкома</a></li><li><a href="/appeals/">Электронные обращения граждан</a></li>
<li><a href="/map/">Карта сайта и поиск по разделам</a></li><li><a href="/privacy/">Политика обработки данных</a></li>
</ul></footer>"""


def article_page(a: Article) -> str:
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in a.text.split("\n"))
    return (f"<!doctype html><html lang=ru><head><meta charset=utf-8><title>{html.escape(a.title)}</title></head><body>"
            f"{CHROME_TOP}<main><article><h1>{html.escape(a.title)}</h1><p class=date>{a.day:%d.%m.%Y}</p>{paras}"
            f"</article></main>{CHROME_BOTTOM}</body></html>")


def rss(site: Site, items: list[tuple[str, Article]]) -> str:
    out = "".join(f"<item><title>{html.escape(a.title)}</title><link>{site.url(path)}</link>"
                  f"<guid>{site.url(path)}</guid><pubDate>{email.utils.format_datetime(_noon(a.day), usegmt=True)}"
                  f"</pubDate></item>" for path, a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title>'
            f"<link>{site.url('/')}</link><description>Пресс-релизы</description>{out}</channel></rss>")


def atom(site: Site, items: list[tuple[str, Article]]) -> str:
    out = "".join(f"<entry><title>{html.escape(a.title)}</title><link rel=\"alternate\" href=\"{path}\"/>"
                  f"<id>tag:press,2025:{a.slug}</id><updated>{_noon(a.day):%Y-%m-%dT%H:%M:%SZ}</updated></entry>"
                  for path, a in items)
    return (f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" '
            f'xml:base="{site.url("/")}"><title>Пресс-центр</title><id>tag:press,2025:feed</id>'
            f"<updated>2025-11-20T12:00:00Z</updated>{out}</feed>")


def sitemap(site: Site, items: list[tuple[str, str]], index: bool = False) -> str:
    tag, root = ("sitemap", "sitemapindex") if index else ("url", "urlset")
    out = "".join(f"<{tag}><loc>{site.url(path)}</loc><lastmod>{mod}</lastmod></{tag}>" for path, mod in items)
    return f'<?xml version="1.0" encoding="UTF-8"?><{root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{out}</{root}>'


def listing_list(items: list[tuple[str, Article]], next_href: str | None = "/news/?page=2") -> str:
    """Layout 1: an oblast site -- a plain list, dates as dd.mm.yyyy before the headline, a pager, a sidebar."""
    rows = "".join(f'<li class="news-item"><span class="news-date">{a.day:%d.%m.%Y}</span> '
                   f'<a href="{path}">{html.escape(a.title)}</a></li>' for path, a in items)
    popular = "".join(f'<li><a href="/news/popular-{i}.html">Популярный материал прошлого года номер {i}</a></li>'
                      for i in range(4))
    return (f"<!doctype html><html lang=ru><head><meta charset=utf-8><title>Новости</title></head><body>{CHROME_TOP}"
            f'<div class="wrap"><main><h1>Новости</h1><ul class="news-list">{rows}</ul>'
            '<div class="pagination"><a href="/news/?page=2">2</a><a href="/news/?page=3">3</a><a href="/news/?page=4">4</a>'
            f'{f"<a href={next_href!r}>Следующая страница</a>" if next_href else ""}</div></main>'
            f'<aside class="sidebar"><h3>Популярное</h3><ul>{popular}</ul></aside></div>{CHROME_BOTTOM}</body></html>')


def listing_cards(items: list[tuple[str, Article]]) -> str:
    """Layout 2: a ministry site -- cards in divs, a picture link, a headline, <time>, "Подробнее", a tag cloud,
    a region list and documents (PDF) in the main content."""
    cards = "".join(
        f'<div class="press__card"><a class="press__img" href="{path}"><img src="/i/{a.slug}.jpg" alt=""></a>'
        f'<div class="press__body"><time datetime="{a.day.isoformat()}T10:00">{a.day.day} ноября {a.day.year}</time>'
        f'<h3 class="press__title"><a href="{path}">{html.escape(a.title)}</a></h3>'
        f'<p>{html.escape(a.text[:140])}…</p><a class="more" href="{path}">Подробнее</a></div></div>'
        for path, a in items)
    regions = "".join(f'<a href="/regions/{r}">{n}</a>' for r, n in (("minsk", "Минская"), ("brest", "Брестская"),
                                                                     ("gomel", "Гомельская"), ("grodno", "Гродненская")))
    docs = "".join(f'<li><a href="/files/doc-{i}.pdf">Постановление о сотрудничестве регионов № {i}</a></li>'
                   for i in range(4))
    tags = "".join(f'<a href="/tags/{t}">{t}</a>' for t in ("визиты", "форумы", "выставки", "соглашения"))
    return ("<!doctype html><html lang=ru><head><meta charset=utf-8><title>Пресс-центр</title></head><body>"
            f'{CHROME_TOP}<div id="content" class="page-content"><section class="press"><h2>Пресс-центр</h2>'
            f'<div class="press__grid">{cards}</div></section><div class="regions">{regions}</div>'
            f'<h2>Документы</h2><ul class="docs">{docs}</ul><div class="tags">{tags}</div></div>'
            f"{CHROME_BOTTOM}</body></html>")


def _noon(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)


def reset(h: BaseHTTPRequestHandler) -> None:
    """Close the connection without an answer (a host that resets connections)."""
    import socket

    h.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    h.connection.close()
    h.close_connection = True


def slow(seconds: float, page: Page) -> Behaviour:
    def behave(h: BaseHTTPRequestHandler) -> None:
        time.sleep(seconds)
        try:
            send(h, page.status, page.body, {"Content-Type": page.content_type})
        except OSError:
            pass

    return behave
