"""The temporal grammar, form by form: (text, publication date) -> exactly these mentions."""

from __future__ import annotations

from datetime import date

import pytest

from scheduler.errors import UsageError
from scheduler.extraction.dates import find_mentions, month_day, parse_value
from scheduler.extraction.types import Published

P = "2017-10-20"

# (id, text, published, [(mention text, value), ...])
CASES = [
    # --- full dates, Russian
    ("ru-full-words", "подписанный 29 июня 2017 года в Москве", None, [("29 июня 2017 года", "2017-06-29")]),
    ("ru-full-g", "2 апреля 1996 г. президенты подписали", None, [("2 апреля 1996 г.", "1996-04-02")]),
    ("ru-full-no-yearword", "Новость от 26 мая 2025 15:35", None, [("26 мая 2025", "2025-05-26")]),
    ("ru-instrumental-month", "встреча 3 марта 2020 г. в Минске", None, [("3 марта 2020 г.", "2020-03-03")]),
    ("ru-ordinal-day", "на 1-е сентября 2021 года", None, [("1-е сентября 2021 года", "2021-09-01")]),
    ("ru-abbr", "МИНСК, 24 ноя - РИА Новости", "2025-11-24", [("24 ноя", "2025-11-24")]),
    ("ru-rel-year-tail", "9 января текущего года подписан План", "2023", [("9 января текущего года", "2023-01-09")]),
    ("ru-tg-abbr", "с 1 июля т.г. вступает в силу", "2023-05-05", [("1 июля т.г.", "2023-07-01")]),
    ("ru-pg-abbr", "в мае п.г. подписан", "2023-05-05", [("мае п.г.", "2022-05")]),
    ("ru-prev-year-tail", "5 мая прошлого года", "2023-06-01", [("5 мая прошлого года", "2022-05-05")]),
    # --- halves and quarters of a year
    ("ru-half-year", "В первом полугодии 2025 года товарооборот вырос", None,
     [("первом полугодии 2025 года", "2025-01/2025-06")]),
    ("ru-quarter-rel", "Во втором квартале этого года пройдет форум", "2025-08-01",
     [("втором квартале этого года", "2025-04/2025-06")]),
    ("ru-half-of-year", "в первой половине 2024 года", None, [("первой половине 2024 года", "2024-01/2024-06")]),
    ("be-half-year", "У першым паўгоддзі 2025 года тавараабарот вырас", None,
     [("першым паўгоддзі 2025 года", "2025-01/2025-06")]),
    ("en-quarter", "in the third quarter of 2024 it fell", None, [("third quarter of 2024", "2024-07/2024-09")]),
    ("ru-half-of-day", "в первой половине дня прошла встреча", "2024-05-05", []),
    ("ru-these-sat-sun-past", "Праздник прошел в эти субботу и воскресенье в Гомеле", "2025-08-11",
     [("в эти субботу и воскресенье", "2025-08-09/2025-08-10")]),
    ("en-this-sat-sun-ahead", "The festival will be held this Saturday and Sunday", "2025-08-14",
     [("this Saturday and Sunday", "2025-08-16/2025-08-17")]),
    ("ru-these-weekend-friday", "На этих выходных города отмечают юбилеи", "2022-09-09",
     [("На этих выходных", "2022-09-10/2022-09-11")]),
    ("ru-week-before-last", "На позапрошлой неделе делегация посетила Омск", "2025-09-30",
     [("На позапрошлой неделе", "2025-09-15/2025-09-21")]),
    ("be-sputnik-abbr", "МІНСК, 9 чэр — Sputnik. Выпусцілі канверты", "2017-06-09", [("9 чэр", "2017-06-09")]),
    ("be-today-adj", "Сённяшні дзень стаў святочным", "2017-06-09", [("Сённяшні", "2017-06-09")]),
    ("be-as-of-today", "На сённяшні дзень працуюць 5 прадпрыемстваў", "2017-06-09", []),
    # --- digits
    ("num-dmy", "29.06.2017 состоялось", None, [("29.06.2017", "2017-06-29")]),
    ("num-short-year", "от 24.01.17 №5", None, [("24.01.17", "2017-01-24")]),
    ("num-slash", "icon 05/07/2024", None, [("05/07/2024", "2024-07-05")]),
    ("num-dashes", "Опубликовано 12-03-2024, просмотров 40", None, [("12-03-2024", "2024-03-12")]),
    ("num-dashes-two", "с 5-10-2024 по 7-10-2024", None, [("5-10-2024", "2024-10-05"), ("7-10-2024", "2024-10-07")]),
    ("num-dashes-phone", "Телефон 8-029-1234567, 12-15 марта", "2024-03-01", [("12-15 марта", "2024-03-12/2024-03-15")]),
    ("num-iso", "date 2026-02-18 Раис", None, [("2026-02-18", "2026-02-18")]),
    # --- English
    ("en-mdy", "signed on June 29, 2017 in Moscow", None, [("June 29, 2017", "2017-06-29")]),
    ("en-dmy", "GOMEL, 10 August 2016 (BelTA)", None, [("10 August 2016", "2016-08-10")]),
    ("en-yearless", "the visit on 2 April", "2015-04-03", [("2 April", "2015-04-02")]),
    ("en-range", "(February 9–14, 2025)", None, [("February 9–14, 2025", "2025-02-09/2025-02-14")]),
    ("en-from-to", "from February 9 to 14, 2025.", None,
     [("from February 9 to 14, 2025", "2025-02-09/2025-02-14")]),
    ("en-in-year", "In 2014 trade totaled $800 million", None, [("In 2014", "2014")]),
    ("en-years", "from 1944 to 1945", None, [("from 1944 to 1945", "1944/1945")]),
    ("en-in-month", "in May we will present", "2024-01-11", [("in May", "2024-05")]),
    ("en-end-of-month", "meet at the end of August.", "2016-08-10", [("the end of August", "2016-08")]),
    ("en-may-verb", "We may meet soon, and may 5 things change", "2024-01-11", []),
    ("en-count-not-year", "one of 2000 participants came for 1800 visitors", None, []),
    ("en-this-year", "this year the fair grows", "2024-05-01", [("this year", "2024")]),
    # the day before the day just told, in English too; «накануне и …»
    ("en-day-before", "The delegation was received on 18 March. The guests arrived the day before.", "2025-03-19",
     [("18 March", "2025-03-18"), ("the day before", "2025-03-17")]),
    ("en-day-before-of", "The day before the forum opened, on 18 March, talks were held.", "2025-03-19",
     [("18 March", "2025-03-18")]),
    ("ru-eve-and", "18 марта их принял губернатор. Гости прибыли накануне и пробудут до 20 марта.", "2025-03-19",
     [("18 марта", "2025-03-18"), ("накануне", "2025-03-17"), ("20 марта", "2025-03-20")]),
    # two weekdays and their two days: one span
    ("ru-weekdays-and-days", "Фестиваль прошёл в субботу и воскресенье, 13 и 14 июля", "2024-07-16",
     [("в субботу и воскресенье, 13 и 14 июля", "2024-07-13/2024-07-14")]),
    ("be-weekdays-and-days", "Фестываль прайшоў у суботу і нядзелю, 13 і 14 ліпеня", "2024-07-16",
     [("у суботу і нядзелю, 13 і 14 ліпеня", "2024-07-13/2024-07-14")]),
    # a span of weekdays, of the week its tense points at
    ("ru-weekday-range", "С понедельника по среду в Лиде гостили представители Котласа", "2021-11-26",
     [("С понедельника по среду", "2021-11-22/2021-11-24")]),
    ("be-weekday-range", "З панядзелка па сераду ў Лідзе будуць госці з Котласа", "2021-11-26",
     [("З панядзелка па сераду", "2021-11-29/2021-12-01")]),
    ("en-weekday-range", "From Monday to Wednesday guests from Kotlas stayed in Lida", "2021-11-26",
     [("From Monday to Wednesday", "2021-11-22/2021-11-24")]),
    # last year's, as an adjective
    ("ru-last-years", "Прошлогодняя ярмарка проходила в Тольятти", "2025-06-12", [("Прошлогодняя", "2024")]),
    ("be-last-years", "Леташні кірмаш праходзіў у Тальяці", "2025-06-12", [("Леташні", "2024")]),
    ("en-last-years", "Last year's fair was held in Tolyatti", "2025-06-12", [("Last year's", "2024")]),
    # --- Belarusian
    ("be-full", "5 снежня 2017 года адбылася сустрэча", None, [("5 снежня 2017 года", "2017-12-05")]),
    ("be-range", "З 8 па 10 чэрвеня пройдзе фестываль", "2022-05-01", [("З 8 па 10 чэрвеня", "2022-06-08/2022-06-10")]),
    ("be-abbr-site", "20 Врс 2023", None, [("20 Врс 2023", "2023-09-20")]),
    ("be-abbr", "МІНСК, 21 лют – Sputnik", "2024-02-21", [("21 лют", "2024-02-21")]),
    ("be-this-year", "У бягучым годзе Беларусь наведалі", "2023-09-20", [("У бягучым годзе", "2023")]),
    ("be-gety-godze", "в гэтым годзе", "2021-03-01", [("в гэтым годзе", "2021")]),
    ("be-seleta", "Сёлета ён праходзіць", "2020-04-02", [("Сёлета", "2020")]),
    ("be-today", "Сёння адзначаецца Дзень яднання", "2020-04-02", [("Сёння", "2020-04-02")]),
    # --- year-less dates: the tense chooses the year
    ("yearless-future", "совещание пройдет 1 апреля", "2016-12-20", [("1 апреля", "2017-04-01")]),
    ("yearless-past", "20 октября состоялось заседание", "2017-03-01", [("20 октября", "2016-10-20")]),
    ("yearless-near", "20 октября в Минске", "2017-10-22", [("20 октября", "2017-10-20")]),
    ("yearless-year-only", "Встреча 18 февраля", "2026", [("18 февраля", "2026-02-18")]),
    ("yearless-unknown", "гости 1 по 7 апреля.", None, [("1 по 7 апреля", "XXXX-04-01/XXXX-04-07")]),
    ("yearly", "ежегодно 2 апреля отмечается День единения", "2020-03-01", [("2 апреля", "XXXX-04-02")]),
    # --- months and years in every case
    ("months-range", "за январь-август 2017 г. товарооборот", None, [("январь-август 2017 г.", "2017-01/2017-08")]),
    ("months-instr", "по сравнению с январем-августом 2016 г.", None,
     [("январем-августом 2016 г.", "2016-01/2016-08")]),
    ("months-from-to", "с января по март 2021 года", None, [("с января по март 2021 года", "2021-01/2021-03")]),
    ("month-year-loc", "еще в октябре 2023 года", None, [("октябре 2023 года", "2023-10")]),
    ("month-year-newline", "Июль\n2024", None, [("Июль\n2024", "2024-07")]),
    ("month-this-year", "в мае этого года", "2019-08-01", [("мае этого года", "2019-05")]),
    ("month-alone", "открылась в начале октября", "2016-11-01", [("в начале октября", "2016-10")]),
    ("month-decade", "пройдет в первой декаде июня", "2016-05-01", [("в первой декаде июня", "2016-06")]),
    ("month-last-days", "в последних числах мая", "2016-05-01", [("в последних числах мая", "2016-05")]),
    ("month-during", "в течение марта", "2016-05-01", [("в течение марта", "2016-03")]),
    ("year-loc", "подписано в 2002 году.", None, [("2002 году", "2002")]),
    ("year-gen", "по итогам 2022 года", None, [("2022 года", "2022")]),
    ("year-instr", "по сравнению с 2021 годом", None, [("2021 годом", "2021")]),
    ("year-from", "С 2009 года за Министром", None, [("2009 года", "2009")]),
    ("year-suffix-m", "в 2024-м году вырос", None, [("2024-м году", "2024")]),
    ("year-suffix-alone", "по сравнению с 2023-м", None, [("2023-м", "2023")]),
    ("year-suffix-go", "с 2025-го года", None, [("2025-го года", "2025")]),
    ("year-be", "у 2020 годзе", None, [("2020 годзе", "2020")]),
    ("year-in-name", "Фестиваль «Славянское единство-2015» пройдёт", None, [("2015", "2015")]),
    ("year-in-name-dash", "«Славянское единство — 2025» в Гомеле", None, [("2025", "2025")]),
    # --- intervals
    ("range-s-po", "с 7 по 10 июня 2022 года", None, [("с 7 по 10 июня 2022 года", "2022-06-07/2022-06-10")]),
    ("range-dash", "7–10 июня", "2022-05-01", [("7–10 июня", "2022-06-07/2022-06-10")]),
    ("range-two-months", "С 27 сентября по 6 октября пройдет", "2024-09-24",
     [("С 27 сентября по 6 октября", "2024-09-27/2024-10-06")]),
    ("range-s-po-yearless", "с 1 по 3 июля", "2019-06-01", [("с 1 по 3 июля", "2019-07-01/2019-07-03")]),
    ("range-years", "на 2023-2025 годы", None, [("2023-2025 годы", "2023/2025")]),
    ("range-years-gg", "2017-2019 гг.", None, [("2017-2019 гг.", "2017/2019")]),
    ("range-years-short", "на 2017-20 годы", None, [("2017-20 годы", "2017/2020")]),
    ("range-years-emdash", "План на 2026—2027 годы", None, [("2026—2027 годы", "2026/2027")]),
    ("range-years-nb-hyphen", "на 2024\u20112026 годы", None, [("2024\u20112026 годы", "2024/2026")]),
    ("range-years-bare", "program for 2021–2025, which", None, [("2021–2025", "2021/2025")]),
    ("range-day-dash-year", "15-16 апреля 2004 года состоится", None,
     [("15-16 апреля 2004 года", "2004-04-15/2004-04-16")]),
    # --- relative expressions
    ("rel-today-joined", "Сегодня, 20 октября, состоялось", P, [("Сегодня, 20 октября", "2017-10-20")]),
    ("rel-today", "Сегодня в Минске стартуют Дни культуры", "2023-09-21", [("Сегодня", "2023-09-21")]),
    ("rel-yesterday", "Вчера делегация прибыла", P, [("Вчера", "2017-10-19")]),
    ("rel-tomorrow", "завтра состоится встреча", P, [("завтра", "2017-10-21")]),
    ("rel-last-year", "В прошлом году состоялся визит", "2023", [("В прошлом году", "2022")]),
    ("rel-this-year", "в этом году", "2023-05-05", [("в этом году", "2023")]),
    ("rel-cur-year-gen", "до конца текущего года", "2023-05-05", [("текущего года", "2023")]),
    ("rel-last-year-acc", "итоги за прошлый год подведены", "2023-05-05", [("прошлый год", "2022")]),
    ("en-past-year-is-duration", "over the past year trade grew", "2023-05-05", []),
    ("rel-next-year", "в следующем году", "2023-05-05", [("в следующем году", "2024")]),
    ("rel-year-ago", "договорились еще год назад.", "2018-08-16", [("год назад", "2017")]),
    ("rel-years-ago", "два года назад делегация посетила Минск, а 5 лет назад — Гомель", "2024-03-01",
     [("два года назад", "2022"), ("5 лет назад", "2019")]),
    ("en-years-ago", "three years ago", "2024-03-01", [("three years ago", "2021")]),
    ("rel-this-month", "В этом месяце отмечается", "2023-04-13", [("В этом месяце", "2023-04")]),
    ("rel-this-week", "на этой неделе отправится делегация", "2023-01-16",
     [("на этой неделе", "2023-01-16/2023-01-22")]),
    ("rel-last-week", "На минувшей неделе делегация приехала", "2024-07-23",
     [("На минувшей неделе", "2024-07-15/2024-07-21")]),
    ("rel-last-workday", "в последний рабочий день на этой неделе", "2024-09-24",
     [("в последний рабочий день на этой неделе", "2024-09-27")]),
    ("rel-weekday-today", "сообщили во вторник в посольстве", "2016-11-01", [("во вторник", "2016-11-01")]),
    ("rel-weekday-past", "сообщили в понедельник", "2016-11-03", [("в понедельник", "2016-10-31")]),
    ("rel-weekday-future", "делегация прибудет в пятницу", "2016-11-01", [("в пятницу", "2016-11-04")]),
    ("rel-last-friday", "в прошлую пятницу делегация прибыла", "2016-11-01", [("в прошлую пятницу", "2016-10-28")]),
    ("rel-next-saturday", "в ближайшую субботу пройдет ярмарка", "2016-11-01",
     [("в ближайшую субботу", "2016-11-05")]),
    ("rel-this-monday", "в этот понедельник", "2016-11-03", [("в этот понедельник", "2016-10-31")]),
    ("en-weekday-joined", "The main work will begin on Friday, June 28.", "2024-06-27",
     [("on Friday, June 28", "2024-06-28")]),
    ("en-next-monday", "The talks resume next Monday.", "2016-11-03", [("next Monday", "2016-11-07")]),
    ("be-weekday", "апублікаваная ў чацвер на партале", "2020-09-24", [("ў чацвер", "2020-09-24")]),
    ("rel-weekday-joined", "В пятницу, 7 февраля, Глава провел встречу", "2025-02-08",
     [("В пятницу, 7 февраля", "2025-02-07")]),
    ("rel-eve", "Визит анонсировался еще накануне.", "2025-02-07", [("накануне", "2025-02-06")]),
    ("rel-today-adj", "В рамках сегодняшней встречи", "2025-05-26", [("сегодняшней", "2025-05-26")]),
    # --- not mentions
    ("neg-duration", "За 18 лет партнёрских отношений, уже 20 лет", "2020", []),
    ("neg-counts", "81 соглашение с 73 регионами, 49,22 млн. долларов, 7 тысяч человек", "2020", []),
    ("neg-generic-today", "Сегодня Беларусь и Россия являются суверенными государствами", "2016", []),
    ("neg-generic-today-can", "Сегодня можно констатировать высокий уровень", "2016-04-01", []),
    ("neg-generic-today-inf", "завоевали право жить сегодня в свободной стране", "2022-07-12", []),
    ("neg-as-of-today", "На сегодняшний день реализуется План", "2017-10-20", []),
    ("neg-as-of-today-short", "на сегодня в регионе открыто 5 предприятий, созданных в прошлом", "2017-10-20", []),
    ("neg-until-today", "сохранилась до сегодняшнего дня", "2017-10-20", []),
    ("for-today", "Встреча была назначена на сегодня.", "2017-10-20", [("сегодня", "2017-10-20")]),
    ("neg-feb-31", "31 февраля 2020 года", None, []),
    ("neg-may-32", "32 мая", "2020-01-01", []),
    ("neg-time", "с 10.00 до 19.00 ежедневно", "2020-01-01", []),
    ("neg-image-width", "Sputnik Беларусь, 1920, 21.02.2024", None, [("21.02.2024", "2024-02-21")]),
    ("neg-postal", "220030, г.Минск, ул.Революционная, 15А", None, []),
    ("neg-anniversary-ordinal", "80-летие Победы", "2025", []),
    ("neg-years-count", "более 200 лет с момента", "2024", []),
    ("neg-version", "TeamViewer 4.1 Build 6597", None, []),
    ("neg-section-number", "согласно пункту 3.2.15 положения", None, []),
    ("neg-url", "см. https://site.by/2022-07-12/news", None, []),
    ("neg-no-pub-month", "в мае пройдет", None, []),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_form(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    pub = Published(published, "given") if published else None
    got = [(m.text, m.value) for m in find_mentions(text, pub, "ru")]
    assert got == expected
    for m in find_mentions(text, pub, "ru"):
        assert text[m.start:m.end] == m.text


VALUES = [
    ("2017-06-29", date(2017, 6, 29), date(2017, 6, 29), "day"),
    ("2017-06", date(2017, 6, 1), date(2017, 6, 30), "month"),
    ("2024-02", date(2024, 2, 1), date(2024, 2, 29), "month"),
    ("2017", date(2017, 1, 1), date(2017, 12, 31), "year"),
    ("2017/2019", date(2017, 1, 1), date(2019, 12, 31), "year"),
    ("2017-01/2017-08", date(2017, 1, 1), date(2017, 8, 31), "month"),
    ("2022-06-07/2022-06-10", date(2022, 6, 7), date(2022, 6, 10), "day"),
    ("XXXX-04-02", None, None, "yearly"),
]


@pytest.mark.parametrize(("value", "first", "last", "precision"), VALUES, ids=[v[0] for v in VALUES])
def test_parse_value(value: str, first: date | None, last: date | None, precision: str) -> None:
    assert parse_value(value) == (first, last, precision)


@pytest.mark.parametrize("bad", ["2017-02-30", "17-06-29", "2017/2016", "XXXX-13-01", "", "июнь", "2017-6"])
def test_parse_value_rejects(bad: str) -> None:
    with pytest.raises(UsageError, match="not a date value"):
        parse_value(bad)


def test_month_day() -> None:
    assert month_day("XXXX-04-02") == (4, 2)
    assert month_day("2020-04-02/2020-04-05") == (4, 2)
    assert month_day("2020-04") is None


MORE = [
    ("num-day-range", "форум пройдет 25–26.07.2024 в Витебске", None, [("25–26.07.2024", "2024-07-25/2024-07-26")]),
    ("num-daymonth-range", "выставка 01.06–05.06.2022", None, [("01.06–05.06.2022", "2022-06-01/2022-06-05")]),
    ("num-range", "с 01.06.2022 по 05.06.2022", None, [("с 01.06.2022 по 05.06.2022", "2022-06-01/2022-06-05")]),
    ("range-full-both", "1 сентября 2023 г. – 5 октября 2023 г.", None,
     [("1 сентября 2023 г. – 5 октября 2023 г.", "2023-09-01/2023-10-05")]),
    ("range-across-year", "с 28 декабря по 3 января", "2023-12-20", [("с 28 декабря по 3 января", "2023-12-28/2024-01-03")]),
    ("decade-not-year", "в 1990-х годах", None, []),
    ("environment-not-wednesday", "выбросы в среду обитания", "2023-01-01", []),
    ("wednesday", "встреча в среду.", "2023-01-06", [("в среду", "2023-01-04")]),
    ("be-past-today", "Сёння адбылася сустрэча", "2020-04-02", [("Сёння", "2020-04-02")]),
    ("en-ordinal-of", "on the 12th of March 2024", None, [("12th of March 2024", "2024-03-12")]),
    ("en-abbr-dot", "Sept. 5–7, 2024", None, [("Sept. 5–7, 2024", "2024-09-05/2024-09-07")]),
    ("years-in-loc", "в 2019–2020 годах", None, [("2019–2020 годах", "2019/2020")]),
    ("rel-two-years-back", "в позапрошлом году", "2024-03-01", [("в позапрошлом году", "2022")]),
    ("victory-day", "Дня Победы 9 Мая", "2020-04-01", [("9 Мая", "2020-05-09")]),
    # --- enumerations: consecutive days, months, years are one interval; others one mention each
    ("enum-two-days", "Форум пройдет 28 и 29 сентября в Гродно.", "2024-06-27",
     [("28 и 29 сентября", "2024-09-28/2024-09-29")]),
    ("enum-three-days", "Выставка работала 27, 28 и 29 мая.", "2024-06-27", [("27, 28 и 29 мая", "2024-05-27/2024-05-29")]),
    ("enum-days-year", "24 и 25 апреля 2024 г. в Минске", None, [("24 и 25 апреля 2024 г.", "2024-04-24/2024-04-25")]),
    ("enum-days-apart", "Встречи прошли 5 и 12 июня 2023 года.", None,
     [("5", "2023-06-05"), ("12 июня 2023 года", "2023-06-12")]),
    ("enum-days-apart-list", "Ярмарки пройдут 5, 12 и 19 мая.", "2024-04-01",
     [("5", "2024-05-05"), ("12", "2024-05-12"), ("19 мая", "2024-05-19")]),
    ("enum-days-backwards", "3 и 2 мая", "2024-04-01", [("2 мая", "2024-05-02")]),
    ("enum-en-days", "on 7, 8 and 9 June 2023", None, [("7, 8 and 9 June 2023", "2023-06-07/2023-06-09")]),
    ("enum-en-between", "between 7 and 9 June 2023", None, [("between 7 and 9 June 2023", "2023-06-07/2023-06-09")]),
    ("enum-en-mdy", "The fair will be held June 7 and 8.", "2024-06-01", [("June 7 and 8", "2024-06-07/2024-06-08")]),
    ("enum-en-mdy-apart", "on May 7 and 14", "2024-06-01", [("May 7", "2024-05-07")]),
    ("enum-be-days", "27 і 28 чэрвеня 2024 года", None, [("27 і 28 чэрвеня 2024 года", "2024-06-27/2024-06-28")]),
    ("enum-years", "в 2022 и 2023 годах", None, [("2022 и 2023 годах", "2022/2023")]),
    ("enum-years-list", "в 2019, 2020 и 2021 годах", None, [("2019, 2020 и 2021 годах", "2019/2021")]),
    ("enum-years-gg", "в 2023 и 2024 гг. выросло", None, [("2023 и 2024 гг.", "2023/2024")]),
    ("enum-years-apart", "в 2015 и 2020 годах", None, [("2015", "2015"), ("2020 годах", "2020")]),
    ("enum-years-not-plural", "в 2022 году и 2023 году", None, [("2022 году", "2022"), ("2023 году", "2023")]),
    ("enum-months", "в мае и июне 2024 года", None, [("мае и июне 2024 года", "2024-05/2024-06")]),
    ("enum-months-apart", "в мае и августе 2023 года", None, [("в мае", "2023-05"), ("августе 2023 года", "2023-08")]),
    ("enum-months-rel", "в январе и феврале прошлого года", "2024-06-27",
     [("январе и феврале прошлого года", "2023-01/2023-02")]),
    ("enum-times-not-days", "в 2, 3 и 4 раза", "2024-06-27", []),
    # --- a day and month that name a place are no date; the holiday itself is
    ("street-ul", "Офис по адресу ул. 8 Марта, 12.", "2024-06-27", []),
    ("street-ul-nospace", "г. Гомель, ул.1 Мая, д. 3", "2024-06-27", []),
    ("street-square", "Митинг на площади 1 Мая.", "2024-06-27", []),
    ("street-word", "На улице 9 Января прошла ярмарка.", "2024-06-27", []),
    ("street-lane", "пер. 9 Января", "2024-06-27", []),
    ("street-be", "вул. 8 Сакавіка", "2024-06-27", []),
    ("settlement", "пос. 17 Сентября", "2024-06-27", []),
    ("named-after", "Дворец культуры имени 1 Мая, им. 8 Марта", "2024-06-27", []),
    ("quoted-name", "фабрика «8 Марта» и колхоз «1 Мая»", "2024-06-27", []),
    ("quoted-example-is-date", "формы «1 апреля» и «с 27 сентября по 6 октября»", "2024-06-27",
     [("1 апреля", "2024-04-01"), ("с 27 сентября по 6 октября", "2024-09-27/2024-10-06")]),
    ("feb-29-year-only-ref", "29 февраля", "2025", [("29 февраля", "XXXX-02-29")]),
    ("street-hyphen-abbr", "пр-т 50 лет Победы, пр-т 8 Марта", "2024-06-27", []),
    ("feb-29-leap-year", "29 февраля состоялось", "2002-01-01", [("29 февраля", "2000-02-29")]),
    ("holiday-is-date", "Губернатор поздравил женщин с 8 Марта.", "2024-06-27", [("8 Марта", "2024-03-08")]),
    # --- slash seasons, weekends, Belarusian relative words
    ("year-slash", "на 2023/2024 учебный год", None, [("2023/2024", "2023/2024")]),
    ("year-slash-short", "в сезоне 2023/24", None, [("2023/24", "2023/2024")]),
    ("year-slash-not-consecutive", "№ 2019/2023", None, []),
    ("weekend-past", "В минувшие выходные прошла ярмарка.", "2024-06-27",
     [("В минувшие выходные", "2024-06-22/2024-06-23")]),
    ("weekend-next", "В ближайшие выходные пройдет ярмарка.", "2024-06-27",
     [("В ближайшие выходные", "2024-06-29/2024-06-30")]),
    ("weekend-en", "Last weekend the fair attracted visitors.", "2024-07-01", [("Last weekend", "2024-06-29/2024-06-30")]),
    ("weekend-bare-vague", "В выходные прошла ярмарка.", "2024-06-27", []),
    ("be-day-before-yesterday", "Пазаўчора адбылася сустрэча.", "2024-06-27", [("Пазаўчора", "2024-06-25")]),
    ("be-two-years-back", "у пазамінулым годзе", "2024-06-27", [("у пазамінулым годзе", "2022")]),
    ("be-month-end", "напрыканцы чэрвеня", "2024-06-27", [("напрыканцы чэрвеня", "2024-06")]),
    # --- year ranges with a year word on both ends; English "mid-June", "late 2023"; tense of irregular verbs
    ("years-words-both", "с 2010 года по 2015 год", None, [("с 2010 года по 2015 год", "2010/2015")]),
    ("years-words-compare", "в 2023 году по сравнению с 2022 годом", None, [("2023 году", "2023"), ("2022 годом", "2022")]),
    ("years-words-no-from", "в 2023 году до 2025 года", None, [("2023 году", "2023"), ("2025 года", "2025")]),
    ("year-word-until-count", "с 2023 года до 25 процентов", None, [("2023 года", "2023")]),
    ("en-mid-month", "in mid-June the forum opened", "2024-06-27", [("in mid-June", "2024-06")]),
    ("en-late-year", "in late 2023 the plant opened", None, [("in late 2023", "2023")]),
    ("en-early-count", "early 2000 participants came", None, []),
    ("rel-outgoing-year", "В уходящем году подписано", "2024-12-20", [("В уходящем году", "2024")]),
    ("year-suffix-mu", "к 2030-му году", None, [("2030-му году", "2030")]),
    ("years-gg-dotted", "в 2021-2023 г.г. выросло", None, [("2021-2023 г.г.", "2021/2023")]),
    ("en-years-through", "from 2021 through 2023", None, [("from 2021 through 2023", "2021/2023")]),
    ("title-today-ru", "Об этом сообщила газета «Беларусь сегодня».", "2024-06-27", []),
    ("title-today-agency", "Агентство «Россия сегодня» сообщило о визите.", "2024-06-27", []),
    ("title-today-en", "The channel Russia Today reported on the meeting.", "2024-06-27", []),
    ("quoted-speech-today", "«Сегодня мы подписали соглашение», — отметил губернатор.", "2024-06-27",
     [("Сегодня", "2024-06-27")]),
    ("en-today-sentence", "Today the forum opened.", "2024-06-27", [("Today", "2024-06-27")]),
    ("en-took-place-past", "The meeting took place on 12 December.", "2024-06-27", [("12 December", "2023-12-12")]),
    ("ru-apostrophe-year", "16 Августа’24", None, [("16 Августа’24", "2024-08-16")]),
    ("be-may-loan-word", "У маі плануецца даць старт аўтапрабегу.", "2021-01-08", [("У маі", "2021-05")]),
    ("be-apostrophe-year", "3 сакавіка ’19 дэлегацыя наведала Мінск.", None, [("3 сакавіка ’19", "2019-03-03")]),
    ("en-apostrophe-year", "On 3 March '19 the delegation visited Minsk.", None, [("3 March '19", "2019-03-03")]),
    # the day after a day of no known year is a day of no known year (GUIDE §5: arithmetic on stated dates)
    ("ru-next-day-no-year", "Делегация прибыла 3 июля. На следующий день прошли переговоры.", None,
     [("3 июля", "XXXX-07-03"), ("На следующий день", "XXXX-07-04")]),
    ("be-next-day-no-year", "Дэлегацыя прыбыла 31 ліпеня. На наступны дзень прайшлі перамовы.", None,
     [("31 ліпеня", "XXXX-07-31"), ("На наступны дзень", "XXXX-08-01")]),
    ("en-next-day-no-year", "The delegation arrived on 3 July. The next day, talks were held.", None,
     [("3 July", "XXXX-07-03"), ("The next day", "XXXX-07-04")]),
    ("ru-next-day-after-28-february", "Делегация прибыла 28 февраля. На следующий день прошли переговоры.", None,
     [("28 февраля", "XXXX-02-28")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in MORE], ids=[c[0] for c in MORE])
def test_more_forms(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    pub = Published(published, "given") if published else None
    assert [(m.text, m.value) for m in find_mentions(text, pub, "ru")] == expected


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from scheduler.extraction import extract_text  # noqa: E402

_VALUE_RE = __import__("re").compile(r"^(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?(?:/(?:\d{4}|XXXX)(?:-\d\d(?:-\d\d)?)?)?$")
_PIECES = ["1", "7", "29", "31", "32", "2017", "20", "99", " ", " ", ", ", ".", "-", "–", "/", ":", "\n",
           "января", "февраля", "мая", "август", "снежня", "Врс", "June", "May", "ноя", "года", "г.", "гг.",
           "годы", "с ", "по ", "from ", "to ", "Сегодня", "сёння", "в прошлом году", "на этой неделе",
           "во вторник", "накануне", "текущего года", "-м", "единство-", "in ", "состоялось", "пройдет",
           "80-летие Победы", "За 18 лет", "Source URL: https://a.by/2020/01/02/x"]
_grammarish = st.lists(st.sampled_from(_PIECES), max_size=40).map("".join)
_published = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))


def _check(text: str, published: str | None) -> None:
    doc = extract_text(text, published=published, events=False)
    assert doc.lang in ("ru", "be", "en")
    for m in doc.mentions:
        assert text[m.start:m.end] == m.text
        assert _VALUE_RE.match(m.value), m.value
        parse_value(m.value)  # a real calendar date, or UsageError
    if doc.published is not None:
        parse_value(doc.published.value)
    spans = [(m.start, m.end) for m in doc.mentions]
    assert spans == sorted(spans)
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)), "mentions overlap"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300), _published)
def test_never_raises_on_arbitrary_unicode(text: str, published: str | None) -> None:
    _check(text, published)


