"""Events per article: what counts as an event, its type, status, dates, venue and parties."""

from __future__ import annotations

import pandas as pd
import pytest

from analysis.events import (
    DATE_SENTENCE_COLUMNS,
    EVENT_COLUMNS,
    EVENT_STATUSES,
    EVENT_TYPES,
    date_sentences,
    extract_events,
)
from analysis.lexicon import read_lexicon
from analysis.sentences import split_sentences

MENTION_COLUMNS = (
    "doc_id",
    "sentence_idx",
    "kind",
    "text",
    "start_char",
    "end_char",
    "norm",
    "role",
    "affiliation",
    "country",
)


def _articles(text: str, published: str, doc_id: str = "doc") -> pd.DataFrame:
    return pd.DataFrame(
        {
            "doc_id": [doc_id],
            "path": [f"{doc_id}.txt"],
            "published": pd.to_datetime([published]).astype("datetime64[s]"),
            "title": ["A title"],
            "text": [text],
            "n_chars": [len(text)],
        }
    )


def _mentions(text: str, sentences: pd.DataFrame, specs: list[tuple]) -> pd.DataFrame:
    """Mentions built by hand: (kind, surface, norm, role, affiliation, country) for every
    occurrence of ``surface`` in ``text``."""
    rows = []
    for kind, surface, norm, role, affiliation, country in specs:
        pos = text.find(surface)
        while pos >= 0:
            sent = sentences[(sentences.start_char <= pos) & (pos < sentences.end_char)].iloc[0]
            rows.append(
                {
                    "doc_id": sent.doc_id,
                    "sentence_idx": sent.sentence_idx,
                    "kind": kind,
                    "text": surface,
                    "start_char": pos,
                    "end_char": pos + len(surface),
                    "norm": norm,
                    "role": role,
                    "affiliation": affiliation,
                    "country": country,
                }
            )
            pos = text.find(surface, pos + 1)
    return pd.DataFrame(rows, columns=list(MENTION_COLUMNS))


def _country(surface: str, code: str) -> tuple:
    return ("country", surface, code, None, None, code)


def _place(surface: str, city: str, code: str) -> tuple:
    return ("place", surface, city, None, None, code)


def _person(surface: str, name: str, role: str, code: str) -> tuple:
    return ("person", surface, name, role, code, None)


def _events(text: str, published: str, specs: list[tuple]) -> pd.DataFrame:
    articles = _articles(text, published)
    sentences = split_sentences(articles)
    return extract_events(articles, sentences, _mentions(text, sentences, specs))


def _summary(events: pd.DataFrame) -> list[dict]:
    keys = ["type", "status", "start", "end", "city", "participants", "hosts_mediators", "round"]
    out = []
    for row in events.to_dict("records"):
        item = {k: row[k] for k in keys}
        item["round"] = None if pd.isna(item["round"]) else int(item["round"])
        out.append(item)
    return out


def _event(type_, status, start=None, end=None, city=None, participants=(), hosts=(), round_=None):
    return {
        "type": type_,
        "status": status,
        "start": start,
        "end": end,
        "city": city,
        "participants": tuple(participants),
        "hosts_mediators": tuple(hosts),
        "round": round_,
    }


CASES = [
    (
        "Armenian and Azerbaijani foreign ministers met in Washington on August 8.",
        "2025-08-10",
        [
            _country("Armenian", "ARM"),
            _country("Azerbaijani", "AZE"),
            _place("Washington", "Washington", "USA"),
        ],
        [_event("meeting", "occurred", "2025-08-08", "2025-08-08", "Washington", ["ARM", "AZE"])],
    ),
    (
        "Talks will resume in Doha next week, a mediator said.",
        "2025-03-03",
        [_place("Doha", "Doha", "QAT")],
        [_event("talks_round", "scheduled", None, None, "Doha")],
    ),
    (
        "French President Emmanuel Macron and Ukrainian President Volodymyr Zelensky held a "
        "phone call on Tuesday, the Elysee said.",
        "2025-03-06",
        [
            _country("French", "FRA"),
            _country("Ukrainian", "UKR"),
            _person("Emmanuel Macron", "Emmanuel Macron", "President", "FRA"),
            _person("Volodymyr Zelensky", "Volodymyr Zelensky", "President", "UKR"),
        ],
        [_event("phone_call", "occurred", "2025-03-04", "2025-03-04", None, ["FRA", "UKR"])],
    ),
    (
        "The second round of talks between Ethiopia and Egypt will be held in Geneva on "
        "March 14, 2025.",
        "2025-03-01",
        [_country("Ethiopia", "ETH"), _country("Egypt", "EGY"), _place("Geneva", "Geneva", "CHE")],
        [
            _event(
                "talks_round",
                "scheduled",
                "2025-03-14",
                "2025-03-14",
                "Geneva",
                ["EGY", "ETH"],
                round_=2,
            )
        ],
    ),
    (
        "The third round of negotiations began on February 4 in Abu Dhabi.",
        "2026-02-05",
        [_place("Abu Dhabi", "Abu Dhabi", "ARE")],
        [_event("talks_round", "ongoing", "2026-02-04", None, "Abu Dhabi", round_=3)],
    ),
    (
        "The talks, hosted by Qatar, took place in Doha on May 3 between Israel and Hamas.",
        "2025-05-05",
        [
            _country("Qatar", "QAT"),
            _place("Doha", "Doha", "QAT"),
            _country("Israel", "ISR"),
            ("organisation", "Hamas", "Hamas", None, None, "PSE"),
        ],
        [
            _event(
                "talks_round",
                "occurred",
                "2025-05-03",
                "2025-05-03",
                "Doha",
                ["ISR", "PSE"],
                ["QAT"],
            )
        ],
    ),
    (
        "Israel and Hamas agreed to a truce after weeks of indirect talks mediated by Qatar, "
        "Egypt and the United States.",
        "2025-01-16",
        [
            _country("Israel", "ISR"),
            ("organisation", "Hamas", "Hamas", None, None, "PSE"),
            _country("Qatar", "QAT"),
            _country("Egypt", "EGY"),
            _country("United States", "USA"),
        ],
        [
            _event(
                "agreement", "occurred", participants=["ISR", "PSE"], hosts=["EGY", "QAT", "USA"]
            ),
            _event(
                "talks_round", "occurred", participants=["ISR", "PSE"], hosts=["EGY", "QAT", "USA"]
            )
        ],
    ),
    (
        "Armenia and Azerbaijan met in Washington on August 8, where they initialled a peace deal.",
        "2025-08-09",
        [
            _country("Armenia", "ARM"),
            _country("Azerbaijan", "AZE"),
            _place("Washington", "Washington", "USA"),
        ],
        [
            _event("meeting", "occurred", "2025-08-08", "2025-08-08", "Washington", ["ARM", "AZE"]),
            _event("agreement", "occurred", "2025-08-08", "2025-08-08", "Washington", ["ARM", "AZE"]),
        ],
    ),
    (
        "Sudanese and Chadian officials met on Monday to discuss the fighting in Darfur.",
        "2025-04-09",
        [
            _country("Sudanese", "SDN"),
            _country("Chadian", "TCD"),
            _place("Darfur", "Darfur", "SDN"),
        ],
        [_event("meeting", "occurred", "2025-04-07", "2025-04-07", None, ["SDN", "TCD"])],
    ),
    (
        "Kyiv and Moscow will exchange 500 prisoners each in the coming days.",
        "2025-05-20",
        [_country("Kyiv", "UKR"), _country("Moscow", "RUS")],
        [_event("prisoner_exchange", "planned", None, None, None, ["RUS", "UKR"])],
    ),
    (
        "Serbia proposed a ceasefire along the border.",
        "2025-01-10",
        [_country("Serbia", "SRB")],
        [_event("proposal", "proposed", None, None, None, ["SRB"])],
    ),
    (
        "The two governments signed a peace agreement in Washington on June 27.",
        "2025-06-28",
        [_place("Washington", "Washington", "USA")],
        [_event("agreement", "occurred", "2025-06-27", "2025-06-27", "Washington")],
    ),
    (
        "The foreign ministry issued a statement on Friday.",
        "2025-01-12",
        [],
        [_event("statement", "occurred", "2025-01-10", "2025-01-10")],
    ),
]
CASE_IDS = [
    "met-in-washington",
    "talks-will-resume",
    "phone-call-presidents",
    "second-round-scheduled",
    "began-is-ongoing",
    "hosted-by",
    "mediated-by-a-list",
    "where-same-occasion",
    "war-in-place-is-not-venue",
    "exchange-planned",
    "proposal",
    "agreement-signed",
    "statement-dated",
]


@pytest.mark.parametrize("text, published, specs, expected", CASES, ids=CASE_IDS)
def test_event_table(text, published, specs, expected):
    assert _summary(_events(text, published, specs)) == expected


BACK_REFERENCES = [
    (
        "Russia and Ukraine met in Istanbul on May 16. The meeting lasted two hours. After "
        "the May 16 meeting, both delegations flew home.",
        [
            _country("Russia", "RUS"),
            _country("Ukraine", "UKR"),
            _place("Istanbul", "Istanbul", "TUR"),
        ],
        1,
    ),
    (
        "Delegations from Kenya and Somalia held talks in Nairobi on May 3. Their talks "
        "covered trade. The second round is planned for June in Mogadishu.",
        [
            _country("Kenya", "KEN"),
            _country("Somalia", "SOM"),
            _place("Nairobi", "Nairobi", "KEN"),
            _place("Mogadishu", "Mogadishu", "SOM"),
        ],
        2,
    ),
    (
        "The first round of talks ended on May 3 in Oslo. Officials praised the first round's "
        "progress.",
        [_place("Oslo", "Oslo", "NOR")],
        1,
    ),
]


@pytest.mark.parametrize(
    "text, specs, n", BACK_REFERENCES, ids=["recap-same-day", "next-round-is-new", "recap-of-round"]
)
def test_back_references_are_not_new_events(text, specs, n):
    events = _events(text, "2025-05-20", specs)
    assert len(events[events["type"].isin(["talks_round", "meeting", "talks_session"])]) == n


def test_a_meeting_of_leaders_still_undecided_is_a_summit():
    text = (
        "President Donald Trump praised the talks. "
        "When a Trump-Putin meeting will take place remains undecided."
    )
    specs = [_person("Donald Trump", "Donald Trump", "President", "USA")]
    events = _events(text, "2025-02-18", specs)
    summit = events[events["type"] == "summit"]
    assert summit[["status", "start", "evidence"]].to_dict("records") == [
        {
            "status": "undecided",
            "start": None,
            "evidence": "When a Trump-Putin meeting will take place remains undecided.",
        }
    ]


def test_evidence_is_the_sentence_verbatim_and_ids_follow_the_text():
    text = (
        "Rwanda and Congo signed a deal in Doha on Sunday.\n\n"
        "The Qatari foreign ministry issued a statement."
    )
    events = _events(text, "2025-11-17", [_place("Doha", "Doha", "QAT")])
    assert list(events["event_id"]) == ["doc#e1", "doc#e2"]
    assert list(events["type"]) == ["agreement", "statement"]
    for row in events.itertuples():
        assert row.evidence in text
    assert list(events.columns) == list(EVENT_COLUMNS)


def test_the_publication_date_is_never_a_default():
    events = _events(
        "The two sides held talks in Baku.", "2025-08-10", [_place("Baku", "Baku", "AZE")]
    )
    assert events[["start", "end", "city"]].to_dict("records") == [
        {"start": None, "end": None, "city": "Baku"}
    ]


def test_a_dateline_dates_what_happened_that_day():
    text = "ISTANBUL, June 2. /TASS/. Russia and Ukraine have wrapped up their talks in Istanbul."
    events = _events(text, "2025-06-02", [_place("Istanbul", "Istanbul", "TUR")])
    assert events[["start", "end", "city"]].to_dict("records") == [
        {"start": "2025-06-02", "end": "2025-06-02", "city": "Istanbul"}
    ]


def test_date_sentences_places_each_date_in_its_sentence():
    text = "Talks opened on May 3. They ended on May 5."
    articles = _articles(text, "2025-05-10")
    found = date_sentences(articles, split_sentences(articles))
    assert list(found.columns) == list(DATE_SENTENCE_COLUMNS)
    assert found[["sentence_idx", "text", "value"]].to_dict("records") == [
        {"sentence_idx": 0, "text": "May 3", "value": "2025-05-03"},
        {"sentence_idx": 1, "text": "May 5", "value": "2025-05-05"},
    ]


def test_the_lexicon_names_only_known_types_and_statuses():
    lex = read_lexicon("events")
    assert {e["type"] for e in lex["entries"]} <= set(EVENT_TYPES)
    assert set(lex["statuses"]) <= set(EVENT_STATUSES)
    assert set(lex["cameo"]) == set(EVENT_TYPES)


def test_seed_two_rounds_in_abu_dhabi_and_one_statement(seed_articles):
    from analysis.tagging import tag_articles

    sentences = split_sentences(seed_articles)
    events = extract_events(seed_articles, sentences, tag_articles(seed_articles, sentences))
    got = [
        {
            k: row[k]
            for k in ("type", "status", "start", "end", "city", "participants", "hosts_mediators")
        }
        | {"round": None if pd.isna(row["round"]) else int(row["round"])}
        for row in events.to_dict("records")
    ]
    assert got == [
        {
            "type": "talks_round",
            "status": "occurred",
            "start": "2026-01-23",
            "end": "2026-01-24",
            "city": "Abu Dhabi",
            "participants": ("RUS", "UKR", "USA"),
            "hosts_mediators": ("ARE",),
            "round": 1,
        },
        {
            "type": "statement",
            "status": "occurred",
            "start": None,
            "end": None,
            "city": None,
            "participants": ("ARE",),
            "hosts_mediators": (),
            "round": None,
        },
        {
            "type": "talks_round",
            "status": "ongoing",
            "start": "2026-02-04",
            "end": None,
            "city": "Abu Dhabi",
            "participants": ("RUS", "UKR", "USA"),
            "hosts_mediators": ("ARE",),
            "round": 2,
        },
    ]
    assert events.loc[0, "evidence"].startswith(
        "On January 23 and 24, the United Arab Emirates capital hosted"
    )
    assert "trilateral" in events.loc[0, "format"] and "closed doors" in events.loc[0, "format"]
    assert (
        events.loc[2, "evidence"]
        == "The second round of trilateral negotiations began on February 4 in Abu Dhabi."
    )


# ----------------------------------------------------------------------------- fast paths

