"""Output of ``presscal upcoming / events / event show``: a table on a terminal, plain lines when piped,
JSON Lines with ``--json`` (``EventRecord.to_json()``, plus ``date``/``end_date`` for occurrences)."""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from .errors import UsageError

WINDOW_YEARS = (1000, 8999)  # --from / --now: windows computed from these never run off the calendar


def in_window_years(day: dt.date, flag: str, value: str) -> None:
    """A UsageError unless ``day`` lies in WINDOW_YEARS."""
    lo, hi = WINDOW_YEARS
    if not lo <= day.year <= hi:
        raise UsageError(f"{flag} {value!r}: the year must be between {lo} and {hi}")


def parse_day(value: str | None, flag: str) -> dt.date | None:
    """A user's YYYY-MM-DD, or a UsageError naming the flag and the value."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{flag} {value!r}: not a date (want YYYY-MM-DD, e.g. 2026-04-02)") from None


_CONTROLS = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def plain(value: Any) -> str:
    """A value made safe for a terminal and for one TSV field: control characters (ESC, OSC, BEL, tab,
    line breaks …) become spaces. Stores written before ingest dropped them may still hold some."""
    return _CONTROLS.sub(" ", "" if value is None else str(value))


def _when(r: Any) -> str:
    start = r.first_start
    when = start if not r.end else f"{start}/{r.end}"
    return f"{when} yearly" if r.recurrence == "yearly" and when else when


def write_jsonl(rows: Sequence[Any], out: TextIO) -> None:
    for row in rows:
        out.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")


def write_table(rows: Sequence[Any], out: TextIO, *, occurrences: bool) -> None:
    """Rich table when ``out`` is a terminal, else one plain tab-separated line per row."""
    lines = []
    for row in rows:
        r = row.record if occurrences else row
        if occurrences and (len(r.start or "") == 10 or r.recurrence == "yearly"):  # a day: the occurrence's
            when = row.date.isoformat() + (f"/{row.end.isoformat()}" if row.end else "")
        elif occurrences:  # a month or a year: as precise as the text was
            when = (r.start or "") + (f"/{r.end}" if r.end else "")
        else:
            when = _when(r) or "—"
        if r.time:
            when += f" {r.time}"
        flag = " (hidden)" if r.hidden else ""
        if occurrences and getattr(row, "anniversary", None) is not None:  # marked: not the event itself
            lines.append(tuple(plain(v) for v in (row.date.isoformat(), "anniversary", row.label + flag,
                                                  r.location or "", r.id)))
            continue
        lines.append(tuple(plain(v) for v in (when, r.type, r.title + flag, r.location or "", r.id)))
    if out.isatty():
        from rich.console import Console
        from rich.table import Table
        from rich.text import Text

        table = Table(show_lines=False, header_style="bold")
        for name in ("Date", "Type", "Title", "Place", "ID"):
            table.add_column(name, overflow="fold", justify="right" if name == "ID" else "left")
        for line in lines:
            table.add_row(*(Text(v) for v in line))  # Text: a "[bold]" in a title is not markup
        Console(file=out).print(table)
        if not lines:
            out.write("no events\n")
        return
    for when, type_, title, place, id_ in lines:
        out.write("\t".join((when, type_, title, place, id_)) + "\n")


def show_event(r: Any, corrections: Sequence[tuple], *, as_json: bool, out: TextIO | None = None) -> None:
    """One event with its sources and corrections."""
    out = out or sys.stdout
    if as_json:
        d = r.to_json()
        d["sources"] = [{"source": s.source, "url": s.url, "published": s.published, "evidence": s.evidence,
                         "evidence_start": s.evidence_start, "evidence_end": s.evidence_end} for s in r.sources]
        d["corrections"] = [{"field": f, "value": json.loads(v), "at": at.isoformat() if at else None,
                             "author": a} for f, v, at, a in corrections]
        out.write(json.dumps(d, ensure_ascii=False) + "\n")
        return
    fields = [("id", r.id), ("uid", r.uid), ("type", r.type), ("title", r.title), ("start", r.start),
              ("end", r.end), ("time", r.time), ("location", r.location),
              ("participants", ", ".join(r.participants)), ("parties", "; ".join(r.parties)),
              ("recurrence", r.recurrence),
              ("hidden", "yes" if r.hidden else "no"), ("sequence", r.sequence),
              ("last modified", r.last_modified.isoformat() if r.last_modified else None)]
    for k, v in fields:
        if v not in (None, ""):
            out.write(f"{k:>14}: {plain(v)}\n")
    out.write(f"{'sources':>14}: {len(r.sources)}\n")
    for s in r.sources:
        out.write(plain(f"  - {s.source}" + (f" ({s.url})" if s.url else "") + (f", {s.published}" if s.published else ""))
                  + "\n")
        if s.evidence:
            out.write(f"    «{plain(s.evidence.strip())}»\n")
    if corrections:
        out.write(f"{'corrections':>14}: {len(corrections)}\n")
        for f, v, at, a in corrections:
            out.write(plain(f"  - {at:%Y-%m-%d %H:%M} {f} = {v}" + (f" by {a}" if a else "")) + "\n")