@settings(max_examples=400, deadline=None)
@given(_grammarish, _published)
def test_grammar_like_text_gives_valid_spans_and_values(text: str, published: str | None) -> None:
    _check(text, published)


@pytest.mark.parametrize("published", ["9999-12-31", "0001-01-01", "2100-12-31", "1000-01-01"])
def test_extreme_publication_dates_do_not_crash(published: str) -> None:
    _check("Сегодня, 31 декабря, состоялось. Завтра и вчера, в прошлом году, на этой неделе, в мае, "
           "во вторник, накануне. 1 января пройдет.", published)


def test_yesterday_joined_to_its_date_is_one_mention() -> None:
    pub = Published("2019-10-04", "given")
    got = [(m.text, m.value) for m in find_mentions("Форум стартовал вчера, 3 октября.", pub, "ru")]
    assert got == [("вчера, 3 октября", "2019-10-03")]


def test_belarusian_reflexive_past_makes_today_a_day() -> None:
    pub = Published("2023-03-12", "given")
    got = [(m.text, m.value) for m in find_mentions("Сёння ў Магілёве адбылося пасяджэнне.", pub, "be")]
    assert got == [("Сёння", "2023-03-12")]


# --------------------------------------------------------------------------- tense and context choose the year

# Published mid-June: a year-less autumn month is nearer last year only if the clause reports it, a year-less
# spring month nearer this year only if the clause reports it; each case is on the side nearness would not pick.
J = "2024-06-15"
TENSE = [
    # verbs of intent before an infinitive or a planned action look ahead although they are past
    ("intent-agreed-inf", "Стороны договорились провести Дни культуры Брянской области в Гомеле в сентябре.",
     "2024-02-10", [("в сентябре", "2024-09")]),
    ("intent-agreed-noun", "Стороны договорились о проведении Дней культуры в феврале.", J, [("в феврале", "2025-02")]),
    ("intent-decided", "Решено провести форум в марте.", J, [("в марте", "2025-03")]),
    ("intent-as-agreed", "В феврале, как договорились стороны, пройдут Дни культуры.", J, [("В феврале", "2025-02")]),
    ("intent-plan-inf", "Соглашение планируют подписать в марте.", J, [("в марте", "2025-03")]),
    ("intent-ahead", "Форуму предстоит пройти в марте.", J, [("в марте", "2025-03")]),
    ("intent-be", "Бакі дамовіліся правесці форум у сакавіку.", J, [("у сакавіку", "2025-03")]),
    ("intent-be-noun", "Бакі дамовіліся аб правядзенні форуму ў сакавіку.", J, [("ў сакавіку", "2025-03")]),
    ("intent-en", "The sides agreed to hold the next meeting in March.", J, [("in March", "2025-03")]),
    ("headline-en-inf", "Governors to meet in March", J, [("in March", "2025-03")]),
    # participles and noun phrases
    ("part-past", "На встрече, прошедшей 20 сентября, обсудили поставки техники.", J, [("20 сентября", "2023-09-20")]),
    ("part-held", "Участники состоявшейся 3 октября встречи обсудили логистику.", J, [("3 октября", "2023-10-03")]),
    ("part-signed", "Подписанное 27 сентября соглашение вступило в силу.", J, [("27 сентября", "2023-09-27")]),
    ("part-arrived", "Делегация, прибывшая 2 октября, посетила предприятия.", J, [("2 октября", "2023-10-02")]),
    ("noun-results", "По итогам визита 5 октября стороны подготовили дорожную карту.", J, [("5 октября", "2023-10-05")]),
    ("part-scheduled", "Губернатор рассказал о намеченной на 12 марта поездке.", J, [("12 марта", "2025-03-12")]),
    ("part-upcoming", "В рамках предстоящего 1 марта визита планируется подписать соглашение.", J,
     [("1 марта", "2025-03-01")]),
    ("part-upcoming-fem", "К предстоящей 20 февраля ярмарке готовятся 30 предприятий.", J, [("20 февраля", "2025-02-20")]),
    ("planned-short", "Визит запланирован на 3 марта.", J, [("3 марта", "2025-03-03")]),
    ("planned-namechen", "Встреча намечена на 3 марта.", J, [("3 марта", "2025-03-03")]),
    # the clause nearest the date decides, not the whole sentence
    ("clause-past-then-future", "The meeting took place on 12 March, and the next one is scheduled for April 3rd.",
     "2024-06-27", [("12 March", "2024-03-12"), ("April 3rd", "2025-04-03")]),
    ("clause-no-comma-en", "The meeting took place on 12 October and the next one is scheduled for March 3.", J,
     [("12 October", "2023-10-12"), ("March 3", "2025-03-03")]),
    ("clause-ru-a", "В октябре делегация посетила Минск, а в марте белорусские коллеги приедут с ответным визитом.", J,
     [("В октябре", "2023-10"), ("в марте", "2025-03")]),
    ("clause-that-past", "Губернатор напомнил, что в октябре делегация посетила Минск.", J, [("в октябре", "2023-10")]),
    ("clause-that-future", "Губернатор отметил, что в марте делегация посетит Минск.", J, [("в марте", "2025-03")]),
    ("clause-relative-past", "Ярмарка, которая прошла в октябре, собрала 200 участников.", J, [("в октябре", "2023-10")]),
    ("clause-relative-future", "Ярмарка, которая пройдет в марте, соберет 200 участников.", J, [("в марте", "2025-03")]),
    ("past-consonant-stem", "Выставка прошла 12 октября и стала самой крупной.", J, [("12 октября", "2023-10-12")]),
    ("past-not-noun", "Представители Гомельской области пройдут обучение 3 марта.", J, [("3 марта", "2025-03-03")]),
    ("future-will-be-held", "The fair will be held on March 3.", J, [("March 3", "2025-03-03")]),
    ("future-expected", "The governors are expected to meet in March.", J, [("in March", "2025-03")]),
    ("past-held-participle", "The forum, held in October, brought together 500 delegates.", J, [("in October", "2023-10")]),
    ("past-en-met", "The governors met in October.", J, [("in October", "2023-10")]),
    # "on October" with no day (a non-native wording): the month, as "in October" is
    ("future-on-month", "The V Forum of Regions will be held on October.", J, [("on October", "2024-10")]),
    # Belarusian past and future forms
    ("be-future-range", "Дні Гомельскай вобласці з 10 па 13 сакавіка пройдуць у Бранску.", J,
     [("з 10 па 13 сакавіка", "2025-03-10/2025-03-13")]),
    ("be-future-adbudzecca", "Фестываль адбудзецца ў сакавіку.", J, [("ў сакавіку", "2025-03")]),
    ("be-future-navedae", "Губернатар наведае Гомель 3 сакавіка.", J, [("3 сакавіка", "2025-03-03")]),
    ("be-future-planuecca", "Кірмаш плануецца ў сакавіку.", J, [("ў сакавіку", "2025-03")]),
    ("be-future-budze", "Пасяджэнне будзе ў сакавіку.", J, [("ў сакавіку", "2025-03")]),
    ("be-future-zbiarucca", "Дэлегацыі збяруцца ў Віцебску ў сакавіку.", J, [("ў сакавіку", "2025-03")]),
    ("be-future-zaplanavana", "Выстава запланавана на 3 сакавіка.", J, [("3 сакавіка", "2025-03-03")]),
    ("be-past-adbylasia", "Сустрэча адбылася 12 кастрычніка.", J, [("12 кастрычніка", "2023-10-12")]),
    ("be-past-prajshlo", "Пасяджэнне прайшло 12 кастрычніка.", J, [("12 кастрычніка", "2023-10-12")]),
    ("be-past-prajshli", "Дні культуры прайшлі ў кастрычніку.", J, [("ў кастрычніку", "2023-10")]),
    ("be-past-navedau", "12 кастрычніка губернатар наведаў Гомель.", J, [("12 кастрычніка", "2023-10-12")]),
    ("be-past-navedali", "Дэлегацыя наведала Брэст 12 кастрычніка.", J, [("12 кастрычніка", "2023-10-12")]),
    ("be-past-padpisali", "Дамовы падпісалі ў кастрычніку.", J, [("ў кастрычніку", "2023-10")]),
    # a year named next to a year-less month or day in its clause gives it its year
    ("ctx-letas", "Летась у верасні дэлегацыя наведала Гомель.", "2024-10-10",
     [("Летась", "2023"), ("у верасні", "2023-09")]),
    ("ctx-last-year-ru", "В прошлом году в сентябре делегация посетила Гомель.", "2024-10-10",
     [("В прошлом году", "2023"), ("в сентябре", "2023-09")]),
    ("ctx-last-year-gen", "В сентябре прошлого года делегация посетила Гомель.", "2024-10-10",
     [("сентябре прошлого года", "2023-09")]),
    ("ctx-last-year-en-after", "The delegation visited Gomel in September last year.", "2024-10-10",
     [("in September", "2023-09"), ("last year", "2023")]),
    ("ctx-last-year-en-before", "Last year in September the delegation visited Gomel.", "2024-10-10",
     [("Last year", "2023"), ("in September", "2023-09")]),
    ("ctx-end-of-last-year", "В конце прошлого года, 25 декабря, подписано соглашение.", "2024-12-27",
     [("прошлого года", "2023"), ("25 декабря", "2023-12-25")]),
    ("ctx-explicit-year", "В 2019 году 5 сентября был подписан договор.", "2024-10-10",
     [("2019 году", "2019"), ("5 сентября", "2019-09-05")]),
    ("ctx-explicit-year-en", "In 2019, on 5 September, the agreement was signed.", "2024-10-10",
     [("In 2019", "2019"), ("5 September", "2019-09-05")]),
    ("ctx-next-year", "В следующем году в феврале пройдет форум.", "2024-03-10",
     [("В следующем году", "2025"), ("в феврале", "2025-02")]),
    ("ctx-range-across", "В 2023 году с 28 декабря по 3 января проходила ярмарка.", "2024-10-10",
     [("2023 году", "2023"), ("с 28 декабря по 3 января", "2023-12-28/2024-01-03")]),
    ("ctx-not-results-year", "По итогам 2023 года 5 февраля подписано соглашение.", "2024-02-10",
     [("2023 года", "2023"), ("5 февраля", "2024-02-05")]),
    # the turn of the year
    ("turn-dec-announces-jan", "В январе в Минске пройдет заседание совместной комиссии.", "2024-12-20",
     [("В январе", "2025-01")]),
    ("turn-jan-reports-dec", "В декабре делегация Смоленской области побывала в Могилеве.", "2025-01-14",
     [("В декабре", "2024-12")]),
    ("turn-be-dec", "Сёлета ў снежні адбылася сустрэча, а ў студзені адбудзецца пасяджэнне.", "2024-12-20",
     [("Сёлета", "2024"), ("ў снежні", "2024-12"), ("ў студзені", "2025-01")]),
    # a year that opens the sentence frames its later months too, in each language (not a month announced ahead)
    ("frame-ru", "В прошлом году гомельская делегация посетила Брянск в апреле, а брянская делегация приехала в Гомель "
     "в сентябре.", "2020-10-01", [("В прошлом году", "2019"), ("в апреле", "2019-04"), ("в сентябре", "2019-09")]),
    ("frame-be", "Летась гомельская дэлегацыя наведала Бранск у красавіку, а бранская дэлегацыя прыехала ў Гомель у "
     "верасні.", "2020-10-01", [("Летась", "2019"), ("у красавіку", "2019-04"), ("у верасні", "2019-09")]),
    ("frame-en", "Last year, the Gomel delegation visited Bryansk in April, and the Bryansk delegation came to Gomel in "
     "September.", "2020-10-01", [("Last year", "2019"), ("in April", "2019-04"), ("in September", "2019-09")]),
    ("frame-year", "В 2019 году делегация посетила Брянск в апреле, а в Гомель приехала в сентябре.", "2020-10-01",
     [("2019 году", "2019"), ("в апреле", "2019-04"), ("в сентябре", "2019-09")]),
    ("frame-not-inside", "Товарооборот в 2019 году вырос, в сентябре делегация приехала в Гомель.", "2020-10-01",
     [("2019 году", "2019"), ("в сентябре", "2020-09")]),
    ("frame-not-ahead", "В прошлом году соглашение подписали, а в мае пройдет форум.", "2020-10-01",
     [("В прошлом году", "2019"), ("в мае", "2021-05")]),
    ("turn-en-jan", "The agreement was signed on December 27.", "2025-01-10", [("December 27", "2024-12-27")]),
    # no verb in the sentence: the next sentence tells (a headline and its lead)
    ("headline-then-lead", "Дни культуры в Гомеле – в сентябре\nОни пройдут в Гомеле, сообщили в облисполкоме.",
     "2024-02-10", [("в сентябре", "2024-09")]),
    # relative expressions
    ("rel-weekday-past-verb", "В пятницу делегация посетила завод.", "2024-06-13", [("В пятницу", "2024-06-07")]),
    ("rel-weekday-future-verb", "В пятницу делегация посетит завод.", "2024-06-13", [("В пятницу", "2024-06-14")]),
    ("rel-weekday-be-past", "У панядзелак бакі падпісалі пагадненне.", "2024-06-13", [("У панядзелак", "2024-06-10")]),
    ("rel-next-month", "В следующем месяце пройдет форум.", "2024-06-13", [("В следующем месяце", "2024-07")]),
    ("rel-last-month", "В прошлом месяце прошел форум.", "2024-06-13", [("В прошлом месяце", "2024-05")]),
    ("rel-next-week", "На следующей неделе делегация посетит Гомель.", "2024-06-13",
     [("На следующей неделе", "2024-06-17/2024-06-23")]),
    ("rel-last-thursday", "В минувший четверг подписано соглашение.", "2024-06-13", [("В минувший четверг", "2024-06-06")]),
    ("rel-be-next-month", "У наступным месяцы адкрыецца выстава.", "2024-06-13", [("У наступным месяцы", "2024-07")]),
    ("rel-be-last-week", "На мінулым тыдні дэлегацыя наведала Гомель.", "2024-06-13",
     [("На мінулым тыдні", "2024-06-03/2024-06-09")]),
    ("rel-en-next-month", "The forum will open next month.", "2024-06-13", [("next month", "2024-07")]),
    ("rel-en-last-tuesday", "The delegation arrived last Tuesday.", "2024-06-13", [("last Tuesday", "2024-06-11")]),
    ("rel-en-weekday-future", "The delegation will arrive on Tuesday.", "2024-06-13", [("on Tuesday", "2024-06-18")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in TENSE], ids=[c[0] for c in TENSE])
def test_tense_and_context(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.value) for m in find_mentions(text, Published(published, "given"), "ru")]
    assert got == expected


