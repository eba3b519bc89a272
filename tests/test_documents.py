"""Reading documents from the real world: encodings, BOM, CRLF, HTML, folders, bad input."""

from __future__ import annotations

from pathlib import Path

import pytest

from scheduler.errors import ExtractionError
from scheduler.extraction import documents
from scheduler.extraction.documents import iter_documents, read_document

RU = "Сегодня, 20 октября, в Минске состоялось заседание рабочей группы по сотрудничеству с Курской областью."


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16"])
def test_encodings_are_detected(tmp_path: Path, encoding: str) -> None:
    p = tmp_path / "doc.txt"
    p.write_bytes((RU + "\n" + RU.replace("Минске", "Гомеле")).encode(encoding))
    doc = read_document(str(p))
    assert doc.text.startswith("Сегодня, 20 октября")
    assert "Гомеле" in doc.text and "\ufeff" not in doc.text


def test_crlf_becomes_lf_so_offsets_match_text_mode(tmp_path: Path) -> None:
    p = tmp_path / "crlf.txt"
    p.write_bytes(("строка\r\n" + RU + "\r\n").encode("utf-8"))
    doc = read_document(str(p))
    assert "\r" not in doc.text
    assert doc.text == p.read_text(encoding="utf-8")


def test_html_main_text_and_meta(tmp_path: Path) -> None:
    p = tmp_path / "page.html"
    p.write_text(
        "<html><head><title>Заседание группы</title>"
        '<meta property="article:published_time" content="2022-06-09T10:00:00+03:00">'
        '<link rel="canonical" href="https://mpt.gov.by/news/1"><script>var d = "1 января 2000";</script></head>'
        "<body><nav>Главная | Новости 31.12.1999</nav><article><h1>Заседание</h1><p>" + RU + "</p></article>"
        "<footer>© 2010-2024</footer></body></html>", encoding="utf-8")
    doc = read_document(str(p))
    assert "Сегодня, 20 октября" in doc.text
    assert "1 января 2000" not in doc.text and "31.12.1999" not in doc.text and "2010" not in doc.text
    assert doc.meta["published"].startswith("2022-06-09")
    assert doc.meta["url"] == "https://mpt.gov.by/news/1"


def test_front_matter_date(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("---\ntitle: x\ndate: 2021-05-06\n---\n" + RU, encoding="utf-8")
    assert read_document(str(p)).meta["published"] == "2021-05-06"


def test_very_long_line(tmp_path: Path) -> None:
    p = tmp_path / "long.txt"
    p.write_text((RU + " ") * 20000, encoding="utf-8")
    assert len(read_document(str(p)).text) > 1_000_000


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("binary.txt", bytes(range(256)) * 40, "binary"),
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + b"\x00" * 100, "binary"),
    ],
    ids=["empty", "blank", "binary", "png"],
)
def test_bad_files_name_the_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(ExtractionError, match=message) as e:
        read_document(str(p))
    assert str(p) in str(e.value)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_BYTES", 1000)  # the limit itself is configuration, not behaviour
    p = tmp_path / "big.txt"
    p.write_text(RU * 100, encoding="utf-8")
    with pytest.raises(ExtractionError, match="too large"):
        read_document(str(p))


def test_folder_is_walked_in_order_and_errors_do_not_stop_it(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.txt").write_text(RU, encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text(RU, encoding="utf-8")
    (tmp_path / "b" / "d.htm").write_text("<html><body><p>" + RU + "</p></body></html>", encoding="utf-8")
    (tmp_path / "b" / "e.txt").write_bytes(b"")
    (tmp_path / "image.jpg").write_bytes(b"\xff\xd8\xff")
    got = list(iter_documents([str(tmp_path), str(tmp_path / "missing.txt")]))
    names = [Path(g.source).name if not isinstance(g, ExtractionError) else str(g) for g in got]
    assert names[:3] == ["a.txt", "c.md", "d.htm"]
    assert "e.txt: empty" in names[3] and "missing.txt: no such file" in names[4]
    assert len(got) == 5


def test_iter_documents_is_lazy(tmp_path: Path) -> None:
    for i in range(3):
        (tmp_path / f"{i}.txt").write_text(RU, encoding="utf-8")
    it = iter_documents([str(tmp_path)])
    first = next(it)
    assert not isinstance(first, ExtractionError) and first.source.endswith("0.txt")


from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000), st.sampled_from(["a.txt", "a.html", "a.md"]))
def test_any_bytes_give_a_document_or_a_named_extraction_error(data: bytes, name: str) -> None:
    try:
        doc = documents.read_bytes(data, name)
    except ExtractionError as e:
        assert str(e).startswith(f"{name}: ")
        return
    assert "\r" not in doc.text and isinstance(doc.meta, dict)
