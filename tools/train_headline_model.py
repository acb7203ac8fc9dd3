"""Train a line classifier for the headline choice of the header zone, as an experiment.

Each headline candidate of a page's header zone (the lines ``parse.zone_roles`` shapes as
candidates) gets a row of features: its shape and its neighbours' shapes, the zone's demerit
predicates as binary features (kicker, standfirst of a label, standfirst over a headline, a
label, a quoted title, a line naming a site, a photo's title, a caption's like, an echo), its
position (index, first candidate, before or after the first date line or byline), its length,
capitalisation (title case, sentence case, capitals), punctuation (closing mark, colon, bar,
dash, digits), whether the page repeats it, and how many of its words the story repeats. A
row's label is whether the line, less any label or site name the parser leaves out of a
headline, is the page's labelled headline.

A logistic regression (scikit-learn, needed only here: the library never imports it) scores
the rows; a page's headline is its best-scored candidate when the score clears a threshold, else
none. ``benchmarks/headline_model.py`` evaluates it leave-one-split-out against the rules.

Run from the repository root::

    python -m tools.train_headline_model OUT.json   # train on every labelled page, write weights
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from japan_nato_corpus import parse_article
from japan_nato_corpus.parse import _zone

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

PAGES = Path(__file__).parents[1] / "tests" / "pages"
_SHAPES = tuple(_zone._Shape)  # noqa: SLF001 - the zone's own shapes are the features


@dataclass
class PageRows:
    """One page's candidate lines, their features and labels, and the rules' choice."""

    page_id: str
    split: str
    gold: str | None
    texts: list[str] = field(default_factory=list)
    rows: list[list[float]] = field(default_factory=list)
    labels: list[int] = field(default_factory=list)
    rule_text: str | None = None


def _fold(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(text.split()).casefold().strip("\"'“”‘’«» ")


def _headline_text(text: str, page: str) -> str:
    marker = _zone.title_marker(text) or _zone.repeated_title_marker(text, page)
    return text[marker : _zone.title_end(text)].strip()


FEATURES = (
    *(f"shape_prev_{shape.value}" for shape in _SHAPES),
    "shape_prev_none",
    *(f"shape_next_{shape.value}" for shape in _SHAPES),
    "shape_next_none",
    "index_scaled",
    "first_candidate",
    "last_candidate",
    "before_marker",
    "right_over_marker",
    "no_marker",
    "words_scaled",
    "words_short",
    "words_headline",
    "words_standfirst",
    "chars_scaled",
    "title_case",
    "sentence_case",
    "all_capitals",
    "ends_stop",
    "ends_question",
    "ends_colon",
    "has_colon",
    "has_bar",
    "has_dash",
    "has_digit",
    "label",
    "quoted",
    "names_site",
    "kicker",
    "standfirst_of_label",
    "standfirst_over",
    "photo_title",
    "like_a_caption",
    "echo",
    "repeated",
    "story_share",
    "story_named",
    "shares_none",
    "demerits_none",
    "demerits_value",
    "candidates_scaled",
)


def _features(  # noqa: PLR0913 - what the zone knows of the line
    i: int,
    *,
    zone: list[Any],
    texts: list[str],
    candidates: list[int],
    markers: list[int],
    context: Any,  # noqa: ANN401 - the zone's private scoring context
) -> list[float]:
    text = texts[i]
    words = _zone._words(text)  # noqa: SLF001
    prev_shape = zone[i - 1] if i > 0 else None
    next_shape = zone[i + 1] if i + 1 < len(zone) else None
    content = _zone._content_words(text)  # noqa: SLF001
    share = len(content & context.words) / len(content) if content else 0.0
    over_marker = bool(markers) and i < markers[0]
    pool = [k for k in candidates if not markers or k < markers[0]] or candidates
    demerits = context.demerits(i, pool if i in pool else [*pool, i], over_marker=over_marker)
    values = [
        *(float(prev_shape is shape) for shape in _SHAPES),
        float(prev_shape is None),
        *(float(next_shape is shape) for shape in _SHAPES),
        float(next_shape is None),
        i / max(1, len(zone)),
        float(i == candidates[0]),
        float(i == candidates[-1]),
        float(over_marker),
        float(bool(markers) and i + 1 == markers[0]),
        float(not markers),
        min(words, 40) / 40,
        float(words <= 2),
        float(5 <= words < 12),
        float(words >= 12),
        min(len(text), 200) / 200,
        float(_zone._title_case(text)),  # noqa: SLF001
        float(_zone._sentence_case(text)),  # noqa: SLF001
        float(text.isupper()),
        float(text.endswith(".")),
        float(text.endswith("?")),
        float(text.endswith(":")),
        float(":" in text),
        float("|" in text),
        float(any(mark in text for mark in "–—-")),
        float(any(char.isdigit() for char in text)),
        float(_zone._is_label(text)),  # noqa: SLF001
        float(_zone._quoted(text)),  # noqa: SLF001
        float(_zone._names_site(text)),  # noqa: SLF001
        float(context.kicker(i)),
        float(context.standfirst_of_label(i)),
        float(context.standfirst_over(i)),
        float(_zone._is_caption(text)),  # noqa: SLF001
        float(_zone._like_a_caption(texts, i)),  # noqa: SLF001
        float(_zone._echo(zone, texts, i) is not None),  # noqa: SLF001
        float(texts.count(text) > 1),
        share,
        float(context._named(i)),  # noqa: SLF001
        float(bool(content) and share == 0),
        float(demerits is None),
        0.0 if demerits is None else min(demerits, 3) / 3,
        min(len(candidates), 10) / 10,
    ]
    if len(values) != len(FEATURES):
        raise AssertionError(len(values))
    return values


def zone_rows(
    page: str, lines: Sequence[tuple[int, int, str]], site_names: set[str]
) -> tuple[list[int], list[list[float]]]:
    """The zone's candidate lines and their feature rows, as :func:`_zone.zone_roles` would see them."""
    texts = [text for _, _, text in lines]
    shapes = _zone._shapes(page, lines, set(site_names))  # noqa: SLF001
    zone_end, captions = _zone._zone_end(page, lines, texts, shapes)  # noqa: SLF001
    zone = shapes[:zone_end]
    prose = " ".join(
        text[: _zone.ZONE_LINE_CHARS]
        for text, shape in zip(texts[zone_end:], shapes[zone_end:], strict=True)
        if shape is _zone._Shape.PROSE  # noqa: SLF001
    )
    dated = zone_end < len(lines) and _zone._header.dateline(page, *lines[zone_end][:2]) is not None  # noqa: SLF001
    candidates = [i for i, shape in enumerate(zone) if shape is _zone._Shape.CANDIDATE]  # noqa: SLF001
    markers = [i for i, shape in enumerate(zone) if shape is _zone._Shape.MARKER]  # noqa: SLF001
    context = _zone._Context(zone, texts, _zone._content_words(prose), captions, dated=dated)  # noqa: SLF001
    return candidates, [
        _features(i, zone=zone, texts=texts, candidates=candidates, markers=markers, context=context)
        for i in candidates
    ]


