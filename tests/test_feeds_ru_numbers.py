"""Russian plural and anniversary wording shared by feeds and reminder emails."""

from __future__ import annotations

import pytest

from scheduler.feeds.ru_numbers import (
    anniversary_ordinal,
    anniversary_title,
    days_phrase,
    genitive,
    years_phrase,
)


@pytest.mark.parametrize(
    ("n", "expected"),
    [(1, "1 год"), (2, "2 года"), (4, "4 года"), (5, "5 лет"), (11, "11 лет"), (12, "12 лет"),
     (21, "21 год"), (22, "22 года"), (25, "25 лет"), (100, "100 лет"), (101, "101 год"), (111, "111 лет")],
    ids=str,
)
def test_years_phrase(n: int, expected: str) -> None:
    assert years_phrase(n) == expected


@pytest.mark.parametrize(("n", "expected"), [(1, "1 день"), (3, "3 дня"), (7, "7 дней"), (21, "21 день"), (90, "90 дней")])
def test_days_phrase(n: int, expected: str) -> None:
    assert days_phrase(n) == expected


@pytest.mark.parametrize(
    ("n", "expected"), [(1, "1-я годовщина"), (6, "6-я годовщина"), (5, "5-летие"), (30, "30-летие"), (100, "100-летие")]
)
def test_ordinal(n: int, expected: str) -> None:
    assert anniversary_ordinal(n) == expected


def test_ordinal_rejects_zero() -> None:
    with pytest.raises(ValueError):
        anniversary_ordinal(0)


@pytest.mark.parametrize(
    ("n", "title", "expected"),
    [
        (30, "Договор о Сообществе Беларуси и России", "30-летие Договора о Сообществе Беларуси и России"),
        (6, "Подписание Соглашения о сотрудничестве", "6-я годовщина подписания Соглашения о сотрудничестве"),
        (80, "Курская битва", "80-летие Курской битвы"),
        (81, "Освобождение Курска", "81-я годовщина освобождения Курска"),
        (10, "День единения народов Беларуси и России", "10-летие Дня единения народов Беларуси и России"),
    ],
    ids=["treaty", "signing", "battle", "liberation", "holiday"],
)
def test_anniversary_title(n: int, title: str, expected: str) -> None:
    assert anniversary_title(n, title) == expected


def test_genitive_keeps_unknown_words() -> None:
    assert genitive("XYZ-2025 форум") == "XYZ-2025 форум"
