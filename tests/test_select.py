"""Report views: date windows, countries and issues of interest, and sources of each entry."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.select import (
    article_outlets,
    cite_chronology,
    event_labels,
    in_window,
    outcomes_in_window,
    participation,
    readable,
    with_countries,
    with_issues,
)


@pytest.fixture
def chronology():
    return pd.DataFrame(
        {
            "chronology_id": ["c001", "c002", "c003", "c004"],
            "start": ["2026-01-23", "2026-02-04", None, "2026-03"],
            "end": ["2026-01-24", None, None, None],
            "participants": [("RUS", "UKR", "USA"), ("RUS", "UKR"), ("ARE",), ()],
            "event_ids": [("a#e1", "b#e1"), ("a#e2",), ("a#e3",), ("b#e2",)],
        }
    )


@pytest.mark.parametrize(
    "date_from, date_to, expected",
    [
        pytest.param(None, None, ["c001", "c002", "c003", "c004"], id="open"),
        pytest.param("2026-01-24", None, ["c001", "c002", "c003", "c004"], id="overlaps-last-day"),
        pytest.param("2026-01-25", "2026-02-28", ["c002", "c003"], id="window-keeps-undated"),
        pytest.param(None, "2026-01-23", ["c001", "c003"], id="upper-bound"),
        pytest.param("2026-03-15", "", ["c003", "c004"], id="month-precision-start"),
    ],
)
def test_in_window(chronology, date_from, date_to, expected):
    assert in_window(chronology, date_from, date_to)["chronology_id"].tolist() == expected


def test_in_window_rejects_a_bad_date(chronology):
    with pytest.raises(ValueError, match=r"date_from '04/02/2026' is not a date in the form YYYY-MM-DD"):
        in_window(chronology, "04/02/2026")


def test_with_countries(chronology):
    assert with_countries(chronology, ["usa"])["chronology_id"].tolist() == ["c001"]
    assert with_countries(chronology, ["ARE", "UKR"])["chronology_id"].tolist() == ["c001", "c002", "c003"]
    assert len(with_countries(chronology, [])) == 4


def test_with_issues_validates_the_category():
    outcomes = pd.DataFrame({"category": ["ceasefire", "prisoners", "territory"]})
    assert with_issues(outcomes, ["prisoners"])["category"].tolist() == ["prisoners"]
    with pytest.raises(ValueError, match="unknown issue category 'truce'; choose from ceasefire, "):
        with_issues(outcomes, ["truce"])


def test_cite_chronology_gives_each_source_its_sentence(chronology):
    events = pd.DataFrame(
        {
            "event_id": ["a#e1", "b#e1", "a#e2", "a#e3", "b#e2"],
            "doc_id": ["a", "b", "a", "a", "b"],
            "status": ["occurred", "occurred", "ongoing", "occurred", "planned"],
            "start": ["2026-01-23", "2026-01-24", "2026-02-04", None, "2026-03"],
            "end": ["2026-01-24", None, None, None, None],
            "evidence": ["A says so.", "B says so.", "Round two began.", "A statement.", "Talks in March."],
        }
    )
    cited = cite_chronology(chronology, events)
    assert cited[["chronology_id", "doc_id", "start", "evidence"]].values.tolist() == [
        ["c001", "a", "2026-01-23", "A says so."],
        ["c001", "b", "2026-01-24", "B says so."],
        ["c002", "a", "2026-02-04", "Round two began."],
        ["c003", "a", None, "A statement."],
        ["c004", "b", "2026-03", "Talks in March."],
    ]


def test_participation(chronology):
    table = participation(chronology)
    assert list(table.columns) == ["ARE", "RUS", "UKR", "USA"]
    assert table.loc["c002"].tolist() == ["", "✓", "✓", ""]
    assert table.loc["c004"].tolist() == ["", "", "", ""]


def test_outcomes_in_window_places_eventless_rows_by_publication():
    events = pd.DataFrame({"event_id": ["a#e1", "b#e1"], "start": ["2026-01-23", "2026-03-02"], "end": [None, None]})
    articles = pd.DataFrame({"doc_id": ["a", "c"], "published": pd.to_datetime(["2026-01-25", "2026-03-05"])})
    outcomes = pd.DataFrame({"doc_id": ["a", "b", "a", "c"], "event_id": ["a#e1", "b#e1", None, None]})
    kept = outcomes_in_window(outcomes, events, articles, "2026-03-01", "2026-03-31")
    assert kept.index.tolist() == [1, 3]


def test_events_of_two_articles_that_would_read_the_same_are_labelled_by_their_ids():
    events = pd.DataFrame(
        {
            "event_id": ["a#e1", "b#e1", "b#e2"],
            "type": ["talks_round", "talks_round", "talks_round"],
            "round": pd.array([None, None, None], dtype="Int64"),
            "start": ["2026-02-04", "2026-02-04", "2026-02-05"],
            "city": ["Lusaka", "Lusaka", "Lusaka"],
        }
    )
    assert event_labels(events).tolist() == [
        "Talks round, 2026-02-04 (Lusaka) [a#e1]",
        "Talks round, 2026-02-04 (Lusaka) [b#e1]",
        "Talks round, 2026-02-05 (Lusaka) [e2]",
    ]


def test_event_labels_and_outlets():
    events = pd.DataFrame(
        {
            "event_id": ["a#e1", "a#e2"],
            "type": ["talks_round", "statement"],
            "round": pd.array([2, None], dtype="Int64"),
            "start": ["2026-02-04", None],
            "city": ["Abu Dhabi", None],
        }
    )
    assert event_labels(events).tolist() == ["Talks round 2, 2026-02-04 (Abu Dhabi) [e1]", "Statement, undated [e2]"]
    articles = pd.DataFrame({"doc_id": ["a", "b"]})
    mentions = pd.DataFrame(
        {
            "doc_id": ["a", "a", "a"],
            "kind": ["media", "media", "country"],
            "norm": ["TASS", "Reuters", "RUS"],
            "start_char": [50, 10, 0],
        }
    )
    assert article_outlets(articles, mentions).tolist() == ["Reuters", "unknown"]


def test_readable_shows_missing_cells_blank_and_lists_joined():
    frame = pd.DataFrame({
        "city": [None, "Velm"],
        "round": pd.array([2, None], dtype="Int64"),
        "participants": [("NOR", "SDN"), ()],
        "days": [float("nan"), 3.0],
        "published": pd.to_datetime(["2025-05-02", "2025-05-03"]),
    })
    shown = readable(frame)
    assert shown.to_dict("list") == {
        "city": ["", "Velm"], "round": [2, ""], "participants": ["NOR, SDN", ""],
        "days": ["", 3.0], "published": list(frame["published"]),
    }
    assert frame["city"].isna().iloc[0]  # the frame given is left as it was
