"""Quote finding speed: MB/s on news text and on adversarial text, and how it grows with length.

Run: ``python benchmarks/bench_quotes.py [--rounds N]``. Two texts, each repeated 1 and 10 times
and searched by ``find_quotes`` with the bundled corpus's actors:

* news: the labelled real pages of ``tests/quote_pages/`` (every set), joined by blank lines;
* adversarial: one paragraph with no line break, no sentence end and no verb of saying, of short
  quoted runs of words between plain words (the shape that made the attribution search scan the
  whole paragraph for each quote before its reach was bounded by ``quotes.SPEAKER_REACH``).

Each time is the best of ``--rounds`` rounds (default 3). The last column divides the time per
character at 10 copies by that at 1 copy: 1.0 is linear, 10 would be quadratic.
"""

import argparse
import random
import time
from collections.abc import Sequence
from pathlib import Path

import japan_nato_corpus as jnc
from japan_nato_corpus.quotes import find_quotes

QUOTE_PAGES = Path(__file__).parents[1] / "tests" / "quote_pages"
COPIES = (1, 10)
_FILLER = ("word", "other", "more", "text", "here", "and", "so", "on", "then", "again", "plain")


def news_text() -> str:
    """The labelled quote pages of every set, joined by blank lines."""
    pages = sorted(p for p in QUOTE_PAGES.rglob("*.txt"))
    return "\n\n".join(p.read_text(encoding="utf-8") for p in pages)


def adversarial_text(size: int, seed: int = 7) -> str:
    """About ``size`` characters of one paragraph: quoted runs of one to four words between plain
    words, with no sentence end, no line break and no verb of saying (seeded)."""
    rng = random.Random(seed)
    parts: list[str] = []
    length = 0
    while length < size:
        plain = " ".join(rng.choice(_FILLER) for _ in range(rng.randint(1, 4)))
        quoted = " ".join(f"w{rng.randint(0, 999)}" for _ in range(rng.randint(1, 4)))
        mark = rng.choice(('"{}"', "\u201c{}\u201d", "\u00ab{}\u00bb"))
        piece = f"{plain} {mark.format(quoted)} "
        parts.append(piece)
        length += len(piece)
    return "".join(parts)


def _best(text: str, actors: Sequence[jnc.Actor], rounds: int) -> tuple[float, int]:
    best, found = float("inf"), 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = len(find_quotes(text, actors=actors))
        best = min(best, time.perf_counter() - start)
    return best, found


def main(argv: list[str] | None = None) -> int:
    """Print the speed table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--rounds", type=int, default=3, help="rounds per size; the best is kept")
    args = parser.parse_args(argv)
    actors = tuple(jnc.load().actors)
    news = news_text()
    texts = (("news", news), ("adversarial", adversarial_text(len(news) // 4)))
    find_quotes(news[:2000], actors=actors)  # builds the cue patterns and the actors' matcher
    print("| text | copies | characters | quotes | ms | MB/s | time per char, 10 copies / 1 |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label, unit in texts:
        first = 0.0
        joiner = "\n\n" if label == "news" else " "
        for copies in COPIES:
            text = joiner.join([unit] * copies)
            seconds, found = _best(text, actors, args.rounds)
            per_char = seconds / len(text)
            first = first or per_char
            rate = len(text.encode()) / seconds / 1e6
            ratio = f"{per_char / first:.2f}" if copies == COPIES[-1] else ""
            cells = (label, copies, f"{len(text):,}", found, f"{seconds * 1000:.0f}", f"{rate:.3f}", ratio)
            print("| " + " | ".join(map(str, cells)) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
