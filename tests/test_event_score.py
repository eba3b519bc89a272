"""The seed gate for events (issue 3): ../shared/eval/score.py on `presscal extract seeds/`.

Seeds: events F1 >= 0.9 and location agreement >= 0.8. The development set (../shared/eval/dev) is
scored too, against a floor a little under the figures reached, so that a rule that breaks unseen
texts fails here; the texts are read from ../shared, never copied into the project.
"""

from __future__ import annotations

import json
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


def test_dev_events_stay_above_floor(shared_dir: Path, tmp_path: Path) -> None:
    dev = shared_dir / "eval" / "dev"
    figures = _score(shared_dir, dev / "gold.jsonl", dev, sorted(dev.glob("d*.txt")), tmp_path / "dev.jsonl")
    print(json.dumps({k: figures[k] for k in ("events", "events.location")}, ensure_ascii=False))
    assert figures["events"]["f1"] >= 0.85, figures["events"]
    assert figures["events.location"] >= 0.75, figures
