"""Documentation: every command and option has help, every command has examples and is in the README.

After sqlite-utils' tests/test_docs.py: the commands are found by walking the click group,
so a new command or option without help (or missing from the README) fails here by name.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from artparse.cli import cli

README = Path(__file__).parent.parent / "README.md"


def walk(group: click.Group, prefix: tuple[str, ...] = ()) -> Iterator[tuple[tuple[str, ...], click.Command]]:
    """(path, command) for every command under ``group``, sub-groups included."""
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None
        yield (*prefix, name), command
        if isinstance(command, click.Group):
            yield from walk(command, (*prefix, name))


COMMANDS = list(walk(cli))
COMMAND_IDS = [" ".join(path) for path, _ in COMMANDS]
OPTIONS = [
    (path, option)
    for path, command in [((), cli), *COMMANDS]
    for option in command.params
    if isinstance(option, click.Option)
]
OPTION_IDS = [" ".join([*path, option.opts[0]]) for path, option in OPTIONS]


def test_there_are_commands() -> None:
    assert {"extract", "rules"} <= {path[-1] for path, _ in COMMANDS}


@pytest.mark.parametrize("command", [c for _, c in COMMANDS], ids=COMMAND_IDS)
def test_command_has_help_with_examples(command: click.Command) -> None:
    assert command.help and command.help.strip()
    assert command.get_short_help_str(limit=200).strip()
    assert re.search(r"^\s*Examples?:", command.help, re.MULTILINE), "help text has no Examples: section"
    assert "artparse " in command.help


def test_group_has_help_with_examples() -> None:
    assert cli.help and re.search(r"^\s*Examples?:", cli.help, re.MULTILINE)


@pytest.mark.parametrize("option", [o for _, o in OPTIONS], ids=OPTION_IDS)
def test_option_has_help(option: click.Option) -> None:
    assert option.help and option.help.strip(), f"{option.opts} has no help text"


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=COMMAND_IDS)
def test_help_runs(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage: " in result.output
    assert "Example" in result.output


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=COMMAND_IDS)
def test_command_is_in_readme(path: tuple[str, ...]) -> None:
    readme = README.read_text(encoding="utf-8")
    assert "artparse " + " ".join(path) in readme, f"README.md does not show `artparse {' '.join(path)}`"


def test_extract_help_documents_the_format_choices() -> None:
    output = CliRunner().invoke(cli, ["extract", "--help"]).output.casefold()
    for word in ("auto", "json", "jsonl", "pretty", "--explain", "--date-order", "dmy", "mdy", "ymd"):
        assert word in output, word
