"""Benchmark the gazetteer matcher of analysis.tagging against spaCy's PhraseMatcher.

Usage: python bench/bench_tagging.py [--mb 100] [--full-mb 2]

Both matchers use the same gazetteer (every surface form of the countries, places,
organisations and media lexicons). Throughput is MB/s of UTF-8 text; peak memory is the
process's maximum resident set (resource.getrusage) and the Python allocations of the
matching step alone (tracemalloc). ``--full-mb`` also times the whole ``tag_articles`` stage
(people, organisations and roles included) on a smaller slice.
"""

from __future__ import annotations

import argparse
import gc
import resource
import sys
import time
import tracemalloc
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate_corpus  # noqa: E402

from analysis.sentences import split_sentences  # noqa: E402
from analysis.tagging import _gazetteer, _scan_gazetteer, tag_articles  # noqa: E402


def _ours(texts: list[str]) -> int:
    return sum(len(_scan_gazetteer(t)) for t in texts)


def _spacy(texts: list[str]) -> tuple[int, float] | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    nlp = spacy.blank("en")
    nlp.max_length = 10**9
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab)
    folded, codes = [], []
    for surface, _entry, case_sensitive in _gazetteer().surfaces:
        (codes if case_sensitive else folded).append(surface)
    lower.add("G", list(nlp.tokenizer.pipe(folded)))
    exact.add("C", list(nlp.tokenizer.pipe(codes)))
    start = time.perf_counter()
    n = 0
    for doc in nlp.tokenizer.pipe(texts, batch_size=256):
        n += len(lower(doc)) + len(exact(doc))
    return n, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size in MB")
    parser.add_argument("--full-mb", type=float, default=2.0,
                        help="size of the slice timed through the whole tag_articles")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    docs = generate_corpus(int(args.mb * 1e6), args.seed)
    texts = [t for _, t in docs]
    size = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"corpus: {len(texts)} documents, {size:.1f} MB")
    _gazetteer()  # compile outside the timing
    gc.collect()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3
    start = time.perf_counter()
    n_ours = _ours(texts)
    ours = time.perf_counter() - start
    # tracemalloc slows allocation-heavy code several times: measure it on a separate pass.
    tracemalloc.start()
    _ours(texts[: max(1, len(texts) // 10)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"analysis.tagging gazetteer: {n_ours} matches, {size / ours:.2f} MB/s, "
          f"matching allocations peak {peak / 1e6:.1f} MB on a tenth of the corpus")
    print(f"process peak RSS so far: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f}"
          f" MB (before matching {rss_before:.0f} MB, corpus {size:.0f} MB)")
    got = _spacy(texts)
    if got is None:
        print("spaCy: not importable here (pip install spacy to compare)")
    else:
        n_spacy, took = got
        print(f"spaCy PhraseMatcher (blank en, same gazetteer): {n_spacy} matches, "
              f"{size / took:.2f} MB/s; ours is {took / ours:.1f}x faster")
    if args.full_mb:
        slice_docs = generate_corpus(int(args.full_mb * 1e6), args.seed + 1)
        articles = pd.DataFrame({"doc_id": [d for d, _ in slice_docs],
                                 "text": [t for _, t in slice_docs], "title": ""})
        sentences = split_sentences(articles)
        start = time.perf_counter()
        mentions = tag_articles(articles, sentences)
        took = time.perf_counter() - start
        mb = sum(len(t.encode("utf-8")) for _, t in slice_docs) / 1e6
        print(f"full tag_articles on {mb:.1f} MB: {len(mentions)} mentions, {mb / took:.2f} MB/s")
    print(f"process peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
