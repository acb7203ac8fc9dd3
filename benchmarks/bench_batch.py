"""Batch parsing: pages per second with 1 and 2 workers, peak memory, and DuckDB on the output.

Writes ``--pages`` synthetic pages (default 100,000) to a temporary directory,
each built from a template (headline, date line, byline, dateline) and three to
six paragraphs drawn from the five bundled documents, with one of the five
documents themselves every 500 pages (made unique by a closing line). Then, for
1 and 2 workers, it runs ``batch.run`` with mentions into a Parquet file, in a
fresh process whose tree's resident memory (parent and workers, summed) is
sampled every 0.1 s, and prints pages per second, the peak memory over each
quarter of the run (to show whether memory grows with pages), and what a loaded
machine cannot hide: the CPU seconds of the parent and of the workers
(``resource.getrusage`` of the run and of its children, and each worker's as
sampled), CPU time per page, the load average at the start, the CPU seconds
other processes took meanwhile, and a CPU-bound speed-up. That last is the
1-worker run's CPU time over the least wall time the 2-worker run's CPU time
allows on ``os.cpu_count()`` free cores: the larger of its busiest process's
time (the parent, or a worker's share of the pool) and its total over the
cores. The wall-clock speed-up shows what this machine gave; the CPU-bound one,
what the pipeline would give on free cores, parent overheads included. Last it
asks "articles per month mentioning both Japan and NATO" of the Parquet output
with DuckDB, and the same question of a sample loaded as a ``Corpus`` through
the in-memory query API.

Run with ``python benchmarks/bench_batch.py [--pages N]``; psutil and duckdb
must be installed (both come with the ``test`` extra's environment here).
"""

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

import duckdb
import psutil

import japan_nato_corpus as jnc
from japan_nato_corpus import batch

DOCUMENTS = Path(__file__).resolve().parent.parent / "src" / "japan_nato_corpus" / "data" / "documents"
SEED = 20140506
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September")
PLACES = ("BRUSSELS", "TOKYO", "WASHINGTON", "BEIJING", "SEOUL", "CANBERRA")
NAMES = ("Jane Doe", "Kenji Sato", "Adrian Croft", "Maria Lopez", "Li Wei", "Tom Becker")
SUBJECTS = ("Japan and NATO", "NATO", "Tokyo", "The alliance", "Japan's defence ministry", "Beijing")
VERBS = ("agree to deepen ties", "discuss cyber defence", "weigh a liaison office", "hold talks")


def _paragraphs() -> list[str]:
    found = []
    for path in sorted(DOCUMENTS.glob("*.txt")):
        article = jnc.parse_article(path.read_text(encoding="utf-8"))
        found += [p.text for p in article.paragraphs if 120 <= len(p.text) <= 700]
    return found


