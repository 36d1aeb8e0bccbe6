"""The configuration file: option defaults and vocabulary extensions, checked with file and line.

Each case runs the real command in a subprocess: the vocabulary is extended before the first
parse of a process, as a user's run does it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ARTICLE = "Harbour plans approved ::: The Quayside Courier\n\n03/04/2015\n\nThe council approved the plans.\n"


def artparse(
    args: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None
) -> subprocess.CompletedProcess[str]:
    merged = {k: v for k, v in os.environ.items() if k != "ARTPARSE_CONFIG"}
    merged["XDG_CONFIG_HOME"] = str(cwd or Path.cwd())  # no user configuration file leaks in
    merged.update(env or {})
    return subprocess.run(
        [sys.executable, "-m", "artparse", *args],
        capture_output=True,
        text=True,
        env=merged,
        cwd=cwd,
        timeout=60,
    )


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_site_names_from_the_configuration_leave_titles(tmp_path: Path, article: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text('[vocab.en]\nsite_names = ["The Quayside Courier"]\n', encoding="utf-8")
    plain = artparse(["extract", "--fields", "title", str(article)], cwd=tmp_path)
    configured = artparse(
        ["--config", str(config), "extract", "--fields", "title", str(article)], cwd=tmp_path
    )
    assert json.loads(plain.stdout)["title"] == "Harbour plans approved ::: The Quayside Courier"
    assert json.loads(configured.stdout)["title"] == "Harbour plans approved"


def test_option_defaults_from_the_environment_and_the_user_directory(tmp_path: Path, article: Path) -> None:
    config = tmp_path / "artparse" / "config.toml"
    config.parent.mkdir()
    config.write_text('[extract]\ndate-order = "DMY"\nfields = "date"\n', encoding="utf-8")
    from_user_dir = artparse(["extract", str(article)], cwd=tmp_path)
    assert json.loads(from_user_dir.stdout) == {"date": "2015-04-03"}
    other = tmp_path / "other.toml"
    other.write_text('[extract]\nfields = "title"\n', encoding="utf-8")
    from_env = artparse(["extract", str(article)], env={"ARTPARSE_CONFIG": str(other)}, cwd=tmp_path)
    assert list(json.loads(from_env.stdout)) == ["title"]
    overridden = artparse(["extract", "--fields", "source", str(article)], cwd=tmp_path)
    assert list(json.loads(overridden.stdout)) == ["source"]  # the command line wins


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('[extract]\njobs = "many"\n', "c.toml:2: jobs: Invalid value for '--jobs'"),
        ("[extract]\nwords = 3\n", "c.toml:2: words is not an option of extract; options are:"),
        (
            '[vocab.en]\nbyline_prefix = ["By"]\n',
            "c.toml:2: vocab.en.byline_prefix is not a vocabulary category",
        ),
        ('[vocab.xx]\nsite_names = ["X"]\n', "c.toml:1: unknown language 'xx'"),
        ("[vocab.en]\nsite_names = 3\n", "c.toml:2: vocab.en.site_names must be a list of non-empty strings"),
        ("[extract\n", "c.toml: not valid TOML"),
        ("[colour]\nx = 1\n", "c.toml:1: unknown table [colour]"),
    ],
)
def test_a_bad_configuration_is_a_usage_error_naming_the_key_and_line(
    tmp_path: Path, article: Path, text: str, message: str
) -> None:
    config = tmp_path / "c.toml"
    config.write_text(text, encoding="utf-8")
    run = artparse(["--config", str(config), "extract", str(article)], cwd=tmp_path)
    assert run.returncode == 2
    assert message in run.stderr
    assert "Traceback" not in run.stderr


def test_config_shows_the_settings_and_where_each_came_from(tmp_path: Path) -> None:
    config = tmp_path / "c.toml"
    config.write_text(
        '[extract]\ndate-order = "MDY"\n\n[vocab.en]\nsite_names = ["X Times"]\n', encoding="utf-8"
    )
    run = artparse(["--config", str(config), "config"], cwd=tmp_path)
    assert run.returncode == 0
    lines = run.stdout.splitlines()
    assert lines[0] == f"# configuration file: {config} (from --config)"
    assert f'date-order = "MDY"  # {config}:2' in lines
    assert 'glob = "*.txt,*.md,*.markdown,*.mdx"  # default' in lines
    assert f'site_names = ["X Times"]  # {config}:5' in lines


def test_a_missing_named_configuration_file_is_a_usage_error(tmp_path: Path) -> None:
    run = artparse(["--config", str(tmp_path / "none.toml"), "config"], cwd=tmp_path)
    assert run.returncode == 2
    assert "cannot read the configuration file" in run.stderr


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="the XDG base directory rules")
def test_the_user_directory_follows_the_xdg_rules(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from artparse.config import user_config_path

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert user_config_path() == str(tmp_path / "artparse" / "config.toml")
    monkeypatch.setenv("XDG_CONFIG_HOME", "relative/dir")  # the specification: a relative path is ignored
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert user_config_path() == str(tmp_path / "home" / ".config" / "artparse" / "config.toml")
