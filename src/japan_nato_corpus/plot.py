"""A timeline figure of events by kind and date (the ``plot`` extra: matplotlib).

Use it as ``from japan_nato_corpus.plot import timeline_figure``; matplotlib is
imported only when the function is called.
"""

import datetime as dt
import os
import textwrap
from collections import Counter
from collections.abc import Callable, Collection, Iterable
from typing import TYPE_CHECKING, Any, TypeAlias, cast

from japan_nato_corpus.model import PloverCategory

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

    from japan_nato_corpus.model import Event

__all__ = ["PLOVER_COLOURS", "Labels", "timeline_figure"]

Labels: TypeAlias = "Collection[str] | Callable[[Event], str | None] | None"
"""Which events to label: a collection of event ids (labelled with their
summary), a function giving each event's label (``None`` for none), or ``None``."""

# Mid-tone colours that read on a white page and on a dark one: cooperation in blues
# and greens, demands in yellows, conflict in oranges and reds, the rest grey.
PLOVER_COLOURS: dict[PloverCategory, str] = {
    PloverCategory.AGREE: "#2a9d8f",
    PloverCategory.CONSULT: "#4c8bd6",
    PloverCategory.SUPPORT: "#59a14f",
    PloverCategory.CONCEDE: "#8cc084",
    PloverCategory.COOPERATE: "#3fb6c4",
    PloverCategory.AID: "#a77fd1",
    PloverCategory.RETREAT: "#a0826d",
    PloverCategory.REQUEST: "#d4b43a",
    PloverCategory.ACCUSE: "#f28e2b",
    PloverCategory.REJECT: "#e8735a",
    PloverCategory.THREATEN: "#e15759",
    PloverCategory.PROTEST: "#d37295",
    PloverCategory.SANCTION: "#c9892e",
    PloverCategory.MOBILIZE: "#e07b39",
    PloverCategory.COERCE: "#c4453f",
    PloverCategory.ASSAULT: "#b8323a",
    PloverCategory.OTHER: "#8f8f8f",
}
"""The colour of each PLOVER category in :func:`timeline_figure`."""

# Text, ticks and frame: a neutral grey with enough contrast on white and on near-black.
_INK = "#808080"
_GRID = "#8080802e"
_LABEL_WIDTH = 72


def _matplotlib() -> Any:  # noqa: ANN401 - matplotlib's modules, untyped here
    try:
        import matplotlib as mpl  # noqa: PLC0415 - an optional, costly dependency
        import matplotlib.dates as mdates  # noqa: PLC0415
        from matplotlib.backends.backend_agg import FigureCanvasAgg  # noqa: PLC0415
        from matplotlib.figure import Figure  # noqa: PLC0415
        from matplotlib.lines import Line2D  # noqa: PLC0415
    except ImportError as error:
        msg = "timeline_figure needs matplotlib: pip install 'japan-nato-corpus[plot]'"
        raise ImportError(msg) from error
    return mpl, mdates, FigureCanvasAgg, Figure, Line2D


def _label_of(labels: Labels) -> "Callable[[Event], str | None]":
    if labels is None:
        return lambda _: None
    if callable(labels):
        return labels
    wanted = frozenset(labels)
    return lambda event: event.summary if event.id in wanted else None


def _midpoint(event: "Event") -> dt.date:
    first, last = event.date.earliest, event.date.latest
    return first + (last - first) / 2


