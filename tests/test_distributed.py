"""The Dask engine, with real components: a LocalCluster of two worker processes, ``memory://``
and an S3 endpoint on loopback (moto's server, through s3fs).

Every check compares with the local engine (``artparse extract --format jsonl``): the records
are the same (as sorted multisets), only their grouping into parts differs.
Select these tests with ``-m dask``; they run in the normal suite.
"""

from __future__ import annotations

import json
import logging
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from artparse.cli import cli
from artparse.errors import OptionError
from artparse.inputs import DEFAULT_PATTERN

pytestmark = pytest.mark.dask

ROOT = Path(__file__).parent.parent
SAMPLES = ROOT / "samples"
GOLDEN = ROOT / "tests" / "golden"
GENERATED = 1000
"""Files in the generated corpus, on top of the samples and the golden articles: enough for
several parts in every run below (a folder ``gen/N`` holds a seventh of them)."""

Record = dict[str, Any]


def canonical(records: list[Record]) -> list[str]:
    """Records as a sorted multiset (each one as sorted-key JSON)."""
    return sorted(json.dumps(r, ensure_ascii=False, sort_keys=True) for r in records)


def local_engine(*paths: str) -> tuple[list[Record], list[Record]]:
    """(records, error entries) of the local engine on ``paths``."""
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        errors = Path(tmp) / "errors.jsonl"
        result = CliRunner().invoke(
            cli, ["extract", "--format", "jsonl", "--jobs", "1", "--errors", str(errors), *paths]
        )
        assert result.exit_code in (0, 1), result.output
        records = [json.loads(line) for line in result.stdout.splitlines()]
        failed = [json.loads(line) for line in errors.read_text(encoding="utf-8").splitlines()]
    return records, failed


def read_parts(root: Path, prefix: str = "part-") -> list[Record]:
    lines: list[Record] = []
    for part in sorted(root.glob(f"{prefix}*.jsonl")):
        lines += [json.loads(line) for line in part.read_text(encoding="utf-8").splitlines()]
    return lines


