"""The headline line model: its weights file, its features and its scorer."""

from __future__ import annotations

import json
import math

from hypothesis import given, settings
from hypothesis import strategies as st

from japan_nato_corpus.parse import _line_model, _zone
from japan_nato_corpus.parse._limits import OVERRULE_MARGIN


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


def _parsed_headline(page: str) -> str | None:
    from japan_nato_corpus import parse_article

    return parse_article(page, id="page").headline


def _reading(page: str) -> _zone.ZoneReading:
    lines = _lines(page)
    shapes = _zone._shapes(page, lines, set())
    end, _ = _zone._zone_end(page, lines, [text for _, _, text in lines], shapes)
    return _zone.ZoneReading(page, lines, frozenset(), shapes, end)


def test_the_model_gives_a_headline_where_the_rules_read_none() -> None:
    page = (
        "Harbour Times\nHome | World | Business | Sport\n"
        "Ministers agree new defence pact after long talks in the capital\n"
        "By Jane Doe\nMarch 3, 2024\n\n" + _PROSE
    )
    reading = _reading(page)
    model = _line_model.weights()
    top, top_score = _line_model.best(_line_model.zone_rows(*reading), model)
    assert top is not None
    assert top_score > model.threshold + OVERRULE_MARGIN
    assert _line_model.overrule(reading, None) == top
    # A line it reads far under its threshold (the menu) gives way to its own; its own stays.
    assert _line_model.overrule(reading, 1) == top
    assert _line_model.overrule(reading, top) == top


@settings(max_examples=100, deadline=None)
@given(st.lists(_LINE_TEXT, min_size=1, max_size=10), st.data())
def test_the_second_opinion_keeps_or_replaces_a_headline_never_drops_it(
    texts: list[str], data: st.DataObject
) -> None:
    page = "\n".join(texts)
    reading = _reading(page)
    title = data.draw(st.none() | st.integers(0, max(0, reading.end - 1)))
    top, _ = _line_model.best(_line_model.zone_rows(*reading), _line_model.weights())
    chosen = _line_model.overrule(reading, title)
    assert chosen in {title, top}
    if title is not None:
        assert chosen is not None


def test_a_kicker_run_into_the_headline_gives_way_to_the_headline_alone() -> None:
    # The kicker glued to the headline, then the headline printed alone: the line alone is it.
    headline = "Ministers agree new defence pact after long talks"
    page = f"Harbour Times\nDefence{headline}\n{headline}\nMarch 3, 2024\n\n" + _PROSE
    assert _parsed_headline(page) == headline
    zone = _line_model.read_zone(page, _lines(page), set())
    holds, held = _line_model.FEATURES.index("holds_other"), _line_model.FEATURES.index("held_by_other")
    assert zone.rows[1][holds] == 1.0
    assert zone.rows[2][held] == 1.0


def test_a_page_that_opens_with_prose_has_no_headline() -> None:
    assert _parsed_headline(_PROSE) is None
