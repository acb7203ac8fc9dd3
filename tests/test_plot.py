import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from budget import examples
from japan_nato_corpus.plot import timeline_figure
from japan_nato_corpus.strategies import corpora


class TestTimelineFigure:
    """The timeline figure draws one row per event kind and saves the same bytes each time."""

    @settings(max_examples=examples(10))
    @given(corpus=corpora())
    def test_one_row_per_kind(self, corpus):
        figure = timeline_figure(corpus.events)
        (axes,) = figure.axes
        kinds = sorted({event.kind.value for event in corpus.events})
        assert [label.get_text() for label in axes.get_yticklabels()] == kinds

    @settings(max_examples=examples(10))
    @given(corpus=corpora())
    def test_one_column_per_year_with_events(self, corpus):
        (axes,) = timeline_figure(corpus.events).axes
        years = sorted({str(event.date.year) for event in corpus.events})
        assert [label.get_text() for label in axes.get_xticklabels()] == years

    @pytest.mark.parametrize("suffix", ["png", "svg"])
    @settings(max_examples=examples(3))
    @given(corpus=corpora().filter(lambda corpus: len(corpus.events) > 0), name=st.just("timeline"))
    def test_deterministic(self, tmp_path_factory, suffix, corpus, name):
        first, second = (tmp_path_factory.mktemp("plot") / f"{name}.{suffix}" for _ in range(2))
        timeline_figure(corpus.events, path=first)
        timeline_figure(corpus.events, path=second)
        assert first.read_bytes() == second.read_bytes()

    def test_missing_matplotlib_names_the_extra(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        with pytest.raises(ImportError, match=r"japan-nato-corpus\[plot\]"):
            timeline_figure(())
