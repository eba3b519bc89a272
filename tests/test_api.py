"""The public Python API: ``scheduler.ingest``, ``scheduler.upcoming``, ``scheduler.events``."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import scheduler
from scheduler.store.reading import Occurrence, default_url, open_store

from .conftest import SEEDS


def test_script_example_from_the_readme(db_url: str) -> None:
    summary = scheduler.ingest([str(SEEDS)], db=db_url, workers=1)
    assert summary.new == 5 and summary.failed == 0
    occ = scheduler.upcoming(days=366, db=db_url, today=dt.date(2026, 1, 1))
    assert occ and all(isinstance(o, Occurrence) for o in occ)
    assert [o.date for o in occ] == sorted(o.date for o in occ)
    assert any(o.date == dt.date(2026, 4, 2) for o in occ)  # Unity Day, a yearly day of the seeds
    assert all(o.to_json()["date"] == o.date.isoformat() for o in occ)
    plans = scheduler.events(db=db_url, types=["plan"])
    assert plans and {r.type for r in plans} == {"plan"}
    window = scheduler.events(db=db_url, start=dt.date(2017, 1, 1), end=dt.date(2017, 12, 31))
    assert window and all(r.recurrence == "yearly" or (r.start or "").startswith(("2017", "2016", "2015")) or
                          (r.end or "") >= "2017" for r in window)


def test_default_store_comes_from_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("PRESSCAL_DB", url)
    assert default_url() == url
    scheduler.ingest([str(SEEDS)], workers=1)
    assert open_store(None).counts()["document"] == 5
    monkeypatch.delenv("PRESSCAL_DB")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_url() == f"sqlite:///{tmp_path / 'xdg' / 'presscal' / 'presscal.db'}"


def test_upcoming_on_an_empty_store_is_empty(tmp_path: Path) -> None:
    assert scheduler.upcoming(db=f"sqlite:///{tmp_path / 'empty.db'}") == []


def test_occurrences_read_through_to_their_event(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'o.db'}"
    scheduler.ingest([str(SEEDS)], db=db, workers=1)
    occ = scheduler.upcoming(days=366, db=db, today=dt.date(2026, 1, 1))[0]
    assert (occ.title, occ.start, occ.uid, occ.url) == (occ.record.title, occ.record.start, occ.record.uid, occ.record.url)
    with pytest.raises(AttributeError):
        occ.no_such_field  # noqa: B018
