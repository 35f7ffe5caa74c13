"""Find what each round of talks achieved, issue by issue, and who claims it."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd

from .errors import LexiconError
from .events import event_number
from .lexicon import read_lexicon, trie_regex

__all__ = [
    "ASSESSMENT_COLUMNS",
    "CATEGORIES",
    "CONTESTED_COLUMNS",
    "OUTCOME_COLUMNS",
    "STATUSES",
    "STATUS_FAMILY",
    "check_issue_lexicon",
    "check_outcome_lexicon",
    "contested_outcomes",
    "extract_assessments",
    "extract_outcomes",
    "issue_progress",
    "issue_taxonomy",
    "outcome_matrix",
]

OUTCOME_COLUMNS = (
    "doc_id",
    "event_id",
    "sentence_idx",
    "issue",
    "category",
    "track",
    "status",
    "claimant",
    "claimant_type",
    "hedged",
    "commitment",
    "evidence",
)
ASSESSMENT_COLUMNS = (
    "doc_id",
    "event_id",
    "sentence_idx",
    "tone",
    "polarity",
    "claimant",
    "claimant_type",
    "evidence",
)
CONTESTED_COLUMNS = (
    "key",
    "category",
    "n_claims",
    "doc_ids",
    "claimants",
    "claimant_types",
    "statuses",
    "families",
    "contested",
)
STATUSES = ("agreed", "progress", "discussed", "unresolved", "disagreement", "stalled")
STATUS_FAMILY = {
    "agreed": "positive",
    "progress": "positive",
    "discussed": "neutral",
    "unresolved": "negative",
    "disagreement": "negative",
    "stalled": "negative",
}
CATEGORIES = (
    "ceasefire",
    "ceasefire_monitoring",
    "separation_of_forces",
    "withdrawal_of_forces",
    "third_party_participation",
    "territory",
    "security_guarantees",
    "prisoners",
    "bodies_repatriation",
    "children",
    "civilian_detainees",
    "humanitarian",
    "leaders_meeting",
    "negotiation_process",
    "military_dialogue",
    "bilateral_relations",
    "economic",
    "intelligence_and_security_assistance",
    "military_issues_general",
    "political_issues_general",
    "overall_settlement",
)
TRACKS = ("military", "political", "humanitarian")
COMMITMENTS = ("conditional", "unilateral", "mutual")
POLARITIES = ("positive", "negative", "mixed")
TALKS_TYPES = ("talks_round", "talks_session", "meeting", "summit")
# Statements the text does not attribute are the outlet's own.
DEFAULT_CLAIMANT_TYPE = "media"
JOINT_CLAIMANT = "joint statement"  # the claimant of a text that is a joint statement
# How far (in words) a status cue may follow its issue ("X was discussed", "X is what we
# talked about") and how far before an issue a context word still sets the scene.
FOLLOW_WORDS = 8
# How far the verb of an issue that is its subject may follow it ("X, which ..., was not
# discussed").
PREDICATE_WORDS = 20
CONTEXT_WORDS = 6
# How far before an issue a weak cue (an agreement noun: "a deal on ...") still bears on it.
WEAK_WORDS = 10
NEGATOR_WORDS = 2

_NUMBER = (
    r"(?:\d[\d,.]*\d|\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|hundred|thousand)"
)
_SEP = r"[\s\-]+"
_GAP = r"(?:[\s\-]+[^\s,;:.!?]+){0,6}?" + _SEP
# Same-length folding so that offsets survive: quotation marks become spaces, curly
# apostrophes straight ones, dashes hyphens.
_FOLD = str.maketrans(
    {
        "“": " ",
        "”": " ",
        "„": " ",
        "‟": " ",
        "«": " ",
        "»": " ",
        '"': " ",
        "‘": "'",
        "’": "'",
        "‛": "'",
        "–": "-",
        "—": "-",
        "‑": "-",
        "‐": "-",
        "\u00a0": " ",
    }
)
_SUBSENTENCE = re.compile(r"(?<=[.!?])[\"”’»]?\s+(?=[\"“«]?[A-Z])")
_WORD = re.compile(r"[\w'’-]+")
_CLOSE_QUOTE = re.compile(r"[”\"»]")


@dataclass(frozen=True)
class _Category:
    id: str
    pax: str
    track: str | None
    subsumes: tuple[str, ...]


@dataclass(frozen=True)
class _Match:
    start: int
    end: int
    label: str
    weak: bool = False


# --------------------------------------------------------------------------- lexicons


def check_issue_lexicon(data: dict, name: str = "issues.yaml") -> list[str]:
    """Every problem of the issue taxonomy ``data`` (parsed YAML), one message each.

    Messages read ``file: entries[i] (id 'x'): message``.
    """
    problems: list[str] = []
    entries = data.get("entries")
    if not isinstance(entries, list):
        return [f"{name}: 'entries' must be a list of categories"]
    seen: dict[str, int] = {}
    owner: dict[str, str] = {}
    for i, entry in enumerate(entries):
        ident = entry.get("id") if isinstance(entry, dict) else None
        where = f"{name}: entries[{i}] (id {ident!r})"
        if not isinstance(entry, dict):
            problems.append(f"{name}: entries[{i}]: expected a mapping with id, pax and patterns")
            continue
        if ident not in CATEGORIES:
            problems.append(f"{where}: unknown category; choose one of {', '.join(CATEGORIES)}")
        if ident in seen:
            problems.append(f"{where}: duplicate id {ident!r} (first at entries[{seen[ident]}])")
        seen.setdefault(ident, i)
        if not isinstance(entry.get("pax"), str) or not entry.get("pax"):
            problems.append(f"{where}: 'pax' (nearest PA-X code) is missing")
        if entry.get("track") not in (*TRACKS, None):
            problems.append(
                f"{where}: track {entry.get('track')!r} is not one of {', '.join(TRACKS)}"
            )
        patterns = entry.get("patterns") or []
        weak = entry.get("weak_patterns") or []
        if not patterns or not all(isinstance(p, str) and p.strip() for p in [*patterns, *weak]):
            problems.append(f"{where}: 'patterns' must be a non-empty list of phrases")
            continue
        for pattern in [*patterns, *weak]:
            key = pattern.strip().lower()
            if key in owner and owner[key] != ident:
                problems.append(
                    f"{where}: pattern {pattern!r} is also claimed by id {owner[key]!r}"
                )
            owner.setdefault(key, ident)
        for other in entry.get("subsumes") or []:
            if other not in CATEGORIES:
                problems.append(f"{where}: subsumes unknown category {other!r}")
    missing = [c for c in CATEGORIES if c not in seen]
    if missing:
        problems.append(f"{name}: no entry for categories {', '.join(missing)}")
    blockers = data.get("blockers", [])
    if not isinstance(blockers, list) or not all(
        isinstance(b, str) and b.strip() for b in blockers
    ):
        problems.append(f"{name}: 'blockers' must be a list of phrases")
    return problems


def check_outcome_lexicon(data: dict, name: str = "outcomes.yaml") -> list[str]:
    """Every problem of the outcome cue lexicon ``data`` (parsed YAML), one message each."""
    problems: list[str] = []
    entries = data.get("entries")
    if not isinstance(entries, dict):
        return [f"{name}: 'entries' must be a mapping of cue groups"]
    expected = {"statuses": STATUSES, "commitment": COMMITMENTS, "tone": POLARITIES}
    for group, keys in expected.items():
        value = entries.get(group)
        if not isinstance(value, dict) or set(value) != set(keys):
            problems.append(f"{name}: entries[{group!r}]: expected the keys {', '.join(keys)}")
            continue
        for key in keys:
            if not _phrases(value[key]):
                problems.append(
                    f"{name}: entries[{group!r}][{key!r}]: must be a non-empty list of phrases"
                )
    lists = (
        "proposal",
        "agenda",
        "sessions",
        "agreed_nouns",
        "schedule_cues",
        "accomplished",
        "prospects",
        "commitment_verbs",
        "irrealis",
        "negators",
        "talk_words",
        "contrast",
        "fronted_contrast",
        "elaboration",
        "context",
        "setting",
        "topic",
        "history",
        "occasion",
        "hypothetical",
        "steps",
        "anaphora",
        "back_nouns",
        "exchange_words",
        "tracks",
        "date_unset",
        "status_blockers",
        "series_verbs",
        "process_nouns",
        "goes_on",
        "kept_going",
        "undertakings",
        "renewals",
        "renewed_things",
        "gap_words",
        "denials",
        "considered",
        "holds",
        "holds_after",
        "held_people",
        "lapses",
        "open_remits",
        "held_verbs",
        "civilian_people",
        "expectations",
        "achieved",
        "whole_topics",
        "field_subjects",
    )
    for group in lists:
        if not _phrases(entries.get(group)):
            problems.append(f"{name}: entries[{group!r}]: must be a non-empty list of phrases")
    whole = entries.get("whole_process")
    if not isinstance(whole, dict) or not whole or not set(whole) <= set(STATUSES):
        problems.append(f"{name}: entries['whole_process']: expected a mapping whose keys are "
                        f"among {', '.join(STATUSES)}")
    else:
        problems += [f"{name}: entries['whole_process'][{key!r}]: must be a non-empty list of "
                     "phrases" for key, value in whole.items() if not _phrases(value)]
    return problems


def _phrases(value: object) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(v, str) and v for v in value)


def _checked(name: str, check) -> dict:
    data = read_lexicon(name)
    problems = check(data)
    if problems:
        raise LexiconError("\n".join(problems))
    return data


@functools.cache
def _issue_lexicon() -> dict:
    return _checked("issues", check_issue_lexicon)


@functools.cache
def _outcome_lexicon() -> dict:
    return _checked("outcomes", check_outcome_lexicon)["entries"]


def issue_taxonomy() -> pd.DataFrame:
    """The issue categories as data.

    Returns
    -------
    DataFrame
        One row per category, in taxonomy order, with ``category``, ``pax`` (nearest PA-X
        code), ``track`` (default negotiating track) and ``patterns`` (tuple of cue phrases).
    """
    rows = [
        (
            e["id"],
            e["pax"],
            e.get("track"),
            tuple(e["patterns"]) + tuple(e.get("weak_patterns") or ()),
        )
        for e in _issue_lexicon()["entries"]
    ]
    return pd.DataFrame(rows, columns=["category", "pax", "track", "patterns"])


def _pattern_regex(pattern: str) -> str:
    """Regex for one cue phrase (``word*`` prefix, ``...`` gap, ``#`` number, ``#th`` ordinal
    in figures)."""
    tokens = pattern.split()
    body, gap = "", False
    for tok in tokens:
        if tok == "...":
            gap = True
            continue
        if tok == "#":
            piece = _NUMBER
        elif tok == "#th":
            piece = r"\d+(?:st|nd|rd|th)"
        elif tok.endswith("*"):
            piece = re.escape(tok[:-1]) + r"\w*"
        else:
            piece = re.escape(tok)
        if body:
            body += _GAP if gap else _SEP
        body += piece
        gap = False
    return r"(?<![\w'])" + body + r"(?![\w])"


_Cue = tuple[re.Pattern, str, bool, str]
_PLACEHOLDERS = ("...", "#", "#th")


def _literal(pattern: str) -> str:
    """The longest fixed word of a cue phrase: a cheap test before the regex runs."""
    words = [t.rstrip("*").lower() for t in pattern.split() if t not in _PLACEHOLDERS]
    return max(words, key=len, default="")


def _compile(pairs: list[tuple[str, str, bool]]) -> tuple[_Cue, ...]:
    cues = tuple(
        (re.compile(_pattern_regex(p), re.IGNORECASE), label, weak, _literal(p))
        for p, label, weak in pairs
    )
    for (regex, *_), (p, *_) in zip(cues, pairs, strict=True):
        words = tuple(t.rstrip("*").lower() for t in p.split() if t not in _PLACEHOLDERS)
        if all(w.isascii() for w in words):
            _CUE_WORDS[regex] = words
            if p.split()[0] not in _PLACEHOLDERS:
                _CUE_HEADS[regex] = words[0]
    return cues


# Per compiled cue phrase: its fixed words (lower case, ASCII). A case-insensitive match in an
# ASCII text contains each of them, so a cue missing one there cannot match.
_CUE_WORDS: dict[re.Pattern, tuple[str, ...]] = {}
# Per compiled cue phrase that opens with a fixed word: that word (lower case, ASCII). A match
# in an ASCII text starts where it does, so the regex need not try before its first one.
_CUE_HEADS: dict[re.Pattern, str] = {}


@functools.cache
def _categories() -> dict[str, _Category]:
    return {
        e["id"]: _Category(e["id"], e["pax"], e.get("track"), tuple(e.get("subsumes") or ()))
        for e in _issue_lexicon()["entries"]
    }


@functools.cache
def _issue_cues() -> tuple[_Cue, ...]:
    data = _issue_lexicon()
    pairs = []
    for entry in data["entries"]:
        all_weak = bool(entry.get("weak"))
        pairs += [(p, entry["id"], all_weak) for p in entry["patterns"]]
        pairs += [(p, entry["id"], True) for p in entry.get("weak_patterns") or []]
    pairs += [(p, "", False) for p in data.get("blockers", [])]
    return _compile(pairs)


@functools.cache
def _status_cues() -> tuple[_Cue, ...]:
    lex = _outcome_lexicon()
    pairs = [(p, status, False) for status in STATUSES for p in lex["statuses"][status]]
    pairs += [(p, "discussed", False) for p in lex["proposal"]]
    # a date left unset leaves open the meeting the clause names ("no date was fixed for a
    # further round"); with no meeting named, the clause inherits one (see date_unset)
    pairs += [(p, "unresolved", False) for p in lex["date_unset"]]
    # a weak cue (a noun: "the agreement collapsed", a date set: "will take place") counts
    # only when no other cue is there
    pairs += [(p, "agreed", True)
              for p in lex["agreed_nouns"] + lex["schedule_cues"] + lex["renewals"]]
    # phrases that hold a status word without giving a status ("dispute settlement")
    pairs += [(p, "", False) for p in lex["status_blockers"]]
    cues = list(_compile(pairs))
    verbs = "|".join(
        _pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")] for v in lex["commitment_verbs"]
    )
    adverbs = r"(?:\s+(?:also|each|soon|then|now|jointly|both|first|again))?"
    # ("they'll meet again": the contraction is the same "will")
    will = rf"(?:(?<![\w'])will|(?<=\w)'ll){adverbs}(?:\s+be)?\s+(?:{verbs})(?![\w])"
    # (both "will" and "'ll" hold the literal "ll")
    cues.append((re.compile(will, re.IGNORECASE), "agreed", False, "ll"))
    return tuple(cues)


@functools.cache
def _reported_will() -> re.Pattern[str]:
    """"would <commitment verb>": the "will" of reported speech ("said the U.S. would cut
    its tariffs"); counted only after a speech verb of the same sentence."""
    lex = _outcome_lexicon()
    verbs = "|".join(
        _pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")] for v in lex["commitment_verbs"]
    )
    adverbs = r"(?:\s+(?:also|each|soon|then|now|jointly|both|first|again))?"
    return re.compile(rf"(?<![\w'])would{adverbs}(?:\s+be)?\s+(?:{verbs})(?![\w])",
                      re.IGNORECASE)


_SPEECH_BEFORE = re.compile(
    r"\b(?:said|says|stated|announced|told|added|adding|confirmed|declared)\b", re.IGNORECASE
)


@functools.cache
def _group_cues(group: str) -> tuple[_Cue, ...]:
    lex = _outcome_lexicon()
    value = lex[group]
    if isinstance(value, dict):
        return _compile([(p, key, False) for key, phrases in value.items() for p in phrases])
    return _compile([(p, group, False) for p in value])


@functools.cache
def _hedge_cues() -> tuple[_Cue, ...]:
    """The hedges of ``attribution.yaml``: one list for the claims and for the outcomes."""
    return _compile([(p, "hedges", False) for p in read_lexicon("attribution")["hedges"]])


@functools.cache
def _words(group: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _outcome_lexicon()[group])


@dataclass(frozen=True)
class _LiteralIndex:
    """Which cues of a cue tuple can match a text: those whose literal occurs in it."""

    cues: tuple[_Cue, ...]
    finder: re.Pattern | None  # at each position, the longest literal starting there
    reach: dict[str, frozenset[int]]  # literal -> the cues whose literal it starts with
    always: frozenset[int]  # cues with no literal
    # per cue: its other fixed words, those its literal does not contain (none unless ASCII)
    others: tuple[frozenset[str], ...]
    heads: tuple[str, ...]  # per cue: its opening fixed word (ASCII), else ""


_LITERAL_INDEXES: dict[int, _LiteralIndex] = {}
_FEW = 64


def _literal_index(cues: tuple[_Cue, ...]) -> _LiteralIndex:
    index = _LITERAL_INDEXES.get(id(cues))
    if index is not None and index.cues is cues:
        return index
    positions: dict[str, list[int]] = {}
    always = []
    for i, cue in enumerate(cues):
        if cue[3]:
            positions.setdefault(cue[3], []).append(i)
        else:
            always.append(i)
    literals = set(positions)
    words = [_CUE_WORDS.get(cue[0]) for cue in cues]
    index = _LiteralIndex(
        cues,
        # (a few literals are quicker found each on its own)
        re.compile("(?=(" + trie_regex(literals) + "))") if len(literals) > _FEW else None,
        {w: frozenset(i for p in literals if w.startswith(p) for i in positions[p])
         for w in literals},
        frozenset(always),
        # (a word inside the literal is in any text the literal is in)
        tuple(frozenset(w for w in ws or () if w not in cue[3])
              for ws, cue in zip(words, cues, strict=True)),
        tuple(_CUE_HEADS.get(cue[0], "") for cue in cues),
    )
    _LITERAL_INDEXES[id(cues)] = index  # holds ``cues``: the id is not reused
    return index


def _scan(text: str, cues: tuple[_Cue, ...]) -> list[_Match]:
    """Non-overlapping cue matches, longest first then earliest (spaCy's rule), in text order."""
    # Only the cues whose literal occurs in the text run (one trie pass finds the literals);
    # in cue order, as if each cue were tried in turn.
    index = _literal_index(cues)
    lowered = text.lower()
    reach = index.reach
    if index.finder is not None:
        present = set(index.finder.findall(lowered))
    else:
        present = [w for w in reach if w in lowered]
    hits = index.always.union(*map(reach.__getitem__, present))
    if not hits:
        return []
    ordered = sorted(hits)
    starts = [0] * len(ordered)
    if text.isascii():  # every fixed word of a cue that matches is in the text
        others = index.others
        words = frozenset().union(*map(others.__getitem__, hits))
        missing = {w for w in words if w not in lowered}
        if missing:
            ordered = [i for i in ordered if missing.isdisjoint(others[i])]
        starts = [max(0, lowered.find(index.heads[i])) for i in ordered]
    found = [
        _Match(m.start(), m.end(), cues[i][1], cues[i][2])
        for i, start in zip(ordered, starts, strict=True)
        for m in cues[i][0].finditer(text, start)
        if m.end() > m.start()
    ]
    if len(found) < 2:
        return found
    # a weak cue whose gap holds a strong cue of another kind gives way to it ("the text of
    # the fisheries subsidies agreement" is about fisheries)
    strong = [m for m in found if m.label and not m.weak]
    found = [m for m in found if not (m.weak and any(
        m.start < s.start and s.end < m.end and s.label != m.label for s in strong))]
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[_Match] = []
    for m in found:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    return sorted(taken, key=lambda m: (m.start, m.end))


# --------------------------------------------------------------------------- leaders


@functools.cache
def _geo_words() -> frozenset[str]:
    """Country names, aliases, demonyms and capitals: words that are not leaders' names."""
    words: set[str] = set()
    try:
        countries = read_lexicon("countries")["entries"]
    except LexiconError:
        countries = []
    for entry in countries:
        for key in ("name", "aliases", "demonyms", "capitals"):
            value = entry.get(key)
            for item in [value] if isinstance(value, str) else value or []:
                words.update(w.lower() for w in str(item).split())
    try:
        import pycountry

        for country in pycountry.countries:
            words.update(w.lower() for w in country.name.replace(",", " ").split())
    except ImportError:  # pragma: no cover - pycountry is a dependency
        pass
    return frozenset(words)


_NAME = r"[A-Z][\w'’]+"
_LEADER_PAIR = re.compile(
    rf"\b(?P<a>{_NAME})-(?P<b>{_NAME})\s+(?:meeting|summit|talks|encounter)\b"
    rf"|\b(?:meeting|summit|talks|negotiations|encounter)\s+(?:between|of|with)\s+(?:\w+\s+){{0,2}}?"
    rf"(?P<c>{_NAME})\s+(?:and|with)\s+(?:\w+\s+){{0,2}}?(?P<d>{_NAME})\b"
)
_ROLE_WORDS = frozenset(
    {
        "president",
        "presidents",
        "prime",
        "minister",
        "ministers",
        "leader",
        "leaders",
        "king",
        "chancellor",
        "dictator",
        "the",
        "delegation",
        "delegations",
        "side",
        "sides",
        "foreign",
    }
)


def _leader_mentions(text: str) -> list[_Match]:
    """``Trump-Putin meeting``, ``talks between Zelenskyy and Putin``: two names, no states
    and no acronyms (a meeting "of the UNDP and the Board" is one of bodies)."""
    geo = _geo_words()
    out = []
    for m in _LEADER_PAIR.finditer(text):
        names = [n for n in m.group("a", "b", "c", "d") if n]
        if all(n.lower() not in geo and n.lower() not in _ROLE_WORDS and not n.isupper()
               for n in names):
            out.append(_Match(m.start(), m.end(), "leaders_meeting"))
    return out


# a person's name: two to four capitalised words ("Jon Vale", "Ana al-Ruiz")
_PERSON = r"(?-i:[A-Z][\w'’-]+(?:\s+(?:[a-z]{1,3}-)?[A-Z][\w'’-]+){1,3})"
# a person introduced as held: in an apposition with a verb of holding (``held_verbs``),
# or as the one to be freed ("the release of Jon Vale", "Jon Vale's case", "Jon Vale
# would be released")
_HELD_APPOSITION = r"(?P<name>{person}),\s+(?:an?|the|his|her)\s+(?P<desc>[^.;:!?,]{{0,100}}?)\b(?:{held})\b"
_TO_BE_FREED = (
    rf"(?:release|freeing|freedom|fate)\s+of\s+(?P<freed>{_PERSON})"
    rf"|(?P<owner>{_PERSON})['’]s\s+(?:release|freedom|case|fate)\b"
    rf"|(?P<subject>{_PERSON})\s+(?:would|will|could|is\s+to|was|were|had|has)\s+"
    r"(?:be\s+|been\s+)?(?:released|freed|set\s+free)\b"
)


@functools.cache
def _held_introductions() -> re.Pattern[str]:
    held = "|".join(_pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")]
                    for v in _outcome_lexicon()["held_verbs"])
    return re.compile(_HELD_APPOSITION.format(person=_PERSON, held=held) + "|" + _TO_BE_FREED)


@functools.lru_cache(maxsize=4)
def _held_people(folded: str) -> tuple[re.Pattern[str], str] | None:
    """The names (in full, and the family name alone) of the people ``folded`` introduces as
    held, and the detainee category they stand for: a civilian (``civilian_people`` in the
    apposition) or else a prisoner of the conflict."""
    if not any(w in folded for w in ("held", "detained", "jailed", "release", "freed", "case",
                                      "seized", "abducted", "kidnapped", "custody", "fate")):
        return None  # (a cheap test before the regex)
    shunned = _geo_words() | _ROLE_WORDS
    names: set[str] = set()
    civilian = False
    for m in _held_introductions().finditer(folded):
        name = m.group("name") or m.group("freed") or m.group("owner") or m.group("subject")
        words = name.split()
        if any(w.lower() in shunned or w.isupper() for w in re.split(r"[\s-]+", name)):
            continue  # ("the release of Lebanese detainees", "the case of the UN Mission")
        names.update((name, words[-1]))
        desc = (m.group("desc") or "").lower()
        civilian = civilian or bool(set(_WORD.findall(desc)) & _words("civilian_people"))
    if not names:
        return None
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True)))
                         + r")\b")
    return pattern, "civilian_detainees" if civilian else "prisoners"


