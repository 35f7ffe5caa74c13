"""Find temporal expressions in news text and normalise them to TimeML TIMEX3 values."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence
from typing import Any

import pandas as pd

from .lexicon import read_lexicon, trie_regex

__all__ = ["DATE_COLUMNS", "find_dates", "iso_day", "spans_overlap"]

DATE_COLUMNS = ("start_char", "end_char", "text", "type", "value", "first_day", "last_day")

_Row = tuple[int, int, str, str, "dt.date | None", "dt.date | None"]


# ----------------------------------------------------------------------------- lexicon


def _lexicon() -> dict[str, Any]:
    """The word lists of ``lexicons/dates.yaml`` (read once, by :func:`analysis.lexicon.read_lexicon`)."""
    return read_lexicon("dates")


def _alt(words: Any) -> str:
    """Regex alternation of phrases, longest first, any whitespace between words."""
    parts = sorted({str(w) for w in words}, key=len, reverse=True)
    return "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in parts)


def _cased(words: list[str], lower: bool = True) -> str:
    """Case-sensitive alternation: Title, UPPER (and lower) forms of each word."""
    forms: set[str] = set()
    for w in words:
        forms.update({w.title(), w.upper()})
        if lower:
            forms.add(w)
    return "(?-i:" + _alt(forms) + ")"


@functools.cache
def _tables() -> dict[str, Any]:
    """Lookup tables derived from the lexicon (lower-case keys)."""
    lex = _lexicon()
    month = {w: int(n) for n, ws in lex["months"].items() for w in ws}
    weekday = {w: int(n) for n, ws in lex["weekdays"].items() for w in ws}
    units = dict(lex["units"])
    plurals = {p: s for p, s in lex["unit_plurals"].items()}
    return {
        "month": month,
        "weekday": weekday,
        "numbers": {" ".join(k.split()): v for k, v in lex["numbers"].items()},
        "vague": {" ".join(v.split()) for v in lex["vague_numbers"]},
        "ordinals": {k: int(v) for k, v in lex["ordinals"].items()},
        "units": units,
        "plurals": plurals,
        "seasons": dict(lex["seasons"]),
        "season_months": {k: tuple(v) for k, v in lex["season_months"].items()},
        "day_parts": dict(lex["day_parts"]),
        "modifiers": {" ".join(k.split()): v for k, v in lex["period_modifiers"].items()},
        "present": {" ".join(w.split()) for w in lex["present_ref"]},
        "past": {" ".join(w.split()) for w in lex["past_ref"]},
        "future": {" ".join(w.split()) for w in lex["future_ref"]},
        "sets": dict(lex["sets"]),
        "holidays": dict(lex["holidays"]),
        "ambiguous": set(lex["ambiguous_months"]),
        "ambiguous_rx": re.compile(r"(?<!\w)(?:" + _alt(lex["ambiguous_months"]) + r")(?!\w)", re.IGNORECASE),
        "block_before": {w.lower() for w in lex["year_blockers_before"]},
        "block_after": {w.lower() for w in lex["year_blockers_after"]},
        "not_ed": {w.lower() for w in lex["not_past_ed"]},
        "not_infinitive": {w.lower() for w in lex["not_infinitive"]},
        "forward": {w.lower() for w in lex.get("forward_verbs", [])},
        "unmet_rx": re.compile(
            r"(?<![\w-])(?:" + _alt(lex["unmet_plans"]) + r")\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE),
        "scheduled_for_rx": re.compile(
            r"(?<![\w-])(?:" + _alt(lex["scheduled_for"]) + r")\s+for\s+$", re.IGNORECASE),
        "premodified_rx": re.compile(
            r"(?<![\w-])(?:the|an?)\s+(?:(?:" + _alt(lex.get("participle_premodifiers", []))
            + r"|\w+ly|\d+(?:st|nd|rd|th))\s+)?$", re.IGNORECASE),
        "forward_gerund_rx": re.compile(
            r"(?<![\w-])(?:" + _alt(lex.get("forward_gerunds", [])) + r")(?![\w-])", re.IGNORECASE),
        "reporting": {w.lower() for w in lex["reporting_verbs"]},
        "not_attributive": {w.lower() for w in lex["not_attributive"]},
        "deadline_rx": re.compile(
            r"(?<!\w)(?:" + _alt(lex["deadline_words"]) + r")\s+(?:on\s+|the\s+)?$", re.IGNORECASE
        ),
        # a participle right after a form of "be" carries no tense of its own
        "be_rx": re.compile(
            r"(?<!\w)(?:be|been|being|is|are|am|was|were|get|gets|got)\s+(?:\w+ly\s+)?$",
            re.IGNORECASE,
        ),
    }


# ----------------------------------------------------------------------------- grammar


# Words, besides the lexicon's, that can begin an expression (the rules themselves are code).
# Strong words are temporal on their own; weak ones only begin an expression with a strong one.
_STRONG_WORDS = (
    "year",
    "noon",
    "midnight",
    "midday",
    "yesterday",
    "today",
    "tomorrow",
    "tonight",
    "overnight",
    "recent",
    "upcoming",
    "current",
    "past",
    "future",
    "weekend",
    "century",
    "centuries",
    "decades",
    "period",
    "nineteen",
)
_WEAK_WORDS = (
    "the",
    "this",
    "last",
    "next",
    "previous",
    "coming",
    "that",
    "fiscal",
    "every",
    "each",
    "per",
    "almost",
    "nearly",
    "early",
    "late",
    "mid",
    "earlier",
    "later",
    "a",
    "an",
)


@functools.cache
def _grammar() -> tuple[
    re.Pattern[str],
    dict[str, tuple[str, ...]],
    re.Pattern[str],
    re.Pattern[str],
    tuple[frozenset[str], frozenset[str]],
]:
    """Compile the one big alternation of rules, the tense cues and the start-word scanner.

    Rules are tried in order at each position, so longer and more specific forms come first.
    Group names inside a rule are prefixed with the rule name to keep them unique.
    """
    lex = _lexicon()
    months: list[str] = [w for ws in lex["months"].values() for w in ws]
    full = [ws[0] for ws in lex["months"].values()]
    abbr = [w for w in months if w not in full]
    amb = set(lex["ambiguous_months"])
    # Ambiguous months ("May", "March") and abbreviations only as written with a capital.
    months_alt = (
        _cased([w for w in full if w not in amb])
        + "|"
        + _cased([w for w in full if w in amb], lower=False)
        + "|"
        + _cased(abbr, lower=False)
    )
    mon_any = "(?:" + months_alt + r"\.?)"
    mon_bare = "(?:" + months_alt + r"\.)"
    wd_full = [ws[0] for ws in lex["weekdays"].values()]
    wd_abbr = [w for ws in lex["weekdays"].values() for w in ws[1:]]
    wd = "(?:" + _cased(wd_full) + "|" + _cased(wd_abbr, lower=False) + r"\.)"
    numw = _alt(k for k in lex["numbers"] if k not in ("a", "an"))
    num = rf"(?:\d+(?:\.\d+)?(?:\s+1/2)?|(?:{numw})(?:[\s-]+(?:{numw}))*(?:\s+and\s+a\s+half)?)"
    vague = _alt(lex["vague_numbers"])
    unit_words = list(lex["units"]) + list(lex["unit_plurals"])
    unit = rf"(?:{_alt(unit_words)})s?"
    day = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)"
    # Years in digits, or spoken as in broadcast transcripts: "nineteen ninety-six", "two thousand".
    # Alone, "two thousand" is an amount: a year only after "the year" or in a longer date.
    words = {v: k for k, v in lex["numbers"].items() if " " not in k and k not in ("a", "an")}
    ones = "|".join(words[n] for n in range(1, 10))
    teens = "|".join(words[n] for n in range(10, 20))
    tens = "|".join(words[n] for n in range(20, 100, 10))
    year_1900s = rf"nineteen[\s-]+(?:(?:{tens})(?:[\s-]+(?:{ones}))?|{teens}|oh[\s-]+(?:{ones}))(?![\w-])"
    year_2000s = rf"two\s+thousand(?:\s+(?:and\s+)?(?:{teens}|{ones}))?(?![\w-])"
    year_alone = rf"(?:(?:1[0-9]\d\d|20\d\d)(?![\d,]\d)|{year_1900s})"
    year = rf"(?:{year_alone}|{year_2000s})"
    season = _alt(lex["seasons"])
    part = _alt(lex["day_parts"])
    mods = _alt(lex["period_modifiers"])
    approx = (
        r"(?:about|almost|nearly|more\s+than|less\s+than|fewer\s+than|some|roughly|just|only"
        r"|over|at\s+least|at\s+most|up\s+to|within|around|under|no\s+more\s+than|no\s+less\s+than"
        r"|approximately|barely|a\s+full|the\s+better\s+part\s+of|close\s+to)"
    )
    holidays = _alt(
        f for h in lex["holidays"] for f in (" ".join(w[:1].upper() + w[1:] for w in h.split()), h[:1].upper() + h[1:])
    ).replace("'", "['’]")  # ("New Year’s Eve" with a typographic apostrophe)
    sets = _alt(lex["sets"])
    rel = (
        r"(?:this|last|next|past|previous|coming|current|the\s+following|the\s+previous|the\s+past"
        r"|the\s+coming|the\s+current|the\s+next|that|the\s+same|the\s+last|this\s+past)"
    )
    # a zone after a clock time: "EST", "UTC", "local time", "Indian time", "Moscow time"
    tz = (r"(?:\s+(?-i:[ECMP][SD]T|GMT|UTC|CES?T|EES?T|BST|IST|PKT|JST|KST|MSK"
          r"|(?!(?:Some|Any|Every|Each|This|That|The|No)\b)[A-Z][a-z]{2,}\s+(?:[Ss]tandard\s+)?time)"
          r"|\s+local\s+time)?")
    ampm = r"(?:a\.m\.?|p\.m\.?|am\b|pm\b)"
    present = _alt(lex["present_ref"])
    past = _alt(lex["past_ref"])
    future = _alt(lex["future_ref"])
    rules: list[tuple[str, str]] = [
        ("iso", r"(?P<y>(?:1[0-9]|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-3]\d)(?!\d)"),
        (
            "slash",
            r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])",
        ),
        (
            # "26/11/2022": day first, told by a day no month can be
            "slash_dmy",
            r"(?<![\d/.])(?P<d>1[3-9]|2\d|3[01])/(?P<m>1[0-2]|0?[1-9])/(?P<y>(?:19|20)\d\d)(?![\d/])",
        ),
        (
            # "16.04.2026": day, month and year joined by full stops
            "dotted",
            r"(?<![\d.])(?P<d>[12]\d|3[01]|0?[1-9])\.(?P<m>1[0-2]|0?[1-9])\.(?P<y>(?:19|20)\d\d)(?![\d]|\.\d)",
        ),
        (
            "range_mdmd",
            rf"(?P<mon>{mon_any})\s*(?P<d1>{day})\s*(?:-|–|—|to|through|until|till)\s*"
            rf"(?P<mon2>{mon_any})\s*(?P<d2>{day})(?:,?\s+(?P<year>{year}))?",
        ),
        (
            "range_md",
            rf"(?P<mon>{mon_any})\s*(?P<d1>{day})\s*(?:-|–|—|to|through|until|till|and|&)\s*"
            rf"(?P<d2>{day})(?!\s*(?:%|percent|per\s*cent|p\.?m|a\.?m|o'clock))"
            rf"(?:,?\s+(?P<year>{year}))?",
        ),
        (
            # "23 November - 7 December 2019"
            "range_dmdm",
            rf"(?<![\d.,])(?P<d1>{day})\s+(?:of\s+)?(?P<mon>{mon_any})\s*(?:-|–|—|to|through|until|till)\s*"
            rf"(?P<d2>{day})\s+(?:of\s+)?(?P<mon2>{mon_any})(?:,?\s+(?P<year>{year}))?",
        ),
        (
            "range_dm",
            rf"(?<![\d.,])(?P<d1>{day})\s*(?:-|–|—|to|through|until|and|&)\s*(?P<d2>{day})\s+(?:of\s+)?"
            rf"(?P<mon>{mon_any})(?:,?\s+(?P<year>{year}))?",
        ),
        (
            # "March to May 2024": the year is both months' (the first's the year before when
            # the range runs over New Year: "November to February 2024")
            "range_my",
            rf"(?P<mon>{mon_any})\s*(?:-|–|—|to|through|until|till)\s*(?P<mon2>{mon_any}),?\s+"
            rf"(?P<year>{year})(?!\d)",
        ),
        (
            "time",
            rf"(?:(?P<h>[01]?\d)(?::(?P<mi>[0-5]\d))?\s*(?P<ap>{ampm}){tz}|(?P<noon>noon|midnight|midday))"
            rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{wd})|(?P<rd>yesterday|today|tomorrow)|(?P<mon>{mon_any})\s*"
            rf"(?P<day>{day})))?",
        ),
        (
            "weekof",
            rf"the\s+week\s+of\s+(?P<mon>{mon_any})\s*(?P<day>{day})(?:,?\s+(?P<year>{year}))?",
        ),
        (
            "md",
            rf"(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon_any})\s*(?P<day>{day})(?!\s*(?:%|percent))"
            rf"(?:,?\s+(?P<year>{year}|'\d\d(?!\w)))?",
        ),
        (
            "dm",
            # "the 14th day of May 2031", the formula a signed text closes with
            rf"(?<![\d.,$])(?:(?P<wd>{wd}),?\s+)?(?:the\s+)?(?P<day>{day})(?:\s+day(?=\s+of\s))?"
            rf"(?:\s+of)?\s+(?P<mon>{mon_any})"
            rf"(?:,?\s+(?P<year>{year}))?",
        ),
        (
            # "the 24th of this month", "the 3rd of next month": a day of a month told by
            # its place from publication
            "dom_rel",
            r"(?<![\w-])the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\s+of\s+"
            r"(?P<rel>this|next|last|the\s+current|the\s+coming)\s+month\b",
        ),
        (
            # "on the 3rd": a day of the month around publication, alone
            "dom",
            r"(?<=\bon\s)the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
            r"(?=\s*(?:[,.;:)]|$)|\s+(?:in|at|when|after|before|but|as|with|while|for|was|were|is"
            r"|are|had|has|will|would|the|they|he|she|we)\b"
            # ("on the 13th and the return ...", not "on the 2nd and 3rd rounds")
            r"|\s+(?:and|or)\s+(?!(?:the\s+)?\d))",
        ),
        (
            "decade",
            r"(?:the\s+)?(?:(?P<mod>early|mid|late)[\s-]+)?(?:(?P<dec>(?:1[0-9]|20)\d0)|'(?P<dec2>\d0))'?s\b",
        ),
        ("century", r"(?:the\s+)?(?P<ord>\d{1,2})(?:st|nd|rd|th)\s+century"),
        (
            "my",
            rf"(?:(?P<mod>{mods})[\s-]*)?(?P<mon>{mon_bare})(?:,?\s+of|,)?\s+(?:(?P<year>{year})"
            rf"|(?P<rel>last|next|this)\s+year)",
        ),
        (
            "season",
            rf"(?:(?P<mod>{mods})[\s-]*)?(?:(?P<rel>{rel})\s+|(?P<the>the)\s+)?(?P<season>{season})"
            rf"(?:\s+(?:of\s+)?(?P<year>{year}))?\b",
        ),
        (
            "yquarter",
            rf"the\s+(?P<year>{year})\s+(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?"
            r"(?:fiscal[\s-]+)?(?P<qh>quarter|half|period)\b(?!s)",
        ),
        (
            "quarter",
            rf"(?:(?P<yrel>this|last|next)\s+year's\s+)?(?:the\s+)?(?:(?P<fy1>fiscal)[\s-]+)?"
            rf"(?:(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)|(?P<qrel>latest|last|previous"
            r"|past|current|next|coming|year-ago|year-earlier|same|comparable|recent|this|that))[\s-]+"
            rf"(?:(?P<fy2>fiscal)[\s-]+)?(?P<qh>quarter|half|period)\b(?!s)"
            # "the second half of April", "of the month": a part of a month, not of a year
            rf"(?!\s+of\s+(?:{mon_any}(?![\w-])|(?:the|this|next|last|that)\s+month\b))"
            rf"(?:\s+(?:of\s+)?(?:fiscal\s+)?(?P<year>{year})|\s+of\s+(?P<yrel_of>this|last|next)\s+year)?",
        ),
        ("the_quarter", r"the\s+(?:fiscal\s+)?quarter\b(?!s)"),
        (
            "the_year",
            r"the\s+(?P<which>full\s+|current\s+|latest\s+)?(?:fiscal\s+)?(?P<unit>year|weekend|month)\b"
            r"(?![\s-]+(?:ago|earlier|before|two|[\d']))"
            # "after weekend talks in Geneva": the weekend's sitting
            r"|(?P<bare>weekend)(?=\s+(?:talks|negotiations|meetings?|sessions?|round|summit"
            r"|consultations|discussions)\b)",
        ),
        (
            "yearago",
            r"(?:the\s+)?year[\s-](?:ago|earlier)(?:\s+(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)"
            r"[\s-]+(?:fiscal[\s-]+)?quarter\b(?!s)|\s+(?P<what>quarter|period|nine\s+months"
            r"|six\s+months|month|level|week))?",
        ),
        (
            "ago",
            rf"(?:(?P<approx>{approx})\s+)?(?P<num>{num}|(?P<vague>{vague})|a|an)[\s-]+(?P<unit>{unit})"
            r"(?P<half>\s+and\s+a\s+half)?\s+(?P<dir>ago|earlier|later|from\s+now|hence"
            r"|(?:before|after)(?:\s+that|(?=\s*[,.;:)]))|previously)\b(?:\s+(?P<today>today)\b)?",
        ),
        (
            "refday",
            r"(?:(?P<mod>earlier|later|late|early)\s+)?(?:the\s+(?P<rel>following|next|previous|same|prior)"
            # "earlier in the day": the day of the date told before
            r"|(?P<that>that)(?:\s+same)?|(?:earlier|later)\s+in\s+the)"
            r"\s+(?P<unit>day|morning|afternoon|evening|night|week|month|year)\b"
            r"|the\s+day\s+(?P<ba>before|after)(?=\s*[,.;:)]|\s*$|\s+(?:in|at|during)\s)",
        ),
        (
            "relunit",
            rf"(?:(?P<mod>{mods})[\s-]+)?(?P<rel>{rel})\s+(?P<unit>week|weekend|month|year"
            r"|decade|century|quarter)\b(?!s)(?!\s+(?:or|and)\s+(?:so|two|more))",
        ),
        (
            "vague_pl",
            r"(?:the\s+)?(?P<rel>recent|coming|past|next|previous|upcoming|last)\s+(?P<unit>days|weeks"
            r"|months|years|decades|quarters)\b",
        ),
        (
            "duration",
            rf"(?:(?P<pre>(?:the\s+)?(?:past|last|next|first|latest|previous|coming|final|remaining"
            rf"|following|initial|ensuing)|the|{approx})\s+)?(?P<num>{num}|(?P<vague>{vague})|a|an)"
            r"(?:\s+(?:more|additional|straight|consecutive|full|trading|business|calendar|long))?"
            rf"[\s-]+(?P<unit>{unit})(?:(?P<half>\s+and\s+a\s+half)|-(?:long|old))?\b(?!-)",
        ),
        (
            "long_adj",
            r"(?<![\w-])(?P<unit>days|weeks|months|years|decades|centuries|hours|day|week|month|year|decade"
            r"|hour|night)-long\b",
        ),
        (
            "bare_pl",
            r"(?<=\bfor\s)(?<!\bas\sfor\s)(?P<unit>days|weeks|months|years|decades|centuries)"
            r"(?=\s*[,.;:)]|\s+(?:and|or|now|before|after|to|in|on|at|the|as|with|without|while)\b)",
        ),
        (
            "simple",
            r"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>the\s+day\s+before\s+yesterday|the\s+day\s+after"
            r"\s+tomorrow|yesterday|today|tomorrow|tonight|last\s+night|overnight)(?!'s\s)"
            rf"(?:\s+(?P<part>{part}))?",
        ),
        (
            "thispart",
            rf"this\s+(?P<part>{part})|(?P<the>the)\s+(?P<part2>morning|afternoon|evening)\b"
            r"|(?:early|late|mid)[\s-]*(?P<part3>morning|afternoon|evening)\b"
            r"(?:\s+(?P<rd>yesterday|today|tomorrow)\b)?",
        ),
        (
            "holiday",
            rf"(?:(?P<rel>last|next|this)\s+)?(?-i:(?P<hol>{holidays}))(?!\s+Island)"
            rf"(?:,?\s+(?P<hyear>{year})(?!\d|[,.]\d))?",
        ),
        (
            "weekday",
            rf"(?:(?P<mod>early|late)\s+)?(?:(?P<rel>last|next|this|past|coming)\s+)?(?P<wd>{wd})"
            rf"(?:\s+(?P<part>{part}))?(?!\w)",
        ),
        (
            "month",
            rf"(?:(?P<mod>{mods})[\s-]*)?(?:(?P<rel>last|next|this|past|coming|each|every)\s+)?(?P<mon>{mon_bare})(?!\w)"
            rf"(?!\s*{day}\b)",
        ),
        (
            "year",
            rf"(?:the\s+year\s+(?P<named>{year})|(?:(?<=\bpre-)|(?<=\bpost-)|(?<![\w$£€#/,.-]))(?<!\d\s)"
            rf"(?:(?P<fy>fiscal)\s+)?(?:(?P<mod>{mods})[\s-]+)?(?P<year>{year_alone}))"
            r"(?![\w%]|[.,]\d|-\d|/\d|\s*(?:percent|per\s+cent|%))",
        ),
        (
            "every",
            rf"(?:every|each|per)\s+(?:(?P<num>{num})\s+)?(?:(?P<unit>{unit})|(?P<wd>{wd})|(?P<mon>{mon_bare}))"
            r"(?!\w)",
        ),
        ("set", rf"(?P<w>{sets})\b"),
        ("present", rf"(?P<w>{present})\b"),
        ("past", rf"(?P<w>recent\s+years|{past})\b"),
        ("future", rf"(?P<w>{future})\b"),
    ]
    groups: dict[str, tuple[str, ...]] = {}
    parts = []
    for name, body in rules:
        inner = re.findall(r"\(\?P<(\w+)>", body)
        groups[name] = tuple(dict.fromkeys(inner))
        body = re.sub(r"\(\?P<(\w+)>", rf"(?P<{name}__\1>", body)
        parts.append(f"(?P<{name}>{body})")
    # Cheap prefilter: a case-sensitive trie of every word an expression can start with, checked
    # by lookahead at each word start before the rules are tried (literal-first branches are fast).
    strong: set[str] = set(_STRONG_WORDS)
    weak = set(_WEAK_WORDS) | {w.split()[0] for w in lex["vague_numbers"]}
    for key in (
        "present_ref",
        "past_ref",
        "future_ref",
        "seasons",
        "day_parts",
        "sets",
        "holidays",
        "units",
        "unit_plurals",
    ):
        for phrase in lex[key]:
            first, *rest = str(phrase).split()
            (weak if rest else strong).add(first)
            strong.update(w for w in rest if w not in ("the", "of", "as", "a"))
    strong.update(w + "s" for w in lex["units"])
    strong.update(months)
    strong.update(w for ws in lex["weekdays"].values() for w in ws)
    for key in ("numbers", "ordinals", "period_modifiers"):
        weak.update(str(w).split()[0] for w in lex[key])
    weak -= strong
    strong_rx = "(?-i:" + trie_regex({f for w in strong for f in (w, w.title(), w.upper())}) + r")\b"
    weak_rx = "(?-i:" + trie_regex({f for w in weak for f in (w, w.title(), w.upper())}) + r")\b"
    # Cheap prefilter, checked by lookahead at each word start before any rule is tried: a digit,
    # a "strong" word (month, weekday, unit, relative word), or a "weak" word (the, last, two ...)
    # followed within four words by one of those.  Case-sensitive tries: literal-first branches
    # are what makes ``re`` fast here.
    pattern = (
        r"(?<![\w'])(?=\d|'\d|"
        + strong_rx
        + "|"
        + weak_rx
        + r"[\s-]+(?:[\w.,'-]+[\s-]+){0,3}?(?:\d|"
        + strong_rx
        + "))"
        + "(?:"
        + "|".join(parts)
        + r")(?!\w)"
    )
    cues = re.compile(
        r"(?<!\w)(?:(?P<future>"
        + _alt(lex["future_cues"])
        + r")|(?P<past>"
        + _alt(lex["past_cues"])
        # (not "handed the plan to Vale": "to" before a name is no infinitive's)
        + r")|(?P<ed>\w{3,}ed))(?!\w)(?!(?<=\bto)\s+(?-i:[A-Z]))",
        re.IGNORECASE,
    )
    # Where an expression may start: a digit or a strong word.  find_dates scans for these
    # (cheap: no weak-word branch) and tries the rules only there and at the weak words just
    # before them; the lookahead in ``pattern`` is the same test, so matches are unchanged.
    # Numbers that are amounts ("$27", "1,000", "13%") start no expression.
    trigger = re.compile(r"(?<![\w'$£€#])(?:'?\d(?!\d*(?:,\d\d\d|\.?\d*\s*(?:%|percent\b)))|" + strong_rx + ")")
    weak_forms = frozenset(f for w in weak for f in (w, w.title(), w.upper()))
    # Words a rule can contain: a weak word starts an expression only when every word between
    # it and the strong word is one of these ("the latest fiscal quarter", not "the company's 1989").
    vocab = {w.lower() for w in weak | strong}
    vocab.update(w.lower() for w in re.findall(r"[A-Za-z]{2,}", "".join(b for _, b in rules)))
    vocab.update(
        str(w).lower() for k in ("numbers", "ordinals", "vague_numbers") for p in lex[k] for w in str(p).split()
    )
    return re.compile(pattern, re.IGNORECASE), groups, cues, trigger, (weak_forms, frozenset(vocab))


# ----------------------------------------------------------------------------- calendar helpers


def _clamp(y: int, m: int, d: int) -> dt.date:
    """A valid date, with the day clamped to the month's length."""
    return dt.date(y, m, min(d, calendar.monthrange(y, m)[1]))