# Metamorphic cases: a verb of the same meaning, or another spacing, must not change what is found.
ROBUST = [
    # "сегодня" dates the text after a past verb with a consonant stem as after one in -ла
    ("today-proshla", "Сегодня прошла конференция.", "2018-08-16", [("Сегодня", "2018-08-16")]),
    ("today-proshel", "Сегодня в Минске прошёл форум.", "2018-08-16", [("Сегодня", "2018-08-16")]),
    ("today-prishli", "Сегодня на площадь пришли тысячи людей.", "2018-08-16", [("Сегодня", "2018-08-16")]),
    ("today-nowadays", "Сегодня Беларусь является надежным партнером.", "2018-08-16", []),
    # a year after a name and a dash, spaced twice
    ("nameyear-double-space", "фестиваль «Славянское единство  —  2025» открылся", "2025-06-28",
     [("2025", "2025")]),
    ("nameyear-nbsp", "фестиваль «Славянское единство\u00a0— 2025» открылся", "2025-06-28", [("2025", "2025")]),
    # a year after a name in capitals, a space between: the edition's year (not a count: «2024 участника»)
    ("capsyear-ru", "Делегация участвует в выставке «ЮГАГРО 2024».", "2024-11-20", [("2024", "2024")]),
    ("capsyear-en", "The delegation took part in the INNOPROM 2024 exhibition.", "2024-07-10", [("2024", "2024")]),
    ("capsyear-be", "Дэлегацыя ўдзельнічае ў выставе «БЕЛАГРА 2024».", "2024-06-05", [("2024", "2024")]),
    ("count-is-no-year", "На выставку приехали 2024 участника.", "2024-06-05", []),
    ("dmy-double-space", "Встреча состоялась 4  августа  2025  года.", "2025-08-10", [("4  августа  2025  года", "2025-08-04")]),
    # a site's copyright notice is page furniture, not a date of the text
    ("copyright-range", "Встреча прошла в 2004 году.\n\n© 2009–2026 Все права защищены.", "2004-05-01",
     [("2004 году", "2004")]),
    ("copyright-word", "Copyright 2024 BelTA. В 2022 году подписан план.", "2024-05-01", [("2022 году", "2022")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in ROBUST], ids=[c[0] for c in ROBUST])
def test_robust(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.value) for m in find_mentions(text, Published(published, "given"), "ru")]
    assert got == expected


