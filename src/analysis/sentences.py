"""Split article bodies into blocks (paragraphs, headings, captions) and sentences."""

from __future__ import annotations

import functools
import re

import pandas as pd

from .lexicon import read_lexicon

__all__ = ["MAX_SENTENCE_CHARS", "SENTENCE_COLUMNS", "split_blocks", "split_sentences", "split_text"]

SENTENCE_COLUMNS = (
    "doc_id",
    "sentence_idx",
    "block_idx",
    "block_kind",
    "start_char",
    "end_char",
    "text",
)
CAPTION_PREFIXES = ("photo", "image", "picture", "caption", "video", "file photo", "illustration")
HEADING_MAX_WORDS = 12

_LINE = re.compile(r"[^\n]+")
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then space.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
# a capital letter that ends a sentence all the same: one a quotation opens after ("wrote
# on X. “It went well ...") or the platform X after "on" or "via" ("posted on X. The ministry ...")
_NOT_AN_INITIAL = re.compile(r"(?:(?<=\son\s)|(?<=\svia\s))X\.|[A-Z]\.\s+[“‘\"]",)
# a numbered paragraph's or item's number ("2."): it starts the sentence, ends none
_ENUMERATOR = re.compile(r"\d{1,3}\.")
_OPEN_QUOTES, _CLOSE_QUOTES = "“‘", "”’"
# The longest sentence kept whole. News sentences stay far below it; a longer run of text (a
# paragraph with no full stop, a quotation that never closes, a pasted table) is cut at its
# last clause break, else its last space, before the limit, so that no later stage reads one
# enormous "sentence" (the rules pair words within a sentence: their cost grows faster than its length).
MAX_SENTENCE_CHARS = 1000
_CLAUSE_BREAK = re.compile(r"[,;:]\s|\s[–—-]\s")


@functools.cache
def _abbreviations() -> frozenset[str]:
    groups = read_lexicon("abbreviations")["entries"].values()
    return frozenset(word for group in groups for word in group)


def split_blocks(text: str) -> list[tuple[int, int, str]]:
    """Return ``(start, end, kind)`` for each block of ``text``.

    A block is a line, or several lines when a line was hard-wrapped (it does not end a
    sentence and the next one starts in lower case). ``kind`` is ``caption`` for lines such as
    ``Photo: ...``, ``heading`` for short title-case lines with no final full stop, else
    ``paragraph``.
    """
    blocks: list[list[int]] = []
    for match in _LINE.finditer(text):
        start, end = match.span()
        line = match.group().strip()
        if not line:
            continue
        start += len(match.group()) - len(match.group().lstrip())
        end -= len(match.group()) - len(match.group().rstrip())
        if blocks and text[blocks[-1][1] : start] == "\n" and _continues(text, blocks[-1], line):
            blocks[-1][1] = end
        else:
            blocks.append([start, end])
    return [(s, e, _block_kind(text[s:e])) for s, e in blocks]


def _continues(text: str, block: list[int], line: str) -> bool:
    previous = text[block[0] : block[1]]
    return (
        _block_kind(previous) == "paragraph"
        and not previous.rstrip().endswith((".", "!", "?", ":", '"', "”"))
        and line[:1].islower()
    )


def _block_kind(block: str) -> str:
    lowered = block.lower()
    if any(lowered.startswith(p) and lowered[len(p) : len(p) + 1] in (":", " ") for p in CAPTION_PREFIXES):
        if ":" in lowered[:20]:
            return "caption"
    words = block.split()
    if (
        len(words) <= HEADING_MAX_WORDS
        and not block.endswith((".", "!", "?", ",", ";", ":", '"', "”"))
        and _is_title_case(words)
    ):
        return "heading"
    return "paragraph"


def _is_title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if not long_words:
        return bool(words) and words[0][:1].isupper()
    return sum(w[0].isupper() for w in long_words) / len(long_words) >= 0.6


