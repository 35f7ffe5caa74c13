"""Attribute each sentence to whoever the article says is making the claim in it."""

from __future__ import annotations

import functools
import re
import string
from bisect import bisect_left

import pandas as pd

from .lexicon import CLAIMANT_TYPES, read_lexicon, trie_regex
from .tagging import _AUTHOR_NOTE, _column_values, _missing, country_name

__all__ = ["CLAIM_COLUMNS", "CLAIMANT_TYPES", "attribute_sentences"]

CLAIM_COLUMNS = ("doc_id", "sentence_idx", "claimant", "claimant_type", "via", "hedged", "cue")
# How far (characters) a speech verb may stand from the name it belongs to.
_SPEECH_WINDOW = 60
# How far a speech verb may stand when an appositive lies between ("X, speaking at ..., said").
_APPOSITIVE_WINDOW = 130
_PRONOUN_ADVERBS = r"(?:also\s+|further\s+|then\s+|later\s+|again\s+|additionally\s+)?"
# "strikes on what it called terrorist camps", "what he said was evidence": a label the
# pronoun's owner gives a thing inside the outlet's account, no report of theirs
_NOT_LABEL = r"(?<!\bwhat\s)"
_PRONOUN_SPEECH = rf"{_NOT_LABEL}\b(?:he|she)\s+{_PRONOUN_ADVERBS}(?:{{verbs}})\b"
# "it added" stands for a document, an organisation or an outlet; "they said" for a group.
_IT_SPEECH = rf"{_NOT_LABEL}\bit\s+{_PRONOUN_ADVERBS}(?:{{verbs}})\b"
_THEY_SPEECH = rf"{_NOT_LABEL}\bthey\s+{_PRONOUN_ADVERBS}(?:{{verbs}})\b"
# What may follow "said this"/"reported so" (not "said this week", "said this deal ...").
_BACK_END = (
    r"(?=\s*(?:[.,;:]|$|\s(?:on|in|at|after|following|during|before|to|when|while|by|"
    r"earlier|later|today|yesterday|and|in\s+a|on\s+\w+day)\b))"
)
_IT_TYPES = ("joint_statement", "organisation", "media")
_THEY_TYPES = ("joint_statement", "anonymous_source", "observers")
_ACCORDING_PRONOUN = r"\baccording\s+to\s+(?:him|her)\b"
_ROLE_SUBJECT = (
    r"\b(?:the\s+)?(?:minister|official|head\s+of\s+the\s+delegation|head\s+of\s+(?:state|"
    r"government)|chief\s+delegate|"
    r"chief\s+negotiator|president|envoy|spokesman|spokeswoman|spokesperson|diplomat|"
    r"negotiator|ambassador|adviser|advisor|aide)\s+(?:also\s+|further\s+|then\s+)?(?:{verbs})\b"
)
# what may stand before the subject that opens a sentence: quote marks, dashes
_OPENING_MARKS = " \"“”'‘’—–-("
_PRONOUN_SUBJECT = re.compile(
    r"(?<![\w'’])(?:he|she)\s+(?:\w+\s+)?$", re.IGNORECASE
)
# (not the seconds of a script's running time, "TRT 2'05\""; a translated story's original
# wording may open with a low mark, „...”)
_QUOTE = re.compile(r"(?<!\d['’′]\d\d)[\"“”«»„]")
_OFFICE_OF = re.compile(r"\b(?:the\s+)?office\s+of\s+(?:the\s+)?[^.;:\"“”]{0,80}$", re.IGNORECASE)
_OFFICE_AFTER = re.compile(r"['’]s\s+(?:press\s+)?office\b")
# "..., his office said": the office of the person the pronoun stands for
# "a statement from his office": the office of the person the pronoun stands for
_FROM_OFFICE = re.compile(r"\s+(?:from|by|of|issued\s+by)\s+(?:his|her)\s+(?:press\s+)?office\b",
                          re.IGNORECASE)
_PRONOUN_OFFICE = re.compile(
    r"\b(?:his|her)\s+(?:press\s+)?office\s+(?:(?:also|later|then)\s+)?(?:said|says|added|"
    r"stated|announced|reported|told|confirmed|noted)\b", re.IGNORECASE
)


def _phrases(words: list[str]) -> str:
    """A regex alternation of ``words`` (lower case), each space in one matching any run of
    space."""
    return trie_regex(sorted({w.lower() for w in words})).replace("\\ ", r"\s+")


@functools.cache
def _role_words() -> str:
    """The alternation of the offices whose holder speaks for a party (the lexicon's
    `office_roles`, and "head of the (Zelvan) delegation")."""
    roles = _phrases(read_lexicon("attribution")["office_roles"])
    return rf"(?:{roles}|head\s+of\s+the(?:\s+\w+)?\s+delegation)"


@functools.cache
def _roles() -> dict[str, re.Pattern]:
    """The patterns built on :func:`_role_words`."""
    role_words = _role_words()
    return {
        "word": re.compile(role_words, re.IGNORECASE),
        # "according to the foreign minister"
        "after_according": re.compile(
            rf"\s+(?:the|a|an|his|her|their|our)\s+(?:[\w-]+\s+){{0,3}}?{role_words}\b",
            re.IGNORECASE,
        ),
        # "Tanzania's chief government spokesperson, Gerson Msigwa, ...", "Norland's delegate
        # in Lima, deputy foreign minister Jon Vale, ..." (a title may stand after the comma
        # too)
        "appositive": re.compile(
            rf"\W*(?:the\s+)?[^,;:.\"“”]{{0,60}}?\b{role_words}"
            r"(?:\s+(?:in|at|to|for)\s+[^,;:.\"“”]{1,30})?,\s*"
            rf"(?:(?:[\w'’.-]+\s+){{0,3}}?{role_words}\s+)?",
            re.IGNORECASE,
        ),
        # the title between a body or a nationality and the person who holds it ("ZRG
        # spokesman", "Norlandic Foreign Minister", "the EU's chief negotiator")
        "between": re.compile(
            rf"(?:['’]s)?\s+(?:[\w'’-]+\s+){{0,3}}?{role_words}(?:\s+[\w'’-]+){{0,3}}?,?\s+",
            re.IGNORECASE,
        ),
        "former": re.compile(
            rf"\b(?:former|retired|ex-)\s+(?:[\w-]+\s+){{0,3}}?{role_words}", re.IGNORECASE
        ),
    }


_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:stated|said|announced|reported|noted|"
    r"confirmed|declared)\b[^.;]{0,80}?\bby\b",
    re.IGNORECASE,
)
# "The Secretary-General said": a title alone, for the person of that title named before.
_TITLE_SUBJECT = re.compile(
    r"^\W*The\s+(?P<phrase>(?:[A-Z][\w.'’-]*\s+){0,3}?[A-Z][\w'’-]+)\s+(?:also\s+|further\s+|"
    r"then\s+)?(?:said|says|told|added|noted|stated|stressed|announced|warned|insisted|"
    r"explained|confirmed)\b"
)
# "..., the chair said.", "..., said the foreign minister": a tag with a title alone
_TITLE_TAG = re.compile(
    r",\s+(?:the\s+(?P<phrase>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?)\s+(?:also\s+)?"
    r"(?:said|says|added|noted|stated|told\s+reporters)|(?:said|added|noted)\s+the\s+"
    r"(?P<after>[a-z][\w'’-]*(?:\s+[a-z][\w'’-]*){0,2}?))\W*$"
)
# what may stand between a role and the name it is given: ", ", " of the talks, "
_APPOSED = re.compile(r"(?:\s+[\w'’-]+){0,3}?,\s+")
# the insiders whom news cites without a name
_INSIDERS = "official|diplomat|negotiator|delegate|aide|adviser|advisor|mediator|participant|officer"
# the words that may qualify an unnamed insider between its article and its role ("a senior
# Western diplomat", up to five: "a senior South Korean foreign ministry official"), not a
# preposition that makes the role the object of another noun ("a statement from the
# mediator", "a spokesperson for the mediator"), nor a word that opens a clause or a noun
# phrase of its own ("a deal that the official ...")
_INSIDER_MODIFIER = (r"(?:(?!(?:from|for|by|with|to|at|on|in|about|the|that|which|who|whom|"
                     r"whose|and|or|but)\s)[\w'’.-]+\s+)")
_MODIFIERS = 5
# "citing a senior official", "citing two diplomats": unnamed insiders an outlet relays
_CITED_INSIDER = re.compile(
    rf"\s+(?P<phrase>(?:an?|one|two|three|several)\s+{_INSIDER_MODIFIER}{{0,{_MODIFIERS}}}?(?:{_INSIDERS})s?)\b",
    re.IGNORECASE,
)
# "Its Kessa correspondent wrote", "The paper's reporter said": an outlet's own staff
_OUTLET_STAFF = re.compile(
    r"\W*(?i:its|the\s+(?:paper|newspaper|agency|outlet|broadcaster|channel)['’]s)\s+"
    r"(?:[A-Z][\w'’-]*\s+){0,2}(?i:correspondents?|reporters?|editors?|columnists?|"
    r"bureau\s+chief)\s+(?:also\s+)?"
)
# "two people who were in the room", "people familiar with the talks": people, an anonymous
# source only when what follows says how they know
_KNOWING_PEOPLE = (r"(?:people|person)(?=\s+(?:who\s+(?:were|was|are|had\s+been|attended|took\s+part)|"
                   r"familiar\s+with|briefed\s+on|close\s+to|following|involved\s+in|"
                   r"with\s+(?:\w+\s+)?knowledge|present\b))")
# "a member of the Zelvan delegation", "a Zelvan delegation member": an insider; so is a
# member of anything else ("a party member", "a member of the panel") after these
_MEMBERS = r"members?\s+of\s+the\s+[\w'’-]+\s+delegation|delegation\s+members?|members?"
# "A European diplomat said", "An official who took part in the talks said", '"...," a
# senior diplomat said', "Two diplomats briefed on the talks said": unnamed insiders, counted
# (after a cable's paragraph number and marking too: "2. (C) A Zelvan diplomat said"; and
# as the one an outlet quotes: "The paper quoted a senior Zelvan official as saying").
_INDEFINITE_SOURCE = re.compile(
    r"(?:^\W*(?:\d{1,3}\.\s*(?:\([A-Z/]{1,8}\)\s*)?)?|[,:\"”]\s+|\b(?:while|whereas|but|and|although|though|as|how|quoted|quoting)\s+)"
    r"(?P<phrase>(?:an?|one|another|two|three|several)\s+"
    rf"{_INSIDER_MODIFIER}{{0,{_MODIFIERS}}}?(?P<role>(?:{_INSIDERS})s?|{_KNOWING_PEOPLE}|{_MEMBERS}))\b"
    r"[^.;]{0,90}?\s(?:said|says|saying|told|tells|added|adds|noted|notes|stated|states|"
    r"described|describes|explained|warned|insisted|confirmed)\b",
    re.IGNORECASE,
)
# '"...," said a Western diplomat based in Velm': an unnamed insider in a closing tag, its verb
# first (after the quotation or the comma that ends what they said)
_INDEFINITE_TAG = re.compile(
    r"[,\"”’]\s*(?:said|says|added|adds|noted|told\s+[\w.-]+)\s+(?P<phrase>(?:an?|one|another|"
    rf"two|three|several)\s+{_INSIDER_MODIFIER}{{0,{_MODIFIERS}}}?(?P<role>(?:{_INSIDERS})s?|"
    rf"{_MEMBERS}))\b",
    re.IGNORECASE,
)
# what stands between a person and a description of them in an apposition still open:
# ", a deputy minister and "
_APPOSITION = re.compile(r",\s+[^,;:.\"“”()]*")
# "a retired army officer", "a former diplomat": who no longer serves, an observer now
_RETIRED = re.compile(r"\b(?:retired|former|ex-)", re.IGNORECASE)
# "According to two delegates who were in the room, ...": unnamed insiders as the source
_ACCORDING_SOURCE = re.compile(
    r"\baccording\s+to\s+(?P<phrase>(?:an?|one|another|two|three|several)\s+"
    rf"{_INSIDER_MODIFIER}{{0,{_MODIFIERS}}}?(?P<role>(?:{_INSIDERS})s?|{_KNOWING_PEOPLE}|{_MEMBERS}))\b"
    r"(?!\s+(?:statement|document|communiqu|readout|report|"
    r"figure|data|source|text|visit|version|website|channel|media|news|account|transcript|"
    r"position))",
    re.IGNORECASE,
)
# "The Trust understands from people close to the talks that ...", "has learned from two
# diplomats", "we were told by two diplomats": the unnamed insiders are the source
_LEARNED_FROM = re.compile(
    r"\b(?:(?:understands|understood|learned|learnt|heard)\s+from|(?:am|'m|are|'re|was|were|"
    r"been)\s+told\s+by)\s+(?P<phrase>(?:(?:an?|one|"
    rf"another|two|three|several)\s+{_INSIDER_MODIFIER}{{0,{_MODIFIERS}}}?)?(?P<role>(?:{_INSIDERS})s?|"
    rf"{_KNOWING_PEOPLE})(?:\s+(?:close\s+to|familiar\s+with|briefed\s+on)\s+the\s+\w+)?)\b",
    re.IGNORECASE,
)
_SOURCE_OF_THING = re.compile(r"(?<=source)s?\s+of\s+(?!(?:the|a|an|his|her|its|their)\b)[a-z]")
# "the Greek source said", "a Western source": one unnamed source, qualified
_QUALIFIED_SOURCE = re.compile(r"\b(?i:the|an?|one)\s+(?:[A-Z][\w'’-]+\s+){1,2}sources?\b")
# "Officials in Athens said", "according to officials in both capitals", "Chilean officials
# said", "according to U.S. officials", "Diplomats in the region say": officials or
# diplomats, unnamed and more than one, are unnamed sources whatever place, nationality or
# office qualifies them; an aside may part them from their verb ("Zelvan officials, for
# their part, say"), and so may the adverbs of a speaker ("Zelvan officials have long said",
# "... have continued to insist")
# (the verbs are the lexicon's speech verbs: "Government officials stress that ...")
_OFFICIALS = (
    r"\b(?P<said>(?:[Oo]fficials|[Dd]iplomats)(?:\s+(?:in|from|of)\s+(?:both\s+capitals|"
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)|\s+(?:on|from)\s+(?:both|either|each)"
    r"\s+sides?|\s+in\s+the\s+region)?)"
    r"(?:\s*,\s*[^,.;:\"“”]{2,40},)?\s+(?:(?:{adverbs})\s+)*(?:{verbs}|say|tell)(?![\w-])"
    r"|\b[Aa]ccording\s+to\s+(?P<according>(?:[\w-]+\s+){0,2}?(?:officials|diplomats)"
    r"(?:\s+(?:in|from|of)\s+"
    r"(?:both\s+capitals|(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*))?)"
)
# a diplomatic cable's unnamed informants: "Zelvan ministry contacts told us", "our contacts
# say"
_CONTACTS = re.compile(
    r"(?P<phrase>\b(?:(?:[Oo]ur|[Ee]mbassy|[A-Z][\w'’.-]*|ministry|government)\s+){0,3}contacts)"
    r"\s+(?:also\s+)?(?:said|say|says|told|tell|added|noted|stressed|insisted)\b(?!\s+to\s+be\b)"
)
_CONTACTS_KEYS = frozenset(("contacts",))
_THEN_OFFICIALS = re.compile(r"\s+officials\b")
# ", according to the diplomats" after a document the sentence names: they say it
_NAMED_AFTER = re.compile(
    r"\baccording\s+to\s+(?!(?:the|a|this|that)\s+(?:joint\s+)?(?:statement|declaration|"
    r"communiqu|readout|document|text))", re.IGNORECASE
)
_THE_UNNAMED = re.compile(r"\s+the\s+(?:same\s+)?(?P<qualifier>(?:[A-Z][\w'’.-]*\s+){0,2})"
                         r"(?P<role>[a-z]+?)s?\b")
# "the Zelvan official said": the words that tell which unnamed official of before
_QUALIFIED_BEFORE = re.compile(r"\b(?i:the)\s+(?P<qualifier>(?:[A-Z][\w'’.-]*\s+){1,2})$")


def _remember_unnamed(state: dict, role: str, claim: dict) -> None:
    """Keep the claim of an unnamed insider of ``role`` ("official"), whom "the official" or
    "the Zelvan official" stands for later."""
    state["unnamed"] = (role.lower().rstrip("s"), claim)
    state.setdefault("unnameds", []).append(state["unnamed"])


def _unnamed_before(state: dict, role: object, qualifier: str | None) -> dict | None:
    """The claim of the unnamed insider of ``role`` (a word, or a match of one) cited before:
    the latest whose name holds the ``qualifier`` words ("Zelvan"), else the latest of that
    role; None when the last one cited is of another role."""
    if role is not None and not isinstance(role, str):
        role = role.group("role")
    last = state.get("unnamed")
    if role is None or last is None or last[0] != role.lower().rstrip("s"):
        return None
    words = (qualifier or "").split()
    return next((claim for r, claim in reversed(state.get("unnameds", []))
                 if r == last[0] and all(w in (claim["claimant"] or "").split() for w in words)),
                last[1])


# "that" opening what someone says, and the title of the person it opens with
_THAT_BEFORE = re.compile(r"\bthat\s+(?:[A-Z][\w'’.-]*\s+){0,4}$")


def _said_of(sentence: str, person: dict) -> bool:
    """``person`` opens a clause of what someone before says ("The ministry said in a statement
    that the talks were useful and that X had told Y ..."): their verb is part of it."""
    start = person["rel_start"]
    return bool(_THAT_BEFORE.search(sentence, max(0, start - 60), start)
                and _cues()["speech"].search(sentence, 0, start))


# what makes the person after it the object of a verb or a preposition, not a subject
_OBJECT_BEFORE_PERSON = re.compile(
    r"\b(?:with|to|by|for|from|of|and|met|meets|meet|meeting|on|at|about|against|between|"
    r"called|invited|urged|thanked|told|asked|'s|’s)\s+(?:[A-Z][\w'’.-]*\s+){0,4}$")


def _closing_tag(sentence: str, role_head: re.Match) -> bool:
    """The office after a comma closes the sentence as its tag ("..., the chair said."), not
    the subject after an opening phrase ("At the press conference, the Zelvan leader said
    that ..."), which holds no quotation nor speech of its own before the comma."""
    if not role_head.group("tag"):
        return False
    opening = sentence[: role_head.start()]
    return bool(_QUOTE.search(opening) or _cues()["speech"].search(opening)
                or re.fullmatch(r"[\s.!?\"”’»)]*|\s*,.*", sentence[role_head.end():]))


def _stance(sentence: str, mentions: list[dict], state: dict,
            words: set[str] | None) -> dict | None:
    """The claim of a person who opens ``sentence`` and takes a stance ("Jon Vale rejected
    the claim", "She denied the report", "She rejected the allegations ..., calling them
    baseless"), or None."""
    if _search("stance", sentence, words):
        person = next((m for m in mentions if m["kind"] == "person"), None)
        if (person is not None and _title_before().fullmatch(sentence, 0, person["rel_start"])
                and (verb := _cues()["stance"].match(sentence, person["rel_end"]))):
            return _typed(person, None, verb.group().strip(), state)
    hit = _search("pronoun_stance", sentence, words)
    if hit and state.get("insider"):  # 'a Western diplomat said ... . He rejected ...'
        return {**state["insider"], "cue": hit.group().split(",")[0].strip()[:40]}
    speaker = hit and (state.get("subject") or state.get("named") or state.get("last_person"))
    if not speaker:
        return None
    state["named"] = speaker
    roles = [r for name, r in state.get("roles", []) if name == speaker and r]
    kind = state.get("kinds", {}).get(speaker) or _person_type(roles[-1] if roles else None)
    return _claim(speaker, kind, None, hit.group().split(",")[0].strip()[:40])


