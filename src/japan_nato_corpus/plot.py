"""A timeline figure of events by kind and year (the ``plot`` extra: matplotlib).

Use it as ``from japan_nato_corpus.plot import timeline_figure``; matplotlib is
imported only when the function is called.
"""

import os
from collections import Counter
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from japan_nato_corpus.model import Event

__all__ = ["timeline_figure"]


def timeline_figure(events: Iterable["Event"], *, path: str | os.PathLike[str] | None = None) -> "Figure":
    """A figure counting events per year, one row per event kind.

    Each dot stands at an event kind (row) and a year (column); its size and
    label give how many events of that kind the year holds. The figure is
    drawn with the non-interactive Agg backend, and saved output is
    deterministic: the same events give the same bytes.

    Args:
        events: The events to draw, e.g. ``corpus.events``.
        path: Where to save the figure (PNG, SVG or PDF, by suffix); not saved
            when ``None``.

    Returns:
        The matplotlib figure.

    Raises:
        ImportError: matplotlib is not installed; install the ``plot`` extra.
    """
    try:
        import matplotlib as mpl  # noqa: PLC0415 - an optional, costly dependency
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
        from matplotlib.figure import Figure  # noqa: PLC0415
    except ImportError as error:
        msg = "timeline_figure needs matplotlib: pip install 'japan-nato-corpus[plot]'"
        raise ImportError(msg) from error

    counts = Counter((event.kind.value, event.date.year) for event in events)
    kinds = sorted({kind for kind, _ in counts})
    years = sorted({year for _, year in counts})
    # A Figure on an Agg canvas, not through pyplot: no GUI backend and no global state.
    figure = Figure(figsize=(8, 1.2 + 0.45 * max(len(kinds), 1)), layout="constrained")
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for (kind, year), count in sorted(counts.items()):
        row = kinds.index(kind)
        axes.scatter([year], [row], s=80 * count, color=f"C{row % 10}", zorder=2)
        axes.annotate(
            str(count), (year, row), xytext=(0, 9), textcoords="offset points", ha="center", fontsize=8
        )
    if not counts:
        axes.text(0.5, 0.5, "no events", transform=axes.transAxes, ha="center", va="center", color="0.4")
        axes.set_xticks([])
    axes.set_yticks(range(len(kinds)), kinds)
    if years:
        axes.set_xticks(range(years[0], years[-1] + 1))
        axes.set_xlim(years[0] - 0.5, years[-1] + 0.5)
    axes.set_ylim(-0.7, len(kinds) - 0.3)
    axes.grid(axis="x", color="0.9", zorder=0)
    axes.set_xlabel("year")
    axes.set_title("Events by kind and year")
    if path is not None:
        # No dates in the file's metadata: the same events give the same bytes.
        metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
        suffix = os.fspath(path).rpartition(".")[2].lower()
        with mpl.rc_context({"svg.hashsalt": "japan-nato-corpus"}):  # fixed SVG element ids
            figure.savefig(path, metadata=metadata.get(suffix, {}), dpi=100)
    return figure
