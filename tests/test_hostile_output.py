"""Hostile input, round two: the terminal, the file system and the output side.

Every case runs the real command in a subprocess, as a shell user or an attacker would.
"""

from __future__ import annotations

import ctypes
import json
import os
import resource
import signal
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest

ARTICLE = "Headline {n}\n\n14.10.2015\n\nBy Jane Doe\n\nThe first paragraph of story {n}.\n"
HOSTILE = (
    "Title \x1b]0;owned\x07 here\n\n14.10.2015\n\nBy Jane \x1b[31mDoe\n\n"
    "Body \x1b[2J text \x1b[6n more \x9b1;1H and \x07 bell.\n\nSecond \u202eparagraph.\n"
)
"""Escape sequences: set the window title, clear the screen, ask the cursor position, a C1 CSI."""
ESCAPES = (b"\x1b", b"\x07", b"\xc2\x9b", "\u202e".encode())
"""What must never reach a terminal raw (ESC, BEL, the C1 CSI and a bidi override in UTF-8)."""


def artparse(
    args: list[str],
    *,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
    timeout: float = 60,
    **kwargs: object,
) -> subprocess.CompletedProcess[bytes]:
    command = [sys.executable, "-m", "artparse", *args]
    merged = {**os.environ, **(env or {})}
    streams = {"stdout": subprocess.PIPE, "stderr": subprocess.PIPE, **kwargs}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        command, env=merged, preexec_fn=preexec, timeout=timeout, **streams
    )


def no_traceback(run: subprocess.CompletedProcess[bytes]) -> None:
    assert b"Traceback" not in run.stderr, run.stderr.decode(errors="replace")


@pytest.fixture
def good(tmp_path: Path) -> Path:
    path = tmp_path / "good.txt"
    path.write_text(ARTICLE.format(n=1), encoding="utf-8")
    return path


# --- 1. terminal injection ------------------------------------------------------------------


