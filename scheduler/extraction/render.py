"""A readable terminal view of one :class:`DocumentResult` (rich), for ``presscal extract --format table``."""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from .types import DocumentResult


def render_table(res: DocumentResult) -> Group:
    """The document's header (source, language, publication date) and a table of its mentions and events."""
    pub = res.published
    head = Text()
    head.append(res.source, style="bold")
    head.append(f"  [{res.lang}]  published: ")
    head.append(f"{pub.value} ({pub.how})" if pub else "unknown", style="green" if pub else "yellow")
    if pub and pub.evidence and pub.how == "inferred":
        head.append(f"  from «{pub.evidence[:60]}»", style="dim")
    if res.title:
        head.append(f"\n{res.title[:120]}", style="italic")
    table = Table(show_header=True, header_style="bold", expand=False)
    table.add_column("at", justify="right", style="dim")
    table.add_column("text")
    table.add_column("value", style="cyan")
    table.add_column("kind", style="dim")
    for m in res.mentions:
        table.add_row(str(m.start), m.text.replace("\n", " "), m.value, m.kind)
    parts: list = [head, table if res.mentions else Text("  no dates found", style="yellow")]
    if res.events:
        ev = Table(show_header=True, header_style="bold", title="events", title_justify="left")
        for col in ("type", "start", "end", "title", "location"):
            ev.add_column(col)
        for e in res.events:
            ev.add_row(e.type, e.start or "", e.end or "", (e.title or "")[:70], e.location or "")
        parts.append(ev)
    parts.append(Text(""))
    return Group(*parts)
