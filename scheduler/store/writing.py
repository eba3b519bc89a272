"""Write transactions of the store: documents in, events matched, merged and recomputed.

Every write runs in one transaction that holds the store's write lock (SQLite: ``BEGIN IMMEDIATE``;
PostgreSQL: a transaction-level advisory lock), retried on lock timeouts and conflicts, so concurrent
``ingest`` processes never duplicate an event or lose a document, and a killed process leaves only
whole batches behind. An event's fields are always recomputed by :func:`recompute` from its sources
(best precision first) with the corrections applied last, so a correction survives any re-ingest.
Where an extraction goes is settled (scheduler/store/settling.py): the events are the canonical merge of their
sources, whatever order and batching the documents came in.
The hot path speaks DB-API directly (``_Db``): SQLAlchemy statement building cost more than SQLite.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import re
import time
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from sqlalchemy.exc import IntegrityError, OperationalError

from .. import __version__
from ..errors import StoreError
from ..rules.parties import merge_parties
from . import merging as M
from . import settling as S
from .to_records import UTC, as_date, sqlite_param

RETRIES = 12
PG_WRITE_LOCK = 7270002
TOP_SOURCES = 20  # the best-ranked sources an event's fields (places, participants) are read from
PUBLISHED = ("type", "title", "start", "end", "time", "location", "participants", "recurrence",
             "first_year", "base", "parties")
_EV_COLS = 'type, title, start, "end", "time", location, participants, recurrence, first_year, base, parties'


def utcnow() -> dt.datetime:
    return dt.datetime.now(UTC)


def text_hash(text: str, published: str | None = None) -> str:
    """The document hash: of its decoded text, the publication date the caller gave (if any) and the
    presscal version, so that an upgraded extractor reads every document again on the next ingest."""
    key = f"{text}\0{published or ''}\0{__version__}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def transact(store: Any, fn: Callable[[Any], Any]) -> Any:
    """Run ``fn(conn)`` in one write transaction, retrying on lock timeouts and conflicts."""
    for attempt in range(RETRIES):
        try:
            with store.engine.begin() as conn:
                if not store.is_sqlite:
                    conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({PG_WRITE_LOCK})")
                return fn(conn)
        except (OperationalError, IntegrityError) as e:
            if attempt == RETRIES - 1:
                from .connection import db_error, redact

                raise StoreError(f"write to {redact(store.url)} failed after {RETRIES} attempts: {db_error(e)}") from e
            time.sleep(min(2.0, 0.05 * 2**attempt) * (0.5 + random.random()))
    raise AssertionError("unreachable")


@lru_cache(maxsize=256)
def _pg(sql: str) -> str:
    return re.sub(r"(?<![:\w]):(\w+)", r"%(\1)s", sql)


class Db:
    """The DB-API cursor of a transaction's connection, with ``:name`` parameters on both drivers."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"
        self.cur = conn.connection.dbapi_connection.cursor()

    def _run(self, sql: str, p: dict[str, Any]) -> Any:
        if self.sqlite:
            return self.cur.execute(sql, {k: sqlite_param(v) for k, v in p.items()})
        return self.cur.execute(_pg(sql), p)

    def all(self, sql: str, **p: Any) -> list[tuple]:
        self._run(sql, p)
        return list(self.cur.fetchall())

    def one(self, sql: str, **p: Any) -> tuple | None:
        self._run(sql, p)
        return self.cur.fetchone()

    def scalar(self, sql: str, **p: Any) -> Any:
        row = self.one(sql, **p)
        return row[0] if row else None

    def run(self, sql: str, **p: Any) -> None:
        self._run(sql, p)

    def many(self, sql: str, rows: list[dict[str, Any]]) -> None:
        if self.sqlite:
            self.cur.executemany(sql, [{k: sqlite_param(v) for k, v in r.items()} for r in rows])
        else:
            self.cur.executemany(_pg(sql), rows)


# ---------------------------------------------------------------------- documents


