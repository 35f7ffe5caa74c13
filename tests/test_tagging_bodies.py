"""Bodies and states as news names them: initials, untranslated names, legislatures, remits."""

import pytest

from analysis.tagging import find_mentions


def _of_kind(text, kind):
    return [(m["text"], m["norm"]) for m in find_mentions(text) if m["kind"] == kind]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Riders were told to take the LBR line, and the AUT levy rose again.", [],
                     id="codes-of-things"),
        pytest.param("Soldiers fought the TGO near Velm; the TGO said little.", [],
                     id="code-of-a-body"),
        pytest.param("The USA said nothing about the levy.", [("USA", "USA")],
                     id="vetted-code"),
    ],
)
def test_an_alpha3_code_alone_names_no_state(text, expected):
    # "LBR", "AUT" and "TGO" are Liberia's, Austria's and Togo's codes, which news never
    # writes for the states: what the text means by them is some body's or thing's initials
    assert _of_kind(text, "country") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Envoys met the Barisan Rakyat Velmar (BRV) in Velm. The BRV said the roadmap "
            "was fine.",
            [("Barisan Rakyat Velmar", "Barisan Rakyat Velmar"), ("BRV", "Barisan Rakyat Velmar")],
            id="malay-head"),
        pytest.param(
            "A truce with the Frente Popular de Lisk (FPL) held for a week.",
            [("Frente Popular de Lisk", "Frente Popular de Lisk")],
            id="spanish-head-and-joiner"),
        pytest.param(
            "The Adalet ve Birlik Partisi (ABP) walked out of the talks.",
            [("Adalet ve Birlik Partisi", "Adalet ve Birlik Partisi")],
            id="turkish-head-and-joiner"),
        pytest.param(
            "Flow figures came from the Tarsk Water Supply Board (TWSB), officials said.",
            [("Tarsk Water Supply Board", "Tarsk Water Supply Board")],
            id="board-head"),
    ],
)
def test_a_body_the_text_gives_initials_in_its_own_language(text, expected):
    assert _of_kind(text, "organisation") == expected


def test_an_office_for_a_state_is_a_body_not_the_state():
    # "Government of Ghana" is the state; an office "for" a state works on it
    text = "Jon Vale heads the cabinet's Office for Ghana and Lisk, aides said."
    assert ("Office for Ghana", "Office for Ghana") in _of_kind(text, "organisation")


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The accord still goes to the Sejm and then to the Lok Sabha.",
                     [("Sejm", "Sejm"), ("Lok Sabha", "Lok Sabha")], id="own-language-names"),
        pytest.param("Ana Ruiz was asked about the deal in the Diet on Monday.",
                     [("Diet", "Diet")], id="diet"),
    ],
)
def test_legislatures_are_named_bodies(text, expected):
    assert _of_kind(text, "organisation") == expected


def test_the_houthis_are_named_as_a_movement():
    assert _of_kind("The Houthis said the swap of detainees would go ahead.", "organisation") == [
        ("Houthis", "Houthi movement")]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("The kidnapped man is the uncle of footballer Jon Vale, police said.",
                     [("Jon Vale", "footballer")], id="occupation-before-name"),
        pytest.param("Rep. Ana De La Cruz, whose district lies on the river, voted against.",
                     [("Ana De La Cruz", "Rep.")], id="abbreviated-title-and-particles"),
        pytest.param("Ivo Sand, assistant to the President, read the statement.",
                     [("Ivo Sand", "assistant to the President")], id="assistant-to"),
        pytest.param("Talks covered Jon Vale, a senior Velm party politician held since May.",
                     [("Jon Vale", "politician")], id="modifier-name-and-party-before-title"),
    ],
)
def test_people_with_their_role(text, expected):
    got = [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"]
    assert got == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("ZELVA HERALD | Politics\n\nPrime Minister Jon Vale flew home on Monday.",
                     [("ZELVA HERALD", "Zelva Herald")], id="caps-masthead-with-section"),
        pytest.param("Lisk Post | Opinion\n\nThe border talks went nowhere again.",
                     [("Lisk Post", "Lisk Post")], id="masthead-with-section"),
        pytest.param("Velm Desk | Event summary\n\nThe border talks went nowhere again.", [],
                     id="no-outlet-head"),
        pytest.param("By Staff Reporter | Lisk Wire\n\nThe border talks went nowhere again.",
                     [("Lisk Wire", "Lisk Wire")], id="byline-cell"),
    ],
)
def test_a_masthead_cell_that_ends_in_an_outlet_word_is_the_outlet(text, expected):
    assert _of_kind(text, "media") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("\u201cIt went well,\u201d Jon Vale told The Northern Chronicle by phone.",
                     [("Northern Chronicle", "Northern Chronicle")], id="after-the"),
        pytest.param("The Eastern Daily Press said the ferry talks had stalled.",
                     [("Eastern Daily Press", "Eastern Daily Press")], id="first-word"),
    ],
)
def test_a_point_of_the_compass_is_part_of_an_outlet_name(text, expected):
    assert _of_kind(text, "media") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Posted: May 3, 2026 / 06:40 PM CST\n\nThe river talks resumed in Velm.",
                     [], id="clock-time-and-zone"),
        pytest.param("The call began at 5:30 PM Jon Vale said, and ended late.",
                     [("Jon Vale", None)], id="clock-time-before-a-name"),
        pytest.param("PM Jon Vale spoke to the river board.", [("Jon Vale", "PM")],
                     id="title"),
    ],
)
def test_the_half_of_a_day_after_a_clock_time_is_no_title(text, expected):
    assert [(m["norm"], m["role"]) for m in find_mentions(text) if m["kind"] == "person"] == (
        expected)


