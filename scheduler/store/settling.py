"""The settling merge (issue 13): the stored events are the canonical merge of their sources, whatever order
and batching the documents came in.

The canonical merge works on merge keys (an exact re-report shares its key, so all sources of a key are one
event's): each key is represented by its best source (as :func:`writing.recompute` ranks them: rank,
order_key, evidence_start, then the key), and the keys are taken in that order, best first; each joins the
*head* (the first key) of an earlier cluster when its days are compatible, the parties agree and the titles
are similar -- the most similar, ties to the earlier head -- else it heads a cluster of its own. That is a
function of the set of sources alone, and it splits along *components* (keys linked by compatible days and
similar titles), so only the component a document touches is ever re-derived.

Most extractions need no settling at all: a known key whose best source does not change moves nothing, and a
new key placed by the same rule (:func:`place`) among the heads ranked before it changes only itself, unless it
becomes a head that a later-ranked neighbour would rather join than stay where it is. The questions asked are
answered by index in a bounded range of days (``eventsource.bucket``, migration 0005): sources that contain an
extraction lie in one of the few buckets enclosing its own and start within them; sources it contains start
within its days.

Events a person corrected or merged by hand keep their sources: a component holding one is left as the
arrival order merged it, and so is one of more than ``COMPONENT_MAX`` keys.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from . import merging as M

COMPONENT_MAX = 400  # keys settled together; a larger component keeps the arrival order's merge
_FREE = ("SELECT id FROM event WHERE id = :e AND merged_into IS NULL"
         " AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.event_id = event.id)"
         " AND NOT EXISTS (SELECT 1 FROM event o WHERE o.merged_into = event.id)")


@dataclass(frozen=True, slots=True)
class Rep:
    """A merge key as the canonical merge sees it: its best source."""

    key: str
    order: tuple  # (rank, order_key, evidence_start, key): best first
    event_id: int
    canon: M.Canon
    regions: frozenset[str]  # M.russian_regions of its parties: what M.parties_agree compares


def key_rep(db: Any, key: str) -> Rep | None:
    """The best source of a merge key (read from ``ix_eventsource_key_best``), or None if it has none."""
    row = db.one("SELECT event_id, rank, order_key, evidence_start, extracted FROM eventsource WHERE merge_key = :k"
                 " ORDER BY rank, order_key, evidence_start LIMIT 1", k=key)
    if row is None:
        return None
    eid, rank, order_key, es, extracted = row
    ex = json.loads(extracted)
    remember(key, ex.get("title") or "")
    return rep_of(key, (rank, order_key, es, key), eid, ex)


def rep_of(key: str, order: tuple, event_id: int, ex: dict[str, Any]) -> Rep:
    c = M.canon(ex["type"], ex["title"], ex.get("start"), ex.get("end"), ex.get("recurrence"))
    return Rep(key, order, event_id, c, M.russian_regions(ex.get("parties") or ()))


def neighbour_keys(db: Any, c: M.Canon) -> set[str]:
    """The other merge keys with a source whose days nest with ``c``'s and whose title is similar: the keys come
    from the covering indexes alone (``ix_eventsource_bucket``, ``ix_eventsource_days``), their titles from
    :func:`title_of`."""
    if c.start_date is None or c.end_date is None:
        return set()
    if c.recurrence == "yearly":
        rows = db.all("SELECT DISTINCT merge_key FROM eventsource WHERE type = :t AND bucket = 'XXXX'"
                      " AND start_date = :a", t=c.type, a=c.start_date)
    else:
        chain = M.enclosing(M.bucket(c.start_date, c.end_date, None))
        names = ", ".join(f":b{i}" for i in range(len(chain)))
        rows = db.all(f"SELECT DISTINCT merge_key FROM eventsource WHERE type = :t AND bucket IN ({names})"
                      " AND start_date <= :a AND end_date >= :b", t=c.type, a=c.start_date, b=c.end_date,
                      **{f"b{i}": k for i, k in enumerate(chain)})
        rows += db.all("SELECT DISTINCT merge_key FROM eventsource WHERE type = :t AND start_date >= :a"
                       " AND start_date <= :b AND end_date <= :b", t=c.type, a=c.start_date, b=c.end_date)
    out = set()
    for (k,) in rows:
        if k != c.key and k not in out:
            title = title_of(db, k)
            if title and M.similar(c, title):
                out.add(k)
    return out


_TITLES: dict[str, str] = {}
TITLES_MAX = 100_000


def remember(key: str, title: str) -> None:
    """A merge key's title, for :func:`title_of`. The key is a hash of the title's stems, and likeness reads
    only the stems, so any source's title serves, in any store."""
    if len(_TITLES) >= TITLES_MAX:
        _TITLES.clear()
    _TITLES[key] = title


