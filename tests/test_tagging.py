"""Tests for analysis.tagging: mentions of countries, places, people, organisations, media."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.lexicon import trie_regex
from analysis.seeds import load_seeds
from analysis.sentences import split_sentences
from analysis.tagging import (
    _CASE_TWINS,
    ACTOR_COLUMNS,
    MENTION_COLUMNS,
    extract_actors,
    find_mentions,
    tag_articles,
)

SEED = Path(__file__).resolve().parents[1] / "seeds" / "000_3b9b93f1f23eb8a6.txt"


def _frame(texts: dict[str, str]) -> tuple[pd.DataFrame, pd.DataFrame]:
    articles = pd.DataFrame({"doc_id": list(texts), "text": list(texts.values())})
    articles["title"] = ""
    return articles, split_sentences(articles)


@pytest.fixture(scope="module")
def seed():
    articles = load_seeds(SEED.parent).articles
    articles = articles[articles["doc_id"] == SEED.stem].reset_index(drop=True)
    sentences = split_sentences(articles)
    mentions = tag_articles(articles, sentences)
    return articles, sentences, mentions, extract_actors(articles, mentions)


def _kinds(text: str) -> list[tuple[str, str, str]]:
    return [(m["kind"], m["text"], m["norm"]) for m in find_mentions(text)]


def test_columns(seed):
    _, _, mentions, actors = seed
    assert tuple(mentions.columns) == MENTION_COLUMNS
    assert tuple(actors.columns) == ACTOR_COLUMNS


def test_seed_countries(seed):
    actors = seed[3]
    countries = set(actors.loc[actors["kind"] == "country", "name"])
    assert countries == {"Russia", "Ukraine", "United States", "United Arab Emirates"}


def test_seed_abu_dhabi_is_a_place_in_the_uae(seed):
    mentions = seed[2]
    places = mentions[mentions["kind"] == "place"]
    assert set(zip(places["text"], places["norm"], places["country"], strict=True)) == {
        ("Abu Dhabi", "Abu Dhabi", "ARE"),
        ("the United Arab Emirates capital", "Abu Dhabi", "ARE"),
    }


def test_seed_kostyukov(seed):
    actors = seed[3]
    row = actors[actors["name"] == "Igor Kostyukov"].iloc[0]
    assert row["kind"] == "person"
    assert row["affiliation"] == "Russia"
    assert row["role"] == (
        "Chief of the Main Directorate of the Russian Armed Forces General Staff; "
        "head of the Russian delegation"
    )


def test_seed_media_and_organisations(seed):
    actors = seed[3]
    got = {(n, k) for n, k in zip(actors["name"], actors["kind"], strict=True) if k != "country"}
    assert got == {
        ("RBC-Ukraine", "media"),
        ("United Arab Emirates Ministry of Foreign Affairs", "organisation"),
        ("Main Directorate of the Russian Armed Forces General Staff", "organisation"),
        ("Igor Kostyukov", "person"),
    }


def test_seed_sentence_index(seed):
    _, sentences, mentions, _ = seed
    for m in mentions.itertuples():
        s = sentences[(sentences["sentence_idx"] == m.sentence_idx)].iloc[0]
        assert s.start_char <= m.start_char < s.end_char


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Moscow said the talks were useful.", [("country", "Moscow", "RUS")]),
        ("Kyiv has rejected the offer.", [("country", "Kyiv", "UKR")]),
        ("The talks were held in Moscow.", [("place", "Moscow", "Moscow")]),
        ("Delegates flew to Riyadh.", [("place", "Riyadh", "Riyadh")]),
        ("The Emirati capital hosted the talks.",
         [("place", "The Emirati capital", "Abu Dhabi")]),
        ("Talks resumed in Istanbul.", [("place", "Istanbul", "Istanbul")]),
        ("They met in Yaoundé.", [("place", "Yaoundé", "Yaoundé")]),
        ("They met in Yaounde.", [("place", "Yaounde", "Yaounde")]),
        ("They met in YAOUNDÉ.", [("place", "YAOUNDÉ", "Yaounde")]),
        ("The Russian delegation arrived.", [("country", "Russian", "RUS")]),
        ("The U.S. and the UK agreed.", [("country", "U.S.", "USA"), ("country", "UK", "GBR")]),
        ("Türkiye and Turkey are one.", [("country", "Türkiye", "TUR"),
                                         ("country", "Turkey", "TUR")]),
        ("let us talk about it in the turkey dinner", []),
        ("IT experts AT the venue IN time", []),
        ("Trade with Latin America grew.", []),
        ("RBC-Ukraine said so.", [("media", "RBC-Ukraine", "RBC-Ukraine")]),
        ("The Russian Foreign Ministry said.",
         [("organisation", "Russian Foreign Ministry", "Russia foreign ministry")]),
        ("the Kremlin and the Pentagon", [("organisation", "Kremlin", "Kremlin"),
                                          ("organisation", "Pentagon", "Pentagon")]),
    ],
    ids=["capital-said", "capital-rejected", "in-capital", "to-capital", "demonym-capital",
         "venue", "town-with-accents", "town-without", "town-in-capitals", "demonym", "codes", "turkiye", "lowercase", "iso2-words", "blocker",
         "outlet-with-country", "ministry", "institutions"],
)
def test_gazetteer(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, name, role, affiliation",
    [
        ("Turkish Foreign Minister Hakan Fidan opened the talks.", "Hakan Fidan",
         "Foreign Minister", "TUR"),
        ("U.S. special envoy Steve Witkoff arrived.", "Steve Witkoff", "special envoy", "USA"),
        ("Rustem Umerov, secretary of the National Security and Defense Council, spoke.",
         "Rustem Umerov", "secretary of the National Security and Defense Council", None),
        ("Special Envoy for the Middle East Steve Witkoff joined.", "Steve Witkoff",
         "Special Envoy for the Middle East", None),
        ("Armenian Prime Minister Nikol Pashinyan met Azerbaijani President Ilham Aliyev.",
         "Nikol Pashinyan", "Prime Minister", "ARM"),
        ("Saudi Foreign Minister Faisal bin Farhan Al Saud took part.",
         "Faisal bin Farhan Al Saud", "Foreign Minister", "SAU"),
        ("The talks went on after Jorun Vell, the Zelnian Highland leader, arrived.",
         "Jorun Vell", "leader", None),
        ("The vote made Jorun Vell the winner, and she replaced Ilan Tosk as Zelnian Highland "
         "leader.", "Ilan Tosk", "leader", None),
        ("The catch was set, according to the chair of the consultations, Jorun Vell.",
         "Jorun Vell", "chair of the consultations", None),
        ("The chairman of the talks, Ilan Tosk, closed the round.", "Ilan Tosk",
         "chairman of the talks", None),
        ("Across the river, farmer Jorun Vell, reached by phone, was more hopeful.",
         "Jorun Vell", "farmer", None),
    ],
    ids=["demonym-title", "code-title", "name-comma-title", "title-complement", "armenia",
         "particles", "two-words-before-the-title", "as-title", "title-of-the-consultations",
         "title-of-the-talks", "a-local-by-occupation"],
)
def test_people(text, name, role, affiliation):
    person = next(m for m in find_mentions(text) if m["kind"] == "person")
    assert (person["norm"], person["role"], person["affiliation"]) == (name, role, affiliation)


def test_same_person_spelled_two_ways_is_one_actor():
    articles, sentences = _frame({"d": (
        "President Volodymyr Zelenskyy met the envoy. Zelensky said he was ready. "
        "Defense Minister Rustem Umerov spoke. Umierov said the exchange would go on.")})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    people = actors[actors["kind"] == "person"]
    assert sorted(zip(people["name"], people["n_mentions"], strict=True)) == [
        ("Rustem Umerov", 2), ("Volodymyr Zelenskyy", 2)]


def test_role_links_back_to_person():
    text = ("Vladimir Medinsky, the head of the Russian delegation, arrived. "
            "Later the head of the Russian delegation said the talks were over.")
    people = [(m["text"], m["norm"]) for m in find_mentions(text, [(0, 63), (64, len(text))])
              if m["kind"] == "person"]
    assert people == [("Vladimir Medinsky", "Vladimir Medinsky"),
                      ("the head of the Russian delegation", "Vladimir Medinsky")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Qatari Prime Minister Mohammed bin Abdulrahman Al Thani said talks in Doha with "
         "Hamas and Israeli negotiators were making progress, mediated also by Egypt.",
         {("Qatar", "country"), ("Mohammed bin Abdulrahman Al Thani", "person"),
          ("Hamas", "organisation"), ("Israel", "country"), ("Egypt", "country")}),
        ("Sudan's army and the Rapid Support Forces resumed talks in Jeddah, mediated by the "
         "United States and Saudi Arabia, Al Jazeera reported.",
         {("Sudan", "country"), ("Rapid Support Forces", "organisation"),
          ("United States", "country"), ("Saudi Arabia", "country"), ("Al Jazeera", "media")}),
        ("Baku said the agreement opened a new chapter, while Yerevan has rejected claims. "
         "The leaders met in Washington.",
         {("Azerbaijan", "country"), ("Armenia", "country")}),
    ],
    ids=["israel-hamas-qatar", "sudan-jeddah", "armenia-azerbaijan"],
)
def test_actors_other_negotiations(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert set(zip(actors["name"], actors["kind"], strict=True)) == expected


def test_rejects_a_path():
    with pytest.raises(TypeError, match="load_seeds"):
        tag_articles("seeds/", pd.DataFrame())


@pytest.mark.parametrize(
    "a, b",
    [("Zelenskyy", "Zelensky"), ("Umerov", "Umierov"), ("Aliyev", "Ivanov"), ("Li", "Lu"),
     ("Fidan", "Fidan"), ("Al-Thani", "Althani"), ("Petrova", "Petrov"), ("Sato", "Saleh")],
    ids=["y-spelling", "i-spelling", "other-name", "short", "same", "hyphen", "feminine",
         "different"],
)
def test_similar_surnames_agree_with_plain_ratio(a, b):
    # The quick-ratio shortcut must decide exactly as SequenceMatcher.ratio() does.
    from difflib import SequenceMatcher

    from analysis.tagging import _same_person, _surname

    sa, sb = _surname(a), _surname(b)
    plain = sa == sb or (min(len(sa), len(sb)) >= 4
                         and SequenceMatcher(None, sa, sb).ratio() >= 0.8)
    assert _same_person(a, b) is plain


def test_later_surname_mentions_link_to_the_full_name():
    text = ("Foreign Minister Hakan Fidan opened the meeting. Fidan said the Fidan plan "
            "stood, and Fidans were absent.")
    people = [(m["text"], m["start_char"], m["norm"], m["role"]) for m in find_mentions(text)
              if m["kind"] == "person"]
    assert people == [
        ("Hakan Fidan", 17, "Hakan Fidan", "Foreign Minister"),
        ("Fidan", 49, "Hakan Fidan", "Foreign Minister"),
        ("Fidan", 64, "Hakan Fidan", "Foreign Minister"),
        ("Fidans", 86, "Hakan Fidan", "Foreign Minister"),
    ]


@pytest.mark.parametrize(
    "text, bounds, role",
    [
        ("Talks began. The Russian delegation, led by presidential aide Vladimir Medinsky, "
         "arrived.", [(0, 12), (13, 89)], "presidential aide; head of the Russian delegation"),
        ("The Russian delegation arrived. Vladimir Medinsky, an aide, spoke.",
         [(0, 31), (32, 66)], "aide"),
        ("The Russian Delegation, led by presidential aide Vladimir Medinsky, arrived.", None,
         "presidential aide"),
    ],
    ids=["led-by", "other-sentence", "capitalised-delegation"],
)
def test_delegation_head_is_read_within_its_sentence(text, bounds, role):
    person = next(m for m in find_mentions(text, bounds) if m["kind"] == "person")
    assert (person["norm"], person["role"]) == ("Vladimir Medinsky", role)


def test_scan_gazetteer_edges_and_case():
    from analysis.tagging import _scan_gazetteer

    text = "xRussia, RUSSIA, Russia and Türkiye met the U.S. side."
    got = [(text[s:e], entry.norm)
           for s, e, entry in _scan_gazetteer(text)]
    assert got == [("RUSSIA", "RUS"), ("Russia", "RUS"), ("Türkiye", "TUR"), ("U.S.", "USA")]


_RUN_ON_TEXTS = [
    "Americans, the Americas and America's envoy met Russians in Russia-watchers' Russia.",
    "Türkiyeli Türkiye; Kyivan Kyiv_ Kyiv-based Kyiv2 Kyiv",
    "The United Nationsx United Nations Security Councils United Nations Security Council",
    "Abu Dhabian talks in Abu Dhabi; Saudi Arabian and Saudi Arabia",
    "Russia",
    "UNSC, UNx, UN-led, UN",
]


def gazetteer_matcher() -> re.Pattern:
    """Every written form of the gazetteer as one trie regex, whole words only: the reference
    the tagger's bisect over the sorted forms must agree with (slow to compile)."""
    from analysis.tagging import _gazetteer

    return re.compile(f"{trie_regex(_gazetteer().forms)}(?![\\w\\-])")