def test_the_pretty_view_shows_escape_sequences_escaped(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    run = artparse(["extract", "--format", "pretty", str(path)])
    assert run.returncode == 0
    no_traceback(run)
    for raw in ESCAPES:
        assert raw not in run.stdout
    assert b"\\x1b]0;owned\\x07" in run.stdout
    assert b"\\u202e" in run.stdout


def test_rich_markup_in_a_field_is_shown_as_text(tmp_path: Path) -> None:
    path = tmp_path / "markup.txt"
    path.write_text(
        "Headline\n\n14.10.2015\n\nBy [link=http://evil.example]Jane Doe[/link]\n\nBody text here.\n",
        encoding="utf-8",
    )
    run = artparse(["extract", "--format", "pretty", str(path)], env={"TERM": "xterm-256color"})
    assert b"\x1b]8;" not in run.stdout  # no hyperlink escape made from the author's name


def test_explain_and_error_lines_escape_file_names_and_text(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    named = tmp_path / "evil\x1b]0;owned\x07.txt"
    run = artparse(["extract", "--explain", str(path), str(named)])
    assert run.returncode == 1
    no_traceback(run)
    for raw in ESCAPES:
        assert raw not in run.stdout
        assert raw not in run.stderr
    assert b"evil\\x1b]0;owned\\x07.txt: no such file" in run.stderr


def test_a_batch_reports_a_hostile_file_name_escaped(tmp_path: Path, good: Path) -> None:
    bad = tmp_path / "bad\x1b[2J\x9b.txt"
    bad.write_bytes(b"\x00binary\x00" * 10)
    log = tmp_path / "errors.jsonl"
    run = artparse(["extract", "-f", "jsonl", "--errors", str(log), str(good), str(bad)])
    assert run.returncode == 1
    for raw in ESCAPES:
        assert raw not in run.stderr
    assert b"bad\\x1b[2J\\x9b.txt: binary file" in run.stderr
    entry = json.loads(log.read_text(encoding="utf-8"))
    assert entry["source"] == str(bad)  # JSON escapes controls itself


def test_json_escapes_control_characters(tmp_path: Path) -> None:
    path = tmp_path / "hostile.txt"
    path.write_text(HOSTILE, encoding="utf-8")
    run = artparse(["extract", "--format", "jsonl", str(path)])
    assert b"\x1b" not in run.stdout and b"\x07" not in run.stdout
    assert json.loads(run.stdout)["title"] == "Title \x1b]0;owned\x07 here"


# --- 2. a terminal that is not UTF-8 --------------------------------------------------------


@pytest.mark.parametrize(
    "env",
    [{"PYTHONIOENCODING": "ascii"}, {"LANG": "C", "LC_ALL": "C", "PYTHONIOENCODING": "ascii:strict"}],
    ids=["ascii", "C-locale-strict"],
)
def test_the_pretty_view_degrades_on_an_ascii_terminal(tmp_path: Path, env: dict[str, str]) -> None:
    path = tmp_path / "unicode.txt"
    path.write_text(
        "Über die Brücke — ein Test\n\n14.10.2015\n\nVon Jörg Müller\n\n"
        "Ein Absatz über Zürich. Foto: dpa\n\nDer zweite Absatz „zitiert“.\n",
        encoding="utf-8",
    )
    run = artparse(["extract", "--format", "pretty", str(path)], env=env)
    no_traceback(run)
    assert run.returncode == 0
    run.stdout.decode("ascii")  # nothing but ASCII went out
    assert b"Br\\xfccke" in run.stdout


# --- 3. write errors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "args",
    [["-f", "jsonl"], ["-f", "json"], ["-f", "pretty"], ["--explain"]],
    ids=["jsonl", "json", "pretty", "explain"],
)
def test_a_full_disk_on_stdout_is_one_line(good: Path, args: list[str]) -> None:
    with open("/dev/full", "wb") as full:
        run = artparse(["extract", *args, str(good), str(good)], stdout=full)
    no_traceback(run)
    assert run.returncode == 74
    lines = run.stderr.decode().splitlines()
    assert "artparse: cannot write to stdout: No space left on device" in lines


def test_a_closed_stdout_is_one_line(good: Path) -> None:
    run = subprocess.run(
        f"{sys.executable} -m artparse extract -f jsonl {good} >&-", shell=True, capture_output=True
    )
    no_traceback(run)
    assert run.returncode == 74
    assert b"artparse: cannot write to stdout: it is closed" in run.stderr


def test_a_closed_stdin_and_stderr_are_no_traceback(good: Path) -> None:
    run = subprocess.run(
        f"{sys.executable} -m artparse extract -f jsonl {good} missing.txt <&- 2>&-",
        shell=True,
        capture_output=True,
    )
    assert run.returncode == 1
    assert json.loads(run.stdout)["title"] == "Headline 1"


def test_a_full_errors_file_is_one_line(good: Path) -> None:
    run = artparse(["extract", "-f", "jsonl", "--errors", "/dev/full", str(good), "missing.txt"])
    no_traceback(run)
    assert run.returncode == 74
    assert b"artparse: cannot write the --errors file /dev/full: No space left on device" in run.stderr
    assert json.loads(run.stdout.splitlines()[0])["title"] == "Headline 1"  # what came out, came out


def _small_files_only() -> None:
    """The child may write files of 1,000 bytes at most (EFBIG past that, not SIGXFSZ)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_failing_output_dir_stops_with_one_line_and_no_half_file(tmp_path: Path, jobs: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for n in range(5):
        (inputs / f"{n}.txt").write_text(ARTICLE.format(n=n) + "Long paragraph. " * 100, encoding="utf-8")
    out = tmp_path / "out"
    run = artparse(["extract", "-q", "--jobs", jobs, "-o", str(out), str(inputs)], preexec=_small_files_only)
    no_traceback(run)
    assert run.returncode == 74
    assert run.stderr.decode().startswith(f"artparse: cannot write {out}/0.json: File too large")
    assert list(out.iterdir()) == []  # neither a half file nor a temporary one


# --- 4. an unreadable input is that input's failure -----------------------------------------


def _without_root_file_access() -> None:
    """Drop the capabilities that let root read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)
    from the bounding set: after exec, even root gets "permission denied" on a mode-000 file."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    pr_capbset_drop = 24
    for capability in (1, 2):
        if libc.prctl(pr_capbset_drop, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


def test_an_unreadable_file_fails_alone(tmp_path: Path, good: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text(ARTICLE.format(n=2), encoding="utf-8")
    locked.chmod(0)
    run = artparse(["extract", "-f", "jsonl", str(good), str(locked)], preexec=_without_root_file_access)
    no_traceback(run)
    assert run.returncode == 1
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Headline 1"]
    assert f"artparse: {locked}: permission denied".encode() in run.stderr


# --- 5. process substitution, FIFOs named by the user ---------------------------------------


def test_process_substitution_is_read(tmp_path: Path) -> None:
    read_end, write_end = os.pipe()
    with os.fdopen(write_end, "wb") as pipe:
        pipe.write(ARTICLE.format(n=7).encode())
    run = artparse(["extract", "-f", "jsonl", f"/dev/fd/{read_end}"], pass_fds=(read_end,))
    os.close(read_end)
    no_traceback(run)
    assert run.returncode == 0
    record = json.loads(run.stdout)
    assert (record["title"], record["source"]) == ("Headline 7", f"/dev/fd/{read_end}")


def test_process_substitution_through_a_shell(tmp_path: Path, good: Path) -> None:
    if not Path("/bin/bash").exists():
        pytest.skip("no bash")
    run = subprocess.run(
        [
            "/bin/bash",
            "-c",
            f'{sys.executable} -m artparse extract -f jsonl "$1" <(cat "$1")',
            "-",
            str(good),
        ],
        capture_output=True,
        timeout=60,
    )
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Headline 1", "Headline 1"]


def _feed_fifo(path: Path, data: bytes) -> threading.Thread:
    def write() -> None:
        with open(path, "wb") as fifo:  # waits for the reader, as a shell's writer does
            fifo.write(data)

    thread = threading.Thread(target=write, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("how", ["argument", "files-from"])
def test_a_fifo_named_by_the_user_is_read_like_cat(tmp_path: Path, good: Path, how: str) -> None:
    fifo = tmp_path / "fifo.txt"
    os.mkfifo(fifo)
    writer = _feed_fifo(fifo, ARTICLE.format(n=3).encode())
    if how == "argument":
        run = artparse(["extract", "-f", "jsonl", "--jobs", "2", str(good), str(fifo)], timeout=30)
    else:
        listing = f"{good}\n{fifo}\n".encode()
        run = artparse(["extract", "-f", "jsonl", "--files-from", "-"], input=listing, timeout=30)
    writer.join(5)
    no_traceback(run)
    assert run.returncode == 0, run.stderr
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Headline 1", "Headline 3"]


def test_a_fifo_met_while_walking_is_skipped_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(ARTICLE.format(n=1), encoding="utf-8")
    os.mkfifo(folder / "b.txt")
    run = artparse(["extract", "-f", "jsonl", str(folder)], timeout=30)
    assert run.returncode == 1
    assert f"artparse: {folder / 'b.txt'}: not a regular file".encode() in run.stderr
    assert [json.loads(line)["title"] for line in run.stdout.splitlines()] == ["Headline 1"]


# --- 6. file names that are not UTF-8 (also in test_cli_batch) ------------------------------


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX file names are bytes")
def test_an_undecodable_name_is_valid_utf8_everywhere(tmp_path: Path) -> None:
    name = os.fsencode(tmp_path) + b"/caf\xe9.txt"
    with open(name, "wb") as handle:
        handle.write(b"\x00binary\x00" * 10)
    log = tmp_path / "errors.jsonl"
    named = os.fsdecode(name)
    run = artparse(["extract", "-f", "jsonl", "--errors", str(log), named])
    assert run.returncode == 1
    run.stderr.decode("utf-8")
    assert b"caf\\xe9.txt: binary file" in run.stderr
    entry = json.loads(log.read_bytes().decode("utf-8"))
    assert entry["source"] == str(tmp_path) + "/caf\\xe9.txt"


# --- 7. --output-dir names ------------------------------------------------------------------


def test_a_named_file_takes_its_base_name(tmp_path: Path, good: Path) -> None:
    deep = tmp_path / "data" / "news"
    deep.mkdir(parents=True)
    (deep / "a.txt").write_text(ARTICLE.format(n=2), encoding="utf-8")
    (deep / "sub").mkdir()
    (deep / "sub" / "b.txt").write_text(ARTICLE.format(n=3), encoding="utf-8")
    out = tmp_path / "out"
    run = artparse(["extract", "-o", str(out), str(deep / "a.txt"), str(deep)])
    assert run.returncode == 1  # deep/a.txt, named and walked, would take out/a.json twice
    written = sorted(str(p.relative_to(out)) for p in out.rglob("*.json"))
    assert written == ["a.json", "sub/b.json"]
    assert b"is also the output of an earlier input; not overwritten" in run.stderr


@pytest.fixture
def same_names(tmp_path: Path) -> tuple[str, str]:
    """x/same.txt and y/same.txt: two files of one base name."""
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_text(ARTICLE.format(n=folder), encoding="utf-8")
    return str(tmp_path / "x" / "same.txt"), str(tmp_path / "y" / "same.txt")


def test_files_from_names_keep_their_path(tmp_path: Path, same_names: tuple[str, str]) -> None:
    out = tmp_path / "out"
    listing = b"x/same.txt\ny/same.txt\n"
    run = artparse(["extract", "-o", str(out), "--files-from", "-"], input=listing, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert sorted(str(p.relative_to(out)) for p in out.rglob("*.json")) == ["x/same.json", "y/same.json"]


def test_two_inputs_with_one_output_name_never_overwrite(tmp_path: Path, same_names: tuple[str, str]) -> None:
    out = tmp_path / "out"
    x, y = same_names
    run = artparse(["extract", "-o", str(out), x, y])
    assert run.returncode == 1
    assert json.loads((out / "same.json").read_text(encoding="utf-8"))["title"] == "Headline x"
    line = f"artparse: {y}: {out}/same.json is also the output of an earlier input".encode()
    assert line in run.stderr
    again = artparse(["extract", "-o", str(out), y])
    assert again.returncode == 0  # a later run replaces an earlier run's file
    assert json.loads((out / "same.json").read_text(encoding="utf-8"))["title"] == "Headline y"


def test_a_symlink_at_the_output_name_is_replaced_not_written_through(tmp_path: Path, good: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me", encoding="utf-8")
    (out / "good.json").symlink_to(precious)
    os.mkfifo(out / "fifo.json")
    fifo_input = tmp_path / "fifo.txt"
    fifo_input.write_text(ARTICLE.format(n=5), encoding="utf-8")
    run = artparse(["extract", "-o", str(out), str(good), str(fifo_input)], timeout=30)
    assert run.returncode == 0, run.stderr
    assert precious.read_text(encoding="utf-8") == "keep me"
    assert not (out / "good.json").is_symlink()
    assert json.loads((out / "good.json").read_text(encoding="utf-8"))["title"] == "Headline 1"
    assert json.loads((out / "fifo.json").read_text(encoding="utf-8"))["title"] == "Headline 5"


def test_a_usage_error_quoting_a_hostile_argument_escapes_it() -> None:
    """A shell's ``*`` can bring a file named like an option: click's message quotes it."""
    run = artparse(["extract", "--x\x1b]0;owned\x07.txt"])
    assert run.returncode == 2
    assert b"\x1b" not in run.stderr and b"\x07" not in run.stderr
    assert b"--x\\x1b]0;owned\\x07.txt" in run.stderr