# --------------------------------------------------------------------------- issue 11: the peers' forms, in our wordings

ISSUE_11 = [
    # spelled-out days, any case, with or without a year
    ("word-day-past", "Двадцать пятого мая состоялось заседание.", "2024-06-01", [("Двадцать пятого мая", "2024-05-25")]),
    ("word-day-year", "договор от тридцать первого декабря 2019 года", None,
     [("тридцать первого декабря 2019 года", "2019-12-31")]),
    ("word-day-dative", "подготовить отчёт к десятому апреля", "2024-03-01", [("десятому апреля", "2024-04-10")]),
    ("word-day-be", "Дваццаць пятага траўня адбылася сустрэча.", "2024-06-01", [("Дваццаць пятага траўня", "2024-05-25")]),
    ("word-day-bad-tens", "двадцать одиннадцатое мая", "2024-06-01", [("одиннадцатое мая", "2024-05-11")]),
    ("ordinal-suffix-ogo", "к 9-ого мая", "2024-03-01", [("9-ого мая", "2024-05-09")]),
    ("ordinal-suffix-list", "24-ого и 25-ого февраля пройдут", "2024-01-10",
     [("24-ого и 25-ого февраля", "2024-02-24/2024-02-25")]),
    # counts from the publication day
    ("in-weeks", "Встреча пройдёт через две недели.", "2024-03-01", [("через две недели", "2024-03-15")]),
    ("days-ago", "Пять дней назад делегация вернулась.", "2024-03-01", [("Пять дней назад", "2024-02-25")]),
    ("month-ago", "Месяц назад стороны подписали план.", "2024-03-01", [("Месяц назад", "2024-02")]),
    ("half-year", "Спустя полгода будет подведён итог.", "2024-03-01", [("Спустя полгода", "2024-09")]),
    ("be-ago", "Тры гады таму адбыўся першы форум.", "2024-03-01", [("Тры гады таму", "2021")]),
    ("en-weeks-ago", "The delegation came two weeks ago.", "2024-03-01", [("two weeks ago", "2024-02-16")]),
    ("anaphoric-in", "Договор подписан в 1996 году, а уже через год был заключён второй.", None,
     [("1996 году", "1996")]),
    ("after-event", "через два года после войны город отстроили", "2024-03-01", []),
    ("plural-without-count", "несколько лет назад здесь был пустырь", "2024-03-01", []),
    ("count-of-years", "городу 2000 лет назад исполнилось бы", "2024-03-01", []),
    # this/next/last month and week in the nominative, weekdays with an adjective
    ("this-month-nom", "Этот месяц стал рекордным.", "2024-03-10", [("Этот месяц", "2024-03")]),
    ("month-before-last", "за позапрошлый месяц", "2024-03-10", [("позапрошлый месяц", "2024-01")]),
    ("next-week-acc", "перенесли на следующую неделю", "2024-03-06", [("на следующую неделю", "2024-03-11/2024-03-17")]),
    ("next-wednesday-nom", "Следующая среда станет днём открытых дверей.", "2024-03-06",
     [("Следующая среда", "2024-03-13")]),
    ("this-november", "в этом ноябре пройдет ярмарка", "2024-03-06", [("этом ноябре", "2024-11")]),
    # short and odd numerals
    ("closed-day-month", "Заявки принимаются до 15.04. включительно.", "2024-03-06", [("15.04.", "2024-04-15")]),
    ("day-month-alone", "15.04", "2024-03-06", [("15.04", "2024-04-15")]),
    ("decimal-in-text", "рост составил 15.2 процента", "2024-03-06", []),
    ("time-in-text", "начало в 10.30 в актовом зале", "2024-03-06", []),
    ("num-range-closed", "Дни культуры пройдут 14./15.10.", "2024-03-06", [("14./15.10.", "2024-10-14/2024-10-15")]),
    ("year-word-first", "Год 2000. Начало сотрудничества.", None, [("Год 2000", "2000")]),
    ("year-word-first-count", "за год 2000 человек посетили музей", None, []),
    ("millennium-year", "в 1000 году", None, [("1000 году", "1000")]),
    ("grams-not-year", "добавить 1500 г муки", None, []),
    # alone on its line: a headline or heading
    ("today-headline", "Сегодня\nВ Минске открыта выставка.", "2024-03-06", [("Сегодня", "2024-03-06")]),
    ("today-generic", "Сегодня Беларусь является крупным партнёром.", "2024-03-06", []),
    ("weekday-heading-future", "Пятница\nОткроется ярмарка.", "2024-03-06", [("Пятница", "2024-03-08")]),
    ("weekday-nom-in-text", "пятница была трудной", "2024-03-06", []),
    ("today-comma-en", "Today, the work will begin in 9 sections.", "2024-06-07", [("Today", "2024-06-07")]),
    ("en-the-year", "measures for the year 2019", None, [("the year 2019", "2019")]),
    ("be-classical", "18 верасьня ў Сочы", None, [("18 верасьня", "XXXX-09-18")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), [c[1:] for c in ISSUE_11], ids=[c[0] for c in ISSUE_11])
def test_issue_11_forms(text: str, published: str | None, expected: list[tuple[str, str]]) -> None:
    pub = Published(published, "given") if published else None
    assert [(m.text, m.value) for m in find_mentions(text, pub, "ru")] == expected


@pytest.mark.parametrize(("text", "published", "value"), [
    # the weekend in its prepositional and genitive forms, in Russian and Belarusian (Friday 9 September 2022)
    ("На этих выходных город отмечает юбилей.", "2022-09-09", "2022-09-10/2022-09-11"),
    ("На минувших выходных прошла ярмарка.", "2022-09-09", "2022-09-03/2022-09-04"),
    ("На бліжэйшых выхадных пройдзе кірмаш.", "2022-09-09", "2022-09-10/2022-09-11"),
    ("This weekend the city celebrates.", "2022-09-09", "2022-09-10/2022-09-11"),
])
def test_weekend_in_every_case(text: str, published: str, value: str) -> None:
    got = [m.value for m in find_mentions(text, Published(published, "given"), "ru")]
    assert got == [value]


@pytest.mark.parametrize(("text", "published", "expected"), [
    # «накануне» alone is the day before publication; before a genitive it is the eve *of* something
    ("Делегация прибыла накануне в Минск.", "2023-06-05", [("накануне", "2023-06-04")]),
    ("Накануне Беларусь отметила 80-летие освобождения столицы.", "2024-07-04", [("Накануне", "2024-07-03")]),
    ("Губернатор накануне поздравил белорусов.", "2024-07-04", [("накануне", "2024-07-03")]),
    ("Накануне Дня Победы прошел митинг.", "2024-05-10", []),
    # a subject, then its verb in the past; a verb ending «-лось»: the day before, not the eve of a noun
    ("Накануне губернатор провёл совещание.", "2024-05-10", [("Накануне", "2024-05-09")]),
    ("Накануне состоялось заседание комиссии.", "2024-05-10", [("Накануне", "2024-05-09")]),
    ("Накануне праздника губернатор провёл совещание.", "2024-05-10", []),
    # people as the subject, however long their phrase: «Накануне ректоры университетов подписали договор»
    ("Накануне ректоры двух университетов подписали договор.", "2024-05-10", [("Накануне", "2024-05-09")]),
    ("Накануне визита ректоры провели совещание.", "2024-05-10", []),
    # with only the year of publication known, a day just before is a day of that year
    ("Делегация прибыла накануне в Минск.", "2024", [("накануне", "2024")]),
    ("Вчера делегация прибыла в Минск.", "2024", [("Вчера", "2024")]),
])
def test_the_eve_and_yesterday(text: str, published: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.value) for m in find_mentions(text, Published(published, "given"), "ru")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Belarusian «напярэдадні» is «накануне»: the day before publication alone, the eve of a day before a genitive
    ("Напярэдадні ў Беларусь з рабочым візітам прыбыла дэлегацыя.", [("Напярэдадні", "2023-03-23")]),
    ("Дэлегацыя прыбыла напярэдадні ў Мінск.", [("напярэдадні", "2023-03-23")]),
    ("Губернатар напярэдадні павіншаваў беларусаў.", [("напярэдадні", "2023-03-23")]),
    ("Напярэдадні Дня Перамогі адбыўся мітынг.", []),
    ("Напярэдадні свята адбыўся мітынг.", []),
    ("Напярэдадні адбылася сустрэча.", [("Напярэдадні", "2023-03-23")]),
    ("Напярэдадні губернатар правёў нараду.", [("Напярэдадні", "2023-03-23")]),
    ("Напярэдадні рэктары двух універсітэтаў падпісалі дагавор.", [("Напярэдадні", "2023-03-23")]),
])
def test_the_eve_in_belarusian(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.value) for m in find_mentions(text, Published("2023-03-24", "given"), "be")]
    assert got == expected