def _matcher_reference(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in gazetteer_matcher().finditer(text)]


def _trie_found(text: str) -> list[tuple[int, int, str]]:
    from analysis.tagging import _gazetteer, _trie_matches

    gaz = _gazetteer()
    starts, ends, forms = _trie_matches(text, gaz)
    return [(s, e, gaz.forms[f]) for s, e, f in zip(starts, ends, forms, strict=True)]


@pytest.mark.parametrize("text", _RUN_ON_TEXTS, ids=[
    "demonyms-and-plurals", "suffixes", "nested-names", "two-word-places", "whole-text",
    "codes",
])
def test_automaton_finds_what_the_whole_word_matcher_finds(text):
    # The automaton ignores what follows a match; where a word runs on, the matcher decides.
    assert _trie_found(text) == _matcher_reference(text)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(
    st.sampled_from(["Russia", "Russian", "America", "Americas", "United Nations",
                     "United Nations Security Council", "Abu Dhabi", "UN", "Ukraine",
                     "Saudi Arabia", "Saudi", "Kyiv", "Ky", "Unit"]),
    st.sampled_from(["", " ", "-", "n", "s", "_", ".", ", ", "x ", "é", "2"]),
), max_size=12))
def test_automaton_agrees_with_the_matcher_on_run_on_words(parts):
    text = "".join(word + tail for word, tail in parts)
    assert _trie_found(text) == _matcher_reference(text)


_ANCHORED_TEXTS = [
    "Foreign Minister Sergei Lavrov said on Monday that talks would go on.",
    '"President Putin", H.E. Sheikh Tamim bin Hamad Al Thani, the Qatari emir, said.',
    "DEPUTY FOREIGN MINISTER Ivan Petrov and former deputy Prime Minister Olga Ivanova met.",
    "Ivan Petrov and Olga Ivanova, his Russian and American counterparts, then said so.",
    "Ivan Petrov-said al-Said\n\nsaid, Abu-Ali has also said it; Reuters-citing TASS, citing "
    "officials, said.",
    "Anadolu Agency reported, citing sources, that the Russian Direct Investment Fund and "
    "the MINISTRY of FOREIGN AFFAIRS of the U.S. had met the Ukrainian Defence Ministry.",
    "envoys Steve Witkoff and Jared Kushner, led by Kirill Dmitriev, told RBC-Ukraine.",
    "ſpecial envoy Ivan Petrov, the head of the Russian delegation, said",
    "so Ivan bin al Salman bin Al Hamad de la Khalifa has said it; the talks went on and Ivan "
    "bin Salman bin Hamad Al Khalifa al-Roe has also said so; "
    "and after long talks the A. B. Zelva-News Agency Monitor Daily reported,  citing  Roe, and "
    "the  Sheikh  Ivan  ibn  Al  Petrov-Roe   de   la   Vega  previously  said, citing",
    "He met talks with Jane Roe, held talks\twith Ivan Petrov and, according to Kira Vale, "
    "headed by Jon Vale, told Reuters: Zelva hosted John Doe; unsaid Jane Roe-said Ivan Petrov",
    "said: Zelva leader Jan Roe met the Green Unity party; Roe's aide, the ZNU movement-x and "
    "the Blue movement, met the People’s Front’s chairman, Ivan Petrov; Kira's\nparty",
]


@pytest.mark.parametrize("text", _ANCHORED_TEXTS, ids=[
    "title-said", "quote-honorific", "upper-case", "plural", "hyphens-and-breaks",
    "organisations", "envoys", "long-s", "long-names", "meetings-and-sources", "leaders-and-owners",
])
def test_anchored_scans_find_what_full_scans_find(text):
    from analysis import tagging as t

    pats = t._patterns()
    rev = text[::-1]
    at_title = t._starts(pats["at_title"], text)
    got = {
        "title_name": t._scan_at(pats["title_name"], text, at_title),
        "title_surname": t._scan_at(pats["title_surname"], text, at_title),
        "plural_names": t._scan_at(pats["plural_names"], text, at_title),
        "name_title": t._scan_at(pats["name_title"], text, t._name_title_starts(text, rev)),
        "name_said": t._scan_back(pats["name_said"], text, rev, pats["at_speech"],
                                  pats["run_name"], 11),
        "citing_media": t._scan_back(pats["citing_media"], text, rev, pats["at_citing"],
                                     pats["run_citing"], 5),
        "org_phrase": t._scan_runs(pats["org_phrase"], text, rev, pats["at_head"],
                                   pats["run_name"]),
        "ministry_country_first": t._scan_runs(pats["ministry_country_first"], text, rev,
                                               pats["at_ministry"], pats["run_ministry"]),
        "ministry_country_last": t._scan_runs(pats["ministry_country_last"], text, rev,
                                              pats["at_ministry"], pats["run_ministry"]),
    }
    got |= {
        "org_before_head": t._scan_back(pats["org_before_head"], text, rev, pats["at_after_head"],
                                        pats["run_name"]),
        "org_leader": t._scan_runs(pats["org_leader"], text, rev, pats["at_leader"],
                                   pats["run_leader"]),
        "owner": t._scan_runs(t._OWNER, text, rev, pats["at_owner"], pats["run_name"]),
        "met_name": t._scan_at(pats["met_name"], text, t._starts(pats["at_met_name"], text)),
        "by_name": t._scan_at(pats["by_name"], text, t._starts(pats["at_by_name"], text)),
    }
    for key, matches in got.items():
        pattern = t._OWNER if key == "owner" else pats[key]
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert [(m.span(), m.groups()) for m in matches] == expected, key


_CASELESS_TEXTS = [
    "The rights group Zelva Unity, state broadcaster NRK and a senior fellow at the Zelva Forum "
    "for Policy Studies met the Government of Jane Roe; anti-government of Ivan Petrov.",
    "RIGHTS GROUP Blue Sky, Public Broadcaster Zelva TV, Political Scientist at the Coastal "
    "Energy Trust, the CABINET of Kira Vale, Foreign Minister Ivan Petrov said.",
    "ſtate broadcaster Novosti Zelva, the cabinet of Kira Vale, ſpecial envoy Ivan Petrov",
    "the news agency Novosti Pridnestrovya, İnternational rights group Zelva Front, "
    "the administratıon of Kira Vale",
    "“Rebel group” Zelva Front (radio Zelva Free), analyst at the Zelva Institute; "
    "deputy foreign minister Jane Roe and the government-of Ivan Petrov",
    "Ivan Petrov, who co-heads the Russian delegation, LED the Russian team; HEAD OF the "
    "Ukrainian delegation",
    "the MINISTRY of FOREIGN AFFAIRS of the U.S., the Defence Ministry of Ukraine, a foreign "
    "affairs ministry, Ministry for the Interior and the ministry-of Defence; ministry of ſecurity",
    "Vice-President Jane Roe, H.E. Ivan Petrov, ex-Minister Kira Vale, Ministerial aide Jon "
    "Vale, Deputy Foreign Minister-designate Jane Roe and the de facto leader Jane Roe met",
]


@pytest.mark.parametrize("text", _CASELESS_TEXTS, ids=[
    "lower-case", "capitals", "long-s", "dotless-and-dotted-i", "quotes-and-brackets",
    "delegations", "ministries", "hyphens-and-initials",
])
def test_word_anchors_find_what_full_scans_find(text):
    """Patterns opened by a phrase matched case-insensitively are tried only where their
    anchor finds one of its first words, in the lower-case text or, with a case twin, in
    the text itself."""
    from analysis import tagging as t

    pats = t._patterns()
    scanned = {
        "title": ("title_name", "title_surname", "plural_names", "title_caps"),
        "described_org": ("described_org",), "described_media": ("described_media",),
        "expert": ("expert",), "leader_government": ("leader_government",),
        "leads_delegation": ("leads_delegation",),
        "ministry_country_last": ("ministry_country_last",),
    }
    for name, anchor in t._word_anchors().items():
        for key in scanned[name]:
            pattern = t._expert_body() if key == "expert" else pats[key]
            expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            for lowered in (t._lowered(text), None):
                got = t._scan_at(pattern, text, anchor.starts(text, lowered))
                assert [(m.span(), m.groups()) for m in got] == expected, (key, lowered)


_PRECHECKED_TEXTS = [
    "Vice-Presidents Jane Roe and John Doe met; the SADC Secretariat (Zelva Courier, English "
    "edition) said the Russian delegation, headed by Ivan Petrov, and EX-minister Kira Vale "
    "spoke.\nBy Jane Roe",
    "the ZCC secretariat; Former envoys Ivan Petrov and Jane Roe; the Zelnian team led by Kira "
    "Vale and co-heads the Russian delegation. (Reporting by John Doe)",
]


def test_literal_checks_pass_where_patterns_match():
    """Scans skipped when a literal is missing: the literal is there wherever they match."""
    from analysis import tagging as t

    pats = t._patterns()
    checks = {
        "plural_names": lambda text, low: pats["plural_words"].search(low),
        "delegation_led_by": lambda text, low: t._LED_BY.search(text),
        "byline": lambda text, low: any(w in text for w in t._BYLINE_LITERALS),
        "code_body": lambda text, low: any(h in low for h in t._code_heads()),
        "edition": lambda text, low: "edition" in text or "service" in text,
        "former": lambda text, low: "former" in low or "ex-" in low,
    }
    patterns = {"code_body": t._code_body(), "edition": t._EDITION, "former": t._FORMER_WORD}
    for key, check in checks.items():
        pattern = patterns.get(key) or pats[key]
        matched = [text for text in _PRECHECKED_TEXTS if pattern.search(text)]
        assert matched, key
        assert all(check(text, t._lowered(text)) for text in matched), key


def test_case_twins_are_those_of_re():
    """Every character that re's IGNORECASE takes for a letter of a lexicon phrase, and that
    lower() turns into another character, is a case twin."""
    chars = "".join(chr(c) for c in range(0x80, 0x10000) if not 0xD800 <= c < 0xE000)
    for letter in "abcdefghijklmnopqrstuvwxyzé":
        twins = {c for c in re.findall(f"(?i){letter}", chars) if c.lower() != letter}
        assert all(_CASE_TWINS.search(c) for c in twins), letter


def test_title_anchor_words_are_cut_at_punctuation():
    from analysis import tagging as t

    assert t._first_words(["H.E.", "de facto", "Ambassador-at-large"]) == trie_regex(
        ["ambassador-at-large", "de", "h"])
    assert t._starts(t._patterns()["at_title"], "Dr. Petrov and the envoy") == [0, 19]


def test_actors_from_interleaved_mentions():
    """Mentions of several documents in any row order; a mention without a document counts
    for none, a document without mentions has no actors."""
    rows = [
        ("a", "country", "Russia", "RUS", None, None, None),
        ("b", "place", "Abu Dhabi", "Abu Dhabi", "capital", None, "ARE"),
        ("a", "person", "Sergey Lavrov", "Sergey Lavrov", "Foreign Minister", "RUS", None),
        ("b", "place", "Geneva", "Geneva", None, None, "CHE"),
        (None, "country", "Ukraine", "UKR", None, None, None),
        ("b", "organisation", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs",
         None, None, None),
        ("a", "person", "Lavrov", "Sergey Lavrov", "Foreign Minister; negotiator", None, None),
        ("b", "organisation", "Emirati Ministry of Foreign Affairs",
         "United Arab Emirates Ministry of Foreign Affairs", None, None, "ARE"),
    ]
    mentions = pd.DataFrame(
        [{"doc_id": d, "sentence_idx": 0, "kind": k, "text": t, "start_char": i,
          "end_char": i + len(t), "norm": n, "role": r, "affiliation": a, "country": c}
         for i, (d, k, t, n, r, a, c) in enumerate(rows)],
        columns=list(MENTION_COLUMNS),
    )
    articles = pd.DataFrame({"doc_id": ["a", "b", "c"], "text": ["", "", ""]})
    actors = extract_actors(articles, mentions)
    assert tuple(actors.columns) == ACTOR_COLUMNS
    assert [tuple(None if pd.isna(v) else v for v in row)
            for row in actors.itertuples(index=False)] == [
        ("a", "Russia", "country", None, None, 1),
        ("a", "Sergey Lavrov", "person", "Foreign Minister; negotiator", "Russia", 2),
        ("b", "United Arab Emirates", "country", None, None, 2),  # the ministry names it too
        ("b", "United Arab Emirates Ministry of Foreign Affairs", "organisation", None,
         "United Arab Emirates", 2),
    ]
    assert extract_actors(articles, mentions.iloc[:0]).empty


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoys of the Democratic Republic of Congo arrived.",
         [("country", "Democratic Republic of Congo", "COD")]),
        ("The treaty was signed at the State Department on Friday.",
         [("organisation", "State Department", "US State Department")]),
        ("The offer was fair, said Lena Moravec of the Regional Policy Institute.",
         [("person", "Lena Moravec", "Lena Moravec"),
          ("organisation", "Regional Policy Institute", "Regional Policy Institute")]),
        ("Diplomats said the talks would go on.", []),
        ("Mediators told the sides to stay.", []),
    ],
    ids=["drc-long-name", "org-before-weekday", "person-of-org", "plural-noun-said",
         "plural-noun-told"],
)
def test_names_in_other_negotiations(text, expected):
    assert _kinds(text) == expected


