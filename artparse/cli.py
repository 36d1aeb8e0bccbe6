"""The command line: thin click wrappers over the library.

Only the command line turns ArtparseError into messages and exit codes (this module for
usage errors, ``runner`` for a batch): 0 every input parsed, 1 some input failed (the others
still come out), 2 usage error (nothing was processed), 74 the output could not be written,
130 interrupted by Ctrl-C (128 + the signal for SIGTERM), 141 output pipe closed early.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, NamedTuple, TypeVar

import click

from artparse import __version__
from artparse.batch import ExtractOptions, Task
from artparse.config import Config, ConfigError, Setting
from artparse.display import safe_lines, safe_text
from artparse.errors import ArtparseError, OptionError
from artparse.inputs import DEFAULT_PATTERN, STDIN, InputItem, iter_inputs
from artparse.io import DEFAULT_MAX_BYTES, check_encoding
from artparse.records import DEFAULT_TEXT_FIELD, INPUT_FORMATS, RECORD_FORMATS, read_records, record_format
from artparse.render.formats import FORMATS as OUTPUT_FORMATS
from artparse.render.formats import RECORD_FIELDS, SUFFIXES, Layout, parse_fields
from artparse.render.progress import Status
from artparse.runner import (
    EXIT_BROKEN_PIPE,
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    EXIT_WRITE_FAILED,
    BatchSettings,
    error_line,
    run_batch,
    silence_streams,
)
from artparse.sinks import open_error_log
from artparse.state import DATE_ORDERS, ParseOptions

FORMATS = ("auto", *OUTPUT_FORMATS, "pretty", "parquet")
MAX_INDENT = 7
"""As jq: an indentation of 0 to 7 spaces (0 is --compact)."""

F = TypeVar("F", bound=Callable[..., Any])


# --- shared options ------------------------------------------------------------------------


def input_options(command: F) -> F:
    """Where the inputs come from: paths, ``--glob``, ``--files-from``, ``-0``."""
    for option in reversed(
        (
            # no checks here: a missing or unreadable input is that input's failure, not the run's
            click.argument("paths", nargs=-1, type=click.Path(readable=False, allow_dash=True)),
            click.option(
                "--glob",
                "pattern",
                default=DEFAULT_PATTERN,
                show_default=True,
                help="File name patterns to pick files in directories (comma-separated, either case).",
            ),
            click.option(
                "--input-format",
                type=click.Choice(INPUT_FORMATS, case_sensitive=False),
                default="auto",
                show_default=True,
                help="text: each input is one article. jsonl: each line of an input is a JSON record "
                "whose --text-field holds the article. sgml: each <DOC> of an input (TREC, Gigaword, "
                "Reuters-21578 collections) is one. warc: each page's record of a WARC file (Common "
                "Crawl's WET files) is one. auto: jsonl for .jsonl and .ndjson files, sgml for .sgml "
                "and .sgm, warc for .warc and .wet.",
            ),
            click.option(
                "--text-field",
                default=DEFAULT_TEXT_FIELD,
                show_default=True,
                metavar="NAME",
                help="The field of a JSON Lines record that holds the article text.",
            ),
            click.option(
                "--files-from",
                metavar="FILE",
                type=click.Path(dir_okay=False, allow_dash=True),
                help="Also read input paths from FILE (- for stdin), one per line.",
            ),
            click.option(
                "-0",
                "--null",
                is_flag=True,
                help="--files-from names are separated by NUL, not newline (find -print0).",
            ),
        )
    ):
        command = option(command)
    return command


def parse_options(command: F) -> F:
    """How inputs are read and parsed."""
    for option in reversed(
        (
            click.option(
                "--date-order",
                type=click.Choice(DATE_ORDERS, case_sensitive=False),
                default="auto",
                show_default=True,
                help="How to read numeric dates whose day and month could swap (03.04.2015). "
                "auto: day first for '.', month first for '/' in English.",
            ),
            click.option(
                "--disable",
                "disabled",
                multiple=True,
                metavar="NAME",
                help="Skip a rule or a step (repeatable). `artparse rules` lists them.",
            ),
            click.option(
                "--language", metavar="CODE", help="Force the language (ISO 639-1) instead of guessing."
            ),
            click.option(
                "--encoding",
                metavar="NAME",
                help="Decode inputs with this encoding instead of detecting it (e.g. cp1251).",
            ),
            click.option(
                "--max-bytes",
                type=click.IntRange(min=1),
                default=DEFAULT_MAX_BYTES,
                show_default=True,
                help="Refuse inputs larger than this many bytes.",
            ),
        )
    ):
        command = option(command)
    return command


def output_options(command: F) -> F:
    """Where results and errors go."""
    for option in reversed(
        (
            click.option(
                "--format",
                "-f",
                "fmt",
                type=click.Choice(FORMATS),
                default="auto",
                show_default=True,
                help="Output format. auto: pretty on a terminal, else JSON Lines (one object per "
                "line, whatever the number of inputs). json: one JSON array. csv/tsv: a table "
                "with a header row. markdown, text: clean documents.",
            ),
            click.option(
                "--fields",
                metavar="LIST",
                help="Keep only these fields, in this order (comma-separated): "
                "--fields title,date,authors. Every format.",
            ),
            click.option(
                "--indent",
                type=click.IntRange(0, MAX_INDENT),
                default=2,
                show_default=True,
                help="Spaces of indentation for --format json and --output-dir files (0: compact).",
            ),
            click.option(
                "--compact",
                "-c",
                is_flag=True,
                help="JSON on one line (same as --indent 0), as jq -c.",
            ),
            click.option(
                "--output-dir",
                "-o",
                metavar="DIR",
                type=click.Path(file_okay=False),
                help="Write one NAME.json per input under DIR (created if missing), mirroring "
                "the inputs' paths, instead of writing to stdout. Files appear whole or not at all.",
            ),
            click.option(
                "--skip-existing",
                is_flag=True,
                help="With --output-dir: leave inputs whose NAME.json exists (resume a run).",
            ),
            click.option(
                "--errors",
                "errors_path",
                metavar="FILE",
                type=click.Path(dir_okay=False),
                help='Also write failures to FILE as JSON Lines: {"source", "error", "message"}.',
            ),
        )
    ):
        command = option(command)
    return command


def batch_options(command: F) -> F:
    """How a batch runs."""
    for option in reversed(
        (
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(min=0),
                default=0,
                help="Worker processes. 0 (default): one per core when there are enough files "
                "to pay for them, else 1. Output order never depends on it.",
            ),
            click.option("--fail-fast", is_flag=True, help="Stop at the first input that fails."),
            click.option(
                "--quiet",
                "-q",
                is_flag=True,
                help="No progress bar and no summary line (errors are still reported).",
            ),
        )
    ):
        command = option(command)
    return command


def engine_options(command: F) -> F:
    """Which engine runs a batch: this machine, or a Dask cluster (``artparse.distributed``)."""
    for option in reversed(
        (
            click.option(
                "--engine",
                type=click.Choice(("local", "dask")),
                default="local",
                show_default=True,
                help="dask: run on a Dask cluster, inputs and --output-dir may be URLs (s3://...); "
                "writes part-NNNNN.jsonl (or .parquet with --format parquet). Needs "
                "pip install 'artparse[dask]'.",
            ),
            click.option(
                "--scheduler",
                metavar="ADDRESS",
                help="With --engine dask: the scheduler of an existing cluster (tcp://HOST:8786); "
                "default: a local cluster, --jobs workers (one per core).",
            ),
            click.option(
                "--partition-size",
                type=click.IntRange(min=1),
                help="With --engine dask: inputs per part file (default: 1,000).",
            ),
        )
    ):
        command = option(command)
    return command


# --- commands ------------------------------------------------------------------------------


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="artparse")
@click.option(
    "--config",
    "config_path",
    metavar="FILE",
    help="Option defaults and vocabulary from this TOML file (else $ARTPARSE_CONFIG, else "
    "config.toml in the user config directory; none needed). `artparse config` shows them.",
)
@click.pass_context
def cli(ctx: click.Context, config_path: str | None) -> None:
    """Split raw article text files into structured data: title, date, authors,
    dateline, captions, body paragraphs.

    \b
    Examples:
      artparse extract article.txt
      artparse extract corpus/ --format jsonl | jq -r .title
      cat article.txt | artparse extract -
      artparse --config newsroom.toml extract corpus/
    """
    config = _load_config(config_path)
    ctx.obj = config
    ctx.default_map = {
        name: _option_defaults(name, settings, config) for name, settings in config.options.items()
    }


def _load_config(path: str | None) -> Config:
    """The configuration file, its words added to the built-in vocabulary (a usage error when bad)."""
    from artparse.config import load
    from artparse.vocab import extend_vocabulary, extendable_categories

    try:
        config = load(path, vocab_categories=extendable_categories())
    except ConfigError as exc:
        raise click.UsageError(safe_text(str(exc))) from None
    with contextlib.suppress(RuntimeError):  # already parsed in this process (a test's CliRunner)
        extend_vocabulary(config.vocab_words())
    return config


def _option_defaults(command_name: str, settings: Mapping[str, Setting], config: Config) -> dict[str, Any]:
    """Click's defaults for a command from its ``[command]`` settings, checked as the option is."""
    command = cli.commands.get(command_name) if isinstance(cli, click.Group) else None
    if command is None:
        raise click.UsageError(f"{config.path}: [{command_name}] names no command")
    by_long = {opt[2:]: param for param in command.params for opt in param.opts if opt.startswith("--")}
    context = click.Context(command)
    defaults: dict[str, Any] = {}
    for key, setting in settings.items():
        param = by_long.get(key)
        where = f"{safe_text(config.path or '')}:{setting.line}"
        if not isinstance(param, click.Option) or param.name is None:
            valid = ", ".join(sorted(k for k, p in by_long.items() if isinstance(p, click.Option)))
            raise click.UsageError(f"{where}: {key} is not an option of {command_name}; options are: {valid}")
        try:
            defaults[param.name] = param.type_cast_value(context, setting.value)
        except click.BadParameter as exc:
            raise click.UsageError(f"{where}: {key}: {exc.format_message()}") from None
    return defaults


