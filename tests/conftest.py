"""Shared fixtures.

Tests that need PostgreSQL, SMTP, the browser or ../shared may skip where those are missing
(a user's clone has no ../shared), but must *fail* when the CI environment variable is set:
use :func:`need` instead of ``pytest.skip`` for that.
"""

from __future__ import annotations

import os
import socket
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEEDS = ROOT / "seeds"
IN_CI = bool(os.environ.get("CI"))
PG_URL = os.environ.get("PRESSCAL_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")


def need(ok: bool, reason: str) -> None:
    """Skip when a service or ../shared is missing -- but fail under CI, where it must be there."""
    if ok:
        return
    if IN_CI:
        pytest.fail(f"required in CI: {reason}", pytrace=False)
    pytest.skip(reason)


def port_open(host: str, port: int, timeout: float = 0.5) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    need((SHARED / "eval" / "score.py").exists(), f"{SHARED} is not beside the clone")
    return SHARED


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'presscal.db'}"


@pytest.fixture
def pg_url() -> str:
    """A fresh, empty schema on the PostgreSQL server; dropped afterwards."""
    need(port_open("127.0.0.1", 5432), "no PostgreSQL server answers at 127.0.0.1:5432")
    import sqlalchemy as sa

    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as c:
        c.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    yield f"{PG_URL}?options=-csearch_path%3D{schema}"
    with admin.begin() as c:
        c.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Run a store test against a real SQLite file and against PostgreSQL."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'presscal.db'}"
    return request.getfixturevalue("pg_url")
