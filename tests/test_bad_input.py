"""Every command fed bad input, as a user types it: one clear line on stderr, the documented exit
status (0 done, 1 failed, 2 bad arguments, 130 interrupted), no traceback, and nothing stored is lost."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler.cli import main
from scheduler.store.reading import open_store

from .conftest import ROOT, SEEDS, port_open


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """``presscal ARGS`` in this process; argparse's own errors exit through SystemExit."""
    try:
        code = main(list(args))
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def presscal(*args: str, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "scheduler", *args], input=stdin, capture_output=True, cwd=ROOT,
                          env=env or dict(os.environ), timeout=300)


def snapshot(url: str) -> tuple:
    store = open_store(url)
    try:
        return (store.counts(), store.version(),
                sorted((r.id, r.uid, r.title, r.start, r.end, r.location, r.hidden) for r in store.records(include_hidden=True)))
    finally:
        store.close()


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> str:
    url = f"sqlite:///{tmp_path_factory.mktemp('bad') / 'cal.db'}"
    assert main(["ingest", str(SEEDS), "--db", url, "--workers", "1", "--quiet"]) == 0
    return url


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from scheduler import __version__

    code, out, _ = cli(capsys, "--version")
    assert code == 0 and out.strip() == f"presscal {__version__}"


BAD = [  # (arguments, exit status, what the error line must name)
    (("ingest", str(SEEDS), "--published", "2024-13-45"), 2, "--published '2024-13-45'"),
    (("ingest", str(SEEDS), "--workers", "0"), 2, "--workers"),
    (("ingest", str(SEEDS), "--batch-size", "-1"), 2, "--batch-size"),
    (("extract", str(SEEDS), "--published", "2024-13-45"), 2, "--published"),
    (("upcoming", "--from", "tomorrow"), 2, "--from 'tomorrow'"),
    (("upcoming", "--days", "-3"), 2, "--days -3"),
    (("upcoming", "--days", "100000000"), 2, "--days 100000000"),
    (("upcoming", "--from", "9999-12-01", "--days", "60"), 2, "9999"),
    (("upcoming", "--from", "0001-01-01"), 2, "--from '0001-01-01': the year must be between"),
    (("upcoming", "--type", "nonsense"), 2, "'nonsense'"),
    (("events", "--from", "2024-13-45"), 2, "--from"),
    (("events", "--from", "2024-02-01", "--to", "2024-01-01"), 2, "--to"),
    (("event", "show", "999999"), 1, "no event with id 999999"),
    (("event", "show", "99999999999999999999"), 1, "no event with id 99999999999999999999"),
    (("event", "show", "abc"), 2, "'abc'"),
    (("event", "edit", "1", "--start", "2024-02-30"), 2, "--start '2024-02-30'"),
    (("event", "edit", "1", "--start", "2024-02-10", "--end", "2024-02-01"), 2, "'2024-02-01'"),
    (("event", "edit", "1", "--start", "9999-12-31"), 2, "--start '9999-12-31': the year must be between"),
    (("event", "edit", "1", "--start", "2024-01-01", "--end", "3024-01-01"), 2, "--end '3024-01-01'"),
    (("event", "edit", "1", "--title", "two\nlines"), 2, "--title"),
    (("event", "edit", "1", "--location", "Минск\r\nX-Injected: 1"), 2, "--location"),
    (("event", "edit", "1"), 2, "at least one of"),
    (("event", "merge", "1", "1"), 2, "into itself"),
    (("event", "merge", "1", "999999"), 1, "999999"),
    (("event", "hide", "999999"), 1, "999999"),
    (("subscribe", "not-an-email"), 2, "'not-an-email'"),
    (("subscribe", "a@b.c\r\nBcc: x@y.z"), 2, "invalid email address"),
    (("subscribe", "a@example.org", "--lead", "0,-5,abc"), 2, "--lead '0,-5,abc'"),
    (("subscribe", "a@example.org", "--hour", "25"), 2, "--hour 25"),
    (("subscribe", "a@example.org", "--types", "nonsense"), 2, "'nonsense'"),
    (("unsubscribe", "nobody@example.org"), 1, "nobody@example.org"),
    (("remind", "--now", "garbage", "--dry-run"), 2, "--now 'garbage'"),
    (("remind", "--now", "9999-12-31T23:00", "--dry-run"), 2, "--now '9999-12-31T23:00': the year"),
    (("remind", "--now", "0001-01-01T00:00+00:00", "--once"), 2, "the year must be between"),
    (("outbox", "--state", "nonsense"), 2, "'nonsense'"),
    (("serve", "--port", "70000", "--no-scheduler"), 2, "--port 70000"),
    (("serve", "--base-url", "javascript:alert(1)", "--no-scheduler", "--port", "1"), 2, "--base-url"),
]


