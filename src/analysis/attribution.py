"""Attribute each sentence to whoever the article says is making the claim in it."""

from __future__ import annotations

import functools
import re

import pandas as pd

from .lexicon import read_lexicon
from .tagging import _trie_regex, country_name

__all__ = ["CLAIM_COLUMNS", "CLAIMANT_TYPES", "attribute_sentences"]

CLAIM_COLUMNS = ("doc_id", "sentence_idx", "claimant", "claimant_type", "via", "hedged", "cue")
CLAIMANT_TYPES = (
    "named_official", "anonymous_source", "media", "observers", "joint_statement", "organisation",
)
# How far (characters) a speech verb may stand from the name it belongs to.
_SPEECH_WINDOW = 60
_PRONOUN_SPEECH = r"\b(?:he|she)\s+(?:also\s+|further\s+|then\s+|later\s+)?(?:{verbs})\b"
_ACCORDING_PRONOUN = r"\baccording\s+to\s+(?:him|her)\b"
_ROLE_SUBJECT = (
    r"\b(?:the\s+)?(?:minister|official|head\s+of\s+the\s+delegation|chief\s+delegate|"
    r"chief\s+negotiator|president|envoy|spokesman|spokeswoman|spokesperson|diplomat|"
    r"negotiator|ambassador|adviser|advisor|aide)\s+(?:also\s+|further\s+|then\s+)?(?:{verbs})\b"
)
_QUOTE = re.compile(r"[\"“”«»]")
_ROLE_WORDS = (
    r"(?:minister|official|president|envoy|spokes(?:man|woman|person)|diplomat|negotiator|"
    r"ambassador|advis[eo]r|aide|delegate|head\s+of\s+the(?:\s+\w+)?\s+delegation|"
    r"secretary|chancellor|premier|mediator|chief\s+delegate|chief\s+negotiator)"
)
_ROLE_AFTER_ACCORDING = re.compile(
    rf"\s+(?:the|a|an|his|her|their|our)\s+(?:[\w-]+\s+){{0,3}}?{_ROLE_WORDS}\b", re.IGNORECASE
)
_PASSIVE = re.compile(
    r"\b(?:was|were|has\s+been|had\s+been)\s+(?:stated|said|announced|reported|noted|"
    r"confirmed|declared)\b[^.;]{0,80}?\bby\b",
    re.IGNORECASE,
)
_SPECIFIC_ROLE = re.compile(
    r"\b(?P<phrase>(?:the\s+)?head\s+of\s+the\s+[A-Z]\w+\s+delegation)\s+(?:also\s+)?"
    r"(?:said|stated|noted|added|told|announced|pointed\s+out|confirmed|stressed|remarked)\b",
    re.IGNORECASE,
)
_STATEMENT_CUE = re.compile(r"statement|document|communiqu|readout", re.IGNORECASE)


@functools.cache
def _cues() -> dict[str, re.Pattern]:
    lex = read_lexicon("attribution")

    def alternation(words: list[str]) -> str:
        return _trie_regex(sorted({w.lower() for w in words}))

    verbs = alternation(lex["speech_verbs"])
    cues = {
        item["claimant_type"]: re.compile(
            rf"(?<![\w-])(?:{alternation(item['patterns'])})(?![\w-])", re.IGNORECASE
        )
        for item in lex["entries"]
    }
    return {
        **cues,
        # Lower case only: "the United States" holds no speech verb.
        "speech": re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])"),
        "hedge": re.compile(
            rf"(?<![\w-])(?:{alternation(lex['hedges'])})(?![\w-])", re.IGNORECASE
        ),
        "pronoun": re.compile(_PRONOUN_SPEECH.format(verbs=verbs), re.IGNORECASE),
        "according_pronoun": re.compile(_ACCORDING_PRONOUN, re.IGNORECASE),
        "role_subject": re.compile(_ROLE_SUBJECT.format(verbs=verbs), re.IGNORECASE),
        "according": re.compile(r"\baccording\s+to\b", re.IGNORECASE),
        "citing": re.compile(r"\bciting\b", re.IGNORECASE),
        "publication": re.compile(
            r"\b(?:the|this)\s+(?:publication|outlet|newspaper|agency|broadcaster|channel)\b",
            re.IGNORECASE,
        ),
    }


def _name(mention) -> str:
    if mention["kind"] == "country":
        return country_name(mention["norm"])
    return mention["norm"]


