"""The cheap anchors and literal tests that spare find_mentions its full scans find what the
full scans find."""

import pytest

from analysis import tagging as t

from .test_tagging import gazetteer_matcher

_TEXTS = [
    "The talks went on. Jon Vale was detained on Monday.\nAna Ruiz has left. “Why?” Ivo Sand had "
    "said. Velm Lines is a podcast.\n\nJane Roe will attend!",
    "The presidents of Norland and Ostria, Jon Vale and Ana Ruiz, met; the foreign ministers "
    "for the talks, Ivo Sand, Lena Tark and Jane Roe, spoke. Deputy Prime Ministers of Zelva, "
    "Kira Vale and Jon Roe.",
    "His daughter, Jane Roe, said so. Vale's wife, Ana Vale, and the SON, Ivo Sand. "
    "its director for treaties and border affairs, Jane Roe, told; the Zelvan envoy, Jon Vale. "
    "An adviser to the EU Monitoring Mission (EUMM), Ana Ruiz, said",
    "Jon Vale, 54, a veteran diplomat, met Ana Ruiz, who heads the delegation, and Ivo Sand as "
    "Foreign Minister; Lena Tark  as the Zelvan envoy, and Jane Roe,\tthe minister.",
    "Ivo Sand and Foreign Minister Lena Tark met; talks between Jon Vale of Norland and Ana "
    "Ruiz. Sandra Roe and Kira Vale",
]


@pytest.mark.parametrize("text", _TEXTS)
def test_scans_at_anchors_find_what_full_scans_find(text):
    pats = t._patterns()
    at_title = [t._word_anchors()["title"].starts(text, lowered)
                for lowered in (t._lowered(text), None)]
    tails = [m.start() for m in pats["at_tail"].finditer(text)]
    cases = [
        (pats["plural_of_names"], at_title[0]), (pats["plural_of_names"], at_title[1]),
        (pats["title_apposed"], t._determiner_anchor().starts(text, t._lowered(text))),
        (pats["title_apposed"], t._determiner_anchor().starts(text, None)),
        (pats["opening_name"], t._opening_starts(text)),
        (pats["at_name_title"], tails),
    ]
    for pattern, starts in cases:
        expected = [(m.span(), m.groups()) for m in pattern.finditer(text)]
        got = [(m.span(), m.groups()) for m in t._scan_at(pattern, text, starts)]
        assert got == expected, pattern.pattern[:60]
    if pats["kin_apposed"].search(text):
        assert pats["kin_comma"].search(t._lowered(text))


@pytest.mark.parametrize("text", ["said Vale", "x", "", "in  the\nZelva", "Roe_2 said", "é,"])
def test_previous_word_is_the_last_word(text):
    import re

    for start in range(len(text) + 1):
        old = re.search(r"(\w+)\W*$", text[max(0, start - 40) : start])
        assert t._previous_word(text, start) == (old.group(1).lower() if old else "")


@pytest.mark.parametrize("text", [
    "The National Liberation Army met Russians in Moscow-based UNx, U.S.gov and the UN-led "
    "Russiaa talks; Americans, New York and South Sudanese officials. EU",
    "Russian Federation Council of Europe and the Organization for Security and Co-operation",
])
def test_forms_found_without_the_matcher_as_with_it(text):
    gaz, matcher = t._gazetteer(), gazetteer_matcher()
    for pos in range(len(text) + 1):
        m = matcher.match(text, pos)
        assert t._form_at(text, pos, gaz) == (m and (m.end(), gaz.form_index[m.group()]))
        m = matcher.search(text, pos)
        assert t._next_form(text, pos, gaz) == (
            m and (m.start(), m.end(), gaz.form_index[m.group()]))


_LINES = ["Jane Roe\nVelm, Norland\n\nJon Vale\nFormer ambassador, Lisk", "\n\nAna Ruiz\nLisk, Zelva",
          "Text.\n \n\t\nIvo Sand\nVelm, Norland\n", "O'Brien-Vale met McDonald and D’Arcy; x-Roe, "
          "Ana-Maria Ruiz-Vale, ÉLan Öst 'Quoted' Vale's"]


@pytest.mark.parametrize("text", _LINES)
def test_signatures_and_capitalised_words_as_full_scans_find_them(text):
    import re

    starts = [0, *(m.start() for m in t._BLANK_AFTER.finditer(text))]
    assert ([m.span() for m in t._scan_at(t._SIGNATURE, text, starts)]
            == [m.span() for m in t._SIGNATURE.finditer(text)])
    before = re.compile(rf"(?<![\w'’-]){t._CAP}{t._LOW}+(?:-{t._CAP}{t._LOW}+)?(?![\w-])")
    assert ([m.span() for m in t._patterns()["capword"].finditer(text)]
            == [m.span() for m in before.finditer(text)])
