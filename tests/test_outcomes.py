"""Tests for analysis.outcomes: statuses per issue and claimant, assessments, tables."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest

from analysis.errors import LexiconError
from analysis.lexicon import read_lexicon
from analysis.outcomes import (
    ASSESSMENT_COLUMNS,
    CATEGORIES,
    CONTESTED_COLUMNS,
    OUTCOME_COLUMNS,
    check_issue_lexicon,
    check_outcome_lexicon,
    contested_outcomes,
    extract_assessments,
    extract_outcomes,
    issue_progress,
    issue_taxonomy,
    outcome_matrix,
)
from analysis.sentences import split_sentences

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3b9b93f1f23eb8a6.txt"


def _articles(*bodies: str) -> pd.DataFrame:
    rows = [
        (f"doc{i}", f"doc{i}.txt", pd.Timestamp("2025-05-17"), "title", body, len(body))
        for i, body in enumerate(bodies)
    ]
    return pd.DataFrame(rows, columns=["doc_id", "path", "published", "title", "text", "n_chars"])


def _claims(sentences: pd.DataFrame, by_idx: dict | None = None) -> pd.DataFrame:
    """One claims row per sentence; ``by_idx`` maps (doc_id, sentence_idx) to (claimant, type)."""
    rows = []
    for s in sentences.itertuples(index=False):
        claimant, ctype = (by_idx or {}).get((s.doc_id, s.sentence_idx), (None, None))
        rows.append((s.doc_id, s.sentence_idx, claimant, ctype, None, False, None))
    columns = ["doc_id", "sentence_idx", "claimant", "claimant_type", "via", "hedged", "cue"]
    return pd.DataFrame(rows, columns=columns)


def _run(
    *bodies: str, claims: dict | None = None, events: pd.DataFrame | None = None
) -> pd.DataFrame:
    articles = _articles(*bodies)
    sentences = split_sentences(articles)
    return extract_outcomes(articles, sentences, _claims(sentences, claims), events)


def _pairs(outcomes: pd.DataFrame) -> list[tuple[str, str]]:
    return list(zip(outcomes["category"], outcomes["status"], strict=True))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed to exchange 1,000 prisoners for 1,000.", [("prisoners", "agreed")]),
        ("No agreement was reached on territorial issues.", [("territory", "unresolved")]),
        ("Talks on a ceasefire stalled.", [("ceasefire", "stalled")]),
        ("Qatar proposed a 60-day truce.", [("ceasefire", "discussed")]),
        ("The two leaders agreed to meet again.", [("leaders_meeting", "agreed")]),
        (
            "Ethiopia rejected the proposed withdrawal of Eritrean troops.",
            [("withdrawal_of_forces", "disagreement")],
        ),
        ("Security guarantees remain an open question.", [("security_guarantees", "unresolved")]),
        ("The parties have not agreed on the border.", [("territory", "unresolved")]),
        ("Washington hopes that Moscow would agree to a ceasefire.", [("ceasefire", "unresolved")]),
        (
            "Mediators said progress had been made on a hostage release deal.",
            [("civilian_detainees", "progress")],
        ),
        (
            "The delegations discussed humanitarian corridors for civilians leaving Mariupol.",
            [("humanitarian", "discussed")],
        ),
        (
            "Russia will hand over 500 bodies of fallen soldiers.",
            [("bodies_repatriation", "agreed")],
        ),
        ("The talks in Geneva on sanctions ended in deadlock.", [("economic", "stalled")]),
        ("The return of deported children was discussed.", [("children", "discussed")]),
        ("Kyiv is ready to accept the US proposal for a truce.", [("ceasefire", "agreed")]),
        (
            "Rebels and the army agreed on a disengagement of forces along the river.",
            [("separation_of_forces", "agreed")],
        ),
        ("The sides exchanged views on the situation in the region.", []),
        ("The talks were constructive and productive.", []),
        ("A joint military commission will meet in Juba next week.", []),
        ("Previous agreements on the border collapsed.", [("territory", "stalled")]),
        ("The army refused to accept a ceasefire.", [("ceasefire", "disagreement")]),
        ("Kidnapping remains a sticking point.", [("civilian_detainees", "disagreement")]),
        (
            "The accord provides for the disengagement of forces.",
            [("separation_of_forces", "agreed")],
        ),
        ("Separatist forces shelled the town.", []),
    ],
    ids=[
        "exchange-agreed",
        "no-agreement-territory",
        "ceasefire-stalled",
        "proposal-is-discussed",
        "leaders-meet-again",
        "rejected-proposal",
        "open-question",
        "negated-agreement",
        "hoped-for-agreement",
        "progress-hostages",
        "humanitarian-discussed",
        "will-hand-over",
        "talks-deadlock",
        "passive-discussed",
        "accept-proposal",
        "disengagement",
        "exchange-of-views-is-no-issue",
        "tone-is-no-outcome",
        "no-issue-no-row",
        "agreement-noun-yields",
        "refused-to-accept",
        "sticking-point",
        "provides-for",
        "separatist-is-no-separation",
    ],
)
def test_clause_status(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a meeting's result, texts traded, a progress denied in its gap
        ("The round in Velm produced a swap of 300 prisoners.", [("prisoners", "agreed")]),
        ("The delegations exchanged memorandums on a settlement.",
         [("overall_settlement", "discussed")]),
        ("The envoys made no progress towards ending the war.",
         [("overall_settlement", "stalled")]),
        # two steps of one sentence: the civilians are no part of the prisoner swap
        ("The sides agreed to continue prisoner exchanges and to work on the return of civilians.",
         [("prisoners", "agreed"), ("civilian_detainees", "agreed")]),
        ("Sudland will free 12 hostages in exchange for 40 prisoners.", [("prisoners", "agreed")]),
        ("There have been repeated violations of the understanding, the ministry said.",
         [("ceasefire", "disagreement")]),
        ("Both sides continue to accuse each other of ceasefire violations.",
         [("ceasefire", "disagreement")]),
        # work left over on the talks as a whole
        ("We made significant progress, but some issues require additional work.",
         [("overall_settlement", "progress"), ("overall_settlement", "unresolved")]),
        ("However, the treaty has yet to be signed.", [("overall_settlement", "unresolved")]),
        # regions given up are territory; forces leaving land not theirs, a withdrawal
        ("Norland insists that Sudland withdraw its forces from the parts of Velm region it "
         "still holds.", [("territory", "disagreement")]),
        ("The deal provides for the withdrawal of Norland troops from the border area.",
         [("withdrawal_of_forces", "agreed")]),
        # a contrast set before the main clause ends at its comma
        ("While the return of bodies has continued, exchanges of prisoners have stalled.",
         [("prisoners", "stalled")]),
        # a goal not reached, a meeting that ended without an issue, arrangements begun, a
        # meeting with a president named after his country
        ("We made some headway, but we didn't get there.",
         [("overall_settlement", "progress"), ("overall_settlement", "unresolved")]),
        ("The summit in Velm, which ended without a ceasefire, was the first in years.",
         [("ceasefire", "unresolved")]),
        ("He said he had begun the arrangements for a meeting between the two leaders.",
         [("leaders_meeting", "progress")]),
        ("A three-way meeting with Sudland's President Jon Vale has not been agreed.",
         [("leaders_meeting", "unresolved")]),
        # a partial truce: energy sites spared, safe passage at sea
        ("Norland agreed to stop strikes on energy infrastructure for 30 days.",
         [("ceasefire", "agreed")]),
        ("The sides agreed to ensure safe navigation in the Velm Sea.", [("ceasefire", "agreed")]),
        # the working of each other's embassies
        ("The sides finalised an exchange of diplomatic notes on banking services for the "
         "missions.", [("bilateral_relations", "agreed")]),
        # a proposal answered yes, and a demand named as the condition of a step
        ("Norland responded positively to the proposal for a 30-day truce.",
         [("ceasefire", "agreed")]),
        ("Sudland said an end to foreign military aid to Norland should be the key condition.",
         [("intelligence_and_security_assistance", "discussed")]),
        # a text that holds nothing of an issue leaves it open
        ("The deal, however, offers no security guarantees.",
         [("security_guarantees", "unresolved")]),
        ("The draft doesn't include explicit security guarantees.",
         [("security_guarantees", "unresolved")]),
    ],
    ids=["produced-a-swap", "exchanged-memorandums", "no-progress-in-the-gap",
         "two-steps-not-one-swap", "one-swap", "violations-of-the-understanding",
         "accuse-each-other", "require-additional-work", "yet-to-be-signed", "withdraw-from-a-region-is-territory",
         "foreign-troops-withdraw", "fronted-while-clause", "did-not-get-there",
         "ended-without-an-issue", "began-the-arrangements", "meeting-with-a-president",
         "energy-strikes-halted", "safe-navigation", "diplomatic-notes",
         "responded-positively", "key-condition", "offers-no", "does-not-include"],
)
def test_results_texts_and_steps(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Armenian and Azerbaijani negotiators were unable to agree on a ceasefire, but came to "
            "terms on an exchange of prisoners.",
            [("ceasefire", "unresolved"), ("prisoners", "agreed")],
        ),
        (
            "They failed to strike a truce deal but did agree to exchange prisoners.",
            [("ceasefire", "unresolved"), ("prisoners", "agreed")],
        ),
        (
            "Negotiators made progress on the economic track, while territorial questions remain "
            "unresolved.",
            [("economic", "progress"), ("territory", "unresolved")],
        ),
        (
            "Hamas did not accept either a ceasefire or a leaders' meeting.",
            [("ceasefire", "disagreement"), ("leaders_meeting", "disagreement")],
        ),
    ],
    ids=[
        "unable-but-came-to-terms",
        "failed-but-agreed",
        "progress-while-unresolved",
        "negation-covers-both",
    ],
)
def test_contrast_and_negation_split(text, expected):
    assert _pairs(_run(text)) == expected


def test_list_in_a_quote_gives_one_row_per_item():
    text = (
        '"We discussed whether troops should be separated, how monitoring of the truce would be '
        "organised, the creation of a centre to coordinate ceasefire issues, and which countries "
        'could participate," an official told Reuters.'
    )
    out = _run(text, claims={("doc0", 0): ("an official", "anonymous_source")})
    assert _pairs(out) == [
        ("separation_of_forces", "discussed"),
        ("ceasefire_monitoring", "discussed"),
        ("ceasefire_monitoring", "discussed"),
        ("third_party_participation", "discussed"),
    ]
    assert list(out["evidence"][1:]) == [
        "how monitoring of the truce would be organised",
        "the creation of a centre to coordinate ceasefire issues",
        "which countries could participate",
    ]
    assert set(out["claimant_type"]) == {"anonymous_source"}
    assert not out["hedged"].any()


def test_elaboration_and_context_give_no_rows_of_their_own():
    text = (
        "The delegations talked about humanitarian relief during the truce, among them releasing "
        "prisoners and returning children."
    )
    assert _pairs(_run(text)) == [("humanitarian", "discussed")]


def test_back_reference_takes_the_previous_issue():
    text = (
        "Zelensky has called for a summit with Putin. "
        "Moscow, however, has given no sign that it will agree."
    )
    out = _run(text)
    # the answer that points back tells how the call ended: one row, not "discussed" too
    assert _pairs(out) == [("leaders_meeting", "unresolved")]
    assert out["issue"].tolist() == ["summit"]


def test_columns_types_and_evidence_are_verbatim():
    body = (
        "Talks resumed in Doha. "
        "Israel and Hamas agreed on a ceasefire, on condition that hostages are freed."
    )
    out = _run(body)
    assert tuple(out.columns) == OUTCOME_COLUMNS
    row = out.iloc[0]
    assert (row["category"], row["status"], row["commitment"], row["claimant_type"]) == (
        "ceasefire",
        "agreed",
        "conditional",
        "media",
    )
    assert row["claimant"] is None and row["track"] is None
    assert row["evidence"] in body
    assert out["issue"].tolist() == ["ceasefire"]


def test_same_issue_and_claimant_is_one_row_but_claimants_stay_apart():
    body = (
        "Ukraine and Russia agreed to swap prisoners. "
        "The prisoner exchange was agreed, Medinsky said. "
        "Umerov said the prisoner exchange was only discussed."
    )
    claims = {
        ("doc0", 1): ("Vladimir Medinsky", "named_official"),
        ("doc0", 2): ("Rustem Umerov", "named_official"),
    }
    out = _run(body, claims=claims)
    # the lead's own "agreed" is Medinsky's claim told first; Umerov's claim stays apart
    assert list(zip(out["claimant"], out["status"], strict=True)) == [
        ("Vladimir Medinsky", "agreed"),
        ("Rustem Umerov", "discussed"),
    ]


def test_claimant_conventions_proposer_and_lead_in():
    body = (
        "Russia suggested that Ukraine set up working groups on humanitarian issues.\n\n"
        "Medinsky listed the results of the meeting:\n\n"
        "→ the sides will exchange prisoners;\n\n"
        "→ Ukraine and Russia will set out their visions of a truce."
    )
    articles = _articles(body)
    sentences = split_sentences(articles)
    claims = _claims(
        sentences,
        {
            ("doc0", 0): ("Russia", "organisation"),
            ("doc0", 1): ("Vladimir Medinsky", "named_official"),
        },
    )
    claims["cue"] = ["suggested", "listed", None, None]
    out = extract_outcomes(articles, sentences, claims)
    got = list(
        zip(out["category"], out["status"], out["claimant"], out["claimant_type"], strict=True)
    )
    # (working groups on an issue: the issue, their remit, is the outcome)
    assert got == [
        ("humanitarian", "discussed", None, "media"),
        ("prisoners", "agreed", "Vladimir Medinsky", "named_official"),
        ("ceasefire", "agreed", "Vladimir Medinsky", "named_official"),
    ]


def test_track_is_reported_when_stated():
    out = _run("The military subgroup made progress, while political issues remain unresolved.")
    assert list(zip(out["category"], out["track"], out["status"], strict=True)) == [
        ("military_issues_general", "military", "progress"),
        ("political_issues_general", "political", "unresolved"),
    ]


def _events(rows):
    columns = ["doc_id", "event_id", "sentence_idx", "type", "status", "start"]
    return pd.DataFrame(rows, columns=columns)


def test_event_is_same_sentence_else_round():
    body = (
        "Prisoners were discussed first. The second round of talks was held in Istanbul. "
        "The sides agreed on a ceasefire. Russia proposed a new truce."
    )
    events = _events(
        [
            ("doc0", "doc0#e1", 1, "talks_round", "occurred", "2025-06-02"),
            ("doc0", "doc0#e2", 3, "proposal", "proposed", None),
        ]
    )
    out = _run(body, events=events)
    assert list(zip(out["sentence_idx"], out["event_id"], strict=True)) == [
        (0, "doc0#e1"),
        (2, "doc0#e1"),
        (3, "doc0#e2"),
    ]


def test_seed_outcomes():
    from analysis.attribution import attribute_sentences
    from analysis.seeds import load_seeds
    from analysis.tagging import tag_articles

    articles = load_seeds(SEED).articles
    sentences = split_sentences(articles)
    claims = attribute_sentences(articles, sentences, tag_articles(articles, sentences))
    out = extract_outcomes(articles, sentences, claims)
    got = list(zip(out["category"], out["status"], out["claimant_type"], strict=True))
    assert got == [
        ("military_issues_general", "progress", "anonymous_source"),
        ("military_issues_general", "progress", "media"),
        ("political_issues_general", "unresolved", "media"),
        ("political_issues_general", "disagreement", "observers"),
        ("separation_of_forces", "discussed", "anonymous_source"),
        ("ceasefire_monitoring", "discussed", "anonymous_source"),
        ("ceasefire_monitoring", "discussed", "anonymous_source"),
        ("third_party_participation", "discussed", "anonymous_source"),
    ]
    assert out["sentence_idx"].tolist() == [0, 4, 4, 5, 6, 6, 6, 6]
    assert out["evidence"].iloc[4].startswith("We discussed whether forces should be separated")
    assert out["evidence"].iloc[5:].tolist() == [
        "how monitoring of ceasefire and conflict cessation would be conducted",
        "the creation of a center to oversee and coordinate ceasefire issues",
        "which countries could participate",
    ]
    body = articles["text"].iloc[0]
    assert all(e in body for e in out["evidence"])
    assert claims.loc[claims["sentence_idx"] == 0, "via"].iloc[0] == "RBC-Ukraine"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The talks were constructive and productive, the ministry said.",
            [("constructive", "positive"), ("productive", "positive")],
        ),
        (
            "Both delegations called the negotiations difficult but frank.",
            [("difficult", "negative"), ("frank", "mixed")],
        ),
        ("The meeting was not constructive, Lavrov said.", [("not constructive", "negative")]),
        ("The weather in Geneva was difficult.", []),
    ],
    ids=["positive", "negative-and-mixed", "negated", "not-about-talks"],
)
def test_assessments(text, expected):
    articles = _articles(text)
    sentences = split_sentences(articles)
    found = extract_assessments(articles, sentences, _claims(sentences))
    assert tuple(found.columns) == ASSESSMENT_COLUMNS
    assert list(zip(found["tone"], found["polarity"], strict=True)) == expected
    assert extract_outcomes(articles, sentences, _claims(sentences)).empty


def test_assessments_are_not_outcomes_and_outcomes_not_assessments():
    text = "The productive talks ended with an agreement on a prisoner exchange."
    articles = _articles(text)
    sentences = split_sentences(articles)
    assert _pairs(extract_outcomes(articles, sentences)) == [("prisoners", "agreed")]
    assert extract_assessments(articles, sentences)["tone"].tolist() == ["productive"]


def _outcome_rows(rows):
    full = []
    for doc_id, event_id, category, status, claimant, ctype in rows:
        full.append(
            (
                doc_id,
                event_id,
                0,
                category,
                category,
                None,
                status,
                claimant,
                ctype,
                False,
                None,
                "evidence",
            )
        )
    return pd.DataFrame(full, columns=list(OUTCOME_COLUMNS))


OUTCOMES = _outcome_rows(
    [
        ("a", "a#e1", "prisoners", "agreed", "Medinsky", "named_official"),
        ("b", "b#e1", "prisoners", "discussed", "Umerov", "named_official"),
        ("a", "a#e1", "ceasefire", "unresolved", "TASS", "media"),
        ("b", "b#e1", "ceasefire", "disagreement", "Umerov", "named_official"),
        ("b", "b#e2", "ceasefire", "discussed", "Umerov", "named_official"),
        ("a", "a#e1", "leaders_meeting", "discussed", None, "media"),
    ]
)
CHRONOLOGY = pd.DataFrame(
    [("c1", "2025-05-16", ("a#e1", "b#e1")), ("c2", "2025-06-02", ("b#e2",))],
    columns=["chronology_id", "start", "event_ids"],
)


def test_contested_outcomes_by_chronology_entry():
    table = contested_outcomes(OUTCOMES, CHRONOLOGY)
    assert tuple(table.columns) == CONTESTED_COLUMNS
    rows = [(r.key, r.category, r.statuses, r.contested) for r in table.itertuples(index=False)]
    assert rows == [
        ("c1", "ceasefire", ("unresolved", "disagreement"), False),
        ("c1", "prisoners", ("agreed", "discussed"), True),
    ]
    assert table["claimants"].iloc[1] == ("Medinsky", "Umerov")


def test_contested_outcomes_by_event_compares_within_an_event_only():
    assert contested_outcomes(OUTCOMES).empty


def test_outcome_matrix_is_deterministic():
    matrix = outcome_matrix(OUTCOMES)
    assert list(matrix.index) == ["a#e1", "b#e1", "b#e2"]
    assert list(matrix.columns) == ["ceasefire", "prisoners", "leaders_meeting"]
    assert matrix.loc["a#e1", "prisoners"] == "agreed"
    assert matrix.loc["b#e2", "prisoners"] is None
    assert matrix.equals(outcome_matrix(OUTCOMES.iloc[::-1].reset_index(drop=True)))


def test_outcome_matrix_rows_in_date_order_given_the_events():
    # b#e2 before a#e1; a#e1 and b#e1 on one day stay by document; undated last
    events = pd.DataFrame(
        [("a#e1", "2025-05-16"), ("b#e1", "2025-05-16"), ("b#e2", "2025-05"), ("z#e1", "2024")],
        columns=["event_id", "start"],
    )
    undated = _outcome_rows([("c", None, "prisoners", "agreed", None, "media")])
    matrix = outcome_matrix(pd.concat([undated, OUTCOMES], ignore_index=True), events)
    assert list(matrix.index) == ["b#e2", "a#e1", "b#e1", "c"]
    assert matrix.loc["c", "prisoners"] == "agreed"


def test_issue_progress_round_by_round():
    table = issue_progress(OUTCOMES, CHRONOLOGY)
    assert list(table.index) == ["c1", "c2"]
    assert list(table.columns) == ["start", "ceasefire", "prisoners", "leaders_meeting"]
    # c1: ceasefire unresolved (TASS) vs disagreement (Umerov): tie goes to the more definite
    assert table.loc["c1", "ceasefire"] == "disagreement"
    assert table.loc["c1", "prisoners"] == "agreed"
    assert table.loc["c2", "ceasefire"] == "discussed"
    events = pd.DataFrame(
        [
            ("b#e2", "2025-06-02"),
            ("a#e1", "2025-05-16"),
            ("b#e1", dt.date(2025, 5, 16).isoformat()),
        ],
        columns=["event_id", "start"],
    )
    assert list(issue_progress(OUTCOMES, events).index) == ["a#e1", "b#e1", "b#e2"]


def test_taxonomy_covers_every_category_with_a_pax_code():
    taxonomy = issue_taxonomy()
    assert tuple(taxonomy["category"]) == CATEGORIES
    assert taxonomy["pax"].str.len().gt(0).all()
    assert check_issue_lexicon(read_lexicon("issues")) == []
    assert check_outcome_lexicon(read_lexicon("outcomes")) == []


def test_lexicon_problems_are_all_listed():
    data = {
        "kind": "issue",
        "entries": [
            {"id": "ceasefire", "pax": "Ce", "patterns": ["truce"]},
            {"id": "ceasefire", "pax": "", "patterns": ["truce"]},
            {"id": "weather", "pax": "X", "patterns": []},
        ],
    }
    problems = check_issue_lexicon(data, "bad.yaml")
    assert (
        "bad.yaml: entries[1] (id 'ceasefire'): duplicate id 'ceasefire' (first at entries[0])"
        in problems
    )
    assert "bad.yaml: entries[1] (id 'ceasefire'): 'pax' (nearest PA-X code) is missing" in problems
    assert any(
        p.startswith("bad.yaml: entries[2] (id 'weather'): unknown category") for p in problems
    )
    assert any("no entry for categories ceasefire_monitoring" in p for p in problems)
    bad = {"kind": "outcome", "entries": {"statuses": {"agreed": ["agreed"]}}}
    assert check_outcome_lexicon(bad, "bad.yaml")[0] == (
        "bad.yaml: entries['statuses']: expected the keys agreed, progress, discussed, "
        "unresolved, disagreement, stalled"
    )


def test_wrong_input_is_named():
    with pytest.raises(TypeError, match="articles must be a DataFrame, not str"):
        extract_outcomes("seeds/", pd.DataFrame())
    assert issubclass(LexiconError, ValueError)


@pytest.mark.parametrize(
    "text, hedged",
    [
        pytest.param("The sides agreed on May 16 to exchange 1,000 prisoners for 1,000.", False, id="may-the-month"),
        pytest.param("The sides may agree to exchange prisoners.", True, id="may-the-modal"),
    ],
)
def test_the_month_may_is_not_a_hedge(text, hedged):
    articles = pd.DataFrame(
        {"doc_id": ["m"], "published": pd.to_datetime(["2025-05-20"]), "title": ["t"], "text": [text]}
    )
    sentences = split_sentences(articles)
    rows = extract_outcomes(articles, sentences)
    assert rows[["category", "hedged"]].values.tolist() == [["prisoners", hedged]]


@pytest.mark.parametrize(
    "first, cue, expected",
    [
        ("Press release of the Ministry of Foreign Affairs of Norland.", "Press release",
         ("Norland Ministry of Foreign Affairs", "organisation")),
        ("Statement by the Office of the President of Norland.", "statement",
         ("Norland Ministry of Foreign Affairs", "organisation")),
        ("The ministry said in a long statement on Monday that the two delegations, after "
         "many hours of talks in the capital, had made good progress on several issues.",
         "in a statement", (None, "media")),
    ],
    ids=["press-release-line", "statement-line", "long-first-sentence-is-no-issuer"],
)
def test_press_release_speaks_for_its_issuer(first, cue, expected):
    articles = _articles(f"{first}\n\nThe sides agreed to exchange prisoners.")
    sentences = split_sentences(articles)
    claims = _claims(sentences, {("doc0", 0): ("Norland Ministry of Foreign Affairs",
                                               "organisation")})
    claims["cue"] = [cue, None]
    out = extract_outcomes(articles, sentences, claims)
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce will be monitored by a mechanism of both armies.",
         [("ceasefire_monitoring", "agreed")]),
        ("The parties will set up a verification mechanism.",
         [("ceasefire_monitoring", "agreed")]),
        ("Government forces will withdraw from the northern towns.",
         [("withdrawal_of_forces", "agreed")]),
        ("The delegations agreed to meet again next month.",
         [("negotiation_process", "agreed")]),
        ("Military commanders from the two sides will hold a meeting on Tuesday.",
         [("military_dialogue", "agreed")]),
        ("The two sides agreed to cut tariffs for 90 days.", [("economic", "agreed")]),
        ("Changes to the constitution remain unresolved.",
         [("political_issues_general", "unresolved")]),
        ("The status of the frontier villages was not addressed.",
         [("territory", "unresolved")]),
        ("The question of the buffer zone had not been settled.",
         [("separation_of_forces", "unresolved")]),
    ],
    ids=["monitored-by-mechanism", "verification-mechanism", "forces-will-withdraw",
         "meet-again", "military-commanders", "tariffs", "constitution", "not-addressed",
         "not-settled"],
)
def test_issue_cues_of_other_negotiations(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The International Atomic Energy Agency was not part of the talks.", []),
        ("The General Border Committee will meet on Monday.", []),
        ("The Economic Community of West African States said the truce was agreed.",
         [("ceasefire", "agreed")]),
        ("Trade talks stalled.", [("economic", "stalled")]),
        ("The sides agreed on the Border Demarcation.", [("territory", "agreed")]),
    ],
    ids=["agency-name", "committee-name", "community-name", "capital-at-start",
         "capitalised-issue-without-head"],
)
def test_an_issue_word_inside_an_organisation_name_is_no_issue(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("China will lower its duties on American goods.", [("economic", "agreed")]),
        ("Washington will cut its tariffs for 90 days.", [("economic", "agreed")]),
        ("The truce will be extended by a week.", [("ceasefire", "agreed")]),
        ("Both sides will suspend sanctions on each other's banks.", [("economic", "agreed")]),
    ],
    ids=["will-lower", "will-cut", "will-be-extended", "will-suspend"],
)
def test_will_with_a_verb_of_relief_is_a_commitment(text, expected):
    assert _pairs(_run(text)) == expected


def test_clauses_of_a_framework_left_unresolved_are_the_settlement():
    text = "The office said some clauses of the framework remained unresolved."
    assert _pairs(_run(text)) == [("overall_settlement", "unresolved")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The text also calls for the safe return of refugees and for humanitarian access.",
         [("humanitarian", "agreed")]),
        ("Qatar calls for a truce.", [("ceasefire", "discussed")]),
        ("Sanctions relief is on the table.", [("economic", "discussed")]),
    ],
    ids=["text-calls-for-is-agreed", "side-calls-for-is-proposal", "on-the-table"],
)
def test_what_a_text_calls_for_and_what_is_on_the_table(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The right to enrich uranium is not negotiable, the minister said.",
         [("military_issues_general", "disagreement")]),
        ("The sides discussed denuclearization of the peninsula.",
         [("military_issues_general", "discussed")]),
        ("They disagreed over the nuclear program.", [("military_issues_general", "disagreement")]),
        ("The two sides remain at odds over the filling of the dam.", [("economic", "disagreement")]),
        ("The parties discussed electoral guarantees.", [("political_issues_general", "discussed")]),
        ("He refused to accept any recognition of the breakaway region.",
         [("political_issues_general", "disagreement")]),
        ("The country remains committed to the defense of its ally.",
         [("security_guarantees", "agreed")]),
        ("More work was needed on the implementation annex.",
         [("overall_settlement", "unresolved")]),
    ],
    ids=["uranium", "denuclearization", "nuclear-program", "dam", "electoral", "recognition",
         "defense-of", "implementation-annex"],
)
def test_issue_cues_of_further_negotiations(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("Joint statement", ("joint statement", "joint_statement")),
        ("Joint Communiqué", ("joint statement", "joint_statement")),
        ("A joint statement was issued on Monday after long talks.", (None, "media")),
        ("JOINT PRESS RELEASE", ("joint statement", "joint_statement")),
        ("Ministry of Foreign Affairs\n\nGovernment of Norland\n\nDepartment of Borders\n\n"
         "Joint Press Release", ("joint statement", "joint_statement")),
    ],
    ids=["joint-statement-line", "communique-line", "sentence-is-no-heading",
         "press-release-line", "heading-below-a-masthead"],
)
def test_a_joint_statement_text_speaks_as_the_joint_statement(heading, expected):
    out = _run(f"{heading}\n\nThe parties agreed to exchange prisoners.")
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The leaders agreed to stay in close touch.", [("negotiation_process", "agreed")]),
        ("The delegations reaffirmed their commitment to continue negotiations.",
         [("negotiation_process", "agreed")]),
        ("Norland will accompany the government delegation.",
         [("third_party_participation", "agreed")]),
        ("The team will focus only on the demarcation of the sea border.",
         [("territory", "discussed")]),
        ("They also discussed regional security.", [("military_issues_general", "discussed")]),
    ],
    ids=["stay-in-touch", "commitment-to-continue", "accompany", "focus-on", "regional-security"],
)
def test_process_and_topic_cues_of_readouts(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "title, masthead, expected",
    [
        ("Readout of the President's call with the King", "The Presidential Office",
         ("Presidential Office", "organisation")),
        ("Readout of the President's call with the King", "Statements and releases of the day",
         (None, "media")),
        ("The President's call with the King", "The Presidential Office", (None, "media")),
    ],
    ids=["readout-with-masthead", "no-masthead", "not-a-readout"],
)
def test_a_readout_speaks_for_the_office_that_issues_it(title, masthead, expected):
    articles = _articles(f"{masthead}\n\nThe two leaders agreed to exchange prisoners.")
    articles["title"] = [title]
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


@pytest.mark.parametrize(
    "masthead, expected",
    [
        ("Ministry of Foreign Affairs of the Republic of Norland",
         ("Ministry of Foreign Affairs of the Republic of Norland", "organisation")),
        ("Department of Ocean Affairs", ("Department of Ocean Affairs", "organisation")),
        ("The Presidential Office", (None, "media")),
        ("Ministry officials met on Monday", (None, "media")),
    ],
    ids=["ministry-masthead", "department-masthead", "no-of-name", "a-sentence"],
)
def test_an_office_masthead_speaks_for_the_office(masthead, expected):
    articles = _articles(f"{masthead}\n\nThe two sides agreed to exchange prisoners.")
    articles["title"] = ["Norland and Southland hold the fifth round of consultations"]
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides said Norland would cut its tariffs for 90 days.", [("economic", "agreed")]),
        ("The minister announced that the army would withdraw its troops from the towns.",
         [("withdrawal_of_forces", "agreed")]),
        ("He hoped Norland would cut its tariffs.", []),
        ("Norland would cut its tariffs under a bigger plan, analysts think.", []),
    ],
    ids=["said-would", "announced-that-would", "hoped-would", "no-speech-verb"],
)
def test_would_in_reported_speech_is_a_commitment(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegation demanded the release of citizens illegally detained in the occupied "
         "territories. No progress was achieved on this issue.",
         [("civilian_detainees", "stalled")]),
        ("The participants also discussed the draft statement on the non-use of force. "
         "Regrettably, it was again not possible to agree on the text.",
         [("security_guarantees", "unresolved")]),
        ("The delegation raised the return of internally displaced persons. The other side "
         "walked out, disrupting the discussion of this issue.",
         [("humanitarian", "disagreement")]),
        ("No agreement had yet been reached on the opening of new crossing points.",
         [("humanitarian", "unresolved")]),
        ("The ministry strongly protested the violation of the maritime border.",
         [("territory", "disagreement")]),
        ("The two sides agreed to further discuss practical cooperation in marine research.",
         [("bilateral_relations", "discussed")]),
        ("There was progress on several initiatives, including demining.",
         [("military_dialogue", "progress")]),
        ("The next round of the discussions will be held in November.",
         [("negotiation_process", "agreed")]),
        ("When the next meeting will take place remains undecided.",
         [("negotiation_process", "unresolved")]),
        ("They agreed that the de-escalation of forces along the line was a positive step.",
         [("withdrawal_of_forces", "progress")]),
        ("France raised the case of two of its nationals held in Iran, whom Paris describes as "
         "state hostages.", [("civilian_detainees", "discussed")]),
        ("The Europeans warned they would trigger the snapback. Tehran criticised the threat.",
         []),
        ("The two navies agreed to set up a communication mechanism to avoid incidents.",
         [("military_dialogue", "agreed")]),
        ("Norland and Southland agreed to cooperate on search and rescue at sea.",
         [("humanitarian", "agreed")]),
        ("Talks on the status question are stalled.", [("political_issues_general", "stalled")]),
        ("The two sides maintain different positions on the political status of the province.",
         [("political_issues_general", "disagreement")]),
        ("The member states have not agreed how to divide the quota among themselves.",
         [("economic", "unresolved")]),
        ("The two sides exchanged views on the import of dairy products.",
         [("economic", "discussed")]),
        ("They'll meet again in the capital within a month.", [("negotiation_process", "agreed")]),
        ("We'll see whether they meet again.", []),
        ("The next joint meeting of the UNDP and the Board is scheduled for August.",
         [("negotiation_process", "agreed")]),
        ("The next meeting between Marlow and Kestrel is scheduled for August.",
         [("leaders_meeting", "agreed")]),
    ],
    ids=["no-progress-on-this-issue", "not-possible-to-agree", "walked-out", "crossing-points",
         "protested", "agreed-to-further-discuss", "progress-on-initiatives", "next-round-held",
         "schedule-yields-to-undecided", "de-escalation-of-forces", "nationals-held-hostage",
         "criticised-with-no-issue-of-its-own", "communication-mechanism", "search-and-rescue",
         "status-question-stalled", "positions-on-political-status",
         "quota-unresolved", "import-of-products", "contracted-will-meet",
         "contracted-will-see-is-no-commitment", "meeting-of-acronym-bodies",
         "meeting-between-two-names"],
)
def test_issue_and_status_cues_of_other_negotiations_ii(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analysts cautioned that previous truces had collapsed.", []),
        ("Talks resumed after earlier talks on a ceasefire stalled.", []),
        ("No agreement was reached on crossing points along the ceasefire line.",
         [("humanitarian", "unresolved")]),
        ("Previous agreements on the border collapsed.", [("territory", "stalled")]),
        ("The dispute over the temples along the frontier was not addressed.",
         [("territory", "unresolved")]),
        ("The text of the agreement was not immediately published.", []),
        ("The parties discussed the ceasefire. Iran suspended cooperation this month.",
         [("ceasefire", "discussed")]),
        ("The parties discussed the ceasefire. Nobody walked out, he said.",
         [("ceasefire", "discussed")]),
        ("Two diplomats briefed on the talks said the question remained unresolved.", []),
    ],
    ids=["previous-truces", "earlier-talks", "along-the-line", "previous-deals-on-an-issue",
         "along-the-line-and-no-other-issue",
         "cue-inside-the-issue",
         "this-month-is-no-anaphora", "nobody-walked-out", "diplomats-who-speak"],
)
def test_the_setting_of_an_issue_is_no_outcome(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "title, expected",
    [
        ("Statement of the Ministry of Foreign Affairs of Norland on the 64th round of talks",
         ("Ministry of Foreign Affairs of Norland", "organisation")),
        ("Press release by the Office of the President regarding the talks",
         ("Office of the President", "organisation")),
        ("Statement of intent on the talks", (None, "media")),
        ("Statement attributable to the Spokesperson for the Secretary-General on Norland",
         ("Spokesperson for the Secretary-General", "organisation")),
    ],
    ids=["statement-of-a-ministry", "press-release-by-an-office", "no-issuer-named",
         "statement-attributable-to-a-spokesperson"],
)
def test_a_title_that_names_the_issuer_speaks_for_the_text(title, expected):
    articles = _articles("The two sides agreed to exchange prisoners.")
    articles["title"] = [title]
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    assert (out["claimant"].iloc[0], out["claimant_type"].iloc[0]) == expected


def test_one_hedge_list_serves_claims_and_outcomes():
    assert "hedges" not in read_lexicon("outcomes")["entries"]
    rows = _run("The sides probably agreed to exchange prisoners.",
                "The sides agreed to exchange prisoners.")
    assert rows["hedged"].tolist() == [True, False]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Hamas will free 33 hostages, including women, in exchange for Palestinian prisoners.",
         [("prisoners", "agreed")]),
        ("The two sides did not agree on the release of hostages held by the group.",
         [("civilian_detainees", "unresolved")]),
        ("Ukraine pressed for all prisoners to be released and for civilians to be returned.",
         [("prisoners", "discussed"), ("civilian_detainees", "discussed")]),
    ],
    ids=["hostages-for-prisoners", "hostages-alone", "no-swap"],
)
def test_hostages_freed_in_exchange_for_prisoners_are_that_exchange(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The status of the disputed Western Marches area had been left to be settled later.",
         [("territory", "unresolved")]),
        ("The presence of Norland troops was not addressed.",
         [("withdrawal_of_forces", "unresolved")]),
    ],
    ids=["disputed-named-area", "presence-of-troops"],
)
def test_issues_named_around_a_proper_name(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations agreed to extend a moratorium on military exercises during the summer.",
         [("military_dialogue", "agreed")]),
        ("The sides agreed on a protocol on mobile roaming between the two banks of the river.",
         [("economic", "agreed")]),
        ("The sides failed to agree on the customs regime for companies in the region.",
         [("economic", "unresolved")]),
        ("The issue of minority-language schools remains unresolved.",
         [("political_issues_general", "unresolved")]),
        ("The committee agreed to hold its fifth meeting in Lusaka next year.",
         [("negotiation_process", "agreed")]),
        ("The two sides promised to meet again.", [("negotiation_process", "agreed")]),
        ("The two sides discussed the return of residents to their homes.",
         [("humanitarian", "discussed")]),
        ("The sides discussed a security cooperation agreement.",
         [("intelligence_and_security_assistance", "discussed")]),
        ("\"There was a frank exchange on the islands, and no meeting of minds,\" the diplomat "
         "said.", []),
        ("The Security Council is due to hold a session in January.", []),
    ],
    ids=["exercise-moratorium", "roaming", "customs", "schools", "hold-ordinal-meeting",
         "promised-to-meet", "return-of-residents", "security-cooperation",
         "frank-exchange-is-no-swap", "council-session-is-no-process"],
)
def test_issue_cues_of_a_fourth_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both militaries consented to the departure of foreign fighters by June.",
         [("withdrawal_of_forces", "agreed")]),
        ("The commission discussed the unification of the armed forces at length.",
         [("military_issues_general", "discussed")]),
        ("Negotiators came close to a text on security arrangements, the mediator said.",
         [("military_issues_general", "progress")]),
        ("Port access on commercial terms advanced, officials said.", [("economic", "progress")]),
        ("Government and rebels remain divided on the length of the transitional period.",
         [("political_issues_general", "disagreement")]),
        ("Negotiators initialled a text on aid deliveries last week.", [("humanitarian", "agreed")]),
        ("A de-escalation channel between the two air forces was agreed.",
         [("military_dialogue", "agreed")]),
        ("The envoy underlined the need for protection of civilians in the camps.",
         [("humanitarian", "discussed")]),
        ("Both parties agreed to free all remaining detainees.", [("prisoners", "agreed")]),
        ("Both teams agreed that technical talks would begin in May.",
         [("negotiation_process", "agreed")]),
        ("Each side blamed the other for the slow prisoner release.",
         [("prisoners", "disagreement")]),
        ("They agreed that the president would visit Norland soon.",
         [("leaders_meeting", "agreed")]),
        ("Officials gathered in order to improve trade relations.", []),
    ],
    ids=["departure-of-foreign-fighters", "unification-of-forces", "come-very-close",
         "commercial-arrangement", "remain-divided", "initialled", "de-escalation-mechanism",
         "protect-the-population", "detainees", "start-technical-talks", "blamed",
         "a-leader-to-visit", "an-aim-is-no-outcome"],
)
def test_issue_and_status_cues_of_other_negotiations_iii(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Negotiations have been stalled since March.", [("negotiation_process", "stalled")]),
        ("The dialogue was adjourned indefinitely after a walkout by the rebels.",
         [("negotiation_process", "stalled")]),
        ("The negotiations almost collapsed over the weekend.", []),
        ("Did the ministers talk about a summit?", []),
        ("The buffer zone set by the Lusaka Accord stays in place.", []),
        ("The buffer zone set by the accord stays in place.",
         [("separation_of_forces", "agreed")]),
    ],
    ids=["the-talks-stalled", "the-session-adjourned", "nearly-collapsed", "a-question",
         "an-accord-by-its-name-is-no-agreement", "an-accord-agreed"],
)
def test_the_process_itself_questions_and_names(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "body, cue, expected",
    [
        ("The Norland Foreign Ministry informs that a technical round took place in Lusaka."
         "\n\nThe sides agreed to exchange prisoners.", "informs",
         "Norland Ministry of Foreign Affairs"),
        ("The delegations met in Lusaka.\n\nThe sides agreed to exchange prisoners.\n\n"
         "Lusaka, 3 May 2026\n\nPress Office\n\nMinistry of Foreign Affairs", None,
         "Ministry of Foreign Affairs"),
        ("The delegations met in Lusaka.\n\nThe sides agreed to exchange prisoners.\n\n"
         "Source: Press Office of the Government of Norland", None,
         "Press Office of the Government of Norland"),
        ("The delegations met in Lusaka.\n\n2. The sides agreed to exchange prisoners.\n\n"
         "3. The Ministry of External Affairs of Norland thanked the hosts.", None,
         "Ministry of External Affairs"),
        ("The delegations met in Lusaka, the ministry said.\n\nThe sides agreed to exchange "
         "prisoners.", "said", None),
    ],
    ids=["an-office-reports-its-own-business", "signed-by-an-office", "a-source-line",
         "numbered-paragraphs",
         "a-news-lead-is-no-release"],
)
def test_a_press_release_without_an_outlet_speaks_for_its_office(body, cue, expected):
    articles = _articles(body)
    sentences = split_sentences(articles)
    claims = _claims(sentences, {("doc0", 0): ("Norland Ministry of Foreign Affairs",
                                               "organisation")})
    claims["cue"] = [cue] + [None] * (len(claims) - 1)
    out = extract_outcomes(articles, sentences, claims)
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == (
        (expected, "organisation") if expected else (None, "media"))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland insists that the border must follow the river.",
         [("territory", "disagreement")]),
        ("Sanctions relief on those terms is unacceptable, the envoy said.",
         [("economic", "disagreement")]),
        ("Autonomy for the northern region is off the table.",
         [("political_issues_general", "disagreement")]),
        ("The fisheries question was not discussed at all.", [("economic", "unresolved")]),
        ("There was no progress on the maritime boundary.", [("territory", "stalled")]),
        ("Talks resume at the next meeting, scheduled for October.",
         [("negotiation_process", "agreed")]),
        ("Norland is ready to resume negotiations without preconditions.",
         [("negotiation_process", "discussed")]),
        ("The withdrawal of troops will begin on Monday.", [("withdrawal_of_forces", "agreed")]),
        ("The truce will take effect at midnight.", [("ceasefire", "agreed")]),
        ("The parties agreed on the participation of civil society.",
         [("political_issues_general", "agreed")]),
        ("There was no agreement on the continental shelf.", [("territory", "unresolved")]),
        ("The two sides agreed to continue the dialogue.", [("negotiation_process", "agreed")]),
        ("The ministers discussed bilateral issues.", [("bilateral_relations", "discussed")]),
        ("The sides discussed snap inspections.", [("military_issues_general", "discussed")]),
        ("The return of the inspectors was discussed.",
         [("military_issues_general", "discussed")]),
        ("The truce and the humanitarian arrangements will take effect on Monday.",
         [("ceasefire", "agreed"), ("humanitarian", "agreed")]),
        ("They discussed the oil-rich region.", []),
        ("The dispute will be settled under the constitution.", []),
    ],
    ids=["insists", "unacceptable", "off-the-table", "not-discussed", "no-progress-on-is-stalled",
         "scheduled-for", "ready-to", "will-begin", "take-effect", "participation-is-weak",
         "continental-shelf", "continue-the-dialogue", "bilateral-issues", "inspections",
         "return-of-inspectors", "humanitarian-arrangements", "oil-rich-is-no-issue",
         "under-the-constitution-is-no-issue"],
)
def test_issue_and_status_cues_of_a_fifth_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The dispute over fishing rights was left open.", [("economic", "unresolved")]),
        ("The sides agreed that the opening of the crossings had been an important step.",
         [("humanitarian", "progress")]),
        ("The return of inspectors, which the agency has sought for two years, was not "
         "discussed.", [("military_issues_general", "unresolved")]),
        ("The sides agreed on an agenda covering elections and sanctions relief.",
         [("political_issues_general", "discussed"), ("economic", "discussed")]),
        ("The talks ended with a deal on prisoners, leaving the threat of sanctions in place.",
         [("prisoners", "agreed")]),
        ("Under the 2015 deal, either side can restore sanctions.", []),
        ("The agreement of 5 May 2021 covers water sharing.", []),
        ("The parliament will hold a session on the border next week.", []),
        ("Schools remain an open issue, the office said, adding that the sides would come back "
         "to them at the next meeting, scheduled for July.",
         [("political_issues_general", "unresolved"), ("negotiation_process", "agreed")]),
    ],
    ids=["verb-after-the-dispute", "agreed-that-it-was-a-step", "verb-after-a-which-clause",
         "items-of-an-agreed-agenda", "leaving-starts-a-clause", "a-dated-deal-is-history",
         "a-deal-of-a-date-is-history", "a-parliament-sitting-is-no-outcome",
         "would-of-reported-speech"],
)
def test_the_verb_of_the_issue_and_what_is_no_outcome(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides exchanged views on transit routes on the basis of sovereignty.",
         [("economic", "discussed")]),
        ("There was progress on solar energy in the buffer zone.", [("economic", "progress")]),
        ("They discussed trade, and in the buffer zone, demining.",
         [("economic", "discussed"), ("separation_of_forces", "discussed"),
          ("military_dialogue", "discussed")]),
        ("The talks covered the ceasefire. Countries that failed to pay were not named.",
         [("ceasefire", "discussed")]),
    ],
    ids=["on-the-basis-of", "in-the-zone", "a-list-is-no-setting", "that-of-a-relative-clause"],
)
def test_settings_and_relative_clauses_are_no_outcome(text, expected):
    assert _pairs(_run(text)) == expected


def test_a_lead_the_outlet_states_is_the_claim_a_source_makes_further_down():
    body = ("Norland and Sudland agreed on a truce on Friday.\n\n"
            "The truce was agreed, the foreign ministry said.\n\n"
            "The sides agreed to exchange prisoners.\n\n"
            "The prisoner exchange was agreed, the ministry said.")
    ministry = ("Ministry of Foreign Affairs", "organisation")
    out = _run(body, claims={("doc0", 1): ministry, ("doc0", 3): ministry})
    # the lead's truce is the ministry's; the outlet's own prisoners row further down stays
    assert list(zip(out["category"], out["claimant_type"], strict=True)) == [
        ("ceasefire", "organisation"), ("prisoners", "media"), ("prisoners", "organisation")]


def test_one_claim_per_article_across_mentions_of_the_talks():
    body = ("The talks opened in Vienna. The sides agreed to exchange prisoners. "
            "The talks ended on Friday. They agreed on the prisoner swap, a hotline, and a new "
            "round.")
    events = _events([("doc0", "doc0#e1", 0, "talks_round", "occurred", None),
                      ("doc0", "doc0#e2", 2, "talks_round", "occurred", None)])
    out = _run(body, events=events)
    assert list(zip(out["sentence_idx"], out["category"], strict=True)) == [
        (1, "prisoners"), (3, "military_dialogue"), (3, "negotiation_process")]


def test_a_clause_that_points_back_adds_no_second_row_of_the_same_status():
    body = ("The status of the buffer zone was left open, two officials said. It has been "
            "parked, one of them added.")
    out = _run(body, claims={("doc0", 0): ("two officials", "anonymous_source"),
                             ("doc0", 1): ("one of them", "anonymous_source")})
    assert list(zip(out["category"], out["status"], out["claimant"], strict=True)) == [
        ("separation_of_forces", "unresolved", "two officials")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister warned that his government would not discuss sovereignty.",
         [("territory", "disagreement")]),
        ("The next step is the pullback of forces deployed along the northern ridge, on which "
         "the two sides agreed to hold further discussions.",
         [("separation_of_forces", "discussed")]),
    ],
    ids=["would-not-discuss-is-a-refusal", "a-verb-about-which"],
)
def test_refusals_and_verbs_of_relative_clauses(text, expected):
    assert _pairs(_run(text)) == expected


def test_talks_that_broke_down_take_no_issue_from_the_sentence_before():
    text = ("The sides discussed the ceasefire. The talks broke down hours later, with the envoy "
            "saying they had failed.")
    assert _pairs(_run(text)) == [("ceasefire", "discussed"), ("negotiation_process", "stalled")]


def test_a_body_that_opens_as_an_issued_statement_speaks_for_its_issuer():
    articles = _articles("The following statement was issued today by the Spokesperson for the "
                         "Chair of the Regional Commission:\n\nThe two sides agreed to exchange "
                         "prisoners.")
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    assert out[["category", "claimant", "claimant_type"]].values.tolist() == [
        ["prisoners", "Spokesperson for the Chair of the Regional Commission", "organisation"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministers agreed on the text of the revised water sharing agreement.",
         [("economic", "agreed")]),
        ("The commanders signed a cessation of all hostilities.", [("ceasefire", "agreed")]),
        ("The parties signed a commitment to an inclusive national dialogue.",
         [("negotiation_process", "agreed")]),
        ("The envoys agreed to restore relations and to set up a commission on border control.",
         [("bilateral_relations", "agreed")]),
        ("Delegates failed to agree on reform of the dispute settlement system.", []),
        ("The government ruled out any withdrawal of its troops.",
         [("withdrawal_of_forces", "disagreement")]),
        ("\"We are very close on fisheries,\" the director said.", [("economic", "progress")]),
        ("The two presidents are expected to hold a summit in the spring, although no date has "
         "been fixed.", [("leaders_meeting", "unresolved")]),
        ("The mediator will invite both leaders to a summit. No date has been set.",
         [("leaders_meeting", "unresolved")]),
        ("The tariff question goes to the dispute settlement body.", []),
        ("Norland is opposing the extension of customs duties.", [("economic", "disagreement")]),
        ("The members have been negotiating on fisheries subsidies.", [("economic", "discussed")]),
    ],
    ids=["a-strong-issue-inside-a-weak-gap", "cessation-of-all-hostilities", "national-dialogue",
         "restored-relations-not-border-control", "dispute-settlement-is-no-settlement",
         "ruled-out", "very-close-on", "no-date-fixed-for-a-summit",
         "no-date-set-after-the-summit", "dispute-settlement-is-no-dispute", "opposing",
         "negotiating-on"],
)
def test_general_cues_of_issues_and_statuses(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The two sides reached the following understandings:\n\n1. The two sides agreed on "
         "the water releases.\n\n2. The two sides agreed to form a team to visit the dams.",
         [("water releases", "economic"), ("visit the dams", "economic")]),
        ("Key points:\n\n- Elections moved to November, the parties agreed.\n\n"
         "- The referendum was agreed too.",
         [("Elections moved", "political_issues_general"),
          ("referendum", "political_issues_general")]),
        ("The sides agreed on the water releases. Later they agreed to visit the dams.",
         [("water releases", "economic")]),
    ],
    ids=["numbered-points", "bulleted-points", "running-text-says-it-once"],
)
def test_each_point_of_a_list_is_an_outcome_of_its_own(body, expected):
    out = _run(body)
    assert [(next((f for f, _ in expected if f in e), e), c)
            for e, c in zip(out["evidence"], out["category"], strict=True)] == expected


def test_a_point_of_a_list_is_no_restatement_of_the_lead():
    body = ("The parties agreed on a new electoral calendar on Monday.\n\n"
            "- A diplomat said a compromise was reached over the referendum clause.")
    out = _run(body, claims={("doc0", 1): ("A diplomat", "anonymous_source")})
    assert list(zip(out["category"], out["claimant_type"], strict=True)) == [
        ("political_issues_general", "media"), ("political_issues_general", "anonymous_source")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed to hold the next round of talks on the border.",
         [("negotiation_process", "agreed")]),
        ("The sides worked on preparations for the next meeting of the envoys on the boundary "
         "question.", [("negotiation_process", "discussed")]),
        ("The sides agreed on the next meeting and on the border.",
         [("negotiation_process", "agreed"), ("territory", "agreed")]),
        # (a body set up on an issue: its remit is the outcome, the body the means to it)
        ("The sides agreed to set up working groups on humanitarian issues.",
         [("humanitarian", "agreed")]),
    ],
    ids=["next-round-on-the-border", "next-meeting-on-the-boundary", "and-is-a-second-issue",
         "a-working-group-is-no-meeting"],
)
def test_the_topic_of_a_meeting_is_no_outcome_of_its_own(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Question: Is there a date for the next meeting of the envoys?\n\n"
         "Spokesman: There is no date I can share with you.", [("negotiation_process", "unresolved")]),
        ("Question: Was a ceasefire agreed?\n\nSpokesman: I have nothing to add.", []),
        ('"If the vote fails without an agreement, you could see a constitutional crisis," an '
         "analyst said.", []),
        ("If the joint company works, the border dispute will fade.", []),
        ("The sides agreed on a ceasefire if the monitors are deployed.", [("ceasefire", "agreed")]),
    ],
    ids=["an-answer-refers-to-the-question", "a-question-reports-nothing",
         "a-condition-supposes", "if-opens-a-condition", "a-condition-after-an-agreement"],
)
def test_questions_and_conditions_report_no_outcome(body, expected):
    assert _pairs(_run(body)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides signed a number of agreements and memoranda, including a memorandum on "
         "maritime transport.", [("economic", "agreed")]),
        ("The sides agreed on humanitarian relief, including the exchange of prisoners.",
         [("humanitarian", "agreed")]),
        ("The meeting narrowed some gaps but left the biggest one - the threshold for "
         "ratification - open.",
         [("overall_settlement", "progress"), ("political_issues_general", "unresolved")]),
        ("The talks nearly collapsed over the referendum before the mediator brokered a "
         "compromise.", [("political_issues_general", "agreed")]),
        ("The talks made almost no progress on the border.", [("territory", "stalled")]),
    ],
    ids=["a-catch-all-then-its-items", "an-issue-then-its-items", "a-verb-around-an-aside",
         "nearly-collapsed-did-not", "almost-no-progress-is-none"],
)
def test_elaborations_asides_and_near_misses(text, expected):
    assert _pairs(_run(text)) == expected


def test_the_clause_before_a_speaker_who_says_more_is_the_texts_own():
    body = ("The private-sector group discussed banking, but the chair told participants that "
            '"the liquidity question remains unresolved".')
    articles = _articles(body)
    sentences = split_sentences(articles)
    claims = _claims(sentences, {("doc0", 0): ("Ana Ruiz", "named_official")})
    claims["cue"] = ["told"]
    out = extract_outcomes(articles, sentences, claims)
    got = list(zip(out["category"], out["status"], out["claimant_type"], strict=True))
    assert got == [("economic", "discussed", "media"),
                   ("economic", "unresolved", "named_official")]


def test_a_briefing_by_an_office_speaks_for_the_office():
    body = "Participants agreed on a set of priorities for alternative livelihoods."
    articles = _articles(body).assign(
        title="Daily Press Briefing by the Office of the Spokesperson for the Secretary-General")
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    assert out[["category", "claimant", "claimant_type"]].values.tolist() == [
        ["economic", "Office of the Spokesperson for the Secretary-General", "organisation"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides noted with satisfaction the completion of the irrigation projects.",
         [("economic", "progress")]),
        ("The minister conveyed an invitation to the president to visit the capital.",
         [("leaders_meeting", "discussed")]),
        ("The sides agreed to restore the military communication lines.",
         [("military_dialogue", "agreed")]),
        ("Both sides agreed that accidental clashes must be prevented.",
         [("military_dialogue", "agreed")]),
        ("The party said it would not sign the text because of the clause on foreign forces.",
         [("third_party_participation", "disagreement")]),
        ("The sides agreed to withdraw mercenaries, foreign fighters and foreign forces.",
         [("withdrawal_of_forces", "agreed")]),
        ("The parties agreed to set up a committee to prepare the handover of powers.",
         [("political_issues_general", "agreed")]),
        ("They also discussed regional and international developments of common interest.",
         [("political_issues_general", "discussed")]),
        ("According to the protocol, the water point will be managed by a joint company.",
         [("economic", "agreed")]),
        ("The positions of the sides on the border became much closer than before.",
         [("territory", "progress")]),
        ("The private-sector group discussed liquidity and access to banking.",
         [("economic", "discussed")]),
        ("The leaders proposed a summit. The capital has not responded to the proposal.",
         [("leaders_meeting", "unresolved")]),
        ("He said the border was discussed in detail, but no final solution was found.",
         [("territory", "unresolved")]),
        ("The sides agreed on the border, but no final solution was found on the road.",
         [("territory", "agreed")]),
        ("Norland proposed a joint border commission, but Sudland gave no answer.",
         [("territory", "discussed")]),
        ("Norland demanded a binding deal on the dam, while Sudland insists on guidelines.",
         [("economic", "disagreement")]),
        ("The communiqué noted the differing views of the parties on the border.",
         [("territory", "disagreement")]),
        ("The two governments agreed on independence no later than 2027.",
         [("political_issues_general", "agreed")]),
    ],
    ids=["noted-with-satisfaction", "an-invitation-is-a-proposal", "communication-lines",
         "accidental-clashes", "would-not-sign-over-foreign-forces",
         "foreign-forces-that-withdraw", "handover-of-powers", "regional-developments",
         "according-to-the-protocol", "much-closer", "liquidity-and-banking",
         "not-responded-to-the-proposal", "discussed-but-no-solution", "agreed-but-no-solution",
         "a-proposal-unanswered", "a-demand-met-by-insistence",
         "differing-views",
         "independence"],
)
def test_cues_of_a_seventh_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed to hold the next round in May.", [False]),
        ("The sides may agree to hold the next round in June.", [True]),
    ],
    ids=["in-may-is-a-month", "may-is-a-hedge"],
)
def test_the_month_of_may_hedges_nothing(text, expected):
    assert _run(text)["hedged"].tolist() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Five prisoners were released on Sunday.", [("prisoners", "agreed")]),
        ("The sides exchanged prisoners at the airport.", [("prisoners", "agreed")]),
        ("The exchange of prisoners has been completed, the agency said.",
         [("prisoners", "agreed")]),
        ("The ministry had recently handed back 40 children.", []),
        ("Belarus released 31 political prisoners, the embassy in Vilnius said.",
         [("civilian_detainees", "agreed")]),
        ("The two sides reached an understanding on the return of inspectors.",
         [("military_issues_general", "agreed")]),
        ("The sides discussed the debt, but they have different approaches.",
         [("economic", "disagreement")]),
        ("Talks on the fisheries have been going nowhere since 2024.",
         [("economic", "stalled")]),
        ("Nothing has been decided on the summit.", [("leaders_meeting", "unresolved")]),
        ("Norland said any attempt to divert the water would be considered an act of war.", []),
        ("The question of access to the lake was put off until the next session.",
         [("economic", "unresolved")]),
        ("The parties agreed that the fifth session shall be held in Lusaka.",
         [("negotiation_process", "agreed")]),
        ("We agreed to reconvene the joint commission.", [("negotiation_process", "agreed")]),
        ("Russia and Syria agreed on wheat supplies, however the status of the military bases "
         "remains unresolved.", [("economic", "agreed"), ("military_issues_general", "unresolved")]),
        ("The Parties agreed to exchange scientific data on fish stocks.",
         [("economic", "agreed")]),
        ("Border clashes killed ten people before the sides agreed a truce.", []),
        ("The sides agreed on a joint fishing zone.", [("territory", "agreed")]),
    ],
    ids=["released", "exchanged", "completed", "handed-back-recently-is-history",
         "released-but-the-embassy-is-the-speaker", "reached-an-understanding",
         "different-approaches", "going-nowhere", "nothing-decided", "considered-as-regarded",
         "put-off-until-the-next-session", "an-ordinal-session-shall-be-held", "reconvene",
         "however-without-a-comma", "exchanging-data-is-no-swap", "border-clashes-are-no-border",
         "a-fishing-zone-is-a-maritime-zone"],
)
def test_cues_of_an_eighth_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parties agreed, pending a final settlement, to issue no new licences in the "
         "disputed waters.", [("territory", "agreed")]),
        ("Holding the next round reflects their commitment to a lasting peace.", []),
        ("Commissioner for Fisheries Anna Berg said the prisoners were discussed.",
         [("prisoners", "discussed")]),
        ("The sides agreed to share data during the monsoon, as a humanitarian measure.",
         [("humanitarian", "agreed")]),
        ("The sides agreed to set up a working group on the railway.", [("economic", "agreed")]),
        ("The sides agreed to set up a working group to assess the request.",
         [("negotiation_process", "agreed")]),
        ("Regarding the next summit meeting, the ministers agreed that the prime minister will "
         "visit Seoul.", [("leaders_meeting", "agreed")]),
    ],
    ids=["pending-leaves-open-only-the-noun-after-it", "commitment-to-bears-on-what-follows",
         "an-office-title-names-no-issue", "context-stops-at-a-comma-phrase",
         "a-body-on-an-issue-is-its-remit", "a-body-without-a-remit",
         "the-next-summit-is-the-leaders-meeting"],
)
def test_where_a_cue_reaches_in_an_eighth_audit(text, expected):
    assert _pairs(_run(text)) == expected


def test_an_answer_speaks_of_the_issues_of_its_question():
    text = ("The talks ended.\n\nQ: Will there be a meeting between the two prime ministers?\n\n"
            "A: It was mentioned. Our prime minister is open to it. Nothing has been decided.\n\n"
            "Q: What about trade?\n\nA: We will see. Nothing has been decided.")
    out = _run(text)
    assert list(zip(out["category"], out["status"], out["sentence_idx"], strict=True)) == [
        ("leaders_meeting", "unresolved", 4), ("economic", "unresolved", 7)]


@pytest.mark.parametrize(
    "body, expected",
    [
        ("JOINT COMMUNIQUÉ\n\n1. The delegations met in Lusaka.\n\n2. The Parties agreed to "
         "exchange prisoners.\n\n3. The Ministry of Foreign Affairs of Norland thanked the hosts.",
         ("joint statement", "joint_statement")),
        ("THE WEEKLY DESK\n\n1. Norland and Sudland\n\nThe sides agreed to exchange prisoners."
         "\n\n2. Elsewhere\n\nThe mood was calm.", (None, "media")),
    ],
    ids=["a-joint-communique-numbers-its-paragraphs", "a-digest-numbers-its-sections"],
)
def test_numbered_paragraphs_of_a_joint_text_and_of_a_digest(body, expected):
    row = _run(body).iloc[0]
    assert (row["category"], row["claimant"], row["claimant_type"]) == ("prisoners", *expected)


@pytest.mark.parametrize(
    "title",
    ["Joint Communiqué of the Fourth Session of the Border Talks",
     "Joint Press Release on the Fourth Round of Border Talks"],
    ids=["communique", "press-release"],
)
def test_a_text_titled_joint_communique_is_the_joint_statements(title):
    articles = _articles("1. The delegations met in Lusaka.\n\n2. The Parties agreed to exchange "
                         "prisoners.\n\n3. The Ministry of Foreign Affairs of Norland thanked "
                         "the hosts.")
    articles["title"] = title
    sentences = split_sentences(articles)
    out = extract_outcomes(articles, sentences, _claims(sentences))
    assert out[["category", "claimant", "claimant_type"]].values.tolist() == [
        ["prisoners", "joint statement", "joint_statement"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys agreed to intensify the negotiations on the treaty.",
         [("negotiation_process", "agreed")]),
        ("The legal status of the strait remains an open question.",
         [("political_issues_general", "unresolved")]),
        ("Its geographical scope is still unresolved.",
         [("territory", "unresolved")]),
        ("The sides discussed the second annex of the accord.",
         []),
        ("Implementation of the 2019 accord remains incomplete.",
         [("overall_settlement", "unresolved")]),
        ("The rules on fishing quotas have been stabilised in principle.",
         [("economic", "progress")]),
        ("The talks on customs are moving in the right direction.",
         [("economic", "progress")]),
        ("A final settlement is within reach, the mediator said.",
         [("overall_settlement", "progress")]),
        ("The minister said the gap on tariffs remains wide.",
         [("economic", "disagreement")]),
        ("Nobody has shown how to bridge the gap on tariffs.",
         []),
        ("The system of guarantees is not up for discussion, Sudland said.",
         [("security_guarantees", "disagreement")]),
        ("On elections, nothing has moved.",
         [("political_issues_general", "stalled")]),
        ("The ministers agreed to free all persons deprived of their liberty.",
         [("civilian_detainees", "agreed")]),
        ("The donors discussed a social protection scheme.",
         [("humanitarian", "discussed")]),
        ("The parties agreed on an international observation mission.",
         [("third_party_participation", "agreed")]),
        ("Commanders agreed on a concept of operations against the militia.",
         [("military_issues_general", "agreed")]),
        ("Issues of security and stability along the frontier were discussed.",
         [("military_issues_general", "discussed")]),
        ("Their positions on the border require further study.",
         [("territory", "unresolved")]),
        ("Officials said they were closer to a solution on water sharing.",
         [("economic", "progress")]),
        ("The wider normalisation process has stalled.",
         [("overall_settlement", "stalled")]),
        ("The delegations made progress on the negotiating text.",
         [("overall_settlement", "progress")]),
        ("The new legal framework was discussed.",
         [("political_issues_general", "discussed")]),
    ],
    ids=["intensify-negotiations", "legal-status", "geographical-scope",
         "an-annex-is-no-annexation", "implementation-incomplete", "stabilised-in-principle",
         "in-the-right-direction", "within-reach", "a-gap", "bridging-a-gap-is-no-gap",
         "not-up-for-discussion", "nothing-has-moved", "deprived-of-liberty",
         "social-protection", "observation-mission", "concept-of-operations",
         "security-and-stability", "require-further-study", "closer-to-a-solution",
         "normalisation-process", "negotiating-text", "legal-framework"],
)
def test_issue_and_status_cues_of_a_ninth_and_tenth_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The process stalled after the vote.",
         [("negotiation_process", "stalled")]),
        ("The teams will draft a framework for a possible agreement.",
         []),
        ("A settlement could come by spring if Sudland accepts a partial disarmament.",
         []),
        ("The army agreed to a truce if the rebels withdraw their fighters.",
         [("ceasefire", "agreed")]),
        ("Officials said some progress had been made towards the lifting of sanctions.",
         [("economic", "progress")]),
        ("The militia agreed to hand over, before 30 April, all the children in its ranks.",
         [("children", "agreed")]),
        ("Norland will sign the Treaty on Friendship and Good Relations between the two states"
         " without delay.",
         []),
        ("The delegations closed the fourth round of their talks in the Zambian capital on "
         "Friday and agreed to launch expert negotiations next week.",
         [("negotiation_process", "agreed")]),
        ("Energy Minister Anna Berg said the truce was agreed.",
         [("ceasefire", "agreed")]),
    ],
    ids=["the-process-stalled", "a-possible-agreement-is-none",
         "a-condition-within-a-clause-reports-nothing", "the-clause-before-its-condition",
         "progress-towards", "before-a-date-is-a-time", "an-issue-in-a-treaty-title",
         "the-mention-the-cue-bears-on", "an-office-after-an-issue-word"],
)
def test_conditions_times_titles_and_the_mention_a_cue_bears_on(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys discussed the transit of goods, without reaching agreement on tariffs.",
         [("economic", "discussed"), ("economic", "unresolved")]),
        ("Sudland insists that the form of the state is not negotiable.",
         [("political_issues_general", "disagreement")]),
        ("The deal grants a special status to the two provinces.",
         [("political_issues_general", "agreed")]),
        ("He called the meeting an attempt to settle a dispute over grazing land and water.",
         []),
        ("The envoy did not expect a deal from the meeting, which he described as a first look"
         " at the complaints over water.",
         []),
    ],
    ids=["without-opens-a-clause-of-its-own", "form-of-the-state", "special-status",
         "settling-a-dispute-is-no-dispute", "an-agreement-noun-reaches-only-issues-near-it"],
)
def test_clauses_and_reach_of_cues_of_a_sixth_audit(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The negotiators agreed to reconvene the joint commission on missing persons.",
         [("bodies_repatriation", "agreed")]),
        ("It was agreed that the 14th meeting of the commissions will be held in May.",
         [("negotiation_process", "agreed")]),
        ("The sides agreed to link their border services by radio.",
         []),
        ("Some questions on the military bases require additional study.",
         [("military_issues_general", "unresolved")]),
        ("Norland will not compromise on the integrity of its territory.",
         [("territory", "disagreement")]),
    ],
    ids=["the-verb-that-convenes-a-body-with-a-remit", "an-ordinal-in-figures",
         "border-services-name-no-border", "require-additional-study", "will-not-compromise"],
)
def test_remits_ordinals_and_cues_of_a_seventh_audit(text, expected):
    assert _pairs(_run(text)) == expected


def test_an_answer_takes_the_issue_its_question_paragraph_names():
    text = ("The talks ended.\n\nQ: The statement mentions a hotline between the two armies. "
            "When will it work?\n\nA: That was agreed in May. It is simple.\n\n"
            "Q: Reports say the sides failed to agree on the enclaves. Is that accurate?\n\n"
            "A: The enclaves were raised. Our position is clear. There is no agreement on this.")
    sentences = split_sentences(_articles(text))
    by_idx = {("doc0", i): ("Anna Berg", "named_official") for i in (3, 4, 7, 8, 9)}
    out = _run(text, claims=by_idx)
    assert list(zip(out["category"], out["status"], out["sentence_idx"], strict=True)) == [
        ("military_dialogue", "agreed", 3), ("territory", "unresolved", 5),
        ("territory", "discussed", 7), ("territory", "unresolved", 9)]
    assert len(sentences) == 10


def test_an_issue_word_that_names_a_document_is_no_issue():
    text = ("Norland urged both sides to respect the Ceasefire Agreement of 2019, including the "
            "withdrawal of heavy weapons and troops.")
    assert _pairs(_run(text)) == [("withdrawal_of_forces", "discussed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parties agreed that the sixth cycle will be held in Lusaka.",
         [("negotiation_process", "agreed")]),
        ("The first fighters will move into the assembly areas on Monday, the sides agreed.",
         [("military_issues_general", "agreed")]),
        ("The ministers also discussed the use of the national currency.",
         [("economic", "discussed")]),
        ("The sides signed a truce on Friday, closing the third round of talks.",
         [("ceasefire", "agreed")]),
        ("At the close of the fourth round, the parties agreed to meet again.",
         [("negotiation_process", "agreed")]),
        ("The sides exchanged views on the enclaves. The approaches of the sides on this "
         "issue require further study by the expert working groups.",
         [("territory", "unresolved")]),
    ],
    ids=["a-cycle-of-talks", "assembly-areas", "currency", "the-round-being-closed",
         "the-round-closed-before-a-comma", "a-body-by-which-the-issue-is-studied"],
)
def test_cycles_zones_currencies_rounds_closed_and_bodies_that_act(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The commanders agreed on the gradual pullback of heavy weapons from the border area.",
         [("separation_of_forces", "agreed")]),
        ("The experts discussed the data exchange.", []),
        ("Patrols will continue along the border, the two sides agreed on trade.",
         [("economic", "agreed")]),
        ("The talks on the disputed border area ended without agreement.",
         [("territory", "unresolved")]),
    ],
    ids=["heavy-weapons-pulled-back", "data-exchange-is-no-swap",
         "along-the-border-is-a-place", "a-disputed-border-area-is-territory"],
)
def test_heavy_weapons_data_exchanges_and_border_places(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mediators say the border dispute has not moved.", [("territory", "stalled")]),
        ("The maritime dispute remains exactly where it was in 2019.",
         [("territory", "stalled")]),
        ("The talks on the ceasefire did not move.", [("ceasefire", "stalled")]),
        ("There is no negotiation on our territory, the minister said.",
         [("territory", "disagreement")]),
        ("The withdrawal of troops is not a subject for bargaining.",
         [("withdrawal_of_forces", "disagreement")]),
    ],
    ids=["dispute-has-not-moved", "exactly-where-it-was", "did-not-move",
         "no-negotiation-on", "not-for-bargaining"],
)
def test_a_dispute_that_has_not_moved_and_issues_not_for_bargaining(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The mediators raised new landmines on the northern side of the border.",
         [("military_dialogue", "discussed")]),
        ("The two sides agreed to deploy a regional observer team.",
         [("ceasefire_monitoring", "agreed")]),
        ("On the nine soldiers who were captured in May, there is no progress.",
         [("prisoners", "stalled")]),
        ("The fate of the soldiers held by the militia remains unresolved.",
         [("prisoners", "unresolved")]),
        ("The talks ended after the soldiers captured the hill and the sides failed to agree.",
         []),
        ("The talks will resume in the autumn, the envoy announced.",
         [("negotiation_process", "agreed")]),
    ],
    ids=["a-side-of-the-border-is-a-place", "observer-team", "soldiers-who-were-captured",
         "soldiers-held-by", "soldiers-who-capture-a-place", "talks-will-resume"],
)
def test_observer_teams_captured_soldiers_and_talks_that_resume(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The parties agreed to establish a technical sub-committee to examine the seven points "
         "where differences are narrower, and to meet again in May.",
         [("negotiation_process", "agreed")]),
        ("The envoys agreed to send experts to the villages, where talks have stalled, and to "
         "resume the talks in June.", [("negotiation_process", "agreed")]),
        ("The first round, which produced agreement on six measures, including the crossing "
         "points, was held in Geneva.", [("humanitarian", "agreed")]),
    ],
    ids=["where-differences-are-narrower", "where-talks-have-stalled", "which-goes-on"],
)
def test_a_cue_of_a_relative_clause_stops_at_its_end(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Gas lies under the disputed sea. Interest has doubled since 2020. Norland raised the "
         "issue again in Oslo; Sudland refused to discuss it.", [("economic", "disagreement")]),
        ("Gas lies under the disputed sea. Interest has doubled since 2020. Sudland refused to "
         "discuss it.", []),
    ],
    ids=["the-issue-reaches-back", "a-pronoun-does-not"],
)
def test_a_noun_that_points_back_passes_a_sentence_with_no_issue(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The detainees were raised again. So that file is stuck.", [("prisoners", "stalled")]),
        ("Next: fifth round, Oslo, April.", [("negotiation_process", "agreed")]),
        ("Coming up: the leaders' summit in Oslo on 3 June.", [("leaders_meeting", "agreed")]),
        ("The sides agreed on a rotating presidency.", [("political_issues_general", "agreed")]),
        ("Political equality was discussed.", [("political_issues_general", "discussed")]),
    ],
    ids=["that-file", "a-digest-next-label", "a-digest-coming-up-label", "rotating-presidency",
         "political-equality"],
)
def test_files_digest_labels_and_power_sharing_terms(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the soldiers held by Norland since the clashes of 29 July, the Sudland side "
         "reaffirmed that they will be returned.", [("prisoners", "agreed")]),
        ("• Regarding the ceasefire in the southern districts near the lake, the envoys "
         "announced that it will be extended.", [("ceasefire", "agreed")]),
        ("On the prisoners, nothing was agreed.", [("prisoners", "unresolved")]),
    ],
    ids=["on-a-long-topic", "regarding-a-topic-after-a-bullet", "nothing-was-agreed"],
)
def test_a_topic_put_first_takes_the_verb_of_its_clause(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended without a deal on fuel taxation.", [("economic", "unresolved")]),
        ("The envoys discussed the salaries of public employees.", [("economic", "discussed")]),
        ("The sharing of revenues remains unresolved.", [("economic", "unresolved")]),
        ("On production caps, the two blocs are as far apart as ever.",
         [("economic", "disagreement")]),
        ("A dedicated fund for the islands was agreed.", [("economic", "agreed")]),
        ("A social protection fund was agreed.", [("humanitarian", "agreed")]),
        ("The finance ministry said nothing was agreed.", []),
        ("The procedural row over voting has got worse.",
         [("negotiation_process", "disagreement")]),
        ("Consultations on decision-making produced nothing.",
         [("negotiation_process", "stalled")]),
    ],
    ids=["taxation", "salaries", "revenues", "production-before-far-apart", "a-fund",
         "a-fund-for-relief-is-relief", "a-finance-ministry-is-no-issue", "procedural-row",
         "decision-making-produced-nothing"],
)
def test_money_production_and_decision_rules_of_treaty_talks(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates adopted a decision to forward the draft to the next session.",
         [("negotiation_process", "agreed")]),
        ("The framework adopted in 2019 covers the border.", []),
        ("The delegations said they had finalised the text on fisheries.",
         [("economic", "agreed")]),
        ("The meeting witnessed an understanding on fishing quotas.", [("economic", "agreed")]),
        ("The memorandum of understanding on fisheries was reviewed.",
         [("economic", "discussed")]),
        ("On fisheries we are closer than ever.", [("economic", "progress")]),
        ("There was real movement on fisheries.", [("economic", "progress")]),
        ("The two sides may be close to a formula on fisheries.", [("economic", "progress")]),
        ("Access to the naval base is still open.", [("military_issues_general", "unresolved")]),
        ("We are not there yet on fisheries.", [("economic", "unresolved")]),
        ("The round ended, but not with a deal on fisheries.", [("economic", "unresolved")]),
        ("The technical committees will continue their meetings.",
         [("negotiation_process", "agreed")]),
        ("The working group will continue to meet regularly.",
         [("negotiation_process", "agreed")]),
        ("Norland undertook to lift the sanctions.", [("economic", "agreed")]),
        ("Coordination on the dam has improved markedly.", [("economic", "progress")]),
        ("The two sides moved closer on the border.", [("territory", "progress")]),
        ("On the border, the round moved nothing.", [("territory", "stalled")]),
    ],
    ids=["adopted-a-decision", "a-framework-adopted-long-ago", "finalised", "understanding-on",
         "a-memorandum-of-understanding-is-a-title", "closer-than", "real-movement",
         "close-to-a-formula", "still-open", "not-there-yet", "not-with-a-deal",
         "will-continue-their-meetings", "will-continue-to-meet", "undertook-to",
         "improved-markedly", "moved-closer", "moved-nothing"],
)
def test_status_cues_of_treaty_committees_and_newsletters(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A delegate said a compromise on fisheries might be possible by Friday.",
         [("economic", "progress")]),
        ("Officials said the text on the ceasefire could be ready by June.",
         [("ceasefire", "progress")]),
        ("The next round, planned for April, could slip to after the elections.",
         [("negotiation_process", "unresolved")]),
        ("Officials said a cross-border energy package could be ready by mid-year.",
         [("economic", "progress")]),
        ("The delegations came away with the legal text on fisheries.",
         [("economic", "agreed")]),
        ("The delegations came away with nothing on the border.", [("territory", "stalled")]),
        ("There is better news on fisheries.", [("economic", "progress")]),
        ("There was no good news on the ceasefire.", [("ceasefire", "unresolved")]),
    ],
    ids=["might-be-possible-by", "could-be-ready-by", "could-slip",
         "cross-border-is-no-border-issue", "came-away-with", "came-away-with-nothing",
         "better-news-on", "no-good-news-on"],
)
def test_forecasts_dates_that_may_slip_and_what_a_round_brought_home(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Q: The ceasefire was said to be the bright spot.\n\n"
         "A: It is. Some of it is still in brackets, but there was real movement this week.",
         [("ceasefire", "progress")]),
        ("Q: What about the ceasefire?\n\nA: There was real progress.",
         [("ceasefire", "progress")]),
        ("Q: You met the envoys.\n\nA: There was a good atmosphere.", []),
    ],
    ids=["a-statement-put-by-the-interviewer", "there-was-in-an-answer", "no-issue-no-row"],
)
def test_an_answer_to_an_interviewers_statement_speaks_of_its_issue(body, expected):
    assert _pairs(_run(body)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("The ministers discussed fisheries. Their positions on this question remain different.",
         [("economic", "disagreement")]),
        ("The ministers discussed fisheries. The positions of the two sides remain different.",
         [("economic", "discussed"), ("overall_settlement", "disagreement")]),
        ("Norland stressed its fair share of the water. Southland said rivers must be managed "
         "by need. The sides noted that their positions on this question remain different.",
         [("economic", "disagreement")]),
        ("The delegations discussed tariffs. No agreement was reached on it.",
         [("economic", "unresolved")]),
        ("The delegations discussed tariffs. Nobody walked out.", [("economic", "discussed")]),
    ],
    ids=["positions-on-this-question", "positions-alone-are-the-settlements",
         "this-question-two-sentences-back", "no-agreement-was-reached-on-it",
         "nobody-walked-out"],
)
def test_a_clause_that_points_back_with_a_catch_all_or_a_negated_agreement(body, expected):
    assert _pairs(_run(body)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On the substance, the talks moved nothing.", [("overall_settlement", "stalled")]),
        ("The harder questions did not move.", [("overall_settlement", "stalled")]),
        ("Talks on the core issues have been frozen since 2019.",
         [("overall_settlement", "stalled")]),
        ("The envoys opened consultations on the voting rules, but two delegates described them "
         "as frozen.", [("negotiation_process", "stalled")]),
        ("On the border, the two sides are where they were in March.",
         [("territory", "stalled")]),
    ],
    ids=["the-substance", "harder-questions", "been-frozen-since", "described-as-frozen",
         "where-they-were"],
)
def test_the_core_of_the_talks_and_a_process_put_on_ice(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They agreed on the referendum, but not on the voting rules.",
         [("political_issues_general", "agreed"), ("negotiation_process", "unresolved")]),
        ("The ministers made progress on trade, but not on the border.",
         [("economic", "progress"), ("territory", "unresolved")]),
        ("Prisoners were discussed, but not the border.",
         [("prisoners", "discussed"), ("territory", "unresolved")]),
        ("We have agreed on the calendar, not on the substance.", []),
        ("The sides rejected the truce, but not the prisoner swap.",
         [("ceasefire", "disagreement")]),
    ],
    ids=["agreed-but-not-on", "progress-but-not-on", "discussed-but-not", "comma-not-on",
         "a-refusal-is-not-denied"],
)
def test_a_clause_that_only_denies_what_the_clause_before_says(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On prisoners: progress.", [("prisoners", "progress")]),
        ("Prisoners: the sides agreed a swap.", [("prisoners", "agreed")]),
        ("On the voting rules: nothing.", [("negotiation_process", "stalled")]),
        ("On the border, nothing yet.", [("territory", "stalled")]),
        ("The border: no movement.", [("territory", "stalled")]),
        ("On the border, the sides talked past each other.", [("territory", "disagreement")]),
        ("On day two the water experts met, and at 18:45 the heads signed the minutes.", []),
    ],
    ids=["topic-colon-status", "label-colon-status", "topic-colon-nothing", "topic-comma-nothing",
         "no-movement", "talked-past-each-other", "a-time-is-no-colon"],
)
def test_a_topic_or_label_before_a_colon_takes_the_status_after_it(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "lead_in, expected",
    [
        ("Its main points:", ("joint statement", "joint_statement")),
        ("The statement went on to list a long series of points:", (None, "media")),
    ],
    ids=["short-lead-in-points-back", "long-lead-in-stays-the-outlet's"],
)
def test_a_short_lead_in_takes_the_claimant_of_the_sentence_before(lead_in, expected):
    body = (
        "The joint statement was read out by the host.\n\n"
        f"{lead_in}\n\n"
        "- The two sides agreed to exchange prisoners."
    )
    articles = _articles(body)
    sentences = split_sentences(articles)
    claims = _claims(sentences, {("doc0", 0): ("joint statement", "joint_statement")})
    out = extract_outcomes(articles, sentences, claims)
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected


@pytest.mark.parametrize(
    "heading, expected",
    [
        ("PRESS RELEASE\n\nNorland Boundary Commission (NBC)",
         ("Norland Boundary Commission (NBC)", "organisation")),
        ("NEWS\n\nNorland Boundary Commission (NBC)", (None, "media")),
    ],
    ids=["press-release-over-issuer", "no-release-heading"],
)
def test_a_press_release_heading_names_its_issuer_below(heading, expected):
    articles = _articles(f"{heading}\n\nThe two sides agreed to exchange prisoners.")
    sentences = split_sentences(articles)
    claims = _claims(sentences)
    claims["cue"] = [t if "RELEASE" in t else None for t in sentences["text"]]
    claims.loc[claims["cue"].notna(), "claimant_type"] = "organisation"
    out = extract_outcomes(articles, sentences, claims)
    row = out[out["category"] == "prisoners"].iloc[0]
    assert (row["claimant"], row["claimant_type"]) == expected



# Cheap tests run before the rules (a literal, a word, a character the rule needs); each row
# holds what one of them must let through.
@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed on a pause in the fighting.", [("ceasefire", "agreed")]),
        ("The sides agreed to remain in close touch.", [("negotiation_process", "agreed")]),
        ("The sides agreed to remain in close touch and to remain calm.",
         [("negotiation_process", "agreed")]),
        ("They'll meet again in the capital within a month.",
         [("negotiation_process", "agreed")]),
        ("The army agreed to a truce unless the prisoners are released.",
         [("ceasefire", "agreed")]),
        ("The sides agreed to a truce if Norland withdraws its troops.", [("ceasefire", "agreed")]),
        ("The sides agreed on prisoners, but the border remains unresolved.",
         [("prisoners", "agreed"), ("territory", "unresolved")]),
        ("The sides agreed to an exchange of prisoners; the ceasefire was not discussed.",
         [("prisoners", "agreed"), ("ceasefire", "unresolved")]),
        ("In the run-up to the ceasefire talks, the sides agreed to exchange prisoners.",
         [("prisoners", "agreed")]),
        ("The meeting left the biggest one - the threshold for ratification - open.",
         [("political_issues_general", "unresolved")]),
    ],
    ids=["word-inside-literal", "words-inside-literal", "opening-word-twice", "contracted-will", "unless", "if",
         "contrast-but", "contrast-semicolon", "context-phrase", "dash-aside"],
)
def test_cheap_tests_before_the_rules_let_every_match_through(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks between the two governments are paused for now.",
         [("negotiation_process", "stalled")]),
        ("Talks on the fisheries accord have broken down.", [("economic", "stalled")]),
        ("The chair said a draft protocol on incident prevention was substantially completed.",
         [("military_dialogue", "progress")]),
        ("An official said the framework agreement will not be reopened.",
         [("overall_settlement", "disagreement")]),
        ("The ministers agreed to set up a data-sharing mechanism for the river.",
         [("economic", "agreed")]),
        ("Both delegations agreed to approve the cartography of the northern sector.",
         [("territory", "agreed")]),
        ("The last round had commissioned a joint hydrological survey of the lake.",
         [("economic", "agreed")]),
        ("The sides agreed terms of reference for a committee on marine protected areas.",
         [("economic", "agreed")]),
        ("The lenders agreed in principle to reschedule interest payments.",
         [("economic", "agreed")]),
        ("A delegate said the discussion of straight baselines went nowhere.",
         [("territory", "stalled")]),
        ("The other side saw no reason to change the water allocation.",
         [("economic", "disagreement")]),
        ("The communique noted the progress made on the dredging works at the port.",
         [("economic", "progress")]),
        ("The mediator paused talks on the dam in 2019.", []),
        ("Diplomats say the data-sharing mechanism could be in place by the end of the year.",
         [("economic", "progress")]),
    ],
    ids=["paused", "broken-down", "substantially-completed", "not-reopened", "data-sharing",
         "cartography", "commissioned", "marine-protected-area", "payments", "baselines",
         "no-reason-to-change", "took-note-of-progress", "paused-in-the-past", "could-be-in-place"],
)
def test_talks_on_hold_texts_nearly_done_and_issues_of_rivers_seas_and_debt(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A senior delegate said the text will not be reopened.",
         [("overall_settlement", "disagreement")]),
        ("Both sides said the text was agreed and signed in March.",
         [("overall_settlement", "agreed")]),
        ("The delegations discussed a draft protocol on prisoner exchanges. It was not possible"
         " to agree on the text.", [("prisoners", "unresolved")]),
        ("The text of the statement said the sides agreed to meet in May.", []),
        ("The party said it would not sign the text because of the clause on foreign forces.",
         [("third_party_participation", "disagreement")]),
        ("Nordland's deputy minister for water, Ilse Varga, said the council will not renegotiate"
         " the framework agreement.", [("overall_settlement", "disagreement")]),
        ("The minister of defence said the ceasefire had been agreed.", [("ceasefire", "agreed")]),
    ],
    ids=["text-not-reopened", "text-agreed", "text-of-the-issue-before",
         "text-of-a-statement-is-no-issue", "text-gives-way-to-its-clause",
         "minister-for-water-is-an-office", "office-and-issue"],
)
def test_the_text_is_the_settlement_and_a_lower_case_office_names_no_issue(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "body, expected",
    [
        ("Q: What did you settle?\n\nA: We agreed on every customs annex except the one on "
         "veterinary certificates.\n\nQ: So that point is still open?\n\n"
         "A: Yes, that point is unresolved.",
         [("economic", "agreed"), ("economic", "unresolved")]),
        ("Q: What did you settle?\n\nA: We agreed on every customs annex.\n\n"
         "Q: Will you sign soon?\n\nA: Yes, that is unresolved.",
         [("economic", "agreed")]),
    ],
    ids=["a-question-pointing-back-asks-of-the-last-answer", "a-question-that-does-not-point"],
)
def test_a_question_pointing_back_asks_of_the_issue_last_answered(body, expected):
    assert _pairs(_run(body)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations ended the round without agreeing how to divide the 2031 quota of catch.",
         [("economic", "unresolved")]),
        ("The four states did agree a total allowable catch of 90,000 tonnes.",
         [("economic", "agreed")]),
        ("An official said some progress had been made on access for the Varnish fleet to "
         "Norland waters.", [("economic", "progress")]),
        ("Ostria rejected a proposal to base shares on the stock's zonal attachment.",
         [("economic", "disagreement")]),
        ("The ministers agreed to reopen the Tarsk bridge to goods vehicles from 1 May.",
         [("economic", "agreed")]),
        ("The Ostrian contribution of 40 million crowns a year is agreed.",
         [("economic", "agreed")]),
        ("On car-ferry schedules for the Velm islands, nothing was settled.", []),
        ("On the fishing quotas, nothing was settled.", [("economic", "unresolved")]),
        ("The sides still do not see eye to eye on fisheries.",
         [("economic", "disagreement")]),
        ("The minister said talks on the return of ambassadors have not moved.",
         [("bilateral_relations", "stalled")]),
        ("The parties agreed to deepen cooperation on security in the Varn Sea.",
         [("military_issues_general", "agreed")]),
        ("The Norland side presented its views on new military installations on the islands.",
         [("military_issues_general", "discussed")]),
        ("A delegate said the discussion on the referendum has not advanced at all.",
         [("political_issues_general", "stalled")]),
        ("A delegate said the bill on the referendum has not advanced.",
         [("political_issues_general", "unresolved")]),
        ("Ostria and Norland fundamentally disagree on citizenship.",
         [("political_issues_general", "disagreement")]),
        ("The ministers agreed to ask for a review of pre-trial detentions.",
         [("civilian_detainees", "agreed")]),
        ("Norland agreed to resume the negotiation.", [("negotiation_process", "agreed")]),
        ("Ostria broke off the talks on fisheries.", [("economic", "stalled")]),
        ("The signing is planned for 6 May in Tarsk.", [("negotiation_process", "agreed")]),
        ("The sides agreed to meet again at a meeting of experts in June.",
         [("negotiation_process", "agreed")]),
        ("On tariffs, the work is mostly done.", [("economic", "progress")]),
        ("That question is open, a spokesman said of the quotas.", [("economic", "unresolved")]),
    ],
    ids=["without-agreeing-how-to-share-the-catch", "total-allowable-catch",
         "access-for-the-fleet", "zonal-attachment", "goods-vehicles", "contribution-of",
         "nothing-settled-no-issue", "nothing-was-settled", "not-see-eye-to-eye",
         "return-of-ambassadors", "cooperation-on-security", "military-installations",
         "not-advanced-at-all", "not-advanced", "citizenship", "pre-trial-detention", "resume-the-negotiation",
         "broke-off", "signing-planned-for", "meeting-of-experts",
         "mostly-done", "question-is-open"],
)
def test_fisheries_goods_and_contributions_and_cues_of_settling_and_moving(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two panels agreed to resume the decommissioning of combatants on 3 March.",
         [("military_issues_general", "agreed")]),
        ("Ostria expressed serious concern over the Norland military buildup on the coast.",
         [("military_issues_general", "disagreement")]),
        ("The applications for amnesty of 400 former fighters remain pending.",
         [("political_issues_general", "unresolved")]),
        ("On the oil pipeline, the positions are exactly where they were last spring.",
         [("economic", "stalled")]),
        ("The sides made progress on overflight fees for Ostrian carriers.",
         [("economic", "progress")]),
        ("They agreed to set up a working group on sanitary and phytosanitary controls.",
         [("economic", "agreed")]),
        ("Norland has not accepted the Ostrian demand on the safeguard clause.",
         [("economic", "disagreement")]),
        ("The minister said the naval base was not on the table.",
         [("military_issues_general", "disagreement")]),
        ("The naval base was on the table.", [("military_issues_general", "discussed")]),
        ("They agreed to exchange information on the movements of armed groups near Tarsk.",
         [("intelligence_and_security_assistance", "agreed")]),
        ("They exchanged information on the harvest.", []),
        ("The delegations agreed to set up a sub-committee of surveyors for the Velm points.",
         [("territory", "agreed")]),
        ("3 May 2024 - Ostria suspends the talks after a spying scandal.",
         [("negotiation_process", "stalled")]),
        ("Norland broke off the negotiations.", [("negotiation_process", "stalled")]),
        ("After Norland broke off the negotiations in 2019, nothing happened.", []),
        ("The formula for sharing the toll revenue is still completely open.",
         [("economic", "unresolved")]),
        ("Talks on the western sector remained stuck.", [("territory", "stalled")]),
    ],
    ids=["decommissioning", "serious-concern-over-a-military-buildup", "amnesty-pending",
         "positions-on-the-pipeline", "overflight", "sanitary-and-phytosanitary",
         "has-not-accepted-the-safeguard-clause", "not-on-the-table", "on-the-table",
         "information-on-armed-groups", "information-on-anything-else", "surveyors",
         "suspends-the-talks", "broke-off-the-negotiations", "broke-off-in-the-past",
         "still-completely-open", "talks-on-a-sector-of-the-boundary"],
)
def test_arms_laid_down_amnesty_pipelines_and_trade_rules_and_cues_of_refusal(text, expected):
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides agreed to a halt to all attacks on power plants.", [("ceasefire", "agreed")]),
        ("Karvia rejected a suspension of hostilities over the holidays.",
         [("ceasefire", "disagreement")]),
        # (breaches of a truce are of the truce, as every gold set files them; the bodies that
        # watch it are its monitoring)
        ("The two commanders discussed ceasefire violations along the river.",
         [("ceasefire", "discussed")]),
        ("They agreed to invite a verification mission to the valley.",
         [("ceasefire_monitoring", "agreed")]),
        ("Lumenia refused to discuss a security zone north of the river.",
         [("separation_of_forces", "disagreement")]),
        ("Karvia insists on the demilitarisation of the eastern islands.",
         [("military_issues_general", "disagreement")]),
        ("The sides agreed on a phased withdrawal from the hill positions.",
         [("withdrawal_of_forces", "agreed")]),
        ("The ministers discussed a multinational force for the port city.",
         [("third_party_participation", "discussed")]),
        ("The role of the guarantor powers remains unresolved.",
         [("third_party_participation", "unresolved")]),
        ("Karvia rejected any median line in the gulf.", [("territory", "disagreement")]),
        ("There was no meeting of minds on Pella Shoal.", [("territory", "disagreement")]),
        ("Both governments agreed to maintain the status quo on the lake.",
         [("territory", "agreed")]),
        ("The sides did not reach a security agreement, the minister said.",
         [("security_guarantees", "unresolved")]),
        ("The two presidents agreed to sign a non-aggression pact.",
         [("security_guarantees", "agreed")]),
        ("They agreed to release captured fighters before the holiday.",
         [("prisoners", "agreed")]),
        ("The sides agreed to exhume mass graves near Dorva.",
         [("bodies_repatriation", "agreed")]),
        ("The government has not agreed to free political detainees.",
         [("civilian_detainees", "unresolved")]),
        ("The Red Cross discussed reunions of separated families.",
         [("humanitarian", "discussed")]),
        ("There was progress on the restoration of cemeteries.", [("humanitarian", "progress")]),
        ("A meeting between the two presidents remains undecided.",
         [("leaders_meeting", "unresolved")]),
        ("They agreed to set up a joint committee that will meet every month.",
         [("negotiation_process", "agreed")]),
        ("The sides agreed to enter a formal process.", [("negotiation_process", "agreed")]),
        ("The next consultations are scheduled for May in Dorva.",
         [("negotiation_process", "agreed")]),
        ("They made progress on a code for unplanned encounters.",
         [("military_dialogue", "progress")]),
        ("The two armies agreed to exchange liaison officers.", [("military_dialogue", "agreed")]),
        ("Karvia proposed a joint committee on migration flows.",
         [("bilateral_relations", "discussed")]),
        ("They signed a programme of cultural cooperation for 2027.",
         [("bilateral_relations", "agreed")]),
        ("The ministers discussed consular access for detained sailors.",
         [("bilateral_relations", "discussed")]),
        ("Lumenia has not accepted the Karvian demand on beef.", [("economic", "disagreement")]),
        ("We are not there yet on tobacco, the minister said.", [("economic", "unresolved")]),
        ("The deforestation rules remain the sharpest disagreement.",
         [("economic", "disagreement")]),
        ("The parties agreed to submit new nationally determined contributions in May.",
         [("economic", "agreed")]),
        ("The coastal states have not moved an inch on shared fish stocks.",
         [("economic", "stalled")]),
        ("Lumenia and its creditors agreed on a new schedule.", [("economic", "agreed")]),
        ("The parties remain divided on emissions cuts.", [("economic", "disagreement")]),
        ("Officials also discussed the future of the copper mine.", [("economic", "discussed")]),
        ("There was no convergence at all on public stockholding.",
         [("economic", "disagreement")]),
        ("The sides agreed on joint de-mining near the old road.",
         [("military_dialogue", "agreed")]),
        ("The ministers signed a military agreement in Dorva.",
         [("military_issues_general", "agreed")]),
        ("Access to the military airfield was still open.",
         [("military_issues_general", "unresolved")]),
        ("Karvia refused to cap the number of centrifuges.",
         [("military_issues_general", "disagreement")]),
        ("The two states still do not see eye to eye on security along the border.",
         [("military_issues_general", "disagreement")]),
        ("The communique noted the differing views on the voting threshold.",
         [("political_issues_general", "disagreement")]),
        ("Lumenia insists on a two-thirds majority.",
         [("political_issues_general", "disagreement")]),
        ("Karvia refused to engage with the draft statute of the union of towns.",
         [("political_issues_general", "disagreement")]),
        ("The parties agreed to form a unity government by June.",
         [("political_issues_general", "agreed")]),
        ("The delegations discussed transitional justice.",
         [("political_issues_general", "discussed")]),
        ("Karvia again proposed renegotiating the treaty as a whole, which Lumenia rejected.",
         [("overall_settlement", "disagreement")]),
        ("The remaining chapters are still open.", [("overall_settlement", "unresolved")]),
    ],
    ids=["halt-to-attacks", "suspension-of-hostilities", "ceasefire-violations",
         "verification-mission", "security-zone", "demilitarisation", "phased-withdrawal",
         "multinational-force", "guarantor-powers", "median-line", "shoal", "status-quo",
         "security-agreement", "non-aggression", "captured-fighters", "mass-graves",
         "political-detainees", "separated-families", "cemeteries", "meeting-between-presidents",
         "joint-committee", "formal-process", "next-consultations", "unplanned-encounters",
         "liaison-officers", "migration", "cultural-cooperation", "consular", "beef", "tobacco",
         "deforestation", "ndcs", "fish-stocks", "creditors", "emissions", "copper",
         "public-stockholding", "de-mining", "military-agreement", "airfield", "centrifuges", "security-along-the-border",
         "voting-threshold", "two-thirds-majority", "statute", "unity-government",
         "transitional-justice", "treaty-as-a-whole", "remaining-chapters"],
)
def test_issue_words_of_the_kinds_of_negotiations(text, expected):
    """Truces, lines at sea, pacts, detainees, relief, kinds of talks, trade goods, fish,
    debt, the environment, arms control, voting rules and governments of transition."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates said talks on the harbour dues formula have been stuck since March.", []),
        ("Talks over the Velm pension scheme went nowhere, a delegate said.", []),
        ("The talks remain stalled.", [("negotiation_process", "stalled")]),
        ("Talks on a ceasefire stalled.", [("ceasefire", "stalled")]),
    ],
    ids=["talks-on-an-unknown-subject", "talks-over-an-unknown-subject", "the-talks-themselves",
         "talks-on-a-known-issue"],
)
def test_talks_on_a_subject_that_stalled_are_not_the_process(text, expected):
    """What stalls in "talks on X stalled" is X: when X is no issue of the taxonomy the
    sentence gives no row, not a row for the process."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norvia again repeated its demand for the removal of the radar mast on the disputed "
         "island.", [("territory", "disagreement")]),
        ("Ostria restated its position on the maritime border.", [("territory", "disagreement")]),
        ("In Lisk, the Karvian delegation reiterated its firm position: disarmament of the "
         "fighters should come first.", [("military_issues_general", "disagreement")]),
        ("Both sides reiterated their commitment to the ceasefire.", [("ceasefire", "agreed")]),
        ("The envoy repeated his call for a ceasefire.", [("ceasefire", "discussed")]),
    ],
    ids=["repeated-demand", "restated-position", "reiterated-position", "reiterated-commitment",
         "repeated-call"],
)
def test_a_restated_position_or_demand_is_a_disagreement(text, expected):
    """A side that restates its position or repeats its demand has not moved the other: the
    issue is in dispute (a commitment restated stays agreed, a call a proposal)."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Customs revenue from the Larkin border crossing remains in dispute.",
         [("economic", "disagreement")]),
        ("Reopening the Velm and Lisk border checkpoints was raised; no decision was reached.",
         [("economic", "unresolved")]),
        ("The sides agreed that the Velm border crossing reopens.", [("economic", "agreed")]),
        ("They agreed to reopen the border crossing for refugees.", [("humanitarian", "agreed")]),
        ("They agreed on three more crossing points in the divided town.",
         [("humanitarian", "agreed")]),
        ("Karvia refuses to hand over the revenues of the crossings.",
         [("economic", "disagreement")]),
        ("The committee on crossings could not agree on the order in which crossings open.",
         [("humanitarian", "unresolved")]),
    ],
    ids=["customs-at-a-crossing", "border-checkpoints", "border-crossing", "crossing-for-refugees",
         "crossing-points", "revenues-of-the-crossings", "crossings-alone"],
)
def test_a_border_crossing_is_its_traffic_unless_people_are_named(text, expected):
    """A border crossing or checkpoint reopened is the trade across it (economic); one for
    refugees is relief, and crossing points between communities stay humanitarian."""
    assert _pairs(_run(text)) == expected