def title_of(db: Any, key: str) -> str | None:
    title = _TITLES.get(key)
    if title is None:
        extracted = db.scalar("SELECT extracted FROM eventsource WHERE merge_key = :k LIMIT 1", k=key)
        if extracted is None:
            return None
        title = json.loads(extracted).get("title") or ""
        remember(key, title)
    return title


def _near(a: M.Canon, b: M.Canon) -> bool:
    return a.type == b.type and M.compatible(a, b.start_date, b.end_date, b.recurrence) and bool(M.similar(a, b.title))


def _free(db: Any, eid: int) -> bool:
    return db.scalar(_FREE, e=eid) is not None


def head_key(db: Any, eid: int) -> str | None:
    """The first key of an event's sources in the canonical order."""
    return db.scalar("SELECT merge_key FROM eventsource WHERE event_id = :e"
                     " ORDER BY rank, order_key, evidence_start, merge_key LIMIT 1", e=eid)


def place(db: Any, c: M.Canon, parties: Iterable[str], order: tuple) -> tuple[int | None, bool] | None:
    """Where a new key goes in a settled store: the event of the head it joins (None: it heads a new one), and
    whether its component must then be settled (a later-ranked neighbour would rather join it).
    None when a neighbour's event was corrected or merged by hand: the caller matches greedily."""
    reps = [r for r in (key_rep(db, k) for k in sorted(neighbour_keys(db, c))) if r is not None and _near(c, r.canon)]
    if not reps:
        return None, False
    events = {r.event_id for r in reps}
    if not all(_free(db, e) for e in events):
        return None
    heads = {e: head_key(db, e) for e in events}
    regions = M.russian_regions(parties)
    by_key = {r.key: r for r in reps}
    best: tuple[float, tuple, int] | None = None
    for r in reps:
        if heads[r.event_id] == r.key and r.order < order and M.regions_agree(regions, r.regions):
            score = M.similar(c, r.canon.title)
            if best is None or score > best[0] or (score == best[0] and r.order < best[1]):
                best = (score, r.order, r.event_id)
    if best is not None:
        return best[2], False
    # it heads a cluster: settle only if a later-ranked neighbour would rather join it than stay where it is
    for r in reps:
        if r.order < order or not M.regions_agree(regions, r.regions):
            continue
        head = by_key.get(heads[r.event_id] or "") or key_rep(db, heads[r.event_id] or "")
        if head is None or head.key == r.key or head.order > order:
            return None, True  # a head itself, or in a cluster ranked after this key
        if not (M.compatible(r.canon, head.canon.start_date, head.canon.end_date, head.canon.recurrence)
                and M.regions_agree(r.regions, head.regions)):
            return None, True  # not where the rule would put it: settle
        mine, theirs = M.similar(r.canon, c.title), M.similar(r.canon, head.canon.title)
        if mine > theirs:
            return None, True
    return None, False


def component(db: Any, start: Iterable[M.Canon]) -> dict[str, Rep] | None:
    """The keys linked to ``start`` (extractions) by compatible days and similar titles; None when it holds
    an event a person corrected or merged, or more than ``COMPONENT_MAX`` keys."""
    found: dict[str, Rep] = {}
    queue: list[M.Canon] = []
    for c in start:
        r = key_rep(db, c.key)
        if r is not None and r.key not in found:
            found[r.key] = r
            queue.append(r.canon)
        elif r is None:
            queue.append(c)  # a key gone with a re-extracted document: its neighbours may move
    while queue:
        c = queue.pop()
        for k in sorted(neighbour_keys(db, c) - found.keys()):
            r = key_rep(db, k)
            if r is None or not _near(c, r.canon):
                continue
            found[k] = r
            queue.append(r.canon)
            if len(found) > COMPONENT_MAX:
                return None
    if not all(_free(db, e) for e in {r.event_id for r in found.values()}):
        return None
    return found


