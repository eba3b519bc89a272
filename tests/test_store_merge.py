"""The pure rules under the store: date values to day ranges, title stems, the cross-document merge rule."""

from __future__ import annotations

import datetime as dt

import pytest

from scheduler.store.merging import canon, compatible, make_uid, merge_key, parse_value, similar, stems

D = dt.date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-06-09", (D(2022, 6, 9), D(2022, 6, 9), "day")),
        ("2024-02", (D(2024, 2, 1), D(2024, 2, 29), "month")),
        ("2023", (D(2023, 1, 1), D(2023, 12, 31), "year")),
        ("XXXX-02-29", (D(4, 2, 29), D(4, 2, 29), "yearly")),
        ("2023/2025", (D(2023, 1, 1), D(2025, 12, 31), "year")),
        ("2017-01/2017-08", (D(2017, 1, 1), D(2017, 8, 31), "month")),
        ("2022-06-07/2022-06-10", (D(2022, 6, 7), D(2022, 6, 10), "day")),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_parse_value(value: str, expected: tuple) -> None:
    assert parse_value(value) == expected


@pytest.mark.parametrize("value", ["2022-13-01", "2022-02-30", "22-01-01", "2025/2023", "завтра", ""])
def test_parse_value_refuses(value: str) -> None:
    with pytest.raises(ValueError):
        parse_value(value)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        (("visit", "Визит делегации Курской области в Минск", "2022-06"), ("visit", "Визит курской делегации в Минск", "2022-06-09"), True),
        (("visit", "Визит делегации Курской области", "2022"), ("visit", "Визит делегации Курской области", "2022-05-12"), True),
        (("commemoration", "День единения народов Беларуси и России", "XXXX-04-02"), ("commemoration", "Дзень яднання народаў Беларусі і Расіі", "XXXX-04-02"), True),
        (("meeting", "Заседание рабочей группы", "2022-06-09"), ("meeting", "Заседание рабочей группы", "2022-06-10"), False),
        (("visit", "Визит делегации", "2022-06"), ("visit", "Визит делегации", "2022-07-01"), False),
        (("fair", "Коренская ярмарка", "2022-06-09"), ("festival", "Коренская ярмарка", "2022-06-09"), False),
        (("agreement", "Подписание соглашения о сотрудничестве", "2017-06-29"), ("agreement", "Подписание плана мероприятий", "2017-06-29"), False),
    ],
    ids=["announced-reported", "year-contains-day", "ru-be-yearly", "next-day", "other-month", "other-type", "other-title"],
)
def test_merge_rule(a: tuple, b: tuple, same: bool) -> None:
    ca, cb = canon(*a, None, None), canon(*b, None, None)
    ok = ca.type == cb.type and compatible(ca, cb.start_date, cb.end_date, cb.recurrence) and bool(similar(ca, b[1]))
    assert ok is same
    ok_back = cb.type == ca.type and compatible(cb, ca.start_date, ca.end_date, ca.recurrence) and bool(similar(cb, a[1]))
    assert ok_back is same  # the rule is symmetric


def test_stems_fold_belarusian_and_ignore_case_and_stop_words() -> None:
    assert stems("БЕЛАРУСІ і Расіі года") == stems("беларуси и россии")
    assert stems("Візіт дэлегацыі") == stems("Визит делегации")
    assert "1996" in stems("Договор 1996 года")
    assert "белар" in stems("Беларусь")


def test_uid_is_derived_from_content_only() -> None:
    k = merge_key("visit", "2022-06-09", "Визит делегации в Минск")
    assert k == merge_key("visit", "2022-06-09", "визит  делегации в МИНСК")  # same stems
    assert k != merge_key("visit", "2022-06-10", "Визит делегации в Минск")
    assert make_uid(k).endswith("@presscal") and make_uid(k) == make_uid(k)


def test_a_dated_yearly_day_is_kept_by_its_month_day() -> None:
    c = canon("agreement", "Подписание Договора", "1996-04-02", None, "yearly")
    assert (c.start_date, c.recurrence) == (D(4, 4, 2), "yearly")
