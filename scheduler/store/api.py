"""The public Python API of the store (also ``scheduler.upcoming`` / ``scheduler.events`` / ``scheduler.ingest``).

    import scheduler
    for occ in scheduler.upcoming(days=60, db="sqlite:///cal.db"):
        print(occ.date, occ.record.title, occ.record.url)

``db`` is a database URL; None means ``$PRESSCAL_DB``, else the default SQLite file.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from ..records import EventRecord
    from .ingest import IngestSummary
    from .reading import Occurrence

TZ = "Europe/Minsk"


def today() -> dt.date:
    """Today in Minsk, where the events happen."""
    from zoneinfo import ZoneInfo

    return dt.datetime.now(ZoneInfo(TZ)).date()


def upcoming(days: int = 30, *, db: str | None = None, today: dt.date | None = None,
             types: Iterable[str] | None = None, party: str | None = None,
             anniversaries: bool = True) -> list[Occurrence]:
    """Occurrences in [today, today + days), yearly days expanded; ``Occurrence(date, end, record)``.
    ``party``: one party's (its name or slug, e.g. ``"kurskaya-oblast"``). Anniversaries of signings and
    historic events come too, with ``occ.anniversary`` (the years) and ``occ.label`` (their title), unless
    ``anniversaries=False``."""
    from .reading import open_store

    store = open_store(db)
    try:
        return store.upcoming(today=today or _today(), days=days, types=types,
                              party=store.party(party) if party else None, anniversaries=anniversaries)
    finally:
        store.close()


def events(*, db: str | None = None, start: dt.date | None = None, end: dt.date | None = None,
           types: Iterable[str] | None = None, query: str | None = None,
           include_hidden: bool = False, party: str | None = None) -> list[EventRecord]:
    """Stored events overlapping [start, end] (yearly days always), sorted by start day; ``party``: one
    party's (its name or slug)."""
    from .reading import open_store

    store = open_store(db)
    try:
        return store.records(start=start, end=end, types=types, query=query, include_hidden=include_hidden,
                             party=store.party(party) if party else None)
    finally:
        store.close()


def ingest(paths: Sequence[str], *, db: str | None = None, published: str | None = None,
           workers: int | None = None, progress: bool = False) -> IngestSummary:
    """Ingest files, folders and http(s) URLs into the store; returns the summary."""
    from .ingest import ingest as run
    from .reading import open_store

    store = open_store(db)
    try:
        return run(store, list(paths), published=published, workers=workers, progress=progress)
    finally:
        store.close()


_today = today
