"""Leave-one-split-out figures of the learned headline classifier, beside the rules'.

Run: ``python benchmarks/headline_model.py`` (needs scikit-learn, as
``tools/train_headline_model.py`` does). For each of the splits holdout-17 to holdout-24, the
model is trained on every other labelled page and scored on the split: a page is right when the
model's headline (its best candidate over the threshold, else none) is the labelled one. The
rules' figure is the parser's own headline on the same pages.
"""

from __future__ import annotations

import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parents[1]))

from tools.train_headline_model import accuracy, collect, train

SPLITS = tuple(f"holdout-{number}" for number in range(17, 25))


def main() -> int:
    pages = collect()
    print("| split | pages | rules | model |")
    print("|---|---|---|---|")
    rules_all, model_all = [], []
    for split in SPLITS:
        held = [page for page in pages if page.split == split]
        weights = train([page for page in pages if page.split != split])
        rules = sum(page.rule_text == page.gold for page in held) / len(held)
        model = accuracy(held, weights)
        rules_all.append(rules)
        model_all.append(model)
        print(f"| {split} | {len(held)} | {rules:.0%} | {model:.0%} |")
    print(f"| mean | | {statistics.mean(rules_all):.1%} | {statistics.mean(model_all):.1%} |")
    reachable = sum(any(page.labels) or page.gold is None for page in pages) / len(pages)
    print(f"\npages whose headline is a candidate line (or none): {reachable:.0%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
