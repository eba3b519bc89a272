"""The event store: open (and migrate) a database, list events as EventRecords, correct them.

``open_store(url)`` takes ``None`` (then ``$PRESSCAL_DB``, then a SQLite file in the user data
directory), ``sqlite:///path`` or ``postgresql+psycopg://...``. Reads on SQLite go through the
standard library's ``sqlite3`` (no SQLAlchemy import, so ``presscal upcoming`` starts fast); writes
and PostgreSQL go through SQLAlchemy. Writes and corrections live in ``writing.py`` and ``corrections.py``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import NotFound, StoreError, UsageError
from ..records import EVENT_TYPES, EventRecord, SourceRef
from ..rules.anniversaries import anniversaries_between
from ..rules.parties import party_by, region_list
from .connection import db_error, default_url, redact
from .merging import YEARLY_YEAR, date_range
from .to_records import (
    as_date,
    as_dt,
    haystack,
    in_year4,
    span,
    sqlite_begin,
    sqlite_connect,
    sqlite_param,
    to_record,
    type_filter,
    yearly_days,
)

PKG = Path(__file__).resolve().parent
RECORD_CACHE = 50_000  # EventRecords kept per Store (oldest dropped first)
UPCOMING_LOOKBACK = 31  # days: a multi-day event under way on the first day is listed if it began this recently
_EVENT_COLS = (
    'e.id, e.uid, e.type, e.title, e.start, e."end", e."time", e.location, e.participants, e.recurrence,'
    " e.first_year, e.base, e.sequence, e.created_at, e.updated_at, e.hidden, e.hidden_at,"
    " e.start_date, e.end_date, e.parties"
)
_SOURCE_COLS = "s.event_id, d.source, d.url, d.published, s.evidence, s.evidence_start, s.evidence_end, d.id"


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One occurrence of an event in a window: ``date`` is its first day, ``end`` its last (multi-day)."""

    date: dt.date
    end: dt.date | None
    record: EventRecord
    anniversary: int | None = None  # years since the record's origin, for an anniversary (not the event itself)
    label: str | None = None  # the anniversary's title: «7-я годовщина подписания Соглашения …»

    def __getattr__(self, name: str) -> Any:
        """The event's fields read through: ``occ.title``, ``occ.start``, ``occ.url`` (``occ.end`` is the day)."""
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self.record, name)

    @property
    def precision(self) -> str:
        """How precisely the day is known: ``day``, or ``month`` / ``year`` (then ``date`` is only the first
        day of that period, never a day the event is said to fall on)."""
        if self.record.recurrence == "yearly":
            return "day"
        _, _, precision = date_range(self.record.start, self.record.end)
        return precision if precision in ("month", "year") else "day"

    def to_json(self) -> dict[str, Any]:
        """``EventRecord.to_json()`` plus ``date`` and ``end_date`` (the occurrence's days) and ``precision``."""
        d: dict[str, Any] = {"date": self.date.isoformat(), "end_date": self.end.isoformat() if self.end else None,
                             "precision": self.precision}
        d.update(self.record.to_json())
        d["anniversary"] = None
        if self.anniversary is not None:  # the feeds' item of anniversaries.ics: its UID and title
            local, _, domain = self.record.uid.partition("@")
            d.update(uid=f"{local}-anniversary-{self.date.year}@{domain or 'presscal'}", title=self.label,
                     anniversary={"of": self.record.uid, "years": self.anniversary})
        return d


