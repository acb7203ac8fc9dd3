"""How well does the learned line model choose the headline of pages it was not trained on?

Run from the repository root: ``python benchmarks/line_model.py`` (needs scikit-learn, the
``curate`` extra). Leave-one-split-out over holdout-17 to holdout-29: the model
(``tools/train_line_model.py``) is trained on every other measured set (tune, holdout-1 to 16
and the other late holdouts) and tested on the one left out. Per split it prints:

- the model's headline accuracy (its line is the gold headline; ``None`` for a page with none);
- the same model trained without the features read off the zone's rules;
- the rules' accuracy when the split was first seen (from the split's own records), before the
  model was asked for its second opinion: what a reader's own pages got from the rules;
- ``parse_article`` now: the rules, tuned on every split, with the shipped model's second opinion
  (``_line_model.overrule``), trained on every set (this split included, so the figure is
  in-sample);
- the ceiling: the pages whose gold headline is among the candidates (or is none);
- ``parse_article`` with the rules alone (no second opinion), and with the rules plus the second
  opinion of the model trained without the split, at each overrule margin of :data:`MARGINS`:
  the shipped combination, cross-validated. A second table gives each margin's mean and minimum
  over the splits, and a third each pair of ``OVERRULE_MARGIN`` (a line over the rules' line)
  and ``OVERRULE_FILL_MARGIN`` (a line where the rules read none), by which they are chosen.

Then the features by weight in a model trained on all the sets, and the pure-Python scorer's
speed in pages per second.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parents[1]))

from tools import train_line_model as tlm

from japan_nato_corpus.parse import _line_model

FIRST_SIGHT = {
    "holdout-17": 0.82,
    "holdout-18": 0.82,
    "holdout-19": 0.88,
    "holdout-20": 0.92,
    "holdout-21": 0.85,
    "holdout-22": 0.85,
    "holdout-23": 0.92,
    "holdout-24": 0.85,
    "holdout-25": 0.82,
    "holdout-26": 0.90,
    "holdout-27": 0.82,
    "holdout-28": 0.85,
    "holdout-29": 0.82,
    "holdout-30": 0.82,
    "holdout-31": 0.92,
    "holdout-32": 0.80,
}
"""The rules' headline accuracy on each split when it was first measured."""
MARGINS = (0.0, 0.5, 1.0, 1.5, 2.0, 3.0)
"""The overrule margins the cross-validated combination is measured at."""
_ZONE_MADE = frozenset(
    j
    for j, name in enumerate(_line_model.FEATURES)
    if name.startswith(("shape_", "is_"))
    or name
    in {
        "photo_line",
        "over_credit",
        "like_caption",
        "teaser_shaped",
        "standfirst_under",
        "standfirst_over",
        "deck",
        "notice_over_headline",
        "title_tail_follows",
        "first_candidate",
        "candidate_rank",
        "over_marker",
        "under_marker",
        "before_first_marker",
        "over_prose",
        "under_prose",
    }
)
"""The features read off the zone's own rules (its shapes and predicates), which were tuned on
every split: the ablation leaves them out, keeping only length, place, case, marks, script,
repetition, blank lines, dates around and the overlap with the story's prose."""


def _pct(hits: int, total: int) -> str:
    return f"{hits / total:.0%} ({hits}/{total})" if total else "-"