TRIGGER_CASES = [
    (
        "Ukrainian and Russian delegations met in Istanbul for the second round of talks.",
        [("talks", "met"), ("talks", "second round of talks")],
    ),
    ("TALKS WERE HELD IN GENEVA ON MONDAY.", [("talks", "TALKS")]),
    (
        "The two leaders held a tête-à-tête in Geneva; a TÊTE-À-TÊTE followed.",
        [("private_meeting", "tête-à-tête"), ("private_meeting", "TÊTE-À-TÊTE")],
    ),
    # IGNORECASE matches the long s to "s": the prefilter must fold it the same way
    ("The ſummit opened after the ſecond round.", [("summit", "ſummit"), ("talks", "ſecond round")]),
    (
        "The leaders met \u201cin good faith\u201d \u2014 a 2nd round is due.",
        [("summit", "leaders met"), ("talks", "2nd round")],
    ),
    ("No event is named here at all.", []),
    # a head inside a word or a match ("Stalks", "talks-talks") is tried and fails; each
    # occurrence of a head is tried
    (
        "Stalks of talks, talks-talks and the talks about talks: meetings met, a meeting meets.",
        [("talks", "talks"), ("talks", "talks"), ("talks", "talks"), ("talks", "meetings"),
         ("talks", "met"), ("talks", "meeting"), ("talks", "meets")],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"),
    TRIGGER_CASES,
    ids=["ascii", "upper-case", "latin-1", "long-s", "quotes-and-dash", "none", "heads-inside-words"],
)
def test_the_trigger_prefilter_finds_what_a_full_scan_finds(text, expected):
    from analysis.events import _find_triggers, _lex

    lex = _lex()
    full = dict(
        lex,
        kinds=[dict(k, nouns_heads=None, verbs_heads=None) for k in lex["kinds"]],
        round_heads=None,
    )
    fast = [(c.kind, text[c.t0 : c.t1]) for c in _find_triggers(text, lex)]
    assert fast == [(c.kind, text[c.t0 : c.t1]) for c in _find_triggers(text, full)]
    assert fast == expected


# Each text gives work to the phrase patterns a sentence is searched with only when it holds
# one of their heads (lex["may"]): channels, plural and ordinal sittings, statuses, formats,
# places named by a noun, hosts and mediators.
PREFILTER_CASES = [
    ("A source told AFP on Monday that the talks in Lusaka had ended.",
     [("media", "AFP", "AFP", None, None, None), _place("Lusaka", "Lusaka", "ZMB")]),
    ("The ministers reached a meeting of minds in Geneva on Monday; talks followed on Tuesday.",
     [_place("Geneva", "Geneva", "CHE")]),
    ("The delegations met at the army base in Zelnik on Monday and in Gorno, Vora Province, on "
     "Tuesday.", []),
    ("Norway hosted talks on Monday. The ministers discussed the possibility of talks in Oslo.",
     [_country("Norway", "NOR"), _place("Oslo", "Oslo", "NOR")]),
    ("Egypt proposed talks in Cairo on 20 May. The sides plan to hold talks in Amman in June, "
     "and a summit is expected in Rabat in July.",
     [_country("Egypt", "EGY"), _place("Cairo", "Cairo", "EGY"), _place("Amman", "Amman", "JOR"),
      _place("Rabat", "Rabat", "MAR")]),
    ("Turkey hosted talks on Monday, with Jan Egeland as mediator. Talks on the war in Sudan "
     "opened on Tuesday, a diplomat in Lusaka said.",
     [_country("Turkey", "TUR"), _person("Jan Egeland", "Jan Egeland", "envoy", "NOR"),
      _country("Sudan", "SDN"), _place("Lusaka", "Lusaka", "ZMB")]),
    ("The Lusaka talks ended on Monday. The leaders held a one-on-one meeting by video link and "
     "bilateral talks on Tuesday.", [_place("Lusaka", "Lusaka", "ZMB")]),
    ("Egypt sent an invitation to the envoys to hold talks in Cairo on 20 May.",
     [_country("Egypt", "EGY"), _place("Cairo", "Cairo", "EGY")]),
    ("The National Assembly held a session on Monday. Talks in Harare ended on Friday, and the "
     "envoys warned that if talks in Lusaka fail on Monday, a summit will follow.",
     [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE")]),
    ("The foreign minister told state broadcaster NRK on Thursday that talks would resume, and "
     "the envoy said on Monday in Lusaka that a date had yet to be set.",
     [("media", "NRK", "NRK", None, None, None), _place("Lusaka", "Lusaka", "ZMB")]),
    ("The first two rounds, held in Lusaka on 3 May and in Harare on 9 June, ended without a deal.",
     [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE")]),
    ("Talks on the dam resumed in March. The first took place in Lusaka; the second came a month "
     "later.", [_place("Lusaka", "Lusaka", "ZMB")]),
    ("The next round of talks will take place in Harare on a date to be agreed.",
     [_place("Harare", "Harare", "ZWE")]),
    ("Three days of talks ended on Thursday in the resort town of Gabala, ahead of a summit "
     "scheduled for next week.", []),
    ("The envoys held trilateral talks behind closed doors at UN headquarters in Zelnik, Vora "
     "Province, hosted by Turkey, with Qatar as a mediator.",
     [_country("Turkey", "TUR"), _country("Qatar", "QAT")]),
    ("Indirect talks mediated by Qatar are under way in Doha; a meeting of the ministers was "
     "proposed by Egypt.", [_country("Qatar", "QAT"), _place("Doha", "Doha", "QAT"),
                            _country("Egypt", "EGY")]),
    ("The ſecond round, ſcheduled in the Kenyan capital, was poſtponed; miniſters met at COP28 "
     "in Dubai.", [_country("Kenyan", "KEN"), _place("Dubai", "Dubai", "ARE")]),
]


@pytest.mark.parametrize(
    ("text", "specs"),
    PREFILTER_CASES,
    ids=["anonymous", "idiom", "site-region", "verb-topic", "proposed-planned-expected",
         "host-source", "venue-formats", "invitation", "assembly-condition", "channels", "plural", "ordinal", "date-open", "days-town",
         "formats-hosts", "statuses-mediator", "long-s"],
)
def test_the_phrase_prefilters_drop_nothing_a_full_scan_finds(monkeypatch, text, specs):
    import analysis.events as events

    fast = _events(text, "2024-05-10", specs)
    lex = events._lex()
    monkeypatch.setattr(events, "_lex", lambda: dict(lex, may=dict.fromkeys(lex["may"])))
    monkeypatch.setattr(events, "_CONDITION_HEADS", None)
    monkeypatch.setattr(events, "_INVITED_HEADS", None)
    pd.testing.assert_frame_equal(fast, _events(text, "2024-05-10", specs))
    assert len(fast)


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([(0, 10, 0), (11, 20, 1), (20, 30, 2)], [0, 0, -1, 1, 2, -1]),
        ([(20, 30, 2), (0, 10, 0), (11, 20, 1)], [0, 0, -1, 1, 2, -1]),
        ([(0, 15, 0), (5, 30, 1)], [0, 0, 0, 1, 1, -1]),
        ([], [-1, -1, -1, -1, -1, -1]),
    ],
    ids=["ordered", "shuffled", "overlapping", "empty"],
)
def test_each_date_goes_to_the_first_sentence_that_holds_it(spans, expected):
    from analysis.events import _locator

    locate = _locator(spans)
    assert [locate(pos) for pos in (0, 9, 10, 19, 20, 30)] == expected


def test_events_of_several_articles_are_those_of_each_alone():
    texts = {
        "a": "Armenian and Azerbaijani foreign ministers met in Washington on August 8.",
        "b": "Talks will resume in Doha next week, a mediator said.\n\nThe two sides held talks in Baku.",
    }
    specs = {
        "a": [
            _country("Armenian", "ARM"),
            _country("Azerbaijani", "AZE"),
            _place("Washington", "Washington", "USA"),
        ],
        "b": [_place("Doha", "Doha", "QAT"), _place("Baku", "Baku", "AZE")],
    }
    parts = {}
    for doc_id, text in texts.items():
        articles = _articles(text, "2025-08-10", doc_id)
        sentences = split_sentences(articles)
        parts[doc_id] = (articles, sentences, _mentions(text, sentences, specs[doc_id]))
    alone = pd.concat([extract_events(*parts[d]) for d in ("a", "b")], ignore_index=True)
    # the tables of both articles together, rows of the second article first
    together = extract_events(
        pd.concat([parts["a"][0], parts["b"][0]], ignore_index=True),
        pd.concat([parts["b"][1], parts["a"][1]], ignore_index=True),
        pd.concat([parts["b"][2], parts["a"][2]], ignore_index=True),
    )
    assert together.equals(alone)
    assert list(together["event_id"]) == ["a#e1", "b#e1", "b#e2"]
    assert list(together.dtypes.astype(str)) == list(alone.dtypes.astype(str))


def test_no_articles_give_an_empty_table_of_the_event_columns():
    articles = _articles("", "2025-08-10").iloc[:0]
    sentences = split_sentences(articles)
    empty = pd.DataFrame(columns=list(MENTION_COLUMNS))
    events = extract_events(articles, sentences, empty, date_sentences(articles, sentences))
    assert list(events.columns) == list(EVENT_COLUMNS)
    assert len(events) == 0
    assert str(events["round"].dtype) == "Int64" and str(events["sentence_idx"].dtype) == "int64"


@pytest.mark.parametrize(
    "text, surface, city, code",
    [
        ("The delegations held talks in the Saudi city of Jeddah on Monday.", "Jeddah",
         "Jeddah", "SAU"),
        ("The two sides held talks at the Red Sea resort town of Sharm el-Sheikh on Monday.",
         "Sharm el-Sheikh", "Sharm el-Sheikh", "EGY"),
    ],
    ids=["city-of", "resort-town-of"],
)
def test_a_place_named_as_the_city_of_is_the_venue(text, surface, city, code):
    events = _events(text, "2025-03-12", [_place(surface, city, code)])
    assert _summary(events) == [
        _event("talks_round", "occurred", "2025-03-10", "2025-03-10", city)]


def test_a_later_scheduled_meeting_is_not_the_open_ended_talks_before_it():
    text = ("The two sides held talks in Putrajaya from Monday. Military commanders of the two "
            "sides will hold informal meetings on Thursday.")
    events = _events(text, "2025-07-29", [_place("Putrajaya", "Putrajaya", "MYS")])
    assert _summary(events) == [
        _event("talks_round", "occurred", "2025-07-28", None, "Putrajaya"),
        _event("meeting", "scheduled", "2025-07-31", "2025-07-31"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebels said they would continue negotiations with the government in Doha.",
         [_event("talks_round", "planned", city="Doha")]),
        ("Fighting continued in the east despite the talks.", []),
        ("Diplomats said the talks in Doha would continue in the coming days.",
         [_event("talks_round", "planned", city="Doha")]),
    ],
    ids=["would-continue-negotiations", "fighting-continued-is-no-event",
         "talks-would-continue"],
)
def test_continued_negotiations_are_an_event(text, expected):
    assert _summary(_events(text, "2025-06-28", [_place("Doha", "Doha", "QAT")])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The minister told a news conference that the truce would take effect on Sunday.",
         [_event("statement", "occurred")]),
        ("The truce will begin on August 3, the two sides said in a joint statement.",
         [_event("statement", "occurred")]),
        ("On Friday, the ministry issued a statement.",
         [_event("statement", "occurred", "2025-01-10", "2025-01-10")]),
    ],
    ids=["date-after-that", "date-before-the-tag", "date-of-the-statement"],
)
def test_a_date_in_what_a_statement_says_is_not_its_date(text, expected):
    assert _summary(_events(text, "2025-01-15", [])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WASHINGTON, June 27 (AFP) - The two ministers signed a peace agreement at the State "
         "Department on Friday.",
         [_event("agreement", "occurred", "2025-06-27", "2025-06-27", "Washington")]),
        ("WASHINGTON, June 27 (AFP) - The two ministers will sign a peace agreement next week.",
         [_event("agreement", "planned")]),
        ("The two ministers signed a peace agreement on Friday, and WASHINGTON welcomed it.",
         [_event("agreement", "occurred", "2025-06-27", "2025-06-27")]),
        ("WASHINGTON - The two ministers signed a peace agreement at the State Department on "
         "Friday.",
         [_event("agreement", "occurred", "2025-06-27", "2025-06-27", "Washington")]),
    ],
    ids=["lead-event-takes-the-dateline-city", "future-event-does-not",
         "no-dateline-no-city", "a-dateline-closed-by-a-dash"],
)
def test_the_lead_event_of_a_wire_story_happened_at_the_dateline(text, expected):
    events = _events(text, "2025-06-28", [_place("WASHINGTON", "Washington", "USA")])
    assert _summary(events) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two ministers signed a peace agreement on Friday.",
         [_event("agreement", "occurred", "2025-06-27", "2025-06-27")]),
        ("The two ministers signed a peace agreement on June 27.",
         [_event("agreement", "occurred", "2025-06-27", "2025-06-27")]),
    ],
    ids=["on-weekday", "on-month-day"],
)
def test_agreement_on_a_day_is_not_a_plan(text, expected):
    assert _summary(_events(text, "2025-06-28", [])) == expected


def test_readiness_to_sign_is_a_plan_not_a_signing():
    text = "The Armenian side reiterated its readiness to sign the peace agreement without delay."
    assert _summary(_events(text, "2025-07-11", [])) == [_event("agreement", "planned")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The first round was held in Lusaka on May 4-5, and the second round took place in "
         "Harare on June 9-10.",
         [_event("talks_round", "occurred", "2025-05-04", "2025-05-05", "Lusaka", round_=1),
          _event("talks_round", "occurred", "2025-06-09", "2025-06-10", "Harare", round_=2)]),
        ("The first round was held in Lusaka on May 4; the second round took place in Harare "
         "on June 9.",
         [_event("talks_round", "occurred", "2025-05-04", "2025-05-04", "Lusaka", round_=1),
          _event("talks_round", "occurred", "2025-06-09", "2025-06-09", "Harare", round_=2)]),
    ],
    ids=["comma-and", "semicolon"],
)
def test_a_date_and_place_stay_in_their_own_coordinated_clause(text, expected):
    specs = [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE")]
    got = _summary(_events(text, "2025-07-01", specs))
    for item in expected:
        item["participants"] = ()
    assert sorted(got, key=lambda e: e["round"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The second round of negotiations between Chad, Niger and Mali on the river basin "
         "concluded on Tuesday in Lusaka without a breakthrough.",
         [_event("talks_round", "occurred", "2025-07-01", "2025-07-01", "Lusaka", round_=2)]),
        ("09:15 GMT — The first session of indirect talks between the two delegations on the "
         "disputed sea border has ended.",
         [_event("talks_round", "occurred", "2025-07-02", "2025-07-02", round_=1)]),
    ],
    ids=["subject-with-complements", "live-blog-time-stamp"],
)
def test_a_long_subject_still_reaches_its_verb(text, expected):
    assert _summary(_events(text, "2025-07-02", [_place("Lusaka", "Lusaka", "ZMB")])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The previous round of the dialogue took place in Lusaka on May 4.",
         [_event("talks_round", "occurred", "2025-05-04", "2025-05-04", "Lusaka")]),
        ("The parties agreed that the next round will be held in Lusaka from 3 to 6 September.",
         [_event("talks_round", "scheduled", "2025-09-03", "2025-09-06", "Lusaka")]),
        ("The first session ended. The second session is scheduled for July 9.",
         [_event("talks_round", "occurred", round_=1),
          _event("talks_round", "scheduled", "2025-07-09", "2025-07-09", round_=2)]),
    ],
    ids=["previous-round", "next-round", "numbered-sessions"],
)
def test_rounds_named_without_talks_nouns(text, expected):
    assert _summary(_events(text, "2025-07-02", [_place("Lusaka", "Lusaka", "ZMB")])) == expected


def test_a_readout_that_spoke_today_with_a_leader_is_a_call():
    text = "The President spoke today with the King to welcome the truce announced on June 30."
    assert _summary(_events(text, "2025-07-02", [])) == [
        _event("phone_call", "occurred", "2025-07-02", "2025-07-02"),
        _event("announcement", "occurred", "2025-06-30", "2025-06-30"),
    ]


def test_signing_a_joint_statement_is_an_agreement():
    text = "The two leaders met in Lusaka on May 4 and signed a joint statement on the border."
    events = _summary(_events(text, "2025-07-02", [_place("Lusaka", "Lusaka", "ZMB")]))
    assert [e["type"] for e in events] == ["summit", "agreement"]


def test_talks_to_continue_later_this_month_are_planned():
    text = "The delegations reaffirmed their commitment to continue negotiations later this month."
    assert _summary(_events(text, "2025-07-02", [])) == [
        _event("talks_round", "planned", "2025-07", "2025-07")
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Press release of the Ministry of Foreign Affairs of Norland\n\n"
         "The ministers met in Lusaka on May 4.",
         [_event("meeting", "occurred", "2025-05-04", "2025-05-04", "Lusaka")]),
        ("Joint statement\n\nThe ministers met in Lusaka on May 4.",
         [_event("meeting", "occurred", "2025-05-04", "2025-05-04", "Lusaka")]),
        ("The ministers met in Lusaka on May 4.\n\nThe joint statement was issued on May 5.",
         [_event("meeting", "occurred", "2025-05-04", "2025-05-04", "Lusaka"),
          _event("statement", "occurred", "2025-05-05", "2025-05-05")]),
    ],
    ids=["press-release-heading", "joint-statement-heading", "statement-in-a-sentence"],
)
def test_the_heading_of_a_statement_text_is_no_event(text, expected):
    assert _summary(_events(text, "2025-07-02", [_place("Lusaka", "Lusaka", "ZMB")])) == expected


def test_a_round_that_a_signing_closes_is_an_event():
    text = ("The delegations signed the agreement on Friday, closing the third cycle of peace "
            "talks in Lusaka.")
    events = _summary(_events(text, "2025-07-05", [_place("Lusaka", "Lusaka", "ZMB")]))
    assert [(e["type"], e["status"], e["round"]) for e in events] == [
        ("agreement", "occurred", None),
        ("talks_round", "occurred", 3),
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("Norland's National Assembly will hold a session on Friday on the border.", "2025-10-30",
         []),
        ("The U.N. Security Council held a closed-door session on the dispute on Dec. 8.",
         "2023-12-15", []),
        ("The Senate met on Monday to debate the maritime zones act.", "2025-01-17", []),
        ("The delegations held a second session in Lusaka on May 4.", "2025-07-02",
         [_event("talks_round", "occurred", "2025-05-04", "2025-05-04", "Lusaka", round_=2)]),
    ],
    ids=["assembly-session", "council-session", "senate-met", "delegations-session"],
)
def test_a_sitting_of_a_legislature_or_council_is_no_round_of_talks(text, published, expected):
    assert _summary(_events(text, published, [_place("Lusaka", "Lusaka", "ZMB")])) == expected


def test_a_live_blog_entry_is_dated_by_the_day_it_was_filed():
    text = ("21:40 PKT — Ministry: both sides agree to continue the truce\n\n"
            "The foreign ministry said in a statement that a monitoring mechanism was agreed.\n\n"
            "Background\n\n"
            "The ministry said in a statement that earlier contacts had failed.")
    assert _summary(_events(text, "2025-10-30", [])) == [
        _event("statement", "occurred", "2025-10-30", "2025-10-30"),
        _event("statement", "occurred"),
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("They were the first formal negotiations between the two sides since the conflict "
         "began in November 2020.", "2022-11-03", [_event("talks_round", "occurred")]),
        ("The talks came after Norland held a referendum on Dec. 3.", "2023-12-15",
         [_event("talks_round", "occurred")]),
        ("After Norland held a referendum on Dec. 3, the talks were postponed.", "2023-12-15",
         [_event("talks_round", "occurred")]),
        ("The talks ended on Friday after the two sides failed to agree.", "2023-12-15",
         [_event("talks_round", "occurred", "2023-12-15", "2023-12-15")]),
        ("Norland sawmills must go on paying tolls into 2025 after this week's round of "
         "tariff talks ended without a deal on pulp.", "2023-12-15",
         [_event("talks_round", "occurred")]),
        ("Norland will sign a deal that caps its output at 2019 levels.", "2023-12-15",
         [_event("agreement", "planned")]),
    ],
    ids=["since-the-war-began", "after-a-referendum", "clause-first", "date-before-the-clause",
         "a-term-running-into-a-year", "a-year-as-a-baseline"],
)
def test_a_date_in_a_clause_of_its_own_does_not_date_the_talks(text, published, expected):
    assert _summary(_events(text, published, [])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two days of informal talks ended in Lusaka on Thursday.",
         [_event("talks_round", "occurred", "2025-07-16", "2025-07-17", "Lusaka")]),
        ("Three days of negotiations concluded on Thursday.",
         [_event("talks_round", "occurred", "2025-07-15", "2025-07-17")]),
        ("Two days after the talks in Lusaka on Thursday, the truce held.",
         [_event("talks_round", "occurred", "2025-07-17", "2025-07-17", "Lusaka")]),
        ("The negotiators closed a four-day session in Lusaka on Sunday.",
         [_event("talks_session", "occurred", "2025-07-10", "2025-07-13", "Lusaka")]),
        ("The fourth round of talks between the government and the rebels, which the capital "
         "calls the River Front, ended in Lusaka on Thursday after three days.",
         [_event("talks_round", "occurred", "2025-07-15", "2025-07-17", "Lusaka", round_=4)]),
    ],
    ids=["two-days-ended", "three-days-concluded", "not-a-duration-of-talks",
         "a-four-day-session", "ended-in-a-place-after-days"],
)
def test_days_of_talks_that_ended_on_a_day_began_before_it(text, expected):
    assert _summary(_events(text, "2025-07-18", [_place("Lusaka", "Lusaka", "ZMB")])) == expected


