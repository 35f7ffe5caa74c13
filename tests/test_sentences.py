"""Blocks and sentences, with offsets that cite the exact text."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analysis.sentences import MAX_SENTENCE_CHARS, SENTENCE_COLUMNS, split_blocks, split_sentences, split_text


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_text(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param("Talks began. They ended.", ["Talks began.", "They ended."], id="two"),
        pytest.param(
            "Gen. Smith met Mr. Jones in St. Petersburg. Then they left.",
            ["Gen. Smith met Mr. Jones in St. Petersburg.", "Then they left."],
            id="abbreviations",
        ),
        pytest.param(
            "The U.S. envoy arrived on Jan. 5. He met J. Doe.",
            ["The U.S. envoy arrived on Jan. 5.", "He met J. Doe."],
            id="country-month-initial",
        ),
        pytest.param(
            "Vale wrote on the platform X. “We will meet again.” Ruiz posted on X. She left.",
            ["Vale wrote on the platform X.", "“We will meet again.”", "Ruiz posted on X.",
             "She left."],
            id="a-capital-before-a-quote-or-the-platform-x-is-no-initial",
        ),
        pytest.param(
            '"We agreed. We will meet again," the minister said. Talks ended.',
            ['"We agreed. We will meet again," the minister said.', "Talks ended."],
            id="quote-spans-boundary",
        ),
        pytest.param(
            "“It was hard. It was useful,” she said. Next.",
            ["“It was hard. It was useful,” she said.", "Next."],
            id="curly-quote",
        ),
        pytest.param(
            'He said: "We will return. The rest is open.',
            ['He said: "We will return.', "The rest is open."],
            id="unclosed-quote-does-not-swallow-the-paragraph",
        ),
        pytest.param("Is it over? No! It goes on.", ["Is it over?", "No!", "It goes on."], id="question-exclamation"),
        pytest.param("It cost $2.5 billion. Fine.", ["It cost $2.5 billion.", "Fine."], id="decimal"),
        pytest.param(
            "2. (SBU) The Velm talks ended. 3. Both sides left. 10. A note.",
            ["2. (SBU) The Velm talks ended.", "3. Both sides left.", "10. A note."],
            id="numbered-paragraphs",
        ),
        pytest.param(
            "The vote was 12. Then 14. Talks ended on May 3. 4. Next round.",
            ["The vote was 12.", "Then 14.", "Talks ended on May 3.", "4. Next round."],
            id="numbers-that-end-sentences",
        ),
        pytest.param(
            "The round ended (it was the third.) Then what",
            ["The round ended (it was the third.)", "Then what"],
            id="bracket",
        ),
    ],
)
def test_split_text(text, expected):
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    "text, kinds",
    [
        pytest.param(
            "Photo: Delegates in Geneva\n\nTalks resumed today in Geneva.", ["caption", "paragraph"], id="caption"
        ),
        pytest.param(
            "Talks Resume in Geneva\n\nTalks resumed today in Geneva.", ["heading", "paragraph"], id="heading"
        ),
        pytest.param("What Comes Next?\n\nNobody knows yet.", ["paragraph", "paragraph"], id="question-is-not-heading"),
        pytest.param(
            "Talks resumed today\n\nin Geneva after a pause.", ["paragraph", "paragraph"], id="blank-line-splits"
        ),
        pytest.param("Talks resumed today in the city of\ngeneva after a pause.", ["paragraph"], id="hard-wrap-joins"),
        pytest.param(
            "short lower case line\nAnother paragraph here.", ["paragraph", "paragraph"], id="lower-case-line"
        ),
    ],
)
def test_block_kinds(text, kinds):
    assert [kind for _, _, kind in split_blocks(text)] == kinds


def test_seed_segmentation(seed_articles):
    sentences = split_sentences(seed_articles)
    assert tuple(sentences.columns) == SENTENCE_COLUMNS
    body = seed_articles["text"].item()
    for row in sentences.itertuples():
        assert body[row.start_char : row.end_char] == row.text
    kinds = sentences.groupby("block_kind")["text"].apply(list).to_dict()
    assert kinds["caption"] == ["Photo: United Arab Emirates Ministry of Foreign Affairs Russia-Ukraine-USA talks"]
    assert kinds["heading"] == [
        "Separate Military and Political Subgroups",
        "Trilateral Talks in Abu Dhabi",
        "Commitment to a Durable Resolution",
    ]
    quote = sentences[sentences["text"].str.startswith('"We discussed')]["text"].item()
    assert quote.endswith("a source told the publication.")
    assert len(sentences) == 16
    assert sentences["sentence_idx"].tolist() == list(range(16))


def test_split_sentences_refuses_a_path():
    with pytest.raises(TypeError, match="takes the articles DataFrame from load_seeds"):
        split_sentences("seeds/")


def test_empty_body_has_no_sentences():
    frame = split_sentences(pd.DataFrame({"doc_id": ["a"], "text": [""]}))
    assert frame.empty and tuple(frame.columns) == SENTENCE_COLUMNS


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('ab. \n"“”?!AB:PhotJ')), max_size=120))
def test_offsets_always_slice_the_text(text):
    frame = split_sentences(pd.DataFrame({"doc_id": ["x"], "text": [text]}))
    for row in frame.itertuples():
        assert text[row.start_char : row.end_char] == row.text
        assert row.text.strip() == row.text
    starts = frame["start_char"].tolist()
    assert starts == sorted(starts)


def test_a_shortened_given_name_ends_no_sentence():
    text = ("The delegation was led by Undersecretary Ma. Theresa Lazaro and Md. Touhid Hossain. "
            "Talks ended.")
    assert _sentences(text) == [
        "The delegation was led by Undersecretary Ma. Theresa Lazaro and Md. Touhid Hossain.",
        "Talks ended.",
    ]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab .\n\t\u00a0\u2003", max_size=12), st.data())
def test_word_before_a_boundary_is_the_last_run_of_non_space(text, data):
    """The word read backwards before a boundary is what a search for ``(\\S+)$`` finds."""
    import re

    from analysis.sentences import _word_before

    end = data.draw(st.integers(0, len(text)))
    start = data.draw(st.integers(0, end))
    found = re.compile(r"(\S+)$").search(text, start, end)
    if end and text[end - 1] == "\n":  # "$" also matches before a final newline
        return
    assert _word_before(text, start, end) == (found.group(1) if found else "")


def test_a_run_of_text_with_no_full_stop_is_cut_into_bounded_pieces():
    clause = "Norland and Sudland met in Velm, and the envoys agreed on prisoners"
    body = " ".join([clause] * 400)  # 27,000 characters and not one full stop
    spans = split_text(body)
    assert len(spans) > 20
    assert all(e - s <= MAX_SENTENCE_CHARS for s, e in spans)
    # nothing lost, nothing repeated: the pieces are the text, in order, between spaces
    assert " ".join(body[s:e] for s, e in spans) == body
    # each piece ends at a clause break, not inside a word
    assert all(body[e - 1] == "," for s, e in spans[:-1])


def test_a_word_longer_than_the_limit_is_cut_anyway():
    spans = split_text("x" * (2 * MAX_SENTENCE_CHARS + 5))
    assert [e - s for s, e in spans] == [MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 5]


def test_a_long_but_ordinary_sentence_stays_whole():
    sentence = "The talks in Velm, " + "which " * 100 + "ended on Friday."
    assert split_text(sentence) == [(0, len(sentence))]
