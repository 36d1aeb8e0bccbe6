"""Shell completion: the installed ``artparse`` prints click's script for each shell."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTPARSE = Path(sys.executable).parent / "artparse"


@pytest.mark.parametrize(
    ("shell", "marks"),
    [
        ("bash", ("_artparse_completion()", "complete -o nosort -F _artparse_completion artparse")),
        ("zsh", ("#compdef artparse", "_artparse_completion")),
        ("fish", ("function _artparse_completion", "complete --no-files --command artparse")),
    ],
)
def test_completion_script(shell: str, marks: tuple[str, ...]) -> None:
    env = {**os.environ, "_ARTPARSE_COMPLETE": f"{shell}_source"}
    result = subprocess.run([str(ARTPARSE)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    for mark in marks:
        assert mark in result.stdout


def test_completion_completes_commands() -> None:
    env = {**os.environ, "_ARTPARSE_COMPLETE": "bash_complete", "COMP_WORDS": "artparse e", "COMP_CWORD": "1"}
    result = subprocess.run([str(ARTPARSE)], capture_output=True, text=True, env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert set(result.stdout.splitlines()) >= {"plain,extract", "plain,eval"}
