"""Train the headline line model (``src/japan_nato_corpus/vocabularies/line_model.json``).

Each labelled page of ``tests/pages/`` is read as the parser reads it (its first lines, the
site names, the header zone); each candidate line of the zone gets the features of
:mod:`japan_nato_corpus.parse._line_model`, and is labelled by the page's gold headline: the
line whose text (less a title marker and an outlet's suffix) is the headline, else a line that
holds it, else a line that opens a headline broken over two lines. A logistic regression
(scikit-learn) scores the candidates; the page's headline is its best candidate when that
clears a threshold, chosen on the training pages, else none.

scikit-learn is needed only here (the ``curate`` extra): the library reads the JSON file.

Run from the repository root::

    python -m tools.train_line_model             # train on every measured set, write the file
    python -m tools.train_line_model --dry-run   # train and print, write nothing
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
from sklearn.linear_model import LogisticRegression

from japan_nato_corpus.parse import _line_model, _reader, _zone
from japan_nato_corpus.parse._page import Page

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).parents[1]
PAGES = ROOT / "tests" / "pages"
OUT = ROOT / "src" / "japan_nato_corpus" / "vocabularies" / "line_model.json"
UNSEEN: frozenset[str] = frozenset()
"""Sets not yet measured: never read."""
_QUOTES = "\"'\u201c\u201d\u201e\u2018\u2019\u00ab\u00bb"
C = 0.3
"""The regression's inverse regularisation strength."""


def gold_files() -> list[Path]:
    """The label files of the measured sets (the unseen sets' files are left unopened)."""
    files = [PAGES / "gold.json"]
    files += sorted(
        PAGES.glob("gold_holdout*.json"), key=lambda path: int(path.stem.removeprefix("gold_holdout"))
    )
    unseen = {f"gold_{split.replace('-', '')}" for split in UNSEEN}
    return [path for path in files if path.exists() and path.stem not in unseen]


def fold(text: str | None) -> str | None:
    """A headline as ``benchmarks/parse_quality.py`` compares it: spaces and case folded, quotes off."""
    if text is None:
        return None
    return " ".join(text.split()).casefold().strip(_QUOTES + " ")


@dataclass
class Sample:
    """One page: its candidates' features, which candidates are its headline, and whether it parses right."""

    page: dict[str, Any]
    split: str
    rows: list[list[float]]
    positive: set[int]
    """Positions (into ``rows``) of the candidates that are the gold headline."""
    parsed_right: bool
    """Whether ``parse_article`` reads the headline right (its full reading)."""
    gold_none: bool
    reading: _zone.ZoneReading | None = None
    """The header zone as the rules read it, as the reader hands it to the second opinion."""
    rules_title: int | None = None
    """The line the zone's rules read as the headline, before the second opinion."""
    reading_rows: _line_model.Zone | None = None
    """The candidates' features as the second opinion reads them."""
    forced: dict[int | None, bool] = field(default_factory=dict)
    """Whether ``parse_article`` reads the headline right when the second opinion returns a line."""

    def right_with(self, title: int | None) -> bool:
        """Whether ``parse_article`` reads the headline right when the second opinion keeps ``title``."""
        if title not in self.forced:
            self.forced[title] = _parsed(self, lambda _zone, _title: title) == fold(self.page["headline"])
        return self.forced[title]


def page_lines(text: str) -> tuple[list[tuple[int, int, str]], set[str]]:
    """The page's first lines and its site names, as the reader gives them to the zone."""
    top, _, site_names = _reader.header_lines(Page(text, publisher=None), _reader._lines(text))  # noqa: SLF001
    return [(line.start, line.end, line.text) for line in top], site_names


def _headline_of(texts: list[str], i: int) -> set[str]:
    """The readings of line ``i`` as a headline: as printed, marker and suffix cut, joined to the next."""
    text = texts[i]
    cut = text[_zone.title_marker(text) : _zone.title_end(text)]
    readings = {fold(text), fold(cut)}
    if i + 1 < len(texts):
        readings.add(fold(f"{cut} {texts[i + 1]}"))
    return {r for r in readings if r}


def label(texts: list[str], candidates: list[int], gold: str | None) -> set[int]:
    """The positions of the candidates that are the gold headline (none for a page with none)."""
    if gold is None:
        return set()
    exact = {k for k, i in enumerate(candidates) if gold in _headline_of(texts, i)}
    if exact:
        return exact
    return {k for k, i in enumerate(candidates) if gold in (fold(texts[i]) or "")}


def _text(page: dict[str, Any]) -> str:
    return (PAGES / page["file"]).read_bytes().decode("utf-8")


def _parsed(s: Sample, opinion: Callable[[_zone.ZoneReading, int | None], int | None]) -> str | None:
    """The page's headline as ``parse_article`` reads it with ``opinion`` as the zone's second opinion."""
    from japan_nato_corpus import parse_article  # noqa: PLC0415 - the full reading, for the figures

    shipped = _line_model.overrule
    _line_model.overrule = opinion  # type: ignore[assignment]
    try:
        return fold(parse_article(_text(s.page), id=s.page["id"]).headline)
    except Exception:  # noqa: BLE001 - a page the parser rejects is a miss
        return "\0"
    finally:
        _line_model.overrule = shipped  # type: ignore[assignment]


