"""Type information reaches a user's type checker after the README's own install.

The script lives outside the checkout and mypy runs from there, so artparse is found the way a
user's project finds it: installed (``pip install -e .`` is a plain path entry with hatchling;
setuptools' editable import hook hid the package from mypy).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

USER_SCRIPT = """\
import artparse

article = artparse.parse("Headline\\n\\nBody text.")
title: int = article.title
authors: tuple[str, ...] = article.authors
"""


def test_mypy_sees_artparse_types_from_a_user_script(tmp_path: Path) -> None:
    pytest.importorskip("mypy")
    script = tmp_path / "user.py"
    script.write_text(USER_SCRIPT, encoding="utf-8")
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "mypy",
            "--cache-dir",
            str(tmp_path / "cache"),
            "--no-error-summary",
            "user.py",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert "Cannot find implementation or library stub" not in run.stdout, run.stdout
    assert run.stdout.strip().splitlines() == [
        'user.py:4: error: Incompatible types in assignment (expression has type "str | None", '
        'variable has type "int")  [assignment]'
    ]
