"""Benchmark the gazetteer matcher and the whole tag_articles stage against spaCy's PhraseMatcher.

Usage: python bench/bench_tagging.py [--mb 100] [--full-mb 2] [--repeat 1]

Every measurement runs in its own subprocess, so that its peak resident set
(``resource.getrusage(...).ru_maxrss``) belongs to that measurement alone:

- ``gazetteer``: ``analysis.tagging._scan_gazetteer`` over a ``--mb`` corpus;
- ``spacy``: spaCy's PhraseMatcher (blank English tokenizer, the same gazetteer: every surface
  form of the countries, places, organisations and media lexicons) over the same corpus;
- ``full``: the whole ``tag_articles`` stage (people, organisations and roles included) over a
  ``--full-mb`` slice, with its sentences split beforehand.

Throughput is MB/s of UTF-8 text (best of ``--repeat`` runs). Memory is reported as the peak
RSS of the subprocess, the RSS it had before matching (interpreter, libraries, corpus) and
the growth during matching, in MB and as a multiple of the corpus size.
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_corpus import generate_corpus  # noqa: E402


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3  # kB on Linux


def _measure_gazetteer(texts: list[str], repeat: int) -> tuple[int, float]:
    from analysis.tagging import _gazetteer, _scan_gazetteer

    _gazetteer()  # compile outside the timing
    best, n = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = sum(len(_scan_gazetteer(t)) for t in texts)
        best = min(best, time.perf_counter() - start)
    return n, best


def _measure_spacy(texts: list[str], repeat: int) -> tuple[int, float] | None:
    try:
        import spacy
        from spacy.matcher import PhraseMatcher
    except ImportError:
        return None
    from analysis.tagging import _gazetteer

    nlp = spacy.blank("en")
    nlp.max_length = 10**9
    lower = PhraseMatcher(nlp.vocab, attr="LOWER")
    exact = PhraseMatcher(nlp.vocab)
    folded, codes = [], []
    for surface, _entry, case_sensitive in _gazetteer().surfaces:
        (codes if case_sensitive else folded).append(surface)
    lower.add("G", list(nlp.tokenizer.pipe(folded)))
    exact.add("C", list(nlp.tokenizer.pipe(codes)))
    best, n = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = 0
        for doc in nlp.tokenizer.pipe(texts, batch_size=256):
            n += len(lower(doc)) + len(exact(doc))
        best = min(best, time.perf_counter() - start)
    return n, best


def _measure_full(docs: list[tuple[str, str]], repeat: int) -> tuple[int, float]:
    import pandas as pd

    from analysis.sentences import split_sentences
    from analysis.tagging import _gazetteer, _patterns, tag_articles

    _gazetteer(), _patterns()  # compile outside the timing
    articles = pd.DataFrame({"doc_id": [d for d, _ in docs], "text": [t for _, t in docs],
                             "title": ""})
    sentences = split_sentences(articles)
    best, n = float("inf"), 0
    for _ in range(repeat):
        start = time.perf_counter()
        n = len(tag_articles(articles, sentences))
        best = min(best, time.perf_counter() - start)
    return n, best


def _child(what: str, mb: float, seed: int, repeat: int) -> dict:
    """Run one measurement in this process and return its figures."""
    docs = generate_corpus(int(mb * 1e6), seed)
    size = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    gc.collect()
    texts = [t for _, t in docs]
    if what == "gazetteer":
        got = _measure_gazetteer(texts, repeat)
    elif what == "spacy":
        got = _measure_spacy(texts, repeat)
    else:
        got = _measure_full(docs, repeat)
    result = {"what": what, "mb": size, "docs": len(docs), "peak_rss_mb": _rss_mb()}
    if got is not None:
        result.update(matches=got[0], seconds=got[1], mb_s=size / got[1])
    return result


def _baseline(mb: float, seed: int) -> float:
    """Peak RSS of a subprocess that only imports the libraries and builds the corpus."""
    code = (
        "import sys, resource; sys.path.insert(0, sys.argv[1]);"
        "from generate_corpus import generate_corpus; import pandas, analysis.tagging as t;"
        "t._gazetteer(); t._patterns(); docs = generate_corpus(int(float(sys.argv[2]) * 1e6), "
        "int(sys.argv[3])); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1e3)"
    )
    out = subprocess.run([sys.executable, "-c", code, str(Path(__file__).resolve().parent),
                          str(mb), str(seed)], check=True, capture_output=True, text=True)
    return float(out.stdout.strip())


def _spawn(what: str, mb: float, seed: int, repeat: int) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", what, "--mb", str(mb), "--seed", str(seed),
         "--repeat", str(repeat)],
        capture_output=True, text=True,
    )
    if out.returncode:
        raise SystemExit(f"measurement {what!r} failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _report(result: dict, base: float) -> str:
    grow = result["peak_rss_mb"] - base
    return (f"peak RSS {result['peak_rss_mb']:.0f} MB (baseline with corpus {base:.0f} MB, "
            f"+{grow:.0f} MB while matching = {grow / result['mb']:.2f}x the corpus)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size in MB")
    parser.add_argument("--full-mb", type=float, default=2.0,
                        help="size of the slice timed through the whole tag_articles (0: skip)")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--repeat", type=int, default=1, help="runs per measurement; best kept")
    parser.add_argument("--child", choices=["gazetteer", "spacy", "full"], help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(_child(args.child, args.mb, args.seed, args.repeat)))
        return 0
    base = _baseline(args.mb, args.seed)
    ours = _spawn("gazetteer", args.mb, args.seed, args.repeat)
    print(f"corpus: {ours['docs']} documents, {ours['mb']:.1f} MB")
    print(f"analysis.tagging gazetteer: {ours['matches']} matches, {ours['mb_s']:.2f} MB/s; "
          + _report(ours, base))
    theirs = _spawn("spacy", args.mb, args.seed, args.repeat)
    if "mb_s" not in theirs:
        print("spaCy: not importable here (pip install spacy to compare)")
    else:
        print(f"spaCy PhraseMatcher (blank en, same gazetteer): {theirs['matches']} matches, "
              f"{theirs['mb_s']:.2f} MB/s; " + _report(theirs, base))
        print(f"gazetteer speed-up over spaCy: {ours['mb_s'] / theirs['mb_s']:.2f}x")
    if args.full_mb:
        full_base = _baseline(args.full_mb, args.seed + 1)
        full = _spawn("full", args.full_mb, args.seed + 1, args.repeat)
        print(f"full tag_articles on {full['mb']:.1f} MB: {full['matches']} mentions, "
              f"{full['mb_s']:.2f} MB/s; " + _report(full, full_base))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