@pytest.fixture(scope="module", autouse=True)
def _freeze_what_dask_leaves() -> Iterator[None]:
    """After this module, move what it imported (dask, pandas, pyarrow, boto: ten times the
    objects the rest of the suite holds) out of the collector's reach with ``gc.freeze``:
    otherwise every full collection in a later test walks them, and the timing ratios of
    ``test_worst_case.py`` drift with the heap's size rather than with the parser."""
    import gc

    yield
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The samples, the golden articles, a thousand variants of them in nested
    directories, and two inputs that fail (a binary file, a file of another extension is left out)."""
    root = tmp_path_factory.mktemp("corpus")
    bases = sorted(SAMPLES.glob("*.txt")) + sorted(GOLDEN.glob("*.txt"))
    for base in bases:
        (root / base.name).write_bytes(base.read_bytes())
    texts = [base.read_bytes() for base in bases]
    for i in range(GENERATED):
        folder = root / "gen" / f"{i % 7}" / f"{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        text = texts[i % len(texts)] + f"\n\nVariant paragraph number {i}, added for the test.\n".encode()
        (folder / f"article-{i:05d}.txt").write_bytes(text)
    (root / "gen" / "broken.txt").write_bytes(b"\x00\x01binary\x00" * 50)
    (root / "gen" / "notes.md").write_text("not an input\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def local_reference(corpus: Path) -> tuple[list[Record], list[Record]]:
    return local_engine(str(corpus))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    """One LocalCluster of two worker processes for the whole module."""
    from distributed import Client, LocalCluster

    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def settings(inputs: tuple[str, ...], output_dir: str, **kwargs: Any) -> Any:
    from artparse.distributed import RunSettings

    return RunSettings(inputs=inputs, output_dir=output_dir, **kwargs)


# --- the records are the local engine's ----------------------------------------------------


def test_records_and_errors_equal_the_local_engine(
    client: Any, corpus: Path, local_reference: tuple[list[Record], list[Record]], tmp_path: Path
) -> None:
    from artparse.distributed import run

    report = run(settings((str(corpus),), str(tmp_path), partition_size=400), client=client)
    records, failed = local_reference
    assert len(records) > GENERATED
    assert canonical(read_parts(tmp_path)) == canonical(records)
    assert canonical(read_parts(tmp_path, "_errors-")) == canonical(failed)
    assert [e["error"] for e in failed] == ["binary"]
    parts = sorted(p.name for p in tmp_path.glob("part-*"))
    assert parts == [f"part-{i:05d}.jsonl" for i in range(report.parts)]
    assert report.parts == -(-(len(records) + len(failed)) // 400)
    manifest = json.loads((tmp_path / "_manifest.json").read_text())
    assert manifest["complete"] is True
    assert (manifest["records"], manifest["errors"], manifest["parts"]) == (len(records), 1, report.parts)
    assert manifest["artparse_version"] and manifest["inputs"] == [str(corpus)]
    assert not list(tmp_path.glob(".*"))  # no temporary file left

    (corpus / "gen" / "broken.txt").rename(tmp_path / "broken.txt")  # the failing input fixed...
    try:
        again = run(settings((str(corpus),), str(tmp_path), partition_size=400), client=client)
    finally:
        (tmp_path / "broken.txt").rename(corpus / "gen" / "broken.txt")
    assert again.failed == 0 and not list(tmp_path.glob("_errors-*"))  # ...its old error is gone


def test_cli_writes_parquet_that_pyarrow_and_duckdb_read_as_the_records(
    client: Any, corpus: Path, local_reference: tuple[list[Record], list[Record]], tmp_path: Path
) -> None:
    import duckdb
    import pyarrow.parquet as pq

    from artparse.dist_schema import table_records

    out = tmp_path / "out"
    errors = tmp_path / "errors.jsonl"
    args = ["extract", "--engine", "dask", "--scheduler", client.scheduler.address, str(corpus)]
    args += ["-o", str(out), "--format", "parquet", "--partition-size", "400", "--errors", str(errors)]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1, result.output  # the binary file failed; the others are there
    records, failed = local_reference
    assert "binary file" in result.stderr and "1 failed" in result.stderr
    assert "artparse: dask dashboard: http://" in result.stderr
    assert canonical([json.loads(line) for line in errors.read_text().splitlines()]) == canonical(failed)
    parts = sorted(out.glob("part-*.parquet"))
    assert len(parts) == -(-(len(records) + 1) // 400)
    back = [r for part in parts for r in table_records(pq.read_table(part))]
    assert canonical(back) == canonical(records)
    import pandas as pd

    assert len(pd.read_parquet(out)) == len(records)
    con = duckdb.connect()
    query = f"SELECT count(*), count(DISTINCT source) FROM read_parquet('{out}/part-*.parquet')"
    assert con.execute(query).fetchone() == (len(records), len(records))
    rows = con.execute(
        f"SELECT source, title, authors, captions FROM read_parquet('{out}/part-*.parquet')"
    ).fetchall()
    expected = {r["source"]: (r["title"], r["authors"], r["captions"]) for r in records}
    assert {row[0]: (row[1], row[2], row[3]) for row in rows} == expected


def test_skip_existing_redoes_only_the_missing_parts(client: Any, corpus: Path, tmp_path: Path) -> None:
    from artparse.distributed import run

    inputs = (str(corpus / "gen" / "1"),)
    first = run(settings(inputs, str(tmp_path), partition_size=40), client=client)
    assert first.parts >= 3
    before = canonical(read_parts(tmp_path))
    kept = tmp_path / "part-00000.jsonl"
    kept_mtime = kept.stat().st_mtime_ns
    (tmp_path / "part-00002.jsonl").unlink()
    again = run(settings(inputs, str(tmp_path), partition_size=40, skip_existing=True), client=client)
    assert (again.written, again.skipped_parts) == (1, first.parts - 1)
    assert again.skipped_files == len(before) - again.records
    assert canonical(read_parts(tmp_path)) == before
    assert kept.stat().st_mtime_ns == kept_mtime
    with pytest.raises(OptionError, match="partition_size"):
        run(settings(inputs, str(tmp_path), partition_size=50, skip_existing=True), client=client)


def test_an_undecodable_file_name_gives_the_local_engines_source_and_warning(
    client: Any, tmp_path: Path
) -> None:
    from artparse.distributed import run

    corpus = tmp_path / "in"
    corpus.mkdir()
    text = (SAMPLES / "ap-wire.txt").read_bytes()
    with open(os.path.join(os.fsencode(corpus), b"caf\xe9.txt"), "wb") as handle:
        handle.write(text)
    with open(os.path.join(os.fsencode(corpus), b"binary-\xff.txt"), "wb") as handle:
        handle.write(b"\x00" * 100)
    records, failed = local_engine(str(corpus))
    assert "\\xe9" in records[0]["source"] and any("not valid UTF-8" in w for w in records[0]["warnings"])
    run(settings((str(corpus),), str(tmp_path / "out")), client=client)
    assert read_parts(tmp_path / "out") == records
    assert read_parts(tmp_path / "out", "_errors-") == failed
    assert [e["error"] for e in failed] == ["binary"] and "\\xff" in failed[0]["source"]


def test_a_rerun_over_fewer_inputs_leaves_no_part_of_the_earlier_run(client: Any, tmp_path: Path) -> None:
    from artparse.distributed import run

    first = run(settings((str(SAMPLES),), str(tmp_path), partition_size=2), client=client)
    assert first.parts == 3
    fewer = sorted(str(p) for p in SAMPLES.glob("*.txt"))[:3]
    second = run(settings(tuple(fewer), str(tmp_path), partition_size=2), client=client)
    assert second.parts == 2
    assert sorted(p.name for p in tmp_path.glob("part-*")) == ["part-00000.jsonl", "part-00001.jsonl"]
    assert sorted(r["source"] for r in read_parts(tmp_path)) == fewer


def test_a_worker_killed_mid_run_loses_and_duplicates_nothing(
    client: Any, corpus: Path, local_reference: tuple[list[Record], list[Record]], tmp_path: Path
) -> None:
    import threading
    import time

    from artparse.distributed import run

    killed: list[int] = []

    def kill_a_busy_worker() -> None:
        """Once the first part is out, SIGKILL a worker while it runs a partition."""
        deadline = time.monotonic() + 30
        while not (tmp_path / "part-00000.jsonl").exists() and time.monotonic() < deadline:
            time.sleep(0.005)
        pids = client.run(os.getpid)
        while not killed and time.monotonic() < deadline:
            busy = [address for address, keys in client.processing().items() if keys]
            if busy:
                os.kill(pids[busy[0]], signal.SIGKILL)
                killed.append(pids[busy[0]])
            time.sleep(0.005)

    killer = threading.Thread(target=kill_a_busy_worker)
    killer.start()
    inputs = (str(corpus),) * 3  # long enough to be caught in the middle
    report = run(settings(inputs, str(tmp_path), partition_size=100), client=client)
    killer.join()
    assert killed, "no worker was killed while busy"
    assert report.complete and report.written == report.parts
    records, _ = local_reference
    assert canonical(read_parts(tmp_path)) == canonical(records * 3)
    client.wait_for_workers(2, timeout=60)  # the nanny restarts it for the tests that follow
    assert killed[0] not in client.run(os.getpid).values()


def test_a_part_that_cannot_be_written_is_named_and_the_run_exits_1(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    (tmp_path / "part-00001.jsonl").mkdir()  # a directory where the part must go: the rename fails
    args = ["extract", "--engine", "dask", "--scheduler", client.scheduler.address, "-q"]
    args += [str(corpus / "gen" / "2"), "-o", str(tmp_path), "--partition-size", "50"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert "parts not written: part-00001 (" in result.stderr
    assert (tmp_path / "part-00000.jsonl").is_file() and (tmp_path / "part-00002.jsonl").is_file()
    manifest = json.loads((tmp_path / "_manifest.json").read_text())
    assert manifest["complete"] is False and manifest["missing_parts"] == ["part-00001.jsonl"]


def test_ctrl_c_stops_the_run_cleanly_and_skip_existing_finishes_it(
    client: Any, corpus: Path, local_reference: tuple[list[Record], list[Record]], tmp_path: Path
) -> None:
    """A real Ctrl-C: SIGINT to the whole process group of a real ``artparse`` process."""
    import time

    out = tmp_path / "out"
    inputs = [str(corpus)] * 4  # long enough to be stopped in the middle
    args = ["extract", "--engine", "dask", "--jobs", "1", *inputs, "-o", str(out), "--partition-size", "200"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "artparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    deadline = time.monotonic() + 60
    while not (out / "part-00000.jsonl").exists() and proc.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(proc.pid, signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130, stderr
    assert "Traceback" not in stderr and "artparse: interrupted: " in stderr
    assert json.loads((out / "_manifest.json").read_text())["complete"] is False
    written = len(list(out.glob("part-*.jsonl")))

    again = ["extract", "--engine", "dask", "--scheduler", client.scheduler.address, "-q", "--skip-existing"]
    result = CliRunner().invoke(cli, [*again, *inputs, "-o", str(out), "--partition-size", "200"])
    assert result.exit_code == 1  # the binary file, four times
    manifest = json.loads((out / "_manifest.json").read_text())
    assert manifest["complete"] is True and manifest["parts_skipped"] == written > 0
    records, _ = local_reference
    assert canonical(read_parts(out)) == canonical(records * 4)


# --- the bag API ---------------------------------------------------------------------------


def test_bag_and_dataframe_hold_the_records_with_typed_columns(client: Any) -> None:
    import pandas as pd

    import artparse.distributed as ad
    from artparse.dist_schema import contract_keys

    records, _ = local_engine(str(SAMPLES))
    bag = ad.extract(str(SAMPLES), partition_size=2)
    assert bag.npartitions == 3
    assert canonical(bag.compute()) == canonical(records)
    frame = ad.to_dataframe(bag).compute()
    assert tuple(frame.columns) == contract_keys()
    assert all(isinstance(dtype, pd.ArrowDtype) for dtype in frame.dtypes)
    assert sorted(frame["source"]) == sorted(r["source"] for r in records)
    assert str(frame.dtypes["authors"]) == "list<item: string>[pyarrow]"


def test_bag_keeps_error_entries_when_asked(client: Any, corpus: Path) -> None:
    import artparse.distributed as ad

    broken = str(corpus / "gen" / "broken.txt")
    assert ad.extract([broken]).compute() == []
    assert ad.extract([broken], keep_errors=True).compute() == [
        {"source": broken, "error": "binary", "message": "binary file"}
    ]


# --- storage: memory:// and S3 on loopback -------------------------------------------------


def test_memory_filesystem_inputs_parts_and_resume(tmp_path: Path) -> None:
    """memory:// lives in one process: an in-process cluster (threads) shares it."""
    import fsspec
    from distributed import Client, LocalCluster

    from artparse.distributed import run

    fs = fsspec.filesystem("memory")
    texts = {p.name: p.read_bytes() for p in sorted(GOLDEN.glob("*.txt"))}
    for name, data in texts.items():
        fs.pipe(f"memory://raw/2019/{name[:2]}/{name}", data)
    for name in texts:
        (tmp_path / name).write_bytes(texts[name])
    expected = {r["source"].rsplit("/", 1)[-1]: r for r in local_engine(str(tmp_path))[0]}
    with (
        LocalCluster(
            n_workers=1,
            threads_per_worker=2,
            processes=False,
            dashboard_address=":0",
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        job = settings(("memory://raw/2019/**/*.txt",), "memory://parsed/2019", partition_size=5)
        report = run(job, client=client)
        parts = sorted(fs.glob("/parsed/2019/part-*.jsonl"))
        assert len(parts) == report.parts == -(-len(texts) // 5)
        got = [json.loads(line) for part in parts for line in fs.cat_file(part).decode().splitlines()]
        assert len(got) == len(texts)
        for record in got:
            assert record["source"].startswith("memory:///raw/2019/")
            name = record["source"].rsplit("/", 1)[-1]
            assert record == {**expected[name], "source": record["source"]}
        fs.pipe("memory://raw/other/UPPER.TXT", texts[next(iter(texts))])  # matched in any case
        fs.pipe("memory://raw/empty/notes.json", b"not an input")
        found = run(
            settings(("memory://raw/other/", "memory://raw/empty/"), "memory://parsed/o"), client=client
        )
        assert (found.records, found.failed) == (1, 1)
        assert json.loads(fs.cat_file("/parsed/o/_errors-00000.jsonl")) == {
            "source": "memory://raw/empty/",
            "error": "unreadable",
            "message": f"no files matching {DEFAULT_PATTERN!r}",
        }
        fs.rm(parts[1])
        again = run(settings(job.inputs, job.output_dir, partition_size=5, skip_existing=True), client=client)
        assert (again.written, again.skipped_parts) == (1, report.parts - 1)
        assert fs.exists(parts[1])
    fs.rm("/raw", recursive=True)
    fs.rm("/parsed", recursive=True)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def s3() -> Iterator[dict[str, Any]]:
    """A real S3 protocol endpoint on 127.0.0.1 (moto's server); yields s3fs storage options."""
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=_free_port(), verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    options = {
        "key": "testing",
        "secret": "testing",
        "endpoint_url": f"http://{host}:{port}",
        "client_kwargs": {"region_name": "eu-west-1"},
    }
    try:
        yield options
    finally:
        server.stop()


def test_s3_inputs_parts_and_resume(client: Any, s3: dict[str, Any], tmp_path: Path) -> None:
    import s3fs

    from artparse.distributed import run
    from artparse.filelist import read_names

    fs = s3fs.S3FileSystem(**s3)
    fs.mkdir("news-raw")
    fs.mkdir("news-parsed")
    names = sorted(p.name for p in SAMPLES.glob("*.txt")) + sorted(p.name for p in GOLDEN.glob("*.txt"))
    for i, name in enumerate(names):
        source = SAMPLES / name if (SAMPLES / name).exists() else GOLDEN / name
        fs.pipe(f"news-raw/2019/{i % 3:02d}/{name}", source.read_bytes())
        (tmp_path / name).write_bytes(source.read_bytes())
    fs.pipe("news-raw/2019/00/skip.json", b"{}")
    odd = {"empty.txt": b"", "broken.txt": b"\x00\x01binary\x00" * 50}
    for name, data in odd.items():
        fs.pipe(f"news-raw/2019/01/{name}", data)
        (tmp_path / name).write_bytes(data)
    local_records, local_errors = local_engine(str(tmp_path))
    expected = {r["source"].rsplit("/", 1)[-1]: r for r in local_records}
    assert "empty.txt" in expected and [e["error"] for e in local_errors] == ["binary"]
    names.append("empty.txt")

    job = settings(
        ("s3://news-raw/2019/**/*.txt",), "s3://news-parsed/2019", partition_size=8, storage_options=s3
    )
    report = run(job, client=client)
    parts = sorted(fs.glob("news-parsed/2019/part-*.jsonl"))
    assert len(parts) == report.parts == -(-(len(names) + 1) // 8)
    got = [json.loads(line) for part in parts for line in fs.cat_file(part).decode().splitlines()]
    assert sorted(r["source"] for r in got) == sorted(
        [f"s3://news-raw/2019/{i % 3:02d}/{name}" for i, name in enumerate(names[:-1])]
        + ["s3://news-raw/2019/01/empty.txt"]
    )
    for record in got:
        assert record == {**expected[record["source"].rsplit("/", 1)[-1]], "source": record["source"]}
    errors = [
        json.loads(line)
        for p in fs.glob("news-parsed/2019/_errors-*.jsonl")
        for line in fs.cat_file(p).splitlines()
    ]
    assert errors == [{**local_errors[0], "source": "s3://news-raw/2019/01/broken.txt"}]
    manifest = json.loads(fs.cat_file("news-parsed/2019/_manifest.json"))
    assert (manifest["records"], manifest["errors"]) == (len(names), 1)

    fs.rm(parts[0])
    again = run(
        settings(job.inputs, job.output_dir, partition_size=8, storage_options=s3, skip_existing=True),
        client=client,
    )
    assert (again.written, again.skipped_parts) == (1, report.parts - 1)
    assert fs.exists(parts[0])

    directory = run(
        settings(("s3://news-raw/2019/",), "s3://news-parsed/dir", storage_options=s3), client=client
    )
    assert directory.records == len(names)  # a directory URL: files matching *.txt, skip.json left out
    import artparse.distributed as ad

    bag = ad.extract("s3://news-raw/2019/**/*.txt", storage_options=s3, partition_size=10)
    assert canonical(client.compute(bag).result()) == canonical(got)

    from artparse.dist_inputs import iter_work

    assert len(list(iter_work(["s3://news-raw/2019/"], storage_options=s3))) == len(names) + 1
    assert not [path for path in fs.dircache if path.startswith("news-raw/2019")]  # listings not kept

    listing = tmp_path / "inventory.txt"  # --files-from: URLs taken as files, no request on the client
    listing.write_text(f"s3://news-raw/2019/00/{names[0]}\ns3://news-raw/2019/00/nothing.txt\n")
    job = settings(
        (), "s3://news-parsed/none", storage_options=s3, files_from=lambda: read_names(str(listing))
    )
    listed = run(job, client=client)
    assert (listed.records, listed.failed) == (1, 1)
    assert json.loads(fs.cat_file("news-parsed/none/_errors-00000.jsonl")) == {
        "source": "s3://news-raw/2019/00/nothing.txt",
        "error": "unreadable",
        "message": "no such file",
    }


# --- the schema and the command line (the imports: tests/test_startup.py) ------------------


def test_parquet_schema_follows_the_record_contract() -> None:
    import pyarrow as pa

    from artparse.dist_schema import _arrow_type, contract_keys, record_schema, record_table
    from artparse.model import Article, Caption

    schema = record_schema()
    assert tuple(schema.names) == contract_keys() == tuple(Article().to_dict())
    assert schema.field("title").type == pa.string()
    assert schema.field("date_ambiguous").type == pa.bool_()
    assert schema.field("authors").type == pa.list_(pa.string())
    assert schema.field("captions").type == pa.list_(
        pa.struct([pa.field("text", pa.string()), pa.field("credit", pa.string())])
    )
    assert schema.field("spans").type == pa.string()  # JSON text
    # fields others add (tags, url, publication) map without a change here
    assert _arrow_type(tuple[str, ...], [], "tags") == pa.list_(pa.string())
    assert _arrow_type(str | None, [], "url") == pa.string()
    with pytest.raises(TypeError, match="no Parquet column type"):
        _arrow_type(complex, [], "odd")
    record = Article(title="T", captions=(Caption(text="c", credit=None),), spans={"title": [1]}).to_dict()
    assert record_table([record]).num_rows == 1
    with pytest.raises(ValueError, match="extra \\['unknown_key'\\]"):
        record_table([{**record, "unknown_key": []}])


def test_json_lines_keep_an_undecodable_file_name_as_its_bytes() -> None:
    from artparse.dist_parts import json_lines

    assert json_lines([{"source": "caf\udce9.txt"}, {"source": "é"}]) == (
        b'{"source":"caf\xe9.txt"}\n{"source":"\xc3\xa9"}\n'
    )


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--format", "parquet", "samples/"], "--format parquet needs --engine dask"),
        (["--scheduler", "tcp://127.0.0.1:1", "samples/"], "--scheduler needs --engine dask"),
        (["--partition-size", "10", "samples/"], "--partition-size needs --engine dask"),
        (["--engine", "dask", "samples/"], "give --output-dir"),
        (["--engine", "dask", "--format", "json", "samples/", "-o", "x"], "not json"),
        (["--engine", "dask", "--fail-fast", "samples/", "-o", "x"], "--fail-fast is not available"),
        (["--engine", "dask", "--fields", "title", "samples/", "-o", "x"], "--fields is not available"),
        (["--engine", "dask", "-", "-o", "x"], "not stdin"),
    ],
)
def test_usage_errors_exit_2_with_one_line(args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["extract", *args])
    assert result.exit_code == 2, result.output
    assert message in result.stderr
    assert "Traceback" not in result.output


def test_the_partition_size_help_states_the_default() -> None:
    from artparse.distributed import DEFAULT_PARTITION_SIZE

    [option] = [p for p in cli.commands["extract"].params if p.name == "partition_size"]
    assert f"(default: {DEFAULT_PARTITION_SIZE:,})" in str(option.help)


def test_an_unusable_output_dir_is_a_usage_error_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(
        cli, ["extract", "--engine", "dask", str(SAMPLES), "-o", str(tmp_path / "file")]
    )
    assert result.exit_code == 2
    assert "--output-dir" in result.stderr and "dashboard" not in result.stderr


def test_without_the_extra_the_engine_says_how_to_install_it() -> None:
    """A fresh interpreter where dask cannot be imported (None in sys.modules blocks it)."""
    code = (
        "import sys\nsys.modules['dask'] = None\nsys.modules['distributed'] = None\n"
        "from artparse.cli import main\n"
        "sys.argv = ['artparse', 'extract', '--engine', 'dask', 'samples/', '-o', 'out']\nmain()\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert proc.returncode == 2
    assert "pip install 'artparse[dask]'" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not (ROOT / "out").exists()
