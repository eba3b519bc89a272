"""Belarusian in the classical spelling (taraškievica) is read as the official one: same events, same offsets."""

from __future__ import annotations

import pytest

from scheduler.extraction import extract_text
from scheduler.extraction.classical import is_classical, to_official

CLASSICAL = [
    ("Пасяджэньне працоўнай групы прайшло 5 кастрычніка ў Горадні. Прэзыдэнт Расеі ўзяў удзел у ім.",
     "Пасяджэнне працоўнай групы прайшло 5 кастрычніка ў Горадні. Прэзідэнт Расіі ўзяў удзел у ім."),
    ("Падпісаньне пагадненьня пра супрацоўніцтва адбылося 2 красавіка ў Берасьці. Сьвята працягвалася.",
     "Падпісанне пагаднення пра супрацоўніцтва адбылося 2 красавіка ў Брэсце. Свята працягвалася."),
    ("12 верасьня ў Менску адкрыўся фэстываль «Славянскі базар». Расейская дэлегацыя прыбыла на фэстываль.",
     "12 верасня ў Мінску адкрыўся фестываль «Славянскі базар». Расійская дэлегацыя прыбыла на фестываль."),
]


@pytest.mark.parametrize("classical,official", CLASSICAL, ids=["meeting", "signing", "festival"])
def test_a_classical_text_yields_the_events_of_its_official_spelling(classical, official):
    assert is_classical(classical) and not is_classical(official)
    read = to_official(classical)
    assert len(read) == len(classical)  # every offset holds
    got = extract_text(classical, published="2018-09-01")
    want = extract_text(official, published="2018-09-01")
    assert want.events, "the official spelling reads no event: the test says nothing"
    assert [(e.type, e.start, e.location) for e in got.events] == [(e.type, e.start, e.location) for e in want.events]
    for e in got.events:  # the evidence is quoted as written, whole sentences
        assert e.evidence.text == classical[e.evidence.start:e.evidence.end]
        assert e.evidence.text.endswith((".", "»")) and e.evidence.text in classical


@pytest.mark.parametrize("text", [
    "Ён возьме ўдзел у восьмым фестывалі дзесьці ў верасні. Пасяджэнне прайшло ў Мінску.",
    "Губернатар Расіі наведае Мінск. Вольны час удзельнікі правялі ў парку.",
], ids=["soft-signs-of-the-official-spelling", "no-mark"])
def test_the_official_spelling_is_left_as_it_is(text):
    assert not is_classical(text)
    assert to_official(text) is text