def _page(number: int, rng: random.Random, paragraphs: list[str], documents: list[str]) -> str:
    if number % 500 == 0:
        return documents[number // 500 % len(documents)] + f"\n\nArchived copy {number}.\n"
    year = rng.randint(2007, 2023)
    body = "\n\n".join(rng.sample(paragraphs, rng.randint(3, 6)))
    return (
        f"{rng.choice(SUBJECTS)} {rng.choice(VERBS)} ({number})\n\n"
        f"{rng.choice(MONTHS)} {rng.randint(1, 28)}, {year}\n\n"
        f"By {rng.choice(NAMES)}\n\n"
        f"{rng.choice(PLACES)} (Wire) - {body}\n"
    )


def write_pages(directory: Path, count: int) -> int:
    """Write ``count`` pages in folders of 1,000; return their total size in bytes."""
    rng = random.Random(SEED)
    paragraphs = _paragraphs()
    documents = [path.read_text(encoding="utf-8") for path in sorted(DOCUMENTS.glob("*.txt"))]
    size = 0
    for number in range(count):
        folder = directory / f"{number // 1000:04d}"
        if number % 1000 == 0:
            folder.mkdir(parents=True)
        data = _page(number, rng, paragraphs, documents).encode("utf-8")
        (folder / f"page-{number:07d}.txt").write_bytes(data)
        size += len(data)
    return size


def _busy() -> float:
    """CPU seconds the whole machine has spent busy (every process, every core)."""
    times = psutil.cpu_times()
    return sum(times) - times.idle - getattr(times, "iowait", 0.0)


def _sample(process: psutil.Process, cpu: dict[int, float]) -> int:
    """The resident memory of ``process`` and its children; their CPU seconds so far go in ``cpu``."""
    total = 0
    for member in [process, *process.children(recursive=True)]:
        try:
            with member.oneshot():
                total += member.memory_info().rss
                used = member.cpu_times()
                cpu[member.pid] = used.user + used.system
        except psutil.Error:
            continue
    return total


def timed_run(pages: Path, out: Path, workers: int) -> dict[str, Any]:
    """Run one parse in a fresh process: wall time, CPU by process, the machine's load, peak memory."""
    command = [sys.executable, __file__, "--one", str(pages), str(out), str(workers)]
    load = os.getloadavg()[0]
    busy = _busy()
    start = time.perf_counter()
    child = psutil.Popen(command, stdout=subprocess.PIPE)
    samples: list[tuple[float, int]] = []
    cpu: dict[int, float] = {}
    while child.poll() is None:
        samples.append((time.perf_counter() - start, _sample(child, cpu)))
        time.sleep(0.1)
    wall = time.perf_counter() - start
    busy = _busy() - busy
    report = json.loads(child.stdout.read() if child.stdout else "{}")
    quarters = [
        max((rss for at, rss in samples if at <= wall * q / 4), default=0) / 2**20 for q in range(1, 5)
    ]
    # Sampled, each worker's time is short of its last 0.1 s; getrusage in the run has the whole.
    # Under half a second is the pool's resource tracker, not a worker.
    each = sorted(used for pid, used in cpu.items() if pid != child.pid and used >= 0.5)
    ours = report["parent_cpu"] + report["workers_cpu"]
    others = max(0.0, busy - ours)
    return {"wall": wall, "load": load, "others": others, "each": each, **report, "peaks": quarters}


def one(pages: str, out: str, workers: int) -> None:
    """The measured run itself, in its own process: wall and CPU seconds, of this process and its workers."""
    start = time.perf_counter()
    own, children = _cpu(resource.RUSAGE_SELF), _cpu(resource.RUSAGE_CHILDREN)
    summary = batch.run([pages], out, workers=workers, mentions=True)
    elapsed = time.perf_counter() - start
    # The pool is shut down by now, its workers joined, so RUSAGE_CHILDREN counts them whole.
    report = {
        "seconds": elapsed,
        "parent_cpu": _cpu(resource.RUSAGE_SELF) - own,
        "workers_cpu": _cpu(resource.RUSAGE_CHILDREN) - children,
        "parsed": summary.parsed,
        "failures": len(summary.failures),
    }
    print(json.dumps(report))


def _cpu(who: int) -> float:
    used = resource.getrusage(who)
    return used.ru_utime + used.ru_stime


MONTHLY = """
SELECT strftime(published_earliest, '%Y-%m') AS month, count(*) AS articles
FROM read_parquet(?)
WHERE published_precision IN ('day', 'month')
  AND list_contains(actors, 'japan') AND list_contains(actors, 'nato')
GROUP BY month ORDER BY month
"""


def duckdb_months(out: Path) -> tuple[float, dict[str, int]]:
    best, answer = float("inf"), {}
    for _ in range(3):
        start = time.perf_counter()
        answer = dict(duckdb.execute(MONTHLY, [str(out)]).fetchall())
        best = min(best, time.perf_counter() - start)
    return best, answer


def corpus_months(pages: Path, sample: int) -> tuple[float, float, int]:
    """Load ``sample`` pages as a Corpus and ask the same question through the query API."""
    paths = list(batch.expand_paths([pages]))[:sample]
    articles = [r.article for r in batch.parse_files(paths, workers=1) if isinstance(r, batch.Parsed)]
    bundled = jnc.load()
    manifest = jnc.Manifest(corpus_version="bench")
    timings = []
    for _ in range(2):
        corpus = jnc.Corpus(manifest=manifest, articles=articles, actors=bundled.actors)
        start = time.perf_counter()
        both = corpus.articles.mentioning("japan").mentioning("nato")
        months = Counter(a.published.iso[:7] for a in both if a.published and a.published.month)
        second = time.perf_counter()
        both = corpus.articles.mentioning("japan").mentioning("nato")
        months = Counter(a.published.iso[:7] for a in both if a.published and a.published.month)
        timings.append((second - start, time.perf_counter() - second))
    cold, warm = min(t[0] for t in timings), min(t[1] for t in timings)
    return cold, warm, len(months)


def _line(workers: int, result: dict[str, Any], single: dict[str, Any], cores: int) -> str:
    rate, rate_1 = result["parsed"] / result["seconds"], single["parsed"] / single["seconds"]
    parent, pool = result["parent_cpu"], result["workers_cpu"]
    total = parent + pool
    # With one worker the parent parses; with more, each worker takes its share of the pool's time.
    busiest = max(parent, pool / workers) if workers > 1 else total
    least = max(busiest, total / cores)
    bound = (single["parent_cpu"] + single["workers_cpu"]) / least
    peaks = " / ".join(f"{peak:.0f}" for peak in result["peaks"])
    each = " (" + " + ".join(f"{used:.0f}" for used in result["each"]) + ")" if result["each"] else ""
    return (
        f"| {workers} | {result['seconds']:.1f} | {rate:,.0f} | {rate / rate_1:.2f}x | "
        f"{parent:.0f} / {pool:.0f}{each} | {total / result['parsed'] * 1000:.2f} | {bound:.2f}x | "
        f"{result['load']:.2f} | {result['others']:.0f} | {peaks} |"
    )


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--one", nargs=3, metavar=("PAGES", "OUT", "WORKERS"))
    arguments = parser.parse_args()
    if arguments.one:
        pages, out, workers = arguments.one
        one(pages, out, int(workers))
        return 0
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as temporary:
        root = Path(temporary)
        start = time.perf_counter()
        size = write_pages(root / "pages", arguments.pages)
        print(
            f"{arguments.pages:,} pages, {size / 2**20:.0f} MB, "
            f"written in {time.perf_counter() - start:.0f} s; "
            f"os.cpu_count() {os.cpu_count()}, load average {os.getloadavg()[0]:.2f} at the start\n"
        )
        cores = os.cpu_count() or 1
        print(
            "| workers | seconds | pages/s | speed-up | CPU s: parent / workers | CPU ms/page "
            "| CPU-bound speed-up | load avg at start | others' CPU s | peak RSS, MB, quarters 1-4 |"
        )
        print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|")
        results = {}
        for workers in (1, 2):
            out = root / f"out-{workers}.parquet"
            results[workers] = result = timed_run(root / "pages", out, workers)
            print(_line(workers, result, results[1], cores))
        print(
            f"\nCPU-bound speed-up: the 1-worker run's CPU time over the least wall time this run's "
            f"CPU time allows on {cores} free cores (its busiest process, or its total over "
            f"{cores}); it does not depend on what else the machine runs. 'others' CPU s' is what "
            f"other processes used of the machine meanwhile, of {cores} CPU-seconds a second."
        )
        out = root / "out-2.parquet"
        seconds, months = duckdb_months(out)
        cold, warm, sample_months = corpus_months(root / "pages", arguments.sample)
        print(f"\nParquet output: {out.stat().st_size / 2**20:.0f} MB, {arguments.pages:,} rows")
        print("Articles per month mentioning both Japan and NATO:")
        print(f"| DuckDB on the Parquet output ({arguments.pages:,} articles) | {seconds * 1000:.0f} ms |")
        print(
            f"| query API on a loaded sample ({arguments.sample:,} articles), first call "
            f"(finds the mentions) | {cold * 1000:.0f} ms |"
        )
        print(f"| query API on the same sample, again | {warm * 1000:.1f} ms |")
        print(f"({len(months)} months in the output, {sample_months} in the sample)")
        print(f"load average at the end {psutil.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
