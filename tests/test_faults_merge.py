"""Issue 13, point 11: the stored events do not depend on how the documents were cut into batches, nor on
the order they came in.

Each document is matched against the store as the documents before it left it (their sources written,
their events recomputed), and the component its extractions touch is settled to the canonical merge of its
sources (scheduler/store/settling.py), on a real SQLite file and on PostgreSQL. The UID still records which
report came first (it never changes once written), so the comparison of orders leaves ids and UIDs out.
"""

from __future__ import annotations

import importlib.util
import itertools
import random
from pathlib import Path

import pytest

from scheduler.extraction.types import DocumentResult, Evidence, ExtractedEvent, Published
from scheduler.store import writing as writer
from scheduler.store.reading import open_store

from .conftest import PG_URL, ROOT, SEEDS, need, port_open
from .web_helpers import generated_documents

pytestmark = pytest.mark.faults
VISIT = "Визит делегации Курской области в Минск"


def doc(i: int, title: str, start: str) -> DocumentResult:
    ev = ExtractedEvent("visit", title, start, None, None, None, (), None, Evidence(0, len(title), title), None)
    return DocumentResult(source=f"visit/{i}.txt", text=f"{title}. Состоится {start}.", url=None,
                          published=Published("2025-01-15", "given"), events=(ev,), title=title)


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def fresh_url(request: pytest.FixtureRequest, tmp_path):  # noqa: ANN001, ANN201
    """A factory of empty stores: SQLite files, or PostgreSQL schemas dropped afterwards."""
    import uuid

    import sqlalchemy as sa

    schemas: list[str] = []
    if request.param == "postgres":
        need(port_open("127.0.0.1", 5432), "no PostgreSQL server answers at 127.0.0.1:5432")
    admin = sa.create_engine(PG_URL) if request.param == "postgres" else None

    def make() -> str:
        if admin is None:
            return f"sqlite:///{tmp_path / uuid.uuid4().hex[:8]}.db"
        schema = f"t_{uuid.uuid4().hex[:12]}"
        with admin.begin() as c:
            c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
        schemas.append(schema)
        return f"{PG_URL}?options=-csearch_path%3D{schema}"

    yield make
    if admin is not None:
        with admin.begin() as c:
            for schema in schemas:
                c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def stored(url: str, docs: list[DocumentResult], batch: int) -> list[tuple]:
    store = open_store(url)
    for i in range(0, len(docs), batch):
        writer.add_documents(store, [(d, None) for d in docs[i:i + batch]])
    return sorted((r.uid, r.type, r.title, r.start, r.end, r.sequence, len(r.sources)) for r in store.records())


def test_issue_13_a_month_then_two_days_merge_alike_in_one_batch_or_three(fresh_url) -> None:  # noqa: ANN001
    docs = [doc(1, VISIT, "2025-05"), doc(2, VISIT, "2025-05-12"), doc(3, VISIT, "2025-05-20")]
    one_by_one = stored(fresh_url(), docs, 1)
    together = stored(fresh_url(), docs, 3)
    assert together == one_by_one
    assert [(s, n) for _, _, _, s, _, _, n in one_by_one] == [("2025-05-12", 2), ("2025-05-20", 1)]


@pytest.mark.slow
def test_issue_13_a_generated_corpus_gives_the_same_events_for_any_batch_size(fresh_url) -> None:  # noqa: ANN001
    docs = generated_documents(150, 10, seed=7)
    docs += [doc(1000 + i, VISIT, f"2025-{m:02d}" if i % 3 == 0 else f"2025-{m:02d}-{10 + i % 7:02d}")
             for i, m in enumerate([5, 5, 5, 6, 6, 5, 6, 5, 5, 6, 6, 6])]
    results = [stored(fresh_url(), docs, size) for size in (1, 7, 200)]
    assert results[0] == results[1] == results[2]


def content(url: str, docs: list[DocumentResult], batch: int) -> list[tuple]:
    """The shown events' fields and sources (not their ids, UIDs, sequences or times)."""
    store = open_store(url)
    for i in range(0, len(docs), batch):
        writer.add_documents(store, [(d, None) for d in docs[i:i + batch]])
    out = sorted(((r.type, r.title, r.start, r.end, r.time, r.location, r.participants, r.parties, r.recurrence,
                   tuple(sorted((s.source, s.evidence_start or 0) for s in r.sources))) for r in store.records()),
                 key=repr)
    store.close()
    return out


def test_issue_13_three_reports_give_the_same_events_in_every_order(fresh_url) -> None:  # noqa: ANN001
    docs = [doc(1, VISIT, "2025-05"), doc(2, VISIT, "2025-05-12"), doc(3, VISIT, "2025-05-20")]
    results = {tuple(d.source for d in order): content(fresh_url(), list(order), 1)
               for order in itertools.permutations(docs)}
    assert len(set(map(tuple, results.values()))) == 1, results
    assert [(s, len(src)) for _, _, s, _, _, _, _, _, _, src in next(iter(results.values()))] == [
        ("2025-05-12", 2), ("2025-05-20", 1)]  # the month joins the first day in canonical order (published, source)