def test_two_titled_people_joined_by_and():
    text = ("The President of the Republic of Kenya Amara Odhiambo and Prime Minister of the "
            "Republic of Ghana Kwame Mensah met in Nairobi.")
    people = [(m["norm"], m["role"], m["affiliation"]) for m in find_mentions(text)
              if m["kind"] == "person"]
    assert people == [
        ("Amara Odhiambo", "President of the Republic of Kenya", "KEN"),
        ("Kwame Mensah", "Prime Minister of the Republic of Ghana", "GHA"),
    ]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Malaysian Prime Minister Anwar Rahman hosted the talks. Later Anwar told reporters "
         "the truce would hold.",
         [("Anwar Rahman", "Anwar Rahman"), ("Anwar", "Anwar Rahman")]),
        ("Qatar's Prime Minister Sheikh Tamim bin Saad Al Kuwari said so. Sheikh Tamim told "
         "a news conference the deal was done.",
         [("Tamim bin Saad Al Kuwari", "Tamim bin Saad Al Kuwari"),
          ("Tamim", "Tamim bin Saad Al Kuwari")]),
        ("President Pavel Orlov met Pavel Dorin. Dorin said little.",
         [("Pavel Orlov", "Pavel Orlov"), ("Pavel Dorin", "Pavel Dorin"),
          ("Dorin", "Pavel Dorin")]),
    ],
    ids=["given-name-alone", "sheikh-given-name", "given-name-starting-another-name"],
)
def test_given_name_alone_links_to_the_full_name(text, expected):
    people = [(m["text"], m["norm"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert people == expected


def test_a_country_code_is_no_stop_word_in_a_name():
    text = "Cambodian Prime Minister Hun Manet arrived. Hun Manet said the US agreed."
    assert [(m["text"], m["norm"]) for m in find_mentions(text) if m["kind"] == "person"] == [
        ("Hun Manet", "Hun Manet"), ("Hun Manet", "Hun Manet")]


@pytest.mark.parametrize(
    "text, expected",
    [
        # an armed group is named by the initials news reads as its name ("the ELN")
        ("The National Liberation Army (ELN) signed. The ELN said it would comply.",
         [("organisation", "National Liberation Army", "ELN"),
          ("organisation", "ELN", "ELN"),
          ("organisation", "ELN", "ELN")]),
        ("The IAEA said its inspectors were ready.",
         [("organisation", "IAEA", "International Atomic Energy Agency")]),
        ("The UN Security Council met. Later the United Nations Security Council voted.",
         [("organisation", "UN Security Council", "UN Security Council"),
          ("organisation", "United Nations Security Council", "UN Security Council")]),
        ("The National reported the talks.", [("media", "The National", "The National")]),
    ],
    ids=["outlet-name-inside-a-longer-name", "acronym-alone", "not-an-acronym",
         "outlet-alone"],
)
def test_acronyms_and_overlapping_lexicon_names(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Democratic Republic of Congo and Rwanda signed. Fighting in eastern Congo went on.",
         [("country", "Democratic Republic of Congo", "COD"), ("country", "Rwanda", "RWA"),
          ("country", "Congo", "COD")]),
        ("The Republic of the Congo hosted the talks. Congo said so.",
         [("country", "Republic of the Congo", "COG"), ("country", "Congo", "COG")]),
        ("Fighting in Congo went on.", [("country", "Congo", "COG")]),
    ],
    ids=["drc-named-in-full", "republic-named-in-full", "neither-named"],
)
def test_a_shared_short_name_follows_the_full_name(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("According to El Tiempo, the sides did not agree.",
         [("media", "El Tiempo", "El Tiempo")]),
        ("The Bangkok Post reported the truce.",
         [("media", "Bangkok Post", "Bangkok Post")]),
        ("Radio Okapi said the rebels had left.", [("media", "Radio Okapi", "Radio Okapi")]),
        ("The APA news agency reported the truce.",
         [("media", "APA news agency", "APA")]),
    ],
    ids=["latin-america", "asia", "africa", "descriptor-no-part-of-the-name"],
)
def test_outlets_beyond_europe(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Donald Trump's incoming envoy Steve Witkoff attended the talks.",
         [("Donald Trump", None), ("Steve Witkoff", "incoming envoy")]),
        ("Saudi Arabia's Foreign Minister Faisal bin Farhan spoke.",
         [("Faisal bin Farhan", "Foreign Minister")]),
        ("The envoys, Minister Jorun Vell and Peru's Ilan Tosk, arrived late.",
         [("Jorun Vell", "Minister"), ("Ilan Tosk", None)]),
    ],
    ids=["name-owns-a-title", "country-owns-a-title", "country-owns-a-name"],
)
def test_a_full_name_that_owns_a_title_is_a_person(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == (
        expected)


def test_a_title_before_a_name_ending_in_a_country_names_no_person():
    text = "A spokesman for the Alliance Fleuve Congo said the group would go on."
    assert [m["kind"] for m in find_mentions(text)] == ["country"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("WASHINGTON, June 27 (AFP) - The ministers met.",
         [("place", "WASHINGTON", "Washington"), ("media", "AFP", "AFP")]),
        ("DOHA (Reuters) - The sides met.",
         [("place", "DOHA", "Doha"), ("media", "Reuters", "Reuters")]),
        ("MOSCOW said no.", [("country", "MOSCOW", "RUS")]),
    ],
    ids=["dateline-with-date", "dateline-with-agency", "capitals-not-a-dateline"],
)
def test_a_dateline_capital_is_a_place(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The truce is verified by the United Nations and the Catholic Church.",
         [("organisation", "United Nations", "United Nations"),
          ("organisation", "Catholic Church", "Catholic Church")]),
        ("The Bank of England and the Council of Europe met.",
         [("organisation", "Bank of England", "Bank of England"),
          ("organisation", "Council of Europe", "Council of Europe")]),
    ],
    ids=["un-and-church", "two-heads-of-phrases"],
)
def test_two_bodies_joined_by_and_the_are_two(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("High Representative for Foreign Affairs and Security Policy Lena Moravec spoke.",
         ("Lena Moravec",)),
        ("The Ministry of Trade and Industry said the duties would go.", ()),
        ("Minister of Water Resources and Irrigation Karim Haddad said the dam was discussed.",
         ("Karim Haddad",)),
    ],
    ids=["policy-before-name", "industry-said", "irrigation-before-name"],
)
def test_the_last_word_of_a_title_is_no_name(text, expected):
    people = tuple(m["norm"] for m in find_mentions(text) if m["kind"] == "person")
    assert people == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Unity Platform of Chile signed the memorandum.",
         [("organisation", "Unity Platform of Chile", "Unity Platform of Chile")]),
        ("The Democratic Bloc said the talks would resume.",
         [("organisation", "Democratic Bloc", "Democratic Bloc")]),
        ("The platform was agreed.", []),
    ],
    ids=["platform-of", "bloc", "lowercase-platform"],
)
def test_opposition_platforms_and_blocs_are_organisations(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The facilitator, Lena Moravec, said the parties had shown goodwill.",
         [("person", "Lena Moravec", "facilitator")]),
        ("Chief facilitator Lena Moravec opened the session.",
         [("person", "Lena Moravec", "Chief facilitator")]),
    ],
    ids=["facilitator-apposition", "chief-facilitator"],
)
def test_a_facilitator_is_a_titled_person(text, expected):
    assert [(m["kind"], m["norm"], m["role"]) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Talks with Türkiye resumed.", [("Türkiye", "TUR")]),
        ("Talks with Turkiye resumed.", [("Turkiye", "TUR")]),
        ("TALKS WITH TÜRKIYE RESUMED.", [("TÜRKIYE", "TUR")]),
        ("TALKS WITH TURKIYE RESUMED.", [("TURKIYE", "TUR")]),
        ("Envoys Of The United Arab Emirates Arrive",
         [("United Arab Emirates", "ARE"), ("Emirates", "ARE")]),
        ("United arab emirates envoys arrived.", [("United arab emirates", "ARE")]),
        ("Talks in ABU DHABI ended.", [("ABU DHABI", "Abu Dhabi")]),
        ("See state.gov or U.S.gov for details; U.S. envoys came.", [("U.S.", "USA")]),
    ],
    ids=["as-written", "no-accents", "capitals", "capitals-no-accents", "title-case",
         "first-capital-only", "place-in-capitals", "code-before-dot-word"],
)
def test_scan_gazetteer_reads_the_ways_news_writes_a_name(text, expected):
    from analysis.tagging import _scan_gazetteer

    assert [(text[s:e], entry.norm) for s, e, entry in _scan_gazetteer(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tass and TASS reported.", [("Tass", "TASS"), ("TASS", "TASS")]),
        ("The National Liberation Army met.",
         [("The National", "The National"), ("National Liberation Army", "ELN")]),
        ("Saudi Arabia and the Arabian Sea.",
         [("Saudi Arabia", "SAU"), ("Arabian Sea", "Arabian Sea")]),
        ("RussiaUkraine, pro-Russia, _Ukraine and Ukraine.", [("Ukraine", "UKR")]),
        ("Russia", [("Russia", "RUS")]),
        ("EU.Russia and EU. Russia", [("EU", "European Union"), ("Russia", "RUS")]),
    ],
    ids=["code-also-a-name-once", "name-inside-a-name", "no-name-inside", "inside-words",
         "whole-text", "code-before-dot-letter"],
)
def test_scan_gazetteer_gives_each_match_once_in_text_order(text, expected):
    from analysis.tagging import _scan_gazetteer

    got = [(text[s:e], entry.norm) for s, e, entry in _scan_gazetteer(text)]
    assert got == expected



@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Five years ago, Donald Trump and Kim Jong Un shook hands.",
         [("person", "Donald Trump"), ("person", "Kim Jong Un")]),
        ("Last month Ilham Aliyev met the new leader.", [("person", "Ilham Aliyev")]),
        ("Ana Petrova and Ivan Horvat signed the protocol.",
         [("person", "Ana Petrova"), ("person", "Ivan Horvat")]),
        ("The White House and the Kremlin met.",
         [("organisation", "White House"), ("organisation", "Kremlin")]),
        ("Saudi Arabia and Russia signed a deal.", [("country", "Saudi Arabia"), ("country", "Russia")]),
        ("Hamas and Israel signed the accord.", [("organisation", "Hamas"), ("country", "Israel")]),
    ],
    ids=["pair-shook-hands", "one-met", "pair-signed", "bodies-met", "states-signed", "one-word-name"],
)
def test_untitled_full_names_that_meet_or_sign_are_people(text, expected):
    assert [(m["kind"], m["text"]) for m in find_mentions(text)
            if m["kind"] != "place"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The European Union and African Union met.", ["European Union", "African Union"]),
        ("The European Union and the African Union met.", ["European Union", "African Union"]),
        ("The Truth and Reconciliation Commission met.", ["Truth and Reconciliation Commission"]),
        ("The Bill and Melinda Gates Foundation paid.", ["Bill and Melinda Gates Foundation"]),
    ],
    ids=["head-and", "and-the", "and-inside-name", "and-before-head"],
)
def test_two_bodies_joined_by_and_are_two_organisations(text, expected):
    assert [m["text"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khawaja Asif told Geo News that nothing had changed.",
         [("person", "Khawaja Asif"), ("media", "Geo News")]),
        ("The Philippine News Agency reported the meeting.", [("media", "Philippine News Agency")]),
        ("The Zelnik Media Corporation (ZMC) said.", [("media", "Zelnik Media Corporation")]),
        ("Traders said losses were mounting.", []),
        ("Prices rose. Traders said losses were mounting.", []),
        ("Officials, and the Europeans, said no.", []),
        ("Fidan said the talks would go on.", [("person", "Fidan")]),
        ("Debate on the Maritime Zones Act, Senate President Francis Escudero said.",
         [("person", "Francis Escudero")]),
        ('"It is late," said Hiwot Alemu, a researcher at the Horn Institute for Strategic Studies.',
         [("person", "Hiwot Alemu"), ("organisation", "Horn Institute for Strategic Studies")]),
        ("said Lena Morgen, an analyst at the Berlin-based Centre for Middle East Policy.",
         [("person", "Lena Morgen"), ("organisation", "Centre for Middle East Policy")]),
        ("The OSCE and CARICOM sent observers; UNFICYP patrols the buffer zone.",
         [("organisation", "OSCE"), ("organisation", "CARICOM"),
          ("organisation", "UNFICYP")]),
    ],
    ids=["told-outlet", "news-agency", "media-corporation", "plural-noun-said",
         "plural-noun-after-stop", "the-plural", "lone-surname", "law-is-no-person",
         "researcher-at-institute", "x-based-centre", "regional-bodies-and-missions"],
)
def test_outlets_experts_and_bodies_beyond_the_lexicon(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["kind"] in ("person", "media", "organisation")] == expected


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Mr. Hong Liang said the talks went well.", None),
        ("Shri Gourangalal Das led the delegation.", None),
        ("Director General Hong Liang said the talks went well.", "Director General"),
    ],
    ids=["mr", "shri", "real-title"],
)
def test_an_honorific_gives_no_role(text, role):
    person = next(m for m in find_mentions(text) if m["kind"] == "person")
    assert person["role"] == role


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Sweden raised the case of two of its nationals, Ana Petrova and Ivan Horvat, held abroad.",
         ["Ana Petrova", "Ivan Horvat"]),
        ("The hostages Lea Moreau and Omar Haddad were freed.", ["Lea Moreau", "Omar Haddad"]),
        ("The prisoners were freed on Monday.", []),
    ],
    ids=["nationals", "hostages", "no-names"],
)
def test_people_named_after_a_plural_noun(text, people):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == people


