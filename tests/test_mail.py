"""Composing reminder emails: MIME shape, Russian wording, headers, the .ics, no header injection."""

from __future__ import annotations

import datetime as dt
import email
from email import policy
from email.header import decode_header, make_header
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from icalendar import Calendar

from scheduler.errors import UsageError
from scheduler.feeds.build import uid_of
from scheduler.records import EventRecord, SourceRef
from scheduler.reminders.mail import (
    MaildirTransport,
    SmtpTransport,
    check_address,
    letter,
    message,
    message_id,
    one_line,
    wire,
)
from scheduler.reminders.outbox import rows
from scheduler.reminders.planning import Subscriber, plan

MINSK = ZoneInfo("Europe/Minsk")
NOW = dt.datetime(2026, 4, 1, 9, 0, tzinfo=MINSK)
SRC = (SourceRef("seeds/x.txt", "https://example.org/news/1", "2016-03-31", "2 апреля 1996 г. подписан Договор"),)


def payload_for(records: list[EventRecord], now: dt.datetime = NOW, email_: str = "a@example.org") -> dict:
    import json

    groups = list(plan(records, [Subscriber(email_)], now))
    assert groups, "nothing due"
    return json.loads(next(rows(groups, now))["payload"])


def build(records: list[EventRecord], now: dt.datetime = NOW, rcpt: str = "a@example.org") -> email.message.EmailMessage:
    let = letter(payload_for(records, now), today=now.date())
    msg = message(let, sender="presscal <reminders@example.org>", recipient=rcpt,
                  message_id=message_id("k" * 40, "reminders@example.org"), now=now,
                  unsubscribe_url="http://127.0.0.1:8000/unsubscribe/TOKEN")
    return email.message_from_bytes(wire(msg), policy=policy.default)  # as a mail client reads it


TREATY = EventRecord(1, "treaty1996", "agreement", "Подписание Договора о Сообществе двух государств", "1996-04-02",
                     sources=SRC)


@pytest.mark.parametrize(("record", "now", "subject"), [
    (TREATY, NOW, "Завтра, 02.04.2026: 30-летие подписания Договора о Сообществе двух государств"),
    (EventRecord(2, "agr2020", "agreement", "Подписание Соглашения о сотрудничестве", "2020-09-29"),
     dt.datetime(2026, 9, 28, 9, 0, tzinfo=MINSK), "Завтра, 29.09.2026: 6-я годовщина подписания Соглашения о сотрудничестве"),
    (EventRecord(3, "plan", "plan", "План мероприятий на 2023-2025 годы", "2023", "2025"),
     dt.datetime(2025, 12, 1, 9, 0, tzinfo=MINSK), "Через 30 дней истекает срок: План мероприятий на 2023–2025 годы"),
    (EventRecord(4, "meet", "meeting", "Заседание рабочей группы", "2026-05-20"),
     dt.datetime(2026, 4, 20, 9, 0, tzinfo=MINSK), "Через 30 дней, 20.05.2026: Заседание рабочей группы"),
    (EventRecord(5, "agr21", "agreement", "Подписание Соглашения", "2005-06-03"),
     dt.datetime(2026, 5, 27, 9, 0, tzinfo=MINSK), "Через 7 дней, 03.06.2026: 21-я годовщина подписания Соглашения"),
], ids=["jubilee", "ordinal", "deadline", "upcoming", "21-year"])
def test_subject_in_russian_encoded(record: EventRecord, now: dt.datetime, subject: str) -> None:
    msg = build([record], now)
    raw = msg.as_bytes().split(b"\n\n", 1)[0]
    assert b"=?utf-8?" in raw  # Cyrillic goes through RFC 2047 encoded words
    assert str(make_header(decode_header(msg["Subject"]))) == subject


def test_message_shape_and_headers() -> None:
    msg = build([TREATY])
    assert msg.get_content_type() == "multipart/mixed"
    alt, ics = msg.get_payload()
    assert alt.get_content_type() == "multipart/alternative"
    assert [p.get_content_type() for p in alt.get_payload()] == ["text/plain", "text/html"]
    assert "30-летие подписания Договора" in alt.get_payload()[0].get_content()
    assert "<blockquote>2 апреля 1996 г. подписан Договор</blockquote>" in alt.get_payload()[1].get_content()
    assert msg["Auto-Submitted"] == "auto-generated"
    assert msg["List-Unsubscribe"] == "<http://127.0.0.1:8000/unsubscribe/TOKEN>"
    assert msg["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert msg["Message-ID"] == f"<{'k' * 40}@example.org>"
    assert email.utils.parsedate_to_datetime(msg["Date"]) == NOW
    assert ics.get_content_type() == "text/calendar" and ics.get_filename() == "event.ics"
    assert ics.get_param("method") == "PUBLISH"


def test_ics_attachment_has_the_feeds_uid() -> None:
    ics = build([TREATY]).get_payload()[1]
    cal = Calendar.from_ical(ics.get_payload(decode=True))
    assert str(cal["METHOD"]) == "PUBLISH"
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["UID"]) == uid_of(TREATY, "-anniversary-2026")
    assert vevent.decoded("DTSTART") == dt.date(2026, 4, 2)
    meeting = EventRecord(4, "meet", "meeting", "Заседание рабочей группы", "2026-05-20")
    ics = build([meeting], dt.datetime(2026, 4, 20, 9, 0, tzinfo=MINSK)).get_payload()[1]
    (vevent,) = Calendar.from_ical(ics.get_payload(decode=True)).walk("VEVENT")
    assert str(vevent["UID"]) == uid_of(meeting)


