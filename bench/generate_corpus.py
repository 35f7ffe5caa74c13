"""Generate a synthetic corpus of negotiation news for benchmarking the tagger."""

from __future__ import annotations

import argparse
import random
from pathlib import Path

__all__ = ["generate_corpus", "write_corpus"]

_FIRST = ["Anna", "Igor", "Rustem", "Hakan", "Marco", "Sergey", "Nikol", "Ilham", "Fatima",
          "David", "Leila", "Omar", "Kenji", "Maria", "Pierre", "Olena", "Yusuf", "Chen", "Amir",
          "Sofia", "Tomas", "Ivan", "Aisha", "Jorge", "Mehmet", "Lars", "Noura", "Pavel"]
_LAST = ["Petrova", "Kostenko", "Aliyev", "Demir", "Rossi", "Ivanov", "Haddad", "Tanaka",
         "Dubois", "Kowalski", "Nasser", "Silva", "Yilmaz", "Lindqvist", "Okafor", "Moreau",
         "Horvat", "Saleh", "Novak", "Karimov", "Mendes", "Farouk", "Berg", "Sato"]
_TITLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister",
           "special envoy", "National Security Advisor", "Deputy Foreign Minister",
           "chief negotiator", "presidential aide", "ambassador"]
_COUNTRIES = [("Russia", "Russian"), ("Ukraine", "Ukrainian"), ("the United States", "US"),
              ("Turkey", "Turkish"), ("Qatar", "Qatari"), ("Egypt", "Egyptian"),
              ("Armenia", "Armenian"), ("Azerbaijan", "Azerbaijani"), ("Sudan", "Sudanese"),
              ("Saudi Arabia", "Saudi"), ("Israel", "Israeli"), ("France", "French"),
              ("Germany", "German"), ("China", "Chinese"), ("India", "Indian"),
              ("Brazil", "Brazilian"), ("Kenya", "Kenyan"), ("Norway", "Norwegian")]
_VENUES = ["Geneva", "Istanbul", "Abu Dhabi", "Riyadh", "Jeddah", "Doha", "Cairo", "Vienna",
           "Oslo", "Helsinki", "Minsk", "Anchorage", "Antalya", "Nairobi", "Addis Ababa"]
_OUTLETS = ["Reuters", "TASS", "Interfax", "RBC-Ukraine", "Xinhua", "AFP", "Al Jazeera",
            "Bloomberg", "Axios", "the BBC", "Anadolu Agency", "Ukrinform", "Politico"]
_ISSUES = ["a ceasefire", "prisoner exchanges", "humanitarian corridors", "border demarcation",
           "security guarantees", "the return of children", "sanctions relief",
           "a monitoring mission", "the withdrawal of forces", "energy infrastructure"]
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]
_TEMPLATES = [
    "{t} {p} of {c1} met {p2} in {v} on {d} to discuss {i}.",
    "{p}, the {dem} {t}, said the talks on {i} had been constructive, {o} reported.",
    "Delegations from {c1} and {c2} gathered in {v} on {d}, according to {o}.",
    "{o} said, citing unnamed sources, that {c1} was ready to discuss {i} with {c2}.",
    "The {dem} delegation, led by {t} {p}, arrived in {v} late on {d}.",
    "Observers note that progress on {i} remains limited, while {c2} insists on {i2}.",
    "\"We expect a second round in {v} soon,\" {p} told {o}.",
    "{cap} said it would not accept any deal on {i} without guarantees from {c2}.",
    "In a joint statement, {c1} and {c2} agreed to continue talks on {i} in {v}.",
    "The {dem} Foreign Ministry said the next meeting could take place in {v} after {d}.",
]
_CAPITALS = ["Moscow", "Kyiv", "Washington", "Ankara", "Baku", "Yerevan", "Cairo", "Doha"]


def _sentence(rng: random.Random) -> str:
    (c1, dem), (c2, _) = rng.sample(_COUNTRIES, 2)
    fields = {
        "t": rng.choice(_TITLES), "p": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}",
        "p2": f"{rng.choice(_FIRST)} {rng.choice(_LAST)}", "c1": c1, "c2": c2, "dem": dem,
        "v": rng.choice(_VENUES), "o": rng.choice(_OUTLETS), "i": rng.choice(_ISSUES),
        "i2": rng.choice(_ISSUES), "cap": rng.choice(_CAPITALS),
        "d": f"{rng.choice(_MONTHS)} {rng.randint(1, 28)}",
    }
    text = rng.choice(_TEMPLATES).format(**fields)
    return text[0].upper() + text[1:]


def generate_corpus(n_bytes: int, seed: int = 0) -> list[tuple[str, str]]:
    """Return ``(doc_id, text)`` pairs whose texts add up to at least ``n_bytes`` (UTF-8).

    Each article has 3-8 paragraphs of 2-5 templated sentences drawn with ``random.Random(seed)``;
    a numbered closing line keeps every text distinct.
    """
    rng = random.Random(seed)
    docs, total, n = [], 0, 0
    while total < n_bytes:
        paragraphs = [
            " ".join(_sentence(rng) for _ in range(rng.randint(2, 5)))
            for _ in range(rng.randint(3, 8))
        ]
        paragraphs.append(f"This is report number {n} of the series.")
        text = "\n\n".join(paragraphs)
        docs.append((f"bench_{n:07d}", text))
        total += len(text.encode("utf-8"))
        n += 1
    return docs


def write_corpus(folder: str | Path, n_bytes: int, seed: int = 0) -> int:
    """Write the corpus as seed files (``date YYYY-MM-DD Title`` header); return the count."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed + 1)
    docs = generate_corpus(n_bytes, seed)
    for doc_id, text in docs:
        date = f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        (folder / f"{doc_id}.txt").write_text(f"date {date} Talks update {doc_id}\n\n{text}\n",
                                              encoding="utf-8")
    return len(docs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder")
    parser.add_argument("--mb", type=float, default=1.0)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args(argv)
    n = write_corpus(args.folder, int(args.mb * 1e6), args.seed)
    print(f"wrote {n} seed files to {args.folder}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
