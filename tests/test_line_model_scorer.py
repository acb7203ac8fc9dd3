"""The headline line model: its weights file, its features and its scorer."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from japan_nato_corpus.parse import _line_model


def _lines(page: str) -> list[tuple[int, int, str]]:
    """The page's non-blank lines, stripped, with their offsets."""
    found, at = [], 0
    for raw in page.split("\n"):
        text = raw.strip()
        if text:
            start = at + raw.index(text)
            found.append((start, start + len(text), text))
        at += len(raw) + 1
    return found


_PROSE = (
    "The ministers of the two countries agreed on Monday to deepen their cooperation on defence, "
    "saying that the new pact would cover joint exercises and the sharing of information.\n"
    "Officials said the talks in the capital had lasted for more than six hours, and that a "
    "further round would be held before the end of the year.\n"
)


def test_weights_file_matches_the_features() -> None:
    model = _line_model.weights()
    data = json.loads(_line_model._WEIGHTS.read_text(encoding="utf-8"))
    assert tuple(data["features"]) == _line_model.FEATURES
    assert len(model.weights) == len(model.mean) == len(model.scale) == len(_line_model.FEATURES)
    assert all(math.isfinite(w) for w in model.weights)
    assert all(s > 0 for s in model.scale)


def test_headline_under_a_menu_and_over_a_byline() -> None:
    page = (
        "Harbour Times\nHome | World | Business | Sport\n"
        "Ministers agree new defence pact after long talks in the capital\n"
        "By Jane Doe\nMarch 3, 2024\n" + _PROSE
    )
    lines = _lines(page)
    index = _line_model.rank_headline(page, lines, set())
    assert index is not None
    assert lines[index][2].startswith("Ministers agree")


def test_headline_in_another_script() -> None:
    page = "Новости\nМинистры договорились о новом оборонном пакте\n12 марта 2024\n" + _PROSE
    lines = _lines(page)
    index = _line_model.rank_headline(page, lines, set())
    assert index is not None
    assert lines[index][2].startswith("Министры")


def test_scorer_is_deterministic() -> None:
    page = "Daily Post\nLeaders meet in The Hague for summit\nJune 24, 2025\n" + _PROSE
    lines = _lines(page)
    picks = {_line_model.rank_headline(page, lines, {"Daily Post"}) for _ in range(3)}
    assert len(picks) == 1
    zone = _line_model.read_zone(page, lines, set())
    assert zone == _line_model.read_zone(page, lines, set())


def test_site_names_are_not_changed() -> None:
    page = "Daily Post\nDaily Post\nLeaders meet in The Hague for summit\n" + _PROSE
    names = {"Daily Post"}
    _line_model.rank_headline(page, _lines(page), names)
    assert names == {"Daily Post"}


_LINE_TEXT = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cs",), blacklist_characters="\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
    ),
    min_size=1,
    max_size=80,
).filter(lambda text: text.strip() == text and text != "")


@settings(max_examples=150, deadline=None)
@given(st.lists(_LINE_TEXT, min_size=0, max_size=12))
def test_features_of_any_lines(texts: list[str]) -> None:
    page = "\n".join(texts)
    lines = _lines(page)
    zone = _line_model.read_zone(page, lines, set())
    assert zone.candidates == list(range(len(zone.rows)))
    assert len(zone.rows) <= len(lines)
    assert all(len(row) == len(_line_model.FEATURES) for row in zone.rows)
    assert all(math.isfinite(x) for row in zone.rows for x in row)
    index = _line_model.rank_headline(page, lines, set())
    assert index is None or 0 <= index < len(lines)
