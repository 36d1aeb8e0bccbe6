"""Start-up stays lean: one article parses without dateparser, rich, worker-pool machinery or Dask.

Each check runs in a fresh interpreter (this test process has imported all sorts of things).
Speed itself is measured by the benchmark, not here: these tests guard the imports that cost it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

REFERENCE = Path(__file__).parent.parent / "samples" / "kazakhstan-china.txt"
"""The reference article (its date is numeric, so the date fast path takes it)."""

HEAVY = (
    "dateparser",
    "rich",
    "rich.console",
    "multiprocessing",
    "concurrent.futures",
    "charset_normalizer",
    "yaml",
    "markdown_it",
    "csv",
    "artparse.distributed",
    "artparse.archive",
    "artparse.sgml",
    "artparse.warc",
    "artparse.htmlpage",
    "html.parser",
    "dask",
    "distributed",
    "fsspec",
    "pyarrow",
    "pandas",
    "s3fs",
)


def imported_after(code: str) -> dict[str, bool]:
    """Run ``code`` in a fresh interpreter; which of HEAVY ended up in sys.modules."""
    probe = f"{code}\nimport json, sys\nprint(json.dumps({{m: m in sys.modules for m in {HEAVY!r}}}))"
    proc = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    result: dict[str, bool] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def test_parsing_the_reference_article_imports_neither_dateparser_nor_rich() -> None:
    modules = imported_after(
        "import artparse.cli\n"
        "from artparse import parse_file\n"
        f"article = parse_file({str(REFERENCE)!r})\n"
        "assert article.date == '2015-10-14', article.date"
    )
    assert not modules["dateparser"]
    assert not modules["rich.console"]
    assert not modules["rich"]
    assert not modules["yaml"]
    assert not modules["markdown_it"]


def test_extract_one_file_imports_no_pool_no_rich_and_no_dask() -> None:
    modules = imported_after(
        "import contextlib, io\n"
        "import artparse\n"
        "from artparse.cli import cli\n"
        "with contextlib.redirect_stdout(io.StringIO()), contextlib.suppress(SystemExit):\n"
        f"    cli.main(['extract', {str(REFERENCE)!r}])"
    )
    assert not any(modules.values()), modules


def test_a_markdown_post_imports_yaml_and_markdown_it_only_then(tmp_path: Path) -> None:
    post = tmp_path / "post.md"
    post.write_text("---\ntitle: A post\n---\n\nSome *text* here.\n", encoding="utf-8")
    modules = imported_after(
        "from artparse import parse_file\n"
        f"article = parse_file({str(post)!r})\n"
        "assert article.title == 'A post'"
    )
    assert modules["yaml"]
    assert modules["markdown_it"]
