"""Article links on a news-listing page, found by their place in the page (pure).

A listing shows its news as a run of alike blocks (``li``, ``article``, ``div.item`` ...) under one
container, each with a headline link and usually a date. The rule needs no per-site template:

1. page chrome goes first (``nav``, ``header``, ``footer``, ``aside``, and elements whose class, id or
   role names a menu, sidebar, breadcrumb, pager, share bar ...);
2. each remaining link on the site's own host climbs to its *block*: the nearest ancestor that has at
   least ``MIN_BLOCKS - 1`` siblings of the same tag and class;
3. blocks under the same container form a group; the group that scores best -- many blocks, long link
   texts (headlines, not "1 2 3" or "Подробнее"), dates in its blocks -- is the news list;
4. each of its blocks gives one article: the link with the longest text, and the date written in it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

MIN_BLOCKS = 3
MIN_HEADLINE = 15  # characters: the average headline of a news list is longer than this
CHROME_TAGS = frozenset({"nav", "header", "footer", "aside", "script", "style", "noscript", "form", "template",
                         "svg", "button", "select"})
CHROME_WORDS = frozenset({"nav", "navbar", "navigation", "menu", "submenu", "footer", "sidebar", "breadcrumb",
                          "breadcrumbs", "banner", "share", "social", "pagination", "pager", "paging", "cookie",
                          "cookies", "topbar", "toolbar", "tags", "widget", "related", "popular"})
CHROME_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search"})
NOT_ARTICLES = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|zip|rar|jpe?g|png|gif|webp|mp[34]|avi)$", re.I)
MONTHS = {"январ": 1, "феврал": 2, "март": 3, "апрел": 4, "мая": 5, "май": 5, "июн": 6, "июл": 7, "август": 8,
          "сентябр": 9, "октябр": 10, "ноябр": 11, "декабр": 12,
          "студзен": 1, "лют": 2, "сакавік": 3, "красавік": 4, "травен": 5, "травн": 5, "чэрвен": 6,
          "ліпен": 7, "жніўн": 8, "верасн": 9, "кастрычнік": 10, "лістапад": 11, "снежн": 12}
_DMY = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
_YMD = re.compile(r"(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)")
_D_MONTH_Y = re.compile(r"\b(\d{1,2})\s+([а-яёіў]+)\s+(\d{4})\b", re.I)
_WORD = re.compile(r"[a-z]+")
NEXT_WORDS = frozenset({"следующая", "следующая страница", "далее", "вперед", "вперёд", "older", "next", "next page",
                        "older posts", "наступная", "наступная старонка", "»", "›", "→", ">", ">>"})


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    title: str
    date: str  # YYYY-MM-DD, or "" when the block shows none


def find_date(text: str) -> str:
    """The first date written in a block's text, as YYYY-MM-DD ("" if none)."""
    found: list[tuple[int, str]] = []
    for m in _DMY.finditer(text):
        found.append((m.start(), _iso(int(m.group(3)), int(m.group(2)), int(m.group(1)))))
    for m in _YMD.finditer(text):
        found.append((m.start(), _iso(int(m.group(1)), int(m.group(2)), int(m.group(3)))))
    for m in _D_MONTH_Y.finditer(text):
        word = m.group(2).lower()
        month = next((n for stem, n in MONTHS.items() if word.startswith(stem)), 0)
        found.append((m.start(), _iso(int(m.group(3)), month, int(m.group(1)))))
    found = [f for f in found if f[1]]
    return min(found)[1] if found else ""


def _iso(y: int, m: int, d: int) -> str:
    return f"{y:04d}-{m:02d}-{d:02d}" if 1900 <= y <= 2200 and 1 <= m <= 12 and 1 <= d <= 31 else ""


def _chrome(node: Any) -> bool:
    if node.tag in CHROME_TAGS:
        return True
    attrs = node.attributes
    if (attrs.get("role") or "").lower() in CHROME_ROLES:
        return True
    words = set(_WORD.findall(f"{attrs.get('class') or ''} {attrs.get('id') or ''}".lower()))
    return bool(words & CHROME_WORDS)