def _person_opens(sentence: str, mentions: list[dict], at: int, words: set[str] | None) -> bool:
    """A person who opens ``sentence`` (after a title) speaks in the clause before ``at``."""
    return any(m["kind"] == "person" and m["rel_end"] <= at
               and _title_before().fullmatch(sentence, 0, m["rel_start"])
               and (verb := _speaks(sentence, m, words)) is not None
               and m["rel_end"] + verb.end() <= at for m in mentions)


def _speaker_opens(sentence: str, mentions: list[dict], at: int, words: set[str] | None) -> bool:
    """An outlet, a body or a state that opens ``sentence`` speaks before ``at``."""
    return any(m["kind"] in ("media", "organisation", "country") and m["rel_end"] <= at
               and _SUBJECT_START.fullmatch(sentence, 0, m["rel_start"])
               and _speaks(sentence, m, words) for m in mentions)
# "the committee said", "according to the agency": a body named before, told again by the
# last noun of its name ("the Norland Border Committee")
_HEAD_SPEAKER = re.compile(
    r"\b[Tt]he\s+(?P<said>[a-z]{4,})\s+(?:also\s+)?(?:said|says|added|stated|noted|told|"
    r"announced|reported)\b|\b[Aa]ccording\s+to\s+the\s+(?P<according>[a-z]{4,})\b"
)
# "the DFA said": an organisation by its initials
_ACRONYM_SPEAKER = re.compile(
    r"\b(?P<acronym>[A-Z]{2,6})\s+(?:also\s+)?(?:said|says|added|stated|noted|told|announced)\b"
)


# words one of which a sentence must hold for the patterns above to match in it
_SOURCE_KEYS = frozenset(("source", "sources"))
_UNNAMED_KEYS = frozenset(w + s for w in ("official", "diplomat", "negotiator", "delegate", "aide",
                                          "adviser", "advisor", "mediator", "participant",
                                          "member", "officer") for s in ("", "s")) | {"people", "person"}
_OFFICIALS_KEYS = frozenset(("officials", "diplomats"))
# the documents _DOCUMENT_FROM names, one of which a sentence it matches holds as a word
_DOCUMENT_KEYS = frozenset(("statement", "readout", "communique", "communiqué", "release"))


def _national_officials(sentence: str, mention: dict, end: int | None = None) -> str | None:
    """"Chilean officials", "U.S. officials" when ``mention`` is the country (ending at ``end``
    if given): officials a nationality qualifies, no office, are unnamed sources."""
    then = _THEN_OFFICIALS.match(sentence, mention["rel_end"])
    if mention["kind"] != "country" or not then or end not in (None, then.end()):
        return None
    return sentence[mention["rel_start"] : then.end()]


# what may stand between a speech verb and the subject of what is said: "that", the
# qualifiers of that subject ("said that Zelvan officials ...")
_REPORTED_GAP = re.compile(r"\s+(?:that\s+)?(?:(?:the\s+)?[A-Z][\w'’.-]*\s+){0,3}")


def _reported_before(sentence: str, at: int) -> bool:
    """A speech verb stands right before ``at`` (its "that" and the qualifiers of a noun
    between): what begins at ``at`` is what someone else says."""
    verbs = list(_cues()["speech"].finditer(sentence, max(0, at - 60), at))
    return bool(verbs) and _REPORTED_GAP.fullmatch(sentence, verbs[-1].end(), at) is not None


def _any_word(words: set[str] | None, keys: frozenset[str]) -> bool:
    """``words`` (those of a sentence, None: unknown) may hold one of ``keys``."""
    return words is None or not words.isdisjoint(keys)


def _initials(name: str) -> str:
    """"Department of Foreign Affairs" -> "DFA": the capitals that start its words."""
    return "".join(w[0] for w in re.findall(r"[^\W\d_][\w'’-]*", name) if w[0].isupper())


# "a draft joint statement", "an amended draft of a joint text": not yet issued
_DRAFT_BEFORE = re.compile(r"\bdrafts?\s+(?:of\s+(?:the|a|an)\s+)?$", re.IGNORECASE)
# "ended without a joint statement", "failed to agree on a joint communiqué"
_NO_DOCUMENT = re.compile(
    r"\b(?:without|no|never|failed\s+to\s+(?:issue|agree\s+on|adopt|produce)|did\s+not\s+"
    r"(?:issue|produce|adopt))\s+(?:an?\s+|any\s+)?$", re.IGNORECASE
)
_SPECIFIC_ROLE = re.compile(
    r"\b(?P<phrase>(?:the\s+)?head\s+of\s+the\s+[A-Z]\w+\s+delegation)\s+(?:also\s+)?"
    r"(?:said|stated|noted|added|told|announced|pointed\s+out|confirmed|stressed|remarked)\b",
    re.IGNORECASE,
)
_STATEMENT_CUE = re.compile(r"statement|document|communiqu|readout", re.IGNORECASE)
_COMMUNIQUE = re.compile(r"communiqu", re.IGNORECASE)


def _entry_patterns(lex: dict, item: dict) -> list[str]:
    """An entry's cue phrases and the frames of the documents its claimant type issues
    ("according to the {}" with "note": "according to the note")."""
    nouns = lex.get("documents", {}).get(item["claimant_type"], [])
    return [*item["patterns"],
            *(frame.format(noun) for frame in lex.get("document_frames", []) for noun in nouns)]


@functools.cache
def _cues() -> dict[str, re.Pattern]:
    lex = read_lexicon("attribution")

    def alternation(words: list[str]) -> str:
        return trie_regex(sorted({w.lower() for w in words}))

    # "called for talks", "called again for talks", "called on both sides to ...": a demand,
    # which names the one who makes it, not a source ("called the plan unrealistic" is speech)
    verbs = alternation(lex["speech_verbs"]) + (
        r"(?!(?<=called)\s+(?:(?:again|also|once\s+again|repeatedly|publicly|instead)\s+)?"
        r"(?:for|on|upon)\b)")
    cues = {
        item["claimant_type"]: re.compile(
            rf"(?<![\w-])(?:{alternation(_entry_patterns(lex, item))})(?![\w-])", re.IGNORECASE
        )
        for item in lex["entries"]
    }
    # the statement of two sides named between "joint" and its noun ("a joint Norland-Sudland
    # statement", "the joint US–Velm communiqué")
    cues["joint_statement"] = re.compile(
        rf"{cues['joint_statement'].pattern}|(?<![\w-])joint\s+(?:(?-i:[A-Z])[\w'’.–-]*\s+){{1,3}}"
        r"(?:statement|communiqu[eé]|declaration|readout|press\s+release)s?(?![\w-])",
        re.IGNORECASE)
    return {
        **cues,
        # Lower case only: "the United States" holds no speech verb.
        "speech": re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"),
        "hedge": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['hedges'])})(?![\w-])", re.IGNORECASE
        ),
        "observer_role": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['observer_roles'])})(?![\w-])", re.IGNORECASE
        ),
        "observer_body": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['observer_bodies'])})(?![\w-])", re.IGNORECASE
        ),
        "observer_field": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['observer_fields'])})(?![\w-])", re.IGNORECASE
        ),
        "state_body": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['state_bodies'])})(?![\w-])", re.IGNORECASE
        ),
        "media_role": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['media_roles'])})(?![\w-])", re.IGNORECASE
        ),
        "pronoun": re.compile(_PRONOUN_SPEECH.format(verbs=verbs), re.IGNORECASE),
        # "She rejected the allegations ..., calling them baseless": the person the pronoun
        # stands for, who takes a stance or whose participle of speech tells what they said
        "pronoun_stance": re.compile(
            r"^[^\w\"“”«»]*(?:He|She)\s+(?:(?:also|later|then|again|has|had)\s+)*"
            rf"(?:(?:{_phrases(lex['stance_verbs'])})(?![\w-])|(?!(?:{verbs})(?![\w-]))"
            r"[^.;:\"“”]{0,250}?,\s+"
            rf"(?:{_phrases(lex['speech_participles'])})(?![\w-]))"
        ),
        # "Jon Vale rejected the claim": the stance of the person the sentence opens with
        "stance": re.compile(
            r"\s+(?:(?:also|later|then|again|has|had|firmly|flatly|strongly)\s+)*"
            rf"(?:{_phrases(lex['stance_verbs'])})(?![\w-])"
        ),
        # "In her view, the quota stays open": a sentence that opens by giving the view of
        # the person just quoted is theirs, as "she said" would make it
        "view": re.compile(
            rf"^[\W]*(?:{alternation(lex['view_openers'])})(?![\w-])", re.IGNORECASE
        ),
        # "I am told the quota ...": a column's unnamed contacts; opening marks other than
        # quotation marks may come first (a quoted "I am told" is the quoted speaker's)
        "author_source": re.compile(
            rf"^[^\w\"“”«»'‘’]*(?:{alternation(lex['author_sources'])})(?![\w-])", re.IGNORECASE
        ),
        # "a former ambassador to Zelvia": who held an office speaks from outside it now
        "former_office": re.compile(
            rf"\b(?:former|ex-)\s*(?:[\w'’.-]+\s+){{0,3}}?(?:{alternation(lex['former_offices'])})"
            r"(?![\w'’-])", re.IGNORECASE
        ),
        "silence": re.compile(
            rf"(?<![\w-])(?:{_phrases(lex['silences'])})(?![\w-])", re.IGNORECASE
        ),
        "it": re.compile(_IT_SPEECH.format(verbs=verbs), re.IGNORECASE),
        "they": re.compile(_THEY_SPEECH.format(verbs=verbs), re.IGNORECASE),
        "according_pronoun": re.compile(_ACCORDING_PRONOUN, re.IGNORECASE),
        "role_subject": re.compile(_ROLE_SUBJECT.format(verbs=verbs), re.IGNORECASE),
        "according": re.compile(r"\baccording\s+to\b", re.IGNORECASE),
        # "Umerov reported this following the meeting", "Lavrov said so"
        "this_said": re.compile(rf"(?<![\w-])(?:{verbs})\s+(?:this|so){_BACK_END}"),
        # "This was stated by ...", not "This was said to be ..."
        "this_was_said": re.compile(
            rf"\W*(?:this|that)\s+(?:was|has\s+been|had\s+been|is)\s+(?:{verbs})\b"
            r"(?!\s+(?:that|to)\b)",
            re.IGNORECASE,
        ),
        "continuation": re.compile(
            rf"^\W*(?:{alternation(lex['continuation_openers'])})\b|"
            rf"(?<![\w-])(?:{alternation(lex['continuation_adverbs'])})(?![\w-])|"
            r"\bfurther\s+\w+ed\b",
            re.IGNORECASE,
        ),
        "citing": re.compile(r"\bciting\b", re.IGNORECASE),
        # "state television", "the official news agency": an outlet told by what it is
        "described_outlet": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['described_outlets'])})(?![\w-])", re.IGNORECASE
        ),
        "interview": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['interview_words'])})(?![\w-])", re.IGNORECASE
        ),
        # "Communiqué by the Co-Chairs", "Statement by the mediators": a text of several
        "joint_issued": re.compile(
            r"\b(?:communiqu[eé]|statement|declaration)\s+(?:of|by|from)\s+the\s+"
            rf"(?:[\w-]+\s+){{0,2}}?(?:{alternation(lex['joint_issuers'])})(?![\w-])",
            re.IGNORECASE,
        ),
        "passive": _PASSIVE,
        # "The co-chairs – X, Y and Z – said", "The two co-chairs also noted": the chairs
        # as one, whoever the aside names
        "chairs_said": re.compile(
            rf"^[^\w\"“”«»]*(?i:the)\s+(?:(?i:two|three)\s+)?(?i:{alternation(lex['joint_chairs'])})"
            r"(?:\s*(?P<open>[–—(-]|,)[^.;:\"“”]{1,200}?(?P=open)|\s*\([^()]{1,200}\))?\s+"
            rf"(?:(?:{_phrases(lex['speaker_adverbs'])})\s+)?(?:{verbs})(?![\w-])"
        ),
        # "Norlandic and Sudlandic negotiators said", "The Norland and Sudland delegations
        # say": the teams of two parties named, speaking together ("the two sides noted" is
        # left to the outlet's account)
        "joint_voices": re.compile(
            r"(?:^[^\w\"“”«»]*|,\s+(?:and\s+)?|\band\s+)(?:(?i:the)\s+)?"
            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+(?i:and)\s+"
            r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?\s+"
            rf"(?i:{alternation(lex['joint_voices'])})\s+"
            rf"(?:(?:{_phrases(lex['speaker_adverbs'] + lex['body_adverbs'])})\s+)*"
            rf"(?:{verbs})(?![\w-])"
        ),
        "said_nothing": re.compile(
            rf"\s+(?:{_phrases(lex['empty_objects'])})(?=\s*[.,;:!?]|\s*$|\s+(?:about|on|of|"
            r"regarding|concerning|else|further|more|publicly|to|in|at|after)\b)",
            re.IGNORECASE,
        ),
        # "has not said", "did not confirm", "has yet to confirm", "didn't say": a speaker
        # who says nothing claims nothing
        "not_before": re.compile(
            rf"(?:\b(?:{_phrases(lex['negations'])})|(?:{_phrases(lex['negation_suffixes'])}))"
            r"\s+(?:[a-z]+\s+)?$",
            re.IGNORECASE,
        ),
        "specific_role": _SPECIFIC_ROLE,
        "publication": re.compile(
            r"\b(?:the|this)\s+(?:publication|outlet|newspaper|agency|broadcaster|channel)\b",
            re.IGNORECASE,
        ),
        # "The Ministry recalled ...", "In a brief note, the Army said ...", "...,
        # the mediators acknowledged.", "according to the committee": a body speaking by
        # its head noun, as the subject of the sentence or of its closing tag (only at the
        # start or after a comma: "met the army said to be ..." is no subject)
        # '"...," said one Velm-based researcher', "An analyst at the Lisk Institute said":
        # an unnamed observer, told by the role alone
        "indefinite_observer": re.compile(
            r"(?:(?P<tag>\b(?:said|says|added|adds|noted|notes|wrote|writes)\s+)|^[^\w]*|[,:\"”]\s+)"
            r"(?P<phrase>(?i:an?|one|another|two|three|several|some)\s+(?:[\w'’.-]+\s+){0,3}?"
            rf"(?i:{alternation(lex['observer_roles'])})s?)(?![\w'’-])"
            rf"(?P<after>[^.;\"“”]{{0,90}}?\s(?:{verbs})(?![\w-]))?"
        ),
        # "The statement, posted shortly after noon, said", "Velm's readout, published on
        # Friday, called for ...": a document told again, an aside between; it speaks, or
        # does what a document does (the verb is left out of the cue: a document's "called
        # for" is its text, not a side's proposal)
        "document_aside": re.compile(
            r"\W*(?:(?i:the)\s+|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+|"
            r"(?i:an?)\s+(?P<adjective>(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*)\s+)"
            r"(?P<joint>(?i:joint)\s+)?(?:[A-Z][\w'’-]*\s+)?"
            rf"(?i:{_phrases(lex['aside_documents'])})\s*,[^,;:\"“”]{{1,80}},\s*"
            rf"(?:(?i:{_phrases(lex['aside_adverbs'])})\s+)?"
            rf"(?=(?:{alternation(lex['speech_verbs'])}|"
            rf"{alternation(lex['provision_verbs'])})(?![\w-]))"
        ),
        # "Norland's chief negotiator in the talks with Velm said", "VELM, May 2 (Agency) --
        # The Sudlandic foreign minister told ...", "..., Norland's facilitator said": an
        # office holder by role, the subject of the sentence (after its dateline) or of its
        # tag, whose modifiers name no speaker of their own
        "role_headed": re.compile(
            r"(?:^\W*(?:[A-Z][A-Z .'’-]+,[^-–—\n]{0,40}?(?:--|[-–—])\s*)?|(?P<tag>,)\s+)"
            r"(?P<phrase>(?:(?P<the>(?i:the|both))\s+|(?P<owner>[A-Z][\w.'’-]*['’]s)\s+)"
            rf"(?:[\w'’-]+\s+){{0,3}}?(?i:(?P<role>{_role_words()}))s?)"
            rf"(?:\s+(?:{_phrases(lex['role_prepositions'])})\s+[^,.;:\"“”]{{1,60}}?)?\s+"
            rf"(?:(?:{_phrases(lex['speaker_adverbs'])})\s+)?(?:{verbs})(?![\w-])"
        ),
        # "The Norlandic minister also called for new talks, saying ...": an office holder
        # named before, the subject of a clause whose participle of speech tells what they said
        # (as "Vale urged ..., saying" is Vale's)
        "role_saying": re.compile(
            r"^\W*(?P<phrase>(?P<the>(?i:the))\s+(?:[\w'’-]+\s+){0,3}?"
            rf"(?i:(?P<role>{_role_words()})))\s+(?!(?:{verbs})(?![\w-]))"
            r"[^.;:\"“”]{0,150}?,\s+(?P<verb>saying|adding)\b"
        ),
        # "Residents of Velm said", "..., villagers in the Lisk valley told the agency":
        # unnamed people of a place (not the place: "Velm said")
        "witnesses": re.compile(
            rf"(?:^[^\w\"“”«»]*|,\s+)(?P<phrase>(?i:{alternation(lex['witnesses'])})"
            r"(?:\s+(?:of|in|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?)"
            rf"\s+(?:(?:also|later|have|had)\s+)?(?:{verbs})(?![\w-])"
        ),
        # "The mediator said": the one of that role named before, else the mediating party
        "mediator_said": re.compile(
            r"(?:^[^\w\"“”«»]*|,\s+)(?i:the)\s+(?P<role>(?i:mediator|facilitator))\s+"
            rf"(?:(?:also|has|had|then|later)\s+)?(?:{verbs})(?![\w-])"
        ),
        "and_said": re.compile(_AND_SAID.format(
            adverbs=_phrases(lex["speaker_adverbs"]), verbs=verbs)),
        "officials": re.compile(_OFFICIALS.replace("{verbs}", verbs).replace(
            "{adverbs}", _phrases(lex["speaker_adverbs"] + lex["body_adverbs"]))),
        # "BEIRUT — Zelvan officials on Thursday pushed back against ..., insisting ...":
        # unnamed officials, the subject of a clause whose participle of speech tells what
        # they said (after a dateline)
        "officials_saying": re.compile(
            r"^[^\w\"“”«»]*(?:[A-Z][A-Z .'’/-]+(?:,[^-–—\n]{0,40}?)?\s*(?:--|[-–—])\s*)?"
            r"(?P<phrase>(?:[A-Z][\w'’.-]*\s+){0,2}(?:[Oo]fficials|[Dd]iplomats))\s+"
            rf"(?!(?:{verbs})(?![\w-]))[^.;:]{{0,250}}?,\s+"
            rf"(?:{_phrases(lex['speech_participles'])})(?![\w-])"
        ),
        # "..., but said the sides had agreed": the subject's speech in a clause of its own
        # after one it says nothing in
        "but_said": re.compile(
            r"[^.;:\"“”]*?,?\s+(?:but|though|although|yet)\s+(?:(?:he|she)\s+)?"
            rf"(?:(?:{_phrases(lex['speaker_adverbs'])})\s+)?(?P<verb>{verbs})(?![\w-])"
        ),
        # "A spokesperson for the mediator said", '"...," a spokesman for the commission
        # told reporters': the body they speak for
        "spokesperson_for": re.compile(
            r"(?:^\W*|[,:\"”]\s+)(?i:an?|the|one)\s+(?:[\w'’-]+\s+){0,2}?"
            rf"(?i:{alternation(lex['spokespeople'])})\s+(?i:for|of)\s+"
            r"(?P<body>(?i:the\s+)?[^,;:\"“”]{2,60}?)\s+(?:(?:also|has|had|then|later)\s+)?"
            rf"(?:{verbs})(?![\w-])"
        ),
        # "One of them said ...": one of the unnamed group that spoke before
        "one_of_them": re.compile(
            r"^\W*(?i:one|two|some|several|both|each|either|neither)\s+(?i:of)\s+"
            rf"(?i:them|those|these)\s+(?:(?:also|later|then)\s+)?(?:{verbs})(?![\w-])"
        ),
        # "Mediators said", "Authorities in Velm said": a body in the plural, no article
        "bare_body": re.compile(
            r"^[^\w\"“”«»]*(?P<phrase>(?:(?:[A-Z][\w'’.-]*|(?i:"
            rf"{alternation(lex['body_modifiers'])}))\s+){{0,3}}(?i:(?P<noun>"
            rf"{alternation([n for n in lex['body_nouns'] if n.endswith('s')])})))(?![\w'’-])"
            r"(?:\s+(?:in|from)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
            r"\s+(?:(?:also|have|had|then|later|publicly|repeatedly)\s+)*"
            rf"(?:{verbs})(?![\w-])"
        ),
        "body_subject": re.compile(
            rf"(?:^[^\w\"“”«»]*|,\s+|(?P<according>(?i:\baccording\s+to))\s+)(?i:the)\s+(?P<phrase>(?:(?:"
            rf"[A-Z][\w'’.-]*|[a-z]+['’]s|(?i:{alternation(lex['body_modifiers'])}))\s+){{0,3}}"
            rf"(?i:(?P<noun>{alternation(lex['body_nouns'])})))(?![\w'’-])(?P<verb>\s+(?:"
            rf"(?:{_phrases(lex['speaker_adverbs'] + lex['body_adverbs'])})\s+)*"
            rf"(?:{verbs})(?![\w-]))?"
        ),
    }


