"""Reading documents: files, folders (recursively), standard input; encodings; HTML main text.

One document at a time (:func:`iter_documents` is a generator), so a corpus is never held in memory.
Text is decoded from UTF-8 (with or without BOM) or, when that fails, from the encoding
charset-normalizer detects (cp1251, koi8-r, ...); line ends become ``\\n`` (as Python's text mode
reads them, so offsets agree with ``Path.read_text``). HTML keeps its main text only (selectolax),
and its meta publication date, canonical address and title go to ``RawDocument.meta``.
"""

from __future__ import annotations

import os
import re
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ExtractionError

MAX_BYTES = 20 * 1024 * 1024  # a press release is kilobytes; 20 MB is surely not one
SUFFIXES = {".txt", ".md", ".html", ".htm"}
_ENCODINGS = ("cp1251", "koi8_r", "utf_16", "iso8859_5", "mac_cyrillic", "cp866", "latin_1", "cp1252")
_FRONT = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.S)
_FRONT_DATE = re.compile(r"^(?:date|published|pubdate)\s*:\s*[\"']?(\d{4}-\d\d-\d\d)", re.M | re.I)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))
_DROP_TAGS = ("script", "style", "noscript", "form", "iframe", "svg", "template", "button", "select", "object",
              "embed", "canvas")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded document: ``source`` as given, its main ``text``, and what the markup said (``meta``)."""

    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text saved without a BOM: the high bytes of Latin and Cyrillic letters (0x00, 0x04) fill every
    other position."""
    head = data[:4096]
    if len(head) < 8:
        return None
    for enc, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if len(high) and (high.count(0) + high.count(4) + high.count(0x20)) >= 0.9 * len(high) and high.count(0):
            try:
                return data[: len(data) // 2 * 2].decode(enc)
            except UnicodeDecodeError:
                return None
    return None


def _looks_binary(data: bytes) -> bool:
    head = data[:8192]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return False  # UTF-16 with BOM
    if b"\x00" in head:
        return True
    ctrl = len(head.translate(None, _NOT_CONTROL))
    return ctrl > len(head) * 0.05


def decode(data: bytes, source: str = "-") -> str:
    """Bytes to text: BOM, UTF-8, else the detected Cyrillic/Latin encoding; CRLF and CR become LF."""
    if not data.strip():
        raise ExtractionError(f"{source}: empty document")
    utf16 = _utf16_without_bom(data) if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")) \
        else None
    if utf16 is None and _looks_binary(data):
        raise ExtractionError(f"{source}: binary file, not text")
    if utf16 is not None:
        text = utf16
        if not text.strip():
            raise ExtractionError(f"{source}: empty document")
        if sum(1 for ch in text[:4096] if ch < " " and ch not in "\t\n\r\f") > len(text[:4096]) * 0.05:
            raise ExtractionError(f"{source}: binary file, not text")
    elif data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16", errors="replace")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _detect(data, source)
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _detect(data: bytes, source: str) -> str:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000], cp_isolation=list(_ENCODINGS)).best()
    if best is None or best.encoding is None:
        raise ExtractionError(f"{source}: unknown text encoding")
    return data.decode(best.encoding, errors="replace")


