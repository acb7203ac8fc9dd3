"""Precision and recall of the mention finder against the hand-checked gold mentions.

Run: ``python benchmarks/mention_quality.py``. Prints one row per document and a total:
exact matches (same document, start, end and actor) count as true positives. Then the
recall on real pages (``tests/mention_pages``: 34 pages of news, releases and analysis
the corpus has never seen), looking for the corpus actors and the reference list, by
language and split; then each held-out set of ``HELD_OUT`` (pages with their text stored,
labelled before the finder was run on them, listed in ``tests/mention_pages/held_out.json``)
as rows of its own, by language, beside its first figure; then the finder's speed. A set not yet measured
(``UNMEASURED``) is left out, so that no change is tuned to it; ``--held-out`` measures it
alone, once, with its figures and misses.
"""

import json
import sys
import time
from pathlib import Path

import japan_nato_corpus as jnc
from japan_nato_corpus.mentions import find_mentions
from japan_nato_corpus.reference import reference_actors

GOLD = Path(__file__).parents[1] / "tests" / "gold_mentions.json"
PAGES = Path(__file__).parents[1] / "tests" / "mention_pages"


def _row(name: str, tp: int, fp: int, fn: int) -> str:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return f"| {name} | {tp + fn} | {tp + fp} | {tp} | {precision:.3f} | {recall:.3f} |"


def main() -> None:
    """Print the quality table, then the errors and the finder's speed."""
    corpus = jnc.load()
    actors = tuple(corpus.actors)
    if "--held-out" in sys.argv[1:]:
        for name, folder in UNMEASURED:
            _held_out(name, folder, (*actors, *reference_actors()))
        return
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    print("| document | gold | found | exact | precision | recall |")
    print("|---|---|---|---|---|---|")
    totals = [0, 0, 0]
    errors: list[str] = []
    for region in gold["documents"]:
        document, first, last = region["id"], region["start"], region["end"]
        text = corpus.articles[document].text
        expected = {(g["start"], g["end"], g["actor"]) for g in gold["mentions"] if g["document"] == document}
        found = {(m.start, m.end, m.actor) for m in find_mentions(text, actors) if first <= m.start < last}
        tp, fp, fn = len(expected & found), len(found - expected), len(expected - found)
        errors += [
            f"  false positive {document}: {text[s:e]!r} -> {a}" for s, e, a in sorted(found - expected)
        ]
        errors += [f"  missed {document}: {text[s:e]!r} -> {a}" for s, e, a in sorted(expected - found)]
        totals = [totals[0] + tp, totals[1] + fp, totals[2] + fn]
        print(_row(document, tp, fp, fn))
    print(_row("**all**", *totals))
    print("\n".join(errors))
    _pages(actors)
    everyone = (*actors, *reference_actors())
    for name, folder in HELD_OUT:
        _held_out(name, folder, everyone)
    _speed(corpus.articles, actors)


def _pages(actors: tuple["jnc.Actor", ...]) -> None:
    """Recall on the labelled real pages, with the reference list, by language and in all."""
    gold = json.loads((PAGES / "gold.json").read_text(encoding="utf-8"))
    everyone = (*actors, *reference_actors())
    groups: dict[str, list[int]] = {}
    errors: list[str] = []
    for page, labels in gold["pages"].items():
        text = (PAGES / f"{page}.txt").read_text(encoding="utf-8")
        expected = {(g["start"], g["end"], g["actor"]) for g in labels["mentions"]}
        found = {(m.start, m.end, m.actor) for m in find_mentions(text, everyone)}
        counts = [len(expected & found), len(found - expected), len(expected - found)]
        english = "English" if labels["language"] == "en" else "other languages"
        for group in (f"pages in {english}", f"{labels['split']} pages", "**all pages**"):
            groups[group] = [a + b for a, b in zip(groups.get(group, [0, 0, 0]), counts, strict=True)]
        errors += [f"  missed {page}: {text[s:e]!r} -> {a}" for s, e, a in sorted(expected - found)]
    pages = len(gold["pages"])
    print(f"\n{pages} real pages (tests/mention_pages), corpus and reference actors:\n")
    print("| pages | gold | found | exact | precision | recall |")
    print("|---|---|---|---|---|---|")
    order = ["pages in English", "pages in other languages", "tune pages", "holdout pages", "**all pages**"]
    for group in sorted(groups, key=lambda g: order.index(g) if g in order else len(order)):
        print(_row(group, *groups[group]))
    print("\n".join(errors))