def test_each_entry_of_a_timeline_is_an_outcome_unless_the_article_told_it():
    """Dated entries of a timeline ("4 March 2024 – ...") are outcomes of their own, as the
    points of a list are; an entry that recalls an issue the article already told is none."""
    body = (
        "Karvia and Ostria agreed on Friday to extend the fishing quota for the Velm fleet.\n\n"
        "Timeline:\n\n"
        "4 March 2024 – The ministers agree a tariff for the Velm harbour.\n\n"
        "9-10 October 2025 – Round in Lisk: the delegations agree that the tariff will also "
        "cover pilots.\n\n"
        "12 May 2026 – The sides agree to extend the fishing quota."
    )
    out = _run(body)
    assert list(zip(out["sentence_idx"], out["issue"], out["category"], out["status"],
                    strict=True)) == [
        (0, "fishing", "economic", "agreed"),
        (2, "tariff", "economic", "agreed"),
        (3, "tariff", "economic", "agreed"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The amnesty files of more than 3,000 former rebels remain pending.",
         [("political_issues_general", "unresolved")]),
        ("The amnesty files of several thousand former rebels in the hill camps remained "
         "deferred.", [("political_issues_general", "unresolved")]),
    ],
    ids=["remain-pending", "remained-deferred"],
)
def test_an_issue_is_the_subject_of_remain_far_before_its_cue(text, expected):
    """"X of many ... remain pending": "remain" makes the issue the subject of the cue that
    follows it, however long the noun phrase between."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The delegations discussed the reform of the commission's governing bodies.", []),
        ("Karvia rejoined the commission's decision-making bodies, the ministers agreed.", []),
        ("The sides discussed the exchange of bodies.", [("bodies_repatriation", "discussed")]),
    ],
    ids=["governing-bodies", "decision-making-bodies", "bodies-of-the-dead"],
)
def test_institutions_are_no_bodies_of_the_dead(text, expected):
    """"Governing bodies", "decision-making bodies" are institutions, not remains to return."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria and Norland again promised to \"continue discussions with goodwill\".",
         [("negotiation_process", "agreed")]),
        ("The envoys agreed to continue discussions on the harbour tariff.",
         [("economic", "discussed")]),
        ("The harbour tariff, on which the envoys agreed to continue discussions, was raised.",
         [("economic", "discussed")]),
        ("The ministers signed off on a higher fishing quota.", [("economic", "agreed")]),
        ("The ministers were expected to sign off on the new tariff.",
         [("economic", "agreed")]),
        ("Norland hopes that Ostria would agree to a truce.", [("ceasefire", "unresolved")]),
        ("The federation said both delegations had agreed on the kelp season.",
         [("economic", "agreed")]),
        ("The cooperative said the sides still disagree over the crab catch.",
         [("economic", "disagreement")]),
        ("The commission said the governments had agreed on closer monitoring of the river "
         "basin.", [("economic", "agreed")]),
        ("The commission said both governments agreed a new delivery schedule.",
         [("economic", "agreed")]),
        ("Both countries left the Velm Basin Commission in 2010, the ministers discussed.", []),
    ],
    ids=["continue-discussions", "continue-discussions-on-a-topic",
         "on-which-they-continue-discussions", "signed-off-on", "expected-to-sign-off",
         "hopes-would-agree", "kelp", "crab", "river-basin-not-monitoring",
         "schedule-of-deliveries", "a-basin-body"],
)
def test_cues_of_discussions_texts_signed_off_fisheries_and_shared_water(text, expected):
    """Discussions to go on are the process unless they have a topic; a text signed off is
    agreed, and one expected to be is agreed too (hedged); shellfish and seaweed are
    fisheries; a river basin and deliveries are the water or goods shared."""
    assert _pairs(_run(text)) == expected