def _is_html(path: str, text: str) -> bool:
    if path.lower().endswith((".html", ".htm")):
        return True
    head = text[:1000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


_META_DATES = (('meta[property="article:published_time"]', "content"), ('meta[name="article:published_time"]', "content"),
               ('meta[property="og:published_time"]', "content"), ('meta[property="og:article:published_time"]', "content"),
               ('[itemprop="datePublished"]', "content"), ('[itemprop="datePublished"]', "datetime"),
               ("@ld+json", ""), ('meta[name="pubdate"]', "content"), ('meta[name="publishdate"]', "content"),
               ('meta[name="publish-date"]', "content"), ('meta[name="parsely-pub-date"]', "content"),
               ('meta[name="sailthru.date"]', "content"), ('meta[name="DC.date.issued"]', "content"),
               ('meta[name="dcterms.created"]', "content"), ('meta[name="DC.date"]', "content"),
               ('meta[name="date"]', "content"), ("time[pubdate]", "datetime"))
_LD_DATE = re.compile(r'"datePublished"\s*:\s*"([^"]{6,40})"')
_BLOCK = frozenset("address article aside blockquote body br dd details dialog div dl dt fieldset figcaption figure h1 h2 "
                   "h3 h4 h5 h6 header footer hr li main nav ol p pre section summary table tbody thead tfoot tr td th "
                   "ul caption center".split())
_BOILER_ROLES = frozenset({"navigation", "banner", "contentinfo", "complementary", "search", "menu", "menubar"})
# class/id words of page chrome; inside an article its footer or tag line may carry "Опубликовано 27.06.2024",
# so there only menus and links go
_CHROME = ("nav navbar navigation menu \\w*menu breadcrumbs? share social comments? related banner advert\\w* ads "
           "subscribe widget popup modal pagination pager")
_PAGE_ONLY = "footer \\w*footer sidebar cookies? tags copyright"


def _class_words(words: str) -> re.Pattern[str]:
    return re.compile(r"(?:^|[\s_\-])(?:" + "|".join(words.split()) + r")(?:$|[\s_\-])", re.I)


_BOILER = _class_words(f"{_CHROME} {_PAGE_ONLY}")
_BOILER_IN_ARTICLE = _class_words(_CHROME)
_SPACES = re.compile(r"[ \t\n\r\f\v\xa0]+")


def _ld_date(tree: Any) -> str | None:
    from .published import meta_date

    for node in tree.css('script[type="application/ld+json"]'):
        m = _LD_DATE.search(node.text() or "")
        if m and meta_date(m.group(1)):
            return m.group(1)
    return None


def _markup_date(tree: Any, root: Any, ld: str | None) -> str | None:
    """The publication date the markup states: meta tags, itemprop, JSON-LD, ``<time>`` in the article."""
    from .published import meta_date

    for sel, attr in _META_DATES:
        if sel == "@ld+json":
            if ld:
                return ld
            continue
        for node in tree.css(sel):
            raw = node.attributes.get(attr) or (node.text(strip=True) if sel.startswith("[") else None)
            if raw and meta_date(raw):
                return raw
    for scope in (root, tree.body):  # a <time> in the article; else one outside menus, headers and footers
        for node in scope.css("time[datetime]") if scope is not None else ():
            if scope is root or not _in_chrome(node):
                raw = node.attributes.get("datetime")
                if raw and meta_date(raw):
                    return raw
    return None


def _in_chrome(node: Any) -> bool:
    while node is not None and node.tag not in ("body", "html"):
        if node.tag in ("header", "footer", "nav", "aside") or _boiler(node):
            return True
        node = node.parent
    return False


def _boiler(node: Any, rx: re.Pattern[str] | None = None) -> bool:
    attrs = node.attributes
    if (attrs.get("role") or "").lower() in _BOILER_ROLES:
        return True
    label = f"{attrs.get('class') or ''} {attrs.get('id') or ''}".strip()
    return bool(label) and bool((rx or _BOILER).search(label))


def _drop_chrome(root: Any, whole_page: bool) -> None:
    """Remove menus, share buttons, related links (and, on a whole page, its header and footer) under ``root``,
    top-down, never a block holding half the text (a wrapper classed "has-sidebar" is the page itself)."""
    total = _text_len(root)
    strong = _BOILER if whole_page else _BOILER_IN_ARTICLE

    def walk(node: Any) -> None:
        child = node.child
        while child is not None:
            nxt = child.next
            tag = child.tag
            if tag and not tag.startswith("-"):
                chrome = tag in ("nav", "aside") or (whole_page and tag in ("header", "footer")) \
                    or _boiler(child, strong)
                if chrome and _text_len(child) * 2 < total:
                    child.decompose()
                else:
                    walk(child)
            child = nxt

    walk(root)


def _text_len(node: Any) -> int:
    return len(node.text(separator=" ", strip=True))


def _main_root(tree: Any) -> Any:
    """The article: the longest ``<article>``/articleBody/``<main>``, widened to take in the headline and the
    date line beside it (a parent with little more text); else the body without its menus."""
    body = tree.body or tree.root
    best, best_len = None, 0
    for sel in ('[itemprop="articleBody"]', "article", "main", '[role="main"]'):
        for node in tree.css(sel):
            n = _text_len(node)
            if n > best_len:
                best, best_len = node, n
        if best is not None and best_len >= 200:
            break
    if best is None or best_len < 80:
        return body
    node = best
    while node.parent is not None and node.tag not in ("body", "html"):
        parent = node.parent
        if parent.tag in ("body", "html") or _text_len(parent) > best_len * 1.2 + 300:
            break
        node = parent
    return node


def _serialize(root: Any) -> str:
    """Text with line breaks where blocks and ``<br>`` are, inline markup joined, spaces collapsed."""
    out: list[str] = []

    def walk(node: Any, pre: bool) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == "-text":
                t = child.text_content or ""
                out.append(t if pre else _SPACES.sub(" ", t))
            elif tag and not tag.startswith("-"):
                block = tag in _BLOCK
                if block:
                    out.append("\n")
                walk(child, pre or tag == "pre")
                if block:
                    out.append("\n")
            child = child.next

    walk(root, False)
    lines = (ln.strip(" \t") for ln in "".join(out).split("\n"))
    text = "\n".join(ln for ln in lines if ln)
    return text


def _title(tree: Any, root: Any) -> str | None:
    """The headline: the article's ``<h1>`` (the page's ``<title>`` often adds the site's name), else og:title,
    else ``<title>``."""
    for scope in (root, tree):
        node = scope.css_first("h1") if scope is not None else None
        if node is not None and len(node.text(strip=True)) >= 10:
            return _SPACES.sub(" ", node.text(separator=" ", strip=True))
    node = tree.css_first('meta[property="og:title"]')
    if node is not None and node.attributes.get("content"):
        return node.attributes["content"]
    node = tree.css_first("title")
    return node.text(strip=True) or None if node is not None else None


MAX_DEPTH = 256  # elements nested deeper than this lose their tags (their text stays)
MAX_ATTRIBUTES = 64  # attributes of one tag beyond this are dropped
_TAG_START = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})")
_TAG_REST = re.compile(r"""(?:[^>"']++|"[^"]*+"|'[^']*+')*+>""")  # possessive: every character read once
_ATTRIBUTE = re.compile(r"""[^\s"'>/=]++(?:\s*+=\s*+(?:"[^"]*+"|'[^']*+'|[^\s"'>]*+))?+""")
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_AUTO_CLOSED = frozenset("p li dt dd option optgroup tr td th thead tbody tfoot rb rt rp colgroup".split())


