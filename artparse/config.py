"""The configuration file: defaults for options, and a user's own vocabulary.

Found as ``--config FILE``, else ``$ARTPARSE_CONFIG``, else ``config.toml`` in the platform's
user configuration directory (``~/.config/artparse`` on Linux); none is needed.
It is TOML::

    [extract]                  # defaults for `artparse extract` options, by their long names
    date-order = "MDY"
    jobs = 4

    [vocab.en]                 # words added to a language's vocabulary
    site_names = ["The Quayside Courier"]
    byline_prefixes = ["Reported by"]

A bad file is a ``ConfigError`` naming the file, the line and the key.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from artparse.errors import OptionError
from artparse.lazyre import lazy_compile

ENV_VAR = "ARTPARSE_CONFIG"
FILE_NAME = "config.toml"
SECTIONS = ("extract", "vocab")


class ConfigError(OptionError):
    """The configuration file cannot be read or says something artparse cannot use."""

    code = "config"


@dataclass(frozen=True, slots=True, kw_only=True)
class Setting:
    """One value of the configuration, with where it was set."""

    value: Any
    line: int
    """1-based line of the file that sets it."""


@dataclass(frozen=True, slots=True, kw_only=True)
class Config:
    """What a configuration file says (empty when there is none)."""

    path: str | None = None
    """The file read, or None."""
    origin: str = "none"
    """How the file was found: ``--config``, ``$ARTPARSE_CONFIG``, ``user config directory``."""
    options: Mapping[str, Mapping[str, Setting]] = field(default_factory=dict)
    """Option defaults per command, by the option's long name (``date-order``)."""
    vocab: Mapping[str, Mapping[str, Setting]] = field(default_factory=dict)
    """Words per language and category, to add to the built-in vocabulary."""

    def vocab_words(self) -> dict[str, dict[str, tuple[str, ...]]]:
        """``{language: {category: words}}`` of the ``[vocab.*]`` tables."""
        return {
            language: {category: tuple(s.value) for category, s in categories.items()}
            for language, categories in self.vocab.items()
        }


def user_config_path() -> str:
    """Where the user's configuration file is looked for when none is named: the platform's
    user configuration directory, as the XDG base directory specification (Linux, BSD),
    Apple (macOS) and Windows (roaming AppData) place it."""
    if sys.platform == "win32":
        base = os.environ.get("APPDATA") or os.path.expanduser(r"~\AppData\Roaming")
    elif sys.platform == "darwin":
        base = os.path.expanduser("~/Library/Application Support")
    else:
        xdg = os.environ.get("XDG_CONFIG_HOME", "")
        base = xdg if os.path.isabs(xdg) else os.path.expanduser("~/.config")  # the spec: relative is ignored
    return os.path.join(base, "artparse", FILE_NAME)


def locate(explicit: str | None) -> tuple[str | None, str]:
    """(the configuration file to read, how it was found); (None, "none") when there is none.

    A file named with ``--config`` or ``$ARTPARSE_CONFIG`` must exist; the user directory's
    is read only if it is there.
    """
    if explicit:
        return explicit, "--config"
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return from_env, f"${ENV_VAR}"
    default = user_config_path()
    return (default, "user config directory") if os.path.isfile(default) else (None, "none")


def load(explicit: str | None = None, *, vocab_categories: Mapping[str, set[str]] | None = None) -> Config:
    """Read and check the configuration file (see the module docstring).

    ``vocab_categories``: the categories each language's vocabulary can be extended with
    (by language code); a ``[vocab.xx]`` table for another language or category is an error.
    """
    path, origin = locate(explicit)
    if path is None:
        return Config()
    try:
        with open(path, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration file: {exc.strerror or exc}") from None
    import tomllib  # only a run that has a configuration file pays for the TOML parser

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    lines = _KeyLines(text)
    for section in data:
        if section not in SECTIONS:
            known = ", ".join(f"[{s}]" for s in SECTIONS)
            raise ConfigError(f"{path}:{lines.find(section)}: unknown table [{section}]; tables are: {known}")
    options = {}
    if "extract" in data:
        table = _table(data, "extract", path, lines)
        options["extract"] = {
            key: Setting(value=value, line=lines.find(key, "extract")) for key, value in table.items()
        }
    vocab = (
        _vocab(_table(data, "vocab", path, lines), path, lines, vocab_categories) if "vocab" in data else {}
    )
    return Config(path=path, origin=origin, options=options, vocab=vocab)


def _vocab(
    tables: dict[str, Any], path: str, lines: _KeyLines, allowed: Mapping[str, set[str]] | None
) -> dict[str, dict[str, Setting]]:
    """The ``[vocab.LANG]`` tables, checked: known languages and categories, lists of words."""
    vocab: dict[str, dict[str, Setting]] = {}
    for language, table in tables.items():
        where = f"vocab.{language}"
        if not isinstance(table, dict):
            raise ConfigError(
                f"{path}:{lines.find(language, 'vocab')}: {where} must be a table of word lists"
            )
        if allowed is not None and language not in allowed:
            known = ", ".join(sorted(allowed))
            raise ConfigError(
                f"{path}:{lines.find(where)}: unknown language {language!r}; languages are: {known}"
            )
        categories = {}
        for category, words in table.items():
            line = lines.find(category, where)
            if allowed is not None and category not in allowed[language]:
                valid = ", ".join(sorted(allowed[language]))
                raise ConfigError(
                    f"{path}:{line}: {where}.{category} is not a vocabulary category; categories are: {valid}"
                )
            if not isinstance(words, list) or not all(isinstance(w, str) and w.strip() for w in words):
                raise ConfigError(f"{path}:{line}: {where}.{category} must be a list of non-empty strings")
            categories[category] = Setting(value=tuple(w.strip() for w in words), line=line)
        vocab[language] = categories
    return vocab


def _table(data: dict[str, Any], name: str, path: str, lines: _KeyLines) -> dict[str, Any]:
    table = data[name]
    if not isinstance(table, dict):
        raise ConfigError(f"{path}:{lines.find(name)}: {name} must be a table ([{name}])")
    return table


class _KeyLines:
    """The line on which a key is set, for messages (tomllib gives values, not positions)."""

    _HEADER = lazy_compile(r"^\s*\[\s*([^\]]+?)\s*\]\s*(?:#.*)?$")  # only a run with a file uses them
    _KEY = lazy_compile(r"^\s*([A-Za-z0-9_.\"'-]+)\s*=")

    def __init__(self, text: str) -> None:
        self.where: dict[tuple[str, str], int] = {}
        table = ""
        for number, line in enumerate(text.splitlines(), 1):
            header = self._HEADER.match(line)
            if header:
                table = header.group(1).replace('"', "").replace("'", "")
                self.where.setdefault((table, ""), number)
                continue
            key = self._KEY.match(line)
            if key:
                name = key.group(1).replace('"', "").replace("'", "")
                full = f"{table}.{name}" if table else name
                parent, _, last = full.rpartition(".")
                self.where.setdefault((parent, last), number)

    def find(self, key: str, table: str = "") -> int:
        """The line of ``table.key`` (or of the table header ``key``), else 1."""
        return self.where.get((table, key)) or self.where.get((key, "")) or 1