def _shift(d: dt.date, gran: str, n: int) -> dt.date:
    """Move ``d`` by ``n`` units of granularity ``gran`` (D, W, M, Q, Y, E, C)."""
    if gran == "D":
        return d + dt.timedelta(days=n)
    if gran == "W":
        return d + dt.timedelta(weeks=n)
    months = {"M": 1, "Q": 3, "H": 6, "S": 3, "Y": 12, "E": 120, "C": 1200}.get(gran, 12) * n
    k = d.year * 12 + d.month - 1 + months
    y, m = divmod(k, 12)
    if not 1 <= y <= 9999:
        raise ValueError(f"date out of range after shifting {d} by {n}{gran}")
    return _clamp(y, m + 1, d.day)


def _fmt(gran: str, d: dt.date) -> str:
    """TIMEX3 value of the ``gran``-sized period containing ``d``."""
    if gran == "D":
        return d.isoformat()
    if gran == "W":
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}"
    if gran == "WE":
        iy, iw, _ = d.isocalendar()
        return f"{iy:04d}-W{iw:02d}-WE"
    if gran == "M":
        return f"{d.year:04d}-{d.month:02d}"
    if gran == "Q":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "H":
        return f"{d.year:04d}-H{(d.month - 1) // 6 + 1}"
    if gran == "E":
        return f"{d.year // 10:03d}"
    if gran == "C":
        return f"{d.year // 100:02d}"
    return f"{d.year:04d}"