def timeline_figure(  # noqa: PLR0913 - keyword-only options of one figure
    events: Iterable["Event"],
    *,
    ax: "Axes | None" = None,
    title: str | None = None,
    labels: Labels = None,
    proportional: bool = False,
    path: str | os.PathLike[str] | None = None,
) -> "Figure":
    """A figure of events by kind over time, coloured by PLOVER category.

    Each dot is an event, on its kind's row (rows grouped by PLOVER category) at
    the middle of its date's bounds (not of its end), so an event known only to
    the year stands mid-year; events at the same place make one bigger dot with their count. Dot
    colours give the PLOVER category (:data:`PLOVER_COLOURS`), named in a legend.

    By default only years that hold events get a column, in order, so a single
    event a century back does not squeeze the rest into a corner; a dashed line
    marks skipped years. With ``proportional=True`` the year axis is true to time.

    The background is transparent and text, ticks and frame are a neutral grey,
    so the figure reads on light and dark pages alike. Saved files are cropped to
    everything drawn, so no label is ever cut off, and are deterministic: the
    same events give the same bytes. The figure is drawn on the non-interactive
    Agg backend, not through pyplot.

    Args:
        events: The events to draw, e.g. ``corpus.events``.
        ax: Axes to draw into; a new figure when ``None``.
        title: The title; ``"Events by kind and year"`` when ``None``, none when ``""``.
        labels: Events to label (see :data:`Labels`): ids, or a function of an
            event giving its label or ``None``. Labelled dots are numbered in
            date order, and a key below the axes gives each number's date and
            label, shortened to 72 characters.
        proportional: Whether the year axis is proportional to time.
        path: Where to save the figure (PNG, SVG or PDF, by suffix); not saved
            when ``None``.

    Returns:
        The figure drawn on (``ax.figure`` when ``ax`` is given).

    Raises:
        ImportError: matplotlib is not installed; install the ``plot`` extra.
    """
    mpl, mdates, canvas, figure_type, line = _matplotlib()
    chosen = list(events)
    order = list(PloverCategory)
    kinds = sorted({e.kind for e in chosen}, key=lambda kind: (order.index(kind.plover), kind.value))
    row = {kind: index for index, kind in enumerate(kinds)}
    years = sorted({_midpoint(e).year for e in chosen})
    position = _positions(years, proportional=proportional, dates=mdates)

    label_of = _label_of(labels)
    if ax is None:
        # Room for every row, and for the key of labels (one line each) below the axes.
        key = sum(1 for e in chosen if label_of(e)) * 0.14
        figure = figure_type(
            figsize=(max(6.4, 2.6 + 0.55 * len(years)), 1.6 + 0.42 * max(len(kinds), 1) + key),
            layout="constrained",
        )
        canvas(figure)
        ax = figure.add_subplot()
    figure = cast("Figure", ax.get_figure(root=True))
    figure.patch.set_alpha(0)
    ax.patch.set_alpha(0)

    # A dot's colour is the event's own curated PLOVER category; rows group kinds by their default.
    spots = Counter((e.kind, e.plover, position(_midpoint(e))) for e in chosen)
    for (kind, plover, x), count in sorted(spots.items(), key=lambda item: (row[item[0][0]], item[0][2])):
        colour = PLOVER_COLOURS[plover]
        ax.scatter([x], [row[kind]], s=42 * count, color=colour, edgecolors="none", zorder=3)
        if count > 1:
            ax.annotate(
                str(count), (x, row[kind]), xytext=(0, 7), textcoords="offset points", ha="center",
                fontsize=7, color=_INK,
            )  # fmt: skip
    _draw_axes(ax, years, kinds, position, proportional=proportional, dates=mdates)
    _draw_labels(ax, chosen, label_of, position, row)
    if not chosen:
        ax.text(0.5, 0.5, "no events", transform=ax.transAxes, ha="center", va="center", color=_INK)
    coded = {e.plover for e in chosen}
    categories = [category for category in PloverCategory if category in coded]
    if categories:
        handles = [
            line([], [], marker="o", linestyle="", color=PLOVER_COLOURS[c], label=c.value) for c in categories
        ]
        legend = ax.legend(
            handles=handles, title="PLOVER", loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False,
            fontsize=8, title_fontsize=8, labelcolor=_INK, borderaxespad=0,
        )  # fmt: skip
        legend.get_title().set_color(_INK)
    ax.set_title("Events by kind and year" if title is None else title, color=_INK)
    if path is not None:
        _save(mpl, figure, path)
    return figure


def _positions(years: list[int], *, proportional: bool, dates: Any) -> Callable[[dt.date], float]:  # noqa: ANN401
    if proportional:
        return lambda day: float(dates.date2num(day))
    column = {year: index for index, year in enumerate(years)}

    def compressed(day: dt.date) -> float:
        # Within its year's column, a date stands by its day of the year.
        start = day.replace(month=1, day=1)
        length = (start.replace(year=start.year + 1) - start).days
        return column[day.year] + 0.8 * ((day - start).days / length - 0.5)

    return compressed


