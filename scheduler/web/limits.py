"""HTTP limits of ``presscal serve`` (issue 13): uvicorn settings and a protocol that bound what one client
can hold. Imports nothing of the package."""

from __future__ import annotations

from typing import Any

MAX_HEADER_BYTES = 16 * 1024  # request line and headers
HEADER_TIMEOUT = 10.0  # seconds from a connection (or a request's first byte) to the end of its headers
KEEP_ALIVE = 5.0  # seconds an idle keep-alive connection is kept
MAX_CONNECTIONS = 1000  # open connections; the next one is answered 503 and closed


def http_limits(*, max_header_bytes: int = MAX_HEADER_BYTES, header_timeout: float = HEADER_TIMEOUT,
                keep_alive: float = KEEP_ALIVE, max_connections: int = MAX_CONNECTIONS) -> dict[str, Any]:
    """uvicorn.Config settings that bound what one client can hold: the size of a request's head, the time
    to send it, idle keep-alive time and the number of connections (``limit_concurrency`` also answers
    503 when that many requests are running at once).

    uvicorn's fast httptools protocol has no header limit or header timeout of its own (only its slower
    h11 one has a size limit), so a subclass adds both: the head's bytes are counted as they arrive, before
    the parser buffers them (an 88 MB header is refused at 16 KB with 431), and a timer closes a connection
    whose head is not complete in time (a slow-header client holds nothing for long)."""
    from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

    class LimitedHttpTools(HttpToolsProtocol):
        _head_timer: Any = None

        def connection_made(self, transport: Any) -> None:  # type: ignore[override]
            super().connection_made(transport)
            self._in_head, self._head_bytes, self._head_timer = True, 0, None
            if len(self.connections) > max_connections:
                self._refuse(b"503 Service Unavailable")
                return
            self._arm_head_timer()

        def _arm_head_timer(self) -> None:
            if self._head_timer is None:
                self._head_timer = self.loop.call_later(header_timeout, self._head_timed_out)

        def _head_timed_out(self) -> None:
            self._head_timer = None
            if self._in_head and not self.transport.is_closing():
                self._refuse(b"408 Request Timeout")

        def _refuse(self, status: bytes) -> None:
            self._in_head = False
            self.transport.write(b"HTTP/1.1 " + status + b"\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
            self.transport.close()

        def data_received(self, data: bytes) -> None:
            if self.transport.is_closing():
                return
            if self._in_head:
                self._head_bytes += len(data)
                if self._head_bytes > max_header_bytes:
                    self._refuse(b"431 Request Header Fields Too Large")
                    return
            super().data_received(data)

        def on_message_begin(self) -> None:
            super().on_message_begin()
            self._in_head = True
            self._arm_head_timer()

        def on_headers_complete(self) -> None:
            self._in_head, self._head_bytes = False, 0
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().on_headers_complete()

        def connection_lost(self, exc: Exception | None) -> None:
            if self._head_timer is not None:
                self._head_timer.cancel()
                self._head_timer = None
            super().connection_lost(exc)

    return {"http": LimitedHttpTools, "timeout_keep_alive": keep_alive, "limit_concurrency": max_connections,
            "h11_max_incomplete_event_size": max_header_bytes}