def test_a_belarusian_noun_in_el_is_no_past_form():
    from scheduler.extraction.tense import clause_tense
    low = "прадстаўнікі дэлегацыі прымуць удзел у форуме рэгіёнаў"
    assert clause_tense(low, low.index("форуме"), low.index("форуме") + 1) == "future"


@pytest.mark.parametrize("text,month", [
    ("«Из ближайших планов: мы примем участие в фестивале в сентябре», — прокомментировала глава.", "сентябре"),
    ("«З бліжэйшых планаў: мы прымем удзел у фестывалі ў верасні», — адзначыла кіраўнік.", "верасні"),
    ("\"We will take part in the festival in September,\" the mayor said.", "September"),
], ids=["ru", "be", "en"])
def test_who_said_it_does_not_set_the_tense_of_what_was_said(text, month):
    from scheduler.extraction import extract_text
    got = [m.value for m in extract_text(text, published="2024-05-07").mentions if month in m.text]
    assert got == ["2024-09"], got


@pytest.mark.parametrize("text,published,value", [
    ("They had a talk at the festival in Alexandria last July.", "2024-02-01", "2023-07"),
    ("The festival will be held next July.", "2024-02-01", "2024-07"),
    ("They met last July, and will meet again.", "2024-09-10", "2024-07"),
    ("The forum will open next February.", "2024-09-10", "2025-02"),
], ids=["last", "next", "last-this-year", "next-year"])
def test_last_and_next_month_in_english(text, published, value):
    from scheduler.extraction import extract_text
    assert [m.value for m in extract_text(text, published=published).mentions] == [value]


