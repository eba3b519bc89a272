"""The tables of watched sources (migration 0002): a press site's feed, sitemap or listing page, and
the articles seen on it.

Invariants: ``Source.url`` is unique (what the user added); ``(source_id, url)`` of an article is
unique, so a feed listing an article twice records it once; removing a source removes its articles'
bookkeeping, never the documents ingested from them. Datetimes are aware UTC.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Column, ForeignKey, Integer, Text, UniqueConstraint
from sqlmodel import Field, SQLModel


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Source(SQLModel, table=True):
    """A press site's news feed, sitemap or listing page that ``presscal watch`` polls."""

    id: int | None = Field(default=None, primary_key=True)
    url: str = Field(index=True, unique=True, max_length=2048)  # as added
    name: str = Field(default="", max_length=256)
    kind: str = Field(default="", max_length=16)  # rss | atom | sitemap | html ("": not checked yet)
    feed_url: str | None = Field(default=None, max_length=2048)  # what is polled (a page's alternate feed)
    every_seconds: int = 1800
    lang: str | None = Field(default=None, max_length=8)
    party: str | None = Field(default=None, max_length=120)  # the side the site speaks for (migration 0004)
    since: dt.date | None = None  # articles dated before are not ingested
    backfill: str | None = Field(default=None, max_length=2048)  # a paged listing's walk back: next page, or "done"
    etag: str | None = Field(default=None, max_length=512)
    last_modified: str | None = Field(default=None, max_length=64)
    created_at: dt.datetime = Field(default_factory=utcnow)
    last_check_at: dt.datetime | None = None
    last_ok_at: dt.datetime | None = None
    next_check_at: dt.datetime | None = Field(default=None, index=True)
    failures: int = 0  # failed checks in a row (back-off)
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    last_result: str = Field(default="", max_length=256)  # e.g. "304 not modified", "3 new, 1 failed"


class SourceArticle(SQLModel, table=True):
    """An article (or a child sitemap) a source listed, and what became of it."""

    __table_args__ = (UniqueConstraint("source_id", "url", name="uq_sourcearticle"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(sa_column=Column(Integer, ForeignKey("source.id", ondelete="CASCADE"), nullable=False,
                                            index=True))
    url: str = Field(max_length=2048)
    kind: str = Field(default="article", max_length=16)  # article | sitemap
    marker: str = Field(default="", max_length=64)  # the listing's date for it (updated, lastmod): a change re-fetches
    state: str = Field(default="new", max_length=16)  # new | ok | retry | failed | robots
    attempts: int = 0
    last_error: str | None = Field(default=None, sa_column=Column(Text))
    etag: str | None = Field(default=None, max_length=512)
    last_modified: str | None = Field(default=None, max_length=64)
    first_seen_at: dt.datetime = Field(default_factory=utcnow)
    fetched_at: dt.datetime | None = None
