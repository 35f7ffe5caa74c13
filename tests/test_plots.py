"""The report figures, checked on what they draw (bars, labels, order, colours), not on pixels."""

from __future__ import annotations

import matplotlib

matplotlib.use("Agg")

import matplotlib.dates as mdates  # noqa: E402
import matplotlib.pyplot as plt  # noqa: E402
import pandas as pd  # noqa: E402
import pytest  # noqa: E402

from analysis.plots import STATUS_COLOURS, plot_outcome_matrix, plot_timeline  # noqa: E402


@pytest.fixture
def timeline():
    return pd.DataFrame(
        {
            "label": ["Talks, round 1", "Talks, round 2", "Statement"],
            "lane": ["s1", "s1", "Statement"],
            "start": pd.to_datetime(["2026-01-23", "2026-02-04", "2026-02-04"]),
            "end": pd.to_datetime(["2026-01-24", "2026-02-04", "2026-02-04"]),
            "open_ended": [False, True, True],
            "venue": ["Abu Dhabi", "Abu Dhabi", ""],
            "dated": [True, True, False],
            "conflict": [True, False, False],
        }
    )


def test_timeline_draws_one_bar_per_entry_in_order(timeline):
    ax = plot_timeline(timeline)
    bars = ax.patches
    assert [b.get_label() for b in bars] == ["Talks, round 1", "Talks, round 2", "Statement"]
    # rounds of one series share a lane; lanes top to bottom in order of appearance
    assert [round(b.get_y() + b.get_height() / 2) for b in bars] == [0, 0, 1]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["s1", "Statement"]
    # a bar covers its first to its last day inclusive
    first = bars[0]
    assert mdates.num2date(first.get_x()).date().isoformat() == "2026-01-23"
    assert first.get_width() == 2
    assert [t.get_text() for t in ax.texts] == [
        "Talks, round 1 (Abu Dhabi)",
        "Talks, round 2 (Abu Dhabi) →",
        "Statement [undated] →",
    ]
    assert [b.get_hatch() for b in bars] == [None, "//", "//"]
    assert bars[0].get_edgecolor()[:3] == pytest.approx(matplotlib.colors.to_rgb("#C03030"))  # conflict
    assert bars[2].get_facecolor()[3] == 0  # undated: hollow
    plt.close("all")


def _rows(days, lane="Talks"):
    n = len(days)
    return pd.DataFrame(
        {
            "label": [f"Talks {i}" for i in range(n)],
            "lane": [lane] * n,
            "start": pd.to_datetime(days),
            "end": pd.to_datetime(days),
            "open_ended": [False] * n,
            "venue": [""] * n,
            "dated": [True] * n,
            "conflict": [False] * n,
        }
    )


def test_timeline_shows_the_period_of_most_entries_and_counts_the_far_ones():
    # nineteen rounds a week apart in 2026 and one treaty of 1975 that an article recalls
    days = ["1975-08-01"] + [str(pd.Timestamp("2026-01-05") + pd.Timedelta(weeks=w))[:10] for w in range(19)]
    ax = plot_timeline(_rows(days))
    first, last = (mdates.num2date(x).date().isoformat() for x in ax.get_xlim())
    assert "2025-12" <= first < "2026-01-05" and "2026-05-11" < last < "2026-09"
    assert ax.get_title().endswith("\n1 of 20 entries lie outside the dates shown (see the table)")
    assert len(ax.patches) == 20
    # without the far one every entry is shown and the title says nothing more
    ax = plot_timeline(_rows(days[1:]))
    assert "outside" not in ax.get_title()
    plt.close("all")


def test_a_label_that_would_run_over_the_next_bar_of_its_lane_is_left_to_the_table():
    # two days apart over a year of axis: no room; three months apart: room
    days = ["2026-01-05", "2026-01-07", "2026-04-01", "2026-12-20"]
    ax = plot_timeline(_rows(days))
    assert [t.get_text() for t in ax.texts] == ["Talks 1", "Talks 2", "Talks 3"]
    plt.close("all")


def test_empty_timeline_draws_nothing():
    empty = pd.DataFrame(columns=["label", "lane", "start", "end", "open_ended", "venue", "dated", "conflict"])
    ax = plot_timeline(empty)
    assert list(ax.patches) == [] and list(ax.texts) == []
    plt.close("all")


def test_outcome_matrix_draws_rows_that_share_a_label():
    matrix = pd.DataFrame(
        [["agreed"], ["stalled"]],
        index=pd.Index(["Talks, undated", "Talks, undated"], name="key"),
        columns=pd.Index(["prisoners"], name="category"),
        dtype=object,
    )
    ax = plot_outcome_matrix(matrix)
    assert [(p.get_label(), round(p.get_y() + 0.45)) for p in ax.patches] == [("agreed", 0), ("stalled", 1)]
    plt.close("all")


def test_outcome_matrix_draws_at_most_max_rows_those_with_most_issues_in_order():
    matrix = pd.DataFrame(
        [["agreed", None], [None, "stalled"], ["agreed", "stalled"], ["progress", None]],
        index=pd.Index(["a", "b", "c", "d"], name="key"),
        columns=pd.Index(["prisoners", "ceasefire"], name="category"),
        dtype=object,
    )
    ax = plot_outcome_matrix(matrix, max_rows=2)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["a", "c"]
    assert ax.get_title() == "What each event achieved, per issue\n(2 of 4 events: those with the most issues)"
    assert [t.get_text() for t in plot_outcome_matrix(matrix, max_rows=4).get_yticklabels()] == ["a", "b", "c", "d"]
    plt.close("all")


def test_outcome_matrix_colours_each_claimed_cell():
    matrix = pd.DataFrame(
        [["agreed", None], ["discussed", "stalled"]],
        index=pd.Index(["round 1", "round 2"], name="key"),
        columns=pd.Index(["prisoners", "ceasefire"], name="category"),
        dtype=object,
    )
    ax = plot_outcome_matrix(matrix)
    squares = [p for p in ax.patches]
    assert [(p.get_label(), round(p.get_x() + 0.45), round(p.get_y() + 0.45)) for p in squares] == [
        ("agreed", 0, 0),
        ("discussed", 0, 1),
        ("stalled", 1, 1),
    ]
    assert [matplotlib.colors.to_hex(p.get_facecolor()) for p in squares] == [
        STATUS_COLOURS["agreed"].lower(),
        STATUS_COLOURS["discussed"].lower(),
        STATUS_COLOURS["stalled"].lower(),
    ]
    assert [t.get_text() for t in ax.get_xticklabels()] == ["prisoners", "ceasefire"]
    assert [t.get_text() for t in ax.get_yticklabels()] == ["round 1", "round 2"]
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["agreed", "discussed", "stalled"]
    plt.close("all")
