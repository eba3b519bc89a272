"""The command line: parses arguments, calls one use-case function, formats its result.

This is the only place where errors become exit codes. Imports are lazy so that
``presscal upcoming`` starts fast (no extractor, no web stack loaded).
Each ``cmd_*`` function belongs to the feature that owns it; keep them thin.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

EVENT_TYPES = ("meeting", "visit", "fair", "festival", "commemoration", "agreement", "plan", "other")


def _err(msg: str) -> None:
    """One line on stderr, whatever the message holds (a driver's multi-line text, a CR from a file name)."""
    print(f"presscal: error: {' '.join(str(msg).split())}", file=sys.stderr)


class _Parser(argparse.ArgumentParser):
    """argparse, but a wrong argument is one line (no usage dump) pointing at --help; exit status 2."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"{self.prog}: error: {' '.join(message.split())} (see {self.prog} --help)\n")


def _positive(value: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError(f"{value!r}: must be at least 1")
    return n


# --------------------------------------------------------------------------- extraction (issue 2, 3)


def cmd_extract(args: argparse.Namespace) -> int:
    import json

    from .errors import ExtractionError
    from .extraction import extract_paths

    fmt = args.format or ("table" if sys.stdout.isatty() else "jsonl")
    console = None
    if fmt == "table":
        from rich.console import Console

        from .extraction.render import render_table

        console = Console()
    failed = False
    for res in extract_paths(args.paths, published=args.published, events=not args.no_events):
        if isinstance(res, ExtractionError):
            failed = True
            sys.stdout.flush()
            _err(str(res))
            continue
        if console is not None:
            console.print(render_table(res))
        else:
            sys.stdout.write(json.dumps(res.to_dict(), ensure_ascii=False) + "\n")
    sys.stdout.flush()
    return 1 if failed else 0


# --------------------------------------------------------------------------- store (issue 4)


def cmd_ingest(args: argparse.Namespace) -> int:
    from .store.ingest import ingest
    from .store.reading import open_store, redact

    store = open_store(args.db)
    url_base = None
    if args.url_base:
        from .errors import UsageError

        url_base = args.url_base.strip().rstrip("/")
        if not url_base.startswith(("http://", "https://")) or any(c.isspace() or c in "?#\"<>" for c in url_base):
            raise UsageError(f"--url-base {args.url_base!r}: expected an http(s) address such as "
                             "https://example.org/releases")
    summary = ingest(store, args.paths, published=args.published, workers=args.workers,
                     progress=sys.stdout.isatty() and sys.stderr.isatty() and not args.quiet, batch_size=args.batch_size,
                     url_base=url_base)
    for msg in summary.errors:
        _err(msg)
    print(f"{summary.line()}; {store.counts()['event']} events in {redact(store.url)}")
    return 1 if summary.failed else 0


def cmd_upcoming(args: argparse.Namespace) -> int:
    import datetime as dt

    from .errors import UsageError
    from .listing import in_window_years, parse_day, write_jsonl, write_table
    from .store.api import today
    from .store.reading import open_store

    if args.days < 1:
        raise UsageError(f"--days {args.days}: must be at least 1")
    start = parse_day(args.from_, "--from") or today()
    in_window_years(start, "--from", args.from_ or start.isoformat())
    try:
        start + dt.timedelta(days=args.days)
    except OverflowError:
        raise UsageError(f"--days {args.days}: from {start} that goes past the year 9999") from None
    store = open_store(args.db, must_exist=True)
    rows = store.upcoming(today=start, days=args.days, types=args.types,
                          party=store.party(args.party) if args.party else None,
                          anniversaries=not args.no_anniversaries)
    (write_jsonl(rows, sys.stdout) if args.json else write_table(rows, sys.stdout, occurrences=True))
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from .errors import UsageError
    from .listing import parse_day, write_jsonl, write_table
    from .store.reading import open_store

    start, end = parse_day(args.from_, "--from"), parse_day(args.to, "--to")
    if start and end and end < start:
        raise UsageError(f"--to {args.to} is before --from {args.from_}")
    store = open_store(args.db, must_exist=True)
    rows = store.records(start=start, end=end, types=args.types, query=args.query, include_hidden=args.hidden,
                         party=store.party(args.party) if args.party else None)
    (write_jsonl(rows, sys.stdout) if args.json else write_table(rows, sys.stdout, occurrences=False))
    return 0


def cmd_event(args: argparse.Namespace) -> int:
    from .listing import show_event
    from .store.reading import open_store

    store = open_store(args.db, must_exist=True)
    if args.action == "show":
        r = store.record(args.id)
        show_event(r, store.corrections(r.id), as_json=args.json)
        return 0
    if args.action == "edit":
        fields = {k: getattr(args, k) for k in ("title", "start", "end", "time", "type", "location", "parties")
                  if getattr(args, k) is not None}
        if not fields:
            from .errors import UsageError

            raise UsageError("event edit: give at least one of --title --start --end --time --type --location "
                             "--parties")
        r = store.edit(args.id, author=os.environ.get("USER"), **fields)
    elif args.action == "hide":
        r = store.hide(args.id, author=os.environ.get("USER"))
    elif args.action == "unhide":
        r = store.unhide(args.id, author=os.environ.get("USER"))
    else:
        r = store.merge(args.id, args.other, author=os.environ.get("USER"))
    print(f"event {r.id}: {r.title} ({r.start}){' hidden' if r.hidden else ''}, sequence {r.sequence}")
    return 0


def cmd_db(args: argparse.Namespace) -> int:
    from .store.reading import Store, default_url, open_store, redact

    if args.action == "path":
        print(redact(Store(args.db or default_url()).url))
        return 0
    store = open_store(args.db, create_folder=True)
    print(f"{redact(store.url)}: schema at revision {store.revision()}")
    return 0


# --------------------------------------------------------------------------- feeds and web (issue 5)


def cmd_publish(args: argparse.Namespace) -> int:
    from .feeds.publish import publish
    from .store.reading import open_store

    rows = publish(open_store(args.db, must_exist=True), args.out)
    for name, size, changed in rows:
        print(f"{args.out.rstrip('/')}/{name}\t{size} bytes\t{'written' if changed else 'unchanged'}")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    from .web.serve import serve

    return serve(args.db, host=args.host, port=args.port, seeds=args.seeds, scheduler=not args.no_scheduler,
                 base_url=args.base_url, allowed_hosts=args.allowed_host)


# --------------------------------------------------------------------------- reminders (issue 6)


def _remind_now(value: str | None):  # noqa: ANN202 -- datetime, imported lazily
    import datetime as dt
    from zoneinfo import ZoneInfo

    from .errors import UsageError

    if not value:
        return None
    from .listing import in_window_years

    try:
        t = dt.datetime.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--now {value!r}: expected an ISO date-time such as 2025-12-01T09:00") from None
    in_window_years(t.date(), "--now", value)
    return t.replace(tzinfo=ZoneInfo("Europe/Minsk")) if t.tzinfo is None else t


def cmd_remind(args: argparse.Namespace) -> int:
    import datetime as dt
    import logging

    from .reminders.jobs import Reminders, make_clock, run_forever
    from .reminders.mail import transport_from_env
    from .store.reading import open_store

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    now = _remind_now(args.now)
    store = open_store(args.db, must_exist=True)
    if not args.dry_run:
        from .reminders.subscriptions import base_url_notice

        notice = base_url_notice()
        if notice:
            logging.getLogger("presscal.mail").warning(notice)
    if args.dry_run:
        runner = Reminders(store, transport=None)  # type: ignore[arg-type]
        when = now or dt.datetime.now(dt.timezone.utc)  # noqa: UP017
        groups = list(runner.due(when, when - dt.timedelta(days=1)))  # what falls due in the day up to --now
        for line in runner.describe(groups):
            print(line)
        print(f"{sum(len(g.recipients) for g in groups if not g.missed)} reminders due at {when.isoformat()}, "
              f"{sum(len(g.recipients) for g in groups if g.missed)} too late (would be recorded as missed); nothing written")
        return 0
    runner = Reminders(store, transport_from_env())
    if not args.once:
        return run_forever(runner, make_clock(now))
    import signal

    for sig in (signal.SIGTERM, signal.SIGINT):  # --once too: stop after the message in flight, release, exit 0
        signal.signal(sig, lambda *_: runner.request_stop())
    try:
        report = runner.run_once(now or dt.datetime.now(dt.timezone.utc), describe=True)  # noqa: UP017
    finally:
        if runner.active:
            runner.lease.release()
    if report is None:
        held = runner.lease.current()
        who = f" ({held[0]}, until {held[1]:%Y-%m-%d %H:%M} UTC)" if held else ""
        _err(f"another scheduler holds the lock on this store{who}: nothing was planned or sent; "
             "it sends the reminders itself, or run again once it has stopped")
        return 1
    for line in report.lines:
        print(line)
    print(f"planned {report.planned}, sent {report.sent}, retry {report.retry}, dead {report.dead}, "
          f"missed {report.missed + report.expired} (via {runner.transport.name})")
    if report.server_error:
        print(f"SMTP server failure, every row kept for a later try: {report.server_error}", file=sys.stderr)
        return 1
    if report.retry or report.dead:
        _err(f"{report.retry + report.dead} deliveries failed ({report.retry} will be retried, {report.dead} "
             "given up): see presscal outbox --state retry / --state dead")
        return 1
    return 0


def cmd_subscribe(args: argparse.Namespace) -> int:
    from .reminders.subscriptions import subscribe
    from .store.reading import open_store

    types = ",".join(args.types) if args.types else None  # --types a,b or --types a --types b
    sub = subscribe(open_store(args.db), args.email, types=types, leads=args.lead, country=args.country,
                    hour=args.hour, parties=args.party)
    print(f"subscribed {sub.email}: types {sub.types or 'all'}, parties {sub.parties or 'all'}, "
          f"leads {sub.leads or 'default'}, {sub.country}, {sub.hour:02d}:00 {sub.tz}")
    return 0


def cmd_unsubscribe(args: argparse.Namespace) -> int:
    from .reminders.subscriptions import unsubscribe
    from .store.reading import open_store

    unsubscribe(open_store(args.db, must_exist=True), args.email)
    print(f"unsubscribed {args.email.strip()}")
    return 0


def cmd_subscriptions(args: argparse.Namespace) -> int:
    import json

    from .reminders.subscriptions import subscriptions
    from .store.reading import open_store

    for s in subscriptions(open_store(args.db, must_exist=True)):
        row = {"email": s.email, "types": s.types.split(",") if s.types else [],
               "parties": s.parties.split(";") if s.parties else [],
               "leads": [int(x) for x in s.leads.split(",")] if s.leads else None,
               "country": s.country, "hour": s.hour, "tz": s.tz, "active": s.active}
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
        else:
            print(f"{s.email:40} {'active' if s.active else 'off':6} {s.types or 'all':30} "
                  f"{s.leads or 'default':12} {s.country} {s.hour:02d}:00")
    return 0


def cmd_outbox(args: argparse.Namespace) -> int:
    import json

    from .reminders.outbox import listing, server_fault
    from .store.reading import open_store

    engine = open_store(args.db, must_exist=True).engine
    fault = server_fault(engine)
    if fault is not None:  # on stderr: the listing itself stays one row a line for scripts
        print(f"SMTP server failure: {fault[0]} rows waiting; the latest: {fault[1]}", file=sys.stderr)
    for r in listing(engine, args.state):
        if args.json:
            print(json.dumps({k: (v.isoformat() if hasattr(v, "isoformat") else v) for k, v in r.items()},
                             ensure_ascii=False))
        else:
            print(f"{r['state']:8} {r['due_at']:%Y-%m-%d %H:%M}Z {r['kind']:12} {r['lead_days']:>4}d "
                  f"{r['occurrence']} {r['recipient']:30} try {r['attempts']} {r['subject'] or r['last_error'] or ''}")
    return 0


# --------------------------------------------------------------------------- parser


def _add_db(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--db",
        default=os.environ.get("PRESSCAL_DB"),
        metavar="URL",
        help="database URL (default: $PRESSCAL_DB, else a SQLite file in the user data directory); "
        "e.g. sqlite:///cal.db or postgresql+psycopg://user@127.0.0.1/test",
    )


_PARTY_HELP = "only this side's events: a name or slug, e.g. 'Курская область' or kurskaya-oblast"


def build_parser() -> argparse.ArgumentParser:
    from . import __version__

    ap = _Parser(
        prog="presscal",
        description="Event calendar and reminder scheduler built from press releases.",
        epilog="Exit status: 0 done; 1 an error, some documents failed (the others were stored), or remind --once "
        "found another scheduler holding the lock or a delivery failed; 2 bad arguments or values (a store file "
        "that does not exist, for a command that only reads); 130 interrupted (Ctrl-C).",
    )
    ap.add_argument("--version", action="version", version=f"presscal {__version__}")
    sub = ap.add_subparsers(dest="command", metavar="COMMAND")
    sub.required = True

    p = sub.add_parser("extract", help="find dates and events in press releases and print them")
    p.add_argument("paths", nargs="+", metavar="PATH", help="file, folder (recursive: .txt .md .html .htm) or - for stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="the publication date, when you know it")
    p.add_argument("--format", choices=("jsonl", "table"), default=None,
                   help="jsonl (the contract of FORMAT.md) or table (default on a terminal)")
    p.add_argument("--no-events", action="store_true", help="dates only (faster)")
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("ingest", help="extract press releases (files, folders, http(s) URLs) into the store")
    p.add_argument("paths", nargs="+", metavar="PATH|URL",
                   help="file, folder (recursive: .txt .md .html .htm), http(s) URL, or - for one document on stdin")
    p.add_argument("--published", metavar="YYYY-MM-DD", help="publication date for all given documents")
    p.add_argument("--workers", type=_positive, default=None, help="extraction processes (default: CPU count)")
    p.add_argument("--quiet", action="store_true", help="no progress bar, only the summary")
    p.add_argument("--url-base", metavar="URL", help="public address of the files' folder: a file without its own "
                   "'Source URL:' line is published as URL/<file name> (else only its name is shown)")
    p.add_argument("--batch-size", type=_positive, default=1000, metavar="N", help="documents per transaction (default 1000)")
    _add_db(p)
    p.set_defaults(func=cmd_ingest)

    p = sub.add_parser("upcoming", help="the next occurrences of stored events (yearly days expanded)")
    p.add_argument("--days", type=int, default=30, help="how far ahead (default 30)")
    p.add_argument("--from", dest="from_", metavar="DATE", help="start day (default today)")
    p.add_argument("--type", dest="types", action="append", choices=EVENT_TYPES, help="only this type (repeatable)")
    p.add_argument("--party", metavar="REGION", help=_PARTY_HELP)
    p.add_argument("--no-anniversaries", action="store_true",
                   help="leave out the anniversaries of signings and historic events (listed by default)")
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    _add_db(p)
    p.set_defaults(func=cmd_upcoming)

    p = sub.add_parser("events", help="the whole stored history of events")
    p.add_argument("--from", dest="from_", metavar="DATE", help="only events ending on or after this day (YYYY-MM-DD)")
    p.add_argument("--to", metavar="DATE", help="only events starting on or before this day (YYYY-MM-DD)")
    p.add_argument("--type", dest="types", action="append", choices=EVENT_TYPES, help="only this type (repeatable)")
    p.add_argument("--query", metavar="TEXT", help="only events whose title, place or evidence contains TEXT")
    p.add_argument("--hidden", action="store_true", help="include hidden events")
    p.add_argument("--party", metavar="REGION", help=_PARTY_HELP)
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    _add_db(p)
    p.set_defaults(func=cmd_events)

    p = sub.add_parser("event", help="show or correct one event (corrections survive re-ingest)")
    esub = p.add_subparsers(dest="action", metavar="ACTION")
    esub.required = True
    e = esub.add_parser("show", help="an event with its sources and corrections")
    e.add_argument("id", type=int, help="the event's number (the ID column of upcoming / events)")
    e.add_argument("--json", action="store_true", help="one JSON object")
    _add_db(e)
    e = esub.add_parser("edit", help="correct fields of an event (the correction wins over later re-extraction)")
    e.add_argument("id", type=int, help="the event's number")
    e.add_argument("--title", help="one line")
    e.add_argument("--start", metavar="DATE", help="YYYY-MM-DD, YYYY-MM, YYYY or XXXX-MM-DD (every year); years 1000-2999")
    e.add_argument("--end", metavar="DATE", help="last day, same forms, not before --start")
    e.add_argument("--time", metavar="HH:MM", help="time of day, Minsk")
    e.add_argument("--type", choices=EVENT_TYPES, help="event type")
    e.add_argument("--location", help="place, one line")
    e.add_argument("--parties", metavar="'A; B'",
                   help="the sides, Russian names separated by ';', e.g. 'Республика Беларусь; Курская область' "
                   "('' clears them)")
    _add_db(e)
    e = esub.add_parser("hide", help="hide an event (feeds mark it CANCELLED for a while)")
    e.add_argument("id", type=int, help="the event's number")
    _add_db(e)
    e = esub.add_parser("unhide", help="show a hidden event again")
    e.add_argument("id", type=int, help="the event's number")
    _add_db(e)
    e = esub.add_parser("merge", help="merge the second event into the first")
    e.add_argument("id", type=int, help="the event that stays")
    e.add_argument("other", type=int, help="the event whose sources move to ID; it is hidden")
    _add_db(e)
    p.set_defaults(func=cmd_event)

    p = sub.add_parser("db", help="store maintenance: where it is, upgrade its schema")
    dsub = p.add_subparsers(dest="action", metavar="ACTION")
    dsub.required = True
    d = dsub.add_parser("upgrade", help="apply schema migrations (Alembic)")
    _add_db(d)
    d = dsub.add_parser("path", help="print the database URL in use")
    _add_db(d)
    p.set_defaults(func=cmd_db)

    p = sub.add_parser("publish", help="write the iCalendar feeds as files")
    p.add_argument("--out", default="calendars", metavar="DIR", help="folder to write the .ics files into (default calendars/)")
    _add_db(p)
    p.set_defaults(func=cmd_publish)

    p = sub.add_parser("serve", help="serve the feeds and the web page; run the reminder scheduler")
    p.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--no-scheduler", action="store_true", help="do not run the reminder scheduler beside the web app")
    p.add_argument("--seeds", default="seeds", help="corpus ingested on first start with an empty store")
    p.add_argument("--base-url", metavar="URL",
                   help="public address used in subscribe links (default: the address served on)")
    p.add_argument("--allowed-host", action="append", metavar="HOST",
                   help="a host name clients may use (repeatable); others get 400, and links follow the one used")
    _add_db(p)
    p.set_defaults(func=cmd_serve)

    p = sub.add_parser("remind", help="run the reminder scheduler alone")
    p.add_argument("--once", action="store_true", help="plan and dispatch once, then exit")
    p.add_argument("--now", metavar="DATETIME", help="pretend it is this time (ISO, local Europe/Minsk unless a zone is given)")
    p.add_argument("--dry-run", action="store_true", help="only print what is due at --now; write and send nothing")
    _add_db(p)
    p.set_defaults(func=cmd_remind)

    p = sub.add_parser("subscribe", help="receive reminder emails")
    p.add_argument("email", help="the address (local@domain); subscribing again updates the settings")
    p.add_argument("--types", metavar="T,T", action="append",
                   help="comma-separated event types, or the option repeated (default all)")
    p.add_argument("--party", action="append", metavar="REGION",
                   help="only this side's events (repeatable): a name or slug, e.g. kurskaya-oblast (default all)")
    p.add_argument("--lead", metavar="DAYS", help="comma-separated lead days, e.g. 30,7,1")
    p.add_argument("--country", default="BY", choices=("BY", "RU"), help="working-day calendar (default BY)")
    p.add_argument("--hour", type=int, default=9, help="local hour to send at (default 9)")
    _add_db(p)
    p.set_defaults(func=cmd_subscribe)

    p = sub.add_parser("unsubscribe", help="stop reminder emails")
    p.add_argument("email", help="the subscribed address")
    _add_db(p)
    p.set_defaults(func=cmd_unsubscribe)

    p = sub.add_parser("subscriptions", help="list subscriptions")
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    _add_db(p)
    p.set_defaults(func=cmd_subscriptions)

    p = sub.add_parser("outbox", help="list reminder deliveries and their states")
    p.add_argument("--state", choices=("pending", "sending", "sent", "retry", "dead", "missed"), help="only this state")
    p.add_argument("--json", action="store_true", help="JSON Lines output")
    _add_db(p)
    p.set_defaults(func=cmd_outbox)

    from .sources.commands import add_parsers as add_source_parsers  # issue 14: sources, watch

    add_source_parsers(sub, _add_db)
    _describe(sub)
    return ap


def _describe(sub: argparse._SubParsersAction) -> None:
    """Each command's --help opens with the line the command list shows for it."""
    for action in sub._choices_actions:
        parser = sub.choices[action.dest]
        if parser.description is None:
            parser.description = action.help
        for inner in parser._subparsers._group_actions if parser._subparsers else ():
            if isinstance(inner, argparse._SubParsersAction):
                _describe(inner)


def main(argv: Sequence[str] | None = None) -> int:
    from .errors import PresscalError

    try:
        args = build_parser().parse_args(argv)
        return int(args.func(args) or 0)
    except PresscalError as e:
        _err(str(e))
        return e.exit_code
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: point stdout at /dev/null so the
        # interpreter's final flush does not raise again, and end quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as e:  # noqa: BLE001 -- never a traceback for the user; PRESSCAL_DEBUG=1 shows it
        if os.environ.get("PRESSCAL_DEBUG"):
            raise
        _err(_unexpected(e))
        return 1


def _unexpected(e: Exception) -> str:
    """One line for an error nobody raised on purpose: the database, the disk, or a bug."""
    module = type(e).__module__.split(".")[0]
    if module in ("sqlalchemy", "sqlite3", "psycopg", "alembic"):
        from .store.connection import db_error

        return f"database error: {db_error(e)}"
    if isinstance(e, OSError):
        where = f"{e.filename}: " if e.filename else ""
        return f"{where}{e.strerror or e}"
    return f"unexpected {type(e).__name__}: {e} (run with PRESSCAL_DEBUG=1 to see where)"


if __name__ == "__main__":
    sys.exit(main())
