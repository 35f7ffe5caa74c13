"""Merge the events of all articles into one chronology that keeps each source's dates."""

from __future__ import annotations

import datetime as dt
import functools
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Collection
from itertools import islice
from typing import Any, NamedTuple

import numpy as np
import pandas as pd
import pyarrow as pa

from .dates import iso_day, spans_overlap
from .events import event_family, event_number
from .lexicon import fold_name, read_lexicon
from .towns import town_countries_of

__all__ = [
    "CHRONOLOGY_COLUMNS",
    "EVENT_COLUMNS_READ",
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
    "speaker",
    "event_ids",
    "doc_ids",
    "sources",
    "conflicts",
    "series",
    "round",
    "dated",
)
# The columns of the events table that the chronology reads (it needs no more of them).
EVENT_COLUMNS_READ = (
    "doc_id", "event_id", "type", "start", "end", "city", "country", "participants", "round",
    "format", "status", "venue", "speaker",
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


# A date interval: first day and last day (None: open, it runs on).
_Span = tuple[dt.date, dt.date | None]


def _known(value: Any) -> bool:
    return iso_day(value) is not None


def _interval(e: dict) -> tuple[dt.date, dt.date | None] | None:
    start = iso_day(e["start"])
    if start is None:
        return None
    end = iso_day(e["end"], last=True) if _known(e["end"]) else None
    if end is None and (_known(e["start"]) and len(str(e["start"])) < 10):
        end = iso_day(e["start"], last=True)
    return start, end


def _overlap(a: dict, b: dict) -> bool | None:
    """True/False when both are dated (open ends run on), None when either is not."""
    return _intervals_overlap(_interval(a), _interval(b))


def _intervals_overlap(ia: _Span | None, ib: _Span | None) -> bool | None:
    if ia is None or ib is None:
        return None
    return _days_meet(ia, ib)


def _days_meet(ia: _Span, ib: _Span) -> bool:
    """Can two spans be the days of one event: they overlap, and neither runs on from a
    first day (:func:`_begun_apart`) that the other begins weeks after."""
    return spans_overlap(ia, ib) and not _begun_apart(ia, ib)


def _begun_apart(ia: _Span, ib: _Span) -> bool:
    """Does one span run on from its first day and the other begin a sitting's days or more
    after it? A report gives no last day while the event goes on ("the talks opened on 11
    March"), not weeks on: "the parties will reconvene in May" is another sitting."""
    (a0, a1), (b0, b1) = ia, ib
    return (a1 is None and (b0 - a0).days >= _SITTING_DAYS) or (
        b1 is None and (a0 - b0).days >= _SITTING_DAYS)


def _parties_match(a: dict, b: dict) -> bool:
    return _sets_match(frozenset(a["participants"] or ()), frozenset(b["participants"] or ()))


def _sets_match(pa: frozenset, pb: frozenset) -> bool:
    if not pa or not pb:
        return False
    return pa <= pb or pb <= pa or len(pa & pb) >= 2


def _same_place(a: dict, b: dict) -> bool | None:
    return _cities_match(_city(a), _city(b))


def _city(e: dict) -> str | None:
    """The event's town as merges compare it: "Panama City" is "Panama" (one report names
    the town as its country, another adds "City"), "Yaoundé" is "Yaounde" and "Ma'arra" is
    "Maarra" (each report spells it as its article does); None when not known."""
    c = e.get("city")
    if not _text(c):
        return None
    return fold_name(c.removesuffix(" City") or c).replace("'", "").replace("’", "")


def _cities_match(ca: str | None, cb: str | None) -> bool | None:
    """True: one town; False: two towns; None: either not known, or one of them a wider
    place or a site (:func:`_wide_places`) that the other may lie in ("the Normandy summit"
    and the summit in Caen; talks "on Bali" and talks in a resort town there)."""
    if ca is None or cb is None:
        return None
    if ca == cb:
        return True
    wide = _wide_places()
    if (ca in wide) != (cb in wide):
        return None
    return False


@functools.cache
def _wide_places() -> frozenset[str]:
    """The gazetteer's places (as :func:`_city` gives them) that are no town: a region, an
    island, a resort or an estate ("Normandy", "Bali", "Chequers"), listed as a venue but
    neither a capital nor a town of its country in the towns' list. Two such places are
    told apart as towns are (they may be far apart), not one of them from a town."""
    capitals = {fold_name(c) for e in read_lexicon("countries")["entries"]
                for c in e.get("capitals") or ()}
    venues = {}  # folded name -> (name, country) of each place that is no building or capital
    for e in read_lexicon("places")["entries"]:
        if e.get("city"):
            continue  # a building: its events are placed in its town
        for name in (e["name"], *(e.get("aliases") or ())):
            if fold_name(name) not in capitals:
                venues[fold_name(name)] = (name, e.get("country"))
    towns = town_countries_of(frozenset(venues))
    return frozenset(_city({"city": name}) for folded, (name, country) in venues.items()
                     if country not in towns.get(folded, ()))


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def _round(e: dict) -> int | None:
    r = e.get("round")
    if r is None or r is pd.NA or (isinstance(r, float) and pd.isna(r)):
        return None
    return int(r)


# One empty set of parties for every key and context that has none: ``frozenset()`` makes a
# new object (216 bytes) each time it is called, one per event of a large family.
_NO_PARTIES: frozenset = frozenset()


class _Key(NamedTuple):
    """What the merge rules read of one event, computed once."""

    doc: Any
    family: str | None
    city: str | None
    round: int | None
    parties: frozenset
    span: _Span | None
    # the article's parties, for an event that names none (see _article_parties)
    context: frozenset = _NO_PARTIES
    # a session (one sitting of talks), which may be one part of a longer round
    session: bool = False
    # a summit, merged with talks (``_ONE_GATHERING``) only when both are dated
    summit: bool = False
    # an event still ahead when its article was published: that day (see _ahead_of)
    after: dt.date | None = None
    # a meeting of some of the parties of a larger one its article tells on those days
    # (see _with_parts)
    part: bool = False
    # the day its article was published (None: not known), which an undated report of talks
    # is news of (see _long_before)
    told: dt.date | None = None
    # the building or site it was held in, as merges compare it (see _at_its_venue)
    venue: str | None = None
    # who made a statement: their name's words, folded (see _speaker and _said_by)
    speaker: tuple[str, ...] | None = None


# The event type that names one sitting within talks ("Thursday's session of ministers"),
# not the talks as a whole.
_SESSION_TYPE = "talks_session"


# Families that the chronology merges as one: reports call one meeting of leaders a
# "summit", a "meeting" or "talks" as their writers please ("the two presidents met",
# "Sunday's summit"), so the type tells no two such gatherings apart; their days, town and
# parties do.
_ONE_GATHERING = {"summit": "talks"}


def _merge_family(event_type: str | None) -> str | None:
    """The family whose events may be one real event (:func:`event_family`, a summit counted
    with talks and meetings: ``_ONE_GATHERING``)."""
    family = event_family(event_type)
    return _ONE_GATHERING.get(family, family)


def _summit(event_type: str | None) -> bool:
    return event_family(event_type) in _ONE_GATHERING


# The statuses of an event that its report tells as still to come (not a proposal, whose
# "proposed" is the offer made).
_AHEAD_STATUSES = frozenset({"scheduled", "planned", "proposed", "expected", "undecided"})


def _ahead(family: str | None, status: Any, published: dt.date | None) -> dt.date | None:
    """The day from which an event lies ahead: its article's publication day, when the
    article tells it as still to come (planned, expected...); else None."""
    if published is None or family == "proposal" or status not in _AHEAD_STATUSES:
        return None
    return published


def _key(e: dict, published: dict | None = None) -> _Key:
    return _Key(
        e["doc_id"],
        _merge_family(e["type"]),
        _city(e),
        _round(e),
        frozenset(e["participants"] or ()),
        _interval(e),
        session=e["type"] == _SESSION_TYPE,
        summit=_summit(e["type"]),
        after=_ahead(_merge_family(e["type"]), e.get("status"), (published or {}).get(e["doc_id"])),
        told=(published or {}).get(e["doc_id"]),
        venue=_venue(e.get("venue")),
        speaker=_speaker(e.get("speaker")),
    )


def _speaker(value: Any) -> tuple[str, ...] | None:
    """The words of a statement's speaker's name, folded: how merges compare speakers."""
    return tuple(fold_name(value).replace(".", " ").split()) or None if _text(value) else None


def _one_speaker(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Is one name the other's last words ("Trump" and "Donald Trump"; "the ministry" is no
    name of both "Norland's ministry" and "Sudland's ministry": neither ends the other)?"""
    short, long = sorted((a, b), key=len)
    return long[len(long) - len(short):] == short


def _said_by(a: _Key, b: _Key) -> bool | None:
    """Do two statements, each with its speaker, tell one statement by the speakers alone?
    False: two speakers (whatever their days, parties or town, one's statement is not the
    other's); True: one speaker on one day, or a report with no day of its article's day
    (:func:`_news_days`) and one that gives that day ("Jon Vale said on Monday" and, in
    Tuesday's paper, "Vale told reporters"); None: the other rules decide."""
    if a.speaker is None or b.speaker is None:
        return None
    if not _one_speaker(a.speaker, b.speaker):
        return False
    if a.span is not None and b.span is not None:
        return bool(_sitting(a.span) and _sitting(b.span) and _intervals_overlap(a.span, b.span)) or None
    undated, dated = (a, b) if a.span is None else (b, a)
    return (dated.span is not None and _last_day(dated.span) in _news_days(undated, True)) or None


def _same_event(a: dict, b: dict) -> bool:
    """Do two events (of different articles) report one real event?"""
    return _keys_match(_key(a), _key(b))


def _keys_match(a: _Key, b: _Key) -> bool:
    if a.family != b.family:
        return False
    if _ahead_of(a, b) or _ahead_of(b, a):
        return False
    if (said := _said_by(a, b)) is not None:
        return said
    if (a.part and not b.parties <= a.parties) or (b.part and not a.parties <= b.parties):
        # two ministers meeting beside a three-way meeting are not the three's meeting
        return False
    if a.summit != b.summit and (a.span is None or b.span is None):
        # a summit and talks are one by their days: an undated summit hoped for at a town
        # is not the talks held there, nor an undated round the summit on its day
        return False
    if a.session != b.session and _part_of(*((a, b) if a.session else (b, a))):
        return False
    ra, rb = a.round, b.round
    place = _cities_match(a.city, b.city)
    parties = _sets_match(a.parties, b.parties)
    if place is False:
        return False
    if ra is not None and rb is not None:
        if ra != rb and not (_one_sitting(a.city, a.span, b.city, b.span)
                             and _sets_match(_named(a), _named(b))):
            return False
        if ra == rb and (parties or place):
            return True
    overlap = _intervals_overlap(a.span, b.span)
    if overlap is False:
        return False
    if overlap:
        if a.span != b.span and (_a_year(a.span) or _a_year(b.span)) and not (
                place or (ra is not None and ra == rb) or a.family in _NAMED_BY_YEAR):
            # "talks in 2024" and talks on 2 July: the year holds every round of those
            # parties; only the town or the round number tells which one it was
            return False
        if a.family in _SEALED_ON_A_DAY and _other_days(a.span, b.span):
            return False
        parties = parties or _sets_match(_named(a), _named(b)) or _of_its_story(a, b)
        # "the 26th round ..., held on Wednesday and Thursday": one number on the very same
        # days is one sitting, though one report names neither its town nor its parties
        return bool(place or parties or (ra is not None and ra == rb and a.span == b.span
                                         and _sitting(a.span)))
    # one or both undated: same venue and same parties, or one plan (:func:`_one_plan`)
    if _long_before(a, b) or _long_before(b, a):
        return False
    return (bool(place and parties) or _one_plan(a, b) or _news_of_its_day(a, b)
            or _news_of_its_day(b, a) or _at_its_venue(a, b) or _at_its_venue(b, a))


def _venue(value: Any) -> str | None:
    return fold_name(value) if _text(value) else None


# how long after a sitting an undated report of one at its venue is news of it
_VENUE_NEWS_DAYS = 31


def _at_its_venue(undated: _Key, dated: _Key) -> bool:
    """Is ``undated`` (held, with no date, at a named building) the sitting ``dated`` held
    there in the month before its article, with no parties of either that tell them apart?
    "Last week, the two presidents sat down in St. Peter's Basilica" is their meeting there
    another report dates to the 26th."""
    if (undated.venue is None or undated.venue != dated.venue or undated.span is not None
            or dated.span is None or undated.told is None or undated.after is not None):
        return False
    days = (undated.told - (dated.span[1] or dated.span[0])).days
    return 0 <= days <= _VENUE_NEWS_DAYS and (
        not (undated.parties and dated.parties) or _sets_match(undated.parties, dated.parties))


# Families whose event one day holds once for one set of parties, each side's own word
# aside (a statement or a proposal, of which a day holds many): see _news_of_its_day.
_DAYS_NEWS_FAMILIES = frozenset({"talks", "call", "agreement", "prisoners", "bodies"})


def _news_days(k: _Key, speaker: bool = False) -> tuple[int, ...]:
    """The days (ordinals) whose news a report of ``k`` held and given no date may be: the
    day its article was published and the day before; none for a dated report, a plan, or
    an event of which a day holds many (:data:`_DAYS_NEWS_FAMILIES`) unless ``speaker``
    and it has one (one speaker's statements, :func:`_said_by`)."""
    if (k.span is not None or k.after is not None or k.told is None
            or (k.speaker is None if speaker else k.family not in _DAYS_NEWS_FAMILIES)):
        return ()
    day = k.told.toordinal()
    return (day - 1, day)


def _last_day(span: _Span) -> int:
    """The last day of ``span`` (its first when it runs on), as an ordinal."""
    return (span[1] or span[0]).toordinal()


def _news_of_its_day(undated: _Key, dated: _Key) -> bool:
    """Is ``undated`` (held, not dated by its report) the news of its article's day, as
    ``dated`` is: the same parties (:func:`_sets_match`; a report that names none, its
    article's), ``dated`` over on that day or the day before? "Norland and Sudland swapped
    prisoners", published on the 24th, is their swap of the 23rd or the 24th that another
    report dates."""
    return (dated.span is not None and _last_day(dated.span) in _news_days(undated)
            and _sets_match(_named(undated), _named(dated)))


# Families whose undated report is news of its article's days: a report gives the date of talks
# or a call held long before it ("when the two leaders last met, in June 2019"), not of the
# talks it reports. (Not an agreement, named as often without its year as with it.)
_NEWS_FAMILIES = frozenset({"talks", "call"})


def _long_before(undated: _Key, dated: _Key) -> bool:
    """Did ``dated`` end a year or more before the day ``undated`` (of talks or a call, told
    with no date) was reported? "The envoys met in Velm" in this week's report is not the
    summit held in Velm three years before."""
    told, span = undated.told, dated.span
    if (undated.span is not None or span is None or told is None
            or undated.family not in _NEWS_FAMILIES):
        return False
    return ((span[1] or span[0]) - told).days <= -_YEAR_DAYS


def _ahead_of(plan: _Key, b: _Key) -> bool:
    """Was ``b`` over before the day ``plan``'s article told it as still to come? "Jon Vale
    is due to meet Ana Ruiz later this month", written on the 19th, is not their meeting of
    the 4th that another report tells. (A plan dated wholly before its own article is a
    misread past and bounds nothing.)"""
    day = plan.after
    if day is None or b.span is None or b.span[1] is None:
        return False
    own = plan.span
    if own is not None and own[1] is not None and own[1] < day:
        return False
    return b.span[1] < day


def _a_plan(k: _Key) -> bool:
    """Is ``k`` an event still to come that its report gives no day and no town for, only
    its parties ("the two sides will meet in a third country")?"""
    return k.after is not None and k.span is None and k.city is None and bool(k.parties)


def _one_plan(a: _Key, b: _Key) -> bool:
    """Are two such plans (:func:`_a_plan`) of the very same parties told within a sitting's
    days of each other one plan? "Norland and Sudland will meet in a third country" and, two
    days on, "the two sides would sit down together abroad": their next meeting, told
    twice. So are two plans at one town, one of them or both told without a day, of the
    same parties (:func:`_sets_match`; a report that names none, its article's), told within
    a sitting's days of each other: "the round after this one could take place in Velm"
    and, three days before, "the two delegations are expected to meet in Velm on the 14th"."""
    if a.after is None or b.after is None or abs((a.after - b.after).days) >= _SITTING_DAYS:
        return False
    if _a_plan(a) and _a_plan(b):
        return a.parties == b.parties
    return bool((a.span is None or b.span is None) and a.city is not None and a.city == b.city
                and _sets_match(_named(a), _named(b)))


def _plans_at(k: _Key, weeks: tuple[int, ...] = (0,)) -> list[tuple]:
    """The blocks of plans at ``k``'s town told in its fortnight (and the ``weeks`` about it):
    none for an event that is no plan or has no town (:func:`_one_plan`)."""
    if k.after is None or k.city is None:
        return []
    fortnight = k.after.toordinal() // _SITTING_DAYS
    return [("plan at", k.family, k.city, fortnight + w) for w in weeks]


# Families whose events reports name by their year ("a 2018 agreement", "the 2015 deal"):
# the year tells one of those parties' deals from another, as it tells no round of talks
# from the next.
_NAMED_BY_YEAR = frozenset({"agreement"})


# Families whose event is made on one day (an agreement is reached or signed on its day): two
# reports that give their days, neither its first nor its last day the other's, tell two
# of them, however their days overlap ("the truce agreed on the 28th" and "the accord signed
# on 7 August, after talks from 26 July").
_SEALED_ON_A_DAY = frozenset({"agreement"})


def _other_days(sa: _Span | None, sb: _Span | None) -> bool:
    """Do two spans of a sitting's days (:func:`_sitting`, not a month) share neither their
    first nor their last day?"""
    return (_sitting(sa) and _sitting(sb) and sa[0] != sb[0] and sa[1] != sb[1])


def _of_its_story(a: _Key, b: _Key) -> bool:
    """Does one event name no parties and the other one of its article's? Those of an event
    that names none are a guess (:func:`_article_parties`) that takes in every side its
    article names (hosts, mediators, a chairing state): "the last round took place in
    Bratislava on 9-10 October" and Moldova's talks "in October 2019" are one sitting."""
    return bool(not a.parties and a.context & _named(b)) or bool(
        not b.parties and b.context & _named(a))


def _part_of(session: _Key, talks: _Key) -> bool:
    """Is ``session`` one part of the longer ``talks`` (its days fall inside theirs and are
    fewer)? "Four days of talks" and "the ministers' session on the last day" are two
    events, the whole and one of its sittings, however many reports tell both; a session on
    the very days of the talks (or dated vaguer than them) cannot be told from them."""
    s, t = session.span, talks.span
    if s is None or s[1] is None or not _sitting(t):
        return False
    return t[0] <= s[0] and s[1] <= t[1] and (s[1] - s[0]) < (t[1] - t[0])


_SITTING_DAYS = 14  # a span this long or longer (a month, a year) is no sitting's own days


_YEAR_DAYS = 300  # a span this long is a year (or more): it tells no round from another


def _a_year(span: _Span | None) -> bool:
    """Is this span a year or longer (a date given as its year only)?"""
    return span is not None and span[1] is not None and (span[1] - span[0]).days >= _YEAR_DAYS


def _sitting(span: _Span | None) -> bool:
    """Are these the days of one sitting (not a month or a year it fell in)?"""
    return span is not None and span[1] is not None and (span[1] - span[0]).days < _SITTING_DAYS


def _one_sitting(ca: str | None, sa: _Span | None, cb: str | None, sb: _Span | None) -> bool:
    """The same town and the same days of a sitting as far as both reports tell them: one
    sitting, whatever round numbers two reports give it (a number is often read off a nearby
    "first session", or off a correction of an earlier number; one set of parties does not
    sit twice in one town on the same days). A report written while the talks go on gives
    their first day only ("began on Saturday": no last day); a later one gives all their
    days: that first day at the same town is the sitting of those days."""
    if not _cities_match(ca, cb) or sa is None or sb is None or sa[0] != sb[0]:
        return False
    if sa[1] is None or sb[1] is None:
        # (two first days alone show no sitting: two numbers, two rounds opened that day)
        return _sitting(sa) or _sitting(sb)
    return sa == sb and _sitting(sa)


def build_chronology(events: pd.DataFrame, articles: pd.DataFrame | None = None) -> pd.DataFrame:
    """Merge the events that several articles report into one ordered chronology.

    Two events are one when they are of the same family (talks, call, statement...; a summit
    counts as talks when both are dated, ``_ONE_GATHERING``) and their dates overlap (one inside
    the other counts), or they are the same numbered round, or one is undated and they share
    venue and parties; and they are at the same venue or have the same parties (a dated event
    that names none counts those of its article, when the article's events are of one
    negotiation: their parties chain together, or are two in all; so does a meeting that names
    one of them). Two round numbers for the very same days of a sitting at one town are one
    sitting, and so are they for a report of its first day only and one of its days from
    that day; a session on fewer days within those of a sitting is one part of it, not the
    sitting; a report dated by its year only is one with a report of a day or month in it only
    at the same town or of the same round (an agreement also by its parties: deals are named
    by their year); an event that its article tells as still to come is none over before
    that article's day; a meeting of some of the parties of a larger one that its article
    tells on those days of a sitting (at its margins) is one only with a report of those parties or
    fewer (a numbered round is never such a part); two events still to come with no day or
    town, of the very same parties, told within a sitting's days of each other are one plan,
    and so are two at one town, one of them or both without a day. A wide place named as the
    venue (a region, an island, an estate: ``_wide_places``) is no other town than a town in
    it; two agreements dated to days that share neither first nor last day are two; an
    undated report of talks or a call is none held a year or more before its article, and an
    undated report of talks, a call, a deal or a swap is one of the same parties over on its
    article's day or the day before (the news of that day). Statements and announcements
    whose speakers are known are one when their speaker is one ("Vale" is "Jon Vale") and
    their days are one, or one is undated and told on that day or the next; two speakers'
    statements are never one, nor does a group take in two speakers. An event joins a group only if no member of another
    article contradicts it, and days that more of the group's articles contradict are no reason
    to keep it out; a group never holds two events of one article (an article that tells two
    events tells two real events). Each source keeps its own dates: where they differ,
    ``conflicts`` says so, and the entry takes the most reported dates (then the earliest).

    Parameters
    ----------
    events : DataFrame
        As :func:`analysis.events.extract_events` gives; only ``EVENT_COLUMNS_READ`` are read.
    articles : DataFrame, optional
        ``doc_id`` and ``published``: undated entries are placed by the publication date of
        the first article that reports them (without it they go last).

    Returns
    -------
    DataFrame
        Columns ``CHRONOLOGY_COLUMNS``: ``chronology_id`` (``c001``... in the order of the
        table), ``type`` (most reported), ``start``, ``end`` (ISO strings or None), ``city``,
        ``country``, ``participants`` (sorted tuple), ``speaker`` (of a statement: the fullest
        name its sources give, else None), ``event_ids`` and ``doc_ids`` (tuples),
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
    # (what merging holds, the events' columns among it, is let go before the frame is made)
    entries = _merged_entries(events, published)
    series = _assign_series(entries)
    ranked = sorted(
        range(len(entries)),
        key=lambda n: (
            entries[n].sort,
            _TYPE_ORDER.index(entries[n].type) if entries[n].type in _TYPE_ORDER else 99,
            entries[n].event_ids,
        ),
    )
    data: dict[str, list] = {"chronology_id": [f"c{n:03d}" for n in range(1, len(ranked) + 1)]}
    for c in CHRONOLOGY_COLUMNS[1:]:
        data[c] = [series.get(n) for n in ranked] if c == "series" else [
            getattr(entries[n], c) for n in ranked
        ]
    entries.clear()  # (the columns hold their values: the tuples go before the frame)
    frame = pd.DataFrame(data, columns=list(CHRONOLOGY_COLUMNS))
    frame["round"] = frame["round"].astype("Int64")
    frame["sources"] = frame["sources"].astype("int64")
    frame["dated"] = frame["dated"].astype(bool)
    return frame


def _merged_entries(events: pd.DataFrame, published: dict[str, dt.date]) -> list[_Entry]:
    """The entries of :func:`build_chronology`, one for each group of events that report one
    real event, in the order the pairwise walk lists the groups (by their first event)."""
    # Columns as codes into their distinct values, and a row dict only while it is read: a
    # dict, or a Python object per cell, held for the whole run would weigh more than the
    # events frame itself.
    read = [c for c in events.columns if c in EVENT_COLUMNS_READ]
    columns = {c: _distinct(events[c]) for c in read}

    def row(i: int) -> dict:
        return {c: values[codes[i]] for c, (codes, values) in columns.items()}

    (doc_codes, docs), (id_codes, ids) = columns["doc_id"], columns["event_id"]
    # The events at a known town first, then by article and id: the walk is greedy, and a
    # report that only its parties tie to a group (a month's "talks", a day's remark with no
    # town) would otherwise take the place of its article's report of the very meeting at
    # the group's town (an article's two events never join one group).
    city_codes, cities = columns.get("city", (np.zeros(len(doc_codes), dtype=np.int64), [None]))
    townless = np.array([_city({"city": c}) is None for c in cities], dtype=bool)[city_codes]
    order = np.lexsort((_ranks(ids)[id_codes], _ranks(docs)[doc_codes], townless))
    type_codes, types = columns["type"]
    party_codes, parties = columns["participants"]
    party_sets = [frozenset(v or ()) for v in parties]
    contexts = _article_parties(
        [(docs[doc_codes[i]], ids[id_codes[i]], party_sets[party_codes[i]]) for i in order]
    )
    family_of_type = np.array([_merge_family(t) for t in types], dtype=object)
    family_codes, families = pd.factorize(family_of_type[type_codes[order]], use_na_sentinel=False)
    # One family at a time, the largest first: events of two families never merge, so only
    # one family's keys and indexes are held, beside the entries (small) of those done.
    found: list[tuple[int, _Entry]] = []
    shared: dict = {}  # one object for each value that many entries share (parties, articles)
    for f in np.argsort(-np.bincount(family_codes, minlength=len(families)), kind="stable"):
        positions = np.flatnonzero(family_codes == f)
        keys = _with_parts(_column_keys(columns, order[positions],
                                        [contexts[p] for p in positions], published))
        groups = _merge(keys)
        del keys
        # each group let go once its entry is made (the groups of a large family of events
        # told once each weigh as much as their entries)
        groups.reverse()
        while groups:
            g = groups.pop()
            found.append((positions[g[0]],
                          _entry([row(order[positions[q]]) for q in g], published, shared)))
    del shared
    found.sort(key=lambda first_entry: first_entry[0])  # as the pairwise walk lists groups
    return [e for _, e in found]


# The families whose one event each side may report naming only the other (or itself):
# "India hosted the meeting", "the Bangladeshi delegation attended". Not a statement or a
# proposal, which are one side's own.
_MEETING_FAMILIES = frozenset({"talks", "summit", "call"})


def _family_keys(
    rows: list[dict], contexts: list[frozenset], published: dict | None = None
) -> list[_Key]:
    """The keys of some events (rows), an event that names no parties given its
    ``contexts`` (see :func:`_article_parties`), and so a meeting that names one party of
    its article's negotiation; ``published``: each article's day (:func:`_ahead`)."""
    shared: dict = {}  # one object for each value that many events share (cities, parties, days)
    keys = [_Key(*(shared.setdefault(v, v) for v in _key(e, published))) for e in rows]
    return [k._replace(context=c) if not k.parties or k.family in _MEETING_FAMILIES else k
            for k, c in zip(keys, contexts, strict=True)]


def _column_keys(
    columns: dict[str, tuple[np.ndarray, list]], rows: np.ndarray, contexts: list[frozenset],
    published: dict | None = None,
) -> list[_Key]:
    """:func:`_family_keys` of the events at ``rows`` of ``columns`` (each column as codes
    into its distinct values, :func:`_distinct`): each distinct value's part of a key is
    worked out once, and no event is made a dict (the same keys, in a fraction of the time).
    """
    missing = (np.zeros(len(columns["doc_id"][0]), dtype=np.int64), [None])
    (doc_codes, docs), (type_codes, types) = columns["doc_id"], columns["type"]
    city_codes, cities = columns.get("city", missing)
    round_codes, rounds = columns.get("round", missing)
    status_codes, statuses = columns.get("status", missing)
    venue_codes, venues = columns.get("venue", missing)
    party_codes, parties = columns["participants"]
    (start_codes, starts), (end_codes, ends) = columns["start"], columns["end"]
    site = [_venue(v) for v in venues]
    speaker_codes, speakers = columns.get("speaker", missing)
    voice = [_speaker(v) for v in speakers]
    family = [_merge_family(t) for t in types]
    session = [t == _SESSION_TYPE for t in types]
    summit = [_summit(t) for t in types]
    day = [(published or {}).get(d) for d in docs]
    town = [_city({"city": c}) for c in cities]
    number = [_round({"round": r}) for r in rounds]
    party = [frozenset(v or ()) for v in parties]
    spans: dict[tuple[int, int], _Span | None] = {}
    out = []
    for i, context in zip(rows.tolist(), contexts, strict=True):
        t, q, when = type_codes[i], party_codes[i], (start_codes[i], end_codes[i])
        if when not in spans:
            spans[when] = _interval({"start": starts[when[0]], "end": ends[when[1]]})
        named, d = party[q], doc_codes[i]
        out.append(_Key(
            docs[d], family[t], town[city_codes[i]], number[round_codes[i]], named,
            spans[when], context if not named or family[t] in _MEETING_FAMILIES else _NO_PARTIES,
            session[t], summit[t], _ahead(family[t], statuses[status_codes[i]], day[d]),
            told=day[d], venue=site[venue_codes[i]], speaker=voice[speaker_codes[i]],
        ))
    return out


def _with_parts(keys: list[_Key]) -> list[_Key]:
    """``keys``, each meeting (of no round number) marked a ``part`` whose article tells,
    on days of a sitting that meet its own and at no other town, a meeting of more parties
    that takes in all of its (not a month's plans): "Jon Vale also met Ana Ruiz at the margins of the
    ministers' gathering" tells two meetings, and another report of the three ministers'
    meeting is not the two's."""
    dated: dict[Any, list[int]] = {}
    for p, k in enumerate(keys):
        if k.family in _MEETING_FAMILIES and k.parties and k.span is not None:
            dated.setdefault(k.doc, []).append(p)
    for positions in dated.values():
        for p in positions:
            k = keys[p]
            # (a numbered round is the sitting itself, told with its parties and not its
            # hosts: "the first round" beside "Ostria hosted the talks of the two")
            if k.round is None and _sitting(k.span) and any(
                    k.parties < keys[q].parties and _sitting(keys[q].span)
                    and _days_meet(k.span, keys[q].span)
                    and _cities_match(k.city, keys[q].city) is not False for q in positions):
                keys[p] = k._replace(part=True)  # (parties, days and town stay as they were)
    return keys


def _ranks(values: list) -> np.ndarray:
    """The place of each value in the sorted ``values`` (distinct, comparable)."""
    ranks = np.empty(len(values), dtype=np.int64)
    ranks[np.argsort(np.array(values, dtype=object), kind="stable")] = np.arange(len(values))
    return ranks


def _article_parties(events: list[tuple[Any, str, frozenset]]) -> list[frozenset]:
    """What each event of (article, event id, parties) is taken to be about when it names no
    parties: its article's parties, when the article is about one negotiation
    (:func:`_one_negotiation`); in a round-up of several, those of the report before it in
    the text that names any (the story it is part of); else none. An event that names one
    party of its article's one negotiation is taken to be about all of them too (read only
    for meetings, :func:`_family_keys`).

    "The talks resumed on Tuesday" in a story about two countries' talks is those two
    countries' talks. Only reports whose dates overlap read the context
    (:func:`_keys_match`): an undated report would otherwise join any report of those
    parties at its town.
    """
    out = [_NO_PARTIES] * len(events)
    articles: dict[Any, list[int]] = {}
    for p, (doc, _, _) in enumerate(events):
        articles.setdefault(doc, []).append(p)
    for positions in articles.values():
        whole = _one_negotiation({events[p][2] for p in positions if events[p][2]})
        before = _NO_PARTIES
        for p in sorted(positions, key=lambda p: event_number(events[p][1]) or 0):
            parties = events[p][2]
            if not parties:
                out[p] = whole or before
                continue
            before = parties
            if len(parties) == 1 and parties < whole:
                out[p] = whole  # "the Indian side hosted": one side of the negotiation
    return out


def _one_negotiation(named: set[frozenset]) -> frozenset:
    """The parties of an article's events when their sets chain together (each shares a
    party with the others'), or when they are two parties in all ("Norland said ...",
    "Sudland replied ...": each side's own events, one negotiation); else the empty set:
    two negotiations side by side."""
    if len(everyone := frozenset().union(*named)) == 2:
        return everyone
    rest = sorted(named, key=lambda s: (-len(s), sorted(s)))
    joined = set(rest.pop(0)) if rest else set()
    while rest:
        linked = [s for s in rest if s & joined]
        if not linked:
            return _NO_PARTIES
        joined.update(*linked)
        rest = [s for s in rest if s not in linked]
    return frozenset(joined)


def _distinct(column: pd.Series) -> tuple[np.ndarray, list]:
    """``column`` as codes into its distinct values: ``values[codes[i]]`` is ``column.tolist()[i]``.

    An Arrow column (the export's events) reads as its Python values: None where missing,
    tuples for lists.
    """
    if isinstance(column.dtype, pd.ArrowDtype):
        cells = pa.array(column.array).to_pylist()
        column = pd.Series([tuple(v) if isinstance(v, list) else v for v in cells], dtype=object)
    try:
        codes, uniques = pd.factorize(column)
    except TypeError:  # unhashable cells (lists)
        return np.arange(len(column)), column.tolist()
    # missing cells (code -1) keep their own marker (None, NaN): one value when all share it
    values = uniques.tolist()
    missing = np.flatnonzero(codes == -1)
    markers = column.iloc[missing].tolist()
    if len({(type(m), repr(m)) for m in markers}) <= 1:  # all None, all NaN, ...
        codes[missing] = len(values)
        return _narrow(codes), values + markers[:1]
    codes[missing] = np.arange(len(values), len(values) + len(missing))
    return _narrow(codes), values + markers


def _narrow(codes: np.ndarray) -> np.ndarray:
    """``codes`` as 32-bit integers (half the bytes: the columns are held through the merge)."""
    return codes.astype(np.int32) if len(codes) < np.iinfo(np.int32).max else codes


def _merge(keys: list[_Key]) -> list[list[int]]:
    """Group events of one family (positions in ``keys``) that report one real event.

    Greedy and order-dependent, as going through every pair would be: each event in turn
    with every later one, a pair joining their groups when the events are the same
    (:func:`_keys_match`), neither group contradicts the other event (:func:`_fits`) and no
    article has an event in both (its two events are two real events).
    Only the later events that :class:`_Candidates` finds can match are looked at, in the
    same order, so the groups are those of the pairwise walk without its n² comparisons.
    Groups are listed by their first position, members in position order.
    """
    parent = list(range(len(keys)))
    # per group root of more than one event: its articles (a group of one: its event's), a
    # tuple while they are few (:func:`_joined`)
    articles: dict[int, tuple | set] = {}
    # per group root whose members say more than one thing: what they say (city, round,
    # dates) -> the articles that say it (a tuple: a group has one event of each article).
    # None while all its members say what its root's event says, as nearly every group of
    # a large corpus does: its articles are those that say it (saves a dict per group).
    says: list[dict[tuple, tuple] | None] = [None] * len(keys)

    def said(r: int) -> dict[tuple, Collection]:
        if says[r] is None:
            k = keys[r]
            return {(k.city, k.round, k.span): articles.get(r) or (k.doc,)}
        return says[r]

    def statements(r: int) -> int:
        return 1 if says[r] is None else len(says[r])

    def shared_article(rx: int, ry: int) -> bool:
        ax, ay = articles.get(rx), articles.get(ry)
        if ax is None:
            return keys[rx].doc in ay if ay is not None else keys[rx].doc == keys[ry].doc
        if ay is None:
            return keys[ry].doc in ax
        if isinstance(ax, set):
            return not ax.isdisjoint(ay)
        return not ay.isdisjoint(ax) if isinstance(ay, set) else any(d in ay for d in ax)

    # per group root, until it takes in another: how many reports back each of its spans,
    # and the spans and round numbers that more of its sources contradict (worked out when
    # first asked)
    backings: dict[int, dict[_Span, int]] = {}
    void: dict[int, tuple[set, set]] = {}
    # per group root of more than one event whose members name speakers: those speakers (a
    # group that takes in a speakerless report takes in no other speaker's statement)
    voices: dict[int, tuple] = {}

    def voiced(r: int) -> tuple:
        return voices.get(r) or ((keys[r].speaker,) if keys[r].speaker is not None else ())

    def backing(r: int) -> dict[_Span, int]:
        if r not in backings:
            backings[r] = _date_backing(said(r))
        return backings[r]

    def outvoted(r: int) -> tuple[set, set]:
        if r not in void:
            void[r] = (_outvoted_days(said(r), backing(r)), _outvoted_numbers(said(r)))
        return void[r]

    candidates = _Candidates(keys, parent)
    for x, a in enumerate(keys):
        # (a group whose members all say what undated x says has no date to bound it)
        rx = _find(parent, x)
        bound = (_bound(said(rx), backings.get(rx))
                 if a.span is None and says[rx] is not None else None)
        ys, i = candidates.later(x, rx, said, bound, outvoted,
                                 lambda r, rx=rx: shared_article(rx, r)), 0
        apart: set[int] = set()  # the groups found to share an article with x's
        while i < len(ys):
            y, i = ys[i], i + 1
            b = keys[y]
            if a.doc == b.doc:
                continue
            rx, ry = _find(parent, x), _find(parent, y)
            if rx == ry or ry in apart:
                continue
            if shared_article(rx, ry):
                # and it stays so (groups only grow): its other members are passed over
                apart.add(ry)
                continue
            if (_keys_match(a, b) and _fits(said(rx), b, lambda rx=rx: outvoted(rx))
                    and _fits(said(ry), a, lambda ry=ry: outvoted(ry))
                    and all(_one_speaker(p, q) for p in voiced(rx) for q in voiced(ry))):
                if statements(rx) < statements(ry):
                    rx, ry = ry, rx
                if says[rx] is not None or says[ry] is not None or (
                        _statement(keys[rx]) != _statement(keys[ry])):
                    # (the articles as tuples: a set is the group's own, and grows)
                    mine = says[rx] or {s: tuple(docs) for s, docs in said(rx).items()}
                    for statement, docs in said(ry).items():
                        mine[statement] = mine.get(statement, ()) + tuple(docs)
                    says[rx], says[ry] = mine, None
                articles[rx] = _joined(articles.pop(rx, (keys[rx].doc,)),
                                       articles.pop(ry, (keys[ry].doc,)))
                if heard := voiced(rx) + voiced(ry):
                    voices[rx] = heard
                    voices.pop(ry, None)
                for cache in (backings, void):
                    cache.pop(rx, None)
                    cache.pop(ry, None)
                parent[ry] = rx
                if a.span is None and (now := _bound(said(rx), backing(rx))) != bound:
                    # the group has a date now, or most of its sources give other days: only
                    # the events that can fit them are left
                    bound = now
                    later = candidates.later(x, rx, said, bound, outvoted,
                                             lambda r, rx=rx: shared_article(rx, r))
                    ys, i = [p for p in later if p > y], 0
    del candidates  # (its blocks weigh more than the groups made now)
    groups: dict[int, list[int]] = {}
    for p in range(len(keys)):
        groups.setdefault(_find(parent, p), []).append(p)
    return list(groups.values())


def _statement(k: _Key) -> tuple:
    """What event ``k`` says that other events of its group must not contradict."""
    return k.city, k.round, k.span


def _find(parent: list[int], i: int) -> int:
    """The root of ``i``'s group in the union-find ``parent`` (halving the paths walked)."""
    while parent[i] != i:
        parent[i] = parent[parent[i]]
        i = parent[i]
    return i


# A group's articles are held as a tuple up to this many (a set weighs 216 bytes at least,
# 728 from five), then as a set (a large group is asked about often).
_FEW_ARTICLES = 8


def _joined(a: tuple | set, b: tuple | set) -> tuple | set:
    """The articles of two groups (none in both) as those of one."""
    if isinstance(a, set):
        a.update(b)
        return a
    if isinstance(b, set):
        b.update(a)
        return b
    return a + b if len(a) + len(b) <= _FEW_ARTICLES else {*a, *b}


def _bound(says: dict[tuple, set], backing: dict[_Span, int] | None = None) -> tuple | None:
    """A dated statement of a group that an event must fit to join it, or None.

    ``(city, round, span, doc)``: an event joins only if its dates overlap ``span``, or it
    is of that round, or it comes from ``doc``, the one article that says it (None when
    several do: no event is let off). The statement is one of those whose days most of the
    group's reports back (:func:`_date_backing`), which none can outvote
    (:func:`_outvoted_days`); among them, one that several articles say, then the first.
    ``backing``: the group's :func:`_date_backing`, when the caller has it.
    """
    dated = [(statement, docs) for statement, docs in says.items() if statement[2] is not None]
    if len(dated) > 1:
        backing = _date_backing(says) if backing is None else backing
        dated = [max(dated, key=lambda sd: (backing[sd[0][2]], len(sd[1]) > 1))]
    if not dated:
        return None
    (city, ra, span), docs = dated[0]
    return (city, ra, span, None if len(docs) > 1 else next(iter(docs)))


def _date_backing(says: dict[tuple, set]) -> dict[_Span, int]:
    """For each distinct date span of a group, how many of its reports (an article for each
    statement) give days that agree with it (overlap it)."""
    given: dict[_Span, int] = {}
    for (_, _, span), docs in says.items():
        if span is not None:
            given[span] = given.get(span, 0) + len(docs)
    if len(given) == 1:
        return given
    return {s: sum(n for t, n in given.items() if spans_overlap(s, t)) for s in given}


def _outvoted_days(says: dict[tuple, set], backing: dict[_Span, int] | None = None) -> set:
    """The date spans of a group that other days, backed by more of its reports,
    contradict: one source's slip (a "last month" of the sentence read as the talks' month),
    kept as a conflict of the entry but no reason to keep out a report of the days most
    sources give. ``backing``: as :func:`_bound`."""
    backing = _date_backing(says) if backing is None else backing
    if len(backing) < 2:
        return set()
    return {s for s, n in backing.items()
            if any(m > n and not spans_overlap(s, t) for t, m in backing.items())}


def _outvoted_numbers(says: dict[tuple, set]) -> set:
    """The round numbers of a group that more of its articles give another number than: two
    numbers for one sitting (:func:`_one_sitting`), the one fewer sources give is no reason to
    keep out a report of the other."""
    by_number: dict[int, set] = {}
    for (_, ra, _), docs in says.items():
        if ra is not None:
            by_number.setdefault(ra, set()).update(docs)
    most = max((len(docs) for docs in by_number.values()), default=0)
    return {ra for ra, docs in by_number.items() if len(docs) < most}


def _outvoted(says: dict[tuple, set]) -> tuple[set, set]:
    return _outvoted_days(says), _outvoted_numbers(says)


def _fits(
    says: dict[tuple, set], other: _Key, outvoted: Callable[[], tuple[set, set]] | None = None
) -> bool:
    """An event joins a group only when no member contradicts it: no member is of its own
    article or in another town, and none is of another round or on other days (a round number
    or days that more of the group's sources contradict do not count:
    :func:`_outvoted_numbers`, :func:`_outvoted_days`).

    ``says`` maps each (city, round, dates) of the group's members to their articles;
    ``outvoted`` gives its outvoted days and numbers (for a caller that keeps them per
    group).
    """
    # (the checks of _cities_match and _intervals_overlap, written out: this runs for every
    # statement of every group an event is offered to)
    void = None  # the group's outvoted days and numbers, worked out when first read
    town, number, span_b = other.city, other.round, other.span
    for (city, ra, span), docs in says.items():
        if city is not None and town is not None and city != town and (
                _cities_match(city, town) is False):
            # one article's two events in two towns are two events, whatever joined them
            return False
        if other.doc in docs:
            # an article that tells two events tells two real events ("four days of talks",
            # "the ministers' session on the last day"): its other event is in the group
            return False
        if ra is not None and number is not None:
            if ra == number:
                continue  # the same round: no dates can tell them apart
            if not _one_sitting(city, span, town, span_b):
                if void is None:
                    void = _outvoted(says) if outvoted is None else outvoted()
                if ra not in void[1]:
                    return False
        if span is not None and span_b is not None and not _days_meet(span, span_b):
            if void is None:
                void = _outvoted(says) if outvoted is None else outvoted()
            if span not in void[0]:
                return False
    return True


class _Dated:
    """The distinct date spans of one block, to find those that overlap a given span.

    ``spans`` (first day, last day or None: open): a set, or a dict of each span to what it
    holds (the events that give it, for :class:`_Candidates`); a set's spans hold themselves.
    They are kept in sorted lists, no dict or tuple of their own: a large corpus has one
    entry here for most of its dated events.
    """

    def __init__(self, spans: Collection[tuple[int, int | None]]) -> None:
        holds = spans if isinstance(spans, dict) else {s: s for s in spans}
        opened = sorted(s for s in holds if s[1] is None)
        self._open = [f for f, _ in opened]
        self._open_holds = [holds[s] for s in opened]
        # closed spans by length class (0: at most one day or reversed; k: < 2**k days), in
        # the order of their first days, with what each holds
        classes: dict[int, list[tuple[int, int]]] = {}
        for s in sorted(s for s in holds if s[1] is not None):
            classes.setdefault(max(s[1] - s[0], 0).bit_length(), []).append(s)
        self._classes = [((1 << k) - 1, [s[0] for s in c], c, [holds[s] for s in c])
                         for k, c in sorted(classes.items())]

    def overlapping(self, first: int, last: int | None) -> list:
        """What the spans that overlap ``first``..``last`` (as :func:`_overlap`) hold."""
        if last is None:
            # the same open span, and the closed spans that end on or after its first day
            at = bisect_left(self._open, first)
            out = [self._open_holds[at]] if self._open[at : at + 1] == [first] else []
            for longest, starts, spans, holds in self._classes:
                lo, mid = bisect_left(starts, first - longest), bisect_left(starts, first)
                out += [holds[i] for i in range(lo, mid) if spans[i][1] >= first]
                out += holds[mid:]
            return out
        out = self._open_holds[: bisect_right(self._open, max(first, last))]
        for longest, starts, spans, holds in self._classes:
            lo, hi = bisect_left(starts, first - longest), bisect_right(starts, last)
            out += [holds[i] for i in range(lo, hi) if spans[i][1] >= first]
        return out


# The events of one block, in position order: a list, or the position itself of an event
# that is alone there (most blocks of dated events; a tuple or list would weigh 48 bytes more).
_Held = list[int] | int


class _Candidates:
    """Indexes of the events by family and city, participant or round.

    Two events can be the same only when they are of one family and at the same city or
    with a participant in common; and then either of the same round, or with overlapping
    dates, or (one undated) at the same city. :meth:`later` lists the later events that
    meet that, a superset of those :func:`_keys_match` accepts.

    A block holds its events' positions only, in order, and is never changed: the group of
    each is looked up (:func:`_find` in the merge's ``parent``) when a block is read, so
    merges cost the index nothing. (A dict of group -> positions per block, with each group's blocks, weighed
    about as much as the rest of the merge.) The dated blocks are one :class:`_Dated` per
    block of :func:`_blocks` (and rounds), which maps each span to its events.
    """

    def __init__(self, keys: list[_Key], parent: list[int]) -> None:
        self._keys = keys
        self._parent = parent  # the merge's union-find of groups (see _find)
        # block without dates -> its events (see _keyed; undated rounds; numbered days)
        self._blocks: dict[tuple, _Held] = {}
        dated: dict[tuple, dict[tuple[int, int | None], _Held]] = {}
        # the cities (None: no city) of the events of each family and participant
        self._cities: dict[tuple, set[str | None]] = {}
        # each distinct span in days, one object held by all the blocks that name it
        self._days: dict[_Span, tuple[int, int | None]] = {}
        # the events of each article
        self._docs: dict[Any, list[int]] = {}
        # (each position as the int object that ``parent`` holds, all its own yet: the blocks
        # hold one object per event, not one more)
        for p, k in zip(parent, keys, strict=True):
            self._docs.setdefault(k.doc, []).append(p)
            for q in _named(k):
                self._cities.setdefault((k.family, q), set()).add(k.city)
            rounds = self._rounds(k)
            for b in self._keyed(k, undated=k.span is None):
                _hold(self._blocks, b, p)
            if k.speaker is not None and k.span is not None:
                _hold(dated.setdefault(("speaker", k.family, k.speaker[-1]), {}),
                      self._ordinals(k.span), p)
            if k.span is None:
                for b in rounds:
                    _hold(self._blocks, ("undated", b), p)
                continue
            span = self._ordinals(k.span)
            for b in _blocks(k) + rounds:
                _hold(dated.setdefault(b, {}), span, p)
            if k.round is not None:
                _hold(self._blocks, ("numbered", k.family, k.round, span), p)
        self._dated = {b: _Dated(dated.pop(b)) for b in list(dated)}

    @staticmethod
    def _rounds(k: _Key) -> list[tuple]:
        return [("round", k.round, *b) for b in _blocks(k)] if k.round is not None else []

    def _ordinals(self, span: _Span) -> tuple[int, int | None]:
        days = self._days.get(span)
        if days is None:
            days = self._days[span] = _ordinals(span)
        return days

    @staticmethod
    def _keyed(k: _Key, undated: bool) -> list[tuple]:
        """The blocks without dates that hold (``undated``: that an undated event asks) ``k``."""
        out = []
        if k.round is not None:
            out += [("round", k.round, *b) for b in _blocks(k)]
        if k.city is not None:
            out += [("any", k.family, k.city, q) for q in k.parties]
            if undated:
                out += [("undated", k.family, k.city, q) for q in k.parties]
        if _a_plan(k):
            out.append(("plan", k.family, k.parties))
        if k.venue is not None:
            out.append(("venue", k.family, k.venue))
        out += [("news", k.family, q, day) for q in _named(k) for day in _news_days(k)]
        if k.speaker is not None:
            out += [("speaker news", k.family, k.speaker[-1], day) for day in _news_days(k, True)]
        return out + _plans_at(k)

    def later(
        self,
        x: int,
        root: int,
        said: Callable[[int], dict[tuple, tuple]] | None = None,
        bound: tuple | None = None,
        outvoted: Callable[[int], tuple[set, set]] | None = None,
        apart: Callable[[int], bool] | None = None,
    ) -> list[int]:
        """Positions after ``x`` of the events that may be the same as event ``x``.

        Members of group ``root`` (that of ``x``) may be left out of the list, and so may,
        given what each group says (``said(group root)``), the groups that ``x`` does not
        fit (:func:`_fits`; ``outvoted(group root)``: its outvoted days and numbers). ``bound``
        (see :func:`_bound`), for an undated ``x`` whose group has a date: the dated events
        must fit it, so only those whose dates overlap it, of its round or of its article are
        listed, not every event at the city. ``apart(group root)``: whether a group can never
        join that of ``x`` (they share an article), to leave it out too.
        """
        k = self._keys[x]
        near = self._near(k)
        rounds = [("round", k.round, *b) for b in near] if k.round is not None else []
        blocks = self._blocks
        asked: list[_Held] = []  # the events of each block asked
        extra: list[int] = []
        if _a_plan(k):
            asked.append(blocks.get(("plan", k.family, k.parties), ()))
        if k.venue is not None:  # (see _at_its_venue)
            asked.append(blocks.get(("venue", k.family, k.venue), ()))
        asked += [blocks.get(b, ()) for b in _plans_at(k, (-1, 0, 1))]
        # (an undated report and the reports of its article's news days, :func:`_news_of_its_day`)
        if news := _news_days(k):
            days = (dt.date.fromordinal(news[0]), dt.date.fromordinal(news[-1]))
            for b in near:
                asked += self._overlapping(b, days)
        if k.speaker is not None:  # (one speaker's statements, :func:`_said_by`)
            days = k.span
            if days is None and (news := _news_days(k, True)):
                days = (dt.date.fromordinal(news[0]), dt.date.fromordinal(news[-1]))
            if days is not None:
                asked += self._overlapping(("speaker", k.family, k.speaker[-1]), days)
            if k.span is not None:
                asked.append(blocks.get(("speaker news", k.family, k.speaker[-1],
                                         _last_day(k.span)), ()))
        if k.span is not None and k.family in _DAYS_NEWS_FAMILIES:
            asked += [blocks.get(("news", k.family, q, _last_day(k.span)), ()) for q in _named(k)]
        if k.span is not None or bound is None:
            asked += [blocks.get(b, ()) for b in rounds]
            if k.city is not None:
                kind = "any" if k.span is None else "undated"
                asked += [blocks.get((kind, k.family, k.city, q), ()) for q in k.parties]
        else:
            # what may fit the bound: undated events, events whose dates overlap it, of its
            # round or of its article
            _, ra, span, doc = bound
            at = [("party", k.family, q, k.city) for q in k.parties] if k.city is not None else []
            if ra is not None and ra == k.round:
                asked += [blocks.get(b, ()) for b in rounds]
            else:
                asked += [blocks.get(("undated", b), ()) for b in rounds]
                for b in rounds:
                    asked += self._overlapping(b, span)
            if k.city is not None:
                asked += [blocks.get(("undated", k.family, k.city, q), ()) for q in k.parties]
                for b in at:
                    asked += self._overlapping(b, span)
            if ra is not None:
                asked += [blocks.get(("round", ra, *b), ()) for b in at]
            if doc is not None:
                extra = [p for p in self._docs[doc] if p > x]
        if k.span is not None:
            for b in near:
                asked += self._overlapping(b, k.span)
            if k.round is not None:
                asked.append(blocks.get(("numbered", k.family, k.round, _ordinals(k.span)), ()))
        parent = self._parent
        out: set[int] = set(extra)
        fit: dict[int, bool] = {root: False}  # whether each group's events are listed
        for held in asked:
            if isinstance(held, int):
                held = (held,)
            for p in islice(held, bisect_right(held, x), None):
                r = parent[p]
                if parent[r] != r:  # (most events are a root or next to one)
                    r = _find(parent, p)
                listed = fit.get(r)
                if listed is None:
                    listed = fit[r] = said is None or (
                        not (apart is not None and apart(r)) and _fits(
                            said(r), k, None if outvoted is None else lambda r=r: outvoted(r)))
                if listed:
                    out.add(p)
        return sorted(out)

    def _overlapping(self, block: tuple, span: _Span) -> list[_Held]:
        """The events of ``block`` whose dates overlap ``span``, by their span."""
        dated = self._dated.get(block)
        return dated.overlapping(*_ordinals(span)) if dated is not None else []

    def _near(self, k: _Key) -> list[tuple]:
        """The blocks of :func:`_blocks` that hold the events at no other city than ``k``'s
        (at a wide place, :func:`_wide_places`: also those at any town of its parties)."""
        if k.city is not None and k.city not in _wide_places():
            return [("city", k.family, k.city), *(("party", k.family, q, None) for q in _named(k))]
        return [("city", k.family, k.city)] * (k.city is not None) + [
            ("party", k.family, q, c) for q in _named(k) for c in self._cities[(k.family, q)]
        ]


def _hold(index: dict, block: Any, p: int) -> None:
    """Put event ``p`` in ``block`` of ``index``, after the events there (:data:`_Held`)."""
    held = index.get(block)
    if held is None:
        index[block] = p
    elif isinstance(held, int):
        index[block] = [held, p]
    else:
        held.append(p)


def _blocks(k: _Key) -> list[tuple]:
    """Family and city; family, each participant and city (None when not known; a wide
    place, :func:`_wide_places`, is also held as not known: a town may lie in it)."""
    out = [("party", k.family, q, k.city) for q in _named(k)]
    if k.city is not None:
        out.append(("city", k.family, k.city))
        if k.city in _wide_places():
            out += [("party", k.family, q, None) for q in _named(k)]
    return out


def _named(k: _Key) -> frozenset:
    """The parties an event names, with its article's (:func:`_article_parties`) when it
    names none or, a meeting, one of them."""
    return k.parties | k.context


def _ordinals(span: _Span) -> tuple[int, int | None]:
    return span[0].toordinal(), None if span[1] is None else span[1].toordinal()


def _best_date(values: list[str]) -> str:
    """The date most sources back, a vaguer date backing each more precise one within it
    ("July" backs "2 July"); on a tie the most precise, then the earliest. Two reports of
    "July" and one of "2 July" give 2 July: nobody said another day."""
    counts = Counter(values)
    backing = {v: sum(n for w, n in counts.items() if v.startswith(w)) for v in counts}
    return min(counts, key=lambda v: (-backing[v], -len(v), v))


def _most_reported(values: list[tuple]) -> tuple:
    """The value most sources give; on a tie the most precise, then the earliest."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], -len(str(v[0])), str(v)))


class _Entry(NamedTuple):
    """One entry of the chronology, before its id and series (fields as its columns)."""

    type: str
    start: str | None
    end: str | None
    city: str | None
    country: str | None
    participants: tuple
    speaker: str | None
    event_ids: tuple
    doc_ids: tuple
    sources: int
    conflicts: tuple
    round: int | None
    dated: bool
    sort: dt.date  # the day it is placed on: its start, else its first source's publication
    formats: frozenset  # its format words that tell series apart (_SERIES_FORMATS)


def _entry(g: list[dict], published: dict[str, dt.date], shared: dict) -> _Entry:
    """The entry of a group of events; ``shared`` holds one object for each tuple of
    parties and of articles that many entries give."""
    if len(g) == 1:
        return _entry_of_one(g[0], published, shared)
    return _entry_of_many(g, published, shared)


def _entry_of_many(g: list[dict], published: dict[str, dt.date], shared: dict) -> _Entry:
    """:func:`_entry` of any group: the most reported (or backed) values and the conflicts."""
    dated = [e for e in g if _known(e["start"])]
    start = end = None
    conflicts: list[str] = []
    if dated:
        start = _best_date([str(e["start"]) for e in dated])
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
    participants = tuple(sorted(set().union(*(set(e["participants"] or ()) for e in g))))
    docs = tuple(sorted({e["doc_id"] for e in g}, key=lambda d: (published.get(d, dt.date.max), d)))
    rounds = [_round(e) for e in g if _round(e) is not None]
    formats = frozenset(
        w.strip() for e in g if _text(e.get("format")) for w in e["format"].split(",")
    ) & _SERIES_FORMATS
    sort_day = (
        iso_day(start)
        if start
        else min((published.get(d, dt.date.max) for d in docs), default=dt.date.max)
    )
    return _Entry(
        type=kind,
        start=start,
        end=end,
        city=_most_reported([(c,) for c in cities])[0] if cities else None,
        country=_most_reported([(c,) for c in countries])[0] if countries else None,
        participants=shared.setdefault(participants, participants),
        # (the fullest name its sources give: "Jon Vale" rather than "Vale")
        speaker=min((str(e["speaker"]) for e in g if _text(e.get("speaker"))),
                    key=lambda name: (-len(name.split()), name), default=None),
        event_ids=tuple(sorted(e["event_id"] for e in g)),
        doc_ids=shared.setdefault(docs, docs),
        sources=len(docs),
        conflicts=tuple(conflicts),
        round=_most_reported([(r,) for r in rounds])[0] if rounds else None,
        dated=bool(dated),
        sort=sort_day,
        formats=shared.setdefault(formats, formats),
    )


def _entry_of_one(e: dict, published: dict[str, dt.date], shared: dict) -> _Entry:
    """:func:`_entry_of_many` of a group of one event (most entries of a large corpus),
    without the counting and comparing that several sources need: the same entry, sooner."""
    start = str(e["start"]) if _known(e["start"]) else None
    participants = tuple(sorted(set(e["participants"] or ())))
    docs = (e["doc_id"],)
    formats = frozenset(
        w.strip() for w in (e["format"].split(",") if _text(e.get("format")) else ())
    ) & _SERIES_FORMATS
    return _Entry(
        type=e["type"],
        start=start,
        end=str(e["end"]) if _known(e["end"]) else None,
        city=e["city"] if _text(e.get("city")) else None,
        country=e["country"] if _text(e.get("country")) else None,
        participants=shared.setdefault(participants, participants),
        speaker=str(e["speaker"]) if _text(e.get("speaker")) else None,
        event_ids=(e["event_id"],),
        doc_ids=shared.setdefault(docs, docs),
        sources=1,
        conflicts=(),
        round=_round(e),
        dated=start is not None,
        sort=iso_day(start) if start else published.get(e["doc_id"], dt.date.max),
        formats=shared.setdefault(formats, formats),
    )


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


def _assign_series(entries: list[_Entry]) -> dict[int, str]:
    """Numbered rounds with the same parties (and format words) form a series: the series
    (``s1``, ``s2``...) of each such entry, by its position in ``entries``."""
    numbered = sorted(
        (n for n, e in enumerate(entries) if e.round is not None and event_family(e.type) == "talks"),
        key=lambda n: (entries[n].sort, entries[n].round),
    )
    series: list[list[_Entry]] = []
    out: dict[int, str] = {}
    for n in numbered:
        e = entries[n]
        home = next(
            (
                k
                for k, s in enumerate(series)
                if _one_series(s[0], e) and all(x.round != e.round for x in s)
            ),
            None,
        )
        if home is None:
            series.append([e])
            home = len(series) - 1
        else:
            series[home].append(e)
        out[n] = f"s{home + 1}"
    return out


_SERIES_FORMATS = frozenset(
    {"trilateral", "bilateral", "quadrilateral", "multilateral", "direct", "indirect"}
)


def _one_series(a: _Entry, b: _Entry) -> bool:
    """Same parties, or one side's parties within the other's in the same format."""
    pa, pb = set(a.participants), set(b.participants)
    fa, fb = a.formats, b.formats
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
            da, db = iso_day(a["start"]), iso_day(b["start"])
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
        "Statement"), ``lane`` (for the rounds of a series of two or more entries, the
        series id and the parties all its rounds share, "s1: RUS, UKR"; else the type
        label),
        ``start`` and ``end`` (Timestamps; ``end`` is ``start`` when unknown), ``open_ended``
        (True when the end is unknown), ``venue`` (city, else country, else ""), ``dated``,
        ``conflict`` (sources disagree on the dates), ``type`` and ``sources``.
    """
    published: dict[str, dt.date] = {}
    if articles is not None and len(articles):
        for doc_id, pub in zip(articles["doc_id"], articles["published"], strict=True):
            if pd.notna(pub):
                published[doc_id] = pd.Timestamp(pub).date()
    records = chronology.to_dict("records")
    lanes = _series_lanes(records)
    rows = []
    for e in records:
        start = iso_day(e["start"])
        if start is None:
            placed = [published[d] for d in e["doc_ids"] if d in published]
            if not placed:
                continue
            start = min(placed)
        # an entry "in March" runs to the end of March; one whose end is not told runs on
        end = (_interval(e) or (None, None))[1]
        label = _TYPE_LABEL.get(e["type"], str(e["type"]))
        if _text(e.get("speaker")):
            label = f"{label} by {e['speaker']}"
        if _round(e) is not None:
            label = f"{label}, round {_round(e)}"
        rows.append(
            {
                "chronology_id": e["chronology_id"],
                "label": label,
                "lane": lanes.get(e["series"]) or _TYPE_LABEL.get(e["type"], e["type"]),
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


def _series_lanes(records: list[dict]) -> dict[str, str]:
    """The lane of each series of two or more entries: its id and the parties all share."""
    members: dict[str, list[dict]] = {}
    for e in records:
        if isinstance(e["series"], str):
            members.setdefault(e["series"], []).append(e)
    lanes = {}
    for series, entries in members.items():
        if len(entries) > 1:
            shared = sorted(set.intersection(*(set(e["participants"] or ()) for e in entries)))
            more = f" +{len(shared) - 3}" if len(shared) > 3 else ""
            lanes[series] = f"{series}: {', '.join(shared[:3])}{more}" if shared else series
    return lanes