@pytest.mark.parametrize(
    "text, city",
    [
        ("The talks, held from October 25 to 30, ended with an agreement to maintain the "
         "ceasefire that was first agreed in Doha on October 19.", None),
        ("The talks that took place in Doha ended on October 24.", "Doha"),
    ],
    ids=["relative-clause-on-another-noun", "relative-clause-on-the-talks"],
)
def test_a_place_in_a_relative_clause_belongs_to_its_noun(text, city):
    events = _summary(_events(text, "2025-10-30", [_place("Doha", "Doha", "QAT")]))
    assert [(e["type"], e["city"]) for e in events] == [("talks_round", city)]


@pytest.mark.parametrize(
    "text, city",
    [
        ("The envoys held talks on Thursday, the first since the president returned to Doha.",
         None),
        ("The envoys held talks in Doha on Thursday, the first since the president returned.",
         "Doha"),
        ("The envoys will hold talks on Thursday, although not necessarily in Doha.", None),
        ("The envoys will hold talks on Thursday in Doha rather than in Lusaka.", "Doha"),
    ],
    ids=["since-clause-of-another-event", "since-clause-control", "not-necessarily-in",
         "rather-than-in"],
)
def test_a_place_of_another_clause_or_ruled_out_places_nothing(text, city):
    towns = [_place("Doha", "Doha", "QAT"), _place("Lusaka", "Lusaka", "ZMB")]
    events = _summary(_events(text, "2025-10-30", towns))
    assert [e["city"] for e in events] == [city]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ostria hopes to host the two presidents in Doha later this year.",
         [("summit", "expected", "Doha")]),
        ("Ostria offered to host both leaders in Doha.", [("summit", "proposed", "Doha")]),
    ],
    ids=["hopes-to-host-the-two-presidents", "offered-to-host-both-leaders"],
)
def test_a_host_that_plans_to_receive_both_leaders_plans_their_summit(text, expected):
    events = _summary(_events(text, "2025-10-30", [_place("Doha", "Doha", "QAT")]))
    assert [(e["type"], e["status"], e["city"]) for e in events] == expected


def test_the_leaders_envoys_hosted_for_talks_are_no_summit():
    text = "Ostria is hosting the presidents' envoys for talks in Doha on Monday."
    events = _summary(_events(text, "2025-10-30", [_place("Doha", "Doha", "QAT")]))
    assert "summit" not in {e["type"] for e in events} and events


def test_a_gathering_is_a_meeting_of_its_own():
    text = "The Lusaka meeting followed a first gathering in the same format in Harare on March 17-18."
    specs = [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE")]
    assert _summary(_events(text, "2025-07-18", specs)) == [
        _event("meeting", "occurred", "2025-03-17", "2025-03-18", "Harare")
    ]


def test_talks_dated_before_the_article_are_past_whatever_the_plan_around_them():
    text = "He was ready to resume formal negotiations from where they were left off in Lusaka in 2017."
    assert _summary(_events(text, "2025-07-18", [_place("Lusaka", "Lusaka", "ZMB")])) == [
        _event("talks_round", "occurred", "2017", "2017", "Lusaka")
    ]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The delegation urged the sides to implement the Ceasefire Agreement of 12 August 2008.",
         "2025-06-26", [_event("agreement", "occurred", "2008-08-12", "2008-08-12")]),
        ("The provisional arrangement for resupply missions, agreed in July last year, "
         "continued to hold.", "2025-01-17", [_event("agreement", "occurred", "2024-07", "2024-07")]),
        ("They agreed that the disengagement agreement of October 2024 had been a positive step.",
         "2025-03-25", [_event("agreement", "occurred", "2024-10", "2024-10")]),
        ("The parties discussed a peace agreement on Friday.", "2025-01-17", []),
    ],
    ids=["agreement-of-a-date", "arrangement-agreed-in", "no-trigger-but-the-noun",
         "agreement-on-a-day-is-no-date-of-it"],
)
def test_an_agreement_named_with_its_date_is_an_event(text, published, expected):
    assert _summary(_events(text, published, [])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Opposition lawmakers have demanded a briefing on the talks.", []),
        ("The spokesman told reporters that a date for the next round had yet to be set.",
         [_event("statement", "occurred"), _event("talks_round", "undecided")]),
        ("The minister said the sides had agreed to continue consultations. The spokesman told "
         "reporters that a date for the next round had yet to be set.",
         [_event("statement", "occurred"), _event("talks_round", "undecided")]),
        ("The ministry said in a statement on Monday that talks would go on. Norland's foreign "
         "ministry, in its own readout, said the talks were useful.",
         [_event("statement", "occurred", "2025-07-14", "2025-07-14"),
          _event("statement", "occurred")]),
    ],
    ids=["briefing-asked-for", "undecided-next-round-said", "after-talks-to-continue",
         "its-own-readout"],
)
def test_statements_made_and_asked_for(text, expected):
    assert _summary(_events(text, "2025-07-18", [])) == expected


@pytest.mark.parametrize(
    "text, specs, cities",
    [
        ("The two sides held talks in Xiamen, China, on Thursday.", [_country("China", "CHN")],
         ["Xiamen"]),
        ("The ministers met in Lusaka on May 4. They met again in the Zambian city on June 9.",
         [_place("Lusaka", "Lusaka", "ZMB"), _country("Zambian", "ZMB")], ["Lusaka", "Lusaka"]),
        ("The ministers met in Lusaka on May 4. They met again in the Zambian city of Ndola on "
         "June 9.", [_place("Lusaka", "Lusaka", "ZMB"), _country("Zambian", "ZMB")],
         ["Lusaka", "Ndola"]),
        ("The talks on the border, the first in a year, were held on Thursday in Davao, the "
         "Philippines.",
         [_country("Philippines", "PHL")], ["Davao"]),
        ("The envoys agreed to convene the 5th ZJC-X in Ndola, Copperbelt Province, in May.",
         [], ["Ndola"]),
        ("Both sides welcomed the 9th Technical Group Meeting (TGM) held in Ndola from 2 to 5 "
         "March.", [], ["Ndola"]),
        ("Zambia is to host a meeting of the Joint Lake Commission in Ndola in May.",
         [_country("Zambia", "ZMB")], ["Ndola"]),
        ("The ferry board itself is likely to meet next in Tarsk early next year.", [],
         ["Tarsk"]),
    ],
    ids=["town-comma-country", "the-demonym-city", "the-city-of-another-name",
         "town-comma-the-country", "town-comma-region", "a-town-after-the-abbreviation",
         "a-town-after-the-body-meeting", "a-town-before-early-next-year"],
)
def test_a_place_the_gazetteer_lacks_is_read_from_the_text(text, specs, cities):
    assert [e["city"] for e in _summary(_events(text, "2025-07-18", specs))] == cities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The agreement was signed after ten days of talks in Lusaka.",
         [("agreement", "Lusaka"), ("talks_round", "Lusaka")]),
        ("The delegations signed the agreement on Friday, closing the third cycle of peace "
         "talks in Lusaka.", [("agreement", "Lusaka"), ("talks_round", "Lusaka")]),
        ("The agreement signed in March was praised by the talks in Lusaka.",
         [("agreement", None), ("talks_round", "Lusaka")]),
    ],
    ids=["signed-after-talks", "closing-the-talks", "not-signed-at-the-talks"],
)
def test_an_agreement_signed_at_talks_was_signed_where_they_were(text, expected):
    events = _summary(_events(text, "2025-07-05", [_place("Lusaka", "Lusaka", "ZMB")]))
    assert [(e["type"], e["city"]) for e in events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It was agreed that the next meeting would be held in Lusaka on a mutually convenient "
         "date.", [_event("meeting", "planned", city="Lusaka")]),
        # a later sitting named as one is news of it, placed or not (see test_events_round5)
        ("It was agreed that the next meeting would be held on a mutually convenient date.",
         [_event("meeting", "planned")]),
    ],
    ids=["next-meeting-placed", "next-meeting-with-nothing-to-place-it"],
)
def test_a_next_meeting_placed_in_a_city_is_an_event(text, expected):
    assert _summary(_events(text, "2025-03-25", [_place("Lusaka", "Lusaka", "ZMB")])) == expected


@pytest.mark.parametrize(
    "text, specs, city, country",
    [
        ("The commissions met in the Ruritanian resort town of Zelnik on Monday.",
         [_country("Ruritanian", "RUR")], "Zelnik", "RUR"),
        ("The twelfth meeting of the commissions was held in the city of Zelnik on Monday.",
         [], "Zelnik", None),
    ],
    ids=["adjective-resort-town-of", "city-of-no-country"],
)
def test_a_name_after_a_place_noun_is_a_place_the_gazetteer_lacks(text, specs, city, country):
    row = _events(text, "2025-03-12", specs).iloc[0]
    assert (row["start"], row["city"], row["country"]) == ("2025-03-10", city, country)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The border commissions met on Wednesday and Thursday, the government said.",
         ("2026-04-15", "2026-04-16")),
        ("The delegations negotiated from Monday to Wednesday in Geneva.",
         ("2026-04-13", "2026-04-15")),
        ("The delegations met on Monday, and the ministers spoke on Thursday.",
         ("2026-04-13", "2026-04-13")),
    ],
    ids=["weekday-and-weekday", "weekday-to-weekday", "days-of-two-clauses"],
)
def test_days_joined_by_and_or_to_are_one_span(text, expected):
    row = _events(text, "2026-04-18", []).iloc[0]
    assert (row["start"], row["end"]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\"There was a frank exchange on the islands, and no meeting of minds,\" a diplomat said "
         "on Thursday.", ["statement"]),
        ("The issue remains unresolved, and the sides would return to it at a later date.", []),
        ("The sides carried out an exchange of prisoners on Monday.", ["prisoner_exchange"]),
    ],
    ids=["meeting-of-minds-and-frank-exchange", "return-to-it", "exchange-of-prisoners"],
)
def test_idioms_with_event_words_are_no_events(text, expected):
    assert list(_events(text, "2026-03-14", [])["type"]) == expected


def _media(surface: str) -> tuple:
    return ("media", surface, surface, None, None, None)


_LUSAKA = [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE")]


@pytest.mark.parametrize(
    "text, published, specs, expected",
    [
        ("The session, which opened at a Lusaka hotel on March 2, was adjourned indefinitely "
         "on March 9.", "2025-03-20", _LUSAKA,
         [_event("talks_session", "occurred", "2025-03-02", "2025-03-09", "Lusaka")]),
        ("Delegations wrapped up the second round on Wednesday. The talks, which began on "
         "Monday, took place at the foreign ministry.", "2026-02-26", [],
         [_event("talks_round", "occurred", "2026-02-23", "2026-02-25", round_=2)]),
        ("It was their third session since last October, when the envoys first met in Lusaka.",
         "2026-01-14", _LUSAKA,
         [_event("talks_round", "occurred", "2025-10", "2025-10", "Lusaka", round_=3)]),
        ("The two armies agreed on Friday to free 300 prisoners of war.", "2026-02-10", [],
         [_event("agreement", "occurred", "2026-02-06", "2026-02-06"),
          _event("prisoner_exchange", "planned")]),
        ("Norland demanded a return to the lines of the 1994 Lusaka Protocol during the talks.",
         "2026-01-14", [], [_event("agreement", "occurred", "1994", "1994", "Lusaka"),
                            _event("talks_round", "occurred")]),
        ("The next round will be held in 2027, the communique said.", "2026-05-21", [],
         [_event("talks_round", "scheduled", "2027", "2027"), _event("statement", "occurred")]),
    ],
    ids=["opened-then-adjourned", "started-before-it-concluded", "the-day-of-a-when-clause",
         "the-day-of-the-agreeing-not-the-release", "a-year-in-a-name",
         "the-year-of-the-meeting-not-of-the-closing-tag"],
)
def test_each_day_goes_to_the_event_it_dates(text, published, specs, expected):
    assert _summary(_events(text, published, specs)) == expected


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        ("Speaking to broadcaster NRT on Wednesday, the minister called the talks useful.",
         [_media("NRT")], [("statement", "2026-03-11", None)]),
        ("The envoy told the Voice of Norland that the talks were useful.",
         [_media("Voice of Norland")], [("statement", None, None), ("talks_round", None, None)]),
        ("The envoy wrote on X that the talks were useful.", [],
         [("statement", None, None), ("talks_round", None, None)]),
        ("\"We are close,\" a negotiator said on Thursday.", [], [("statement", "2026-03-12", None)]),
        ("The president said in Lusaka that the deal would hold.", _LUSAKA,
         [("statement", None, "Lusaka")]),
        ("An official who asked not to be named told Reuters the envoy would return.",
         [_media("Reuters")], []),
        ("The committee met in Lusaka on Wednesday, the ministry said on Thursday.", _LUSAKA,
         [("meeting", "2026-03-11", "Lusaka")]),
        ("According to a communique the mediators published on Sunday, both armies will pull "
         "back.", [], [("statement", "2026-03-08", None)]),
        ("According to the statement, demining will begin in 2027.", [],
         [("statement", None, None)]),
        ("The deputy minister, speaking to the press on Wednesday, called the plan premature.",
         [], [("statement", "2026-03-11", None)]),
        ("Speaking to reporters, the envoy called the plan premature.", [],
         [("statement", None, None)]),
        ("The deputy minister told parliament that the creditors had been sympathetic.", [],
         [("statement", None, None)]),
        ("The minister said in February that work on the dams will be fast-tracked.", [],
         [("statement", "2026-02", None)]),
        ("The prime minister told the National Assembly on Tuesday that the border was safe.",
         [], [("statement", "2026-03-10", None)]),
        ("The host minister told the opening plenary on Monday that the text must be finished.",
         [], [("statement", "2026-03-09", None)]),
        ("Norland's interior ministry only said the visit had been cordial.", [],
         [("statement", None, None)]),
        ("A government spokeswoman said the border would stay open.", [],
         [("statement", None, None)]),
        ("The pipeline will be finished by May, the energy ministry said.", [], []),
        ("\"The work goes on,\" the ministry said, adding that the pipeline was half built.",
         [], []),
        ("10:05 GMT — Norland's energy ministry said its team has four members.", [], []),
        ("Sudland's Ministry of Water Affairs replied that the charges were baseless.", [],
         [("statement", None, None)]),
    ],
    ids=["told-an-outlet", "told-an-outlet-the-tagger-found", "wrote-on-a-platform",
         "a-quote-said-on-a-day", "said-in-a-city", "a-source-is-no-statement",
         "the-source-of-a-report", "according-to-a-statement-issued",
         "what-the-statement-says-is-not-its-date", "speaking-to-the-press",
         "speaking-to-reporters", "told-parliament", "said-in-a-month",
         "told-a-legislature", "told-a-plenary-is-no-sitting", "an-office-said",
         "a-spokeswoman-said", "an-office-only-tags-a-report", "an-office-tags-a-quotation",
         "an-office-in-a-live-blog-stamp", "a-ministry-of-affairs-replied"],
)
def test_statements_told_by_their_channel(text, specs, expected):
    events = _summary(_events(text, "2026-03-13", specs))
    assert [(e["type"], e["start"], e["city"]) for e in events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland's 2019 memorandum of understanding with Sudland on grazing rights expired.",
         [_event("agreement", "occurred", "2019", "2019")]),
        ("The Zelnik Initiative, launched to end the war, has lost momentum.", []),
        ("Officials said there would be no truce until any agreement is signed.", []),
        ("Did the ministers talk about a summit?", []),
        ("The truce came after some five weeks of indirect negotiations in Lusaka.",
         [_event("talks_round", "occurred", city="Lusaka")]),
        ("Negotiators are meeting in Lusaka to discuss the border.",
         [_event("meeting", "ongoing", city="Lusaka")]),
        ("The UN office plans to convene both delegations in Lusaka next month.",
         [_event("meeting", "planned", "2026-04", "2026-04", "Lusaka")]),
        ("A further session, at deputy-minister level, will be held in Lusaka in the autumn.",
         [_event("talks_session", "scheduled", city="Lusaka")]),
    ],
    ids=["a-memorandum-of-understanding-is-an-agreement", "a-named-initiative-is-no-proposal",
         "any-agreement-is-none-in-particular", "a-question-reports-nothing",
         "after-weeks-of-negotiations", "are-meeting", "convene", "an-aside-after-the-noun"],
)
def test_what_counts_as_an_event_and_its_status(text, expected):
    assert _summary(_events(text, "2026-03-16", _LUSAKA)) == expected


