"""Indexed queries against linear scans, bulk loading against json.loads, memory per event.

Run: ``python benchmarks/bench_query.py`` (about two minutes; deterministic seed). Each time
is the best of several runs. ``--growth`` runs only the growth table: co-occurrence by
paragraph at 1x, 10x and 100x the input (target: 10x the input costs at most 12x the time),
each size's best of nine rounds that time every size in turn, in processor time.
``--ceiling`` searches one article of more than 2**24 words (about two minutes and 1 GB).
``--load`` runs only the loading table: 100,000 events, in processor time, each round timing
``json.loads`` and the loader in turn (target: the loader at most 3x ``json.loads``).
"""

import argparse
import datetime as dt
import gc
import json
import random
import re
import time
import tracemalloc
from collections.abc import Callable
from itertools import pairwise

import attrs

from japan_nato_corpus import converter
from japan_nato_corpus.corpus import Corpus
from japan_nato_corpus.model import (
    Actor,
    ActorKind,
    Article,
    Event,
    EventKind,
    Evidence,
    Manifest,
    Modality,
    PartialDate,
    Participant,
    ParticipantRole,
    Span,
)
from japan_nato_corpus.search import WordIndex

SEED = 20131
EVENTS = 1_000_000
ARTICLES = 10_000
LOADED = 100_000
ACTORS = 1_000
FIRST_DAY = dt.date(2007, 1, 1).toordinal()
DAYS = 6_000