def bound_markup(html: str) -> str:
    """The page with its nesting held to MAX_DEPTH and each tag to MAX_ATTRIBUTES attributes, in one
    linear pass, before the HTML parser sees it: the parser's time grows with the square of nesting depth
    and of attributes per tag (80,000 nested divs took 8 s, 300,000 attributes 228 s). A real page stays
    far below both and is returned unchanged."""
    depth, changed = 0, False
    out: list[str] = []
    last = pos = 0
    while True:
        m = _TAG_START.search(html, pos)
        if m is None:
            break
        r = _TAG_REST.match(html, m.end())
        if r is None:  # a tag never closed: the rest of the page is inside it, for the parser too
            break
        pos = r.end()
        closing, name, rest = m.group(1), m.group(2).lower(), html[m.end():r.end() - 1]
        keep: str | None = None
        if not closing and rest.count("=") > MAX_ATTRIBUTES:
            attrs = _ATTRIBUTE.findall(rest)
            if len(attrs) > MAX_ATTRIBUTES:
                keep = f"<{m.group(2)} " + " ".join(attrs[:MAX_ATTRIBUTES]) + ">"
        if name in _VOID or name in _AUTO_CLOSED or rest.rstrip().endswith("/"):
            pass
        elif closing:
            if depth > MAX_DEPTH:
                keep = ""
            depth = max(depth - 1, 0)
        else:
            depth += 1
            if depth > MAX_DEPTH:
                keep = ""
        if keep is not None:
            out += (html[last:m.start()], keep)
            last, changed = pos, True
    if not changed:
        return html
    out.append(html[last:])
    return "".join(out)


def html_main_text(html: str) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page (the article, else the body without menus) and its meta."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(bound_markup(html))
    meta: dict[str, Any] = {}
    for sel, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(sel)
        if node is not None and (node.attributes.get(attr) or "").startswith(("http://", "https://")):
            meta["url"] = node.attributes[attr]
            break
    ld = _ld_date(tree)  # before the scripts go
    tree.strip_tags(list(_DROP_TAGS))
    root = _main_root(tree)
    if root is not None:
        _drop_chrome(root, root.tag in ("body", "html"))
    published = _markup_date(tree, root, ld)
    title = _title(tree, root)
    if title:
        meta["title"] = title
    if published:
        meta["published"] = published
    text = _serialize(root) if root is not None else ""
    return text, meta


_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]+")  # C0 but tab, LF, FF; DEL; C1 (CSI, OSC …)


