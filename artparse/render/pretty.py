"""The terminal view, with rich (imported only here).

Every string shown comes from an input file, so each goes through ``safe_text`` (no control
sequence reaches the terminal) and into a ``Text`` (never parsed as rich markup, which could
make a link or a style out of an author's name). On a terminal that cannot show Unicode
(``LANG=C``, ``PYTHONIOENCODING=ascii``) the view uses ASCII marks and rich's ASCII boxes.
"""

from __future__ import annotations

import os
from typing import IO, Any

from rich.console import Console, Group
from rich.padding import Padding
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from artparse.display import safe_text


def console_for(out: IO[str]) -> Console:
    """A console writing to ``out``; NO_COLOR honoured."""
    return Console(file=out, no_color=bool(os.environ.get("NO_COLOR")) or None)


def _text(value: Any, style: str = "") -> Text:
    return Text(safe_text(str(value)), style=style)


def render_pretty(data: dict[str, Any], console: Console) -> None:
    """Title, a metadata table, captions and paragraphs wrapped to the terminal."""
    unicode = console.encoding.lower().startswith("utf")
    caption_mark, bullet = ("▣ ", "• ") if unicode else ("* ", "- ")
    parts: list[Any] = [_text(data.get("title") or "(no title)", "bold")]
    if data.get("subtitle"):
        parts.append(_text(data["subtitle"], "italic"))
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
            meta.add_row(key, _text(value))
    parts.append(Padding(meta, (1, 0)))
    for warning in data.get("warnings") or ():
        parts.append(_text(f"warning: {warning}", "yellow"))
    for h in data.get("highlights") or ():
        parts.append(_text(f"{bullet}{h}", "bold cyan"))
    for c in data.get("captions") or ():
        line = Text(caption_mark, style="magenta")
        line.append(safe_text(c["text"]), style="italic")
        if c.get("credit"):
            line.append(f"  ({safe_text(c['credit'])})", style="dim")
        parts.append(line)
    for p in data.get("paragraphs") or ():
        parts.append(Padding(_text(p), (1, 0, 0, 0)))
    console.print(Panel(Group(*parts), expand=True, border_style="blue"))
