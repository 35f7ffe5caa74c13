"""Views for the reports: a date window, countries of interest, and each row's sources."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable

import pandas as pd

from .dates import iso_day

__all__ = [
    "article_outlets",
    "cite_chronology",
    "event_labels",
    "in_window",
    "outcomes_in_window",
    "participation",
    "readable",
    "with_countries",
    "with_issues",
]


def _parse_day(value: str | dt.date | None, name: str) -> dt.date | None:
    if value is None or value == "":
        return None
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError:
        raise ValueError(f"{name} {value!r} is not a date in the form YYYY-MM-DD (e.g. 2026-02-04)") from None


def in_window(
    frame: pd.DataFrame,
    date_from: str | None = None,
    date_to: str | None = None,
    start: str = "start",
    end: str = "end",
) -> pd.DataFrame:
    """Rows whose ``[start, end]`` overlaps the window; undated rows (no ``start``) are kept.

    ``start``/``end`` hold ISO strings (``2026-01``, ``2026-01-23``) or are empty; a row with
    no end counts as a single day. ``date_from``/``date_to`` are ``YYYY-MM-DD`` or None (open).
    """
    lo, hi = _parse_day(date_from, "date_from"), _parse_day(date_to, "date_to")
    if lo is None and hi is None:
        return frame
    keep = []
    for s, e in zip(frame[start], frame[end], strict=True):
        first, last = iso_day(s), iso_day(e, last=True) or iso_day(s, last=True)
        keep.append(first is None or ((lo is None or last >= lo) and (hi is None or first <= hi)))
    return frame[keep]


def with_countries(frame: pd.DataFrame, countries: Iterable[str], column: str = "participants") -> pd.DataFrame:
    """Rows whose ``column`` (a tuple of codes or names) shares at least one of ``countries``.

    An empty ``countries`` keeps every row. Codes are compared upper-cased (``rus`` = ``RUS``).
    """
    wanted = {c.upper() for c in countries}
    if not wanted:
        return frame
    return frame[frame[column].map(lambda values: bool(wanted & {str(v).upper() for v in (values or ())}))]


def cite_chronology(chronology: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """One row per (chronology entry, reporting event): what each source said, and where.

    Returns
    -------
    DataFrame
        ``chronology_id``, ``doc_id``, ``event_id``, ``status``, ``start``, ``end`` (as that
        source reports them) and ``evidence`` (the sentence, verbatim), in chronology order.
    """
    links = chronology[["chronology_id", "event_ids"]].explode("event_ids").rename(columns={"event_ids": "event_id"})
    links["event_id"] = links["event_id"].astype(object)  # (an empty chronology's column is float)
    cited = links.merge(events[["event_id", "doc_id", "status", "start", "end", "evidence"]], on="event_id", how="left")
    cited = cited[["chronology_id", "doc_id", "event_id", "status", "start", "end", "evidence"]].reset_index(drop=True)
    return cited.astype(object).where(cited.notna(), None)


def participation(chronology: pd.DataFrame) -> pd.DataFrame:
    """Who took part in which entry: rows chronology entries, columns participants, values ✓ or ''."""
    rows = {
        cid: dict.fromkeys(parts or (), "✓")
        for cid, parts in zip(chronology["chronology_id"], chronology["participants"], strict=True)
    }
    table = pd.DataFrame.from_dict(rows, orient="index")
    table = table.reindex(index=list(chronology["chronology_id"]), columns=sorted(table.columns)).fillna("")
    table.index.name = "chronology_id"
    return table


def article_outlets(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.Series:
    """The outlet each article cites or comes from: its first media mention, else ``unknown``."""
    media = mentions[mentions["kind"] == "media"].sort_values(["doc_id", "start_char"])
    first = media.groupby("doc_id")["norm"].first()
    return articles["doc_id"].map(first).fillna("unknown").rename("outlet")


def with_issues(outcomes: pd.DataFrame, issues: Iterable[str]) -> pd.DataFrame:
    """Outcome rows of the given issue categories (all rows when ``issues`` is empty).

    Raises ``ValueError`` naming the unknown category and listing the taxonomy's categories.
    """
    from .outcomes import CATEGORIES

    wanted = list(issues)
    unknown = [i for i in wanted if i not in CATEGORIES]
    if unknown:
        raise ValueError(f"unknown issue category {unknown[0]!r}; choose from {', '.join(CATEGORIES)}")
    return outcomes[outcomes["category"].isin(wanted)] if wanted else outcomes


def outcomes_in_window(
    outcomes: pd.DataFrame,
    events: pd.DataFrame,
    articles: pd.DataFrame,
    date_from: str | None = None,
    date_to: str | None = None,
) -> pd.DataFrame:
    """Outcome rows whose event falls in the window (by :func:`in_window`); rows with no event
    are placed by their article's publication date."""
    if date_from in (None, "") and date_to in (None, ""):
        return outcomes
    kept_events = set(in_window(events, date_from, date_to)["event_id"])
    published = articles.assign(day=articles["published"].dt.strftime("%Y-%m-%d"))
    kept_docs = set(in_window(published, date_from, date_to, start="day", end="day")["doc_id"])
    has_event = outcomes["event_id"].notna()
    keep = (has_event & outcomes["event_id"].isin(kept_events)) | (~has_event & outcomes["doc_id"].isin(kept_docs))
    return outcomes[keep]


def event_labels(events: pd.DataFrame) -> pd.Series:
    """A short readable label per event_id: type, round, first day, city and event number.

    Labels are unique: where two events would read the same, each names its whole event_id
    (document and number), so tables indexed by label keep one row per event.
    """
    texts = {}
    for row in events.itertuples(index=False):
        text = row.type.replace("_", " ").capitalize()
        if pd.notna(row.round):
            text += f" {int(row.round)}"
        text += f", {row.start}" if isinstance(row.start, str) else ", undated"
        if isinstance(row.city, str):
            text += f" ({row.city})"
        texts[row.event_id] = (text, row.event_id.rsplit("#", 1)[-1])
    seen = Counter(texts.values())
    labels = {
        event_id: f"{text} [{number if seen[(text, number)] == 1 else event_id}]"
        for event_id, (text, number) in texts.items()
    }
    return pd.Series(labels, name="event", dtype="object")


def readable(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` as a report shows it to a reader: a missing cell blank (not ``NaN``, ``None``
    or ``<NA>``), a tuple or list as its items joined with ", "; dates stay dates."""
    out = frame.copy()
    for column in out.columns:
        values = out[column]
        if values.dtype.kind == "M":
            continue
        cells = values.astype(object)
        cells = cells.map(lambda v: ", ".join(map(str, v)) if isinstance(v, tuple | list) else v)
        out[column] = cells.where(cells.notna(), "")
    return out