def add_documents(store: Any, items: Sequence[tuple[Any, str | None]], *, now: dt.datetime | None = None
                  ) -> list[tuple[str, int]]:
    """Store DocumentResults (with their text hash, or None to compute it) in one transaction.

    Returns one ``(status, events)`` per item: status is new, updated or unchanged."""
    return transact(store, lambda conn: _Batch(Db(conn), now or utcnow()).run(items))


_INS_DOC = ("INSERT INTO document (source, url, content_hash, lang, title, published, published_how,"
            " published_evidence, text, extractor_version, ingested_at, updated_at) VALUES (:source, :url,"
            " :content_hash, :lang, :title, :published, :published_how, :published_evidence, :text, :version, :now, :now)"
            " RETURNING id")
_UPD_DOC = ("UPDATE document SET url = :url, content_hash = :content_hash, lang = :lang, title = :title,"
            " published = :published, published_how = :published_how, published_evidence = :published_evidence,"
            " text = :text, extractor_version = :version, updated_at = :now WHERE id = :id")
_INS_SRC = ("INSERT INTO eventsource (event_id, document_id, merge_key, rank, order_key, evidence_start,"
            " evidence_end, evidence, extracted, type, start_date, end_date, bucket) VALUES (:event_id, :document_id,"
            " :merge_key, :rank, :order_key, :evidence_start, :evidence_end, :evidence, :extracted, :type,"
            " :start_date, :end_date, :bucket)")
_INS_EVENT = (f"INSERT INTO event (uid, merge_key, {_EV_COLS}, start_date, end_date, precision, hidden, sequence,"
              " content_hash, created_at, updated_at) VALUES (:uid, :merge_key, :type, :title, :start, :end, :time,"
              " :location, :participants, :recurrence, :first_year, :base, :parties, :start_date, :end_date, :precision,"
              " :hidden, 0, :content_hash, :now, :now) RETURNING id")


def settling() -> bool:
    """Whether writes settle the merge (issue 13); ``PRESSCAL_SETTLE=0`` matches greedily in arrival order, as
    before -- kept so that bench/store.py can measure both sides in one run."""
    return os.environ.get("PRESSCAL_SETTLE", "1") != "0"


