"""Batch runs from the command line: --jobs, --output-dir, --skip-existing, --files-from,
--errors, --fail-fast, the summary line, exit codes; and, in real subprocesses, a closed
pipe and Ctrl-C (SIGINT)."""

from __future__ import annotations

import json
import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import IO, Any

import pytest

from artparse import output
from artparse.sinks import FILE_BLOCK

ARTICLE = "Headline {n}\n\n14.10.2015\n\nBy Jane Doe\n\nThe first paragraph of story {n}.\n"


def records(stdout: str) -> list[dict[str, Any]]:
    assert stdout == "" or stdout.endswith("\n")
    return [json.loads(line) for line in stdout.splitlines()]


def stderr_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Ten articles in nested folders, a binary file and a dangling symlink among them."""
    root = tmp_path / "corpus"
    for n in range(10):
        sub = root / f"s{n // 4}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"{n:02d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    (root / "s0" / "01b.txt").write_bytes(b"\x00\x01binary\x00" * 20)
    (root / "s1" / "05b.txt").symlink_to(root / "missing.txt")
    return root


GOOD = [f"Headline {n}" for n in range(10)]
BAD = ["01b.txt", "05b.txt"]


def test_jobs_2_keeps_the_input_order(run_cli: Any, corpus: Path) -> None:
    one = run_cli(["extract", "-f", "jsonl", "--jobs", "1", str(corpus)])
    two = run_cli(["extract", "-f", "jsonl", "--jobs", "2", str(corpus)])
    assert (one.exit_code, two.exit_code) == (1, 1)
    assert [r["title"] for r in records(two.stdout)] == GOOD
    assert two.stdout == one.stdout
    errors = [line for line in stderr_lines(two.stderr) if not line.startswith("artparse: 10 ok")]
    assert [Path(line.split(": ")[1]).name for line in errors] == BAD


def test_summary_line_and_quiet(run_cli: Any, corpus: Path) -> None:
    result = run_cli(["extract", "-f", "jsonl", str(corpus)])
    last = stderr_lines(result.stderr)[-1]
    assert last.startswith("artparse: 10 ok, 2 failed, ") and last.endswith(" files/s")
    quiet = run_cli(["extract", "-f", "jsonl", "--quiet", str(corpus)])
    assert [Path(line.split(": ")[1]).name for line in stderr_lines(quiet.stderr)] == BAD
    assert quiet.exit_code == 1


def test_one_file_has_no_summary(run_cli: Any, corpus: Path) -> None:
    result = run_cli(["extract", str(corpus / "s0" / "00.txt")])
    assert result.exit_code == 0
    assert result.stderr == ""


def test_errors_file_and_exit_1(run_cli: Any, corpus: Path, tmp_path: Path) -> None:
    log = tmp_path / "errors.jsonl"
    result = run_cli(["extract", "-q", "-f", "jsonl", "--errors", str(log), str(corpus)])
    assert result.exit_code == 1
    assert len(records(result.stdout)) == 10
    entries = records(log.read_text(encoding="utf-8"))
    assert [set(e) for e in entries] == [{"source", "error", "message"}] * 2
    assert [Path(e["source"]).name for e in entries] == BAD
    assert [e["error"] for e in entries] == ["binary", "unreadable"]
    assert all(e["message"] for e in entries)


def test_errors_file_is_empty_when_all_is_well(run_cli: Any, corpus: Path, tmp_path: Path) -> None:
    log = tmp_path / "errors.jsonl"
    result = run_cli(["extract", "-q", "--errors", str(log), str(corpus / "s2")])
    assert result.exit_code == 0
    assert log.read_text() == ""


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_fail_fast_stops_at_the_first_failure(run_cli: Any, corpus: Path, jobs: str) -> None:
    result = run_cli(["extract", "-q", "-f", "jsonl", "--fail-fast", "--jobs", jobs, str(corpus)])
    assert result.exit_code == 1
    assert [r["title"] for r in records(result.stdout)] == ["Headline 0", "Headline 1"]
    assert [Path(line.split(": ")[1]).name for line in stderr_lines(result.stderr)] == ["01b.txt"]


# --- --output-dir ------------------------------------------------------------------------


def written(out: Path) -> list[str]:
    return sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())


def test_output_dir_mirrors_the_tree_and_skip_existing_resumes(
    run_cli: Any, corpus: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "new"
    result = run_cli(["extract", "--jobs", "2", "--output-dir", str(out), str(corpus)])
    assert result.exit_code == 1
    assert result.stdout == ""
    expected = [os.path.join(f"s{n // 4}", f"{n:02d}.json") for n in range(10)]
    assert written(out) == expected
    first = json.loads((out / "s2" / "09.json").read_text(encoding="utf-8"))
    assert first["title"] == "Headline 9"
    assert (out / "s2" / "09.json").read_text(encoding="utf-8").startswith('{\n  "source"')

    (out / "s0" / "00.json").write_text("kept\n")
    (out / "s1" / "06.json").unlink()
    again = run_cli(["extract", "--output-dir", str(out), "--skip-existing", str(corpus)])
    assert again.exit_code == 1
    assert (out / "s0" / "00.json").read_text() == "kept\n"
    assert json.loads((out / "s1" / "06.json").read_text())["title"] == "Headline 6"
    assert written(out) == expected
    assert ", 10 skipped, " not in again.stderr and ", 9 skipped, " in again.stderr


def test_output_dir_jsonl_files_are_one_line(run_cli: Any, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run_cli(["extract", "-f", "jsonl", "-o", str(out), str(corpus / "s2")])
    assert result.exit_code == 0
    text = (out / "08.json").read_text(encoding="utf-8")
    assert text.count("\n") == 1 and json.loads(text)["title"] == "Headline 8"


def test_output_dir_never_writes_outside(
    run_cli: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(corpus / "s1")
    out = tmp_path / "out"
    names = ["../s0/00.txt", str(corpus / "s2" / "08.txt"), "04.txt"]
    result = run_cli(["extract", "-q", "--files-from", "-", "-o", str(out)], input="\n".join(names) + "\n")
    assert result.exit_code == 0, result.stderr
    absolute = os.path.join(*Path(corpus, "s2", "08.json").parts[1:])
    inside = [os.path.join("s0", "00.json"), absolute, "04.json"]
    assert written(out) == sorted(inside)
    assert not (corpus / "s0" / "00.json").exists()
    assert written(tmp_path) == sorted([*(os.path.join("out", p) for p in inside), *_inputs(tmp_path)])


def _inputs(tmp_path: Path) -> list[str]:
    return [str(p.relative_to(tmp_path)) for p in (tmp_path / "corpus").rglob("*") if p.is_file()]


def test_output_dir_that_is_a_file_is_a_usage_error(run_cli: Any, corpus: Path, tmp_path: Path) -> None:
    afile = tmp_path / "taken"
    afile.write_text("x")
    result = run_cli(["extract", "-o", str(afile), str(corpus)])
    assert result.exit_code == 2
    assert f"'{afile}' is a file" in result.stderr
    assert afile.read_text() == "x"


def test_unwritable_output_dir_fails_before_any_work(
    run_cli: Any, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(path: str) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(output, "_create", refuse)  # root writes anywhere: simulate a read-only DIR
    result = run_cli(["extract", "-o", str(tmp_path / "ro"), str(corpus)])
    assert result.exit_code == 2
    assert "not writable (Permission denied)" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        pytest.param(["--skip-existing"], id="skip-existing without output-dir"),
        pytest.param(["--files-from", "-", "-"], id="stdin twice"),
        pytest.param(["--files-from", "/no/such/list"], id="missing list"),
        pytest.param(["-o", "out", "--format", "pretty"], id="pretty to a directory"),
        pytest.param(["--jobs", "-1"], id="negative jobs"),
        pytest.param(["--errors", "/no/such/dir/errors.jsonl"], id="errors file not writable"),
    ],
)
def test_batch_usage_errors_exit_2(run_cli: Any, corpus: Path, args: list[str], tmp_path: Path) -> None:
    args = [str(tmp_path / a) if a == "out" else a for a in args]
    result = run_cli(["extract", *args, str(corpus)], input="")
    assert result.exit_code == 2, result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "out").exists()


# --- --files-from ------------------------------------------------------------------------


def test_files_from_stdin_nul_separated(run_cli: Any, corpus: Path) -> None:
    paths = [str(corpus / "s2" / "09.txt"), str(corpus / "s0" / "00.txt"), str(corpus / "s0" / "01b.txt")]
    result = run_cli(["extract", "--files-from", "-", "-0"], input="\0".join(paths) + "\0")
    assert result.exit_code == 1
    assert [r["source"] for r in records(result.stdout)] == paths[:2]
    assert stderr_lines(result.stderr)[0].startswith(f"artparse: {paths[2]}: ")


def test_files_from_file_newline_separated_with_a_folder(run_cli: Any, corpus: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{corpus / 's2'}\n\n{corpus / 's0' / '00.txt'}\n", encoding="utf-8")
    result = run_cli(["extract", "-q", "--files-from", str(listing)])
    assert result.exit_code == 0
    assert [r["title"] for r in records(result.stdout)] == ["Headline 8", "Headline 9", "Headline 0"]


# --- real subprocesses: a closed pipe, Ctrl-C ---------------------------------------------


def start(*args: str, **kwargs: Any) -> subprocess.Popen[bytes]:
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")}
    kwargs.setdefault("stdout", subprocess.PIPE)
    return subprocess.Popen(
        [sys.executable, "-m", "artparse", *args],
        stderr=subprocess.PIPE,
        env=env,
        start_new_session=True,  # its own process group: workers can be looked for afterwards
        **kwargs,
    )


def assert_group_gone(pgid: int) -> None:
    """No process of the run (main or worker) is left."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    raise AssertionError("processes of the run are still alive")


