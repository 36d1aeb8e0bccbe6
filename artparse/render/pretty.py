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
    """Title, a metadata table, captions and paragraphs wrapped to the terminal, one blank
    line between any two of them."""
    unicode = console.encoding.lower().startswith("utf")
    caption_mark, bullet = ("▣ ", "• ") if unicode else ("* ", "- ")
    head = [_text(data.get("title") or "(no title)", "bold")]
    if data.get("subtitle"):
        head.append(_text(data["subtitle"], "italic"))
    sections: list[Any] = [Group(*head)]
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
    if meta.row_count:
        sections.append(meta)
    notes = [_text(f"warning: {warning}", "yellow") for warning in data.get("warnings") or ()]
    notes += [_text(f"{bullet}{h}", "bold cyan") for h in data.get("highlights") or ()]
    for c in data.get("captions") or ():
        line = Text(caption_mark, style="magenta")
        line.append(safe_text(c["text"]), style="italic")
        if c.get("credit"):
            line.append(f"  ({safe_text(c['credit'])})", style="dim")
        notes.append(line)
    if notes:
        sections.append(Group(*notes))
    sections.extend(_text(p) for p in data.get("paragraphs") or ())
    spaced = [part for section in sections for part in (Text(""), section)][1:]
    console.print(Panel(Group(*spaced), expand=True, border_style="blue"))