def _people(text: str) -> set[str]:
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    return set(actors.loc[actors["kind"] == "person", "name"])


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deputy Prime Minister Arman Petrosyan led the delegation. \"It will take time,\" said "
         "Karen Petrosyan, head of a think tank.", {"Arman Petrosyan", "Karen Petrosyan"}),
        ("President Recep Tayyip Erdogan spoke first. Tayyip Erdogan later left.",
         {"Recep Tayyip Erdogan"}),
    ],
    ids=["two-people-one-surname", "one-person-fewer-given-names"],
)
def test_people_sharing_a_surname_stay_apart_when_given_names_differ(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The sides met in Rome.\n\n(Reporting by Lena Moravec; Editing by Tom Hale)",
         {"Lena Moravec", "Tom Hale"}),
        ("By Ana Pires and Jorge Lino, Daily Courier\n\nThe sides met in Rome.",
         {"Ana Pires", "Jorge Lino"}),
        ("The sides met in Rome, according to officials.", set()),
    ],
    ids=["reporting-and-editing-by", "by-two-names", "no-byline"],
)
def test_journalists_of_a_byline_are_people_but_no_parties(text, expected):
    articles, sentences = _frame({"d": text})
    mentions = tag_articles(articles, sentences)
    people = mentions[mentions["kind"] == "person"]
    assert set(people["norm"]) == expected
    assert set(people["role"]) <= {"byline"}
    # (the actors are the parties the text tells of, not the people it credits)
    assert _people(text) == set()


def test_an_organisation_name_may_end_in_a_plural_policy_noun():
    assert ("organisation", "Bureau for Reintegration Policies",
            "Bureau for Reintegration Policies") in _kinds(
        "The Bureau for Reintegration Policies said the sides had met.")


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chief Cabinet Secretary SUZUKI Ichiro met Mr. PARK Min-jun, the envoy of Norland. "
         "Secretary SUZUKI said more.",
         [("person", "SUZUKI Ichiro", "Suzuki Ichiro"), ("person", "PARK Min-jun", "Park Min-jun"),
          ("person", "SUZUKI", "Suzuki Ichiro")]),
        ("Foreign Minister NATO said it.", [("organisation", "NATO", "NATO")]),
    ],
    ids=["surname-in-capitals-then-alone", "an-acronym-after-a-title-is-no-surname"],
)
def test_a_surname_in_capitals_is_a_person(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zelnik Observer reported the truce.",
         [("media", "Zelnik Observer", "Zelnik Observer")]),
        ("Jan Novak, the Permanent Observer of Norland, spoke.",
         [("person", "Jan Novak", "Jan Novak")]),
        ("The talks ended.\n\nPress Office\nMinistry of Foreign Affairs",
         [("organisation", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs")]),
        ("He told public broadcaster NRK on Friday that it was over.",
         [("media", "NRK", "NRK")]),
        ("He told the newspaper Dagbladet that it was over.",
         [("media", "Dagbladet", "Dagbladet")]),
        ("He told state television on Monday that it was over.", []),
        ("The talks were chaired by Ambassador Ma. Lourdes Santos.",
         [("person", "Ma. Lourdes Santos", "Ma. Lourdes Santos")]),
    ],
    ids=["an-observer-is-an-outlet", "a-permanent-observer-is-a-title",
         "a-name-ends-with-its-line", "a-broadcaster-by-its-name", "a-newspaper-by-its-name",
         "a-day-is-no-outlet", "a-given-name-written-short"],
)
def test_outlets_titles_and_names_on_lines(text, expected):
    assert _kinds(text) == expected


def test_an_outlet_code_stops_no_given_name():
    # "WAFA" and "MENA" are agencies matched by case; "Wafa" and "Mena" are given names.
    text = "Wafa Ahmed said the talks, reported by WAFA, went well. Mena Saleh, a senator, agreed."
    assert _kinds(text) == [("person", "Wafa Ahmed", "Wafa Ahmed"), ("media", "WAFA", "WAFA"),
                            ("person", "Mena Saleh", "Mena Saleh")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The National Salvation Front rejected the offer.",
         [("organisation", "National Salvation Front", "National Salvation Front")]),
        ("The Central Electoral Commission said the vote was valid.",
         [("organisation", "Central Electoral Commission", "Central Electoral Commission")]),
        ("The Major Regional Forum opened on Monday.", []),
        ("Delegates gathered at the Lakeside International Conference Centre.", []),
        ("The envoy briefed the UN Secretary-General on the talks.",
         [("organisation", "UN Secretary-General", "United Nations")]),
        ("Minsk wants the sanctions lifted, which Brussels has ruled out.",
         [("country", "Minsk", "BLR"), ("place", "Brussels", "Brussels")]),
        ("LUSAKA - The envoys met on Monday.", [("place", "LUSAKA", "Lusaka")]),
    ],
    ids=["national-opens-a-name", "central-opens-a-name", "a-forum-is-no-person",
         "a-conference-centre-is-a-building", "the-secretary-general-is-of-the-un",
         "brussels-is-no-belgian-voice", "a-dateline-closed-by-a-dash"],
)
def test_names_that_open_or_end_like_titles(text, expected):
    assert _kinds(text) == expected


def test_a_ministry_named_by_its_state_names_the_state():
    articles, sentences = _frame({"d": "Norway's foreign ministry welcomed the talks."})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert set(zip(actors["name"], actors["kind"], strict=True)) == {
        ("Norway", "country"), ("Norway foreign ministry", "organisation")}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The deputy minister for foreign affairs, Ana de la Cruz Ortiz, attended.",
         [("person", "Ana de la Cruz Ortiz", "deputy minister for foreign affairs")]),
        ("The guards freed opposition figure Ivan Marek on Sunday.",
         [("person", "Ivan Marek", "opposition figure")]),
        ("The absentee is Tomas Ruiz, the former presidential candidate.",
         [("person", "Tomas Ruiz", "former presidential candidate")]),
        ("The envoy left after meeting Petra Novakova in the capital.",
         [("person", "Petra Novakova", None)]),
    ],
    ids=["two-particles-and-a-lower-case-domain", "opposition-figure", "candidate",
         "met-a-full-name"],
)
def test_more_people_by_title_or_meeting(text, expected):
    assert [(m["kind"], m["norm"], m["role"]) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("\"We agree,\" Zelva leader Jan Roe told reporters.",
         [("organisation", "Zelva"), ("person", "Jan Roe")]),
        ("Zelva's secretary-general, Jan Roe, disagreed.",
         [("organisation", "Zelva"), ("person", "Jan Roe")]),
        ("His new party, Nova, was registered in May.", [("organisation", "Nova")]),
        ("The count comes from rights group Zelva.", [("organisation", "Zelva")]),
        ("He is a senior figure in the Zelva party.", [("organisation", "Zelva")]),
        ("Opposition leader Jan Roe said so.", [("person", "Jan Roe")]),
    ],
    ids=["name-leader-person", "name-owns-a-title", "party-comma-name", "rights-group-name",
         "the-name-party", "a-sentence-opening-word-is-no-name"],
)
def test_organisations_read_from_the_words_around_them(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Deputy Prime Minister and Minister of Foreign Affairs Dr. Karim Nabil al-Sayed and "
         "Minister of Water Resources Eng. Omar Tariq al-Rawi co-chaired the meeting.",
         [("Karim Nabil al-Sayed", "Deputy Prime Minister and Minister of Foreign Affairs"),
          ("Omar Tariq al-Rawi", "Minister of Water Resources")]),
        ("Prime Minister and Minister of Foreign Affairs Sheikh Faisal bin Khalid bin Nasser "
         "Al-Harbi welcomed the guests.",
         [("Faisal bin Khalid bin Nasser Al-Harbi",
           "Prime Minister and Minister of Foreign Affairs")]),
        ("Prime Minister Datuk Seri Anwar Hamid met the envoys.",
         [("Anwar Hamid", "Prime Minister")]),
        ("He called the Foreign Minister of Malaysia, Dato' Seri Ahmad Zaki Yusof, on Monday.",
         [("Ahmad Zaki Yusof", "Foreign Minister of Malaysia")]),
    ],
    ids=["doctor-and-engineer", "sheikh", "datuk-seri", "dato-seri-with-its-apostrophe"],
)
def test_an_honorific_or_style_between_title_and_name_is_neither(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy conveyed the greetings of King Fahd bin Salim Al Nuri and Prince Zayed bin "
         "Fahd Al Nuri, Crown Prince. Undersecretary Dr. Sheikh Rashid bin Ali Al Nuri attended.",
         ["Fahd bin Salim Al Nuri", "Zayed bin Fahd Al Nuri", "Rashid bin Ali Al Nuri"]),
        ("Prime Minister Sheikh Faisal bin Khalid Al-Harbi spoke. Minister of State Dr. Faisal "
         "bin Omar Al Dosari listened.",
         ["Faisal bin Khalid Al-Harbi", "Faisal bin Omar Al Dosari"]),
    ],
    ids=["father-and-son-share-a-family-name", "a-given-name-before-bin-starts-a-name"],
)
def test_a_name_that_goes_on_with_the_fathers_is_its_own_person(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zelvan-Norlandic Joint Higher Committee met. The Joint Higher Committee will meet "
         "again.",
         ["Zelvan-Norlandic Joint Higher Committee"] * 2),
        ("The Zelvan Joint Commission on Water met. The Joint Commission agreed.",
         ["Zelvan Joint Commission on Water"] * 2),
        ("The Zelvan Border Commission and the Norlandic Border Commission met; the Border "
         "Commission agreed.",
         ["Zelvan Border Commission", "Norlandic Border Commission", "Border Commission"]),
    ],
    ids=["short-name", "short-name-before-a-complement", "two-longer-names"],
)
def test_a_body_written_short_takes_the_longer_name_of_the_text(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("said Lena Holm, a professor at the Norland National Diplomatic Academy.",
         [("person", "Lena Holm"), ("organisation", "Norland National Diplomatic Academy")]),
        ("said Ama Owusu, a lecturer at Zelnik State University.",
         [("person", "Ama Owusu"), ("organisation", "Zelnik State University")]),
        ("The Joint Monitoring Body (JMB) met in the capital.",
         [("organisation", "Joint Monitoring Body")]),
        ("The Joint Protection Force (JPF) will secure the polls.",
         [("organisation", "Joint Protection Force")]),
        ("They reviewed the Framework Agreement on Cooperation in the Water Sector signed in "
         "2024.", []),
        ("The EU Advisory Mission in Iraq met officials of the US Embassy in Kyiv.",
         [("organisation", "EU Advisory Mission in Iraq"), ("organisation", "US Embassy")]),
        ("Zelva Unity and the ZDP party rejected the text.", [("organisation", "ZDP")]),
    ],
    ids=["academy", "university", "body", "force", "the-sector-signed-is-no-person",
         "mission-in-a-country", "the-acronym-party"],
)
def test_bodies_named_by_their_head_word(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["kind"] in ("person", "organisation")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks were held in Kokopo, East New Britain, and later in New Mexico.", []),
        ("They prepared the third Doha meeting of special envoys. Kyiv talks tough.",
         [("Kyiv", "UKR")]),
        ("The Berlin process stalled, and the Minsk agreements never held.", []),
        ("Both sides cited the Ottawa Convention and the Lisbon Treaty.", []),
    ],
    ids=["new-and-a-country-is-a-place", "a-capital-naming-a-meeting",
         "a-capital-naming-a-process", "a-capital-naming-a-treaty"],
)
def test_no_country_from_a_place_or_a_process_named_after_it(text, expected):
    assert [(m["text"], m["norm"]) for m in find_mentions(text) if m["kind"] == "country"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A UN spokesperson, Sofia Marchetti, gave the date. Marchetti added more.",
         [("person", "Sofia Marchetti"), ("person", "Sofia Marchetti")]),
        ("The talks in Sofia ended. Lima said no.", [("place", "Sofia"), ("country", "PER")]),
    ],
    ids=["a-capital-as-a-given-name", "a-capital-alone"],
)
def test_a_place_before_a_surname_is_a_given_name(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["kind"] in ("person", "place", "country")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Regional Border Committees (RBC) will meet. The RBC chair agreed.", []),
        ("The Islamic Republic News Agency (IRNA) said so. IRNA added more.",
         [("IRNA", "Islamic Republic News Agency")] * 2),
        ("The talks ended, RBC reported.", [("RBC", "RBC")]),
    ],
    ids=["initials-the-text-defines", "initials-of-a-known-outlet", "an-outlet-undefined"],
)
def test_initials_a_text_defines_are_no_outlet(text, expected):
    assert [(m["text"], m["norm"]) for m in find_mentions(text)
            if m["kind"] == "media" and m["text"].isupper()] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Islamic Republic News Agency (IRNA) said so. IRNA added more.",
         ["Islamic Republic News Agency"] * 3),
        ("Xinhua News Agency asked a question. Xinhua reported it.",
         ["Xinhua News Agency"] * 2),
        ("Reuters reported it.", ["Reuters"]),
    ],
    ids=["acronym-spelled-out", "short-name-spelled-out", "as-listed"],
)
def test_an_outlet_takes_the_longest_name_the_text_gives_it(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "media"] == expected