@pytest.mark.parametrize(
    "text, specs, cities",
    [
        ("The envoys met on April 9. They also set up a working group whose first meeting will "
         "take place in Harare later this year.", _LUSAKA, [None, "Harare"]),
        ("The talks opened at a Lusaka hotel on Monday.", [_country("Lusaka", "ZMB")], ["Lusaka"]),
        ("Delegates ended a two-day meeting in Zelnik on Sunday.", [], ["Zelnik"]),
        ("Both delegations hope to meet once more in Asia.", [], []),
        ("He said a Norland proposal to create a water consortium, first tabled in Lusaka in "
         "March 2025, had gone nowhere.", _LUSAKA, ["Lusaka"]),
    ],
    ids=["a-planned-meeting-is-not-the-one-held", "a-capital-told-as-its-government",
         "a-town-after-the-meeting", "a-continent-is-no-town", "a-proposal-tabled-in-a-town"],
)
def test_places_and_plans_of_events(text, specs, cities):
    assert [e["city"] for e in _summary(_events(text, "2026-04-10", specs))] == cities


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland freed 12 prisoners on Friday after talks in Lusaka on Tuesday with the envoy.",
         [("prisoner_exchange", "2026-05-08"), ("talks_round", "2026-05-05")]),
        ("The rebels released 40 prisoners on May 3, following negotiations on April 28.",
         [("prisoner_exchange", "2026-05-03"), ("talks_round", "2026-04-28")]),
    ],
    ids=["weekdays", "month-days"],
)
def test_each_event_takes_the_date_nearest_to_it(text, expected):
    events = _summary(_events(text, "2026-05-11", _LUSAKA))
    assert [(e["type"], e["start"]) for e in events] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebels and the army agreed on Saturday to reopen the northern road.",
         [_event("agreement", "occurred", "2026-05-09", "2026-05-09")]),
        ("Both governments reached an agreement on 7 May to cut fuel tariffs.",
         [_event("agreement", "occurred", "2026-05-07", "2026-05-07")]),
        ("The ministers agreed on Saturday to meet again in June.",
         [_event("meeting", "planned", "2026-06", "2026-06")]),
        ("The delegations did not agree on Saturday on the route.", []),
    ],
    ids=["agreed-on-a-weekday", "reached-an-agreement-on-a-day", "agreed-only-to-meet",
         "not-agreed"],
)
def test_agreeing_on_a_day_is_an_agreement_of_that_day(text, expected):
    assert _summary(_events(text, "2026-05-11", [])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The generals signed a definitive cessation of military operations on Friday.",
         [_event("agreement", "occurred", "2026-05-08", "2026-05-08")]),
        ("The parties signed a commitment to a national dialogue in March.",
         [_event("agreement", "occurred", "2026-03", "2026-03")]),
        ("The envoys agreed to meet again, at a date to be determined.",
         [_event("meeting", "planned")]),
        ("The foreign ministers' retreat in Lusaka on Friday ended with a pledge.",
         [_event("meeting", "occurred", "2026-05-08", "2026-05-08", "Lusaka")]),
        ("An informal consultation in Harare ended without a joint statement.",
         [_event("meeting", "occurred", city="Harare")]),
    ],
    ids=["signed-a-cessation", "signed-a-commitment", "a-date-to-be-determined",
         "a-ministers-retreat", "an-informal-consultation-without-a-statement"],
)
def test_more_words_of_meetings_and_signings(text, expected):
    assert _summary(_events(text, "2026-05-11", _LUSAKA)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys met in Lusaka on Tuesday. The sides agreed on a protocol on grazing rights, "
         "which will take effect from September.",
         [_event("meeting", "occurred", "2026-05-05", "2026-05-05", "Lusaka"),
          _event("agreement", "occurred", "2026-05-05", "2026-05-05", "Lusaka")]),
        ("HARARE, May 6 (AFP) - The envoys met in Lusaka on Tuesday. The ministers agreed on the "
         "text of the accord.",
         [_event("meeting", "occurred", "2026-05-05", "2026-05-05", "Lusaka"),
          _event("agreement", "occurred", "2026-05-05", "2026-05-05", "Lusaka")]),
        ("The sides have not agreed on the text of the deal.", []),
    ],
    ids=["agreed-on-a-protocol-at-the-talks", "the-talks-date-not-the-dateline",
         "not-agreed-on-the-text"],
)
def test_agreeing_on_a_text_is_an_agreement_made_at_the_talks(text, expected):
    assert _summary(_events(text, "2026-05-07", _LUSAKA)) == expected


_TOWNS = [_place("Lusaka", "Lusaka", "ZMB"), _place("Harare", "Harare", "ZWE"),
          _place("Kingston", "Kingston", "JAM"), _place("Ankara", "Ankara", "TUR")]


def _brief(events: pd.DataFrame) -> list[tuple]:
    return [(e["type"], e["status"], e["start"], e["end"], e["city"]) for e in _summary(events)]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("(Adds the ministry's statement in paragraph 5)\n\nThe envoys met in Lusaka on Monday.",
         "2026-06-10", [("meeting", "occurred", "2026-06-08", "2026-06-08", "Lusaka")]),
        ("The first round of presidential elections was moved to 22 November.", "2026-06-10", []),
        ("A Security Council briefing on Norland is set for 24 June.", "2026-06-10", []),
        ("The dispute should go to the court in Harare if bilateral talks fail.", "2026-06-10",
         []),
        ("The minister received a call from the president.", "2026-06-10", []),
        ("A defence ministers' meeting could be proposed for the autumn.", "2026-06-10", []),
        ("• Proposed, no date - The president has called for a summit in Harare.\n\nSudland has "
         "not responded to the proposal.", "2026-06-10",
         [("summit", "proposed", None, None, "Harare")]),
        ("The commissioners kept meeting through the wars of 1965 and 1971.", "2026-06-10", []),
        ("Norland and Sudland exchanged prisoners in Ankara on Tuesday.\n\nCORRECTION: An "
         "earlier version of this story said six. The ministry's statement says five.",
         "2026-06-10", [("prisoner_exchange", "occurred", "2026-06-09", "2026-06-09", "Ankara")]),
        ("Norland and Sudland exchanged prisoners in Ankara on Tuesday.\n\nCorrection, June 10, "
         "2026: An earlier version of this story said the envoys met in Harare on Monday, June 8.",
         "2026-06-10", [("prisoner_exchange", "occurred", "2026-06-09", "2026-06-09", "Ankara")]),
        ("All I will add is that no such proposal has reached us from Lusaka.", "2026-06-10",
         []),
    ],
    ids=["an-editors-note", "a-round-of-elections", "a-statement-still-to-come",
         "talks-in-a-condition", "a-call-received", "a-proposal-that-may-be-made",
         "a-label-and-a-recalled-proposal", "meetings-kept-up-for-years",
         "a-correction-note", "a-dated-correction-note", "no-such-proposal"],
)
def test_what_tells_no_event(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The sides agreed on Monday on a new calendar after two days of talks in Lusaka.",
         "2026-06-10", [("agreement", "occurred", "2026-06-08", "2026-06-08", "Lusaka"),
                        ("talks_round", "occurred", "2026-06-07", "2026-06-08", "Lusaka")]),
        ("LUSAKA, June 9 (Reuters) - Norland and Sudland agreed on Tuesday to reopen the border."
         "\n\nThe deal was reached at the end of two days of talks in Lusaka.", "2026-06-09",
         [("agreement", "occurred", "2026-06-09", "2026-06-09", "Lusaka"),
          ("talks_round", "occurred", "2026-06-08", "2026-06-09", "Lusaka")]),
        ("The two sides agreed on Monday to cut tariffs, after two days of talks in Lusaka.\n\n"
         "The envoy said the talks on May 9 and 10 had been productive.", "2026-05-11",
         [("agreement", "occurred", "2026-05-11", "2026-05-11", "Lusaka"),
          ("talks_round", "occurred", "2026-05-09", "2026-05-10", "Lusaka")]),
        ("The Secretary-General welcomed the agreement reached in Kingston on Monday, following "
         "two days of talks facilitated by the envoys.", "2026-06-10",
         [("statement", "occurred", None, None, None),
          ("agreement", "occurred", "2026-06-08", "2026-06-08", "Kingston"),
          ("talks_round", "occurred", "2026-06-07", "2026-06-08", "Kingston")]),
        ("The envoys met in Lusaka on Saturday and Sunday.\n\nA diplomat in Harare, speaking on "
         "condition of anonymity, said the talks nearly collapsed on Sunday night.", "2026-06-10",
         [("talks_round", "occurred", "2026-06-06", "2026-06-07", "Lusaka")]),
    ],
    ids=["agreed-after-days-of-talks", "the-dateline-day-ends-them", "a-stated-span-wins",
         "the-talks-held-where-the-deal-was-reached", "a-source-placed-elsewhere"],
)
def test_talks_that_ended_with_a_deal(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The deal came after two days of talks in the northern Ruritanian town of Zelnik, the "
         "first round since the presidents signed a treaty.", "2026-06-10",
         [("talks_round", "occurred", None, None, "Zelnik"),
          ("agreement", "occurred", None, None, None)]),
        ("• 30 August 2001 - The Zelnik Peace Agreement is signed in Zelnik, ending the war.",
         "2026-06-10", [("agreement", "occurred", "2001-08-30", "2001-08-30", "Zelnik")]),
        ("\"Our people voted six years ago and they are still waiting,\" the president told "
         "reporters in Zelnik on Thursday.", "2026-06-02",
         [("statement", "occurred", "2026-05-28", "2026-05-28", "Zelnik")]),
        ("\"We are not there yet, but today both sides took a real step,\" the envoy told "
         "reporters.", "2026-06-02", [("statement", "occurred", "2026-06-02", "2026-06-02", None)]),
        ("Two days of talks in Lusaka ended on Thursday.\n\nUnder a protocol signed on Thursday "
         "evening, a joint company will run the dam.", "2026-06-12",
         [("talks_round", "occurred", "2026-06-10", "2026-06-11", "Lusaka"),
          ("agreement", "occurred", "2026-06-11", "2026-06-11", "Lusaka")]),
        ("The ministers met in Lusaka on Wednesday.\n\nEarlier on Wednesday, the prime minister "
         "received the Norland delegation at the palace.", "2026-06-12",
         [("meeting", "occurred", "2026-06-10", "2026-06-10", "Lusaka"),
          ("meeting", "occurred", "2026-06-10", "2026-06-10", "Lusaka")]),
        ("Norland and Sudland agreed on Thursday to add three ferry slots from 1 July, closing a "
         "two-day round of the standing committee on river ferry routes held in Zelva on 10-11 "
         "June.", "2026-06-12",
         [("agreement", "occurred", "2026-06-11", "2026-06-11", "Zelva"),
          ("talks_round", "occurred", "2026-06-10", "2026-06-11", "Zelva")]),
    ],
    ids=["a-town-described-before-its-name", "signed-in-a-town", "told-reporters-in-a-town",
         "today-in-a-quote-is-the-day-it-was-said", "a-protocol-signed-on-a-day-of-the-talks",
         "a-delegation-received-on-a-day-of-the-talks", "a-round-of-a-group-held-in-a-town-on-days"],
)
def test_where_and_when_from_the_story(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("A ministers' meeting, the first since 2018, will be held in Lusaka.", "2026-06-10",
         [("meeting", "scheduled", None, None, "Lusaka")]),
        ("We agreed today to reconvene the joint commission, which has not met since June 2024.",
         "2025-10-21", [("agreement", "occurred", "2025-10-21", "2025-10-21", None),
                        ("meeting", "occurred", "2024-06", "2024-06", None)]),
        ("Three days of talks ending Thursday in Lusaka produced a joint plan.", "2026-02-28",
         [("talks_round", "occurred", "2026-02-24", "2026-02-26", "Lusaka")]),
        ("The two sides agreed to restore the hotlines from June 1, and to hold general-level "
         "talks at the border on June 3.", "2026-05-20",
         [("talks_round", "scheduled", "2026-06-03", "2026-06-03", None)]),
        ("The last time the two armies talked was in 2018.\n\nAt general-level talks at the "
         "border on 14 June 2018, they agreed to restore the hotlines.", "2026-06-10",
         [("talks_round", "occurred", "2018-06-14", "2018-06-14", None)]),
        ("The minister suggested that the 2018 military agreement could be restored.",
         "2026-06-10", [("proposal", "proposed", None, None, None),
                        ("agreement", "occurred", "2018", "2018", None)]),
        ("The Treaty between Norland and Sudland on the State Border was signed by the two "
         "presidents in Lusaka on 13.03.2025.", "2026-06-10",
         [("agreement", "occurred", "2025-03-13", "2025-03-13", "Lusaka")]),
        ("The envoys met in Lusaka on Wednesday.\n\nSpeaking to the press after the meeting, the "
         "minister said the talks went well.", "2026-06-12",
         [("talks_round", "occurred", "2026-06-10", "2026-06-10", "Lusaka"),
          ("statement", "occurred", "2026-06-10", "2026-06-10", "Lusaka")]),
        ("The committee met in Lusaka today.\n\nDuring the meeting, the sides reviewed progress "
         "since the second meeting, held in Harare on 19 November 2025.\n\nIn a joint statement "
         "issued at the conclusion of the meeting, they affirmed their commitment.", "2026-05-12",
         [("meeting", "occurred", "2026-05-12", "2026-05-12", "Lusaka"),
          ("meeting", "occurred", "2025-11-19", "2025-11-19", "Harare"),
          ("statement", "occurred", "2026-05-12", "2026-05-12", "Lusaka")]),
        ("The ministry said in a statement on Monday that progress was made.\n\nLast week's "
         "meeting of the joint body in Lusaka narrowed the gaps.\n\n• 26-27 May 2026 - The JSB "
         "meets in Lusaka.", "2026-06-02",
         [("statement", "occurred", "2026-06-01", "2026-06-01", None),
          ("meeting", "occurred", "2026-05-26", "2026-05-27", "Lusaka")]),
    ],
    ids=["the-first-since-a-year", "not-met-since-a-month", "ending-on-a-day",
         "one-date-near-the-talks", "the-day-tells-it-better",
         "a-year-naming-a-noun", "a-treaty-signed-by-the-presidents",
         "said-after-the-meeting", "issued-at-the-conclusion-of-the-main-meeting",
         "last-weeks-meeting-is-the-dated-one"],
)
def test_dates_of_events_in_their_clauses(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("It lasted five hours and produced a promise to meet again in Ankara.",
         [("meeting", "planned", None, None, "Ankara")]),
        ("If the talks in Lusaka fail, the envoys could meet in Harare.",
         [("meeting", "undecided", None, None, "Harare")]),
        ("They agreed to hold the fourth meeting in Harare in 2027, on a date to be agreed.",
         [("meeting", "planned", "2027", "2027", "Harare")]),
        ("The next round will take place in Harare at a date to be set.",
         [("talks_round", "planned", None, None, "Harare")]),
        ("Next meeting of the delegations is planned in Lusaka in July 2026.",
         [("meeting", "planned", "2026-07", "2026-07", "Lusaka")]),
        ("A fourth round is expected to be held in Harare in December.",
         [("talks_round", "expected", "2026-12", "2026-12", "Harare")]),
        ("General-level talks will be held on June 3.\n\nIf they go well, a ministers' meeting "
         "could follow in the autumn, whose date is still undecided.",
         [("talks_round", "scheduled", "2026-06-03", "2026-06-03", None),
          ("meeting", "undecided", None, None, None)]),
        ("The sides agreed that the next session shall take place in Harare.",
         [("talks_session", "scheduled", None, None, "Harare")]),
        ("The fifth session shall be held in Harare in July 2026, on dates to be agreed.",
         [("talks_round", "scheduled", "2026-07", "2026-07", "Harare")]),
        ("A three-way summit on the canal has been proposed for the spring but no date has been "
         "set, Ana Ruiz said.",
         [("summit", "proposed", None, None, None)]),
        ("A meeting of the envoys in Harare has been floated, but nothing is scheduled.",
         [("meeting", "proposed", None, None, "Harare")]),
        ("An official said a meeting of the two harbour chiefs was \"possible after the "
         "harvest, but nothing is fixed\".",
         [("meeting", "undecided", None, None, None)]),
        ("Two officials briefed on the talks told us that Norland has quietly floated a "
         "six-year phase-out.",
         [("talks_round", "occurred", None, None, None),
          ("proposal", "proposed", None, None, None)]),
    ],
    ids=["a-promise-to-meet", "a-meeting-on-a-condition", "planned-on-a-date-to-be-agreed",
         "set-to-take-place-on-a-date-to-be-set", "is-planned", "is-expected-to-be-held",
         "undecided-is-not-the-day-set", "shall-be-held", "set-for-a-month-with-its-days-open",
         "a-summit-that-has-been-proposed", "a-meeting-that-was-floated",
         "possible-but-nothing-fixed", "floated-by-a-party-is-a-proposal"],
)
def test_status_of_events_still_to_come(text, expected):
    assert _brief(_events(text, "2026-05-20", _TOWNS)) == expected