# A pattern can match only where its key words stand in the text as whole words: the lower-case
# words of a sentence, read once, spare most searches. re.IGNORECASE matches these four letters
# to ASCII ones and str.lower does not, so a text holding one is searched without the shortcut.
_WORD = re.compile(r"\w+")
_WORD_PAIR = re.compile(r"\w\w")
_UNFOLDED = re.compile("[\u0130\u0131\u017f\u212a]")
_DASHES = ("-", "–", "—")
# what stands before a speech verb that comes before its speaker ('"...," said X'): nothing,
# a comma, a closing quote or a dash
_TAG_MARKS = ("", ",", '"', "”", "’", "'", *_DASHES)
_ROLE_KEYS = frozenset((
    "minister", "official", "head", "chief", "president", "envoy", "spokesman", "spokeswoman",
    "spokesperson", "diplomat", "negotiator", "ambassador", "adviser", "advisor", "aide",
))
_BEFORE_VERBS = ("said", "stated", "told", "noted", "added", "says", "wrote")


def _keys(phrases: list[str]) -> frozenset[str] | None:
    """One word of each phrase (its longest ASCII word): a match of the alternation of
    ``phrases`` holds one of them as a whole word. None when a phrase has no such word."""
    keys = set()
    for phrase in phrases:
        words = [w for w in _WORD.findall(phrase.lower()) if w.isascii()]
        if not words:
            return None
        keys.add(max(words, key=len))
    return frozenset(keys)


@functools.cache
def _requirements() -> dict[str, tuple[frozenset[str], ...]]:
    """For each pattern of :func:`_cues`, sets of words of which a text must hold one each
    for the pattern to match in it (no entry: no shortcut)."""
    lex = read_lexicon("attribution")
    verbs = _keys(lex["speech_verbs"])
    needs: dict[str, tuple[frozenset[str] | None, ...]] = {
        item["claimant_type"]: (_keys(_entry_patterns(lex, item)),) for item in lex["entries"]
    }
    openers, adverbs = _keys(lex["continuation_openers"]), _keys(lex["continuation_adverbs"])
    needs.update({
        "speech": (verbs,),
        "hedge": (_keys(lex["hedges"]),),
        "silence": (_keys(lex["silences"]),),
        "pronoun": (frozenset({"he", "she"}), verbs),
        "pronoun_stance": (frozenset({"he", "she"}),),
        "stance": (_keys(lex["stance_verbs"]),),
        "view": (_keys(lex["view_openers"]),),
        "author_source": (_keys(lex["author_sources"]),),
        "it": (frozenset({"it"}), verbs),
        "they": (frozenset({"they"}), verbs),
        "role_subject": (_ROLE_KEYS, verbs),
        "according": (frozenset({"according"}),),
        "this_said": (verbs, frozenset({"this", "so"})),
        "this_was_said": (frozenset({"this", "that"}), frozenset({"was", "been", "is"}), verbs),
        "continuation": (
            openers | adverbs | {"further"} if openers is not None and adverbs is not None
            else None,
        ),
        "citing": (frozenset({"citing"}),),
        "chairs_said": (_keys(lex["joint_chairs"]), verbs),
        "joint_voices": (_keys(lex["joint_voices"]), verbs),
        "passive": (
            frozenset({"was", "were", "been"}), frozenset({"by"}),
            frozenset({"stated", "said", "announced", "reported", "noted", "confirmed",
                       "declared"}),
        ),
        "body_subject": (_keys(lex["body_nouns"]),),
        "spokesperson_for": (_keys(lex["spokespeople"]), frozenset({"for", "of"}), verbs),
        "one_of_them": (frozenset({"them", "those", "these"}), verbs),
        # (an office, or "head of the delegation", in the singular or the plural)
        "role_headed": (frozenset(w + s for w in _keys(lex["office_roles"]) | {"delegation"}
                                  for s in ("", "s")), verbs),
        "role_saying": (_keys(lex["office_roles"]), frozenset({"saying", "adding"})),
        "witnesses": (_keys(lex["witnesses"]), verbs),
        "mediator_said": (frozenset({"mediator", "facilitator"}), verbs),
        "indefinite_observer": (_keys(lex["observer_roles"]),),
        "specific_role": (
            frozenset({"head"}), frozenset({"delegation"}),
            frozenset({"said", "stated", "noted", "added", "told", "announced", "pointed",
                       "confirmed", "stressed", "remarked"}),
        ),
    })
    return {key: need for key, need in needs.items() if None not in need}


def _words(text: str) -> set[str] | None:
    """The lower-case words of ``text``; None when they cannot stand in for its matches."""
    if _UNFOLDED.search(text):
        return None
    return set(_WORD.findall(text.lower()))


def _possible(key: str, words: set[str] | None) -> bool:
    """``_cues()[key]`` may match in a text of ``words`` (:func:`_words`; None: may)."""
    if words is not None:
        for need in _requirements().get(key, ()):
            if words.isdisjoint(need):
                return False
    return True


def _search(key: str, text: str, words: set[str] | None) -> re.Match | None:
    """``_cues()[key].search(text)``, skipped when ``words`` (those of ``text``, or None)
    lack a key word of the pattern."""
    return _cues()[key].search(text) if _possible(key, words) else None


def _cut(text: str, at: int) -> bool:
    """Slicing ``text`` at ``at`` cuts a word in two."""
    return 0 < at < len(text) and _WORD_PAIR.match(text, at - 1) is not None


_SAID_TO_BE = re.compile(r"\s+to\s+(?:be|have)\b", re.IGNORECASE)


def _speech_in(sentence: str, start: int, end: int, words: set[str] | None
               ) -> tuple[str, re.Match | None]:
    """``sentence[start:end]`` and the first speech verb in it."""
    window = sentence[start:end]
    if (words is not None and words.isdisjoint(_requirements()["speech"][0])
            and not _cut(sentence, start) and not _cut(sentence, end)):
        return window, None
    # (not "X, said to be close to the president": no speech)
    return window, next((verb for verb in _cues()["speech"].finditer(window)
                         if not _SAID_TO_BE.match(window, verb.end())), None)


def _name(mention) -> str:
    if mention["kind"] == "country":
        return country_name(mention["norm"])
    return mention["norm"]


# ", but ...", ", while ...": a new clause, whose subject is not the name before the comma
_CLAUSE_AFTER_COMMA = re.compile(
    r"\s*,\s*(?:but|and|while|whereas|although|though|yet|so|or)\b", re.IGNORECASE
)
# "X, which the text says ...", "X, whom the envoy says ...": a relative clause after the
# name that the verb stands in, still open (no comma closes it before the verb), with a
# subject of its own: the verb is that subject's, and X is no speaker of the sentence ("X,
# who told reporters that ...": X is the subject, and speaks)
_OPEN_RELATIVE = re.compile(r"\s*,\s*(?:which|that|whom|whose|where)\b[^,]*$",
                            re.IGNORECASE)


# ", which first reported the deal": a relative clause after a name, still open
_RELATIVE_OPEN = re.compile(r"\s*,\s*(?:which|that|who|whom|whose|where)\b[^,]*$",
                            re.IGNORECASE)


# the outlet or person a text went to, within an aside: no speaker of the verb after it
_RECEIVED_BY = re.compile(r"\b(?:received|obtained|seen|sent\s+to|shared\s+with|quoted|cited|"
                          r"carried|published)\s+by\s+(?:the\s+)?$", re.IGNORECASE)


# "X, who led the talks, came out of the hall to tell reporters ...": a verb
# of coming out or going on, then the speech
_WENT_ON_TO = re.compile(r",\s*(?:emerged|came\s+out|went\s+on|stepped\s+out|appeared|"
                         r"returned|took\s+the\s+floor)\b[^,]{0,40}?\bto\s*$")


# "said X", "said Dr X", "said Gen. X": a tag's verb before the name (an honorific between)
# ("told X": X is who was told, never the speaker)
_VERB_BEFORE = re.compile(r"(?i:said|stated|noted|added|says|wrote)\s*"
                          r"(?:[A-Z][a-z]{0,4}\.?\s+)?$")


# "said the Zelvan foreign minister, Dr X", "said VFI executive director X": a title between
_VERB_TITLE_BEFORE = re.compile(r"(?i:said|stated|noted|added|says|wrote)\s+"
                                r"(?P<title>(?:[\w'’.-]+,?\s+){1,7}?)$")


# an insider a body or a nation qualifies, between it and a verb ("Kremlin aide said")
_INSIDER_AFTER = re.compile(rf"(?:\s+[\w'’-]+)?\s+(?i:{_INSIDERS})\s+(?:(?:also|has|had)\s+)?")
# what opens a label that someone gives a thing inside the outlet's account ("what one
# official described as ...", "what Velm calls ...")
_LABEL_BEFORE = re.compile(r"\bwhat\s+(?:(?:an?|one|the|some|its|their)\s+)?(?:[\w'’.-]+\s+){0,2}$",
                           re.IGNORECASE)
# a subject joined to another ("X and the guarantor"), whose verb is not in the singular
_COORDINATED = re.compile(r"\s+(?:and|or)\s", re.IGNORECASE)
_SINGULAR = re.compile(r"[^s]s$")
# "neither Velm nor Lisk has confirmed": a speaker who says nothing claims nothing (as one
# with a negation before the verb: `not_before` of :func:`_cues`)
_NOR_BEFORE = re.compile(r"\b(?:neither|nor)\s+(?:the\s+)?$", re.IGNORECASE)
# "X stayed away from the round, saying ...": a participle of speech after a comma tells
# what the subject of the sentence said, however long its clause
_PARTICIPLE = re.compile(r",\s*$")


# "X was quoted by the Velm Herald as saying", "X is quoted as saying": X speaks, an outlet
# relays
_QUOTED_AS = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+quoted\s+"
                        r"(?:by\s+(?P<by>[^,.;:\"“”]{1,50}?)\s+)?as\s+", re.IGNORECASE)
# "The agency quoted X as saying": the outlet before relays X
_QUOTED_BEFORE = re.compile(r"\b(?:quoted|quoting|cited|citing)\s+(?:[\w'’.-]+\s+){0,4}?$",
                            re.IGNORECASE)


def _speaks(sentence: str, mention: dict, words: set[str] | None = None) -> re.Match | None:
    """The speech verb that makes ``mention`` a speaker ("X said", "said X", "X, who ..., told");
    ``words`` are those of ``sentence`` (:func:`_words`)."""
    start, end = mention["rel_start"], mention["rel_end"]
    if _RECEIVED_BY.search(sentence, max(0, start - 30), start):
        return None  # "a statement, a copy of it received by Zelva Press, said": the statement
    after, verb = _speech_in(sentence, end, end + _SPEECH_WINDOW, words)
    if verb and _NOUN_BEFORE.search(after, 0, verb.start()):
        verb = None  # "the National Parliament has the final say": a noun
    if verb and _COORDINATED.match(after, 0, verb.start()) and _SINGULAR.search(verb.group()):
        verb = None  # "called on X and the guarantor states to ...": a noun, no verb of X's
    if verb and (_cues()["not_before"].search(after, 0, verb.start())
                 or _NOR_BEFORE.search(sentence, max(0, start - 12), start)):
        # "X did not say when ..., but said the sides had agreed": the speech after "but"
        but = (None if _NOR_BEFORE.search(sentence, max(0, start - 12), start)
               else _cues()["but_said"].match(sentence, end + verb.end(), end + verb.end() + 150))
        return _cues()["speech"].match(sentence, but.start("verb")) if but else None
    if verb and _cues()["said_nothing"].match(after, verb.end()):
        return None  # "X said nothing about the border": no claim
    if verb and _QUOTED_AS.fullmatch(after, 0, verb.start()):
        return verb  # "X was quoted by the Velm Herald as saying"
    if verb and mention["kind"] != "person" and _INSIDER_AFTER.fullmatch(after, 0, verb.start()):
        return None  # "the Kremlin aide said", "the top Zelvan diplomat said": the insider
    if verb and _LABEL_BEFORE.search(sentence, max(0, start - 40), start):
        return None  # "what one Zelvan official described as heated": a label, no report
    if verb and not re.search(r"[.;:\"“”]", after[: verb.start()]) and not verb.group().lower(
    ).startswith("according"):
        gap = after[: verb.start()]
        # "X said", "X has told", "X, who heads the team, said", not "X and Y discussed ... said"
        # nor "... held in Israeli jails, he said" (the pronoun is the speaker)
        if _PRONOUN_SUBJECT.search(gap) or _OPEN_RELATIVE.match(gap):
            pass
        elif not _CLAUSE_AFTER_COMMA.match(gap) and (len(gap.split()) <= 3
                                                     or gap.lstrip().startswith(",")):
            return verb  # (not "X, and Y says": Y's clause)
    # "X, speaking at a press conference after the talks, expressed hope ...": a longer
    # appositive, closed by its comma right before the verb.
    after, verb = _speech_in(sentence, end, end + _APPOSITIVE_WINDOW, words)
    if verb and not verb.group().lower().startswith("according"):
        gap = after[: verb.start()]
        if (gap.lstrip().startswith(",") and (gap.rstrip().endswith(",")
                                               or _WENT_ON_TO.search(gap))
                and not re.search(r"[.;:\"“”]", gap) and not _CLAUSE_AFTER_COMMA.match(gap)):
            return verb
        if _RELATIVE_OPEN.match(gap):
            # "The Velm Herald, which first reported the deal, said": the verb after the
            # relative clause that holds one of its own
            for later in _cues()["speech"].finditer(after, verb.end()):
                gap = after[: later.start()]
                if (gap.rstrip().endswith(",") and not re.search(r"[.;:\"“”]", gap)
                        and not _CLAUSE_AFTER_COMMA.search(gap)):
                    return later
                break
        if (verb.group().endswith("ing") and mention["kind"] != "country"
                and _PARTICIPLE.search(gap) and (_SUBJECT_START.fullmatch(sentence, 0, start)
                                                 or _title_before().fullmatch(sentence, 0, start))
                and not re.search(r"[.;:\"“”]|,.*,", gap) and not _cues()["not_before"].search(gap)):
            # (not a state: "Velm rejected the plan, saying ..." is the outlet's account of a
            # state acting, as "Velm suggested" is)
            return verb
    if mention["kind"] == "person" and (verb := _and_said(sentence, start, end)):
        return verb  # "X cited 'logistical reasons' and said ...": the subject's second verb
    before = sentence[max(0, start - 25) : start]
    role = mention.get("role")
    titled = sentence[max(0, start - 80) : start] if isinstance(role, str) and role else ""
    if words is not None:
        lowered = titled.lower() or before.lower()
        if not any(v in lowered for v in _BEFORE_VERBS):
            return None
    # '"...," said X', "..., said X", "... — said X"; not "he says Tehran will not ..." (X is
    # the subject of what is said)
    verb = _VERB_BEFORE.search(before)
    if verb and sentence[: start - len(before) + verb.start()].rstrip()[-1:] in _TAG_MARKS:
        return verb
    before = titled
    verb = _VERB_TITLE_BEFORE.search(before) if before else None
    if (verb and role.lower() in verb.group("title").lower()
            and sentence[: start - len(before) + verb.start()].rstrip()[-1:] in _TAG_MARKS):
        return verb  # '"...," said Foreign Minister X', "said VFI executive director Dr X"
    return None


# the second verb of a subject: "X met the envoy on Monday and said ...", not "and was
# said" nor "and not said"
_AND_SAID = r"[^.;:!?]{{1,160}}?\s(?:and|but)\s+(?:(?:{adverbs})\s+)?(?P<verb>{verbs})(?![\w-])"
# a clause of another subject in between: "X met Y, who later said ...", "X arrived as Y
# said", "X arrived, and Y met him and said ..."
_OTHER_CLAUSE = re.compile(r"\b(?i:who|which|that|whom|whose|as|while|whereas|when|after|"
                           r"before|because|since|if|where)\b|[,;]\s*(?i:and|but)\s+"
                           r"(?:(?i:he|she|they|it|we|I)\b|[A-Z])")


def _and_said(sentence: str, start: int, end: int) -> re.Match | None:
    """The speech verb of a second predicate of the person at ``start:end``, the subject of
    the sentence or of a clause ("X cited 'logistical reasons' and said ...", "... after X
    spoke by phone with both leaders and said ..."), when no clause of another subject and no
    other speech verb stand between; None otherwise."""
    opening = sentence[:start]
    if not (_title_before().fullmatch(opening) or _opens_clause(opening)):
        return None
    after = sentence[end:]
    second = _cues()["and_said"].match(after)
    if second is None:
        return None
    gap = after[: second.start("verb")]
    if (_cues()["speech"].search(gap) or _OTHER_CLAUSE.search(gap) or len(_QUOTE.findall(gap)) % 2
            or _cues()["said_nothing"].match(after, second.end())):
        return None
    # (the verb alone, placed in what follows the person, as the other verbs of _speaks are)
    return _cues()["speech"].match(after, second.start("verb"))


def _opens_clause(opening: str) -> bool:
    """``opening`` ends with a conjunction that opens a clause and the title of its subject
    ("The talks came after United States President ")."""
    for conj in re.finditer(r"\b(?:after|when|once|as|because|since|before|until|while)\s+",
                            opening, re.IGNORECASE):
        if _title_before().fullmatch(opening, conj.end()):
            return True
    return False


# ", the Norland foreign ministry said.", ", according to the ministry.": a tag that closes
# the sentence, its subject a body, a person or a source (not "he" nor "she", who tell again
# the speaker inside), a few words of when or where after its verb
_CLOSING_TAG = re.compile(
    r",\s+(?=(?i:according\s+to)\s|(?i:the|an?)\s|(?!(?:He|She|They|It|We|I)\s)[A-Z])"
    r"(?P<tag>[^,;:\"“”()]{2,120})[\s.!?]*$"
)
# the claimant types a closing tag takes from a speaker inside the sentence ("Vale said ...,
# the ministry said"); an outlet's tag relays the speaker inside instead
_TAG_TYPES = ("organisation", "named_official", "anonymous_source", "joint_statement")


