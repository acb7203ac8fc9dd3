"""Parse throughput, and how parse time grows with input size on news and adversarial text.

Prints one table row per input kind: the seconds taken at 10 KB, 100 KB, 1 MB and
10 MB, the largest ratio between neighbouring sizes (linear growth gives about
10; the bar is 12), and the throughput at 10 MB (the bar is 5 MB/s). Each line
kind is measured twice: its unit repeated, and ``varied``, with its dates, times
and names drawn afresh on every line, so that nothing read on one line can be
reused on the next. Each size takes the best of seven runs below 1 MB, of three at 1 MB and
10 MB. A second table times :func:`~japan_nato_corpus.dates.find_dates` alone on texts made of
one date repeated, at 20 KB and 200 KB, with the same bar on the ratio; a run reads 200 KB at
either size (the smaller text ten times), timed per reading. Run with
``python benchmarks/bench_parse.py``; it takes about a minute and a half.
"""

import contextlib
import itertools
import random
import re
import sys
import time
from pathlib import Path

from japan_nato_corpus.dates import find_dates
from japan_nato_corpus.errors import ParseError
from japan_nato_corpus.parse import parse_article

DOCUMENTS = Path(__file__).resolve().parent.parent / "src" / "japan_nato_corpus" / "data" / "documents"
SIZES = (10_000, 100_000, 1_000_000, 10_000_000)
BAR = 12.0
MIN_MB_S = 5.0


def _news() -> str:
    return "\n\n".join(path.read_text(encoding="utf-8") for path in sorted(DOCUMENTS.glob("*.txt")))


UNITS = {
    "news documents": _news(),
    "punctuation run": "-.,;:!?*/|()—" * 7,
    "digit run": "2014.05.06 12:30 1,234 ",
    "digit lines": "2014/05/06 3:07pm EDT\n06.05.2014\n[12] 12. 1)\n",
    "capitalised words": "Japan NATO Brussels Prime Minister Shinzo Abe By Jane Doe ",
    "capitalised lines": "By Jane Doe And John Roe\nBRUSSELS (Reuters) -\nTokyo Foundation Senior Fellow\n",
    "nested brackets": "[[[((([[(]]])))]]][Global Times](#)([x](y)) ",
    "comment lines": "Comments (4)\nJane Doe wrote:\nMay 06, 2014 3:07pm EDT -- Report as abuse\n",
    "stamp lines": "Posted 2014-05-06 10:30 UTC, 12/03/2021 and 3.11.12 - Tokyo 2023\n",
}
"""Each input kind's unit, repeated to the size measured; news is the five documents."""

VARIED = {
    "digit lines": "{Y}/{S}/{D} {h}:{m}pm EDT\n{D}.{M}.{Y}\n[{n}] {n}. {n})\n",
    "capitalised lines": "By {NAME} And {NAME}\n{PLACE} (Reuters) -\n{BODY} Senior Fellow\n",
    "comment lines": "Comments ({n})\n{NAME} wrote:\nMay {D}, {Y} {h}:{m}pm EDT -- Report as abuse\n",
}
"""The line kinds again, with fields drawn afresh on every line, as a real page's lines differ."""

DATE_UNITS = {
    "full dates": "2014-05-06 ",
    "dates without a year": "May 5 and ",
    "bare year-months": "2015-06 ",
}
"""find_dates' inputs: a date that gives its year, one that takes it from a neighbour, and one
that is a date only under a label; each repeated, so that every date looks around itself."""
DATE_SIZES = (20_000, 200_000)

NAMES = ("Jane Doe", "John Roe", "Kenji Sato", "Maria Lopez", "Li Wei", "Ana Silva", "Omar Haddad")
PLACES = ("BRUSSELS", "TOKYO", "WASHINGTON", "SEOUL", "CANBERRA", "MANILA", "PARIS", "BERLIN")
BODIES = ("Tokyo Foundation", "Chatham House", "Lowy Institute", "RAND Corporation", "Brookings Institution")
_FIELD = re.compile(r"\{(\w+)\}")


