"""How well ``parse_article`` reads real pages it has never seen, scored against hand labels.

Run: ``python benchmarks/parse_quality.py [-v]``. Reads every page of ``tests/pages/`` (the
labels are in ``tests/pages/gold.json`` and, for later holdouts of pages from sites not in
it, ``tests/pages/gold_holdout2.json`` to ``gold_holdout13.json``;
``tests/pages/README.md`` says how they were made) and prints, for the whole set and for its
tune, holdout-1 and later holdout parts apart:

- headline right (``None`` where the page has none: an invented headline is wrong);
- date right on the pages that state one, and no date on the pages that state none;
- time and zone right on the pages that give a time, and no time on the others;
- authors set-equal (case and spacing folded), dateline right, captions found;
- body token F1: the gold body runs from the first occurrence of ``body_first`` to the last of
  ``body_last`` (widened to the start of its line when the line opens with the dateline, since
  the parser keeps the dateline in the first paragraph), less each labelled caption that stands
  on a line of its own inside it (a caption is no body, by the labels' own account); the parsed
  body is its paragraphs.

Then the same figures by page kind. A page the parser rejects (``ParseError`` or any other
error) counts as a miss on every field. ``-v`` lists every miss with the page id; ``--hide SPLIT``
leaves a part out of the run altogether (so that a fresh holdout stays unmeasured until its time).
"""

from __future__ import annotations

import argparse
import collections
import json
import re
import statistics
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from japan_nato_corpus import Article, parse_article

if TYPE_CHECKING:
    from collections.abc import Iterable

PAGES = Path(__file__).parents[1] / "tests" / "pages"
GOLD = (
    "gold.json",
    "gold_holdout2.json",
    "gold_holdout3.json",
    "gold_holdout4.json",
    "gold_holdout5.json",
    "gold_holdout6.json",
    "gold_holdout7.json",
    "gold_holdout8.json",
    "gold_holdout9.json",
    "gold_holdout10.json",
    "gold_holdout11.json",
    "gold_holdout12.json",
    "gold_holdout13.json",
    "gold_holdout15.json",
    "gold_holdout14.json",
    "gold_holdout16.json",
    "gold_holdout17.json",
    "gold_holdout18.json",
    "gold_holdout19.json",
    "gold_holdout20.json",
    "gold_holdout21.json",
    "gold_holdout22.json",
    "gold_holdout23.json",
    "gold_holdout24.json",
    "gold_holdout25.json",
    "gold_holdout26.json",
    "gold_holdout27.json",
    "gold_holdout28.json",
    "gold_holdout29.json",
    "gold_holdout30.json",
    "gold_holdout31.json",
    "gold_holdout32.json",
)
"""The label files: the tune and first holdout parts, then the later holdouts of pages from other sites."""
SPLITS = (
    "tune",
    "holdout",
    "holdout-2",
    "holdout-3",
    "holdout-4",
    "holdout-5",
    "holdout-6",
    "holdout-7",
    "holdout-8",
    "holdout-9",
    "holdout-10",
    "holdout-11",
    "holdout-12",
    "holdout-13",
    "holdout-15",
    "holdout-14",
    "holdout-16",
    "holdout-17",
    "holdout-18",
    "holdout-19",
    "holdout-20",
    "holdout-21",
    "holdout-22",
    "holdout-23",
    "holdout-24",
    "holdout-25",
    "holdout-26",
    "holdout-27",
    "holdout-28",
    "holdout-29",
    "holdout-30",
    "holdout-31",
    "holdout-32",
)
"""The parts in the order printed; ``holdout`` is printed as ``holdout-1``."""
_WORD = re.compile(r"\w+")
_QUOTES = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"
_F1_GOOD = 0.9


@dataclass
class Score:
    """One page's result on each field: ``None`` where the field does not apply."""

    page: dict[str, Any]
    checks: dict[str, bool | None] = field(default_factory=dict)
    f1: float = 0.0
    misses: list[str] = field(default_factory=list)
    error: str | None = None


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()).casefold()


def _headline(text: str | None) -> str | None:
    folded = _fold(text)
    return None if folded is None else folded.strip(_QUOTES + " ")


def _tokens(text: str) -> collections.Counter[str]:
    return collections.Counter(word.casefold() for word in _WORD.findall(text))