def _held_mentions(folded: str, start: int, end: int) -> list[_Match]:
    """The names of the people held (see :func:`_held_people`) between ``start`` and ``end``,
    each a mention of the detainee issue ("There is no agreement on Vale")."""
    held = _held_people(folded)
    if held is None:
        return []
    pattern, category = held
    return [_Match(m.start(), m.end(), category) for m in pattern.finditer(folded, start, end)]


# --------------------------------------------------------------------------- clauses


def _subsentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a sentence (a quote of several sentences stays one) into its sentences."""
    abbreviations = _abbreviations()
    spans, cursor = [], start
    for m in _SUBSENTENCE.finditer(text, start, end):
        word = _WORD.findall(text[cursor : m.start()])
        if word and (word[-1] in abbreviations or (len(word[-1]) == 1 and word[-1].isupper())):
            continue
        spans.append((cursor, m.start()))
        cursor = m.end()
    spans.append((cursor, end))
    return [(s, e) for s, e in spans if text[s:e].strip()]


@functools.cache
def _abbreviations() -> frozenset[str]:
    try:
        groups = read_lexicon("abbreviations")["entries"].values()
    except LexiconError:
        return frozenset()
    return frozenset(
        w.rstrip(".").split(".")[-1] for group in groups for w in group if isinstance(w, str)
    )


def _clauses(folded: str, start: int, end: int) -> list[tuple[int, int]]:
    """Cut ``folded[start:end]`` at contrast markers (", but", "; ", ", while", ...)."""
    lowered = folded[start:end].lower()
    cuts = set()
    # (one pass tells whether any marker is there: most sentences have none)
    markers = _outcome_lexicon()["contrast"] if _contrast().search(lowered) else ()
    for marker in markers:
        pos = lowered.find(marker)
        while pos != -1:
            cut = start + pos + (len(marker) - len(marker.lstrip(" ,;")))
            if start < cut < end:
                cuts.add(cut)
            pos = lowered.find(marker, pos + 1)
    # "While the return of bodies has continued, exchanges of prisoners have stalled": a
    # contrast set before the main clause ends at its comma
    fronted = _fronted_contrast().match(folded, start, end)
    if fronted is not None:
        cuts.add(fronted.end())
    bounds = [start, *sorted(cuts), end]
    return [(a, b) for a, b in zip(bounds, bounds[1:], strict=False) if folded[a:b].strip(" ,;")]


@functools.cache
def _fronted_contrast() -> re.Pattern[str]:
    words = "|".join(r"\s+".join(map(re.escape, w.split()))
                     for w in sorted(_words("fronted_contrast"), key=len, reverse=True))
    return re.compile(rf"""[\s"'“‘(]*(?:{words})\s[^,;]{{3,200}}?,""", re.IGNORECASE)


@functools.cache
def _contrast() -> re.Pattern[str]:
    return re.compile(trie_regex(_outcome_lexicon()["contrast"]))


_ASIDE_OPENERS = frozenset(("with", "without", "as", "by"))