def clusters(reps: Iterable[Rep]) -> list[list[Rep]]:
    """The canonical merge: keys best first, each joining the most similar compatible head before it."""
    out: list[list[Rep]] = []
    for r in sorted(reps, key=lambda r: r.order):
        best: tuple[float, int] | None = None
        for i, cl in enumerate(out):
            h = cl[0]
            if h.canon.type != r.canon.type or not M.regions_agree(r.regions, h.regions):
                continue
            if not M.compatible(r.canon, h.canon.start_date, h.canon.end_date, h.canon.recurrence):
                continue
            score = M.similar(r.canon, h.canon.title)
            if score and (best is None or score > best[0]):
                best = (score, i)
        if best is None:
            out.append([r])
        else:
            out[best[1]].append(r)
    return out


def settle(db: Any, start: Iterable[M.Canon], new_event: Callable[[Rep], int]) -> set[int]:
    """Give the component of ``start`` its canonical merge: returns the events whose sources moved."""
    found = component(db, start)
    if not found or len(found) < 2:
        return set()
    groups = clusters(found.values())
    events = sorted({r.event_id for r in found.values()})
    homes = [{r.event_id for r in g} for g in groups]
    if all(len(h) == 1 for h in homes) and len(set().union(*homes)) == len(groups):
        return set()  # already canonical
    ids = ", ".join(str(e) for e in events)
    rows = db.all(f"SELECT id, event_id, merge_key, document_id, evidence_start FROM eventsource WHERE event_id IN ({ids})")
    if any(key not in found for _, _, key, _, _ in rows):
        return set()  # an event holding a key outside the component (should not happen): left as it is
    # an event stays with the cluster of its head, so its UID stays with what it showed; a cluster without one
    # takes another of its events, else the hidden event of its head's key, else a new one
    heads = {e: head_key(db, e) for e in events}
    home: dict[int, int] = {}  # cluster -> event
    for i, g in enumerate(groups):
        keys = {r.key for r in g}
        mine = [e for e in sorted({r.event_id for r in g}) if heads[e] in keys and e not in home.values()]
        if mine:
            home[i] = mine[0]
    for i, g in enumerate(groups):
        if i in home:
            continue
        spare = [e for e in sorted({r.event_id for r in g}) if e not in home.values()]
        eid = spare[0] if spare else db.scalar(
            "SELECT min(id) FROM event WHERE merge_key = :k AND hidden = :t AND merged_into IS NULL", k=g[0].key, t=True)
        if eid is None or eid in home.values() or (not spare and eid in events):
            eid = new_event(g[0])
        home[i] = eid
    target = {r.key: home[i] for i, g in enumerate(groups) for r in g}
    taken = set(home.values())
    # each row's event; two rows of one sentence landing in one event keep the smaller key (as a greedy match
    # skips the second extraction of a sentence that finds the same event)
    final: dict[tuple[int, int, int], tuple[str, int]] = {}
    drop: list[int] = []
    for sid, _, key, doc, es in sorted(rows, key=lambda r: (r[2], r[0])):
        slot = (target[key], doc, es)
        if slot in final:
            drop.append(sid)
        else:
            final[slot] = (key, sid)
    where = {r[0]: (r[1], r[3], r[4]) for r in rows}
    moving = {sid: slot[0] for slot, (_, sid) in final.items() if slot[0] != where[sid][0]}
    moved: set[int] = {where[sid][0] for sid in drop}
    if drop:
        db.run(f"DELETE FROM eventsource WHERE id IN ({', '.join(map(str, drop))})")
        for sid in drop:
            del where[sid]
    # move in rounds into free slots (a swap of two rows of one sentence between two events cannot be done)
    occupied = set(where.values())
    while moving:
        ready: dict[int, list[int]] = {}
        for sid, eid in moving.items():
            _, doc, es = where[sid]
            if (eid, doc, es) not in occupied:
                ready.setdefault(eid, []).append(sid)
        if not ready:
            break
        for eid, sids in ready.items():
            db.run(f"UPDATE eventsource SET event_id = :e WHERE id IN ({', '.join(map(str, sids))})", e=eid)
            for sid in sids:
                old, doc, es = where[sid]
                occupied.discard((old, doc, es))
                occupied.add((eid, doc, es))
                where[sid] = (eid, doc, es)
                moved |= {old, eid}
                del moving[sid]
    return moved | {e for e in events if e not in taken}
