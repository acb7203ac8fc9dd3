import sys

import matplotlib.dates as mdates
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.image import imread
from matplotlib.text import Text

from budget import examples
from japan_nato_corpus import load
from japan_nato_corpus.model import PloverCategory
from japan_nato_corpus.plot import PLOVER_COLOURS, timeline_figure
from japan_nato_corpus.strategies import corpora

SOME = corpora(min_events=1)


def _middle(event):
    return event.date.earliest + (event.date.latest - event.date.earliest) / 2


def _kinds(events):
    order = list(PloverCategory)
    return sorted({e.kind for e in events}, key=lambda kind: (order.index(kind.plover), kind.value))


def _dots(axes):
    """Each scatter dot as (x, row, colour)."""
    dots = []
    for collection in axes.collections:
        (x, y), colour = collection.get_offsets()[0], to_hex(collection.get_facecolor()[0])
        dots.append((float(x), int(y), colour))
    return dots


class TestRowsAndColumns:
    """One row per event kind, grouped by PLOVER category; one column per year, or a true time axis."""

    @settings(max_examples=examples(10), deadline=None)
    @given(corpus=corpora())
    def test_one_row_per_kind(self, corpus):
        (axes,) = timeline_figure(corpus.events).axes
        assert [k.value for k in _kinds(corpus.events)] == [t.get_text() for t in axes.get_yticklabels()]

    @settings(max_examples=examples(10), deadline=None)
    @given(corpus=corpora())
    def test_one_column_per_year_with_events(self, corpus):
        (axes,) = timeline_figure(corpus.events).axes
        years = sorted({str(event.date.year) for event in corpus.events})
        assert years == [label.get_text() for label in axes.get_xticklabels()]

    @settings(max_examples=examples(10), deadline=None)
    @given(corpus=SOME)
    def test_proportional_axis_places_each_event_at_its_date(self, corpus):
        (axes,) = timeline_figure(corpus.events, proportional=True).axes
        kinds = _kinds(corpus.events)
        expected = {(float(mdates.date2num(_middle(e))), kinds.index(e.kind)) for e in corpus.events}
        assert expected == {(x, row) for x, row, _ in _dots(axes)}
        low, high = axes.get_xlim()
        assert all(low < x < high for x, _ in expected)


class TestColours:
    """Colours give the PLOVER category, named in a legend."""

    @settings(max_examples=examples(10), deadline=None)
    @given(corpus=SOME)
    def test_dots_and_legend(self, corpus):
        (axes,) = timeline_figure(corpus.events).axes
        kinds = _kinds(corpus.events)
        assert {(kinds.index(e.kind), PLOVER_COLOURS[e.plover]) for e in corpus.events} == {
            (row, colour) for _, row, colour in _dots(axes)
        }
        categories = [c.value for c in PloverCategory if c in {e.plover for e in corpus.events}]
        assert categories == [text.get_text() for text in axes.get_legend().get_texts()]

    def test_every_category_has_its_own_colour(self):
        assert set(PloverCategory) == set(PLOVER_COLOURS)
        assert len(set(PLOVER_COLOURS.values())) == len(PLOVER_COLOURS)


class TestOptions:
    """``ax=``, ``title=`` and ``labels=``."""

    def test_draws_into_given_axes(self):
        events = load().events
        figure = Figure()
        FigureCanvasAgg(figure)
        left, right = figure.subplots(1, 2)
        assert figure is timeline_figure(events, ax=right, title="Mine")
        assert "Mine" == right.get_title()
        assert not left.collections
        assert right.collections

    def test_no_title(self):
        assert "" == timeline_figure(load().events[:3], title="").axes[0].get_title()

    @settings(max_examples=examples(10), deadline=None)
    @given(data=st.data())
    def test_labels_by_id_list_each_event_once_in_date_order(self, data):
        corpus = load()
        chosen = data.draw(st.sets(st.sampled_from(corpus.events.ids), min_size=1, max_size=12))
        (axes,) = timeline_figure(corpus.events, labels=chosen).axes
        key = axes.texts[-1].get_text().splitlines()
        labelled = sorted((e for e in corpus.events if e.id in chosen), key=lambda e: (_middle(e), e.id))
        assert len(labelled) == len(key)
        assert [(f"{n:>2}", e.date.iso) for n, e in enumerate(labelled, 1)] == [
            (line[:2], line[4:].split()[0]) for line in key
        ]

    def test_labels_by_function(self):
        events = load().events.of_kind("signing")
        (axes,) = timeline_figure(events, labels=lambda e: f"<{e.id}>").axes
        key = axes.texts[-1].get_text()
        assert all(f"<{e.id}>"[:60] in key for e in events)


class TestReadability:
    """Transparent, in both themes; nothing cut off; the same bytes each time."""

    @settings(max_examples=examples(8), deadline=None)
    @given(corpus=corpora(), labelled=st.booleans(), proportional=st.booleans())
    def test_no_text_is_cut_off(self, corpus, labelled, proportional):
        # Long ASCII labels: drawn summaries may hold characters no installed font has.
        labels = (lambda e: f"{e.id} " * 6) if labelled else None
        figure = timeline_figure(corpus.events, labels=labels, proportional=proportional)
        renderer = figure.canvas.get_renderer()
        figure.draw(renderer)
        box = figure.bbox
        for text in figure.findobj(Text):
            if text.get_visible() and text.get_text():
                extent = text.get_window_extent(renderer)
                low = (box.x0 - 1, box.y0 - 1, extent.x1, extent.y1)
                high = (extent.x0, extent.y0, box.x1 + 1, box.y1 + 1)
                assert all(a <= b for a, b in zip(low, high, strict=True)), text.get_text()[:40]

    def test_a_key_of_full_width_labels_fits_beside_long_row_names(self):
        # One year's events: the narrowest figure; these rows' names push the axes right.
        figure = timeline_figure(load().events.between(2023, 2023), labels=lambda e: f"{e.id} " * 40)
        renderer = figure.canvas.get_renderer()
        figure.draw(renderer)
        key = figure.axes[0].texts[-1].get_window_extent(renderer)
        assert figure.bbox.x0 - 1 <= key.x0
        assert key.x1 <= figure.bbox.x1 + 1

    def test_transparent_background(self, tmp_path):
        timeline_figure(load().events, path=tmp_path / "timeline.png")
        pixels = imread(tmp_path / "timeline.png")
        assert 4 == pixels.shape[2]
        assert 0 == pixels[0, 0, 3]
        assert np.mean(pixels[..., 3] == 0) > 0.5

    @pytest.mark.parametrize("suffix", ["png", "svg"])
    @settings(max_examples=examples(3), deadline=None)
    @given(corpus=SOME, name=st.just("timeline"))
    def test_deterministic(self, tmp_path_factory, suffix, corpus, name):
        first, second = (tmp_path_factory.mktemp("plot") / f"{name}.{suffix}" for _ in range(2))
        timeline_figure(corpus.events, path=first, labels=lambda e: e.id)
        timeline_figure(corpus.events, path=second, labels=lambda e: e.id)
        assert first.read_bytes() == second.read_bytes()

    def test_missing_matplotlib_names_the_extra(self, monkeypatch):
        monkeypatch.setitem(sys.modules, "matplotlib", None)
        with pytest.raises(ImportError, match=r"japan-nato-corpus\[plot\]"):
            timeline_figure(())