def token_f1(expected: str, found: str) -> float:
    """Token F1 of two texts, words compared as a multiset, case folded."""
    want, got = _tokens(expected), _tokens(found)
    overlap = sum((want & got).values())
    if not want and not got:
        return 1.0
    if not overlap:
        return 0.0
    precision, recall = overlap / sum(got.values()), overlap / sum(want.values())
    return 2 * precision * recall / (precision + recall)


_LINE_BREAKS = "\n\r\u2028\u2029\x85\x0c"


def gold_body(text: str, page: dict[str, Any]) -> str:
    """The labelled body range of a page's text, less its labelled captions on lines of their own."""
    start = text.index(page["body_first"])
    end = text.rindex(page["body_last"]) + len(page["body_last"])
    line_start = max(text.rfind(sep, 0, start) for sep in _LINE_BREAKS) + 1
    prefix = text[line_start:start]
    dateline = page["dateline"]
    if dateline and prefix.strip() and _fold(prefix).startswith(_fold(dateline) or ""):  # type: ignore[union-attr]
        start = line_start
    body = text[start:end]
    for caption in page["captions"]:
        body = _without_caption_line(body, caption)
    return body


def _without_caption_line(body: str, caption: str) -> str:
    """``body`` with the first line that is ``caption`` alone (spaces aside) taken out, if there is one."""
    edge = f"(?:^|(?<=[{_LINE_BREAKS}]))"
    after = f"(?=[{_LINE_BREAKS}]|$)"
    space = f"[^\\S{_LINE_BREAKS}]*"
    line = re.search(rf"{edge}{space}{re.escape(caption.strip())}{space}{after}", body)
    return body if line is None else body[: line.start()] + body[line.end() :]


def _when(article: Article) -> tuple[str | None, str | None]:
    stamp = article.published_at
    if stamp is None:
        return None, None
    offset = stamp.utcoffset()
    if offset is None:
        return stamp.strftime("%H:%M"), None
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return stamp.strftime("%H:%M"), f"{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def _check(score: Score, name: str, expected: object, found: object, *, applies: bool = True) -> None:
    if not applies:
        score.checks[name] = None
        return
    right = expected == found
    score.checks[name] = right
    if not right:
        score.misses.append(f"{score.page['id']} {name}: expected {expected!r}, got {found!r}")


def score_page(page: dict[str, Any]) -> Score:
    """Parse one page and compare it with its labels."""
    text = (PAGES / page["file"]).read_bytes().decode("utf-8")
    score = Score(page)
    try:
        article = parse_article(text, id=page["id"])
    except Exception as error:  # noqa: BLE001 - any failure is a miss on every field, and is shown
        score.error = f"{type(error).__name__}: {error}"
        score.misses.append(f"{page['id']} parse failed: {score.error}")
        for name in FIELDS:
            score.checks[name] = False if _applies(name, page) else None
        return score
    dated, timed = page["published"] is not None, page["time"] is not None
    published = None if article.published is None else str(article.published)
    when = _when(article)
    _check(score, "headline", _headline(page["headline"]), _headline(article.headline))
    _check(score, "date (dated)", page["published"], published, applies=dated)
    _check(score, "no date (undated)", None, published, applies=not dated)
    _check(score, "time and zone (timed)", (page["time"], page["zone"]), when, applies=timed)
    _check(score, "no time (untimed)", (None, None), when, applies=not timed)
    authors = {_fold(name) for name in page["authors"]}
    found_authors = {_fold(name) for name in article.authors}
    _check(score, "authors", authors, found_authors)
    score.checks["authors (bylined)"] = authors == found_authors if authors else None
    _check(
        score,
        "dateline",
        _fold(page["dateline"]),
        None if article.dateline is None else _fold(article.dateline.text),
    )
    parsed_captions = [_fold(c.body.text) or "" for c in article.captions]
    missing = [
        c
        for c in page["captions"]
        if not any(_fold(c) in p or p in (_fold(c) or "") for p in parsed_captions if p)
    ]
    found_dateline = None if article.dateline is None else _fold(article.dateline.text)
    dateline = _fold(page["dateline"])
    score.checks["dateline (with one)"] = dateline == found_dateline if dateline else None
    score.checks["captions found"] = not missing if page["captions"] else None
    score.misses += [f"{page['id']} caption not found: {caption!r}" for caption in missing]
    score.f1 = token_f1(gold_body(text, page), "\n\n".join(p.text for p in article.paragraphs))
    if score.f1 < _F1_GOOD:
        score.misses.append(f"{page['id']} body F1 {score.f1:.3f}")
    return score


