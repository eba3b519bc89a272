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


def test_a_named_pipe_in_a_folder_is_one_error_not_a_hang(tmp_path: Path) -> None:
    import os

    os.mkfifo(tmp_path / "a.txt")  # nobody writes to it: opening it for reading would block for ever
    (tmp_path / "b.txt").write_text(RU, encoding="utf-8")
    got = list(iter_documents([str(tmp_path)]))
    assert isinstance(got[0], ExtractionError) and "a.txt: not a regular file" in str(got[0])
    assert not isinstance(got[1], ExtractionError) and got[1].text == RU


def test_a_file_is_read_whole_at_its_size(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text(RU * 50, encoding="utf-8")
    assert read_document(str(p)).text == RU * 50


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


BODY = "<p>Делегация Брянской области прибыла в Гомель.</p>"
HTML_DATES = [
    ("og-published", '<meta property="og:published_time" content="2024-06-27T10:00">', BODY, "2024-06-27"),
    ("itemprop-meta", '<meta itemprop="datePublished" content="2024-06-27">', BODY, "2024-06-27"),
    ("json-ld", '<script type="application/ld+json">{"@type":"NewsArticle","dateModified":"2024-07-02",'
     '"datePublished":"2024-06-27T10:15:00+03:00"}</script>', BODY, "2024-06-27"),
    ("json-ld-day-first", '<script type="application/ld+json">[{"datePublished":"27.06.2024"}]</script>', BODY,
     "2024-06-27"),
    ("meta-day-first", '<meta name="date" content="27.06.2024">', BODY, "2024-06-27"),
    ("modified-is-not-published", '<meta property="article:modified_time" content="2024-07-02T10:00">',
     '<span itemprop="datePublished" content="2024-06-27">27 июня 2024</span>' + BODY, "2024-06-27"),
    ("time-in-article-not-header", "", '<header><time datetime="2024-07-05">5 июля</time></header><article>'
     '<time datetime="2024-06-27">27 июня 2024</time>' + BODY * 4 + "</article>", "2024-06-27"),
    ("unparsable-then-next", '<meta property="article:published_time" content="вчера">'
     '<meta name="pubdate" content="2024-06-27">', BODY, "2024-06-27"),
]


@pytest.mark.parametrize(("head", "body", "published"), [c[1:] for c in HTML_DATES], ids=[c[0] for c in HTML_DATES])
def test_html_publication_date(head: str, body: str, published: str) -> None:
    doc = documents.read_bytes(f"<html><head>{head}</head><body>{body}</body></html>".encode(), "a.html")
    from scheduler.extraction.published import meta_date

    assert meta_date(doc.meta.get("published") or "") == published
    assert "Делегация Брянской области прибыла в Гомель." in doc.text


PAGE = """<!DOCTYPE html><html lang="ru"><head><title>Облисполком | Новости</title>
<script>var d = "1 января 2000";</script><style>.x{color:red}</style></head>
<body class="page has-sidebar">
<div id="top-menu"><ul><li><a href="/">Главная</a></li><li>Новости</li></ul></div>
<div class="wrapper"><div class="breadcrumbs"><a href="/">Главная</a> / Новости</div>
 <div class="news-detail"><h1>Гомельщина&nbsp;и Брянщина расширят сотрудничество</h1>
  <div class="news-date">27.06.2024 10:15</div>
  <div class="news-text"><p>Делегация прибыла в Гомель.<br>Стороны обсудили &laquo;Гомсельмаш&raquo; и <b>совместные</b>
  проекты.</p><p>Соглашение подписано 26&nbsp;июня&nbsp;2024&nbsp;года.</p><div class="share">Поделиться: VK</div></div>
 </div>
 <div class="sidebar"><h3>Другие новости</h3><ul><li>01.07.2024 Совещание в Мозыре</li></ul></div>
</div>
<div class="footer">© 2010–2024 Облисполком</div></body></html>"""


def test_html_page_keeps_the_article_and_drops_the_chrome() -> None:
    from scheduler.extraction import extract_text

    doc = documents.read_bytes(PAGE.encode("cp1251"), "page.html")
    assert doc.text.split("\n") == [
        "Гомельщина и Брянщина расширят сотрудничество", "27.06.2024 10:15", "Делегация прибыла в Гомель.",
        "Стороны обсудили «Гомсельмаш» и совместные проекты.", "Соглашение подписано 26 июня 2024 года."]
    assert doc.meta["title"] == "Гомельщина и Брянщина расширят сотрудничество"
    res = extract_text(doc.text, meta=doc.meta, events=False)
    assert res.published is not None and (res.published.value, res.published.how) == ("2024-06-27", "dateline")
    assert all(doc.text[m.start:m.end] == m.text for m in res.mentions)


def test_html_article_widens_to_its_headline_and_date() -> None:
    html = ("<html><body><nav>Главная | Новости</nav><div class='item'><h1>Встреча губернаторов в Минске</h1>"
            "<div class='date'>27.06.2024</div><article>" + BODY * 5 + "</article></div>"
            "<footer>Контакты 30.06.2024</footer></body></html>")
    doc = documents.read_bytes(html.encode(), "a.html")
    assert doc.text.split("\n")[:2] == ["Встреча губернаторов в Минске", "27.06.2024"]
    assert "Контакты" not in doc.text and "Главная" not in doc.text


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom(encoding: str) -> None:
    text = "Сёння ў Мінску, 27 чэрвеня 2024 года, адбылася сустрэча. Delegation 2024."
    assert documents.read_bytes(text.encode(encoding), "a.txt").text == text


def test_blank_utf16_is_empty() -> None:
    with pytest.raises(ExtractionError, match="a.txt: empty"):
        documents.read_bytes("  \n ".encode("utf-16-le"), "a.txt")


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("«Минск» — 5\u00a0мая\n\tитог\f", "«Минск» — 5\u00a0мая\n\tитог\f"),  # « » and no-break space lead with 0xC2
        ("a\x1b[31mb\x07c\x00d\x0b", "a[31mbcd"),  # C0 but tab, LF, FF
        ("x\x7fy\x9bz\x80\x9f\xa0", "xyz\xa0"),  # DEL and C1 go, U+00A0 stays
        ("\ud800 half a pair", "\ud800 half a pair"),
    ],
    ids=["clean", "c0", "del-c1", "surrogate"],
)
def test_strip_controls_fast_test_agrees_with_the_pattern(text: str, kept: str) -> None:
    """The UTF-8 byte test that skips the pattern must see every character the pattern removes."""
    assert documents.strip_controls(text) == kept == documents._CONTROLS.sub("", text)


