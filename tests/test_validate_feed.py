"""Every feed, served by uvicorn on loopback, passes ../shared/ical/validate_feed.sh (eleven parsers
and clients plus the HTTP checks), on a store holding the seeds and on one with ~2,000 generated events."""

from __future__ import annotations

import subprocess
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from scheduler.feeds.build import FEED_NAMES

from .conftest import SHARED, need
from .web_helpers import generated_store, running_app, seeded_store

VALIDATOR = SHARED / "ical" / "validate_feed.sh"
pytestmark = [pytest.mark.shared, pytest.mark.slow]


@pytest.fixture(scope="module")
def validator() -> Path:
    need(VALIDATOR.exists(), f"{VALIDATOR} is not beside the clone")
    setup = subprocess.run(["bash", str(VALIDATOR), "--setup-only"], capture_output=True, text=True, timeout=1800)
    need(setup.returncode == 0, f"the validator's toolchain could not be set up: {setup.stderr[-500:]}")
    return VALIDATOR


def validate(validator: Path, url: str) -> tuple[str, int, str]:
    p = subprocess.run(["bash", str(validator), "--require-all", url], capture_output=True, text=True, timeout=900,
                       cwd="/tmp")
    return url, p.returncode, p.stdout + p.stderr


def validate_all(validator: Path, base: str, regions: tuple[str, ...] | list[str] = ()) -> None:
    urls = [f"{base}/calendars/{name}.ics" for name in FEED_NAMES]
    urls += [f"{base}/calendars/region/{slug}.ics" for slug in regions]
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda u: validate(validator, u), urls))
    failed = [f"{url}: exit {rc}\n{out}" for url, rc, out in results if rc != 0]
    assert not failed, "\n\n".join(failed)
    for _, _, out in results:
        assert "0 failed, 0 skipped" in out and "FAIL" not in out, out
        assert "PASS  http:" in out or "> 1 MB" in out, out  # the only HTTP warning allowed: a big feed


@pytest.fixture
def seeds_app(tmp_path: Path) -> Iterator[tuple[str, list[str]]]:
    store = seeded_store(f"sqlite:///{tmp_path / 'seeds.db'}")
    with running_app(store) as url:
        yield url, [slug for _, slug, _ in store.parties()]


@pytest.fixture
def generated_app(tmp_path: Path) -> Iterator[str]:
    store = generated_store(f"sqlite:///{tmp_path / 'gen.db'}", n_docs=300, per_doc=10, seed=7)
    assert store.counts()["event"] >= 2000
    with running_app(store) as url:
        yield url


def test_every_feed_of_the_seeds_passes_the_validator(validator: Path, seeds_app: tuple[str, list[str]]) -> None:
    base, regions = seeds_app
    assert "kurskaya-oblast" in regions and len(regions) >= 5
    validate_all(validator, base, regions)  # each region's own calendar too (issue 12)


def test_every_feed_of_thousands_of_events_passes_the_validator(validator: Path, generated_app: str) -> None:
    validate_all(validator, generated_app, ["bryanskaya-oblast"])