def sample(page: dict[str, Any]) -> Sample:
    """Read one labelled page."""
    text = _text(page)
    lines, site_names = page_lines(text)
    texts = [t for _, _, t in lines]
    zone = _line_model.read_zone(text, lines, site_names)
    gold = fold(page["headline"])
    positive = label(texts, zone.candidates, gold)
    s = Sample(page, page["split"], zone.rows, positive, parsed_right=False, gold_none=gold is None)
    s.parsed_right = _parsed(s, _line_model.overrule) == gold

    def record(reading: _zone.ZoneReading, title: int | None) -> int | None:
        s.reading, s.rules_title = reading, title
        s.reading_rows = _line_model.zone_rows(
            reading.page, reading.lines, reading.site_names, reading.shapes, reading.end
        )
        return title

    rules = _parsed(s, record) == gold
    s.forced[s.rules_title] = rules
    return s


def load() -> list[Sample]:
    """Every page of the measured sets."""
    pages = [p for path in gold_files() for p in json.loads(path.read_text(encoding="utf-8"))["pages"]]
    return [sample(p) for p in pages if p["split"] not in UNSEEN]


@dataclass
class Model:
    """A trained regression with its feature scaling and its NONE threshold."""

    coef: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray
    threshold: float

    def scores(self, rows: list[list[float]]) -> np.ndarray:
        """Each candidate's log-odds."""
        x = (np.asarray(rows, dtype=float) - self.mean) / self.scale
        return np.asarray(x @ self.coef + self.bias)


def choose(model: Model, s: Sample) -> tuple[int | None, float]:
    """The model's pick on one page (a position among its candidates, or None) and its score."""
    if not s.rows:
        return None, -np.inf
    scores = model.scores(s.rows)
    k = int(np.argmax(scores))
    return (k if scores[k] > model.threshold else None), float(scores[k])


def right(pick: int | None, s: Sample) -> bool:
    """Whether a pick is the page's headline (None for a page with none)."""
    return (pick is None) if s.gold_none else (pick is not None and pick in s.positive)


def train(samples: list[Sample], drop: frozenset[int] = frozenset()) -> Model:
    """Fit the regression on the pages' candidates and choose the NONE threshold on the same pages.

    The features at the positions in ``drop`` get no weight (an ablation).
    """
    rows = [row for s in samples for row in s.rows]
    ys = [int(k in s.positive) for s in samples for k in range(len(s.rows))]
    x = np.asarray(rows, dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    kept = np.asarray([j not in drop for j in range(x.shape[1])])
    fit = LogisticRegression(C=C, max_iter=5000, class_weight="balanced")
    fit.fit(((x - mean) / scale)[:, kept], np.asarray(ys))
    coef = np.zeros(x.shape[1])
    coef[kept] = fit.coef_[0]
    model = Model(coef, float(fit.intercept_[0]), mean, scale, -np.inf)
    tops = [choose(model, s)[1] for s in samples]
    candidates = sorted({-np.inf, *tops})
    best_t, best_right = -np.inf, -1
    for t in candidates:
        model.threshold = t
        hits = sum(right(choose(model, s)[0], s) for s in samples)
        if hits > best_right:
            best_t, best_right = t, hits
    # The midpoint between the chosen top score and the next one up, for a margin either side.
    above = [t for t in candidates if t > best_t]
    model.threshold = best_t if not above or best_t == -np.inf else (best_t + above[0]) / 2
    return model


def as_weights(model: Model) -> _line_model.Weights:
    """The model as the library's pure-Python scorer holds it."""
    threshold = float(model.threshold) if np.isfinite(model.threshold) else -1e9
    return _line_model.Weights(
        tuple(float(w) for w in model.coef),
        float(model.bias),
        tuple(float(m) for m in model.mean),
        tuple(float(v) for v in model.scale),
        threshold,
    )


def combined_right(s: Sample, weights: _line_model.Weights, margin: float, fill_margin: float) -> bool:
    """Whether ``parse_article`` reads the page's headline right with this model's second opinion."""
    if s.reading_rows is None:
        return s.right_with(s.rules_title)
    return s.right_with(_line_model.decide(s.reading_rows, s.rules_title, weights, margin, fill_margin))


def export(model: Model) -> dict[str, Any]:
    """The model as the JSON file holds it."""
    return {
        "description": (
            "Weights of the headline line model (parse/_line_model.py), built by "
            "python -m tools.train_line_model from every measured page set; do not edit by hand."
        ),
        "features": list(_line_model.FEATURES),
        "weights": [round(float(w), 6) for w in model.coef],
        "bias": round(model.bias, 6),
        "mean": [round(float(m), 6) for m in model.mean],
        "scale": [round(float(s), 6) for s in model.scale],
        "threshold": round(float(model.threshold), 6) if np.isfinite(model.threshold) else -1e9,
    }


def main(argv: list[str] | None = None) -> int:
    """Train on every measured set; write the weights unless ``--dry-run``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--dry-run", action="store_true", help="print the heaviest weights, write nothing")
    args = parser.parse_args(argv)
    samples = load()
    model = train(samples)
    hits = sum(right(choose(model, s)[0], s) for s in samples)
    candidates = sum(len(s.rows) for s in samples)
    print(f"{len(samples)} pages, {candidates} candidates; training accuracy {hits / len(samples):.1%}")  # noqa: T201
    order = np.argsort(-np.abs(model.coef))
    for j in order[:20]:
        print(f"  {_line_model.FEATURES[j]:24} {model.coef[j]:+.3f}")  # noqa: T201
    if not args.dry_run:
        OUT.write_text(json.dumps(export(model), indent=1) + "\n", encoding="utf-8")
        print(f"wrote {OUT.relative_to(ROOT)}")  # noqa: T201
    return 0


if __name__ == "__main__":
    sys.exit(main())