FIELDS = (
    "headline",
    "date (dated)",
    "no date (undated)",
    "time and zone (timed)",
    "no time (untimed)",
    "authors",
    "authors (bylined)",
    "dateline",
    "dateline (with one)",
    "captions found",
)


def _applies(name: str, page: dict[str, Any]) -> bool:
    return {
        "date (dated)": page["published"] is not None,
        "no date (undated)": page["published"] is None,
        "time and zone (timed)": page["time"] is not None,
        "no time (untimed)": page["time"] is None,
        "captions found": bool(page["captions"]),
        "authors (bylined)": bool(page["authors"]),
        "dateline (with one)": page["dateline"] is not None,
    }.get(name, True)


def _share(scores: Iterable[Score], name: str) -> str:
    results = [s.checks[name] for s in scores if s.checks.get(name) is not None]
    if not results:
        return "-"
    return f"{sum(results) / len(results):.0%} ({sum(results)}/{len(results)})"


def _f1_cells(scores: list[Score]) -> list[str]:
    values = [s.f1 for s in scores]
    if not values:
        return ["-", "-", "-"]
    good = sum(v >= _F1_GOOD for v in values) / len(values)
    return [f"{statistics.fmean(values):.3f}", f"{min(values):.3f}", f"{good:.0%}"]


def _table(header: list[str], rows: list[list[str]]) -> None:
    print("| " + " | ".join(header) + " |")
    print("|" + "---|" * len(header))
    for row in rows:
        print("| " + " | ".join(row) + " |")


def _name(split: str) -> str:
    return "holdout-1" if split == "holdout" else split


def report(scores: list[Score]) -> None:
    """Print the overall table (all, then each part present) and the table by kind."""
    parts = [("all", scores)]
    parts += [(_name(split), [s for s in scores if s.page["split"] == split]) for split in SPLITS]
    parts = [(name, group) for name, group in parts if group]
    groups = [group for _, group in parts]
    header = ["field", *(f"{name} ({len(group)} pages)" for name, group in parts)]
    rows = [[name, *(_share(group, name) for group in groups)] for name in FIELDS]
    f1 = [_f1_cells(group) for group in groups]
    rows += [
        [label, *(cells[i] for cells in f1)]
        for i, label in enumerate(("body F1 mean", "body F1 min", "body F1 >= 0.9"))
    ]
    rows.append(["parse failures", *(str(sum(s.error is not None for s in group)) for group in groups)])
    _table(header, rows)
    print()
    kinds = sorted({s.page["kind"] for s in scores})
    short = ["headline", "date (dated)", "no date (undated)", "authors", "dateline"]
    by_kind = []
    for kind in kinds:
        group = [s for s in scores if s.page["kind"] == kind]
        by_kind.append([f"{kind} ({len(group)})", *(_share(group, n) for n in short), *_f1_cells(group)[:2]])
    _table(["kind (pages)", *short, "body F1 mean", "body F1 min"], by_kind)


def main(argv: list[str] | None = None) -> int:
    """Score every labelled page and print the tables; ``-v`` adds every miss."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss with its page id")
    parser.add_argument(
        "--hide",
        action="append",
        default=[],
        choices=[_name(split) for split in SPLITS],
        metavar="SPLIT",
        help="leave this part out of the run (repeatable): a fresh holdout stays unmeasured",
    )
    args = parser.parse_args(argv)
    labels = [json.loads((PAGES / name).read_text(encoding="utf-8")) for name in GOLD]
    hidden = {"holdout" if name == "holdout-1" else name for name in args.hide}
    pages = [page for gold in labels for page in gold["pages"] if page["split"] not in hidden]
    scores = [score_page(page) for page in pages]
    for split in SPLITS:
        part = [page for page in pages if page["split"] == split]
        if part:
            print(f"{_name(split)}: {len(part)} pages from {len({page['site'] for page in part})} sites")
    print(f"all: {len(scores)} pages from {len({page['site'] for page in pages})} sites\n")
    report(scores)
    if args.verbose:
        print("\nMisses:")
        for score in scores:
            for miss in score.misses:
                print(f"  {miss}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