class InputSpec(NamedTuple):
    """The inputs as the user named them."""

    paths: tuple[str, ...]
    files_from: str | None = None
    null: bool = False
    pattern: str = DEFAULT_PATTERN
    input_format: str = "auto"
    text_field: str = DEFAULT_TEXT_FIELD

    @property
    def several(self) -> bool:
        """A batch (JSON Lines, a summary) rather than one file (a JSON Lines input is a batch)."""
        one = len(self.paths) == 1 and (self.paths[0] == STDIN or not os.path.isdir(self.paths[0]))
        return self.files_from is not None or not one or bool(record_format(self.paths[0], self.input_format))

    @property
    def rereadable(self) -> bool:
        """Can the inputs be listed a second time (to count them for the progress bar)?"""
        from artparse.filelist import is_rereadable

        return STDIN not in self.paths and (self.files_from is None or is_rereadable(self.files_from))


@cli.command()
@input_options
@output_options
@batch_options
@parse_options
@engine_options
@click.option(
    "--explain",
    is_flag=True,
    help="Print each source line with the rule that claimed it, and what steps cut from it.",
)
def extract(
    paths: tuple[str, ...],
    pattern: str,
    input_format: str,
    text_field: str,
    files_from: str | None,
    null: bool,
    fmt: str,
    fields: str | None,
    indent: int,
    compact: bool,
    output_dir: str | None,
    skip_existing: bool,
    errors_path: str | None,
    jobs: int,
    fail_fast: bool,
    quiet: bool,
    date_order: str,
    disabled: tuple[str, ...],
    language: str | None,
    encoding: str | None,
    max_bytes: int,
    engine: str,
    scheduler: str | None,
    partition_size: int | None,
    explain: bool,
) -> None:
    """Extract articles from files, directories (recursing into *.txt and *.md) or stdin (-).

    Several inputs come out in input order (directories walked sorted) as JSON Lines, each
    record written as soon as it is ready; failures are reported on stderr, one line each,
    and the run goes on (exit 1 at the end).

    \b
    Examples:
      artparse extract samples/kazakhstan-china.txt
      artparse extract article.txt | jq .authors
      artparse extract --format jsonl corpus/ > out.jsonl
      artparse extract corpus/ --output-dir out/ --skip-existing
      find corpus -name '*.txt' -print0 | artparse extract --files-from - -0 > out.jsonl
      artparse extract --jobs 4 --errors failed.jsonl corpus/ > out.jsonl
      cat article.txt | artparse extract -
      artparse extract --explain article.txt
      artparse extract --date-order MDY us-articles/
      artparse extract --engine dask 's3://news-raw/2019/**/*.txt' -o s3://news-parsed/2019/
      artparse extract --engine dask --scheduler tcp://10.0.0.5:8786 corpus/ -o out/ --format parquet
      artparse extract _posts/            # Markdown posts with YAML/TOML front matter
      artparse extract --input-format jsonl --text-field body scraped.jsonl
      zcat gigaword/afp_eng_200501.gz | artparse extract --input-format sgml - > afp.jsonl
      artparse extract CC-MAIN-20240101-00000.warc.wet.gz > cc.jsonl   # gzip read as what it holds
    """
    if encoding is not None:
        try:
            check_encoding(encoding)
        except ArtparseError as exc:
            raise click.BadParameter(str(exc), param_hint="'--encoding'") from None
    if language is not None:
        language = _known_language(language)
    order = date_order.upper() if date_order.lower() != "auto" else "auto"
    from artparse.parser import active_rules  # after the configuration has extended the vocabulary

    try:
        parse_opts = ParseOptions(date_order=order, disabled_rules=frozenset(disabled), language=language)
        active_rules(parse_opts.disabled_rules)
    except OptionError as exc:
        raise click.UsageError(str(exc)) from None
    if engine != "local" or scheduler or partition_size or fmt == "parquet":
        if input_format.lower() in RECORD_FORMATS or any(
            record_format(p, input_format.lower()) for p in paths
        ):
            raise click.UsageError(
                "inputs of many articles (--input-format jsonl, sgml or warc, .jsonl, .sgml and .wet files) "
                "need --engine local"
            )
        from artparse.distributed import run_cli

        try:
            sys.exit(
                run_cli(
                    paths,
                    engine=engine,
                    scheduler=scheduler,
                    partition_size=partition_size,
                    jobs=jobs,
                    fmt=fmt,
                    output_dir=output_dir,
                    skip_existing=skip_existing,
                    errors_path=errors_path,
                    quiet=quiet,
                    options=parse_opts,
                    encoding=encoding,
                    max_bytes=max_bytes,
                    pattern=pattern,
                    files_from=files_from,
                    null=null,
                    explain=explain,
                    fail_fast=fail_fast,
                    fields=fields,
                )
            )
        except OptionError as exc:
            raise click.UsageError(str(exc)) from None
    if files_from == STDIN and STDIN in paths:
        raise click.UsageError("stdin cannot be both an input (-) and the --files-from list")
    if files_from not in (None, STDIN):
        try:
            open(files_from, "rb").close()  # an unreadable list is a usage error before any work
        except OSError as exc:
            raise click.BadParameter(
                f"{safe_text(files_from)}: {exc.strerror or exc}", param_hint="'--files-from'"
            ) from None
    if skip_existing and not output_dir:
        raise click.UsageError("--skip-existing needs --output-dir")
    try:
        kept = parse_fields(fields) if fields is not None else RECORD_FIELDS
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="'--fields'") from None
    if output_dir and (explain or fmt == "pretty"):
        what = "--explain" if explain else "--format pretty"
        raise click.UsageError(f"{what} writes to the terminal; it cannot go to --output-dir")
    if not paths and files_from is None:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no input: give files or directories, or - for stdin")
        paths = (STDIN,)

    spec = InputSpec(
        paths=paths,
        files_from=files_from,
        null=null,
        pattern=pattern,
        input_format=input_format.lower(),
        text_field=text_field,
    )
    if fmt == "auto" and output_dir:
        fmt = "json"  # one JSON document per file
    elif fmt == "auto":
        on_terminal = sys.stdout is not None and sys.stdout.isatty()
        fmt = "pretty" if on_terminal else "jsonl"
    layout = Layout(
        fmt="jsonl" if fmt == "pretty" else fmt, fields=kept, indent=None if compact or not indent else indent
    )
    _prepare_output_dir(output_dir)
    options = ExtractOptions(
        parse=parse_opts,
        encoding=encoding,
        max_bytes=max_bytes,
        output_dir=output_dir,
        layout=layout,
    )
    if explain:
        sys.exit(_explain(_items(spec), options))
    error_log = _open_errors(errors_path)
    settings = BatchSettings(
        fmt=fmt,
        layout=layout,
        several=spec.several,
        jobs=jobs,
        fail_fast=fail_fast,
        quiet=quiet,
        skip_existing=skip_existing,
        output_dir=options.output_dir,
        errors_path=errors_path,
    )

    def count() -> int | None:
        return sum(1 for _ in _items(spec)) if spec.rereadable else None

    def tasks(status: Status) -> Iterator[Task]:
        return _tasks(spec, settings, status)

    sys.exit(run_batch(tasks, options, settings, count=count, error_log=error_log))