def collect() -> list[PageRows]:
    """Every labelled page's candidate rows, read as the parser reads the page."""
    labels = [json.loads(path.read_text(encoding="utf-8")) for path in sorted(PAGES.glob("gold*.json"))]
    found: list[PageRows] = []
    original: Callable[..., dict[int, _zone.Role]] = _zone.zone_roles
    for gold in labels:
        for entry in gold["pages"]:
            item = PageRows(entry["id"], entry["split"], _fold(entry["headline"]))
            text = (PAGES / entry["file"]).read_text(encoding="utf-8")

            def capture(
                page: str, lines: list[tuple[int, int, str]], site_names: set[str], item: PageRows = item
            ) -> dict[int, _zone.Role]:
                if not item.rows and not item.texts:
                    candidates, rows = zone_rows(page, lines, site_names)
                    item.texts = [_headline_text(lines[i][2], page) for i in candidates]
                    item.rows = rows
                    item.labels = [int(_fold(head) == item.gold) for head in item.texts]
                return original(page, lines, site_names)

            _zone.zone_roles = capture
            try:
                article = parse_article(text, id=entry["id"])
                item.rule_text = _fold(article.headline)
            except Exception:  # noqa: BLE001 - a page the parser rejects is a miss
                item.rule_text = "<error>"
            finally:
                _zone.zone_roles = original
            found.append(item)
    return found


def train(pages: Sequence[PageRows]) -> dict[str, Any]:
    """Fit the logistic regression on ``pages``; its weights, bias and threshold as plain data."""
    from sklearn.linear_model import LogisticRegression  # noqa: PLC0415 - a build-time tool only

    rows = [row for page in pages for row in page.rows]
    labels = [label for page in pages for label in page.labels]
    model = LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")
    model.fit(rows, labels)
    weights = {
        "features": list(FEATURES),
        "weights": model.coef_[0].tolist(),
        "bias": float(model.intercept_[0]),
    }
    # The threshold under which a page's best candidate is no headline: the one that reads the
    # training pages best.
    best = max((accuracy(pages, weights, threshold / 20), threshold / 20) for threshold in range(1, 20))
    weights["threshold"] = best[1]
    return weights


def probability(weights: dict[str, Any], row: Sequence[float]) -> float:
    """The model's probability that the line of ``row`` is the headline: a plain dot product."""
    z = weights["bias"] + sum(w * x for w, x in zip(weights["weights"], row, strict=True))
    return 1 / (1 + math.exp(-z))


def choose(page: PageRows, weights: dict[str, Any], threshold: float | None = None) -> str | None:
    """The headline the model picks on ``page``, folded, or ``None``."""
    limit = weights.get("threshold", 0.5) if threshold is None else threshold
    scored = [(probability(weights, row), k) for k, row in enumerate(page.rows)]
    if not scored:
        return None
    best, k = max(scored)
    return _fold(page.texts[k]) if best >= limit else None


def accuracy(pages: Sequence[PageRows], weights: dict[str, Any], threshold: float | None = None) -> float:
    """The share of ``pages`` whose headline the model picks right (``None`` right where there is none)."""
    return sum(choose(page, weights, threshold) == page.gold for page in pages) / max(1, len(pages))


def main(argv: list[str]) -> int:
    """Train on every labelled page and write the weights to the one path in ``argv``."""
    if len(argv) != 1:
        sys.stderr.write(__doc__ or "")
        return 2
    weights = train(collect())
    Path(argv[0]).write_text(json.dumps(weights, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
