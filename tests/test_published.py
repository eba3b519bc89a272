"""Publication date: the order of precedence and the inference rules, case by case."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from scheduler.errors import UsageError
from scheduler.extraction import extract_paths, extract_text

URL_CASES = [
    ("slashes", "https://starodub-vestnik.ru/society/2025/06/28/delegaciya", "2025-06-28"),
    ("compact", "https://ria.ru/20251124/sotrudnichestvo-2057238469.html", "2025-11-24"),
    ("dashes", "https://prohistoki.ru/news/2022-07-12/prohorovtsy-284509", "2022-07-12"),
    ("day-first", "https://mpt.gov.by/news/08-06-2022-7910", "2022-06-08"),
    ("query", "https://example.by/news?date=2021-03-05&id=7", "2021-03-05"),
    ("day-first-slashes", "https://example.by/novosti/14/03/2022/vizit-delegacii", "2022-03-14"),
    ("unpadded-segments", "https://example.ru/ug/news/krasnodar/2025/9/5/delegaciya", "2025-09-05"),
]


@pytest.mark.parametrize(("url", "value"), [c[1:] for c in URL_CASES], ids=[c[0] for c in URL_CASES])
def test_url(url: str, value: str) -> None:
    doc = extract_text(f"Заседание прошло в Минске.\n\nSource URL: <{url}>", events=False)
    assert doc.url == url
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "url")


DATELINE_CASES = [
    ("num-time", "Заголовок новости о встрече\n\n23.04.2024, 17:36\n\nДелегация прибыла в Минск.", "2024-04-23"),
    ("words-time", "- 26 мая 2025 15:35\n- Новость\nВ Татарстан прибыл премьер-министр", "2025-05-26"),
    ("label", " date 2026-02-18 Раис Татарстана подчеркнул рост связей", "2026-02-18"),
    ("bottom", "Сёння адзначаецца Дзень яднання.\n\n02.04.2020 14:43\n\nSource URL: http://a.by/x", "2020-04-02"),
    ("short-line", "Main / News\n10 August 2016\n\nVitebsk Oblast and Bryansk Oblast set up a group", "2016-08-10"),
    ("prefers-time", "Flag Saturday, 27 July 2024\nAll news\n11 January 2024, 11:41\n\nGomel governor", "2024-01-11"),
    # a date of digits opening the body, the next sentence glued on or after it: the page's date
    ("num-glued-be", "Вызначаны напрамкі супрацоўніцтва\n07.09.2021 г.У мэтах развіцця сувязей падпісаны План мерапрыемстваў "
     "на 2021-2023 гады.", "2021-09-07"),
    ("num-then-sentence-ru", "Определены направления сотрудничества\n07.09.2021 В целях развития связей подписан План "
     "мероприятий на 2021-2023 годы.", "2021-09-07"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in DATELINE_CASES], ids=[c[0] for c in DATELINE_CASES])
def test_dateline(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


def test_city_dateline_takes_the_year_from_the_address() -> None:
    text = ("28 сентября, Брест /Корр. БЕЛТА/. Брест принимает форум.\n\n"
            "Source URL: https://belta.by/regions/view/brest-prinimaet-forum-590709-2023")
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023-09-28"


INFERRED = [
    ("today-newest-year", "Сегодня, 20 октября, состоялось заседание. За январь-август 2017 г. товарооборот вырос.",
     "2017-10-20"),
    ("anniversary", "Губернатор пригласил на празднование 80-летия Победы в Курской битве.", "2023"),
    ("anniversary-ordinal", "посвященных 82-й годовщины освобождения Орловской области", "2025"),
    ("anniversary-victory-in-a-battle-en", "on the 75th anniversary of victory in the Battle of Kursk.", "2018"),
    ("anniversary-victory-in-a-battle-be", "з нагоды 75-й гадавіны перамогі ў Курскай бітве.", "2018"),
    ("anniversary-founding", "1162-летие со дня основания Смоленска", "2025"),
    ("years-since", "Соглашение было подписано в 2002 году. За 18 лет реализовано много проектов.", "2020"),
    ("numbered-forum", "на IV форуме регионов России и Белоруссии подписан план", "2017"),
    ("finished-year", "По итогам 2022 года рост составил 190 процентов.", "2023"),
    ("figures", "In 2014 trade turnover between the oblasts totaled $800 million.", "2015"),
    ("newest-year", "Визит состоится 15-16 апреля 2004 года.", "2004"),
    # the first agreements that began the Union State were signed on 2 April 1996 (the Community), not in 1999
    ("first-union-papers-ru", "Отметили 20-летие подписания первых соглашений, положивших начало Союзному государству.",
     "2016"),
    ("first-union-papers-be", "Адзначылі 20-годдзе падпісання першых пагадненняў, якія паклалі пачатак Саюзнай дзяржаве.",
     "2016"),
    ("first-union-papers-en", "They celebrated the 20th anniversary since the signing of first agreements leading to the "
     "establishment of the Union State.", "2016"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in INFERRED], ids=[c[0] for c in INFERRED])
def test_inferred(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None
    assert (doc.published.value, doc.published.how) == (value, "inferred")
    assert doc.published.evidence


def test_precedence_given_then_meta_then_url() -> None:
    text = "Сегодня, 20 октября, прошло заседание в 2017 году.\n\nSource URL: https://a.by/2019/01/02/x"
    assert extract_text(text, published="2020-05-05", events=False).published.how == "given"  # type: ignore[union-attr]
    doc = extract_text(text, meta={"published": "2018-03-04T10:00:00+03:00"}, events=False)
    assert (doc.published.value, doc.published.how) == ("2018-03-04", "meta")  # type: ignore[union-attr]
    assert extract_text(text, events=False).published.value == "2019-01-02"  # type: ignore[union-attr]


def test_nothing_settles_the_year() -> None:
    doc = extract_text("Губернатор прибудет 1 апреля. В Беларуси гости с 1 по 7 апреля.", events=False)
    assert doc.published is None
    assert [m.value for m in doc.mentions] == ["XXXX-04-01", "XXXX-04-01/XXXX-04-07"]


def test_yearless_dateline_anchors_relative_days() -> None:
    text = "Новости\n\n7 февраля 13:10\n\nВизит анонсировался еще накануне. Сегодня же стало известно о проекте."
    doc = extract_text(text, events=False)
    assert doc.published is None
    assert [(m.text, m.value) for m in doc.mentions] == [
        ("7 февраля", "XXXX-02-07"), ("накануне", "XXXX-02-06"), ("Сегодня", "XXXX-02-07")]


def test_bad_published_flag() -> None:
    with pytest.raises(UsageError, match="2020-13-01"):
        extract_text("текст", published="2020-13-01")


def test_language_and_title() -> None:
    assert extract_text("Сёння адзначаецца Дзень яднання народаў Беларусі і Расіі", events=False).lang == "be"
    assert extract_text("The delegation visited Minsk on 2 April", events=False).lang == "en"
    doc = extract_text("\n\n[Заседание рабочей группы по сотрудничеству](#)\n\nТекст.", events=False)
    assert (doc.lang, doc.title) == ("ru", "Заседание рабочей группы по сотрудничеству")


MORE = [
    ("title-case-city", "Минск, 5 марта. Делегация прибыла на переговоры.", None, "2024-03-05", "dateline",
     "https://a.by/news/x-2024"),
    ("url-year-month", "Делегация прибыла на переговоры.", None, "2024-06", "url", "https://a.by/2024/06/x"),
    ("years-of-victory", "В этом году исполняется 80 лет Победы.", None, "2025", "inferred", None),
    ("anniversary-english", "events timed to the 80th anniversary of the Victory", None, "2025", "inferred", None),
    ("anniversary-be", "Сёлета ён праходзіць пад знакам падрыхтоўкі да 75-годдзя Вялікай Перамогі.", None, "2020",
     "inferred", None),
    ("numbered-fair", "Торжественное открытие XVIII Курской Коренской ярмарки планируется утром", None, "2018",
     "inferred", None),
    ("iso-short-month", "Новости региона\n\n2018-4-27 12:31\n\nЭта работа ведется еще с июня.", None, "2018-04-27",
     "dateline", None),
    ("numbered-bazaar", "на XXV Международном фестивале искусств «Славянский базар в Витебске»", None, "2016",
     "inferred", None),
]


@pytest.mark.parametrize(("text", "given", "value", "how", "url"), [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_more_publication_rules(text: str, given: str | None, value: str, how: str, url: str | None) -> None:
    doc = extract_text(text, published=given, url=url, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, how)


def test_labelled_dateline() -> None:
    doc = extract_text("Новости региона и Союзного государства\nДата публикации: 15.03.2024 и далее текст новости",
                       events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == ("2024-03-15", "dateline")


def test_a_deadline_year_does_not_date_the_text() -> None:
    doc = extract_text("Стратегия развития региона до 2030 года обсуждена. В 2023 году рост составил 5%.", events=False)
    assert doc.published is not None and doc.published.value == "2023"


def test_a_weekday_that_fits_one_named_year() -> None:
    text = "В пятницу, 7 февраля, губернатор встретился с президентом. В 2024 году товарооборот вырос."
    doc = extract_text(text, events=False)  # 7 February was a Friday in 2025, not in 2023 or 2024
    assert doc.published is not None and doc.published.value == "2025"
    assert [m.value for m in doc.mentions][0] == "2025-02-07"


def test_english_pronoun_is_no_roman_numeral() -> None:
    doc = extract_text("I will visit the Forum of Regions with our delegation.", events=False)
    assert doc.published is None


def test_a_historical_date_heading_the_text_is_no_dateline() -> None:
    doc = extract_text("9 мая 1945 года\n\nВ Минске прошли торжества. Сегодня, 9 мая, в 2024 году — 79 лет Победы.",
                       events=False)
    assert doc.published is not None and doc.published.value == "2024-05-09"


def test_years_counted_only_from_where_the_story_starts() -> None:
    text = "Соглашение подписано в 1998 году. В 2023 году товарооборот вырос. За 5 лет создано 3 предприятия."
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024"  # the finished year's figures, not 2028


def test_an_announced_year_does_not_outvote_an_anniversary() -> None:
    text = "Торжества посвящены 80-летию Победы. В 2026 году пройдет форум, на 2026-2027 годы принят план."
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2025"


@pytest.mark.parametrize(("text", "year"), [
    ("Гости посетили Смоленск в связи с 1 160-й годовщиной основания города. Глава города подписал с ними "
     "«дорожные карты» на 2024 год.", "2023"),
    ("Гасцей віталі з 80-годдзем Перамогі. Падпісаны план на 2026 год.", "2025"),
    ("The guests marked the 80th anniversary of the Great Victory. A road map for 2026 was signed.", "2025"),
])
def test_a_term_year_does_not_outvote_an_anniversary(text: str, year: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == year, doc.published


@pytest.mark.parametrize("text", [
    "Делегация приняла участие в акции, посвященной 81-й годовщине прорыва блокады и 80-летию Победы.",
    "Дэлегацыя прыняла ўдзел у акцыі, прысвечанай 81-й гадавіне прарыву блакады і 80-годдзю Перамогі.",
])
def test_an_anniversary_takes_no_base_named_after_the_next_one(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2025", doc.published


@pytest.mark.parametrize(("text", "year"), [
    ("BREST, 5 December (BelTA) – The parties are expected to sign an action plan for 2023-2025. In "
     "January-September 2022 the trade increased by 16%.", "2022-12-05"),
    ("БРЕСТ, 5 декабря – Стороны планируют подписать план мероприятий на 2023-2025 годы. За январь-сентябрь "
     "2022 года товарооборот вырос на 16%.", "2022-12-05"),
])
def test_a_plan_s_term_announced_is_not_the_year_of_the_text(text: str, year: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == year, doc.published


def test_an_announced_year_is_not_the_newest_reported() -> None:
    text = "Дни культуры прошли в 2018 году в Минске. В 2019 году планируется провести Дни Беларуси в Казани."
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2018"


TITLES = [
    ("markdown-link", "\n\n[Заседание рабочей группы по сотрудничеству](#)\n\nТекст.",
     "Заседание рабочей группы по сотрудничеству"),
    ("repeated-headline", "Официальный сайт области\nГлавная | Новости\n\nГубернатор встретился с делегацией Минска\n\n"
     "Губернатор встретился с делегацией Минска\n\nТекст новости.", "Губернатор встретился с делегацией Минска"),
    ("skips-chrome-and-dateline", "Regional Executive Committee\n42 Lenina street, Glubokoye, 211800\n10 August 2016\n\n"
     "Vitebsk Oblast and Bryansk Oblast to set up a working group", "Vitebsk Oblast and Bryansk Oblast to set up a working group"),
    ("crawl-date-prefix", " date 2026-02-18 Раис Татарстана подчеркнул рост дружеских связей\n\nТекст.",
     "Раис Татарстана подчеркнул рост дружеских связей"),
    ("agency-dateline", "28 сентября, Брест /Корр. БЕЛТА/. Брест принимает форум городов-побратимов.",
     "Брест принимает форум городов-побратимов."),
]


@pytest.mark.parametrize(("text", "title"), [c[1:] for c in TITLES], ids=[c[0] for c in TITLES])
def test_headline(text: str, title: str) -> None:
    assert extract_text(text, events=False).title == title


# Addresses of real sites: a date only where it is unambiguous; a year-only path gives a year, never a day.
URL_MORE = [
    ("slashes-slug", "https://news.example.ru/2024/06/27/delegaciya-gomel", "2024-06-27"),
    ("compact-segment", "https://example.ru/20240627/delegaciya.html", "2024-06-27"),
    ("day-first-slug", "https://minsk.example.by/news/27-06-2024-vstrecha", "2024-06-27"),
    ("iso-slug", "https://example.by/news/2024-06-27-vstrecha-delegacii", "2024-06-27"),
    ("dotted-segment", "https://example.by/news/27.06.2024/vstrecha", "2024-06-27"),
    ("underscores", "https://example.by/archive/2024_06_27_vstrecha.html", "2024-06-27"),
    ("date-and-time", "https://www.example.by/regions/view/news-202406271234/", "2024-06-27"),
    ("date-key", "https://example.by/news.php?d=20240627&id=5", "2024-06-27"),
    ("wordpress-day-archive", "https://example.su/?m=20230403", "2023-04-03"),  # WordPress's archive of that day
    ("year-segment", "https://example.ru/news/2024/vstrecha-delegacii", "2024"),
    ("year-last", "https://example.ru/2024/", "2024"),
    ("upload-year-month", "https://example.ru/upload/2024/06/vstrecha", "2024"),  # (a picture's folder: the year)
    ("blog-year-month", "https://example.blogspot.com/2018/10/remarks.html", "2018-10"),
    ("gov-by-id", "https://gomel-region.gov.by/ru/news/view/vstrecha-12345/", None),
    ("article-number", "https://tass.example/politika/20240627", None),
    ("id-key", "https://example.ru/news/?id=20240627", None),
    ("no-such-day", "https://example.ru/news/31-02-2024-x", None),
    ("long-number", "https://example.ru/news/1234567890/x", None),
    ("target-year", "https://example.by/news/strategiya-razvitiya-do-2030", None),
    ("plan-end-year", "https://example.by/news/plan-sotrudnichestva-2024-2026", None),
    ("escaped-date-key", "https://example.ru/en/news/vizit/?month=07&news_date=07%2F07%2F2024&year=2024",
     "2024-07-07"),
    ("date-keys", "https://example.ru/news/?year=2024&month=7&day=5", "2024-07-05"),
    ("month-keys-only", "https://example.ru/news/?year=2024&month=7&page=2", "2024"),
    ("month-year-folder", "https://data.minsk.by/belarusnews/042011/5.html", "2011-04"),  # an archive's folder
    ("six-digit-id", "https://example.by/news/123456/5.html", None),
]


@pytest.mark.parametrize(("url", "value"), [c[1:] for c in URL_MORE], ids=[c[0] for c in URL_MORE])
def test_url_forms(url: str, value: str | None) -> None:
    doc = extract_text(f"Делегация провела переговоры в облисполкоме.\n\nSource URL: {url}", events=False)
    got = (doc.published.value, doc.published.how) if doc.published else None
    assert got == ((value, "url") if value else None)


DATELINE_MORE = [
    ("published-over-updated", "Обновлено 02.07.2024\nОпубликовано 27.06.2024\n\nДелегация прибыла в Гомель.",
     "2024-06-27"),
    ("labels-with-times", "Дата обновления: 02.07.2024 12:00\nДата публикации: 27.06.2024 10:00\n\nДелегация прибыла.",
     "2024-06-27"),
    ("updated-at-top-published-at-bottom", "Новости\nОбновлено: 02.07.2024 12:00\nДелегация прибыла в Гомель.\n"
     "Опубликовано: 27.06.2024 10:00", "2024-06-27"),
    ("english-labels", "Updated: July 2, 2024\nPublished: June 27, 2024\nThe delegation arrived in Gomel.", "2024-06-27"),
    ("be-label", "Апублікавана: 27.06.2024\nДэлегацыя правяла перамовы ў Бранску.", "2024-06-27"),
    ("be-words", "Навіны\n27 чэрвеня 2024\n\nДэлегацыя правяла перамовы ў Бранску.", "2024-06-27"),
    ("posted-in", "Размещено 27.06.2024 в 10:15\n\nДелегация прибыла в Гомель.", "2024-06-27"),
    ("time-first", "Главная / Новости\n12:40, 27 июня 2024\n\nДелегация прибыла в Гомель.", "2024-06-27"),
    ("weekday-time", "Чт, 27.06.2024 - 10:15\nДелегация прибыла в Гомель.", "2024-06-27"),
    ("english-dash", "June 27, 2024 — The Gomel delegation held talks in Bryansk.", "2024-06-27"),
    ("at-the-end", "Делегация прибыла в Гомель.\n\nИсточник: пресс-служба облисполкома\n27.06.2024", "2024-06-27"),
    ("news-of", "Новость от 27.06.2024\nДелегация прибыла в Гомель.", "2024-06-27"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in DATELINE_MORE], ids=[c[0] for c in DATELINE_MORE])
def test_dateline_forms(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


AGENCY = [
    ("belta-ru", "МИНСК, 27 июня (БЕЛТА) – Делегация прибыла в Гомель."),
    ("belta-en", "MINSK, 27 June (BelTA) - The delegation arrived in Gomel."),
    ("tass", "27 июня, Москва /ТАСС/. Делегация прибыла в Гомель."),
    ("ria", "ГОМЕЛЬ, 27 июня – РИА Новости. Делегация прибыла в Гомель."),
]


@pytest.mark.parametrize("text", [c[1] for c in AGENCY], ids=[c[0] for c in AGENCY])
def test_agency_dateline_takes_its_year_from_elsewhere(text: str) -> None:
    doc = extract_text(text + "\n\nSource URL: https://a.by/regions/view/vstrecha-650000-2024/", events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == ("2024-06-27", "dateline")
    assert extract_text(text, events=False).published is None  # a day without a year is no publication date


META_VALUES = [
    ("iso-time", "2024-06-27T10:15:00+03:00", "2024-06-27"),
    ("iso-date", "2024-06-27", "2024-06-27"),
    ("compact", "20240627", "2024-06-27"),
    ("slashes", "2024/06/27 10:15", "2024-06-27"),
    ("day-first", "27.06.2024", "2024-06-27"),
    ("rfc2822", "Thu, 27 Jun 2024 10:15:00 +0300", "2024-06-27"),
    ("english", "June 27, 2024", "2024-06-27"),
    ("russian", "27 июня 2024", "2024-06-27"),
    ("no-day", "2024-02-30", None),
    ("junk", "вчера", None),
]


@pytest.mark.parametrize(("raw", "value"), [c[1:] for c in META_VALUES], ids=[c[0] for c in META_VALUES])
def test_markup_date_forms(raw: str, value: str | None) -> None:
    from scheduler.extraction.published import meta_date

    assert meta_date(raw) == value


INFERRED_MORE = [
    ("figures-year-after", "Сегодня, 14 марта, в Гродно открылась выставка. Товарооборот в 2024 году превысил "
     "1 млрд долларов.", "2025-03-14"),
    ("plan-start-not-end", "Стороны утвердили план совместных мероприятий на 2025–2027 годы.", "2025"),
    ("be-today", "Сёння, 3 ліпеня, у Мінску адзначаюць Дзень Незалежнасці. У 2023 годзе тавараабарот вырас.",
     "2024-07-03"),
    ("en-today", "Today, 3 July, Minsk celebrates Independence Day. In 2023 trade turnover grew by 5%.", "2024-07-03"),
    ("anniversary-liberation", "Мероприятия приурочены к 80-летию освобождения Беларуси.", "2024"),
    ("target-year", "Реализация программы до 2030 года обсуждалась 12 мая 2025 года в Смоленске.", "2025"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in INFERRED_MORE], ids=[c[0] for c in INFERRED_MORE])
def test_inferred_forms(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "inferred")


def test_only_a_historical_year_dates_nothing() -> None:
    assert extract_text("Делегация возложила цветы. Город освобожден 9 мая 1945 года.", events=False).published is None


def test_an_announced_year_alone_dates_nothing() -> None:
    assert extract_text("Форум пройдет в 2026 году в Витебске.", events=False).published is None


LANGS = [
    ("be-latin-i", "Пра сустрэчу паведамiла прэс-служба аблвыканкама", "be"),
    ("be-latin-i-2", "Сёння ў Мiнску пачаўся форум рэгiёнаў Беларусi i Расii.", "be"),
    ("be-apostrophe", "Аб'яднанне", "be"),
    ("ru-hard-sign", "Объединение", "ru"),
    ("be-no-letters", "Дзень яднання", "be"),
    ("ru-quoting-be", "Губернатор заявил: «Беларусь і Расія — адзін народ, і ў нас агульная гісторыя». "
     "Переговоры прошли в Минске, стороны подписали соглашение.", "ru"),
    ("be-quoting-ru", "Старшыня аблвыканкама сказаў: «Мы будем развивать сотрудничество по всем направлениям». "
     "Візіт дэлегацыі працягнецца два дні, госці наведаюць прадпрыемствы і школы вобласці.", "be"),
    ("en-quoting-ru", "The governor said: «Мы будем сотрудничать». The delegation visited Minsk and signed an "
     "agreement.", "en"),
    ("ru-with-latin-menu", "Главная News About Contacts Login\nВстреча губернатора Брянской области с "
     "председателем облисполкома прошла в Минске", "ru"),
]


@pytest.mark.parametrize(("text", "lang"), [c[1:] for c in LANGS], ids=[c[0] for c in LANGS])
def test_language(text: str, lang: str) -> None:
    assert extract_text(text, events=False).lang == lang


@pytest.mark.parametrize(("text", "evidence"), [
    ("Курская делегация приняла участие в праздновании 80-летия Победы в Курской битве.\n\nВизит стал плодотворным.",
     "80-летия Победы в Курской битве (Курская битва (1943))"),
    ("В канун 75-летия освобождения Беларуси от немецко-фашистских захватчиков прошли встречи ветеранов.",
     "75-летия освобождения Беларуси от (освобождение Беларуси (1944))"),
], ids=["stops-at-the-sentence", "never-half-a-word"])
def test_an_anniversary_is_shown_as_its_phrase(text: str, evidence: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.evidence == evidence


# Metamorphic cases: the inference must not depend on one region, one spacing or one date's place.
INFERRED_ROBUST = [
    # liberation anniversaries of towns and regions beyond the ones a corpus happened to name
    ("liberation-pskov", "Сегодня, 23 июля, отмечается 80-я годовщина освобождения Пскова.", "2024-07-23"),
    ("liberation-pskov-region", "Прошли мероприятия к 80-летию освобождения Псковщины.", "2024"),
    ("liberation-orsha", "Делегация приняла участие в праздновании 80-летия освобождения Орши.", "2024"),
    ("liberation-novozybkov", "Сегодня, 23 сентября, 81-я годовщина освобождения Новозыбкова.", "2024-09-23"),
    ("liberation-be", "Сёння, 3 ліпеня, адзначаецца 80-я гадавіна вызвалення Мінска.", "2024-07-03"),
    ("liberation-be-acc", "Дэлегацыя прыехала на 80-ю гадавіну вызвалення Беларусі.", "2024"),
    ("liberation-en", "The 80th anniversary of the liberation of Vitebsk was marked in June.", "2024"),
    # the same phrases with two spaces or a no-break space between the words
    ("double-space-base", "Губернатор пригласил на празднование 80-летия  Победы в  Курской  битве.", "2023"),
    ("nbsp-base", "Губернатор пригласил на празднование 80-летия Победы в Курской\u00a0битве.", "2023"),
    ("double-space-numbered", "на IV  форуме  регионов России и Белоруссии подписан план", "2017"),
    ("double-space-back-in", "Ещё  в  октябре 2023 года стороны договорились о поставках.", "2024"),
    # the edition number is the one nearest the name, not a day before it
    ("numbered-after-day-range", "Брест 28–29 сентября принимает XII Форум городов-побратимов.", "2023"),
    ("numbered-after-day", "Брест 28 сентября принимает XII Форум городов-побратимов.", "2023"),
    # the newest year is not the first of a copyright notice
    ("copyright-not-newest", "Соглашение подписано в 2004 году.\n\n© 2009–2026 Все права защищены.", "2004"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in INFERRED_ROBUST], ids=[c[0] for c in INFERRED_ROBUST])
def test_inferred_robust(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None
    assert doc.published.value == value


# Without the address the date line still tells: a headline, its agency and the date ending the line.
AGENCY_BEFORE = [
    ("ria", "Стороны подписали программу\nСтороны подписали программу - РИА Новости, 24.11.2025\n"
            "МИНСК, 24 ноя - РИА Новости. Представители подписали программу на 2026-2027 годы.", "2025-11-24"),
    ("sputnik", "Лукашенко вручил орден - Sputnik Беларусь, 21.02.2024\nЛукашенко прибыл в Казань.", "2024-02-21"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in AGENCY_BEFORE], ids=[c[0] for c in AGENCY_BEFORE])
def test_dateline_after_agency(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


# Issue 10, item 9: the header of a page, as sites print it. A time glued to the date, a lower-case English
# month, the time before the date; a masthead's "today" (a weekday before it) and a side-bar's current issue lose
# to the article's own date line.
HEADERS = [
    ("glued-time-ru", "Новости\n09:4102.03.2021\nДелегация Брянской области прибыла в Гомель.", "2021-03-02"),
    ("glued-time-be", "Навіны\n17:0514.11.2023\nДэлегацыя Пскоўскай вобласці прыбыла ў Віцебск.", "2023-11-14"),
    ("glued-time-after", "Главная\n02.03.202109:41\nДелегация прибыла в Гомель.", "2021-03-02"),
    ("en-lower-month", "News\n5 march, 2019\nThe delegation of Bryansk Oblast arrived in Gomel.", "2019-03-05"),
    ("en-lower-month-first", "News\nmay 7th, 2022 | 10:15\nThe delegation arrived in Gomel.", "2022-05-07"),
    ("en-time-first", "Government Bodies\nAll news\n15:48 03 November 2022\n\nLukashenko meets governor", "2022-11-03"),
    ("ru-time-first", "Все новости\n10:20 14 октября 2023\nГубернатор встретился с делегацией", "2023-10-14"),
    ("time-next-line", "Новости\n14.10.2023\n10:20\nГубернатор встретился с делегацией", "2023-10-14"),
    ("en-masthead", "Flag Saturday, 25 May 2024\nAll news\n15:48 03 November 2022\n\nLukashenko meets", "2022-11-03"),
    ("ru-masthead", "Пятница, 5 марта 2021\nГлавная / Новости\n02.03.2021\nДелегация прибыла в Гомель.", "2021-03-02"),
    ("be-masthead", "Пятніца, 5 сакавіка 2021\nНавіны\n02.03.2021\nДэлегацыя прыбыла ў Гомель.", "2021-03-02"),
    ("ru-masthead-glued", "Пятница, 5 марта 2021\nГлавная\n09:4102.03.2021\nДелегация прибыла в Гомель.",
     "2021-03-02"),
    ("ru-current-issue", "Текущий номер: № 12 от 05.03.2024\nНовости\n27.02.2024\nДелегация прибыла в Гомель.",
     "2024-02-27"),
    ("en-current-issue", "Current issue 5 March 2024\nNews\n27 February 2024\nThe delegation arrived.", "2024-02-27"),
    ("be-current-issue", "Апошні нумар 05.03.2024\nНавіны\n27.02.2024\nДэлегацыя прыбыла ў Гомель.", "2024-02-27"),
    ("glued-section-en", "News\nSociety5 march, 2019\nThe delegation of Bryansk Oblast arrived in Gomel.",
     "2019-03-05"),
    ("glued-section-ru", "Главная\nОбщество09:4102.03.2021\nДелегация прибыла в Гомель.", "2021-03-02"),
    ("glued-time-slashes", "Новости\n09:4102/03/2021\nДелегация прибыла в Гомель.", "2021-03-02"),
    ("glued-time-short-year", "Новости\n9:4102.03.21\nДелегация прибыла в Гомель.", "2021-03-02"),
    ("ru-today-masthead", "Сегодня: 25 мая 2024\nНовости\n02.03.2024\nДелегация прибыла в Гомель.", "2024-03-02"),
    ("be-today-masthead", "Сёння: 25 мая 2024\nНавіны\n02.03.2024\nДэлегацыя прыбыла ў Гомель.", "2024-03-02"),
    ("en-today-masthead", "Today: 25 May 2024\nNews\n2 March 2024\nThe delegation arrived in Gomel.", "2024-03-02"),
    # a masthead's clock with the weekday after the date, above the article's own date line
    ("ru-masthead-weekday-after", "26 апреля 2024, ПТ, 00:06\n29 июня 2017 Экономика\n\nГубернатор принимает участие в "
     "форуме.\n", "2017-06-29"),
    ("be-masthead-weekday-after", "26 красавіка 2024, Пт, 00:06\n29 чэрвеня 2017 Эканоміка\n\nГубернатар прымае ўдзел у "
     "форуме.\n", "2017-06-29"),
    ("en-masthead-weekday-after", "25 May 2024, Sat 10:15\n27 June 2017 Economy\n\nThe governor takes part in the "
     "forum.\n", "2017-06-27"),
    # a page's date glued to its card's short one, the year run into the next day
    ("ru-glued-dates", "Губернатор встретился с делегацией Гомельской области\n27 июня 202427 июн 2024\n", "2024-06-27"),
    ("be-glued-dates", "Губернатар сустрэўся з дэлегацыяй Гомельскай вобласці\n5 сакавіка 20245 сак 2024\n",
     "2024-03-05"),
    ("en-glued-dates", "The governor met the delegation of the Gomel region\n5 March 20245 Mar 2024\n", "2024-03-05"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in HEADERS], ids=[c[0] for c in HEADERS])
def test_issue_10_page_headers(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


@pytest.mark.parametrize("text", [
    "Пятница, 5 марта 2021\n\nДелегация прибыла в Гомель.",
    "Субота 18 Мая 2024 года\n\nПобратимские связи: 20 лет успешного сотрудничества\nДелегация прибыла в Новополоцк.",
    "Пятніца, 5 сакавіка 2021\n\nДэлегацыя прыбыла ў Гомель.",
    "Friday, 5 March 2021\n\nThe delegation arrived in Gomel.",
], ids=["ru", "ru-misspelt", "be", "en"])
def test_a_masthead_alone_is_no_publication_date(text: str) -> None:
    """A weekday before the date at the page's top is the site's today, the day the page was seen (GUIDE §1: never a
    site's masthead), even where no other date line stands: the report may be older."""
    doc = extract_text(text, events=False)
    assert doc.published is None or doc.published.how != "dateline", doc.published


@pytest.mark.parametrize("year", [2016, 2019, 2024])
@pytest.mark.parametrize("site", ["Главная / Новости", "Flag", "Навіны рэгіёна"])
def test_issue_10_masthead_loses_whatever_the_site_and_year(site: str, year: int) -> None:
    text = f"{site} Saturday, 25 May {year + 1}\nAll news\n15:48 03 November {year}\n\nThe governor met the delegation."
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == f"{year}-11-03"


# A library's record of the article heading the text (GOST 7.1 bibliographic description).
CITATIONS = [
    ("be-day", "Степутенко, Н. Новосибирск становится ближе / Н. Степутенко // Зямля і людзі. — 2019. — "
               "23 студзеня. — С. 1.\nВ минувший понедельник прибыла делегация.", "2019-01-23"),
    ("ru-day-issue", "Иванова, А. Побратимы / А. Иванова // Могилевские ведомости. - 2021. - № 40, 3 июня. - С. 4.\n"
                     "Делегация прибыла в Могилев.", "2021-06-03"),
    ("weekly-first-day", "Пятроў, П. Дні культуры // Мінская праўда. – 2020. – 5–11 сакавіка. – С. 3.\nТэкст.",
     "2020-03-05"),
    ("en-day", "Smith, J. Twin towns // Minsk Herald. — 2017. — 12 October. — P. 2.\nThe delegation arrived.",
     "2017-10-12"),
    ("year-only", "Иванов, И. Встреча губернаторов // Звязда. — 2018. — № 5. — С. 2.\nВстреча прошла в Минске.",
     "2018"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in CITATIONS], ids=[c[0] for c in CITATIONS])
def test_issue_10_bibliographic_record(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


def test_a_slash_pair_in_running_text_is_no_record() -> None:
    text = "Сотрудничество // развитие. В 2019 году товарооборот вырос — 2020. — 5 марта встреча — С. Иванов."
    doc = extract_text(text, events=False)
    assert doc.published is None or doc.published.how != "dateline"


# A place's own anniversary settles the year: a town's founding or first mention, a region's formation
# (scheduler/extraction/founding.py), with a thousands space or comma in the number.
PLACE_ANNIVERSARIES = [
    ("town-thousands-space", "В городе прошли мероприятия к 1 050-летию Витебска.", "2024"),
    ("town-nbsp", "Гости приехали на 1\u00a0050-летие Витебска.", "2024"),
    ("town-en-comma", "The delegation attended the 1,050th anniversary of Vitebsk.", "2024"),
    ("town-be", "Дэлегацыя прыехала на святкаванне 1050-годдзя Віцебска.", "2024"),
    ("town-founding-words", "Делегация поздравила горожан с 1000-летием со дня основания города Бреста.", "2019"),
    ("town-russia", "Программа визита посвящена 450-летию Уфы.", "2024"),
    ("town-two-words", "Минчане побывали на праздновании 800-летия Нижнего Новгорода.", "2021"),
    ("region-ru", "Выставка проходит в рамках празднования 80-летия Псковской области.", "2024"),
    ("region-formation-words", "Концерт приурочен к 80-летию со дня образования Брянской области.", "2024"),
    ("region-be", "Форум прысвечаны 85-годдзю Віцебскай вобласці.", "2023"),
    ("region-en", "The forum marks the 80th anniversary of the formation of Pskov Oblast.", "2024"),
    ("region-en-region", "Guests came for the 90th anniversary of the Kursk region.", "2024"),
    ("jubilee-ru", "Гости приехали на 1050-летний юбилей Витебска.", "2024"),
    ("jubilee-be", "Госці прыехалі на 1050-гадовы юбілей Віцебска.", "2024"),
    ("jubilee-en", "Guests came for the 1050-year anniversary of Vitebsk.", "2024"),
    ("lecce-be", "Дэлегацыя прыехала на 1 050-лецце Віцебска.", "2024"),
    ("age-ru", "В этом году Витебску исполняется 1 050 лет.", "2024"),
    ("age-be", "Сёлета Віцебску спаўняецца 1 050 гадоў.", "2024"),
    ("years-of-be", "Святкаванне 80 гадоў Вялікай Перамогі прайшло ў Мінску.", "2025"),
    ("years-since-en", "Events marked 80 years since the Great Victory.", "2025"),
    ("years-of-en", "The celebration of 80 years of the Victory gathered veterans.", "2025"),
    ("khatyn", "Делегация возложила цветы к 80-летию трагедии Хатыни.", "2023"),
    ("chernobyl-be", "Мітынг прысвечаны 35-й гадавіне Чарнобыльскай катастрофы.", "2021"),
    ("bssr", "Выставка посвящена 100-летию образования БССР.", "2019"),
    ("diplomatic-en", "They marked 30 years of diplomatic relations between Belarus and Russia.", "2022"),
    ("afghanistan", "Ветераны собрались к 35-летию вывода войск из Афганистана.", "2024"),
    ("komsomol-town", "В Новополоцке отметили 100-летие комсомола.", "2018"),
    ("republic", "Делегация Гомельской области приняла участие в праздновании 100-летия Республики Татарстан.", "2020"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in PLACE_ANNIVERSARIES],
                         ids=[c[0] for c in PLACE_ANNIVERSARIES])
def test_issue_10_place_and_history_anniversaries(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "inferred")


@pytest.mark.parametrize("shift", [0, 5, 30])
def test_place_anniversary_shifts_with_the_number(shift: int) -> None:
    doc = extract_text(f"Делегация прибыла на {1050 + shift}-летие Витебска и {80 + shift}-летие Псковской области.",
                       events=False)
    assert doc.published is not None and doc.published.value == str(2024 + shift)


@pytest.mark.parametrize("text", [
    "Делегация приехала на 100-летие Минского района.",  # a district, not the town
    "Жители отметили 25-летие сотрудничества Витебской области и Псковской области.",  # the partnership's
    "Город освобожден в 1944 году; 150-летие Витебска праздновали в XII веке.",  # no year a text is written in
], ids=["district", "partnership", "out-of-range"])
def test_what_is_no_place_anniversary(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is None or doc.published.evidence.find("основание") < 0 and "образование" not in \
        doc.published.evidence


# A year the text announces, called "next year" close by, is the year after publication.
NEXT_YEAR = [
    ("ru", "Волгоград и Витебск станут побратимами в 2024 году. Соответствующий документ будет подписан в "
           "следующем году во время визита делегации в Витебск.", "2023"),
    ("be", "Форум рэгіёнаў пройдзе ў 2026 годзе ў Магілёве. Дамову аб гэтым падпішуць у наступным годзе.", "2025"),
    ("en", "The Forum of Regions will take place in 2026 in Mogilev. The plan will be signed next year.", "2025"),
    # "will become" is a future too (the report of the decision in the next sentence is past)
    ("ru-becomes", "В следующем году, в 2026 году, Беларусь станет площадкой Дней Омской области. Такое решение было "
                   "принято по итогам визита.", "2025"),
    ("be-becomes", "У наступным годзе, у 2026 годзе, Беларусь стане пляцоўкай Дзён Омскай вобласці. Такое рашэнне "
                   "было прынята па выніках візіту.", "2025"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in NEXT_YEAR], ids=[c[0] for c in NEXT_YEAR])
def test_issue_10_next_year_names_the_announced_year(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "inferred")


@pytest.mark.parametrize("text", [
    # a later year named elsewhere: "next year" is not the announced 2024
    "В 2024 году пройдет форум. В следующем году будет подписан план. Итоги 2025 года подведены.",
    # "next year" of a past report
    "В 2024 году прошел форум. В следующем году стороны подписали план.",
], ids=["later-year-named", "past-report"])
def test_next_year_needs_the_newest_year_announced(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is None or doc.published.value != "2023"


# "Today" inside an event whose days the text names: the n-th day it says today is.
NTH_DAY = [
    ("en-first", "The Forum of Regions is held in Vitebsk on June 27 and 28, 2024. The governor shared the results of "
                 "the first day. An agreement was signed today.", "2024-06-27"),
    ("ru-second", "Форум регионов проходит в Витебске 27–28 июня 2024 года. Сегодня, во второй день форума, "
                  "подписали соглашение.", "2024-06-28"),
    ("be-first", "Форум рэгіёнаў праходзіць у Віцебску 27-28 чэрвеня 2024 года. Сёння, у першы дзень форуму, "
                 "падпісалі пагадненне.", "2024-06-27"),
    ("ru-final", "Дни культуры пройдут с 3 по 5 июля 2023 года. Сегодня, в заключительный день, состоялся концерт.",
     "2023-07-05"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in NTH_DAY], ids=[c[0] for c in NTH_DAY])
def test_issue_10_today_is_the_nth_day_named(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == value


def test_nth_day_beyond_the_days_named_says_nothing() -> None:
    text = "Форум прошел 27–28 июня. Сегодня, в третий день, подписали соглашение."
    doc = extract_text(text, events=False)
    assert doc.published is None


# The year an observance or anniversary counts from, named beside it, is history: it dates nothing.
@pytest.mark.parametrize("text", [
    "2 апреля отмечается День единения народов России и Беларуси. Именно в этот день в 1996 году был подписан договор.",
    "2 красавіка адзначаецца Дзень яднання народаў Беларусі і Расіі. Менавіта ў гэты дзень у 1996 годзе падпісана дамова.",
    "The Union State treaty was signed in 1999. Officials discussed the Union State programmes.",
], ids=["ru", "be", "en"])
def test_a_base_year_named_beside_its_observance_dates_nothing(text: str) -> None:
    assert extract_text(text, events=False).published is None


def test_a_base_year_still_lets_a_later_year_date_the_text() -> None:
    text = "В 1996 году подписан договор, День единения народов отмечают 2 апреля. В 2023 году товарооборот вырос."
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024"


# Dates listed under a side-bar heading belong to other news; the article's own line wins, wherever it stands.
SIDEBARS = [
    ("ru-top", "Последние новости\n12:30 05.03.2024\nВ Гомеле открыли сквер\n\nГлавная / Новости\n27.02.2024\n"
               "Делегация Брянской области прибыла в Гомель.", "2024-02-27"),
    ("ru-tail", "Главная\n27.02.2024\nДелегация Брянской области прибыла в Гомель и провела переговоры.\n\n"
                "Читайте также\n10:15 05.03.2024\nВ Гомеле открыли сквер", "2024-02-27"),
    ("be-top", "Апошнія навіны\n12:30 05.03.2024\nУ Гомелі адкрылі сквер\n\nНавіны\n27.02.2024\n"
               "Дэлегацыя Бранскай вобласці прыбыла ў Гомель.", "2024-02-27"),
    ("en-tail", "News\n27 February 2024\nThe Bryansk delegation arrived in Gomel for talks.\n\n"
                "Recent news from Belarus\n10:15 5 March 2024\nA park opened in Gomel", "2024-02-27"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in SIDEBARS], ids=[c[0] for c in SIDEBARS])
def test_issue_10_sidebar_dates_are_other_news(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


def test_a_plain_news_heading_is_no_sidebar() -> None:
    doc = extract_text("Новости\n12:30 05.03.2024\nДелегация прибыла в Гомель.", events=False)
    assert doc.published is not None and doc.published.value == "2024-03-05"


# The town may be named in the sentence rather than after the anniversary; a sentence that dates the
# anniversary itself tells when that happened, not when the text was written.
TOWN_IN_SENTENCE = [
    ("ru", "Витебск отметил 1 050-летие: на площади прошел концерт.", "2024"),
    ("ru-city-word", "Гости из Владивостока приехали в Брест на празднование 1000-летия города.", "2019"),
    ("be", "Віцебск адзначыў 1050-годдзе.", "2024"),
    ("en", "Vitebsk celebrated its 1,050th anniversary with a concert.", "2024"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in TOWN_IN_SENTENCE], ids=[c[0] for c in TOWN_IN_SENTENCE])
def test_town_named_in_the_anniversary_sentence(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "inferred")


@pytest.mark.parametrize("text", [
    "В Новополоцке прошел концерт к 65-летию сотрудничества.",  # under a hundred: not a town's founding
    "В Новополоцке отметили 100-летие местной школы.",  # the anniversary of what the next noun names
    "У Наваполацку адзначылі 100-годдзе мясцовай школы.",
    "Novopolotsk marked the 100th anniversary of the local school.",
    "За 100 гадоў Наваполацк вырас.",  # a duration, no verb of age
], ids=["small-number", "other-noun-ru", "other-noun-be", "other-noun-en", "duration-be"])
def test_what_is_no_town_anniversary(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is None


def test_an_anniversary_the_sentence_dates_is_a_recalled_event() -> None:
    text = ("Брест и Владивосток подписали план на 2026–2027 годы. Напомним, соглашение заключили 26 июля 2025 года "
            "в Бресте в рамках празднования 1006-летия города.")
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2026"


def _shift_years(s: str, k: int) -> str:
    return re.sub(r"(?<!\d)(?:19|20)\d\d(?=\d\d:|\d{1,2}\s|\D|$)", lambda m: str(int(m.group(0)) + k), s)
    # ("202109:41" and "202427 июн" too)


# Metamorphic: the header rules hold whatever the year and whatever chrome the site prints above them.
_SHIFTABLE = [c for c in HEADERS + CITATIONS + SIDEBARS if c[2][:4] in c[1]]  # the year written in full


@pytest.mark.parametrize("shift", [-7, 3])
@pytest.mark.parametrize("chrome", ["", "Официальный сайт\nГлавная | Новости | Контакты\n", "Home / News\n"])
@pytest.mark.parametrize(("text", "value"), [c[1:] for c in _SHIFTABLE], ids=[c[0] for c in _SHIFTABLE])
def test_header_rules_shift_with_the_year_and_ignore_the_chrome(text: str, value: str, chrome: str, shift: int) -> None:
    doc = extract_text(chrome + _shift_years(text, shift), events=False)
    assert doc.published is not None and doc.published.value == _shift_years(value, shift)


@pytest.mark.parametrize("text", [
    "В 2024 году исполнится 80 лет освобождения Беларуси.",
    "У 2024 годзе будзем адзначаць 80-годдзе вызвалення Беларусі.",
    "In 2024 the country will mark the 80th anniversary of the liberation of Belarus.",
], ids=["ru", "be", "en"])
def test_an_anniversary_announced_for_its_year_still_votes(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024"


_MENU = "".join(f"Раздел {i}\nПодраздел новостей {i}\n" for i in range(60))  # ~2000 characters of short lines


@pytest.mark.parametrize(("line", "value"), [
    ("09:4102.03.2021", "2021-03-02"), ("2 сакавіка 2021, 09:41", "2021-03-02"), ("5 march, 2019", "2019-03-05"),
], ids=["glued", "be", "en-lower"])
def test_menus_push_the_header_down_to_the_first_paragraph(line: str, value: str) -> None:
    body = "Делегация Брянской области прибыла в Гомель. " * 8  # the first paragraph
    doc = extract_text(f"{_MENU}{line}\n{body}\n\n{_MENU}", events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


def test_a_date_deep_in_the_body_is_no_date_line() -> None:
    body = "Делегация Брянской области прибыла в Гомель и провела переговоры. " * 30
    doc = extract_text(f"Новости\n{body}\n02.03.2021\n{body}", events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == ("2021", "inferred")


# Issue 10, item 9: publication-date accuracy on ../shared/eval/dev, each half against a floor just under the
# figure reached (tuned 1.0, aside 0.846 -- 11 of the 13 aside texts whose gold has a date), read from ../shared.
PUBLISHED_FLOORS = {"tuned": 0.97, "aside": 0.84}


def _aside(doc_id: str) -> bool:
    n = int(doc_id[1:])
    return n > 40 and n % 3 == 0  # d042, d045, … d099: kept aside while the rules were written


@pytest.mark.shared
@pytest.mark.parametrize("half", ["tuned", "aside"])
def test_dev_publication_dates_stay_above_floor(shared_dir: Path, tmp_path: Path, half: str) -> None:
    dev = shared_dir / "eval" / "dev"
    keep = _aside if half == "aside" else (lambda d: not _aside(d))
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(line + "\n" for line in (dev / "gold.jsonl").read_text(encoding="utf-8").splitlines()
                            if line.strip() and keep(json.loads(line)["id"])), encoding="utf-8")
    out = tmp_path / "out.jsonl"
    files = [str(p) for p in sorted(dev.glob("d*.txt")) if keep(p.stem)]
    out.write_text("".join(json.dumps(r.to_dict(), ensure_ascii=False) + "\n"  # type: ignore[union-attr]
                           for r in extract_paths(files, events=False)), encoding="utf-8")
    run = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(gold), "--corpus",
                          str(dev), "--system", str(out), "--json"], capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout.splitlines()[0])
    assert figures["missing_docs"] == 0
    assert figures["published"] >= PUBLISHED_FLOORS[half], figures["published"]


# A full date among page-chrome separators above the body is a date line even on a long line.
CHROME_LINES = [
    ("ru", "Политика | Общество | 5 марта 2019 года | Делегация Брянской области прибыла в Гомель на переговоры "
           "| Просмотров: 123\nТекст новости.", "2019-03-05"),
    ("be", "Галоўная › Навіны › 5 сакавіка 2019 › Дэлегацыя Бранскай вобласці прыбыла ў Гомель на перамовы з "
           "кіраўніцтвам\nТэкст.", "2019-03-05"),
    ("en", "Home › News › 5 march, 2019 › The delegation of Bryansk Oblast arrived in Gomel for talks with the "
           "leadership\nText.", "2019-03-05"),
]


@pytest.mark.parametrize(("text", "value"), [c[1:] for c in CHROME_LINES], ids=[c[0] for c in CHROME_LINES])
def test_issue_10_a_date_among_chrome_separators(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == (value, "dateline")


def test_a_chrome_date_gives_way_to_a_later_year_the_text_settles() -> None:
    text = ("Архив | 5 марта 2019 года | Соглашение о сотрудничестве областей и его исполнение, обзор за пять лет "
            "работы\nПо итогам 2023 года товарооборот вырос.")
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024"


@pytest.mark.parametrize("text", [
    "12 Sep 2018\n\nMinsk, St. Petersburg sign plan of cooperation by 2020\n\nMINSK, 12 September (BelTA) - Minsk and "
    "St. Petersburg signed a plan of action to promote cooperation by 2020.",
    "12 сентября 2018\n\nМинск и Петербург подписали план сотрудничества до 2020 года\n\nМИНСК, 12 сентября (БЕЛТА) - "
    "Минск и Санкт-Петербург подписали план мероприятий до 2020 года.",
    "12 верасня 2018\n\nМінск і Пецярбург падпісалі план супрацоўніцтва да 2020 года\n\nМІНСК, 12 верасня (БЕЛТА) - "
    "Мінск і Санкт-Пецярбург падпісалі план мерапрыемстваў да 2020 года.",
])
def test_a_deadline_year_is_not_the_year_of_the_dateline(text: str) -> None:
    # "by 2020", «до 2020 года»: a target; the page's own date above the dateline names the year
    assert extract_text(text).published.value == "2018-09-12"


def test_a_month_first_address_is_no_date() -> None:
    # /03/14/2022/ cannot be day-first (no 14th month): only its year is read, rather than a wrong day
    got = extract_text("Делегация прибыла в Гомель.\n\nSource URL: https://example.com/03/14/2022/visit").published
    assert got is not None and got.value == "2022"


@pytest.mark.parametrize("text", [
    "Cooperation discussed in Vologda\n09:40, 5 May\nThe governor met the delegation of Tver in the city.\n\n"
    "Other materials\n\nTwo regions sign a plan for 2031-2033\n12:00, 3 May",
    "Сотрудничество обсудили в Вологде\n09:40, 5 мая\nГубернатор встретился с делегацией Тверской области.\n\n"
    "Другие материалы\n\nДва региона подписали план на 2031-2033 годы\n12:00, 3 мая",
    "Супрацоўніцтва абмеркавалі ў Вологдзе\n09:40, 5 мая\nГубернатар сустрэўся з дэлегацыяй Цвярской вобласці.\n\n"
    "Іншыя матэрыялы\n\nДва рэгіёны падпісалі план на 2031-2033 гады\n12:00, 3 мая",
], ids=["en", "ru", "be"])
def test_a_list_of_other_news_dates_neither_the_page_nor_its_events(text: str) -> None:
    doc = extract_text(text)
    assert doc.published is None or not doc.published.value.startswith("2031"), doc.published
    assert not [e for e in doc.events if e.type in ("plan", "agreement")], [(e.type, e.title) for e in doc.events]
    assert any(m.value.startswith("XXXX-05-03") for m in doc.mentions)  # (its dates are still mentions)


@pytest.mark.parametrize("text", [
    "May 14, PNA. The governor met the mayor of Lida. Exports rose 12 percent in 2022, the governor said.",
    "14 мая. Губернатар сустрэўся з мэрам Ліды. У 2022 годзе тавараабарот павялічыўся на 12 працэнтаў.",
    "14 мая. Губернатар сустрэўся з мэрам Ліды. Тавараабарот павялічыўся на 12 працэнтаў у 2022 годзе.",
    "14 мая. Губернатор встретился с мэром Лиды. Товарооборот вырос на 12 процентов в 2022 году.",
], ids=["en-verb-first", "be-year-first", "be-verb-first", "ru-verb-first"])
def test_a_finished_year_s_figures_date_a_year_less_dateline(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023-05-14", doc.published



def test_a_unix_time_in_the_address_dates_the_text_where_its_day_is_the_texts() -> None:
    text = ("Meeting with the Governor of Omsk Oblast\n\n10:55\n\nThe President met with the Governor of Omsk Oblast "
            "on 25 March.\n\nSource URL: http://www.president.gov.by/en/events/vstrecha-s-gubernatorom-1711369535")
    doc = extract_text(text, events=False)
    assert doc.published is not None and (doc.published.value, doc.published.how) == ("2024-03-25", "url")


def test_a_number_in_the_address_that_only_looks_like_a_unix_time_dates_nothing() -> None:
    text = "Meeting\n\nThe President met with the Governor on 26 April.\n\nSource URL: http://x.by/news/a-1711369535"
    assert extract_text(text, events=False).published is None


@pytest.mark.parametrize("text", [
    "April 3, BPN. Trade with the Kaluga region rose by 40 percent in 2022, the governor said.",
    "3 апреля. Товарообмен вырос на 40 процентов в 2022 году, сообщил губернатор.",
    "April 3. In 2022, the trade crossed the $700 million mark and remains on the growth track this year.",
    "3 апреля. В 2022 году товарооборот перешагнул отметку в 700 миллионов долларов.",
    "3 красавіка. У 2022 годзе тавараабарот перакрочыў адзнаку ў 700 мільёнаў долараў.",
], ids=["en-trade-rose-in", "ru-trade-exchange", "en-crossed", "ru-stepped-over", "be-stepped-over"])
def test_a_finished_years_trade_figures_put_the_text_in_the_year_after(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023-04-03"


@pytest.mark.parametrize("text,value", [
    ("22 июня. 78 лет назад, в 1941 году, началась война.", "2019-06-22"),
    ("22 чэрвеня. 78 гадоў таму, у 1941 годзе, пачалася вайна.", "2019-06-22"),
    ("June 22. 78 years ago, in 1941, the war began.", "2019-06-22"),
    ("Сёння ў школе. Роўна 78 год таму пачалася Вялікая Айчынная вайна.", "2019"),
    ("Today at school. 78 years ago the Great Patriotic War began.", "2019"),
], ids=["ru-year-after", "be-year-after", "en-year-after", "be-known-event", "en-known-event"])
def test_years_ago_from_a_year_or_an_event_of_known_year_give_the_texts_year(text: str, value: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == value


def test_years_ago_of_nothing_known_give_no_year() -> None:
    assert extract_text("22 июня. 20 лет назад мы начали работу.", events=False).published is None


@pytest.mark.parametrize("text", [
    "25 июня. В этом году исполняется 30 лет дипломатическим отношениям Беларуси и России.",
    "25 чэрвеня. Адзначаецца 30-годдзе ўстанаўлення дыпламатычных адносін.",
    "25 June. The countries celebrate the 30th anniversary of diplomatic relations.",
], ids=["ru", "be", "en"])
def test_an_anniversary_of_diplomatic_relations_counts_from_1992(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2022-06-25"


@pytest.mark.parametrize("notice", [
    "При использовании материалов активная гиперссылка на сайт обязательна",
    "Пры выкарыстанні матэрыялаў актыўная гіперспасылка на сайт абавязковая",
    "When using materials, an active hyperlink to the site is required",
], ids=["ru", "be", "en"])
def test_the_stamps_of_other_news_under_the_reuse_notice_date_nothing(notice: str) -> None:
    body = ("Губернатор Курской области отметил, что фестиваль собрал друзей. Днём делегация посетила предприятия "
            "Могилёвской области и провела переговоры с руководством области о поставках техники.\n")
    text = body + notice + "\n05.07.2025 - 17:50\nФестиваль «Александрия собирает друзей»: атмосфера дома\n" \
        "30.06.2025 - 12:16\n30.06.2025 - 09:29\n24.06.2025 - 10:04\n"
    doc = extract_text(text)
    assert doc.published is None, doc.published
    assert not [e for e in doc.events if e.start and e.start.startswith("2025")], doc.events


def test_a_list_of_stamps_is_no_date_line() -> None:
    text = ("Делегация Брестской области провела переговоры в Орле о поставках техники и о совместных проектах "
            "в сфере образования и культуры, сообщает пресс-служба.\nЛента новостей\n05.07.2025 - 17:50\n"
            "Другая новость\n30.06.2025 - 12:16\nЕщё одна\n30.06.2025 - 09:29\nИ ещё\n24.06.2025 - 10:04\n")
    assert extract_text(text, events=False).published is None


@pytest.mark.parametrize(("text", "url", "value"), [
    ("Minsk to host St. Petersburg Days in April 2023\n12:15, 24 November\nSt. Petersburg Days will be held in Minsk "
     "in April 2023.", "https://soyuz.by/en/society/minsk-to-host-st-petersburg-days-in-april-2023", "2022-11-24"),
    ("Дни Петербурга пройдут в Минске в апреле 2023 года\n12:15, 24 ноября\nДни Санкт-Петербурга пройдут в Минске в "
     "апреле 2023 года.", "https://example.ru/news/dni-peterburga-v-aprele-2023", "2022-11-24"),
], ids=["en-slug-month", "ru-slug-month"])
def test_a_day_before_a_month_still_announced_is_in_the_year_before(text: str, url: str, value: str) -> None:
    doc = extract_text(f"{text}\n\nSource URL: <{url}>", events=False)
    assert doc.published is not None and doc.published.value == value, doc.published


def test_a_time_stamp_glued_to_the_slug_dates_the_page() -> None:
    url = "http://www.bsg32.ru/elements/v_novozyibkove_pobyivali_predstaviteli_fonda_mira20180404162003/"
    doc = extract_text("Делегация посетила Новозыбков.", events=False, url=url)
    assert doc.published is not None and doc.published.value == "2018-04-04"


@pytest.mark.parametrize("text", [
    "2 апреля Тверь и Орша отмечают День единения. В ноябре 2023 года белорусская делегация приезжала в Тверь.",
    "2 красавіка Цвер і Орша адзначаюць Дзень яднання. У лістападзе 2023 года беларуская дэлегацыя прыязджала ў Цвер.",
], ids=["ru", "be"])
def test_a_day_before_a_month_reported_past_is_of_no_year_named(text: str) -> None:
    doc = extract_text(text, events=False)
    assert doc.published is None or not doc.published.value.startswith("2023"), doc.published


def test_a_crawl_stamp_the_text_contradicts_is_no_publication_date() -> None:
    text = (" date 2019-12-13 President of Belarus Alexander Lukashenko met with Governor of Voronezh Region Alexander "
            "Gusev.\n\nIn 2023, the trade turnover exceeded $500 million.")
    doc = extract_text(text)
    assert doc.published is not None and doc.published.value == "2024", doc.published
    assert [e.start for e in doc.events if e.type == "meeting"] == ["2024"]


def test_a_crawl_stamp_nothing_contradicts_dates_the_page() -> None:
    doc = extract_text(" date 2019-12-13 President Lukashenko met with Governor of Voronezh Region Alexander Gusev.")
    assert doc.published is not None and doc.published.value == "2019-12-13"


def test_a_crawl_stamp_stands_beside_a_plans_later_years() -> None:
    text = (" date 2025-08-26 Делегация Вологодской области находится в Минске. Стороны подписали план мероприятий "
            "на 2026-2027 годы.")
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2025-08-26", doc.published


@pytest.mark.parametrize("text", [
    "Делегация начала день на площади Победы. Здесь горит Вечный огонь, зажжённый 3 июля 1961 года. Гости возложили "
    "цветы. Затем глава города посетил город-побратим, с которым его город сотрудничает на протяжении 11 лет.",
    "The delegation began the day at Victory Square. The Eternal Flame there was lit on 3 July 1961. The guests laid "
    "flowers. Then the mayor visited the twin town his city has cooperated with for 11 years.",
], ids=["ru", "en"])
def test_a_span_of_years_counts_only_from_a_year_named_close_to_it(text: str) -> None:
    pub = extract_text(text).published
    assert pub is None or pub.value != "1972", pub


@pytest.mark.parametrize("text,year", [
    ("18 июля 2023 г. состоялась встреча министра с губернатором. Одобрен к подписанию план работы на 2024-2025 годы.",
     "2023"),
    ("On 18 July 2023, the minister met the governor. A plan of work for 2024-2025 was approved.", "2023"),
    # a day recalled after the term does not overrule it
    ("Города подписали план совместных мероприятий на 2026–2027 годы. Напомним, соглашение о побратимстве заключили "
     "26 июля 2025 года.", "2026"),
], ids=["ru", "en", "recalled-after"])
def test_a_plans_term_is_not_the_year_of_a_day_reported_before_it(text: str, year: str) -> None:
    pub = extract_text(text).published
    assert pub is not None and pub.value == year, pub


@pytest.mark.parametrize("text", [
    "В Минске пройдет пресс-конференция\n\nАВТОР Елена Моргунова\n20.09.2023\n\n21 сентября в 15:30 в пресс-центре "
    "пройдет пресс-конференция, посвященная открытию Дней культуры.",
    "A press conference will be held in Minsk\n\n20.09.2023\n\nOn 21 September at 15:30 a press conference will be held "
    "at the press centre.",
], ids=["ru", "en"])
def test_a_sentences_hour_is_no_date_line(text: str) -> None:
    pub = extract_text(text).published
    assert pub is not None and pub.value == "2023-09-20", pub


def test_a_mastheads_year_settles_no_year_of_the_text() -> None:
    text = ("Понедельник, 21 апреля 2025\n\nРодныя сёстры – Беларусь і Расія\n\nСёння брацкія народы Беларусі і Расіі "
            "адзначаюць Дзень яднання.")
    assert extract_text(text).published is None


@pytest.mark.parametrize(("text", "year"), [
    ("В 2010 году подписан первый договор о сотрудничестве университетов. С тех пор подписано ещё пять договоров.", None),
    ("У 2010 годзе падпісаны першы дагавор аб супрацоўніцтве. З таго часу падпісана яшчэ пяць дагавораў.", None),
    ("The first cooperation treaty was signed in 2010. Since then five more treaties have been signed.", None),
    # no «since then»: the year the text reports is the newest it knows
    ("В 2010 году подписан первый договор о сотрудничестве университетов.", "2010"),
], ids=["ru", "be", "en", "ru-plain"])
def test_a_year_the_text_counts_on_from_is_not_its_own(text: str, year: str | None) -> None:
    found = extract_text(text).published
    assert (found.value if found else None) == year


@pytest.mark.parametrize(("text", "year"), [
    ("Товарооборот за прошедшие восемь месяцев равен товарообороту 2020 года.", "2021"),
    ("Тавараабарот за восем месяцаў вырас у параўнанні з 2020 годам.", "2021"),
    ("Trade in eight months grew by 20 percent compared to the same period of 2020.", "2021"),
], ids=["ru", "be", "en"])
def test_a_year_a_figure_is_set_against_is_over(text: str, year: str) -> None:
    found = extract_text(text).published
    assert found is not None and found.value == year


def test_unpadded_segments_are_a_date_only_as_whole_segments() -> None:
    assert extract_text("Текст.", url="https://example.ru/img/2025/9/5.jpg").published is None


@pytest.mark.parametrize("text,day", [
    ("Брестчину посетит делегация\n\n10  Ноября 2009 г.  в 18:59 : Политика, власть, оппозиция\n12-13 ноября Брестскую "
     "область посетит делегация.", "2009-11-10"),
    ("Брэстчыну наведае дэлегацыя\n\n10 лістапада 2009 г. у 18:59 | Грамадства, палітыка, эканоміка\n12-13 лістапада Брэсцкую вобласць "
     "наведае дэлегацыя.", "2009-11-10"),
    ("Delegation to visit Brest Oblast\n\n10 November 2009 at 18:59 | Politics, Society and the Economy\nOn 12-13 November a delegation "
     "will visit Brest Oblast.", "2009-11-10"),
], ids=["ru", "be", "en"])
def test_a_date_line_with_its_time_and_rubric_is_the_publication(text, day):
    """«10 Ноября 2009 г. в 18:59 : Политика, …»: a date, its time and the site's rubric after them make a date line,
    however long the rubric."""
    from scheduler.extraction import extract_text

    got = extract_text(text).published
    assert got is not None and got.value == day, got


@pytest.mark.parametrize("text,value", [
    ("Москва. 15 июня 2014 года. INTERFAX.RU - Председатель Госдумы возложил венок к Вечному огню.", "2014-06-15"),
    ("Минск. 3 июля 2020 г. ИНТЕРФАКС-ЗАПАД - Президент возложил венок к монументу Победы.", "2020-07-03"),
])
def test_interfaxs_date_line_is_the_publication_day(text, value):
    # «Город. день месяц год. ИНТЕРФАКС - …»: the agency's own date line, as «МИНСК, 24 ноя (БЕЛТА)» is BelTA's
    published = extract_text(text).published
    assert published is not None and published.value == value and published.how == "dateline"


def test_interfaxs_date_line_without_a_year_dates_the_lead_event():
    text = ("Брест. 15 июня. ИНТЕРФАКС - Председатель Госдумы и члены парламентской делегации в воскресенье возложили "
            "венок и цветы к Вечному огню в Брестской крепости.")
    assert "XXXX-06-15" in [e.start for e in extract_text(text).events if e.type == "commemoration"]


@pytest.mark.parametrize("text", [
    "В понедельник, 2 октября состоялось открытие Спартакиады. В этом году она посвящена 80-й годовщине разгрома "
    "советскими войсками немецко-фашистских войск в Сталинградской битве.",
    "У панядзелак, 2 кастрычніка адбылося адкрыццё Спартакіяды. Сёлета яна прысвечана 80-й гадавіне разгрому савецкімі "
    "войскамі нямецка-фашысцкіх войскаў у Сталінградскай бітве.",
    "On Monday, 2 October, the Spartakiad opened. This year it is dedicated to the 80th anniversary of the defeat of "
    "the Nazi troops by the Soviet army in the Battle of Stalingrad.",
])
def test_an_anniversary_whose_base_ends_its_sentence_settles_the_year(text):
    # the base named at the end of a long phrase (1943 + 80), in any of the three languages
    published = extract_text(text).published
    assert published is not None and published.value == "2023"


@pytest.mark.parametrize("text", [
    "27 июня 2023 года в Уфе прошёл X Форум регионов.",
    "27 чэрвеня 2023 года ва Уфе прайшоў X Форум рэгіёнаў.",
    "The 10th Forum of Regions was held in Ufa on 27 June 2023.",
], ids=["ru", "be", "en"])
def test_an_address_date_before_a_day_the_text_reports_done_is_no_publication(text: str) -> None:
    # GUIDE §1: a site section's date in the address («/2015-12-19-18-17-38/item/…») cannot be the day of an article
    # that reports 2023 as past; an address date after it still is
    old = extract_text(f"{text}\n\nSource URL: https://a.ru/index.php/2015-12-19-18-17-38/item/7276-x", events=False)
    assert old.published is None or not old.published.value.startswith("2015"), old.published
    new = extract_text(f"{text}\n\nSource URL: https://a.ru/news/2023-06-28/x", events=False)
    assert new.published is not None and new.published.value == "2023-06-28", new.published


@pytest.mark.parametrize("text", [
    "В этом году исполнилось 20 лет сотрудничеству городов. Договор о партнёрстве был подписан 29 апреля 2003 года.",
    "Сёлета споўнілася 20 гадоў супрацоўніцтву гарадоў. Дагавор аб партнёрстве быў падпісаны 29 красавіка 2003 года.",
    "This year marks 20 years of cooperation between the towns. The partnership agreement was signed on 29 April 2003.",
], ids=["ru", "be", "en"])
def test_an_age_told_and_its_start_in_the_next_sentence_give_the_year(text: str) -> None:
    # GUIDE §1 (anniversary arithmetic): twenty years since 2003 is 2023, whatever masthead's today is above it
    for page in (text, "Субота 18 Мая 2024 года\n\n" + text):
        doc = extract_text(page, events=False)
        assert doc.published is not None and doc.published.value == "2023", (page[:30], doc.published)


@pytest.mark.parametrize("text", [
    "В этом году исполняется 25 лет с тех пор, как Гомельская и Смоленская области подписали первое соглашение в 1998 году.",
    "Сёлета спаўняецца 25 гадоў з таго часу, як Гомельская і Смаленская вобласці падпісалі першае пагадненне ў 1998 годзе.",
    "This year marks 25 years since Gomel Oblast and Smolensk Oblast signed their first cooperation agreement in 1998.",
    "It has been 25 years since the regions signed their first agreement in 1998.",
], ids=["ru", "be", "en", "en-has-been"])
def test_an_age_told_since_a_year_of_the_same_sentence_gives_the_year(text: str) -> None:
    # GUIDE §1 (anniversary arithmetic): 25 years since 1998 is 2023 — the start told in the same sentence, after "since"
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023", doc.published


@pytest.mark.parametrize("text", [
    "Летась, у 2022 годзе, тавараабарот Магілёўскай вобласці з рэгіёнамі Расіі склаў 3,1 млрд долараў.",
    "В прошлом году, в 2022-м, товарооборот Могилёвской области с регионами России составил 3,1 млрд долларов.",
    "Last year, in 2022, the trade of Mogilev Oblast with Russian regions reached $3.1 billion.",
], ids=["be", "ru", "en"])
def test_last_year_named_in_the_same_breath_gives_the_year_after(text: str) -> None:
    # GUIDE §1: a year the text settles — «летась, у 2022 годзе» is written in 2023
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023", doc.published


@pytest.mark.parametrize("text", [
    "Сотрудничество законодателей началось в прошлом году. 27 июня 2023 года в рамках форума подписано соглашение.",
    "Супрацоўніцтва пачалося летась. 27 чэрвеня 2023 года ў рамках форуму падпісана пагадненне.",
    "Cooperation between the lawmakers began last year. On 27 June 2023, an agreement was signed at the forum.",
], ids=["ru", "be", "en"])
def test_last_year_told_by_the_next_sentence_gives_the_year_after(text: str) -> None:
    # GUIDE §1 (a year the text settles): «в прошлом году. 27 июня 2023 года …» — last year is 2023, the text of 2024
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024", doc.published


def test_last_year_not_told_by_the_next_sentence_settles_nothing_of_it() -> None:
    doc = extract_text("В прошлом году товарооборот вырос. В 2019 году он упал.", events=False)
    assert doc.published is None or doc.published.value != "2020", doc.published


@pytest.mark.parametrize(("text", "year"), [
    ("Отношения развиваются с марта 2023 года после подписания соглашения о сотрудничестве. Гости осмотрели город.\n"
     "«Наше соглашение, подписанное два с половиной года назад, уже принесло результаты», — сказала она.", "2025"),
    ("Адносіны развіваюцца з сакавіка 2023 года пасля падпісання пагаднення аб супрацоўніцтве. Госці агледзелі горад.\n"
     "«Наша пагадненне, падпісанае два з паловай гады таму, ужо дало вынікі», — сказала яна.", "2025"),
    ("The relations have grown since the cooperation agreement was signed in March 2023. The guests toured the city.\n"
     "\"Our agreement, signed two and a half years ago, has already brought results,\" she said.", "2025"),
], ids=["ru", "be", "en"])
def test_years_ago_counted_from_the_act_the_text_dated(text: str, year: str) -> None:
    # GUIDE §5 (arithmetic on stated dates): the act dated a few sentences before («подписания … в марте 2023») and
    # "signed two and a half years ago" settle the report's year
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == year, doc.published


@pytest.mark.parametrize("text", [
    "Фестиваль впервые прошёл в Хиславичах в 2002 году. Двадцать один год назад, когда фестиваль только начинался, мы "
    "надеялись на долгую жизнь.",
    "Фестываль упершыню прайшоў у Хіславічах у 2002 годзе. Дваццаць адзін год таму, калі фестываль толькі пачынаўся, мы "
    "спадзяваліся на доўгае жыццё.",
    "The festival was first held in 2002. Twenty-one years ago, when it began, we hoped for a long life.",
], ids=["ru", "be", "en"])
def test_years_ago_in_words_from_a_year_told_give_the_year(text: str) -> None:
    # GUIDE §1: a year the text settles — twenty-one years after 2002
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2023", doc.published


@pytest.mark.parametrize("text", [
    "Праздник прошёл в концертном зале. Ровно 28 лет назад был подписан договор «Об образовании Сообщества России и "
    "Белоруссии».",
    "Свята прайшло ў канцэртнай зале. Роўна 28 гадоў таму быў падпісаны Дагавор аб утварэнні Супольнасці Беларусі і Расіі.",
    "The celebration took place in the concert hall. Exactly 28 years ago the Treaty on the Formation of the Community of "
    "Belarus and Russia was signed.",
], ids=["ru", "be", "en"])
def test_years_ago_of_the_community_treaty_give_the_year(text: str) -> None:
    # GUIDE §5 (base years of famous events): the treaty that founded the Community was signed in 1996, whatever name
    # the text gives it («Сообщества России и Белоруссии» as well as «договор о Сообществе»)
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2024", doc.published


@pytest.mark.parametrize("header", ["понедельник, апреля 25, 2022", "панядзелак, 25 красавіка 2022", "Monday, April 25, 2022"],
                         ids=["ru", "be", "en"])
def test_a_weekday_header_in_the_month_the_address_names_is_the_posts_day(header: str) -> None:
    # GUIDE §1: the address's date first; a blog's "/2022/04/" names only the month, and the weekday header of that
    # month over the post is its day (a masthead's today would be the day of a later visit, rarely the same month)
    text = f"{header}\n\nСотрудничаем\n\nГимназия 14 апреля подписала договор со школой Вологодской области.\n\n" \
           "Source URL: http://school.example.org/2022/04/blog-post_25.html"
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2022-04-25", doc.published


def test_a_weekday_header_of_another_month_than_the_addresss_stays_a_masthead() -> None:
    text = "понедельник, мая 30, 2022\n\nСотрудничаем\n\nГимназия 14 апреля подписала договор со школой Вологодской области.\n\n" \
           "Source URL: http://school.example.org/2022/04/blog-post_25.html"
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value == "2022-04", doc.published


@pytest.mark.parametrize("text", [
    "MINSK, 5 November. The early election of the Tula Oblast governor took place in September 2024. The president noted "
    "that his previous meeting with the delegation of Tula Oblast took place more than 10 years ago (in 2012).",
    "МИНСК, 5 ноября. Досрочные выборы губернатора Тульской области прошли в сентябре 2024 года. Президент отметил, что "
    "предыдущая встреча с делегацией Тульской области состоялась более 10 лет назад (в 2012 году).",
], ids=["en", "ru"])
def test_years_ago_told_with_their_own_year_count_from_it_not_from_a_year_before(text: str) -> None:
    # GUIDE §1: "ten years ago (in 2012)" counts from 2012 (→ 2022 at least), never from a year named in another story
    doc = extract_text(text, events=False)
    assert doc.published is not None and doc.published.value[:4] in ("2024",), doc.published


@pytest.mark.parametrize("text", [
    "Встреча городов-побратимов прошла в Пскове 16 октября. Начиная с 1998 года, на этих встречах обсуждаются вопросы "
    "сотрудничества.",
    "Сустрэча гарадоў-пабрацімаў прайшла ў Пскове 16 кастрычніка. Пачынаючы з 1998 года, на гэтых сустрэчах "
    "абмяркоўваюцца пытанні супрацоўніцтва.",
    "The twin towns meeting took place in Pskov on 16 October. Since 1998, these meetings have discussed cooperation.",
], ids=["ru", "be", "en"])
def test_the_first_year_of_what_still_goes_on_is_not_the_year_of_writing(text: str) -> None:
    # GUIDE §1: a year the text settles; «начиная с 1998 года» opens a span that reaches the present, not the text's year
    doc = extract_text(text, events=False)
    assert doc.published is None or doc.published.value[:4] != "1998", doc.published


@pytest.mark.parametrize("text", [
    "Вопросы выполнения плана в текущем году и перспектив взаимодействия в 2022 году вошли в повестку заседания "
    "рабочей группы.",
    "The implementation of the plan this year and the prospects for cooperation in 2022 were on the agenda of the "
    "working group meeting.",
], ids=["ru", "en"])
def test_an_address_date_stands_before_a_later_year_the_text_only_names(text: str) -> None:
    # GUIDE §1: the address's date first; a later year with no month or day reported done does not overrule it
    doc = extract_text(f"{text}\n\nSource URL: http://news.example.ru/society/2021/12/01/85431.html", events=False)
    assert doc.published is not None and doc.published.value == "2021-12-01", doc.published
