"""The store's commands as a user runs them: ingest, upcoming, events, event show/edit/hide/merge, db."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.store.reading import head_revision, open_store

from .conftest import ROOT, SEEDS


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    code, out, _ = run(capsys, "ingest", str(SEEDS), "--db", url, "--workers", "1", "--quiet")
    assert code == 0 and "5 new" in out
    return url


def test_ingest_summary_and_exit_code_on_failure(tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "ingest", str(SEEDS), "--db", db, "--quiet")
    assert code == 0 and "0 new, 0 updated, 5 unchanged, 0 failed" in out and not err
    code, out, err = run(capsys, "ingest", str(tmp_path / "nope.txt"), "--db", db, "--quiet")
    assert code == 1 and "1 failed" in out and "nope.txt: no such file" in err
    code, _, err = run(capsys, "ingest", str(SEEDS), "--db", db, "--published", "2022-13-01")
    assert code == 2 and "--published" in err


def test_upcoming_json_lines_have_the_documented_fields(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "upcoming", "--db", db, "--from", "2026-03-20", "--days", "30", "--json")
    assert code == 0
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows, "Unity Day (2 April) is in the seeds"
    for row in rows:
        assert {"date", "end_date", "id", "uid", "type", "title", "start", "end", "time", "location",
                "participants", "recurrence", "url", "sources", "hidden", "sequence", "last_modified"} <= set(row)
        assert "2026-03-20" <= row["date"] < "2026-04-19"
    assert any(r["date"] == "2026-04-02" and r["recurrence"] == "yearly" for r in rows)


def test_upcoming_plain_text_when_piped_and_type_filter(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "upcoming", "--db", db, "--from", "2026-03-20", "--type", "commemoration")
    assert code == 0 and out
    for line in out.splitlines():
        date, type_, title, _place, id_ = line.split("\t")
        assert type_ == "commemoration" and title and id_.isdigit() and date.startswith("2026-")


@pytest.mark.parametrize("args", [("--from", "2026-02-30"), ("--from", "tomorrow"), ("--days", "0")],
                         ids=["impossible-day", "words", "no-days"])
def test_bad_dates_are_usage_errors(db: str, capsys: pytest.CaptureFixture[str], args: tuple[str, ...]) -> None:
    code, out, err = run(capsys, "upcoming", "--db", db, *args)
    assert code == 2 and not out and err.startswith("presscal: error: --") and len(err.splitlines()) == 1


def test_events_filters_and_query(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "events", "--db", db, "--json")
    everything = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(everything) >= 5
    _, out, _ = run(capsys, "events", "--db", db, "--json", "--from", "2023-01-01", "--to", "2023-12-31")
    in_2023 = [json.loads(line) for line in out.splitlines()]
    assert in_2023 and len(in_2023) < len(everything)
    _, out, _ = run(capsys, "events", "--db", db, "--json", "--type", "plan")
    assert all(json.loads(line)["type"] == "plan" for line in out.splitlines())
    _, out, _ = run(capsys, "events", "--db", db, "--json", "--query", "ПЛАН МЕРОПРИЯТИЙ")
    store = open_store(db)
    found = [store.record(json.loads(line)["id"]) for line in out.splitlines()]
    assert found and all("план мероприятий" in (r.title + " ".join(s.evidence for s in r.sources)).lower()
                         for r in found)
    assert len(found) < len(everything)
    code, _, err = run(capsys, "events", "--db", db, "--from", "2024-01-01", "--to", "2023-01-01")
    assert code == 2 and "before" in err


def test_event_edit_hide_merge_and_show(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    ids = [json.loads(line)["id"] for line in run(capsys, "events", "--db", db, "--json")[1].splitlines()]
    a, b = ids[0], ids[1]
    code, out, _ = run(capsys, "event", "edit", str(a), "--db", db, "--title", "Новое название", "--time", "10:30")
    assert code == 0 and "Новое название" in out
    code, out, _ = run(capsys, "event", "show", str(a), "--db", db, "--json")
    shown = json.loads(out)
    assert shown["title"] == "Новое название" and shown["time"] == "10:30"
    assert {c["field"] for c in shown["corrections"]} == {"title", "time"} and shown["sources"]
    code, out, _ = run(capsys, "event", "show", str(a), "--db", db)
    assert code == 0 and "Новое название" in out and "corrections: 2" in out
    assert run(capsys, "event", "edit", str(a), "--db", db, "--start", "2023-02-30")[0] == 2
    assert run(capsys, "event", "edit", str(a), "--db", db)[0] == 2
    assert run(capsys, "event", "hide", str(b), "--db", db)[0] == 0
    assert b not in [json.loads(x)["id"] for x in run(capsys, "events", "--db", db, "--json")[1].splitlines()]
    assert b in [json.loads(x)["id"] for x in run(capsys, "events", "--db", db, "--json", "--hidden")[1].splitlines()]
    assert run(capsys, "event", "unhide", str(b), "--db", db)[0] == 0
    code, out, _ = run(capsys, "event", "merge", str(a), str(b), "--db", db)
    assert code == 0
    merged = open_store(db).record(a)
    assert len(merged.sources) >= 2 and merged.title == "Новое название"
    code, _, err = run(capsys, "event", "show", "99999", "--db", db)
    assert code == 1 and "no event with id 99999" in err


def test_db_path_and_upgrade(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'x' / 'new.db'}"
    assert run(capsys, "db", "path", "--db", url)[1].strip() == url
    code, out, _ = run(capsys, "db", "upgrade", "--db", url)
    assert code == 0 and f"revision {head_revision()}" in out
    assert (tmp_path / "x" / "new.db").exists()
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.delenv("PRESSCAL_DB", raising=False)
    assert str(tmp_path / "data") in run(capsys, "db", "path")[1]


@pytest.mark.parametrize(("flags", "allowed"), [
    (["--no-anniversaries"], ()),
    ([], ("pymorphy3", "pymorphy3_dicts_ru")),  # anniversaries are named in the genitive («30-летие подписания Договора …»)
], ids=["no-anniversaries", "with-anniversaries"])
def test_upcoming_cold_start_imports_no_sqlalchemy_nor_extractor(db: str, flags: list[str], allowed: tuple) -> None:
    code = ("import sys; from scheduler.cli import main; main(['upcoming', '--db', sys.argv[1], '--days', '400',"
            " *sys.argv[2:]]);"
            "bad = [m for m in sys.modules if m.startswith(('sqlalchemy', 'sqlmodel', 'alembic', 'scheduler.extraction',"
            " 'pymorphy3', 'httpx'))]; print('LOADED', sorted({m.split('.')[0] for m in bad}), file=sys.stderr)")
    p = subprocess.run([sys.executable, "-c", code, db, *flags], cwd=ROOT, capture_output=True, text=True,
                       timeout=60, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    assert p.returncode == 0, p.stderr
    assert f"LOADED {sorted(allowed)}" in p.stderr
