"""Extraction: text in, frozen :class:`~scheduler.extraction.types.DocumentResult` out (pure).

- :func:`extract_text` -- one text: language, address, headline, publication date, mentions, events;
- :func:`extract_paths` -- files, folders, ``-``: one result (or :class:`ExtractionError`) per document,
  streamed in input order.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from ..errors import ExtractionError, UsageError
from .types import DocumentResult, ExtractedEvent, Mention, Published

__all__ = ["extract_text", "extract_paths", "DocumentResult", "Mention", "Published", "ExtractedEvent",
           "ExtractionError"]


def _given(published: str | None) -> str | None:
    if not published:
        return None
    from datetime import date

    try:
        return date.fromisoformat(published.strip()).isoformat()
    except ValueError:
        raise UsageError(f"--published {published!r}: not a date (want YYYY-MM-DD)") from None


def extract_text(text: str, *, source: str = "-", published: str | None = None, url: str | None = None,
                 events: bool = True, meta: Mapping[str, Any] | None = None) -> DocumentResult:
    """Everything presscal finds in one document's text (pure: no I/O, no clock)."""
    from . import dates, lang
    from . import published as pub_mod

    lng = lang.detect_lang(text)
    url = url or (meta or {}).get("url") or lang.find_url(text)
    title = (meta or {}).get("title") or lang.find_title(text)
    cands = dates.scan(text)
    pub, ref = pub_mod.find_published(text, cands, given=_given(published), meta=meta, url=url)
    mentions = dates.resolve(text, cands, ref)
    found: list[ExtractedEvent] = []
    if events:
        from . import events as ev_mod

        found = list(ev_mod.find_events(text, mentions, pub, lng, title))
    return DocumentResult(source=source, text=text, url=url, lang=lng, published=pub, mentions=tuple(mentions),
                          events=tuple(found), title=title, meta=dict(meta or {}))


def extract_paths(paths: Sequence[str], published: str | None = None,
                  events: bool = True) -> Iterator[DocumentResult | ExtractionError]:
    """Extract each document of ``paths`` in order, one at a time; unreadable ones yield their error."""
    from .documents import iter_documents

    given = _given(published)
    for doc in iter_documents(paths):
        if isinstance(doc, ExtractionError):
            yield doc
            continue
        yield extract_text(doc.text, source=doc.source, published=given, events=events, meta=doc.meta)
