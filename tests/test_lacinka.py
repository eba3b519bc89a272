"""Belarusian in the Latin script (łacinka) read in Cyrillic, its spans given back as written."""

from __future__ import annotations

import pytest

from scheduler.extraction import extract_text
from scheduler.extraction.lacinka import is_lacinka, span_back, to_cyrillic

TEXT = ("Łukašenka sustreŭsia z hubernataram Pskoŭskaj vobłaści\n\n"
        "12 sakavika 2024 hoda ŭ Minsku Alaksandr Łukašenka sustreŭsia z hubernataram Pskoŭskaj vobłaści Michaiłam "
        "Viedziernikavym. Delehacyja Pskoŭskaj vobłaści naviedała Viciebsk 13 sakavika. 2 krasavika ŭ Hrodnie "
        "adbudziecca mitynh da Dnia jadnańnia narodaŭ Biełarusi i Rasii.")


@pytest.mark.parametrize(("latin", "cyrillic"), [
    ("Siońnia ŭ Hrodnie adbyŭsia mitynh la Viečnaha ahniu.", "Сёньня ў Гродне адбыўся мітынг ля Вечнага агню."),
    ("Delehacyja naviedała Viciebsk", "Дэлегацыя наведала Віцебск"),
    ("Uładzimir Pucin i Alaksandr Łukašenka", "Уладзімір Пуцін і Аляксандр Лукашэнка"),
    ("dziaržaŭnaja chata, jana", "дзяржаўная хата, яна"),
])
def test_the_script_is_read_letter_by_letter(latin: str, cyrillic: str) -> None:
    out, back = to_cyrillic(latin)
    assert out == cyrillic
    assert len(back) == len(out) + 1 and back[-1] == len(latin)


def test_a_span_of_the_copy_is_given_back_whole() -> None:
    latin = "Viečnaha ahniu"
    out, back = to_cyrillic(latin)
    a = out.index("агню")
    assert span_back(back, a, a + 4) == (latin.index("ahniu"), len(latin))  # «ni» + «u» → «ню»: the whole «niu»


def test_a_text_in_the_script_is_told_by_its_marks() -> None:
    assert is_lacinka(TEXT)


@pytest.mark.parametrize("text", [
    "Sustreča adbyłasia ŭ Minsku.",  # too few marks to tell
    "Spotkanie odbyło się w Łodzi, gdzie władze przyjęły delegację z Mińska, Brześcia, Słonimia i Łucka.",  # Polish
    "Лукашэнка сустрэўся з губернатарам Пскоўскай вобласці ў Мінску, дзе ўлады правялі перамовы аб супрацоўніцтве; "
    "у тэксце ёсць назвы: Łuck, Słonim, Mińsk, Brześć, Łódź.",  # Cyrillic, a few Latin names
], ids=["few-marks", "polish", "cyrillic"])
def test_other_texts_are_not_read_as_the_script(text: str) -> None:
    assert not is_lacinka(text)


def test_a_text_in_the_script_gives_its_events_and_quotes_them_as_written() -> None:
    result = extract_text(TEXT, published="2024-03-14")
    assert result.lang == "be"
    assert [(m.value, m.text) for m in result.mentions] == [
        ("2024-03-12", "12 sakavika 2024 hoda"), ("2024-03-13", "13 sakavika"), ("2024-04-02", "2 krasavika")]
    found = {(e.type, e.start, e.location) for e in result.events}
    assert {("meeting", "2024-03-12", "Минск"), ("visit", "2024-03-13", "Витебск")} <= found
    assert all(TEXT[e.evidence.start:e.evidence.end] == e.evidence.text for e in result.events if e.evidence)
    assert all(TEXT[m.start:m.end] == m.text for m in result.mentions)


def test_an_english_text_that_spells_belarusian_names_so_stays_english() -> None:
    text = ("Aleksandr Łukašenka met the Governor of Pskov Oblast in Minsk on 12 March. Delegations from Mahiloŭ, "
            "Viciebsk, Hrodna, Słonim and Navahrudak took part in the talks, and the governor visited Łukašenka's "
            "native Šklou district. Viciebsk and Pskov signed a road map; Mahiloŭ and Smolensk will sign one in May.")
    assert not is_lacinka(text)
    assert extract_text(text, published="2024-03-12").lang == "en"
