"""Tests for analysis.attribution: who makes the claim of each sentence."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from analysis.attribution import CLAIM_COLUMNS, attribute_sentences
from analysis.seeds import load_seeds
from analysis.sentences import split_sentences
from analysis.tagging import tag_articles

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3b9b93f1f23eb8a6.txt"


def _claims(text: str) -> pd.DataFrame:
    articles = pd.DataFrame({"doc_id": ["d"], "text": [text], "title": [""]})
    sentences = split_sentences(articles)
    return attribute_sentences(articles, sentences, tag_articles(articles, sentences))


@pytest.fixture(scope="module")
def seed_claims():
    articles = load_seeds(SEED.parent).articles
    articles = articles[articles["doc_id"] == SEED.stem].reset_index(drop=True)
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    return claims.merge(sentences[["sentence_idx", "text"]], on="sentence_idx")


def _row(claims: pd.DataFrame, starts: str) -> tuple:
    row = claims[claims["text"].str.startswith(starts)].iloc[0]
    return row["claimant"], row["claimant_type"], row["via"]


def test_columns(seed_claims):
    assert tuple(seed_claims.columns[:-1]) == CLAIM_COLUMNS
    assert seed_claims["sentence_idx"].tolist() == list(range(len(seed_claims)))


@pytest.mark.parametrize(
    "starts, expected",
    [
        ("Russia and Ukraine made progress", ("unnamed sources", "anonymous_source",
                                              "RBC-Ukraine")),
        ("Journalists report", ("journalists", "media", None)),
        ("Observers note", ("observers", "observers", None)),
        ('"We discussed', ("a source", "anonymous_source", "RBC-Ukraine")),
        ("The UAE leadership expects", ("United Arab Emirates Ministry of Foreign Affairs",
                                        "organisation", None)),
        ('"The Ministry emphasizes', ("United Arab Emirates Ministry of Foreign Affairs",
                                      "organisation", None)),
    ],
    ids=["citing-unnamed", "journalists", "observers", "source-told", "official-statement",
         "statement-said"],
)
def test_seed(seed_claims, starts, expected):
    claimant, ctype, via = _row(seed_claims, starts)
    assert (claimant, ctype, None if pd.isna(via) else via) == expected


@pytest.mark.parametrize(
    "text, claimant, ctype, hedged",
    [
        ("Pashinyan, the Armenian Prime Minister, arrived. Nikol Pashinyan told reporters "
         "that the border would be demarcated.", "Nikol Pashinyan", "named_official", True),
        ("In a joint statement, Qatar and Egypt urged both sides to return to talks.",
         "joint statement", "joint_statement", False),
        ("Al Jazeera reported, citing diplomatic sources, that the talks in Jeddah resumed.",
         "diplomatic sources", "anonymous_source", False),
        ("According to Axios, the deal is reportedly close.", "Axios", "media", True),
        ("Analysts say a ceasefire is unlikely.", "analysts", "observers", True),
        ("The Kremlin said the meeting went well.", "Kremlin", "organisation", False),
        ("The talks ended on Friday.", None, None, False),
    ],
    ids=["named", "joint", "chain", "according-media", "analysts", "institution", "none"],
)
def test_last_sentence(text, claimant, ctype, hedged):
    last = _claims(text).iloc[-1]
    got = (None if pd.isna(last["claimant"]) else last["claimant"],
           None if pd.isna(last["claimant_type"]) else last["claimant_type"], last["hedged"])
    assert got == (claimant, ctype, hedged)


def test_quote_then_pronoun():
    text = ('Defense Minister Rustem Umerov spoke after the talks. "We agreed on an exchange. '
            'The next step is a meeting of leaders," Umerov said. He added that more talks '
            "would follow.")
    claims = _claims(text)
    assert claims["claimant"].tolist()[1:] == ["Rustem Umerov"] * 2
    assert claims["cue"].tolist()[1:] == ["said", "He added"]
