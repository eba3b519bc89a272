"""Store benchmark: ingest of generated press releases, ``upcoming`` over 1,000,000 events, CLI cold start.

    .venv/bin/python bench/store.py [--docs 100000] [--events 1000000] [--workdir /tmp/presscal-bench]
    .venv/bin/python bench/store.py --docs 20000 --settle both --skip-upcoming   # settling's cost, side by side

Targets (issue 4): ingest of 100,000 documents into SQLite under 3 minutes with peak RSS of the
process tree under 500 MB; ``Store.upcoming`` over 1,000,000 stored events under 50 ms in-process;
``presscal upcoming`` cold start under 300 ms. Prints the figures; docs/performance.md records them.

``--settle both`` ingests the corpus four times in the same run, without the settling merge
(``PRESSCAL_SETTLE=0``, the greedy merge in arrival order) and with it, in the order off, on, on, off, then writes the extracted corpus again on each side in
batches of 1,000 and prints the seconds per 1,000 documents at the start and the end (issue 13: the
settling costs at most ~1.25x, not growing with the store's size). docs/reliability.md records them.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable
REGIONS = ("Курской", "Брянской", "Смоленской", "Псковской", "Орловской", "Белгородской", "Калужской",
           "Тульской", "Ярославской", "Ленинградской", "Воронежской", "Новгородской", "Тверской", "Омской")
CITIES = ("Минск", "Гомель", "Могилёв", "Витебск", "Гродно", "Брест", "Курск", "Брянск", "Смоленск", "Орёл")
MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря")
_DAY_MONTH = re.compile(r"\b(\d{1,2})(\s+)(" + "|".join(MONTHS) + r")\b")
_YEAR = re.compile(r"\b(19[89]\d|20[0-3]\d)\b")


def generate(out: Path, n: int, seed: int = 7) -> int:
    """``n`` press releases varied from seeds/: regions, cities, days, years and paragraphs changed."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    split = [[p for p in re.split(r"\n\s*\n", s) if p.strip()] for s in seeds]
    rng = random.Random(seed)
    total = 0
    for i in range(n):
        paras = split[rng.randrange(len(split))]
        head, body, tail = paras[0], paras[1:-1], paras[-1]
        picked = rng.sample(body, k=min(len(body), rng.randint(1, 2)))
        text = "\n\n".join([head, *picked, tail])
        shift = rng.randint(-12, 6)
        text = _YEAR.sub(lambda m, s=shift: str(int(m.group(1)) + s), text)
        text = _DAY_MONTH.sub(lambda m: f"{rng.randint(1, 28)}{m.group(2)}{rng.choice(MONTHS)}", text)
        text = text.replace("Курской", rng.choice(REGIONS)).replace("Минск", rng.choice(CITIES))
        folder = out / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        (folder / f"{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run_measured(cmd: list[str], env: dict[str, str]) -> tuple[float, float, str]:
    """Wall time and peak RSS (MB) of the process tree, sampled every 50 ms."""
    import tempfile

    import psutil

    log = tempfile.TemporaryFile(mode="w+")  # not a pipe: a flood of errors must not block the child
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
    ps = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            rss = ps.memory_info().rss + sum(c.memory_info().rss for c in ps.children(recursive=True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        time.sleep(0.05)
    secs = time.perf_counter() - t0
    log.seek(0)
    out = log.read()
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{out[-3000:]}")
    return secs, peak / 2**20, out.strip()[-500:]


def fill_events(db: Path, n: int, seed: int = 11) -> None:
    """``n`` events with one source each, written straight into an empty store (dates 1995-2035)."""
    from scheduler.store.reading import open_store

    open_store(f"sqlite:///{db}").close()
    rng = random.Random(seed)
    types = ("meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan", "other")
    base = dt.date(1995, 1, 1)
    now = "2026-01-01 00:00:00.000000"
    con = sqlite3.connect(db)
    ndocs = max(1, n // 10)
    con.executemany("INSERT INTO document (id, source, content_hash, lang, text, extractor_version, ingested_at,"
                    " updated_at, published) VALUES (?, ?, '', 'ru', '', '', ?, ?, ?)",
                    ((i, f"gen/{i:07d}.txt", now, now, "2020-01-01") for i in range(1, ndocs + 1)))

    def events():
        for i in range(1, n + 1):
            yearly = i % 500 == 0
            d = base + dt.timedelta(days=rng.randrange(41 * 365))
            span = rng.choice((0, 0, 0, 0, 1, 3))
            start = f"XXXX-{d:%m-%d}" if yearly else d.isoformat()
            sd = dt.date(4, d.month, d.day) if yearly else d
            ed = sd + dt.timedelta(days=0 if yearly else span)
            yield (i, f"{i:024x}@presscal", f"{i:040x}", rng.choice(types), f"Событие {i} в {rng.choice(CITIES)}",
                   start, None if not span or yearly else ed.isoformat(), sd.isoformat(), ed.isoformat(),
                   "yearly" if yearly else "day", "yearly" if yearly else None, now, now)

    con.executemany('INSERT INTO event (id, uid, merge_key, type, title, start, "end", start_date, end_date,'
                    " precision, recurrence, participants, hidden, sequence, content_hash, created_at, updated_at)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '[]', 0, 0, '', ?, ?)", events())
    con.executemany("INSERT INTO eventsource (event_id, document_id, merge_key, rank, order_key, evidence_start,"
                    " evidence_end, evidence, extracted) VALUES (?, ?, '', 3, '', 0, 10, ?, '{}')",
                    ((i, 1 + i % ndocs, f"Событие {i}.") for i in range(1, n + 1)))
    con.commit()
    con.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=100_000)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--workdir", default="/tmp/presscal-bench")
    ap.add_argument("--keep", action="store_true", help="keep the generated corpus between runs")
    ap.add_argument("--skip-ingest", action="store_true", help="only the upcoming and cold-start figures")
    ap.add_argument("--skip-upcoming", action="store_true", help="only the ingest figures")
    ap.add_argument("--settle", choices=("on", "off", "both"), default="on",
                    help="ingest with the settling merge, without it (PRESSCAL_SETTLE=0), or both side by side")
    ap.add_argument("--write-pass", nargs=2, metavar=("DOCS_PICKLE", "DB"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.write_pass:
        write_pass(Path(a.write_pass[0]), Path(a.write_pass[1]))
        return
    work = Path(a.workdir)
    work.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    if not a.skip_ingest:
        bench_ingest(work, a.docs, a.keep, env, a.settle)
    if not a.skip_upcoming:
        bench_upcoming(work, a.events, env)


def bench_ingest(work: Path, docs: int, keep: bool, env: dict[str, str], settle: str = "on") -> None:
    corpus = work / f"corpus-{docs}"
    if not keep or not corpus.exists():
        shutil.rmtree(corpus, ignore_errors=True)
        t = time.perf_counter()
        size = generate(corpus, docs)
        print(f"generated {docs} documents, {size / 2**20:.1f} MB, in {time.perf_counter() - t:.1f} s")
    sides = {"on": ("on",), "off": ("off",), "both": ("off", "on", "on", "off")}[settle]  # ABBA: drift cancels
    took: dict[str, list[float]] = {"on": [], "off": []}
    for side in sides:
        db = work / f"ingest-{side}.db"
        for f in work.glob(f"ingest-{side}.db*"):
            f.unlink()
        side_env = dict(env, PRESSCAL_SETTLE="0" if side == "off" else "1")
        cmd = [PY, "-m", "scheduler", "ingest", str(corpus), "--db", f"sqlite:///{db}", "--quiet"]
        secs, peak, out = run_measured(cmd, side_env)
        took[side].append(secs)
        print(f"ingest, settling {side}: {docs} documents in {secs:.1f} s ({docs / secs:.0f} docs/s), peak RSS"
              f" {peak:.0f} MB (targets: < 180 s, < 500 MB)\n  {out}\n  {stored(db)}")
        if settle != "both":
            secs, peak, out = run_measured(cmd, side_env)
            print(f"re-ingest (unchanged): {secs:.1f} s, peak RSS {peak:.0f} MB\n  {out}")
    if settle == "both":
        print(f"settling costs {sum(took['on']) / sum(took['off']):.2f}x the ingest time without it (off, on, on,"
              f" off: {', '.join(f'{x:.1f}' for x in (took['off'][0], *took['on'], took['off'][1]))} s)")
        bench_writes(work, corpus, env)


def stored(db: Path) -> str:
    with sqlite3.connect(db) as con:
        events, hidden = con.execute("SELECT count(*), sum(hidden) FROM event").fetchone()
        sources = con.execute("SELECT count(*) FROM eventsource").fetchone()[0]
    return f"{events} events ({hidden or 0} hidden), {sources} sources"


def _extract(paths: list[str]) -> list[tuple]:
    from scheduler.extraction import extract_paths
    from scheduler.store.writing import text_hash

    return [(d, text_hash(d.text)) for d in extract_paths(paths)]


def bench_writes(work: Path, corpus: Path, env: dict[str, str]) -> None:
    """The write side alone: the corpus extracted once, then written in batches of 1,000 by a fresh process on
    each side, in the order off, on, on, off in the same run."""
    import pickle
    from concurrent.futures import ProcessPoolExecutor

    sys.path.insert(0, str(ROOT))
    paths = sorted(str(p) for p in corpus.rglob("*.txt"))
    pick = work / f"{corpus.name}.pickle"
    if not pick.exists() or pick.stat().st_mtime < corpus.stat().st_mtime:
        with ProcessPoolExecutor(os.cpu_count() or 1) as pool:
            docs = [x for part in pool.map(_extract, [paths[i:i + 200] for i in range(0, len(paths), 200)])
                    for x in part]
        pick.write_bytes(pickle.dumps(docs))
    for side in ("off", "on", "on", "off"):
        db = work / f"writes-{side}.db"
        for f in work.glob(f"writes-{side}.db*"):
            f.unlink()
        side_env = dict(env, PRESSCAL_SETTLE="0" if side == "off" else "1")
        out = subprocess.run([PY, str(Path(__file__).resolve()), "--write-pass", str(pick), str(db)], env=side_env,
                             capture_output=True, text=True, check=True).stdout.strip()
        print(f"writes, settling {side}: {out}")


def write_pass(pick: Path, db: Path) -> None:
    import pickle

    sys.path.insert(0, str(ROOT))
    from scheduler.store import writing
    from scheduler.store.reading import open_store

    docs = pickle.loads(pick.read_bytes())
    store = open_store(f"sqlite:///{db}")
    per: list[float] = []
    t0 = time.perf_counter()
    for i in range(0, len(docs), 1000):
        t = time.perf_counter()
        writing.add_documents(store, docs[i:i + 1000])
        per.append(time.perf_counter() - t)
    total = time.perf_counter() - t0
    store.close()
    first, last = statistics.mean(per[:3]), statistics.mean(per[-3:])
    print(f"{len(docs)} documents in {total:.1f} s; per 1,000: first three {first:.2f} s, last three {last:.2f} s"
          f" [{' '.join(f'{x:.2f}' for x in per)}]; {stored(db)}")


def bench_upcoming(work: Path, events: int, env: dict[str, str]) -> None:
    big = work / "events.db"
    for f in work.glob("events.db*"):
        f.unlink()
    t = time.perf_counter()
    fill_events(big, events)
    print(f"filled {events} events in {time.perf_counter() - t:.1f} s")
    sys.path.insert(0, str(ROOT))
    from scheduler.store.reading import open_store

    today = dt.date(2026, 11, 22)
    fresh, n = [], 0
    for _ in range(10):  # a new Store each time: nothing cached in the process
        store = open_store(f"sqlite:///{big}")
        t = time.perf_counter()
        n = len(store.upcoming(today=today, days=30))
        fresh.append(time.perf_counter() - t)
        store.close()
    print(f"upcoming(days=30) over {events} events, fresh Store: median {statistics.median(fresh) * 1000:.1f} ms,"
          f" min {min(fresh) * 1000:.1f} ms, {n} occurrences (target < 50 ms)")
    store = open_store(f"sqlite:///{big}")
    times = []
    for _ in range(20):  # one Store, as in the web app and the scheduler: unchanged records are reused
        t = time.perf_counter()
        n = len(store.upcoming(today=today, days=30))
        times.append(time.perf_counter() - t)
    print(f"upcoming(days=30) over {events} events, repeated on one Store: median"
          f" {statistics.median(times) * 1000:.1f} ms, max {max(times) * 1000:.1f} ms")
    cold = []
    for _ in range(10):
        t = time.perf_counter()
        subprocess.run([PY, "-m", "scheduler", "upcoming", "--db", f"sqlite:///{big}", "--from", "2026-11-22"],
                       env=env, stdout=subprocess.DEVNULL, check=True)
        cold.append(time.perf_counter() - t)
    print(f"presscal upcoming cold start ({n} rows printed): median {statistics.median(cold) * 1000:.0f} ms,"
          f" min {min(cold) * 1000:.0f} ms (target < 300 ms)")


if __name__ == "__main__":
    main()
