"""The use case behind ``presscal serve``: seed an empty store, start the reminder scheduler, run uvicorn."""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any

from ..errors import UsageError

REPO_SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def find_seeds(seeds: str | None) -> Path | None:
    """The seeds folder: as given, else the one beside the package (a source checkout)."""
    for p in (Path(seeds) if seeds else None, REPO_SEEDS):
        if p is not None and p.is_dir():
            return p
    return None


def ensure_seeded(store: Any, seeds: str | None, log: Any = sys.stderr) -> str | None:
    """On first start with an empty store, ingest the seeds so the calendar is not empty."""
    if store.counts().get("document", 0):
        return None
    folder = find_seeds(seeds)
    if folder is None:
        print("presscal: the store is empty and no seeds folder was found; starting empty", file=log)
        return None
    from ..store.ingest import ingest

    summary = ingest(store, [str(folder)], progress=False)
    line = f"presscal: empty store: ingested {folder}: {summary.line()}"
    print(line, file=log)
    return line


def serve(db: str | None, *, host: str, port: int, seeds: str | None, scheduler: bool = True,
          base_url: str | None = None, allowed_hosts: list[str] | None = None) -> int:
    """Seed an empty store, start the reminder scheduler beside the app, run uvicorn (one worker)."""

    from ..store.reading import open_store
    from ..web.app import create_app

    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: not a TCP port")
    if base_url is not None:
        from ..reminders.mail import check_base_url

        base_url = check_base_url(base_url, "--base-url")
    if scheduler:  # the scheduler's settings are checked before anything is seeded or served
        from ..reminders.jobs import env_seconds
        from ..reminders.mail import (
            DEFAULT_BASE_URL,
            DEFAULT_SENDER,
            check_base_url,
            check_sender,
            transport_from_env,
        )

        check_sender(os.environ.get("PRESSCAL_MAIL_FROM") or DEFAULT_SENDER)
        check_base_url(os.environ.get("PRESSCAL_BASE_URL") or DEFAULT_BASE_URL)
        for name, default in (("PRESSCAL_LEASE_SECONDS", 90), ("PRESSCAL_TICK_SECONDS", 15), ("PRESSCAL_PLAN_SECONDS", 60)):
            env_seconds(name, default)
    limits = http_limits_from_env()
    sock = listen(host, port)  # before seeding and the scheduler: a port in use is said at once, in one line
    handle = watching = None
    try:
        transport = transport_from_env() if scheduler else None
        store = open_store(db)
        ensure_seeded(store, seeds)
        if scheduler:
            from ..reminders.jobs import start_background
            from ..reminders.subscriptions import base_url_notice

            handle = start_background(store.url, transport=transport)
            print("presscal: reminder scheduler running beside the web app", file=sys.stderr)
            if notice := base_url_notice():
                print(f"presscal: warning: {notice}", file=sys.stderr)
            from ..sources.watch import start_background as start_watching  # issue 14

            watching = start_watching(store.url)
        app = create_app(store, base_url=base_url, allowed_hosts=allowed_hosts)
        print(f"presscal: serving http://{host}:{port}/ (feeds at /calendars/all.ics)", file=sys.stderr)
        config = uvicorn_config(app, host, port, limits)
        _serve_until_signal(config, sock, handle)
    finally:
        sock.close()
        if handle is not None:
            handle.stop()
        if watching is not None:
            watching.stop()
    return 0


def uvicorn_config(app: Any, host: str, port: int, limits: dict[str, Any]) -> Any:
    """The uvicorn configuration of ``presscal serve`` (bench/serve.py runs its raw-ASGI floor on the same)."""
    import uvicorn

    return uvicorn.Config(app, host=host, port=port, workers=1, log_level="info", server_header=False,
                          proxy_headers=False, access_log=False, timeout_graceful_shutdown=GRACEFUL_SECONDS, **limits)


def http_limits_from_env() -> dict[str, Any]:
    """The HTTP limits of ``presscal serve`` (limits.http_limits), each settable from the environment:
    PRESSCAL_HTTP_MAX_CONNECTIONS (1000), PRESSCAL_HTTP_HEADER_TIMEOUT (10 s), PRESSCAL_HTTP_KEEPALIVE (5 s)."""
    from ..reminders.jobs import env_seconds
    from . import limits

    raw = os.environ.get("PRESSCAL_HTTP_MAX_CONNECTIONS", "").strip()
    if raw and not (raw.isdigit() and 1 <= int(raw) <= 100_000):
        raise UsageError(f"PRESSCAL_HTTP_MAX_CONNECTIONS {raw!r}: expected a whole number from 1 to 100000 "
                         f"(default {limits.MAX_CONNECTIONS})")
    return limits.http_limits(max_connections=int(raw) if raw else limits.MAX_CONNECTIONS,
                              header_timeout=env_seconds("PRESSCAL_HTTP_HEADER_TIMEOUT", limits.HEADER_TIMEOUT),
                              keep_alive=env_seconds("PRESSCAL_HTTP_KEEPALIVE", limits.KEEP_ALIVE))


GRACEFUL_SECONDS = 3  # requests still running on SIGTERM get this long; the whole exit stays within 5 s


def _serve_until_signal(config: Any, sock: Any, handle: Any) -> None:
    """Run uvicorn until SIGTERM or SIGINT; the reminder scheduler is told at once to stop after the message
    in flight, so it winds down while uvicorn drains its connections.

    uvicorn re-raises the signal it stopped on once it is done (a SIGTERM would then kill the process
    with 143 before the lease is given back): the handlers in place while it runs are no-ops, so the
    re-raised signal only ends ``run`` and the caller's ``finally`` releases the lease; the exit code is 0.
    """
    import signal

    import uvicorn

    class Server(uvicorn.Server):
        def handle_exit(self, sig: int, frame: Any) -> None:
            if handle is not None:
                handle.runner.request_stop()
            super().handle_exit(sig, frame)

    import threading

    main = threading.current_thread() is threading.main_thread()  # signals can be handled there only
    before = {sig: signal.signal(sig, lambda *_: None) for sig in (signal.SIGTERM, signal.SIGINT)} if main else {}
    try:
        Server(config).run(sockets=[sock])
    except KeyboardInterrupt:  # a Ctrl-C while uvicorn was not listening for it: end cleanly all the same
        pass
    finally:
        for sig, h in before.items():
            signal.signal(sig, h)


def listen(host: str, port: int) -> Any:
    """A socket bound to (host, port) for uvicorn; a one-line error for an unknown host or a port in use."""
    import socket

    from ..errors import PresscalError

    try:
        family, kind, proto, _, addr = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM,
                                                          flags=socket.AI_PASSIVE)[0]
    except (socket.gaierror, UnicodeError) as e:
        raise UsageError(f"--host {host!r}: {getattr(e, 'strerror', None) or e}") from None
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(addr)
    except OSError as e:
        sock.close()
        raise PresscalError(f"cannot listen on {host}:{port}: {e.strerror or e}") from None
    sock.set_inheritable(True)
    return sock
