"""Issue 13, point 5: HTTP limits on the real server (uvicorn with presscal's limits, raw sockets on
loopback): a head over 16 KB, a head sent too slowly, idle connections, too many connections."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest

from scheduler.web.limits import MAX_HEADER_BYTES, http_limits

from .web_helpers import running_app, seeded_store

pytestmark = pytest.mark.faults
LIMITS = {"header_timeout": 1.0, "keep_alive": 1.0, "max_connections": 8}


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    store = seeded_store(f"sqlite:///{tmp_path_factory.mktemp('http') / 'seeds.db'}")
    with running_app(store, config=http_limits(**LIMITS)) as url:  # type: ignore[arg-type]
        yield url


def connect(base: str) -> socket.socket:
    host, port = base.removeprefix("http://").split(":")
    s = socket.create_connection((host, int(port)), timeout=10)
    return s


def read_all(s: socket.socket, limit: float = 10.0) -> bytes:
    """Everything until the server closes the connection (fails after ``limit`` seconds)."""
    s.settimeout(limit)
    out = b""
    while True:
        try:
            part = s.recv(65536)
        except ConnectionResetError:
            return out
        if not part:
            return out
        out += part


def request(base: str, extra: str = "") -> bytes:
    s = connect(base)
    s.sendall(f"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n{extra}Connection: close\r\n\r\n".encode())
    with s:
        return read_all(s)


def test_issue_13_a_head_over_16_kb_is_refused_and_one_under_is_served(base: str) -> None:
    assert request(base, f"X-Pad: {'a' * 12000}\r\n").startswith(b"HTTP/1.1 200")
    s = connect(base)
    with s:
        s.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        sent = 0
        try:
            while sent < 4 * 1024 * 1024:  # a header that never ends: cut off at the limit, not buffered
                s.sendall(b"X-Big: " + b"b" * 8000 + b"\r\n")
                sent += 8009
        except (BrokenPipeError, ConnectionResetError):
            pass
        answer = read_all(s)
    assert answer.startswith(b"HTTP/1.1 431"), answer[:80]  # (what the client managed to send sat in socket buffers)
    assert request(base).startswith(b"HTTP/1.1 200")
    assert MAX_HEADER_BYTES == 16 * 1024


def test_issue_13_a_slow_head_and_an_idle_connection_are_closed(base: str) -> None:
    slow, idle = connect(base), connect(base)
    with slow, idle:
        slow.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n")  # ... and the rest never comes
        t0 = time.monotonic()
        for s in (slow, idle):
            out = read_all(s, 10)
            assert out == b"" or out.startswith(b"HTTP/1.1 408"), out[:80]
        assert time.monotonic() - t0 < 5  # header timeout 1 s
    keep = connect(base)
    with keep:
        keep.sendall(b"GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        t0 = time.monotonic()
        out = read_all(keep, 10)  # the answer, then the keep-alive timeout (1 s) closes the connection
        assert out.startswith(b"HTTP/1.1 200") and time.monotonic() - t0 < 5


def test_issue_13_connections_beyond_the_cap_are_refused_and_served_again_later(base: str) -> None:
    held = [connect(base) for _ in range(LIMITS["max_connections"])]
    try:
        time.sleep(0.2)
        over = request(base)
        assert over == b"" or over.startswith(b"HTTP/1.1 503"), over[:80]
    finally:
        for s in held:
            s.close()
    time.sleep(0.3)
    assert request(base).startswith(b"HTTP/1.1 200")