_VALUE_RX = re.compile(
    r"(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d))?|W(?P<w>\d\d)(?P<we>-WE)?|Q(?P<q>\d)|H(?P<h>\d)"
    r"|(?P<s>SP|SU|FA|WI)))?(?:T.*)?$|(?P<dec>\d{3})$|(?P<cen>\d{2})$"
)


def _interval(value: str) -> tuple[dt.date | None, dt.date | None]:
    """First and last calendar day covered by a TIMEX3 DATE value, or (None, None)."""
    m = _VALUE_RX.match(value)
    if not m:
        return None, None
    try:
        if m["dec"]:
            y = int(m["dec"]) * 10
            return dt.date(max(y, 1), 1, 1), dt.date(y + 9, 12, 31)
        if m["cen"]:
            y = int(m["cen"]) * 100
            return dt.date(max(y, 1), 1, 1), dt.date(y + 99, 12, 31)
        y = int(m["y"])
        if m["d"]:
            d = dt.date(y, int(m["m"]), int(m["d"]))
            return d, d
        if m["m"]:
            mo = int(m["m"])
            return dt.date(y, mo, 1), _clamp(y, mo, 31)
        if m["w"]:
            first = dt.date.fromisocalendar(y, int(m["w"]), 1)
            if m["we"]:
                return first + dt.timedelta(days=5), first + dt.timedelta(days=6)
            return first, first + dt.timedelta(days=6)
        if m["q"]:
            q = int(m["q"])
            return dt.date(y, 3 * q - 2, 1), _clamp(y, 3 * q, 31)
        if m["h"]:
            h = int(m["h"])
            return dt.date(y, 6 * h - 5, 1), _clamp(y, 6 * h, 31)
        if m["s"]:
            lo, hi = _tables()["season_months"][m["s"]]
            y2 = y + 1 if hi < lo else y
            return dt.date(y, lo, 1), _clamp(y2, hi, 31)
        return dt.date(y, 1, 1), dt.date(y, 12, 31)
    except ValueError:
        return None, None


def _number(text: str) -> float | None:
    """Value of a numeral written in digits or words ("twenty four", "2 1/2"), None if vague."""
    t = " ".join(text.lower().replace("-", " ").split())
    tab = _tables()
    if t in tab["vague"]:
        return None
    half = 0.0
    if t.endswith("and a half"):
        t, half = t[: -len("and a half")].strip(), 0.5
    if t.endswith(" 1/2"):
        t, half = t[:-4].strip(), 0.5
    if t in tab["numbers"]:
        return tab["numbers"][t] + half
    try:
        return float(t) + half
    except ValueError:
        pass
    total, cur = 0.0, 0.0
    for w in t.split():
        v = tab["numbers"].get(w)
        if v is None:
            return None
        if v == 100:
            cur = max(cur, 1) * 100
        elif v == 1000:
            total += max(cur, 1) * 1000
            cur = 0
        else:
            cur += v
    return total + cur + half


def _unit_code(word: str) -> str:
    """Lexicon unit code ("Y", "TM", "W2" ...) of a unit word, singular or plural."""
    tab = _tables()
    w = word.lower()
    w = tab["plurals"].get(w, w)
    if w not in tab["units"] and w.endswith("s"):
        w = w[:-1]
    return tab["units"][w]


def _duration(n: float | None, code: str) -> str:
    """ISO 8601 duration for ``n`` units (None: unknown amount, X)."""
    if code == "W2":
        n, code = (None if n is None else n * 2), "W"
    if code in ("E", "C") and n is not None:  # TimeML writes decades and centuries in years
        n, code = n * (10 if code == "E" else 100), "Y"
    if code == "E":  # "decades": some number of years
        code = "Y"
    t = "T" if code in ("TM", "H", "S") else ""
    letter = {"TM": "M", "E": "E", "C": "C", "L": "L", "Q": "Q"}.get(code, code)
    if n is None:
        return f"P{t}X{letter}"
    if n != int(n):
        whole = int(n)
        sub = {
            "Y": (12, "M"),
            "M": (30, "D"),
            "W": (7, "D"),
            "D": (24, "H"),
            "H": (60, "M"),
            "TM": (60, "S"),
        }.get(code)
        if sub:
            extra = int(round((n - whole) * sub[0]))
            t2 = "T" if sub[1] in ("H",) or code in ("H", "TM") else ""
            head = f"{whole}{letter}" if whole else ""
            if t and head:
                return f"PT{head}{extra}{sub[1]}"
            return f"P{head}{t2}{extra}{sub[1]}" if not t else f"PT{extra}{sub[1]}"
    return f"P{t}{int(n)}{letter}"


def _gran(code: str) -> str:
    """Granularity used for a point ``n`` units away ("two weeks ago" -> week)."""
    return {"W2": "W", "L": "C"}.get(code, code if code in ("D", "W", "M", "Q", "Y", "E", "C") else "D")


# ----------------------------------------------------------------------------- context


# A sentence or clause ends at a full stop (not one after an initial or a common abbreviation:
# "Daniel P. Davison", "Mr. Smith", "Jan. 5"), a question or exclamation mark, a semicolon or a
# line break. (The lookahead first: the lookbehinds run only at a stop.)
_CLAUSE_END = re.compile(
    r"(?=[.?!])(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bJr)(?<!\bSr)(?<!\bNo)(?<!\bCo)(?<!\bLt)"
    r"(?<!\bMrs)(?<!\bGen)(?<!\bCol)(?<!\bSgt)(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bInc)(?<!\bLtd)"
    r"(?<!\bCorp)(?<!\bJan)(?<!\bFeb)(?<!\bMar)(?<!\bApr)(?<!\bAug)(?<!\bSep)(?<!\bSept)(?<!\bOct)"
    r"(?<!\bNov)(?<!\bDec)[.?!](?=\s)|\n|;"
)
# Future cues that still mark the tense when they come after the expression (auxiliaries).
_FORWARD_FUTURE = re.compile(r"(?:will|'ll|shall|going|is|are|would)\b", re.IGNORECASE)
_AS_DEADLINE = re.compile(r"\s+as\s+(?:the|a|its|their)\s+(?:\w+\s+)?deadline\b", re.IGNORECASE)
_NEXT_TO = re.compile(r"next\s+to\b", re.IGNORECASE)
# What may stand between a verb and the expression it governs ("predicted Wednesday", "met on May 3").
_NEXT_WORD = re.compile(r"\s+(?:(?:on|in|at|late|early)\s+)?", re.IGNORECASE)
# "to" and a verb: the infinitive's time is its own ("subpoenaed him to testify on Feb. 10").
_INFINITIVE = re.compile(r"(?<![\w-])to\s+(?:\w+ly\s+)?(?P<w>[a-z]+)(?![\w'-])")
# The start of a reported clause: "said that ...", "said it ...", "told reporters they ...".
_REPORTED = re.compile(r"(?<!\w)(?:that|it|he|she|they|we|I|there)(?!\w)", re.IGNORECASE)
# "the January 24 meeting": a date used as a modifier takes no tense from the clause.
_ATTRIBUTIVE_BEFORE = re.compile(r"(?<!\w)(?:the|an?)\s+$", re.IGNORECASE)
_ATTRIBUTIVE_AFTER = re.compile(r"(?:'s)?\s+(?P<w>[a-z]{3,})\b")
_WORD_AFTER = re.compile(r"\s+[^\W\d]")
_OWNER_BEFORE = re.compile(r"(?:['’]s|(?<!\w)(?:its|their|his|her|our))\s+$", re.IGNORECASE)
# the head of a list entry: a bullet before its date, a colon or dash after it
_ENTRY_HEAD = re.compile(r"[ \t•·*▪‣◦-]*")
_ENTRY_DASH = re.compile(r"\s*[:–—-]\s")


def _attributive(text: str, start: int, end: int, owned: bool = False) -> bool:
    """Does the expression modify the noun after it ("the March accession", "the Jan. 14
    deadline", with ``owned`` also "the board's March meeting", "its May summit")?"""
    if not (_ATTRIBUTIVE_BEFORE.search(text, max(0, start - 8), start)
            or _ATTRIBUTIVE_BEFORE.match(text, start, start + 4)  # "the 15 March date"
            or (owned and _OWNER_BEFORE.search(text, max(0, start - 8), start))):
        return False
    after = _ATTRIBUTIVE_AFTER.match(text, end, end + 30)
    return bool(after) and after.group("w") not in _tables()["not_attributive"]


def _tense_of(m: re.Match[str] | None) -> int:
    if m is None:
        return 0
    return 1 if m.lastgroup == "future" else -1


def _cue(cues: re.Pattern[str], chunk: str, last: bool, ed: bool = True) -> re.Match[str] | None:
    """The tense cue nearest the end (``last``) or the start of ``chunk``, or None.

    A listed cue, or (with ``ed``) any other "-ed" verb, except a participle after a form of
    "be" ("will be named": the auxiliary decides) or after a future cue ("will redeem
    preferred shares on").
    """
    tab = _tables()
    found = None
    for m in cues.finditer(chunk):
        kind = m.lastgroup
        if kind != "future" and tab["be_rx"].search(chunk, 0, m.start()):
            continue
        if kind == "ed" and (not ed or m.group().lower() in tab["not_ed"]
                             or tab["premodified_rx"].search(chunk, max(0, m.start() - 30), m.start())):
            continue  # "in the enlarged format", "a second enlarged meeting": an adjective
        if (
            kind == "ed"
            and found is not None
            and found.lastgroup == "future"
            and not _NEXT_WORD.fullmatch(chunk, m.end())
        ):
            continue  # after "will", an "-ed" word is a participle ("will redeem preferred shares on")
        if _NEXT_TO.match(chunk, m.start()):
            continue  # "next to the embassy": a place
        found = m
        if not last:
            break
    return found


def _months_masked(text: str, lo: int, hi: int, read: Sequence[tuple]) -> str:
    """``text[lo:hi]`` with the ambiguous months ("May") of the dates ``read`` (rows that start
    with their span, in text order) blanked out."""
    chunk = text[lo:hi]
    amb = _tables()["ambiguous_rx"]
    for row in reversed(read):
        if row[1] <= lo:
            break
        for m in amb.finditer(text, max(row[0], lo), min(row[1], hi)):
            chunk = chunk[: m.start() - lo] + "_" * (m.end() - m.start()) + chunk[m.end() - lo :]
    return chunk