def readable_within(stream: IO[bytes], seconds: float) -> bool:
    """Is there output to read within ``seconds`` (instead of a test that hangs)?"""
    return bool(select.select([stream], [], [], seconds)[0])


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough files that the run is still going when the reader stops reading (only read)."""
    root = tmp_path_factory.mktemp("many")
    text = ARTICLE.format(n=0) + "Another paragraph of the story.\n" * 20
    for n in range(1500):
        (root / f"{n:05d}.txt").write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_closed_pipe_ends_quietly(many: Path, jobs: str) -> None:
    proc = start("extract", "--jobs", jobs, str(many))
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.readline()
    proc.stdout.close()  # like `| head -1`
    assert proc.wait(timeout=60) == 141
    assert json.loads(first)["title"] == "Headline 0"
    assert proc.stderr.read() == b""
    proc.stderr.close()
    assert_group_gone(proc.pid)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_sigint_stops_cleanly(corpus: Path, tmp_path: Path, jobs: str) -> None:
    """Ctrl-C while artparse waits for more names: finished records out, no half file, exit 130."""
    out = tmp_path / "out"
    names = [str(corpus / f"s{n // 4}" / f"{n:02d}.txt") for n in range(10)] * 100
    proc = start("extract", "--jobs", jobs, "--files-from", "-", "-f", "jsonl", stdin=subprocess.PIPE)
    proc_o = start("extract", "--jobs", jobs, "--files-from", "-", "-o", str(out), stdin=subprocess.PIPE)
    assert proc.stdin and proc.stdout and proc.stderr and proc_o.stdin and proc_o.stderr
    for p in (proc, proc_o):
        assert p.stdin is not None
        p.stdin.write(("\n".join(names) + "\n").encode())
        p.stdin.flush()  # the list stays open: artparse is still running when the signal comes
    assert readable_within(proc.stdout, 60), "no record came out"
    first = json.loads(proc.stdout.readline())
    assert first["title"] == "Headline 0"
    last_written = Path(output.output_target(str(out), names[9]))
    deadline = time.monotonic() + 60
    while not last_written.exists():
        time.sleep(0.02)
        assert proc_o.poll() is None and time.monotonic() < deadline
    for p in (proc, proc_o):
        os.killpg(p.pid, signal.SIGINT)  # what a terminal's Ctrl-C does: the whole group
    rest, err = proc.stdout.read(), proc.stderr.read()  # buffered: readline may have read ahead
    assert proc.wait(timeout=60) == 130
    got = [first] + [json.loads(line) for line in rest.decode().splitlines()]
    assert [r["source"] for r in got] == names[: len(got)]
    assert b"Traceback" not in err
    assert err.decode().startswith(f"artparse: interrupted: {len(got)} ok, 0 failed, "), err
    _, err_o = proc_o.communicate(timeout=60)
    assert proc_o.returncode == 130
    assert b"Traceback" not in err_o
    assert not list(out.rglob(".*")), "a temporary file was left behind"
    for p in (proc, proc_o):
        assert_group_gone(p.pid)


SEVERAL_BLOCKS = 600
"""Inputs whose records fill a file block (``sinks.FILE_BLOCK``) about ten times over, and
two workers' chunks (``batch.CHUNK_SIZE``) more than the chunks in flight."""


