"""A learned scorer of the header zone's lines: which line is the page's headline, if any.

Each candidate line (a line of the header zone, before the story's first prose) is described by
language-neutral features: its shape as :func:`._zone._shapes` reads it, the zone's line
predicates (furniture, photo label, caption, label, site name, title marker ...), its place in
the zone, its length, capitalisation, closing mark and script, whether the page prints it twice,
what stands above and under it, and how many of its words the story's first prose takes up.
A logistic model (trained by ``tools/train_line_model.py``, weights in
``vocabularies/line_model.json``) scores each candidate; the best one is the headline when its
score clears the model's threshold, else the page has none.

The scorer is pure Python: a dot product over the features, no third-party code at run time.
"""

from __future__ import annotations

import functools
import json
import math
import re
from pathlib import Path
from typing import TYPE_CHECKING, Final, NamedTuple

from japan_nato_corpus.parse import _zone
from japan_nato_corpus.parse._limits import (
    HEADLINE_WORDS,
    OVERRULE_FILL_MARGIN,
    OVERRULE_MARGIN,
    ZONE_LINE_CHARS,
)

if TYPE_CHECKING:
    from collections.abc import Collection, Sequence

    from japan_nato_corpus.parse._zone import Line

_WEIGHTS = Path(__file__).parents[1] / "vocabularies" / "line_model.json"
_SHAPES: Final = tuple(_zone._Shape)  # noqa: SLF001 - the zone's own line shapes
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
_CLOSING_MARKS: Final = (".", "!", "?", ":", "|", ")", "”", '"', "…", "。", "؟")
_PROSE_LINES = 3
"""Lines of story prose under the zone whose words a candidate is compared with."""

_PREDICATES: Final = (
    ("furniture", _zone._is_furniture),  # noqa: SLF001
    ("photo_label", _zone.is_photo_label),
    ("caption", _zone._is_caption),  # noqa: SLF001
    ("label", _zone._is_label),  # noqa: SLF001
    ("section_label", _zone._is_section_label),  # noqa: SLF001
    ("names_site", _zone._names_site),  # noqa: SLF001
    ("menu_item", _zone.is_menu_item),
    ("prose", _zone.is_prose),
    ("prose_sentence", _zone.is_prose_sentence),
    ("photo_credit", _zone._has_photo_credit),  # noqa: SLF001
    ("quoted", _zone._quoted),  # noqa: SLF001
    ("title_case", _zone._title_case),  # noqa: SLF001
    ("sentence_case", _zone._sentence_case),  # noqa: SLF001
    ("staff_line", _zone._is_staff_line),  # noqa: SLF001
    ("affiliation", _zone._is_affiliation),  # noqa: SLF001
    ("masthead_run", _zone._is_masthead_run),  # noqa: SLF001
    ("credited", _zone._credited),  # noqa: SLF001
    ("weather", _zone._is_weather),  # noqa: SLF001
    ("spaced_labels", _zone._is_spaced_labels),  # noqa: SLF001
    ("category_run", _zone._is_category_run),  # noqa: SLF001
    ("section_path", _zone._is_section_path),  # noqa: SLF001
    ("enclosed", _zone._enclosed),  # noqa: SLF001
    ("title_marker", lambda text: _zone.title_marker(text) > 0),
    ("explicit_marker", lambda text: _zone._explicit_marker(text) > 0),  # noqa: SLF001
    ("title_cut", lambda text: _zone.title_end(text) < len(text)),
)
"""The zone's predicates of one line's text, each a binary feature."""