def _closing_claim(sentence: str, mentions: list[dict], state: dict,
                   words: set[str] | None) -> dict | None:
    """The claim of a closing tag when the sentence before it reports a speaker of its own
    ("The Velm side said the cases were handled lawfully, the Lisk foreign ministry said",
    "..., and Vale replied that ..., according to the ministry"): the tag tells who reports
    all of it. None when there is no such tag, or no speech before it."""
    if not _possible("speech", words) or "," not in sentence:
        return None
    tag = _CLOSING_TAG.search(sentence)
    if not tag or len(tag.group("tag").split()) > 12:
        return None
    head = sentence[: tag.start()]
    if not (_cues()["speech"].search(head) or _cues()["according"].search(head)):
        return None
    at = tag.start()
    inside = [{**m, "rel_start": m["rel_start"] - at, "rel_end": m["rel_end"] - at}
              for m in mentions if m["rel_start"] >= tag.start("tag")]
    trial = dict(state)
    # ("Vale said ..., according to a statement from his office": the pronoun is Vale's)
    speaker = next((m for m in mentions if m["kind"] == "person" and m["rel_end"] <= at
                    and _speaks(sentence, m, words)), None)
    if speaker is not None:
        trial["named"] = speaker["norm"]
    claim = _attribute(sentence[at:], inside, trial, None)
    if claim["claimant_type"] not in _TAG_TYPES:
        return None
    state.update(trial)
    return claim


def _attribute(sentence: str, mentions: list[dict], state: dict,
               words: set[str] | None = None) -> dict:
    """Claimant of one sentence; ``state`` carries the last named speaker, outlet and issuer;
    ``words`` are those of ``sentence`` (:func:`_words`)."""
    cues = _cues()
    if closing := _closing_claim(sentence, mentions, state, words):
        return closing
    media = [m for m in mentions if m["kind"] == "media"]
    last_media = media[-1]["norm"] if media else state.get("media")

    citing = _search("citing", sentence, words)
    if citing:
        tail = sentence[citing.end() :]
        anon = cues["anonymous_source"].search(tail)
        described = cues["described_outlet"].search(sentence, 0, citing.start())
        relayer = next((m["norm"] for m in media if m["rel_end"] <= citing.start()),
                       described.group().lower() if described else last_media)
        if anon and anon.start() < 40:
            return _claim(_anonymous_name(tail, anon), "anonymous_source", relayer,
                          citing.group() + " " + anon.group())
        joint = cues["joint_statement"].search(tail, 0, 40)
        if joint and joint.start() < 12:  # "citing the joint statement released in X"
            state["joint"] = True
            return _claim("joint statement", "joint_statement", None,
                          citing.group() + " " + joint.group())
        if insider := _CITED_INSIDER.match(tail):  # "citing a senior official familiar ..."
            return _claim(insider.group("phrase"), "anonymous_source", relayer,
                          citing.group() + insider.group())
        cited = [m for m in mentions if m["rel_start"] >= citing.end()]
        if cited and cited[0]["kind"] == "person" and _OFFICE_AFTER.match(
                sentence, cited[0]["rel_end"]):
            # "citing Prime Minister Jon Vale's office": the office, as "X's office said" is
            return _claim(f"Office of {cited[0]['norm']}", "organisation", relayer, "citing")
        if cited:
            return _typed(cited[0], relayer, "citing", state)
    staff = _OUTLET_STAFF.match(sentence) if last_media else None
    if staff and cues["speech"].match(sentence, staff.end()):
        # "Its Kessa correspondent wrote": the outlet named before
        return _claim(last_media, "media", None, staff.group().strip())
    anon = _search("anonymous_source", sentence, words) or (
        _QUALIFIED_SOURCE.search(sentence) if _any_word(words, _SOURCE_KEYS) else None)
    if anon and _SOURCE_OF_THING.match(sentence, anon.end()):
        anon = None  # "a source of friction", "sources of income": a cause, not a person
    counted = (anon and _any_word(words, _UNNAMED_KEYS) and _INDEFINITE_SOURCE.search(sentence))
    if (counted and counted.start("phrase") < anon.start() < counted.end("phrase")
            and not counted.group("role").lower().startswith(("people", "person"))):
        # "Two officials briefed on the talks said": the insiders counted, below (people
        # are named by how they know: "people close to the talks")
        anon = None
    if anon and _person_opens(sentence, mentions, anon.start(), words):
        # "X said ..., while a source close to the talks said ...": the main clause's speaker
        state["clause_insider"] = _claim(_anonymous_name(sentence, anon), "anonymous_source",
                                         None, anon.group())
        anon = None
    if anon and (_search("speech", sentence, words) or _search("according", sentence, words)):
        via = last_media if (cues["publication"].search(sentence) or media
                             or state.get("media")) else None
        name = _anonymous_name(sentence, anon)
        insider = (_INDEFINITE_SOURCE.search(sentence) if _any_word(words, _UNNAMED_KEYS)
                   else None)
        if insider and anon.start() >= insider.end("phrase") and not _UNNAMED_ROLE.search(name):
            # '"...," a Zelvan official told us, declining to be named': the insider, not the
            # words that keep them unnamed
            name = insider.group("phrase")
        # the cue is the source named ("A Norlandic diplomat"), not how they asked to stay
        # unnamed: "who requested anonymity" is no request of the talks
        cue = name if name != anon.group() and _MANNER.match(anon.group()) else anon.group()
        claim = _claim(name, "anonymous_source", via, cue)
        # "the official said" later is this one, however the phrase goes on after its role
        # ("A Zelvan diplomat who followed the round, speaking without being named")
        if role := _UNNAMED_ROLE.search(name) or _INSIDER_WORD.search(name):
            _remember_unnamed(state, role.group("role"), claim)
        return claim
    unnamed = (_INDEFINITE_SOURCE.search(sentence) or _ACCORDING_SOURCE.search(sentence)
               or _LEARNED_FROM.search(sentence) or _INDEFINITE_TAG.search(sentence)
               if _any_word(words, _UNNAMED_KEYS) else None)
    if unnamed and any(m["kind"] == "person" and m["rel_end"] <= unnamed.start("phrase")
                       and _APPOSITION.fullmatch(sentence, m["rel_end"], unnamed.start("phrase"))
                       for m in mentions):
        unnamed = None  # "Jon Vale, a deputy minister and a member of the delegation, said"
    if unnamed and unnamed.re is _INDEFINITE_TAG and (
            _RETIRED.search(unnamed.group("phrase"))
            or _cues()["observer_role"].search(sentence, unnamed.end())):
        # "said a retired army officer who now works at a think-tank": an observer
        return _claim(unnamed.group("phrase"), "observers", None, unnamed.group().strip(' ,"”’'))
    if unnamed:
        claim = _claim(unnamed.group("phrase"), "anonymous_source", None, unnamed.group("phrase"))
        _remember_unnamed(state, unnamed.group("role"), claim)
        if not _person_opens(sentence, mentions, unnamed.start("phrase"), words):
            return claim
        # "X said ..., while a Zelvan official told reporters ...": X, whose clause is the
        # main one; a "he said" after it is the official's
        state["clause_insider"] = claim
    if witnesses := _search("witnesses", sentence, words):
        return _claim(witnesses.group("phrase"), "anonymous_source", None,
                      witnesses.group().strip(" ,"))
    one_of = _search("one_of_them", sentence, words) if state.get("they") else None
    if one_of and state["they"]["claimant_type"] in ("anonymous_source", "observers"):
        # (one of two sides that issued a text together is no longer both of them)
        return {**state["they"], "cue": one_of.group().strip()}
    observer = _indefinite_observer(sentence, mentions, words)
    if observer:
        return observer
    if author := _search("author_source", sentence, words):
        return _claim("unnamed sources", "anonymous_source", None, author.group().strip())
    contacts = _CONTACTS.search(sentence) if _any_word(words, _CONTACTS_KEYS) else None
    if contacts:  # a cable's "ministry contacts told us": unnamed
        return _claim(contacts.group("phrase"), "anonymous_source", None, contacts.group())
    chairs = _search("chairs_said", sentence, words)
    if chairs:
        state["joint"] = True
        return _claim("joint statement", "joint_statement", None, chairs.group().strip(' "“'))
    voices = _search("joint_voices", sentence, words)
    if voices and not _reported_before(sentence, voices.start()):
        state["joint"] = True
        return _claim("joint statement", "joint_statement", None, voices.group().strip(" ,"))
    joint = _search("joint_statement", sentence, words)
    if joint and not _DRAFT_BEFORE.search(sentence[: joint.start()]) and not _NAMED_AFTER.search(
            sentence, joint.end()) and not _NO_DOCUMENT.search(sentence, 0, joint.start()):
        # (a draft statement under discussion says nothing yet, nor one never issued; "was not
        # addressed in the joint statement, according to the diplomats" is the diplomats' word)
        state["joint"] = True
        return _claim("joint statement", "joint_statement", None, joint.group())
    # (or "the meeting's communiqué says": the text of a meeting)
    within = (_DOCUMENT_WHICH.search(sentence) if "which" in sentence else None) or (
        _MEETING_DOCUMENT.search(sentence) if _any_word(words, _MEETING_KEYS) else None)
    if within:  # "produced a short communiqué in which the parties agreed ..."
        state["joint"] = True
        return _claim("joint statement", "joint_statement", None, within.group())
    issued = (_DOCUMENT_FROM.search(sentence) or _DOCUMENT_OWNER.search(sentence)
              if _any_word(words, _DOCUMENT_KEYS) else None)
    if issued:  # "A statement from the co-chairs, issued in Paris, said ..."
        inside = [m for m in mentions if issued.start("issuer") <= m["rel_start"]
                  < issued.end("issuer") and m["kind"] in ("organisation", "country")]
        state["issuer"] = _name(inside[0]) if inside else issued.group("issuer")
        return _claim(state["issuer"], "organisation", None, issued.group())
    tag = _TAG_DOCUMENT.search(sentence) if sentence.rstrip().endswith((")", ").", ");")) else None
    if tag:  # "(EU statement)", "(joint communiqué)"
        if tag.group("issuer").lower() in ("joint", "final"):
            state["joint"] = True
            return _claim("joint statement", "joint_statement", None, tag.group())
        inside = [m for m in mentions if tag.start("issuer") <= m["rel_start"]
                  < tag.end("issuer") and m["kind"] in ("organisation", "country")]
        state["issuer"] = _name(inside[0]) if inside else tag.group("issuer")
        return _claim(state["issuer"], "organisation", None, tag.group())
    document = _DOCUMENT_SUBJECT.match(sentence)
    if not (document and (_cues()["speech"].match(sentence, document.end())
                          or _RECORDS.match(sentence, document.end()))):
        document = _DOCUMENT_TAG.search(sentence) if _any_word(words, _DOCUMENT_KEYS) else None
    if document:
        # 'The communiqué "noted the differing views"': a document of both sides, or one
        # side's when no joint text was named; "The minutes record that ...": both sides'
        if state.get("joint") or document.group("joint") or document.group("doc").lower(
                ).startswith(("protocol", "minutes", "act")):
            state["joint"] = True
            return _claim("joint statement", "joint_statement", None, document.group())
        # 'The statement also said': the issuer named before, else the body the sentence names
        issuer = state.get("issuer") or next(
            (m["norm"] for m in mentions if m["kind"] == "organisation"), None)
        if issuer is None and _COMMUNIQUE.match(document.group("doc")):
            state["joint"] = True  # 'The communiqué said' of talks, no issuer named
            return _claim("joint statement", "joint_statement", None, document.group())
        return _claim(issuer, "organisation", None, document.group())
    aside = _cues()["document_aside"].match(sentence) if "," in sentence else None
    owner = aside and (aside.group("owner") or aside.group("adjective"))
    if owner:  # "Velm's readout, published ..., said", "A Velm statement, issued ..., said"
        at = aside.end("owner") if aside.group("owner") else aside.end("adjective")
        inside = [m for m in mentions if m["rel_start"] < at
                  and m["kind"] in ("organisation", "country")]
        state["issuer"] = _name(inside[0]) if inside else owner
        return _claim(state["issuer"], "organisation", None, aside.group())
    if aside:  # the statement named before: its issuer's, or both sides' when joint
        if aside.group("joint") or (state.get("joint") and not state.get("issuer")):
            state["joint"] = True
            return _claim("joint statement", "joint_statement", None, aside.group())
        return _claim(state.get("issuer"), "organisation", None, aside.group())
    passive = _search("passive", sentence, words)
    if passive:
        by = [m for m in mentions if m["kind"] == "person" and m["rel_start"] >= passive.end()]
        if by:
            return _typed(by[0], None, passive.group(), state)
    according = _search("according", sentence, words)
    if according and _CLAUSE_BEFORE.search(sentence, 0, according.start()) and _search(
            "speech", sentence[: according.start()], words):
        according = None  # 'He said ... an idea that, according to X, ...': his sentence
    if according:
        back = _THE_UNNAMED.match(sentence, according.end())
        told = back and _unnamed_before(state, back.group("role"), back.group("qualifier"))
        if told:
            # "according to the diplomats", "according to the Zelvan official": the unnamed
            # ones of before
            return {**told, "cue": according.group() + back.group()}
        outlet = next((m for m in mentions if m["kind"] == "media"
                       and 0 <= m["rel_start"] - according.end() <= 5), None)
        relayed = outlet and next((m for m in mentions if m["kind"] == "person"
                                   and m["rel_end"] <= according.start()
                                   and _speaks(sentence, m, words)), None)
        if relayed:  # '"...," Vale said, according to Zelvan media': Vale, the outlet relays
            return _typed(relayed, outlet["norm"], according.group(), state)
        speaker = state.get("named") or state.get("last_person")
        pronoun = cues["according_pronoun"].match(sentence, according.start())
        if pronoun and speaker:
            state["named"] = speaker
            return _claim(speaker, "named_official", None, pronoun.group().lower())
        document = _ACCORDING_DOCUMENT.match(sentence, according.start())
        inside = document and [m for m in mentions if according.end() <= m["rel_start"]
                               < document.end() and m["kind"] in ("organisation", "country",
                                                                  "person")]
        owner = document.group("owner")[:-3].strip() if document and document.group(
            "owner") else None
        person = owner and not inside and next((name for name, _ in reversed(state.get(
            "roles", [])) if isinstance(name, str) and name.split()[-1] == owner), None)
        if person:  # "according to Vale's statement": the person named before
            state["named"] = person
            return _claim(person, state.get("kinds", {}).get(person, "named_official"), None,
                          document.group())
        if document:  # "according to a Commission readout": the body that issued it
            if inside and inside[0]["kind"] == "person":  # "according to Jon Vale's statement"
                return _typed(inside[0], None, document.group(), state)
            # ("according to Velm's readout": a capital standing for its government)
            issuer = document.group("issuer") or owner
            state["issuer"] = _name(inside[0]) if inside else issuer.strip()
            return _claim(state["issuer"], "organisation", None, document.group())
        org_cue = cues["organisation"].match(sentence, according.start())
        media_cue = cues["media"].match(sentence, according.start()) or cues["media"].match(
            sentence, _THE_AFTER.match(sentence, according.end()).end())
        if media_cue and not org_cue:  # "according to the official news agency": no official
            # (an outlet told again, "according to the newspaper", is the one named before;
            # "according to press reports" names none)
            told = (cues["described_outlet"].search(media_cue.group())
                    or cues["publication"].search(media_cue.group()))
            if told:
                return _claim(_outlet(media_cue.group(), last_media), "media", None,
                              media_cue.group())
            return _claim(re.sub(r"(?i)^according\s+to\s+", "", media_cue.group()), "media",
                          last_media, media_cue.group())  # (relayed by the story's outlet)
        role = _roles()["after_according"].match(sentence, according.end())
        after = [m for m in mentions if m["rel_start"] >= according.end()
                 and m["kind"] in ("person", "media", "organisation", "country")]
        # "according to the chair of the talks, Jon Vale": the person the role names
        named = role and next((m for m in after if m["kind"] == "person" and _APPOSED.fullmatch(
            sentence, role.end(), m["rel_start"])), None)
        if named and not org_cue:
            return _typed(named, None, according.group(), state)
        if role and not org_cue:
            return _claim(_by_role(role.group(), state), "named_official", None,
                          according.group() + role.group())
        own_office = org_cue and _FROM_OFFICE.match(sentence, org_cue.end())
        holder = own_office and (next((m["norm"] for m in mentions if m["kind"] == "person"
                                       and m["rel_end"] <= according.start()
                                       and _speaks(sentence, m, words)), None)
                                 or state.get("named") or state.get("last_person"))
        if holder:  # "Vale said ..., according to a statement from his office": his office
            return _claim(f"Office of {holder}", "organisation", None,
                          org_cue.group() + own_office.group())
        if org_cue:
            if state.get("joint") and _STATEMENT_CUE.search(org_cue.group()):
                return _claim("joint statement", "joint_statement", None, org_cue.group())
            issuer = next((m for m in after if m["kind"] == "organisation"), None)
            name = issuer["norm"] if issuer else _issuer_by_noun(sentence, mentions, state, words)
            if issuer:
                state["issuer"] = issuer["norm"]
            elif name is None and _COMMUNIQUE.search(org_cue.group()):
                # "according to the communiqué" of talks, no issuer named: both sides'
                state["joint"] = True
                return _claim("joint statement", "joint_statement", None, org_cue.group())
            return _claim(name, "organisation", None, org_cue.group())
        if after and after[0]["rel_start"] - according.end() < 40:
            if national := _national_officials(sentence, after[0]):
                return _claim(national, "anonymous_source", None, according.group())
            return _typed(_titled_person(sentence, after), None, according.group(), state)
    opener = cues["media"].match(sentence, len(sentence) - len(sentence.lstrip(_OPENING_MARKS)))
    if opener and last_media and not opener.group().lower().startswith(("according", "journalist")):
        # "The agency reported that ... and quoted X as saying": the outlet's report
        return _claim(_outlet(opener.group(), last_media), "media", None, opener.group())
    role_head = _search("role_headed", sentence, words)
    if role_head and (role_head.group("owner") or (role_head.group("the") or "").lower()
                      == "both" or not (_closing_tag(sentence, role_head) or re.fullmatch(
                          rf"(?:{_INSIDERS})", role_head.group("role"), re.IGNORECASE))) and not any(
            m["kind"] == "person" and m["rel_start"] < role_head.end() for m in mentions):
        # (not "the official said", an unnamed one told again; nor a role before a name; a
        # tag "..., the chair said" is left to the title of a person named before)
        title = role_head.group("phrase")[role_head.end("the" if role_head.group("the")
                                                          else "owner") - role_head.start("phrase"):]
        nation = _nation_in(sentence, mentions, role_head.start("phrase"), role_head.end("phrase"))
        name = (_titled(title, state) or nation and _titled(title, state, nation)
                or _by_role(role_head.group("phrase"), state))
        state["named"] = name
        return _claim(name, "named_official", None, role_head.group().strip(" ,-–—"))
    national = role_head and _national_insider(sentence, mentions, role_head, state)
    if national:  # "The Zelvan diplomat also said": Zelvia's envoy Jon Vale, named before
        state["named"] = national
        return _claim(national, "named_official", None, role_head.group().strip(" ,-–—"))
    office = _PRONOUN_OFFICE.search(sentence) if "office" in sentence else None
    holder = office and (_subject(sentence, mentions) or _named_opening(sentence, state)
                         or state.get("named") or state.get("last_person"))
    if holder:  # "Vale met Ruiz on Friday ..., his office said": the subject's office
        return _claim(f"Office of {holder}", "organisation", None, office.group())
    saying = _search("role_saying", sentence, words)
    if saying and not re.fullmatch(_INSIDERS, saying.group("role"), re.IGNORECASE) and not any(
            m["kind"] == "person" and m["rel_start"] < saying.end() for m in mentions):
        # (an unnamed "official" is left to the one of before)
        title = saying.group("phrase")[saying.end("the") - saying.start("phrase"):]
        nation = _nation_in(sentence, mentions, saying.end("the"), saying.end("phrase"))
        name = (_titled(title, state) or nation and _titled(title, state, nation)
                or _by_role(saying.group("phrase"), state))
        state["named"] = name
        # (the cue is the participle, as of "Vale urged ..., saying": a claim, not a proposal)
        return _claim(name, "named_official", None, saying.group("verb"))
    mediator = _search("mediator_said", sentence, words)
    if mediator and not any(m["kind"] == "person" and m["rel_start"] < mediator.end()
                            for m in mentions):
        name = _titled(mediator.group("role"), state)
        if name:
            state["named"] = name
            return _claim(name, "named_official", None, mediator.group().strip(" ,"))
        return _claim("the " + mediator.group("role").lower(), "organisation", None,
                      mediator.group().strip(" ,"))
    # "He said ...": what follows the pronoun and its verb is what he said
    lead = _search("pronoun", sentence, words)
    opening = (lead.end() if lead and (state.get("named") or state.get("last_person"))
               and not sentence[: lead.start()].strip(_OPENING_MARKS) else len(sentence))
    for mention in mentions:
        if mention["rel_start"] >= opening:
            continue
        if (mention["kind"] == "person" and (verb := _speaks(sentence, mention, words))
                and not _said_of(sentence, mention)):
            if (_OFFICE_OF.search(sentence, 0, mention["rel_start"])
                    or _OFFICE_AFTER.match(sentence, mention["rel_end"])):
                # "the Prime Minister's office said", "the office of the envoy, X, said"
                return _claim(f"Office of {mention['norm']}", "organisation", None, verb.group())
            # "The agency quoted X as saying", "X was quoted by the Velm Herald as saying":
            # the outlet relays
            relay = next((m["norm"] for m in media if m["rel_end"] <= mention["rel_start"]
                          and _QUOTED_BEFORE.search(sentence, m["rel_end"], mention["rel_start"])
                          or mention["rel_end"] < m["rel_start"] < verb.start() + mention[
                              "rel_end"] and _QUOTED_AS.match(sentence, mention["rel_end"])), None)
            claim = _typed(mention, relay, verb.group(), state)
            if claim["claimant_type"] == "named_official" and (_observer_staff(
                    sentence, mention, mentions) or _former_office(sentence, mention)):
                # "said VFI executive director Dr X": a think tank's staff, an observer; so is
                # "X, a former envoy to Zelvia", who no longer speaks for a party
                claim["claimant_type"] = state["kinds"][mention["norm"]] = "observers"
            return claim
    spokes = _search("spokesperson_for", sentence, words)
    if spokes and not any(spokes.start("body") <= m["rel_start"] < spokes.end("body")
                          for m in mentions):
        # (a body the tagger knows speaks through the loop over its mentions below)
        state["issuer"] = spokes.group("body")
        return _claim(spokes.group("body"), "organisation", None, spokes.group().strip(' ,:"”'))
    specific = _search("specific_role", sentence, words)
    if specific:
        return _claim(_by_role(specific.group("phrase"), state), "named_official", None,
                      specific.group())
    title = _TITLE_SUBJECT.match(sentence) or _TITLE_TAG.search(sentence)
    if title and (name := _titled(title.group("phrase") or title.group("after"), state)):
        state["named"] = name
        return _claim(name, "named_official", None, title.group().strip(" ,.;:!?"))
    officials = (_cues()["officials"].search(sentence) if _any_word(words, _OFFICIALS_KEYS)
                 else None)
    if officials and officials.group("said") and _reported_before(sentence, officials.start()):
        officials = None  # "The ministry said Zelvan officials had ...": what the ministry said
    if officials:  # "Officials in Athens said": a government speaking through its officials
        phrase = officials.group("said") or officials.group("according")
        at = officials.start("said" if officials.group("said") else "according")
        national = next(filter(None, (_national_officials(sentence, m, at + len(phrase))
                                      for m in mentions)), None)
        # "Chilean officials said", "Officials in Athens said", "Government officials said":
        # no one of them is named and no office speaks in its own name (a statement, a
        # spokesperson), so news and the gold of every audit set count them unnamed sources
        return _claim(national or phrase, "anonymous_source", None, officials.group())
    officials = (_cues()["officials_saying"].match(sentence)
                 if _any_word(words, _OFFICIALS_KEYS) else None)
    if officials:
        return _claim(officials.group("phrase"), "anonymous_source", None,
                      officials.group("phrase"))
    acronym = _ACRONYM_SPEAKER.search(sentence) if state.get("orgs") else None
    body = acronym and next((n for n in reversed(state.get("orgs", []))
                             if _initials(n) == acronym.group("acronym")), None)
    if body:  # "the DFA said": the Department of Foreign Affairs named before
        state["issuer"] = body
        return _claim(body, "organisation", None, acronym.group())
    head = _HEAD_SPEAKER.search(sentence) if state.get("orgs") else None
    noun = head and (head.group("said") or head.group("according")).lower()
    body = noun and next((n for n in reversed(state["orgs"])
                          if isinstance(n, str) and n.split()[-1].lower() == noun), None)
    if body:  # "according to the committee": the Border Committee named before, by its head
        state["issuer"] = body
        return _claim(body, "organisation", None, head.group())
    org_cue = _search("organisation", sentence, words)
    if org_cue and _PRONOUN_SAID.search(sentence, 0, org_cue.start()):
        org_cue = None  # "he said in a statement": the statement is his
    if org_cue:
        # the body that speaks ("The talks were attended by the OSCE envoy ..., the Bureau
        # said in a press release": the Bureau), else the first one named
        bodies = [m for m in mentions if m["kind"] == "organisation"]
        issuer = next((m for m in bodies if _speaks(sentence, m, words)), None) or next(
            iter(bodies), None)
        # "Norland's foreign ministry said in a statement": its own, not the joint text
        # named before
        own = issuer is not None and issuer["rel_end"] <= org_cue.start()
        if state.get("joint") and _STATEMENT_CUE.search(org_cue.group()) and not own:
            return _claim("joint statement", "joint_statement", None, org_cue.group())
        name = issuer["norm"] if issuer else _issuer_by_noun(sentence, mentions, state, words)
        if issuer:
            state["issuer"] = issuer["norm"]
        else:
            # "The Zelvan delegation said in a statement": the state named before the cue,
            # else the body that is the subject ("The mediators said in a statement")
            country = next(
                (m for m in mentions if m["kind"] == "country" and m["rel_end"] <= org_cue.start()
                 and _OPENING_THE.fullmatch(sentence, 0, m["rel_start"])), None)
            body = None if country or name else _body_subject(sentence, mentions, dict(state),
                                                              words)
            if country or body:
                name = state["issuer"] = _name(country) if country else body["claimant"]
        return _claim(name, "organisation", None, org_cue.group())
    body = _body_subject(sentence, mentions, state, words)
    if body:
        return body
    hit = _search("role_subject", sentence, words)
    qualifier = hit and _QUALIFIED_BEFORE.search(sentence, 0, hit.start())
    told = hit and _unnamed_before(state, _INSIDER_WORD.search(hit.group()),
                                   qualifier.group("qualifier") if qualifier else None)
    if told and _speaker_opens(sentence, mentions, hit.start(), words):
        # the sentence opens with a speaker of its own ("Zelvan media reported that ..., but
        # the official said ...": the outlet's report); a "he said" after it is the official's
        state["clause_insider"] = {**told, "cue": hit.group()}
    elif told:
        # "the diplomat said": the unnamed diplomat of before, not the last one named, nor
        # the country before the tag ("... with Zelva, the official said")
        return {**told, "cue": hit.group()}
    for kind in ("media", "organisation", "country"):
        for mention in mentions:
            if mention["rel_start"] >= opening:
                continue  # "He said Norland also restated its call": his words
            if mention["kind"] == kind and (verb := _speaks(sentence, mention, words)):
                staff = _STAFF_AT.search(sentence, 0, mention["rel_start"])
                if kind == "organisation" and staff and _cues()["observer_role"].search(
                        staff.group("who")):
                    # "Analysts at Zelcorp said": the firm's analysts, observers
                    return _claim(mention["norm"], "observers", None, verb.group())
                claim = _typed(mention, None, verb.group(), state)
                if staff:  # "Officials at the Lisk Institute said": the body, not an observer
                    claim["_staff"] = True
                return claim
    per = _PER.search(sentence) if "per" in sentence else None
    source = per and next((m for m in mentions if per.end() <= m["rel_start"] <= per.end() + 4
                           and m["kind"] in ("person", "media", "organisation", "country")), None)
    if source:  # "... in early July, per EPG", "(per Le Nouvelliste)": as "according to"
        return _typed(source, None, per.group().strip(), state)
    hit = _search("pronoun", sentence, words)
    if hit and state.get("insider"):  # 'a Western diplomat said ... . "...," he added'
        return {**state["insider"], "cue": hit.group()}
    for key in ("pronoun", "view", "role_subject"):
        hit = _search(key, sentence, words)
        if hit and key == "role_subject" and _LABEL_BEFORE.search(sentence, 0, hit.start()):
            hit = None  # "after what one Zelvan official described as heated talks": a label
        # "X struck a more measured tone. '...,' he said": the person the sentence before
        # opens with, else the last speaker
        by_pronoun = key != "role_subject"
        speaker = (state.get("subject") if by_pronoun else None) or state.get(
            "named") or (state.get("last_person") if by_pronoun else None)
        if hit and key == "pronoun":
            # "Before the summit X had threatened ..., but on Friday he said ...": the subject
            # named before the pronoun in the sentence
            speaker = next((m["norm"] for m in mentions if m["kind"] == "person"
                            and m["rel_end"] <= hit.start()
                            and not _OBJECT_BEFORE_PERSON.search(sentence, 0, m["rel_start"])),
                           speaker)
        if hit and speaker:
            state["named"] = speaker
            # "he said" of the professor quoted before is an observer's word still, as of
            # the fellow the paragraph opened with
            roles = [r for name, r in state.get("roles", []) if name == speaker and r]
            kind = state.get("kinds", {}).get(speaker) or _person_type(
                roles[-1] if roles else None)
            return _claim(speaker, kind, None, hit.group())
    for key in ("it", "they"):
        hit = _search(key, sentence, words)
        if hit and state.get(key):
            return {**state[key], "cue": hit.group()}
    hit = _search("media", sentence, words)
    if hit and _cues()["described_outlet"].fullmatch(hit.group()) and not (
            _SPEAKS_AFTER.match(sentence, hit.end()) and _cues()["speech"].match(
                sentence, _SPEAKS_AFTER.match(sentence, hit.end()).end())):
        hit = None  # "Peru's state broadcaster showed the signing": no report of its own
    if hit:
        return _claim("journalists" if "journalist" in hit.group().lower() else _outlet(
            hit.group(), last_media), "media", None, hit.group())
    stance = _stance(sentence, mentions, state, words)
    if stance:
        return stance
    hit = _observers(sentence, words)
    if hit and (_search("speech", sentence, words) or " " in hit.group()):
        # (or a cue with its own verb: "analysts believe")
        return _claim(hit.group().split()[-1].lower() if "according" in hit.group().lower()
                      else hit.group().split()[0].lower(), "observers", None, hit.group())
    return _claim(None, None, None, None)