def head_revision() -> str:
    """The newest Alembic revision shipped, read from the version files (cheap: no Alembic import)."""
    revs: dict[str, str | None] = {}
    for f in (PKG / "migrations" / "versions").glob("*.py"):
        text = f.read_text(encoding="utf-8")
        rev = re.search(r"^revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        down = re.search(r"^down_revision\s*=\s*['\"]([^'\"]+)['\"]", text, re.M)
        if rev:
            revs[rev.group(1)] = down.group(1) if down else None
    heads = set(revs) - {d for d in revs.values() if d}
    if len(heads) != 1:
        raise StoreError(f"migrations in {PKG / 'migrations'} have {len(heads)} heads: {sorted(heads)}")
    return heads.pop()


def open_store(url: str | None = None, *, migrate: bool = True, create_folder: bool = False,
               must_exist: bool = False) -> Store:
    """Open a store and bring its schema to the newest revision (safe under concurrent processes).

    A SQLite file named by the caller or ``$PRESSCAL_DB`` must be in an existing folder unless
    ``create_folder`` (``presscal db upgrade``): a typo must not quietly start a new, empty store.
    The default location's folder is always created. ``must_exist`` (commands that only read): a SQLite
    file that does not exist is a UsageError, never a new empty store."""
    explicit = url or os.environ.get("PRESSCAL_DB")
    store = Store(url or default_url())
    if explicit and not create_folder and store.path is not None and not store.path.parent.is_dir():
        raise UsageError(f"{store.url}: the folder {store.path.parent} does not exist; create it first "
                         "(or run presscal db upgrade --db URL)")
    if must_exist and store.path is not None and not store.path.is_file():
        raise UsageError(f"no store at {store.path} (the file does not exist); give the right --db, or create "
                         "one with presscal ingest or presscal db upgrade")
    if migrate:
        store.migrate()
    return store


class Store:
    """A handle on one database. Cheap to create; the SQLAlchemy engine is made on first use."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.is_sqlite = url.startswith("sqlite")
        self.path: Path | None = None
        if self.is_sqlite:
            m = re.match(r"^sqlite(?:\+pysqlite)?:///(.+?)(\?.*)?$", url)
            if not m or m.group(1) == ":memory:":
                raise UsageError(f"unsupported SQLite URL {url!r}: use sqlite:///path/to/file.db")
            self.path = Path(m.group(1))
        elif not url.startswith("postgresql"):
            raise UsageError(f"unsupported database URL {redact(url)!r}: use sqlite:///FILE or postgresql+psycopg://...")
        self._engine: Any = None
        self._local = threading.local()
        # EventRecords by id, with the updated_at they were built at: every change of an event, its
        # sources or corrections moves updated_at (writer.recompute), so an equal value means unchanged.
        self._records: dict[int, tuple[Any, EventRecord]] = {}
        self._lock = threading.Lock()
        self._ro_copy: Path | None = None  # a read-only store's private copy (see _connect_read_only)

    def __repr__(self) -> str:
        return f"Store({redact(self.url)!r})"

    # ------------------------------------------------------------------ connections

    @property
    def engine(self) -> Any:
        """The SQLAlchemy engine (SQLite: WAL, foreign keys, busy timeout; writes BEGIN IMMEDIATE)."""
        if self._engine is None:
            import sqlalchemy as sa

            if self.is_sqlite and self.read_only:
                engine = sa.create_engine("sqlite://", creator=self._connect_read_only)
                sa.event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
            elif self.is_sqlite:
                assert self.path is not None
                self.path.parent.mkdir(parents=True, exist_ok=True)
                engine = sa.create_engine(self.url, connect_args={"timeout": 60})
                sa.event.listen(engine, "connect", sqlite_connect)
                sa.event.listen(engine, "begin", sqlite_begin)
            else:
                engine = sa.create_engine(self.url, pool_pre_ping=True)
            self._engine = engine
        return self._engine

    @property
    def read_only(self) -> bool:
        """A SQLite file this process cannot write, or in a folder it cannot write (read-only media, a
        mounted snapshot): opened read-only, so it can still be read."""
        p = self.path
        return (p is not None and p.exists()
                and not (os.access(p, os.W_OK) and os.access(p.parent, os.W_OK)))

    def _connect_read_only(self) -> sqlite3.Connection:
        """Read-only (``mode=ro``: no journal-mode change, no write lock, no folder made).

        SQLite cannot open a WAL database whose ``-shm`` is missing and cannot be made (read-only media):
        with nothing in the ``-wal`` it is opened ``immutable``; with committed data still in the ``-wal``
        (copied while a writer had it open) the two files are copied to a private temporary folder once
        and read there -- ``immutable`` would silently ignore that data."""
        assert self.path is not None
        from urllib.parse import quote

        def connect(path: Path, extra: str = "") -> sqlite3.Connection:
            conn = sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro{extra}", uri=True, timeout=60,
                                   isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA busy_timeout=60000")
            conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
            return conn

        try:
            return connect(self.path)
        except sqlite3.OperationalError:
            wal = Path(f"{self.path}-wal")
            if not (wal.exists() and wal.stat().st_size):
                return connect(self.path, "&immutable=1")
        with self._lock:
            copy = self._ro_copy
            if copy is None:
                import shutil
                import tempfile

                folder = Path(tempfile.mkdtemp(prefix="presscal-ro-"))
                copy = folder / self.path.name
                shutil.copyfile(self.path, copy)
                shutil.copyfile(wal, f"{copy}-wal")
                self._ro_copy = copy
        return connect(copy)

    @contextmanager
    def session(self) -> Iterator[Any]:
        """A SQLModel Session; commit yourself. On SQLite its transaction takes the write lock at once."""
        from sqlmodel import Session

        with Session(self.engine) as s:
            yield s

    def close(self) -> None:
        copy = self._ro_copy
        if copy is not None:  # the private copy of a read-only store with WAL content
            import shutil

            shutil.rmtree(copy.parent, ignore_errors=True)
            self._ro_copy = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None
        conn = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
            self._local.conn = None

    def _raw(self) -> sqlite3.Connection:
        conn = getattr(self._local, "conn", None)
        if conn is None:
            assert self.path is not None
            if self.read_only:
                conn = self._connect_read_only()
            else:
                conn = sqlite3.connect(self.path, timeout=60, isolation_level=None, check_same_thread=False)
            self._local.conn = conn
        return conn

    @contextmanager
    def _snapshot(self) -> Iterator[Any]:
        """A function ``run(sql, params) -> rows`` whose reads all see one snapshot."""
        if self.is_sqlite:
            conn = self._raw()
            conn.execute("BEGIN")
            try:
                yield lambda sql, params: conn.execute(
                    sql, {k: sqlite_param(v) for k, v in params.items()}).fetchall()
            finally:
                conn.execute("COMMIT")
            return
        import sqlalchemy as sa

        with self.engine.connect().execution_options(isolation_level="REPEATABLE READ") as c:
            yield lambda sql, params: [tuple(r) for r in c.execute(sa.text(sql), params)]

    def _query(self, statements: Iterable[tuple[str, dict[str, Any]]]) -> list[list[tuple]]:
        """Run read statements in one snapshot; returns one row list per statement."""
        with self._snapshot() as run:
            return [run(sql, params) for sql, params in statements]

    # ------------------------------------------------------------------ schema

    def revision(self) -> str | None:
        """The schema revision stored in the database (None: empty database)."""
        try:
            if self.is_sqlite:
                assert self.path is not None
                if not self.path.exists():
                    return None
                rows = self._query([("SELECT version_num FROM alembic_version", {})])[0]
            else:
                rows = self._query([("SELECT version_num FROM alembic_version", {})])[0]
        except Exception as e:  # no alembic_version table yet
            if "alembic_version" in str(e) or "no such table" in str(e) or "does not exist" in str(e):
                return None
            if type(e).__name__ in ("NoSuchModuleError", "ArgumentError"):  # e.g. postgresql+nodriver://
                raise UsageError(f"unsupported database URL {redact(self.url)!r}: {db_error(e)}") from None
            raise StoreError(f"cannot open the store {redact(self.url)}: {db_error(e)}") from e
        return rows[0][0] if rows else None

    def migrate(self) -> str:
        """Alembic ``upgrade head`` unless already there; one process at a time (lock), others wait."""
        head = head_revision()
        current = self.revision()
        if current == head:
            return head
        if self.is_sqlite and self.read_only:
            raise StoreError(f"{self.url} is read-only and its schema is at revision {current}, not {head}: "
                             "upgrade a writable copy with presscal db upgrade")
        from alembic import command
        from alembic.config import Config

        cfg = Config(str(PKG / "alembic.ini"))
        cfg.set_main_option("script_location", str(PKG / "migrations"))
        try:
            with self.engine.begin() as conn:  # SQLite: BEGIN IMMEDIATE serializes concurrent upgrades
                if not self.is_sqlite:
                    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(7270001)")
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
        except Exception as e:
            raise StoreError(f"cannot migrate the store {redact(self.url)}: {db_error(e)}") from e
        return head

    # ------------------------------------------------------------------ reading

    def _fetch(self, where: str, params: dict[str, Any]) -> list[tuple[EventRecord, dt.date | None, dt.date | None]]:
        """(record, start_date, end_date) of the events matching ``where``, sorted by (start_date, uid)."""
        cache = self._records
        with self._snapshot() as run:
            rows = run(f"SELECT {_EVENT_COLS} FROM event e WHERE {where}", params)
            cached = {r[0]: cache.get(r[0]) for r in rows}
            need = {r[0] for r in rows if (cached[r[0]] or (None,))[0] != r[14]}  # new or changed
            ids = sorted(need)
            srows = []
            for i in range(0, len(ids), 900):  # the sources of these events, by index, in chunks
                chunk = {f"i{j}": v for j, v in enumerate(ids[i:i + 900])}
                srows += run(f"SELECT {_SOURCE_COLS} FROM eventsource s JOIN document d ON d.id = s.document_id"
                             f" WHERE s.event_id IN ({', '.join(':' + k for k in chunk)})", chunk)
        sources: dict[int, list[SourceRef]] = {}
        for eid, source, url, published, evidence, es, ee, did in srows:
            sources.setdefault(eid, []).append(SourceRef(source, url, published, evidence, es, ee, did))
        for refs in sources.values():
            if len(refs) > 1:
                refs.sort(key=lambda s: (s.published or "", s.source, s.evidence_start or 0))
        built = {r[0]: (r[14], to_record(r, sources.get(r[0], ()))) for r in rows if r[0] in need}
        with self._lock:  # web apps read from several threads
            cache.update(built)
            while len(cache) > RECORD_CACHE:
                del cache[next(iter(cache))]
        out = [(_entry(built, cached, r[0]), as_date(r[17]), as_date(r[18])) for r in rows]
        out.sort(key=lambda x: (x[1] or dt.date.max, x[0].uid))
        return out

    def records(
        self,
        *,
        start: dt.date | None = None,
        end: dt.date | None = None,
        types: Iterable[str] | None = None,
        query: str | None = None,
        include_hidden: bool = False,
        hidden_since: dt.datetime | None = None,
        party: str | None = None,
    ) -> list[EventRecord]:
        """Events overlapping [start, end] (yearly days always), sorted by (start day, uid).

        Hidden events are left out unless ``include_hidden``; ``hidden_since`` adds those hidden at or
        after that moment (feeds list them as cancelled for a while). ``query`` matches title, place,
        participants and evidence, case-insensitively; ``party`` keeps one party's events (a name of
        :meth:`parties`)."""
        conds: list[str] = ["1=1"]
        params: dict[str, Any] = {}
        if start is not None or end is not None:
            window = []
            if start is not None:
                window.append("e.end_date >= :w_start")
                params["w_start"] = start
            if end is not None:
                window.append("e.start_date <= :w_end")
                params["w_end"] = end
            conds.append(f"(e.recurrence = 'yearly' OR ({' AND '.join(window)}))")
        type_filter(conds, params, types)
        if not include_hidden:
            if hidden_since is not None:
                conds.append("(e.hidden = :f OR e.hidden_at >= :since)")
                params["since"] = hidden_since
            else:
                conds.append("e.hidden = :f")
            params["f"] = False
        out = [r for r, _, _ in self._fetch(" AND ".join(conds), params)]
        if party is not None:
            out = [r for r in out if party in r.parties]
        if query:
            q = query.casefold()
            out = [r for r in out if q in haystack(r)]
        return out

    def record(self, id: int) -> EventRecord:
        """One event by id, hidden or not; a merged event answers with the event it was merged into."""
        if not 0 < id < 2**63:  # no row has such an id (and SQLite's driver cannot even bind it)
            raise NotFound(f"no event with id {id}")
        for _ in range(8):
            rows = self._query([("SELECT merged_into FROM event WHERE id = :id", {"id": id})])[0]
            if not rows:
                raise NotFound(f"no event with id {id}")
            if rows[0][0] is None:
                return self._fetch("e.id = :id", {"id": id})[0][0]
            id = rows[0][0]
        raise StoreError(f"event {id}: merge chain too long")

    def upcoming(self, *, today: dt.date, days: int = 30, types: Iterable[str] | None = None,
                 party: str | None = None, anniversaries: bool = False) -> list[Occurrence]:
        """Occurrences starting in [today, today + days), yearly days expanded (29 Feb → 28 Feb in
        common years), plus day-precise multi-day events already under way on ``today``; ``party``
        keeps one party's; ``anniversaries`` adds the anniversaries of signings and historic events
        falling in the window (``Occurrence.anniversary`` = the years, as in anniversaries.ics)."""
        if days < 1:
            return []
        until = today + dt.timedelta(days=days)
        starting = ["e.start_date >= :today AND e.start_date < :until AND e.hidden = :f"]
        params: dict[str, Any] = {"today": today, "until": until, "f": False}
        under_way = ["e.start_date >= :lb AND e.start_date < :today AND e.end_date >= :today",
                     "e.precision = 'day' AND e.hidden = :f"]
        uparams: dict[str, Any] = {"lb": today - dt.timedelta(days=UPCOMING_LOOKBACK), "today": today, "f": False}
        type_filter(starting, params, types)
        type_filter(under_way, uparams, types)
        out = [Occurrence(sd, ed if ed != sd else None, r)
               for where, p in ((starting, params), (under_way, uparams))
               for r, sd, ed in self._fetch(" AND ".join(where), p) if sd is not None]
        yconds = ["e.recurrence = 'yearly' AND e.hidden = :f"]
        yparams: dict[str, Any] = {"f": False}
        if days < 366:  # yearly days are stored in year 4: select the month-days the window covers
            a, z = in_year4(today), in_year4(until - dt.timedelta(days=1))
            if z == dt.date(YEARLY_YEAR, 2, 28):
                z = dt.date(YEARLY_YEAR, 2, 29)  # 29 February falls on the 28th in common years
            yconds.append("(e.start_date >= :a AND e.start_date <= :z)" if a <= z else
                          "(e.start_date >= :a OR e.start_date <= :z)")
            yparams.update(a=a, z=z)
        type_filter(yconds, yparams, types)
        last = until - dt.timedelta(days=1)
        for r, _, _ in self._fetch(" AND ".join(yconds), yparams):
            first, _ = span(r)
            if first is None:
                continue
            since = r.first_year or (first.year if first.year != YEARLY_YEAR else None)
            for d in yearly_days(first.month, first.day, today, last):
                if since is None or d.year >= since:
                    out.append(Occurrence(d, None, r))
        if anniversaries:
            out += self._anniversaries(today, last, types)
        if party is not None:
            out = [o for o in out if party in o.record.parties]
        out.sort(key=lambda o: (o.date, o.record.uid, o.anniversary or 0))
        return out

    def _anniversaries(self, first: dt.date, last: dt.date, types: Iterable[str] | None) -> list[Occurrence]:
        wanted = {"agreement", "commemoration"} & set(types if types is not None else EVENT_TYPES)
        if not wanted:
            return []
        found = anniversaries_between(self.records(types=wanted), first, last)
        if not found:
            return []
        from ..feeds.ru_numbers import anniversary_title  # pymorphy3: loaded only when there is one to name

        return [Occurrence(day, None, r, n, anniversary_title(n, name)) for day, n, name, r in found]

    def parties(self) -> list[tuple[str, str, int]]:
        """(party, slug, number of events) of every party that has a shown event, by name."""
        return region_list(self.records())

    def party(self, wanted: str) -> str:
        """The party a user names by its name (any case) or slug; a UsageError lists the known ones."""
        known = self.parties()
        found = party_by([p for p, _, _ in known], wanted)
        if found is None:
            names = "; ".join(f"{p} ({s})" for p, s, _ in known) or "none yet"
            raise UsageError(f"--party {wanted!r}: no events of such a party; parties: {names}")
        return found

    def version(self) -> str:
        """A cheap token that changes whenever an event, its sources or its corrections change."""
        (row,) = self._query([(
            "SELECT (SELECT max(id) FROM event), (SELECT max(updated_at) FROM event),"
            " (SELECT max(id) FROM correction), (SELECT max(id) FROM eventsource)", {})])[0]
        return "-".join("0" if v is None else str(v) for v in row).replace(" ", "T")

    def document(self, id: int) -> dict[str, Any]:
        """One stored document: source, url, lang, title, published, text (the web page shows it)."""
        rows = self._query([("SELECT id, source, url, lang, title, published, text FROM document WHERE id = :id",
                             {"id": id})])[0]
        if not rows:
            raise NotFound(f"no document with id {id}")
        return dict(zip(("id", "source", "url", "lang", "title", "published", "text"), rows[0], strict=True))

    def content_hashes(self, sources: list[str]) -> dict[str, str]:
        """The stored content hash of each of these sources that the store holds."""
        if not sources:
            return {}
        keys = {f"s{i}": s for i, s in enumerate(sources)}
        sql = f"SELECT source, content_hash FROM document WHERE source IN ({', '.join(':' + k for k in keys)})"
        return dict(self._query([(sql, keys)])[0])

    def counts(self) -> dict[str, int]:
        """Rows per table: documents, events, sources, corrections."""
        names = ("document", "event", "eventsource", "correction")
        sql = "SELECT " + ", ".join(f"(SELECT count(*) FROM {n})" for n in names)
        return dict(zip(names, self._query([(sql, {})])[0][0], strict=True))

    # ------------------------------------------------------------------ writing (writing.py, corrections.py)

    def add_document(self, result: Any, *, content_hash: str | None = None) -> Any:
        """Store one extracted DocumentResult and merge its events; returns the writer's outcome."""
        from . import writing as writer

        return writer.add_documents(self, [(result, content_hash)])[0]

    def edit(self, id: int, *, author: str | None = None, **fields: Any) -> EventRecord:
        """Correct fields (title, start, end, time, type, location, parties, hidden); a correction wins forever."""
        from .corrections import correct

        return correct(self, id, fields, author=author)

    def hide(self, id: int, *, author: str | None = None) -> EventRecord:
        return self.edit(id, hidden=True, author=author)

    def unhide(self, id: int, *, author: str | None = None) -> EventRecord:
        return self.edit(id, hidden=False, author=author)

    def merge(self, id: int, other: int, *, author: str | None = None) -> EventRecord:
        from .corrections import merge_events

        return merge_events(self, id, other, author=author)

    def corrections(self, id: int) -> list[tuple[str, str, dt.datetime | None, str | None]]:
        rows = self._query([("SELECT field, value, created_at, author FROM correction WHERE event_id = :id"
                             " ORDER BY id", {"id": id})])[0]
        return [(f, v, as_dt(c), a) for f, v, c, a in rows]


def _entry(built: dict[int, tuple[Any, EventRecord]], cached: dict[int, Any], id: int) -> EventRecord:
    entry = built.get(id) or cached[id]
    return entry[1]