def _sig(node: Any) -> tuple[str, str]:
    return node.tag, " ".join(sorted((node.attributes.get("class") or "").split()))


def same_site(url: str, base: str) -> bool:
    """The same host, or a host of the same site (news.example.by for example.by)."""
    a, b = (urlsplit(u).hostname or "" for u in (url, base))
    tail = lambda h: ".".join(h.split(".")[-2:])  # noqa: E731
    return a == b or (bool(a) and tail(a) == tail(b) and not a.replace(".", "").isdigit())


def article_links(tree: Any, base: str) -> list[Link]:
    """The articles of a listing page (a selectolax tree), in page order; [] when no news list is found."""
    body = tree.body
    if body is None:
        return []
    for node in list(body.traverse(include_text=False)):
        if node.tag != "-undef" and node.parent is not None and _chrome(node):
            node.decompose()
    page = urldefrag(base)[0]
    groups: dict[int, dict[int, Any]] = {}  # container → its blocks (by memory id, in page order)
    links: dict[int, list[tuple[str, str]]] = {}  # block → (url, text) of its links
    for a in body.css("a[href]"):
        url = urldefrag(urljoin(base, (a.attributes.get("href") or "").strip()))[0]
        if not url.startswith(("http://", "https://")) or url == page or not same_site(url, base):
            continue
        if NOT_ARTICLES.search(urlsplit(url).path):
            continue
        block = _block(a, body)
        if block is None:
            continue
        groups.setdefault(block.parent.mem_id, {})[block.mem_id] = block
        links.setdefault(block.mem_id, []).append((url, " ".join(a.text(separator=" ").split())))
    best: tuple[float, list[Link]] = (0.0, [])
    for blocks in groups.values():
        found = [_article(b, links[b.mem_id]) for b in blocks.values()]
        if len(found) < MIN_BLOCKS:
            continue
        avg = sum(len(f.title) for f in found) / len(found)
        if avg < MIN_HEADLINE:
            continue
        dated = sum(1 for f in found if f.date) / len(found)
        distinct = len({f.url for f in found}) / len(found)
        score = len(found) * (1 + 2 * dated) * min(avg, 80) / 80 * distinct
        if score > best[0]:
            best = (score, found)
    out, seen = [], set()
    for link in best[1]:
        if link.url not in seen:
            seen.add(link.url)
            out.append(link)
    return out


def next_page(tree: Any, base: str) -> str | None:
    """The listing's next (older) page: ``rel="next"``, else a link whose text says so ("Следующая", "»")."""
    candidates = tree.css('link[rel~="next"][href], a[rel~="next"][href]')
    if not candidates:
        candidates = [a for a in tree.css("a[href]") if " ".join(a.text().split()).lower() in NEXT_WORDS]
    for node in candidates:
        url = urldefrag(urljoin(base, (node.attributes.get("href") or "").strip()))[0]
        if url.startswith(("http://", "https://")) and url != urldefrag(base)[0] and same_site(url, base):
            return url
    return None


def _block(a: Any, body: Any) -> Any:
    """The nearest ancestor of ``a`` (or ``a`` itself) repeated at least MIN_BLOCKS times among its siblings."""
    node = a
    for _ in range(12):  # a headline link sits a few levels under its block
        parent = node.parent
        if parent is None or node.mem_id == body.mem_id:
            return None
        sig = _sig(node)
        if sum(1 for c in parent.iter(include_text=False) if _sig(c) == sig) >= MIN_BLOCKS:
            return node
        node = parent
    return None


def _article(block: Any, found: list[tuple[str, str]]) -> Link:
    url, title = max(found, key=lambda f: len(f[1]))
    if not title:  # only pictures link to it: the block's heading names it
        head = block.css_first("h1, h2, h3, h4, h5, strong")
        title = " ".join(head.text(separator=" ").split()) if head is not None else ""
    time = block.css_first("time[datetime]")
    date = find_date(time.attributes.get("datetime") or "") if time is not None else ""
    return Link(url, title, date or find_date(block.text(separator=" ")))
