"""presscal: an event calendar and reminder scheduler built from press releases.

Public API (imports are lazy, so ``import scheduler`` is cheap)::

    import scheduler
    doc = scheduler.extract("Сегодня, 20 октября, в Минске состоялось заседание ...", published="2017-10-20")
    for ev in scheduler.upcoming(days=30):          # default store, or db="sqlite:///cal.db"
        print(ev.start, ev.title)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["extract", "upcoming", "events", "ingest", "PresscalError"]

if TYPE_CHECKING:  # pragma: no cover
    from .errors import PresscalError


def __getattr__(name: str) -> Any:
    if name == "extract":
        from .extraction import extract_text

        return extract_text
    if name in ("upcoming", "events", "ingest"):
        from .store import api

        return getattr(api, name)
    if name == "PresscalError":
        from .errors import PresscalError

        return PresscalError
    raise AttributeError(name)
