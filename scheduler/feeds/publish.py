"""The use case behind ``presscal publish``: every feed written into a folder, unchanged files untouched."""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from pathlib import Path
from typing import Any

from ..errors import UsageError
from . import build as feeds

UTC = dt.timezone.utc  # noqa: UP017 (Python 3.10)


def feed_records(store: Any, now: dt.datetime) -> list:
    """What the feeds need: shown events, plus those hidden recently (listed as CANCELLED)."""
    return store.records(include_hidden=False, hidden_since=now - dt.timedelta(days=feeds.CANCELLED_DAYS))


def publish(store: Any, out: str | Path, *, now: dt.datetime | None = None) -> list[tuple[str, int, bool]]:
    """Write every feed into ``out``, and each region's into ``out/region/<slug>.ics``; returns (file name,
    bytes, changed). Unchanged files are not touched; a region's file whose region has no event left goes."""
    now = now or dt.datetime.now(UTC)
    records = feed_records(store, now)
    built = feeds.build_all(records, now=now)
    built.update({f"region/{slug}.ics": feeds.build_feed("region", records, now=now, party=party)
                  for party, slug, _ in feeds.regions(records)})
    folder = Path(out)
    try:
        (folder / "region").mkdir(parents=True, exist_ok=True)
    except OSError as e:
        raise UsageError(f"cannot create {folder / 'region'}: {e.strerror}") from None
    for old in (folder / "region").glob("*.ics"):
        if f"region/{old.name}" not in built:
            old.unlink()
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
