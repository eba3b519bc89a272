"""What a source's answer lists (pure): an RSS 2.0 or Atom feed, a sitemap or sitemap index, or a
news-listing HTML page -- told apart by the answer itself, not by the address.

feedparser reads feeds; the standard library's XML parser (expat: no external entities, entity
expansion bounded) reads sitemaps; selectolax reads HTML. Their objects end here: the rest of the
package sees :class:`Listing` and :class:`Entry` only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin

from ..errors import PresscalError

MAX_ENTRIES = 50_000  # the sitemap protocol's own limit per file
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+xml", "application/rdf+xml")
_ROOT = re.compile(rb"<\s*(?:[a-z0-9_-]+:)?(rss|feed|RDF|urlset|sitemapindex|html)\b", re.I)
_PROLOG = re.compile(rb"\A(?:\xef\xbb\xbf)?(?:\s+|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.S | re.I)


class SourceError(PresscalError):
    """A source could not be read: not a feed, sitemap or listing page, malformed, or not reachable."""


@dataclass(frozen=True, slots=True)
class Entry:
    """One thing a listing points at: an article, or (in a sitemap index) another sitemap."""

    url: str
    title: str = ""
    date: str = ""  # what the listing says of it (updated, lastmod, a listed date): a change means re-fetch
    kind: str = "article"  # article | sitemap


@dataclass(frozen=True, slots=True)
class Listing:
    kind: str  # rss | atom | sitemap | html
    entries: tuple[Entry, ...]
    feed_url: str | None = None  # a page's <link rel="alternate"> feed, to be polled instead of the page
    next_page: str | None = None  # a paged listing's next (older) page
    note: str = ""  # what was odd but survivable (a feed feedparser had to repair)


def sniff(body: bytes, content_type: str = "") -> str:
    """feed | sitemap | html, from the first element of the body (the content type only breaks a tie)."""
    head = _PROLOG.sub(b"", body[:4096], count=1)
    m = _ROOT.search(head[:1024])
    if m:
        root = m.group(1).lower()
        if root in (b"urlset", b"sitemapindex"):
            return "sitemap"
        if root == b"html":
            return "html"
        return "feed"
    if "html" in content_type.lower():
        return "html"
    if "xml" in content_type.lower() or head.startswith(b"<"):
        return "feed"  # an XML answer we cannot place: feedparser says what is wrong with it
    return "html"


def read_listing(body: bytes, url: str, content_type: str = "", *, lang: str | None = None) -> Listing:
    """The entries of a fetched listing; SourceError names the address and what is wrong."""
    kind = sniff(body, content_type)
    if kind == "sitemap":
        return read_sitemap(body, url)
    if kind == "feed":
        return read_feed(body, url, content_type)
    return read_page(body, url, lang=lang)


def _clean(url: str, base: str) -> str:
    return urldefrag(urljoin(base, url.strip()))[0]


def _iso(parsed: Any) -> str:
    if not parsed:
        return ""
    return dt.datetime.fromtimestamp(calendar.timegm(parsed), dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # feedparser: UTC


def read_feed(body: bytes, url: str, content_type: str = "") -> Listing:
    import feedparser

    d = feedparser.parse(body, response_headers={"content-location": url,
                                                 "content-type": content_type or "application/xml"})
    version = d.get("version") or ""
    entries: list[Entry] = []
    seen: set[str] = set()
    for e in d.entries[:MAX_ENTRIES]:
        link = e.get("link") or (e.get("id") if str(e.get("id", "")).startswith(("http://", "https://")) else "")
        if not link:
            continue
        link = _clean(link, url)
        if not link.startswith(("http://", "https://")) or link in seen:
            continue
        seen.add(link)
        date = _iso(dict.get(e, "updated_parsed") or dict.get(e, "published_parsed"))  # no feedparser fallback warning
        entries.append(Entry(link, " ".join(str(e.get("title", "")).split()), date))
    if d.get("bozo") and not entries:
        why = " ".join(str(d.get("bozo_exception") or "not a feed").split())
        raise SourceError(f"{url}: malformed feed, nothing could be read ({why[:200]})")
    if not version and not entries:
        raise SourceError(f"{url}: neither an RSS/Atom feed, a sitemap nor an HTML page")
    note = f"feed repaired by feedparser: {' '.join(str(d.get('bozo_exception')).split())[:120]}" if d.get("bozo") else ""
    return Listing("atom" if version.startswith("atom") else "rss", tuple(entries), note=note)


def read_sitemap(body: bytes, url: str) -> Listing:
    import xml.etree.ElementTree as ET

    try:
        root = ET.fromstring(body)
    except ET.ParseError as e:
        raise SourceError(f"{url}: malformed sitemap XML ({e})") from None
    index = root.tag.rsplit("}", 1)[-1] == "sitemapindex"
    entries: list[Entry] = []
    seen: set[str] = set()
    for item in root:
        if len(entries) >= MAX_ENTRIES:
            break
        fields = {child.tag.rsplit("}", 1)[-1]: (child.text or "").strip() for child in item}
        loc = _clean(fields.get("loc", ""), url)
        if not loc.startswith(("http://", "https://")) or loc in seen:
            continue
        seen.add(loc)
        entries.append(Entry(loc, "", fields.get("lastmod", "")[:64], "sitemap" if index else "article"))
    return Listing("sitemap", tuple(entries))


def read_page(body: bytes, url: str, *, lang: str | None = None) -> Listing:
    from selectolax.lexbor import LexborHTMLParser

    from .links import article_links, next_page

    tree = LexborHTMLParser(_decode(body))
    feeds = []
    for link in tree.css("link[href]"):
        a = link.attributes
        rel = (a.get("rel") or "").lower().split()
        if "alternate" in rel and (a.get("type") or "").lower() in FEED_TYPES:
            feeds.append((((a.get("hreflang") or "").lower().startswith(lang or "\0")), _clean(a.get("href") or "", url)))
    feeds = [f for f in feeds if f[1].startswith(("http://", "https://"))]
    if feeds:
        feeds.sort(key=lambda f: not f[0])  # the feed in the source's language first, else the page's first
        return Listing("html", (), feed_url=feeds[0][1])
    following = next_page(tree, url)  # before article_links drops the pager with the page chrome
    found = article_links(tree, url)
    if not found:
        raise SourceError(f"{url}: an HTML page without a feed link or a list of news articles")
    return Listing("html", tuple(Entry(x.url, x.title, x.date) for x in found), next_page=following)


_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([a-z0-9_-]+)", re.I)


def _declared_charset(body: bytes) -> str | None:
    m = _CHARSET.search(body[:4096])
    return m.group(1).decode("ascii") if m else None


def _decode(body: bytes) -> str:
    try:
        return body.decode(_declared_charset(body) or "utf-8", errors="replace")
    except LookupError:
        return body.decode("utf-8", errors="replace")
