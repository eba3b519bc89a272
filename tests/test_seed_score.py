"""The seed gold, scored by ../shared/eval/score.py exactly as the lead scores it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler.extraction import extract_paths

from .conftest import ROOT


def _run_score(shared: Path, gold: Path, corpus: Path, system: Path, *bounds: str) -> subprocess.CompletedProcess:
    cmd = [sys.executable, str(shared / "eval" / "score.py"), "--gold", str(gold), "--corpus", str(corpus),
           "--system", str(system), "--json"]
    for b in bounds:
        cmd += ["--min", b]
    return subprocess.run(cmd, capture_output=True, text=True, timeout=120)


@pytest.mark.shared
def test_seeds_meet_the_bounds(shared_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "seeds.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for res in extract_paths([str(ROOT / "seeds")]):
            fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")  # type: ignore[union-attr]
    r = _run_score(shared_dir, shared_dir / "eval" / "seeds_gold.jsonl", shared_dir / "seeds", out,
                   "mentions.strict.f1=0.95", "published=0.8")
    assert r.returncode == 0, r.stdout + r.stderr
    figures = json.loads(r.stdout.splitlines()[0])
    assert figures["invalid_spans"] == 0 and figures["missing_docs"] == 0
    # the seeds are the texts every rule was first written against: any event or date mention lost or added there is
    # a regression
    assert figures["events"]["f1"] == 1.0, figures["events"]
    assert figures["mentions.strict"]["f1"] == 1.0, figures["mentions.strict"]


@pytest.mark.shared
def test_dev_set_spans_are_valid(shared_dir: Path, tmp_path: Path) -> None:
    """The dev set (read from ../shared, never copied): every span valid, and a floor under the figures."""
    dev = shared_dir / "eval" / "dev"
    out = tmp_path / "dev.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for res in extract_paths(sorted(str(p) for p in dev.glob("d*.txt")), events=False):
            fh.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")  # type: ignore[union-attr]
    r = _run_score(shared_dir, dev / "gold.jsonl", dev, out, "mentions.strict.f1=0.85", "published=0.8")
    assert r.returncode == 0, r.stdout + r.stderr
    assert json.loads(r.stdout.splitlines()[0])["invalid_spans"] == 0