def _direction(text: str, start: int, end: int, cues: re.Pattern[str], read: Sequence[tuple] = ()) -> int:
    """Tense of the clause around ``text[start:end]``: +1 future, -1 past, 0 unknown.

    The cue nearest before the expression decides: a listed future one ("will", "is
    scheduled" ...), a listed past one ("said", "was", "since" ...) or any other "-ed" verb
    (past), except a participle after a form of "be" ("will be named": the auxiliary decides).
    With no cue before it, the first one after it in the sentence decides ("On Friday, talks
    were ..."; of the future cues only auxiliaries: "will", "is to" ...). The tense stays open
    (the nearest date either side is meant) after a deadline word ("until", "payable",
    "effective", "by") or before "as the deadline", when the date modifies a noun ("the Jan. 14
    deadline", "Wednesday's ruling"), and when an infinitive stands between a past cue and the
    expression ("he subpoenaed the boy to testify on Feb. 10"). A month in a date ``read``
    before it is no cue ("met on 3 May and on 9 June": not the modal "may").
    """
    lo = max(0, start - 120)
    chunk = _months_masked(text, lo, start, read)
    ends = [m.end() for m in _CLAUSE_END.finditer(chunk)]
    if ends:
        chunk = chunk[ends[-1] :]
    tab = _tables()
    if tab["deadline_rx"].search(chunk) or _AS_DEADLINE.match(text, end):
        # a term ends on either side of publication, ahead only when the clause says so ("will ... by May")
        return 1 if _tense_of(_cue(cues, chunk, last=True)) > 0 else 0
    if text.startswith(("'s ", "’s "), end):
        # "Wednesday's ruling": the date names a thing, the verb is not its tense; but after an
        # auxiliary of the future in the same verb phrase ("would not attend Friday's talks";
        # not "would look for ways to get around Wednesday's ruling") the thing is ahead
        m = _cue(cues, chunk, last=True, ed=False)
        near = (m is not None and m.lastgroup == "future" and _FORWARD_FUTURE.match(m.group())
                and len(chunk[m.end():].split()) <= 3 and not _INFINITIVE.search(chunk, m.end()))
        return 1 if near else 0
    if _attributive(text, start, end):
        return 0
    m = _cue(cues, chunk, last=True)
    reported = (
        m is not None
        and m.lastgroup != "future"
        and m.group().lower() in tab["reporting"]
        and _REPORTED.search(chunk, m.end()) is not None
    )
    if m is None or reported:
        # "said it is calling a vote on Dec. 7": a reported clause has a tense of its own, told
        # by a listed cue after the expression ("said that on May 3 the sides agreed ...")
        tail = text[end : end + 120]
        stop = _CLAUSE_END.search(tail)
        # "- 25 March: the fisheries protected zone panel meets": in a list entry headed by its
        # date, an "-ed" word is as often an adjective of the noun phrase as a verb
        entry = (_ENTRY_HEAD.fullmatch(text, text.rfind("\n", 0, start) + 1, start)
                 and _ENTRY_DASH.match(text, end))
        m = _cue(cues, tail[: stop.start()] if stop else tail, last=False,
                 ed=not (reported or entry))
        if m is not None and m.lastgroup == "future" and not _FORWARD_FUTURE.match(m.group()):
            return 0  # "vacation plans to fly", "the planned visit": a noun as often as a verb
        return _tense_of(m)
    if m.lastgroup == "future" and tab["unmet_rx"].search(chunk, max(0, m.start() - 40), m.start()):
        return 0  # "had been due to meet on Tuesday": ahead when it was planned, not now
    if (m.lastgroup == "future" and any(c.isdigit() for c in text[start:end])
            and _attributive_plan(chunk, m) and _tense_after(text, end, cues) < 0):
        # "a round planned for June 9 was called off": the plan may be past by now (a weekday
        # is still the one ahead: "the talks planned for Friday were cancelled")
        return 0
    if (m.lastgroup != "future" and m.group().lower() in tab["forward"]
            and not _NEXT_WORD.fullmatch(chunk, m.end())):
        return 0  # "agreed to a fourth round on May 3": the round's date (not "agreed on May 3")
    if m.lastgroup != "future" and tab["forward_gerund_rx"].search(chunk, m.end()):
        return 0  # "received a letter proposing 5 September": the date of the event proposed
    if m.lastgroup != "future":
        for inf in _INFINITIVE.finditer(chunk, m.end()):
            if inf.group("w") not in tab["not_infinitive"]:
                return 0
    return _tense_of(m)


