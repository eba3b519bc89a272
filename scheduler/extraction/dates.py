"""Dates in a text: scan with the grammar, then normalize against the publication date.

Two steps, so that the publication date can itself be inferred from what the scan found:

- :func:`scan` -> :class:`Cand` list (partial points such as "20 октября" with no year, relative units);
- :func:`resolve` -> :class:`Mention` list, given a :class:`Ref` (the publication day, year or nothing).

:func:`find_mentions` does both; :func:`parse_value` reads a value string back.
"""

from __future__ import annotations

from .normalize import resolve
from .points import Cand, Point, Ref, month_day, parse_value
from .scanner import scan
from .types import Mention, Published

__all__ = ["Cand", "Point", "Ref", "find_mentions", "month_day", "parse_value", "resolve", "scan"]


def find_mentions(text: str, published: Published | None, lang: str = "ru") -> list[Mention]:
    """Every calendar expression in ``text``, normalized against ``published``, sorted by start."""
    return resolve(text, scan(text), Ref.of(published))