def test_issue_13_a_better_report_heads_the_announced_event_and_keeps_its_uid(fresh_url) -> None:  # noqa: ANN001
    url = fresh_url()
    store = open_store(url)
    writer.add_documents(store, [(doc(1, VISIT, "2025-05"), None), (doc(3, VISIT, "2025-05-20"), None)])
    before = {r.start: r.uid for r in store.records()}
    assert list(before) == ["2025-05-20"]  # the month joined the only day
    writer.add_documents(store, [(doc(2, VISIT, "2025-05-12"), None)])  # ranked first: the month moves to it
    after = {r.start: (r.uid, len(r.sources)) for r in store.records()}
    assert after["2025-05-20"] == (before["2025-05-20"], 1)
    assert after["2025-05-12"][1] == 2
    store.close()


def extracted(paths: list[str]) -> list[DocumentResult]:
    from scheduler.extraction import extract_paths

    docs = [d for d in extract_paths(paths) if isinstance(d, DocumentResult)]
    assert len(docs) == len(paths)
    return docs


@pytest.fixture(scope="module")
def corpus(shared_dir) -> list[DocumentResult]:  # noqa: ANN001
    """The seeds and the development set's texts, extracted once."""
    paths = sorted(str(p) for p in SEEDS.glob("*.txt")) + sorted(str(p) for p in (shared_dir / "eval" / "dev").glob("d*.txt"))
    docs = extracted(paths)
    assert sum(len(d.events) for d in docs) > 300
    return docs


@pytest.fixture(scope="module")
def bench_corpus(tmp_path_factory) -> list[DocumentResult]:  # noqa: ANN001
    """600 releases generated by bench/store.py (seeds varied: regions, cities, days, years), extracted once."""
    spec = importlib.util.spec_from_file_location("bench_store", ROOT / "bench" / "store.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    folder = tmp_path_factory.mktemp("bench-corpus")
    bench.generate(folder, 600)
    return extracted(sorted(str(p) for p in Path(folder).rglob("*.txt")))


def same_in_any_order(fresh_url, docs: list[DocumentResult]) -> list[tuple]:  # noqa: ANN001
    reference = content(fresh_url(), docs, 1)
    for seed, batch in ((1, 1), (2, 17), (3, 1000)):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert content(fresh_url(), shuffled, batch) == reference, (seed, batch)
    assert content(fresh_url(), docs[::-1], 1) == reference
    return reference


@pytest.mark.slow
def test_issue_13_a_real_corpus_gives_the_same_events_in_any_order_and_batching(fresh_url, corpus) -> None:  # noqa: ANN001
    assert len(same_in_any_order(fresh_url, corpus)) > 100


@pytest.mark.slow
def test_issue_13_generated_releases_give_the_same_events_in_any_order_and_batching(  # noqa: ANN201
        fresh_url, bench_corpus) -> None:  # noqa: ANN001
    reference = same_in_any_order(fresh_url, bench_corpus)
    assert len(reference) > 200 and sum(len(src) > 1 for *_, src in reference) > 50  # many reports merged


def test_issue_13_migration_0005_fills_the_buckets_of_an_existing_store(fresh_url) -> None:  # noqa: ANN001
    """A store written before the buckets existed keeps every row, and each source gets the type, days and
    bucket the writer gives it."""
    from alembic import command
    from alembic.config import Config

    from scheduler.store.reading import PKG

    url = fresh_url()
    store = open_store(url)
    docs = [doc(1, VISIT, "2025-05"), doc(2, VISIT, "2025-05-12"), doc(3, VISIT, "2025"), doc(4, VISIT, "2019/2021"),
            doc(5, "День Независимости", "XXXX-07-03"), doc(6, VISIT, "2025-12/2026-01")]
    writer.add_documents(store, [(d, None) for d in docs])
    query = "SELECT merge_key, type, start_date, end_date, bucket FROM eventsource ORDER BY merge_key"
    with store.engine.begin() as conn:
        written = [tuple(map(str, r)) for r in conn.exec_driver_sql(query)]
    assert [r[4] for r in sorted(written, key=lambda r: r[2])] == ["XXXX", "*", "2025", "2025-05", "2025-05", "202x"]
    cfg = Config(str(PKG / "alembic.ini"))
    cfg.set_main_option("script_location", str(PKG / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0004")
    store.close()
    again = open_store(url)
    assert again.revision() >= "0005"
    with again.engine.begin() as conn:
        assert [tuple(map(str, r)) for r in conn.exec_driver_sql(query)] == written
    again.close()