def _timed(run: Callable[[], object], repeat: int = 1) -> float:
    """The best of ``repeat`` runs, as :mod:`timeit` advises: other load on the machine only adds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        run()
        best = min(best, time.perf_counter() - start)
    return best


def _dates(rng: random.Random, count: int) -> list[PartialDate]:
    pool: dict[int, PartialDate] = {}
    dates = []
    for _ in range(count):
        day = dt.date.fromordinal(FIRST_DAY + rng.randrange(DAYS))
        precision = rng.random()
        key = day.toordinal() * 3 + (0 if precision < 0.8 else 1 if precision < 0.95 else 2)
        if key not in pool:
            pool[key] = (
                PartialDate.from_date(day)
                if precision < 0.8
                else PartialDate(year=day.year, month=day.month)
                if precision < 0.95
                else PartialDate(year=day.year)
            )
        dates.append(pool[key])
    return dates


def _events(rng: random.Random, count: int) -> list[Event]:
    evidence = [(Evidence(document=f"a{n}", start=0, end=4, quote="Text"),) for n in range(ARTICLES)]
    participants = [Participant(actor=f"actor-{n}", role=ParticipantRole.AGENT) for n in range(ACTORS)]
    kinds, modalities = list(EventKind), list(Modality)
    return [
        Event(
            id=f"e{n}",
            kind=kinds[n % len(kinds)],
            modality=modalities[n % len(modalities)],
            date=date,
            summary="A synthetic event",
            evidence=evidence[n % ARTICLES],
            participants=tuple(rng.sample(participants, 3)),
        )
        for n, date in enumerate(_dates(rng, count))
    ]


def _articles(rng: random.Random) -> list[Article]:
    vocabulary = [f"w{n}" for n in range(20_000)] + ["Japan", "NATO", "security", "the", "and"]
    articles = []
    for n in range(ARTICLES):
        paragraphs = [" ".join(rng.choices(vocabulary, k=60)) + "." for _ in range(4)]
        text = "\n".join(paragraphs)
        spans, start = [], 0
        for paragraph in paragraphs:
            spans.append(Span(start=start, end=start + len(paragraph), text=paragraph))
            start += len(paragraph) + 1
        articles.append(Article(id=f"a{n}", text=text, paragraphs=tuple(spans)))
    return articles


def _row(name: str, indexed: float, scan: float, build: float | None = None) -> None:
    built = "" if build is None else f"{build:9.2f} s"
    print(
        f"| {name:<38} | {indexed * 1e3:10.3f} ms | {scan * 1e3:10.1f} ms | {scan / indexed:8.0f}x | {built:>11} |"  # noqa: E501
    )


def main() -> None:
    """Build the synthetic corpora and print the tables."""
    rng = random.Random(SEED)
    started = time.perf_counter()
    with attrs.validators.disabled():
        actors = [Actor(id=f"actor-{n}", kind=ActorKind.STATE, name=f"State {n}") for n in range(ACTORS)]
        events = _events(rng, EVENTS)
        articles = _articles(rng)
    corpus = Corpus(
        manifest=Manifest(corpus_version="bench"), articles=articles, actors=actors, events=events
    )
    print(f"Generated {EVENTS:,} events and {ARTICLES:,} articles in {time.perf_counter() - started:.1f} s\n")

    print("| query | indexed | linear scan | speed-up | index build |")
    print("|---|---:|---:|---:|---:|")
    build = _timed(lambda: corpus.events.between("2010-01-01", "2010-01-02"))
    first, last = dt.date(2015, 3, 1), dt.date(2015, 3, 7)
    indexed = _timed(lambda: corpus.events.between(first, last), repeat=20)

    def date_scan() -> list[Event]:
        return [e for e in events if e.date.earliest <= last and (e.end or e.date).latest >= first]

    assert date_scan() == list(corpus.events.between(first, last))
    _row(f"events.between (a week, {len(date_scan())} hits)", indexed, _timed(date_scan, repeat=3), build)

    build = _timed(lambda: corpus.events.involving("actor-0"))
    indexed = _timed(lambda: corpus.events.involving("State 17"), repeat=20)

    def actor_scan() -> list[Event]:
        return [
            e for e in events if any(p.actor == "actor-17" for p in e.participants) or e.place == "actor-17"
        ]

    assert actor_scan() == list(corpus.events.involving("actor-17"))
    _row(f"events.involving ({len(actor_scan())} hits)", indexed, _timed(actor_scan, repeat=3), build)

    build = _timed(lambda: corpus.search("Japan"))
    indexed = _timed(lambda: corpus.search("w1234"), repeat=20)
    pattern = re.compile(r"(?<!\w)w1234(?!\w)", re.IGNORECASE)

    def word_scan() -> list[tuple[str, int]]:
        return [
            (a.id, m.start())
            for a in articles
            for p in a.paragraphs
            for m in pattern.finditer(a.text, p.start, p.end)
        ]

    assert word_scan() == [(h.document, h.start) for h in corpus.search("w1234")]
    _row(f"search, one word ({len(word_scan())} hits)", indexed, _timed(word_scan, repeat=3), build)

    lines = converter.dumps_lines(events[:LOADED])
    load_table(lines)

    gc.collect()
    sample = lines[: lines.index("\n", len(lines) // 5) + 1]
    tracemalloc.start()
    records = converter.loads_lines(sample, Event)
    size, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"\nMemory per event loaded from JSON (tracemalloc): {size / len(records):.0f} bytes")


def load_table(lines: str, rounds: int = 7) -> None:
    """Bulk JSON Lines loading against :func:`json.loads` of the same lines, each round timing both in turn.

    Times are processor time of this process (:func:`time.process_time`), which
    waiting for a shared processor does not inflate, with the garbage collector
    off for both, as :mod:`timeit` does (the loader pauses it itself; a baseline
    with it on spends about half its time in collections). Each round times the
    baseline and then the loader, so load from other work falls on both alike;
    the ratio is given of the fastest runs and as the median of the rounds' ratios.
    """
    split = lines.splitlines()

    def baseline() -> object:
        return [json.loads(line) for line in split]

    def load() -> object:
        return converter.loads_lines(lines, Event)

    times: dict[str, list[float]] = {"json.loads per line": [], "converter.loads_lines": []}
    for _ in range(rounds):
        for name, run in zip(times, (baseline, load), strict=True):
            gc.collect()
            gc.disable()
            try:
                start = time.process_time()
                run()
                times[name].append(time.process_time() - start)
            finally:
                gc.enable()
    raw, loaded = times.values()
    ratios = sorted(new / old for old, new in zip(raw, loaded, strict=True))
    print(
        f"\nLoading {LOADED:,} events from JSON Lines ({len(lines) / 1e6:.1f} MB), {rounds} rounds, CPU time:"
    )
    print("| reader | fastest | median | x json.loads, fastest | x json.loads, median of rounds |")
    print("|---|---:|---:|---:|---:|")
    for name, found in times.items():
        fastest, median = min(found), sorted(found)[len(found) // 2]
        best = fastest / min(raw)
        middle = ratios[len(ratios) // 2] if found is loaded else 1.0
        print(f"| {name} | {fastest:.3f} s | {median:.3f} s | {best:.2f}x | {middle:.2f}x |")
    verdict = "meets" if ratios[len(ratios) // 2] <= 3 else "MISSES"
    print(f"\nload {ratios[len(ratios) // 2]:.2f}x json.loads, median of rounds ({verdict} <= 3x)")


GROWTH = (1_600, 16_000, 160_000)
GROWTH_NAMES = ("Japan", "NATO", "Australia", "Korea", "India", "Canada", "France", "Italy")


def _paragraph_corpus(paragraphs: int) -> Corpus:
    """One article of ``paragraphs`` paragraphs, each naming two to four of eight actors (seeded)."""
    rng = random.Random(SEED)
    texts = [" met ".join(rng.sample(GROWTH_NAMES, rng.randint(2, 4))) + " again." for _ in range(paragraphs)]
    text = "\n".join(texts)
    spans, start = [], 0
    for paragraph in texts:
        spans.append(Span(start=start, end=start + len(paragraph), text=paragraph))
        start += len(paragraph) + 1
    actors = [Actor(id=name.casefold(), kind=ActorKind.STATE, name=name) for name in GROWTH_NAMES]
    article = Article(id="long", text=text, paragraphs=tuple(spans))
    return Corpus(manifest=Manifest(corpus_version="bench"), articles=[article], actors=actors)


def growth(rounds: int = 9) -> None:
    """Co-occurrence by paragraph at 1x, 10x and 100x the paragraphs, with each step's ratio.

    The mentions are found before timing (they are found once per corpus) and one
    untimed call per size warms up. Then each round times every size in turn,
    so load from other work on the machine falls on all sizes alike, and calls
    each size as often as makes the same number of paragraphs (100 calls at
    1,600, one at 160,000), so small sizes are not single noisy readings; a
    size's time is its best round's mean. Times are processor time of this process
    (:func:`time.process_time`), which waiting for a shared processor does not
    inflate, with the garbage collector off, as :mod:`timeit` does.
    """
    corpora = {paragraphs: _paragraph_corpus(paragraphs) for paragraphs in GROWTH}
    for corpus in corpora.values():
        corpus.cooccurrence(scope="paragraph")
    times = dict.fromkeys(GROWTH, float("inf"))
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            for paragraphs, corpus in corpora.items():
                calls = GROWTH[-1] // paragraphs
                start = time.process_time()
                for _ in range(calls):
                    corpus.cooccurrence(scope="paragraph")
                times[paragraphs] = min(times[paragraphs], (time.process_time() - start) / calls)
    finally:
        gc.enable()
    print(
        f"| cooccurrence(scope='paragraph'), best of {rounds} | paragraphs | mentions | time "
        "| per paragraph | x previous row |"
    )
    print("|---|---:|---:|---:|---:|---:|")
    previous = None
    for paragraphs, corpus in corpora.items():
        per = times[paragraphs] / paragraphs * 1e6
        ratio = "" if previous is None else f"{times[paragraphs] / times[previous]:.1f}x"
        print(
            f"| one article | {paragraphs:,} | {len(corpus.mentions):,} | {times[paragraphs] * 1e3:.1f} ms "
            f"| {per:.2f} µs | {ratio} |"
        )
        previous = paragraphs
    for small, large in pairwise(GROWTH):
        ratio = times[large] / times[small]
        verdict = "meets" if ratio <= 12 else "MISSES"
        print(f"\n10x the paragraphs ({small:,} to {large:,}): {ratio:.1f}x the time ({verdict} <= 12x)")


def ceiling() -> None:
    """Search one article of more than 2**24 words: the last word is found."""
    words = (1 << 24) + 3
    text = "a " * (words - 1) + "needle"
    article = Article(id="long", text=text, paragraphs=(Span(start=0, end=len(text), text=text),))
    started = time.perf_counter()
    index = WordIndex([article], body=True)
    built = time.perf_counter() - started
    found = list(index.find(["needle"], case_sensitive=False))
    assert [(0, len(text) - 6, len(text))] == found, found
    print(f"\nSearch in one article of {words:,} words (2**24 + 3): last word found; built in {built:.0f} s")


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--growth", action="store_true", help="only the co-occurrence growth table")
    parser.add_argument("--ceiling", action="store_true", help="only the search past 2**24 words")
    parser.add_argument("--load", action="store_true", help="only the JSON Lines load table")
    options = parser.parse_args()
    if options.load:
        with attrs.validators.disabled():
            loaded_events = _events(random.Random(SEED), LOADED)
        load_table(converter.dumps_lines(loaded_events))
    elif not (options.growth or options.ceiling):
        main()
        print()
    if options.growth or not (options.ceiling or options.load):
        growth()
    if options.ceiling or not (options.growth or options.load):
        ceiling()
