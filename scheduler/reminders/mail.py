"""Reminder emails: composing (pure) and sending (SMTP from ``PRESSCAL_SMTP_URL``, else a maildir).

A message is ``multipart/mixed``: a ``multipart/alternative`` (Russian plain text and HTML) and the event
as a ``.ics`` attachment (METHOD:PUBLISH) carrying the same UID as the feeds (``feeds.uid_of``):
the event's own UID for an upcoming event, ``…-anniversary-YYYY`` for an anniversary (the item of
``anniversaries.ics``) and ``…-deadline`` for a plan's last day (the item of ``deadlines.ics``).

Header injection: every text that reaches a header is squeezed to one line (:func:`one_line`) and every
address is checked by :func:`check_address` before it gets near an envelope or a header; the subject
goes out as RFC 2047 encoded words.
"""

from __future__ import annotations

import datetime as dt
import html
import logging
import os
import re
import smtplib
import ssl
from dataclasses import dataclass
from email import encoders, policy
from email.header import Header
from email.message import Message
from email.mime.base import MIMEBase
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import parse_qs, unquote, urlsplit

from ..errors import DeliveryError, UsageError
from ..rules.parties import sides

log = logging.getLogger("presscal.mail")

DEFAULT_BASE_URL = "http://127.0.0.1:8000"
DEFAULT_SENDER = "presscal <presscal@localhost>"
_ADDRESS = re.compile(r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*$")


class TransientError(DeliveryError):
    """Try this recipient again later: a 4xx reply to RCPT TO."""


class PermanentError(DeliveryError):
    """The server refused this recipient for good: a 5xx reply to RCPT TO (RFC 5321 §4.2.5)."""

    def __init__(self, msg: str, code: int = 550) -> None:
        super().__init__(msg)
        self.code = code


class ServerError(DeliveryError):
    """A failure that says nothing about the recipient: no connection, or a 4xx/5xx reply at the greeting,
    STARTTLS, AUTH, MAIL FROM or DATA (a wrong password, a relay refusal, a rejected sender, a full queue).

    The dispatcher stops the batch, keeps every row and backs off; no address is marked undeliverable.
    ``phase`` names the step of the transaction that failed.
    """

    def __init__(self, msg: str, phase: str, code: int | None = None) -> None:
        super().__init__(msg)
        self.phase, self.code = phase, code


# --------------------------------------------------------------------------- safe text


def one_line(text: str, limit: int = 200) -> str:
    """Any text squeezed onto one header-safe line: control characters (CR, LF, …) become spaces."""
    flat = " ".join(re.sub(r"[\x00-\x1f\x7f\u2028\u2029\x85]", " ", text).split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def check_address(addr: str) -> str:
    """The address, lower-cased domain, or :class:`UsageError` naming it (CR/LF, spaces, no domain…)."""
    if not isinstance(addr, str) or len(addr) > 320 or not _ADDRESS.fullmatch(addr):
        raise UsageError(f"invalid email address {addr!r}: expected local@domain without spaces or line breaks")
    local, _, domain = addr.rpartition("@")
    return f"{local}@{domain.lower()}"


def check_sender(sender: str, what: str = "PRESSCAL_MAIL_FROM") -> str:
    """A From value whose address (``Name <a@b>`` or ``a@b``) is valid; :class:`UsageError` naming ``what``."""
    try:
        _envelope(sender)
    except UsageError:
        raise UsageError(f"{what} {sender!r}: expected an address such as presscal@example.org or "
                         "'presscal <presscal@example.org>'") from None
    if one_line(sender) != sender.strip():
        raise UsageError(f"{what} {sender!r}: must be one line")
    return sender.strip()


_BASE_URL = re.compile(r"https?://[A-Za-z0-9.\-]+(?::\d{1,5})?|https?://\[[0-9A-Fa-f:.]+\](?::\d{1,5})?")


def check_base_url(url: str, what: str = "PRESSCAL_BASE_URL") -> str:
    """An http(s) address without spaces, controls, query or fragment (it starts links in emails and pages)."""
    u = url.strip().rstrip("/")
    host, _, path = u.partition("://")[2].partition("/")
    scheme = u.partition("://")[0]
    if (not _BASE_URL.fullmatch(f"{scheme}://{host}") or any(c in path for c in "?#\"<>")
            or one_line(path) != path or " " in path):
        raise UsageError(f"{what} {url!r}: expected an http(s) address such as https://calendar.example.org")
    return u


# --------------------------------------------------------------------------- composing (pure)


@dataclass(frozen=True, slots=True)
class Letter:
    """What a reminder says, before it becomes a MIME message."""

    subject: str
    text: str
    html: str
    ics: bytes
    more: tuple[bytes, ...] = ()  # a digest's other items, one .ics each


def _days(n: int) -> str:
    from ..feeds.ru_numbers import days_phrase

    return {0: "сегодня", 1: "завтра", 2: "послезавтра"}.get(n, f"через {days_phrase(n)}")


def _record(payload: dict[str, Any]) -> Any:
    from ..records import EventRecord, SourceRef

    e = dict(payload["event"])
    e["participants"] = tuple(e.get("participants") or ())
    e["parties"] = tuple(e.get("parties") or ())
    e["sources"] = tuple(SourceRef(**s) for s in e.get("sources") or ())
    for k in ("created", "last_modified", "hidden_at"):
        if e.get(k):
            e[k] = dt.datetime.fromisoformat(e[k])
    return EventRecord(**e)


def letter(payload: dict[str, Any], *, today: dt.date) -> Letter:
    """The words of one reminder; ``today`` is the recipient's local date (for "через 5 дней")."""
    from ..feeds.ru_numbers import anniversary_title
    from ..rules.anniversaries import anniversary_origin
    from ..rules.deadlines import plan_name

    ev = _record(payload)
    kind, day, n = payload["kind"], dt.date.fromisoformat(payload["day"]), payload.get("n")
    title = one_line(plan_name(ev) if kind in ("deadline", "overdue") else ev.title) or "Событие"
    when = _days((day - today).days)
    if kind in ("anniversary", "jubilee-year") and n:
        origin = anniversary_origin(ev)
        name = one_line(origin[1]) if origin else title
        what = anniversary_title(n, name)
    else:
        what = title
    if kind == "deadline":
        subject = f"{when.capitalize()} истекает срок: {title}"
        lead = f"Срок плана истекает {day:%d.%m.%Y} ({when}). Пора готовить новый план."
    elif kind == "overdue":
        subject = f"План истёк: требуется новый план — {title}"
        who = f" ({sides(ev.parties)})" if ev.parties else ""
        lead = f"Срок плана истёк {day:%d.%m.%Y}, а нового плана тех же сторон{who} в календаре нет."
    elif kind == "jubilee-year":
        subject = f"В {day.year} году — {what}"
        lead = f"В {day.year} году исполняется {what}; точная дата в источниках не указана."
    else:
        subject = f"{when.capitalize()}, {day:%d.%m.%Y}: {what}"
        lead = f"{what} — {day:%d.%m.%Y} ({when})."
    lines = [lead, ""]
    if ev.location:
        lines.append(f"Место: {one_line(ev.location)}")
    if ev.parties:
        lines.append(f"Стороны: {one_line(sides(ev.parties))}")
    if ev.evidence and ev.recurrence != "yearly":  # a recurring day's first source is seldom about the day
        lines.append(f"Из пресс-релиза: «{ev.evidence.strip()}»")
    if ev.public_source:  # the address, else the file's name: never a local folder
        lines.append(f"Источник: {ev.public_source}")
    body = "\n".join(lines)
    return Letter(one_line(subject, 180), body, _html(lead, ev), calendar(ev, kind, day, what))


def digest(letters: list[Letter], day: dt.date) -> Letter:
    """One subscriber's reminders of one morning as one message: each item's words in turn, one .ics each."""
    from ..feeds.ru_numbers import plural

    n = len(letters)
    what = f"{n} {plural(n, {'one': 'напоминание', 'few': 'напоминания', 'many': 'напоминаний', 'other': 'напоминания'})}"
    subject = f"{what} на {day:%d.%m.%Y}: " + "; ".join(let.subject for let in letters)
    text = f"{what.capitalize()} на {day:%d.%m.%Y}.\n\n" + "\n\n— — —\n\n".join(
        f"{i}. {let.subject}\n{let.text}" for i, let in enumerate(letters, 1))
    body = "\n<hr>\n".join(f"<h3>{i}. {html.escape(let.subject)}</h3>\n{let.html}" for i, let in enumerate(letters, 1))
    return Letter(one_line(subject, 180), text, body, letters[0].ics, tuple(let.ics for let in letters[1:]))


def _html(lead: str, ev: Any) -> str:
    e = html.escape
    parts = [f"<p>{e(lead)}</p>"]
    if ev.location:
        parts.append(f"<p>Место: {e(one_line(ev.location))}</p>")
    if ev.parties:
        parts.append(f"<p>Стороны: {e(one_line(sides(ev.parties)))}</p>")
    if ev.evidence and ev.recurrence != "yearly":
        parts.append(f"<blockquote>{e(ev.evidence.strip())}</blockquote>")
    if ev.url and ev.url.startswith(("http://", "https://")):
        parts.append(f'<p><a href="{e(ev.url, quote=True)}">Пресс-релиз</a></p>')
    return "\n".join(parts)


def calendar(ev: Any, kind: str, day: dt.date, summary: str) -> bytes:
    """The reminded occurrence as a one-event METHOD:PUBLISH calendar with the feeds' UID."""
    from icalendar import Calendar, Event

    from ..feeds.build import event_calendar, uid_of

    yearly_upcoming = kind == "upcoming" and ev.recurrence == "yearly"
    if kind == "upcoming" and not yearly_upcoming:
        return event_calendar(ev)  # the very VEVENT of the feeds
    if yearly_upcoming:
        suffix = ""  # one occurrence of the feeds' yearly series: its UID and a RECURRENCE-ID
    elif kind in ("deadline", "overdue"):
        suffix = "-deadline"  # the plan's last day in deadlines.ics
    else:
        suffix = f"-anniversary-{day.year}"  # that year's item of anniversaries.ics
    cal = Calendar()
    for k, v in (("version", "2.0"), ("prodid", "-//presscal//presscal 0.1//RU"), ("calscale", "GREGORIAN"),
                 ("method", "PUBLISH")):
        cal.add(k, v)
    item = Event()
    item.add("uid", uid_of(ev, suffix))
    item.add("dtstamp", ev.last_modified or dt.datetime(2000, 1, 1, tzinfo=dt.timezone.utc))  # noqa: UP017
    item.add("sequence", ev.sequence)
    item.add("summary", summary)
    item.add("dtstart", day)
    item.add("dtend", day + dt.timedelta(days=1))
    if yearly_upcoming:
        item.add("recurrence-id", day)
    if ev.location:
        item.add("location", ev.location)
    if ev.url and ev.url.startswith(("http://", "https://")):
        item.add("url", ev.url)
    item.add("transp", "TRANSPARENT")
    cal.add_component(item)
    return cal.to_ical()


_WIRE = policy.compat32.clone(linesep="\r\n")


def message(let: Letter, *, sender: str, recipient: str, message_id: str, now: dt.datetime,
            unsubscribe_url: str) -> Message:
    """The MIME message; raises :class:`UsageError` for a bad recipient.

    Built with the compat32 classes (``email.mime``): several times faster than ``EmailMessage`` at
    dispatch rates, so every header value is made safe here -- one line, checked address, encoded words.
    """
    rcpt = check_address(recipient)
    url = one_line(unsubscribe_url, 2000)
    body = MIMEMultipart("alternative")
    body.attach(MIMEText(f"{let.text}\n\n--\nОтписаться одним щелчком: {url}\n", "plain", "utf-8"))
    body.attach(MIMEText(f'<!doctype html><html lang="ru"><body>{let.html}<hr><p><small><a href="{html.escape(url)}">'
                         "Отписаться</a></small></p></body></html>", "html", "utf-8"))
    attachments = []
    for i, data in enumerate((let.ics, *let.more)):
        ics = MIMEBase("text", "calendar", method="PUBLISH", charset="utf-8")
        ics.set_payload(data)
        encoders.encode_base64(ics)
        ics.add_header("Content-Disposition", "attachment", filename=f"event-{i + 1}.ics" if let.more else "event.ics")
        attachments.append(ics)
    msg = MIMEMultipart("mixed")
    msg["Subject"] = Header(let.subject, "utf-8")  # type: ignore[assignment]  # encoded words
    for name, value in (("From", one_line(sender)), ("To", rcpt),
                        ("Date", format_datetime(now)), ("Message-ID", one_line(message_id)),
                        ("Auto-Submitted", "auto-generated"), ("Content-Language", "ru"),
                        ("List-Unsubscribe", f"<{url}>"), ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click")):
        msg[name] = value
    msg.attach(body)
    for ics in attachments:
        msg.attach(ics)
    return msg


def wire(msg: Message) -> bytes:
    """The bytes that go to the server (CRLF line ends)."""
    return msg.as_bytes(policy=_WIRE)


def message_id(key: str, sender: str = DEFAULT_SENDER) -> str:
    """Deterministic from the outbox key, so a resend after a crash is recognisably the same message."""
    domain = re.sub(r"[^A-Za-z0-9.-]", "", sender.rpartition("@")[2]) or "presscal.invalid"
    return f"<{key}@{domain}>"


# --------------------------------------------------------------------------- sending


class Transport(Protocol):
    name: str

    def send(self, msg: Message, sender: str, recipient: str) -> None: ...

    def close(self) -> None: ...


def _envelope(addr: str) -> str:
    m = re.search(r"<([^<>]*)>\s*$", addr)
    return check_address((m.group(1) if m else addr).strip())


class SmtpTransport:
    """SMTP with one connection kept open across a batch; reconnects when the server drops it."""

    def __init__(self, url: str, timeout: float = 30.0, cafile: str | None = None) -> None:
        u = urlsplit(url)
        if u.scheme not in ("smtp", "smtps") or not u.hostname:
            raise UsageError(f"PRESSCAL_SMTP_URL {url!r}: expected smtp://user:pass@host:587?starttls=true or smtps://…")
        q = {k: v[-1].lower() for k, v in parse_qs(u.query).items()}
        self.host, self.ssl = u.hostname, u.scheme == "smtps"
        self.port = u.port or (465 if self.ssl else 25)
        self.starttls = q.get("starttls") in ("1", "true", "yes")
        self.user = unquote(u.username) if u.username else None
        self.password = unquote(u.password) if u.password else None
        self.timeout, self.cafile = timeout, cafile
        self.name = f"{u.scheme}://{self.host}:{self.port}"
        self._conn: smtplib.SMTP | None = None

    def _open(self) -> smtplib.SMTP:
        if self._conn is None:
            ctx = ssl.create_default_context(cafile=self.cafile)  # certificates are verified, always
            phase = "connect"
            conn: smtplib.SMTP | None = None
            try:
                if self.ssl:
                    phase = "connect/TLS"
                    conn = smtplib.SMTP_SSL(self.host, self.port, timeout=self.timeout, context=ctx)
                else:
                    conn = smtplib.SMTP(self.host, self.port, timeout=self.timeout)
                    if self.starttls:
                        phase = "STARTTLS"
                        conn.starttls(context=ctx)
                if self.user:
                    phase = "AUTH"
                    conn.login(self.user, self.password or "")
            except smtplib.SMTPResponseException as e:
                _quietly_close(conn)
                raise _server_error(phase, e.smtp_code, e.smtp_error, self.name) from e
            except (OSError, smtplib.SMTPException) as e:
                _quietly_close(conn)
                raise ServerError(f"{self.name}: {phase} failed: {one_line(str(e)) or type(e).__name__}", phase) from e
            self._conn = conn
        return self._conn

    def send(self, msg: Message, sender: str, recipient: str) -> None:
        """One transaction, each reply judged by its phase (RFC 5321): only a reply to RCPT TO is about
        the recipient (:class:`PermanentError` for 5xx, :class:`TransientError` for 4xx); any other
        failure is a :class:`ServerError`."""
        data = wire(msg)
        frm, rcpt = _envelope(sender), _envelope(recipient)
        reused = self._conn is not None
        conn = self._open()
        phase = "EHLO"
        try:
            conn.ehlo_or_helo_if_needed()
            phase = "MAIL FROM"
            try:
                code, reply = conn.mail(frm)
            except smtplib.SMTPServerDisconnected:
                if not reused:
                    raise
                self.close()  # the kept connection timed out between batches: one fresh try
                conn = self._open()
                conn.ehlo_or_helo_if_needed()
                code, reply = conn.mail(frm)
            if code != 250:
                raise self._abort(_server_error(phase, code, reply, self.name))
            phase = "RCPT TO"
            code, reply = conn.rcpt(rcpt)
            if code == 421:  # "service not available, closing": the server, not the address
                raise self._abort(_server_error(phase, code, reply, self.name))
            if code not in (250, 251):
                raise self._abort(_recipient_error(code, reply, self.name))
            phase = "DATA"
            code, reply = conn.data(data)  # raises if DATA itself is refused; returns the verdict on the message
            if code != 250:
                raise self._abort(_server_error(phase, code, reply, self.name))
        except smtplib.SMTPResponseException as e:  # DATA refused or the message refused after it
            raise self._abort(_server_error(phase, e.smtp_code, e.smtp_error, self.name)) from e
        except (OSError, smtplib.SMTPException) as e:
            self.close()
            raise ServerError(f"{self.name} dropped the connection at {phase}: {one_line(str(e))}", phase) from e

    def _abort(self, err: DeliveryError) -> DeliveryError:
        """End the failed transaction (RSET) so the connection can serve the next message; drop it on 421."""
        if getattr(err, "code", None) == 421:
            self.close()
        else:
            self._reset()
        return err

    def _reset(self) -> None:
        try:
            if self._conn is not None:
                self._conn.rset()
        except (OSError, smtplib.SMTPException):
            _quietly_close(self._conn)
            self._conn = None

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (OSError, smtplib.SMTPException):
                _quietly_close(self._conn)
            self._conn = None


def _quietly_close(conn: smtplib.SMTP | None) -> None:
    if conn is not None:
        try:
            conn.close()
        except OSError:
            pass


def _reply(text: bytes | str) -> str:
    return one_line(text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text))


def _recipient_error(code: int, text: bytes | str, where: str) -> DeliveryError:
    if 500 <= code < 600:
        return PermanentError(f"{where} refused the recipient: {code} {_reply(text)}", code)
    return TransientError(f"{where} deferred the recipient: {code} {_reply(text)}")


def _server_error(phase: str, code: int, text: bytes | str, where: str) -> ServerError:
    kind = "refused" if 500 <= code < 600 else "deferred"
    return ServerError(f"{where} {kind} at {phase}: {code} {_reply(text)}", phase, code)


class MaildirTransport:
    """The default without SMTP: every message becomes a file in a maildir."""

    def __init__(self, path: Path) -> None:
        import mailbox

        self.path = path
        self.name = f"maildir {path}"
        path.parent.mkdir(parents=True, exist_ok=True)
        self._box = mailbox.Maildir(str(path), create=True)

    def send(self, msg: Message, sender: str, recipient: str) -> None:
        _envelope(recipient)
        self._box.add(wire(msg))

    def close(self) -> None:
        pass


def default_maildir() -> Path:
    from platformdirs import user_data_dir

    return Path(user_data_dir("presscal")) / "maildir"


def transport_from_env(env: dict[str, str] | None = None) -> Transport:
    """SMTP when ``PRESSCAL_SMTP_URL`` is set (``PRESSCAL_SMTP_CAFILE``: a private CA to trust), else the
    maildir in the data directory (said in the log)."""
    env = dict(os.environ) if env is None else env
    url = env.get("PRESSCAL_SMTP_URL", "").strip()
    if url:
        cafile = env.get("PRESSCAL_SMTP_CAFILE") or None
        if cafile and not Path(cafile).is_file():  # else every send would "fail to connect" and retry for ever
            raise UsageError(f"PRESSCAL_SMTP_CAFILE {cafile!r}: no such file (a PEM file of CA certificates)")
        return SmtpTransport(url, cafile=cafile)
    path = Path(env["PRESSCAL_MAILDIR"]) if env.get("PRESSCAL_MAILDIR") else default_maildir()
    log.warning("PRESSCAL_SMTP_URL is not set: reminder emails are written to the maildir %s", path)
    return MaildirTransport(path)
