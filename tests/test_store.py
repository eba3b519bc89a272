"""The store on a real SQLite file and on PostgreSQL: records, upcoming, version, corrections, merging."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler.errors import NotFound, UsageError
from scheduler.extraction.types import DocumentResult, Evidence, ExtractedEvent, Published
from scheduler.store.reading import Store, head_revision, open_store
from scheduler.store.to_records import UTC

D = dt.date


def ev(type_: str, title: str, start: str | None, at: int = 0, **kw: object) -> ExtractedEvent:
    return ExtractedEvent(type_, title, start, evidence=Evidence(at, at + 10, f"{title} ({start})"), **kw)


def doc(source: str, *events: ExtractedEvent, text: str = "", published: str = "2022-06-01",
        lang: str = "ru") -> DocumentResult:
    return DocumentResult(source=source, text=text or f"text of {source}", lang=lang,
                          published=Published(published, "given"), events=events,
                          url=f"https://example.org/{source}")


@pytest.fixture
def store(db_url: str) -> Store:
    s = open_store(db_url)
    yield s
    s.close()


UNITY_RU = ev("commemoration", "День единения народов Беларуси и России", "XXXX-04-02", recurrence="yearly")
UNITY_BE = ev("commemoration", "Дзень яднання народаў Беларусі і Расіі", "XXXX-04-02", recurrence="yearly")


def test_schema_is_at_head_and_reopening_is_a_no_op(store: Store) -> None:
    assert store.revision() == head_revision()
    again = open_store(store.url)
    assert again.revision() == head_revision()
    again.close()


def test_add_document_is_idempotent_by_content_hash(store: Store) -> None:
    d = doc("a.txt", ev("visit", "Визит делегации Курской области в Минск", "2022-06-09"))
    assert store.add_document(d) == ("new", 1)
    v = store.version()
    assert store.add_document(d) == ("unchanged", 0)
    assert store.version() == v
    assert store.counts()["document"] == 1 and store.counts()["event"] == 1


def test_ru_and_be_versions_of_one_release_become_one_event(store: Store) -> None:
    store.add_document(doc("ru.txt", UNITY_RU))
    store.add_document(doc("be.txt", UNITY_BE, lang="be"))
    (r,) = store.records()
    assert [s.source for s in r.sources] == ["be.txt", "ru.txt"]
    assert r.recurrence == "yearly"


def test_announced_then_reported_visit_merges_and_keeps_its_uid(store: Store) -> None:
    store.add_document(doc("announce.txt", ev("visit", "Визит делегации Курской области в Минск", "2022-06"),
                           published="2022-05-20"))
    (first,) = store.records()
    store.add_document(doc("report.txt", ev("visit", "Визит курской делегации в Минск", "2022-06-09",
                                            location="Минск"), published="2022-06-10"))
    (r,) = store.records()
    assert r.uid == first.uid and r.id == first.id
    assert r.start == "2022-06-09"  # the more precise source wins
    assert r.location == "Минск" and len(r.sources) == 2
    assert r.sequence == first.sequence + 1


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (ev("visit", "Визит делегации Курской области", "2022-06-09"), ev("meeting", "Визит делегации Курской области", "2022-06-09")),
        (ev("visit", "Визит делегации Курской области", "2022-06-09"), ev("visit", "Визит делегации Курской области", "2022-06-10")),
        (ev("fair", "Коренская ярмарка", "2022-06"), ev("fair", "Фестиваль народного творчества", "2022-06-10")),
        (UNITY_RU, ev("commemoration", "День Победы", "XXXX-05-09", recurrence="yearly")),
    ],
    ids=["other-type", "other-day", "other-title", "other-yearly-day"],
)
def test_different_events_stay_apart(store: Store, a: ExtractedEvent, b: ExtractedEvent) -> None:
    store.add_document(doc("a.txt", a))
    store.add_document(doc("b.txt", b))
    assert len(store.records()) == 2


def test_records_window_types_query_and_sorting(store: Store) -> None:
    store.add_document(doc("a.txt", ev("meeting", "Заседание рабочей группы", "2022-10-20", 0),
                           ev("plan", "План мероприятий", "2023", 20, end="2025"),
                           ev("fair", "Коренская ярмарка", "2022-06-07", 40, end="2022-06-10"), UNITY_RU))
    titles = [r.title for r in store.records(start=D(2022, 6, 10), end=D(2022, 12, 31))]
    assert titles == [UNITY_RU.title, "Коренская ярмарка", "Заседание рабочей группы"]
    assert [r.title for r in store.records(start=D(2024, 5, 1), end=D(2024, 5, 1))] == [UNITY_RU.title, "План мероприятий"]
    assert [r.type for r in store.records(types=["plan", "fair"])] == ["fair", "plan"]
    assert [r.title for r in store.records(query="ЯРМАРКА")] == ["Коренская ярмарка"]
    assert store.records(types=[]) == []
    r = store.records()[0]
    assert r.created is not None and r.created.tzinfo is not None and r.last_modified.utcoffset() == dt.timedelta(0)


def test_upcoming_expands_yearly_days_and_29_february(store: Store) -> None:
    store.add_document(doc("a.txt", UNITY_RU,
                           ev("commemoration", "День високосного года", "XXXX-02-29", 20, recurrence="yearly"),
                           ev("agreement", "Подписание Договора о Сообществе", "1996-04-02", 40, recurrence="yearly"),
                           ev("meeting", "Заседание рабочей группы", "2027-04-02", 60),
                           ev("fair", "Ярмарка", "2027-03-30", 80, end="2027-04-03"),
                           ev("visit", "Визит", "2027-03", 100)))
    occ = store.upcoming(today=D(2027, 4, 1), days=366)
    assert [o.date for o in occ] == sorted(o.date for o in occ)
    dates = {(o.date, o.record.title) for o in occ}
    assert (D(2027, 4, 2), UNITY_RU.title) in dates
    assert (D(2028, 2, 29), "День високосного года") in dates  # 2028 is a leap year
    assert (D(2027, 4, 2), "Подписание Договора о Сообществе") in dates
    assert (D(2027, 4, 2), "Заседание рабочей группы") in dates
    assert (D(2027, 3, 30), "Ярмарка") in dates  # under way on the first day
    assert all(t != "Визит" for _, t in dates)  # month precision, began before the window
    occ = store.upcoming(today=D(2026, 2, 1), days=30)
    assert [(o.date, o.record.title) for o in occ] == [(D(2026, 2, 28), "День високосного года")]
    old = store.upcoming(today=D(1990, 1, 1), days=365)
    assert "Подписание Договора о Сообществе" not in {o.record.title for o in old}  # not before its first year
    assert store.upcoming(today=D(2027, 4, 1), days=5, types=["fair"])[0].end == D(2027, 4, 3)


def test_correction_is_recorded_bumps_sequence_and_survives_reextraction(store: Store) -> None:
    e = ev("visit", "Визит делегации Курской области в Минск", "2022-06-09")
    store.add_document(doc("a.txt", e))
    (r0,) = store.records()
    v0 = store.version()
    r1 = store.edit(r0.id, title="Визит губернатора Курской области", location="Минск")
    assert (r1.title, r1.location, r1.uid, r1.sequence) == ("Визит губернатора Курской области", "Минск", r0.uid, r0.sequence + 1)
    assert store.version() != v0
    assert store.edit(r0.id, title="Визит губернатора Курской области").sequence == r1.sequence  # no real change
    assert len(store.corrections(r0.id)) == 2
    # the document changes and is re-extracted: the correction still wins
    assert store.add_document(doc("a.txt", e, ev("meeting", "Переговоры", "2022-06-09", 30), text="changed"))[0] == "updated"
    r2 = store.record(r0.id)
    assert (r2.title, r2.location, r2.uid) == ("Визит губернатора Курской области", "Минск", r0.uid)


def test_hide_unhide_and_orphaned_events(store: Store) -> None:
    store.add_document(doc("a.txt", ev("visit", "Визит", "2022-06-09"), ev("meeting", "Заседание", "2022-06-10", 20)))
    visit, meeting = store.records()
    since = dt.datetime.now(UTC) - dt.timedelta(seconds=5)
    assert store.hide(visit.id).hidden
    assert [r.id for r in store.records()] == [meeting.id]
    assert [r.id for r in store.records(hidden_since=since)] == [visit.id, meeting.id]
    assert store.record(visit.id).hidden_at is not None
    assert not store.unhide(visit.id).hidden
    # a re-extraction no longer finds the meeting: it is hidden (feeds cancel it), not deleted
    store.add_document(doc("a.txt", ev("visit", "Визит", "2022-06-09"), text="changed"))
    assert store.record(meeting.id).hidden and store.record(meeting.id).sources == ()
    assert not store.record(visit.id).hidden


def test_merge_moves_sources_and_survives_reingest(store: Store) -> None:
    store.add_document(doc("a.txt", ev("visit", "Визит делегации", "2022-06-09")))
    store.add_document(doc("b.txt", ev("meeting", "Переговоры губернатора", "2022-06-09")))
    a, b = sorted(store.records(), key=lambda r: r.id)
    merged = store.merge(a.id, b.id)
    assert {s.source for s in merged.sources} == {"a.txt", "b.txt"}
    assert store.record(b.id).id == a.id  # a merged event answers with its target
    assert [r.id for r in store.records()] == [a.id]
    store.add_document(doc("b.txt", ev("meeting", "Переговоры губернатора", "2022-06-09"), text="b changed"))
    assert [r.id for r in store.records()] == [a.id]
    assert {s.source for s in store.record(a.id).sources} == {"a.txt", "b.txt"}
    with pytest.raises(UsageError):
        store.merge(a.id, a.id)
    with pytest.raises(UsageError):
        store.edit(b.id, title="x")


def test_bad_corrections_and_missing_events(store: Store) -> None:
    store.add_document(doc("a.txt", ev("visit", "Визит", "2022-06-09")))
    (r,) = store.records()
    for fields in ({"start": "2022-13-01"}, {"time": "25:00"}, {"type": "party"}, {"title": " "},
                   {"start": "2022-06-09", "end": "2022-06-01"}, {"colour": "red"}):
        with pytest.raises(UsageError):
            store.edit(r.id, **fields)
    with pytest.raises(NotFound):
        store.record(999)
    with pytest.raises(NotFound):
        store.edit(999, title="x")
    assert store.record(r.id).sequence == r.sequence


def test_version_changes_on_every_kind_of_change(store: Store) -> None:
    seen = {store.version()}
    store.add_document(doc("a.txt", ev("visit", "Визит делегации", "2022-06-09")))
    seen.add(store.version())
    store.add_document(doc("b.txt", ev("visit", "Визит делегации", "2022-06-09")))  # a new source only
    seen.add(store.version())
    (r,) = store.records()
    store.hide(r.id)
    seen.add(store.version())
    assert len(seen) == 4


def test_upcoming_window_across_new_year_and_types(store: Store) -> None:
    store.add_document(doc("a.txt", ev("commemoration", "Рождество Христово", "XXXX-01-07", recurrence="yearly"),
                           ev("commemoration", "День Независимости", "XXXX-07-03", 20, recurrence="yearly"),
                           ev("meeting", "Заседание", "2027-01-05", 40)))
    occ = store.upcoming(today=D(2026, 12, 20), days=30)
    assert [(o.date, o.record.title) for o in occ] == [(D(2027, 1, 5), "Заседание"), (D(2027, 1, 7), "Рождество Христово")]
    assert [o.record.title for o in store.upcoming(today=D(2026, 12, 20), days=30, types=["meeting"])] == ["Заседание"]
    assert len(store.upcoming(today=D(2026, 12, 20), days=800)) == 3 + 2 + 1  # to 2029-02-27: 7 Jan x3, 3 Jul x2


def test_concurrent_first_opens_migrate_once(db_url: str) -> None:
    import os
    import subprocess
    import sys

    from .conftest import ROOT

    code = "import sys; from scheduler.store.reading import open_store; print(open_store(sys.argv[1]).revision())"
    procs = [subprocess.Popen([sys.executable, "-c", code, db_url], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
             for _ in range(3)]
    outs = [p.communicate(timeout=120) for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    assert {o.strip() for o, _ in outs} == {head_revision()}


def test_record_cache_sees_changes_made_through_another_handle(store: Store) -> None:
    store.add_document(doc("a.txt", ev("visit", "Визит делегации", "2022-06-09")))
    (r,) = store.records()
    other = open_store(store.url)
    other.edit(r.id, title="Визит губернатора")
    assert store.records()[0].title == "Визит губернатора"
    other.add_document(doc("b.txt", ev("visit", "Визит делегации", "2022-06-09")))
    assert {s.source for s in store.record(r.id).sources} == {"a.txt", "b.txt"}
    other.add_document(doc("b.txt", ev("visit", "Визит делегации", "2022-06-09", at=50), text="b, changed"))
    assert {s.evidence_start for s in store.records()[0].sources} == {0, 50}  # new evidence, same fields
    other.close()


def test_ru_and_be_versions_of_a_dated_visit_merge(store: Store) -> None:
    store.add_document(doc("ru.txt", ev("visit", "Визит делегации Могилёвской области в Курск", "2023-05-18")))
    store.add_document(doc("be.txt", ev("visit", "Візіт дэлегацыі Магілёўскай вобласці ў Курск", "2023-05-18"),
                           lang="be"))
    (r,) = store.records()
    assert {s.source for s in r.sources} == {"ru.txt", "be.txt"}


def test_document_by_id(store: Store) -> None:
    store.add_document(doc("a.txt", ev("visit", "Визит", "2022-06-09"), text="Полный текст релиза"))
    (r,) = store.records()
    d = store.document(r.sources[0].document_id)
    assert (d["source"], d["text"], d["url"]) == ("a.txt", "Полный текст релиза", "https://example.org/a.txt")
    with pytest.raises(NotFound):
        store.document(12345)
