"""The source tables (I/O): add, list, remove, the due ones, and what a check found."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import delete, func, select
from sqlmodel import Session, col

from ..errors import NotFound, UsageError
from ..rules.parties import valid_party
from ..store.ingest import is_url
from .models import Source, SourceArticle

UTC = dt.UTC


def aware(t: dt.datetime | None) -> dt.datetime | None:
    if t is None:
        return None
    return t.replace(tzinfo=UTC) if t.tzinfo is None else t.astimezone(UTC)


def _session(store: Any) -> Session:
    return Session(store.engine, expire_on_commit=False)


def add_source(store: Any, url: str, *, name: str | None = None, every: int = 1800, lang: str | None = None,
               since: dt.date | None = None, party: str | None = None) -> Source:
    url = url.strip()
    if party is not None and not valid_party(party := " ".join(party.split())):
        raise UsageError(f"--party {party[:60]!r}: a side of the cooperation by its Russian name, e.g. "
                         "«Гомельская область» or «Республика Беларусь»")
    if not is_url(url):
        raise UsageError(f"{url!r}: a source is an http or https address")
    if len(url) > 2048:
        raise UsageError(f"{url[:60]}…: an address longer than 2048 characters")
    with _session(store) as s:
        if s.execute(select(Source).where(col(Source.url) == url)).scalars().first() is not None:
            raise UsageError(f"{url}: already a source (presscal sources list; remove it first to change it)")
        src = Source(url=url, name=(name or "").strip()[:256], every_seconds=every, lang=lang, since=since,
                     party=party or None)
        s.add(src)
        s.commit()
        return src


def sources(store: Any) -> list[Source]:
    with _session(store) as s:
        return list(s.execute(select(Source).order_by(col(Source.id))).scalars())


def find(store: Any, key: str) -> Source | None:
    """A source by its address or its number."""
    with _session(store) as s:
        q = select(Source).where(col(Source.url) == key.strip())
        if key.strip().isdigit():
            q = select(Source).where(col(Source.id) == int(key))
        return s.execute(q).scalars().first()


def remove_source(store: Any, key: str) -> Source:
    """Forget a source and its article bookkeeping (the documents ingested from it stay)."""
    src = find(store, key)
    if src is None:
        raise NotFound(f"no source {key!r} (presscal sources list shows them)")
    with _session(store) as s:
        s.execute(delete(SourceArticle).where(col(SourceArticle.source_id) == src.id))
        s.execute(delete(Source).where(col(Source.id) == src.id))
        s.commit()
    return src


def due(store: Any, now: dt.datetime) -> list[Source]:
    """Sources never checked or whose next check has come, the most overdue first."""
    with _session(store) as s:
        q = (select(Source).where((col(Source.next_check_at).is_(None)) | (col(Source.next_check_at) <= now))
             .order_by(col(Source.next_check_at).asc().nulls_first(), col(Source.id)))
        return list(s.execute(q).scalars())


@dataclass(frozen=True, slots=True)
class Known:
    """What a source's bookkeeping says of one article."""

    state: str
    marker: str
    attempts: int
    etag: str | None
    last_modified: str | None
    last_error: str | None


def known(store: Any, source_id: int) -> dict[str, Known]:
    with _session(store) as s:
        rows = s.execute(select(col(SourceArticle.url), col(SourceArticle.state), col(SourceArticle.marker),
                                col(SourceArticle.attempts), col(SourceArticle.etag), col(SourceArticle.last_modified),
                                col(SourceArticle.last_error))
                         .where(col(SourceArticle.source_id) == source_id))
        return {r[0]: Known(*r[1:]) for r in rows}


def counts(store: Any) -> dict[int, dict[str, int]]:
    """Articles per source and state."""
    with _session(store) as s:
        rows = s.execute(select(col(SourceArticle.source_id), col(SourceArticle.state), func.count())
                         .where(col(SourceArticle.kind) == "article")
                         .group_by(col(SourceArticle.source_id), col(SourceArticle.state)))
        out: dict[int, dict[str, int]] = {}
        for sid, state, n in rows:
            out.setdefault(sid, {})[state] = n
        return out


def save_articles(store: Any, source_id: int, rows: Iterable[dict[str, Any]]) -> None:
    """Insert or update article rows by URL (one transaction)."""
    rows = list(rows)
    if not rows:
        return
    with _session(store) as s:
        urls = [r["url"] for r in rows]
        have = {a.url: a for a in s.execute(select(SourceArticle).where(
            col(SourceArticle.source_id) == source_id, col(SourceArticle.url).in_(urls))).scalars()}
        for r in rows:
            a = have.get(r["url"])
            if a is None:
                a = have[r["url"]] = SourceArticle(source_id=source_id, url=r["url"])
            for k, v in r.items():
                setattr(a, k, v)
            s.add(a)
        s.commit()


def save_check(store: Any, source_id: int, **fields: Any) -> None:
    with _session(store) as s:
        src = s.get(Source, source_id)
        if src is None:
            return  # removed meanwhile
        for k, v in fields.items():
            setattr(src, k, v)
        s.add(src)
        s.commit()