def main() -> int:
    """Print the leave-one-split-out table, the weights and the scorer's speed."""
    samples = tlm.load()
    rows = []
    grid: dict[tuple[float, float], list[float]] = {}
    means: dict[str, list[float]] = {
        "plain": [],
        "model": [],
        "first": [],
        "parsed": [],
        "ceiling": [],
        "rules": [],
        **{f"m{m}": [] for m in MARGINS},
    }
    for split, first in FIRST_SIGHT.items():
        test = [s for s in samples if s.split == split]
        train = [s for s in samples if s.split != split]
        model = tlm.train(train)
        n = len(test)
        model_hits = sum(tlm.right(tlm.choose(model, s)[0], s) for s in test)
        plain = tlm.train(train, drop=_ZONE_MADE)
        plain_hits = sum(tlm.right(tlm.choose(plain, s)[0], s) for s in test)
        parsed = sum(s.parsed_right for s in test)
        ceiling = sum(s.gold_none or bool(s.positive) for s in test)
        rules = sum(s.right_with(s.rules_title) for s in test)
        weights = tlm.as_weights(model)
        combined = {m: sum(tlm.combined_right(s, weights, m, m) for s in test) for m in MARGINS}
        means["rules"].append(rules / n)
        for m, hits in combined.items():
            means[f"m{m}"].append(hits / n)
        for m in MARGINS:
            for f in MARGINS:
                hits = sum(tlm.combined_right(s, weights, m, f) for s in test)
                grid.setdefault((m, f), []).append(hits / n)
        for key, value in (
            ("model", model_hits / n),
            ("plain", plain_hits / n),
            ("first", first),
            ("parsed", parsed / n),
            ("ceiling", ceiling / n),
        ):
            means[key].append(value)
        rows.append(
            [
                split,
                _pct(model_hits, n),
                _pct(plain_hits, n),
                f"{first:.0%}",
                _pct(parsed, n),
                _pct(ceiling, n),
                _pct(rules, n),
                *(_pct(combined[m], n) for m in MARGINS),
            ]
        )
    columns = (
        "model (LOSO)",
        "model, no zone features",
        "rules first seen",
        "parse_article now (in-sample)",
        "ceiling",
        "rules alone now",
        *(f"rules + LOSO model, margin {m:g}" for m in MARGINS),
    )
    print("| split | " + " | ".join(columns) + " |")
    print("|" + "---|" * (len(columns) + 1))
    for row in rows:
        print("| " + " | ".join(row) + " |")
    print(
        "| mean | "
        + " | ".join(
            f"{statistics.fmean(means[k]):.1%}"
            for k in ("model", "plain", "first", "parsed", "ceiling", "rules", *(f"m{m}" for m in MARGINS))
        )
        + " |"
    )
    print("\n| margin | LOSO mean | LOSO min |\n|---|---|---|")
    for key, name in (("rules", "rules alone"), *((f"m{m}", f"{m:g}") for m in MARGINS)):
        print(f"| {name} | {statistics.fmean(means[key]):.1%} | {min(means[key]):.0%} |")
    print(
        "\nLOSO mean / min by the margin over a line the rules read (rows) and the margin to fill a"
        " page the rules read no headline on (columns):\n"
    )
    print("| margin \\ fill | " + " | ".join(f"{f:g}" for f in MARGINS) + " |")
    print("|" + "---|" * (len(MARGINS) + 1))
    for m in MARGINS:
        cells = (f"{statistics.fmean(grid[m, f]):.1%} / {min(grid[m, f]):.0%}" for f in MARGINS)
        print(f"| {m:g} | " + " | ".join(cells) + " |")
    everything = list(samples)
    total = len(everything)
    print(
        f"\nall measured pages: {total}; ceiling "
        f"{_pct(sum(s.gold_none or bool(s.positive) for s in everything), total)}"
    )
    model = tlm.train(everything)
    print("\nheaviest weights (all sets; features scaled to unit variance):")
    for j in np.argsort(-np.abs(model.coef))[:25]:
        print(f"  {_line_model.FEATURES[j]:24} {model.coef[j]:+.3f}")
    _speed()
    return 0


def _speed() -> None:
    """The pure-Python scorer's speed on the stored pages, with the weights file as written."""
    try:
        _line_model.weights()
    except (OSError, ValueError) as error:
        print(f"\nno scorer speed: {error}")
        return
    pages = [
        p for path in tlm.gold_files() for p in tlm.json.loads(path.read_text(encoding="utf-8"))["pages"]
    ]
    inputs = []
    for p in pages:
        if p["split"] in tlm.UNSEEN:
            continue
        text = (tlm.PAGES / p["file"]).read_bytes().decode("utf-8")
        inputs.append((text, *tlm.page_lines(text)))
    began = time.perf_counter()
    for text, lines, names in inputs:
        _line_model.rank_headline(text, lines, names)
    spent = time.perf_counter() - began
    print(
        f"\nscorer: {len(inputs)} pages in {spent:.2f} s, "
        f"{len(inputs) / spent:.0f} pages/s (features and scores)"
    )


if __name__ == "__main__":
    sys.exit(main())
