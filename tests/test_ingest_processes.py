"""Real processes on one store: two concurrent ``presscal ingest`` runs, a SIGKILL mid-run, Ctrl-C."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from scheduler.store.ingest import ingest
from scheduler.store.merging import canon, compatible, similar
from scheduler.store.reading import Store, open_store

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.slow
_YEAR = re.compile(r"\b(20[0-2]\d)\b")


def make_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` distinct releases from the seeds: years shifted, one line added (so hashes differ)."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        shift = (i // len(seeds)) % 9 - 4
        text = _YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), seeds[i % len(seeds)])
        p = folder / f"{i:04d}.txt"
        p.write_text(f"{text}\n\nВыпуск {i}.\n", encoding="utf-8")
        paths.append(p)
    return paths


def presscal(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "scheduler", *args], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))


def sources(store: Store) -> list[tuple[str, int | None]]:
    """Every (document, sentence) the store read an event from: the same whatever the ingest order.

    A set, not a list: the fuzzy merge rule is not transitive, so two events of one sentence may end
    up in one stored event in one order and in two in another; no sentence may go missing in either."""
    return sorted({(src.source, src.evidence_start) for r in store.records(include_hidden=True)
                   for src in r.sources})


def assert_no_duplicates(store: Store) -> None:
    """No two visible events that the merge rule would have made one."""
    events = store.records()
    assert len({r.uid for r in events}) == len(events)
    canons = [(r, canon(r.type, r.title, r.start, r.end, r.recurrence)) for r in events]
    for i, (a, ca) in enumerate(canons):
        for b, cb in canons[i + 1:]:
            if ca.type == cb.type and compatible(ca, cb.start_date, cb.end_date, cb.recurrence):
                assert not similar(ca, b.title), f"duplicates: {a.title!r} {a.start} / {b.title!r} {b.start}"


def assert_consistent(store: Store) -> None:
    (orphans,) = store._query([("SELECT count(*) FROM eventsource s LEFT JOIN document d ON d.id = s.document_id"
                                " LEFT JOIN event e ON e.id = s.event_id WHERE d.id IS NULL OR e.id IS NULL", {})])
    assert orphans[0][0] == 0
    (empty,) = store._query([("SELECT count(*) FROM event e WHERE e.hidden = :f AND NOT EXISTS"
                              " (SELECT 1 FROM eventsource s WHERE s.event_id = e.id)", {"f": False})])
    assert empty[0][0] == 0, "a visible event without any source"


@pytest.fixture
def reference(tmp_path: Path) -> tuple[Path, list[tuple]]:
    """A corpus and the sources one uninterrupted run reads from it."""
    corpus = tmp_path / "corpus"
    make_corpus(corpus, 150)
    ref = open_store(f"sqlite:///{tmp_path / 'reference.db'}")
    ingest(ref, [str(corpus)], workers=1)
    expected = sources(ref)
    ref.close()
    return corpus, expected


def test_two_concurrent_ingests_lose_nothing_and_duplicate_nothing(db_url: str, reference: tuple) -> None:
    corpus, expected = reference
    files = sorted(str(p) for p in corpus.glob("*.txt"))
    open_store(db_url).close()
    a = presscal("ingest", str(corpus), "--db", db_url, "--workers", "1", "--quiet", "--batch-size", "7")
    b = presscal("ingest", *reversed(files), "--db", db_url, "--workers", "1", "--quiet", "--batch-size", "5")
    outs = [p.communicate(timeout=300) for p in (a, b)]
    assert a.returncode == 0 and b.returncode == 0, outs
    news = [int(re.search(r"(\d+) new", out).group(1)) for out, _ in outs]
    assert sum(news) == len(files) and all(n > 0 for n in news), outs  # both really worked
    store = open_store(db_url)
    assert store.counts()["document"] == len(files)
    assert_no_duplicates(store)
    assert_consistent(store)
    assert sources(store) == expected
    store.close()


def test_sigkill_mid_ingest_then_a_rerun_completes(db_url: str, reference: tuple) -> None:
    corpus, expected = reference
    total = len(list(corpus.glob("*.txt")))
    store = open_store(db_url)
    p = presscal("ingest", str(corpus), "--db", db_url, "--workers", "1", "--quiet", "--batch-size", "4")
    deadline = time.monotonic() + 120
    while store.counts()["document"] < 8 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=30)
    killed_at = store.counts()["document"]
    assert p.returncode == -signal.SIGKILL
    assert 0 < killed_at < total, "the run was not interrupted in the middle"
    assert killed_at % 4 == 0, "a batch was half written"
    assert_consistent(store)
    again = presscal("ingest", str(corpus), "--db", db_url, "--workers", "2", "--quiet")
    out, err = again.communicate(timeout=300)
    assert again.returncode == 0, err
    assert f"{total - killed_at} new" in out and f"{killed_at} unchanged" in out, out
    assert store.counts()["document"] == total
    assert_no_duplicates(store)
    assert_consistent(store)
    assert sources(store) == expected
    store.close()


def test_ctrl_c_stops_cleanly_and_keeps_whole_batches(tmp_path: Path, reference: tuple) -> None:
    corpus, _ = reference
    url = f"sqlite:///{tmp_path / 'int.db'}"
    store = open_store(url)
    p = presscal("ingest", str(corpus), "--db", url, "--workers", "2", "--quiet", "--batch-size", "4")
    deadline = time.monotonic() + 120
    while store.counts()["document"] < 4 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    p.send_signal(signal.SIGINT)
    _, err = p.communicate(timeout=60)
    assert p.returncode == 130, err
    assert "interrupted" in err
    assert store.counts()["document"] % 4 == 0
    assert_consistent(store)
    store.close()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal is Linux only")
def test_workers_die_with_a_killed_ingest(tmp_path: Path, reference: tuple) -> None:
    corpus, _ = reference
    p = presscal("ingest", str(corpus), "--db", f"sqlite:///{tmp_path / 'w.db'}", "--workers", "2", "--quiet")
    children: list[int] = []
    deadline = time.monotonic() + 60
    while not children and p.poll() is None and time.monotonic() < deadline:
        with open(f"/proc/{p.pid}/task/{p.pid}/children") as fh:
            children = [int(x) for x in fh.read().split()]
        time.sleep(0.01)
    if not children:
        out, err = p.communicate(timeout=60)
        pytest.fail(f"no worker process seen (exit {p.returncode}): {out} {err}")
    p.send_signal(signal.SIGKILL)
    p.communicate(timeout=30)
    deadline = time.monotonic() + 10
    while any(_alive(c) for c in children) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not [c for c in children if _alive(c)], "orphaned workers"


def _alive(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (FileNotFoundError, ProcessLookupError):
        return False


def test_ctrl_c_while_a_worker_waits_on_a_hanging_server_ends_at_once(tmp_path: Path) -> None:
    """The workers write nothing, so Ctrl-C stops them at once instead of waiting out a 20 s fetch timeout."""
    import socket

    listener = socket.socket()  # accepts connections (the kernel's backlog) and never answers
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)
    url = f"http://127.0.0.1:{listener.getsockname()[1]}/release.html"
    try:
        db = f"sqlite:///{tmp_path / 'hang.db'}"
        store = open_store(db)
        p = presscal("ingest", url, "--db", db, "--workers", "2", "--quiet")
        listener.settimeout(60)
        conn, _ = listener.accept()  # a worker is fetching, and will wait for an answer up to 20 s
        t = time.monotonic()
        p.send_signal(signal.SIGINT)
        _, err = p.communicate(timeout=60)
        conn.close()
        assert p.returncode == 130 and err.strip() == "presscal: error: interrupted", err
        assert time.monotonic() - t < 5, "Ctrl-C waited for the hanging fetch"
        assert store.counts()["document"] == 0
        store.close()
    finally:
        listener.close()


@pytest.mark.skipif(not hasattr(signal, "SIGUSR1"), reason="workers are asked to stop with SIGUSR1")
def test_an_interrupted_pool_stops_its_workers_without_killing_them(tmp_path: Path) -> None:
    """A worker killed while it sends a result leaves the pool reading half a message forever (and the
    interpreter's exit waiting on that reader): an interrupted run asks its workers to drop their chunk
    instead, and they leave on their own, exit code 0, whatever they were doing."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from scheduler.store import ingest as ingest_module

    chunk = [(str(p), None) for p in make_corpus(tmp_path / "corpus", 50)] * 40  # minutes of work each
    ctx = mp.get_context("fork" if sys.platform.startswith("linux") else "spawn")
    pool = ProcessPoolExecutor(2, mp_context=ctx, initializer=ingest_module._quiet_worker, initargs=(os.getpid(),))
    futures = [pool.submit(ingest_module._work, chunk, None) for _ in range(4)]
    procs = list(pool._processes.values())  # type: ignore[attr-defined]
    deadline = time.monotonic() + 60
    while not any(f.running() for f in futures) and time.monotonic() < deadline:
        time.sleep(0.01)
    time.sleep(0.5)
    ingest_module._stop_workers(pool, futures)
    assert all(f.done() for f in futures)
    stopped = [f for f in futures if not f.cancelled() and isinstance(f.exception(), ingest_module._Stopped)]
    assert stopped, "no chunk was dropped: the workers were not inside one when asked"
    assert [p.exitcode for p in procs] == [0] * len(procs), f"a worker was killed, not stopped: {procs}"
