"""Issue 13: the index page is taken from a PageIndex made once per store version -- the same lists the store's
own queries give -- and a page looks at as many records on 20,000 events as on 2,000 (real uvicorn on
loopback, real SQLite files)."""

from __future__ import annotations

import datetime as dt
import threading
import time

import httpx
import pytest

from scheduler.feeds import build as feeds
from scheduler.web.page_index import PageIndex
from scheduler.web.pages import UPCOMING_DAYS

from .web_helpers import PARTIES, free_port, generated_store, seeded_store, utc

DAYS = [dt.date(2026, 5, 10), dt.date(2027, 12, 20), dt.date(2024, 2, 28), dt.date(2019, 1, 1)]
FILTERS = [((), None), (("commemoration",), None), (("agreement", "plan"), None), ((), "Курская область"),
           (("visit", "commemoration"), "Брянская область")]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    store = generated_store(f"sqlite:///{tmp_path_factory.mktemp('gen') / 'p.db'}", 300, seed=3)
    for r in store.records()[::97]:
        store.hide(r.id)
    return store


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory):  # noqa: ANN201
    return seeded_store(f"sqlite:///{tmp_path_factory.mktemp('seeds') / 'p.db'}")


def _grid_records(records: list, first: dt.date, last: dt.date) -> list[str]:
    """The records month_grid places (year-precise ones and other months' yearly days are not shown)."""
    out = []
    for r in records:
        span = feeds.parse_span(r.start, r.end)
        if span is None or span.precision == "year":
            continue
        if (span.precision == "yearly" or r.recurrence == "yearly") and span.first.month != first.month:
            continue
        out.append(r.uid)
    return out


@pytest.mark.parametrize("which", ["generated", "seeded"])
@pytest.mark.parametrize("today", DAYS, ids=str)
def test_issue_13_the_page_index_lists_what_the_store_lists(request, which: str, today: dt.date) -> None:  # noqa: ANN001
    store = request.getfixturevalue(which)
    index = PageIndex(store.records(include_hidden=False, hidden_since=utc(2000, 1, 1)), today, UPCOMING_DAYS)
    for types, party in FILTERS:
        want = store.upcoming(today=today, days=UPCOMING_DAYS, types=types or None, party=party)
        got = list(index.upcoming(types, party))
        assert [(o.date, o.end, o.record.uid) for o in got] == [(o.date, o.end, o.record.uid) for o in want]
        records = store.records(types=types or None, party=party)
        assert [r.uid for r in index.history(types, party)] == [r.uid for r in reversed(records)]
        assert index.total(types, party) == len(records)
        derived = feeds.upcoming_derived(records, today, UPCOMING_DAYS)
        assert [(d, t, r.uid) for d, t, r in index.derived(types, party)] == [(d, t, r.uid) for d, t, r in derived]
        for month in (today.replace(day=1), dt.date(today.year, 2, 1), dt.date(2025, 6, 1)):
            last = month.replace(day=28) + dt.timedelta(days=4)
            last -= dt.timedelta(days=last.day)
            want_grid = _grid_records(store.records(start=month, end=last, types=types or None, party=party), month, last)
            assert _grid_records(index.month(month, last, types, party), month, last) == want_grid
    assert index.regions == store.parties()


def _serve(store):  # noqa: ANN001, ANN202
    import uvicorn

    from scheduler.web.app import create_app

    app = create_app(store, clock=lambda: utc(2026, 5, 10, 9))
    app.state.feeds.version_ttl = 60
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning", lifespan="off"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.02)
    return app, server, f"http://127.0.0.1:{port}"


@pytest.mark.slow
def test_issue_13_a_page_looks_at_as_many_records_on_20000_events_as_on_2000(tmp_path) -> None:  # noqa: ANN001
    looked = {}
    for docs in (200, 2000):
        store = generated_store(f"sqlite:///{tmp_path / f'{docs}.db'}", docs, seed=11)
        app, server, base = _serve(store)
        try:
            with httpx.Client(base_url=base, timeout=120) as c:
                assert c.get("/").status_code == 200  # the index is made (once per store version)
                index = app.state.feeds.page_index(dt.date(2026, 5, 10), UPCOMING_DAYS)
                counts = []
                for query in ("/?month=2040-01", "/?month=2040-02&page=2", "/?month=2040-03&type=visit",
                              f"/?month=2040-04&party={list(PARTIES.values())[0]}"):
                    before = index.touched
                    page = c.get(query)
                    assert page.status_code == 200 and "Ближайшие события" in page.text
                    counts.append(index.touched - before)
                assert app.state.feeds.page_index(dt.date(2026, 5, 10), UPCOMING_DAYS) is index  # not made again
        finally:
            server.should_exit = True
        looked[docs] = (len(store.records()), counts)
    (n_small, small), (n_large, large) = looked[200], looked[2000]
    assert n_large > 8 * n_small
    # a page of the history (200), the next 30 occurrences, the nearest 60 anniversaries and deadlines, and
    # what precedes the page asked for: the same on both stores, but for what merging reads ahead (one item of
    # each list) and the whole last day of anniversaries (sorted by title within a day): 8.5 times the events
    # cost at most a quarter more (the whole history would be 8.5 times more)
    assert all(0 < a < 700 and b <= a * 1.25 + 30 for a, b in zip(small, large, strict=True)), looked
