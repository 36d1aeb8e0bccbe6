"""The batch engine and its helpers: ordered parallel runs, lost-nothing errors, the output
directory (atomic files, no escape), the --files-from reader, the summary line."""

from __future__ import annotations

import io
import json
import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from artparse import parser as parser_module
from artparse.batch import ExtractOptions, Result, Task, run
from artparse.filelist import read_names
from artparse.inputs import InputItem, iter_inputs
from artparse.output import AtomicWriter, OutputError, output_relative, output_target, prepare_output_dir
from artparse.render.progress import Status

ARTICLE = "Headline {n}\n\n14.10.2015\n\nBy Jane Doe\n\nThe first paragraph of story {n}.\n"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Twelve articles in two sub-folders, and one binary file in the middle."""
    root = tmp_path / "in"
    for n in range(12):
        sub = root / ("a" if n < 6 else "b")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:02d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (root / "a" / "03b.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    return root


def tasks_for(root: Path) -> list[Task]:
    return [Task(item) for item in iter_inputs([str(root)])]


def titles(results: list[Result]) -> list[str | None]:
    return [json.loads(r.record)["title"] if r.record else None for r in results]


def test_parallel_results_equal_sequential_in_input_order(folder: Path) -> None:
    tasks = tasks_for(folder)
    one = list(run(tasks, ExtractOptions(), jobs=1))
    two = list(run(tasks, ExtractOptions(), jobs=2, chunk_size=1))
    assert [r.item for r in two] == [t.item for t in tasks]
    assert two == one
    assert titles(two)[:5] == ["Headline 0", "Headline 1", "Headline 2", "Headline 3", None]
    assert [r.ok for r in two].count(False) == 1
    assert two[4].error_code == "binary" and two[4].item.path.endswith("03b.txt")


def test_an_input_known_bad_before_reading_is_an_error_result() -> None:
    item = InputItem("gone/", "gone", error="permission denied")
    for jobs in (1, 2):
        (result,) = run([Task(item)], ExtractOptions(), jobs=jobs)
        assert (result.ok, result.error_code, result.message) == (False, "unreadable", "permission denied")


def test_a_bug_costs_one_input_not_the_batch(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_parse = parser_module.parse

    def flaky_parse(text: str, **kwargs: object) -> object:
        if "story 7." in text:
            raise ValueError("boom")
        return real_parse(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parser_module, "parse", flaky_parse)
    for jobs in (1, 2):  # workers are forked: they see the patched function too
        results = list(run(tasks_for(folder), ExtractOptions(), jobs=jobs, chunk_size=2))
        failed = [r for r in results if r.error_code == "internal"]
        assert len(failed) == 1, jobs
        assert failed[0].item.path.endswith("07.txt")
        assert failed[0].message == "internal error: ValueError: boom"
        assert sum(r.ok for r in results) == 11


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the patched function reaches workers by fork")
def test_a_worker_that_dies_is_replaced_and_only_its_input_fails(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = os.getpid()
    real_parse = parser_module.parse

    def deadly_parse(text: str, **kwargs: object) -> object:
        if "story 5." in text and os.getpid() != parent:
            os._exit(9)
        return real_parse(text, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(parser_module, "parse", deadly_parse)
    results = list(run(tasks_for(folder), ExtractOptions(), jobs=2, chunk_size=3))
    assert [r.item for r in results] == [t.item for t in tasks_for(folder)]
    died = [r for r in results if r.error_code == "internal"]
    assert [Path(r.item.path).name for r in died] == ["05.txt"]
    assert "worker process died" in (died[0].message or "")
    assert sum(r.ok for r in results) == 11


def test_closing_the_run_early_stops_the_workers(folder: Path) -> None:
    results = run(tasks_for(folder), ExtractOptions(), jobs=2, chunk_size=1)
    first = next(results)
    assert first.ok
    results.close()
    assert not [c for c in _children() if c.is_alive()]


def _children() -> list[object]:
    import multiprocessing

    return list(multiprocessing.active_children())


# --- the output directory ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "relative"),
    [
        ("a.txt", "a.txt"),
        ("./corpus/x/a.txt", "corpus/x/a.txt"),
        ("/abs/path/a.txt", "abs/path/a.txt"),
        ("../../up/a.txt", "up/a.txt"),
        ("a/../../b/../../c.txt", "c.txt"),
        ("a//b/./c.txt", "a/b/c.txt"),
        ("-", "-"),
        ("..", "stdin"),
    ],
)
def test_output_relative_never_leaves_the_directory(given: str, relative: str) -> None:
    assert output_relative(given) == relative.replace("/", os.sep)


def test_output_target_replaces_the_extension(tmp_path: Path) -> None:
    assert output_target(str(tmp_path), "x/a.txt") == str(tmp_path / "x" / "a.json")
    assert output_target(str(tmp_path), "README") == str(tmp_path / "README.json")
    assert output_target(str(tmp_path), "../../etc/passwd") == str(tmp_path / "etc" / "passwd.json")


def test_prepare_output_dir(tmp_path: Path) -> None:
    missing = tmp_path / "new" / "deeper"
    prepare_output_dir(str(missing))
    assert missing.is_dir() and list(missing.iterdir()) == []
    afile = tmp_path / "file"
    afile.write_text("x")
    with pytest.raises(OutputError, match="not a directory"):
        prepare_output_dir(str(afile))
    with pytest.raises(OutputError, match="not writable"):
        prepare_output_dir(str(afile / "below"))


def test_atomic_writer_leaves_whole_files_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    writer = AtomicWriter(str(tmp_path))
    target = tmp_path / "sub" / "a.json"
    writer.write(str(target), b'{"a": 1}\n')
    assert target.read_text() == '{"a": 1}\n'
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["a.json"]

    def interrupted(src: str, dst: str) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "replace", interrupted)  # the file of an earlier run is replaced
    with pytest.raises(KeyboardInterrupt):
        writer.write(str(target), b'{"a": 2}\n')
    assert target.read_text() == '{"a": 1}\n'
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["a.json"]
    assert writer.temp is None


def test_atomic_writer_refuses_a_symlink_out_of_the_directory(tmp_path: Path) -> None:
    out, elsewhere = tmp_path / "out", tmp_path / "elsewhere"
    out.mkdir()
    elsewhere.mkdir()
    (out / "link").symlink_to(elsewhere)
    with pytest.raises(OutputError, match="outside the output directory"):
        AtomicWriter(str(out)).write(str(out / "link" / "a.json"), b"{}\n")
    assert list(elsewhere.iterdir()) == []


def test_run_writes_files_and_returns_no_records(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    options = ExtractOptions(output_dir=str(out))
    tasks = [Task(item, output_target(str(out), item.relative)) for item in iter_inputs([str(folder)])]
    results = list(run(tasks, options, jobs=2, chunk_size=2))
    assert all(r.record is None for r in results)
    assert sum(r.ok for r in results) == 12
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert written == [os.path.join("a" if n < 6 else "b", f"{n:02d}.json") for n in range(12)]
    assert json.loads((out / "b" / "11.json").read_text())["title"] == "Headline 11"


# --- --files-from ------------------------------------------------------------------------


def names_from(data: bytes, *, null: bool, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    return list(read_names("-", null=null))


def test_read_names_newline_and_nul(monkeypatch: pytest.MonkeyPatch) -> None:
    data = b"a.txt\r\n\nwith space.txt\nlast.txt"
    assert names_from(data, null=False, monkeypatch=monkeypatch) == ["a.txt", "with space.txt", "last.txt"]
    data = b"a.txt\0new\nline.txt\0\0caf\xc3\xa9.txt\0"
    assert names_from(data, null=True, monkeypatch=monkeypatch) == ["a.txt", "new\nline.txt", "café.txt"]


def test_read_names_keeps_undecodable_bytes(tmp_path: Path) -> None:
    listing = tmp_path / "list"
    listing.write_bytes(b"caf\xe9.txt\n")
    (name,) = read_names(str(listing))
    assert os.fsencode(name) == b"caf\xe9.txt"


def test_read_names_streams_from_a_pipe() -> None:
    """A name is yielded as soon as its line is complete, not when the writer closes."""
    read_fd, write_fd = os.pipe()
    reader = os.fdopen(read_fd, "rb")
    got: list[str] = []
    names: Iterator[str] = _split_handle(reader)
    thread = threading.Thread(target=lambda: got.append(next(names)), daemon=True)
    os.write(write_fd, b"first.txt\n")
    thread.start()
    thread.join(10)
    os.close(write_fd)
    thread.join(10)
    reader.close()
    assert got == ["first.txt"]
    assert not thread.is_alive()


def _split_handle(handle: io.BufferedReader) -> Iterator[str]:
    from artparse.filelist import _split

    return _split(handle, null=False)


# --- status ------------------------------------------------------------------------------


def test_summary_line() -> None:
    status = Status(io.StringIO())
    status.ok, status.failed = 98, 2
    line = status.summary()
    assert line.startswith("artparse: 98 ok, 2 failed, ")
    assert line.endswith(" files/s")
    status.skipped = 5
    assert ", 5 skipped, " in status.summary(interrupted=True)
    assert status.summary(interrupted=True).startswith("artparse: interrupted: 98 ok")


def test_no_bar_unless_asked() -> None:
    stream = io.StringIO()
    status = Status(stream, bar=False)
    for _ in range(3):
        status.ok += 1
        status.advance()
    status.error("artparse: x.txt: binary file")
    status.close()
    assert stream.getvalue() == "artparse: x.txt: binary file\n"