def test_a_ministry_named_by_its_domain_is_the_one_named_in_full():
    articles, sentences = _frame({"d": "According to the Ministry of National Defense, the sides "
                                       "agreed. The North refused, the defence ministry said."})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    row = actors[actors["kind"] == "organisation"]
    assert list(zip(row["name"], row["n_mentions"], strict=True)) == [
        ("Ministry of National Defense", 2)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The panel: ex-PMs Ana Lopes (Ghana), Ben Carter (Kenya), Carl Dunn (Malawi).",
         [("Ana Lopes", None), ("Ben Carter", None), ("Carl Dunn", None)]),
        ("OAS SG Jane Roe observed; PM Tom Vale said so.",
         [("Jane Roe", "SG"), ("Tom Vale", "PM")]),
        ("Talks resumed at 3 pm Laura Diaz told reporters.", [("Laura Diaz", None)]),
    ],
    ids=["a-list-after-a-plural-title", "titles-in-capitals", "a-time-is-no-title"],
)
def test_people_in_lists_and_after_short_titles(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The UN Assistance Mission for Iraq (UNAMI) met; UNSMIL and the UN Population Fund "
         "helped, with UNDP.",
         ["UNAMI"] * 2 + ["UNSMIL", "United Nations Population Fund",
            "United Nations Development Programme"]),
        ("The State Dept. said it welcomed the deal.", ["US State Department"]),
    ],
    ids=["un-missions-and-agencies", "dept"],
)
def test_field_wide_bodies(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On second day, the correspondent of Zelnik Weekly was told so.", ["Zelnik Weekly"]),
        ("KABUL, May 2 (BNA) - The sides met, Khovar and Kabar reported, citing the QNA.",
         ["Bahrain News Agency", "Khovar", "Kabar", "Qatar News Agency"]),
    ],
    ids=["weekly", "state-news-agencies"],
)
def test_outlets_of_the_field(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "media"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The team was led by Hon. Ana Lopes (MP), Minister for Trade and East Asian "
         "Integration. The talks went on.", ["Ana Lopes"]),
        ("For the Government of Ghana\nHon. Ana Lopes\nMinister of Foreign Affairs\n\n"
         "Witnessed by\nH.E. Ben Carter", ["Ana Lopes", "Ben Carter"]),
        ('"It matters," said Carl Dunn, a water-security analyst in Accra.', ["Carl Dunn"]),
        ("The press secretary of the President of the RF Ivan Petrov declined to comment.",
         ["Ivan Petrov"]),
        ("Last year he held negotiations with Ana Lopes, the first such contact.", ["Ana Lopes"]),
        ("The court appointed the Swiss engineer Marc Duval as neutral expert.", ["Marc Duval"]),
        ("Those freed include Ivan Petrov, a businessman convicted in 2024.", ["Ivan Petrov"]),
    ],
    ids=["a-word-cut-from-a-title-is-no-name", "a-title-and-a-word-lines-apart",
         "said-a-name-before-its-apposition", "a-title-with-an-acronym-complement",
         "negotiations-with", "a-profession", "a-profession-after-the-name"],
)
def test_people_after_calqued_titles_professions_and_in_signature_blocks(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("By Jane Roe in Lagos and Tom Vale in Accra\n\nThe talks began.",
         [("person", "Jane Roe"), ("person", "Tom Vale")]),
        ("By JANE ROE\n\nThe talks began.", [("person", "Jane Roe")]),
        ("QUESTION (Ana Lopes, Zelnik TV): Will you meet him?\n\nMINISTER: No.",
         [("person", "Ana Lopes"), ("media", "Zelnik TV")]),
        ("The minister told ZNN that the talks were over.", [("media", "ZNN")]),
        ("The envoy told Zelnikov on Tuesday that the offer stood.", []),
        ("The talks stalled, according to ZTV.", [("media", "ZTV")]),
        ("Ana Lopes said the talks were over. Later the envoy told Lopes that it was so.",
         [("person", "Ana Lopes"), ("person", "Ana Lopes")]),
        ("The minister told Parliament that it was over.", []),
        ("Chaponda told The Sentinel newspaper on Friday that it was over.",
         [("person", "Chaponda"), ("media", "Sentinel")]),
        ("The Zelnik daily reported it; the Russian daily did not.", [("media", "Zelnik")]),
        ("He told the Zelnian news agency Vesti Zelnii so.", [("media", "Vesti Zelnii")]),
    ],
    ids=["byline-with-places", "byline-in-capitals", "transcript-question", "told-an-acronym",
         "told-a-leader-by-surname",
         "according-to-an-acronym", "told-a-surname-named-before", "told-a-body",
         "name-then-newspaper", "name-then-daily-not-a-demonym", "descriptor-before-the-name"],
)
def test_journalists_and_the_outlets_they_speak_for(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["kind"] in ("person", "media")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Danish vessels were seized. The Swiss engineer agreed.", []),
        ("The Danish government protested. Former Kenyan President Tom Vale mediated.",
         ["Denmark"]),
        ("The Tanzanians accepted it. Saudi and Omani officials met. Palestinian prisoners "
         "were freed.", ["Tanzania", "Saudi Arabia", "Oman"]),
        ("The talks were chaired by a former President of the Republic of Mozambique.", []),
        ("The President of the Republic of Mozambique chaired the talks.", ["Mozambique"]),
        ("Ministers met in Luxembourg on Monday.", []),
        ("Luxembourg vetoed the plan.", ["Luxembourg"]),
        ("The envoy will travel to Riyadh and Muscat next week.", []),
        ("The Ministry of Foreign Affairs of the RF said so.", ["Russia"]),
        ("The Government of the Republic of Malawi and the Government of the United Republic of "
         "Tanzania agreed.", ["Malawi", "Tanzania"]),
    ],
    ids=["demonyms-that-describe", "a-state-body-not-a-former-office", "demonyms-that-act",
         "a-former-office", "an-office", "a-city-state-as-venue", "a-city-state-acting",
         "a-capital-listed-after-a-location", "rf", "a-government-is-its-state"],
)
def test_countries_that_act_not_those_that_describe(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors.loc[actors["kind"] == "country", "name"].tolist() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("said Ama Owusu, a political scientist at the University of Ghana.",
         ["University of Ghana"]),
        ("EU foreign ministers meet at the Foreign Affairs Council in Brussels.",
         ["European Union", "Foreign Affairs Council"]),
        ("Officials of the IGAD Secretariat joined the AU High-Level Implementation Team.",
         ["IGAD", "IGAD Secretariat", "African Union",
          "AU High-Level Implementation Team"]),
        ("The swap was arranged by MIT and the BND, officials said.",
         ["National Intelligence Organization", "Federal Intelligence Service"]),
        ("The FCDO said the talks had ended.",
         ["Foreign, Commonwealth and Development Office"]),
        # several states call their foreign ministry so: the text's name, no one state's
        ("The Foreign Office said the talks had ended.", ["Foreign Office"]),
        ("The Department for Trade, Fisheries and Rural Affairs said the talks had ended.",
         ["Department for Trade, Fisheries and Rural Affairs"]),
        ("Officials of the U.N. Mission in the Lisk Valley and the Zelva Office in the "
         "Border Zone met.",
         ["United Nations", "U.N. Mission in the Lisk Valley", "Zelva Office in the Border Zone"]),
    ],
    ids=["an-institution-of-a-country", "a-domain-word-opens-a-name",
         "a-body-of-an-organisation-names-both", "intelligence-services",
         "an-office-by-its-official-name", "a-foreign-office-of-no-one-state",
         "a-list-of-domains-in-a-name", "initials-with-stops-and-a-zone"],
)
def test_bodies_of_states_and_organisations(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors.loc[actors["kind"] == "organisation", "name"].tolist() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ivan Petrov, who heads the prisoner committee, spoke first.", ["Ivan Petrov"]),
        ("They did not agree on Ali Rahim, a senior figure in the Zelva party.", ["Ali Rahim"]),
        ("Opposition leader Sviatlana Petrouskaya thanked Lukashenko for freeing opposition "
         "figure Siarhei Petrouski.", ["Sviatlana Petrouskaya", "Siarhei Petrouski"]),
        ("Minister Dmitri Ivanov arrived. Dmitry Ivanov said it was over.",
         ["Dmitri Ivanov", "Dmitri Ivanov"]),
        ("Foreign Minister MOTEGI Taro met Mr. CHO Jin. Minister Cho said so.",
         ["Motegi Taro", "Cho Jin", "Cho Jin"]),
    ],
    ids=["who-heads", "a-senior-figure", "a-couple-of-one-family-name",
         "one-given-name-spelt-two-ways", "a-surname-first-then-alone"],
)
def test_people_told_apart_or_linked(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Sanctions on the national airline Zelair and the firm Ratio were eased.",
         ["Zelair", "Ratio"]),
        ("The company said on Monday that it would comply.", []),
    ],
    ids=["companies-by-descriptor", "a-descriptor-alone"],
)
def test_companies_named_by_a_descriptor(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("OPINION\n\nJohn Doe\n\nThe border commission met in Valmor.\n\nThe author is a "
         "professor at the University of Valmor.", {"John Doe"}),
        ("Key Points\n\nJohn Doe\n\nThe border commission met in Valmor.", set()),
    ],
    ids=["signed-by-a-name-line", "no-author-note"],
)
def test_the_name_line_that_signs_an_opinion_piece_is_a_person(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The head of the delegation, Mateo Ruiz Salcedo, spoke by phone. Ruiz said the "
         "parties agreed.", {"Mateo Ruiz Salcedo"}),
        ("The meeting brought together Nikos Andreou and two ministers. Andreou repeated that "
         "talks must resume.", {"Nikos Andreou"}),
        ("Yesterday Andreou said the talks were good.", {"Andreou"}),
        # a surname in -s that opens a sentence is no plural noun when written in full before
        ("The talks brought together Nikos Andreadis and two ministers. Andreadis said the "
         "talks must resume.", {"Nikos Andreadis"}),
    ],
    ids=["double-surname", "repeated-is-speech", "no-given-name", "a-surname-in-s"],
)
def test_a_one_word_name_is_the_full_name_written_before(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jan Roe, director of the Office for Trade and Industry, spoke.",
         "Office for Trade and Industry"),
        ("They discussed the Association of Coastal Municipalities.",
         "Association of Coastal Municipalities"),
        ("The Institute of Family Welfare will take the children.",
         "Institute of Family Welfare"),
        ("The Ministry of Defence and Russia agreed.", "Ministry of Defence"),
        ("The Ministry of Water Resources and Sanitation said the talks ended.",
         "Ministry of Water Resources"),
    ],
    ids=["and-in-the-complement", "association", "welfare-ends-a-name", "and-a-country",
         "and-a-word-that-ends-no-name"],
)
def test_organisation_names_with_two_nouns_in_their_complement(text, expected):
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("They met the Coastal Peace and Security Council in Zelva.",
         ["Coastal Peace and Security Council"]),
        ("Jan Roe teaches at the Northern University of Gaza City.",
         ["Northern University of Gaza City"]),
        ("Kenya's Ministry of Water and Energy issued a statement.",
         ["Ministry of Water and Energy"]),
    ],
    ids=["and-before-the-only-head", "of-a-known-city", "a-ministry-of-two-domains"],
)
def test_organisation_names_run_past_and_or_of(text, expected):
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("JANE ROE (anchor): Good evening.\n\nJOHN DOE (reporter): Thank you, Jane.",
         {"Jane Roe", "John Doe"}),
        ("Zelva's minister of trade and finance, Jan Roe, was firm.", {"Jan Roe"}),
        ("Ann Doe, a coastal policy researcher at the Zelva Institute, disagreed.",
         {"Ann Doe"}),
    ],
    ids=["transcript-speakers", "minister-of-two-domains", "lower-case-words-before-a-title"],
)
def test_people_named_by_speaker_lines_and_long_titles(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zelva Chamber of Commerce backs the deal.", ["Zelva Chamber of Commerce"]),
        ("The Global Water Facility would fund the work.", ["Global Water Facility"]),
        ("The Reef Justice Network issued a statement.", ["Reef Justice Network"]),
        ("The Northern Food Programme delivered aid.", ["Northern Food Programme"]),
        ("The minister addressed the Congress of Deputies.", ["Congress of Deputies"]),
        ("The Alliance of Coastal States met in Zelva.", ["Alliance of Coastal States"]),
        ("The Middle East Water Council met.", ["Middle East Water Council"]),
        ("The High Plains Coalition wants a cap.", ["High Plains Coalition"]),
        ("The Supreme Water Council met.", ["Supreme Water Council"]),
        ("The High Representative Office said so.", []),
    ],
    ids=["chamber-of-commerce", "facility", "network", "programme",
         "congress-of-deputies", "alliance-of-states", "region-opens-a-name", "title-word-opens-a-name", "supreme-opens-a-name",
         "title-word-before-a-title"],
)
def test_bodies_named_by_the_head_nouns_of_forums_funds_and_chambers(text, expected):
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates adopted it, according to the ZCC secretariat.",
         [("organisation", "ZCC secretariat")]),
        ("The SADC Secretariat will host the next round.",
         [("organisation", "SADC Secretariat")]),
    ],
    ids=["lower-case-head", "known-initials"],
)
def test_initials_and_a_secretariat_name_a_body_of_its_own(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A team of the Zelva Regional Government (ZRG) arrived. The ZRG said it was pleased.",
         ["Zelva Regional Government"] * 2),
        ("Copper goes to the State Organization for Marketing of Copper (SOMC). SOMC pays late.",
         ["State Organization for Marketing of Copper"] * 2),
        ("The Alliance of Coral Island States (AOCIS) wants more. AOCIS said so.",
         ["Alliance of Coral Island States"] * 2),
        ("They signed a Memorandum of Understanding (MOU) on water.", []),
    ],
    ids=["later-initials", "joining-words-skipped", "joining-word-counted", "no-head-noun"],
)
def test_a_body_the_text_gives_initials_is_named_in_full_by_them(text, expected):
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ZELVA CITY, Jan 15 (NWA) - The sides met.", [("media", "NWA")]),
        ("PORT ZELVA, Norland, March 17 (Coast Wire) — The sides met.",
         [("media", "Coast Wire")]),
        ("The talks (Round 3) - ended.", []),
        ("date 2026-01-05 Weekly notes\n\nZelva Monitor | Issue 12 | Sunday edition\nThe sides met.",
         [("media", "Zelva Monitor")]),
        ("date 2026-01-05 Notes\n\nZelNet | Interview | 17 March 2026\nThe sides met.",
         [("media", "ZelNet")]),
        ("date 2026-01-05 Notes\n\nLive updates | Norton | Last updated 10:05\nThe sides met.", []),
        ("Radio Zelva, English service. The sides met.", [("media", "Radio Zelva")]),
        ("NORTON (Correo del Norte, English edition) - The sides met.",
         [("media", "Correo del Norte")]),
    ],
    ids=["code", "name-after-country", "not-a-dateline", "masthead-issue", "masthead-date",
         "not-a-masthead", "language-service", "language-edition-in-a-dateline"],
)
def test_the_outlet_of_a_dateline_a_masthead_or_an_edition(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("media", "organisation")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Ann Doe, a fellow at the Zelva Institute, said it was a truce.",
         [("Ann Doe", "fellow at the Zelva Institute")]),
        ('"It is a truce," said Ann Doe, a fellow at the Coastal Energy Centre.',
         [("Ann Doe", "fellow at the Coastal Energy Centre")]),
        ("His fellow minister Jon Vale said it was a truce.", [("Jon Vale", "minister")]),
    ],
    ids=["fellow-before-verb", "fellow-after-said", "fellow-as-an-adjective"],
)
def test_a_fellow_of_an_institute_is_a_titled_person(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The treaty goes to the UK Parliament for ratification.",
         [("organisation", "UK Parliament")]),
        ("The US Congress must approve the deal.", [("organisation", "US Congress")]),
        ("We are in touch with the Royal Government of Lesotho.", [("country", "LSO")]),
        ("The Federal Government of Somalia said so.", [("country", "SOM")]),
        ("The Royal University of Phnom Penh hosted it.",
         [("organisation", "Royal University of Phnom Penh")]),
    ],
    ids=["a-legislature", "a-congress", "royal-government", "federal-government",
         "royal-institution"],
)
def test_a_legislature_is_a_body_and_a_states_formal_style_is_the_state(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("organisation", "country")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The team was led by Lt Gen Ann Doe, and the other by Brig Gen Jon Vale.",
         [("Ann Doe", "Lt Gen"), ("Jon Vale", "Brig Gen")]),
        ("Brigadier Ann Doe of the Zelva Defence Force said so.", [("Ann Doe", "Brigadier")]),
        ("Maj Gen Ann Doe and Lt Col Jon Vale met.", [("Ann Doe", "Maj Gen"), ("Jon Vale", "Lt Col")]),
    ],
    ids=["lt-gen-and-brig-gen", "brigadier", "maj-gen-and-lt-col"],
)
def test_military_ranks_written_short_without_periods(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The government of Ana Veltri and the rebels will sign a memorandum.", ["Ana Veltri"]),
        ("Envoys of the Government of Jon Vale and of the rebels will meet.", ["Jon Vale"]),
        ("The Government of Zelva Region will pay the wages.", []),
        ("The Government of National Unity will pay the wages.", []),
    ],
    ids=["government-of-a-leader", "capital-government", "a-region", "a-state-style"],
)
def test_the_leader_a_government_is_named_after_is_a_person(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks brought together Ana Veltri, Tomas Orlik and the ministers. They resumed "
         "after Orlik's election.", ["Tomas Orlik", "Tomas Orlik"]),
        ("Photo: Ana Veltri (left) with Tomas Orlik. Orlik's spokesman spoke later.",
         ["Tomas Orlik", "Tomas Orlik"]),
        ("The Joint Water Commission met. The Commission's work goes on.", []),
        ("Talks ended last Monday. Monday's session was long.", []),
    ],
    ids=["owner-of-an-election", "owner-of-a-spokesman", "a-body-owns", "a-day-owns"],
)
def test_a_surname_that_owns_something_finds_the_full_name(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jan Roe, a fellow at the Zelva Energy Forum in Norton, said it was a truce.",
         ["Zelva Energy Forum"]),
        ("The author is a senior fellow at the Reef Forum for Policy Studies.",
         ["Reef Forum for Policy Studies"]),
        ("For Ana Ruiz, researcher of the Fundación Zelva para la Paz, it is stalled.",
         ["Fundación Zelva para la Paz"]),
        ("Jan Roe, a fellow traveller of the Norton crowd, said so.", []),
    ],
    ids=["fellow-at-a-forum", "forum-for-studies", "romance-joiners", "no-body-named"],
)
def test_the_body_an_expert_works_at_is_an_organisation(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A source told Al-Zelva Press that the gap is big.", [("media", "Al-Zelva Press")]),
        ("The Zelva House Press Secretary said so.", []),
        ("The Zelva Press Office said so.", [("organisation", "Zelva Press Office")]),
    ],
    ids=["press-ends-an-outlet", "press-secretary-is-a-title", "press-office-is-a-body"],
)
def test_press_ends_an_outlets_name_not_a_title(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("media", "organisation")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("QUIET ROOM\nThe weekly negotiations newsletter - No. 12, Friday 6 March 2026\n\n"
         "A diplomat told Quiet Room that the talks went nowhere.",
         [("media", "Quiet Room", "Quiet Room")]),
        ("QUIET ROOM\nThe weekly negotiations newsletter - No. 12\n\nTalks ended on Thursday.",
         []),
        ("FLASH\n\nTalks ended on Thursday.", []),
        ("Our correspondent in Vellora says the mood in the hall was cool.", []),
    ],
    ids=["masthead-with-issue-line", "a-masthead-alone-is-no-actor",
         "a-caps-word-alone-is-no-outlet", "a-place-is-no-speaker"],
)
def test_outlets_told_under_their_masthead_and_places_before_a_speech_verb(text, expected):
    assert _kinds(text) == expected