# A timetable participle that qualifies a noun ("the round planned for June 9"), not one after
# an auxiliary ("is planned for June 9") or an adverb of a plan not kept ("originally planned").
_PLAN_PARTICIPLE = re.compile(
    r"(?:planned|scheduled|slated|pencil+ed\s+in)(?:\s+for)?|set\s+for", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([\w'’]+)\W*$")
_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been", "being", "has", "have",
                          "had", "'s", "’s", "not", "now", "already", "still"))


def _attributive_plan(chunk: str, m: re.Match[str]) -> bool:
    before = _WORD_BEFORE.search(chunk, 0, m.start())
    return (_PLAN_PARTICIPLE.fullmatch(m.group()) is not None and before is not None
            and before.group(1).lower() not in _AUXILIARIES
            and not before.group(1).lower().endswith("ly"))


def _tense_after(text: str, end: int, cues: re.Pattern[str]) -> int:
    """Tense of the first cue after ``text[:end]`` in its clause (the main verb of a noun
    phrase that ends there), 0 if none."""
    tail = text[end : end + 120]
    stop = _CLAUSE_END.search(tail)
    return _tense_of(_cue(cues, tail[: stop.start()] if stop else tail, last=False))


# With no tense cue, a year-less date is placed in the future only when that is this many times
# nearer to publication than the past reading.
_FUTURE_PENALTY = 1.5
# With no tense cue, a reading in the year after publication must be this many times nearer
# than the one inside it ("in January" in an October story is that January, not the next one).
_CROSS_YEAR_PENALTY = 3.0


def _year_for(
    month: int,
    day: int | None,
    anchor: dt.date,
    direction: int,
    weekday: int | None = None,
    deadline: bool = False,
) -> dt.date | None:
    """Place a year-less month (and day) nearest ``anchor`` on the side ``direction`` points to.

    Past (-1): on or before ``anchor`` (months: up to its month); future (+1): after it (months:
    from its month on); unknown (0): the nearest either side, the next year only when much
    nearer, except for a ``deadline`` ("effective Feb. 1").
    A ``weekday`` written with the date ("Monday, Oct. 26") picks the year it falls on that day.
    """
    cands = []
    for y in (anchor.year - 1, anchor.year, anchor.year + 1):
        try:
            cands.append((y, dt.date(y, month, day or 1)))
        except ValueError:
            continue
    if weekday and day:
        named = [(y, d) for y, d in cands if d.isoweekday() == weekday]
        if named:
            cands, direction = named, 0
    best = None
    for y, d in cands:
        if day is None:
            here, there = (anchor.year, anchor.month), (y, month)
            ok = there <= here if direction < 0 else there >= here if direction > 0 else True
            dist = abs((y - anchor.year) * 12 + month - anchor.month)
        else:
            ok = d <= anchor if direction < 0 else d > anchor if direction > 0 else True
            dist = abs((d - anchor).days)
        if direction == 0:
            if (y, month, day or 0) > (anchor.year, anchor.month, anchor.day):
                dist *= _FUTURE_PENALTY  # news mostly reports the past: a tie goes back in time
            if y > anchor.year and not deadline:
                dist *= _CROSS_YEAR_PENALTY
        if ok and (best is None or dist < best[0]):
            best = (dist, d)
    return best[1] if best else None


# "postponed until Tuesday", "has until 9 a.m. Tuesday": a term that runs on to that day.  Not
# "Until Tuesday, they had ...", "up until Tuesday", "not until Tuesday" (a past turning point).
# And "was pushed back to Thursday": the day a meeting moved to (``moved_to``) is ahead.
@functools.cache
def _until_before() -> re.Pattern[str]:
    return re.compile(
        r"(?<=[a-z] )(?<!\bup )(?<!\bnot )(?-i:until|till)\s+(?:[\w.:]+\s+){0,3}$"
        rf"|(?<![\w-])(?-i:{_alt(_lexicon()['moved_to'])})\s+(?-i:to|for)\s+(?:[\w.:]+\s+){{0,2}}$"
    )


def _weekday_dir(ctx: _Ctx) -> int:
    """Tense for a bare weekday: the clause's, but ahead after "until" inside a clause (not
    after a past verb of lasting: "the talks ran until late on Monday")."""
    until = _until_before().search(ctx["text"], max(0, ctx["start"] - 40), ctx["start"])
    if until and not _lasted().search(ctx["text"], max(0, until.start() - 30), until.start()):
        return 1
    return ctx["dir"]()


@functools.cache
def _lasted() -> re.Pattern[str]:
    """A past verb of lasting (``lasting_verbs``) right before "until": the day it names is past."""
    return re.compile(rf"(?<![\w-])(?:{_alt(_lexicon()['lasting_verbs'])})\s+(?:[\w-]+\s+)?$",
                      re.IGNORECASE)


def _weekday_date(wd: int, anchor: dt.date, direction: int) -> dt.date:
    """The weekday nearest ``anchor``: strictly after it (future), else on or before it."""
    diff = wd - anchor.isoweekday()
    if direction <= 0:
        return anchor + dt.timedelta(days=diff if diff <= 0 else diff - 7)
    return anchor + dt.timedelta(days=diff if diff > 0 else diff + 7)


def _as_date(published: Any) -> dt.date | None:
    """Coerce ``published`` to a date; None stays None."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        try:
            return dt.date.fromisoformat(published.strip()[:10])
        except ValueError as err:
            raise ValueError(
                f"find_dates: published={published!r} is not an ISO date; "
                "allowed: datetime.date, datetime.datetime, 'YYYY-MM-DD' string or None"
            ) from err
    if hasattr(published, "to_pydatetime"):
        return published.to_pydatetime().date()
    raise TypeError(
        f"find_dates: published has type {type(published).__name__}; "
        "allowed: datetime.date, datetime.datetime, 'YYYY-MM-DD' string or None"
    )


# ----------------------------------------------------------------------------- rule handlers

_Ctx = dict[str, Any]
_Result = tuple[str, str, "dt.date | None", "dt.date | None"] | None


def _year_of(s: str | None, anchor: dt.date | None) -> int | None:
    """Year from "1999", "'99" (nearest century to the anchor), "nineteen ninety-six", "two thousand"."""
    if not s:
        return None
    if s.startswith("'"):
        yy = int(s[1:])
        base = (anchor.year if anchor else 2000) // 100 * 100
        y = base + yy
        return y - 100 if anchor and y > anchor.year + 10 else y
    if s[0].isdigit():
        return int(s)
    head, _, rest = " ".join(s.lower().replace("-", " ").split()).partition(" ")
    if head == "nineteen":
        return 1900 + int(_number(rest.removeprefix("oh ")) or 0)
    return int(_number(f"{head} {rest}".replace(" and ", " ")) or 0)


def _month_num(s: str) -> int:
    return _tables()["month"][s.lower().rstrip(".")]


def _day_num(s: str) -> int:
    return int(re.match(r"\d+", s).group())


def _date_point(
    ctx: _Ctx, mon: int, day: int | None, year: int | None, weekday: int | None = None
) -> tuple[str, dt.date | None]:
    """Value and date for month/day with optional year, resolving the year by tense (and weekday)."""
    anchor = ctx["anchor"]
    if year is not None:
        d = dt.date(year, mon, day or 1)
        return (d.isoformat() if day else f"{year:04d}-{mon:02d}"), d
    if anchor is None:
        return (f"XXXX-{mon:02d}-{day:02d}" if day else f"XXXX-{mon:02d}"), None
    told = _year_after(ctx)
    if told is not None:  # "March 13 last year": the year said after the date
        y = anchor.year + _YEAR_OFFSET[told.group(1).lower()]
        d = dt.date(y, mon, day or 1)
        return (d.isoformat() if day else f"{y:04d}-{mon:02d}"), d
    told_year = ctx.get("year_told")
    if (told_year is not None and told_year[1].month == mon
            and not _HEAD_STOP.search(ctx["text"], told_year[0], ctx["start"])):
        # "opened in May 2023, the week the envoys sat on May 9": a month told with its year
        # earlier in the sentence frames the same month's days told after it without one
        d = dt.date(told_year[1].year, mon, day or 1)
        return (d.isoformat() if day else f"{d.year:04d}-{mon:02d}"), d
    ref = ctx.get("ref")
    if ref is not None and _THAT_YEAR.match(ctx.get("text", ""), ctx.get("end", 0)):
        # "On April 4 of that year": the year of the date told last before it
        d = dt.date(ref[1].year, mon, day or 1)
        return (d.isoformat() if day else f"{d.year:04d}-{mon:02d}"), d
    deadline = bool(_tables()["deadline_rx"].search(ctx["text"], max(0, ctx["start"] - 40), ctx["start"]))
    d = _year_for(mon, day, anchor, ctx["dir"](), weekday, deadline)
    if d is None:
        return (f"XXXX-{mon:02d}-{day:02d}" if day else f"XXXX-{mon:02d}"), None
    return (d.isoformat() if day else f"{d.year:04d}-{mon:02d}"), d


# "March 13 last year", "in October this year": the year is told after the date (TimeBank
# keeps the two expressions apart, so the date's span stays as written)
_YEAR_AFTER = re.compile(r",?\s+(last|next|this)\s+year\b", re.IGNORECASE)
# "in June and July last year", "on 3 and 9 May next year": the year told after the last
# of dates joined to this one
_JOINED_YEAR_AFTER = re.compile(
    r"(?:\s*(?:,|and|or|to|through|-|–)\s*(?:in\s+|on\s+)?(?:\d{1,2}\s+)?(?-i:[A-Z][a-z]{2,8})\.?"
    r"(?:\s+\d{1,2})?)+,?\s+(last|next|this)\s+year\b",
    re.IGNORECASE,
)


def _year_after(ctx: _Ctx) -> re.Match[str] | None:
    """ "March 13 last year", "June and July last year": the year told after the date."""
    text, end = ctx.get("text", ""), ctx.get("end", 0)
    return _YEAR_AFTER.match(text, end) or _JOINED_YEAR_AFTER.match(text, end)
_YEAR_OFFSET = {"last": -1, "next": 1, "this": 0}
# "April 4 of that year", "in May, the same year": a year told back to the last date before
_THAT_YEAR = re.compile(r",?\s+(?:of\s+|in\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_WEEK_BEFORE = re.compile(r"\b(last|next|this)\s+week\s+(?:on\s+)?$", re.IGNORECASE)
# "on Monday and Thursday next week": the week named after the days
_WEEK_AFTER = re.compile(r"(?:\s*(?:,|and|or|to|through|-|–)\s*(?:on\s+)?(?-i:[A-Z][a-z]+day))*"
                         r",?\s+(last|next|this)\s+week\b", re.IGNORECASE)


def _h_iso(g: dict, ctx: _Ctx) -> _Result:
    d = dt.date(int(g["y"]), int(g["m"]), int(g["d"]))
    ctx["ref"] = ("D", d)
    return "DATE", d.isoformat(), d, d


def _h_range(g: dict, ctx: _Ctx) -> _Result:
    mon = _month_num(g["mon"])
    mon2 = _month_num(g["mon2"]) if g.get("mon2") else mon
    d1, d2 = _day_num(g["d1"]), _day_num(g["d2"])
    if mon2 == mon and d2 <= d1:
        return None
    value, first = _date_point(ctx, mon, d1, _year_of(g.get("year"), ctx["anchor"]))
    if first is None:
        return "DATE", value, None, None
    y2 = first.year + (1 if mon2 < mon else 0)
    last = dt.date(y2, mon2, d2)
    ctx["ref"] = ("D", first)
    return "DATE", value, first, last


def _h_range_my(g: dict, ctx: _Ctx) -> _Result:
    mon, mon2 = _month_num(g["mon"]), _month_num(g["mon2"])
    if mon2 == mon:
        return None
    y2 = _year_of(g["year"], ctx["anchor"])
    y1 = y2 - 1 if mon2 < mon else y2
    first = dt.date(y1, mon, 1)
    last = dt.date(y2, mon2, calendar.monthrange(y2, mon2)[1])
    ctx["ref"] = ("M", first)
    return "DATE", f"{y1:04d}-{mon:02d}", first, last


def _h_weekof(g: dict, ctx: _Ctx) -> _Result:
    """ "the week of March 6": the calendar week that holds the date."""
    res = _h_md(g, ctx)
    if res is None or res[2] is None:
        return None if res is None else ("DATE", "XXXX-WXX", None, None)
    v = _fmt("W", res[2])
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_md(g: dict, ctx: _Ctx) -> _Result:
    mon, day = _month_num(g["mon"]), _day_num(g["day"])
    if g.get("mon", "")[:1].islower() and not g.get("year"):
        return None
    wd = _tables()["weekday"][g["wd"].lower().rstrip(".")] if g.get("wd") else None
    value, d = _date_point(ctx, mon, day, _year_of(g.get("year"), ctx["anchor"]), wd)
    if d is not None:
        ctx["ref"] = ("D", d)
    return "DATE", value, d, d


_MONTH_VALUE = re.compile(r"\d{4}-\d\d")


@functools.cache
def _named_day() -> re.Pattern[str]:
    """A day named by its weekday or its month and number, not one counted from the day of
    writing ("today")."""
    tables = _tables()
    return re.compile(rf"(?<![\w-])(?:{_alt(tables['weekday'])}|(?:{_alt(tables['month'])})\.?\s*\d)",
                      re.IGNORECASE)


def _h_dom(g: dict, ctx: _Ctx) -> _Result:
    """ "on the 3rd": that day of the month of publication, of the month before when the
    tense says past and the day is still to come (or the month after, for the future)."""
    day, anchor = _day_num(g["day"]), ctx["anchor"]
    if anchor is None:
        return "DATE", f"XXXX-XX-{day:02d}", None, None
    ref, prev = ctx["ref"], str(ctx.get("prev_value") or "")
    told = ref[1] if ref and ref[0] == "D" else ctx.get("last_day")
    named = _MONTH_VALUE.fullmatch(prev) is not None and not _SENTENCE_STOP.search(
        ctx["text"], ctx.get("prev_end") or 0, ctx["start"])
    if named:  # "last month, on the 13th": the month just named
        told = dt.date(int(prev[:4]), int(prev[5:7]), 1)
    if told is not None and told.replace(day=1) < anchor.replace(day=1):
        # a story of an earlier month going on ("on May 7 ... On the 10th"): that month, or
        # the next when the day is past in it ("on May 28 ... on the 2nd")
        month = told.replace(day=1) if day >= told.day or named else (
            told.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        try:
            d = month.replace(day=day)
        except ValueError:
            d = None
        if d is not None and d <= anchor and ctx["dir"]() <= 0:
            ctx["ref"] = ("D", d)
            return "DATE", d.isoformat(), d, d
    first = anchor.replace(day=1)
    months = [(first - dt.timedelta(days=1)).replace(day=1), first,
              (first + dt.timedelta(days=32)).replace(day=1)]
    direction = ctx["dir"]()
    best = None
    for m in months:
        try:
            d = m.replace(day=day)
        except ValueError:
            continue
        if (direction < 0 and d > anchor) or (direction > 0 and d <= anchor):
            continue
        dist = abs((d - anchor).days) * (_FUTURE_PENALTY if d > anchor else 1)
        if best is None or dist < best[0]:
            best = (dist, d)
    if best is None:
        return "DATE", f"XXXX-XX-{day:02d}", None, None
    ctx["ref"] = ("D", best[1])
    return "DATE", best[1].isoformat(), best[1], best[1]


_MONTH_STEP = {"this": 0, "the current": 0, "next": 1, "the coming": 1, "last": -1}


def _h_dom_rel(g: dict, ctx: _Ctx) -> _Result:
    """ "the 24th of this month": that day of the month publication's month names."""
    anchor = ctx["anchor"]
    day = _day_num(g["day"])
    if anchor is None:
        return "DATE", f"XXXX-XX-{day:02d}", None, None
    step = _MONTH_STEP[re.sub(r"\s+", " ", g["rel"].lower())]
    month = _shift(anchor.replace(day=1), "M", step)
    d = _clamp(month.year, month.month, day)
    ctx["ref"] = ("D", d)
    return "DATE", d.isoformat(), d, d


def _h_time(g: dict, ctx: _Ctx) -> _Result:
    if g.get("noon"):
        if re.search(r"\bhigh\s+$", ctx["text"][max(0, ctx["start"] - 6) : ctx["start"]], re.IGNORECASE):
            return None  # "high noon": the showdown, not the hour
        hh, mm = {"noon": (12, 0), "midday": (12, 0), "midnight": (24, 0)}[g["noon"].lower()]
    else:
        hh, mm = int(g["h"]), int(g["mi"] or 0)
        if hh > 12 or hh == 0:
            return None
        pm = g["ap"].lower().startswith("p")
        hh = (hh % 12) + (12 if pm else 0)
    anchor = ctx["anchor"]
    d = None
    if g.get("wd") and anchor:
        d = _weekday_date(_tables()["weekday"][g["wd"].lower().rstrip(".")], anchor, _weekday_dir(ctx))
    elif g.get("rd") and anchor:
        d = anchor + dt.timedelta(days={"yesterday": -1, "today": 0, "tomorrow": 1}[g["rd"].lower()])
    elif g.get("mon"):
        _, d = _date_point(ctx, _month_num(g["mon"]), _day_num(g["day"]), None)
    elif anchor:
        d = ctx["ref"][1] if ctx["ref"] and ctx["ref"][0] == "D" else anchor
    head = d.isoformat() if d else "XXXX-XX-XX"
    return "TIME", f"{head}T{hh:02d}:{mm:02d}", d, d


def _h_decade(g: dict, ctx: _Ctx) -> _Result:
    if g.get("dec"):
        y = int(g["dec"])
    else:
        yy = int(g["dec2"])
        anchor = ctx["anchor"]
        base = (anchor.year // 100 * 100) if anchor else 1900
        y = base + yy if not anchor or base + yy <= anchor.year else base - 100 + yy
    v = f"{y // 10:03d}"
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_century(g: dict, ctx: _Ctx) -> _Result:
    n = int(g["ord"])
    if not 1 <= n <= 30:
        return None
    v = f"{n - 1:02d}"
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_my(g: dict, ctx: _Ctx) -> _Result:
    mon = _month_num(g["mon"])
    if g.get("year"):
        y = _year_of(g["year"], ctx["anchor"])
    elif ctx["anchor"]:
        y = ctx["anchor"].year + {"last": -1, "next": 1, "this": 0}[g["rel"].lower()]
    else:
        return "DATE", f"XXXX-{mon:02d}", None, None
    v = f"{y:04d}-{mon:02d}"
    ctx["ref"] = ("M", dt.date(y, mon, 1))
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_month(g: dict, ctx: _Ctx) -> _Result:
    word = g["mon"].lower().rstrip(".")
    rel = (g.get("rel") or "").lower()
    if word in _tables()["ambiguous"] and not (rel or g.get("mod")):
        text, start = ctx["text"], ctx["start"]
        if not (_PREP_BEFORE.search(text, max(0, start - 12), start)
                or _tables()["scheduled_for_rx"].search(text, max(0, start - 30), start)
                or _attributive(text, start, ctx["end"], owned=True)):
            return None
    mon = _month_num(g["mon"])
    anchor = ctx["anchor"]
    if rel in ("each", "every"):
        return "SET", f"XXXX-{mon:02d}", None, None
    if anchor is None:
        return "DATE", f"XXXX-{mon:02d}", None, None
    if rel in ("last", "past"):
        y = anchor.year if mon < anchor.month else anchor.year - 1
    elif rel in ("next", "coming"):
        y = anchor.year if mon > anchor.month else anchor.year + 1
    elif rel == "this":
        y = anchor.year
    elif (told := _year_after(ctx)) is not None:
        y = anchor.year + _YEAR_OFFSET[told.group(1).lower()]
    elif ctx["ref"] is not None and _THAT_YEAR.match(ctx["text"], ctx["end"]):
        y = ctx["ref"][1].year
    else:
        deadline = bool(_tables()["deadline_rx"].search(ctx["text"], max(0, ctx["start"] - 40), ctx["start"]))
        d = _year_for(mon, None, anchor, ctx["dir"](), deadline=deadline)
        y = d.year if d else anchor.year
    v = f"{y:04d}-{mon:02d}"
    ctx["ref"] = ("M", dt.date(y, mon, 1))
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_season(g: dict, ctx: _Ctx) -> _Result:
    code = _tables()["seasons"][g["season"].lower()]
    rel = " ".join((g.get("rel") or "").lower().split())
    anchor = ctx["anchor"]
    if not (rel or g.get("year") or g.get("the") or g.get("mod")):
        before = ctx["text"][max(0, ctx["start"] - 8) : ctx["start"]].lower()
        if not re.search(r"\b(?:in|during|by|until|since|through|over)\s+$", before):
            return None
    if g.get("year"):
        y = _year_of(g["year"], ctx["anchor"])
    elif anchor is None:
        return "DATE", f"XXXX-{code}", None, None
    else:
        lo, _ = _tables()["season_months"][code]
        cur = anchor.year if anchor.month >= lo or code != "WI" else anchor.year - 1
        if rel in ("last", "past", "the past", "previous", "the previous", "this past"):
            y = cur if (anchor.month > lo + 2 and code != "WI") else cur - 1
        elif rel in ("next", "coming", "the coming", "the next", "the following"):
            y = cur if anchor.month < lo else cur + 1
        else:
            y = anchor.year
    v = f"{y:04d}-{code}"
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_quarter(g: dict, ctx: _Ctx) -> _Result:
    anchor = ctx["anchor"]
    qh = g["qh"].lower()
    if qh == "period":
        # "the latest period", "the year-ago period": a quarter, in company results only
        rel = (g.get("qrel") or "").lower()
        base = _report_quarter(ctx)
        if base is None or g.get("ord") or g.get("yrel") or rel in ("this", "that", "next", "coming"):
            return None
        if rel in ("year-ago", "year-earlier"):
            base = _shift(base, "Y", -1)
        elif rel in ("last", "previous", "past"):
            return None
        v = _fmt("Q", base)
        first, last = _interval(v)
        return "DATE", v, first, last
    size = 3 if qh == "quarter" else 6
    letter = "Q" if size == 3 else "H"
    if g.get("ord"):
        n = _tables()["ordinals"][g["ord"].lower()]
        if qh == "half" and n > 2:
            return None
        if g.get("year"):
            y = _year_of(g["year"], ctx["anchor"])
        elif anchor is None:
            return "DATE", f"XXXX-{letter}{n}", None, None
        else:
            # "next year's first quarter", "the third quarter of next year"
            yrel = (g.get("yrel") or g.get("yrel_of") or "").lower()
            y = anchor.year + {"last": -1, "next": 1}.get(yrel, 0)
            if not yrel and dt.date(y, size * (n - 1) + 1, 1) > anchor and ctx["dir"]() < 0:
                y -= 1
        v = f"{y:04d}-{letter}{n}"
        ctx["ref"] = (letter, dt.date(y, size * (n - 1) + 1, 1))
    elif g.get("year") and g["qrel"].lower() == "last":
        # "the last quarter of 1989", "the last half of 2012": the final one of that year
        v = f"{_year_of(g['year'], anchor):04d}-{letter}{12 // size}"
    else:
        rel = g["qrel"].lower()
        if anchor is None:
            return "DATE", f"XXXX-{letter}X", None, None
        ref = ctx["ref"]
        base = ref[1] if ref and ref[0] == letter else _shift(anchor, letter, -1)
        if rel in ("year-ago", "year-earlier"):
            d = _shift(base, "Y", -1)
        elif rel in ("next", "coming"):
            d = _shift(anchor, letter, 1)
        elif rel in ("current", "this"):
            d = anchor
        elif rel in ("last", "previous", "past") and not (ref and ref[0] == letter):
            d = _shift(anchor, letter, -1)
        elif rel in ("latest", "recent") and _shift(base, letter, 1) > anchor:
            d = _shift(anchor, letter, -1)  # the latest quarter has ended: not the current one named before
        else:
            d = base
        v = _fmt(letter, d)
    first, last = _interval(v)
    return "DATE", v, first, last


def _report_quarter(ctx: _Ctx) -> dt.date | None:
    """First day of the quarter a results report is about, or None outside such a text.

    The last quarter named before the expression if it had ended by publication (a
    forecast for the current quarter is not what the results are about), else the last
    full quarter before publication; None when no quarter has been mentioned yet.
    """
    ref, anchor = ctx["ref"], ctx["anchor"]
    if ref and ref[0] == "Q" and (anchor is None or _shift(ref[1], "Q", 1) <= anchor):
        return ref[1]
    if anchor is None or ctx["start"] < ctx["quarters_from"]:
        return None
    d = _shift(anchor, "Q", -1)
    return dt.date(d.year, (d.month - 1) // 3 * 3 + 1, 1)


def _h_yquarter(g: dict, ctx: _Ctx) -> _Result:
    y = _year_of(g["year"], ctx["anchor"])
    qh = g["qh"].lower()
    if g.get("ord"):
        n = _tables()["ordinals"][g["ord"].lower()]
        if qh == "half" and n > 2:
            return None
        letter = "H" if qh == "half" else "Q"
    else:
        base = _report_quarter(ctx)
        if qh == "half" or base is None:
            return "DATE", f"{y:04d}", dt.date(y, 1, 1), dt.date(y, 12, 31)
        letter, n = "Q", (base.month - 1) // 3 + 1
    v = f"{y:04d}-{letter}{n}"
    first, last = _interval(v)
    if letter == "Q" and first:
        ctx["ref"] = ("Q", first)
    return "DATE", v, first, last


def _h_the_quarter(g: dict, ctx: _Ctx) -> _Result:
    anchor, ref = ctx["anchor"], ctx["ref"]
    if ref and ref[0] == "Q":
        v = _fmt("Q", ref[1])
    elif anchor:
        v = _fmt("Q", _shift(anchor, "Q", -1))
    else:
        return "DATE", "XXXX-QX", None, None
    first, last = _interval(v)
    return "DATE", v, first, last


# "at the close of the month": a part of this month (alone, "the month" is as often a span)
_PART_OF = re.compile(r"(?<![\w-])(?:end|start|beginning|middle|close|turn)\s+of\s+$", re.IGNORECASE)


def _h_the_year(g: dict, ctx: _Ctx) -> _Result:
    anchor, ref = ctx["anchor"], ctx["ref"]
    g = {**g, "unit": g["unit"] or g["bare"]}
    if g["unit"].lower() == "month":
        if not _PART_OF.search(ctx["text"], max(0, ctx["start"] - 20), ctx["start"]):
            return None
        if anchor is None:
            return "DATE", "XXXX-XX", None, None
        v = _fmt("M", anchor)
    elif g["unit"].lower() == "weekend":
        if ref and ref[0] == "D" and not g["bare"]:
            base = ref[1]
        elif anchor is None:
            return "DATE", "XXXX-WXX-WE", None, None
        else:
            # the weekend before publication, unless the clause points ahead
            back = 0 if anchor.isoweekday() >= 6 else anchor.isoweekday() + 1
            base = anchor - dt.timedelta(days=back)
            if ctx["dir"]() > 0:
                base = anchor + dt.timedelta(days=(6 - anchor.isoweekday()) % 7)
        v = _fmt("WE", base)
    elif _ENDED.match(ctx["text"], ctx["end"]):
        # "the year ended Sept. 30": a twelve-month period, not a calendar year
        return "DURATION", "P1Y", None, None
    elif anchor is None:
        return "DATE", "XXXX", None, None
    else:
        v = _fmt("Y", anchor)
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_yearago(g: dict, ctx: _Ctx) -> _Result:
    anchor, ref = ctx["anchor"], ctx["ref"]
    if anchor is None:
        return "DATE", "XXXX", None, None
    what = (g.get("what") or "").lower()
    quarter = _report_quarter(ctx)
    if g.get("ord"):  # "the year-ago third quarter": that quarter of the year before
        n = _tables()["ordinals"][g["ord"].lower()]
        y = (quarter or anchor).year - 1
        v = f"{y:04d}-Q{n}"
        first, last = _interval(v)
        ctx["ref"] = ("Q", first)
        return "DATE", v, first, last
    if ref and ref[0] in ("M", "H"):
        gran, base = ref
    elif quarter is not None:
        gran, base = "Q", quarter
    elif what in ("quarter", "period"):
        gran, base = "Q", _shift(anchor, "Q", -1)
    else:
        gran, base = "Y", anchor
    v = _fmt(gran, _shift(base, "Y", -1))
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_ago(g: dict, ctx: _Ctx) -> _Result:
    anchor, ref = ctx["anchor"], ctx["ref"]
    code = _unit_code(g["unit"])
    n = None if g.get("vague") else _number(g["num"])
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half"
    direction = g["dir"].lower().split()[0]
    sign = -1 if direction in ("ago", "earlier", "before", "previously") else 1
    if n is None:
        return "DATE", "PAST_REF" if sign < 0 else "FUTURE_REF", None, None
    if anchor is None or code in ("H", "TM", "S"):
        if code in ("H", "TM", "S"):
            return "DURATION", _duration(n, code), None, None
        return "DATE", "XXXX-XX-XX", None, None
    gran = _gran(code)
    if g.get("today") and direction == "ago":
        gran = "D"  # "five years ago today": the same day, five years back
    base = anchor
    if direction in ("earlier", "later", "before", "after") and ref:
        base = ref[1]
        if ref[0] in ("Q", "M", "H", "Y") and code in ("Y", "Q", "M"):
            gran = ref[0] if ref[0] != "Y" or code == "Y" else gran
    elif code == "Y" and n == 1 and _report_quarter(ctx) is not None:
        base, gran = _report_quarter(ctx), "Q"
    steps = int(n) if n == int(n) else n
    if code == "W2":
        steps, code = steps * 2, "W"
    try:
        if isinstance(steps, float):
            d = base + dt.timedelta(days=sign * steps * {"D": 1, "W": 7, "M": 30, "Y": 365}.get(code, 1))
        else:
            d = _shift(base, code if code in ("D", "W", "M", "Q", "Y", "E", "C") else "D", sign * steps)
    except (ValueError, OverflowError):
        return "DATE", "XXXX-XX-XX", None, None
    v = _fmt(gran, d)
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_refday(g: dict, ctx: _Ctx) -> _Result:
    anchor, ref = ctx["anchor"], ctx["ref"]
    # ("the same day" after "in March": the last day told, not the month; after "at 8:30 a.m.
    # on Sunday", that Sunday)
    told = ctx.get("last_day")
    base = ref[1] if ref and ref[0] == "D" and not (told and told > ref[1]) else told or anchor
    if g.get("ba"):
        unit, off = "day", (-1 if g["ba"].lower() == "before" else 1)
    else:
        unit = g["unit"].lower()
        rel = (g.get("rel") or "").lower()
        off = {"following": 1, "next": 1, "previous": -1, "prior": -1}.get(rel, 0)
    if unit in ("year", "month", "week") and ref:
        base = ref[1]
    if base is None:
        return "DATE", "XXXX-XX-XX", None, None
    gran = {"year": "Y", "month": "M", "week": "W"}.get(unit, "D")
    d = _shift(base, gran, off)
    v = _fmt(gran, d)
    parts = _tables()["day_parts"]
    if unit in parts:
        return "TIME", f"{v}T{parts[unit]}", d, d
    first, last = _interval(v)
    return "DATE", v, first, last


def _h_relunit(g: dict, ctx: _Ctx) -> _Result:
    anchor = ctx["anchor"]
    rel = " ".join(g["rel"].lower().split())
    unit = g["unit"].lower()
    off = {
        "this": 0,
        "current": 0,
        "the current": 0,
        "last": -1,
        "past": -1,
        "previous": -1,
        "the previous": -1,
        "the past": -1,
        "this past": -1,
        "next": 1,
        "coming": 1,
        "the coming": 1,
        "the following": 1,
        "the next": 1,
        "that": 0,
        "the same": 0,
        "the last": -1,
    }[rel]
    gran = {
        "week": "W",
        "weekend": "WE",
        "month": "M",
        "year": "Y",
        "decade": "E",
        "century": "C",
        "quarter": "Q",
    }[unit]
    if rel in ("that", "the same", "the following"):
        ref = ctx["ref"]
        if ref is None:
            return "DATE", "XXXX", None, None
        base = ref[1]
    else:
        base = anchor
    if base is None:
        return (
            "DATE",
            {"W": "XXXX-WXX", "WE": "XXXX-WXX-WE", "M": "XXXX-XX", "Q": "XXXX-QX"}.get(gran, "XXXX"),
            None,
            None,
        )
    d = _shift(base, "W" if gran == "WE" else gran, off)
    v = _fmt(gran, d)
    first, last = _interval(v)
    mod = _tables()["modifiers"].get(" ".join((g.get("mod") or "").lower().split()))
    if first and last and mod:
        first, last = _part_of(first, last, mod)
    return "DATE", v, first, last


def _part_of(first: dt.date, last: dt.date, mod: str) -> tuple[dt.date, dt.date]:
    """Sub-interval of [first, last] for early/mid/late/start/end."""
    span = (last - first).days + 1
    third = max(span // 3, 1)
    if mod in ("early", "start"):
        return first, first + dt.timedelta(days=third - 1)
    if mod in ("late", "end"):
        return last - dt.timedelta(days=third - 1), last
    return first + dt.timedelta(days=third), last - dt.timedelta(days=third)


def _h_vague_pl(g: dict, ctx: _Ctx) -> _Result:
    rel, unit = g["rel"].lower(), g["unit"].lower()
    if rel == "recent" and unit in ("years", "decades"):
        return "DATE", "PAST_REF", None, None
    code = _unit_code(unit)
    return "DURATION", _duration(None, code), None, None


def _h_long_adj(g: dict, ctx: _Ctx) -> _Result:
    """ "a day-long meeting" (one unit), "a decades-long dispute" (an unknown number)."""
    unit = g["unit"].lower()
    n = None if unit.endswith("s") else 1
    return "DURATION", _duration(n, _unit_code(unit)), None, None


def _h_bare_pl(g: dict, ctx: _Ctx) -> _Result:
    """ "for weeks", "for years": an unknown number of units."""
    return "DURATION", _duration(None, _unit_code(g["unit"])), None, None


def _h_duration(g: dict, ctx: _Ctx) -> _Result:
    code = _unit_code(g["unit"])
    n = None if g.get("vague") else _number(g["num"])
    if n is not None and g.get("half"):
        n += 0.5  # "a year and a half"
    if n is not None and (n <= 0 or n > 5000):
        return None
    pre = " ".join((g.get("pre") or "").lower().split())
    text = ctx["text"]
    matched = text[ctx["start"] : ctx["end"]].lower()
    # ages ("a 6-year-old boy") and fractions ("three-quarters") are not durations
    if matched.endswith("old") or re.match(r"\s+old\b", text[ctx["end"] : ctx["end"] + 5]):
        return None
    if code == "Q" and matched.endswith("-quarters"):
        return None
    num = g["num"].lower()
    if num in ("a", "an") and g["unit"].lower().endswith("s"):
        return None  # "a decades-long dispute": the article goes with the noun
    # "a second round", "one second meeting": the ordinal, not a duration of one second
    if code == "S" and num in ("a", "an", "one") and re.match(r"\s+[a-z]", text[ctx["end"] : ctx["end"] + 3]):
        return None
    if num in ("a", "an") and not pre:
        before = text[max(0, ctx["start"] - 30) : ctx["start"]].lower()
        # "$5 a year", "twice a week": a rate, not a length of time
        if re.search(r"(?:\d|times|twice|once|percent|%|cents?|dollars?|billion|million)\W*\s*$", before):
            return "SET", _duration(1, code), None, None
    if (
        num in ("one", "some")
        and matched.endswith("day")
        and _MODAL_BEFORE.search(text, max(0, ctx["start"] - 30), ctx["start"])
    ):
        return "DATE", "FUTURE_REF", None, None  # "Islam will one day be ...": some day ahead
    value = _duration(n, code)
    anchor = ctx["anchor"]
    first = last = None

    if anchor and n is not None and n == int(n) and code in ("D", "W", "M", "Q", "Y", "E", "C"):
        head = pre.replace("the ", "")
        try:
            if head in ("past", "last", "previous"):
                first, last = _shift(anchor, code, -int(n)), anchor
            elif head in ("next", "coming"):
                first, last = anchor, _shift(anchor, code, int(n))
        except ValueError:
            first = last = None
    return "DURATION", value, first, last


# A modal verb (and an adverb) right before the expression: "will one day", "could some day".
_MODAL_BEFORE = re.compile(r"(?<!\w)(?:will|would|could|can|may|might|should|must|'ll)\s+(?:\w+ly\s+)?\Z")


_REL_DAYS = {
    "yesterday": -1,
    "today": 0,
    "tomorrow": 1,
    "tonight": 0,
    "last night": -1,
    "overnight": -1,
    "the day before yesterday": -2,
    "the day after tomorrow": 2,
}


def _h_simple(g: dict, ctx: _Ctx) -> _Result:
    w = " ".join(g["w"].lower().split())
    anchor = ctx["quote_anchor"] or ctx["anchor"]
    off = _REL_DAYS[w]
    part = (g.get("part") or "").lower()
    if w == "tonight":
        part = "night"
    elif w in ("last night", "overnight"):
        part = "night"
    ctx["rel_days"] = off
    if anchor is None:
        return (
            ("TIME" if part else "DATE"),
            "XXXX-XX-XX" + (f"T{_tables()['day_parts'][part]}" if part else ""),
            None,
            None,
        )
    d = anchor + dt.timedelta(days=off)
    if part:
        return "TIME", f"{d.isoformat()}T{_tables()['day_parts'][part]}", d, d
    return "DATE", d.isoformat(), d, d


# the end of a sentence (or a line) between two expressions
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)|\n")


def _h_thispart(g: dict, ctx: _Ctx) -> _Result:
    """ "this morning"; "the afternoon", "mid-afternoon" (of the day last named); "late morning yesterday"."""
    part = (g.get("part") or g.get("part2") or g.get("part3") or "").lower()
    code = _tables()["day_parts"][part]
    anchor = ctx["anchor"]
    ref = ctx["ref"]
    if g.get("rd"):
        base = anchor and anchor + dt.timedelta(days=_REL_DAYS[g["rd"].lower()])
    elif g.get("the") or g.get("part3"):
        if ref and ref[0] != "D" and not _SENTENCE_STOP.search(ctx["text"], ctx.get("prev_end") or 0, ctx["start"]):
            # "talks begun in May 2009 ... were over by the afternoon": the part of a day within
            # a month or a year told just before, which day unknown (not the publication day's)
            return "TIME", f"XXXX-XX-XXT{code}", None, None
        base = ref[1] if ref and ref[0] == "D" else anchor
    else:
        base = anchor
    if base is None:
        return "TIME", f"XXXX-XX-XXT{code}", None, None
    return "TIME", f"{base.isoformat()}T{code}", base, base


def _easter(y: int) -> dt.date:
    """Western Easter Sunday of year ``y`` (anonymous Gregorian algorithm)."""
    a, b, c = y % 19, y // 100, y % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l_ = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l_) // 451
    month, day = divmod(h + l_ - 7 * m + 114, 31)
    return dt.date(y, month, day + 1)


def _h_holiday(g: dict, ctx: _Ctx) -> _Result:
    name = " ".join(g["hol"].lower().replace("’", "'").split())
    md = _tables()["holidays"][name]
    anchor = ctx["anchor"]
    if anchor is None:
        return "DATE", "XXXX-XX-XX", None, None
    rel = (g.get("rel") or "").lower()
    direction = {"last": -1, "next": 1}.get(rel) or ctx["dir"]()

    def on(y: int) -> dt.date:
        if str(md).startswith("easter"):  # "easter-1": the day before Easter Sunday
            return _easter(y) + dt.timedelta(days=int(str(md)[len("easter"):] or 0))
        if md:
            mm, dd = (int(x) for x in str(md).split("-"))
            return dt.date(y, mm, dd)
        if name.startswith("labor"):
            first = dt.date(y, 9, 1)
            return first + dt.timedelta(days=(7 - first.weekday()) % 7)
        if name.startswith("election"):
            first = dt.date(y, 11, 1)
            return first + dt.timedelta(days=(7 - first.weekday()) % 7 + 1)
        first = dt.date(y, 11, 1)
        return first + dt.timedelta(days=(3 - first.weekday()) % 7 + 21)

    if g.get("hyear") and not name.endswith("week"):  # "on New Year's Eve 2022": that year's
        d = on(int(g["hyear"]))
        ctx["ref"] = ("D", d)
        return "DATE", d.isoformat(), d, d
    cands = [on(y) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if not direction:
        # no tense ("the Easter holidays", a noun the holiday names): the nearer one, the last
        # one on a tie
        last, next_ = max(c for c in cands if c <= anchor), min(c for c in cands if c > anchor)
        direction = 1 if (next_ - anchor) < (anchor - last) else -1
    if name.endswith("week"):  # "Easter week": the week that ends on the day
        cur = [c for c in cands if 0 <= (c - anchor).days < 7]
        if cur:
            d = cur[0]
        elif direction < 0:
            d = max(c for c in cands if c <= anchor)
        else:
            d = min(c for c in cands if c > anchor)
        v = _fmt("W", d)
        first, last = _interval(v)
        return "DATE", v, first, last
    if direction < 0:
        d = max(c for c in cands if c <= anchor)
    else:
        d = min(c for c in cands if c > anchor)
    ctx["ref"] = ("D", d)
    return "DATE", d.isoformat(), d, d


# "Friday night", "Tuesday morning": the TimeBank/AQUAINT annotators mostly give the day alone
# (15 of 27 such expressions); "Friday evening", "Sunday afternoon" keep the part (TEV, TAF).
_WEEKDAY_PART_AS_DAY = frozenset({"night", "morning"})


_JOINED_DAYS = re.compile(r"\s*(?:,|and|or|to|through|until|till|-|–)\s*(?:on\s+)?", re.IGNORECASE)


def _joined_weekday(ctx: _Ctx) -> dt.date | None:
    """The day of a weekday ahead joined right before this one ("next Tuesday and", "Friday
    to"), or None."""
    ref, prev = ctx["ref"], ctx.get("prev_text")
    if not (ref and ref[0] == "D" and prev and ctx.get("prev_end") is not None):
        return None
    if not _JOINED_DAYS.fullmatch(ctx["text"], ctx["prev_end"], ctx["start"]):
        return None
    last = prev.split()[-1].lower().rstrip(".,")
    # only after a day ahead: "made Friday and Thursday" in a Friday paper looks back
    ahead = ctx["anchor"] is not None and ref[1] is not None and ref[1] > ctx["anchor"]
    return ref[1] if ahead and last in _tables()["weekday"] else None


def _h_weekday(g: dict, ctx: _Ctx) -> _Result:
    wd = _tables()["weekday"][g["wd"].lower().rstrip(".")]
    rel = (g.get("rel") or "").lower()
    anchor = ctx["quote_anchor"] or ctx["anchor"]
    part = (g.get("part") or "").lower()
    week = (_WEEK_BEFORE.search(ctx["text"], max(0, ctx["start"] - 20), ctx["start"])
            or _WEEK_AFTER.match(ctx["text"], ctx["end"]))
    if anchor is None:
        v, d = "XXXX-XX-XX", None
    else:
        if week and not rel:
            # "last week on Wednesday": that weekday of the week named
            monday = anchor - dt.timedelta(days=anchor.isoweekday() - 1)
            d = monday + dt.timedelta(weeks=_YEAR_OFFSET[week.group(1).lower()], days=wd - 1)
        elif rel in ("last", "past"):
            d = _weekday_date(wd, anchor - dt.timedelta(days=1), -1)
        elif rel in ("next", "coming"):
            d = _weekday_date(wd, anchor, 1)
        elif rel == "this":
            # that day of the anchor's week, unless the clause's tense says the other side:
            # "will meet this Friday" in a Sunday paper is the coming Friday, "met this
            # Sunday" in a Friday paper the Sunday before
            d = anchor + dt.timedelta(days=wd - anchor.isoweekday())
            tense = _weekday_dir(ctx) if d != anchor else 0
            if (d < anchor and tense > 0) or (d > anchor and tense < 0):
                d = _weekday_date(wd, anchor, tense)
        elif (after := _joined_weekday(ctx)) is not None:
            # "next Tuesday and Wednesday", "from Friday to Sunday": the days that follow
            d = _weekday_date(wd, after, 1)
        elif wd == anchor.isoweekday():
            d = anchor  # "said Thursday" in a Thursday paper is the day of publication
        else:
            d = _weekday_date(wd, anchor, _weekday_dir(ctx))
        v = d.isoformat()
        ctx["ref"] = ("D", d)
    if part in _WEEKDAY_PART_AS_DAY:
        return "DATE", v, d, d
    if part:
        return "TIME", f"{v}T{_tables()['day_parts'][part]}", d, d
    return "DATE", v, d, d


def _h_year(g: dict, ctx: _Ctx) -> _Result:
    text, start = ctx["text"], ctx["start"]
    y = _year_of(g["named"] or g["year"], ctx["anchor"])
    if not (g.get("fy") or g.get("mod") or g.get("named")):
        before = re.search(r"([A-Za-z.]+)\s*$", text[max(0, start - 20) : start])
        if before and before.group(1).lower() in _tables()["block_before"]:
            return None
        after = re.match(r"\s*([a-z]+)", text[ctx["end"] : ctx["end"] + 20])
        if after and after.group(1) in _tables()["block_after"]:
            return None
        if y < 1600:
            return None
    v = f"{y:04d}"
    if not (_ATTRIBUTIVE_BEFORE.search(text, max(0, start - 8), start)
            and _WORD_AFTER.match(text, ctx["end"])):
        # "the 1973 pipeline agreement" names a thing; "that year" after it is not 1973
        ctx["ref"] = ("Y", dt.date(y, 1, 1))
    first, last = _interval(v)
    mod = _tables()["modifiers"].get(" ".join((g.get("mod") or "").lower().split()))
    if first and last and mod:
        first, last = _part_of(first, last, mod)
    return "DATE", v, first, last


def _h_every(g: dict, ctx: _Ctx) -> _Result:
    if g.get("wd"):
        return "SET", f"XXXX-WXX-{_tables()['weekday'][g['wd'].lower().rstrip('.')]}", None, None
    if g.get("mon"):
        return "SET", f"XXXX-{_month_num(g['mon']):02d}", None, None
    n = _number(g["num"]) if g.get("num") else 1
    return "SET", _duration(n, _unit_code(g["unit"])), None, None


def _h_set(g: dict, ctx: _Ctx) -> _Result:
    return "SET", _tables()["sets"][g["w"].lower()], None, None


def _h_present(g: dict, ctx: _Ctx) -> _Result:
    w = g["w"].lower()
    if w == "today's":
        return None
    if g["w"][:1].isupper() and ctx["text"].startswith(",", ctx["end"]):
        return None  # "Now, he says ...", "Currently, the company has ...": a sentence adverb
    anchor = ctx["anchor"]
    return "DATE", "PRESENT_REF", anchor, anchor


def _h_past(g: dict, ctx: _Ctx) -> _Result:
    return "DATE", "PAST_REF", None, None


def _h_future(g: dict, ctx: _Ctx) -> _Result:
    return "DATE", "FUTURE_REF", None, None


_HANDLERS: dict[str, Callable[[dict, _Ctx], _Result]] = {
    "iso": _h_iso,
    "slash": _h_iso,
    "slash_dmy": _h_iso,
    "dotted": _h_iso,
    "range_mdmd": _h_range,
    "range_md": _h_range,
    "range_dm": _h_range,
    "range_dmdm": _h_range,
    "range_my": _h_range_my,
    "time": _h_time,
    "weekof": _h_weekof,
    "md": _h_md,
    "dm": _h_md,
    "dom": _h_dom,
    "dom_rel": _h_dom_rel,
    "decade": _h_decade,
    "century": _h_century,
    "my": _h_my,
    "season": _h_season,
    "yquarter": _h_yquarter,
    "quarter": _h_quarter,
    "the_quarter": _h_the_quarter,
    "the_year": _h_the_year,
    "yearago": _h_yearago,
    "ago": _h_ago,
    "refday": _h_refday,
    "relunit": _h_relunit,
    "vague_pl": _h_vague_pl,
    "long_adj": _h_long_adj,
    "bare_pl": _h_bare_pl,
    "duration": _h_duration,
    "simple": _h_simple,
    "thispart": _h_thispart,
    "holiday": _h_holiday,
    "weekday": _h_weekday,
    "month": _h_month,
    "year": _h_year,
    "every": _h_every,
    "set": _h_set,
    "present": _h_present,
    "past": _h_past,
    "future": _h_future,
}

# A preposition right before "May"/"March" makes it a month ("in May", "since March").
_PREP_BEFORE = re.compile(
    r"\b(?:in|on|since|until|till|by|during|from|through|before|after|of|early|late|mid"
    r"|between|and|to|or|last|next|this)[\s-]+$",
    re.IGNORECASE,
)


_ENDED = re.compile(r"\s+(?:ended|ending|through|to\s+(?:date|\w+\.?\s+\d))\b", re.IGNORECASE)
_QUOTES = re.compile(r"[\"“”]")
_QUARTER_WORD = re.compile(r"\bquarter\b(?![\s-]+(?:of\s+a|century|mile|point|percent))", re.IGNORECASE)


# the end of a sentence before a quotation, and a verb of saying in the head of the next one
_HEAD_STOP = re.compile(r"[.!?](?:\s|$)")
_SPEECH_HEAD = re.compile(r"\b(?:said|says|told|added|stated|declared|announced|speaking|Speaking)\b")


def _quote_anchor(
    text: str,
    start: int,
    end: int,
    rx: re.Pattern[str],
    groups: dict,
    anchor: dt.date | None,
    cues: re.Pattern[str],
) -> dt.date | None:
    """Best effort: inside a quotation, the day of the statement ("..., he said on Monday")."""
    if anchor is None:
        return None
    lo = max(text.rfind("\n", 0, start), start - 400, 0)
    opened = len(_QUOTES.findall(text, lo, start))
    if opened % 2 == 0:
        return None
    close = _QUOTES.search(text, end)
    if not close:
        return None
    tail_end = min(len(text), close.end() + 120)
    stop = re.search(r"[.!?](?:\s|$)", text[close.end() : tail_end])
    tail = text[close.end() : close.end() + stop.start()] if stop else text[close.end() : tail_end]
    m = re.search(r"\b(?:said|says|told|added|stated|declared|announced)\b", tail)
    if not m:
        # the speech tag before the quotation: "Speaking to reporters on 12 March, she said
        # that \"yesterday ...\"" (the day of the saying, in the sentence's head)
        quote = max(q.start() for q in _QUOTES.finditer(text, lo, start))
        head_start = max((h.end() for h in _HEAD_STOP.finditer(text, lo, quote)), default=lo)
        tail = text[head_start:quote]
        if not _SPEECH_HEAD.search(tail):
            return None
    for w in rx.finditer(tail):
        if w.lastgroup == "weekday":
            wd = _tables()["weekday"][w.group("weekday__wd").lower().rstrip(".")]
            return _weekday_date(wd, anchor, -1)
        if w.lastgroup in ("md", "dm"):  # "on Oct. 26", "on 26 October"
            try:
                return _date_point(
                    {"anchor": anchor, "dir": lambda: -1, "text": tail, "start": w.start(), "end": w.end(),
                     "ref": None},
                    _month_num(w.group(f"{w.lastgroup}__mon")),
                    _day_num(w.group(f"{w.lastgroup}__day")),
                    None,
                )[1]
            except ValueError:
                return None
    return None


_DTYPES = {
    "start_char": "int64",
    "end_char": "int64",
    "text": "object",
    "type": "object",
    "value": "object",
    "first_day": "object",
    "last_day": "object",
}
_WORD = re.compile(r"(?<![\w'])[\w']+")
_GAP = re.compile(r"[\s.'-]*")


@functools.cache
def _group_names() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Per rule: its group names, and the same names as they appear in the compiled pattern."""
    groups = _grammar()[1]
    return {name: (ks, tuple(f"{name}__{k}" for k in ks)) for name, ks in groups.items()}


def _candidates(text: str, trigger: re.Pattern[str], words: tuple[frozenset[str], frozenset[str]]) -> list[int]:
    """Offsets, ascending, where an expression may start.

    Each digit or strong word, plus the weak words ("the", "last", "two" ...) of the run of
    rule words just before it: "the past two years" starts three words before "years".
    """
    weak_forms, vocab = words
    out: list[int] = []
    seen = 0
    for m in trigger.finditer(text):
        p = m.start()
        lo = max(seen, p - 48)
        if lo < p:
            run: list[int] = []
            nxt = p
            for w in reversed(list(_WORD.finditer(text, lo, p))):
                if not _GAP.fullmatch(text, w.end(), nxt):
                    break
                word = w.group()
                if word.lower() not in vocab and not word[0].isdigit():
                    break
                if word in weak_forms:
                    run.append(w.start())
                nxt = w.start()
            out.extend(reversed(run))
        out.append(p)
        seen = p + 1
    return out


def find_dates(text: str, published: dt.date | dt.datetime | str | None = None) -> pd.DataFrame:
    """Find temporal expressions in ``text`` and normalise them against ``published``.

    Parameters
    ----------
    text : str
        Article text (any length).
    published : datetime.date, datetime.datetime, str or None
        Publication date (an ISO ``YYYY-MM-DD`` string is accepted). It anchors every relative
        or year-less expression. With None nothing relative is resolved: values keep ``X``
        placeholders (``XXXX-01-23``) and the day columns are None.

    Returns
    -------
    pandas.DataFrame
        One row per expression, in text order, with columns ``DATE_COLUMNS``:

        - ``start_char``, ``end_char``: offsets, ``text[start_char:end_char] == text``.
        - ``text``: the expression as written.
        - ``type``: TIMEX3 type, ``DATE``, ``TIME``, ``DURATION`` or ``SET``.
        - ``value``: TIMEX3 value (``2026-01-23``, ``2026-01``, ``2026-W05``, ``2026-Q1``,
          ``2026-SU``, ``199`` for the 1990s, ``P2W``, ``PRESENT_REF``, ``PAST_REF``,
          ``FUTURE_REF``, ``XXXX-XX-XX`` ...). A range ("January 23-24") has the value of
          its first day; its extent is in ``first_day``/``last_day``.
        - ``first_day``, ``last_day``: ``datetime.date`` bounds of the calendar interval the
          expression covers (both ends of a range; the month for ``2026-01``; ``published``
          for ``PRESENT_REF``; ``published`` minus/plus N units for "the past/next N units"),
          or None where it cannot be placed (other durations, sets, vague references).

    Notes
    -----
    Year-less dates ("January 10", "in March") and bare weekdays ("on Friday") are placed on the
    side of ``published`` that the clause's tense points to. The cue nearest before the
    expression decides: a future one from the lexicon ("will", "is scheduled", "is expected to",
    "next", ...), a past one ("said", "was", "since", ...) or any other "-ed" verb (past); a
    participle after a form of "be" ("will be named") is skipped. Past: the nearest date on or
    before ``published``; future: the nearest one after it (months: from the publication month
    on). With no cue, or after a deadline word ("until", "payable", "effective", "by"), the
    nearest date either side is taken, a later one only when it is 1.5 times nearer (and one in
    the next year only when it is 3 times nearer still, except after a deadline word: "in
    January" in an October story is that January). The tense is also left open for a date that
    modifies a noun ("the Jan. 14 deadline", "Wednesday's ruling"), after an infinitive
    ("subpoenaed him to testify on Feb. 10") and in a clause reported after a verb of saying
    ("said it is calling a vote on Dec. 7"); after a future cue, a later "-ed" word is a
    participle, not the tense ("will redeem preferred shares on Oct. 31"), and a deadline word
    in a future clause points ahead ("will double its flights by August"). With no cue before
    the expression, an auxiliary or past cue after it in the sentence decides ("On Friday, talks
    will ..."). A weekday written with the date picks the year ("Monday, Oct. 26"); "until
    Tuesday" inside a clause is ahead. So against 2026-02-04, "talks ended on January 10" is
    2026-01-10 and "talks will resume on January 10" is 2027-01-10; "on Friday" is 2026-01-30 in
    the past and 2026-02-06 in the future, and a bare weekday naming the publication day ("ruled
    Wednesday") is that day. "a year earlier", "the following day", "that week" count from the
    last explicit date mentioned before them; once a text has mentioned a quarter (company
    results), "a year ago" and "the year-ago period" are the quarter a year before (the last one
    that had ended by publication). Years may be spoken ("nineteen ninety-six", "the year two
    thousand"). Inside a quotation, "today" and "yesterday" count from the day of the statement
    when the attribution gives one ('"We met yesterday," he said on Monday.').
    """
    return _date_frame(_date_rows(text, published))


# a year written out in a date's words ("April 2024", "14 May 2023"), not one worked out
_TOLD_YEAR = re.compile(r"(?<!\d)\d{4}(?!\d)")


def _date_rows(text: str, published: Any) -> list[tuple]:
    """The rows of :func:`find_dates` (``DATE_COLUMNS`` order) as plain tuples, in text order."""
    anchor = _as_date(published)
    if not isinstance(text, str):
        raise TypeError(f"find_dates: text has type {type(text).__name__}; allowed: str")
    rx, groups, cues, trigger, words = _grammar()
    names = _group_names()
    rows: list[tuple] = []
    ctx: _Ctx = {"text": text, "anchor": anchor, "ref": None, "quote_anchor": None}
    # Company results: once a text has spoken of a quarter, "a year ago", "the period" and
    # "the year-earlier period" mean the same quarter a year before, not a whole year.
    q = _QUARTER_WORD.search(text)
    ctx["quarters_from"] = q.start() if q else len(text)
    quoted = anchor is not None and ('"' in text or "\u201c" in text)
    match = rx.match
    pos = 0
    for c in _candidates(text, trigger, words):
        if c < pos:
            continue
        m = match(text, c)
        if m is None:
            continue
        name = m.lastgroup
        start, end = m.span()
        short, full = names[name]
        vals = m.group(*full) if len(full) > 1 else (m.group(full[0]),) if full else ()
        g = dict(zip(short, vals, strict=True))
        ctx["start"], ctx["end"] = start, end
        ctx["dir"] = functools.partial(_direction, text, start, end, cues, rows)
        ctx["quote_anchor"] = None
        ctx["prev_end"] = rows[-1][1] if rows else None
        ctx["prev_text"] = rows[-1][2] if rows else None
        ctx["prev_value"] = rows[-1][4] if rows else None
        if quoted and name in ("simple", "weekday"):
            ctx["quote_anchor"] = _quote_anchor(text, start, end, rx, groups, anchor, cues)
        try:
            res = _HANDLERS[name](g, ctx)
        except (ValueError, KeyError, OverflowError):
            res = None
        if ctx["ref"] is not None and ctx["ref"][0] == "D":
            ctx["last_day"] = ctx["ref"][1]
        if res is not None and res[0] == "TIME" and res[2] is not None and _named_day().search(
                text, start, end):
            ctx["last_day"] = res[2]  # "at 8:30 a.m. on Sunday ... later in the day": that Sunday
        if res is None:
            pos = start + 1
            continue
        rows.append((start, end, text[start:end], *res))
        if res[0] == "DATE" and res[2] is not None and _TOLD_YEAR.search(text, start, end):
            ctx["year_told"] = (end, res[2])
        pos = end
    return rows


def _date_frame(rows: list[tuple]) -> pd.DataFrame:
    """The ``DATE_COLUMNS`` frame of rows as :func:`_date_rows` gives them."""
    if not rows:  # most sentences: a copy of one empty frame is 50x cheaper than a new one
        return _empty_frame().copy()
    cols = list(zip(*rows, strict=True))
    return pd.DataFrame(
        {name: pd.Series(col, dtype=_DTYPES[name]) for name, col in zip(DATE_COLUMNS, cols, strict=True)}
    )


@functools.cache
def _empty_frame() -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype="int64" if c.endswith("char") else "object") for c in DATE_COLUMNS})


def iso_day(value: object, last: bool = False) -> dt.date | None:
    """First (or, with ``last``, final) day of an ISO date, month or year.

    ``"2026-01-23"`` is that day, ``"2026-01"`` runs from 2026-01-01 to 2026-01-31 and
    ``"2026"`` over the year. Anything else (None, NaN, ``"XXXX-XX"``, ``"2026-W05"``) is None.
    """
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str):
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not last:
                return dt.date(year, month, 1)
            return dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(year, month, int(parts[2]))
    except ValueError:
        return None


def spans_overlap(a: tuple[dt.date, dt.date | None], b: tuple[dt.date, dt.date | None]) -> bool:
    """Do two day spans ``(first, last)`` overlap? A span with no last day runs on from its first.

    Two open spans overlap only when they start on the same day.
    """
    (a0, a1), (b0, b1) = a, b
    if a1 is None and b1 is None:
        return a0 == b0
    if a1 is None:
        return b0 <= a0 <= b1 or a0 <= b0
    if b1 is None:
        return a0 <= b0 <= a1 or b0 <= a0
    return a0 <= b1 and b0 <= a1