def _known_language(code: str) -> str:
    """``--language``: a language artparse has words for, or one the date parser knows."""
    from artparse.vocab import load_all

    languages = load_all()
    folded = code.lower()
    if folded in languages:
        return folded
    from dateparser.data.languages_info import language_order  # only for a language artparse lacks

    if folded in language_order:
        return folded
    raise click.BadParameter(
        f"unknown language {code!r}; artparse has words for {', '.join(sorted(languages))}, "
        "and reads dates in any language dateparser knows (ISO 639-1 codes)",
        param_hint="'--language'",
    )


def _prepare_output_dir(output_dir: str | None) -> None:
    """Create and check ``--output-dir`` before any work starts (a usage error when unusable)."""
    if output_dir is None:
        return
    from artparse.output import OutputError, prepare_output_dir

    try:
        prepare_output_dir(output_dir)
    except OutputError as exc:
        raise click.BadParameter(f"{safe_text(output_dir)}: {exc}", param_hint="'--output-dir'") from None


def _open_errors(path: str | None) -> Any:
    try:
        return open_error_log(path)
    except OSError as exc:
        raise click.BadParameter(
            f"{safe_text(path or '')}: {exc.strerror or exc}", param_hint="'--errors'"
        ) from None


# --- inputs --------------------------------------------------------------------------------