_LEADERS = [_person("President Ana Vell", "Ana Vell", "President", "NOR"),
            _person("President Ivo Dran", "Ivo Dran", "President", "SUD")]


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("President Ana Vell and President Ivo Dran are expected to meet on the sidelines of a "
         "regional summit in October.", "2026-04-16",
         [("summit", "expected", "2026-10", "2026-10", None)]),
        ("• 26-27 May 2026 - The JSB meets in Lusaka, co-chaired by President Ana Vell and "
         "President Ivo Dran.", "2026-06-02",
         [("meeting", "occurred", "2026-05-26", "2026-05-27", "Lusaka")]),
    ],
    ids=["the-verb-tells-the-status-of-the-summit", "a-body-meeting-chaired-by-leaders"],
)
def test_leaders_at_a_meeting(text, published, expected):
    assert _brief(_events(text, published, _LEADERS + _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("According to the joint communiqué, the sides agreed to set up a committee.\n\nThe "
         "minister told reporters in Lusaka on Thursday that progress was made.", "2026-06-10",
         [("statement", "occurred", None, None, None),
          ("statement", "occurred", "2026-06-04", "2026-06-04", "Lusaka")]),
        ("• July 2021 - The two governments agree the Zelnik Covenant, under which independence "
         "would follow.", "2026-06-10", [("agreement", "occurred", "2021-07", "2021-07", None)]),
        ("He said Norland had proposed a joint mechanism.\n\nThe minister also suggested that a "
         "monitoring team be set up.", "2026-06-10",
         [("proposal", "proposed", None, None, None), ("proposal", "proposed", None, None, None)]),
        ("The Norland side presented a draft mechanism for financing the projects.", "2026-06-10",
         [("proposal", "occurred", None, None, None)]),
        ("The minister conveyed an invitation to the Sudland foreign minister to visit Lusaka at "
         "the earliest opportunity.", "2026-06-10", [("meeting", "proposed", None, None, "Lusaka")]),
        ("Last week on Wednesday the deputy minister received the Norland ambassador in Lusaka.",
         "2026-05-14", [("meeting", "occurred", "2026-05-06", "2026-05-06", "Lusaka")]),
        ("Norland said yesterday it would not sign the text.", "2026-06-10",
         [("statement", "occurred", "2026-06-09", "2026-06-09", None)]),
        ("The Zelnik Declaration was signed on 5 January 2021.\n\nThe two sides signed a number "
         "of agreements in Lusaka.", "2026-05-12",
         [("agreement", "occurred", "2021-01-05", "2021-01-05", None),
          ("agreement", "occurred", None, None, "Lusaka")]),
    ],
    ids=["a-communique-recalled-first", "an-agreement-named-in-a-timeline-entry",
         "two-proposals-made", "a-draft-presented", "an-invitation-to-visit",
         "an-ambassador-received",
         "said-yesterday", "a-signing-now-is-not-one-of-years-ago"],
)
def test_more_events_the_text_tells(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("At ZNC13 in Harare in March 2024, members agreed to extend the moratorium.",
         [("talks_round", "occurred", "2024-03", "2024-03", "Harare")]),
        ("Delegations are preparing for ZNC-5.4, which will be held in Harare from "
         "September 14 to 20.",
         [("talks_round", "scheduled", "2026-09-14", "2026-09-20", "Harare")]),
        ("After COVID-19 in 2020 the border posts were shut.", []),
        ("The ZNC-5 text is long.", []),
    ],
    ids=["a-sitting-code-with-its-place", "a-sitting-code-to-come",
         "a-disease-is-no-sitting", "a-code-naming-a-text"],
)
def test_a_sitting_named_by_its_series_code(text, expected):
    assert _brief(_events(text, "2026-03-04", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two delegations agreed to meet again after the harvest festival, the envoy said.",
         [("meeting", "planned", None, None, None)]),
        ("The joint commission will meet again, but no date has been fixed.",
         [("meeting", "undecided", None, None, None)]),
        ('"Nobody believes they will really meet again," a lecturer said.', []),
        ("The delegations will meet to review the text.", []),
        ("The Norland river board is to convene within three weeks.",
         [("meeting", "planned", None, None, None)]),
        ("The new commission is to hold a joint session within ninety (90) days.",
         [("talks_session", "planned", None, None, None)]),
        ("The delegations hope to finish the text within six months.", []),
    ],
    ids=["agreed-to-meet-again", "will-meet-again-no-date", "meeting-again-in-a-quote",
         "a-meeting-with-nothing-to-place-it", "a-sitting-within-a-span",
         "a-session-within-days", "work-within-a-span-is-no-sitting"],
)
def test_a_next_sitting_of_those_who_met(text, expected):
    assert _brief(_events(text, "2026-03-04", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The 12th round of boundary talks was held in Lusaka on 3 March 2026.\n\nDuring the "
         "visit, the Sudland delegation called on the Prime Minister of Norland.",
         [("talks_round", "occurred", "2026-03-03", "2026-03-03", "Lusaka"),
          ("meeting", "occurred", None, None, "Lusaka")]),
        ("The Sudland delegation also called on Vice Foreign Minister Tembo in Harare.",
         [("meeting", "occurred", None, None, "Harare")]),
        ("The envoy called on the foreign minister to reopen the border.", []),
    ],
    ids=["a-call-paid-during-the-visit", "a-call-paid-in-a-town", "an-appeal-is-no-call"],
)
def test_a_visitor_calling_on_a_minister(text, expected):
    assert _brief(_events(text, "2026-03-05", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("After the attack on the border post on 22 April 2025, Norland announced the next day "
         "that it was leaving the treaty.", "2026-05-12",
         [("announcement", "occurred", "2025-04-23", "2025-04-23", None)]),
        ("Live updates\n\n14:32 GMT\nThe foreign minister has issued a statement on the swap.",
         "2026-03-19", [("statement", "occurred", "2026-03-19", "2026-03-19", None)]),
        ("Lusaka, Ministry of Foreign Affairs, 21 October 2025, 13:40\n\nMINISTER: Good "
         "afternoon. Minister Banda and I have just held talks with our delegations.",
         "2025-10-22", [("talks_round", "occurred", "2025-10-21", "2025-10-21", "Lusaka")]),
        ("Norland and Sudland exchanged prisoners at Ankara's main airport on Thursday.",
         "2026-03-19", [("prisoner_exchange", "occurred", "2026-03-19", "2026-03-19", "Ankara")]),
        ("Norland says an 1890 agreement between Britain and Germany put the lake inside it.",
         "2026-03-02", [("agreement", "occurred", "1890", "1890", None)]),
        ("Sudland says Norland broke the 1961 Lusaka-Harare railway accord by closing the line.",
         "2026-03-02", [("agreement", "occurred", "1961", "1961", None)]),
        ("Both sides reaffirmed the 1994 Agreement on Fisheries in the Shared Lake.",
         "2026-03-02", [("agreement", "occurred", "1994", "1994", None)]),
        ("The 2022 elections and the new deal split the party.", "2026-03-02", []),
    ],
    ids=["announced-the-next-day-after-a-dated-attack", "a-live-entry-under-a-bare-time-stamp",
         "a-transcript-headed-by-place-and-day", "a-swap-at-a-citys-airport",
         "a-deal-of-a-year-between-two-states", "a-deal-named-by-its-year-and-purpose",
         "a-named-agreement-of-a-year", "a-year-of-something-else-before-a-deal"],
)
def test_days_and_places_the_story_gives_around_the_event(text, published, expected):
    specs = [*_TOWNS, _person("Minister Banda", "Banda", "foreign minister", "ZMB")]
    assert _brief(_events(text, published, specs)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Timeline\n\n14/09/2021 - Lusaka. Second interim agreement, on a relief fund.",
         [("agreement", "occurred", "2021-09-14", "2021-09-14", "Lusaka")]),
        ("Timeline\n\nMarch 3–4, 2025 - Harare. First round of the new phase, hosted by "
         "Sudland.", [("talks_round", "occurred", "2025-03-03", "2025-03-04", "Harare")]),
        ("Timeline\n\n9 Oct. 2023 - Kingston, Jamaica. Partial agreement on electoral "
         "guarantees.", [("agreement", "occurred", "2023-10-09", "2023-10-09", "Kingston")]),
    ],
    ids=["a-deal-heading-the-entry", "a-round-after-the-place", "a-place-with-its-country"],
)
def test_a_timeline_entry_cut_after_its_place_is_one_entry(text, expected):
    assert _brief(_events(text, "2026-02-20", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coming up\n\n- Next: the fifth round of talks, Lusaka, April (no dates yet).",
         [("talks_round", "scheduled", "2026-04", "2026-04", "Lusaka")]),
        ("Coming up\n\n- 26-27 March: an informal meeting on the border in the wider format, "
         "Harare.", [("meeting", "scheduled", "2026-03-26", "2026-03-27", "Harare")]),
        ("Coming up\n\n- 26-27 March: the envoys of Lusaka, Harare and Kingston meet.",
         [("meeting", "scheduled", "2026-03-26", "2026-03-27", None)]),
    ],
    ids=["a-place-between-commas", "a-place-closing-the-entry", "places-as-parties"],
)
def test_a_place_listed_in_an_entry_places_its_event(text, expected):
    assert _brief(_events(text, "2026-03-06", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rebel negotiator told reporters in Lusaka that the sides were close, while "
         "the head of the government side told state radio that progress had been made.",
         [("statement", "occurred", None, None, "Lusaka"),
          ("statement", "occurred", None, None, None)]),
        ("A third round is expected in mid-March; no venue has been announced.",
         [("talks_round", "expected", "2026-03", "2026-03", None)]),
        ("Both sides expect a fourth round in May, although no date or venue has yet been "
         "announced.", [("talks_round", "expected", "2026-05", "2026-05", None)]),
        # a sitting a text lays down for later is planned
        ("The protocol provides for the envoys of Norland and Sudland to meet within a month.",
         [("meeting", "planned", None, None, None)]),
        # neither day nor place told, and no month either: the round is undecided
        ("No date or venue has yet been named for a fifth round.",
         [("talks_round", "undecided", None, None, None)]),
        ("In Lusaka on Wednesday, the joint border commission set up under last year's "
         "Zelnik peace accord held its sixth meeting.",
         [("meeting", "occurred", "2026-02-11", "2026-02-11", "Lusaka")]),
        ("In Harare, the foreign ministry's spokesman, a former envoy to three countries and a "
         "veteran of many rounds of the border process, told reporters that the results were "
         "being studied.", [("statement", "occurred", None, None, "Harare")]),
        ("The canal envoys of Ostria and Velmar met in Lusaka on 28 January and initialled an "
         "accord on winter dredging.",
         [("meeting", "occurred", "2026-01-28", "2026-01-28", "Lusaka"),
          ("agreement", "occurred", "2026-01-28", "2026-01-28", "Lusaka")]),
    ],
    ids=["two-speakers-in-two-clauses", "no-venue-announced", "no-date-or-venue-announced", "a-meeting-a-text-provides-for", "no-date-or-venue-nor-month",
         "a-place-and-day-heading-the-sentence", "a-place-heading-a-statement",
         "met-on-a-day-and-signed"],
)
def test_what_one_sentence_tells_in_its_clauses(text, expected):
    assert _brief(_events(text, "2026-02-15", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys kept the format of the first two rounds, held in Lusaka on 3 May 2025 and "
         "at a hotel in Harare on 9 June 2025: each side in its own room.",
         [("talks_round", "occurred", "2025-05-03", "2025-05-03", "Lusaka"),
          ("talks_round", "occurred", "2025-06-09", "2025-06-09", "Harare")]),
        ("Norland and Sudland have met in three sessions, in Lusaka on 3 May 2025, in "
         "Harare on 9 June 2025 and in Kingston on 1 July 2025.",
         [("talks_session", "occurred", "2025-05-03", "2025-05-03", "Lusaka"),
          ("talks_session", "occurred", "2025-06-09", "2025-06-09", "Harare"),
          ("talks_session", "occurred", "2025-07-01", "2025-07-01", "Kingston")]),
        ("The envoys have held talks since the spring. The first took place in Lusaka on "
         "3 May; the second came three weeks later in Harare.",
         [("talks_round", "occurred", "2025-05-03", "2025-05-03", "Lusaka"),
          ("talks_round", "occurred", "2025-05-24", "2025-05-24", "Harare")]),
        ("Rounds followed in Lusaka in March 2019 and again on May 4-5, 2020, when the envoys "
         "agreed on a joint patrol.",
         [("talks_round", "occurred", "2019-03", "2019-03", "Lusaka"),
          ("talks_round", "occurred", "2020-05-04", "2020-05-05", "Lusaka")]),
        ("Their first round was held in Lusaka on May 4-5 and the second in Harare on 9 June.",
         [("talks_round", "occurred", "2025-05-04", "2025-05-05", "Lusaka"),
          ("talks_round", "occurred", "2025-06-09", "2025-06-09", "Harare")]),
    ],
    ids=["two-rounds-in-one-noun", "a-count-of-three-sittings", "bare-ordinals-a-count-later",
         "rounds-that-followed", "the-second-with-its-noun-left-out"],
)
def test_one_noun_or_ordinal_for_each_sitting(text, expected):
    events = _events(text, "2025-08-20", _TOWNS)
    assert sorted(_brief(events), key=lambda e: e[2]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # a verb of sitting, then items each with a day and (after the first) a town of its own
        ("The envoys met in Lusaka on 3 May and in Harare on 9 June.",
         [("meeting", "occurred", "2025-05-03", "2025-05-03", "Lusaka"),
          ("meeting", "occurred", "2025-06-09", "2025-06-09", "Harare")]),
        ("The envoys will meet in Lusaka on 3 September and again in Harare on 9 October.",
         [("meeting", "scheduled", "2025-09-03", "2025-09-03", "Lusaka"),
          ("meeting", "scheduled", "2025-10-09", "2025-10-09", "Harare")]),
        # the noun left out after a sitting told before; the count gives the items, the last
        # one sitting where the one before it did; the talks that began keep their own day
        ("The talks opened in Kingston on 12 April, and two more rounds followed in Harare on "
         "26 April and 11 May.",
         [("talks_round", "occurred", "2025-04-12", "2025-04-12", "Kingston"),
          ("talks_round", "occurred", "2025-04-26", "2025-04-26", "Harare"),
          ("talks_round", "occurred", "2025-05-11", "2025-05-11", "Harare")]),
        ("A round was held in Kingston on 12 April, and two more in Harare on 26 April and "
         "11 May.",
         [("talks_round", "occurred", "2025-04-12", "2025-04-12", "Kingston"),
          ("talks_round", "occurred", "2025-04-26", "2025-04-26", "Harare"),
          ("talks_round", "occurred", "2025-05-11", "2025-05-11", "Harare")]),
        # two days of one town are one sitting; "two more" with no sitting before is no list
        ("The envoys met in Lusaka on 3 and 4 May.",
         [("meeting", "occurred", "2025-05-03", "2025-05-04", "Lusaka")]),
        ("Norland sent two more in Lusaka on 3 May and 9 June.", []),
        # talks that began on a day, then a round elsewhere: the first sitting, of that day
        ("The talks began on 12 April in Kingston, followed by a round in Lusaka on 19 April.",
         [("talks_round", "occurred", "2025-04-12", "2025-04-12", "Kingston"),
          ("talks_round", "occurred", "2025-04-19", "2025-04-19", "Lusaka")]),
    ],
    ids=["met-here-and-there", "will-meet-here-and-again-there", "two-more-rounds", "two-more",
         "two-days-one-town-control", "two-more-of-nothing", "began-then-a-round-elsewhere"],
)
def test_a_list_of_dated_places_is_a_sitting_each(text, expected):
    events = _events(text, "2025-08-20", _TOWNS)
    assert sorted(_brief(events), key=lambda e: e[2]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The daily paper reports this morning that the next round could take place in mid-April.",
         [_event("talks_round", "expected", "2026-04", "2026-04")]),
        ("The daily paper reports this morning that the next round could take place in Geneva.",
         [_event("talks_round", "expected", city="Geneva")]),
    ],
    ids=["the-reported-round-takes-its-own-date", "the-day-of-the-report-dates-nothing-reported"],
)
def test_the_day_of_a_report_does_not_date_what_it_reports(text, expected):
    assert _summary(_events(text, "2026-03-04", [_place("Geneva", "Geneva", "CHE")])) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rounds so far\n\nRound 1 | 12 Jan | Lusaka\nRound 2 | 2-3 Feb | Harare | maps "
         "discussed, no text\n",
         [("talks_round", "occurred", "2026-01-12", "2026-01-12", "Lusaka"),
          ("talks_round", "occurred", "2026-02-02", "2026-02-03", "Harare")]),
        ("The rounds so far\n\nRound 3 | 16-17 Mar | Kingston | protocol agreed\n"
         "Round 4 | mid-April (TBC) | Ankara | —\n\nThe sides met again later.",
         [("talks_round", "occurred", "2026-03-16", "2026-03-17", "Kingston"),
          ("talks_round", "scheduled", "2026-04", "2026-04", "Ankara")]),
    ],
    ids=["rows-with-a-topic-cell", "a-last-row-read-as-a-heading"],
)
def test_a_table_row_is_an_event_placed_by_its_place_cell(text, expected):
    assert _brief(_events(text, "2026-03-18", _TOWNS)) == expected


def test_talks_begun_long_ago_are_not_the_round_set_for_later():
    text = ("The rounds so far\n\nRound 3 | 16-17 Mar | Kingston | protocol agreed\n"
            "Round 4 | mid-April (TBC) | Ankara | —\n\n"
            "The envoy told reporters after the closing session that the text was near.\n\n"
            "An earlier round of talks began in August 2023.")
    got = [(e["type"], e["status"], e["start"], e["end"])
           for e in _summary(_events(text, "2026-03-18", _TOWNS)) if e["type"] == "statement"]
    assert got == [("statement", "occurred", "2026-03-17", "2026-03-17")]