# what may stand between a speaker and its verb: "state television (also) reported"
_SPEAKS_AFTER = re.compile(r"\s+(?:(?:also|has|have|had|later|then|again)\s+)*")
_OPENING_THE = re.compile(r"[^\w]*(?:the\s+)?", re.IGNORECASE)
_THE_AFTER = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _outlet(cue: str, last_media: str | None) -> str:
    """The outlet a media cue stands for: the one it describes ("state television"), else
    the outlet named last, else the cue."""
    described = _cues()["described_outlet"].search(cue)
    if described:
        return described.group().lower()
    return last_media or cue


def _indefinite_observer(sentence: str, mentions: list[dict],
                         words: set[str] | None) -> dict | None:
    """The claim of an unnamed observer who speaks ("said one Velm-based researcher", "an
    analyst at the Lisk Institute said"), None when there is none."""
    if not _possible("indefinite_observer", words):
        return None
    for hit in _cues()["indefinite_observer"].finditer(sentence):
        if any(m["kind"] == "person" and 0 <= hit.start("phrase") - m["rel_end"] <= 3
               for m in mentions):
            continue  # "Jon Vale, an economist at ..., said": the person named
        # the role after the verb ('said an analyst') or before its own verb
        if hit.group("after") or hit.group("tag"):
            return _claim(hit.group("phrase"), "observers", None, hit.group().strip(" ,:\"”"))
    return None


def _body_subject(sentence: str, mentions: list[dict], state: dict,
                  words: set[str] | None) -> dict | None:
    """The claim of a body that speaks by its head noun ("The Ministry recalled ...",
    "according to the committee"): the body the phrase names, else the one named before
    whose name holds that noun (the last one), else the phrase itself ("the mediators");
    None when no such subject speaks."""
    if not _possible("body_subject", words):
        return None
    for hit in _cues()["body_subject"].finditer(sentence):
        if not (hit.group("according") or hit.group("verb")):
            continue  # "..., the army-backed government in Velm": no verb of its own
        noun = hit.group("noun").lower().split()[-1]
        inside = next((m["norm"] for m in mentions if m["kind"] == "organisation"
                       and hit.start("phrase") <= m["rel_start"] < hit.end("phrase")), None)
        if inside is None and noun in read_lexicon("attribution")["state_voices"]:
            # "the Zelvan delegation said": the state it speaks for
            inside = next((_name(m) for m in mentions if m["kind"] == "country"
                           and hit.start("phrase") <= m["rel_start"] < hit.end("phrase")), None)
        body = inside or next((n for n in reversed(state.get("orgs", []))
                               if isinstance(n, str) and noun in n.lower().split()), None)
        name = body or "the " + hit.group("phrase")
        state["issuer"] = name
        cue = hit.group().strip(" ,")
        return _claim(name, "organisation", None, cue)
    bare = _cues()["bare_body"].match(sentence)
    if bare and not any(m["rel_start"] < bare.end() and m["kind"] in ("organisation", "country")
                        for m in mentions):  # ("Russian authorities said": Russia, below)
        name = "the " + bare.group("phrase")[0].lower() + bare.group("phrase")[1:]
        state["issuer"] = name
        return _claim(name, "organisation", None, bare.group().strip(" ,"))
    return None


def _issuer_by_noun(sentence: str, mentions: list[dict], state: dict,
                    words: set[str] | None) -> str | None:
    """The issuer of a body's cue with no body named in the sentence ("the mission said",
    "according to the Bureau"): the body of that noun named before ("the Bureau for
    Border Policies"), else the issuer named before, else the phrase ("the
    mission")."""
    issuer = state.get("issuer")
    body = _body_subject(sentence, mentions, dict(state), words)
    if body is None or (issuer is not None and body["claimant"].startswith("the ")):
        return issuer
    return body["claimant"]


# "at the level of experts", "talks with analysts": observers named as an object say nothing
_OBJECT_BEFORE = re.compile(
    r"\b(?:of|with|by|to|for|at|among|between|from|on|in|as)\s+(?:the\s+)?$", re.IGNORECASE
)


def _observers(sentence: str, words: set[str] | None) -> re.Match | None:
    """The first observers' cue of ``sentence`` that is not the object of a preposition."""
    if not _possible("observers", words):
        return None
    return next((hit for hit in _cues()["observers"].finditer(sentence)
                 if not _OBJECT_BEFORE.search(sentence, 0, hit.start())), None)


# "who asked not to be named", "speaking on condition of anonymity": how a source speaks,
# told after the source ("A member of the delegation, who asked not to be named, said")
_MANNER = re.compile(r"(?:who|speaking|spoke|on|declined|asking|requested|not|off)\b",
                     re.IGNORECASE)
_SOURCE_BEFORE = re.compile(
    r"(?:^\W*|[,;:\"“(]|\baccording\s+to)\s*(?P<phrase>(?:an?|the|one|two|three|several)\s+"
    r"[^,;:\"“”]{2,60}?)\s*,?\s*(?:who\s+\w+\s+)?$", re.IGNORECASE
)
# the unnamed insider that opens a sentence, before an aside about how they spoke ("U.S.
# officials, who spoke on condition of anonymity, said")
_SOURCE_SUBJECT = re.compile(
    r"\W*(?P<phrase>(?:(?:an?|the|one|two|three|several)\s+)?(?:[\w'’.-]+\s+){0,3}?"
    rf"(?:{_INSIDERS})s?)\s*,\s*(?:who|speaking|talking)\b", re.IGNORECASE
)
# where an unnamed insider is, told after the role ("a Western diplomat in Brussels")
_POSTED_IN = r"(?:\s+(?:in|from|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
_INSIDER_WORD = re.compile(rf"\b(?P<role>{_INSIDERS})s?\b", re.IGNORECASE)
_UNNAMED_ROLE = re.compile(rf"\b(?P<role>{_INSIDERS})s?{_POSTED_IN}$", re.IGNORECASE)
# what a source "in", "close to", "familiar with" belongs to ("a source in the Norlandic delegation")
_SOURCE_OF = re.compile(r"\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}[\w'’-]+")


def _anonymous_name(sentence: str, anon: re.Match) -> str:
    """The words that name an anonymous source: the cue, the noun phrase it qualifies ("A
    member of the Sudlandic delegation, who asked not to be named") or completes ("a source in
    the Norlandic delegation")."""
    cue = anon.group()
    if _MANNER.match(cue):
        before = _SOURCE_BEFORE.search(sentence, 0, anon.start())
        verb = before and _cues()["speech"].search(before.group("phrase"))
        if before and not verb:
            return before.group("phrase")
        if verb and before.group().lstrip()[:1] in (",", '"', "”") and _UNNAMED_ROLE.search(
                before.group("phrase")[: verb.start()].rstrip()):
            # '"...," the official said, speaking on condition of anonymity': the official of
            # the tag
            return before.group("phrase")[: verb.start()].rstrip()
        # "A senior US official, speaking to reporters on a conference call on condition of
        # anonymity, said": the subject that opens the sentence, before its aside
        subject = _SOURCE_SUBJECT.match(sentence, 0, anon.start())
        return subject.group("phrase") if subject else cue
    if cue.lower().endswith((" in", " to", " with", " of", " on")):
        tail = _SOURCE_OF.match(sentence, anon.end())
        if tail and (last := tail.group().split()[-1]) and _cues()["speech"].fullmatch(last):
            return cue + tail.group()[: tail.group().rindex(last)].rstrip()  # ("... Vale told")
        return cue + tail.group() if tail else cue
    return cue


# "The communiqué "noted ...": a document as the subject of a speech verb
_DOCUMENT_SUBJECT = re.compile(
    r"\W*the\s+(?P<joint>(?:joint|final)\s+)?(?P<doc>communiqu[eé]|declaration|protocol|"
    r"statement|readout|(?:press\s+)?release|minutes|act(?:\s+of\s+agreements?)?)\s*[\"“]?\s*"
    r"(?:also\s+|only\s+|further\s+)?",
    re.IGNORECASE
)
# '"...," the communiqué said.': the document as the subject of a closing speech tag
_DOCUMENT_TAG = re.compile(
    r"[,\"”’]\s*the\s+(?P<joint>(?:joint|final)\s+)?(?P<doc>communiqu[eé]|declaration|statement|"
    r"readout)\s+(?:also\s+)?(?:said|says|stated|states|added|noted|read|reads)\W*$",
    re.IGNORECASE
)
# what a signed record does with what it holds: "The minutes record that ...", "The act
# registers that ..."
_RECORDS = re.compile(r"(?:records?|registers?|establish(?:es)?|sets?\s+out|provides?)\s+that\b",
                      re.IGNORECASE)
