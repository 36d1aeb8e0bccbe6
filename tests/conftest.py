"""Shared pytest configuration and fixtures.

Options:
    ``--update-golden``: rewrite ``tests/golden/NAME.json`` from the parser's current output
    instead of comparing against it (review the diff before committing).

Fixtures (usable from any test file):
    ``update_golden``: True when ``--update-golden`` was given.
    ``run_cli``: run an ``artparse`` command in-process with click's CliRunner.
    ``golden_dir``: the ``tests/golden`` folder (a ``pathlib.Path``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

GOLDEN_DIR = Path(__file__).parent / "golden"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        default=False,
        help="Rewrite tests/golden/*.json from the current parser output instead of comparing.",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    """True when pytest was run with ``--update-golden``."""
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def golden_dir() -> Path:
    """The folder of golden article pairs, ``tests/golden``."""
    return GOLDEN_DIR


RunCli = Callable[..., Result]


@pytest.fixture
def run_cli() -> RunCli:
    """Run ``artparse ARGS...`` in-process; returns click's ``Result``.

    ``run_cli(["extract", "a.txt"], input="text for stdin")``. stdout and stderr are kept
    apart (``result.stdout``, ``result.stderr``); ``result.exit_code`` is the exit status.
    CliRunner's stdin and stdout are not terminals, so ``--format auto`` behaves as when piped.
    """

    from artparse.cli import cli

    def run(args: Sequence[str], *, input: str | bytes | None = None) -> Result:
        runner = CliRunner()
        return runner.invoke(cli, list(args), input=input, catch_exceptions=False)

    return run