@pytest.mark.parametrize(
    "text, specs, expected",
    [
        ("KORVALA, Zambia, May 5 (Wire) - Envoys of the two states held talks on Tuesday.",
         [_country("Zambia", "ZMB")], [("Korvala", "ZMB")]),
        ("LUSAKA, Zambia, May 5 (Wire) - Envoys of the two states held talks on Tuesday.",
         [_place("LUSAKA", "Lusaka", "ZMB"), _country("Zambia", "ZMB")], [("Lusaka", "ZMB")]),
        ("KORVALA, May 5 (Wire) - Envoys of the two states held talks on Tuesday.",
         [], [("Korvala", None)]),
        ("UNITED NATIONS, May 5 (Wire) - Envoys of the two states held talks on Tuesday.",
         [("organisation", "UNITED NATIONS", "United Nations", None, None, None)],
         [(None, None)]),
        ("UPDATE - Envoys of the two states held talks on Tuesday, May 5.", [], [(None, None)]),
    ],
    ids=["an-unlisted-town-named-by-its-country", "a-listed-town", "a-dated-town-alone",
         "a-head-tagged-as-something-else", "no-date-after-the-head"],
)
def test_a_dateline_town_the_gazetteer_lacks_places_the_lead(text, specs, expected):
    events = _events(text, "2026-05-06", specs)
    assert [(e["city"], e["country"]) for e in events.to_dict("records")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks wrapped up yesterday at the army base in Zelnik.",
         [("talks_round", "occurred", "2026-06-11", "2026-06-11", "Zelnik")]),
        ("The envoys met at UN headquarters in Zelnik on Monday.",
         [("meeting", "occurred", "2026-06-08", "2026-06-08", "Zelnik")]),
        ("The delegations held talks at the compound in Lusaka on Monday.",
         [("talks_round", "occurred", "2026-06-08", "2026-06-08", "Lusaka")]),
    ],
    ids=["a-base-in-a-town", "headquarters-in-a-town", "a-listed-town-stays"],
)
def test_the_town_of_a_site_the_gazetteer_lacks(text, expected):
    assert _brief(_events(text, "2026-06-12", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks wrapped up yesterday in Lusaka.\n\nTwo days of talks brought a joint "
         "statement but no deal.",
         [("talks_round", "occurred", "2026-06-10", "2026-06-11", "Lusaka"),
          ("statement", "occurred", None, None, None)]),
        ("The talks wrapped up yesterday in Lusaka.\n\nThe talks brought a joint statement but "
         "no deal.",
         [("talks_round", "occurred", "2026-06-11", "2026-06-11", "Lusaka"),
          ("statement", "occurred", None, None, None)]),
    ],
    ids=["a-recap-of-days-of-talks", "no-count-of-days"],
)
def test_days_of_talks_told_apart_from_their_last_day(text, expected):
    assert _brief(_events(text, "2026-06-12", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The envoys met in Lusaka on 3 May. Ten days later, on May 14, the presidents spoke "
         "by phone.", "2026-05-20",
         [("meeting", "occurred", "2026-05-03", "2026-05-03", "Lusaka"),
          ("phone_call", "occurred", "2026-05-14", "2026-05-14", None)]),
        ("The court ruled on 12 May 2019. On June 3 of that year, the presidents signed an "
         "accord in Lusaka.", "2026-05-20",
         [("agreement", "occurred", "2019-06-03", "2019-06-03", "Lusaka")]),
        ("The talks in Lusaka opened on May 4 and closed at 3.15am last Saturday.",
         "2026-05-14", [("talks_round", "occurred", "2026-05-04", "2026-05-09", "Lusaka")]),
        ("The talks in Lusaka began on May 4 and ended Saturday.", "2026-05-14",
         [("talks_round", "occurred", "2026-05-04", "2026-05-09", "Lusaka")]),
    ],
    ids=["a-counted-day-gives-way-to-the-written-one", "a-day-of-that-year",
         "closed-at-an-hour-of-a-day", "ended-a-day-with-no-on"],
)
def test_two_dates_that_tell_one_time(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 3 May, the sixth joint meeting of the commission on the border between the two "
         "republics, chaired by the deputy prime ministers of both, with their experts and "
         "advisers, took place in Harare.",
         [("meeting", "occurred", "2026-05-03", "2026-05-03", "Harare")]),
        ("The fourth session of the talks between the government of the first republic and "
         "the government of the second republic on the border in the lake was held at the "
         "Zelnik International Convention Centre in Lusaka from 4 to 6 May.",
         [("talks_round", "occurred", "2026-05-04", "2026-05-06", "Lusaka")]),
    ],
    ids=["took-place-in-after-a-long-subject", "held-at-a-site-in-a-town"],
)
def test_a_sitting_placed_by_its_own_verb_however_long_its_subject(text, expected):
    assert _brief(_events(text, "2026-05-14", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides agreed to hold the 27th Round of Border Talks in Harare at a mutually "
         "convenient date, and the 16th Expert Group Meeting in Lusaka in June.",
         [("talks_round", "planned", None, None, "Harare"),
          ("talks_round", "scheduled", "2026-06", "2026-06", "Lusaka")]),
        ("The envoys agreed to hold the 9th session of the joint commission in Harare, and "
         "the 4th Expert Group Meeting in Lusaka in June.",
         [("talks_round", "planned", None, None, "Harare"),
          ("talks_round", "scheduled", "2026-06", "2026-06", "Lusaka")]),
    ],
    ids=["two-numbered-sittings-in-one-sentence", "words-between-the-number-and-the-noun"],
)
def test_a_sitting_numbered_in_figures_is_one_of_a_series(text, expected):
    assert _brief(_events(text, "2026-05-14", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The session in Lusaka opened on Monday and is due to close on Friday.",
         [("talks_session", "ongoing", "2026-03-02", "2026-03-06", "Lusaka")]),
        ("The talks in Lusaka began on Monday and will end on Friday.",
         [("talks_round", "ongoing", "2026-03-02", "2026-03-06", "Lusaka")]),
        ("The talks in Lusaka began on Monday.",
         [("talks_round", "ongoing", "2026-03-02", None, "Lusaka")]),
        ("The opening plenary in Lusaka on Monday heard the minister.\n\n"
         "The session opened on Monday and is due to close on Friday.",
         [("talks_session", "occurred", "2026-03-02", "2026-03-06", "Lusaka")]),
    ],
    ids=["due-to-close", "will-end", "no-end-told", "a-day-of-the-sitting-and-all-its-days"],
)
def test_talks_under_way_keep_the_day_they_are_due_to_close(text, expected):
    assert _brief(_events(text, "2026-03-05", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The next, and everyone hopes final, round is scheduled for March 25-26 in Lusaka.",
         [("talks_round", "scheduled", "2026-03-25", "2026-03-26", "Lusaka")]),
        ("Another, shorter, round will be held in Harare on March 30.",
         [("talks_round", "scheduled", "2026-03-30", "2026-03-30", "Harare")]),
    ],
    ids=["next-and-final-round", "another-shorter-round"],
)
def test_an_aside_between_next_and_the_sitting_noun(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two sides reviewed the Memorandum of Understanding on a Three-Step Roadmap for "
         "Expediting the Zelnia-Ostland Boundary Negotiations, signed on 14 October 2021.",
         [("agreement", "occurred", "2021-10-14", "2021-10-14", None)]),
        ("The Boundary Negotiations were held in Lusaka on 14 October 2021.",
         [("talks_round", "occurred", "2021-10-14", "2021-10-14", "Lusaka")]),
    ],
    ids=["talks-noun-ending-the-name", "capitalised-talks-heading-no-name"],
)
def test_a_talks_noun_in_the_name_of_a_document_is_no_talks(text, expected):
    assert _brief(_events(text, "2026-01-15", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks began in August 2023 and ended in December that year.",
         [("talks_round", "occurred", "2023-08", "2023-12", None)]),
        ("The talks in Lusaka opened in May 2025 and closed in June 2025.",
         [("talks_round", "occurred", "2025-05", "2025-06", "Lusaka")]),
    ],
    ids=["months-alike", "months-with-their-years"],
)
def test_talks_that_opened_in_one_month_and_ended_in_another(text, expected):
    assert _brief(_events(text, "2026-04-18", _TOWNS)) == expected


def test_a_dateline_places_an_event_told_in_its_sentence_and_better_later():
    # the lead's long subject leaves its meeting a mention; the later sentence tells it best
    text = ("ZELGRAD CITY, May 5 (Wire) -- Senior officials of the Association of Ostland "
            "Nations (AON) and the People's Republic of Zelnia on Tuesday concluded the 25th "
            "AON-Zelnia Senior Officials' Meeting on the Implementation of the Declaration on "
            "the Conduct of Parties in the Zelnian Sea at the Waterfront Zelgrad Hotel, the "
            "ministry said.\n\nIn a message read at the opening session on Tuesday morning, "
            "the minister said the talks had made progress.")
    got = [(e["type"], e["start"], e["city"]) for e in _summary(_events(text, "2026-05-06", []))
           if e["type"] != "statement"]
    assert got == [("talks_round", "2026-05-05", "Zelgrad City")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two states agreed on Thursday to survey the border later this year, the "
         "governments said after two days of talks in Lusaka.",
         [("agreement", "occurred", "2026-01-15", "2026-01-15", "Lusaka"),
          ("talks_round", "occurred", "2026-01-14", "2026-01-15", "Lusaka")]),
    ],
    ids=["talks-after-which-a-plan-was-told"],
)
def test_talks_told_as_done_take_no_date_ahead(text, expected):
    assert _brief(_events(text, "2026-01-16", _TOWNS)) == expected


_PARTIES = [_country("Norland", "NOR"), _country("Sudland", "SUD"), _country("Ostia", "OST"),
            _country("Westmark", "WES"), *_TOWNS]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("In this issue: Norland and Sudland met in Lusaka on Monday; Ostia and Westmark start "
         "drawing their sea line.", [("NOR", "SUD")]),
        ("Norland and Sudland met in Lusaka on Monday, and Ostia and Westmark sent observers.",
         [("NOR", "OST", "SUD", "WES")]),
    ],
    ids=["a-digest-teaser-of-two-talks", "observers-in-one-clause"],
)
def test_the_parties_of_talks_are_those_of_their_own_clause(text, expected):
    events = _events(text, "2026-03-20", _PARTIES)
    assert [e["participants"] for e in _summary(events)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The previous round, held in Lusaka on 3-4 December, closed without any joint "
         "communique.", [("talks_round", "occurred", "2025-12-03", "2025-12-04", "Lusaka")]),
        ("Norland and Sudland issued statements on Monday. Neither statement mentioned the fishing "
         "quotas.", [("statement", "occurred", "2026-03-16", "2026-03-16", None)]),
    ],
    ids=["without-a-press-release", "neither-statement"],
)
def test_a_statement_told_as_not_made_is_no_event(text, expected):
    assert _brief(_events(text, "2026-03-20", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("March 21 (Zelva Wire) - Norland and Sudland held talks in Lusaka on Tuesday, four "
         "years after the court drew the line.", "2026-03-21",
         [("talks_round", "occurred", "2026-03-17", "2026-03-17", "Lusaka")]),
        ("Norland and Sudland agreed on Thursday to rebuild six border posts that were wrecked "
         "by a storm in 2023, at the close of a two-day meeting in Lusaka.", "2026-04-09",
         [("agreement", "occurred", "2026-04-09", "2026-04-09", "Lusaka"),
          ("meeting", "occurred", None, None, "Lusaka")]),
        ("Norland and Sudland met on 16-17 March for the 58th meeting of the commission.\n\n"
         "\"Nothing moved,\" said Ana Vell, an academic at a university in Harare who has "
         "followed the talks for years.", "2026-03-28",
         [("talks_round", "occurred", "2026-03-16", "2026-03-17", None)]),
        ("Norland and Sudland officials met in Lusaka on Tuesday for the first session of a "
         "joint committee on the boundary set by the court in its judgment of 12 October 2021.",
         "2026-03-20", [("talks_round", "occurred", "2026-03-17", "2026-03-17", "Lusaka")]),
    ],
    ids=["a-dateline-without-its-town", "a-year-in-a-relative-clause-before-the-meeting",
         "the-town-of-a-person-who-follows-the-talks", "the-day-of-a-judgment"],
)
def test_dates_and_places_that_are_not_the_events(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


def test_a_speaker_who_said_afterwards_made_a_statement():
    text = ("The envoys met in Lusaka on Monday. The host, Norland's deputy foreign minister, said "
            "afterwards that the group had completed a draft.")
    assert _brief(_events(text, "2026-03-20", _TOWNS)) == [
        ("meeting", "occurred", "2026-03-16", "2026-03-16", "Lusaka"),
        ("statement", "occurred", "2026-03-16", "2026-03-16", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland suspended the talks on 3 March after reports of spying.",
         [("announcement", "occurred", "2026-03-03", "2026-03-03", None)]),
        ("1 April 2025 – Sudland suspends the talks after a spying scandal.",
         [("announcement", "occurred", "2025-04-01", "2025-04-01", None)]),
        ("The talks were suspended on 1 March after a spying scandal.",
         [("announcement", "occurred", "2026-03-01", "2026-03-01", None)]),
        ("When Norland broke off the negotiations on 26 May 2021, the border stayed shut.",
         [("announcement", "occurred", "2021-05-26", "2021-05-26", None)]),
        ("Norland and Sudland concluded the negotiations on 20 December 2024.",
         [("agreement", "occurred", "2024-12-20", "2024-12-20", None)]),
        ("Norland and Sudland concluded the third round of talks in Lusaka on 3 March.",
         [("talks_round", "occurred", "2026-03-03", "2026-03-03", "Lusaka")]),
    ],
    ids=["suspended-the-talks", "a-timeline-entry-suspends", "the-talks-were-suspended",
         "broke-off-the-negotiations",
         "concluded-the-negotiations-is-the-deal", "concluded-a-round-is-the-round"],
)
def test_talks_stopped_or_concluded_are_no_round(text, expected):
    assert _brief(_events(text, "2026-03-20", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("22-23 September 2025 – First technical round after the break, in Lusaka; the teams "
         "agree a work plan.",
         [("talks_round", "occurred", "2025-09-22", "2025-09-23", "Lusaka")]),
        ("10-11 November 2025 – A round in Harare ends in disagreement over fees.",
         [("talks_round", "occurred", "2025-11-10", "2025-11-11", "Harare")]),
        ("15-16 December 2025 – Round in Lusaka: the delegations agree on the fees.",
         [("talks_round", "occurred", "2025-12-15", "2025-12-16", "Lusaka")]),
        ("Officials said a new round of sanctions was possible.", []),
    ],
    ids=["an-ordinal-and-an-adjective", "a-round-in-a-town", "round-heading-an-entry",
         "a-round-of-sanctions"],
)
def test_a_round_told_without_a_talks_noun(text, expected):
    assert _brief(_events(text, "2026-01-20", _TOWNS)) == expected


def test_a_statement_at_the_end_of_a_dated_meeting_takes_its_last_day():
    text = ("At the end of the meeting yesterday evening, the three delegations issued a joint "
            "statement.")
    assert _brief(_events(text, "2026-02-26", _TOWNS)) == [
        ("meeting", "occurred", "2026-02-25", "2026-02-25", None),
        ("statement", "occurred", "2026-02-25", "2026-02-25", None),
    ]