# "according to a Commission readout", "according to the Kremlin's statement"
# (or "according to Velm's readout": the owner's name stands for the article)
_ACCORDING_DOCUMENT = re.compile(
    r"(?i:according\s+to)\s+(?:(?i:an?|the)\s+(?P<issuer>(?:[A-Z][\w.-]*(?:['’]s)?\s+){1,4}"
    r"(?:[a-z]+\s+){0,2}?)"
    r"|(?P<owner>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+))"
    r"(?:readout|statement|communiqu[eé]|press\s+release|release)\b"
)
# "a communiqué in which the parties agreed": what it holds is the document's, both sides'
_DOCUMENT_WHICH = re.compile(r"\b(?:communiqu[eé]|declaration|protocol)\s+in\s+which\b",
                             re.IGNORECASE)
# "the meeting's communiqué says", "the communiqué of the talks noted": the text of a
# meeting, both sides'
_MEETING_DOCUMENT = re.compile(
    r"\bthe\s+(?:(?:meeting|talks|session|round|summit|conference)['’]s?\s+(?:final\s+)?"
    r"communiqu[eé]|(?:final\s+)?communiqu[eé]\s+of\s+the\s+(?:meeting|talks|session|round|"
    r"summit|conference))\s+(?:also\s+|only\s+)?(?:said|says|stated|states|noted|notes|read|"
    r"reads|added)\b",
    re.IGNORECASE,
)
_MEETING_KEYS = frozenset(("communique", "communiqué"))
# "A statement from the co-chairs, issued in Paris, said", "a readout by the Presidency said"
_DOCUMENT_FROM = re.compile(
    r"\b(?i:an?|the)\s+(?i:press\s+)?(?i:statement|readout|communiqu[eé]|release)\s+"
    r"(?i:from|by|(?:issued|released|published|posted|read|read\s+out)\s+by)\s+(?P<issuer>(?i:the\s+)?[^,;:\"“”]{2,60}?)\s*"
    r"(?:,[^,;\"“”]{1,60},\s*)?(?i:also\s+|only\s+)?(?:said|says|stated|states|added|noted|read|reads)\b"
)
# "The Fund's statement of 3 March said", "Norland's readout says": the owner issued it
_DOCUMENT_OWNER = re.compile(
    r"(?:\b(?i:the)\s+)?(?P<issuer>(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*)['’]s\s+"
    r"(?i:(?:joint|final|latest|own|press|official)\s+)?(?i:statement|readout|communiqu[eé]|release)\b"
    r"[^,;:\"“”]{0,30}?\s+(?i:also\s+|only\s+)?(?:said|says|stated|states|added|noted|read|reads)\b"
)
# "an idea that, according to the hosts, the others agreed to": the source of a relative clause
_CLAUSE_BEFORE = re.compile(r"\b(?:that|which|who)\s*,\s*$")
# "... meets again on 24 March (EU statement).": a source tag that names the issuer
_TAG_DOCUMENT = re.compile(
    r"\((?P<issuer>[^()]{1,40}?)\s+(?i:statement|readout|communiqu[eé]|press\s+release)\)"
    r"[\s.;]*$"
)
# "per EPG", "(per Le Nouvelliste)": a source, not "per cent" or "per day"
_PER = re.compile(r"(?<![\w-])per\s+(?:the\s+)?(?=[A-Z])")


# a determiner before "say", "report", "note": the noun ("has the final say", "a report")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|final|last|no|any|its|their|his|her|our|this)\s+$",
                          re.IGNORECASE)
_PRONOUN_SAID = re.compile(
    r"\b(?:he|she)\s+(?:also\s+)?(?:said|says|added|wrote|stated)\s+$", re.IGNORECASE
)
# a title or a name before the person who opens a sentence ("Minister for Island
# Affairs Jon Vale struck ...", "Foreign Ministry spokesman Jon Vale rejected ...": an
# office in lower case too)
@functools.cache
def _title_before() -> re.Pattern[str]:
    """The pattern of what may stand before the person who opens a sentence."""
    roles = _phrases(read_lexicon("attribution")["office_roles"])
    return re.compile(rf"\W*(?:(?:[A-Z][\w'’.-]*|of|for|the|and|on|(?i:{roles}))\s+)*")




# "analysts at ", "experts from the ": the staff of the body named next
_STAFF_AT = re.compile(r"(?<![\w-])(?P<who>[\w-]+)\s+(?:at|from|with)\s+(?:the\s+)?$")


def _subject(sentence: str, mentions: list[dict]) -> str | None:
    """The person ``sentence`` opens with, its subject: the one a "he" or "she" of the next
    sentence stands for, rather than a person named later in it ("Roe called the talks
    between Vale and Sand useful. ..., she said": Roe)."""
    persons = [m for m in mentions if m["kind"] == "person"]
    if not persons:
        return None
    first = persons[0]
    before = sentence[: first["rel_start"]]
    # "Minister for Island Affairs Jon Vale ...", or a role before its comma
    if _title_before().fullmatch(before) or _roles()["appositive"].fullmatch(before):
        return first["norm"]
    return None


_OPENING_WORD = re.compile(r"\W*(?P<word>[A-Z][\w'’-]+)\s")


def _named_opening(sentence: str, state: dict) -> str | None:
    """The person named before one of whose names opens ``sentence`` untagged ("Cho held
    talks ..." after "Foreign Minister Cho Tae-yul"), the latest one; None when none does."""
    opening = _OPENING_WORD.match(sentence)
    if not opening or opening.group("word") in ("The", "A", "An", "In", "On", "At"):
        return None
    return next((name for name, _ in reversed(state.get("roles", [])) if isinstance(name, str)
                 and opening.group("word") in name.split()), None)


def _by_role(phrase: str, state: dict) -> str:
    """The person a role phrase ("the head of the Russian delegation") stands for, if known."""
    stop = {"the", "a", "an", "of", "and", "according", "to", "his", "her", "their", "our"}
    words = set(re.findall(r"\w+", phrase.lower())) - stop
    proper = set(re.findall(r"(?<=\s)[A-Z]\w+", phrase))  # "Russian" must agree
    for name, role in reversed(state.get("roles", [])):
        if not role or not proper <= set(re.findall(r"\w+", role)):
            continue
        if len(words & set(re.findall(r"\w+", role.lower()))) >= 2:
            return name
    return re.sub(r"^(?:according\s+to\s+)?", "", phrase.strip(), flags=re.IGNORECASE)


def _titled(title: str, state: dict, nation: dict | None = None) -> str | None:
    """The person named before whose role holds every word of ``title`` ("Secretary-General"
    for "U.N. Secretary-General António Guterres"), the latest one; None when none does.
    A ``nation`` (the country mention inside the title: "the Chinese minister") need not be
    in the role: it must be the one named before that person's title ("Chinese Foreign
    Minister Wang Yi")."""
    words = set(re.findall(r"\w+", title.lower()))
    if nation is not None:
        words -= set(re.findall(r"\w+", nation["text"].lower()))
    nations = state.get("nations", {})
    for name, role in reversed(state.get("roles", [])):
        if nation is not None and nations.get(name) != nation["norm"]:
            continue
        if role and words <= set(re.findall(r"\w+", role.lower())):
            return name
    return None


# what stands between a nation and the name it gives a person: the capitalised words of a
# title (" Foreign Minister ", "'s Deputy Foreign Minister ")
_NATION_TITLE = re.compile(r"(?:['’]s)?(?:\s+[A-Z][\w'’.-]*){0,4}\s+")


def _nation_before(sentence: str, person: dict, mentions: list[dict]) -> dict | None:
    """The country whose adjective or name opens the title before ``person`` ("Chinese
    Foreign Minister Wang Yi", "Japan's Foreign Minister X"), else None."""
    return next((m for m in mentions if m["kind"] == "country" and m["rel_end"] <= person[
        "rel_start"] and _NATION_TITLE.fullmatch(sentence, m["rel_end"], person["rel_start"])),
                None)


def _national_insider(sentence: str, mentions: list[dict], role_head: re.Match,
                      state: dict) -> str | None:
    """The person a definite insider of a nation stands for ("The Zelvan diplomat also said
    ...", the subject of the sentence): the latest person of that nation named before, when
    no unnamed insider of that role was cited; None otherwise."""
    if ((role_head.group("the") or "").lower() != "the" or role_head.group("tag")
            or not re.fullmatch(_INSIDERS, role_head.group("role"), re.IGNORECASE)
            or state.get("unnamed") and state["unnamed"][0] == role_head.group("role").lower()):
        return None
    nation = _nation_in(sentence, mentions, role_head.start("phrase"), role_head.end("phrase"))
    nations = state.get("nations", {})
    return nation and next((name for name, _ in reversed(state.get("roles", []))
                            if nations.get(name) == nation["norm"]), None)


def _nation_in(sentence: str, mentions: list[dict], start: int, end: int) -> dict | None:
    """The country mention inside ``sentence[start:end]``, with its text, else None."""
    return next(({**m, "text": sentence[m["rel_start"] : m["rel_end"]]} for m in mentions
                 if m["kind"] == "country" and start <= m["rel_start"] < end), None)




def _titled_person(sentence: str, mentions: list[dict]) -> dict:
    """The first of ``mentions``, or the person a title ties it to ("according to ZRG
    spokesman Jon Vale": Jon Vale, not the ZRG)."""
    first = mentions[0]
    if first["kind"] != "person":
        person = next((m for m in mentions[1:] if m["kind"] == "person"), None)
        if person and _roles()["between"].fullmatch(sentence, first["rel_end"], person["rel_start"]):
            return person
    return first


def _typed(mention: dict, via: str | None, cue: str, state: dict) -> dict:
    kind = mention["kind"]
    if kind == "person":
        state["named"] = mention["norm"]
        claimant_type = _person_type(mention.get("role"))
        state.setdefault("kinds", {})[mention["norm"]] = claimant_type
        return _claim(mention["norm"], claimant_type, via, cue)
    if kind == "media":
        return _claim(mention["norm"], "media", via, cue)
    state["issuer"] = _name(mention)
    claim = _claim(_name(mention), "organisation", via, cue)
    if kind == "country":
        # "Russia suggested ...": a state acting, not a source whose account runs on.
        claim["_country"] = True
    return claim


def _person_type(role: object) -> str:
    """The claimant type of a person of ``role``: an observer ("analyst", "senior fellow at
    ..."), the outlet's own voice ("our correspondent"), else an official."""
    if not isinstance(role, str):
        return "named_official"
    if _cues()["observer_role"].search(role):
        return "observers"
    if _cues()["media_role"].search(role):
        return "media"
    return "named_official"


def _former_office(sentence: str, person: dict) -> bool:
    """An apposition after ``person`` gives an office they held ("X, a former ambassador to
    Zelvia, said"): they speak from outside it. A former office before the name ("the
    delegate, former ambassador X") is a title of someone who may well serve again."""
    described = _DESCRIBED.match(sentence, person["rel_end"])
    former = described and _cues()["former_office"].search(described.group())
    return bool(former) and described.group()[: former.start()].strip(" ,").lower() in ("", "a", "the")


def _observer_body(mention: dict, mentions: list[dict]) -> bool:
    """``mention`` (one of a sentence's ``mentions``) is of a think tank, an institute or a
    foundation of no state (see the ``observer_bodies`` of the attribution lexicon; not "the
    Kenya Institute of Statistics")."""
    name = mention["norm"]
    return (mention["kind"] == "organisation" and isinstance(name, str)
            and _missing(mention.get("country"))
            and bool(_cues()["observer_body"].search(name))
            and not _cues()["state_body"].search(name)
            and (bool(_cues()["observer_field"].search(name)) or not any(
                m["kind"] == "country" and 0 <= mention["rel_start"] - m["rel_end"] <= 3
                for m in mentions)))


# what may stand between a person and the body they work for: "VFI executive director Dr",
# ", director of the", " at the"
_STAFF_GAP = re.compile(r"[^.;:\"“”()]{0,40}")


def _observer_staff(sentence: str, person: dict, mentions: list[dict]) -> bool:
    """The person works for a think tank named next to their name ("VFI director Dr X", "X,
    a fellow at the Lisk Institute")."""
    for m in mentions:
        if not _observer_body(m, mentions):
            continue
        if m["rel_end"] <= person["rel_start"] and _STAFF_GAP.fullmatch(
                sentence, m["rel_end"], person["rel_start"]):
            return True
        if m["rel_start"] >= person["rel_end"] and _STAFF_GAP.fullmatch(
                sentence, person["rel_end"], m["rel_start"]):
            return True
    return False


def _one_insider(claim: dict) -> bool:
    """The claim is one unnamed insider's ("a Western diplomat"), whom "he" may stand for."""
    name = claim["claimant"]
    return (claim["claimant_type"] == "anonymous_source" and isinstance(name, str)
            and bool(_ONE_INSIDER.match(name)))


_ONE_INSIDER = re.compile(
    rf"(?i:an?|one|the)\s+(?:[\w'’.-]+\s+){{0,{_MODIFIERS}}}?(?:{_INSIDERS}){_POSTED_IN}$"
)


def _claim(claimant, claimant_type, via, cue) -> dict:
    return {"claimant": claimant, "claimant_type": claimant_type, "via": via, "cue": cue}


def _quote_groups(
    text: str, sentences: list[tuple[int, int]]
) -> list[tuple[int, int, list[int]]]:
    """``(open_at, close_at, indices)`` of each quotation that spans more than one sentence."""
    groups = []
    marks = [m.start() for m in _QUOTE.finditer(text)]
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        inside = [i for i, (s, e) in enumerate(sentences) if s <= close_at and e > open_at]
        if len(inside) > 1:
            groups.append((open_at, close_at, inside))
    return groups


_CLAIM_KEYS = ("claimant", "claimant_type", "via")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|our|Our|us|my|My)\b")
_DASH_TAG = re.compile(r"(?:\s[-–—]|[,.][-–—]?\s*[-–—])\s*(?P<tail>[^-–—]{1,80})$")
_NAME_LINE_WORD = re.compile(r"[A-Z][\w'’.-]*|of|the|and|for|on|in|at|to|de|da|von|van|al|bin")


def _hedged(sentence: str, words: set[str] | None = None) -> bool:
    """A hedge from the lexicon, not the month ("talks on May 16")."""
    if not _possible("hedge", words):
        return False
    return any(
        not (hit.group() == "May" and hit.start() > 0)
        for hit in _cues()["hedge"].finditer(sentence)
    )


def _empty(row: dict) -> bool:
    return not row["claimant_type"]


def _take(row: dict, source: dict, cue: str) -> None:
    row.update({k: source[k] for k in _CLAIM_KEYS}, cue=cue)


# a sentence whose subject is the text agreed ("The text also asks ...")
_TEXT_SUBJECT = re.compile(r"\W*The\s+(?:text|agreement|deal|accord|treaty|memorandum|document)"
                           r"\s+(?:also|further|additionally)\b")


@functools.cache
def _provision() -> re.Pattern[str]:
    """A sentence that opens on a document's provision: "It will be monitored by ...", "They
    shall ...", or what the document does ("It called for a truce"; the lexicon's verbs)."""
    verbs = trie_regex(sorted(read_lexicon("attribution").get("provision_verbs", [])))
    return re.compile(r"^\W*(?:It|They)\s+(?:(?:will|would|shall|must|is\s+to|are\s+to)\b|"
                      rf"(?:{verbs})(?![\w-]))")


# "The next meeting will be held within a month", "The route, which ..., will be built":
# a plan told in the future as its own statement, which after a document's account is one
# more of its provisions
_FUTURE = re.compile(r"^\W*(?:The|An?|Both|Each|All)\s[^.;:!?\"“”]{1,100}?\s(?:will|shall|is\s+to|"
                     r"are\s+to)\s+(?:be\s+|also\s+|then\s+)?[a-z]+")


def _documentary(row: dict) -> bool:
    """The claim is a document's: a statement, declaration, communiqué or readout."""
    return row["claimant_type"] == "joint_statement" or bool(
        _STATEMENT_CUE.search(row["cue"] or ""))


def _indirect(row: dict) -> bool:
    """The claim is a document's or reported speech, whose account may run into the next
    paragraph ("according to him", "the statement said"), not a direct quotation."""
    cue = (row["cue"] or "").lower()
    return not row.get("_country") and (
        row["claimant_type"] == "joint_statement"
        or bool(_STATEMENT_CUE.search(cue))
        or cue.startswith(("according to", "continuation"))
    )


def _previous_in_text(sents: list[dict], i: int) -> int | None:
    """The sentence before ``i`` in running text: same block, else the last sentence of the
    nearest earlier paragraph (headings and captions are skipped)."""
    if i > 0 and sents[i - 1]["block_idx"] == sents[i]["block_idx"]:
        return i - 1
    for j in range(i - 1, -1, -1):
        if sents[j]["block_kind"] == "paragraph":
            return j
    return None


def _back_references(rows: list[dict], sents: list[dict]) -> None:
    """Back references ("X reported this", "This was stated by X"): the sentence before is X's."""
    cues = _cues()
    for i, row in enumerate(rows):
        text, words = sents[i]["text"], sents[i]["words"]
        if _empty(row) or not (_search("this_said", text, words)
                               or _possible("this_was_said", words)
                               and cues["this_was_said"].match(text)):
            continue
        j = _previous_in_text(sents, i)
        if j is not None and _empty(rows[j]):
            _take(rows[j], row, "this")


_PAREN_ASIDE = re.compile(r"\([^()]*\)")
_SAID_WHERE = re.compile(r",\s+(?:in|on|at|during)\s+(?:an?|the|his|her|their)\s.*$")


def _signature(sent: dict, persons: list[dict]) -> dict | None:
    """The person a bare name line ("Rustem Umerov Minister of Defence") names, if it is one."""
    text = sent["text"].strip().rstrip(".")
    if not persons:
        return None
    rest = text
    for m in sorted(sent["mentions"], key=lambda m: -m["rel_start"]):
        rest = rest[: m["rel_start"]] + " " + rest[m["rel_end"] :]
    # "Jane Roe (Party, Province), in a video posted on Sunday": who, where and how they said it
    rest = _SAID_WHERE.sub("", _PAREN_ASIDE.sub(" ", rest))
    if len(rest.split()) > 14:
        return None
    words = re.findall(r"[^\s,–—-]+", rest)
    if words[:1] == ["By"] or not all(_NAME_LINE_WORD.fullmatch(w) for w in words):
        return None  # a byline, or a sentence with a verb
    person = persons[-1]
    titled = _roles()["word"].search(text) or isinstance(person.get("role"), str)
    return person if titled else None


def _unmarked_quotes(rows: list[dict], sents: list[dict]) -> None:
    """A quotation without quote marks, closed by "— said X" or by a bare name line: the
    sentences of the paragraph before the tag are X's."""
    cues = _cues()
    for i, row in enumerate(rows):
        sent = sents[i]
        persons = [m for m in sent["mentions"] if m["kind"] == "person"]
        text = sent["text"]
        tag = _DASH_TAG.search(text.rstrip()) if any(d in text for d in _DASHES) else None
        if (tag and not _empty(row) and not _QUOTE.search(sent["text"])
                and cues["speech"].search(tag.group("tail"))
                and any(m["rel_start"] >= tag.start("tail") for m in sent["mentions"])):
            targets = _before_in_block(rows, sents, i)
            source = row
        elif _empty(row) and (person := _signature(sent, persons)):
            targets = _before_in_block(rows, sents, i)
            if not targets and (j := _previous_in_text(sents, i)) is not None:
                targets = [j, *_before_in_block(rows, sents, j)] if _empty(rows[j]) else []
            # the words signed are someone's own ("we", "our"), not the outlet's report
            if not any(_FIRST_PERSON.search(sents[j]["text"]) for j in targets):
                continue
            _take(row, _claim(person["norm"], "named_official", None, None), "signature")
            source = row
        else:
            continue
        for j in targets:
            _take(rows[j], source, "quotation")


# the nouns of texts a cue of a document names ("the declaration says", "the joint statement")
_DOCUMENT_NOUN = re.compile(
    r"\b(?:statement|declaration|communiqu[eé]|readout|protocol|minutes|document|note|text)\b",
    re.IGNORECASE)
