"""Start-up cost: ``import japan_nato_corpus; load()`` next to ``import attrs, cattrs``.

Runs the two commands alternately in fresh interpreters and prints the median
wall time of each and their ratio. Target: ratio <= 1.2.

    python benchmarks/bench_startup.py [--runs 40]
"""

import argparse
import statistics
import subprocess
import sys
import time

COMMANDS = {
    "import attrs, cattrs": "import attrs, cattrs",
    "import japan_nato_corpus; load()": "import japan_nato_corpus as j; j.load()",
}
TARGET = 1.2


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="runs of each command (default 40)")
    runs = parser.parse_args().runs
    for code in COMMANDS.values():  # warm the file cache and bytecode
        _time(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            times[name].append(_time(code))
    medians = {name: statistics.median(values) for name, values in times.items()}
    baseline, ours = medians.values()
    ratio = ours / baseline
    print(f"| command | median of {runs} (ms) |")
    print("|---|---:|")
    for name, value in medians.items():
        print(f"| `{name}` | {value * 1000:.1f} |")
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(f"\nratio {ratio:.3f} ({verdict} the target <= {TARGET})")


if __name__ == "__main__":
    main()