def _speaks(sentence: str, mention: dict) -> re.Match | None:
    """The speech verb that makes ``mention`` a speaker ("X said", "said X", "X, who ..., told")."""
    cues = _cues()
    start, end = mention["rel_start"], mention["rel_end"]
    after = sentence[end : end + _SPEECH_WINDOW]
    verb = cues["speech"].search(after)
    if verb and not re.search(r"[.;:\"“”]", after[: verb.start()]) and not verb.group().lower(
    ).startswith("according"):
        gap = after[: verb.start()]
        # "X said", "X has told", "X, who heads the team, said", not "X and Y discussed ... said"
        if len(gap.split()) <= 3 or gap.lstrip().startswith(","):
            return verb
    before = sentence[max(0, start - 25) : start]
    verb = re.search(r"(?:said|stated|told|noted|added|says|wrote)\s*$", before, re.IGNORECASE)
    if verb:
        return verb
    return None


def _attribute(sentence: str, mentions: list[dict], state: dict) -> dict:
    """Claimant of one sentence; ``state`` carries the last named speaker, outlet and issuer."""
    cues = _cues()
    media = [m for m in mentions if m["kind"] == "media"]
    last_media = media[-1]["norm"] if media else state.get("media")

    citing = cues["citing"].search(sentence)
    if citing:
        tail = sentence[citing.end() :]
        anon = cues["anonymous_source"].search(tail)
        relayer = next((m["norm"] for m in media if m["rel_end"] <= citing.start()), last_media)
        if anon and anon.start() < 40:
            return _claim(anon.group(), "anonymous_source", relayer, citing.group() + " "
                          + anon.group())
        cited = [m for m in mentions if m["rel_start"] >= citing.end()]
        if cited:
            return _typed(cited[0], relayer, "citing", state)
    anon = cues["anonymous_source"].search(sentence)
    if anon and (cues["speech"].search(sentence) or cues["according"].search(sentence)):
        via = last_media if (cues["publication"].search(sentence) or media
                             or state.get("media")) else None
        return _claim(anon.group(), "anonymous_source", via, anon.group())
    joint = cues["joint_statement"].search(sentence)
    if joint:
        state["joint"] = True
        return _claim("joint statement", "joint_statement", None, joint.group())
    passive = _PASSIVE.search(sentence)
    if passive:
        by = [m for m in mentions if m["kind"] == "person" and m["rel_start"] >= passive.end()]
        if by:
            return _typed(by[0], None, passive.group(), state)
    according = cues["according"].search(sentence)
    if according:
        speaker = state.get("named") or state.get("last_person")
        if cues["according_pronoun"].match(sentence, according.start()) and speaker:
            state["named"] = speaker
            return _claim(speaker, "named_official", None, "according to him")
        org_cue = cues["organisation"].match(sentence, according.start())
        role = _ROLE_AFTER_ACCORDING.match(sentence, according.end())
        if role and not org_cue:
            return _claim(_by_role(role.group(), state), "named_official", None,
                          according.group() + role.group())
        after = [m for m in mentions if m["rel_start"] >= according.end()
                 and m["kind"] in ("person", "media", "organisation", "country")]
        if org_cue:
            if state.get("joint") and _STATEMENT_CUE.search(org_cue.group()):
                return _claim("joint statement", "joint_statement", None, org_cue.group())
            issuer = next((m for m in after if m["kind"] == "organisation"), None)
            name = issuer["norm"] if issuer else state.get("issuer")
            if issuer:
                state["issuer"] = issuer["norm"]
            return _claim(name, "organisation", None, org_cue.group())
        if after and after[0]["rel_start"] - according.end() < 40:
            return _typed(after[0], None, according.group(), state)
    for mention in mentions:
        if mention["kind"] == "person" and (verb := _speaks(sentence, mention)):
            return _typed(mention, None, verb.group(), state)
    specific = _SPECIFIC_ROLE.search(sentence)
    if specific:
        return _claim(_by_role(specific.group("phrase"), state), "named_official", None,
                      specific.group())
    org_cue = cues["organisation"].search(sentence)
    if org_cue:
        if state.get("joint") and _STATEMENT_CUE.search(org_cue.group()):
            return _claim("joint statement", "joint_statement", None, org_cue.group())
        issuer = next((m for m in mentions if m["kind"] == "organisation"), None)
        name = issuer["norm"] if issuer else state.get("issuer")
        if issuer:
            state["issuer"] = issuer["norm"]
        return _claim(name, "organisation", None, org_cue.group())
    for kind in ("media", "organisation", "country"):
        for mention in mentions:
            if mention["kind"] == kind and (verb := _speaks(sentence, mention)):
                return _typed(mention, None, verb.group(), state)
    for key in ("pronoun", "role_subject"):
        hit = cues[key].search(sentence)
        if hit and state.get("named"):
            return _claim(state["named"], "named_official", None, hit.group())
    hit = cues["media"].search(sentence)
    if hit:
        return _claim("journalists" if "journalist" in hit.group().lower() else last_media
                      or hit.group(), "media", None, hit.group())
    hit = cues["observers"].search(sentence)
    if hit and cues["speech"].search(sentence):
        return _claim(hit.group().split()[-1].lower() if "according" in hit.group().lower()
                      else hit.group().split()[0].lower(), "observers", None, hit.group())
    return _claim(None, None, None, None)


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