def split_text(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Split ``text[start:end]`` into sentences and return their ``(start, end)`` offsets.

    Boundaries are terminal punctuation followed by a capital, a digit or an opening quote;
    a span longer than ``MAX_SENTENCE_CHARS`` is cut at a clause break or a space.
    A boundary is not taken after a known abbreviation (``Gen.``, ``U.S.``, ``Jan.``), an
    initial or the number of a numbered paragraph (``3. The two sides...``), nor inside a
    quotation that closes later in the same block, so that a quote spanning several
    sentences stays one sentence with its attribution.
    """
    end = len(text) if end is None else end
    abbreviations = _abbreviations()
    spans, cursor = [], start
    chunk = text[start:end]
    for match in _BOUNDARY.finditer(chunk):
        cut = start + match.end()
        token = _word_before(text, cursor, start + match.start() + 1)
        token = token.rstrip(".").lstrip("\"'“‘(")
        if token in abbreviations or (len(token) == 1 and token.isupper()
                                      and not _NOT_AN_INITIAL.match(text, start + match.start() - 1)):
            continue
        if _ENUMERATOR.fullmatch(text[cursor:cut].strip()):
            continue
        if _inside_quote(text, cursor, cut, end):
            continue
        spans.append((cursor, cut))
        cursor = cut
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        spans.append((cursor, end))
    return [_trim(text, s, e) for a, b in spans for s, e in _pieces(text, a, b) if text[s:e].strip()]


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``text[start:end]`` in pieces of at most ``MAX_SENTENCE_CHARS``, cut after the last clause
    break (else space) of each piece's second half; one piece when it is short enough."""
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit, half = start + MAX_SENTENCE_CHARS, start + MAX_SENTENCE_CHARS // 2
        breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, half, limit)]
        cut = breaks[-1] if breaks else text.rfind(" ", half, limit) + 1 or limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def _word_before(text: str, start: int, end: int) -> str:
    r"""The run of non-space characters of ``text[start:end]`` that ends at ``end``, read
    backwards: a search for ``\S+$`` tries each position from ``start``."""
    at = end
    while at > start and not text[at - 1].isspace():
        at -= 1
    return text[at:end]


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    chunk = text[start:end]
    return start + len(chunk) - len(chunk.lstrip()), end - len(chunk) + len(chunk.rstrip())


def _inside_quote(text: str, start: int, cut: int, end: int) -> bool:
    """True when a quotation opened in ``text[start:cut]`` is still open and closes before ``end``."""
    before = text[start:cut]
    straight = before.count('"') % 2 == 1
    curly = sum(before.count(q) for q in _OPEN_QUOTES) > sum(before.count(q) for q in _CLOSE_QUOTES)
    if straight and '"' in text[cut:end]:
        return True
    return curly and any(q in text[cut:end] for q in _CLOSE_QUOTES)


def split_sentences(articles: pd.DataFrame) -> pd.DataFrame:
    """Split every article into sentences.

    Parameters
    ----------
    articles : DataFrame
        As returned by :func:`analysis.seeds.load_seeds` (needs ``doc_id`` and ``text``).

    Returns
    -------
    DataFrame
        One row per sentence with ``SENTENCE_COLUMNS``: ``sentence_idx`` counts from 0 within
        the article, ``block_idx`` and ``block_kind`` (paragraph, heading, caption) name the
        block it stands in, and ``text == body[start_char:end_char]``.
    """
    if not isinstance(articles, pd.DataFrame):
        raise TypeError(
            f"split_sentences() takes the articles DataFrame from load_seeds(), not {type(articles).__name__}"
        )
    rows = []
    for doc_id, body in zip(articles["doc_id"], articles["text"], strict=True):
        n = 0
        for block_idx, (b_start, b_end, kind) in enumerate(split_blocks(body)):
            spans = [(b_start, b_end)] if kind != "paragraph" else split_text(body, b_start, b_end)
            for s, e in spans:
                rows.append((doc_id, n, block_idx, kind, s, e, body[s:e]))
                n += 1
    frame = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    return frame.astype({"sentence_idx": "int64", "block_idx": "int64", "start_char": "int64", "end_char": "int64"})