def test_an_agreement_expected_is_agreed_and_hedged():
    out = _run("The ministers were expected to sign off on the new tariff.")
    assert list(zip(out["status"], out["hedged"], strict=True)) == [("agreed", True)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("We have sat since May, and I can report that the talks are now moving.",
         [("negotiation_process", "progress")]),
        ("In my view the process is moving.", [("negotiation_process", "progress")]),
        ("The talks are not moving.", [("negotiation_process", "stalled")]),
        ("The talks are moving to Velm next month.", []),
        ("We held the first round in May and the second round in July, and I can report "
         "that the talks are now moving.", [("negotiation_process", "progress")]),
    ],
    ids=["talks-are-now-moving", "process-is-moving", "not-moving", "moving-to-a-city",
         "moving-after-rounds-named"],
)
def test_talks_that_move_are_the_process_advancing(text, expected):
    """With no issue named, talks that "are moving" are the process advancing; talks that
    move to a city are only changing venue."""
    assert _pairs(_run(text)) == expected


def test_the_captions_of_a_gallery_report_outcomes():
    """A gallery tells its story in captions: "Photo: ..." lines are read as paragraphs."""
    body = (
        "Three days of talks between Norland and Ostria ended in Velm on Thursday.\n\n"
        "Photo: The Norland envoy at a press conference in Velm. He told reporters both "
        "delegations had agreed the hake quota. (Agency)\n\n"
        "Photo: Boats in Velm harbour at dawn. (Agency)"
    )
    out = _run(body)
    assert list(zip(out["sentence_idx"], out["category"], out["status"], strict=True)) == [
        (1, "economic", "agreed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ministry said the next round would be held in Velm in March.",
         [("negotiation_process", "agreed")]),
        ("The ministry said the talks had gone well and that further consultations on cod "
         "and crab quotas would take place in Lisk in March.",
         [("negotiation_process", "agreed")]),
        ("Further consultations on salmon quotas will take place in Lisk in March.",
         [("negotiation_process", "agreed")]),
        ("The next round would be held in Velm, the ministry hoped.", []),
    ],
    ids=["said-would-be-held", "said-consultations-on-a-topic-would-take-place",
         "consultations-on-a-topic-will-take-place", "would-be-held-without-a-speaker"],
)
def test_a_meeting_set_in_reported_speech_is_agreed(text, expected):
    """"Said the next round would be held in X" sets a date as "will be held" does; the
    topics of the consultations (all of them) are their agenda, not outcomes."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria's next consultations with Lisk are expected in June.",
         [("negotiation_process", "agreed")]),
        ("The commission's next session is expected in Dorva in March.",
         [("negotiation_process", "agreed")]),
        ("We plan to hold the next round in Tarsk in June.", [("negotiation_process", "agreed")]),
        ("Next week the Ostrian envoy is expected in Tarsk.", []),
    ],
    ids=["next-consultations-expected-in", "next-session-expected-in", "plan-to-hold",
         "an-envoy-expected"],
)
def test_the_next_sitting_awaited_is_agreed(text, expected):
    """"The next session is expected in X" sets a date as "is scheduled for" does (an envoy
    expected somewhere is no sitting)."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In short, the newspapers agree that Norland did not settle the tariff.",
         [("economic", "unresolved")]),
        ("Analysts disagree on whether the tariff is fair.", []),
        ("The spokesperson said the deficit question remains unresolved.",
         [("economic", "unresolved")]),
    ],
    ids=["papers-agree-that-not-settled", "analysts-disagree", "deficit"],
)
def test_commentators_who_agree_are_no_parties(text, expected):
    """Papers or analysts that agree or disagree among themselves report no outcome; what
    the sides did not settle is unresolved."""
    assert _pairs(_run(text)) == expected