def _draw_labels(
    ax: "Axes",
    events: list["Event"],
    label_of: "Callable[[Event], str | None]",
    position: Callable[[dt.date], float],
    row: dict[Any, int],
) -> None:
    """Number the labelled dots in date order and list the labels below the axes.

    A key below the axes, rather than text beside the dots, never overlaps another
    label or the dots, however close the events stand.
    """
    labelled = sorted(
        ((e, label) for e in events if (label := label_of(e))),
        key=lambda item: (_midpoint(item[0]), item[0].id),
    )
    if not labelled:
        return
    lines = []
    numbers: dict[tuple[float, int], list[str]] = {}
    for number, (event, label) in enumerate(labelled, start=1):
        # Events sharing a dot share one mark: "3,4".
        numbers.setdefault((position(_midpoint(event)), row[event.kind]), []).append(str(number))
        text = textwrap.shorten(label, _LABEL_WIDTH, placeholder="…")
        lines.append(f"{number:>2}  {event.date.iso:<10}  {text}")
    for spot, marks in numbers.items():
        ax.annotate(
            ",".join(marks),
            spot,
            xytext=(4, -4),
            textcoords="offset points",
            ha="left",
            va="top",
            fontsize=7,
            fontweight="bold",
            color=_INK,
            zorder=4,
        )
    # Below the tick labels and the axis label, however tall the rotated years are;
    # in the axes' layout, so constrained layout and tight saving make room for it.
    ax.annotate(
        "\n".join(lines),
        # From the figure's left edge, not the axes': long row names push the axes right,
        # and a key of full-width labels would then run past the figure's right edge.
        xy=(0, 0),
        xycoords=("figure fraction", "axes fraction"),
        xytext=(6, -_depth_below(ax) - 6),
        textcoords="offset points",
        ha="left",
        va="top",
        fontsize=7.5,
        family="monospace",
        color=_INK,
        annotation_clip=False,
    )


def _depth_below(ax: "Axes") -> float:
    """How far, in points, the x axis' ticks and label reach below the axes."""
    figure = ax.get_figure(root=True)
    renderer = getattr(getattr(figure, "canvas", None), "get_renderer", None)
    if figure is None or renderer is None:
        return 48.0
    drawn = renderer()
    axis = ax.xaxis.get_tightbbox(drawn)
    if axis is None:
        return 48.0
    return max(0.0, float(ax.get_window_extent(drawn).y0 - axis.y0) * 72 / figure.dpi)


def _draw_axes(  # noqa: PLR0913 - the pieces of one axis layout
    ax: "Axes",
    years: list[int],
    kinds: list[Any],
    position: Callable[[dt.date], float],
    *,
    proportional: bool,
    dates: Any,  # noqa: ANN401
) -> None:
    ax.set_yticks(range(len(kinds)), [kind.value for kind in kinds])
    ax.set_ylim(len(kinds) - 0.4, -0.8)
    if proportional:
        locator = dates.AutoDateLocator(minticks=3, maxticks=10)
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(dates.ConciseDateFormatter(locator))
        if years:
            first = position(dt.date(years[0], 1, 1))
            last = position(dt.date(years[-1], 12, 31))
            pad = max((last - first) * 0.03, 30)
            ax.set_xlim(first - pad, last + pad)
        ax.set_xlabel("date", color=_INK)
    else:
        ax.set_xticks(range(len(years)), [str(year) for year in years], rotation=90)
        for index in range(1, len(years)):
            if years[index] - years[index - 1] > 1:
                ax.axvline(index - 0.5, color=_INK, linestyle=(0, (2, 3)), linewidth=0.8, zorder=1)
        ax.set_xlim(-0.7, max(len(years), 1) - 0.3)
        ax.set_xlabel("year (dashed lines mark skipped years)", color=_INK)
    ax.grid(axis="x", color=_GRID, zorder=0)
    ax.tick_params(colors=_INK, labelcolor=_INK, which="both")
    for tick, kind in zip(ax.get_yticklabels(), kinds, strict=True):
        tick.set_color(PLOVER_COLOURS[kind.plover])
    for spine in ax.spines.values():
        spine.set_color(_INK)


def _save(mpl: Any, figure: "Figure", path: str | os.PathLike[str]) -> None:  # noqa: ANN401
    # No dates in the file's metadata: the same events give the same bytes.
    metadata = {"svg": {"Date": None}, "pdf": {"CreationDate": None, "ModDate": None}}
    suffix = os.fspath(path).rpartition(".")[2].lower()
    with mpl.rc_context({"svg.hashsalt": "japan-nato-corpus"}):  # fixed SVG element ids
        figure.savefig(
            path,
            metadata=metadata.get(suffix, {}),
            dpi=100,
            transparent=True,
            bbox_inches="tight",  # everything drawn, labels and legend included
            pad_inches=0.1,
        )
