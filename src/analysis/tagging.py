"""Find countries, places, people, organisations and media outlets mentioned in articles."""

from __future__ import annotations

import functools
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from difflib import SequenceMatcher
from itertools import compress

import ahocorasick_rs
import pandas as pd
import pycountry

from .lexicon import fold_name, read_lexicon, trie_regex
from .towns import find_towns

__all__ = [
    "ACTOR_COLUMNS",
    "MENTION_COLUMNS",
    "MENTION_KINDS",
    "country_name",
    "extract_actors",
    "find_mentions",
    "tag_articles",
]

MENTION_COLUMNS = (
    "doc_id", "sentence_idx", "kind", "text", "start_char", "end_char", "norm", "role",
    "affiliation", "country",
)
ACTOR_COLUMNS = ("doc_id", "name", "kind", "role", "affiliation", "n_mentions")
MENTION_KINDS = ("country", "place", "person", "organisation", "media")

# Span priorities when two candidates cover the same characters: lexicon entries beat
# patterns, which beat guesses from a capitalised name next to a speech verb.
_PRIORITY = {"gazetteer": 0, "pattern": 1, "guess": 2}
# Words after which a capital is a location, not the state acting ("talks in Moscow").
_LOCATIVE = frozenset(
    "in at to from into near outside inside hosted hosting host via visit visited visiting "
    "visits arrived arrive reached leave left toward towards across around of".split()
)
# "to Riyadh and Muscat", "in Vienna, Geneva or Rome": a capital listed after a location
_LOCATIVE_LIST = re.compile(
    rf"(?<![\w-])(?:{'|'.join(sorted(_LOCATIVE))})\s+(?:(?:[A-Z][\w'’.-]*)(?:,?\s+|,\s*)){{1,6}}"
    r"(?:and|or)\s+$"
)
# words after which a capitalised word before a speech verb is a place, not its speaker
_PLACE_BEFORE = frozenset("in at from near outside inside".split())
_HOSTING_VERB = re.compile(r"\s+(?:hosted|hosts|will\s+host|is\s+hosting|has\s+hosted)\b")


def _char_ranges(chars: Iterable[str]) -> str:
    """The inside of a character class of ``chars`` (letters), runs written as ranges: the
    same class, quicker to compile ("ABCDE" -> "A-E")."""
    codes = sorted(map(ord, chars))
    runs: list[list[int]] = []
    for code in codes:
        if runs and code == runs[-1][1] + 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


_UPPER = _char_ranges(chr(c) for c in range(0x41, 0x250) if chr(c).isupper())
_LOWER = _char_ranges(chr(c) for c in range(0x61, 0x250) if chr(c).islower())
_CAP = f"[{_UPPER}]"
_LOW = f"[{_LOWER}]"
# One capitalised word of a name: "Zelenskyy", "Al-Aiban", "McDonald", "O'Brien".
_CAPTOK = (
    rf"(?:Mc|Mac|O['’]|D['’]|Al-|al-|El-|el-|Ben-|Abu-)?{_CAP}{_LOW}+"
    rf"(?:-{_CAP}?{_LOW}+)*(?![\w])"
)
_PARTICLES = tuple(
    "bin ibn bint binti al el de da di do dos das del della van von der den du la le abu ould "
    "ben".split()
)
_CAPS_WORD = f"[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?"
_CAPS_NAME = rf"{_CAPS_WORD}(?:[^\S\n]{_CAPS_WORD}){{1,3}}"  # "JANE ROE", "JON AL-VALE"
_PARTICLE = f"(?:{'|'.join([*_PARTICLES, 'Al', 'El', 'Abu', 'Bin', 'Ibn'])})"
# Particles after which a name goes on with the father's ("Salman bin Hamad Al Khalifa").
_PATRONYMIC = frozenset("bin ibn bint binti ould ben".split())
_NAME = rf"{_CAPTOK}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_CAPTOK}){{0,3}}"
_NAME2 = rf"{_CAPTOK}(?:\s+(?:{_PARTICLE}\s+){{0,2}}{_CAPTOK}){{1,3}}"
_LOWER_HEADS = (r"(?:delegation|team|side|government|forces|army|administration|council|office|"
                r"talks|negotiations|consultations|meeting|conference|committee|commission)")
_PAREN_TAG = r"(?:\s+\([^()\n]{1,40}\))?"  # "Jane Roe (Jamaica)", "Jane Roe (EU)"
_PAREN = re.compile(r"\([^()\n]*\)")
# "Jane Roe for Zelva and John Doe for Norland": the side each name stands for
_FOR_SIDE = rf"\s+for\s+(?:the\s+)?{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}}"
# "Jon Vale of Norland": the side a name stands for, after "of"
_OF_SIDE = rf"\s+of\s+(?:the\s+)?{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}}"
_SIDE_RE = re.compile(rf"{_FOR_SIDE}|{_OF_SIDE}")
# A capitalised word or an acronym of a title's complement ("of the RF", "of the UN Mission")
_CAPORCODE = rf"(?:{_CAPTOK}|[{_UPPER}]{{2,5}}(?![\w-]))"
_CAPSEQ = rf"{_CAPORCODE}(?:\s+(?:and\s+)?{_CAPORCODE}){{0,7}}"
_COMPLEMENT = (
    rf"(?:\s+(?:of|for|to|on|at)\s+(?:the\s+)?(?:{_CAPSEQ}(?:\s+{_LOWER_HEADS})?|{_LOWER_HEADS}))"
)
_SPEECH_VERB = (
    r"(?:said|says|told|tells|noted|notes|added|adds|stated|states|stressed|emphasi[sz]ed|"
    r"announced|declared|explained|confirmed|wrote|writes|remarked|argued|insisted|claimed|"
    r"characteri[sz]ed|described|called|pointed|reiterated|warned|pledged|promised|"
    r"acknowledged|conceded|admitted|commented|suggested|believes|thinks|went\s+on|"
    r"listed|expressed|underlined|recalled|replied|responded|proposed|urged|repeated|"
    r"reaffirmed|read\s+out|spoke|demanded|urged)\b"
)
# What two leaders do together in the news: "Donald Trump and Kim Jong Un shook hands".
# (and the verbs of coming to a meeting: "Jane Roe arrived first", "Jon Vale flew in")
_MEETING_VERB = (
    r"(?:met|meet|meets|shook\s+hands|signed|sign|signs|held\s+talks|hold\s+talks|"
    r"spoke\s+by\s+(?:phone|telephone)|visited|hosted|received|welcomed|embraced|"
    r"arrived|arrives|flew\s+in|flies\s+in|travelled|traveled|landed)\b"
)
_SPEECH_AFTER = (
    r"(?:has\s+|had\s+|have\s+|also\s+|later\s+|then\s+|further\s+|earlier\s+|previously\s+)?"
    + _SPEECH_VERB
)
_NAME_STOP = frozenset(
    """the a an this that these those he she it they we you i his her its their our my
    on in at to of for from by with and or but as after before during since until while
    however meanwhile also then today yesterday tomorrow according both all each every
    no not nobody everyone some many several other another one two three first second third
    last next new former mr mrs ms dr sir president minister secretary general chief head
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    north south east west eastern western northern southern central middle
    affairs staff state states forces armed foreign defence defense security national council
    ministry office department directorate service agency fund committee commission
    government administration parliament army navy union federation republic kingdom
    photo image video source sources officials official journalists observers analysts experts
    talks negotiations round meeting summit ceasefire peace war truce agreement deal memorandum
    statement press conference delegation delegations team side sides party parties
    comments comment details as per what why how who when where which yes it's there here
    our your prime deputy vice special envoy ambassador adviser advisor aide spokesman
    spokesperson spokeswoman leader leaders ukraine's russia's
    diplomats diplomat mediators mediator negotiators negotiator residents witnesses rebels
    militants insurgents fighters lawmakers envoys ministers sheikh
    later earlier separately instead still now thus yet asked speaking
    policy policies industry trade commerce finance economy economic justice interior energy
    resources irrigation development cooperation relations integration planning health
    education agriculture environment transport communications information labour labor
    welfare intelligence operations representative high commissioner coordinator director
    """.split()
)
_CLOCK_BEFORE = re.compile(r"(?<!\d)\d{1,2}[:.]\d\d[^\S\n]*$")
_COMPASS_WORDS = frozenset(
    "north south east west eastern western northern southern central middle".split())
_DATE_WORDS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april
    june july august september october november december""".split()
)
# Words that end the name of a text or of a gathering, not of a person ("the Maritime Zones
# Act", "the Major National Dialogue").
_DOCUMENT_WORDS = frozenset(
    "act law code treaty accord accords convention charter declaration protocol resolution "
    "initiative plan framework roadmap pact agreement memorandum communique "
    "dialogue conference forum summit talks negotiations consultations process".split()
)
_ORG_JOIN = r"(?:\s+(?:and|of|for|on)\s+(?:the\s+)?|\s+)"
_ORG_JOINERS = frozenset("of for on in at to".split())  # a name's complement starts at one
# Stop words that open organisations' names ("National Liberation Army", "Central Bank").
_NAME_OPENERS = frozenset(
    "national central middle north south east west eastern western northern southern "
    "human political".split()  # "Human Rights Council", "Political and Security Committee"
)
# Stop words that open a name before two words or more ("State Security Service", "General
# Level Mechanism"; not "the State Commission on the delimitation ...": a description).
_LONG_NAME_OPENERS = frozenset(("state", "general"))
_SPEECH_CITING = re.compile(r",?\s+citing\b")
# Small patterns used per mention, compiled once.
_LAST_WORD = re.compile(r"\W*(\w+)")  # over the reversed text: its last word, reversed
_CAPITAL_APPOSITION = re.compile(r",\s+(?:the\s+)?(?:capital|city)\b")
_COMMA = re.compile(r",\s+")
_CAPITAL_TAIL = re.compile(r"\s+capital\b")
_TOKEN = re.compile(r"\S+")
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s*")
_AND_REST = re.compile(r",?\s+and\s+")
_NEXT_CAP = re.compile(rf"\s+{_CAP}")
# a possessive before a name: "its Telegram channel", "his Velm Radio show"
_OWNED_BEFORE = re.compile(r"(?<![\w'’-])(?i:its|his|her|their|our|my)\s+$")
_OWNER = re.compile(rf"(?<![\w'’-])(?P<word>{_CAPTOK})['’]s\s")
_TITLE_AFTER = re.compile(r"[^\S\n]+(?i:secretary|officer|office|service|attach[eé]|release|"
                          r"conference|briefing|centre|center|corps|pool|freedom)\b")
_NEXT_NAME_WORD = re.compile(rf"[^\S\n]+(?P<word>{_CAPTOK})(?![\w'’-])")
_NEXT_CAPWORD = re.compile(rf"\s+(?:{_PARTICLE}\s+)*[A-Z]")  # "Mohammed bin Salman"
_CODE_TAIL = re.compile(r"\.\w")
_WORD_CHAR = re.compile(r"[\w\-]")  # continues a word, as the gazetteer's look-ahead
_WORD_OR_DOT = re.compile(r"[\w.\-]")
_TWO_CAPITALS = re.compile(f"{_CAP}{{2}}")
_BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
# "Ministry of National Defense": the domain a ministry's written name ends in
_MINISTRY_NAME = re.compile(
    r"(?i:ministry\s+(?:of|for)\s+(?:the\s+)?(?:national\s+)?)(?P<domain>[\w\s-]+)$")
_BYLINE_WORD = re.compile(r"\bBy\s|[Rr]eporting\s+by|[Ee]diting\s+by|[Ww]riting\s+by|"
                          r"[Cc]olumn\s+by|^Interview\s+by|[Cc]ompiled\s+by|[Pp]roduced\s+by",
                          re.MULTILINE)
# what each of its branches holds as written: a substring test rules most texts out
_BYLINE_LITERALS = ("By", "eporting", "diting", "riting", "olumn", "Interview", "ompiled",
                    "roduced")
# an opinion piece's note on its author ("The author is a senior fellow at ..."): the
# piece is signed, by "By Jane Roe" or by the name alone on a line of its own
_AUTHOR_NOTE = re.compile(r"^[^\S\n]*The\s+(?:author|writer)s?\s+(?:is|are|was|were)\s",
                         re.MULTILINE)
_NAME_LINE = re.compile(rf"^[^\S\n]*(?P<name>{_NAME2})[^\S\n]*$", re.MULTILINE)
# a sentence that says who a person is: "Jane Roe is a senior fellow at ...", "Jon Vale is
# the institute's director and ..."
_AUTHOR_BIO = re.compile(
    rf"[^\S\n]*(?P<name>{_NAME2})\s+is\s+(?:a|an|the)\s+(?P<title>(?:[\w'’-]+\s+){{0,2}}?"
    r"(?P<word>[\w-]+))(?=\s+(?:at|of|and|in|with|for|to)\b|[,.])")
# the lines (from the top) where an opinion piece is signed
_SIGNED_LINES = 8
# a letter's signature after its last paragraph: the writer's name alone on a line, then
# where they write from or what they are ("Jane Roe\nVelm, Norland", "Jon Vale\nFormer
# ambassador, Lisk")
_SIGNATURE = re.compile(
    rf"(?:\A|\n[^\S\n]*\n)[^\S\n]*(?P<name>{_NAME2})[^\S\n]*\n[^\S\n]*"
    rf"(?P<where>[^\n.!?:;\"“”]+,[^\n.!?:;\"“”]+?)[^\S\n]*(?=\n[^\S\n]*\n|\s*\Z)"
)
_SIGNATURE_WORDS = 8
# where a _SIGNATURE match can start but for the text's start: a blank line
_BLANK_AFTER = re.compile(r"\n(?=[^\S\n]*\n)")
# a press release's contact line: "Media contact: Jane Roe, press officer"
_CONTACT_LINE = re.compile(
    rf"^[^\S\n]*(?:Media|Press)[^\S\n]+(?:[Cc]ontacts?|[Ee]nquiries|[Ii]nquiries)[^\S\n]*:"
    rf"[^\S\n]*(?P<name>{_NAME2})(?=[^\S\n]*(?:[,(]|$))", re.MULTILINE)
# a caption's line and the credit in brackets that ends it
_PHOTO_CREDIT = re.compile(r"^[^\S\n]*(?:Photo|Picture|Image|Photograph|Caption)s?[^\S\n]*:[^\n]*"
                           r"\((?P<credit>[^()\n]{1,60})\)[^\S\n]*\.?[^\S\n]*$", re.MULTILINE)


@dataclass(frozen=True)
class _Entry:
    """One surface form of the gazetteer and what it stands for."""

    kind: str  # country, demonym, capital, place, organisation, media, blocker
    norm: str
    country: str | None = None
    place_only: bool = False


@dataclass(frozen=True)
class _Gazetteer:
    """Compiled matchers over every lexicon surface form, built once."""

    automaton: ahocorasick_rs.AhoCorasick  # the same written forms, leftmost-longest
    forms: tuple  # the written forms, in the automaton's order
    form_index: dict  # written form -> its index in forms
    by_written: dict  # written form -> ((entry, is_code), ...)
    plain: tuple  # by form index: the entry of a form of one name or code hiding no other
    plain_codes: frozenset  # the indexes of the codes among them
    by_folded: dict
    by_exact: dict
    surfaces: tuple  # (surface, entry, case_sensitive) for benchmarks and tests
    country_names: dict  # alpha-3 -> English short name
    capitals: dict  # alpha-3 -> first capital
    demonym_re: re.Pattern  # the country or demonym alternation alone
    ministry_domains: dict  # folded domain word -> canonical domain
    stop_tokens: frozenset
    city_states: dict  # folded name of a state that is its capital's too -> the capital


def _form_at(text: str, pos: int, gaz: _Gazetteer) -> tuple[int, int] | None:
    """End and index in ``gaz.forms`` of the longest written form at ``pos`` that no word
    character or hyphen follows (the longest match of the trie of ``gaz.forms`` there); else None."""
    forms = gaz.forms
    found = None
    i = 0
    for end in range(pos + 1, len(text) + 1):
        prefix = text[pos:end]
        i = bisect_left(forms, prefix, i)
        if i == len(forms) or not forms[i].startswith(prefix):
            break
        if forms[i] == prefix and _WORD_CHAR.match(text, end) is None:
            found = end, i
    return found


def _next_form(text: str, at: int, gaz: _Gazetteer) -> tuple[int, int, int] | None:
    """Start, end and form index of the first written form from ``at`` on, as
    found by :func:`_form_at`; else None."""
    for pos in range(at, len(text)):
        if (found := _form_at(text, pos, gaz)) is not None:
            return pos, *found
    return None


def _first_words(phrases: Iterable[str]) -> str:
    """A trie of the first words of ``phrases``, each cut before its first character that is
    not a letter, digit or hyphen ("h.e." -> "h"): one of the phrases can start only where
    this matches, and no phrase can start after the first character of one of its matches."""
    words = set()
    for phrase in phrases:
        word = re.match(r"[\w-]*", phrase.lower()).group()
        if word:
            words.add(word)
    return trie_regex(sorted(words))


def _scan_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> list[re.Match]:
    """The matches of ``pattern.finditer(text)``, tried only at ``starts``.

    ``starts`` must be increasing and hold every position where a match of ``pattern`` can
    begin; the result is then the same as ``finditer``'s.
    """
    found = []
    end = 0
    match = pattern.match
    for pos in starts:
        if pos >= end and (m := match(text, pos)) is not None:
            found.append(m)
            end = m.end()
    return found


def _scan_runs(pattern: re.Pattern, text: str, rev: str, anchor: re.Pattern,
               run: re.Pattern) -> list[re.Match]:
    """The matches of ``pattern.finditer(text)``, scanned only around ``anchor`` matches.

    Holds when every match of ``pattern`` is made of the characters of ``run`` (a character
    class repeated) and contains a match of ``anchor``, itself made of those characters, and
    when the lookarounds of ``pattern`` see any other character as they see the end of the
    text. Each maximal run of those characters around an anchor is scanned once, with
    ``finditer(text, lo, hi)``. ``rev`` is ``text[::-1]``, to measure the run backwards.
    """
    found: list[re.Match] = []
    n = len(text)
    done = -1
    for a in anchor.finditer(text):
        at = a.start()
        if at < done:
            continue
        lo = n - run.match(rev, n - at).end()
        done = run.match(text, at).end()
        found += pattern.finditer(text, lo, done)
    return found


def _starts(anchor: re.Pattern, text: str) -> list[int]:
    """Where the word of each ``anchor`` match begins, after its leading non-word character
    (a space put before ``text`` stands for its start)."""
    return [m.start() for m in anchor.finditer(" " + text)]


# The characters re's IGNORECASE takes for a letter that ``str.lower`` keeps apart ("ſ" for
# "s", "ı" and "İ" for "i"; "İ" is two characters in lower case).
_CASE_TWINS = re.compile("[ſıİ]")


def _lowered(text: str) -> str | None:
    """``text.lower()`` when it holds the lower case of each character of ``text`` at its
    place and no case twin: a phrase in lower case then occurs in it wherever ``(?i:...)``
    finds the phrase in ``text``; else None."""
    lowered = text.lower()
    if len(lowered) != len(text) or _CASE_TWINS.search(text) is not None:
        return None
    return lowered


@dataclass(frozen=True)
class _WordAnchor:
    """Where a phrase of a list, matched case-insensitively, can start: after a character
    that matches ``before``, at one of the first words of the phrases (see _first_words)."""

    caseless: re.Pattern  # before, then the first words as (?i:...), over " " + text
    lowered: re.Pattern  # the same in lower case over " " + _lowered(text): several times faster

    def starts(self, text: str, lowered: str | None) -> list[int]:
        """:func:`_starts` of ``caseless`` in ``text``, found in ``lowered`` when not None."""
        return _starts(self.caseless, text) if lowered is None else _starts(self.lowered, lowered)


def _word_anchor(phrases: Iterable[str], before: str = r"[^\w-]") -> _WordAnchor:
    """The anchor of patterns that read one of ``phrases`` whole: no word character follows
    its first word (what follows a phrase in them is no word character either)."""
    words = _first_words(phrases)
    return _WordAnchor(re.compile(rf"{before}(?i:{words})(?!\w)"),
                       re.compile(rf"{before}(?:{words})(?!\w)"))


def _scan_back(pattern: re.Pattern, text: str, rev: str, anchor: re.Pattern,
               run: re.Pattern, words: int | None = None) -> list[re.Match]:
    """The matches of ``pattern.finditer(text)``, each of which ends with an ``anchor`` word.

    ``anchor`` matches a whitespace character and the word; no match of ``pattern`` can go
    past such a word, and each is made of the characters of ``run``. Each window from the
    start of that run (or the previous word) to the character after the word is scanned;
    from no further back than ``words`` words (runs of other characters than whitespace)
    before the anchor, when a match can hold no more.
    """
    found: list[re.Match] = []
    n = len(text)
    start = 0
    back = _words_back(words) if words is not None else None
    for a in anchor.finditer(text):
        at = a.start() + 1
        lo = max(start, n - run.match(rev, n - at).end())
        if back is not None:
            lo = max(lo, n - back.match(rev, n - a.start()).end())
        start = min(n, a.end() + 1)
        found += pattern.finditer(text, lo, start)
    return found


@functools.cache
def _words_back(words: int) -> re.Pattern:
    """Up to ``words`` words and the whitespace after each, read backwards (over ``rev``)."""
    return re.compile(rf"(?:\s*\S+){{0,{words}}}")


@functools.cache
def _is_code(surface: str) -> bool:
    """Short forms and acronyms ("US", "U.S.", "TASS", "EU") are matched case-sensitively."""
    letters = [c for c in surface if c.isalpha()]
    return len(surface) <= 3 or (bool(letters) and all(c.isupper() for c in letters))


def _written_forms(surface: str) -> set[str]:
    """The ways news writes a name: as in the lexicon and without its accents, each with a
    capital first letter, in capitals, in title case and with only the first letter capital."""
    forms = set()
    for form in (surface, fold_name(surface)):
        form = form[0].upper() + form[1:]
        forms.update((form, form.upper(), form[0] + form[1:].lower(),
                      " ".join(w[:1].upper() + w[1:] for w in form.split(" "))))
    return forms


def _strip_the(surface: str) -> str:
    """"the Ukraine" -> "Ukraine": a lower-case article is not part of the name ("The Hill" is)."""
    return surface[4:] if surface.startswith("the ") else surface


def _plural(demonym: str) -> str | None:
    if demonym.endswith(("s", "sh", "ch", "ese", "x", "z")):
        return None
    return demonym + "s"


@functools.cache
def _gazetteer() -> _Gazetteer:
    countries = read_lexicon("countries")
    entries: list[tuple[str, _Entry]] = []
    names: dict[str, str] = {}
    capitals: dict[str, str] = {}
    described = set()
    vetted = set(countries.get("vetted_codes", []))
    for item in countries["entries"]:
        code = item["id"]
        described.add(code)
        names[code] = item["name"]
        entries.append((item["name"], _Entry("country", code)))
        entries += [(_strip_the(a), _Entry("country", code)) for a in item.get("aliases", [])]
        for dem in item.get("demonyms", []):
            entries.append((dem, _Entry("demonym", code)))
            if plural := _plural(dem):
                entries.append((plural, _Entry("demonym", code)))
        place_only = set(item.get("place_only", []))
        for cap in item.get("capitals", []):
            capitals.setdefault(code, cap)
            entries.append((cap, _Entry("capital", cap, code, cap in place_only)))
    for country in pycountry.countries:
        code = country.alpha_3
        names.setdefault(code, getattr(country, "common_name", None) or country.name)
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value and "," not in value:
                entries.append((value, _Entry("country", code)))
        # An alpha-3 code alone names no state in news ("the BRN", "the MRT", "VAT"): it is
        # some body's or thing's initials; the codes news does write are `vetted_codes`.
        if code in vetted:
            entries.append((code, _Entry("country", code)))
    entries = [
        (s, e) for s, e in entries if not (_is_code(s) and len(s) <= 3 and s not in vetted)
    ]
    places = read_lexicon("places")
    for item in places["entries"]:
        for surface in [item["name"], *item.get("aliases", [])]:
            entries.append((surface, _Entry("place", item["name"], item["country"])))
    entries += [(_strip_the(b), _Entry("blocker", b))
                for b in [*places.get("blockers", []), *places.get("rooms", [])]]
    for kind in ("organisations", "media"):
        lex = read_lexicon(kind)
        for item in lex["entries"]:
            for surface in item["patterns"]:
                entries.append((_strip_the(surface),
                                _Entry(lex["kind"], item["name"], item.get("country"))))
    by_folded: dict[str, _Entry] = {}
    by_exact: dict[str, _Entry] = {}
    for surface, entry in entries:  # first claim wins: countries, then places, then the rest
        if _is_code(surface):
            by_exact.setdefault(surface, entry)
        else:
            by_folded.setdefault(fold_name(surface), entry)
    # Names are matched in the ways news writes them: as in the lexicon, without accents, in
    # capitals, in title case or with only the first letter capitalised; codes only as written.
    # One trie of plain characters lets re skip to the capitals that can start a surface.
    by_written: dict[str, tuple] = {}
    for surface, _entry in entries:
        if not _is_code(surface):
            for form in _written_forms(surface):
                entry = by_folded.get(form.lower()) or by_folded.get(fold_name(form))
                if entry is not None:
                    by_written.setdefault(form, ((entry, False),))
    for code, entry in by_exact.items():
        if (entry, False) not in by_written.get(code, ()):  # "TASS", also written "Tass"
            by_written[code] = (*by_written.get(code, ()), (entry, True))
    forms = tuple(sorted(by_written))
    automaton = ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MATCHKIND_LEFTMOST_LONGEST)
    country_forms = [
        s for s, e in entries if e.kind in ("country", "demonym") and not _is_code(s)
    ]
    demonym_re = re.compile(
        r"(?:" + trie_regex(sorted({s for s in country_forms})) + "|"
        + trie_regex(sorted({s for s, e in entries if e.kind in ("country",) and _is_code(s)}))
        + r")(?![\w\-])"
    )
    domains = {}
    for canonical, words in read_lexicon("organisations").get("ministry_domains", {}).items():
        for word in words:
            domains[word.lower()] = canonical
    titles = read_lexicon("titles")
    stop = set(_NAME_STOP)
    for item in [*titles["entries"], *titles.get("plural", [])]:
        for pattern in item["patterns"]:
            # an abbreviation the lexicon writes only with its stop stops a name only so
            # written: "Sen." is a senator's title, "Hun Sen" and "Ng Eng Hen" are names
            stop.update(w.strip(",").lower() if w.endswith(".") else w.strip(".,").lower()
                        for w in pattern.split())
    stop.update(m.lower() for m in titles.get("modifiers", []))
    stop.update(w for style in titles.get("name_styles", []) for w in style.lower().split())
    # Codes are matched by case ("HUN", "SANA"), so they stop no name ("Hun Manet", "Sana
    # Khan"); an organisation's acronym still ends a name ("OSCE Mission").
    stop.update(fold_name(s) for s, e in entries
                if e.kind != "place" and " " not in s
                and not (_is_code(s) and (len(s) <= 3 or e.kind != "organisation")))
    surfaces = tuple((s, e, _is_code(s)) for s, e in entries)
    return _Gazetteer(
        automaton, forms, {form: i for i, form in enumerate(forms)}, by_written,
        *_plain_forms(forms, by_written), by_folded, by_exact, surfaces,
        names, capitals, demonym_re, domains, frozenset(stop),
        {fold_name(s): e.norm for s, e in entries if e.kind == "capital"
         and getattr(by_folded.get(fold_name(s)), "norm", None) == e.country},
    )


def country_name(code: str | None) -> str | None:
    """English short name of an ISO 3166 alpha-3 ``code`` ("RUS" -> "Russia")."""
    if code is None:
        return None
    return _gazetteer().country_names.get(code, code)


@dataclass
class _Span:
    start: int
    end: int
    kind: str
    norm: str
    source: str = "gazetteer"
    role: str | None = None
    affiliation: str | None = None
    country: str | None = None
    demonym: bool = False  # a country written as its demonym ("Danish", "Russians")


def _plain_forms(keys: tuple, by_written: dict) -> tuple[tuple, frozenset]:
    """By index in the sorted written forms ``keys``: the entry of each form that stands for
    one name or code and can hide no other match inside it (a word inside it that starts a
    written form, "Liberation Army" in "National Liberation Army", or could start one that
    runs on past its end), else None; and the indexes of the codes among them."""
    known = set(keys)

    def may_end(form: str, at: int) -> bool:  # where the trie's (?![\w\-]) lets a match end
        return at == len(form) or not (form[at].isalnum() or form[at] in "_-")

    def hides(form: str) -> bool:
        space = form.find(" ")
        while space != -1:
            rest = form[space + 1 :]
            i = bisect_left(keys, rest)
            # A key may run on past the match only with a character that ends a word.
            while i < len(keys) and keys[i].startswith(rest):
                if may_end(keys[i], len(rest)) or keys[i] == rest:
                    return True
                i += 1
            if any(rest[:j] in known and may_end(rest, j) for j in range(1, len(rest))):
                return True
            space = form.find(" ", space + 1)
        return False

    plain = [by_written[form][0] if len(by_written[form]) == 1 and not hides(form) else None
             for form in keys]
    return (tuple(found and found[0] for found in plain),
            frozenset(i for i, found in enumerate(plain) if found and found[1]))


def _chars_at(text: str, positions) -> str:
    """The characters of ``text`` at ``positions``, as one string."""
    return "".join(operator.itemgetter(*positions)(text)) if positions else ""


def _trie_matches(text: str, gaz: _Gazetteer) -> tuple[list, list, list]:
    """Start, end and form (its index in ``gaz.forms``) of each whole-word form in ``text``, in
    turn, as the ``finditer`` of one trie regex of the forms gives them, found with the
    Aho-Corasick automaton (several times faster).

    The automaton takes the longest form at the leftmost place without a look at what
    follows. Where a word runs on past its match ("Abc" in "Abcd"), :func:`_next_form` finds a
    shorter form there or moves on, so it takes over from that match until it stops
    where the automaton stops too, after which both find the same matches again.
    """
    hits = gaz.automaton.find_matches_as_indexes(text)
    if not hits:
        return [], [], []
    forms, starts, ends = map(list, zip(*hits, strict=True))
    last = len(hits) - (ends[-1] == len(text))
    runs_on = [m.start() for m in _WORD_CHAR.finditer(_chars_at(text, ends[:last]))]
    if not runs_on:
        return starts, ends, forms
    restarts = set(ends)
    out: tuple[list, list, list] = ([], [], [])
    done = 0
    for i in runs_on:
        if i < done:  # the matcher has been past it
            continue
        for column, values in zip(out, (starts, ends, forms), strict=True):
            column += values[done:i]
        at = starts[i]
        while (match := _next_form(text, at, gaz)) is not None:
            at = match[1]
            for column, value in zip(out, match, strict=True):
                column.append(value)
            if at in restarts:
                done = bisect_left(starts, at)
                break
        else:
            return out
    for column, values in zip(out, (starts, ends, forms), strict=True):
        column += values[done:]
    return out


def _scan_gazetteer(text: str) -> list[tuple[int, int, _Entry]]:
    """Every lexicon surface found in ``text`` as ``(start, end, entry)`` in text order,
    overlaps included (a match, then the matches inside it)."""
    gaz = _gazetteer()
    starts, ends, forms = _trie_matches(text, gaz)
    if not forms:
        return []
    entries = list(map(gaz.plain.__getitem__, forms))
    spans = list(zip(starts, ends, entries, strict=True))
    # The rest need a look: forms of several names or with names inside them, matches that
    # may start inside a word (what comes before is a letter, "._-" or nothing) and codes
    # followed by a dot and a letter.
    first = int(starts[0] == 0)
    odd = {m.start() + first
           for m in _WORD_OR_DOT.finditer(_chars_at(text, [s - 1 for s in starts[first:]]))}
    if first:
        odd.add(0)
    odd.update(compress(range(len(forms)), map(operator.not_, entries)))
    for dot in _CODE_TAIL.finditer(text):
        i = bisect_left(ends, dot.start())
        if i < len(ends) and ends[i] == dot.start() and forms[i] in gaz.plain_codes:
            odd.add(i)
    if not odd:
        return spans
    by_written = gaz.by_written
    kept: list[tuple[int, int, _Entry]] = []
    done = 0

    def add(start: int, end: int, found: tuple) -> None:
        kept.extend((start, end, entry) for entry, is_code in found
                    if not is_code or _CODE_TAIL.match(text, end) is None)  # not "U.S.gov"

    for i in sorted(odd):
        kept += spans[done:i]
        done = i + 1
        start, end, surface = starts[i], ends[i], gaz.forms[forms[i]]
        # Inside a word: "xRussia"; "RBC-Ukraine" is the outlet's own match.
        if start and ((prev := text[start - 1]).isalnum() or prev in "._-"):
            continue
        add(start, end, by_written[surface])
        # A match of several words may hide others that start inside it ("National
        # Liberation Army" in "The National Liberation Army").
        space = surface.find(" ")
        while space != -1:
            if (inner := _form_at(text, start + space + 1, gaz)) is not None:
                add(start + space + 1, inner[0], by_written[gaz.forms[inner[1]]])
            space = surface.find(" ", space + 1)
    kept += spans[done:]
    return kept


def _previous_word(text: str, start: int) -> str:
    match = _LAST_WORD.match(text[max(0, start - 40) : start][::-1])
    return match.group(1)[::-1].lower() if match else ""


_DATELINE_TAIL = re.compile(r"\s*(?:,|\(|[-–—]+\s)")  # "MAPUTO, ...", "MAPUTO (AFP)", "MAPUTO - ..."


def _is_dateline_word(text: str, start: int, end: int) -> bool:
    """A capital in capitals heading a line ("WASHINGTON, June 27 (AFP) -"): the place
    the report was filed from, not the state speaking."""
    surface = text[start:end]
    line_start = text.rfind("\n", 0, start) + 1
    return (surface.isupper() and len(surface) > 3 and not text[line_start:start].strip()
            and _DATELINE_TAIL.match(text, end) is not None)


@functools.cache
def _process_noun() -> re.Pattern[str]:
    """A word after a capital that makes it a meeting's or a text's name (``process_nouns``)."""
    nouns = read_lexicon("places").get("process_nouns", [])
    return re.compile(rf"\s+(?i:{trie_regex(sorted(nouns))})(?![\w-])" if nouns else r"(?!)")


def _capital_span(text: str, start: int, end: int, entry: _Entry) -> _Span:
    """A capital stands for its state ("Moscow said") unless it is used as a location."""
    gaz = _gazetteer()
    after = text[end : end + 40]
    as_place = (
        entry.place_only
        or _previous_word(text, start) in _LOCATIVE
        or (text[max(0, start - 4) : start] in ("and ", " or ")
            and _LOCATIVE_LIST.search(text, max(0, start - 80), start) is not None)
        or _HOSTING_VERB.match(after) is not None
        or _CAPITAL_APPOSITION.match(after) is not None
        or (_COMMA.match(after) is not None
            and gaz.demonym_re.match(after.lstrip(", ")) is not None)
        or _is_dateline_word(text, start, end)
        or _POSTED_AFTER.match(after) is not None
    )
    if as_place:
        return _Span(start, end, "place", _as_written(text[start:end], entry.norm),
                     country=entry.country)
    return _Span(start, end, "country", entry.country)


def _as_written(surface: str, name: str) -> str:
    """A town's name as the article spells it when it is the gazetteer's but for accents
    ("Brasília", "Yaoundé"), else the gazetteer's ("BRASILIA" in a dateline, "Kiev")."""
    return surface if surface != name and fold_name(surface) == fold_name(name) and (
        surface[:1].isupper() and not surface.isupper()) else name


