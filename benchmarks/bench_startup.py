"""The first answer, as a whole process, next to ``import attrs, cattrs`` and pycountry's first lookup.

Runs each command alternately in fresh interpreters and prints the median wall
time of each and its ratio to ``import attrs, cattrs``, and the same for the
fastest run of each (on a shared machine, the least disturbed). The first answer is
``import japan_nato_corpus as j; j.load().events.involving("Abe")``: it reads,
checks and indexes the bundled corpus, which ``load()`` alone defers.
Target: the first answer at most 1.5x ``import attrs, cattrs``.

pycountry is a benchmark-only dependency (``pip install -e '.[bench]'``).

    python benchmarks/bench_startup.py [--runs 30]
"""

import argparse
import os
import statistics
import subprocess
import sys
import time

BASELINE = "import attrs, cattrs"
COMMANDS = {
    BASELINE: "import attrs, cattrs",
    "pycountry's first lookup": "import pycountry; pycountry.countries.lookup('Japan')",
    "import japan_nato_corpus": "import japan_nato_corpus",
    "first answer: load().events.involving('Abe')": (
        "import japan_nato_corpus as j; j.load().events.involving('Abe')"
    ),
}
FIRST_ANSWER = "first answer: load().events.involving('Abe')"
TARGET = 1.5


# Bytecode is cached as after an ordinary install, even where the environment turns it off.
_ENVIRONMENT = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def _time(code: str) -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], check=True, env=_ENVIRONMENT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30, help="runs of each command (default 30)")
    runs = parser.parse_args().runs
    for code in COMMANDS.values():  # warm the file cache and bytecode
        _time(code)
    times: dict[str, list[float]] = {name: [] for name in COMMANDS}
    for _ in range(runs):
        for name, code in COMMANDS.items():
            times[name].append(_time(code))
    medians = {name: statistics.median(values) for name, values in times.items()}
    # The fastest run of each: what the machine gives when other work leaves it alone.
    fastest = {name: min(values) for name, values in times.items()}
    baseline, fastest_baseline = medians[BASELINE], fastest[BASELINE]
    print(
        f"| command (a fresh interpreter each) | median of {runs} (ms) | x `{BASELINE}` "
        "| fastest (ms) | x, fastest |"
    )
    print("|---|---:|---:|---:|---:|")
    for name, value in medians.items():
        print(
            f"| `{name}` | {value * 1000:.1f} | {value / baseline:.2f} "
            f"| {fastest[name] * 1000:.1f} | {fastest[name] / fastest_baseline:.2f} |"
        )
    ratio = medians[FIRST_ANSWER] / baseline
    verdict = "meets" if ratio <= TARGET else "MISSES"
    print(
        f"\nfirst answer {ratio:.2f}x `{BASELINE}` by medians ({verdict} the target <= {TARGET}x); "
        f"{fastest[FIRST_ANSWER] / fastest_baseline:.2f}x by fastest runs"
    )


if __name__ == "__main__":
    main()
