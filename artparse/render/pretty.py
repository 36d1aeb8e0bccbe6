"""The terminal view, with rich (imported only here)."""

from __future__ import annotations

from typing import Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text


def render_pretty(data: dict[str, Any], console: Console) -> None:
    """Title, a metadata table, captions and paragraphs wrapped to the terminal."""
    parts: list[Any] = []
    parts.append(Text(data.get("title") or "(no title)", style="bold"))
    if data.get("subtitle"):
        parts.append(Text(data["subtitle"], style="italic"))
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="dim")
    meta.add_column()
    rows = (
        ("date", data.get("date")),
        ("updated", data.get("updated")),
        ("authors", ", ".join(data.get("authors") or ()) or None),
        ("dateline", data.get("dateline")),
        ("agency", data.get("agency")),
        ("language", data.get("language")),
        ("encoding", data.get("encoding")),
        ("source", data.get("source")),
    )
    for key, value in rows:
        if value:
            meta.add_row(key, str(value))
    parts.append(Padding(meta, (1, 0)))
    for warning in data.get("warnings") or ():
        parts.append(Text(f"warning: {warning}", style="yellow"))
    for h in data.get("highlights") or ():
        parts.append(Text(f"• {h}", style="bold cyan"))
    for c in data.get("captions") or ():
        line = Text("▣ ", style="magenta")
        line.append(c["text"], style="italic")
        if c.get("credit"):
            line.append(f"  ({c['credit']})", style="dim")
        parts.append(line)
    for p in data.get("paragraphs") or ():
        parts.append(Padding(Text(p), (1, 0, 0, 0)))
    console.print(Panel(Group(*parts), expand=True, border_style="blue"))
