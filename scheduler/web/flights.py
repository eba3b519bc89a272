"""Builds of feeds and pages under load (issue 13): one build per key however many requests wait, at most
BUILD_SLOTS at once, the previous bytes while a changed store's are rebuilt. Imports nothing of the package
but errors."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from starlette.concurrency import run_in_threadpool

from ..errors import PresscalError

BUILD_SLOTS = 2  # feed builds running at once (each holds a worker thread and a core)
BUILD_WAIT = 20.0  # seconds a request waits for its feed's build before a 503
STALE_AFTER = 0.5  # seconds a request waits for a rebuild before it gets the previous bytes


class Busy(PresscalError):
    """Too many feed builds at once: the request is answered 503 with Retry-After."""


class Flights:
    """Builds in worker threads, shared by the feed and page caches (issue 13): one build per key however
    many requests wait for it (awaited on the event loop, holding no thread), at most ``slots`` at once;
    a request that would start one more, or that waited BUILD_WAIT seconds, gets :class:`Busy`; with
    ``stale`` bytes of the variant at hand, a request that waited STALE_AFTER seconds gets those."""

    def __init__(self, slots: int = BUILD_SLOTS) -> None:
        self.slots, self.building = slots, 0
        self._inflight: dict[tuple, Any] = {}  # key -> asyncio.Future of the build under way
        self._tasks: set[Any] = set()

    async def get(self, key: tuple, build: Callable[[], Any], stale: Any = None) -> Any:
        import asyncio

        fut = self._inflight.get(key)
        if fut is None:
            if self.building >= self.slots:
                if stale is not None:
                    return stale
                raise Busy(f"{self.building} pages or feeds are being built; try again shortly")
            fut = asyncio.get_running_loop().create_future()
            fut.add_done_callback(lambda f: f.cancelled() or f.exception())  # retrieved even if nobody waits
            self._inflight[key] = fut
            self.building += 1
            self._tasks.add(asyncio.ensure_future(self._run(key, fut, build)))
        try:
            return await asyncio.wait_for(asyncio.shield(fut), STALE_AFTER if stale is not None else BUILD_WAIT)
        except TimeoutError:
            if stale is not None:
                return stale
            raise Busy(f"building took longer than {BUILD_WAIT:g} s; try again shortly") from None

    async def _run(self, key: tuple, fut: Any, build: Callable[[], Any]) -> None:
        try:
            fut.set_result(await run_in_threadpool(build))
        except Exception as e:  # noqa: BLE001 -- handed to every waiting request
            fut.set_exception(e)
        finally:
            self._inflight.pop(key, None)
            self.building -= 1
            self._tasks = {t for t in self._tasks if not t.done()}