def test_a_byline_for_an_outlets_staff_names_the_outlet():
    text = "by Velm 9 News Staff\n\nThe river talks resumed in Velm on Monday."
    assert _of_kind(text, "media") == [("Velm 9 News", "Velm 9 News")]
    assert _of_kind(text, "organisation") == []


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Jon Vale, who leads the Real VDF faction, flew to Lisk.",
                     [("Real VDF", "Real VDF")], id="faction-after-words-and-initials"),
        pytest.param("Talks with the umbrella group Velm Unity began in 2019.",
                     [("Velm Unity", "Velm Unity")], id="umbrella-group"),
        pytest.param("The toll rose again, said the monitoring group Lisk North Watch.",
                     [("Lisk North Watch", "Lisk North Watch")], id="compass-word-inside"),
        pytest.param("The toll came from Lisk Watch, the monitoring group, and from the rebel "
                     "faction Brenna Free.",
                     [("Lisk Watch", "Lisk Watch"), ("Brenna Free", "Brenna Free")],
                     id="rebel-faction-and-apposed-monitoring-group"),
    ],
)
def test_groups_and_factions_named_by_a_descriptor(text, expected):
    assert _of_kind(text, "organisation") == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Shares of Zelnik Motor rose after the deal.", ["Zelnik Motor"]),
        ("Velmar Airways will add flights to Lisk.", ["Velmar Airways"]),
        ("Norvik Export and Investment Insurance will back the loans.",
         ["Norvik Export and Investment Insurance"]),
    ],
    ids=["motor", "airways", "insurance"],
)
def test_a_firm_named_by_its_trade_is_a_body(text, expected):
    assert [norm for _, norm in _of_kind(text, "organisation")] == expected


@pytest.mark.parametrize(
    "text, kind, expected",
    [
        # a member of a body, named before it, is a person
        ("Jon Reda, a member of the party's executive committee, signed for his side.",
         "person", [("Jon Reda", "Jon Reda")]),
        # a statement read out is said
        ("By the time Jon Vale read out the joint statement, few had expected a deal.",
         "person", [("Jon Vale", "Jon Vale")]),
        # the two sides' channel of talks is no outlet
        ("The truce came out of the Norway-Sudan channel, which took Norway and Sudan envoys "
         "to Velm.",
         "media", []),
        # an agency in words in the dateline's brackets, at the top of the text
        ("Velm, 13 November 2022 (Lisk Voice) – Jon Vale said the truce held.",
         "media", [("Lisk Voice", "Lisk Voice")]),
    ],
    ids=["a-member-of", "read-out", "a-channel-of-two-sides", "dateline-agency-in-words"],
)
def test_members_readers_channels_and_agencies_in_words(text, kind, expected):
    assert _of_kind(text, kind) == expected


def test_a_name_that_demands_or_urges_is_a_person():
    assert _of_kind("Jon Vale demanded the reopening of the airport.", "person") == [
        ("Jon Vale", "Jon Vale")]
