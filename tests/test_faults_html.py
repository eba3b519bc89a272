"""Issue 13, point 4: hostile HTML neither stalls nor breaks extraction, and no document holds a run.

Deep nesting and attribute floods are bounded before the parser (whose time grows with their square);
the figures are in bench/hostile_html.py. A document that still overruns its time budget
(PRESSCAL_DOC_SECONDS) is reported and skipped, and the run goes on.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler.extraction.documents import MAX_ATTRIBUTES, MAX_DEPTH, bound_markup, html_main_text

from .conftest import ROOT, SEEDS

pytestmark = pytest.mark.faults
TEXT = "Встреча губернатора с делегацией состоится 12 мая 2026 года в Минске."


def nested(n: int, tag: str = "div") -> str:
    return f"<html><body>{f'<{tag}>' * n}<p>{TEXT}</p>{f'</{tag}>' * n}</body></html>"


def attributes(n: int) -> str:
    return "<html><body><div " + " ".join(f'data-a{i}="x"' for i in range(n)) + f"><p>{TEXT}</p></div></body></html>"


def depth(html: str) -> int:
    d = most = 0
    for closing, _name in re.findall(r"<(/?)(div|article|section|span)\b", html):
        d += -1 if closing else 1
        most = max(most, d)
    return most


@pytest.mark.parametrize("html", [nested(20_000), nested(5_000, "article"), nested(3_000, "span"), attributes(50_000)],
                         ids=["divs", "articles", "spans", "attributes"])
def test_issue_13_hostile_markup_is_bounded_and_its_text_kept(html: str) -> None:
    bounded = bound_markup(html)
    assert depth(bounded) <= MAX_DEPTH and max(t.count("=") for t in re.findall(r"<[^>]*>", bounded)) <= MAX_ATTRIBUTES
    text, _ = html_main_text(html)  # no RecursionError on deep trees either
    assert TEXT in text


def test_issue_13_ordinary_pages_pass_unchanged() -> None:
    page = ('<!doctype html><html><head><meta property="og:url" content="https://example.org/a?b=1&c=2">'
            '<title>T</title></head><body><nav class="menu"><a href="/">Главная</a></nav><article>'
            f'<h1 class="x" id="y">Заголовок новости</h1><p data-x=\'a>b\'>{TEXT}</p><br/><img src="a.png" alt="">'
            "<ul><li>один<li>два</ul></article></body></html>")
    assert bound_markup(page) is page
    deep_but_fine = nested(MAX_DEPTH - 10)
    assert bound_markup(deep_but_fine) is deep_but_fine


def test_issue_13_a_document_over_its_time_budget_is_skipped_and_the_run_goes_on(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    for f in sorted(SEEDS.glob("*.txt"))[:2]:
        shutil.copy(f, docs / f.name)
    (docs / "zz_hostile.html").write_text(nested(1_500_000), encoding="utf-8")  # seconds of work, linear
    db = f"sqlite:///{tmp_path / 'h.db'}"
    env = dict(os.environ, PYTHONPATH=str(ROOT), PRESSCAL_DOC_SECONDS="0.5")
    r = subprocess.run([sys.executable, "-m", "scheduler", "ingest", str(docs), "--db", db, "--workers", "2"],
                       capture_output=True, text=True, cwd=ROOT, env=env, timeout=300)
    assert r.returncode == 1, r.stdout + r.stderr  # one document failed
    assert "2 new" in r.stdout and "1 failed" in r.stdout, r.stdout
    assert "zz_hostile.html: took longer than 0.5 s" in r.stderr, r.stderr
    bad = subprocess.run([sys.executable, "-m", "scheduler", "ingest", str(docs), "--db", db],
                         capture_output=True, text=True, cwd=ROOT, env={**env, "PRESSCAL_DOC_SECONDS": "0"})
    assert bad.returncode != 0 and "PRESSCAL_DOC_SECONDS" in bad.stderr