@pytest.fixture(scope="module")
def several_blocks(many: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("several-blocks")
    for source in sorted(many.iterdir())[:SEVERAL_BLOCKS]:
        (root / source.name).write_bytes(source.read_bytes())
    return root


@pytest.fixture(scope="module")
def records_to_a_pipe(several_blocks: Path) -> bytes:
    """What one job writes to a pipe, where each record goes out when it is ready."""
    to_pipe = subprocess.run(
        [sys.executable, "-m", "artparse", "extract", "-q", "--jobs", "1", str(several_blocks)],
        stdout=subprocess.PIPE,
        check=False,
    )
    assert to_pipe.returncode == 0
    assert len(to_pipe.stdout.splitlines()) == SEVERAL_BLOCKS
    assert len(to_pipe.stdout) > 8 * FILE_BLOCK
    return to_pipe.stdout


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_records_to_a_file_are_the_records_to_a_pipe(
    several_blocks: Path, records_to_a_pipe: bytes, tmp_path: Path, jobs: str
) -> None:
    """To a file the records go out in blocks, not one by one: the same bytes in the end
    (with one job or two) as to a pipe."""
    target = tmp_path / "out.jsonl"
    with target.open("wb") as sink:
        to_file = subprocess.run(
            [sys.executable, "-m", "artparse", "extract", "-q", "--jobs", jobs, str(several_blocks)],
            stdout=sink,
            check=False,
        )
    assert to_file.returncode == 0
    assert target.read_bytes() == records_to_a_pipe


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
def test_sigint_with_records_to_a_file_keeps_every_finished_record(corpus: Path, tmp_path: Path) -> None:
    names = [str(corpus / f"s{n // 4}" / f"{n:02d}.txt") for n in range(10)] * 300
    target = tmp_path / "out.jsonl"
    with target.open("wb") as sink:
        proc = start("extract", "--jobs", "1", "--files-from", "-", stdin=subprocess.PIPE, stdout=sink)
        assert proc.stdin is not None and proc.stderr is not None
        proc.stdin.write(("\n".join(names) + "\n").encode())
        proc.stdin.flush()  # the list stays open: artparse waits for more names
        deadline = time.monotonic() + 60
        while not target.stat().st_size:  # the first block of records is out: the run is under way
            time.sleep(0.02)
            assert proc.poll() is None and time.monotonic() < deadline
        os.killpg(proc.pid, signal.SIGINT)
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 130
    got = [json.loads(line) for line in target.read_text(encoding="utf-8").splitlines()]
    assert got, "no record was kept"
    assert [r["source"] for r in got] == names[: len(got)]
    assert err.decode().startswith(f"artparse: interrupted: {len(got)} ok, 0 failed, "), err


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_undecodable_file_name_is_escaped_in_valid_utf8(tmp_path: Path, jobs: str) -> None:
    """stdout stays valid UTF-8: the name's bad byte is written \\xe9, with a warning; the file
    under --output-dir keeps the name's own bytes."""
    root = tmp_path / "in"
    root.mkdir()
    name = os.fsencode(root / "caf") + b"\xe9.txt"
    with open(name, "wb") as f:
        f.write(ARTICLE.format(n=1).encode())
    (root / "plain.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    command = [sys.executable, "-m", "artparse", "extract", "-q", "-f", "jsonl", "--jobs", jobs, str(root)]

    run = subprocess.run(command, capture_output=True, check=False)
    assert (run.returncode, run.stderr) == (0, b"")
    first, second = (json.loads(line) for line in run.stdout.decode("utf-8").splitlines())
    assert (first["title"], second["title"]) == ("Headline 1", "Headline 2")
    assert first["source"] == str(root / "caf") + "\\xe9.txt"
    assert any("not valid UTF-8" in w for w in first["warnings"]) and second["warnings"] == []

    out = tmp_path / "out"
    run = subprocess.run([*command, "--output-dir", str(out)], capture_output=True, check=False)
    assert (run.returncode, run.stderr) == (0, b"")
    written = {os.fsencode(p.name): p.read_bytes() for p in out.rglob("*.json")}
    assert sorted(written) == [b"caf\xe9.json", b"plain.json"]
    assert json.loads(written[b"caf\xe9.json"].decode("utf-8"))["source"] == first["source"]