def test_what_a_correction_withdraws_is_no_outcome():
    body = (
        "Norland and Ostria agreed on the salmon quota.\n\n"
        "Correction: An earlier version of this article said the ministers had agreed on the "
        "maritime boundary and that the next round would be held in August."
    )
    out = _run(body)
    assert list(zip(out["sentence_idx"], out["category"], out["status"], strict=True)) == [
        (0, "economic", "agreed")]


def test_an_answer_that_ends_in_an_open_issue_keeps_it_open():
    """In an answer, "X was not settled. We differ on it, and that remains open": the later
    clauses tell how the issue stands; the last one is not lost because an ended row had
    given the same status before."""
    body = (
        "Mr Rand (Velm) (10:02): Would the minister confirm that the tax terms were not "
        "settled in Lisk?\n\n"
        "Ms Orr (Minister) (10:03): I cannot go into detail. I can say that the tax terms "
        "were not settled in Lisk. Our two capitals hold different views on the length of the "
        "terms, and that question remains open."
    )
    out = _run(body)
    assert list(zip(out["sentence_idx"], out["category"], out["status"], strict=True)) == [
        (3, "economic", "unresolved")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy arrives in Velm on Monday; aides say tariffs will be on the agenda.",
         []),
        ("Tariffs were on the agenda.", [("economic", "discussed")]),
        ("Its director for legal and territorial affairs said the tariff was agreed.",
         [("economic", "agreed")]),
        ("The two delegations agreed to exchange draft maps.", []),
    ],
    ids=["agenda-to-come", "agenda-met", "office-of-two-fields", "maps-exchanged"],
)
def test_an_agenda_to_come_an_office_and_maps_are_no_outcomes(text, expected):
    """What "will be on the agenda" is not yet discussed; a field in the name of an office
    ("director for legal and territorial affairs") and maps exchanged name no issue."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Velm Financial Review focused on money.", []),
        ("The Lisk Economic Times focused on the talks.", []),
        ("The sides discussed financial aid.", [("economic", "discussed")]),
    ],
    ids=["financial-review", "economic-times", "financial-aid"],
)
def test_a_newspaper_name_is_no_issue(text, expected):
    """A field in a newspaper's name ("Financial Review", "Economic Times") names no issue."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In our view the two capitals disagree not about the border but about fishing quotas.",
         [("economic", "disagreement")]),
        ("The sides agreed not on the border but on fishing quotas.", [("economic", "agreed")]),
        ("The sides disagree not about the border.", []),
    ],
    ids=["disagree-not-about-but-about", "agreed-not-on-but-on", "not-about-alone"],
)
def test_a_cue_bears_on_what_but_names_after_not_about(text, expected):
    """"Disagree not about A but about B": the cue bears on B, and A is no outcome."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland agreed on three more lanes for empty lorries at Velm.",
         [("economic", "agreed")]),
        ("We agreed on three lanes, and then we agreed to meet again at Lisk.",
         [("economic", "agreed"), ("negotiation_process", "agreed")]),
        ("The sides made progress on an electronic queue system for the Lisk crossings.",
         [("economic", "progress")]),
        ("The Velm round ended without agreement on its border lanes.",
         [("economic", "unresolved")]),
        ("The ministers discussed an export licensing scheme for barley.",
         [("economic", "discussed")]),
        ("Norland and Sudland remain far apart on the volume cap.",
         [("economic", "disagreement")]),
        ("Ostria and Norland discussed softwood lumber.", [("economic", "discussed")]),
        ("The sides agreed on shared rules for pilotage in the estuary.",
         [("economic", "agreed")]),
        ("The delegations agreed on a shared hydrographic survey of the lagoon.",
         [("economic", "agreed")]),
        ("The Zelva access channel was raised.", [("economic", "discussed")]),
        ("The shipping code of the treaty remains in force in the interim.",
         [("economic", "agreed")]),
        ("Sanctions will remain in force until Sudland withdraws.", []),
        ("Lena Oduya said the ferry service should never be held hostage by a row.", []),
        ("The sides agreed to let lorries carrying food aid through the Velm crossing.",
         [("humanitarian", "agreed")]),
        ("The sides agreed to open humanitarian lanes.", [("humanitarian", "agreed")]),
    ],
    ids=["lanes-for-lorries", "lanes-beside-the-next-meeting", "queue-system-over-crossings",
         "border-lanes-are-traffic", "licensing-scheme", "volume-cap", "lumber-is-trade",
         "pilotage", "hydrographic-survey", "access-channel", "rules-that-remain-in-force",
         "one-sides-sanctions-in-force", "held-hostage-is-an-idiom",
         "lorries-give-way-to-the-aid-they-carry", "humanitarian-lanes"],
)
def test_border_traffic_licences_caps_and_waterways(text, expected):
    """Lorries and the lanes and queues they wait in at a border post are traffic, not the
    border; licences and caps on imports, lumber, and the pilots and charts of a waterway are
    the economy; rules that "stay in force in the interim" are kept by the sides (not
    sanctions said to stay in force); a service not to be "held hostage" is no hostage."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The commission is due to meet next at Velm in March.",
         [("negotiation_process", "agreed")]),
        ("Officials will reconvene in Lisk in early May, the readout said.",
         [("negotiation_process", "agreed")]),
        ("Norland would propose a ministerial meeting next spring.",
         [("negotiation_process", "discussed")]),
        ("Expert-level talks planned for Zelva in June will test the protocol.",
         [("negotiation_process", "agreed")]),
        ("A meeting of both foreign secretaries is possible in June, but nothing is fixed.",
         [("negotiation_process", "unresolved")]),
        ("A meeting of both prime ministers has been floated, but nothing is scheduled.",
         [("leaders_meeting", "unresolved")]),
        ("The minister-level mechanism has not met since its Velm session.",
         [("negotiation_process", "stalled")]),
        ("They did not resolve the question of fishing quotas.", [("economic", "unresolved")]),
        ("Cooperation on fisheries is still being worked through, the minister said.",
         [("economic", "unresolved")]),
        ("The round ended with a deal on wheat but nothing on steel.",
         [("economic", "agreed"), ("economic", "unresolved")]),
        ("On fishing quotas, there was nothing.", [("economic", "stalled")]),
        ("Sudland replied that the claims on the tariff were untenable.",
         [("economic", "disagreement")]),
        ("Zelva will produce a minerals deal of a sort, and nothing on the tariffs.",
         [("economic", "agreed"), ("economic", "unresolved")]),
        ("\"We're not going to sign a tariff deal that hurts our growers,\" Ana Ruiz said.",
         [("economic", "disagreement")]),
        ("Sudland's idea of an import licensing regime was not even discussed.",
         [("economic", "stalled")]),
        ("REPORTER: On fishing quotas, there was nothing.", [("economic", "stalled")]),
        ("ANCHOR (ANA RUIZ): On the tariffs, nothing at all.", [("economic", "stalled")]),
        ("Jon Vale said Sudland would lift the tariffs. Sudland said the requests would be "
         "studied, stopping short of a commitment.",
         [("economic", "agreed"), ("economic", "unresolved")]),
    ],
    ids=["meet-next", "reconvene", "ministerial-meeting", "expert-level-talks",
         "nothing-is-fixed", "nothing-is-scheduled", "has-not-met-since", "did-not-resolve",
         "still-being-worked-through", "nothing-on", "there-was-nothing", "untenable",
         "and-nothing-on-cuts-the-clause", "not-going-to-sign", "not-even-discussed",
         "a-reporter-label-before-the-topic", "an-anchor-label-with-a-name",
         "stopping-short-of-a-commitment"],
)
def test_sittings_to_come_bodies_that_do_not_sit_and_what_was_left(text, expected):
    """The next sitting ("due to meet next", "will reconvene"), meetings of ministers and
    experts, a meeting "floated, but nothing is fixed", a body that "has not met since", and
    what a round did not resolve, is still working through, or brought "nothing on" (also
    after a script's speaker label: "REPORTER: On fish, there was nothing.")."""
    assert _pairs(_run(text)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Embassy assesses that the quota question will remain stalled until May.",
         [("economic", "stalled")]),
        ("The notes, which the Norland ministry passed to Embassy, show that the sides agreed "
         "on the quota.", [("economic", "agreed")]),
        ("The sides agreed to reopen the Norland Embassy in Velm.",
         [("bilateral_relations", "agreed")]),
        ("The sides agreed to reopen their embassies.", [("bilateral_relations", "agreed")]),
    ],
    ids=["embassy-assesses", "shared-with-embassy", "a-named-embassy", "embassies-reopened"],
)
def test_the_mission_that_writes_a_cable_is_no_issue(text, expected):
    """A cable calls its own mission "Embassy", bare and capitalised: no embassy issue; an
    embassy named or determined ("the Norland Embassy", "their embassies") still is one."""
    assert _pairs(_run(text)) == expected