# "its Kessa correspondent", "our Kessa bureau": where a reporter works, not the state
_POSTED_AFTER = re.compile(r"\s+(?:correspondents?|bureau|reporters?|stringers?)\b")
_CURRENCY_AFTER = re.compile(r"\$|\s+dollars?\b")
_STREET_AFTER = re.compile(r"[^\S\n]+(?:Town|Street|Road|Avenue|Square|Hotel|Bridge)\b")
_THIRD_PARTY = re.compile(rf"(?<![\w.-])(?P<state>{_CAP}[\w.]+)-(?:facilitated|brokered|hosted|"
                          r"sponsored|mediated)\b")
_HYPHEN_PAIR = re.compile(rf"(?<![\w.-])(?P<a>{_CAP}[\w.]+)[-–](?P<b>{_CAP}[\w.]+)(?![\w-])")
_MARKING_BEFORE = re.compile(r"(?:^|\n)[^\S\n]*\d{1,3}\.[^\S\n]*\($")
# a demonym that names a language: after "from", "into" or "in", and before no noun it
# qualifies ("from Norlandic." but not "from Norlandic forces")
_LANGUAGE_BEFORE = re.compile(r"(?<![\w-])(?:from|into|in)[^\S\n]+$")
_LANGUAGE_AFTER = re.compile(r"\s*(?:[.,;:)\]]|$|(?:and|or|by)\s)")
_DURATION_AFTER = re.compile(r"[^\S\n]+\d{1,2}['’′]\d\d\b")


