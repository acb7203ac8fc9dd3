"""The line model's second opinion: how sure it must be to replace a line, or to give one."""

from __future__ import annotations

from japan_nato_corpus.parse import _line_model

_N = len(_line_model.FEATURES)


def _model() -> _line_model.Weights:
    """A model whose score is the first feature's value, with its threshold at zero."""
    return _line_model.Weights((1.0,) + (0.0,) * (_N - 1), 0.0, (0.0,) * _N, (1.0,) * _N, 0.0)


def _zone(*scores: float) -> _line_model.Zone:
    return _line_model.Zone(list(range(len(scores))), [[s] + [0.0] * (_N - 1) for s in scores])


def test_a_page_without_a_headline_needs_the_fill_margin() -> None:
    zone = _zone(1.5, -3.0)
    assert _line_model.decide(zone, None, _model(), 0.5, 2.0) is None
    assert _line_model.decide(zone, None, _model(), 0.5, 1.0) == 0


def test_replacing_the_rules_line_needs_the_replace_margin_both_ways() -> None:
    zone = _zone(1.5, -1.0)
    assert _line_model.decide(zone, 1, _model(), 0.5, 2.0) == 0
    assert _line_model.decide(zone, 1, _model(), 1.0, 0.0) == 1  # the rules' line may be one
    assert _line_model.decide(zone, 1, _model(), 2.0, 0.0) == 1  # the model's line is not sure enough


def test_the_model_never_takes_a_headline_away() -> None:
    zone = _zone(-5.0, -6.0)
    assert _line_model.decide(zone, 1, _model(), 0.0, 0.0) == 1
    assert _line_model.decide(zone, None, _model(), 0.0, 0.0) is None