def _listed(spec: InputSpec) -> Iterator[str]:
    """The names of the ``--files-from`` list."""
    if spec.files_from is not None:
        from artparse.filelist import read_names

        try:
            for name in read_names(spec.files_from, null=spec.null):
                # a listed "-" is a file of that name, not stdin
                yield os.path.join(os.curdir, name) if name == STDIN else name
        except OSError as exc:
            raise click.BadParameter(
                f"{safe_text(spec.files_from)}: {exc.strerror or exc}", param_hint="'--files-from'"
            ) from None


def _items_with_relative(spec: InputSpec) -> Iterator[tuple[InputItem, str]]:
    """Each input, with the path it takes under --output-dir.

    Files found in a directory keep their path below it (``rsync dir/ out/``); a file named
    on the command line takes its base name (``cp a/b.txt out/``); a name read from
    ``--files-from`` keeps the path as listed (``rsync --files-from``), since such lists
    (``find … -print0``) name files of many folders, whose base names repeat.
    """
    for name in spec.paths:
        for item in iter_inputs([name], pattern=spec.pattern):
            kind = record_format(item.path, spec.input_format)
            if kind:
                records = read_records(item, text_field=spec.text_field, kind=kind)
                yield from ((rec, rec.relative) for rec in records)
            else:
                yield item, item.relative
    for name in _listed(spec):
        for item in iter_inputs([name], pattern=spec.pattern):
            kind = record_format(item.path, spec.input_format)
            if kind:
                stem = os.path.splitext(name if item.named else item.relative)[0]
                for rec in read_records(item, text_field=spec.text_field, kind=kind):
                    yield rec, f"{stem}-{rec.path.rpartition(':')[2]}"
            else:
                yield item, name if item.named else item.relative