def test_a_body_named_for_frontiers_and_limits_keeps_both_words():
    text = "The National Directorate of Frontiers and Limits approved the maps."
    assert _kinds(text) == [("organisation", "National Directorate of Frontiers and Limits",
                             "National Directorate of Frontiers and Limits")]


def test_a_name_after_a_long_title_and_a_rank_is_read_in_full():
    text = ("The Peruvian delegation was led by the President of the Peruvian Section of the "
            "Commission, Minister Plenipotentiary Ana Lucia Marvell.")
    assert [norm for kind, _, norm in _kinds(text) if kind == "person"] == ["Ana Lucia Marvell"]


def test_a_full_name_after_a_states_role_in_lower_case_is_a_person():
    text = ("Britain's lead official, Jane Rowley of the Home Office, said only that the talks "
            "had been constructive.")
    assert [norm for kind, _, norm in _kinds(text) if kind == "person"] == ["Jane Rowley"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Lakeford Heritage Trust said it would appeal.",
         [("organisation", "Lakeford Heritage Trust", "Lakeford Heritage Trust")]),
        ("Listeners told Radio Kalum Vert that the talks had failed.",
         [("media", "Radio Kalum Vert", "Radio Kalum Vert")]),
        ("LAKEFORD, March 13 (ZelWire) - Coastal states fishing cod ended talks.",
         [("media", "ZelWire", "ZelWire")]),
        ("Vale states that the talks failed.", [("person", "Vale", "Vale")]),
        ("The deal is to be signed by Federal President Jon Vale and Commission President Ana "
         "Kovac.", [("person", "Jon Vale", "Jon Vale"), ("person", "Ana Kovac", "Ana Kovac")]),
        ("The High Commission has published a short statement.",
         [("organisation", "High Commission", "High Commission")]),
        ("The State Commission on the delimitation of the border met.", []),
        ("They agreed a tariff of US$19.28 per kW, paid in Australian dollars.", []),
        ("The Federal Council opposes it. The Federal Government said no.",
         [("organisation", "Federal Council", "Federal Council")]),
    ],
    ids=["trust-heads-a-body", "radio-opens-an-outlet", "states-a-plural-noun",
         "states-that-is-speech", "title-and-body-title-are-two-people",
         "an-opener-and-a-head-name-a-body", "an-opener-and-a-head-described",
         "a-currency-is-no-state", "a-federal-body-is-no-state"],
)
def test_bodies_outlets_and_people_by_their_first_or_last_word(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Jon Vale met the envoy at the White House on 14 January.", [("Jon Vale", "person")]),
        ("The White House had no comment on the talks.", [("White House", "organisation")]),
        ("Jon Vale met the envoy in the Kremlin. The Kremlin said nothing.",
         [("Jon Vale", "person"), ("Kremlin", "organisation")]),
    ],
    ids=["at-the-seat-is-a-venue", "the-seat-speaks", "venue-and-speaker"],
)
def test_a_seat_of_government_named_only_as_a_venue_is_no_actor(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert list(zip(actors["name"], actors["kind"], strict=True)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelva Notebook | A weekly column by Jana Vellström\n\nI flew back.",
         [("person", "Jana Vellström", "Jana Vellström")]),
        ("(Reporting by Ana Kovac; additional reporting by Tor Eli Brann; Editing by Jo Roe)",
         [("person", "Ana Kovac", "Ana Kovac"), ("person", "Tor Eli Brann", "Tor Eli Brann"),
          ("person", "Jo Roe", "Jo Roe")]),
        ("By Ana Kovac, Lakeford Express correspondent\n\nAt the market.",
         [("person", "Ana Kovac", "Ana Kovac"), ("media", "Lakeford Express", "Lakeford Express")]),
        ("Interview by Jana Vell, Lakeford\n\nThe minister received us.",
         [("person", "Jana Vell", "Jana Vell")]),
    ],
    ids=["a-column-by", "additional-reporting-in-lower-case", "express-ends-an-outlet",
         "interview-by"],
)
def test_bylines_of_columns_and_wires(text, expected):
    assert _kinds(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Two trawlers held by the Peruvian Navy were released on Monday.", ["Peruvian Navy"]),
        ("The Ghana Army and the Togo Police will patrol the road.",
         ["Ghana Army", "Togo Police"]),
        ("Patrols by the Vietnam Coast Guard and the Malaysia Coast Guard met at sea.",
         ["Vietnam Coast Guard", "Malaysia Coast Guard"]),
        ("The Peruvian Government said the talks were useful.", []),
        ("A Ghanaian army officer said the road was open.", ["Ghanaian army"]),
        ("Boats seized by Peruvian navy in May are still held.", ["Peruvian navy"]),
    ],
    ids=["demonym-navy", "country-army-and-police", "two-coast-guards", "a-government-is-its-state",
         "lower-case-army", "lower-case-navy"],
)
def test_a_countrys_armed_service_is_an_organisation_of_its_own(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors.loc[actors["kind"] == "organisation", "name"].tolist() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Velmar delegation, led by Orin Basel and Tomas Kerrick, arrived on Monday.",
         {"Orin Basel", "Tomas Kerrick"}),
        ("The Velmar delegation, led by Basel and Tomas Kerrick, arrived on Monday.",
         {"Basel", "Tomas Kerrick"}),
        ("The talks were headed by Orin Basel and South Africa sent observers.", {"Orin Basel"}),
    ],
    ids=["two-full-names", "surname-then-full-name", "a-country-after-and"],
)
def test_a_body_led_by_two_people_names_both(text, expected):
    assert _people(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Leaders of the Free Workers' Party met on Monday.", ["Free Workers' Party"]),
        ("The Coastal Fishermen's Association rejected the quota.",
         ["Coastal Fishermen's Association"]),
    ],
    ids=["workers-party", "fishermens-association"],
)
def test_a_peoples_possessive_goes_on_inside_a_name(text, expected):
    articles, sentences = _frame({"d": text})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors.loc[actors["kind"] == "organisation", "name"].tolist() == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The working group met in Nuuk on Tuesday.", [("place", "Nuuk", "GRL")]),
        ("The talks in Nouméa resumed.", [("place", "Nouméa", "NCL")]),
        ("The Greenlandic government said no.", [("country", "GRL", "GRL")]),
        ("Faroese officials said the quota was too low.", [("country", "FRO", "FRO")]),
    ],
    ids=["a-territorys-seat", "a-seat-with-an-accent", "a-territorys-demonym-with-a-state-noun",
         "an-adjective-of-islands"],
)
def test_a_territory_is_known_by_its_seat_and_demonym(text, expected):
    # pycountry names the territories; their seats and demonyms are data of countries.yaml
    assert [(m["kind"], m["norm"], m["country"]) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The ZRF Panel restated its view that talks should go on.",
         [("organisation", "ZRF Panel")]),
        ("The Mediation Panel urged both sides to resume the talks.",
         [("organisation", "Mediation Panel")]),
    ],
    ids=["acronym-panel", "mediation-panel"],
)
def test_a_panel_is_a_body_not_a_person(text, expected):
    assert [(m["kind"], m["text"]) for m in find_mentions(text)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Asked about Tarsk, Parti Zelva said on Monday it would not endorse the roadmap.",
         [("organisation", "Parti Zelva")]),
        ("Parti Zelva says it will not attend the next round.",
         [("organisation", "Parti Zelva")]),
        ("Jon Vale said it would not be easy.", [("person", "Jon Vale")]),
    ],
    ids=["said-it-would-not-sign", "says-it-will-not-attend", "a-person-and-a-dummy-it"],
)
def test_a_speaker_that_calls_itself_it_is_a_body(text, expected):
    assert [(m["kind"], m["text"]) for m in find_mentions(text)] == expected


