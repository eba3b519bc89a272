"""Query parameters of the web app, validated: event types and days (used by the feeds and the pages)."""

from __future__ import annotations

import datetime as dt
import re

from starlette.requests import Request

from ..errors import UsageError
from ..records import EVENT_TYPES


def parse_filters(request: Request, allowed: tuple[str, ...]) -> tuple[tuple[str, ...], dict[str, str]]:
    """Validated ``type`` values (repeated or comma-separated) and the other allowed parameters."""
    unknown = sorted(set(request.query_params) - {"type", *allowed})
    if unknown:
        raise UsageError(f"unknown parameter {unknown[0][:40]!r}; allowed: type, {', '.join(allowed)}")
    types: list[str] = []
    for value in request.query_params.getlist("type"):
        for t in filter(None, (v.strip() for v in value.split(","))):
            if t not in EVENT_TYPES:
                raise UsageError(f"unknown type {t[:40]!r}; types: {', '.join(EVENT_TYPES)}")
            if t not in types:
                types.append(t)
    other = {k: request.query_params[k] for k in allowed if k in request.query_params}
    return tuple(sorted(types)), other


def parse_day(value: str, what: str) -> dt.date:
    try:
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise UsageError(f"{what}={value[:40]!r} is not a date YYYY-MM-DD") from None