# "Press Secretary SATO: ...", "Q (Reuters): ...", "Ms ROE (Minister for Trade) (14:22): ...":
# a speaker's turn in a transcript (a time of day may stand in it); a script's cue may hold a
# longer aside ("SOUNDBITE (JON VALE, DEPUTY MINISTER, ZELVA - IN ZELVAN, VOICE-OVER): ...")
_TURN = re.compile(r"\s*(?P<speaker>(?:[^:!?\"“”]|(?<=\d):(?=\d\d\b)){1,80}?"
                   r"|[A-Z][A-Z -]{1,30}\([^()\n]{1,110}\))\s*:\s+\S")


def _speaker_turns(rows: list[dict], sents: list[dict]) -> None:
    """A paragraph that opens with a speaker and a colon (a transcript's turn) is that
    speaker's, and so are the paragraphs after it up to the next turn or heading: a person
    (or an outlet asking) named there claims their unattributed sentences. A label in
    capitals ("VALE:", "MODERATOR:", "QUESTION (Name, Outlet):") opens a turn too: the
    person of the text with that surname speaks, else someone the text does not name."""
    people: dict[str, dict] = {}  # surname (case-folded) -> the fullest mention of that person
    for sent in sents:
        for m in sent["mentions"]:
            if m["kind"] == "person" and isinstance(m["norm"], str) and m["norm"].split():
                key = m["norm"].split()[-1].casefold()
                if len(m["norm"]) > len(people.get(key, {}).get("norm", "")):
                    people[key] = m
    speaker, block, label = None, None, False
    labels: dict[str, dict] = {}  # a role's label in capitals -> the claim of its person
    # the last person who spoke: an "ANSWER:" turn is theirs; first, the one interviewed
    answerer = _interviewee(sents)
    for i, row in enumerate(rows):
        sent = sents[i]
        if sent["block_idx"] != block:
            block = sent["block_idx"]
            # (a point of a list, "- Progress, per X: ...", is no one's turn)
            turn = (_TURN.match(sent["text"]) if sent["block_kind"] == "paragraph"
                    and not _LIST_ITEM.match(sent["text"]) else None)
            named = [m for m in sent["mentions"] if turn and m["rel_end"] <= turn.end("speaker")
                     and m["kind"] in ("person", "media")]
            capitals = _CAPITAL_LABEL.fullmatch(turn.group("speaker")) if turn else None
            heading = _heading_line(sents, i)
            if heading and not turn:
                speaker = None  # a sub-heading ends the turn
            elif named:
                media = [m for m in named if m["kind"] == "media"]
                speaker = _typed((media or named)[-1], None, turn.group("speaker"), {})
                if speaker["claimant_type"] == "named_official" and _observer_person(
                        speaker["claimant"], sents):
                    speaker["claimant_type"] = "observers"
                if capitals and _cues()["media_role"].fullmatch(capitals.group("label")):
                    speaker["claimant_type"] = "media"  # "HOST (JANE ROE):", the outlet's
                if capitals and "(" in turn.group("speaker"):
                    # "HOST (JANE ROE):": later "HOST:" turns are hers
                    labels[capitals.group("label")] = speaker
                # "The minister stated: ...": a quote introduced, its paragraph only
                # ("Vale: 'A historic day'", a sub-heading that quotes a speaker: its line only)
                label = (len(turn.group("speaker").split()) <= 8 and not heading
                         and not _cues()["speech"].search(turn.group("speaker")))
            elif capitals:
                words = capitals.group("label").split()
                person = next((people[w.casefold()] for w in reversed(words)
                               if w.casefold() in people), None)
                speaker = _typed(person, None, turn.group("speaker"), {}) if person else None
                if person is None and _named_label(words):
                    # "JON VALEMAR: ...": the speaker's name, though the text gives it
                    # nowhere else
                    speaker = _claim(" ".join(w.title() for w in words), "named_official", None,
                                     turn.group("speaker"))
                if words in (["ANSWER"], ["A"]):
                    speaker = answerer
                if capitals.group("label") in labels:
                    speaker = labels[capitals.group("label")]
                label = True
            elif sent["block_kind"] != "paragraph" or not label:
                speaker = None
        if speaker is not None and speaker["claimant_type"] == "named_official":
            answerer = speaker
        if speaker is not None and (_empty(row) or _cited_document(row, speaker)):
            _take(row, speaker, "turn")


@functools.cache
def _label_roles() -> frozenset[str]:
    lex = read_lexicon("attribution")
    words = [*lex["turn_roles"], *lex["office_roles"], *lex["spokespeople"]]
    return frozenset(w for phrase in words for w in phrase.lower().split())


def _named_label(words: list[str]) -> bool:
    """A turn label in capitals that is a person's name: two to four words of two letters or
    more, none of them a role's ("JON VALEMAR", not "FOREIGN MINISTER" nor "QUESTION")."""
    return (2 <= len(words) <= 4 and all(len(w.strip(".")) >= 2 for w in words)
            and not any(w.lower().strip(".") in _label_roles() for w in words))


# the marks that end a sentence, before its closing quotation marks
_STOP = re.compile(r"[.!?:;…][\"”’'»)]*\s*$")
_HEADING_WORDS = 8


def _heading_line(sents: list[dict], i: int) -> bool:
    """Sentence ``i`` is a paragraph of one short line with no stop at its end, as a
    sub-heading is ("Open questions for the next round") even where the splitter reads a
    paragraph."""
    sent = sents[i]
    text = sent["text"].strip()
    return (sent["block_kind"] == "paragraph" and "\n" not in text
            and len(text.split()) <= _HEADING_WORDS and not _STOP.search(text)
            and (i + 1 == len(sents) or sents[i + 1]["block_idx"] != sent["block_idx"])
            and (i == 0 or sents[i - 1]["block_idx"] != sent["block_idx"]))


def _cited_document(row: dict, speaker: dict) -> bool:
    """``row`` gives a document as its source ("The declaration says ...") in the turn of a
    person ``speaker``: the person who cites the text in their answer claims what it says."""
    return (speaker["claimant_type"] in ("named_official", "observers")
            and row["claimant_type"] in ("joint_statement", "organisation")
            and isinstance(row["cue"], str) and bool(_DOCUMENT_NOUN.search(row["cue"])))


# what follows a name and describes the person: ", who researches ...", ", a fellow at ..."
_DESCRIBED = re.compile(r",\s+[^.;:\"“”]{1,80}")


def _observer_person(name: str, sents: list[dict]) -> bool:
    """The text describes the person ``name`` after a mention of theirs as an observer: a
    researcher, an analyst, someone at a think tank ("X, who researches water policy at the
    Lisk Policy Centre")."""
    for sent in sents:
        for m in sent["mentions"]:
            if m["kind"] != "person" or m["norm"] != name:
                continue
            described = _DESCRIBED.match(sent["text"], m["rel_end"])
            if described and _cues()["observer_role"].search(described.group()):
                return True
    return False


_LIST_ITEM = re.compile(r"\s*[-–—•*▪●·►‣◦→]\s")
# "X spoke to Jane Roe", "We spoke on Monday to Jane Roe", "talked by phone with Jane Roe",
# "in an interview with Jane Roe": the one who answers
_INTERVIEWED = re.compile(
    r"\b(?:spoke|speaks|talked|talks|sat\s+down)\s+(?:(?:on|last|this|by|over|earlier|"
    r"later|in)\s+[^\s,.;:]+(?:\s+[^\s,.;:]+)?\s+)?(?:to|with)\s+$|\binterview(?:ed|s)?\s+"
    r"(?:with\s+)?$", re.IGNORECASE
)


def _interviewee(sents: list[dict]) -> dict | None:
    """The claim of the person an interview is with, as its opening tells ("spoke to ..."),
    else the first person its introduction names, before the first turn, who is not its
    author ("Interview by Jan Roe. The chief negotiator, Ana Kovac, received us ...")."""
    for sent in sents:
        for m in sent["mentions"]:
            if m["kind"] == "person" and _INTERVIEWED.search(sent["text"], 0, m["rel_start"]):
                return _typed(m, None, "interview", {})
    for sent in sents:
        if _TURN.match(sent["text"]):
            break
        for m in sent["mentions"]:
            if m["kind"] == "person" and not _BY_AUTHOR.search(sent["text"], 0, m["rel_start"]):
                return _typed(m, None, "interview", {})
    return None


def _question_answers(rows: list[dict], sents: list[dict]) -> None:
    """An interview printed as questions and answers without speaker labels (its top, before
    the first question, calls it an interview; a question is a paragraph that ends with a
    question mark): the paragraphs after the first question that ask nothing are the answers
    of the person the introduction names, and what nobody else claims in them is theirs."""
    if any(row["cue"] == "turn" for row in rows):
        return  # a transcript with labels: its turns decide
    blocks: dict[int, list[int]] = {}
    for i, sent in enumerate(sents):
        if sent["block_kind"] == "paragraph":
            blocks.setdefault(sent["block_idx"], []).append(i)
    asks = {b for b, idx in blocks.items()
            if sents[idx[-1]]["text"].rstrip(" \"”’'»)").endswith("?")}
    if len(asks) < _QUESTIONS:
        return
    first = min(blocks[b][0] for b in asks)
    if not any(_cues()["interview"].search(sent["text"]) for sent in sents[:first]):
        return
    answerer = _interviewee(sents[:first])
    if answerer is None:
        return
    if answerer["claimant_type"] == "named_official" and _observer_person(
            answerer["claimant"], sents):
        answerer["claimant_type"] = "observers"
    for block, idx in blocks.items():
        if block in asks or idx[0] < first:
            continue
        for i in idx:
            if _empty(rows[i]):
                _take(rows[i], answerer, "answer")


# how many question paragraphs make a text a run of questions and answers
_QUESTIONS = 2


# "Interview by Jan Roe", "Interviewed by": the one who asks
_BY_AUTHOR = re.compile(r"\bby\s+$", re.IGNORECASE)


# a transcript's speaker label in capitals, with an optional aside: "VALE", "MR MILLER",
# "QUESTION (Petar Kolev, BTA)"
_CAPITAL_LABEL = re.compile(r"(?P<label>[A-Z][A-Z'’.-]*(?:\s+[A-Z][A-Z'’.-]*){0,3})"
                            r"(?:\s*\([^()]{1,80}\))?")


# "Two things, according to the communiqué.": a fragment that only names its source
_LEAD_IN = re.compile(r"\W*[^,;:.\"“”]{1,40},\s+according\s+to\s+[^,;:\"“”]{1,60}[.:]?\s*$",
                      re.IGNORECASE)


def _lead_ins(rows: list[dict], sents: list[dict]) -> None:
    """A fragment that announces what a document says ("Two things, according to the
    communiqué.") lends its claimant to the unattributed sentences after it in its paragraph."""
    for i, row in enumerate(rows):
        if _empty(row) or not _documentary(row) or not _LEAD_IN.fullmatch(sents[i]["text"]):
            continue
        for j in range(i + 1, len(rows)):
            if sents[j]["block_idx"] != sents[i]["block_idx"] or not _empty(rows[j]):
                break
            _take(rows[j], row, "lead-in")


# the sentences at the top of a press release where its issuer is named
_RELEASE_TOP = 8


@functools.cache
def _issued_document() -> re.Pattern[str]:
    """The words of a document an organisation issues in its own name ("press release",
    "briefing note": the `issued_documents` of the attribution lexicon)."""
    words = read_lexicon("attribution").get("issued_documents", [])
    return re.compile(rf"(?<![\w-])(?:{trie_regex(sorted(w.lower() for w in words))})(?![\w-])",
                      re.IGNORECASE)


def _release_line(rows: list[dict], sents: list[dict], heading: bool = False) -> int | None:
    """The line near the top that heads a press release ("PRESS RELEASE", "FOR IMMEDIATE
    RELEASE"), first or under a letterhead; None when there is none. With ``heading``, only a
    line that reports no speech (not "The ministry said in a press release ...", a news
    story's lead)."""
    for i, row in enumerate(rows[:_RELEASE_TOP]):
        text = sents[i]["text"]
        short = len(text.split()) <= _HEADER_WORDS and not _cues()["speech"].search(text)
        if (row["claimant_type"] == "organisation" and _issued_document().search(row["cue"] or "")
                and ((i == 0 and not heading) or short)):
            return i
    return None


# how many words a line that heads a press release may have ("Press release of the
# Ministry of Foreign Affairs of Norland")
_HEADER_WORDS = 12


def _release_issuer(rows: list[dict], sents: list[dict]) -> None:
    """A press release headed by no one ("PRESS RELEASE – FOR IMMEDIATE RELEASE") is the
    organisation's that its top names on a line of its own (its letterhead, above the heading
    or below it) or as the subject of its lead ("The Lakeford Heritage Trust today criticised
    ...")."""
    at = _release_line(rows, sents)
    if at is None or rows[at]["claimant"] is not None:
        return
    for j, sent in enumerate(sents[:_RELEASE_TOP]):
        if j == at:
            continue
        own = next((m for m in sent["mentions"] if m["kind"] == "organisation" and (
            _SUBJECT_START.fullmatch(sent["text"], 0, m["rel_start"])
            or not sent["text"][m["rel_end"]:].strip(" ()" + string.ascii_uppercase))), None)
        if own is not None:
            rows[at]["claimant"] = _name(own)
            return


def _release_sentences(rows: list[dict], sents: list[dict]) -> None:
    """The sentences of a press release whose issuer is known that nobody else claims, after
    its heading, are the issuer's (not an outlet's: a release is no news report)."""
    at = _release_line(rows, sents, heading=True)
    if at is None or rows[at]["claimant"] is None:
        return
    for j in range(at + 1, len(rows)):
        if _empty(rows[j]) and sents[j]["block_kind"] == "paragraph":
            _take(rows[j], rows[at], "release")


# what may open a sentence before its subject: "The ", "Today the "
_SUBJECT_START = re.compile(r"\W*(?:the\s+)?", re.IGNORECASE)


# "Let me read the key passage: "...", "It reads: "...": a document quoted after a colon
_READ_OUT = re.compile(r"[^\"“”:]{0,80}\b(?:read|reads|quote|quoting|passage|text|says|states)"
                       r"\b[^\"“”:]{0,30}:\s*[\"“]", re.IGNORECASE)


def _read_out(rows: list[dict], sents: list[dict]) -> None:
    """A quotation read out after a colon ("Let me read the key passage: "..."") right after
    a sentence that a document claims ("the delegations issued a joint statement") is that
    document's, not the reader's."""
    for i in range(1, len(rows)):
        if not _empty(rows[i]) or not _READ_OUT.match(sents[i]["text"]):
            continue
        before = next((j for j in (i - 1, i - 2) if j >= 0
                       and sents[j]["block_idx"] == sents[i]["block_idx"]
                       and not _empty(rows[j])), None)
        if before is not None and _documentary(rows[before]):
            _take(rows[i], rows[before], "read out")


def _before_in_block(rows: list[dict], sents: list[dict], i: int) -> list[int]:
    """Unattributed sentences right before ``i`` in its block, nearest first."""
    out = []
    for j in range(i - 1, -1, -1):
        if sents[j]["block_idx"] != sents[i]["block_idx"] or not _empty(rows[j]):
            break
        out.append(j)
    return out


def _continuations(rows: list[dict], sents: list[dict]) -> None:
    """Sentences that carry on the previous claim ("It also ...", "In addition, ...", "The
    parties also agreed ...") take it: from the paragraph, or from the sentence before the
    paragraph when that one reports a document or indirect speech."""
    cues = _cues()
    for i, row in enumerate(rows):
        sent = sents[i]
        if not _empty(row) or sent["block_kind"] != "paragraph":
            continue
        # "It will be monitored by ...": a provision of the document reported just before
        provision = _provision().match(sent["text"])
        future = not provision and _FUTURE.match(sent["text"])
        if not provision:
            unquoted = re.sub(r"[\"“«][^\"”»]*[\"”»]", " ", sent["text"])
            carried = _possible("continuation", sent["words"]) and cues["continuation"].search(
                unquoted)
            if not (carried or future):
                continue
            # (a plan in the future carries on a document's account only, without "also")
            provision = None if carried else future
        source = None
        for j in range(i - 1, -1, -1):
            if sents[j]["block_idx"] != sent["block_idx"]:
                if j == i - 1 and sents[j]["block_kind"] == "paragraph" and _indirect(rows[j]):
                    source = rows[j]
                break
            if not _empty(rows[j]):
                source = None if rows[j].get("_country") else rows[j]
                break
        if source is not None and _TEXT_SUBJECT.match(sent["text"]) and not _documentary(
                source):
            source = None  # "The text also asks ...": the writer's account of the text
        if source is not None and (not provision or _documentary(source)):
            _take(row, source, "continuation")
    # a sentence between two of one account ("X said ... . <this> . X also ...") is part of it
    for i, row in enumerate(rows):
        if not _empty(row) or sents[i]["block_kind"] != "paragraph":
            continue
        before = next((j for j in range(i - 1, -1, -1) if not _empty(rows[j])), None)
        after = next((j for j in range(i + 1, len(rows)) if not _empty(rows[j])), None)
        if (before is None or after is None
                or {sents[before]["block_idx"], sents[after]["block_idx"]}
                != {sent_block := sents[i]["block_idx"]} or sent_block is None):
            continue
        same = all(rows[before][k] == rows[after][k] for k in ("claimant", "claimant_type"))
        if same and rows[after]["cue"] == "continuation" and not rows[before].get("_country"):
            _take(row, rows[before], "continuation")


def _accounts(rows: list[dict], sents: list[dict]) -> None:
    """A source's account given by "according to" ("According to a Zelvan official who
    attended, the session lasted three hours. Vale presented a paper ...", "..., according to
    Foreign Minister Jon Vale. In that call they agreed ..."): the next sentence of the
    paragraph that names no source of its own, nor tells one was silent, goes on with it."""
    for i in range(1, len(rows)):
        prev, sent = sents[i - 1], sents[i]
        if (not _empty(rows[i]) or _empty(rows[i - 1]) or rows[i - 1].get("_country")
                or sent["block_idx"] != prev["block_idx"] or sent["block_kind"] != "paragraph"
                or not _search("according", prev["text"], prev["words"])
                or _search("silence", sent["text"], sent["words"])):
            continue  # (not "The Bureau did not comment on the proposal.")
        _take(rows[i], rows[i - 1], "continuation")


def _quotations(rows: list[dict], sents: list[dict], text: str) -> None:
    """A quotation over several sentences belongs to whoever its tag names ("...," the
    document states), also where a quoted sentence names a speaker of its own."""
    bounds = [(s["start_char"], s["end_char"]) for s in sents]
    for open_at, close_at, group in _quote_groups(text, bounds):
        tag = None
        last, first = group[-1], group[0]
        tail = sents[last]["text"][close_at - sents[last]["start_char"] + 1 :]
        head = sents[first]["text"][: max(0, open_at - sents[first]["start_char"])]
        for i, part in ((last, tail), (first, head)):
            cue = rows[i]["cue"]
            if not _empty(rows[i]) and cue and cue.lower() in part.lower():
                tag = rows[i]
                break
        known = [rows[i] for i in group if not _empty(rows[i])]
        if tag is None and not known:
            continue
        source = tag or known[-1]
        if tag is not None and not _opens_and_closes(text, open_at, close_at):
            tag = None  # marks paired out of step: fill the gaps only
        for i in group:
            s, e = bounds[i]
            inside = s >= open_at and e <= close_at + 1
            if _empty(rows[i]) or (tag is not None and inside and rows[i] is not tag):
                _take(rows[i], source, "quotation")


_WHOLE_QUOTE = re.compile(r"^\s*[\"“«][^\"“”«»]+[\"”»]\s*$")