@pytest.mark.parametrize("text,value", [
    ("The forum opened on 13 april 2022.", ["2022-04-13"]),
    ("13 april", ["2022-04-13"]),
    ("We may march on 5 march.", []),  # "may" and "march" in lower case stay verbs
    ("The 2 may meet.", []),
], ids=["dmy", "alone", "march", "may"])
def test_an_english_month_in_lower_case_after_a_day(text, value):
    from scheduler.extraction import extract_text
    assert [m.value for m in extract_text(text, published="2022-05-01").mentions] == value


@pytest.mark.parametrize("text,value", [
    ("Senators began preparations for the 2026 Forum of Regions.", ["2026"]),  # a year naming an edition
    ("In 2021, our trade rose 2.1 times over 2020.", ["2021", "2020"]),  # a year compared against
    ("Their ties go back to the 1990s.", []),  # a decade is no year
    ("The 2000 participants came.", []),  # a count
    ("They summed up the 2013/14 academic year.", ["2013/2014"]),  # not «the 2013» alone
], ids=["edition", "over", "decade", "count", "slash"])
def test_bare_english_years_after_the_and_over(text, value):
    from scheduler.extraction import extract_text
    assert [m.value for m in extract_text(text, published="2025-10-02").mentions] == value


@pytest.mark.parametrize("text,value", [
    ("Встреча прошла в первое воскресенье июля.", "2018-07-01"),
    ("Сустрэча адбылася ў першую нядзелю ліпеня.", "2018-07-01"),
    ("The meeting took place on the first Sunday of July.", "2018-07-01"),
    ("Праздник пройдет в последнее воскресенье сентября 2025 года.", "2025-09-28"),
    ("Кірмаш пройдзе ў другую суботу жніўня.", "2018-08-11"),
    ("The fair opens on the last Friday of August.", "2018-08-31"),
], ids=["ru-first", "be-first", "en-first", "ru-last-year-given", "be-second", "en-last"])
def test_the_nth_weekday_of_a_month(text, value):
    from scheduler.extraction import extract_text
    assert [m.value for m in extract_text(text, published="2018-07-10").mentions] == [value]


