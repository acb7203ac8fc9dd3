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

    Each dot stands at an event kind (row, in alphabetical order from the top)
    and a year (column); its area and label give how many events of that kind
    the year holds. Only years that hold events get a column, in order, so a
    single event a century back does not squeeze the rest into a corner; a gap
    between two columns is marked on the axis. The figure is drawn with the
    non-interactive Agg backend, and saved output is deterministic: the same
    events give the same bytes.

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
    column = {year: index for index, year in enumerate(years)}
    # A Figure on an Agg canvas, not through pyplot: no GUI backend and no global state.
    figure = Figure(
        figsize=(1.8 + 0.55 * max(len(years), 6), 1.2 + 0.4 * max(len(kinds), 1)), layout="constrained"
    )
    FigureCanvasAgg(figure)
    axes = figure.add_subplot()
    for (kind, year), count in sorted(counts.items()):
        row = kinds.index(kind)
        axes.scatter([column[year]], [row], s=60 * count, color=f"C{row % 10}", zorder=2)
        if count > 1:
            axes.annotate(
                str(count),
                (column[year], row),
                xytext=(0, 8),
                textcoords="offset points",
                ha="center",
                fontsize=8,
            )
    if not counts:
        axes.text(0.5, 0.5, "no events", transform=axes.transAxes, ha="center", va="center", color="0.4")
        axes.set_xticks([])
    axes.set_yticks(range(len(kinds)), kinds)
    axes.set_xticks(range(len(years)), [str(year) for year in years], rotation=90)
    for index in range(1, len(years)):
        if years[index] - years[index - 1] > 1:
            # Years without events between these columns.
            axes.axvline(index - 0.5, color="0.75", linestyle=(0, (2, 3)), linewidth=0.8, zorder=1)
    axes.set_xlim(-0.7, max(len(years), 1) - 0.3)
    axes.set_ylim(len(kinds) - 0.4, -0.8)
    axes.grid(axis="x", color="0.92", zorder=0)
    axes.set_xlabel("year (only years with events; dashed lines mark skipped years)")
    axes.set_title("Events by kind and year")
    if path is not None:
        # No dates in the file's metadata: the same events give the same bytes.
        metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
        suffix = os.fspath(path).rpartition(".")[2].lower()
        with mpl.rc_context({"svg.hashsalt": "japan-nato-corpus"}):  # fixed SVG element ids
            figure.savefig(path, metadata=metadata.get(suffix, {}), dpi=100)
    return figure
