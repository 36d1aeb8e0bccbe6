"""The command line: thin click wrappers over the library.

Only this module turns ArtparseError into messages and exit codes:
0 every input parsed, 1 some input failed (the others still come out), 2 usage error.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from typing import IO, Any

import click

from artparse import __version__
from artparse.batch import ExtractOptions, Result, process_all
from artparse.dates import DATE_ORDERS
from artparse.errors import ArtparseError, OptionError
from artparse.inputs import STDIN, InputItem, iter_inputs
from artparse.io import DEFAULT_MAX_BYTES
from artparse.parser import active_rules
from artparse.rules import RULE_NAMES, RULES
from artparse.state import ParseOptions

FORMATS = ("auto", "json", "jsonl", "pretty")
EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _error_line(path: str, message: str) -> str:
    return f"artparse: {path}: {message}"


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="artparse")
def cli() -> None:
    """Split raw article text files into structured data: title, date, authors,
    dateline, captions, body paragraphs.

    \b
    Examples:
      artparse extract article.txt
      artparse extract corpus/ --format jsonl | jq -r .title
      cat article.txt | artparse extract -
    """


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(dir_okay=True, allow_dash=True))
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(FORMATS),
    default="auto",
    show_default=True,
    help="Output format. auto: pretty on a terminal, JSON when piped, "
    "JSON Lines when several inputs are piped.",
)
@click.option(
    "--explain",
    is_flag=True,
    help="Print each source line with the rule that claimed it (for debugging rules).",
)
@click.option(
    "--date-order",
    type=click.Choice(DATE_ORDERS, case_sensitive=False),
    default="auto",
    show_default=True,
    help="How to read numeric dates whose day and month could swap (03.04.2015). "
    "auto: day first for '.', month first for '/' in English.",
)
@click.option(
    "--disable",
    "disabled",
    multiple=True,
    metavar="RULE",
    help="Skip a rule (repeatable). `artparse rules` lists them.",
)
@click.option("--language", metavar="CODE", help="Force the language (ISO 639-1) instead of guessing.")
@click.option(
    "--encoding",
    metavar="NAME",
    help="Decode inputs with this encoding instead of detecting it (e.g. cp1251).",
)
@click.option(
    "--max-bytes",
    type=click.IntRange(min=1),
    default=DEFAULT_MAX_BYTES,
    show_default=True,
    help="Refuse inputs larger than this many bytes.",
)
@click.option(
    "--glob",
    "pattern",
    default="*.txt",
    show_default=True,
    help="File name pattern to pick files in directories.",
)
def extract(
    paths: tuple[str, ...],
    fmt: str,
    explain: bool,
    date_order: str,
    disabled: tuple[str, ...],
    language: str | None,
    encoding: str | None,
    max_bytes: int,
    pattern: str,
) -> None:
    """Extract articles from files, directories (recursing into *.txt) or stdin (-).

    \b
    Examples:
      artparse extract samples/kazakhstan-china.txt
      artparse extract article.txt | jq .authors
      artparse extract --format jsonl corpus/ > out.jsonl
      cat article.txt | artparse extract -
      artparse extract --explain article.txt
      artparse extract --date-order MDY us-articles/
    """
    order = date_order.upper() if date_order.lower() != "auto" else "auto"
    parse_options = ParseOptions(date_order=order, disabled_rules=frozenset(disabled), language=language)
    try:
        active_rules(parse_options.disabled_rules)
    except OptionError as exc:
        raise click.UsageError(str(exc)) from None
    options = ExtractOptions(parse=parse_options, encoding=encoding, max_bytes=max_bytes)

    if not paths:
        if sys.stdin.isatty():
            raise click.UsageError("no input: give files or directories, or - for stdin")
        paths = (STDIN,)
    items = list(iter_inputs(paths, pattern=pattern))
    several = len(items) != 1 or any(p != STDIN and os.path.isdir(p) for p in paths)
    if fmt == "auto":
        fmt = "pretty" if sys.stdout.isatty() else ("jsonl" if several else "json")

    if explain:
        sys.exit(_explain(items, options))
    results = process_all(items, options)
    failed = _emit(results, fmt, several)
    sys.exit(EXIT_FAILED if failed else EXIT_OK)


def _emit(results: Iterator[Result], fmt: str, several: bool) -> int:
    """Write each result as it comes; errors go to stderr. Returns how many failed."""
    out = sys.stdout
    failed = 0
    console = None
    opened_array = False
    first = True
    for result in results:
        if not result.ok:
            failed += 1
            click.echo(_error_line(result.item.path, result.message or "failed"), err=True)
            continue
        record = result.record or "{}"
        if fmt == "jsonl":
            out.write(record + "\n")
            out.flush()
        elif fmt == "json":
            text = json.dumps(json.loads(record), ensure_ascii=False, indent=2)
            if several:
                out.write(("[\n" if first else ",\n") + text)
                opened_array = True
            else:
                out.write(text + "\n")
            first = False
        else:
            console = console or _console(out)
            from artparse.render.pretty import render_pretty

            render_pretty(json.loads(record), console)
    if fmt == "json" and several:
        out.write("\n]\n" if opened_array else "[]\n")
    out.flush()
    return failed


def _console(out: IO[str]) -> Any:
    from rich.console import Console

    return Console(file=out, no_color=bool(os.environ.get("NO_COLOR")) or None)


def _explain(items: list[InputItem], options: ExtractOptions) -> int:
    from artparse.io import read_text
    from artparse.lines import split_lines
    from artparse.normalize import normalize
    from artparse.parser import parse
    from artparse.render.explain import explain_lines

    failed = 0
    for item in items:
        try:
            decoded = read_text(item.path, encoding=options.encoding, max_bytes=options.max_bytes)
        except ArtparseError as exc:
            failed += 1
            click.echo(_error_line(item.path, str(exc)), err=True)
            continue
        article = parse(decoded.text, source=item.path, options=options.parse, encoding=decoded.encoding)
        click.echo(f"== {item.path} ({decoded.encoding}, {article.language or '?'})")
        for row in explain_lines(article, split_lines(normalize(decoded.text))):
            click.echo(row)
    return EXIT_FAILED if failed else EXIT_OK


@cli.command("rules")
def rules_command() -> None:
    """List the rules in the order they are tried, with what each claims.

    \b
    Example:
      artparse rules
      artparse extract --disable caption article.txt
    """
    width = max(len(n) for n in RULE_NAMES)
    for name, rule in RULES:
        doc = (rule.__doc__ or "").strip().splitlines()[0]
        click.echo(f"{name:<{width}}  {doc}")


def main() -> None:
    """Console-script entry point."""
    try:
        cli.main(prog_name="artparse")
    except ArtparseError as exc:  # pragma: no cover - the commands convert their own errors
        click.echo(f"artparse: {exc}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, OptionError) else EXIT_FAILED)