def _sets() -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """The held-out sets of ``tests/mention_pages/held_out.json``: those measured, and those not yet."""
    listed = json.loads((PAGES / "held_out.json").read_text(encoding="utf-8"))["sets"]
    measured: list[tuple[str, str]] = []
    unmeasured: list[tuple[str, str]] = []
    for entry in listed:
        held = json.loads((PAGES / f"{entry['labels']}.json").read_text(encoding="utf-8"))
        (measured if "measured" in held else unmeasured).append((entry["labels"], entry["folder"]))
    return tuple(measured), tuple(unmeasured)


HELD_OUT, UNMEASURED = _sets()
"""The held-out sets (labels' file stem, folder of the pages' stored text), from the one list
``tests/mention_pages/held_out.json``: those measured, and those not yet, shown only with
``--held-out`` and never in the default run (a set's labels file records its one measurement)."""


def _held_out(name: str, folder: str, everyone: tuple["jnc.Actor", ...]) -> None:
    """One held-out set of stored pages: precision and recall by language and in all, and its first figure."""
    held = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    groups: dict[str, list[int]] = {}
    sites: dict[str, set[str]] = {}
    errors: list[str] = []
    for page, labels in held["pages"].items():
        text = (PAGES / folder / f"{page}.txt").read_text(encoding="utf-8")
        expected = {(g["start"], g["end"], g["actor"]) for g in labels["mentions"]}
        found = {(m.start, m.end, m.actor) for m in find_mentions(text, everyone)}
        counts = [len(expected & found), len(found - expected), len(expected - found)]
        for group in (f"{name} {labels['language']}", f"**{name}, all**"):
            groups[group] = [a + b for a, b in zip(groups.get(group, [0, 0, 0]), counts, strict=True)]
            sites.setdefault(group, set()).add(labels["url"].split("/")[2])
        errors += [f"  missed {page}: {text[s:e]!r} -> {a}" for s, e, a in sorted(expected - found)]
        errors += [f"  false positive {page}: {text[s:e]!r} -> {a}" for s, e, a in sorted(found - expected)]
    everything = f"**{name}, all**"
    gold = groups[everything][0] + groups[everything][2]
    print(
        f"\nHeld-out set {name} (tests/mention_pages/{name}.json, text in {folder}/): "
        f"{len(held['pages'])} pages, {len(sites[everything])} sites, {gold} gold mentions:\n"
    )
    print("| pages | sites | gold | found | exact | precision | recall |")
    print("|---|---|---|---|---|---|---|")
    for group in sorted(groups, key=lambda g: (g.startswith("**"), g)):
        print(_row(f"{group} | {len(sites[group])}", *groups[group]))
    first = held.get("measured")
    if first:
        print(
            f"| {name}, first measured | | {first['gold']} | {first['found']} | {first['exact']} "
            f"| {first['precision']:.3f} | {first['recall']:.3f} |"
        )
    else:
        print(f"| {name}, first measured | | not yet | | | | |")
    print("\n".join(errors))


def _speed(articles: "jnc.Records[jnc.Article]", actors: tuple["jnc.Actor", ...]) -> None:
    """Time per search for the five documents repeated 1, 4 and 16 times: linear growth expected.

    Each row is the best of its rounds, with the corpus actors alone and with the reference list.
    """
    text = "\n".join(a.text for a in articles)
    print("\n| actors | copies of the five documents | characters | ms per search | M chars/s |")
    print("|---|---|---|---|---|")
    for label, looked_for in (("corpus", actors), ("corpus + reference", (*actors, *reference_actors()))):
        find_mentions(text, looked_for)  # compiles and caches the pattern
        for copies in (1, 4, 16):
            sample = "\n".join([text] * copies)
            best = float("inf")
            for _ in range(5):  # as many rounds at every size, so the best times compare
                start = time.perf_counter()
                find_mentions(sample, looked_for)
                best = min(best, time.perf_counter() - start)
            rate = len(sample) / best / 1e6
            print(f"| {label} | {copies} | {len(sample):,} | {best * 1000:.1f} | {rate:.1f} |")


if __name__ == "__main__":
    main()