def test_a_word_that_ends_a_bodys_name_is_no_person():
    text = "The Office for Lakes and Rivers said the dam talks had failed."
    assert [m["kind"] for m in find_mentions(text)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("An economist of the think tank Zelvar called the meeting modest.",
         [("organisation", "Zelvar")]),
        ("The farm lobby Agrivel said on Monday that it was unhappy.",
         [("organisation", "Agrivel")]),
    ],
    ids=["think-tank", "farm-lobby"],
)
def test_a_descriptor_names_a_body_that_a_speech_verb_follows(text, expected):
    assert [(m["kind"], m["text"]) for m in find_mentions(text)] == expected


def test_a_zone_after_in_the_is_no_speaker():
    text = ("Monitors from the ZRF Office in the Transit Zone were present. The ZRF Office in "
            "the Transit Zone said on Friday it welcomed the talks.")
    assert [m["kind"] for m in find_mentions(text)] == ["organisation", "organisation"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Halima Osei, a Gulf of Guinea researcher at Lakeside University, said so.",
         ("Halima Osei", "researcher at Lakeside University")),
        ("Jon Vale, a Gulf of Aden expert, said the patrols would go on.", ("Jon Vale", "expert")),
    ],
    ids=["gulf-of-guinea-researcher", "gulf-of-aden-expert"],
)
def test_a_region_named_with_of_may_qualify_a_role_after_a_name(text, expected):
    people = [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert people == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("President Omar Sheikh Abdi said the talks went well.", [("Omar Sheikh Abdi", "President")]),
        ("Ali Sheikh, a researcher at the Lakeside Institute, said so.",
         [("Ali Sheikh", "researcher at the Lakeside Institute")]),
        ("Crown Prince Sheikh Khalid said so.", [("Khalid", "Crown Prince")]),
    ],
    ids=["sheikh-inside-a-name", "sheikh-as-surname", "sheikh-as-style"],
)
def test_sheikh_after_a_given_name_is_part_of_the_name(text, expected):
    people = [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert people == expected


def _named(text: str, kinds: tuple[str, ...] = ("person", "organisation", "media", "country")):
    return [(m["kind"], m["norm"]) for m in find_mentions(text) if m["kind"] in kinds]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Photo: Foreign Minister Jon Vale arrives at the talks on Tuesday. (Kyodo)",
         [("person", "Jon Vale")]),
        ("Photo: Delegations face each other on Wednesday (Reuters)\n\nReuters reported that the "
         "talks had stalled.", [("media", "Reuters")]),
    ],
    ids=["credit-after-a-caption", "credit-and-a-report"],
)
def test_the_outlet_credited_for_a_photo_is_no_actor(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelpress, the state news agency, opened its bulletin with the result.",
         [("media", "Zelpress")]),
        ("Kessa Nacional, the city's daily, was unimpressed.", [("media", "Kessa Nacional")]),
        ("This is Harbour Brief, our weekday newsletter on the talks. A source told Harbour "
         "Brief that the talks had stalled.", [("media", "Harbour Brief")] * 2),
        ("Shares in Grupo Varela, a Kessa-based bakery company, fell 2.4%.",
         [("organisation", "Grupo Varela")]),
        ("Alto Verde, a Kessa-based research group, said it welcomed the survey.",
         [("organisation", "Alto Verde")]),
        ("On Monday, the company said it would invest.", []),
    ],
    ids=["news-agency", "daily", "our-newsletter", "company", "research-group", "date-before"],
)
def test_a_name_before_a_comma_and_its_description_is_an_outlet_or_a_body(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Analysts at Corvex wrote to clients that the deal was a step forward.",
         [("organisation", "Corvex")]),
        ('"The risk has eased," said Ana Ruiz, head of market research at Banco Lumen.',
         [("person", "Ana Ruiz"), ("organisation", "Banco Lumen")]),
    ],
    ids=["analysts-at", "director-of-analysis-at"],
)
def test_the_firm_analysts_work_at_is_an_organisation(text, expected):
    assert _named(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Confederation of Businesses of Tarvia said on Monday that trade had stalled.",
         [("organisation", "Confederation of Businesses")]),
        ("The Federation of Employers of Osland said the talks had stalled.",
         [("organisation", "Federation of Employers")]),
        ("The Office of the Vice President of the Republic of Ghana said so.",
         [("organisation", "Office of the Vice President of the Republic of Ghana")]),
        ("For the Government of the Republic of Zambia\nHon. Jon Vale", [
            ("country", "ZMB"), ("person", "Jon Vale")]),
    ],
    ids=["confederation-of-members", "federation-of-members", "office-of-a-title-of-a-state",
         "government-of-the-republic"],
)
def test_a_bodys_name_of_its_members_and_their_place(text, expected):
    assert _named(text) == expected


def test_a_capital_before_correspondent_is_where_a_reporter_works():
    text = "The Herald sounded warier. Its Nairobi correspondent wrote that the talks stalled."
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["text"] == "Nairobi"] == [("place", "Nairobi")]


def test_names_listed_after_a_plural_title_with_the_side_each_stands_for():
    text = ("After the vote, the commissioners, Ana Ruiz Olmo for Norland and Peter "
            "Whitlock for Sudland, signed the record.")
    assert _named(text, ("person",)) == [("person", "Ana Ruiz Olmo"), ("person", "Peter Whitlock")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Fact check: did it happen?\n\nBy Lucia Ortega, Verificado Sur\n\nThe claim was false.",
         [("person", "Lucia Ortega"), ("media", "Verificado Sur")]),
        ("By Jane Roe, Diplomatic Editor\n\nThe talks went on.", [("person", "Jane Roe")]),
        ("By Jane Roe, Kessa\n\nThe talks went on.", [("person", "Jane Roe")]),
        ("By Jane Roe, Zelva Post English Edition\n\nThe talks went on.",
         [("person", "Jane Roe"), ("media", "Zelva Post")]),
    ],
    ids=["outlet-after-the-name", "title-after-the-name", "a-town", "an-edition"],
)
def test_the_outlet_a_byline_signs_for(text, expected):
    assert _named(text) == expected


def test_a_title_lower_case_words_go_on_from_before_a_name_between_commas():
    text = ("The plan came up, and its director for legal and maritime affairs, Budi Santoso, "
            "told this newspaper that charts would be shared.")
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == [
        ("Budi Santoso", "director for legal and maritime affairs")]


def test_a_body_named_for_the_taxes_it_collects():
    text = "Jane Roe, deputy head of the Administration of Customs and Excise Taxes, said so."
    assert ("organisation", "Administration of Customs and Excise Taxes") in _named(text)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Zelva fishermen's cooperative said the dispute goes on.",
         [("organisation", "Zelva fishermen's cooperative")]),
        ("The Kessa farmers' union said so.", [("organisation", "Kessa farmers' union")]),
    ],
    ids=["fishermens-cooperative", "farmers-union"],
)
def test_a_place_its_members_and_a_lower_case_head_name_a_body(text, expected):
    assert _named(text) == expected


def test_a_title_after_and_ends_the_body_named_before_a_persons_name():
    text = ("The round was led by Director of the Treaty Office of the Ministry of Trade "
            "Lin Haoran and Director of the Northern and Polar Bureau of the Ministry of Trade Erik "
            "Vass.")
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == [
        "Treaty Office of the Ministry of Trade", "Ministry of Trade"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Quito said the duties clash with Andean Community law.", "Andean Community"),
        ("Delegates of SICA met in Tegucigalpa.", "Central American Integration System"),
    ],
    ids=["andean-community", "sica"],
)
def test_regional_blocs_of_the_americas(text, expected):
    assert [m[2] for m in _kinds(text) if m[0] == "organisation"] == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ANCHOR (ANA RUIZ): Chile and Peru met in Velm.",
         [("person", "Ana Ruiz", "anchor", None)]),
        ("SOUNDBITE (JON VALE, DEPUTY TRANSPORT MINISTER, CHILE - IN SPANISH, VOICE-OVER): "
         '"We agreed."',
         [("person", "Jon Vale", "Deputy Transport Minister", "CHL")]),
        ("REPORTER (LENA HOLM, LIVE, VELM): The talks ran late.",
         [("person", "Lena Holm", "reporter", None)]),
    ],
    ids=["anchor", "soundbite-with-title-and-country", "reporter-live"],
)
def test_a_scripts_cue_names_its_speaker_in_the_aside(text, expected):
    got = [(m["kind"], m["norm"], m["role"], m["affiliation"]) for m in find_mentions(text)
           if m["kind"] == "person"]
    assert got == expected


def test_a_running_time_in_a_scripts_slug_is_no_outlet():
    text = "[ITEM 2 - FERRY TALKS - TRT 1'40\" - VO/SOT]\n\nTRT said the talks ended."
    assert [(m["kind"], m["start_char"]) for m in find_mentions(text)
            if m["kind"] == "media"] == [("media", text.index("TRT said"))]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The answers were translated by Jon Vale (Zelvan) and Ana Ruiz (Norlandic).",
         ["Jon Vale", "Ana Ruiz"]),
        ('"We agreed," Roe said. (Translated from Zelvan by Lena Holm.)', ["Lena Holm"]),
    ],
    ids=["two-translators-with-their-languages", "translated-from-by"],
)
def test_translators_are_people(text, expected):
    assert [m["norm"] for m in find_mentions(text)
            if m["kind"] == "person" and m["role"] == "translator"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A ferry timetable is promised by June, the Ministry of Tourism said.",
         ["Ministry of Tourism"]),
        ("The Institute of Civic Remembrance said the graves would be mapped.",
         ["Institute of Civic Remembrance"]),
        ("Velm sent a clerk of its Directorate-General for Fisheries and Ports.",
         ["Directorate-General for Fisheries and Ports"]),
    ],
    ids=["ministry-of-tourism", "institute-of-remembrance", "directorate-general"],
)
def test_a_body_named_for_its_field_keeps_its_complement(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] in ("organisation", "person")
            ] == expected