class _Batch:
    """One write transaction: documents in, sources attached, touched events recomputed once at the end."""

    def __init__(self, db: Db, now: dt.datetime) -> None:
        self.db, self.now = db, now
        self.affected: set[int] = set()  # events to recompute when the current document is settled
        self.fresh: set[int] = set()  # events inserted by this batch with their final fields and one source
        self.rows: list[dict[str, Any]] = []  # eventsource rows to insert
        self.settling = settling()
        self.unsettled: list[M.Canon] = []  # extractions of the current document whose component may change
        self.created: set[int] = set()  # events the current document created

    def flush_sources(self) -> None:
        if self.rows:
            self.db.many(_INS_SRC, self.rows)
            self.rows = []

    def run(self, items: Sequence[tuple[Any, str | None]]) -> list[tuple[str, int]]:
        """Each document is matched against the store as the documents before it left it -- their sources
        written and the events they touched recomputed -- so the stored events do not depend on how the
        documents were cut into batches (issue 13: 6,348 against 6,356 events for two --batch-size values)."""
        out = []
        for r, h in items:
            self.created.clear()
            out.append(self._add(r, h or text_hash(r.text)))
            self.settle()
            if self.unsettled:  # per document, so SEQUENCE counts the same in any batching
                moved = S.settle(self.db, self.unsettled, self._new_event)
                self.unsettled = []
                for eid in sorted(moved):
                    if eid in self.created and self.db.scalar(
                            "SELECT 1 FROM eventsource WHERE event_id = :e LIMIT 1", e=eid) is None:
                        self.db.run("DELETE FROM event WHERE id = :e", e=eid)  # never seen outside this document
                    else:
                        recompute(self.db, eid, self.now)
                self.fresh -= moved
        return out

    def _new_event(self, head: S.Rep) -> int:
        """An event for a settled cluster none of whose events is free: its head's best source's fields."""
        doc, es, extracted = self.db.one(
            "SELECT document_id, evidence_start, extracted FROM eventsource WHERE merge_key = :k"
            " ORDER BY rank, order_key, evidence_start LIMIT 1", k=head.key) or (0, 0, "{}")
        return _insert_event(self.db, head.canon, json.loads(extracted), doc, es, self.now, unique=True)

    def _place(self, c: M.Canon, parties: Sequence[str], order: tuple) -> int | None:
        """The event an extraction joins in a settled store (None: a new one), noting when its component must
        be settled afterwards (settling.place)."""
        db = self.db
        row = db.one("SELECT event_id, rank, order_key, evidence_start FROM eventsource WHERE merge_key = :k"
                     " ORDER BY rank, order_key, evidence_start LIMIT 1", k=c.key)
        if row is not None:  # a known key: its event; a better source may move it in the canonical order
            if order < (*row[1:], c.key):
                self.unsettled.append(c)
            return row[0]
        eid = db.scalar("SELECT min(id) FROM event WHERE merge_key = :k", k=c.key)  # an orphan found again
        if eid is not None or c.start_date is None:
            if eid is not None:
                self.unsettled.append(c)
            return eid
        got = S.place(db, c, parties, order)
        if got is None:  # near an event a person corrected or merged: matched as before, not settled
            return _match(db, c, parties)
        eid, unsettled = got
        if unsettled:
            self.unsettled.append(c)
        return eid

    def settle(self) -> None:
        """Write the pending sources and recompute the events they touched (still in this transaction)."""
        self.flush_sources()
        for eid in sorted(self.affected):
            recompute(self.db, eid, self.now)
        self.affected.clear()

    def _add(self, result: Any, h: str) -> tuple[str, int]:
        db = self.db
        row = db.one("SELECT id, content_hash FROM document WHERE source = :s", s=result.source)
        if row is not None and row[1] == h:
            return "unchanged", 0
        pub = result.published
        fields = dict(url=result.url, content_hash=h, lang=result.lang, title=result.title,
                      published=pub.value if pub else None, published_how=pub.how if pub else None,
                      published_evidence=pub.evidence if pub else None, text=result.text, now=self.now)
        old: dict[str, int] = {}
        if row is not None:
            doc_id, status = row[0], "updated"
            db.run(_UPD_DOC, id=doc_id, version=__version__, **fields)
            self.flush_sources()
            for key, eid, extracted in db.all(
                    "SELECT merge_key, event_id, extracted FROM eventsource WHERE document_id = :d", d=doc_id):
                old.setdefault(key, eid)
                self.affected.add(eid)
                if self.settling:  # its components may change when these sources go
                    x = json.loads(extracted)
                    self.unsettled.append(M.canon(x["type"], x["title"], x.get("start"), x.get("end"),
                                                  x.get("recurrence")))
            db.run("DELETE FROM eventsource WHERE document_id = :d", d=doc_id)
            self.affected |= self.fresh
            self.fresh.clear()
        else:
            status = "new"
            doc_id = db.scalar(_INS_DOC, source=result.source, version=__version__, **fields)
        seen: set[tuple[int, int]] = set()
        order_key = f"{pub.value if pub else ''} {result.source}"
        for ev in result.events:
            ex = ev.to_dict()
            c = M.canon(ev.type, ev.title, ev.start, ev.end, ev.recurrence)
            es = ev.evidence.start if ev.evidence else 0
            rank = _rank(ex)
            eid = old.get(c.key)
            if eid is not None:
                if self.settling:
                    self.unsettled.append(c)
            elif self.settling:
                eid = self._place(c, ev.parties, (rank, order_key, es, c.key))
            else:
                eid = _match(db, c, ev.parties)
            if eid is not None:
                eid = _follow(db, eid)
                self.affected.add(eid)
                self.fresh.discard(eid)
            else:
                eid = _insert_event(db, c, ex, doc_id, es, self.now)
                self.fresh.add(eid)
                self.created.add(eid)
            if (eid, es) in seen:
                continue
            seen.add((eid, es))
            self.rows.append(dict(
                event_id=eid, document_id=doc_id, merge_key=c.key, rank=rank, order_key=order_key,
                evidence_start=es,
                evidence_end=ev.evidence.end if ev.evidence else 0,
                evidence=ev.evidence.text if ev.evidence else "", extracted=json.dumps(ex, ensure_ascii=False),
                type=c.type, start_date=c.start_date, end_date=c.end_date,
                bucket=M.bucket(c.start_date, c.end_date, c.recurrence)))
            if self.settling:  # the next extraction of this document is placed among it
                self.flush_sources()
                S.remember(c.key, ev.title)
        return status, len(result.events)


