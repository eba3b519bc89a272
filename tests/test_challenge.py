"""The challenge sets (tests/data/challenge, 990 invented passages and short releases in ru/be/en with GUIDE.md's events): events F1 by
../shared/eval/score.py's own matching stays above the figure reached, in each language."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from scheduler.extraction import extract_text

pytestmark = pytest.mark.shared

DATA = Path(__file__).resolve().parent / "data" / "challenge"
# reached (F1), less a small margin. The first set (short passages, read) ru 0.94, be 0.96, en 0.96; the second (longer
# passages with several events of a kind, trips told indirectly) ru2 0.848, en2 0.865 (read), be2 0.829 (never read);
# the third and fourth (whole short releases, nineteenth session) ru3 0.944 (read), be3 0.828, en3 0.887, ru4 0.804,
# be4 0.814 (never read: 0.810, 0.837, 0.781 and 0.771 with the session's first code), and en4 0.765 (written last,
# never read: 0.768 with the session's first code); twentieth session: en2 0.878 (read), be2 0.834, be4 0.817, en3 0.884
# (never read); twenty-first session: the fifth set (ru5, be5, en5, never read) 0.779, 0.841, 0.799 with the session's
# first code, 0.789, 0.859, 0.806 with its last; read sets ru 0.961, be 0.963, en 0.967, ru2 0.868, en2 0.911, ru3
# 0.965; never read be2 0.837, ru4 0.825, en4 0.768 (the others unchanged); twenty-second session: read ru 0.965, ru3
# 0.968; never read be2 0.840, be3 0.831, en3 0.895, be4 0.814, ru5 0.796 (the others unchanged); twenty-third
# session: the sixth set (ru6, be6, en6, never read, written blind mid-session) 0.837, 0.818, 0.831 with the session's
# first code, 0.851, 0.833, 0.834 with its last; read ru 0.981, be 0.986, en 0.972, ru2 0.892, en2 0.935; never read
# be2 0.856, en3 0.900, ru4 0.843, en4 0.772, ru5 0.811, en5 0.825 (be3 0.826: one event less); twenty-fourth session:
# read ru2 0.900, en2 0.955; never read be2 0.866, en3 0.910, en4 0.775, ru5 0.819, be5 0.870, en5 0.829, ru6 0.858
FLOORS = {"ru": 0.96, "be": 0.96, "en": 0.96, "ru2": 0.89, "be2": 0.85, "en2": 0.94,
          "ru3": 0.94, "be3": 0.81, "en3": 0.89, "ru4": 0.82, "be4": 0.80, "en4": 0.75,
          "ru5": 0.80, "be5": 0.85, "en5": 0.81, "ru6": 0.84, "be6": 0.82, "en6": 0.82}


def _scorer(shared: Path):
    spec = importlib.util.spec_from_file_location("shared_score", shared / "eval" / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("lang", sorted(FLOORS))
def test_challenge_events_stay_above_floor(shared_dir: Path, lang: str) -> None:
    score = _scorer(shared_dir)
    tp = fp = fn = 0
    for line in (DATA / f"{lang}.jsonl").read_text(encoding="utf-8").splitlines():
        item = json.loads(line)
        found = extract_text(item["text"], published=item["published"]).to_dict()["events"]
        system = [e for e in found if e["type"] in score.SCORED_TYPES and e.get("start")]
        gold = [e for e in item["events"] if e["type"] in score.SCORED_TYPES and e.get("start")]
        used: set[int] = set()
        for g in gold:
            k = next((k for k, s in enumerate(system) if k not in used and score.event_matches(g, s)), None)
            if k is None:
                fn += 1
            else:
                used.add(k)
        tp += len(used)
        fp += len(system) - len(used)
    precision, recall = tp / max(1, tp + fp), tp / max(1, tp + fn)
    f1 = 2 * precision * recall / max(1e-9, precision + recall)
    print(f"{lang}: P {precision:.3f} R {recall:.3f} F1 {f1:.3f} (tp {tp}, fp {fp}, fn {fn})")
    assert tp + fn >= 90, "the set holds the events it should"  # (and every passage is read without an error)
    assert f1 >= FLOORS[lang], (lang, round(f1, 3))
