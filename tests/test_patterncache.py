"""The cache of compiled patterns: the engine gets the program re.compile would give it,
from a file written once; anything wrong with the file costs a compile, never an error."""

from __future__ import annotations

import json
import marshal
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

import artparse.cli  # noqa: F401  (every module with patterns)
from artparse import lazyre, patterncache
from artparse.patterncache import ENV_CACHE_DIR, MAX_PROGRAMS, PatternCache, cache_dir

cpython = pytest.mark.skipif(sys.implementation.name != "cpython", reason="CPython's engine internals")

KEYS = sorted({(p._source, p._flags) for p in lazyre._ALL})
"""artparse's own patterns."""
SAMPLE = Path(__file__).parent.parent / "samples" / "kazakhstan-china.txt"


def test_the_cache_directory(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv(ENV_CACHE_DIR, str(tmp_path))
    assert cache_dir() == str(tmp_path)
    monkeypatch.setenv(ENV_CACHE_DIR, "")
    assert cache_dir() is None  # turned off
    monkeypatch.delenv(ENV_CACHE_DIR)
    if sys.platform not in ("win32", "darwin"):
        monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
        assert cache_dir() == str(tmp_path / "xdg" / "artparse")
        monkeypatch.setenv("XDG_CACHE_HOME", "relative/cache")  # not absolute: ignored
        monkeypatch.setenv("HOME", str(tmp_path / "home"))
        assert cache_dir() == str(tmp_path / "home" / ".cache" / "artparse")


@cpython
def test_programs_from_the_file_are_the_patterns_re_compile_makes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = PatternCache(str(tmp_path), lambda: KEYS)
    assert first.compile(*KEYS[0]) == re.compile(*KEYS[0])
    assert first.path is not None and os.path.exists(first.path)
    assert [p.name for p in tmp_path.iterdir()] == [os.path.basename(first.path)]  # no temporary left

    compile_ = re.compile
    later = PatternCache(str(tmp_path), lambda: KEYS)

    def no_compiling(*args: object) -> None:
        raise AssertionError("compiled although the program was in the file")

    monkeypatch.setattr(later, "_program", no_compiling)
    monkeypatch.setattr(patterncache.re, "compile", no_compiling)
    for key in KEYS:  # a Pattern equals another with the same text, flags and program
        assert later.compile(*key) == compile_(*key)


@cpython
@pytest.mark.parametrize("content", [b"", b"not marshal at all", marshal.dumps([1, 2]), b"\xff" * 40])
def test_a_corrupt_file_is_written_afresh(tmp_path: Path, content: bytes) -> None:
    path = PatternCache(str(tmp_path), lambda: KEYS).path
    assert path is not None
    Path(path).write_bytes(content)
    cache = PatternCache(str(tmp_path), lambda: KEYS)
    assert cache.compile(*KEYS[-1]) == re.compile(*KEYS[-1])
    assert set(marshal.loads(Path(path).read_bytes())) == set(KEYS)


@cpython
def test_a_program_the_engine_refuses_is_compiled_afresh(tmp_path: Path) -> None:
    key = (r"(?P<day>\d{1,2})\.(?P<month>\d{1,2})", 0)
    path = PatternCache(str(tmp_path), lambda: [key]).path
    assert path is not None
    broken = (32, [1, 2, 3], 2, {"day": 1, "month": 2}, (None, "day", "month"))
    Path(path).write_bytes(marshal.dumps({key: broken}))
    pattern = PatternCache(str(tmp_path), lambda: [key]).compile(*key)
    assert pattern == re.compile(*key)
    found = pattern.match("14.10")
    assert found is not None and found.group("month") == "10"


def test_no_directory_or_an_unwritable_one_still_compiles(tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("")
    for directory in (None, str(blocked / "cache")):
        cache = PatternCache(directory, lambda: KEYS)
        assert cache.compile(*KEYS[0]) == re.compile(*KEYS[0])
    assert [p.name for p in tmp_path.iterdir()] == ["a-file"]


@cpython
def test_programs_of_other_patterns_are_kept_within_a_bound(tmp_path: Path) -> None:
    mine, other = (r"a+b", 0), (r"c+d", 0)
    PatternCache(str(tmp_path), lambda: [other]).compile(*other)
    cache = PatternCache(str(tmp_path), lambda: [mine])
    cache.compile(*mine)
    assert cache.path is not None
    assert set(marshal.loads(Path(cache.path).read_bytes())) == {mine, other}

    many = [(f"x{n}+", 0) for n in range(MAX_PROGRAMS)]
    cache = PatternCache(str(tmp_path), lambda: many)
    cache.compile(*many[0])
    assert set(marshal.loads(Path(cache.path).read_bytes())) == set(many)  # the others went


@cpython
def test_a_run_writes_the_cache_and_the_next_reads_it(tmp_path: Path) -> None:
    """Same records with no cache, a cache being written, and a cache read."""

    def run(cache: str) -> str:
        env = {**os.environ, ENV_CACHE_DIR: cache}
        command = [sys.executable, "-m", "artparse", "extract", "-f", "jsonl", str(SAMPLE)]
        done = subprocess.run(command, capture_output=True, text=True, env=env, check=True, timeout=60)
        return done.stdout

    uncached = run("")
    assert run(str(tmp_path)) == uncached
    files = list(tmp_path.iterdir())
    assert len(files) == 1 and files[0].name.startswith("re-")
    written = files[0].stat().st_mtime_ns
    assert run(str(tmp_path)) == uncached
    assert files[0].stat().st_mtime_ns == written  # read, not written again
    assert json.loads(uncached)["date"] == "2015-10-14"
