"""Merge the events of all articles into one chronology that keeps each source's dates."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any

import pandas as pd

from .events import event_family

__all__ = [
    "CHRONOLOGY_COLUMNS",
    "GAP_COLUMNS",
    "TIMELINE_COLUMNS",
    "build_chronology",
    "round_gaps",
    "timeline_data",
]

CHRONOLOGY_COLUMNS = (
    "chronology_id",
    "type",
    "start",
    "end",
    "city",
    "country",
    "participants",
    "event_ids",
    "doc_ids",
    "sources",
    "conflicts",
    "series",
    "round",
    "dated",
)
GAP_COLUMNS = ("series", "round_from", "round_to", "days_between")
TIMELINE_COLUMNS = (
    "chronology_id",
    "label",
    "lane",
    "start",
    "end",
    "open_ended",
    "venue",
    "dated",
    "conflict",
    "type",
    "sources",
)
# Order of types when two entries fall on one day (talks before what is said about them).
_TYPE_ORDER = (
    "talks_round",
    "talks_session",
    "meeting",
    "summit",
    "phone_call",
    "agreement",
    "proposal",
    "prisoner_exchange",
    "bodies_repatriation",
    "statement",
    "announcement",
)
_TYPE_LABEL = {
    "talks_round": "Talks",
    "talks_session": "Talks session",
    "meeting": "Meeting",
    "summit": "Summit",
    "phone_call": "Phone call",
    "statement": "Statement",
    "announcement": "Announcement",
    "proposal": "Proposal",
    "agreement": "Agreement",
    "prisoner_exchange": "Prisoner exchange",
    "bodies_repatriation": "Bodies repatriation",
}


def _day(value: Any, last: bool = False) -> dt.date | None:
    """First (or last) day of an ISO date, month or year string; None when unknown."""
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return None
    parts = str(value).split("-")
    try:
        y = int(parts[0])
        if len(parts) == 1:
            return dt.date(y, 12, 31) if last else dt.date(y, 1, 1)
        m = int(parts[1])
        if len(parts) == 2:
            if not last:
                return dt.date(y, m, 1)
            return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(y, m, int(parts[2]))
    except ValueError:
        return None


def _known(value: Any) -> bool:
    return _day(value) is not None


def _interval(e: dict) -> tuple[dt.date, dt.date | None] | None:
    start = _day(e["start"])
    if start is None:
        return None
    end = _day(e["end"], last=True) if _known(e["end"]) else None
    if end is None and (_known(e["start"]) and len(str(e["start"])) < 10):
        end = _day(e["start"], last=True)
    return start, end


def _overlap(a: dict, b: dict) -> bool | None:
    """True/False when both are dated (open ends run on), None when either is not."""
    ia, ib = _interval(a), _interval(b)
    if ia is None or ib is None:
        return None
    (a0, a1), (b0, b1) = ia, ib
    if a1 is None and b1 is None:
        return a0 == b0
    if a1 is None:
        return b0 <= a0 <= b1 or a0 <= b0
    if b1 is None:
        return a0 <= b0 <= a1 or b0 <= a0
    return a0 <= b1 and b0 <= a1


def _parties_match(a: dict, b: dict) -> bool:
    pa, pb = set(a["participants"] or ()), set(b["participants"] or ())
    if not pa or not pb:
        return False
    return pa <= pb or pb <= pa or len(pa & pb) >= 2


def _same_place(a: dict, b: dict) -> bool | None:
    ca, cb = a.get("city"), b.get("city")
    if not _text(ca) or not _text(cb):
        return None
    return ca == cb


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _round(e: dict) -> int | None:
    r = e.get("round")
    if r is None or r is pd.NA or (isinstance(r, float) and pd.isna(r)):
        return None
    return int(r)


def _same_event(a: dict, b: dict) -> bool:
    """Do two events (of different articles) report one real event?"""
    if event_family(a["type"]) != event_family(b["type"]):
        return False
    ra, rb = _round(a), _round(b)
    place = _same_place(a, b)
    parties = _parties_match(a, b)
    if place is False:
        return False
    if ra is not None and rb is not None:
        if ra != rb:
            return False
        if parties or place:
            return True
    overlap = _overlap(a, b)
    if overlap is False:
        return False
    if overlap:
        return bool(place or parties)
    # one or both undated: same venue and same parties
    return bool(place and parties)


def build_chronology(events: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Merge the events that several articles report into one ordered chronology.

    Two events are one when they are of the same family (talks, summit, call, statement...)
    and their dates overlap (one inside the other counts), or they are the same numbered round,
    or one is undated and they share venue and parties; and they are at the same venue or have
    the same parties. Each source keeps its own dates: where they differ, ``conflicts`` says
    so, and the entry takes the most reported dates (then the earliest).

    Parameters
    ----------
    events : DataFrame
        As :func:`analysis.events.extract_events` gives.
    articles : DataFrame, optional
        ``doc_id`` and ``published``: undated entries are placed by the publication date of
        the first article that reports them (without it they go last).

    Returns
    -------
    DataFrame
        Columns ``CHRONOLOGY_COLUMNS``: ``chronology_id`` (``c001``... in the order of the
        table), ``type`` (most reported), ``start``, ``end`` (ISO strings or None), ``city``,
        ``country``, ``participants`` (sorted tuple), ``event_ids`` and ``doc_ids`` (tuples),
        ``sources`` (number of articles), ``conflicts`` (tuple of sentences such as
        ``"doc X says start 2026-01-24, doc Y says 2026-01-23"``), ``series`` (``s1``... for
        numbered rounds of one format and set of parties, else None), ``round`` (Int64) and
        ``dated`` (False when no source gives a start). Ordered by date (undated entries at
        the publication date of their first source), then type.
    """
    published: dict[str, dt.date] = {}
    if articles is not None and len(articles):
        for doc_id, pub in zip(articles["doc_id"], articles["published"], strict=True):
            if pd.notna(pub):
                published[doc_id] = pd.Timestamp(pub).date()
    rows = events.to_dict("records")
    parent = list(range(len(rows)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    order = sorted(range(len(rows)), key=lambda i: (rows[i]["doc_id"], rows[i]["event_id"]))
    for x, i in enumerate(order):
        for j in order[x + 1 :]:
            a, b = rows[i], rows[j]
            if a["doc_id"] == b["doc_id"] or find(i) == find(j):
                continue
            if (
                _same_event(a, b)
                and _fits_group(rows, [k for k in order if find(k) == find(i)], b)
                and _fits_group(rows, [k for k in order if find(k) == find(j)], a)
            ):
                parent[find(j)] = find(i)
    groups: dict[int, list[dict]] = {}
    for i in order:
        groups.setdefault(find(i), []).append(rows[i])
    entries = [_entry(g, published) for g in groups.values()]
    _assign_series(entries)
    entries.sort(
        key=lambda e: (
            e["_sort"],
            _TYPE_ORDER.index(e["type"]) if e["type"] in _TYPE_ORDER else 99,
            e["event_ids"],
        )
    )
    for n, e in enumerate(entries, 1):
        e["chronology_id"] = f"c{n:03d}"
    frame = pd.DataFrame(entries, columns=list(CHRONOLOGY_COLUMNS))
    frame["round"] = frame["round"].astype("Int64")
    frame["sources"] = frame["sources"].astype("int64")
    frame["dated"] = frame["dated"].astype(bool)
    return frame


def _fits_group(rows: list[dict], members: list[int], other: dict) -> bool:
    """An event joins a group only when no member of another article contradicts it."""
    for k in members:
        e = rows[k]
        if e["doc_id"] == other["doc_id"]:
            continue
        if _same_place(e, other) is False:
            return False
        ra, rb = _round(e), _round(other)
        if ra is not None and rb is not None and ra != rb:
            return False
        if _overlap(e, other) is False and not (ra is not None and ra == rb):
            return False
    return True


def _most_reported(values: list[tuple]) -> tuple:
    """The value most sources give; on a tie the most precise, then the earliest."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(str(v[0])), str(v)))


def _entry(g: list[dict], published: dict[str, dt.date]) -> dict:
    dated = [e for e in g if _known(e["start"])]
    start = end = None
    conflicts: list[str] = []
    if dated:
        start = _most_reported([(str(e["start"]),) for e in dated])[0]
        ends = [str(e["end"]) for e in dated if str(e["start"]) == start and _known(e["end"])]
        end = _most_reported([(x,) for x in ends])[0] if ends else None
        conflicts = _conflicts(g, "start") + _conflicts(g, "end")
    else:
        ends = [str(e["end"]) for e in g if _known(e["end"])]
        end = _most_reported([(x,) for x in ends])[0] if ends else None
    types = [e["type"] for e in g]
    counts = Counter(types)
    kind = min(counts, key=lambda t: (-counts[t], _TYPE_ORDER.index(t) if t in _TYPE_ORDER else 99))
    cities = [e["city"] for e in g if _text(e.get("city"))]
    countries = [e["country"] for e in g if _text(e.get("country"))]
    participants = sorted(set().union(*(set(e["participants"] or ()) for e in g)))
    docs = sorted({e["doc_id"] for e in g}, key=lambda d: (published.get(d, dt.date.max), d))
    rounds = [_round(e) for e in g if _round(e) is not None]
    sort_day = (
        _day(start)
        if start
        else min((published.get(d, dt.date.max) for d in docs), default=dt.date.max)
    )
    return {
        "chronology_id": None,
        "type": kind,
        "start": start,
        "end": end,
        "city": _most_reported([(c,) for c in cities])[0] if cities else None,
        "country": _most_reported([(c,) for c in countries])[0] if countries else None,
        "participants": tuple(participants),
        "event_ids": tuple(sorted(e["event_id"] for e in g)),
        "doc_ids": tuple(docs),
        "sources": len(docs),
        "conflicts": tuple(conflicts),
        "series": None,
        "round": _most_reported([(r,) for r in rounds])[0] if rounds else None,
        "dated": bool(dated),
        "_sort": sort_day,
        "_format": {w.strip() for e in g if _text(e.get("format")) for w in e["format"].split(",")},
    }


def _conflicts(g: list[dict], key: str) -> list[str]:
    """Sentences naming the sources that disagree on ``key`` (less precise values agree)."""
    by_value: dict[str, list[str]] = {}
    for e in g:
        if _known(e[key]):
            by_value.setdefault(str(e[key]), []).append(e["doc_id"])
    values = sorted(by_value)
    # "2026-01" does not contradict "2026-01-24"
    precise = [v for v in values if not any(o != v and o.startswith(v) for o in values)]
    if len(precise) < 2:
        return []
    parts = [f"doc {', '.join(sorted(set(by_value[v])))} says {key} {v}" for v in precise]
    return [parts[0] + ", " + ", ".join(parts[1:])]


def _assign_series(entries: list[dict]) -> None:
    """Numbered rounds with the same parties (and format words) form a series: s1, s2..."""
    numbered = sorted(
        (e for e in entries if e["round"] is not None and event_family(e["type"]) == "talks"),
        key=lambda e: (e["_sort"], e["round"]),
    )
    series: list[list[dict]] = []
    for e in numbered:
        home = next(
            (
                s
                for s in series
                if _one_series(s[0], e) and all(x["round"] != e["round"] for x in s)
            ),
            None,
        )
        if home is None:
            series.append([e])
        else:
            home.append(e)
    for n, s in enumerate(series, 1):
        for e in s:
            e["series"] = f"s{n}"


_SERIES_FORMATS = {"trilateral", "bilateral", "quadrilateral", "multilateral", "direct", "indirect"}


def _one_series(a: dict, b: dict) -> bool:
    """Same parties, or one side's parties within the other's in the same format."""
    pa, pb = set(a["participants"]), set(b["participants"])
    fa, fb = a["_format"] & _SERIES_FORMATS, b["_format"] & _SERIES_FORMATS
    if fa and fb and not fa & fb:
        return False
    if pa and pa == pb:
        return True
    return bool(pa and pb and (pa <= pb or pb <= pa) and fa & fb)


def round_gaps(chronology: pd.DataFrame) -> pd.DataFrame:
    """Days between consecutive numbered rounds of each series.

    Returns
    -------
    DataFrame
        Columns ``GAP_COLUMNS``: ``series``, ``round_from``, ``round_to`` (Int64) and
        ``days_between`` (start to start; ``<NA>`` when either round is undated).
    """
    rows = []
    numbered = chronology[chronology["series"].notna() & chronology["round"].notna()]
    for series, g in numbered.groupby("series", sort=True):
        g = g.sort_values("round")
        recs = g.to_dict("records")
        for a, b in zip(recs, recs[1:], strict=False):
            da, db = _day(a["start"]), _day(b["start"])
            rows.append(
                {
                    "series": series,
                    "round_from": int(a["round"]),
                    "round_to": int(b["round"]),
                    "days_between": (db - da).days if da and db else None,
                }
            )
    out = pd.DataFrame(rows, columns=list(GAP_COLUMNS))
    for col in ("round_from", "round_to", "days_between"):
        out[col] = out[col].astype("Int64")
    return out


def timeline_data(chronology: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """The bars of a timeline chart, one per chronology entry, in chronology order.

    Parameters
    ----------
    chronology : DataFrame
        As :func:`build_chronology` gives.
    articles : DataFrame, optional
        ``doc_id`` and ``published``, to place undated entries (else they are left out).

    Returns
    -------
    DataFrame
        Columns ``TIMELINE_COLUMNS``: ``chronology_id``, ``label`` ("Talks, round 2",
        "Statement"), ``lane`` (the series id for numbered rounds, else the type label),
        ``start`` and ``end`` (Timestamps; ``end`` is ``start`` when unknown), ``open_ended``
        (True when the end is unknown), ``venue`` (city, else country, else ""), ``dated``,
        ``conflict`` (sources disagree on the dates), ``type`` and ``sources``.
    """
    published: dict[str, dt.date] = {}
    if articles is not None and len(articles):
        for doc_id, pub in zip(articles["doc_id"], articles["published"], strict=True):
            if pd.notna(pub):
                published[doc_id] = pd.Timestamp(pub).date()
    rows = []
    for e in chronology.to_dict("records"):
        start = _day(e["start"])
        if start is None:
            placed = [published[d] for d in e["doc_ids"] if d in published]
            if not placed:
                continue
            start = min(placed)
        end = _day(e["end"], last=True) if _known(e["end"]) else None
        label = _TYPE_LABEL.get(e["type"], str(e["type"]))
        if _round(e) is not None:
            label = f"{label}, round {_round(e)}"
        rows.append(
            {
                "chronology_id": e["chronology_id"],
                "label": label,
                "lane": e["series"]
                if isinstance(e["series"], str)
                else _TYPE_LABEL.get(e["type"], e["type"]),
                "start": pd.Timestamp(start),
                "end": pd.Timestamp(end or start),
                "open_ended": end is None,
                "venue": e["city"]
                if _text(e["city"])
                else (e["country"] if _text(e["country"]) else ""),
                "dated": bool(e["dated"]),
                "conflict": bool(len(e["conflicts"])),
                "type": e["type"],
                "sources": int(e["sources"]),
            }
        )
    out = pd.DataFrame(rows, columns=list(TIMELINE_COLUMNS))
    out["start"] = pd.to_datetime(out["start"])
    out["end"] = pd.to_datetime(out["end"])
    return out.reset_index(drop=True)