def test_crlf_in_a_title_never_reaches_the_headers() -> None:
    evil = EventRecord(6, "evil", "meeting", "Заседание\r\nBcc: victim@example.org\r\nX-Evil: 1", "2026-05-20")
    msg = build([evil], dt.datetime(2026, 4, 20, 9, 0, tzinfo=MINSK))
    assert msg["Bcc"] is None and msg["X-Evil"] is None
    subject = str(make_header(decode_header(msg["Subject"])))
    assert "\n" not in subject and "\r" not in subject and "Bcc: victim" in subject


@pytest.mark.parametrize("bad", ["a@example.org\r\nBcc: x@example.org", "a@example.org\n", "a b@example.org",
                                 "no-at-sign", "a@", "<a@example.org>", "a@exa mple.org", "a@example.org>"])
def test_bad_recipients_are_refused_with_a_clear_error(bad: str) -> None:
    with pytest.raises(UsageError, match="invalid email address"):
        check_address(bad)
    let = letter(payload_for([TREATY]), today=NOW.date())
    with pytest.raises(UsageError):
        message(let, sender="presscal <r@example.org>", recipient=bad, message_id="<x@y>", now=NOW,
                unsubscribe_url="http://127.0.0.1:8000/unsubscribe/T")


@pytest.mark.parametrize(("good", "norm"), [("A.B+tag@Example.ORG", "A.B+tag@example.org"), ("x@mail.example.by", "x@mail.example.by")])
def test_good_addresses(good: str, norm: str) -> None:
    assert check_address(good) == norm


def test_one_line_squeezes_controls() -> None:
    assert one_line("a\r\nb\tc\u2028d") == "a b c d"
    assert len(one_line("я" * 500, 50)) == 50


def test_message_id_is_deterministic() -> None:
    assert message_id("abc", "presscal <r@example.org>") == message_id("abc", "presscal <r@example.org>") == "<abc@example.org>"


def test_maildir_default_writes_a_file(tmp_path: Path) -> None:
    box = MaildirTransport(tmp_path / "maildir")
    let = letter(payload_for([TREATY]), today=NOW.date())
    msg = message(let, sender="presscal <r@example.org>", recipient="a@example.org", message_id="<k@example.org>",
                  now=NOW, unsubscribe_url="http://127.0.0.1:8000/unsubscribe/T")
    box.send(msg, "presscal <r@example.org>", "a@example.org")
    (f,) = (tmp_path / "maildir" / "new").iterdir()
    assert b"Message-ID: <k@example.org>" in f.read_bytes()


@pytest.mark.parametrize(("url", "host", "port", "tls", "user"), [
    ("smtp://u%40x:p@mail.example.org:587?starttls=true", "mail.example.org", 587, (False, True), "u@x"),
    ("smtps://mail.example.org", "mail.example.org", 465, (True, False), None),
    ("smtp://127.0.0.1:2525", "127.0.0.1", 2525, (False, False), None),
])
def test_smtp_url(url: str, host: str, port: int, tls: tuple, user: str | None) -> None:
    t = SmtpTransport(url)
    assert (t.host, t.port, (t.ssl, t.starttls), t.user) == (host, port, tls, user)


def test_smtp_url_rejects_other_schemes() -> None:
    with pytest.raises(UsageError, match="PRESSCAL_SMTP_URL"):
        SmtpTransport("http://mail.example.org")


@settings(max_examples=60, deadline=None)
@given(title=st.text(alphabet=st.sampled_from(list("Заседание \r\n\t\x0b\x0c\u2028:Bcc;<>@\"=?")), min_size=1, max_size=80))
def test_no_title_can_add_a_header(title: str) -> None:
    rec = EventRecord(7, "fuzz", "meeting", title, "2026-05-20")
    msg = build([rec], dt.datetime(2026, 4, 20, 9, 0, tzinfo=MINSK))
    head = wire(message(letter(payload_for([rec], dt.datetime(2026, 4, 20, 9, 0, tzinfo=MINSK)), today=dt.date(2026, 4, 20)),
                        sender="p <r@example.org>", recipient="a@example.org", message_id="<k@example.org>",
                        now=NOW, unsubscribe_url="http://127.0.0.1:8000/unsubscribe/T")).split(b"\r\n\r\n", 1)[0]
    names = [line.split(b":", 1)[0] for line in head.split(b"\r\n") if line and not line[:1].isspace()]
    assert names == [b"Content-Type", b"MIME-Version", b"Subject", b"From", b"To", b"Date", b"Message-ID",
                     b"Auto-Submitted", b"Content-Language", b"List-Unsubscribe", b"List-Unsubscribe-Post"]
    assert msg["Bcc"] is None


def test_a_missing_ca_file_is_refused_at_start(tmp_path: Path) -> None:
    from scheduler.reminders.mail import transport_from_env

    with pytest.raises(UsageError, match=r"PRESSCAL_SMTP_CAFILE '.*nope\.pem': no such file"):
        transport_from_env({"PRESSCAL_SMTP_URL": "smtp://127.0.0.1:25", "PRESSCAL_SMTP_CAFILE": str(tmp_path / "nope.pem")})
    pem = tmp_path / "ca.pem"
    pem.write_text("-----BEGIN CERTIFICATE-----\n", encoding="ascii")
    assert transport_from_env({"PRESSCAL_SMTP_URL": "smtp://127.0.0.1:25", "PRESSCAL_SMTP_CAFILE": str(pem)}).name
