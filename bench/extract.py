"""Throughput and peak memory of ``presscal extract`` against natasha and dateparser (prints figures).

    .venv/bin/pip install -e '.[bench]' && .venv/bin/python bench/extract.py [--mb 4] [--big-mb 16]

Builds a corpus in a temporary folder (the seeds plus generated press-release-like texts in ru/be/en),
then runs each extractor in its own fresh process (single process, so peak RSS is its own): presscal's
pipeline (read -> extract -> JSON Lines to /dev/null) with events off and on, on two corpus sizes to
show memory stays flat; natasha's ``DatesExtractor`` and dateparser's ``search_dates(languages=["ru"])``
on slices of the same corpus (they are slow), normalised to MB/s; each runs ``--repeat`` times (default 5),
the runs interleaved (presscal, natasha, presscal, ...) so a burst of load on the shared machine falls on all
of them, and the median run counts. Rates use CPU time (``process_time``) so other work on the machine skews
the ratios less; setup (imports, models) is timed apart. The seeds varied (realistic releases) are measured
with events off and on.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

REGIONS = ["Курской", "Брянской", "Смоленской", "Псковской", "Орловской", "Тульской", "Нижегородской",
           "Ленинградской", "Ярославской", "Калужской", "Белгородской", "Новосибирской"]
BY = ["Гомельской", "Могилевской", "Витебской", "Брестской", "Минской", "Гродненской"]
MONTHS = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
          "ноября", "декабря"]
BE_MONTHS = ["студзеня", "лютага", "сакавіка", "красавіка", "траўня", "чэрвеня", "ліпеня", "жніўня", "верасня",
             "кастрычніка", "лістапада", "снежня"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
RU_SENT = [
    "{d} {mon} {y} года в {city} состоялось заседание совместной рабочей группы по сотрудничеству {r} области и "
    "{b} области.",
    "Сегодня, {d} {mon}, делегация {r} области прибыла с рабочим визитом в {city}.",
    "За январь-{mon2} {y} г. товарооборот составил {n},{n2} млн долларов и вырос на {n2} процентов по "
    "сравнению с январем-{mon3} {y0} г.",
    "Стороны подписали План мероприятий на {y}-{y2} годы к Соглашению от {d}.{mm}.{y0}.",
    "С {d} по {d2} {mon} пройдут Дни {r} области в {city}, в программе {n} мероприятий и {n2} выставок.",
    "В прошлом году состоялся визит делегации, итогом которого стало подписание {n} документов.",
    "На этой неделе запланирована встреча губернатора с председателем {b} облисполкома.",
    "Фестиваль «Славянское единство-{y}» пройдет {d} {mon} у Монумента Дружбы.",
    "Участники обсудили вопросы промышленной кооперации, поставок техники и логистики на {n} предприятиях.",
    "По итогам {y0} года экспорт в регион составил {n} млн долларов, импорт — {n2} млн.",
    "Ярмарка будет работать ежедневно с 10.00 до 19.00, в ней участвуют {n} предприятий.",
    "Сотрудничество началось в {y0} году. За {n2} лет реализовано множество совместных проектов.",
]
BE_SENT = [
    "{d} {bmon} {y} года ў {city} адбылася сустрэча з дэлегацыяй {r} вобласці.",
    "З {d} па {d2} {bmon} пройдуць Дні культуры, сёлета ў праграме {n} мерапрыемстваў.",
    "У бягучым годзе таваразварот вырас на {n2} працэнтаў.",
]
EN_SENT = [
    "On {emon} {d}, {y} the delegation of {r_en} Oblast visited {city_en} to sign a cooperation plan for "
    "{y}-{y2}.",
    "GOMEL, {d} {emon} (BelTA) - The parties discussed trade, which totaled ${n} million in {y0}.",
    "The fair will be held from {emon} {d} to {d2}, {y}; this year {n} companies take part.",
]
FILLER = [
    "Участники встречи обсудили вопросы развития промышленной кооперации и поставок сельскохозяйственной техники.",
    "Стороны отметили высокий уровень взаимодействия в торгово-экономической и гуманитарной сферах.",
    "Особое внимание было уделено реализации совместных инвестиционных проектов и созданию сборочных производств.",
    "В составе делегации — руководители районов, представители крупных предприятий и учебных заведений.",
    "Губернатор подчеркнул, что область заинтересована в расширении сотрудничества с белорусскими партнерами.",
    "Гости посетили предприятия машиностроения, агрокомбинат и молочный комбинат, осмотрели новые цеха.",
    "Обсуждались перспективы участия в выставках, обмена студентами и проведения совместных культурных акций.",
    "Председатель облисполкома рассказал о социально-экономическом развитии региона и его промышленности.",
    "Бакі абмеркавалі пытанні развіцця прамысловай кааперацыі і пастаўкі сельскагаспадарчай тэхнікі.",
    "The parties discussed industrial cooperation, supplies of machinery and joint investment projects.",
    "По словам министра, потенциал сотрудничества далеко не исчерпан, и работа будет продолжена.",
    "Фото: пресс-служба правительства области. Подписывайтесь на наш канал, чтобы не пропустить новости.",
]
CITIES = ["Минске", "Гомеле", "Могилеве", "Курске", "Брянске", "Смоленске", "Витебске"]


def _fill(tpl: str, rnd: random.Random) -> str:
    y = rnd.randint(2005, 2025)
    m = rnd.randint(0, 11)
    d = rnd.randint(1, 28)
    return tpl.format(
        d=d, d2=min(d + rnd.randint(1, 5), 28), mon=MONTHS[m], mon2=MONTHS[max(m, 1)], mon3=MONTHS[max(m, 1)],
        bmon=BE_MONTHS[m], emon=EN_MONTHS[m], mm=f"{m + 1:02d}", y=y, y0=y - 1, y2=y + 2,
        n=rnd.randint(2, 900), n2=rnd.randint(2, 99), r=rnd.choice(REGIONS), b=rnd.choice(BY),
        city=rnd.choice(CITIES), r_en="Bryansk", city_en="Gomel")


def build_corpus(folder: Path, megabytes: float, seed: int = 7) -> tuple[int, int]:
    """Write the seeds and generated texts until ``megabytes``; returns (documents, bytes)."""
    rnd = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    target, total, n = int(megabytes * 1024 * 1024), 0, 0
    while total < target:
        if n % 20 < len(seeds):
            text = seeds[n % 20]
        else:
            lang = rnd.choices(["ru", "be", "en"], [8, 1, 1])[0]
            pool = {"ru": RU_SENT, "be": BE_SENT + RU_SENT[8:9], "en": EN_SENT}[lang]
            paras = [" ".join(_fill(rnd.choice(pool), rnd) if rnd.random() < 0.35 else rnd.choice(FILLER)
                              for _ in range(rnd.randint(2, 6)))
                     for _ in range(rnd.randint(3, 7))]
            text = "Заголовок новости о сотрудничестве регионов\n\n" + "\n\n".join(paras) + \
                   f"\n\nSource URL: https://example.by/news/{n}"
        total += _write(folder, f"doc{n:06d}.txt", n, text)
        n += 1
    return n, total


def _write(folder: Path, name: str, n: int, text: str) -> int:
    """Write one document into the corpus (500 a subfolder); its size in bytes."""
    data = text.encode("utf-8")
    sub = folder / f"{n // 500:03d}"
    sub.mkdir(exist_ok=True)
    (sub / name).write_bytes(data)
    return len(data)


# the seeds varied: the same releases with other regions, towns, people, days and years, so the corpus reads
# like real releases (their length, their density of events) without repeating one text
_REGION_FORMS = [("Курск", "Брянск"), ("Курск", "Смоленск"), ("Курск", "Псковск"), ("Курск", "Орловск"),
                 ("Курск", "Тульск"), ("Курск", "Калужск"), ("Брянск", "Курск"), ("Смоленск", "Тверск")]
_BY_FORMS = [("Гомельск", "Витебск"), ("Гомельск", "Могилевск"), ("Гомельск", "Брестск"), ("Гомельск", "Гродненск"),
             ("Могилевск", "Гомельск"), ("Витебск", "Минск")]
_PEOPLE = [("Роман Старовойт", "Александр Богомаз"), ("Романа Старовойта", "Александра Богомаза"),
           ("Иван Крупко", "Иван Субботин"), ("Ивана Крупко", "Ивана Субботина")]


def vary_seed(text: str, rnd: random.Random) -> str:
    """One variant of a seed: a Russian region, a Belarusian region, the people, the days and the years changed
    consistently through the text."""
    import re

    a, b = rnd.choice(_REGION_FORMS)
    text = text.replace(a, b)
    a, b = rnd.choice(_BY_FORMS)
    text = text.replace(a, b)
    for old, new in _PEOPLE:
        if rnd.random() < 0.5:
            text = text.replace(old, new)
    shift = rnd.randint(-6, 3)
    text = re.sub(r"\b(20[0-2]\d)\b", lambda m: str(int(m.group(1)) + shift), text)
    return re.sub(r"\b([12]?\d)(\s+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября"
                  r"|декабря))", lambda m: f"{rnd.randint(1, 28)}{m.group(2)}", text)


def build_seed_corpus(folder: Path, megabytes: float, seed: int = 11) -> tuple[int, int]:
    """Write varied seeds until ``megabytes``; returns (documents, bytes)."""
    rnd = random.Random(seed)
    seeds = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    target, total, n = int(megabytes * 1024 * 1024), 0, 0
    while total < target:
        total += _write(folder, f"seed{n:06d}.txt", n, vary_seed(seeds[n % len(seeds)], rnd))
        n += 1
    return n, total


def _files(corpus: Path, limit: int | None) -> list[Path]:
    out, size = [], 0
    for p in sorted(corpus.rglob("*.txt")):
        out.append(p)
        size += p.stat().st_size
        if limit and size >= limit:
            break
    return out


def worker(kind: str, corpus: Path, limit: int | None) -> dict:
    """Run one extractor over the corpus in this process; report bytes, docs, seconds, peak RSS."""
    t0 = time.process_time()
    if kind.startswith("presscal"):
        from scheduler.extraction import extract_paths, extract_text, grammar, warm

        events = kind.startswith("presscal+events")
        extract_text("Сегодня, 1 января 2020 года", events=events)  # load what loads lazily
        if not events:
            grammar.warm()  # every date rule compiled (each compiles on its first use otherwise)
        elif not kind.endswith("cold"):  # ("presscal+events cold": the first documents load them, as before `warm`)
            warm()  # and the models the first documents would load (the gazetteer, CLDR's names, every date rule)
        files = [str(p) for p in _files(corpus, limit)]
        setup = time.process_time() - t0
        t1 = time.process_time()
        nbytes = docs = 0
        with open(os.devnull, "w", encoding="utf-8") as sink:
            for res in extract_paths(files, events=events):
                if hasattr(res, "to_dict"):
                    sink.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
                    nbytes += len(res.text.encode("utf-8"))
                    docs += 1
    else:
        files = _files(corpus, limit)
        if kind == "natasha":
            from natasha import DatesExtractor, MorphVocab

            ex = DatesExtractor(MorphVocab())

            def run(text: str) -> object:
                return list(ex(text))
        else:
            from dateparser.search import search_dates

            search_dates("1 января 2020", languages=["ru"])  # load the language data before timing

            def run(text: str) -> object:
                return search_dates(text, languages=["ru"])
        setup = time.process_time() - t0
        t1 = time.process_time()
        nbytes = docs = 0
        for p in files:
            text = p.read_text(encoding="utf-8")
            run(text)
            nbytes += len(text.encode("utf-8"))
            docs += 1
    secs = time.process_time() - t1
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"kind": kind, "bytes": nbytes, "docs": docs, "seconds": secs, "setup": setup, "peak_mb": peak_kb / 1024}


def measure(kind: str, corpus: Path, limit: int | None = None) -> dict:
    cmd = [sys.executable, __file__, "--worker", kind, "--corpus", str(corpus)]
    if limit:
        cmd += ["--limit", str(limit)]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, cwd=ROOT).stdout
    return json.loads(out.strip().splitlines()[-1])


def medians(n: int, jobs: list[tuple[str, Path, int | None]]) -> list[dict]:
    """Each job (kind, corpus, slice) run ``n`` times, each run in a fresh process, the jobs interleaved round
    by round (a burst of load on the shared machine then slows all of them, not one); each job's median run
    (by CPU seconds), with ``runs`` keeping every run's seconds so the spread can be printed."""
    runs: list[list[dict]] = [[] for _ in jobs]
    for _ in range(max(1, n)):
        for i, (kind, corpus, limit) in enumerate(jobs):
            runs[i].append(measure(kind, corpus, limit))
    out = []
    for got in runs:
        ordered = sorted(got, key=lambda r: r["seconds"])
        out.append({**ordered[(len(ordered) - 1) // 2], "runs": [r["seconds"] for r in got]})
    return out


def cli_seconds(corpus: Path) -> float:
    t = time.perf_counter()
    with open(os.devnull, "wb") as sink:
        subprocess.run([sys.executable, "-m", "scheduler", "extract", str(corpus), "--format", "jsonl",
                        "--no-events"], stdout=sink, check=False, cwd=ROOT)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=4.0, help="corpus size (default 4 MB)")
    ap.add_argument("--big-mb", type=float, default=16.0, help="the larger corpus for the memory check")
    ap.add_argument("--natasha-kb", type=int, default=512, help="slice given to natasha (default 512 KB)")
    ap.add_argument("--dateparser-kb", type=int, default=48, help="slice given to dateparser (default 48 KB)")
    ap.add_argument("--seeds-mb", type=float, default=1.0, help="the seeds varied, realistic text (default 1 MB)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per extractor; the median counts (default 5)")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--corpus", help=argparse.SUPPRESS)
    ap.add_argument("--limit", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.worker:
        print(json.dumps(worker(a.worker, Path(a.corpus), a.limit)))
        return
    with tempfile.TemporaryDirectory(prefix="presscal-bench-") as tmp:
        small, big = Path(tmp) / "small", Path(tmp) / "big"
        small.mkdir()
        big.mkdir()
        ns, bs = build_corpus(small, a.mb)
        nb, bb = build_corpus(big, a.big_mb)
        print(f"corpus: {ns} documents, {bs / 1e6:.1f} MB (and {nb} documents, {bb / 1e6:.1f} MB for memory); "
              f"python {sys.version.split()[0]}, single process")
        n = a.repeat
        rows = medians(n, [("presscal", small, None), ("presscal+events", small, None),
                           ("natasha", small, a.natasha_kb * 1024), ("dateparser", small, a.dateparser_kb * 1024)])
        rows.insert(1, medians(1, [("presscal", big, None)])[0])
        print(f"median of {n} runs each (CPU seconds of every run: "
              + "; ".join(f"{r['kind']} " + "/".join(f"{x:.2f}" for x in r["runs"]) for r in rows if r is not rows[1])
              + ")")
        print(f"{'extractor':17} {'corpus MB':>9} {'docs':>6} {'seconds':>8} {'MB/s':>8} {'docs/s':>8} "
              f"{'peak RSS MB':>11} {'setup s':>7}")
        for r in rows:
            mb = r["bytes"] / 1e6
            print(f"{r['kind']:17} {mb:9.2f} {r['docs']:6d} {r['seconds']:8.2f} {mb / r['seconds']:8.3f} "
                  f"{r['docs'] / r['seconds']:8.1f} {r['peak_mb']:11.1f} {r['setup']:7.2f}")
        speed = {r["kind"]: r["bytes"] / r["seconds"] for r in rows if r is not rows[1]}
        print(f"ratio presscal / natasha MB/s:          {speed['presscal'] / speed['natasha']:8.1f}x  (target >= 25x)")
        print(f"ratio presscal+events / natasha MB/s:   {speed['presscal+events'] / speed['natasha']:8.1f}x")
        print(f"ratio presscal / dateparser MB/s:       {speed['presscal'] / speed['dateparser']:8.1f}x")
        print(f"peak RSS {rows[0]['peak_mb']:.1f} MB on {rows[0]['bytes'] / 1e6:.1f} MB vs "
              f"{rows[1]['peak_mb']:.1f} MB on {rows[1]['bytes'] / 1e6:.1f} MB (flat = streaming)")
        print(f"end to end `presscal extract <{bs / 1e6:.1f} MB folder> --no-events > /dev/null`: "
              f"{cli_seconds(small):.2f} s including start-up")
        # realistic text: the seeds varied (issue 10 measures the whole extractor there)
        real = Path(tmp) / "seeds"
        real.mkdir()
        nr, br = build_seed_corpus(real, a.seeds_mb)
        rows = medians(n, [("presscal", real, None), ("presscal+events", real, None),
                           ("presscal+events cold", real, None), ("natasha", real, a.natasha_kb * 1024)])
        print(f"\nthe seeds varied: {nr} documents, {br / 1e6:.1f} MB (CPU seconds of every run: "
              + "; ".join(f"{r['kind']} " + "/".join(f"{x:.2f}" for x in r["runs"]) for r in rows) + ")")
        for r in rows:
            mb = r["bytes"] / 1e6
            print(f"{r['kind']:17} {mb:9.2f} {r['docs']:6d} {r['seconds']:8.2f} {mb / r['seconds']:8.3f} "
                  f"{r['docs'] / r['seconds']:8.1f} {r['peak_mb']:11.1f} {r['setup']:7.2f}")
        speed = {r["kind"]: r["bytes"] / r["seconds"] for r in rows}
        print(f"ratio presscal / natasha MB/s on the seeds varied:        {speed['presscal'] / speed['natasha']:8.1f}x  "
              "(target >= 25x)")
        print(f"ratio presscal+events / natasha MB/s on the seeds varied: "
              f"{speed['presscal+events'] / speed['natasha']:8.1f}x  (target >= 10x; "
              f"{speed['presscal+events cold'] / speed['natasha']:.1f}x with the models loaded by the first documents)")


if __name__ == "__main__":
    main()
