"""Time analysis.dates.find_dates on generated news-like text, next to dateparser's search_dates."""

from __future__ import annotations

import argparse
import datetime as dt
import html
import random
import re
import time
from pathlib import Path

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
    "The delegation, led by a deputy foreign minister, included military and legal advisers.",
    "Turnout in the disputed districts was put at 43.5% by the electoral commission.",
    "Neither side released a text of the draft, which runs to some 40 pages.",
    "The opposition demanded guarantees that returning fighters would not be prosecuted.",
    "Observers from the regional bloc were allowed into two of the three border crossings.",
    "A spokesman declined to say whether the sanctions would be eased as part of the deal.",
    "The mediator shuttled between the two delegations, which sat in separate rooms.",
    "Officials said the ceasefire line would be monitored by 250 unarmed observers.",
    "The president's office described the meeting as frank and constructive.",
]

# Density of real news: TimeBank (TBAQ-cleaned, the TempEval-3 training data) has 1,243 TIMEX3
# in 338,989 characters of text, one every 273 characters (AQUAINT: 579 in 189,711, one every
# 328).  ``--gold DIR`` measures it again from a folder of TimeML files.
TIMEBANK_CHARS_PER_TIMEX = 273


def _dated(rng: random.Random) -> tuple[str, int]:
    """A sentence with temporal expressions, and how many it holds."""
    subj, verb, place = rng.choice(_SUBJECTS), rng.choice(_VERBS), rng.choice(_PLACES)
    mon, day, wd = rng.choice(_MONTHS), rng.randint(1, 28), rng.choice(_DAYS)
    n_years = rng.choice(["two", "three", "several", "nine"])
    templates = [
        (f"{subj} {verb} on {wd} that talks in {place} would resume on {mon} {day}.", 2),
        (f"{subj} met in {place} on {mon} {day}-{day + 1}, {rng.randint(1995, 2026)}.", 1),
        (f"{subj} {verb} {wd} that the truce signed {rng.randint(2, 9)} days ago was holding.", 2),
        (f'"We expect a deal by the end of this month," {subj.lower()} {verb} yesterday.', 2),
        (f"{subj} {verb} the talks will continue next week in {place}.", 1),
        (f"Trade fell {rng.randint(2, 30)} percent in the third quarter from a year earlier.", 2),
        (
            f"{subj} {verb} that the conflict, which began in {rng.randint(1990, 2020)}, had lasted {n_years} years.",
            2,
        ),
        (f"The committee meets every week and issues a report at 3 p.m. on {wd}.", 2),
        (f"Earlier this month {subj.lower()} {verb} that recent years saw little progress.", 2),
        (f"{subj} {verb} the January {day} meeting in {place} was constructive.", 1),
    ]
    return rng.choice(templates)


def build_text(n_chars: int, seed: int = 20260204, chars_per_expr: int = TIMEBANK_CHARS_PER_TIMEX) -> str:
    """News-like text of about ``n_chars`` characters, paragraphs of 3 to 6 sentences.

    Dated sentences are mixed with plain ones so that the text holds one temporal expression
    per ``chars_per_expr`` characters, the density of real news.
    """
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = n_expr = 0
    while size < n_chars:
        sentences = []
        for _ in range(rng.randint(3, 6)):
            if size >= chars_per_expr * n_expr:
                sentence, k = _dated(rng)
                n_expr += k
            else:
                sentence = rng.choice(_FILLER)
            sentences.append(sentence)
            size += len(sentence) + 1
        paragraphs.append(" ".join(sentences))
        size += 1
    return "\n\n".join(paragraphs)


def measure_density(gold_dir: str) -> float:
    """Characters of <TEXT> per TIMEX3 (the creation time is outside <TEXT>) in TimeML files."""
    chars = timexes = 0
    for path in sorted(Path(gold_dir).glob("*.tml")):
        body = re.search(r"<TEXT>(.*?)</TEXT>", path.read_text(encoding="utf-8"), re.S)
        if body is None:
            continue
        chars += len(html.unescape(re.sub(r"<[^>]+>", "", body.group(1))))
        timexes += len(re.findall(r"<TIMEX3\b", body.group(1)))
    if not timexes:
        raise SystemExit(f"bench_dates: no TIMEX3 inside <TEXT> in {gold_dir}/*.tml")
    return chars / timexes


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
    parser.add_argument(
        "--gold",
        metavar="DIR",
        help="TimeML folder (e.g. TBAQ-cleaned/TimeBank) whose density the text should have",
    )
    args = parser.parse_args(argv)

    density = measure_density(args.gold) if args.gold else TIMEBANK_CHARS_PER_TIMEX
    source = f"measured in {args.gold}" if args.gold else "TimeBank"
    text = build_text(int(args.mb * 1_000_000), chars_per_expr=round(density))
    find_dates(text[:2000], PUBLISHED)  # compile the grammar outside the timing
    ours, n_ours = _time(lambda t: len(find_dates(t, PUBLISHED)), text, args.repeat)
    print(
        f"generated text: {len(text):,} chars; target one expression per {density:.0f} chars "
        f"({source}); find_dates found one per {len(text) / max(n_ours, 1):.0f}"
    )
    rows = [("analysis.dates.find_dates", len(text), f"{ours:,.0f}", n_ours)]

    try:
        from dateparser.search import search_dates
    except ImportError:
        rows.append(("dateparser.search_dates", 0, "dateparser not installed: pip install dateparser", "-"))
    else:
        piece = text[: int(args.dateparser_kb * 1000)]
        settings = {"RELATIVE_BASE": dt.datetime.combine(PUBLISHED, dt.time())}
        theirs, n_theirs = _time(lambda t: len(search_dates(t, languages=["en"], settings=settings) or []), piece, 1)
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