def _varied(template: str, rng: random.Random) -> str:
    # Real dates, times and names, new on every line, so that no reading of one line
    # can be reused for the next: only the shape of the lines repeats.
    draws = {
        "Y": lambda: str(rng.randint(1990, 2030)),
        "M": lambda: f"{rng.randint(1, 12):02d}",
        "S": lambda: f"{rng.randint(4, 10):02d}",  # a month inside summer time, as EDT says
        "D": lambda: f"{rng.randint(1, 28):02d}",
        "h": lambda: str(rng.randint(1, 12)),
        "m": lambda: f"{rng.randint(0, 59):02d}",
        "n": lambda: str(rng.randint(1, 99)),
        "NAME": lambda: rng.choice(NAMES),
        "PLACE": lambda: rng.choice(PLACES),
        "BODY": lambda: rng.choice(BODIES),
    }
    return _FIELD.sub(lambda match: draws[match.group(1)](), template)


def _input(name: str, size: int, run: int = 0) -> str:
    kind = name.removeprefix("varied ")
    if name == kind:
        unit = UNITS[name]
        text = "Title line\n" + unit * (size // len(unit) + 1)
        return text[:size]
    rng = random.Random(f"{size} {run}")
    parts, length = ["Title line\n"], 11
    while length < size:
        parts.append(_varied(VARIED[kind], rng))
        length += len(parts[-1])
    return "".join(parts)[:size]


def _seconds(name: str, size: int) -> float:
    # CPU time, not wall time: the machine is shared, and waiting is not parsing. Each run
    # of a varied kind reads new lines, so no reading remembered from a run serves the next.
    # The two sizes of the step judged last (1 MB and 10 MB) get as many runs each: the best of
    # fewer runs is the slower on a busy machine, and would raise their ratio.
    best = float("inf")
    for run in range(7 if size < 1_000_000 else 3):
        text = _input(name, size, run)
        start = time.process_time()
        with contextlib.suppress(ParseError):
            parse_article(text)
        best = min(best, time.process_time() - start)
    return best


def _date_seconds(unit: str, size: int) -> float:
    # Each run reads as much text at either size (the smaller text ten times over), timed per
    # reading. The cycle collector's full passes come at about the same rate per text read at
    # either size, but in most readings of the larger text and in about one in twenty of the
    # smaller: the best single reading of the smaller text would leave out its share, as no
    # reading of the larger can. A run of either size also spans as much of a busy machine's load.
    text = (unit * (size // len(unit) + 1))[:size]
    readings = max(DATE_SIZES) // size
    best = float("inf")
    for _ in range(3):
        start = time.process_time()
        for _ in range(readings):
            find_dates(text)
        best = min(best, (time.process_time() - start) / readings)
    return best


def _date_table() -> float:
    """Print find_dates' table; the largest ratio of its rows."""
    header = f"{'find_dates on':<26}" + "".join(f"{size // 1000:>9} KB" for size in DATE_SIZES) + "  ratio"
    print(f"\n{header}")
    print("-" * len(header))
    worst = 0.0
    for name, unit in DATE_UNITS.items():
        small, large = (_date_seconds(unit, size) for size in DATE_SIZES)
        ratio = large / max(small, 1e-4)
        worst = max(worst, ratio)
        print(f"{name:<26}{small:>11.4f}s{large:>11.4f}s  {ratio:>5.1f}")
    return worst


def main() -> int:
    """Print the table; exit 1 if any 10x step costs more than 12x the time or a row is under 5 MB/s."""
    header = f"{'input':<26}" + "".join(f"{size // 1000:>9} KB" for size in SIZES) + "  max ratio   MB/s"
    print(header)
    print("-" * len(header))
    worst = 0.0
    slow: list[str] = []
    for name in (*UNITS, *(f"varied {name}" for name in VARIED)):
        times = [_seconds(name, size) for size in SIZES]
        ratios = [later / max(earlier, 1e-4) for earlier, later in itertools.pairwise(times)]
        # Below a millisecond, timer noise swamps the ratio; judge the steps above it.
        judged = [r for r, earlier in zip(ratios, times, strict=False) if earlier >= 1e-3] or ratios[-1:]
        worst = max(worst, *judged)
        cells = "".join(f"{seconds:>11.4f}s"[:-1] + "s" for seconds in times)
        rate = SIZES[-1] / times[-1] / 1e6
        if rate < MIN_MB_S:
            slow.append(name)
        print(f"{name:<26}{cells}  {max(judged):>9.1f}  {rate:>5.1f}")
    worst = max(worst, _date_table())
    print(f"\nworst 10x step: {worst:.1f}x time (bar: {BAR:.0f}x)")
    print(f"under {MIN_MB_S:.0f} MB/s: {', '.join(slow) or 'none'}")
    return 0 if worst <= BAR and not slow else 1


if __name__ == "__main__":
    sys.exit(main())