def _items(spec: InputSpec) -> Iterator[InputItem]:
    return (item for item, _ in _items_with_relative(spec))


def _tasks(spec: InputSpec, settings: BatchSettings, status: Status) -> Iterator[Task]:
    """The work: each input with its output file; finished ones left out with --skip-existing.

    Two inputs whose output files would have one name: the second is refused, never written
    over the first. The names given out are remembered for that (about a hundred bytes an
    input: the one thing an --output-dir run keeps per input).
    """
    if settings.output_dir is None:
        yield from (Task(item) for item in _items(spec))
        return
    from artparse.output import output_target

    suffix = SUFFIXES[settings.layout.fmt]
    taken: set[str] = set()
    for item, relative in _items_with_relative(spec):
        target = output_target(settings.output_dir, relative, suffix)
        if target in taken:
            yield Task(item, refused=f"{target} is also the output of an earlier input; not overwritten")
            continue
        taken.add(target)
        if settings.skip_existing and _finished(target):
            status.skipped += 1
            continue
        yield Task(item, target)


def _finished(target: str) -> bool:
    """An output file is there (a symlink or a FIFO at its name is not one: it is replaced)."""
    try:
        return stat.S_ISREG(os.lstat(target).st_mode)
    except OSError:
        return False


def _explain(items: Iterable[InputItem], options: ExtractOptions) -> int:
    from artparse.frontend import shown_text
    from artparse.given import EMPTY
    from artparse.io import read_text
    from artparse.lines import split_lines
    from artparse.normalize import normalize
    from artparse.parser import parse
    from artparse.records import given_of
    from artparse.render.explain import explain_lines

    if sys.stdout is None:
        click.echo("artparse: cannot write to stdout: it is closed", err=True)
        return EXIT_WRITE_FAILED
    failed = 0
    try:
        for item in items:
            try:
                if item.error:
                    raise ArtparseError(item.error)
                if item.record is not None:  # a JSON Lines record: its text field
                    text, encoding, given = item.record.text, None, given_of(item.record.fields)[0]
                else:
                    decoded = read_text(
                        item.path, encoding=options.encoding, max_bytes=options.max_bytes, named=item.named
                    )
                    text, encoding, given = decoded.text, decoded.encoding, EMPTY
            except ArtparseError as exc:
                failed += 1
                click.echo(error_line(item.path, exc.reason), err=True)
                continue
            article = parse(text, source=item.path, options=options.parse, encoding=encoding, given=given)
            click.echo(f"== {safe_text(item.path)} ({encoding or 'json'}, {article.language or '?'})")
            shown = shown_text(normalize(text), options.parse.disabled_rules, item.path)  # a web page's text
            for row in explain_lines(article, split_lines(shown)):
                click.echo(row)
            sys.stdout.flush()
    except BrokenPipeError:
        silence_streams(stdout=True, stderr=True)
        return EXIT_BROKEN_PIPE
    except OSError as exc:
        silence_streams(stdout=True, stderr=False)
        click.echo(f"artparse: cannot write to stdout: {exc.strerror or exc}", err=True)
        return EXIT_WRITE_FAILED
    return EXIT_FAILED if failed else EXIT_OK