def _typed(mention: dict, via: str | None, cue: str, state: dict) -> dict:
    kind = mention["kind"]
    if kind == "person":
        state["named"] = mention["norm"]
        return _claim(mention["norm"], "named_official", via, cue)
    if kind == "media":
        return _claim(mention["norm"], "media", via, cue)
    state["issuer"] = _name(mention)
    return _claim(_name(mention), "organisation", via, cue)


def _claim(claimant, claimant_type, via, cue) -> dict:
    return {"claimant": claimant, "claimant_type": claimant_type, "via": via, "cue": cue}


def _quote_groups(text: str, sentences: list[tuple[int, int]]) -> list[list[int]]:
    """Indices of sentences that one quotation spans, when it spans more than one."""
    groups = []
    marks = [m.start() for m in _QUOTE.finditer(text)]
    for open_at, close_at in zip(marks[::2], marks[1::2], strict=False):
        inside = [i for i, (s, e) in enumerate(sentences) if s <= close_at and e > open_at]
        if len(inside) > 1:
            groups.append(inside)
    return groups


def attribute_sentences(
    articles: pd.DataFrame, sentences: pd.DataFrame, mentions: pd.DataFrame
) -> pd.DataFrame:
    """Say who makes the claim of each sentence, and whether it is hedged.

    Reported speech ("X said", "according to X", "X told the publication"), chains ("RBC-Ukraine
    said, citing unnamed sources": an anonymous source relayed by the outlet), statements
    ("the statement said", "in a joint statement"), collective claimants ("Journalists
    report", "Observers note") and quotations that run over several sentences are recognised;
    cue phrases come from the ``attribution`` lexicon.

    Returns
    -------
    DataFrame
        One row per sentence with columns ``doc_id``, ``sentence_idx``, ``claimant`` (name of
        the person, outlet, organisation or the cue phrase for anonymous and collective
        claimants; None when the text does not say), ``claimant_type`` (named_official,
        anonymous_source, media, observers, joint_statement, organisation, or None),
        ``via`` (the outlet relaying an anonymous or cited source), ``hedged`` (bool: a modal
        verb, "expected to", "hope", "reportedly", "allegedly"...), ``cue`` (the words that
        decided the claimant).
    """
    cues = _cues()
    rows = []
    mention_groups = {d: g for d, g in mentions.groupby("doc_id", sort=False)}
    texts = dict(zip(articles["doc_id"], articles["text"], strict=True))
    for doc_id, sents in sentences.groupby("doc_id", sort=False):
        text = texts.get(doc_id, "")
        doc_mentions = mention_groups.get(doc_id)
        records = doc_mentions.to_dict("records") if doc_mentions is not None else []
        state: dict = {}
        doc_rows = []
        sents = sents.sort_values("sentence_idx")
        for sent in sents.itertuples(index=False):
            inside = []
            for m in records:
                if sent.start_char <= m["start_char"] < sent.end_char:
                    inside.append({**m, "rel_start": m["start_char"] - sent.start_char,
                                   "rel_end": m["end_char"] - sent.start_char})
            claim = _attribute(sent.text, inside, state)
            for m in inside:
                if m["kind"] == "person":
                    state["last_person"] = m["norm"]
                    role = m["role"] if isinstance(m["role"], str) else None
                    state.setdefault("roles", []).append((m["norm"], role))
            if inside and any(m["kind"] == "media" for m in inside):
                state["media"] = [m for m in inside if m["kind"] == "media"][-1]["norm"]
            doc_rows.append({
                "doc_id": doc_id, "sentence_idx": sent.sentence_idx, **claim,
                "hedged": bool(cues["hedge"].search(sent.text)),
            })
        bounds = list(zip(sents["start_char"], sents["end_char"], strict=True))
        for group in _quote_groups(text, bounds):
            known = [doc_rows[i] for i in group if doc_rows[i]["claimant_type"]]
            if not known:
                continue
            for i in group:
                if not doc_rows[i]["claimant_type"]:
                    doc_rows[i].update({k: known[-1][k] for k in
                                        ("claimant", "claimant_type", "via")}, cue="quotation")
        rows += doc_rows
    frame = pd.DataFrame(rows, columns=list(CLAIM_COLUMNS))
    frame["hedged"] = frame["hedged"].astype(bool)
    return frame