@pytest.mark.parametrize(("args", "code", "needle"), BAD, ids=[" ".join(a).replace("\n", "\\n") for a, _, _ in BAD])
def test_bad_input_is_one_line_and_keeps_the_store(seeded: str, capsys: pytest.CaptureFixture[str], args: tuple,
                                                   code: int, needle: str) -> None:
    before = snapshot(seeded)
    got, out, err = cli(capsys, *args, *(() if args[0] == "extract" else ("--db", seeded)))
    assert got == code, err
    lines = err.strip().splitlines()
    assert lines and "Traceback" not in err
    assert len(lines) == 1 and lines[0].startswith("presscal") and "error: " in lines[0], err
    assert needle in lines[0]
    assert not out.strip()
    assert snapshot(seeded) == before


def test_argument_errors_are_one_line_pointing_at_help(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = cli(capsys, "upcoming", "--type", "nonsense")
    assert code == 2 and not out
    assert err.count("\n") == 1 and err.startswith("presscal upcoming: error: argument --type: invalid choice")
    assert err.rstrip().endswith("(see presscal upcoming --help)")
    code, _, err = cli(capsys)
    assert code == 2 and err.count("\n") == 1 and "COMMAND" in err and "(see presscal --help)" in err
    code, _, err = cli(capsys, "event", "show")
    assert code == 2 and err.count("\n") == 1 and "presscal event show: error:" in err


def test_error_lines_stay_one_line_whatever_the_value(seeded: str, capsys: pytest.CaptureFixture[str],
                                                      tmp_path: Path) -> None:
    code, _, err = cli(capsys, "ingest", str(tmp_path / "a\nb.txt"), "--db", seeded, "--quiet")
    assert code == 1 and err.count("\n") == 1 and "a b.txt: no such file" in err


@pytest.mark.parametrize("url", ["nonsense://", "sqlite:///", "sqlite:///:memory:", "mysql://u@h/db",
                                 "postgresql+nodriver://u@127.0.0.1/db"])
def test_unusable_database_urls_are_usage_errors(capsys: pytest.CaptureFixture[str], url: str) -> None:
    code, _, err = cli(capsys, "upcoming", "--db", url)
    assert code == 2 and err.count("\n") == 1 and "unsupported" in err


def test_a_sqlite_file_in_a_missing_folder_is_refused_not_created(capsys: pytest.CaptureFixture[str],
                                                                  tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "dir"
    for cmd in (("upcoming",), ("events",), ("ingest", str(SEEDS), "--quiet"), ("subscribe", "a@example.org"),
                ("publish", "--out", str(tmp_path / "out"))):
        code, out, err = cli(capsys, *cmd, "--db", f"sqlite:///{missing / 'x.db'}")
        assert code == 2 and f"the folder {missing} does not exist" in err and err.count("\n") == 1, err
        assert not (tmp_path / "no").exists()
    code, out, _ = cli(capsys, "db", "upgrade", "--db", f"sqlite:///{missing / 'x.db'}")  # the way to make one
    assert code == 0 and (missing / "x.db").exists()


def test_a_file_that_is_not_a_database_is_one_line(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    code, _, err = cli(capsys, "upcoming", "--db", f"sqlite:///{junk}")
    assert code == 1 and "file is not a database" in err and err.count("\n") == 1
    assert junk.read_bytes() == b"not a database at all" * 100


def test_postgresql_where_nothing_listens_is_one_line_without_the_password(capsys: pytest.CaptureFixture[str]) -> None:
    assert not port_open("127.0.0.1", 5999), "something listens on 5999"
    code, _, err = cli(capsys, "upcoming", "--db", "postgresql+psycopg://postgres:s3cret@127.0.0.1:5999/test")
    assert code == 1 and err.count("\n") == 1, err
    assert "127.0.0.1" in err and "5999" in err and "refused" in err.lower()
    assert "s3cret" not in err and "Background on this error" not in err and "sqlalche.me" not in err


def test_a_damaged_store_gives_a_database_error_line_not_a_traceback(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    open_store(url).close()
    with sqlite3.connect(tmp_path / "cal.db") as c:  # schema at head, but a table gone (a bad manual fix)
        c.execute("DROP TABLE event")
    r = presscal("upcoming", "--db", url)
    err = r.stderr.decode()
    assert r.returncode == 1 and "Traceback" not in err
    assert err.strip() == "presscal: error: database error: no such table: event"


# --------------------------------------------------------------------------- ingest - (standard input)


def test_ingest_reads_one_document_from_stdin(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    text = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_bytes()
    r = presscal("ingest", "-", "--db", url, "--quiet", stdin=text)
    assert r.returncode == 0, r.stderr
    assert r.stdout.decode().startswith("1 documents: 1 new")
    store = open_store(url)
    first = snapshot(url)
    (source,) = {s.source for rec in store.records() for s in rec.sources}
    assert source.startswith("stdin:")
    assert presscal("ingest", "-", "--db", url, "--quiet", stdin=text).stdout.decode().startswith(
        "1 documents: 0 new, 0 updated, 1 unchanged")
    assert snapshot(url) == first
    # another text on stdin is another document: the first one's events stay
    other = (SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[1]).read_bytes()
    r = presscal("ingest", "-", str(SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[2]), "--db", url, "--quiet",
                 stdin=other)
    assert r.returncode == 0 and "2 new" in r.stdout.decode(), r.stderr
    assert source in {s.source for rec in store.records() for s in rec.sources}
    store.close()


@pytest.mark.parametrize(("data", "why"), [(b"", "empty document"), (bytes(range(256)) * 40, "binary file")])
def test_ingest_of_bad_stdin_is_reported_and_the_rest_stored(tmp_path: Path, data: bytes, why: str) -> None:
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    r = presscal("ingest", "-", str(SEEDS), "--db", url, "--quiet", stdin=data)
    assert r.returncode == 1
    assert r.stderr.decode().strip().startswith(f"presscal: error: -: {why}")
    assert "5 new" in r.stdout.decode() and "1 failed" in r.stdout.decode()


def test_ingest_of_a_device_says_what_it_is(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = cli(capsys, "ingest", os.devnull, "--db", f"sqlite:///{tmp_path / 'x.db'}", "--quiet")
    assert code == 1 and f"{os.devnull}: not a regular file or folder" in err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_folder_with_a_pipe_a_broken_link_binary_and_empty_files(tmp_path: Path) -> None:
    """Each bad entry is one line naming it; the good one is stored; nothing blocks on the pipe."""
    folder = tmp_path / "in"
    folder.mkdir()
    os.mkfifo(folder / "a-pipe.txt")
    (folder / "b-broken.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "c-binary.txt").write_bytes(bytes(range(256)) * 40)
    (folder / "d-empty.md").write_bytes(b"")
    (folder / "e-good.txt").write_bytes((SEEDS / sorted(p.name for p in SEEDS.glob("*.txt"))[0]).read_bytes())
    url = f"sqlite:///{tmp_path / 'cal.db'}"
    r = presscal("ingest", str(folder), "--db", url, "--quiet")
    out, err = r.stdout.decode(), r.stderr.decode()
    assert r.returncode == 1 and out.startswith("5 documents: 1 new, 0 updated, 0 unchanged, 4 failed"), (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 4 and all(line.startswith("presscal: error: ") for line in lines), err
    for name, why in (("a-pipe.txt", "not a regular file"), ("b-broken.txt", "not a regular file"),
                      ("c-binary.txt", "binary"), ("d-empty.md", "empty")):
        assert any(name in line and why in line for line in lines), (name, err)


def test_help_of_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from scheduler.cli import build_parser

    code, out, _ = cli(capsys, "--help")
    assert code == 0 and "Exit status" in out and "--version" in out
    commands = [a for a in build_parser()._subparsers._group_actions[0].choices]  # type: ignore[union-attr]
    assert {"extract", "ingest", "upcoming", "events", "event", "db", "publish", "serve", "remind", "subscribe",
            "unsubscribe", "subscriptions", "outbox"} <= set(commands)
    for name in commands:
        code, out, _ = cli(capsys, name, "--help")
        assert code == 0 and out.startswith(f"usage: presscal {name}"), name
    code, out, _ = cli(capsys, "ingest", "--help")
    assert "- for one document on stdin" in " ".join(out.split())


def test_every_command_and_argument_says_what_it_is() -> None:
    import argparse

    from scheduler.cli import build_parser

    def walk(parser: argparse.ArgumentParser, name: str) -> list[str]:
        missing = [] if parser.description else [f"{name}: no description"]
        for action in parser._actions:
            if isinstance(action, argparse._SubParsersAction):
                for sub_name, sub in action.choices.items():
                    missing += walk(sub, f"{name} {sub_name}")
            elif not action.help:
                missing.append(f"{name} {action.dest}: no help")
        return missing

    assert walk(build_parser(), "presscal") == []


@pytest.mark.postgres
def test_bad_input_keeps_a_postgresql_store_intact(pg_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["ingest", str(SEEDS), "--db", pg_url, "--workers", "1", "--quiet"]) == 0
    capsys.readouterr()
    before = snapshot(pg_url)
    first = before[2][0][0]
    for args, code in ((("event", "edit", str(first), "--start", "2024-02-30"), 2),
                       (("event", "edit", str(first), "--title", "a\r\nb"), 2),
                       (("event", "merge", str(first), str(first)), 2),
                       (("event", "show", "99999999999999999999"), 1),
                       (("upcoming", "--days", "100000000"), 2),
                       (("subscribe", "a@b.c\r\nBcc: x@y.z"), 2),
                       (("ingest", "ftp://example.org/x.txt", "file:///etc/passwd", "--quiet"), 1)):
        got, _, err = cli(capsys, *args, "--db", pg_url)
        assert got == code and "Traceback" not in err and err.strip().count("\n") <= 1, (args, err)
    assert snapshot(pg_url) == before