def test_the_subject_line_of_a_cable_reports_nothing():
    """A memo's or a cable's subject line sums up its body in capitals: no rows of its own."""
    body = ("FROM: AMEMBASSY VELM\nTO: SECSTATE\nSUBJECT: NORLAND/SUDLAND: MIXED COMMISSION "
            "ENDS IN LISK; CUSTOMS DEAL SIGNED, VISA ROW GOES ON\n\n"
            "1. (SBU) The delegations discussed the border.")
    assert _pairs(_run(body)) == [("territory", "discussed")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to a Norland aide who asked not to be named as the talks remain "
         "private, there has been no movement whatsoever on the ban.", []),
        ("A Sudland aide who was not authorised to comment on the negotiations said they had "
         "stalled.",
         [("negotiation_process", "stalled")]),
        ("According to a Velm envoy who asked not to be identified, the talks have stalled.",
         [("negotiation_process", "stalled")]),
    ],
    ids=["talks-of-the-anonymity-aside", "talks-the-source-speaks-of", "talks-after-the-aside"],
)
def test_the_talks_of_why_a_source_is_unnamed_are_no_subject(text, expected):
    """The talks named in why a source is not named ("who asked not to be named as the talks
    remain private, there has been no movement on ...") did not stall; the talks the source
    then speaks of may have."""
    assert _pairs(_run(text)) == expected