_NOT_C0 = bytes(b for b in range(256) if not (b <= 8 or b == 11 or 14 <= b <= 31 or b == 127))
_C1_UTF8 = re.compile(rb"\xc2[\x80-\x9f]")  # U+0080..U+009F in UTF-8


def strip_controls(text: str) -> str:
    """The text without control characters (ESC, OSC, BEL, C1 …) that would drive a terminal when shown;
    tabs, line and page breaks stay. Whether there is any is asked of the UTF-8 bytes first (deleting the
    other bytes is a table lookup; the pattern over the text cost a fifth of reading a file)."""
    raw = text.encode("utf-8", "surrogatepass")
    if not raw.translate(None, _NOT_C0) and _C1_UTF8.search(raw) is None:
        return text
    return _CONTROLS.sub("", text)


def read_bytes(data: bytes, source: str) -> RawDocument:
    """A document from bytes already read (a file, stdin, or a fetched page); control characters are
    dropped from its text and meta (an ESC sequence in a release must not reach a terminal)."""
    if len(data) > MAX_BYTES:
        raise ExtractionError(f"{source}: too large ({len(data) // (1024 * 1024)} MB; the limit is "
                              f"{MAX_BYTES // (1024 * 1024)} MB)")
    text = decode(data, source)
    meta: dict[str, Any] = {}
    if _is_html(source, text):
        text, meta = html_main_text(text)
        if not text.strip():
            raise ExtractionError(f"{source}: HTML page with no text")
    else:
        fm = _FRONT.match(text)
        if fm:
            d = _FRONT_DATE.search(fm.group(1))
            if d:
                meta["published"] = d.group(1)
    meta = {k: strip_controls(v) if isinstance(v, str) else v for k, v in meta.items()}
    return RawDocument(source, strip_controls(text), meta)


def read_document(path: str, st: os.stat_result | None = None) -> RawDocument:
    """Read one file (or ``-``: standard input) into a :class:`RawDocument`; errors name the file. ``st`` is the
    file's ``os.stat`` where the caller has it already."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return read_bytes(data, "-")
    try:
        st = st or os.stat(path)
        if not stat.S_ISREG(st.st_mode):  # a named pipe would block for ever, a device never ends
            raise ExtractionError(f"{path}: not a regular file (a pipe or a device?); use - for standard input")
        size = st.st_size
        if size > MAX_BYTES:
            raise ExtractionError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is "
                                  f"{MAX_BYTES // (1024 * 1024)} MB)")
        with open(path, "rb") as fh:
            # as much as stat said (asking for MAX_BYTES would allocate 20 MB per file), then what it grew by
            data = fh.read(size + 1)
            if len(data) > size:
                data += fh.read(MAX_BYTES + 1 - len(data))
    except ExtractionError:
        raise
    except IsADirectoryError:
        raise ExtractionError(f"{path}: is a folder") from None
    except OSError as e:
        raise ExtractionError(f"{path}: cannot read ({e.strerror or e})") from None
    return read_bytes(data, path)


def _walk(folder: str) -> Iterator[str]:
    """The documents under ``folder`` (as ``str(Path(...))`` spells it), sorted by name, folders recursively: one
    ``scandir`` a folder, whose entries know whether they are folders without a ``stat`` each."""
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError:
        return
    for e in entries:
        path = e.name if folder == "." else os.path.join(folder, e.name)  # as Path(folder) / name prints
        if e.is_dir():
            yield from _walk(path)
        elif os.path.splitext(e.name)[1].lower() in SUFFIXES:
            yield path


def iter_documents(paths: Sequence[str]) -> Iterator[RawDocument | ExtractionError]:
    """Each document of ``paths`` in order (folders recursively, sorted by name), or the error reading it."""
    for path in paths:
        st = None
        if path != "-":
            try:
                st = os.stat(path or ".")  # Path("") is the current folder; one stat a path (it was three)
            except (FileNotFoundError, NotADirectoryError):
                yield ExtractionError(f"{path}: no such file or folder")
                continue
            except OSError as e:
                yield ExtractionError(f"{path}: cannot read ({e.strerror or e})")
                continue
        if st is not None and stat.S_ISDIR(st.st_mode):
            for p in _walk(str(Path(path))):
                try:
                    yield read_document(p)
                except ExtractionError as e:
                    yield e
            continue
        try:
            yield read_document(path, st)
        except ExtractionError as e:
            yield e
