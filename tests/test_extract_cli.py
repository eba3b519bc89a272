"""``presscal extract`` as a user runs it: a real process, files, folders, stdin, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

RU = "Сегодня, 20 октября, в Минске состоялось заседание. За январь-август 2017 г. товарооборот вырос."


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "COLUMNS": "160"}
    return subprocess.run([sys.executable, "-m", "scheduler", "extract", *args], input=stdin, capture_output=True,
                          cwd=ROOT, env=env, timeout=120)


def lines(out: bytes) -> list[dict]:
    return [json.loads(line) for line in out.decode("utf-8").splitlines()]


def test_jsonl_contract_in_input_order(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Встреча пройдет 1 апреля 2024 года.", encoding="utf-8")
    r = run(str(tmp_path / "b.txt"), str(tmp_path / "a.txt"), "--format", "jsonl", "--no-events")
    assert r.returncode == 0, r.stderr
    docs = lines(r.stdout)
    assert [Path(d["source"]).name for d in docs] == ["b.txt", "a.txt"]
    assert set(docs[0]) >= {"source", "url", "lang", "published", "mentions", "events"}
    assert docs[0]["published"] == {"value": "2017-10-20", "how": "inferred",
                                    "evidence": "Сегодня, 20 октября … январь-август 2017 г."}
    m = docs[0]["mentions"][0]
    assert RU[m["start"]:m["end"]] == m["text"] == "Сегодня, 20 октября"
    assert docs[1]["mentions"] == [{"text": "1 апреля 2024 года", "start": 16, "end": 34, "value": "2024-04-01"}]


def test_published_flag_and_stdin() -> None:
    r = run("-", "--published", "2023-01-16", "--format", "jsonl", "--no-events",
            stdin="на этой неделе из Уфы в Минск отправится делегация".encode())
    assert r.returncode == 0, r.stderr
    (doc,) = lines(r.stdout)
    assert doc["source"] == "-" and doc["published"]["how"] == "given"
    assert doc["mentions"][0]["value"] == "2023-01-16/2023-01-22"


def test_bad_input_is_reported_and_the_rest_processed(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(RU, encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x01\x02" * 100)
    r = run(str(tmp_path / "empty.txt"), str(good), str(tmp_path / "bin.txt"), str(tmp_path / "nope.txt"),
            "--format", "jsonl")
    assert r.returncode == 1
    assert [Path(d["source"]).name for d in lines(r.stdout)] == ["good.txt"]
    err = r.stderr.decode().strip().splitlines()
    assert len(err) == 3
    assert all(line.startswith("presscal: error: ") for line in err)
    assert "empty.txt" in err[0] and "bin.txt" in err[1] and "nope.txt" in err[2]


def test_bad_published_flag_is_a_usage_error(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    r = run(str(tmp_path / "a.txt"), "--published", "20-10-2017")
    assert r.returncode == 2
    assert "20-10-2017" in r.stderr.decode()


def test_table_format_is_readable(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    r = run(str(tmp_path / "a.txt"), "--format", "table", "--no-events")
    assert r.returncode == 0, r.stderr
    out = r.stdout.decode()
    assert "a.txt" in out and "2017-10-20 (inferred)" in out
    assert "Сегодня, 20 октября" in out and "2017-01/2017-08" in out


def test_folder_default_format_when_piped_is_jsonl() -> None:
    r = run("seeds", "--no-events")
    assert r.returncode == 0, r.stderr
    docs = lines(r.stdout)
    assert len(docs) == 5 and all(d["mentions"] is not None for d in docs)


def test_an_extractor_bug_on_one_document_is_reported_and_the_others_go_on(tmp_path, monkeypatch):
    """A bug is simulated (the extractor has none on demand): the failing document yields one clear error naming
    it, the documents after it are still extracted."""
    import scheduler.extraction as extraction
    from scheduler.errors import ExtractionError

    for name, text in (("a.txt", "Встреча прошла 5 мая 2024 года."), ("bad.txt", "ломает"),
                       ("c.txt", "Ярмарка пройдет 7 мая 2024 года.")):
        (tmp_path / name).write_text(text, encoding="utf-8")
    real = extraction.extract_text

    def buggy(text, **kw):
        if text == "ломает":
            raise ValueError("Invalid isoformat string: 'XXXX-04-01'")
        return real(text, **kw)

    monkeypatch.setattr(extraction, "extract_text", buggy)
    got = list(extraction.extract_paths([str(tmp_path / n) for n in ("a.txt", "bad.txt", "c.txt")]))
    assert [type(r).__name__ for r in got] == ["DocumentResult", "ExtractionError", "DocumentResult"]
    err = got[1]
    assert isinstance(err, ExtractionError) and "bad.txt" in str(err) and "ValueError" in str(err)
    assert "\n" not in str(err)


def test_a_latin_i_typed_for_the_belarusian_one_is_read_as_it():
    from scheduler.extraction import extract_text

    text = "3 лiпеня дэлегацыi Калiнiнградскай вобласцi прынялi ўдзел у святкаваннi Дня незалежнасцi ў Чачэрску."
    got = extract_text(text, published="2024-07-05")
    assert [(m.text, m.value) for m in got.mentions] == [("3 лiпеня", "2024-07-03")]  # quoted as written
    assert got.mentions[0].text == text[got.mentions[0].start:got.mentions[0].end]
    assert {(e.type, e.start) for e in got.events} >= {("visit", "2024-07-03"), ("commemoration", "2024-07-03")}
    assert all(e.evidence is None or e.evidence.text == text[e.evidence.start:e.evidence.end] for e in got.events)


@pytest.mark.parametrize("text", [
    "The sides recalled the Treaty on Friendship, signed\n   on March 3, 2004.\n\nToday the delegation met the governor.",
    "Стороны вспомнили Договор о дружбе, подписанный\n   3 марта 2004 года.\n\nСегодня делегация встретилась с "
    "губернатором.",
], ids=["en", "ru"])
def test_a_line_broken_inside_a_sentence_is_one_sentence(text):
    from scheduler.extraction import extract_text

    got = extract_text(text, published="2024-05-16")
    signing = [e for e in got.events if e.type == "agreement"]
    assert [e.start for e in signing] == ["2004-03-03"], [(e.type, e.start) for e in got.events]
    assert all(e.evidence is None or e.evidence.text == text[e.evidence.start:e.evidence.end] for e in got.events)


def test_warm_loads_what_the_first_document_would_and_changes_no_result() -> None:
    # In a fresh interpreter: before ``warm`` nothing lazy is loaded; after it the gazetteer, its sounds, CLDR's country
    # names and the compiled date grammar are there, and a text reads exactly as it does in a process that never warmed.
    code = (
        "import json\n"
        "from scheduler.extraction import countries, gazetteer, grammar, warm, extract_text\n"
        "before = [gazetteer._load.cache_info().currsize, gazetteer._sounds.cache_info().currsize,\n"
        "          countries._countries.cache_info().currsize, len(grammar._PATTERNS)]\n"
        "warm()\n"
        "after = [gazetteer._load.cache_info().currsize, gazetteer._sounds.cache_info().currsize,\n"
        "         countries._countries.cache_info().currsize, len(grammar._PATTERNS) == len(grammar.rules())]\n"
        "text = 'Гомель, 5 мая 2024. Делегация Курской области прибыла в Гомель с визитом; в Узбекистане — форум.'\n"
        "print(json.dumps([before, after, extract_text(text).to_dict()], ensure_ascii=False))\n"
    )
    cold = ("import json\nfrom scheduler.extraction import extract_text\n"
            "text = 'Гомель, 5 мая 2024. Делегация Курской области прибыла в Гомель с визитом; в Узбекистане — форум.'\n"
            "print(json.dumps(extract_text(text).to_dict(), ensure_ascii=False))\n")
    warmed = json.loads(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)
    plain = json.loads(subprocess.run([sys.executable, "-c", cold], capture_output=True, text=True, check=True).stdout)
    assert warmed[0] == [0, 0, 0, 0]
    assert warmed[1] == [1, 1, 1, True]
    assert warmed[2] == plain and plain["events"]