def test_walk_spells_paths_as_pathlib_does(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "a.TXT").write_text(RU, encoding="utf-8")
    (tmp_path / "b" / "c.md").write_text(RU, encoding="utf-8")
    (tmp_path / ".txt").write_text(RU, encoding="utf-8")  # a dotfile has no suffix
    monkeypatch.chdir(tmp_path)
    for folder in (".", "./", "", str(tmp_path) + "/"):
        got = [d.source for d in iter_documents([folder]) if not isinstance(d, ExtractionError)]
        assert got == [str(Path(folder) / "a.TXT"), str(Path(folder) / "b" / "c.md")], folder


@pytest.mark.parametrize(("text", "headline"), [
    ("Могилевский областной исполнительный комитет\nГлавная | Новости | Контакты\n\n14.05.2025 | Просмотров: 412\n\n"
     "Рязанская делегация во главе с губернатором работает в Могилевской области\n\nВчера в Могилев прибыла делегация.",
     "Рязанская делегация во главе с губернатором работает в Могилевской области"),
    ("Міністэрства адукацыі Рэспублікі Беларусь\nАб міністэрстве | Навіны\n\n09.02.2023\n\nБеларусь і Башкартастан "
     "падпісалі план супрацоўніцтва ў сферы адукацыі\n\nУчора ва Уфе падпісалі план.",
     "Беларусь і Башкартастан падпісалі план супрацоўніцтва ў сферы адукацыі"),
    ("Ministry of Industry of the Republic of Belarus\nMinistry | Activities | Press Centre\n\n02.03.2023\n\nBelarusian "
     "machinery for the Arctic: Minister of Industry visits Murmansk Oblast\n\nThe minister paid a working visit.",
     "Belarusian machinery for the Arctic: Minister of Industry visits Murmansk Oblast"),
    ("Министерство образования подписало соглашение с Казанью\n\n09.02.2023\n\nВчера в Казани подписали соглашение.",
     "Министерство образования подписало соглашение с Казанью"),
], ids=["ru-committee", "be-ministry", "en-ministry", "ru-a-ministry-that-did-something"])
def test_the_sites_own_name_over_the_page_is_not_the_headline(text, headline):
    # GUIDE §3: headline and body are one event — the headline must be the article's, not the site's name
    from scheduler.extraction.lang import find_title
    assert find_title(text) == headline
