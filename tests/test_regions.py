"""Issue 12, "Regions first": each side's own calendar, plans told apart, honest dates, no private paths.

End to end: real SQLite files (and PostgreSQL where the store is concerned), the command line as a user
runs it, the web app under uvicorn on loopback.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import scheduler
from scheduler.cli import main

from .conftest import SEEDS

KURSK_MEETING = """Заседание рабочей группы по сотрудничеству с Курской областью

3 июня 2026 года

Заседание совместной рабочей группы по сотрудничеству Республики Беларусь и Курской области пройдёт в Минске \
10 июня 2026 года.
"""
KURSK_MEETING_GOMEL = """В Минске обсудят сотрудничество с Курской и Гомельской областями

5 июня 2026 года

10 июня 2026 года в Минске состоится заседание совместной рабочей группы по сотрудничеству Республики Беларусь \
и Курской области с участием представителей Гомельской области.
"""
BRYANSK_VISIT = """Делегация Брянской области посетит Гомель

12 марта 2026 года

Делегация Брянской области во главе с губернатором посетит Гомельскую область 15 апреля 2026 года. В ходе визита \
запланированы переговоры о расширении поставок продукции машиностроения.
"""
VITEBSK_PLAN = """Подписан план сотрудничества Витебской и Брянской областей

20 декабря 2025 года

В Витебске подписан План мероприятий по развитию сотрудничества между Витебской областью Республики Беларусь \
и Брянской областью Российской Федерации на 2026-2028 годы.
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def write(folder: Path, **docs: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in docs.items():
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    return folder


def events_json(capsys: pytest.CaptureFixture[str], db: str, *extra: str) -> list[dict]:
    code, out, err = run(capsys, "events", "--db", db, "--json", *extra)
    assert code == 0, err
    return [json.loads(line) for line in out.splitlines()]


# --------------------------------------------------------------------------- 1. parties in the store


def test_issue_12_migration_fills_parties_of_an_existing_store(db_url: str) -> None:
    """A store written before parties existed (revision 0001) keeps every row and gets each event's parties
    from what its sources' extractions recorded."""
    from alembic import command
    from alembic.config import Config

    from scheduler.store.reading import PKG, open_store

    from .web_helpers import seeded_store

    store = seeded_store(db_url)
    before = {r.uid: r.parties for r in store.records()}
    counts = store.counts()
    assert before and all(before.values())
    cfg = Config(str(PKG / "alembic.ini"))
    cfg.set_main_option("script_location", str(PKG / "migrations"))
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    store.close()
    old = open_store(db_url, migrate=False)
    assert old.revision() == "0001"
    old.close()
    again = open_store(db_url)
    assert again.revision() == "0003"
    assert again.counts() == counts
    assert {r.uid: r.parties for r in again.records()} == before
    again.close()


def test_issue_12_parties_are_merged_across_sources_belarusian_side_first(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    docs = write(tmp_path / "docs", a=KURSK_MEETING, b=KURSK_MEETING_GOMEL)
    assert run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")[0] == 0
    (meeting,) = [e for e in events_json(capsys, db) if e["start"] == "2026-06-10"]
    assert len(meeting["sources"]) == 2
    assert set(meeting["parties"]) == {"Минск", "Гомельская область", "Курская область"}
    assert meeting["parties"][-1] == "Курская область"  # the Russian side after every Belarusian party


def test_issue_12_parties_corrected_by_hand_win_over_reingest(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    docs = write(tmp_path / "docs", a=KURSK_MEETING)
    assert run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")[0] == 0
    (meeting,) = events_json(capsys, db)
    assert meeting["parties"] == ["Минск", "Курская область"]
    code, out, err = run(capsys, "event", "edit", str(meeting["id"]), "--db", db,
                         "--parties", "Курская область;  Республика Беларусь ")
    assert code == 0, err
    write(docs, a=KURSK_MEETING.replace("пройдёт", "состоится"))  # the release is edited: re-extracted
    code, out, _ = run(capsys, "ingest", str(docs), "--db", db, "--workers", "1", "--quiet")
    assert code == 0 and "1 updated" in out
    code, out, _ = run(capsys, "event", "show", str(meeting["id"]), "--db", db, "--json")
    shown = json.loads(out)
    assert shown["parties"] == ["Республика Беларусь", "Курская область"]
    assert shown["corrections"][0]["field"] == "parties"
    (rec,) = scheduler.events(db=db)
    assert rec.parties == ("Республика Беларусь", "Курская область")
    code, out, _ = run(capsys, "event", "show", str(meeting["id"]), "--db", db)
    assert "parties: Республика Беларусь; Курская область" in out
    code, _, err = run(capsys, "event", "edit", str(meeting["id"]), "--db", db, "--parties", "Курская\x07область")
    assert code == 2 and "--parties" in err
    assert run(capsys, "event", "edit", str(meeting["id"]), "--db", db, "--parties", "")[0] == 0
    assert scheduler.events(db=db)[0].parties == ()


def test_issue_12_seeds_carry_their_parties(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = f"sqlite:///{tmp_path / 's.db'}"
    assert run(capsys, "ingest", str(SEEDS), "--db", db, "--workers", "1", "--quiet")[0] == 0
    rows = events_json(capsys, db)
    assert all(isinstance(r["parties"], list) for r in rows)
    assert sum("Курская область" in r["parties"] for r in rows) >= 10