@pytest.mark.parametrize("text,values", [
    ("17 мая 2025 года делегация прибыла в Минск. На следующий день прошли переговоры.", ["2025-05-17", "2025-05-18"]),
    ("17 траўня 2025 года дэлегацыя прыбыла ў Мінск. На наступны дзень адбыліся перамовы.", ["2025-05-17", "2025-05-18"]),
    ("On 17 May 2025 the delegation arrived in Minsk. The next day, talks were held.", ["2025-05-17", "2025-05-18"]),
    ("21 июня 2023 года дали старт проекту. Следующим утром прошел митинг.", ["2023-06-21", "2023-06-22"]),
    ("21 чэрвеня 2023 года далі старт праекту. Наступнай раніцы прайшоў мітынг.", ["2023-06-21", "2023-06-22"]),
    ("Переговоры пройдут в другой день.", []),  # another day, not the day after
    ("На следующий день прошли переговоры.", []),  # no day told before it: the day after which is not said
], ids=["ru", "be", "en", "ru-morning", "be-morning", "another-day", "no-anchor"])
def test_the_next_day_counts_from_the_day_just_told(text, values):
    from scheduler.extraction import extract_text
    assert [m.value for m in extract_text(text, published="2025-05-20").mentions] == values


@pytest.mark.parametrize("text,value", [
    ("The day before yesterday a delegation of the Tula region arrived in Mogilev.", "2024-06-18"),
    ("The forum will open in three days in Minsk.", "2024-06-23"),
    ("In a week the exhibition-fair will open in Grodno.", "2024-06-27"),
])
def test_english_days_counted_from_the_publication_day(text, value):
    # as «позавчера», «через три дня», «через неделю» (days and weeks only: "in two years" is a span as often)
    assert value in [m.value for m in extract_text(text, published="2024-06-20").mentions]