def test_the_town_after_a_venue_places_the_event():
    text = "The consultations took place at Hollin House, Lusaka, from 9 to 12 March 2026."
    towns = [*_TOWNS, _place("Hollin House", "Hollin House", "ZMB")]
    assert _brief(_events(text, "2026-03-13", towns)) == [
        ("meeting", "occurred", "2026-03-09", "2026-03-12", "Lusaka"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland signed a two-way transit arrangement on Thursday evening.",
         [("agreement", "occurred", "2026-03-12", "2026-03-12", None)]),
        ("The talks convened by the Norland government entered their second day in Lusaka.",
         [("talks_round", "ongoing", None, None, "Lusaka")]),
        ("- 1st round of presidential & legislative elections moved to 22 Nov 2026.", []),
    ],
    ids=["an-arrangement-signed", "talks-that-entered-their-second-day",
         "a-round-of-elections-with-an-ampersand"],
)
def test_signings_and_sittings_told_in_other_words(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Earlier, officials had said the talks could stretch into Friday.", []),
        ("Officials said the talks could stretch into Friday.",
         [("talks_round", "expected", "2026-03-13", "2026-03-13", None)]),
    ],
    ids=["a-forecast-the-update-overtook", "a-forecast-still-standing"],
)
def test_an_earlier_forecast_in_an_updated_story_is_no_event(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The rift dates from the meeting at the Grey House on 14 January.",
         [("meeting", "occurred", "2026-01-14", "2026-01-14", "Lusaka")]),
        ("The Grey House said the meeting on 14 January went well.",
         [("meeting", "occurred", "2026-01-14", "2026-01-14", None)]),
    ],
    ids=["a-meeting-at-the-office-building", "the-office-speaking-places-nothing"],
)
def test_an_office_named_by_its_building_is_a_site_in_its_capital(text, expected):
    office = ("organisation", "Grey House", "Grey House", None, None, "ZMB")
    events = _events(text, "2026-02-26", [office])
    assert _brief(events) == expected
    assert [e["participants"] for e in _summary(events)] == [("ZMB",)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("15-16 December 2025 – A technical round in Porto do Vale; the teams agree a plan.",
         [("talks_round", "occurred", "2025-12-15", "2025-12-16", "Porto do Vale")]),
        ("The second meeting of the working group, held in Tasiivik on 24 and 25 February, "
         "produced a plan.",
         [("meeting", "occurred", "2026-02-24", "2026-02-25", "Tasiivik")]),
        ("22-23 September 2025 – First technical round after the break, in Tasiivik; the teams "
         "agree a work plan.",
         [("talks_round", "occurred", "2025-09-22", "2025-09-23", "Tasiivik")]),
    ],
    ids=["a-town-with-a-particle-is-never-cut", "held-in-after-the-group-it-is-of",
         "in-a-town-set-off-by-a-comma"],
)
def test_a_town_the_gazetteer_lacks_after_the_event(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


def test_the_date_of_an_agreement_named_after_a_round_is_not_the_rounds():
    text = "It will be the eighth round since the political agreement of 11 June last year."
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == [
        ("agreement", "occurred", "2025-06-11", "2025-06-11", None),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("How we got here\n\n31 December 2020 - Norland and Sudland agree a political framework "
         "for the strait.", [("agreement", "occurred", "2020-12-31", "2020-12-31", None)]),
        ("How we got here\n\n14 June 2023 - Presidents Aro Valen and Tomas Brek agree a toll "
         "for the bridge.", [("agreement", "occurred", "2023-06-14", "2023-06-14", None)]),
        ("How we got here\n\n5 May 2025 - First round in Harare; the teams agree a work plan.",
         [("talks_round", "occurred", "2025-05-05", "2025-05-05", "Harare")]),
    ],
    ids=["agree-a-framework", "agree-a-toll", "a-round-first-then-agreeing"],
)
def test_a_timeline_entry_headed_by_agreeing_is_an_agreement(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Coming up\n\n- 2 April: Norland ministers discuss the river at the Boundary Council in "
         "Lusaka.", [("meeting", "scheduled", "2026-04-02", "2026-04-02", "Lusaka")]),
        ("Coming up\n\nTwo diplomats told us a further round is pencilled in for the "
         "second week of May.\n\n"
         "- 12-13 May: expert visit to Harare.",
         [("talks_round", "scheduled", "2026-05", "2026-05", None),
          ("meeting", "scheduled", "2026-05-12", "2026-05-13", "Harare")]),
        ("Coming up\n\n- 17 March: Joint Commission on Water Rights, Harare.",
         [("meeting", "scheduled", "2026-03-17", "2026-03-17", "Harare")]),
        ("Coming up\n\n- 26-27 March: Governing Board informal briefing on Norland.",
         [("meeting", "scheduled", "2026-03-26", "2026-03-27", None)]),
        ("Timeline\n\nOctober 2025 - Lusaka. First contacts, hosted by Norland.",
         [("meeting", "occurred", "2025-10", "2025-10", "Lusaka")]),
        ("Timeline\n\n23 June 2016 - Norland votes to leave the union.", []),
    ],
    ids=["ministers-discuss", "an-expert-visit", "a-commission-and-its-town", "a-board-briefing",
         "first-contacts", "a-vote-is-no-meeting"],
)
def test_a_dated_entry_naming_a_sitting_is_a_meeting(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A negotiator from the Norland delegation told me on Wednesday night that a compromise "
         "was possible.", [("statement", "occurred", "2026-03-11", "2026-03-11", None)]),
        ("The minister said last Tuesday in Lusaka that the union would not accept it.",
         [("statement", "occurred", "2026-03-10", "2026-03-10", "Lusaka")]),
        ("Speaking to our correspondent in Lusaka last night, Valen said the body would be "
         "formed.", [("statement", "occurred", "2026-03-12", "2026-03-12", "Lusaka")]),
        ("Two people who took part told me that the Sudland side came with a plan.", []),
        ("Aro Valen, a researcher at the Lusaka Institute, told our correspondent that hopes "
         "were low.", []),
    ],
    ids=["told-me", "said-last-tuesday", "our-correspondent", "two-people-are-sources",
         "an-observer-comments"],
)
def test_a_statement_told_to_the_writer(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Parties thanked the hosts.\n\nDone at Lusaka on this 26th day of February 2026, "
         "in three signed originals, each text equally valid.\n\nFor the Government of "
         "Norland\nHon. Aro Valen (MP)\nMinister for Foreign Affairs\n\nWitnessed by\n"
         "H.E. Tomas Brek\nChairperson, Mediation Team\n",
         [("statement", "occurred", "2026-02-26", "2026-02-26", "Lusaka")]),
        ("The ministry reiterates its commitment to the talks.\n\nHarare, 13 March 2026.\n",
         [("statement", "occurred", "2026-03-13", "2026-03-13", "Harare")]),
        ("Joint Press Release\n\nThe talks were held in Harare on 12 March.\n\nLusaka\n"
         "13 March 2026\n",
         [("talks_round", "occurred", "2026-03-12", "2026-03-12", "Harare"),
          ("statement", "occurred", "2026-03-13", "2026-03-13", "Lusaka")]),
        ("The following statement was issued today by the Spokesperson.\n\nThe envoy held "
         "consultations in Harare from 3 to 5 March.\n\nAro Valen, Spokesman\n\n"
         "Lusaka, 13 March 2026\n",
         [("statement", "occurred", "2026-03-13", "2026-03-13", "Lusaka"),
          ("meeting", "occurred", "2026-03-03", "2026-03-05", "Harare")]),
        ("Talks will resume in Harare on 20 March.\n\nAro Valen is a reporter in Lusaka, "
         "13 March 2026",
         [("talks_round", "scheduled", "2026-03-20", "2026-03-20", "Harare")]),
    ],
    ids=["done-at", "place-and-day", "place-and-day-on-two-lines", "places-the-opening-statement",
         "a-sentence-is-no-closing-line"],
)
def test_a_text_closing_with_its_place_and_day_is_issued_there(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland has quietly floated a five-year transition for fish quotas.",
         [("proposal", "proposed", None, None, None)]),
        ("The minister presented a revised text replacing the old formula.",
         [("proposal", "occurred", None, None, None)]),
        ("Valen tabled a four-point paper asking for equality.",
         [("proposal", "occurred", None, None, None)]),
        ("The motion will be tabled in parliament.", []),
        ("Norland floated a joint migration committee during Wednesday's session.",
         [("proposal", "proposed", "2026-03-11", "2026-03-11", None),
          ("talks_session", "occurred", "2026-03-11", "2026-03-11", None)]),
    ],
    ids=["floated", "presented-a-revised-text", "tabled-a-paper", "a-motion-to-be-tabled",
         "floated-during-a-sitting-of-one-day"],
)
def test_proposals_floated_tabled_or_presented(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both ministers agreed to convene a joint meeting of their river board soon. Their "
         "next round of dialogue will take place in Harare.",
         [("meeting", "planned", None, None, None),
          ("talks_round", "scheduled", None, None, "Harare")]),
        ("The ministers agreed to hold an early meeting on rail links. The customs "
         "working group will meet in Harare within two weeks.",
         [("meeting", "planned", None, None, None), ("meeting", "scheduled", None, None, "Harare")]),
        ("Both camps agreed to hold a ninth round in Harare later this month. The talks will "
         "resume on 28 March, the envoy said.",
         [("talks_round", "planned", "2026-03", "2026-03", "Harare")]),
        ("A tenth round will open in Harare on 12 May. The negotiators agreed to meet in "
         "Harare again in May.",
         [("talks_round", "scheduled", "2026-05-12", "2026-05-12", "Harare")]),
    ],
    ids=["board-meeting-and-next-round", "two-bodies-to-meet", "one-round-dated-twice",
         "one-round-in-one-city"],
)
def test_each_sitting_planned_in_its_own_sentence_is_its_own_event(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Both ministers agreed to convene a joint meeting of their river board soon.",
         [("meeting", "planned", None, None, None)]),
        ("The envoys agreed to meet.", [("meeting", "planned", None, None, None)]),
        ("The delegations said talks could continue.", []),
        ("The envoys hope to convene their board one day.", []),
    ],
    ids=["agreed-to-convene", "agreed-to-meet", "talks-could-continue", "hope-to-convene"],
)
def test_a_sitting_agreed_on_is_an_event_without_date_or_place(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudia have agreed to an immediate ceasefire, the mediator said.",
         [("agreement", "occurred", None, None, None)]),
        ("The lenders and the treasury reached a two-year loan agreement on 3 March.",
         [("agreement", "occurred", "2026-03-03", "2026-03-03", None)]),
        ("Sudia has not agreed to a ceasefire.", []),
        ("The envoys reached a common understanding on the crossings.", []),
        ("The talks reached an impasse over the ceasefire.", []),
        ("Norland agreed to a pause in the talks on the border treaty.", []),
    ],
    ids=["agreed-to-a-ceasefire", "reached-an-agreement", "not-agreed", "no-accord-named",
         "an-impasse-over-a-truce", "a-pause-in-talks-on-a-treaty"],
)
def test_an_accord_agreed_to_or_reached_is_an_agreement(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended in Harare on Tuesday. The envoy told journalists after the final "
         "session that gaps remained.",
         [("talks_round", "occurred", "2026-03-10", "2026-03-10", "Harare"),
          ("statement", "occurred", "2026-03-10", "2026-03-10", "Harare")]),
        ("The talks ended in Harare on Tuesday. In Lusaka, the envoy told journalists after the "
         "final session that gaps remained.",
         [("talks_round", "occurred", "2026-03-10", "2026-03-10", "Harare"),
          ("statement", "occurred", "2026-03-10", "2026-03-10", "Lusaka")]),
    ],
    ids=["after-the-session", "a-place-of-its-own"],
)
def test_a_statement_made_after_the_talks_was_made_where_they_were_held(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The commission met in Harare on Tuesday and Wednesday. According to the final "
         "communique of the meeting, the sides agreed to patrol the river.",
         [("meeting", "occurred", "2026-03-10", "2026-03-11", "Harare"),
          ("statement", "occurred", "2026-03-11", "2026-03-11", "Harare")]),
        ("The envoys met in Harare on Monday and Tuesday. Their joint statement, read out by Ana "
         "Ruiz for the hosts, at the end of that round, noted progress.",
         [("talks_round", "occurred", "2026-03-09", "2026-03-10", "Harare"),
          ("statement", "occurred", "2026-03-10", "2026-03-10", "Harare")]),
        ("The envoys met in Harare on Monday. A statement of the ministry after the vote said "
         "little.",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Harare"),
          ("statement", "occurred", None, None, None)]),
    ],
    ids=["communique-of-the-meeting", "read-out-at-the-close-of-the-round", "of-another-body"],
)
def test_a_text_issued_at_the_talks_is_of_their_last_day_and_place(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The next round will be held in Harare in the first half of 2028.",
         [("talks_round", "scheduled", "2028", "2028", "Harare")]),
        ("The fourth round is planned for Lusaka in January.",
         [("talks_round", "planned", "2027-01", "2027-01", "Lusaka")]),
        ("The agency led on Sunday with the result of the round held in Harare on Thursday "
         "and Friday.", [("talks_round", "occurred", "2026-11-05", "2026-11-06", "Harare")]),
        ("Norland and Sudia agreed to reopen the bridge from 1 April, after three days of "
         "talks in Lusaka.", [("talks_round", "occurred", None, None, "Lusaka")]),
        ("Delegates sit down in Ankara today for three days of talks on fisheries.",
         [("talks_round", "occurred", "2026-11-10", "2026-11-12", "Ankara")]),
        ("Envoys met in Lusaka two weeks ago, and border officials held a meeting in Harare "
         "last Tuesday.", [("meeting", "occurred", None, None, "Lusaka"),
                           ("meeting", "occurred", "2026-11-03", "2026-11-03", "Harare")]),
    ],
    ids=["a-half-of-a-year-is-its-year", "planned-for-a-town", "the-days-of-its-own-verb",
         "a-date-of-what-was-agreed-after-the-talks", "today-for-three-days",
         "two-towns-two-sittings"],
)
def test_dates_and_places_of_sittings_told_in_passing(text, expected):
    assert _brief(_events(text, "2026-11-10", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The two commissioners met in Kingston, then signed a new Minute that sets the quotas.",
         [("meeting", "occurred", None, None, "Kingston"),
          ("agreement", "occurred", None, None, None)]),
        ("The board said late on Friday that the two sides had signed a new Minute.",
         [("statement", "occurred", "2026-11-06", "2026-11-06", None),
          ("agreement", "occurred", None, None, None)]),
        ("At a summit in Harare on 4 June 2019, the three leaders signed the Charter on "
         "Fisheries of the Lake, a compromise.",
         [("summit", "occurred", "2019-06-04", "2019-06-04", "Harare"),
          ("agreement", "occurred", "2019-06-04", "2019-06-04", "Harare")]),
    ],
    ids=["signed-a-text-named-by-its-kind", "said-late-on-a-day", "signed-at-a-summit"],
)
def test_texts_signed_and_where(text, expected):
    assert _brief(_events(text, "2026-11-10", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys met in Harare on Monday.\n\nPhoto: A ferry leaves the port at dawn. "
         "Under the deal agreed on Thursday, twenty ferries will cross the lake each week. "
         "(Agency)",
         [("meeting", "occurred", "2026-11-09", "2026-11-09", "Harare"),
          ("agreement", "occurred", "2026-11-05", "2026-11-05", None)]),
        ("The envoys met in Harare on Monday.\n\nPhoto: The two ministers shake hands after "
         "the agreement signed on Thursday. (Agency)",
         [("meeting", "occurred", "2026-11-09", "2026-11-09", "Harare")]),
    ],
    ids=["a-gallery-caption-tells-the-story", "a-caption-that-only-describes-its-picture"],
)
def test_the_story_told_after_a_caption_describes_its_picture(text, expected):
    assert _brief(_events(text, "2026-11-10", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland suspended the 1998 agreement on fishing near the islands in 2023.",
         [("announcement", "occurred", "2023", "2023", None)]),
        ("Norland and Sudia reaffirmed the 1998 agreement on fishing near the islands.",
         [("agreement", "occurred", "1998", "1998", None)]),
        ("The growers' association said this month that the tariffs were too high.",
         [("statement", "occurred", "2026-11", "2026-11", None)]),
    ],
    ids=["a-deal-suspended-is-an-announcement", "a-deal-recalled-is-of-its-year",
         "said-this-month"],
)
def test_what_is_done_to_a_named_deal_and_when_it_is_said(text, expected):
    assert _brief(_events(text, "2026-11-10", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The third round took place in Lusaka on 19-20 November. Envoys met again in Lusaka "
         "two weeks ago so as to prepare the third round.",
         [("talks_round", "occurred", "2026-11-19", "2026-11-20", "Lusaka"),
          ("meeting", "occurred", None, None, "Lusaka")]),
        ("The third round took place in Lusaka on 12-13 November. Envoys met again in Lusaka "
         "two weeks ago.",
         [("talks_round", "occurred", "2026-11-12", "2026-11-13", "Lusaka")]),
        ("The first round was held in Lusaka on 2 March. The second round followed in Harare "
         "on 3 May. The talks began in Kingston on 3 January, when the two ministers met for "
         "the first time in a year.",
         [("talks_round", "occurred", "2026-03-02", "2026-03-02", "Lusaka"),
          ("talks_round", "occurred", "2026-05-03", "2026-05-03", "Harare"),
          ("talks_round", "ongoing", None, None, "Kingston"),
          ("meeting", "occurred", "2026-01-03", "2026-01-03", "Kingston")]),
    ],
    ids=["a-sitting-to-prepare-a-round-is-not-it", "a-week-that-holds-the-round",
         "met-where-the-talks-began"],
)
def test_sittings_before_a_round(text, expected):
    assert _brief(_events(text, "2026-11-23", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A foreign ministers' meeting, the first since May 2019, is planned for the last "
         "quarter of 2028.",
         [("meeting", "planned", "2028", "2028", None),
          ("meeting", "occurred", "2019-05", "2019-05", None)]),
        ("The envoys met in Harare on Monday. It was the first such meeting since June of last "
         "year.",
         [("meeting", "occurred", "2026-11-23", "2026-11-23", "Harare"),
          ("meeting", "occurred", "2025-06", "2025-06", None)]),
        ("If the round succeeds, a meeting of ministers - the first since 2017 - could be "
         "proposed for the spring.", [("meeting", "undecided", None, None, None)]),
        # the sitting named after the date is the one held then, with its town
        ("The envoys met in Harare on Monday, their first sitting since the 3 August "
         "summit in Lusaka.",
         [("meeting", "occurred", "2026-11-23", "2026-11-23", "Harare"),
          ("summit", "occurred", "2026-08-03", "2026-08-03", "Lusaka")]),
    ],
    ids=["the-first-since-a-month", "their-first-meeting-since", "a-meeting-still-undecided",
         "the-first-since-a-dated-summit"],
)
def test_the_first_sitting_since_a_date_tells_one_held_then(text, expected):
    assert _brief(_events(text, "2026-11-23", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudia have agreed on a protocol for the river after two days of talks in "
         "Ndola. The commission met on Monday and Tuesday at the town hall.",
         [("agreement", "occurred", None, None, "Ndola"),
          ("talks_round", "occurred", "2026-03-09", "2026-03-10", "Ndola")]),
        ("Norland and Sudia have agreed on a protocol for the river after three days of talks "
         "in Ndola. The commission met on Monday and Tuesday at the town hall.",
         [("agreement", "occurred", None, None, "Ndola"),
          ("talks_round", "occurred", None, None, "Ndola"),
          ("meeting", "occurred", "2026-03-09", "2026-03-10", "Ndola")]),
    ],
    ids=["as-many-days-as-the-talks", "a-sitting-of-another-length"],
)
def test_talks_told_by_their_length_are_the_sitting_of_as_many_days(text, expected):
    assert _brief(_events(text, "2026-03-13", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The envoys of Norland and Sudland met in Lusaka on Monday and Tuesday. On Tuesday, the "
         "Sudland delegation issued a statement on the border.", "2026-03-12",
         [("meeting", "occurred", "2026-03-09", "2026-03-10", "Lusaka"),
          ("statement", "occurred", "2026-03-10", "2026-03-10", "Lusaka")]),
        ("The envoys met in Lusaka on Monday. The opening round was held in Harare in 2019. On "
         "Monday, the Sudland delegation issued a statement on the border.", "2026-03-12",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Lusaka"),
          ("talks_round", "occurred", "2019", "2019", "Harare"),
          ("statement", "occurred", "2026-03-09", "2026-03-09", "Lusaka")]),
        ("The envoys of Norland and Sudland met in Lusaka on Monday. They had met in Harare on "
         "Friday. On Monday, the Sudland delegation issued a statement on the border.",
         "2026-03-12",
         [("meeting", "occurred", "2026-03-09", "2026-03-09", "Lusaka"),
          ("meeting", "occurred", "2026-03-06", "2026-03-06", "Harare"),
          ("statement", "occurred", "2026-03-09", "2026-03-09", None)]),
    ],
    ids=["a-statement-on-a-day-of-the-sitting", "an-old-round-elsewhere-is-no-other-town",
         "two-recent-towns-name-neither"],
)
def test_what_is_told_on_the_days_of_the_sitting_was_done_in_its_town(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, published, expected",
    [
        ("The board's 12th meeting, held in Tasiivik on Monday and Tuesday, signed off the "
         "budget.", "2026-03-12",
         [("talks_round", "occurred", "2026-03-09", "2026-03-10", "Tasiivik")]),
        ("The 6th Meeting of the Joint Board on Canals and Locks of Norland and Sudland "
         "(below \"the Joint Board\") will be held in Lusaka on 19-20 October 2026.",
         "2026-09-12", [("talks_round", "scheduled", "2026-10-19", "2026-10-20", "Lusaka")]),
        ("The 9th meeting was held at the Lake Pavilion Riva, Lusaka, on 2-3 November 2026.",
         "2026-11-12", [("talks_round", "occurred", "2026-11-02", "2026-11-03", "Lusaka")]),
        ("The fifth round of canal negotiations had opened last Tuesday in Lusaka and ended on "
         "Wednesday.",
         "2026-03-16", [("talks_round", "occurred", "2026-03-10", "2026-03-11", "Lusaka")]),
    ],
    ids=["its-meeting-comma-held-in", "will-be-held-in-after-a-long-name",
         "the-town-after-a-named-venue", "opened-last-tuesday-and-ended"],
)
def test_sittings_placed_and_dated_by_their_verbs(text, published, expected):
    assert _brief(_events(text, published, _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Board statement\n\nIn a statement released in Harare on Wednesday, the board said it "
         "would build two new locks.",
         [("statement", "occurred", "2026-03-11", "2026-03-11", "Harare")]),
        ("By our reporter\n\nHARARE - Norland and Sudland ended two days of border talks here "
         "on Tuesday.",
         [("talks_round", "occurred", "2026-03-09", "2026-03-10", "Harare")]),
        # a longer subheading that sums up what the story tells below it
        ("Border board to sit again, envoys to meet next week\n\nNorland and Sudland envoys met in "
         "Harare on Wednesday.",
         [("meeting", "occurred", "2026-03-11", "2026-03-11", "Harare")]),
    ],
    ids=["a-subheading-in-sentence-case", "a-dateline-under-a-byline",
         "a-subheading-of-several-words"],
)
def test_lines_over_the_story_are_no_sentences_of_it(text, expected):
    towns = [*_TOWNS, _place("HARARE", "Harare", "ZWE")]
    assert _brief(_events(text, "2026-03-12", towns)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland agreed to lift catches at the Velm bank by the end of 2028, "
         "according to a joint statement sent out on Tuesday night.",
         [("statement", "occurred", "2026-11-24", "2026-11-24", None)]),
        ("The new river panel is still not due to meet until May.",
         [("meeting", "planned", "2027-05", "2027-05", None)]),
        ("The joint commission met in Lusaka on Monday. Its co-chair, Ana Ruiz, told reporters "
         "afterwards that the day had gone well.",
         [("meeting", "occurred", "2026-11-23", "2026-11-23", "Lusaka"),
          ("statement", "occurred", "2026-11-23", "2026-11-23", None)]),
        ("The joint commission met in Lusaka on 3 March. Its co-chair, Ana Ruiz, told reporters "
         "afterwards that the day had gone well.",
         [("meeting", "occurred", "2026-03-03", "2026-03-03", "Lusaka"),
          ("statement", "occurred", None, None, None)]),
    ],
    ids=["a-deadline-is-no-day-of-a-statement", "not-until-a-month-is-that-month",
         "told-afterwards-on-the-sittings-day", "afterwards-of-a-sitting-months-before"],
)
def test_days_of_statements_and_sittings_told_by_a_term(text, expected):
    assert _brief(_events(text, "2026-11-27", _TOWNS)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland signed a peace agreement in Lusaka on Tuesday. Speaking at the "
         "ceremony, Ana Ruiz told reporters that the text was a first step.",
         [("agreement", "occurred", "2026-11-24", "2026-11-24", "Lusaka"),
          ("statement", "occurred", "2026-11-24", "2026-11-24", "Lusaka")]),
        # a signing of months before is not the ceremony the story reports
        ("Norland and Sudland signed a peace agreement in Lusaka on 3 March. Speaking at the "
         "ceremony, Ana Ruiz told reporters that the text was a first step.",
         [("agreement", "occurred", "2026-03-03", "2026-03-03", "Lusaka"),
          ("statement", "occurred", None, None, None)]),
    ],
    ids=["at-the-ceremony-of-the-signing", "a-signing-months-before"],
)
def test_a_statement_at_the_ceremony_is_of_the_signings_day_and_town(text, expected):
    assert _brief(_events(text, "2026-11-27", _TOWNS)) == expected


