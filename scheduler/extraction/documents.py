"""Reading documents: files, folders (recursively), standard input; encodings; HTML main text.

One document at a time (:func:`iter_documents` is a generator), so a corpus is never held in memory.
Text is decoded from UTF-8 (with or without BOM) or, when that fails, from the encoding
charset-normalizer detects (cp1251, koi8-r, ...); line ends become ``\\n`` (as Python's text mode
reads them, so offsets agree with ``Path.read_text``). HTML keeps its main text only (selectolax),
and its meta publication date, canonical address and title go to ``RawDocument.meta``.
"""

from __future__ import annotations

import re
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
_DROP_TAGS = ("script", "style", "noscript", "nav", "header", "footer", "aside", "form", "iframe", "svg",
              "template", "button", "select")


@dataclass(frozen=True, slots=True)
class RawDocument:
    """A decoded document: ``source`` as given, its main ``text``, and what the markup said (``meta``)."""

    source: str
    text: str
    meta: dict[str, Any] = field(default_factory=dict)


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
    if _looks_binary(data):
        raise ExtractionError(f"{source}: binary file, not text")
    if data.startswith(b"\xef\xbb\xbf"):
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


def html_main_text(html: str) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page (article, else main, else body without menus) and its meta."""
    from selectolax.lexbor import LexborHTMLParser

    tree = LexborHTMLParser(html)
    meta: dict[str, Any] = {}
    for sel, attr in (('meta[property="article:published_time"]', "content"),
                      ('meta[name="article:published_time"]', "content"),
                      ('meta[itemprop="datePublished"]', "content"), ('meta[name="pubdate"]', "content"),
                      ('meta[name="date"]', "content"), ('meta[name="DC.date"]', "content"),
                      ("time[datetime]", "datetime")):
        node = tree.css_first(sel)
        if node is not None and node.attributes.get(attr):
            meta["published"] = node.attributes[attr]
            break
    for sel, attr in (('link[rel="canonical"]', "href"), ('meta[property="og:url"]', "content")):
        node = tree.css_first(sel)
        if node is not None and (node.attributes.get(attr) or "").startswith(("http://", "https://")):
            meta["url"] = node.attributes[attr]
            break
    node = tree.css_first('meta[property="og:title"]') or None
    title = node.attributes.get("content") if node is not None else None
    title_node = tree.css_first("title")
    if not title and title_node is not None:
        title = title_node.text(strip=True)
    if title:
        meta["title"] = title
    tree.strip_tags(list(_DROP_TAGS))
    root = tree.css_first("article") or tree.css_first("main") or tree.body or tree.root
    text = root.text(separator="\n", strip=True) if root is not None else ""
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text, meta


def read_bytes(data: bytes, source: str) -> RawDocument:
    """A document from bytes already read (a file, stdin, or a fetched page)."""
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
    return RawDocument(source, text, meta)


def read_document(path: str) -> RawDocument:
    """Read one file (or ``-``: standard input) into a :class:`RawDocument`; errors name the file."""
    if path == "-":
        data = sys.stdin.buffer.read(MAX_BYTES + 1)
        return read_bytes(data, "-")
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise ExtractionError(f"{path}: too large ({size // (1024 * 1024)} MB; the limit is "
                                  f"{MAX_BYTES // (1024 * 1024)} MB)")
        with p.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except ExtractionError:
        raise
    except IsADirectoryError:
        raise ExtractionError(f"{path}: is a folder") from None
    except OSError as e:
        raise ExtractionError(f"{path}: cannot read ({e.strerror or e})") from None
    return read_bytes(data, path)


def _walk(folder: Path) -> Iterator[Path]:
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError:
        return
    for p in entries:
        if p.is_dir():
            yield from _walk(p)
        elif p.suffix.lower() in SUFFIXES:
            yield p


def iter_documents(paths: Sequence[str]) -> Iterator[RawDocument | ExtractionError]:
    """Each document of ``paths`` in order (folders recursively, sorted by name), or the error reading it."""
    for path in paths:
        if path != "-" and Path(path).is_dir():
            for p in _walk(Path(path)):
                try:
                    yield read_document(str(p))
                except ExtractionError as e:
                    yield e
            continue
        if path != "-" and not Path(path).exists():
            yield ExtractionError(f"{path}: no such file or folder")
            continue
        try:
            yield read_document(path)
        except ExtractionError as e:
            yield e
