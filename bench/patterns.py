"""Which form of each event-cue pattern scans sentences faster: the boundary-free one `WordRegex` builds (``\\b``
stripped, the boundary checked after a hit) or the plain ``\\b`` pattern (prints figures).

    .venv/bin/python bench/patterns.py [--mb 0.5]

Builds the seeds varied (bench/extract.py) in a temporary folder, cuts them into folded sentences and times every
`WordRegex` of the extractor both ways over all of them (no head gating: the raw cost of a scan), then prints the
totals, the form each pattern uses now, and the patterns where the other form would be faster. `WordRegex` picks
the plain form for long alternations whose branches open with groups or classes (see its constructor).
"""

from __future__ import annotations

import argparse
import gc
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mb", type=float, default=0.5, help="size of the seeds varied (default 0.5 MB)")
    args = ap.parse_args()
    from extract import build_seed_corpus  # type: ignore[import-not-found]

    from scheduler.extraction import extract_text
    from scheduler.extraction.event_text import WordRegex, fold, sentences

    extract_text("Сегодня делегация посетила Минск", events=True)  # every pattern module loaded
    with tempfile.TemporaryDirectory() as tmp:
        build_seed_corpus(Path(tmp), args.mb)
        texts = [p.read_text(encoding="utf-8") for p in sorted(Path(tmp).rglob("*.txt"))]
    sents = [fold(s.text) for t in texts for s in sentences(t, None)]
    patterns = {id(o): o for o in gc.get_objects() if isinstance(o, WordRegex) and o.bounded}.values()
    rows = []
    for w in patterns:
        stripped = re.compile("|".join(f"(?:{a[2:]})" for a in _alternatives(w.pattern)))
        plain = re.compile(w.pattern)
        free = WordRegex.__new__(WordRegex)
        free.rx, free.exact = stripped, None
        t = time.perf_counter()
        for s in sents:
            free.search(s)
        a = time.perf_counter() - t
        t = time.perf_counter()
        for s in sents:
            plain.search(s)
        b = time.perf_counter() - t
        rows.append((a, b, "plain" if w.exact is not None else "free", w.pattern))
    now = sum(b if form == "plain" else a for a, b, form, _ in rows)
    print(f"{len(sents)} sentences, {len(rows)} patterns: all boundary-free {sum(r[0] for r in rows) * 1e3:.1f} ms, "
          f"all plain {sum(r[1] for r in rows) * 1e3:.1f} ms, as chosen {now * 1e3:.1f} ms, "
          f"best of each {sum(min(r[0], r[1]) for r in rows) * 1e3:.1f} ms")
    print("free ms  plain ms  used   pattern")
    for a, b, form, pattern in sorted(rows, key=lambda r: -abs(r[0] - r[1]))[:15]:
        print(f"{a * 1e3:7.2f}  {b * 1e3:8.2f}  {form:5}  {pattern[:70]}")


def _alternatives(pattern: str) -> list[str]:
    from scheduler.extraction.event_text import _alternatives as alts

    return alts(pattern)


if __name__ == "__main__":
    main()
