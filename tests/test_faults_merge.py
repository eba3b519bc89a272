"""Issue 13, point 11: the stored events do not depend on how the documents were cut into batches.

Each document is matched against the store as the documents before it left it (their sources written,
their events recomputed), on a real SQLite file and on PostgreSQL. Arrival order still matters: the
merge rule is greedy (see docs/reliability.md).
"""

from __future__ import annotations

import pytest

from scheduler.extraction.types import DocumentResult, Evidence, ExtractedEvent, Published
from scheduler.store import writing as writer
from scheduler.store.reading import open_store

from .conftest import PG_URL, need, port_open
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