_CAND = "SELECT id, title, start_date, end_date, recurrence, parties FROM event WHERE type = :t"


def _match(db: Db, c: M.Canon, parties: Sequence[str] = ()) -> int | None:
    """The stored event an extracted one belongs to, by the merge rule of scheduler/store/merging.py
    (similar titles, compatible dates, and parties that do not name two different Russian regions)."""
    eid = db.scalar("SELECT min(event_id) FROM eventsource WHERE merge_key = :k", k=c.key)
    if eid is not None:
        return eid
    eid = db.scalar("SELECT min(id) FROM event WHERE merge_key = :k", k=c.key)
    if eid is not None or c.start_date is None or c.end_date is None:
        return eid
    if c.recurrence == "yearly":
        rows = db.all(_CAND + " AND recurrence = 'yearly' AND start_date = :sd", t=c.type, sd=c.start_date)
    else:
        sd = c.start_date
        days = dict(d0=sd, d1=sd.replace(day=1), d2=sd.replace(month=1, day=1))  # same day, its month, its year
        same = "start_date IN (:d0, :d1, :d2)"
        if c.end_date > sd:  # a coarse or multi-day event contains finer ones
            rows = db.all(_CAND + f" AND ({same} OR (start_date > :sd AND start_date <= :ed AND end_date <= :ed"
                          " AND recurrence IS NULL))", t=c.type, sd=sd, ed=c.end_date, **days)
        else:
            rows = db.all(_CAND + f" AND {same}", t=c.type, **days)
    best: tuple[float, int] | None = None
    for rid, title, rs, re_, rec, stored_parties in rows:
        if not M.compatible(c, as_date(rs), as_date(re_), rec):
            continue
        if not M.parties_agree(parties, json.loads(stored_parties or "[]")):
            continue
        score = M.similar(c, title)
        if score and (best is None or (score, -rid) > (best[0], -best[1])):
            best = (score, rid)
    return best[1] if best else None


def _follow(db: Db, eid: int) -> int:
    for _ in range(16):
        nxt = db.scalar("SELECT merged_into FROM event WHERE id = :id", id=eid)
        if nxt is None:
            return eid
        eid = nxt
    raise StoreError(f"event {eid}: merge chain too long")


def _insert_event(db: Db, c: M.Canon, ex: dict[str, Any], doc_id: int, es: int, now: dt.datetime,
                  unique: bool = False) -> int:
    """A new event, with the fields and hash :func:`recompute` would give it for this one source (``unique``:
    a UID already taken -- by an event a settled merge emptied -- gets a suffix)."""
    f, c = _fields([ex], {}, [])
    uid = M.make_uid(c.key)
    n = 1
    while unique and db.scalar("SELECT id FROM event WHERE uid = :u", u=uid) is not None:
        n += 1
        uid = M.make_uid(hashlib.sha1(f"{c.key}|{n}".encode()).hexdigest())
    return db.scalar(_INS_EVENT, uid=uid, merge_key=c.key, start_date=c.start_date,
                     end_date=c.end_date, precision=c.precision, hidden=False,
                     content_hash=_hash(f, False, None, (1, doc_id, es, 0)), now=now,
                     **_json_lists(f))


# ---------------------------------------------------------------------- canonical fields