@cli.command("config")
@click.pass_obj
def config_command(config: Config) -> None:
    """Show the effective settings and where each came from.

    Option defaults come from a TOML file: --config FILE, else $ARTPARSE_CONFIG, else
    config.toml in the user config directory. Words in its [vocab.LANG] tables are added to
    the built-in vocabulary (byline prefixes, role words, caption labels, furniture phrases,
    site names to strip from titles, ...).

    \b
    Examples:
      artparse config
      artparse --config newsroom.toml config
    """
    from artparse.config import user_config_path

    if config.path:
        click.echo(f"# configuration file: {safe_text(config.path)} (from {config.origin})")
    else:
        click.echo(f"# no configuration file (looked for {safe_text(user_config_path())})")
    for name, command in sorted(cli.commands.items()) if isinstance(cli, click.Group) else ():
        options = [p for p in command.params if isinstance(p, click.Option) and p.name and not p.hidden]
        options = [p for p in options if any(o.startswith("--") and o != "--help" for o in p.opts)]
        if not options:
            continue
        click.echo(f"\n[{name}]")
        set_here = config.options.get(name, {})
        for param in options:
            long = next(o[2:] for o in param.opts if o.startswith("--"))
            setting = set_here.get(long)
            value = setting.value if setting is not None else param.default
            origin = f"{config.path}:{setting.line}" if setting is not None else "default"
            click.echo(f"{long} = {_toml_value(value)}  # {safe_text(origin)}")
    for language, categories in sorted(config.vocab.items()):
        click.echo(f"\n[vocab.{language}]  # added to the built-in words")
        for category, setting in categories.items():
            where = f"{config.path}:{setting.line}"
            click.echo(f"{category} = {_toml_value(list(setting.value))}  # {safe_text(where)}")