def test_in_two_years_is_no_date():
    assert not extract_text("In two years trade between the regions doubled.", published="2024-06-20").mentions


@pytest.mark.parametrize(("text", "expected"), [
    ("Двадцать один год назад фестиваль только начинался.", [("Двадцать один год назад", "2002")]),
    ("Тринадцать лет назад города подписали договор.", [("Тринадцать лет назад", "2010")]),
    ("Сорок пять лет назад здесь открыли музей.", [("Сорок пять лет назад", "1978")]),
    ("Дваццаць адзін год таму фестываль пачынаўся.", [("Дваццаць адзін год таму", "2002")]),
    ("Twenty-one years ago the festival began.", [("Twenty-one years ago", "2002")]),
    ("Through fifteen years of work the ties grew.", []),
], ids=["ru-compound", "ru-teen", "ru-forty-five", "be-compound", "en-compound", "en-no-offset"])
def test_years_ago_counted_in_words_of_any_size(text: str, expected: list[tuple[str, str]]) -> None:
    # GUIDE §1: «N лет назад» is a mention, its value counted from the publication — a ten and a unit are one number
    # («двадцать один», not «один год назад»)
    got = [(m.text, m.value) for m in find_mentions(text, Published("2023-11-05", "given"), "ru")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Очередная встреча в 2023 пройдет в Бресте.", [("2023", "2023")]),
    ("Чарговая сустрэча ў 2023 пройдзе ў Брэсце.", [("2023", "2023")]),
    ("Это было в 2019, когда открыли музей.", [("2019", "2019")]),
    ("Их было 2023 человека, в 2023 школах.", []),
    ("Товарооборот вырос в 2023 раза.", []),
], ids=["ru-verb", "be-verb", "ru-clause-end", "ru-count", "ru-times"])
def test_a_year_without_its_word_after_in_where_a_verb_or_the_clause_end_follows(text, expected):
    # GUIDE §1: a year is a mention with or without «году»; a number counting what follows it is none
    got = [(m.text, m.value) for m in find_mentions(text, Published("2022-10-17", "given"), "ru")]
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2 апреля 1996 года подписан Договор о Сообществе, а ровно через год — Договор о Союзе.",
     [("2 апреля 1996 года", "1996-04-02"), ("через год", "1997-04-02")]),
    ("2 красавіка 1996 года падпісаны Дагавор аб Супольнасці, а роўна праз год — Дагавор аб Саюзе.",
     [("2 красавіка 1996 года", "1996-04-02"), ("праз год", "1997-04-02")]),
    ("The Treaty on the Community was signed on 2 April 1996, and exactly a year later the Treaty on the Union.",
     [("2 April 1996", "1996-04-02"), ("a year later", "1997-04-02")]),
    ("The Treaty was signed on 2 April 1996. Three years later the Union State was created.",
     [("2 April 1996", "1996-04-02"), ("Three years later", "1999")]),
    ("A year later the forum was held again.", []),
    ("Через год пройдет форум.", [("Через год", "2020")]),
    ("2 апреля 1996 г. подписан Договор о Сообществе. Уже через год, 2 апреля 1997 г., был подписан Договор о Союзе.",
     [("2 апреля 1996 г.", "1996-04-02"), ("2 апреля 1997 г.", "1997-04-02")]),
], ids=["ru-exactly", "be-exactly", "en-exactly", "en-years-later", "en-no-anchor", "ru-ahead-of-today",
        "ru-date-right-after"])
def test_a_time_after_a_day_told_long_ago_counts_from_that_day(text, expected):
    # GUIDE §1: relative values resolve against the publication date or an explicit anchor in the text
    got = [(m.text, m.value) for m in find_mentions(text, Published("2019-03-30", "given"), "ru")]
    assert got == expected
