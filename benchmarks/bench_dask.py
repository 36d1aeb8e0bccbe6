"""Bench: the Dask engine (2 local workers) against ``artparse extract --jobs 2`` on the same files.

    python benchmarks/bench_dask.py [--files 20000] [--rounds 3] [--corpus /work/shared/corpus]

Builds FILES inputs by copying the corpus's ``*.txt`` round-robin into nested directories
(100 per directory), then, each round, times:

- ``local``: ``artparse extract --jobs 2 -q -o DIR`` (one JSON file per input), a subprocess;
- ``local jsonl``: ``artparse extract --jobs 2 -q --format jsonl > FILE`` (one stream, the
  closest to parts: what is left is the engines' own overhead);
- ``dask cli``: ``artparse extract --engine dask --jobs 2 -q -o DIR`` (parts of 1,000), a
  subprocess: everything a user waits for, starting the LocalCluster included;
- ``dask run``: ``artparse.distributed.run`` on an already running LocalCluster of 2 worker
  processes (the steady state on a cluster that exists), with its time to the first part and
  the workers' resident memory afterwards.

Prints one line per measure (median of the rounds, and the range) and the Dask/local ratios.
Not part of the test suite: a timed test is a flaky test.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def build(corpus: Path, root: Path, files: int) -> None:
    texts = [p.read_bytes() for p in sorted(corpus.glob("*.txt"))]
    if not texts:
        raise SystemExit(f"no *.txt in {corpus}")
    for i in range(files):
        folder = root / f"{i // 100:04d}"
        if i % 100 == 0:
            folder.mkdir(parents=True)
        (folder / f"article-{i:06d}.txt").write_bytes(texts[i % len(texts)])


def timed(args: list[str], stdout: Path | None = None) -> float:
    start = time.perf_counter()
    with open(stdout or "/dev/null", "wb") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "artparse", *args], stdout=out, stderr=subprocess.PIPE, text=True
        )
    seconds = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{args}: exit {proc.returncode}\n{proc.stderr}")
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--corpus", type=Path, default=Path("/work/shared/corpus"))
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    from artparse.distributed import RunSettings, run

    with tempfile.TemporaryDirectory(prefix="bench-dask-") as tmp:
        root = Path(tmp)
        inputs = root / "in"
        build(args.corpus, inputs, args.files)
        local, jsonl, cli, steady, first = [], [], [], [], []
        memory: list[int] = []
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
            for round_ in range(args.rounds):
                for name in ("local", "cli", "run"):
                    shutil.rmtree(root / name, ignore_errors=True)
                local.append(timed(["extract", "--jobs", "2", "-q", str(inputs), "-o", str(root / "local")]))
                jsonl.append(
                    timed(["extract", "--jobs", "2", "-q", "-f", "jsonl", str(inputs)], root / "out.jsonl")
                )
                cli.append(
                    timed(
                        [
                            "extract",
                            "--engine",
                            "dask",
                            "--jobs",
                            "2",
                            "-q",
                            str(inputs),
                            "-o",
                            str(root / "cli"),
                        ]
                    )
                )
                start = time.perf_counter()
                report = run(RunSettings(inputs=(str(inputs),), output_dir=str(root / "run")), client=client)
                steady.append(time.perf_counter() - start)
                first.append(report.first_part_seconds or 0.0)
                assert report.records == args.files, report
                memory += client.run(lambda: __import__("psutil").Process().memory_info().rss).values()
                print(
                    f"round {round_ + 1}: local {local[-1]:.2f} s, jsonl {jsonl[-1]:.2f} s, "
                    f"dask cli {cli[-1]:.2f} s, dask run {steady[-1]:.2f} s (first part {first[-1]:.2f} s)",
                    file=sys.stderr,
                )

    def rate(seconds: list[float]) -> str:
        rates = sorted(args.files / s for s in seconds)
        return f"{statistics.median(rates):,.0f} files/s ({rates[0]:,.0f}-{rates[-1]:,.0f})"

    print(f"files: {args.files:,}, rounds: {args.rounds}")
    print(f"local --jobs 2:                  {rate(local)}")
    print(f"local --jobs 2 --format jsonl:   {rate(jsonl)}")
    print(f"dask, 2 workers, whole command:  {rate(cli)}")
    print(f"dask, 2 workers, running cluster: {rate(steady)}")
    spread = f"{min(first):.2f}-{max(first):.2f}"
    print(f"time to first part (1,000 files): {statistics.median(first):.2f} s ({spread})")
    ratios_cli = [lo / c for lo, c in zip(local, cli, strict=True)]
    ratios_run = [lo / s for lo, s in zip(local, steady, strict=True)]
    print(f"dask/local rate ratio, whole command:   {statistics.median(ratios_cli):.2f}")
    print(f"dask/local rate ratio, running cluster: {statistics.median(ratios_run):.2f}")
    ratios_jsonl = [j / c for j, c in zip(jsonl, cli, strict=True)]
    ratios_jsonl_run = [j / s for j, s in zip(jsonl, steady, strict=True)]
    print(f"dask/local-jsonl rate ratio, whole command:   {statistics.median(ratios_jsonl):.2f}")
    print(f"dask/local-jsonl rate ratio, running cluster: {statistics.median(ratios_jsonl_run):.2f}")
    print(f"worker resident memory: {max(memory) / 2**20:.0f} MB at most")


if __name__ == "__main__":
    main()