def test_a_letters_signature_names_its_writer():
    text = ("Sir, the quota deal is fragile. I fish out of Lisk.\n\nJane Holloway\n"
            "Lisk, Norland\n\nA Long Road\n\nThe ferry pact will not last.\n\nPedro Ibanez\n"
            "Former ambassador, Velm")
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == [
        "Jane Holloway", "Pedro Ibanez"]


def test_a_heading_above_a_blank_line_is_no_part_of_a_name():
    text = "Speakers\n\nLena Holm, senior fellow at the Velm Institute, spoke first."
    assert [(m["text"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == [
        ("Lena Holm", "senior fellow at the Velm Institute")]


def test_a_cables_header_marking_and_signer():
    text = ("FROM: AMEMBASSY LISK\nTO: SECSTATE WASHDC; AMEMBASSY PORT ZELVA PRIORITY\n"
            "SUBJECT: FERRY TALKS\n\n1. (SBU) SUMMARY: The talks ended. The Chilean MFA sent "
            "us its notes.\n\nVALE")
    assert [(m["kind"], m["norm"]) for m in find_mentions(text)
            if m["kind"] in ("organisation", "person")] == [
        ("organisation", "US Embassy Lisk"), ("organisation", "US State Department"),
        ("organisation", "US Embassy Port Zelva"),
        ("organisation", "Chile Ministry of Foreign Affairs"), ("person", "Vale"),
    ]


def test_a_press_releases_end_mark_is_no_signer():
    text = "SUBJECT: FERRY TALKS\n\nThe talks ended.\n\nENDS"
    assert [m for m in find_mentions(text) if m["kind"] == "person"] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Talks on Chile-Peru border trade resumed.", ["CHL", "PER"]),
        ("The Chilean-Peruvian committee met.", ["CHL", "PER"]),
        ("Peru objected to the Chile-Peru border trade.", ["PER", "CHL"]),
        ("The US-led coalition and Russia-backed forces.", []),
    ],
    ids=["two-states-paired", "two-demonyms-paired", "one-named-elsewhere", "a-state-and-a-word"],
)
def test_two_states_a_hyphen_pairs_are_named_once_at_least(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "country"] == expected


def test_a_title_after_a_demonym_and_before_a_relative_clause_names_the_person_after_it():
    text = "The Chilean envoy who chaired the round, Ana Ruiz, sounded firmer."
    assert [(m["norm"], m["role"], m["affiliation"]) for m in find_mentions(text)
            if m["kind"] == "person"] == [("Ana Ruiz", "envoy who chaired the round", "CHL")]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks were led by Maj Gen (retd) Jon Vale.", [("Jon Vale", "Maj Gen")]),
        ("The side was led by Surveyor General of Peru Lt Gen (retd) Ana Ruiz.",
         [("Ana Ruiz", "Surveyor General of Peru Lt Gen")]),
    ],
    ids=["a-retired-rank", "a-surveyor-general-retired"],
)
def test_ranks_retired_and_survey_chiefs_introduce_names(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"
            ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("From May a second weekly ZELAIR service will link Velm and Lisk.", []),
        ("The weekly Zelva Times reported the deal.", ["Zelva Times"]),
    ],
    ids=["how-often-a-flight-goes", "a-weekly-paper"],
)
def test_weekly_counted_is_a_frequency_not_a_paper(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "media"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The panel heard Ambassador Ana Maria Ostra Vega for Norland and Dr Jon Vale Ruiz for "
         "Sudland. Dr Vale said the map was clear. Ms Ostra disagreed.",
         [("Ana Maria Ostra Vega", "Ana Maria Ostra Vega"), ("Jon Vale Ruiz", "Jon Vale Ruiz"),
          ("Vale", "Jon Vale Ruiz"), ("Ostra", "Ana Maria Ostra Vega")]),
        ("Vice Minister Benito Marquez Lorca arrived on Monday. Talks with Vice Minister "
         "Marquez went on until late.",
         [("Benito Marquez Lorca", "Benito Marquez Lorca"), ("Marquez", "Benito Marquez Lorca")]),
    ],
    ids=["two-family-names-then-the-first-alone", "the-first-family-name-after-a-title"],
)
def test_the_first_of_two_family_names_alone_is_the_full_name(text, expected):
    assert [(m["text"], m["norm"]) for m in find_mentions(text) if m["kind"] == "person"
            ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Co-president Jon Vale said so. Co-chair Ana Ruiz agreed.",
         [("Jon Vale", "Co-president"), ("Ana Ruiz", "Co-chair")]),
        ("The co-chairman, Jon Vale, opened the sitting.", [("Jon Vale", "co-chairman")]),
    ],
    ids=["co-president-and-co-chair", "co-chairman-apposed"],
)
def test_co_chairs_and_co_presidents_are_titles(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"
            ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("date 2026-01-05 Talk\n\nZelva Review | Interview of the week\n\nAna Ruiz spoke to us.",
         [("media", "Zelva Review"), ("person", "Ana Ruiz")]),
        ("date 2026-01-05 Talk\n\nVelm Sessions | Podcast\n\nThe sides met.",
         [("media", "Velm Sessions")]),
        ("date 2026-01-05 Talk\n\nArctic Notes | A weekly column\n\nThe sides met.", []),
    ],
    ids=["masthead-interview", "masthead-podcast", "a-column-is-no-outlet"],
)
def test_a_masthead_that_runs_an_interview_or_a_podcast_names_the_outlet(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("media", "organisation", "person")
            ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Zelva Review | Interview of the week\n\nThe envoy Ana Ruiz took questions from Zelva "
         "Review's Jon Vale by phone.", [("media", "Zelva Review"), ("person", "Ana Ruiz"),
                                         ("person", "Jon Vale")]),
        ("The Velm Times reported it. The Velm Times's Foreign Desk reported it.",
         [("media", "Velm Times")]),
    ],
    ids=["an-outlets-interviewer", "an-outlets-desk-is-no-person"],
)
def test_the_person_an_outlets_possessive_introduces(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("media", "person")] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks went on.\n\nCompiled by Ana Ruiz; sources listed online.", ["Ana Ruiz"]),
        ("Our show is produced by Ana Ruiz, with sound by Lisk Studios.", ["Ana Ruiz"]),
        ("The plan was compiled by hand in Velm.", []),
    ],
    ids=["a-diary-compiled-by", "a-show-produced-by", "no-name-after-by"],
)
def test_the_maker_of_a_diary_or_a_show_is_a_person(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The Qatar-facilitated talks between Norland and Sudland resumed.", ["QAT"]),
        ("The Oman-brokered deal held.", ["OMN"]),
        ("The US-led coalition and Russia-backed forces.", []),
        ("The EU-Japan summit ended in Velm.", ["JPN"]),
    ],
    ids=["facilitated-by-a-state", "brokered-by-a-state", "led-and-backed-are-no-third-party",
         "a-body-and-a-state-paired"],
)
def test_states_that_facilitate_or_pair_with_a_body(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "country"] == expected


def test_a_state_that_facilitates_talks_is_an_actor():
    articles, sentences = _frame({"d": "The Omani-hosted talks between Norland and Sudland "
                                       "resumed."})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors["name"].tolist() == ["Oman"]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Power in Lisk comes from VELCO, a state utility that has run the grid since 1990.",
         [("organisation", "VELCO")]),
        ("Economists at the Lisk-based Zelva Capital Watch put the cost at 2 billion.",
         [("organisation", "Zelva Capital Watch")]),
        ("Jon Vale, an economist at the University of the Zelva Coast, said so.",
         [("person", "Jon Vale")]),
        ("The Omani oil ministry said output would rise.",
         [("organisation", "Oman oil ministry")]),
        ("Norway's Ministry of Fisheries said so.",
         [("organisation", "Norway Ministry of Fisheries")]),
    ],
    ids=["a-state-utility", "analysts-at-a-based-firm", "no-firm-cut-before-of", "an-oil-ministry",
         "a-fisheries-ministry"],
)
def test_utilities_firms_and_ministries_of_more_domains(text, expected):
    assert [(m["kind"], m["norm"]) for m in find_mentions(text) if m["kind"] != "place"
            ] == expected


def test_the_council_of_ministers_of_a_body_is_the_body():
    articles, sentences = _frame({"d": "The Council of Ministers of the Lisk Lakes Authority "
                                       "approved the budget. The Lisk Lakes Authority said so."})
    actors = extract_actors(articles, tag_articles(articles, sentences))
    assert actors[["name", "n_mentions"]].values.tolist() == [["Lisk Lakes Authority", 2]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("On 3 March the Joint Council for Lake Management of East Africa met in Velm.",
         ["Joint Council for Lake Management of East Africa"]),
        ("The Regional Council for Fisheries of the Western Pacific met in Velm.",
         ["Regional Council for Fisheries of the Western Pacific"]),
    ],
    ids=["of-a-region-of-africa", "of-the-western-pacific"],
)
def test_a_bodys_name_may_end_in_a_region(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "organisation"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("A Norland official said Velmora was the hardest file.", []),
        ('"It is done," said Velmora.', ["Velmora"]),
        ("The deal, said Velmora, was done.", ["Velmora"]),
    ],
    ids=["the-subject-of-what-was-said", "a-tag-after-a-quote", "a-tag-after-a-comma"],
)
def test_one_word_after_said_is_a_speaker_only_in_a_tag(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The talks ended.\n\nMedia contact: Ana Ruiz, communications officer", ["Ana Ruiz"]),
        ("The talks ended.\n\nPress enquiries: Jon Vale (+1 555 0100)", ["Jon Vale"]),
        ("The talks ended.\n\nMedia contact: press@lisk.example", []),
    ],
    ids=["media-contact", "press-enquiries", "an-address-alone"],
)
def test_the_contact_a_press_release_names_is_a_person(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("[Transcript. Velm Currents is a weekly podcast on ferries and fishing.]",
         [("media", "Velm Currents")]),
        ("The show ended. Velm Lines is a podcast about rivers.", [("media", "Velm Lines")]),
        ("This is a podcast about rivers.", []),
        ("Jon Vale is a weekly columnist.", []),
    ],
    ids=["a-podcast-in-a-note", "a-podcast-after-a-sentence", "no-name", "a-person-writing"],
)
def test_an_outlet_that_says_what_it_is(text, expected):
    assert [(m[0], m[2]) for m in _kinds(text) if m[0] in ("media", "person", "organisation")
            ] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("West Norland says the lake is too shallow for the ferries.", []),
        ("Northern Velm said no to the plan.", []),
        ("In the north, Vale said no to the plan.", ["Vale"]),
    ],
    ids=["west-of-a-state", "northern-town", "a-surname-after-a-comma"],
)
def test_a_region_named_by_a_compass_point_is_no_speaker(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "person"] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Delegates met at a hall in Ghana Street and then on Mali Road.", []),
        ("Ghana and Togo met in Lome.", ["GHA", "TGO"]),
    ],
    ids=["a-street-and-a-town-named-after-states", "the-states"],
)
def test_a_street_or_town_named_after_a_state_is_no_state(text, expected):
    assert [m["norm"] for m in find_mentions(text) if m["kind"] == "country"] == expected


def test_a_journalist_the_story_tells_of_stays_an_actor():
    text = ("By Ana Pires\n\nAmong the civilians freed was the journalist Jon Vale, held since "
            "2022.")
    assert _people(text) == {"Jon Vale"}


@pytest.mark.parametrize(
    "text, expected",
    [
        ("The envoy met Vice Premier He Lifeng on Monday.", {"He Lifeng"}),
        ("The talks ended. Jon Vale, Norland's international trade representative, said the "
         "sides had agreed.", {"Jon Vale"}),
        ("Jon Vale, the chief negotiator, left. He Later said the talks failed.", {"Jon Vale"}),
    ],
    ids=["family-name-he", "trade-representative", "pronoun-he-before-a-capital"],
)
def test_chinese_family_name_he_and_trade_titles(text, expected):
    assert _people(text) == expected


def test_a_body_name_ends_before_its_comma_and_a_site_is_no_body():
    kinds = _kinds("The delegation was led by Jon Vale, chairman of the Norland Council Committee "
                   "on International Affairs, and Ana Ruiz. They met at the Presidential Library "
                   "on Senate Square.")
    names = [k[1] for k in kinds if k[0] == "organisation"]
    assert "Norland Council Committee on International Affairs" in names
    assert not any(n.endswith(",") or "Library" in n for n in names)


def test_the_authors_a_brief_closes_with_are_people():
    text = ("By Jane Roe and Jon Vale\n\nThe commission met in Lisk on Sunday.\n\nJane Roe is a "
            "senior fellow at the Velm Institute. Jon Vale is a former envoy to Sudland.")
    assert _people(text) == {"Jane Roe", "Jon Vale"}
    assert _people("Jon Vale is a good man. The talks ended.") == set()
