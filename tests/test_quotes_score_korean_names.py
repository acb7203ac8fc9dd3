"""The quote benchmark's speaker match reads a Korean name of two syllables as a name."""

import importlib.util
from pathlib import Path
from types import ModuleType

from japan_nato_corpus.quotes import find_quotes

_BENCH = Path(__file__).parents[1] / "benchmarks" / "quote_quality.py"


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("quote_quality", _BENCH)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_two_syllable_korean_family_name_is_matched() -> None:
    text = '스가 장관은 "북한의 미사일 발사는 심각한 도발이다"라고 말했다.'
    (quote,) = find_quotes(text, actors=(), document="x")
    scorer = _scorer()
    assert scorer._speaker_right("스가", quote, {})
    assert scorer._speaker_right("고노 다로", quote, {}) is False