def _quote_runs(rows: list[dict], sents: list[dict]) -> None:
    """A sentence that is one whole quotation, with no tag, right after a quoted sentence
    of a speaker in the same paragraph ('"...," X said. "..."') is X's too."""
    for i in range(1, len(rows)):
        prev, sent = sents[i - 1], sents[i]
        if (not _empty(rows[i]) or _empty(rows[i - 1]) or sent["block_idx"] != prev["block_idx"]
                or sent["block_kind"] != "paragraph"):
            continue
        if _QUOTE.search(prev["text"]) and _WHOLE_QUOTE.match(sent["text"]):
            _take(rows[i], rows[i - 1], "quotation")


# the sentences (from the top) where an opinion piece is signed, and how long a signature is
_SIGNED_SENTENCES = 8
_SIGNATURE_WORDS = 14
_BY = re.compile(r"\W*(?:By\s+)?")
# "Posted by Jane Roe, policy lead, Reef Justice Network": the author of a blog post
_POSTED_BY = re.compile(r"\W*(?:Posted|Written|Blogged)\s+by\s+(?P<name>[A-Z][\w'’.-]*"
                        r"(?:\s+[A-Z][\w'’.-]*){1,3})\s*(?:,\s*(?P<role>.*))?$")


def _author_narration(rows: list[dict], sents: list[dict]) -> None:
    """An opinion piece signed near its top by an outside observer ("By Jane Roe, Senior
    Fellow, ...", or the name alone on a line, with "The author is a professor at ..." at
    the end), or a blog post by someone who holds no office and does not report for an
    outlet ("Posted by Jane Roe, policy lead, Reef Justice Network"): the sentences nobody
    else claims are the author's, an observer's."""
    note = next((s["text"] for s in sents if _AUTHOR_NOTE.match(s["text"])), "")
    for i, sent in enumerate(sents[:_SIGNED_SENTENCES]):
        persons = [m for m in sent["mentions"] if m["kind"] == "person"]
        text = sent["text"]
        posted = _POSTED_BY.match(text.strip())
        if posted and len(text.split()) <= _SIGNATURE_WORDS:
            role = posted.group("role") or ""
            if _roles()["word"].search(role) or _cues()["media_role"].search(role):
                return
            name = next((m["norm"] for m in persons if m["rel_start"] >= posted.start("name")),
                        posted.group("name"))
            _author_claims(rows, sents, i, _claim(name, "observers", None, None), note)
            return
        if (not persons or not _BY.fullmatch(text[: persons[0]["rel_start"]])
                or len(text.split()) > _SIGNATURE_WORDS or _cues()["speech"].search(text)):
            continue
        author = persons[0]
        role = author["role"] if isinstance(author["role"], str) else ""
        # (or the line at the foot that opens with the author: "Jane Roe is a senior fellow
        # at ...")
        note = note or _author_bio(sents[i + 1 :], author["norm"])
        if not _cues()["observer_role"].search(f"{role}\n{text}\n{note}"):
            return
        _author_claims(rows, sents, i, _claim(author["norm"], "observers", None, None), note)
        return


# what follows the author's name in the line that says who they are
_IS_A = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s")


def _author_bio(sents: list[dict], author: object) -> str:
    """The sentence that opens with ``author`` and says what they are ("Jane Roe is a senior
    fellow at ..."), the last one; "" when there is none."""
    if not isinstance(author, str):
        return ""
    for sent in reversed(sents):
        text = sent["text"].lstrip(_OPENING_MARKS)
        if text.startswith(author) and _IS_A.match(text, len(author)):
            return sent["text"]
    return ""


def _author_claims(rows: list[dict], sents: list[dict], signed: int, claim: dict,
                   note: str) -> None:
    """The author's ``claim`` for each sentence after the signature (``signed``) that nobody
    else claims, the author's note aside."""
    for j, row in enumerate(rows):
        if j > signed and _empty(row) and sents[j]["text"] != note:
            _take(row, claim, "author")


# the line under a letter's signature: where its writer lives or what they were
# ("Velm, Norland", "Former ambassador, Lisk"), a few words with a comma
_SIGNED_FROM = re.compile(r"[^.!?:;\"“”]{1,60},[^.!?:;\"“”]{1,60}")


def _letter_writers(rows: list[dict], sents: list[dict]) -> None:
    """Letters signed at their foot (a paragraph that is only a person's name, then a line of
    where they write from: "Jane Roe / Velm, Norland"): the sentences of each letter, back to
    the signature before, that nobody else claims are its writer's, an observer's, unless the
    line under the name gives an office they hold ("Foreign Minister, Norland")."""
    top = 0
    for i, sent in enumerate(sents[:-1]):
        text = sent["text"].strip()
        persons = [m for m in sent["mentions"] if m["kind"] == "person"]
        below = sents[i + 1]["text"].strip()
        if not (len(persons) == 1 and persons[0]["rel_end"] - persons[0]["rel_start"]
                == len(text) and (i == 0 or sents[i - 1]["block_idx"] != sent["block_idx"])
                and _SIGNED_FROM.fullmatch(below) and len(below.split()) <= _SIGNATURE_WORDS):
            continue
        if not _roles()["word"].search(below) or _roles()["former"].search(below):
            claim = _claim(persons[0]["norm"], "observers", None, None)
            for j in range(top, i):
                if _empty(rows[j]) and sents[j]["block_kind"] == "paragraph":
                    _take(rows[j], claim, "letter")
        top = i + 2


_MEMO_FIELD = re.compile(r"\s*(?P<field>FROM|SUBJECT|SUBJ)\s*:", re.IGNORECASE)


def _memo_sender(rows: list[dict], sents: list[dict]) -> None:
    """A memo or a cable with a header ("FROM: <body>" and "SUBJECT: ..."): the sentences of
    its body that nobody else claims are its sender's; an observer's when the subject names
    no state of the sender's own (an embassy reporting on two others' talks), else the
    body's."""
    fields = {}
    for i, sent in enumerate(sents):
        if m := _MEMO_FIELD.match(sent["text"]):
            fields.setdefault(m.group("field").upper()[:4], i)
    if "FROM" not in fields or "SUBJ" not in fields:
        return
    sender = next((m for m in sents[fields["FROM"]]["mentions"] if m["kind"] == "organisation"),
                  None)
    if sender is None:
        return
    subject = {m["norm"] for m in sents[fields["SUBJ"]]["mentions"] if m["kind"] == "country"}
    own = sender.get("country") in subject
    claim = _claim(sender["norm"], "organisation" if own else "observers", None, None)
    for j in range(max(fields.values()) + 1, len(rows)):
        if _empty(rows[j]) and sents[j]["block_kind"] == "paragraph":
            _take(rows[j], claim, "memo")


def _observer_bodies(rows: list[dict], sents: list[dict]) -> None:
    """The claims of a think tank, an institute or a foundation (see _observer_body) are an
    observer's; so is all that nobody else claims in the press statement one of them issues."""
    bodies = {m["norm"] for sent in sents for m in sent["mentions"]
              if _observer_body(m, sent["mentions"])}
    bodies -= {m["norm"] for sent in sents for m in sent["mentions"]
               if m["norm"] in bodies and not _observer_body(m, sent["mentions"])}
    if not bodies:
        return
    for row in rows:
        if (row["claimant_type"] == "organisation" and row["claimant"] in bodies
                and not row.get("_staff")):
            row["claimant_type"] = "observers"
    if rows[0]["claimant"] in bodies and _issued_document().search(rows[0]["cue"] or ""):
        for row in rows[1:]:
            if _empty(row):
                _take(row, rows[0], "release")


# "Remarks by Foreign Minister Jane Roe at ...", "Speech delivered by ...": a speech's text;
# "Delivered on 3 May 2026 by Jane Roe MP, ...": the line under a speech's title that names
# its speaker and the day
_SPEECH_BY = re.compile(r"\W*(?:(?:(?:opening|closing|keynote)\s+)?(?:remarks|speech|address|"
                        r"statement|intervention)\s+(?:delivered\s+|given\s+|made\s+)?|"
                        r"(?:delivered|given)\s+(?:on\s+[^,;:\n]{1,40}?\s+)?)by\s",
                        re.IGNORECASE)


def _speech_giver(rows: list[dict], sents: list[dict]) -> None:
    """A speech introduced at its top ("Remarks by Foreign Minister Jane Roe at the signing
    ..."): the sentences nobody else claims are the speaker's."""
    for i, sent in enumerate(sents[:_RELEASE_TOP]):
        by = _SPEECH_BY.match(sent["text"])
        speaker = by and next((m for m in sent["mentions"] if m["kind"] == "person"), None)
        if speaker is None:
            continue
        claim = _claim(speaker["norm"], _person_type(speaker["role"]), None, None)
        for j in range(i + 1, len(rows)):
            if _empty(rows[j]):
                _take(rows[j], claim, "speech")
        return


# "Report of the Envoy on the talks in Velm", "Annual report by the Board of the Lisk
# Commission": a report's title line, which names the office that writes it
_REPORT_OF = re.compile(
    r"\W*(?:[\w-]+\s+){0,2}?(?i:report)\s+(?:of|by)\s+the\s+(?P<issuer>[A-Z][^,;:.()\"“”]{1,60}?)"
    r"(?=\s+(?:on|to|for|about|regarding|concerning)\s|\W*$)"
)
# how many words a report's title line may have
_TITLE_WORDS = 16


def _report_author(rows: list[dict], sents: list[dict]) -> None:
    """A report whose title line near the top names its author ("Report of the Envoy on
    ..."): the sentences after it that nobody else claims are the
    author's, an office's (an organisation: it writes in the first person for its body)."""
    for i, sent in enumerate(sents[:_RELEASE_TOP]):
        title = _REPORT_OF.match(sent["text"])
        if title is None or len(sent["text"].split()) > _TITLE_WORDS:
            continue
        inside = [m for m in sent["mentions"] if title.start("issuer") <= m["rel_start"]
                  < title.end("issuer") and m["kind"] in ("organisation", "country")]
        claim = _claim(_name(inside[0]) if inside else title.group("issuer"), "organisation",
                       None, None)
        for j in range(i + 1, len(rows)):
            if _empty(rows[j]) and sents[j]["block_kind"] == "paragraph":
                _take(rows[j], claim, "report")
        return


# a heading over the text of a document both sides signed: "Agreed minutes of the third
# session", "Joint communiqué", "Agreed record of discussions"
_JOINT_HEADING = re.compile(r"\b(?:minutes|record\s+of\s+(?:the\s+)?discussions?|agreed\s+record|"
                            r"joint\s+(?:statement|communiqu[eé]|declaration|press\s+release)|"
                            r"final\s+communiqu[eé])\b", re.IGNORECASE)
# a body of both sides ("the Joint Committee noted"): in their minutes, the minutes' word
_JOINT_BODY = re.compile(r"\b(?:joint|binational|bilateral|mixed|intergovernmental)\b",
                         re.IGNORECASE)


def _joint_sections(rows: list[dict], sents: list[dict]) -> None:
    """The sentences under a heading that names minutes or a joint statement, up to the next
    heading, that nobody else claims (or that the joint body claims) are the joint text's."""
    joint = False
    claim = _claim("joint statement", "joint_statement", None, None)
    for row, sent in zip(rows, sents, strict=True):
        if sent["block_kind"] == "heading":
            joint = bool(_JOINT_HEADING.search(sent["text"])
                         or _cues()["joint_issued"].search(sent["text"]))
        elif joint and (_empty(row) or (
                row["claimant_type"] == "organisation" and isinstance(row["claimant"], str)
                and _JOINT_BODY.search(row["claimant"]))):
            _take(row, claim, "minutes")


def _opens_and_closes(text: str, open_at: int, close_at: int) -> bool:
    """The two marks read as the start and the end of one quotation."""
    opens = text[open_at] in "\"“«„" and (open_at == 0 or not text[open_at - 1].isalnum())
    after = text[close_at + 1 : close_at + 2]
    closes = text[close_at] in "\"”»" and not (after.isalnum())
    return opens and closes and not text[open_at + 1 : open_at + 2].isspace()


def attribute_sentences(
    articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Say who makes the claim of each sentence, and whether it is hedged.

    Reported speech ("X said", "according to X", "X told the publication", "he added", "it
    added"), chains ("RBC-Ukraine said, citing unnamed sources": an anonymous source relayed by
    the outlet), statements ("the statement said", "in a joint statement"), collective
    claimants ("Journalists report", "Observers note") are recognised, then the context of
    the sentence: quotations that run over several sentences (the tag decides), quotations
    without quote marks closed by "— said X" or by a bare name line, back references ("X
    reported this") and sentences that carry on the previous claim ("It also ...", "In
    addition, ..."); the unattributed sentences of a speech are its speaker's, those under a
    heading of minutes or of a joint statement the joint text's, and those of a think tank's
    press statement the think tank's (an observer's). Cue phrases come from the
    ``attribution`` lexicon.

    Returns
    -------
    DataFrame
        One row per sentence with columns ``doc_id``, ``sentence_idx``, ``claimant`` (name of
        the person, outlet, organisation or the cue phrase for anonymous and collective
        claimants; None when the text does not say), ``claimant_type`` (named_official,
        anonymous_source, media, observers, joint_statement, organisation, or None),
        ``via`` (the outlet relaying an anonymous or cited source), ``hedged`` (bool: "may",
        "might", "expected to", "hope", "reportedly", "allegedly"...; not a plain "would" or
        "could"), ``cue`` (the words that decided the claimant: "quotation", "signature",
        "this" and "continuation" when the context did).
    """
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    mention_groups = _records_by_doc(mentions)
    sent_columns = {c: _column_values(sentences[c]) for c in _SENTENCE_KEYS
                    if c in sentences.columns}
    n_sents = len(sentences)
    block_kinds = sent_columns.get("block_kind") or ["paragraph"] * n_sents
    block_idxs = sent_columns.get("block_idx") or [0] * n_sents
    idx, sent_texts = sent_columns.get("sentence_idx"), sent_columns.get("text")
    sent_starts, sent_ends = sent_columns.get("start_char"), sent_columns.get("end_char")
    rows: list[dict] = []
    for doc_id, positions in _groups(sent_columns["doc_id"] if n_sents else []).items():
        text = texts.get(doc_id, "")
        records = mention_groups.get(doc_id, [])
        order = sorted(range(len(records)), key=lambda n: records[n]["start_char"])
        starts = [records[n]["start_char"] for n in order]
        state: dict = {}
        subject = None  # (block, person) who opens the sentence before, claiming nothing
        insider = None  # (block, claim) of one unnamed insider who claims the sentence before
        doc_rows, doc_sents = [], []
        for p in _by_sentence_idx(sentences, idx, positions):
            sentence, s_start, s_end = sent_texts[p], sent_starts[p], sent_ends[p]
            lo = bisect_left(starts, s_start)
            hi = bisect_left(starts, s_end, lo) if s_end > s_start else lo
            inside = []
            for n in sorted(order[lo:hi]) if hi - lo > 1 else order[lo:hi]:
                m = records[n]
                inside.append({**m, "rel_start": m["start_char"] - s_start,
                               "rel_end": m["end_char"] - s_start})
            words = _words(sentence)
            state["subject"] = subject[1] if subject and subject[0] == block_idxs[p] else None
            state["insider"] = insider[1] if insider and insider[0] == block_idxs[p] else None
            claim = _attribute(sentence, inside, state, words)
            subject = None if claim["claimant_type"] else (block_idxs[p], _subject(sentence, inside))
            later = state.pop("clause_insider", None)
            insider = ((block_idxs[p], claim) if _one_insider(claim)
                       else (block_idxs[p], later) if later else None)
            for m in inside:
                if m["kind"] == "person":
                    state["last_person"] = m["norm"]
                    role = m["role"] if isinstance(m["role"], str) else None
                    state.setdefault("roles", []).append((m["norm"], role))
                    if nation := _nation_before(sentence, m, inside):
                        state.setdefault("nations", {})[m["norm"]] = nation["norm"]
                elif m["kind"] == "organisation":
                    state.setdefault("orgs", []).append(m["norm"])
            media = [m for m in inside if m["kind"] == "media"]
            if media:
                state["media"] = media[-1]["norm"]
            for key, types in (("it", _IT_TYPES), ("they", _THEY_TYPES)):
                if claim["claimant_type"] in types:
                    state[key] = {k: claim[k] for k in _CLAIM_KEYS}
            if not claim["claimant_type"] and media and _SUBJECT_START.fullmatch(
                    sentence, 0, media[0]["rel_start"]):
                # "Zelva Daily was unimpressed. In a leader it wrote ...": the outlet
                state["it"] = _claim(media[0]["norm"], "media", None, None)
            doc_rows.append({
                "doc_id": doc_id, "sentence_idx": idx[p], **claim,
                "hedged": _hedged(sentence, words),
            })
            doc_sents.append({"text": sentence, "start_char": s_start, "end_char": s_end,
                              "block_kind": block_kinds[p], "block_idx": block_idxs[p],
                              "mentions": inside, "words": words})
        _quotations(doc_rows, doc_sents, text)
        _back_references(doc_rows, doc_sents)
        _unmarked_quotes(doc_rows, doc_sents)
        _read_out(doc_rows, doc_sents)
        _speaker_turns(doc_rows, doc_sents)
        _lead_ins(doc_rows, doc_sents)
        _release_issuer(doc_rows, doc_sents)
        _continuations(doc_rows, doc_sents)
        _accounts(doc_rows, doc_sents)
        _quote_runs(doc_rows, doc_sents)
        _author_narration(doc_rows, doc_sents)
        _letter_writers(doc_rows, doc_sents)
        _memo_sender(doc_rows, doc_sents)
        _speech_giver(doc_rows, doc_sents)
        _report_author(doc_rows, doc_sents)
        _question_answers(doc_rows, doc_sents)
        _joint_sections(doc_rows, doc_sents)
        _observer_bodies(doc_rows, doc_sents)
        _release_sentences(doc_rows, doc_sents)
        rows += doc_rows
    if rows:
        frame = pd.DataFrame({c: [row[c] for row in rows] for c in CLAIM_COLUMNS})
    else:
        frame = pd.DataFrame([], columns=list(CLAIM_COLUMNS))
    frame["hedged"] = frame["hedged"].astype(bool)
    return frame


# The columns of a mention that attribution reads.
_MENTION_KEYS = ("kind", "norm", "role", "start_char", "end_char", "country")
_SENTENCE_KEYS = ("doc_id", "sentence_idx", "start_char", "end_char", "text", "block_kind",
                  "block_idx")


def _groups(keys: list) -> dict:
    """Positions of each key in order of first appearance, missing keys left out (as
    ``groupby(sort=False)`` groups them)."""
    groups: dict = {}
    for p, key in enumerate(keys):
        positions = groups.get(key)
        if positions is None:
            groups[key] = [p]
        else:
            positions.append(p)
    return {key: positions for key, positions in groups.items() if not _missing(key)}


def _by_sentence_idx(sentences: pd.DataFrame, idx: list, positions: list[int]) -> list[int]:
    """``positions`` in the order of ``sort_values("sentence_idx")`` on their rows."""
    values = [idx[p] for p in positions]
    try:
        if all(a < b for a, b in zip(values, values[1:], strict=False)):
            return positions  # already in order: every sort leaves it so
    except TypeError:  # NA
        pass
    sub = sentences[["sentence_idx"]].iloc[positions].reset_index(drop=True)
    return [positions[n] for n in sub.sort_values("sentence_idx").index]


def _records_by_doc(mentions: pd.DataFrame) -> dict[object, list[dict]]:
    """``doc_id -> [mention record, ...]`` in frame order, read column-wise once."""
    if not len(mentions):
        return {}
    names = [c for c in _MENTION_KEYS if c in mentions.columns]
    values = [_column_values(mentions[c]) for c in names]
    records = [dict(zip(names, row, strict=True)) for row in zip(*values, strict=True)]
    doc_ids = _column_values(mentions["doc_id"])
    return {doc_id: [records[p] for p in positions]
            for doc_id, positions in _groups(doc_ids).items()}
