"""The seed gate for events (issue 3): ../shared/eval/score.py on `presscal extract seeds/`.

Seeds: events F1 >= 0.9 and location agreement >= 0.8. The development set (../shared/eval/dev) is
scored too, each half against a floor a little under the figures reached (the half tuned on and the 20
texts kept aside), so that a rule that breaks unseen texts fails here; the texts are read from
../shared, never copied into the project.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.shared


def _score(shared: Path, gold: Path, corpus: Path, files: list[Path], out: Path) -> dict:
    run = subprocess.run([sys.executable, "-m", "scheduler", "extract", *map(str, files), "--format", "jsonl"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    out.write_text(run.stdout, encoding="utf-8")
    score = subprocess.run([sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold),
                            "--corpus", str(corpus), "--system", str(out), "--json"],
                           capture_output=True, text=True, timeout=120)
    assert score.returncode == 0, score.stdout + score.stderr
    return json.loads(score.stdout)


def test_seed_events_meet_the_gate(shared_dir: Path, tmp_path: Path) -> None:
    seeds = ROOT / "seeds"
    figures = _score(shared_dir, shared_dir / "eval" / "seeds_gold.jsonl", seeds, sorted(seeds.glob("*.txt")),
                     tmp_path / "seeds.jsonl")
    assert figures["missing_docs"] == 0
    assert figures["events"]["f1"] >= 0.9, figures["events"]
    assert figures["events.location"] >= 0.8, figures


def _aside(doc_id: str) -> bool:
    """The 20 texts kept aside while writing rules (d042, d045, … d099): the honest half."""
    n = int(doc_id[1:])
    return n > 40 and n % 3 == 0


def _half(gold: Path, keep, out: Path) -> Path:
    out.write_text("".join(line for line in gold.read_text(encoding="utf-8").splitlines(keepends=True)
                           if line.strip() and keep(json.loads(line)["id"])), encoding="utf-8")
    return out


# the figures reached on ../shared/eval/dev (100 texts, gold revised to GUIDE.md), less a small margin:
# (events F1, location agreement) for the texts tuned on and for the 20 kept aside (aside: F1 0.867, location 0.795
# over its 52 matched events since the twentieth session's 16169fa, anniversary bases in be and en -- 0.769 before;
# F1 0.881 since the twenty-fifth session: a false visit and a false event less, P 0.912 -> 0.946; location 0.951 tuned
# and 0.821 aside since the twenty-eighth: who marks an anniversary, a town and more regions, «в республику»)
DEV_FLOORS = {"tuned": (0.93, 0.94), "aside": (0.87, 0.81)}


@pytest.mark.parametrize("half", ["tuned", "aside"])
def test_dev_events_stay_above_floor(shared_dir: Path, tmp_path: Path, half: str) -> None:
    dev = shared_dir / "eval" / "dev"
    keep = _aside if half == "aside" else (lambda d: not _aside(d))
    gold = _half(dev / "gold.jsonl", keep, tmp_path / f"{half}.jsonl")
    files = [f for f in sorted(dev.glob("d*.txt")) if keep(f.stem)]
    figures = _score(shared_dir, gold, dev, files, tmp_path / "dev.jsonl")
    print(json.dumps({k: figures[k] for k in ("events", "events.location")}, ensure_ascii=False))
    f1, location = DEV_FLOORS[half]
    assert figures["missing_docs"] == 0
    assert figures["events"]["f1"] >= f1, figures["events"]
    assert figures["events.location"] >= location, figures


def test_dev_titles_are_rarely_bare_labels(shared_dir: Path, tmp_path: Path) -> None:
    """Issue 10: at most 5% of the titles on all development texts are bare labels (fewer than three words
    outside parentheses: «Встреча», «Визит (Беларусь)», «Форум»)."""
    files = sorted((shared_dir / "eval" / "dev").glob("d*.txt"))
    run = subprocess.run([sys.executable, "-m", "scheduler", "extract", *map(str, files), "--format", "jsonl"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    titles = [e["title"] for line in run.stdout.splitlines() for e in json.loads(line)["events"]]
    bare = [t for t in titles if len(re.findall(r"[\w«»\"-]+", re.sub(r"\([^)]*\)", "", t))) < 3]
    assert len(titles) > 200
    assert len(bare) <= 0.05 * len(titles), bare


_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?|XXXX-\d{2}-\d{2}")  # FORMAT.md: the date values an event may carry


def test_every_event_date_on_the_dev_texts_is_a_format_value(shared_dir: Path) -> None:
    """A month of an unknown year («XXXX-09») or a bare «XXXX» is no value of FORMAT.md: a unit holding a year-less
    span has no form, so the event stays undated."""
    files = sorted((shared_dir / "eval" / "dev").glob("d*.txt"))
    run = subprocess.run([sys.executable, "-m", "scheduler", "extract", *map(str, files), "--format", "jsonl"],
                         cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr
    values = [(e["title"], v) for line in run.stdout.splitlines() for e in json.loads(line)["events"]
              for v in (e["start"], e["end"]) if v is not None]
    assert len(values) > 200
    assert [tv for tv in values if not _VALUE.fullmatch(tv[1])] == []