def _toml_value(value: Any) -> str:
    """A value as TOML writes it (``true``, ``"MDY"``, ``["a", "b"]``; nothing as ``""``)."""
    import json

    if isinstance(value, tuple):
        value = list(value)
    if value is None or not isinstance(value, (str, int, float, list)):  # unset (click's sentinel)
        return '""'
    return safe_text(json.dumps(value, ensure_ascii=False))


@cli.command("rules")
def rules_command() -> None:
    """List the rules in the order they are tried, then the steps applied after them.

    \b
    Example:
      artparse rules
      artparse extract --disable caption --disable signature article.txt
    """
    from artparse.parser import rule_listing

    for name, doc in rule_listing():
        click.echo(f"{name}  {doc}")


def _tolerant_streams() -> None:
    """On a terminal that cannot show every character (``LANG=C``, ``PYTHONIOENCODING=ascii``),
    write what it cannot show as ``\\uXXXX`` instead of failing (JSON goes out as UTF-8 bytes)."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("_", "-")
        if stream is not None and hasattr(stream, "reconfigure") and not encoding.startswith("utf"):
            stream.reconfigure(errors="backslashreplace")


class _EscapingWriter:
    """stderr for click's own messages: a usage error can quote a file name from the command
    line (a shell's ``*`` brings any name), so its control characters are shown escaped."""

    def write(self, text: str) -> int:
        stream = sys.stderr
        return stream.write(safe_lines(text)) if stream is not None else len(text)

    def flush(self) -> None:
        if sys.stderr is not None:
            sys.stderr.flush()


def main() -> None:
    """Console-script entry point."""
    _tolerant_streams()
    try:
        status = cli.main(prog_name="artparse", standalone_mode=False)
    except click.ClickException as exc:
        exc.show(file=_EscapingWriter())  # type: ignore[arg-type]
        sys.exit(exc.exit_code)
    except click.Abort:
        click.echo("Aborted!", err=True)
        sys.exit(EXIT_INTERRUPTED)
    except KeyboardInterrupt:  # Ctrl-C outside a batch (a batch handles its own)
        sys.exit(EXIT_INTERRUPTED)
    except ArtparseError as exc:  # pragma: no cover - the commands convert their own errors
        click.echo(f"artparse: {exc}", err=True)
        sys.exit(EXIT_USAGE if isinstance(exc, OptionError) else EXIT_FAILED)
    sys.exit(status if isinstance(status, int) else EXIT_OK)


# --- schema and eval (artparse/schema.py, artparse/evaluate.py) -----------------------------


@cli.command("schema")
def schema_command() -> None:
    """Print the output contract as JSON Schema (draft 2020-12).

    Made from the record definition itself (artparse.model.Article), so it always matches
    what `artparse extract` writes: every key required, no other key allowed.

    \b
    Examples:
      artparse schema > article.schema.json
      artparse schema | jq '.properties | keys'
      artparse extract article.txt > article.json
      check-jsonschema --schemafile article.schema.json article.json
    """
    import json

    from artparse.schema import article_schema

    click.echo(json.dumps(article_schema(), ensure_ascii=False, indent=2))


@cli.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.option(
    "--show",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Also print up to N mismatches per field (gold and got).",
)
@click.option(
    "--min",
    "floors",
    multiple=True,
    metavar="FIELD=X",
    help="Exit 1 when FIELD scores below X (0.95 or 95; repeatable). FIELD: a column or core.",
)
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(("text", "json")),
    default="text",
    show_default=True,
    help="text: a table per group, the summary line last. json: the same figures as fractions.",
)
@click.option(
    "--only",
    metavar="LIST",
    type=click.Path(exists=True, dir_okay=False),
    help="Score only the articles named in LIST, one NAME.txt a line (e.g. ADDED.list).",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Worker processes parsing the texts (0: one per core).",
)
@click.option(
    "--date-order",
    type=click.Choice(DATE_ORDERS, case_sensitive=False),
    default="auto",
    show_default=True,
    help="How to read numeric dates whose day and month could swap, as for extract.",
)
def eval_command(
    gold_dir: str, show: int, floors: tuple[str, ...], fmt: str, only: str | None, jobs: int, date_order: str
) -> None:
    """Score artparse on annotated articles: NAME.txt + NAME.json (gold) pairs in GOLD_DIR.

    Prints per-field accuracy per group (the gold's "layout" key, else the sub-folder) and
    in all, and a last line that sums up:
    "eval: core 86.7% · title 85.3 · date 90.6 · … · n=278 missing=0". A gold file without
    its text or with bad JSON is reported on stderr and exits 1; the rest is still scored.

    \b
    Examples:
      artparse eval gold/
      artparse eval --show 5 gold/
      artparse eval --min title=0.95 --min core=85 gold/
      artparse eval --only gold/ADDED.list gold/
      artparse eval --format json gold/ | jq .fields
    """
    from artparse import evaluate as ev
    from artparse.state import ParseOptions as _ParseOptions

    try:
        parsed_floors = [ev.parse_floor(spec) for spec in floors]
    except ev.FloorError as exc:
        raise click.BadParameter(str(exc), param_hint="'--min'") from None
    try:
        names = None if only is None else ev.read_names(only)
        evaluation = ev.evaluate(
            gold_dir, options=_ParseOptions(date_order=date_order), jobs=jobs, only=names
        )
    except ev.GoldError as exc:
        raise click.UsageError(str(exc)) from None
    for line in ev.problem_lines(evaluation):
        click.echo(line, err=True)
    failed = ev.below(evaluation, parsed_floors)
    if fmt == "json":
        import json

        click.echo(
            json.dumps(ev.json_report(evaluation, show=show, failed=failed), ensure_ascii=False, indent=2)
        )
    else:
        for line in ev.text_report(evaluation, show=show, failed=failed):
            click.echo(line)
    sys.exit(EXIT_FAILED if failed or evaluation.problems else EXIT_OK)