def _with_towns(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` with the towns the gazetteer of venues does not list, where the text places
    something (:func:`analysis.towns.find_towns`); a town whose name holds a shorter name
    found ("Victoria Falls", "New Amsterdam") replaces it."""
    countries = {s.norm for s in spans if s.kind == "country"}
    for start, end, name, code in find_towns(text, countries):
        inside = [s for s in spans if s.start < end and start < s.end]
        if any(s.kind not in ("country", "place") or (s.start, s.end) == (start, end)
               or not (start <= s.start and s.end <= end) for s in inside):
            continue
        spans = [s for s in spans if s not in inside]
        spans.append(_Span(start, end, "place", name, country=code))
    return spans


def _gazetteer_spans(text: str) -> list[_Span]:
    gaz = _gazetteer()
    spans = []
    for start, end, entry in _scan_gazetteer(text):
        if text[end : end + 1] == ")" and _MARKING_BEFORE.search(text, max(0, start - 12), start):
            continue  # a cable's "1. (SBU) ...": the paragraph's classification, not a body
        if entry.kind in ("country", "demonym"):
            if text[max(0, start - 4) : start] == "New ":
                continue  # "New Britain", "New Mexico": a place named after the country
            if _CURRENCY_AFTER.match(text, end):
                continue  # "US$19", "Australian dollars": a currency, not the state
            if entry.kind == "country" and _STREET_AFTER.match(text, end):
                continue  # "Congo Town", "Jordan Street": a place named after the state
            if (entry.kind == "demonym" and _LANGUAGE_BEFORE.search(text, max(0, start - 8), start)
                    and _LANGUAGE_AFTER.match(text, end)):
                continue  # "translated from Norlandic.", "in Norlandic and English": a language
            if (city := gaz.city_states.get(fold_name(text[start:end]))) is not None:
                # "Singapore said", "talks in Singapore"
                spans.append(_capital_span(text, start, end, _Entry("capital", city, entry.norm)))
                continue
            spans.append(_Span(start, end, "country", entry.norm,
                               demonym=entry.kind == "demonym"))
            capital = gaz.capitals.get(entry.norm)
            tail = _CAPITAL_TAIL.match(text[end : end + 12])
            head = text[max(0, start - 4) : start].lower()
            if capital and tail and head.endswith("the "):  # "the Emirati capital"
                spans.append(
                    _Span(start - 4, end + tail.end(), "place", capital, "pattern",
                          role="capital", country=entry.norm)
                )
        elif entry.kind == "capital":
            # "the Berlin process", "a fourth Doha meeting" (not "Kyiv talks tough" opening a
            # sentence): the capital names a process or a text, neither the state nor a venue
            if (_process_noun().match(text, end) is None
                    or not text[max(0, start - 2) : start][:1].islower()):
                spans.append(_capital_span(text, start, end, entry))
        elif entry.kind == "place":
            spans.append(_Span(start, end, "place", _as_written(text[start:end], entry.norm),
                               country=entry.country))
        elif entry.kind == "blocker":
            spans.append(_Span(start, end, "blocker", entry.norm))
        elif entry.kind == "media" and _DURATION_AFTER.match(text, end):
            continue  # a script's slug, "TRT 2'05\"": the item's running time, no outlet
        else:
            spans.append(_Span(start, end, entry.kind, entry.norm, country=entry.country))
    named = {s.norm for s in spans if s.kind == "country"}
    for m in _HYPHEN_PAIR.finditer(text) if "-" in text or "–" in text else ():
        # "Zelva-Norland trade", "Zelvan-Norlandic border": the gazetteer takes no word that a
        # hyphen joins to another, but two states paired are both named; a state the text
        # names nowhere else is one of its actors still
        pair = [gaz.by_exact.get(m.group(g)) or gaz.by_folded.get(fold_name(m.group(g)))
                for g in ("a", "b")]
        states = [e is not None and e.kind in ("country", "demonym") for e in pair]
        if all(states) or (any(states) and all(
                e is not None and e.kind in ("country", "demonym", "organisation") for e in pair)):
            # (and "the Zelvan Union-Norland summit" names Norland: a body and a state paired)
            spans += [_Span(*m.span(g), "country", e.norm, demonym=e.kind == "demonym")
                      for g, e, state in zip(("a", "b"), pair, states, strict=True)
                      if state and e.norm not in named]
    for m in _THIRD_PARTY.finditer(text) if "-" in text else ():
        # "the Zelvan-brokered talks", "the EU-facilitated meeting": the state or body that
        # brokers or hosts them acts in them
        entry = gaz.by_exact.get(m.group("state")) or gaz.by_folded.get(fold_name(m.group("state")))
        if entry is not None and entry.kind in ("country", "demonym"):
            spans.append(_Span(*m.span("state"), "country", entry.norm,
                               demonym=entry.kind == "demonym"))
        elif entry is not None and entry.kind == "organisation":
            spans.append(_Span(*m.span("state"), "organisation", entry.norm,
                               country=entry.country))
    return spans


@functools.cache
def _word_anchors() -> dict[str, _WordAnchor]:
    """Anchors of the patterns that open with a phrase of a list matched case-insensitively:
    titles, descriptors of organisations and outlets, experts' titles, the bodies a leader's
    name can own ("the government of Jane Roe"), ministries named by their domain ("the
    Defence Ministry") and the words of who leads a delegation ("headed the ... team")."""
    titles = read_lexicon("titles")
    experts = next((item["patterns"] for item in titles["entries"] if item["id"] == "expert"), [])
    return {
        "title": _word_anchor([p for group in ("entries", "plural")
                               for item in titles.get(group, []) for p in item["patterns"]]
                              + titles.get("modifiers", [])),
        "described_org": _word_anchor(read_lexicon("organisations").get("descriptors", [])),
        "described_media": _word_anchor(read_lexicon("media").get("descriptors", [])),
        "expert": _word_anchor(experts),
        "leader_government": _word_anchor(["government", "administration", "cabinet"], r"\W"),
        "ministry_country_last": _word_anchor(["ministry", *_gazetteer().ministry_domains]),
        "leads_delegation": _word_anchor(
            ["heads", "headed", "leads", "leading", "led", "head", "chief", "leader"], r"\W"),
    }


@functools.cache
def _determiner_anchor() -> _WordAnchor:
    """Where ``title_apposed`` can match: at the determiner that opens it."""
    return _word_anchor(["its", "his", "her", "their", "the", "our", "a", "an"])


def _source(pattern: str, flags: int = 0) -> tuple[str, int]:
    """A pattern of :func:`_patterns`, compiled when first used."""
    return pattern, flags


class _Compiled(dict):
    """Patterns by name, each compiled the first time it is asked for: a run whose texts need
    only some of them compiles only those (all of them take a second to compile)."""

    def __init__(self, sources: dict[str, tuple[str, int] | re.Pattern]) -> None:
        super().__init__()
        self.sources = sources

    def __missing__(self, key: str) -> re.Pattern:
        source = self.sources[key]
        self[key] = pattern = source if isinstance(source, re.Pattern) else re.compile(*source)
        return pattern


@functools.cache
def _patterns() -> dict[str, re.Pattern]:
    """Compiled patterns for people, ministries and organisations."""
    gaz = _gazetteer()
    titles = read_lexicon("titles")
    singular = [p for item in titles["entries"] for p in item["patterns"]]
    plural = [p for item in titles.get("plural", []) for p in item["patterns"]]
    mods = titles.get("modifiers", [])
    # Titles written in capitals ("PM", "FM", "SG") are matched as written: "3 pm" is a time.
    codes = sorted({t for t in singular if t.isupper()})
    title_alt = trie_regex(sorted({t.lower() for t in singular if not t.isupper()}))
    title_any = (rf"(?:(?i:{title_alt})|{trie_regex(codes)})" if codes
                 else f"(?i:{title_alt})")
    plural_alt = trie_regex(sorted({t.lower() for t in plural}))
    mod_alt = trie_regex(sorted({m.lower() for m in mods}))
    kin = trie_regex(sorted({k.lower() for k in titles.get("kin", [])}))
    domains = trie_regex(sorted(gaz.ministry_domains, key=len, reverse=True))
    # "of Defense of Ukraine", "for the Middle East", "of water and energy"
    complement = (rf"(?:{_COMPLEMENT}|\s+(?:of|for)\s+(?-i:{domains})"
                  rf"(?:,?\s+and\s+(?-i:{domains}))?(?![\w-]))")
    one_title = (
        rf"(?i:(?:{mod_alt})[\s-]+){{0,3}}{title_any}(?![\w-]){complement}{{0,3}}"
    )
    title = rf"{one_title}(?:\s+and\s+{one_title})?"
    # "Minister of Foreign Affairs Dr. Jane Roe": honorifics and styles between a title and
    # the name belong to neither
    styles = sorted({s.lower() for s in [*_honorifics(), *titles.get("name_styles", [])]})
    # (and a rank's "(retd)": "Lt Gen (retd) Jane Roe")
    style = (rf"(?:(?:(?i:{trie_regex(styles)})(?![\w-])|\((?i:retd|retired|rtd)\.?\))\s+)"
             rf"{{0,2}}")
    # "Undersecretary Ma. Lourdes Santos": a given name written short is part of the name
    abbreviated = (
        rf"(?:(?:{'|'.join(map(re.escape, titles.get('given_name_abbreviations', [])))})\.\s+)?"
        if titles.get("given_name_abbreviations") else ""
    )
    org = read_lexicon("organisations")
    heads = trie_regex(sorted(set(org.get("heads", []))))
    # "People's Party", "Workers' Union": a people's possessive inside a name
    owners = trie_regex(sorted(set(org.get("owner_words", []))))
    after_heads = trie_regex(sorted(set(org.get("after_heads", []))))
    head_qualifiers = trie_regex(sorted(set(org.get("head_qualifiers", []))))
    leader_titles = trie_regex(sorted(set(org.get("leader_titles", []))))
    media_heads = trie_regex(sorted(set(read_lexicon("media").get("heads", []))))
    country = gaz.demonym_re.pattern
    after_descriptors = trie_regex(sorted(d for d in read_lexicon("media").get("descriptors", [])
                                          if d.islower()))
    capword = rf"(?:{_CAPTOK}|[A-Z]{{2,}}(?![\w]))"
    not_qualifier = rf"(?i:(?:{mod_alt})[\s-]+){{0,3}}{title_any}(?![\w-])"
    # ", the Zelnian foreign minister", ", the Zelnian Cypriot leader", ", who heads the
    # committee", "(replaced Jane Roe) as Zelnian leader"
    # "Jane Roe MP, Minister for ...": letters after a name that stand for an office or an
    # honour, no part of the name and no title
    post_nominal = (rf"(?:[^\S\n]+(?:{'|'.join(map(re.escape, titles['post_nominals']))})"
                    rf"(?![\w-]))?" if titles.get("post_nominals") else "")
    name_title_tail = (
        # (an age between the name and its title: "Jane Roe, 54, a veteran diplomat,")
        rf"(?:,[^\S\n]+\d{{1,3}}(?=,))?"
        rf"(?:,\s+who\s+(?:heads|leads|chairs|headed|led|chaired)(?![\w-])|"
        rf"(?:,\s+(?:who\s+(?:is|was|serves\s+as)\s+)?|\s+as\s+)"
        rf"(?:(?:the|a|an|his|her|their)\s+(?:(?!(?:{mod_alt})[\s-])[{_LOWER}]+\s+){{0,2}})?"  # "a water policy"
        # (a people's possessive too: "the rebels' top official")
        rf"(?:{_CAPTOK}['’]s\s+|\w+['’]s\s+|[{_LOWER}]+s['’]\s+)?"
        # "a Gulf of Guinea", "the veteran NPP politician": names and initials qualify a title,
        # after a modifier ("a senior Zelva politician") and before the head of the body they
        # name ("a Zelva party politician")
        rf"(?:(?i:{mod_alt})\s+(?=(?!{not_qualifier}){capword}\s))?"
        # (a title written in capitals is the title, not a name before it: "Jon Vale,
        # Foreign Minister of Zelva", "Deputy Prime Minister and Foreign Minister")
        rf"(?:(?:(?!{not_qualifier}){capword}\s+(?:(?:and|of|of\s+the)\s+{_CAPTOK}\s+)?){{1,2}}"
        rf"(?:(?:{after_heads})\s+)?)?"
        rf"(?P<title>(?i:{plural_alt})(?![\w-])|{title}|(?i:{kin})(?![\w-])))"
    )
    return _Compiled({
        # Anchors (see _scan_at and _scan_runs): cheap scans that find every place where the
        # expensive patterns below can match.
        # A leading character (not a look-behind) lets re skip to the candidate positions.
        "at_title": _word_anchors()["title"].caseless,
        "at_name_title": _source(name_title_tail),
        "at_tail": _source(r",|\s(?=\s*as\s)"),  # where name_title_tail can start
        "at_speech": _source(rf"\s{_SPEECH_VERB}"),
        "at_head": _source(heads),
        "at_ministry": _source(r"[Mm](?i:inistry)"),
        "at_leader": _source(leader_titles),
        "at_after_head": _source(rf"\s(?:{after_heads})(?![\w-])"),
        "at_owner": _source(r"['’]s\s"),
        # the first words of met_name and by_name, over " " + text (see _starts)
        "at_met_name": _source(r"[^\w-](?:met|meet|meets|meeting|hosted|talks|negotiations|"
                                  r"consultations|conversation|call|spoke|speaking)(?=\s)"),
        "at_by_name": _source(r"\W(?:according|led|headed|said|told|represented|"
                                 r"accompanied|joined|chaired|attended|opened|hosted|mediated|"
                                 r"facilitated|brokered|signed)(?=\s)"),
        # the first words of plural titles, in lower case: one opens every plural_names match
        "plural_words": _source(_first_words(plural)),
        "at_citing": _source(r"\sciting\b"),
        "word_start": _source(r"(?<![\w-])\w"),
        # Runs of the characters a match can be made of, to bound the scan around an anchor.
        "run_name": _source(r"[\w\s'’-]*"),
        "run_ministry": _source(r"[\w\s'’().-]*"),
        "run_citing": _source(r"[\w\s.,-]*"),
        "run_leader": _source(r"[\w\s,'’-]*"),
        "run_org": _source(r"[\w\s,.'’-]*"),
        # a title right after a name ("Kremlin aide", "the Kremlin foreign policy aide")
        "seat_title": _source(rf"[^\S\n]+{one_title}"),
        "title_name": _source(
            rf"(?<![\w-])(?P<title>{title}),?\s+{style}(?P<name>{abbreviated}{_NAME2})"
        ),
        # "Foreign Minister SUZUKI Ichiro", "Mr. PARK Min-jun", "Press Secretary SATO": a
        # surname in capitals (the official style that marks the family name), given name after
        "title_caps": _source(
            rf"(?<![\w-])(?P<title>{title})\s+(?:(?i:mr|ms|mrs|dr)\.?\s+)?"
            rf"(?P<surname>[{_UPPER}]{{2,}}(?:-[{_UPPER}]{{2,}})?)(?![\w-])"
            rf"(?:\s+(?P<given>{_CAPTOK}))?"
        ),
        "title_surname": _source(
            rf"(?<![\w-])(?P<title>(?i:(?:{mod_alt})[\s-]+){{0,3}}{title_any})\s+"
            rf"(?P<name>{_CAPTOK})(?!\s+{_CAP})"
        ),
        # "its director for treaties and border affairs, Jane Roe, told", "the Zelvan minister
        # who led the talks, Jane Roe,": a title that lower-case words go on from, then the
        # name between commas
        "title_apposed": _source(
            rf"(?<![\w-])(?i:its|his|her|their|the|our|an?)\s+(?:{_CAPTOK}\s+)?(?P<title>{title_any})"
            # (the words after the first may be capitalised: "the head of the Norland
            # delegation on delimitation of the border, Jon Vale,")
            # (and initials, in brackets too: "the head of the EU Monitoring Mission (EUMM),
            # Jon Vale,")
            rf"(?P<rest>\s+[{_LOWER}][\w'’-]*(?:\s+(?:[{_LOWER}][\w'’-]*|{_CAPTOK}|"
            rf"[{_UPPER}]{{2,6}}(?![\w-])|\([{_UPPER}][\w.-]{{1,10}}\))){{0,15}}),"
            # (between commas, or ending the sentence: "..., and the Zelvan envoy, Jon Vale.")
            rf"\s+(?P<name>{_NAME2})(?=,|\.(?:\s|$))"
        ),
        "name_title": _source(
            rf"(?<![\w-])(?P<name>{_NAME})(?:\s+and\s+(?P<name2>{_NAME2}))?{post_nominal}"
            rf"{name_title_tail}"
        ),
        "tail_title": _source(
            rf"\b(?:of|for|to|on|at)\s+(?:the\s+)?(?P<title>(?:(?i:{mod_alt})[\s-]+){{0,3}}"
            rf"{title_any})$"
        ),
        # "the hostages A and B", "ex-PMs A (Jamaica), B (Bahamas), C (St Lucia)"
        "plural_names": _source(
            rf"(?<![\w-])(?:(?i:{mod_alt})[\s-]+){{0,3}}(?i:{plural_alt}),?\s+"
            rf"(?P<names>{_NAME}{_PAREN_TAG}(?:{_FOR_SIDE}|{_OF_SIDE})?"
            rf"(?:(?:,\s+|,?\s+and\s+){_NAME}{_PAREN_TAG}(?:{_FOR_SIDE}|{_OF_SIDE})?)+)"
        ),
        # "the presidents of Norland and Ostria, Jon Vale and Ana Ruiz,": a plural title with
        # its complement, then the full names it introduces between commas
        "plural_of_names": _source(
            rf"(?<![\w-])(?:(?i:{mod_alt})[\s-]+){{0,3}}(?i:{plural_alt})\s+(?:of|for|on)\s+"
            rf"(?:[^,.;:\n\"“”()]|\([{_UPPER}][\w.-]{{1,10}}\)){{1,80}}?,\s+"
            rf"(?P<names>{_NAME2}(?:(?:,\s+|,?\s+and\s+){_NAME2})+)"
            r"(?=\s*[,.;])"
        ),
        # '"...," said villager Jon Vale.': a speech tag's full name after a role in lower case
        "said_noun_name": _source(
            rf"[,\"”]\s*said\s+(?P<noun>[{_LOWER}][\w-]+)\s+(?P<name>{_NAME2})(?=\s*[.,;])"
        ),
        # "ANCHOR (Jane Roe): ...", "HOST (Jane Roe, Velm):": a transcript's speaker label
        # in capitals with the full name of who speaks
        "label_name": _source(
            rf"^[^\S\n]*(?P<label>[{_UPPER}][{_UPPER} .'’-]{{1,30}}?)[^\S\n]*\((?P<name>{_NAME2})"
            r"(?:,[^()\n]{1,60})?\)[^\S\n]*:",
            re.MULTILINE,
        ),
        # "I appointed Jane Roe as my Personal Envoy", "named Jane Roe as its new envoy": an
        # appointment names a person and their title
        "appointed_name": _source(
            rf"\b(?:appointed|named|nominated|designated)\s+(?P<name>{_NAME2})\s+as\s+"
            rf"(?:(?i:his|her|my|its|their|our|the|a|an|new)\s+){{0,2}}(?P<title>{one_title})"
        ),
        "one_name": _source(rf"(?<![\w-]){_NAME}"),
        # "his daughter, Jane Roe, said", "Vale's wife, Ana Vale,": a kinsman's word, then the
        # full name between commas
        "kin_apposed": _source(
            rf"(?<![\w-])(?:(?i:its|his|her|their|the|our|a)|[\w-]+['’]s)\s+"
            rf"(?P<title>(?i:{kin})),\s+"
            rf"(?P<name>{_NAME2})(?=,|\.(?:\s|$))"
        ),
        # what each kin_apposed match holds, in the lower-case text (see _lowered)
        "kin_comma": _source(rf"(?:{kin}),"),
        # "External Affairs Minister S Jaishankar", "Chief Minister M. K. Vale": initials, with
        # their stops or without, and one family name after a title
        "title_initials": _source(
            rf"(?<![\w-])(?P<title>{title})\s+(?P<name>[{_UPPER}]\.?(?:[^\S\n]+[{_UPPER}]\.?)?"
            rf"[^\S\n]+{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{0,2}})(?![\w'’-])"
        ),
        # "the OSCE's Jane Roe", "NATO's Jon Vale": a full name a body's initials own
        "code_name": _source(
            rf"(?<![\w.-])(?P<body>[{_UPPER}]{{2,6}}|[{_UPPER}]\.(?:[{_UPPER}]\.)+)['’]s\s+"
            rf"(?P<name>{_NAME2})(?![\w'’-])"
        ),
        # "Jon Vale was detained on ...", "Ana Ruiz, 54, has led ...": a full name that opens
        # a sentence before its verb (not "is": "Velm Lines is a podcast")
        "opening_name": _source(
            rf"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”’]\s))[^\S\n]*(?P<name>{_NAME2})"
            rf"(?:,\s+\d{{1,3}},|,\s+(?:who|whose)\s[^,.;:!?\n]{{1,80}},)?"
            rf"\s+(?:also\s+|later\s+|then\s+)?(?:was|has|had|will|would|"
            rf"could|can|did|does|must|may|might|should|remains|remained|[a-z]{{3,}}ed)(?![\w'’-])",
            re.MULTILINE,
        ),
        # a byline ("By Jane Roe and John Doe", "(Reporting by Jane Roe in Rome; Editing by
        # John Doe)"): the journalists named are people
        "byline": _source(
            # (and a diary's or a podcast's maker: "Compiled by A", "The show is produced by A")
            rf"(?:^|(?<=\()|(?<=;\s)|(?<=[Cc]olumn\s)(?=by)|(?<=\sis\s)(?=produced)|"
            rf"(?<=\swas\s)(?=produced))(?:By|by|Interview\s+by|"
            rf"(?:[Aa]dditional\s+)?[Rr]eporting\s+by|[Cc]ompiled\s+by|[Pp]roduced\s+by"
            rf"|[Ee]diting\s+by|[Ww]riting\s+by)\s+(?:(?P<name>{_NAME2})"
            rf"(?:\s+in\s+{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}})?"  # "By A in Lahore and B in Delhi"
            rf"(?:,?\s+and\s+(?P<name2>{_NAME2}))?(?=\s*(?:[,;)]|$|\s+in\s)|\.(?:\s|$))"
            # (in capitals, perhaps two, before the outlet: "By JANE ROE and JON AL-VALE
            # Associated Press")
            rf"|(?P<caps>{_CAPS_NAME})(?:\s+and\s+(?P<caps2>{_CAPS_NAME}))?"
            rf"(?=\s*(?:[,;)]|$)|[^\S\n]+{_CAPTOK}))",
            re.MULTILINE,
        ),
        # "translated from Zelvan by Jane Roe (Zelvan) and John Doe": the translators
        "translated_by": _source(
            rf"\b[Tt]ranslat(?:ed|ions?)\b[^.\n]{{0,40}}?\bby\s+(?P<name>{_NAME2})"
            rf"(?:[^\S\n]*\([^()\n]{{1,30}}\))?(?:,?\s+and\s+(?P<name2>{_NAME2}))?"
        ),
        # "Ms " before a surname: the honorific makes one word a name
        "honorific_before": _source(
            rf"(?<![\w-])(?i:{trie_regex(sorted(_honorifics()))})(?<![.])\.?[^\S\n]+$"),
        "name_said": _source(rf"(?<![\w-])(?P<name>{_NAME})\s+{_SPEECH_AFTER}"),
        "at_meeting": _source(rf"\s{_MEETING_VERB}"),
        "names_met": _source(
            rf"(?<![\w-])(?P<name>{_NAME2})(?:,?\s+and\s+(?P<name2>{_NAME2}))?"
            rf"\s+(?:also\s+|later\s+|then\s+|have\s+|had\s+|has\s+|will\s+)?{_MEETING_VERB}"
        ),
        # "after meeting Jane Roe", "negotiations with Jane Roe": the full name a meeting is with
        "met_name": _source(
            rf"(?<![\w-])(?:met|meet|meets|meeting|(?:met|meet|meets|meeting)\s+with|hosted|"
            rf"(?:talks|negotiations|"
            rf"consultations|conversation|call|spoke|speaking)\s+with)\s+"
            rf"(?P<name>{_NAME2})(?![\w'’-])"
        ),
        # "Donald Trump's incoming envoy": a full name that owns a title is a person's
        "possessive_title": _source(
            rf"(?<![\w-])(?P<name>{_NAME2})['’]s\s+(?:(?i:{mod_alt})[\s-]+){{0,3}}"
            rf"(?:{title_any}|(?i:{kin}))(?![\w-])"  # (and kin: "Jon Vale's wife")
        ),
        # "Zelva's Jane Roe": a full name a country owns is a person's
        "country_name": _source(
            rf"(?<![\w-])(?:{country})['’]s\s+(?P<name>{_NAME2})(?![\w'’-])"
        ),
        # "Britain's lead official, Jane Roe, said": a full name a state's role in lower case
        # stands before
        "country_role_name": _source(
            rf"(?<![\w-])(?:{country})['’]s\s+(?:[a-z][\w-]*\s+){{0,2}}[a-z][\w-]*,\s+"
            rf"(?P<name>{_NAME2})(?=,|\s+of\s)"
        ),
        "by_name": _source(
            # "represented by", "accompanied by", "joined by": who stands for a side or goes
            # with a delegation, a person when the text writes a full name
            # (and who attends, opens, hosts or brokers it: "attended by Jane Roe of the UN")
            rf"\b(?P<verb>according\s+to|led\s+by|headed\s+by|said|told|(?:represented|"
            rf"accompanied|joined|chaired|attended|opened|hosted|mediated|facilitated|"
            rf"brokered|signed)\s+by)\s+(?P<name>(?>{_NAME}))"
            rf"(?P<apposition>\s*,?\s+(?:the|a)\s)?"
        ),
        "and_name": _source(rf",?\s+and\s+(?P<name>(?>{_NAME2}))(?![\w'’-])"),
        # "the government of Jane Roe": a full name that owns a government is its leader's
        "leader_government": _source(
            rf"\b(?i:government|administration|cabinet)\s+of\s+(?P<name>{_NAME2})(?![\w'’-])"
        ),
        # "told IPN that", "according to Putin.": one word someone tells or that reports
        "told_outlet": _source(
            # (initials and a word: "told OC Media that")
            rf"\b(?:according\s+to|told)\s+(?P<name>{_CAPTOK}|[{_UPPER}]{{2,6}}(?![\w-])"
            rf"(?:[^\S\n]+{_CAPTOK})?)"
            rf"(?=\s+(?:that|on|in|at|last|this|earlier|late|during|after|about)\b|\s*[.,;:)]|\s*$)"
        ),
        "ministry_country_first": _source(
            rf"(?<![\w-])(?:the\s+)?(?P<country>{country})(?:['’]s)?\s+"
            rf"(?:(?i:ministry)\s+(?:of|for)\s+(?:the\s+)?(?P<d1>(?i:{domains}))|"
            rf"(?P<d2>(?i:{domains}))\s+(?i:ministry))(?![\w-])"
        ),
        # "the Zelvan MFA": its foreign ministry by the initials diplomats write
        "country_mfa": _source(
            rf"(?<![\w-])(?:the\s+)?(?P<country>{country})(?:['’]s)?\s+(?P<d1>MFA)(?P<d2>)"
            rf"(?![\w-])"
        ),
        "ministry_country_last": _source(
            rf"(?<![\w-])(?:(?i:ministry)\s+(?:of|for)\s+(?:the\s+)?(?P<d1>(?i:{domains}))|"
            rf"(?P<d2>(?i:{domains}))\s+(?i:ministry))(?:\s+(?:of|for)\s+(?:the\s+)?"
            rf"(?P<country>{country}))?(?![\w-])"
        ),
        # (initials with stops open a name too: "U.N. Mission in ...")
        "org_phrase": _source(
            rf"(?<![\w.-])(?P<org>(?:(?:(?:{owners})['’]s?(?!\w)|{capword}|[A-Z]\.(?:[A-Z]\.)+)"
            rf"{_ORG_JOIN}){{0,7}}"
            rf"(?:{heads})(?![\w-])"
            # "... of Agriculture, Forestry and Fisheries": a list of domains in the complement
            rf"(?:\s+(?:of|for|on)\s+(?:the\s+)?(?:{capword}\s+){{0,5}}{capword}"
            rf"(?:(?:,\s+(?:{capword}\s+){{0,2}}{capword}){{0,4}},?\s+and\s+(?:{capword}\s+){{0,2}}"
            rf"{capword})?){{0,3}})"
        ),
        "at_media_head": _source(media_heads),
        "media_lead": _source(
            rf"(?<![\w'’-])(?:{trie_regex(sorted(set(read_lexicon('media').get('leads', []))))})"
            rf"\s+{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}}(?![\w'’-])"
        ),
        # "... Mission in Afghanistan", "... Office in the Velm Border Zone": a country, or a
        # named zone or region after "the", where the body works
        "in_country": _source(rf"\s+(?:in|to)\s+(?:(?:the\s+)?{country}|the\s+"
                                 rf"(?:{_CAPTOK}\s+){{0,3}}{_CAPTOK})(?![\w'’-])"),
        "described_org": _source(
            rf"(?<![\w-])(?i:{trie_regex(sorted(set(org.get('descriptors', []))))}),?\s+"
            rf"(?P<name>{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}})(?![\w'’-])"
        ),
        "members_body": _source(
            rf"(?<![\w-])(?i:the)\s+(?P<name>{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}}\s+(?i:{owners})"
            rf"['’]s?\s+(?:{trie_regex(sorted(set(org.get('member_heads', []))))}))(?![\w-])"
        ),
        # "the Zelva party", "the ruling Zelva party", "the opposition ZNP movement", "an
        # Velm party leader"
        "org_before_head": _source(
            rf"(?<![\w-])(?i:the|an?)\s+(?:(?i:{head_qualifiers})\s+)?"
            # (words and initials: "the Real ZDF faction")
            rf"(?P<name>(?:{_CAPTOK}|[A-Z]{{2,6}})(?:\s+(?:{_CAPTOK}|[A-Z]{{2,6}})){{0,2}})\s+"
            rf"(?:{after_heads})(?![\w-])"
        ),
        # mid-sentence ("..., Zelva leader Jan Roe"), or owning the title ("Zelva's chairman")
        "org_leader": _source(
            rf"(?:(?<=[a-z,;:\"”’]\s)(?P<name>{_CAPTOK}|[A-Z]{{2,6}})"
            rf"|(?<![\w'’-])(?P<owner>{_CAPTOK}|[A-Z]{{2,6}})['’]s),?\s+"
            rf"(?:{leader_titles}),?\s+{_NAME2}"
        ),
        "described_media": _source(
            rf"(?<![\w-])(?i:{trie_regex(sorted(set(read_lexicon('media').get('descriptors', []))))})"
            rf"\s+(?P<name>(?:[{_UPPER}]{{2,}}(?![\w-])|{_CAPTOK})(?:\s+(?:[{_UPPER}]{{2,}}(?![\w-])"
            rf"|{_CAPTOK})){{0,2}})"
        ),
        # "The Nation newspaper", "the Kommersant daily": a name before a lower-case descriptor
        "media_described_after": _source(
            rf"(?<![\w'’-])(?P<name>(?:The\s+)?(?:[{_UPPER}]{{2,}}(?![\w-])|{_CAPTOK})"
            rf"(?:\s+{_CAPTOK}){{0,2}})\s+{after_descriptors}(?![\w-])"
        ),
        "at_after_descriptor": _source(rf"\s{after_descriptors}(?![\w-])"),
        # a transcript's question line: "QUESTION (Jane Roe, Zelva TV):", "Q (Jane Roe, AFP):"
        "question_tag": _source(
            rf"^[^\S\n]*(?:QUESTION|Question|Q|JOURNALIST|Journalist|REPORTER|Reporter)"
            rf"[^\S\n]*\((?P<name>{_NAME2}),[^\S\n]*(?P<outlet>[^(),:\n]{{2,40}}?)[^\S\n]*\)[^\S\n]*:",
            re.MULTILINE,
        ),
        # a transcript's speaker line: "JANE ROE (anchor):", "JOHN DOE (Zelva Minister):"
        "speaker_tag": _source(
            rf"^[^\S\n]*(?P<name>[{_UPPER}]{{2,}}(?:[^\S\n]+[{_UPPER}]{{2,}}){{1,3}})"
            rf"[^\S\n]*\([^()\n]{{1,40}}\)[^\S\n]*:",
            re.MULTILINE,
        ),
        # a script's cue with the speaker in its aside: "ANCHOR (JANE ROE):", "SOUNDBITE
        # (JON VALE, TRADE MINISTER, ZELVA - IN ZELVAN, VOICE-OVER):"
        "cue_speaker": _source(
            rf"^[^\S\n]*[{_UPPER}]{{2,}}(?:[^\S\n/-]+[{_UPPER}]{{2,}}){{0,2}}[^\S\n]*"
            rf"\((?P<name>[{_UPPER}]{{2,}}(?:[^\S\n]+[{_UPPER}]{{2,}}){{1,3}})"
            rf"(?P<rest>(?:,[^()\n]{{0,100}})?)\)[^\S\n]*:",
            re.MULTILINE,
        ),
        "media_name": _source(
            rf"(?<![\w'’-])(?P<lead>{_CAPTOK}(?:\s+{_CAPTOK}){{0,2}})\s+(?:{media_heads})(?![\w'’-])"
        ),
        "citing_media": _source(
            rf"(?<![\w-])(?P<name>{_CAP}[\w.\-]*(?:[\s\-]{_CAP}[\w.\-]*){{0,3}})"
            rf"(?:\s+(?:reported|reports|said|says|wrote|writes))?,?\s+citing\b"
        ),
        "leads_delegation": _source(
            rf"\b(?i:heads?|headed|leads?|leading|led|head\s+of|chief\s+of|leader\s+of)\s+"
            rf"(?:the\s+)?(?P<country>{country})\s+(?:delegation|team|negotiating\s+team)\b"
        ),
        "delegation_led_by": _source(
            rf"(?P<country>{country})\s+(?:delegation|team|negotiating\s+team)\b"
            rf"[^.;]{{0,100}}?\b(?:led|headed)\s+by\b"
        ),
        "delegation_head": _source(
            rf"\b(?:the\s+)?(?:head|chief|leader)\s+of\s+the\s+(?P<country>{country})\s+"
            rf"(?:delegation|team)\b"
        ),
        # (the look-behind after the capital, not before it, lets re skip to capitals)
        # (with the Arabic article before it: "al-Rashid said", a surname in mid-sentence)
        "capword": _source(rf"(?:(?<![\w'’-])(?:al|el)-{_CAP}|{_CAP}(?<![\w'’-].)){_LOW}+"
                           rf"(?:-{_CAP}{_LOW}+)?(?![\w-])"),
    })


def _clean_name(name: str, min_tokens: int) -> tuple[int, int] | None:
    """Trim stop words from both ends of a candidate name; return the kept token range."""
    gaz = _gazetteer()
    tokens = name.split()
    lo, hi = 0, len(tokens)
    while lo < hi and fold_name(tokens[lo]) in gaz.stop_tokens and not (
            # "Vice Premier He Lifeng": a Chinese family name, not the pronoun, which no
            # capitalised word follows
            tokens[lo] == "He" and hi - lo == 2 and tokens[lo + 1][:1].isupper()
            and fold_name(tokens[lo + 1]) not in gaz.stop_tokens):
        lo += 1
    families = _family_styles()
    # "Ali Sheikh": a style after a given name is a family name
    stops = [fold_name(t) in gaz.stop_tokens and not (i > lo and fold_name(t) in families)
             for i, t in enumerate(tokens)]
    while hi > lo and stops[hi - 1]:
        hi -= 1
    if hi - lo < min_tokens:
        return None
    if any(stops[i] for i in range(lo, hi) if tokens[i][:1].isupper() and tokens[i] != "He"):
        return None
    if tokens[lo][:1].islower():
        return None
    if any(t.endswith("-based") for t in tokens[lo:hi]):
        return None  # "said Velm-based analyst Ana Ruiz": an adjective of place, no name
    return lo, hi


@functools.cache
def _name_styles() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lexicon("titles").get("name_styles", []))


@functools.cache
def _family_styles() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lexicon("titles").get("family_styles", []))


def _name_span(text: str, start: int, name: str, min_tokens: int) -> tuple[int, int] | None:
    if "\n" in name and (gaps := list(_BLANK_LINE.finditer(name))):
        # "Speakers\n\nJane Roe, a fellow at ...": a heading above is no part of the name
        start, name = start + gaps[-1].end(), name[gaps[-1].end() :]
    if "\n" in name and len(parts := _line_parts(text, start, name)) > 1:
        # "Talks Resume In Lisk\nJon Vale said ...", "Hon. Jane Roe\nMinister of ...": a
        # short line is a heading, a caption or a line of a signature; of the words on either
        # side of its end the name is the longer run a name can be
        best = max(enumerate(parts), key=lambda p: (
            -1 if (k := _clean_name(name[p[1][0] : p[1][1]], min_tokens)) is None
            else k[1] - k[0], p[0]))[1]
        start, name = start + best[0], name[best[0] : best[1]]
    kept = _clean_name(name, min_tokens)
    if kept is None:
        return None
    tokens = list(_TOKEN.finditer(name))
    return start + tokens[kept[0]].start(), start + tokens[kept[1] - 1].end()


# A line shorter than this share of the text's longest line, or than the width of the
# narrowest column news is wrapped to, is no wrapped line of a paragraph but a heading, a
# caption or a paragraph's end: a name does not run on past it.
_SHORT_LINE_SHARE = 0.6
_SHORT_LINE = 40


def _line_parts(text: str, start: int, name: str) -> list[tuple[int, int]]:
    """The (start, end) offsets in ``name`` (found at ``start`` of ``text``) of its pieces
    between the ends of short lines it runs over (see ``_SHORT_LINE``); one piece when every
    line it crosses is a wrapped line of a paragraph ("... said Foreign Minister Jon\nVale")."""
    short = max(_SHORT_LINE, _SHORT_LINE_SHARE * max(map(len, text.splitlines()), default=0))
    parts, lo = [], 0
    for m in re.finditer(r"\n", name):
        at = start + m.start()
        if at - (text.rfind("\n", 0, at) + 1) < short:
            parts.append((lo, m.start()))
            lo = m.end()
    return [*parts, (lo, len(name))]


def _clean_title(title: str, before_name: bool = True) -> str | None:
    """The role a title gives; none for a mere honorific ("Mr.", "Shri", "H.E.")."""
    title = _SPACES.sub(" ", title).strip(" ,")
    # "senior aide to President" + "Jon Vale": the name's own title is the last one;
    # after a name the whole title is its own ("Jon Vale, assistant to the President")
    if before_name and (tail := _patterns()["tail_title"].search(title)):
        title = tail.group("title")
    title = _ARTICLE.sub("", title)
    return None if title.lower() in _honorifics() else title


@functools.cache
def _honorifics() -> frozenset[str]:
    titles = read_lexicon("titles")["entries"]
    return frozenset(p.lower() for item in titles if item["id"] == "honorific" for p in item["patterns"])


# the rest of a sentence and the next one, up to their first personal pronoun: "he" or "she"
_PERSON_NEXT = re.compile(r"(?:(?!\b(?i:it|its|they|their|them)\b)[^.!?]){0,300}[.!?]?"
                          r"(?:(?!\b(?i:it|its|they|their|them)\b)[^.!?]){0,300}?"
                          r"\b(?i:he|she|his|her|him)\b")


# what ends a line or a sentence: opening_name can match only after one, or at the start
_OPENING_BEFORE = re.compile(r"\n|[.!?][\"”’]?\s")


def _opening_starts(text: str) -> list[int]:
    """Every position where ``opening_name`` can match."""
    return [0, *(m.end() for m in _OPENING_BEFORE.finditer(text))]


def _surname_again(text: str, got: tuple[int, int]) -> bool:
    """Whether the last word of the name at ``got`` stands elsewhere in ``text`` alone."""
    word = text[got[0] : got[1]].split()[-1]
    whole = text[got[0] : got[1]]
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}(?![\w-])", text):
        if not (got[0] <= m.start() < got[1]) and text[max(0, m.end() - len(whole)) : m.end()] != whole:
            return True
    return False


@functools.cache
def _plural_titles() -> frozenset[str]:
    return frozenset(fold_name(p) for item in read_lexicon("titles").get("plural", [])
                     for p in item["patterns"])


@functools.cache
def _folded(lexicon: str, key: str) -> frozenset[str]:
    """The words of the list ``key`` of ``lexicon``, folded: platforms ("Telegram") of media,
    calendar nouns ("Day": the last word of a day's name) of places."""
    return frozenset(fold_name(w) for w in read_lexicon(lexicon).get(key, []))


@functools.cache
def _feature_nouns() -> frozenset[str]:
    """Words that make a capitalised pair the name of a place or a thing, not a person."""
    places = read_lexicon("places")
    return frozenset(fold_name(w) for w in [*places.get("feature_nouns", []),
                                            *places.get("territory_nouns", [])])


def _people(text: str, spans: list[_Span], at_title: list[int],
            lowered: str | None) -> list[_Span]:
    """People introduced by a title, followed by one, or next to a speech verb (``at_title``:
    the starts of the words a title can open, see :func:`_starts`; ``lowered``: see
    :func:`_lowered`)."""
    pats = _patterns()
    found: list[_Span] = []

    def add(start: int, end: int, source: str, title: str | None = None,
            title_start: int | None = None, title_end: int | None = None) -> None:
        if any(w.lower() in heads or w.lower() in _DOCUMENT_WORDS for w in text[start:end].split()):
            return  # "Alliance Fleuve", "Security Council", "Maritime Zones Act": not a person
        if fold_name(text[start:end].split()[-1]) in _folded("places", "calendar_nouns"):
            return  # "on Independence Day, President Jon Vale said": a day, not a person
        if fold_name(_SPACES.sub(" ", text[start:end])) in _folded("media", "platforms"):
            return  # "on his official Facebook page": where a person posts
        # (a name wrapped over two lines is written with one space)
        span = _Span(start, end, "person", _SPACES.sub(" ", text[start:end]), source, role=title)
        if title_start is not None:
            span.affiliation = _affiliation(text, spans, title_start, title_end)
        found.append(span)

    heads = _org_heads()
    gaz_stop = _gazetteer().stop_tokens
    rev = text[::-1]
    for key in ("title_name", "title_surname"):
        for m in _scan_at(pats[key], text, at_title):
            if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
                continue  # "06:42 PM CST", "at 5 PM Jon Vale said": the half of a day
            got = _name_span(text, m.start("name"), m.group("name"), 1)
            if not got or _apart(text, m.end("title"), got[0], got[1]) or (
                    len(text[got[0] : got[1]].split()) < 2
                    and _cut_from_name(text, got[1], m.end("name"))):
                continue
            if got[0] > m.start("name"):  # "Minister Plenipotentiary Jane Ann Roe": the
                got = _name_goes_on(text, got)  # words the title took, the name may take on
            t_start, t_end = m.start("title"), m.end("title")
            # "Prime Minister of X Nikol Pashinyan and President of Y Ilham Aliyev": the
            # long title holds the first person; the second's title starts after "and".
            inner = pats["title_name"].match(text, t_start, t_end)
            if inner and (pair := _name_span(text, inner.start("name"), inner.group("name"), 2)):
                rest = _AND_REST.match(text, pair[1], t_end)
                if rest:
                    add(*pair, "pattern", _clean_title(inner.group("title")), t_start,
                        inner.end("title"))
                    t_start = rest.end()
            add(*got, "pattern", _clean_title(text[t_start:t_end]), t_start, t_end)
    apposed = (_scan_at(pats["title_apposed"], text,
                        _determiner_anchor().starts(text, lowered))
               if ", " in text else ())
    for m in apposed:
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            add(*got, "pattern", _clean_title(_PAREN.sub("", m.group("title") + m.group("rest"))),
                m.start("title"), m.end("rest"))
    for m in _scan_at(pats["name_title"], text, _name_title_starts(text, rev)):
        if _SPEECH_NEXT.match(text, m.end()) and any(
                fold_name(w) in _feature_nouns() for w in m.group("name").split()):
            continue  # "south of the Velm River, the official said": a subject and its verb
        plural = m.group("name2") is not None
        for group in ("name", "name2") if plural else ("name",):
            got = _name_span(text, m.start(group), m.group(group), 2)
            if not got and not plural and (
                    one := _name_span(text, m.start(group), m.group(group), 1)) and (
                    pats["honorific_before"].search(text, max(0, one[0] - 20), one[0])):
                got = one  # "Ms Ruiz, Zelva's ambassador to the UN,": a surname after "Ms"
            if got:
                if plural or m.group("title") is None or (
                        fold_name(m.group("title")) in _plural_titles()):
                    add(*got, "pattern")  # "A and B, his counterparts"; "A, officials said"
                else:
                    add(*got, "pattern", _clean_title(m.group("title"), before_name=False),
                        m.start("title"), m.end("title"))
    bylines = (pats["byline"].finditer(text)
               if any(w in text for w in _BYLINE_LITERALS) and _BYLINE_WORD.search(text)
               else ())
    for m in bylines:
        for group in ("name", "name2"):
            if m.group(group) and (got := _name_span(text, m.start(group), m.group(group), 2)):
                add(*got, "pattern", "byline")
        for group in ("caps", "caps2") if m.group("caps") else ():
            if m.group(group):  # "By JANE ROE": the name in title case
                found.append(_Span(*m.span(group), "person", m.group(group).title(), "pattern",
                                   "byline"))
    for m in _CONTACT_LINE.finditer(text) if "ontact" in text or "nquiries" in text else ():
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            add(*got, "pattern")
    signatures = (_scan_at(_SIGNATURE, text, [0, *(m.start() for m in _BLANK_AFTER.finditer(text))])
                  if "\n" in text else ())
    for m in signatures:
        if len(m.group("where").split()) <= _SIGNATURE_WORDS and (
                got := _name_span(text, m.start("name"), m.group("name"), 2)):
            add(*got, "pattern")
    for m in pats["translated_by"].finditer(text) if "ranslat" in text else ():
        for group in ("name", "name2"):
            if m.group(group) and (got := _name_span(text, m.start(group), m.group(group), 2)):
                add(*got, "pattern", "translator")
    if ("author" in text or "writer" in text) and _AUTHOR_NOTE.search(text):
        # "OPINION / Jane Roe / ... / The author is ...": signed
        top = text.split("\n", _SIGNED_LINES)[:_SIGNED_LINES]
        for m in _NAME_LINE.finditer(text, 0, sum(len(line) + 1 for line in top)):
            if got := _name_span(text, m.start("name"), m.group("name"), 2):
                add(*got, "guess")
    plural = (_scan_at(pats["plural_names"], text, at_title)
              if lowered is None or pats["plural_words"].search(lowered) else ())
    if lowered is None or pats["plural_words"].search(lowered):
        for m in _scan_at(pats["plural_of_names"], text, at_title) if ", " in text else ():
            for name in pats["one_name"].finditer(m.group("names")):
                if got := _name_span(text, m.start("names") + name.start(), name.group(), 2):
                    add(*got, "pattern")
    for m in pats["label_name"].finditer(text) if "(" in text else ():
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            add(*got, "pattern", m.group("label").strip().lower())
    for m in pats["appointed_name"].finditer(text) if " as " in text else ():
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            add(*got, "pattern", _clean_title(m.group("title")))
    for m in pats["said_noun_name"].finditer(text) if "said " in text else ():
        if m.group("noun").lower() not in _NOT_ROLES and (
                got := _name_span(text, m.start("name"), m.group("name"), 2)):
            add(*got, "pattern", m.group("noun"))
    for m in plural:
        names = _PAREN.sub(lambda p: " " * len(p.group()), m.group("names"))
        names = _SIDE_RE.sub(lambda p: " " * len(p.group()), names)
        for name in pats["one_name"].finditer(names):
            if got := _name_span(text, m.start("names") + name.start(), name.group(), 2):
                add(*got, "pattern")
    if "'s " in text or "’s " in text:
        for key in ("possessive_title", "country_name", "country_role_name"):
            for m in pats[key].finditer(text):
                if got := _name_span(text, m.start("name"), m.group("name"), 2):
                    add(*got, "guess")
        # "the OSCE's Jane Roe", "the World Bank's Jon Vale": a full name a body owns
        owned = [m for m in pats["code_name"].finditer(text)]
        owned += [m for span in spans if span.kind == "organisation"
                  and (m := _STAFF_NAME.match(text, span.end))]
        for m in owned:
            if (got := _name_span(text, m.start("name"), m.group("name"), 2)) and not any(
                    fold_name(w) in _feature_nouns() for w in text[got[0] : got[1]].split()):
                add(*got, "guess")  # not "the UN's Article Four review": a text
    kin_apposed = (pats["kin_apposed"].finditer(text)
                   if ", " in text and (lowered is None or pats["kin_comma"].search(lowered))
                   else ())
    for m in kin_apposed:
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            add(*got, "pattern", m.group("title").lower())
    for m in _scan_at(pats["title_initials"], text, at_title):
        if not _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            name = _SPACES.sub(" ", m.group("name"))
            found.append(_Span(*m.span("name"), "person", name, "pattern",
                               role=_clean_title(m.group("title")),
                               affiliation=_affiliation(text, spans, m.start("title"),
                                                        m.end("title"))))
    features = _feature_nouns()
    for m in _scan_at(pats["opening_name"], text, _opening_starts(text)):
        got = _name_span(text, m.start("name"), m.group("name"), 2)
        if got and got[0] == m.start("name") and got[1] == m.end("name") and not any(
                fold_name(w) in features for w in m.group("name").split()) and not any(
                s.start < got[1] and got[0] < s.end for s in spans):
            # a person the text goes on about: by the family name alone ("Vale, who ...") or
            # as "he" or "she" before any "it" or "they" (not "Velm Steel has closed its
            # plant", "Nova Front had claimed the attack": a firm, a group)
            if _surname_again(text, got) or _PERSON_NEXT.match(text, got[1]):
                add(*got, "guess")  # not "Lake Velm was ...", "Camp Vale has ...": a place
    # an author's note closing a brief ("Jane Roe is a senior fellow at the Velm Institute"):
    # the writer, with the title the note gives
    if " is a" in text or " is the" in text:
        titles = _title_words()
        for m in _scan_at(_AUTHOR_BIO, text, _opening_starts(text)):
            got = _name_span(text, m.start("name"), m.group("name"), 2)
            if (got == m.span("name") and fold_name(m.group("word")) in titles
                    and not any(s.start < got[1] and got[0] < s.end for s in spans)):
                add(*got, "pattern", m.group("title"), m.start("title"), m.end("title"))
    # "... returned to Velm with Jon Vale. ... Vale said": a full name inside a sentence that
    # the text names again by its last word alone
    firms = _firm_abbreviations()
    for m in _INNER_NAME.finditer(text):
        if not _INNER_BEFORE.search(text, max(0, m.start() - 30), m.start()):
            continue  # a sentence's first words, a run of capitals, "the Velm Accord"
        got = _name_span(text, m.start("name"), m.group("name"), 2)
        if got and got == m.span("name") and not any(
                fold_name(w) in features or w in firms for w in m.group("name").split()
        ) and not any(s.start < got[1] and got[0] < s.end for s in spans) and (
                _named_alone(text, got, spans) or (
                    _WHO_AFTER.match(text, got[1])
                    and _previous_word(text, got[0]) not in _PLACE_BEFORE)):
            add(*got, "guess")  # (or "after Jon Vale, who led the team, resigned": "who"
            # follows a person)
    # Full names (two words or more) that meet, sign or shake hands, untitled.
    for m in _scan_back(pats["names_met"], text, rev, pats["at_meeting"], pats["run_name"]):
        for group in ("name", "name2"):
            if m.group(group) and (got := _name_span(text, m.start(group), m.group(group), 2)):
                add(*got, "guess")
    territories = {w.lower() for w in read_lexicon("places").get("territory_nouns", [])}
    anchor = _word_anchors()["leader_government"]
    governments = _scan_at(pats["leader_government"], text, anchor.starts(text, lowered))
    met = _scan_at(pats["met_name"], text, _starts(pats["at_met_name"], text))
    for key, scan in (("met_name", met), ("leader_government", governments)):
        for m in scan:
            got = _name_span(text, m.start("name"), m.group("name"), 2)
            if got and not (key == "leader_government"
                            and _surname(text[got[0] : got[1]]) in territories):
                add(*got, "guess")
    # "Roe's election", "Roe's spokesman": a word that owns something and that the text
    # writes in full, untitled, elsewhere ("talks with Jane Roe and Jon Vale") is a surname
    owners = ({m.group("word") for m in _scan_runs(_OWNER, text, rev, pats["at_owner"],
                                                   pats["run_name"])}
              if "'s " in text or "’s " in text else ())
    for word in owners:
        if fold_name(word) not in gaz_stop and (full := _written_in_full(text, word, spans)):
            for m in re.finditer(rf"(?<![\w'’-]){re.escape(full)}(?![\w'’-])", text):
                add(m.start(), m.end(), "guess")
    # a name of ten words at most (four and the particles between), perhaps "has" or "also"
    said = _scan_back(pats["name_said"], text, rev, pats["at_speech"], pats["run_name"], 11)
    for m in said:
        got = _name_span(text, m.start("name"), m.group("name"), 1)
        if (got and " " not in text[got[0] : got[1]] and _NOUN_VERB.search(m.group())
                and not _THAT_AFTER.match(text, m.end())):
            continue  # "Coastal states fishing ...", "Member States": a plural noun
        if got and " " not in text[got[0] : got[1]] and _within_body_name(text, got[0]):
            continue  # "the Office for Lakes and Rivers said": the body's name ends there
        if got and " " not in text[got[0] : got[1]] and _COMPASS_BEFORE.search(
                text, max(0, got[0] - 12), got[0]):
            continue  # "West Zelva says": a region, not a person
        if got and _IT_AFTER.match(text, m.end()):
            # "Parti Zelva said it would not endorse": a body speaks of itself as "it"
            found.append(_Span(*got, "organisation", text[got[0] : got[1]], "guess"))
        elif got and _previous_word(text, got[0]) not in _PLACE_BEFORE and not _PLACE_THE.search(
                text, max(0, got[0] - 12), got[0]):
            add(*got, "guess")  # not "our correspondent in Vellora says", "the office in the
            # Border Zone said": a place
    for m in _CLAUSE_SAID.finditer(text) if ", who" in text else ():
        # "Ana Ruiz, whose son has been held since 2017, said": a full name a relative
        # clause parts from its speech verb
        if (name := _NAME_BEFORE.search(text, max(0, m.start() - 60), m.start())) and (
                got := _name_span(text, name.start("name"), name.group("name"), 2)):
            add(*got, "guess")
    for m in _scan_at(pats["by_name"], text, _starts(pats["at_by_name"], text)):
        got = _name_span(text, m.start("name"), m.group("name"), 1)
        # One word before an apposition ("according to Reuters, the ...") or told something
        # (an outlet, see _told_outlets) is not taken for a person here.
        company = m.group("verb").endswith(" by") and not m.group("verb").startswith(
            ("led", "headed"))
        if company and got and " " not in text[got[0] : got[1]]:
            continue  # "joined by Norland", "represented by Velm": one word is no name here
        if got and (" " in text[got[0] : got[1]] or not (
                m.group("apposition") or m.group("verb") in ("told", "according to")
                or (m.group("verb") == "said" and _SUBJECT_SAID.search(text, 0, m.start())))):
            # (one word after a subject's "said" is what it said of: "An official said Zelva
            # was ...")
            add(*got, "guess")
            # "led by Jon Vale and Ana Roe": both lead it
            if m.group("verb").endswith(" by") and (
                    second := pats["and_name"].match(text, got[1])):
                if pair := _name_span(text, second.start("name"), second.group("name"), 2):
                    add(*pair, "guess")
    for start, end in _coordinated_names(text, found) if " and " in text else ():
        add(start, end, "guess")
    honorifics = _honorifics()
    before = len(found)
    for m in _ROSTER_LINE.finditer(text) if "\n" in text else ():
        # "Dr. Jane Roe, senior fellow for Zelva studies": a list of speakers, one a line
        if all(fold_name(w).rstrip(".") in honorifics for w in m.group("lead").split()) and (
                got := _name_span(text, m.start("name"), m.group("name"), 2)):
            add(*got, "pattern", m.group("title").strip(), m.start("title"), m.end("title"))
    # "Gulf states have welcomed", "commander of the Second Army Region": a lone word that
    # names a place's kind is no family name, unless a full name the text gives ends in it
    lone = {fold_name(s.norm) for s in found if " " not in s.norm} & _feature_nouns()
    if lone:
        ends = {fold_name(s.norm.split()[-1]) for s in found if " " in s.norm}
        found = [s for s in found if " " in s.norm or fold_name(s.norm) not in lone - ends]
        before = min(before, len(found))
    # first: of two spans of one name, the one with the whole role the line gives is kept
    return found[before:] + found[:before]


# a full name of two or three words that no capitalised word goes on
# (nor owns one: "International Jurists' Day")
_INNER_NAME = re.compile(rf"(?<![\w'’.-])(?P<name>{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{1,2}})"
                         rf"(?![\w-]|(?:['’]s?)?[^\S\n]+{_CAP})")
# inside a sentence: after a lower-case word but "the", a comma, a colon or a semicolon
_INNER_BEFORE = re.compile(r"(?:(?<![\w'’.-])(?!the[^\S\n])[a-z][a-z'’-]*|[,;:])[^\S\n]\Z")
_WHO_AFTER = re.compile(r",[^\S\n]+who(?:se|m)?[^\S\n]")
# a word that stands alone: no capitalised word or initials next to it
_ALONE_BEFORE = re.compile(rf"(?:{_CAP}\.|{_CAP}[\w'’-]*|[\w'’-]['’]s?)[^\S\n]+\Z")
_ALONE_AFTER = re.compile(rf"[^\S\n]+{_CAP}|[\w-]")


@functools.cache
def _firm_abbreviations() -> frozenset[str]:
    """"Inc", "Corp", "Co": the words that end a firm's name."""
    return frozenset(read_lexicon("abbreviations")["entries"].get("organisations", []))


def _named_alone(text: str, got: tuple[int, int], spans: list[_Span]) -> bool:
    """Whether the last word of the name at ``got`` stands elsewhere in ``text`` alone, with
    no capitalised word on either side and in no name the gazetteer knows: a family name
    ("... with Jon Vale. ... Vale said")."""
    word = text[got[0] : got[1]].split()[-1]
    for m in re.finditer(rf"(?<![\w'’-]){re.escape(word)}", text):
        if (got[0] <= m.start() < got[1] or _ALONE_AFTER.match(text, m.end())
                or _ALONE_BEFORE.search(text, max(0, m.start() - 40), m.start())
                or any(s.start <= m.start() < s.end for s in spans)):
            continue
        return True
    return False
_SPEECH_NEXT = re.compile(rf"\s+{_SPEECH_AFTER}")
# a relative clause between a subject and its speech verb, and the full name it follows
_CLAUSE_SAID = re.compile(rf",\s+(?:who|whose)\s[^,.;:!?\n\"“”]{{1,80}},\s+{_SPEECH_AFTER}")
_NAME_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME2})\Z")


# a line of a list of speakers or members: a full name, perhaps after an honorific, then its
# comma and a role in lower case ("Dr. Jane Roe, senior fellow for Zelva studies")
_ROSTER_LINE = re.compile(
    rf"^[^\S\n]*(?P<lead>(?:{_CAP}[\w.]*[^\S\n]+){{0,2}}?)(?P<name>{_NAME2}),[^\S\n]+"
    rf"(?P<title>{_LOW}[^\n.;:!?\"“”]{{2,120}})$", re.MULTILINE)


# "Jon Vale (of Norland)? and Ana Ruiz", "Ana Ruiz and (Foreign Minister)? Jon Vale": the
# name joined to a person's by "and"; the words between "and" and a person may be a title
# (an apposition may part them: "Jon Vale, Norland's deputy prime minister, and Ana Ruiz")
_JOINED_AFTER = re.compile(rf"(?:{_OF_SIDE})?(?:,\s+[^,.;:\n\"“”()]{{2,90}}(?=,))?,?\s+and\s+"
                           rf"(?P<name>(?>{_NAME2}))(?![\w'’-])")
_JOINED_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME2})(?:{_OF_SIDE})?\s+and\s+"
                            rf"(?P<between>(?:{_CAPTOK}\s+){{0,4}})$")


def _coordinated_names(text: str, people: list[_Span]) -> list[tuple[int, int]]:
    """Full names (two words or more) joined by "and" to a person found by other means:
    the two sides of "and" are of one kind ("the call between Foreign Minister Jon Vale and
    Ana Ruiz", "Ivo Sand and Foreign Minister Lena Tark met"). A name the gazetteer or a
    title word claims is left to them."""
    gaz_stop = _gazetteer().stop_tokens
    titles = _honorifics()
    got: list[tuple[int, int]] = []
    for person in list(people):
        after = _JOINED_AFTER.match(text, person.end)
        if after and (span := _name_span(text, after.start("name"), after.group("name"), 2)):
            got.append(span)
        lo = max(0, person.start - 120)
        before = (_JOINED_BEFORE.search(text, lo, person.start)
                  if "and" in text[lo : person.start] else None)
        if before and all(fold_name(w) in gaz_stop for w in before.group("between").split()) and (
                span := _name_span(text, before.start("name"), before.group("name"), 2)):
            got.append(span)
    known = {(p.start, p.end) for p in people}
    return [s for s in got if s not in known
            and not any(fold_name(w) in gaz_stop or fold_name(w) in titles
                        for w in text[s[0] : s[1]].split())]


# words after "said" that are no role before a name ('"...," said on Monday ...')
_NOT_ROLES = frozenset("the a an that this in on at by of to from with after before during "
                       "when while and but or last next today yesterday also again".split())


# a point of the compass that opens a region's name ("West Zelva", "Northern Lisk")
_COMPASS_BEFORE = re.compile(r"(?<![\w-])(?:West|East|North|South|Western|Eastern|Northern|"
                             r"Southern|Central|Upper|Lower)[^\S\n]+$")
# a word before "said" that is no tag's mark ('"...," said X', "..., said X"): a subject
_SUBJECT_SAID = re.compile(r"[\w)]\s+$")


@functools.cache
def _body_name_before() -> re.Pattern[str]:
    """A body's head and the start of its complement, up to "and" or "of" ("Office for Lakes
    and ", "Federation of Employers of ")."""
    heads = trie_regex(sorted(_org_heads()))
    return re.compile(rf"(?<![\w-])(?i:{heads})\s+(?:for|of|on)\s+(?:the\s+)?"
                      rf"(?:{_CAPTOK}\s+){{1,3}}(?:and|of)\s+$")


def _within_body_name(text: str, start: int) -> bool:
    """The word at ``start`` ends a body's name ("Office for Lakes and Rivers")."""
    return _body_name_before().search(text, max(0, start - 80), start) is not None


# "in the Transit Zone": a place, not a speaker
_PLACE_THE = re.compile(r"\b(?i:in|at|from|near|outside|inside)\s+the\s+$")
# "said it would", "says on Monday that it will": the speaker is a body, not a person
_IT_AFTER = re.compile(
    r"(?:\s+(?:on\s+)?[\w-]+day)?,?\s+(?:that\s+)?it\s+(?:(?:would|will|does|did)\s+not|"
    r"won['’]t|cannot|refuses\s+to|is\s+ready\s+to|was\s+ready\s+to)\s+(?:sign|accept|join|"
    r"attend|recognise|recognize|take\s+part|participate|support|endorse|boycott)\b"
)
# speech verbs that are plural nouns too ("Gulf states", "the notes"): speech when "that" or
# a colon follows
_NOUN_VERB = re.compile(r"\s(?:states|notes)$")
_THAT_AFTER = re.compile(r"\s*(?::|,|\s+that\b)")


def _name_goes_on(text: str, got: tuple[int, int]) -> tuple[int, int]:
    """The span ``got`` of a name cut short by the words a title took, with the capitalised
    words after it, up to four words in all."""
    start, end = got
    stop = _gazetteer().stop_tokens
    while len(text[start:end].split()) < 4 and (m := _NEXT_NAME_WORD.match(text, end)):
        if fold_name(m.group("word")) in stop or m.group("word").lower() in _org_heads():
            break
        end = m.end()
    return start, end


# the subject of "told" opens its sentence with an indefinite article: "A senior official
# close to the talks told", "An aide told", "One source told"
_UNNAMED_TELLER = re.compile(r"(?:(?:^|[.!?][\"”’]?\s+|\n\s*)(?:A|An|One)|"
                             r"[,!?][\"”’]\s+(?:a|an|one))\s[^.!?\n]*$")  # '"...," a source told'


def _told_outlets(text: str, people: list[_Span], spans: list[_Span]) -> list[_Span]:
    """One word after "told" or "according to": a surname of a person named is that person;
    else an acronym ("told IPN that", "according to MIA.") is an outlet, and so is a word in
    title case that an unnamed source told ("An official told Lantern that") when it names no
    place, body or outlet already found (``spans``): whom such a source tells is the paper."""
    if "told" not in text and "according to" not in text:
        return []
    gaz = _gazetteer()
    found = []
    for m in _patterns()["told_outlet"].finditer(text):
        word = m.group("name")
        if " " in word:  # "told OC Media": an outlet, its initials and a word of its name
            code, last = word.split()
            if not (fold_name(last) in gaz.stop_tokens or fold_name(last) in _org_heads()
                    or fold_name(last) in _title_words() or code in gaz.by_exact
                    or any(s.start < m.end("name") and m.start("name") < s.end
                           for s in (*spans, *people))):
                found.append(_Span(*m.span("name"), "media", word, "guess"))
            continue
        if fold_name(word) in gaz.stop_tokens or fold_name(word) in _org_heads():
            continue
        key = _surname(word)
        if any(p.kind == "person" and _similar_surnames(_surname(p.norm), key) for p in people):
            found.append(_Span(*m.span("name"), "person", word, "guess"))
        elif word.isupper():  # "told IPN"; a word in title case may be a leader ("told Putin")
            found.append(_Span(*m.span("name"), "media", word, "guess"))
        elif m.group().startswith("told") and _UNNAMED_TELLER.search(
                text, max(0, m.start() - 200), m.start()) and not any(
                s.start <= m.start("name") < s.end for s in spans) and not re.search(
                rf"{_CAPTOK}[^\S\n]+{re.escape(word)}(?![\w'’-])|(?<![\w'’-]){re.escape(word)}"
                rf"[^\S\n]+{_CAPTOK}", text):
            # a source left unnamed talks to the paper that grants it anonymity, where a
            # named envoy may tell a leader ("the envoy told Zelnikov"); a leader is named in
            # full before anyone tells them by one name ("Jon Vale ... told Vale", "Li Wen ...
            # told Li"), and "according to Vale." cites a person as often as a paper
            found.append(_Span(*m.span("name"), "media", word, "guess"))
    return found


# "spoke to Zelva Review's Jon Vale": a person of an outlet, its name after the possessive
_STAFF_NAME = re.compile(rf"['’]s[^\S\n]+(?P<name>{_NAME2})(?![\w'’-])")


def _outlet_staff(text: str, spans: list[_Span], people: list[_Span]) -> list[_Span]:
    """The person an outlet's possessive introduces ("Zelva Review's Jon Vale"), when no other
    span takes the name."""
    found = []
    names = {text[s.start : s.end] for s in spans if s.kind == "media"}
    for name in names if "'s " in text or "’s " in text else ():
        # each place the name stands before "'s", then the compiled pattern from there: the
        # matches of the name and the pattern as one regex, without compiling one per name
        end = 0
        for at in re.finditer(rf"(?<![\w-])(?={re.escape(name)}['’]s)", text):
            m = _STAFF_NAME.match(text, at.start() + len(name))
            if m is None or at.start() < end:
                continue
            end = m.end()
            if any(s.start < m.end("name") and m.start("name") < s.end
                   for s in (*spans, *people, *found)):
                continue
            if _clean_name(m.group("name"), 2) == (0, len(m.group("name").split())):
                found.append(_Span(*m.span("name"), "person", m.group("name"), "guess"))
    return found


# a picture's credit, its photographer and agency joined by a slash at a caption's end:
# "... REUTERS/Jane Roe", "(AP Photo/Jane Roe)", "[Jane Roe/Reuters]"
_CREDIT_AFTER = re.compile(rf"(?:[^\S\n]+Photo)?/(?P<name>{_NAME2})[^\S\n]*[\])]?[^\S\n]*$",
                           re.MULTILINE)
_CREDIT_BEFORE = re.compile(rf"(?:^|[\[(])[^\S\n]*(?P<name>{_NAME2})/\Z")


def _photo_credits(text: str, spans: list[_Span]) -> list[_Span]:
    """The photographer an agency's credit names beside it across a slash ("REUTERS/Jane
    Roe", "[Jane Roe/Reuters]"): a person, when no other span takes the name."""
    if "/" not in text:
        return []
    found = []
    for span in spans:
        if span.kind != "media":
            continue
        line = text.rfind("\n", 0, span.start) + 1
        m = (_CREDIT_AFTER.match(text, span.end) if text.startswith("/", span.end)
             or text.startswith(" Photo/", span.end) else
             _CREDIT_BEFORE.search(text, line, span.start) if text.startswith("/", span.start - 1)
             else None)
        if m is None or any(s.start < m.end("name") and m.start("name") < s.end for s in spans):
            continue
        words = m.group("name").split()
        if words[-1] not in _credit_words() and _clean_name(m.group("name"), 2) == (
                0, len(words)):
            found.append(_Span(*m.span("name"), "person", m.group("name"), "pattern"))
    return found


@functools.cache
def _credit_words() -> frozenset[str]:
    return frozenset(read_lexicon("media").get("credit_words", []))


def _capital_surnames(text: str, spans: list[_Span], at_title: list[int]) -> list[_Span]:
    """People written in the official style with the surname in capitals ("Foreign Minister
    SUZUKI Ichiro", later "Minister SUZUKI"): the name as written, in title case; a
    surname alone is the person named in full before."""
    if not _TWO_CAPITALS.search(text):
        return []
    pats = _patterns()
    taken = [(s.start, s.end) for s in spans]
    full: dict[str, str] = {}
    found = []
    for m in _scan_at(pats["title_caps"], text, at_title):
        a, b = m.span("surname")
        if any(x < b and a < y for x, y in taken) or _country_code(m.group("surname")):
            continue  # an acronym the gazetteer knows ("ROK", "UN"), not a surname
        if _CLOCK_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "06:42 PM CST": a time and its zone
        surname = m.group("surname").title()
        if m.group("given"):
            name = f"{surname} {m.group('given')}"
            full.setdefault(surname, name)
            end = m.end("given")
        else:
            name, end = full.get(surname, surname), b
        span = _Span(a, end, "person", name, "pattern", role=_clean_title(m.group("title")))
        span.affiliation = _affiliation(text, spans, m.start("title"), m.end("title"))
        found.append(span)
    return found


@functools.cache
def _venue_end() -> re.Pattern[str]:
    """The last words of a building's name (``venue_ends``)."""
    ends = read_lexicon("organisations").get("venue_ends", [])
    return re.compile(rf"(?i:{trie_regex(sorted(ends))})$" if ends else r"(?!)")


@functools.cache
def _org_heads() -> frozenset[str]:
    return frozenset(h.lower() for h in read_lexicon("organisations").get("heads", []))


def _cut_from_name(text: str, kept_end: int, name_end: int) -> bool:
    """The words cut from a name's end hold a capitalised word other than a date ("spokesman
    for the Alliance Fleuve Congo", "Minister for East African Cooperation"): with one word
    left, the run names something else, not a person."""
    return any(w[:1].isupper() and fold_name(w) not in _DATE_WORDS
               for w in text[kept_end:name_end].split())


def _apart(text: str, title_end: int, start: int, end: int) -> bool:
    """A title and the name after it on another line: a paragraph apart, or one word alone on
    the next line ("Minister of Foreign Affairs" over "Witnessed by" in a signature block)."""
    gap = text[title_end:start]
    return "\n" in gap and (_BLANK_LINE.search(gap) is not None or " " not in text[start:end])


def _name_title_starts(text: str, rev: str) -> list[int]:
    """Every position where ``name_title`` can match: the starts of the words before a comma
    that introduces a title, back to the last character that no name can hold."""
    pats = _patterns()
    starts: list[int] = []
    n = len(text)
    run, word_start = pats["run_name"], pats["word_start"]
    tails = _scan_at(pats["at_name_title"], text,
                     [m.start() for m in pats["at_tail"].finditer(text)])
    for m in tails:
        comma = m.start()
        lo = n - run.match(rev, n - comma).end()
        if starts and lo < starts[-1] + 1:
            lo = starts[-1] + 1
        starts += [w.start() for w in word_start.finditer(text, lo, comma)]
    return starts


def _affiliation(text: str, spans: list[_Span], start: int, end: int) -> str | None:
    """Country of a title: the country word just before it or inside it."""
    for span in spans:
        if span.kind not in ("country", "organisation") or not (span.country or span.kind
                                                                 == "country"):
            continue
        code = span.norm if span.kind == "country" else span.country
        if (span.end <= start and start - span.end < 6
                and _POSSESSIVE_GAP.fullmatch(text, span.end, start)):
            return code
        if start <= span.start and span.end <= end:
            return code
    return None


# the word that owns a ministry written in lower case: "Seoul's foreign ministry", "the
# Transnistrian foreign ministry"
_MINISTRY_OWNER = re.compile(rf"(?:(?<![\w-])(?P<the>(?i:the))\s+|(?<![\w'’-]))"
                             rf"(?P<word>{_CAPTOK})(?P<owns>['’]s)?\s+\Z")
# a name that runs on past its first domain: "Ministry of Defence and Veterans"
_AND_MORE = re.compile(r",?\s+and\s+(?-i:[A-Z])")


def _ministries(text: str, lowered: str | None) -> list[_Span]:
    gaz = _gazetteer()
    pats = _patterns()
    found = []
    scans = (
        _scan_runs(pats["ministry_country_first"], text, text[::-1], pats["at_ministry"],
                   pats["run_ministry"]),
        _scan_at(pats["ministry_country_last"], text,
                 _word_anchors()["ministry_country_last"].starts(text, lowered)),
        pats["country_mfa"].finditer(text) if "MFA" in text else (),
    )
    for scan in scans:
        for m in scan:
            if _AND_MORE.match(text, m.end()):
                continue  # "Ministry of Water and Energy": a name of its own, not the domain's
            domain = gaz.ministry_domains.get((m.group("d1") or m.group("d2")).lower())
            if (m.group("d1") and " " not in domain and " " not in m.group("d1").strip()
                    and m.group("d1").strip().isalpha()):
                # "Ministry of Defense": a one-word domain keeps the spelling the text gives
                domain = m.group("d1").strip()[:1].upper() + m.group("d1").strip()[1:].lower()
            code = _country_code(m.group("country")) if m.group("country") else None
            name = f"Ministry of {domain}"
            owner = (_MINISTRY_OWNER.search(text, max(0, m.start() - 40), m.start())
                     if code is None and m.group("d2") and m.group("d2") != "MFA" else None)
            if owner:
                word = owner.group("word")
                entry = gaz.by_exact.get(word) or gaz.by_folded.get(fold_name(word))
                if owner.group("owns") and getattr(entry, "kind", None) == "capital":
                    code = entry.country  # "Seoul's foreign ministry": the state's
                elif (owner.group("the") and not owner.group("owns") and entry is None
                      and m.group().islower() and fold_name(word) not in gaz.stop_tokens):
                    # "the Transnistrian foreign ministry": a ministry of a state or an
                    # authority the gazetteer does not know, named as written
                    found.append(_Span(owner.start("word"), m.end(), "organisation",
                                       f"{word} {m.group('d2').lower()} ministry",
                                       "pattern"))
                    continue
            if code and m.group("d2") and m.group("d2") != "MFA":
                # "Oman's foreign ministry", "the Thai Defence Ministry": news names the
                # office the way it writes it, so the name keeps that order; the state is
                # named as a country, which matches "Omani foreign ministry" as well as
                # "Ministry of Foreign Affairs of Oman" (half the words or more)
                name = f"{country_name(code)} {m.group('d2').lower()} ministry"
            elif code:
                name = f"{country_name(code)} {name}"
            elif m.group("d1") and " " in m.group("d1"):
                # "the Ministry of External Affairs", "the Ministry of Home Affairs": a
                # state's own name for the office, kept as written (see _merge_bare_ministries)
                name = "Ministry of " + " ".join(
                    w[:1].upper() + w[1:] for w in _SPACES.split(m.group("d1")))
            start = m.start() + (4 if m.group().lower().startswith("the ") else 0)
            found.append(_Span(start, m.end(), "organisation", name, "pattern", country=code))
    return found


# a verb in the third person after a body ("the Zelnian army says", "... has", "... denies")
_VERB_S = re.compile(rf"{_SPEECH_VERB}|is|has|was|does|denies|accuses|claims|rejects|"
                     r"insists|admits|hopes|wants|plans|seeks|keeps|remains|continues")


@functools.cache
def _state_body_after() -> re.Pattern[str]:
    """A state's body in lower case after its name or demonym (see ``state_bodies`` and
    ``owned_bodies`` in the organisations lexicon), or after its possessive (``owned_bodies``
    only)."""
    org = read_lexicon("organisations")
    nouns = trie_regex(sorted({w.lower() for w in org.get("state_bodies", [])}))
    owned = trie_regex(sorted({w.lower() for w in org.get("owned_bodies", [])}))
    return re.compile(rf"(?:[^\S\n]+(?P<body>{nouns}|{owned})|(?P<owner>['’]s)[^\S\n]+"
                      rf"(?P<owned>{owned}))(?![\w-])")


_MISSION_NOUNS = frozenset(("embassy", "consulate"))
_POST_CITY = re.compile(rf"[^\S\n]+in[^\S\n]+(?P<city>{_CAPTOK}(?:[^\S\n]+{_CAPTOK})?)(?![\w'’-])")


def _armed_services(text: str, spans: list[_Span]) -> list[_Span]:
    """A country's body written in lower case ("the Zelnian army", "the Zelnian military",
    "Zelnia's presidency", "the Zelnian embassy in Velm"; "Zelnia's army" is the state's):
    an organisation of its own, as "the Zelnian Army" is; not before a title ("the Zelnian
    army chief") nor a noun it qualifies ("Zelnian army positions")."""
    found = []
    titles = _title_words()
    pattern = _state_body_after()
    for span in spans:
        if span.kind == "country" and (after := pattern.match(text, span.end)):
            following = _NEXT_NAME_WORD.match(text, after.end()) or _NEXT_WORD.match(
                text, after.end())
            if following and fold_name(following.group("word")) in titles:
                continue  # "the Zelnian army chief", "the Zelnian embassy spokesman"
            if (following and (word := following.group("word")).endswith("s")
                    and word[:1].islower() and not _VERB_S.fullmatch(word)
                    and word not in _NOT_ROLES):  # (not "this morning")
                continue  # "Zelnian military casualties", "army positions": a noun's modifier
            end = after.end()
            if (after.group("body") or after.group("owned")).lower() in _MISSION_NOUNS and (
                    post := _POST_CITY.match(text, end)) and any(
                    s.kind == "place" and s.start == post.start("city") for s in spans):
                end = post.end()  # "the Zelnian embassy in Velm": a mission by its city
            name = _SPACES.sub(" ", text[span.start : end])
            if after.group("owner") and (demonym := _demonyms().get(span.norm)):
                # "Zelnia's presidency"; "Zelnia's embassy in Velm": with its city
                name = f"{demonym} {after.group('owned')}" + _SPACES.sub(
                    " ", text[after.end() : end])
            found.append(_Span(span.start, end, "organisation", name, "pattern",
                               country=span.norm))
        elif span.kind == "country" and (pair := _paired_bodies().match(text, span.end)) and (
                code := _country_code(pair.group("second"))):
            # "the Zelnian and Norlandic armies": each state's body (the first demonym's
            # span is its state's body, no state: as in "the Zelnian army")
            body = _singular_bodies()[pair.group("body").lower()]
            span.kind, span.country, span.source = "organisation", span.norm, "pattern"
            span.norm = f"{text[span.start : span.end]} {body}"
            found.append(_Span(pair.start("second"), pair.end(), "organisation",
                               f"{pair.group('second')} {body}", "pattern", country=code))
    return found


_NEXT_WORD = re.compile(r"[^\S\n]+(?P<word>[\w-]+)")


@functools.cache
def _singular_bodies() -> dict[str, str]:
    """Plural of each of the organisations lexicon's ``state_bodies`` -> the noun."""
    nouns = read_lexicon("organisations").get("state_bodies", [])
    return {(n[:-1] + "ies" if n.endswith("y") and n[-2:-1] not in "aeiou" else
             n if n.endswith("s") else n + "s").lower(): n for n in nouns}


@functools.cache
def _paired_bodies() -> re.Pattern[str]:
    """'... and Norlandic armies' after a demonym: a second state and the plural body noun."""
    plurals = trie_regex(sorted(_singular_bodies()))
    return re.compile(rf"[^\S\n]+and[^\S\n]+(?P<second>{_gazetteer().demonym_re.pattern})"
                      rf"[^\S\n]+(?P<body>(?i:{plurals}))(?![\w-])")


@functools.cache
def _demonyms() -> dict[str, str]:
    """Alpha-3 code -> the first demonym the countries lexicon gives."""
    return {item["id"]: item["demonyms"][0] for item in read_lexicon("countries")["entries"]
            if item.get("demonyms")}


@functools.cache
def _holder_office() -> re.Pattern[str]:
    """"the Prime Minister's Office", "President Jon Vale's office": see ``office_holders``
    and ``office_nouns`` in the organisations lexicon."""
    org = read_lexicon("organisations")
    holders = trie_regex(sorted({w.lower() for w in org.get("office_holders", [])}))
    nouns = trie_regex(sorted({w.lower() for w in org.get("office_nouns", [])}))
    return re.compile(rf"(?<![\w-])(?P<holder>(?i:{holders}))(?:[^\S\n]+(?P<name>{_NAME}))?"
                      rf"['’]s[^\S\n]+(?P<office>(?i:{nouns}))(?![\w-])")


def _holder_offices(text: str, spans: list[_Span]) -> list[_Span]:
    """The office of a head of state or government named by the title ("the Prime
    Minister's Office", "President Jon Vale's office"): a body, "<Title>'s Office", of the
    state named before the title; with a name, the office noun alone is its mention (the
    name is the person's)."""
    if "'s " not in text and "’s " not in text:
        return []
    found = []
    for m in _holder_office().finditer(text):
        holder = " ".join(w[:1].upper() + w[1:] for w in m.group("holder").lower().split())
        start = m.start("office") if m.group("name") else m.start()
        code = _affiliation(text, spans, m.start("holder"), m.end("holder"))
        found.append(_Span(start, m.end(), "organisation", f"{holder}'s Office", "pattern",
                           country=code))
    return found


def _country_code(surface: str) -> str | None:
    gaz = _gazetteer()
    entry = gaz.by_exact.get(surface) or gaz.by_folded.get(fold_name(surface))
    if entry is None:
        return None
    return entry.norm if entry.kind in ("country", "demonym") else entry.country


@functools.cache
def _org_words() -> tuple[frozenset[str], ...]:
    """Lower-case word sets of the organisations lexicon: heads, the words that may end a name,
    the heads a country may follow, the words dropped before a name and institutions' heads."""
    org = read_lexicon("organisations")
    heads = _org_heads()
    ok_end = heads | {w.lower() for w in org.get("name_ends", [])}
    # A domain word opens a body's name ("Foreign Affairs Council", "Trade Committee"), as an
    # organisation's acronym does before two words or more ("SADC High-Level Mediation
    # Team", "OSCE Mission to Moldova"; not "the OSCE Mission said": the OSCE's).
    domains = {w for d in _gazetteer().ministry_domains for w in d.split()}
    openers = _gazetteer().stop_tokens - heads - _NAME_OPENERS - domains - ok_end
    return (heads, ok_end, frozenset(h.lower() for h in org.get("country_heads", [])),
            openers, frozenset(h.lower() for h in org.get("institution_heads", [])))


_LOWER_COMPLEMENT = re.compile(r"\s+(?:on|of|for)\s+(?:the\s+)?[a-z]")


def _organisations(text: str, spans: list[_Span]) -> list[_Span]:
    """Capitalised phrases ending in an organisation head noun ("... Investment Fund")."""
    gaz = _gazetteer()
    pats = _patterns()
    heads, ok_end, country_heads, openers, institutions = _org_words()
    found: list[_Span] = []
    # (the run takes commas and stops: a list of domains may stand in a name's complement,
    # initials with stops may open it)
    for m in _scan_runs(pats["org_phrase"], text, text[::-1], pats["at_head"],
                        pats["run_org"]):
        tokens = list(_TOKEN.finditer(m.group("org")))
        words = [t.group().lower() for t in tokens]
        # the word that ends the name before a date ("the Zelvan Army on Sunday said")
        end = next((i for i, w in enumerate(words) if i and w in _DATE_WORDS), len(words))
        while end > 1 and words[end - 1] in ("on", "of", "for", "the"):
            end -= 1
        last = words[end - 1]
        lo = 0
        # Drop a leading title ("Chief of the ...") and what joins it to the name, not a word
        # that opens names ("National Unity Government", "Central Bank").
        while lo < len(words) and (words[lo] in openers
                                   or words[lo] in ("of", "the", "and", "for", "on")
                                   or words[lo].endswith("-based")):  # "Berlin-based"
            if words[lo] in _title_openers() and lo + 1 < len(words) and (
                    (words[lo + 1] not in gaz.stop_tokens and words[lo + 1] not in heads)
                    or (words[lo + 1] in heads and lo + 2 == len(words)
                        and not _LOWER_COMPLEMENT.match(text, m.end("org")))):
                # "High Plains Coalition": "High" opens a title only before one; "the High
                # Commission": a body of two words (not "the State Commission on the
                # delimitation ...": a description)
                break
            if (words[lo] in _state_modifiers() and lo + 2 == len(words)
                    and words[lo + 1] in heads and tokens[lo].group()[:1].isupper()
                    and not _LOWER_COMPLEMENT.match(text, m.end("org"))):
                break  # "the Presidential Office", "the Presidential Administration"
            if (words[lo] in _LONG_NAME_OPENERS and len(words) - lo >= 3
                    and words[lo + 1] not in heads and words[lo + 1] not in _ORG_JOINERS):
                break
            if last in institutions and _country_code(tokens[lo].group()) is not None:
                break  # "China Coast Guard", "US Embassy": the country's own institution
            if (getattr(gaz.by_exact.get(tokens[lo].group()), "kind", None) == "organisation"
                    and (len(words) - lo > 2 or (
                        len(words) - lo == 2 and words[-1] in country_heads
                        and pats["in_country"].match(text, m.end("org")) is not None))):
                break  # "SADC High-Level Mediation Team", "OSCE Mission to Moldova"
            lo += 1
        hi = len(words)
        # "Department of Foreign Affairs\nPRESS RELEASE": a name with its head word ends with
        # its line when the next line holds no head word (a letterhead over a heading)
        org = m.group("org")
        for i in range(lo + 1, hi):
            if ("\n" in org[tokens[i - 1].end() : tokens[i].start()]
                    and any(w in heads for w in words[lo:i])
                    and not any(w in heads for w in words[i:hi])):
                hi = i
                break
        # "State Department on Friday": a date word is no part of the name.
        for i in range(lo + 1, hi):
            if words[i] in _DATE_WORDS:
                hi = i - 1 if words[i - 1] in ("on", "of", "for", "the") else i
                while hi > lo and words[hi - 1] in ("on", "of", "for", "the", "and"):
                    hi -= 1
                break
        # "the United Nations and the Catholic Church", "the European Union and African
        # Union": two bodies when "the" follows "and" or a head word precedes it.
        for i in range(hi - 2, lo, -1):
            if words[i] == "and" and (words[i + 1] == "the" or words[i - 1] in heads):
                first = words[lo:i]
                a, b = m.start("org") + tokens[lo].start(), m.start("org") + tokens[i - 1].end()
                if (len(first) >= 2 and any(w in heads for w in first)
                        and not _generic_body(text, a, b, spans)):
                    found.append(_Span(a, b, "organisation", text[a:b], "pattern"))
                lo = i + 2 if words[i + 1] == "the" else i + 1
                break
        # "Ali Vaez of the International Crisis Group": a name with no head word before
        # "of" is a person's, and the organisation starts after it (and again after the next
        # "of": "Jon Vale of the UN and Jane Roe of the African Union")
        while "of" in words[lo:hi]:
            cut = words.index("of", lo)
            if any(w in heads for w in words[lo:cut]) or not any(
                    w in heads for w in words[cut + 1:hi]):
                break
            lo = cut + 1
            while lo < hi and words[lo] == "the":
                lo += 1
        if "and" in words[lo:hi]:
            # "Ministry of Defence and Russia": two names; "Ministry of Water Resources and
            # Irrigation": the name ends where a word that ends names does
            # "Director of the Treaty Office of the Ministry Lin Hao and Director of ...": a
            # title after "and" opens the next person; the name before it is cut
            titled = [i for i in range(lo, hi - 1) if words[i] == "and"
                      and words[i + 1] in _title_words() and any(w in heads for w in words[lo:i])]
            i = titled[0] if titled else max(i for i in range(lo, hi) if words[i] == "and")
            after = m.start("org") + tokens[i].end()
            # "Peace and Security Council": with no head word before "and", one name
            name_end = m.start("org") + tokens[hi - 1].end()
            title_next = _NEXT_NAME_WORD.match(text, m.end("org"))
            if titled:
                hi = i
                while hi > lo and words[hi - 1] not in ok_end and _country_code(
                        tokens[hi - 1].group()) is None:
                    hi -= 1
            elif (hi == i + 2 and not any(w in heads for w in words[lo:i])
                    and title_next is not None
                    and fold_name(title_next.group("word")) in _title_words()):
                # "envoy Jon Vale and Army Secretary Ana Ruiz": the words after "and" open
                # the next person's title, those before it end a name; no body
                hi = i
                while hi > lo and words[hi - 1] not in ok_end and _country_code(
                        tokens[hi - 1].group()) is None:
                    hi -= 1
            elif (any(w in heads for w in words[lo:i])
                    # (a name right after "and": "Ministry of Defence and Russia"; not a
                    # state inside a complement: "Mechanism for Consultation and Coordination
                    # on Zelva-Norland Border Affairs")
                    and any(after <= sp.start <= after + 5 and sp.start < name_end
                            for sp in spans)) or (
                        words[hi - 1] not in ok_end
                        and _country_code(tokens[hi - 1].group()) is None):
                hi = i
            elif not any(w in heads for w in words[lo:i]) and _state_after_and(
                    spans, m.start("org") + tokens[lo].start(), after):
                lo = i + 1  # "Jon Vale and Zelvan National Security Council": a person, then
                # the state's body
            elif not any(w in heads for w in words[lo:i]) and any(
                    w in _title_words() for w in words[lo:i]):
                continue  # "President Jon Vale and Commission President ...": two people
        while "of" in words[lo:hi] or "for" in words[lo:hi]:
            last = words[hi - 1]
            last_at = m.start("org") + tokens[hi - 1].start()
            # "University of Zelva City": a place the gazetteer knows ends the name too; a
            # complement that ends in no such word is cut, and the one before it checked
            if last in ok_end or _country_code(tokens[hi - 1].group()) is not None or any(
                    sp.kind == "place" and sp.start <= last_at < sp.end for sp in spans):
                break
            hi = max(i for i in range(lo, hi) if words[i] in ("of", "for"))
        kept = words[lo:hi]
        if len(kept) < 2 or kept[-1] not in heads and kept[-1] not in ok_end:
            if not (len(kept) >= 2 and any(w in heads for w in kept)):
                continue
        start, end = m.start("org") + tokens[lo].start(), m.start("org") + tokens[hi - 1].end()
        while end > start and text[end - 1] in ",;:":
            end -= 1  # "the Committee on International Affairs, and ...": no comma in the name
        if (after := _NEXT_NAME_WORD.match(text, end)) and fold_name(
                after.group("word")) in _feature_nouns():
            continue  # "the Presidential Library on Senate Square": a site, no body
        if _generic_body(text, start, end, spans):
            continue
        if "\n" in text[start:end]:
            # "Press Office\nMinistry of Foreign Affairs": a name ends
            # with its line; the last line holds the head word
            start = start + text[start:end].rfind("\n") + 1
            if len(text[start:end].split()) < 2:
                continue
        name = text[start:end]
        if _venue_end().search(name):
            continue  # "the Joaquim Chissano International Conference Centre": a building
        line = text.rfind("\n", 0, start) + 1
        if text.startswith(("By ", "by "), line) and (
                team := _team_byline().match(text, line)) and team.start("name") <= start:
            continue  # "By Zelva Post Staff": an outlet signs for its staff
        code = None
        for span in spans:
            if span.kind == "country" and (start <= span.start and span.end <= end or (
                    0 < start - span.end <= 3 and text[span.end : start] in ("'s ", "’s "))):
                if "-" in (text[span.start - 1 : span.start] + text[span.end : span.end + 1]):
                    continue  # "on Zelva-Norland Border Affairs": a body of two states
                code = span.norm  # "the Zelnian Border Service", "Zelnia's State Service"
                break
        # "UN Assistance Mission in Afghanistan", "OSCE Mission to Moldova": the country the
        # body works in ends its name, and is not its own
        if kept[-1] in country_heads and (at := pats["in_country"].match(text, end)):
            end, name = at.end(), text[start : at.end()]
        found.append(_Span(start, end, "organisation", name, "pattern", country=code))
    return found


def _state_after_and(spans: list[_Span], start: int, after: int) -> bool:
    """Whether a state's name or demonym opens the words after "and" (at ``after``) and none
    opens the name at ``start``: "Jon Vale and Zelvan ... Council" joins no two states'
    names ("Norland and Ostria Joint Commission")."""
    return any(sp.kind == "country" and after < sp.start <= after + 5 for sp in spans) and not any(
        sp.kind == "country" and sp.start <= start < sp.end for sp in spans)


# a body's name in quotes after "the" and a few words that describe it: 'the so-called
# "Mechanism"', 'the ceasefire "Coordination Committee"'
# (the quoted name first: the quotes anchor the scan)
_QUOTED_NAME = re.compile(rf"[\"“](?P<name>{_CAPTOK}(?:\s+{_CAPTOK}){{0,3}})[\"”]")
_QUOTED_AFTER = re.compile(r"(?<![\w-])(?i:the)\s+(?:[\w-]+\s+){0,2}\Z")


def _quoted_bodies(text: str, spans: list[_Span]) -> list[_Span]:
    """A body the text names in quotes, a capitalised name that ends in a head noun ('the
    ceasefire "Mechanism"'): quotes mark a proper name where a head alone would be a noun."""
    if '"' not in text and "“" not in text:
        return []
    heads = _org_heads()
    return [_Span(*m.span("name"), "organisation", m.group("name"), "pattern")
            for m in _QUOTED_NAME.finditer(text)
            if m.group("name").split()[-1].lower() in heads
            and _QUOTED_AFTER.search(text, max(0, m.start() - 40), m.start())
            and not any(s.start < m.end("name") and m.start("name") < s.end for s in spans)]


@functools.cache
def _title_openers() -> frozenset[str]:
    """First words of titles that are no title alone ("high", "supreme", "crown"): before a
    word of no title they open an organisation's name ("High Plains Coalition")."""
    titles = read_lexicon("titles")
    patterns = [p.lower() for group in ("entries", "plural") for item in titles.get(group, [])
                for p in item["patterns"]]
    alone = {p for p in patterns if " " not in p} | {m.lower() for m in titles["modifiers"]}
    firsts = {p.split()[0] for p in patterns if " " in p}
    return frozenset(firsts - alone - _gazetteer().ministry_domains.keys())


@functools.cache
def _state_modifiers() -> frozenset[str]:
    """Title modifiers that name a body with its head word ("the Presidential Office")."""
    return frozenset(w.lower() for w in read_lexicon("organisations").get("modifier_bodies", []))


@functools.cache
def _state_style() -> frozenset[str]:
    return frozenset(w.lower() for w in read_lexicon("organisations").get("state_style", []))


_GOVERNMENT_WORD = re.compile(r"\b(?i:government|administration|cabinet)\b")


def _generic_body(text: str, start: int, end: int, spans: list[_Span]) -> bool:
    """A body named by head words and a country alone ("Russian Government", "the Ministry",
    "Government of the Republic of Zelnia", "Royal Government of Zelnia"): the state itself,
    no name; but an institution's ("University of Zelnia")."""
    heads, institutions = _org_heads(), _org_words()[4]
    # "Federal Government": the state in its style; "Federal Council": a body of its own
    government = _GOVERNMENT_WORD.search(text, start, end) is not None
    countries = [(s.start, s.end) for s in spans
                 if s.kind == "country" and start <= s.start and s.end <= end]
    words = []
    remit = False  # after "for" or "on": "Office for Zelnia" works on that state, is not it
    for t in _TOKEN.finditer(text, start, end):
        word = t.group().lower()
        if word in institutions:
            return False
        state = (_country_code(t.group()) is not None
                 or any(a <= t.start() < b for a, b in countries))
        if remit and state:
            return False
        remit = word in ("for", "on") or (remit and word == "the")
        if (word not in heads and word not in ("of", "the", "and", "for", "on")
                and (word not in _state_style() or not government) and not state):
            words.append(word)
    return not words


_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n][\"'”’)]*)\s*$")


def _common_noun(text: str, span: _Span) -> bool:
    """A name guessed from a verb that is a thing, not a person: after "the" ("the Europeans
    say", "the Water Sector signed"), or a lone word opening a sentence with a final "s"
    ("Traders said")."""
    if span.kind != "person" or span.source != "guess":
        return False
    before = text[max(0, span.start - 8) : span.start]
    return before.lower().endswith("the ") or (
        " " not in span.norm and span.norm.endswith("s")
        and _SENTENCE_START.search(before) is not None)


@functools.cache
def _title_words() -> frozenset[str]:
    """The one-word titles and their modifiers ("permanent", "special", "chief")."""
    titles = read_lexicon("titles")
    words = [p for item in titles["entries"] for p in item["patterns"]]
    return frozenset(fold_name(w) for w in [*words, *titles.get("modifiers", [])] if " " not in w)


def _media_names(text: str) -> list[_Span]:
    """Capitalised names that end in an outlet's head word ("Geo News", "Philippine News
    Agency"), with no stop word among them ("The", "Breaking"), or open with one of its
    leads ("Radio Kalum Vert")."""
    pats = _patterns()
    found = []
    for m in _scan_runs(pats["media_name"], text, text[::-1], pats["at_media_head"],
                        pats["run_name"]):
        tokens = list(_TOKEN.finditer(m.group("lead")))
        # "The", "Breaking" are no part of the name; a point of the compass is ("The
        # Northern Chronicle", "Eastern Daily Press")
        stop = _NAME_STOP - _COMPASS_WORDS
        while tokens and fold_name(tokens[0].group()) in stop:
            tokens.pop(0)
        if all(fold_name(t.group()) in _title_words() for t in tokens):
            continue  # "the Permanent Observer of ...": a title, not an outlet
        if _TITLE_AFTER.match(text, m.end()):
            continue  # "the Zelva House Press Secretary": a title, not an outlet
        if tokens and not any(fold_name(t.group()) in stop for t in tokens):
            start = m.start() + tokens[0].start()
            found.append(_Span(start, m.end(), "media", text[start : m.end()], "pattern"))
    for m in pats["media_lead"].finditer(text) if "Radio" in text or "Télé" in text else ():
        found.append(_Span(m.start(), m.end(), "media", m.group(), "pattern"))
    return found


# "Zelva Lines is a podcast about rivers": an outlet that says what it is
_IS_AN_OUTLET = re.compile(
    rf"(?:^|(?<=[.\[(]\s)|(?<=[\[(]))(?P<name>{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{0,3}})[^\S\n]+is[^\S\n]+"
    r"an?[^\S\n]+(?:[\w-]+[^\S\n]+){0,2}?(?:podcast|newsletter|newspaper|news\s+site|"
    r"news\s+website|radio\s+programme|radio\s+show)\b", re.MULTILINE)


def _self_described_media(text: str, spans: list[_Span]) -> list[_Span]:
    """An outlet that says what it is ("Zelva Lines is a weekly podcast"), when no other
    span takes its name."""
    if " is a" not in text:
        return []
    found = []
    for m in _IS_AN_OUTLET.finditer(text):
        a, b = m.span("name")
        if not any(s.start < b and a < s.end for s in spans) and fold_name(
                m.group("name").split()[0]) not in _NAME_STOP:
            found.append(_Span(a, b, "media", m.group("name"), "pattern"))
    return found


_NATIONAL_PRESS = "national press"  # the role of a country's press: it names the state too


@functools.cache
def _national_media_words() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The press words after a demonym, the verbs of a source after them, the cues of a
    source before the demonym (the `national_media` lexicon entries)."""
    lex = read_lexicon("media").get("national_media", {})
    words = trie_regex(sorted(w.lower() for w in lex.get("words", [])))
    verbs = trie_regex(sorted(w.lower() for w in lex.get("verbs", [])))
    cues = trie_regex(sorted(w.lower() for w in lex.get("cues_before", [])))
    return (re.compile(rf"[^\S\n]+(?i:{words})(?![\w-])(?![^\S\n]+{_CAP})"),
            re.compile(rf"\s+(?:{_SPEECH_AFTER}|(?:(?:has|have|had|also)\s+)?(?:{verbs})\b)"),
            re.compile(rf"(?<![\w-])(?i:{cues})\s+(?:the\s+)?$"))


def _national_media(text: str, spans: list[_Span]) -> list[_Span]:
    """A country's press named by its demonyms as the source of a report ("Zelvan state
    media reported", "according to Norlandic media"): an outlet of its own, named as
    written. Not the press a person speaks to ("told Zelvan media": no source), nor the
    descriptor of an outlet's name ("Zelvan state television ZTV")."""
    found = []
    press, verb, cue = _national_media_words()
    demonyms = sorted((s for s in spans if s.kind == "country" and s.demonym),
                      key=lambda s: s.start)
    for i, span in enumerate(demonyms):
        if i and _SPACES.fullmatch(text, demonyms[i - 1].end, span.start):
            continue  # "Turkish Cypriot media": the run starts at its first demonym
        end = span.end
        for later in demonyms[i + 1 :]:
            if not _SPACES.fullmatch(text, end, later.start):
                break
            end = later.end
        if (m := press.match(text, end)) and (
                verb.match(text, m.end()) or cue.search(text, max(0, span.start - 30), span.start)):
            # "Turkish Cypriot media": two demonyms name a community, not the first's state
            role = _NATIONAL_PRESS if end == span.end else None
            found.append(_Span(span.start, m.end(), "media", text[span.start : m.end()],
                               "pattern", role=role, country=span.norm))
    return found


_FREQUENCY = re.compile(r"(?i:daily|weekly)\s")
_COUNTED = re.compile(r"(?i:\b(?:an?|one|two|three|second|third|extra|more)\s+)$")


def _described_media(text: str, spans: list[_Span], lowered: str | None) -> list[_Span]:
    """Outlets named after or before a word that describes them ("state broadcaster NRK",
    "the news agency Novosti Pridnestrovya", "The Nation newspaper"), when the name is
    nothing the gazetteer knows."""
    found = []
    anchor = _word_anchors()["described_media"]
    for m in _scan_at(_patterns()["described_media"], text, anchor.starts(text, lowered)):
        if _FREQUENCY.match(m.group()) and _COUNTED.search(text, max(0, m.start() - 12),
                                                           m.start()):
            continue  # "a second weekly Zelair flight": how often, not a paper
        keep = []  # the name's words up to a date or stop word, or through a punctuation mark
        for t in _TOKEN.finditer(m.group("name")):
            word = fold_name(t.group().strip(".,;:"))
            if word in _DATE_WORDS or word in _NAME_STOP:
                break
            keep.append(t)
            if t.group()[-1:] in ".,;:":
                break
        if not keep:
            continue
        a = m.start("name") + keep[0].start()
        b = m.start("name") + keep[-1].end()
        while b > a and text[b - 1] in ".,;:":
            b -= 1
        if any(s.start < b and a < s.end for s in spans) or _media_word(text[a:b]):
            continue
        found.append(_Span(a, b, "media", text[a:b], "pattern"))
    stop = _gazetteer().stop_tokens
    pats = _patterns()
    for m in _scan_back(pats["media_described_after"], text, text[::-1],
                        pats["at_after_descriptor"], pats["run_name"]):
        a, b = m.span("name")
        words = [fold_name(w) for w in m.group("name").split()]
        if (any(w in stop or w in _DATE_WORDS for w in words[words[0] == "the" :])
                or any(s.start < b and a < s.end for s in spans)
                or _NEXT_CAP.match(text, m.end()) is not None
                or _OWNED_BEFORE.search(text, max(0, a - 8), a)):
            # "the Russian daily", "Sunday newspaper", "Reuters news agency", "the
            # Transnistrian news agency Novosti Pridnestrovya" (the outlet's name comes after);
            # "its Telegram channel": a platform where its owner posts, no outlet
            continue
        if text[a:b].isupper() and re.search(rf"(?<![\w-]){re.escape(text[a:b])}s(?![\w'’-])",
                                             text):
            continue  # "the DGMO channel" beside "the DGMOs": initials of a noun, no outlet's
        pair = _PAIR_NAME.search(text, a, b)
        if pair and any(_country_code(part) for part in re.split(r"[-–]", text[pair.start() : b])):
            continue  # "the Norland-Sudland channel": the two sides' line of talks, no outlet
        if words[0] == "the":  # "The Sentinel newspaper" is the Sentinel
            if (cap := _NEXT_CAP.match(text, a + 3)) is None:
                continue  # "The daily": a lower-case noun after the article names no outlet
            a = cap.end() - 1
        if _media_word(text[a:b]):
            continue
        found.append(_Span(a, b, "media", text[a:b], "pattern"))
    return found


# two names joined by a hyphen or a dash ("Norland-Sudland", "US–Velm")
_PAIR_NAME = re.compile(r"(?-i:[A-Z])[\w'’]*[-–](?-i:[A-Z])[\w'’]*")
_NEXT_CAPTOK = re.compile(rf"[^\S\n]+(?P<word>{_CAPTOK})(?![\w-])")


def _outlets_within(text: str, spans: list[_Span]) -> list[_Span]:
    """A known outlet's name between a demonym and a capitalised word ("Zelvan ZBC World"):
    the name of another outlet, which holds the known one's."""
    found = []
    stop = _gazetteer().stop_tokens
    ends = {s.end: s for s in spans if s.kind == "country"}
    for span in spans:
        if span.kind != "media" or (before := ends.get(span.start - 1)) is None:
            continue
        if text[before.end : span.start] != " " or not before.demonym:
            continue
        after = _NEXT_CAPTOK.match(text, span.end)
        if after is None or fold_name(after.group("word")) in stop | _DATE_WORDS:
            continue
        name = text[before.start : after.end()]
        found.append(_Span(before.start, after.end(), "media", name, "pattern",
                           country=before.norm))
    return found


@functools.cache
def _media_words() -> frozenset[str]:
    """The words that describe an outlet or end its name ("TV", "channel", "News")."""
    media = read_lexicon("media")
    return frozenset(fold_name(w) for w in [*media.get("descriptors", []), *media.get("heads", [])])


def _media_word(name: str) -> bool:
    """Whether ``name`` is only a word that describes an outlet ("the Zelva 1 TV channel":
    "TV" is no outlet's name) or a platform people post on."""
    word = fold_name(_ARTICLE.sub("", name).strip())
    return word in _media_words() or word in _folded("media", "platforms")  # "his Telegram channel": no outlet


# a firm's or an outlet's name: capitalised words, perhaps joined by a particle ("Banco de Zelva")
_FIRM_NAME = (rf"[{_UPPER}][\w'’&-]*(?:[^\S\n]+(?:(?:de|del|la|el|do|da|du|des)[^\S\n]+)?"
              rf"[{_UPPER}][\w'’&-]*){{0,3}}")
# what an apposition's description ends in, then a mark or a clause ("Zelva, the state news
# agency, said", "Zelcorp, a Kessa-based food company, rose")
_APPOSED_END = r"(?=[,.;:)]|[^\S\n]+(?:that|which|who|whose|and|with|in|for|on|of|about)\b)"


@functools.cache
def _apposition() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str]]:
    """The description after a name and its comma, the name before, and the descriptors of
    outlets."""
    media = [d for d in read_lexicon("media").get("descriptors", []) if d.islower()]
    bodies = [d for d in read_lexicon("organisations").get("descriptors", []) if d.islower()]
    pattern = re.compile(
        r",[^\S\n]+(?:the|an?|our|its)[^\S\n]+(?:[\w'’.-]+[^\S\n]+){0,4}?"
        rf"(?P<desc>{trie_regex(sorted({*media, *bodies}))}){_APPOSED_END}"
    )
    before = re.compile(rf"(?:^|(?<=[\s(\"“]))(?P<name>{_FIRM_NAME})$")
    return pattern, before, frozenset(media)


def _apposed_bodies(text: str, spans: list[_Span]) -> list[_Span]:
    """Outlets and organisations the gazetteer lacks, named before a description of them
    after a comma ("Zelva, the state news agency, said", "Shares of Zelcorp, a Kessa-based
    food company, rose"): the name, when no other span but a guess claims it."""
    if ", " not in text:
        return []
    pattern, name_before, media = _apposition()
    stop = _gazetteer().stop_tokens
    found = []
    for m in pattern.finditer(text):
        before = name_before.search(text, max(0, m.start() - 60), m.start())
        if before is None:
            continue
        a, b = before.span("name")
        words = [fold_name(w) for w in before.group("name").split()]
        if words == ["the"] or any(w in stop or w in _DATE_WORDS
                                   for w in words[words[0] == "the":]):
            continue  # "On Monday, the company said", "He, the chairman"
        if words[0] == "the":  # "The Courier, the city's daily": the Courier
            a = _NEXT_CAP.match(text, a + 3).end() - 1
        if any(s.start < b and a < s.end and s.source != "guess" for s in spans):
            continue
        kind = "media" if m.group("desc").lower() in media else "organisation"
        found.append(_Span(a, b, kind, text[a:b], "pattern"))
    return found


# "Jane Roe of the Zelva Forum for Policy Studies in Velm told AFP": a person of a body named
# between the name and the speech verb; the name before it, the town and verb after it
_MEMBER_BEFORE = re.compile(rf"(?<![\w'’-])(?P<name>{_NAME2})[^\S\n]+of[^\S\n]+the[^\S\n]+$")
_MEMBER_AFTER = re.compile(
    rf"(?:[^\S\n]+in[^\S\n]+{_CAPTOK}(?:[^\S\n]+{_CAPTOK})?)?,?[^\S\n]+{_SPEECH_AFTER}")


def _body_members(text: str, spans: list[_Span]) -> list[_Span]:
    """People named with the body they belong to before they speak ("Jane Roe of the Zelva
    Forum said"): the body's name keeps the speech verb from the person's, so each body
    found is read back for a name and on for a speech verb."""
    found = []
    for span in spans:
        if span.kind != "organisation" or not _MEMBER_AFTER.match(text, span.end):
            continue
        m = _MEMBER_BEFORE.search(text, max(0, span.start - 80), span.start)
        got = m and _name_span(text, m.start("name"), m.group("name"), 2)
        if got:
            found.append(_Span(*got, "person", text[got[0] : got[1]], "guess"))
    return found


def _analysts_firms(text: str, spans: list[_Span]) -> list[_Span]:
    """The firm analysts work at ("Analysts at Zelcorp said", "director of economic analysis
    at Banco Zelva"): an organisation, when no other span but a guess claims its name."""
    if " at " not in text:
        return []
    found = []
    for m in _analyst_at().finditer(text):
        a, b = m.span("name")
        if text.startswith(" of ", b):
            continue  # "an analyst at the University of ...": a name cut short
        if fold_name(m.group("name").split()[0]) in _gazetteer().stop_tokens or any(
                s.start < b and a < s.end and s.source != "guess" for s in spans):
            continue
        found.append(_Span(a, b, "organisation", m.group("name"), "pattern"))
    return found


@functools.cache
def _analyst_at() -> re.Pattern[str]:
    """Analysts or a research post, "at" and the firm's name."""
    return re.compile(rf"(?<![\w-])(?i:analysts?|economists?|strategists?|researchers?|analysis|"
                      rf"research|economics)[^\S\n]+at[^\S\n]+(?:the[^\S\n]+)?"
                      rf"(?:{_CAP}[\w.'’-]*-based[^\S\n]+)?(?P<name>{_FIRM_NAME})")


def _question_tags(text: str, spans: list[_Span]) -> list[_Span]:
    """The journalist and the outlet a transcript names before a question ("QUESTION (Jane
    Roe, Zelva TV):"), and the speakers it names in capitals ("JANE ROE (anchor):", a
    script's "SOUNDBITE (JON VALE, TRADE MINISTER, ZELVA):"; ``spans``: the gazetteer's,
    for the title's country)."""
    if "):" not in text:
        return []
    found = []
    for m in _patterns()["question_tag"].finditer(text):
        if got := _name_span(text, m.start("name"), m.group("name"), 2):
            found.append(_Span(*got, "person", text[got[0] : got[1]], "pattern",
                               role="journalist"))
            found.append(_Span(*m.span("outlet"), "media", m.group("outlet"), "pattern"))
    # "JANE ROE (anchor):": a speaker named in capitals, the name in title case
    for m in _patterns()["speaker_tag"].finditer(text):
        name = m.group("name").title()
        if _clean_name(name, 2) == (0, len(name.split())) and not any(
                w.lower() in _org_heads() for w in name.split()):
            found.append(_Span(*m.span("name"), "person", name, "pattern"))
    # "REPORTER (JANE ROE, LIVE):", "SOUNDBITE (JON VALE, TRADE MINISTER, ZELVA):": the cue
    # names its speaker, whose title follows (else the cue's word is the role: "anchor")
    for m in _patterns()["cue_speaker"].finditer(text):
        name = m.group("name").title()
        if _clean_name(name, 2) != (0, len(name.split())) or any(
                w.lower() in _org_heads() for w in name.split()):
            continue
        span = _Span(*m.span("name"), "person", name, "pattern")
        for part in _CUE_PARTS.finditer(m.group("rest")):
            words = {fold_name(w) for w in part.group().split()}
            if words & _title_words() and not span.role:
                span.role = _clean_title(part.group().title())
                a, b = m.start("rest") + part.start(), m.end("rest")
                span.affiliation = _affiliation(text, spans, a, b)
        if not span.role:
            span.role = text[m.start() : m.start("name")].strip(" \t(").lower()
        found.append(span)
    return found


# the parts of a cue's aside: "TRADE MINISTER", "ZELVA", "IN ZELVAN", "VOICE-OVER"
_CUE_PARTS = re.compile(r"[^,\s](?:(?!\s[-–—]\s)[^,])*")


def _described_organisations(text: str, spans: list[_Span], lowered: str | None) -> list[_Span]:
    """Organisations the gazetteer lacks, named by a descriptor ("rights group Zelva"), a
    head noun after them ("the Zelva party") or a leader's title that joins them to a person
    ("Zelva leader Jan Roe"): a name with no stop word that no other span claims."""
    pats = _patterns()
    rev = text[::-1]
    found = []
    scans = (
        _scan_at(pats["described_org"], text,
                 _word_anchors()["described_org"].starts(text, lowered)),
        _scan_back(pats["org_before_head"], text, rev, pats["at_after_head"], pats["run_name"]),
        _scan_runs(pats["org_leader"], text, rev, pats["at_leader"], pats["run_leader"]),
        pats["members_body"].finditer(text) if "'" in text or "’" in text else (),
    )
    keys = ("described_org", "org_before_head", "org_leader", "members_body")
    for key, scan in zip(keys, scans, strict=True):
        for m in scan:
            group = "owner" if key == "org_leader" and m.group("owner") else "name"
            a, b = m.span(group)
            words = [fold_name(w) for w in m.group(group).split()]
            if key == "members_body":
                words = words[:-2]  # the place before "fishermen's cooperative"
            # "the Russian party", "party leaders Monday"; inside a name a point of the
            # compass is a word of it ("the monitoring group Lisk North Watch")
            if any((w in _gazetteer().stop_tokens and not (i and w in _COMPASS_WORDS))
                   or w in _DATE_WORDS for i, w in enumerate(words)):
                continue
            # "the think tank Zelva said": the descriptor outweighs a guess from the verb alone
            described = key in ("described_org", "members_body")
            if any(s.start < b and a < s.end for s in spans + found
                   if not (described and s.kind == "person" and s.source == "guess")):
                continue
            found.append(_Span(a, b, "organisation", m.group(group),
                               "pattern" if described else "guess"))
    return found


@functools.cache
def _code_heads() -> tuple[str, ...]:
    """The head nouns of ``_code_body`` in lower case: a text without one has no match."""
    return tuple(h.lower() for h in read_lexicon("organisations").get("code_heads", []))


@functools.cache
def _code_body() -> re.Pattern[str]:
    """An organisation's initials and a head noun that names a body of its own (``code_heads``:
    "the SADC Secretariat", "the ZCC secretariat")."""
    heads = read_lexicon("organisations").get("code_heads", [])
    if not heads:
        return re.compile(r"(?!)")
    return re.compile(rf"(?<![\w.-])[{_UPPER}][{_UPPER}\d]{{1,7}}\s+(?i:{trie_regex(sorted(heads))})"
                      r"(?![\w-])")


def _code_bodies(text: str, lowered: str | None) -> list[_Span]:
    """Bodies named by an organisation's initials and a head noun ("the SADC Secretariat")."""
    if lowered is not None and not any(h in lowered for h in _code_heads()):
        return []
    return [_Span(m.start(), m.end(), "organisation", m.group(), "pattern")
            for m in _code_body().finditer(text)]


# a wire's dateline with its agency in brackets: "LUSAKA, Jan 15 (ZNA) - ", "HARARE, Zimbabwe,
# March 17 (Southern Press) — ", and a report from two towns: "VELM/LISK, May 2 (ZNA) - "
_DATELINE_AGENCY = re.compile(
    rf"^[^\S\n]*(?:UPDATE[^\S\n]*[-–—:][^\S\n]*)?[{_UPPER}][{_UPPER}.'’ /-]+(?:,[^()\n]{{1,40}}?)?"
    rf"[^\S\n]+\((?P<name>[{_UPPER}][\w.'’&-]*(?:[^\S\n][{_UPPER}][\w.'’&-]*){{0,3}})\)"
    r"[^\S\n]*[-–—]"
    # a town in title case and a date: "Velm City, 3 May (ZNA). - "; the agency in initials,
    # since a title-case word in brackets after a name may be anything ("Jon Vale (Norland)"),
    # or in words right after the day, at the very start of the text ("Velm, May 3 (Lisk
    # Weekly) – ")
    rf"|^[^\S\n]*{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{0,2}},[^()\n]{{0,30}}\d[^()\n]{{0,20}}?"
    rf"[^\S\n]+\((?P<code>[{_UPPER}]{{2,6}})\)\.?[^\S\n]*[-–—]"
    rf"|\A\s*{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{0,2}},[^\S\n]+(?:\d{{1,2}}[^\S\n]+)?"
    rf"{_CAPTOK}(?:[^\S\n]+\d{{1,2}})?(?:,?[^\S\n]+\d{{4}})?[^\S\n]+"
    rf"\((?P<words>{_CAPTOK}(?:[^\S\n]+{_CAPTOK}){{1,2}})\)[^\S\n]*[-–—]",
    re.MULTILINE,
)


_OUTLET_NAME = (rf"[{_UPPER}][\w.'’&-]*(?:[^\S\n]+(?:(?:de|del|la|el|do|da|du|des)[^\S\n]+)?"
                rf"[{_UPPER}][\w.'’&-]*){{0,3}}")
# an outlet's edition in a language: "(Zelva Courier, English edition)", "Radio Zelva, Norlandic
# service."
_EDITION = re.compile(
    rf"(?:^|(?<=\())[^\S\n]*(?P<name>{_OUTLET_NAME}),[^\S\n]+[{_UPPER}][a-z]+[^\S\n]+"
    r"(?:edition|service)\b",
    re.MULTILINE,
)
# a masthead line at the top: "Zelva Monitor | Issue 12 | Sunday edition", "ZelNet | Interview
# | 17 March 2026", "Zelva Review | Interview of the week": the first cell names the outlet
# when another holds an issue, a date or the interview or podcast it runs
_MASTHEAD = re.compile(
    rf"^[^\S\n]*(?P<name>{_OUTLET_NAME})[^\S\n]*\|(?P<rest>[^\n]*)$", re.MULTILINE)
_MASTHEAD_CUE = re.compile(
    r"\b(?:[Ii]ssue|No\.)\s*\d|\bedition\b|\b(?i:interview|podcast)\b"
    r"|\b\d{1,2}\s+[A-Z][a-z]+\s+\d{4}\b|\b[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}\b")
_MASTHEAD_LINES = 6
# a masthead in capitals on a line of its own ("QUIET ROOM", "ZELVA RADIO - NEWS AT SIX"),
# an outlet when its name ends in an outlet's head word or the next line gives its issue or
# says what it is ("The weekly newsletter - No. 47")
_CAPS_MASTHEAD = re.compile(
    rf"^[^\S\n]*(?P<name>[{_UPPER}][{_UPPER}&'’.]+(?:[^\S\n]+[{_UPPER}][{_UPPER}&'’.]+){{0,3}})"
    rf"(?:[^\S\n]+[-–—|][^\S\n]+[^\n]*)?[^\S\n]*\n[^\S\n]*(?P<next>[^\n]*)", re.MULTILINE)
_ISSUE_CUE = re.compile(
    r"\b(?:[Ii]ssue|No\.)\s*\d|\b(?i:edition|newsletter|newspaper|magazine|bulletin|digest)\b")


# the words that join a body's name: English, and the Romance languages' ("Fundación Zelva
# para la Paz", "Institut de la Mer")
_BODY_JOINER = (r"(?:for|of|on|and|de|del|des|du|di|da|para|pour|per|y|et)"
                r"(?:\s+(?:la|el|le|les|los|las))?")


@functools.cache
def _expert_body() -> re.Pattern[str]:
    """An expert's title and the body they work at ("a fellow at the Zelva Forum for Policy
    Studies", "researcher of the Coastal Energy Trust")."""
    experts = next((item["patterns"] for item in read_lexicon("titles")["entries"]
                    if item["id"] == "expert"), [])
    return re.compile(
        rf"(?<![\w-])(?i:{trie_regex(sorted(p.lower() for p in experts))})\s+(?:at|of|with)\s+"
        rf"the\s+(?P<name>{_CAPTOK}(?:(?:\s+{_BODY_JOINER})?\s+{_CAPTOK}){{1,6}})(?![\w'’-])")


def _expert_bodies(text: str, spans: list[_Span], lowered: str | None) -> list[_Span]:
    """The bodies experts work at, whatever their last word: organisations."""
    found = []
    for m in _scan_at(_expert_body(), text, _word_anchors()["expert"].starts(text, lowered)):
        start, end = m.span("name")
        first = m.group("name").split()[0]
        if first.endswith("-based"):  # "the Berlin-based Centre for ...": no part of the name
            start = text.index(" ", start) + 1
        if len(text[start:end].split()) >= 2 and not _generic_body(text, start, end, spans):
            found.append(_Span(start, end, "organisation", text[start:end], "guess"))
    return found


def _dateline_agencies(text: str) -> list[_Span]:
    """The agency a wire's dateline names in brackets, the outlet of a masthead line and of a
    language edition: outlets, known or not."""
    found = []
    for m in _DATELINE_AGENCY.finditer(text):
        group = next(g for g in ("name", "code", "words") if m.group(g))
        found.append(_Span(*m.span(group), "media", m.group(group), "guess"))
    top = sum(len(line) + 1 for line in text.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    media = read_lexicon("media")
    heads = {fold_name(h) for h in [*media.get("heads", []), *media.get("masthead_heads", [])]}
    for m in _MASTHEAD.finditer(text, 0, top) if "|" in text[:top] else ():
        # "ZELVA HERALD | Politics": a first cell that ends in an outlet's head word is the
        # outlet whatever the others hold (a section, a desk)
        name = m.group("name")
        words = [fold_name(w) for w in name.split()]
        # (not a byline's cell: "By Staff Reporter | Zelva Wire")
        if _MASTHEAD_CUE.search(m.group("rest")) or (
                words[-1] in heads and words[0] != "by"
                and not any(w in _STAFF_WORDS for w in words)):
            found.append(_Span(m.start("name"), m.end("name"), "media",
                               name.title() if name.isupper() else name, "guess"))
    if "edition" in text or "service" in text:
        found += [_Span(m.start("name"), m.end("name"), "media", m.group("name"), "guess")
                  for m in _EDITION.finditer(text)]
    top = sum(len(line) + 1 for line in text.split("\n", _SIGNED_LINES)[:_SIGNED_LINES])
    if "y " in text[:top]:  # "By ", "by "
        found += [_Span(m.start("name"), m.end("name"), "media", m.group("name"), "guess")
                  for m in _team_byline().finditer(text, 0, top)]
    heads = {fold_name(h) for h in media.get("heads", [])}
    # a press review's section heading: "ZELVA CHRONICLE (Velm)", an outlet in capitals on a
    # line of its own whose last word is an outlet's head word, named in title case; not a
    # page's banner ("BREAKING NEWS", "WORLD NEWS")
    banners = {fold_name(w) for w in read_lexicon("media").get("banner_words", [])}
    mastheads = {fold_name(h) for h in read_lexicon("media").get("masthead_heads", [])}
    for m in _CAPS_OUTLET_LINE.finditer(text):
        words = [fold_name(w) for w in m.group("name").split()]
        if words[-1] in heads and not any(w in _NAME_STOP or w in banners for w in words):
            found.append(_Span(m.start("name"), m.end("name"), "media",
                               m.group("name").title(), "guess"))
        elif m.start() < top and words[-1] in mastheads:
            # the paper's own masthead over the story ("THE LISK REVIEW"): a word that ends
            # an outlet's name only there, as elsewhere it may end a document's ("Defence
            # Review"); "weekend" in it is the paper's edition there, not a banner
            start = m.start("name") + (4 if words[0] == "the" else 0)
            if len(words) - (words[0] == "the") >= 2 and not any(
                    w in _NAME_STOP for w in words[words[0] == "the":]):
                found.append(_Span(start, m.end("name"), "media",
                                   text[start:m.end("name")].title(), "guess"))
    for m in _BYLINE_OUTLET.finditer(text, 0, top):
        words = [fold_name(w) for w in m.group("name").split()]
        # (one word may be a town: "By Jane Roe, Kessa"; a head word names the outlet anyway)
        if len(words) < 2 or words[-1] in heads or any(
                w in _title_words() or w in _STAFF_WORDS for w in words):
            continue
        a, b = m.span("name")
        if words[-1] == "edition":  # "Zelva Post English Edition": the Zelva Post
            b = a + len(m.group("name").rsplit(None, 2)[0])
        found.append(_Span(a, b, "media", text[a:b], "guess"))
    return found


_CAPS_OUTLET_LINE = re.compile(
    rf"^[^\S\n]*(?P<name>[{_UPPER}][{_UPPER}&'’.-]+(?:[^\S\n]+[{_UPPER}][{_UPPER}&'’.-]+){{1,3}})"
    r"(?:[^\S\n]+\([^()\n]{1,40}\))?[^\S\n]*$", re.MULTILINE)


@functools.cache
def _team_byline() -> re.Pattern[str]:
    """A byline that signs for an outlet's own staff: "By the Zelva Post team", "By the
    Velm Daily newsroom", "by Velm 9 News Staff" (the `team_words` of the media lexicon; a
    channel's number may stand in the name)."""
    words = read_lexicon("media").get("team_words", [])
    return re.compile(
        rf"^[^\S\n]*[Bb]y[^\S\n]+(?:the[^\S\n]+)?"
        rf"(?P<name>[{_UPPER}][\w.'’&-]*(?:[^\S\n]+(?:\d{{1,3}}[^\S\n]+)?[{_UPPER}][\w.'’&-]*){{0,4}})"
        rf"[^\S\n]+(?i:{trie_regex(sorted(w.lower() for w in words))})[^\S\n]*$", re.MULTILINE)


# a US cable's addressee or sender: "AMEMBASSY ZELVA", "AMEMBASSY PORT ZELVA PRIORITY"
_AMEMBASSY = re.compile(r"\bAMEMBASSY[^\S\n]+(?P<city>[A-Z]+(?:[^\S\n](?!(?:IMMEDIATE|PRIORITY|"
                        r"ROUTINE|NIACT|FLASH)\b)[A-Z]+)?)\b")

# a memo's signer: a surname in capitals alone on its last line (not "ENDS")
_CABLE_SIGNER = re.compile(r"\n[^\S\n]*(?P<name>(?!(?:ENDS?|NNNN|BT)\b)[A-Z]{3,})\s*\Z")


def _cable_posts(text: str) -> list[_Span]:
    """The US embassies a cable's header names ("FROM: AMEMBASSY ZELVA"), as "US Embassy
    Zelva", and the one who signs a memo with a subject line, in capitals on its last line
    ("VALE")."""
    found = [_Span(*m.span(), "organisation", f"US Embassy {m.group('city').title()}",
                   "pattern", country="USA")
             for m in (_AMEMBASSY.finditer(text) if "AMEMBASSY" in text else ())]
    if "SUBJECT:" in text and (m := _CABLE_SIGNER.search(text)):
        found.append(_Span(*m.span("name"), "person", m.group("name").title(), "pattern"))
    return found


# "By Jane Roe, Zelva Post": the outlet a byline signs for, not the writer's title ("By Jane
# Roe, Diplomatic Editor")
_BYLINE_OUTLET = re.compile(
    rf"^[^\S\n]*By[^\S\n]+{_NAME2}[^\S\n]*,[^\S\n]*(?P<name>{_FIRM_NAME})[^\S\n]*$", re.MULTILINE)
_STAFF_WORDS = frozenset("correspondent editor reporter writer staff columnist contributor "
                         "bureau desk in".split())


def _outlets_as_named(text: str, spans: list[_Span]) -> None:
    """A name taken for a person's that an outlet of the text bears, or its masthead in
    capitals ("QUIET ROOM" over "told Quiet Room that"), is that outlet (in place). The
    masthead alone names no actor."""
    top = sum(len(line) + 1 for line in text.split("\n", _MASTHEAD_LINES)[:_MASTHEAD_LINES])
    heads = {fold_name(h) for h in read_lexicon("media").get("heads", [])}
    outlets = {fold_name(s.norm) for s in spans if s.kind == "media"} | {
        fold_name(m.group("name")) for m in _CAPS_MASTHEAD.finditer(text, 0, top)
        if _ISSUE_CUE.search(m.group("next")) or fold_name(m.group("name").split()[-1]) in heads}
    for span in spans:
        if span.kind == "person" and fold_name(span.norm) in outlets:
            span.kind, span.role, span.affiliation = "media", None, None


def _citing_media(text: str) -> list[_Span]:
    found = []
    if "citing" not in text:
        return found
    pats = _patterns()
    # a name of four words at most and a verb ("Zelva News reported, citing")
    for m in _scan_back(pats["citing_media"], text, text[::-1], pats["at_citing"],
                        pats["run_citing"], 5):
        name = m.group("name")
        if _clean_name(name, 1) is None or fold_name(name.split()[0]) in _gazetteer().stop_tokens:
            continue
        found.append(_Span(m.start("name"), m.end("name"), "media", name, "guess"))
    return found


def _resolve(spans: list[_Span]) -> list[_Span]:
    """Keep non-overlapping spans: longest first, then earliest, then lexicon before pattern."""
    order = sorted(spans, key=lambda s: (s.start - s.end, s.start, _PRIORITY[s.source]))
    taken: list[tuple[int, int]] = []
    kept = []
    people: dict[tuple[int, int], _Span] = {}
    for span in order:
        i = bisect_right(taken, (span.start, float("inf")))
        if i and taken[i - 1][1] > span.start:
            if span.kind == "person" and (twin := people.get((span.start, span.end))):
                _add_role(twin, span)
            continue
        if i < len(taken) and taken[i][0] < span.end:
            continue
        taken.insert(i, (span.start, span.end))
        kept.append(span)
        if span.kind == "person":
            people[(span.start, span.end)] = span
    return sorted((s for s in kept if s.kind != "blocker"), key=lambda s: s.start)


def _add_role(person: _Span, twin: _Span) -> None:
    """One name read twice ("Mrs Jane Roe" and "Jane Roe, the chief negotiator,"): the role
    and the affiliation the other reading gives are the person's too."""
    styles = _name_styles()
    if not twin.role or twin.role.lower() in styles:
        pass  # "Crown Prince Sheikh Khalid": a style between title and name is no role
    elif not person.role or person.role.lower() in styles:
        person.role = twin.role  # "Sheikh Jane Roe, Zelva's prime minister,"
    elif twin.role.lower() not in person.role.lower():
        person.role = f"{person.role}; {twin.role}"
    person.affiliation = person.affiliation or twin.affiliation


@functools.lru_cache(maxsize=1 << 16)
def _surname(name: str) -> str:
    return fold_name(name.split()[-1]).replace("-", "")


@functools.lru_cache(maxsize=1 << 16)
def _similar_surnames(sa: str, sb: str) -> bool:
    if sa == sb:
        return True
    shorter, total = min(len(sa), len(sb)), len(sa) + len(sb)
    if shorter < 4:
        return False
    # The quick ratios are upper bounds of ratio(): most pairs are rejected without it, and
    # without a matcher by the first, real_quick_ratio(), which is of the lengths alone.
    if 2.0 * shorter / total < 0.8:
        return False
    matcher = SequenceMatcher(None, sa, sb)
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8


def _same_person(a: str, b: str) -> bool:
    """Names of one person: similar surnames, and given names that agree where both have them
    ("Tayyip Erdogan" / "Recep Tayyip Erdogan", "Joe" / "Joseph", "J. Roe" / "Jane Roe"), so
    that two people of one family ("Mher Grigoryan", "Tigran Grigoryan"; "Siarhei
    Tsikhanouski", "Sviatlana Tsikhanouskaya") stay apart."""
    if not _similar_surnames(_surname(a), _surname(b)):
        return False
    given_a, given_b = _given_names(a), _given_names(b)
    if not given_a or not given_b:
        return True
    return any(_same_given_name(x, y) for x in given_a for y in given_b)


@functools.lru_cache(maxsize=1 << 12)
def _same_given_name(x: str, y: str) -> bool:
    """One initial, and one of them written as an initial or the two spelt alike ("Joe" /
    "Joseph", "Dmitry" / "Dmitri"; not "Siarhei" / "Sviatlana")."""
    return x[:1] == y[:1] and (min(len(x), len(y)) <= 2
                               or SequenceMatcher(None, x, y).ratio() >= 0.4)


def _given_names(name: str) -> list[str]:
    """The folded given names of a full name, particles left out; in a name that goes on with
    the father's ("Salman bin Hamad Al Khalifa", "Hamad bin Isa Al Khalifa") only the
    person's own, so that a father and his son stay apart."""
    words = [fold_name(w).rstrip(".") for w in name.split()[:-1]]
    for i, word in enumerate(words):
        if word in _PATRONYMIC:
            return words[:i]
    return [w for w in words if w not in _PARTICLES]


@functools.cache
def _style_before() -> re.Pattern[str]:
    """A style of two words or more ("Samdech Thipadei") written as a name, before the end."""
    styles = sorted({w for w in read_lexicon("titles").get("name_styles", []) if " " in w},
                    key=len, reverse=True)
    alt = "|".join(re.escape(w.title()) for w in styles)
    return re.compile(rf"(?<![\w'’-])(?P<style>{alt})(?P<name>[^\S\n]+{_CAP})?")


def _styled_alone(text: str, spans: list[_Span]) -> list[_Span]:
    """"Samdech Thipadei said" after "Samdech Thipadei Jon Vale": a style of several words
    written alone names the one person of the text it styles."""
    people = [s for s in spans if s.kind == "person"]
    if not people:
        return []
    styled: dict[str, set[str]] = {}
    alone = []
    taken = [(s.start, s.end) for s in spans]
    for m in _style_before().finditer(text):
        at = m.end() - 1
        if m.group("name") and (named := {p.norm for p in people if p.start == at}):
            styled.setdefault(m.group("style"), set()).update(named)
        elif not any(a < m.end("style") and m.start() < b for a, b in taken):
            alone.append(m)  # (a title may follow: "Samdech Thipadei Prime Minister said")
    found = []
    for m in alone:
        names = styled.get(m.group("style"), set())
        if len(names) == 1:
            person = next(p for p in people if p.norm in names)
            found.append(_Span(m.start(), m.end("style"), "person", person.norm, "pattern",
                               person.role, person.affiliation))
    return found


def _link_people(text: str, spans: list[_Span]) -> list[_Span]:
    """Give every mention of one person one canonical name; find later surname mentions.

    ``spans`` are the resolved spans: sorted by start and not overlapping.
    """
    people = [s for s in spans if s.kind == "person"]
    _surname_first(text, people)
    clusters: list[list[_Span]] = []
    for span in people:
        for cluster in clusters:
            if _same_person(cluster[0].norm, span.norm):
                cluster.append(span)
                break
        else:
            clusters.append([span])
    clusters = _merge_first_names(clusters)
    for cluster in clusters:  # "Maria Lopez Vega, ... . According to Lopez, ..."
        if all(" " not in s.norm for s in cluster) and (
                full := _written_in_full(text, cluster[0].norm, spans)):
            for span in cluster:
                span.norm = full
    # A bare surname guessed next to "said" counts only when it is not a lone guess.
    canon = {}
    for cluster in clusters:
        full = max(cluster, key=lambda s: (len(s.norm.split()), -s.start)).norm
        roles = [s.role for s in cluster if s.role]
        affs = [s.affiliation for s in cluster if s.affiliation]
        for span in cluster:
            span.norm = full
            span.role = span.role or (roles[0] if roles else None)
            span.affiliation = span.affiliation or (affs[0] if affs else None)
        canon[full] = (roles[0] if roles else None, affs[0] if affs else None)
    candidates = [(_surname(full), full, role, aff) for full, (role, aff) in canon.items()
                  if len(full.split()) > 1]
    firsts = _first_name_keys(list(canon))
    extra: list[_Span] = []
    if not candidates:
        return extra
    starts = [s.start for s in spans]
    ends = [s.end for s in spans]
    # what a word outside the spans names (see _word_person), worked out once per text
    seen: dict[str, tuple | None] = {}
    for m in _patterns()["capword"].finditer(text):
        word = m.group()
        if word in seen and seen[word] is None:
            continue
        at = m.start()
        i = bisect_right(starts, at) - 1
        if i >= 0 and at < ends[i]:
            continue
        if word not in seen:
            seen[word] = _word_person(word, candidates, firsts)
        if (found := seen[word]) is None:
            continue
        person, given = found
        if person is None:
            # A given name alone ("Anwar said"), not the start of another name.
            if not _NEXT_CAPWORD.match(text, m.end()):
                person = (given, *canon[given])
        if person is not None:
            extra.append(_Span(at, m.end(), "person", person[0], "pattern", person[1],
                               person[2]))
    return extra


def _word_person(word: str, candidates: list[tuple], firsts: dict[str, str]) -> tuple | None:
    """The person (full name, role, affiliation) of the first of ``candidates`` (surname, full
    name, role, affiliation) whose surname ``word`` is like, and the full name ``word`` is the
    given name of (see _first_name_keys); None when neither."""
    person = None
    if len(word) >= 4:
        key = _surname(word)
        person = next(((full, role, aff) for surname, full, role, aff in candidates
                       if _similar_surnames(surname, key)), None)
    given = firsts.get(fold_name(word))
    return None if person is None and given is None else (person, given)


@functools.lru_cache(maxsize=4096)
def _in_full(word: str) -> re.Pattern[str]:
    """The pattern of :func:`_written_in_full` for ``word``, compiled once for a corpus (its
    name classes make it slow to compile, and the names of a negotiation recur)."""
    return re.compile(rf"(?<![\w'’-])(?:{_CAPTOK}\s+){{1,2}}{re.escape(word)}(?:\s+{_CAPTOK})?(?![\w'’-])")


def _written_in_full(text: str, word: str, spans: list[_Span]) -> str | None:
    """The one full name the text writes a person's one-word name in, untitled ("Maria
    Lopez Vega" for "Lopez", named alone where a title or a speech verb tells the person):
    one or two given names before the word, perhaps a second surname after it."""
    others = [(s.start, s.end) for s in spans if s.kind != "person"]
    found = set()
    for m in _in_full(word).finditer(text):
        name = _SPACES.sub(" ", m.group())
        kept = _clean_name(name, 2)
        if kept != (0, len(name.split())) or any(a < m.end() and m.start() < b for a, b in others):
            continue  # "Yesterday Lopez", "the Lopez Foundation"
        found.add(name)
    return found.pop() if len(found) == 1 else None


def _surname_first(text: str, people: list[_Span]) -> None:
    """A surname alone ("Minister Cho") is the person written before in the official style
    with the surname first, in capitals ("Mr. CHO Hyun"), when no other name opens with it."""
    full: dict[str, str | None] = {}
    for span in people:
        first = text[span.start : span.end].split(" ", 1)[0]
        if " " in span.norm and len(first) > 1 and first.isupper():
            key = fold_name(first)
            full[key] = span.norm if full.get(key, span.norm) == span.norm else None
    if not full:
        return
    for span in people:
        if " " not in span.norm and (name := full.get(fold_name(span.norm))):
            span.norm = name


def _shared_short_names(text: str, spans: list[_Span]) -> None:
    """A short name two states share ("Congo") names the one the text names in full."""
    shared = read_lexicon("countries").get("shared_short_names") or {}
    if not shared:
        return
    codes = {fold_name(k): v for k, v in shared.items()}
    bare = [s for s in spans if s.kind == "country" and fold_name(text[s.start : s.end]) in codes]
    if not bare:
        return
    named = {s.norm for s in spans if s.kind == "country" and s not in bare}
    for span in bare:
        options = codes[fold_name(text[span.start : span.end])]
        chosen = [c for c in options if c in named]
        if len(chosen) == 1:
            span.norm = chosen[0]


def _spell_out_acronyms(text: str, spans: list[_Span]) -> None:
    """Name an outlet by the longest name the text gives it ("KCNA", "Korean Central News
    Agency"; "Yonhap", "Yonhap News Agency"): readers name them so. An organisation keeps
    its lexicon name, which is the one news usually calls it by: "the Caribbean Community
    (CARICOM)" is CARICOM however the text introduces it."""
    full: dict[tuple[str, str], str] = {}
    for span in spans:
        if span.kind != "media" or span.source != "gazetteer":
            continue
        surface = _ARTICLE.sub("", text[span.start : span.end])
        words = len(surface.split())
        # "the ZTA news agency": a lower-case descriptor is no part of the name
        described = any(w[:1].islower() and w not in _ORG_JOINERS | {"and", "the"}
                        for w in surface.split())
        if (words > 1 and words > len(span.norm.split()) and not described
                and len(surface) > len(full.get((span.kind, span.norm), ""))):
            full[(span.kind, span.norm)] = surface
    for span in spans:
        if (span.kind, span.norm) in full:
            span.norm = full[(span.kind, span.norm)]
    # "Zelva Pravda ... the source told ZP": initials an outlet of the text's name gives are
    # that outlet
    outlets = {span.norm for span in spans if span.kind == "media" and " " in span.norm}
    for span in spans:
        if (span.kind == "media" and span.source != "gazetteer"
                and (surface := text[span.start : span.end]).isalpha()
                and surface.isupper() and 2 <= len(surface) <= 6):
            named = [n for n in outlets if "".join(
                w[0] for w in _ARTICLE.sub("", n).split() if w[:1].isupper()) == surface]
            if len(named) == 1:
                span.norm = named[0]


# "Regional Border Committees (RBC)": a run of capitalised words and the initials the text
# gives it in brackets; the words may be joined as English joins them or as the languages
# do whose names news leaves untranslated ("Frente Unido de Velmar (FUV)", "Adalet ve
# Kalkınma Partisi (AKP)")
_DEFINED_ACRONYM = re.compile(
    r"(?P<run>(?:[A-Z][\w'’-]*\s+(?:(?:of|for|on|in|and|the|de|del|des|du|di|da|do|dos|das|"
    r"la|el|le|les|los|las|para|pour|y|e|et|ve)\s+)*)+)\((?P<acronym>[A-Z]{2,6})\)"
)


def _initials_pattern(words: list[str]) -> re.Pattern[str]:
    """The initials of ``words``: one letter for each capitalised word, an optional one for
    each joining word ("Alliance of Coral Island States": ACIS or AOCIS)."""
    parts = [re.escape(w[0].upper()) + ("?" if w[:1].islower() else "") for w in words]
    return re.compile("".join(parts))


def _spelled(tokens: list[re.Match[str]], acronym: str) -> int | None:
    """The first of ``tokens`` (a run of words) from which the rest spell ``acronym``, a
    capitalised one; None when no end of the run does."""
    for k, token in enumerate(tokens):
        if token.group()[:1].isupper() and _initials_pattern(
                [t.group() for t in tokens[k:]]).fullmatch(acronym):
            return k
    return None


def _acronym_bodies(text: str) -> list[_Span]:
    """A body the text names and gives initials in brackets ("the State Organization for
    Marketing of Copper (SOMC)", "the Joint Technical Team (JTT)"): the name, which holds an
    organisation's head noun, and each later use of the initials alone ("the ZRG said")."""
    if "(" not in text:
        return []
    lexicon = read_lexicon("organisations")
    heads = _org_heads() | {h.lower() for key in ("acronym_heads", "foreign_heads")
                            for h in lexicon.get(key, [])}
    found = []
    for m in _DEFINED_ACRONYM.finditer(text):
        acronym = m.group("acronym")
        tokens = list(_TOKEN.finditer(m.group("run")))
        k = _spelled(tokens, acronym)
        if k is None or not any(t.group().lower() in heads for t in tokens[k:]):
            continue
        start = m.start("run") + tokens[k].start()
        end = m.start("run") + tokens[-1].end()
        name = text[start:end]
        if name.isupper():  # a letterhead in capitals: "ZELVA PEACE FORUM (ZPF)"
            name = " ".join(w.lower() if w.lower() in _ORG_JOINERS | {"and", "the"}
                            else w.capitalize() for w in name.split())
        found.append(_Span(start, end, "organisation", name, "pattern"))
        for use in re.finditer(rf"(?<![\w(-]){acronym}(?![\w)-])", text):
            found.append(_Span(use.start(), use.end(), "organisation", name, "pattern"))
    return found


def _defined_acronyms(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` without the lexicon's outlets and bodies whose initials the text gives
    another name ("the Regional Border Committees (RBC)" is no outlet "RBC")."""
    if "(" not in text:
        return spans
    other = set()
    for m in _DEFINED_ACRONYM.finditer(text):
        acronym = m.group("acronym")
        run_end = m.start("run") + len(m.group("run").rstrip())
        # "Islamic Republic News Agency (IRNA)": the lexicon knows the name it spells
        known = any(s.end == run_end and s.kind in ("organisation", "media")
                    and s.source == "gazetteer" for s in spans)
        if not known and _spelled(list(_TOKEN.finditer(m.group("run"))), acronym) is not None:
            other.add(acronym)
    return [s for s in spans if not (s.source == "gazetteer" and s.kind in ("organisation", "media")
                                     and text[s.start : s.end] in other)]


_BRACKETED_CODE = re.compile(r"[^\S\n]*\((?P<code>[A-Z][A-Za-z.]{1,7})\)")


def _named_with_initials(text: str, spans: list[_Span]) -> None:
    """A body the text names in full before the initials the lexicon knows it by ("the Zelva
    Monitoring Mission (ZMM)") is that body: the name takes the initials' canonical name."""
    if "(" not in text:
        return
    for i, span in enumerate(spans[:-1]):
        nxt = spans[i + 1]
        if (span.kind == "organisation" and span.source != "gazetteer"
                and nxt.kind == "organisation" and nxt.source == "gazetteer"
                and (m := _BRACKETED_CODE.match(text, span.end))
                and m.start("code") == nxt.start and m.end("code") == nxt.end):
            span.norm = nxt.norm
            span.country = span.country or nxt.country


def _place_given_names(text: str, spans: list[_Span]) -> list[_Span]:
    """``spans`` with a capital or a country written just before a surname taken for a person
    made that person's given name ("Sofia Marchetti", "Jordan Blake"): a place stands before
    no surname."""
    people = {s.start: s for s in spans if s.kind == "person" and " " not in s.norm}
    given = []
    for span in spans:
        person = people.get(span.end + 1)
        if (person and span.kind in ("country", "place") and not span.demonym
                and text[span.end] == " " and text[span.start : span.end].istitle()):
            person.start = span.start
            person.norm = text[span.start : person.end]
            given.append(span)
    return [s for s in spans if not any(s is g for g in given)]


def _short_org_names(spans: list[_Span]) -> None:
    """Name a body written short ("the Joint Higher Committee", "the Joint Commission") by the
    one longer name of the text that ends in it before any complement ("the Qatari-Bahraini
    Joint Higher Committee", "the Joint Commission on Water")."""
    names = {s.norm for s in spans if s.kind == "organisation"}
    if len(names) < 2:
        return
    cores = []  # (folded words of a name up to its first joining word, the name)
    for name in names:
        words = fold_name(name).split()
        cut = next((i for i, w in enumerate(words) if w in _ORG_JOINERS), len(words))
        cores.append((words[:cut], name))
    full: dict[str, str | None] = {}
    for words, name in cores:
        if len(words) < 2 or len(words) < len(name.split()):
            continue  # one word, or a name with a complement of its own
        for longer, long_name in cores:
            extra = longer[: len(longer) - len(words)]
            if (long_name != name and len(longer) >= len(words)
                    and longer[len(extra) :] == words and "and" not in extra):
                # Two longer names ("Sudanese Armed Forces", "Ukrainian Armed Forces"):
                # it stands for neither.
                full[name] = long_name if full.get(name, long_name) == long_name else None
    heads = _org_heads()
    for name in names:
        # "the Bureau for Border" after "the Bureau for Border Policies": the
        # last words of a complement left off, none a body's head ("Council of Europe" is
        # not the "Council of Europe Development Bank")
        # ("the Zelnian embassy" after "the Zelnian embassy in Velm": the mission's city)
        words = fold_name(name).split()
        post = words[-1] in _MISSION_NOUNS
        if full.get(name) or not (post or any(w in _ORG_JOINERS for w in words[1:])):
            continue
        longer = [n for n in names if len(n.split()) > len(words)
                  and fold_name(n).split()[: len(words)] == words
                  and (extra := fold_name(n).split()[len(words) :])
                  and not any(w in heads or (w in _ORG_JOINERS and not (post and i == 0))
                              or w == "and" for i, w in enumerate(extra))]
        if len(longer) == 1:
            full[name] = longer[0]
    for span in spans:
        if span.kind == "organisation" and full.get(span.norm):
            span.norm = full[span.norm]


_SHORT_NAME_WORD = 5  # letters at most of each word of a name written family name first


def _first_name_keys(names: list[str], shortest: int = 4) -> dict[str, str]:
    """Given names that stand for one full name alone ("Anwar" for "Anwar Ibrahim", "Sheikh
    Mohammed"): the folded first word of each name of two words or more, kept
    only when no other name shares it and it is no surname of another name (and, for a word
    found alone in the text, of ``shortest`` letters at least)."""
    gaz = _gazetteer()
    surnames = {_surname(n) for n in names}
    keys: dict[str, str | None] = {}
    for name in names:
        words = name.split()
        if len(words) < 2:
            continue
        key = fold_name(words[0]).replace("-", "")
        # "Kim Jong Un", "Lee Hsien Loong": three short words, the family name written
        # first; it stands for the person alone however short ("Kim left Hanoi")
        family_first = len(words) == 3 and all(len(w) <= _SHORT_NAME_WORD for w in words)
        if (len(key) < shortest and not family_first) or key in gaz.stop_tokens or (
                key in surnames):
            continue
        keys[key] = None if key in keys and keys[key] != name else name
    return {k: v for k, v in keys.items() if v is not None}


def _first_surnames(names: list[str]) -> dict[str, str]:
    """The first of two family names ("Ostra" for "Ana Ostra Vega", "Maria Elena Ostra
    Vega"), which stands for the full name alone; kept only when no other name has it."""
    keys: dict[str, str | None] = {}
    for name in names:
        words = name.split()
        if len(words) < 3 or fold_name(words[-2]) in _PARTICLES or not words[-2][:1].isupper():
            continue
        key = fold_name(words[-2]).replace("-", "")
        if len(key) >= 4:
            keys[key] = None if key in keys and keys[key] != name else name
    return {k: v for k, v in keys.items() if v is not None}


def _merge_first_names(clusters: list[list[_Span]]) -> list[list[_Span]]:
    """Fold a cluster of one-word mentions into the cluster of the full name it begins, or
    whose first family name it is (see _first_surnames)."""
    fulls = {c[0].norm: c for c in clusters if len(c[0].norm.split()) > 1}
    names = [max((s.norm for s in c), key=lambda n: len(n.split())) for c in fulls.values()]
    # a word the text already names a person by may be a short family name written first
    # ("Li" for "Li Qiang", "Lee" for "Lee Jae-myung", "Hun" for "Hun Manet")
    keys = _first_name_keys(names, 2)
    family = _first_surnames(names)
    kept = []
    for cluster in clusters:
        norm = cluster[0].norm
        target = None
        if all(len(s.norm.split()) == 1 for s in cluster):
            key = fold_name(norm).replace("-", "")
            full = keys.get(key) or family.get(key)
            target = next((c for c in fulls.values() if any(s.norm == full for s in c)), None)
        if target is not None:
            target.extend(cluster)
        else:
            kept.append(cluster)
    return kept


# Titles that give no office of a state ("the Swiss engineer", "Danish industry experts").
_PRIVATE_TITLES = frozenset(("expert", "public-figure", "religious", "honorific", "profession"))
_FORMER_WORD = re.compile(r"(?i:former|ex-)")
_FORMER = re.compile(r"(?i:\bformer|\bex-)\s*$")
# "former President of the Republic of Mozambique": the country of an office once held
_THEN_BEFORE = re.compile(r"(?<![\w-])then[\s-]+$")
_FORMER_OFFICE = re.compile(r"(?i:\bformer|\bex-)[\s-]*(?:[\w-]+\s+){1,4}?(?:of|for)\s+(?:the\s+)?$")


@functools.cache
def _state_words() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What follows a demonym that stands for the state, and a lower-case word after it.

    The state: a state noun or a title of office ("the Swiss government", "Turkish Foreign
    Minister", "Saudi and Emirati officials"), or a verb ("the Tanzanians accepted", "the
    Swiss said").
    """
    gaz = _gazetteer()
    titles = read_lexicon("titles")
    words = [*read_lexicon("countries").get("state_nouns", [])]
    words += [p for item in titles["entries"] if item["id"] not in _PRIVATE_TITLES
              for p in item["patterns"]]
    words += [p for item in titles.get("plural", []) if item["id"] == "heads"
              for p in item["patterns"]]
    mods = trie_regex(sorted({m.lower() for m in titles.get("modifiers", [])}))
    state = (
        rf"(?:\s*(?:,|and|or)\s+(?:{gaz.demonym_re.pattern}))*(?:[\s-]+(?i:{mods})(?![\w-])){{0,3}}\s+"
        rf"(?:(?i:{trie_regex(sorted({w.lower() for w in words}))})(?![\w-])|[a-z]+ed\b|"
        rf"{_SPEECH_AFTER}|(?:is|are|was|were|has|have|had|will|would|can|could|did|does|do)\b)"
    )
    # (a list of demonyms before the noun: "Saudi, Emirati and Qatari officials"; not "three
    # Sudanese, a source said": people of the state)
    return re.compile(state), re.compile(r"(?:\s*(?:,|and|or)\s+[A-Z][\w.]*)*\s+[a-z]")


@functools.cache
def _seats() -> frozenset[str]:
    """The names of the organisations that are also their building (``seats``)."""
    org = read_lexicon("organisations")
    ids = set(org.get("seats", []))
    return frozenset(e["name"] for e in org["entries"] if e["id"] in ids)


# "at the White House", "in the Kremlin": a building where something happens
_AT_VENUE = re.compile(r"\b(?:at|in|inside|outside)\s+(?:the\s+)?$", re.IGNORECASE)


@functools.lru_cache(maxsize=1 << 12)
def _armed_service(norm: str) -> bool:
    """Whether a body's name ends in an armed service's noun ("US Army", "Zelvan Navy")."""
    nouns = {w.lower() for w in read_lexicon("organisations").get("state_bodies", [])}
    words = norm.lower().split()
    return any(" ".join(words[-n:]) in nouns for n in (1, 2))


def _venues(text: str, spans: list[_Span]) -> None:
    """Mark an organisation named by its building after "at" or "in" ("the meeting at the
    White House") with the role "venue": a place where talks happen, not a party to them;
    and a seat or an armed service before a title ("Kremlin aide Jon Vale", "the Kremlin
    spokesman", "Navy Secretary Jon Vale") with the role "qualifier": whom the person works
    for, as a demonym before a title says, no actor."""
    seat_title = _patterns()["seat_title"]
    for span in spans:
        if span.kind != "organisation":
            continue
        if span.norm in _seats() and _AT_VENUE.search(text, max(0, span.start - 12), span.start):
            span.role = "venue"
        elif (span.norm in _seats() or _armed_service(span.norm)) and seat_title.match(
                text, span.end):
            span.role = "qualifier"  # (and "Army Secretary Jon Vale": the title's word)


def _qualifiers(text: str, spans: list[_Span], lowered: str | None) -> None:
    """Mark the countries that only describe something with the role "qualifier": a demonym
    before a noun that is no state's ("Danish vessels", "the Swiss engineer"), or after
    "former" ("former Kenyan President"), and the country of an office once held ("former
    President of the Republic of Mozambique")."""
    state, lower = _state_words()
    formers = ([] if lowered is not None and "former" not in lowered and "ex-" not in lowered
               else [m.start() for m in _FORMER_WORD.finditer(text)])
    for span in spans:
        if span.kind != "country":
            continue
        i = bisect_left(formers, span.start - 60)
        before = (text[max(0, span.start - 60) : span.start]
                  if i < len(formers) and formers[i] < span.start else "")
        if span.demonym:
            if ((before and _FORMER.search(before) is not None)
                    or (lower.match(text, span.end) and not state.match(text, span.end))
                    or (_THEN_BEFORE.search(text, max(0, span.start - 6), span.start)
                        and _NEXT_CAP.match(text, span.end))):
                span.role = "qualifier"  # (and "then French President Jon Vale": once)
        elif before and _FORMER_OFFICE.search(before) is not None:
            span.role = "qualifier"


def _delegation_heads(text: str, spans: list[_Span], sentence_bounds: list[tuple[int, int]],
                      lowered: str | None):
    """Mark people who lead a delegation ("led by ..., Igor Kostyukov", "who heads the ...");
    ``lowered``: see :func:`_lowered`."""
    # Both patterns need the word "delegation" or "team" (case as written): most texts and
    # sentences can be skipped with a substring test instead of two regex scans.
    if "delegation" not in text and "team" not in text:
        return
    pats = _patterns()
    anchor = _word_anchors()["leads_delegation"]
    # By start for bisect, but each sentence's people keep the order of ``spans``.
    named = sorted(((s.start, i, s) for i, s in enumerate(spans)
                    if s.kind == "person" and s.source != "guess"), key=lambda t: t[:2])
    starts = [t[0] for t in named]
    for s_start, s_end in sentence_bounds:
        lo, hi = bisect_left(starts, s_start), bisect_left(starts, s_end)
        if lo == hi:
            continue
        sentence = text[s_start:s_end]
        if "delegation" not in sentence and "team" not in sentence:
            continue
        people = [t[2] for t in sorted(named[lo:hi], key=lambda t: t[1])]
        leads = anchor.starts(sentence, None if lowered is None else lowered[s_start:s_end])
        for m in _scan_at(pats["leads_delegation"], sentence, leads):
            at = s_start + m.start()
            before = [p for p in people if p.end <= at and at - p.end < 150]
            after = [p for p in people if p.start >= s_start + m.end()
                     and p.start - (s_start + m.end()) < 40]
            person = before[-1] if before else (after[0] if after else None)
            _add_head_role(person, m.group("country"))
        # "led by" or "headed by" ends every match: most sentences have neither
        for m in pats["delegation_led_by"].finditer(sentence) if _LED_BY.search(sentence) else ():
            after = [p for p in people if p.start >= s_start + m.end()
                     and p.start - (s_start + m.end()) < 150]
            _add_head_role(after[0] if after else None, m.group("country"))


_LED_BY = re.compile(r"\b(?:led|headed)\s+by\b")


def _add_head_role(person: _Span | None, demonym: str) -> None:
    code = _country_code(demonym)
    if person is None or code is None:
        return
    role = f"head of the {demonym} delegation"
    if not person.role:
        person.role = role
    elif role not in person.role:
        person.role = f"{person.role}; {role}"
    person.affiliation = person.affiliation or code


def find_mentions(text: str, sentence_bounds: list[tuple[int, int]] | None = None) -> list[dict]:
    """Mentions in one text as dicts with the keys of :data:`MENTION_COLUMNS` but the first two.

    ``sentence_bounds`` (``(start, end)`` pairs) let roles be read within one sentence.
    """
    lowered = _lowered(text)
    spans = _with_towns(text, _gazetteer_spans(text))
    gaz_spans = [s for s in spans if s.kind != "blocker"]
    spans += _ministries(text, lowered)
    spans += _armed_services(text, gaz_spans)
    spans += _holder_offices(text, gaz_spans)
    spans += _media_names(text)  # before organisations: "Caribbean Media Corporation"
    spans += _outlets_within(text, gaz_spans)
    spans += _described_media(text, gaz_spans, lowered)
    spans += _self_described_media(text, gaz_spans)
    spans += _national_media(text, gaz_spans)
    spans += _organisations(text, gaz_spans)
    spans += _quoted_bodies(text, gaz_spans)
    spans += _expert_bodies(text, gaz_spans, lowered)
    spans += _code_bodies(text, lowered)
    spans += _acronym_bodies(text)
    spans += _dateline_agencies(text)
    spans += _citing_media(text)
    spans += _cable_posts(text)  # people too: no title names the signer
    at_title = _word_anchors()["title"].starts(text, lowered)
    # "the Zelvan Foreign Ministry spokesperson, Jane Roe": a state's body before a title
    # gives its state too
    bodies = [s for s in spans if s.kind == "organisation" and s.country and s.source != "gazetteer"]
    people = (_people(text, gaz_spans + bodies, at_title, lowered)
              + _capital_surnames(text, gaz_spans, at_title)
              + _question_tags(text, gaz_spans)
              + _photo_credits(text, gaz_spans))
    people += _told_outlets(text, people, spans)
    people += _outlet_staff(text, spans, people)
    spans += people
    spans += _described_organisations(text, gaz_spans + people, lowered)
    spans += _apposed_bodies(text, gaz_spans + people)
    spans += _analysts_firms(text, gaz_spans + people)
    spans += _body_members(text, spans)
    kept = _place_given_names(text, _defined_acronyms(text, _resolve(spans)))
    _shared_short_names(text, kept)
    _outlets_as_named(text, kept)
    _spell_out_acronyms(text, kept)
    _named_with_initials(text, kept)
    _short_org_names(kept)
    kept += _link_people(text, kept)
    kept += _styled_alone(text, kept)
    kept = [s for s in kept if not _common_noun(text, s)]
    if credits := [m.span("credit") for m in _PHOTO_CREDIT.finditer(text)]:
        # "Photo: ... (Kyodo)": the outlet that took the picture tells nothing of the talks
        kept = [s for s in kept if s.kind != "media" or not any(
            a <= s.start and s.end <= b for a, b in credits)]
    _qualifiers(text, kept, lowered)
    _venues(text, kept)
    bounds = sentence_bounds or [(0, len(text))]
    _delegation_heads(text, kept, bounds, lowered)
    # Later references by role: "the head of the Russian delegation" -> that person.
    heads = {}
    for span in kept:
        if span.kind == "person" and span.role and "head of the" in span.role:
            heads.setdefault(span.affiliation, span)
    for m in _patterns()["delegation_head"].finditer(text) if heads else ():
        code = _country_code(m.group("country"))
        person = heads.get(code)
        own = [s for s in kept if s.kind == "person" and s.norm == getattr(person, "norm", None)
               and 0 <= m.start() - s.end <= 12]  # apposition: "X, the head of ..."
        if person is not None and person.start != m.start() and not own:
            kept.append(_Span(m.start(), m.end(), "person", person.norm, "pattern",
                              person.role, person.affiliation))
    kept.sort(key=lambda s: (s.start, s.end))
    rows = []
    for s in kept:
        rows.append({
            "kind": s.kind,
            "text": text[s.start : s.end],
            "start_char": s.start,
            "end_char": s.end,
            "norm": s.norm,
            "role": s.role,
            "affiliation": s.affiliation,
            "country": s.country if s.kind != "country" else s.norm,
        })
    return rows


def tag_articles(articles: pd.DataFrame, sentences: pd.DataFrame) -> pd.DataFrame:
    """Find the countries, places, people, organisations and media named in each article.

    Parameters
    ----------
    articles : DataFrame
        As returned by :func:`analysis.seeds.load_seeds` (``doc_id``, ``text``).
    sentences : DataFrame
        As returned by :func:`analysis.sentences.split_sentences`.

    Returns
    -------
    DataFrame
        One row per mention, ordered by document and offset, with columns
        ``doc_id``, ``sentence_idx``, ``kind`` (country, place, person, organisation, media),
        ``text`` (verbatim), ``start_char``, ``end_char`` (offsets into the body), ``norm``
        (ISO 3166 alpha-3 for a country; city name for a place; canonical full name for a
        person, organisation or outlet), ``role`` and ``affiliation`` (people: title and
        alpha-3 country; a country's role is "qualifier" when it only describes something,
        "Danish vessels"), ``country`` (alpha-3 of a place, organisation or outlet).
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"tag_articles expects the articles DataFrame from load_seeds, not "
            f"{type(articles).__name__}; load the folder first with analysis.seeds.load_seeds"
        )
    rows = []
    by_doc = _sentences_by_doc(sentences)
    for doc_id, text in zip(articles["doc_id"], articles["text"], strict=True):
        starts, bounds, idx = by_doc.get(doc_id, ([], None, []))
        for row in find_mentions(text, bounds):
            i = bisect_right(starts, row["start_char"]) - 1
            sentence_idx = idx[i] if i >= 0 else (idx[0] if idx else None)
            rows.append({"doc_id": doc_id, "sentence_idx": sentence_idx, **row})
    frame = pd.DataFrame(rows, columns=list(MENTION_COLUMNS))
    frame["sentence_idx"] = frame["sentence_idx"].astype("Int64")
    return frame


def _sentences_by_doc(sentences: pd.DataFrame) -> dict:
    """``doc_id -> (starts, bounds, sentence_idx)`` of its sentences in frame order, read
    column-wise once (sentences without a document are left out, as ``groupby`` leaves them)."""
    if not len(sentences):
        return {}
    by_doc: dict = {}
    columns = (_column_values(sentences["doc_id"]), sentences["start_char"].tolist(),
               sentences["end_char"].tolist(), sentences["sentence_idx"].tolist())
    for doc_id, start, end, idx in zip(*columns, strict=True):
        if (doc := by_doc.get(doc_id)) is None:
            doc = by_doc[doc_id] = ([], [], [])
        doc[0].append(start)
        doc[1].append((start, end))
        doc[2].append(idx)
    return {doc_id: doc for doc_id, doc in by_doc.items() if not _missing(doc_id)}


# the roles of the people a text credits for itself ("By Jane Roe", "Translated by ...")
_CREDITS = frozenset(("byline", "translator"))


def extract_actors(articles: pd.DataFrame, mentions: pd.DataFrame) -> pd.DataFrame:
    """One row per distinct actor per document, from the mentions of :func:`tag_articles`.

    Places are not actors, nor a country every mention of which is a qualifier, nor an
    organisation named only as the building where something happens ("at the Kremlin"). A country is
    named by its English short name ("Russia"); an affiliation is given by country name too.

    Returns
    -------
    DataFrame
        Columns ``doc_id``, ``name``, ``kind`` (country, organisation, person, media),
        ``role`` (people: titles joined by "; "), ``affiliation`` (country name or
        organisation), ``n_mentions``.
    """
    docs = list(articles["doc_id"]) if len(articles) else []
    by_doc = _mentions_by_doc(mentions)
    names = _gazetteer().country_names
    domains = _gazetteer().ministry_domains
    columns: dict[str, list] = {c: [] for c in ACTOR_COLUMNS}
    for doc_id in docs:
        actors: dict[tuple[str, str], dict] = {}
        doc = () if _missing(doc_id) else by_doc.get(doc_id, ())
        for kind, norm, role, affiliation, country in doc:
            if kind == "place":
                if role != "capital":
                    continue
                kind, norm = "country", country  # "the Emirati capital" names the state
            name = (None if norm is None else names.get(norm, norm)) if kind == "country" else norm
            if isinstance(country, str) and country in names and (
                    (kind == "organisation" and isinstance(norm, str)
                     and norm.startswith(f"{names.get(country)} ")
                     and _ministry_domain(norm, domains) is not None)
                    or (kind == "media" and role == _NATIONAL_PRESS)):
                # "Thailand's foreign ministry" names the state as well as its ministry
                own = actors.setdefault(("country", names[country]), {
                    "name": names[country], "kind": "country", "roles": [], "affiliation": None,
                    "n_mentions": 0, "qualifiers": 0})
                own["n_mentions"] += 1
            if kind == "organisation" and (parent := _parent_body(norm)) is not None:
                # "SADC Secretariat", "the CARICOM Eminent Persons Group" name their body too
                actors.setdefault(("organisation", parent), {
                    "name": parent, "kind": "organisation", "roles": [], "affiliation": None,
                    "n_mentions": 0, "qualifiers": 0})["n_mentions"] += 1
            if kind == "organisation" and isinstance(name, str) and (
                    organ := _ORGAN_OF.match(name)):
                name = organ.group("body")  # "the Council of Ministers of the Zelva Authority"
            actor = actors.get((kind, name))
            if actor is None:
                actor = actors[(kind, name)] = {
                    "name": name, "kind": kind, "roles": [], "affiliation": None,
                    "n_mentions": 0, "qualifiers": 0,
                }
            actor["n_mentions"] += 1
            actor["qualifiers"] += isinstance(role, str) and role in ("qualifier", "venue")
            actor["credits"] = actor.get("credits", 0) + (role in _CREDITS)
            if kind == "person":
                if isinstance(role, str):
                    for title in role.split("; "):
                        if title and title not in actor["roles"]:
                            actor["roles"].append(title)
                aff = affiliation
            elif kind in ("organisation", "media"):
                aff = country
            else:
                continue
            if isinstance(aff, str) and aff and not actor["affiliation"]:
                actor["affiliation"] = names.get(aff, aff) if len(aff) == 3 else aff
        _merge_bare_ministries(actors)
        styles = _name_styles()
        for actor in actors.values():
            if any(r.lower() not in styles for r in actor["roles"]):
                # "Sheikh Mohammed" after "Sheikh Mohammed ..., Qatar's prime minister": the
                # style is no role beside the office
                actor["roles"] = [r for r in actor["roles"] if r.lower() not in styles]
            if (actor["kind"] in ("country", "organisation")
                    and actor["qualifiers"] == actor["n_mentions"]):
                # a country that only describes ("Danish vessels"), a building where talks
                # are held ("at the White House"): no actor
                continue
            if actor["kind"] == "person" and actor.get("credits") == actor["n_mentions"]:
                continue  # the journalists and translators the text credits: no party to it
            columns["doc_id"].append(doc_id)
            columns["name"].append(actor["name"])
            columns["kind"].append(actor["kind"])
            columns["role"].append("; ".join(actor["roles"]) or None)
            columns["affiliation"].append(actor["affiliation"])
            columns["n_mentions"].append(actor["n_mentions"])
    if not columns["doc_id"]:
        return pd.DataFrame([], columns=list(ACTOR_COLUMNS))
    return pd.DataFrame(columns)


# the organ of a body through which it acts ("Council of Ministers of the Zelva River
# Authority"): the body is the actor
_ORGAN_OF = re.compile(r"(?:Council\s+of\s+Ministers|Ministerial\s+Council|Board\s+of\s+"
                       r"Governors)\s+of\s+(?:the\s+)?(?P<body>.*\S)")


@functools.lru_cache(maxsize=1 << 12)
def _parent_body(norm: object) -> str | None:
    """The organisation whose acronym opens a name the lexicon does not hold ("SADC" in "SADC
    Secretariat"), else None."""
    if not isinstance(norm, str) or " " not in norm:
        return None
    gaz = _gazetteer()
    entry = gaz.by_exact.get(norm.split(" ", 1)[0])
    if (entry is None or entry.kind != "organisation"
            or getattr(gaz.by_folded.get(fold_name(norm)), "kind", None) == "organisation"):
        return None
    return entry.norm


def _mentions_by_doc(mentions: pd.DataFrame) -> dict:
    """``doc_id -> [(kind, norm, role, affiliation, country), ...]`` in frame order, read
    column-wise once (mentions without a document are left out, as ``==`` leaves them)."""
    if not len(mentions):
        return {}
    by_doc: dict = {}
    values = [_column_values(mentions[c])
              for c in ("doc_id", "kind", "norm", "role", "affiliation", "country")]
    for doc_id, row in zip(values[0], zip(*values[1:], strict=True), strict=True):
        rows = by_doc.get(doc_id)
        if rows is None:
            by_doc[doc_id] = [row]
        else:
            rows.append(row)
    return {doc_id: rows for doc_id, rows in by_doc.items() if not _missing(doc_id)}


def _column_values(column: pd.Series) -> list:
    """The cells of ``column`` as iterating over it gives them (str or the NA of a string
    column), read at once: iterating an Arrow-backed column converts one cell at a time."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.to_numpy(dtype=object, na_value=column.dtype.na_value).tolist()
    return list(column)


def _missing(value) -> bool:
    """None, NaN or NA: equal to no document id."""
    return value is None or value is pd.NA or value != value


def _ministry_domain(name: str, domains: dict) -> str | None:
    """The canonical domain of a ministry's name: "Ministry of National Defense" and
    "Oman defence ministry" (the order :func:`_ministries` keeps) both give "Defence"."""
    if m := _MINISTRY_NAME.search(name):
        return domains.get(m.group("domain").lower())
    words = name.split()
    if len(words) > 2 and words[-1] == "ministry":
        for n in (3, 2, 1):  # "external affairs", "foreign"
            if len(words) > n + 1 and (got := domains.get(" ".join(words[-n - 1 : -1]))):
                return got
    return None


def _merge_bare_ministries(actors: dict) -> None:
    """Fold "Ministry of X" into the one "<Country> Ministry of X" of the same document, or
    into the one ministry it names with another word ("Ministry of National Defense")."""
    domains = _gazetteer().ministry_domains
    for key in [k for k in actors if k[0] == "organisation" and k[1].startswith("Ministry of ")]:
        owners = [k for k in actors if k[0] == "organisation" and k != key
                  and k[1].endswith(" " + key[1])]
        if not owners:
            owners = [k for k in actors if k[0] == "organisation" and k != key
                      and f"Ministry of {_ministry_domain(k[1], domains)}" == key[1]]
        if len(owners) == 1:
            actors[owners[0]]["n_mentions"] += actors.pop(key)["n_mentions"]