_SCRIPTS: Final = (
    ("latin", re.compile(r"[A-Za-z\u00c0-\u024f]")),
    ("cjk", re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")),
    ("arabic", re.compile(r"[\u0600-\u06ff\u0750-\u077f]")),
    ("cyrillic", re.compile(r"[\u0400-\u04ff]")),
    ("greek", re.compile(r"[\u0370-\u03ff]")),
    ("indic", re.compile(r"[\u0900-\u0dff]")),
)


def _names() -> tuple[str, ...]:
    names = [f"shape_{shape.name.lower()}" for shape in _SHAPES]
    names += [f"is_{name}" for name, _ in _PREDICATES]
    names += [
        "site_name",
        "first_line",
        "zone_share",
        "first_candidate",
        "candidate_rank",
        "last_in_zone",
        "over_marker",
        "under_marker",
        "before_first_marker",
        "over_prose",
        "under_prose",
        "prev_date",
        "next_date",
        "after_blank",
        "before_blank",
        "log_words",
        "log_chars",
        "words_1_2",
        "words_3_5",
        "words_6_20",
        "words_over_20",
        "longest_candidate",
        "upper_share",
        "capitalised_share",
        "all_caps",
        "digit_share",
        "repeated",
        "repeated_next",
        "photo_line",
        "over_credit",
        "like_caption",
        "teaser_shaped",
        "standfirst_under",
        "standfirst_over",
        "deck",
        "notice_over_headline",
        "prose_overlap",
        "prose_overlap_any",
        "title_tail_follows",
        "holds_other",
        "held_by_other",
    ]
    names += [f"ends_{i}" for i in range(len(_CLOSING_MARKS))]
    names += [f"script_{name}" for name, _ in _SCRIPTS]
    names.append("script_other")
    return tuple(names)


FEATURES: Final = _names()
"""The names of the features, in the order :func:`line_features` gives them."""


class Zone(NamedTuple):
    """A page's header zone as the scorer reads it."""

    candidates: list[int]
    """The indices (into the page's lines) of the candidate lines, in order."""
    rows: list[list[float]]
    """Each candidate's features, in :data:`FEATURES` order."""


def _share(pattern: re.Pattern[str], text: str, letters: int) -> float:
    return len(pattern.findall(text)) / letters if letters else 0.0


def _capitalised_share(text: str) -> float:
    words = [word for word in text.split() if _LETTER.match(word)]
    if not words:
        return 0.0
    return sum(word[:1].isupper() for word in words) / len(words)


def _safe(predicate: object, *args: object) -> float:
    """A predicate's answer as 0 or 1; a predicate that cannot read the line answers 0."""
    try:
        return 1.0 if predicate(*args) else 0.0  # type: ignore[operator]
    except (IndexError, ValueError):
        return 0.0


def read_zone(page: str, lines: Sequence[Line], site_names: Collection[str]) -> Zone:
    """The header zone's candidate lines and their features.

    Args:
        page: The raw text.
        lines: The page's first lines, ``(start, end, text)`` each, as the zone reads them.
        site_names: Lines known to be the site's name.

    Returns:
        The candidates (each line before the zone's end) and one feature row each.
    """
    texts = [text for _, _, text in lines]
    names = set(site_names)
    shapes = _zone._shapes(page, lines, names)  # noqa: SLF001
    zone_end, _ = _zone._zone_end(page, lines, texts, shapes)  # noqa: SLF001
    return zone_rows(page, lines, names, shapes, zone_end)


def zone_rows(
    page: str,
    lines: Sequence[Line],
    site_names: Collection[str],
    shapes: Sequence[_zone._Shape],
    zone_end: int,
) -> Zone:
    """The header zone's candidate lines and their features, from the zone's own reading of it.

    Args:
        page: The raw text.
        lines: The page's first lines, ``(start, end, text)`` each.
        site_names: Lines known to be the site's name.
        shapes: Each line's shape, as the zone read it (its captions over a dateline as prose).
        zone_end: The index of the zone's first line of story prose.

    Returns:
        The candidates (each line before ``zone_end``) and one feature row each.
    """
    texts = [text for _, _, text in lines]
    names = set(site_names)
    zone = list(shapes[:zone_end])
    prose_words: set[str] = set()
    seen = 0
    for text, shape in zip(texts[zone_end:], shapes[zone_end:], strict=True):
        if shape is _zone._Shape.PROSE:  # noqa: SLF001
            prose_words |= _zone._content_words(text[:ZONE_LINE_CHARS])  # noqa: SLF001
            seen += 1
            if seen >= _PROSE_LINES:
                break
    candidate_shape = _zone._Shape.CANDIDATE  # noqa: SLF001
    ranked = [i for i, shape in enumerate(zone) if shape is candidate_shape]
    markers = [i for i, shape in enumerate(zone) if shape is _zone._Shape.MARKER]  # noqa: SLF001
    longest = max((len(texts[i]) for i in range(zone_end)), default=1) or 1
    rows = [
        _row(page, lines, texts, zone, i, ranked=ranked, markers=markers, longest=longest, prose=prose_words)
        for i in range(zone_end)
    ]
    for i, row in enumerate(rows):
        row[FEATURES.index("site_name")] = 1.0 if texts[i] in names else 0.0
    return Zone(list(range(zone_end)), rows)


def _holds(line: str, other: str) -> bool:
    """Whether ``line`` ends with all of ``other``, a headline's words, after a kicker or a path run in."""
    return len(line) > len(other) and line.endswith(other) and _zone._words(other) >= HEADLINE_WORDS  # noqa: SLF001


def _row(  # noqa: PLR0913 - the line and what the zone says about it
    page: str,
    lines: Sequence[Line],
    texts: list[str],
    zone: list[_zone._Shape],
    i: int,
    *,
    ranked: list[int],
    markers: list[int],
    longest: int,
    prose: set[str],
) -> list[float]:
    text = texts[i]
    shapes = _zone._Shape  # noqa: SLF001
    row = [1.0 if zone[i] is shape else 0.0 for shape in _SHAPES]
    row += [_safe(predicate, text) for _, predicate in _PREDICATES]
    words = _zone._words(text)  # noqa: SLF001
    letters = len(_LETTER.findall(text))
    above = zone[i - 1] if i > 0 else None
    below = zone[i + 1] if i + 1 < len(zone) else (shapes.PROSE if i + 1 < len(texts) else None)
    start, end = lines[i][0], lines[i][1]
    gap_above = i > 0 and page.count("\n", lines[i - 1][1], start) > 1
    gap_below = i + 1 < len(lines) and page.count("\n", end, lines[i + 1][0]) > 1
    mine = _zone._content_words(text)  # noqa: SLF001
    overlap = len(mine & prose) / len(mine) if mine else 0.0
    rank = ranked.index(i) if i in ranked else len(ranked)
    row += [
        0.0,  # site_name: set by the caller, which holds the names
        1.0 if i == 0 else 0.0,
        i / len(zone),
        1.0 if ranked[:1] == [i] else 0.0,
        1.0 / (1 + rank),
        1.0 if i == len(zone) - 1 else 0.0,
        1.0 if below is shapes.MARKER else 0.0,
        1.0 if above is shapes.MARKER else 0.0,
        1.0 if not markers or i < markers[0] else 0.0,
        1.0 if below is shapes.PROSE else 0.0,
        1.0 if above is shapes.PROSE else 0.0,
        _safe(_zone._is_date_line, page, *lines[i - 1][:2]) if i > 0 else 0.0,  # noqa: SLF001
        _safe(_zone._is_date_line, page, *lines[i + 1][:2]) if i + 1 < len(lines) else 0.0,  # noqa: SLF001
        1.0 if gap_above else 0.0,
        1.0 if gap_below else 0.0,
        math.log1p(words),
        math.log1p(len(text)),
        1.0 if words <= 2 else 0.0,
        1.0 if 3 <= words <= 5 else 0.0,
        1.0 if 6 <= words <= 20 else 0.0,
        1.0 if words > 20 else 0.0,
        len(text) / longest,
        sum(c.isupper() for c in text) / letters if letters else 0.0,
        _capitalised_share(text),
        1.0 if letters > 3 and text.upper() == text else 0.0,
        _share(_DIGIT, text, len(text)),
        1.0 if texts.count(text) > 1 else 0.0,
        1.0 if i + 1 < len(texts) and texts[i + 1] == text else 0.0,
        _safe(_zone._photo_line, texts, i),  # noqa: SLF001
        _safe(_zone._over_credit, texts, i),  # noqa: SLF001
        _safe(_zone._like_a_caption, texts, i),  # noqa: SLF001
        _safe(_zone._teaser_shaped, texts, i),  # noqa: SLF001
        _safe(_zone._is_standfirst_under, texts[i - 1], text) if i > 0 else 0.0,  # noqa: SLF001
        _safe(_zone._is_standfirst_over, text, texts[i + 1]) if i + 1 < len(texts) else 0.0,  # noqa: SLF001
        _safe(_zone._is_deck, texts, list(zone), i),  # noqa: SLF001
        _safe(_zone._notice_over_headline, texts, list(zone), i),  # noqa: SLF001
        overlap,
        1.0 if overlap > 0 else 0.0,
        1.0 if _zone._title_tail(zone, texts, i) is not None else 0.0,  # noqa: SLF001
        1.0 if any(_holds(text, texts[k]) for k in range(len(zone)) if k != i) else 0.0,
        1.0 if any(_holds(texts[k], text) for k in range(len(zone)) if k != i) else 0.0,
    ]
    row += [1.0 if text.endswith(mark) else 0.0 for mark in _CLOSING_MARKS]
    scripts = [_share(pattern, text, letters) for _, pattern in _SCRIPTS]
    row += [*scripts, max(0.0, 1.0 - sum(scripts)) if letters else 0.0]
    return row


class Weights(NamedTuple):
    """A trained model: a weight per feature, the bias, the features' scaling, and the threshold."""

    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float


@functools.cache
def weights() -> Weights:
    """The trained model, read once from ``vocabularies/line_model.json``.

    Raises:
        ValueError: The file's features are not :data:`FEATURES`.
    """
    data = json.loads(_WEIGHTS.read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        msg = "line_model.json was trained on other features: rebuild it with tools/train_line_model.py"
        raise ValueError(msg)
    return Weights(
        tuple(float(w) for w in data["weights"]),
        float(data["bias"]),
        tuple(float(m) for m in data["mean"]),
        tuple(float(s) for s in data["scale"]),
        float(data["threshold"]),
    )


def score(row: Sequence[float], model: Weights) -> float:
    """A candidate's score (the model's log-odds that it is the headline)."""
    return model.bias + math.fsum(
        w * (x - m) / s for w, x, m, s in zip(model.weights, row, model.mean, model.scale, strict=True)
    )


def best(zone: Zone, model: Weights) -> tuple[int | None, float]:
    """The best-scored candidate, and its score, or ``None`` (and -inf) for an empty zone."""
    top, top_score = None, -math.inf
    for i, row in zip(zone.candidates, zone.rows, strict=True):
        value = score(row, model)
        if value > top_score:
            top, top_score = i, value
    return top, top_score


def rank_headline(page: str, lines: Sequence[Line], site_names: Collection[str]) -> int | None:
    """The index of the line the model reads as the headline, or ``None`` if it reads none.

    Args:
        page: The raw text.
        lines: The page's first lines, ``(start, end, text)`` each, as :func:`._zone.zone_roles` takes them.
        site_names: Lines known to be the site's name (not changed).

    Returns:
        The index into ``lines`` of the best candidate if its score clears the model's
        threshold, else ``None``.
    """
    return choose(read_zone(page, lines, site_names))


def choose(zone: Zone) -> int | None:
    """The index of the zone's headline line, or ``None`` when no candidate clears the model's threshold."""
    model = weights()
    top, top_score = best(zone, model)
    return top if top_score > model.threshold else None


def overrule(zone: _zone.ZoneReading, title: int | None) -> int | None:
    """The zone rules' headline, unless the model is sure of another line by :data:`OVERRULE_MARGIN`.

    The reader passes this to :func:`._zone.zone_roles` as its second opinion.

    Args:
        zone: The header zone as the rules read it.
        title: The index of the line the zone's rules read as the headline, or ``None``.

    Returns:
        The model's best line when it scores over the model's threshold by
        :data:`OVERRULE_FILL_MARGIN` and the rules read no line, or by :data:`OVERRULE_MARGIN`
        over a line the model scores under its threshold by that margin; else ``title``. The
        model never takes a headline away.
    """
    rows = zone_rows(zone.page, zone.lines, zone.site_names, zone.shapes, zone.end)
    return decide(rows, title, weights(), OVERRULE_MARGIN, OVERRULE_FILL_MARGIN)


def decide(rows: Zone, title: int | None, model: Weights, margin: float, fill_margin: float) -> int | None:
    """The line :func:`overrule` keeps as the headline, with a given model and margins.

    Args:
        rows: The header zone's candidates and their features.
        title: The index of the line the zone's rules read as the headline, or ``None``.
        model: The trained model.
        margin: How far past the threshold (in log-odds) the model must be sure of its line, and
            sure that the rules' line is none, to put its line in place of theirs.
        fill_margin: How far past the threshold the model must be sure of its line to give a
            headline to a page the rules read none on.

    Returns:
        The model's best line when it scores over the threshold by ``fill_margin`` and ``title``
        is ``None``, or by ``margin`` when ``title`` scores under the threshold by ``margin``;
        else ``title``.
    """
    top, top_score = best(rows, model)
    if top is None or top == title:
        return title
    if title is None:
        return top if top_score > model.threshold + fill_margin else None
    if top_score <= model.threshold + margin:
        return title
    unsure = title < len(rows.rows) and score(rows.rows[title], model) < model.threshold - margin
    return top if unsure else title
