"""Use cases behind ``presscal publish`` and ``presscal serve`` (the CLI stays thin)."""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

from . import feeds
from .errors import UsageError

UTC = dt.timezone.utc  # noqa: UP017 (Python 3.10)
REPO_SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def feed_records(store: Any, now: dt.datetime) -> list:
    """What the feeds need: shown events, plus those hidden recently (listed as CANCELLED)."""
    return store.records(include_hidden=False, hidden_since=now - dt.timedelta(days=feeds.CANCELLED_DAYS))


def publish(store: Any, out: str | Path, *, now: dt.datetime | None = None) -> list[tuple[str, int, bool]]:
    """Write every feed into ``out``; returns (file name, bytes, changed). Unchanged files are not touched."""
    now = now or dt.datetime.now(UTC)
    built = feeds.build_all(feed_records(store, now), now=now)
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create {folder}: {e.strerror}") from None
    result = []
    for name, data in built.items():
        path = folder / name
        changed = not path.exists() or path.read_bytes() != data
        if changed:
            _atomic_write(path, data)
        result.append((name, len(data), changed))
    return result


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


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
    from .ingest import ingest

    summary = ingest(store, [str(folder)], progress=False)
    line = f"presscal: empty store: ingested {folder}: {summary.line()}"
    print(line, file=log)
    return line


def serve(db: str | None, *, host: str, port: int, seeds: str | None, scheduler: bool = True,
          base_url: str | None = None) -> int:
    """Seed an empty store, start the reminder scheduler beside the app, run uvicorn (one worker)."""
    import uvicorn

    from .store import open_store
    from .web import create_app

    if not 0 < port < 65536:
        raise UsageError(f"--port {port}: not a TCP port")
    store = open_store(db)
    ensure_seeded(store, seeds)
    handle = None
    if scheduler:
        from .jobs import start_background

        handle = start_background(store.url)
        print("presscal: reminder scheduler running beside the web app", file=sys.stderr)
    app = create_app(store, base_url=base_url)
    print(f"presscal: serving http://{host}:{port}/ (feeds at /calendars/all.ics)", file=sys.stderr)
    try:
        uvicorn.run(app, host=host, port=port, workers=1, log_level="info", server_header=False,
                    proxy_headers=False, access_log=False)
    finally:
        if handle is not None:
            handle.stop()
    return 0
