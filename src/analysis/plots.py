"""The report figures: a timeline of the chronology and the outcome matrix, drawn with matplotlib."""

from __future__ import annotations

import matplotlib.dates as mdates
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.patches import Patch, Rectangle

__all__ = ["STATUS_COLOURS", "plot_outcome_matrix", "plot_timeline"]

# Outcome statuses from good to bad, each with a colour (colour-blind safe: Okabe-Ito).
STATUS_COLOURS = {
    "agreed": "#009E73",
    "progress": "#56B4E9",
    "discussed": "#F0E442",
    "unresolved": "#E69F00",
    "disagreement": "#D55E00",
    "stalled": "#CC79A7",
}
_BAR_HEIGHT = 0.6


def plot_timeline(timeline: pd.DataFrame, ax: Axes | None = None) -> Axes:
    """Draw one horizontal bar per chronology entry, from its first to its last day.

    Entries of one series of rounds share a lane. An entry whose end is unknown is hatched
    and marked with an arrow; an undated entry (placed by its article's date) is drawn hollow
    with a dashed edge; an entry whose sources disagree on the dates has a red edge. Each bar
    is labelled with its label and venue where the label fits before the next bar of its lane.

    When a few entries lie far from the rest (an agreement of decades ago recalled in
    articles about this year's rounds), the axis shows the period of the others, the 5th to
    95th percentile of the days, and the title says how many entries lie outside it.

    Parameters
    ----------
    timeline : DataFrame
        As :func:`analysis.chronology.timeline_data` gives (``label``, ``lane``, ``start``,
        ``end``, ``open_ended``, ``venue``, ``dated``, ``conflict``).
    ax : Axes, optional
        Where to draw; a new figure when omitted.

    Returns
    -------
    Axes
        One bar patch per row of ``timeline``, in its order; lanes top to bottom in order of
        first appearance; one text per label drawn.
    """
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(10, 1 + 0.6 * max(1, timeline["lane"].nunique())))
    lanes = list(dict.fromkeys(timeline["lane"]))
    title = "Chronology (hatched: end unknown; dashed: undated; red edge: sources disagree)"
    if len(timeline):
        first, last, outside = _period(timeline)
        pad = max(3.0, (last - first) * 0.1)
        ax.set_xlim(first - pad, last + pad * 4)
        if outside:
            title += f"\n{outside} of {len(timeline)} entries lie outside the dates shown (see the table)"
    days = mdates.date2num(timeline["start"]).tolist() if len(timeline) else []
    ends = (mdates.date2num(timeline["end"]) + 1).tolist() if len(timeline) else []
    # where the next bar of the same lane starts, for the room a label has
    following: dict[int, float] = {}
    for lane in lanes:
        rows = sorted((days[i], i) for i, name in enumerate(timeline["lane"]) if name == lane)
        for (_, i), (day, _) in zip(rows, rows[1:], strict=False):
            following[i] = day
    left, right = ax.get_xlim()
    px_per_day = ax.get_window_extent().width / max(right - left, 1e-9)
    px_per_char = 8 * 0.6 * ax.figure.dpi / 72  # 8-point labels
    for i, row in enumerate(timeline.itertuples(index=False)):
        y = lanes.index(row.lane)
        (bar,) = ax.barh(
            y,
            ends[i] - days[i],  # the last day counts whole
            left=days[i],
            height=_BAR_HEIGHT,
            color="#4c72b0" if row.dated else "none",
            edgecolor="#C03030" if row.conflict else "#1f3b66",
            linestyle="-" if row.dated else "--",
            linewidth=2 if row.conflict else 1,
            hatch="//" if row.open_ended else None,
        )
        bar.set_label(row.label)
        text = row.label + (f" ({row.venue})" if row.venue else "") + ("" if row.dated else " [undated]")
        text += " →" if row.open_ended else ""
        room = (following.get(i, right) - ends[i]) * px_per_day
        if i in following and room < len(text) * px_per_char + 8:
            continue  # it would run over the next bar of its lane: the table has it
        ax.annotate(text, (ends[i], y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    ax.set_yticks(range(len(lanes)), [str(lane) for lane in lanes])
    ax.set_ylim(max(1, len(lanes)) - 0.5, -0.5)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator())
    ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y-%m-%d"))
    ax.set_title(title, fontsize=9)
    ax.tick_params(axis="x", labelrotation=30, labelsize=8)
    ax.grid(axis="x", alpha=0.3)
    return ax


def _period(timeline: pd.DataFrame) -> tuple[float, float, int]:
    """First and last day shown (matplotlib date numbers) and how many entries lie outside.

    The days of the 5th to 95th percentile of the entries, widened to take in every entry
    that lies within that span (and at least a month) of it; with fewer than ten entries,
    all of them.
    """
    starts = mdates.date2num(timeline["start"])
    ends = mdates.date2num(timeline["end"]) + 1
    first, last = float(starts.min()), float(ends.max())
    if len(timeline) < 10:
        return first, last, 0
    low = float(pd.Series(starts).quantile(0.05, interpolation="higher"))
    high = float(pd.Series(ends).quantile(0.95, interpolation="lower"))
    margin = max(30.0, high - low)
    near = (starts >= low - margin) & (ends <= high + margin)
    return float(starts[near].min()), float(ends[near].max()), int((~near).sum())


def plot_outcome_matrix(matrix: pd.DataFrame, ax: Axes | None = None, max_rows: int | None = None) -> Axes:
    """Draw the event x issue matrix with one coloured square per status.

    Parameters
    ----------
    matrix : DataFrame
        As :func:`analysis.outcomes.outcome_matrix` gives: rows events, columns issue
        categories, values statuses (None where nothing was claimed).
    ax : Axes, optional
        Where to draw; a new figure when omitted.
    max_rows : int, optional
        Draw at most this many rows: those with the most issues claimed (the first on a
        tie), in the matrix's order; the title says how many of how many are shown.

    Returns
    -------
    Axes
        One square patch per non-empty cell, row by row; a legend of the statuses shown.
    """
    total = matrix.shape[0]
    if max_rows is not None and total > max_rows:
        claimed = matrix.notna().sum(axis=1).to_numpy()
        keep = sorted(sorted(range(total), key=lambda i: -claimed[i])[:max_rows])
        matrix = matrix.iloc[keep]
    if ax is None:
        import matplotlib.pyplot as plt

        _, ax = plt.subplots(figsize=(1.5 + 0.7 * max(1, matrix.shape[1]), 1.5 + 0.45 * max(1, matrix.shape[0])))
    for i in range(matrix.shape[0]):
        for j in range(matrix.shape[1]):
            status = matrix.iat[i, j]
            if status is None or pd.isna(status):
                continue
            colour = STATUS_COLOURS.get(status, "#999999")
            ax.add_patch(Rectangle((j - 0.45, i - 0.45), 0.9, 0.9, facecolor=colour, edgecolor="white", label=status))
    ax.set_xlim(-0.5, matrix.shape[1] - 0.5)
    ax.set_ylim(matrix.shape[0] - 0.5, -0.5)
    ax.set_xticks(range(matrix.shape[1]), [str(c).replace("_", " ") for c in matrix.columns], rotation=45, ha="right")
    ax.set_yticks(range(matrix.shape[0]), [str(k) for k in matrix.index])
    shown = [s for s in STATUS_COLOURS if (matrix == s).any().any()]
    ax.legend(
        handles=[Patch(facecolor=STATUS_COLOURS[s], label=s) for s in shown],
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        fontsize=8,
        title="status",
    )
    title = "What each event achieved, per issue"
    if matrix.shape[0] < total:
        title += f"\n({matrix.shape[0]} of {total} events: those with the most issues)"
    ax.set_title(title, fontsize=10)
    ax.set_aspect("equal")
    return ax
