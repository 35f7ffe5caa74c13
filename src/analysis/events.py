"""Find the events each article reports (talks, calls, statements, exchanges), dated and placed."""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import pandas as pd

from .dates import iso_day, spans_overlap
from .lexicon import fold_name, read_lexicon, trie_regex
from .towns import region_not_town

__all__ = [
    "DATE_SENTENCE_COLUMNS",
    "EVENT_COLUMNS",
    "EVENT_STATUSES",
    "EVENT_TYPES",
    "date_sentences",
    "event_family",
    "event_number",
    "extract_events",
]

EVENT_COLUMNS = (
    "doc_id",
    "event_id",
    "sentence_idx",
    "type",
    "status",
    "start",
    "end",
    "venue",
    "city",
    "country",
    "participants",
    "hosts_mediators",
    "speaker",
    "round",
    "format",
    "cameo",
    "evidence",
)
DATE_SENTENCE_COLUMNS = (
    "doc_id",
    "sentence_idx",
    "start_char",
    "end_char",
    "text",
    "type",
    "value",
    "first_day",
    "last_day",
)
EVENT_TYPES = (
    "talks_round",
    "talks_session",
    "meeting",
    "phone_call",
    "statement",
    "announcement",
    "proposal",
    "agreement",
    "prisoner_exchange",
    "bodies_repatriation",
    "summit",
)
EVENT_STATUSES = (
    "occurred",
    "ongoing",
    "scheduled",
    "planned",
    "proposed",
    "expected",
    "undecided",
)
# Families used to merge mentions of one event (finer than the scorer's: a summit of leaders is
# not a round of delegation talks, and a body handover is not a prisoner swap).
_FAMILY = {
    "talks_round": "talks",
    "talks_session": "talks",
    "meeting": "talks",
    "summit": "summit",
    "phone_call": "call",
    "statement": "statement",
    "announcement": "statement",
    "proposal": "proposal",
    "agreement": "agreement",
    "prisoner_exchange": "prisoners",
    "bodies_repatriation": "bodies",
}
_REALISED = frozenset({"occurred", "ongoing"})
_STATUS_RANK = {s: i for i, s in enumerate(EVENT_STATUSES)}
_ISO_VALUE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_PART_OF_YEAR = re.compile(r"\d{4}-[HQ]\d")  # a half or a quarter of a year
_QUANTITY = re.compile(
    r"\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|hundred|hundreds|"
    r"thousand|thousands|dozens?)\b",
    re.IGNORECASE,
)
_N_FOR_N = re.compile(r"\b\d[\d,]*\s*-?\s*for\s*-?\s*\d[\d,]*\b", re.IGNORECASE)
_DATELINE = re.compile(r"^[A-Z][A-Z.'\- ]{2,}(?:,\s*[A-Z][\w.' -]*)?,\s*$")
_CODE = re.compile(r"^[A-Z]{3}$")
# up to three capitalised words (a title) between "hosted by" and the name
_TITLED = r"(?-i:(?:[A-Z][\w.'’-]*\s+){0,3})"
# up to three words (a region, a country's adjective) before a place noun: "in the southern
# Norlandic town of Dorf", "at the Black Sea resort of Sochi"
_DESCRIBED = r"(?:[\w.'’-]+\s+){0,3}?"
_DATELINE_HEAD = re.compile(
    r"^[A-Z][A-Z.'\- ]{2,},(?:\s*[A-Z][\w.' -]*,)?\s*[A-Z][a-z]+\.?\s+\d{1,2}\b"
    r"(?:\s*\([^)]*\))?\s*(?:--|—|–|-|\.)?"
    # without its town: "March 21 (Zelva Wire) - "
    r"|^[A-Z][a-z]+\.?\s+\d{1,2}\s*\([^)]*\)\s*(?:--|—|–|-)"
)
_ROUND_TAIL = re.compile(
    r"\s+of\s+(?:[\w-]+\s+){0,4}?(?:talks|negotiations|consultations|meetings?|discussions)\b", re.I
)
# "May" the month, so that it is not read as the modal verb
_MONTH_MAY = re.compile(r"(?<=[\w,]\s)May\b")


# kinds of meeting: talks, a summit of leaders, a one-on-one, a visitor received
# the words that make a talks trigger a round: "round", "talks", or a sitting's code ("COP28")
_ROUND_WORD = re.compile(r"(?i:\bround|talks|negotiations)|^[A-Z]{2,5}-?\d")
_TALK_KINDS = ("talks", "summit", "private_meeting", "audience")


def event_family(event_type: str | None) -> str | None:
    """The merge family of an event type (``talks``, ``summit``, ``call``, ``statement``...)."""
    return _FAMILY.get(event_type or "")


def event_number(event_id: str) -> int | None:
    """The place in its article's text of event ``"<doc_id>#e<n>"`` (``n``), or None for an
    id of another form."""
    tail = str(event_id).rpartition("#e")[2]
    return int(tail) if tail.isdigit() else None


# ----------------------------------------------------------------------------- lexicon


def _phrase(p: str) -> str:
    p = str(p).strip()
    star = p.endswith("*")
    body = r"\s+".join(re.escape(w) for w in p.rstrip("*").split())
    return body + (r"\w*" if star else "")


def _alternation(phrases: Any) -> str:
    return "|".join(_phrase(p) for p in sorted({str(p) for p in phrases}, key=len, reverse=True))


def _apostrophes(alternation: str) -> str:
    """An alternation whose apostrophes match the typographic one too ("didn’t")."""
    return alternation.replace("'", "['’]")


def _words(phrases: Any) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-])(?:{_alternation(phrases)})(?![\w-])", re.IGNORECASE)


# A pattern made by _words (or the round pattern) can only match where a sentence has, after a
# character that is not [\w-], the first letters of one of its phrases. The trigger search
# runs a pattern on a sentence only when the sentence has one of these heads: same matches,
# a fraction of the regex scans.
_HEAD = 5
_HEADS = re.compile(rf"(?<![\w-])(?=(.{{1,{_HEAD}}}))", re.DOTALL)
_ASCII_LETTER = re.compile(r"[a-z]", re.IGNORECASE)


def _heads(phrases: Any) -> frozenset[str] | None:
    """Case-folded first letters (up to ``_HEAD``) of each phrase; None when one cannot be
    folded safely (a letter outside Latin-1), so that the pattern is always run."""
    out = set()
    for p in phrases:
        words = str(p).strip().rstrip("*").split()
        if not words:
            return None
        head = words[0][:_HEAD]
        if not all(c.isascii() or "\xc0" <= c <= "\xff" for c in head):
            return None
        out.add(head.lower())
    return frozenset(out)


@functools.cache
def _fold_char(c: str) -> str:
    """A character as IGNORECASE compares it (the Kelvin sign is "k", the long s is "s")."""
    if _ASCII_LETTER.fullmatch(c):
        return next(x for x in "abcdefghijklmnopqrstuvwxyz" if re.fullmatch(x, c, re.I))
    low = c.lower()
    return low if len(low) == 1 else c


def _sentence_heads(text: str, lex: dict[str, Any]) -> set[str]:
    r"""The case-folded starts of ``text`` after a non-[\w-] that the lexicon's heads may be:
    every head found there is in the set (with other strings)."""
    if text.isascii():
        # The longest head at each start, found in one pass, and its prefixes: the shorter
        # heads there (lowering keeps each character's class).
        found = set(lex["heads_rx"].findall(text.lower()))
        return {h[:k] for h in found for k in range(1, len(h) + 1)}
    chunks = ["".join(map(_fold_char, c)) for c in _HEADS.findall(text)]
    return {c[:k] for c in chunks for k in lex["head_lengths"]}


def _may_match(heads: frozenset[str] | None, sentence_heads: set[str]) -> bool:
    return heads is None or not heads.isdisjoint(sentence_heads)


def _find_at_heads(
    rx: re.Pattern[str], text: str, heads: frozenset[str] | None, sentence_heads: set[str]
) -> Iterator[re.Match[str]]:
    r"""``rx.finditer(text)`` for a phrase pattern made by :func:`_words` (or one that opens
    like it, with ``(?<![\w-])`` and a phrase) with these ``heads``, tried only where one of
    them starts: a match starts where its phrase's head does, so these are the same
    matches, for a few tries instead of a scan of the sentence."""
    if heads is None:
        yield from rx.finditer(text)
        return
    folded = _folded(text)
    starts = set()
    for head in heads.intersection(sentence_heads):
        i = folded.find(head)
        while i >= 0:
            starts.add(i)
            i = folded.find(head, i + 1)
    end = 0
    for i in sorted(starts):
        if i >= end and (m := rx.match(text, i)) is not None:
            end = m.end()
            yield m


@functools.lru_cache(maxsize=256)
def _folded(text: str) -> str:
    """``text`` with each character as IGNORECASE compares it (see :func:`_fold_char`)."""
    return text.lower() if text.isascii() else "".join(map(_fold_char, text))


@functools.lru_cache(maxsize=1024)
def _may_hold(text: str, heads: frozenset[str] | None) -> bool:
    """Can a phrase pattern with these ``heads`` match in ``text`` or in a slice of it (where
    its lookbehind sees no word before the slice)? Only if the text holds one of the heads
    somewhere. Cached: the mentions of a sentence ask of the same text."""
    if heads is None:
        return True
    folded = _folded(text)
    return any(h in folded for h in heads)


# up to three words between a verb of speaking and the outlet it speaks to ("told the
# rebel-run Zelnik television"), none of them a pronoun ("told him that the radio ...")
_CHANNEL_GAP = (
    r"\s+(?:the\s+)?(?:(?!(?:him|her|them|us|me|you|it|that|which|who|whom)\b)"
    r"[\w'’.-]+\s+){0,3}?"
)


def _to_person(objects: list[str]) -> re.Pattern[str]:
    """A text (one of ``objects``) handed to a person named (a title and a name in capitals,
    up to four words), or the person named and then the text."""
    name = r"(?-i:[A-Z][a-z][\w'’-]+)(?:\s+(?-i:[A-Z][a-z][\w'’-]+)){0,3}"
    return re.compile(
        rf"(?:\s+(?:the|a|an|its|his|her|their)\s+(?:[\w'’-]+\s+){{0,4}}?(?:{_alternation(objects)})"
        rf"\s+to\s+|\s+){name}(?=\s+(?:in|at|on|during|the|a|his|her)\b|\s*[,.;])", re.IGNORECASE)


@functools.cache
def _lex() -> dict[str, Any]:
    """The event lexicon with its phrase lists compiled."""
    raw = read_lexicon("events")
    kinds = []
    for entry in raw["entries"]:
        kinds.append(
            {
                "id": entry.get("kind", entry["id"]),  # the kind an entry of another tells
                "type": entry["type"],
                "nouns": _words(entry.get("nouns") or ["\0"]),
                "verbs": _words(entry.get("verbs") or ["\0"]),
                "nouns_heads": _heads(entry.get("nouns") or ["\0"]),
                "verbs_heads": _heads(entry.get("verbs") or ["\0"]),
                "objects": _words(entry["objects"]) if entry.get("objects") else None,
                "object_window": int(entry.get("object_window", 60)),
                # what the verb may take instead of the event's objects ("exchanged messages")
                "other_objects": (re.compile(
                    rf"\s+(?:(?:the|their|a|an|some|new|written|more|of)\s+)?"
                    rf"(?:{_alternation(entry['other_objects'])})(?![\w-])", re.I)
                    if entry.get("other_objects") else None),
                # what names another exchange right before the noun ("artillery exchanges")
                "other_before": (re.compile(
                    rf"(?<![\w-])(?:{_alternation(entry['other_before'])})"
                    r"(?:\s+(?:and|or)\s+[\w-]+)?\s+$", re.I)
                    if entry.get("other_before") else None),
                # verbs that tell the event only with its people as their subject
                "subject_verbs": _words(entry.get("subject_verbs") or ["\0"]),
                "subject_verbs_heads": _heads(entry.get("subject_verbs") or ["\0"]),
                "subjects": _words(entry.get("subjects") or ["\0"]),
                "subject_window": int(entry.get("subject_window", 60)),
                # one of `objects` handed to a person named right after the verb or after
                # "to" ("handed the plan to Ana Ruiz in Velm", "hands Ana Ruiz the plan")
                "to_person": _to_person(entry["objects"]) if entry.get("to_person") else None,
                # an entry that tells the event of another kind ("hosting" tells an audience)
                "lead": "kind" in entry,
            }
        )
    not_events = _words(raw.get("not_events") or ["\0"])
    ordinals = {str(k).lower(): int(v) for k, v in raw["ordinals"].items()}
    cardinals = {str(k).lower(): int(v) for k, v in raw["cardinals"].items()}
    rnd = _alternation(raw["round_nouns"])
    talk_nouns = next(e["nouns"] for e in raw["entries"] if e["id"] == "talks")
    event_nouns = [n for e in raw["entries"] for n in e.get("nouns") or []]
    round_rx = re.compile(
        # "the first technical round", "a tenth JCC round": one lower-case word or the
        # initials of the series may stand between
        rf"(?<![\w-])(?:(?P<ord>{_alternation(ordinals)})[\s-]+"
        rf"(?:(?!(?:{_alternation(cardinals)})\s)(?-i:[a-z][\w'’-]*|[A-Z]{{2,6}})\s+)?(?:{rnd})"
        rf"|(?:{rnd})\s+(?:no\.?\s*)?(?P<card>{_alternation(cardinals)}|\d{{1,2}})(?![\w-])"
        # "the 13th joint meeting", "the 15th Expert Group Meeting": a number in figures
        # counts a series, whatever words stand before the sitting noun
        rf"|(?P<num>\d{{1,3}}(?:st|nd|rd|th))[\s-]+(?:[\w'’-]+\s+){{0,3}}?"
        rf"(?:{_alternation(raw['round_nouns'] + talk_nouns)})(?![\w-]))",
        re.IGNORECASE,
    )
    round_heads = (
        None
        if _heads(ordinals) is None or _heads(raw["round_nouns"]) is None
        else _heads(ordinals) | _heads(raw["round_nouns"])
    )
    venue = raw["venue"]
    statuses = {name: _words(words) for name, words in raw["statuses"].items()}
    countries = read_lexicon("countries")["entries"]
    capitals = {e["id"]: e["capitals"][0] for e in countries if e.get("capitals")}
    # a building the gazetteer places in its town ("Palais des Nations": Geneva)
    # (under its aliases too: a tagger may keep the name as written, "Dolmabahçe Palace")
    venue_towns = {name: e["city"] for e in read_lexicon("places")["entries"] if e.get("city")
                   for name in [e["name"], *(e.get("aliases") or [])]}
    # the towns a sitting may be named by: every capital, and the gazetteer's towns (not its
    # buildings), under their names and aliases
    town_names = {fold_name(cap): (cap, e["id"]) for e in countries for cap in e.get("capitals") or []}
    town_names.update({fold_name(name): (e["name"], e["country"])
                       for e in read_lexicon("places")["entries"] if not e.get("city")
                       for name in [e["name"], *(e.get("aliases") or [])]})
    anonymous = next(e["patterns"] for e in read_lexicon("attribution")["entries"]
                     if e["claimant_type"] == "anonymous_source")
    channels = raw["statement_channels"]
    # The heads (see _may_match) of the phrase patterns run over a whole sentence or a span of
    # it, by name: a sentence with none of a pattern's heads is not searched with it. Each
    # names the phrases a match must open with (a plural sitting's count is optional, a bare
    # ordinal needs its verb too, a channel's tail follows its verb).
    may = {
        "anonymous": _heads(anonymous),
        "not_events": _heads(raw.get("not_events") or ["\0"]),
        "channel_verb": _heads(channels["verbs"]),
        "speech": _heads(channels["speech"]),
        "speech_at": _heads(channels["speech"] + channels["occasion_verbs"]),
        "office": _heads(channels["offices"]),
        "assessing": _heads(channels["assessing"]),
        "plural": _heads([*raw["plural_sittings"], "more", "others", "further"]),
        "ordinal": _heads(ordinals),
        "ordinal_verb": _heads(raw["ordinal_verbs"]),
        "date_open": _heads(raw["date_open"]),
        "ended": _heads(raw["ended"]),
        "site_in": _heads(venue["site_in_nouns"]),
        "town": _heads([w for w in venue.get("place_nouns", []) if w != "capital"]),
        "region": _heads(venue["region_nouns"]),
        **{f"format:{name}": _heads(words) for name, words in raw["formats"].items()},
        # and of those run over a slice of a sentence: see _may_hold
        "before": _heads(raw["event_verbs"]["before"]),
        "after": _heads(raw["event_verbs"]["after"]),
        "topic": _heads(raw["topic_words"]),
        "topic_after": _heads(raw["topic_after"]),
        "assembly": _heads(raw["assembly_bodies"]),
        **{f"status:{name}": _heads(words) for name, words in raw["statuses"].items()},
        **{name: _heads(venue[name]) for name in (
            "after_nouns", "host_after", "host_before", "mediator_before", "mediator_after",
            "source_nouns", "not_before", "capital_words")},
    }
    heads = [k[f] for k in kinds for f in ("nouns_heads", "verbs_heads", "subject_verbs_heads")]
    heads += [round_heads, _heads(raw["counted_sittings"])]
    heads += [_heads(raw["next_words"]), _heads(raw["agreement_nouns"] + raw["agreed_on_day"])]
    heads += list(may.values())
    # the place nouns that name a town ("the resort town of X"); "capital" names a state's
    town_nouns = _alternation([w for w in venue.get("place_nouns", []) if w != "capital"])
    sidelines = _alternation(raw["sidelines"])
    return {
        "kinds": kinds,
        "head_lengths": tuple(sorted({len(h) for hs in heads if hs for h in hs})),
        # every head a sentence is asked for, as a trie: see _sentence_heads
        "heads_rx": re.compile(
            rf"(?<![\w-])(?=({trie_regex(sorted({h for hs in heads if hs for h in hs}))}))",
            re.DOTALL,
        ),
        "after": _words(raw["event_verbs"]["after"]),
        "before": _words(raw["event_verbs"]["before"]),
        "definite": {w.lower() for w in raw["definite"]},
        "indefinite": {w.lower() for w in raw["indefinite"]},
        "determiners": {w.lower() for w in raw["definite"]} | {w.lower() for w in raw["indefinite"]},
        "next": {w.lower() for w in raw["next_words"]},
        "topic": _words(raw["topic_words"]),
        # "an agreement on prisoner exchanges": the noun the text or talks are on
        "subject_of": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['subject_of'])})\s+on\s+"
            r"(?:(?:a|an|the|further|new|future|more)\s+)?$", re.I),
        "topic_after": _words(raw["topic_after"]),
        "statuses": statuses,
        # a verb of opening with an object of its own after the sitting ("the previous round
        # had opened a parallel track"): the sitting opened something else, it is not under way
        "opened_object": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['statuses']['ongoing'])})\s+"
            r"(?:a|an|the|its|their|his|her)\s+[\w'’-]+", re.I),
        "premodifiers": re.compile(
            r"(?:(?<![\w-])(?:"
            + _alternation([*raw["premodifiers"], *raw["definite"], *raw["indefinite"],
                            *raw["next_words"], *ordinals, *(w for ws in raw["formats"].values()
                                                            for w in ws)])
            + r")\s+)+$",
            re.I,
        ),
        "status_order": list(raw["statuses"]),
        "date_open": _words(raw["date_open"]),
        "ended": _words(raw["ended"]),
        "opened_on": re.compile(
            # "opened on Monday", "began in Velm on Monday", "had opened last Tuesday"
            rf"(?<![\w-])(?:{_alternation(raw['opened'])})\s+(?:(?:[\w'’-]+\s+){{0,5}}?"
            rf"(?:on|in)\s+(?:the\s+)?)?$",
            re.I,
        ),
        # "in the same palace", "at the same hotel": the place of the event told before
        "same_place": re.compile(
            rf"(?<![\w-])(?:in|at|inside)\s+the\s+same\s+"
            rf"(?P<noun>{_alternation(venue.get('place_nouns', []) + venue['site_words'])})(?![\w-])",
            re.I,
        ),
        "town_nouns": frozenset(w.lower() for w in venue.get("place_nouns", [])),
        # "ended in Harare", "took place in Gazakh", "was held at the Zelnik Centre in Harare"
        "ended_in": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['ended'] + raw['opened'] + venue['held_in'])})\s+"
            rf"(?:at\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*\s+){{1,6}})?(?:in|at)\s+(?:the\s+)?$",
            re.I,
        ),
        # "ended on Friday", "closed at 4.40am last Saturday", "ended Saturday"
        "ended_on": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['ended'])}|(?:will|(?:is|are)\s+(?:due|set|"
            rf"scheduled|expected)\s+to)\s+(?:{_alternation(raw['closing'])}))\s+"
            rf"(?:[\w'’.:-]+\s+){{0,3}}?(?:(?:on|in)\s+(?:the\s+)?)?$",
            re.I,
        ),
        "channel_verb": _words(raw["statement_channels"]["verbs"]),
        "anonymous": _words(anonymous),
        "unnamed": _words(raw["statement_channels"]["unnamed"] + raw["statement_channels"]["observers"]),
        "unnamed_one": re.compile(
            rf"(?<![\w-])(?:one|an?)\s+(?:[\w.'’-]+\s+){{0,3}}?"
            rf"(?:{_alternation(channels['unnamed_one'])})(?![\w-])",
            re.I,
        ),
        "may": may,
        "channel_gap": re.compile(_CHANNEL_GAP, re.I),
        "channel_noun": re.compile(
            rf"{_CHANNEL_GAP}(?:{_alternation(raw['statement_channels']['nouns'])})(?![\w-])",
            re.I,
        ),
        "speech_in": re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(raw['statement_channels']['speech'])})\s+in\s+"
            r"(?=[A-Z])"
        ),
        "spent_with": re.compile(
            r"(?<![\w-])(?:spent|spend|spends|spending)\s+(?:(?:about|nearly|almost|more\s+than"
            r"|over|some|roughly|around|another|an?|the|two|three|four|five|six|seven|eight"
            r"|several|many|long)\s+){0,2}"
            rf"(?:{_alternation(raw['spent_units'])})(?:\s*,[^,;:.]{{1,40}},)?\s+"
            r"(?:(?:talking|in\s+talks|negotiating|in\s+meetings)\s+)?with\s+"
            # (someone named, or "the" / "both" ...: not "with his family")
            r"(?=(?-i:[A-Z])|(?:the|both|an?|his\s+counterpart|her\s+counterpart)\s)",
            re.I,
        ),
        "hinting": _words(raw["hinting_verbs"]),
        "speech_at": re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(channels['speech'] + channels['occasion_verbs'])})"
            r"\s+(?:[\w-]+ly\s+)?at\s+"  # (an adverb between: "speaking separately at")
            r"(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\w'’!.&-]+\s+){0,5}?"
            rf"(?:{_alternation(channels['occasions'])})(?![\w-])",
            re.I,
        ),
        "time_speech": re.compile(
            rf"\s*(?:{_alternation(channels['times'])})\s*,\s+(?:[\w'’.-]+\s+){{1,6}}?"
            rf"(?P<verb>{_alternation(channels['speech'])})(?![\w-])",
            re.I,
        ),
        "speech_time": re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(raw['statement_channels']['speech'])})\s+"
            rf"(?:{_alternation(raw['statement_channels']['times'])})(?![\w-])(?![’']s\b)",
            re.I,
        ),
        "office_speech": re.compile(
            rf"(?<![\w-])(?:{_alternation(channels['offices'])})"
            r"(?:\s+of(?-i:(?:\s+[A-Z][\w'’-]*){1,3}))?"  # "the Ministry of Foreign Affairs"
            r"(?-i:(?:\s+[A-Z][\w'’.-]*){0,3})"  # the officer's name: "spokesman Jon Vale said"
            r"\s+(?:(?:only|also|[\w-]+ly)\s+)?"
            rf"(?P<verb>{_alternation(channels['speech'])})(?![\w-])",
            re.I,
        ),
        # an object (one to eight words, not "as" or "by": "described as", "called by" are
        # passives) between the verb and the opening quote
        "assessing": re.compile(
            rf"(?<![\w-])(?P<verb>{_alternation(channels['assessing'])})\s+(?!(?:as|by)\b)"
            r"(?:[\w'’,.-]+\s+){1,8}?[\"“]",
            re.I,
        ),
        # what makes a summing-up verb a statement made: its time or occasion after it ("on
        # Monday", "on her return"), or an office as the one speaking, in the clause before it
        "assessing_anchor": _words(channels["times"] + channels["assessing_occasions"]),
        "office_before": re.compile(
            rf"(?<![\w-])(?:{_alternation(channels['offices'])})(?![\w-])[^,;:.]{{0,40}}$", re.I),
        "end_only": re.compile(rf"(?:{_alternation(raw['end_only'])})\s+(?:the\s+)?$", re.I),
        "start_only": re.compile(rf"(?:{_alternation(raw['start_only'])})\s+(?:the\s+)?$", re.I),
        "moved_to": re.compile(rf"(?<![\w-])(?:{_alternation(read_lexicon('dates')['moved_to'])})"
                               r"\s+(?:to|until|till|for)\s+(?:the\s+)?$", re.I),
        "formats": {name: _words(words) for name, words in raw["formats"].items()},
        "not_events": not_events,
        "ordinals": ordinals,
        "cardinals": cardinals,
        "round": round_rx,
        "aside_round": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['next_words'])})\s*,[^,.;:!?]{{1,40}},\s*"
            rf"(?:{rnd})(?![\w-])",
            re.I,
        ),
        "aside_round_heads": _heads(raw["next_words"]),
        "round_of_other": re.compile(
            rf"\s+of\s+(?:[\w&'’-]+\s+){{0,4}}?(?:{_alternation(raw['round_of_other'])})(?![\w-])",
            re.I,
        ),
        "round_heads": round_heads,
        "counted": re.compile(
            rf"(?<![\w-])(?:a|an|the|{_alternation(raw['next_words'])}|{_alternation(ordinals)})"
            rf"\s+(?:(?!(?:{_alternation(raw['counted_gap'])})\s)[\w'’\"“”+-]+\s+){{0,4}}?"
            rf"(?P<noun>{_alternation(raw['counted_sittings'])})(?![\w-])"
            rf"(?!\s+(?:{_alternation(raw['counted_not_before'])})(?![\w-]))",
            re.I,
        ),
        "counted_heads": _heads(raw["counted_sittings"]),
        "plural": re.compile(
            rf"(?<![\w-])(?:(?:(?P<count>{_alternation(cardinals)}|both|\d{{1,2}})\s+)?"
            rf"(?:{_alternation(raw['plural_sittings'])})"
            # the noun left out after a sitting told before ("a round in Lisk, and two more in
            # Velm on 3 and 17 June")
            rf"|(?P<more>{_alternation(cardinals)}|\d{{1,2}})\s+(?:more|others|further))(?![\w-])"
            r"(?=\s*,?\s*(?:(?:which|that)\s+)?(?:were\s+)?"
            r"(?:held|convened|hosted|followed|took\s+place|in|at|on)\s)",
            re.I,
        ),
        "bare_ordinal": re.compile(
            rf"(?<![\w-])the\s+(?P<ord>{_alternation(ordinals)})(?:\s+one)?\s+"
            rf"(?=(?:{_alternation(raw['ordinal_verbs'])})(?![\w-]))",
            re.I,
        ),
        "sitting_word": _words(
            raw["round_nouns"] + talk_nouns
        ),
        "venue_before": re.compile(
            rf"(?<![\w-])(?:{_alternation(venue['before'])})\s+(?:the\s+|an?\s+)?"
            rf"(?:{_DESCRIBED}(?:{_alternation(venue.get('place_nouns', []) or ['city'])})"
            rf"\s+of\s+)?$",
            re.I,
        ),
        "venue_after": re.compile(rf"^(?:'s)?\s+(?:{_alternation(venue['after_nouns'])})\b", re.I),
        "host_after": re.compile(
            rf"^(?:\s+capital)?\s*,?\s+(?:{_alternation(venue['host_after'])})\b", re.I
        ),
        "host_before": re.compile(
            rf"(?:{_alternation(venue['host_before'])})\s+(?:the\s+)?{_TITLED}$", re.I
        ),
        "mediator_before": re.compile(
            rf"(?:{_alternation(venue['mediator_before'])})\s+(?:the\s+)?{_TITLED}$", re.I
        ),
        "mediator_next": re.compile(
            # (after the others named with it: "Egyptian and Qatari mediators")
            r"(?:(?:\s*,\s*|\s+and\s+)(?-i:[A-Z])[\w'’-]+){0,3}"
            rf"(?:['’]s)?\s*(?:{_alternation(venue['mediator_next'])})(?![\w-])(?!\s+by\b)", re.I
        ),
        "mediator_after": re.compile(
            rf"^[^.;]{{0,60}}?\b(?:{_alternation(venue['mediator_after'])})\b", re.I
        ),
        "source_in": re.compile(
            rf"(?<![\w-])(?:{_alternation(venue['source_nouns'])})\s+in\s+$", re.I
        ),
        "not_before": re.compile(
            rf"(?<![\w-])(?:{_alternation(venue['not_before'])})\s+(?:in|at)\s+(?:the\s+)?$", re.I
        ),
        "place_after": re.compile(
            rf"\s+(?:{town_nouns})"
            rf"(?![\w-])(?!\s+of\b)",
            re.I,
        ),
        "noun_of_name": re.compile(
            rf"(?<![\w-])(?:{_alternation(venue['before'])})\s+the\s+{_DESCRIBED}"
            rf"(?:{town_nouns})"
            r"\s+of\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2}))(?![\w'’-])",
            re.I,
        ),
        "in_town_of_region": re.compile(
            r"(?<![\w-])(?:in|at)\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})),\s+"
            rf"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:{_alternation(venue['region_nouns'])})"
            r"(?![\w-])",
            re.I,
        ),
        # "a meeting in Zelnik", "the first round after the break, in Zelnik", "the meeting
        # of the group, held in Zelnik on", "its 12th meeting, held in Zelnik on", "a round in
        # Porto do Vale": a name of capitalised
        # words, or lower-case particles between them
        "town_after": re.compile(
            r"(?:(?:\s+[\w'’-]+){0,2}?|(?:\s+[\w'’-]+){1,3}?,"
            r"|\s+of\s+[^,;:.]{1,60}?,?\s+(?:held|hosted|convened)"
            # "the meeting of the Joint River Board in Ndola", "Meeting (JRB) held in"
            r"|(?:\s+of\s+(?:the\s+)?(?-i:(?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*))?"
            r"(?:\s+\((?-i:[A-Z][\w'’.-]*)\))?(?:,?\s+(?:held|hosted|convened))?)"
            r"\s+in\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:(?:[\s-]|\s(?:do|da|dos|das|de|del|di|du|la|le"
            r"|am|sur|en)\s)[A-Z][\w'’-]+){0,2}))(?![\w'’-])"
            r"(?=\s*(?:[,.;:)]|$|(?:on|last|this|next|in|at|from|between|with|and|under"
            r"|for|over|since|after|before|until|to|early|late|later|mid)\b))"
        ),
        "not_towns": _words(venue.get("not_towns") or ["\0"]),
        "site_in_town": re.compile(
            rf"(?<![\w-])(?:{_alternation(venue['site_in_nouns'])})\s+in\s+"
            r"(?P<name>(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2}))(?![\w'’-])",
            re.I,
        ),
        "capital_after": re.compile(
            rf"^(?:'s)?\s+(?:{_alternation(venue['capital_words'])})\b", re.I
        ),
        "site": _words(venue["site_words"]),
        "leader": _words(raw["leader_roles"]),
        "cameo": {k: str(v) for k, v in raw["cameo"].items()},
        "cameo_unrealised": {k: str(v) for k, v in raw["cameo_unrealised"].items()},
        "cameo_topics": {k: str(v) for k, v in raw["cameo_topics"].items()},
        "topics": {k: _words(v) for k, v in raw["proposal_topics"].items()},
        "agreement_texts": {k: _words(v) for k, v in raw["agreement_texts"].items()},
        # "a day after diplomats held a second round", "two days before the summit opened"
        "days_apart": re.compile(
            rf"(?<![\w-])(?P<n>an?|{_alternation(cardinals)}|\d{{1,2}})\s+days?\s+"
            r"(?P<dir>after|before)\s+", re.I),
        "capitals": capitals,
        # "ended on Friday after four days" or "... after four days of work", not "after
        # four days of fighting"
        "after_days": re.compile(
            r"(?<![\w-])after\s+(?P<n>\d{1,2}|[A-Za-z]+)\s+days\b"
            rf"(?!\s+of\b(?!\s+(?:{_alternation(raw.get('days_of_work', []))})\b))",
            re.IGNORECASE),
        "venue_towns": venue_towns,
        "town_names": town_names,
        # every capital, by its name: the state it is the capital of
        "capital_names": {cap: e["id"] for e in countries for cap in e.get("capitals") or []},
        # "a round held in the capital in May": a capital the text has named before ("the
        # capital of Velmar", "the capital city" are not this)
        "the_capital": re.compile(
            rf"(?<![\w-])(?:in|at)\s+the\s+(?:{_alternation(venue['capital_words'])})"
            r"(?![\w'’-])(?!\s+(?:of|city)\b)",
            re.I,
        ),
        "agreement_dated": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['agreement_nouns'])})(?:\s+of|,?[^.;:]{{0,90}}?"
            rf"(?<![\w-])(?:{_alternation(raw['agreement_dated_by'])})"
            # its broker ("brokered by the U.N. in April 2022") or its town before the date
            r"(?:\s+by\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,3}))?"
            r"(?:\s+(?:in|at)\s+(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2}))?\s+(?:in|on|at)?)\s*$",
            re.I,
        ),
        "agreement_dated_heads": _heads(raw["agreement_nouns"] + raw["agreed_on_day"]),
        "agreement_noun": _words(raw["agreement_nouns"]),
        "entry_agreed": _words(raw["entry_agreed"]),
        "entry_meetings": _words(raw["entry_meetings"]),
        "agreed_on_day": re.compile(
            rf"(?<![\w-])(?<!not )(?<!n't )(?:{_alternation(raw['agreed_on_day'])})"
            r"\s+(?:(?:on|late|early)\s+)?$",
            re.I,
        ),
        "story_note": re.compile(  # "Correction:", "Correction, February 14, 2026:"
            rf"\s*(?:{_alternation(raw['story_notes'])})(?:,[^:.;\n]{{1,40}})?\s*[:—–-]", re.I),
        "habit": re.compile(rf"(?<![\w-])(?:{_alternation(raw['habit_before'])})\s+$", re.I),
        # "ahead of the next round": the sitting times what the sentence tells
        "time_adjunct": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['time_adjunct_before'])})\s+(?:[\w'’-]+\s+){{0,3}}$",
            re.I),
        "halted_by": re.compile(
            # ("suspended the talks", "suspended peace talks", "broke off the direct negotiations";
            # not the participle as an adjective: "to resume the suspended talks")
            r"(?<![\w-])(?<!the\s)(?<!its\s)(?<!their\s)"
            rf"(?:{_alternation(raw['halted_by'])})\s+(?:(?:the|their|its|all)\s+)?"
            r"(?:(?-i:[a-z])[\w'’-]*\s+){0,2}$", re.I),
        "halted_after": re.compile(
            r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+"
            rf"(?:{_alternation(raw['halted_participles'])})(?![\w-])", re.I),
        # a sitting told as not held: "did not meet", "no talks", "the meeting did not take
        # place", "denied that its envoys had met"
        "cited_in": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['cited_in'])})\s+(?:in|under|by)\s+"
            r"(?:the|a|an|its|their|this|that)\s+(?:[\w'’-]+\s+){0,3}$", re.I),
        "not_held_before": re.compile(
            rf"(?<![\w-])(?:{_apostrophes(_alternation(raw['not_held_before']))})\s+"
            r"(?:[\w-]+ly\s+)?(?:(?:hold|held|have|had|a|an|the|any|to|yet|been|further|more|new|direct"
            r"|formal|again|issue|issued|make|made|release|released|publish|published|give|given)"
            r"\s+){0,3}$", re.I),
        "not_held_after": re.compile(
            rf"[^.;:!?]{{0,80}}?(?<![\w-])(?:{_apostrophes(_alternation(raw['not_held_after']))})"
            r"(?![\w-])", re.I),
        "unrealised_plan": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['unrealised_plan_before'])})\s+"
            r"(?:(?:hold|held|have|had|been|be)\s+)?$", re.I),
        "not_held_said": re.compile(
            r"[^.;:!?,]{0,50}?(?<![\w-])(?:is|was|are|were|remains|remained|seems|seemed|looks"
            r"|looked|appears|appeared)\s+(?:still\s+|now\s+|very\s+|highly\s+)?[\"“]?"
            rf"(?:{_alternation(raw['not_held_said'])})(?![\w-])", re.I),
        "denial": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['denial_verbs'])})(?![\w-])"
            r"(?![^;:!?]*(?:,\s*|\s)but\s)[^;:!?]*$", re.I),
        # a sitting a speaker spoke in is held: "said in a call with", "told him at a meeting"
        "spoken_in": re.compile(
            rf"(?<![\w-])(?:{_alternation(channels['speech'] + ['told', 'tells'])})(?![\w-])"
            r"[^,.;:!?]{0,40}?(?<![\w-])(?:in|at|during)\s+(?:a|an|the|his|her|their|its)\s+"
            r"(?:[\w'’-]+\s+){0,2}$", re.I),
        "trip": re.compile(rf"(?<![\w-])(?:{_alternation(raw['trip_verbs'])})(?![\w-])"
                           r"[^,;:!?]*$", re.I),
        "trip_verb": re.compile(rf"(?:{_alternation(raw['trip_verbs'])})\s+to(?![\w-])", re.I),
        "concluded_by": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['concluded_by'])})\s+(?:the|their|its)\s+$", re.I),
        "to_talk": re.compile(
            rf"[^,;.]{{0,40}}?\s+to\s+(?:{_alternation(raw['talks_infinitives'])})(?![\w-])", re.I
        ),
        "assembly_held": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['assembly_bodies'])})(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,4}}?"
            rf"(?:hold|holds|held|holding|convene|convenes|convened|open|opens|opened|meet|meets|"
            rf"met)\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w'’-]+\s+){{0,2}}$"
            rf"|(?<![\w-])(?:{_alternation(raw['assembly_bodies'])})(?:['’]s)?\s+$",
            re.I,
        ),
        "assembly_of": re.compile(
            rf"\s+(?:of|in)\s+(?:the\s+)?(?:[\w.'’-]+\s+){{0,2}}?"
            rf"(?:{_alternation(raw['assembly_bodies'])})(?![\w-])",
            re.I,
        ),
        "assembly_subject": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['assembly_bodies'])})(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,3}}$",
            re.I,
        ),
        "subordinate": re.compile(
            # (not a preposition before a number: "the first round since 2022 was held on May 16")
            rf"(?<![\w-])(?:{_alternation(raw['subordinators'])})\s+(?!\d)(?:[\w'’.-]+\s+){{1,5}}?"
            rf"(?:(?:{_alternation(raw['clause_verbs'])})|(?-i:[a-z]{{3,}}ed))(?![\w-])[^,;]*$",
            re.I,
        ),
        "baseline": re.compile(rf"\s+(?:{_alternation(raw['baseline_nouns'])})(?![\w-])", re.I),
        # "quotas for 2027" (the term), not "scheduled for 2027" (the time): see scheduled_for
        "term_for": re.compile(
            rf"(?<![\w-])(?:(?P<sched>{_alternation(raw['scheduled_for'])})\s+)?for\s+(?:the\s+)?$",
            re.I,
        ),
        "paper_of": re.compile(rf"(?<![\w-])(?:{_alternation(raw['dated_papers'])})\s+of\s+$", re.I),
        "relative_clause": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['relatives'])})\s+(?:[\w'’.-]+\s+){{0,5}}?"
            rf"(?:(?:{_alternation(raw['clause_verbs'])})|(?-i:[a-z]{{3,}}ed))(?![\w-])[^,;]*$",
            re.I,
        ),
        # a sitting named by its number and the initials of its series, with no noun after
        # them ("the 8th JCC, which was held in Lisk", "to hold the tenth JCC in Velm")
        "numbered_series": re.compile(
            rf"(?<![\w-])(?:the|a|an|its|their)\s+"
            rf"(?P<ord>{_alternation(ordinals)}|\d{{1,3}}(?:st|nd|rd|th))\s+"
            rf"(?!(?:{_alternation(raw['not_session_codes'])})(?![\w-]))"
            r"(?P<code>(?-i:[A-Z]{2,6}))(?![\w.-])"
            rf"(?!\s+(?:{_alternation(event_nouns + raw['round_nouns'])})(?![\w-]))",
            re.IGNORECASE,
        ),
        "session_code": re.compile(
            rf"(?:(?<![\w-])(?P<before>{_alternation(raw['session_code_before'])})\s+)?"
            rf"(?<![\w.-])(?!(?:{_alternation(raw['not_session_codes'])})\W)"
            r"(?P<code>(?-i:[A-Z]{2,5}-?\d{1,2}(?:\.\d{1,2})?))(?![\w-]|\.\d)"
            rf"(?P<after>(?=\s+in\s+(?-i:[A-Z])|,\s+which\s|\s+(?:{_alternation(raw['event_verbs']['after'])})\b))?",
            re.I,
        ),
        # "discussed at a meeting", "raised on the sidelines of the summit", "on the agenda of
        # the Velm–Norland summit": the meeting is where it is discussed, not the topic
        "occasion": re.compile(
            rf"(?<![\w-])(?:at|during|in|agenda\s+of|{sidelines})\s+"
            r"(?:(?:the|a|an|their|its)\s+)?(?:[\w'’–-]+\s+){0,2}$",
            re.I,
        ),
        # between a meeting and the gathering it was held at ("talked on the sidelines of a
        # summit"): see _share_sidelines
        "sidelines": re.compile(
            rf"\s+(?:[\w'’-]+\s+){{0,3}}?(?:{sidelines})\s+"
            r"(?:(?:the|a|an|this|last|their)\s+)?(?:[\w'’.-]+\s+){0,3}",
            re.I,
        ),
        # between an agreement and the talks it was reached at ("signed on the sidelines of
        # the talks in Doha"); a full stop of an abbreviation ("agreed Mon. (8 June) ... after
        # talks") is no end
        "at_talks": re.compile(
            r"(?:[^;.]|\.(?!\s+[A-Z]))*?\b(?:after|at|during|following|at\s+the\s+end\s+of|"
            rf"closing|{sidelines})\s+(?:[\w'’-]+\s+){{0,4}}",
            re.I,
        ),
        "request": re.compile(
            rf"(?<![\w-])(?:{_alternation(raw['request_verbs'])})\s+(?:(?:a|an|the)\s+)?"
            rf"(?:[\w'’-]+\s+)?$",
            re.I,
        ),
    }


