"""``presscal sources …`` and ``presscal watch``: parsers and the thin commands over the watcher.

cli.py adds these parsers with :func:`add_parsers`; errors become exit codes there, as for every command.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Callable
from typing import Any

UTC = dt.UTC


def add_parsers(sub: Any, add_db: Callable[[argparse.ArgumentParser], None]) -> None:
    p = sub.add_parser("sources", help="press sites watched for new releases (feeds, sitemaps, news pages)")
    ssub = p.add_subparsers(dest="action", metavar="ACTION")
    ssub.required = True
    s = ssub.add_parser("add", help="watch a feed (RSS/Atom), a sitemap or a news-listing page")
    s.add_argument("url", metavar="URL", help="http(s) address of the feed, sitemap or listing page")
    s.add_argument("--name", help="a name to show (default: the address)")
    s.add_argument("--every", default="30m", metavar="DURATION", help="how often to check: 30m (default), 2h, 1d, 90s")
    s.add_argument("--lang", choices=("ru", "be", "en"), help="the site's language (picks the feed a page offers in it)")
    s.add_argument("--party", metavar="NAME", help="the side the site speaks for («Гомельская область»): added to "
                   "the events of its releases that name no party of that side")
    s.add_argument("--since", metavar="YYYY-MM-DD", help="ingest only articles dated on or after this day, and "
                   "walk the sitemap or paged listing back to it now (resumable: presscal watch continues it)")
    s.add_argument("--no-backfill", action="store_true", help="with --since: leave the walk back to presscal watch")
    add_db(s)
    s = ssub.add_parser("list", help="the sources, when each was last checked and its last error")
    s.add_argument("--json", action="store_true", help="JSON Lines output")
    add_db(s)
    s = ssub.add_parser("remove", help="stop watching a source (what it brought in stays)")
    s.add_argument("url", metavar="URL|ID", help="the source's address or number")
    add_db(s)
    s = ssub.add_parser("check", help="dry run: read a source now and list what would be ingested")
    s.add_argument("url", metavar="URL|ID", help="a source's address or number, or any feed/sitemap/page address")
    s.add_argument("--json", action="store_true", help="JSON Lines output, one line an article")
    add_db(s)
    p.set_defaults(func=cmd_sources)

    p = sub.add_parser("watch", help="poll the due sources and ingest new releases (runs also inside serve)")
    p.add_argument("--once", action="store_true", help="poll every due source once, then exit (for cron)")
    add_db(p)
    p.set_defaults(func=cmd_watch)


def _since(value: str | None) -> dt.date | None:
    from ..errors import UsageError

    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"--since {value!r}: expected a day YYYY-MM-DD") from None


def _t(v: dt.datetime | None) -> str | None:
    from .registry import aware

    v = aware(v)
    return v.strftime("%Y-%m-%dT%H:%M:%SZ") if v else None


def cmd_sources(args: argparse.Namespace) -> int:
    from ..store.reading import open_store
    from . import registry
    from .policy import format_every, parse_every

    store = open_store(args.db)
    if args.action == "add":
        src = registry.add_source(store, args.url, name=args.name, every=parse_every(args.every), lang=args.lang,
                                  since=_since(args.since), party=args.party)
        print(f"source {src.id}: {src.url}, checked every {format_every(src.every_seconds)}"
              f"{f' from {src.since}' if src.since else ''}; presscal watch (or serve) polls it")
        return _backfill(store, src) if src.since and not args.no_backfill else 0
    if args.action == "remove":
        src = registry.remove_source(store, args.url)
        print(f"removed source {src.id}: {src.url} (its documents stay in the store)")
        return 0
    if args.action == "check":
        return _check(store, args)
    counts = registry.counts(store)
    for src in registry.sources(store):
        n = counts.get(src.id or 0, {})
        row = {"id": src.id, "url": src.url, "name": src.name, "kind": src.kind or None, "feed_url": src.feed_url,
               "every": format_every(src.every_seconds), "lang": src.lang, "party": src.party,
               "since": src.since.isoformat() if src.since else None, "last_check": _t(src.last_check_at),
               "last_ok": _t(src.last_ok_at), "next_check": _t(src.next_check_at), "failures": src.failures,
               "last_result": src.last_result or None, "last_error": src.last_error, "articles": n.get("ok", 0),
               "failed": n.get("failed", 0) + n.get("robots", 0), "retry": n.get("retry", 0)}
        if args.json:
            print(json.dumps(row, ensure_ascii=False))
            continue
        print(f"{src.id:>3} {src.name or src.url} [{src.kind or 'not checked'}, every {row['every']}"
              f"{f', {src.party}' if src.party else ''}]"
              f"{'' if not src.name else f' {src.url}'}")
        print(f"    last check {row['last_check'] or 'never'}, next {row['next_check'] or 'now'}; "
              f"{row['articles']} articles, {row['failed']} failed, {row['retry']} to retry"
              f"{f'; {src.last_result}' if src.last_result else ''}")
        if src.last_error:
            print(f"    last error ({src.failures} in a row): {' '.join(src.last_error.split())}")
    return 0


def _backfill(store: Any, src: Any) -> int:
    """``sources add --since``: check the new source again and again until it has nothing left, with a
    progress bar on a terminal. Every article is recorded as it is written, so Ctrl-C loses nothing and
    ``presscal watch`` carries on from there."""
    from rich.console import Console
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    from . import registry
    from .watch import Watcher

    watcher = Watcher(store, workers=1)
    done = failed = 0
    try:
        if not watcher.heartbeat():
            print("another watcher polls this store; it walks the source back (presscal sources list shows how far)")
            return 0
        console = Console(stderr=True)
        with Progress(SpinnerColumn(), TextColumn("walking back to {task.fields[since]}"), TextColumn("{task.fields[info]}"),
                      TimeElapsedColumn(), console=console, transient=True, disable=not console.is_terminal) as bar:
            task = bar.add_task("backfill", total=None, since=src.since, info="")
            for _ in range(10_000):  # each check takes up to 100 articles and 20 older pages
                r = watcher.check(src, dt.datetime.now(UTC))
                done += r.new + r.updated + r.unchanged
                failed += r.failed
                bar.update(task, info=f"{done} articles ingested, {failed} failed")
                src = registry.find(store, str(src.id)) or src
                if r.error or r.status == "wait" or (not r.left and src.backfill in (None, "done")):
                    break
                watcher.heartbeat()
    finally:
        watcher.close()
    if src.last_error:
        print(f"walked back: {done} articles ingested, {failed} failed; stopped: {src.last_error} "
              "(presscal watch carries on)")
        return 0
    print(f"walked back to {src.since}: {done} articles ingested, {failed} failed")
    return 0


def _check(store: Any, args: argparse.Namespace) -> int:
    from . import registry
    from .models import Source
    from .watch import Watcher

    src = registry.find(store, args.url)
    if src is None:
        from ..errors import UsageError
        from ..store.ingest import is_url

        if not is_url(args.url):
            raise UsageError(f"{args.url!r}: neither a source (presscal sources list) nor an http(s) address")
        src = Source(id=0, url=args.url)
    watcher = Watcher(store, workers=1)
    try:
        report = watcher.check(src, dt.datetime.now(UTC), dry_run=True)
    finally:
        watcher.fetcher.close()
    if report.error:
        from ..errors import PresscalError

        raise PresscalError(report.error)
    for e in report.pending:
        if args.json:
            print(json.dumps({"url": e.url, "title": e.title or None, "date": e.date or None}, ensure_ascii=False))
        else:
            print(f"{e.date[:10] or '-':10} {e.url} {e.title[:80]}")
    print(f"{report.url}: {report.kind}, {report.listed} listed, {len(report.pending)} would be ingested, "
          f"{report.known} known; nothing written", file=sys.stderr if args.json else sys.stdout)
    return 0


def cmd_watch(args: argparse.Namespace) -> int:
    import logging

    from ..store.reading import open_store
    from .watch import Watcher, run_forever

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    watcher = Watcher(open_store(args.db))
    if not args.once:
        return run_forever(watcher)
    try:
        reports = watcher.poll(dt.datetime.now(UTC))
    finally:
        watcher.close()
    if reports is None:
        print(f"another watcher holds the lock on this store ({watcher.lease.current()}); standing by, nothing done")
        return 0
    for r in reports:
        print(r.line())
    print(f"{len(reports)} sources checked: {sum(r.new for r in reports)} new, {sum(r.updated for r in reports)} "
          f"updated articles; {sum(r.status == 'error' for r in reports)} sources failed")
    return 0