def _list_items(folded: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Items of an enumeration "A, B, C, and D" spanning the clause, else None."""
    cuts = [m.start() for m in re.finditer(r",\s", folded[start:end])]
    # a phrase set off by two commas is an aside, no item ("send a team, with observers, to
    # the border, and reopen the road")
    asides = {c for a, b in zip(cuts, cuts[1:], strict=False)
              if (word := _WORD.search(folded, start + a + 1, start + b)) is not None
              and word.group().lower() in _ASIDE_OPENERS for c in (a, b)}
    cuts = [c for c in cuts if c not in asides]
    if len(cuts) < 2:
        return None
    bounds = [start, *(start + c for c in cuts), end]
    items = [
        (a if i == 0 else a + 1, b)
        for i, (a, b) in enumerate(zip(bounds, bounds[1:], strict=False))
    ]
    # the enumeration ends with its "and"/"or" item; what follows (an attribution) joins it
    for k in range(2, len(items)):
        if folded[items[k][0] : items[k][1]].strip().lower().startswith(("and ", "or ")):
            return [*items[:k], (items[k][0], end)]
    # without a comma before the "and" ("A, B, C and D"), the last item holds the last two;
    # the items between are short names, no aside ("Norland, which hosted them, and ...")
    inner = [_WORD.findall(folded[a:b]) for a, b in items[1:-1]]
    if (re.search(r"\s(?:and|or)\s", folded[items[-1][0] : items[-1][1]])
            and all(0 < len(w) <= _ITEM_WORDS and w[0].lower() not in _RELATIVE_OPENERS
                    or 0 < len(w) <= _LONG_ITEM_WORDS and w[0].lower() in _ITEM_OPENERS
                    for w in inner)):
        return items
    return None


def _two_infinitives(folded: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Two infinitives under one verb are two items ("agreed to reopen trade through the
    pass, and to resume direct flights"), else None."""
    both = _AND_TO.search(folded, start, end)
    return [(start, both.start()), (both.start(), end)] if both else None


_AND_TO = re.compile(r",?\s+and\s+to\s+(?=[a-z])")
# three verbs under one "to" with one comma ("commit both armies to keep the truce, freeze
# troop movements and allow observers in"); :func:`_infinitive_series` checks that the
# middle and the last open with a verb of a step (a list of nouns is no series)
_SERIES = re.compile(r"\bto\s+(?![Tt]he\b|[Aa]n?\b|[Tt]his\b|[Tt]hat\b|[Ii]ts\b|[Tt]heir\b)"
                     r"[a-z]+\b[^,;:]*?(,\s+)([a-z]+)\b[^,;:]*?(\s+and\s+)([a-z]+)\b")


# the same with "to" said again before each verb ("pressed Sudland to withdraw from the
# hills, to halt air strikes and to release the detainees")
_REPEATED_TO = re.compile(r"\bto\s+[a-z]+\b[^,;:]*?(,\s+to\s+)[a-z]+\b[^,;:]*?(,?\s+and\s+to\s+)"
                          r"[a-z]+\b")


@functools.cache
def _step_verb() -> re.Pattern[str]:
    """A verb that opens a step of an agreed series: a commitment verb or a series verb."""
    lex = _outcome_lexicon()
    verbs = "|".join(_pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")]
                     for v in (*lex["commitment_verbs"], *lex["series_verbs"]))
    return re.compile(rf"(?:{verbs})(?![\w])", re.IGNORECASE)


def _infinitive_series(folded: str, start: int, end: int) -> list[tuple[int, int]] | None:
    """Items of a series of three infinitives with one comma ("to keep A, freeze B and
    allow C", "to withdraw from A, to halt B and to release C"), each an outcome of its own,
    else None. (With two commas or more, :func:`_list_items` finds them.)"""
    repeated = _REPEATED_TO.search(folded, start, end)
    if repeated is not None:
        return [(start, repeated.start(1)), (repeated.start(1), repeated.start(2)),
                (repeated.start(2), end)]
    found = _SERIES.search(folded, start, end)
    if found is None or not all(_step_verb().match(folded, found.start(k)) for k in (2, 4)):
        return None
    middle = _WORD.findall(folded, found.end(1), found.start(3))
    if not 2 <= len(middle) <= _ITEM_WORDS or folded.count(",", found.end(1), end):
        return None  # (one comma only: more are a list of their own)
    return [(start, found.start(1)), (found.end(1), found.start(3)), (found.start(3), end)]


_ITEM_WORDS = 6  # the longest item between the first and the last of an enumeration
# a longer item is a noun phrase that opens with its article ("the creation of a technical
# committee on youth"), not an aside ("meeting for talks in Velm on May 16")
_LONG_ITEM_WORDS = 9
_ITEM_OPENERS = frozenset(("the", "a", "an", "namely", "its", "their"))
_RELATIVE_OPENERS = frozenset(("which", "who", "whom", "whose", "where", "when"))


def _words_between(text: str) -> int:
    return len(_WORD.findall(text))


# words that open a phrase after a comma, not the next item of an enumeration
_OPENERS = frozenset(("as", "in", "on", "for", "with", "by", "at", "from", "to", "while",
                      "which", "who", "when", "where", "after", "before", "without"))


def _context_before(folded: str, clause_start: int, pos: int) -> bool:
    # (not past a comma that opens a phrase of its own: "data during the monsoon, as a
    # humanitarian measure"; an enumeration goes on: "dealing with political, military and
    # humanitarian issues")
    comma = folded.rfind(",", clause_start, pos)
    opener = _WORD.search(folded, comma + 1, pos) if comma >= 0 else None
    stretch = comma + 1 if opener and opener.group().lower() in _OPENERS else clause_start
    words = _WORD.findall(folded[stretch:pos].lower())
    markers, firsts = _words("context"), _first_words("context")
    for i in range(max(0, len(words) - CONTEXT_WORDS), len(words)):
        if words[i] not in firsts:
            continue  # (no marker starts with it)
        for n in range(1, min(4, len(words) - i) + 1):
            if " ".join(words[i : i + n]) not in markers:
                continue
            following = words[i + n] if i + n < len(words) else ""
            # "before 30 April", "until March", "since then": a time, not a setting;
            # "progress had been made towards the lifting of sanctions": the goal of the
            # status before it
            if not (following[:1].isdigit() or following in _month_words()
                    or following in ("then", "now")
                    or words[i] in ("toward", "towards")
                    and _words("steps") & set(words[max(0, i - 4) : i])):
                return True
    return False


@functools.cache
def _first_words(group: str) -> frozenset[str]:
    """The first words of the phrases of ``group``."""
    return frozenset(w.split(" ")[0] for w in _words(group))


# the status nouns and verbs whose goal "towards" names


@functools.cache
def _month_words() -> frozenset[str]:
    return frozenset(w for names in read_lexicon("dates")["months"].values() for w in names)


def _of_the_past(folded: str, clause_start: int, pos: int) -> bool:
    """The issue right after "previous", "earlier"...: history, not an outcome."""
    words = _WORD.findall(folded[clause_start:pos])
    return bool(words) and words[-1].lower() in _words("history")


_OCCASION_SKIPS = frozenset(("the", "a", "an", "its", "their", "this", "of", "up"))
_ORDINALS = frozenset(("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
                       "eighth", "ninth", "tenth", "last", "latest", "previous", "same"))
# the verbs of a decision taken at a meeting ("was agreed at the 49th meeting"; but "the
# steps decided at the 12th session" are the session's)
_TAKEN = frozenset(("agreed", "reached", "signed", "approved", "adopted", "endorsed",
                    "settled", "decided", "discussed", "raised", "initialled", "initialed"))
# a meeting still to come ("at the next meeting")
_TO_COME = re.compile(r"\b(?:next|coming|following|further|another|new|future)\b", re.IGNORECASE)
# a decision put off ("deferred a decision on the developer to its next meeting")
_PUT_OFF = re.compile(r"\b(?:deferred|postponed|put\s+off|adjourned|referred|pushed\s+back)\b",
                      re.IGNORECASE)


def _the_occasion(folded: str, clause_start: int, mention: _Match) -> bool:
    """A round or a meeting that a verb closes or opens ("closing the third round", "at the
    close of the fifth cycle"), the meeting where the clause's decision was taken ("agreed at
    the council's 49th meeting"; but "Velmar will return to the matter at the next meeting" sets one),
    or the one a decision is put off to ("deferred the choice to its next meeting"): the
    occasion of the clause, not an outcome of it."""
    if mention.label not in _SCHEDULED:
        return False
    words = [w.lower() for w in _WORD.findall(folded[clause_start : mention.start])]
    if _MEETING.search(folded, mention.start, mention.end):
        before = words[-4:]
        # (a place named before it: "as agreed at the Velm summit")
        names = {w.lower() for w in _WORD.findall(folded[clause_start : mention.start])
                 if w[:1].isupper()}
        while before and (before[-1] in _OCCASION_SKIPS or before[-1].endswith(("'s", "’s"))
                          or before[-1] in names and len(before) > 1):
            before.pop()
        if before and (before[-1] == "at" and len(before) > 1 and before[-2] in _TAKEN
                       and not _TO_COME.search(folded, mention.start, mention.end)
                       or before[-1] in ("to", "until")
                       and _PUT_OFF.search(folded, clause_start, mention.start)):
            return True
        # a clause that opens at the meeting tells what happened there ("At the 41st round
        # in Velm, Norland put a draft on the table"); "at the next round" may set one
        opening = [w for w in words if w not in _OCCASION_SKIPS]
        if (words[:1] == ["at"] and len(words) <= 3
                and all(w == "at" or w[:1].isdigit() or w in _ORDINALS for w in opening)
                and not _TO_COME.search(folded, clause_start, mention.end)):
            return True
        # the meeting as the subject of its own end ("the Velm summit on May 5 ended without
        # a deal"): how it ended is the outcome, not the meeting
        if _ENDED_AFTER.match(folded, mention.end):
            return True
    words = words[-4:]
    while words and words[-1] in _OCCASION_SKIPS:
        words.pop()
    return bool(words) and words[-1] in _words("occasion")


# a verb of ending right after a meeting, past its date or place ("... on May 5 ended")
_ENDED_AFTER = re.compile(
    r"(?:\s+(?:on|in|at|last|this)\b[^,;:!?]{0,30}?)?\s+(?:has\s+|have\s+|had\s+)?"
    r"(?:ended|concluded|closed|finished|wrapped\s+up|broke\s+up)\b", re.IGNORECASE)


# what may stand between a body and its own verb ("the working groups have now initialled")
_SUBJECT_GAP = re.compile(r"\s*(?:(?:also|then|now|jointly|finally|formally|have|has|had)\s+)*",
                          re.IGNORECASE)
_AGENT_REACH = 40  # characters after a body in which its own verb is looked for


def _an_agent(folded: str, clause_start: int, mention: _Match) -> bool:
    """A body of the talks that does what the clause says ("require further study by the
    expert working groups", "the working groups initialled the maps"): the means, not an
    outcome; the clause speaks of its issue."""
    if mention.label not in _SCHEDULED or not _BODY.search(folded, mention.start, mention.end):
        return False
    words = [w.lower() for w in _WORD.findall(folded[clause_start : mention.start])][-3:]
    if "by" in words:
        return True
    # the body as the subject of what was done ("the working groups initialled the maps",
    # "the commission has approved the quota"); not "the working group was approved"
    lead = _SUBJECT_GAP.match(folded, mention.end)
    found = _scan(folded[lead.end() : lead.end() + _AGENT_REACH], _status_cues())
    return bool(found) and found[0].start == 0 and not found[0].weak and found[0].label in (
        "agreed", "progress")


def _negated(folded: str, clause_start: int, pos: int) -> bool:
    words = [w.lower() for w in _WORD.findall(folded[clause_start:pos])[-NEGATOR_WORDS:]]
    negators = _words("negators")
    return any(w in negators or w.endswith("n't") for w in words)


def _irreal(folded: str, clause_start: int, pos: int) -> bool:
    words = {w.lower() for w in _WORD.findall(folded[clause_start:pos])} & _words("irrealis")
    # "adding that the sides would meet in July": the "would" of reported speech is no wish
    if words == {"would"} and _SPEECH_BEFORE.search(folded, clause_start, pos):
        return False
    return bool(words)


# --------------------------------------------------------------------------- extraction


@dataclass
class _Row:
    sentence_idx: int
    start: int
    end: int
    category: str
    status: str
    item: tuple[int, int] | None
    unit: tuple[int, int]
    hedged: bool
    listed: bool
    carried: bool = False  # taken from the issue of the clause before ("it was parked")


def _issue_mentions(folded: str, start: int, end: int) -> list[_Match]:
    segment = folded[start:end]
    found = [m for m in _scan(segment, _issue_cues()) if m.label]
    found += _leader_mentions(segment)
    found = [_Match(m.start + start, m.end + start, m.label, m.weak) for m in found]
    found += _held_mentions(folded, start, end)
    # a leaders' pair overlapping a shorter cue replaces it
    found.sort(key=lambda m: (-(m.end - m.start), m.start))
    taken: list[_Match] = []
    for m in found:
        if all(m.end <= t.start or m.start >= t.end for t in taken):
            taken.append(m)
    taken = [m for m in taken if not _context_before(folded, start, m.start)
             and not _in_name(folded, m.start, m.end)
             and not _of_the_past(folded, start, m.start)
             and not _the_occasion(folded, start, m)
             and not _an_agent(folded, start, m)]
    taken.sort(key=lambda m: m.start)
    kept, topic = [], None
    for i, m in enumerate(taken):
        if i and (topic is not None and _TOPIC_GOES_ON.fullmatch(folded, topic.end, m.start)
                  or _a_topic(folded, taken[i - 1], m.start)
                  or _an_open_remit(folded, taken[i - 1], m)):
            topic = m  # (the topic goes on: "consultations on cod and sardine quotas")
        elif not (i and _a_setting(folded, taken[i - 1].end, m.start)):
            kept.append(m)
            topic = None
    taken = kept
    # a body with a remit gives way to it, and so does the verb that convenes the body right
    # before it ("agreed to reconvene the joint commission on missing persons")
    remits = {i for i in range(len(taken) - 1) if _a_remit(folded, taken[i], taken[i + 1])}
    return [m for i, m in enumerate(taken)
            if i not in remits
            and not (i + 1 in remits and m.label in _SCHEDULED
                     and _words_between(folded[m.end : taken[i + 1].start]) <= 1)]


_BODY = re.compile(r"\b(?:group|committee|commission|team|task\s+force|panel|mechanism|body)s?\b",
                   re.IGNORECASE)


def _a_remit(folded: str, body: _Match, issue: _Match) -> bool:
    """A body set up for the talks with an issue as its remit right after it ("a working group
    on the railway connection", "a joint committee for fisheries"): the issue is the outcome,
    the body the means to it."""
    if (body.label not in _SCHEDULED or issue.label in _SCHEDULED
            or not _BODY.search(folded, body.start, body.end)):
        return False
    between = folded[body.end : issue.start]
    words = _WORD.findall(between.lower())
    # one qualifier may stand before the remit ("a joint committee on seasonal grazing
    # rights"); a capital or a past form there is a date or a verb ("the panel on Friday
    # rejected ...")
    qualifiers = [w for w in _WORD.findall(between)[1:]
                  if w.lower() not in ("the", "a", "an", "of", "its", "their")]
    return (not re.search(r"[,;]", between) and 0 < len(words) <= 3
            and words[0] in _words("topic") | {"for"}
            and (not qualifiers or len(qualifiers) == 1 and qualifiers[0].islower()
                 and not qualifiers[0].endswith("ed") and qualifiers[0] != "to"))


_REMIT_NOUN = re.compile(r"\s+([\w'-]+)")


def _an_open_remit(folded: str, body: _Match, issue: _Match) -> bool:
    """A body of the talks set up for a question still open ("working groups on their border
    disputes", "a committee on the boundary question"): the body is the outcome, the question
    it takes up is its agenda, no more settled than before."""
    if (body.label not in _SCHEDULED or issue.label in _SCHEDULED
            or not _BODY.search(folded, body.start, body.end)):
        return False
    between = folded[body.end : issue.start]
    words = [w.lower() for w in _WORD.findall(between)]
    noun = _REMIT_NOUN.match(folded, issue.end)
    return (not re.search(r"[,;]", between) and 0 < len(words) <= 3
            and words[0] in _words("topic") and noun is not None
            and noun.group(1).lower() in _words("open_remits"))


def _unnamed(folded: str, clause: tuple[int, int], cues: list[_Match]) -> list[_Match]:
    """The cues of a clause without a dispute noun that ends an issue's name ("discussed the
    border dispute", "a commission on the border dispute"): the dispute is what the issue is
    called, not a disagreement the text reports."""
    heads = _words("open_remits")
    names = {(clause[0] + m.start, clause[0] + m.end)
             for m in _scan(folded[clause[0] : clause[1]], _issue_cues()) if m.label}
    # (or the last word of the name itself: "the maritime dispute was discussed")
    return [c for c in cues
            if not (c.label == "disagreement" and folded[c.start : c.end].lower() in heads
                    and any(e <= c.start and not folded[e : c.start].strip()
                            or b < c.start and e == c.end for b, e in names))]


def _a_setting(folded: str, previous_end: int, pos: int) -> bool:
    """An issue named just after "along", "near"... and after another issue is where that
    one stands ("crossing points along the ceasefire line"); not the next of a list ("the
    ceasefire, and in the east the prisoners")."""
    between = folded[previous_end:pos]
    if "," in between or re.search(r"\b(?:and|or)\b", between, re.IGNORECASE):
        return False
    words = [w.lower() for w in _WORD.findall(between)][-CONTEXT_WORDS // 2:]
    return bool(set(words) & _words("setting"))


# what joins the words of a meeting's topic: "cod and sardine quotas", "cod quotas"
_TOPIC_GOES_ON = re.compile(r"\s*(?:(?:and|or)\s+(?:[\w'-]+\s+){0,2})?", re.IGNORECASE)
_MEETING = re.compile(r"\b(?:meeting|round|talks|session|summit|consultation)s?\b", re.IGNORECASE)


def _a_topic(folded: str, meeting: _Match, pos: int) -> bool:
    """An issue named just after "on", "about"... that follows a meeting is that meeting's
    agenda ("the next round of talks on the border", "preparations for the next meeting of
    the envoys on the boundary question"): the meeting is the outcome, not the issue."""
    between = folded[meeting.end : pos]
    if (meeting.label not in _SCHEDULED or not _MEETING.search(folded, meeting.start, meeting.end)
            or re.search(r"[,;]|\b(?:and|or)\b", between)):
        return False
    words = [w.lower() for w in _WORD.findall(between)][-CONTEXT_WORDS // 2:]
    # "ended the round of talks in Velm without a deal on the border": a status between the
    # meeting and the issue is said of the issue, which is no agenda of the meeting
    return bool(set(words) & _words("topic")) and not any(
        m.label for m in _scan(between, _status_cues()))


# an agreement noun that ends a capitalised name ("the 1994 Lusaka Protocol", "the
# Minsk Agreement") names a document; it says nothing of what was agreed now
_TITLED_NOUN = re.compile(r"(?<=\S\s)(?:[A-Z][\w'’-]*|\d{4})\s+[A-Z]$")
# "the 2015 deal", "a stalled 2001 security cooperation agreement", "the agreement of
# October 2024": an agreement dated in the past is history, not what was agreed now
_YEAR_BEFORE = re.compile(r"\b(?:1[89]|20)\d\d(?:\s+[\w'-]+){0,3}\s+$")
_DATE_AFTER = re.compile(r"\s+of\s+(?:\d|[A-Z][a-z]+\s+\d)")


def _of_a_date(folded: str, start: int, cue_start: int, cue_end: int) -> bool:
    return bool(_YEAR_BEFORE.search(folded, max(start, cue_start - 60), cue_start)
                or _DATE_AFTER.match(folded, cue_end))


_NAME_RUN = re.compile(r"(?:\s+(?:of|for|and|on|the)?\s*[A-Z][\w'-]*){1,5}")


@functools.lru_cache(maxsize=1)
def _name_heads() -> frozenset[str]:
    heads = read_lexicon("organisations").get("heads", [])
    # (and the heads of newspapers' names: "the Financial Times", "the Economic Review")
    return frozenset(h.lower() for h in heads) | {
        "community", "programme", "program", "team", "review", "times", "journal", "herald",
        "gazette", "tribune", "chronicle", "telegraph"}


# the office or body whose capitalised name an issue word ends: "Minister for", "Ministry of
# Energy and", "Commissioner for"
_OFFICE_BEFORE = re.compile(
    r"\b(?:Minister|Ministry|Department|Commissioner|Secretary|Office|Agency|Directorate|"
    r"Bureau)\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*,?\s+(?:and\s+)?)*$"
)


# an office in lower case whose remit the issue word is: "the state minister for water"
_OFFICE_LOWER = re.compile(
    r"\b(?:minister|ministry|secretary|commissioner|director|directorate|department)\s+"
    r"(?:of|for)\s+(?:the\s+)?(?:[\w'-]+\s+and\s+)?$", re.IGNORECASE
)


# the office an issue word names before it: "Energy Minister", "Trade Secretary"
_OFFICE_AFTER = re.compile(r"\s+(?:Minister|Ministry|Secretary|Commissioner|Department|Envoy)\b")
# the document an issue word names before it: "Ceasefire Agreement", "Border Treaty"
_TITLE_AFTER = re.compile(r"(?:\s+[A-Z][\w'’-]*){0,2}?\s+(?:Agreements?|Accords?|Treaty|Treaties|"
                          r"Protocol|Declaration|Memorandum|Convention|Charter)\b")
# the title of a document whose capitalised name an issue word is part of: "Declaration of",
# "Agreement on the Establishment of Peace and"
_TITLE_BEFORE = re.compile(
    r"\b(?:Agreement|Treaty|Convention|Protocol|Declaration|Accord|Charter|Memorandum)\s+"
    r"(?:on|of|for)\s+(?:(?:the|of|on|and|for)\s+|[A-Z][\w'’-]*,?\s+)*$"
)


# a cable's own mission, capitalised and bare ("Embassy assesses", "shared with Embassy"),
# unlike an embassy a word before it determines ("the Norland Embassy", "its embassy")
_OWN_MISSION = re.compile(r"Embass(?:y|ies)")
_DETERMINED = re.compile(
    r"(?:\b(?:the|an?|its|their|his|her|our|this|that|these|those|[A-Z][\w'’-]*)|['’]s?)\s+$")


def _in_name(folded: str, start: int, end: int) -> bool:
    """An issue word inside an organisation's name ("International Atomic Energy Agency",
    "World Trade Organization", "General Border Committee") names no issue, nor does the
    mission that writes a cable ("Embassy assesses")."""
    if _OFFICE_LOWER.search(folded, max(0, start - 40), start):
        return True  # "Norland's minister for water said"
    if (_OWN_MISSION.fullmatch(folded, start, end)
            and not _DETERMINED.search(folded, max(0, start - 40), start)):
        return True
    if not folded[start : start + 1].isupper():
        return False
    if (_OFFICE_BEFORE.search(folded, max(0, start - 80), start)
            or _TITLE_BEFORE.search(folded, max(0, start - 80), start)
            or _OFFICE_AFTER.match(folded, end) or _TITLE_AFTER.match(folded, end)):
        # "Minister for Water Resources", "Treaty on Good Neighbourly Relations", "Energy
        # Minister", "the Ceasefire Agreement of 2008"
        return True
    run = _NAME_RUN.match(folded, end)
    words = folded[start : run.end() if run else end].split()
    return any(w.strip("'").lower() in _name_heads() for w in words[1:])


# an aside between dashes ("left the biggest one - how many votes it needs - open")
_DASH_ASIDE = re.compile(r"(?<=\s)-\s[^-.;:!?]{1,80}?\s-(?=\s)")


def _status_cues_of(segment: str) -> list[_Match]:
    """Status cues of ``segment``, read around its asides between dashes (a verb and its
    complement may stand on either side of one) and within them."""
    asides = [m.span() for m in _DASH_ASIDE.finditer(segment)] if "-" in segment else []
    if not asides:
        return _scan(segment, _status_cues())
    masked = _DASH_ASIDE.sub(lambda m: " " * len(m.group()), segment)
    found = _scan(masked, _status_cues())
    for a, b in asides:
        found += [_Match(m.start + a, m.end + a, m.label, m.weak)
                  for m in _scan(segment[a:b], _status_cues())]
    return sorted(found, key=lambda m: (m.start, m.end))


def _status_matches(folded: str, start: int, end: int, said_from: int | None = None
                    ) -> list[_Match]:
    """Status cues of the clause ``folded[start:end]``; a speech verb from ``said_from`` (the
    sentence's start) on makes its "would" reported speech."""
    said_from = start if said_from is None else said_from
    found = [
        _Match(m.start + start, m.end + start, m.label, m.weak)
        for m in _status_cues_of(folded[start:end])
        if m.label and not (m.weak and (_TITLED_NOUN.search(folded, start, m.start + start + 1)
                            or _of_a_date(folded, start, m.start + start, m.end + start)
                            or _hypothetical().search(folded, start, m.start + start)
                            or _IF_REACHED.match(folded, m.end + start, end)))
        and not _nearly(folded, start, m.start + start, m.label)
    ]
    for m in _holding().finditer(folded, start, end):
        if all(m.end(1) <= f.start or m.start(1) >= f.end for f in found):
            found.append(_Match(m.start(1), m.end(1), "agreed", False))
    for m in _reported_will().finditer(folded, start, end):
        if _SPEECH_BEFORE.search(folded, start, m.start()) and all(
            m.end() <= f.start or m.start() >= f.end for f in found
        ):
            found.append(_Match(m.start(), m.end(), "agreed", False))
    for m in _REPORTED_SCHEDULE.finditer(folded, start, end):
        if _SPEECH_BEFORE.search(folded, said_from, m.start()) and all(
            m.end() <= f.start or m.start() >= f.end for f in found
        ):
            found.append(_Match(m.start(), m.end(), "agreed", True))
    return sorted(found, key=lambda m: m.start)


@functools.cache
def _holding() -> re.Pattern[str]:
    """"the truce has largely held", "is holding, the monitors say": an arrangement in force,
    said after it (see ``holds`` in outcomes.yaml); group 1 is the verb. A verb followed by
    its object ("has held talks") or made passive ("talks were held") is no such cue."""
    verbs = "|".join(_pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")]
                     for v in sorted(_words("holds"), key=len, reverse=True))
    after = "|".join(_pattern_regex(v)[len(r"(?<![\w'])") : -len(r"(?![\w])")]
                     for v in sorted(_words("holds_after"), key=len, reverse=True))
    # (people held are held captive: "the soldiers held in Norland" is no truce that held)
    people = "".join(rf"(?<!\b{re.escape(w)}\s)" for w in sorted(_words("held_people")))
    return re.compile(
        rf"(?<![\w'])(?<!\bwas\s)(?<!\bwere\s)(?<!\bbe\s)(?<!\bbeen\s)(?<!\bbeing\s){people}"
        rf"({verbs})(?=\s*(?:[,;:.!?)]|$)|\s+(?:{after})(?![\w]))", re.IGNORECASE)


def _holds_here(folded: str, cue: _Match) -> bool:
    """``cue`` is a holding verb in its place (see :func:`_holding`)."""
    found = _holding().match(folded, cue.start)
    return found is not None and found.end(1) == cue.end


# "said the next round would be held in Geneva": a date set for a meeting in reported speech,
# a weak "agreed" as "will be held" is
_REPORTED_SCHEDULE = re.compile(
    r"(?<![\w'])would\s+(?:also\s+)?(?:be\s+held|take\s+place|be\s+convened)(?!\w)",
    re.IGNORECASE)


# "a deal on prisoners, if reached, would ...": an agreement noun supposed, not reached
_IF_REACHED = re.compile(
    r"(?:\s+[\w'-]+){0,4}\s*,\s*(?:if|once|when|should\s+one\s+be)\s+(?:it\s+is\s+|ever\s+)?"
    r"(?:reached|agreed|signed|struck|concluded|finali[sz]ed)\b", re.IGNORECASE)


@functools.cache
def _hypothetical() -> re.Pattern[str]:
    """"a possible agreement", "any deal": an agreement noun that names no agreement reached."""
    words = "|".join(map(re.escape, sorted(_words("hypothetical"), key=len, reverse=True)))
    return re.compile(rf"\b(?:{words})\s+(?:[\w'-]+\s+)?$", re.IGNORECASE)
# "..., if Norland accepts a partial withdrawal", "unless the rebels agree": a condition
# within a clause, up to its next comma, reports nothing ("asked if", "unclear if" ask)
_CONDITION_WITHIN = re.compile(
    r"(?<!\basked\s)(?<!\bunclear\s)(?<!\bsure\s)(?<!\bknow\s)(?<!\bsee\s)"
    r"\b(?:if|unless)\b[^,;:]*", re.IGNORECASE)


# (the cheap test first: the lookbehinds above run at every position)
_IF_OR_UNLESS = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)


def _conditions(folded: str, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the conditions within ``clause``."""
    if not _IF_OR_UNLESS.search(folded, *clause):
        return []
    return [m.span() for m in _CONDITION_WITHIN.finditer(folded, *clause)]


def _outside_conditions(found: list[_Match], conditions: list[tuple[int, int]]) -> list[_Match]:
    """The matches of ``found`` that stand outside the ``conditions`` of their clause."""
    return [m for m in found if not any(a <= m.start < b for a, b in conditions)]


_NEARLY = re.compile(r"\b(?:nearly|almost)\s+$", re.IGNORECASE)


# the issues whose people a transfer frees or returns ("five prisoners were released")
_TRANSFERRED = frozenset(("prisoners", "bodies_repatriation", "children", "civilian_detainees"))
_LATELY = re.compile(r"\b(?:recently|previously|earlier|formerly)\s+(?:[\w'-]+\s+)?$",
                     re.IGNORECASE)


def _transfers(folded: str, start: int, end: int) -> list[_Match]:
    """The verbs of a transfer carried out ("were released", "exchanged", "handed over"), as
    weak "agreed" cues; one done "recently" or "earlier" is history ("had recently handed
    back 101 children"); one told as likely soon ("could take place") a weak "progress"."""
    done = [_Match(start + m.start, start + m.end, "agreed", True)
            for m in _scan(folded[start:end], _group_cues("accomplished"))
            if not _LATELY.search(folded, max(start, start + m.start - 30), start + m.start)]
    # one told as likely soon ("could take place in the coming days") is near, not done
    near = [_Match(start + m.start, start + m.end, "progress", True)
            for m in _scan(folded[start:end], _group_cues("prospects"))]
    return done + near


def _nearly(folded: str, start: int, pos: int, label: str) -> bool:
    """A negative verb after "nearly", "almost" did not happen ("the talks nearly collapsed");
    "almost no progress" is still none."""
    return (STATUS_FAMILY[label] == "negative" and not folded.startswith("no", pos)
            and bool(_NEARLY.search(folded, start, pos)))


def _prune(mentions: list[_Match]) -> list[_Match]:
    """Within one item: weak cues yield to strong ones, subsumed categories go, one per category."""
    cats = _categories()
    strong = {m.label for m in mentions if not m.weak}
    kept = [m for m in mentions if not m.weak or not (strong - {m.label})]
    present = {m.label for m in kept}
    absorbed = {s for c in present for s in cats[c].subsumes}
    kept = [m for m in kept if m.label not in absorbed]
    seen, out = set(), []
    for m in sorted(kept, key=lambda m: (m.weak, m.start)):
        if m.label not in seen:
            seen.add(m.label)
            out.append(m)
    return sorted(out, key=lambda m: m.start)


def _resolve(
    folded: str, clause: tuple[int, int], mention: _Match, cues: list[_Match]
) -> tuple[str, bool] | None:
    """Status of ``mention`` from the cues of its clause, and whether it was made unreal."""
    if _lapsed(folded, clause, mention):
        return None
    # an agreement noun inside the issue's own words ("the text of the agreement") says
    # nothing of it
    cues = [c for c in cues
            if not (c.weak and mention.start <= c.start and c.end <= mention.end)]
    # nor does a cue of discussion that opens within the issue's words and runs past them
    # ("further consultations on quotas will take place": the consultations are the issue,
    # not a discussion of it)
    cues = [c for c in cues
            if not (c.label == "discussed" and mention.start <= c.start < mention.end < c.end)]
    # a cue inside a relative clause tells of the noun the clause qualifies, not of the words
    # after it ("a team to examine the points where differences remain, and to meet again")
    cues = [c for c in cues
            if not any(a <= c.start < b <= mention.start
                       for a, b in _relatives(folded, clause))]
    cues = [c for c in cues if not _renews_nothing(folded, c)]
    cues = [_meeting_undertaken(folded, mention, c) for c in cues]
    cues = [c for c in cues if not c.weak] or cues
    # "pending a settlement" is a preposition: it leaves open the noun right after it only;
    # an agreement noun reaches the issues near it only ("did not expect a deal from the
    # talks, describing them as ... over gas fields" says nothing of gas)
    before = [c for c in cues if c.start < mention.start
              and not _holds_here(folded, c)
              and not (_PREPOSITION_CUE.fullmatch(folded, c.start, c.end)
                       and _words_between(folded[c.end : mention.start]) > NEGATOR_WORDS + 1)
              and not (c.weak and _words_between(folded[c.end : mention.start]) > WEAK_WORDS)]
    after = [
        c
        for c in cues
        if c.start >= mention.start
        and not (re.search(r"[;:]", folded[mention.end : c.start])
                 and not _topic_colon(folded, clause, mention, c))
        # "launching the round reflects their commitment to peace": a cue that ends in "to"
        # bears on what follows it, not on an issue before
        and not (_GOVERNS_AFTER.match(folded, c.start, c.end)
                 and not _predicate(folded, mention, c))
        and not _OPENS_THE_WAY.match(folded, c.start, c.end)
        and (_words_between(folded[mention.end : c.start]) <= FOLLOW_WORDS
             or (_predicate(folded, mention, c) or _fronted(folded, clause, mention, c))
             and _words_between(folded[mention.end : c.start]) <= PREDICATE_WORDS)
        and not _renews_another(folded, mention, c)
    ]
    # the issue as the subject of its own verb ("X, which ..., was not discussed")
    predicate = next((c for c in after if _predicate(folded, mention, c)), None)
    if before:
        cue = max(before, key=lambda c: c.start)
        ahead = [c for c in before if c.label == "progress" and c.end <= cue.start
                 and _GOVERNS.fullmatch(folded[c.end : cue.start])]
        venue = [c for c in before if c.label == "agreed" and not c.weak]
        if venue and _a_venue(folded, mention, cue):
            cue = venue[-1]  # "agreed that X would be reviewed at the next session"
        elif cue.label == "discussed" and ahead:
            cue = ahead[-1]  # "progress on several initiatives, including demining"
        elif cue.label == "discussed" and _a_proposal(folded, cue):
            # a proposal the sides took up is agreed ("agreed on four initiatives: ...",
            # "approved the plan for X"); the proposal noun is the object of the verb
            taken = [c for c in before if c.label == "agreed" and not c.weak
                     and c.end <= cue.start and _AGREED_OBJECT.fullmatch(folded[c.end : cue.start])]
            cue = taken[-1] if taken else cue
        # "the dispute over X was not addressed", "agreed that X had been a positive step":
        # the noun before names the issue, the verb after says what became of it
        if predicate is not None and (cue.label == "disagreement"
                                      or _THAT.match(folded, cue.end)):
            cue = predicate
    elif after:
        # "the next round, which the co-chairs proposed for June, remains unsettled": the
        # aside qualifies the issue, the verb after it says what became of it
        aside = _ASIDE_AFTER.match(folded, mention.end)
        told = [c for c in after if aside is None or c.start >= aside.end()] or after
        cue = min(told, key=lambda c: c.start)
        later = [c for c in after if c.start > cue.start and STATUS_FAMILY[c.label] == "negative"]
        if cue.label == "agreed" and later and _PARTICIPLE.fullmatch(folded, mention.end, cue.end):
            cue = later[0]  # "a truce agreed in March collapsed": the participle qualifies it
    else:
        return None
    status, unreal = cue.label, False
    if status == "agreed" and _scan(folded[cue.end : mention.start], _group_cues("agenda")):
        status = "discussed"  # the items of an agreed agenda are yet to be discussed
    if status == "agreed" and _to_consider().match(folded, cue.start, cue.end):
        status = "discussed"  # "agreed to consider a proposal on X": X is yet to be weighed
    if status == "agreed" and _FORECAST.search(folded, cue.start, cue.end):
        status = "progress"  # "a deal on X could be reached soon": near, not reached
    if status in ("agreed", "progress") and _negated_within(folded, cue):
        return "unresolved", False  # "an agreement on X could not be reached"
    if status in ("agreed", "progress") and any(
            "," not in folded[clause[0] + d.end : cue.start]
            for d in _scan(folded[clause[0] : cue.start], _group_cues("denials"))):
        return "unresolved", False  # "denied that any deal on X had been reached"
    if status in ("agreed", "progress"):
        governing = [
            c
            for c in cues
            if STATUS_FAMILY[c.label] == "negative"
            and c.end <= cue.start
            and _words_between(folded[c.end : cue.start]) <= NEGATOR_WORDS
        ]
        if governing:  # "refused to accept", "failed to reach agreement"
            status = governing[-1].label
        elif _negated(folded, clause[0], cue.start):
            status = "unresolved"
        elif _irreal(folded, clause[0], cue.start) and not _on_terms(folded, clause, cue):
            # a date or a place one side hopes for is its proposal ("hoped the next meeting
            # would be held in Velm in July"); any other step hoped for is still open
            status, unreal = ("discussed" if _a_schedule(folded, cue) else "unresolved"), True
    if status == "discussed":
        negative = [c for c in cues if STATUS_FAMILY[c.label] == "negative"]
        if negative:
            status = negative[0].label
        elif _negated(folded, clause[0], cue.start) and not _NOT_ONLY.search(
                folded, clause[0], cue.start):
            status = "unresolved"  # "did not discuss X", "X was not on the agenda"
    return status, unreal


# a relative clause between commas right after an issue ("X, which A proposed, remains open")
_ASIDE_AFTER = re.compile(r",\s+(?:which|who|whom|whose|where)\b[^,;:.]*,(?=\s+[a-z])")
_UNDERTAKING = re.compile(r"agree\w*\s+to\s", re.IGNORECASE)
_AT_IT = re.compile(r"\s+(?:at|in|during)\s+(?:the\s+|its\s+|their\s+)?", re.IGNORECASE)


def _meeting_undertaken(folded: str, mention: _Match, cue: _Match) -> _Match:
    """An undertaking to discuss that spans a meeting to come ("agreed to reconvene in May
    to discuss further releases"): the meeting itself is agreed; its topics are discussed."""
    if (cue.label == "discussed" and mention.label in _SCHEDULED
            and cue.start < mention.start and mention.end < cue.end
            and _UNDERTAKING.match(folded, cue.start, mention.start)):
        return _Match(cue.start, mention.start, "agreed", cue.weak)
    return cue


def _a_venue(folded: str, mention: _Match, cue: _Match) -> bool:
    """``mention`` is a meeting to come at which what ``cue`` tells of will be discussed
    ("would be reviewed at the next session"): the cue gives the meeting's topic, not its
    status."""
    return (cue.label == "discussed" and mention.label in _SCHEDULED
            and _AT_IT.fullmatch(folded, cue.end, mention.start) is not None)


def _a_schedule(folded: str, cue: _Match) -> bool:
    """``cue`` sets a date for a meeting ("will be held", "would take place"; see
    ``schedule_cues`` in outcomes.yaml)."""
    return cue.weak and (_REPORTED_SCHEDULE.fullmatch(folded, cue.start, cue.end) is not None
                         or any(m.start == 0 and m.end == cue.end - cue.start for m in _scan(
                             folded[cue.start : cue.end], _group_cues("schedule_cues"))))


def _lapsed(folded: str, clause: tuple[int, int], mention: _Match) -> bool:
    """``mention`` is the subject of a verb that tells it ran out ("a truce brokered in April
    expired in October"; see ``lapses`` in outcomes.yaml): background, no outcome."""
    found = _scan(folded[mention.end : clause[1]], _group_cues("lapses"))
    return bool(found) and _words_between(
        folded[mention.end : mention.end + found[0].start]) <= PREDICATE_WORDS


def _negated_within(folded: str, cue: _Match) -> bool:
    """A negator inside the gap of ``cue`` ("agreement on X could not be reached")."""
    negators = _words("negators")
    return any(w.lower() in negators or w.lower().endswith("n't")
               for w in _WORD.findall(folded, cue.start, cue.end)[1:])


# a deal forecast in the passive, inside an agreed cue ("deal on X could soon be reached")
_FORECAST = re.compile(r"\b(?:could|may|might|can)\s+(?:soon\s+|still\s+|now\s+)?be\s",
                       re.IGNORECASE)
# an agreement participle right after the issue, qualifying it ("a truce agreed in March")
_PARTICIPLE = re.compile(r"\s+(?:agreed|signed|brokered|reached|struck|concluded)", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\bnot\s+only\s+$", re.IGNORECASE)  # "not only discussed X but ..."


@functools.cache
def _to_consider() -> re.Pattern[str]:
    """"agreed to consider", "agree to study": an undertaking to weigh a thing, no more."""
    verbs = "|".join(map(re.escape, sorted(_words("considered"), key=len, reverse=True)))
    return re.compile(rf"agree\w*\s+to\s+(?:{verbs})\b", re.IGNORECASE)


def _on_terms(folded: str, clause: tuple[int, int], cue: _Match) -> bool:
    """The "would" before ``cue`` is a side's terms, not a wish: the clause names the condition
    of its commitment ("would agree to a truce only if ...", "would accept a pause provided
    that ..."), which is a conditional commitment."""
    words = {w.lower() for w in _WORD.findall(folded[clause[0] : cue.start])} & _words("irrealis")
    if words != {"would"}:
        return False
    terms = _scan(folded[cue.end : clause[1]], _group_cues("commitment"))
    return any(m.label == "conditional" and folded[cue.end + m.start : cue.end + m.end].lower()
               not in ("if", "in exchange for", "in return for") for m in terms)


def _gap_on_a_topic(folded: str, clause: tuple[int, int], mention: _Match,
                    mentions: list[_Match]) -> str:
    """The category of ``mention``: a gap between the sides (``gap_words``: "far apart",
    "differences") is of the whole settlement, unless the clause says what it is on and that
    is no issue of the lexicon ("far apart on whether ...", "On that point, the sides remain
    far apart", "differences over the anthem"): then it is a political question of its own."""
    if mention.label != "overall_settlement" or (
            folded[mention.start : mention.end].lower() not in _words("gap_words")):
        return mention.label
    topic = _words("topic")
    after = _WORD.search(folded, mention.end, clause[1])
    if after is not None and after.group().lower() in topic and (
            not folded[mention.end : after.start()].strip()):
        # the topic named right after the gap: no issue may stand in it
        end = next((c for c in (folded.find(x, after.end(), clause[1]) for x in ",;")
                    if c != -1), clause[1])
        span = (after.start(), end)
    else:
        first = _FIRST_WORDS.match(folded, clause[0], mention.start)
        if first is None or first.group(1).lower() not in topic:
            return mention.label
        span = (first.end(1), mention.start)  # the topic put first ("On that point, ...")
    if any(o is not mention and span[0] <= o.start < span[1] for o in mentions):
        return mention.label
    return "political_issues_general"


# the first word of a clause after a conjunction ("But on that point the sides are far apart")
_FIRST_WORDS = re.compile(r"\W*(?:(?:but|and|yet|so)\s+)?([\w'-]+)", re.IGNORECASE)


def _renews_another(folded: str, mention: _Match, cue: _Match) -> bool:
    """``cue`` is an active verb of renewal after ``mention``: the issue is who renews, not
    what is renewed ("the sixth round extended the truce"; but "the truce was extended")."""
    text = folded[cue.start : cue.end].lower()
    return (cue.weak and text in _words("renewals")
            and text.split()[0] not in _AUXILIARIES
            and not _AUXILIARY_END.search(folded, mention.end, cue.start))


_AUXILIARIES = frozenset(("is", "are", "was", "were", "be", "been"))
_RENEWED_REACH = 4  # words between a renewal verb and the arrangement it renews


def _renews_nothing(folded: str, cue: _Match) -> bool:
    """``cue`` is a verb of renewal whose object is no arrangement of the sides (see
    ``renewed_things``): the active verb's within a few words after it ("extended the truce
    by 60 days"), the passive's within a few words before ("the mandate has been renewed")."""
    text = folded[cue.start : cue.end].lower()
    if not (cue.weak and text in _words("renewals")):
        return False
    things = _words("renewed_things")
    after = [w.lower() for w in _WORD.findall(folded, cue.end, cue.end + 60)][:_RENEWED_REACH + 1]
    if things.intersection(after):
        return False
    before = [w.lower() for w in _WORD.findall(folded, max(0, cue.start - 60), cue.start)]
    passive = text.split()[0] in _AUXILIARIES or (before and before[-1] in _AUXILIARIES)
    return not (passive and things.intersection(before[-2 * _RENEWED_REACH :]))
# cues that leave open only the noun right after them ("pending a settlement", "the lack of a
# truce left them free to fight on while talks continue")
_PREPOSITION_CUE = re.compile(r"pending|(?:in\s+the\s+)?(?:lack|absence)\s+of", re.IGNORECASE)
# a relative clause, up to the next ", and", ", or", ", but" ("where differences are narrower,
# and to meet again"; ", which produced agreement on six items, including X" goes on)
_RELATIVE = re.compile(r"\b(?:where|which|whom|whose)\b.*?(?=,\s+(?:and|or|but)\b|[;:]|$)",
                       re.IGNORECASE)


def _relatives(folded: str, clause: tuple[int, int]) -> list[tuple[int, int]]:
    """The spans of the relative clauses of ``clause``."""
    return [m.span() for m in _RELATIVE.finditer(folded, *clause)]
# a cue that governs the infinitive or noun after its "to" ("commitment to", "agreed to"), not
# a verb of the issue before it ("X is due to", "X has yet to")
_GOVERNS_AFTER = re.compile(
    r"(?!(?:is|are|was|were|be|been|has|have|had|remain\w*|yet|still)\b)\S.*\s(?:to|without)$",
    re.IGNORECASE,
)
# a verb form that makes what stands before it its subject ("X ... had been left to be settled",
# "X remains unresolved", "X was also not addressed", "X had been a positive step", "X are to
# be among those freed")
_AUXILIARY_END = re.compile(
    r"(?:^|\s)(?:is|are|was|were|be|been|has|have|had)(?:\s+(?:also|still|again|yet|so\s+far))*"
    r"(?:\s+[\w'-]+)?(?:\s+(?:a|an|the|those))?\s*$",
    re.IGNORECASE,
)
# a cue that opens with its own auxiliary ("X ... is yet to", "X ... has not been")
_AUXILIARY_START = re.compile(r"(?:is|are|was|were|has|have|had)\s", re.IGNORECASE)
# "remain" as the verb of a named issue ("X of many more former fighters remain pending"; not
# of a catch-all: "their positions on the text of 1890 remain divergent" is about the text)
_REMAIN_END = re.compile(r"(?:^|\s)remain(?:s|ed)?(?:\s+(?:also|still|yet))*\W*$",
                         re.IGNORECASE)
_THAT = re.compile(r"\s+that\b", re.IGNORECASE)
# a step that opens the way to what comes after it, never to its subject ("the truce is paving
# the way for talks on X": the truce is no nearer)
_OPENS_THE_WAY = re.compile(r"(?:.*\s)?(?:the\s+way\s+(?:for|to)|leading\s+to)$", re.IGNORECASE)


def _predicate(folded: str, mention: _Match, cue: _Match) -> bool:
    """``cue`` is the verb whose subject ``mention`` is, or the verb of a relative clause
    about it ("X, on which the two sides agreed to continue discussions")."""
    return bool(_AUXILIARY_END.search(folded, mention.end, cue.start)
                or _AUXILIARY_START.match(folded, cue.start)
                or not mention.weak and _REMAIN_END.search(folded, mention.end, cue.start)
                or folded[cue.start : cue.end].lower().startswith("remain")
                or _ABOUT_WHICH.search(folded, mention.end, cue.start))


# a transcript's speaker label before a topic: "REPORTER: On fish, ...", "ANCHOR (JON VALE): On"
_SPEAKER_LABEL = r"(?:(?-i:[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3})(?:\s*\([^)]*\))?:\W*)?"
# "On the soldiers held since May, the side reaffirmed ...", "For the onshore field, the
# statement says ...": the issue as the topic put first
_TOPIC = re.compile(rf"\W*{_SPEAKER_LABEL}(?:on|for|as\s+for|as\s+to|as\s+regards|regarding|"
                    r"concerning|turning\s+to)\s+[^,;:]*", re.IGNORECASE)


def _topic_colon(folded: str, clause: tuple[int, int], mention: _Match, cue: _Match) -> bool:
    """``mention`` is the topic put first before a colon, or the label of the line, and
    ``cue`` says what became of it ("On prisoners: progress.", "Prisoners: a swap agreed.")."""
    label = folded[clause[0] : mention.start].strip(" \t-*•").lower() in ("", "the")
    return ((label or _TOPIC.fullmatch(folded, clause[0], mention.end) is not None)
            and re.fullmatch(r"[^,;:]*:\s[^;:]*", folded[mention.end : cue.start]) is not None)


# "On voting rules: nothing.", "On fish, there was nothing.": a topic put first and
# "nothing" said of it
_TOPIC_NOTHING = re.compile(
    rf"\W*{_SPEAKER_LABEL}[^,;:]*[,:]\s*(?:there\s+(?:was|is|has\s+been)\s+)?(nothing|none)"
    r"(?:\s+(?:yet|so\s+far|at\s+all))?\W*", re.IGNORECASE)


def _fronted(folded: str, clause: tuple[int, int], mention: _Match, cue: _Match) -> bool:
    """``mention`` stands in a topic that opens the clause and ends before ``cue``."""
    return (_TOPIC.fullmatch(folded, clause[0], mention.end) is not None
            and "," in folded[mention.end : cue.start])


# ", on which the two sides": a relative clause whose verb tells of the issue before it
_ABOUT_WHICH = re.compile(
    r",\s+(?:on|about|over|for|regarding)\s+which\s+(?:[\w'-]+\s+){0,4}$", re.IGNORECASE
)


# the text under negotiation, named by itself
_THE_TEXT = re.compile(r"the\s+text", re.IGNORECASE)


_MONTH_MAY = re.compile(r"May\s+\d{1,2}\b|May\s*,?\s*\d{4}")
# what may stand between a progress cue and the proposal noun it bears on
_GOVERNS = re.compile(r"\s+(?:on|in|over|with|towards?)\s+(?:[\w'-]+\s+){0,3}", re.IGNORECASE)
# what may stand between an agreed verb and the proposal noun that is its object ("agreed on
# six initiatives", "approved the Norland plan"; not "agreed to propose", "agreed that the
# offer ...")
_AGREED_OBJECT = re.compile(
    r"\s+(?:(?:on|upon|to)\s+)?(?:(?!(?:to|that|which|who|and|or|but)\b)[\w'’-]+\s+){0,3}",
    re.IGNORECASE)


def _a_proposal(folded: str, cue: _Match) -> bool:
    """Whether ``cue`` is a proposal cue (``proposal`` in outcomes.yaml), not a discussion."""
    found = _scan(folded[cue.start : cue.end], _proposal_cues())
    return any(m.start == 0 and m.end == cue.end - cue.start for m in found)


@functools.cache
def _proposal_cues() -> tuple[_Cue, ...]:
    return _group_cues("proposal")


def _analyse_sentence(
    folded: str, start: int, end: int, sentence_idx: int, previous: list[_Match],
    answer: bool = False, lead: str | None = None,
) -> tuple[list[_Row], list[_Match]]:
    """Rows of one sentence, and the issues it names (for the next sentence's back-references);
    in the ``answer`` to a question, a clause with no issue of its own speaks of ``previous``;
    in a point of a list, a clause with issues and no status word takes the status ``lead`` of
    the line that opens the list ("the parties agreed to:")."""
    rows: list[_Row] = []
    named: list[_Match] = []
    recent = previous
    bare: bool | None = None  # the sentence names no issue (found when first needed)
    for unit in _subsentences(folded, start, end):
        if _RETRACTED.search(folded, *unit):
            continue  # a correction: what an earlier version said is withdrawn
        if _asks(folded, *unit) or _CONDITION.match(folded, *unit):
            # a question asks and a condition supposes ("If the vote fails, there could be a
            # crisis"): neither reports an outcome; the next sentence may refer back to their
            # issues ("Is there a date for the next round?" "There is no date yet.")
            recent = _prune(_issue_mentions(folded, *unit))
            named += recent
            continue
        hedges = [
            (unit[0] + m.start, unit[0] + m.end)
            for m in _scan(folded[unit[0] : unit[1]], _hedge_cues())
            # "on May 16", "in May": a capital May within a sentence is the month
            if not (_MONTH_MAY.match(folded, unit[0] + m.start)
                    or m.start > 0 and folded.startswith("May", unit[0] + m.start)
                    and m.end - m.start == 3)
        ]
        hedged_unit = bool(hedges)
        # "Asked whether X was agreed, he said it remained open": no status of the question
        asked = _ASKED_LEAD.match(folded, *unit)
        asked_end = asked.end() if asked else unit[0]
        discussed: str | bool = False  # the clause before only discussed ("proposed") its issues
        told = False  # the clause before named its issues with no status word at all
        said = False  # the clause before agreed, advanced or discussed its issues
        unsaid: str | None = None  # the one negative status of the clause before's issues
        shifted: _Match | None = None  # a cue whose object the clause denies
        for clause in _clauses(folded, *unit):
            if _scan(folded[clause[0] : clause[1]], _group_cues("sessions")):
                continue  # a parliament's or a council's sitting, not the talks
            conditions = _conditions(folded, clause)
            mentions = _outside_conditions(
                _swapped(folded, clause, _issue_mentions(folded, *clause)), conditions)
            # (a cue that runs into a condition is supposed too: "a deal, if reached, ...")
            cues = [c for c in _outside_conditions(_status_matches(folded, *clause, unit[0]),
                                                   conditions)
                    if not any(a < c.end <= b for a, b in conditions)]
            cues = [c for c in cues if c.start >= asked_end]
            cues = _unnamed(folded, clause, cues)
            # "they disagree not about tariffs but about quotas": the cue bears on what "but" names
            denied_cue, shifted = shifted, _denied_object(folded, clause, cues)
            if shifted is not None:  # (what it is not about is no outcome)
                mentions = [m for m in mentions if m.start < shifted.end]
            if denied_cue is not None and mentions and not cues and _BUT_ABOUT.match(
                    folded, *clause):
                cues = [_Match(clause[0], clause[0], denied_cue.label)]
            nothing = _TOPIC_NOTHING.fullmatch(folded, *clause) if mentions and not cues else None
            if nothing and _TOPIC.match(folded, *clause):
                cues = [_Match(nothing.start(1), nothing.end(1), "stalled")]
            denial = _DENIAL.match(folded, *clause)
            if said and mentions and not cues and not denial:
                # "the prisoners were agreed; the border was not": a verb left out
                denial = _ELLIPTIC_NOT.search(folded, *clause)
            if lead and mentions and not cues and not denial:
                cues = [_Match(clause[0], clause[0], lead)]
            if said and mentions and not cues and denial:
                # "agreed on the calendar, not on the substance": the clause denies its issues
                # what the clause before says of its own
                cues = [_Match(denial.start(1), denial.end(1), "unresolved")]
            nor = _NOR.match(folded, *clause) if unsaid and mentions and not cues else None
            if nor:
                # "no agreement on prisoners, nor on bodies": the clause says the same of its
                # issues as the clause before says of its own
                cues = [_Match(nor.start(1), nor.end(1), unsaid)]
            transfers = _transfers(folded, *clause) if any(
                m.label in _TRANSFERRED for m in mentions) else []
            if mentions:
                mentions = _elaborated(folded, clause, mentions)
            if recent and _catch_alls_pointing_back(folded, clause, mentions):
                mentions = []  # "their positions on this question remain different"
            texts = [m for m in mentions if _THE_TEXT.fullmatch(folded, m.start, m.end)]
            if texts and len(texts) < len(mentions):
                # "will not sign the text because of the clause on foreign forces"
                mentions = [m for m in mentions if m not in texts]
            elif recent and texts:
                # "not possible to agree on the text": the text of the issue named before
                carried = _carry_over(folded, clause, cues, recent, sentence_idx, unit,
                                      hedged_unit, discussed or answer and "answer")
                if carried:
                    rows += carried
                    continue
            if not mentions:
                # "the talks broke down, with X saying they ...": the talks, not the issues
                # before, are what broke down; "X was discussed, but no solution was found":
                # how the discussion of X ended; "The talks will continue": the process
                # goes on. A sentence that names no issue at all and leaves something open
                # speaks of the issue of the sentence before it ("They took up the quota.
                # No agreement was reached.")
                if bare is None and cues and previous and recent is previous:
                    bare = not _issue_mentions(folded, start, end)  # (once a sentence)
                # "met in May, in their 21st round, without a breakthrough": how the
                # sitting named just before ended
                ended = told and _WITHOUT.match(folded, *clause) and "discussed"
                # "called for talks on trade, saying the sides should oppose tariffs": the
                # proposer's own gloss, no answer to the proposal
                if discussed == "proposed" and _OWN_GLOSS.match(folded, *clause):
                    discussed = False
                rows += (_process_stalled(folded, clause, cues, sentence_idx, unit, hedged_unit)
                         or _process_moving(folded, clause, sentence_idx, unit, hedged_unit)
                         or _process_continues(folded, clause, sentence_idx, unit, hedged_unit)
                         or _carry_over(folded, clause, cues, recent, sentence_idx, unit,
                                        hedged_unit, discussed or answer and "answer" or ended
                                        or bare and recent is previous and "bare")
                         or _date_left_open(folded, clause, recent, sentence_idx, unit,
                                            hedged_unit)
                         or _whole_process(folded, clause, sentence_idx, unit, hedged_unit))
                told = False
                continue
            recent = _prune(mentions)
            first = len(rows)
            items = _list_items(folded, *clause) or _infinitive_series(folded, *clause)
            # two infinitives under one verb are two items, of the issues the clause keeps
            pair = None if items else _two_infinitives(folded, *clause)
            kept = {r.label for r in recent}
            groups = (
                [[m for m in mentions if a <= m.start < b] for a, b in items]
                if items
                else [[m for m in mentions if a <= m.start < b and m.label in kept]
                      for a, b in pair]
                if pair
                else [mentions]
            )
            if items:  # each item keeps its own issues for what refers back to them
                recent = [m for group in groups for m in _prune(group)]
            named += recent
            spans = items or pair or [None]
            items = items or pair
            for group, span in zip(groups, spans, strict=True):
                for mention in _prune(group) if items else recent:  # (one group: mentions)
                    own_cues = (sorted(cues + transfers, key=lambda c: c.start)
                                if transfers and mention.label in _TRANSFERRED else cues)
                    # a proposal word inside another issue's name is part of that name
                    # ("environmental initiatives, solar power and ..."), no status of this one
                    own_cues = [c for c in own_cues
                                if not (c.label == "discussed" and any(
                                    o is not mention and not o.weak
                                    and o.start <= c.start and c.end <= o.end
                                    for o in mentions))]
                    resolved = _resolve(folded, clause, mention, own_cues)
                    # another mention of the issue in the item may be the one a cue bears on
                    # ("concluded a third round and agreed to begin expert talks")
                    for other in group:
                        if resolved is None and other.label == mention.label and not other.weak:
                            mention, resolved = other, _resolve(folded, clause, other, own_cues)
                    if resolved is None:
                        continue
                    status, unreal = resolved
                    # a modal inside the issue ("which countries could participate") hedges nothing
                    lo, hi = span or unit
                    hedged = unreal or any(
                        lo <= a and b <= hi and (b <= mention.start or a >= mention.end)
                        for a, b in hedges
                    )
                    rows.append(
                        _Row(
                            sentence_idx,
                            mention.start,
                            mention.end,
                            _gap_on_a_topic(folded, clause, mention, mentions),
                            status,
                            span,
                            unit,
                            hedged,
                            items is not None,
                        )
                    )
            if len(rows) == first:  # "since the June round, and the talks are moving at last"
                rows += (_process_moving(folded, clause, sentence_idx, unit, hedged_unit)
                         or _process_continues(folded, clause, sentence_idx, unit, hedged_unit)
                         or _whole_process(folded, clause, sentence_idx, unit, hedged_unit))
            elif all(r.category != "negotiation_process" for r in rows[first:]):
                # "discussed the border, then agreed to go on with their contacts": the issue
                # was discussed, and the talks go on besides
                rows += _process_continues(folded, clause, sentence_idx, unit, hedged_unit,
                                           pledged_only=True)
            told = len(rows) == first and not cues
            said = len(rows) > first and all(STATUS_FAMILY[r.status] != "negative"
                                             for r in rows[first:])
            negatives = {r.status for r in rows[first:]}
            unsaid = (negatives.pop() if len(rows) > first and len(negatives) == 1
                      and STATUS_FAMILY[next(iter(negatives))] == "negative" else None)
            if len(rows) > first and all(r.status == "discussed" for r in rows[first:]):
                # a proposal left unanswered is still a proposal; one met with a refusal is
                # in dispute
                proposed = _scan(folded[clause[0] : clause[1]], _group_cues("proposal"))
                discussed = "proposed" if proposed else "discussed"
            else:
                discussed = False
    return rows, named


# a clause in which the speaker of the clause before goes on ("..., saying", "..., adding")
_OWN_GLOSS = re.compile(r"\W*(?:saying|adding)\b", re.IGNORECASE)


# a clause that tells how a sitting ended ("..., without a breakthrough", "with no deal")
_WITHOUT = re.compile(r"[\s,;]*(?:(?:but|and|yet)\s+)?(?:without|with\s+no)\b", re.IGNORECASE)


# a reporter's question that opens the sentence ("Asked whether the quota was agreed, ..."):
# it names the issue, the answer after the comma gives the status
_ASKED_LEAD = re.compile(
    r"\W*(?:when\s+|on\s+being\s+)?asked\s+(?:whether|if|about|when|why|how|what|for|to)\b"
    r"[^,;]*,", re.IGNORECASE)
# "disagree not about tariffs": a cue whose object the clause denies, to be named after "but"
_NOT_ABOUT = re.compile(r"\s+not\s+(?:about|on|over)\b[^,;]*$", re.IGNORECASE)
_BUT_ABOUT = re.compile(r"\s*but\s+(?:about|on|over)\b", re.IGNORECASE)


def _denied_object(folded: str, clause: tuple[int, int], cues: list[_Match]) -> _Match | None:
    """The status cue of ``clause`` right before a "not about ..." that ends it, else None."""
    for cue in reversed(cues):
        denied = _NOT_ABOUT.match(folded, cue.end, clause[1])
        if denied is not None and denied.end() == clause[1]:
            return cue
    return None


# what a correction withdraws: "An earlier version of this article said the next meeting
# would take place in August."
_RETRACTED = re.compile(
    r"\b(?:earlier|previous|original|first)\s+version\s+of\s+this\s+(?:article|story|report|"
    r"piece|item|newsletter|dispatch)\b", re.IGNORECASE)
# a clause that only denies, without a verb of its own: "(but) not on the substance"
_DENIAL = re.compile(r"[\s,;]*(?:(?:but|and|yet)\s+)?(not)\s+(?:on|over|about|with|the|a|an)\b",
                     re.IGNORECASE)
# "...; the border was not.": a clause that denies the verb of the clause before
_ELLIPTIC_NOT = re.compile(
    r"\b(?:was|were|is|are|has|have|had|did|does|do)\s+(not|n't)(?:\s+(?:yet|so\s+far))?\W*$",
    re.IGNORECASE)
# "..., nor on the bodies": an ellipsis that says the same of another issue
_NOR = re.compile(r"[\s,;]*(nor|or\s+on)\s+(?:on|over|about|with|the|a|an|any)\b", re.IGNORECASE)
# a sentence that opens with its condition
_CONDITION = re.compile(r"[\s'(]*(?:if|unless)\b", re.IGNORECASE)


# an item that names something of its own before its elaboration mark (not just "and", "or")
_ITEM_HEAD = re.compile(r"\b(?!(?:and|or|but|then|also|as|well)\b)[a-z]{3,}\b")


def _elaborated(folded: str, clause: tuple[int, int], mentions: list[_Match]) -> list[_Match]:
    """The issues of a clause with an elaboration ("including", "such as"): what it spells
    out is the strong issue named before it, and gives no rows of its own; after a catch-all
    only ("signed several agreements, including one on trade") it names the issues."""
    marks = [clause[0] + m.start
             for m in _scan(folded[clause[0] : clause[1]], _group_cues("elaboration"))]
    first_strong = min((m.end for m in mentions if not m.weak), default=clause[1])
    cut = next((mark for mark in marks if mark >= first_strong), None)
    if cut is not None:
        # within an item of an enumeration that names its own issue before the mark, the
        # elaboration ends with the item ("namely demining, environmental projects including
        # on water, and the restoration of churches"); a mark that opens its item spells out
        # the items after it ("relief, among them food, fuel and tents")
        item = next(((a, b) for a, b in _list_items(folded, *clause) or ()
                     if a <= cut < b), None)
        # (so does one that spells out what its own item names, issue or not: "to restore
        # services such as power, and to pull troops out of the schools")
        if item is not None and (_ITEM_HEAD.search(folded, item[0], cut) or any(
                item[0] <= m.start and m.end <= cut and not m.weak for m in mentions)):
            return [m for m in mentions if m.start < cut or m.start >= item[1]]
        return [m for m in mentions if m.start < cut]
    head = [m for m in mentions if marks and m.start < marks[0]]
    if head and all(m.weak for m in head) and first_strong < clause[1]:
        return [m for m in mentions if m.start > marks[0]]
    return mentions


# what a speech verb says follows it: "told participants at the close that", 'said: "'
_INTRODUCES = re.compile(r"[^.;:\"“]{0,40}?(?:\bthat\b|[:\"“])")


def _narrated_before(folded: str, start: int, end: int, cue: object) -> int | None:
    """Where the sentence's speaker starts to speak, when a contrast comes first and the
    speech verb introduces what follows ("The group discussed A, but X told them that B"):
    the clauses before are the text's own account. None when the speaker has it all."""
    if not isinstance(cue, str) or not cue.strip():
        return None
    verb = _verb_regex(cue.strip()).search(folded[start:end])
    if verb is None or not _INTRODUCES.match(folded, start + verb.end()):
        return None
    cuts = [a for a, _ in _clauses(folded, start, end)[1:] if a < start + verb.start()]
    return cuts[-1] if cuts else None


@functools.lru_cache(maxsize=4096)
def _verb_regex(verb: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w']){re.escape(verb)}(?!\w)", re.IGNORECASE)


def _asks(folded: str, start: int, end: int) -> bool:
    return folded[start:end].rstrip(" \"'”’»)").endswith("?")


# the mark of an interviewer's turn: "Q:", "Q.", "Question:"
_INTERVIEWER = re.compile(r"\s*(?:Q|Question)\s*[:.](?=\s)")


def _prompts(folded: str, start: int, end: int) -> bool:
    """The sentence asks, or opens an interviewer's turn that puts a statement to the one
    interviewed ("Q: Finance was reported as the bright spot."): the next paragraph answers."""
    return _asks(folded, start, end) or bool(_INTERVIEWER.match(folded, start, end))


_TIME_AFTER_DEMONSTRATIVE = re.compile(
    r"\b(?:this|that)\s+(?:morning|afternoon|evening|night|day|week|weekend|month|year|time|"
    r"spring|summer|autumn|fall|winter)\b"
)


def _swapped(folded: str, clause: tuple[int, int], mentions: list[_Match]) -> list[_Match]:
    """Hostages or detained civilians freed "in exchange for" prisoners are one prisoner
    exchange: their mention is the exchange's (prisoners), not a claim of its own."""
    labels = {m.label for m in mentions}
    if not {"civilian_detainees", "prisoners"} <= labels or not _scan(
        folded[clause[0] : clause[1]], _group_cues("exchange_words")
    ):
        return mentions
    prisoners = [m for m in mentions if m.label == "prisoners"]

    def one_swap(m: _Match) -> bool:
        # (not a step of its own: "agreed to continue prisoner exchanges and to work on the
        # return of civilians")
        return any(not _OTHER_STEP.search(folded, min(m.end, p.end), max(m.start, p.start))
                   for p in prisoners)

    return [_Match(m.start, m.end, "prisoners", m.weak)
            if m.label == "civilian_detainees" and one_swap(m) else m for m in mentions]


# a second step of one sentence, after the first ("... and to work on ...", "...; the return")
_OTHER_STEP = re.compile(r";|\band\s+(?:to|on|also|will|would|agreed|pledged|promised)\b",
                         re.IGNORECASE)


# the talks themselves, as the subject of a clause that names no issue (and the format or
# the political track they run in: "the political track is frozen")
_TALKS_SUBJECT = re.compile(r"\b(?:talks|negotiations|session|dialogue|process|format|track)\b",
                            re.IGNORECASE)


_TALKS_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|all)\s+)?(talks|negotiations|dialogue)\b", re.IGNORECASE)


# the sides of the talks, between the word "talks" and their subject ("talks between
# Norland and Sudland on the quota")
_TALKS_BETWEEN = re.compile(
    r"\s+between\s+[^,;.]{1,60}?(?=\s+(?:on|about|over|regarding|concerning)\b)",
    re.IGNORECASE)


def _talks_on_a_topic(folded: str, pos: int) -> bool:
    """The talks just before ``pos`` have a subject of their own ("talks on the quota",
    "talks between Norland and Sudland on the dam")."""
    between = _TALKS_BETWEEN.match(folded, pos)
    pos = between.end() if between else pos
    word = _WORD.search(folded, pos)
    return (word is not None and not folded[pos : word.start()].strip()
            and word.group().lower() in _words("topic"))


# why a source is not named ("an aide who asked not to be named as the talks remain
# private, ..."): the talks of that aside are no subject of the verb after it
_ANONYMITY_ASIDE = re.compile(
    r"\bwho\b[^,;]*\b(?:named|identified|authori[sz]ed|anonymity)\b[^,;]*$", re.IGNORECASE)


# a stop that dates what the clause reports ("the first talks since Ostria suspended its
# participation"): history, not the state of the talks
_SINCE_BEFORE = re.compile(r"\bsince(?:\s+[\w'’-]+){1,3}\s+$", re.IGNORECASE)


# a report denied before what it would report ("neither side suggested the talks had broken
# down", "nobody claimed the process was dead")
_DENIED_REPORT = re.compile(
    r"\b(?:neither|nobody|no\s+one|none)\b[^,;:]*?\b(?:suggest|say|said|claim|indicat|hint|"
    r"think|thought|believ)\w*\b|\b(?:did|does|do)\s+not\s+(?:suggest|say|claim|indicate|"
    r"think|believe)\b", re.IGNORECASE)


def _process_stalled(folded, clause, cues, sentence_idx, unit, hedged) -> list[_Row]:
    """"The talks remain stalled", "the session was adjourned indefinitely", "Ostria
    suspended the talks": with no issue named, what stalled is the negotiation process
    itself."""
    stalled = [c for c in cues if c.label == "stalled"
               and not _negated(folded, clause[0], c.start)
               and not _SINCE_BEFORE.search(folded, clause[0], c.start)
               and not _DENIED_REPORT.search(folded, clause[0], c.start)]
    found = [t for t in (_TALKS_SUBJECT.finditer(folded, clause[0], stalled[0].start)
                         if stalled else ())
             if not (_ANONYMITY_ASIDE.search(folded, clause[0], t.start())
                     and "," in folded[t.end() : stalled[0].start])]
    talks = found[-1] if found else None  # the talks nearest before the cue are its subject
    if talks is not None and _talks_on_a_topic(folded, talks.end()):
        return []  # "talks on the quota formula have been stuck": the formula, not the process
    if stalled and talks is None:  # "Ostria suspended the talks": the talks it ended
        talks = _TALKS_OBJECT.match(folded, stalled[0].end, clause[1])
    if talks is None:
        return []
    start, end = talks.span(talks.lastindex or 0)
    if _of_the_past(folded, clause[0], start) or _context_before(folded, clause[0], start):
        return []  # "after earlier talks on a ceasefire stalled"
    return [_Row(sentence_idx, start, end, "negotiation_process", "stalled", None, unit, hedged,
                 False)]


# the talks as the subject of "moving" ("the talks are moving at last"; not "moving to Geneva")
_PROCESS_MOVING = re.compile(
    r"\b(talks|negotiations|process|dialogue)\s+(?:is|are|has\s+been|have\s+been)\s+"
    r"(?:now\s+|finally\s+|at\s+last\s+)?moving\b(?!\s+(?:to|towards?|into|on|away|back)\b)",
    re.IGNORECASE)


def _process_moving(folded, clause, sentence_idx, unit, hedged) -> list[_Row]:
    """"The talks are moving at last", "the process is moving": with no issue named, the
    negotiation process itself advances."""
    moving = _PROCESS_MOVING.search(folded, *clause)
    if moving is None:
        return []
    return [_Row(sentence_idx, moving.start(1), moving.end(1), "negotiation_process", "progress",
                 None, unit, hedged, False)]


# how far (in characters) the talks may stand before the verb that says they go on
# ("consultations between the deputies, last held in May, will continue")
_GOES_ON_REACH = 120


@functools.cache
def _process_goes_on() -> re.Pattern[str]:
    """The talks as the subject ("talks will continue") or the object ("the teams will
    continue their work") of a future "go on" (``process_nouns`` and ``goes_on`` in
    ``lexicons/outcomes.yaml``)."""
    lex = _outcome_lexicon()
    nouns = "|".join(re.escape(n) for n in sorted(lex["process_nouns"], key=len, reverse=True))
    verbs = "|".join(re.escape(v).replace(r"\ ", r"\s+") for v in lex["goes_on"])
    kept = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                    for v in sorted(lex["goes_on"] + lex["kept_going"], key=len, reverse=True))
    pledged = "|".join(re.escape(v).replace(r"\ ", r"\s+")
                       for v in sorted(lex["undertakings"], key=len, reverse=True))
    future = r"(?:will|would|shall)\s+(?:also\s+|now\s+|then\s+)?"
    return re.compile(
        rf"\b(?P<subject>{nouns})\b(?P<gap>[^.;:!?]{{0,{_GOES_ON_REACH}}}?)\s+{future}(?:{verbs})\b"
        rf"|\b{future}(?:{verbs})\s+(?:the|its|their|this|that)\s+(?P<object>{nouns})\b"
        # an undertaking to keep the talks going: "agreed to continue their contacts",
        # "agreed to keep meeting", "pledged to keep the line of talks open" (a few
        # words may stand between the verb and the talks, none that ends the phrase)
        rf"|\b(?:{pledged})\s+to\s+(?:{kept})\s+(?:(?:the|its|their|this|that|a|an)\s+)?"
        rf"(?:[\w'-]+\s+){{0,3}}?(?P<kept>{nouns})\b",
        re.IGNORECASE)


def _process_continues(folded, clause, sentence_idx, unit, hedged, pledged_only=False
                       ) -> list[_Row]:
    """"Talks will continue next month", "the expert teams will then continue their work",
    "agreed to continue their contacts": the sides keep the process going, a step they agreed
    on (no issue of its own: "talks on the quota will continue" is the quota's). With
    ``pledged_only`` (a clause that has rows of its issues) only the undertaking counts."""
    text = folded[clause[0] : clause[1]].lower()
    lex = _outcome_lexicon()
    if not any(verb.split()[0] in text for verb in lex["goes_on"] + lex["kept_going"]):
        return []  # (a cheap test before the regex)
    found = _process_goes_on().search(folded, *clause)
    if found is None or pledged_only and not found.group("kept"):
        return []
    group = next(g for g in ("subject", "object", "kept") if found.group(g))
    start, end = found.span(group)
    gap = found.group("gap") or ""
    if group == "kept":
        before = [w.lower() for w in _WORD.findall(folded, clause[0], found.start())]
        if _talks_on_a_topic(folded, end) or any(
                a in _words("topic") and b == "which"
                for a, b in zip(before, before[1:], strict=False)):
            # "agreed to continue discussions on the tariff", "the tariff, on which they
            # agreed to continue discussions": the talks are the tariff's
            return []
    if group == "subject" and (_talks_on_a_topic(folded, end)
                               # an aside closes right before the verb; any other comma
                               # ends the talks' phrase ("despite the talks, fighting will
                               # continue")
                               or "," in gap and not gap.rstrip().endswith(",")):
        return []
    return [_Row(sentence_idx, start, end, "negotiation_process", "agreed", None, unit, hedged,
                 False)]


def _date_left_open(folded, clause, previous, sentence_idx, unit, hedged) -> list[_Row]:
    """"No new date has been set", "the date will be announced later": a date left open with
    no issue named in the clause or just before it (a new paragraph, a lead) is the date of
    the next sitting of the talks, the negotiation process left open. (After a sentence that
    names an issue, :func:`_carry_over` gives the date to that issue's meeting.)"""
    if previous or clause[0] != unit[0]:
        return []  # (a clause after another: "to sign soon, though no date has been set")
    found = _scan(folded[clause[0] : clause[1]], _group_cues("date_unset"))
    if not found:
        return []
    start, end = clause[0] + found[0].start, clause[0] + found[0].end
    return [_Row(sentence_idx, start, end, "negotiation_process", "unresolved", None, unit, hedged,
                 False)]


def _whole_process(folded, clause, sentence_idx, unit, hedged) -> list[_Row]:
    """"We have made good progress", "the talks ended without a deal", "there is more work
    to be done": a clause that names no issue (and follows none it could speak of) and tells
    the state of the talks as a whole (``whole_process`` in ``lexicons/outcomes.yaml``) speaks
    of the overall settlement. A state expected, wished or needed ("expects the sides to
    build on the progress") is no outcome."""
    found = _scan(folded[clause[0] : clause[1]], _group_cues("whole_process"))
    if not found:
        return []
    cue = found[0]
    start, end = clause[0] + cue.start, clause[0] + cue.end
    before = {w.lower() for w in _WORD.findall(folded, clause[0], start)}
    after = [w.lower() for w in _WORD.findall(folded, end, clause[1])][:3]
    expected = [m for m in _scan(folded[clause[0] : start], _group_cues("expectations"))
                if not {w.lower() for w in _WORD.findall(folded, clause[0], clause[0] + m.start)[-2:]}
                & _words("achieved")]  # "were able to reach": done, not expected
    if before & _words("expectations") or expected:
        return []
    if after[:1] and after[0] in _words("topic") and not (
            {w.lower() for w in _WORD.findall(folded, end, clause[1])[:6]} & _words("whole_topics")):
        return []  # "failed to agree on the reform of the court": of a topic of its own
    if cue.label == "progress" and (_negated(folded, clause[0], start)
                                    or set(after) & {"needed", "required", "necessary"}
                                    or before & _words("field_subjects")):
        return []
    # "made no progress towards ending the war": a progress denied in its gap is a standstill
    label = "stalled" if cue.label == "progress" and _negated_within(
        folded, _Match(start, end, cue.label, cue.weak)) else cue.label
    return [_Row(sentence_idx, start, end, "overall_settlement", label, None, unit, hedged,
                 False)]


# the issues that are meetings, whose date a clause can leave open
_SCHEDULED = frozenset(("leaders_meeting", "negotiation_process"))


# "that" pointing back: alone at the start or end of the clause, or before a noun of the
# kind ("That was rejected", "Moscow rejected that", "that issue remains open")
_THAT_POINTS_BACK = re.compile(
    r"^\W*that\b|\bthat\W*$|\bthat\s+(?:issue|question|proposal|idea|demand|offer|plan|"
    r"matter|point|request|one|file|subject|topic)\b"
    # (after a preposition "that" is no relative pronoun: "talks on that limit")
    r"|\b(?:on|over|about|of|for|with)\s+that\s+(?!is\b|was\b|has\b|had\b)\w"
)


# an answer whose subject is the question's issue: "That was agreed", "It has been settled"
# (not "It was agreed that ...")
_ANSWERS_BACK = re.compile(
    r"\W*(?:A\s*:\s*)?(?:(?:but|and|yet)\s+)?(?:that|this|it|there)\s+"
    r"(?:was|is|has\s+been|had\s+been|have\s+been)\b(?![^.;]*\bthat\b)",
    re.IGNORECASE)


@functools.cache
def _far_anaphora() -> re.Pattern[str]:
    nouns = sorted(_words("back_nouns"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(map(re.escape, nouns)) + r")\b", re.IGNORECASE)


# a noun with a demonstrative that names the issue already spoken of ("on this question")
_THIS_ISSUE = re.compile(r"\b(?:this|that|the\s+same)\s+(?:question|matter|issue|point|subject|"
                         r"topic|file)\b", re.IGNORECASE)


@functools.cache
def _catch_all_categories() -> frozenset[str]:
    return frozenset(e["id"] for e in _issue_lexicon()["entries"] if e.get("weak"))


def _catch_alls_pointing_back(folded: str, clause: tuple[int, int],
                              mentions: list[_Match]) -> bool:
    """The clause names only catch-all words ("positions", "differences") and says which
    issue they are about with a noun that points back ("their positions on this question
    remain different"): it speaks of the issue named before."""
    return (bool(mentions) and all(m.label in _catch_all_categories() for m in mentions)
            and bool(_THIS_ISSUE.search(folded, *clause)))


def _points_back_far(folded: str, start: int, end: int) -> bool:
    """The sentence names what it speaks of with a noun that points back ("the issue")."""
    return bool(_far_anaphora().search(folded, start, end))


# a noun that points back and then names a new issue itself ("the question of sequencing",
# "the issue whether ..."): no back-reference
_NAMES_ITS_OWN = re.compile(r"\s+(?:of|whether|how|who|what|which|when|where)\b", re.IGNORECASE)


def _named_back(folded, clause, cues, previous, sentence_idx, unit, hedged) -> list[_Row]:
    """A clause with no issue of its own whose subject or object is a noun that points back
    ("the issue", "this question"), with a status cue that is not negative: the noun names
    the issue before as plainly as its own word would ("The issue was discussed.", "They
    raised the question again."). (A pronoun is too loose for this: "it was discussed" may
    be the meeting; negative clauses with a pronoun are :func:`_carry_over`'s.)"""
    back = _far_anaphora().search(folded, *clause)
    if back is None or _NAMES_ITS_OWN.match(folded, back.end()):
        return []
    said = [c for c in cues if not c.weak and STATUS_FAMILY[c.label] != "negative"
            and not (back.start() <= c.start < back.end())  # ("the proposal" is no proposal)
            and not _negated(folded, clause[0], c.start)]
    if not said:
        return []
    return [_Row(sentence_idx, m.start, m.end, m.label, said[0].label, None, unit, hedged, False,
                 carried=True)
            for m in _prune(previous)]


_WHICH_BEFORE = re.compile(r"\b(?:which|who)\b", re.IGNORECASE)
_THAT_JUST_BEFORE = re.compile(r"(?:^|\W)(\w+)\s+that\s+$", re.IGNORECASE)


def _relative_before(folded: str, clause_start: int, pos: int) -> bool:
    """A relative clause opens before ``pos``: its cue tells of the noun it qualifies
    ("countries that failed to pay"; but "said that" opens what was said)."""
    if _WHICH_BEFORE.search(folded, clause_start, pos):
        return True
    that = _THAT_JUST_BEFORE.search(folded[clause_start:pos])
    return that is not None and not _SPEECH_BEFORE.fullmatch(that.group(1))


_CLAUSE_TAIL = " \t.,;:!?\"'”’)"


def _carry_over(folded, clause, cues, previous, sentence_idx, unit, hedged,
                after: str | bool = False) -> list[_Row]:
    """A negative clause with no issue of its own that points back ("they will not agree"),
    or follows a clause of the same sentence that only discussed its issues ("X was
    discussed, but no solution was found"), or answers a question (``after`` "answer": "Will
    they meet? Nothing has been decided."), or that leaves the date of a meeting named
    before open ("No date has been set."), or that leaves open (an "unresolved" cue) what the
    sentence before named when its own sentence names no issue at all (``after`` "bare":
    "They took up the quota. No agreement was reached."; a verb of another kind has an
    object of its own: "Sudland suspended cooperation")."""
    if previous and _scan(folded[clause[0] : clause[1]], _group_cues("date_unset")):
        return [_Row(sentence_idx, m.start, m.end, m.label, "unresolved", None, unit, hedged,
                     False, carried=True)
                for m in _prune(previous) if m.label in _SCHEDULED]
    positive = [c for c in cues if STATUS_FAMILY[c.label] == "positive" and not c.weak]
    if (after == "answer" and previous and positive and _ANSWERS_BACK.match(folded, *clause)
            and not _negated(folded, clause[0], positive[0].start)):
        # "Q: What about the hotline? A: That was agreed in May."
        return [_Row(sentence_idx, m.start, m.end, m.label, positive[0].label, None, unit,
                     hedged, False, carried=True) for m in _prune(previous)]
    negative = [c for c in cues if STATUS_FAMILY[c.label] == "negative"
                and not _negated(folded, clause[0], c.start)]  # "nobody walked out"
    # "no agreement was reached on it": an agreement negated leaves the issue open
    negative += [_Match(c.start, c.end, "unresolved") for c in positive
                 if _negated(folded, clause[0], c.start)]
    negative.sort(key=lambda c: c.start)
    if not negative and previous:
        return _named_back(folded, clause, cues, previous, sentence_idx, unit, hedged)
    if not negative or not previous:
        return []
    # "this month", "that day": a time, not the issue before
    text = _TIME_AFTER_DEMONSTRATIVE.sub(" ", folded[clause[0] : clause[1]].lower())
    words = set(_WORD.findall(text))
    anaphora = _words("anaphora")
    if "that" in words and not _THAT_POINTS_BACK.search(text):
        words.discard("that")  # "countries that had failed": a relative pronoun
    # (progress denied by itself, "No progress was reported.", leaves the issue named before
    # open: it names no talks that stopped; a verb with an object of its own, "suspended its
    # cooperation", speaks of that object)
    stall = negative[0].label == "stalled" and bool(
        set(_WORD.findall(folded[negative[0].start : negative[0].end].lower())) & _words("steps"))
    bare = (after == "bare" and (negative[0].label == "unresolved" or stall)
            and not _relative_before(folded, clause[0], negative[0].start))
    after_discussed = bare or after in ("discussed", "answer") or after == "proposed" and any(
        c.label != "unresolved" for c in negative)
    pointed = bool(words & anaphora) or any(" " in a and a in text for a in anaphora) or (
        # a side that disagrees, with nothing after its verb ("Sudland disagrees."): with
        # what was just said
        negative[0].label == "disagreement"
        and not folded[negative[0].end : clause[1]].strip(_CLAUSE_TAIL))
    if not (after_discussed or pointed):
        return []
    status = "unresolved" if stall and bare and not pointed else negative[0].label
    return [
        _Row(sentence_idx, m.start, m.end, m.label, status, None, unit, hedged, False,
             carried=True)
        for m in _distinct(previous)
    ]


def _distinct(mentions: list[_Match]) -> list[_Match]:
    """One mention per category, the strong first; a weak cue stays, as each item of a
    list was pruned on its own ("to withdraw from the hills, to halt air strikes and to
    release detainees. There were no answers.": the detainees too)."""
    cats = _categories()
    seen = {s for m in mentions for s in cats[m.label].subsumes}
    return [m for m in sorted(mentions, key=lambda m: (m.weak, m.start))
            if m.label not in seen and not seen.add(m.label)]


def _claims_lookup(
    claims: pd.DataFrame | None, sentences: pd.DataFrame | None = None
) -> dict[tuple[str, int], tuple]:
    """(doc_id, sentence_idx) -> (claimant, claimant_type, hedged) of the outcome claims.

    Two readers' conventions on top of the attribution: a proposal verb names the proposer,
    not a claimant ("Russia suggested that ..." is the outlet's report), and the items of a
    bulleted list take the claimant of the lead-in line that ends with a colon.
    """
    if claims is None or len(claims) == 0:
        return {}
    n = len(claims)
    doc_ids, indices, claimants, ctypes, hedges, cues = (
        claims[c].tolist() if c in claims.columns else [None] * n
        for c in ("doc_id", "sentence_idx", "claimant", "claimant_type", "hedged", "cue")
    )
    proposals = _group_cues("proposal")
    proposing: dict[str, bool] = {}  # cue -> a proposal verb (few cues, many claims)
    out = {}
    for doc_id, idx, claimant, ctype, hedged, cue in zip(
        doc_ids, indices, claimants, ctypes, hedges, cues, strict=True
    ):
        claimant, ctype, cue = _none(claimant), _none(ctype), _none(cue)
        if isinstance(cue, str) and cue not in proposing:
            proposing[cue] = bool(_scan(cue.translate(_FOLD), proposals))
        if isinstance(cue, str) and proposing[cue]:
            claimant, ctype = None, None
        out[(doc_id, int(idx))] = (claimant, ctype, bool(_none(hedged) or False))
    if sentences is not None:
        _carry_lead_ins(out, sentences)
    return out


_BULLETS = "→•-–—*▪●·►‣◦"
# the mark that opens a point of a list: a bullet, or a number ("1.", "2)")
_LIST_MARK = re.compile(rf"[ \t]*(?:[{re.escape(_BULLETS)}][ \t]|\d{{1,2}}[.)](?:\s|$)"
                        # "(a)", "b)", "(iv)", "(2)": a point of a list by its letter or number
                        r"|\(?(?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s)")
# the kind of a mark, its letters and numbers left out ("(a)" and "(b)" are of one kind)
_MARK_KIND = re.compile(r"\d+|[a-z]+")


def _opens_list(folded: str, start: int, end: int) -> str | None:
    """The status of a line that ends with a colon after a status word of its own ("the two
    sides agreed to:"), else None."""
    if not folded[start:end].rstrip().endswith(":"):
        return None
    cues = _status_matches(folded, start, end, start)
    return cues[0].label if cues else None


# an entry of a timeline: a date, then a dash ("9 May 2024 – ...", "March 3, 2025 - ...")
_DAY = r"\d{1,2}(?:\s*[-–]\s*\d{1,2})?"
_DATED_ENTRY = re.compile(rf"[ \t]*(?:{_DAY}\s+)?([A-Za-z]+)\.?(?:\s+{_DAY})?,?(?:\s+\d{{4}})?"
                          r"\s+[-–—]\s")


# a paragraph of one line with no stop at its end (and no table cells): a headline
# ("Norland, Sudland agree on quota, leave border open"), as an updated wire story repeats
# it above its new text
_HEADLINE = re.compile(r"[ \t]*[A-Z][^\n|]*[^\s.!?:;|\"”’»)][ \t]*(?:\n[ \t]*\n|\s*$)")
_BLANK_LINE_BEFORE = re.compile(r"\n[ \t]*\n[ \t]*$")


def _headline(body: str, start: int, end: int) -> bool:
    """The sentence at ``start`` is a headline line that sums up the story; like the lead,
    what it states on its own a source of the article claims too."""
    if (start and _BLANK_LINE_BEFORE.search(body[max(0, start - 40) : start]) is None
            or len(_WORD.findall(body, start, end)) < 4):
        return False
    line = _HEADLINE.match(body, start)
    return line is not None and line.end() >= end


def _timeline_entry(body: str, start: int) -> bool:
    """The paragraph at ``start`` is an entry of a timeline, each an outcome of its own."""
    entry = _DATED_ENTRY.match(body, start)
    return entry is not None and entry.group(1).lower() in _month_words()


def _documents(
    sentences: pd.DataFrame, columns: tuple[str, ...], default: object = None
) -> list[tuple[object, list[tuple]]]:
    """Per document, the sentences' ``columns`` as tuples in ``sentence_idx`` order.

    Plain lists for the loops, in the order ``groupby("doc_id", sort=False)`` and then
    ``sort_values("sentence_idx")`` give: documents in order of first appearance (none for a
    missing doc_id), sentences sorted as pandas sorts them. A missing column reads ``default``.
    """
    n = len(sentences)
    values = [sentences[c].tolist() if c in sentences.columns else [default] * n for c in columns]
    positions_of: dict[object, list[int]] = {}
    for pos, (doc_id, missing) in enumerate(
        zip(sentences["doc_id"].tolist(), sentences["doc_id"].isna().tolist(), strict=True)
    ):
        if not missing:
            positions_of.setdefault(doc_id, []).append(pos)
    order = sentences["sentence_idx"]
    indices = order.tolist()
    out = []
    for doc_id, positions in positions_of.items():
        keys = [indices[p] for p in positions]
        if not all(a < b for a, b in zip(keys, keys[1:], strict=False)):
            # ties or disorder: let pandas sort, so the order is exactly its own
            ranks = order.iloc[positions].reset_index(drop=True).sort_values().index.tolist()
            positions = [positions[k] for k in ranks]
        out.append((doc_id, [tuple(col[p] for col in values) for p in positions]))
    return out


_ISSUER_LINE = re.compile(r"\b(?:press\s+release|statement|readout|communiqu)", re.IGNORECASE)
_ISSUER_WORDS = 20


def _issuers(claims: pd.DataFrame | None, sentences: pd.DataFrame) -> dict[object, str]:
    """doc_id -> the organisation that issues the text, when its first sentence is a short
    line such as "Press release of the Ministry of Foreign Affairs": the unattributed
    sentences of a press release are the issuer's claims, not an outlet's."""
    if claims is None or len(claims) == 0 or "cue" not in claims.columns:
        return {}
    first = sentences[sentences["sentence_idx"] == 0]
    short = {d: len(str(t).split()) <= _ISSUER_WORDS
             for d, t in zip(first["doc_id"], first["text"], strict=True)}
    out = {}
    rows = claims[claims["sentence_idx"] == 0]
    for doc_id, claimant, ctype, cue in zip(
        rows["doc_id"], rows["claimant"], rows["claimant_type"], rows["cue"], strict=True
    ):
        claimant, ctype, cue = _none(claimant), _none(ctype), _none(cue)
        if (ctype == "organisation" and isinstance(claimant, str) and isinstance(cue, str)
                and short.get(doc_id) and _ISSUER_LINE.search(cue)):
            out[doc_id] = claimant
    return out


# the office that signs a press release on its last lines ("Press Office / Ministry of
# Foreign Affairs", "Source: Press Office of the Government")
_SIGNATURE = re.compile(
    r"\s*(?:Source\s*:\s*)?(?:The\s+)?(?P<issuer>(?:(?:Press\s+)?Office|Ministry|Department|"
    r"Embassy|Permanent\s+Mission|Mission|Presidency|Secretariat|Press\s+Service|Government|Spokesperson)(?:\s+(?:of|for|and|the|to|"
    r"[A-Z][\w'’().-]*))*)\s*\.?\s*"
)
_SIGNATURE_LINES = 3
# "The Ministry of Foreign Affairs reports that ...": the present tense of an office
# reporting its own business
_OWN_REPORT = re.compile(r"^(?:reports|informs|announces|communicates|wishes\s+to\s+inform)$",
                         re.IGNORECASE)
# "2. The two sides reviewed ...": the numbered paragraphs of an official text
_NUMBERED = re.compile(r"^\s*\d{1,2}\.\s+[A-Z]", re.MULTILINE)


def _release_issuers(
    bodies: dict, claims: pd.DataFrame | None, sentences: pd.DataFrame
) -> dict[object, str]:
    """doc_id -> the office whose press release the text is, read from the text itself: its
    last lines sign it with an office's name, its lead has the office report in the present
    tense ("The Ministry ... reports that"), or its paragraphs are numbered and no outlet is
    named; the unattributed sentences of such a text are that office's claims."""
    sourced: dict[object, list] = {}
    if claims is not None and len(claims) and "cue" in claims.columns:
        for doc_id, idx, claimant, ctype, via, cue in zip(
            *(claims[c].tolist() for c in ("doc_id", "sentence_idx", "claimant", "claimant_type",
                                           "via", "cue")),
            strict=True,
        ):
            sourced.setdefault(doc_id, []).append(
                (int(idx), _none(claimant), _none(ctype), _none(via), _none(cue)))
    out = {}
    for doc_id, doc in _documents(sentences, ("sentence_idx", "text", "block_kind")):
        rows = sorted(sourced.get(doc_id, []))
        first = next((r for r in rows if r[1] is not None or r[2] is not None), None)
        if (first is not None and first[2] == "organisation" and isinstance(first[4], str)
                and _OWN_REPORT.match(first[4]) and first[0] <= 2):
            out[doc_id] = first[1]
            continue
        for _, text, _ in reversed(doc[-_SIGNATURE_LINES:]):
            if (sign := _SIGNATURE.fullmatch(str(text).split("\n")[-1])) and len(
                    sign.group("issuer").split()) <= 12:
                out[doc_id] = sign.group("issuer")
                break
        if doc_id in out:
            continue
        numbered = len(_NUMBERED.findall(str(bodies.get(doc_id) or "")))
        outlets = any(r[2] == "media" or r[3] is not None for r in rows)
        if numbered >= 2 and not outlets:
            # (numbered sections with no office named are a digest's, the outlet's own)
            ministry = next((m.group() for _, text, _ in doc
                             if (m := _MINISTRY.search(str(text)))), None)
            # (a readout that names no ministry names its minister first: "Mr. Vale,
            # Minister for Foreign Affairs of Norland, held talks with ...")
            ministry = ministry or next(
                (f"Ministry of {m.group('field')}" for _, text, _ in doc
                 if (m := _MINISTER.search(str(text)))), None)
            if ministry:
                out[doc_id] = ministry
    return out


_MINISTRY = re.compile(r"\bMinistry\s+of\s+(?:[A-Z][\w'’-]*\s*)+(?<!\s)")
# the office of a minister named with it ("Minister for Foreign Affairs of Norland")
_MINISTER = re.compile(
    r"\bMinister\s+(?:for|of)\s+(?P<field>(?:[A-Z][\w'’-]*\s+)+of\s+(?:the\s+)?"
    r"[A-Z][\w'’-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’-]*)*)")


_JOINT_KINDS = r"(?:statement|declaration|communiqu[eé]|release)"
_JOINT_LINE = re.compile(rf"\s*joint\s+(?:press\s+)?{_JOINT_KINDS}\s*[.:]?\s*", re.IGNORECASE)
_JOINT_HEAD = 3


_READOUT_TITLE = re.compile(r"\s*(?:readout|read-out)\b", re.IGNORECASE)
# "Statement of the Ministry of Foreign Affairs of Norland on the 64th round", "Daily Press
# Briefing by the Office of the Spokesperson", "Report by the Secretary-General on the
# Lisk talks": the issuer
_ISSUER_TITLE = re.compile(
    r"\s*(?i:(?:joint\s+|daily\s+|weekly\s+|regular\s+|noon\s+)?(?:press\s+)?(?:statement|"
    r"release|readout|read-out|communiqu[eé]|information\s+note|briefing|report)\s+(?:of|by|from|"
    r"attributable\s+to|issued\s+by)\s+(?:the\s+)?)"
    r"(?P<issuer>(?:Ministry|Department|Office|Embassy|Mission|Presidency|Government|Secretariat|"
    r"Secretary|Commission|Permanent|Press|Spokes)[^,;:]*?)(?:\s+(?i:on|regarding|about|concerning|following|after|"
    r"in\s+connection\s+with)\s.*)?\s*$"
)
_MASTHEAD_WORDS = 6
# "The following statement was issued today by the Spokesperson for ...:" opening the body
_FOLLOWING_ISSUED = re.compile(
    r"\s*(?i:the\s+following\s+(?:joint\s+)?(?:press\s+)?(?:statement|release|readout|"
    r"communiqu[eé])\s+(?:was|has\s+been)\s+(?:issued|released|published|made)\b[^:]*?\bby\s+"
    r"(?:the\s+)?)(?P<issuer>[A-Z][^:]*?)\s*:?\s*$"
)


def _readout_issuers(articles: pd.DataFrame, sentences: pd.DataFrame) -> dict[object, str]:
    """doc_id -> the office whose readout the text is: the title says "Readout of ..." and
    the body opens with a short capitalised line naming the office ("The White House"), or
    the title names it ("Statement of the Ministry of Foreign Affairs of Norland on ..."), or
    the body opens with the office's full name, or with "PRESS RELEASE" over a short
    capitalised line naming the issuer."""
    readouts, released, out = set(), set(), {}
    for doc_id, title in zip(articles["doc_id"], articles["title"], strict=True):
        if not isinstance(title, str):
            continue
        if _READOUT_TITLE.match(title):
            readouts.add(doc_id)
        if issuer := _ISSUER_TITLE.match(title):
            out[doc_id] = issuer.group("issuer")
    first = sentences[sentences["sentence_idx"] == 0]
    for doc_id, text in zip(first["doc_id"], first["text"], strict=True):
        if doc_id not in out and (issuer := _FOLLOWING_ISSUED.match(str(text))):
            out[doc_id] = issuer.group("issuer")
            continue
        if doc_id not in out and (issuer := _office_masthead(str(text))):
            out[doc_id] = issuer
            continue
        if doc_id not in out and _RELEASE_HEADING.fullmatch(str(text)):
            released.add(doc_id)  # ("PRESS RELEASE" over the issuer's name: its masthead)
            continue
        words = _ARTICLE_LEAD.sub("", str(text).strip()).split()
        if (doc_id in readouts and 0 < len(words) <= _MASTHEAD_WORDS
                and all(w[:1].isupper() or w in ("of", "the", "for", "and") for w in words)):
            out[doc_id] = " ".join(words)
    second = sentences[(sentences["sentence_idx"] == 1) & (sentences["block_kind"] == "heading")]
    for doc_id, text in zip(second["doc_id"], second["text"], strict=True):
        words = str(text).split()
        if (doc_id in released and doc_id not in out and 0 < len(words) <= _MASTHEAD_WORDS
                and all(w.lstrip("(")[:1].isupper() or w in ("of", "the", "for", "and")
                        for w in words)):
            out[doc_id] = " ".join(words)
    # a masthead of several lines ("Republic of Norland / Ministry of Foreign Affairs / PRESS
    # RELEASE"): the office named next to the release heading issues the text
    head = sentences[(sentences["block_kind"] == "heading")
                     & (sentences["sentence_idx"] <= _JOINT_HEAD)]
    for doc_id, lines in head.groupby("doc_id", sort=False)["text"]:
        lines = [str(t) for t in lines]
        marks = [i for i, t in enumerate(lines) if _RELEASE_HEADING.fullmatch(t)]
        if doc_id in out or not marks:
            continue
        near = sorted(range(len(lines)), key=lambda i: (abs(i - marks[0]), i))
        issuer = next((o for i in near if i != marks[0] and (o := _office_masthead(lines[i]))),
                      None)
        if issuer:
            out[doc_id] = issuer
    return out


_RELEASE_HEADING = re.compile(
    r"\s*(?i:(?:press|news|media)\s+(?:release|note|advisory)|fact\s+sheet)\s*\.?\s*")


_ARTICLE_LEAD = re.compile(r"^the\s+", re.IGNORECASE)
_OFFICE_OF = re.compile(r"\b(?:of|for)\b")


def _office_masthead(text: str) -> str | None:
    """The office whose page the text is, when its body opens with a line that is only an
    office's full name ("Ministry of Foreign Affairs of Norland"), as a ministry's website
    heads its readouts and releases; None otherwise."""
    sign = _SIGNATURE.fullmatch(text.strip())
    if sign is None:
        return None
    issuer = sign.group("issuer")
    if len(issuer.split()) > 12 or not _OFFICE_OF.search(issuer):
        return None
    return issuer


def _joint_texts(articles: pd.DataFrame, sentences: pd.DataFrame) -> set[object]:
    """Documents that are a joint statement: one of their first lines, or of the headings
    that open them (a masthead of ministry and government may come first), is only the
    heading "Joint statement" (or declaration, communiqué, press release), or their title
    opens with it ("Joint Communiqué of the Fourth Session ..."); their unattributed
    sentences are the statement's claims."""
    paragraphs = sentences[sentences["block_kind"] == "paragraph"]
    body_from = paragraphs.groupby("doc_id")["sentence_idx"].min()
    limit = sentences["doc_id"].map(body_from).fillna(0).clip(lower=_JOINT_HEAD)
    head = sentences[sentences["sentence_idx"] < limit]
    titled = articles["title"] if "title" in articles.columns else []
    return {
        d for d, t in zip(head["doc_id"], head["text"], strict=True)
        if _JOINT_LINE.fullmatch(str(t))
    } | {d for d, t in zip(articles["doc_id"], titled, strict=True)
         if isinstance(t, str) and _JOINT_TITLE.match(t)}


_JOINT_TITLE = re.compile(rf"\s*joint\s+(?:press\s+)?{_JOINT_KINDS}\b"
                          r"(?!\s+(?:says|said|calls|urges))", re.IGNORECASE)


def _carry_lead_ins(claim_of: dict, sentences: pd.DataFrame) -> None:
    """Bulleted sentences without a claimant take the one of their lead-in ("... listed:");
    a short lead-in with no speaker of its own ("Its main points:") points back to the
    sentence before it, and takes that one's claimant."""
    for doc_id, doc in _documents(sentences, ("sentence_idx", "text")):
        lead, before = None, (None, None, False)
        for sentence_idx, sentence_text in doc:
            key = (doc_id, int(sentence_idx))
            text = str(sentence_text).strip()
            if text[:1] in _BULLETS and lead is not None:
                if claim_of.get(key, (None, None, False))[1] is None:
                    claim_of[key] = (lead[0], lead[1], claim_of.get(key, (None, None, False))[2])
                continue
            found = claim_of.get(key, (None, None, False))
            if (text.endswith(":") and found[1] is None and before[1] is not None
                    and len(text.split()) <= _LEAD_IN_WORDS):
                found = before
            lead = found if text.endswith(":") and found[1] is not None else None
            before = found


_LEAD_IN_WORDS = 6


def _none(value):
    if value is None or value is pd.NA:
        return None
    if isinstance(value, float) and value != value:
        return None
    return value


def _event_lookup(events: pd.DataFrame | None) -> dict[str, list[tuple[int, str, str]]]:
    """Per document: (sentence_idx, event_id, type), in sentence order."""
    out: dict[str, list[tuple[int, str, str]]] = {}
    if events is None or len(events) == 0:
        return out
    for rec in events[["doc_id", "event_id", "sentence_idx", "type"]].to_dict("records"):
        idx = _none(rec["sentence_idx"])
        out.setdefault(rec["doc_id"], []).append(
            (-1 if idx is None else int(idx), rec["event_id"], rec["type"])
        )
    for rows in out.values():
        rows.sort(key=lambda r: (r[0], _event_order(r[1])))
    return out


def _event_order(event_id: str) -> tuple:
    n = event_number(event_id)
    return (0, n, "") if n is not None else (1, 0, str(event_id))


def _event_for(doc_events: list[tuple[int, str, str]], sentence_idx: int) -> str | None:
    """The event in the same sentence (talks first), else the round it belongs to."""
    same = [e for e in doc_events if e[0] == sentence_idx]
    if same:
        talks = [e for e in same if e[2] in TALKS_TYPES]
        return (talks or same)[0][1]
    return _round_for(doc_events, sentence_idx)


def _round_for(doc_events: list[tuple[int, str, str]], sentence_idx: int) -> str | None:
    """The talks event of the same sentence, else the nearest earlier one, else the article's first.

    News puts the outcome in the lead and the meeting that produced it further down, so
    an outcome before any talks event belongs to the first one.
    """
    talks = [e for e in doc_events if e[2] in TALKS_TYPES]
    upto = [e for e in talks if e[0] <= sentence_idx]
    if upto:
        return upto[-1][1]
    return talks[0][1] if talks else None


def _commitment(folded: str, unit: tuple[int, int]) -> str | None:
    found = {m.label for m in _scan(folded[unit[0] : unit[1]], _group_cues("commitment"))}
    return next((c for c in COMMITMENTS if c in found), None)


def _track(folded: str, clause_start: int, mention_start: int, mention_end: int) -> str | None:
    words = [w.lower() for w in _WORD.findall(folded[clause_start:mention_start])][-3:]
    words += [w.lower() for w in _WORD.findall(folded[mention_start:mention_end])]
    return next((w for w in words if w in _words("tracks")), None)


# a text signed or concluded on a date of long ago: background, not an outcome of the talks
_SIGNED_IN = re.compile(
    r"\b(?:signed|concluded|ratified)\s+(?:on|in)\s+(?:[\w,]+\s+){0,3}?(1[89]\d\d|20\d\d)\b")
# a step of the process's founding, told with its date ("the talks were launched in October
# 2008 under the truce", "broke off relations after the August 2008 war")
_BEGUN_IN = re.compile(
    r"\b(?:launched|founded|established|set\s+up|broke\s+off|severed|cut\s+off)\s+"
    r"(?:[\w'-]+\s+){0,4}?(?:on|in|after)\s+(?:the\s+)?(?:[\w,]+\s+){0,2}?(1[89]\d\d|20\d\d)\b",
    re.IGNORECASE)
_LONG_AGO = 10  # years before the article


def _long_ago(folded: str, unit: tuple[int, int], year: object) -> bool:
    """The unit says its text was signed, or the process was launched or broken off, ten
    years or more before the article appeared."""
    if year is None or pd.isna(year):
        return False
    return any(told is not None and int(told.group(1)) <= year - _LONG_AGO
               for told in (_SIGNED_IN.search(folded, *unit), _BEGUN_IN.search(folded, *unit)))


def _evidence(body: str, row: _Row) -> str:
    if row.item is None:
        a, b = row.unit
    else:
        a, b = row.item
        quote = _CLOSE_QUOTE.search(body, a, b)
        if quote and quote.start() > row.end:
            b = quote.start()
    text = body[a:b]
    lead = len(text) - len(text.lstrip(' “"«,;'))
    if row.item is not None:
        stripped = text[lead:]
        for word in ("and ", "or "):
            if stripped.lower().startswith(word):
                lead += len(word)
    text = body[a + lead : b].rstrip(" ,;")
    return text.strip()


def _check_frames(articles: pd.DataFrame, sentences: pd.DataFrame) -> None:
    for name, frame, needed in (
        ("articles", articles, ("doc_id", "text")),
        (
            "sentences",
            sentences,
            ("doc_id", "sentence_idx", "start_char", "end_char", "block_kind"),
        ),
    ):
        if not isinstance(frame, pd.DataFrame):
            raise TypeError(
                f"extract_outcomes(): {name} must be a DataFrame, not {type(frame).__name__}"
            )
        missing = [c for c in needed if c not in frame.columns]
        if missing:
            raise ValueError(f"extract_outcomes(): {name} lacks columns {', '.join(missing)}")


def extract_outcomes(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """What the articles say each round achieved, one row per issue and claimant.

    Paragraphs and captions (a gallery's "Photo: ..." lines) are read; what a correction
    says an earlier version said is withdrawn. Each sentence is cut into its own sentences
    (a quote of several stays one in ``sentences``), then into clauses at contrasts ("failed
    to agree on a ceasefire, but agreed to exchange prisoners"), and an enumeration under
    one verb ("we discussed A, B, C and D") into items. Every issue cue of the taxonomy (``lexicons/issues.yaml``) takes
    the status of the nearest status cue before it in its clause, else of one right after
    it ("X was discussed"). A proposal is "discussed", never "agreed"; an agreement that is
    only hoped for or negated is "unresolved"; "discussed" gives way to a negative cue in
    the same clause; a transfer carried out ("five prisoners were released") is "agreed" for
    the people it moves. A question or a sentence that opens with its condition ("If ...")
    reports nothing, but the next sentence may refer back to its issues, and so may each
    sentence of the paragraph that answers a question; a condition within a clause (",
    if Norland accepts a withdrawal") reports nothing either; a reporter's question that
    opens a sentence ("Asked whether X was agreed, he said ...") names the issue, not its
    status; a text signed ten years or more before the article is background. Tone words
    are left to :func:`extract_assessments`. Within an article, one row is kept per (category, claimant,
    status), except the items of one enumeration and the points of a numbered or bulleted
    list (an article's several mentions of the talks are often one round); a row the outlet
    states on its own in the lead (or in a headline line repeated above an update) is
    dropped when a source of the article claims the same outside a list.

    Parameters
    ----------
    articles : DataFrame
        ``doc_id`` and ``text`` (the body all offsets point into).
    sentences : DataFrame
        As :func:`analysis.sentences.split_sentences` returns.
    claims : DataFrame, optional
        As ``analysis.attribution.attribute_sentences`` returns (``claimant``,
        ``claimant_type``, ``hedged`` per sentence). Sentences without a claimant are the
        outlet's own: claimant_type ``media``.
    events : DataFrame, optional
        As ``analysis.events.extract_events`` returns; gives ``event_id``.

    Returns
    -------
    DataFrame
        ``OUTCOME_COLUMNS``: doc_id, event_id (the event of the same sentence, else the
        nearest earlier talks event, else None), sentence_idx, issue (the cue phrase as
        written), category, track (military, political, humanitarian when the text names
        it, else None), status (agreed, progress, discussed, unresolved, disagreement,
        stalled), claimant, claimant_type, hedged (bool), commitment (conditional,
        unilateral, mutual or None), evidence (the item, clause or sentence, verbatim).
    """
    _check_frames(articles, sentences)
    bodies = dict(zip(articles["doc_id"], articles["text"], strict=True))
    years = (dict(zip(articles["doc_id"], pd.to_datetime(articles["published"]).dt.year,
                      strict=True)) if "published" in articles.columns else {})
    claim_of = _claims_lookup(claims, sentences)
    cue_of = {}  # (doc_id, sentence_idx) -> the words that name the claimant
    if claims is not None and "cue" in claims.columns:
        keys = zip(claims["doc_id"].tolist(), claims["sentence_idx"].astype(int).tolist(),
                   strict=True)
        cue_of = dict(zip(keys, claims["cue"].tolist(), strict=True))
    issuer_of = {**_release_issuers(bodies, claims, sentences),
                 **_readout_issuers(articles, sentences),
                 **_issuers(claims, sentences)}
    joint = _joint_texts(articles, sentences)
    event_of = _event_lookup(events)
    records: list[tuple] = []
    lead: dict[object, int] = {}  # doc_id -> its first paragraph block
    lead_sentences: set[tuple] = set()
    points: set[tuple] = set()  # (doc_id, sentence_idx) of the points of lists
    columns = ("sentence_idx", "block_kind", "block_idx", "start_char", "end_char")
    for doc_id, doc_sents in _documents(sentences, columns, default=0):
        body = bodies.get(doc_id)
        if body is None:
            continue
        folded = body.translate(_FOLD)
        previous: list[_Match] = []
        previous_key: tuple[int, int] | None = None
        distant: list[_Match] = []  # the issues handed on by the sentence before
        # the issues of the last question and its block; the paragraph after it answers it
        question: tuple[list[_Match], int] | None = None
        answer_block: int | None = None
        seen: set[tuple] = set()
        first_said: dict[tuple, int] = {}  # (category, claimant, type, status) -> sentence
        current_block, list_item, entry = None, False, False
        # the status of the line that opens a list, and the kind of mark of its points
        opened: tuple[str, str | None] | None = None
        point = False  # the block is a point of the opened list
        told: set[tuple] = set()  # the rows (and issues) told outside a timeline
        named_block, block_named = None, []  # the issues named so far in the block
        last_named: list[_Match] = []  # the issues of the last sentence that named any
        for sentence_idx, block_kind, block_idx, start_char, end_char in doc_sents:
            idx = int(sentence_idx)
            if block_kind not in _REPORTING_BLOCKS or _MEMO_HEADER.match(body, int(start_char)):
                previous, previous_key = [], None
                continue
            block = int(block_idx)
            if block != current_block:  # a list item is a block that opens with its mark
                current_block = block
                mark = _LIST_MARK.match(body, int(start_char))
                list_item = mark is not None
                entry = _timeline_entry(body, int(start_char))
                # the points of an opened list share the kind of mark of its first point
                style = _MARK_KIND.sub(lambda m: "1" if m.group().isdigit() else "a",
                                       mark.group().strip()) if mark else None
                point = opened is not None and list_item and opened[1] in (None, style)
                opened = (opened[0], style) if point else None
            lead.setdefault(doc_id, block)
            if lead[doc_id] == block or _headline(body, int(start_char), int(end_char)):
                lead_sentences.add((doc_id, idx))
            if list_item:
                points.add((doc_id, idx))
            # the sentence before in the paragraph, or a question answered in the next one
            carry = previous if previous_key in ((block, idx - 1), ("asked", idx - 1)) else []
            in_paragraph = previous_key == (block, idx - 1)
            if not carry and in_paragraph and _points_back_far(
                    folded, int(start_char), int(end_char)):
                carry = distant
            elif (not carry and previous_key is not None and previous_key[1] == idx - 1
                  and previous_key[0] != block and _points_back_far(
                      folded, int(start_char), int(end_char))):
                # a paragraph that opens by pointing back ("Y rejected the demand.") speaks
                # of what the paragraph before ended on
                carry = previous
            if question is not None and block != question[1]:
                answer_block = block if answer_block is None else answer_block
                if block != answer_block:
                    question, answer_block = None, None
            answer = question is not None and block == answer_block
            if answer and not carry:  # "Will they meet? - It was mentioned. Nothing is decided."
                carry = question[0]
            rows, named = _analyse_sentence(folded, int(start_char), int(end_char), idx, carry,
                                            answer, opened[0] if point else None)
            if status := _opens_list(folded, int(start_char), int(end_char)):
                # a line that ends with a colon and a status word opens a list whose points
                # take that status ("Under the accord, the parties undertook to:")
                opened = (status, None)
            asked = _prompts(folded, int(start_char), int(end_char))
            previous, previous_key = named, ("asked" if asked else block, idx)
            # a sentence that names no issue hands on the one it was given to a noun that
            # points back ("Oil is the key. Interest is rising. X raised the issue again."),
            # and so does each sentence after it in the paragraph that names none: "the
            # issue" is the last one the paragraph named, however many sentences of
            # comment stand between ("X was raised. A said .... B replied .... The issue
            # was left open.")
            distant = [] if named else carry or (distant if in_paragraph else [])
            if block != named_block:
                named_block, block_named = block, []
            block_named += named
            if asked and block_named:  # "The release names a hotline. When will it work?"
                question, answer_block = (named or block_named, block), None
            elif asked and last_named and _THIS_ISSUE.search(folded, int(start_char),
                                                             int(end_char)):
                # "A: ... except the hotline. Q: So that point is still open?"
                question, answer_block = (last_named, block), None
            last_named = named or last_named
            sourced = claim_of.get((doc_id, idx), (None, None, False))
            claim_hedged = sourced[2]
            if doc_id in joint:  # a joint text numbers its paragraphs as a release does
                own = (JOINT_CLAIMANT, "joint_statement")
            elif doc_id in issuer_of:
                own = (issuer_of[doc_id], "organisation")
            else:
                own = (None, DEFAULT_CLAIMANT_TYPE)
            # "A was discussed, but X told them that B": A is the text's own account
            narrated = _narrated_before(folded, int(start_char), int(end_char),
                                        cue_of.get((doc_id, idx)))
            event_id = _event_for(event_of.get(doc_id, []), idx)
            for row in rows:
                if (row.status in ("agreed", "stalled")
                        and _long_ago(folded, row.unit, years.get(doc_id))):
                    continue  # ("the treaty, signed in 1929, says the line starts at ...")
                claimant, claimant_type = (
                    own if sourced[1] is None or narrated is not None and row.end <= narrated
                    else sourced[:2])
                issue = body[row.start : row.end] or row.category.replace("_", " ")
                base = (row.category, claimant, claimant_type, row.status)
                # the items of one enumeration stay apart; one said before is said again
                said_before = first_said.setdefault(base, idx) != idx
                key = base + (row.item,) if row.listed and not said_before else base
                if list_item or entry:  # each point, each dated entry an outcome of its own
                    key = base + (("point", block),) + ((row.item,) if row.listed else ())
                named_as = base + (issue.strip().lower(),)
                if (key in seen or named_as in seen or entry and named_as in told
                        or row.carried and any(_restated(r, doc_id, idx, row)
                                               for r in records[-_RECENT:])):
                    continue  # (an entry that recalls what the article told is no new row)
                # an item of an enumeration blocks only itself said again: one of six steps
                # agreed does not stand for another issue of its kind agreed later ("agreed
                # on a youth committee, ... They agreed to meet again in July")
                seen.update((key, named_as) if row.listed and key != base else (key, base))
                if not entry:
                    told.add(base + (issue.strip().lower(),))
                if row.carried:  # "X was raised. No progress was made on it.": one outcome
                    ended = [r for r in records[-_RECENT:]
                             if _superseded(r, doc_id, idx, row, claimant)]
                    records[-_RECENT:] = [r for r in records[-_RECENT:] if r not in ended]
                    # (what was said of the issue may be said again: "X was not settled. We
                    # differ on it, and it remains open.")
                    seen.difference_update((r[_CATEGORY], r[_CLAIMANT], r[_CLAIMANT_TYPE],
                                            r[_STATUS]) for r in ended)
                commitment = _commitment(folded, row.unit) if row.status == "agreed" else None
                records.append(
                    (
                        doc_id,
                        event_id,
                        idx,
                        issue.strip(),
                        row.category,
                        _track(folded, row.unit[0], row.start, row.end),
                        row.status,
                        claimant,
                        claimant_type,
                        bool(row.hedged or claim_hedged),
                        commitment,
                        _evidence(body, row),
                    )
                )
    records = _drop_restatements(records, lead_sentences, points)
    frame = pd.DataFrame(records, columns=list(OUTCOME_COLUMNS), dtype=object)
    return frame.astype({"sentence_idx": "int64", "hedged": "bool"})


# the blocks that report: paragraphs, and the captions of a gallery ("Photo: X speaks to
# reporters. He said the sides had agreed ...")
_REPORTING_BLOCKS = frozenset(("paragraph", "caption"))
# the subject line of a memo or a cable sums up its body in capitals and reports nothing of
# its own ("SUBJECT: NORLAND/SUDLAND: TARIFF AGREED, QUOTA UNRESOLVED")
_MEMO_HEADER = re.compile(r"[ \t]*(?:SUBJECT|Subject|SUBJ|RE|Re)\s*:")


_DOC, _SENTENCE, _CATEGORY, _STATUS, _CLAIMANT, _CLAIMANT_TYPE = (
    OUTCOME_COLUMNS.index(c)
    for c in ("doc_id", "sentence_idx", "category", "status", "claimant", "claimant_type")
)


# how many of the last rows a clause that refers back may repeat or end (those of the
# sentence before and its own)
_RECENT = 12


def _restated(record: tuple, doc_id: object, idx: int, row: _Row) -> bool:
    """``record`` already gives the status a clause that refers back (``row``) gives its
    issue, a sentence before or in the same sentence ("X was left open. It has been
    parked," one of them said.): nothing new."""
    return (record[_DOC] == doc_id and record[_SENTENCE] in (idx - 1, idx)
            and record[_CATEGORY] == row.category and record[_STATUS] == row.status)


def _superseded(record: tuple, doc_id: object, idx: int, row: _Row, claimant: object) -> bool:
    """``record`` said the issue a negative clause refers back to (``row``) was discussed, or
    gave it another negative status, in the same account a sentence before (or in the same
    sentence): the later clause tells how that discussion ended."""
    return (record[_DOC] == doc_id and record[_SENTENCE] in (idx - 1, idx)
            and record[_CATEGORY] == row.category and record[_CLAIMANT] == claimant
            and STATUS_FAMILY[record[_STATUS]] != "positive")


def _drop_restatements(
    records: list[tuple], lead: set[tuple], points: set[tuple]
) -> list[tuple]:
    """Rows of the lead paragraph (``lead``: (doc_id, sentence_idx) pairs) that the outlet
    states on its own (no claimant) and that a source of the same article claims too (same
    category and status): the lead sums up the statement quoted further down, one claim.
    A source's row in a point of a list (``points``) is a point of its own, no restatement."""

    def restated(r: tuple) -> bool:
        return (r[_CLAIMANT] is None and r[_CLAIMANT_TYPE] == DEFAULT_CLAIMANT_TYPE
                and (r[_DOC], r[_SENTENCE]) in lead)

    sourced = {(r[_DOC], r[_CATEGORY], r[_STATUS]) for r in records
               if (r[_CLAIMANT] is not None or r[_CLAIMANT_TYPE] != DEFAULT_CLAIMANT_TYPE)
               and (r[_DOC], r[_SENTENCE]) not in points}
    return [r for r in records
            if not (restated(r) and (r[_DOC], r[_CATEGORY], r[_STATUS]) in sourced)]


def extract_assessments(
    articles: pd.DataFrame,
    sentences: pd.DataFrame,
    claims: pd.DataFrame | None = None,
    events: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Tone words about the talks ("constructive", "difficult", "frank"): assessments, not outcomes.

    A tone word counts in a sentence that speaks of the talks (a word of ``talk_words`` in
    ``lexicons/outcomes.yaml``); a negator just before it turns positive to negative ("not
    constructive").

    Returns
    -------
    DataFrame
        ``ASSESSMENT_COLUMNS``: doc_id, event_id, sentence_idx, tone (the word as written,
        lower case), polarity (positive, negative, mixed), claimant, claimant_type,
        evidence (the sentence).
    """
    _check_frames(articles, sentences)
    bodies = dict(zip(articles["doc_id"], articles["text"], strict=True))
    claim_of = _claims_lookup(claims)
    event_of = _event_lookup(events)
    talk = _group_cues("talk_words")
    records = []
    for doc_id, block_kind, start_char, end_char, sentence_idx in zip(
        *(sentences[c].tolist() for c in ("doc_id", "block_kind", "start_char", "end_char", "sentence_idx")),
        strict=True,
    ):
        body = bodies.get(doc_id)
        if body is None or block_kind != "paragraph":
            continue
        start, end = int(start_char), int(end_char)
        folded = body[start:end].translate(_FOLD)
        if not _scan(folded, talk):
            continue
        idx = int(sentence_idx)
        claimant, claimant_type, _ = claim_of.get((doc_id, idx), (None, None, False))
        seen = set()
        for m in _scan(folded, _group_cues("tone")):
            tone = body[start + m.start : start + m.end].lower()
            polarity = m.label
            if _negated(folded, 0, m.start):
                polarity = {"positive": "negative", "negative": "positive"}.get(polarity, polarity)
            if tone in seen:
                continue
            seen.add(tone)
            records.append(
                (
                    doc_id,
                    _event_for(event_of.get(doc_id, []), idx),
                    idx,
                    tone,
                    polarity,
                    claimant,
                    claimant_type or DEFAULT_CLAIMANT_TYPE,
                    body[start:end].strip(),
                )
            )
    frame = pd.DataFrame(records, columns=list(ASSESSMENT_COLUMNS), dtype=object)
    return frame.astype({"sentence_idx": "int64"})


# --------------------------------------------------------------------------- tables


def _keys(outcomes: pd.DataFrame, chronology: pd.DataFrame | None) -> pd.Series:
    if chronology is None:
        return outcomes["event_id"]
    entry_of = {
        eid: cid
        for cid, eids in zip(chronology["chronology_id"], chronology["event_ids"], strict=True)
        for eid in (eids or ())
    }
    return outcomes["event_id"].map(lambda e: entry_of.get(e))


def contested_outcomes(
    outcomes: pd.DataFrame, chronology: pd.DataFrame | None = None
) -> pd.DataFrame:
    """Claims about the same issue at the same event (or chronology entry), side by side.

    Parameters
    ----------
    outcomes : DataFrame
        As :func:`extract_outcomes` returns (several articles).
    chronology : DataFrame, optional
        As ``analysis.chronology.build_chronology`` returns; when given, claims are grouped
        by chronology entry (through ``event_ids``) instead of by event. Rows without an
        event (or entry) are left out: they cannot be compared.

    Returns
    -------
    DataFrame
        ``CONTESTED_COLUMNS``, one row per (key, category) with at least two claims, sorted
        by key and taxonomy order: key (event_id or chronology_id), category, n_claims,
        doc_ids, claimants, claimant_types, statuses, families (tuples in claim order) and
        contested (True when the claims fall in different status families: positive =
        agreed/progress, neutral = discussed, negative = unresolved/disagreement/stalled).
    """
    frame = outcomes.assign(_key=_keys(outcomes, chronology))
    frame = frame[frame["_key"].notna()]
    order = {c: i for i, c in enumerate(CATEGORIES)}
    rows = []
    for (key, category), group in frame.groupby(["_key", "category"], sort=False):
        if len(group) < 2:
            continue
        group = group.sort_values(["doc_id", "sentence_idx"], kind="stable")
        families = tuple(STATUS_FAMILY[s] for s in group["status"])
        rows.append(
            (
                key,
                category,
                len(group),
                tuple(group["doc_id"]),
                tuple(group["claimant"]),
                tuple(group["claimant_type"]),
                tuple(group["status"]),
                families,
                len(set(families)) > 1,
            )
        )
    rows.sort(key=lambda r: (str(r[0]), order.get(r[1], len(order))))
    frame = pd.DataFrame(rows, columns=list(CONTESTED_COLUMNS), dtype=object)
    return frame.astype({"n_claims": "int64", "contested": "bool"})


# When claims about one cell differ, the cell shows the most frequent status; ties go to
# the most definite one, in this order.
_CELL_ORDER = ("agreed", "disagreement", "stalled", "unresolved", "progress", "discussed")


def _cell(statuses: pd.Series) -> str:
    counts = Counter(statuses)
    return min(counts, key=lambda s: (-counts[s], _CELL_ORDER.index(s)))


def _matrix(frame: pd.DataFrame, row_order: list) -> pd.DataFrame:
    cats = [c for c in CATEGORIES if c in set(frame["category"])]
    cells = frame.groupby(["_key", "category"])["status"].agg(_cell)
    table = cells.unstack("category") if len(cells) else pd.DataFrame()
    table = table.reindex(index=row_order, columns=cats)
    table.index.name, table.columns.name = "key", "category"
    return table.astype(object).where(table.notna(), None)


def outcome_matrix(outcomes: pd.DataFrame, events: pd.DataFrame | None = None) -> pd.DataFrame:
    """Event x issue table of statuses, for the outcome matrix figure.

    Parameters
    ----------
    outcomes : DataFrame
        As :func:`extract_outcomes` returns.
    events : DataFrame, optional
        ``event_id`` and ``start``: the rows are then in date order of their events (undated
        ones and outcomes with no event last), so that the reports of one round from several
        articles stand together; without it, by document.

    Returns
    -------
    DataFrame
        Index ``key``: event_id (the doc_id for outcomes with no event), sorted by date when
        ``events`` are given, then by document and event number; columns: the categories
        present, in taxonomy order; values: the status (most frequent among the claims, ties
        to the most definite), None where no claim.
    """
    keys = outcomes["event_id"].where(outcomes["event_id"].notna(), outcomes["doc_id"])
    frame = outcomes.assign(_key=keys)
    first_doc = dict(zip(frame["_key"], frame["doc_id"], strict=False))
    starts = {}
    if events is not None:
        starts = {e: _none(s) for e, s in zip(events["event_id"], events["start"], strict=True)}
    order = sorted(
        set(frame["_key"]),
        key=lambda k: (starts.get(k) is None, str(starts.get(k) or ""), first_doc[k],
                       k != first_doc[k], _event_order(k)),
    )
    return _matrix(frame, order)


def issue_progress(outcomes: pd.DataFrame, events_or_chronology: pd.DataFrame) -> pd.DataFrame:
    """How each issue moved from round to round.

    Parameters
    ----------
    outcomes : DataFrame
        As :func:`extract_outcomes` returns.
    events_or_chronology : DataFrame
        The events (``event_id``, ``start``) or the chronology (``chronology_id``,
        ``start``, ``event_ids``); rows are ordered by ``start`` (undated last), then id.

    Returns
    -------
    DataFrame
        Index ``key`` (event_id or chronology_id, in date order; only those with outcomes),
        columns ``start`` and then one per category present (taxonomy order); values are
        statuses (most frequent claim, ties to the most definite) or None.
    """
    frame = events_or_chronology
    is_chronology = "chronology_id" in frame.columns
    id_col = "chronology_id" if is_chronology else "event_id"
    keyed = outcomes.assign(_key=_keys(outcomes, frame if is_chronology else None))
    keyed = keyed[keyed["_key"].notna()]
    starts = {k: _none(s) for k, s in zip(frame[id_col], frame["start"], strict=True)}
    present = [k for k in starts if k in set(keyed["_key"])]
    order = sorted(present, key=lambda k: (starts[k] is None, str(starts[k] or ""), str(k)))
    table = _matrix(keyed, order)
    table.insert(0, "start", [starts[k] for k in table.index])
    return table