# ----------------------------------------------------------------------------- dates


def date_sentences(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Run :func:`analysis.dates.find_dates` on each article and place each date in its sentence.

    Parameters
    ----------
    articles : DataFrame
        As :func:`analysis.seeds.load_seeds` gives (``doc_id``, ``published``, ``text``).
    sentences : DataFrame
        As :func:`analysis.sentences.split_sentences` gives.

    Returns
    -------
    DataFrame
        Columns ``DATE_SENTENCE_COLUMNS``: ``doc_id``, ``sentence_idx`` (the sentence that holds
        the expression's start; -1 when it falls in none), then the columns of ``find_dates``:
        ``start_char``, ``end_char``, ``text``, ``type``, ``value``, ``first_day``, ``last_day``.
    """
    from .dates import _date_frame, _date_rows

    spans: dict[Any, list[tuple[int, int, int]]] = {}
    for doc_id, start, end, idx in zip(
        sentences["doc_id"].tolist(),
        sentences["start_char"].tolist(),
        sentences["end_char"].tolist(),
        sentences["sentence_idx"].tolist(),
        strict=True,
    ):
        spans.setdefault(doc_id, []).append((start, end, idx))
    # One frame at the end from every article's rows: a frame per article costs more than
    # finding its dates.
    rows: list[tuple] = []
    doc_ids: list[Any] = []
    where: list[int] = []
    for doc_id, text, published in zip(
        articles["doc_id"].tolist(),
        articles["text"].tolist(),
        articles["published"].tolist(),
        strict=True,
    ):
        found = _date_rows(text, published)
        if not found:
            continue
        locate = _locator(spans.get(doc_id, []))
        where.extend(locate(row[0]) for row in found)
        doc_ids.extend([doc_id] * len(found))
        rows.extend(found)
    if not rows:
        return pd.DataFrame(columns=list(DATE_SENTENCE_COLUMNS))
    out = _date_frame(rows).assign(doc_id=doc_ids, sentence_idx=where)
    return out[list(DATE_SENTENCE_COLUMNS)].reset_index(drop=True)


def _locator(spans: list[tuple[int, int, int]]) -> Any:
    """``pos -> sentence_idx`` of the first span (in the order given) holding ``pos``, else -1.

    Spans in text order that do not overlap (as the sentence splitter gives them) are searched
    by bisection; any other list is scanned in order.
    """
    ordered = all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False)) and all(
        s <= e for s, e, _ in spans
    )
    if not ordered:
        return lambda pos: next((i for s, e, i in spans if s <= pos < e), -1)
    starts = [s for s, _, _ in spans]

    def locate(pos: int) -> int:
        k = bisect.bisect_right(starts, pos) - 1
        if k >= 0 and spans[k][0] <= pos < spans[k][1]:
            return spans[k][2]
        return -1

    return locate


def _iso(day: Any) -> str | None:
    if day is None or (isinstance(day, float) and pd.isna(day)) or day is pd.NaT:
        return None
    if isinstance(day, pd.Timestamp):
        return day.date().isoformat()
    if isinstance(day, dt.date):
        return day.isoformat()
    text = str(day)
    return text[:10] if _ISO_VALUE.fullmatch(text[:10]) else None


def _date_span(row: Any) -> tuple[str | None, str | None]:
    """(start, end) ISO strings of a date expression, or (None, None) when it is vague."""
    value = str(row.value or "")
    first, last = _iso(row.first_day), _iso(row.last_day)
    if _PART_OF_YEAR.fullmatch(value) and first is not None:
        return value[:4], value[:4]  # "in the first half of 2031": the year is what it tells
    if value.endswith("-WE") and first is not None and last is not None:
        return first, last  # "weekend talks": the Saturday and the Sunday
    if not _ISO_VALUE.fullmatch(value[:10]) or first is None:
        return None, None
    if len(value) == 10 or (first and last and first != last and len(value) >= 10):
        return first, last or first
    if len(value) == 7:  # a month ("March to May 2024": to the last month), month precision
        return value, last[:7] if last and last[:7] > value else value
    if len(value) == 4:
        return value, value
    return first, last or first


def _dates_compatible(a: tuple[str | None, str | None], b: tuple[str | None, str | None]) -> bool:
    """True when either interval is unknown, or they overlap (an open end runs on)."""
    if a[0] is None or b[0] is None:
        return True
    a1 = iso_day(a[1], last=True) if a[1] else None
    b1 = iso_day(b[1], last=True) if b[1] else None
    return spans_overlap((iso_day(a[0]), a1), (iso_day(b[0]), b1))


# ----------------------------------------------------------------------------- candidates


@dataclass
class _Cand:
    """One mention of an event in one sentence."""

    sentence_idx: int
    kind: str
    type: str
    t0: int  # trigger span, offsets in the sentence text
    t1: int
    form: str  # noun | verb
    salience: int = 1  # 1 reference, 2 new mention, 3 told as happening
    status: str = "occurred"
    start: str | None = None
    end: str | None = None
    venue: str | None = None
    city: str | None = None
    country: str | None = None
    participants: set[str] = field(default_factory=set)
    hosts: set[str] = field(default_factory=set)
    round: int | None = None
    formats: set[str] = field(default_factory=set)
    topic: str | None = None  # what a proposal is of; for an agreement, the kind of its text
    quantity: bool = False
    first: bool = False
    is_next: bool = False
    topical: bool = False
    conditional: bool = False  # in a condition ("if the talks fail"): none in particular
    quoted: bool = False  # in quoted speech
    day_open: bool = False  # its day is said to be open ("on a date to be agreed")
    guessed: bool = False  # its status is read from its date alone, no word tells it
    around: tuple[dt.date, dt.date] | None = None  # the week it was in ("last week's talks")
    days: int | None = None  # how many days the talks lasted, when they ended on their date
    inferred: bool = False  # the span is reckoned from the length and the day they ended
    recalled: bool = False  # the sitting before the one told ("the first since May 2019")
    aside: bool = False  # dated as another moment of a day told before ("earlier in the day")
    story: int = 0  # which datelined item of a digest of several it is told in
    # an item of a list of sittings (none other of its sentence), by the type the list tells
    listed: str = ""
    evidence: str = ""

    @property
    def info(self) -> int:
        return (
            (self.start is not None)
            + (self.city is not None or self.venue is not None)
            + self.quantity
        )


def _ordinal_number(word: str, lex: dict[str, Any]) -> int | None:
    """8 for "eighth" or "8th"."""
    word = word.lower()
    return lex["ordinals"].get(word) or (int(word[:-2]) if word[:-2].isdigit() else None)


def _find_triggers(text: str, lex: dict[str, Any], heads: set[str] | None = None) -> list[_Cand]:
    if heads is None:
        heads = _sentence_heads(text, lex)
    found: list[_Cand] = []
    for kind in lex["kinds"]:
        for form in ("verbs", "nouns"):
            if not _may_match(kind[form + "_heads"], heads):
                continue
            for m in _find_at_heads(kind[form], text, kind[form + "_heads"], heads):
                if kind["objects"] is not None and not _has_object(text, m.start(), m.end(), kind):
                    continue
                if _ROUND_NOUN.fullmatch(m.group()) and lex["round_of_other"].match(text, m.end()):
                    continue  # "a new round of sanctions"
                if (kind["id"] == "proposal" and lex["hinting"].fullmatch(m.group())
                        and _CLAUSE_AFTER.match(text, m.end())):
                    continue  # "suggested that the process had stalled": a view, no proposal
                found.append(_Cand(-1, kind["id"], kind["type"], m.start(), m.end(), form[:-1]))
        if _may_match(kind["subject_verbs_heads"], heads):
            # "the ministers gathered at a hotel", not "protesters gathered outside it"
            found += [_Cand(-1, kind["id"], kind["type"], m.start(), m.end(), "verb")
                      for m in _find_at_heads(kind["subject_verbs"], text,
                                              kind["subject_verbs_heads"], heads)
                      if kind["subjects"].search(
                          _clause_before(text, m.start(), kind["subject_window"]))]
    if "call" in text:
        # a call told by its verb and the one called ("interrupted the meeting to call Jon
        # Vale", "called Ana Ruiz on Monday"), not "called the plan useless"
        found += [_Cand(-1, "phone_call", "phone_call", m.start(), m.end(), "verb")
                  for m in _CALLED_NAMED.finditer(text) if _GUEST_NAMED.match(text, m.end())]
    if "spen" in text:
        # time spent with the other side is a sitting with it ("spent about five hours with
        # the president", "spent three days, from 4 to 6 May, with the Sudland team")
        found += [_Cand(-1, "talks", "talks_round", m.start(), m.end(), "verb")
                  for m in lex["spent_with"].finditer(text)]
    rounds = lex["round"].finditer(text) if _may_match(lex["round_heads"], heads) else ()
    for m in rounds:
        if lex["round_of_other"].match(text, m.end()):
            continue  # "the first round of presidential elections"
        tail = _ROUND_TAIL.match(text, m.end())
        found.append(
            _Cand(-1, "talks", "talks_round", m.start(), tail.end() if tail else m.end(), "noun")
        )
    if _may_match(lex["counted_heads"], heads):
        # "to hold a vice-ministerial dialogue", "the High-Level Economic Dialogue"
        found += [_Cand(-1, "talks", "talks_round", m.start("noun"), m.end("noun"), "noun")
                  for m in lex["counted"].finditer(text)]
    # a sitting named by its series and number ("at COP28 in Dubai", "ZTC-4, which will
    # be held in Lusaka")
    if _CODE_DIGIT.search(text):
        found += [_Cand(-1, "talks", "talks_round", m.start("code"), m.end("code"), "noun")
                  for m in lex["session_code"].finditer(text)
                  if m.group("before") is not None or m.group("after") is not None]
    found += [_Cand(-1, "talks", "talks_round", m.start("ord"), m.end("code"), "noun",
                    round=_ordinal_number(m["ord"], lex))
              for m in lex["numbered_series"].finditer(text)]
    if _may_match(lex["aside_round_heads"], heads):
        # "the next, and everyone hopes final, round": an aside between the word and the noun
        found += [_Cand(-1, "talks", "talks_round", m.start(), m.end(), "noun")
                  for m in lex["aside_round"].finditer(text)]
    # Drop a trigger inside a longer one of another kind ("conference" in "press conference"),
    # and exchange words that name neither prisoners nor bodies.
    found.sort(key=lambda c: (-(c.t1 - c.t0), c.t0, c.kind != "phone_call"))
    kept: list[_Cand] = []
    for c in found:
        if any(k.t0 <= c.t0 and c.t1 <= k.t1 and (k.t1 - k.t0) > (c.t1 - c.t0) for k in kept):
            continue
        if any(k.t0 == c.t0 and k.t1 == c.t1 and k.kind in (c.kind, "phone_call") for k in kept):
            continue  # (a verb that a line named makes a call is no meeting: "spoke directly by phone")
        kept.append(c)
    if kept and _may_match(lex["may"]["not_events"], heads):
        idioms = [(m.start(), m.end())
                  for m in _find_at_heads(lex["not_events"], text, lex["may"]["not_events"], heads)]
        kept = [c for c in kept if not any(a <= c.t0 and c.t1 <= b for a, b in idioms)]
    # Ordinal rounds: the round phrase and a talks noun just after it are one trigger.
    kept.sort(key=lambda c: (c.t0, c.t1))
    return kept


_ROUND_NOUN = re.compile(r"rounds?", re.IGNORECASE)
# a clause telling a state after a verb, its subject and an indicative verb ("the process
# had", "that talks were"); not a modal or a bare verb ("that a team be set up", "that the
# pact could be restored": what is put forward)
_CLAUSE_AFTER = re.compile(
    r"\s+(?:that\s+)?(?:[\w'’-]+\s+){1,5}?(?:had|has|have|was|were|is|are|did|does)\s",
    re.IGNORECASE)
# "Earlier, officials had said ...": what a story said before its update
_SUPERSEDED = re.compile(
    r"\s*earlier(?:\s+(?:on\s+)?(?:today|on\s+\w+day|in\s+the\s+day))?,?\s+[^.;:]{0,60}?(?<![\w-])"
    r"had\s+(?:said|expected|predicted|forecast|indicated|suggested|signalled|signaled)\b",
    re.IGNORECASE,
)


# what a sitting's code ("COP28", "ZTC-4") holds: a capital, then a digit
_CODE_DIGIT = re.compile(r"[A-Z]-?\d")


def _has_object(text: str, start: int, end: int, kind: dict[str, Any]) -> bool:
    w = kind["object_window"]
    if kind["other_objects"] is not None and kind["other_objects"].match(text, end):
        return False  # "exchanged messages on the prisoner issue": no swap
    if kind["id"] == "prisoner_exchange" and (
            _IN_RETURN.fullmatch(text, max(0, start - 3), end + 1)
            or (_IN_RETURN_FOR.match(text, max(0, start - 3))
                and not text[: max(0, start - 3)].strip())):
        # "In exchange, Velm would free 250 prisoners", "In exchange for the truce, ...": the
        # swap is told by its verb
        return False
    if kind["other_before"] is not None and kind["other_before"].search(
            text, max(0, start - 40), start):
        return False  # "days of artillery and rocket exchanges": fighting, no swap
    if kind["type"] == "statement":
        # a reaction: what it welcomes comes after it ("welcomed the agreement"), not before
        # ("signed a deal, and Velm welcomed it": the deal is the news)
        return bool(kind["objects"].search(text, end, min(len(text), end + w)))
    if kind["to_person"] is not None:
        # "handed the plan to President Vale in Velm", "hands Vale the plan": handed in person
        return bool(kind["to_person"].match(text, end))
    if kind["id"] == "audience" and _RECEIVED_BY.search(text, max(0, start - 20), end):
        # the visitors the subject of the passive ("were then received by the president in
        # his office"), the host named after "by"
        by = _HOST_BY.match(text, end)
        # (the visitors are people: "the ministers", "the delegation", "Vale"; not "a copy"
        # nor "the letter from the Kremlin")
        guests = (bool(kind["objects"].search(text, max(0, start - 2 * kind["object_window"]),
                                              start))
                  or bool(_NAME_LAST.fullmatch(_clause_before(text, start, kind["object_window"]))))
        return guests and by is not None and (bool(_GUEST_NAMED.match(text, by.end() - 1))
                                              or bool(kind["objects"].match(text, by.end())))
    if kind["id"] == "audience" and _HOST_VERB.fullmatch(text, start, end) and not kind["lead"]:
        # the guest's title right after the host's verb ("hosted Sudland's Prime Minister ...",
        # "hosting the Sudland delegation"); not "hosted the talks" nor "hosted between"
        pos = _ARTICLE_GAP.match(text, end).end()
        for _ in range(4):  # ("Sudland Prime Minister": the title after one capitalised word)
            if kind["objects"].match(text, pos):
                return True
            word = _CAPITAL_WORD.match(text, pos)
            if word is None:
                return False
            pos = word.end()
        return False
    if kind["id"] == "audience":
        # "received the Turkish delegation", not "received a call from the minister" nor
        # "was received by the president"
        # "called on the Prime Minister" is a visit paid, "called on the president to resign"
        # an appeal
        return (not _NOT_RECEIVED.match(text, end)
                and not (_CALLED_ON.search(text, start, end) and _URGED.match(text, end))
                and (bool(kind["objects"].search(text, end, min(len(text), end + w)))
                     # "received Jon Vale in the palace on 6 May": a guest named
                     or (text[start:end].lower().startswith("receiv")
                         and bool(_GUEST_NAMED.match(text, end)))))
    if kind["id"] == "agreement" and _SIGN.fullmatch(text, start, end) and _DETERMINER_END.search(
            text, max(0, start - 20), start):
        return False  # "in three signed originals", "the signed text": a copy, no signing
    if kind["id"] == "agreement" and _ARTICLE_END.search(text, start, end):
        # "agreed to a seven-day truce", "reached a staff-level agreement": the accord heads
        # the phrase; not "reached an impasse over the truce" nor "agreed to a pause in talks"
        pos = end
        for _ in range(4):
            gap = _GAP.match(text, pos)
            if kind["objects"].match(text, gap.end()):
                return True
            word = _MODIFIER.match(text, gap.end())
            if word is None:
                return False
            pos = word.end()
        return False
    if kind["id"] == "agreement" and _SIGN.fullmatch(text, start, end) and _SIGNED_NAME.match(
            text, end):
        return True  # "signed a new Protocol, number 7": a text of a kind named by its title
    lo, hi = max(0, start - w), min(len(text), end + w)
    if kind["id"] == "agreement" and _PASSIVE.search(text, max(0, start - 10), start):
        # "the Treaty between A and B on the State Border was signed": the subject is far
        lo = max(0, text.rfind(";", 0, start) + 1, start - 2 * w)
    if kind["objects"].search(text, lo, hi):
        if kind["id"] == "prisoner_exchange":
            near = text[lo:hi].lower()
            return not re.search(r"bodies|remains", near) or "prisoner" in near or "pow" in near
        return True
    return (
        kind["id"] == "prisoner_exchange"
        and bool(_N_FOR_N.search(text, lo, hi))
        and ("bod" not in text[lo:hi].lower())
    )


_PASSIVE = re.compile(r"(?<![\w-])(?:was|were|been|is|are)\s+$", re.IGNORECASE)
# a visit received in the passive ("were then received by", "was warmly received by")
_RECEIVED_BY = re.compile(r"(?<![\w-])(?:was|were|been|being)\s+(?:[a-z]+ly\s+|then\s+|also\s+)?"
                          r"received$", re.IGNORECASE)
# a name in capitals right before the verb's auxiliary ("Vale was received by")
_NAME_LAST = re.compile(r"\s*(?:(?-i:[A-Z][a-z][\w'’-]*)\s+){1,3}(?:was|were)\s+(?:[a-z]+\s+)?")
_IN_RETURN = re.compile(r"in\s+exchange,", re.IGNORECASE)
_IN_RETURN_FOR = re.compile(r"in\s+exchange\s+for\b", re.IGNORECASE)
_NEXT_PREDICATE = re.compile(r",?\s+and\s+(?:then\s+|also\s+)?(?=(?:[a-z]+ed|said|spoke|met)\b)")
_HOST_VERB = re.compile(r"host(?:ed|ing|s)", re.IGNORECASE)
# the space and article after a host's verb, and a capitalised word (a country's adjective,
# a name) that may stand before the guest's title
_ARTICLE_GAP = re.compile(r"\s*(?:(?<=\s)(?:the|a)\s+)?", re.IGNORECASE)
_CAPITAL_WORD = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s+")
_HOST_BY = re.compile(r"\s+by\s+(?:the\s+|his\s+|her\s+|their\s+)?", re.IGNORECASE)
_SIGN = re.compile(r"sign(?:ed|s)?", re.IGNORECASE)
# a capitalised noun as the whole object of "signed" ("signed a new Minute in Dorf"): a text
# of a kind its parties name with a capital, as they do a Protocol or a Charter
_SIGNED_NAME = re.compile(
    r"\s+(?:a|an|the)\s+(?:new\s+)?(?-i:[A-Z][a-z]+)"
    r"(?=\s*(?:[,;.]|$)|\s+(?:in|on|at|with|number|No\.|setting|that|which)\s)",
    re.IGNORECASE)
_ARTICLE_END = re.compile(r"\s(?:a|an)$", re.IGNORECASE)
_DETERMINER_END = re.compile(
    r"(?<![\w-])(?:a|an|the|its|their|his|her|these|those|two|three|four|five|\d+)\s+$",
    re.IGNORECASE)
_GAP = re.compile(r",?\s*[\"“‘']?")  # (a quotation mark may open the name: reached a "truce")
# a modifier before the head noun of an accord: no preposition or article
_MODIFIER = re.compile(
    r"(?!(?:over|on|in|of|the|to|for|with|at|about|from|into|by|a|an)(?![\w'’-]))[\w'’-]+",
    re.IGNORECASE,
)
_CALLED_ON = re.compile(r"call", re.IGNORECASE)
_CALLED_NAMED = re.compile(r"(?<![\w-])(?:to|will|would)\s+(?P<verb>call|phone)(?=\s)"
                           r"|(?<![\w-])(?P<past>called|calls)(?=\s)", re.IGNORECASE)
# a person named right after a verb of receiving, then a place, a day or the end of the clause
# ("received Jon Vale in the Kremlin on 6 May"), not a month or a thing ("received Norland's
# reply", "received US weapons")
_GUEST_NAMED = re.compile(
    r"\s+(?!(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)\b)"
    r"(?:(?-i:[A-Z][a-z][\w'’-]*)(?:\s+(?:(?-i:[A-Z][a-z][\w'’-]*)|(?-i:bin|ibn|al|de|van|von))){0,5}"
    r"(?=\s+(?:in|at|on)\s|\s*[,.;]|$)"
    # or the visitors named before, then the day or place of the visit ("received them on
    # 2 May")
    r"|(?-i:them|him|her)(?=\s+(?:in|at|on)\s))")
_URGED = re.compile(r"[^.;:!?]*?(?<![\w-])to\s+(?-i:[a-z])", re.IGNORECASE)
_NOT_RECEIVED = re.compile(
    r"\s+(?:by\b|(?:(?:a|an|the|his|her|their|its)\s+)?(?:[\w'’-]+\s+)?(?:call|calls|letter|letters"
    r"|message|messages|invitation|report|reports|briefing|proposal|reply|response|answer"
    r"|assurances?|guarantees?|support|aid|funds|funding|approval|credentials|copy|text|list"
    r"|delivery|shipment|award|prize|visa|news|information|request)\b)",
    re.IGNORECASE,
)


_WORD = re.compile(r"[\w'’-]+")
_ARTICLE_BEFORE = re.compile(r"(?:the|a|an)\s+$", re.IGNORECASE)
# where what is told after an event noun ends: another clause, a stop
_AFTER_END = re.compile(r",\s+and\b|[;:!?|]|\.(?:\s|$)")
_SUBJECT_END = re.compile(r",\s+and\b|[;:!?]|\.(?:\s|$)")


def _word_before(text: str, pos: int, n: int = 1) -> list[str]:
    words = _WORD.findall(text, max(0, pos - 80), pos)
    return [w.lower() for w in words[-n:]]


def _salience(text: str, c: _Cand, lex: dict[str, Any]) -> None:
    """How the sentence tells the event: as happening (3), as news (2), or as a reference (1)."""
    may = lex["may"]
    words = _word_before(text, c.t0, 6)
    prev = words[-4:]
    dets = lex["determiners"]
    cut = max((i for i, w in enumerate(prev) if w in dets), default=None)
    tail = prev[cut:] if cut is not None else prev[-2:]
    head = _WORD.match(text, c.t0, c.t1)
    # "the next round" is a later round, whether "next" is in the trigger or before it
    c.is_next = any(w in lex["next"] for w in tail) or bool(
        head and head.group().lower() in lex["next"]
    )
    if c.form == "verb" and not _ARTICLE_BEFORE.match(text, max(0, c.t0 - 4), c.t0):
        c.salience = 3
    else:
        aside = _ASIDE.match(text, c.t1)  # "The next meeting, at the level of ministers, will"
        rest = aside.end() if aside else c.t1
        after = _AFTER_END.split(text[rest : rest + 45])[0]
        before = text[max(0, c.t0 - 40) : c.t0]
        head = max(_dateline_end(text), _stamp_end(text))
        if _SUBJECT_PP.match(text, c.t1) and len(text[head : c.t0].split()) <= 3:
            # the subject of the sentence with its complements ("The third round of talks
            # between A, B and C on the dam concluded on Tuesday")
            after = _SUBJECT_END.split(text[c.t1 : c.t1 + 140])[0]
        verb = next((m for m in lex["before"].finditer(before)
                     if not (_ISSUED.fullmatch(m.group()) and _PREPOSITION.search(before, m.end()))),
                    None) if _may_hold(text, may["before"]) else None
        if ((_may_hold(text, may["after"]) and lex["after"].search(after)) or verb is not None
                or _CELL_END.match(text, c.t1)):
            # the head of a table row tells its event: "Round 2 | 4-5 May | Harare | ..."
            c.salience = 3
        else:
            det = next((w for w in reversed(words) if w in dets), None)
            c.salience = 2 if det is None or det in lex["indefinite"] else 1
    if ((_may_hold(text, may["topic"]) and lex["topic"].search(text[max(0, c.t0 - 40) : c.t0])
         and not lex["occasion"].search(text, max(0, c.t0 - 40), c.t0))
            or (c.form == "noun" and lex["subject_of"].search(text, max(0, c.t0 - 40), c.t0))
            or (_may_hold(text, may["topic_after"])
                and lex["topic_after"].search(_clause_after(text, c.t1, 45)))
            or _ANY.search(text, max(0, c.t0 - 30), c.t0)
            # "the fund has been talked about for years": the passive tells a topic
            or (c.form == "verb" and _PASSIVE_AUX.search(text, max(0, c.t0 - 20), c.t0)
                and _ABOUT.match(text, c.t1))
            or c.conditional
            or text.rstrip(" \"”’'»)").endswith("?")):  # a question reports nothing
        c.topical = True
        c.salience = min(c.salience, 1)


# a sentence that opens with a condition: what its main clause tells may not happen
_IF_OPENING = re.compile(r"\s*(?:if|unless)\s[^,;:]*,", re.IGNORECASE)
# inside a condition, up to its comma: "If the talks take place, ...", "... if talks fail"
_CONDITION = re.compile(r"(?<![\w-])(?:if|unless)\s[^,;:—–]*$", re.IGNORECASE)
_CONDITION_HEADS = frozenset({"if", "unless"})
# a text issued before an event noun: the noun is what was issued, unless a preposition comes
# between ("issued at the conclusion of the meeting": the meeting is not what was issued)
_ISSUED = re.compile(r"issued|released|published", re.IGNORECASE)
_PREPOSITION = re.compile(r"(?<![\w-])(?:at|of|after|during|following|from|with)\s", re.IGNORECASE)
# an aside between commas right after an event noun, with no verb of its own
_ASIDE = re.compile(
    r",\s+(?:at|in|of|with|between|among|on|under|like|as|the)\s[^,;.]{0,60},(?=\s)"
    r"|\s+[-–—]\s+the\s[^,;.–—]{0,60}\s[-–—](?=\s)"  # " - the first since 2018 - "
    # who tells it, set off by commas ("The next round, diplomats said, will be held in Lisk")
    r"|,\s+(?:[\w'’.-]+\s+){1,4}(?:said|say|says|told\s+[\w'’.-]+(?:\s+[\w'’.-]+)?|added|noted)"
    r",(?=\s)"
)
# "any agreement is signed", "before any talks": no event in particular
_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:been|being|be|is|are|was|were)\s+(?:\w+ly\s+)?$",
                          re.IGNORECASE)
_ABOUT = re.compile(r"\s+about\b", re.IGNORECASE)
_ANY = re.compile(r"(?<![\w-])any\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)

_MASTHEAD_LINES = 3
_MASTHEAD = re.compile(
    r"\s*(?:(?:joint|official|full)\s+)?(?:press\s+release|statement|communiqu[eé]|declaration"
    r"|readout|read-out|news\s+release|press\s+statement)(?:\s+(?:of|by|from|on|issued\s+by)"
    r"\b[^.!?]{0,120})?\s*[.:]?\s*",
    re.IGNORECASE,
)
_TIME_STAMP = re.compile(
    r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{2,4}\b)?\s*[—–-]+\s*",
    re.IGNORECASE,
)


# a time stamp on a line of its own ("14:32 GMT"), heading the live-blog entry below it
_STAMP_LINE = re.compile(r"\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?(?:GMT|UTC|[A-Z]{2,4}\b)?\s*",
                         re.IGNORECASE)


@functools.lru_cache(maxsize=64)
def _stamp_end(text: str) -> int:
    """End of a live-blog time stamp heading a sentence ('12:05 GMT — ')."""
    m = _TIME_STAMP.match(text)
    return m.end() if m else 0


_SUBJECT_PP = re.compile(r"\s+(?:between|among|with|on|over|of)\s", re.IGNORECASE)


_CLAUSE_CUT = re.compile(r",\s|[;:—]")
_CLAUSE_STOP = re.compile(r",\s|[;:!?—|]|\.(?:\s|$)")


def _clause_before(text: str, pos: int, width: int) -> str:
    chunk = text[max(0, pos - width) : pos]
    cuts = [m.end() for m in _CLAUSE_CUT.finditer(chunk)]
    return chunk[cuts[-1] :] if cuts else chunk


def _clause_after(text: str, pos: int, width: int) -> str:
    chunk = text[pos : pos + width]
    stop = _CLAUSE_STOP.search(chunk)
    return chunk[: stop.start()] if stop else chunk


def _masked(text: str, lex: dict[str, Any], heads: set[str] | None = None) -> tuple[str, bool]:
    """The sentence with the month "May" masked, and whether it leaves the event undecided
    (not the day only: "on a date to be agreed" is in ``date_open``). Given the sentence's
    ``heads``, the undecided words are looked for only where they may be."""
    if "May" in text:
        text = _MONTH_MAY.sub(lambda m: "_" * len(m.group()), text)
    if heads is not None and not _may_match(lex["may"]["status:undecided"], heads):
        return text, False
    return text, bool(lex["statuses"]["undecided"].search(text))


_DONE_BEFORE = re.compile(r"\b(?:after|following|since|during)\s+(?:[\w'’-]+\s+){0,6}$", re.I)
_INVITED = re.compile(r"(?<![\w-])(?:invitation|invited|invites|invite)(?![\w-])", re.IGNORECASE)
_INVITED_HEADS = frozenset({"invit"})
_ON_DAY = re.compile(
    r"\bon\s+(?=(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug"
    r"|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep"
    r"|Oct|Nov|Dec))"
)


_RELATIVE_END = re.compile(r",\s+(?:and|which|who)\b|[;:!?]|\.(?:\s|$)")
_FUTURE = re.compile(
    r"\b(?:will|would|(?<!according )(?<!due )(?<!thanks )(?<!pursuant )to|going to"
    r"|plans? to|expected to)\s+(?:be\s+)?(?:\w+\s+)?$",
    re.IGNORECASE,
)
_BY = re.compile(r"\s*by\b")
_PAST = re.compile(r"\b(?:was|were|had|has|have)\b", re.IGNORECASE)


_FUTURE_MAIN = re.compile(r"(?<![\w-])(?:will|shall|(?:is|are)\s+(?:expected|due|scheduled|set|likely)"
                          r")(?![\w-])[^,;:!?]*?(?<![\w-])(?:after|following)\s+"
                          r"(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
_TO_COME = re.compile(r"\s+(?:(?:is|are)\s+(?:expected|due|scheduled|set|likely)|will\s+be\s+"
                      r"(?:issued|released|published|made|adopted|given|held))(?![\w-])",
                      re.IGNORECASE)
_AGREEMENT_ON = re.compile(r"(?<![\w-])agreements?\s+on(?![\w-])", re.IGNORECASE)
_AT_BEFORE = re.compile(r"(?<![\w-])(?:at|during)\s+(?:(?:the|a|an|their|its|this|next)\s+)?"
                        r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_TO_BEFORE = re.compile(r"(?<![\w-])to\s+$", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"(?<![\w-])for\s+(?:(?:a|an|the|further|more|new|fresh)\s+)?$",
                         re.IGNORECASE)


# a determiner and a few words of any kind before a noun ("a \"2+2\" vice-ministerial"): the
# noun phrase the lexicon's premodifiers do not cover
_NOUN_PHRASE = re.compile(r"(?<![\w-])(?:a|an|the|their|its)\s+(?:[\w'’\"“”+-]+\s+){1,3}$",
                          re.IGNORECASE)


# an infinitive of holding before the noun phrase of a sitting, perhaps with its day ("and to
# hold a vice-ministerial dialogue", "to co-chair later Saturday the dialogue"): the verb that
# governs it tells the status
_TO_HOLD = re.compile(
    r"(?<![\w-])to\s+(?:hold|convene|host|organi[sz]e|arrange|stage|chair|co-chair)\s+"
    r"(?:(?:later|earlier|on|next|this)\s+)?(?:\w+day\s+)?$", re.IGNORECASE)


# "agreed" as an adjective after an article ("the agreed text", "an agreed-upon line"): what
# was settled, no cue of a plan
_AGREED_ADJECTIVE = re.compile(r"(?<![\w-])(?:the|an|their|its)\s+(?:mutually\s+)?agreed(?:-upon)?"
                               r"(?=\s+(?!to\b|on\b|upon\b|that\b)[a-z])", re.IGNORECASE)


def _status(
    text: str, c: _Cand, lex: dict[str, Any], masked: tuple[str, bool] | None = None
) -> str:
    """Status of one mention from the cue words next to it (``unknown`` when none says)."""
    statuses = lex["statuses"]
    text, undecided = masked or _masked(text, lex)
    aside = _ASIDE.match(text, c.t1)
    before, after = _clause_before(text, c.t0, 50), _clause_after(text, aside.end() if aside else c.t1, 40)
    if c.form == "noun" and _SUBJECT_PP.match(text, c.t1) and len(text[: c.t0].split()) <= 3:
        # the subject with its complements: "The fifth meeting of the Joint Committee will
        # be held in Ankara"
        after = _RELATIVE_END.split(text[c.t1 : c.t1 + 140])[0]
    if c.kind == "statement":
        # a statement made is made, whatever it leaves undecided ("told reporters that a date
        # had yet to be set"); one still to come, or only asked for, is no event yet
        future = (_FUTURE.search(before) or lex["request"].search(before)
                  # "A joint statement is expected after the meeting": still to come
                  or (c.form == "noun" and _TO_COME.match(text, c.t1)))
        return "planned" if future else "occurred"
    if undecided:
        return "undecided"
    trigger = text[c.t0 : c.t1]
    if c.form == "noun" and c.kind in _HELD_KINDS and lex["spoken_in"].search(before):
        return "occurred"  # "said in a call with his counterpart that the talks would resume"
    if c.kind == "proposal":
        if re.search(r"swap|exchang|trad|pass|hand|present|submit|tabl|circulat", trigger, re.I) or re.search(
            r"\b(?:passed|handed|swapped|exchanged|traded|presented|submitted|delivered)\b",
            before + " " + after,
            re.I,
        ):
            return "occurred"
        return "proposed"
    may = lex["may"]
    proposed = _may_hold(text, may["status:proposed"]) and statuses["proposed"].search(before)
    if _may_hold(text, _INVITED_HEADS) and _INVITED.search(_clause_before(text, c.t0, 120)):
        return "proposed"  # "an invitation from the prime minister to President X to visit"
    if (proposed and not _BY.match(before, proposed.end())
            # "put forward a proposal for a truce at the talks": the talks are its occasion
            and not lex["occasion"].search(before, proposed.end())):
        return "proposed"
    if _DONE_BEFORE.search(before):
        # "a truce after weeks of indirect talks": the talks came first; but "a statement
        # is expected after the meeting" tells of one still to come
        future = _FUTURE_MAIN.search(text, 0, c.t0)
        if future is None:
            return "occurred"
        return "expected" if re.search(r"expected|likely", future.group(), re.I) else "scheduled"
    # "agreed on the text of a deal": the agreeing is the event, not a cue of a plan
    said = "" if c.kind == "agreement" and trigger[:5].lower() == "agree" else trigger
    # the cue is read up to 30 characters before the noun phrase the trigger heads, its
    # adjectives and determiners left out of the count ("are set to stage fresh informal talks")
    np = (lex["premodifiers"].search(before) or _NOUN_PHRASE.search(before)
          if c.form == "noun" else None)
    lead = before[: np.start()][-30:] + before[np.start() :] if np else before[-30:]
    if (c.form == "verb" and _TO_BEFORE.search(before)) or (
            np is not None and _TO_HOLD.search(before, 0, np.start())) or (
            _FOR_BEFORE.search(before) and lex["trip"].search(before)) or (
            # "will not sign the treaty at the summit next week": the verb the sitting is the
            # occasion of tells its time
            c.form == "noun" and c.kind in _TALK_KINDS and _AT_BEFORE.search(before)):
        # "will travel to Velm on March 18 to meet", "is expected to travel to Lisk next week
        # for talks": the verb that governs the infinitive, or the trip, tells its status
        lead = _clause_before(text, c.t0, 100)
    if c.form == "verb":
        # a predicate of its own joined after the event's ("spoke by phone for 45 minutes and
        # agreed to meet in person"): its cues are of what it tells, not of the call
        after = _NEXT_PREDICATE.split(after, 1)[0]
    near = lead + " " + said + " " + lex["opened_object"].sub(" ", after)
    near = _ON_DAY.sub(" ", near)  # "signed an agreement on Friday" is no "agreement on"
    near = _AGREED_ADJECTIVE.sub(" ", near)  # "signed the agreed wording": no plan
    if c.kind == "agreement":
        # "reached an agreement on prisoner exchanges": the deal's own topic, no plan of it
        near = _AGREEMENT_ON.sub(" ", near)
    for name in ("ongoing", "scheduled", "expected", "planned"):
        if _may_hold(text, may[f"status:{name}"]) and statuses[name].search(near):
            return name
    if c.salience == 3 or _PAST.search(near):
        return "occurred"
    return "unknown"


# ----------------------------------------------------------------------------- per article


class _Sentence(NamedTuple):
    sentence_idx: int
    block_kind: str
    start_char: int
    text: str


class _Mention(NamedTuple):
    sentence_idx: int
    kind: str
    start_char: int
    end_char: int
    norm: Any
    role: Any
    affiliation: Any
    country: Any


class _Date(NamedTuple):
    sentence_idx: int
    type: Any
    start_char: int
    end_char: int
    value: Any
    first_day: Any
    last_day: Any


@dataclass
class _Article:
    """One article with its sentences, mentions and dates as plain records (frame order)."""

    doc_id: str
    published: dt.date | None
    text: str
    sentences: list[_Sentence]
    mentions: list[_Mention]
    dates: list[_Date]
    sentence_mentions: dict[Any, list[_Mention]]
    sentence_dates: dict[Any, list[_Date]]


_PLURAL = re.compile(r"s$", re.IGNORECASE)
_ADJUNCT_REACH = 40  # characters back from the sitting noun to the preposition before it


def _next_sitting(text: str, c: _Cand, lex: dict[str, Any]) -> bool:
    """A later sitting named as one ("the next round will be held in the spring", "the day of
    the coming session is still to be fixed"): news of a sitting to come, though nothing dates
    or places it.
    Not more talks in general ("details of further talks"), a sitting that only times
    something else ("ahead of the next round"), nor one in the main clause of a condition
    ("If the vote goes the other way, the next meeting could look different")."""
    if c.kind not in _TALK_KINDS or _PLURAL.search(text, c.t0, c.t1):
        return False
    if lex["time_adjunct"].search(text, max(0, c.t0 - _ADJUNCT_REACH), c.t0):
        return False
    opening = _IF_OPENING.match(text)
    return not (opening and c.t0 >= opening.end())


def _records(frame: pd.DataFrame, record: type) -> Iterator[tuple[Any, Any]]:
    """``(doc_id, record)`` for each row of ``frame``, read column by column in one pass."""
    if not len(frame):
        return iter(())
    columns = [frame[name].tolist() for name in record._fields]
    return zip(frame["doc_id"].tolist(), map(record._make, zip(*columns, strict=True)), strict=True)


def _group(frame: pd.DataFrame, record: type) -> dict[Any, list]:
    """Records of ``frame`` grouped by ``doc_id``, each group in frame order."""
    out: dict[Any, list] = {}
    for doc_id, rec in _records(frame, record):
        group = out.get(doc_id)
        if group is None:
            out[doc_id] = [rec]
        else:
            group.append(rec)
    return out


def _by_sentence(records: list) -> dict[Any, list]:
    """Records grouped by ``sentence_idx``, each group in the order given."""
    out: dict[Any, list] = {}
    for rec in records:
        group = out.get(rec.sentence_idx)
        if group is None:
            out[rec.sentence_idx] = [rec]
        else:
            group.append(rec)
    return out


def _code(value: Any) -> str | None:
    if isinstance(value, str) and _CODE.match(value):
        return value
    return None


def _mention_code(m: Any) -> str | None:
    if m.kind == "country":
        return _code(m.norm)
    if m.kind in ("person", "organisation"):
        return _code(m.affiliation) or _code(m.country)
    return None


def _leaders(
    mentions: list[_Mention], lex: dict[str, Any]
) -> dict[str, tuple[re.Pattern[str], str | None]]:
    """Heads of state or government named in an article: name -> (surname pattern, country)."""
    out: dict[str, tuple[re.Pattern[str], str | None]] = {}
    for m in mentions:
        if m.kind != "person" or not isinstance(m.role, str) or not isinstance(m.norm, str):
            continue
        role = m.role.lower()
        if lex["leader"].search(role) and not re.search(
            r"\bvice\b|deputy|aide|adviser|advisor", role
        ):
            surname = m.norm.split()[-1]
            out[m.norm] = (re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)"), _mention_code(m))
    return out


def _sentence_candidates(
    art: _Article,
    sent: _Sentence,
    lex: dict[str, Any],
    leaders: dict[str, tuple[re.Pattern[str], str | None]],
) -> list[_Cand]:
    text = sent.text
    base = int(sent.start_char)
    heads = _sentence_heads(text, lex)
    cands = _find_triggers(text, lex, heads)
    ments = art.sentence_mentions.get(sent.sentence_idx, [])
    unmade = [c for c in cands if _not_agreed(text, c)]
    cands = [c for c in cands if c not in unmade and not _named_proposal(text, c)
             and not _of_unmade(text, c, unmade)
             and not _unmade_proposal(text, c) and not _in_document_name(text, c, lex)
             and not (text[c.t0 : c.t1].endswith("ing") and lex["habit"].search(text, 0, c.t0))]
    cands = [c for c in cands if not _not_held(text, c, lex)]
    told = _channel_statements(text, base, ments, cands, lex, heads)
    # the audience told is no event of its own ("told the opening plenary on Monday")
    cands = [c for c in cands if not any(s.t0 < c.t0 < s.t1 for s in told)] + told
    if int(sent.sentence_idx) < _MASTHEAD_LINES and _MASTHEAD.fullmatch(text):
        # the text's own heading ("Press release of the Ministry ...", "Joint statement")
        cands = [c for c in cands if c.kind != "statement"]
    dates = art.sentence_dates.get(sent.sentence_idx, [])
    may = lex["may"]
    if _may_match(may["plural"], heads):
        cands = _plural_sittings(text, base, dates, cands, lex)
    cands += _placed_sittings(text, base, dates, cands)
    if _may_match(may["ordinal"], heads) and lex["sitting_word"].search(
            art.text, max(0, base - _ANTECEDENT), base + len(text)):
        if _may_match(may["ordinal_verb"], heads):
            cands += _ordinal_sittings(text, lex)
        cands += _apposed_sittings(text, lex)
        cands += _elided_sittings(text, lex)
    if dates and all(c.kind == "statement" for c in cands):
        # the entry's sitting is the event, its briefing no statement of its own
        cands = _entry_meeting(text, base, dates, lex) or cands
    quotes = _quotations(text)
    conditional = _may_hold(text, _CONDITION_HEADS)
    for c in cands:
        c.conditional = conditional and bool(_CONDITION.search(text, 0, c.t0))
        c.quoted = any(a <= c.t0 < b for a, b in quotes)
        _salience(text, c, lex)
    cands = [c for c in cands if not _assembly_sitting(text, c, lex)]
    if any(c.kind != "audience" and c.kind in _TALK_KINDS for c in cands):
        # "will travel to Velm to meet the president": the trip is the meeting told
        cands = [c for c in cands if not (c.kind == "audience" and c.form == "verb"
                                          and lex["trip_verb"].match(text, c.t0, c.t1))]
    agreements = [
        # (not one denied: "No deal was struck in Velm on Tuesday")
        a for a in _dated_agreements(text, base, dates, cands + unmade, lex)
        if not _not_agreed(text, a)
    ] if dates and _may_match(lex["agreement_dated_heads"], heads) else []
    if not cands and not agreements:
        return []
    for c in cands + agreements:
        c.sentence_idx = int(sent.sentence_idx)
        c.evidence = text
    # Leaders named by a meeting make it a summit; in a sentence that names a summit, the
    # other unrealised meetings are that summit too.
    persons = [
        (int(m.start_char) - base, int(m.end_char) - base, m.norm)
        for m in ments
        if m.kind == "person"
    ]
    for name, (rx, _) in leaders.items():
        persons.extend((m.start(), m.end(), name) for m in rx.finditer(text))
    for c in cands:
        if c.kind != "talks":
            continue
        near = [p for p in persons if c.t0 - 45 <= p[0] and p[1] <= c.t1 + 75]
        pair = re.search(r"\b[A-Z][\w'’]+-[A-Z][\w'’]+\s+$", text[max(0, c.t0 - 40) : c.t0])
        if _body_meeting(text, c, persons):
            continue  # "The JSB meets, co-chaired by the prime minister and the president"
        chiefs = {p[2] for p in near if p[2] in leaders}
        others = {p[2] for p in near if p[2] not in leaders}
        if chiefs and (
            len({p[2] for p in near}) >= 2 or c.form == "verb" or pair
        ) and not (len(chiefs) == 1 and others):
            # (a leader with a minister or an envoy named beside: a meeting, no summit)
            c.kind, c.type = "summit", "summit"
            c.participants.update(
                leaders[p[2]][1] for p in near if p[2] in leaders and leaders[p[2]][1]
            )
    masked = _masked(text, lex, heads)
    day_open = _may_match(may["date_open"], heads) and bool(lex["date_open"].search(masked[0]))
    ended = _may_match(may["ended"], heads) and bool(lex["ended"].search(text))
    for c in cands:
        c.status = _status(text, c, lex, masked)
        if c.status == "ongoing" and ended:
            c.status = "occurred"
        if day_open and c.kind != "statement":
            # "agreed to hold the next meeting in 2027, on a date to be agreed": planned, not
            # set for a day
            c.day_open = True
            if c.status in ("occurred", "unknown"):
                c.status = "undecided"
        if (c.kind in _HELD_KINDS and c.form == "verb"
                and lex["unrealised_plan"].search(text, max(0, c.t0 - 40), c.t0)):
            c.status = "undecided"  # "were to have met on Monday": not held as planned
        if (c.kind in _HELD_KINDS and c.form == "noun"
                and lex["not_held_after"].match(text, _ASIDE.match(text, c.t1).end()
                                                if _ASIDE.match(text, c.t1) else c.t1)):
            # "the meeting did not take place": off, as one called off, and news of it
            c.status, c.salience = "undecided", 3
        if c.is_next and (c.status == "undecided" or c.day_open or _next_sitting(text, c, lex)):
            c.salience = max(c.salience, 2)  # "a date for the next round has yet to be set"
    _object_of_plan(text, cands)
    if _SUPERSEDED.match(text):
        # "Earlier, diplomats had expected the round to run into Sunday": a forecast the story
        # has since overtaken
        cands = [c for c in cands if c.status in _REALISED]
    summits = [c for c in cands if c.kind == "summit"]
    for c in cands:
        if (
            c.kind == "talks"
            and c.status not in _REALISED
            and c.round is None
            and any(abs(c.t0 - s.t0) < 120
                    # "officials will meet on March 20 to prepare the summit": a meeting of
                    # its own
                    and not (c.t1 <= s.t0 and _PREPARING.search(text, c.t1, s.t0))
                    for s in summits)
        ):
            c.kind, c.type = "summit", "summit"
    # A proposal to meet is the meeting, proposed; not a separate proposal event. A statement
    # still to be made ("details will be announced") is not an event yet.
    meetings = [
        c
        for c in cands
        if c.kind in (*_TALK_KINDS, "phone_call", "prisoner_exchange", "bodies_repatriation")
    ]
    signings = [c for c in cands if c.kind == "agreement"]
    for c in cands:
        if c.kind == "proposal" and c.form == "verb":
            for m in meetings:
                if _proposed_subject(text, c, m):
                    # "a summit has been proposed, but no date is set": told as made
                    m.status, m.salience = "proposed", 3
    cands = [
        c
        for c in cands
        if not (
            c.kind == "proposal"
            and c.form == "verb"
            and any(_governs(text, c, m) or _proposed_subject(text, c, m) for m in meetings)
        )
        and not (c.kind == "statement" and c.status in ("planned", "scheduled"))
        and not ((c.kind == "statement" or (c.kind == "proposal" and c.form == "noun"))
                 and _NOT_MADE.search(text, max(0, c.t0 - 60), c.t0))
        and not (c.kind == "statement" and c.form == "noun"
                 and _DRAFT.search(text, max(0, c.t0 - 40), c.t0))
        # (and a draft initialled or signed is the agreement, no proposal: "initialled the
        # draft agreement")
        and not ((c.kind == "statement" or (c.kind == "proposal" and c.form == "noun"))
                 and any(_signed(text, a, c) for a in signings))
    ]
    cands += agreements
    for c in cands:
        if c.kind == "proposal":
            window = text[c.t0 : c.t1 + 60]
            c.topic = next(
                (name for name, rx in lex["topics"].items() if rx.search(window)), "other"
            )
        if c.kind == "agreement":
            c.topic = _text_kind(text, c, lex)
        if c.kind in ("statement",) and re.match(r"announc", text[c.t0 : c.t1], re.I):
            c.type = "announcement"
        if c.kind == "talks" and c.form == "noun":
            before = max(0, c.t0 - 40)
            if lex["halted_by"].search(text, before, c.t0) or lex["halted_after"].match(text, c.t1):
                c.kind, c.type = "statement", "announcement"
            elif (text[c.t0 : c.t1].lower() == "negotiations"
                  and lex["concluded_by"].search(text, before, c.t0)):
                c.kind, c.type = "agreement", "agreement"
    if _may_match(lex["round_heads"], heads):
        _attach_rounds(text, cands, lex)
    _attach_dates(text, base, dates, cands, lex)
    _days_apart(text, cands, lex)
    _days_of_talks(text, cands, lex, ended)
    _share_occasion(text, cands)
    unlisted = _unlisted_places(text, base, int(sent.sentence_idx), ments, art, lex, heads)
    unlisted += _towns_after_events(text, base, int(sent.sentence_idx), ments + unlisted, dates,
                                    cands, lex)
    _attach_places(text, base, ments + unlisted, cands, lex)
    _share_place(text, cands, lex)
    _share_sidelines(text, cands, lex)
    # (after the sharing: a text named by its town, "the 1994 Lusaka Protocol", places
    # itself, not the talks that recall it)
    _named_by_town(text, cands, lex)
    if _may_match(may["capital_words"], heads):
        _in_the_capital(art, text, base, cands, lex)
    _attach_participants(text, base, ments, cands)
    formats = [(name, rx) for name, rx in lex["formats"].items()
               if _may_match(may[f"format:{name}"], heads)]
    for c in cands:
        lo, hi = max(0, c.t0 - 60), min(len(text), c.t1 + 60)
        c.formats = {name for name, rx in formats if rx.search(text, lo, hi)}
        if c.kind in ("prisoner_exchange", "bodies_repatriation"):
            c.quantity = bool(_QUANTITY.search(text, lo, hi))
        if c.kind == "talks" and c.formats & {"one-on-one"}:
            c.kind, c.type = "private_meeting", "meeting"
        if (
            c.start is not None
            and art.published is not None
            and c.status in ("occurred", "planned", "unknown")
        ):
            if iso_day(c.start) > art.published and c.status != "planned":
                c.guessed = c.status == "unknown"
                c.status = "scheduled"  # a plan keeps its word ("agreed to hold ... in 2027")
            elif c.status == "unknown":
                c.status = "occurred"
        if (
            c.start is not None
            and art.published is not None
            and c.status in ("scheduled", "planned", "expected")
            and iso_day(c.end or c.start, last=True) < art.published
        ):
            c.status = "occurred"  # "resume talks from where they left off in 2017"
    opening = _IF_OPENING.match(text)
    for c in cands:
        if c.day_open and c.status == "scheduled" and c.start is None:
            c.status = "planned"  # "will take place at a date to be set": set for no day
        if opening and c.t0 >= opening.end() and c.status not in _REALISED:
            c.status = "undecided"  # "If the talks go well, a summit could follow"
    if art.published is not None:
        # a statement still to be made is no event yet ("a briefing set for 24 June")
        cands = [c for c in cands if not (c.kind == "statement" and c.start
                                          and iso_day(c.start) > art.published)]
    realised = sorted((c for c in cands if c.salience >= 2), key=lambda c: c.t0)
    if realised:
        realised[0].first = True
    return cands


_ITEM_SPLIT = re.compile(r",?\s+and\s+|,\s+(?=(?:in|at|on)\s)", re.IGNORECASE)
_FIRST_BEFORE = re.compile(r"(?<![\w-])first\s+$", re.IGNORECASE)
_LIST_END = re.compile(r"[;:]|\.(?:\s|$)|\s[-–—]\s")
_ANTECEDENT = 300  # characters: a bare ordinal ("the first took place") counts sittings told
# of just before it


def _plural_sittings(text: str, base: int, dates: list[_Date], cands: list[_Cand],
                     lex: dict[str, Any]) -> list[_Cand]:
    """"The first two rounds, held in Lusaka on 3 May and in Harare on 9 June": a plural sitting
    noun followed by a list of dated items is one sitting per item, each item's span its
    trigger (so that the item's own date and place are the nearest to it). A count before
    the noun must match the number of dated items."""
    for m in lex["plural"].finditer(text):
        stop = (e.start() if (e := _LIST_END.search(text, m.end())) else len(text))
        starts = [int(r.start_char) - base for r in dates
                  if r.type == "DATE" and _date_span(r)[0] is not None]
        cuts = [m.end(), *(x.end() for x in _ITEM_SPLIT.finditer(text, m.end(), stop)), stop]
        items = [(a, b) for a, b in zip(cuts, cuts[1:], strict=False)
                 if any(a <= d < b for d in starts)]
        before = [w.group() for w in lex["sitting_word"].finditer(text, 0, m.start())]
        if m["more"] and not before:
            continue  # "two more" of what no sitting before names
        word = (m["count"] or m["more"] or "").lower()
        count = 2 if word == "both" else int(word) if word.isdigit() else lex["cardinals"].get(word)
        if len(items) < 2 or (count is not None and count != len(items)):
            continue
        first = bool(_FIRST_BEFORE.search(text, 0, m.start()))  # "the first two rounds"
        cands = [c for c in cands if not (m.start() <= c.t0 < m.end())]
        told = _sitting_type(before[-1] if m["more"] else m.group())
        cands += [_Cand(-1, "talks", "talks_round", a + len(text[a:b]) - len(text[a:b].lstrip(" ,")),
                        b, "noun", round=i + 1 if first else None, listed=told)
                  for i, (a, b) in enumerate(items)]
    return cands


def _sitting_type(words: str) -> str:
    """The type of talks these words tell: a round, a session, or else a meeting."""
    if _ROUND_WORD.search(words):
        return "talks_round"
    return "talks_session" if re.search(r"session|plenary", words, re.I) else "meeting"


# an item of a list that names a place of its own ("in Velm on 9 June")
_PLACED_ITEM = re.compile(r"\s*(?:(?:again|then|later|next)\s+)?(?:in|at)\s+(?:the\s+)?(?-i:[A-Z])",
                          re.IGNORECASE)


def _placed_sittings(text: str, base: int, dates: list[_Date], cands: list[_Cand]) -> list[_Cand]:
    """"The sides met in Lisk on 3 May and in Velm on 9 June": a sitting followed by a
    list of items, each with a day of its own and, after the first, a place of its own, is one
    sitting per item (a day and a place apart cannot be one sitting). The trigger keeps the
    first item; each later one is a sitting of the same kind, its span the trigger."""
    starts = [int(r.start_char) - base for r in dates
              if r.type == "DATE" and _date_span(r)[0] is not None]
    if len(starts) < 2:
        return []
    found = []
    for c in cands:
        if c.kind not in _TALK_KINDS or c.round is not None or c.listed:
            continue
        stop = (e.start() if (e := _LIST_END.search(text, c.t1)) else len(text))
        cuts = [c.t1, *(x.end() for x in _ITEM_SPLIT.finditer(text, c.t1, stop)), stop]
        items = [(a, b) for a, b in itertools.pairwise(cuts) if any(a <= d < b for d in starts)]
        if (len(items) < 2 or items[0][0] != c.t1
                or not all(_PLACED_ITEM.match(text, a, b) for a, b in items[1:])
                or any(sum(a <= d < b for d in starts) > 1 for a, b in items)):
            continue
        c.listed = _sitting_type(text[c.t0 : c.t1]) if c.kind == "talks" else c.type
        found += [_Cand(-1, c.kind, c.type, a + len(text[a:b]) - len(text[a:b].lstrip()), b, "noun",
                        listed=c.listed)
                  for a, b in items[1:]]
    return found


# "... and the second in Brenna on 9 June": an ordinal whose noun and verb are left out, its
# place or day after it. Any item of such a list, after "and", a comma, a semicolon or a colon,
# with "the" or "a" ("two rounds failed: the first in the port of Lisk in May, a second in
# Velm on 9 June, and ..."); the place may follow "the" and a few words.
# what leads a sitting told by its ordinal alone after another ("..., followed by a second")
_LEAD = r"(?:(?<![\w-])and|[,;:]|(?<![\w-])followed\s+by|(?<![\w-])then)\s+"
_ELIDED_LEAD = re.compile(rf"{_LEAD}$", re.IGNORECASE)
_ELIDED_ORDINAL = re.compile(
    rf"{_LEAD}(?P<the>(?:the|a)\s+(?P<ord>\w+))\s+"
    r"(?=(?:in|at|on|from)\s+(?-i:[A-Z0-9])"
    r"|(?:in|at)\s+the\s+(?:(?-i:[a-z-]+)\s+){0,3}(?-i:[A-Z]))",
    re.IGNORECASE,
)


# "The first, in Brenna on 9 March, produced a plan": an ordinal set off by a comma before
# its place or day, the noun left out (a sitting of the series told just before)
_APPOSED_ORDINAL = re.compile(
    r"(?<![\w-])(?P<the>the\s+(?P<ord>\w+)),\s+(?=(?:(?:again|also|this\s+time)\s+)?"
    r"(?:in|at|on)\s+(?-i:[A-Z0-9]))",
    re.IGNORECASE,
)


def _ordinal_sittings(text: str, lex: dict[str, Any]) -> list[_Cand]:
    """"The first took place in Lusaka; the second came a month later": a bare ordinal before
    a verb of taking place, after sittings were told of, is that round; so is one whose noun
    and verb are left out ("their first round sat in Velm and the second in Lisk")."""
    found = [(m.start(), m.end() - 1, m["ord"]) for m in lex["bare_ordinal"].finditer(text)]
    return _ordinal_cands(found, lex)


def _elided_sittings(text: str, lex: dict[str, Any]) -> list[_Cand]:
    """The items of a list of sittings told by their ordinals alone ("the first in Lisk in May,
    a second in Velm on 9 June"): one round each."""
    return _ordinal_cands([(m.start("the"), m.end("the"), m["ord"]) for m in _ELIDED_ORDINAL.finditer(text)
                           if m["ord"].lower() in lex["ordinals"]], lex)


def _ordinal_cands(found: list[tuple[int, int, str]], lex: dict[str, Any]) -> list[_Cand]:
    return [_Cand(-1, "talks", "talks_round", t0, t1, "noun", round=lex["ordinals"][o.lower()])
            for t0, t1, o in found]


def _apposed_sittings(text: str, lex: dict[str, Any]) -> list[_Cand]:
    """"The first, in Brenna on 9 March, produced a plan": a sitting told by its ordinal."""
    return _ordinal_cands([(m.start("the"), m.end("the"), m["ord"]) for m in _APPOSED_ORDINAL.finditer(text)
                           if m["ord"].lower() in lex["ordinals"]], lex)


# a statement told as not made: "no venue has been announced", "a date has not been announced",
# "closed without any joint communique", "neither statement mentioned"
_NOT_MADE = re.compile(
    r"(?:(?<![\w-])no\s+(?:[\w'’-]+\s+){0,5}|(?<![\w-])(?:neither|without)\s+(?:[\w'’-]+\s+){0,3}"
    r"|(?:has|have|had|was|were)\s+not\s+)(?:(?:has|have|had"
    r"|was|were|is|are)\s+)?(?:yet\s+)?(?:been\s+)?$",
    re.IGNORECASE,
)
# a text still being drafted is no statement issued: "the draft statement", "a revised draft
# of the joint statement"
_DRAFT = re.compile(r"(?<![\w-])drafts?\s+(?:of\s+(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){0,2}$",
                    re.IGNORECASE)
_NEGATORS = r"\bnot|n['’]t|\bnever|\byet\s+to|\bfailed\s+to"
_NOT_BEFORE = re.compile(rf"(?:{_NEGATORS})\s+(?:yet\s+)?$", re.IGNORECASE)


_HELD_KINDS = (*_TALK_KINDS, "phone_call")
# "dismissed reports of a secret meeting": the sitting the reports tell of
_REPORTS_OF = re.compile(r"(?<![\w-])(?:reports?|claims?|rumou?rs?|allegations?)\s+(?:of|about)\s+"
                         r"(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
# a sitting told as held ("denied that talks had taken place"), not as ended or stalled
# ("denied that the meeting had ended without a deal": it was held)
_HELD_AFTER = re.compile(
    r"(?:\s+(?:in|at|on|with|between|of)\s+[^,;:.!?]{1,40}?)?\s+(?:(?:had|has|have|was|were)\s+)?"
    r"(?:been\s+)?(?:held|took\s+place|taken\s+place|happened|occurred)(?![\w-])", re.IGNORECASE)
_SINCE_AFTER = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+since\s", re.IGNORECASE)


_HANDOVER_KINDS = ("prisoner_exchange", "bodies_repatriation")


def _not_held(text: str, c: _Cand, lex: dict[str, Any]) -> bool:
    """Whether the sentence tells the sitting as not held: a meeting's verb negated or ruled
    out ("did not meet", "has no plans to meet", "did not hold talks", "no talks"), or told
    under a denial ("denied that its envoys had met")."""
    if c.kind == "statement" and c.form == "noun":
        # "Norland has not issued a statement on the talks"; "as agreed in the joint
        # statement", "the patrols set out in the Velm statement": a text cited for what it
        # lays down, no statement made here
        return bool(lex["not_held_before"].search(text, max(0, c.t0 - 60), c.t0)
                    or lex["cited_in"].search(text, max(0, c.t0 - 60), c.t0))
    if c.kind in _HANDOVER_KINDS:
        # "has not released a single detainee", "no prisoners have been exchanged so far"
        return c.form == "verb" and bool(lex["not_held_before"].search(text, max(0, c.t0 - 60), c.t0)
                                         or _NOT_MADE.search(text, max(0, c.t0 - 60), c.t0))
    if c.kind not in _HELD_KINDS:
        return False
    if (lex["not_held_before"].search(text, max(0, c.t0 - 60), c.t0)
            # "have not met since 2022": they met then (see _attach_dates)
            and not _SINCE_AFTER.match(text, c.t1)):
        return True
    if c.form == "noun" and lex["not_held_said"].match(text, c.t1):
        return True  # "a meeting with Ana Ruiz was unlikely before the summer"
    held = (c.form == "verb" or bool(_HELD_AFTER.match(text, c.t1))
            or bool(_REPORTS_OF.search(text, max(0, c.t0 - 60), c.t0)))
    return held and bool(lex["denial"].search(text, max(0, c.t0 - 120), c.t0))


# a body named right before a meeting verb ("The JSB meets", "the Joint Commission met"), or
# after a meeting noun ("the meeting of the Joint Higher Committee")
_BODY_BEFORE = re.compile(r"(?-i:[A-Z][\w'’-]*)\s+$")
_BODY_AFTER = re.compile(r"\s+of\s+the\s+(?-i:[A-Z])")


def _body_meeting(text: str, c: _Cand, persons: list[tuple[int, int, Any]]) -> bool:
    """Is the mention a meeting of a named body (a commission, a committee), which leaders
    may chair without making it a summit of theirs?"""
    if c.form == "noun":
        return bool(_BODY_AFTER.match(text, c.t1))
    name = _BODY_BEFORE.search(text, max(0, c.t0 - 40), c.t0)
    return (name is not None and name.start() > 0
            and not any(a <= name.start() < b for a, b, _ in persons))


_TITLE_WORD = re.compile(r"(?-i:[A-Z][\w'’-]*)|of|on|for|the|a|an|and|in|to|between|with",
                         re.IGNORECASE)
_TITLE_WORDS = 14  # words back from the noun to the head of the document's name


def _in_document_name(text: str, c: _Cand, lex: dict[str, Any]) -> bool:
    """Is a capitalised talks noun the end of a document's name ("the Memorandum of
    Understanding on a Roadmap for Expediting the Zelnia-Ostland Boundary Negotiations")?"""
    if c.kind != "talks" or c.form != "noun" or not text[c.t0 : c.t0 + 1].isupper():
        return False
    words = re.findall(r"[\w'’-]+", text[max(0, c.t0 - 160) : c.t0])[-_TITLE_WORDS:]
    for w in reversed(words):
        if not _TITLE_WORD.fullmatch(w):
            return False
        if w[:1].isupper() and lex["agreement_noun"].fullmatch(w):
            return True
    return False


# before an agreement's verb: "did not sign", "have not yet agreed on", "refused to sign"
_NOT_SIGNED = re.compile(rf"(?:{_NEGATORS}|\b(?:refused|declined)\s+to)\s+(?:yet\s+)?$",
                         re.IGNORECASE)
# before an agreement told in the passive, its subject: "No agreement was reached", "no final
# deal had been struck", "Neither accord was signed"
_NO_SUBJECT = re.compile(r"(?<![\w-])(?:no|neither)\s+(?:[\w'’-]+\s+){1,4}$", re.IGNORECASE)
_AUXILIARY = re.compile(r"was|were|has|have|had|is|are", re.IGNORECASE)



def _not_agreed(text: str, c: _Cand) -> bool:
    """No agreement made: "They have not agreed on the text", "did not sign the accord",
    "No agreement was reached", "without a memorandum of understanding"."""
    if c.kind != "agreement":
        return False
    if c.form == "noun":
        return bool(_NOT_MADE.search(text, max(0, c.t0 - 60), c.t0))
    if _NOT_SIGNED.search(text, max(0, c.t0 - 20), c.t0):
        return True
    # the passive's auxiliary is the verb's own ("was reached") or stands before it ("was
    # reached in Velm", told by the participle)
    aux = (c.t0 if _AUXILIARY.match(text, c.t0)
           else (m.start() if (m := _PASSIVE_AUX.search(text, max(0, c.t0 - 20), c.t0)) else None))
    return aux is not None and _NO_SUBJECT.search(text, max(0, aux - 60), aux) is not None


_UNMADE_REACH = 60  # characters from an agreement not made to the swap it would have settled


def _of_unmade(text: str, c: _Cand, unmade: list[_Cand]) -> bool:
    """A swap that an agreement not made was to settle ("No agreement was reached on the
    release of detainees"): no swap either."""
    return c.kind in ("prisoner_exchange", "bodies_repatriation") and any(
        a.t1 <= c.t0 <= a.t1 + _UNMADE_REACH and not _CLAUSE_STOP.search(text, a.t1, c.t0)
        for a in unmade)


# "could be proposed", "might suggest": a proposal that may yet be made; "Proposed, no date -":
# a label heading a list entry
_MODAL = re.compile(r"(?<![\w-])(?:could|would|may|might|will|should|can)\s+(?:be\s+)?$", re.I)
_LABEL = re.compile(r"[\s•·*▪‣◦-]*$")


def _unmade_proposal(text: str, c: _Cand) -> bool:
    """A proposal verb that tells no proposal made: one that may yet be made ("a meeting
    could be proposed for the autumn") or a label ("• Proposed, no date - ...")."""
    if c.kind != "proposal" or c.form != "verb":
        return False
    if _MODAL.search(text, max(0, c.t0 - 20), c.t0):
        return True
    return bool(_LABEL.fullmatch(text, 0, c.t0)) and text[c.t1 : c.t1 + 1] in (",", ":")


def _named_proposal(text: str, c: _Cand) -> bool:
    """A proposal noun that ends a capitalised name ("the Lusaka Initiative", "the Arab Peace
    Initiative") names a process, not a proposal made in the story."""
    return (c.kind == "proposal" and c.form == "noun" and text[c.t0 : c.t0 + 1].isupper()
            and bool(_CAPITAL_BEFORE.search(text, 0, c.t0)))


# the end of a sentence after a closing speech tag (", the ministry said on Thursday."): the
# source of the report, a statement of its own only when it closes a quote
_REPORT_TAG = re.compile(r"[\s.]*$")
_QUOTE = re.compile(r"[\"”]")
# a capitalised word right before (and not opening the sentence)
_CAPITAL_BEFORE = re.compile(r"(?<=\S\s)(?-i:[A-Z])[\w'’-]*\s+$")


# "what his ministry called a "roadmap"": the name a speaker gives a thing, not a statement
_WHAT_BEFORE = re.compile(r"(?<![\w-])what\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _channel_statements(
    text: str, base: int, ments: list[_Mention], cands: list[_Cand], lex: dict[str, Any],
    heads: set[str],
) -> list[_Cand]:
    """Statements told by their channel: to an outlet ("told state broadcaster NRK",
    "speaking to Reuters", "wrote on X"), with the time they were made ("said on
    Thursday", "said last week"), the place ("said in Lusaka") or the office that speaks ("the
    interior ministry says")."""
    may = lex["may"]
    speech = _may_match(may["speech"], heads)
    assessing = _may_match(may["assessing"], heads)
    if not speech and not assessing and not _may_match(may["channel_verb"], heads):
        return []
    outlets = [int(m.start_char) - base for m in ments if m.kind == "media"]
    places = {int(m.start_char) - base for m in ments if m.kind == "place"}
    spans = [(m.start("verb"), m.end("verb"))
             for m in _find_at_heads(lex["speech_in"], text, may["speech"], heads)
             if m.end() in places] if speech else []
    for m in (_find_at_heads(lex["channel_verb"], text, may["channel_verb"], heads)
              if _may_match(may["channel_verb"], heads) else ()):
        tail = lex["channel_noun"].match(text, m.end())
        if tail is not None:
            spans.append((m.start(), tail.end()))
            continue
        outlet = next((p for p in outlets if m.end() < p <= m.end() + 60
                       and lex["channel_gap"].fullmatch(text, m.end(), p)), None)
        if outlet is not None:
            spans.append((m.start(), m.end()))
    if speech:
        spans += [(m.start("verb"), m.end("verb"))
                  for m in _find_at_heads(lex["speech_time"], text, may["speech"], heads)
                  if not _REPORT_TAG.match(text, m.end()) or _QUOTE.search(text, 0, m.start())]
        # the occasion it was said at ("said at an investment forum", "said at Government
        # House"), or its time heading the sentence ("Earlier this month, Jon Vale said")
        spans += [(m.start("verb"), m.end("verb"))
                  for m in _find_at_heads(lex["speech_at"], text, may["speech_at"], heads)]
        fronted = lex["time_speech"].match(text)
        if fronted is not None:
            spans.append((fronted.start("verb"), fronted.end("verb")))
        if _may_match(may["office"], heads) and not _stamp_end(text):
            # (the stamped line of a live blog sums up the entry: "10:05 GMT — ministry says")
            spans += [(m.start("verb"), m.end("verb"))
                      for m in _find_at_heads(lex["office_speech"], text, may["office"], heads)
                      if not _QUOTE.search(text, 0, m.start()) and not _REPORT_TAG.match(
                          text, (lex["speech_time"].match(text, m.start("verb")) or m).end())]
    if assessing:
        # (not inside a quotation: the speaker quoted is the subject of the quote's own tag)
        spans += [(m.start("verb"), m.end("verb"))
                  for m in _find_at_heads(lex["assessing"], text, may["assessing"], heads)
                  if not _QUOTE.search(text, 0, m.start())
                  and not _WHAT_BEFORE.search(text, max(0, m.start() - 40), m.start())
                  and not lex["unnamed_one"].search(text, 0, m.start())
                  and (lex["assessing_anchor"].search(text, m.end())
                       or lex["office_before"].search(text, max(0, m.start() - 80), m.start()))]
    if not spans or (_may_match(may["anonymous"], heads) and lex["anonymous"].search(text)):
        return []  # "a source told AFP": a source quoted, no statement of a party
    if lex["unnamed"].search(text, 0, min(t0 for t0, _ in spans)):
        return []  # "three delegates who were present told me", "a researcher told our correspondent"
    taken = [(c.t0, c.t1) for c in cands if c.kind == "statement"]
    out = []
    for t0, t1 in spans:
        if not any(a < t1 and t0 < b for a, b in taken):
            taken.append((t0, t1))
            out.append(_Cand(-1, "statement", "statement", t0, t1, "verb"))
    return out


def _assembly_sitting(text: str, c: _Cand, lex: dict[str, Any]) -> bool:
    """A sitting of a legislature or council is its own business, not talks between the
    parties ("the National Assembly will hold a session on Friday", "the Security Council
    met", "a session of parliament")."""
    if c.kind != "talks" or not _may_hold(text, lex["may"]["assembly"]):
        return False
    before = _clause_before(text, c.t0, 80)
    if c.form == "verb":
        return bool(lex["assembly_subject"].search(before))
    return bool(lex["assembly_held"].search(before) or lex["assembly_of"].match(text, c.t1))


# what was agreed after its month: "on a framework", "to a new deal"
_ON_A = re.compile(r"\s+(?:on|to)\s+(?:an?|the)\s+", re.IGNORECASE)
_A_WORD = re.compile(r"[\w'’-]+\s+")


def _on_a_deal(text: str, pos: int, lex: dict[str, Any]) -> bool:
    """Does a deal agreed on follow ``pos`` (" on a framework that could lead to")?"""
    on = _ON_A.match(text, pos)
    objects = next(k["objects"] for k in lex["kinds"] if k["id"] == "agreement")
    at = on.end() if on is not None else -1
    for _ in range(3 if on is not None else 0):
        if objects.match(text, at):
            return True
        word = _A_WORD.match(text, at)
        if word is None:
            return False
        at = word.end()
    return False


# after a text's noun: a state's founding act, no deal between parties
_FOUNDING = re.compile(r"\s+of\s+(?:State\s+)?(?:Independence|Sovereignty)\b", re.IGNORECASE)


def _dated_agreements(
    text: str, base: int, dates: list[_Date], cands: list[_Cand], lex: dict[str, Any]
) -> list[_Cand]:
    """Agreements named with the date they were made ("the Ceasefire Agreement of 12 August
    2008", "the arrangement for resupply missions, agreed in July last year"), or reached on
    a day ("the two sides agreed on Monday to reopen the crossings"), or named in a timeline
    entry headed by its date ("• July 2021 - The two governments agree the Zelnik Covenant"):
    events of their own, dated, even when nothing in the sentence signs them."""
    out: list[_Cand] = []
    for row in dates:
        if row.type != "DATE":
            continue
        start, end = _date_span(row)
        s0 = int(row.start_char) - base
        article = _A_YEAR.search(text, 0, s0) if start is not None and len(start) == 4 else None
        if article is None and start is not None and len(start) > 4:
            # "since the November 2024 truce", "the EU-mediated 12 August 2008 ceasefire": a
            # deal named by its month or day, told back
            article = _THE_DATED.search(text, 0, s0) or _THE_DATED_START.match(text, s0)
        if article is not None:
            # "an 1890 agreement between Britain and Germany", "the 1952 Lusaka Agreement",
            # "the 2015 nuclear deal": a deal of that year, told back
            name = _YEAR_NAME.match(text, int(row.end_char) - base)
            # (no word after the year: "in the first half of next year." names no deal)
            deal = next((n for n in lex["agreement_noun"].finditer(text, name.start(), name.end())
                         if _YEAR_WORDS.fullmatch(text, name.start(), n.start())),
                        None) if name is not None else None
            if deal and _FOUNDING.match(text, deal.end()):
                continue  # "the 1991 Declaration of Independence": one state's founding act
            told = deal and (article.group(1) or _BETWEEN.match(text, deal.end()))
            halted = lex["halted_by"].search(text, max(0, s0 - 40), s0) if told else None
            if halted is not None:
                # "Norland suspended the 2004 accord in 2021": the suspension is the event
                verb = halted.group().rstrip().rsplit(None, 1)[0]
                out.append(_Cand(-1, "statement", "announcement", halted.start(),
                                 halted.start() + len(verb), "verb", salience=3))
            elif told and not any(c.t0 <= deal.start() < c.t1 for c in cands + out):
                out.append(_Cand(-1, "agreement", "agreement", deal.start(), deal.end(), "noun",
                                 salience=2, start=start, end=end))
            continue
        if start is None or len(start) < 7:
            continue  # "the Declaration of 1991": a founding text cited, not a deal of the talks
        head = _ENTRY_HEAD.fullmatch(text, 0, s0) and _ENTRY_DASH.match(text, int(row.end_char) - base)
        named = next((n for n in lex["agreement_noun"].finditer(text, head.end())
                      if n.group()[0].isupper() and _CAPITAL_BEFORE.search(text, 0, n.start())),
                     None) if head else None
        if head and named is None:
            # an entry whose text opens with the deal ("26/11/2022 - Zelgrad. Second partial
            # agreement, on a relief fund")
            lead = _ENTRY_LEAD.match(text, head.end())
            named = next((n for n in lex["agreement_noun"].finditer(text, lead.end())
                          if _ENTRY_WORDS.fullmatch(text, lead.end(), n.start())), None)
        if head and named is None:
            named = _entry_agreed(text, head.end(), cands, lex)
        if named is not None and not any(c.kind == "agreement" for c in cands + out):
            # a timeline entry: "• July 2021 - The two governments agree the Era Kone Covenant"
            out.append(_Cand(-1, "agreement", "agreement", named.start(), named.end(), "noun",
                             salience=2, start=start, end=end))
            continue
        day = lex["agreed_on_day"].search(text, max(0, s0 - 40), s0) if len(start) == 10 else None
        if day is None and len(start) == 7 and _on_a_deal(text, int(row.end_char) - base, lex):
            # "agreed last September on a framework": the month the deal was made
            day = lex["agreed_on_day"].search(text, max(0, s0 - 40), s0)
        if day is not None and lex["to_talk"].match(text, int(row.end_char) - base):
            continue  # "agreed on July 13 to finalize a deal within months": a plan to talk
        if day is not None and not any(c.t0 <= day.start() < c.t1 for c in cands + out):
            out.append(_Cand(-1, "agreement", "agreement", day.start(),
                             day.start() + len(day.group().split()[0]), "verb", salience=3,
                             start=start, end=end))
            continue
        m = lex["agreement_dated"].search(text, max(0, s0 - 140), s0)
        if m is None or any(c.t0 <= m.start() < c.t1 for c in cands + out):
            continue
        if _OTHER_RELATIVE.search(m.group()):
            continue  # "an agreement to keep the ceasefire that was agreed in Doha on May 2"
        noun_end = m.start() + len(re.match(r"[\w ]+", m.group()).group().rstrip())
        out.append(_Cand(-1, "agreement", "agreement", m.start(), noun_end, "noun",
                         salience=2, start=start, end=end))
    return out


def _entry_meeting(text: str, base: int, dates: list[_Date], lex: dict[str, Any]) -> list[_Cand]:
    """A meeting told by a dated entry of a diary or timeline that has no event word ("- 2
    April: ministers discuss the river at the Boundary Council", "12-13 May: expert visit to
    Lusaka")."""
    row = next((d for d in dates if _ENTRY_HEAD.fullmatch(text, 0, int(d.start_char) - base)), None)
    dash = _ENTRY_DASH.match(text, int(row.end_char) - base) if row is not None else None
    m = lex["entry_meetings"].search(text, dash.end()) if dash is not None else None
    # a sitting of its own, not one the story tells elsewhere ("12-13 May: expert visit" is
    # not the round "pencilled in for May")
    return [] if m is None else [_Cand(-1, "audience", "meeting", m.start(), m.end(), "noun")]


def _entry_agreed(text: str, at: int, cands: list[_Cand], lex: dict[str, Any]) -> re.Match | None:
    """The verb of agreeing that heads the first clause of a timeline entry ("12 March 2024
    - The two ministers agree a transit fee"), unless talks come first in it ("First
    round in Lusaka; the delegations adopt a timetable": the entry is the round)."""
    stop = _LIST_END.search(text, at)
    end = min(stop.start() if stop else len(text), at + _ENTRY_CLAUSE)
    verb = lex["entry_agreed"].search(text, at, end)
    if verb is None or any(c.kind in _TALK_KINDS and c.t0 < verb.start() for c in cands):
        return None
    return verb


_ENTRY_CLAUSE = 100  # characters: the subject of an entry's verb is short


# "an 1890 agreement" (with "between" after the noun), "the 1952 Lusaka Agreement"
_A_YEAR = re.compile(r"(?<![\w-])(?:an?|(the))\s+$", re.IGNORECASE)
# "the" and at most one hyphened word before a month or day naming a deal ("the EU-mediated")
_THE_DATED = re.compile(r"(?<![\w-])(the)\s+(?:[\w.'’]+-[\w'’-]+\s+)?$", re.IGNORECASE)
_THE_DATED_START = re.compile(r"(the)\s", re.IGNORECASE)  # a day read with its article
# the words naming the deal between its year and its noun ("Iraq-Turkey pipeline")
_YEAR_NAME = re.compile(r"(?:\s+[\w'’-]+){1,4}")
_YEAR_WORDS = re.compile(
    r"\s+(?:(?!(?:and|or|but|the|a|an|of|to|in|on|that|which|was|were|is|are)\s)[\w'’-]+\s+){0,3}",
    re.IGNORECASE)
_BETWEEN = re.compile(r"\s+between\s", re.IGNORECASE)
# the head of a timeline entry: a bullet, then its date and a dash ("• July 2021 - ...")
_ENTRY_HEAD = re.compile(r"[\s•·*▪‣◦-]*")
_ENTRY_DASH = re.compile(r"\s*[-–—:]\s+")
# the place of a timeline entry after its date and dash, and the words before its noun
_ENTRY_LEAD = re.compile(r"(?:(?-i:[A-Z])[^.;:!?\n]{0,60}\.\s+)?")
_ENTRY_WORDS = re.compile(r"(?:[\w'’-]+\s+){0,2}")
# a relative clause on another noun between an agreement noun and its verb
_OTHER_RELATIVE = re.compile(r"\s(?:the|a|an)\s+[\w'’-]+\s+(?:that|which)\s", re.IGNORECASE)


def _days_of_talks(text: str, cands: list[_Cand], lex: dict[str, Any], ended: bool) -> None:
    """"Two days of talks ended on Thursday", "concluded a three-day meeting on Sunday", "a
    deal reached after two days of talks": talks that ended on a day began N-1 days before
    it. Talks whose day the sentence does not give keep the length for the day the event
    gets (:func:`_last_day_back`); ``ended`` tells whether the sentence has a verb of ending."""
    if not _DAY.search(text):
        return  # no length in days told
    m = _DAYS_OF.search(text)
    recap = None  # "two days of talks, but no deal": the length, without the day they ended
    if m is None or not (ended or _AT_THE_END.search(text, 0, m.start())
                         or _ENDING.match(text, m.end())):
        recap = m
        # "the talks ended in Dorf on 27 February after five days"
        m = lex["after_days"].search(text) if ended else None
    if m is None and recap is not None:
        word = recap.group("n").lower()
        n = int(word) if word.isdigit() else lex["cardinals"].get(word)
        for c in cands:
            if (c.kind == "talks" and c.status in ("occurred", "unknown") and c.start is None and n
                    and n > 1 and c.t0 < recap.end() and recap.start() < c.t1):
                c.days = n
            elif (c.kind == "talks" and n and n > 1 and c.start is not None and c.start == c.end
                    and len(c.start) == 10 and c.t0 < recap.end() and recap.start() < c.t1
                    and _FOR_DAYS.search(text, 0, recap.start())):
                # "the envoys meet in Ndola today for three days of talks": the days run from its day
                c.end = (dt.date.fromisoformat(c.start) + dt.timedelta(days=n - 1)).isoformat()
        return
    if m is None:
        return
    word = m.group("n").lower()
    n = int(word) if word.isdigit() else lex["cardinals"].get(word)
    if not n or n < 2:
        return
    # "agreed on Monday after two days of talks": the talks ended on the day of the agreement
    agreed = next((a.start for a in cands if a.kind == "agreement" and a.start
                   and a.start == a.end and len(a.start) == 10 and a.t1 <= m.start()
                   and _AT_THE_END.search(text, 0, m.start())), None)
    # "ended a sitting of the boundary panel on Friday after four days": the length is that of
    # the dated mention; an undated one beside it ("round") keeps none to carry elsewhere
    dated = any(c.kind == "talks" and c.start is not None for c in cands)
    for c in cands:
        if c.kind != "talks" or c.status not in ("occurred", "unknown"):
            continue
        if c.start is None and agreed is not None:
            c.start, c.end = agreed, agreed
        if c.start is None:
            c.days = None if dated else n
            continue
        # the day of a deal "after" the talks is only their likely last day
        c.inferred = c.end == agreed
        c.start = _last_day_back(c.start, c.end, n)


def _last_day_back(start: str | None, end: str | None, days: int | None) -> str | None:
    """The first day of talks that lasted ``days`` and ended on ``end`` (a single day)."""
    if not days or start is None or start != end or len(start) != 10:
        return start
    return (dt.date.fromisoformat(start) - dt.timedelta(days=days - 1)).isoformat()


_DAYS_OF = re.compile(
    r"(?<![\w-])(?P<n>\d{1,2}|[A-Za-z]+)(?:[\s-]+days?\s+of\s+(?:[\w-]+\s+){0,3}?|-day\s+"
    r"(?:[\w-]+\s+){0,2}?)(?:talks|negotiations|consultations|meetings|discussions|meeting"
    r"|session|round)\b",
    re.IGNORECASE,
)
_DAY = re.compile(r"day", re.IGNORECASE)  # what _DAYS_OF and lex["after_days"] both hold
_FOR_DAYS = re.compile(r"(?<![\w-])for\s+(?:a\s+)?$", re.IGNORECASE)  # "today for three days of talks"
# "three days of talks ending Thursday"
_ENDING = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+(?:ending|that\s+ended|which\s+ended)\b", re.IGNORECASE)
# what was done when talks ended: "a deal reached after two days of talks"
_AT_THE_END = re.compile(
    r"\b(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of|closing|concluding)\s+$",
    re.IGNORECASE,
)


# between a verb of sitting and the sitting noun that is its object: a few words, no
# punctuation ("to convene a joint river board meeting", "will hold their next talks")
_OBJECT_GAP = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}")


def _object_of_plan(text: str, cands: list[_Cand]) -> None:
    """A sitting noun that is the object of a verb of sitting still to come ("agreed to
    convene a joint river board meeting in Velm") is that sitting, still to come: it takes
    the verb's status, which its own cue words, read too near, can miss."""
    verbs = [v for v in cands if v.kind in _TALK_KINDS and v.form == "verb"
             and v.status not in _REALISED and v.status != "unknown"]
    for c in cands:
        if c.kind not in _TALK_KINDS or c.form != "noun" or c.status not in (
                *_REALISED, "unknown"):
            continue
        v = next((v for v in verbs if v.t1 <= c.t0 and _OBJECT_GAP.fullmatch(text, v.t1, c.t0)),
                 None)
        if v is not None:
            c.status = v.status


def _governs(text: str, verb: _Cand, obj: _Cand) -> bool:
    """True when a proposal verb takes the event as its object ("suggested that X and Y meet")."""
    if obj.t0 <= verb.t1 or obj.t0 - verb.t1 > 60:
        return False
    if not re.search(
        r"propos|suggest|call|press|offer|urg|invit|demand|push", text[verb.t0 : verb.t1], re.I
    ):
        return False
    return not re.search(r"[,;.]|\bby\b", text[verb.t1 : obj.t0])


# between a sitting and the passive proposal verb it is the subject of: "a summit of the two
# ministers has been proposed", "a meeting before the harvest was floated"
_PASSIVE_SUBJECT = re.compile(
    r"(?:\s+(?:of|on|for|between|with|before|after|in|at|to)\s+[^,;.]{0,60}?)?"
    r"\s+(?:(?:has|have|had)\s+been|was|were|is|are)\s+(?:[\w-]+ly\s+)?",
    re.IGNORECASE,
)


# between a sitting and the proposal verb of a relative clause it is the object of
_RELATIVE_OBJECT = re.compile(r"\s*,\s*(?:which|that)\s+(?:[\w'’-]+\s+){1,4}?(?:had\s+|have\s+|has\s+)?",
                              re.IGNORECASE)

_PROPOSED_FOR = re.compile(
    _RELATIVE_OBJECT.pattern + r"(?:proposed|suggested)\s+(?:for|in|on)\s+(?:the\s+)?", re.I)


def _proposed_subject(text: str, verb: _Cand, obj: _Cand) -> bool:
    """True when the event is the subject of a passive proposal verb ("a summit on the canal
    has been proposed for the spring"): the event is proposed, no proposal of its own."""
    return (obj.t1 <= verb.t0 and obj.form == "noun"
            and re.match(r"propos|suggest|float|mooted", text[verb.t0 : verb.t1], re.I) is not None
            and (_PASSIVE_SUBJECT.fullmatch(text, obj.t1, verb.t0) is not None
                 # "the next round, which the co-chairs proposed for June"
                 or _RELATIVE_OBJECT.fullmatch(text, obj.t1, verb.t0) is not None))


def _text_kind(text: str, c: _Cand, lex: dict[str, Any]) -> str | None:
    """The kind of text (``agreement_texts`` in events.yaml) an agreement mention names first,
    in its trigger or in the words after it; None for a text of no kind ("the document")."""
    window = text[c.t0 : c.t1 + 60]
    found = [(m.start(), name) for name, rx in lex["agreement_texts"].items()
             if (m := rx.search(window))]
    return min(found)[1] if found else None


def _days_apart(text: str, cands: list[_Cand], lex: dict[str, Any]) -> None:
    """Date the undated event a clause "a day after ..." (``days_apart``) tells from the dated
    one the sentence told before the phrase: that many days from it."""
    if "days" not in text and "day " not in text:
        return
    for m in lex["days_apart"].finditer(text):
        word = m["n"].lower()
        n = 1 if word in ("a", "an") else int(word) if word.isdigit() else lex["cardinals"].get(word)
        told = [c for c in cands if c.t1 <= m.start() and c.start and c.start == c.end
                and len(c.start) == 10]
        inner = next((c for c in cands if m.end() <= c.t0 <= m.end() + 80 and c.start is None
                      and c.end is None), None)
        if n is None or not told or inner is None:
            continue
        day = dt.date.fromisoformat(told[-1].start) + dt.timedelta(
            days=-n if m["dir"].lower() == "after" else n)
        inner.start = inner.end = day.isoformat()


def _signed(text: str, signing: _Cand, obj: _Cand) -> bool:
    """A declaration or communique that is signed is the agreement, not a statement; so is
    one that the sentence says was signed ("the document was signed by the two ministers")."""
    if obj.t1 <= signing.t0:
        return _PASSIVE_SUBJECT.fullmatch(text, obj.t1, signing.t0) is not None
    return 0 <= obj.t0 - signing.t1 <= 40 and not re.search(r"[,;.]", text[signing.t1 : obj.t0])


def _attach_rounds(text: str, cands: list[_Cand], lex: dict[str, Any]) -> None:
    for m in lex["round"].finditer(text):
        n = lex["ordinals"].get((m["ord"] or "").lower()) or lex["cardinals"].get(
            (m["card"] or "").lower()
        )
        if n is None and m["card"] and m["card"].isdigit():
            n = int(m["card"])
        if n is None and m["num"]:
            n = int(m["num"][:-2])
        if n is None:
            continue
        talks = [c for c in cands if c.kind == "talks"]
        if _PREPARING.search(text, max(0, m.start() - 40), m.start()):
            # "met to prepare the third round": the round is another sitting than the verb's
            talks = [c for c in talks if c.t0 < m.end() and m.start() < c.t1]
        target = _nearest(talks, m.start(), m.end())
        if target is not None and target.round is None:
            target.round = n


# what a sitting does for a later one: "met to prepare the third round", "ahead of the fourth"
_PREPARING = re.compile(r"(?<![\w-])(?:to\s+prepare(?:\s+for)?|preparing(?:\s+for)?|ahead\s+of"
                        r"|in\s+preparation\s+for)\s+(?:the\s+)?$", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r";|,\s*(?:and|but|while|whereas|whilst)\b", re.IGNORECASE)


def _nearest(
    cands: list[_Cand], start: int, end: int, lean_back: bool = False, text: str | None = None
) -> _Cand | None:
    """The mention nearest to a span; with ``lean_back`` one before it counts as twice as near
    (a date or place follows the verb it belongs to: "met in Washington on August 8"). Given
    the ``text``, a mention in another coordinated clause ("..., and the second round took
    place ...") is taken only when none shares the span's clause."""
    best, dist = None, None
    for c in cands:
        d = _distance(c, start, end, lean_back, text)
        if dist is None or d < dist:
            best, dist = c, d
    return best


def _distance(c: _Cand, start: int, end: int, lean_back: bool, text: str | None) -> float:
    """How far a mention is from a span, as :func:`_nearest` weighs it."""
    d: float = c.t0 - end if c.t0 >= end else (start - c.t1 if start >= c.t1 else 0)
    if lean_back and c.t1 <= start:
        d = d / 2
    if text is not None:
        gap = text[end : c.t0] if c.t0 >= end else text[c.t1 : start]
        if _CLAUSE_BREAK.search(gap):
            d += 10_000
    return d


_DAY_LINK = re.compile(r"\s*(?:and|to|through|thru|until|till|-|–|—)\s*", re.IGNORECASE)
_LINKED_DAYS = 7  # "on Wednesday and Thursday": days of one sitting are within a week


def _coordinated_days(text: str, base: int, dates: list[_Date]) -> list[_Date]:
    """Days joined by "and" / "to" / "through" one after the other ("met on Wednesday and
    Thursday") as one span from the first to the last, each of them being a single day."""
    out: list[_Date] = []
    for row in dates:
        prev = out[-1] if out else None
        if prev is not None and prev.type == row.type == "DATE":
            a, b = _date_span(prev), _date_span(row)
            gap = text[int(prev.end_char) - base : int(row.start_char) - base]
            if (a[0] is not None and b[0] is not None and len(a[0]) == len(b[0]) == 10
                    and a[1] is not None and b[0] == b[1] and _DAY_LINK.fullmatch(gap)
                    and 0 < (dt.date.fromisoformat(b[0]) - dt.date.fromisoformat(a[1])).days
                    < _LINKED_DAYS):
                out[-1] = prev._replace(end_char=row.end_char, last_day=row.last_day,
                                        value=prev.value)
                continue
        out.append(row)
    return out


_APPOSED = re.compile(r"\s*,?\s*(?:(?:of|on|in)\s+)?", re.IGNORECASE)
_DIGIT = re.compile(r"\d")


def _apposed_dates(text: str, base: int, dates: list[_Date]) -> list[_Date]:
    """Two dates side by side that tell one time ("Ten days later, on January 29", "April 4
    of that year", "last week, on Monday") as one: the narrower, or of two that disagree, the
    one written with a number (a day counted from another may be counted wrong)."""
    out: list[_Date] = []
    for row in dates:
        prev = out[-1] if out else None
        if (prev is None or not prev.type == row.type == "DATE" or None in (
                prev.first_day, prev.last_day, row.first_day, row.last_day)
                or not _APPOSED.fullmatch(text, int(prev.end_char) - base,
                                          int(row.start_char) - base)):
            out.append(row)
            continue
        written = [bool(_DIGIT.search(text, int(r.start_char) - base, int(r.end_char) - base))
                   for r in (prev, row)]
        nested = (prev.first_day <= row.first_day and row.last_day <= prev.last_day
                  or row.first_day <= prev.first_day and prev.last_day <= row.last_day)
        if None in (_date_span(prev)[0], _date_span(row)[0]):
            out.append(row)  # "the first half of this year": only the year is a span to tell
        elif not nested and (_YEAR.fullmatch(str(prev.value)) or _YEAR.fullmatch(str(row.value))):
            # "the fishing deal for 2027 on Friday": a year a day lies outside of tells
            # something else (the term of the deal), not the same time counted another way
            out.append(row)
        elif prev.first_day <= row.first_day and row.last_day <= prev.last_day or (
                written == [False, True]):
            # "last week, on Monday", "Ten days later, on January 29"
            out[-1] = row._replace(start_char=prev.start_char)
        elif row.first_day <= prev.first_day and prev.last_day <= row.last_day or (
                written == [True, False]):
            out[-1] = prev._replace(end_char=row.end_char)  # "April 4 of that year"
        else:
            out.append(row)
    return out


_LATER = re.compile(r"(?P<n>\d{1,2}|[a-z]+)\s+(?P<unit>day|week)s?\s+(?:later|after)",
                    re.IGNORECASE)


def _days_later(text: str, base: int, dates: list[_Date], lex: dict[str, Any]) -> list[_Date]:
    """"Met on January 31; the second came four weeks later": a count of days or weeks after a
    day told before it in the sentence is a day, not the week it falls in."""
    out: list[_Date] = []
    for row in dates:
        m = _LATER.fullmatch(text, int(row.start_char) - base, int(row.end_char) - base)
        day = next((_date_span(r)[0] for r in reversed(out)
                    if len(_date_span(r)[0] or "") == 10 and _date_span(r)[0] == _date_span(r)[1]),
                   None)
        word = m["n"].lower() if m else ""
        n = int(word) if word.isdigit() else lex["cardinals"].get(word)
        if m is not None and day is not None and n:
            d = dt.date.fromisoformat(day) + dt.timedelta(days=n * (7 if m["unit"].lower() == "week" else 1))
            row = row._replace(type="DATE", value=d.isoformat(), first_day=d, last_day=d)
        out.append(row)
    return out


# a term that runs on to a date: "into 2027", "until March"
_TERM_BEFORE = re.compile(
    r"(?<![\w-])(?:into|until|till|through|beyond)\s+(?:early\s+|late\s+|mid-?)?$", re.IGNORECASE
)
_YEAR = re.compile(r"\d{4}")


# the words between a clock time and the day it is on ("at 3:35 p.m. Indian time on Saturday")
_BARE_CLOCK = re.compile(r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\.?", re.IGNORECASE)
_CLOCK_TO_DAY = re.compile(r"\s+(?:(?:[A-Z][a-z]+|local)\s+time\s+)?(?:on\s+|,\s*)", re.IGNORECASE)


def _clock_of_day(text: str, row: tuple[Any, int, int], rows: list[tuple[Any, int, int]]) -> bool:
    """A clock time told with its day just after it: the day dates the event, not the time."""
    if row[0].type != "TIME" or not _BARE_CLOCK.fullmatch(text, row[1], row[2]):
        return False
    return any(other[0].type == "DATE" and _CLOCK_TO_DAY.fullmatch(text, row[2], other[1])
               for other in rows)


def _attach_dates(
    text: str, base: int, dates: list[_Date], cands: list[_Cand], lex: dict[str, Any]
) -> None:
    rows = []
    dates = _apposed_dates(text, base, dates)
    for row in _coordinated_days(text, base, _days_later(text, base, dates, lex)):
        if _WEEK.fullmatch(str(row.value)) and row.first_day is not None:
            # "last week's meeting": no day to tell, but the week it was in
            s0, s1 = int(row.start_char) - base, int(row.end_char) - base
            week = _nearest([c for c in cands if c.start is None and c.around is None
                             and not c.conditional], s0, s1, lean_back=True, text=text)
            if week is not None and _distance(week, s0, s1, True, text) <= _PAIR_REACH:
                week.around = (row.first_day, row.last_day)
        if row.type not in ("DATE", "TIME") or _date_span(row)[0] is None:
            continue
        s0, s1 = int(row.start_char) - base, int(row.end_char) - base
        if _is_dateline(text, s0) or _NAMED_YEAR.match(text[max(0, s0 - 4) : s1 + 3]):
            continue  # "the 1994 Lusaka Protocol": a year in a name dates nothing
        rows.append((row, s0, s1))
    rows = [r for r in rows if not _clock_of_day(text, r, rows)]
    undated = [c for c in cands if c.start is None and c.end is None and not c.conditional
               and not c.topical]  # (what a text or talks are about happened at no date)
    quotes = _quotations(text)

    def datable(c: _Cand, s0: int, s1: int) -> bool:
        if s1 <= c.t0 and c.round is not None and _ELIDED_LEAD.search(text, max(0, c.t0 - 16), c.t0):
            return False  # "took place on May 2, followed by a second": the first one's day
        if ((_before_noun(text, s0, s1) or _POSSESSIVE.match(text, s1))
                and not s1 < c.t0 <= s1 + 30):
            # "the 2018 military agreement", "under last year's peace deal": the time of the
            # noun after it
            return False
        if _AHEAD.search(text, max(0, s0 - 6), s1) and _DONE_BEFORE.search(
                text, max(0, c.t0 - 60), c.t0):
            return False  # "agreed to survey later this year, ... after two days of talks"
        if (c.t0 >= s1 and lex["start_only"].search(text, max(0, s0 - 25), s0)
                and _DONE_BEFORE.search(text, s1, c.t0)):
            return False  # "agreed to lift the tolls from 1 July, after three days of talks"
        if (c.t0 >= s1 and _TERM_BEFORE.search(text, max(0, s0 - 20), s0)
                and _DONE_BEFORE.search(text, s1, c.t0)):
            return False  # "will pay tolls until 2029 after Monday's round ended"
        if c.kind == "statement" and lex["end_only"].search(text, max(0, s0 - 25), s0):
            return False  # "by the end of 2028, a joint statement said": a term it sets
        if ((c.status in _REALISED or c.t1 <= s0)
                and _FORMER_PLAN.search(text, max(0, s0 - 40), s0)):
            # (and "The round was originally planned for May 3 but was postponed": the day
            # given up, not the round's)
            return False  # "The summit, originally planned for February, was held on March 2"
        if lex["paper_of"].search(text, max(0, s0 - 40), s0):
            return False  # "the line set by the court in its judgment of 12 October 2021"
        if s1 <= _compared_end(text) <= c.t0:
            return False  # "As in Velm last week, the envoys spoke briefly": the other time's
        if lex["baseline"].match(text, s1) and _YEAR.fullmatch(text, s0, s1):
            return False  # "a pact holding Velm's output at 2011 levels": a baseline, no time
        if (_YEAR.fullmatch(text, s0, s1)
                and (term := lex["term_for"].search(text, max(0, s0 - 40), s0)) is not None
                and not term.group("sched")):
            return False  # "signed the fishing deal for 2027": the term it runs for
        if not _SPEECH_DAY.fullmatch(text, s0, s1) and any(
            (a <= s0 < b) != (a <= c.t0 < b) for a, b in quotes
        ):
            return False  # '"We voted six years ago," he told reporters': a time of its own
        if (c.kind != "statement" and (c.status not in ("occurred", "ongoing", "unknown")
                                       or _PERFECT_BEFORE.search(text, max(0, c.t0 - 12), c.t0))
                and c.t1 <= s0 and _CLOSING_TAG.search(text, c.t1, s0)):
            # "The round has been postponed, officials said on Monday", "the sides have signed
            # a declaration, ..., officials said on Friday": the saying's
            return False
        return not ((c.kind == "statement" and _reported(text, c, s0, s1))
                    # "reports today that the talks", but "said on May 3 that they had
                    # agreed the text": what was done by the day of the saying
                    or (c.t0 >= s1 and _THAT.search(text, s1, c.t0)
                        and not (c.status in _REALISED and c.form == "verb"
                                 and _HAD_DONE.search(text, s1, c.t0)))
                    or _subordinate(text, c, s0, s1, lex)
                    # "agreed on Tuesday to meet": the day of the agreeing; but "will travel
                    # to Velm on March 18 to meet": the trip's day is the meeting's
                    or (_INFINITIVE.fullmatch(text, s1, c.t0)
                        and not lex["trip"].search(text, max(0, s0 - 60), s0))
                    or _other_relative(text, c, s0, lex))

    paired = _pair_dates([(s0, s1) for _, s0, s1 in rows], undated, text, datable)
    for row, s0, s1 in rows:
        start, end = _date_span(row)
        before = text[max(0, s0 - 60) : s0]
        if lex["ended_on"].search(before) and _close_span(cands, s0, s1, start, end, text):
            continue  # "opened on December 8 and was adjourned on December 19"
        own = paired.get(s0)
        free = [c for c in undated if c.start is None and c.end is None and datable(c, s0, s1)
                and not any(d is c for d in paired.values() if d is not own)]
        when = [c for c in free if c.t0 >= s1 and _WHEN_CLAUSE.fullmatch(text, s1, c.t0)]
        other = _SINCE_OTHER.search(before)
        if other is not None and not any(
                c.t0 >= s0 - len(before) + other.start() and c.t1 <= s0 for c in cands):
            continue  # "the first meeting since the vote of 4 May": the vote's day
        if not when and _SINCE.search(before):
            # "the first meeting since 2018": the date of what came before, except for what
            # has gone on since then ("talks under way since Monday") or has not happened
            # since it ("the commission has not met since June 2024": it met then)
            # (but "the first talks since 2019 opened on Monday": the talks before were then)
            first = _FIRST_SINCE.search(text, max(0, s0 - 60), s0)
            free = [c for c in free if c.status == "ongoing" and first is None
                    or _NOT_BEFORE.search(text, max(0, c.t0 - 20), c.t0)]
            # (a month or a day: "since 2018" tells how long, not of one sitting then)
            last = first if not free and len(start) >= 7 else None
            # "the first since the 3 May summit": the sitting the date stands before is
            # the one held then
            named = next((c for c in undated if c.kind in _TALK_KINDS and s1 < c.t0 <= s1 + 30
                          and _before_noun(text, s0, s1)), None) if last else None
            if named is not None:
                named.start, named.end, named.recalled = start, end, True
                continue
            anchor = _nearest([c for c in cands if c.kind in _TALK_KINDS and c.t0 < s0
                               and s0 - c.t1 < _ANCHOR_REACH], s0, s1) if last else None
            if anchor is not None and not anchor.conditional and not _IF_OPENING.match(text):
                # "the session, the first since May 2019": one was held then
                cands.append(_Cand(anchor.sentence_idx, anchor.kind, anchor.type, last.start(),
                                   last.start() + len("first"), "noun", salience=2,
                                   start=start, end=end, evidence=anchor.evidence,
                                   recalled=True))
                continue
        target = (when[0] if when else own if any(c is own for c in free)
                  else _nearest(free, s0, s1, lean_back=True, text=text))
        if target is None:
            continue
        if target.status in ("occurred", "unknown") and _AHEAD.search(text, max(0, s0 - 6), s1):
            target.status = "planned"  # "to continue negotiations later this month"
        target.aside = _ASIDE_OF_DAY.fullmatch(text, s0, s1) is not None
        before = before[-25:]
        if when:
            target.start, target.end = start, end
            # "met in Velm on 3 May, when they initialled a protocol": the sitting the day closes is of
            # that day too
            met = _nearest([c for c in free if c is not target and c.kind in _TALK_KINDS
                            and c.t1 <= s0 and not _CLAUSE_CUT.search(text, c.t1, s0)],
                           s0, s1, lean_back=True, text=text)
            # (not a start told as such: "the talks began in Velm on 3 May, when ...")
            if met is not None and not (lex["start_only"].search(text, max(0, s0 - 25), s0)
                                        or lex["opened_on"].search(text, max(0, s0 - 60), s0)):
                met.start, met.end = start, end
        elif lex["end_only"].search(before) and not _NOT_UNTIL.search(text, max(0, s0 - 60), s0):
            target.end = _iso(row.last_day) or end
        elif start != end:
            target.start, target.end = start, end
        elif (lex["start_only"].search(before) or target.status == "ongoing"
              or lex["opened_on"].search(text, max(0, s0 - 60), s0)) and not (
                _SINCE.search(before) and _NOT_BEFORE.search(text, max(0, target.t0 - 20), target.t0)):
            target.start = start
        else:
            target.start, target.end = start, end
    for row, s0, s1 in rows:
        # "The talks, planned for Friday, were postponed to April 3": the day they moved to
        if lex["moved_to"].search(text, max(0, s0 - 40), s0):
            moved = _nearest([c for c in cands if c.t1 <= s0 and c.kind in _TALK_KINDS],
                             s0, s1, lean_back=True, text=text)
            if moved is not None:
                moved.start, moved.end = _date_span(row)


# another moment of a day told before: what happened then is another event of that day
_ASIDE_OF_DAY = re.compile(r"(?:earlier|later)\s+(?:in\s+the|that)\s+"
                           r"(?:day|morning|afternoon|evening)", re.IGNORECASE)


# a day once planned, before the one the event was held or set on
_GIVEN_UP = (r"(?<![\w-])(?:originally|initially|previously|first|earlier)\s+(?:been\s+)?"
             r"(?:planned|scheduled|set|due|slated|expected|foreseen|envisaged|intended"
             r"|pencilled\s+in|penciled\s+in)")
_FORMER_PLAN = re.compile(
    _GIVEN_UP + r"\s+(?:to\s+(?:take\s+place|be\s+held|open|start)\s+)?(?:for|on|in)\s+"
    r"(?:the\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)
# a place of a plan given up ("originally planned for May 3 in Velm")
_FORMER_PLACE = re.compile(_GIVEN_UP + r"\s[^,;:.]{0,40}?(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
# "is still not due to meet until May": it meets then
_NOT_UNTIL = re.compile(r"(?<![\w-])not\s+(?:[\w'’-]+\s+){0,4}(?:until|till)\s+(?:the\s+)?$",
                        re.IGNORECASE)


_OPENING_QUOTE = {"“": "”", '"': '"', "«": "»"}
_OPENING_QUOTE_RX = re.compile("|".join(_OPENING_QUOTE))


# what a speaker says of the day of speaking ('"today both sides took a step," he said')
_SPEECH_DAY = re.compile(r"today|tonight|this\s+(?:morning|afternoon|evening)", re.IGNORECASE)
_QUOTED_SPEECH = 6  # words: a shorter quotation is a phrase ("in early July"), not speech


def _quotations(text: str) -> list[tuple[int, int]]:
    """Spans of the quoted speech a sentence holds (opening to closing mark, at least
    ``_QUOTED_SPEECH`` words); an unclosed one runs to the end."""
    out, i = [], 0
    while (m := _OPENING_QUOTE_RX.search(text, i)) is not None:
        i = m.start()
        j = text.find(_OPENING_QUOTE[m.group()], i + 1)
        end = len(text) if j < 0 else j + 1
        if len(text[i:end].split()) >= _QUOTED_SPEECH:
            out.append((i, end))
        i = end
    return out


_PAIR_REACH = 60  # a date pairs with a mention at most this far (as _distance weighs it)
# "the first since May 2019", "their first session since June of last year"
_FIRST_SINCE = re.compile(r"(?<![\w-])first\s+(?:[\w'’-]+\s+){0,8}?since\s+(?:the\s+)?$",
                          re.IGNORECASE)
_ANCHOR_REACH = 100  # characters from the sitting to the date of the one before it
_WEEK = re.compile(r"\d{4}-W\d\d")
_SINCE = re.compile(r"(?<![\w-])since\s+(?:the\s+)?$", re.IGNORECASE)
# "since the presidential vote of 4 May", "since the war in 2008": a date in the phrase
# of what came before, which it dates (when no sitting is named in it)
_SINCE_OTHER = re.compile(
    r"(?<![\w-])since\s+(?!\d)(?:(?:the|a|an|its|their|last)\s+)?(?:[\w'’-]+\s+){1,3}?(?:of|on|in)\s+$",
    re.IGNORECASE)
_NEXT_TO = re.compile(r"\s+(?:on\s+|in\s+)?")  # "announced the next day", "met on Monday"
# "the round held in Ndola on Monday": a participle of holding, its place, then its day
_HELD_ON = re.compile(r"(?:\s+of\s+[^,;:.]{1,60}?)?"  # "a round of the border group held in"
                      r"\s+(?:held|hosted|convened|that\s+took\s+place|which\s+took\s+place)"
                      r"(?:\s+(?:in|at)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?"
                      r"\s+(?:on|in)\s+", re.IGNORECASE)


def _pair_dates(
    spans: list[tuple[int, int]], cands: list[_Cand], text: str, datable: Any
) -> dict[int, _Cand]:
    """Start of each date span -> the mention it dates, when a sentence has several dates:
    the pairing of dates with mentions near them that is nearest in sum, so that one date
    does not take the mention another date is nearer to ("released on Thursday following
    talks in Minsk on Wednesday", "to restore the lines from June 1, and to hold talks at
    the border on June 3"). A date left unpaired counts as ``_PAIR_REACH``."""
    if len(spans) < 2 or not cands or len(spans) * len(cands) > 24:
        return {}
    near = [[(c, d) for c in cands
             if (d := _distance(c, a, b, True, text)) <= _PAIR_REACH and datable(c, a, b)]
            for a, b in spans]
    if len(cands) == 1:
        # one mention: it takes the date right after its verb ("After the attack on 22 April,
        # Delhi announced the next day ..."), or the one date near it, if only one is ("agreed
        # to restore the lines from June 1, and to hold talks on June 3"); else the first
        within = [a for (a, _), n in zip(spans, near, strict=True) if n]
        next_to = [a for a in within if _NEXT_TO.fullmatch(text, cands[0].t1, a)]
        if len(next_to) == 1:
            return {next_to[0]: cands[0]}
        if len(within) == 1:
            return {within[0]: cands[0]}
        # "opened on Sunday, with the round held in Ndola on Monday and Tuesday": of
        # several dates near it, the one its own verb (after it) sets
        held = [a for (a, _), n in zip(spans, near, strict=True)
                if n and a >= cands[0].t1 and _HELD_ON.fullmatch(text, cands[0].t1, a)]
        return {held[0]: cands[0]} if len(held) == 1 else {}

    def best(i: int, used: frozenset[int]) -> tuple[float, tuple[_Cand | None, ...]]:
        if i == len(spans):
            return 0.0, ()
        cost, rest = best(i + 1, used)
        out = (cost + _PAIR_REACH, (None, *rest))
        for c, d in near[i]:
            if id(c) not in used:
                cost, rest = best(i + 1, used | {id(c)})
                if cost + d < out[0]:
                    out = (cost + d, (c, *rest))
        return out

    chosen = best(0, frozenset())[1]
    return {a: c for (a, _), c in zip(spans, chosen, strict=True) if c is not None}


# "the 1994 Lusaka Protocol", "the 2015 Minsk Agreement": a year before a name
_NAMED_YEAR = re.compile(r"(?i:the)\s+\d{4}\s+(?-i:[A-Z])")
# "last year's deal": a time that owns the noun after it
_POSSESSIVE = re.compile(r"['’]s\s")
# "the 2018 military agreement", "the 2019 talks": a year before a noun, which it dates
# (also of a month and year, "came after the May 2019 accord on patrols", or a day, "the
# first since the 3 May summit", "an April 9 accord")
_PRENOMINAL_DATE = re.compile(r"(?:(?-i:[A-Z])[a-z]+\.?\s+)?\d{4}|(?-i:[A-Z])[a-z]+\.?\s+\d{1,2}"
                              r"|\d{1,2}\s+(?-i:[A-Z])[a-z]+\.?")
_ARTICLE = re.compile(r"(?:the|a|an|its|their)\s+", re.IGNORECASE)
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:the|a|an|its|their)\s+$", re.IGNORECASE)
_LOWER_NEXT = re.compile(r"\s+(?-i:[a-z])")


def _before_noun(text: str, s0: int, s1: int) -> bool:
    """Is the date at ``s0:s1`` (its article perhaps in it) one that stands between an
    article and a noun ("the 2018 agreement", "an April 9 accord")?"""
    article = _ARTICLE.match(text, s0, s1)
    if article is None and not _ARTICLE_BEFORE.search(text, max(0, s0 - 7), s0):
        return False
    return (_PRENOMINAL_DATE.fullmatch(text, article.end() if article else s0, s1) is not None
            and _LOWER_NEXT.match(text, s1) is not None)


# "agreed on Monday to release": the date is of the verb before it, not the infinitive's event
_INFINITIVE = re.compile(r"\s+to\s+")
# "since last July, when the ministers met in Lusaka": the date of the clause that follows it
_WHEN_CLAUSE = re.compile(r",\s+when\s+[^,;.]{0,80}?", re.IGNORECASE)


def _close_span(
    cands: list[_Cand], s0: int, s1: int, start: str, end: str | None, text: str
) -> bool:
    """Give an event that opened on a day (and has no end yet) the day it ended on."""
    # days or months alike: "began on Monday ... ended on Friday", "began in August 2023
    # and ended in December that year"
    opened = [c for c in cands if c.start is not None and c.end is None
              and len(c.start) == len(start) and len(start) in (7, 10) and c.start < start
              and c.t0 < s0]
    target = _nearest(opened, s0, s1, lean_back=True, text=text)
    if target is None:
        return False
    target.end = end or start
    return True


_AHEAD = re.compile(
    r"\b(?:later|later on)\s+this\s+(?:week|month|year)\b|\bnext\s+(?:week|month|year)\b"
    r"|\b(?:coming|next\s+few)\s+(?:days|weeks|months)\b",
    re.IGNORECASE,
)
_THAT = re.compile(r"\bthat\b", re.IGNORECASE)
_TAG_SUBJECT = re.compile(r"\s*,\s+(?:the|a|an|its|their|his|her)\s+(?:[\w'’-]+\s+){0,2}",
                          re.IGNORECASE)
_TAG_VERB = re.compile(r"\s+(?:said|says|stated|added|noted|read|reads)\b", re.IGNORECASE)
_ACCORDING = re.compile(r"\baccording\s+to\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_SPEECH_TAG = re.compile(r",\s*(?:[^,]{0,60}?\b)?(?:said|says|stated|announced|added)\b[^,]*$",
                         re.IGNORECASE)


# a closing tag up to the date it gives the saying: ", officials said on Monday", ", the
# ministry told reporters late on Friday"
_PERFECT_BEFORE = re.compile(r"(?<![\w-])(?:have|has)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
_CLOSING_TAG = re.compile(
    r",\s*(?:[^,;]{0,60}?\s)?(?:said|says|stated|announced|added|told(?:\s+[\w'’-]+){1,3}?)"
    r"\s+(?:late\s+|early\s+)?(?:on\s+)?$",
    re.IGNORECASE,
)


def _reported(text: str, c: _Cand, s0: int, s1: int) -> bool:
    """A date inside what a statement says, not when it was made: after the trigger and a
    "that" ("told a news conference that the truce would start on Sunday"), or before a
    closing tag ("The truce will begin on August 3, the two sides said in a statement")."""
    if s0 >= c.t1:
        # "According to the statement, talks will resume in May": all after the comma is said
        return bool(_THAT.search(text, c.t1, s0)) or (
            "," in text[c.t1 : s0] and bool(_ACCORDING.search(text, 0, c.t0)))
    # "... in Tehran in 2027, the statement said": the statement is the closing tag
    return bool(_SPEECH_TAG.search(text[s1 : c.t0])) or bool(
        _TAG_SUBJECT.fullmatch(text, s1, c.t0) and _TAG_VERB.match(text, c.t1))


# (also "where": "... on the shoal, where vessels clashed last month" tells of the place)
_WHICH = re.compile(r",\s+(?:which|who|where)\s", re.IGNORECASE)


def _other_relative(text: str, c: _Cand, s0: int, lex: dict[str, Any]) -> bool:
    """A date in a relative clause after the event that tells something else of it ("agreed
    on a protocol, which will let operators work from September"), not how it took place
    ("the talks, which began on Monday")."""
    rel = _WHICH.search(text, c.t1, s0) if c.t1 <= s0 else None
    # (but "the next round, which the co-chairs proposed for June": the time proposed for it)
    return (rel is not None and not lex["after"].search(text, rel.end(), s0)
            and not _PROPOSED_FOR.fullmatch(text, c.t1, s0))


_PREP_OR_COMMA = re.compile(
    r"(?:(?<![\w-])(?:on|in|at|by|of|since|after|before|until|till|from|to|during)\s+|,\s*)$",
    re.IGNORECASE,
)


def _subordinate(text: str, c: _Cand, s0: int, s1: int, lex: dict[str, Any]) -> bool:
    """A date in a clause of its own, opened by "since", "after"... with its own verb, dates
    that clause and not an event named outside it ("the first talks since the conflict began
    in November 2020", "After Norland held a referendum on May 3, the talks resumed"); so
    does a relative clause before the event ("markers that were damaged in 2023, at the
    close of a meeting")."""
    if c.t1 <= s0:
        return bool(lex["subordinate"].search(text[c.t1 : s0]))
    np = lex["premodifiers"].search(text, s1, c.t0) if c.t0 >= s1 else None
    if (c.t0 >= s1 and not text[s1 : np.start() if np else c.t0].strip(" ,")
            and not _PREP_OR_COMMA.search(text, max(0, s0 - 12), s0)):
        return False  # "staged on Friday, 3 May, a new sitting": the date set off inside the
        # verb phrase, right after the verb and before its object (not "after X held a
        # referendum on Dec. 3, the talks ...": a prepositional phrase closing a clause)
    return c.t0 >= s1 and "," in text[s1 : c.t0] and bool(
        lex["subordinate"].search(text[:s0]) or lex["relative_clause"].search(text[:s0]))


def _share_place(text: str, cands: list[_Cand], lex: dict[str, Any]) -> None:
    """An agreement signed at talks ("signed after ten days of talks in Pretoria", "signed
    at the talks in Doha") was signed where the talks were, and the talks were held where
    the agreement that closed them was reached ("reached in Port Vale on Monday, following
    two days of talks")."""
    for t in cands:
        if t.kind not in _TALK_KINDS or not (t.city or t.venue):
            continue
        # "the talks opened in Ndola on 5-6 May, when the foreign ministers met": met there
        m = next((c for c in cands if c.kind in _TALK_KINDS and c.t0 >= t.t1
                  and _WHEN_MET.fullmatch(text, t.t1, c.t0)), None)
        if m is not None and not (m.city or m.venue):
            m.city, m.venue, m.country = t.city, t.venue, m.country or t.country
        # "rounds followed in Ndola in March and again on 4-5 May": the item met there again
        m = next((c for c in cands if c.kind in _TALK_KINDS and c.t0 >= t.t1
                  and _AGAIN_ITEM.match(text, c.t0)), None)
        if m is not None and not (m.city or m.venue):
            m.city, m.venue, m.country = t.city, t.venue, m.country or t.country
        # "two more in Lisk on 3 May and 9 June": the next item of the list, with no place
        # of its own, sat there too
        m = next((c for c in cands if c.listed and t.listed and t.t1 <= c.t0 <= t.t1 + 1), None)
        if m is not None and not (m.city or m.venue):
            m.city, m.venue, m.country = t.city, t.venue, m.country or t.country
    for a in cands:
        if a.kind != "agreement":
            continue
        for t in cands:
            opening = _OPENING_PHRASE.fullmatch(text, 0, t.t0) if t.t1 <= a.t0 else None
            if (t.kind in _TALK_KINDS and opening is not None and opening["at"]
                    and _OPENING_TAIL.match(text[t.t1 : a.t0])):
                # "At a summit in Kitwe on 3 June, the leaders signed the Charter"
                if (t.city or t.venue) and not (a.city or a.venue):
                    a.city, a.venue, a.country = t.city, t.venue, a.country or t.country
                break
            if not (t.kind == "talks" and t.t0 >= a.t1 and lex["at_talks"].fullmatch(text[a.t1 : t.t0])):
                continue
            if (t.city or t.venue) and not (a.city or a.venue):
                a.city, a.venue, a.country = t.city, t.venue, a.country or t.country
            elif (a.city or a.venue) and not (t.city or t.venue):
                t.city, t.venue, t.country = a.city, a.venue, t.country or a.country
            break


def _share_sidelines(text: str, cands: list[_Cand], lex: dict[str, Any]) -> None:
    """A meeting held on the sidelines of a gathering ("the ministers met on the sidelines
    of the summit in Kazan on Wednesday") was held on its days and in its town, which the
    sentence gives to the gathering. The gathering is the meeting's setting, not an event
    the sentence tells: it goes, and cannot lend its town to another sitting of the text."""
    for m in list(cands):
        if m.kind not in _TALK_KINDS or m.form != "verb" or not any(x is m for x in cands):
            continue
        t = next((t for t in cands if t.kind in _TALK_KINDS and t.t0 >= m.t1
                  and lex["sidelines"].fullmatch(text, m.t1, t.t0)), None)
        if t is None:
            continue
        if t.start is not None and m.start is None and m.end is None:
            m.start, m.end = t.start, t.end
        if (t.city or t.venue) and not (m.city or m.venue):
            m.city, m.venue, m.country = t.city, t.venue, m.country or t.country
        cands[:] = [x for x in cands if x is not t]


# between a sitting placed and the one of its when-clause ("opened in Ndola on 5-6 May,
# when the foreign ministers met")
_WHEN_MET = re.compile(r"[^,;.]{0,60},\s+when\s+[^,;.]{0,60}?", re.IGNORECASE)
_AGAIN_ITEM = re.compile(r"again\s+(?:on|in)\s", re.IGNORECASE)


# between a verb of meeting and a verb of signing with the same subject: its place and day
_AND_SIGNED = re.compile(r"(?:\s+(?:in|at|on)\s+[^,;.]{1,40}?)*\s+and\s+(?:then\s+)?",
                         re.IGNORECASE)


_AT_CLOSE = re.compile(r"(?<![\w-])(?:end|close|conclusion)\s+of(?![\w-])", re.IGNORECASE)
_AT_OCCASION = re.compile(r"[^,;:.!?]*?(?<![\w-])(?:at|during)\s+(?:(?:the|a|an|their|its|this|next)\s+)?"
                          r"(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)


def _share_occasion(text: str, cands: list[_Cand]) -> None:
    """An event told as happening at a dated one ("met on August 8, where they initialled a
    deal") takes its date."""
    dated = [c for c in cands if c.start is not None and c.salience == 3]
    for c in cands:
        if c.start is not None or c.end is not None or c.salience < 3:
            continue
        for d in dated:
            link = text[d.t1 : c.t0]
            if d.t1 <= c.t0 and re.search(
                r"\b(?:where|during which|at which|at the meeting)\b", link
            ):
                c.start, c.end = d.start, d.end
                break
    # "will sign the treaty at the summit in Brenna on March 20": what is done at a sitting is
    # done on its day
    for c in cands:
        if c.kind not in ("agreement", "statement", "proposal") or c.start or c.end:
            continue
        d = next((d for d in cands if d.kind in _TALK_KINDS and d.start is not None
                  and 0 <= d.t0 - c.t1 <= 60 and _AT_OCCASION.fullmatch(text, c.t1, d.t0)), None)
        # (not the first day of talks told only by their opening: "initialled at the close of
        # the round that opened on 4 May" was initialled on a later day)
        if d is not None and not (d.end is None and _AT_CLOSE.search(text, c.t1, d.t0)):
            c.start, c.end = d.start, d.end
    # "met in Velm on 3 April and initialled an accord": one subject's two verbs, the same day and
    # place
    for t in cands:
        if t.kind not in _TALK_KINDS or t.form != "verb":
            continue
        a = next((a for a in cands if a.kind == "agreement" and a.form == "verb" and a.t0 >= t.t1
                  and _AND_SIGNED.fullmatch(text, t.t1, a.t0)), None)
        if a is None:
            continue
        for x, y in ((t, a), (a, t)):
            if x.start is not None and y.start is None and y.end is None:
                y.start, y.end = x.start, x.end
            if (x.city or x.venue) and not (y.city or y.venue):
                y.city, y.venue, y.country = x.city, x.venue, y.country or x.country
    # "At the end of the meeting yesterday evening, the delegations issued a statement": a
    # sentence opening at the close of a dated event tells what was done on its last day
    for c in cands:
        if c.start is not None or c.end is not None or c.salience < 3:
            continue
        for d in cands:
            if (d.end is not None and d.t1 <= c.t0 and _OPENING_PHRASE.fullmatch(text, 0, d.t0)
                    and _OPENING_TAIL.match(text[d.t1 : c.t0])):
                c.start = c.end = d.end
                break


# what stands before the event in a sentence's opening phrase ("At the end of the meeting")
_OPENING_PHRASE = re.compile(r"\s*(?:at\s+the\s+(?:end|close|conclusion)\s+of|after|following"
                             r"|(?P<at>at|during))"
                             r"\s+(?:(?:the|their|its|this|that)\s+)?(?:[\w'’-]+\s+){0,2}", re.I)
# and after it, up to the comma that closes the phrase: its date, then the main clause
_OPENING_TAIL = re.compile(r"[^,;:.]{0,40},\s+(?:[\w'’-]+\s+){0,5}$")


def _is_dateline(text: str, pos: int) -> bool:
    """A date at the head of an article ('ISTANBUL, June 2.' / 'JEDDAH, Saudi Arabia, March 11')."""
    head = text[:pos]
    return bool(_DATELINE.match(head)) or pos < _dateline_end(text)


def _place_fields(norm: str, lex: dict[str, Any]) -> tuple[str | None, str | None]:
    """(venue, city): a palace or hotel is a venue, any other place a city; a venue the
    gazetteer places in a town is in that town."""
    if norm in lex["venue_towns"]:
        return norm, lex["venue_towns"][norm]
    if lex["site"].search(norm):
        return norm, None
    return None, norm


@functools.lru_cache(maxsize=64)
def _dateline_end(text: str) -> int:
    """End of a dateline heading a sentence ('JEDDAH, Saudi Arabia, March 11 (Xinhua) --')."""
    m = _DATELINE_HEAD.match(text)
    return m.end() if m else 0


# a date told after "since", then the place it was in ("since April 2019 in Velm")
_SINCE_PLACE = re.compile(r"(?<![\w-])since\s+[^,;:.]{1,30}?\s+(?:in|at)\s+(?:the\s+)?$",
                          re.IGNORECASE)


# a clause of time that tells another event ("since the president returned to"), not a date
_SINCE_CLAUSE = re.compile(
    r"(?<![\w-])since\s+(?!(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December|last|\d)\b)(?:[\w'’.-]+\s+){1,5}?[a-z]+ed\s", re.IGNORECASE)


def _attach_places(
    text: str,
    base: int,
    ments: list[_Mention],
    cands: list[_Cand],
    lex: dict[str, Any],
) -> None:
    def may(name: str) -> bool:
        return _may_hold(text, lex["may"][name])

    dateline = _dateline_end(text)
    may_condition = _may_hold(text, _CONDITION_HEADS)
    pool = [
        c
        for c in cands
        if c.kind
        in (*_TALK_KINDS, "statement", "agreement", "proposal", "phone_call",
            "prisoner_exchange", "bodies_repatriation")
        and not c.topical  # (what a text or talks are about happened at no place)
    ]
    _place_where_clauses(text, base, ments, pool, lex)
    # ends of the places told after "in" or "at" ("at Hollin House")
    placed_ends = {
        int(m.end_char) - base for m in ments
        if m.kind == "place" and lex["venue_before"].search(
            text, max(0, int(m.start_char) - base - 40), int(m.start_char) - base)
    }
    for m in ments:
        # an office named by its building ("at the White House") is a site in its capital
        seat = m.kind == "organisation" and bool(lex["site"].search(str(m.norm)))
        if m.kind not in ("place", "country") and not seat:
            continue
        s0, s1 = int(m.start_char) - base, int(m.end_char) - base
        if s0 < dateline:
            continue  # the dateline city ("ISTANBUL, June 2") is where the report was filed
        if s1 <= _compared_end(text):
            continue  # "As in Velm last week, the envoys spoke briefly": another occasion's town
        if _FORMER_PLACE.search(text, max(0, s0 - 60), s0):
            continue  # "originally planned for May 3 in Velm but postponed": the plan given up
        text_named = _TEXT_NAMED.match(text, s1)
        if text_named is not None and not any(s1 < c.t1 and c.t0 < text_named.end()
                                              for c in pool):
            continue  # "set out in the Velm joint statement": a text cited by its town
        before, after = text[max(0, s0 - 40) : s0], text[s1 : s1 + 40]
        code = _code(m.country) or (_code(m.norm) if m.kind == "country" else None)
        if seat and not (code and lex["venue_before"].search(before)):
            continue
        hosting = may("host_after") and bool(lex["host_after"].match(after))
        hosted_by = may("host_before") and bool(lex["host_before"].search(before))
        mediated = may("mediator_before") and bool(lex["mediator_before"].search(before))
        located = bool(lex["venue_before"].search(before)) and not (
            may("not_before") and lex["not_before"].search(before))
        # "at Hollin House, Lusaka": the town set after the venue places the same event
        located = located or any(_PLACE_APPOSED.fullmatch(text, e, s0) for e in placed_ends)
        # "at the Lake Pavilion Riva, Lisk, on 9 May": the town set after a named venue
        located = located or bool(_NAMED_SITE.search(text, max(0, s0 - 80), s0))
        if may("source_nouns") and lex["source_in"].search(before) and _SAYS.match(text, s1):
            continue  # "a diplomat in Port Vale, speaking on condition of anonymity, said"
        if may_condition and _CONDITION.search(text, 0, s0):
            continue  # "if the talks in Lusaka fail": the place of none in particular
        named = may("after_nouns") and bool(lex["venue_after"].match(after))
        # "the Kenyan capital" or the capital itself where the event is ("at a Lusaka hotel",
        # "the Lusaka talks")
        capital = m.kind == "country" and (
            (may("capital_words") and bool(lex["capital_after"].match(after)))
            or ((located or named) and code is not None
                and text[s0:s1] == lex["capitals"].get(code)))
        # an item of a list entry set off by commas: "- Next: fifth round, Harare, April"
        listed = (bool(_BULLET.match(text)) and bool(_COMMA_BEFORE.search(before))
                  and bool(_ITEM_END.match(after)))
        # a cell of its own in a table row: "Round 2 | 4-5 May | Harare | text adopted"
        listed = listed or (bool(_CELL_BEFORE.search(before)) and bool(_CELL_END.match(after)))
        if not (hosting or hosted_by or mediated or located or named or capital or listed):
            continue
        # a place after "in" or "at" follows the event it places ("talks ... in the town of
        # Dorf, the first since the presidents signed")
        # the sitting recalled as the last before ("the first meeting since April 2019"):
        # the place after its date is its own ("since April 2019 in Velm"), none before it is
        recalled = [c for c in pool if c.recalled and c.t0 < s0]
        if recalled and _SINCE_PLACE.search(text, max(0, s0 - 40), s0):
            target = recalled[-1]
        else:
            target = _nearest([c for c in pool if not (c.recalled and s0 < c.t0)], s0, s1,
                              lean_back=located, text=text)
        # a place heading the sentence ("In Lusaka on Wednesday, the commission set up under
        # ... held its sixth meeting") places the first event told after it
        fronted = located and bool(_FRONTED.fullmatch(text, 0, s0))
        if fronted:
            target = min((c for c in pool if c.t0 >= s1), key=lambda c: c.t0, default=target)
        if target is None:
            continue
        # the talks' own verb places them: "the talks between ..., which ..., ended in Harare"
        verb_placed = target.t1 <= s0 and bool(lex["ended_in"].search(text, max(0, s0 - 100), s0))
        if target.t1 <= s0 and _RELATIVE.search(text, target.t1, s0) and not verb_placed:
            continue  # "the talks ... maintain the ceasefire that was agreed in Doha"
        if target.t1 <= s0 and _SINCE_CLAUSE.search(text, target.t1, s0) and not verb_placed:
            continue  # "the first talks since the president returned to the palace in Velm"
        if target.t0 >= s1 and not fronted and _WHO.search(text, s1, target.t0):
            continue  # "an academic in Harare who follows the talks": the person's town
        dist = target.t0 - s1 if target.t0 >= s1 else max(0, s0 - target.t1)
        if mediated or hosted_by:
            if code:
                target.hosts.add(code)
            if hosted_by and m.kind == "place" and target.city is None:
                # "hosted by the Kenyan capital", "hosted by Velm": a town that hosts is
                # where the event is
                target.city = _place_fields(str(m.norm), lex)[1]
                target.country = target.country or code
            continue
        if m.kind == "country" and not (hosting or capital) and dist > 40:
            continue
        if dist > 120 and not (verb_placed or fronted):
            continue
        if hosting and code:
            target.hosts.add(code)
        if seat:  # its office is a party, not the host: no country
            target.venue = target.venue or str(m.norm)
            target.city = target.city or lex["capitals"].get(code)
        elif m.kind == "place":
            venue, city = _place_fields(str(m.norm), lex)
            if venue and target.venue is None:
                target.venue = venue
            if city and target.city is None:
                target.city = city
            if code and target.country is None:
                target.country = code
        elif code and (capital or (listed and text[s0:s1] == lex["capitals"].get(code))):
            if target.city is None:
                target.city = lex["capitals"].get(code)
            target.country = target.country or code
        elif code and target.country is None and (located or named or hosting):
            target.country = code


# ", where" opening a clause about the place just named ("arrived in Velm from Lisk, where
# he met ..."); between the place and the comma at most a few words of time, no other clause
_WHERE = re.compile(r",\s+where\s", re.IGNORECASE)
_WHERE_GAP = re.compile(r"(?:\s+[\w'’-]+){0,6}\s*", re.IGNORECASE)
_WHERE_CLAUSE_END = re.compile(r"[;.!?]|,\s+(?:and|but|while|which|who)\s", re.IGNORECASE)


def _place_where_clauses(
    text: str, base: int, ments: list[_Mention], pool: list[_Cand], lex: dict[str, Any]
) -> None:
    """An event told in a ", where" clause happened in the place the clause hangs on, the
    last one named before the comma ("arrived in Velm from Lisk, where Jon Vale on Friday
    met Ana Ruiz": Lisk; "visited Zelva on Wednesday, where he held talks": Zelva), not in
    another town of the sentence nor the dateline's."""
    if "where" not in text.lower():
        return
    places = sorted(
        (int(m.start_char) - base, int(m.end_char) - base, m) for m in ments
        if m.kind in ("place", "country"))
    for w in _WHERE.finditer(text):
        before = [p for p in places if p[1] <= w.start()]
        if not before or not _WHERE_GAP.fullmatch(text, before[-1][1], w.start()):
            continue
        m = before[-1][2]
        stop = _WHERE_CLAUSE_END.search(text, w.end())
        clause_end = stop.start() if stop else len(text)
        target = min((c for c in pool if w.end() <= c.t0 < clause_end), key=lambda c: c.t0,
                     default=None)
        if target is None or target.city or target.venue:
            continue
        code = _code(m.country) or (_code(m.norm) if m.kind == "country" else None)
        if m.kind == "place":
            venue, city = _place_fields(str(m.norm), lex)
            target.venue, target.city = venue, city
            target.country = code or target.country
        elif code:
            target.country = code
            if text[int(m.start_char) - base : int(m.end_char) - base] == lex["capitals"].get(code):
                target.city = lex["capitals"].get(code)


# a sentence opened by a comparison with another occasion ("As in Velm last week, ...",
# "Like at the first round, ..."): its time and place are that occasion's
_COMPARED = re.compile(r"\s*(?:just\s+)?(?:as|like|unlike)\s+(?:in|at|during|on|with)\s+[^,;:.]{1,60},",
                       re.IGNORECASE)


# a statement named by its town right after it ("the Velm joint statement")
_TEXT_NAMED = re.compile(r"\s+(?:joint\s+)?(?:statement|communiqu[eé])s?(?![\w-])",
                         re.IGNORECASE)


def _compared_end(text: str) -> int:
    """The end of a comparison that opens the sentence ("As in Velm last week,"), or -1."""
    m = _COMPARED.match(text)
    return m.end() if m else -1


# a dateline is near the head of the story, its town followed by a comma, a colon or a dash
_DATELINE_REACH = 600
_DATELINE_MARK = re.compile(r"\s*(?:,|:|\(|[-–—])")


def _in_the_capital(art: _Article, text: str, base: int, cands: list[_Cand],
                    lex: dict[str, Any]) -> None:
    """A sitting held "in the capital", no state named, was held in the capital the text
    has named last before it ("Wang arrived in the Ostrian capital ... the session held in
    the capital last month"), or in its dateline's town when that is one."""
    m = lex["the_capital"].search(text)
    if m is None:
        return
    pool = [c for c in cands if c.kind in _PLACED_KINDS and not (c.city or c.venue)]
    target = _nearest(pool, m.start(), m.end(), lean_back=True, text=text)
    if target is None:
        return
    capitals = lex["capital_names"]

    def capital(x: _Mention) -> str | None:
        name = str(x.norm) if x.kind == "place" else art.text[int(x.start_char) : int(x.end_char)]
        return name if x.kind in ("place", "country") and name in capitals else None

    pos = base + m.start()
    named = [x for x in art.mentions if int(x.start_char) < pos and capital(x)]
    # the dateline's town, a capital at the head of a line of the story's opening, speaks
    # for the report's home ("Velm, 13 June (Agency). - ... held in the capital")
    head = next((x for x in named if int(x.start_char) < _DATELINE_REACH
                 and (int(x.start_char) == 0 or art.text[int(x.start_char) - 1] == "\n")
                 and _DATELINE_MARK.match(art.text, int(x.end_char))), None)
    if head is not None or named:
        city = capital(head if head is not None else max(named, key=lambda x: int(x.start_char)))
        target.city, target.country = city, target.country or capitals[city]


# capitalised words right before a sitting's noun ("the Doha talks", "Velm's round")
_NAME_BEFORE = re.compile(r"(?-i:(?P<name>[A-Z][\w'’.-]*(?:[ -][A-Z][\w'’.-]*){0,3}))(?:['’]s)?\s+$")


def _named_by_town(text: str, cands: list[_Cand], lex: dict[str, Any]) -> None:
    """A sitting or text named by its town ("the Lisk talks of 2-3 May", "at the Velm
    meeting", "the Lisk Declaration") was held or made there. The tagger leaves a capital
    before such a noun untagged (it names neither the state acting nor, for the tagger, a
    place), so the town is looked up here, among the capitals and the places of the
    gazetteer."""
    for c in cands:
        if c.city or c.venue or c.kind not in _PLACED_KINDS or c.form != "noun":
            continue
        m = _NAME_BEFORE.search(text, max(0, c.t0 - 40), c.t0)
        if m is None or not lex["venue_after"].match(text[m.end("name") : c.t1]):
            continue
        words = m["name"].split()
        hit = next((lex["town_names"][k] for k in
                    (fold_name(" ".join(words[i:])) for i in range(len(words)))
                    if k in lex["town_names"]), None)
        if hit is not None:
            c.city, c.country = hit[0], c.country or hit[1]


_FRONTED = re.compile(r"\s*(?:in|at)\s+(?:the\s+)?", re.IGNORECASE)
_PLACE_APPOSED = re.compile(r",\s*")
_NAMED_SITE = re.compile(
    r"(?<![\w-])at\s+the\s+(?-i:[A-Z][\w'’.-]*)(?:\s+(?-i:[A-Z][\w'’.-]*)){0,5},\s*$", re.I)
_BULLET = re.compile(r"\s*[•·*▪‣◦–-]\s")
_COMMA_BEFORE = re.compile(r",\s*$")
_ITEM_END = re.compile(r"\s*(?:[,.;(]|$)")
_TABLE_ROW = re.compile(r"[^|\n]+(?:\|[^|\n]*){2,}")
_CELL_BEFORE = re.compile(r"\|\s*$")
_CELL_END = re.compile(r"\s*(?:\||$)")
# what a source placed before says: "..., speaking on condition of anonymity, said", "say"
_SAYS = re.compile(
    r"\s*(?:,[^,;.]{0,80},\s*)?(?:said|say|says|told|tell|tells|speaking|according)\b",
    re.IGNORECASE,
)
# a relative clause on another noun between an event and a place ("... the ceasefire that
# was first agreed in Doha"): the place is that noun's, not the event's
_RELATIVE = re.compile(r"[\w'’-]+[^\w]+(?:that|which|who|whom)\s")
_WHO = re.compile(r"(?<![\w-])(?:who|whom)\s", re.IGNORECASE)
_IN_NAME_COMMA = re.compile(
    r"(?<![\w-])(?:in|at)\s+(?P<name>(?-i:[A-Z][\w'’-]+(?:[\s-][A-Z][\w'’-]+){0,2})),\s+"
    r"(?:the\s+)?$"
)
_IN_THE = re.compile(r"(?<![\w-])(?:in|at)\s+the\s+$", re.IGNORECASE)


def _unlisted_places(
    text: str, base: int, sentence_idx: int, ments: list[_Mention], art: _Article,
    lex: dict[str, Any], heads: set[str],
) -> list[_Mention]:
    """Places the gazetteer does not list, read from how the text names them: a town with
    its country or region after a comma ("in Xiamen, China", "in Zelnik, the Philippines", "in
    Zelnik, Vora Province"), a name after a place noun ("in the resort town of Gabala") or
    a site ("at the army base in Gabala"), or a city the text named before, told again by its
    country's adjective ("in the Turkish city" after "in Istanbul")."""
    out = []
    named = [(int(m.start_char) - base, int(m.end_char) - base) for m in ments if m.kind != "country"]
    may = lex["may"]
    for hit in lex["noun_of_name"].finditer(text) if _may_match(may["town"], heads) else ():
        # "held in the city of Gabala", "in the Azerbaijani resort town of Gabala": the noun
        # says the name is a place; an adjective before it gives the country
        if any(a <= hit.start("name") < b for a, b in named):
            continue
        adjective = [m for m in ments if m.kind == "country"
                     and hit.start() <= int(m.start_char) - base < hit.start("name")]
        out.append(_Mention(
            sentence_idx, "place", base + hit.start("name"),
            base + hit.end("name"), hit.group("name"), None, None,
            _mention_code(adjective[0]) if adjective else None))
    for hit in (lex["in_town_of_region"].finditer(text) if _may_match(may["region"], heads)
                else ()):
        # "in Zelnik, Vora Province": the town of a region the text names after it
        if not any(a <= hit.start("name") < b for a, b in named):
            out.append(_Mention(sentence_idx, "place", base + hit.start("name"),
                                base + hit.end("name"), hit.group("name"), None, None, None))
    for hit in lex["site_in_town"].finditer(text) if _may_match(may["site_in"], heads) else ():
        # "at UN headquarters in Zelnik", "at the army base in Zelnik": the town of the site
        a, b = hit.span("name")
        if not lex["not_towns"].fullmatch(hit.group("name")) and not region_not_town(
                hit.group("name")) and not any(
            int(m.start_char) - base < b and a < int(m.end_char) - base
            # (a mission named with its town, "the Zelnian embassy in Velm", leaves it a town)
            and not (m.kind == "organisation" and int(m.end_char) - base == b)
            for m in [*ments, *out]
        ):
            out.append(_Mention(sentence_idx, "place", base + a, base + b, hit.group("name"),
                                None, None, None))
    for m in ments:
        code = _mention_code(m) if m.kind == "country" else None
        if code is None:
            continue
        s0, s1 = int(m.start_char) - base, int(m.end_char) - base
        hit = _IN_NAME_COMMA.search(text, max(0, s0 - 60), s0)
        if hit and not any(a <= hit.start("name") < b for a, b in named):
            out.append(m._replace(kind="place", start_char=base + hit.start("name"),
                                  end_char=base + hit.end("name"), norm=hit.group("name"),
                                  country=code))
            continue
        if _IN_THE.search(text, max(0, s0 - 10), s0) and lex["place_after"].match(text, s1):
            earlier = [p for p in art.mentions if p.kind == "place" and _code(p.country) == code
                       and int(p.start_char) < int(m.start_char)]
            if earlier:
                out.append(m._replace(kind="place", norm=earlier[-1].norm, country=code))
    return out


def _towns_after_events(
    text: str, base: int, sentence_idx: int, ments: list[_Mention], dates: list[_Date],
    cands: list[_Cand], lex: dict[str, Any],
) -> list[_Mention]:
    """Towns the gazetteer lacks, read from the event they host: a capitalised name that
    nothing else claims right after a meeting, signing or speech and "in" ("a three-day
    meeting in Zelnik", "met in Zelnik on Monday", "is signed in Zelnik, ending the war",
    "told reporters in Zelnik on Thursday")."""
    taken = [(int(m.start_char) - base, int(m.end_char) - base) for m in ments]
    taken += [(int(d.start_char) - base, int(d.end_char) - base) for d in dates]
    out = []
    for c in cands:
        if c.kind not in (*_TALK_KINDS, "agreement", "statement"):
            continue
        hit = lex["town_after"].match(text, c.t1)
        if (hit is None or lex["not_towns"].fullmatch(hit.group("name"))
                or region_not_town(hit.group("name"))):
            continue  # (nor a region: "after talks in Texas")
        a, b = hit.span("name")
        if any(x < b and a < y for x, y in taken):
            continue
        taken.append((a, b))
        out.append(_Mention(sentence_idx, "place", base + a, base + b, hit.group("name"),
                            None, None, None))
    return out


# the closing tag of a report, the sentence's last clause: "..., the Ostria foreign
# ministry said on Tuesday."
_SAYER_TAG = re.compile(
    r"(?<=,)\s+(?:[^,;:\"“”]{0,60}?\s)?(?:said|says|told\s+reporters|told\s+journalists|stated"
    r"|announced|added|reported)(?:\s+[^,;:\"“”]{0,30})?[.!]?[\"”’]?\s*$",
    re.IGNORECASE)
_JOINED = re.compile(r"(?:['’]s)?\s*(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?")
_PARTY_BEFORE = re.compile(
    r"(?<![\w-])(?:with|met|meet|meets|meeting|to\s+see)\s+(?:(?:the|his|her|its|their)\s+)?$",
    re.IGNORECASE)
_SUBJECT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,4}?\s+$")


def _named_party(text: str, c: _Cand, code: str, codes: list[tuple[str, bool, int, int]]) -> bool:
    """Whether the sentence names the venue's country as a party of the sitting: joined to
    another party ("Norland and Sudland met in Lisk"), met with ("talks with Sudland in Lisk",
    "met Ana Ruiz in Lisk"), or the subject of the meeting's verb ("Ana Ruiz met ...")."""
    own = [(s0, s1) for k, mediator, s0, s1 in codes if k == code and not mediator]
    others = [(s0, s1) for k, mediator, s0, s1 in codes if k != code and not mediator]
    for s0, s1 in own:
        if any(_JOINED.fullmatch(text[b1:s0]) or _JOINED.fullmatch(text[s1:b0])
               for b0, b1 in others):
            return True
        if _PARTY_BEFORE.search(text, max(0, s0 - 20), s0):
            return True
        if c.form == "verb" and s1 <= c.t0 and _SUBJECT_GAP.fullmatch(text[s1 : c.t0]):
            return True
    return False


def _attach_participants(
    text: str, base: int, ments: list[_Mention], cands: list[_Cand]
) -> None:
    if not cands:
        return
    # mediators named by role in the sentence ("took part as a mediator")
    lex = _lex()
    may = lex["may"]
    hosted = _may_hold(text, may["host_before"])
    mediated = _may_hold(text, may["mediator_before"])
    mediator_after = _may_hold(text, may["mediator_after"])
    codes: list[tuple[str, bool]] = []
    listing = False  # inside a list that follows "mediated by" / "hosted by"
    last_end = 0
    dateline = _dateline_end(text)
    # "..., Ostria said.": the source of what the sentence tells before it, no party of it;
    # but a party of the statement it makes, and "..., Norland and Sudland said" is both
    # sides speaking of their own sitting
    tag = _SAYER_TAG.search(text)
    if tag and len({_mention_code(m) for m in ments
                    if int(m.start_char) - base >= tag.start()} - {None}) > 1:
        tag = None
    tag_start = tag.start() if tag else len(text) + 1
    for m in sorted(ments, key=lambda m: m.start_char):
        code = _mention_code(m) if m.kind != "place" else None
        s0, s1 = int(m.start_char) - base, int(m.end_char) - base
        if code is None or s0 < dateline:
            continue
        before = text[max(0, s0 - 40) : s0]
        if ((hosted and lex["host_before"].search(before))
                or (mediated and lex["mediator_before"].search(before))):
            listing = True
        elif listing and not re.fullmatch(
            r"\s*(?:,\s*|\s+)(?:and\s+)?(?:the\s+)?", text[last_end:s0]
        ):
            listing = False
        mediator = ((m.kind == "person" and mediator_after
                     and bool(lex["mediator_after"].match(text[s1 : s1 + 80])))
                    or bool(lex["mediator_next"].match(text, s1)))
        codes.append((code, mediator or listing, s0, s1))
        last_end = s1
    for c in cands:
        # "the working group meets in Lusaka; Norland and Ostia come back to the table": the
        # parties of its own clause
        lo, hi = text.rfind(";", 0, c.t0) + 1, text.find(";", c.t1) % (len(text) + 1)
        for code, mediator, at, _ in codes:
            if not lo <= at < hi or (at >= tag_start > c.t0 and c.kind != "statement"):
                continue
            if mediator:
                c.hosts.add(code)
            elif code not in c.hosts:
                c.participants.add(code)
        c.participants -= c.hosts
        if (
            c.country
            and c.country in c.participants
            and c.kind in _TALK_KINDS
        ):
            # the country of the venue is the host, unless the text names it as a party
            if c.country in c.hosts or not (
                re.search(r"\bbetween\b|\binvolving\b", text)
                or _named_party(text, c, c.country, [x for x in codes if lo <= x[2] < hi])
            ):
                c.participants.discard(c.country)


# ----------------------------------------------------------------------------- merging


def _realised(x: _Cand) -> bool | None:
    if x.status == "unknown":
        return None
    return x.status in _REALISED


# kinds of sitting one article may tell twice in other words, one sentence calling it talks
# and another a summit of the leaders (not a one-on-one, which is a sitting within the talks,
# nor a visitor received, a courtesy call of its own): see _one_sitting
_ONE_SITTING = frozenset({"talks", "summit"})


def _one_sitting(g: list[_Cand], c: _Cand) -> bool:
    """Is ``c``, of another kind of sitting than group ``g``, the same sitting told again in a
    sentence of its own ("ended two days of talks in Velm" ... "the summit in Velm on
    Monday and Tuesday")? Both held, on the same days, in no two towns."""
    if c.kind not in _ONE_SITTING or any(x.kind not in _ONE_SITTING for x in g):
        return False
    if any(x.sentence_idx == c.sentence_idx for x in g):
        return False  # "a summit before the talks": two sittings in one sentence
    if _realised(c) is not True or any(_realised(x) is False for x in g):
        return False
    start, end = _group_dates(g)
    if c.start is None or start is None or len(c.start) != 10 or len(start) != 10:
        return False
    if (c.start, c.end or c.start) != (start, end or start):
        return False
    cities = {x.city for x in g if x.city}
    return c.city is None or not cities or c.city in cities


# a noun phrase set after the verb of a sitting, to tell what kind of sitting it was ("met
# on Wednesday in Lisk, in the first face-to-face meeting in seven months")
_APPOSED_SITTING = re.compile(
    r",\s+(?:in|at|for)\s+(?:a|an|the|their|its|his|her)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _described_sitting(g: list[_Cand], c: _Cand) -> bool:
    """Is ``c``, a sitting of another kind named in a phrase set after the verb that tells a
    sitting of ``g`` in the same sentence ("the envoys met on Monday in Lisk, in their first
    face-to-face meeting since May"), that sitting described?"""
    return (c.kind in _TALK_KINDS and c.form == "noun" and c.salience < 3
            and all(x.kind in _TALK_KINDS for x in g)
            and any(x.sentence_idx == c.sentence_idx and x.form == "verb" and x.salience == 3
                    and x.t1 <= c.t0 for x in g)
            and bool(_APPOSED_SITTING.search(c.evidence, max(0, c.t0 - 80), c.t0)))


def _compatible(g: list[_Cand], c: _Cand) -> bool:
    """Can mention ``c`` be one more account of the event told by group ``g``?"""
    if g[0].story != c.story:
        return False  # (the items of a digest under datelines of their own are other stories)
    if g[0].kind != c.kind and not _one_sitting(g, c) and not _described_sitting(g, c):
        return False
    if c.kind in _TALK_KINDS and c.salience == 3 and _going_on(c) != any(_going_on(x) for x in g):
        return False  # "has been holding back-channel talks": a process, not the round told
    rounds = {x.round for x in g if x.round is not None}
    if c.round is not None and rounds and c.round not in rounds:
        return False
    if _other_body(g, c):
        return False
    if c.recalled and _group_dates(g)[0] is None:
        return False  # "the first meeting since May 2019" is not the meeting the story tells
    if any(x.sentence_idx == c.sentence_idx and (x.listed or c.listed)
           and (x.listed and c.listed or x.start and c.start) for x in g):
        # "met in Lisk on 3 May and in Velm on 9 June": each item a sitting, and none the
        # sitting of another day its sentence tells ("began on 2 May, followed by two more
        # in Velm on 9 and 23 June"); an undated verb of the list may be one ("have met in
        # three sessions, in ...")
        return False
    if any(x.sentence_idx == c.sentence_idx for x in g) and c.kind not in (
        "statement",
        "phone_call",
    ):
        # "the envoys met in Ndola a month ago, and officials held a meeting in Kitwe on
        # Friday": two towns, two sittings
        held = {x.city for x in g if x.city and x.salience == 3}
        # nor are two of other towns that began on other days ("began on 12 April in Lisk,
        # followed by a round in Velm on 19 April")
        towns = {x.city for x in g if x.city}
        span = _group_dates(g)
        return _dates_compatible(span, (c.start, c.end)) and not (
            c.salience == 3 and c.city and held and c.city not in held) and not (
            c.city and towns and c.city not in towns and c.start and span[0]
            and len(c.start) == len(span[0]) == 10 and c.start != span[0])
    span = _group_dates(g)
    if not _dates_compatible(span, (c.start, c.end)):
        return False
    if c.start and span[0] and any(x.aside for x in g) != c.aside:
        return False  # "Earlier in the day, the president met ...": not the day's summit
    if _day_within(span, c):
        return False  # "consultations on 3 May" in the round of 3-4 May: a sitting of its own
    first, other = iso_day(span[0]), iso_day(c.start)
    if first is not None and other is not None and abs((other - first).days) >= _YEAR_APART:
        return False  # talks that "opened in October 2008" (and run on) are not this June's round
    if (c.around is not None and span[0] is not None and len(span[0]) == 10
            and not _dates_compatible(span, (c.around[0].isoformat(), c.around[1].isoformat()))):
        return False  # "met two weeks ago" is not the round held last week
    cities = {x.city for x in g if x.city}
    if c.city and cities and c.city not in cities:
        return False
    if _another_plan(g, c, span, cities):
        return False
    if c.status == "undecided" and span[0] is not None and len(span[0]) == 10:
        return False  # a meeting still undecided is not one set for a day
    mine = _realised(c)
    theirs = {_realised(x) for x in g} - {None}
    if mine is not None and theirs and mine not in theirs and (
        c.start is None or span[0] is None or len(c.start) != len(span[0])
        or not _dates_compatible(span, (c.start, c.end or c.start))
    ):
        # "met on April 9" is not "a first meeting to be held this year", nor are talks that
        # "began in August 2023" (their end left open) the round set for April
        return False
    if (mine is False and theirs == {True} and c.start and span[0] and span[1] is None
            and iso_day(c.start) > iso_day(span[0])):
        return False  # "will meet on Tuesday" after talks that began on Monday: a new event
    if c.kind == "proposal" and c.salience >= 2 and c.topic not in {x.topic for x in g}:
        return False
    if c.kind == "agreement" and c.salience >= 2 and c.topic and any(
            x.kind == "agreement" and x.salience >= 2 and x.topic and x.topic != c.topic for x in g):
        return False  # "signed a joint declaration" and "initialled the peace agreement"
    if (c.kind in ("statement", "phone_call") or (c.kind == "proposal" and c.form == "verb")) and (
        c.salience >= 2
    ):  # each told as made is one made; only a mention that recalls it joins it, and not
        # one made in another clause ("X told reporters ..., while Y told state television")
        return any(x.sentence_idx == c.sentence_idx
                   and not _CLAUSE_BREAK.search(c.evidence, min(x.t1, c.t1), max(x.t0, c.t0))
                   for x in g)
    return True


# the body a sitting is of, named right after its noun ("the next meeting of the working
# group on transport", "the next session of the joint commission")
_OF_BODY = re.compile(r"\s+of\s+(?:the\s+)?(?P<body>[\w'’-]+(?:\s+[\w'’-]+){0,2})", re.IGNORECASE)
_BODY_GLUE = frozenset({"on", "for", "and", "of", "the", "a", "an", "in", "at", "be", "is",
                        "are", "to", "will", "would"})


def _body_of(c: _Cand) -> frozenset[str]:
    """The words naming the body whose sitting ``c`` is, after "of" ("the next meeting of the
    group on transport": group, transport); empty when none is named."""
    m = _OF_BODY.match(c.evidence, c.t1) if c.form == "noun" else None
    if m is None:
        return frozenset()
    return frozenset(w.lower() for w in m["body"].split()) - _BODY_GLUE


def _other_body(g: list[_Cand], c: _Cand) -> bool:
    """Are ``c`` and ``g`` later sittings of two bodies ("the next meeting of the transport
    group is expected soon" ... "proposed that the next meeting of political representatives
    be held in Lisk")? Each names its own, and none of their words."""
    mine = _body_of(c) if c.is_next else frozenset()
    theirs = [_body_of(x) for x in g if x.is_next]
    return bool(mine) and any(b and not b & mine for b in theirs)


# a verb in the present or past perfect progressive ("have been talking directly", "has been
# holding talks"): what goes on over a stretch of time up to the moment told
_GOING_ON = re.compile(r"(?<![\w-])(?:has|have|had)\s+been\s+[a-z]+ing(?:\s+[\w'’-]+){0,2}\s*$",
                       re.IGNORECASE)


def _going_on(c: _Cand) -> bool:
    """Talks told as a process going on for some time, not as one sitting ("the sides have
    been talking directly", "Ostria has been holding back-channel talks")."""
    return c.salience == 3 and bool(_GOING_ON.search(c.evidence, max(0, c.t0 - 60), c.t1))


def _day_within(span: tuple[str | None, str | None], c: _Cand) -> bool:
    """Is ``c`` a sitting told as held on one day inside the closed span of several days that
    a sitting told in another sentence took ("the round sat on 3-4 May" ... "the working
    groups met on 4 May")? Then it is a session of that round, an event of its own."""
    start, end = span
    return (c.kind in _TALK_KINDS and c.salience == 3 and c.start is not None
            and c.start == c.end and len(c.start) == 10
            and start is not None and end is not None and len(start) == len(end) == 10
            and start < end and start <= c.start <= end)


_PLANS = ("scheduled", "planned")
# days between the first days of two accounts told in different sentences that make them two
# events, though an open end makes their spans overlap
_YEAR_APART = 365


def _another_plan(g: list[_Cand], c: _Cand, span: tuple[str | None, str | None],
                  cities: set[str]) -> bool:
    """Is ``c`` a sitting planned in its own sentence, besides the one ``g`` plans in another
    ("agreed to convene their river board" ... "the tenth round opens in Dorf")?

    Each sentence that tells a sitting still to come as its own plan (a verb of holding or
    meeting) plans one sitting; only dates or the same city make two such plans one.
    """
    if c.kind not in _TALK_KINDS or c.salience < 3 or c.status not in _PLANS or _met_again(c):
        return False
    planned = [x for x in g if x.salience >= 3 and x.status in _PLANS]
    if not planned or any(x.sentence_idx == c.sentence_idx for x in g):
        return False
    # (dates of both, already found compatible, make them one: "later this month", "on the 28th")
    dated = c.start is not None and span[0] is not None
    return not (dated or (c.city is not None and c.city in cities))


def _group_dates(g: list[_Cand]) -> tuple[str | None, str | None]:
    best = _primary(g)
    if best.start is not None:
        return best.start, best.end
    for x in g:
        if x.start is not None:
            return x.start, x.end
    return None, None


def _primary(g: list[_Cand]) -> _Cand:
    """The mention whose sentence best tells the event: the evidence. An agreement is told
    best where it is dated most closely ("the Velm deal, signed in December 2018"), not where
    its name gives a town and a year ("under the 2018 Velm Agreement")."""
    return max(
        g,
        key=lambda x: (
            len(x.start or "") if x.kind == "agreement" else 0,
            x.info,
            len(x.start or ""),  # "on 14 June 2018" tells it better than "in 2018"
            x.salience == 3,
            x.first,
            -_STATUS_RANK.get(x.status, 7),
            x.salience,
            -x.sentence_idx,
            -x.t0,
        ),
    )


def _as_long(g: list[_Cand], c: _Cand) -> bool:
    """Do the talks of ``g``, told with their length and no day ("after two days of talks"),
    last as many days as the sitting ``c`` ("met on Tuesday and Wednesday")?"""
    if c.start is None or c.end is None or len(c.start) != 10 or len(c.end) != 10:
        return False
    n = (dt.date.fromisoformat(c.end) - dt.date.fromisoformat(c.start)).days + 1
    return n > 1 and any(x.days == n for x in g)


def _merge(cands: list[_Cand], published: dt.date | None = None) -> list[list[_Cand]]:
    """Group the mentions of one article into events (back-references join what they recall).

    Mentions that place the event (a date, a venue, a number) go first, then the other new
    mentions, then references; each joins the compatible event with the same round, else the
    nearest one before it; a reference that finds none is a first mention only when it is the
    first of its kind. A signing told as happening with no date of its own ("the two sides
    signed a number of agreements") does not join an agreement dated a year or more before
    ``published``.
    """
    groups: list[list[_Cand]] = []
    order = lambda c: (c.sentence_idx, c.t0)  # noqa: E731
    # (membership is decided on the fields, so a test per mention, not a search of the lists)
    informative = [c for c in cands if c.info and not c.topical]
    new = [c for c in cands if not (c.info and not c.topical) and c.salience >= 2 and not c.topical]
    refs = [c for c in cands if not c.info and c.salience < 2 or c.topical]
    for c in sorted(informative, key=order) + sorted(new, key=order):
        pool = [g for g in groups if _compatible(g, c)]
        if c.is_next and c.salience >= 2:
            pool = [g for g in pool if all(_realised(x) is not True for x in g)]
            if c.status == "undecided":  # not the talks planned elsewhere in the text
                pool = [g for g in pool if all(x.status == "undecided" for x in g)]
        if c.round is not None:
            same = [g for g in pool if any(x.round == c.round for x in g)]
            pool = same or [g for g in pool if all(x.round is None for x in g)]
        if c.start is not None:
            day = iso_day(c.start)
            pool = [g for g in pool if _group_dates(g)[0] is not None
                    or any(x.around and x.around[0] <= day <= x.around[1] for x in g)] or [
                g for g in pool if c.salience < 3 or c.kind != "talks" or len(groups) == 1
                or _as_long(g, c)
            ]
            if c.kind == "agreement" and published is not None and _long_before(
                    (c.start, c.end), published):
                # nor, the other way round, does an agreement a year or more old join such a
                # signing ("signed a new accord in Velm", then "in April last year ... an
                # interim deal"): the signing told as news is of now
                pool = [g for g in pool if _group_dates(g)[0] is not None
                        or not any(x.salience == 3 and not x.quoted for x in g)]
        elif c.kind == "agreement" and c.salience == 3 and not c.quoted and published is not None:
            pool = [g for g in pool if not _long_before(_group_dates(g), published)]
        if c.form == "verb" and c.kind in _TALK_KINDS and _OPENS_BEFORE.match(c.evidence):
            # "Before the talks, Jon Vale met Piet Lund": a sitting of its own, told by the
            # time of the talks
            pool = [g for g in pool if all(x.sentence_idx == c.sentence_idx for x in g)]
        if pool:
            _nearest_group(pool, c).append(c)
        else:
            groups.append([c])
    for c in sorted(refs, key=order):
        if c.is_next:
            continue
        pool = [g for g in groups if g[0].kind == c.kind and _compatible(g, c)]
        if c.round is not None:
            same = [g for g in pool if any(x.round == c.round for x in g)]
            pool = same or [
                g for g in pool if all(x.round is None for x in g) and any(_realised(x) for x in g)
            ]
        if (c.status in _REALISED or (c.status == "unknown" and _PAST_TOLD.search(c.evidence)
                                       and not _FUTURE_MAIN.search(c.evidence))) and (
                not c.is_next):
            # "at the end of the session", told as done, recalls a sitting held, not one
            # still to come
            pool = [g for g in pool if any(_realised(x) for x in g)] or pool
        if _BEFORE_THE.search(c.evidence, 0, c.t0):
            # "Before the talks, Jon Vale met Piet Lund": the talks recalled are another
            # sitting than the one told in their sentence
            pool = [g for g in pool if any(x.sentence_idx != c.sentence_idx for x in g)]
        # "the communiqué" recalls a communiqué, not what someone told reporters
        doc = _document(c)
        if doc is not None:
            pool = [g for g in pool if any(_document(x) == doc for x in g)]
        if pool:
            _nearest_group(pool, c).append(c)
        elif c.kind == "proposal" and any(x.status == "proposed" and order(x) < order(c)
                                          for x in cands):
            continue  # "has not responded to the proposal": the meeting called for before
        elif not c.topical and (
            (not any(g[0].kind == c.kind for g in groups)
             and not any(x.kind == c.kind and order(x) < order(c) for x in cands))
            or (doc is not None and not any(_document(x) == doc and order(x) < order(c)
                                            for x in cands))
        ):
            groups.append([c])
    return groups


# a verb in the past ("met", "spoke", "was"): the sentence tells what was done
_PAST_TOLD = re.compile(r"(?<![\w-])(?:was|were|had|has|have|did|met|spoke|held|took|began|sat"
                        r"|went|came|told|said|[a-z]{3,}ed)(?![\w-])", re.IGNORECASE)
# a sitting recalled as the time of another: "Before the talks,", "after the meeting"
_BEFORE_THE = re.compile(r"(?<![\w-])(?:before|after|ahead\s+of|following|prior\s+to)\s+"
                         r"(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,2}$", re.IGNORECASE)
_OPENS_BEFORE = re.compile(r"\s*(?:before|ahead\s+of|prior\s+to)\s+(?:the|this|that|their|its)\s+"
                           r"(?:[\w'’-]+\s+){0,2}?(?:talks|meeting|round|session|summit)\s*,",
                           re.IGNORECASE)
_DOCUMENT = re.compile(
    r"(?<![\w-])(statement|communiqu[eé]|declaration|readout|read-out|press\s+release)s?$",
    re.IGNORECASE,
)


def _document(c: _Cand) -> str | None:
    """The kind of text a statement mention names ("the joint communiqué": ``communique``)."""
    if c.kind != "statement":
        return None
    m = _DOCUMENT.search(c.evidence[c.t0 : c.t1])
    if m is None:
        return None
    return re.sub(r"\W", "", m.group(1).lower().replace("é", "e"))


def _long_before(span: tuple[str | None, str | None], published: dt.date) -> bool:
    """Did a span end a year or more before ``published``?"""
    last = iso_day(span[1] or span[0], last=True) if span[0] else None
    return last is not None and (published - last).days >= 365


def _nearest_group(pool: list[list[_Cand]], c: _Cand) -> list[_Cand]:
    # a mention told earlier in the same sentence ("During the meeting, ... since the second
    # meeting held in Manama" does not recall the meeting named after it)
    same = [g for g in pool if any(x.sentence_idx == c.sentence_idx and x.t0 < c.t0 for x in g)]
    pool = same or pool

    def distance(g: list[_Cand]) -> tuple[int, int, int]:
        # equally near, "the meeting" recalls the one the story told first (its main one)
        first = min(x.sentence_idx for x in g)
        here = (c.sentence_idx, c.t0)
        before = [c.sentence_idx - x.sentence_idx for x in g if (x.sentence_idx, x.t0) <= here]
        after = [x.sentence_idx - c.sentence_idx for x in g if (x.sentence_idx, x.t0) > here]
        if before:
            return (0, min(before), first)
        return (1, min(after), first)

    return min(pool, key=distance)


_AGAIN = re.compile(r"\s+again\b", re.IGNORECASE)


def _met_again(c: _Cand) -> bool:
    """A verb of meeting with "again" after it, told and not quoted ("agreed to meet again
    after the holidays")."""
    return c.form == "verb" and not c.quoted and bool(_AGAIN.match(c.evidence, c.t1))


_AGREED_SITTING = re.compile(
    r"(?<![\w-])agreed\s+to\s+(?:(?:hold|convene)\s+(?:(?:an?|the|their|its)\s+)?(?:[\w'’-]+\s+){0,3})?$",
    re.IGNORECASE,
)


def _agreed_sitting(c: _Cand) -> bool:
    """A sitting the parties agreed to hold, told and not quoted ("agreed to convene their
    joint committee", "agreed to meet"): a plan made, not talk about talks."""
    return c.salience >= 3 and not c.quoted and bool(_AGREED_SITTING.search(c.evidence, 0, c.t0))


# "the board convenes within ten days", "a first sitting within ninety (90) days"
_WITHIN = re.compile(
    r"(?:\s+[\w'’-]+){0,3}?\s+within\s+(?:the\s+next\s+)?(?:an?|[\w-]+)(?:\s*\(\d+\))?\s+"
    r"(?:days|weeks|months|day|week|month)\b",
    re.IGNORECASE,
)


def _within(c: _Cand) -> bool:
    """A sitting set to come within a span of time, told and not quoted ("the board is to
    convene within a month"): a plan made, though no day is named."""
    return c.salience >= 3 and not c.quoted and bool(_WITHIN.match(c.evidence, c.t1))


def _keep(g: list[_Cand]) -> bool:
    """Drop groups that are talk about possible events rather than events."""
    if all(x.topical for x in g):
        return False
    best = _primary(g)
    # (a mention that tells nothing of its status leaves it to the others: "before the
    # trilateral meeting in the palace" is the meeting told as held before it)
    unrealised = _realised(best) is not True and not (
        best.status == "unknown" and any(_realised(x) is True for x in g))
    # a later sitting named as one is news of it ("the next session has no day yet")
    nexts = any(x.is_next and _next_sitting(x.evidence, x, _lex()) for x in g)
    if best.kind == "talks" and unrealised and best.status != "undecided" and not best.day_open:
        # future talks with nothing to place them (no date, place or round) are talk about
        # talks; a round whose date is said to be open ("yet to be set") is an event, and so
        # is the next sitting of those who met ("the commission will meet again")
        if not nexts and not any(x.start or x.end or x.city or x.venue or x.country or x.round
                                 or _met_again(x) or _agreed_sitting(x) or _within(x) for x in g):
            return False
        if not nexts and all(x.is_next for x in g if x.salience >= 2) and not any(
            x.start or x.end or x.city or x.venue for x in g
        ):
            return False
    if (best.kind == "summit" and unrealised and all(x.salience < 3 for x in g)
            # "at the summit in Brenna on March 20": a day and a town make it news of one
            and not any((x.start or x.around) and (x.city or x.venue) for x in g)):
        return False
    # a swap only asked for or put forward ("urged Sudland to free the soldiers", "proposed
    # that Norland hand over the bodies") is a demand, no exchange held or set
    return not (best.kind in ("prisoner_exchange", "bodies_repatriation")
                and all(x.status == "proposed" for x in g))


# How long talks told as begun stay under way with nothing said of them since, and the words
# that say they still are ("has been meeting since", "talks, still under way, ...")
_STILL_DAYS = 30
_STILL = re.compile(r"(?<![\w-])(?:is|are|has\s+been|have\s+been|remains?|continues?|continuing|"
                    r"still|under\s*way|ongoing|so\s+far|since\s+then)(?![\w-])", re.IGNORECASE)


def _event_row(
    art: _Article,
    g: list[_Cand],
    n: int,
    lex: dict[str, Any],
    dateline: str | None,
    live: frozenset[int] = frozenset(),
) -> dict:
    best = _primary(g)
    start, end = (best.start, best.end) if (best.start or best.end) else _group_dates(g)
    if best.inferred:
        # a span reckoned from the talks' length gives way to one the text states, unless
        # that is a day within it ("the talks nearly collapsed on Sunday night")
        told = next(((x.start, x.end) for x in g if x.start and not x.inferred
                     and not (start <= x.start and (x.end or x.start) <= end)), None)
        start, end = told or (start, end)
    if start is None and end is None:
        end = next((x.end for x in g if x.end), None)
    opened = [x.start for x in g if x.start and x.end is None and len(x.start) == 10
              and _realised(x) is not False]
    if start and end and start == end and len(start) == 10 and opened and min(opened) < start:
        start = min(opened)  # "concluded on Wednesday" and "the talks, which started on Monday"
    if start and start == end and len(start) == 10:
        # a day of the talks ("told the opening plenary on Monday") and the days of all of
        # them ("opened on Monday and is due to close on Friday"): the event is the whole span
        start, end = next(((x.start, x.end) for x in g if x.start and x.end and not x.inferred
                           and len(x.start) == len(x.end) == 10 and x.start <= start <= x.end
                           and x.start < x.end), (start, end))
    status = best.status
    if best.guessed:  # "are expected to meet at a summit in October": the verb tells it
        status = next((x.status for x in g if x.sentence_idx == best.sentence_idx
                       and not x.guessed and x.status != "unknown"), status)
    if status == "unknown":
        status = next((x.status for x in g if x.status != "unknown"), None) or (
            "expected" if best.kind == "summit" else "occurred"
        )
    if (status == "ongoing" and start and len(start) == 10 and art.published is not None
            and (art.published - dt.date.fromisoformat(start)).days > _STILL_DAYS
            and not _STILL.search(best.evidence)):
        # "the first round opened on 6 May", told months later with no word that it goes on:
        # a round of weeks ago is history, not under way
        status = "occurred"
    if status == "ongoing" and start and not (end and end > start):
        end = None  # under way: its end is not known, unless the day it is due to close is
    told_next = [x.is_next for x in g if x.salience >= 2]
    if (status == "occurred" and start is None and end is None and best.kind in _TALK_KINDS
            and told_next and all(told_next)):
        # a later sitting with no day ("the next session has no day yet") is still to be held,
        # not one of the day of the report
        status = "undecided"
    if start is None and end is None and dateline and status == "occurred":
        start = end = dateline
    if start is None and end is None and status == "occurred" and best.sentence_idx in live:
        start = end = art.published.isoformat()  # an entry of a live blog, filed that day
    # the length of talks told by a mention that gives no day, or this last day
    days = next((x.days for x in g if x.days and x.end in (None, end)), None)
    start = _last_day_back(start, end, days)
    if days and end is None and status == "occurred" and start and len(start) == 10:
        # "six days of talks ... closed" and "the talks, which opened on 3 May": the length
        # told by one mention runs from the first day another gives
        end = (dt.date.fromisoformat(start) + dt.timedelta(days=days - 1)).isoformat()
    if end is None and status == "occurred" and start and len(start) == 10:
        # "sittings that opened on 5 May" and "wrapped up the round on Friday": talks over,
        # whose first day one mention gives, ended on the last day another tells of them
        end = _last_told_day(g, start)
    told = [x for x in g if x.salience >= 2 and not x.topical] or g
    participants = set().union(*(x.participants for x in told))
    hosts = set().union(*(x.hosts for x in g))
    participants -= hosts
    rounds = [x.round for x in g if x.round is not None]
    formats = set().union(*(x.formats for x in told))
    event_type = best.type
    if best.listed:
        event_type = best.listed
    elif best.kind == "talks":
        if rounds or any(
            _ROUND_WORD.search(x.evidence[x.t0 : x.t1])
            for x in g if not x.topical  # not "if the talks fail" told of a meeting
        ):
            event_type = "talks_round"
        else:
            event_type = _sitting_type(best.evidence[best.t0 : best.t1])
    return {
        "doc_id": art.doc_id,
        "event_id": f"{art.doc_id}#e{n}",
        "sentence_idx": best.sentence_idx,
        "type": event_type,
        "status": status,
        "start": start,
        "end": end,
        "venue": best.venue or next((x.venue for x in g if x.venue), None),
        "city": best.city or next((x.city for x in g if x.city), None),
        "country": best.country or next((x.country for x in g if x.country), None),
        "participants": tuple(sorted(participants)),
        "hosts_mediators": tuple(sorted(hosts)),
        "round": rounds[0] if rounds else None,
        "format": ", ".join(sorted(formats)) or None,
        "cameo": _cameo(event_type, status, best.topic, lex),
        "evidence": best.evidence,
    }


_SITTING_REACH = 31  # days: the days one sitting's mentions tell are within a month


def _last_told_day(g: list[_Cand], start: str) -> str | None:
    """The latest single day after ``start`` that a mention of the sitting held tells of it
    (within a month), or None."""
    first = dt.date.fromisoformat(start)
    days = [x.start for x in g if x.start and len(x.start) == 10 and x.end in (None, x.start)
            and _realised(x) is True and x.kind in _TALK_KINDS
            and 0 < (dt.date.fromisoformat(x.start) - first).days <= _SITTING_REACH]
    return max(days, default=None)


def _cameo(event_type: str, status: str, topic: str | None, lex: dict[str, Any]) -> str | None:
    if event_type == "proposal" and topic in lex["cameo_topics"]:
        return lex["cameo_topics"][topic]
    if status not in _REALISED and event_type in lex["cameo_unrealised"]:
        return lex["cameo_unrealised"][event_type]
    return lex["cameo"].get(event_type)


# a line of its own naming the place and day ("Zelgrad, Government of Zelnia,
# 21 October 2025, 13:40"), heading a transcript or a communiqué
_PLACE_LINE = re.compile(r"(?-i:[A-Z])[^.!?:;\n]{1,80},\s*")
_TIME_TAIL = re.compile(r"(?:\s*,?\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?)?\s*")


def _place_line(art: _Article) -> tuple[str | None, _Mention | None]:
    """The day and the place (the first one named) of a line heading a transcript or a
    readout: 'Zelgrad, Government of Zelnia, 21 October 2025, 13:40'."""
    day = _dateline(art, place_line=True)
    if day is None:
        return None, None
    at = next(int(r.start_char) for r in art.dates if _date_span(r)[0] == day)
    line_start = art.text.rfind("\n", 0, at) + 1
    place = next((m for m in art.mentions if m.kind in ("place", "country")
                  and line_start <= int(m.start_char) < at), None)
    return day, place


def _dateline(art: _Article, place_line: bool = False) -> str | None:
    """The date of a dateline at the head of a paragraph ('ISTANBUL, June 2. /TASS/.'); with
    ``place_line``, of a line 'Zelgrad, 21 October 2025, 13:40' instead."""
    for row in art.dates:
        if row.type != "DATE" or int(row.start_char) > 300:
            continue
        line_start = art.text.rfind("\n", 0, int(row.start_char)) + 1
        line_end = art.text.find("\n", int(row.end_char))
        head = art.text[line_start : int(row.start_char)]
        if (_PLACE_LINE.fullmatch(head) and _TIME_TAIL.fullmatch(
                art.text, int(row.end_char), line_end if line_end >= 0 else len(art.text))
                if place_line else _DATELINE.match(head)):
            start, end = _date_span(row)
            if start and start == end:
                return start
    return None


def _inherit(groups: list[list[_Cand]], cands: list[_Cand]) -> None:
    """Fill what a sub-event or a numbered round leaves unsaid from its immediate context.

    A one-on-one told in the same sentence as a back-reference to dated talks ("Before the
    full meeting, the heads talked one-on-one") takes their day and place; a round of a
    numbered series with no parties named takes those of another round of the same format.
    """
    owner = {id(x): i for i, g in enumerate(groups) for x in g}
    for g in groups:
        best = _primary(g)
        if best.kind != "private_meeting" or any(x.start for x in g):
            continue
        for other in cands:
            i = owner.get(id(other))
            if other.sentence_idx == best.sentence_idx and other.kind == "talks" and i is not None:
                src = groups[i]
                best.start, best.end = _group_dates(src)
                best.city = best.city or next((x.city for x in src if x.city), None)
                best.country = best.country or next((x.country for x in src if x.country), None)
                break
    rounds = [g for g in groups if g[0].kind == "talks" and any(x.round for x in g)]
    for g in rounds:
        best = _primary(g)
        if best.participants:
            continue
        formats = set().union(*(x.formats for x in g))
        for other in rounds:
            ob = _primary(other)
            if other is g or not ob.participants:
                continue
            if formats & set().union(*(x.formats for x in other)):
                best.participants = set(ob.participants)
                if best.city and best.city == ob.city:
                    best.hosts |= set().union(*(x.hosts for x in other))
                break


_DATELINE_CITY = re.compile(r"^[A-Z][A-Z.'\- ]{2,}?(?=\s*(?:,|\(|[-–—]+\s))")
_DATELINE_COMMA = re.compile(r"\s*,\s*")
_PLACED_KINDS = (*_TALK_KINDS, "agreement")


def _dateline_place(art: _Article, groups: list[list[_Cand]]) -> None:
    """The lead event of a wire story, told in the dateline's sentence with no place of
    its own, happened where the story was filed ("WASHINGTON, June 27 (AFP) - ... signed a
    peace agreement at the State Department on Friday")."""
    for sent in art.sentences:
        if sent.block_kind != "paragraph" and not _dateline_line(art, sent):
            continue
        found = art.sentence_mentions.get(sent.sentence_idx, [])
        head = _DATELINE_CITY.match(sent.text) or _titled_dateline(art, sent, found)
        if head is None and _subhead(art.text, sent):
            continue  # a byline over the story ("By our correspondent")
        if head is None and _note_paragraph(art.text, sent):
            continue  # "[Translated from the Velmari original.]": an editor's note over the story
        if head is None:
            return
        place = next((m for m in found
                      if m.kind == "place" and int(m.start_char) - sent.start_char < head.end()),
                     None)
        # a capital tagged as its state ("Velm, 3 May 2025 -" where Velm stands for Norland)
        seat = next((m for m in found if m.kind == "country" and int(m.start_char) == sent.start_char
                     and int(m.end_char) - sent.start_char == len(head.group().rstrip())), None)
        # a town the gazetteer lacks, named by the country after it ("TOWN, Country, May 3")
        nation = next((m for m in found if m.kind == "country" and _DATELINE_COMMA.fullmatch(
            sent.text, head.end(), int(m.start_char) - int(sent.start_char))), None)
        # a head nothing else claims (not "UNITED NATIONS"), with the day after it
        dated = not any(int(m.start_char) - sent.start_char < head.end() for m in found) and (any(
            _DATELINE_COMMA.fullmatch(sent.text, head.end(), int(d.start_char) - sent.start_char)
            for d in art.sentence_dates.get(sent.sentence_idx, [])) or _dateline_line(art, sent))
        if place is not None:
            city, code = str(place.norm), _code(place.country)
        elif seat is not None:
            city, code = head.group().strip().title(), _code(seat.norm)
        elif nation is not None:
            city, code = head.group().strip().title(), _code(nation.norm)
        elif dated:
            # "ZELGRAD CITY, March 13 (Agency) --": a town the gazetteer lacks, told as the
            # place a dated report was filed from
            city, code = head.group().strip().title(), None
        else:
            city, code = None, None
        day = art.published.isoformat() if art.published is not None else None
        for g in groups if city is not None else ():
            best = _primary(g)
            if any(x.city or x.venue for x in g) or _realised(best) is False:
                continue
            if ((any(x.sentence_idx == sent.sentence_idx for x in g)
                 and best.kind in (*_PLACED_KINDS, "statement") and not best.quoted)
                    # a sitting the story tells as held on its day, wherever in the story ("The
                    # two leaders met the envoy on Monday" under "VELM, May 4 (Reuters) -")
                    or (best.kind in _TALK_KINDS and day is not None
                        and _group_dates(g) == (day, day))):
                best.city, best.country = city, code
        _told_here(groups, city or head.group().strip().title(), code)
        return


# what may stand between a dateline line's town and its date: a comma and a weekday, written
# out or cut short ("BELMOPAN, Thurs. June 12, 2025")
_LINE_GAP = re.compile(r"\s*,\s*(?:[A-Z][a-z]{2,8}\.?,?\s+)?")


def _dateline_line(art: _Article, sent: _Sentence) -> bool:
    """Is a line set apart above the story only its dateline, the town in capitals and the
    day ("LISK, Thurs. March 12, 2026")? The story under it was filed from that town, as under
    a dateline that opens the first paragraph."""
    head = _DATELINE_CITY.match(sent.text)
    if head is None:
        return False
    base = int(sent.start_char)
    return any(
        d.type == "DATE"
        and _LINE_GAP.fullmatch(sent.text, head.end(), int(d.start_char) - base)
        and not sent.text[int(d.end_char) - base :].strip(" .")
        for d in art.sentence_dates.get(sent.sentence_idx, [])
    )


# a dateline in title case: the town, a comma, the day, an agency in brackets and a dash
# ("Velm, 13 March 2025 - ...", "Lisk, May 3 (Agency) — ...")
_TITLED_CITY = re.compile(r"(?-i:[A-Z][\w'’.-]+(?:[ -][A-Z][\w'’.-]+){0,2})(?=\s*,)")
# (the Spanish wire's stop before the dash too: "Velm, 30 Nov (ZNA).- "; the South Asian
# papers' colon: "Velm, June 3: ")
_DATELINE_TAIL = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?(?:\.?[-–—]+|:)\s")


def _titled_dateline(art: _Article, sent: _Sentence, found: list[_Mention]) -> re.Match | None:
    """The town of a dateline written in title case, which only the day after it and the dash
    after the day tell from a sentence that opens with a town ("Velm, meanwhile, said")."""
    head = _TITLED_CITY.match(sent.text)
    if head is None or not any(m.kind in ("place", "country") and int(m.start_char) == sent.start_char
                               for m in found):
        return None
    base = int(sent.start_char)
    for d in art.sentence_dates.get(sent.sentence_idx, []):
        if d.type == "DATE" and _DATELINE_COMMA.fullmatch(sent.text, head.end(), int(d.start_char) - base) \
                and _DATELINE_TAIL.match(sent.text, int(d.end_char) - base):
            return head
    return None


def _note_paragraph(text: str, sent: _Sentence) -> bool:
    """Is the sentence part of a paragraph in square brackets or parentheses, an editor's
    note ("[Translated from ...]", a wire update's "(Adds comments ..., changes dateline)")?"""
    line_start = text.rfind("\n", 0, int(sent.start_char)) + 1
    line_end = text.find("\n", line_start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (line.startswith("[") and line.endswith("]")) or (line.startswith("(") and line.endswith(")"))


# "here" shortly after an event's word: "held talks here", "will meet again here in May"
# (not "from here"), also past the venue the event was held at: "ended talks at the foreign
# ministry here", where "here" places the venue, and with it the event, in the dateline's town
_HERE = re.compile(
    r"[^.;:!?\"“”]{0,25}?(?:(?<![\w-])(?:at|in|inside)\s+the\s+(?:[\w'’-]+\s+){1,6}?)?"
    r"(?<![\w-])(?<!from )here(?![\w-])",
    re.IGNORECASE,
)


# "signed a declaration here in Lisk", "came here to Velm": the town the speaker is in
# a relative clause on the sitting that places it "here" ("the round of talks on security in
# the region, which ended here on Wednesday")
_HERE_RELATIVE = re.compile(
    r"[^.;:!?\"“”,]{0,100},\s*(?:which|that)\s+(?:[\w'’-]+\s+){1,3}?here(?![\w-])",
    re.IGNORECASE,
)
_HERE_IN = re.compile(r"(?<![\w-])here\s*,?\s+(?:in|to|at)\s+(?:the\s+)?$", re.IGNORECASE)


def _here_named(art: _Article, groups: list[list[_Cand]], lex: dict[str, Any]) -> None:
    """A text with no dateline that names where "here" is ("Q: ... signed a declaration
    here in Lisk") tells the events it places "here" in that town."""
    for m in art.mentions:
        if m.kind in ("place", "country") and _HERE_IN.search(
                art.text, max(0, int(m.start_char) - 20), int(m.start_char)):
            _, city, code = _place_fields_of(m, art, lex)  # (a capital tagged as its state too)
            if city is not None:
                _told_here(groups, city, code)
            return


def _same_place(groups: list[list[_Cand]], lex: dict[str, Any]) -> None:
    """An event told "in the same palace" (city, hotel ...) with no place of its own was held
    where the event told last before it with a town was ("The round opened at the Velm Palace.
    ... Earlier, the ministers met in the same palace")."""
    ordered = sorted(groups, key=lambda g: (_primary(g).sentence_idx, _primary(g).t0))
    for i, g in enumerate(ordered):
        best = _primary(g)
        same = None if any(x.city for x in g) else lex["same_place"].search(best.evidence, best.t0)
        before = [_primary(h) for h in ordered[:i] if _primary(h).city] if same else []
        if before:
            best.city, best.country = before[-1].city, before[-1].country
            if same.group("noun").lower() not in lex["town_nouns"]:  # the site too, not only its town
                best.venue = best.venue or before[-1].venue


# "there" right after the event's word, as a place ("was signed there on Thursday", "met
# there again"), not "there is" nor "not there yet"
_THERE = re.compile(
    r"(?:\s+(?:again|later|too|also|first))?\s+there(?![\w-])"
    r"(?!\s+(?:is|are|was|were|has|have|had|will|would|could|may|might)\b)", re.IGNORECASE)


def _told_there(groups: list[list[_Cand]]) -> None:
    """An event told as held "there" with no town of its own was held in the town of the
    event told last before it, in its sentence or the two before ("Delegations met in Velm on
    Wednesday. The agreement was signed there on Thursday")."""
    placed = sorted(((x.sentence_idx, x.t0, x) for g in groups for x in g if x.city),
                    key=lambda t: t[:2])
    for g in groups:
        if any(x.city for x in g):
            continue
        there = next((x for x in g if x.kind in (*_PLACED_KINDS, "statement") and not x.quoted
                      and _THERE.match(x.evidence, x.t1)), None)
        if there is None:
            continue
        before = [x for i, t0, x in placed if (i, t0) < (there.sentence_idx, there.t0)
                  and i >= there.sentence_idx - 2]
        if before:
            best = _primary(g)
            best.city, best.country = before[-1].city, before[-1].country


def _told_here(groups: list[list[_Cand]], city: str, code: str | None) -> None:
    """An event the story tells as held "here" was held in the town of its dateline, the
    place the story was filed from ("LISK - ... held talks here on Tuesday")."""
    for g in groups:
        # a venue named without its town ("at the foreign ministry here") is in the dateline's
        # (a statement too: "issued a joint statement here")
        if not any(x.city for x in g) and any(
                x.kind in (*_PLACED_KINDS, "statement") and not x.quoted
                and (_HERE.match(x.evidence, x.t1)
                     or (x.kind in _PLACED_KINDS and _HERE_RELATIVE.match(x.evidence, x.t1)))
                for x in g):
            best = _primary(g)
            best.city, best.country = city, code


# the rest of a timeline entry's head after its date: a dash and the place, then the full
# stop the sentence splitter cut at ("January 19-21, 2026 - Harare.")
_ENTRY_PLACE = re.compile(r"\s*[-–—:]\s+(?-i:[A-Z])[^.;:!?\n]{0,60}\.\s*")


def _entry_head(sent: _Sentence, dates: list[_Date]) -> bool:
    """Is the sentence only the head of a timeline entry, a date and a place?"""
    base = int(sent.start_char)
    return any(
        d.type == "DATE"
        and _ENTRY_HEAD.fullmatch(sent.text, 0, int(d.start_char) - base)
        and _ENTRY_PLACE.fullmatch(sent.text, int(d.end_char) - base)
        for d in dates
    )


def _join_entry_heads(art: _Article) -> tuple[_Article, dict[int, int]]:
    """The article with each timeline entry cut after its head ("January 19-21, 2026 - Harare."
    then "First round of the new phase." on one line) told as one sentence, and the length
    of the head in each sentence so joined (by its ``sentence_idx``)."""
    sents, heads, relabel = [], {}, {}
    i = 0
    while i < len(art.sentences):
        sent = art.sentences[i]
        nxt = art.sentences[i + 1] if i + 1 < len(art.sentences) else None
        if (nxt is not None and sent.block_kind == nxt.block_kind == "paragraph"
                and "\n" not in art.text[int(sent.start_char) : int(nxt.start_char)]
                and _entry_head(sent, art.sentence_dates.get(sent.sentence_idx, []))):
            end = int(nxt.start_char) + len(nxt.text)
            sents.append(nxt._replace(start_char=sent.start_char,
                                      text=art.text[int(sent.start_char) : end]))
            heads[nxt.sentence_idx] = int(nxt.start_char) - int(sent.start_char)
            relabel[sent.sentence_idx] = nxt.sentence_idx
            i += 2
            continue
        sents.append(sent)
        i += 1
    if not relabel:
        return art, heads
    mentions = [m._replace(sentence_idx=relabel.get(m.sentence_idx, m.sentence_idx))
                for m in art.mentions]
    dates = [d._replace(sentence_idx=relabel.get(d.sentence_idx, d.sentence_idx))
             for d in art.dates]
    return _Article(art.doc_id, art.published, art.text, sents, mentions, dates,
                    _by_sentence(mentions), _by_sentence(dates)), heads


def _place_fields_of(m: _Mention, art: _Article, lex: dict[str, Any]
                     ) -> tuple[str | None, str | None, str | None]:
    """(venue, city, country) a place or country mention names: a country only as written
    by its capital's name."""
    code = _code(m.country)
    if m.kind == "place":
        return (*_place_fields(str(m.norm), lex), code)
    name = art.text[int(m.start_char) : int(m.end_char)]
    if code and name == lex["capitals"].get(code):  # a capital tagged as its country
        return None, name, code
    return None, None, code


def _place_entries(art: _Article, heads: dict[int, int], cands: list[_Cand],
                   lex: dict[str, Any]) -> None:
    """What a timeline entry tells happened where its head says ("October 2025 - Lusaka.
    First contacts")."""
    for c in cands:
        head = heads.get(c.sentence_idx)
        if head is None or c.t0 < head or c.city or c.venue:
            continue
        base = next(int(s.start_char) for s in art.sentences if s.sentence_idx == c.sentence_idx)
        place = next((m for m in art.sentence_mentions.get(c.sentence_idx, [])
                      if m.kind in ("place", "country") and int(m.start_char) - base < head), None)
        if place is not None:
            c.venue, c.city, code = _place_fields_of(place, art, lex)
            c.country = c.country or code


# what may stand between the days a heading names ("WEDNESDAY 2 - THURSDAY 3 DECEMBER")
_HEADING_GAP = re.compile(r"[\s\d,.;:|–—-]*")
# the town heading an entry of a diary ("Velm - The canal board meets")
_ENTRY_TOWN = re.compile(r"(?-i:[A-Z])[^.;:!?\n]{0,40}?\s[-–—]\s")
_WEEK_DAYS = 7
_ENTRY_NAME = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’.-]+(?:\s(?-i:[A-Z])[\w'’.-]+){0,2})\s[-–—]\s")


def _day_heading(sent: _Sentence, dates: list[_Date]) -> tuple[dt.date, dt.date] | None:
    """The first and last day a heading names when it names nothing else ("MONDAY 30
    NOVEMBER", "Wednesday 2 - Thursday 3 December": a weekday before the day it runs to is
    the one of that week)."""
    rows = sorted((d for d in dates if d.type == "DATE"), key=lambda d: int(d.start_char))
    base, pos = int(sent.start_char), 0
    for d in rows:
        if not _HEADING_GAP.fullmatch(sent.text, pos, int(d.start_char) - base):
            return None
        pos = int(d.end_char) - base
    first = iso_day(rows[0].first_day) if rows else None
    last = iso_day(rows[-1].last_day) if rows else None
    if first is None or last is None or not _HEADING_GAP.fullmatch(sent.text, pos):
        return None
    if not (first <= last and (last - first).days < _WEEK_DAYS):
        first = last - dt.timedelta(days=(last.isoweekday() - first.isoweekday()) % _WEEK_DAYS)
    return first, last


def _diary_entries(art: _Article, cands: list[_Cand], lex: dict[str, Any]) -> None:
    """The entries of a diary, each a paragraph headed by its town ("Velm - The canal
    board meets at deputy level") under a heading naming its days ("WEDNESDAY 2 -
    THURSDAY 3 DECEMBER"): the sittings an entry tells with no day or place of their own
    are held there and then (and are still to come when those days are)."""
    days = None
    for sent in art.sentences:
        if sent.block_kind == "heading":
            days = _day_heading(sent, art.sentence_dates.get(sent.sentence_idx, []))
            continue
        start = int(sent.start_char)
        head = _ENTRY_TOWN.match(sent.text)
        if days is None or head is None or art.text[max(0, start - 1) : start] not in ("", "\n"):
            continue
        found = [m for m in art.sentence_mentions.get(sent.sentence_idx, [])
                 if int(m.start_char) - start < head.end()]
        place = next((m for m in found if m.kind in ("place", "country")), None)
        # a town the gazetteer lacks, told as an entry's head: a name and nothing else
        town = _ENTRY_NAME.fullmatch(sent.text, 0, head.end()) if not found else None
        if town is not None and lex["not_towns"].fullmatch(town.group("name")):
            town = None
        for c in cands:
            if (c.sentence_idx != sent.sentence_idx or c.kind not in _TALK_KINDS
                    or c.start or c.end or c.t0 < head.end()):
                continue
            c.start, c.end = days[0].isoformat(), days[1].isoformat()
            if (art.published is not None and days[0] > art.published
                    and c.status in ("occurred", "ongoing", "unknown")):
                c.status = "scheduled"
            if place is not None and not (c.city or c.venue):
                c.venue, c.city, code = _place_fields_of(place, art, lex)
                c.country = c.country or code
            elif town is not None and not (c.city or c.venue):
                c.city = town.group("name")


def _in_table(text: str, pos: int) -> bool:
    """Is a line next to the one at ``pos`` a table row too?"""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end < 0 else end
    before = text[text.rfind("\n", 0, max(0, start - 1)) + 1 : max(0, start - 1)]
    after_end = text.find("\n", end + 1)
    after = text[end + 1 : len(text) if after_end < 0 else after_end]
    return any(_TABLE_ROW.fullmatch(line) for line in (before, after))


def _article_events(art: _Article, lex: dict[str, Any]) -> list[dict]:
    leaders = _leaders(art.mentions, lex)
    art, heads = _join_entry_heads(art)
    cands: list[_Cand] = []
    for sent in art.sentences:
        # a short line is a heading, unless it is a row of a table ("Round 4 | May | Harare")
        # under another row (a masthead "Weekly | Issue 84 | Sunday" stands alone)
        row = sent.block_kind == "heading" and _TABLE_ROW.fullmatch(sent.text) is not None
        row = row and _in_table(art.text, int(sent.start_char))
        told_on = _caption_story(sent) if sent.block_kind == "caption" else None
        if (sent.block_kind != "paragraph" and not row and told_on is None) or _aside_paragraph(
                art.text, int(sent.start_char), lex) or _subhead(art.text, sent):
            continue
        cands.extend(c for c in _sentence_candidates(art, sent, lex, leaders)
                     if told_on is None or c.t0 >= told_on)
    cands.extend(_sign_off(art, cands, lex))
    stories = _stories(art)
    for c in cands:
        c.story = stories.get(c.sentence_idx, 0)
    _place_entries(art, heads, cands, lex)
    _diary_entries(art, cands, lex)
    groups = [g for g in _merge(cands, art.published) if _keep(g)]
    _inherit(groups, cands)
    _dateline_place(art, groups)
    _here_named(art, groups, lex)
    _same_place(groups, lex)
    _told_there(groups)
    dateline = _dateline(art)
    live = _live_entries(art) if art.published is not None else frozenset()
    ordered = sorted(groups, key=lambda g: (_primary(g).sentence_idx, _primary(g).t0))
    # an agreement the story tells with no day of its own was made at the talks it reports
    # first ("The envoys met on Tuesday. ... the sides agreed on a protocol ..."), if dated
    talks = next((_group_dates(g) for g in ordered if _primary(g).kind in _TALK_KINDS
                  and _realised(_primary(g))), (None, None))
    at_talks = talks[0] if talks[0] and talks[0] == talks[1] and len(talks[0]) == 10 else None
    rows = []
    for i, g in enumerate(ordered):
        best = _primary(g)
        made_at_talks = (best.kind == "agreement" or best.kind == "proposal" and _TRADED.search(
            best.evidence)) and best.sentence_idx not in live
        rows.append(_event_row(art, g, i + 1, lex, (made_at_talks and at_talks) or dateline, live))
    _at_the_talks(ordered, rows, cands)
    _before_the_talks(ordered, rows)
    _on_the_place_line(art, rows, lex)
    _the_sittings_town(rows, art.published)
    _told_afterwards(ordered, rows, art.published)
    _at_the_ceremony(ordered, rows, art.published)
    _first_of_several(rows)
    said = _said_on_days(ordered, rows)
    _spoken_after(ordered, rows, said, art.published)
    _quoted_today(ordered, rows, said, art.published)
    _told_done_by(ordered, rows, said)
    return rows


def _stories(art: _Article) -> dict[int, int]:
    """The item of a digest each sentence belongs to, when the text runs several stories each
    under a dateline of its own at the head of a paragraph ("BATKEN - ...", later "LISK -
    ..."): the number of datelines before it; empty for a text with one dateline or none."""
    out, story = {}, 0
    for sent in art.sentences:
        start = int(sent.start_char)
        if (sent.block_kind == "paragraph" and (start == 0 or art.text[start - 1] == "\n")
                and _DATELINE_CITY.match(sent.text)
                and any(m.kind in ("place", "country") and int(m.start_char) == start
                        for m in art.sentence_mentions.get(sent.sentence_idx, []))):
            story += 1  # (a town: "UPDATE (11:30 GMT):" heads no story)
        out[sent.sentence_idx] = story
    return out if story > 1 else {}


def _sign_off(art: _Article, cands: list[_Cand], lex: dict[str, Any]) -> list[_Cand]:
    """The text's own issuing, told by the place and day it closes with ("Done at Lusaka on
    this 14th day of May 2031, in three originals", "Harare, 13 March 2026."): a
    statement of that day and place, or the place of the statement its opening tells ("The
    following statement was issued today")."""
    row = max((r for r in art.dates if r.type == "DATE"), key=lambda r: int(r.start_char),
              default=None)
    if row is None:
        return []
    start, end = _date_span(row)
    d0, d1 = int(row.start_char), int(row.end_char)
    line_end = art.text.find("\n", d1)
    rest = art.text[line_end:].splitlines() if line_end >= 0 else []
    if not start or start != end or len(start) != 10 or not all(
            len(line.split()) <= _SIGNATURE_WORDS and not line.rstrip().endswith((".", "!", "?"))
            for line in rest):
        return []  # not the last line, but for the names and titles of who signed
    # the place closes the line before when the day has a line of its own ("Lusaka\n15 May")
    line_start = art.text.rfind("\n", 0, d0) + 1
    if not art.text[line_start:d0].strip():
        line_start = art.text.rfind("\n", 0, max(0, line_start - 1)) + 1
    place = next((m for m in art.mentions if m.kind == "place"
                  and _SIGNED_AT.fullmatch(art.text, line_start, int(m.start_char))
                  and _SIGNED_ON.fullmatch(art.text, int(m.end_char), d0)), None)
    sent = next((x for x in art.sentences if x.sentence_idx == row.sentence_idx), None)
    if place is None or sent is None:
        return []
    venue, city, country = _place_fields_of(place, art, lex)
    opening = next((c for c in cands if c.kind == "statement" and c.sentence_idx < _OPENING
                    and c.start in (None, start) and not (c.city or c.venue)), None)
    if opening is not None:
        opening.venue, opening.city, opening.country = venue, city, country
        return []
    base = int(sent.start_char)
    c = _Cand(int(sent.sentence_idx), "statement", "statement", d0 - base, d1 - base, "noun",
              salience=2, start=start, end=end, venue=venue, city=city, country=country)
    c.evidence = sent.text
    return [c]


_OPENING = 3  # sentences: a statement told this early is the text's own
# words in a line of a signature block ("For the Government of Norland", "Hon. Aro Valen")
_SIGNATURE_WORDS = 10


# the head of a closing line before its place, and what stands between the place and the day
_SIGNED_AT = re.compile(r"\s*(?:(?:done|signed|issued)\s+(?:at|in)\s+)?", re.IGNORECASE)
_SIGNED_ON = re.compile(r"\s*,?\s*(?:on\s+(?:this\s+)?)?", re.IGNORECASE)


def _on_the_place_line(art: _Article, rows: list[dict], lex: dict[str, Any]) -> None:
    """A transcript or readout headed "Zelgrad, 21 October 2025": what it tells as done with no
    day of its own and no talks to date it by ("have just finished three hours of talks") was
    done that day, and where no other place is told, in the place the line names."""
    day, place = _place_line(art)
    if day is None:
        return
    for row in rows:
        if row["start"] is not None or row["end"] is not None or row["status"] != "occurred":
            continue
        row["start"] = row["end"] = day
        if place is None or row["city"] or row["venue"]:
            continue
        row["venue"], row["city"], code = _place_fields_of(place, art, lex)
        row["country"] = row["country"] or code


# right after a mention, "after the meeting", "issued at the conclusion of the talks", "the
# final communique of the meeting", "read out by Ana Ruiz for the hosts, at the end of that
# round": it was made when the talks named next ended
_AFTER_THE_TALKS = re.compile(
    r"(?:,?\s+(?:read\s+out|read|issued|released)\s+by\s+[^;.]{0,80}?)?"
    r"\s*,?\s*(?:[\w'’-]+\s+)?(?:after|following|of|at\s+the\s+(?:end|close|conclusion)\s+of)\s+"
    r"(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)


# what is told as done at or after a sitting the story reports (the sitting then has a day
# or place to give it): statements, deals, proposals, and the visitors a host received
_AFTER_KINDS = ("statement", "agreement", "proposal", "audience", "private_meeting")
# "received both envoys after the sitting": the object of a verb of meeting stands between
# it and the sitting
_AFTER_OBJECT = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:after|following|at\s+the\s+(?:end|close|conclusion)\s+of)\s+"
    r"(?:the|this|that|their|its)\s+(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)
# after the sitting that opens the sentence, up to the main clause: a relative clause of the
# sitting may stand between ("At the close of the round, which ran late, the presidency
# put out a note")
_FRONTED_TAIL = re.compile(
    r"(?:,\s+(?:which|that|who)\s[^,;:.]{1,60})?[^,;:.]{0,40},\s+(?:[\w'’.-]+\s+){0,8}$",
    re.IGNORECASE,
)


def _after_the_sitting(best: _Cand, t: _Cand) -> bool:
    """Is ``best`` told as done at the end of, or after, the sitting ``t`` names in its
    sentence: "told reporters after the meeting", "received both envoys after the sitting",
    or a sentence that opens with it ("After the talks, the two ministers signed ...")?"""
    text = best.evidence
    if t.t0 >= best.t1:
        if best.kind in ("audience", "private_meeting"):
            return bool(_AFTER_OBJECT.fullmatch(text, best.t1, t.t0))
        return bool(_AFTER_THE_TALKS.fullmatch(text, best.t1, t.t0))
    opening = _OPENING_PHRASE.fullmatch(text, 0, t.t0)
    return (opening is not None and not opening["at"]
            and bool(_FRONTED_TAIL.match(text[t.t1 : best.t0])))


def _before_the_talks(ordered: list[list[_Cand]], rows: list[dict]) -> None:
    """A sitting told by the talks it came before ("Before the talks, Jon Vale met Piet
    Lund"), with no day or place of its own, was held on their day and in their town."""
    row_of = {id(x): (g, row) for g, row in zip(ordered, rows, strict=True) for x in g}
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if (best.form != "verb" or best.kind not in _TALK_KINDS or row["start"] is not None
                or not _OPENS_BEFORE.match(best.evidence)):
            continue
        held = next((row_of[id(x)][1] for h, _ in zip(ordered, rows, strict=True) if h is not g
                     for x in h if x.sentence_idx == best.sentence_idx and x.t0 < best.t0), None)
        if held is None or held["start"] is None or held["start"] != held["end"]:
            continue
        row["start"] = row["end"] = held["start"]
        if not (row["city"] or row["venue"]):
            row["venue"], row["city"] = held["venue"], held["city"]
            row["country"] = row["country"] or held["country"]


def _at_the_talks(ordered: list[list[_Cand]], rows: list[dict], cands: list[_Cand]) -> None:
    """What the story tells of the talks it reports: a statement made "after the meeting"
    (or "at the conclusion of the talks") with no day of its own is of their last day, and
    with no place of its own was made where they were held; an
    agreement or a reception with no place of its own, on a day of talks held in a place, was
    there ("a protocol signed on Thursday" at two days of talks in Dorf, "Earlier on
    Wednesday, the prime minister received the delegation")."""
    row_of = {id(x): row for g, row in zip(ordered, rows, strict=True) for x in g}
    talks = [row for g, row in zip(ordered, rows, strict=True)
             if _primary(g).kind in _TALK_KINDS and row["status"] in _REALISED]
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if best.kind in _AFTER_KINDS:
            for t in cands:
                held = row_of.get(id(t))
                if (t.sentence_idx == best.sentence_idx and t.kind in _TALK_KINDS
                        and any(held is x for x in talks) and held is not row
                        and (held["start"] or held["city"] or held["venue"])
                        and _after_the_sitting(best, t)):
                    if row["start"] is None:
                        row["start"] = row["end"] = held["end"] or held["start"]
                    if not (row["city"] or row["venue"]):  # and where they were held
                        row["venue"], row["city"] = held["venue"], held["city"]
                        row["country"] = row["country"] or held["country"]
                    break
                if row["start"] is not None:
                    continue
                # "floated a joint committee during Wednesday's session": made at a sitting
                # of one day
                if (best.kind == "proposal" and t.sentence_idx == best.sentence_idx
                        and t.kind in _TALK_KINDS and any(held is x for x in talks)
                        and held["start"] and held["end"] in (None, held["start"])
                        and _DURING_THE_TALKS.fullmatch(best.evidence, best.t1, t.t0)):
                    row["start"] = row["end"] = held["start"]
                    break
        if (best.kind in ("agreement", "audience", "private_meeting") and row["start"]
                and not (row["city"] or row["venue"])):
            day = iso_day(row["start"])
            held = next((t for t in talks if (t["city"] or t["venue"]) and t["start"]
                         and iso_day(t["start"]) <= day <= iso_day(t["end"] or t["start"], last=True)
                         and len(row["start"]) == 10), None)
            if held is not None:
                row["venue"], row["city"] = held["venue"], held["city"]
                row["country"] = row["country"] or held["country"]
        elif (best.kind == "audience" and not (row["start"] or row["city"] or row["venue"])
                and _DURING_VISIT.search(best.evidence, 0, best.t0)):
            # "During the visit, the delegation called on the Prime Minister": where the
            # visitors held the talks the story reports
            held = next((t for t in talks if t["city"] or t["venue"]), None)
            if held is not None:
                row["venue"], row["city"] = held["venue"], held["city"]
                row["country"] = row["country"] or held["country"]


_RECENT = 14  # days: a sitting ended this close to the report is the one the story reports
_AT_THE_SITTING = ("talks", "summit", "statement", "agreement", "proposal")


def _the_sittings_town(rows: list[dict], published: dt.date | None) -> None:
    """The story names the town of the sitting it reports once ("met in Velm on Monday and
    Tuesday") and then tells of that sitting with no place ("The second day opened with ...",
    "a protocol signed on Tuesday"): what it tells as done on the sitting's days (or, for a
    session of it, with no day) was done in that town. Only where one town holds the sittings
    the story tells as held, or the recent ones (or the one it opens with, of no day): with two,
    a day names neither."""
    held = [r for r in rows if event_family(r["type"]) in ("talks", "summit")
            and r["status"] in _REALISED and r["city"]]
    if len({fold_name(r["city"]) for r in held}) > 1 and published is not None:
        recent = published - dt.timedelta(days=_RECENT)
        # (one of no day is recent when the story opens with it: "met in Velm last week")
        held = [r for r in held if (iso_day(r["end"] or r["start"], last=True) or recent) > recent
                or (r["start"] is None and r["sentence_idx"] < _OPENING)]
    if not held or len({fold_name(r["city"]) for r in held}) > 1:
        return
    town = held[0]
    first, last = iso_day(town["start"]), iso_day(town["end"] or town["start"], last=True)
    if (first is None or last is None) and published is not None:
        # no day or month of its own ("met in Velm last week"): the days before the report
        first, last = published - dt.timedelta(days=_RECENT), published
    for row in rows:
        if (row["city"] or row["venue"] or row["status"] not in _REALISED
                or event_family(row["type"]) not in _AT_THE_SITTING):
            continue
        if row["start"] or row["end"]:
            day0, day1 = iso_day(row["start"]), iso_day(row["end"] or row["start"], last=True)
            if None in (first, last, day0, day1) or not first <= day0 <= day1 <= last:
                continue
        elif row["type"] != "talks_session":
            continue
        elif town["start"] and town["start"] == town["end"] and len(town["start"]) == 10:
            row["start"] = row["end"] = town["start"]  # a session of a sitting of one day
        row["venue"], row["city"] = town["venue"], town["city"]
        row["country"] = row["country"] or town["country"]


_AFTERWARDS = re.compile(r"(?<![\w-])afterwards?(?![\w-])", re.IGNORECASE)


def _told_afterwards(ordered: list[list[_Cand]], rows: list[dict],
                     published: dt.date | None) -> None:
    """A statement made "afterwards" ("told reporters afterwards that the day had gone
    well") with no day of its own was made on the last day of the sitting told before it
    (one told by its day, and recent: "in June" names no day to tell it on, and a sitting of
    months before is no news the story reports)."""
    held = None
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if (event_family(row["type"]) in ("talks", "summit") and row["status"] in _REALISED
                and row["start"] and len(row["start"]) == 10):
            held = row
        elif (best.kind == "statement" and held is not None and row["start"] is None
                and row["end"] is None and _AFTERWARDS.search(best.evidence, best.t1)
                and (published is None or iso_day(held["end"] or held["start"], last=True)
                     >= published - dt.timedelta(days=_RECENT))):
            row["start"] = row["end"] = held["end"] or held["start"]


def _first_of_several(rows: list[dict]) -> None:
    """Talks that began on a day, told with later sittings of the same sentence ("The talks
    began on 2 May in Lisk, followed by a round in Velm on 9 May"), are the first
    sitting, of that day: the later ones are events of their own."""
    for row in rows:
        if (event_family(row["type"]) == "talks" and row["status"] in _REALISED
                and row["start"] and len(row["start"]) == 10 and row["end"] is None
                and any(o is not row and o["sentence_idx"] == row["sentence_idx"]
                        and event_family(o["type"]) == "talks" and o["status"] in _REALISED
                        and o["start"] and len(o["start"]) == 10 and o["start"] > row["start"]
                        for o in rows)):
            row["end"] = row["start"]


# the ceremony of a signing ("said at the signing ceremony", "Speaking at the ceremony, ...")
_AT_CEREMONY = re.compile(r"(?<![\w-])(?:at|during|after)\s+the\s+(?:[\w'’-]+\s+){0,2}?"
                          r"(?:ceremony|signing)(?![\w-])", re.IGNORECASE)


def _at_the_ceremony(ordered: list[list[_Cand]], rows: list[dict],
                     published: dt.date | None) -> None:
    """A statement made "at the ceremony" (or "at the signing") with no day of its own was
    made on the day of the one signing the story reports (an agreement made on one day,
    recent), and with no place of its own, where it was signed."""
    signed = [row for g, row in zip(ordered, rows, strict=True)
              if _primary(g).kind == "agreement" and row["status"] in _REALISED
              and row["start"] and len(row["start"]) == 10 and row["end"] in (None, row["start"])
              and (published is None
                   or iso_day(row["start"]) >= published - dt.timedelta(days=_RECENT))]
    if len({row["start"] for row in signed}) != 1:
        return
    held = next((row for row in signed if row["city"] or row["venue"]), signed[0])
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if (best.kind == "statement" and row["start"] is None and row["end"] is None
                and _AT_CEREMONY.search(best.evidence)):
            row["start"] = row["end"] = held["start"]
            if not (row["city"] or row["venue"]):
                row["venue"], row["city"] = held["venue"], held["city"]
                row["country"] = row["country"] or held["country"]


# "after the" right before a sitting's word, up to three words between ("after the
# trilateral meeting")
_AFTER_THE = re.compile(r"(?<![\w-])after\s+(?:the|their|his|her|its)\s+(?:[\w'’-]+\s+){0,3}$",
                        re.IGNORECASE)


def _said_on_days(ordered: list[list[_Cand]], rows: list[dict]) -> dict[int, list[tuple[int, dict]]]:
    """The statements told on one day, by sentence: the end of each one's word and its row."""
    said: dict[int, list[tuple[int, dict]]] = {}
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if best.kind == "statement" and row["start"] and len(row["start"]) == 10 and row["start"] == row["end"]:
            said.setdefault(best.sentence_idx, []).append((best.t1, row))
    return said


def _spoken_after(ordered: list[list[_Cand]], rows: list[dict], said_on: dict[int, list[tuple[int, dict]]],
                  published: dt.date | None) -> None:
    """A sitting told only as what a dated statement came after ("Speaking to reporters in
    Velm on Friday evening, after the trilateral meeting with ...") was held that day,
    there: the speaking is its aftermath, not another day's news (the dateline's day, or none,
    is no day of its own)."""
    said = {i: told[0] for i, told in said_on.items()}
    default = published.isoformat() if published is not None else None
    for g, row in zip(ordered, rows, strict=True):
        if (event_family(row["type"]) not in ("talks", "summit") or row["status"] not in _REALISED
                or row["start"] not in (None, default)):
            continue
        spoken = next((said[x.sentence_idx] for x in g if x.sentence_idx in said
                       and said[x.sentence_idx][0] <= x.t0
                       and _AFTER_THE.search(x.evidence, 0, x.t0)), None)
        if spoken is None:
            continue
        row["start"] = row["end"] = spoken[1]["start"]
        if row["city"] is None and row["venue"] is None:
            row["city"], row["country"] = spoken[1]["city"], spoken[1]["country"]


_TODAY = re.compile(r"(?<![\w-])(?:today|tonight|this\s+morning|this\s+evening)(?![\w-])", re.IGNORECASE)
_QUOTE_REACH = 3  # sentences back to the speaking that a quote's "today" is the day of


def _quoted_today(ordered: list[list[_Cand]], rows: list[dict], said_on: dict[int, list[tuple[int, dict]]],
                  published: dt.date | None) -> None:
    """An event a quote tells as done "today" ("'Today we initialled the peace agreement,' the
    Prime Minister said") was done on the day of the speaking the story told just before
    ("Speaking to journalists on Friday evening, ..."), not on the article's day."""
    if published is None:
        return
    today = published.isoformat()
    said = sorted((i, told[0][1]["start"]) for i, told in said_on.items()
                  if told[0][1]["start"] < today)
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if (row["start"] != today or row["end"] != today or not best.quoted
                or not _TODAY.search(best.evidence) or row["status"] not in _REALISED):
            continue
        before = [day for i, day in said if best.sentence_idx - _QUOTE_REACH <= i < best.sentence_idx]
        if before:
            row["start"] = row["end"] = before[-1]


# the perfect right before an event told in what a speaker said: "said on Saturday he had
# spoken by telephone with ..."
_HAD_DONE = re.compile(r"(?<![\w-])had\s+(?:(?:already|just|also|earlier|since)\s+)?$", re.IGNORECASE)


def _told_done_by(ordered: list[list[_Cand]], rows: list[dict],
                  said: dict[int, list[tuple[int, dict]]]) -> None:
    """A call or a sitting a speaker said they "had" held, with no day of its own, was held
    by the day of the saying ("Jon Vale said on Saturday he had spoken by telephone with Ana
    Ruiz": Saturday, not the day of the dateline): the nearest day the text gives for it."""
    for g, row in zip(ordered, rows, strict=True):
        best = _primary(g)
        if (best.kind not in (*_TALK_KINDS, "phone_call") or best.start or best.end
                or row["status"] not in _REALISED or not _HAD_DONE.search(best.evidence, 0, best.t0)):
            continue
        day = next((r["start"] for t1, r in said.get(best.sentence_idx, ()) if t1 <= best.t0), None)
        if day is not None:
            row["start"] = row["end"] = day


# between a proposal and the sitting it was made at: "a joint committee during Wednesday's"
# texts handed across the table: traded at the talks ("the sides exchanged memorandums")
_TRADED = re.compile(r"\b(?:exchanged|swapped|traded)\s+(?:[\w-]+\s+){0,2}?(?:memorand|proposals|"
                     r"drafts|documents|texts|position papers)", re.IGNORECASE)

_DURING_THE_TALKS = re.compile(
    r"\s+(?:[\w'’-]+\s+){0,5}?(?:during|at)\s+(?:the|this|that|their|its|[\w-]+['’]s)\s+"
    r"(?:[\w'’-]+\s+){0,2}",
    re.IGNORECASE,
)


_DURING_VISIT = re.compile(
    r"(?<![\w-])(?:during|in\s+the\s+course\s+of)\s+(?:the|this|that|his|her|their|its)\s+"
    r"(?:[\w'’-]+\s+)?visit\b",
    re.IGNORECASE,
)


# the end of a caption's first sentence, before a sentence of the story ("Photo: Trucks wait
# at the border post. Under the deal signed on Friday, 200 trucks a day may cross. (Agency)")
_CAPTION_BREAK = re.compile(r"(?<=\S\S[.!?])\s+(?=(?-i:[A-Z])[\w'’-]*(?:\s+\S+){5})")
_CAPTION_WORDS = 4  # a caption's description of its picture is at least this long


def _caption_story(sent: _Sentence) -> int | None:
    """Where the story told after a caption's description of its picture starts (a gallery's
    captions carry the report), or None when the caption only describes it."""
    m = _CAPTION_BREAK.search(sent.text)
    if m is None or len(sent.text[: m.start()].split()) <= _CAPTION_WORDS:
        return None
    return m.end()


_SUBHEAD_WORDS = 10
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "”", "'", "’", ")")


def _subhead(text: str, sent: _Sentence) -> bool:
    """Is the sentence a line of a few words with no digit and no end (a subheading in
    sentence case, "Company statement", "Next steps", or a byline), not a sentence of the
    story?"""
    start = int(sent.start_char)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    return (line == sent.text.strip() and len(line.split()) <= _SUBHEAD_WORDS
            and not line.endswith(_SENTENCE_END) and not any(c.isdigit() for c in line))


def _aside_paragraph(text: str, pos: int, lex: dict[str, Any]) -> bool:
    """Is the paragraph holding ``pos`` wholly in parentheses, or headed "CORRECTION:"? An
    editor's note ("(Adds the ministry's statement in paragraph 8)", "(Reporting by ...)",
    "Correction: an earlier version said six") tells of the story, not of the talks."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start : end if end >= 0 else len(text)].strip()
    return (line.startswith("(") and line.endswith(")")) or bool(lex["story_note"].match(line))


def _live_entries(art: _Article) -> frozenset[int]:
    """Sentences of the entries of a live blog: each runs from a line that opens with a time
    stamp ("21:40 GMT — ...", or a line "21:40 GMT") to the next stamp or heading; and the
    bullets of the key points listed before the first entry."""
    out, inside, summary = set(), False, []
    for sent in art.sentences:
        if _stamp_end(sent.text) or _STAMP_LINE.fullmatch(sent.text):
            inside = True
        elif sent.block_kind == "heading":
            inside = False
        if inside:
            out.add(int(sent.sentence_idx))
        elif not out and _BULLET.match(sent.text):
            summary.append(int(sent.sentence_idx))
    # the key points listed over the first entry sum up the same day's news
    return frozenset(out | set(summary)) if out else frozenset()


def extract_events(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    mentions: pd.DataFrame,
    dates: pd.DataFrame | None = None,
    claims: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Find the events each article reports, one row per event (mentions of it merged).

    A sentence reports an event when it names one (talks, a meeting, a phone call, a statement,
    a proposal, a signing, an exchange of prisoners or bodies). Back-references ("their
    January 23-24 meeting", "the talks") join the event they recall instead of making a new one.

    Parameters
    ----------
    articles : DataFrame
        ``doc_id``, ``published``, ``text`` (as :func:`analysis.seeds.load_seeds` gives).
    sentences : DataFrame
        As :func:`analysis.sentences.split_sentences` gives.
    mentions : DataFrame
        As :func:`analysis.tagging.tag_articles` gives (places, countries, people).
    dates : DataFrame, optional
        As :func:`date_sentences` gives; computed with :mod:`analysis.dates` when omitted.
    claims : DataFrame, optional
        As :func:`analysis.attribution.attribute_sentences` gives: who says each sentence, the
        ``speaker`` of the statements it reports. Without it no statement has a speaker.

    Returns
    -------
    DataFrame
        Columns ``EVENT_COLUMNS``: ``doc_id``, ``event_id`` (``"<doc_id>#e<n>"`` in text order),
        ``sentence_idx`` (of the evidence), ``type``, ``status``, ``start`` and ``end`` (ISO
        strings or None: never the publication date by default, but the entries of a live blog
        are dated by it; an event "in March" or "in 2024" starts and ends in that month or year,
        as one "on 3 March" starts and ends that day), ``venue``, ``city``,
        ``country`` (alpha-3 of the venue), ``participants`` and ``hosts_mediators`` (sorted
        tuples of alpha-3 codes), ``speaker`` (of a statement or an announcement: the person or
        body its sentence quotes, as the claims name them; else None), ``round`` (int or
        None), ``format`` (comma-separated words such as ``"closed doors, trilateral"`` or
        None), ``cameo`` (nearest CAMEO code) and ``evidence`` (the sentence, verbatim).
    """
    if dates is None:
        dates = date_sentences(articles, sentences)
    lex = _lex()
    # Group every table by article (and by sentence) once; the per-sentence code then works on
    # plain records and never filters a DataFrame.
    sents_by_doc = _group(sentences, _Sentence)
    ments_by_doc = _group(mentions, _Mention)
    dates_by_doc = _group(dates, _Date)
    rows: list[dict] = []
    for doc_id, published, text in zip(
        articles["doc_id"].tolist(),
        articles["published"].tolist(),
        articles["text"].tolist(),
        strict=True,
    ):
        art_mentions = ments_by_doc.get(doc_id, [])
        art_dates = dates_by_doc.get(doc_id, [])
        item = _Article(
            doc_id=doc_id,
            published=pd.Timestamp(published).date() if pd.notna(published) else None,
            text=text,
            sentences=sents_by_doc.get(doc_id, []),
            mentions=art_mentions,
            dates=art_dates,
            sentence_mentions=_by_sentence(art_mentions),
            sentence_dates=_by_sentence(art_dates),
        )
        rows.extend(_article_events(item, lex))
    speakers = _speakers(claims)
    for row in rows:
        row["speaker"] = (speakers.get((row["doc_id"], row["sentence_idx"]))
                          if _FAMILY.get(row["type"]) == "statement" else None)
    frame = pd.DataFrame(
        {col: [row[col] for row in rows] for col in EVENT_COLUMNS}, columns=list(EVENT_COLUMNS),
        dtype=object,
    )
    for col in ("start", "end", "venue", "city", "country", "speaker", "format", "cameo"):
        frame[col] = frame[col].astype(object).where(frame[col].notna(), None)
    frame["round"] = frame["round"].astype("Int64")
    frame["sentence_idx"] = frame["sentence_idx"].astype("int64")
    return frame


# The claimants that speak for themselves: a person or a body, whose statement is theirs and
# no other's. (An outlet, an unnamed source, observers or "a joint statement" tell whom the
# reader has it from, not who made the statement.)
_SPEAKER_TYPES = frozenset({"named_official", "organisation"})


def _speakers(claims: pd.DataFrame | None) -> dict[tuple[Any, int], str]:
    """(doc_id, sentence_idx) -> the claimant of that sentence who speaks for themself."""
    if claims is None or not len(claims):
        return {}
    kept = claims[claims["claimant_type"].isin(_SPEAKER_TYPES) & claims["claimant"].notna()]
    return dict(zip(zip(kept["doc_id"].tolist(), kept["sentence_idx"].tolist(), strict=True),
                    kept["claimant"].tolist(), strict=True))
