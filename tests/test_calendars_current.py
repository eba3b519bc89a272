"""The committed calendars/ are what `presscal publish` builds from seeds/ today.

Only DTSTAMP, LAST-MODIFIED and CREATED may differ: they are the time the store last changed
each event, i.e. when the seeds were ingested. When this fails after a change to extraction or
feeds, rebuild and commit:

    presscal ingest seeds/ --db sqlite:////tmp/seeds.db && presscal publish --db sqlite:////tmp/seeds.db
"""

from __future__ import annotations

import re
from pathlib import Path

from scheduler.feeds.build import FEED_NAMES
from scheduler.feeds.publish import publish

from .web_helpers import ROOT, seeded_store

CALENDARS = ROOT / "calendars"
_VOLATILE = re.compile(rb"^(DTSTAMP|LAST-MODIFIED|CREATED):\d{8}T\d{6}Z\r\n", re.M)


def normalized(data: bytes) -> bytes:
    return _VOLATILE.sub(b"", data)


def test_calendars_match_a_fresh_build_from_seeds(tmp_path: Path) -> None:
    store = seeded_store(f"sqlite:///{tmp_path / 'seeds.db'}")
    out = tmp_path / "calendars"
    publish(store, out)
    committed = sorted(p.name for p in CALENDARS.glob("*.ics"))
    assert committed == sorted(f"{n}.ics" for n in FEED_NAMES), "calendars/ must hold exactly the published feeds"
    regions = sorted(p.name for p in (CALENDARS / "region").glob("*.ics"))
    assert regions == sorted(p.name for p in (out / "region").glob("*.ics")), "calendars/region/: one file a region"
    assert "kurskaya-oblast.ics" in regions
    committed += [f"region/{name}" for name in regions]
    stale = [name for name in committed
             if normalized((CALENDARS / name).read_bytes()) != normalized((out / name).read_bytes())]
    assert not stale, f"calendars/ is out of date ({', '.join(stale)}); rebuild it as the module docstring says"


def test_the_normalization_only_removes_change_times() -> None:
    data = (CALENDARS / "all.ics").read_bytes()
    removed = len(data) - len(normalized(data))
    assert removed == sum(len(m.group(0)) for m in _VOLATILE.finditer(data))
    assert b"\r\nUID:" in normalized(data) and b"\r\nSEQUENCE:" in normalized(data)