def test_the_entries_of_a_diary_under_the_days_they_are_held():
    text = ("The border calendar for the talks ahead.\n\nMONDAY 30 NOVEMBER\n\nLusaka - Norland "
            "and Sudland hold expert-level consultations on the lake border.\n\nBackground: "
            "the talks failed last year.\n\nWEDNESDAY 2 - THURSDAY 3 DECEMBER\n\nZelgrad - The "
            "Norland-Sudland joint commission on canals meets at deputy level.\n\n"
            "OTHER ITEMS\n\nHarare - The envoys meet.\n")
    assert _brief(_events(text, "2026-11-29", _TOWNS)) == [
        ("talks_round", "scheduled", "2026-11-30", "2026-11-30", "Lusaka"),
        ("talks_round", "occurred", "2025", "2025", None),
        ("meeting", "scheduled", "2026-12-02", "2026-12-03", "Zelgrad"),
    ]


def test_a_session_told_with_no_day_is_of_the_one_day_sitting_and_its_town():
    text = ("Trade ministers of Norland, Sudland and Ostria spent Thursday in Lusaka at a "
            "union summit on tariffs.\n\nDuring a break, the Norland and Sudland "
            "delegations held a side session on the dam.")
    towns = [*_TOWNS, _country("Norland", "NOR"), _country("Sudland", "SUD"),
             _country("Ostria", "OST")]
    assert _brief(_events(text, "2026-10-23", towns)) == [
        ("summit", "occurred", "2026-10-22", "2026-10-22", "Lusaka"),
        ("talks_session", "occurred", "2026-10-22", "2026-10-22", "Lusaka"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The council last met in Velm on 13 March.",
         [("meeting", "occurred", "2026-03-13", "2026-03-13", "Velm", "OST")]),
        ("Sudland stays outside the 1994 Lusaka agreement under which the states share "
         "the river.", [("agreement", "occurred", "1994", "1994", "Lusaka", "ZMB")]),
        ("The Harare Declaration was signed by both leaders.",
         [("agreement", "occurred", None, None, "Harare", "ZWE")]),
    ],
    ids=["the-gazetteers-town",
         "an-agreement-named-by-its-town", "a-declaration-named-by-its-town"],
)
def test_towns_named_in_a_name(text, expected):
    events = _events(text, "2026-08-10", [*_TOWNS, _place("Velm", "Velm", "OST")])
    assert [(*row, country) for row, country in
            zip(_brief(events), events["country"], strict=True)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("LISK - Norland and Sudland envoys held talks here on Tuesday over the shared "
         "reservoir. The joint board will meet again here in May, they said.",
         [("talks_round", "occurred", "2026-10-27", "2026-10-27", "Lisk"),
          ("meeting", "scheduled", "2027-05", "2027-05", "Lisk")]),
        # without "here", the dateline's town (which the gazetteer lacks) places nothing
        ("LISK - Norland and Sudland envoys held talks on Tuesday over the shared reservoir.",
         [("talks_round", "occurred", "2026-10-27", "2026-10-27", None)]),
        # "from here" is where someone went, not where the talks were
        ("LISK - Envoys held talks from here by video link on Tuesday.",
         [("talks_round", "occurred", "2026-10-27", "2026-10-27", None)]),
    ],
    ids=["here-is-the-datelines-town", "no-here", "from-here"],
)
def test_events_told_as_held_here_are_in_the_datelines_town(text, expected):
    assert _brief(_events(text, "2026-10-29", [])) == expected


def test_a_topic_talked_about_in_the_passive_is_no_talks():
    text = ("Jon Vale, who heads the boatmen's union in Lusaka, says a levy has been talked "
            "about since 2019. The ministers talked about the levy in Harare on Tuesday.")
    assert _brief(_events(text, "2026-10-29", _TOWNS)) == [
        ("meeting", "occurred", "2026-10-27", "2026-10-27", "Harare")]


def test_an_old_agreement_does_not_join_a_signing_told_as_news():
    text = ("The water commission said on Wednesday that its two sections had signed a new "
            "accord in Lusaka on deliveries. In April 2025, the two governments reached an "
            "interim agreement on deliveries.")
    assert [(e["type"], e["start"], e["city"]) for e in _summary(_events(text, "2026-10-29", _TOWNS))
            if e["type"] == "agreement"] == [("agreement", None, "Lusaka"), ("agreement", "2025-04", None)]


def test_memorandums_traded_with_no_day_of_their_own_were_traded_at_the_talks():
    text = ("The delegations met in Velm on Monday. The two sides also exchanged written "
            "memorandums setting out their positions on a settlement.")
    events = _events(text, "2025-06-04", [_place("Velm", "Velm", "NOR")])
    assert events[["type", "status", "start", "end"]].to_dict("records") == [
        {"type": "meeting", "status": "occurred", "start": "2025-06-02", "end": "2025-06-02"},
        {"type": "proposal", "status": "occurred", "start": "2025-06-02", "end": "2025-06-02"},
    ]


def test_a_text_told_as_signed_is_the_agreement_not_a_statement():
    events = _events("The document was signed by Jon Vale and Ana Ruiz.", "2025-06-04", [])
    assert events["type"].tolist() == ["agreement"]


def test_signings_of_texts_of_two_kinds_are_two_agreements():
    text = ("The leaders signed a joint declaration on Friday. The ministers initialled the "
            "peace agreement.")
    events = _events(text, "2025-06-04", [])
    assert events[["type", "start"]].to_dict("records") == [
        {"type": "agreement", "start": "2025-05-30"}, {"type": "agreement", "start": None}]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys initialled the agreed wording of the canal accord.", "occurred"),
        ("The envoys signed the mutually agreed draft of the river pact.", "occurred"),
        ("The ministers agreed to sign the accord.", "planned"),
    ],
    ids=["the-agreed-text-initialled", "the-mutually-agreed-text-signed", "agreed-to-sign"],
)
def test_agreed_before_a_noun_is_what_was_settled_not_a_plan(text, expected):
    assert _events(text, "2025-06-04", [])["status"].tolist() == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Norland and Sudland signed an agreement on prisoner exchanges on 3 November.",
         [("agreement", "occurred", "2025-11-03", "2025-11-03", None)]),
        ("The two sides held talks on a prisoner exchange in Lusaka on Monday.",
         [("talks_round", "occurred", "2025-11-17", "2025-11-17", "Lusaka")]),
    ],
    ids=["an-agreement-on-exchanges", "talks-on-an-exchange"],
)
def test_the_exchange_a_text_or_talks_are_on_is_their_subject_not_an_event(text, expected):
    assert _brief(_events(text, "2025-11-20", _TOWNS)) == expected


def test_a_decision_adopted_is_an_agreement():
    text = "The river board adopted a decision to wind up its survey office."
    assert _events(text, "2025-06-04", [])["type"].tolist() == ["agreement"]


def test_a_founding_declaration_of_a_year_is_no_agreement():
    text = "Sudland wants Norland to drop its praise of the 1991 Declaration of Independence."
    assert _events(text, "2025-06-04", []).empty


def test_a_text_named_again_by_another_word_is_the_same_agreement():
    text = ("Norland and Sudland signed a memorandum of understanding on Friday. The agreement "
            "was signed by the two ministers.")
    events = _events(text, "2025-06-04", [_country("Norland", "NOR"), _country("Sudland", "SUD")])
    assert events[["type", "start"]].to_dict("records") == [
        {"type": "agreement", "start": "2025-05-30"}]


def test_a_sitting_earlier_in_the_day_is_another_event_of_that_day():
    text = ("The three leaders met in Velm on Friday for a summit. Earlier in the day, Jon Vale "
            "held a bilateral meeting with Ana Ruiz.")
    events = _events(text, "2025-08-10", [_place("Velm", "Velm", "NOR")])
    assert events[["start", "evidence"]].to_dict("records") == [
        {"start": "2025-08-08", "evidence": text.split(". ")[0] + "."},
        {"start": "2025-08-08", "evidence": text.split(". ")[1]},
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Jon Vale wrote on his Truth Social platform that the vote was fair.",
        "Ana Ruiz responded on X that Sudland was grateful to its partners.",
        "Jon Vale said in his evening address that the other side was constructive.",
    ],
    ids=["wrote-on-a-platform", "responded-on-x", "evening-address"],
)
def test_a_word_posted_or_addressed_to_the_nation_is_a_statement(text):
    assert _events(text, "2025-06-04", [])["type"].tolist() == ["statement"]


def test_no_date_announced_is_no_announcement():
    assert _events("No date for the next exchange has been announced.", "2025-06-04",
                   []).empty


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale said he would travel to Velm on Monday to discuss the plan.",
         [("meeting", "planned", "2025-06-09", "Velm")]),
        ("Jon Vale and Ana Ruiz travelled to Velm on Friday, where the border was discussed.",
         [("meeting", "occurred", "2025-05-30", "Velm")]),
        # the trip to meet someone is the meeting told, not a second one
        ("Jon Vale said he would travel to Velm to meet Ana Ruiz on Monday.",
         [("meeting", "planned", "2025-06-09", "Velm")]),
        ("Jon Vale flew to Velm on Friday for a rally.", []),
    ],
    ids=["trip-to-discuss", "trip-where-discussed", "trip-to-meet-is-one", "trip-for-a-rally"],
)
def test_a_trip_for_talks_is_a_meeting_there(text, expected):
    events = _events(text, "2025-06-04", [_place("Velm", "Velm", "NOR")])
    assert list(events[["type", "status", "start", "city"]].itertuples(index=False, name=None)) \
        == expected


def test_a_document_presented_is_no_statement():
    text = "Jon Vale will present the revised document to Ana Ruiz."
    assert "statement" not in _events(text, "2025-06-04", [])["type"].tolist()


def test_a_sitting_over_the_weekend_runs_saturday_to_sunday():
    events = _events("The envoys met in Velm over the weekend.", "2025-06-02",
                     [_place("Velm", "Velm", "NOR")])
    assert events[["start", "end"]].to_dict("records") == [
        {"start": "2025-05-31", "end": "2025-06-01"}]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The army chief of Norland called his Sudland counterpart on the hotline on Friday.",
         ["phone_call"]),
        ("Jon Vale called on the rebels to stop the fighting on the phone lines.", []),
    ],
    ids=["called-on-the-hotline", "called-on-someone-is-no-call"],
)
def test_a_call_placed_on_a_line_is_a_phone_call(text, expected):
    assert _events(text, "2025-06-04", [])["type"].tolist() == expected


@pytest.mark.parametrize(
    "text",
    [
        "No date has yet been set for a third round.",
        '"The parties agreed to continue the dialogue," the ministry said, without giving a date '
        "for a second round.",
    ],
    ids=["no-date-yet", "without-giving-a-date"],
)
def test_a_round_with_no_date_yet_is_undecided(text):
    assert _events(text, "2025-06-04", [])[["type", "status"]].values.tolist() == [
        ["talks_round", "undecided"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On Monday, Jon Vale hosted Norland's army chief, Ana Ruiz, for lunch in Velm.",
         [("meeting", "occurred", "2025-06-02")]),
        ("Sudland hosted the talks for a second time.", [("talks_round", "occurred", None)]),
    ],
    ids=["hosted-for-lunch", "hosted-the-talks"],
)
def test_a_host_meal_with_guests_is_a_meeting(text, expected):
    events = _events(text, "2025-06-04", [_place("Velm", "Velm", "NOR")])
    assert list(events[["type", "status", "start"]].itertuples(index=False, name=None)) == expected


def test_a_sitting_a_day_after_which_another_was_held_dates_it():
    text = ("Jon Vale met Ana Ruiz in Velm on Friday, a day after the delegations held a second "
            "round of talks in Lisk.")
    events = _events(text, "2025-06-04", [_place("Velm", "Velm", "NOR"),
                                          _place("Lisk", "Lisk", "SUD")])
    assert sorted(events[["start", "city"]].itertuples(index=False, name=None)) == [
        ("2025-05-29", "Lisk"), ("2025-05-30", "Velm")]


def test_a_counter_proposal_is_a_proposal():
    events = _events("Sudland's envoys have drafted their own counter-proposal to the plan.",
                     "2025-06-04", [])
    assert events[["type", "status"]].values.tolist() == [["proposal", "proposed"]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sudland's parliament ratified the agreement on Friday by 338 votes.",
         [("agreement", "occurred", "2025-05-30")]),
        ("The agreement must still be ratified by Sudland's parliament.",
         [("agreement", "planned", None)]),
    ],
    ids=["ratified", "still-to-be-ratified"],
)
def test_a_ratification_is_an_agreement_event(text, expected):
    events = _events(text, "2025-06-04", [])
    assert list(events[["type", "status", "start"]].itertuples(index=False, name=None)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale handed the original plan to Ana Ruiz in Velm on Thursday.",
         [("meeting", "occurred", "2025-05-29", "Velm")]),
        ("Jon Vale hands Ana Ruiz the 28-point plan in Velm.", [("meeting", "occurred", None, "Velm")]),
        ("The ministry presented the plan to reporters on Friday.", []),
    ],
    ids=["handed-a-plan-to-a-named-leader", "hands-a-leader-the-plan", "presented-to-reporters"],
)
def test_a_text_handed_in_person_is_a_meeting(text, expected):
    events = _events(text, "2025-06-02", [_place("Velm", "Velm", "NOR")])
    assert list(events[["type", "status", "start", "city"]].itertuples(index=False, name=None)) \
        == expected


def test_a_statement_names_its_speaker_from_the_claims_and_other_events_none():
    from analysis.pipeline import analyse_articles

    text = ("date 2026-02-04 Norland and Sudland\n\n"
            "Norland's foreign minister Jon Vale said on Tuesday that the talks with Sudland "
            "would resume in Lisk.\n\n"
            "The two delegations met in Lisk on Monday, according to the Velm Gazette.\n")
    result = analyse_articles(_articles(text, "2026-02-04"))
    said = dict(zip(result.events["type"], result.events["speaker"], strict=True))
    assert said.get("statement") == "Jon Vale"
    assert [s for t, s in said.items() if t != "statement"] == [None] * (len(said) - 1)
    assert len(said) > 1  # the meeting is there, with no speaker
    # without the claims there is no speaker to name
    alone = extract_events(result.articles, result.sentences, result.mentions, result.dates)
    assert alone["speaker"].isna().all()