def _fields(exs: list[dict[str, Any]], base: dict[str, Any], corrections: list[tuple[str, Any]]
            ) -> tuple[dict[str, Any], M.Canon]:
    """An event's published fields: the best-ranked extraction (``exs`` come best first), places and
    times filled from the others, participants and parties united; then the corrections, in order."""
    f = dict(base)
    if exs:
        f.update({k: exs[0].get(k) for k in PUBLISHED if k not in ("participants", "parties")})
        f["participants"] = list(dict.fromkeys(p for x in exs for p in x.get("participants") or ()))
        f["parties"] = merge_parties(x.get("parties") or () for x in exs)
        for k in ("location", "time"):
            f[k] = f[k] or next((x[k] for x in exs if x.get(k)), None)
    f.setdefault("parties", [])
    for field, v in corrections:
        if field in PUBLISHED:
            f[field] = v
    c = M.canon(f["type"], f["title"], f["start"], f["end"], f["recurrence"])
    f["recurrence"] = c.recurrence
    return f, c


def _hash(f: dict[str, Any], hidden: bool, merged: int | None, agg: tuple[int, ...]) -> str:
    return M.content_hash({**f, "hidden": hidden, "merged_into": merged, "sources": list(agg)})


def recompute(db: Db, eid: int, now: dt.datetime) -> bool:
    """Rebuild an event from its sources and corrections; bump sequence only on a real change."""
    row = db.one(f"SELECT {_EV_COLS}, content_hash, sequence, hidden_at FROM event WHERE id = :id", id=eid)
    if row is None:
        raise StoreError(f"no event with id {eid}")
    base = dict(zip(PUBLISHED, row[:11], strict=True))
    base["participants"] = json.loads(base["participants"] or "[]")
    base["parties"] = json.loads(base["parties"] or "[]")
    stored_hash, sequence, hidden_at = row[11:]
    exs = [json.loads(x) for (x,) in db.all(
        "SELECT extracted FROM eventsource WHERE event_id = :id ORDER BY rank, order_key, evidence_start LIMIT :n",
        id=eid, n=TOP_SOURCES)]
    # max(id): a re-extracted document gets new source rows, so its new evidence or date is a change too
    n, docs, starts, last = db.one(
        "SELECT count(*), sum(document_id), sum(evidence_start), max(id) FROM eventsource WHERE event_id = :id",
        id=eid) or (0, 0, 0, 0)
    agg = (int(n or 0), int(docs or 0), int(starts or 0), int(last or 0))
    corrections = [(field, json.loads(value)) for field, value in db.all(
        "SELECT field, value FROM correction WHERE event_id = :id ORDER BY id", id=eid)]
    f, c = _fields(exs, base, corrections)
    hidden: bool | None = None
    merged: int | None = None
    for field, v in corrections:
        if field == "hidden":
            hidden = bool(v)
        elif field == "merged_into":
            merged = v
    hidden = True if merged is not None else (hidden if hidden is not None else not exs)
    h = _hash(f, hidden, merged, agg)
    if h == stored_hash:
        return False
    db.run(f"UPDATE event SET ({_EV_COLS}, start_date, end_date, precision, hidden, merged_into, hidden_at,"
           " content_hash, updated_at, sequence) = (:type, :title, :start, :end, :time, :location, :participants,"
           " :recurrence, :first_year, :base, :parties, :start_date, :end_date, :precision, :hidden, :merged_into,"
           " :hidden_at, :content_hash, :now, :sequence) WHERE id = :id",
           id=eid, start_date=c.start_date, end_date=c.end_date, precision=c.precision, hidden=hidden,
           merged_into=merged, hidden_at=(hidden_at or now) if hidden else None, content_hash=h, now=now,
           sequence=sequence + 1, **_json_lists(f))
    return True


def _json_lists(f: dict[str, Any]) -> dict[str, Any]:
    """The fields as stored: participants and parties as JSON lists."""
    return dict(f, participants=json.dumps(f["participants"], ensure_ascii=False),
                parties=json.dumps(f.get("parties") or [], ensure_ascii=False))


def _rank(x: dict[str, Any]) -> int:
    """0 is best: precision first (day > month > year), then a time, then a place."""
    _, _, precision = M.date_range(x.get("start"), x.get("end"))
    return 15 - (M.PRECISION_RANK[precision] * 4 + 2 * bool(x.get("time")) + bool(x.get("location")))
