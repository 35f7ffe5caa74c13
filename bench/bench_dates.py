"""Time analysis.dates.find_dates on generated news-like text, next to dateparser's search_dates."""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time

from analysis.dates import find_dates

PUBLISHED = dt.date(2026, 2, 4)

_SUBJECTS = [
    "The foreign minister",
    "A senior envoy",
    "Negotiators",
    "The UN mediator",
    "Rebel leaders",
    "The delegation",
    "Officials in the capital",
    "The prime minister",
    "Opposition groups",
]
_VERBS = ["said", "told reporters", "announced", "confirmed", "warned", "insisted", "denied"]
_PLACES = ["Geneva", "Doha", "Vienna", "Oslo", "Cairo", "Nairobi", "Astana", "Istanbul"]
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "June",
    "July",
    "Aug.",
    "Sept.",
    "Oct.",
    "Nov.",
    "Dec.",
]
_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_FILLER = [
    "The talks focused on prisoner exchanges, humanitarian corridors and heavy weapons.",
    "Both sides accused each other of violating the truce along the front line.",
    "Diplomats cautioned that any agreement would need the backing of regional powers.",
    "The fund has pledged $27 billion in reconstruction aid, according to a statement.",
    "More than 1,000 prisoners were released under the terms of Resolution 2202.",
    "Aid agencies said they may agree to expand deliveries if security improves.",
    "Thousands joined a march on the capital demanding an end to the fighting.",
    "Analysts said the outcome remained uncertain and that further rounds were likely.",
    "For details call the press office on 555-2026.",
]


def _sentence(rng: random.Random) -> str:
    """One sentence from a random template, with or without a date."""
    subj, verb, place = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_PLACES)
    mon, day, wd = rng.choice(_MONTHS), rng.randint(1, 28), rng.choice(_DAYS)
    templates = [
        f"{subj} {verb} on {wd} that talks in {place} would resume on {mon} {day}.",
        f"{subj} met in {place} on {mon} {day}-{day + 1}, {rng.randint(1995, 2026)}.",
        f"{subj} {verb} {wd} that the ceasefire signed {rng.randint(2, 9)} days ago was holding.",
        f'"We expect a deal by the end of this month," {subj.lower()} {verb} yesterday.',
        f"{subj} {verb} the talks will continue next week in {place}.",
        f"Trade fell {rng.randint(2, 30)} percent in the third quarter from a year earlier.",
        f"{subj} {verb} that the conflict, which began in {rng.randint(1990, 2020)}, had lasted "
        f"{rng.choice(['two', 'three', 'several', 'nine'])} years.",
        f"The committee meets every week and issues a report at 3 p.m. on {wd}.",
        f"Earlier this month {subj.lower()} {verb} that recent years had seen little progress.",
        f"{subj} {verb} the January {day} meeting in {place} was constructive.",
        rng.choice(_FILLER),
        rng.choice(_FILLER),
        rng.choice(_FILLER),
    ]
    return rng.choice(templates)


def build_text(n_chars: int, seed: int = 20260204) -> str:
    """News-like text of about ``n_chars`` characters, paragraphs of 3 to 6 sentences."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < n_chars:
        para = " ".join(_sentence(rng) for _ in range(rng.randint(3, 6)))
        paragraphs.append(para)
        size += len(para) + 2
    return "\n\n".join(paragraphs)


def _time(fn, text: str, repeat: int) -> tuple[float, int]:
    """Best-of-``repeat`` chars/second of ``fn(text)`` and the number of expressions found."""
    best, found = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        found = fn(text)
        best = min(best, time.perf_counter() - t0)
    return len(text) / best, found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--mb", type=float, default=3.0, help="size of the generated text in MB")
    parser.add_argument(
        "--dateparser-kb",
        type=float,
        default=50.0,
        help="size of the slice given to dateparser (it is slow), in KB",
    )
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    text = build_text(int(args.mb * 1_000_000))
    ours, n_ours = _time(lambda t: len(find_dates(t, PUBLISHED)), text, args.repeat)
    rows = [("analysis.dates.find_dates", len(text), f"{ours:,.0f}", n_ours)]

    try:
        from dateparser.search import search_dates
    except ImportError:
        rows.append(
            ("dateparser.search_dates", 0, "dateparser not installed: pip install dateparser", "-")
        )
    else:
        piece = text[: int(args.dateparser_kb * 1000)]
        settings = {"RELATIVE_BASE": dt.datetime.combine(PUBLISHED, dt.time())}
        theirs, n_theirs = _time(
            lambda t: len(search_dates(t, languages=["en"], settings=settings) or []), piece, 1
        )
        rows.append(("dateparser.search_dates", len(piece), f"{theirs:,.0f}", n_theirs))
        ours_slice, n_slice = _time(lambda t: len(find_dates(t, PUBLISHED)), piece, args.repeat)
        rows.append(("find_dates (same slice)", len(piece), f"{ours_slice:,.0f}", n_slice))

    header = ("extractor", "chars", "chars/s", "found")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(4)]
    for r in [header, tuple("-" * w for w in widths), *rows]:
        print("  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
